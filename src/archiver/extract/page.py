"""Page -> :class:`~archiver.models.Article`: profiles first, auto heuristics per missing field.

``extract`` parses once (selectolax lexbor) and runs :data:`STEPS` in order over one
:class:`Page` context — each step reads what the earlier ones found and fills its fields:

==================== =======================================================================
``_drop_noise``      scripts, styles, forms, embeds and marquees dropped; the header clock's
                     dates read
``_profile_tags``    the profile's tag list, read and removed
``_related``         related-news blocks (profile containers and Vietnamese headings), removed
``_tags``            a "Từ khóa:" label's links, when the profile gave none
``_body``            the article container: the profile's, else the block of the headline;
                     hidden elements and previous/next-article links in it dropped
``_title``           the profile's headline outside chrome, else the heading that matches the
                     metadata or stands closest before the body
``_dates``           the article's timestamp (profile element, metadata, text near the title)
``_question``        a Q&A page's body: the question's block and the answer's together
``_category``        the breadcrumb item nearest the article
``_bylines``         byline elements (profile fields, author/source classes, lines after the
                     body); the posting account set apart
``_lead``            the sapo: a profile or generic lead block next to the body, a bold
                     paragraph above it; pictures placed before the body
``_walk_body``       the body walked into paragraphs, captions and images; byline lines
                     peeled off its ends (else a labelled line under the headline)
``_missing``         the expected fields not found, logged
==================== =======================================================================
"""

from __future__ import annotations

import logging
import posixpath
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from archiver import auto
from archiver.byline import Byline, is_person_name, merge, parse_byline
from archiver.dates import ParsedDate, find_dates, parse_date, parse_iso
from archiver.dom import (
    PageText,
    ancestors,
    has_text,
    hidden_nodes,
    in_excluded,
    in_frame,
    is_chrome,
    is_excluded,
    label_key,
    node_text,
    outermost,
    parse,
    text_length,
    unseen,
)
from archiver.errors import ExtractError
from archiver.extract import blocks, credits, stamps
from archiver.extract.nodes import (
    all_of,
    comes_before,
    first_body,
    first_outside_chrome,
    first_own,
    next_element,
    prev_element,
    within,
)
from archiver.extract.walk import (
    BodyWalk,
    Para,
    is_credit,
    lines,
    link_cards,
    picture_description,
    printed_attributes,
    walk,
    walk_figure,
)
from archiver.models import Article, Image
from archiver.profiles import Profile, detect, load_profile
from archiver.selectors import PageNames, page_names, prune, select
from archiver.text import decode_page
from archiver.urls import resolve
from archiver.vocab import (
    BADGES,
    CAPTION_CLASS,
    CREATED_LABEL,
    DOCUMENT_FRAME,
    EDITOR_NOTE,
    EXPIRED_TEXT,
    LEAD_LABEL,
    LEAD_SELECTOR,
    NOT_FOUND_TEXT,
    NUMBERED_HEADING,
    PUBLISHED_CUE,
    SOCIAL_EMBED,
    TAKEN_DOWN_TEXT,
    UPDATED_LABEL,
    UPDATED_SELECTORS,
    US_CULTURE,
)

__all__ = ["STEPS", "ExtractedPage", "Page", "extract", "extract_page", "join_parts",
           "same_headline"]

log = logging.getLogger(__name__)

_NOISE_TAGS = ("script", "style", "noscript", "iframe", "svg", "button", "input", "select",
               "textarea", "template", "object", "embed", "audio", "video", "map", "link",
               "marquee")


#: Word's frame styles (``[style*="mso-element:footer"]``…) all need this in a style: one
#: query that finds none spares the list those alternatives (lexbor walks the tree once per
#: alternative).
_MSO_ELEMENT = '[style*="mso-element:"]'
_FRAME_WITHOUT_MSO = ", ".join(alt for alt in DOCUMENT_FRAME.split(", ")
                               if not re.fullmatch(r'\[style\*="mso-element:[^"]*"\]', alt))


@dataclass
class Page:
    """One page being extracted: the parsed tree, what the steps found so far, the record."""

    tree: LexborHTMLParser
    url: str
    prof: Profile | None
    names: PageNames                       # lets each selector list skip what cannot match
    meta: auto.Meta
    art: Article
    text: PageText | None = None           # the visible text, while the tree is unchanged
    clock: set[str] = field(default_factory=set)
    body: LexborNode | None = None
    title_node: LexborNode | None = None
    meta_line: str = ""                    # the line the timestamp sits in
    teasers: int = 0                       # the body's headlines of other items (a list)
    same_section: str | None = None        # a removed "same section" box's section name
    blog_label: str | None = None          # a blog's first label (Blogger's "Nhãn:"), read
    hides_updated: tuple[str, ...] = ()    # where its style hides a theme's update time
    byline: Byline = field(default_factory=Byline)
    meta_byline: Byline = field(default_factory=Byline)
    lead_node: LexborNode | None = None
    # the writer a sapo ends with, as printed and as read ("(Thanh Phong)", a byline line)
    lead_signature: tuple[str, Byline] | None = None
    lead_walk: BodyWalk | None = None
    source: str | None = None              # the page as decoded text, when it came as text
    poster: str | None = None              # the account that posted it ("Đăng bởi admin")
    notes: LexborNode | None = None        # the text's notes, printed apart after it
    title_lead: str | None = None          # a sapo printed in the headline after a <br>
    # the heading the metadata names, once looked for (False: not looked for yet)
    matched: tuple[str, LexborNode] | bool | None = False
    # in_excluded's answers by node (``mem_id``): they depend on a node's ancestors alone,
    # which removing other nodes never changes (and no node is added to the tree)
    chrome: dict[int, bool] = field(default_factory=dict)
    printed_attrs: tuple[str, ...] = ()    # data attributes its stylesheet prints as text

    def sel(self, name: str) -> tuple[str, ...]:
        """The profile's selectors for field ``name`` (none without a profile)."""
        return self.prof.selectors(name) if self.prof else ()

    def captions(self) -> tuple[str, ...]:
        """The profile's caption selectors cut to what can match this page: the body walk
        asks them of every element, and lexbor parses a selector at every query."""
        return tuple(q for s in self.sel("captions") if (q := prune(s, self.names)))

    @property
    def labels(self) -> Mapping[str, tuple[str, ...]]:
        return self.prof.labels if self.prof else {}

    @property
    def body_id(self) -> int:
        return self.body.mem_id if self.body is not None else -1

    def drop(self, node: LexborNode) -> None:
        """Remove ``node`` from the tree unless it is the body itself."""
        if node.mem_id != self.body_id:
            node.decompose()


# -- steps ------------------------------------------------------------------------------------
#: The elements a badge is set in, inside a heading.
_BADGE_TAGS = frozenset({"span", "sup", "small", "i", "em", "b", "strong", "mark", "font"})


#: A social platform's or messenger's address: an embedded card of its post links there.
_SOCIAL_LINK = re.compile(r"//(?:[\w-]+\.)?(?:zalo\.me|oa\.zalo\.me|fb\.com|fb\.watch|x\.com|"
                          r"youtu\.be|(?:zalo|facebook|tiktok|twitter|instagram|youtube)"
                          r"\.[a-z]{2,10}(?:\.[a-z]{2})?)/", re.IGNORECASE)


#: An embed's class naming a platform's post card (not an embedded picture or text).
_POST_CARD = re.compile(r"zalo|facebook|fb[-_]|fbcard|tiktok|twitter|tweet|instagram|social|"
                        r"oa[-_]|post[-_]?embed|embed[-_]?post", re.IGNORECASE)


#: Google's icon fonts, drawn from words: "material-icons", "material-icons-outlined",
#: "material-symbols-rounded".
_ICON_LIGATURE = "[class*=material-icons], [class*=material-symbols]"
#: Those of its words that draw a person or a pen.
_PERSON_LIGATURES = frozenset({"person", "person_outline", "account_circle", "account_box",
                               "edit", "create", "draw", "edit_note"})


def _beside_text(node: LexborNode) -> bool:
    """``node`` is set in a text longer than itself (a card beside the text, not the post
    an item republishes as its content)."""
    parent = node.parent
    return parent is not None and text_length(parent) - text_length(node) >= text_length(node)


def _post_card(node: LexborNode, most: int) -> bool:
    """A card of a platform's post, named for it, linking the platform (its post or its
    channel): a few lines of another site's (``most`` characters), no words of the text;
    not a figure the page captions itself."""
    return _POST_CARD.search(node.attributes.get("class") or "") is not None and \
        text_length(node) <= most and node.css_first("figcaption") is None and \
        _SOCIAL_LINK.search(" ".join(
            a.attributes.get("href") or "" for a in node.css("a[href]"))) is not None


def _drop_noise(page: Page) -> None:
    tree = page.tree
    _drawn_labels(tree)
    # embedded posts and players: another site's text, and an embed's title line
    # (the page's class names prune both queries to nothing on most pages)
    for node in outermost([*select(tree, SOCIAL_EMBED, page.names), *(
            n for n in select(tree, "[class*=embed]", page.names)
            if (n.css_first("iframe") is not None and text_length(n) <= 200)
            or _post_card(n, 600)), *(
            # (a card the CMS draws of a platform's post, named for it, the post's address
            # in its data: "div.ct95-fbcard[data-href=…facebook…]", its text the post's)
            n for n in select(tree, "[data-href]", page.names)
            if _SOCIAL_LINK.search(n.attributes.get("data-href") or "")
            and _post_card(n, 1200) and _beside_text(n))]):
        # (a messenger's post card, "zalo-oa-embed": the channel's name and follow link)
        node.decompose()
    # a player's block and its bar ("Video: Toàn cảnh …", "04:52"), before the players go
    for node in blocks.player_boxes(tree.body) if tree.body is not None else ():
        node.decompose()
    # a lazy block's text held only in its <noscript> fallback (a spinner beside it): the
    # text itself, read as a reader without scripts reads it
    for node in tree.css("noscript"):
        parent = node.parent
        if parent is not None and node.css_first("p") is not None \
                and text_length(node) >= 200 and text_length(parent) - text_length(node) <= 80:
            node.unwrap()
    # a badge set inside the headline ("<h1>… <span class="blink">Mới</span></h1>"): no
    # word of the title
    for heading in tree.css("h1, h2"):
        for kid in heading.iter():
            if kid.tag in _BADGE_TAGS and (kid.text(deep=True) or "").strip().casefold() in BADGES:
                kid.decompose()
    # an icon font's ligature ("<i class=material-icons>person</i>" draws a person icon):
    # no word a reader sees
    for node in select(tree, _ICON_LIGATURE, page.names):
        if (node.text(deep=True) or "").strip().lower() in _PERSON_LIGATURES:
            # (a person icon before a name: the writer's mark, as Font Awesome's "fa-user")
            mark = LexborHTMLParser('<i class="icon-user"></i>').css_first("i")
            if mark is not None:
                node.replace_with(mark)
        else:
            node.decompose()
    # a tab of the article in another language (H'Mông, English), not the one shown
    for pane in _other_language_tabs(tree, page.names):
        pane.decompose()
    page.printed_attrs = printed_attributes(tree.root) if tree.root is not None else ()
    page.hides_updated = stamps.hides_updated(tree)
    # each element with its content, in C (no node objects made): the tree a loop over
    # ``tree.css`` decomposing each one leaves, in half the time
    for form in tree.css("form"):
        # a sign-up or comment form set in the page (a few fields and their labels; not
        # the page-wide form of a WebForms site): its labels are no text, once its fields
        # are gone no form either
        if text_length(form) <= 300 and form.css_first(
                "input:not([type=hidden]), textarea, select") is not None and not any(
                    text_length(k) >= 40 for k in form.css("p, h1, h2, h3, h4")):
            form.decompose()
    tree.strip_tags(list(_NOISE_TAGS), recursive=True)
    # a word processor's running header and footer, and its footnotes: the document's
    # frame and notes, not its text
    frame = DOCUMENT_FRAME if tree.css_first(_MSO_ELEMENT) is not None else _FRAME_WITHOUT_MSO
    for node in outermost(select(tree, frame, page.names)):
        node.decompose()
    assert tree.body is not None
    page.text = PageText.of(tree.body)   # what a reader sees, once
    page.clock = auto.clock_dates(tree, page.names, page.text)


