"""Extraction benchmark: field accuracy and pages/second, on three sets of pages.

* the golden corpus (``tests/golden``, ~100 pages of the profiled CMS families);
* heavy pages (the pages of 100 KB and more of the first blind set,
  ``tests/firstcontact/pages1``: 17 pages of 106-185 KB, as real portals serve them: view
  state, menus, tickers, inline scripts, comments);
* the first-contact pages (``tests/firstcontact``, heavy too: most 100-180 KB).

Compares archiver with profiles, archiver with auto heuristics only, trafilatura
(``bare_extraction`` with metadata) and newspaper4k (``Article.download(input_html=...)`` +
``parse()``, language ``vi``, no image fetching, no NLP); same pages, same warm-up, best of
``ROUNDS`` timed rounds.

    python -m bench.extract_bench
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from archiver.extract import extract
from archiver.text import decode_html

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"
#: Heavy pages written blind for this benchmark (106-185 KB)
#: The heavy set: the first blind set's pages of this size and more (17 pages).
HEAVY_BYTES = 100_000
#: Heavy pages too: the first-contact sets (most 100-180 KB, ViewState blobs, mega-menus,
#: sidebars), where extractors differ most in speed.
FIRST_CONTACT = Path(__file__).resolve().parent.parent / "tests" / "firstcontact"
CONTROL_LABELS = ("In bài", "Lượt xem", "Đã xem", "Chia sẻ", "Gửi email", "A- A+")
_TOKEN = re.compile(r"\w+")
Page = tuple[str, bytes, str | None, dict[str, Any]]
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ROUNDS = 3


def _f1(got: Counter[str], want: Counter[str]) -> float:
    if not got and not want:
        return 1.0
    common = sum((got & want).values())
    if not common:
        return 0.0
    p, r = common / sum(got.values()), common / sum(want.values())
    return 2 * p * r / (p + r)


def token_f1(got: str, want: str) -> float:
    return _f1(Counter(_TOKEN.findall(got.lower())), Counter(_TOKEN.findall(want.lower())))


def has_leak(body: str, want: dict[str, Any]) -> bool:
    pieces = [c for c in want["captions"] if len(c) > 20]
    pieces += [r["title"] for r in want["related"]]
    pieces += list(CONTROL_LABELS)
    return any(p in body and p not in want["body"] for p in pieces)


def load_pages(root: Path = GOLDEN, pattern: str = "*/*.json") -> list[Page]:
    """Every page under ``root`` with its expected record. The blind pages name the related
    titles that must not reach the body under ``traps``; they are scored as leaks alike."""
    pages: list[Page] = []
    for path in sorted(root.glob(pattern)):
        data = json.loads(path.read_text(encoding="utf-8"))
        expected = dict(data["expected"])
        if "related" not in expected:
            expected["related"] = [{"title": t} for t in data.get("traps", {}).get("related", [])]
        pages.append((data["url"], path.with_suffix(".html").read_bytes(),
                      data.get("content_type"), expected))
    return pages


def load_big_pages() -> list[Page]:
    """The heavy set: the first blind set's pages of :data:`HEAVY_BYTES` and more."""
    return [page for page in load_pages(FIRST_CONTACT / "pages1")
            if len(page[1]) >= HEAVY_BYTES]


def load_heavy_pages() -> list[Page]:
    """The first-contact pages in the golden format (their related traps as related)."""
    return load_pages(FIRST_CONTACT, "*/*/*.json")


def _archiver(use_profiles: bool) -> Callable[[Page], dict[str, Any]]:
    def run(page: Page) -> dict[str, Any]:
        url, body, ctype, _ = page
        return extract(body, url, content_type=ctype, use_profiles=use_profiles).to_json()
    return run


def _trafilatura(page: Page) -> dict[str, Any]:
    import trafilatura

    url, body, ctype, _ = page
    res = trafilatura.bare_extraction(decode_html(body, ctype), url=url, with_metadata=True,
                                      date_extraction_params={
                                          "extensive_search": True, "original_date": True})
    doc: dict[str, Any] = {}
    if res is not None:
        doc = res if isinstance(res, dict) else res.as_dict()
    published = doc.get("date") or None
    return {"title": doc.get("title"), "published_at": published,
            "author": doc.get("author"), "author_unit": None,
            "body": doc.get("text") or "", "captions": []}


def _vn_iso(value: object) -> str | None:
    """A datetime as the scorer expects it: ISO 8601 in Asia/Ho_Chi_Minh (naive = local)."""
    if not isinstance(value, datetime):
        return None
    value = value.replace(tzinfo=VN_TZ) if value.tzinfo is None else value.astimezone(VN_TZ)
    return value.isoformat()


def _newspaper4k(page: Page) -> dict[str, Any]:
    with warnings.catch_warnings():  # "nltk is not installed": only nlp() needs it
        warnings.simplefilter("ignore", UserWarning)
        from newspaper import Article  # type: ignore[import-untyped]

    url, body, ctype, _ = page
    # Offline: the HTML is given, images are not fetched to check their size, meta refresh
    # and read-more links are not followed (both off by default), nlp() is never called.
    art = Article(url, language="vi", fetch_images=False, follow_meta_refresh=False)
    art.download(input_html=decode_html(body, ctype))
    art.parse()
    authors: list[str] = list(art.authors or [])
    # newspaper4k reports images (top_image, images) but no captions: captions score as misses
    return {"title": art.title or None, "published_at": _vn_iso(art.publish_date),
            "author": ", ".join(authors) or None, "author_unit": None,
            "body": art.text or "", "captions": []}


