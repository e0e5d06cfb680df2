"""Heuristics for pages no profile knows (and for fields a profile misses).

Everything here reads a parsed page (selectolax lexbor) and never raises on odd markup:
metadata (JSON-LD, OpenGraph, itemprop), the headline closest to the main text, the
text-densest container, related-news blocks by their Vietnamese headings, the header
"today" clock, and the chrome labels that must never reach a body.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.dom import (
    PageText,
    _ident,
    ancestors,
    clean,
    deep_text,
    in_excluded,
    is_chrome,
    is_related_heading,
    label_key,
    node_text,
    text_length,
    unseen,
)
from archiver.models import Related
from archiver.selectors import PageNames, prune, select
from archiver.urls import resolve
from archiver.vocab import (
    ARTICLE_TYPES,
    CLOCK_DATE,
    CLOCK_NUMERIC,
    CLOCK_SELECTOR,
    HEADING_SELECTOR,
    HIDDEN_STYLE,
    LEAD_SELECTOR,
    LETTERHEAD,
    PORTLET_TITLES,
    PREV_NEXT,
    RELATED_LABELS,
    TIME_AFTER,
    TITLE_LIKE_SELECTOR,
    TODAY,
    WEEKDAY_BEFORE,
)

__all__ = [
    "Meta",
    "clean_title",
    "clock_dates",
    "find_body",
    "find_related",
    "find_title",
    "first_headline",
    "links_in",
    "match_headline",
    "prev_next_links",
    "read_meta",
    "strip_trailing_date",
    "text_continuations",
]

# ------------------------------------------------------------------ metadata

@dataclass
class Meta:
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    og_title: str | None = None
    site_name: str | None = None
    page_title: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)
    #: the day the item took effect (Plone's ``DC.date.valid_range`` / ``DC.date.effective``),
    #: where its page prints only its last modification
    effective: str | None = None


def _jsonld_items(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document in document order, lists and ``@graph`` opened
    (a graph's members before the object holding it); iterative, and no deeper than 32
    levels (real documents use two or three)."""
    stack: list[tuple[Any, int, bool]] = [(data, 0, False)]   # (value, depth, opened)
    while stack:
        value, depth, opened = stack.pop()
        if depth > 32:
            continue
        if isinstance(value, list):
            stack.extend((item, depth + 1, False) for item in reversed(value))
        elif isinstance(value, dict):
            if "@graph" in value and not opened:
                stack.append((value, depth, True))
                stack.append((value["@graph"], depth + 1, False))
                continue
            yield value


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [clean(value)] if clean(value) else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []





def _people(value: Any) -> Any:
    """JSON-LD authors without the organisations (a site naming itself as the author)."""
    if isinstance(value, list):
        return [v for v in value if not _is_org(v)]
    return None if _is_org(value) else value


def _is_org(value: Any) -> bool:
    kind = value.get("@type") if isinstance(value, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(k in ("Organization", "NewsMediaOrganization", "GovernmentOrganization")
               for k in kinds)


def read_meta(tree: LexborHTMLParser, url: str | None = None) -> Meta:
    """JSON-LD NewsArticle, OpenGraph / article:* meta and itemprop values. A JSON-LD
    article about another page (a sidebar widget's post: another headline at another
    address) is not this page's."""
    meta = Meta()
    own: tuple[list[str], set[str]] | None = None   # (read once a JSON-LD article is met)
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(deep=True) or "null")
        except (ValueError, RecursionError):   # broken, or nested beyond the parser's depth
            continue
        for item in _jsonld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(k in ARTICLE_TYPES for k in kinds):
                continue
            own = own or _own_page(tree, url)
            if _about_other(item, *own, tree):
                continue
            if isinstance(item.get("headline"), str) and meta.headline is None:
                meta.headline = clean(item["headline"])
            if isinstance(item.get("datePublished"), str) and meta.published is None:
                meta.published = item["datePublished"].strip()
            if isinstance(item.get("dateModified"), str) and meta.modified is None:
                meta.modified = item["dateModified"].strip()
            if not meta.authors:
                meta.authors = _names(_people(item.get("author")))
    for node in tree.css("meta[property], meta[name], meta[itemprop]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content")
        if not value:
            continue
        if key == "og:title" and meta.og_title is None:
            meta.og_title = clean(value)
        elif key == "og:site_name":
            meta.site_name = clean(value)
        elif key in ("article:published_time", "datepublished", "dc.date.issued",
                     "pubdate") and meta.published is None:
            meta.published = value.strip()
        elif key in ("dc.date.valid_range", "dc.date.effective") and meta.effective is None:
            # Plone's effective date, its range's start ("2025/06/21 - "): the day the
            # item was published, where its page prints only its last modification
            day = value.split(" - ", 1)[0].strip()[:10].replace("/", "-")
            meta.effective = day if _ISO_DAY.fullmatch(day) else None
        elif key in ("article:modified_time", "datemodified") and meta.modified is None:
            meta.modified = value.strip()
        elif key == "article:section" and meta.section is None:
            meta.section = clean(value)
        elif key in ("article:tag", "news_keywords"):
            meta.keywords.extend(clean(v) for v in value.split(",") if clean(v))
    if meta.published is None:
        dp = tree.css_first('[itemprop="datePublished"]')
        if dp is not None:
            attrs = dp.attributes
            # microformats put the ISO time in an <abbr title> (Blogger's "vào lúc 20:15")
            iso = attrs.get("title") or ""
            meta.published = (attrs.get("datetime") or attrs.get("content")
                              or (iso if _ISO_START.match(iso) else None)
                              or node_text(dp)) or None
    title = tree.css_first("title")
    if title is not None:
        text = node_text(title)
        # a document's file name ("Microsoft Word - BT so 5-2024.docx") names no article
        meta.page_title = None if FILE_NAME_TITLE.match(text) else (text or None)
    return meta


def _own_page(tree: LexborHTMLParser, url: str | None) -> tuple[list[str], set[str]]:
    """The page's own headlines (og:title, ``<title>`` and its parts, its h1s: folded) and
    addresses (its URL, og:url, canonical: paths), to tell a JSON-LD item about it from
    one about another page."""
    titles: list[str] = []
    paths: set[str] = set()
    for node in tree.css('meta[property="og:title"], title, h1, link[rel=canonical], '
                         'meta[property="og:url"]')[:12]:
        if node.tag == "link" or (node.tag == "meta" and "url" in (
                node.attributes.get("property") or "")):
            href = node.attributes.get("href") or node.attributes.get("content")
            if href:
                paths.add(_path_of(href))
            continue
        text = (node.attributes.get("content") or "") if node.tag == "meta" else node_text(node)
        titles.extend(_headline_key(t) for t in (text, *_TITLE_SPLIT.split(text)))
    if url:
        paths.add(_path_of(url))
    return [t for t in titles if len(t) >= 12], paths - {"", "/"}


def _path_of(href: str) -> str:
    """An address's path as two spellings of one page share it (percent-encoding, case,
    a trailing slash, an AMP rendering's "/amp" after or before it)."""
    path = unquote(urlsplit(href.strip()).path).lower().rstrip("/")
    path = path[:-4].rstrip("/") if path.endswith("/amp") else path
    return path[4:] if path.startswith("/amp/") else path


def _headline_key(text: str) -> str:
    """A headline folded for comparing (markup, quotes of any kind and "…" left out)."""
    return label_key(_QUOTES.sub("", _MARKUP.sub(" ", html.unescape(text))))


_MARKUP = re.compile(r"<[^>]*>")
_QUOTES = re.compile("[\"'“”‘’«»…]|\\.{3}")


def _same_headline(one: str, other: str) -> bool:
    """Two folded headlines of one article: one begins with the other (a site's name after
    it, a shortened one), or they share most of their words (an SEO rewrite)."""
    if one.startswith(other) or other.startswith(one) or one[:30] == other[:30]:
        return True
    a, b = set(one.split()), set(other.split())
    return len(a & b) >= 0.7 * min(len(a), len(b))


def _about_other(item: dict[str, Any], titles: list[str], paths: set[str],
                 tree: LexborHTMLParser) -> bool:
    """A JSON-LD item about another page (a sidebar widget's post): a headline unlike every
    one the page prints, and another address than the page's — or, naming no address, a
    headline the page links (an item of a list of other articles)."""
    head = item.get("headline")
    if not isinstance(head, str) or not titles:
        return False
    key = _headline_key(head)
    if len(key) < 12 or any(_same_headline(key, t) for t in titles):
        return False
    where = item.get("url") or item.get("mainEntityOfPage") or item.get("@id")
    if isinstance(where, dict):
        where = where.get("@id") or where.get("url")
    if isinstance(where, str) and where.strip() and paths:
        return _path_of(where) not in paths
    return any(_headline_key(node_text(a)) == key for a in tree.css("a")[:800])


