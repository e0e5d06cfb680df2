"""`archiver serve` stays up while the archive changes under it: a crawl, a reextract and a
schema migration write into the same file while 8 readers use every kind of page. Nothing
fails, and new articles appear without a restart."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import httpx
import pytest

from archiver.reextract import reextract
from archiver.replica import ReplicaServer, langson_site
from archiver.store import SCHEMA_VERSION, open_archive
from archiver.store import db as store_db
from archiver.store.schema import MIGRATIONS
from crawlkit import free_port, run, sites_for, wait_http

READERS = 8


def _pages(name: str, article_id: int) -> list[tuple[str, dict[str, str]]]:
    return [
        (f"/{name}/articles", {}),
        (f"/{name}/articles", {"_search": "Đảng ủy Khối"}),
        (f"/{name}/articles", {"_search": "dang", "_page": "2", "_size": "5"}),
        (f"/{name}.json", {"sql": "select count(*) as n from articles", "_shape": "array"}),
        (f"/{name}/articles/{article_id}", {}),
        (f"/{name}/articles.json", {"_search": "Đảng", "_shape": "array", "_size": "5"}),
        (f"/{name}/articles", {"_search": "hoà bình", "_view": "table"}),
        (f"/{name}/search_folded.json", {"q": "Đảng ủy", "_shape": "array"}),
        (f"/{name}/articles", {"site": "replica", "_search": "Nguyễn*"}),
    ]


class Readers:
    """Threads reading pages round-robin until stopped; every failure is kept."""

    def __init__(self, base: str, pages: list[tuple[str, dict[str, str]]]) -> None:
        self.base, self.pages = base, pages
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.counts: list[int] = []            # as the answers arrive, every reader
        self.seen: dict[int, list[int]] = {}   # each reader's own answers, in its order
        self.done: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.read, args=(i,)) for i in range(READERS)]

    def read(self, offset: int) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            i = offset
            while not self.stop.is_set():
                path, params = self.pages[i % len(self.pages)]
                i += 1
                try:
                    response = client.get(path, params=params)
                    ok = response.status_code == 200
                    if ok and path.endswith(".json") and "sql" in params:
                        count = int(response.json()[0]["n"])
                        with self.lock:
                            self.counts.append(count)
                            self.seen.setdefault(offset, []).append(count)
                except httpx.HTTPError as exc:
                    ok, response = False, None
                    with self.lock:
                        self.errors.append(f"{path} {params}: {exc!r}")
                with self.lock:
                    self.done[path] += 1
                    if not ok and response is not None:
                        self.errors.append(f"{path} {params}: HTTP {response.status_code} "
                                           f"{response.text[:200]}")

    def __enter__(self) -> Readers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def _migrate_while_read(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration of the kind a new archiver version brings: a column, its backfill, an
    index and a table, in one transaction, through the store's own migrate()."""
    def add(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE articles ADD COLUMN reading_minutes INTEGER")
        conn.execute("UPDATE articles SET reading_minutes = 1 + length(body) / 1500")
        conn.execute("CREATE INDEX idx_articles_reading ON articles(reading_minutes)")
        conn.execute("CREATE TABLE reading_stats AS SELECT site, count(*) AS n FROM articles "
                     "GROUP BY site")

    monkeypatch.setattr(store_db, "MIGRATIONS",
                        (*MIGRATIONS, (SCHEMA_VERSION + 1, "live test", add)))
    archive = open_archive(db, mode="write")
    try:
        assert store_db.migrate(archive.conn, SCHEMA_VERSION + 1) == SCHEMA_VERSION + 1
    finally:
        archive.close()


@pytest.mark.slow
def test_serve_stays_up_through_a_crawl_a_reextract_and_a_migration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = langson_site(66)
    site.crawl_delay = None
    with ReplicaServer(site) as server:
        server.faults.add(r"a=detail", "slow", chunk=2048, delay=0.02)
        sites = sites_for(server, "duk_langson", concurrency=2)
        db = tmp_path / "live.db"
        run(db, sites, max_pages=20)   # the archive as the analysts first open it
        first = sqlite3.connect(db).execute("select count(*), min(id) from articles").fetchone()
        assert 0 < first[0] < 66
        port = free_port()
        serve = subprocess.Popen([sys.executable, "-m", "archiver", "serve", "--db", str(db),
                                  "--port", str(port)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_http(base + "/-/versions.json", alive=serve)
            with Readers(base, _pages(db.stem, first[1])) as readers:
                report = run(db, sites)                       # the nightly crawl
                assert report.exit_code == 0
                assert reextract(db).articles == 66           # a re-extraction
                _migrate_while_read(db, monkeypatch)          # a schema migration
                wait_until_seen = 0
                while readers.counts[-1:] != [66] and wait_until_seen < 200:
                    readers.stop.wait(0.05)
                    wait_until_seen += 1
            assert readers.errors == []
            assert sum(readers.done.values()) > 100 and len(readers.done) == len(
                {p for p, _ in _pages(db.stem, 0)})
            # new articles appeared without a restart
            assert readers.counts[0] == first[0] and max(readers.counts) == 66
            # one reader's answers never go back in time (they may interleave between readers)
            assert all(counts == sorted(counts) for counts in readers.seen.values())
            assert len(set(readers.counts)) >= 3   # seen growing during the crawl itself
            assert serve.poll() is None
            with httpx.Client(base_url=base, timeout=30) as client:
                newest = client.get(f"/{db.stem}/articles.json",
                                    params={"_shape": "array", "_size": "1"}).json()[0]
                page = client.get(f"/{db.stem}/articles/{newest['id']}")
                assert page.status_code == 200 and newest["title"] in page.text
                column = client.get(f"/{db.stem}/articles.json", params={
                    "_col": "reading_minutes", "_shape": "array", "_size": "1"})
                assert column.status_code == 200 and column.json()[0]["reading_minutes"] >= 1
        finally:
            serve.terminate()
            serve.wait(timeout=20)
