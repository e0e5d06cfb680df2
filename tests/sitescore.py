"""Crawl score of archiver on blind replica sites: WSGI modules with a ``MANIFEST`` naming
their articles (canonical path, aliases), robots.txt rules and trap prefixes
(``tests/firstcontact/sites1/README.md``). Shared by the test suite and a command line:

    .venv/bin/python tests/sitescore.py tests/firstcontact/sites1 [--home-only] [module ...]
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from socketserver import ThreadingMixIn
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from archiver.clock import FakeClock
from archiver.config import CrawlSettings, parse_sources
from archiver.crawl import CrawlOptions, crawl
from archiver.urls import canonicalize

SETTINGS = CrawlSettings(connect_timeout=5, read_timeout=5, total_timeout=20, max_attempts=2,
                         backoff_base=0.1)


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class SiteScore:
    site: str
    articles: int
    found: int
    rows: int
    duplicates: int
    not_articles: int
    trap_requests: int
    robots_violations: int
    requests: int
    missing: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # the run's notes on the site
    #: articles split over pages (the manifest's ``article_parts``) whose row lacks a
    #: paragraph of a further page
    partial: list[str] = field(default_factory=list)
    #: records the site's ground truth says are wrong, by what is wrong (a date read from
    #: a modified-only byline or an en-US page, a stale copy's title or date, a
    #: translation's text on the article, legacy-font text left undecoded), with examples
    wrong: dict[str, list[str]] = field(default_factory=dict)

    @property
    def wrong_count(self) -> int:
        return sum(len(v) for v in self.wrong.values())

    @property
    def recall(self) -> float:
        return self.found / self.articles


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"blind_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _serve(app: Callable[..., Any], log: list[str], slow: bool = True) -> _Server:
    def logged(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        query = environ.get("QUERY_STRING", "")
        log.append(environ.get("PATH_INFO", "") + ("?" + query if query else ""))
        if not slow:
            environ["replica.nosleep"] = True   # (sets 5-7 skip their deliberate waits)
        return app(environ, start_response)

    server = make_server("127.0.0.1", 0, logged, server_class=_Server, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _headers_line(headers: dict[str, str] | None) -> str:
    """A site's ``headers`` setting as a sources file writes it."""
    if not headers:
        return ""
    pairs = ", ".join(f"{key} = {json.dumps(value)}" for key, value in headers.items())
    return f"headers = {{ {pairs} }}\n"


def score(path: Path, *, home_only: bool = False, slow: bool = True,
          headers: dict[str, str] | None = None) -> SiteScore:
    """Crawl the blind site at ``path`` (from its manifest's start URLs, or its home page
    alone) with ``profile = "auto"`` and map the rows to its manifest. ``slow=False``
    serves the sites' deliberately slow answers at once (each under every timeout: the
    test suite's time, not the crawl, is what they would cost). ``headers``: the site's
    ``headers`` setting, as an archivist would give it."""
    module = load(path)
    manifest = module.MANIFEST
    log: list[str] = []
    server = _serve(module.app, log, slow)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        # the site's home is its first start URL (a site in a directory of a shared
        # domain, "/tinhuy/", is configured there, as an archivist would)
        home = manifest["start_urls"][0]
        starts = [home] if home_only else manifest["start_urls"]
        text = ("[[site]]\nname = \"blind\"\ntitle = \"blind\"\nprovince = \"x\"\n"
                f"base_url = \"{base}{home}\"\nstart_urls = ["
                + ", ".join(f'"{base}{p}"' for p in starts)
                + "]\nprofile = \"auto\"\ndelay = 0.0\nconcurrency = 2\n"
                + _headers_line(headers))
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "a.db"
            report = crawl(db, parse_sources(text), settings=SETTINGS,
                           options=CrawlOptions(), clock=FakeClock())
            conn = sqlite3.connect(db)
            records = {url: (title, published, body) for url, title, published, body in
                       conn.execute("select url, title, published_at, body from articles")}
            rows = [(url, title) for url, (title, _, _) in records.items()]
            bodies = {url: body for url, (_, _, body) in records.items()}
            conn.close()
            parts = _part_texts(module, base)
    finally:
        server.shutdown()
        server.server_close()
    index: dict[str, str] = {}
    by_title: dict[str, str] = {}
    for canon, info in manifest["articles"].items():
        by_title.setdefault(" ".join(info["title"].split()), canon)
        for alias in (canon, *info["aliases"]):
            index[canonicalize(base + alias, "http")] = canon
    mapped: dict[str, list[str]] = {}
    strays = []
    translated = {canonicalize(base + p, "http")
                  for p in getattr(module, "SUMMARY", {}).get("translations", {})}
    for url, title in rows:
        key = index.get(canonicalize(url, "http")) or by_title.get(" ".join((title or "").split()))
        if key is not None:
            mapped.setdefault(key, []).append(url)
        elif canonicalize(url, "http") not in translated:
            strays.append(url)   # (a translation kept under its own address is no stray)
    # another agency's section of a shared domain counts as a trap request (its pages are
    # no part of the site: the crawl went where its archivist never sent it)
    elsewhere = [p.lower() for p in manifest.get("out_of_scope_prefixes", ())]
    traps = [p for p in log if any(p.startswith(t) if t.startswith("/") else t in p
                                   for t in manifest["trap_prefixes"])
             or any(p.lower().startswith(o) for o in elsewhere)]
    robots = [p for p in log if any(p.startswith(d) for d in manifest["robots_disallowed"])]
    partial = [canon for canon, texts in parts.items()
               if any(p not in " ".join(bodies.get(u, "") for u in mapped.get(canon, ()))
                      for p in texts)]
    return SiteScore(path.stem, len(manifest["articles"]), len(mapped), len(rows),
                     sum(len(v) - 1 for v in mapped.values()), len(strays), len(traps),
                     len(robots), len(log),
                     missing=[k for k in manifest["articles"] if k not in mapped][:5],
                     strays=strays[:5], traps=traps[:5],
                     notes=list(report.notes.get("blind", [])), partial=partial[:5],
                     wrong=_wrong(getattr(module, "SUMMARY", {}), mapped, records))


