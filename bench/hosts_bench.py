"""Every province at once, at the politeness limit: many hosts crawled in one run.

    .venv/bin/python -m bench.hosts_bench [--quick] [--hosts 200] [--articles 60]
                                           [--workers N] [--delay 1.0]

``HostsReplica`` serves N replica hosts from one process, each on its own loopback address
(127.0.0.2, 127.0.0.3, …; distinct ports on 127.0.0.1 where those cannot be bound), each with
its own robots.txt (some add ``Crawl-delay: 1``, some keep a section out, some name a
sitemap), its own article set (a different text seed) and ~30 KB pages (the Lạng Sơn portal
with the footer, agency links and inline script real portals carry). archiver crawls all of
them in one run, as ``archiver crawl`` would: delay 1 s and concurrency 1 per host.

Reported: the request rate the hosts saw against the ceiling (hosts ÷ delay) over the window
in which every host was being crawled; the crawler's CPU (its own process and its extraction
workers) and the server's; the crawler's event-loop lag (a task that sleeps 50 ms at a time
and measures how late it wakes); memory (RSS sampled every second); and, per host, the gaps
between its requests as the server saw them arrive: the longest wait beyond the delay, and
how many hosts ever waited more than one delay extra (starved).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import itertools
import json
import logging
import math
import multiprocessing
import os
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, ClassVar

from bench import peak_rss_mb

__all__ = ["HostsReplica", "report", "run", "run_crawl"]

logger = logging.getLogger("bench.hosts")

TODAY = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT = 1800.0
LAG_TICK = 0.05


# --------------------------------------------------------------------------------------------
# the hosts: one process, one event loop, one socket per host
# --------------------------------------------------------------------------------------------
def _agencies(index: int) -> str:
    """The footer real portals carry: every agency of the province, a contact block, the
    counters' and menus' inline script. Deterministic per host, ~22 KB."""
    from html import escape

    units = ("Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp",
             "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch",
             "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương", "Sở Xây dựng",
             "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường",
             "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
             "Sở Khoa học và Công nghệ", "Ban Dân tộc", "Thanh tra tỉnh", "Văn phòng UBND tỉnh")
    places = ("thành phố", "huyện Cao Lộc", "huyện Văn Lãng", "huyện Tràng Định",
              "huyện Bình Gia", "huyện Văn Quan", "huyện Bắc Sơn", "huyện Hữu Lũng",
              "huyện Chi Lăng", "huyện Lộc Bình", "huyện Đình Lập")
    links = []
    for k, unit in enumerate(units):
        for j, place in enumerate(places[: 1 + (k + index) % 4]):
            links.append(f'<li><a href="https://s{k}-{j}.h{index}.example.gov.vn/" '
                         f'target="_blank" title="{escape(unit)} {escape(place)}">'
                         f"{escape(unit)} {escape(place)}</a></li>")
    menu = [{"id": k, "title": unit, "url": f"/Default.aspx?siteid=1&c=page&id={k}",
             "children": [{"id": k * 10 + j, "title": f"{unit} – {place}"}
                          for j, place in enumerate(places[:5])]}
            for k, unit in enumerate(units)]
    script = json.dumps({"site": index, "menu": menu, "counter": {"online": 12 + index}},
                        ensure_ascii=False)
    return (f'<div id="links" class="footer-links"><h3>Liên kết website</h3><ul>{"".join(links)}'
            f"</ul></div>\n<script>var portalConfig = {script};</script>\n")


def _site(index: int, n_articles: int) -> Any:
    """Host ``index``: the Lạng Sơn replica with its own articles, robots.txt and heavy
    chrome."""
    from archiver.replica import langson
    from archiver.replica.site import Request, Response

    rules = [langson.ROBOTS]
    if index % 3 == 0:
        rules.append("Crawl-delay: 1\n")
    if index % 4 == 1:
        rules.append("Disallow: /Default.aspx?*catid=9\n")   # a section kept out
    footer = _agencies(index)

    class Host(langson.LangsonSite):
        def route(self, request: Request) -> Response:
            if request.path == "/robots.txt":
                sitemap = (f"Sitemap: {request.base_url}/sitemap.xml\n"
                           if index % 5 == 2 else "")
                return Response.text("".join(rules) + sitemap)
            return super().route(request)

        def chrome(self, title: str, main: str) -> str:
            page = super().chrome(title, main)
            return page.replace("</form>", "</form>\n" + footer, 1)

    base = langson.langson_site(n_articles, seed=1000 + index, today=TODAY)
    # every page lists ~15 other articles (newest, most read, related): their texts composed
    # once, not on every page, so the server spends less of the machine's two cores
    base.catalog.entry = functools.lru_cache(maxsize=None)(base.catalog.entry)  # type: ignore[method-assign]
    return Host(base.catalog, today=TODAY)


class _HTTP(asyncio.Protocol):
    """A minimal HTTP/1.1 keep-alive server for one host's site (GET and HEAD)."""

    def __init__(self, server: _Server, index: int) -> None:
        self.server = server
        self.index = index
        self.buffer = b""
        self.arrived = 0.0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        if not self.buffer:
            self.arrived = time.time()
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            self.answer(head, self.arrived)
            self.arrived = time.time()

    def answer(self, head: bytes, arrived: float) -> None:
        from archiver.replica.site import Request

        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        response = self.server.sites[self.index].handle(Request(method, target, headers))
        out = [f"HTTP/1.1 {response.status} X".encode()]
        out += [f"{k}: {v}".encode() for k, v in response.headers]
        out.append(f"Content-Length: {len(response.body)}".encode())
        assert self.transport is not None
        self.transport.write(b"\r\n".join(out) + b"\r\n\r\n"
                             + (b"" if method == "HEAD" else response.body))
        self.server.log.append((self.index, arrived, target, response.status,
                                len(response.body)))


