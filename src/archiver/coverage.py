"""Coverage of the archive per site: dates, empty days, categories, numeric-id gaps.

``gap_urls`` turns missing numeric ids into candidate URLs for the crawler
(``--fetch-gaps``): most CMSes number articles, so a hole in the ids is an article we have
not found through listings.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from archiver.store.db import reading

__all__ = ["SiteCoverage", "article_number", "coverage", "gap_urls"]

# Numeric article ids as CMS families put them in URLs, most specific first.
_ID_PATTERNS = (
    re.compile(r"[?&](?:id|newsid|itemid|articleid|news_id)=(\d+)", re.IGNORECASE),
    re.compile(r"-c?(\d{2,})\.(?:html?|aspx)$", re.IGNORECASE),
    re.compile(r"/(\d{2,})-[^/]*\.html?$", re.IGNORECASE),
    re.compile(r"/(?:id|DetailView)/(\d+)(?:/|$)", re.IGNORECASE),
    re.compile(r"/(\d{3,})/?$"),
)


def article_number(url: str) -> int | None:
    """The numeric article id in ``url`` (``id=2743``, ``-2743.html``, ``/2743/``), if any."""
    for pattern in _ID_PATTERNS:
        match = pattern.search(url)
        if match:
            return int(match.group(1))
    return None


@dataclass(slots=True)
class SiteCoverage:
    site: str
    articles: int
    first_published: str | None
    last_published: str | None
    days_in_span: int
    empty_days: int
    longest_gaps: list[tuple[str, str, int]] = field(default_factory=list)  # first, last, days
    categories: dict[str, int] = field(default_factory=dict)
    numbered: int = 0                      # articles whose URL carries a numeric id
    id_gaps: list[tuple[int, int]] = field(default_factory=list)  # inclusive missing ranges
    missing_ids: int = 0


def _date_gaps(days: list[date], top: int) -> tuple[int, list[tuple[str, str, int]]]:
    gaps = []
    empty = 0
    for prev, nxt in itertools.pairwise(days):
        missing = (nxt - prev).days - 1
        if missing > 0:
            empty += missing
            gaps.append(((prev + timedelta(days=1)).isoformat(),
                         (nxt - timedelta(days=1)).isoformat(), missing))
    gaps.sort(key=lambda g: (-g[2], g[0]))
    return empty, gaps[:top]


def _id_gaps(ids: list[int], max_gap: int) -> tuple[list[tuple[int, int]], int]:
    ranges = []
    missing = 0
    for prev, nxt in itertools.pairwise(ids):
        hole = nxt - prev - 1
        if 0 < hole <= max_gap:
            ranges.append((prev + 1, nxt - 1))
            missing += hole
    return ranges, missing


def coverage(db: sqlite_utils.Database | sqlite3.Connection | str | Path,
             site: str | None = None, *, top_gaps: int = 10,
             max_id_gap: int = 500) -> list[SiteCoverage]:
    """Coverage per site (or one site). Id holes wider than ``max_id_gap`` are ignored:
    they usually mean another module or numbering scheme, not missed articles."""
    with reading(db) as conn:
        return _coverage(conn, site, top_gaps, max_id_gap)


def _coverage(conn: sqlite3.Connection, site: str | None, top_gaps: int,
              max_id_gap: int) -> list[SiteCoverage]:
    sites = [site] if site is not None else [
        r[0] for r in conn.execute("SELECT DISTINCT site FROM articles ORDER BY site")]
    out = []
    for name in sites:
        days: list[date] = []
        for (value,) in conn.execute(
                "SELECT DISTINCT published_date FROM articles WHERE site = ? AND "
                "published_date IS NOT NULL ORDER BY published_date", (name,)):
            try:
                days.append(date.fromisoformat(value))
            except ValueError:
                continue
        empty, gaps = _date_gaps(days, top_gaps)
        categories = Counter({c or "": n for c, n in conn.execute(
            "SELECT category, count(*) FROM articles WHERE site = ? GROUP BY category",
            (name,))})
        ids = sorted({n for (url,) in conn.execute("SELECT url FROM articles WHERE site = ?",
                                                   (name,))
                      if (n := article_number(url)) is not None})
        id_ranges, missing = _id_gaps(ids, max_id_gap)
        out.append(SiteCoverage(
            site=name, articles=sum(categories.values()),
            first_published=days[0].isoformat() if days else None,
            last_published=days[-1].isoformat() if days else None,
            days_in_span=(days[-1] - days[0]).days + 1 if days else 0,
            empty_days=empty, longest_gaps=gaps, categories=dict(categories.most_common()),
            numbered=len(ids), id_gaps=id_ranges, missing_ids=missing))
    return out


def gap_urls(site: SiteCoverage, template: str, *, limit: int = 1000) -> list[str]:
    """Candidate URLs for missing ids: ``template`` holds ``{id}``, e.g.
    ``"https://tinhuy.vn/Default.aspx?c=content&a=detail&id={id}"``. Newest holes first."""
    if "{id}" not in template:
        raise ValueError("template must contain {id}")
    urls: list[str] = []
    for low, high in reversed(site.id_gaps):
        for number in range(high, low - 1, -1):
            if len(urls) >= limit:
                return urls
            urls.append(template.replace("{id}", str(number)))
    return urls
