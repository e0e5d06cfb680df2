"""Runs the stages: crawl -> fetch -> extract -> load, with run statistics and progress.

No HTTP or SQL of its own: the frontier, fetcher, capture store, extractor and archive do the
work; this module decides what happens to each URL and keeps the counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import sqlite_utils
from selectolax.lexbor import LexborHTMLParser

from .archive import CaptureStore
from .config import CrawlSettings, Site
from .discover import is_trap, listing_links, looks_like_article_url, parse_feed, parse_sitemap
from .errors import ArchiverError, ExtractError, FetchError, StorageError
from .extract import extract
from .fetch import Fetcher
from .frontier import COUNT_KEYS, CrawlLock, Frontier, QueuedURL, now_iso
from .models import Article, RawResponse
from .politeness import Clock, HostGate, RobotsRules
from .profiles import load_profile
from .store import PAGE_SIZE, Archive, LoadItem
from .text import decode_html
from .urls import canonicalize, host_of, resolve, same_site

__all__ = ["CrawlOptions", "RunReport", "capture_dir_for", "crawl", "open_db", "reextract"]

log = logging.getLogger(__name__)

Progress = Callable[[str, dict[str, int], int], None]
_HOME_PATHS = {"", "/", "/default.aspx", "/index.php", "/index.html", "/home", "/trang-chu",
               "/vi", "/vi/", "/portal/home"}


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    max_pages: int | None = None      # overrides every site's budget
    revisit: bool = False             # re-check every known article (conditional requests)
    full: bool = False                # walk every listing page, ignoring stop-when-seen
    capture_dir: Path | None = None
    extra_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # site -> URLs
    skip_start: bool = False          # only the extra articles (gap probing)


@dataclass
class RunReport:
    run_id: int
    sites: dict[str, dict[str, int]]
    seconds: float
    requests: int
    status: str = "completed"

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


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating) the archive database with crash-safe settings."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        db.execute(f"pragma page_size = {PAGE_SIZE}")  # takes effect on a new file only
        db.execute("pragma journal_mode = wal")
        db.execute("pragma synchronous = normal")
        db.execute("pragma busy_timeout = 5000")
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from None
    return db


def capture_dir_for(db_path: Path | str) -> Path:
    """Where a database keeps its WARC files: ``<dir>/captures/<db stem>/``."""
    db_path = Path(db_path)
    return db_path.parent / "captures" / db_path.stem


@dataclass
class _SiteRun:
    site: Site
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    in_flight: int = 0
    requests: int = 0
    budget: int | None = None
    robots: dict[str, RobotsRules] = field(default_factory=dict)
    rules: Any = None
    profile: str = "auto"
    started_at: str = field(default_factory=now_iso)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)


class Crawler:
    def __init__(self, db_path: Path | str, sites: list[Site], *,
                 settings: CrawlSettings | None = None, options: CrawlOptions | None = None,
                 clock: Clock | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 progress: Progress | None = None) -> None:
        self.db_path = Path(db_path)
        self.sites = sites
        self.settings = settings or CrawlSettings()
        self.options = options or CrawlOptions()
        self.clock = clock or Clock()
        self.transport = transport
        self.progress = progress
        self.db = open_db(self.db_path)
        self.frontier = Frontier(self.db)
        self.archive = Archive(self.db)
        # Pages are written one by one: a smaller page cache than a bulk load's (64 MiB)
        # costs nothing in speed and keeps the crawler's memory flat as the archive grows.
        self.db.execute(f"PRAGMA cache_size=-{self.CACHE_KIB}")
        self.captures = CaptureStore(self.db, self.options.capture_dir
                                     or capture_dir_for(self.db_path))
        self.run_id = 0
        self._progress_at = 0.0
        self._pending = 0
        self._committed_at = time.monotonic()
        self._loads: list[tuple[LoadItem, _SiteRun, QueuedURL]] = []
        self.pool: ProcessPoolExecutor | None = None

    # -- transactions ------------------------------------------------------------------------
    # Pages are written in one long transaction committed every COMMIT_EVERY seconds or
    # COMMIT_PAGES pages (FTS5 builds one segment per commit: per-page commits cost more than
    # the pages themselves). Each page is a savepoint inside it, so a failing page rolls back
    # alone. A run killed before a commit loses only uncommitted pages, which it had not
    # marked done: the next run fetches them again, nothing saved is fetched twice.
    # Extracted articles wait in ``_loads`` and go into the archive together just before
    # the commit (``Archive.load_batch``: bulk statements instead of a write per article),
    # outside every page savepoint, so rolling back a page never takes another's article.
    COMMIT_EVERY = 1.0
    COMMIT_PAGES = 200
    #: SQLite page cache of a crawl, KiB. Measured on the 5,000- and 20,000-article crawl
    #: benchmark: 64 MiB peaked at 120 / 151 MB RSS, 16 MiB at 71 / 95 MB, equally fast.
    CACHE_KIB = 16384
    #: Extracted articles written together (``Archive.load_batch``), at most this many.
    LOAD_BATCH = 64

    @contextlib.contextmanager
    def _page(self) -> Iterator[None]:
        conn = self.db.conn
        try:
            if not conn.in_transaction:
                conn.execute("begin")
            conn.execute("savepoint page")
        except sqlite3.OperationalError as exc:
            raise StorageError(f"{self.db_path}: {exc}") from None
        try:
            yield
        except BaseException:
            conn.execute("rollback to page")
            conn.execute("release page")
            raise
        conn.execute("release page")
        self._pending += 1
        if len(self._loads) >= self.LOAD_BATCH:
            self._flush_loads()
        if self._pending >= self.COMMIT_PAGES \
                or time.monotonic() - self._committed_at > self.COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        self._flush_loads()
        try:
            if self.db.conn.in_transaction:
                self.db.conn.commit()
        except sqlite3.OperationalError as exc:
            raise StorageError(f"{self.db_path}: {exc}") from None
        self._pending = 0
        self._committed_at = time.monotonic()

    def _flush_loads(self) -> None:
        """Write the articles extracted since the last commit; count their outcomes.

        A record the batch cannot take (anything but a storage error, which fails the run)
        sends the batch through one-by-one upserts, so that only its own page is marked
        failed: a page is never left ``done`` without its article."""
        if not self._loads:
            return
        loads, self._loads = self._loads, []
        try:
            outcomes = self.archive.load_batch([load for load, _, _ in loads])
        except StorageError:   # the archive wraps every SQLite error in one
            raise
        except Exception as exc:  # isolated below, record by record
            log.warning("a batch of %d articles could not be loaded (%s); loading them one "
                        "by one", len(loads), exc)
            for load, run, item in loads:
                self._load_one(load, run, item)
            return
        for (_, run, _), outcome in zip(loads, outcomes, strict=True):
            run.counts[outcome] += 1

    def _load_one(self, load: LoadItem, run: _SiteRun, item: QueuedURL) -> None:
        try:
            outcome = self.archive.upsert(load.article, site=load.site, seen_at=load.seen_at,
                                          capture_id=load.capture_id)
        except StorageError:
            raise
        except Exception as exc:  # this page fails, the crawl goes on
            log.warning("%s: cannot archive: %s", item.url, exc)
            try:
                # validators dropped: a conditional re-fetch must not get a 304 for a page
                # whose article was never stored
                self.frontier.complete(item.url, state="failed", error=f"cannot archive: {exc}")
                self.frontier.record_failure(self.run_id, run.site.name, item.url, item.kind,
                                             f"cannot archive: {exc}", type(exc).__name__,
                                             None, self.fetcher.attempts.get(item.url, 1))
            except sqlite3.Error as err:
                raise StorageError(f"{self.db_path}: {err}") from None
            run.counts["failed"] += 1
            return
        run.counts[outcome] += 1

    # -- entry -------------------------------------------------------------------------------
    def run(self) -> RunReport:
        with CrawlLock(self.db_path):
            return asyncio.run(self._run())

    async def _run(self) -> RunReport:
        started = time.monotonic()
        self.run_id = self.frontier.start_run(s.name for s in self.sites)
        gate = HostGate(self.clock, failure_threshold=self.settings.host_failure_threshold)
        runs = [self._prepare(site, gate) for site in self.sites]
        status = "completed"
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGTERM, lambda: task.cancel() if task else None)
        if self.settings.extract_workers > 0:
            self.pool = ProcessPoolExecutor(
                self.settings.extract_workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(logging.getLogger().level, os.getpid()))
        try:
            async with Fetcher(self.settings, gate, self.clock, self.transport) as fetcher:
                self.fetcher = fetcher
                await asyncio.gather(*(self._crawl_site(r) for r in runs))
        except asyncio.CancelledError:
            status = "interrupted"
        except StorageError:
            status = "failed"
            with contextlib.suppress(sqlite3.Error):
                self.db.conn.rollback()
            self._finish(runs, status, started)
            raise
        finally:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signal.SIGTERM)
            if self.pool is not None:
                self.pool.shutdown(wait=True, cancel_futures=True)
                self.pool = None
            if status != "failed":
                try:
                    self.commit()
                except StorageError:
                    with contextlib.suppress(sqlite3.Error):
                        self.db.conn.rollback()
                    self._finish(runs, "failed", started)
                    raise
        return self._finish(runs, status, started)

    def _finish(self, runs: list[_SiteRun], status: str, started: float) -> RunReport:
        report = RunReport(self.run_id, {r.site.name: r.counts for r in runs},
                           time.monotonic() - started, sum(r.requests for r in runs), status)
        start_times = {r.site.name: r.started_at for r in runs}
        try:
            self.frontier.finish_run(self.run_id, status, report.exit_code, report.sites,
                                     start_times)
        except sqlite3.Error as exc:
            log.error("could not record the run: %s", exc)
        return report

    def _prepare(self, site: Site, gate: HostGate) -> _SiteRun:
        run = _SiteRun(site)
        run.budget = self.options.max_pages or site.max_pages
        run.profile = site.profile
        if site.profile not in ("auto", "auto-only"):
            run.rules = load_profile(site.profile).listing
        for host in site.scope_hosts:
            gate.configure(host, delay=site.delay, concurrency=site.concurrency)
        scheme = site.scheme
        with self._page():
            for url in self.options.extra_articles.get(site.name, ()):
                self.frontier.enqueue(canonicalize(url, scheme), site=site.name,
                                      kind="article", depth=0, run_id=self.run_id)
            if self.options.skip_start:
                return run
            for url in site.start_urls:
                if self.frontier.enqueue(canonicalize(url, scheme), site=site.name,
                                         kind="listing", depth=0, run_id=self.run_id,
                                         requeue_known=True):
                    run.counts["discovered"] += 1
            for url in site.sitemaps:
                self.frontier.enqueue(canonicalize(url, scheme), site=site.name,
                                      kind="sitemap", depth=0, run_id=self.run_id,
                                      requeue_known=True)
            for url in site.feeds:
                self.frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="feed",
                                      depth=0, run_id=self.run_id, requeue_known=True)
        # failed URLs get another chance every run; known articles when a revisit is due
        self.frontier.requeue(site.name, kinds=("article", "listing"), states=("failed",))
        if self.options.revisit:
            self.frontier.requeue(site.name, kinds=("article",), states=("done",))
        elif site.revisit_days is not None:
            self.frontier.requeue(site.name, kinds=("article",), states=("done",),
                                  fetched_before=Frontier.cutoff(site.revisit_days))
        return run

    # -- per site ----------------------------------------------------------------------------
    async def _robots(self, run: _SiteRun, url: str) -> RobotsRules:
        host = host_of(url)
        if not self.settings.respect_robots:
            return RobotsRules.allow_all(self.settings.user_agent)
        if host in run.robots:
            return run.robots[host]
        robots_url = f"{urlsplit(url).scheme}://{host}/robots.txt"
        rules: RobotsRules
        try:
            raw = await self.fetcher.fetch(robots_url)
            run.requests += 1
            if raw.status == 200:
                rules = RobotsRules(raw.body.decode("utf-8", "replace"), self.settings.user_agent)
            elif 400 <= raw.status < 500:
                rules = RobotsRules.allow_all(self.settings.user_agent)
            else:
                rules = RobotsRules.deny_all(self.settings.user_agent)
        except FetchError as exc:
            log.warning("%s: robots.txt unavailable (%s); not crawling this host this run",
                        host, exc)
            self.frontier.record_failure(self.run_id, run.site.name, robots_url, "robots",
                                         str(exc), type(exc).__name__, exc.status,
                                         self.fetcher.attempts.get(robots_url, 1))
            rules = RobotsRules("User-agent: *\nDisallow: /\n", self.settings.user_agent,
                                unreachable=exc.status is None)
            run.counts["failed"] += 1
        run.robots[host] = rules
        if rules.crawl_delay:
            self.fetcher.gate.raise_delay(host, rules.crawl_delay)
        scheme = run.site.scheme
        with self._page():
            for sitemap in rules.sitemaps:
                absolute = resolve(robots_url, sitemap)
                if absolute and same_site(absolute, run.site.scope_hosts):
                    self.frontier.enqueue(canonicalize(absolute, scheme), site=run.site.name,
                                          kind="sitemap", depth=0, run_id=self.run_id,
                                          requeue_known=True, parent="robots.txt")
        return rules

    async def _crawl_site(self, run: _SiteRun) -> None:
        rules = [await self._robots(run, url) for url in (*run.site.start_urls,
                                                           run.site.base_url)]
        if all(r.unreachable for r in rules):
            # leave the queue as it is for the next run rather than skip every URL
            log.error("%s: %s does not answer; site skipped this run", run.site.name,
                      host_of(run.site.base_url))
            return
        workers = [asyncio.create_task(self._worker(run)) for _ in range(run.site.concurrency)]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()

    async def _worker(self, run: _SiteRun) -> None:
        while True:
            if run.budget is not None and run.requests >= run.budget:
                return
            item = self.frontier.claim(run.site.name, self.run_id)
            if item is None:
                async with run.changed:
                    if run.in_flight == 0:
                        run.changed.notify_all()
                        return
                    await run.changed.wait()
                continue
            run.in_flight += 1
            try:
                await self._process(run, item)
            except StorageError:
                raise
            except (ArchiverError, sqlite3.Error, ValueError, UnicodeError) as exc:
                # one bad page never stops the crawl: record it and go on
                log.warning("%s: %s: %s", item.url, type(exc).__name__, exc)
                self._fail(run, item, str(exc), type(exc).__name__, None)
            finally:
                run.in_flight -= 1
                async with run.changed:
                    run.changed.notify_all()
            if self.progress and time.monotonic() - self._progress_at > 0.25:
                self._progress_at = time.monotonic()
                self.progress(run.site.name, run.counts, self.frontier.queued_count(
                    run.site.name))

    def _fail(self, run: _SiteRun, item: QueuedURL, error: str, error_class: str,
              status: int | None) -> None:
        attempts = self.fetcher.attempts.get(item.url, 1)
        try:
            with self._page():
                self.frontier.complete(item.url, state="failed", status=status, error=error,
                                       attempts=attempts, keep_validators=True)
                self.frontier.record_failure(self.run_id, run.site.name, item.url, item.kind,
                                             error, error_class, status, attempts)
        except sqlite3.OperationalError as exc:
            raise StorageError(f"{self.db_path}: {exc}") from None
        run.counts["failed"] += 1

    async def _process(self, run: _SiteRun, item: QueuedURL) -> None:
        if item.kind == "article" and not item.revisit and self._archived(item.url):
            # saved by an earlier (killed) run after its frontier row was written
            with self._page():
                self.frontier.complete(item.url, state="done", keep_validators=True)
            return
        robots = await self._robots(run, item.url)
        if not robots.allowed(item.url):
            with self._page():
                self.frontier.complete(item.url, state="skipped", error="robots.txt")
            run.counts["skipped_robots"] += 1
            return
        form = item.post_data
        fetch_url = item.url.split("#__doPostBack(")[0] if form else item.url
        try:
            raw = await self.fetcher.fetch(
                fetch_url, etag=item.etag if item.known else None,
                last_modified=item.last_modified if item.known else None, form=form)
        except FetchError as exc:
            run.requests += self.fetcher.attempts.get(fetch_url, 1)
            self._fail(run, item, str(exc), type(exc).__name__, exc.status)
            return
        run.requests += self.fetcher.attempts.get(fetch_url, 1)
        await self._handle(run, item, raw)

    def _is_home(self, site: Site, final_url: str, requested: str) -> bool:
        if canonicalize(final_url, site.scheme) == canonicalize(requested, site.scheme):
            return False
        parts = urlsplit(final_url)
        return (parts.path.lower() in _HOME_PATHS and not parts.query) or \
            canonicalize(final_url, site.scheme) == canonicalize(site.base_url, site.scheme)

    async def _handle(self, run: _SiteRun, item: QueuedURL, raw: RawResponse) -> None:
        site, counts = run.site, run.counts
        seen_at = now_iso()
        headers = {k.lower(): v for k, v in raw.headers.items()}
        if raw.status == 304:
            self._flush_loads()    # the archive must hold every article touched here
            with self._page():
                self.frontier.complete(item.url, state="done", status=304,
                                       keep_validators=True)
                if item.kind == "article":
                    self.archive.touch(item.url, seen_at)
            counts["not_modified"] += 1
            return
        withdrawn_reason = None
        if item.kind == "article":
            if raw.status in (404, 410):
                withdrawn_reason = f"HTTP {raw.status}"
            elif raw.status == 200 and self._is_home(site, raw.url, item.url):
                withdrawn_reason = f"redirected to the home page ({raw.url})"
        if withdrawn_reason and self._archived(item.url):
            self._flush_loads()    # the article row must exist to be marked
            capture_id = self.captures.write(raw)
            with self._page():
                self.frontier.complete(item.url, state="done", status=raw.status,
                                       capture_id=capture_id)
                self.archive.mark_withdrawn(item.url, seen_at, withdrawn_reason)
            counts["withdrawn"] += 1
            return
        if item.parent == "robots.txt" and raw.status in (404, 410):
            # a stale Sitemap: line in robots.txt is the site's problem, not a failed page
            with self._page():
                self.frontier.complete(item.url, state="skipped", status=raw.status,
                                       error=f"HTTP {raw.status} (listed in robots.txt)")
            counts["skipped"] += 1
            return
        if raw.status != 200 or withdrawn_reason:
            self.captures.write(raw)
            error = withdrawn_reason or f"HTTP {raw.status}"
            self._fail(run, item, error, "PermanentFetchError", raw.status)
            return
        counts["fetched"] += 1
        capture_id = self.captures.write(raw)
        etag, last_modified = headers.get("etag"), headers.get("last-modified")
        if item.kind in ("sitemap", "feed"):
            self._discover_feed(run, item, raw, capture_id, etag, last_modified)
            return
        if item.kind == "listing":
            tree = LexborHTMLParser(decode_html(raw.body, headers.get("content-type")))
            self._discover_listing(run, item, raw, tree, capture_id, etag, last_modified)
            return
        job = (raw.body, raw.url, run.profile, headers.get("content-type"),
               run.site.scope_hosts, run.site.scheme)
        if self.pool is not None:   # extraction on another core while this one fetches
            try:
                article, canonical = await asyncio.get_running_loop().run_in_executor(
                    self.pool, extract_page, *job)
            except BrokenProcessPool:
                log.warning("extraction worker died; extracting in the crawler from now on")
                self.pool = None
                article, canonical = extract_page(*job)
        else:
            article, canonical = extract_page(*job)
        if canonical and self._known_kind(canonical) not in (None, "article"):
            canonical = None   # a theme pointing canonical at a listing: ignore it
        self._load_article(run, item, raw, article, capture_id, etag, last_modified, seen_at,
                           canonical)

    def _archived(self, url: str) -> bool:
        """In the archive, or extracted in this run and waiting for the next commit."""
        if any(load.article.url == url for load, _, _ in self._loads):
            return True
        return self.db.execute("select 1 from articles where url = ?",
                               [url]).fetchone() is not None

    def _known_kind(self, url: str) -> str | None:
        row = self.db.execute("select kind from urls where url = ?", [url]).fetchone()
        return str(row[0]) if row else None

    def _load_article(self, run: _SiteRun, item: QueuedURL, raw: RawResponse,
                      article: Article, capture_id: int, etag: str | None,
                      last_modified: str | None, seen_at: str,
                      canonical: str | None = None) -> None:
        site, counts = run.site, run.counts
        url = canonicalize(item.url, site.scheme)
        final = canonicalize(raw.url, site.scheme)
        if final != url and same_site(final, site.scope_hosts) and not is_trap(final):
            url = final  # moved permanently: keep the article under its new address
        if canonical:
            url = canonical  # the page names its own address (?p=123 -> pretty URL)
        article.url = url
        if not article.title and not article.body:
            with self._page():
                self.frontier.complete(item.url, state="skipped", status=raw.status,
                                       capture_id=capture_id, error="not an article page")
            counts["skipped"] += 1
            return
        # The frontier rows now, the article at the next commit (same transaction).
        load = (LoadItem(article, site.name, seen_at, capture_id), run, item)
        self._loads.append(load)
        try:
            with self._page():
                self.frontier.complete(item.url, state="done", status=raw.status, etag=etag,
                                       last_modified=last_modified, capture_id=capture_id)
                if url != item.url:
                    self.frontier.mark(url, site=site.name, kind="article", state="done",
                                       run_id=self.run_id)
        except BaseException:
            if self._loads and self._loads[-1] is load:   # the page rolled back: drop it
                self._loads.pop()
            raise

    def _enqueue_articles(self, run: _SiteRun, urls: Iterable[tuple[str, str | None]],
                          parent: str) -> tuple[int, int]:
        """Queue article links; (new to the frontier, not yet archived before this run)."""
        new = pending = 0
        for url, lastmod in urls:
            if self.frontier.enqueue(url, site=run.site.name, kind="article",
                                     depth=0, run_id=self.run_id, parent=parent,
                                     lastmod=lastmod):
                new += 1
                pending += 1
            elif self.frontier.pending(url, self.run_id):
                pending += 1
        run.counts["discovered"] += new
        return new, pending

    def _discover_listing(self, run: _SiteRun, item: QueuedURL, raw: RawResponse,
                          tree: LexborHTMLParser, capture_id: int, etag: str | None,
                          last_modified: str | None) -> None:
        site = run.site
        links = listing_links(tree, raw.url, hosts=site.scope_hosts, scheme=site.scheme,
                              rules=run.rules)
        with self._page():
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
                                             depth=item.depth + 1, run_id=self.run_id,
                                             parent=item.url, requeue_known=True):
                        run.counts["discovered"] += 1
                for pb in links.postbacks:
                    if self.frontier.enqueue(pb.key, site=site.name, kind="listing",
                                             depth=item.depth + 1, run_id=self.run_id,
                                             parent=item.url, post_data=pb.form(),
                                             requeue_known=True):
                        run.counts["discovered"] += 1
            self.frontier.complete(item.url, state="done", status=raw.status, etag=etag,
                                   last_modified=last_modified, capture_id=capture_id)
        log.debug("%s: %d article links (%d new), %d pages, %d postbacks", item.url,
                  len(links.articles), new, len(links.listings), len(links.postbacks))

    def _discover_feed(self, run: _SiteRun, item: QueuedURL, raw: RawResponse,
                       capture_id: int, etag: str | None, last_modified: str | None) -> None:
        site = run.site
        rules = run.rules

        def wanted(url: str) -> bool:
            if not same_site(url, site.scope_hosts) or is_trap(url):
                return False
            if rules is not None and rules.article_url:
                return any(p.search(url) for p in rules.article_url)
            return looks_like_article_url(url) or item.kind == "feed"

        with self._page():
            if item.kind == "sitemap":
                pages, sitemaps = parse_sitemap(raw.body)
                for loc, lastmod in sitemaps:
                    absolute = resolve(raw.url, loc)
                    if absolute and same_site(absolute, site.scope_hosts):
                        self.frontier.enqueue(canonicalize(absolute, site.scheme),
                                              site=site.name, kind="sitemap",
                                              depth=item.depth + 1, run_id=self.run_id,
                                              lastmod=lastmod, requeue_known=False)
            else:
                pages = [(link, None) for link, _ in parse_feed(raw.body)]
            entries = []
            for loc, lastmod in pages:
                absolute = resolve(raw.url, loc)
                if absolute and wanted(absolute):
                    entries.append((canonicalize(absolute, site.scheme), lastmod))
            self._enqueue_articles(run, entries, item.url)
            self.frontier.complete(item.url, state="done", status=raw.status, etag=etag,
                                   last_modified=last_modified, capture_id=capture_id)


def canonical_link(hosts: frozenset[str], scheme: str, tree: LexborHTMLParser,
                   page_url: str) -> str | None:
    """The page's own ``rel=canonical`` URL when it is an in-scope, non-home URL."""
    node = tree.css_first("link[rel=canonical][href]")
    href = node.attributes.get("href") if node is not None else None
    absolute = resolve(page_url, href) if href else None
    if absolute is None or not same_site(absolute, hosts) or is_trap(absolute):
        return None
    parts = urlsplit(absolute)
    if parts.path.lower() in _HOME_PATHS and not parts.query:
        return None   # some themes point every page's canonical at the home page
    return canonicalize(absolute, scheme)


