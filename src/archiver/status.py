"""Each site's last run and health, from the ``crawl_runs`` tables (for ``archiver status``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from archiver.store.db import reading

__all__ = ["site_status"]


def _health(row: dict[str, Any]) -> str:
    if row["last_status"] not in ("completed", None):
        return "interrupted"
    ok = row["new"] + row["updated"] + row["unchanged"] + row["not_modified"] + row["fetched"]
    if row["failed"] and not ok:
        return "failing"
    if row["failed"]:
        return "degraded"
    return "ok"


def site_status(db_path: Path | str) -> list[dict[str, Any]]:
    """One dict per site ever crawled: last run time/status, its counts, articles, queue."""
    with reading(db_path) as conn:
        return _status(conn)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any] | None = None
          ) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _status(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    if conn.execute("select 1 from sqlite_master where name = 'crawl_run_sites'"
                    ).fetchone() is None:   # an archive loaded without ever crawling
        return []
    sql = """
        select s.*, r.status as last_status, r.started_at as last_run
        from crawl_run_sites s join crawl_runs r on r.id = s.run_id
        where s.run_id = (select max(run_id) from crawl_run_sites x where x.site = s.site)
        order by s.site"""
    out = []
    for row in _rows(conn, sql):
        site = row["site"]
        row["articles"] = conn.execute("select count(*) from articles where site = ?",
                                       [site]).fetchone()[0]
        row["queued"] = conn.execute("select count(*) from urls where site = ? and state = "
                                     "'queued'", [site]).fetchone()[0]
        row["failures_total"] = conn.execute(
            "select count(*) from urls where site = ? and state = 'failed'", [site]).fetchone()[0]
        row["health"] = _health(row)
        out.append(row)
    return out