def _other_language_tabs(tree: LexborHTMLParser,
                         names: PageNames | None = None) -> list[LexborNode]:
    """The tab panes not shown (``tab-pane`` beside an ``active`` one) whose text is not
    Vietnamese: the article's version in another language (a broadcaster's H'Mông or an
    English tab). A hidden tab in Vietnamese (the full text behind "Toàn văn") is kept."""
    if names is not None and "tab-pane" not in names.exact:
        return []   # (most pages have no tabs: no query)
    def shown(node: LexborNode) -> bool:
        return bool({"active", "show", "in"} & set((node.attributes.get("class") or "").split()))

    out = []
    for pane in tree.css(".tab-pane"):
        if shown(pane) or pane.parent is None:
            continue
        beside = [sib for sib in pane.parent.iter() if sib.is_element_node and shown(sib)]
        if not beside:
            continue
        words = (pane.text(deep=True, separator=" ") or "").lower().split()
        marked = sum(1 for w in words if any(ch in _VI_MARKED for ch in w))
        unmarked_vi = sum(1 for w in words if w.strip(".,;:") in _VI_PLAIN_WORDS)
        # (Vietnamese typed without its marks is Vietnamese; and a shown tab with hardly any
        # text, a video, leaves the article in the hidden one)
        if len(words) >= 20 and marked < 0.1 * len(words) and \
                unmarked_vi < 0.05 * len(words) and sum(map(text_length, beside)) >= 200:
            out.append(pane)
    return out


#: Vietnamese words as typed without marks, common in any text ("cua", "va", "cac").
_VI_PLAIN_WORDS = frozenset({"cua", "va", "cac", "nhung", "trong", "duoc", "cho", "voi",
                             "nam", "tinh", "dang", "nguoi", "theo", "nay", "ve", "tai", "la"})
#: Letters only Vietnamese writes among the Latin scripts a portal prints (its tones and
#: its own vowels): a text with few of them is another language's.
_VI_MARKED = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def _profile_tags(page: Page) -> None:
    # (a category's link the CMS marks as a tag too, WordPress's rel="tag" on both: the
    # section, not a tag)
    nodes = [n for n in all_of(page.tree, page.sel("tags"), page.names)
             if not blocks.is_category_link(n)]
    if nodes:
        page.art.tags = blocks.text_list(nodes)
        page.blog_label = blocks.blog_label(nodes)
        nodes = outermost(nodes)
        ids = {n.mem_id for n in nodes}
        parents = outermost([n.parent for n in nodes
                             if n.parent is not None and n.parent.mem_id not in ids])
        for node in nodes:
            node.decompose()
        for parent in parents:   # a "Tags:" label left alone goes with its links
            if blocks.is_tag_label(node_text(parent)):
                parent.decompose()
        page.text = None   # changed: read again where needed


def _related(page: Page) -> None:
    page.body = first_body(page.tree, page.sel("body"), page.names)
    containers = all_of(page.tree, page.sel("related"), page.names)
    related, found = auto.find_related(page.tree, page.url, page.labels.get("related", ()),
                                       containers, page.text)
    page.art.related = related
    around = {a.mem_id for a in ancestors(page.body)} if page.body is not None else set()
    for block in found:
        if block.mem_id != page.body_id and block.mem_id not in around:
            # (a "same section" box's heading names the section: read before it goes)
            page.same_section = page.same_section or blocks.same_section_heading(block)
            block.decompose()


def _tags(page: Page) -> None:
    if not page.art.tags:
        page.art.tags, nodes = blocks.auto_tags(page.tree, page.text)
        page.blog_label = blocks.blog_label(nodes)
        for node in nodes:
            page.drop(node)


def _body(page: Page) -> None:
    headline = page.title_node
    if page.body is None:
        # the article is the block that belongs to the headline, found before the body
        headline = page.title_node = first_outside_chrome(page.tree, page.sel("title"),
                                                          page.url, page.names)
        if headline is None:
            page.matched = auto.match_headline(page.tree, page.meta, page.names, page.chrome)
            headline = page.matched[1] if page.matched else auto.first_headline(page.tree)
        if headline is not None and headline.tag in _HEADINGS and _drop_subtitle(headline) \
                and page.matched:
            page.matched = (node_text(headline), headline)
        page.body = auto.find_body(page.tree, headline, page.names, page.chrome)
    if page.body is not None:
        # the text printed on in more containers after a box set into it: one text
        _join(page.body, auto.text_continuations(page.body, headline))
        # the text stacked by a site builder in sections of the page, one paragraph or
        # picture a section: its sapo's sections before, the rest after
        before, after = auto.stacked_sections(page.body, headline)
        _join(page.body, before, at_start=True)
        _join(page.body, after)
        # the text's notes in a block of their own after it: read after the text (its
        # closing signature read first)
        page.notes = auto.notes_after(page.body)
        # what readers never see inside the article (injected spam, screen-reader labels),
        # and links to the previous and next article
        for node in hidden_nodes(page.body, page.names):
            page.drop(node)
        # looked for once the hidden blocks are gone: none of them is inside one
        for node in auto.prev_next_links(page.body):
            page.drop(node)
        # cards of other pages, with their own bylines and "read now" labels
        for node in outermost(link_cards(page.body)):
            page.drop(node)
        # other items' headlines typed under the text, one link a line and nothing else
        known = {r.url for r in page.art.related}
        for node in blocks.closing_links(page.body, page.url):
            for item in auto.links_in(node, page.url):
                if item.url not in known:
                    known.add(item.url)
                    page.art.related.append(item)
            page.drop(node)
        # a box of the files attached ("Tài liệu đính kèm" and its links), a list of other
        # items with their stamps (a "Latest Posts" block)
        for node in outermost([*blocks.attachment_boxes(page.body),
                               *blocks.teaser_lists(page.body),
                               *blocks.tab_bars(page.body),
                               *blocks.author_cards(page.body),
                               *blocks.person_cards(page.body),
                               *blocks.fact_boxes(page.body, node_text(headline)
                                                  if headline is not None else None),
                               *blocks.quiz_boxes(page.body)]):
            page.drop(node)
        # tags with no label in the article's block (links to the tags' pages): in the text's
        # block, or between the headline and it (a post's metadata row)
        block = stamps.article_block(headline, page.body) or page.body
        tags = [t for t in blocks.tag_lists(block) if any(
            a.mem_id == page.body_id for a in ancestors(t)) or (
            headline is not None and comes_before(block, headline, t)
            and comes_before(block, t, page.body))] if not page.art.tags else []
        if tags:
            page.art.tags = [t.lstrip("#") for t in blocks.text_list(tags)]   # ("#ĐạiHộiĐảng")
            for node in outermost(tags):
                page.drop(node)


def _join(body: LexborNode, blocks_of_text: list[LexborNode], at_start: bool = False) -> None:
    """Move what ``blocks_of_text`` hold into ``body`` (after its own, or before it), in
    page order, and drop the emptied blocks: one text."""
    first = body.child if at_start else None
    for block in blocks_of_text:
        for child in list(block.iter(include_text=True)):
            if first is not None:
                first.insert_before(child, move=True)
            else:
                body.insert_child(child, move=True)
        block.decompose()


def _drop_subtitle(headline: LexborNode) -> bool:
    """A sub-headline printed inside the headline's element (Kentico's "<small
    class=article-subtitle>", set on a line of its own by the page's style): neither the
    headline's words nor the text's. Whether there was one."""
    dropped = False
    for sub in headline.css("small, [class*=subtitle], [class*=sub-title], [class*=subhead]"):
        text = node_text(sub)
        # (a document's title goes on in its <small>: "Chỉ thị số 05-CT/TU <small>về …")
        if sub.mem_id != headline.mem_id and len(text) >= 20 and text[0].isupper() and \
                text_length(headline) - text_length(sub) >= 15:
            sub.decompose()
            dropped = True
    return dropped


#: A link to a topic's or a category's list (XOOPS's "?storytopic=4", "/chuyen-muc/…").
_TOPIC_HREF = re.compile(r"topic|[?&/_-]cat(?:egory|id)?[=/_-]|chuyen-?muc|danh-?muc|"
                         r"/category/", re.IGNORECASE)


def _drop_topic_label(headline: LexborNode) -> bool:
    """A topic's link opening the headline, a colon after it (XOOPS's "<a>Hoạt động
    Hội</a>: Hội Người cao tuổi tỉnh …"): the topic, not the headline's words. Whether
    there was one."""
    first = next((k for k in headline.iter(include_text=True)
                  if k.is_element_node or (k.text_content or "").strip()), None)
    if first is None or first.tag != "a" or not 0 < len(node_text(first)) <= 40 or \
            not _TOPIC_HREF.search(first.attributes.get("href") or ""):
        return False   # (a place's tag, "<a href=/tag/ha-giang>Hà Giang</a>: …", stays)
    after = first.next
    rest = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    if after is None or not rest.lstrip().startswith((":", "：")) or \
            len(rest.strip(" :：")) < 15:
        return False
    first.decompose()
    after.replace_with(rest.lstrip().lstrip(":：").lstrip())
    return True


