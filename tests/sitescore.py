"""Crawl score of archiver on blind replica sites: WSGI modules with a ``MANIFEST`` naming
their articles (canonical path, aliases), robots.txt rules and trap prefixes
(``tests/firstcontact/sites1/README.md``). Shared by the test suite and a command line:

    .venv/bin/python tests/sitescore.py tests/firstcontact/sites1 [--home-only] [module ...]
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import sys
import tempfile
import threading
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from socketserver import ThreadingMixIn
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from zoneinfo import ZoneInfo

from archiver.clock import FakeClock
from archiver.config import CrawlSettings, parse_sources
from archiver.crawl import CrawlOptions, crawl
from archiver.text import canonical_tones
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

    #: a site serving a second day (``set_day(2)``, sites17 on): the day-2 articles
    #: (``MANIFEST_DAY2``) and how many of them the archive holds after a second crawl
    #: re-checking every known article, and what it holds that ``SUMMARY["day2"]`` says
    #: is wrong (by what: a second record, an overwritten text, a wrong withdrawal…)
    day2_articles: int = 0
    day2_found: int = 0
    day2_wrong: dict[str, list[str]] = field(default_factory=dict)
    #: a set scored as the timer's ordinary run (sites19 on): how many entries not due in one
    #: run it got right anyway, and how the noticeable ones went
    day2_extra: dict[str, int] = field(default_factory=dict)

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
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server


def _headers_line(headers: dict[str, str] | None) -> str:
    """A site's ``headers`` setting as a sources file writes it."""
    if not headers:
        return ""
    pairs = ", ".join(f"{key} = {json.dumps(value)}" for key, value in headers.items())
    return f"headers = {{ {pairs} }}\n"


def _allow_lines(text: str) -> list[str]:
    """The paths robots.txt allows for every crawler ("Allow:" in a ``User-agent: *``
    group; groups for ``*`` are one, RFC 9309)."""
    out, ours, agents = [], False, False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            ours = (ours and agents) or value == "*"
            agents = True
        elif key:
            agents = False
            if key == "allow" and ours and value:
                out.append(value)
    return out