class _Server:
    def __init__(self, hosts: int, n_articles: int) -> None:
        self.sites = [_site(i, n_articles) for i in range(hosts)]
        self.log: list[tuple[int, float, str, int, int]] = []
        self.bases: list[str] = []

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        port = 0
        distinct = True
        for i in range(len(self.sites)):
            address = f"127.0.0.{i + 2}" if distinct else "127.0.0.1"
            factory = functools.partial(_HTTP, self, i)
            try:
                server = await loop.create_server(factory, address, port if distinct else 0,
                                                  backlog=64)
            except OSError:
                if not distinct or i:
                    raise
                distinct = False            # not Linux: one address, a port per host
                address = "127.0.0.1"
                server = await loop.create_server(factory, address, 0)
            bound = server.sockets[0].getsockname()[1]
            port = port or bound
            self.bases.append(f"http://{address}:{bound}")


def _serve(conn: Connection, hosts: int, n_articles: int) -> None:
    server = _Server(hosts, n_articles)

    async def main() -> None:
        await server.start()
        conn.send((server.bases, [s.start_paths() for s in server.sites],
                   [len(s.catalog.removed) for s in server.sites]))
        loop = asyncio.get_running_loop()
        while True:
            command = await loop.run_in_executor(None, conn.recv)
            if command == "stats":
                usage = resource.getrusage(resource.RUSAGE_SELF)
                conn.send({"log": server.log, "cpu": usage.ru_utime + usage.ru_stime})
            elif command == "reset":
                server.log = []
                conn.send(None)
            elif command == "stop":
                return

    asyncio.run(main())


class HostsReplica:
    """``hosts`` replica hosts of ``n_articles`` articles each, served by a spawned process."""

    def __init__(self, hosts: int, n_articles: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, hosts, n_articles),
                                 name=f"hosts-{hosts}", daemon=True)
        self.hosts = hosts
        self.n_articles = n_articles
        self.bases: list[str] = []
        self.start_paths: list[list[str]] = []

    def __enter__(self) -> HostsReplica:
        self._proc.start()
        if not self._conn.poll(120):
            raise RuntimeError("hosts replica did not start")
        self.bases, self.start_paths, _ = self._conn.recv()
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self._conn.send("stop")
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(5)

    def reset(self) -> None:
        """Forget the requests served so far."""
        self._conn.send("reset")
        self._conn.recv()

    def stats(self) -> dict[str, Any]:
        self._conn.send("stats")
        result: dict[str, Any] = self._conn.recv()
        return result

    def sources(self, delay: float) -> str:
        out = []
        for i, (base, starts) in enumerate(zip(self.bases, self.start_paths, strict=True)):
            listed = ", ".join(json.dumps(base + p) for p in starts)
            out.append(f'[[site]]\nname = "host-{i:03d}"\ntitle = "Tỉnh ủy {i}"\n'
                       f'province = "Tỉnh {i}"\nbase_url = "{base}/"\n'
                       f"start_urls = [{listed}]\nprofile = \"duk_langson\"\n"
                       f"delay = {delay}\nconcurrency = 1\n")
        return "\n".join(out)


