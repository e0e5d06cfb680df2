"""The blocks around an article's text: pictures placed before it, a bold sapo above it,
its tags, and its category (the breadcrumb item nearest the article)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.auto import Meta
from archiver.byline import is_person_name
from archiver.dates import find_dates, is_stamp_line
from archiver.dom import (
    PageText,
    _ident,
    ancestors,
    clean,
    has_text,
    in_excluded,
    is_bold,
    is_chrome,
    is_excluded,
    label_key,
    node_text,
    split_camel,
    text_length,
)
from archiver.extract.nodes import elements_before, links_elsewhere, next_element, within
from archiver.profiles import Profile
from archiver.selectors import PageNames, select
from archiver.urls import host_of, resolve
from archiver.vocab import (
    ACTIVE_SECTION,
    ATTACHMENTS_LABEL,
    BANNER,
    CATEGORY_LABEL,
    CATEGORY_SELECTORS,
    CRUMB_SPLIT,
    DOCUMENTS_LABEL,
    FILE_HREF,
    HIDDEN_CLASSES,
    HOME_CRUMBS,
    NOT_SECTION_TEXT,
    NOT_SECTION_URL,
    PAGE_LABEL_CRUMB,
    PERSON_CARD_HEADING,
    PERSON_FACT_LINE,
    PICTURE_BLOCK,
    PORTLET_TITLES,
    PREV_NEXT,
    TAG_LABEL,
)

__all__ = [
    "MAX_PARTS",
    "article_parts",
    "attachment_boxes",
    "author_cards",
    "auto_tags",
    "bold_lead_before",
    "category",
    "closing_links",
    "is_category_link",
    "is_tag_label",
    "kicker",
    "lead_images",
    "part_number",
    "person_cards",
    "picture_blocks",
    "player_boxes",
    "same_section_heading",
    "tab_bars",
    "tag_lists",
    "teaser_lists",
    "text_list",
    "trail_links",
    "trailing_pictures",
]


def attachment_boxes(body: LexborNode) -> list[LexborNode]:
    """Boxes of files attached to the article inside its text: a label naming them ("Tài
    liệu đính kèm", "File đính kèm:") over links to files (Contao's ``ce_downloads``, a
    theme's "attachments" list) — the label and its files, with their sizes, and nothing
    else. The files stay linked in the page's capture; they are no words of the text."""
    found: list[LexborNode] = []
    for label in body.css("h2, h3, h4, h5, h6, p, div, strong, b, span, legend, caption, th"):
        text = node_text(label)
        if not text or len(text) > 40 or any(within(label, {f.mem_id}, 8) for f in found):
            continue
        if DOCUMENTS_LABEL.match(text):
            found += _documents_box(label)
            continue
        if not ATTACHMENTS_LABEL.match(text):
            continue
        box: LexborNode | None = None
        for up in (label, *ancestors(label)[:3]):
            if up.mem_id == body.mem_id:
                break
            files = [a for a in up.css("a[href]") if FILE_HREF.search(a.attributes.get("href")
                                                                      or "")]
            rest = _FILE_NOTES.sub("", node_text(up).replace(text, "", 1))
            for a in files:
                rest = rest.replace(node_text(a), "", 1)
            if files and len(rest.strip(" :;,.-|()")) <= 20:
                box = up   # (the label and its files: names, sizes, "Tải về")
            elif files or len(rest) > 40:
                break
        if box is not None:
            found.append(box)
            continue
        # the label alone in the text, the list of files after it
        after = next_element(label)
        files = [a for a in after.css("a[href]") if FILE_HREF.search(
            a.attributes.get("href") or "")] if after is not None else []
        rest = node_text(after) if after is not None else ""
        for a in files:
            rest = rest.replace(node_text(a), "", 1)
        if after is not None and after.tag in ("ul", "ol", "table", "div") and files and \
                len(_FILE_NOTES.sub("", rest).strip(" :;,.-|()")) <= 20:
            found += [label, after]
    return found


def _documents_box(label: LexborNode) -> list[LexborNode]:
    """A "Văn bản liên quan" label and the table or list after it whose every row links
    a document (its file or its page), with the box holding just the two; nothing when a
    row links anything else (a list of related news under that name is left to the
    related-items reader)."""
    after = next_element(label)
    if after is None or after.tag not in ("table", "ul", "ol", "div"):
        return []
    rows = [r for r in after.css("tr") if r.css_first("td") is not None] or after.css("li")
    if not rows or not all(any(
            FILE_HREF.search(href := a.attributes.get("href") or "")
            or _DOCUMENT_PAGE.search(href) for a in row.css("a[href]")) for row in rows):
        return []
    box = label.parent
    if box is not None and box.tag == "div" and \
            len(node_text(box)) <= len(node_text(label)) + len(node_text(after)) + 20:
        return [box]
    return [label, after]


#: What a list of files prints beside their names: sizes, "Tải về", a type, a count.
_FILE_NOTES = re.compile(r"\(?\s*[\d.,]+\s*[KMG]i?B\s*\)?|tải\s*về|tải\s*xuống|download|xem|"
                         r"\b(?:pdf|docx?|xlsx?|zip|rar)\b|lượt\s*tải:?\s*\d*", re.IGNORECASE)


#: A document's page on a portal ("/van-ban/…", "/vanban/…", "/tai-lieu/…").
_DOCUMENT_PAGE = re.compile(r"/(?:van-?ban|tai-?lieu|documents?|vbpq|vbqppl)(?:[/_-]|\.|$)",
                            re.IGNORECASE)
#: A document's title: its kind and number ("Nghị quyết số 10-NQ/TU", "Kế hoạch 112/KH-UBND").
_DOCUMENT_TITLE = re.compile(r"^(?:nghị\s*quyết|quyết\s*định|kế\s*hoạch|thông\s*báo|chỉ\s*thị|"
                             r"công\s*văn|hướng\s*dẫn|kết\s*luận|quy\s*định|báo\s*cáo|tờ\s*trình|"
                             r"thông\s*tư|nghị\s*định|luật)\s+(?:số\s*)?\d", re.IGNORECASE)


#: A block named as a writer's card: "post__bio", "author-bio", "author-box", "about-author".
_AUTHOR_CARD = ('[class*=bio], [class*=author-box], [class*=authorbox], [class*=about-author], '
                '[class*=author-info], [class*=author-card]')


def author_cards(body: LexborNode) -> list[LexborNode]:
    """Writers' cards set inside the article's block (Publii's "post__bio": an avatar, the
    writer's name linked to their page, a line about them): a profile, no words of the
    text. Short (600 characters at most), holding the writer's link (``rel=author`` or an
    author's page) and no paragraph of more than one sentence's length."""
    found: list[LexborNode] = []
    for node in body.css(_AUTHOR_CARD):
        if node.mem_id == body.mem_id or text_length(node) > 600:
            continue
        names = node.attributes.get("class") or ""
        if not re.search(r"(?:^|[\s_-])(?:bio|author(?:box|-box|-info|-card)?|about-author)"
                         r"(?:$|[\s_-])", names, re.IGNORECASE):
            continue
        if node.css_first('a[rel~="author"], a[href*="/author"], a[href*="/tac-gia"]') is None:
            continue
        found.append(node)
    return found


#: Inline elements a block's one link may sit in (``<p><a><font>…</font></a></p>``,
#: ``<p><font><a>…</a></font></p>``).
_INLINE = frozenset({"font", "span", "b", "strong", "em", "i", "u", "small"})
#: What a text's tools row says ("In trang | Trở về", "Lên đầu trang").
_TOOL_WORDS = re.compile(r"\b(?:in\s+(?:trang|bài)|trở\s+về|quay\s+lại|lên\s+đầu\s+trang|"
                         r"về\s+đầu\s+trang|gửi\s+(?:email|bài)|chia\s+sẻ|đầu\s+trang)\b|[|/\-–]",
                         re.IGNORECASE)


def closing_links(body: LexborNode, url: str) -> list[LexborNode]:
    """The blocks closing the text that are each one link to another page of the site, of a
    headline's length (20 characters and four words or more), three of them or more with
    nothing after them but a tools row: other items' headlines typed or pasted under the
    text with no heading and no days (a hand-made "related" list), no words of it. A
    run of links to other sites (the sources, references) or to files, one broken by a
    sentence of the text, or one the text introduces (a digest's "… trong tuần:"), is the
    text's."""
    host = host_of(url).removeprefix("www.")
    wholes: list[tuple[LexborNode, str]] = []
    for a in body.css("a[href]"):
        href = a.attributes.get("href") or ""
        text = node_text(a)
        if len(text) < 20 or len(text.split()) < 4 or FILE_HREF.search(href) or \
                href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = resolve(url, href)
        if not target or host_of(target).removeprefix("www.") != host:
            continue
        block = a.parent
        while block is not None and block.tag in _INLINE and block.mem_id != body.mem_id:
            block = block.parent
        if block is None or block.mem_id == body.mem_id or \
                block.tag not in ("p", "div", "li", "h3", "h4", "h5", "h6") or \
                node_text(block) != text:
            continue
        wholes.append((block, text))
    if len(wholes) < 3:
        return []
    full = node_text(body)
    run: list[LexborNode] = []
    texts: list[str] = []
    for block, text in reversed(wholes):
        at = full.rfind(text)
        tail = full[at:] if at >= 0 else ""
        for t in (text, *texts):
            tail = tail.replace(t, " ", 1)
        if at < 0 or len(_TOOL_WORDS.sub(" ", tail).strip(" .:;,")) > 0:
            break
        run.insert(0, block)
        texts.insert(0, text)
        full = full[:at]
    if full.rstrip().endswith((":", "：")):
        return []   # (introduced by the text: a digest's "… nổi bật trong tuần:", its items)
    return run if len(run) >= 3 else []


#: A block set beside the text by its own style or attribute (``float: right``,
#: ``align="left"``).
_FLOATED = re.compile(r"(?:^|;)\s*float\s*:\s*(?:left|right)", re.IGNORECASE)


#: A fact of a person's life on a card: birth, origin, people, Party age.
_LIFE_FACT = re.compile(r"^(?:năm\s*sinh|ngày\s*sinh|sinh\s*(?:năm|ngày)|quê\s*quán|nguyên\s*"
                        r"quán|dân\s*tộc|tuổi\s*đảng|ngày\s*vào\s*đảng)\b", re.IGNORECASE)


def _blocks_in(body: LexborNode, found: list[LexborNode], least: int, most: int,
               rest: Callable[[int], int], tags: str = "table, div, aside, section",
               keep: Callable[[LexborNode], bool] = lambda node: True,
               ) -> Iterator[tuple[LexborNode, int, list[str]]]:
    """The blocks of ``body`` (``tags``) of ``least`` to ``most`` characters with at least
    ``rest(size)`` of the text beside them, that ``keep`` keeps, none inside one ``found``
    already: each with its size and its lines (split only for those)."""
    total = text_length(body)
    for node in body.css(tags):
        if node.mem_id == body.mem_id or any(within(node, {f.mem_id}, 12) for f in found):
            continue
        size = text_length(node)
        if not least <= size <= most or total - size < rest(size) or not keep(node):
            continue
        yield node, size, [t for t in (clean(x) for x in node.text(
            deep=True, separator="\n").split("\n")) if t]


def person_cards(body: LexborNode) -> list[LexborNode]:
    """Cards of the person a piece portrays, set in or beside its text: a table or box of
    short lines (700 characters at most, no line over 120) that is headed as a card of the
    person (:data:`PERSON_CARD_HEADING`: "Thông tin nhân vật", "Vài nét về nhân vật") over
    two of a person's facts or more (:data:`PERSON_FACT_LINE`: "Họ và tên", "Năm sinh:
    1947"), or is floated beside the text holding a fact of the person's life
    (:data:`_LIFE_FACT`) among three facts, or under the person's name and portrait. Their
    facts are no words of the text; a floated card's only while the text has its own
    narrative beside it (twice the card's length). A biography page that is its table of
    particulars, an obituary's or a wanted notice's particulars typed in the text (neither
    headed as a card nor floated), a notice's floated contact box are the text."""
    found: list[LexborNode] = []
    total = text_length(body)
    for node, size, lines in _blocks_in(body, found, 20, 700, lambda size: 100):
        if not 4 <= len(lines) <= 30 or any(len(t) > 120 for t in lines):
            continue
        facts = sum(bool(PERSON_FACT_LINE.match(t)) for t in lines)
        if PERSON_CARD_HEADING.match(lines[0]) and facts >= 2:
            found.append(node)   # (headed as the person's card: beside any text)
            continue
        attrs = node.attributes
        if total - size < max(300, 2 * size) or not (
                _FLOATED.search(attrs.get("style") or "")
                or (attrs.get("align") or "").lower() in ("left", "right")):
            continue
        # (a life's facts among them: a contact box's "Họ và tên", "Chức vụ", "Địa chỉ",
        # "Điện thoại" is a notice's own)
        life = any(_LIFE_FACT.match(t) for t in lines)
        if life and (facts >= 3 or (node.css_first("img") is not None
                                    and is_person_name(lines[0]))):
            found.append(node)
    return found


def fact_boxes(body: LexborNode, title: str | None = None) -> list[LexborNode]:
    """Boxes of facts set apart in the text (a border or a background of their own, or a
    "box" class): a heading ("THÔNG TIN TIẾP NHẬN ỦNG HỘ", "Thông tin sự kiện") over two
    labelled lines or more, each a short fact, and nothing else ("Số tài khoản: …",
    "Điện thoại: …"): the facts are the box's, no words of the text. A box without its
    heading (a notice's contact table), with a sentence, a question or a long value in it
    (voters' words, a Q&A), or in a notice (its headline "Thông báo …", "Lịch …", "Giấy
    mời …": its time and place are what it is for) is the text's."""
    if _NOTICE_TITLE.match(title or ""):
        return []
    found: list[LexborNode] = []
    # (a box as long as the rest of the text or more: the text's figures)
    for node, _size, lines in _blocks_in(body, found, 40, 800, lambda size: max(200, size),
                                         keep=_set_apart):
        if not 3 <= len(lines) <= 12 or any(len(t) > 160 for t in lines):
            continue
        head, rest = lines[0], lines[1:]
        if len(head) > 60 or head.endswith((":", "：", ".")) or not _headed(node, head) or \
                _introduced(node):
            continue   # (a box the text introduces, "… 4 nhiệm vụ trọng tâm sau:", is its)
        facts = sum(_fact(t) for t in rest)
        # (a contact box: its phone or address lines, and a line of what it is for)
        if facts == len(rest) or (facts >= 2 and facts == len(rest) - 1
                                  and _CONTACT.search(" ".join(rest)) is not None):
            found.append(node)
    return found


#: A phone number or an e-mail address: a contact box's line.
_CONTACT = re.compile(r"\b0\d{2,3}[.\s]?\d[\d.\s]{5,12}\d\b|[\w.-]+@[\w-]+\.[\w.]+")


def _introduced(node: LexborNode) -> bool:
    """The paragraph before ``node`` introduces it ("… với 4 nhiệm vụ trọng tâm sau:")."""
    prev = node.prev
    while prev is not None and not (prev.is_element_node and has_text(prev)):
        prev = prev.prev
    return prev is not None and node_text(prev).rstrip().endswith((":", "："))


def quiz_boxes(body: LexborNode) -> list[LexborNode]:
    """A quiz or a poll set in the text: a question and its choices to tick (radio buttons
    or "A. … B. …" lines): the reader's to answer, no words of the text."""
    found: list[LexborNode] = []
    for node, _size, lines in _blocks_in(body, found, 1, 800, lambda size: 0,
                                         "div, section, form, aside, fieldset",
                                         keep=lambda node: "?" in (node.text(deep=True) or "")):
        if not any(t.endswith("?") for t in lines):
            continue
        choices = len(node.css("input[type=radio], input[type=checkbox]"))
        if choices < 2 and _QUIZ_NAME.search(_ident(node)):
            # (choices typed "A. … B. …" count only in a block named for a quiz or a poll:
            # a Q&A's answer lists its points "a) … b) …")
            choices = sum(bool(_CHOICE.match(t)) for t in lines)
        if choices >= 2:
            found.append(node)
    return found


#: A quiz's or a poll's block by its name.
_QUIZ_NAME = re.compile(r"quiz|poll|trac[-_]?nghiem|binh[-_]?chon|khao[-_]?sat|survey|vote",
                        re.IGNORECASE)


#: A choice of a quiz ("A. 4 chuyên đề", "b) Sai").
_CHOICE = re.compile(r"^[A-Da-d][.)]\s+\S")


#: A notice's headline: what its boxes hold is what it gives notice of.
_NOTICE_TITLE = re.compile(r"^\W*(?:thông\s*báo|lịch|giấy\s*mời|thư\s*mời|kế\s*hoạch|"
                           r"chương\s*trình|triệu\s*tập|quyết\s*định|công\s*văn)\b",
                           re.IGNORECASE)


def _fact(line: str) -> bool:
    """A short labelled fact ("Dân số: hơn 52.000 người") or a figure ("GRDP tăng 7,6%"),
    no sentence, no question."""
    if "?" in line or (line.rstrip().endswith((".", "!", "…")) and len(line) > 50):
        return False
    return (_FACT_LINE.match(line) is not None and len(line) <= 110) or (
        len(line) <= 60 and any(ch.isdigit() for ch in _LIST_NUMBER.sub("", line)))


#: A list item's number ("1. Đẩy mạnh …"): no figure.
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)/-]\s*")


