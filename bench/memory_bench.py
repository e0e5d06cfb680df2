"""Memory benchmark: peak RSS of a large crawl, archiver against the other crawlers, and that
it stays flat.

    .venv/bin/python -m bench.memory_bench [--quick]

The figures come from the crawl benchmark's runs (``bench/crawl_bench.py``): each crawler in a
fresh child process at 5,000 and 20,000 articles (quick: 500 and 2,000), its peak RSS
(``VmHWM``, see ``bench.peak_rss_mb``). A crawler whose memory is bounded shows (nearly) the
same peak at both sizes; the growth per 1,000 extra articles is reported too. ``make bench``
prints them with the crawl step instead of crawling twice.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from bench import crawl_bench

__all__ = ["from_crawl", "report", "run"]


def from_crawl(crawl: dict[str, Any]) -> dict[str, Any]:
    """The memory figures of a :func:`bench.crawl_bench.run` result."""
    sizes = [str(n) for n in crawl["sizes"]]
    out: dict[str, Any] = {"sizes": crawl["sizes"]}
    for name in crawl_bench.CRAWLERS:
        rows = [crawl["by_size"][n][name] for n in sizes]
        if any(row is None for row in rows):
            out[name] = None
            continue
        out[name] = {"articles": {n: row["articles"] for n, row in zip(sizes, rows, strict=True)},
                     "peak_rss_mb": {n: row["peak_rss_mb"]
                                     for n, row in zip(sizes, rows, strict=True)},
                     "growth_mb_per_1000": crawl["memory_growth_mb_per_1000"][name],
                     "seconds": {n: row["seconds"] for n, row in zip(sizes, rows, strict=True)}}
    big = sizes[-1]
    ours = out["archiver"]
    for name in ("stack", "spider"):
        theirs = out[name]
        if ours is not None and theirs is not None and theirs["peak_rss_mb"][big]:
            out[f"ratio_peak_rss_vs_{name}"] = round(ours["peak_rss_mb"][big]
                                                     / theirs["peak_rss_mb"][big], 2)
    return out


def run(quick: bool = False) -> dict[str, Any]:
    """Peak RSS of every crawler at a small and a large replica size."""
    return from_crawl(crawl_bench.run(quick=quick))


def report(result: dict[str, Any]) -> str:
    """The result of :func:`run` as a small text table."""
    small, big = (str(n) for n in result["sizes"])
    lines = [f"memory benchmark: peak RSS (MB) of one crawl, {small} vs {big} articles",
             f"{'':10}{'rss@' + small:>12}{'rss@' + big:>12}{'MB/1000 art':>13}"
             f"{'s@' + big:>10}"]
    for crawler in crawl_bench.CRAWLERS:
        row = result[crawler]
        if row is None:
            lines.append(f"{crawler:10}{'n/a (not installed)':>47}")
            continue
        lines.append(f"{crawler:10}{row['peak_rss_mb'][small]:>12}{row['peak_rss_mb'][big]:>12}"
                     f"{row['growth_mb_per_1000']!s:>13}{row['seconds'][big]:>10}")
    for name in ("stack", "spider"):
        if f"ratio_peak_rss_vs_{name}" in result:
            lines.append(f"archiver/{name} peak RSS at {big}: "
                         f"x{result[f'ratio_peak_rss_vs_{name}']}")
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
