"""Whether a host's HTTP validators can be trusted: the ``hosts`` table's
``validators_untrusted_at`` (migration 18).

A re-check sends the ``ETag`` and ``Last-Modified`` an article was archived with, and a
``304 Not Modified`` keeps the archived copy. Some servers build both from the record's
*creation* (an in-house CMS hashing id and created time): a page edited since answers 304
all the same, and a conditional re-check never sees the edit. A host is caught when two of
its pages fetched whole come back changed under the very validators they were archived
with (their text read again from the archived capture by the same extractor, so that a new
extractor or an article's further pages change nothing); from then on (this run, and the
next 30 days) its articles' re-checks fetch whole pages — its listings, sitemaps and feeds
are still asked for conditionally — and the run's notes say so. Recent articles, and
articles a listing shows under a new headline, are re-checked whole anyway (see
``crawl.seed`` and ``crawl.handlers``): that is where a lying host is caught. Documented in
docs/crawl-state.md.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from archiver.clock import utc_iso, utc_now
from archiver.store.db import execute

__all__ = ["HostValidators", "same_validators"]


def same_validators(etag: str | None, last_modified: str | None, sent_etag: str | None,
                    sent_last_modified: str | None) -> bool:
    """A response's validators are the ones archived before: the same strong or weak
    ``ETag`` (``W/`` aside), or, without one, the same ``Last-Modified``."""
    if etag and sent_etag:
        return etag.removeprefix("W/") == sent_etag.removeprefix("W/")
    return bool(last_modified and sent_last_modified and last_modified == sent_last_modified)


#: Pages of a host that must come back changed under their archived validators before it
#: is distrusted: one could be a counter in the text under a ``Last-Modified`` kept for the
#: record, two distinct pages are a server that does not change them.
EVIDENCE = 2
#: Days a host stays distrusted before its validators are given another chance.
DISTRUST_DAYS = 30


class HostValidators:
    """The hosts whose validators are not trusted, on an open connection (statements join
    the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection, now: float | None = None) -> None:
        self.conn = conn
        since = utc_iso((time.time() if now is None else now) - DISTRUST_DAYS * 86_400)
        self._untrusted = {str(host) for (host,) in self._sql(
            "select host from hosts where validators_untrusted_at > ?", [since])}

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return execute(self.conn, sql, params, where="crawl state")

    def trusted(self, host: str) -> bool:
        return host not in self._untrusted

    def any_untrusted(self, hosts: frozenset[str]) -> bool:
        return not hosts.isdisjoint(self._untrusted)

    def changed_under_same(self, host: str, url: str, run_id: int) -> bool:
        """Record that page ``url`` of ``host`` came back changed under the validators it
        was archived with. True when that makes the host distrusted (the second such page):
        its re-checks fetch whole pages for :data:`DISTRUST_DAYS` days."""
        if host in self._untrusted:
            return False
        row = self._sql("select validators_evidence from hosts where host = ?",
                        [host]).fetchone()
        pages = [p for p in (row[0] or "").split("\n") if p] if row else []
        if url not in pages:
            pages.append(url)
        caught = len(pages) >= EVIDENCE
        self._sql("insert into hosts (host, set_at, run_id, validators_untrusted_at, "
                  "validators_evidence) values (?, ?, ?, ?, ?) on conflict(host) do update set "
                  "validators_untrusted_at = excluded.validators_untrusted_at, "
                  "validators_evidence = excluded.validators_evidence",
                  [host, utc_now(), run_id, utc_now() if caught else None,
                   "\n".join(pages[-EVIDENCE:] if not caught else pages)])
        if caught:
            self._untrusted.add(host)
        return caught