#: A border or a background a box is drawn with (not Word's "border:none", "background:
#: white", a table's "border-collapse").
_DRAWN = re.compile(r"(?:^|;)\s*(?:border(?:-(?:top|bottom|left|right))?\s*:\s*(?!none|0\b|"
                    r"hidden)|background(?:-color)?\s*:\s*(?!none|transparent|white|inherit|"
                    r"#fff\b|#ffffff\b|rgb\(255,\s*255,\s*255\)))", re.IGNORECASE)


def _set_apart(node: LexborNode) -> bool:
    """A border or a background of its own, or a class naming a box."""
    return _DRAWN.search(node.attributes.get("style") or "") is not None or \
        "box" in (node.attributes.get("class") or "").lower()


def _headed(node: LexborNode, head: str) -> bool:
    """``head``, the box's first line, is set as a heading: in capitals, or in a heading or
    bold element of its own."""
    if head.isupper():
        return True
    for el in node.css("h2, h3, h4, h5, h6, strong, b, th, caption"):
        if clean(el.text(deep=True) or "") == head:
            return True
    return False


#: A labelled fact's line: a short label, a colon and its value.
_FACT_LINE = re.compile(r"^[^:：.!?]{2,30}[:：]\s*\S")


#: An in-page link to a note: Word's "#_ftn1", "#_edn1", LibreOffice's "#sdfootnote1sym",
#: "#fn…", "#cite…", "#ref…".
_NOTE_TARGET = re.compile(r"^#(?:_?ftn|_?edn|sdfootnote|sdendnote|fn|cite|ref|note)",
                          re.IGNORECASE)


def tab_bars(body: LexborNode) -> list[LexborNode]:
    """The bars of tabs inside the article's block ("Nội dung | Văn bản kèm theo (2) | Ý
    kiến (3)" over three panes): a ``role=tablist``, or a list of two items or more, each
    one short link to a place on the page (``href="#tab-vanban"``) and nothing else. Their
    labels are no words of the text (a tab named "Ý kiến" is no comments heading)."""
    found: list[LexborNode] = []
    for node in body.css('ul, ol, [role="tablist"]'):
        if node.attributes.get("role") == "tablist":
            if text_length(node) <= 200 and node.css_first("p") is None:
                found.append(node)   # (not Bootstrap's accordion: "panel-group" holds
            continue                 # its questions and answers under role=tablist)
        items = [li for li in node.iter() if li.tag == "li"]
        if len(items) < 2:
            continue
        for li in items:
            links = li.css("a[href]")
            if len(links) != 1 or len(href := (links[0].attributes.get("href") or "")) < 2 \
                    or not href.startswith("#") or _NOTE_TARGET.match(href):
                break   # (a list of the notes' marks is the text's: "#_ftn1", "#cite-2")
            text = text_length(li)
            if not 0 < text <= 60 or text_length(links[0]) < text:
                break
        else:
            found.append(node)
    return found


