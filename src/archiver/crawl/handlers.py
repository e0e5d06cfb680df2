"""What the crawler does with a response, one handler per verdict of
:func:`archiver.crawl.triage.classify`.

:data:`HANDLERS` maps each :data:`~archiver.crawl.triage.Action` to its handler; every
handler gets the run's :class:`Context`, writes through its
:class:`~archiver.crawl.writer.PageWriter` (one page, one savepoint) and keeps the site's
counts. Listings and sitemaps/feeds discover URLs; articles
are extracted (in a worker process when there are some) and wait in the writer's buffer.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from urllib.parse import urlsplit

from archiver.clock import utc_now
from archiver.crawl.context import Context
from archiver.crawl.frontier import QueuedURL, stamped_at_once
from archiver.crawl.report import SiteRun
from archiver.crawl.triage import LOGIN_REASON, Action, Verdict, canonical_target, is_json
from archiver.crawl.validators import same_validators
from archiver.discover import (
    REQUEST_KEY,
    Links,
    answer_requests,
    continues,
    escaped_fragment,
    expects_script,
    is_day_page,
    is_section_address,
    is_trap,
    item_pattern,
    link_header_next,
    listing_key,
    looks_like_article_url,
    next_request,
    page_number,
    parse_sitemap,
    read_feed,
    same_request,
    walk_key,
    with_page_number,
)
from archiver.errors import FetchError, StorageError
from archiver.extract import SIGN_IN_FORM, ExtractedPage, join_parts, same_headline
from archiver.extract.blocks import MAX_PARTS, part_number
from archiver.models import Article, RawResponse
from archiver.store import LoadItem, article_hash, text_shared
from archiver.text import fold
from archiver.urls import canonicalize, host_of, resolve, same_site
from archiver.vocab import UNAVAILABLE_TEXT

__all__ = ["HANDLERS", "Context", "Handler", "is_section", "is_start", "next_guess", "next_pages"]

log = logging.getLogger(__name__)



@dataclass(frozen=True, slots=True)
class _Fetched:
    """A 200 response, captured: its capture id and the validators to keep."""

    capture_id: int
    etag: str | None
    last_modified: str | None


Handler = Callable[[Context, SiteRun, QueuedURL, RawResponse, Verdict], Awaitable[None]]


# -- answers that are not pages ----------------------------------------------------------
async def _not_modified(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                        verdict: Verdict) -> None:
    if item.kind == "article" and not item.whole and \
            not ctx.validators.trusted(host_of(item.url)):
        # (its host was caught answering 304 for changed pages while this was asked)
        with ctx.writer.page():
            ctx.frontier.requeue_whole(item.url)
        return
    ctx.writer.flush()    # the archive must hold every article touched here
    with ctx.writer.page():
        ctx.frontier.complete(item.url, state="done", status=304, keep_validators=True)
        if item.kind == "article":
            ctx.archive.touch(item.url, utc_now())
    run.counts["not_modified"] += 1


async def _withdrawn(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                     verdict: Verdict) -> None:
    ctx.writer.flush()    # the article row must exist to be marked
    capture_id = ctx.captures.write(raw)
    with ctx.writer.page():
        ctx.frontier.complete(item.url, state="done", status=raw.status,
                              capture_id=capture_id)
        # gone from its address: moved, when this run found it at a new one (a site
        # rebuilt without redirects), else withdrawn
        moved = not (verdict.reason or "").startswith(LOGIN_REASON) and \
            ctx.archive.follow_move(item.url, utc_now(), ctx.run_id)
        if not moved:
            ctx.archive.mark_withdrawn(item.url, utc_now(), verdict.reason or "")
    run.counts["updated" if moved else "withdrawn"] += 1


async def _skipped(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                   verdict: Verdict) -> None:
    with ctx.writer.page():
        ctx.frontier.complete(item.url, state="skipped", status=raw.status,
                              error=verdict.reason)
        if item.guessed:    # a page asked for by its number, past the end: the end
            ctx.frontier.walk_ended(run.site.name, walk_key(item.url, item.depth),
                                    ctx.run_id)
    run.counts["skipped"] += 1


async def _failed(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                  verdict: Verdict) -> None:
    ctx.captures.write(raw)
    ctx.writer.fail(run, item, verdict.reason or f"HTTP {raw.status}",
                    "PermanentFetchError", raw.status)
    if is_start(item) and raw.status in (401, 403):
        # the door, not a page: say so where the archivist reads the run
        challenge = b"<script" in raw.body[:65_536].lower()
        run.notes.append(
            f"its start page {item.url} answered HTTP {raw.status}"
            + (" with a script (a firewall's challenge?)" if challenge else "")
            + ": nothing behind it was reached; if a browser gets through, give the cookie "
              "it is given in the site's `headers`")


async def _not_html(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                    verdict: Verdict) -> None:
    """A document (PDF, Office, image) where a page was expected: kept as a capture, never
    extracted as an article or read as a listing."""
    capture_id = ctx.captures.write(raw)
    with ctx.writer.page():
        ctx.frontier.complete(item.url, state="skipped", status=raw.status,
                              capture_id=capture_id,
                              error=f"{verdict.reason}: captured, not extracted")
    run.counts["skipped"] += 1


async def _refresh(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                   verdict: Verdict) -> None:
    """A redirect written as a page (``<meta http-equiv=refresh>`` and nothing else): its
    target is queued as the same kind of page in the same place — a start page's target is
    a start page (its sections are read), an article's is the article."""
    capture_id = ctx.captures.write(raw)
    target = verdict.target
    with ctx.writer.page():
        ctx.frontier.complete(item.url, state="done", status=raw.status,
                              capture_id=capture_id)
        if target and ctx.frontier.enqueue(
                target, site=run.site.name, kind=item.kind, depth=item.depth,
                run_id=ctx.run_id, parent=item.parent, requeue_known=item.kind == "listing"):
            run.counts["discovered"] += 1
    run.counts["fetched"] += 1


