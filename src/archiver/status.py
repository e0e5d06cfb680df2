"""Each site's last run and health, from the ``crawl_runs`` tables (for ``archiver status``).

Health, from best to worst:

============== =============================================================================
``ok``          the last run completed and nothing failed
``degraded``    completed; some pages failed for good, at most 10% of what was requested
``incomplete``  completed, but the site may be incomplete: a budget was met, a host was
                given up, pager links were not followed (``notes`` says which)
``failing``     completed; more than 10% of the pages failed, or nothing succeeded
``interrupted`` stopped by SIGTERM / Ctrl-C; the next run resumes
``aborted``     stopped by a storage error (disk full, read-only); the next run resumes
``crashed``     the run died without recording its end (killed, out of memory, a bug)
``running``     the run is going on now (its process is alive): its counts so far
============== =============================================================================

``HEALTHY`` and ``WARNING`` say which states need nobody, and which need a look.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from archiver.process import process_alive
from archiver.store.db import reading

__all__ = ["HEALTHY", "WARNING", "site_status"]

HEALTHY = frozenset({"ok"})
WARNING = frozenset({"degraded", "incomplete"})
_STOPPED = {"interrupted": "interrupted", "failed": "aborted", "crashed": "crashed",
            "running": "crashed"}
#: Failures above this share of a run's requests make a site ``failing``.
FAILING_SHARE = 0.10


def _health(row: dict[str, Any], running: bool) -> str:
    status = row["last_status"]
    if status == "running" and running:
        return "running"
    if status in _STOPPED:
        return _STOPPED[status]
    ok = row["new"] + row["updated"] + row["unchanged"] + row["not_modified"] + row["fetched"]
    failed = row["failed"] or 0
    if failed and (not ok or failed > FAILING_SHARE * (ok + failed)):
        return "failing"
    if row["notes"]:
        return "incomplete"
    if failed:
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
    columns = {r[1] for r in conn.execute("PRAGMA table_info(crawl_runs)")}
    error = "r.error" if "error" in columns else "null"
    sql = f"""
        select s.*, r.status as last_status, r.started_at as last_run, {error} as error,
               r.pid as pid
        from crawl_run_sites s join crawl_runs r on r.id = s.run_id
        where s.run_id = (select max(run_id) from crawl_run_sites x where x.site = s.site)
        order by s.site"""
    out = []
    for row in _rows(conn, sql):
        site = row["site"]
        row["notes"] = json.loads(row.get("notes") or "[]")
        row["top_failures"] = [f"{url}: {err}" for url, err in conn.execute(
            "select url, error from fetch_failures where run_id = ? and site = ? "
            "order by id limit 3", [row["run_id"], site])]
        row.update(_live_counts(conn, site))
        row["health"] = _health(row, row["pid"] is not None and process_alive(row["pid"]))
        out.append(row)
    return _with_unfinished_run(conn, out)


def _with_unfinished_run(conn: sqlite3.Connection, rows: list[dict[str, Any]]
                         ) -> list[dict[str, Any]]:
    """The sites of a run that has not recorded its end yet (its per-site counts are written
    when it ends): ``running`` while its process lives, ``crashed`` once it is gone (killed,
    out of memory, the machine went down) — not the run before it, which said ``ok``. Its
    counts so far: the articles first archived since it started."""
    run = conn.execute("select id, started_at, pid, sites from crawl_runs where status = "
                       "'running' order by id desc limit 1").fetchone()
    if run is None:
        return rows
    run_id, started, pid, sites_json = run
    try:
        sites = [str(s) for s in json.loads(sites_json or "[]")]
    except ValueError:
        sites = []
    alive = pid is not None and process_alive(int(pid))
    by_site = {row["site"]: row for row in rows}
    # (a site's first run: its counts' columns, as the table has them, at zero)
    counts = [c[1] for c in conn.execute("PRAGMA table_info(crawl_run_sites)")
              if c[1] not in ("run_id", "site", "started_at", "finished_at", "notes")]
    for site in sites:
        row = by_site.get(site)
        if row is not None and row["run_id"] >= run_id:
            continue
        new = conn.execute("select count(*) from articles where site = ? and first_seen_at >= ?",
                           [site, started]).fetchone()[0]
        base: dict[str, Any] = dict(row) if row is not None else dict.fromkeys(counts, 0)
        base.update({
            "site": site, "run_id": run_id, "started_at": started, "finished_at": None,
            "last_status": "running", "last_run": started, "pid": pid, "new": new,
            "updated": 0, "failed": 0, "notes": [], "top_failures": [],
            "health": "running" if alive else "crashed",
            "error": None if alive else (
                f"the run started {started} (pid {pid}) ended without recording its end "
                "(killed, out of memory or crashed); the next run resumes it"),
        })
        base.update(_live_counts(conn, site))
        by_site[site] = base
    return [by_site[site] for site in sorted(by_site)]


def _live_counts(conn: sqlite3.Connection, site: str) -> dict[str, int]:
    return {
        "articles": conn.execute("select count(*) from articles where site = ?",
                                 [site]).fetchone()[0],
        "queued": conn.execute("select count(*) from urls where site = ? and state = "
                               "'queued'", [site]).fetchone()[0],
        "failures_total": conn.execute("select count(*) from urls where site = ? and "
                                       "state = 'failed'", [site]).fetchone()[0],
    }