# --------------------------------------------------------------------------------------------
# the crawler, in a child process, with its event loop and memory watched
# --------------------------------------------------------------------------------------------
class _Watched(asyncio.DefaultEventLoopPolicy):
    """Every event loop it makes runs a task measuring how late a 50 ms sleep wakes."""

    lags: ClassVar[list[float]] = []

    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        loop = super().new_event_loop()

        async def watch() -> None:
            while True:
                before = time.perf_counter()
                await asyncio.sleep(LAG_TICK)
                _Watched.lags.append(time.perf_counter() - before - LAG_TICK)

        loop.call_soon(lambda: loop.create_task(watch()))
        return loop


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _child(sources: str, db: str, workers: int, pools: str) -> dict[str, Any]:
    import httpx

    from archiver.config import CrawlSettings, parse_sources
    from archiver.crawl import CrawlOptions, crawl
    from archiver.store import Archive  # noqa: F401  (import cost outside the timed part)

    sites = parse_sources(Path(sources).read_text(encoding="utf-8"))
    settings = CrawlSettings(extract_workers=workers)
    # "shared": the transport archiver had before archiver.pools (httpx's own, one pool of
    # at most 64 connections for every host); "per-host": what the fetcher now picks
    transport = (httpx.AsyncHTTPTransport(limits=httpx.Limits(
        max_connections=64, max_keepalive_connections=32)) if pools == "shared" else None)
    samples: list[tuple[float, float]] = []
    done = threading.Event()
    t0 = time.perf_counter()

    def sample() -> None:
        while not done.wait(1.0):
            samples.append((time.perf_counter() - t0, _rss_mb()))

    sampler = threading.Thread(target=sample, daemon=True)
    asyncio.set_event_loop_policy(_Watched())
    me0 = resource.getrusage(resource.RUSAGE_SELF)
    sampler.start()
    report = crawl(db, sites, options=CrawlOptions(), settings=settings, transport=transport)
    wall = time.perf_counter() - t0
    done.set()
    me1 = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    return {"wall": wall, "articles": articles,
            "cpu": (me1.ru_utime + me1.ru_stime) - (me0.ru_utime + me0.ru_stime),
            "workers_cpu": kids.ru_utime + kids.ru_stime, "peak_rss_mb": peak_rss_mb(),
            "workers_rss_mb": kids.ru_maxrss / 1024, "rss": samples, "lags": _Watched.lags,
            "status": report.status, "failed": report.failed, "requests": report.requests,
            "totals": report.totals()}


def run_crawl(replica: HostsReplica, db: Path, *, delay: float, workers: int,
              pools: str = "per-host") -> dict[str, Any]:
    """One archiver crawl of every host, in a child process; its figures and the server's
    request log."""
    replica.reset()
    sources = db.with_suffix(".toml")
    sources.write_text(replica.sources(delay), encoding="utf-8")
    cpu0 = replica.stats()["cpu"]
    proc = subprocess.run([sys.executable, "-m", "bench.hosts_bench", "--child",
                           "--sources", str(sources), "--db", str(db),
                           "--workers", str(workers), "--pools", pools],
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT, cwd=ROOT,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"crawler child failed ({proc.returncode}): "
                           f"{proc.stderr.strip()[-2000:]}")
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    seen = replica.stats()
    out["server_cpu"] = seen["cpu"] - cpu0
    out["log"] = seen["log"]
    return out


