"""Export articles as JSON Lines or CSV, streaming row by row (never the whole table).

Each row ends with ``capture``: the capture its text was extracted from, named as replay
tools name it, ``<14-digit UTC timestamp>/<url>`` (:mod:`archiver.memento`): append it to a
pywb collection's address to open the archived page.
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Literal

import sqlite_utils

from archiver.errors import ArchiverError, ConfigError, StorageError
from archiver.memento import sql_identity
from archiver.store.db import reading
from archiver.store.rows import JSON_COLUMNS

__all__ = ["ARTICLE_COLUMNS", "EXPORT_COLUMNS", "article_filter", "check_output", "export",
           "export_record", "has_captures", "select_articles"]

log = logging.getLogger(__name__)

#: The ``articles`` columns exported, in order.
ARTICLE_COLUMNS = (
    "id", "url", "site", "title", "published_at", "updated_at", "author", "author_unit",
    "photographer", "source", "category", "lead", "body", "captions", "images", "tags",
    "related", "profile", "content_hash", "capture_id", "first_seen_at", "last_seen_at",
    "version_count", "withdrawn_at", "withdrawn_reason", "cluster_id", "duplicate_of",
    "modified_at",
)
#: Every exported key, in order: the article's columns, then its capture's identity.
EXPORT_COLUMNS = (*ARTICLE_COLUMNS, "capture")


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


def check_output(output: Path) -> None:
    """An export's output must be a file in an existing directory (``ConfigError``, before
    anything is read or written)."""
    if output.is_dir() or not output.parent.is_dir():
        raise ConfigError(f"{output}: not a file in an existing directory")


def article_filter(site: str | None = None, since: str | None = None,
                   until: str | None = None, alias: str = "a") -> tuple[str, list[str]]:
    """The export's selection as an SQL condition over ``articles`` (as ``alias``) and its
    parameters: one ``site``; ``since``/``until`` on published_at (inclusive dates)."""
    where, params = ["1"], []
    if site is not None:
        where.append(f"{alias}.site = ?")
        params.append(site)
    if since is not None:
        where.append(f"{alias}.published_at >= ?")
        params.append(since)
    if until is not None:
        where.append(f"{alias}.published_at < ?")
        params.append(until + "\uffff" if len(until) == 10 else until)
    return " AND ".join(where), params


def has_captures(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' "
                        "and name = 'captures'").fetchone() is not None


def select_articles(conn: sqlite3.Connection, site: str | None = None,
                    since: str | None = None, until: str | None = None,
                    article_id: int | None = None) -> tuple[str, list[str]]:
    """The export's query (``EXPORT_COLUMNS``, oldest first by id) and its parameters;
    ``article_id``: that one article only."""
    where, params = article_filter(site, since, until)
    if article_id is not None:
        where += f" AND a.id = {int(article_id)}"
    joined = has_captures(conn)
    capture = sql_identity("c.fetched_at", "c.url") if joined else "NULL"
    # an archive read before migration 17 (read-only, never opened for writing since the
    # upgrade) has no modified_at yet: exported as empty, the file left as it is
    have = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    columns = ", ".join(f"a.{c}" if c in have or not have else f"NULL AS {c}"
                        for c in ARTICLE_COLUMNS)
    sql = f"SELECT {columns}, {capture} FROM articles a"
    if joined:
        sql += " LEFT JOIN captures c ON c.id = a.capture_id"
    return f"{sql} WHERE {where} ORDER BY a.id", params


def export_record(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article as ``export`` writes it (``EXPORT_COLUMNS``, JSON columns decoded), with
    ``urls``: every address it was reached by (its own first, then first seen first); None
    when there is none."""
    sql, params = select_articles(conn, article_id=article_id)
    row = conn.execute(sql, params).fetchone()
    if row is None:
        return None
    record = _decoded(row)
    record["urls"] = [u for (u,) in conn.execute(
        "SELECT url FROM article_urls WHERE article_id = ? "
        "ORDER BY url = ? DESC, first_seen_at, url", [article_id, record["url"]])]
    return record


def _decoded(row: Sequence[Any]) -> dict[str, Any]:
    record = dict(zip(EXPORT_COLUMNS, row, strict=True))
    for key in JSON_COLUMNS:
        record[key] = json.loads(record[key])
    return record


def _write(conn: sqlite3.Connection, fmt: str, out: IO[str], site: str | None,
           since: str | None, until: str | None) -> int:
    sql, params = select_articles(conn, site, since, until)
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(EXPORT_COLUMNS)
    count = 0
    try:
        for row in conn.execute(sql, params):
            if writer is not None:
                writer.writerow(row)
            else:
                out.write(json.dumps(_decoded(row), ensure_ascii=False) + "\n")
            count += 1
    except sqlite3.Error as exc:
        raise StorageError(f"export failed: {exc}") from exc
    return count
