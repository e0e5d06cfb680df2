"""``archiver coverage --fetch-gaps``: try the article ids missing between archived ones."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from archiver.config import load_sources
from archiver.coverage import SiteCoverage, gap_urls
from archiver.crawl import CrawlOptions, RunReport, crawl
from archiver.errors import ConfigError

__all__ = ["fetch_gaps"]


def fetch_gaps(db: Path, sources: Path, reports: Sequence[SiteCoverage], template: str,
               limit: int = 1000, **crawl_args: Any) -> RunReport:
    """Queue candidate URLs for missing ids and fetch them politely (404s are recorded)."""
    sites = {s.name: s for s in load_sources(sources)}
    extra: dict[str, tuple[str, ...]] = {}
    for rep in reports:
        if rep.site not in sites:
            raise ConfigError(f"{sources}: site {rep.site!r} is in the archive but not in "
                              "the sources file")
        extra[rep.site] = tuple(gap_urls(rep, template, limit=limit))
    chosen = [sites[name] for name in extra]
    return crawl(db, chosen, options=CrawlOptions(extra_articles=extra, skip_start=True),
                 **crawl_args)