#: A ``<title>`` that is a file's name, as word processors and converters write it.
FILE_NAME_TITLE = re.compile(r"^(?:Microsoft (?:Word|Excel|PowerPoint) - |[^/\\]{0,200}"
                             r"\S\.(?:docx?|xlsx?|pptx?|pdf|odt|rtf)$)", re.IGNORECASE)


# ------------------------------------------------------------------ title

_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_TITLE_SPLIT = re.compile(r"\s+(?:[-|–—»:]|::)\s+")
_NULL_PREFIX = re.compile(r"^(?:null\s*)+", re.IGNORECASE)



def clean_title(text: str) -> str:
    text = _NULL_PREFIX.sub("", clean(text)).strip()
    return text


def uncut_title(title: str, meta: Meta) -> str:
    """A headline the template cut short ("Khai giảng lớp bồi dưỡng … cho đảng viên…"), whole
    from the page's metadata where it begins with what is printed and goes on, uncut: the
    JSON-LD headline, og:title or ``<title>``, the site's name after their last separator
    left out (og:site_name, or what ``<title>`` ends with); the printed one otherwise (and
    when the metadata is cut at the same place: a headline that really ends with "...")."""
    stem = title.rstrip()
    if not stem.endswith(("…", "...")):
        return title
    stem = stem.rstrip("….").rstrip()
    key = label_key(stem)
    if len(key) < 12:
        return title
    page = meta.page_title or ""
    pieces = _TITLE_SPLIT.split(page)
    sites = {label_key(n) for n in (meta.site_name, pieces[-1] if len(pieces) > 1 else None)
             if n}
    for cand in (meta.headline, meta.og_title, page):
        if not cand:
            continue
        cand = clean_title(cand)
        parts = _TITLE_SPLIT.split(cand)
        if len(parts) > 1 and label_key(parts[-1]) in sites:
            cand = cand[:cand.rfind(parts[-1])].rstrip(" -|–—»:")   # ("… - Báo Tỉnh")
        rest = cand[len(stem):].lstrip() if label_key(cand).startswith(key) else ""
        if len(rest) > 1 and not rest.startswith(("…", "...")) and "…" not in rest \
                and "..." not in rest:
            return cand
    return title


#: A site's name by its first words: "Cổng thông tin điện tử …", "Trang TTĐT …", "Website
#: …", "Báo điện tử …".
_SITE_NAME = re.compile(r"^(?:(?:cổng|trang)\s+(?:thông\s+tin|ttđt|tttđt|tt)\b|website\b|"
                        r"báo\s+điện\s+tử\b|cổng\s+(?:điện\s+tử|tin\s+tức)\b)", re.IGNORECASE)


def without_site_name(title: str, meta: Meta, tree: LexborHTMLParser | None = None) -> str:
    """A printed headline carrying the site's name after a separator (a template printing
    the page's title in the h1: "Đảng ủy phường … kết nạp 6 đảng viên mới - Cổng thông tin
    điện tử Đảng bộ phường …"): the headline alone, when the last piece is og:site_name, or
    reads as a site's name and the page prints it as a text of its own elsewhere (its
    banner, its footer) — not a headline's own last clause ("… - Website xã trở thành kênh
    thông tin chính thống …"), which a ``<title>`` equal to the headline ends with too."""
    parts = _TITLE_SPLIT.split(title)
    if len(parts) < 2 or len(label_key(title[:title.rfind(parts[-1])])) < 12:
        return title
    last = label_key(parts[-1])
    named = meta.site_name is not None and last == label_key(meta.site_name)
    if not named and not (_SITE_NAME.match(parts[-1].strip()) and tree is not None
                          and _printed_alone(tree, last)):
        return title
    return title[:title.rfind(parts[-1])].rstrip(" -|–—»:")


def _printed_alone(tree: LexborHTMLParser, key: str) -> bool:
    """The page prints ``key`` (a label key) as the whole text of an element or an image's
    alternative text outside the headline: a banner's, a logo's or a footer's name."""
    root = tree.body
    if root is None:
        return False
    for node in root.css("a, span, div, p, strong, b, h2, h3, h4, h5, td, li, img[alt]"):
        if node.tag == "img":
            if label_key(node.attributes.get("alt") or "") == key:
                return True
        elif node.tag not in ("h1",) and len(node.text(deep=True) or "") <= 200 and \
                label_key(node_text(node)) == key:
            return True
    return False


def _meta_titles(meta: Meta) -> list[str]:
    out: list[str] = []
    for cand in (meta.headline, meta.og_title):
        if cand:
            out.append(cand)
    if meta.page_title:
        out.append(meta.page_title)
        parts = _TITLE_SPLIT.split(meta.page_title)
        if len(parts) > 1:
            out.append(max(parts, key=len))
    if meta.og_title and meta.site_name and meta.og_title.endswith(meta.site_name):
        stripped = _TITLE_SPLIT.sub(" - ", meta.og_title[: -len(meta.site_name)]).rstrip(" -|–")
        out.append(stripped)
    return [t for t in out if t]





# Headings, and the styled spans/divs table-era and custom CMSs use for the headline
# ("tieude", "tieu_de", "title"), whichever comes last before the main text.



_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def match_headline(tree: LexborHTMLParser, meta: Meta, names: PageNames | None = None,
                   chrome: dict[int, bool] | None = None) -> tuple[str, LexborNode] | None:
    """A visible heading (outside chrome) that the metadata names: equal to a metadata
    title, else one a metadata title starts with (a site suffix) or that starts with one.
    (``chrome``: the page's :func:`in_excluded` answers so far.)"""
    wanted = [label_key(t) for t in _meta_titles(meta)]
    root = tree.body
    if root is None or not wanted:
        return None
    # the headings' texts, read once; whether one is chrome is asked only of a match
    headings = [(node, text, label_key(text)) for node in select(root, HEADING_SELECTOR, names)
                if (text := clean_title(node_text(node)))]
    part = _title_part(meta)
    if part is not None:   # a newsletter's masthead over its story: only <title>'s first part
        headings = [h for h in headings if h[2] != part or not _story_h1(root, h[0], part)]
    # (a heading the page's microdata names its headline, itemprop="headline", in a block
    # named like a frame's header, Joomla's "page-header", is no chrome)
    named = [(node, text) for node, text, key in headings
             if key and len(key) >= 8 and any(key == w for w in wanted) and not unseen(node)]
    exact = [(node, text) for node, text in named if not in_excluded(node, memo=chrome)] or [
        (node, text) for node, text in named
        if "headline" in (node.attributes.get("itemprop") or "").split()]
    if exact:
        # (a heading before an element named for a title printing it too: a video
        # player's title bar repeats the headline above the page's <h1>)
        first = exact[0]
        if first[0].tag not in _HEADING_TAGS:
            # (an <h1> printing it too, after a non-heading element: the page's headline)
            first = next(((n, t) for n, t in exact if n.tag == "h1"), first)
        return first[1], first[0]
    for node, text, key in headings:
        if len(key) >= 15 and any(w.startswith(key) or key.startswith(w) for w in wanted
                                  if w) and not in_excluded(node, memo=chrome) \
                and not unseen(node):
            # a block holding the headline and more (Odoo's title div over its subtitle,
            # author and date): the element inside it that is the headline, when one is
            inner = _inner_heading(node, [w for w in wanted if len(w) >= 15 and key != w
                                          and key.startswith(w)])
            return (clean_title(node_text(inner)), inner) if inner is not None else (text, node)
    # a table-era page sets its headline in bold or a big font, no heading at all (Lotus
    # Domino, FrontPage): the innermost such element whose text is a metadata title
    for node in select(root, "b, strong, font, span, td", names):
        if len((node.text(deep=False) or "").strip()) < 12:
            kids = [k for k in node.iter() if k.is_element_node]
            if len(kids) != 1 or kids[0].tag not in ("b", "strong", "font", "span", "i"):
                continue   # a block of blocks, never a whole table's text: not a line
        raw = deep_text(node)
        if 15 <= len(raw) <= 400:
            text = clean_title(node_text(node))
            if len(text) >= 15 and label_key(text) in wanted and not in_excluded(node, memo=chrome):
                return text, node
    return None


def _title_part(meta: Meta) -> str | None:
    """The key of the longest part of a split ``<title>`` when no other metadata names it
    (the part a page may share with its masthead: "Bản tin Nông dân | Số 18")."""
    if not meta.page_title:
        return None
    parts = _TITLE_SPLIT.split(meta.page_title)
    if len(parts) < 2:
        return None
    key = label_key(max(parts, key=len))
    others = [label_key(t) for t in (meta.headline, meta.og_title, meta.page_title) if t]
    return None if key in others else key


