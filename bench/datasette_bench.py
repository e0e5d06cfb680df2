"""Datasette search-page latency on a synthetic archive (the analysts' view).

    .venv/bin/python -m bench.datasette_bench --n 100000

Loads ``n`` synthetic articles (bench.store_bench's generator) unless the file exists, starts
``archiver serve`` (live Datasette with the shipped metadata and plugins) and times, as a
browser fetches them:

* **one client**: the search page (``/db/articles?_search=…``: count, facets, 20 rows with
  snippets) for what analysts type — with and without accents, phrases, prefixes, the
  commonest words (``dang`` matches nearly every article), a facet chosen, a later page —
  plus the opening page and an article page; each three times. The first time of each is
  reported apart ("first"): the page keeps a search's total and facets until the archive
  changes, so asking again ("again") costs less;
* **16 concurrent clients**, 24 pages each, all different searches (a vocabulary of names,
  places and phrases, with and without accents, some narrowed by a site or a year, some a
  second page): p50/p95, errors, pages per second;
* **oversized queries**: a 1,000-word query's rejection, and 3 clients sending 10,000-word
  queries while 4 others search: how much the others slow down.
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from archiver.serve import serve
from archiver.store import Archive
from bench.store_bench import _percentile, articles

logger = logging.getLogger("bench.datasette")

# What analysts type in the search box: with and without accents, phrases, prefixes, rare
# names, and "dang"/"Đảng", which match nearly every article (the worst case for counts).
QUERIES = ["dang uy khoi", "Đảng ủy Khối", "hoa binh", "hoà bình", '"ban thuong vu tinh uy"',
           '"Ban Thường vụ Tỉnh ủy"', "nguyen*", "Nguyễn Văn*", "tham nhung", "chuyen doi so",
           '"dân vận khéo"', "kien giang", "dang", "Đảng", "nong thon moi OR chuyen doi so"]
#: Other pages of a session: narrowed by a facet, a later page, the opening page.
EXTRA: list[dict[str, str]] = [
    {"_search": "dang", "site": "tinhuy03"},
    {"_search": "Đảng ủy Khối", "year": "2024"},
    {"_search": "hoa binh", "_page": "3"},
    {"_search": "Đảng", "_order": "newest"},
    {},
]
CONCURRENT = 16
#: Requests each concurrent client makes.
PER_CLIENT = 24
#: What the concurrent clients search for: different words, so that each page is counted.
VOCABULARY = ["Nguyễn Văn Hùng", "nguyen van hung", "Kiên Giang", "kien giang", "Lạng Sơn",
              "tổng kết", "tong ket", "sơ kết", "kiểm tra giám sát", "hội nghị", "hoi nghi",
              '"Ủy ban Kiểm tra Tỉnh ủy"', '"ban dan van tinh uy"', "Đắk Lắk", "dak lak",
              "nông thôn mới", "người có công", "chuyen doi so", "Hồ Chí Minh", "ho chi minh",
              "thi đua", "an toàn giao thông", "Trần*", "Phạm Thị*", "đại hội", "dai hoi",
              "Cà Mau", "tham nhung OR tieu cuc", "Quảng Ninh", "thanh hoa", "Bình Phước",
              "phát động", "trao tặng", "gặp mặt", "kết nạp đảng viên", "Đồng Tháp"]


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


def _requests() -> list[dict[str, str]]:
    return [{"_search": q} for q in QUERIES] + EXTRA


def _timed(client: httpx.Client, url: str, params: dict[str, str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    status = client.get(url, params=params).status_code
    return (time.perf_counter() - t0) * 1000, status


def _workload(count: int) -> list[dict[str, str]]:
    """``count`` different pages, as many analysts make them: about half a new search (a
    term of the vocabulary, alone or with a place), a third narrowed by a site or a year,
    the rest the second page of an earlier one."""
    rng = random.Random(17)
    places = ["", " Lạng Sơn", " kien giang", " Nghệ An", " thai nguyen", " Cà Mau",
              " Hưng Yên", " tuyen quang", " Bình Phước", " dong thap", " Hòa Bình",
              " An Giang", " quang ninh", " Thanh Hóa", " lao cai", " Đắk Lắk"]
    searches = [f"{term}{place}" for term in VOCABULARY for place in places
                if not (place and ("*" in term or " OR " in term or '"' in term))]
    rng.shuffle(searches)
    pages: list[dict[str, str]] = []
    while len(pages) < count and searches:
        roll = rng.random()
        if roll < 0.15 and pages:
            pages.append({**rng.choice(pages), "_page": "2"})
        elif roll < 0.5:
            narrow = rng.choice([("site", f"tinhuy{rng.randrange(24):02d}"),
                                 ("year", str(rng.randrange(2010, 2027)))])
            pages.append({"_search": searches.pop(), narrow[0]: narrow[1]})
        else:
            pages.append({"_search": searches.pop()})
    return pages


def _single(base: str, rounds: int) -> dict[str, Any]:
    per_page: dict[str, list[float]] = {}
    with httpx.Client(timeout=60) as client:
        client.get(base, params={"_search": "warm up"})
        article = client.get(base + ".json", params={"_shape": "array", "_size": "1"}).json()
        for _round in range(rounds):
            for params in _requests():
                ms, status = _timed(client, base, params)
                if status != 200:
                    raise RuntimeError(f"{params}: HTTP {status}")
                label = " ".join(f"{k}={v}" for k, v in params.items()) or "(opening page)"
                per_page.setdefault(label, []).append(ms)
            ms, status = _timed(client, f"{base}/{article[0]['id']}", {})
            per_page.setdefault("(article page)", []).append(ms)
    timings = [t for values in per_page.values() for t in values]
    first = [values[0] for values in per_page.values()]
    again = [t for values in per_page.values() for t in values[1:]]
    return {"requests": len(timings),
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(_percentile(timings, 0.95), 1),
            "max_ms": round(max(timings), 1),
            "first_p50_ms": round(statistics.median(first), 1),
            "first_p95_ms": round(_percentile(first, 0.95), 1),
            "again_p50_ms": round(statistics.median(again), 1) if again else None,
            "again_p95_ms": round(_percentile(again, 0.95), 1) if again else None,
            "per_page_first_ms": {k: round(v[0], 1) for k, v in per_page.items()}}


def _clients(base: str, count: int, per_client: int, pages: list[dict[str, str]],
             stride: int = 3) -> dict[str, Any]:
    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client_loop(offset: int) -> None:
        with httpx.Client(timeout=60) as client:
            for i in range(per_client):
                params = pages[(offset + i) % len(pages)]
                try:
                    ms, status = _timed(client, base, params)
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(repr(exc))
                    continue
                with lock:
                    timings.append(ms)
                    if status != 200:
                        errors.append(f"HTTP {status} for {params}")

    threads = [threading.Thread(target=client_loop, args=(i * stride,)) for i in range(count)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - t0
    return {"clients": count, "requests": len(timings), "errors": len(errors),
            "error_examples": errors[:3],
            "p50_ms": round(statistics.median(timings), 1) if timings else None,
            "p95_ms": round(_percentile(timings, 0.95), 1) if timings else None,
            "pages_per_s": round(len(timings) / elapsed, 1)}


def _oversized(base: str) -> dict[str, Any]:
    """A 1,000-word query's rejection time; then 3 clients sending 10,000-word queries over
    and over while 4 clients search normally, against those 4 alone."""
    with httpx.Client(timeout=60) as client:
        ms, status = _timed(client, base, {"_search": " ".join(["dang"] * 1000)})
    alone = _clients(base, 4, 12, _requests())
    stop = threading.Event()
    attacks: list[float] = []

    def attacker() -> None:
        with httpx.Client(timeout=60) as client:
            while not stop.is_set():
                attacks.append(_timed(client, base, {"_search": " ".join(["dang"] * 10_000)})[0])

    threads = [threading.Thread(target=attacker) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        attacked = _clients(base, 4, 12, _requests())
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    return {"reject_1000_words_ms": round(ms, 1), "reject_status": status,
            "reject_10000_words_p50_ms": round(statistics.median(attacks), 1),
            "others_p95_ms_alone": alone["p95_ms"], "others_p95_ms_attacked": attacked["p95_ms"],
            "others_errors_attacked": attacked["errors"]}


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
    try:
        with httpx.Client(timeout=60) as client:
            _wait(client, f"http://127.0.0.1:{port}/-/versions.json", process)
        result = {"articles": n, **_single(base, rounds)}
        result["concurrent"] = _clients(base, CONCURRENT, PER_CLIENT,
                                        _workload(CONCURRENT * PER_CLIENT), stride=PER_CLIENT)
        result["oversized"] = _oversized(base)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    return result


def report(result: dict[str, Any]) -> str:
    c, o = result["concurrent"], result["oversized"]
    lines = [f"DATASETTE search page, {result['articles']:,} articles, one client: p50 "
             f"{result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms "
             f"({result['requests']} pages); first time p50 {result['first_p50_ms']} ms, p95 "
             f"{result['first_p95_ms']} ms; again p50 {result['again_p50_ms']} ms, p95 "
             f"{result['again_p95_ms']} ms"]
    lines += [f"  {q:<44} {ms:8.1f} ms (first time)"
              for q, ms in result["per_page_first_ms"].items()]
    lines.append(f"DATASETTE {c['clients']} concurrent clients: p50 {c['p50_ms']} ms, p95 "
                 f"{c['p95_ms']} ms, {c['errors']} errors, {c['pages_per_s']} pages/s "
                 f"({c['requests']} pages)")
    lines.append(f"DATASETTE oversized queries: 1,000 words refused in "
                 f"{o['reject_1000_words_ms']} ms (HTTP {o['reject_status']}), 10,000 words "
                 f"in {o['reject_10000_words_p50_ms']} ms; 4 clients' p95 "
                 f"{o['others_p95_ms_alone']} ms alone, {o['others_p95_ms_attacked']} ms with 3 "
                 f"clients sending 10,000-word queries ({o['others_errors_attacked']} errors)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--port", type=int, default=8779)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    print(report(run(args.n, args.db, args.port)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
