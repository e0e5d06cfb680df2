"""Crawl benchmark: archiver against a minimal Scrapy spider on the loopback Lạng Sơn replica.

    .venv/bin/python -m bench.crawl_bench [--quick]

Measures, in one run, with politeness off (delay 0, concurrency 8, no robots Crawl-delay):

* throughput: articles/s fetched + extracted + stored, wall and CPU seconds per 1,000 articles,
  peak RSS, for archiver and for ``bench/scrapy_spider.py`` on the same replica size;
* incremental: a second crawl of the unchanged site (requests from the replica's own log,
  seconds, ratio to the first crawl), then a crawl after ``site.add_articles(10)``.

The replica runs in its own process (:class:`ReplicaProcess`) and each crawler in a child
Python process that reports its own ``resource.getrusage``, so neither bills the other.
The helpers here are shared with ``bench/memory_bench.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import multiprocessing
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench import peak_rss_mb

__all__ = ["CrawlResult", "ReplicaProcess", "run", "run_archiver", "run_scrapy",
           "scrapy_available"]

logger = logging.getLogger("bench.crawl")

TODAY = date(2026, 11, 1)          # fixed, so every run serves the same pages
CONCURRENCY = 8
CHILD_TIMEOUT = 900.0
ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# the replica, in its own process
# --------------------------------------------------------------------------------------------
def _bench_site(n_articles: int, per_page: int) -> Any:
    """The Lạng Sơn replica with politeness-neutral robots.txt and a fast related-news box.

    robots.txt keeps its Disallow rules but drops ``Crawl-delay: 2`` (it would throttle the
    crawler to 0.5 requests/s) and the ``Sitemap:`` line (so archiver discovers articles
    through the same listings and pagination as the Scrapy spider). "Tin liên quan" is
    computed by index arithmetic instead of a scan of the whole category, with the same
    result, so the server is not the bottleneck at 20,000 articles.
    """
    from html import escape

    from archiver.replica import langson
    from archiver.replica.site import Entry, Request, Response, render

    robots = "".join(line + "\n" for line in langson.ROBOTS.splitlines()
                     if not line.lower().startswith(("crawl-delay", "sitemap")))

    class BenchLangson(langson.LangsonSite):
        def route(self, request: Request) -> Response:
            if request.path == "/robots.txt":
                return Response.text(robots)
            return super().route(request)

        def detail(self, entry: Entry) -> str:
            catalog = self.catalog
            related: list[int] = []
            d = catalog.d_of(entry.id)
            assert d is not None
            while d > catalog.d_min and len(related) < 5:
                d -= 1
                article_id = catalog.id_of(d)
                if catalog.catid_of(d) == entry.catid and article_id not in catalog.removed:
                    related.append(article_id)
            main = render("langson.detail", href=escape(self.list_path(entry.catid)),
                          category=escape(entry.category), article=self.article_block(entry),
                          related=self.link_list(related))
            return self.chrome(entry.text.title, main)

    base = langson.langson_site(n_articles, today=TODAY, per_page=per_page)
    return BenchLangson(base.catalog, today=TODAY, per_page=per_page)


def _kind(path: str) -> str:
    if path.startswith("/robots.txt"):
        return "robots"
    if "a=detail" in path:
        return "article"
    if "a=list" in path:
        return "listing"
    return "other"


def _replica_main(conn: Connection, n_articles: int, per_page: int) -> None:
    from archiver.replica import ReplicaServer
    from archiver.replica import server as replica_server

    # The replica writes headers and body in separate send() calls; with Nagle's algorithm
    # on, the body waits for the client's delayed ACK (~40 ms on Linux loopback), which caps
    # both crawlers alike. StreamRequestHandler's own switch turns it off (this process only).
    replica_server._Handler.disable_nagle_algorithm = True
    site = _bench_site(n_articles, per_page)
    server = ReplicaServer(site).start()
    conn.send((server.base_url, site.start_paths()))
    cpu0 = 0.0
    try:
        while True:
            command, arg = conn.recv()
            if command == "stats":
                log = server.log
                kinds = Counter(_kind(r.path) for r in log)
                statuses = Counter(str(r.status) for r in log)
                usage = resource.getrusage(resource.RUSAGE_SELF)
                conn.send({"requests": len(log), "kinds": dict(kinds),
                           "statuses": dict(statuses),
                           "cpu": usage.ru_utime + usage.ru_stime - cpu0})
            elif command == "reset":
                server.reset_log()
                usage = resource.getrusage(resource.RUSAGE_SELF)
                cpu0 = usage.ru_utime + usage.ru_stime
                conn.send(None)
            elif command == "add":
                conn.send(site.add_articles(int(arg)))
            elif command == "stop":
                break
    finally:
        server.stop()
        conn.close()


class ReplicaProcess:
    """A langson replica of ``n_articles`` served by a separate (spawned) process."""

    def __init__(self, n_articles: int, per_page: int = 10) -> None:
        self.n_articles = n_articles
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_replica_main, args=(child, n_articles, per_page),
                                 name=f"replica-{n_articles}", daemon=True)
        self.base_url = ""
        self.start_paths: list[str] = []

    def __enter__(self) -> ReplicaProcess:
        self._proc.start()
        if not self._conn.poll(60):
            raise RuntimeError("replica process did not start")
        self.base_url, self.start_paths = self._conn.recv()
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self._conn.send(("stop", None))
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(5)

    def _ask(self, command: str, arg: object = None) -> Any:
        self._conn.send((command, arg))
        return self._conn.recv()

    def stats(self) -> dict[str, Any]:
        """Requests the server has seen since the last :meth:`reset`."""
        result: dict[str, Any] = self._ask("stats")
        return result

    def reset(self) -> None:
        self._ask("reset")

    def add_articles(self, n: int) -> list[int]:
        ids: list[int] = self._ask("add", n)
        return ids


# --------------------------------------------------------------------------------------------
# crawlers, each in a child process
# --------------------------------------------------------------------------------------------
@dataclass
class CrawlResult:
    crawler: str
    articles: int              # rows in the output database after the run
    wall: float                # seconds, crawl only (inside the child)
    cpu: float                 # user + system CPU seconds of the child during the crawl
    maxrss_mb: float           # peak RSS of the child process
    requests: int              # as seen by the replica's server log
    counts: dict[str, int]     # crawler-side counts (archiver: new/updated/...; scrapy: stats)
    server_cpu: float = 0.0    # CPU seconds the replica process spent serving this crawl

    @property
    def rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    def per_1000(self, seconds: float) -> float:
        return 1000 * seconds / self.articles if self.articles else 0.0


def sources_toml(base_url: str, start_paths: list[str]) -> str:
    starts = ", ".join(json.dumps(base_url + p) for p in start_paths)
    return (
        "[[site]]\n"
        'name = "duk-langson"\n'
        'title = "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"\n'
        'province = "Lạng Sơn"\n'
        f'base_url = "{base_url}/"\n'
        f"start_urls = [{starts}]\n"
        'profile = "duk_langson"\n'
        "delay = 0.0\n"
        f"concurrency = {CONCURRENCY}\n"
        "max_depth = 100000\n"
    )


def _rusage() -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of this process plus its finished children (archiver's
    extraction workers, when it starts any): CPU summed, RSS as self + largest child, an
    upper bound of the peak. The process's own peak is ``VmHWM`` (see ``peak_rss_mb``)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    return cpu, peak_rss_mb() + kids.ru_maxrss / 1024


def _archiver_child(base_url: str, start_paths: list[str], db: str) -> dict[str, Any]:
    from archiver.config import CrawlSettings, default_extract_workers, parse_sources
    from archiver.crawl import CrawlOptions, crawl
    from archiver.store import Archive  # noqa: F401  (import cost outside the timed part)

    sites = parse_sources(sources_toml(base_url, start_paths))
    # the same extraction workers `archiver crawl` uses by default
    settings = CrawlSettings(connect_timeout=10, read_timeout=30, max_attempts=2,
                             backoff_base=0.1, extract_workers=default_extract_workers())
    cpu0, _ = _rusage()
    t0 = time.perf_counter()
    report = crawl(db, sites, options=CrawlOptions(), settings=settings)
    wall = time.perf_counter() - t0
    cpu1, rss = _rusage()
    if report.status != "completed" or report.failed:
        logger.warning("archiver crawl %s with %d failed URL(s)", report.status, report.failed)
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    return {"articles": articles, "wall": wall, "cpu": cpu1 - cpu0, "maxrss_mb": rss,
            "counts": {**report.totals(), "requests": report.requests},
            "status": report.status}


def _child(args: list[str], replica: ReplicaProcess, crawler: str) -> CrawlResult:
    replica.reset()
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{crawler} child failed ({proc.returncode}): "
                           f"{proc.stderr.strip()[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    seen = replica.stats()
    return CrawlResult(crawler, int(out["articles"]), float(out["wall"]), float(out["cpu"]),
                       float(out["maxrss_mb"]), int(seen["requests"]),
                       {k: int(v) for k, v in out["counts"].items()}, float(seen["cpu"]))


def run_archiver(replica: ReplicaProcess, db: Path) -> CrawlResult:
    """One archiver crawl of ``replica`` into ``db`` (created or reused), in a child process."""
    return _child(["-m", "bench.crawl_bench", "--child", "--base", replica.base_url,
                   "--db", str(db), "--start", json.dumps(replica.start_paths)],
                  replica, "archiver")


def scrapy_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("scrapy") is not None


def run_scrapy(replica: ReplicaProcess, db: Path) -> CrawlResult | None:
    """One crawl by the minimal Scrapy spider; None when Scrapy is not installed."""
    if not scrapy_available():
        return None
    return _child(["-m", "bench.scrapy_spider", "--base", replica.base_url, "--db", str(db),
                   "--start", json.dumps(replica.start_paths),
                   "--concurrency", str(CONCURRENCY)], replica, "scrapy")


# --------------------------------------------------------------------------------------------
# the benchmark
# --------------------------------------------------------------------------------------------
def _row(result: CrawlResult) -> dict[str, Any]:
    return {"articles": result.articles, "requests": result.requests,
            "seconds": round(result.wall, 2), "articles_per_s": round(result.rate, 1),
            "wall_s_per_1000": round(result.per_1000(result.wall), 2),
            "cpu_s_per_1000": round(result.per_1000(result.cpu), 2),
            "peak_rss_mb": round(result.maxrss_mb, 1),
            "server_cpu_s": round(result.server_cpu, 2)}


def run(quick: bool = False) -> dict[str, Any]:
    """Throughput (archiver vs Scrapy) and incremental re-crawl on one replica."""
    n = 500 if quick else 5000
    out: dict[str, Any] = {"articles": n, "concurrency": CONCURRENCY}
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp, ReplicaProcess(n) as rep:
        db = Path(tmp) / "archive.db"
        first = run_archiver(rep, db)
        out["archiver"] = _row(first)
        scrapy = run_scrapy(rep, Path(tmp) / "scrapy.db")
        if scrapy is None:
            out["scrapy"] = None
        else:
            out["scrapy"] = _row(scrapy)
            out["ratio"] = {
                "throughput": round(first.rate / scrapy.rate, 2) if scrapy.rate else None,
                "cpu_per_article": round((first.cpu / max(1, first.articles))
                                         / (scrapy.cpu / max(1, scrapy.articles)), 2)
                if scrapy.cpu else None,
                "peak_rss": round(first.maxrss_mb / scrapy.maxrss_mb, 2),
            }
        second = run_archiver(rep, db)
        added = rep.add_articles(10)
        third = run_archiver(rep, db)
        out["incremental"] = {
            "first_requests": first.requests,
            "unchanged_requests": second.requests,
            "unchanged_seconds": round(second.wall, 2),
            "unchanged_ratio": round(second.requests / first.requests, 4)
            if first.requests else None,
            "added": len(added),
            "added_requests": third.requests,
            "added_seconds": round(third.wall, 2),
            "added_new": third.counts.get("new", 0),
            "articles_after": third.articles,
        }
    return out


def _fmt(value: object) -> str:
    return "n/a (scrapy not installed)" if value is None else str(value)


def report(result: dict[str, Any]) -> str:
    """The result of :func:`run` as a small text table."""
    lines = [f"crawl benchmark: {result['articles']} articles, loopback replica, "
             f"politeness off (concurrency {result['concurrency']})"]
    keys = ["articles", "requests", "seconds", "articles_per_s", "wall_s_per_1000",
            "cpu_s_per_1000", "peak_rss_mb", "server_cpu_s"]
    lines.append(f"{'':18}{'archiver':>14}{'scrapy':>28}")
    scrapy = result.get("scrapy")
    for key in keys:
        other = _fmt(None if scrapy is None else scrapy[key])
        lines.append(f"{key:18}{result['archiver'][key]!s:>14}{other:>28}")
    if scrapy is not None:
        ratio = result["ratio"]
        lines.append(f"archiver/scrapy: throughput x{ratio['throughput']}, CPU per article "
                     f"x{ratio['cpu_per_article']}, peak RSS x{ratio['peak_rss']}")
    inc = result["incremental"]
    lines.append(f"incremental: unchanged re-crawl {inc['unchanged_requests']} requests "
                 f"({100 * (inc['unchanged_ratio'] or 0):.2f}% of {inc['first_requests']}) "
                 f"in {inc['unchanged_seconds']}s; +{inc['added']} articles: "
                 f"{inc['added_requests']} requests, {inc['added_new']} new in "
                 f"{inc['added_seconds']}s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl_bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--start", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = _archiver_child(args.base, json.loads(args.start), args.db)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    logging.basicConfig(level=logging.WARNING)
    result = run(quick=args.quick)
    sys.stdout.write(report(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
