"""Finding the page's nodes for a field: the first match of a selector list that holds
something, every match, a match outside the page's chrome, and the tests that tell an
article's own node from an entry of a listing or sidebar beside it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.dom import (
    ancestors,
    deep_text,
    has_text,
    in_excluded,
    in_frame,
    node_text,
    text_length,
)
from archiver.selectors import PageNames, select
from archiver.urls import canonicalize, resolve

__all__ = ["META_LINK", "all_of", "comes_before", "elements_after", "elements_before", "first",
           "first_body",
           "first_outside_chrome", "in_listing_item", "links_elsewhere", "next_element",
           "prev_element", "within"]


def first(tree: LexborHTMLParser, sels: tuple[str, ...],
           names: PageNames | None = None) -> LexborNode | None:
    for sel in sels:
        for node in select(tree, sel, names):
            if has_text(node) or node.attributes.get("content") or node.css_first("img"):
                return node
    return None


def first_own(tree: LexborHTMLParser, sels: tuple[str, ...], names: PageNames | None = None,
              url: str = "") -> LexborNode | None:
    """:func:`first`, past matches inside an entry of a list of other items (a "recently
    updated" box's stamps match the article's own selectors)."""
    for sel in sels:
        for node in select(tree, sel, names):
            if (has_text(node) or node.attributes.get("content")) \
                    and not in_listing_item(node, url):
                return node
    return None


def first_body(tree: LexborHTMLParser, sels: tuple[str, ...],
               names: PageNames | None = None) -> LexborNode | None:
    """The profile's body: its first match with text outside the page's frame. A match in
    the footer or a sidebar (DNN names every HTML module's text ``dnn_ctrN_…_lblContent``,
    the footer's too) is no article; with no other match the body is found as on an
    unprofiled page."""
    first: LexborNode | None = None
    first_of: list[LexborNode] = []   # (the matches of the selector ``first`` is one of)
    for sel in sels:
        matches = select(tree, sel, names)
        for node in matches:
            if (has_text(node) or node.css_first("img")) and not in_frame(node):
                if first is None:
                    if text_length(node) >= 200:
                        return _paragraphs_parent(node, matches)
                    first, first_of = node, matches   # (a short match: a field nested in
                    # the text's field? or a paragraph of the text)
                elif text_length(node) >= 3 * max(text_length(first), 1) and any(
                        a.mem_id == node.mem_id for a in ancestors(first)):
                    # the text's field holding the short match (Drupal 7's body field
                    # holding an image caption's "field-item"): the text
                    return node
    return _paragraphs_parent(first, first_of) if first is not None else None


def _paragraphs_parent(node: LexborNode, matches: list[LexborNode]) -> LexborNode:
    """A selector matching the text's paragraphs one by one (an editor's justified
    ``<div>``s, "div[style*=justify]"): the text is their parent, when two matches or more
    are its children and it is no page's frame."""
    parent = node.parent
    if parent is None or parent.tag in ("body", "html") or in_frame(parent):
        return node
    kids = [m for m in matches if m.parent is not None and m.parent.mem_id == parent.mem_id]
    # (paragraphs: no block in any — containers of a text split around boxes are read as
    # such, by the text's continuations)
    if len(kids) < 2 or any(b.mem_id != k.mem_id for k in kids
                            for b in k.css("p, div, li, table, h1, h2, h3, h4")):
        return node
    # (and they are most of it: a page's cell holding the headline, the stamp and a form
    # beside them is no text's block)
    return parent if sum(text_length(k) for k in kids) >= 0.8 * text_length(parent) else node


def all_of(tree: LexborHTMLParser, sels: tuple[str, ...],
         names: PageNames | None = None) -> list[LexborNode]:
    for sel in sels:
        nodes = select(tree, sel, names)
        if nodes:
            return nodes
    return []


def first_outside_chrome(tree: LexborHTMLParser, sels: tuple[str, ...],
                          url: str = "", names: PageNames | None = None) -> LexborNode | None:
    """Like :func:`_first`, preferring matches outside header/nav/sidebars (a site-name
    ``h1``). A headline that links to another page (a sidebar or listing entry) never
    counts; a match inside chrome-looking markup is kept as a last resort, because a
    profile's own selector may sit in a wrapper named like chrome (Liferay's
    ``div.taglib-header``)."""
    fallback: LexborNode | None = None
    placeholder: LexborNode | None = None   # a headline linking "#": another entry's?
    for sel in sels:
        for node in select(tree, sel, names):
            if not has_text(node) or links_elsewhere(node, url):
                continue
            if _placeholder_link(node):
                # (a sidebar entry whose link the template left as "#": another item's
                # headline, after an earlier selector's match in chrome-named markup — but
                # before one of the same selector's there: a site's name in the header;
                # never one of a list's entries, "Tin mới"'s abstracts one after another)
                if not one_of_entries(node):
                    placeholder = placeholder or node
                continue
            if not in_excluded(node):
                return node
            fallback = fallback or node
        if fallback is None and placeholder is not None:
            return placeholder
    return fallback or placeholder


def one_of_entries(node: LexborNode) -> bool:
    """``node`` sits in one of a list's entries: a block (up to three levels up) whose
    parent holds another element of its class (an asset publisher's "asset-abstract"s)."""
    cur = node.parent
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return False
        klass = cur.attributes.get("class")
        parent = cur.parent
        if klass and parent is not None and sum(
                1 for kid in parent.iter() if kid.attributes.get("class") == klass) > 1:
            return True
        cur = parent
    return False


def _placeholder_link(node: LexborNode) -> bool:
    """``node``'s whole text is a link going nowhere ("#", "javascript:…")."""
    text = node_text(node)
    for a in (node, *node.css("a[href]")):
        if a.tag == "a" and node_text(a) == text:
            href = (a.attributes.get("href") or "").strip().lower()
            return href == "#" or href.startswith(("javascript:", "#!"))
    return False


def next_element(node: LexborNode | None) -> LexborNode | None:
    """The element right after ``node`` (past text and comments), if any."""
    sib = node.next if node is not None else None
    while sib is not None and not sib.is_element_node:
        sib = sib.next
    return sib


def prev_element(node: LexborNode | None) -> LexborNode | None:
    """The element right before ``node`` (past text and comments), if any."""
    sib = node.prev if node is not None else None
    while sib is not None and not sib.is_element_node:
        sib = sib.prev
    return sib


def elements_before(node: LexborNode | None, levels: int, per_level: int
                    ) -> Iterator[LexborNode]:
    """The elements just before ``node`` (``per_level`` of them, nearest first), then just
    before its parent, and so on up ``levels`` levels, never above ``<body>``."""
    return _beside(node, levels, per_level, after=False)


def elements_after(node: LexborNode | None, levels: int, per_level: int
                   ) -> Iterator[LexborNode]:
    """The elements just after ``node`` and after its ancestors, nearest first (as
    :func:`elements_before`, the other way)."""
    return _beside(node, levels, per_level, after=True)


def _beside(node: LexborNode | None, levels: int, per_level: int, *, after: bool
            ) -> Iterator[LexborNode]:
    cur = node
    for _ in range(levels):
        if cur is None or cur.tag in ("body", "html"):
            return
        sib, seen = (cur.next if after else cur.prev), 0
        while sib is not None and seen < per_level:
            if sib.is_element_node:
                seen += 1
                yield sib
            sib = sib.next if after else sib.prev
        cur = cur.parent


def links_elsewhere(node: LexborNode, url: str) -> bool:
    """The node is (or wraps, or sits in) a link to another page: a sidebar or listing
    entry. Links back to the page itself (table-era headlines) do not count."""
    here = canonicalize(url) if url else ""

    def elsewhere(a: LexborNode) -> bool:
        href = resolve(url, a.attributes.get("href") or "") if url else None
        return href is not None and canonicalize(href) != here

    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None:
            break
        if cur.tag == "a":
            return elsewhere(cur)
        cur = cur.parent
    text = node_text(node)
    return any(node_text(a) == text and elsewhere(a) for a in node.css("a[href]"))


def in_listing_item(node: LexborNode, url: str = "") -> bool:
    """A date inside an entry that links to another headline (sidebars, listings, "Tin nổi
    bật" boxes): a list item, table cell or paragraph of at most 250 characters with a
    headline-long link (within three levels), or a short block just around the date (two
    levels) most of whose text is such a link to another page (a headline linking to the
    page itself is the article's own; a category link beside the stamp is a small part of
    its line)."""
    generic = True
    cur = node.parent
    for depth in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return False
        if cur.tag == "li":
            return any(len(node_text(a)) >= 20 for a in cur.css("a"))
        classic = cur.tag in ("td", "dd", "p", "tr")
        if classic or (generic and depth < 2):
            raw = deep_text(cur)
            size = len(" ".join(raw.split())) if len(raw) <= 1000 else 1001
            if size <= 250:
                if classic:
                    return any(len(node_text(a)) >= 20 and not (
                        a.attributes.get("href") or "#").startswith(("#", "javascript"))
                        for a in cur.css("a[href]"))
                if _headline_link(cur, size, url):
                    return True
            else:
                generic = False   # a long block: the stamp sits in an article, not an entry
        cur = cur.parent
    return False


#: Where an article's meta line links: its author's page, its section, a tag.
META_LINK = re.compile(r"author|tac-?gia|category|chuyen-?muc|danh-?muc|/tags?/|/the/",
                        re.IGNORECASE)


def _headline_link(block: LexborNode, size: int, url: str) -> bool:
    """``block`` holds a link to another page making up most of it (a category or author
    link beside an article's own stamp is a small part of its meta line)."""
    here: str | None = None
    for a in block.css("a[href]"):
        link = text_length(a)
        if link < 20 or link < 0.4 * size or len(node_text(a)) < 20:
            continue
        if META_LINK.search(a.attributes.get("href") or ""):
            continue   # the author's or the section's page (a long unit name), no headline
        here = (canonicalize(url) if url else "") if here is None else here
        if _leads_elsewhere(a, url, here):
            return True
    return False


def _leads_elsewhere(a: LexborNode, url: str, here: str) -> bool:
    href = (a.attributes.get("href") or "#").strip()
    if href.startswith(("#", "javascript")):
        return False
    if not url:
        return True
    target = resolve(url, href)
    return target is not None and canonicalize(target) != here


def within(node: LexborNode, ids: set[int], levels: int) -> bool:
    """``node`` lies inside one of the elements ``ids`` names (their ``mem_id``), no more
    than ``levels`` levels up."""
    up = node.parent
    for _ in range(levels):
        if up is None:
            return False
        if up.mem_id in ids:
            return True
        up = up.parent
    return False


def comes_before(root: LexborNode, node: LexborNode, mark: LexborNode) -> bool:
    """``node`` comes before ``mark`` in ``root``'s document order (a blog entry's metadata
    row over the text, not a reader's comment after it)."""
    for each in root.traverse():
        if each.mem_id == node.mem_id:
            return True
        if each.mem_id == mark.mem_id:
            return False
    return False
