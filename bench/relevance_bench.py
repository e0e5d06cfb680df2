"""Relevance order: its time, and how closely it agrees with ranking every match by bm25.

    .venv/bin/python -m bench.relevance_bench --db bench/out/store-1000000.db [--rounds 3]

The reference is the order ``archiver search`` gave before any window: every match scored,
the matches spelled as typed first, then bm25 of the folded index (10, 1, 3). Two orders
are measured against it, in the same run, on each query of ``bench.store_bench``'s fixed set
(rare, common and phrase queries, with and without accents):

* **before** — the code before issue 20 part 3 (:class:`NativeWindow`, kept here): FTS5's
  ``bm25()`` over each group's newest 5,000 matches;
* **now** — ``archiver.search`` as it is (see ``archiver.ranking``).

For each: the first page's time (``Search.hits``, snippets included; ``--rounds`` rounds, the
two orders alternating query by query, p50/p95 by kind) and, against the reference:

* **NDCG@10 / NDCG@20** with the reference's own scores as gains (a match as typed gains
  the best score on top of its own, so the gains follow the reference's order): how good
  the returned page is by the reference's measure (1.0: as good as the reference's page);
* **overlap@20**: the share of the reference's first 20 that the page holds (1.0: the same
  set), the stricter agreement.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import archiver.search
from archiver.search import Search, parse_query
from archiver.text import canonical_tones, fold
from bench.store_bench import QUERIES, kind

_FOLDED, _EXACT, _WEIGHTS = "articles_fts_folded", "articles_fts", "10.0, 1.0, 3.0"
#: The window of the code before: each group's newest this many, scored by FTS5's bm25().
BEFORE_WINDOW = 5_000


class NativeWindow:
    """A group of the relevance order as the code before ranked it: FTS5's ``bm25()`` over
    its newest :data:`BEFORE_WINDOW` matches (scored in the walk that finds them), then the
    older ones newest first. The interface of ``archiver.search._Window``, so the current
    ``Search`` runs it unchanged (:func:`before`)."""

    def __init__(self, search: Search, sql: str, params: list[object], index: str,
                 exclude: tuple[str, list[object]] | None = None) -> None:
        self.search, self.sql, self.params, self.index = search, sql, params, index
        self.exclude = exclude
        self._size: int | None = None
        self._edge: tuple[int | None] | None = None

    def _newest(self, columns: str) -> str:
        return (f"(SELECT f.rowid AS r{columns} {self.sql} ORDER BY f.rowid "
                f"LIMIT {BEFORE_WINDOW})")

    def _kept(self, column: str, joined: str = "WHERE") -> tuple[str, list[object]]:
        if self.exclude is None:
            return "", []
        clause, params = self.exclude
        return f" {joined} {column} {clause}", params

    def ranked(self, limit: int, offset: int) -> list[int]:
        kept, params = self._kept("r")
        return [r for (r,) in self.search._run(
            f"SELECT r FROM {self._newest(f', bm25({self.index}, {_WEIGHTS}) AS s')}{kept} "
            f"ORDER BY s, r LIMIT ? OFFSET ?", [*self.params, *params, limit, offset])]

    def size(self) -> int:
        if self._size is None:
            kept, params = self._kept("r")
            self._size = int(self.search._run(f"SELECT count(*) FROM {self._newest('')}{kept}",
                                              [*self.params, *params])[0][0])
        return self._size

    def edge(self) -> int | None:
        if self._edge is None:
            count, last = self.search._run(f"SELECT count(*), max(r) FROM {self._newest('')}",
                                           self.params)[0]
            self._edge = (int(last) if count >= BEFORE_WINDOW else None,)
        return self._edge[0]

    def older(self, limit: int, offset: int) -> list[int]:
        edge = self.edge()
        if edge is None:
            return []
        kept, params = self._kept("f.rowid", "AND")
        return [r for (r,) in self.search._run(
            f"SELECT f.rowid {self.sql} AND f.rowid > ?{kept} ORDER BY f.rowid "
            f"LIMIT ? OFFSET ?", [*self.params, edge, *params, limit, offset])]


@contextlib.contextmanager
def before() -> Iterator[None]:
    """``archiver.search``'s relevance order as the code before ranked it."""
    saved = archiver.search._Window
    archiver.search._Window = NativeWindow  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        archiver.search._Window = saved  # type: ignore[misc]