def _story_h1(root: LexborNode, node: LexborNode, key: str) -> bool:
    """An ``h1`` of a headline's length other than ``node``, outside chrome and after it,
    while ``node`` is a lesser heading: the page's story under a heading that names it."""
    if node.tag == "h1":
        return False
    for h1 in root.css("h1"):
        text = clean_title(node_text(h1))
        if 12 <= len(text) <= 300 and label_key(text) != key and not in_excluded(h1):
            return True
    return False


def _inner_heading(node: LexborNode, wanted: list[str]) -> LexborNode | None:
    """The element inside ``node`` whose text is one of the metadata titles."""
    if not wanted:
        return None
    for inner in node.css("*"):
        if label_key(clean_title(node_text(inner))) in wanted:
            return inner
    return None


def first_headline(tree: LexborHTMLParser) -> LexborNode | None:
    """The first ``h1`` outside chrome with a headline's length; on a page with none (a
    FrontPage or table-era page), the first text set in a big font."""
    root = tree.body
    if root is None:
        return None
    kind: LexborNode | None = None   # a pasted document's own heading: the last resort
    for sel in ("h1", _BIG_FONT):
        for node in root.css(sel):
            text = clean_title(node_text(node))
            if 12 <= len(text) <= 300 and not in_excluded(node) and (
                    sel == "h1" or text[:1].isupper()) and not unseen(node):
                if not _document_kind(text):
                    return node   # (a .VnTimeH banner reads lower; a hidden h1 is for robots)
                kind = kind or node
    return _document_headline(root) or kind


#: The kinds of document a letter, a notice or a decision names itself by.
_DOCUMENT_KINDS = re.compile(r"^(?:THƯ(?:\s+(?:CHÚC\s+MỪNG|KHEN|THĂM\s+HỎI|GỬI))?|THÔNG\s+BÁO|"
                             r"QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|KẾT\s+LUẬN|BÁO\s+CÁO|"
                             r"TỜ\s+TRÌNH|CÔNG\s+VĂN|KẾ\s+HOẠCH|HƯỚNG\s+DẪN|LỜI\s+KÊU\s+GỌI|"
                             r"DIỄN\s+VĂN|ĐIỆN\s+MỪNG|CÁO\s+PHÓ|TIN\s+BUỒN|GIẤY\s+MỜI)\W*$")


def _document_kind(text: str) -> bool:
    """A pasted document's own heading naming its kind in capitals ("THƯ CHÚC MỪNG",
    "THÔNG BÁO", "QUYẾT ĐỊNH"): no headline of the page."""
    return bool(_DOCUMENT_KINDS.match(" ".join(text.split())))


_CENTRED = ('p[align="center"], p[align="CENTER"], p[style*="text-align:center"], '
            'p[style*="text-align: center"], div[align="center"]')


_TITLE_STYLE = "p.MsoTitle, p.title, h1.title"


def _document_headline(root: LexborNode) -> LexborNode | None:
    """A word processor's page (Word's "Save as Web Page", a pasted document): the headline
    is its first centred paragraph set in bold as a whole, after the letterhead lines; not
    a sentence (no closing full stop)."""
    # the Title paragraph style as word processors export it (Word's MsoTitle, a published
    # Google Doc's or LibreOffice's "title" class), first
    for node in root.css(_TITLE_STYLE)[:1]:
        text = clean_title(node_text(node))
        if 12 <= len(text) <= 300 and not in_excluded(node):
            return node
    for node in root.css(_CENTRED)[:12]:
        text = clean_title(node_text(node))
        if not 15 <= len(text) <= 300 or text.endswith(".") or LETTERHEAD.match(text) \
                or in_excluded(node):
            continue
        bold = " ".join(clean_title(node_text(b)) for b in node.css("b, strong"))
        if bold == text:
            return node
    return None


_BIG_FONT = ('font[size="4"], font[size="5"], font[size="6"], font[size="7"], font[size="+1"], '
             'font[size="+2"], font[size="+3"]')


def _edited(printed: str, headline: str) -> bool:
    """``printed`` (the page's ``<h1>``) is the metadata's ``headline`` as edited since: a
    headline's length, and a third of its words in the metadata's (not a page's section
    label over the story, "Trang 3 - Kinh tế")."""
    words = set(label_key(printed).split())
    if len(words) < 6:
        return False
    return len(words & set(label_key(headline).split())) * 3 >= len(words)


def find_title(tree: LexborHTMLParser, meta: Meta, body: LexborNode | None,
               names: PageNames | None = None,
               matched: tuple[str, LexborNode] | bool | None = False
               ) -> tuple[str | None, LexborNode | None]:
    """The headline as printed, and the node it came from (None when from metadata).
    ``matched`` is :func:`match_headline`'s answer when the caller has it already."""
    root = tree.body
    if root is None:
        return (meta.headline or meta.og_title), None
    # 1-2. a visible heading that the metadata names
    hit = match_headline(tree, meta, names) if matched is False else matched
    # a short heading only <title> names (no headline or og:title): maybe the site's name
    # over the page ("HUYỆN ỦY VĨNH LỢI"), the story's title set closer to the text
    weak = isinstance(hit, tuple) and not (meta.headline or meta.og_title) and len(hit[0]) <= 40
    if isinstance(hit, tuple) and not weak:
        return hit
    # 3. the heading closest before the main text (an edited headline beats the metadata's,
    # which keeps the one it was first published with)
    best: LexborNode | None = None
    printed_h1: LexborNode | None = None   # the last <h1> of those headings
    kind: LexborNode | None = None         # a pasted document's own heading ("THƯ CHÚC MỪNG")
    order: dict[int, int] = {}
    if body is not None:
        order = {n.mem_id: i for i, n in enumerate(root.traverse())}
        body_pos = order.get(body.mem_id, 0)
        for node in select(root, TITLE_LIKE_SELECTOR, names):
            pos = order.get(node.mem_id, -1)
            text = clean_title(node_text(node))
            if pos > body_pos and node.tag in ("h3", "h4", "h5", "h6") and best is not None \
                    and order.get(best.mem_id, -1) < body_pos:
                continue   # a sub-heading opening the text, after a title before it
            if (pos <= body_pos + 3 and 12 <= len(text) <= 300 and not in_excluded(node)
                    and label_key(text) not in PORTLET_TITLES and not is_related_heading(text)
                    and not unseen(node)):
                if _document_kind(text):
                    kind = kind or node   # (the headline only when nothing else is)
                    continue
                best = node
                if node.tag == "h1" and node.css_first("a[href]") is None:
                    printed_h1 = node
    if isinstance(hit, tuple):
        if best is not None and order.get(best.mem_id, -1) > order.get(hit[1].mem_id, -1) \
                and len(text := clean_title(node_text(best))) > len(hit[0]) + 10:
            return text, best
        return hit
    if meta.headline:
        if printed_h1 is not None and _edited(clean_title(node_text(printed_h1)),
                                              meta.headline):
            return clean_title(node_text(printed_h1)), printed_h1
        return meta.headline, None
    if best is None:
        best = first_headline(tree) or kind
    if best is not None:
        return clean_title(node_text(best)), best
    if meta.og_title:
        return meta.og_title, None
    if meta.page_title:
        return max(_TITLE_SPLIT.split(meta.page_title), key=len), None
    return None, None


# ------------------------------------------------------------------ body

_PARA_TAGS = "p, div, td, li, blockquote, pre, section, article, font, span, figcaption"
_PUNCT = re.compile(r"[,.;:!?]")


def _link_density(node: LexborNode, text_len: int,
                  length: Callable[[LexborNode], int] = text_length) -> float:
    if text_len == 0:
        return 1.0
    links = sum(length(a) for a in node.css("a"))
    return min(1.0, links / text_len)