# --------------------------------------------------------------------------------------------
# the figures
# --------------------------------------------------------------------------------------------
@dataclass
class _HostGaps:
    requests: int
    first: float
    last: float
    worst_extra: float          # longest wait beyond the delay between two of its requests
    extras: list[float]


def _per_host(log: list[tuple[int, float, str, int, int]], delay: float
              ) -> dict[int, _HostGaps]:
    by_host: dict[int, list[float]] = {}
    for index, arrived, _path, _status, _size in log:
        by_host.setdefault(index, []).append(arrived)
    out = {}
    for index, times in by_host.items():
        times.sort()
        extras = [max(0.0, b - a - delay) for a, b in itertools.pairwise(times)]
        out[index] = _HostGaps(len(times), times[0], times[-1], max(extras, default=0.0),
                               extras)
    return out


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def analyse(result: dict[str, Any], hosts: int, delay: float) -> dict[str, Any]:
    """The figures of one crawl (see the module's docstring)."""
    log = result["log"]
    gaps = _per_host(log, delay)
    ceiling = hosts / delay
    # the window in which every host was being crawled: from the last host's first request
    # to the first host's last request
    start = max(g.first for g in gaps.values())
    end = min(g.last for g in gaps.values())
    in_window = sum(1 for _, arrived, *_ in log if start <= arrived <= end)
    window = end - start
    sustained = in_window / window if window > 0 else 0.0
    first, last = min(g.first for g in gaps.values()), max(g.last for g in gaps.values())
    extras = [e for g in gaps.values() for e in g.extras]
    lags = result["lags"]
    rss = result["rss"]
    half = [mb for t, mb in rss if t >= result["wall"] / 2]
    quarter = [mb for t, mb in rss if t <= result["wall"] / 4]
    cpu = result["cpu"] + result["workers_cpu"]
    return {
        "hosts": hosts, "hosts_seen": len(gaps), "delay": delay,
        "requests": len(log), "articles": result["articles"], "failed": result["failed"],
        "status": result["status"],
        "ceiling_per_s": round(ceiling, 1),
        "sustained_per_s": round(sustained, 1),
        "of_ceiling": round(sustained / ceiling, 3) if ceiling else None,
        "window_s": round(window, 1),
        "overall_per_s": round(len(log) / (last - first), 1) if last > first else None,
        "wall_s": round(result["wall"], 1),
        "crawler_cpu_pct": round(100 * result["cpu"] / result["wall"], 1),
        "workers_cpu_pct": round(100 * result["workers_cpu"] / result["wall"], 1),
        "server_cpu_pct": round(100 * result["server_cpu"] / result["wall"], 1),
        "cpu_ms_per_request": round(1000 * cpu / max(1, len(log)), 2),
        "loop_lag_ms": {"p50": round(1000 * _pct(lags, 0.5), 1),
                        "p99": round(1000 * _pct(lags, 0.99), 1),
                        "max": round(1000 * max(lags, default=0.0), 1)},
        "rss_mb": {"first_quarter_max": round(max(quarter, default=0.0), 1),
                   "second_half_max": round(max(half, default=0.0), 1),
                   "peak": round(result["peak_rss_mb"], 1),
                   "workers_peak": round(result["workers_rss_mb"], 1)},
        "extra_wait_s": {"p50": round(_pct(extras, 0.5), 3),
                         "p99": round(_pct(extras, 0.99), 3),
                         "max": round(max(extras, default=0.0), 3)},
        "starved_hosts": sum(1 for g in gaps.values() if g.worst_extra > delay),
        "per_host_requests": {"min": min(g.requests for g in gaps.values()),
                              "max": max(g.requests for g in gaps.values())},
    }


#: the runs of a full benchmark: connection pools and extraction workers, before and after
FULL_RUNS = (("shared", 0), ("per-host", 0), ("per-host", 1))


