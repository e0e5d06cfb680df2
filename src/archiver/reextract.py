"""Rebuild articles from the stored captures alone: no network.

Every article URL the crawler archived is read back from its WARC capture and extracted
again through the same door as a crawl (:func:`archiver.extract.extract_page`), then loaded
``REEXTRACT_BATCH`` at a time, each batch in one transaction. A capture that cannot be read
or extracted is counted as failed, logged and skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver.captures import CaptureStore
from archiver.crawl.triage import is_home_page, is_login_redirect
from archiver.errors import ExtractError, StorageError
from archiver.extract import extract_page, join_parts, same_headline
from archiver.extract.blocks import MAX_PARTS, part_number
from archiver.models import Article
from archiver.store import Archive, LoadItem, capture_dir_for, open_archive
from archiver.urls import canonicalize

__all__ = ["REEXTRACT_BATCH", "ReextractReport", "reextract"]

log = logging.getLogger(__name__)

#: Articles ``reextract`` writes per transaction.
REEXTRACT_BATCH = 200


@dataclass
class ReextractReport:
    articles: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0


def reextract(db_path: Path | str, *, site: str | None = None, profile: str | None = None,
              site_profiles: dict[str, str] | None = None, capture_dir: Path | None = None,
              progress: Callable[[int, int], None] | None = None) -> ReextractReport:
    """Rebuild the articles of ``db_path`` (one ``site``, or all) from their captures.

    The profile for each site comes from ``profile`` (all sites), else ``site_profiles``
    (name -> profile, from the sources file), else the profile recorded on its articles,
    else ``auto``."""
    db = open_archive(db_path, mode="write")
    archive = Archive(db)
    captures = CaptureStore(db, capture_dir or capture_dir_for(db_path))
    sql = ("select url, site, capture_id from urls where kind = 'article' "
           "and capture_id is not null and state = 'done'")
    params: list[Any] = []
    if site:
        sql += " and site = ?"
        params.append(site)
    # in the order the crawl fetched them, so that articles reached by several URLs keep the
    # address the crawl gave them
    rows = list(db.query(sql + " order by capture_id", params))
    recorded: dict[str, str] = {
        r["site"]: r["profile"] for r in db.query(
            "select site, profile from articles where profile is not null group by site")}
    report = ReextractReport()
    batch: list[LoadItem] = []

    def write() -> None:
        for outcome in archive.load_batch(batch):
            report.articles += 1
            setattr(report, outcome, getattr(report, outcome) + 1)
        batch.clear()

    for index, row in enumerate(rows, 1):
        if progress:
            progress(index, len(rows))
        try:
            raw = captures.read(row["capture_id"])
        except StorageError as exc:
            log.warning("%s: %s", row["url"], exc)
            report.failed += 1
            continue
        if raw.status != 200:
            continue
        use = profile or (site_profiles or {}).get(row["site"]) \
            or recorded.get(row["site"]) or "auto"
        try:
            page = extract_page(raw.body, raw.url, use, raw.content_type)
            article = page.article
            if page.parts and article.body:
                # the whole article on one page, when the crawl read it so; else its pages
                whole = [part for part in _parts(db, captures, (page.whole,), use, False)
                         if len(part.body or "") > len(article.body)] if page.whole else []
                join_parts(article, [part for part in whole or _parts(
                    db, captures, page.parts, use) if same_headline(part.title, article.title)])
        except ExtractError as exc:
            log.warning("%s: %s", row["url"], exc)
            report.failed += 1
            continue
        if (not article.title and not article.body) or page.gone:
            continue   # (a soft 404, a withdrawn shell, a sign-in form: no article's text)
        asked, final = row["url"], canonicalize(raw.url)
        aliases: tuple[str, ...]
        if final == canonicalize(asked):
            article.url, aliases = asked, ()
        elif is_login_redirect(raw.url, asked) or is_home_page(final):
            continue   # (the capture of a withdrawal: the login page, the home page)
        else:
            # redirected: under the address it ended at, as the crawl stored it (an article
            # moved, or another one now at its id: the store tells which)
            article.url, aliases = final, (asked,)
        batch.append(LoadItem(article, row["site"], raw.fetched_at, row["capture_id"],
                              aliases=aliases))
        if len(batch) >= REEXTRACT_BATCH:
            write()
    write()
    return report


def _parts(db: Any, captures: CaptureStore, urls: tuple[str, ...], profile: str,
           chain: bool = True) -> list[Article]:
    """The further pages of an article split over several, from the captures the crawl
    kept of them (``urls`` rows of kind ``part``), in page order, with the pages each names
    after it (a chain of "Xem tiếp" links, as the crawl read them); a page never captured
    is left out."""
    found: list[tuple[int, Article]] = []
    queue, seen = list(urls), set(urls)
    while queue and len(seen) <= MAX_PARTS:
        url = queue.pop(0)
        spellings = list({canonicalize(url, scheme) for scheme in (None, "http", "https")})
        rows = list(db.query("select capture_id from urls where kind = 'part' and capture_id "
                             f"is not null and url in ({', '.join('?' * len(spellings))})",
                             spellings))
        if not rows:
            continue
        try:
            raw = captures.read(rows[0]["capture_id"])
            page = extract_page(raw.body, raw.url, profile, raw.content_type)
        except (StorageError, ExtractError) as exc:
            log.warning("%s: %s", url, exc)
            continue
        found.append((part_number(url), page.article))
        later = [p for p in page.parts if p not in seen] if chain else []
        seen.update(later)
        queue += later
    return [article for _, article in sorted(found, key=lambda pair: pair[0])]
