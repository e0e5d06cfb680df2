"""Memory benchmark: peak RSS of a large crawl, archiver against Scrapy, and that it stays flat.

    .venv/bin/python -m bench.memory_bench [--quick]

Crawls the loopback Lạng Sơn replica at two sizes, 5,000 and 20,000 articles (quick: 500 and
2,000), with each crawler in a fresh child process, and reports the child's peak RSS
(``VmHWM``, see ``bench.peak_rss_mb``). A crawler whose memory is bounded shows (nearly) the
same peak at both sizes; the growth per 1,000 extra articles is reported too. The replica
runs in its own process.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.crawl_bench import CrawlResult, ReplicaProcess, run_archiver, run_scrapy

__all__ = ["report", "run"]

logger = logging.getLogger("bench.memory")


def _sizes(quick: bool) -> tuple[int, int]:
    return (500, 2000) if quick else (5000, 20000)


def _growth(small: CrawlResult, big: CrawlResult) -> float:
    """MB of extra peak RSS per 1,000 extra articles."""
    extra = big.articles - small.articles
    return round(1000 * (big.maxrss_mb - small.maxrss_mb) / extra, 2) if extra > 0 else 0.0


def run(quick: bool = False) -> dict[str, Any]:
    """Peak RSS of archiver and Scrapy at a small and a large replica size."""
    sizes = _sizes(quick)
    results: dict[str, dict[int, CrawlResult | None]] = {"archiver": {}, "scrapy": {}}
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as tmp:
        for n in sizes:
            with ReplicaProcess(n) as replica:
                results["archiver"][n] = run_archiver(replica, Path(tmp) / f"archiver-{n}.db")
                results["scrapy"][n] = run_scrapy(replica, Path(tmp) / f"scrapy-{n}.db")
    small, big = sizes
    out: dict[str, Any] = {"sizes": list(sizes)}
    for crawler, by_size in results.items():
        a, b = by_size[small], by_size[big]
        if a is None or b is None:
            out[crawler] = None
            continue
        out[crawler] = {
            "articles": {str(small): a.articles, str(big): b.articles},
            "peak_rss_mb": {str(small): round(a.maxrss_mb, 1), str(big): round(b.maxrss_mb, 1)},
            "growth_mb_per_1000": _growth(a, b),
            "seconds": {str(small): round(a.wall, 1), str(big): round(b.wall, 1)},
        }
    ours, theirs = results["archiver"][big], results["scrapy"][big]
    if ours is not None and theirs is not None and theirs.maxrss_mb:
        out["ratio_peak_rss"] = round(ours.maxrss_mb / theirs.maxrss_mb, 2)
    return out


def report(result: dict[str, Any]) -> str:
    """The result of :func:`run` as a small text table."""
    small, big = (str(n) for n in result["sizes"])
    lines = [f"memory benchmark: peak RSS (MB) of one crawl, {small} vs {big} articles",
             f"{'':10}{'rss@' + small:>12}{'rss@' + big:>12}{'MB/1000 art':>13}"
             f"{'s@' + big:>10}"]
    for crawler in ("archiver", "scrapy"):
        row = result[crawler]
        if row is None:
            lines.append(f"{crawler:10}{'n/a (scrapy not installed)':>47}")
            continue
        lines.append(f"{crawler:10}{row['peak_rss_mb'][small]:>12}{row['peak_rss_mb'][big]:>12}"
                     f"{row['growth_mb_per_1000']:>13}{row['seconds'][big]:>10}")
    if "ratio_peak_rss" in result:
        lines.append(f"archiver/scrapy peak RSS at {big}: x{result['ratio_peak_rss']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory_bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sys.stdout.write(report(run(quick=args.quick)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
