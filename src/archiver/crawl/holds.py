"""What hosts asked of the crawler, kept beyond a run: the ``hosts`` table (migration 14).

A Retry-After is a not-before time for the whole host. It is written the moment the answer
arrives (and committed: see ``Crawler``), so a run killed while a host is held leaves the hold
to the next run, which sends nothing to the host before it. Documented in
docs/crawl-state.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from archiver.clock import parse_utc, utc_iso, utc_now
from archiver.store.db import execute

__all__ = ["Holds"]


class Holds:
    """The ``hosts`` table on an open connection (statements join the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return execute(self.conn, sql, params, where="crawl state")

    def keep(self, host: str, not_before: float, reason: str, run_id: int) -> None:
        """No request to ``host`` before ``not_before`` (wall-clock seconds), in this run and
        the next ones; a later not-before replaces an earlier one, never the reverse."""
        self._sql("insert into hosts (host, not_before, reason, set_at, run_id) "
                  "values (?, ?, ?, ?, ?) on conflict(host) do update set "
                  "not_before = excluded.not_before, reason = excluded.reason, "
                  "set_at = excluded.set_at, run_id = excluded.run_id "
                  "where excluded.not_before > coalesce(hosts.not_before, '')",
                  [host, utc_iso(not_before), reason, utc_now(), run_id])

    def pending(self, now: float) -> dict[str, tuple[float, str]]:
        """Hosts whose not-before time is still ahead of ``now`` (wall-clock seconds):
        host -> (not_before, reason)."""
        rows = self._sql("select host, not_before, reason from hosts where not_before > ?",
                         [utc_iso(now)]).fetchall()
        return {str(host): (parse_utc(str(when)), str(reason or ""))
                for host, when, reason in rows}