def _title(page: Page) -> None:
    node = page.title_node or first_outside_chrome(page.tree, page.sel("title"), page.url,
                                                   page.names)   # (_body may have it)
    if node is not None:
        _drop_subtitle(node)
        _drop_topic_label(node)
        for hidden in hidden_nodes(node, page.names):
            # a screen reader's label in the headline ("Bạn đang đọc: "): not its words
            if hidden.mem_id != node.mem_id and text_length(hidden) < text_length(node):
                hidden.decompose()
        page.art.title = auto.clean_title(node_text(node))
        page.title_node = node
    if not page.art.title:
        page.art.title, page.title_node = auto.find_title(page.tree, page.meta, page.body,
                                                          page.names, page.matched)
        if page.title_node is not None and _drop_topic_label(page.title_node):
            page.art.title = auto.clean_title(node_text(page.title_node))
    node = page.title_node
    if node is not None and node.css_first("br") is not None:
        # the headline and the sapo in one heading, a line break between them
        parts = lines(node, page.url)
        if len(parts) == 2 and len(parts[0]) >= 15 and len(parts[1]) >= 80 \
                and parts[1].rstrip().endswith((".", "!", "?", "…", ")", "”")):
            page.art.title, page.title_lead = auto.clean_title(parts[0]), parts[1]
        elif 2 <= len(parts) <= 3 and len(parts[0]) >= 15 and all(
                len(p) <= 200 and _stamp_line(p) for p in parts[1:]):
            # a cell holding the headline and, under a line break, its stamp line (PHP-Nuke's
            # "Gửi lúc … bởi …"): the headline its own element, the stamp read as one
            page.art.title = auto.clean_title(parts[0])
            page.title_node = _element_reading(node, parts[0]) or node
    if page.art.title:
        page.art.title = auto.uncut_title(
            auto.without_site_name(page.art.title, page.meta, page.tree), page.meta)


#: A line's opening that says it is a post's stamp ("Gửi lúc …", "Đăng ngày …").
_STAMP_OPENING = re.compile(r"^\W*(?:gửi|đăng|cập\s*nhật|ngày\s*đăng|posted|published)\b",
                            re.IGNORECASE)


def _stamp_line(text: str) -> bool:
    """A line under a headline that is its stamp: a date with its time, or one labelled as
    the post's ("Gửi lúc …"); not a date range that is part of the headline ("(30/4/1975 -
    30/4/2025)")."""
    if not find_dates(text):
        return False
    found = stamps.dates_in_text(text, (), set())[0]
    return (found is not None and found.has_time) or _STAMP_OPENING.match(text) is not None


def _element_reading(root: LexborNode, text: str) -> LexborNode | None:
    """The outermost element inside ``root`` whose whole text is ``text``."""
    for node in root.traverse():
        if node.mem_id != root.mem_id and node.is_element_node and node_text(node) == text:
            return node
    return None


#: A photo story's counter before each caption: "1/6 Từ tờ mờ sáng…".
_COUNTER = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s+(?=\S)")


def _notes(page: Page) -> list[str]:
    """The paragraphs of the text's notes printed in a block of their own after it."""
    if page.notes is None:
        return []
    st = BodyWalk(page.url, page.captions())
    walk(page.notes, st, "", "")
    st.flush("")
    return [p.text for p in st.paras if p.text]


def _without_file_names(captions: list[str], images: list[Image]
                        ) -> tuple[list[str], list[Image]]:
    """Captions that are only a picture's file name, as a portlet prints the upload's name
    where the editor left the caption empty: its own picture's ("IMG_20280813_073512.jpg"
    under ``…/IMG_20280813_073512.jpg``) or one a camera or a chat app names
    ("z5812046237190_4c1e….jpg", "DSC_0412.JPG"). A sentence ending in ".jpg" ("Toàn cảnh
    hội nghị.jpg") is the picture's only description: kept."""
    own = {posixpath.basename(urlsplit(i.src).path).lower() for i in images}
    if not any(_machine_file_name(c, own) for c in captions):
        return captions, images
    return ([c for c in captions if not _machine_file_name(c, own)],
            [Image(i.src, None) if i.caption and _machine_file_name(i.caption, own) else i
             for i in images])


def _machine_file_name(caption: str, own: set[str]) -> bool:
    if not _FILE_NAME.match(caption):
        return False
    return caption.lower() in own or bool(_CAMERA_NAME.search(caption))


#: A picture's file name and nothing else (no space: a sentence is no file name).
_FILE_NAME = re.compile(r"^[\w~()+.-]+\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)$", re.IGNORECASE)
#: A name a camera, a phone or a chat app gives: "IMG_…", "DSC_…", "PXL_…", six digits in
#: a row, a long hexadecimal run.
_CAMERA_NAME = re.compile(r"^(?:img|dsc[nf]?|pxl|mvimg|screenshot|photo|image)[_-]|\d{6}|"
                          r"[0-9a-f]{12}", re.IGNORECASE)


def _without_counters(captions: list[str], images: list[Image]
                      ) -> tuple[list[str], list[Image]]:
    """Captions numbered 1/n, 2/n … n/n in order (a photo story's counter) without their
    numbers; a caption opening with a day ("1/6 là ngày Quốc tế Thiếu nhi") is no counter:
    only a whole run counting up is."""
    found = [m for c in captions if (m := _COUNTER.match(c)) is not None]
    if len(captions) < 2 or len(found) < len(captions) or any(
            int(m.group(1)) != i + 1 or m.group(2) != found[0].group(2)
            for i, m in enumerate(found)):
        return captions, images
    strip = {c: c[m.end():] for c, m in zip(captions, found, strict=True)}
    return ([strip[c] for c in captions],
            [Image(i.src, strip.get(i.caption, i.caption) if i.caption else i.caption)
             for i in images])


def _title_anchor(page: Page) -> LexborNode | None:
    """The heading that prints the title read from metadata, even inside a block named like
    the page's header (Liferay's "taglib-header"): where the stamps are looked for."""
    title = page.art.title
    if not title or page.tree.body is None:
        return None
    for heads in ("h1, h2", "h3, h4"):   # (Liferay 6.2 prints its asset's title in an h3)
        for node in page.tree.body.css(heads):
            if auto.clean_title(node_text(node)) == title:
                return node
    return None


#: Words saying a line's date is the publication ("Ngày đăng", "Đăng lúc", "Xuất bản").
_PUBLISHED_WORDS = re.compile(r"đăng\s*(?:ngày|lúc|tải|vào)|ngày\s*(?:đăng|xuất\s*bản)|"
                              r"xuất\s*bản|posted|published", re.IGNORECASE)


_HEADINGS = frozenset({"h1", "h2", "h3"})
#: A machine-readable time that says its offset ("…Z", "…+07:00").
_OFFSET = re.compile(r"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)$", re.IGNORECASE)


def _time_of_day(page: Page, body: LexborNode, published: ParsedDate) -> ParsedDate:
    """A date-only stamp's time printed elsewhere for the post: in its footer ("Đăng lúc
    2:20 CH"), or in the table of its properties after the text ("Ngày đăng: | 21/04/2027
    15:40", the day a document's dateline prints)."""
    footer = stamps.footer_clock(body, published, page.clock)
    if footer is not None:
        return footer
    listed = stamps.property_stamp(body, page.clock)[0]
    if listed is not None and listed.has_time and listed.iso()[:10] == published.iso()[:10]:
        return listed
    return published


def _dates(page: Page) -> None:
    """The stamps the page shows win: the profile's element, else the text around the
    headline. Metadata (JSON-LD, OpenGraph) only lends its time to a visible date-only stamp
    of the same day, or stands in when the page shows no stamp at all (its dates are often
    the crawl day, or the site's launch)."""
    tree, meta = page.tree, page.meta
    formats = page.prof.date_formats if page.prof else ()
    pub_node, published, updated = stamps.published_node(tree, page.sel("published"),
                                                          formats, page.clock, page.names,
                                                          page.url, page.title_node)
    if pub_node is not None:
        page.meta_line = node_text(pub_node)
        if updated is None:
            # the update labelled beside it in its row ("Đăng lúc <time>… · Cập nhật <time>…")
            row = stamps.meta_line_of(pub_node, page.meta_line)
            if row != page.meta_line and UPDATED_LABEL.search(row):
                updated = stamps.dates_in_text(row, formats, page.clock)[1]
    upd_node = first_own(tree, page.sel("updated") or UPDATED_SELECTORS, page.names, page.url)
    if upd_node is not None and CREATED_LABEL.match(created := node_text(upd_node)):
        # SharePoint's "createdModifiedInfo": its first line "Được tạo lúc …", the item's
        # creation; its last edit ("Sửa đổi lần cuối lúc …") on the line after it, in the
        # same element or one of its own (read after the text)
        edit = stamps.edit_in_line(created)
        if edit is not None and updated is None:
            updated = edit
        upd_node = None
    if upd_node is not None and (upd_node.tag == "meta" or (
            page.hides_updated and stamps.hidden_update(upd_node, page.hides_updated))):
        # microdata: metadata, read as ``modified_at`` below, never printed; a theme's
        # update time its style hides (".updated:not(.published){display:none}") likewise
        upd_node = None
    # an update stamp labelled as one on the page ("Cập nhật lần cuối"), not an element a
    # selector names (which may hold the publication's own stamp)
    labelled = updated is not None
    if upd_node is not None:
        from_node = stamps.date_of(upd_node, formats, set())[0]
        if from_node is not None:   # ("Cập nhật lần cuối: <time …>" in the element)
            labelled = bool(UPDATED_LABEL.search(node_text(upd_node)[:40]))
        updated = from_node or updated
    only_update = False   # the page's one stamp is its last update ("cập nhật lần cuối")
    if published is None:
        published, upd, line = stamps.auto_dates(tree, page.title_node or _title_anchor(page),
                                                 page.body, page.clock, page.url, page.chrome,
                                                 page.hides_updated)
        page.meta_line = page.meta_line or line
        labelled = labelled or (updated is None and upd is not None)
        updated = updated or upd
        only_update = published is not None and upd is None and \
            bool(UPDATED_LABEL.search(line[:40])) and not _PUBLISHED_WORDS.search(line)
    if published is None:
        # a date only in an icon's tooltip beside the headline (<span class="ico-calendar"
        # title="16/07/2024 10:25">)
        published = stamps.tooltip_stamp(page.title_node, page.clock)
    if published is None and page.body is not None:
        # a stamp closing the text, under the byline
        node, published, upd = stamps.foot_stamp(page.body, page.clock)
        if node is not None:
            if published is None and not meta.published:
                published, upd = upd, None   # (its only stamp, an update: the publication)
            updated = updated or upd
            page.drop(node)
    if published is not None and updated is None and page.body is not None:
        # the update printed after the text, past its signature, out of the text's block
        labelled = (updated := stamps.update_after(page.body, page.clock)) is not None
    if published is None and page.body is not None:
        # a table of the page's properties after the text ("Ngày đăng" | "11/12/2025 15:20")
        published, edit = stamps.property_stamp(page.body, page.clock)
        updated = updated or (edit if published is not None else None)
    if published is None:
        # a stamp without a year, dated by the page's clock and its weekday
        published = stamps.yearless_stamp(tree, page.title_node, page.body, page.clock,
                                          page.url)
    if published is not None and not published.has_time and page.body is not None:
        published = _time_of_day(page, page.body, published)
    visible = published is not None
    # a metadata time without an offset may be UTC (Odoo's "2024-03-08 03:40:00") or
    # local: it dates the page, but lends no time of day and no update time
    from_meta = parse_iso(meta.published) if meta.published else None
    if from_meta is not None and from_meta.has_time and not _OFFSET.search(meta.published or ""):
        from_meta = ParsedDate(from_meta.value.replace(hour=0, minute=0, second=0,
                                                       microsecond=0), False)
    unsettled = False   # (an en-US stamp whose order nothing on the page tells: undated)
    if published is not None and published.month_first is not None:
        published = _month_order(page, published, from_meta)
        unsettled = published is None
    if published is not None and not published.has_time and from_meta is not None:
        # (local midnight in metadata is a day stored as a time, no time of day)
        if from_meta.iso()[:10] == published.iso()[:10] and from_meta.iso()[11:19] != "00:00:00":
            published = from_meta
    elif published is None and meta.published and not unsettled:
        published = from_meta or parse_date(meta.published)
    effective = parse_iso(meta.effective) if only_update and meta.effective else None
    if effective is not None and published is not None and \
            effective.iso()[:10] < published.iso()[:10]:
        # the page prints only its last update; its metadata names the day it took effect
        # (Plone's effective date): that is the publication, the printed one the update
        updated, labelled, published = published, True, \
            ParsedDate(effective.value.replace(hour=0, minute=0), False)
    if not visible:
        # no stamp on the page: a day in the address (a date permalink) beats metadata
        # that names another day (a mirror's capture time, a re-save), and stands alone
        day = _url_day(page.url)
        if day is not None and (published is None or published.iso()[:10] != day.iso()[:10]):
            published = day
    if published is None and page.body is not None:
        # a document's dateline, the only date it prints ("Kỳ Sơn, ngày 24 tháng 5 năm 2024")
        node, published = _dateline(page)
        if node is not None:
            page.drop(node)
    agrees = (published is not None and from_meta is not None
              and from_meta.iso()[:10] == published.iso()[:10])
    if updated is None and published is not None:
        updated = _late_update(page, published, visible)
        labelled = labelled or updated is not None
    if updated is not None and published is not None and not labelled and \
            not updated.has_time and updated.iso()[:10] == published.iso()[:10]:
        updated = None   # (a theme's "updated" class on the publication's own day: hAtom's)
    shown = labelled and updated is not None   # printed with its label, not metadata's
    if updated is not None and not updated.has_time and meta.modified and \
            _OFFSET.search(meta.modified):
        # a date-only update stamp, its time in metadata of the same day (as the stamp's)
        exact = parse_iso(meta.modified)
        if exact is not None and exact.has_time and exact.iso()[:10] == updated.iso()[:10] \
                and exact.iso()[11:19] != "00:00:00":
            updated = exact
    modified = None
    if meta.modified and agrees and _OFFSET.search(meta.modified):
        # the metadata's modified time, kept apart from a printed update (``modified_at``):
        # trusted only when its publication agrees with the page's day
        modified = parse_iso(meta.modified)
        if modified is not None and published is not None and (
                modified.value < published.value or modified.iso()[11:19] == "00:00:00"):
            modified = None   # a day stored as local midnight, or before the stamp
    if updated is not None and updated.month_first is not None:
        # an update stamp in the ambiguous order: only the reading the publication settles
        updated = stamps.update_order(updated, published)
    today = max(page.clock) if page.clock else None
    if today is not None:   # nothing on the page appeared after the day it shows as today
        published = published if published is None or published.iso()[:10] <= today else None
        updated = updated if updated is None or updated.iso()[:10] <= today else None
        modified = modified if modified is None or modified.iso()[:10] <= today else None
    if updated is None and modified is not None and _prints_update_day(page, modified):
        # "Đã cập nhật: 18 thg 5": the day printed beside an update label, its time in
        # the metadata of that same day (as a date-only update stamp's above)
        updated, shown = modified, True
    _set_dates(page, published, updated, shown)
    if modified is not None and published is not None and modified.iso() != published.iso():
        page.art.modified_at = modified.iso()
    page.meta_byline = credits.meta_line_byline(page.meta_line)
    # who posted, opening the stamp's line ("Viết bởi Lê Thị Bích Tuyền vào ngày 12/01/2028,
    # 21:40 - <a>Hoạt động Hội</a>"): the poster, who stands in when no one signs the text
    posted = _FIELD_CUT.split(credits.poster_of(page.meta_line) or "", maxsplit=1)[0].strip()
    if posted and is_person_name(posted) and not credits.is_account(posted):
        page.poster = page.poster or posted


