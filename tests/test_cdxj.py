"""The CDXJ index of the capture files: written by crawls (also for what a killed run left),
kept sorted and true to the ``captures`` table, rebuilt by ``archiver index-captures``."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from archiver.captures import CaptureStore
from archiver.cdxj import index_path, is_stale, update_indexes, write_index
from archiver.cli import main
from archiver.memento import timestamp14
from archiver.models import RawResponse
from archiver.replica import ReplicaServer
from archiver.store import capture_dir_for, open_archive
from crawlkit import run, sites_for


def _lines(warc: Path) -> list[tuple[str, str, dict[str, str]]]:
    lines = index_path(warc).read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)                       # pywb answers 404 to unsorted ones
    return [(key, stamp, json.loads(data)) for key, stamp, data in
            (line.split(" ", 2) for line in lines)]


def _raw(i: int) -> RawResponse:
    return RawResponse(url=f"http://a.vn/tin?id={i}", status=200,
                       headers={"Content-Type": "text/html"}, body=os.urandom(1500),
                       fetched_at=f"2026-11-28T03:00:0{i}Z",
                       request_headers={"User-Agent": "archiver/test"})


def test_a_crawl_indexes_its_captures_true_to_the_table(langson: ReplicaServer,
                                                       tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    run(db_path, sites_for(langson))
    (warc,) = sorted(capture_dir_for(db_path).glob("*.warc.gz"))
    conn = sqlite3.connect(db_path)
    rows = {(r[0], r[1]): r for r in conn.execute(
        "select \"offset\", length, url, fetched_at, status, digest, warc_file from captures")}
    indexed = _lines(warc)
    assert len(indexed) == len(rows)
    for key, stamp, entry in indexed:
        _, _, url, fetched_at, status, digest, warc_file = \
            rows[(int(entry["offset"]), int(entry["length"]))]
        assert (entry["url"], entry["status"], entry["digest"], entry["filename"]) == (
            url, str(status), digest, warc_file)
        assert stamp == timestamp14(fetched_at) and key.startswith("1,0,0,127:")


def test_big_indexes_are_sorted_through_temporary_files(langson: ReplicaServer,
                                                         tmp_path: Path) -> None:
    """Past the sort buffer, runs of lines are sorted on disk and merged: same index."""
    db_path = tmp_path / "a.db"
    run(db_path, sites_for(langson))
    (warc,) = sorted(capture_dir_for(db_path).glob("*.warc.gz"))
    whole = index_path(warc).read_text(encoding="utf-8")
    assert write_index(warc, sort_buffer=2_000) == whole.count("\n")
    assert index_path(warc).read_text(encoding="utf-8") == whole
    assert not list(index_path(warc).parent.glob(".*.tmp"))


def test_full_files_are_indexed_when_the_store_moves_on(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc", max_file_bytes=2_000)
    for i in range(6):
        store.write(_raw(i))
    files = store.files()
    assert len(files) >= 3
    stale = [f for f in files if is_stale(f)]
    assert len(stale) == 1                          # the file still being written
    report = store.close()
    assert report.indexed == stale and not any(is_stale(f) for f in files)
    assert sum(len(_lines(f)) for f in files) == 6


def test_what_a_killed_run_left_is_indexed_by_the_next_run(langson: ReplicaServer,
                                                          tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    run(db_path, sites_for(langson))
    # a run killed half-way: its file written, never closed, so never indexed
    store = CaptureStore(open_archive(db_path, mode="write"), capture_dir_for(db_path))
    store.write(_raw(1))
    (left,) = [f for f in store.files() if is_stale(f)]
    run(db_path, sites_for(langson))
    assert not any(is_stale(f) for f in capture_dir_for(db_path).glob("*.warc.gz"))
    assert [entry["url"] for _, _, entry in _lines(left)] == ["http://a.vn/tin?id=1"]


def test_stale_indexes_are_rewritten_and_orphans_removed(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    directory = tmp_path / "warc"
    store = CaptureStore(db, directory)
    store.write(_raw(1))
    store.close()
    (warc,) = store.files()
    assert update_indexes(directory).current == 1         # up to date: left alone
    index = index_path(warc)
    os.utime(index, ns=(0, 0))                            # older than its WARC file
    orphan = index.with_name("gone.cdxj")
    orphan.write_text("", encoding="utf-8")
    report = update_indexes(directory)
    assert report.indexed == [warc] and report.removed == [orphan] and not orphan.exists()


def test_index_captures_command(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    store = CaptureStore(open_archive(db_path, mode="create"), capture_dir_for(db_path))
    store.write(_raw(1))
    runner = CliRunner()
    result = runner.invoke(main, ["index-captures", "--db", str(db_path)])
    assert result.exit_code == 0, result.stderr
    assert "indexed 1 capture file(s) (1 lines)" in result.stderr
    result = runner.invoke(main, ["index-captures", "--db", str(db_path)])
    assert "indexed 0 capture file(s) (0 lines), 1 already up to date" in result.stderr
    result = runner.invoke(main, ["index-captures", "--db", str(db_path), "--rebuild"])
    assert "indexed 1 capture file(s)" in result.stderr
    # a file that is no WARC: reported in one line, the others indexed, exit 1
    (capture_dir_for(db_path) / "broken.warc.gz").write_bytes(b"not a warc")
    result = runner.invoke(main, ["index-captures", "--db", str(db_path), "--rebuild"])
    assert result.exit_code == 1
    assert "1 capture file(s) could not be indexed: broken.warc.gz" in result.stderr
    assert "Traceback" not in result.output
    result = runner.invoke(main, ["index-captures", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 3 and "no such archive" in result.stderr