ORDERS: dict[str, Callable[[], contextlib.AbstractContextManager[None]]] = {
    "before": before, "now": contextlib.nullcontext}


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


def first_page(conn: sqlite3.Connection, text: str, order: str) -> tuple[list[int], float]:
    """The article ids of the first page of 20 in relevance order ``order``, and its
    time in ms (snippets included, as ``archiver search`` shows it)."""
    with ORDERS[order]():
        started = time.perf_counter()
        hits = Search(conn, text).hits(20, 0, "relevance")
        return [hit.id for hit in hits], (time.perf_counter() - started) * 1000


def run(db: Path, rounds: int = 3) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    times: dict[str, dict[str, list[float]]] = {order: {} for order in ORDERS}
    rows: list[dict[str, Any]] = []
    for text in QUERIES:
        gains, ideal = reference(conn, text)
        row: dict[str, Any] = {"query": text, "matches": len(gains),
                               "kind": kind(text, len(gains), total)}
        for order in ORDERS:
            page, _ = first_page(conn, text, order)
            top = set(ideal[:20])
            row[order] = {"ndcg10": ndcg(page, gains, ideal, 10),
                          "ndcg20": ndcg(page, gains, ideal, 20),
                          "overlap20": len(set(page) & top) / max(1, len(top))}
        rows.append(row)
    for n in range(rounds):    # the orders alternate query by query, first one then the other
        for i, row in enumerate(rows):
            ordered = list(ORDERS) if (n + i) % 2 == 0 else list(reversed(ORDERS))
            for order in ordered:
                _, ms = first_page(conn, row["query"], order)
                times[order].setdefault(row["kind"], []).append(ms)
                row.setdefault(f"{order}_ms", []).append(ms)
    conn.close()
    summary = {}
    for order in ORDERS:
        every = [ms for values in times[order].values() for ms in values]
        summary[order] = {
            "p50": statistics.median(every), "p95": percentile(every, 0.95),
            "kinds": {name: {"p50": statistics.median(v), "p95": percentile(v, 0.95),
                             "n": len(v)} for name, v in sorted(times[order].items())},
            **{key: {"mean": sum(r[order][key] for r in rows) / len(rows),
                     "min": min(r[order][key] for r in rows)}
               for key in ("ndcg10", "ndcg20", "overlap20")}}
    return {"articles": total, "rounds": rounds, "queries": rows, "summary": summary}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(result: dict[str, Any]) -> str:
    lines = []
    for r in result["queries"]:
        b, n = r["before"], r["now"]
        lines.append(
            f"RELEVANCE {r['query'][:30]!r:<34} {r['kind']:<6} {r['matches']:>9,} matches: "
            f"NDCG@10 {b['ndcg10']:.3f} -> {n['ndcg10']:.3f}, overlap@20 {b['overlap20']:.2f}"
            f" -> {n['overlap20']:.2f}; first page p50 {statistics.median(r['before_ms']):.0f}"
            f" -> {statistics.median(r['now_ms']):.0f} ms")
    s = result["summary"]
    for order in ORDERS:
        m = s[order]
        lines.append(f"RELEVANCE {order:<6} agreement with full bm25 over "
                     f"{len(result['queries'])} queries: NDCG@10 mean {m['ndcg10']['mean']:.3f} "
                     f"(min {m['ndcg10']['min']:.3f}), NDCG@20 mean {m['ndcg20']['mean']:.3f} "
                     f"(min {m['ndcg20']['min']:.3f}), overlap@20 mean "
                     f"{m['overlap20']['mean']:.2f}")
    for order in ORDERS:
        m = s[order]
        kinds = ", ".join(f"{name} p50 {v['p50']:.1f} p95 {v['p95']:.1f}"
                          for name, v in m["kinds"].items())
        lines.append(f"RELEVANCE {order:<6} first page, {result['rounds']} rounds: p50 "
                     f"{m['p50']:.1f} ms, p95 {m['p95']:.1f} ms ({kinds})")
    b, n = s["before"], s["now"]
    lines.append(f"RELEVANCE now against before, same run: p95 x{b['p95'] / n['p95']:.1f} "
                 f"faster (" + ", ".join(
                     f"{name} x{b['kinds'][name]['p95'] / n['kinds'][name]['p95']:.1f}"
                     for name in n["kinds"]) + f"); NDCG@10 {b['ndcg10']['mean']:.3f} -> "
                 f"{n['ndcg10']['mean']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(report(run(args.db, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
