"""Score the extractor on pages with expected records (hold-out and first-contact corpora).

usage: .venv/bin/python tests/scoring.py DIR [-v] [--auto-only] [page-substring ...]

A corpus is ``DIR/<family>/<name>.html`` with ``<name>.json``: ``url``, optional
``content_type``, ``expected`` and ``traps``. Checks (a field is checked only when the
expected record has it):

* title exact (after whitespace/NFC normalisation);
* published_at exact string, and minute (the same instant to the minute, or the same day
  for a date-only value); date (the same day);
* updated_at exact string; category exact; photographer;
* author (set of names, case-insensitive), author_unit;
* captions F1 (< 1 flagged), body token F1 (< 0.97 flagged), lead token F1 (< 0.9, only
  where a lead is expected);
* leak: an expected caption, a byline string, a related/sidebar title or a chrome string
  found inside the body (text the expected body itself holds does not count).

``rates`` turns the checks into the per-field figures of docs/accuracy.md.
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
sys.path.insert(0, str(HERE.parent / "src"))
from archiver.extract import extract  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=7))
FIELDS = ["title", "published_at", "date", "minute", "updated_at", "author", "author_unit",
          "photographer", "category", "captions", "body", "lead", "leak"]
Fails = dict[str, tuple[object, object]]


def norm(s: object) -> str:
    if s is None:
        return ""
    text = unicodedata.normalize("NFC", str(s)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()


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
    text = norm(s).casefold()
    if not text:
        return frozenset()
    parts = re.split(r"\s*(?:,|;|&|\s-\s|\s–\s|\bvà\b)\s*", text)
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
    text = norm(s)
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        d = dt.datetime.fromisoformat(text)
        if d.tzinfo is None:
            d = d.replace(tzinfo=TZ)
        return d.astimezone(TZ)
    except ValueError:
        return None


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def same_minute(got: object, exp: object) -> bool:
    if got is None and exp is None:
        return True         # the page prints no date, and none was made up
    g, e = parse_ts(got), parse_ts(exp)
    if g is None or e is None:
        return False
    if not isinstance(e, dt.datetime):
        return _day(g) == e
    if not isinstance(g, dt.datetime):
        return False
    return g.replace(second=0, microsecond=0) == e.replace(second=0, microsecond=0)


def same_day(got: object, exp: object) -> bool:
    if got is None and exp is None:
        return True
    g, e = parse_ts(got), parse_ts(exp)
    return g is not None and e is not None and _day(g) == _day(e)


def contains(body: object, needle: object) -> bool:
    b, n = norm(body).casefold(), norm(needle).casefold()
    if not n:
        return False
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", b) is not None


def short(s: object, n: int = 70) -> str:
    text = norm(s) if not isinstance(s, list | tuple) else "; ".join(norm(x) for x in s)
    return text if len(text) <= n else text[: n - 1] + "…"


def check(rec: dict[str, Any], art: Any) -> tuple[Fails, dict[str, Any]]:
    """The fields of ``art`` that differ from the record's expectations."""
    exp = rec["expected"]
    traps = rec.get("traps", {})
    got: dict[str, Any] = art.to_json() if hasattr(art, "to_json") else dict(art)
    fails: Fails = {}
    if norm(got.get("title")) != norm(exp["title"]):
        fails["title"] = (short(got.get("title")), short(exp["title"]))
    if norm(got.get("published_at")) != norm(exp["published_at"]):
        fails["published_at"] = (got.get("published_at"), exp["published_at"])
    if not same_day(got.get("published_at"), exp["published_at"]):
        fails["date"] = (got.get("published_at"), exp["published_at"])
    if not same_minute(got.get("published_at"), exp["published_at"]):
        fails["minute"] = (got.get("published_at"), exp["published_at"])
    for key in ("updated_at", "category", "photographer"):
        if key in exp and norm(got.get(key)).casefold() != norm(exp[key]).casefold():
            fails[key] = (got.get(key), exp[key])
    if names(got.get("author")) != names(exp.get("author")):
        fails["author"] = (short(got.get("author")), short(exp.get("author")))
    if norm(got.get("author_unit")).casefold() != norm(exp.get("author_unit")).casefold():
        fails["author_unit"] = (short(got.get("author_unit")), short(exp.get("author_unit")))
    cf = caption_f1(got.get("captions"), exp["captions"])
    if cf < 1.0:
        fails["captions"] = (f"F1={cf:.2f} got {len(got.get('captions') or [])}: "
                             f"{short(got.get('captions'), 120)}",
                             f"{len(exp['captions'])}: {short(exp['captions'], 120)}")
    bf = tok_f1(got.get("body"), exp["body"])
    if bf < 0.97:
        gt, et = collections.Counter(toks(got.get("body"))), collections.Counter(toks(exp["body"]))
        extra = " ".join(list((gt - et).elements())[:18])
        missing = " ".join(list((et - gt).elements())[:18])
        fails["body"] = (f"F1={bf:.3f} extra[{sum((gt - et).values())}]: {extra}",
                         f"missing[{sum((et - gt).values())}]: {missing}")
    if exp.get("lead"):
        lf = tok_f1(got.get("lead"), exp["lead"])
        if lf < 0.9:
            fails["lead"] = (f"F1={lf:.2f} {short(got.get('lead'))}", short(exp["lead"]))
    leaks = []
    body = got.get("body") or ""
    for kind, items in (("caption", exp["captions"]), ("byline", traps.get("bylines", [])),
                        ("related", traps.get("related", [])),
                        ("chrome", traps.get("chrome", []))):
        for it in items:
            if contains(exp["body"], it):
                continue  # text legitimately present in the article body
            if contains(body, it):
                leaks.append(f"{kind}: {short(it, 50)}")
    if leaks:
        fails["leak"] = ("; ".join(leaks), "none")
    return fails, got