def find_body(tree: LexborHTMLParser, headline: LexborNode | None = None,
              names: PageNames | None = None, chrome: dict[int, bool] | None = None
              ) -> LexborNode | None:
    """The text-densest container that belongs to the headline: paragraphs vote for their
    parent and grandparent, and of the best-scoring blocks the first whose nearest heading
    before it is the page's ``headline`` (or that holds it) wins — not a block under
    another article's title (a preloaded next article, a column of teasers), however long.
    Without a headline, or when no block is its, the best-scoring block. (``names``, the
    page's class and id names, cut the selectors down to what can match; ``chrome``, the
    page's :func:`in_excluded` answers so far, is added to.)"""
    root = tree.body
    if root is None:
        return None
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for node in root.css(_PARA_TAGS):
        tag = node.tag
        if tag in ("div", "td", "section", "article", "span", "font", "li"):
            raw = node.text(deep=False)
        else:
            raw = node.text(deep=True, separator=" ")   # (node_text's)
        if len(raw) < 30 and (raw.isascii() or unicodedata.is_normalized("NFC", raw)):
            continue   # cleaning never lengthens such a text: too short (most elements)
        own = clean(raw)
        if len(own) < 30:
            continue
        score = 1.0 + len(_PUNCT.findall(own)) * 0.5 + min(len(own) / 100.0, 3.0)
        parent = node.parent if tag in ("p", "li", "blockquote", "pre", "span", "figcaption",
                                        "font") else node
        weight = 1.0
        for _ in range(3):
            # (a document saved as a page holds its paragraphs in <body> itself: only a
            # paragraph right in it votes for it, so a portal's <body> is never weighed)
            if parent is None or parent.tag == "html" or (parent.tag == "body" and weight < 1):
                break
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + score * weight
            nodes[parent.mem_id] = parent
            parent = parent.parent
            if parent is not None and parent.tag == "tr":
                # a table setting one paragraph a row: its rows and row group are no
                # levels of their own, the table gets the row's vote
                parent = parent.parent
                if parent is not None and parent.tag in ("tbody", "thead", "tfoot"):
                    parent = parent.parent
            weight *= 0.5
    # a block's final score is its score less its links' share, never more: the blocks are
    # weighed best score first, and once the best ``wanted`` finals beat the next score
    # outright, no block left can enter them (the text lengths of the rest, the costly
    # part, are never read). Ties keep the blocks' first-vote order, as a stable sort of
    # them all would.
    wanted = 1 if headline is None else _BODY_CANDIDATES
    lengths: dict[int, int] = {}   # the tree does not change here: each length read once

    def length(node: LexborNode) -> int:
        size = lengths.get(node.mem_id)
        if size is None:
            size = lengths[node.mem_id] = text_length(node)
        return size

    ranked: list[tuple[float, int, LexborNode]] = []
    chrome = {} if chrome is None else chrome   # in_excluded's answers (the blocks nest)
    for at, (key, score) in sorted(enumerate(scores.items()), key=lambda item: -item[1][1]):
        if len(ranked) >= wanted and ranked[wanted - 1][0] > score:
            break
        node = nodes[key]
        if in_excluded(node, memo=chrome):
            continue
        text_len = length(node)
        final = score * (1.0 - _link_density(node, text_len, length))
        if final > 0:
            ranked.append((final, at, node))
            ranked.sort(key=lambda entry: (-entry[0], entry[1]))
    if not ranked:
        return None
    if headline is None:
        return ranked[0][2]
    cands = [n for _, _, n in ranked[:_BODY_CANDIDATES]]
    # a sapo block is the lead, not the body: a photo story's sapo outscores a body made
    # of captioned pictures and two short texts
    lead = prune(LEAD_SELECTOR, names)   # (lexbor parses a selector at every query)
    leads = [n for n in cands if length(n) < 500 and len(n.css("p, div, br")) <= 1
             and n.css_matches(lead)] if lead else []   # (most pages carry no lead class)
    # (or a band holding the headline and its sapo, the sapo most of its text: a photo
    # report's dark band over the pictures)
    held = {n.mem_id for n in leads}
    leads += [n for n in cands if lead and n.mem_id not in held and length(n) < 800
              and (sapo := n.css_first(lead)) is not None and sapo.mem_id != n.mem_id
              and length(sapo) >= 0.6 * length(n)]
    if leads and len(leads) < len(cands):
        lead_ids = {n.mem_id for n in leads}   # (``in`` on nodes compares their HTML)
        cands = [n for n in cands if n.mem_id not in lead_ids] + leads
    found = _headline_block(cands, headline, root)
    # a picture's long caption outscores the rest (an infographic): the article is the
    # block around the figure, never the figure alone
    if found.tag == "figure" and found.parent is not None:
        found = found.parent
    if found.tag in ("ul", "ol") and found.parent is not None and _list_in_a_text(found):
        found = found.parent   # (a list of figures outscoring the short lines around it)
    found = _builder_column(found)
    return _text_above(_series_parent(_around_layout_table(found), headline))


def _builder_column(found: LexborNode) -> LexborNode:
    """A page builder's column (LadiPage, a landing-page builder): each paragraph its own
    element in a wrapper of its own ("div#PARAGRAPH11.ladi-element > div.ladi-paragraph"),
    so one paragraph outscores the rest. The text is the column holding three paragraphs or
    more of that class, when ``found`` is one of them (no block of its own inside)."""
    cls = found.attributes.get("class") or ""
    wrapper = found.parent
    if not cls or wrapper is None or any(k.mem_id != found.mem_id for k in found.css(
            "p, div, li, table")) or sum(1 for k in wrapper.iter() if k.is_element_node) != 1:
        return found
    column = wrapper.parent
    if column is None or column.tag in ("body", "html") or in_excluded(column):
        return found
    # (each a wrapper of the found paragraph's wrapper's class holding one element of its
    # class: "div.ladi-element > div.ladi-paragraph" — not an article's block beside teaser
    # items whose parts share a class name)
    shape = wrapper.attributes.get("class")
    same = [w for w in column.iter() if w.is_element_node and w.attributes.get("class") == shape
            and len(kids := [k for k in w.iter() if k.is_element_node]) == 1
            and kids[0].attributes.get("class") == cls and text_length(kids[0]) >= 40]
    return column if shape and len(same) >= 3 else found


def _list_in_a_text(found: LexborNode) -> bool:
    """A list chosen as the text whose block holds the text's own lines around it ("Một số
    kết quả chính:" <ul>…</ul> "Số liệu tính đến ngày 20/6/2027."; a portrait, a table of
    particulars and a heading over a career's list): the block is the text, when it is no
    page wrapper, no chrome and holds no headline."""
    parent = found.parent
    if parent is None or parent.tag in ("body", "html") or in_excluded(parent) or \
            parent.css_first("h1") is not None:
        return False
    others = [k for k in parent.iter() if k.is_element_node and k.mem_id != found.mem_id]
    # (the block a text: its other children lines of it or a picture's wrapper — a portrait
    # over a biography's table of particulars — no box, poll or counter beside)
    return bool(others) and all((k.tag in _TEXT_TAGS or _picture_wrapper(k))
                                and not in_excluded(k) for k in others) \
        and any(k.tag != "figure" and not _picture_wrapper(k) and text_length(k) > 0
                for k in others)


def _picture_wrapper(node: LexborNode) -> bool:
    """A ``div`` holding a picture and at most its caption's words."""
    return node.tag == "div" and node.css_first("img") is not None and \
        text_length(node) <= 200 and node.css_first("p, li, table, a[href]") is None


_TEXT_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "blockquote", "figure", "ul", "ol",
                        "table", "br", "hr"})


def _text_above(body: LexborNode) -> LexborNode:
    """The rest of a text set in a block of its own after the text's first paragraphs (a
    "Xem thêm" button reveals it: ``<div class=content-more style=display:none>``), scoring
    more than they do: the article is the block holding both, when two paragraphs of
    prose or more stand right before it in its parent."""
    parent = body.parent
    attrs = body.attributes
    revealed = "hidden" in attrs or HIDDEN_STYLE.search(attrs.get("style") or "") is not None \
        or _REST_NAME.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None
    if not revealed or body.tag not in ("div", "section") or parent is None or \
            parent.tag in ("body", "html", "td") or in_excluded(parent) or \
            parent.css_first("h1") is not None:
        return body   # (a block holding the headline too is the article's header and all)

    def is_prose(node: LexborNode) -> bool:
        # (plain sentences: not a bold sapo, not a stamp's line)
        size = text_length(node)
        return node.tag == "p" and size >= 80 and _link_density(node, size) < 0.2 and \
            sum(text_length(b) for b in node.css("b, strong")) < 0.5 * size and \
            not _STAMPISH.search(node_text(node)[:40])

    prose = 0
    sib = body.prev
    while sib is not None:
        if sib.is_element_node:
            if sib.tag in ("div", "section") and sib.css_first("h1, h2, h3, a[href] img") \
                    is None and not in_excluded(sib):
                # (the text's visible part in a block of its own: its paragraphs)
                prose += sum(is_prose(k) for k in sib.iter() if k.is_element_node)
            elif sib.tag in ("p", "figure"):
                prose += is_prose(sib)
            else:
                break
        sib = sib.prev
    return parent if prose >= 2 else body


#: A block named for the rest of a text a button reveals ("content-more", "collapse").
_REST_NAME = re.compile(r"more|collapse|expand|xem-?them|an-?bot|read-?more|hidden",
                        re.IGNORECASE)