def _fetched(ctx: Context, run: SiteRun, raw: RawResponse) -> _Fetched:
    run.counts["fetched"] += 1
    return _Fetched(ctx.captures.write(raw), raw.header("etag"),
                    raw.header("last-modified"))


def _done(ctx: Context, item: QueuedURL, raw: RawResponse, got: _Fetched) -> None:
    ctx.frontier.complete(item.url, state="done", status=raw.status, etag=got.etag,
                          last_modified=got.last_modified, capture_id=got.capture_id)


# -- discovery ----------------------------------------------------------------------------
def _enqueue_articles(ctx: Context, run: SiteRun, urls: Iterable[tuple[str, str | None]],
                      parent: str, headlines: dict[str, str] | None = None
                      ) -> tuple[int, list[str]]:
    """Queue article links; (how many are new to the frontier, the links not archived
    before this run). An archived article a listing shows under a new headline
    (``headlines``) is queued to be checked again, whole."""
    new, pending = 0, []
    run_id = ctx.run_id
    for url, lastmod in urls:
        if ctx.frontier.enqueue(url, site=run.site.name, kind="article", depth=0,
                                run_id=run_id, parent=parent, lastmod=lastmod):
            new += 1
            pending.append(url)
        elif ctx.frontier.pending(url, run_id):
            pending.append(url)
        if headlines and url in headlines:
            _listed_as(ctx, run, url, headlines[url])
    run.counts["discovered"] += new
    return new, pending


_WORDS = re.compile(r"\w+")
#: Words a listing prints around a headline (folded): a kind, a count, a time.
_AROUND_HEADLINE = frozenset({
    "video", "clip", "anh", "infographic", "podcast", "emagazine", "longform", "tin", "moi",
    "hot", "nong", "luot", "xem", "doc", "binh", "luan", "ngay", "gio", "phut", "truoc",
    "hom", "nay", "qua", "h", "ago", "views"})
#: A headline cut short in a listing: "…", "...", "..", " [...]", " […]".
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.{2,}|…)\s*\]|\.{2,}|…)+\s*$")


def _listed_as(ctx: Context, run: SiteRun, url: str, headline: str) -> None:
    """A listing shows ``url`` under ``headline``: an archived article listed under a
    headline its listings never showed before, and not its archived title (nor a cut of it,
    "… tỉnh…"), was edited or its address given to another article — checked again whole
    (a conditional request would be told 304 by a host whose validators never change)."""
    folded = fold(" ".join(_ELLIPSIS.sub("", headline).split()))
    if not folded or not ctx.frontier.listed_as(url, folded, ctx.run_id):
        return
    title = ctx.archive.folded_title(url)
    if title is None or title.startswith(folded) or (
            title in folded and all(w in _AROUND_HEADLINE or w.isdigit()
                                    for w in _WORDS.findall(folded.replace(title, " ", 1)))):
        # its headline, a cut of it, or it with a listing's words around it (a label,
        # "Video: …"; a count of views or a time after it): no new headline
        return
    if run.relisted >= max(1, int(run.budget * run.site.recheck_share)):
        return      # (within the re-checks' share of the run)
    ctx.frontier.requeue_whole(url)
    run.relisted += 1
    run.rechecks += 1


async def _links(ctx: Context, raw: RawResponse, run: SiteRun, item: QueuedURL) -> Links:
    """The links of a listing response: an HTML page or fragment, or a JSON answer (and
    the sections a start page links, where the site walks them), read in a worker process
    when there are some; and the next page its ``Link`` header names."""
    site = run.site
    links: Links = await ctx.pool.links(
        raw.body, raw.url, raw.content_type, is_json=is_json(raw), hosts=site.scope_hosts,
        scheme=site.scheme, rules=run.rules,
        sections=site.follows_sections and is_section(item), items=frozenset(run.item_patterns))
    run.item_patterns.update(links.patterns)   # (a list's last page of one item is read so)
    # the next page an HTTP Link header announces (an infinite scroll's, not in the HTML)
    following = link_header_next(raw.header("link"), raw.url, hosts=site.scope_hosts,
                                 scheme=site.scheme)
    if following and following not in links.listings:
        links.listings.append(following)
    # the next request only the request tells how to make (SPServices' next page, an
    # ASP.NET client callback's pager in its answer)
    links.merge(Links(postbacks=answer_requests(item.url, item.post_data, raw.body,
                                                site.scope_hosts)))
    if site.directory != "/":
        # a site in a directory of a shared domain: the domain's other sections (another
        # agency's, linked from a common top bar) are never its listings
        links.sections[:] = [u for u in links.sections if site.in_directory(u)]
        links.listings[:] = [u for u in links.listings if site.in_directory(u)]
    return links


