"""``Archive``: the article tables of one archive file, as one object.

Reads (``count``, ``get``, ``versions``), single writes (``upsert``, ``touch``,
``mark_withdrawn``) and bulk loads (``upsert_many``, ``load_batch``). The work is done by
:mod:`~archiver.store.upsert` (one record), :mod:`~archiver.store.bulk` (many) and
:mod:`~archiver.store.clusters` (near-duplicates); this class holds the connection, the
candidate-search limits and the transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from archiver.models import Article
from archiver.store import bulk, rows, upsert
from archiver.store.clusters import Limits
from archiver.store.db import atomic, migrate, open_archive, schema_version
from archiver.store.rows import INTERNAL_COLUMNS, JSON_COLUMNS, LoadItem
from archiver.store.schema import SCHEMA_VERSION, analyze
from archiver.store.upsert import REPLACED_MARK, UpsertResult
from archiver.urls import canonicalize

__all__ = ["Archive"]

log = logging.getLogger(__name__)


class Archive:
    """The article tables of one SQLite archive file.

    ``Archive(path)`` opens (creating or upgrading) the archive through
    :func:`~archiver.store.db.open_archive`; ``Archive(db)`` works on a database already
    opened there. Writes happen in explicit transactions; every public method is safe to
    call repeatedly (idempotent). (Long because it is the store's one door: each method a
    transaction around one function of :mod:`upsert`, :mod:`bulk` or :mod:`clusters`.)
    """

    MAX_CANDIDATES = 200
    MAX_PER_BAND = 64       # articles read per LSH band key (see clusters.Limits)
    MIN_BANDS = 2           # LSH bands two articles must share before their signatures are compared

    def __init__(self, db: sqlite_utils.Database | str | Path) -> None:
        if isinstance(db, sqlite_utils.Database):   # a caller's database: add our tables
            self.db = db
            migrate(db.conn)
        else:
            self.db = open_archive(db, mode="create", parents=False)
        self.conn: sqlite3.Connection = self.db.conn

    @property
    def limits(self) -> Limits:
        return Limits(self.MAX_CANDIDATES, self.MAX_PER_BAND, self.MIN_BANDS)

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (a SAVEPOINT when already inside a transaction)."""
        with atomic(self.conn) as conn:
            yield conn

    def schema_version(self) -> int:
        return schema_version(self.conn)

    def migrate(self, target: int = SCHEMA_VERSION) -> int:
        """Apply pending migrations up to ``target``; returns the resulting version."""
        return migrate(self.conn, target)

    def close(self) -> None:
        """Refresh planner statistics, checkpoint the WAL (so read-only/immutable readers
        see everything) and close."""
        try:
            if not self.conn.in_transaction:
                try:
                    analyze(self.conn)
                except sqlite3.Error as exc:  # busy or read-only: statistics can wait
                    log.debug("could not refresh planner statistics: %s", exc)
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.close()

    # ------------------------------------------------------------------ reads

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_id(self, url: str) -> int | None:
        """The article ``url`` reaches: its own URL or any alias it was reached by."""
        row = self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?",
                                (_key(url),)).fetchone()
        return None if row is None else int(row[0])

    def published_of(self, urls: Sequence[str]) -> list[str | None]:
        """The publication time of the archived article each of ``urls`` reaches (None for
        one not archived, or undated), in their order."""
        found = dict(self.conn.execute(
            "SELECT u.url, a.published_at FROM article_urls u JOIN articles a ON "
            "a.id = u.article_id WHERE u.url IN (SELECT value FROM json_each(?))",
            (json.dumps([canonicalize(u) for u in urls]),)).fetchall())
        return [found.get(canonicalize(u)) for u in urls]

    def folded_title(self, url: str) -> str | None:
        """The folded headline of the article archived at ``url`` (any of its URLs)."""
        row = self.conn.execute(
            "SELECT a.fold_title FROM article_urls u JOIN articles a ON a.id = u.article_id "
            "WHERE u.url = ?", (_key(url),)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def archived_text(self, url: str) -> tuple[str, str, str | None] | None:
        """The ``content_hash``, body and ``published_at`` of the article archived at
        ``url`` (any of its URLs): what a re-check compares a page with, in one lookup."""
        row = self.conn.execute(
            "SELECT a.content_hash, a.body, a.published_at FROM article_urls u JOIN articles a "
            "ON a.id = u.article_id WHERE u.url = ?", (_key(url),)).fetchone()
        return None if row is None else (str(row[0]), str(row[1] or ""), row[2])

    def known_hash(self, url: str) -> str | None:
        row = self.conn.execute(
            "SELECT a.content_hash FROM article_urls u JOIN articles a ON a.id = u.article_id "
            "WHERE u.url = ?", (_key(url),)).fetchone()
        return None if row is None else str(row[0])

    def get(self, url: str) -> dict[str, Any] | None:
        """The public columns of the article ``url`` reaches (its own URL or an alias), JSON
        columns decoded, and ``urls``: every URL it was reached by; None when unknown."""
        article_id = self.article_id(url)
        if article_id is None:
            return None
        cur = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        row = cur.fetchone()
        names = [d[0] for d in cur.description]
        out = {k: v for k, v in zip(names, row, strict=True) if k not in INTERNAL_COLUMNS}
        for key in JSON_COLUMNS:
            out[key] = json.loads(out[key])
        out["urls"] = [u for (u,) in self.conn.execute(
            "SELECT url FROM article_urls WHERE article_id = ? ORDER BY first_seen_at, url",
            (article_id,))]
        return out

    def versions(self, url: str) -> list[dict[str, Any]]:
        """Earlier texts of an article, oldest first."""
        cur = self.conn.execute(
            "SELECT v.* FROM article_versions v JOIN article_urls u ON u.article_id = "
            "v.article_id WHERE u.url = ? ORDER BY v.version", (canonicalize(url),))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # ------------------------------------------------------------------ writes

    def upsert(self, article: Article, *, site: str, seen_at: str,
               capture_id: int | None = None, aliases: Sequence[str] = (),
               canonical: str | None = None) -> UpsertResult:
        """Insert or update one article, found by any of its URLs or as the same article
        under another URL (see :mod:`archiver.store.upsert`)."""
        prepared = rows.prepare(article, site)
        with self.transaction() as conn:
            return upsert.upsert(conn, prepared, seen_at, capture_id, self.limits,
                                 aliases, canonical)

    def upsert_many(self, items: Iterable[LoadItem | tuple[Article, str, str]],
                    batch_size: int = 2000) -> Counter[str]:
        """Upsert many records in transactions of ``batch_size``; counts by outcome (see
        :func:`archiver.store.bulk.upsert_many`)."""
        return bulk.upsert_many(self.transaction, items, batch_size, self.limits)

    def load_batch(self, items: Sequence[LoadItem]) -> list[UpsertResult]:
        """Upsert ``items`` in one transaction (a savepoint inside an open one), in this
        thread; the outcome of each, in order, as ``upsert`` would have returned it.

        For callers that gather records themselves (the crawler, between its commits): new
        URLs go in with the bulk statements of ``upsert_many``."""
        if not items:
            return []
        return bulk.write_batch(self.transaction, items, bulk.prepare_batch(items), self.limits)

    def touch(self, url: str, seen_at: str) -> bool:
        """An unchanged re-fetch (e.g. 304) of any of an article's URLs: move last_seen_at
        forward only. False if unknown."""
        article_id = self.article_id(url)
        if article_id is None:
            return False
        with self.transaction() as conn:
            conn.execute("UPDATE articles SET last_seen_at = ? WHERE id = ? AND "
                         "last_seen_at < ?", (seen_at, article_id, seen_at))
        return True

    def follow_move(self, url: str, at: str, run_id: int | None = None) -> bool:
        """When the article whose own address ``url`` no longer gives it was found at a new
        address this run (a site rebuilt without redirects), make that row part of it (see
        :func:`archiver.store.upsert.successor`); or, when its very text was found at an
        address run ``run_id`` discovered (an editor moved it to another section without a
        redirect, and the listing showed it there before its old address was asked again),
        make that its address. True when it did."""
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM articles WHERE url = ?",
                               (canonicalize(url),)).fetchone()
            new = upsert.successor(conn, int(row[0])) if row is not None else None
            if row is not None and new is None and run_id is not None:
                return upsert.move_to_alias(conn, int(row[0]), run_id)
            if row is None or new is None:
                return False
            upsert.follow_move(conn, int(row[0]), new, at, self.limits)
            log.info("%s: moved to %s", url, conn.execute(
                "SELECT url FROM articles WHERE id = ?", (int(row[0]),)).fetchone()[0])
            return True

    def mark_withdrawn(self, url: str, at: str, reason: str) -> bool:
        """Record that an article disappeared (404/410/redirect-to-home) from its own URL.
        Never deletes. An alias that disappears (a print view, a variant) withdraws nothing.

        The earliest withdrawal time is kept. Returns False when the URL is not archived.
        """
        if self.article_id(url) is None:
            return False
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET withdrawn_at = ?, withdrawn_reason = ? WHERE url = ? "
                "AND (withdrawn_at IS NULL OR withdrawn_at > ?)",
                (at, reason, canonicalize(url), at))
        return True


def _key(url: str) -> str:
    """The ``article_urls`` key of ``url``: canonical, but for the address of an article
    another replaced there, kept whole (``…/view/3286#replaced-2025-06-25``: without its
    mark it names the other article)."""
    return url if REPLACED_MARK in url else canonicalize(url)