def run(quick: bool = False, hosts: int | None = None, n_articles: int | None = None,
        delay: float = 1.0, workers: list[int] | None = None,
        pools: list[str] | None = None) -> dict[str, Any]:
    """Crawl every host once per (pools, extraction workers) setting; the figures of each.
    By default: the shared pool archiver had before, then one pool per host, with no worker
    and with one (quick: one pool per host and what ``archiver crawl`` picks)."""
    from archiver.config import default_extract_workers, parse_sources

    hosts = hosts or (30 if quick else 200)
    n_articles = n_articles or (16 if quick else 60)
    out: dict[str, Any] = {"hosts": hosts, "articles_per_host": n_articles, "delay": delay,
                           "cpus": os.cpu_count(), "runs": {}}
    with tempfile.TemporaryDirectory(prefix="hosts-bench-") as tmp, \
            HostsReplica(hosts, n_articles) as replica:
        # what `archiver crawl` picks for these sources when not told
        default = default_extract_workers(sites=parse_sources(replica.sources(delay)))
        out["default_workers"] = default
        if workers is None and pools is None:
            settings = [("per-host", default)] if quick else list(FULL_RUNS)
        else:
            settings = [(p, w) for p in (pools or ["per-host"])
                        for w in (workers if workers is not None else [default])]
        out["addresses"] = f"{replica.bases[0]} … {replica.bases[-1]}"
        for kind, count in settings:
            result = run_crawl(replica, Path(tmp) / f"hosts-{kind}-{count}.db", delay=delay,
                               workers=count, pools=kind)
            out["runs"][f"pools={kind}, workers={count}"] = analyse(result, hosts, delay)
    return out


def report(result: dict[str, Any]) -> str:
    lines = [f"every province at once: {result['hosts']} hosts × {result['articles_per_host']} "
             f"articles, ~30 KB pages, delay {result['delay']} s, concurrency 1 "
             f"({result['addresses']}), {result['cpus']} CPUs; `archiver crawl` picks "
             f"{result.get('default_workers', '?')} extraction worker(s) for these sources"]
    for name, row in result["runs"].items():
        lag, rss, extra = row["loop_lag_ms"], row["rss_mb"], row["extra_wait_s"]
        lines += [
            f"{name}: sustained {row['sustained_per_s']} req/s of a ceiling of "
            f"{row['ceiling_per_s']} ({100 * (row['of_ceiling'] or 0):.1f}%) over "
            f"{row['window_s']} s; {row['requests']} requests, {row['articles']} articles, "
            f"{row['failed']} failed, {row['wall_s']} s",
            f"  CPU: crawler {row['crawler_cpu_pct']}% of a core, extraction workers "
            f"{row['workers_cpu_pct']}%, server {row['server_cpu_pct']}%; "
            f"{row['cpu_ms_per_request']} ms crawler CPU per request",
            f"  event-loop lag p50 {lag['p50']} ms, p99 {lag['p99']} ms, max {lag['max']} ms; "
            f"RSS first quarter {rss['first_quarter_max']} MB, second half "
            f"{rss['second_half_max']} MB, peak {rss['peak']} MB (workers {rss['workers_peak']})",
            f"  wait beyond the delay between two requests to a host: p50 {extra['p50']} s, "
            f"p99 {extra['p99']} s, longest {extra['max']} s; hosts starved (a wait over one "
            f"delay extra): {row['starved_hosts']} of {row['hosts_seen']}",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hosts_bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="30 hosts × 16 articles")
    parser.add_argument("--hosts", type=int, default=None)
    parser.add_argument("--articles", type=int, default=None, help="articles per host")
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--workers", default=None,
                        help="extraction workers, comma-separated for several runs "
                             "(default: what `archiver crawl` picks on this machine)")
    parser.add_argument("--pools", default=None,
                        help="connection pools, comma-separated for several runs: per-host "
                             "(archiver's), shared (httpx's own, as before)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sources", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = _child(args.sources, args.db, int(args.workers or 0), args.pools or "per-host")
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    logging.basicConfig(level=logging.WARNING)
    workers = [int(w) for w in args.workers.split(",")] if args.workers else None
    pools = args.pools.split(",") if args.pools else None
    result = run(quick=args.quick, hosts=args.hosts, n_articles=args.articles,
                 delay=args.delay, workers=workers, pools=pools)
    sys.stdout.write(report(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
