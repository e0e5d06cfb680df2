"""Whether a host's HTTP validators can be trusted: the ``hosts`` table's
``validators_untrusted_at`` (migration 18).

A re-check sends the ``ETag`` and ``Last-Modified`` an article was archived with, and a
``304 Not Modified`` keeps the archived copy. Some servers build both from the record's
*creation* (an in-house CMS hashing id and created time): a page edited since answers 304
all the same, and a conditional re-check never sees the edit. A host is caught when a page
fetched whole comes back changed under the very validators it was archived with; from then
on (this run and every later one) its re-checks fetch whole pages, and the run's notes say
so. Recent articles are re-checked whole anyway (see ``crawl.seed``), so a lying host is
caught by the first edit of one of them. Documented in docs/crawl-state.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from archiver.clock import utc_now
from archiver.store.db import execute

__all__ = ["HostValidators", "same_validators"]


def same_validators(etag: str | None, last_modified: str | None, sent_etag: str | None,
                    sent_last_modified: str | None) -> bool:
    """A response's validators are the ones archived before: the same strong or weak
    ``ETag`` (``W/`` aside), or, without one, the same ``Last-Modified``."""
    if etag and sent_etag:
        return etag.removeprefix("W/") == sent_etag.removeprefix("W/")
    return bool(last_modified and sent_last_modified and last_modified == sent_last_modified)


class HostValidators:
    """The hosts whose validators are not trusted, on an open connection (statements join
    the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._untrusted = {str(host) for (host,) in self._sql(
            "select host from hosts where validators_untrusted_at is not null")}

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return execute(self.conn, sql, params, where="crawl state")

    def trusted(self, host: str) -> bool:
        return host not in self._untrusted

    def any_untrusted(self, hosts: frozenset[str]) -> bool:
        return not hosts.isdisjoint(self._untrusted)

    def distrust(self, host: str, evidence: str, run_id: int) -> bool:
        """Record that ``host`` answered a changed page with its archived validators
        (``evidence``: the page). True the first time."""
        if host in self._untrusted:
            return False
        self._untrusted.add(host)
        self._sql("insert into hosts (host, set_at, run_id, validators_untrusted_at, "
                  "validators_evidence) values (?, ?, ?, ?, ?) on conflict(host) do update set "
                  "validators_untrusted_at = excluded.validators_untrusted_at, "
                  "validators_evidence = excluded.validators_evidence",
                  [host, utc_now(), run_id, utc_now(), evidence])
        return True