def paragraphs(got: object, exp: object) -> tuple[int, int]:
    """(found, expected): the expected body's paragraphs found verbatim (spacing aside)
    among the record's — what token F1 cannot see: a text cut into paragraphs as printed,
    a table a row to a line."""
    want = [p for p in (norm(x) for x in str(exp or "").split("\n\n")) if p]
    have = {norm(x) for x in str(got or "").split("\n\n")}
    return sum(p in have for p in want), len(want)


def pages(root: pathlib.Path) -> list[pathlib.Path]:
    return sorted(p for p in root.glob("*/*.html") if p.with_suffix(".json").exists())


def run(page: pathlib.Path, use_profiles: bool = True) -> tuple[Fails, dict[str, Any]]:
    rec = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    try:
        art = extract(page.read_bytes(), rec["url"], content_type=rec.get("content_type"),
                      use_profiles=use_profiles)
    except Exception as exc:  # a page the extractor cannot take at all is scored as failed
        return {"error": (repr(exc)[:200], "")}, {}
    return check(rec, art)


def rates(root: pathlib.Path, use_profiles: bool = True) -> dict[str, float]:
    """Per-field accuracy over a corpus (captions and body: mean F1; leak: share of pages
    with a leak; fields that only some pages expect are rated over those pages)."""
    found = collections.Counter[str]()
    counted = collections.Counter[str]()
    f1: dict[str, list[float]] = {"captions": [], "body": []}
    for page in pages(root):
        rec = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        fails, got = run(page, use_profiles)
        exp = rec["expected"]
        for key in FIELDS:
            if key in ("captions", "body"):
                continue
            if key in ("updated_at", "category", "photographer") and key not in exp:
                continue
            if key == "lead" and not exp.get("lead"):
                continue
            counted[key] += 1
            found[key] += key not in fails and "error" not in fails
        f1["captions"].append(caption_f1(got.get("captions"), exp["captions"]) if got else 0.0)
        f1["body"].append(tok_f1(got.get("body"), exp["body"]) if got else 0.0)
    out = {key: found[key] / counted[key] for key in counted}
    out["leak"] = 1.0 - out.pop("leak", 1.0)
    out.update({key: sum(v) / len(v) for key, v in f1.items() if v})
    out["pages"] = float(len(pages(root)))
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    root, filt = pathlib.Path(args[0]), args[1:]
    verbose = "-v" in argv
    modes = [("auto-only", False)] if "--auto-only" in argv else [("profile", True),
                                                                  ("auto-only", False)]
    for mode, use_profiles in modes:
        clean = 0
        selected = [p for p in pages(root) if not filt or any(f in str(p) for f in filt)]
        for page in selected:
            fails, got = run(page, use_profiles)
            rel = f"{page.parent.name}/{page.stem}"
            if not fails:
                clean += 1
                if verbose:
                    print(f"ok   [{mode}] {rel} {got.get('profile') or ''}")
                continue
            print(f"FAIL [{mode}] {rel} {got.get('profile') or ''}")
            for f, (g, e) in fails.items():
                print(f"     {f}: got {g!s}\n     {' ' * len(f)}  exp {e!s}")
        print(f"[{mode}] pages fully correct: {clean}/{len(selected)}")
        figures = rates(root, use_profiles)
        print(f"[{mode}] " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()
                                       if k != "pages"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
