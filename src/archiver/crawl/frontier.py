"""Crawl state in the archive database: the frontier of URLs and their failures.

Everything a crawl knows lives in SQLite, not in RAM, so a run killed with SIGKILL resumes
where it stopped, and memory stays flat however large the site. The tables are created by
the archive's migrations (:mod:`archiver.store.schema`); every statement here joins the
caller's transaction (none commits on its own but :meth:`Frontier.requeue`, through
:func:`~archiver.store.db.atomic`), and SQLite's storage errors come out as
:class:`~archiver.errors.StorageError`, so a full disk stops the run wherever it strikes.

Tables (documented in docs/crawl-state.md):

* ``urls`` — one row per canonical URL the crawler knows: ``kind`` (listing, article, sitemap,
  feed), ``state`` (queued, in_flight, done, failed, skipped), validators, depth, last run.
* ``fetch_failures`` — every URL that failed for good in a run: error, class, attempts, time.
* ``crawl_runs`` / ``crawl_run_sites`` — one row per run, and its per-site counts.

A host's not-before time (``hosts``) is kept by :mod:`archiver.crawl.holds`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, get_args

import sqlite_utils

from archiver.clock import utc_now, utc_time_ago
from archiver.models import RequestKind, URLKind, URLState
from archiver.store.db import atomic, execute

__all__ = ["PRIORITY", "Frontier", "QueuedURL"]

# discovery before fetching: robots, then sitemaps/feeds, then listings, then articles
PRIORITY: dict[str, int] = {"sitemap": 1, "feed": 1, "listing": 2, "article": 3}
#: the kinds whose pages find URLs (a claim holds re-checks back while one is pending)
_DISCOVERY_KINDS: tuple[str, ...] = tuple(k for k in get_args(URLKind) if k != "article")
_DISCOVERY_MARKS = ", ".join("?" * len(_DISCOVERY_KINDS))
#: the order of claims, which ``idx_urls_claim`` holds (schema migration 15)
_CLAIM_ORDER = "priority, revisit, depth"
def _later(value: str, than: str, *, unreadable: bool = True) -> bool:
    """Whether the moment ``value`` names (a sitemap's lastmod: W3C, RFC 822, with or
    without a zone) is after ``than``'s; ``unreadable`` when either cannot be read as one
    (a changed lastmod of a shape not read, "6/10/2025", is taken for a change)."""
    one, other = _instant(value), _instant(than)
    if one is None or other is None:
        return unreadable
    return one > other


_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?"
                  r"(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")


def _instant(text: str) -> float | None:
    """The UTC seconds a lastmod names (no zone: read as UTC), or None."""
    text = text.strip()
    m = _YMD.match(text)
    if m is not None:
        year, month, day, hour, minute, second, zone = m.groups()
        offset = 0
        if zone and zone != "Z":
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
        try:
            when = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                            int(second or 0), tzinfo=UTC)
        except ValueError:
            return None
        return when.timestamp() - offset
    try:
        return parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def stamped_at_once(lastmods: Sequence[str | None]) -> bool:
    """A sitemap's lastmods that all name one moment to the minute (within two minutes;
    a day alone tells nothing), over enough entries that no site changed them all at once:
    the moment the sitemap was generated (on request, or by a nightly job), which says
    nothing of any page — and would have every article it lists asked again each run."""
    given = [value for value in lastmods if value]
    if not all(_CLOCK.search(value) for value in given):
        return False   # (a day alone: a busy day's honest lastmods look the same)
    moments = [_instant(value) for value in given]
    if len(moments) < _AT_ONCE_ENTRIES or None in moments:
        return False
    known = [m for m in moments if m is not None]
    return max(known) - min(known) <= 120


#: A time of day in a lastmod ("…T03:10", "… 03:10:05 GMT").
_CLOCK = re.compile(r"\d:\d\d")
#: How many entries of one moment make a sitemap's lastmods its own generation time.
_AT_ONCE_ENTRIES = 8

#: What ``Frontier.hold`` writes in ``urls.error``.
_HELD = re.compile(r"^held (?P<runs>\d+) (?P<digest>\w+): ")
#: Headlines a URL's listings showed it under, kept (``urls.headlines``): a home page's
#: short title and a section's long one are both known, not a change each run.
MAX_HEADLINES = 4
#: ``urls.revisit`` of an archived article queued to be checked again: with the validators
#: it was archived with (a conditional request: 304 when unchanged), or WHOLE, without them
#: (a recent article, or a host whose validators do not change with its pages)
CONDITIONAL, WHOLE = 1, 2
_CLAIMED = ("url, kind, depth, etag, last_modified, post_data, revisit, fetched_at, parent, "
            "guessed, xhr")


@dataclass(slots=True)
class QueuedURL:
    url: str
    site: str
    kind: URLKind
    depth: int
    etag: str | None = None
    last_modified: str | None = None
    post_data: dict[str, str] | None = None
    revisit: bool = False
    known: bool = False           # fetched in an earlier run
    parent: str | None = None     # page it was found on ("robots.txt" for Sitemap: lines)
    guessed: bool = False         # a listing page asked for by its number, not linked
    xhr: bool = False             # asked for as a page's script asks ("Xem thêm" fragments)
    whole: bool = False           # a re-check asked for without validators (WHOLE)


class Frontier:
    """The persistent frontier, on an open sqlite-utils Database. Long because it is the
    one writer of the ``urls`` table: every state change of a URL is a method here."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.conn = db.conn

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return execute(self.conn, sql, params, where="crawl state")

    # -- queue -------------------------------------------------------------------------------
    def enqueue(self, url: str, *, site: str, kind: URLKind, depth: int, run_id: int,
                parent: str | None = None, post_data: dict[str, str] | None = None,
                lastmod: str | None = None, requeue_known: bool = False,
                guessed: bool = False, xhr: bool = False) -> bool:
        """Add ``url`` to the frontier. Returns True when the URL was not known before.

        A known URL is re-queued when ``requeue_known`` (listings, once per run) or when a
        sitemap ``lastmod`` is newer than its last fetch."""
        row = self._sql("select state, last_run, fetched_at, lastmod, kind from urls "
                              "where url = ?", [url]).fetchone()
        if row is None:
            self._sql(
                "insert into urls (url, site, kind, state, depth, priority, discovered_at, "
                "discovered_run, parent, post_data, lastmod, attempts, revisit, guessed, xhr) "
                "values (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
                [url, site, kind, depth, PRIORITY.get(kind, 3), utc_now(), run_id, parent,
                 json.dumps(post_data) if post_data else None, lastmod, int(guessed),
                 1 if xhr else None])
            return True
        state, last_run, fetched_at, old_lastmod, known_kind = row
        if known_kind == "part":
            return False   # an article's further page: read with the article, never alone
        updates: dict[str, Any] = {}
        if post_data:
            updates["post_data"] = json.dumps(post_data)
        if xhr:
            updates["xhr"] = 1
        # a guessed page found past the end (skipped) is asked again: the listing may
        # have grown since
        again = ("done", "failed", "skipped") if guessed else ("done", "failed")
        if state in again and last_run != run_id:
            # a sitemap's lastmod later than the one it gave before (or, first seen, than
            # the fetch): compared with the site's own earlier word first, which no clock
            # skew between its server and ours can fool
            newer = bool(lastmod and lastmod != old_lastmod and (
                _later(lastmod, old_lastmod) if old_lastmod else
                bool(fetched_at) and _later(lastmod, fetched_at, unreadable=False)))
            if requeue_known or newer:
                updates.update(state="queued", depth=depth, revisit=1)
        if lastmod:
            updates["lastmod"] = lastmod
        if updates:
            self._update(url, updates)
        return False

    def pending(self, url: str, run_id: int) -> bool:
        """True when ``url`` is not archived yet: found in this run, or queued and unfetched.

        A listing page whose article links are all *not* pending holds nothing new, which is
        where an incremental walk of its pagination stops."""
        row = self._sql("select state, discovered_run, revisit from urls where url = ?",
                        [url]).fetchone()
        # an archived article queued to be checked again is not new
        return row is None or row[1] == run_id or (row[0] in ("queued", "in_flight")
                                                   and not row[2])

    def _update(self, url: str, updates: dict[str, Any]) -> None:
        columns = ", ".join(f"{key} = ?" for key in updates)
        self._sql(f"update urls set {columns} where url = ?", [*updates.values(), url])

    def requeue(self, site: str, *, kinds: Iterable[str], states: Iterable[str],
                fetched_before: str | None = None, whole: bool = False) -> int:
        kinds, states = list(kinds), list(states)
        sql = (f"update urls set state = 'queued', revisit = {WHOLE if whole else CONDITIONAL} "
               f"where site = ? "
               f"and kind in ({','.join('?' * len(kinds))}) "
               f"and state in ({','.join('?' * len(states))})")
        params: list[Any] = [site, *kinds, *states]
        if fetched_before is not None:
            sql += " and (fetched_at is null or fetched_at < ?)"
            params.append(fetched_before)
        with atomic(self.conn, "crawl state"):
            cursor = self._sql(sql, params)
        return int(cursor.rowcount)

    def schedule_rechecks(self, site: str, *, recent_since: str, rolling: int,
                          cap: int, whole: bool = False) -> tuple[int, int]:
        """Queue archived articles of ``site`` to be checked again: those published since
        ``recent_since`` (an ISO date) whole, then ``rolling`` others, the longest unchecked
        first, with conditional requests (or, ``whole``, whole too); ``cap`` in all. Returns
        (recent, rolling) queued. Withdrawn articles are not re-checked."""
        base = ("select a.url from articles a join urls u on u.url = a.url "
                "where a.site = ? and u.kind = 'article' and u.state = 'done' "
                "and a.withdrawn_at is null and ")
        with atomic(self.conn, "crawl state"):
            recent = self._sql(
                f"update urls set state = 'queued', revisit = {WHOLE} where url in ("
                + base + "coalesce(a.published_at, a.first_seen_at) >= ? "
                "order by coalesce(a.published_at, a.first_seen_at) desc limit ?)",
                [site, recent_since, max(0, cap)]).rowcount
            older = self._sql(
                f"update urls set state = 'queued', revisit = {WHOLE if whole else CONDITIONAL} "
                "where url in ("
                + base + "coalesce(a.published_at, a.first_seen_at) < ? "
                "order by coalesce(u.last_run, 0), u.fetched_at limit ?)",
                [site, recent_since, max(0, min(rolling, cap - recent))]).rowcount
        return int(recent), int(older)

    def listed_as(self, url: str, headline: str, run_id: int) -> bool:
        """Record that a listing shows ``url`` under ``headline`` (folded). True when it is
        an archived article, not yet fetched whole in this run, that its listings showed
        under other headlines before and never this one (the first sighting says nothing)."""
        row = self._sql("select kind, state, headlines, last_run, status, fetched_at, revisit "
                        "from urls where url = ?", [url]).fetchone()
        if row is None:
            return False
        kind, state, held, last_run, status, fetched_at, revisit = row
        seen = held.split("\n") if held else []
        if headline in seen:
            return False
        self._update(url, {"headlines": "\n".join([headline, *seen][:MAX_HEADLINES])})
        if not seen or kind != "article" or fetched_at is None:
            return False
        # archived and not checked whole in this run (or queued to be checked conditionally)
        return bool((state == "done" and (last_run != run_id or status == 304)) or
                    (state == "queued" and revisit == CONDITIONAL))

    def capture_of(self, url: str) -> int | None:
        """The capture ``url`` was last fetched into, if any."""
        row = self._sql("select capture_id from urls where url = ?", [url]).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def hold(self, url: str, digest: str, reason: str, *, defer_runs: int = 0,
             any_answer: bool = False) -> int:
        """Keep an archived article as it is, its address having answered with a stand-in
        for it (``digest``: that answer's): left for the next run (``deferred``), or, once
        it has answered so ``defer_runs`` runs in a row (0: always deferred), left to the
        re-checks' turn like any archived article (``done``: a site away for good is not
        asked for every article every run). How many runs in a row it has answered with
        this one — or, ``any_answer``, with any stand-in (``urls.error`` keeps "held N
        <digest>: <reason>")."""
        row = self._sql("select error from urls where url = ?", [url]).fetchone()
        runs = 1
        if row and row[0]:
            m = _HELD.match(str(row[0]))
            if m is not None and (any_answer or m["digest"] == digest):
                runs = int(m["runs"]) + 1
        state = "done" if defer_runs and runs >= defer_runs else "deferred"
        self._sql("update urls set state = ?, error = ? where url = ?",
                  [state, f"held {runs} {digest}: {reason}", url])
        return runs

    def requeue_held(self, site: str) -> int:
        """Queue again, whole, ``site``'s archived articles left to their re-checks' turn
        after answering with a stand-in for runs on end (``error`` "held N …", ``done``)."""
        return int(self._sql(
            f"update urls set state = 'queued', revisit = {WHOLE} where site = ? and "
            "kind = 'article' and state = 'done' and error like 'held %'", [site]).rowcount)

    def requeue_whole(self, url: str) -> None:
        """Queue ``url`` again, to be fetched whole (without validators)."""
        self._sql(f"update urls set state = 'queued', revisit = {WHOLE} where url = ?", [url])

    def recent_whole(self, site: str, since: str) -> int:
        """The queued re-checks of ``site``'s articles published since ``since`` (an ISO
        date) to be fetched whole, as the daily re-checks fetch them."""
        with atomic(self.conn, "crawl state"):
            return int(self._sql(
                f"update urls set revisit = {WHOLE} where url in (select a.url from articles a "
                "join urls u on u.url = a.url where a.site = ? and u.state = 'queued' and "
                "u.revisit = ? and coalesce(a.published_at, a.first_seen_at) >= ?)",
                [site, CONDITIONAL, since]).rowcount)

    def refetch_whole(self, site: str, run_id: int) -> int:
        """Queue again, whole, the archived articles of ``site`` this run kept on a ``304
        Not Modified`` (their host turned out to answer 304 for changed pages)."""
        return int(self._sql(
            f"update urls set state = 'queued', revisit = {WHOLE} where site = ? and "
            "kind = 'article' and state = 'done' and status = 304 and last_run = ?",
            [site, run_id]).rowcount)

    def claim(self, site: str, run_id: int, *, articles_first: bool = False) -> QueuedURL | None:
        """Take the next queued URL of ``site``: listings and feeds before articles (or,
        ``articles_first``, articles before the rest: a small budget must archive some),
        new URLs before re-checks.

        Both lookups walk an index to their first row (``idx_urls_claim``: site, state,
        priority, revisit, depth; ``idx_urls_site_kind_state``), so a claim costs the same
        however many URLs the site has queued or done: sorting the queue, or skipping every
        archived article, made a crawl's CPU per article grow with its size."""
        # re-checks wait until discovery is over: new articles are found, then fetched first
        discovering = self._sql(
            f"select 1 from urls where site = ? and kind in ({_DISCOVERY_MARKS}) "
            "and state in ('queued', 'in_flight') limit 1",
            [site, *_DISCOVERY_KINDS]).fetchone() is not None
        where = ("from urls where site = ? and state = 'queued' "
                 + ("and (revisit = 0 or kind != 'article') " if discovering else ""))
        row = None
        if articles_first:
            # every article is queued with the highest priority number (PRIORITY), so the
            # range starts the index walk at the articles instead of skipping the listings
            row = self._sql(f"select {_CLAIMED} {where}and priority >= ? and kind = 'article' "
                            f"order by {_CLAIM_ORDER} limit 1",
                            [site, PRIORITY["article"]]).fetchone()
        if row is None:
            row = self._sql(f"select {_CLAIMED} {where}order by {_CLAIM_ORDER} limit 1",
                            [site]).fetchone()
        if row is None:
            return None
        url, kind, depth, etag, last_modified, post_data, revisit, fetched_at, parent, \
            guessed, xhr = row
        # joins the crawler's open write transaction: in_flight rows left by a killed run
        # are re-queued by start_run(), so this needs no commit of its own
        self._sql("update urls set state = 'in_flight', last_run = ? where url = ?",
                        [run_id, url])
        return QueuedURL(url=url, site=site, kind=kind, depth=depth or 0, etag=etag,
                         last_modified=last_modified,
                         post_data=json.loads(post_data) if post_data else None,
                         revisit=bool(revisit), known=fetched_at is not None, parent=parent,
                         guessed=bool(guessed), xhr=bool(xhr), whole=revisit == WHOLE)

    def complete(self, url: str, *, state: URLState = "done", status: int | None = None,
                 etag: str | None = None, last_modified: str | None = None,
                 capture_id: int | None = None, error: str | None = None,
                 attempts: int | None = None, keep_validators: bool = False) -> None:
        updates: dict[str, Any] = {"state": state, "fetched_at": utc_now(), "status": status,
                                   "error": error, "revisit": 0}
        if not keep_validators:
            updates.update(etag=etag, last_modified=last_modified)
        if capture_id is not None:
            updates["capture_id"] = capture_id
        if attempts is not None:
            updates["attempts"] = attempts
        self._update(url, updates)

    def defer(self, url: str) -> None:
        """Leave ``url`` for the next run (its host stopped answering): not a failure, and
        nothing about the URL itself changes."""
        self._sql("update urls set state = 'deferred' where url = ?", [url])

    def mark(self, url: str, *, site: str, kind: URLKind, state: URLState, run_id: int) -> None:
        """Record ``url`` (e.g. a canonical alias) in a final state without fetching it."""
        self._sql(
            "insert into urls (url, site, kind, state, priority, last_run, fetched_at) "
            "values (?, ?, ?, ?, ?, ?, ?) on conflict(url) do update set state = excluded.state, "
            "last_run = excluded.last_run, fetched_at = excluded.fetched_at",
            [url, site, kind, state, PRIORITY.get(kind, 3), run_id, utc_now()])

    def mark_part(self, url: str, *, site: str, run_id: int, status: int,
                  capture_id: int | None) -> None:
        """Record ``url`` as a further page of an article ("?trang=2"; kind ``part``), read
        with it: never queued on its own, and its capture found again by ``reextract``."""
        self._sql(
            "insert into urls (url, site, kind, state, priority, last_run, fetched_at, status, "
            "capture_id) values (?, ?, 'part', 'done', ?, ?, ?, ?, ?) on conflict(url) do "
            "update set kind = 'part', state = 'done', last_run = excluded.last_run, fetched_at = "
            "excluded.fetched_at, status = excluded.status, capture_id = excluded.capture_id",
            [url, site, PRIORITY.get("article", 3), run_id, utc_now(), status, capture_id])

    def record_failure(self, run_id: int, site: str, url: str, kind: RequestKind, error: str,
                       error_class: str, status: int | None, attempts: int,
                       traceback: str | None = None) -> None:
        self._sql("insert into fetch_failures (run_id, site, url, kind, error, error_class, "
                  "status, attempts, failed_at, traceback) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [run_id, site, url, kind, error, error_class, status, attempts, utc_now(),
                   traceback])

    def has_articles(self, site: str) -> bool:
        """Whether any article of ``site`` was ever found (queued, fetched or archived)."""
        return self._sql("select 1 from urls where site = ? and kind = 'article' limit 1",
                         [site]).fetchone() is not None

    def queued_count(self, site: str) -> int:
        row = self._sql("select count(*) from urls where site = ? and state = 'queued'",
                        [site]).fetchone()
        return int(row[0])

    # -- listings -------------------------------------------------------------------------
    def walked_to_end(self, site: str, listing: str, run_id: int) -> bool:
        """Whether a walk of ``listing`` (its key: address without its page) has reached
        its end before; the first page read of a new listing records it."""
        row = self._sql("select ended_run from listing_walks where site = ? and listing = ?",
                        [site, listing]).fetchone()
        if row is None:
            self._sql("insert into listing_walks (site, listing, first_run) values (?, ?, ?)",
                      [site, listing, run_id])
            return False
        return row[0] is not None

    def walk_ended(self, site: str, listing: str, run_id: int) -> None:
        """A walk of ``listing`` reached its end: a page with no next, a page past the end,
        or a repeat."""
        self._sql("insert into listing_walks (site, listing, first_run, ended_run, ended_at) "
                  "values (?, ?, ?, ?, ?) on conflict(site, listing) do update set "
                  "ended_run = excluded.ended_run, ended_at = excluded.ended_at",
                  [site, listing, run_id, run_id, utc_now()])

    def state_of(self, url: str) -> str | None:
        row = self._sql("select state from urls where url = ?", [url]).fetchone()
        return str(row[0]) if row else None

    def knows(self, url: str) -> bool:
        return self._sql("select 1 from urls where url = ?", [url]).fetchone() is not None

    @staticmethod
    def cutoff(days: float) -> str:
        return utc_time_ago(days)
