"""Score the extractor on the blind hold-out pages.

usage: .venv/bin/python tests/holdout/score.py [-v] [page-substring ...]

Runs archiver.extract.extract on every tests/holdout/<family>/<name>.html
twice: with profile detection, and with use_profiles=False (generic auto).
Prints, per page and mode, the fields that differ from <name>.json, then
totals.  Checks: title (exact after whitespace/NFC normalisation),
published_at (exact string) and minute (same instant to the minute, or same
day for date-only), author (set of names, case-insensitive), author_unit,
captions F1 (< 1 flagged), body token F1 (< 0.97 flagged), lead token F1
(< 0.9, only where a lead is expected), and leak (an expected caption, a
byline string or a related/sidebar title found inside the body).
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import re
import sys
import unicodedata
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))
from archiver.extract import extract  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=7))
FIELDS = ["title", "published_at", "minute", "author", "author_unit", "captions", "body", "lead", "leak"]


def norm(s: object) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def toks(s: object) -> list[str]:
    return re.findall(r"\w+", norm(s).casefold())


def tok_f1(a: object, b: object) -> float:
    ta, tb = collections.Counter(toks(a)), collections.Counter(toks(b))
    if not ta and not tb:
        return 1.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def names(s: object) -> frozenset[str]:
    s = norm(s).casefold()
    if not s:
        return frozenset()
    parts = re.split(r"\s*(?:,|;|&|\s-\s|\s–\s|\bvà\b)\s*", s)
    return frozenset(p.strip() for p in parts if p.strip())


def caption_f1(got: list[str] | None, exp: list[str]) -> float:
    got = [norm(g) for g in (got or []) if norm(g)]
    exp = [norm(e) for e in exp]
    if not got and not exp:
        return 1.0
    used, hit = set(), 0
    for e in exp:
        for i, g in enumerate(got):
            if i not in used and tok_f1(g, e) >= 0.9:
                used.add(i)
                hit += 1
                break
    if not hit:
        return 0.0
    p, r = hit / len(got), hit / len(exp)
    return 2 * p * r / (p + r)


def parse_ts(s: object) -> dt.date | dt.datetime | None:
    s = norm(s)
    if not s:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return dt.date.fromisoformat(s)
        d = dt.datetime.fromisoformat(s)
        if d.tzinfo is None:
            d = d.replace(tzinfo=TZ)
        return d.astimezone(TZ)
    except ValueError:
        return None


def same_minute(got: object, exp: object) -> bool:
    g, e = parse_ts(got), parse_ts(exp)
    if g is None or e is None:
        return False
    if not isinstance(e, dt.datetime):
        gd = g.date() if isinstance(g, dt.datetime) else g
        return gd == e
    if not isinstance(g, dt.datetime):
        return False
    return g.replace(second=0, microsecond=0) == e.replace(second=0, microsecond=0)


def contains(body: object, needle: object) -> bool:
    b, n = norm(body).casefold(), norm(needle).casefold()
    if not n:
        return False
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", b) is not None


def short(s: object, n: int = 70) -> str:
    s = norm(s) if not isinstance(s, (list, tuple)) else "; ".join(norm(x) for x in s)
    return s if len(s) <= n else s[: n - 1] + "…"


def check(rec: dict[str, Any], art: Any) -> tuple[dict[str, tuple[object, object]], dict[str, Any]]:
    exp = rec["expected"]
    traps = rec.get("traps", {})
    got: dict[str, Any] = art.to_json() if hasattr(art, "to_json") else dict(art)
    fails: dict[str, tuple[object, object]] = {}
    if norm(got.get("title")) != norm(exp["title"]):
        fails["title"] = (short(got.get("title")), short(exp["title"]))
    if norm(got.get("published_at")) != norm(exp["published_at"]):
        fails["published_at"] = (got.get("published_at"), exp["published_at"])
    if not same_minute(got.get("published_at"), exp["published_at"]):
        fails["minute"] = (got.get("published_at"), exp["published_at"])
    if names(got.get("author")) != names(exp.get("author")):
        fails["author"] = (short(got.get("author")), short(exp.get("author")))
    if norm(got.get("author_unit")).casefold() != norm(exp.get("author_unit")).casefold():
        fails["author_unit"] = (short(got.get("author_unit")), short(exp.get("author_unit")))
    cf = caption_f1(got.get("captions"), exp["captions"])
    if cf < 1.0:
        fails["captions"] = (f"F1={cf:.2f} got {len(got.get('captions') or [])}: {short(got.get('captions'), 120)}",
                             f"{len(exp['captions'])}: {short(exp['captions'], 120)}")
    bf = tok_f1(got.get("body"), exp["body"])
    if bf < 0.97:
        gt, et = collections.Counter(toks(got.get("body"))), collections.Counter(toks(exp["body"]))
        extra = " ".join(list((gt - et).elements())[:18])
        missing = " ".join(list((et - gt).elements())[:18])
        fails["body"] = (f"F1={bf:.3f} extra[{sum((gt-et).values())}]: {extra}", f"missing[{sum((et-gt).values())}]: {missing}")
    if exp.get("lead"):
        lf = tok_f1(got.get("lead"), exp["lead"])
        if lf < 0.9:
            fails["lead"] = (f"F1={lf:.2f} {short(got.get('lead'))}", short(exp["lead"]))
    leaks = []
    body = got.get("body") or ""
    for kind, items in (("caption", exp["captions"]), ("byline", traps.get("bylines", [])),
                        ("related", traps.get("related", []))):
        for it in items:
            if contains(exp["body"], it):
                continue  # text legitimately present in the article body
            if contains(body, it):
                leaks.append(f"{kind}: {short(it, 50)}")
    if leaks:
        fails["leak"] = ("; ".join(leaks), "none")
    return fails, got


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    filt = [a for a in argv if not a.startswith("-")]
    pages = sorted(p for p in HERE.glob("*/*.html"))
    if filt:
        pages = [p for p in pages if any(f in str(p) for f in filt)]
    modes = [("profile", True), ("auto-only", False)]
    totals: dict[str, collections.Counter[str]] = {m: collections.Counter() for m, _ in modes}
    clean: collections.Counter[str] = collections.Counter()
    for page in pages:
        rec = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        data = page.read_bytes()
        rel = f"{page.parent.name}/{page.stem}"
        for mode, use_profiles in modes:
            try:
                art = extract(data, rec["url"], content_type=rec.get("content_type"),
                              use_profiles=use_profiles)
                fails, got = check(rec, art)
            except Exception as exc:
                fails, got = {"error": (repr(exc)[:200], "")}, {}
            prof = got.get("profile") or got.get("extractor") or ""
            if not fails:
                clean[mode] += 1
                if verbose:
                    print(f"ok   [{mode}] {rel} {prof}")
                continue
            print(f"FAIL [{mode}] {rel} {prof}")
            for f, (g, e) in fails.items():
                totals[mode][f] += 1
                print(f"     {f}: got {g!s}\n     {' ' * len(f)}  exp {e!s}")
    n = len(pages)
    print()
    for mode, _ in modes:
        t = totals[mode]
        fl = ", ".join(f"{f}={t[f]}" for f in FIELDS + ["error"] if t[f]) or "none"
        print(f"[{mode}] pages fully correct: {clean[mode]}/{n}; pages with a failure: {n - clean[mode]}; "
              f"field failures: {fl}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
