"""A dry run for someone adding a site: ``archiver probe URL``.

It crawls the site politely with a small budget into a throw-away archive (the crawler's
own discovery and extraction, nothing else) and reports what a real crawl would meet: the
robots.txt rules and sitemaps, the feeds the page announces, the profile the pages were
read with, the sections and listing pages found and how many pager links were followed or
left for lack of budget, the shapes of the article addresses, and two sample extractions
with the fields they lack. Nothing is written outside a temporary directory.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from archiver import USER_AGENT
from archiver.config import CrawlSettings, Site
from archiver.crawl import CrawlOptions, crawl
from archiver.politeness import RobotsRules
from archiver.urls import canonicalize, host_of

__all__ = ["FIELDS", "ProbeReport", "Sample", "probe", "url_shape"]

#: The record fields a sample is checked for.
FIELDS = ("title", "published_at", "author", "category", "lead", "body")


@dataclass
class Sample:
    url: str
    title: str | None
    published_at: str | None
    author: str | None
    category: str | None
    words: int
    missing: list[str]


@dataclass
class ProbeReport:
    url: str
    requests: int = 0
    status: str = ""
    robots: str = "not read"             # "none", "read", or why not
    disallow: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    profiles: dict[str, int] = field(default_factory=dict)   # profile -> articles read with it
    sections: list[str] = field(default_factory=list)
    listings_fetched: int = 0
    listings_left: int = 0                # pager links seen, not followed (the probe's budget)
    articles_found: int = 0
    articles_fetched: int = 0
    shapes: list[tuple[str, int]] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_SLUG = re.compile(r"(?:[a-z0-9]+|\{n\})(?:-(?:[a-z0-9]+|\{n\})){2,}", re.IGNORECASE)


def url_shape(url: str) -> str:
    """An article address with its slug and numbers generalised: the pattern a profile's
    ``article_url`` would name (``/tin-tuc/{slug}-{n}.html``)."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "{n}", parts.path)
    path = _SLUG.sub(lambda m: "{slug}-{n}" if m.group().endswith("-{n}") else "{slug}", path)
    query = "&".join(f"{k}={{n}}" if v.isdigit() else f"{k}=…" if v else k
                     for k, _, v in (p.partition("=") for p in parts.query.split("&") if p))
    return path + (f"?{query}" if query else "")


def _robots(report: ProbeReport, base: str, timeout: float) -> None:
    try:
        answer = httpx.get(base + "/robots.txt", headers={"User-Agent": USER_AGENT},
                           timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        report.robots = f"not read: {type(exc).__name__}"
        return
    report.requests += 1
    if answer.status_code >= 400:
        report.robots = f"none (HTTP {answer.status_code})"
        return
    rules = RobotsRules(answer.text, USER_AGENT)
    report.robots = "read"
    report.disallow = [line.split(":", 1)[1].strip() for line in answer.text.splitlines()
                       if line.lower().startswith("disallow:") and line.split(":", 1)[1].strip()]
    report.crawl_delay = rules.crawl_delay
    report.sitemaps = rules.sitemaps


def _read(report: ProbeReport, db: Path, start: str) -> None:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        urls = conn.execute("select url, kind, state, parent, depth from urls").fetchall()
        listings = [r for r in urls if r["kind"] == "listing"]
        report.sections = sorted(r["url"] for r in listings
                                 if r["parent"] == start and r["depth"] == 0)
        report.listings_fetched = sum(r["state"] == "done" for r in listings)
        report.listings_left = sum(r["state"] == "queued" for r in listings)
        articles = [r for r in urls if r["kind"] == "article"]
        report.articles_found = len(articles)
        report.articles_fetched = sum(r["state"] == "done" for r in articles)
        report.shapes = Counter(url_shape(r["url"]) for r in articles).most_common(3)
        report.profiles = dict(Counter(r[0] or "auto" for r in conn.execute(
            "select profile from articles")))
        for row in conn.execute("select * from articles order by id limit 2"):
            record = dict(row)
            report.samples.append(Sample(
                url=record["url"], title=record["title"], published_at=record["published_at"],
                author=record["author"], category=record["category"],
                words=len((record["body"] or "").split()),
                missing=[f for f in FIELDS if not record.get(f)]))
        notes = conn.execute("select notes from crawl_run_sites").fetchone()
        if notes and notes[0]:
            report.notes = list(json.loads(notes[0]))
    finally:
        conn.close()


def _feeds(report: ProbeReport, db: Path, capture_dir: Path, start: str) -> None:
    """The feeds the start page announces (``<link rel=alternate>``)."""
    from archiver.captures import read_capture
    from archiver.dom import parse

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("select c.* from captures c join urls u on u.capture_id = c.id "
                           "where u.url = ?", [start]).fetchone()
        if row is None:
            return
        raw = read_capture(capture_dir, dict(row))
    finally:
        conn.close()
    tree = parse(raw.body)
    for node in tree.css("link[rel=alternate][href]"):
        kind = (node.attributes.get("type") or "").lower()
        if "rss" in kind or "atom" in kind:
            report.feeds.append(node.attributes.get("href") or "")


def probe(url: str, *, pages: int = 12, delay: float = 1.0,
          settings: CrawlSettings | None = None) -> ProbeReport:
    """Crawl ``url``'s site with a budget of ``pages`` requests (``delay`` seconds apart)
    into a temporary archive and report what a real crawl would meet."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    start = canonicalize(url, parts.scheme)
    report = ProbeReport(url=url)
    settings = settings or CrawlSettings()
    _robots(report, base, settings.read_timeout)
    time.sleep(delay if report.requests else 0)
    site = Site(name="probe", title=host_of(url), province="?", base_url=base + "/",
                start_urls=(url,), profile="auto", delay=delay, concurrency=1,
                max_pages=pages, recheck_share=0.0)
    with tempfile.TemporaryDirectory(prefix="archiver-probe-") as tmp:
        db, captures = Path(tmp) / "probe.db", Path(tmp) / "captures"
        result = crawl(db, [site], settings=settings,
                       options=CrawlOptions(max_pages=pages, capture_dir=captures))
        report.requests += result.requests
        report.status = result.status
        _read(report, db, start)
        _feeds(report, db, captures, start)
    return report
