"""Datasette search-page latency on a synthetic archive (the analysts' view).

    .venv/bin/python -m bench.datasette_bench --n 100000

Loads ``n`` synthetic articles (bench.store_bench's generator) unless the file exists, starts
``archiver serve`` (Datasette, read-only, with the shipped metadata and facets) and times the
HTML table page with ``?_search=`` for rare, common and phrase queries, as a browser would
fetch it: facets, the match count and the first 50 rows included.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from archiver.serve import serve
from archiver.store import Archive
from bench.store_bench import _percentile, articles

logger = logging.getLogger("bench.datasette")

# What analysts type in the search box: unaccented words, a phrase, a prefix, a rare name,
# and "dang", which matches nearly every article (the worst case for facet counts).
QUERIES = ["dang uy khoi", "hoa binh", '"ban thuong vu tinh uy"', "nguyen*", "tham nhung",
           "chuyen doi so", '"dan van kheo"', "kien giang", "dang"]


def build(db: Path, n: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    archive = Archive(db)
    archive.upsert_many(articles(n), batch_size=5000)
    archive.close()


def _wait(client: httpx.Client, url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            client.get(url)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.2)


def run(n: int = 100_000, db: Path | None = None, port: int = 8779,
        rounds: int = 3) -> dict[str, Any]:
    db = db or Path(__file__).resolve().parent / "out" / f"datasette-bench-{n}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        started = time.perf_counter()
        build(db, n)
        logger.info("built %s (%d articles) in %.0f s", db, n, time.perf_counter() - started)
    process = serve(db, host="127.0.0.1", port=port)
    base = f"http://127.0.0.1:{port}/{db.stem}/articles"
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    try:
        with httpx.Client(timeout=60) as client:
            _wait(client, f"http://127.0.0.1:{port}/-/versions.json", process)
            client.get(base, params={"_search": "warm up"})
            for _round in range(rounds):
                for query in QUERIES:
                    t0 = time.perf_counter()
                    page = client.get(base, params={"_search": query})
                    per_query[query].append((time.perf_counter() - t0) * 1000)
                    if page.status_code != 200:
                        raise RuntimeError(f"{query!r}: HTTP {page.status_code}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    timings = [t for values in per_query.values() for t in values]
    return {"articles": n,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(_percentile(timings, 0.95), 1),
            "max_ms": round(max(timings), 1),
            "per_query_median_ms": {q: round(statistics.median(v), 1)
                                    for q, v in per_query.items()}}


def report(result: dict[str, Any]) -> str:
    lines = [f"DATASETTE search page, {result['articles']:,} articles: p50 {result['p50_ms']} ms, "
             f"p95 {result['p95_ms']} ms, max {result['max_ms']} ms"]
    lines += [f"  {q:<28} {ms:8.1f} ms" for q, ms in result["per_query_median_ms"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--port", type=int, default=8779)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    print(report(run(args.n, args.db, args.port)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