#: Where a meta line's next field begins ("Minh Anh | 22/05/2022", "Minh Anh - Chuyên mục").
_FIELD_CUT = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")


#: A day in an address's path: ``/tin-tuc/2024/05/27/…``, or one segment in ISO order
#: (an e-paper's issue, ``/epaper/2024-05-17/so-4512/…``).
_URL_DAY = re.compile(r"/((?:19|20)\d\d)(?:/(\d{1,2})/(\d{1,2})|-(\d\d)-(\d\d))/")


def _late_update(page: Page, published: ParsedDate, visible: bool) -> ParsedDate | None:
    """An update printed after the text, later than the publication: a revision history's
    latest entry (for a stamp with its time), "Sửa lần cuối: …" closing the text or in the
    article's footer, or an update line of its own closing the text ("Cập nhật lúc: 15:40
    25/11/2026", under the last paragraph: taken out of it) when the page prints its
    publication (``visible``)."""
    lower = page.text.lower if page.text else None
    if published.has_time:
        history = stamps.history_update(page.tree.body, lower)
        if history is not None and history.value > published.value:
            return history
    edit = stamps.last_edit(page.body, lower)
    if edit is not None and edit.value > published.value:
        return edit
    if page.body is not None and visible:
        node, again, edit = stamps.foot_stamp(page.body, page.clock)
        if node is not None and again is None and edit is not None and \
                edit.value > published.value:
            page.drop(node)
            return edit
    return None


def _url_day(url: str) -> ParsedDate | None:
    match = _URL_DAY.search(url.split("?", 1)[0])
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups() if g is not None)
    return parse_date(f"{day:02d}/{month:02d}/{year}") if 1 <= month <= 12 else None


#: A document's place-and-date line, whole: "Kỳ Sơn, ngày 24 tháng 5 năm 2024".
_DATELINE = re.compile(r"^(?!(?i:thứ\s|chủ\s*nhật|hôm\s*nay))"
                       r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ -][A-ZĐÀ-Ỹ][^\W\d_]*){0,4},\s*ngày\s+"
                       r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$")


def _dateline(page: Page) -> tuple[LexborNode | None, ParsedDate | None]:
    """The first whole line of the article or right above its headline that is a
    document's place and date: that date (a date only)."""
    blocks_ = page.body.css("p, div, span, td") if page.body is not None else []
    # the first lines, or the last (a document dated under its signature)
    candidates = blocks_[:40] + blocks_[-12:][::-1] if len(blocks_) > 40 else blocks_
    if page.title_node is not None and page.title_node.parent is not None:
        # the lines beside the headline (a dateline above the title of a document)
        candidates += [n for n in page.title_node.parent.iter() if n.tag in ("p", "div")]
    for node in candidates:
        text = node_text(node)
        match = _DATELINE.match(text) if len(text) <= 80 else None
        if match is not None and not in_frame(node):
            day, month, year = (int(g) for g in match.groups())
            found = parse_date(f"{day:02d}/{month:02d}/{year}")
            if found is not None:
                return node, found
    return None, None


def _month_order(page: Page, stamp: ParsedDate, from_meta: ParsedDate | None
                 ) -> ParsedDate | None:
    """Settle "3/11/2024 4:45 PM" with what follows the stamp on the page."""
    whole = PageText.of(page.tree.body).text if page.tree.body is not None else ""
    at = whole.find(page.meta_line[:40]) if page.meta_line else -1
    following = whole[at:] if at >= 0 else whole
    us = _us_culture(page.source or "")
    meta_day = from_meta.iso()[:10] if from_meta is not None else None
    # .NET's en-US way of printing a time ("4/1/2025 7:58:00 PM": unpadded, seconds, an
    # English AM/PM; vi-VN prints SA/CH): a weaker sign than any other, deciding alone
    net_us = not us and bool(_NET_US_STAMP.search(page.meta_line or ""))
    # the page's other numeric dates: "4/28/2026" can only be month first, "28/4/2026" day
    # first (a list of other items printed by the same field; read in the source, as the
    # boxes of other items are gone from the tree by now)
    month_first = day_first = 0
    for first, second in _numeric_days(page.source or whole):
        a, b = int(first), int(second)
        month_first += b > 12 >= a >= 1
        day_first += a > 12 >= b >= 1
    return stamps.settle_month_order(stamp, following, us, meta_day, net_us,
                                     today=max(page.clock) if page.clock else None,
                                     page_order=month_first - day_first)


def _numeric_days(text: str) -> list[tuple[str, str]]:
    """The first two numbers of each numeric date in ``text`` ("4/28/2026" -> ("4", "28")):
    found from their years ("/2026", a literal the regex engine scans for quickly), the
    day and month read just before each (a whole page's source in well under a millisecond,
    where one pattern tried at every position took ten)."""
    found: list[tuple[str, str]] = []
    for year in _YEAR_AFTER_SLASH.finditer(text):
        day = _DAY_MONTH_BEFORE.search(text, max(0, year.start() - 6), year.start())
        if day is not None:
            found.append((day.group(1), day.group(2)))
    return found


_YEAR_AFTER_SLASH = re.compile(r"/(?:19|20)\d\d(?![\d/])")
_DAY_MONTH_BEFORE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\Z")


#: A stamp as .NET's en-US culture prints a DateTime ("M/d/yyyy h:mm:ss tt"), one of its
#: day and month unpadded.
_NET_US_STAMP = re.compile(r"(?<![\d/])(?:\d/\d{1,2}|\d{1,2}/\d)/\d{4}\s+\d{1,2}:\d\d:\d\d"
                           r"\s*[AP]M\b")


def _us_culture(source: str) -> bool:
    """``US_CULTURE.search(source)``, run only over the few characters before each
    ``"en-US"`` where a match can start: its value is that literal, after a quote, a ``:``
    or ``=`` between spaces, an optional quote and a name of at most 11 letters (the
    whole-source scan took milliseconds on a 180 KB page)."""
    at = source.find("en-US")
    while at >= 0:
        i = at - 2   # before the quote that opens the value
        if i >= 0 and source[i + 1] in "\"'":
            while i >= 0 and source[i].isspace():
                i -= 1
            if i >= 0 and source[i] in ":=":
                i -= 1
                while i >= 0 and source[i].isspace():
                    i -= 1
                if US_CULTURE.search(source, max(0, i - 11), at + 6):
                    return True
        at = source.find("en-US", at + 1)
    return False


#: An update label and the day and month printed after it ("cập nhật: 18 thg 5",
#: "updated 18/05").
_UPDATE_DAY = re.compile("(?:" + UPDATED_LABEL.pattern + r")\W{0,6}"
                         r"(?:ngày\s*|(?:lúc\s*)?[\d:h]{4,8}\W{1,4}(?:ngày\s*)?)?"
                         r"(\d{1,2})\s*(?:[/.-]|thg|tháng)\s*(\d{1,2})(?!\d|\s*[/.-]\s*\d)",
                         re.IGNORECASE)


