"""Each site's last run and health, from the ``crawl_runs`` tables (for ``archiver status``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .pipeline import open_db

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
    db = open_db(db_path)
    if "crawl_run_sites" not in db.table_names():
        return []
    sql = """
        select s.*, r.status as last_status, r.started_at as last_run
        from crawl_run_sites s join crawl_runs r on r.id = s.run_id
        where s.run_id = (select max(run_id) from crawl_run_sites x where x.site = s.site)
        order by s.site"""
    out = []
    has_articles = "articles" in db.table_names()
    for row in db.query(sql):
        site = row["site"]
        row["articles"] = db.execute("select count(*) from articles where site = ?",
                                     [site]).fetchone()[0] if has_articles else 0
        row["queued"] = db.execute("select count(*) from urls where site = ? and state = "
                                   "'queued'", [site]).fetchone()[0]
        row["failures_total"] = db.execute(
            "select count(*) from urls where site = ? and state = 'failed'", [site]).fetchone()[0]
        row["health"] = _health(row)
        out.append(row)
    return out