def score(path: Path, *, home_only: bool = False, slow: bool = True,
          headers: dict[str, str] | None = None, hosts: tuple[str, ...] = ()) -> SiteScore:
    """Crawl the blind site at ``path`` (from its manifest's start URLs, or its home page
    alone) with ``profile = "auto"`` and map the rows to its manifest. ``slow=False``
    serves the sites' deliberately slow answers at once (each under every timeout: the
    test suite's time, not the crawl, is what they would cost). ``headers``: the site's
    ``headers`` setting, as an archivist would give it; ``hosts`` its ``hosts`` (a second
    host name of the site: an entry due only with it, sites21's ``due_with_hosts``, is
    then due)."""
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
                + _headers_line(headers)
                # (a host name given bare is served on the site's own port)
                + ("hosts = [" + ", ".join(f'"{h}:{server.server_address[1]}"' for h in hosts)
                   + "]\n" if hosts else ""))
        with tempfile.TemporaryDirectory() as tmp:
            # (SITESCORE_DB=path keeps the archive for a look afterwards)
            db = Path(os.environ.get("SITESCORE_DB") or Path(tmp) / "a.db")
            if db.exists():
                raise SystemExit(f"{db} exists: give SITESCORE_DB a path to create")
            clock = getattr(module, "SUMMARY", {}).get("clock")   # (sites19 on: the daily run)
            report = crawl(db, parse_sources(text), settings=SETTINGS,
                           options=CrawlOptions(),
                           clock=FakeClock(wall=_wall(clock, "day1") if clock else None))
            conn = sqlite3.connect(db)
            records = {url: (title, published, body) for url, title, published, body in
                       conn.execute("select url, title, published_at, body from articles")}
            rows = [(url, title) for url, (title, _, _) in records.items()]
            bodies = {url: body for url, (_, _, body) in records.items()}
            conn.close()
            parts = _part_texts(module, base)
            second: dict[str, Any] | None = None
            # days 2.. DAYS (sites21 on: five), each crawled as the set says; what the
            # archive holds checked after each day the set gives a truth for
            for day in range(2, getattr(module, "DAYS", 2) + 1) if hasattr(module, "set_day") \
                    else ():
                module.set_day(day)
                start = len(log)
                # the timer's ordinary run on that day (its clock at that day) for a set
                # that says when its days are; else every known article re-checked
                # (sites17, sites18)
                crawl(db, parse_sources(text), settings=SETTINGS,
                      options=CrawlOptions(revisit=not clock),
                      clock=FakeClock(wall=_wall(clock, f"day{day}") if clock else None))
                if not hasattr(module, f"MANIFEST_DAY{day}") or \
                        f"day{day}" not in module.SUMMARY:
                    continue
                found = _day_n(module, base, db, day, bool(hosts))
                # (robots.txt as the site serves it that day: a section it closed since)
                closed = getattr(module, f"MANIFEST_DAY{day}").get("robots_disallowed", ())
                forbidden = [q for q in log[start:] if any(q.startswith(d) for d in closed)]
                if forbidden:
                    found["day2_wrong"]["a request robots.txt forbids on day 2"] = forbidden
                second = found if second is None else _add_days(second, found, day)
        # the Allow lines of robots.txt as the site serves it (an allowed path under a
        # disallowed prefix, WordPress's admin-ajax.php, is no violation)
        before = len(log)
        try:
            with urllib.request.urlopen(f"{base}/robots.txt", timeout=10) as answer:
                allowed = _allow_lines(answer.read().decode("utf-8", "replace"))
        except OSError:
            allowed = []
        del log[before:]
    finally:
        if hasattr(module, "set_day"):
            module.set_day(1)
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
    robots = [p for p in log if any(p.startswith(d) and not any(
        p.startswith(a) and len(a) > len(d) for a in allowed)
        for d in manifest["robots_disallowed"])]
    partial = [canon for canon, texts in parts.items()
               if any(p not in " ".join(bodies.get(u, "") for u in mapped.get(canon, ()))
                      for p in texts)]
    return SiteScore(path.stem, len(manifest["articles"]), len(mapped), len(rows),
                     sum(len(v) - 1 for v in mapped.values()), len(strays), len(traps),
                     len(robots), len(log),
                     missing=[k for k in manifest["articles"] if k not in mapped][
                         :None if os.environ.get("SITESCORE_ALL") else 5],
                     strays=strays[:5], traps=traps[:5],
                     notes=list(report.notes.get("blind", [])), partial=partial[:5],
                     wrong=_wrong(getattr(module, "SUMMARY", {}), mapped, records),
                     **(second or {}))


def _wall(clock: dict[str, str], day: str) -> float:
    """The wall-clock seconds of ``clock[day]`` ("2025-06-17 09:40") in its time zone."""
    when = datetime.strptime(clock[day], "%Y-%m-%d %H:%M")
    return when.replace(tzinfo=ZoneInfo(clock.get("tz", "Asia/Ho_Chi_Minh"))).timestamp()


def _address(base: str, path: str) -> str:
    """A manifest's address on the served site: a path under ``base``, or one on the site's
    second host name written ``//localhost/<path>`` (sites21: the same port)."""
    if path.startswith("//"):
        host, _, rest = path[2:].partition("/")
        return f"http://{host}:{urlsplit(base).port}/{rest}"
    return base + path


def _add_days(before: dict[str, Any], day: dict[str, Any], n: int) -> dict[str, Any]:
    """The later days' figures added up (``day2_*``: every day after the first), each
    wrong record named with its day."""
    wrong = dict(before["day2_wrong"])
    for why, what in day["day2_wrong"].items():
        wrong[f"day {n}: {why}"] = what
    extra = Counter(before["day2_extra"])
    extra.update(day["day2_extra"])
    return {"day2_articles": before["day2_articles"] + day["day2_articles"],
            "day2_found": before["day2_found"] + day["day2_found"],
            "day2_wrong": wrong, "day2_extra": dict(extra)}


