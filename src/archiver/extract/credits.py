"""Who wrote the article, for whom, from where, who took the pictures: byline elements
marked by class or id, byline lines right after the body, the author segment of a meta
line ("Đăng ngày … | Lượt xem … | Name"), and byline lines peeled off the ends of the body
(with chrome, datelines and copies of the title dropped from it)."""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.byline import Byline, merge, parse_byline
from archiver.dates import find_dates
from archiver.dom import (
    in_excluded,
    is_chrome,
    is_excluded,
    is_related_heading,
    label_key,
    node_text,
)
from archiver.extract.walk import Para, lines
from archiver.models import Article
from archiver.selectors import PageNames, select
from archiver.vocab import ACCOUNT, BY_PREFIX, BYLINE_SELECTOR, COMMENTS_HEADING, DATELINE

__all__ = ["after_body_byline", "auto_byline", "meta_line_byline", "peel_bylines"]


def auto_byline(tree: LexborHTMLParser, body: LexborNode | None,
                 names: PageNames | None = None) -> Byline:
    """Author/source elements marked by class or id, outside chrome; removed once read."""
    out = Byline()
    root = tree.body
    if root is None:
        return out
    body_id = body.mem_id if body is not None else -1
    for node in select(root, BYLINE_SELECTOR, names):
        if node.mem_id == body_id or in_excluded(node) or any(
                c.mem_id != node.mem_id for c in node.css("p, div, li")):
            continue
        text = BY_PREFIX.sub("", node_text(node))
        if not text or len(text) > 120:
            continue
        ident = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        is_author = any(k in ident for k in ("author", "tacgia", "tac-gia", "byline"))
        parsed = parse_byline(text, loose=is_author)
        if parsed is None and not is_author:
            parsed = parse_byline(f"Nguồn: {text}")
        if parsed is None:
            continue
        out = merge(out, parsed)
        node.decompose()
    return out


def after_body_byline(body: LexborNode, url: str) -> Byline:
    """Byline lines in the few elements right after the body container."""
    out = Byline()
    cur: LexborNode | None = body
    for _ in range(2):
        if cur is None:
            break
        sib = cur.next
        seen = 0
        while sib is not None and seen < 3:
            if sib.is_element_node and not is_excluded(sib):
                seen += 1
                found = lines(sib, url)
                if found and len(found) <= 4:
                    parsed = [parse_byline(x) for x in found]
                    if all(parsed):
                        for part in parsed:
                            if part is not None:
                                out = merge(out, part)
                        return out
            sib = sib.next
        cur = cur.parent
    return out


def meta_line_byline(text: str) -> Byline:
    """"Đăng ngày: … | Lượt xem: 1231 | Trần Thị Thanh Thủy" -> the author segment."""
    out = Byline()
    if "|" in text:
        segs = text.split("|")[1:]
    elif "•" in text or "·" in text:   # "PV•28/01/2025 08:22"
        segs = re.split(r"[•·]", text)
    else:
        return out
    for seg in segs:
        seg = seg.strip()
        if not seg or any(ch.isdigit() for ch in seg) or is_chrome(seg):
            continue
        parsed = parse_byline(seg)
        if parsed is not None:
            out = merge(out, parsed)
    return out


def peel_bylines(paras: list[Para], art: Article, byline: Byline,
                 title: str | None) -> list[Para]:
    """Drop chrome, datelines and title copies; peel byline lines off the ends."""
    title_key = label_key(title or "")
    # A CMS account in the author field ("Quản trị hệ thống", WordPress's "Ban Biên tập")
    # gives way to a byline printed in the article; it stays when the article has none.
    account = byline.author if byline.author and ACCOUNT.match(byline.author) else None
    if account:
        byline = replace(byline, author=None)
    kept: list[Para] = []
    for para in paras:
        text = para.text
        key = label_key(text)
        if COMMENTS_HEADING.match(key):
            break   # reader comments / the comment form close the article
        if is_chrome(text, key) or (title_key and key == title_key):
            continue
        if len(text) < 80 and DATELINE.match(text) and find_dates(text):
            continue
        if is_related_heading(text, key):
            continue
        if len(text) <= 160:
            parsed = parse_byline(text)
            labelled = parsed is not None and (parsed.source or parsed.photographer
                                               or re.match(r"^[^:]{1,25}:", text))
            if parsed is not None and labelled:
                byline = merge(byline, parsed)
                continue
        kept.append(para)
    # trailing unlabeled bylines: right-aligned / bold / short name lines at the end
    while kept:
        last = kept[-1]
        if len(last.text) > 120:
            break
        parsed = parse_byline(last.text)
        if parsed is None and len(last.lines) == 2:
            parsed = parse_byline(f"{last.lines[0]}, {last.lines[1]}")
            if parsed is not None and parsed.author_unit is None:
                parsed = None
        if parsed is None and len(last.lines) > 1:
            parts = [parse_byline(x) for x in last.lines]
            if all(parts):
                parsed = Byline()
                for part in parts:
                    if part is not None:
                        parsed = merge(parsed, part)
        if parsed is None:
            break
        looks = last.align == "right" or last.bold or last.italic or (
            parsed.author_unit is not None) or len(last.text) <= 40
        if not looks:
            break
        byline = merge(byline, parsed)
        kept.pop()
    art.author = byline.author or account
    art.author_unit = byline.author_unit
    art.source = byline.source
    art.photographer = byline.photographer
    return kept