def _wrong(summary: dict[str, Any], mapped: dict[str, list[str]],
           records: dict[str, tuple[str | None, str | None, str | None]]
           ) -> dict[str, list[str]]:
    """The articles whose stored record the site's ground truth contradicts (sites16's
    keys): ``byline_dates`` and ``us_dates`` (the publication day), ``stale_copies`` (the
    current title and day, not a stale copy's), ``translations`` (the article's own
    headline, not its translation's), ``legacy_font`` (the text decoded to Unicode)."""
    def rows(canon: str) -> list[tuple[str | None, str | None, str | None]]:
        return [records[u] for u in mapped.get(canon, ()) if u in records]

    wrong: dict[str, list[str]] = {}

    def day_of(canon: str, truth: str, why: str) -> None:
        for _, published, _ in rows(canon):
            if (published or "")[:10] != truth[:10]:
                # (an empty date is counted apart: worse than none is a wrong one)
                wrong.setdefault(why if published else f"undated, {why}", []).append(
                    f"{canon}: {published} (truth {truth[:10]})")

    for canon, info in summary.get("byline_dates", {}).items():
        day_of(canon, info["published"], "published day (byline_dates)")
    for canon, info in summary.get("us_dates", {}).items():
        day_of(canon, info["published"], "published day (us_dates)")
    for info in summary.get("stale_copies", {}).values():
        # the record at the current address (a stale copy kept as a row of its own is
        # counted among the duplicates)
        own = [records[u] for u in mapped.get(info["current"], ())
               if u in records and urlsplit(u).path == urlsplit(info["current"]).path]
        for title, published, _ in own or rows(info["current"]):
            if " ".join((title or "").split()) != " ".join(info["title"].split()) or \
                    (published or "")[:10] != info["date"][:10]:
                wrong.setdefault("stale copy's title or day (stale_copies)", []).append(
                    f"{info['current']}: {title!r} {published}")
    for info in summary.get("translations", {}).values():
        for title, _, _ in rows(info["of"]):
            if " ".join((title or "").split()) != " ".join(info["vi_title"].split()):
                wrong.setdefault("translation on the article (translations)", []).append(
                    f"{info['of']}: {title!r}")
    for canon, info in summary.get("legacy_font", {}).items():
        for _, _, body in rows(canon):
            text = " ".join((body or "").split())
            if not all(" ".join(b["unicode"].split()) in text for b in info["blocks"]
                       if b.get("kind") == "paragraph"):
                wrong.setdefault("legacy font undecoded (legacy_font)", []).append(canon)
    return wrong


def _part_texts(module: ModuleType, base: str) -> dict[str, list[str]]:
    """Per article split over pages (``SUMMARY["article_parts"]``: its path -> its further
    pages' paths), the paragraphs its further pages print, read from the running site."""
    import urllib.request

    from archiver.extract import extract_page

    out: dict[str, list[str]] = {}
    for canon, paths in getattr(module, "SUMMARY", {}).get("article_parts", {}).items():
        for path in paths:
            with urllib.request.urlopen(base + path, timeout=10) as answer:
                page = extract_page(answer.read(), base + path).article
            out.setdefault(canon, []).extend(
                p for p in page.body.split("\n\n") if len(p) > 80)
    return out


def sites(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*.py") if p.stem not in ("check", "serve"))


def total(scores: Iterable[SiteScore]) -> str:
    scores = list(scores)
    n, found = sum(s.articles for s in scores), sum(s.found for s in scores)
    return (f"recall {found}/{n} = {found / n:.3f}; duplicates "
            f"{sum(s.duplicates for s in scores)}; non-article rows "
            f"{sum(s.not_articles for s in scores)}; trap requests "
            f"{sum(s.trap_requests for s in scores)}; robots violations "
            f"{sum(s.robots_violations for s in scores)}; wrong records "
            f"{sum(s.wrong_count for s in scores)}")


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    chosen = [p for p in sites(Path(args[0])) if not args[1:] or p.stem in args[1:]]
    scores = [score(p, home_only="--home-only" in argv) for p in chosen]
    for s in scores:
        print(json.dumps({**asdict(s), "recall": round(s.recall, 3),
                          "wrong": {k: [len(v), *v[:3]] for k, v in s.wrong.items()}},
                         ensure_ascii=False))
    print("TOTAL", total(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
