#!/usr/bin/env python3
"""Blind test pages, set 57 (framework of sets 15-56, copied from set 56; set 57 adds the twelve layouts of L57 in gen/shell.py and its own page builder in gen/p_01_pages.py): regenerate every page and its expectation JSON.

    python build.py            # write pages + JSON + README, then validate
    python build.py --check    # validate the files on disk only

Pages are defined in gen/p_*.py (each module has PAGES, a list of functions returning a dict:
family, name, url, content_type, html, expected, traps, notes, readme[, min_kb, title_visible,
encoding ('utf-8' default | 'cp1258' | 'tcvn3'), max_kb,
noscript_visible (set 15: <noscript> text counts as page text), attr_only (set 15: expected fields printed only in
an attribute, checked against the raw HTML),
zw_strip (set 16: zero-width characters / soft hyphens printed inside a field are invisible, so they are removed from
the page text before the visibility checks; the expected values never contain them),
set 24: attr_only may also name "captions" (a slideshow caption printed by CSS from a data attribute: checked against the raw HTML),
update_before_pub (set 24: the printed update stamp is earlier than the publication stamp, a scheduled post; the order check is skipped)]).
Page text and expectations come from the same Art objects, so they cannot drift. Stdlib only.
"""
import html as _html
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

import gen  # noqa: E402
from gen.common import enc1258, enc_tcvn3, dec_tcvn3  # noqa: E402

FIELDS = ["title", "published_at", "updated_at", "author", "author_unit", "photographer",
          "category", "captions", "body", "lead"]
INLINE = {"a", "b", "strong", "em", "i", "u", "span", "font", "sup", "sub", "small", "abbr", "time",
          "mark", "cite", "q", "label", "big", "s", "strike"}
SKIP = {"script", "style", "noscript", "template", "head", "svg", "textarea", "select"}


class Text(HTMLParser):
    def __init__(self, noscript=False):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
        self.skipset = SKIP - {"noscript"} if noscript else SKIP

    def handle_starttag(self, tag, attrs):
        if tag in self.skipset:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" \n ")

    def handle_endtag(self, tag):
        if tag in self.skipset:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def collect():
    pages = []
    for m in sorted(pkgutil.iter_modules(gen.__path__), key=lambda m: m.name):
        if m.name.startswith("p_"):
            mod = importlib.import_module(f"gen.{m.name}")
            pages += [fn() for fn in mod.PAGES]
    return pages


def encode(p):
    enc = p.get("encoding", "utf-8")
    if enc == "cp1258":
        return enc1258(p["html"])
    if enc == "tcvn3":
        return enc_tcvn3(p["html"])
    if enc == "ncr":  # ASCII bytes, every non-ASCII character as a decimal NCR (declared iso-8859-1)
        return p["html"].encode("ascii", "xmlcharrefreplace")
    return p["html"].encode("utf-8")


def decode(p, raw):
    enc = p.get("encoding", "utf-8")
    if enc == "tcvn3":
        return dec_tcvn3(raw)
    return raw.decode("cp1258") if enc == "cp1258" else raw.decode("latin-1") if enc == "ncr" else raw.decode("utf-8")


def find_in_order(vis, par, pos):
    """A body paragraph is visible at/after pos; table rows ('a | b | c') are checked cell by cell."""
    pieces = [norm(par)] if norm(par) in vis else [norm(x) for x in par.split(" | ")]
    start = None
    for pc in pieces:
        i = vis.find(pc, pos)
        if i < 0:
            return -1 if all(norm(x) in vis for x in pieces) else -2
        start = i if start is None else start
        pos = i
    return pos


