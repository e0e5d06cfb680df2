from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

sys.path.insert(0, str(Path(__file__).parent))

from archiver.replica import ReplicaServer, langson_site

# The property tests check what the code does, not how fast: a case slowed past
# Hypothesis's 200 ms deadline by a busy machine (a parallel worker, a collection pause)
# is no failure. Speed is measured by the benchmarks, in ratios (make bench).
settings.register_profile("archiver", deadline=None)
settings.load_profile("archiver")


@pytest.fixture
def langson() -> Iterator[ReplicaServer]:
    """A fresh 66-article duk.langson replica on a free port (mutable per test)."""
    with ReplicaServer(langson_site(66)) as server:
        yield server


@pytest.fixture
def keep_root_logging() -> Iterator[None]:
    """The CLI group installs its own stderr handler on the root logger: put pytest's back
    after a test that runs commands in-process."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