#: A stamp's label opening a line ("Ngày tạo:", "Cập nhật", "Đăng ngày"): no prose.
_STAMPISH = re.compile(r"^\W*(?:ngày\s*(?:tạo|đăng|xuất\s*bản|cập\s*nhật)|cập\s*nhật|đăng\s*"
                       r"(?:ngày|lúc))", re.IGNORECASE)


def _around_layout_table(body: LexborNode) -> LexborNode:
    """A cell of a small layout table set inside the text (a document pasted from Word: a
    picture and its caption in one cell, paragraphs in the other) is no article of its
    own: when the text goes on in paragraphs beside the table, the block holding both."""
    cell = body if body.tag == "td" else None
    if cell is None:
        return body
    wrapped = _wrapping_cells(cell)
    if wrapped is not None:
        return wrapped
    table = next((a for a in ancestors(cell)[:3] if a.tag == "table"), None)
    if table is None or len(table.css("tr")) > 2 or len(table.css("td")) > 4:
        return body
    holder = table.parent
    if holder is None or holder.tag in ("body", "html", "td") or in_excluded(holder):
        return body
    beside = [k for k in holder.iter() if k.is_element_node and k.mem_id != table.mem_id
              and k.tag in ("p", "div", "h2", "h3") and text_length(k) >= 80]
    return holder if beside else body


def _wrapping_cells(cell: LexborNode) -> LexborNode | None:
    """The block around the text when it sits in the one cell of layout tables nested in it
    (a table-era skin: "div.content > table > tr > td > table > tr > td" holding the text,
    its bold sapo above the tables and its signature below them, in the block): that block,
    or None when the cell is no such table's only cell."""
    holder: LexborNode | None = None
    outer: LexborNode | None = None   # (the outermost of the tables)
    while cell.tag == "td":
        table = next((a for a in ancestors(cell)[:3] if a.tag == "table"), None)
        if table is None:
            break
        rows = [r for r in table.css("tr") if next(
            (a.mem_id for a in ancestors(r) if a.tag == "table"), None) == table.mem_id]
        cells = [k for k in rows[0].iter() if k.is_element_node and k.tag in ("td", "th")] \
            if len(rows) == 1 else []
        if len(cells) != 1:
            break
        holder, outer = table.parent, table
        if holder is None:
            return None
        cell = holder
    if holder is None or outer is None or holder.tag in ("body", "html", "td", "tr", "tbody") or \
            in_excluded(holder) or holder.css_first("h1") is not None:
        return None
    # (beside the tables, only the text's own short lines: a signature, a photo credit —
    # never other items' teasers, a tool row, a comments link or the site's frame)
    beside = [k for k in holder.iter() if k.is_element_node and k.mem_id != outer.mem_id]
    if len(beside) > 4 or any(
            k.tag not in ("p", "div", "span", "b", "strong", "i", "em", "font", "br")
            or k.css_first("a[href], img, table, ul, ol, form, input") is not None
            or text_length(k) > 160 for k in beside):
        return None
    return holder


def _signature(node: LexborNode) -> tuple[str, frozenset[str]]:
    """A block's kind: its tag and its class names without generated ids ("elementor-
    element-dd5bb76")."""
    classes = (node.attributes.get("class") or "").split()
    return node.tag or "", frozenset(c for c in classes if not any(ch.isdigit() for ch in c))


def _series_parent(body: LexborNode, headline: LexborNode | None) -> LexborNode:
    """A page builder sets each paragraph in a box of its own (Google Sites, Elementor
    widgets, a live blog's entries): when the block found is one of several boxes of the
    same kind holding text (not links) beside each other, a few levels up, the article is
    the block that holds them all (with the headline's own box, when it is one of them: its
    copy of the title is dropped from the text)."""
    held = {a.mem_id for a in ancestors(headline)} if headline is not None else set()
    cur = body
    for _ in range(5):
        parent = cur.parent
        if parent is None or parent.tag in ("body", "html"):
            return body
        kind = _signature(cur)
        if kind[1] and kind[0] in ("div", "section", "article"):   # not a table's rows
            same = [c for c in parent.iter() if c.is_element_node and c.tag == kind[0]
                    and _signature(c) == kind]   # (the tag first: no class list read)
            if len(same) < 2:
                same = _text_columns(parent, cur, kind)
            if len(same) >= 2:
                texty = [c for c in same if (n := text_length(c)) >= 40
                         and _link_density(c, n) < 0.3]
                # boxes of one text, not articles or teasers under titles of their own
                titled = any(c.css_first("h1, h2, h3 a, h4 a") is not None for c in same)
                if len(texty) >= 2 and not (titled and parent.mem_id in held):
                    return parent
                return body
        cur = parent
    return body


def _text_columns(parent: LexborNode, block: LexborNode,
                  kind: tuple[str, frozenset[str]]) -> list[LexborNode]:
    """A text set in columns (``cl-col cl-col-a`` beside ``cl-col cl-col-b``): the blocks
    beside ``block`` of its tag that share a class name with it, when every element of
    ``parent`` is one of them and each holds paragraphs of its own. (A sidebar column
    beside the text is link-dense or titled, and a wrapper holding anything else is not a
    row of columns.) Otherwise nothing."""
    kids = [c for c in parent.iter() if c.is_element_node]
    if not 2 <= len(kids) <= 4:
        return []
    for kid in kids:
        if kid.tag != kind[0] or not (_signature(kid)[1] & kind[1]):
            return []
        if kid.mem_id != block.mem_id and kid.css_first("p") is None:
            return []
    return kids


def text_continuations(body: LexborNode, headline: LexborNode | None) -> list[LexborNode]:
    """What goes on with ``body``'s text after a box set into it: a newsroom prints the
    text in containers of one kind (tag and class names) with an injected "Đọc thêm" box,
    an ad slot or a list of links between them. Returned in page order: each later sibling
    of ``body``'s kind holding text (not links, no title of its own), and the figures,
    paragraphs and tables that stand loose between two of them; the boxes between are
    left where they are. Anything else ends the text (comments, a preloaded next
    article)."""
    parent = body.parent
    kind = _signature(body)
    if parent is None or parent.tag in ("body", "html") or not kind[1] \
            or kind[0] not in ("div", "section", "article"):
        return []
    rank = _heading_rank(headline) if headline is not None else 1
    found: list[LexborNode] = []
    loose: list[LexborNode] = []   # waiting for a container of the text after them
    node = body.next
    while node is not None:
        if node.is_element_node:
            if any(_is_title(h, rank) for h in node.css("h1, h2, h3, h4, h5, h6")):
                break
            size = text_length(node)
            boxed = node.tag == "aside" or _link_density(node, size) >= 0.5 \
                or in_excluded(node)
            if node.tag == kind[0] and _signature(node) == kind:
                if _teasers_box(node):
                    break   # a box of other articles' cards in the text's kind: the end
                if size and not boxed and _link_density(node, size) < 0.3:
                    found += [*loose, node]
                    loose = []
            elif node.tag in _LOOSE_TAGS and not boxed:
                loose.append(node)
            elif not (boxed or size < 200):
                break
        node = node.next
    return found


#: A site builder's block named for its numbered type (Mobirise's "content4", "image1",
#: "header1", "features3"; Nicepage's "u-section-3").
_BUILDER_BLOCK = re.compile(r"^(?:[a-z]+\d{1,2}|u-section-\d{1,3})$")


def stacked_sections(body: LexborNode, headline: LexborNode | None
                     ) -> tuple[list[LexborNode], list[LexborNode]]:
    """The rest of a text a site builder stacks in sections of the page (Mobirise's
    "section.content4" with one paragraph, "section.image1" with a picture and its caption,
    one after another under ``<body>``), when ``body`` is all one such section holds: the
    sections before it back to the headline's (its sapo's), and after it up to the first
    that is no text's (a heading's box of other items, links); two sections at most before
    it (a sapo's, a first paragraph's), none when more. Only a builder's blocks, named for
    their numbered type (:data:`_BUILDER_BLOCK`: a page's "container" or "row" blocks are
    its menu, its text and its footer alike). Nothing unless a later
    section of the text is of ``body``'s own kind (its first class name)."""
    section = body
    size = text_length(body)
    while section.parent is not None and section.parent.tag not in ("body", "html", "main") \
            and text_length(section.parent) <= size + 40:
        section = section.parent
    parent = section.parent
    kind = (section.attributes.get("class") or "").split()[:1]
    if parent is None or parent.tag not in ("body", "main") or not kind or \
            section.tag not in ("section", "div") or not _BUILDER_BLOCK.match(kind[0]):
        return [], []

    def of_text(node: LexborNode) -> bool:
        if node.tag != section.tag or node.css_first("h1, h2, h3, h4, h5, h6, form, nav") \
                is not None or in_excluded(node):
            return False
        length = text_length(node)
        if node.css_first("img") is not None and node.css_first("p") is not None \
                and length <= 300:
            return node.css_first("a[href]") is None     # (a picture and its caption)
        return node.css_first("p") is not None and length > 0 and \
            _link_density(node, length) < 0.3

    after: list[LexborNode] = []
    node = section.next
    while node is not None:
        if node.is_element_node:
            if not of_text(node):
                break
            after.append(node)
        node = node.next
    if not any((k.attributes.get("class") or "").split()[:1] == kind for k in after):
        return [], []
    before: list[LexborNode] = []
    node = section.prev
    holding = {a.mem_id for a in ancestors(headline)} if headline is not None else set()
    while node is not None:
        if node.is_element_node:
            if node.mem_id in holding or (headline is None and node.css_first("h1")):
                break   # (the headline's section: a builder's "header1" block)
            if not of_text(node):
                break   # (what stands over the headline: its crumb, a header dropped)
            if len(before) >= 2:
                before = []
                break
            before.insert(0, node)
        node = node.prev
    return before, after


