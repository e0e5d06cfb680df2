"""Crawl benchmark: archiver against the stack a researcher would build instead, on the
loopback Lạng Sơn replica, politeness off.

    .venv/bin/python -m bench.crawl_bench [--quick] [--sizes 5000,20000]

Three crawlers, each in its own child process, on the same replica (its own process):

* **archiver** doing its whole job (``archiver crawl`` with its defaults);
* **the stack** (``bench/scrapy_stack.py``): Scrapy over the same listings, every response kept
  as a WARC record (warcio), every article through trafilatura's ``bare_extraction`` with
  metadata, title, date, author and body upserted into SQLite with an FTS5 index
  (sqlite-utils) — the same job, assembled from the usual tools;
* **the minimal spider** (``bench/scrapy_spider.py``): three fields by CSS selectors into a
  plain table, nothing kept, no index — a floor, not a comparison of the same job.

At 5,000 and 20,000 articles (quick: 500 and 2,000): articles/s, CPU seconds per 1,000
articles, peak RSS, and the accuracy of what each stored against the replica's own records
(title, date, minute, author, body token F1), side by side with archiver/stack ratios.
Then incremental: a second crawl of the unchanged site (requests from the replica's own log,
seconds, ratio to the first crawl), and a crawl after ``site.add_articles(10)``.

Politeness is off (delay 0, concurrency 8, robots.txt read and obeyed, no Crawl-delay). The
replica runs in its own process (:class:`ReplicaProcess`) and each crawler in a child Python
process that reports its own ``resource.getrusage``, so neither bills the other.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import multiprocessing
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench import peak_rss_mb

__all__ = ["CrawlResult", "ReplicaProcess", "accuracy", "report", "run", "run_archiver",
           "run_scrapy", "run_stack", "scrapy_available", "stack_available"]

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
CRAWLERS = ("archiver", "stack", "spider")
#: where each crawler keeps its articles: (table, title, date, author, body)
_COLUMNS = {"archiver": ("articles", "title", "published_at", "author", "body"),
            "stack": ("articles", "title", "date", "author", "body"),
            "spider": ("items", "title", "published", "NULL", "body")}
_ID = re.compile(r"[?&]id=(\d+)")


def stack_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None
               for name in ("scrapy", "trafilatura", "warcio", "sqlite_utils"))


def run_stack(replica: ReplicaProcess, db: Path) -> CrawlResult | None:
    """One crawl by the Scrapy + warcio + trafilatura + sqlite-utils stack; None when its
    packages are not installed."""
    if not stack_available():
        return None
    return _child(["-m", "bench.scrapy_stack", "--base", replica.base_url, "--db", str(db),
                   "--warc", str(db.with_suffix(".warc.gz")),
                   "--start", json.dumps(replica.start_paths),
                   "--concurrency", str(CONCURRENCY)], replica, "stack")


def _row(result: CrawlResult) -> dict[str, Any]:
    return {"articles": result.articles, "requests": result.requests,
            "seconds": round(result.wall, 2), "articles_per_s": round(result.rate, 1),
            "wall_s_per_1000": round(result.per_1000(result.wall), 2),
            "cpu_s_per_1000": round(result.per_1000(result.cpu), 2),
            "peak_rss_mb": round(result.maxrss_mb, 1),
            "server_cpu_s": round(result.server_cpu, 2)}


def accuracy(crawler: str, db: Path, site: Any) -> dict[str, float]:
    """What ``crawler`` stored in ``db`` against the replica's own records: the share of its
    live articles stored, and per stored article title, date, minute and author exact, body
    token F1 (``extract_bench.token_f1``)."""
    from bench.extract_bench import token_f1

    table, *columns = _COLUMNS[crawler]
    with sqlite3.connect(db) as conn:
        rows = conn.execute(f"select url, {', '.join(columns)} from {table}").fetchall()
    totals: dict[str, float] = dict.fromkeys(("title", "date", "minute", "author",
                                              "body_f1"), 0.0)
    scored = 0
    for url, title, published, author, body in rows:
        match = _ID.search(url)
        if match is None:
            continue
        try:
            want = site.expected(int(match.group(1)))
        except KeyError:
            continue
        scored += 1
        got = unicodedata.normalize("NFC", str(published or ""))
        totals["title"] += unicodedata.normalize("NFC", title or "") == want["title"]
        totals["date"] += got[:10] == want["published_at"][:10]
        totals["minute"] += got[:16] == want["published_at"][:16]
        totals["author"] += (author or None) == want["author"]
        totals["body_f1"] += token_f1(body or "", "\n".join(want["body"]))
    live = len(site.article_paths())
    out = {field: round(totals[field] / max(1, scored), 3)
           for field in ("title", "date", "minute", "author", "body_f1")}
    return {"stored": round(scored / max(1, live), 3), **out}


def _ratios(ours: CrawlResult, theirs: CrawlResult) -> dict[str, float | None]:
    return {
        "throughput": round(ours.rate / theirs.rate, 2) if theirs.rate else None,
        "cpu_per_article": round((ours.cpu / max(1, ours.articles))
                                 / (theirs.cpu / max(1, theirs.articles)), 2)
        if theirs.cpu else None,
        "peak_rss": round(ours.maxrss_mb / theirs.maxrss_mb, 2) if theirs.maxrss_mb else None,
    }


def _incremental(replica: ReplicaProcess, db: Path, first: CrawlResult) -> dict[str, Any]:
    second = run_archiver(replica, db)
    added = replica.add_articles(10)
    third = run_archiver(replica, db)
    return {
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


def run(quick: bool = False, sizes: tuple[int, ...] | None = None) -> dict[str, Any]:
    """Throughput, CPU, memory and accuracy of the three crawlers at each size; incremental
    re-crawls of the first size."""
    sizes = sizes or ((500, 2000) if quick else (5000, 20000))
    out: dict[str, Any] = {"sizes": list(sizes), "concurrency": CONCURRENCY, "by_size": {}}
    results: dict[int, dict[str, CrawlResult | None]] = {}
    for n in sizes:
        site = _bench_site(n, 10)      # the replica's own records, built here as it builds them
        row: dict[str, Any] = {}
        with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp, \
                ReplicaProcess(n) as replica:
            runs: dict[str, CrawlResult | None] = {
                "archiver": run_archiver(replica, Path(tmp) / "archive.db"),
                "stack": run_stack(replica, Path(tmp) / "stack.db"),
                "spider": run_scrapy(replica, Path(tmp) / "spider.db")}
            for name, result in runs.items():
                if result is None:
                    row[name] = None
                    continue
                db = Path(tmp) / {"archiver": "archive.db", "stack": "stack.db",
                                  "spider": "spider.db"}[name]
                row[name] = {**_row(result), "accuracy": accuracy(name, db, site)}
            ours, stack = runs["archiver"], runs["stack"]
            assert ours is not None
            if stack is not None:
                row["ratio_vs_stack"] = _ratios(ours, stack)
            if runs["spider"] is not None:
                row["ratio_vs_spider"] = _ratios(ours, runs["spider"])
            if n == sizes[0]:
                out["incremental"] = _incremental(replica, Path(tmp) / "archive.db", ours)
        out["by_size"][str(n)] = row
        results[n] = runs
    small, big = sizes[0], sizes[-1]
    out["memory_growth_mb_per_1000"] = {
        name: _growth(results[small][name], results[big][name]) for name in CRAWLERS}
    return out


def _growth(small: CrawlResult | None, big: CrawlResult | None) -> float | None:
    """MB of extra peak RSS per 1,000 extra articles."""
    if small is None or big is None or big.articles <= small.articles:
        return None
    return round(1000 * (big.maxrss_mb - small.maxrss_mb) / (big.articles - small.articles), 2)


def _verdict(ratio: dict[str, float | None]) -> str:
    t, c, m = ratio["throughput"], ratio["cpu_per_article"], ratio["peak_rss"]
    met = t is not None and t >= 2 and c is not None and c < 1 and m is not None and m < 1
    return (f"throughput x{t} (target >= 2), CPU per article x{c} (< 1), peak RSS x{m} (< 1): "
            f"{'met' if met else 'not met'}")


def report(result: dict[str, Any]) -> str:
    """The result of :func:`run` as text tables, one per size."""
    lines = [f"crawl benchmark: loopback Lạng Sơn replica, politeness off (concurrency "
             f"{result['concurrency']}); archiver vs the stack (Scrapy + warcio + trafilatura "
             f"+ sqlite-utils FTS5) vs a minimal Scrapy spider"]
    keys = ["articles", "requests", "seconds", "articles_per_s", "cpu_s_per_1000",
            "peak_rss_mb", "server_cpu_s"]
    fields = ["stored", "title", "date", "minute", "author", "body_f1"]
    for n, row in result["by_size"].items():
        lines.append(f"\n{int(n):,} articles")
        lines.append(f"{'':18}" + "".join(f"{name:>14}" for name in CRAWLERS))
        for key in keys:
            lines.append(f"{key:18}" + "".join(
                f"{'n/a' if row[name] is None else row[name][key]!s:>14}" for name in CRAWLERS))
        for key in fields:
            lines.append(f"{'accuracy ' + key:18}" + "".join(
                f"{'n/a' if row[name] is None else row[name]['accuracy'][key]!s:>14}"
                for name in CRAWLERS))
        if "ratio_vs_stack" in row:
            lines.append("archiver/stack: " + _verdict(row["ratio_vs_stack"]))
        if "ratio_vs_spider" in row:
            r = row["ratio_vs_spider"]
            lines.append(f"archiver/minimal spider: throughput x{r['throughput']}, CPU per "
                         f"article x{r['cpu_per_article']}, peak RSS x{r['peak_rss']}")
    growth = result["memory_growth_mb_per_1000"]
    lines.append("peak RSS growth per 1,000 extra articles (MB): " + ", ".join(
        f"{name} {growth[name]}" for name in CRAWLERS))
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
    parser.add_argument("--sizes", default=None, help="article counts, e.g. 5000,20000")
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
    sizes = tuple(int(n) for n in args.sizes.split(",")) if args.sizes else None
    result = run(quick=args.quick, sizes=sizes)
    sys.stdout.write(report(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
