"""One FTS5 table with exact and folded columns, against two tables (today's layout).

    .venv/bin/python -m bench.fts_layout_bench --n 50000

Both layouts index the same prepared articles (``bench.store_bench``'s generator through
``archiver.store.rows.prepare``), in batches sorted by rowid as the bulk loader writes them,
each into a fresh file with the archive's page size and cache. Each layout is loaded twice,
alternately (A B A B), and the better time of each is kept: the machines are shared.

* **two** — ``articles_fts`` (canonical-tone text, ``remove_diacritics 0``) and
  ``articles_fts_folded`` (folded text, ``remove_diacritics 2``), three columns each;
* **one** — a single table of six columns (``title body meta`` exact, ``ftitle fbody fmeta``
  folded, ``remove_diacritics 0``: the folded text is folded in Python already), queried
  with column filters.

Reports µs per article, bytes per article, and the median time of the searches each layout
must answer (newest 20, count, exact flag of a page, bm25 top 20) for rare and common terms.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from archiver.store import rows
from bench.store_bench import articles

logger = logging.getLogger("bench.fts_layout")

_TWO = """
CREATE VIRTUAL TABLE ex USING fts5(title, body, meta, content='',
    tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE fo USING fts5(title, body, meta, content='',
    tokenize='unicode61 remove_diacritics 2');
"""
_ONE = """
CREATE VIRTUAL TABLE one USING fts5(title, body, meta, ftitle, fbody, fmeta, content='',
    tokenize='unicode61 remove_diacritics 0');
"""
_EX = "{title body meta}"
_FO = "{ftitle fbody fmeta}"
#: (name, folded query, exact query)
QUERIES = [("common", "dang", "Đảng"), ("rare", '"ly xuan vinh"', '"Lý Xuân Vinh"'),
           ("phrase", '"ban thuong vu tinh uy"', '"Ban Thường vụ Tỉnh ủy"')]


def _docs(n: int, seed: int) -> list[tuple[int, tuple[Any, ...]]]:
    out = []
    for i, item in enumerate(articles(n, seed=seed)):
        prep = rows.prepare(item.article, item.site)
        rec, sh = prep.record, prep.shadow
        exact = (sh["fts_title"] or rec["title"], sh["fts_body"] or rec["body"], sh["fts_meta"])
        folded = (sh["fold_title"], sh["fold_body"], sh["fold_meta"])
        out.append((rows.sort_key(rec["published_at"], i + 1), exact + folded))
    return out


def _connect(path: Path, script: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA page_size=16384")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")
    conn.executescript(script)
    for table in ("ex", "fo", "one"):
        if script.count(f"TABLE {table} "):
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 16)")
    return conn


def _load(layout: str, docs: list[tuple[int, tuple[Any, ...]]], path: Path,
          batch: int) -> tuple[float, int]:
    conn = _connect(path, _TWO if layout == "two" else _ONE)
    t0 = time.perf_counter()
    for start in range(0, len(docs), batch):
        chunk = sorted(docs[start:start + batch])
        conn.execute("BEGIN")
        if layout == "two":
            conn.executemany("INSERT INTO ex(rowid, title, body, meta) VALUES (?, ?, ?, ?)",
                             [(k, *v[:3]) for k, v in chunk])
            conn.executemany("INSERT INTO fo(rowid, title, body, meta) VALUES (?, ?, ?, ?)",
                             [(k, *v[3:]) for k, v in chunk])
        else:
            conn.executemany("INSERT INTO one(rowid, title, body, meta, ftitle, fbody, fmeta) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", [(k, *v) for k, v in chunk])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return elapsed, path.stat().st_size


def _timed(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> float:
    best = []
    for _ in range(5):
        t0 = time.perf_counter()
        conn.execute(sql, params).fetchall()
        best.append((time.perf_counter() - t0) * 1000)
    return statistics.median(best)


def _searches(layout: str, path: Path) -> dict[str, float]:
    conn = sqlite3.connect(path)
    out: dict[str, float] = {}
    for name, folded, exact in QUERIES:
        if layout == "two":
            fo, ex, t_fo, t_ex, w = folded, exact, "fo", "ex", "10, 1, 3"
        else:
            fo, ex, t_fo, t_ex = f"{_FO} : ({folded})", f"{_EX} : ({exact})", "one", "one"
            w = "0, 0, 0, 10, 1, 3"
        page = [r for (r,) in conn.execute(
            f"SELECT rowid FROM {t_fo} WHERE {t_fo} MATCH ? ORDER BY rowid LIMIT 20", (fo,))]
        marks = ", ".join("?" * len(page))
        out[f"{name} newest 20"] = _timed(
            conn, f"SELECT rowid FROM {t_fo} WHERE {t_fo} MATCH ? ORDER BY rowid LIMIT 20",
            (fo,))
        out[f"{name} count"] = _timed(
            conn, f"SELECT count(*) FROM {t_fo} WHERE {t_fo} MATCH ?", (fo,))
        out[f"{name} exact flags"] = _timed(
            conn, f"SELECT rowid FROM {t_ex} WHERE {t_ex} MATCH ? AND rowid IN ({marks})",
            (ex, *page))
        out[f"{name} bm25 20"] = _timed(
            conn, f"SELECT rowid FROM {t_fo} WHERE {t_fo} MATCH ? "
                  f"ORDER BY bm25({t_fo}, {w}) LIMIT 20", (fo,))
    conn.close()
    return out


def run(n: int, batch: int = 2000) -> dict[str, Any]:
    docs = _docs(n, seed=3)
    result: dict[str, Any] = {"articles": n}
    with tempfile.TemporaryDirectory(prefix="fts-layout-") as tmp:
        for layout in ("two", "one"):
            result[layout] = {"seconds": float("inf")}
        for attempt in range(2):
            for layout in ("two", "one"):
                path = Path(tmp) / f"{layout}-{attempt}.db"
                seconds, size = _load(layout, docs, path, batch)
                if seconds < result[layout]["seconds"]:
                    result[layout] = {"seconds": seconds, "us_per_article": seconds / n * 1e6,
                                      "bytes_per_article": size / n, "path": path}
        for layout in ("two", "one"):
            result[layout]["searches_ms"] = _searches(layout, result[layout].pop("path"))
    return result


def report(result: dict[str, Any]) -> str:
    two, one = result["two"], result["one"]
    lines = [f"FTS LAYOUT ({result['articles']:,} articles, batches sorted by rowid, "
             f"best of 2 loads each):",
             f"FTS LAYOUT two tables: {two['us_per_article']:.0f} us/article, "
             f"{two['bytes_per_article']:.0f} bytes/article",
             f"FTS LAYOUT one table:  {one['us_per_article']:.0f} us/article, "
             f"{one['bytes_per_article']:.0f} bytes/article "
             f"(x{one['us_per_article'] / two['us_per_article']:.2f} time, "
             f"x{one['bytes_per_article'] / two['bytes_per_article']:.2f} size)"]
    for key in two["searches_ms"]:
        a, b = two["searches_ms"][key], one["searches_ms"][key]
        lines.append(f"FTS LAYOUT search {key:<22}: two {a:8.2f} ms, one {b:8.2f} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50_000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    print(report(run(args.n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
