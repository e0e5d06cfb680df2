"""What a crawl is told (``CrawlOptions``), what it keeps per site while it runs
(``SiteRun``) and what it reports when it ends (``RunReport``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from archiver.clock import utc_now
from archiver.config import Site
from archiver.models import COUNT_KEYS, RunStatus
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
    in_flight: int = 0
    requests: int = 0
    budget: int | None = None
    rules: ListingRules | None = None
    profile: str = "auto"
    started_at: str = field(default_factory=utc_now)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)


@dataclass
class RunReport:
    run_id: int
    sites: dict[str, dict[str, int]]
    seconds: float
    requests: int
    status: RunStatus = "completed"

    @property
    def failed(self) -> int:
        return sum(c["failed"] for c in self.sites.values())

    @property
    def exit_code(self) -> int:
        if self.status != "completed":
            return 3
        return 1 if self.failed else 0

    def totals(self) -> dict[str, int]:
        return {k: sum(c[k] for c in self.sites.values()) for k in COUNT_KEYS}

    def summary(self) -> str:
        t = self.totals()
        return (f"crawl {self.status}: {len(self.sites)} site(s), {t['new']} new, "
                f"{t['updated']} updated, {t['unchanged']} unchanged, {t['not_modified']} not "
                f"modified, {t['withdrawn']} withdrawn, {t['failed']} failed, "
                f"{t['skipped_robots']} skipped by robots.txt; {self.requests} requests in "
                f"{self.seconds:.1f}s (run {self.run_id})")
