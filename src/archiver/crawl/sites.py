"""One site's crawl: its workers, and what happens to each URL they claim.

A worker claims the next queued URL, checks robots.txt, fetches it politely (every redirect
hop checked against the site's scope and robots.txt, and delayed like a request of its own),
and hands the response to :func:`~archiver.crawl.triage.classify` and the handler for its
verdict. One bad page fails alone: any error while handling it (a parse, an extraction, a
limit hit) is recorded in ``fetch_failures`` with a traceback summary, and the crawl goes
on. A URL whose host stopped answering is left for the next run.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import traceback

from archiver.crawl.context import Context
from archiver.crawl.frontier import QueuedURL
from archiver.crawl.handlers import HANDLERS, HOLD_RUNS
from archiver.crawl.lock import CrawlLock
from archiver.crawl.report import Progress, SiteRun
from archiver.crawl.robots import RobotsPolicy
from archiver.crawl.scope import OUTSIDE_HOSTS
from archiver.crawl.triage import Action, Verdict, classify, is_login_redirect, login_reason
from archiver.discover import unpack_request
from archiver.errors import FetchError, HostGaveUpError, StorageError
from archiver.fetch import Fetcher
from archiver.models import RawResponse
from archiver.politeness import HostGate
from archiver.urls import host_of

__all__ = ["SiteCrawler", "summarize"]

log = logging.getLogger(__name__)

#: articles of one worker being handled while it fetches the next URL: their extraction
#: and writing do not hold back the host's next request (the host gate, not the worker,
#: bounds the requests in flight)
HANDLING_AHEAD = 3


def _end_notes(run: SiteRun, queued: int, gate: HostGate, articles_found: bool = True) -> None:
    """Why a site's crawl may have left something for the next run, in its notes
    (``articles_found``: an article of the site was ever found, this run or before)."""
    if run.requests >= run.budget and queued:
        run.notes.append(f"stopped at its budget of {run.budget} requests with {queued} "
                         "URLs still queued (the next run goes on)")
    if run.depth_budget_met:
        run.notes.append(f"a listing was paged {run.site.max_depth} pages deep (max_depth) "
                         "and still showed new articles; its older pages were not walked")
    if run.pager_links_skipped:
        run.notes.append(f"its budget of {run.site.max_listing_pages} listing pages was "
                         f"met: {run.pager_links_skipped} pager links were seen and not "
                         "followed")
    if run.part_failures:
        run.notes.append(
            f"{len(run.part_failures)} further page(s) of articles split over pages could not "
            "be read, so those articles hold only the pages read (a row stored whole before "
            f"is kept as it was): {_first_of(run.part_failures)}")
    if run.held:
        run.notes.append(
            f"{len(run.held)} article address(es) answered with a stand-in for the article (a "
            "maintenance notice, a page cut off, a short notice): what is archived kept as it "
            f"is, asked again next run: {_first_of(run.held)}")
    if run.held_long:
        # (a site away for weeks: the archive keeps what it had, the archivist should know)
        run.notes.append(
            f"{len(run.held_long)} of them answered so on {HOLD_RUNS} runs or more in a row "
            "(the site, or its host, may be away for good; the archived articles are kept, "
            f"asked again in the re-checks' turn): {_first_of(run.held_long)}")
    moved = sorted({host_of(m["target"]) for _, reason in run.listing_failures
                    if (m := _OFF_HOSTS.search(reason)) is not None})
    if moved:
        # a listing of the site (its start page, a section) redirected to another host: the
        # site moved to a new domain, or serves from a second one — the archivist's call,
        # never made by following it off the site (one article redirecting to a sign-in
        # page or a video host says nothing of the kind)
        host = moved[0]
        run.notes.append(
            f"its listings redirect to {host}, outside the site's hosts, and were not "
            f"followed: if the site moved there, add \"{host}\" to its hosts (or make it the "
            "base_url); its archived articles are kept")
    failures = [(url, reason) for url, reason in run.listing_failures
                if not any(f"{url} " in note for note in run.notes)]
    if failures:
        run.notes.append(
            f"{len(failures)} listing page(s) could not be read, so articles only they list "
            f"may be missing: {_first_of(failures, ' (see the fetch_failures table)')}")
    if run.listing_requests and not articles_found:
        # pages read and not one article found, this run or ever: the site's articles
        # have addresses of a shape not known, or are reached in a way not followed
        run.notes.append(
            f"no article was found on the {run.listing_requests} page(s) read: its "
            "articles' addresses may have a shape archiver does not know (give the "
            "site a profile whose [listing] article_url names them)")
    for host in sorted(run.site.scope_hosts):
        why = gate.why_given_up(host)
        if why:
            run.notes.append(f"{host} {why}; {run.counts['deferred']} URLs left for the "
                             "next run")


#: A listing's failure: its redirect refused for leaving the site's hosts.
_OFF_HOSTS = re.compile(rf"redirect to (?P<target>\S+) refused: \S+ {re.escape(OUTSIDE_HOSTS)}")


def _first_of(failures: list[tuple[str, str]], where: str = "") -> str:
    """The first of a note's failed pages (by address: the same note whatever order the
    concurrent fetches ended in) and why, and how many more ("url (why) and 2 more")."""
    (url, reason), more = min(failures), len(failures) - 1
    return f"{url} ({reason})" + (f" and {more} more{where}" if more else "")


def _settle(tasks: set[asyncio.Task[None]]) -> None:
    """Forget the handlings that are over, raising what stops the crawl (a storage error)
    if one of them raised it."""
    for task in [task for task in tasks if task.done()]:
        tasks.discard(task)
        if not task.cancelled():
            task.result()


def summarize(exc: BaseException, limit: int = 2000) -> str:
    """A traceback's last frames, short enough to keep in a table."""
    text = "".join(traceback.format_exception(exc, limit=-8))
    return text if len(text) <= limit else "…" + text[-limit:]