def player_boxes(body: LexborNode) -> list[LexborNode]:
    """A video or audio player set into the page (the text) with its bar ("Video: Toàn cảnh …", its
    length "04:52"): the player's block, its own words a short title and a clock — player
    chrome, no words of the text (a figure's caption is read as one)."""
    found: list[LexborNode] = []
    for media in body.css("video, audio"):
        box = media.parent
        if box is None or box.mem_id == body.mem_id or box.tag in ("figure", "p") or \
                box.css_first("figcaption, p, img, h1, h2, h3, h4, h5, h6, time") is not None \
                or len(box.css("video, audio")) > 1 or text_length(box) > 150:
            continue
        # (its words only a player's: a title naming the medium, a length — not a
        # headline, a stamp or a byline set beside the player)
        pieces = [t for t in (" ".join((n.text_content or "").split())
                              for n in box.traverse(include_text=True) if n.tag == "-text") if t]
        if pieces and all(_PLAYER_WORDS.match(t) for t in pieces):
            found.append(box)
    return found


#: A player's own words: its title naming the medium ("Video: …", "Clip …", "Nghe bản tin"),
#: its length or position ("04:52", "00:00 / 05:12").
_PLAYER_WORDS = re.compile(r"^(?:(?:video|clip|audio|podcast|phóng\s*sự|nghe|xem|phát)\b.{0,100}|"
                           r"[\d:\s/]{4,20})$", re.IGNORECASE)


def teaser_lists(body: LexborNode) -> list[LexborNode]:
    """Lists of other items set into the text (WordPress's Latest Posts block, a theme's
    shortcode of recent posts): a list of two entries or more, each opening with a link of a
    headline's length and carrying a stamp of its own (a ``<time>``, or an element that is
    a stamp line) — the entries' headlines, stamps and excerpts, no words of the text. A
    list of documents linked in the text, their days in its sentences, is text."""
    found: list[LexborNode] = []
    for listing in body.css("ul, ol"):
        items = [li for li in listing.iter() if li.is_element_node and li.tag == "li"]
        if len(items) >= 2 and all(_teaser_entry(li) for li in items):
            box = listing.parent
            if box is not None and box.mem_id != body.mem_id and \
                    text_length(box) - text_length(listing) <= 40:
                found.append(box)   # (the list in a box of its own, a title over it)
                continue
            found.append(listing)
            # and its heading right above it ("Bản tin khác"), a short label
            head = listing.prev
            while head is not None and not head.is_element_node:
                head = head.prev
            text = node_text(head) if head is not None else ""
            if head is not None and 0 < len(text) <= 40 and not text.endswith((".", ":")) and (
                    head.tag in ("h2", "h3", "h4", "h5", "h6") or is_bold(head)
                    or head.css_first("b, strong") is not None) and head.css_first("a") is None:
                found.append(head)
    return found


def _teaser_entry(item: LexborNode) -> bool:
    """A list entry of another item: its headline's link first (not a document's entry),
    and a stamp of its own."""
    link = item.css_first("a[href]")
    headline = " ".join(node_text(link).split()) if link is not None else ""
    if link is None or len(headline) < 20 or not " ".join(
            item.text(deep=True).split()).startswith(headline[:20]):
        return False
    # (another item's summary under it, or a machine-readable <time>, makes it a teaser
    # whatever it links; else not a document's entry — a file, a document's page, a title
    # naming a document, "Nghị quyết số 10-NQ/TU về …": a list of documents is text)
    rest = text_length(item) - len(headline)
    href = link.attributes.get("href") or ""
    if not (rest >= 60 or item.css_first("time") is not None or not (
            FILE_HREF.search(href) or _DOCUMENT_PAGE.search(href)
            or _DOCUMENT_TITLE.match(headline))):
        return False
    return item.css_first("time") is not None or any(
        is_stamp_line(node_text(e)) for e in item.css("span, div, p, small")
        if link is not None and e.css_first("a") is None and node_text(e))


