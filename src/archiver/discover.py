"""Discovery: which links on a listing page are articles, which are its next pages; sitemaps,
sitemap indexes, RSS/Atom feeds; ASP.NET ``__doPostBack`` pagers; and trap detection.

With a profile, its ``[listing]`` rules (URL regexes and selectors) decide; without one
(``auto``), URL shape and pager cues do: article URLs carry a numeric id or a long slug, pager
links have a page parameter or a number / "Trang sau" / "Tiếp theo" / "»" as their text.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.dom import in_frame
from archiver.profiles import ListingRules
from archiver.urls import canonicalize, resolve, same_site
from archiver.vocab import (
    ARTICLE_URL,
    LISTING_NOISE_KEY,
    NEXT_TEXT,
    NOT_ARTICLE_URL,
    PAGE_KEY,
    PAGE_SEGMENT,
    PAGER_CLASS_WORDS,
    PAGER_TEXT,
    TRAP_URL,
)

__all__ = [
    "Links", "Postback", "continues", "is_trap", "listing_key", "listing_links",
    "looks_like_article_url", "looks_like_pager_url", "page_number", "parse_feed",
    "parse_sitemap",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Postback:
    """An ASP.NET pager link: POST the page's form back with a target and argument."""

    action: str
    target: str
    argument: str
    fields: tuple[tuple[str, str], ...]

    @property
    def key(self) -> str:
        return f"{self.action}#__doPostBack({self.target},{self.argument})"

    def form(self) -> dict[str, str]:
        data = dict(self.fields)
        data["__EVENTTARGET"] = self.target
        data["__EVENTARGUMENT"] = self.argument
        return data


@dataclass(slots=True)
class Links:
    articles: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    postbacks: list[Postback] = field(default_factory=list)


_POSTBACK = re.compile(r"__doPostBack\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)")


def looks_like_article_url(url: str) -> bool:
    return bool(ARTICLE_URL.search(url)) and not NOT_ARTICLE_URL.search(url) \
        and not looks_like_pager_url(url)


def looks_like_pager_url(url: str) -> bool:
    """The URL carries a page number: a page-like parameter (``page``, ``trang``,
    ``pageIndex``, a portlet's ``…_cur``…) or a page segment (``/page/3``, ``trang-2.html``,
    ``thoi-su-p3.html``)."""
    return page_number(url) is not None


#: Beyond this a URL is not a page address (servers refuse such request lines); real portal
#: links (Liferay portlets, WebSphere state) run past 500 characters, so length alone is no
#: sign of a trap below it.
MAX_URL_LENGTH = 4096


def is_trap(url: str, max_length: int = MAX_URL_LENGTH) -> bool:
    """Calendars, date archives, sort orders, repeated path segments, absurd lengths."""
    return len(url) > max_length or bool(TRAP_URL.search(url))