def _prints_update_day(page: Page, modified: ParsedDate) -> bool:
    """The page prints, beside its stamp or its headline, an update stamp on the day of
    the metadata's modified time in a form the stamp readers did not take (a year-less
    "18 thg 5"); a sidebar's "Tin mới cập nhật | 18/05/2024" or the text's own words are
    not read."""
    if page.tree.body is None:
        return False
    lower = (page.text or PageText.of(page.tree.body)).lower
    if not UPDATED_LABEL.search(lower):
        return False
    windows = []
    for mark in (page.meta_line, page.art.title or ""):
        at = lower.find(mark[:40].lower()) if mark else -1
        if at >= 0:
            windows.append(lower[max(0, at - 300):at + len(mark) + 300])
    day, month = modified.value.day, modified.value.month
    clock = (modified.value.hour, modified.value.minute)
    # (or its time alone, its day left to the metadata: CoverNews' "Cập nhật lúc 19:02"
    # beside a date-only "17/05/2027", the metadata's modified time 19:02 on the 18th)
    return any(int(m.group(1)) == day and int(m.group(2)) == month
               for window in windows for m in _UPDATE_DAY.finditer(window)) or any(
        (int(m.group(1)), int(m.group(2))) == clock
        for m in _UPDATE_CLOCK.finditer(page.meta_line or ""))


#: An update label with a time of day and no day: "Cập nhật lúc 19:02", "Cập nhật: 19h02".
_UPDATE_CLOCK = re.compile("(?:" + UPDATED_LABEL.pattern + r")\W{0,6}(?:lúc\s*)?"
                           r"(\d{1,2})\s*[:h]\s*(\d{2})(?!\s*(?:\d|[/.-]\s*\d|ngày))",
                           re.IGNORECASE)


def _set_dates(page: Page, published: ParsedDate | None, updated: ParsedDate | None,
               shown: bool = False) -> None:
    """The record's dates; an update equal to the publication only when the page prints it
    (``shown``: "Cập nhật lần cuối" with the stamp's own minute), never from metadata."""
    page.art.published_at = published.iso() if published else None
    if updated is not None and published is not None and (
            shown or updated.iso() != published.iso()) and \
            (published.value.date() - updated.value.date()).days <= 2:
        # (an update dated days before the publication is some other item's, a list's; a
        # scheduled post's "Cập nhật" of the evening before is its own)
        page.art.updated_at = updated.iso()


def _question(page: Page) -> None:
    """A Q&A page ("Hỏi đáp"): the block found is the answer, the question stands before
    it; the body is the block holding both (once the answer's stamp is read), without
    their labels ("Nội dung câu hỏi", "Trả lời") and the asker's details (name, address,
    date sent) in a label/value table."""
    both = auto.question_and_answer(page.body) if page.body is not None else None
    if both is None:
        return
    # (a label standing alone; "<p><strong>Hỏi:</strong> Tôi là …</p>" prints it as the
    # paragraph's first words, and keeps it)
    frame = [n for n in both.css("div, span, p, h2, h3, h4, strong, b, td")
             if len(node_text(n)) <= 30 and auto.QA_LABEL.match(node_text(n))
             and (n.tag not in ("strong", "b", "span") or n.parent is None
                  or node_text(n.parent) == node_text(n))]
    frame += [t for t in both.css("table") if credits.label_rows(t)]
    page.body = both
    for node in outermost(frame):
        page.drop(node)


def _category(page: Page) -> None:
    page.art.category = blocks.category(page.tree, page.prof, page.art.title, page.meta,
                                        page.names, page.title_node, page.url,
                                        page.same_section, page.body) or page.blog_label
    for rsel in page.prof.remove if page.prof else ():
        for node in select(page.tree, rsel, page.names):
            page.drop(node)


#: How a line of a profile's byline-like field becomes a :class:`Byline`.
_FIELD_LINE: dict[str, Callable[[str], Byline]] = {
    "byline": lambda line: parse_byline(line) or Byline(),
    "author": lambda line: parse_byline(line, loose=True) or Byline(),
    "source": lambda line: (p if (p := parse_byline(line)) is not None
                            and p.source is not None else Byline(source=line)),
    "photographer": lambda line: parse_byline(line) or Byline(photographer=line),
    "author_unit": lambda line: Byline(author_unit=line),
}


def _co_author_links(nodes: list[LexborNode]) -> str | None:
    """Two or more people's names, each in an element of its own side by side in one line
    (a theme's co-authors): joined; None otherwise."""
    parent = nodes[0].parent
    if parent is None or any(n.parent is None or n.parent.mem_id != parent.mem_id
                             for n in nodes):
        return None
    names: list[str] = []
    for node in nodes:
        text = node_text(node)
        if not is_person_name(text) or credits.is_account(text):
            return None
        if text not in names:
            names.append(text)
    return ", ".join(names) if len(names) > 1 else None


#: The profile fields that may hold the account that posted the article instead.
_AUTHOR_FIELDS = frozenset({"byline", "author"})


def _bylines(page: Page) -> None:
    byline = Byline()
    for name, read in _FIELD_LINE.items():
        nodes = all_of(page.tree, page.sel(name), page.names)
        if len(nodes) > 1:
            # a sidebar's "about me" box matches a[rel=author] too: chrome only when all are
            nodes = [n for n in nodes if not in_excluded(n)] or nodes
        if name == "author" and len(nodes) > 1:
            # co-authors, each a link of one line ("bởi <a>A</a> và <a>B</a>"): one field
            joined = _co_author_links(nodes)
            if joined:
                byline = merge(byline, Byline(author=joined))
                for node in nodes:
                    page.drop(node)
                continue
        for node in nodes:
            if name in _AUTHOR_FIELDS and credits.posted_by(node):   # "Đăng bởi <a …>"
                text = node_text(node)
                page.poster = page.poster or credits.poster_of(text) or text
                page.drop(node)
                continue
            stacked = credits.stacked_writers(node, page.url) if name in _AUTHOR_FIELDS \
                else None
            if stacked is not None:   # a field of several writers, one value each
                byline = merge(byline, stacked)
                page.drop(node)
                continue
            for line in lines(node, page.url):
                poster = credits.poster_of(line) or (
                    line if name in _AUTHOR_FIELDS and credits.is_account(line) else None)
                if poster is not None:   # "Viết bởi: Super User": who posted, not a byline
                    page.poster = page.poster or poster
                    continue
                byline = merge(byline, read(line))
            page.drop(node)
    if not byline.author:
        above, writer = credits.above_title_byline(page.title_node)
        if writer is not None:
            byline = merge(byline, above)
            page.drop(writer)
    if not (byline.author or byline.source):
        found, poster = credits.auto_byline(page.tree, page.body, page.names, page.url,
                                            page.chrome)
        byline = merge(byline, found)
        page.poster = page.poster or poster
    if not byline.author and page.body is not None:
        # (a source element found, "Nguồn: Sở …", still leaves the writer to look for)
        byline = merge(byline, credits.after_body_byline(page.body, page.url))
    elif byline.author and not (byline.author_unit and byline.photographer) and \
            page.body is not None:
        # the writer's unit or the photographer in a field of its own after the text
        # ("Đơn vị: …", Drupal's "Ảnh" field beside the profile's "Tác giả")
        after = credits.after_body_byline(page.body, page.url)
        if after.author_unit and not byline.author_unit and \
                after.author in (None, byline.author):
            byline = replace(byline, author_unit=after.author_unit)
        if after.photographer and not byline.photographer and \
                after.author in (None, byline.author):
            byline = replace(byline, photographer=after.photographer)
    if byline.author and not byline.author_unit:
        # the unit in an element of its own, named for it ("div.donvi", "lblDonVi")
        unit = credits.unit_element(page.tree, page.body, page.chrome)
        if unit:
            byline = replace(byline, author_unit=unit)
    page.byline = byline


#: A person's card: a writer's or an interviewee's portrait, name and description.
_PERSON_CARD = re.compile(r"author|interviewee|profile-card|person-card", re.IGNORECASE)


def _lead_block(page: Page) -> LexborNode | None:
    """The profile's lead, else a generic lead block next to the body (same article
    wrapper, never a listing elsewhere on the page), else a bold paragraph above it."""
    # (the profile's lead, not an abstract's in a portlet of other items beside the article)
    node = next((n for sel in page.sel("lead") for n in select(page.tree, sel, page.names)
                 if (has_text(n) or n.attributes.get("content") or n.css_first("img"))
                 and not stamps.other_column(n, page.title_node)
                 and not stamps.under_teaser_headline(n, page.title_node)), None)
    body = page.body
    if node is not None or body is None:
        return node
    above = [a.mem_id for a in ancestors(body)]
    near = {page.body_id, *above[:4]}
    # (the blocks around the headline: a teaser's block holds no page's headline)
    headline_block = {a.mem_id for a in ancestors(page.title_node)} \
        if page.title_node is not None else set()
    for cand in select(page.tree, LEAD_SELECTOR, page.names):
        if in_excluded(cand, memo=page.chrome) or not 40 <= len(node_text(cand)) <= 800:
            continue
        if any(_PERSON_CARD.search(up.attributes.get("class") or "")
               for up in (cand, *ancestors(cand)[:3])):
            continue   # (a person card's description line: "td-author-description")
        if cand.mem_id in near or cand.mem_id in above or CAPTION_CLASS.search(
                cand.attributes.get("class") or "") or picture_description(cand):
            continue
        if _in_teasers_box(cand):
            continue   # (other items' links: Squarespace's "summary" block of newer posts)
        if (credits.in_teaser(cand, page.url) and (
                cand.parent is None or cand.parent.mem_id not in headline_block)) or \
                stamps.under_teaser_headline(cand, page.title_node) or _after_a_link(cand):
            continue   # (a featured teaser's sapo over the headline, an abstract under its
            # item's linked headline: another item's)
        if any(a.mem_id in near for a in ancestors(cand)[:4]) or _siblings(cand, body) or (
                _next_to(page.title_node, cand)) or _between(page.title_node, cand, body):
            return cand
    subtitle = next_element(page.title_node)
    if subtitle is not None and subtitle.tag in ("h2", "h3", "p", "div") and (
            80 <= len(text := node_text(subtitle)) <= 800) and text.endswith(
            (".", "!", "?", "…", "”")) and not subtitle.css_first("a, img, p, div"):
        # the headline's subtitle: a sentence set as a heading right under it (a Facebook
        # Instant Article's h2)
        return subtitle
    # a bold sapo above the text, else its first paragraph set larger than the rest
    return blocks.bold_lead_before(body, page.art.title) or _sized_opening(body)


#: An element named for the item's summary ("…_lblTomTat", "sapo", "summary", "mota").
_SUMMARY_NAME = re.compile(r"tom-?_?tat|sapo|summary|mo-?ta|chapeau", re.IGNORECASE)