def is_start(item: QueuedURL) -> bool:
    """A start URL of the site (queued by the seed, not found on a page)."""
    return item.kind == "listing" and item.depth == 0 and item.parent is None


def is_section(item: QueuedURL) -> bool:
    """A start URL or a section found on one (the first page of a listing of its own, not
    a page of a walk): its menus and headings are read for sections, as a category page
    listing its sub-categories (each with its newest items and no pager) is walked
    through them, however many levels deep the tree goes."""
    return item.kind == "listing" and item.depth == 0


#: Days in a row a date archive may list nothing before its walk ends (a small site posts
#: less than weekly; the archive's own first day, when its date picker says, ends it first).
MAX_EMPTY_DAYS = 31


def _newest_first(ctx: Context, articles: list[str]) -> bool:
    """Whether a listing page shows its archived articles newest first, as far as their
    archived dates tell: not when a third or more of its neighbours (three at least) are
    in the wrong order by more than a day — a list "Đọc nhiều nhất" sorted by views, where
    a page of known articles says nothing of the pages after it (a pinned story or two at
    the top is no disorder)."""
    days = [p[:10] for p in ctx.archive.published_of(articles[:60]) if p]
    later = sum(1 for a, b in pairwise(days) if b > a and
                (date.fromisoformat(b) - date.fromisoformat(a)).days > 1)
    return not (later >= 3 and later * 3 >= len(days) - 1)


def _goes_on(ctx: Context, run: SiteRun, item: QueuedURL, links: Links, listing: str,
             new: int, pending: list[str]) -> tuple[bool, bool]:
    """Whether the walk goes on from this page, and whether the page repeats another.

    A listing no walk has reached the end of is walked to its end. After that, the walk
    goes on while a page shows articles not archived before this run that no earlier page
    of this listing showed in this run: new to the frontier, or first seen elsewhere (the
    home page shows a section's newest too). A "Tin mới" box on every page shows the same
    articles on each page of a listing: counted once, on the first, it cannot drag the walk
    to the listing's end. A page showing what another page of its listing showed, or no
    article at all, is past the end (many sites repeat their last page, or show "Không có
    dữ liệu" with a "Trang sau" still linked): the walk stops there. A listing that is not
    newest first (sorted by views) is walked on though its page shows nothing new."""
    shown = run.chain_shown.setdefault(listing, set())
    fresh = [u for u in pending if hash(u) not in shown]
    shown.update(hash(u) for u in links.articles)
    ended = ctx.frontier.walked_to_end(run.site.name, listing, ctx.run_id)
    # (a section's page showing no article but a "Xem thêm" or a deferred block to load
    # them: a shell a script fills, its items all behind the fragment — read it; a page
    # further on is one when its block is new, whatever else it shows: Liferay's deferred
    # portlet asked for each page of the list beside items pinned on every page — not a
    # sidebar's box every page loads, known from the first)
    unseen = bool(links.more) and any(not ctx.frontier.knows(u) for u in links.more)
    # (a service proxy's script: no article of its own, the calls it tells how to make)
    unseen = unseen or (expects_script(item.post_data) and bool(links.postbacks))
    # (a JSF list's command links: its items and pages posted back, none of them a link —
    # the page shows items while any is new)
    unseen = unseen or any(pb.faces and not ctx.frontier.knows(pb.key)
                           for pb in links.postbacks)
    shell = unseen or (item.depth == 0 and not links.articles and bool(links.more))
    follow = bool(fresh) or not ended or ctx.options.full or shell
    if not follow and len(links.articles) >= 4 and not _newest_first(ctx, links.articles):
        follow = True   # (sorted by views: its new items may be on any page)
    repeat = False
    if links.articles:
        digest = hashlib.blake2b("\n".join([listing, *sorted(links.articles)])
                                 .encode("utf-8"), digest_size=16).digest()
        repeat = digest in run.listings_seen and new == 0 and not unseen
        run.listings_seen.add(digest)
    elif item.depth > 0 and is_day_page(item.url) and \
            run.empty_days.get(listing, 0) < MAX_EMPTY_DAYS:
        run.empty_days[listing] = run.empty_days.get(listing, 0) + 1   # a day without news
    elif item.depth > 0 and not unseen:
        repeat = True       # a page of the listing showing no article: past its end
    if links.articles:
        run.empty_days.pop(listing, None)
    return follow and not repeat, repeat


