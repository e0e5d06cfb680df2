"""One article at a time: insert, or update with a revision, on an open transaction.

An article is keyed on its canonical URL. A re-fetch with the same text changes nothing but
``last_seen_at`` ("unchanged"); new text keeps the old one as a row of ``article_versions``
and bumps ``version_count`` ("updated"); a capture older than the current text (a
re-extraction of an old capture) only adds history. A row seen again after a withdrawal is
no longer withdrawn.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from archiver.store.clusters import Limits, link_one
from archiver.store.rows import VERSIONED_COLUMNS, Prepared, sort_key

__all__ = ["UpsertResult", "insert", "upsert"]

UpsertResult = Literal["new", "updated", "unchanged"]


def upsert(conn: sqlite3.Connection, prep: Prepared, seen_at: str, capture_id: int | None,
           limits: Limits) -> UpsertResult:
    url, record = prep.url, prep.record
    cur = conn.execute("SELECT * FROM articles WHERE url = ?", (url,))
    row = cur.fetchone()
    if row is None:
        insert(conn, prep, seen_at, capture_id, limits)
        return "new"
    old = dict(zip([d[0] for d in cur.description], row, strict=True))
    changes: dict[str, Any] = {}
    text_changed = old["content_hash"] != record["content_hash"]
    if text_changed and seen_at < old["version_seen_at"]:
        # A capture older than the current text (re-extraction): history only.
        _add_version(conn, old, record, capture_id, seen_at, seen_at, seen_at)
        changes["version_count"] = old["version_count"] + 1
    else:
        changes.update({k: v for k, v in record.items() if old[k] != v})
        if text_changed:
            _add_version(conn, old, old, old["capture_id"], old["version_seen_at"],
                         old["last_seen_at"], seen_at)
            changes["version_count"] = old["version_count"] + 1
            changes["version_seen_at"] = seen_at
        if changes and capture_id is not None and capture_id != old["capture_id"]:
            changes["capture_id"] = capture_id
        if changes:
            changes.update(prep.shadow)
            changes["sort_key"] = sort_key(record["published_at"], old["id"])
            changes = {k: v for k, v in changes.items() if old[k] != v}
    if old["withdrawn_at"] is not None and seen_at > old["withdrawn_at"]:
        changes["withdrawn_at"] = None
        changes["withdrawn_reason"] = None
    outcome: UpsertResult = "updated" if changes else "unchanged"
    if seen_at > old["last_seen_at"]:
        changes["last_seen_at"] = seen_at
    if changes:
        sets = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*changes.values(), old["id"]))
    if text_changed and "version_seen_at" in changes:
        link_one(conn, old["id"], prep.signature, prep.band_keys, limits)
    return outcome


def insert(conn: sqlite3.Connection, prep: Prepared, seen_at: str, capture_id: int | None,
           limits: Limits) -> None:
    article_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles")
                     .fetchone()[0])
    row = {"id": article_id, "url": prep.url, **prep.record, **prep.shadow,
           "sort_key": sort_key(prep.record["published_at"], article_id),
           "capture_id": capture_id, "first_seen_at": seen_at, "last_seen_at": seen_at,
           "version_seen_at": seen_at, "version_count": 1}
    conn.execute(f"INSERT INTO articles ({', '.join(row)}) "
                 f"VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    link_one(conn, article_id, prep.signature, prep.band_keys, limits)


def _add_version(conn: sqlite3.Connection, article: dict[str, Any], text: dict[str, Any],
                 capture_id: int | None, valid_from: str, last_seen: str,
                 valid_to: str) -> None:
    number = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM article_versions "
                          "WHERE article_id = ?", (article["id"],)).fetchone()[0]
    values = [text[c] for c in VERSIONED_COLUMNS if c != "capture_id"]
    conn.execute(
        "INSERT INTO article_versions (article_id, version, content_hash, title, lead, body, "
        "captions, author, author_unit, published_at, updated_at, capture_id, valid_from, "
        "last_seen_at, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article["id"], number, *values, capture_id, valid_from, last_seen, valid_to))
