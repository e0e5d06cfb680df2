"""The run log: one ``crawl_runs`` row per run, and what happened to the runs that died.

A run that ends writes its status, counts and notes. A run that dies without ending (killed,
out of memory, the machine went down) leaves its row ``running``: the next run marks it
``crashed``, says which URLs were in flight when it died, and re-queues them — except a URL
that was in flight at two crashes, which is set aside (``skipped``, with a failure recorded)
so one page cannot kill the crawl every night.

A ``running`` row whose process is still alive on this machine is a live crawl reached
through another path to the same file (a symlink, a bind mount, a hard link): starting is
refused, and its row is left alone.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from archiver.clock import utc_now
from archiver.errors import LockError
from archiver.models import RunStatus
from archiver.process import process_alive
from archiver.store.db import atomic, execute

__all__ = ["RunLog"]


class RunLog:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return execute(self.conn, sql, params, where="crawl runs")

    def start(self, sites: Iterable[str], in_flight: Sequence[str] = ()) -> int:
        """Record a new run and settle the ones that died; ``in_flight``: the URLs the last
        crawl had in flight when it stopped (from its lock file). Returns the run id."""
        with atomic(self.conn, "crawl runs"):
            dead = []
            for run_id, pid in self._sql("select id, pid from crawl_runs "
                                          "where status = 'running'").fetchall():
                if pid is not None and pid != os.getpid() and process_alive(int(pid)):
                    raise LockError(f"another crawl (pid {pid}, run {run_id}) is writing this "
                                    "database through another path; wait for it to finish")
                dead.append(run_id)
            if dead:
                self._crashed(dead, in_flight)
            self._sql("update urls set state = 'queued' where state in ('in_flight', "
                      "'deferred')")
            cursor = self._sql(
                "insert into crawl_runs (started_at, status, pid, sites) values (?, ?, ?, ?)",
                [utc_now(), "running", os.getpid(), json.dumps(list(sites))])
        return int(cursor.lastrowid or 0)

    def _crashed(self, dead: list[int], in_flight: Sequence[str]) -> None:
        where = (f"; in flight: {', '.join(in_flight[:5])}" if in_flight
                 else "; no page was in flight")
        for run_id in dead:
            self._sql("update crawl_runs set status = 'crashed', exit_code = 4, error = ? "
                      "where id = ?", [f"the crawl ended without finishing its run (killed, "
                                       f"out of memory or crashed){where}", run_id])
        for url in in_flight:
            row = self._sql("select crashes, site, kind from urls where url = ?",
                            [url]).fetchone()
            if row is None:
                continue
            crashes = int(row[0] or 0) + 1
            if crashes < 2:
                self._sql("update urls set crashes = ? where url = ?", [crashes, url])
                continue
            error = ("in flight when the crawl died, twice: set aside so it cannot stop "
                     "the crawl again (re-queue it by hand once the cause is fixed)")
            self._sql("update urls set crashes = ?, state = 'skipped', error = ? "
                      "where url = ?", [crashes, error, url])
            self._sql("insert into fetch_failures (run_id, site, url, kind, error, "
                      "error_class, attempts, failed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                      [dead[-1], row[1], url, row[2], error, "CrashSuspect", crashes,
                       utc_now()])

    def finish(self, run_id: int, status: RunStatus, exit_code: int,
               per_site: dict[str, dict[str, int]], started: dict[str, str],
               notes: dict[str, list[str]], error: str | None = None) -> None:
        finished = utc_now()
        with atomic(self.conn, "crawl runs"):
            for site, counts in per_site.items():
                row = {"run_id": run_id, "site": site, "started_at": started.get(site),
                       "finished_at": finished, **counts,
                       "notes": json.dumps(notes.get(site) or [], ensure_ascii=False)}
                self._sql(f"insert or replace into crawl_run_sites ({', '.join(row)}) "
                          f"values ({', '.join('?' * len(row))})", list(row.values()))
            self._sql("update crawl_runs set finished_at = ?, status = ?, exit_code = ?, "
                      "summary = ?, error = ? where id = ?",
                      [finished, status, exit_code, json.dumps(per_site, ensure_ascii=False),
                       error, run_id])