def picture_blocks(node: LexborNode, url: str) -> list[LexborNode]:
    """``node`` if it is a picture block (an image with at most a caption and a credit),
    else the picture blocks (figures, caption tables) inside it."""
    def is_picture(n: LexborNode) -> bool:
        text = node_text(n)
        if n.tag == "table" and find_dates(text):
            # (a picture table whose last row is the item's stamp and view count, "Cập nhật:
            # 15/04/2027 14:00 | Lượt xem: 512": the stamp is read apart, not a caption)
            text = " ".join(t for row in n.css("tr") if not _stamp_row(t := node_text(row)))
        return ((n.css_first("img") is not None or _captioned_video(n)) and not in_excluded(n)
                and len(text) <= 300 and not find_dates(text)
                and (n.tag in ("figure", "table") or bool(PICTURE_BLOCK.search(
                    f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")))
                and not any(links_elsewhere(a, url) for a in n.css("a[href]")
                            if len(node_text(a)) >= 20))

    if is_picture(node):
        return [node]
    if node.css_first("img") is None and node.css_first(_PLAYER) is None:
        return []
    found = [n for n in node.css("figure, table") if is_picture(n)]
    ids = {n.mem_id for n in found}
    # outermost only
    return [n for n in found if not any(a.mem_id in ids for a in ancestors(n))]


def _captioned_video(node: LexborNode) -> bool:
    """A figure of a video player with the editor's caption under it (a video item's clip
    over its sapo): a picture block, its ``figcaption`` the caption."""
    return node.tag == "figure" and node.css_first(_PLAYER) is not None and \
        node.css_first("figcaption") is not None


#: A media player (its element, or its block once the element is dropped as noise).
_PLAYER = "video, audio, iframe, [class*=player], [class*=Player]"


def _stamp_row(text: str) -> bool:
    """A table row that is a stamp line: its day, a label, a view count, no sentence."""
    return len(text) <= 100 and bool(find_dates(text)) and not any(
        w.endswith((".", "!", "?")) and len(w) > 3 and not w[0].isdigit() for w in text.split())


def lead_images(body: LexborNode, title: LexborNode | None, url: str) -> list[LexborNode]:
    """Pictures placed between the headline and the main text, outside it (a lead figure,
    K2's ``itemImageBlock``, a caption table beside the sapo): blocks just before the body,
    or before one of its nearest ancestors, that hold an image and little text."""
    out: list[LexborNode] = []
    above_title = ({title.mem_id} | {a.mem_id for a in ancestors(title)}
                   if title is not None else set())
    for sib in elements_before(body, levels=3, per_level=6):
        if sib.mem_id in above_title:
            # the headline: nothing before it belongs to the article — but what follows it
            # in the block that holds it does (a theme's header: the headline, then its
            # picture and caption, "<header><h1/><figure class=post-thumbnail>")
            cur = title
            while title is not None and cur is not None and cur.mem_id != sib.mem_id:
                after = cur.next
                while after is not None:
                    if after.is_element_node:
                        out.extend(picture_blocks(after, url))
                    after = after.next
                cur = cur.parent
            return _with_caption_fields(out)
        out.extend(picture_blocks(sib, url))
    return _with_caption_fields(out)


#: A block named for a caption by a whole word ("field--name-field-image-caption",
#: "chu-thich-anh", "image-desc"), not a syllable of another ("ngay-cap-nhat").
_CAPTION_FIELD = re.compile(r"caption|chu[_-]?thich|(?:image|img|photo|pic|fig)[_-]?(?:desc|note)",
                            re.IGNORECASE)


def caption_field(node: LexborNode) -> bool:
    """A block holding only a picture's caption, set apart from the picture's own block
    (Drupal's ``field--name-field-image-caption`` after ``field--name-field-image``): named
    for a caption, a sentence's length, no picture and no link of its own."""
    size = text_length(node)
    if not 10 <= size <= 400 or _CAPTION_FIELD.search(node.attributes.get("class") or "") \
            is None or node.css_first("img, a[href], h1, h2, h3") is not None:
        return False
    return not is_stamp_line(node_text(node))   # (not "Cập nhật lúc 08:30 ngày 07/12")


def _with_caption_fields(pictures: list[LexborNode]) -> list[LexborNode]:
    """``pictures`` and, after each without a caption of its own, the caption field right
    after it."""
    out: list[LexborNode] = []
    for block in pictures:
        out.append(block)
        after = next_element(block)
        if after is not None and caption_field(after) and not _captioned_picture(block):
            out.append(after)
    return out


def trailing_pictures(body: LexborNode, url: str) -> list[LexborNode]:
    """The article's own picture set right after its text, beside it in the same block
    (SharePoint's page layout: the "Page Image" field and its caption after the content
    field): a picture block with a caption, its picture no link to another page; the first
    element that is none ends the search."""
    out: list[LexborNode] = []
    cur: LexborNode | None = body
    for _ in range(2):   # (the text's field, then the block holding it)
        if cur is None or cur.tag in ("body", "html"):
            break
        sib = cur.next
        while sib is not None and len(out) < 3:
            if sib.is_element_node:
                found = [p for p in picture_blocks(sib, url) if _captioned_picture(p)]
                if not found and text_length(sib) > 0:
                    return out   # (the text's end: what follows is no picture of it)
                out.extend(found)
            sib = sib.next
        if out:
            break
        cur = cur.parent
    return out


def _captioned_picture(block: LexborNode) -> bool:
    """A picture with its caption: a figcaption or an element named for one, of a
    sentence's length; no link around the picture, no heading (a gallery box's title)."""
    if block.css_first("a[href] img, h2, h3, h4, h5, h6") is not None:
        return False
    return any(len(node_text(c)) >= 15 for c in block.css("figcaption, [class*=caption], "
                                                         "[class*=Caption], [class*=chu-thich]"))


def bold_lead_before(body: LexborNode, title: str | None) -> LexborNode | None:
    """A bold sapo paragraph printed just above the body container (``p > b`` before it),
    or above the table holding it (its cell, row and row group are levels of their own)."""
    cur: LexborNode | None = body
    for _ in range(7):
        if cur is None or cur.tag in ("body", "html"):
            return None
        sib = cur.prev
        seen = 0
        while sib is not None and seen < 3:
            if sib.is_element_node and not is_excluded(sib):
                seen += 1
                text = node_text(sib)
                if 60 <= len(text) <= 600 and text != title and not sib.css_first("img, a"):
                    if is_bold(sib):   # bold by its class or style ("font-weight-bold")
                        return sib
                    bold = " ".join(node_text(b) for b in sib.css("b, strong"))
                    if len(bold) >= 0.9 * len(text):
                        return sib
                if len(text) > 600:
                    return None
            sib = sib.prev
        cur = cur.parent
    return None


def is_tag_label(text: str) -> bool:
    """Only a tag list's label ("Tags:", "Từ khóa:") is left."""
    return bool(text) and TAG_LABEL.match(text) is not None and not TAG_LABEL.sub(
        "", text).strip(" :,;|")


def text_list(nodes: list[LexborNode]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        links = node.css("a")
        items = [node_text(a) for a in links] if links else [node_text(node)]
        for item in items:
            item = TAG_LABEL.sub("", item).strip(" ,;")
            if item and item not in out:
                out.append(item)
    return out


def auto_tags(tree: LexborHTMLParser, text: PageText | None = None
               ) -> tuple[list[str], list[LexborNode]]:
    """A "Từ khóa:"/"Tags:" label's links; ``text``, the body text before the related blocks
    were removed (it holds the label if the page still does), spares reading it again."""
    root = tree.body
    if root is None:
        return [], []
    page = text.lower if text is not None else (root.text(deep=True) or "").lower()
    if "từ khóa" not in page and "tag" not in page and "từ khoá" not in page and \
            "thẻ:" not in page and "nhãn:" not in page:
        return [], []
    for node in root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        raw = (node.text_content or "").strip()
        if raw and len(raw) < 30 and TAG_LABEL.match(raw) and len(TAG_LABEL.sub("", raw)) < 3:
            cur = node.parent
            for _ in range(3):
                if cur is None or cur.tag in ("body", "html"):
                    break
                links = cur.css("a")
                if links:
                    # the label's own list, never a block around the article that holds it
                    size = text_length(cur)
                    if size > 400 and sum(text_length(a) for a in links) < 0.5 * size:
                        break
                    return text_list([cur]), [cur]
                cur = cur.parent
    return [], []


#: A blog's label page (Blogger's ``/search/label/<name>``): its labels are its sections.
_BLOG_LABEL = re.compile(r"/search/label/[^/?#]", re.IGNORECASE)


def blog_label(nodes: list[LexborNode]) -> str | None:
    """The one label a blog files the post under (Blogger's "Nhãn: <a
    href=/search/label/…>"), among the tag lists ``nodes``: the post's section when the
    page names no other. Of two labels or more, which is the section is not known: None."""
    labels = {node_text(link) for node in nodes
              for link in ([node] if node.tag == "a" else node.css("a[href]"))
              if _BLOG_LABEL.search(link.attributes.get("href") or "")}
    if len(labels) != 1:
        return None
    label = labels.pop()
    return label if 2 <= len(label) <= 60 else None


#: A box of an article's category links (WordPress's ``taxonomy-category``, ``cat-links``)
#: or a category's address (``/category/…``, ``/chuyen-muc/…``).
#: (A class ending in the word: WordPress's ``category-<slug>`` on the whole post names
#: no box.)
_CATEGORY_BOX = re.compile(r"(?:^|[\s_-])(?:cat|cats|category|categories|chuyen-?muc|"
                           r"danh-?muc)(?:$|\s)|(?:^|\s)cat-links(?:$|\s)", re.IGNORECASE)
_CATEGORY_PATH = re.compile(r"[/?](?:category|categories|chuyen-?muc|danh-?muc)/", re.IGNORECASE)


#: A link marked as a tag's (``rel="tag"``, "post-tag", "tag-link"): the address alone
#: ("/tag/…" in a sentence, a subheading linking a topic) says nothing of the element.
_TAG_LINK = 'a[rel~="tag"], a[class*="tag"]'


def tag_lists(body: LexborNode) -> list[LexborNode]:
    """Lists of tags in the article's block with no label ("<li><a class=post-tag
    href=/tags/chuyen-doi-so/>chuyển đổi số</a>, </li>" under the headline): the nearest
    element around each tag link (up to two levels) that holds marked tag links and
    separators only, a "Tags:" label at most; not a link in a sentence, not a category's
    link. (Each element is judged once: a tag cloud of thousands of links is one list.)"""
    found: list[LexborNode] = []
    judged: dict[int, bool] = {}
    for link in body.css(_TAG_LINK):
        if is_category_link(link) or not 0 < text_length(link) <= 60 or \
                any(within(link, {f.mem_id}, 3) for f in found):
            continue
        cur = link.parent
        for _ in range(2):
            if cur is None or cur.mem_id == body.mem_id:
                break
            tags = judged.get(cur.mem_id)
            if tags is None:
                links = cur.css("a[href]")
                rest = len(TAG_LABEL.sub("", node_text(cur))) - sum(
                    len(node_text(a)) for a in links)
                tags = judged[cur.mem_id] = bool(links) and rest <= 2 * len(links) + 2 and all(
                    a.css_matches(_TAG_LINK) and not is_category_link(a) for a in links)
            if tags:
                found.append(cur)
                break
            cur = cur.parent
    return found


def is_category_link(node: LexborNode) -> bool:
    """``node`` (a link, or the box of one) names the article's category, not a tag."""
    link = node if node.tag == "a" else None
    if link is not None and _CATEGORY_PATH.search(link.attributes.get("href") or ""):
        return True
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None:
            return False
        if _CATEGORY_BOX.search(cur.attributes.get("class") or ""):
            return True
        cur = cur.parent
    return False


def category(tree: LexborHTMLParser, prof: Profile | None, title: str | None,
             meta: Meta, names: PageNames | None = None,
             title_node: LexborNode | None = None, url: str = "",
             same_section: str | None = None, body: LexborNode | None = None) -> str | None:
    """The article's section, the narrowest the page prints: a trail's last level or a
    category field; a labelled row; the name printed right above the headline (a chip, a
    portlet's title); a "same section" box's heading; the menu's current tab. A container's
    name ("Tin tức") only when nothing narrower is printed; metadata's section last."""
    sels = (*(prof.selectors("category") if prof else ()), *CATEGORY_SELECTORS)
    title_key = label_key(title or "")
    generic: list[str] = []   # a container's name ("Tin tức"): kept if nothing narrower
    found = _selected_category(tree, sels, title_key, names, title_node, generic)
    labelled = _label_before_link(tree, title_node, body)
    if found is None:
        found = _narrow(_text_of(_trail_category(tree, title_key)), generic) or \
            _labelled_category(tree) or _narrow(_text_of(labelled), generic)
    if found is not None and labelled is not None and _under_level(tree, labelled, found):
        # the post's own category ("Trong chuyên mục: <a href=/blog/category/x/>"), under
        # the trail's last level (the blog's "/blog/"): the narrower
        found = node_text(labelled)
    if found is None and generic:
        # a container's name in the trail: the section named right above the headline (in
        # an element named for it), or a "same section" box's heading, is narrower
        found = _narrow(kicker(title_node, url, named=True) or same_section
                        or same_section_heading(tree.body), generic)
    if found is None and not generic:
        # the last resort: the section a row of tabs or the menu marks as current, or
        # named right above the headline
        found = _selected_category(tree, ACTIVE_SECTION, title_key, names, title_node) \
            or _narrow(kicker(title_node, url), generic) or same_section \
            or same_section_heading(tree.body)
    return found or (generic[0] if generic else None) or meta.section


def _text_of(link: LexborNode | None) -> str | None:
    return node_text(link) if link is not None else None


def _under_level(tree: LexborHTMLParser, link: LexborNode, level: str) -> bool:
    """``link`` opens a page under the page a link named ``level`` opens
    (``/blog/category/tu-van/`` under ``/blog/``): a narrower section."""
    inner = urlsplit(link.attributes.get("href") or "").path.rstrip("/")
    if inner.count("/") < 2 or node_text(link) == level:
        return False
    root = tree.body
    for seen, a in enumerate(root.css("a[href]") if root is not None else ()):
        if seen > 1500:
            break
        if node_text(a) == level:
            outer = urlsplit(a.attributes.get("href") or "").path.rstrip("/")
            if outer and inner.startswith(outer + "/"):
                return True
    return False


def _narrow(found: str | None, generic: list[str]) -> str | None:
    """``found``, unless it is a container's name ("Tin tức", "Chi tiết tin"): that goes
    to ``generic`` (kept when nothing narrower is printed), and None comes back."""
    if found is not None and label_key(found) in PORTLET_TITLES:
        generic.append(found)
        return None
    return found


#: A box of the section's other items, its heading naming the section ("Tin khác cùng
#: chuyên mục Công tác dân vận", "Các bài cùng chuyên mục: Xây dựng Đảng").
_SAME_SECTION = re.compile(r"^(?:(?:các\s+)?(?:tin(?:\s+tức)?|bài(?:\s+viết)?)\s+(?:khác\s+)?"
                           r"cùng\s+(?:chuyên\s+mục|danh\s+mục|mục)|cùng\s+(?:chuyên|danh)\s+mục)"
                           r"\s*[:：-]?\s*(?P<name>[^.!?]{2,50}?)"
                           # (the box's "Xem thêm »" beside its name)
                           r"(?:\s+(?:xem\s+(?:thêm|tất\s+cả)|»|›).*)?$",
                           re.IGNORECASE)


def same_section_heading(root: LexborNode | None) -> str | None:
    """The section named in a "same section" box's heading ("Tin cùng chuyên mục: X",
    "Cùng chuyên mục <a>X</a> Xem thêm »") inside ``root``; None when none names one."""
    if root is None:
        return None
    # the words are in a text node of the heading, the section's name in it or in a link
    # beside them: one pass over the text nodes, a heading read only where they stand
    for node in root.traverse(include_text=True):
        text = (node.text_content or "") if node.tag == "-text" else ""
        if "ùng" not in text and "ÙNG" not in text:   # ("cùng", "Cùng", "CÙNG")
            continue
        heading = node.parent
        for _ in range(2):   # (the words in a span of the heading: the heading one up)
            if heading is None or len(heading.text(deep=True) or "") > 90:
                break
            found = _SAME_SECTION.match(node_text(heading))
            if found is not None and not any(ch.isdigit() for ch in found.group("name")):
                return found.group("name").strip(" :»›>")
            heading = heading.parent
    return None


#: The most pages a trail links (a menu links more).
_MOST_CRUMBS = 8


def _home(link: LexborNode) -> bool:
    """A trail's first link, to the home page: named so, or to the site's root, or no text
    (an icon)."""
    href = (link.attributes.get("href") or "").strip()
    root = bool(href) and not href.startswith("#") and urlsplit(href).path in ("", "/") \
        and not urlsplit(href).query
    return label_key(node_text(link)) in HOME_CRUMBS or not node_text(link) or root


def _selected_category(tree: LexborHTMLParser, sels: tuple[str, ...], title_key: str,
                       names: PageNames | None, title_node: LexborNode | None,
                       generic: list[str] | None = None) -> str | None:
    """The section the first of ``sels`` that matches names: a trail's last level, or a
    labelled or named element's text. With ``generic``, a container's name ("Tin tức",
    "Tin tức - Sự kiện": a trail one level deep) is put there and the next selectors
    tried (an article's own category field, a labelled row)."""
    for sel in sels:
        nodes = [n for n in select(tree, sel, names) if not _unseen(n) and not _index_link(n)
                 and not _category_index(n)
                 and (sel not in _NEAR_TITLE or _near(n, title_node, _NEAR_TITLE[sel]))]
        if nodes and all(n.tag == "a" for n in nodes) and len(
                {n.attributes.get("href") for n in nodes}) > _MOST_CRUMBS and not _home(nodes[0]):
            continue   # (a menu named like a trail, "div.nav": its last link no section)
        if len(nodes) > 1 and title_node is not None and \
                len({n.parent.mem_id for n in nodes if n.parent is not None}) > 1:
            # boxes' headers, not one trail: the article's is the last one above its
            # headline (a sidebar's "Thống kê truy cập" box comes after it)
            nodes = _before(tree, nodes, title_node) or nodes
        if nodes and nodes[-1].tag == "a" and "+ a" not in sel:
            # (a trail's current level printed after its last link; not after the one link
            # an icon marks, "<i class=fa-folder-open></i> <a>…</a> <i …></i> 15:20 …")
            nodes = [*nodes, *_current_crumb(nodes[-1])]
        parts = [part for n in nodes for part in _levels(n)]
        parts = [n for n in parts if n and label_key(n) not in HOME_CRUMBS
                 and label_key(n) != title_key and len(n) < 120
                 and not PAGE_LABEL_CRUMB.match(n.strip(" »>›/|"))
                 and not _CRUMB_DAY.match(n.strip(" »>›/|"))
                 and not is_stamp_line(n.strip(" »>›/|"))   # ("11:20 - 19/05/2026" at its end)
                 and not _cut_title(n, title_key)
                 and not _COUNTED.search(n)]   # ("Văn bản (41)": a category list's entry)
        if parts:
            found = CATEGORY_LABEL.sub("", parts[-1].strip(" »>›/|")) or None
            if generic is not None and found and _narrow(found, generic) is None:
                continue
            return found
    return None



#: The address of a site's index of categories or tags, no category of its own.
_INDEX_PATH = re.compile(r"^/?(?:categories|category|chuyen-?muc|danh-?muc|tags?)/?$",
                         re.IGNORECASE)


#: Category selectors a post's card elsewhere matches too: read only by the headline.
_NEAR_TITLE: dict[str, int] = {
    "[class*=category-links] a": 2, "[class*=cat-links] a": 2,
    "[class*=entry-categories] a": 2, "[class*=post-categories] a": 2,
    # (a page builder's widget beside the heading's widget: three levels up)
    '[class*=terms-list] a[href*="/category/"]': 3,
    '[class*=terms-list] a[href*="/chuyen-muc/"]': 3,
    # (the headline's meta row: its block's footer, beside the header holding the h1)
    "[class*=news-list-category]": 3, "[class*=news-category]": 3,
    "[class*=post-category]": 3,
    '[class*=post-info] a[href*="category/"]': 2, '[class*=post-info] a[href*="chuyen-muc/"]': 2}


def _near(node: LexborNode, title: LexborNode | None, levels: int = 2) -> bool:
    """``node`` is in the block around the headline (``levels`` up from it)."""
    if title is None:
        return False
    around = {a.mem_id for a in ancestors(title)[:levels]}
    return any(a.mem_id in around for a in ancestors(node))


def _category_index(node: LexborNode) -> bool:
    """A link in a list of every category (WordPress's "widget_categories" in a sidebar:
    a box of four links or more, under its own heading), no article's own category."""
    for up in ancestors(node)[:4]:
        names = (up.attributes.get("class") or "").lower()
        if "widget" in names and "categor" in names and len(up.css("a[href]")) >= 4:
            return True
    return False


def _index_link(node: LexborNode) -> bool:
    """A link (or an element holding one only) to the index of every category ("Danh mục"
    in a blog's menu, "6 danh mục" in its sidebar): it names none."""
    link = node if node.tag == "a" else None
    if link is None:
        inner = node.css("a[href]")
        link = inner[0] if len(inner) == 1 else None
    href = (link.attributes.get("href") or "") if link is not None else ""
    parts = urlsplit(href)
    # (one with a query names a category: "/chuyen-muc?id=12")
    return bool(href) and not parts.query and bool(_INDEX_PATH.match(parts.path))


def _unseen(node: LexborNode) -> bool:
    """A screen reader's label (Drupal's ``<h2 class="visually-hidden">Breadcrumb</h2>`` in
    the trail): never printed, so never the section."""
    classes = (node.attributes.get("class") or "").split()
    return any(c in HIDDEN_CLASSES for c in classes)


#: A section listed with its number of items ("Tin cơ sở (214)"): a sidebar's list of
#: every category, not the article's.
#: (or a blog's count of them, "6 danh mục", a link to its index of categories)
_COUNTED = re.compile(r"\(\d+\)\s*$|^\d[\d.,]*k?\s+(?:danh\s*mục|chuyên\s*mục|bài(?:\s*viết)?|"
                      r"thẻ|tags?|categories|posts?)$", re.IGNORECASE)


#: A trail's last level naming a day, not a section ("Ngày 17/07/2024": a day archive's).
#: A trail's level that is a date, not a section: a day ("12/03/2026"), a date archive's
#: year or month ("2026", "Tháng Ba", "Tháng 3/2026"), the stamp's time ("14:50").
_CRUMB_DAY = re.compile(r"^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?"
                        r"(?:ngày\s*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$|^(?:năm\s*)?\d{4}$|"
                        r"^tháng\s+(?:\d{1,2}(?:\s*[/.-]\s*\d{4})?|một|hai|ba|tư|bốn|năm|sáu|bảy|"
                        r"tám|chín|mười(?:\s+(?:một|hai))?)(?:\s+\d{4})?$|^\d{1,2}\s*[:hg]\s*\d{2}$",
                        re.IGNORECASE)


def _levels(node: LexborNode) -> list[str]:
    """A trail element's levels: its text split at the separators, or, for a box of links
    with no separator printed between them (``<div class="bt-cat"><a>Kinh tế</a><a
    class="active">Nông nghiệp</a></div>``, set apart by CSS), its links' texts."""
    text = node_text(node)
    if node.tag != "a":
        links = node.css("a")
        if len(links) >= 2:
            names = [node_text(a) for a in links]
            if sum(map(len, names)) >= len(text) - len(names):
                return names
    return CRUMB_SPLIT.split(text)


def _cut_title(part: str, title_key: str) -> bool:
    """A trail's last level that is the headline cut short ("Khai giảng lớp Trung cấp …")."""
    if not title_key or not part.rstrip().endswith(("…", "...")):
        return False
    head = label_key(part.rstrip().rstrip("….").rstrip())
    return len(head) >= 12 and title_key.startswith(head)


def _trail_category(tree: LexborHTMLParser, title_key: str) -> LexborNode | None:
    """The last section of a trail that opens with the home link, whatever it is named
    (``<nav class="bc"><a>Trang chủ</a> / <a>Chính trị - Tư tưởng</a></nav>``): a short
    block of two to six links, the first "Trang chủ"; its link."""
    root = tree.body
    if root is None:
        return None
    for seen, a in enumerate(root.css("a")):
        if seen > 400:
            break
        if label_key(node_text(a)) not in HOME_CRUMBS:
            continue
        block = a.parent
        if block is None or block.tag in ("body", "html"):
            continue
        if block.tag == "li" and block.parent is not None:
            block = block.parent   # (a trail as a list: its items)
        links = block.css("a")
        if not 2 <= len(links) <= 6 or text_length(block) > 200:
            continue
        named = CRUMB_NAME.search(split_camel(f"{block.attributes.get('class') or ''} "
                                              f"{block.attributes.get('id') or ''}"))
        if not named and (in_excluded(block) or not (_CRUMB_SEP.search(node_text(block))
                                                     or _ends_in_headline(block, title_key))):
            continue   # (a footer's "Trang chủ | Liên hệ" is no trail)
        named_links = [x for x in links[1:] if (n := node_text(x)) and
                       label_key(n) != title_key and len(n) < 80]
        if named_links:
            return named_links[-1]
    return None



def _ends_in_headline(block: LexborNode, title_key: str) -> bool:
    """A list whose last item is the headline (or its cut), unlinked: a trail whose
    separators its style draws ("<ul><li><a>Trang chủ</a></li>…<li>Kết nạp 24 …</li></ul>")."""
    if block.tag not in ("ul", "ol") or len(title_key) < 10:
        return False
    items = [c for c in block.iter() if c.tag == "li"]
    if len(items) < 2 or items[-1].css_first("a") is not None:
        return False
    last = label_key(node_text(items[-1]).rstrip(".… "))
    return len(last) >= 10 and title_key.startswith(last)

#: The most pages of one article read (a pager over 20 is a listing's, not an article's).
MAX_PARTS = 20


def article_parts(tree: LexborHTMLParser, url: str, body: bytes,
                  by_query: bool = True) -> tuple[str, ...]:
    """The further pages of an article split over several ("Trang: 1 2 3", "Trang tiếp",
    "Xem tiếp »"): links to the article's own address with a page number (``?trang=2``,
    ``?page=3``, ``/2``, Joomla's 0-based ``?start=1``), absolute, in page order, the page
    itself and the first left out. An article named by its query
    (``Default.aspx?id=12``) is its path and those parameters, the page's added
    (``Default.aspx?id=12&page=2``). Read on a further page too (``…/slug/2`` naming
    ``…/slug/3``: a chain of "next" links). (The bytes are looked at first — the slug,
    or the article's id, with a page number after it: most pages have none, and their
    links are not read.) ``by_query=False`` for another address of the page (its
    canonical: a theme may name its section's listing there), read only by its slug."""
    parts = urlsplit(url)
    own = _part_number(parts.query, parts.path)
    ident = _identity(parts.query)
    path = _article_path(parts.path, parts.query)
    slug = path.rsplit("/", 1)[-1]
    if ident:
        # an article named by its query: the page parameter and nothing else beside it
        own_id = article_id_pair(parts.query)
        if not by_query or not own_id or not _near_id(body, own_id):
            return ()
    elif len(slug) < 8 or "-" not in slug:
        return ()   # (a section's address, "/tin-tuc?page=2": no article's)
    else:
        raw = slug.encode("utf-8", "replace")
        at = body.find(raw)
        while at >= 0 and not _PART_AFTER.match(body, at + len(raw)):
            at = body.find(raw, at + len(raw))
        if at < 0:
            return ()
    found: dict[int, str] = {}
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        if (slug if not ident else "=") not in href:
            continue
        target = resolve(url, href)
        if not target:
            continue
        there = urlsplit(target)
        if ident:
            if there.path.rstrip("/") != path or _identity(there.query) != ident:
                continue    # (another article, or a listing)
        elif there.path.rstrip("/") != path and \
                there.path.rstrip("/").rsplit("/", 1)[0] != path:
            continue    # (another article, or the same path plus "/2")
        elif _identity(there.query):
            continue    # ("?trang=2" and nothing else)
        number = _part_number(there.query, there.path)
        if number is not None and 2 <= number <= MAX_PARTS and number != own \
                and number not in found:
            found[number] = target.split("#", 1)[0]
    return tuple(found[n] for n in sorted(found))


def whole_address(tree: LexborHTMLParser, url: str, parts: tuple[str, ...]) -> str | None:
    """The address of the whole of a split article on one page: a link beside its pager
    (a link to one of ``parts`` within three levels) to the article's own address (its
    page's number left out) asking for every page (Joomla's ``?showall=1``,
    ``?trang=tatca``, ``?page=all``) or saying so ("Xem toàn bài", "Hiển thị tất cả")."""
    here = urlsplit(url)
    path = _article_path(here.path, here.query)
    ident = _identity(here.query)
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        asks = _ALL_PAGES.search(href)
        if not asks and not _ALL_PAGES_TEXT.match(node_text(a)):
            continue
        target = resolve(url, href)
        if not target:
            continue
        there = urlsplit(target)
        there_path = there.path.rstrip("/")
        if there_path.endswith("/all") and there_path[:-4] == path \
                and _beside_pager(a, url, parts):
            return target.split("#", 1)[0]
        if there_path != path:
            continue
        theirs = _identity(there.query)
        rest = frozenset(p for p in theirs if not _ALL_PAGES.search("?" + p))
        if ((asks and rest == ident) or (not asks and ident < theirs)) \
                and _beside_pager(a, url, parts):
            return target.split("#", 1)[0]   # (the words: the article's address, and more)
    return None


def _beside_pager(link: LexborNode, url: str, parts: tuple[str, ...]) -> bool:
    """``link`` sits in the article's pager: a block around it (three levels up at most)
    links one of its further pages."""
    wanted = {p.split("#", 1)[0] for p in parts}
    block = link.parent
    for _ in range(3):
        if block is None or block.tag in ("body", "html"):
            return False
        if any(resolve(url, a.attributes.get("href") or "") in wanted
               for a in block.css("a[href]")[:40]):
            return True
        block = block.parent
    return False


#: An address asking for an article's every page.
_ALL_PAGES = re.compile(r"[?&](?:showall=1|all=1|(?:trang|page|view)=(?:all|tatca|tat-ca|"
                        r"toanbai|toan-bai)|xemtoanbai=1)(?:&|$)|/all/?$", re.IGNORECASE)
#: A link's words asking for it.
_ALL_PAGES_TEXT = re.compile(r"^(?:xem\s+)?(?:toàn\s+bài|tất\s+cả(?:\s+các\s+trang)?|"
                             r"cả\s+bài)(?:\s+viết)?\W*$|^hiển\s+thị\s+(?:tất\s+cả|toàn\s+bài)"
                             r"\W*$|^(?:all\s+pages|view\s+all|show\s+all)\W*$",
                             re.IGNORECASE)


def named_address(url: str) -> str | None:
    """The address of the site a parameter of ``url`` names as an article's path (Craft's
    ``index.php?p=tin-tuc/slug``, a gateway's ``?url=/tin-tuc/slug.html``): the article's
    own address, for a copy no canonical link names. (Only a parameter named for an
    address, holding a path that ends in a headline's slug; not a redirect's way back.)"""
    parts = urlsplit(url)
    for pair in parts.query.split("&") if parts.query else ():
        key, _, value = pair.partition("=")
        if key.lower() not in _ADDRESS_KEYS:
            continue
        value = unquote(value)
        last = value.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
        if "/" not in value.strip("/") or last.count("-") < 3:
            continue
        if not value.startswith(("/", "http://", "https://")):
            value = "/" + value
        found = resolve(url, value)
        if found and urlsplit(found).netloc == parts.netloc:
            return found
    return None


#: Parameters that carry a page's address (not "returnUrl", "redirect": a way back).
_ADDRESS_KEYS = frozenset({"p", "u", "url", "uri", "path", "link", "target"})


def part_number(url: str) -> int:
    """The page of an article ``url`` is (1 for its first)."""
    parts = urlsplit(url)
    return _part_number(parts.query, parts.path) or 1


def _part_number(query: str, path: str) -> int | None:
    """The page number an address carries (a page parameter, or a last path segment of
    digits after the slug). (Discovery's ``page_number`` reads listings the same way; the
    extractor does not import the crawler's side.)"""
    for pair in query.split("&") if query else ():
        key, _, value = pair.partition("=")
        if value.isdigit() and len(value) <= 3:
            if _PART_KEY.match(key):
                return int(value)
            if _BREAK_KEY.match(key):
                return int(value) + 1     # (Joomla's page breaks count from 0)
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return int(last) if last.isdigit() and len(last) <= 2 else None


def _article_path(path: str, query: str) -> str:
    """The path of the article a page of it is at ("…/slug/2": the article is "…/slug")."""
    path = path.rstrip("/")
    if _part_number(query, path) is not None and not query:
        path = path.rsplit("/", 1)[0]
    return path


def _identity(query: str) -> frozenset[str]:
    """An address's parameters but its page's (``id=12&page=2`` → ``{"id=12"}``)."""
    return frozenset(pair for pair in query.split("&") if pair and not _is_page_key(
        pair.split("=", 1)[0]))


def _is_page_key(key: str) -> bool:
    return bool(_PART_KEY.match(key) or _BREAK_KEY.match(key))


#: A parameter numbering an article's pages (not an offset, "start=20"; not a comment
#: page, "comment_page=2"; not WordPress's post id, "p=12"), or a portlet's
#: ("_page", "_AssetPublisher_INSTANCE_x_page").
_PAGE_WORDS = "trang|page|paged|pg|pageno|pagenum|pn|sotrang|phan|part"
_PART_KEY = re.compile(rf"^(?:_[A-Za-z0-9_]*?_?)?(?:{_PAGE_WORDS})$", re.IGNORECASE)
#: Joomla's page breaks ("?start=1" is the second page, "limitstart=2" the third).
_BREAK_KEY = re.compile(r"^(?:limit)?start$")
def article_id_pair(query: str) -> str | None:
    """The parameter naming the article in a query ("id=3037"): of several, the one with
    the longest number ("siteid=1&catid=3&id=3037": not "siteid=1", which every link of
    the portal carries, so that looking for it in the page's bytes would look everywhere)."""
    named = _ID_VALUE.findall(query)
    return max(named, key=lambda pair: len(pair.partition("=")[2])) if named else None


def _near_id(body: bytes, pair: str) -> bool:
    """A page parameter with a number beside the article's id in the page's bytes (a link
    "…?id=1201&amp;page=2"): looked for only where the id is printed."""
    raw = pair.encode("ascii", "replace")
    at = body.find(raw)
    for _ in range(200):
        if at < 0:
            return False
        if _PART_PARAM.search(body, max(0, at - 120), at + len(raw) + 120):
            return True
        at = body.find(raw, at + len(raw))
    return False


#: A parameter naming an article by a number ("id=12", "ItemID=3", "newsid=1201"; not a
#: portal's tab, "tabid=57"): an address named by its query is an article's only with one.
_ID_VALUE = re.compile(r"(?:(?<=^)|(?<=&))(?![Tt][Aa][Bb])[A-Za-z_]*id=\d+(?=&|$)",
                       re.IGNORECASE)
#: A page parameter with a number, in a page's bytes ("&amp;page=2", "?start=1").
_PART_PARAM = re.compile(rf"[?&;](?:amp;)?(?:_[A-Za-z0-9_]*?_?)?(?:{_PAGE_WORDS}|start|"
                         rf"limitstart)=\d{{1,2}}\b".encode(), re.IGNORECASE)


#: What follows an article's slug in a link to one of its further pages: a page parameter
#: with a number, or a path segment of one ("?trang=2", "&page=3", "/2").
_PART_AFTER = re.compile(rb"(?:[^\"'\s<>]{0,80}?[?&;](?:amp;)?[A-Za-z_]{0,12}=\d{1,2}\b|"
                         rb"/\d{1,2}/?[\"'])")


#: The links of a trail ("breadcrumb", "Breadcrumbs", "crumbs", Joomla's "pathway").
_TRAIL_LINKS = "[class*=rumb] a[href], [id*=rumb] a[href], .pathway a[href]"


def trail_links(tree: LexborHTMLParser, url: str) -> list[str]:
    """The sections an article's trail links (its home left out), absolute: where a
    crawler finds a section the site links nowhere else (a document folder under a
    listing robots.txt closes)."""
    out: list[str] = []
    for a in tree.css(_TRAIL_LINKS)[:12]:
        text = node_text(a)
        if label_key(text) in HOME_CRUMBS or len(text.split()) >= 7:
            continue   # (the home; the article's own headline ending the trail)
        target = resolve(url, a.attributes.get("href") or "")
        if target and target != url and urlsplit(target).path not in ("", "/") \
                and target not in out:
            out.append(target)
    return out[:6]


#: A block named as a trail of links: "breadcrumb", "bc", "path".
CRUMB_NAME = re.compile(r"(?:^|[\s_-])(?:bc|breadcrumbs?|crumbs?|path|pathway|duong-?dan|"
                        # (Squiz Matrix's name for it: "div.lineage > ul.lineage__list")
                        r"lineage)"
                        r"(?:$|[\s_-])", re.IGNORECASE)
#: What separates a trail's links: "/", "»", "›", ">", "→".
_CRUMB_SEP = re.compile(r"[/»›>→]")




_BLOCKS = frozenset({"table", "div", "p", "ul", "ol", "section", "form"})


def _labelled_category(tree: LexborHTMLParser) -> str | None:
    """The section printed in a property row ("Chuyên mục:" | "Tin kinh tế")."""
    root = tree.body
    if root is None:
        return None
    for cell in root.css("td, th, dt"):
        if any(kid.tag in _BLOCKS for kid in cell.iter()):
            continue   # a block of blocks (a layout cell): no label (and no long text read)
        raw = cell.text(deep=True) or ""
        label = node_text(cell)
        row = cell.parent
        # (of a table's words, only "Chuyên mục" names a section by itself: "Danh mục" |
        # "Số lượng" heads a table of figures pasted in a text)
        two = cell.tag == "td" and row is not None and row.tag == "tr" and len(
            [k for k in row.iter() if k.tag in ("td", "th")]) == 2 and (
                first := row.css_first("td, th")) is not None and first.mem_id == cell.mem_id \
            and _SECTION_WORD.match(label) is not None
        if (cell.tag in ("th", "dt") or two) \
                and not label.endswith((":", "：")):
            # a header cell naming its row ("Category" | "Tuyên truyền …"), a term of a
            # definition list, or the first of a row's two cells (SharePoint's form:
            # "Chuyên mục" | "Hoạt động …")
            label += ":"
        found = CATEGORY_LABEL.match(label) if len(raw) <= 24 and (
            "ục" in raw or "ategory" in raw) else None
        if found is None or found.end() != len(label):
            continue   # (the label and nothing else)
        value = next_element(cell)
        text = node_text(value) if value is not None else ""
        if 2 <= len(text) <= 60 and not in_excluded(cell):
            return text
    return None


def _label_before_link(tree: LexborHTMLParser, title: LexborNode | None,
                       body: LexborNode | None = None) -> LexborNode | None:
    """The section a label names in a line of its own, its link after it ("Chuyên mục:
    <a>Diễn đàn</a>" above a headline; K2's "<span>Đăng trong</span> <a>…</a>" under the
    text): the label's text just before the link (the text or the element before it), in
    the article's block (a block around the headline, two levels up at most; a widget's
    or another item's line elsewhere is theirs) or the text's (its block and the one
    around it: a blog theme's masthead holds the headline apart from the text)."""
    root = tree.body
    if root is None or title is None:
        return None
    area: set[int] = set()
    for start in (title, body):
        up = start.parent if start is not None else None
        for _ in range(2):
            if up is None or up.tag in ("body", "html"):
                break
            area.add(up.mem_id)
            up = up.parent
    holders = frozenset(n.mem_id for start in (title, body) if start is not None
                        for n in (start, *ancestors(start)))
    for seen, a in enumerate(root.css("a[href]")):
        if seen > 1500:
            break
        before = a.prev
        if before is not None and before.tag == "-text" and not (
                before.text_content or "").strip():
            before = before.prev   # (a space between the label's element and the link)
        if before is None:
            continue
        label = (before.text_content or "") if before.tag == "-text" else (
            node_text(before) if before.tag in ("span", "b", "strong", "label", "em") else "")
        label = label.strip().lstrip("·•|-–—/ ").strip()   # ("… · Chuyên mục: <a>")
        if not label or len(label) > 40:
            continue
        if not label.endswith((":", "：")):
            label += ":"   # ("Đăng trong", "Chuyên mục" set apart by the markup alone)
        found = CATEGORY_LABEL.match(label)
        if (found is None or found.end() != len(label)) and not _by_in(before, label) \
                and not (label.lower() == "chủ đề:" and
                         _TOPIC_LINK.search(a.attributes.get("href") or "")):
            # (the label and nothing else; PHP-Nuke's "Chủ đề: <a href=…new_topic=5>" under
            # the text names its topic, the site's section)
            continue
        text = node_text(a)
        if 2 <= len(text) <= 60 and within(a, area, 12) and not in_excluded(a) \
                and not _beside_headline(a, holders):
            return a
    return None


#: A link to a topic's page (PHP-Nuke's "modules.php?name=News&new_topic=5").
_TOPIC_LINK = re.compile(r"[?&](?:new_)?topic=\d", re.IGNORECASE)


def _by_in(before: LexborNode, label: str) -> bool:
    """A meta line's "… bởi <a>X</a> trong <a>Y</a>" (Joomla's "Written by X in Y"): the
    word before a link right after the writer's link, which "bởi" opens."""
    if label.lower() not in ("trong:", "in:"):
        return False
    writer = before.prev
    opening = writer.prev if writer is not None and writer.tag == "a" else None
    return opening is not None and opening.tag == "-text" and _BY_WORD.search(
        opening.text_content or "") is not None


#: The word a meta line names the writer after ("Được viết bởi", "Written by").
_BY_WORD = re.compile(r"(?:\bbởi|\bby)\s*$", re.IGNORECASE)


def _beside_headline(link: LexborNode, holders: frozenset[int] = frozenset()) -> bool:
    """The line of ``link``, or the item holding it, holds another headline-long link (an
    item of a list of other articles, each with its section: not the article's own). An
    element holding the headline or the text (``holders``) is the article, no item."""
    line = link.parent
    if line is not None and line.tag in ("span", "b", "strong", "em", "small"):
        line = line.parent
    host = _host(link)   # (another host's link is no headline of this site's list)
    for _ in range(2):
        if line is None or line.tag in ("body", "html") or line.mem_id in holders:
            return False
        if any(a.mem_id != link.mem_id and len(node_text(a)) >= 20 and not _elsewhere(a, host)
               and not is_chrome(node_text(a)) for a in line.css("a")):
            return True   # (a share button's "Chia sẻ lên Facebook" is none)
        line = line.parent
    return False


#: A share button's class, or the host it posts to.
_SHARE_NAME = re.compile(r"share|sharing|social|chia-?se", re.IGNORECASE)
_SHARE_HOST = re.compile(r"(?:^|\.)(?:facebook|twitter|x|zalo|zaloapp|pinterest|linkedin|"
                         r"telegram|t|reddit|tumblr|blogger|google)\.(?:com|me|vn)$")


def _elsewhere(link: LexborNode, host: str) -> bool:
    """``link`` goes to another host than ``host`` (both named), or is a share button."""
    there = _host(link)
    if there and host and there != host:
        return True
    if _SHARE_HOST.search(there):
        return True
    return any(_SHARE_NAME.search(n.attributes.get("class") or "")
               for n in (link, link.parent) if n is not None)


def _host(link: LexborNode) -> str:
    """The host an ``<a>`` links to ("" for a relative link: the page's own)."""
    href = (link.attributes.get("href") or "").strip()
    return urlsplit(href).netloc.lower() if href.startswith(("http:", "https:", "//")) else ""


def _before(tree: LexborHTMLParser, nodes: list[LexborNode],
            mark: LexborNode) -> list[LexborNode]:
    """The ``nodes`` that come before ``mark`` in the document, in order."""
    wanted = {n.mem_id for n in nodes}
    found: list[LexborNode] = []
    root = tree.body or tree.root
    if root is None:
        return []
    for node in root.traverse():
        if node.mem_id == mark.mem_id:
            return found
        if node.mem_id in wanted:
            found.append(node)
    return []


def _current_after(node: LexborNode) -> bool:
    """An element after ``node`` (separators between) named for the trail's current level
    ("current", "active"; not Yoast's "breadcrumb_last", the headline), short and with no
    figures (no "Lượt xem: 125")."""
    sib = node.next
    for _ in range(4):
        if sib is None:
            return False
        if sib.is_element_node and CRUMB_SPLIT.sub("", f" {node_text(sib)} ").strip():
            text = node_text(sib)
            return bool(_CURRENT_NAME.search(sib.attributes.get("class") or "")) and \
                len(text) <= 60 and not any(ch.isdigit() for ch in text)
        sib = sib.next
    return False


_CURRENT_NAME = re.compile(r"current|active", re.IGNORECASE)


def _other_elements(parent: LexborNode, child: LexborNode) -> bool:
    return any(k.is_element_node and k.mem_id != child.mem_id for k in parent.iter())


def _current_crumb(link: LexborNode) -> list[LexborNode]:
    """The breadcrumb's current item after its last link, printed as plain text
    (``<a>Văn bản</a> > <span class="current">Thông báo</span>``): the element right after
    the link (or after its ``li``), past separators."""
    cur = link
    while cur.parent is not None and (cur.parent.tag == "li" or (
            cur.parent.tag == "span" and not _other_elements(cur.parent, cur)
            and _current_after(cur.parent))):
        cur = cur.parent   # (the link's item, or a span holding it alone with the trail's
        # current level marked after it: ASP.NET's SiteMapPath)
        if cur.tag == "li":
            break
    sib = cur.next
    for _ in range(4):
        if sib is None:
            return []
        words = (sib.text_content or "").strip() if sib.is_text_node else ""
        if words and sib.next is None and sib.prev is not None and sib.prev.tag == "img" \
                and sum(ch.isalpha() for ch in words) >= 3:
            return [sib]   # the trail's last words, printed bare after its arrow picture
        if sib.is_element_node:
            text = node_text(sib)
            if text and CRUMB_SPLIT.sub("", f" {text} ").strip():
                if sib.css_first("a") is not None or sib.tag == "a" or len(text) >= 60:
                    return []   # another link: the selector missed it, not a current item
                return [sib]
        sib = sib.next
    return []


#: A kicker printed as plain text, named so by its class (not a series label "Kỳ 2:"), or
#: the heading of the panel the article is set in ("tieude-muc", "panel-tu-head").
#: A kicker naming the item's format, not its section ("E-MAGAZINE", "Longform").
_FORMAT_NAME = re.compile(r"^\W*(?:e-?magazine|emag|longform|infographics?|megastory|"
                          r"interactive|photo\s*story|"
                          # a press genre over the headline ("XÃ LUẬN", "Phóng sự")
                          r"xã\s*luận|chính\s*luận|phóng\s*sự|ghi\s*chép|ký\s*sự|bút\s*ký|"
                          r"tản\s*văn|phỏng\s*vấn|bình\s*luận|chuyên\s*luận)\W*$", re.IGNORECASE)
def _site_links(node: LexborNode, text: str) -> bool:
    """The page links a section named ``text`` (its menu's "E-magazine")."""
    top = node
    while top.parent is not None:
        top = top.parent
    def key(name: str) -> str:   # ("Infographics" / "Infographic", "E-Magazine" / "EMAGAZINE")
        return re.sub(r"\W", "", label_key(name)).rstrip("s")

    wanted = key(text)
    return any(key(node_text(a)) == wanted for a in top.css("a[href]"))


#: A series' badge by a headline: "Loạt bài: …", "Chuyên đề: …", "Series …".
_SERIES = re.compile(r"^\W*(?:(?:loạt\s*bài|series|tuyến\s*bài)\b|chuyên\s*đề\s*[:：])",
                     re.IGNORECASE)
#: A portlet's own header (Liferay: "portlet-header", "portlet-title"), not a portlet.
_PORTLET_HEAD = re.compile(r"(?:^|\s)portlet-(?:header|title|topper)(?:$|\s|-text)",
                           re.IGNORECASE)
#: What sets a section and its sub-section apart in a kicker ("Phát thanh • Thời sự"): a
#: row of links without it is a menu of sub-sections.
_KICKER_PATH = re.compile(r"\w\s*[•·›»>/|]\s*\w")
#: A tag's page: a link to it names a tag, not a section.
_TAG_PATH = re.compile(r"/(?:tag|tags|the|tu-khoa|keyword)s?/", re.IGNORECASE)
#: A property's label that names the section by itself.
_SECTION_WORD = re.compile(r"^\s*(?:chuyên\s*mục|category|thể\s*loại)\s*$", re.IGNORECASE)
#: A document's kind printed over its title ("THÔNG BÁO", "KẾ HOẠCH"): no section.
_DOCUMENT_KIND = re.compile(r"^(?:thông\s+báo|kế\s+hoạch|quyết\s+định|nghị\s+quyết|chỉ\s+thị|"
                            r"công\s+văn|báo\s+cáo|tờ\s+trình|hướng\s+dẫn|thư|lời\s+kêu\s+gọi|"
                            r"tin\s+buồn|cáo\s+phó)\b", re.IGNORECASE)
#: An inline style setting a line in capitals.
_CAPITALS_STYLE = re.compile(r"text-transform\s*:\s*uppercase", re.IGNORECASE)
#: A class naming an element for the section it shows ("cat-name", "ten-chuyen-muc").
_SECTION_NAMED = re.compile(r"(?:^|[\s_-])(?:cat|cate|category|chuyen-?muc|danh-?muc|ten-?muc)"
                            r"(?:$|[\s_-])", re.IGNORECASE)
#: A tag or badge element: "tag is-info", "badge bg-primary".
_BADGE = re.compile(r"(?:^|[\s_-])(?:tag|badge)(?:$|[\s_-])", re.IGNORECASE)
#: What a badge by a headline says of the item rather than its section ("Tin nổi bật",
#: "Tiêu điểm", "Tin mới", "Đọc nhiều", "Video").
_ITEM_KIND = re.compile(r"(?<!\w)(?:mới|new|hot|nổi\s*bật|nóng|độc\s*quyền|video|clip|ảnh|"
                        r"infographics?|e-?magazine|longform|podcast|audio|trực\s*tiếp|live|"
                        r"quảng\s*cáo|pr|tài\s*trợ|tiêu\s*điểm|đọc\s*nhiều|xem\s*nhiều|"
                        r"chào\s*mừng|chuyên\s*đề|sự\s*kiện|kỷ\s*niệm)(?!\w)", re.IGNORECASE)
_KICKER = re.compile(r"kicker|categor|chuyenmuc|danhmuc|"
                     r"(?:^|[\s_-])(?:cate(?:gory)?|cat|chuyen-?muc|section|muc|"
                     r"tieu-?de-?muc|ten-?muc|head|heading|topper|chip|label|portlet-?title|"
                     # a box's own head: "bk-boxhead", "box-title", "block-title"
                     r"box-?(?:head|title)|block-?(?:head|title)|module-?title)"
                     r"(?:$|[\s_-])", re.IGNORECASE)


#: A site's own name ("Cổng thông tin điện tử …", "Báo điện tử …"), never a section's.
_SITE_NAME = re.compile(r"(?:cổng|trang)\s+thông\s+tin|báo\s+điện\s+tử|website\b",
                        re.IGNORECASE)


def _title_picture(row: LexborNode) -> str:
    """The ``alt`` of the one picture a row holds, when it is a title, not a banner."""
    pictures = row.css("img")
    if len(pictures) != 1:
        return ""
    attrs = pictures[0].attributes
    alt = clean(attrs.get("alt") or "")
    named = f"{attrs.get('src') or ''} {attrs.get('class') or ''} {alt}"
    if not alt or BANNER.search(named) or "header" in named.lower():
        return ""   # (a site's banner, logo or page header: its name, not a section's)
    return alt


def _section_link(link: LexborNode, text: str) -> bool:
    """A link that may name a section: not a control ("« Quay lại", "In bài viết", "Bài
    trước"), a language, a tag ("#Đại hội") or an address no section has (print, tag,
    search, a language's)."""
    key = label_key(text)
    href = link.attributes.get("href") or ""
    return not (is_chrome(text, key) or PREV_NEXT.match(key) or NOT_SECTION_TEXT.match(key)
                or text.lstrip().startswith(("#", "«", "‹", "<")) or NOT_SECTION_URL.search(href))


#: A link's words that lead back or close a view, never a section's name ("Bình luận",
#: "Chia sẻ", "Ý kiến bạn đọc" are sections too).
_BACK = re.compile(r"^[«‹<\s]*(?:quay\s+(?:lại|về)|trở\s+(?:về|lại)|back|go\s+back|đóng|"
                   r"close)[»›>\s]*$", re.IGNORECASE)


def kicker(title: LexborNode | None, url: str, named: bool = False) -> str | None:
    """The section printed as a lone link right above the headline (Ghost's primary tag, a
    mobile page's category chip), or as plain text in an element named as a kicker or
    category: the element just before the headline, or before the block that opens with
    it, whose whole text is that one short name."""
    cur = title
    for _ in range(8):   # (a table skin's head is a row above the headline's cell, or
        # above the nested tables of the box that holds it)
        if cur is None or cur.tag in ("body", "html"):
            return None
        sib = cur.prev
        while sib is not None and not sib.is_element_node:
            sib = sib.prev
        if sib is not None:
            # a table skin's box head: a row of one cell, its name in text or in the alt
            # of a title picture ("tieude_ccb.gif")
            bar = sib.tag == "tr" and len(sib.css("td, th")) == 1
            text = node_text(sib) or (_title_picture(sib) if bar else "")
            links = [sib] if sib.tag == "a" else sib.css("a[href]")
            short = (2 <= len(text) <= 50 and not any(ch.isdigit() for ch in text)
                     and not text.endswith(":") and label_key(text) not in HOME_CRUMBS
                     and not _SITE_NAME.match(text) and not PAGE_LABEL_CRUMB.match(text))
            # (named on itself, or on the cell of a row holding only it: a table skin's head)
            # (the header of the headline's own portlet, "portlet-header" > "Xây dựng Đảng",
            # named like chrome: the section the portlet shows — not a portlet before it)
            portlet_head = _PORTLET_HEAD.search(sib.attributes.get("class") or "") is not None \
                and sib.parent is not None and not in_excluded(sib.parent)
            firsts = (sib, *sib.css("td, th, span")[:2])
            # (a line set in capitals right over the headline, no class: an e-mail
            # newsletter's kicker, "text-transform:uppercase" on a div; a page builder's
            # "TIN HOẠT ĐỘNG" typed over the heading)
            styled = title is not None and text_length(cur) == text_length(title) and not links \
                and (_CAPITALS_STYLE.search(sib.attributes.get("style") or "") is not None
                     or (text.isupper() and 1 < len(text.split()) <= 5
                         and not _ITEM_KIND.search(text))) \
                and not _DOCUMENT_KIND.match(text)
            marked = bar or portlet_head or styled or any(
                _KICKER.search(n.attributes.get("class") or "") for n in firsts) or (
                # (a tag or badge of the section's name, Bulma's "span.tag"; not one
                # saying what kind of item it is, "Mới", "Video")
                any(_BADGE.search(n.attributes.get("class") or "") for n in firsts)
                and not _ITEM_KIND.search(text) and len(text.split()) <= 5
                and not any(_TAG_PATH.search(a.attributes.get("href") or "") for a in links))
            # (an element named for the section, "cat-header" > "span.cat-name": chrome by
            # its "header", the section's name by its "cat")
            section_named = any(_SECTION_NAMED.search(n.attributes.get("class") or "")
                                for n in firsts) and sib.parent is not None \
                and not in_excluded(sib.parent)
            # (a <nav> of one link right above the headline is its chip, not a menu)
            chip_nav = sib.tag == "nav" and len(links) == 1 and sib.parent is not None \
                and not in_excluded(sib.parent) and _section_link(links[0], text)
            if short and not links and marked and _FORMAT_NAME.match(text) and \
                    not _site_links(sib, text):
                cur = sib   # a format's or genre's label ("XÃ LUẬN"): the section is above
                continue
            if short and (chip_nav or portlet_head or section_named or not in_excluded(sib)) and (
                    (len(links) == 1 and node_text(links[0]) == text
                     and links_elsewhere(links[0], url) and (marked or not named)
                     # (not a popup's "Quay lại" link over the headline: a way back)
                     and not _BACK.match(label_key(text)))
                    or (not links and marked and not (
                        _FORMAT_NAME.match(text) and not _site_links(sib, text)))):
                # (a plain "E-MAGAZINE" over a longform is its format — unless the site
                # has a section of that name, linked elsewhere on the page)
                return text
            own = node_text(links[0]) if len(links) == 1 else ""
            rest = text.replace(own, " ") if own else ""
            if marked and 2 <= len(own) <= 50 and own != text and not in_excluded(sib) \
                    and len(own.split()) <= 5 and len(rest.strip()) <= 25 \
                    and not _ITEM_KIND.search(rest) \
                    and _section_link(links[0], own) and links_elsewhere(links[0], url) \
                    and not any(ch.isdigit() for ch in own):
                # a row of chips: the section's link, and a label of the item's kind beside
                # it ("Gương mặt trẻ" · "Phỏng vấn")
                return own
            # (a <nav> named as the kicker, its section and sub-section, is no menu either)
            kicker_nav = sib.tag == "nav" and marked and sib.parent is not None \
                and not in_excluded(sib.parent) and _KICKER_PATH.search(text) is not None
            if marked and 2 <= len(links) <= 3 and len(text) <= 80 \
                    and (kicker_nav or not in_excluded(sib)) \
                    and all(links_elsewhere(a, url) for a in links) \
                    and text_length(sib) <= sum(text_length(a) for a in links) + 6:
                # a section and its sub-section ("Văn hóa › Phóng sự ảnh"): the nearest —
                # not a series' badge beside the section ("Loạt bài: …", class "series")
                sections = [a for a in links if not _SERIES.match(node_text(a)) and
                            "series" not in (a.attributes.get("class") or "").lower()]
                last = node_text(sections[-1]) if sections else ""
                return last if 2 <= len(last) <= 50 else None
            return None
        cur = cur.parent
    return None
