"""Helpers for building the blind hold-out pages (see build.py).

Pages are written from /work/shared/research/vn-sites.md only.  Each page is
an HTML template (per page, hand-written chrome) filled with article text
that is also used to write the expected JSON, so text and expectation agree.
"""
from __future__ import annotations

import html
import json
import pathlib
import re
import unicodedata
from html.entities import codepoint2name

ROOT = pathlib.Path(__file__).parent


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def ent(s: str) -> str:
    """Editor with entities=true: named entities for Latin-1 letters and
    typographic quotes, raw UTF-8 for Vietnamese-only letters."""
    out = []
    for ch in s:
        cp = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch in "\u201c\u201d\u2018\u2019\u2013\u2026" or (0xC0 <= cp <= 0xFF and cp in codepoint2name):
            out.append("&%s;" % codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def to_cp1258(s: str) -> bytes:
    """Encode like a Windows-1258 producer: precomposed where the code page
    has the letter, otherwise base letter (with shape mark) + combining tone."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        for i, m in enumerate(marks):
            comb = unicodedata.normalize("NFC", base + m)
            if len(comb) == 1:
                try:
                    comb.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                base = comb
                del marks[i]
                break
        out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def fill(tpl: str, **kw) -> str:
    def rep(m):
        key = m.group(1)
        if key not in kw:
            raise KeyError(key)
        return str(kw[key])

    out = re.sub(r"\[\[([A-Z0-9_]+)\]\]", rep, tpl)
    return out


def text_items(items):
    """Paragraph strings of a body item list (images skipped)."""
    return [it for it in items if isinstance(it, str)]


def captions_of(items, lead_caption=None):
    caps = [lead_caption] if lead_caption else []
    caps += [it[2] for it in items if isinstance(it, tuple)]
    return caps


def render(items, para, img, text=esc):
    """items: str paragraphs or ("img", src, caption) tuples."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(img(it[1], it[2]))
        else:
            out.append(para.replace("[[T]]", text(it)))
    return "\n".join(out)


PAGES = []


def emit(family, name, url, page, *, title, published_at, author=None,
         author_unit=None, items=(), lead=None, lead_caption=None,
         extra_captions_before=(), content_type=None, encoding="utf-8",
         bylines=(), related=(), notes=None):
    d = ROOT / family
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(page, str):
        if encoding == "cp1258":
            data = to_cp1258(page)
        else:
            data = page.encode(encoding)
    else:
        data = page
    (d / f"{name}.html").write_bytes(data)
    paras = ([lead] if lead else []) + text_items(items)
    nf = lambda s: unicodedata.normalize("NFC", s) if s is not None else None
    exp = {
        "title": nf(title),
        "published_at": published_at,
        "author": nf(author),
        "author_unit": nf(author_unit),
        "captions": [nf(c) for c in list(extra_captions_before) + captions_of(items, lead_caption)],
        "body": nf("\n\n".join(paras)),
    }
    if lead:
        exp["lead"] = nf(lead)
    rec = {"url": url}
    if content_type:
        rec["content_type"] = content_type
    rec["expected"] = exp
    rec["traps"] = {"bylines": [nf(b) for b in bylines], "related": [nf(r) for r in related]}
    if notes:
        rec["notes"] = notes
    (d / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    PAGES.append((family, name))