def _queue_pages(ctx: Context, run: SiteRun, item: QueuedURL, links: Links) -> bool:
    """Queue the pages to read after this one; False when there is none not yet read in
    this run (the listing's end)."""
    site, frontier = run.site, ctx.frontier
    # (url, form, guessed, xhr): a load-more address is asked for as the page's script asks
    # (X-Requested-With: some servers answer the fragment only then), and so are the pages
    # after a fragment
    # (the next page a script's request's answer names is asked for as that request was:
    # with its headers, SharePoint REST's Accept)
    asked = [(url, same_request(url, item.post_data)) for url in next_pages(item.url, links)]
    pages: list[tuple[str, dict[str, str] | None, bool, bool]] = [
        *((url, None, False, item.xhr) if again is None else (again.key, again.form(), False,
                                                               False) for url, again in asked),
        *((url, None, False, True) for url in links.more),
        *((pb.key, pb.form(), False, False) for pb in links.postbacks),
        *((url, None, True, item.xhr) for url in links.guessed)]
    guess = next_guess(item.url, links, site.scheme)
    if guess:
        pages.append((guess, None, True, item.xhr))
    following = next_request(item.url, item.post_data)
    if following is not None:   # a script's paged request: its next page, as the walk goes
        pages.append((following.key, following.form(), False, False))
    ahead = False
    for url, form, guessed, xhr in pages:
        if not same_site(url, site.scope_hosts):
            continue   # (a script's request an answer names elsewhere: never made)
        if run.listings_queued >= site.max_listing_pages:
            run.pager_links_skipped += 1   # the breadth budget is met
            ahead = True
            continue
        if frontier.enqueue(url, site=site.name, kind="listing", depth=item.depth + 1,
                            run_id=ctx.run_id, parent=item.url, post_data=form,
                            requeue_known=True, guessed=guessed, xhr=xhr):
            run.counts["discovered"] += 1
            run.listings_queued += 1
        ahead = ahead or frontier.state_of(url) in ("queued", "in_flight")
    return ahead


def next_pages(url: str, links: Links) -> list[str]:
    """The pager links to follow from ``url``: page N+1 of this listing when the pager
    shows it (the walk goes on from there, and stops where nothing is fresh — a pager
    listing every page would otherwise be fetched whole on each run), else all of them.
    From a first page without a number, pages 1 and 2 both when the pager links both: a
    pager counting from 0 (Spring's "?page=0", Drupal's "?page=1" for the second page) and
    one counting from 1 look alike from there, and the page that repeats the first one is
    told apart by the walk (one request more)."""
    if page_number(url.split("#", 1)[0]) is None and "#" in url:
        return links.listings     # a postback's page: its number is in its state
    key = listing_key(url)
    same = [(page_number(u), u) for u in links.listings if listing_key(u) == key]
    number = page_number(url)
    if number is None:
        wanted = {n for n, _ in same if n is not None}
        following = {1, 2} if {1, 2} <= wanted else {2} if 2 in wanted else {1}
    else:
        following = {number + 1}
    chosen = [u for n, u in same if n in following]
    return chosen or links.listings


def next_guess(url: str, links: Links, scheme: str | None) -> str | None:
    """Page N+1 of a listing whose page N carries its number in its address, when the page
    links no page N+1 itself (a pager drawn by script, or "Xem thêm" on a button)."""
    number = page_number(url)
    if number is None or number >= 100_000:
        return None
    key = listing_key(url)
    if any(page_number(u) == number + 1 and listing_key(u) == key
           for u in (*links.listings, *links.more, *links.guessed)):
        return None
    guess = with_page_number(url, number + 1)
    return canonicalize(guess, scheme) if guess else None


def _posted_to_an_item(item: QueuedURL, raw: RawResponse) -> bool:
    """A posted form (no script's request) answered by a redirect to a page of another
    address, no page of the listing posted from."""
    if not item.post_data or not raw.hops or REQUEST_KEY in item.post_data:
        return False
    action = item.url.split("#", 1)[0]
    return canonicalize(raw.url) != canonicalize(action) and not continues(action, raw.url)


async def _listing(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                   verdict: Verdict) -> None:
    got = _fetched(ctx, run, raw)
    site, run_id = run.site, ctx.run_id
    links = await _links(ctx, raw, run, item)
    with ctx.writer.page():
        new, pending = _enqueue_articles(ctx, run, ((u, None) for u in links.articles),
                                         item.url, links.headlines)
        if _posted_to_an_item(item, raw):
            # a form posted back answered by a redirect to another page (a JSF command
            # link's headline: the item itself): that page is read as an article
            got_new, got_pending = _enqueue_articles(
                ctx, run, [(canonicalize(raw.url, site.scheme), None)], item.url)
            new, pending = new + got_new, pending + got_pending
        if links.articles and not run.held_asked:
            # the site lists its articles again: the ones held for runs on end (a site
            # away for weeks) are asked again now, whole, not in their re-checks' turn
            run.held_asked = True
            ctx.frontier.requeue_held(site.name)
        sub = not is_start(item)
        listing = walk_key(item.url.split("#", 1)[0], item.depth)
        # the same listing at another month ("« Tháng trước" on an events calendar or a
        # monthly archive): a page of this walk, read while the walk goes on, not a section
        same_walk = [u for u in links.sections if sub and walk_key(u, 0) == listing]
        for url in links.sections:    # a section is a listing of its own, walked each run
            if url in same_walk:
                continue
            if sub and run.listings_queued >= site.max_listing_pages:
                run.pager_links_skipped += 1   # a sub-section spends the breadth budget
                continue
            if ctx.frontier.enqueue(url, site=site.name, kind="listing", depth=0,
                                    run_id=run_id, parent=item.url, requeue_known=True):
                run.counts["discovered"] += 1
                run.listings_queued += sub
        for url in links.feeds:       # so is a feed the start page announces
            ctx.frontier.enqueue(url, site=site.name, kind="feed", depth=0, run_id=run_id,
                                 parent=item.url, requeue_known=True)
        for url in links.sitemaps:    # and a sitemap its head names
            ctx.frontier.enqueue(url, site=site.name, kind="sitemap", depth=0, run_id=run_id,
                                 parent=item.url, requeue_known=True)
        follow, repeat = _goes_on(ctx, run, item, links, listing, new, pending)
        if follow and item.depth + 1 > site.max_depth:
            run.depth_budget_met = True
            follow = False
        for url in same_walk if follow else ():
            # (at this page's depth: its sections are read as this page's were, and the walk
            # stops where a month repeats what another showed)
            if run.listings_queued < site.max_listing_pages and ctx.frontier.enqueue(
                    url, site=site.name, kind="listing", depth=item.depth, run_id=run_id,
                    parent=item.url, requeue_known=True):
                run.counts["discovered"] += 1
                run.listings_queued += 1
        if repeat or (follow and not _queue_pages(ctx, run, item, links)):
            # a page repeating another, or linking no page not yet read: the end
            ctx.frontier.walk_ended(site.name, listing, run_id)
        _done(ctx, item, raw, got)
    log.debug("%s: %d article links (%d new), %d pages, %d load-more, %d postbacks, "
              "%d sections", item.url, len(links.articles), new, len(links.listings),
              len(links.more), len(links.postbacks), len(links.sections))