def extract_page(body: bytes, url: str, profile: str, content_type: str | None,
                 hosts: frozenset[str], scheme: str) -> tuple[Article, str | None]:
    """Decode, parse once, read rel=canonical, extract. Runs in a worker process when the
    crawl has ``extract_workers``, so it takes and returns only picklable values."""
    tree = LexborHTMLParser(decode_html(body, content_type))
    canonical = canonical_link(hosts, scheme, tree, url)
    return extract(tree, url, profile, content_type), canonical


def _init_worker(level: int, parent: int) -> None:
    """Worker processes log like the parent (warnings about pages go to stderr) and exit
    when the crawler dies, even by SIGKILL, instead of lingering as orphans."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)


def crawl(db_path: Path | str, sites: list[Site], **kwargs: Any) -> RunReport:
    """Crawl ``sites`` into the archive at ``db_path``. See :class:`Crawler` for options."""
    return Crawler(db_path, sites, **kwargs).run()


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
    """Rebuild articles from the stored captures alone: no network.

    The profile for each site comes from ``profile`` (all sites), else ``site_profiles``
    (name -> profile, from the sources file), else the profile recorded on its articles,
    else ``auto``. Articles are written ``REEXTRACT_BATCH`` at a time, each batch in one
    transaction; a capture that cannot be read or extracted is counted as failed and
    skipped."""
    db = open_db(db_path)
    Frontier(db)
    archive = Archive(db)
    captures = CaptureStore(db, capture_dir or capture_dir_for(db_path))
    sql = ("select url, site, capture_id from urls where kind = 'article' "
           "and capture_id is not null and state = 'done'")
    params: list[Any] = []
    if site:
        sql += " and site = ?"
        params.append(site)
    rows = list(db.query(sql + " order by rowid", params))
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
            article = extract(raw.body, raw.url, use, raw.content_type)
        except ExtractError as exc:
            log.warning("%s: %s", row["url"], exc)
            report.failed += 1
            continue
        article.url = row["url"]
        if not article.title and not article.body:
            continue
        batch.append(LoadItem(article, row["site"], raw.fetched_at, row["capture_id"]))
        if len(batch) >= REEXTRACT_BATCH:
            write()
    write()
    return report