def _day_n(module: ModuleType, base: str, db: Path, n: int = 2,
           hosts: bool = False) -> dict[str, Any]:
    """What the archive holds after day ``n``'s crawl, against ``MANIFEST_DAY<n>`` and
    ``SUMMARY["day<n>"]``: each article's record found by any address it was ever served
    at (the archive's own ``article_urls`` included), then per changed article its title,
    publication minute, withdrawal and text; an article kept as two records is wrong."""
    conn = sqlite3.connect(db)
    records = {aid: (url, title, published, body, withdrawn) for
               aid, url, title, published, body, withdrawn in conn.execute(
                   "select id, url, title, published_at, body, withdrawn_at from articles")}
    by_url = {canonicalize(url, "http"): aid for url, aid in
              conn.execute("select url, article_id from article_urls")}
    by_url.update({canonicalize(r[0], "http"): aid for aid, r in records.items()})
    # every record an address ever gave (a reused address gives two: sites18's `url_reused`)
    every: dict[str, set[int]] = {}
    for url, aid in [*conn.execute("select url, article_id from article_urls"),
                     *((r[0], aid) for aid, r in records.items())]:
        every.setdefault(canonicalize(url.split("#", 1)[0], "http"), set()).add(aid)
    conn.close()
    changes: dict[str, Any] = module.SUMMARY[f"day{n}"]
    today = getattr(module, f"MANIFEST_DAY{n}")
    # an article's identity: its day-1 path (a new one: the path of the day it came); its
    # addresses: every path any day's manifest gives it
    identity: dict[str, str] = {}
    for entry_key, entry in [(k, e) for day in range(2, n + 1)
                             for k, e in module.SUMMARY.get(f"day{day}", {}).items()]:
        if entry.get("day2_url"):
            identity[urlsplit(entry["day2_url"]).path if "://" in entry["day2_url"]
                     else entry["day2_url"]] = entry["expect"]["same_record_as"] or entry_key
    addresses: dict[str, set[str]] = {}
    for day in range(1, n + 1):
        manifest = module.MANIFEST if day == 1 else getattr(module, f"MANIFEST_DAY{day}", None)
        for canon, info in (manifest or {"articles": {}})["articles"].items():
            who = canon if day == 1 else identity.get(canon, canon)
            addresses.setdefault(who, set()).update((canon, *info["aliases"]))
    held = {who: {by_url[c] for c in (canonicalize(_address(base, p), "http") for p in paths)
                  if c in by_url} for who, paths in addresses.items()}
    # (an article the day's ordinary run is not expected to reach, sites21's only on a
    # host the site's configuration does not name, counts only when held)
    day2 = {identity.get(canon, canon) for canon, info in today["articles"].items()
            if info.get("due", True) is not False or hosts}
    wrong: dict[str, list[str]] = {}
    extra: Counter[str] = Counter()

    def note(why: str, what: str) -> None:
        wrong.setdefault(why, []).append(what)

    for key, entry in changes.items():
        if hosts and entry.get("due_with_hosts"):
            entry = {**entry, "due": True}   # (the site's new host named in its hosts)
        expect, kind = entry["expect"], entry["kind"]
        who = expect["same_record_as"] or key
        ids = held.get(who, set())
        if entry.get("url_reused"):
            # one address, two articles: the record of this one is the one under its title
            # (the new one's key is its address and a fragment)
            path = urlsplit(entry.get("day2_url") or key.split("#", 1)[0]).path
            ids = {aid for aid in every.get(canonicalize(_address(base, path), "http"), set())}
            titled = {aid for aid in ids if canonical_tones(" ".join(
                (records[aid][1] or "").split())) == canonical_tones(
                " ".join(expect["title"].split()))}
            ids = titled or ids
        if not ids:
            if entry.get("due", True) is False:
                extra["not due, missed"] += 1   # (not reached: right too)
            else:
                note(f"no record ({kind})", key)
            continue
        if len(ids) > 1:
            note(f"two records ({kind})", f"{key}: {len(ids)}")
        for aid in ids:
            misses = _differences(records[aid], expect)
            if entry.get("due", True) is False:
                # (not due in one ordinary run: the day-1 record kept whole is right too;
                # anything else is corruption)
                caught = not misses
                if caught:
                    extra["not due, caught"] += 1
                    extra["not due noticeable, caught"] += bool(entry.get("noticeable"))
                elif _differences(records[aid], {**(entry.get("first") or entry["day1"]),
                                                 "body_lacks": None}):
                    note(f"neither the first record nor the day's (not due, {kind})", key)
                continue
            for miss in misses:
                note(f"{miss} ({kind})", key if miss.startswith(("withdrawn", "text"))
                     else f"{key}: {misses[miss]}")
            if not misses and entry.get("noticeable"):
                extra["due noticeable, right"] += 1
    extra["not due"] = sum(1 for e in changes.values() if e.get("due") is False)
    extra["due noticeable"] = sum(1 for e in changes.values()
                                  if e.get("due") and e.get("noticeable"))
    reused = {urlsplit(e.get("day2_url") or k.split("#", 1)[0]).path
              for k, e in changes.items() if e.get("url_reused")}
    # a notice, a hosting provider's page, a server's default page: never a record's
    # title or text (sites21's ``notice_markers``)
    for marker in module.SUMMARY.get("notice_markers", ()):
        for url, title, _, body, _ in records.values():
            if marker in (title or "") or marker in (body or ""):
                note("a notice stored as an article", f"{url}: {marker}")
    for who, ids in held.items():
        if len(ids) > 1 and who not in changes and who not in reused and \
                not any(e["expect"]["same_record_as"] == who for e in changes.values()):
            note("two records (unchanged)", f"{who}: {len(ids)}")
    return {"day2_articles": len(day2), "day2_found": sum(1 for w in day2 if held.get(w)),
            "day2_wrong": wrong, "day2_extra": dict(extra) if any(
                "due" in e for e in changes.values()) else {}}


