"""What a crawl is told (``CrawlOptions``), what it keeps per site while it runs
(``SiteRun``) and what it reports when it ends (``RunReport``)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from archiver.clock import utc_now
from archiver.config import DEFAULT_MAX_PAGES, Site
from archiver.crawl.scope import Scope
from archiver.models import COUNT_KEYS, RawResponse, RunStatus
from archiver.profiles import ListingRules

__all__ = ["CrawlOptions", "Progress", "RunReport", "SiteRun"]

#: ``progress(site, counts, queued)``: called now and then while a site is crawled.
Progress = Callable[[str, dict[str, int], int], None]


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    max_pages: int | None = None      # overrides every site's budget
    revisit: bool = False             # re-check every known article (conditional requests)
    full: bool = False                # walk every listing page, ignoring stop-when-seen
    capture_dir: Path | None = None
    extra_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # site -> URLs
    skip_start: bool = False          # only the extra articles (gap probing)


@dataclass
class SiteRun:
    """One site's part of a run: its counts, budget and listing rules, and the condition
    its workers wait on when the queue is empty but pages are still in flight."""

    site: Site
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    #: the address patterns of the site's items its listings showed (discover.item_pattern)
    item_patterns: set[tuple[str, ...]] = field(default_factory=set)
    in_flight: int = 0
    requests: int = 0
    budget: int = DEFAULT_MAX_PAGES
    listings_queued: int = 0          # listing pages queued this run (breadth budget)
    pager_links_skipped: int = 0      # pager links seen after the breadth budget was met
    depth_budget_met: bool = False    # a listing chain reached max_depth with more to show
    rechecks: int = 0                 # archived articles queued to be checked again
    relisted: int = 0                 # of them, listed under a headline never shown before
    #: archived articles whose address answered with a stand-in (a maintenance notice, a
    #: page cut off): kept as archived, asked again next run — (url, why)
    held: list[tuple[str, str]] = field(default_factory=list)
    held_long: list[tuple[str, str]] = field(default_factory=list)   # held HOLD_RUNS runs+
    held_asked: bool = False          # the site's long-held articles queued again this run
    listing_requests: int = 0         # requests for listings, sitemaps and feeds this run
    #: digests of the listing pages read this run (the listing and the articles shown): a
    #: page repeating another page of its listing (past the end, a postback returning the
    #: same page) is not followed
    listings_seen: set[bytes] = field(default_factory=set)
    #: per listing (its key), hashes of the articles its pages showed this run
    chain_shown: dict[str, set[int]] = field(default_factory=dict)
    #: a date archive's days in a row that listed nothing, by walk
    empty_days: dict[str, int] = field(default_factory=dict)
    #: the listing pages (start pages, sections, pagers, feeds, sitemaps) that failed for
    #: good this run, with why: the articles only they list may be missing
    listing_failures: list[tuple[str, str]] = field(default_factory=list)
    #: an article's further pages ("Trang: 1 2 3") that could not be read, with why: the
    #: article is stored with the pages that were
    part_failures: list[tuple[str, str]] = field(default_factory=list)
    #: fetches one of an article's further pages politely (set by the site's crawler);
    #: None where nothing can (a test's bare run)
    fetch_part: Callable[[str], Awaitable[RawResponse | None]] | None = None
    #: why this run may have left the site incomplete (budget met, host given up, …)
    notes: list[str] = field(default_factory=list)
    rules: ListingRules | None = None
    scope: Scope = field(init=False)  # where this site's requests may go
    profile: str = "auto"
    started_at: str = field(default_factory=utc_now)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    def __post_init__(self) -> None:
        self.scope = Scope(self.site)


@dataclass
class RunReport:
    run_id: int
    sites: dict[str, dict[str, int]]
    seconds: float
    requests: int
    status: RunStatus = "completed"
    notes: dict[str, list[str]] = field(default_factory=dict)   # site -> incompleteness
    error: str | None = None          # what stopped the run, when it did not complete
    #: hosts a robots.txt Crawl-delay slowed: (the delay configured, the one honoured)
    paced: dict[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(c["failed"] for c in self.sites.values())

    @property
    def exit_code(self) -> int:
        """0 complete; 1 complete, some pages failed for good; 3 aborted (storage error,
        interrupted); 4 crashed (an unexpected error: a bug to report)."""
        if self.status == "crashed":
            return 4
        if self.status != "completed":
            return 3
        return 1 if self.failed else 0

    def totals(self) -> dict[str, int]:
        return {k: sum(c[k] for c in self.sites.values()) for k in COUNT_KEYS}

    def summary(self) -> str:
        t = self.totals()
        line = (f"crawl {self.status}: {len(self.sites)} site(s), {t['new']} new, "
                f"{t['updated']} updated, {t['unchanged']} unchanged, {t['not_modified']} not "
                f"modified, {t['withdrawn']} withdrawn, {t['failed']} failed, "
                f"{t['skipped_robots']} skipped by robots.txt; {self.requests} requests in "
                f"{self.seconds:.1f}s (run {self.run_id})")
        if self.error:
            line += f"\n  stopped: {self.error}"
        for site, notes in sorted(self.notes.items()):
            line += "".join(f"\n  {site} may be incomplete: {note}" for note in notes)
        for host, (configured, asked) in sorted(self.paced.items()):
            line += (f"\n  {host}: its robots.txt asks a Crawl-delay of {asked:g} s, honoured "
                     f"over the configured delay ({configured:g} s)")
        return line