def _between(headline: LexborNode | None, node: LexborNode, body: LexborNode) -> bool:
    """``node``, named for the summary, stands between the headline and the text, in a block
    (up to four levels above it) holding both: a table-era detail's rows, headline, info
    line, summary, text (WebForms' "lblTieuDe", "lblThongTin", "lblTomTat", "divNoiDung");
    not a player's or a tool's intro set there ("audio-intro")."""
    if headline is None or not _SUMMARY_NAME.search(
            f"{node.attributes.get('id') or ''} {node.attributes.get('class') or ''}"):
        return False
    for up in ancestors(node)[:4]:
        ids = {up.mem_id}
        if within(headline, ids, 12) and within(body, ids, 12):
            return comes_before(up, headline, node) and comes_before(up, node, body)
    return False


def _in_teasers_box(node: LexborNode) -> bool:
    """``node`` is, or is an item of, a box of other items: a block (itself or up to three
    levels up) holding two links or more of a headline's length (six words), their text
    half of the block's or more. A sapo holding a link to the conference it names is none."""
    for block in (node, *ancestors(node)[:3]):
        if block.tag in ("body", "html"):
            return False
        links = [a for a in block.css("a[href]") if len(node_text(a).split()) >= 6]
        if len(links) >= 2:
            return sum(len(node_text(a)) for a in links) >= 0.5 * len(node_text(block))
    return False


def _after_a_link(node: LexborNode) -> bool:
    """``node`` comes right after a linked headline of its own ("<a>Tin nổi bật: …</a>
    <div class=nv-hometext>…</div>" in a box of another item): that item's sapo."""
    prev = prev_element(node)
    if prev is None:
        return False
    link = prev if prev.tag == "a" else prev.css_first("a[href]")
    return link is not None and bool(link.attributes.get("href")) and \
        len(node_text(link)) >= 20 and len(node_text(link)) >= 0.8 * len(node_text(prev))


def _sized_opening(body: LexborNode) -> LexborNode | None:
    """The text's first paragraph set larger than the rest by a utility class (Tailwind's
    "text-xl", Bootstrap's "fs-5"): the sapo, when the paragraph after it is not."""
    kids = [k for k in body.iter() if k.is_element_node]
    first = next((at for at, k in enumerate(kids[:6]) if k.tag == "p"), None)
    paras = kids[first:first + 2] if first is not None else []
    if not paras:
        # the text in a block of its own under the headline's (a tab's pane): its first
        # paragraph and the one after it
        opening = body.css_first("p")
        after = next_element(opening) if opening is not None else None
        paras = [opening, after] if opening is not None and after is not None else []
    if len(paras) < 2 or paras[1].tag != "p":
        return None
    sizes = [set(_TYPE_SIZE.findall(p.attributes.get("class") or "")) for p in paras]
    if sizes[0] and not sizes[0] & sizes[1] and 40 <= len(node_text(paras[0])) <= 800:
        return paras[0]
    return None


#: A utility class setting a paragraph's type larger: "text-xl", "md:text-2xl", "fs-5";
#: Bulma's "is-size-4", Materialize's "flow-text".
_TYPE_SIZE = re.compile(r"(?:^|\s)(?:[a-z]+:)?(text-(?:lg|xl|[2-4]xl)|fs-[2-5]|is-size-[3-5]|"
                        r"flow-text)(?=$|\s)")


#: What a CMS ends a text it cut short with.
_CUT_END = re.compile(r"\s*(?:\.{3}|…)\s*$")


def _cut_of(lead: str, first: str) -> bool:
    """``lead`` is ``first`` cut short, ending in an ellipsis (a description the CMS made
    from the text's first paragraph)."""
    if _CUT_END.search(lead) is None:
        return False
    head = label_key(_CUT_END.sub("", lead))
    return len(head) >= 40 and label_key(first).startswith(head) and len(first) > len(head)


def _next_to(title: LexborNode | None, cand: LexborNode) -> bool:
    """``cand`` is the headline's next element (a subtitle printed under it, however far
    the body is: Odoo's cover holds headline and subtitle)."""
    sib = next_element(title)
    return sib is not None and sib.mem_id == cand.mem_id


def _siblings(a: LexborNode, b: LexborNode) -> bool:
    """Two children of one parent (a page whose blocks sit right under ``<body>``)."""
    return a.parent is not None and b.parent is not None and a.parent.mem_id == b.parent.mem_id


def _lead(page: Page) -> None:
    page.lead_node = _lead_block(page)
    signed = credits.italic_signature(page.lead_node)
    page.lead_signature = (f"({signed})", Byline(author=signed)) if signed else \
        credits.signature_line(page.lead_node)
    lead = page.lead_walk = BodyWalk(page.url, page.captions())
    if page.lead_node is not None:
        walk(page.lead_node, lead, "", "")
        lead.flush("")
        page.drop(page.lead_node)
    # images outside the body (lead image)
    for node in all_of(page.tree, page.sel("images"), page.names):
        walk(node, lead, "", "")
        lead.flush("")
        node.decompose()
    if page.body is not None and not page.sel("images"):
        for node in [*blocks.lead_images(page.body, page.title_node, page.url),
                     *blocks.trailing_pictures(page.body, page.url)]:
            if blocks.caption_field(node):
                # the caption of the picture before it, in a field of its own
                lead.captions.append(node_text(node))
                node.decompose()
                continue
            # a picture block: keep its images, captions and photo credits, nothing else
            # (not a screen reader's "Chú thích ảnh" before its caption)
            for hidden in hidden_nodes(node, page.names):
                if hidden.mem_id != node.mem_id:
                    hidden.decompose()
            pic = BodyWalk(page.url, page.captions())
            walk(node, pic, "", "")
            pic.flush("")
            lead.images.extend(pic.images)
            lead.captions.extend(pic.captions)
            lead.credits.extend(pic.credits)
            lead.credits.extend(p.text for p in pic.paras if is_credit(p.text))
            node.decompose()


#: A block named for pictures (a gallery field, a slider, an album) or labelled so.
_GALLERY_NAME = re.compile(r"galler|slide|album|carousel|field-?image|field-?anh|anh-?hoat|"
                           r"hinh-?anh|photo", re.IGNORECASE)
_GALLERY_LABEL = re.compile(r"^(?:hình\s*ảnh|ảnh|album|thư\s*viện\s*ảnh|một\s*số\s*hình\s*ảnh)",
                            re.IGNORECASE)


def _abstract_quote(body: LexborNode) -> str | None:
    """A block quotation opening the text that is its abstract (a study's "Bài viết phân
    tích …" set in a ``<blockquote>`` by a static-site theme): a paragraph's length, not a
    quotation (no opening quote mark) nor an epigraph (no attribution after it)."""
    first = next((c for c in body.iter() if c.is_element_node and has_text(c)), None)
    if first is None or first.tag != "blockquote":
        return None
    text = node_text(first)
    if not 150 <= len(text) <= 700 or text[:1] in "“\"«'‘" or text.endswith(")") or \
            any(line.strip()[:1] in "—–-" for line in lines(first, "")):
        return None
    return text


def _gallery_after(body: LexborNode) -> list[LexborNode]:
    """The items of the article's gallery set after its text block, outside it (Drupal's
    image field "Hình ảnh hoạt động" after the body field, a slider under the text): the
    next block after the text's (or its wrapper's, within the article's column) named for
    pictures or labelled "Hình ảnh…", holding two pictures or more, no links, no buttons and
    little text besides their captions; each item a picture with its caption."""
    cur: LexborNode | None = body
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html", "aside") or \
                _COLUMN.search(cur.attributes.get("class") or ""):
            break   # (never across into the next column of the layout)
        sib = cur.next
        while sib is not None and not sib.is_element_node:
            sib = sib.next
        if sib is not None and not in_excluded(sib):
            pictures = sib.css("img")
            named = _GALLERY_NAME.search(" ".join(
                f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}"
                for n in (sib, *sib.css("div")[:3])))
            label = sib.css_first("h2, h3, h4, .field-label, [class*=label], [class*=title]")
            if len(pictures) >= 2 and (named or (label is not None and _GALLERY_LABEL.match(
                    node_text(label)))) and sib.css_first("a[href], [onclick], button") is None \
                    and text_length(sib) <= 220 * len(pictures):
                return [item for img in pictures if (item := _picture_item(img, sib))]
        if cur.tag == "article":
            break
        cur = cur.parent
    return []


_COLUMN = re.compile(r"(?:^|\s)col(?:-|\s|$)|sidebar|column", re.IGNORECASE)


def _picture_item(img: LexborNode, block: LexborNode) -> LexborNode | None:
    """The element around ``img`` in ``block`` that holds it alone with its caption."""
    item = img.parent
    while item is not None and item.mem_id != block.mem_id and not has_text(item) and \
            len(item.css("img")) == 1:
        item = item.parent
    if item is None or item.mem_id == block.mem_id or len(item.css("img")) != 1 or \
            not has_text(item):
        return None
    return item


