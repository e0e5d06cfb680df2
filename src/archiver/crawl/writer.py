"""The crawl's page writer: a savepoint per page, a buffer of extracted articles, and the
commit rhythm.

Pages are written in one long transaction committed every ``COMMIT_EVERY`` seconds or
``COMMIT_PAGES`` pages (FTS5 builds one segment per commit: per-page commits cost more than
the pages themselves). Each page is a savepoint inside it, so a failing page rolls back
alone. A run killed before a commit loses only uncommitted pages, which it had not marked
done: the next run fetches them again, and nothing saved is fetched twice.

Extracted articles wait in a buffer and go into the archive together just before the commit
(``Archive.load_batch``: bulk statements instead of a write per article), outside every page
savepoint, so rolling back a page never takes another page's article. A record the batch
cannot take (anything but a storage error, which stops the run) sends the batch through
one-by-one upserts, so only its own page is marked failed: a page is never left ``done``
without its article.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from archiver.crawl.frontier import Frontier, QueuedURL
from archiver.crawl.report import SiteRun
from archiver.errors import RecordError, StorageError
from archiver.store import Archive, LoadItem, atomic
from archiver.store.db import storage_error

__all__ = ["PageWriter"]

log = logging.getLogger(__name__)

#: a listing the server says is not there (a dead menu link): nothing behind it is missed
GONE = (404, 410)


@dataclass(slots=True)
class _Pending:
    load: LoadItem
    run: SiteRun
    item: QueuedURL


class PageWriter:
    COMMIT_EVERY = 1.0
    COMMIT_PAGES = 200
    #: Extracted articles written together (``Archive.load_batch``), at most this many.
    LOAD_BATCH = 64

    def __init__(self, conn: sqlite3.Connection, frontier: Frontier, archive: Archive, *,
                 run_id: Callable[[], int], attempts: Callable[[str], int]) -> None:
        self.conn = conn
        self.frontier = frontier
        self.archive = archive
        self._run_id = run_id
        self._attempts = attempts
        self._pages = 0
        self._committed_at = time.monotonic()
        self._loads: list[_Pending] = []

    # -- pages ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def page(self) -> Iterator[None]:
        """One page's writes, as a savepoint of the run's open transaction."""
        try:
            if not self.conn.in_transaction:
                self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise storage_error(exc, "crawl") from None
        with atomic(self.conn, "crawl"):
            yield
        self._pages += 1
        if len(self._loads) >= self.LOAD_BATCH:
            self.flush()
        if self._pages >= self.COMMIT_PAGES \
                or time.monotonic() - self._committed_at > self.COMMIT_EVERY:
            self.commit()

    @contextlib.contextmanager
    def article_page(self, load: LoadItem, run: SiteRun, item: QueuedURL) -> Iterator[None]:
        """A page whose article waits for the next commit: dropped if the page rolls back."""
        pending = _Pending(load, run, item)
        self._loads.append(pending)
        try:
            with self.page():
                yield
        except BaseException:
            if pending in self._loads:
                self._loads.remove(pending)
            raise

    def commit(self) -> None:
        self.flush()
        try:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise storage_error(exc, "crawl commit") from None
        self._pages = 0
        self._committed_at = time.monotonic()

    def rollback(self) -> None:
        """Drop what is not committed (after a storage error: the run stops)."""
        self._loads.clear()
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def archived(self, url: str) -> bool:
        """In the archive, or extracted in this run and waiting for the next commit."""
        if any(p.load.article.url == url for p in self._loads):
            return True
        return self.conn.execute("select 1 from article_urls where url = ?",
                                 [url]).fetchone() is not None

    # -- failures -------------------------------------------------------------------------
    def fail(self, run: SiteRun, item: QueuedURL, error: str, error_class: str,
             status: int | None, *, traceback: str | None = None) -> None:
        """Record ``item`` as failed for good in this run (``fetch_failures``, with a
        traceback summary when an error of ours, not the server's, failed it)."""
        attempts = self._attempts(item.url)
        with self.page():
            self.frontier.complete(item.url, state="failed", status=status, error=error,
                                   attempts=attempts, keep_validators=True)
            self.frontier.record_failure(self._run_id(), run.site.name, item.url, item.kind,
                                         error, error_class, status, attempts, traceback)
        run.counts["failed"] += 1
        if item.kind != "article" and status not in GONE:
            run.listing_failures.append((item.url, error))

    # -- the load buffer ------------------------------------------------------------------
    def flush(self) -> None:
        """Write the articles extracted since the last commit; count their outcomes."""
        if not self._loads:
            return
        loads, self._loads = self._loads, []
        try:
            outcomes = self.archive.load_batch([p.load for p in loads])
        except Exception as exc:  # isolated below, record by record
            if _fatal(exc):   # the disk or the file: the run stops
                raise
            log.warning("a batch of %d articles could not be loaded (%s); loading them one "
                        "by one", len(loads), exc)
            for pending in loads:
                self._load_one(pending)
            return
        for pending, outcome in zip(loads, outcomes, strict=True):
            pending.run.counts[outcome] += 1

    def _load_one(self, pending: _Pending) -> None:
        load, run = pending.load, pending.run
        try:
            outcome = self.archive.upsert(load.article, site=load.site, seen_at=load.seen_at,
                                          capture_id=load.capture_id, aliases=load.aliases,
                                          canonical=load.canonical)
        except Exception as exc:  # this page fails, the crawl goes on
            if _fatal(exc):
                raise
            self._refused(pending, exc)
            return
        run.counts[outcome] += 1

    def _refused(self, pending: _Pending, exc: Exception) -> None:
        run, item = pending.run, pending.item
        log.warning("%s: cannot archive: %s", item.url, exc)
        # validators dropped: a conditional re-fetch must not get a 304 for a page
        # whose article was never stored
        self.frontier.complete(item.url, state="failed", error=f"cannot archive: {exc}")
        self.frontier.record_failure(self._run_id(), run.site.name, item.url, item.kind,
                                     f"cannot archive: {exc}", type(exc).__name__,
                                     None, self._attempts(item.url))
        run.counts["failed"] += 1


def _fatal(exc: Exception) -> bool:
    """A storage error stops the run; a refused record (or a bad one) fails its page."""
    return isinstance(exc, StorageError) and not isinstance(exc, RecordError)