def page_number(url: str) -> int | None:
    """The page number a listing URL carries, from a page-like parameter or path segment."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if PAGE_KEY.match(key) and value.isdigit() and len(value) <= 6:
            return int(value)
    match = PAGE_SEGMENT.search(parts.path)
    return int(next(g for g in match.groups() if g)) if match else None


def listing_key(url: str) -> tuple[str, dict[str, str]]:
    """A listing's address without its page: the path with no page segment, no extension
    and no trailing slash (lower case), and the parameters that choose the listing (page
    numbers, page sizes, portlet state and redirect-back addresses left out)."""
    parts = urlsplit(url)
    path = PAGE_SEGMENT.sub("", parts.path)
    path = re.sub(r"\.(?:html?|aspx?|php|jsp|cfm)$|/+$", "", path, flags=re.IGNORECASE)
    query = {k.lower(): v for k, v in parse_qsl(parts.query)
             if not PAGE_KEY.match(k) and not LISTING_NOISE_KEY.match(k)}
    return path.lower(), query


def continues(listing: str, candidate: str, *, next_link: bool = False) -> bool:
    """``candidate`` is another page of the listing ``listing``: the same listing key (one
    may carry parameters the other lacks, as page 1 is often the bare address, but a
    parameter both carry must agree) and a page of its own — a page number, or the listing's
    path followed by a number (``/news/tin-hoat-dong`` -> ``/news/tin-hoat-dong/2``). A
    ``next_link`` (``rel=next``, "Trang sau") needs no page number: a cursor will do."""
    (path_a, query_a), (path_b, query_b) = listing_key(listing), listing_key(candidate)
    if not all(query_a[k] == query_b[k] for k in query_a.keys() & query_b.keys()):
        return False
    if path_a == path_b:
        return page_number(candidate) is not None or (next_link and candidate != listing)
    tail = re.fullmatch(re.escape(path_a) + r"/(\d{1,4})", path_b)
    head = re.fullmatch(r"(.*)/\d{1,4}", path_a)
    return tail is not None or (head is not None and re.fullmatch(
        re.escape(head.group(1)) + r"/\d{1,4}", path_b) is not None)


def _texts(node: LexborNode) -> str:
    return " ".join((node.text(deep=True) or "").split())


_ARROWS = re.compile(r"^[\s«»‹›<>←→|.]+|[\s«»‹›<>←→|.]+$")


def _is_pager_anchor(node: LexborNode) -> bool:
    text = _texts(node)
    bare = _ARROWS.sub("", text)
    rel = (node.attributes.get("rel") or "").lower()
    if rel == "next" or PAGER_TEXT.match(text or " ") or (bare and PAGER_TEXT.match(bare)):
        return True
    parent = node.parent
    for _ in range(3):
        if parent is None:
            break
        klass = (parent.attributes.get("class") or "").lower() + " " + \
            (parent.attributes.get("id") or "").lower()
        if any(w in klass for w in PAGER_CLASS_WORDS):
            return True
        parent = parent.parent
    return False


def _is_next(node: LexborNode) -> bool:
    """A "next page" link by its ``rel`` or its words (not a page number)."""
    if (node.attributes.get("rel") or "").lower() == "next":
        return True
    return bool(NEXT_TEXT.match(_ARROWS.sub("", _texts(node)) or _texts(node)))


def _form_fields(form: LexborNode) -> tuple[tuple[str, str], ...]:
    fields: list[tuple[str, str]] = []
    for node in form.css("input[type=hidden]"):
        name = node.attributes.get("name")
        if name and name not in ("__EVENTTARGET", "__EVENTARGUMENT"):
            fields.append((name, node.attributes.get("value") or ""))
    return tuple(fields)


def listing_links(tree: LexborHTMLParser, page_url: str, *, hosts: frozenset[str],
                  scheme: str | None, rules: ListingRules | None = None) -> Links:
    """Classify the links of a listing page into article URLs, next listing pages and
    postback pager links, keeping only in-scope, non-trap URLs (canonicalised)."""
    links = Links()
    seen: set[str] = set()
    body = tree.body or tree.root
    if body is None:
        return links

    def add(bucket: list[str], href: str | None) -> None:
        if not href:
            return
        absolute = resolve(page_url, href)
        if absolute is None or not same_site(absolute, hosts) or is_trap(absolute):
            return
        url = canonicalize(absolute, scheme)
        if url in seen or url == canonicalize(page_url, scheme):
            return
        seen.add(url)
        bucket.append(url)

    # Postback pagers (ASP.NET / DNN GridView): no URL, a form to post back.
    for anchor in body.css("a[href*='__doPostBack']"):
        match = _POSTBACK.search(anchor.attributes.get("href") or "")
        if not match or not _is_pager_anchor(anchor):
            continue
        form = anchor.parent
        while form is not None and form.tag != "form":
            form = form.parent
        if form is None:
            continue
        action = resolve(page_url, form.attributes.get("action") or page_url) or page_url
        pb = Postback(canonicalize(action, scheme), match.group(1), match.group(2),
                      _form_fields(form))
        if pb.key not in seen:
            seen.add(pb.key)
            links.postbacks.append(pb)

    # A profile's rules come first; auto discovery then adds what they did not name (a
    # profile written for one site of a family rarely knows every section's URL shape or
    # every pager of its sister sites), so a narrow profile never loses articles.
    if rules is not None:
        article_nodes: Iterable[LexborNode] = (
            [n for sel in rules.article_links for n in body.css(sel)] or body.css("a[href]"))
        if rules.article_url or rules.article_links:
            for node in article_nodes:
                href = node.attributes.get("href")
                absolute = resolve(page_url, href) if href else None
                if absolute and (not rules.article_url
                                 or any(p.search(absolute) for p in rules.article_url)):
                    add(links.articles, href)
        for sel in rules.next_page:
            for node in body.css(sel):
                add(links.listings, node.attributes.get("href"))
        if rules.listing_url:
            for node in body.css("a[href]"):
                href = node.attributes.get("href")
                absolute = resolve(page_url, href) if href else None
                if absolute and any(p.search(absolute) for p in rules.listing_url) \
                        and continues(page_url, absolute) and _is_pager_anchor(node):
                    add(links.listings, href)

    # auto: URL shape and pager cues, ignoring the page's frame (menus) for articles.
    for node in body.css("a[href]"):
        href = node.attributes.get("href")
        absolute = resolve(page_url, href) if href else None
        if absolute is None:
            continue
        if _is_pager_anchor(node) and continues(page_url, absolute,
                                                next_link=_is_next(node)):
            add(links.listings, href)
            continue
        if looks_like_article_url(absolute) and not in_frame(node):
            add(links.articles, href)
    return links



_LOC = re.compile(rb"<(sitemap|url)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<(loc|lastmod)\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</\1\s*>",
                  re.IGNORECASE | re.DOTALL)


def _unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace").strip())


#: The sitemap protocol's own limits: 50 MB uncompressed, 50,000 URLs a file.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_URLS = 50_000


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data`` to at most ``limit`` bytes; a larger result (a
    decompression bomb: a few MB that inflate to gigabytes) raises ValueError without
    ever holding more than ``limit`` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise ValueError(f"not valid gzip: {exc}") from None
    if inflater.unconsumed_tail or (not inflater.eof and len(out) >= limit):
        raise ValueError(f"gzip data inflates beyond {limit // (1024 * 1024)} MiB "
                         "(a decompression bomb?)")
    return out


def parse_sitemap(body: bytes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(pages, sub-sitemaps) from a sitemap or sitemap index, each as (loc, lastmod).

    Tolerant by design: regex over the XML, so a sitemap with a broken tail still yields its
    entries; a flat ``urlset`` listing ``.xml`` files is read as an index (a real quirk)."""
    pages: list[tuple[str, str | None]] = []
    sitemaps: list[tuple[str, str | None]] = []
    if body[:2] == b"\x1f\x8b":
        body = gunzip_bounded(body, MAX_SITEMAP_BYTES)
    for kind, inner in _LOC.findall(body):
        values = {k.decode("ascii").lower(): _unescape(v) for k, v in _TAG.findall(inner)}
        loc = values.get("loc")
        if not loc:
            continue
        entry = (loc, values.get("lastmod"))
        if kind.lower() == b"sitemap" or re.search(r"\.xml(?:\.gz)?$", loc, re.IGNORECASE):
            sitemaps.append(entry)
        else:
            pages.append(entry)
        if len(pages) + len(sitemaps) >= MAX_SITEMAP_URLS:
            log.warning("sitemap lists more than %d URLs; the rest is ignored",
                        MAX_SITEMAP_URLS)
            break
    return pages, sitemaps


_ITEM = re.compile(rb"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(rb"<link\b[^>]*?(?:href=\"([^\"]+)\"[^>]*)?/?>(?:\s*(?:<!\[CDATA\[)?"
                   rb"([^<\]]*)(?:\]\]>)?\s*</link>)?", re.IGNORECASE | re.DOTALL)
_DATE = re.compile(rb"<(pubDate|updated|published|dc:date)\b[^>]*>(.*?)</\1\s*>",
                   re.IGNORECASE | re.DOTALL)


def parse_feed(body: bytes) -> list[tuple[str, str | None]]:
    """(link, date text) for every item of an RSS 2.0 or Atom feed."""
    items: list[tuple[str, str | None]] = []
    for _, inner in _ITEM.findall(body):
        link = None
        for href, text in _LINK.findall(inner):
            candidate = (href or text).strip()
            if candidate:
                link = _unescape(candidate)
                break
        if not link:
            guid = re.search(rb"<guid\b[^>]*>(.*?)</guid>", inner, re.IGNORECASE | re.DOTALL)
            link = _unescape(guid.group(1)) if guid else None
        if link:
            date = _DATE.search(inner)
            items.append((link, _unescape(date.group(2)) if date else None))
    return items
