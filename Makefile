# One task runner: these targets are what CI runs. Every target sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# pywb (the replay test's `wayback` server) lives in a venv of its own: it needs brotlipy,
# which shadows the Brotli module other packages use, and it monkey-patches the process
# with gevent on import. Tests run it as a subprocess (tests/test_replay.py).
PYWB_VERSION := 2.10.0
PYWB   := .venv-pywb
PYWB_STAMP := $(PYWB)/.installed-$(PYWB_VERSION)

.PHONY: install replay-env test test-extended test-all lint demo bench bench-quick serve screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# pywb for the replay test; if it cannot be installed the test says so and is skipped
# (under CI=true it fails instead)
replay-env: $(PYWB_STAMP)

$(PYWB_STAMP):
	rm -rf $(PYWB)
	$(PYTHON) -m venv $(PYWB)
	$(PYWB)/bin/python -m pip install --quiet --upgrade pip
	$(PYWB)/bin/python -m pip install --quiet 'pywb==$(PYWB_VERSION)' \
		&& touch $(PYWB_STAMP) \
		|| echo "warning: pywb could not be installed into $(PYWB); the replay test will be skipped"

# on every core, up to four: the suite is CPU-bound (page extraction, replica crawls).
# `make test` is the default suite (under five minutes on two cores); the tests marked
# `extended` (the same checks over a wider matrix) run in CI after it, or with test-all
PYTEST = $(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist worksteal

test: install replay-env
	$(PYTEST) -m "not extended"

test-extended: install replay-env
	$(PYTEST) -m extended

test-all: install replay-env
	$(PYTEST)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

demo: install
	$(BIN)/archiver demo

bench: install
	$(BIN)/python -m bench

bench-quick: install
	$(BIN)/python -m bench --quick

serve: install
	$(BIN)/archiver serve --db data/demo.db

screenshots: install
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	$(BIN)/python -m bench.screenshots

clean:
	rm -rf $(VENV) $(PYWB) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
