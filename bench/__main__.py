"""``make bench``: every benchmark in one run, as ratios against the tools people would pick.

    python -m bench [--quick] [--only extract,store,ftslayout,crawl,memory,hosts,datasette]
                    [--store-db PATH [--store-reuse]]

* extract — field accuracy and pages/s: archiver (profiles), archiver (auto only),
  trafilatura, newspaper4k; same pages, same warm-up; on the golden corpus and on two sets
  of heavy pages (100-185 KB, as real portals serve them: the first blind set's pages of
  100 KB and more, and all the first-contact pages).
* store   — load throughput with FTS + dedupe + revisions, search latency p50/p95 (newest first
  and by relevance, per kind), relevance order against the code before it (FTS5's bm25()
  over the newest 5,000: first-page p50/p95 by kind, alternating in the same run, and the
  ratio) and both orders' agreement with full bm25 (NDCG@10/@20, overlap@20), size per
  article, and issue 20's targets met / not met, on synthetic Vietnamese articles
  (1,000,000; quick: 20,000). Runs in a child process.
* ftslayout — one FTS5 table with exact and folded columns against two tables (load time,
  size, searches), 50,000 articles (quick: 10,000).
* crawl   — archiver vs the equivalent stack (Scrapy + warcio + trafilatura + sqlite-utils
  FTS5) vs a minimal Scrapy spider on the loopback replica, politeness off, at 5,000 and
  20,000 articles (quick: 500 and 2,000): articles/s, CPU, peak RSS and its growth,
  accuracy; incremental re-crawls.
* memory  — the crawl step's peak RSS at both sizes, on its own (``make bench`` prints it
  with the crawl step).
* hosts   — every province at once: 200 replica hosts on their own loopback addresses
  (quick: 30), delay 1 s, concurrency 1: request rate against the ceiling, CPU, event-loop
  lag, memory, the longest wait beyond the delay; httpx's shared pool (before) against one
  pool per host, with no extraction worker and with one (quick: one run).
* datasette — the Datasette search page (facets, count, rows) on a 100,000-article archive
  (quick: 20,000), for rare, common and phrase queries.

Figures are printed as they come and saved to bench/out/results.json. Timings are not
asserted anywhere: these machines are noisy; compare ratios taken in the same run.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def _extract() -> dict[str, Any]:
    from bench import extract_bench

    print("\n== extraction ==", flush=True)
    result = extract_bench.run()
    print(extract_bench.report(result))
    return result


def _store(quick: bool, keep: Path | None, reuse: bool) -> dict[str, Any]:
    n = 20_000 if quick else 1_000_000
    print(f"\n== load and search: {n:,} synthetic articles (child process) ==", flush=True)
    db = keep or OUT / f"store-bench-{n}.db"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.store_bench", "--n", str(n), "--db",
                           str(db), *(["--reuse"] if reuse else [])],
                          capture_output=True, text=True)
    lines = [line for line in proc.stderr.splitlines()
             if line.startswith(("LOAD", "SIZE", "SEARCH", "PEAK", "TARGET", "RELEVANCE"))]
    for line in lines:
        print(line)
    if proc.returncode:
        print(proc.stderr[-2000:])
    for suffix in ("", "-wal", "-shm") if keep is None else ():
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {"articles": n, "lines": lines, "seconds": round(time.perf_counter() - started, 1),
            "exit": proc.returncode}


def _fts_layout(quick: bool) -> dict[str, Any]:
    from bench import fts_layout_bench

    n = 10_000 if quick else 50_000
    print(f"\n== FTS layout: one table against two, {n:,} articles ==", flush=True)
    result = fts_layout_bench.run(n)
    print(fts_layout_bench.report(result))
    return result


def _crawl(quick: bool) -> dict[str, Any]:
    from bench import crawl_bench

    print("\n== crawl ==", flush=True)
    result = crawl_bench.run(quick=quick)
    print(crawl_bench.report(result))
    return result


def _memory(quick: bool, crawl: dict[str, Any] | None) -> dict[str, Any]:
    from bench import memory_bench

    print("\n== memory ==", flush=True)
    result = memory_bench.from_crawl(crawl) if crawl else memory_bench.run(quick=quick)
    print(memory_bench.report(result))
    return result


def _hosts(quick: bool) -> dict[str, Any]:
    from bench import hosts_bench

    print("\n== every province at once ==", flush=True)
    result = hosts_bench.run(quick=quick)
    print(hosts_bench.report(result))
    return result


def _datasette(quick: bool) -> dict[str, Any]:
    from bench import datasette_bench

    n = 20_000 if quick else 100_000
    print(f"\n== Datasette search page: {n:,} synthetic articles ==", flush=True)
    db = OUT / f"datasette-bench-{n}.db"
    try:
        result = datasette_bench.run(n, db)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(datasette_bench.report(result))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    parser.add_argument("--only", default="extract,store,ftslayout,crawl,memory,hosts,datasette")
    parser.add_argument("--store-db", type=Path, default=None,
                        help="build the store step's archive here and keep it (e.g. "
                             "bench/out/store-1000000.db, which git ignores)")
    parser.add_argument("--store-reuse", action="store_true",
                        help="with --store-db: search the kept archive, no load")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    import archiver

    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count(), "archiver": archiver.__version__},
        "quick": args.quick,
    }
    print(f"archiver {archiver.__version__} on {platform.platform()}, "
          f"Python {platform.python_version()}")
    steps = {"extract": lambda: _extract(),
             "store": lambda: _store(args.quick, args.store_db, args.store_reuse),
             "ftslayout": lambda: _fts_layout(args.quick),
             "crawl": lambda: _crawl(args.quick),
             "memory": lambda: _memory(args.quick, results.get("crawl")),
             "hosts": lambda: _hosts(args.quick), "datasette": lambda: _datasette(args.quick)}
    for name in args.only.split(","):
        results[name] = steps[name]()
        (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2,
                                                     default=str), encoding="utf-8")
    print(f"\nsaved {OUT / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