async def _feed(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                verdict: Verdict) -> None:
    """A sitemap (or sitemap index) or an RSS/Atom feed."""
    got = _fetched(ctx, run, raw)
    site = run.site
    with ctx.writer.page():
        if item.kind == "sitemap":
            pages, sitemaps = parse_sitemap(raw.body)
            if stamped_at_once([lastmod for _, lastmod in pages]):
                log.info("%s: every lastmod names one moment (the sitemap's own making): "
                         "not read as the pages' changes", item.url)
                pages = [(loc, None) for loc, _ in pages]
            for child, lastmod in _own_sitemaps(site.base_url, raw.url, sitemaps,
                                                site.scope_hosts):
                ctx.frontier.enqueue(canonicalize(child, site.scheme, as_written=True),
                                     site=site.name, kind="sitemap",
                                     depth=item.depth + 1, run_id=ctx.run_id,
                                     lastmod=lastmod, requeue_known=False)
        else:
            items, following = read_feed(raw.body)   # (and a paged feed's older items)
            pages = [(link, None) for link, _ in items]
            target = resolve(raw.url, following) if following else None
            if target and same_site(target, site.scope_hosts) and not is_trap(target):
                ctx.frontier.enqueue(canonicalize(target, site.scheme), site=site.name,
                                     kind="feed", depth=item.depth + 1, run_id=ctx.run_id,
                                     parent=item.url)
        entries = []
        for loc, lastmod in pages:
            absolute = resolve(raw.url, escaped_fragment(loc))   # a "#!" route's snapshot
            if absolute and _article_address(run, absolute, any_shape=item.kind == "feed"):
                entries.append((canonicalize(absolute, site.scheme), lastmod))
        _enqueue_articles(ctx, run, entries, item.url)
        _done(ctx, item, raw, got)


def _article_address(run: SiteRun, url: str, any_shape: bool = False) -> bool:
    """``url`` is an article's address on the site: in scope, no trap, of the profile's
    article shape, or (without one) of an article's shape, or any (``any_shape``: a feed
    lists only items)."""
    if not same_site(url, run.site.scope_hosts) or is_trap(url):
        return False
    return any_shape or _article_shape(run, url)


def _article_shape(run: SiteRun, url: str) -> bool:
    """``url`` has the profile's article shape, or (without one) an article's shape."""
    rules = run.rules
    if rules is not None and rules.article_url:
        return any(p.search(url) for p in rules.article_url)
    return looks_like_article_url(url)


def _own_sitemaps(base_url: str, index_url: str, sitemaps: list[tuple[str, str | None]],
                  hosts: frozenset[str]) -> list[tuple[str, str | None]]:
    """The in-scope sitemaps a sitemap index lists; for a site that lives in a directory
    of a shared domain (``/tinhuy/``), only those inside it when the index lists any there
    (the domain's index names every agency's sitemap)."""
    found = [(absolute, lastmod) for loc, lastmod in sitemaps
             if (absolute := resolve(index_url, loc)) and same_site(absolute, hosts)]
    home = urlsplit(base_url).path
    directory = home[:home.rfind("/") + 1]
    if directory in ("", "/"):
        return found
    own = [(u, lastmod) for u, lastmod in found if urlsplit(u).path.startswith(directory)]
    return own or found


