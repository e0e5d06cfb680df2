"""The frontier on its own: the order URLs are claimed in, and what a claim costs, which must
not grow with the number of URLs a site has queued or archived (a crawl's CPU per article
grew with its size while each claim sorted the queue and skipped every archived article:
issue 20, docs/performance.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from archiver.crawl.frontier import Frontier, stamped_at_once
from archiver.crawl.runs import RunLog
from archiver.models import URLKind
from archiver.store import SCHEMA_VERSION, open_archive
from archiver.store.db import migrate


def _frontier(path: Path) -> tuple[Frontier, int]:
    db = open_archive(path, mode="create")
    return Frontier(db), RunLog(db.conn).start(["s"])


def _add(frontier: Frontier, run: int, url: str, kind: URLKind, *, depth: int = 1,
         state: str = "queued", revisit: bool = False) -> None:
    frontier.enqueue(url, site="s", kind=kind, depth=depth, run_id=run)
    frontier.conn.execute("update urls set state = ?, revisit = ? where url = ?",
                          [state, int(revisit), url])


def _claims(frontier: Frontier, run: int, *, articles_first: bool = False) -> list[str]:
    out = []
    while (item := frontier.claim("s", run, articles_first=articles_first)) is not None:
        out.append(item.url)
        frontier.complete(item.url)
    return out


def test_claims_come_sitemaps_listings_articles_then_rechecks(tmp_path: Path) -> None:
    frontier, run = _frontier(tmp_path / "a.db")
    _add(frontier, run, "recheck", "article", depth=0, revisit=True)
    _add(frontier, run, "article-deep", "article", depth=3)
    _add(frontier, run, "article", "article", depth=1)
    _add(frontier, run, "listing-2", "listing", depth=2)
    _add(frontier, run, "listing-0", "listing", depth=0, revisit=True)
    _add(frontier, run, "sitemap", "sitemap", depth=5)
    assert _claims(frontier, run) == ["sitemap", "listing-2", "listing-0", "article",
                                      "article-deep", "recheck"]


def test_rechecks_wait_while_a_listing_is_in_flight(tmp_path: Path) -> None:
    frontier, run = _frontier(tmp_path / "a.db")
    _add(frontier, run, "recheck", "article", revisit=True)
    _add(frontier, run, "listing", "listing", state="in_flight")
    assert frontier.claim("s", run) is None
    _add(frontier, run, "new", "article", depth=4)
    assert _claims(frontier, run) == ["new"]              # new articles are not held back
    frontier.complete("listing")
    assert _claims(frontier, run) == ["recheck"]


def test_articles_first_takes_articles_before_listings(tmp_path: Path) -> None:
    frontier, run = _frontier(tmp_path / "a.db")
    _add(frontier, run, "listing", "listing", depth=0)
    _add(frontier, run, "recheck", "article", depth=0, revisit=True)
    _add(frontier, run, "article", "article", depth=2)
    _add(frontier, run, "feed", "feed", depth=9)
    # the re-check waits for discovery (queued listing and feed), then comes last
    assert _claims(frontier, run, articles_first=True) == ["article", "feed", "listing",
                                                           "recheck"]


def _steps(frontier: Frontier, run: int, articles_first: bool) -> int:
    """SQLite virtual-machine instructions (in tens) one claim executes."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    frontier.conn.set_progress_handler(tick, 10)
    try:
        assert frontier.claim("s", run, articles_first=articles_first) is not None
    finally:
        frontier.conn.set_progress_handler(None, 0)
    return count[0]