#: A block named for a text's notes ("notes", "footnotes", "ghi-chu").
_NOTES_NAME = re.compile(r"(?:^|[\s_-])(?:notes?|footnotes?|endnotes?|ghi-?chu)(?:$|[\s_-])",
                         re.IGNORECASE)
#: Notes that are no text's: a comment form's ("comment-notes"), a form's.
_NOT_NOTES = re.compile(r"comment|respond|reply|form|sidebar|widget", re.IGNORECASE)
#: A note's mark opening its paragraph: "[1]", "(2)".
_NOTE_MARK = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\(\s*\d{1,3}\s*\))")


def notes_after(body: LexborNode) -> LexborNode | None:
    """The text's notes printed in a block of their own right after it (SPIP's ``#NOTES``:
    ``div.notes`` with "Ghi chú" and "[1] …" under ``div.texte``), when the text calls
    them (a link to a note's anchor, or its mark): the writer's, part of the text."""
    cur: LexborNode | None = body
    for _ in range(2):
        if cur is None or cur.tag in ("body", "html"):
            return None
        sib = cur.next
        while sib is not None and not sib.is_element_node:
            sib = sib.next
        if sib is not None and _NOTES_NAME.search(ident := _ident(sib)) and \
                not _NOT_NOTES.search(ident) and text_length(sib) <= 5000:
            marks = [p for p in sib.css("p, li, div") if _NOTE_MARK.match(node_text(p))]
            anchors = {(n.attributes.get("id") or "") for n in sib.css("[id]")} - {""}
            called = any((a.attributes.get("href") or "")[1:] in anchors
                         for a in body.css('a[href^="#"]'))   # (the text links its notes)
            if marks and called:
                return sib
        cur = cur.parent
    return None


def _teasers_box(node: LexborNode) -> bool:
    """A box of other articles: a heading naming a related or news box ("Tin nổi bật",
    "Tin liên quan"), or two links or more with a headline's length (six words)."""
    for head in node.css("h2, h3, h4, h5, h6, [class*=title]"):
        text = node_text(head)
        if len(text) <= 40 and head.css_first("a") is None and (
                is_related_heading(text, label_key(text)) or _NEWS_BOX.match(text)):
            return True
    return sum(len(node_text(a).split()) >= 6 for a in node.css("a[href]")) >= 2


#: A box of news by its heading ("Tin nổi bật", "Tin mới", "Tin đọc nhiều", "Tin xem nhiều").
_NEWS_BOX = re.compile(r"^(?:tin|bài)\s+(?:nổi\s+bật|mới(?:\s+nhất)?|đọc\s+nhiều|xem\s+nhiều|"
                       r"tiêu\s+điểm|hot|khác|cùng\s+chuyên\s+mục)\b", re.IGNORECASE)


#: What may stand loose in the text between two of its containers.
_LOOSE_TAGS = frozenset({"p", "figure", "blockquote", "table", "ul", "ol", "h2", "h3", "h4",
                         "h5", "h6", "picture", "img"})


#: How many of the best-scoring blocks are weighed against the headline.
_BODY_CANDIDATES = 8
_MARK = "data-archiver-body"


def _headline_block(cands: list[LexborNode], headline: LexborNode,
                    root: LexborNode) -> LexborNode:
    """The first of ``cands`` (best first) that belongs to ``headline``: it holds it, or the
    nearest title before it is the headline, and it holds no other title. A title is a
    heading of the headline's rank or above, or any heading that links to another page (a
    teaser's). None belongs: the best-scoring block."""
    inner = headline.css_first("h1, h2, h3, h4, h5, h6")
    if headline.tag not in _HEADING_TAGS and inner is not None:
        headline = inner   # a title block wrapping the heading: the heading is the headline
    rank = _heading_rank(headline)
    holders = {a.mem_id for a in ancestors(headline)}
    ids = {c.mem_id for c in cands}
    marked = [*cands, headline]   # the headline may be a cell or a span
    for node in marked:
        node.attrs[_MARK] = ""
    # one query lists candidates, headline and headings in document order (lexbor, in C)
    order = root.css(f"h1, h2, h3, h4, h5, h6, [{_MARK}]")
    for node in marked:
        if _MARK in node.attrs:
            del node.attrs[_MARK]
    last_title: int = -1
    seen_headline = False
    # the page's <body> itself (a document saved as a page) holds the headline
    belongs: list[LexborNode] = [c for c in cands if c.mem_id == root.mem_id]
    for node in order:
        if node.mem_id == headline.mem_id or (node.tag in _HEADING_TAGS
                                              and node.mem_id in holders):
            last_title, seen_headline = headline.mem_id, True   # the headline, or around it
        elif seen_headline and node.tag in _HEADING_TAGS and _is_title(node, rank):
            last_title = node.mem_id   # (titles before the headline cannot matter)
        if node.mem_id in ids:   # (lexbor lists a node once per alternative it matches)
            ids.discard(node.mem_id)
            if node.mem_id in holders or last_title == headline.mem_id:
                belongs.append(node)
            if not ids:
                break
    rank_of = {c.mem_id: i for i, c in enumerate(cands)}
    for node in sorted(belongs, key=lambda c: rank_of[c.mem_id]):
        # a block holding another article's title is that article, or a wrapper of several
        if not any(h.mem_id != headline.mem_id and h.mem_id not in holders
                   and _is_title(h, rank) for h in node.css("h1, h2, h3, h4, h5, h6")):
            return node
    return cands[0]


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _heading_rank(node: LexborNode) -> int:
    return int(node.tag[1]) if node.tag in _HEADING_TAGS else 1


def _is_title(node: LexborNode, rank: int) -> bool:
    """Another article's title: a heading of ``rank`` or above, or one made of a link."""
    text_len = text_length(node)
    if text_len < 12:
        return False
    if _heading_rank(node) > rank and sum(
            text_length(a) for a in node.css("a[href]")) < 0.6 * text_len:
        return False
    if _heading_rank(node) > rank and _under_related_label(node):
        return False    # a card in the text ("Đọc thêm" over a linked title): related
    return not in_excluded(node)


def _under_related_label(node: LexborNode) -> bool:
    """A heading right after a related box's label ("Đọc thêm", "Tin liên quan"), the
    element before it or before its wrapper."""
    for cur in (node, node.parent):
        if cur is None:
            return False
        before = cur.prev
        while before is not None and not before.is_element_node:
            before = before.prev
        if before is not None:
            return is_related_heading(node_text(before))
    return False


# ------------------------------------------------------------------ related

def _link_title(a: LexborNode) -> str:
    text = node_text(a)
    if not text:
        text = clean(a.attributes.get("title") or "")
    elif len(text) > 80:
        # a card whose link holds the title and the teaser's sapo: the title's element
        # (a heading first: a category label "span.cat-title" may come before it)
        own = a.css_first("h2, h3, h4, h5") or a.css_first(_CARD_TITLE)
        if own is not None and 8 <= len(title := node_text(own)) < len(text):
            text = title
    return _TRAILING_DATE.sub("", text).strip()


#: The element holding a card's title inside its link.
_CARD_TITLE = "[class*=title], [class*=Title], [class*=tieu-de], [class*=tieude]"


_TRAILING_DATE = re.compile(
    r"\s*[\[(]\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,]?\s*\d{1,2}:\d{2}"
    r"(?::\d{2})?(?:\s*[AP]M)?)?\s*[\])]\s*$", re.IGNORECASE)


def strip_trailing_date(text: str) -> str:
    return _TRAILING_DATE.sub("", text).strip()