# -- articles -----------------------------------------------------------------------------
async def _article(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                   verdict: Verdict) -> None:
    got = _fetched(ctx, run, raw)
    seen_at = utc_now()
    page = await ctx.pool.extract(raw.body, raw.url, run.profile, raw.content_type)
    article, site = page.article, run.site
    url = canonicalize(item.url, site.scheme)
    final = canonicalize(raw.url, site.scheme)
    digest = article_hash(article)   # (the text's, once: the checks below compare it)
    if not page.gone and item.kind == "article":
        held = await _held(ctx, run, item, raw, article, digest)
        if held:
            return
    if item.known and final == url and not page.gone:
        await _check_validators(ctx, run, item, raw, digest)
    if final != url and same_site(final, site.scope_hosts) and not is_trap(final):
        url = final  # moved permanently: keep the article under its new address
    article.url = url
    # The page's own canonical URL is a hint, never a licence to overwrite: it becomes the
    # article's address only once it is fetched and holds this same article (fetched for
    # that when nothing links it); a canonical naming another article changes nothing.
    canonical = canonical_target(page.canonical, site)
    if canonical and _known_kind(ctx, canonical) not in (None, "article"):
        canonical = None   # a theme pointing canonical at a listing
    if canonical and canonical != url and not ctx.frontier.knows(canonical):
        ctx.frontier.enqueue(canonical, site=site.name, kind="article", depth=0,
                             run_id=ctx.run_id, parent=item.url)
    if (not article.title and not article.body) or page.gone:
        reason = page.gone or "not an article page"
        ctx.writer.flush()    # an archived article's row must exist to be marked
        with ctx.writer.page():
            ctx.frontier.complete(item.url, state="skipped", status=raw.status,
                                  capture_id=got.capture_id, error=reason)
            # an article archived before, now a soft 404 or a withdrawn shell: moved (found
            # at a new address this run) or withdrawn
            gone = page.gone is not None and page.gone != SIGN_IN_FORM and \
                ctx.archive.follow_move(item.url, seen_at, ctx.run_id)
            gone = gone or (page.gone is not None and
                            ctx.archive.mark_withdrawn(item.url, seen_at, reason))
        run.counts["withdrawn" if gone else "skipped"] += 1
        return
    teasers = page.teasers and not article.author   # (a writer's piece is no list)
    if _no_prose(article) or teasers:
        links = await _links(ctx, raw, run, item)
        if len(links.articles) >= LIST_PAGE_LINKS:
            # an address of an article's shape that is a list of articles (an archive's
            # month, "/luutru/2024/09/danh-sach"; a blog's page of teasers a sitemap lists
            # beside its posts): its links are read, no row is made
            with ctx.writer.page():
                _enqueue_articles(ctx, run, ((u, None) for u in links.articles), item.url)
                ctx.frontier.complete(item.url, state="skipped", status=raw.status,
                                      capture_id=got.capture_id, error=LIST_PAGE)
            run.counts["skipped"] += 1
            return
    if page.parts and article.body and not await _read_parts(ctx, run, page, article) \
            and ctx.writer.archived(url):
        # a further page could not be read this time: the row stored whole before stays
        with ctx.writer.page():
            _done(ctx, item, raw, got)
        run.counts["unchanged"] += 1
        return
    # The frontier rows now, the article at the next commit (same transaction).
    load = LoadItem(article, site.name, seen_at, got.capture_id,
                    aliases=(item.url,) if url != item.url else (), canonical=canonical)
    with ctx.writer.article_page(load, run, item):
        _done(ctx, item, raw, got)
        if url != item.url:
            ctx.frontier.mark(url, site=site.name, kind="article", state="done",
                              run_id=ctx.run_id)
        _enqueue_related(ctx, run, item, url, [r.url for r in article.related])
        _enqueue_trail(ctx, run, item, page.sections)


async def _check_validators(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                            digest: str) -> None:
    """An archived article fetched again, changed, under the very validators it was archived
    with: its host's ``ETag`` / ``Last-Modified`` may not change with its pages (built from
    the record's creation), and a conditional request would have kept the old copy. Changed
    means its text differs from what the same extractor reads in the archived capture (not
    the stored record's, which a newer extractor or the article's further pages make
    differ). A second such page distrusts the host (:mod:`crawl.validators`): this run's
    304s from it are asked again whole, and the run's notes say so."""
    host = host_of(item.url)
    if not ctx.validators.trusted(host) or not same_validators(
            raw.header("etag"), raw.header("last-modified"), item.etag, item.last_modified):
        return
    archived = ctx.archive.known_hash(item.url)
    if archived is None or archived == digest:
        return
    capture_id = ctx.frontier.capture_of(item.url)
    if capture_id is None:
        return
    try:
        before = ctx.captures.read(capture_id)
    except (StorageError, OSError):
        return      # (a capture file gone: nothing to compare with)
    old = await ctx.pool.extract(before.body, before.url, run.profile, before.content_type)
    if article_hash(old.article) == digest:
        return
    with ctx.writer.page():
        if ctx.validators.changed_under_same(host, item.url, ctx.run_id):
            again = ctx.frontier.refetch_whole(run.site.name, ctx.run_id)
            run.notes.append(
                f"{host} answered pages changed since they were archived (as {item.url}) "
                "with the same ETag/Last-Modified: its validators do not change with its "
                "pages, so its articles' re-checks fetch whole pages for 30 days"
                + (f" ({again} kept on a 304 in this run are asked again)" if again else ""))
            log.warning("%s: validators unchanged on changed pages (%s): re-checks fetch "
                        "whole pages", host, item.url)


#: The end of a whole HTML document, in its last bytes.
_CLOSED = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)


