"""How closely bounded relevance order agrees with ranking every match by bm25.

    .venv/bin/python -m bench.relevance_bench --db bench/out/store-1000000.db

The reference is the order ``archiver search`` gave before the window
(:data:`archiver.search.RELEVANCE_WINDOW`): every match scored, the matches spelled as typed
first, then bm25 of the folded index (10, 1, 3). For each query of ``bench.store_bench``'s
fixed set (rare, common and phrase queries, with and without accents) it reports:

* **NDCG@10 / NDCG@20** with the reference's own scores as gains (a match as typed gains
  the best score on top of its own, so the gains follow the reference's order): how good
  the returned page is by the reference's measure (1.0: as good as the reference's page);
* **overlap@20**: the share of the reference's first 20 that the page holds (1.0: the same
  set), the stricter agreement.

It also times, once per query in the same run, the first page's rows (no snippets) with
the window and with every match scored as before (the statement that was run then);
``store_bench`` times the searches properly (three rounds, p50/p95 by kind).
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from archiver.search import Search, parse_query
from archiver.text import canonical_tones, fold
from bench.store_bench import QUERIES

_FOLDED, _EXACT, _WEIGHTS = "articles_fts_folded", "articles_fts", "10.0, 1.0, 3.0"


def reference(conn: sqlite3.Connection, text: str) -> tuple[dict[int, float], list[int]]:
    """Gains (article id -> score) and the order of every match, as full bm25 ranks them."""
    query = parse_query(text)
    exact = {r for (r,) in conn.execute(f"SELECT rowid FROM {_EXACT} WHERE {_EXACT} MATCH ?",
                                        (query.fts(canonical_tones),))}
    scores = {(rowid, article): -score for rowid, article, score in conn.execute(
        f"SELECT f.rowid, a.id, bm25({_FOLDED}, {_WEIGHTS}) FROM {_FOLDED} f "
        f"JOIN articles a ON a.sort_key = f.rowid WHERE {_FOLDED} MATCH ?",
        (query.fts(fold),))}
    best = max(scores.values(), default=0.0)
    gains = {article: score + (best if rowid in exact else 0.0)
             for (rowid, article), score in scores.items()}
    return gains, sorted(gains, key=lambda a: -gains[a])


def ndcg(page: list[int], gains: dict[int, float], ideal: list[int], k: int) -> float:
    dcg = sum(gains.get(a, 0.0) / math.log2(i + 2) for i, a in enumerate(page[:k]))
    best = sum(gains[a] / math.log2(i + 2) for i, a in enumerate(ideal[:k]))
    return dcg / best if best else 1.0


def every_match_scored_ms(conn: sqlite3.Connection, text: str) -> float:
    """The time of the first page as ``archiver search`` ranked it before the window: the
    statement it ran (every match joined to its row, flagged, scored, sorted), timed once."""
    search = Search(conn, text)
    sql, params = search.matches_sql()
    started = time.perf_counter()
    conn.execute(
        f"SELECT a.id, a.url, a.title, a.published_at, a.site, a.author, a.author_unit, "
        f"a.category, a.lead, a.body, f.rowid, (f.rowid IN (SELECT rowid FROM {_EXACT} "
        f"WHERE {_EXACT} MATCH ?)) AS exact_hit {sql} ORDER BY exact_hit DESC, "
        f"bm25({_FOLDED}, {_WEIGHTS}) LIMIT 20", [search.exact_q, *params]).fetchall()
    return (time.perf_counter() - started) * 1000


def run(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows: list[dict[str, Any]] = []
    for text in QUERIES:
        gains, ideal = reference(conn, text)
        before_ms = every_match_scored_ms(conn, text)
        started = time.perf_counter()   # the same work as the statement: rows, no snippets
        page = [int(row[0]) for row, _ in Search(conn, text)._relevance(20, 0)]
        window_ms = (time.perf_counter() - started) * 1000
        assert page == [hit.id for hit in Search(conn, text).hits(20, 0, "relevance")]
        top = set(ideal[:20])
        rows.append({"query": text, "matches": len(gains), "before_ms": before_ms,
                     "window_ms": window_ms,
                     "ndcg10": ndcg(page, gains, ideal, 10),
                     "ndcg20": ndcg(page, gains, ideal, 20),
                     "overlap20": len(set(page) & top) / max(1, len(top))})
    conn.close()
    mean = {key: sum(float(r[key]) for r in rows) / len(rows)
            for key in ("ndcg10", "ndcg20", "overlap20")}
    before = sorted(float(r["before_ms"]) for r in rows)
    after = sorted(float(r["window_ms"]) for r in rows)
    return {"queries": rows, "mean": mean, "before_p95_ms": _p95(before),
            "window_p95_ms": _p95(after),
            "min": {key: min(float(r[key]) for r in rows) for key in mean}}


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(result: dict[str, Any]) -> str:
    lines = [f"RELEVANCE {r['query'][:30]!r:<34} {r['matches']:>9,} matches: NDCG@10 "
             f"{r['ndcg10']:.3f}, NDCG@20 {r['ndcg20']:.3f}, overlap@20 {r['overlap20']:.2f}; "
             f"first page {r['window_ms']:.0f} ms (every match scored: {r['before_ms']:.0f} ms)"
             for r in result["queries"]]
    mean, low = result["mean"], result["min"]
    lines.append(f"RELEVANCE agreement with full bm25 over {len(result['queries'])} queries: "
                 f"NDCG@10 mean {mean['ndcg10']:.3f} (min {low['ndcg10']:.3f}), NDCG@20 mean "
                 f"{mean['ndcg20']:.3f} (min {low['ndcg20']:.3f}), overlap@20 mean "
                 f"{mean['overlap20']:.2f} (min {low['overlap20']:.2f})")
    lines.append(f"RELEVANCE first page, one cold-ish run per query, same run: p95 "
                 f"{result['window_p95_ms']:.0f} ms with the window, "
                 f"{result['before_p95_ms']:.0f} ms with every match scored (x"
                 f"{result['before_p95_ms'] / max(result['window_p95_ms'], 1e-9):.1f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    print(report(run(args.db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