def links_in(node: LexborNode, url: str) -> list[Related]:
    out: list[Related] = []
    seen: set[str] = set()
    for a in node.css("a[href]"):
        title = _link_title(a)
        if len(title) < 8:
            continue
        key = label_key(title)
        if is_related_heading(title, key) or is_chrome(title, key) or PREV_NEXT.match(key):
            continue   # (a previous/next-article link is no related item)
        href = resolve(url, a.attributes.get("href") or "")   # URL parsing is the costly part
        if not href or href in seen:
            continue
        seen.add(href)
        out.append(Related(url=href, title=title))
    return out


_NO_TARGET = ("#", "javascript:", "mailto:", "tel:")


def _item_titles(node: LexborNode) -> list[str]:
    """Cheap :func:`links_in` for block finding: titles of links that lead somewhere."""
    out = []
    for a in node.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        title = node_text(a)
        if not href or href.startswith(_NO_TARGET):
            # (a tab's "#" is no item; a list's headline whose address the CMS left out,
            # "<li><a href="#">Phường Long Châu ra mắt Quỹ …</a>", still is one)
            parent = a.parent
            if parent is None or parent.tag != "li" or len(title.split()) < 6:
                continue
        if len(title) >= 8:
            out.append(title)
    return out


def _text_nodes_with(root: LexborNode, text: str, lowered: str,
                     keys: tuple[str, ...]) -> Iterator[LexborNode]:
    """The text nodes that may hold one of ``keys`` (lower-cased), in document order.

    Lexbor's ``:lexbor-contains`` finds, in C, the elements whose own text holds a string
    (case-sensitively), so the spellings the page actually uses ("TIN LIÊN QUAN", "Tin
    liên quan") are looked up instead of walking every node in Python."""
    spellings: set[str] = set()
    if len(lowered) == len(text):   # lower() kept every offset (true of Vietnamese text)
        for key in keys:
            at = lowered.find(key)
            while at != -1 and len(spellings) < 64:
                spellings.add(text[at:at + len(key)])
                at = lowered.find(key, at + 1)
    if not spellings or any('"' in s or "\\" in s for s in spellings) or len(spellings) >= 64:
        yield from root.traverse(include_text=True)
        return
    query = ", ".join(f':lexbor-contains("{s}")' for s in sorted(spellings))
    seen: set[int] = set()
    for element in root.css(query):
        for child in element.iter(include_text=True):
            if child.tag == "-text" and child.mem_id not in seen:
                seen.add(child.mem_id)
                yield child


def _present(keys: tuple[str, ...], page: str) -> tuple[str, ...]:
    """The ``keys`` found in ``page``, in order. A key is only looked for when the shorter
    keys it holds and its last word were found ("các tin khác" after "tin khác", and that
    after "khác"): most pages carry one or two of the labels, so most scans are skipped."""
    probes, plan = _search_plan(keys)
    found = [False] * len(probes)
    for at, inner in plan:
        found[at] = all(found[i] for i in inner) and probes[at] in page
    return tuple(k for k, hit in zip(keys, found, strict=False) if hit)