def score(run: Callable[[Page], dict[str, Any]], pages: list[Page]) -> dict[str, float]:
    for page in pages[:3]:  # warm-up (imports, caches)
        run(page)
    totals: defaultdict[str, float] = defaultdict(float)
    elapsed = float("inf")
    results: list[dict[str, Any]] = []
    for _ in range(ROUNDS):  # best of N rounds: the machine may be busy with other work
        start = time.perf_counter()
        results = [run(page) for page in pages]
        elapsed = min(elapsed, time.perf_counter() - start)
    for got, (_, _, _, want) in zip(results, pages, strict=True):
        gp, wp = got["published_at"] or "", want["published_at"] or ""
        totals["title"] += got["title"] == want["title"]
        totals["date"] += gp[:10] == wp[:10]
        totals["minute"] += gp[:16] == wp[:16]
        totals["author"] += got["author"] == want["author"]
        totals["unit"] += got["author_unit"] == want["author_unit"]
        totals["captions_f1"] += _f1(Counter(got["captions"]), Counter(want["captions"]))
        totals["body_f1"] += token_f1(got["body"], want["body"])
        totals["leaks"] += has_leak(got["body"], want)
    n = max(1, len(pages))
    out = {k: totals[k] / n for k in ("title", "date", "minute", "author", "unit",
                                      "captions_f1", "body_f1")}
    out["leaks"] = float(totals["leaks"])
    out["pages_per_s"] = len(pages) / elapsed if elapsed else 0.0
    return out


def compare(pages: list[Page]) -> dict[str, Any]:
    """Every extractor on ``pages``: accuracy and speed, and archiver's speed-ups. (archiver's
    warnings about fields a page lacks are scored, not printed: its logger is quietened for
    the run and given back its level after.)"""
    logger = logging.getLogger("archiver")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        return _compare(pages)
    finally:
        logger.setLevel(level)


def _compare(pages: list[Page]) -> dict[str, Any]:
    results: dict[str, Any] = {"pages": len(pages),
                               "kb": [round(min(len(p[1]) for p in pages) / 1024),
                                      round(sum(len(p[1]) for p in pages) / 1024 / len(pages)),
                                      round(max(len(p[1]) for p in pages) / 1024)]}
    results["archiver (profile)"] = score(_archiver(True), pages)
    results["archiver (auto-only)"] = score(_archiver(False), pages)
    for name, run_one in (("trafilatura", _trafilatura), ("newspaper4k", _newspaper4k)):
        try:
            results[name] = score(run_one, pages)
        except ImportError:  # benchmark-only dependency
            results[name] = None
    ours = results["archiver (profile)"]["pages_per_s"]
    for other in ("trafilatura", "newspaper4k"):
        if results[other]:
            results[f"speedup_vs_{other}"] = round(ours / results[other]["pages_per_s"], 1)
    return results


def run() -> dict[str, Any]:
    """Benchmark results keyed by extractor name, plus the page count, on the golden pages;
    the same on the heavy pages (``heavy``) and on the first-contact pages
    (``first_contact``)."""
    results = compare(load_pages())
    results["heavy"] = compare(load_big_pages())
    results["first_contact"] = compare(load_heavy_pages())
    return results

COLUMNS = ("title", "date", "minute", "author", "unit", "captions_f1", "body_f1", "leaks",
           "pages_per_s")
EXTRACTORS = ("archiver (profile)", "archiver (auto-only)", "trafilatura", "newspaper4k")


def table(results: dict[str, Any], label: str) -> str:
    """One set's results as a text table with the speed-ups."""
    lines = [f"{label}: {results['pages']} pages, {results['kb'][0]}-{results['kb'][2]} KB "
             f"(mean {results['kb'][1]} KB)",
             f"{'extractor':<22}" + "".join(f"{c:>12}" for c in COLUMNS)]
    for name in EXTRACTORS:
        row = results.get(name)
        if row is None:
            lines.append(f"{name:<22}{'n/a (not installed)':>24}")
            continue
        lines.append(f"{name:<22}" + "".join(
            f"{row[c]:>12.0f}" if c == "leaks" else f"{row[c]:>12.1f}" if c == "pages_per_s"
            else f"{row[c]:>12.3f}" for c in COLUMNS))
    for other in ("trafilatura", "newspaper4k"):
        if f"speedup_vs_{other}" in results:
            lines.append(f"archiver pages/s = {results[f'speedup_vs_{other}']} x {other}")
    return "\n".join(lines)


def report(results: dict[str, Any]) -> str:
    parts = [table(results, "golden pages"),
             table(results["heavy"], "heavy pages (pages1, 100 KB+)")]
    if results.get("first_contact", {}).get("pages"):
        parts.append(table(results["first_contact"], "heavy first-contact pages"))
    for key, label in (("heavy", "heavy pages"), ("first_contact", "first-contact pages")):
        speedup = results.get(key, {}).get("speedup_vs_trafilatura")
        verdict = ("n/a (trafilatura not installed)" if speedup is None else
                   f"x{speedup} trafilatura: {'met' if speedup >= 10 else 'not met'}")
        parts.append(f"{label}, target >= 10x trafilatura: {verdict}")
    return "\n\n".join(parts)

def main() -> None:
    sys.stdout.write(report(run()) + "\n")


if __name__ == "__main__":
    main()
