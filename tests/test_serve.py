"""Datasette metadata and a real Datasette process over a small archive."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from archiver.models import Article
from archiver.serve import metadata, serve
from archiver.store import Archive


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "luu_tru.db"
    archive = Archive(path)
    archive.upsert(Article(url="https://tinhuy.vn/news/dang-uy-1.html",
                           title="Đảng ủy Khối tổng kết năm 2024",
                           published_at="2024-12-20T09:00:00+07:00", author="Nguyễn Văn Hùng",
                           author_unit="Ban Tuyên giáo", category="Xây dựng Đảng",
                           body="Đảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2024."),
                   site="tinhuy", seen_at="2024-12-21T00:00:00Z", capture_id=1)
    archive.upsert(Article(url="https://tinhuy.vn/news/kinh-te-2.html",
                           title="Thu hoạch lúa mùa", published_at="2024-10-02",
                           author="Lê Thị Lan", category="Kinh tế",
                           body="Nông dân thu hoạch lúa mùa đạt năng suất cao."),
                   site="tinhuy", seen_at="2024-12-21T00:00:00Z")
    archive.close()
    return path


def test_search_matches_reach_facet_columns_through_the_covering_index(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "big.db"
    archive = Archive(path)
    archive.upsert_many(
        (Article(url=f"https://tinhuy.vn/news/{i}.html", title=f"Đảng bộ xã số {i}",
                 published_at=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", author=f"Tác giả {i % 7}",
                 category=f"Mục {i % 5}", body=f"Đảng bộ xã {i} tổ chức đại hội lần thứ {i}."),
         "tinhuy", "2024-12-21T00:00:00Z") for i in range(300))
    archive.close()  # refreshes planner statistics
    conn = sqlite3.connect(path)
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT site, category, author FROM (SELECT * FROM articles WHERE "
        "sort_key IN (SELECT rowid FROM articles_fts_folded WHERE articles_fts_folded "
        "MATCH 'dang'))"))
    assert "COVERING INDEX idx_articles_facets" in plan


def test_metadata_describes_every_column(db_path: Path) -> None:
    import sqlite3

    meta = metadata(db_path, [{"name": "Tỉnh ủy", "url": "https://tinhuy.vn/"}])
    tables = meta["databases"][db_path.stem]["tables"]
    conn = sqlite3.connect(db_path)
    for table in ("articles", "article_versions", "article_minhash", "article_lsh",
                  "schema_migrations", "articles_view"):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert columns == set(tables[table]["columns"]), table
    # searched by the archiver_pages plugin, never by Datasette's own _search
    assert "fts_table" not in tables["articles"]
    assert "Tỉnh ủy" in meta["description"]
    assert [next(iter(f.values())) for f in tables["articles"]["facets"]] == [
        "site", "category", "author", "author_unit", "year", "month"]


def test_datasette_serves_facets_queries_and_search(db_path: Path, tmp_path: Path) -> None:
    port = free_port()
    process = serve(db_path, host="127.0.0.1", port=port, metadata_dir=tmp_path)
    base = f"http://127.0.0.1:{port}/{db_path.stem}"
    try:
        with httpx.Client(timeout=5) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    client.get(f"http://127.0.0.1:{port}/-/versions.json")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise
                    time.sleep(0.1)
            table = client.get(f"{base}/articles.json", params={"_shape": "objects"}).json()
            assert len(table["rows"]) == 2
            site_facet = table["facet_results"]["site"]
            assert site_facet["results"][0]["value"] == "tinhuy"
            assert site_facet["results"][0]["count"] == 2
            canned = client.get(f"{base}/articles_by_author.json",
                                params={"author": "Lê Thị Lan", "_shape": "objects"}).json()
            assert [r["title"] for r in canned["rows"]] == ["Thu hoạch lúa mùa"]
            # newest first, all six facets counted (in one query, by the archiver_facets plugin)
            assert [r["title"] for r in table["rows"]] == [
                "Đảng ủy Khối tổng kết năm 2024", "Thu hoạch lúa mùa"]
            facets = table["facet_results"]
            assert {name: sorted((v["value"], v["count"]) for v in f["results"])
                    for name, f in facets.items()} == {
                "site": [("tinhuy", 2)],
                "category": [("Kinh tế", 1), ("Xây dựng Đảng", 1)],
                "author": [("Lê Thị Lan", 1), ("Nguyễn Văn Hùng", 1)],
                "author_unit": [("Ban Tuyên giáo", 1)],
                "year": [(2024, 2)],
                "month": [("2024-10", 1), ("2024-12", 1)],
            }
            found = client.get(f"{base}/articles.json",
                               params={"_search": "dang", "_shape": "objects"}).json()
            assert [r["title"] for r in found["rows"]] == ["Đảng ủy Khối tổng kết năm 2024"]
            # facets count only the matches, and their links filter the search
            assert [(v["value"], v["count"]) for v in found["facet_results"]["category"][
                "results"]] == [("Xây dựng Đảng", 1)]
            link = found["facet_results"]["author"]["results"][0]["toggle_url"]
            assert "author=" in link and "_search=dang" in link
            narrowed = client.get(f"{base}/articles.json", params={
                "_search": "nong dan OR dang", "category": "Kinh tế", "_shape": "objects"}).json()
            assert [r["title"] for r in narrowed["rows"]] == ["Thu hoạch lúa mùa"]
            chosen = narrowed["facet_results"]["category"]["results"][0]
            assert chosen["selected"] is True and "category=" not in chosen["toggle_url"]
            html = client.get(f"{base}/articles", params={"_search": "dang"}).text
            assert "Xây dựng Đảng" in html and "archiver-facets" in html
            fts = client.get(f"{base}/search_folded.json",
                             params={"q": "hoi nghi", "_shape": "objects"}).json()
            assert "<mark>hội</mark> <mark>nghị</mark>" in fts["rows"][0]["snippet"]
            # read-only
            assert client.post(f"{base}/articles/-/insert", json={"row": {}}).status_code in (
                403, 404, 405)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_runs_live_and_immutable_only_on_read_only_media(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    from archiver import serve as serve_module
    from archiver.serve import datasette_command, prepare

    live = prepare(db_path)
    assert not live.immutable
    command = datasette_command(live, tmp_path / "m.json")
    assert "--immutable" not in command and "--nolock" not in command
    assert command[command.index("serve") + 1] == str(db_path)
    assert "--plugins-dir" not in command   # the plugins come through the entry points
    # read-only media (SQLite cannot make the -shm beside the file): immutable, and said so
    monkeypatch.setattr(serve_module, "_opens_read_only", lambda path: False)
    with caplog.at_level("WARNING"):
        frozen = prepare(db_path)
    assert frozen.immutable
    command = datasette_command(frozen, tmp_path / "m.json")
    assert command[command.index("--immutable") + 1] == str(db_path)
    assert "read-only media" in caplog.text


def test_serve_upgrades_an_old_archive_and_refuses_what_is_not_one(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    from archiver.errors import StorageError
    from archiver.serve import prepare
    from archiver.store import SCHEMA_VERSION, open_archive
    from archiver.store.db import migrate

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA journal_mode = wal")
    migrate(conn, SCHEMA_VERSION - 2)
    conn.close()
    prepare(old)
    db = open_archive(old, mode="read")
    assert db.execute("select max(version) from schema_migrations").fetchone()[0] == \
        SCHEMA_VERSION
    db.close()
    for name, content in (("text.db", b"not a database at all" * 50), ("empty.db", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        before = hashlib.sha256(content).hexdigest()
        with pytest.raises(StorageError, match=r"not an archiver database|cannot open"):
            prepare(path)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
