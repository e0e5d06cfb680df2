#!/usr/bin/env python3
"""Regenerate every blind test page and its expectation JSON.

    python build.py            # write all pages, then validate them
    python build.py --check    # validate only (no writing)

Page definitions live in gen/p_*.py; each module has PAGES, a list of
functions returning a dict with family, name, url, content_type, encoding,
html, expected, traps, notes, readme.  Text and expectations come from the
same Art object (gen/common.py), so they cannot drift.
"""
import importlib
import json
import os
import pkgutil
import re
import sys
import unicodedata
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen.common import enc1258  # noqa: E402
import gen  # noqa: E402

JUDGEMENT = """
## Judgement calls (expected values a reasonable reader could set differently)

- Machine-readable times: used only when they agree with the visible date and carry an offset
  (Ghost JSON-LD `…Z`, Hugo `title='… +0700'`). Odoo's naive `2024-03-08 03:40:00` (really UTC)
  is not trusted → date only. TYPO3 (publication) and Kentico print no time → date only.
- Categories: Ghost has no breadcrumb, so the primary tag printed as kicker is the category;
  Nhân Dân-style crumb is 'Chính trị › Tin tức' → the last crumb 'Tin tức' (og section says
  'Chính trị'); Plone's crumb ends with the title → the crumb before it.
- Photo story (Plone): the eight figcaptions are captions, not body, so the body is only lead +
  one paragraph.
- Q&A (Sitefinity): 'Hỏi:' / 'Trả lời:' labels and the askers' '(Name, place)' signatures are kept
  in the body as printed.
- Paged article (ColdFusion): body = page 1 only; the byline lives on page 2 → author null.
- Upper-case author 'VĂN PHÚC' is kept as printed (not title-cased).
- 'Theo Báo Thái Bình' / 'Nguồn: Báo Bắc Ninh' are sources: author_unit stays null.
- Two-person credit 'Thực hiện: Hương Giang - Quang Minh' → author 'Hương Giang, Quang Minh'.
- Mislabelled charset: expected text is the correct Vietnamese (bytes are valid UTF-8) even though
  the page declares windows-1252.
- English page: expected fields are the English strings as printed (title, body, 'Politics').
"""

FIELDS = ["title", "published_at", "updated_at", "author", "author_unit",
          "photographer", "category", "captions", "body", "lead"]


def collect():
    pages = []
    for m in sorted(pkgutil.iter_modules(gen.__path__), key=lambda m: m.name):
        if not m.name.startswith("p_"):
            continue
        mod = importlib.import_module(f"gen.{m.name}")
        for fn in mod.PAGES:
            pages.append(fn())
    return pages


def encode(p):
    if p["encoding"] == "cp1258":
        return enc1258(p["html"])
    return p["html"].encode(p["encoding"])


# ------------------------------------------------------------- validation
INLINE = {"a", "b", "strong", "em", "i", "u", "span", "font", "sup", "sub", "small",
          "abbr", "time", "mark", "cite", "q", "label", "big", "s", "strike"}
SKIP = {"script", "style", "noscript", "template", "head", "svg", "textarea", "select"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" \n ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def declared_charset(p, raw):
    ct = p.get("content_type") or ""
    m = re.search(r"charset=([\w-]+)", ct, re.I)
    if m:
        return m.group(1).lower()
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:8000], re.I)
    return m.group(1).decode().lower() if m else None