def validate(p, raw):
    errs = []
    text = decode(p, raw)
    want = {"utf-8": "utf-8", "cp1258": "windows-1258", "ncr": "iso-8859-1", "tcvn3": "windows-1252"}[p.get("encoding", "utf-8")]
    m = re.search(r"charset=([\w-]+)", p["content_type"], re.I) or re.search(r'<meta[^>]+charset=["\']?([\w-]+)', text[:8000], re.I)
    if not m or m.group(1).lower() != want:
        errs.append(f"charset not declared {want}")
    t = Text(noscript=p.get("noscript_visible", False))
    t.feed(text)
    vis = norm("".join(t.parts))
    if p.get("zw_strip"):
        vis = norm(re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", vis))
    for k in ("title", "author", "author_unit", "category", "body", "lead", "photographer"):
        v = p["expected"][k]
        if v and re.search("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", v):
            errs.append(f"expected {k} carries a zero-width character / soft hyphen")
    e = p["expected"]
    if list(e) != FIELDS:
        errs.append(f"fields {set(e) ^ set(FIELDS)}")
    pos = vis.find(norm(p.get("title_visible", e["title"])))
    if pos < 0:
        errs.append("title not visible")
    for par in e["body"].split("\n\n"):
        i = find_in_order(vis, par, max(pos, 0))
        if i == -2:
            errs.append(f"body paragraph not visible: {par[:70]!r}")
        elif i == -1:
            errs.append(f"body paragraph out of order / before title: {par[:70]!r}")
        else:
            pos = i
    if norm(e["title"]) in norm(e["body"]):
        errs.append("title repeated inside body")
    for k in ("body", "title", "lead", "author", "category"):
        if e[k] and e[k] != unicodedata.normalize("NFC", e[k]):
            errs.append(f"expected {k} not NFC")
    if e["lead"] and not e["body"].startswith(e["lead"]):
        errs.append("lead is not first in body")
    for c in e["captions"]:
        if "captions" in p.get("attr_only", ()) and norm(c) in norm(_html.unescape(text)):
            if norm(c) in vis:
                errs.append(f"caption declared attr_only but visible: {c[:60]!r}")
        elif norm(c) not in vis:
            errs.append(f"caption not visible: {c[:60]!r}")
        if norm(c) in norm(e["body"]):
            errs.append(f"caption inside body: {c[:60]!r}")
    for k in ("author", "photographer", "category", "author_unit"):
        if e[k]:
            pieces = e[k].split(", ") if k in ("author", "photographer") else [e[k]]
            if k == "author_unit" and norm(e[k]) not in vis:
                pieces = e[k].split(", ")  # several units joined in author order (each printed separately)
            for piece in pieces:
                if k in p.get("attr_only", ()) and norm(piece) in norm(_html.unescape(text)):
                    if norm(piece) in vis:
                        errs.append(f"{k} declared attr_only but visible: {piece!r}")
                    continue
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
        if v and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?", v):
            errs.append(f"{k} bad format {v}")
    if e["updated_at"] and e["published_at"] and e["updated_at"] < e["published_at"] and not p.get("update_before_pub"):
        errs.append("updated before published")
    if p.get("update_before_pub") and not (e["updated_at"] and e["published_at"] and e["updated_at"] < e["published_at"]):
        errs.append("update_before_pub set but updated_at is not before published_at")
    kb = len(raw) / 1024
    if not (p.get("min_kb", 90) <= kb <= p.get("max_kb", 300)):
        errs.append(f"size {kb:.0f} KB out of range")
    return errs


def main():
    check = "--check" in sys.argv
    pages = collect()
    seen, rows, bad = set(), [], 0
    for p in pages:
        key = (p["family"], p["name"])
        assert key not in seen, key
        seen.add(key)
        d = os.path.join(HERE, p["family"])
        hp, jp = os.path.join(d, p["name"] + ".html"), os.path.join(d, p["name"] + ".json")
        doc = {"url": p["url"], "content_type": p["content_type"], "expected": p["expected"],
               "traps": p["traps"], "notes": p["notes"]}
        if p.get("encoding", "utf-8") != "utf-8":
            doc["actual_encoding"] = {"cp1258": "windows-1258", "ncr": "us-ascii (decimal NCRs)", "tcvn3": "TCVN3 (VN3/.VnTime), 8-bit"}[p["encoding"]]
        if not check:
            os.makedirs(d, exist_ok=True)
            with open(hp, "wb") as f:
                f.write(encode(p))
            with open(jp, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
        raw = open(hp, "rb").read()
        errs = validate(p, raw)
        if json.load(open(jp, encoding="utf-8")) != json.loads(json.dumps(doc, ensure_ascii=False)):
            errs.append("JSON on disk differs from generator")
        if raw != encode(p):
            errs.append("HTML on disk differs from generator")
        if errs:
            bad += 1
            print(f"FAIL {p['family']}/{p['name']}")
            for e in errs:
                print("   ", e)
        rows.append((p["family"], p["name"], len(raw) / 1024, p["readme"]))
    if not check:
        intro = open(os.path.join(HERE, "gen", "README.head.md"), encoding="utf-8").read()
        tail = open(os.path.join(HERE, "gen", "README.judgement.md"), encoding="utf-8").read()
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
            f.write(intro.format(n=len(rows), f=len({r[0] for r in rows})))
            for fam, name, kb, rd in rows:
                f.write(f"- `{fam}/{name}` ({kb:.0f} KB) — {rd}\n")
            f.write("\n" + tail)
    for fam, name, kb, _ in rows:
        print(f"{fam:24s} {name:58s} {kb:6.1f} KB")
    print(f"{len(rows)} pages, {len({r[0] for r in rows})} families, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
