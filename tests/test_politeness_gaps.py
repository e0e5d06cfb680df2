"""Politeness on the wire: real sockets, real time, small delays.

Every gap is read from the replica's request log, by the time each request's first bytes
reached the server's socket (``RequestRecord.arrived``, the kernel's receive timestamp, which
no thread scheduling in the test process can move). Whatever the request — robots.txt, a
redirect hop, a retry, one of several workers' pages — two requests to one host arrive at
least the host's delay apart, and a Retry-After a killed run received holds on the next.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from archiver.clock import Clock, parse_utc
from archiver.config import CrawlSettings
from archiver.fetch import Fetcher
from archiver.politeness import HostGate
from archiver.replica import ReplicaServer, RequestRecord, langson_site
from crawlkit import run, sites_for, sources_text

DELAY = 0.05
#: retries wait the host's delay, not a long backoff, so the gate is what spaces them
QUICK_RETRIES = CrawlSettings(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0,
                              max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def site() -> Iterator[ReplicaServer]:
    """A small Lạng Sơn replica without a Crawl-delay line (the sources' delay rules)."""
    replica = langson_site(8)
    replica.crawl_delay = None
    with ReplicaServer(replica) as server:
        yield server


def arrivals(server: ReplicaServer) -> list[RequestRecord]:
    records = sorted(server.log, key=lambda r: r.arrived)
    assert records and all(r.arrived > 0 for r in records)
    return records


def assert_spaced(records: list[RequestRecord], delay: float) -> None:
    """Any two requests to the host arrived at least ``delay`` apart."""
    gaps = [(b.arrived - a.arrived, a.path, b.path) for a, b in itertools.pairwise(records)]
    short = [g for g in gaps if g[0] < delay]
    assert not short, f"requests closer than {delay}s: {short[:5]}"


def polite(server: ReplicaServer, tmp_path: Path, *, concurrency: int = 2,
           settings: CrawlSettings = QUICK_RETRIES) -> list[RequestRecord]:
    report = run(tmp_path / "a.db", sites_for(server, delay=DELAY, concurrency=concurrency),
                 clock=Clock(), settings=settings)
    assert report.status == "completed"
    return arrivals(server)


def test_robots_txt_then_the_first_page_a_delay_apart(site: ReplicaServer,
                                                      tmp_path: Path) -> None:
    records = polite(site, tmp_path)
    # robots.txt first; the first page and the sitemap the robots.txt names then take the
    # host's turns in whichever order their workers reach them
    assert records[0].path == "/robots.txt"
    assert any("a=list" in r.path for r in records[1:3])
    assert_spaced(records, DELAY)
    assert any("sitemap" in r.path for r in records)      # sitemaps go through it too


def article_id(path: str) -> str:
    return path.rsplit("id=", 1)[1]


def test_each_redirect_hop_waits_for_the_delay(site: ReplicaServer, tmp_path: Path) -> None:
    moved, target = site.site.article_paths()[:2]
    first = r"a=list&c=content&catid=3&siteid=1$"      # as the crawler asks for it
    site.faults.add(first, "redirect", location=site.url("/__hop"), status=302)
    site.faults.add(r"^/__hop$", "redirect", location=site.url(site.site.start_paths()[0]
                                                                + "&page=1"), status=301)
    site.faults.add(rf"&id={article_id(moved)}&", "redirect", location=site.url(target))
    records = polite(site, tmp_path)
    paths = [r.path for r in records]
    # every hop was asked for (another worker's request may come between two hops)
    hop = paths.index("/__hop")
    assert any(p.endswith("catid=3&siteid=1") for p in paths[:hop])
    assert any(p.endswith("&page=1") for p in paths[hop + 1:])
    moved_at = next(i for i, p in enumerate(paths) if f"&id={article_id(moved)}&" in p)
    assert any(f"id={article_id(target)}" in p for p in paths[moved_at + 1:])
    assert_spaced(records, DELAY)


def test_retries_wait_for_the_delay(site: ReplicaServer, tmp_path: Path) -> None:
    article = rf"&id={article_id(site.site.article_paths()[0])}&"
    site.faults.add(article, "status", status=503, times=2)
    records = polite(site, tmp_path)
    tries = [r for r in records if re.search(article, r.path)]
    assert [r.status for r in tries] == [503, 503, 200]
    assert_spaced(records, DELAY)


@pytest.mark.parametrize("concurrency", [2, 4])
def test_concurrent_workers_share_one_delay(site: ReplicaServer, tmp_path: Path,
                                            concurrency: int) -> None:
    # each article takes ~0.3 s to send, so several are in flight at once
    site.faults.add(r"a=detail", "slow", chunk=4096, delay=0.15, times=None)
    records = polite(site, tmp_path, concurrency=concurrency)
    assert site.max_in_flight >= 2          # the workers did overlap ...
    assert_spaced(records, DELAY)           # ... and their starts stayed a delay apart


def test_an_articles_handling_does_not_hold_back_the_hosts_next_request(
        site: ReplicaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With concurrency 1, the next request goes out while the last article is still being
    extracted and written (a slow extraction here): a polite host's turn is not lost to
    our own work, and the gaps stay at least the delay."""
    from archiver.crawl.workers import ExtractionPool

    extract = ExtractionPool.extract
    slow = 0.3

    async def slowly(self: ExtractionPool, *args: Any) -> Any:
        await asyncio.sleep(slow)
        return await extract(self, *args)

    monkeypatch.setattr(ExtractionPool, "extract", slowly)
    records = polite(site, tmp_path, concurrency=1)
    assert_spaced(records, DELAY)
    details = [r.arrived for r in records if "a=detail" in r.path]
    gaps = sorted(b - a for a, b in itertools.pairwise(details))
    assert len(details) >= 8
    assert gaps[len(gaps) // 2] < slow / 2, gaps     # not one extraction per request
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 8


class HeldBack(httpx.AsyncBaseTransport):
    """Real HTTP, but every other request is held up before it leaves (a connection being
    opened, a pool slot awaited, an event loop busy with extraction)."""

    def __init__(self, hold: float) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.hold = hold
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count % 2:
            await asyncio.sleep(self.hold)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_the_delay_counts_from_when_a_request_is_sent(site: ReplicaServer) -> None:
    """Time between the moment a request is let through and the moment it leaves never
    eats into the delay before the next request."""

    async def main() -> None:
        clock = Clock()
        gate = HostGate(clock)
        gate.configure(f"127.0.0.1:{site.port}", delay=DELAY, concurrency=2)
        transport = HeldBack(hold=0.8 * DELAY)
        async with Fetcher(QUICK_RETRIES, gate, clock, transport) as fetcher:
            await asyncio.gather(*(fetcher.fetch(site.url(path))
                                   for path in site.site.article_paths()[:6]))

    asyncio.run(main())
    records = arrivals(site)
    assert len(records) == 6
    assert_spaced(records, DELAY)


def test_a_retry_after_pending_when_a_run_is_killed_holds_on_the_next_run(
        site: ReplicaServer, tmp_path: Path) -> None:
    seconds = 2
    listing = "/Default.aspx?a=list&c=content&catid=3&siteid=1"   # as the crawler asks
    site.faults.add(re.escape(listing) + "$", "retry_after", status=503, seconds=seconds,
                    times=1)
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text(site, "duk_langson", delay=DELAY, concurrency=2),
                       encoding="utf-8")
    db = tmp_path / "a.db"
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "-q", "crawl", "--sources",
                             str(sources), "--db", str(db), "--workers", "0"])
    try:
        held = _wait_for_hold(db, proc)
    finally:
        proc.kill()
        proc.wait()
    refused = next(r for r in site.log if r.status == 503)
    assert held >= refused.arrived + seconds - 0.05     # not-before as the client saw it
    site.reset_log()
    report = run(db, sites_for(site, delay=DELAY, concurrency=2), clock=Clock(),
                 settings=QUICK_RETRIES)
    assert report.status == "completed"
    first = arrivals(site)[0]
    assert first.arrived >= refused.arrived + seconds    # nothing before the Retry-After ran out
    assert any(r.path == listing and r.status == 200 for r in site.log)


def _wait_for_hold(db: Path, proc: subprocess.Popen[bytes]) -> float:
    """The not-before time the crawl in ``proc`` keeps for the replica, once committed."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    row = conn.execute("select not_before from hosts").fetchone()
            except sqlite3.OperationalError:   # not migrated yet, or busy
                row = None
            if row:
                return parse_utc(str(row[0]))
        time.sleep(0.02)
    raise AssertionError("the crawl kept no hold for the host")
