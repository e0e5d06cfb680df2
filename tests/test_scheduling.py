"""The scheduling docs: unit files and cron line are valid, use real flags, and the doc embeds
them verbatim (docs that cannot drift from the files an archivist copies)."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs"
SERVICE = DOCS / "systemd" / "archiver-crawl.service"
TIMER = DOCS / "systemd" / "archiver-crawl.timer"
CRON = DOCS / "cron" / "archiver.cron"
GUIDE = DOCS / "scheduling.md"
SHELL_OPERATORS = {"|", "||", "&&", ";", ">", ">>", "2>&1", "<", "&"}
_OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")


pytestmark = pytest.mark.usefixtures("keep_root_logging")


# -- helpers ----------------------------------------------------------------------------------
def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser


@cache
def _help(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


def _options(*command: str) -> set[str]:
    text = _help(*command)
    return set(_OPTION.findall(text.split("Options:", 1)[1].split("Commands:", 1)[0]))


def _subcommands() -> set[str]:
    section = _help().split("Commands:", 1)[1]
    return {line.split()[0] for line in section.splitlines() if line.strip()}


def _archiver_args(tokens: list[str]) -> list[list[str]]:
    """The argument lists of every archiver invocation in a tokenised shell command."""
    found: list[list[str]] = []
    for i, token in enumerate(tokens):
        starts_command = i == 0 or tokens[i - 1] in SHELL_OPERATORS
        if token.endswith("/bin/archiver") or (token == "archiver" and starts_command):
            args: list[str] = []
            for arg in tokens[i + 1:]:
                if arg in SHELL_OPERATORS:
                    break
                args.append(arg)
            found.append(args)
    return found


def _check_invocation(args: list[str]) -> str:
    """Assert group options, subcommand and its options all exist; return the subcommand."""
    group_opts = _options()
    i = 0
    while i < len(args) and args[i].startswith("-"):
        assert args[i] in group_opts, f"archiver has no option {args[i]}"
        i += 1
    assert i < len(args), f"no subcommand in {args}"
    command = args[i]
    assert command in _subcommands(), f"archiver has no command {command!r}"
    known = _options(command)
    for arg in args[i + 1:]:
        if arg.startswith("-"):
            assert arg.split("=", 1)[0] in known, f"archiver {command} has no option {arg}"
    return command


def _exec_start() -> list[str]:
    return shlex.split(_unit(SERVICE)["Service"]["ExecStart"])


def _cron_jobs() -> list[str]:
    jobs = []
    for line in CRON.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or re.match(r"^[A-Z_]+=", stripped):
            continue
        jobs.append(stripped)
    return jobs


# -- systemd service ------------------------------------------------------------------------------
def test_service_unit_has_the_required_keys() -> None:
    unit = _unit(SERVICE)
    assert unit["Unit"]["Description"].strip()
    service = unit["Service"]
    assert service["Type"] == "oneshot"
    assert service["User"].strip() and service["User"] != "root"
    assert Path(service["WorkingDirectory"]).is_absolute()
    assert int(service["Nice"]) > 0
    assert service["IOSchedulingClass"] == "idle"
    assert service["TimeoutStartSec"] not in ("", "0", "infinity")
    assert "TimeoutStopSec" in service
    # exit 1 = "completed, some pages failed for good": not a unit failure; 2 and 3 are.
    assert service["SuccessExitStatus"].split() == ["1"]
    # started by the timer only
    assert not unit.has_section("Install")


def test_service_execstart_is_a_real_crawl_command() -> None:
    argv = _exec_start()
    assert Path(argv[0]).is_absolute() and argv[0].endswith("/.venv/bin/archiver")
    assert argv[1] == "crawl"  # the command line reads `…/archiver crawl --sources … --db …`
    assert _check_invocation(argv[1:]) == "crawl"
    for flag in ("--sources", "--db"):
        assert Path(argv[argv.index(flag) + 1]).is_absolute(), flag


def test_timer_unit_has_the_required_keys() -> None:
    unit = _unit(TIMER)
    assert unit["Unit"]["Description"].strip()
    timer = unit["Timer"]
    assert timer["OnCalendar"].strip()
    assert timer["Persistent"] == "true"
    assert timer["RandomizedDelaySec"].strip()
    assert timer.get("Unit", SERVICE.name) == SERVICE.name
    assert unit["Install"]["WantedBy"] == "timers.target"


def _problems(stderr: str, names: tuple[str, ...]) -> list[str]:
    return [line for line in stderr.splitlines() if any(n in line for n in names)]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    archiver = Path(sys.executable).parent / "archiver"
    if not archiver.exists():
        pytest.skip("archiver console script not installed next to the interpreter")
    # verify insists that ExecStart's binary exists: point it at this checkout's venv
    service_text = SERVICE.read_text(encoding="utf-8").replace(_exec_start()[0], str(archiver))
    (tmp_path / SERVICE.name).write_text(service_text, encoding="utf-8")
    shutil.copy(TIMER, tmp_path / TIMER.name)
    files = [str(tmp_path / SERVICE.name), str(tmp_path / TIMER.name)]
    done = subprocess.run(["systemd-analyze", "verify", *files], capture_output=True,
                          text=True, timeout=120, check=False)
    names = (SERVICE.name, TIMER.name, str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert _problems(done.stderr + done.stdout, names) == []


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_verify_check_would_catch_a_bad_setting(tmp_path: Path) -> None:
    # the verify test above is only worth something if a typo makes noise
    bad = TIMER.read_text(encoding="utf-8").replace("Persistent=true", "Persistent=sometimes")
    (tmp_path / TIMER.name).write_text(bad, encoding="utf-8")
    shutil.copy(SERVICE, tmp_path / SERVICE.name)
    done = subprocess.run(["systemd-analyze", "verify", str(tmp_path / TIMER.name)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert _problems(done.stderr + done.stdout, (TIMER.name,))


# -- cron -----------------------------------------------------------------------------------------
_CRON_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


def _cron_field_ok(field: str, low: int, high: int) -> bool:
    for part in field.split(","):
        match = re.fullmatch(r"(\*|(\d+)(?:-(\d+))?)(?:/(\d+))?", part)
        if not match:
            return False
        numbers = [int(n) for n in match.group(2, 3, 4)[:2] if n is not None]
        if any(not low <= n <= high for n in numbers):
            return False
    return True


def test_cron_line_has_five_time_fields_and_a_real_crawl() -> None:
    jobs = _cron_jobs()
    assert len(jobs) == 1
    fields = jobs[0].split(None, 5)
    assert len(fields) == 6
    for field, (low, high) in zip(fields[:5], _CRON_RANGES, strict=True):
        assert _cron_field_ok(field, low, high), field
    tokens = shlex.split(fields[5])
    assert "flock" not in tokens  # archiver locks the database itself
    invocations = _archiver_args(tokens)
    assert len(invocations) == 1
    args = invocations[0]
    assert _check_invocation(args) == "crawl"
    assert args[0] == "-q"
    for flag in ("--sources", "--db"):
        assert Path(args[args.index(flag) + 1]).is_absolute(), flag
    executable = next(t for t in tokens if t.endswith("/bin/archiver"))
    assert Path(executable).is_absolute() and executable.endswith("/.venv/bin/archiver")
    assert tokens[tokens.index(">>") + 1].startswith("/"), "log to an absolute path"
    assert "2>&1" in tokens


def test_cron_field_checker_rejects_nonsense() -> None:
    assert _cron_field_ok("*/15", 0, 59) and _cron_field_ok("1-5", 0, 7)
    assert _cron_field_ok("0,30", 0, 59)
    assert not _cron_field_ok("61", 0, 59)
    assert not _cron_field_ok("daily", 0, 23)


# -- the commands really parse -----------------------------------------------------------------
@pytest.mark.parametrize("source", ["service", "cron"])
def test_scheduled_command_line_parses_up_to_the_library(source: str, tmp_path: Path) -> None:
    """Run the exact argument list with a missing sources file: click must accept every
    option, and the run must stop in the library with our config error (exit 2)."""
    if source == "service":
        args = _exec_start()[1:]
    else:
        args = _archiver_args(shlex.split(_cron_jobs()[0].split(None, 5)[5]))[0]
    args = list(args)
    missing = tmp_path / "missing-sources.toml"
    args[args.index("--sources") + 1] = str(missing)
    args[args.index("--db") + 1] = str(tmp_path / "archive.db")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"{missing}: sources file not found" in result.output
    assert "No such option" not in result.output
    assert not (tmp_path / "archive.db").exists()


# -- the guide ------------------------------------------------------------------------------------
def _fenced_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"^```([\w-]*)\n(.*?)^```$", text, flags=re.M | re.S)


def test_guide_embeds_the_files_verbatim() -> None:
    blocks = [body for _, body in _fenced_blocks(GUIDE.read_text(encoding="utf-8"))]
    for path in (SERVICE, TIMER, CRON):
        assert path.read_text(encoding="utf-8") in blocks, f"{path.name} differs in the guide"


def test_guide_documents_every_exit_code_and_health_check() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    table = {int(m.group(1)) for m in re.finditer(r"^\| ([0-9]) \|", guide, flags=re.M)}
    assert table == {0, 1, 2, 3, 4}
    crawl_help = " ".join(_help("crawl").split())
    for code in ("0 complete", "1 some pages failed", "2 usage", "3 aborted", "4 crashed"):
        assert f"Exit {code}" in crawl_help or f", {code}" in crawl_help, code
    for needle in ("fetch_failures", "archiver status", "SuccessExitStatus=1", "logrotate",
                   "Persistent=true", "resume", "status --check", "What pages someone"):
        assert needle in guide, needle


def test_every_archiver_command_in_the_guide_exists() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    seen: set[str] = set()
    for lang, body in _fenced_blocks(guide):
        if lang not in ("sh", "crontab"):
            continue
        for line in body.replace("\\\n", " ").splitlines():
            if line.lstrip().startswith("#") or "archiver" not in line:
                continue
            try:
                tokens = shlex.split(line)
            except ValueError:  # an unfinished quote: a multi-line SQL string, say
                assert "bin/archiver " not in line and not line.startswith("archiver ")
                continue
            for args in _archiver_args(tokens):
                seen.add(_check_invocation(args))
    assert {"crawl", "status", "coverage", "check-sources"} <= seen


# -- the Datasette unit -------------------------------------------------------------------------
SERVE = DOCS / "systemd" / "archiver-serve.service"


def test_serve_unit_runs_a_real_serve_beside_the_crawl() -> None:
    unit = _unit(SERVE)
    service = unit["Service"]
    crawl = _unit(SERVICE)["Service"]
    assert service["Type"] in ("exec", "simple")
    # the crawl's own user (the -shm file beside the database is written by both)
    assert service["User"] == crawl["User"] != "root"
    assert service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    argv = shlex.split(service["ExecStart"])
    assert Path(argv[0]).is_absolute() and argv[0].endswith("/.venv/bin/archiver")
    assert _check_invocation(argv[1:]) == "serve"
    assert "--immutable" not in argv
    crawl_argv = shlex.split(crawl["ExecStart"])
    assert argv[argv.index("--db") + 1] == crawl_argv[crawl_argv.index("--db") + 1]
    assert argv[argv.index("--host") + 1] == "127.0.0.1"


def test_guide_embeds_the_serve_unit_and_says_what_waits() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    blocks = [body for _, body in _fenced_blocks(guide)]
    assert SERVE.read_text(encoding="utf-8") in blocks
    for needle in ("Never `--immutable`", "No migration waits for readers", "read-only media",
                   "Same user as the crawl"):
        assert needle in guide, needle


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_serve_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    archiver = Path(sys.executable).parent / "archiver"
    if not archiver.exists():
        pytest.skip("archiver console script not installed next to the interpreter")
    argv0 = shlex.split(_unit(SERVE)["Service"]["ExecStart"])[0]
    (tmp_path / SERVE.name).write_text(SERVE.read_text(encoding="utf-8").replace(
        argv0, str(archiver)), encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(tmp_path / SERVE.name)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert _problems(done.stderr + done.stdout, (SERVE.name, str(tmp_path))) == []