#: Runs a new address may answer with the same maintenance notice before that answer is
#: taken for the page (a real notice saying so); and runs after which an archived
#: article's address still answering with a stand-in is named apart in the run's notes.
HOLD_RUNS = 3


async def _held(ctx: Context, run: SiteRun, item: QueuedURL, raw: RawResponse,
                article: Article, digest: str) -> bool:
    """An article's address answering with a stand-in for it (:func:`_unavailable`): the
    archived record, if any, is kept as it is and the address left for the next run
    (``deferred``: no failure, no withdrawal) — however many runs it answers so (a site
    away for weeks, a hosting provider's page: never stored over the article; from the
    :data:`HOLD_RUNS`-th run asked again in the re-checks' turn, not every run). A new
    address answering with a maintenance notice on :data:`HOLD_RUNS` runs in a row is
    taken for the page as it now is. True when held."""
    why, archived = await _unavailable(ctx, item, raw, article, digest)
    if why is None:
        return False
    # (an archived article's runs count whatever the stand-in says each time: a notice
    # counting down the days is the same outage; a new address's, the same answer only)
    runs = ctx.frontier.hold(item.url, digest[:12], why,
                             defer_runs=HOLD_RUNS if archived else 0, any_answer=archived)
    alive = run.held_asked or any(run.counts[k] for k in ("not_modified", "unchanged",
                                                          "updated", "new"))
    if runs >= HOLD_RUNS and (not archived or (alive and why == _SHORT_NOTICE)):
        # a new address's notice on three runs: the page as it now is; so is a short notice
        # at one article's address while the site answers as ever elsewhere (its lists,
        # its other articles: no outage, the page itself changed)
        return False
    run.held.append((item.url, why))
    if runs >= HOLD_RUNS:
        # (no longer asked every run: in the re-checks' turn, as any archived article)
        run.held_long.append((item.url, f"{runs} runs in a row"))
    else:
        run.counts["deferred"] += 1
    return True


async def _unavailable(ctx: Context, item: QueuedURL, raw: RawResponse, article: Article,
                       digest: str) -> tuple[str | None, bool]:
    """Why a 200 at an article's address stands in for it rather than being it: a short,
    undated notice saying the site or section is away for now (maintenance, an upgrade);
    at an archived article's address, a page cut off (no ``</body>``/``</html>`` where the
    archived capture had them: a script dying after the response began) shorter than the
    archived text, or a short undated notice sharing nothing with it. None for the article
    itself (its archived text again, an edit, any other page of a new address). With it,
    whether an article is archived at the address."""
    body = article.body or ""
    archived = ctx.archive.archived_text(item.url) if item.known else None
    if archived is not None and archived[0] == digest:
        return None, True
    if archived is not None and len(archived[1]) < 300 and UNAVAILABLE_TEXT.search(archived[1]):
        return None, True   # (what is archived is itself a notice: this is its edit)
    if article.published_at is None and len(body) < 300 and UNAVAILABLE_TEXT.search(body):
        # (at a new address too: a section in maintenance answers so for its new items;
        # a real notice saying so is stored once it has said so for HOLD_RUNS runs)
        return "the site says the page is away for now (maintenance)", archived is not None
    if archived is None:
        return None, False
    _, old, old_published = archived
    if len(body) < 0.9 * len(old) and not _CLOSED.search(raw.body[-65_536:]) and \
            await _closed_before(ctx, item.url):
        return "the page was cut off (no </html>): the archived text kept", True
    if article.published_at is None and old_published and len(body) < 500 \
            and len(body) < 0.5 * len(old) and text_shared(body, old) < 0.3:
        return _SHORT_NOTICE, True
    return None, True


_SHORT_NOTICE = "a short undated notice where the article was: the archived text kept"


async def _closed_before(ctx: Context, url: str) -> bool:
    """The capture ``url`` was archived from ended its document (``</body>``/``</html>``):
    a site whose pages never close it cuts nothing off by leaving it out."""
    capture_id = ctx.frontier.capture_of(url)
    if capture_id is None:
        return False
    try:
        before = ctx.captures.read(capture_id)
    except (StorageError, OSError):
        return False
    return bool(_CLOSED.search(before.body[-65_536:]))


async def _read_parts(ctx: Context, run: SiteRun, page: ExtractedPage,
                      article: Article) -> bool:
    """An article split over pages ("Trang: 1 2 3"): its further pages are fetched (each
    polite, in scope, allowed by robots.txt and captured), read, and their text added to
    the first page's, so the row holds the whole article — or, where the page links the
    whole article on one page ("Xem toàn bài", Joomla's ``?showall=1``), that page alone.
    A page that cannot be read, or that is not a page of this article (a redirect
    elsewhere, another headline), is named in the run's notes. True when every page was
    read."""
    if run.fetch_part is None:
        return True
    if page.whole:
        got, _ = await _read_part(ctx, run, page.whole, article, whole=True)
        if got is not None:
            join_parts(article, [got.article])
            return True
        # (no whole page after all: its pages one by one)
    texts: list[Article] = []
    whole = True
    queue = list(page.parts)
    seen = set(queue)
    while queue and len(seen) <= MAX_PARTS:
        url = canonicalize(queue.pop(0), run.site.scheme)
        part, why = await _read_part(ctx, run, url, article)
        if part is None:
            if why:
                run.part_failures.append((url, why))
                whole = False
            continue
        texts.append(part.article)
        # a page naming the pages after it ("Xem tiếp »" on page 2 only): read them too
        later = [p for p in part.parts if p not in seen]
        seen.update(later)
        queue = sorted(queue + later, key=part_number)
    join_parts(article, texts)
    return whole