def _walk_body(page: Page) -> None:
    art, lead = page.art, page.lead_walk or BodyWalk(page.url, ())
    st = BodyWalk(page.url, page.captions(), printed_attrs=page.printed_attrs)
    st.images = list(lead.images)
    st.captions = list(lead.captions)
    abstract = _abstract_quote(page.body) if page.body is not None else None
    if page.body is not None:
        for block in _facts_before_text(page.body):
            # what stands over the text holding the post's facts, read by the steps before:
            # Tailwind's "not-prose" meta row (stamps, reading time), a definition list of
            # facts (Joomla's "dl.article-info": Ngày tạo, Ngày xuất bản, Viết bởi)
            page.drop(block)
        if page.body.tag == "article":
            # an <article>'s own header and footer (kicker, headline, subtitle, byline,
            # stamps, cover, copyright) are read by the steps before, not walked as text
            own = [p for p in page.body.iter() if p.tag in ("header", "footer")]
            for part in own if not page.sel("body") else ():
                page.drop(part)
        walk(page.body, st, "", "")
        st.flush("")
        for item in _gallery_after(page.body):
            walk_figure(item, st)
    meta_byline = page.meta_byline
    shooters: list[str] = []   # each picture's own credit ("Ảnh: Lê Hùng" … "Ảnh: Mai Chi")
    for credit in (*lead.credits, *st.credits):
        parsed = parse_byline(credit) or Byline()
        meta_byline = merge(meta_byline, parsed)
        if parsed.photographer and parsed.photographer not in shooters:
            shooters.append(parsed.photographer)
    if len(shooters) > 1 and meta_byline.photographer == shooters[0]:
        meta_byline = replace(meta_byline, photographer=", ".join(shooters))
    paras = credits.peel_bylines(_without_teasers_after(st.paras), art,
                                 merge(page.byline, meta_byline),
                                 title=art.title, poster=page.poster,
                                 header=lambda: credits.header_byline(page.title_node,
                                                                      page.body),
                                 stamp=page.meta_line)
    while paras and paras[-1].linked and _HASHTAGS.match(paras[-1].text):
        # a line of hashtags closing the text ("#chính quyền hai cấp #cải cách"): its tags
        tags = [t.strip() for t in paras.pop().text.split("#") if t.strip()]
        art.tags = art.tags or tags
    paras = _without_repeats(paras)
    page.teasers = _teasers(paras)
    lead_paras = [p.text for p in lead.paras if not is_chrome(p.text)]
    if lead_paras:
        lead_paras[0] = LEAD_LABEL.sub("", lead_paras[0])   # "Tóm tắt: …"
        lead_paras = [p for p in lead_paras if p]
    if lead_paras and paras and EDITOR_NOTE.match(paras[0].text) and \
            not EDITOR_NOTE.match(lead_paras[0]):
        # the editors' preface opening the text ("LTS: … giới thiệu bài ghi chép của nhóm
        # phóng viên …") over a sapo of the text's own: the paper's words about the piece,
        # neither lead nor text (alone over the text, it is the lead, as printed)
        paras = paras[1:]
    if not lead_paras and page.title_lead:
        lead_paras = [page.title_lead]
    elif page.lead_node is None and paras and page.body is not None and not paras[0].cells:
        opening = paras[0]   # (a table's header row opening the text is no lead)
        # (an italic opening too, an interview's introduction, when the text after it is not
        # set in italics itself)
        italic = opening.italic and not opening.bold and len(paras) > 1 and len(
            opening.text) >= 80 and not (paras[1].italic and not paras[1].bold) \
            and not opening.align and not _NO_ITALIC_LEAD.search(opening.text)
        if ((opening.bold or italic or EDITOR_NOTE.match(opening.text)
             or opening.text == abstract)
                and len(opening.text) >= 60 and not opening.heading
                and not NUMBERED_HEADING.match(opening.text)):
            lead_paras = [opening.text]
            paras = paras[1:]
    ending = page.lead_signature
    if lead_paras and art.author is None and ending and lead_paras[-1].endswith(ending[0]):
        # a sapo signed at its end, in parentheses ("… <em>(Thanh Phong)</em>") or on a line
        # of its own ("… tại bản.<br><em>Lò Thị Hương (Văn phòng Đảng ủy xã)</em>"): the
        # writer (and unit), not the sapo's words
        text = lead_paras[-1][: -len(ending[0])].rstrip()
        if paras and paras[0].text == lead_paras[-1]:
            paras[0] = replace(paras[0], text=text, lines=(text,))
        lead_paras[-1], art.author = text, ending[1].author
        art.author_unit = art.author_unit or ending[1].author_unit
    if lead_paras and paras and label_key(paras[0].text) == label_key(" ".join(lead_paras)):
        paras = paras[1:]   # the sapo printed again as the text's first paragraph: once
    elif len(lead_paras) == 1 and paras and _cut_of(lead_paras[0], paras[0].text):
        # the CMS's cut of the first paragraph ("… những năm qua việc học tập và…") set as
        # the sapo: no lead of its own, and the paragraph once
        lead_paras = []
    art.lead = " ".join(lead_paras) or None
    art.body = "\n\n".join([*lead_paras, *(p.text for p in paras), *_notes(page)])
    art.captions, art.images = _without_file_names(*_without_counters(st.captions, st.images))
    if art.author is None and page.meta.authors:
        # metadata names stand in for a byline only when they are people's names
        people = [a for a in page.meta.authors if is_person_name(a) and not credits.is_account(a)]
        art.author = ", ".join(people) or None
    if art.photographer and _THE_WRITER.match(art.photographer):
        art.photographer = art.author   # "Ảnh: Tác giả": the pictures are the writer's own



def _drawn_labels(tree: LexborHTMLParser) -> None:
    """A stamp's label drawn by the page's own style ("<style>.gf-upd::before{content:
    "Cập nhật:"}</style>" over a bare "<time class=gf-upd>"): written before the stamp's
    text, as a reader sees it. Only a class's label of a date (published, updated) and only
    over an element that opens with a digit."""
    styles = " ".join(node.text(deep=True) or "" for node in tree.css("style"))
    if "before" not in styles or "content" not in styles:
        return
    for selector, label in _BEFORE_RULE.findall(styles[:200_000]):
        label = label.strip()
        if not (UPDATED_LABEL.search(label) or PUBLISHED_CUE.search(label)):
            continue
        try:   # (the rule's whole selector: ".box-tin-moi .time" is the sidebar's alone)
            nodes = tree.css(selector.strip())
        except SelectolaxError:   # (a selector lexbor does not read: no label)
            continue
        for node in nodes:
            first = node.child
            if first is not None and first.is_text_node and \
                    (first.text_content or "").lstrip()[:1].isdigit():
                first.insert_before(f"{label} ")


#: A style rule drawing a text before a class's elements: ".gf-upd::before{content:"…"}".
_BEFORE_RULE = re.compile(r"(?:^|[}{,;])\s*([^{},;]{1,200}?\.[\w-]{1,60})::?before\s*\{"
                          r"[^{}]{0,300}?content\s*:\s*[\"']([^\"'{}]{1,40})[\"']", re.IGNORECASE)


#: A picture credit naming the writer by their role ("Ảnh: Tác giả", "Ảnh: TG").
_THE_WRITER = re.compile(r"^(?:tác\s*giả(?:\s*bài\s*viết)?|tg)\.?$", re.IGNORECASE)


#: A teaser line's mark: "»", "›", "▪", "►" (not a list's "-" or "•" nor a number).
_TEASER_MARK = re.compile(r"^[»›▪►]\s*\S")
#: A day in parentheses closing a line: "(03/02/2027)", "(3/2)".
_DATED_TAIL = re.compile(r"\(\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\)\s*$")


def _without_teasers_after(paras: list[Para]) -> list[Para]:
    """The text without other items' headlines closing it, a line each and no heading over
    them ("» <a>Đảng bộ xã … trao Huy hiệu Đảng …</a> (03/02/2027)", a list of such after
    the signature): related items, no text."""
    count = 0
    while count < len(paras) - 1 and _teaser_line(paras[-1 - count]):
        count += 1
    if count and paras[-1 - count].text.rstrip().endswith(":"):
        return paras   # (under a label of its own: "Tài liệu tham khảo:", "Văn bản đính kèm:")
    if count >= 2 or (count == 1 and _TEASER_MARK.match(paras[-1].text)
                      and _DATED_TAIL.search(paras[-1].text)):
        return paras[:-count]
    return paras


def _teaser_line(para: Para) -> bool:
    """Another item's headline on a line of its own: mostly a link, a teaser's mark before
    it or its day after it."""
    return para.mostly_linked and not para.heading and len(para.text) <= 220 and bool(
        _TEASER_MARK.match(para.text) or (_DATED_TAIL.search(para.text) and not
                                          _NUMBERED_LINE.match(para.text)))


#: A numbered line ("1. …", "2) …"): a list of references or documents, not teasers.
_NUMBERED_LINE = re.compile(r"^\s*(?:\d{1,3}|[a-z])\s*[.)]\s")


def _without_repeats(paras: list[Para]) -> list[Para]:
    """The text without a pull quote: a short paragraph that repeats, word for word, one
    sentence of a longer paragraph (a quote block set large beside the text, an EasyBlog
    "quotes" block) is there once, where the text has it. A paragraph printed twice (a
    song's refrain) stays twice."""
    sentences: set[str] = set()
    for para in paras:
        if len(para.text) > _REPEAT:
            parts = _SENTENCE_END.split(para.text)
            if len(parts) > 1:
                sentences.update(label_key(p).strip(_QUOTES) for p in parts)
    if not sentences:
        return paras
    return [para for para in paras if para.heading or not (
        _REPEAT <= len(para.text) <= _REPEAT_MAX
        and label_key(para.text).strip(_QUOTES) in sentences)]


#: Characters of a paragraph repeating a sentence of another to be a pull quote (a short
#: line, "Ảnh: Thu Hà", may well recur), and at most (a sentence, not a passage).
_REPEAT, _REPEAT_MAX = 40, 400
#: Where a sentence ends inside a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[“\"'‘«(]?[A-ZÀ-Ỹ0-9])")
_QUOTES = " “”\"'.‘’«»"


def _facts_before_text(body: LexborNode) -> list[LexborNode]:
    """The blocks of ``body`` before its first paragraph of prose (60 characters or more)
    that hold the post's facts, not its text: a child marked "not-prose" (no picture in it:
    a cover set apart is the article's), a definition list whose items are short, most of
    them a label and its value or a date (a list inside the text, a notice's terms, is
    text)."""
    found: list[LexborNode] = []
    for node in body.traverse():
        if node.tag == "p" and len(node_text(node)) >= 60:
            break
        if (node.tag == "dl" and _facts(node)) or _meta_row(node, body):
            found.append(node)
    return outermost(found)


def _meta_row(node: LexborNode, body: LexborNode) -> bool:
    """A child of ``body`` marked "not-prose" (Tailwind's), with no picture in it."""
    return node.parent is not None and node.parent.mem_id == body.mem_id and \
        "not-prose" in (node.attributes.get("class") or "").split() and \
        node.tag != "figure" and node.css_first("img, picture, video, iframe") is None


def _facts(info: LexborNode) -> bool:
    """A definition list of a post's facts: every item short, most of them a label and
    its value ("Ngày xuất bản: …", "Viết bởi …") or a date."""
    items = [t for i in info.iter() if i.tag in ("dt", "dd") and (t := node_text(i))]
    if len(items) < 2 or any(len(t) > 80 for t in items):
        return False
    return sum(bool(_FACT.search(t) or find_dates(t)) for t in items) * 2 >= len(items) + 1


#: A fact's label in a post's info list.
_FACT = re.compile(r"^[^:：]{2,30}[:：]|^(?:viết|đăng|gửi)\s+bởi\b|^(?:chi\s*tiết|details?)$",
                   re.IGNORECASE)


#: A line of hashtags: every word in it belongs to one "#…" tag.
_HASHTAGS = re.compile(r"^(?:#[^\s#][^#]*)+$")


#: An italic opening that is no sapo: a quotation or a note in brackets, a question, a
#: picture's caption ("… Ảnh: Minh Anh"), a document's preamble ("Căn cứ …").
_NO_ITALIC_LEAD = re.compile(r"^\W{0,3}[(“\"«\[]|\?\W{0,3}$|\b(?:ảnh|hình|photo)\s*:|"
                             r"^(?:căn\s+cứ|phóng\s+viên|pv)\b", re.IGNORECASE)


def _missing(page: Page) -> None:
    art = page.art
    art.missing = [name for name, value in (("title", art.title),
                                            ("published_at", art.published_at),
                                            ("body", art.body)) if not value]
    if art.missing:
        log.warning("%s: extracted without %s (profile %s)", page.url,
                    ", ".join(art.missing), art.profile)


Step = Callable[[Page], None]
STEPS: tuple[Step, ...] = (_drop_noise, _profile_tags, _related, _tags, _body, _title,
                           _dates, _question, _category, _bylines, _lead, _walk_body,
                           _missing)


