"""What the crawler does with a response, one handler per verdict of
:func:`archiver.crawl.triage.classify`.

``Handlers.table`` maps each :data:`~archiver.crawl.triage.Action` to its handler; every
handler writes through the :class:`~archiver.crawl.writer.PageWriter` (one page, one
savepoint) and keeps the site's counts. Listings and sitemaps/feeds discover URLs; articles
are extracted (in a worker process when there are some) and wait in the writer's buffer.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from archiver.captures import CaptureStore
from archiver.clock import utc_now
from archiver.crawl.frontier import Frontier, QueuedURL
from archiver.crawl.report import CrawlOptions, SiteRun
from archiver.crawl.triage import Action, Verdict, canonical_target
from archiver.crawl.workers import ExtractionPool
from archiver.crawl.writer import PageWriter
from archiver.discover import (
    is_trap,
    listing_links,
    looks_like_article_url,
    parse_feed,
    parse_sitemap,
)
from archiver.models import RawResponse
from archiver.store import Archive, LoadItem
from archiver.text import decode_html
from archiver.urls import canonicalize, resolve, same_site

__all__ = ["Handler", "Handlers"]

log = logging.getLogger(__name__)

Handler = Callable[[SiteRun, QueuedURL, RawResponse, Verdict], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class _Fetched:
    """A 200 response, captured: its capture id and the validators to keep."""

    capture_id: int
    etag: str | None
    last_modified: str | None


class Handlers:
    def __init__(self, *, writer: PageWriter, frontier: Frontier, archive: Archive,
                 captures: CaptureStore, pool: ExtractionPool, options: CrawlOptions,
                 run_id: Callable[[], int]) -> None:
        self.writer = writer
        self.frontier = frontier
        self.archive = archive
        self.captures = captures
        self.pool = pool
        self.options = options
        self._run_id = run_id
        self.table: dict[Action, Handler] = {
            "not_modified": self.not_modified, "withdrawn": self.withdrawn,
            "skipped": self.skipped, "failed": self.failed, "sitemap": self.feed,
            "feed": self.feed, "listing": self.listing, "article": self.article,
        }

    # -- answers that are not pages ------------------------------------------------------
    async def not_modified(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                           verdict: Verdict) -> None:
        self.writer.flush()    # the archive must hold every article touched here
        with self.writer.page():
            self.frontier.complete(item.url, state="done", status=304, keep_validators=True)
            if item.kind == "article":
                self.archive.touch(item.url, utc_now())
        run.counts["not_modified"] += 1

    async def withdrawn(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                        verdict: Verdict) -> None:
        self.writer.flush()    # the article row must exist to be marked
        capture_id = self.captures.write(raw)
        with self.writer.page():
            self.frontier.complete(item.url, state="done", status=raw.status,
                                   capture_id=capture_id)
            self.archive.mark_withdrawn(item.url, utc_now(), verdict.reason or "")
        run.counts["withdrawn"] += 1

    async def skipped(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                      verdict: Verdict) -> None:
        with self.writer.page():
            self.frontier.complete(item.url, state="skipped", status=raw.status,
                                   error=verdict.reason)
        run.counts["skipped"] += 1

    async def failed(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                     verdict: Verdict) -> None:
        self.captures.write(raw)
        self.writer.fail(run, item, verdict.reason or f"HTTP {raw.status}",
                         "PermanentFetchError", raw.status)

    def _fetched(self, run: SiteRun, raw: RawResponse) -> _Fetched:
        run.counts["fetched"] += 1
        return _Fetched(self.captures.write(raw), raw.header("etag"),
                        raw.header("last-modified"))

    def _done(self, item: QueuedURL, raw: RawResponse, got: _Fetched) -> None:
        self.frontier.complete(item.url, state="done", status=raw.status, etag=got.etag,
                               last_modified=got.last_modified, capture_id=got.capture_id)

    # -- discovery -------------------------------------------------------------------------
    def _enqueue_articles(self, run: SiteRun, urls: Iterable[tuple[str, str | None]],
                          parent: str) -> tuple[int, int]:
        """Queue article links; (new to the frontier, not yet archived before this run)."""
        new = pending = 0
        run_id = self._run_id()
        for url, lastmod in urls:
            if self.frontier.enqueue(url, site=run.site.name, kind="article", depth=0,
                                     run_id=run_id, parent=parent, lastmod=lastmod):
                new += 1
                pending += 1
            elif self.frontier.pending(url, run_id):
                pending += 1
        run.counts["discovered"] += new
        return new, pending

    async def listing(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                      verdict: Verdict) -> None:
        got = self._fetched(run, raw)
        site, run_id = run.site, self._run_id()
        tree = LexborHTMLParser(decode_html(raw.body, raw.content_type))
        links = listing_links(tree, raw.url, hosts=site.scope_hosts, scheme=site.scheme,
                              rules=run.rules)
        with self.writer.page():
            new, pending = self._enqueue_articles(run, ((u, None) for u in links.articles),
                                                  item.url)
            # Page on while the page shows articles new to the frontier. A listing never
            # walked before is also paged through when its articles were merely first seen
            # elsewhere in this run (a sidebar, a sister listing): its next pages are unknown.
            # A listing walked in an earlier run is not: the "Tin mới" sidebar on every page
            # links today's articles, which would otherwise drag each walk to its end.
            follow = (new > 0 or (pending > 0 and not item.known) or self.options.full) \
                and item.depth + 1 <= site.max_depth
            if follow:
                for url in links.listings:
                    if self.frontier.enqueue(url, site=site.name, kind="listing",
                                             depth=item.depth + 1, run_id=run_id,
                                             parent=item.url, requeue_known=True):
                        run.counts["discovered"] += 1
                for pb in links.postbacks:
                    if self.frontier.enqueue(pb.key, site=site.name, kind="listing",
                                             depth=item.depth + 1, run_id=run_id,
                                             parent=item.url, post_data=pb.form(),
                                             requeue_known=True):
                        run.counts["discovered"] += 1
            self._done(item, raw, got)
        log.debug("%s: %d article links (%d new), %d pages, %d postbacks", item.url,
                  len(links.articles), new, len(links.listings), len(links.postbacks))

    async def feed(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                   verdict: Verdict) -> None:
        """A sitemap (or sitemap index) or an RSS/Atom feed."""
        got = self._fetched(run, raw)
        site, rules = run.site, run.rules

        def wanted(url: str) -> bool:
            if not same_site(url, site.scope_hosts) or is_trap(url):
                return False
            if rules is not None and rules.article_url:
                return any(p.search(url) for p in rules.article_url)
            return looks_like_article_url(url) or item.kind == "feed"

        with self.writer.page():
            if item.kind == "sitemap":
                pages, sitemaps = parse_sitemap(raw.body)
                for loc, lastmod in sitemaps:
                    absolute = resolve(raw.url, loc)
                    if absolute and same_site(absolute, site.scope_hosts):
                        self.frontier.enqueue(canonicalize(absolute, site.scheme),
                                              site=site.name, kind="sitemap",
                                              depth=item.depth + 1, run_id=self._run_id(),
                                              lastmod=lastmod, requeue_known=False)
            else:
                pages = [(link, None) for link, _ in parse_feed(raw.body)]
            entries = []
            for loc, lastmod in pages:
                absolute = resolve(raw.url, loc)
                if absolute and wanted(absolute):
                    entries.append((canonicalize(absolute, site.scheme), lastmod))
            self._enqueue_articles(run, entries, item.url)
            self._done(item, raw, got)

    # -- articles --------------------------------------------------------------------------
    async def article(self, run: SiteRun, item: QueuedURL, raw: RawResponse,
                      verdict: Verdict) -> None:
        got = self._fetched(run, raw)
        seen_at = utc_now()
        page = await self.pool.extract(raw.body, raw.url, run.profile, raw.content_type)
        article, site = page.article, run.site
        canonical = canonical_target(page.canonical, site)
        if canonical and self._known_kind(canonical) not in (None, "article"):
            canonical = None   # a theme pointing canonical at a listing: ignore it
        url = canonicalize(item.url, site.scheme)
        final = canonicalize(raw.url, site.scheme)
        if final != url and same_site(final, site.scope_hosts) and not is_trap(final):
            url = final  # moved permanently: keep the article under its new address
        if canonical:
            url = canonical  # the page names its own address (?p=123 -> pretty URL)
        article.url = url
        if not article.title and not article.body:
            with self.writer.page():
                self.frontier.complete(item.url, state="skipped", status=raw.status,
                                       capture_id=got.capture_id, error="not an article page")
            run.counts["skipped"] += 1
            return
        # The frontier rows now, the article at the next commit (same transaction).
        load = LoadItem(article, site.name, seen_at, got.capture_id)
        with self.writer.article_page(load, run, item):
            self._done(item, raw, got)
            if url != item.url:
                self.frontier.mark(url, site=site.name, kind="article", state="done",
                                   run_id=self._run_id())

    def _known_kind(self, url: str) -> str | None:
        row = self.frontier.conn.execute("select kind from urls where url = ?",
                                         [url]).fetchone()
        return str(row[0]) if row else None
