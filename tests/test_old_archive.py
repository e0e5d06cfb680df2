"""An archive written by the release before one-row-per-article (commit f5c4784; see
``tests/fixtures/archive_f5c4784/make.py``), opened by this one: the schema migrates, the
8 articles that release stored twice (linked with and without ``catid=``) become one row
each, and nothing a researcher cited is lost — every URL still finds its article, with
its text, and the captures still rebuild the same records."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.reextract import reextract
from archiver.store import Archive
from archiver.store.db import open_archive
from archiver.store.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "archive_f5c4784"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    db = tmp_path / "archive.db"
    with gzip.open(FIXTURE / "archive.db.gz") as src, open(db, "wb") as out:
        shutil.copyfileobj(src, out)
    captures = tmp_path / "captures" / "archive"
    captures.mkdir(parents=True)
    for warc in FIXTURE.glob("*.warc.gz"):
        shutil.copy(warc, captures / warc.name)
    return db


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_old_archive_migrates_and_loses_nothing(old: Path) -> None:
    before = {str(url): (title, body) for url, title, body in _rows(
        old, "select url, title, body from articles")}
    captures_before = _rows(old, "select count(*) from captures")[0][0]
    assert len(before) == 74 and len({t for t, _ in before.values()}) < 74

    db = open_archive(old, mode="write")
    try:
        version = Archive(db).schema_version()
        archive = Archive(db)
        for url, (title, body) in before.items():      # every URL finds its article
            found = archive.get(url)
            assert found is not None and found["title"] == title and found["body"] == body
            assert url in found["urls"]
    finally:
        db.close()
    assert version == SCHEMA_VERSION
    assert _rows(old, "select count(*) from articles")[0][0] == 66
    assert _rows(old, "select count(*) from article_urls")[0][0] == 74
    assert _rows(old, "select count(*) from article_urls where how = 'merged'")[0][0] == 8
    assert _rows(old, "select count(*) from captures")[0][0] == captures_before
    # the search index follows the merge: each article found once
    result = CliRunner().invoke(main, ["search", "--db", str(old), "--json", "--limit", "100",
                                       "chi bộ"])
    assert result.exit_code == 0, result.output
    urls = [line for line in result.output.splitlines() if line.strip()]
    assert len(urls) == len(set(urls))


def test_the_migrated_archive_rebuilds_from_its_captures(old: Path) -> None:
    open_archive(old, mode="write").close()
    texts = sorted(_rows(old, "select title, body from articles"))
    report = reextract(old, capture_dir=old.parent / "captures" / "archive")
    assert report.failed == 0
    assert sorted(_rows(old, "select title, body from articles")) == texts


def test_the_migration_keeps_every_update_time_and_adds_an_empty_modified_time(
        old: Path) -> None:
    """Migration 17 adds ``modified_at`` and alters no row: an ``updated_at`` written
    before (possibly the metadata's) stays until the article is fetched or re-extracted."""
    conn = sqlite3.connect(old)    # an update time stored by that release (some had one)
    with conn:
        conn.execute("update articles set updated_at = '2024-05-0' || (id % 9 + 1) || "
                     "'T10:00:00+07:00' where id % 3 = 0")
    conn.close()
    before = _rows(old, "select url, updated_at from articles order by url")
    assert sum(t is not None for _, t in before) >= 20
    open_archive(old, mode="write").close()
    after = _rows(old, "select url, updated_at, modified_at from articles order by url")
    assert [(u, t) for u, t, _ in after] == [
        (u, t) for u, t in before if u in {a[0] for a in after}]
    assert {m for _, _, m in after} == {None}


def test_an_archive_not_yet_migrated_exports_without_being_changed(old: Path) -> None:
    """``archiver export`` reads a file without migrating it: a column a later migration
    adds (``modified_at``, 17) is exported empty, and the file is left as it was."""
    version = _rows(old, "select max(version) from schema_migrations")[0][0]
    result = CliRunner().invoke(main, ["export", "--db", str(old), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert len(records) == 74 and {r["modified_at"] for r in records} == {None}
    assert _rows(old, "select max(version) from schema_migrations")[0][0] == version