def validate(p, raw):
    errs = []
    cs = declared_charset(p, raw)
    # p["declared"] (optional) is what the page/header claims when it lies
    # about its bytes (mislabelled charset); the text is decoded with the
    # real encoding p["encoding"].
    want = p.get("declared") or {"utf-8": "utf-8", "cp1258": "windows-1258"}[p["encoding"]]
    if cs != want:
        errs.append(f"declared charset {cs!r} != {want}")
    text = raw.decode(p["encoding"])
    t = Text()
    t.feed(text)
    vis = norm("".join(t.parts))
    e = p["expected"]
    assert set(e) == set(FIELDS), set(e) ^ set(FIELDS)
    pos = vis.find(norm(e["title"]))
    for par in e["body"].split("\n\n"):
        i = vis.find(norm(par), max(pos, 0))
        if norm(par) not in vis:
            errs.append(f"body paragraph not visible: {par[:70]!r}")
        elif i < 0:
            errs.append(f"body paragraph out of order (or before the title): {par[:70]!r}")
        else:
            pos = i
    if norm(e["title"]) in norm(e["body"]):
        errs.append("title repeated inside body")
    if e["body"] != unicodedata.normalize("NFC", e["body"]):
        errs.append("expected body not NFC")
    if e["lead"] and not e["body"].startswith(e["lead"]):
        errs.append("lead is not first in body")
    for c in e["captions"]:
        if norm(c) not in vis:
            errs.append(f"caption not visible: {c[:60]!r}")
        if norm(c) in norm(e["body"]):
            errs.append(f"caption inside body: {c[:60]!r}")
    if norm(e["title"]) not in vis:
        errs.append("title not visible")
    for k in ("author", "photographer", "category"):
        if e[k]:
            for piece in e[k].split(", ") if k == "author" else [e[k]]:
                if norm(piece) not in vis:
                    errs.append(f"{k} not visible: {piece!r}")
    for kind, items in p["traps"].items():
        for s in items:
            if norm(s) not in vis and norm(s) not in norm(text):
                errs.append(f"trap {kind} not in page: {s[:60]!r}")
            if norm(s).casefold() in norm(e["body"]).casefold():
                errs.append(f"trap {kind} inside expected body: {s[:60]!r}")
    for k in ("published_at", "updated_at"):
        v = e[k]
        if v and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:00\+07:00)?", v):
            errs.append(f"{k} bad format {v}")
    return errs


def main():
    check_only = "--check" in sys.argv
    pages = collect()
    names = set()
    bad = 0
    rows = []
    for p in pages:
        key = (p["family"], p["name"])
        assert key not in names, key
        names.add(key)
        d = os.path.join(HERE, p["family"])
        os.makedirs(d, exist_ok=True)
        raw = encode(p)
        hp = os.path.join(d, p["name"] + ".html")
        jp = os.path.join(d, p["name"] + ".json")
        doc = {"url": p["url"]}
        if p.get("content_type"):
            doc["content_type"] = p["content_type"]
        doc["expected"] = p["expected"]
        doc["traps"] = p["traps"]
        doc["notes"] = p["notes"]
        if p.get("declared"):
            doc["declared_charset"] = p["declared"]
            doc["actual_encoding"] = p["encoding"]
        if not check_only:
            with open(hp, "wb") as f:
                f.write(raw)
            with open(jp, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
        raw = open(hp, "rb").read()
        json.load(open(jp, encoding="utf-8"))
        errs = validate(p, raw)
        if errs:
            bad += 1
            print(f"FAIL {p['family']}/{p['name']}")
            for e in errs:
                print("   ", e)
        rows.append((p["family"], p["name"], len(raw) / 1024, p["encoding"], p["readme"]))
    if not check_only:
        fams = sorted({r[0] for r in rows})
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
            f.write("# Blind article pages, set 2\n\n")
            f.write(f"{len(rows)} pages from {len(fams)} CMS families, written without "
                    "looking at the extractor or its golden pages, from CMS families not in set 1. Regenerate with "
                    "`python build.py` (stdlib only; page text and expectations come from "
                    "the same data in `gen/p_*.py`, chrome helpers in `gen/common.py`). "
                    "`python build.py --check` re-validates the files on disk.\n\n")
            f.write("Conventions: see the brief — body = lead + paragraphs joined by a blank "
                    "line, NFC text; published_at ISO with +07:00 when a time is shown, date "
                    "only otherwise (a machine-readable time is used only when it agrees with the visible "
                    "date and carries an explicit offset); CMS accounts are not authors; "
                    "source lines ('Theo …', 'Nguồn: …') are not author units; a paged article's "
                    "body is the saved page only.\n\n"
                    "Each JSON: `url`, `content_type` (HTTP header as served), `expected` "
                    "(title, published_at, updated_at, author, author_unit, photographer, category, "
                    "captions, body, lead), `traps` (strings that must NOT end up in the body: "
                    "bylines, related titles, chrome, wrong dates), `notes` (what the page tests). "
                    "A page whose bytes disagree with its declared charset also has "
                    "`declared_charset` and `actual_encoding`.\n\n")
            for fam, name, kb, enc, rd in rows:
                f.write(f"- `{fam}/{name}` ({kb:.0f} KB, {enc}) — {rd}\n")
            f.write(JUDGEMENT)
    for fam, name, kb, enc, _ in rows:
        print(f"{fam:22s} {name:58s} {kb:7.1f} KB  {enc}")
    print(f"{len(rows)} pages, {len({r[0] for r in rows})} families, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
