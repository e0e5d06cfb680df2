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


def test_metadata_describes_every_column(db_path: Path) -> None:
    import sqlite3

    meta = metadata(db_path, [{"name": "Tỉnh ủy", "url": "https://tinhuy.vn/"}])
    tables = meta["databases"][db_path.stem]["tables"]
    conn = sqlite3.connect(db_path)
    for table in ("articles", "article_versions", "article_minhash", "article_lsh",
                  "schema_migrations", "articles_view"):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert columns == set(tables[table]["columns"]), table
    assert tables["articles"]["fts_table"] == "articles_fts_folded"
    assert "Tỉnh ủy" in meta["description"]
    assert {"site", "category", "author", "author_unit", "year", "month"} <= set(
        tables["articles"]["facets"])


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
            found = client.get(f"{base}/articles.json",
                               params={"_search": "dang", "_shape": "objects"}).json()
            assert [r["title"] for r in found["rows"]] == ["Đảng ủy Khối tổng kết năm 2024"]
            fts = client.get(f"{base}/search_folded.json",
                             params={"q": "hoi nghi", "_shape": "objects"}).json()
            assert "[hoi] [nghi]" in fts["rows"][0]["snippet"]
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