def _sized(path: Path, archived: int) -> tuple[Frontier, int]:
    """A site mid-crawl: ``archived`` articles done, a tenth as many queued, a few re-checks,
    a listing in flight, one listing page per ten articles done."""
    frontier, run = _frontier(path)
    rows = [(f"http://a.vn/a{i}", "article", 3, "done", 0) for i in range(archived)]
    rows += [(f"http://a.vn/l{i}", "listing", 2, "done", 0) for i in range(archived // 10)]
    rows += [(f"http://a.vn/q{i}", "article", 3, "queued", 0) for i in range(archived // 10)]
    rows += [(f"http://a.vn/r{i}", "article", 3, "queued", 1) for i in range(20)]
    rows += [("http://a.vn/flight", "listing", 2, "in_flight", 0)]
    frontier.conn.executemany("insert into urls (url, site, kind, priority, state, revisit, "
                              "depth) values (?, 's', ?, ?, ?, ?, 1)", rows)
    return frontier, run


@pytest.mark.parametrize("articles_first", [False, True])
def test_a_claim_costs_the_same_however_large_the_site(tmp_path: Path,
                                                       articles_first: bool) -> None:
    small = _steps(*_sized(tmp_path / "small.db", 200), articles_first)
    large = _steps(*_sized(tmp_path / "large.db", 8000), articles_first)
    # before idx_urls_claim: ~40x the small site's count here (every queued article sorted,
    # every archived one skipped); now a few index seeks either way
    assert large <= small + 5, (small, large)


def test_claim_statements_read_their_order_from_an_index(tmp_path: Path) -> None:
    frontier, run = _sized(tmp_path / "a.db", 50)
    for articles_first in (False, True):
        statements: list[str] = []
        frontier.conn.set_trace_callback(statements.append)
        try:
            frontier.claim("s", run, articles_first=articles_first)
        finally:
            frontier.conn.set_trace_callback(None)
        selects = [s for s in statements if s.lstrip().lower().startswith("select")]
        assert selects
        for sql in selects:
            plan = " | ".join(r[3] for r in frontier.conn.execute("explain query plan " + sql))
            assert "TEMP B-TREE" not in plan and "SCAN" not in plan, plan
            assert "idx_urls_claim" in plan or "kind=? AND state=?" in plan, plan


def test_migration_15_replaces_the_claim_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, 14) == 14
    conn.execute("insert into urls (url, site, kind, state, priority, revisit, depth) "
                 "values ('http://a.vn/1', 's', 'article', 'queued', 3, 0, 1)")

    def indexes() -> set[str]:
        return {r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'index' and tbl_name = 'urls'")}

    assert "idx_urls_site_state_priority_depth" in indexes()
    assert migrate(conn) == SCHEMA_VERSION
    assert "idx_urls_claim" in indexes()
    assert "idx_urls_site_state_priority_depth" not in indexes()
    columns = [r[2] for r in conn.execute("pragma index_info(idx_urls_claim)")]
    assert columns == ["site", "state", "priority", "revisit", "depth"]
    conn.close()
    frontier = Frontier(sqlite_utils.Database(sqlite3.connect(path, isolation_level=None)))
    item = frontier.claim("s", 1)
    assert item is not None and item.url == "http://a.vn/1"


def test_migration_15_passes_over_a_urls_table_without_its_columns(tmp_path: Path) -> None:
    """Migration 7 leaves an existing ``urls`` table as it is (archives older than the
    crawl state's migrations, a table of the user's own): no index is forced on it."""
    conn = sqlite3.connect(tmp_path / "own.db", isolation_level=None)
    conn.execute("create table urls (url text primary key, site text, kind text, state text, "
                 "depth integer)")
    assert migrate(conn) == SCHEMA_VERSION
    assert conn.execute("select count(*) from sqlite_master where type = 'index' "
                        "and name = 'idx_urls_claim'").fetchone()[0] == 0


@pytest.mark.parametrize(("first", "then", "again"), [
    ("2025-06-10", "2025-06-17", True),      # the sitemap's word changed: queued again
    ("2025-06-10", "2025-06-10", False),     # the same word: nothing
    ("2025-06-10", "2025-06-09", False),     # an earlier one (a sitemap rebuilt): nothing
    # read as moments, whatever their shape
    ("2025-06-10T10:00:00+07:00", "2025-06-10T04:00:00Z", True),     # the zone switched
    ("2025-06-10T10:00:00+07:00", "2025-06-10T02:00:00Z", False),    # the same moment, earlier
    ("2025-6-9", "2025-6-10", True),                                 # no zero padding
    ("Sun, 09 Jun 2025 10:00:00 GMT", "Mon, 10 Jun 2025 08:00:00 GMT", True),   # RFC 822
    # a shape not read (ASP.NET's M/d/yyyy): a change is taken for one
    ("6/9/2025 10:00:00 AM", "6/10/2025 8:00:00 AM", True),
], ids=["later", "same", "earlier", "zone", "zone-earlier", "unpadded", "rfc822", "unread"])
def test_a_sitemaps_later_lastmod_queues_a_known_article_again(
        tmp_path: Path, first: str, then: str, again: bool) -> None:
    """Compared with the sitemap's own earlier lastmod, not with our fetch time: a server
    whose clock (or zone) is behind ours, or a day-only lastmod, still tells a change."""
    frontier, run = _frontier(tmp_path / "a.db")
    frontier.enqueue("a", site="s", kind="article", depth=0, run_id=run, lastmod=first)
    frontier.claim("s", run)
    frontier.complete("a")                   # fetched now, later than either lastmod
    later = RunLog(frontier.conn).start(["s"])
    frontier.enqueue("a", site="s", kind="article", depth=0, run_id=later, lastmod=then)
    assert (frontier.state_of("a") == "queued") is again


@pytest.mark.parametrize(("lastmods", "at_once"), [
    (["2026-12-07T03:10:05+07:00"] * 8, True),                          # generated on request
    ([f"2026-12-07T03:10:{s:02d}Z" for s in range(0, 60, 6)], True),     # written in a loop
    (["2026-12-07"] * 12, False),                 # a day alone: a busy day's honest lastmods
    (["Mon, 07 Dec 2026 03:10:05 GMT"] * 9, True),                       # RFC 822, one moment
    (["2026-12-07T03:10:05+07:00"] * 7, False),                          # too few to tell
    ([f"2026-12-07T{h:02d}:10:00+07:00" for h in range(10)], False),    # a news sitemap
    (["2026-12-07T03:10:05+07:00"] * 8 + ["7/12/2026 3:10 AM"], False),  # one not read
    ([None] * 10, False),                                                # none given
], ids=["same", "seconds-apart", "same-day", "rfc822", "few", "news", "unread", "none"])
def test_a_sitemaps_lastmods_stamped_at_once(lastmods: list[str | None], at_once: bool) -> None:
    assert stamped_at_once(lastmods) is at_once
