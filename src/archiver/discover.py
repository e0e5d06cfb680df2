"""Discovery: which links on a listing page are articles, which are its next pages; sitemaps,
sitemap indexes, RSS/Atom feeds; ASP.NET ``__doPostBack`` pagers; and trap detection.

With a profile, its ``[listing]`` rules (URL regexes and selectors) decide; without one
(``auto``), URL shape and pager cues do: article URLs carry a numeric id or a long slug, pager
links have a page parameter or a number / "Trang sau" / "Tiếp theo" / "»" as their text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.codings import decode_content
from archiver.dom import in_frame
from archiver.profiles import ListingRules
from archiver.urls import canonicalize, resolve, same_site
from archiver.vocab import (
    ARTICLE_URL,
    NOT_ARTICLE_URL,
    PAGER_CLASS_WORDS,
    PAGER_TEXT,
    PAGER_URL,
    TRAP_URL,
)

__all__ = [
    "Links", "Postback", "is_trap", "listing_links", "looks_like_article_url",
    "looks_like_pager_url", "parse_feed", "parse_sitemap",
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
    return bool(PAGER_URL.search(url))


def is_trap(url: str, max_length: int = 512) -> bool:
    """Calendars, date archives, sort orders, repeated path segments, absurd lengths."""
    return len(url) > max_length or bool(TRAP_URL.search(url))


def _same_chain(listing: str, candidate: str) -> bool:
    """A pager link continues this listing when it shares the path and agrees on the
    non-page parameters both addresses carry."""
    a, b = urlsplit(listing), urlsplit(candidate)

    def strip_page(path: str) -> str:
        return re.sub(r"/(?:page|trang)[-/]\d+/?$|/$", "", path, flags=re.IGNORECASE)

    if strip_page(a.path).lower() != strip_page(b.path).lower():
        return False
    pager_keys = re.compile(r"^(?:page\w*|p|pg|pn|trang|start|cur|currentpage|paged|offset|"
                            r"delta|.*_cur|.*_delta|p_p_.*)$", re.IGNORECASE)
    qa = {k.lower(): v for k, v in parse_qsl(a.query) if not pager_keys.match(k)}
    qb = {k.lower(): v for k, v in parse_qsl(b.query) if not pager_keys.match(k)}
    # page 1 is often the bare address and later pages add the section's own parameter
    # ("tin-tuc.aspx" -> "tin-tuc.aspx?CatID=12&page=2"): one set may extend the other,
    # but a parameter both carry must agree
    return all(qa[k] == qb[k] for k in qa.keys() & qb.keys())


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
                        and _same_chain(page_url, absolute) and _is_pager_anchor(node):
                    add(links.listings, href)

    # auto: URL shape and pager cues, ignoring the page's frame (menus) for articles.
    for node in body.css("a[href]"):
        href = node.attributes.get("href")
        absolute = resolve(page_url, href) if href else None
        if absolute is None:
            continue
        if (looks_like_pager_url(absolute) or node.attributes.get("rel") == "next") \
                and _same_chain(page_url, absolute) and _is_pager_anchor(node):
            add(links.listings, href)
            continue
        if looks_like_article_url(absolute) and not in_frame(node):
            add(links.articles, href)
    return links



#: The most a gzip sitemap may inflate to (the sitemap protocol's limit is 50 MB).
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
_LOC = re.compile(rb"<(sitemap|url)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<(loc|lastmod)\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</\1\s*>",
                  re.IGNORECASE | re.DOTALL)


def _unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace").strip())


def parse_sitemap(body: bytes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(pages, sub-sitemaps) from a sitemap or sitemap index, each as (loc, lastmod).

    A gzip file is inflated up to :data:`SITEMAP_MAX_BYTES` (a bomb raises
    :class:`~archiver.errors.DecodedTooLargeError`: the page fails alone). Tolerant by design:
    regex over the XML, so a sitemap with a broken tail still yields its entries; a flat
    ``urlset`` listing ``.xml`` files is read as an index (a real quirk)."""
    pages: list[tuple[str, str | None]] = []
    sitemaps: list[tuple[str, str | None]] = []
    if body[:2] == b"\x1f\x8b":   # a .xml.gz file: the protocol caps a sitemap at 50 MB
        body = decode_content(body, "gzip", max_size=SITEMAP_MAX_BYTES)
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
