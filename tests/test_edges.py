"""Bad input at the edges: each a one-line error with a non-zero exit, and a file that is not
an archive never touched by a command that reads (hashed before and after)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.models import Article
from archiver.store import Archive
from dskit import build_archive

pytestmark = pytest.mark.usefixtures("keep_root_logging")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_line_error(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edges") / "archive.db"
    build_archive(path)
    return path


# -- files that are not archives ---------------------------------------------------------------

def _foreign(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.db"
    if kind in ("sqlite", "wal"):
        conn = sqlite3.connect(path)
        if kind == "wal":
            conn.execute("pragma journal_mode = wal")
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('mine')")
        conn.commit()
        conn.close()
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        path.write_text("id,name\n1,not a database\n" * 40, encoding="utf-8")
    return path


COMMANDS = [["search", "dang"], ["status"], ["export"], ["coverage"], ["serve"], ["reextract"]]


@pytest.mark.parametrize("kind", ["sqlite", "wal", "empty", "text"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_file_that_is_not_an_archive_is_refused_and_left_as_it_was(
        tmp_path: Path, kind: str, command: list[str]) -> None:
    path = _foreign(tmp_path, kind)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    code, out, err = run(*command, "--db", str(path))
    assert code != 0 and out == ""
    one_line_error(err, str(path))
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before   # same bytes, and no -wal, -shm or captures/ made beside it


def test_serve_on_a_file_that_is_not_sqlite_is_one_line(tmp_path: Path) -> None:
    path = _foreign(tmp_path, "text")
    done = subprocess.run([sys.executable, "-m", "archiver", "serve", "--db", str(path),
                           "--port", "9"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    one_line_error(done.stderr, "not a database")


# -- search and export arguments -----------------------------------------------------------------

@pytest.mark.parametrize("command", [["search", "dang"], ["export"]], ids=lambda c: c[0])
@pytest.mark.parametrize(("flag", "value"), [("--since", "2023-13-01"), ("--until", "2023-02-30"),
                                             ("--since", "yesterday"), ("--until", "2023-1-5")])
def test_a_bad_date_is_a_one_line_error(db: Path, command: list[str], flag: str,
                                        value: str) -> None:
    code, out, err = run(*command, "--db", str(db), flag, value)
    assert code == 2 and out == ""
    one_line_error(err, flag, value, "YYYY-MM-DD")


def test_good_dates_still_filter(db: Path) -> None:
    code, out, _ = run("search", "dang", "--db", str(db), "--since", "2024-12-01", "--json")
    assert code == 0 and {json.loads(line)["published_at"][:7] for line in out.splitlines()} == {
        "2024-12"}


@pytest.mark.parametrize("query", ["dang " * 1000, "(" * 30 + "dang" + ")" * 30,
                                   " OR ".join(["dang"] * 200)])
def test_an_enormous_query_is_a_one_line_error(db: Path, query: str) -> None:
    code, out, err = run("search", query, "--db", str(db))
    assert code == 2 and out == ""
    one_line_error(err, "query")
    assert len(err) < 300


def test_author_and_category_ignore_accents_unless_exact(db: Path) -> None:
    def titles(*args: str) -> set[str]:
        code, out, err = run("search", "dang OR lua", "--db", str(db), "--json", *args)
        assert code == 0, err
        return {json.loads(line)["title"] for line in out.splitlines()}

    by_name = titles("--author", "nguyen van hung")
    assert by_name == {"Đảng ủy Khối tổng kết năm 2024"}
    assert titles("--author", "NGUYỄN VĂN HÙNG") == by_name
    assert titles("--author", "Nguyễn Văn Hùng", "--exact") == set()   # exact query has no "lua"
    assert titles("--category", "kinh te") == {"Thu hoạch lúa mùa"}
    assert titles("--category", "kinh te", "--exact") == set()


def test_a_joint_byline_is_found_by_one_of_its_names(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "joint.db")
    archive.upsert(Article(url="https://x.vn/1", title="Tin Đảng", published_at="2024-01-01",
                           body="Đảng bộ xã.", author="Lê Văn Tám, Hoàng Thị Mai"),
                   site="x", seen_at="2024-01-02T00:00:00Z")
    archive.close()
    code, out, _ = run("search", "dang", "--db", str(tmp_path / "joint.db"), "--author",
                       "hoang thi mai", "--json")
    assert code == 0 and json.loads(out)["title"] == "Tin Đảng"


def test_paging_through_search_with_offset(db: Path) -> None:
    def urls(*args: str) -> list[str]:
        code, out, _ = run("search", "dang", "--db", str(db), "--json", "--order", "newest",
                           *args)
        assert code == 0
        return [json.loads(line)["url"] for line in out.splitlines()]

    everything = urls("--limit", "50")
    assert urls("--limit", "2") + urls("--limit", "2", "--offset", "2") == everything[:4]


# -- extract and pipes -------------------------------------------------------------------------

def test_extract_names_a_bad_file_and_goes_on_with_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text("<html><head><title>Tin một</title></head><body><h1>Tin một</h1>"
                    "<p>" + "Đảng ủy Khối tổ chức hội nghị. " * 20 + "</p></body></html>",
                    encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.html"
    folder.mkdir()
    missing = tmp_path / "missing.html"
    code, out, err = run("extract", str(good), str(empty), str(folder), str(missing), str(good))
    assert code == 1
    assert len(out.splitlines()) == 2 and all(
        json.loads(line)["url"].endswith("good.html") for line in out.splitlines())
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert [e.split(":")[1].strip() for e in errors] == [str(empty), str(folder), str(missing)]
    assert "Traceback" not in err


def test_export_into_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "many.db")
    archive.upsert_many((Article(url=f"https://x.vn/{i}", title=f"Tin {i}",
                                 published_at="2024-01-01", body="Đảng bộ xã. " * 300),
                         "x", "2024-01-02T00:00:00Z") for i in range(200))
    archive.close()
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "export", "--db",
                             str(tmp_path / "many.db")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()   # what `| head -1` does
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert json.loads(first)["title"] == "Tin 0"
    assert "Broken pipe" not in err and "Traceback" not in err and "Error" not in err


def test_a_foreign_database_whose_tables_are_still_in_its_wal_is_refused_too(
        tmp_path: Path) -> None:
    """Its main file holds no table yet (all in the WAL, never checkpointed): looked at
    through the WAL, it is still not an archive, and a crawl does not take it over."""
    import shutil

    source = tmp_path / "live.db"
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("pragma journal_mode = wal")
    writer.execute("pragma wal_autocheckpoint = 0")
    writer.execute("create table notes (id integer primary key, body text)")
    copy = tmp_path / "copy" / "foreign.db"
    copy.parent.mkdir()
    for suffix in ("", "-wal"):   # a snapshot with the table only in the WAL
        shutil.copy(f"{source}{suffix}", f"{copy}{suffix}")
    writer.close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in copy.parent.iterdir()}
    code, _, err = run("crawl", "--sources", str(tmp_path / "none.toml"), "--db", str(copy))
    assert code == 2   # the missing sources file is found first: the db is never opened
    for command in (["search", "dang"], ["reextract"]):
        code, _, err = run(*command, "--db", str(copy))
        assert code == 3
        one_line_error(err, "not an archiver database")
    from archiver.errors import StorageError
    from archiver.store import open_archive

    with pytest.raises(StorageError, match="other tables"):
        open_archive(copy, mode="create")
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in copy.parent.iterdir()
             if not p.name.endswith("-shm")}
    assert after == before