@functools.lru_cache(maxsize=64)
def _minimal_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys holding no shorter key: a text holding "các tin khác" holds "tin khác", so
    only those need looking for in a page."""
    return tuple(k for k in keys if not any(o != k and o in k for o in keys))


@functools.lru_cache(maxsize=64)
def _search_plan(keys: tuple[str, ...]
                 ) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[int, ...]], ...]]:
    """The strings to look for (the keys, then their last words) and the order to look for
    them in: shortest first, each with the indexes of the shorter probes it contains."""
    probes = (*keys, *dict.fromkeys(w for k in keys if " " in k
                                    and (w := k.rsplit(" ", 1)[1]) not in keys))
    order = sorted(range(len(probes)), key=lambda i: len(probes[i]))
    return probes, tuple((i, tuple(j for j in range(len(probes)) if len(probes[j]) <
                                   len(probes[i]) and probes[j] in probes[i]))
                         for i in order)


def _heading_nodes(root: LexborNode, labels: Iterable[str],
                   text: PageText | None = None) -> Iterator[LexborNode]:
    extra = {label_key(x) for x in labels}
    text = text or PageText.of(root)
    page_text, page = text.text, text.lower
    keys = tuple(dict.fromkeys((*extra, *RELATED_LABELS)))
    found = _present(_minimal_keys(keys), page)
    if not found:
        return
    # a key holding a found one may head a block too ("các tin khác" around "tin khác")
    present = tuple(k for k in keys if any(f in k for f in found))
    firsts = frozenset(k[0] for k in present)
    for node in _text_nodes_with(root, page_text, page, found):
        raw = node.text_content  # None for elements: only text nodes go on
        if not raw or len(raw) > 80:
            continue
        start = raw.lstrip()
        if start[:1].lower() not in firsts or not start.lower().startswith(present):
            continue
        key = label_key(raw)
        if key in extra or is_related_heading(raw):
            parent = node.parent
            if parent is not None and parent.tag == "a" and parent.parent is not None:
                # "Tin liên quan" as a link heading ("a#…_mrcArticle")
                parent = parent.parent
            if parent is not None:
                yield parent


def find_related(tree: LexborHTMLParser, url: str, labels: Iterable[str] = (),
                 containers: Iterable[LexborNode] = (), text: PageText | None = None
                 ) -> tuple[list[Related], list[LexborNode]]:
    """Links of the related-news blocks and the block nodes (for removal); ``text``, the
    body's :class:`PageText` when the caller has it.

    A block is the smallest ancestor of a related heading that holds at least one link
    besides the heading, provided links dominate its text.
    """
    root = tree.body
    if root is None:
        return [], []
    blocks: list[LexborNode] = list(containers)
    headings = list(_heading_nodes(root, labels, text))
    for head in headings:
        head_text = node_text(head)
        cur: LexborNode | None = head
        for _ in range(5):
            if cur is None or cur.tag in ("body", "html"):
                break
            # only real related items count (not "#" tabs or the heading link itself)
            anchor_texts = [t for t in _item_titles(cur) if t != head_text]
            if anchor_texts:
                text_len = len(node_text(cur))
                link_len = sum(len(t) for t in anchor_texts)
                if link_len >= 0.45 * max(1, text_len - len(head_text)) or (
                        node_text(cur).startswith(head_text) and _related_card(cur, text_len)):
                    blocks.append(cur)
                else:
                    blocks.extend(_beside_heading(head, head_text))
                break
            cur = cur.parent
    # keep outermost distinct blocks, in document order of discovery
    related: list[Related] = []
    seen: set[str] = set()
    kept: list[LexborNode] = []
    ids = {b.mem_id for b in blocks}
    for block in blocks:
        parent = block.parent
        nested = False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        kept.append(block)
        for item in links_in(block, url):
            if item.url not in seen:
                seen.add(item.url)
                related.append(item)
    return related, kept


_DATE_WORDS = frozenset({"tháng", "ngày", "năm", "giờ", "lúc", "-", "|", "/", "·", "•", ",",
                         "một", "hai", "ba", "tư", "bốn", "sáu", "bảy", "tám", "chín",
                         "mười", "giêng", "chạp", "lượt", "xem"})


def _beside_heading(head: LexborNode, head_text: str) -> list[LexborNode]:
    """A related heading in a wrapper of its own beside a list of links in one (a page
    builder's heading widget and posts widget, in a column that holds the text too): the
    heading's outermost wrapper holding nothing else, and the lists right after it; none
    when no list follows."""
    cur: LexborNode | None = head
    found: list[LexborNode] = []
    while cur is not None and cur.tag not in ("body", "html") and \
            len(node_text(cur)) <= len(head_text) + 20:
        following = _items_after(cur)
        if following:
            found = [cur, *following]
        cur = cur.parent
    return found


def _items_after(node: LexborNode, limit: int = 3) -> list[LexborNode]:
    """The elements right after ``node`` (a related box's heading in a wrapper of its own)
    that are lists of links: headlines making most of their text."""
    out: list[LexborNode] = []
    sib = node.next
    while sib is not None and len(out) < limit:
        if sib.is_element_node:
            titles = _item_titles(sib)
            text = node_text(sib)
            rest = text
            for title in titles:
                rest = rest.replace(title, " ", 1)
            # (items' dates and counts aside, the text is their headlines: a paragraph
            # naming a document in a link is text)
            words = [w for w in rest.split() if not any(ch.isdigit() for ch in w)
                     and w.lower() not in _DATE_WORDS]
            if not titles or sum(len(t) for t in titles) < 0.45 * max(1, len(text)) or \
                    len(words) > 2 * len(titles):
                break
            out.append(sib)
        sib = sib.next
    return out


def _related_card(node: LexborNode, text_len: int) -> bool:
    """A card opening with a related label ("Đọc thêm"): linked headlines, each with its
    sapo under it — related however long the sapos, not the article's text. Short (a card,
    not an article holding a box), and no paragraph that is not a linked headline's sapo.
    (A block holding the article's text before the label is the article: not a card.)"""
    if text_len > 900:
        return False
    heads = [h for h in node.css("h2, h3, h4, h5, h6")
             if (n := text_length(h)) and sum(text_length(a) for a in h.css("a[href]"))
             >= 0.6 * n]
    if heads:
        return len(node.css("p")) <= len(heads)
    # (or its headlines set as paragraphs of one link each, "<p><a><b>…</b></a></p>", each
    # with at most one paragraph of sapo under it, the label's own paragraph aside)
    paras = [p for p in node.css("p") if text_length(p)]
    linked = [p for p in paras if sum(text_length(a) for a in p.css("a[href]"))
              >= 0.8 * text_length(p)]
    # (or set as a link of their own outside any paragraph, "a.title" over "p.sapo": a
    # theme's inline card)
    titles = [a for a in node.css("a[href]") if text_length(a) >= 20 and not any(
        up.tag == "p" for up in ancestors(a)[:3])]
    heads_count = len(linked) + len(titles)
    return heads_count > 0 and len(paras) - len(linked) <= heads_count + 1


_QUESTION = re.compile(r"question|cau-?hoi|(?:^|[\s_-])q(?:$|[\s_-])", re.IGNORECASE)
_ANSWER = re.compile(r"answer|tra-?loi|(?:^|[\s_-])a(?:$|[\s_-])", re.IGNORECASE)
#: The labels of a question-and-answer page's two parts.
QA_LABEL = re.compile(r"^(?:nội\s*dung\s*câu\s*hỏi|câu\s*hỏi|hỏi|nội\s*dung\s*trả\s*lời|"
                      r"trả\s*lời|đáp)\s*[:：]?$", re.IGNORECASE)


def question_and_answer(body: LexborNode) -> LexborNode | None:
    """A Q&A page ("Hỏi đáp"): when the article block found is the answer (or sits in it)
    and the question's block stands before it, the block holding both."""
    cur: LexborNode | None = body
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return None
        if _ANSWER.search(_ident(cur)):
            sib = cur.prev
            while sib is not None:
                if sib.is_element_node and _QUESTION.search(_ident(sib)) and text_length(sib):
                    return cur.parent
                sib = sib.prev
        cur = cur.parent
    return None


def prev_next_links(node: LexborNode) -> list[LexborNode]:
    """The links to the previous and next article inside ``node`` ("Bài trước: …", "Tin
    tiếp theo »"): neither body nor related items."""
    return [a for a in node.css("a[href]") if PREV_NEXT.match(text := node_text(a)) or (
        # a pager between articles by its rel ("< Trước" / "Tiếp theo >", Joomla's pagenav)
        (a.attributes.get("rel") or "").lower() in ("prev", "next") and len(text) <= 30)]


# ------------------------------------------------------------------ today clock








#: A label saying the date after it is the article's ("Đăng ngày:", "Thời gian đăng:").
_STAMP_LABEL = re.compile(r"(?:đăng|xuất\s*bản|cập\s*nhật)(?:\s*(?:ngày|lúc))?\s*:?\s*"
                          r"(?:thứ|chủ)", re.IGNORECASE)


def clock_dates(tree: LexborHTMLParser, names: PageNames | None = None,
                text: PageText | None = None) -> set[str]:
    """ISO dates ("YYYY-MM-DD") shown by header "today" clocks; never the article's date.

    ``text`` is the body's :class:`PageText` when the caller has it."""
    out: set[str] = set()
    root = tree.body
    if root is None:
        return out
    shown_before: set[str] = set()   # nested clock blocks often show the same text
    for node in select(root, CLOCK_SELECTOR, names):
        if node.css_first("h1") is not None or any(a.tag == "article" for a in ancestors(node)):
            continue   # the article's own header (its headline, its stamp), not the page's
        shown = deep_text(node)[:800]
        if shown in shown_before:
            continue
        shown_before.add(shown)
        for regex in _clock_patterns(shown):
            for m in regex.finditer(shown):
                d, mo, y = (int(g) for g in m.groups())
                out.add(f"{y:04d}-{mo:02d}-{d:02d}")
    # unmarked clocks: the first weekday-led "Thứ …, ngày D tháng M năm Y" near the top,
    # above the headline (a bare "Ngày 15 tháng 3 năm 2024" is an article stamp, not a
    # clock; so is a weekday-led one under the headline of a short page)
    text = text or PageText.of(root)
    whole = text.text
    top_text = whole[:1500]
    limit = -1   # where the headline starts: looked up only once a clock-like date shows
    dated = bool(_clock_patterns(top_text, numeric=False))
    for m in CLOCK_DATE.finditer(top_text) if dated else ():
        if not WEEKDAY_BEFORE.search(top_text[max(0, m.start() - 20):m.start()]):
            continue
        if _STAMP_LABEL.search(top_text[max(0, m.start() - 45):m.start()]):
            continue   # "Đăng ngày: Thứ Ba, ngày 21 tháng 3 năm 2023": a stamp, labelled
        limit = _headline_at(root, whole, 1500) if limit < 0 else limit
        if m.end() > limit:
            break
        d, mo, y = (int(g) for g in m.groups())
        if out and f"{y:04d}-{mo:02d}-{d:02d}" not in out:
            break   # a marked clock shows today already: a page has one today
        out.add(f"{y:04d}-{mo:02d}-{d:02d}")
        break
    # "Hôm nay: 18/11/2024" anywhere says today, never when the article appeared
    for m in _today_matches(text):
        d, mo, y = (int(g) for g in m.groups())
        out.add(f"{y:04d}-{mo:02d}-{d:02d}")
    # a weekday-led date with no time at the very top of the page ("Thứ Hai, 18/11/2024" in
    # a banner) is a clock when no date on the page is later than it: today's date is the
    # newest one a page can show, while an article stamp up there would be older than the
    # "Tin mới" dates around it.
    top = CLOCK_NUMERIC.search(whole[:600]) if _clock_patterns(whole[:600], date=False) \
        else None
    if top is not None and not TIME_AFTER.match(whole, top.end()) and top.start() < (
            _headline_at(root, whole, 600) if limit < 0 else limit):
        # (under the headline it is the article's stamp: a page with little above it)
        d, mo, y = (int(g) for g in top.groups())
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        # (four ASCII digits compare as their numbers do: the day and month are read only
        # for a date of the same year)
        year = iso[:4]
        if not any(c > year or (c == year and (int(b), int(a)) > (mo, d))
                   for a, b, c in _NUM_DATE.findall(whole, top.end())):
            out.add(iso)
    return out


def _clock_patterns(text: str, date: bool = True, numeric: bool = True
                    ) -> tuple[re.Pattern[str], ...]:
    """The clock patterns (of ``CLOCK_DATE`` if ``date``, ``CLOCK_NUMERIC`` if ``numeric``)
    that can match ``text``: each needs its word in some case ("ngày"; "thứ" or "chủ"), and
    a substring search of the lower-cased text rules most texts out before a
    case-insensitive scan, which tries every position (none of these letters has a case
    form but its upper case, whose lower case is it)."""
    low = text.lower()
    found: tuple[re.Pattern[str], ...] = ()
    if date and "ngày" in low:
        found += (CLOCK_DATE,)
    if numeric and ("thứ" in low or "chủ" in low):
        found += (CLOCK_NUMERIC,)
    return found


def _headline_at(root: LexborNode, whole: str, limit: int) -> int:
    """Where the page's first headline (an ``h1`` outside the page's chrome) starts in its
    text, if before ``limit``; else ``limit``."""
    h1 = root.css_first("h1")
    if h1 is None or in_excluded(h1):
        return limit
    raw = deep_text(h1).strip()
    at = whole.find(raw[:40], 0, limit + 40) if len(raw) >= 12 else -1
    return at if 0 <= at < limit else limit


def _today_matches(text: PageText) -> Iterator[re.Match[str]]:
    """``TODAY`` matches, looked for only where "hôm" is written (a fast string search
    in C) instead of by a regex scan of the whole page."""
    whole, lower = text.text, text.lower
    if len(whole) != len(lower):   # lower() moved offsets (not Vietnamese text): scan it all
        yield from TODAY.finditer(whole)
        return
    at = lower.find("hôm")
    while at != -1:
        m = TODAY.match(whole, at)
        if m is not None:
            yield m
        at = lower.find("hôm", at + 1)


# no re.IGNORECASE: a case-folding scan of the whole page text costs more than the rest
# of clock detection together; the few spellings are listed instead


_NUM_DATE = re.compile(r"([0-9][0-9]?)[/.-]([0-9][0-9]?)[/.-]([0-9]{4})")  # ASCII: 2x faster