def _differences(record: tuple[Any, ...], state: dict[str, Any]) -> dict[str, str]:
    """What of a stored record (url, title, published, body, withdrawn) differs from an
    expected ``state`` (title, published, withdrawn, body_contains, body_lacks): by what,
    the stored value."""
    _url, title, published, body, withdrawn = record
    text = " ".join((body or "").split())
    out: dict[str, str] = {}
    # (tone marks placed either way, "Uỷ"/"Ủy", are one spelling of one headline)
    if canonical_tones(" ".join((title or "").split())) != \
            canonical_tones(" ".join(state["title"].split())):
        out["title"] = repr(title)
    if (published or "")[:16].replace("T", " ") != state["published"]:
        out["published"] = f"{published} (truth {state['published']})"
    if bool(withdrawn) != bool(state["withdrawn"]):
        out[f"withdrawn {bool(withdrawn)}"] = ""
    if state.get("body_contains") and " ".join(state["body_contains"].split()) not in text:
        out["text lacks its sentence"] = ""
    if state.get("body_lacks") and " ".join(state["body_lacks"].split()) in text:
        out["text holds what it must not"] = ""
    return out


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
            f"{sum(s.wrong_count for s in scores)}"
            + (f"; day 2: {sum(s.day2_found for s in scores)}/"
               f"{sum(s.day2_articles for s in scores)} held, wrong records "
               f"{sum(len(v) for s in scores for v in s.day2_wrong.values())}"
               if any(s.day2_articles for s in scores) else "")
            + ("".join(f"; {k} {sum(s.day2_extra.get(k, 0) for s in scores)}"
                       for k in ("not due", "not due, caught", "not due noticeable, caught",
                                 "due noticeable", "due noticeable, right"))
               if any(s.day2_extra for s in scores) else ""))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    chosen = [p for p in sites(Path(args[0])) if not args[1:] or p.stem in args[1:]]
    scores = [score(p, home_only="--home-only" in argv) for p in chosen]
    for s in scores:
        print(json.dumps({**asdict(s), "recall": round(s.recall, 3),
                          "wrong": {k: [len(v), *v[:3]] for k, v in s.wrong.items()},
                          "day2_wrong": {k: [len(v), *v[:3]] for k, v in s.day2_wrong.items()}},
                         ensure_ascii=False))
    print("TOTAL", total(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
