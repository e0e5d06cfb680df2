"""DOM helpers shared by extraction (``extract``, ``auto``) and discovery: a node's text, and
whether a node is page chrome (by the one definition in :mod:`archiver.vocab`).

Everything here reads a parsed page (selectolax lexbor) and never raises on odd markup.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.dates import is_stamp_line
from archiver.errors import ExtractError
from archiver.selectors import PageNames
from archiver.text import normalize_text as clean
from archiver.vocab import (
    BAR_NAMES,
    CAMEL_CHROME_NAMES,
    CHROME_BLOCK_TAGS,
    CHROME_NAMES,
    CHROME_TAGS,
    CONTROL_LABEL,
    FRAME_ELEMENT,
    FRAME_NAMES,
    HEADERISH,
    HIDDEN_CLASSES,
    HIDDEN_SELECTOR,
    HIDDEN_STYLE,
    NEGATED_NAME,
    POSTISH,
    RELATED_PREFIX,
    SHARE_WORDS,
    TAXONOMY_NAME,
)

__all__ = [
    "MAX_DEPTH",
    "PageText",
    "ancestors",
    "clean",
    "collapsed_length",
    "deep_text",
    "has_text",
    "hidden_nodes",
    "in_bar",
    "in_excluded",
    "in_frame",
    "is_bold",
    "is_chrome",
    "is_chrome_block",
    "is_excluded",
    "is_related_heading",
    "label_key",
    "node_text",
    "outermost",
    "parse",
    "text_length",
    "unseen",
]

#: Deepest element nesting a page may have. Real pages stay under a few hundred levels;
#: lexbor's parse time grows with the square of the depth (10,000 levels: 0.1 s; 100,000:
#: 19 s), so a page nested deeper is refused before it is parsed, and fails alone.
MAX_DEPTH = 5000
#: Below this many opening tags a page cannot reach MAX_DEPTH (not worth measuring).
_DEPTH_SCAN_FROM = MAX_DEPTH
_OPEN_TAG = re.compile(rb"<[A-Za-z]")
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr "
                  b"basefont frame keygen isindex".split())


def nesting_depth(page: bytes) -> int:
    """The deepest element nesting of an HTML page, measured on its bytes (end tags close
    what they name, void elements open nothing); 0 when it has too few tags to matter."""
    # "<" counted in C bounds the opening tags from above: most pages stop here (counted as
    # the bytes a copy without them lacks: memchr finds them, three times faster than count)
    if len(page) - len(page.replace(b"<", b"")) < _DEPTH_SCAN_FROM \
            or len(_OPEN_TAG.findall(page)) < _DEPTH_SCAN_FROM:
        return 0
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(page):
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def parse(page: str | bytes) -> LexborHTMLParser:
    """Parse a page with lexbor, refusing one nested deeper than :data:`MAX_DEPTH`
    (:class:`ExtractError`: that page fails alone instead of stalling the crawl)."""
    data = page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page
    depth = nesting_depth(data)
    if depth > MAX_DEPTH:
        raise ExtractError(f"page nested {depth} levels deep (over {MAX_DEPTH}): not parsed")
    return LexborHTMLParser(page)


@dataclass(frozen=True)
class PageText:
    """A page's body text (as ``text(deep=True)`` gives it) and its lower case, read once
    and shared by the searches that scan the whole page (clocks, related headings, tags)."""

    text: str
    lower: str

    @classmethod
    def of(cls, root: LexborNode) -> PageText:
        text = deep_text(root)
        return cls(text, text.lower())


# -- text ----------------------------------------------------------------------------------
def deep_text(node: LexborNode) -> str:
    """``node.text(deep=True)``: of an element, the same string read by lexbor itself (its
    text nodes copied in C into one buffer, a third of selectolax's cost on a link); of any
    other node, selectolax's (lexbor gives a comment its data, a document nothing)."""
    return node.text_lexbor() if node.is_element_node else node.text(deep=True)


def node_text(node: LexborNode | None, sep: str = " ") -> str:
    if node is None:
        return ""
    return clean(node.text(deep=True, separator=sep))


def has_text(node: LexborNode) -> bool:
    """``node_text(node) != ""``, without cleaning a whole article to find out."""
    raw = deep_text(node)
    if not raw or raw.isspace():
        return False
    # visible text in the first 200 characters is visible text in the whole
    return bool(clean(raw[:200])) or bool(clean(raw))


#: Bold set by a class (Bootstrap's ``font-weight-bold`` / ``fw-bold``, Tailwind's
#: ``font-bold``, a skin's ``bold``) rather than by ``<b>``.
_BOLD_CLASS = re.compile(r"(?:^|\s)(?:bold|text-bold|txt-bold|font-weight-bold|fw-bold|"
                         r"fw-semibold|font-bold|font-semibold)(?:$|\s)", re.IGNORECASE)
#: Bold set by an inline style (``font-weight: bold``, ``600``–``900``, ``font: bold …``).
_BOLD_STYLE = re.compile(r"font(?:-weight)?\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


def is_bold(node: LexborNode) -> bool:
    """``node`` sets its text bold by a class or an inline style."""
    attrs = node.attributes
    cls, style = attrs.get("class"), attrs.get("style")
    return bool(cls and _BOLD_CLASS.search(cls)) or bool(style and _BOLD_STYLE.search(style))


def text_length(node: LexborNode) -> int:
    """About ``len(node_text(node))`` (whitespace collapsed; invisible characters are
    counted), at a fraction of the cost: for text-density scores."""
    return collapsed_length(deep_text(node))


def collapsed_length(raw: str | None) -> int:
    """``len(" ".join(raw.split()))`` without making a string of every word: once tabs and
    line breaks are spaces, a text every other character of which is printable holds no
    other whitespace (``str.isprintable`` is false for every whitespace character but " "),
    so its runs of spaces are halved in C until single."""
    if not raw:
        return 0
    spaced = raw
    if not raw.isprintable():   # (a link's one line is: no copies made)
        spaced = raw.replace("\n", " ").replace("\t", " ").replace("\r", " ")
        if not spaced.isprintable():
            return len(" ".join(raw.split()))
    while "  " in spaced:
        spaced = spaced.replace("  ", " ")
    return len(spaced.strip(" "))


def label_key(text: str) -> str:
    """Lower-cased, colon/arrow-stripped form used to compare headings with labels."""
    return clean(text).lower().strip(" :»›>-–|•*.").strip()


def ancestors(node: LexborNode) -> list[LexborNode]:
    """The node's ancestors up to (not including) ``body``, nearest first."""
    out = []
    cur = node.parent
    while cur is not None and cur.tag not in ("body", "html"):
        out.append(cur)
        cur = cur.parent
    return out


def hidden_nodes(root: LexborNode, names: PageNames | None = None) -> list[LexborNode]:
    """Elements a reader never sees and that are not the article: hidden by an inline style,
    the ``hidden`` attribute or a screen-reader-only class (queried only when the page has
    one: ``names``). A hidden block of long prose with few links (a collapsed section, text
    a script reveals) is kept."""
    classes = [c for c in HIDDEN_CLASSES if names is None or c in names.exact]
    out = [n for c in classes for n in root.css(f".{c}")]
    for node in root.css(HIDDEN_SELECTOR):
        attrs = node.attributes
        if "hidden" in attrs:
            out.append(node)
            continue
        if not HIDDEN_STYLE.search(attrs.get("style") or ""):
            continue
        size = text_length(node)
        links = sum(text_length(a) for a in node.css("a"))
        if size <= 300 or links >= 0.5 * size:
            out.append(node)
    return outermost(out)


def unseen(node: LexborNode) -> bool:
    """Whether a reader never sees ``node``'s text: it or an element around it is hidden (an
    inline style, the ``hidden`` attribute, a screen-reader-only class), or all its text is
    in hidden elements inside it (a title kept for search engines, ``display:none``, over
    the headline shown; a ``schema.org`` name in a hidden span). Not hidden: an element a
    script shows — an animation's starting state (``visibility:hidden; animation-name…``,
    WOW.js), a wrapper of most of the page a preloader reveals."""
    page: list[int] = []

    def hidden(each: LexborNode) -> bool:
        attrs = each.attributes
        style = attrs.get("style") or ""
        classes = (attrs.get("class") or "").split()
        if not ("hidden" in attrs or HIDDEN_STYLE.search(style)
                or not _HIDDEN_CLASS_SET.isdisjoint(classes)):
            return False
        if "animation" in style or any(c in _ANIMATED for c in classes):
            return False
        if each is not node and each.tag not in ("span", "a", "b", "strong", "em", "i"):
            if not page:
                root = each
                while root.parent is not None and root.parent.tag != "html":
                    root = root.parent
                page.append(text_length(root))
            if text_length(each) >= 0.5 * page[0]:
                return False
        return True

    if any(hidden(each) for each in (node, *ancestors(node))):
        return True
    inner = [n for n in node.css(HIDDEN_SELECTOR) if hidden(n)]
    if not inner:
        return False
    return text_length(node) - sum(text_length(n) for n in outermost(inner)) < 3


#: Classes of an element a script animates into view (its inline hidden style a start).
_ANIMATED = frozenset({"wow", "animated", "animate__animated", "aos-init", "aos-animate"})
_HIDDEN_CLASS_SET = frozenset(HIDDEN_CLASSES)


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """``nodes`` once each, without those inside another of them (removing a block removes
    what it holds; a node removed twice is an error)."""
    ids = {n.mem_id for n in nodes}
    seen: set[int] = set()
    out = []
    for node in nodes:
        if node.mem_id in seen or any(a.mem_id in ids for a in ancestors(node)):
            continue
        seen.add(node.mem_id)
        out.append(node)
    return out


# -- labels ----------------------------------------------------------------------------------
_CONTROL_SPLIT = re.compile(r"\s*[|/•·]\s*")


def is_chrome(text: str, key: str | None = None) -> bool:
    """A control label or row ("In bài", "Lượt xem: 120", "A- A+"); ``key``, the text's
    :func:`label_key` when the caller has it."""
    key = label_key(text) if key is None else key
    if not key:
        return True
    if CONTROL_LABEL.search(key):
        return True
    if len(key) <= 60 and all(w in SHARE_WORDS for w in key.split()):
        return True   # a share bar's links run together ("Facebook Twitter", "Facebook In")
    # "In bài viết | Gửi email | Lên đầu trang": a row made only of controls
    if len(key) > 80 or not any(c in key for c in "|/•·"):
        return False
    parts = [p for p in _CONTROL_SPLIT.split(key) if p]
    return len(parts) > 1 and all(CONTROL_LABEL.search(label_key(p)) for p in parts)


def is_related_heading(text: str, key: str | None = None) -> bool:
    key = label_key(text) if key is None else key
    return bool(key) and len(key) < 60 and bool(RELATED_PREFIX.match(key))


# -- page chrome -----------------------------------------------------------------------------
def _ident(node: LexborNode) -> str:
    """A node's class and id, spacing utilities' names left out (``_SPACING``)."""
    attrs = node.attributes
    ident = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return _SPACING.sub(" ", ident) if "side" in ident else ident


def is_excluded(node: LexborNode) -> bool:
    """Page chrome by tag or by class/id: header, nav, sidebars, related, share bars, a
    language model's summary box (a class of its own: "ai-summary", not "ai-summary-…")."""
    if node.tag in CHROME_TAGS:
        # (an article's own info card set beside its text, "aside.news-detail__card" > dl:
        # its date, writer and section, no chrome)
        return not (node.tag == "aside" and POSTISH.search(node.attributes.get("class") or "")
                    is not None and node.css_first("dl") is not None)
    classes = node.attributes.get("class") or ""
    if "ai" in classes and not _AI_SUMMARY.isdisjoint(classes.split()):
        return True
    # (a layout's wrapper named for what it holds beside the article — "right-sidebar",
    # "penci-main-sticky-sidebar", "header-style-6" — holding an article with its headline
    # is no chrome; a header's logo <h1> beside a menu of <article> cards is no such one)
    ident = _ident(node)
    if not _chrome_name(ident):
        return _spared_advert(ident, node)
    return not _holds_the_article(node)


def _spared_advert(ident: str, node: LexborNode) -> bool:
    """An advert's slot whose "ad" a theme's prefix or a builder's tail took for no word
    ("ad-detail", "zone1-ad"): a linked picture, a frame or an ad tag and a line or two."""
    return "ad" in ident and (_AD_PREFIX.search(ident) is not None or _AD_TAIL.search(ident)
                              is not None) and \
        node.css_first("iframe, ins, a[href] img") is not None and text_length(node) < 200


#: "ad" as a builder's generated tail (:data:`_GENERATED_TAIL`: "zone1-ad").
_AD_TAIL = re.compile(r"(?<=[a-z]\d)[-_]ad(?=\s|$)", re.IGNORECASE)


def _holds_the_article(node: LexborNode) -> bool:
    """A layout's wrapper holding the article: an ``<article>`` or ``<main>`` with a headline
    ``<h1>`` beside it, or one ``<article>`` of its own headline (``<h1>`` or ``<h2>``, The7's
    ``h2.entry-title`` under a title bar's ``<h1>``) and a text — not a column of cards."""
    headlines = [h for h in node.css("h1") if _headline_h1(h)]
    first = node.css_first("article")
    if headlines and (first is not None or node.css_first("main") is not None):
        return True
    if first is not None:
        # (the first article read before counting them: a column of cards fails at once)
        heading = first.css_first("h1, h2")
        return heading is not None and _headline_h1(heading) and _prose(first) and \
            len(node.css("article")) == 1
    # (no article element: the page's headline — the one its <title> names, an <h1> or a
    # theme's <h2> in its place, not a teaser's linked one — and a text under it:
    # "left-side", "leftSide", YJSG's main column "sidebars sidebar-right"; a sidebar's
    # "Giới thiệu" box with an <h1> is not)
    if not headlines:
        # (on a page with no headline <h1>, an <h2> the <title> opens with: the headline,
        # not the site's name after it)
        return not _page_has_headline_h1(node) and any(
            _titled(h, opening=True) for h in node.css("h2")
            if _headline_h1(h) and h.css_first("a") is None) and _prose(node, _SHORT_TEXT)
    return any(_titled(h) for h in headlines) and _prose(node, _SHORT_TEXT)


def _page_has_headline_h1(node: LexborNode) -> bool:
    root: LexborNode | None = node
    while root is not None and root.parent is not None:
        root = root.parent
    return root is not None and any(_headline_h1(h) for h in root.css("h1"))


def _titled(h1: LexborNode, opening: bool = False) -> bool:
    """The document's ``<title>`` names this ``<h1>``'s words (it is the page's headline);
    ``opening``: the title opens with them."""
    root: LexborNode | None = h1
    while root is not None and root.tag != "html":
        root = root.parent
    title = root.css_first("head > title") if root is not None else None
    words, named = label_key(node_text(h1))[:60], label_key(node_text(title)) if title else ""
    return bool(words) and (named.startswith(words) if opening else words in named)


def _prose(node: LexborNode, least: int = 0) -> bool:
    """``node`` holds a text (paragraphs of ``least`` characters, :data:`_ARTICLE_TEXT`
    unless given), not a card."""
    total, least = 0, least or _ARTICLE_TEXT
    for p in node.css("p"):
        total += text_length(p)
        if total >= least:
            return True
    return False


#: Characters of paragraphs an ``<article>`` holds to be a text, not a card's teaser; a
#: block holding the page's headline, to be its text (a short notice's), not a header's
#: tagline under a site's name.
_ARTICLE_TEXT, _SHORT_TEXT = 600, 300


def _headline_h1(h1: LexborNode) -> bool:
    """An ``<h1>`` (or the ``<h2>`` standing for it) that reads as an article's headline,
    not a site's logo or name."""
    ident = f"{h1.attributes.get('class') or ''} {h1.attributes.get('id') or ''}".lower()
    return "logo" not in ident and "brand" not in ident and h1.css_first("img") is None \
        and text_length(h1) >= 20


_AI_SUMMARY = frozenset({"ai-summary", "ai_summary", "aisummary", "ai-tom-tat", "tom-tat-ai",
                         "tomtat-ai"})


@functools.lru_cache(maxsize=4096)
def _chrome_name(ident: str) -> bool:
    """``CHROME_NAMES`` on a "class id" string; a site repeats a few hundred of them. A
    negated name ("no-share") says the block lacks the thing, and a page-type or taxonomy
    name ("page-template-ykien", "tag-quang-cao") says what the page is about: neither
    counts."""
    if "no" in ident or "without" in ident:
        ident = NEGATED_NAME.sub(" ", ident)
    if "-" in ident or "_" in ident:
        ident = TAXONOMY_NAME.sub(" ", ident)
        if "ad" in ident:
            ident = _GENERATED_TAIL.sub(" ", _AD_PREFIX.sub(" ", ident))
        if "has" in ident or "with" in ident:
            ident = _HOLDS_HYPHENATED.sub(" ", ident)   # ("has-sidebar": a layout's)
    if CHROME_NAMES.search(ident):
        return bool(ident.strip())
    # (camelCase words apart: Plone's "relatedItems", K2's "itemRatingBlock"; a layout's
    # "hasSidebar", "withComments" says what it holds beside the article, not what it is)
    return _CAMEL.search(ident) is not None and any(
        CAMEL_CHROME_NAMES.search(_HOLDS_WORD.sub(" ", split_camel(token)))
        for token in ident.split() if _CAMEL.search(token))


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
#: A site builder's generated two-character tail after a block's numbered type (Mobirise's
#: ids "content4-ad", "image1-ic"): no word.
_GENERATED_TAIL = re.compile(r"(?<=[a-z]\d)[-_][a-z0-9]{2}(?=\s|$)", re.IGNORECASE)
#: "ad-" as a theme's prefix before an article's part ("ad-body", "ad-sapo", "ad-title",
#: "ad-meta": every class of an AdonisJS theme), not an advert's slot ("ad-slot",
#: "ad-banner", "ad-container" stay chrome).
_AD_PREFIX = re.compile(r"(?:^|(?<=\s))ad[-_](?=(?:body|sapo|title|meta|article|text|lead|"
                        r"figure|figcaption|caption|sign|photo|chip|crumb|main|col|grid|date|"
                        r"time|tags?|content-body|detail)(?:[-_\s]|$))", re.IGNORECASE)
_HOLDS_HYPHENATED = re.compile(r"(?:^|(?<=\s))(?:has|with)[-_][\w-]+", re.IGNORECASE)
#: A spacing utility's name ending in "side" ("td-pb-padding-side", "margin-side"): how
#: much room a block has at its sides, not a sidebar.
_SPACING = re.compile(r"(?:^|(?<=\s))[\w-]*(?:padding|margin|spacing|gutter)[-_]sides?(?=\s|$)",
                      re.IGNORECASE)
#: A camelCase word saying a layout has (or lacks) the thing named next.
_HOLDS_WORD = re.compile(r"^(?:has|with|without|no)\s.*", re.IGNORECASE)


def split_camel(ident: str) -> str:
    """A class or id with its camelCase words apart ("wpthemeCrumbTrail" → "wptheme Crumb
    Trail"), for the word patterns that read names."""
    return _CAMEL.sub(" ", ident)


@functools.lru_cache(maxsize=4096)
def _frame_name(ident: str) -> bool:
    return bool(ident.strip()) and bool(FRAME_NAMES.search(ident))


def in_excluded(node: LexborNode, stop: LexborNode | None = None,
                memo: dict[int, bool] | None = None) -> bool:
    """The node or an ancestor (below ``stop``) is page chrome — not the article's own
    header or footer. ``memo``, the answers for nodes already asked (by ``mem_id``), lets
    a caller that asks of many nodes of an unchanging tree walk each ancestor once."""
    if memo is not None:
        return _in_excluded_memo(node, memo, stop)
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("body", "html"):
        if stop is not None and cur.mem_id == stop.mem_id:
            return False
        if cur.is_element_node and is_excluded(cur):
            if _article_header(cur):
                cur = cur.parent
                continue
            return True
        cur = cur.parent
    return False


def _in_excluded_memo(node: LexborNode, memo: dict[int, bool],
                      stop: LexborNode | None = None) -> bool:
    """:func:`in_excluded`: the nodes walked up to the first answer known (or chrome, or
    the body, or ``stop``) share that answer and are remembered (a memo serves one
    ``stop``)."""
    walked: list[int] = []
    found = False
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("body", "html"):
        if stop is not None and cur.mem_id == stop.mem_id:
            break
        key = cur.mem_id
        known = memo.get(key)
        if known is not None:
            found = known
            break
        walked.append(key)
        if cur.is_element_node and is_excluded(cur) and not _article_header(cur):
            found = True
            break
        cur = cur.parent
    for key in walked:
        memo[key] = found
    return found


def in_bar(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """The only chrome the node sits in is a short bar of tools or share buttons under (or
    over) the headline ("dt-toolbar", "share-row"), where portals print the article's stamp
    beside "A+ A- In Zalo"; a bar in the page's frame or in a sidebar is no such bar."""
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("body", "html"):
        if cur.is_element_node and is_excluded(cur) and not _article_header(cur):
            if cur.tag in CHROME_TAGS or not BAR_NAMES.search(_ident(cur)):
                return False
            if len(deep_text(cur)) > 300:
                return False
            return cur.parent is None or not in_excluded(cur.parent, memo=memo)
        cur = cur.parent
    return False


def in_frame(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """The node sits in the page's frame (header, navigation, footer, asides): links there
    are site navigation, never articles of a listing. ``memo``, the answers for the
    ancestors already walked (by ``mem_id``), lets a caller asking of every link of an
    unchanging tree walk each ancestor once."""
    walked: list[int] = []
    found = False
    cur: LexborNode | None = node.parent
    while cur is not None and cur.tag not in ("body", "html"):
        if memo is not None:
            known = memo.get(cur.mem_id)
            if known is not None:
                found = known
                break
            walked.append(cur.mem_id)
        if cur.is_element_node and (cur.tag in CHROME_TAGS or _frame_name(_ident(cur))
                                    or FRAME_ELEMENT.match(cur.tag or "")):
            found = True
            break
        cur = cur.parent
    if memo is not None:
        for key in walked:
            memo[key] = found
    return found


def is_chrome_block(node: LexborNode) -> bool:
    """A block inside the article container that is page chrome (share bar, comments…), or
    a pull quote (a line of the text repeated large, or a verse set as decoration)."""
    if node.tag in CHROME_BLOCK_TAGS and is_excluded(node) and not _article_header(node):
        return True
    if node.tag == "div" and _BUTTON.search(node.attributes.get("class") or "") and \
            text_length(node) <= 150 and node.css_first("p + p") is None:
        return True   # (a page builder's button in the text's column: "Hotline …", "Đăng ký")
    return node.tag in ("blockquote", "aside", "div", "figure") and bool(
        _PULL_QUOTE.search(node.attributes.get("class") or ""))


_PULL_QUOTE = re.compile(r"pull[-_]?quote", re.IGNORECASE)
#: A block named as a button ("ladi-button", "btn-cta"), as a word of its class.
_BUTTON = re.compile(r"(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])", re.IGNORECASE)


_ARTICLE_TYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting)\b")


def _article_header(node: LexborNode) -> bool:
    """The article's own header/footer (headline, date, byline), not the page's."""
    ident = _ident(node)
    if node.tag in ("header", "footer"):
        if ident.strip() and CHROME_NAMES.search(HEADERISH.sub(" ", ident)):
            return False
        return _inside_article(node) or bool(POSTISH.search(ident)) or (
            node.tag == "header" and _post_masthead(node))
    if not HEADERISH.search(ident) or CHROME_NAMES.search(HEADERISH.sub(" ", ident)):
        return False
    if node.tag in ("h1", "h2", "h3", "h4") and "title" in ident.lower():
        return True   # a heading named "header-title" (Liferay's asset title): a title
    parent = node.parent
    # (or a card's or a panel's header bar in one whose class names it the post's detail:
    # Kendo's "k-card news-detail" > "k-card-header", PrimeFaces' "ui-panel tin-chi-tiet" >
    # "ui-panel-titlebar")
    return _inside_article(node) or bool(POSTISH.search(ident)) or _in_post_header(node) or (
        parent is not None and bool(_HEADER_CLASS.search(node.attributes.get("class") or ""))
        and bool(_DETAIL_CLASS.search(parent.attributes.get("class") or ""))
        and not is_excluded(parent)) or (
        # the header of a block named for a post, holding its headline (a DNN blog's
        # "bbs_post" > "bbs_header" > h1)
        parent is not None and bool(_POST_BLOCK.search(_ident(parent)))
        and not is_excluded(parent) and (node.css_first("h1, h2") is not None or (
            # or its stamp and byline row (SharePoint's article layouts: "div.article" >
            # "div.header" > "div.date-line" + "div.by-line", the headline above it): no
            # link (a related document's or the previous item's day is not the post's),
            # one of its own elements a stamp and nothing else
            _stamp_row_block(node))))


def _stamp_row_block(node: LexborNode) -> bool:
    if node.css_first("a[href]") is not None or node.css_first(_SITE_MARKS) is not None or \
            len(node_text(node)) > 200:
        return False
    return any(is_stamp_line(node_text(child)) for child in node.iter()
               if child.is_element_node)


#: A block named for one post (not a page-wide "page-content" wrapper): "bbs_post",
#: "entry", "article-detail", "news-detail", "blog-post".
_POST_BLOCK = re.compile(r"post|entry|article|detail|blog", re.IGNORECASE)


def _post_masthead(header: LexborNode) -> bool:
    """A cover over the post holding its heading block (a blog theme's masthead:
    "header.masthead > … > div.post-heading > h1"): an unlinked ``h1`` in a post heading
    block, and no menu, logo, brand or site title (a site's header with a "Tin mới" ticker
    or a featured post's linked title is the page's)."""
    if header.css_first(_SITE_MARKS) is not None:
        return False
    for block in header.css(_POST_HEADING):
        heading = block if block.tag == "h1" else block.css_first("h1")
        if heading is not None and heading.css_first("a") is None and (
                heading.parent is None or heading.parent.tag != "a"):
            return True
    return False


_SITE_MARKS = ("nav, [class*=menu], [class*=Menu], [class*=logo], [class*=Logo], "
               "[class*=brand], [class*=site-title], [class*=site-name], [id*=logo]")
_DETAIL_CLASS = re.compile(r"(?:news|post|article|entry|tin)[-_]?(?:detail|chi[-_]?tiet)|"
                           r"(?:detail|chi[-_]?tiet)[-_]?(?:news|post|tin)", re.IGNORECASE)
#: A block's own header bar: a card's, a panel's title bar.
_HEADER_CLASS = re.compile(r"card-header|panel-(?:heading|titlebar|header)|box-header",
                           re.IGNORECASE)
_POST_HEADING = ("[class*=post-heading], [class*=post-header], [class*=entry-header], "
                 "[class*=article-header], [class*=post-title], [class*=entry-title]")


def _in_post_header(node: LexborNode) -> bool:
    """Inside a post's own header (a blog cover's footer line with author and date)."""
    cur = node.parent
    while cur is not None and cur.tag not in ("body", "html"):
        ident = _ident(cur)
        if HEADERISH.search(ident) and POSTISH.search(ident) and not CHROME_NAMES.search(
                HEADERISH.sub(" ", ident)):
            return True
        cur = cur.parent
    return False


def _inside_article(node: LexborNode) -> bool:
    """Inside an ``<article>``, or an element marked up as a schema.org article (TYPO3's
    ``div.article[itemtype=…/Article]`` with its ``div.footer`` of date and author)."""
    cur = node.parent
    while cur is not None and cur.tag not in ("body", "html"):
        if cur.tag == "article" or _ARTICLE_TYPE.search(cur.attributes.get("itemtype") or ""):
            return True
        cur = cur.parent
    return False