# -- entry points -------------------------------------------------------------------------------
def _parse(page: bytes | str | LexborHTMLParser,
           content_type: str | None) -> tuple[LexborHTMLParser, str | None]:
    if isinstance(page, LexborHTMLParser):
        return page, None
    utf8: bytes | None = None
    if isinstance(page, bytes):
        text, utf8 = decode_page(page, content_type)
    elif isinstance(page, str):
        text = page
    else:
        raise ExtractError(f"cannot extract from {type(page).__name__}")
    if not text.strip():
        raise ExtractError("empty page")
    # the body as it came, when it is the text in UTF-8: spares the parser re-encoding it
    return parse(utf8 if utf8 is not None else text), text


def _teasers(paras: list[Para]) -> int:
    """The headlines of other items the body holds, when it reads as a list of them: six
    or more paragraphs that are one link each, a quarter of its paragraphs or more (a
    blog's or a section's page of teasers reached at an article's address: "Headline" /
    "Section" / "(TĐBH) - Teaser …"). 0 for an article (its links are words of the text)."""
    linked = sum(1 for p in paras if p.linked and 15 <= len(p.text) <= 200)
    return linked if linked >= 6 and linked * 4 >= len(paras) else 0


def _extract_page(tree: LexborHTMLParser, source: str | None, url: str, profile: str,
                  use_profiles: bool) -> Page:
    if tree.body is None:
        tree = _noframes(tree) or tree
    if tree.body is None:
        raise ExtractError(f"{url}: no <body> to extract from")
    names = page_names(tree)
    prof: Profile | None = None
    if use_profiles and profile != "auto-only":
        prof = detect(tree, url, source, names) if profile == "auto" else load_profile(profile)
    page = Page(tree, url, prof, names, auto.read_meta(tree, url),
                Article(url=url, profile=prof.name if prof else "auto"), source=source)
    for step in STEPS:
        step(page)
    return page


def _extract(tree: LexborHTMLParser, source: str | None, url: str, profile: str,
             use_profiles: bool) -> Article:
    return _extract_page(tree, source, url, profile, use_profiles).art


def _noframes(tree: LexborHTMLParser) -> LexborHTMLParser | None:
    """A frameset page's ``<noframes>`` content (where old portals print the article for
    browsers without frames; parsers keep it as text) as a page of its own, under the
    frameset's head."""
    node = tree.css_first("noframes")
    inner = node.text(deep=True) if node is not None else ""
    if not inner or "<" not in inner:
        return None
    head = tree.head.html if tree.head is not None else ""
    found = parse(f"<html>{head}<body>{inner}</body></html>")
    return found if found.body is not None else None


@dataclass(slots=True)
class ExtractedPage:
    """What :func:`extract_page` reads from a response."""

    article: Article
    canonical: str | None     # the page's rel=canonical, absolute (NFC), not yet judged
    gone: str | None = None   # why the page is no article though it has the shape of one
    sections: tuple[str, ...] = ()   # the sections its trail links (absolute)
    parts: tuple[str, ...] = ()      # its further pages, when split over several (absolute)
    teasers: int = 0                 # headlines of other items its body holds (a list page)
    whole: str | None = None         # the whole article on one page, when split ("Xem toàn bài")


#: Why a sign-in form is no article (``ExtractedPage.gone``): an archived article answering
#: with it is withdrawn, never taken for moved.
SIGN_IN_FORM = "a login form"
#: A sign-in page's headline ("Đăng nhập hệ thống", "Login"): with a password field and no
#: date, the page is the form (a sidebar's login box beside a short notice is not).
_SIGN_IN_TITLE = re.compile(r"^\W*(?:đăng\s*nhập|log\s*-?\s*in|sign\s*-?\s*in)\b", re.IGNORECASE)
#: Under this many characters of text, a page saying it is gone is its notice, not a story.
_NOTICE_CHARS = 300


def _sign_in_form(tree: LexborHTMLParser) -> bool:
    """A password field in the box that holds the page's headline (a sidebar's login box
    beside an article is not the page)."""
    for field_ in tree.css("input[type=password]"):
        for up, box in enumerate(ancestors(field_)):
            if up >= 4 or box.tag in ("body", "html") or is_excluded(box):
                break   # (a sidebar's, a header's login box)
            if box.css_first("h1") is not None:
                return True
    return False


def _not_found_notice(node: LexborNode) -> bool:
    """A short visible notice (not a form's: a search's "no result") that opens with the
    site's not-found text. The form a WebForms or JSF page wraps the whole page in (its
    state's hidden field in it) is the page, no form of its own."""
    text = node_text(node)
    found = NOT_FOUND_TEXT.search(text)
    return found is not None and found.start() <= 40 and text_length(node) <= 200 and \
        not unseen(node) and not any(a.tag == "form" and a.css_first(_PAGE_STATE) is None
                                     for a in ancestors(node))


#: The hidden field of a page's state a server-side form framework writes into the form
#: wrapping the whole page (ASP.NET WebForms, JSF).
_PAGE_STATE = 'input[name="__VIEWSTATE"], input[name="javax.faces.ViewState"]'


_NOT_FOUND = "the site's page-not-found text (a soft 404)"


def _not_found_notices(tree: LexborHTMLParser) -> bool:
    """A portal's alert or notice saying the page is not found ("Không tìm thấy nội dung
    được yêu cầu.", "Tin này không tồn tại hoặc đã bị xóa!"), read before extraction drops
    any of it as the frame's."""
    return any(_not_found_notice(n) and not in_excluded(n)
               for n in [*tree.css('[class*="alert"], [class*="error"], [class*="not-found"], '
                                   '[class*="notfound"]')[:20],
                         *tree.css('[class*="thong_bao"], [class*="thongbao"], '
                                   '[class*="thong-bao"], [class*="notice"]')[:20]])


def _notice_in_place(tree: LexborHTMLParser, art: Article, notice: bool) -> bool:
    """The not-found ``notice`` in the content's place, the frame's boxes and clock around
    it (whatever day the frame shows): no date of the article's, or no headline."""
    return notice and (art.published_at is None or (not any(
        node_text(h) for h in tree.css("h1")) and not any(
            len(node_text(h)) >= 20 for h in tree.css("h2"))))   # (no headline, an h2's)


def _has_prose(body: str) -> bool:
    """A paragraph of prose in ``body``: 100 characters or more closing on a full stop."""
    return any(len(p) >= 100 and p.rstrip().endswith((".", "!", "?", "”", "\"", "…"))
               for p in body.split("\n\n"))


def gone_reason(tree: LexborHTMLParser, art: Article, signs_in: bool = False,
                notice: bool = False) -> str | None:
    """Why a page answered with 200 holds no article: the site's "not found" text and no
    date (a soft 404: a deleted item a stale listing still links), a shell the site keeps
    out of search engines (``noindex``) with a line of text at most ("Nội dung bài viết đang
    được biên tập lại": a withdrawn item), or a sign-in form, short and undated (an article
    made private). None for an article."""
    body = art.body or ""
    if len(body) >= _NOTICE_CHARS:
        # (the frame's lines read as a text where the notice is all the content holds: no
        # paragraph of prose in it)
        return _NOT_FOUND if not _has_prose(body) and _notice_in_place(tree, art, notice) \
            else None
    if art.published_at is None and (NOT_FOUND_TEXT.search(body)
                                     or NOT_FOUND_TEXT.search(art.title or "")):
        return _NOT_FOUND
    if _notice_in_place(tree, art, notice):
        return _NOT_FOUND
    if art.published_at is None and (TAKEN_DOWN_TEXT.search(body) or (
            len(body) <= 200 and EXPIRED_TEXT.search(body))):
        return "the site's notice that the item was taken down"
    robots = tree.css_first('meta[name="robots"], meta[name="ROBOTS"], meta[name="Robots"]')
    if robots is not None and "noindex" in (robots.attributes.get("content") or "").lower() \
            and len(body) < 200:
        return "a shell kept out of search engines (noindex), with no text"
    if art.published_at is None and signs_in and _SIGN_IN_TITLE.match(art.title or ""):
        # an article made private answering with the site's sign-in form
        return SIGN_IN_FORM
    return None


def extract_page(body: bytes, url: str, profile: str = "auto",
                 content_type: str | None = None) -> ExtractedPage:
    """The one door from a response body to a record, for the crawler (in a worker process
    when it has some: only picklable values in and out) and ``reextract`` alike: decode,
    parse once, read the canonical link, extract."""
    tree, source = _parse(body, content_type)
    node = tree.css_first("link[rel=canonical][href]")
    href = node.attributes.get("href") if node is not None else None
    canonical = resolve(url, unicodedata.normalize("NFC", href)) if href else None
    # the sections its trail names (before extraction takes the trail), on a page with one
    sections = tuple(blocks.trail_links(tree, url)) if (
        b"rumb" in body or b"pathway" in body) else ()
    # (read against the page's canonical address when it names one, or the address its
    # query names: a copy of the article at another address, "index.php?p=tin-tuc/…",
    # links the same further pages)
    parts, own = blocks.article_parts(tree, url, body), url
    for other in (canonical, blocks.named_address(url)):
        if parts:
            break
        if other and other != url:
            parts, own = blocks.article_parts(tree, other, body, by_query=False), other
    whole = blocks.whole_address(tree, own, parts) if parts else None
    signs_in = _sign_in_form(tree)   # (read before forms go as noise)
    notice = _not_found_notices(tree)   # (and before the frame's boxes go)
    page = _extract_page(tree, source, url, profile, True)
    art = page.art
    return ExtractedPage(art, canonical, gone_reason(tree, art, signs_in, notice), sections,
                         parts, page.teasers, whole)


def same_headline(one: str | None, other: str | None) -> bool:
    """Two pages carry one article's headline (a further page may add "(tiếp theo)" or its
    number after it)."""
    a, b = label_key(one or ""), label_key(other or "")
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def join_parts(article: Article, parts: Sequence[Article]) -> None:
    """Append to ``article`` (an article's first page) the text, captions and pictures of
    its further pages, in order: each paragraph once (a part repeating the sapo or the
    first page's last paragraph adds nothing); the byline closing the last page fills what
    the first page lacks."""
    have = set(article.body.split("\n\n")) if article.body else set()
    added: list[str] = []
    for part in parts:
        for para in part.body.split("\n\n") if part.body else ():
            if para and para not in have:
                have.add(para)
                added.append(para)
        article.captions += [c for c in part.captions if c not in article.captions]
        srcs = {image.src for image in article.images}
        article.images += [image for image in part.images if image.src not in srcs]
    if added:
        article.body = "\n\n".join(filter(None, [article.body, *added]))
    if parts:
        last = parts[-1]
        article.author = article.author or last.author
        article.author_unit = article.author_unit or last.author_unit
        article.source = article.source or last.source
        article.photographer = article.photographer or last.photographer


def extract(page: bytes | str | LexborHTMLParser, url: str, profile: str = "auto",
            content_type: str | None = None, *, use_profiles: bool = True) -> Article:
    """Turn one page into an :class:`Article` (see the module docstring). ``profile`` is a
    profile name, ``auto`` (detect the family, heuristics for what it misses) or
    ``auto-only`` (heuristics alone); the record always has every field, missing ones
    empty and named in ``missing``."""
    tree, source = _parse(page, content_type)
    return _extract(tree, source, url, profile, use_profiles)
