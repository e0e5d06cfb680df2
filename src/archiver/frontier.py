"""Crawl state in the archive database: the frontier, failures, runs, and the run lock.

Everything a crawl knows lives in SQLite, not in RAM, so a run killed with SIGKILL resumes
where it stopped, and memory stays flat however large the site.

Tables (documented in docs/schema.md):

* ``urls`` — one row per canonical URL the crawler knows: ``kind`` (listing, article, sitemap,
  feed), ``state`` (queued, in_flight, done, failed, skipped), validators, depth, last run.
* ``fetch_failures`` — every URL that failed for good in a run: error, class, attempts, time.
* ``crawl_runs`` / ``crawl_run_sites`` — one row per run, and its per-site counts.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import sqlite_utils

from .errors import LockError

__all__ = ["COUNT_KEYS", "PRIORITY", "CrawlLock", "Frontier", "QueuedURL", "now_iso"]

# discovery before fetching: robots, then sitemaps/feeds, then listings, then articles
PRIORITY = {"robots": 0, "sitemap": 1, "feed": 1, "listing": 2, "article": 3}

COUNT_KEYS = ("discovered", "fetched", "not_modified", "new", "updated", "unchanged",
              "failed", "skipped_robots", "skipped", "withdrawn")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class CrawlLock:
    """An exclusive ``flock`` on ``<db>.lock``: released by the kernel even after SIGKILL."""

    def __init__(self, db_path: Path | str) -> None:
        self.path = Path(f"{db_path}.lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise LockError(f"another crawl is running on this database ({holder}); "
                            "wait for it to finish") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {now_iso()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(slots=True)
class QueuedURL:
    url: str
    site: str
    kind: str
    depth: int
    etag: str | None = None
    last_modified: str | None = None
    post_data: dict[str, str] | None = None
    revisit: bool = False
    known: bool = False           # fetched in an earlier run
    parent: str | None = None     # page it was found on ("robots.txt" for Sitemap: lines)


@dataclass
class SiteCounts:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


class Frontier:
    """The persistent frontier and run bookkeeping, on an open sqlite-utils Database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        names = set(self.db.table_names())
        if "urls" not in names:
            self.db.table("urls").create({
                "url": str, "site": str, "kind": str, "state": str, "depth": int,
                "discovered_at": str, "discovered_run": int, "last_run": int,
                "fetched_at": str, "status": int, "etag": str, "last_modified": str,
                "lastmod": str, "attempts": int, "error": str, "post_data": str,
                "capture_id": int, "parent": str, "revisit": int, "priority": int,
            }, pk="url")
            # claim() walks this index: next queued URL of a site, by priority then depth
            self.db.table("urls").create_index(["site", "state", "priority", "depth"])
            self.db.table("urls").create_index(["site", "kind", "state"])
        elif "priority" not in self.db.table("urls").columns_dict:   # archives from 0.1.0 alphas
            self.db.table("urls").add_column("priority", int)
            self.db.execute("update urls set priority = case kind when 'sitemap' then 1 "
                            "when 'feed' then 1 when 'listing' then 2 else 3 end")
            self.db.table("urls").create_index(["site", "state", "priority", "depth"],
                                               if_not_exists=True)
        if "fetch_failures" not in names:
            self.db.table("fetch_failures").create({
                "id": int, "run_id": int, "site": str, "url": str, "kind": str, "error": str,
                "error_class": str, "status": int, "attempts": int, "failed_at": str,
            }, pk="id")
            self.db.table("fetch_failures").create_index(["site", "failed_at"])
        if "crawl_runs" not in names:
            self.db.table("crawl_runs").create({
                "id": int, "started_at": str, "finished_at": str, "status": str, "pid": int,
                "sites": str, "exit_code": int, "summary": str,
            }, pk="id")
        if "crawl_run_sites" not in names:
            cols: dict[str, Any] = {"run_id": int, "site": str, "started_at": str,
                                    "finished_at": str}
            cols.update(dict.fromkeys(COUNT_KEYS, int))
            self.db.table("crawl_run_sites").create(cols, pk=("run_id", "site"))

    # -- runs --------------------------------------------------------------------------------
    def start_run(self, sites: Iterable[str]) -> int:
        with self.db.conn:
            self.db.execute("update crawl_runs set status = 'interrupted' "
                            "where status = 'running'")
            self.db.execute("update urls set state = 'queued' where state = 'in_flight'")
            run_id = self.db.table("crawl_runs").insert({
                "started_at": now_iso(), "status": "running", "pid": os.getpid(),
                "sites": json.dumps(list(sites)),
            }).last_pk
        return int(run_id or 0)

    def finish_run(self, run_id: int, status: str, exit_code: int,
                   per_site: dict[str, dict[str, int]], started: dict[str, str]) -> None:
        finished = now_iso()
        with self.db.conn:
            for site, counts in per_site.items():
                self.db.table("crawl_run_sites").upsert(
                    {"run_id": run_id, "site": site, "started_at": started.get(site),
                     "finished_at": finished, **counts}, pk=("run_id", "site"))
            self.db.table("crawl_runs").update(run_id, {
                "finished_at": finished, "status": status, "exit_code": exit_code,
                "summary": json.dumps(per_site, ensure_ascii=False)})

    # -- queue -------------------------------------------------------------------------------
    def enqueue(self, url: str, *, site: str, kind: str, depth: int, run_id: int,
                parent: str | None = None, post_data: dict[str, str] | None = None,
                lastmod: str | None = None, requeue_known: bool = False) -> bool:
        """Add ``url`` to the frontier. Returns True when the URL was not known before.

        A known URL is re-queued when ``requeue_known`` (listings, once per run) or when a
        sitemap ``lastmod`` is newer than its last fetch."""
        row = self.db.execute("select state, last_run, fetched_at, lastmod from urls "
                              "where url = ?", [url]).fetchone()
        if row is None:
            self.db.execute(
                "insert into urls (url, site, kind, state, depth, priority, discovered_at, "
                "discovered_run, parent, post_data, lastmod, attempts, revisit) "
                "values (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                [url, site, kind, depth, PRIORITY.get(kind, 3), now_iso(), run_id, parent,
                 json.dumps(post_data) if post_data else None, lastmod])
            return True
        state, last_run, fetched_at, old_lastmod = row
        updates: dict[str, Any] = {}
        if post_data:
            updates["post_data"] = json.dumps(post_data)
        if state in ("done", "failed") and last_run != run_id:
            newer = bool(lastmod and fetched_at and lastmod > fetched_at
                         and lastmod != old_lastmod)
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
        row = self.db.execute("select state, discovered_run from urls where url = ?",
                              [url]).fetchone()
        return row is None or row[1] == run_id or row[0] in ("queued", "in_flight")

    def _update(self, url: str, updates: dict[str, Any]) -> None:
        columns = ", ".join(f"{key} = ?" for key in updates)
        self.db.execute(f"update urls set {columns} where url = ?", [*updates.values(), url])

    def requeue(self, site: str, *, kinds: Iterable[str], states: Iterable[str],
                fetched_before: str | None = None) -> int:
        kinds, states = list(kinds), list(states)
        sql = (f"update urls set state = 'queued', revisit = 1 where site = ? "
               f"and kind in ({','.join('?' * len(kinds))}) "
               f"and state in ({','.join('?' * len(states))})")
        params: list[Any] = [site, *kinds, *states]
        if fetched_before is not None:
            sql += " and (fetched_at is null or fetched_at < ?)"
            params.append(fetched_before)
        with self.db.conn:
            cursor = self.db.execute(sql, params)
        return int(cursor.rowcount)

    def claim(self, site: str, run_id: int) -> QueuedURL | None:
        """Take the next queued URL of ``site`` (listings and feeds before articles)."""
        row = self.db.execute(
            "select url, kind, depth, etag, last_modified, post_data, revisit, fetched_at, "
            "parent "
            "from urls where site = ? and state = 'queued' "
            "order by priority, depth limit 1", [site]).fetchone()
        if row is None:
            return None
        url, kind, depth, etag, last_modified, post_data, revisit, fetched_at, parent = row
        # joins the crawler's open write transaction: in_flight rows left by a killed run
        # are re-queued by start_run(), so this needs no commit of its own
        self.db.execute("update urls set state = 'in_flight', last_run = ? where url = ?",
                        [run_id, url])
        return QueuedURL(url=url, site=site, kind=kind, depth=depth or 0, etag=etag,
                         last_modified=last_modified,
                         post_data=json.loads(post_data) if post_data else None,
                         revisit=bool(revisit), known=fetched_at is not None, parent=parent)

    def complete(self, url: str, *, state: str = "done", status: int | None = None,
                 etag: str | None = None, last_modified: str | None = None,
                 capture_id: int | None = None, error: str | None = None,
                 attempts: int | None = None, keep_validators: bool = False) -> None:
        updates: dict[str, Any] = {"state": state, "fetched_at": now_iso(), "status": status,
                                   "error": error, "revisit": 0}
        if not keep_validators:
            updates.update(etag=etag, last_modified=last_modified)
        if capture_id is not None:
            updates["capture_id"] = capture_id
        if attempts is not None:
            updates["attempts"] = attempts
        self._update(url, updates)

    def mark(self, url: str, *, site: str, kind: str, state: str, run_id: int) -> None:
        """Record ``url`` (e.g. a canonical alias) in a final state without fetching it."""
        self.db.execute(
            "insert into urls (url, site, kind, state, priority, last_run, fetched_at) "
            "values (?, ?, ?, ?, ?, ?, ?) on conflict(url) do update set state = excluded.state, "
            "last_run = excluded.last_run, fetched_at = excluded.fetched_at",
            [url, site, kind, state, PRIORITY.get(kind, 3), run_id, now_iso()])

    def record_failure(self, run_id: int, site: str, url: str, kind: str, error: str,
                       error_class: str, status: int | None, attempts: int) -> None:
        self.db.table("fetch_failures").insert({
            "run_id": run_id, "site": site, "url": url, "kind": kind, "error": error,
            "error_class": error_class, "status": status, "attempts": attempts,
            "failed_at": now_iso()})

    def queued_count(self, site: str) -> int:
        row = self.db.execute("select count(*) from urls where site = ? and state = 'queued'",
                              [site]).fetchone()
        return int(row[0])

    def state_of(self, url: str) -> str | None:
        row = self.db.execute("select state from urls where url = ?", [url]).fetchone()
        return str(row[0]) if row else None

    def knows(self, url: str) -> bool:
        return self.db.execute("select 1 from urls where url = ?", [url]).fetchone() is not None

    @staticmethod
    def cutoff(days: float) -> str:
        when = datetime.now(UTC) - timedelta(days=days)
        return when.isoformat(timespec="seconds").replace("+00:00", "Z")