class SiteCrawler:
    """Crawls sites, each with its own workers, over one run's shared parts.

    Long because one site's loop is here whole (claim, fetch, hand over, track what is in
    flight) with the fetches its handlers ask for (a redirect's hop, an article's further
    page): they share its fetcher, robots policy and host gate."""

    def __init__(self, ctx: Context, fetcher: Fetcher, robots: RobotsPolicy, gate: HostGate,
                 lock: CrawlLock, progress: Progress | None) -> None:
        self.ctx = ctx
        self.fetcher = fetcher
        self.robots = robots
        self.gate = gate
        self.lock = lock
        self.progress = progress
        self._progress_at = 0.0
        self._in_flight: dict[str, str] = {}   # URL -> site, for the lock file

    def _attempts(self, url: str) -> int:
        return self.fetcher.attempts.get(url, 1)

    async def crawl(self, run: SiteRun) -> None:
        run.fetch_part = lambda url: self._fetch_part(run, url)
        base_host = host_of(run.site.base_url)
        held = self.gate.why_given_up(base_host)
        if held:    # a Retry-After beyond this run, received by an earlier one
            run.notes.append(f"{base_host} {held}; nothing was crawled, the queue is kept "
                             "for the next run")
            return
        found = [await self.robots.check(self.ctx, run, url)
                 for url in (*run.site.start_urls, run.site.base_url)
                 if not self.gate.gave_up(host_of(url))]
        if all(robots.rules.unreachable for robots in found):
            # leave the queue as it is for the next run rather than skip every URL
            log.error("%s: %s does not answer; site skipped this run", run.site.name,
                      host_of(run.site.base_url))
            run.notes.append(f"{host_of(run.site.base_url)} did not answer; nothing was "
                             "crawled, the queue is kept for the next run")
            return
        workers = [asyncio.create_task(self._worker(run)) for _ in range(run.site.concurrency)]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()
        self.ctx.writer.flush()
        _end_notes(run, self.ctx.frontier.queued_count(run.site.name), self.gate,
                   self.ctx.frontier.has_articles(run.site.name))

    async def _worker(self, run: SiteRun) -> None:
        """Claims URLs one after another: a listing is handled before the next claim (its
        links come next), an article while the next URL is fetched (``HANDLING_AHEAD``)."""
        handling: set[asyncio.Task[None]] = set()
        try:
            while run.requests < run.budget:
                # once listings have had half the budget, articles come first (a trial
                # --max-pages 20 on a large site archives articles, not only listings)
                item = self.ctx.frontier.claim(
                    run.site.name, self.ctx.run_id,
                    articles_first=run.listing_requests * 2 >= run.budget)
                if item is None:
                    async with run.changed:
                        if run.in_flight == 0:
                            run.changed.notify_all()
                            break
                        await run.changed.wait()
                    _settle(handling)
                    continue
                run.in_flight += 1
                self._track(item.url, run.site.name)
                fetched = asyncio.Event()
                task = asyncio.create_task(self._one(run, item, fetched))
                handling.add(task)
                await fetched.wait()
                _settle(handling)
                while len(handling) >= HANDLING_AHEAD:
                    await asyncio.wait(handling, return_when=asyncio.FIRST_COMPLETED)
                    _settle(handling)
                if self.progress and time.monotonic() - self._progress_at > 0.25:
                    self._progress_at = time.monotonic()
                    self.progress(run.site.name, run.counts,
                                  self.ctx.frontier.queued_count(run.site.name))
            if handling:
                await asyncio.gather(*handling)
        finally:
            for task in handling:
                task.cancel()

    async def _one(self, run: SiteRun, item: QueuedURL, fetched: asyncio.Event) -> None:
        """One claimed URL, whatever happens to it; ``fetched`` is set once the worker may
        go on (an article's response is in, or the URL is done)."""
        try:
            await self._process(run, item, fetched)
        except StorageError:
            raise
        except HostGaveUpError:
            with self.ctx.writer.page():
                self.ctx.frontier.defer(item.url)
            run.counts["deferred"] += 1
        except Exception as exc:  # one bad page never stops the crawl
            log.warning("%s: %s: %s", item.url, type(exc).__name__, exc)
            self.ctx.writer.fail(run, item, f"{type(exc).__name__}: {exc}"[:500],
                                 type(exc).__name__, None, traceback=summarize(exc))
        finally:
            fetched.set()
            run.in_flight -= 1
            self._track(item.url, None)
            async with run.changed:
                run.changed.notify_all()

    def _track(self, url: str, site: str | None) -> None:
        """The URLs in flight, kept in the lock file: what the next run reads if this one
        dies while handling them."""
        if site is None:
            self._in_flight.pop(url, None)
        else:
            self._in_flight[url] = site
        self.lock.note(self._in_flight)

    def _count(self, run: SiteRun, item: QueuedURL, fetch_url: str) -> None:
        attempts = self._attempts(fetch_url)
        run.requests += attempts
        if item.kind != "article":
            run.listing_requests += attempts

    async def _hop(self, run: SiteRun, url: str) -> str | None:
        """Why a redirect may not go to ``url`` (scope, internal address, robots.txt)."""
        refusal = await run.scope.refusal(url)
        if refusal:
            return refusal
        robots = await self.robots.check(self.ctx, run, url)
        return None if robots.rules.allowed(url) else "robots.txt disallows it"

    async def _fetch_part(self, run: SiteRun, url: str) -> RawResponse | None:
        """One of an article's further pages, fetched as any page is (its host's delay,
        retries, a redirect's checks), counted in the site's budget; None when it may not
        be asked for (out of scope, robots.txt, its host given up, the budget spent)."""
        if run.requests >= run.budget or self.gate.gave_up(host_of(url)) \
                or await run.scope.refusal(url):
            return None
        robots = await self.robots.check(self.ctx, run, url)
        if not robots.rules.allowed(url):
            return None
        try:
            return await self.fetcher.fetch(url, hop_check=lambda hop: self._hop(run, hop))
        finally:
            run.requests += self._attempts(url)

    async def _process(self, run: SiteRun, item: QueuedURL, fetched: asyncio.Event) -> None:
        if self.gate.gave_up(host_of(item.url)):
            raise HostGaveUpError(f"{host_of(item.url)}: left for the next run")
        if item.kind == "article" and not item.revisit and self.ctx.writer.archived(item.url):
            # saved by an earlier (killed) run after its frontier row was written
            with self.ctx.writer.page():
                self.ctx.frontier.complete(item.url, state="done", keep_validators=True)
            return
        robots = await self.robots.check(self.ctx, run, item.url)
        if not robots.rules.allowed(item.url):
            with self.ctx.writer.page():
                self.ctx.frontier.complete(item.url, state="skipped", error="robots.txt")
            run.counts["skipped_robots"] += 1
            return
        # (a script's request: its method, headers and JSON body beside the form)
        method, form, headers, body = unpack_request(item.post_data)
        fetch_url = item.url.split("#__doPostBack(")[0].split("#request@")[0] \
            if item.post_data else item.url
        try:
            # a re-check asks with the validators the page was archived with, unless it is
            # to be fetched whole (a recent article; a host answering 304 for changed pages)
            conditional = item.known and not item.whole and (
                item.kind != "article" or self.ctx.validators.trusted(host_of(item.url)))
            raw = await self.fetcher.fetch(
                fetch_url, etag=item.etag if conditional else None,
                last_modified=item.last_modified if conditional else None, form=form,
                hop_check=lambda url: self._hop(run, url), xhr=item.xhr, headers=headers,
                body=body, method=method)
        except HostGaveUpError:
            raise
        except FetchError as exc:
            self._count(run, item, fetch_url)
            if item.kind == "article" and exc.redirect_to and \
                    isinstance(exc.response, RawResponse) and \
                    is_login_redirect(exc.redirect_to, item.url):
                # made private: its login page is not to be asked for (robots.txt, scope)
                action: Action = "withdrawn" if self.ctx.writer.archived(item.url) \
                    else "skipped"
                await HANDLERS[action](self.ctx, run, item, exc.response,
                                       Verdict(action, login_reason(exc.redirect_to)))
                return
            self.ctx.writer.fail(run, item, str(exc), type(exc).__name__, exc.status)
            return
        self._count(run, item, fetch_url)
        if item.kind == "article":
            fetched.set()       # the worker goes on to its next URL
        verdict = classify(raw, item, run.site, self.ctx.writer.archived)
        await HANDLERS[verdict.action](self.ctx, run, item, raw, verdict)


