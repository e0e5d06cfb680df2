"""``make bench``: every benchmark in one run, as ratios against the tools people would pick.

    python -m bench [--quick] [--only extract,store,ftslayout,crawl,memory,datasette]
                    [--store-db PATH [--store-reuse]]

* extract — field accuracy and pages/s on the golden corpus: archiver (profiles),
  archiver (auto only), trafilatura, newspaper4k; same pages, same warm-up.
* store   — load throughput with FTS + dedupe + revisions, search latency p50/p95 (newest first
  and by relevance, per kind), relevance order's agreement with full bm25 (NDCG@10/@20,
  overlap@20), size per article, and issue 20's targets met / not met, on synthetic
  Vietnamese articles (1,000,000; quick: 20,000). Runs in a child process.
* ftslayout — one FTS5 table with exact and folded columns against two tables (load time,
  size, searches), 50,000 articles (quick: 10,000).
* crawl   — archiver vs a minimal Scrapy spider on the loopback replica, politeness off;
  incremental re-crawls.
* memory  — peak RSS of archiver and Scrapy crawls at two sizes (flat memory check).
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

    result = extract_bench.run()
    cols = ("title", "date", "minute", "author", "unit", "captions_f1", "body_f1", "leaks",
            "pages_per_s")
    print(f"\n== extraction: {result['pages']} golden pages ==")
    print(f"{'extractor':<22}" + "".join(f"{c:>12}" for c in cols))
    _table(result, cols)
    for other in ("trafilatura", "newspaper4k"):
        theirs = result.get(other)
        if theirs:
            ratio = result["archiver (profile)"]["pages_per_s"] / theirs["pages_per_s"]
            result[f"speedup_vs_{other}"] = round(ratio, 1)
            print(f"archiver pages/s = {ratio:.1f} x {other}")
    heavy = result.get("heavy")
    if heavy:
        print(f"\n== extraction: {heavy['pages']} heavy first-contact pages "
              f"({heavy['kb_mean']:.0f} KB on average) ==")
        print(f"{'extractor':<22}" + "".join(f"{c:>12}" for c in cols))
        _table(heavy, cols)
        if heavy.get("trafilatura"):
            ratio = (heavy["archiver (profile)"]["pages_per_s"]
                     / heavy["trafilatura"]["pages_per_s"])
            heavy["speedup_vs_trafilatura"] = round(ratio, 1)
            print(f"archiver pages/s on heavy pages = {ratio:.1f} x trafilatura")
    return result


def _table(result: dict[str, Any], cols: tuple[str, ...]) -> None:
    for name, row in result.items():
        if not isinstance(row, dict) or name == "heavy":
            continue
        print(f"{name:<22}" + "".join(
            f"{row[c]:>12.0f}" if c == "leaks" else
            f"{row[c]:>12.1f}" if c == "pages_per_s" else f"{row[c]:>12.3f}" for c in cols))


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


def _memory(quick: bool) -> dict[str, Any]:
    from bench import memory_bench

    print("\n== memory ==", flush=True)
    result = memory_bench.run(quick=quick)
    print(memory_bench.report(result))
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
    parser.add_argument("--only", default="extract,store,ftslayout,crawl,memory,datasette")
    parser.add_argument("--store-db", type=Path, default=None,
                        help="build the store step's archive here and keep it (e.g. outside "
                             "the repo: /work/benchcache/store-1000000.db)")
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
             "crawl": lambda: _crawl(args.quick), "memory": lambda: _memory(args.quick),
             "datasette": lambda: _datasette(args.quick)}
    for name in args.only.split(","):
        results[name] = steps[name]()
        (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2,
                                                     default=str), encoding="utf-8")
    print(f"\nsaved {OUT / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
