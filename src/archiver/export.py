"""Export articles as JSON Lines or CSV, streaming row by row (never the whole table)."""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
from pathlib import Path
from typing import IO, Literal

import sqlite_utils

from archiver.errors import ArchiverError, StorageError
from archiver.store.db import reading
from archiver.store.rows import JSON_COLUMNS

__all__ = ["EXPORT_COLUMNS", "export"]

log = logging.getLogger(__name__)

EXPORT_COLUMNS = (
    "id", "url", "site", "title", "published_at", "updated_at", "author", "author_unit",
    "photographer", "source", "category", "lead", "body", "captions", "images", "tags",
    "related", "profile", "content_hash", "capture_id", "first_seen_at", "last_seen_at",
    "version_count", "withdrawn_at", "withdrawn_reason", "cluster_id", "duplicate_of",
)


def export(db: sqlite_utils.Database | sqlite3.Connection | str | Path,
           fmt: Literal["jsonl", "csv"], out: IO[str], *, site: str | None = None,
           since: str | None = None, until: str | None = None) -> int:
    """Write articles (oldest first by id) to ``out``; returns the number written.

    jsonl: one object per line, JSON columns decoded. csv: header row, JSON columns kept as
    JSON text. ``since``/``until`` filter published_at (inclusive dates).
    """
    if fmt not in ("jsonl", "csv"):
        raise ArchiverError(f"unknown export format {fmt!r}: use 'jsonl' or 'csv'")
    with reading(db) as conn:
        count = _write(conn, fmt, out, site, since, until)
    log.info("exported %d articles as %s", count, fmt)
    return count


def _write(conn: sqlite3.Connection, fmt: str, out: IO[str], site: str | None,
           since: str | None, until: str | None) -> int:
    where, params = [], []
    if site is not None:
        where.append("site = ?")
        params.append(site)
    if since is not None:
        where.append("published_at >= ?")
        params.append(since)
    if until is not None:
        where.append("published_at < ?")
        params.append(until + "\uffff" if len(until) == 10 else until)
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id"
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(EXPORT_COLUMNS)
    count = 0
    try:
        for row in conn.execute(sql, params):
            if writer is not None:
                writer.writerow(row)
            else:
                record = dict(zip(EXPORT_COLUMNS, row, strict=True))
                for key in JSON_COLUMNS:
                    record[key] = json.loads(record[key])
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    except sqlite3.Error as exc:
        raise StorageError(f"export failed: {exc}") from exc
    return count