async def _read_part(ctx: Context, run: SiteRun, url: str, article: Article,
                     whole: bool = False) -> tuple[ExtractedPage | None, str | None]:
    """One further page of ``article`` (or, ``whole``, the whole of it on one page: more
    text than its first), fetched, captured and read, and recorded as a ``part``; or None
    and why not (None and no reason for an address the site uses for something else)."""
    assert run.fetch_part is not None
    url = canonicalize(url, run.site.scheme)
    if _known_kind(ctx, url) in ("listing", "sitemap", "feed"):
        return None, None   # (an address the site uses for something else)
    why = None
    try:
        raw = await run.fetch_part(url)
    except FetchError as exc:
        raw, why = None, str(exc)[:200]
    if raw is None:
        why = why or "not asked for (the budget, robots.txt, scope or a host given up)"
    elif raw.status != 200:
        why = f"HTTP {raw.status}"
    elif canonicalize(raw.url, run.site.scheme) != url:
        why = f"redirected to {raw.url}"
    if raw is None or why:
        return None, why
    got = _fetched(ctx, run, raw)
    part = await ctx.pool.extract(raw.body, raw.url, run.profile, raw.content_type)
    if part.gone or not same_headline(part.article.title, article.title):
        # (not recorded as a page of this one: another article's, it is found and stored
        # as that when a listing names it)
        return None, "not a page of this article"
    if whole and len(part.article.body or "") <= len(article.body or ""):
        return None, "not the whole article"
    with ctx.writer.page():
        ctx.frontier.mark_part(url, site=run.site.name, run_id=ctx.run_id,
                               status=raw.status, capture_id=got.capture_id)
    return part, None


#: A page taken for an article with no prose of its own and at least this many article
#: links (outside its menus) is a list of articles.
LIST_PAGE_LINKS = 8
LIST_PAGE = "a list of articles, not an article (its links were read)"


def _no_prose(article: Article) -> bool:
    """The record holds nothing a reader would call an article: under 200 characters of
    body, and no lead, picture, byline, tag or related box (a video's page has those)."""
    return len(article.body or "") < 200 and not article.lead and not article.images \
        and not article.author and not article.tags and not article.related


def _enqueue_related(ctx: Context, run: SiteRun, item: QueuedURL, url: str,
                     related: list[str]) -> None:
    """The articles an article links in its related boxes ("Các tin đã đưa", "Tin liên
    quan"), queued when nothing queued them yet: on some sites the only way to an older
    article is through the articles after it. Each hop is a level of depth, within the
    site's depth budget; known articles cost a lookup, nothing more."""
    site = run.site
    if not related or item.depth + 1 > site.max_depth:
        return
    own = item_pattern(url)   # (an item of this one's own address pattern: its kind)
    for link in related:
        target = canonicalize(link, site.scheme)
        if target == url or not (_article_address(run, target) or (
                own is not None and item_pattern(target) == own and not is_trap(target))) \
                or not site.in_directory(target) or ctx.frontier.knows(target):
            continue
        if ctx.frontier.enqueue(target, site=site.name, kind="article", depth=item.depth + 1,
                                run_id=ctx.run_id, parent=item.url):
            run.counts["discovered"] += 1


def _enqueue_trail(ctx: Context, run: SiteRun, item: QueuedURL,
                   sections: tuple[str, ...]) -> None:
    """The sections an article's trail links, walked once a run like the start page's: a
    document folder whose parent listing robots.txt closes, a sub-section no menu links,
    is reached through its articles. A trail's sections spend the breadth budget."""
    site = run.site
    for link in sections:
        target = canonicalize(link, site.scheme)
        if not same_site(target, site.scope_hosts) or is_trap(target) \
                or not site.in_directory(target) or _article_shape(run, target) \
                or not is_section_address(target):
            continue
        kind = _known_kind(ctx, target)
        if kind not in (None, "listing"):
            continue
        if kind is None and run.listings_queued >= site.max_listing_pages:
            run.pager_links_skipped += 1
            continue
        # (guessed: a trail's level that is no page of its own is skipped, not failed)
        if ctx.frontier.enqueue(target, site=site.name, kind="listing", depth=0,
                                run_id=ctx.run_id, parent=item.url, requeue_known=True,
                                guessed=True):
            run.counts["discovered"] += 1
            run.listings_queued += 1   # (a new one: the menu's sections cost nothing)


def _known_kind(ctx: Context, url: str) -> str | None:
    row = ctx.frontier.conn.execute("select kind from urls where url = ?",
                                    [url]).fetchone()
    return str(row[0]) if row else None


HANDLERS: dict[Action, Handler] = {
    "not_modified": _not_modified, "withdrawn": _withdrawn, "skipped": _skipped,
    "failed": _failed, "not_html": _not_html, "refresh": _refresh, "sitemap": _feed,
    "feed": _feed, "listing": _listing, "article": _article,
}
