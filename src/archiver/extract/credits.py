"""Who wrote the article, for whom, from where, who took the pictures: byline elements
marked by class or id, a labelled byline line between the headline and the body, byline
lines right after the body, the author segment of a meta line ("Đăng ngày … | Lượt xem … |
Name"), and byline lines peeled off the ends of the body (with chrome, stamp lines and
copies of the title dropped from it). The account that posted the article ("Đăng bởi
admin") is not a byline: it stands as the author only when the article prints none and it
is a person's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.byline import (
    DATA_SOURCE,
    Byline,
    is_credit_role,
    is_organisation,
    is_person_name,
    is_translator_credit,
    is_writer_label,
    merge,
    names_its_writer,
    opens_with_credit_label,
    parse_byline,
    split_authors,
    unit_line,
    unit_of,
    writers_after_by,
)
from archiver.dates import find_dates, is_stamp_line, parse_date
from archiver.dom import (
    _ident,
    ancestors,
    has_text,
    in_excluded,
    is_chrome,
    is_excluded,
    is_related_heading,
    label_key,
    node_text,
    text_length,
)
from archiver.extract.nodes import comes_before, elements_before, next_element
from archiver.extract.walk import Para, lines
from archiver.models import Article
from archiver.selectors import PageNames, select
from archiver.urls import canonicalize, resolve
from archiver.vocab import (
    ACCOUNT,
    ARTICLE_URL,
    AUTHOR_MORE,
    BY_PREFIX,
    BYLINE_SELECTOR,
    COMMENTS_HEADING,
    CONTENT_LABEL,
    COPYRIGHT_NOTE,
    DISCLAIMER,
    DOC_SIGNATURE,
    EDITORIAL,
    ENTRY_NOTE,
    LAST_EDIT_LABEL,
    LETTERHEAD,
    NEXT_PART,
    OUTLET_NAME,
    PORTLET_TITLES,
    QUESTION_META,
    READER_CALL,
    READER_LINE,
    RELATED_MARK,
    UNIT_SELECTOR,
    UPDATED_LABEL,
    WRITER_BOX,
)

__all__ = ["after_body_byline", "auto_byline", "header_byline", "is_account", "label_rows",
           "meta_line_byline", "peel_bylines", "posted_by", "poster_of", "signature_line",
           "stacked_writers",
           "unit_element"]

#: A day or a year: a row holding one holds the stamp beside the names.
_DAY = re.compile(r"\d{1,2}[/.\-]\d{1,2}|\b(?:19|20)\d\d\b")

#: A line that starts with a short label and a colon ("Tác giả: …", "Tin, ảnh: …").
_LABELLED = re.compile(r"^[^:：]{1,25}[:：]")
#: A paragraph ending in a closing quotation mark.
_QUOTE_END = re.compile(r"[”\"»]\s*[.!?…]?\s*$")
#: Who a closing quotation is by: a classic's name ("Chủ tịch Hồ Chí Minh", "V.I. Lênin").
_ATTRIBUTION = re.compile(r"^[—–-]?\s*(?:(?:chủ\s*tịch\s*)?hồ\s*chí\s*minh|bác\s*hồ|"
                          r"v\.?\s*i\.?\s*lênin|lênin|c\.\s*mác|ph\.\s*ăng-?ghen)\s*$",
                          re.IGNORECASE)
#: A series part's title: "Bài 2: …", "Kỳ 3 - …", "Phần II: …".
_PART_TITLE = re.compile(r"^\(?(?:bài|kỳ|phần)\s+(?:\d{1,2}|[ivx]{1,4})\s*[:：.–—-]\s*\S",
                         re.IGNORECASE)


def _card_name(card: LexborNode, body: LexborNode | None) -> str | None:
    """The writer a card names (its ``name`` element, a person's name, no account) when the
    card links the writer's page and stands by the text (in the block around it, under no
    heading of a widget's: "Tác giả nổi bật"): "<div class=…author><span class=name>Trần
    Minh Đức</span><p class=bio>…</p><a href=/tac-gia/…>"; in a block headed for the
    piece's writer (:data:`WRITER_BOX`), its link to the writer's page names them."""
    link = card.css_first('a[href*="/tac-gia"], a[href*="/author"], a[rel~="author"]')
    if link is None:
        return None
    # (a block headed for the piece's writer, "Tác giả bài viết", may stand further from
    # the text: a CMS's block after the node's)
    boxed = any(WRITER_BOX.match(node_text(h)) for up in ancestors(card)[1:2]
                for h in up.css("h2, h3, h4"))
    around = {a.mem_id for a in ancestors(body)[:6 if boxed else 3]} \
        if body is not None else set()
    if not any(a.mem_id in around for a in ancestors(card)[:3]) or any(
            up.css_first("h2, h3, h4") is not None for up in (card, *ancestors(card)[:1])):
        return None
    if card.css_first('[class*="author-name"], [class*="author-dept"]') is not None:
        return None   # (a card of named fields: read field by field, as it always was)
    named = card.css_first('[class~="name"], [itemprop="name"]') or (link if boxed else None)
    text = node_text(named) if named is not None else ""
    return text if text and is_person_name(text) and not is_account(text) else None


def poster_of(line: str) -> str | None:
    """The account a "posted by" line names ("Đăng bởi admin", "Người đăng: Quản trị"), or
    None when the line is not one."""
    m = BY_PREFIX.match(line.strip())
    if m is None:
        return None
    if _co_writers(line):
        return None
    # (the day after it: Drupal's "Gửi bởi <account> vào Thứ Tư, 10/03/2027 - 14:05")
    return _POSTED_WHEN.sub("", line.strip()[m.end():]).strip(" .:,") or None


#: When a "posted by" line's account posted: "vào …", "lúc …", "on …", "at …".
_POSTED_WHEN = re.compile(r"\s+(?:vào|lúc|ngày|on|at)\s.*$", re.IGNORECASE | re.DOTALL)


def _co_writers(line: str) -> bool:
    """"Bởi Nguyễn Hải Đăng, Trần Mai Phương": two or more people after a bare "bởi" are
    co-writers, not the one account that posted."""
    writers = writers_after_by(line)
    return writers is not None and len(split_authors(writers.author or "")) > 1


def posted_by(node: LexborNode) -> bool:
    """The element names who posted the article: it, or a short line around it, starts
    with "Đăng bởi" / "Posted by" (Blogger's ``Đăng bởi <a rel=author>profile</a>``)."""
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return False
        if text_length(cur) > 100:
            return False
        if BY_PREFIX.match(text := node_text(cur)):
            return not _co_writers(text)
        cur = cur.parent
    return False


#: A link to a writer's page by what it lists: "Xem thêm bài viết của Trần Thanh Tâm",
#: "Các bài viết của tác giả X", "View all posts by X", "More posts by X": X.
_MORE_BY = re.compile(r"^(?:(?:xem\s+(?:thêm|tất\s+cả)\s+|tất\s+cả\s+)?(?:các\s+)?(?:bài\s*viết|"
                      r"tin\s*bài|bài|tin)\s+(?:khác\s+)?(?:(?:của|cùng)\s+tác\s*giả|của)\s+|"
                      r"(?:view\s+all|see\s+all|more)\s+(?:posts|articles|stories)\s+by\s+)"
                      r"(?P<name>\S.*)$", re.IGNORECASE)
#: A link to a list of other items, by their topic, event or section ("Bài cùng chủ đề",
#: "Tin bài cùng sự kiện"): no byline at all.
_SAME_TOPIC = re.compile(r"^(?:xem\s+thêm\s+)?(?:các\s+)?(?:bài\s*viết|tin\s*bài|bài|tin)\s+"
                         r"(?:khác\s+)?cùng\s+(?!tác\s*giả)", re.IGNORECASE)


def is_account(name: str | None) -> bool:
    """A CMS account, never an author ("admin", "Super User", "Quản trị hệ thống")."""
    return name is not None and ACCOUNT.match(name.strip(" .")) is not None


def auto_byline(tree: LexborHTMLParser, body: LexborNode | None,
                 names: PageNames | None = None, url: str = "",
                 chrome: dict[int, bool] | None = None) -> tuple[Byline, str | None]:
    """Author/source elements marked by class or id, outside chrome, removed once read; and
    the account a "posted by" element names (not a byline). ``chrome``: the page's
    :func:`in_excluded` answers so far."""
    out = Byline()
    poster: str | None = None
    root = tree.body
    if root is None:
        return out, poster
    body_id = body.mem_id if body is not None else -1
    row: tuple[int, str | None, str | None] = (-1, None, None)   # the name read last: its
    # parent, tag and class
    found = select(root, BYLINE_SELECTOR, names)
    marked = {node.mem_id for node in found}
    rows: list[LexborNode] = []   # rows named for the writer, read by their own elements
    for node in found:
        if node.mem_id == body_id or in_excluded(node, memo=chrome):
            continue
        if in_teaser(node, url):
            continue   # (a sidebar teaser's writer: "<li><a>headline</a> <span class=author>")
        if node.tag == "a" and _USERNAME.search(node.attributes.get("class") or "") and \
                not _NAMED_AUTHOR.search(node.attributes.get("class") or "") and \
                (body is None or not comes_before(root, node, body)):
            continue   # (a portal's user link after the text: a commenter's)
        inner = [c for c in node.css("p, div, li") if c.mem_id != node.mem_id]
        if len(inner) > 1 or (inner and (len(node_text(inner[0])) < len(node_text(node)) or any(
                k.is_element_node for k in inner[0].iter()) or not _NAMED_AUTHOR.search(
                    f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"))):
            # (a block of blocks; one block holding all its text as plain text, SharePoint's
            # field value container "<div class=byline><div>Name (lược ghi)</div></div>", is
            # read as the field)
            stacked = stacked_writers(node, url)
            if stacked is not None:
                out = merge(out, stacked)
                node.decompose()
                continue
            # (a block of labelled rows, NukeViet's "<div id=author>": "Tác giả bài viết:
            # …", "Nguồn tin: …", each a row of its own)
            rows_of = [c for c in node.iter() if c.is_element_node]
            labelled_rows = [(c, t) for c in rows_of if c.tag in ("p", "div", "li")
                             and 3 <= len(t := node_text(c)) <= 160 and _LABELLED.match(t)]
            parsed_rows = [b for _, t in labelled_rows if (b := parse_byline(t)) is not None]
            if parsed_rows and len(parsed_rows) == len(rows_of) <= 4:
                for each in parsed_rows:
                    out = merge(out, each)
                node.decompose()
            elif not out.author and (named := _card_name(node, body)) is not None:
                out = merge(out, Byline(author=named))   # (a writer's card: its name; its
            continue                                     # other lines read on, a unit's)
        if len(marked) > 1 and any(d.mem_id in marked and d.mem_id != node.mem_id
                                   and has_text(d) for d in node.traverse()) and _DAY.search(
                                       node.text(deep=True) or ""):
            # a row named for the writer holding the date and an element of the writer's
            # own ("PublishDate-Author" > "Author"): that element is read, not the row
            rows.append(node)
            continue
        if len(marked) > 2 and _parts_each_marked(node, marked):
            continue   # (a block of credits' elements, each read for its own part)
        text = node_text(node)
        if not text or len(text) > 160:
            continue
        link = node if node.tag == "a" else node.css_first("a[href]")
        if link is not None and node_text(link) == text:   # (a link, or a wrapper of one)
            if _SAME_TOPIC.match(text):
                continue   # ("Bài cùng chủ đề": other items', no writer)
            more = _MORE_BY.match(text)
            if more is not None and is_person_name(more.group("name")):
                text = more.group("name")   # (a writer's page: "Xem thêm bài viết của X")
        if _COMRADE.match(text) or any("interviewee" in (up.attributes.get("class") or "")
                                       for up in (node, *ancestors(node)[:3])):
            continue   # (a subject's card in the writer's place: "Đồng chí Y Mai", the
            # theme's "td-post-interviewee" — the person the piece is about)
        if BY_PREFIX.match(text):   # "Đăng bởi admin", or a lone "Bởi" label
            writers = _co_authors(text)
            if writers:   # "bởi Quàng Thị Huyền và Lò Văn Sơn": the post's writers
                out = merge(out, Byline(author=", ".join(writers)))
            else:
                poster = poster or poster_of(text)
            node.decompose()
            continue
        if len(text) > 120:
            continue
        attrs = node.attributes
        ident = f"{attrs.get('class') or ''} {attrs.get('id') or ''} " \
                f"{attrs.get('itemprop') or ''}".lower()   # (microdata's "author" too)
        if "author" in (attrs.get("itemprop") or "").lower() and not _NAMED_AUTHOR.search(
                f"{attrs.get('class') or ''} {attrs.get('id') or ''}") and \
                not _own_microdata_author(node, text):
            continue
        is_author = any(k in ident for k in ("author", "tacgia", "tac-gia", "byline",
                                             "username"))
        if is_author and _PROFILE_PART.search(ident):
            node.decompose()   # (an author card's bio, "eb-entry-author-bio": a profile,
            continue           # no byline, no text)
        if is_author and out.author and out.author_unit is None and (
                unit := unit_of(text)) is not None:
            out = merge(out, Byline(author_unit=unit))   # the card's line under the name
            node.decompose()
            continue
        parsed = _element_byline(node, text, url, loose=is_author)
        if is_author and parsed in (None, Byline(author=text)) and link is None and \
                (office := _office(text)) is not None and _signs_off(root, node, body):
            # an office signing the text in the writer's element under it ("<p
            # class='tac-gia text-end'><b>Ban Tuyên giáo Tỉnh ủy</b></p>"): its unit
            out = merge(out, Byline(author_unit=office))
            node.decompose()
            continue
        if parsed is None and not is_author:
            parsed = parse_byline(f"Nguồn: {text}")
        if parsed is not None and parsed.author and any(ch.isdigit() for ch in parsed.author):
            # a date or a count in an author-named element ("11 thg 3, 2024 • 4 phút
            # đọc"): no name has digits
            parsed = replace(parsed, author=None)
        if parsed is None or parsed == Byline():
            continue
        if is_account(parsed.author) or is_organisation(parsed.author) or (
                is_author and parsed.author and unit_of(parsed.author) is not None):
            # an account, or the publisher's name in the author slot ("Ban Dân vận", a
            # unit's account on a WordPress site): who posted it
            poster = poster or parsed.author
            parsed = replace(parsed, author=None)
        where = (node.parent.mem_id if node.parent is not None else -2, node.tag,
                 node.attributes.get("class"))
        if out.author and parsed.author and where == row and parsed.author not in (
                out.author.split(", ")) and is_person_name(parsed.author):
            # the writers' names linked one by one in one line ("<a class=author>A</a> -
            # <a class=author>B</a>"): each is a writer
            out = replace(out, author=f"{out.author}, {parsed.author}")
        if parsed.author:
            row = where
        out = merge(out, parsed)
        node.decompose()
    for node in rows if out.author else ():
        node.decompose()   # (read: the stamp in it was read before)
    if not out.author:
        # a meta list marking the writer with a person icon: "<li><i class="icon-user"></i>
        # Minh Tâm</li>"
        for icon in root.css(_PERSON_ICON):
            holder = icon.parent
            if holder is None or holder.mem_id == body_id or in_excluded(holder):
                continue
            name = node_text(holder)
            parsed = parse_byline(name) if 3 <= len(name) <= 120 else None
            if parsed is not None and parsed.author and is_person_name(parsed.author) \
                    and not is_account(parsed.author):
                # ("CTV Lê Thị Hoa (Ủy ban MTTQ xã Việt Vinh)": the name and its unit)
                out = merge(out, Byline(author=parsed.author, author_unit=parsed.author_unit))
                holder.decompose()
                break
    if not out.author:
        out = merge(out, Byline(author=_avatar_name(root, body_id)))
    return out, poster


#: The part of an author's card that describes the person, not names the writer.
_PROFILE_PART = re.compile(r"(?:bio(?:graphy)?|desc(?:ription)?|about|intro|gioi-?thieu|"
                           r"tieu-?su)(?:$|\s)", re.IGNORECASE)


def _parts_each_marked(node: LexborNode, marked: set[int]) -> bool:
    """``node``'s text is all in two elements or more of its own, each marked for a credit
    ("div.pf-authors" > "a.pf-author" × 2, an avatar and a name each; a cell's "lblTacGia"
    and "lblNguon" spans, one a line): each element is read for its part, the block's text
    is no one line."""
    parts: list[LexborNode] = []
    taken: set[int] = set()
    for kid in node.traverse():
        if kid.mem_id != node.mem_id and kid.mem_id in marked and has_text(kid) and \
                not any(up.mem_id in taken for up in ancestors(kid)):
            parts.append(kid)
            taken.add(kid.mem_id)
    if len(parts) < 2 or any(node_text(p).endswith((":", "：")) for p in parts):
        return False   # (a label in an element of its own: "Nguồn:" | "Báo Lào Cai")
    covered = "".join("".join((p.text(deep=True) or "").split()) for p in parts)
    if covered != "".join((node.text(deep=True) or "").split()):
        return False
    # each part a credit of its own: elements of one kind (the writers' links), or lines
    # apart (a <br> between them), not pieces of one line ("Nguyễn Văn" | "Hùng")
    if len({(p.tag, p.attributes.get("class")) for p in parts}) == 1:
        return True
    markup, at = node.html or "", 0
    for part in parts:
        found = markup.find(part.html or "", at)
        if found < 0 or (at and "<br" not in markup[at:found]):
            return False
        at = found + len(part.html or "")
    return True


def _signs_off(root: LexborNode, node: LexborNode, body: LexborNode | None) -> bool:
    """``node``, a block of its own, closes the text: after it, or the text's last lines
    (no paragraph after it in its parent)."""
    if body is None or node.tag not in ("p", "div") or comes_before(root, node, body):
        return False
    if not any(up.mem_id == body.mem_id for up in ancestors(node)):
        return True   # (after the text, outside it)
    sib = node.next
    while sib is not None:
        if sib.is_element_node and text_length(sib) >= 40:
            return False
        sib = sib.next
    return True


def in_teaser(node: LexborNode, url: str) -> bool:
    """``node`` sits in a teaser of another article: a short item (a list item, a block, a
    row) holding a headline's link (six words or more) to an article's address (not a
    section's, a tag's or the writer's own page), apart from ``node``."""
    own = {node.mem_id, *(k.mem_id for k in node.traverse())}
    here = canonicalize(url) if url else ""
    for up in ancestors(node)[:3]:
        if text_length(up) > 400:
            return False
        for a in up.css("a[href]"):
            text = node_text(a)
            if a.mem_id in own or len(text) < 30 or len(text.split()) < 6:
                continue   # (a section's or a person's name beside the writer's)
            raw = (a.attributes.get("href") or "").strip()
            if (not raw or raw == "#" or raw.lower().startswith("javascript")) and \
                    up.tag == "li" and not AUTHOR_MORE.match(text):
                # a list's item whose headline links nowhere (a placeholder); not an author
                # card's "Xem tất cả bài viết của tác giả"
                return True
            href = resolve(url, raw) if url else None
            if href and canonicalize(href) != here and (
                    ARTICLE_URL.search(href) or _HEADLINE_SLUG.search(href)) \
                    and not _SECTION_OR_PERSON.search(href):
                return True   # (not the article's own headline, linking the page itself)
    return False


#: A headline's slug ending an address (Drupal's clean "…/nang-cao-hieu-qua-cong-tac-dan-
#: van-…", no id): five words or more.
_HEADLINE_SLUG = re.compile(r"/[^/?#\s]+(?:-[^/?#\s-]+){4,}-?/?(?:[?#]|$)")


#: An address of a section, a tag or a person's page: no teaser's headline.
_SECTION_OR_PERSON = re.compile(r"/(?:category|chuyen-?muc|danh-?muc|tag|tags|tac-?gia|author|"
                                r"the|tu-?khoa)/", re.IGNORECASE)
#: A portal's class for a link to a user's page (Liferay's "text-truncate username").
_USERNAME = re.compile(r"(?:^|\s)username(?:$|\s)", re.IGNORECASE)


def _co_authors(text: str) -> list[str]:
    """The writers a "bởi A và B" line names when it names two or more people (a theme's
    co-authors); an account posting alone ("Đăng bởi admin") names none."""
    rest = BY_PREFIX.sub("", text, count=1).strip(" :")
    names = [n.strip() for n in _AND_SPLIT.split(rest) if n.strip()]
    if len(names) < 2 or not all(is_person_name(n) and not is_account(n) for n in names):
        return []
    return names


#: Between co-authors: "A và B", "A & B" (not a comma: "Minh Hà, TTXVN" is a writer and
#: her agency).
_AND_SPLIT = re.compile(r"\s+(?:và|and|&)\s+", re.IGNORECASE)


#: A class or id naming the writer's element.
_NAMED_AUTHOR = re.compile(r"author|tac-?gia|tacgia|byline", re.IGNORECASE)


def _own_microdata_author(node: LexborNode, text: str) -> bool:
    """An element marked only ``itemprop="author"`` names the article's writer: a person
    (not an ``Organization``, a publication's name), in no item of a list of other
    articles (a "Bài viết mới đăng" box's items carry their own authors)."""
    if "organization" in (node.attributes.get("itemtype") or "").lower() or \
            not is_person_name(text):
        return False
    for up in ancestors(node)[:6]:
        if up.attributes.get("itemscope") is not None or "itemscope" in up.attributes:
            return not any(len(node_text(a)) >= 20 for a in up.css("a[href]"))
    return True


def _fuller(signed: str, known: str) -> bool:
    """``signed`` names every writer of ``known`` and more ("A, B" against "A")."""
    have = [n.casefold() for n in known.split(", ")]
    names = [n.casefold() for n in signed.split(", ")]
    return len(names) > len(have) and all(n in names for n in have)


def stacked_writers(node: LexborNode, url: str) -> Byline | None:
    """A byline block of several writers, each in a block of its own, a name over its
    unit ("<p><b>Nguyễn Hữu Phước</b><br><i>Ban Tổ chức Tỉnh ủy</i></p><p>…</p>"): the
    names and their units in page order; None unless every block is such a writer."""
    blocks = [c for c in node.iter() if c.is_element_node]
    if len(blocks) >= 2 and is_writer_label(node_text(blocks[0])):
        # a labelled field of several values (Drupal's "Tác giả" over its field__items)
        blocks = blocks[1:]
        if len(blocks) == 1:
            blocks = [c for c in blocks[0].iter() if c.is_element_node]
    if not 2 <= len(blocks) <= 4 or any(b.tag not in ("p", "div", "li") for b in blocks):
        return None
    found: list[Byline] = []
    for block in blocks:
        text = node_text(block)
        parsed = _element_byline(block, text, url, loose=True) if 3 <= len(text) <= 160 else None
        if parsed is None or not parsed.author or not is_person_name(parsed.author):
            return None
        found.append(parsed)
    units = list(dict.fromkeys(b.author_unit for b in found if b.author_unit))
    return Byline(author=", ".join(b.author for b in found if b.author),
                  author_unit=", ".join(units) or None)


#: A link to the writer's page on the site ("/tac-gia/ngoc-ha-112.html", "/author/minh-tam/").
_WRITER_PAGE = ('a[href*="/tac-gia/"], a[href*="/tacgia/"], a[href*="/author/"], '
                'a[href*="/nguoi-viet/"]')


def _avatar_name(root: LexborNode, body_id: int) -> str | None:
    """The writer named only by an avatar: a link to their page on the site with no text,
    its picture's ``alt`` or its own ``title`` naming them (the template's name field left
    blank). None when no such link names a person."""
    for link in root.css(_WRITER_PAGE):
        if node_text(link) or link.mem_id == body_id or in_excluded(link):
            continue
        img = link.css_first("img")
        for name in (link.attributes.get("title"), img.attributes.get("alt") if img else None):
            name = " ".join((name or "").split())
            if name and is_person_name(name) and not is_account(name):
                return name
    return None


def unit_element(tree: LexborHTMLParser, body: LexborNode | None,
                 chrome: dict[int, bool] | None = None) -> str | None:
    """The writer's unit in an element of its own, named for it by the CMS ("div.donvi"
    under "Người viết: …", "lblDonVi" after "Tác giả:"), removed once read; None when none."""
    root = tree.body
    if root is None:
        return None
    body_id = body.mem_id if body is not None else -1
    for node in root.css(UNIT_SELECTOR):
        text = node_text(node)
        if node.mem_id == body_id or len(text) > 120 or in_excluded(node, memo=chrome):
            continue
        if _PLAIN_UNIT.search(node.attributes.get("class") or "") and not _unit_labelled(node):
            continue
        unit = unit_line(text) or unit_of(text.strip("()"))
        if unit:
            node.decompose()
            return unit
    return None


#: The plain class word "unit" (not "author-unit").
_PLAIN_UNIT = re.compile(r"(?:^|\s)unit(?:$|\s)", re.IGNORECASE)
#: A unit's label just before its element ("Đơn vị:", "Cơ quan công tác:").
_UNIT_LABEL = re.compile(r"(?:đơn\s*vị|cơ\s*quan)(?:\s*công\s*tác)?\s*[:：]\s*$", re.IGNORECASE)


def _unit_labelled(node: LexborNode) -> bool:
    """The text right before ``node`` is a unit's label ("Đơn vị: <span class=unit>")."""
    prev = node.prev
    while prev is not None and prev.is_text_node and not (prev.text_content or "").strip():
        prev = prev.prev
    if prev is None:
        return False
    label = (prev.text_content or "") if prev.is_text_node else node_text(prev)
    return len(label) <= 40 and _UNIT_LABEL.search(label.strip()) is not None


def _element_byline(node: LexborNode, text: str, url: str, loose: bool) -> Byline | None:
    """One byline element: its text as one line, or its two lines as name and unit
    ("ThS. Nguyễn Thị Lan Hương" over "Trường Chính trị tỉnh Nghệ An"), the lines broken by
    ``<br>`` or set in elements of their own (an author card's name, department and "Xem
    các bài viết của tác giả" link, which is no part of the byline)."""
    if url and node.css_first("br") is not None:
        found = lines(node, url)
    else:
        found = [t for kid in node.iter() if kid.is_element_node and (t := node_text(kid))]
        if len(found) < 2 or sum(map(len, found)) < len(text) - 4:
            found = [text]   # (text of its own between the elements: one line)
    found = [f for f in found if not AUTHOR_MORE.match(f)] or found
    if len(found) >= 3:
        # "Người viết:" | name / unit / "Email: …" (a label cell, then the card's lines):
        # the label joins its name, the writer's contact lines go
        kept = [f for f in found if not _CONTACT_LINE.match(f)]
        if kept and kept[0].endswith((":", "：")) and len(kept[0]) <= 25 and len(kept) >= 2:
            kept = [f"{kept[0]} {kept[1]}", *kept[2:]]
        if len(kept) == 2 and kept != found:
            found = kept
    if 2 <= len(found) <= 3:
        # the name over its source or picture credit ("Hương Giang" / "Nguồn: Ban Tuyên
        # giáo …", each a label of its own): read line by line
        each = [parse_byline(f, loose=loose and at == 0) for at, f in enumerate(found)]
        if all(p is not None for p in each) and any(
                p is not None and (p.source or p.photographer) and not p.author
                for p in each[1:]):
            joined = Byline()
            for part in each:
                joined = merge(joined, part or Byline())
            return joined
    if len(found) == 2:
        top = parse_byline(found[0])
        unit = unit_line(found[1]) or unit_of(found[1].strip("()"))
        if top is not None and top.author and not top.author_unit and unit:
            return replace(top, author_unit=unit)
        parsed = parse_byline(f"{found[0]}, {found[1]}")
        if parsed is not None and parsed.author_unit is not None:
            return parsed
    if len(found) == 1 and found[0] != text:
        return parse_byline(found[0], loose=loose)
    return parse_byline(text, loose=loose)


def above_title_byline(title: LexborNode | None) -> tuple[Byline, LexborNode | None]:
    """A line right above the headline saying whose piece it is ("Bài viết của đồng chí
    Nguyễn Văn Hùng, …, Bí thư Tỉnh ủy Hà Bắc", "Bút ký của Lam Khê"), and its element."""
    for sib in elements_before(title, levels=2, per_level=2):
        raw = sib.text(deep=True) or ""
        if len(raw) <= 300 and names_its_writer(text := node_text(sib)) and not in_excluded(sib):
            parsed = parse_byline(text)
            if parsed is not None and parsed.author:
                return parsed, sib
    return Byline(), None


def header_byline(title: LexborNode | None, body: LexborNode | None) -> Byline:
    """A labelled byline line ("Tác giả: Lò Hương") printed between the headline and the
    body, outside both: blocks after the headline (and after its wrappers) until the
    body begins — inside a wrapper of the body too, before the body's own branch ("Ảnh và
    lời: …" opening a theme's entry content above the text block)."""
    out = Byline()
    if title is None or body is None:
        return out
    stop = {body.mem_id, *(a.mem_id for a in ancestors(body))}   # the body or around it
    cur: LexborNode | None = title
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html") or cur.mem_id in stop:
            break
        sib, seen = cur.next, 0
        while sib is not None and seen < 6:
            if sib.is_element_node:
                if sib.mem_id in stop:
                    # (the body's wrapper: its blocks before the body's branch)
                    kid = sib.child
                    while sib.mem_id != body.mem_id and kid is not None \
                            and kid.mem_id not in stop:
                        if kid.is_element_node:
                            out = merge(out, _labelled_in(kid))
                        kid = kid.next
                    return out
                seen += 1
                out = merge(out, _labelled_in(sib))
            sib = sib.next
        cur = cur.parent
    return out


def _labelled_in(node: LexborNode) -> Byline:
    """The labelled byline lines of one block outside the text (its lines, or a property
    table's rows)."""
    out = Byline()
    raw = node.text(deep=True) or ""
    props = [f"{label} {value}" for label, value in label_rows(node)] if len(raw) <= 2000 else []
    text = node_text(node) if props or (len(raw) <= 400 and (":" in raw or "：" in raw)) else ""
    # a credit block prints one role a line ("Nội dung: A, B" / "Ảnh: C"), a property table
    # one a row
    rows = (props or [node_text(n) for n in node.css("p, li, div")]) if text else []
    items = [node_text(k) for k in node.iter() if k.tag in ("span", "small", "em", "b",
                                                          "strong")] if text else []
    if not props and len(items) >= 2 and any(_LABELLED.match(i) for i in items) and \
            not any(i.rstrip().endswith((":", "：")) for i in items) and \
            [n.mem_id for n in node.css("p, li, div")] == [node.mem_id]:
        # a meta row's items, each its own element ("<span>Ngày đăng: …</span> <span>Tác
        # giả: Minh Châu</span> <span>Lượt xem: 215</span>")
        rows = items
    if not text and len(raw) <= 120 and names_its_writer(whole := node_text(node)):
        # "Ghi chép của Nguyễn Hoàng Yến" under the sapo: no colon
        text, rows = whole, [whole]
    for line in [r for r in rows if r] or [text]:
        labelled = _LABELLED.match(line) is not None
        if line and len(line) <= 160 and (labelled or names_its_writer(line)) \
                and not BY_PREFIX.match(line) and not in_excluded(node):
            # ("Người đăng: Quản trị hệ thống": who posted it, no byline)
            parsed = parse_byline(line)
            if parsed is not None and (labelled or (parsed.author is not None and
                                                    is_person_name(parsed.author))):
                # (unlabelled, "Ghi chép của <name>": a person's name, not "Thư của Bác
                # Hồ gửi các cháu thiếu nhi …", a document's heading)
                out = merge(out, parsed)
    return out


def after_body_byline(body: LexborNode, url: str) -> Byline:
    """Byline lines in the few elements right after the body container."""
    out = Byline()
    cur: LexborNode | None = body
    for _ in range(3):   # (a CMS's field inside its items inside the field)
        if cur is None or cur.tag in ("body", "html"):
            break
        sib = cur.next
        seen = 0
        while sib is not None and seen < 3:
            if sib.is_element_node and is_excluded(sib):
                # a block named as chrome (NukeViet's "copyright" box) may still print the
                # credit with its label: "Tác giả: Bùi Thị Nga"
                seen += 1
                for line in lines(sib, url)[:4] if text_length(sib) <= 400 else ():
                    parsed_line = parse_byline(line) if _AUTHOR_LINE.match(line) else None
                    if parsed_line is not None and parsed_line.author:
                        out = merge(out, parsed_line)
            elif sib.is_element_node:
                seen += 1
                rows = label_rows(sib)
                if rows:   # a property table: "Tác giả:" | "Name (Unit)", "Ngày tạo:" | …
                    for label, value in rows:
                        if not BY_PREFIX.match(label):   # "Người đăng": who posted it
                            parsed_row = parse_byline(f"{label} {value}")
                            if parsed_row is not None and _LABELLED.match(label):
                                out = merge(out, parsed_row)
                    if out != Byline():
                        sib = sib.next
                        continue   # (the next field may hold the unit: "Đơn vị:")
                # the row's counters and stamps ("Lượt xem: 86") beside the name are not
                # part of it
                # (and an infographic's "Nguồn số liệu:" under its credits)
                # (and a field its CMS prints empty: "Nguồn tin:" under "Tác giả: …")
                found = _fields([x for x in lines(sib, url) if not _stamp_or_counters(x)
                                 and not DATA_SOURCE.match(x)]
                                ) if out == Byline() and text_length(sib) <= 600 else []
                if found and len(found) <= 4:
                    parsed = [parse_byline(x) for x in found]
                    if len(found) >= 2 and all(parsed[:-1]) and parsed[0] is not None and \
                            parsed[0].author and not parsed[-1] and \
                            _AUTHOR_BOX.search(_ident(sib)) and \
                            (unit := unit_of(found[-1])) is not None:
                        # an author box: the name, its unit on the line under it (a box
                        # named for the writer: a spokesperson's card is someone else's)
                        parsed[-1] = Byline(author_unit=unit)
                    if all(parsed):
                        for part in parsed:
                            if part is not None:
                                out = merge(out, part)
                        return out
            sib = sib.next
        if out != Byline():
            return out
        cur = cur.parent
    return out


#: A field's label with nothing after it on its line ("Nguồn tin:", "Ảnh:").
_EMPTY_FIELD = re.compile(r"^[^:：]{1,30}[:：]\s*$")


def _fields(found: list[str]) -> list[str]:
    """Lines of a credit block with each label alone on its line joined to the value on
    the next ("Ảnh:" / "Minh Tâm" -> "Ảnh: Minh Tâm"), and a field its CMS printed empty
    (a label with another label or nothing after it: "Nguồn tin: ") left out."""
    out: list[str] = []
    for at, line in enumerate(found):
        if _EMPTY_FIELD.match(line):
            continue   # (its value, if any, joins it below)
        if at and _EMPTY_FIELD.match(found[at - 1]) and not _LABELLED.match(line):
            line = f"{found[at - 1].strip()} {line}"
        out.append(line)
    return out


def _stamp_or_counters(line: str) -> bool:
    """A line of stamps and counters, each part of it ("Ngày đăng: 03/02/2026 16:40 |
    Lượt xem: 367"): no byline."""
    return all(is_chrome(part) or is_stamp_line(part)
               for part in _ROW_PARTS.split(line) if part.strip())


_ROW_PARTS = re.compile(r"\s[|•·]\s")


#: A box named for the writer ("author-box", "tac-gia", "writer").
_AUTHOR_BOX = re.compile(r"author|tac-?gia|tacgia|writer|byline|nguoi-?viet", re.IGNORECASE)
#: The names of a page's properties that say who made it, printed without a colon.
_PROPERTY_LABEL = re.compile(r"^(?:tác\s*giả|người\s*viết|phóng\s*viên|ảnh|nhiếp\s*ảnh|"
                             r"(?:người\s*)?thực\s*hiện|"
                             r"người\s*chụp|đơn\s*vị|author|written\s*by|photo(?:grapher)?|"
                             r"unit|department)$", re.IGNORECASE)


def label_rows(block: LexborNode) -> list[tuple[str, str]]:
    """A block's label/value rows: a table whose rows are label cells ending in ":" each
    followed by its value cell, or a definition list."""
    rows: list[tuple[str, str]] = []
    for tr in block.css("tr"):
        cells = tr.css("td, th")
        if cells and len(cells) % 2 == 0:   # label | value, or two pairs side by side
            for label_cell, value in zip(cells[::2], cells[1::2], strict=True):
                label = node_text(label_cell)
                if not label.endswith((":", "：")) and _PROPERTY_LABEL.match(label):
                    label += ":"   # a header cell naming the row ("Author" | "Lê Văn Bình")
                if label.endswith((":", "：")) and len(label) <= 30:
                    rows.append((label, node_text(value)))
    # a field's label element and the element after it (Drupal's field-label and
    # field-items, a property list's label and value)
    for node in block.css('[class*="label"], [class*="title"], [class~="lbl"]'):
        label = node_text(node)
        if len(label) > 30 or len(node.css("div, p, span, a")) > 2:
            continue   # (a block of blocks is no name cell)
        if not label.endswith((":", "：")):
            if not _PROPERTY_LABEL.match(label):
                continue
            label += ":"   # a property list's name cell ("Tác giả" | "Bùi Thu Trang")
        after = next_element(node)
        if after is not None:
            rows.append((label, node_text(after)))
    for dt in block.css("dt"):
        dd = next_element(dt)
        if dd is not None and dd.tag == "dd":
            label = node_text(dt)
            rows.append((label if label.endswith((":", "：")) else f"{label}:", node_text(dd)))
    return rows


#: A field naming who posted or entered the item (not who wrote it).
_POSTED_BY = re.compile(r"^(?:người\s*(?:đăng(?:\s*tin)?|cập\s*nhật|nhập(?:\s*tin)?)|"
                        r"đăng\s*bởi|posted\s*by)\s*[:：]", re.IGNORECASE)


#: "bởi" after a stamp's day in its line ("Đăng ngày 28 tháng 4, 2026 bởi …"): what follows.
_STAMP_BY = re.compile(r"(?:\d{4}|\d{1,2}:\d\d(?:\s*[AP]M|\s*SA|\s*CH)?)\s+(?:bởi|by)\s+"
                       r"([^|•·]+)", re.IGNORECASE)
#: The next field of a meta row after the writers ("Danh mục:", "Thẻ:", "Lượt xem").
_META_FIELD = re.compile(r"\s+(?=(?:danh\s*mục|chuyên\s*mục|thẻ|tags?|từ\s*khóa|lượt\s*xem|"
                         r"bình\s*luận)\b)", re.IGNORECASE)


def meta_line_byline(text: str) -> Byline:
    """"Đăng ngày: … | Lượt xem: 1231 | Trần Thị Thanh Thủy" -> the author segment; "Đăng
    ngày 28 tháng 4, 2026 bởi A, B" -> the writers a blog's stamp line names after it (two
    or more people; one name there is who posted, read as such)."""
    out = Byline()
    after = _STAMP_BY.search(text)
    if after is not None:
        writers = writers_after_by("bởi " + _META_FIELD.split(after.group(1), maxsplit=1)[0])
        if writers is not None and len(split_authors(writers.author or "")) > 1 and \
                not any(is_account(n) for n in split_authors(writers.author or "")):
            out = merge(out, writers)
    if "|" in text:   # "11 tháng 3, 2024 · 4 phút · Vàng Thị Mai | Đề xuất sửa bài"
        segs = re.split(r"[|•·]", text)[1:]
    elif "•" in text or "·" in text:   # "PV•28/01/2025 08:22"
        segs = re.split(r"[•·]", text)
    else:
        return out
    after_writer = False   # ("Thu Hằng · Văn phòng Tỉnh ủy · 17:40": the writer's unit next)
    for seg in segs:
        seg = seg.strip()
        if not seg or any(ch.isdigit() for ch in seg) or is_chrome(seg):
            after_writer = False
            continue
        if _POSTED_BY.match(seg):
            # "Người đăng: Nông Thị Thu Trang": who entered the item, whatever name it
            # prints; the writer signs the text (a poster stands in only when none does)
            after_writer = False
            continue
        parsed = parse_byline(seg)
        if parsed is None and after_writer and not out.author_unit and \
                (unit := unit_of(seg)) is not None:
            parsed = Byline(author_unit=unit)
        after_writer = parsed is not None and bool(parsed.author)
        if parsed is not None and parsed.author and is_account(parsed.author):
            # "Người đăng: tdmh_bientap" beside "Tác giả: …": the account, not the writer
            parsed = replace(parsed, author=None)
        if parsed is not None:
            out = merge(out, parsed)
    return out


def peel_bylines(paras: list[Para], art: Article, byline: Byline,
                 title: str | None, poster: str | None = None,
                 header: Callable[[], Byline] | None = None, stamp: str = "") -> list[Para]:
    """Drop chrome, datelines, the line holding the article's own ``stamp`` (with its
    print and font-size controls) and title copies; peel byline lines off the ends. When no
    author is printed in or around the body, ``header`` (a labelled line under the
    headline, read only then) may give one, before the editorial board or the poster."""
    title_key = label_key(title or "")
    fallback, byline = _fallback(byline, poster)
    translated = Byline()   # a translator's credit: the author only where no one else signs
    kept: list[Para] = []
    # (clock lines in the text, a live report's or a programme's: none of them the stamp's)
    timeline = sum(1 for p in paras[:40] if _CLOCK_ALONE.match(p.text)) > 1
    for at, para in enumerate(paras):
        if not kept and not para.cells:
            para, byline = _wrote_opening(para, byline, kept)
        text = para.text
        key = label_key(text)
        if COMMENTS_HEADING.match(key):
            break   # reader comments / the comment form close the article
        if title_key and key == title_key and len(kept) <= 3:
            # the headline's copy at the top of the text: what is above it is its kicker
            # and labels ("E-MAGAZINE"), not the article's lines
            kept = [p for p in kept if len(p.text) > 60]
            continue
        if is_chrome(text, key) or (title_key and key == title_key) or (
                len(text) <= 40 and CONTENT_LABEL.match(text)) or (
                len(text) <= 40 and text.endswith((":", "：")) and UPDATED_LABEL.match(text)):
            continue   # (an update's label its theme prints with no day: "Sửa đổi lần cuối:")
        if para.cells:
            kept.append(para)   # a table's row ("Tác giả: | Trần Văn Thụ", a book's
            continue            # particulars): the text's, no byline, no stamp
        if _stamp_piece(text, stamp, art, len(kept), timeline):
            # (a piece of the meta row the stamp sits in: "Chuyên mục: …", "Viết bởi …")
            if _LABELLED.match(text):   # "Cơ quan trả lời: Sở Nội vụ | Ngày trả lời: …"
                byline = merge(byline, parse_byline(text) or Byline())   # (its field alone)
            continue
        if len(kept) <= 2 and len(text) <= 240 and QUESTION_META.match(text) and \
                "?" not in text:   # (the question in the same paragraph: the text's)
            continue   # a reader's question's row over it: who asked, when, the field
        if is_related_heading(text, key) or (para.linked and RELATED_MARK.match(text)) or \
                _site_note(text, at >= max(1, len(paras) - 4), not kept):
            continue   # (a related link set as a paragraph, ">> …")
        if len(text) <= 160:
            parsed = parse_byline(text)
            labelled = parsed is not None and (parsed.source or parsed.photographer
                                               or re.match(r"^[^:]{1,25}:", text)
                                               or names_its_writer(text))
            if parsed is not None and labelled:
                if parsed.author and is_translator_credit(text):
                    translated = merge(translated, parsed)   # (the writer's, if signed)
                    continue
                byline = merge(byline, parsed)
                continue
        kept.append(para)
    kept = _without_document_frame(kept)
    # a name set apart above the text (right-aligned or bold, alone on its line: an op-ed's
    # author), its unit maybe in a footnote at the end ("TS. X (*)" ... "(*) Trường …")
    byline = _name_on_top(kept, byline)
    kept, byline = _unit_note(kept, byline)
    byline = _closing_lines(kept, byline)
    _update_note(kept, art)
    byline = _credits_table(kept, byline)
    # trailing unlabeled bylines: right-aligned / bold / short name lines at the end (not
    # a table's rows: a list of people closing the text is its own)
    while kept and not kept[-1].cells:
        last = kept[-1]
        if _series_tail(kept):
            continue
        if _after_the_signature(kept):
            kept.pop()
            continue
        if _attribution(kept):
            break   # a closing quotation's attribution ("Chủ tịch Hồ Chí Minh"): the text's
        if len(kept) >= 2 and (joint := _AND_NAME.match(last.text)) is not None:
            # a byline over two lines: "Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh" /
            # "và Trung tá Phạm Đức Long"
            first, second = parse_byline(kept[-2].text), parse_byline(joint.group(1))
            if first is not None and first.author and second is not None and second.author \
                    and not second.author_unit and len(kept[-2].text) <= 120:
                byline = merge(byline, replace(first, author=f"{first.author}, "
                                                            f"{second.author}"))
                del kept[-2:]
                continue
        if len(last.text) > 120:
            break
        over = _label_over_name(last, byline)
        if over is not None:
            byline = over
            kept.pop()
            continue
        if byline.author_unit is None and (office := _office_signing(last)) is not None:
            byline = replace(byline, author_unit=office)
            kept.pop()
            continue
        parsed = parse_byline(last.text)
        if len(last.lines) == 2 and (parsed is None or not parsed.author_unit):
            # a name over its unit ("<b>MINH ANH</b><br><i>BDV HU Hồng Dân</i>"), even when
            # the two read as one line look like a longer name
            two = parse_byline(f"{last.lines[0]}, {last.lines[1]}")
            top = parse_byline(last.lines[0]) if parsed is not None else two
            if two is not None and two.author and two.author_unit is not None and (
                    parsed is None or (top is not None and top.author == two.author
                                       and unit_of(last.lines[1]) is not None)):
                parsed = two
            elif parsed is None and _ADDRESS_LINE.match(last.lines[1]):
                # a reader's signature: the name over their address, which is no unit
                parsed = parse_byline(last.lines[0])
        if parsed is None and len(last.lines) > 1:
            parts = [parse_byline(x) for x in last.lines]
            if all(parts):
                parsed = Byline()
                for part in parts:
                    if part is not None:
                        parsed = merge(parsed, part)
        if parsed is None and (unit := unit_line(last.text) or (
                unit_of(last.text) if last.align == "right" or last.italic or
                _name_over_plain_unit(kept, byline) else None)) is not None:
            # the writer's unit on a line of its own, under the name (or under a labelled
            # byline read above)
            above = parse_byline(kept[-2].text) if len(kept) >= 2 else None
            if above is not None and above.author and not above.author_unit:
                byline = merge(byline, replace(above, author_unit=unit))
                del kept[-2:]
                continue
            if byline.author and not byline.author_unit:
                byline = replace(byline, author_unit=unit)
                kept.pop()
                continue
        if parsed is None:
            break
        looks = last.align == "right" or last.bold or last.italic or (
            parsed.author_unit is not None) or len(last.text) <= 40
        if not looks:
            break
        parsed = _signature(parsed, last.text, title)
        if parsed.author and not byline.author and is_translator_credit(last.text):
            # a translator signing under the writer ("Hendrik van der Berg" / "Trần Thu Hà
            # (dịch)"): the author only where no one else signs
            translated = merge(translated, parsed)
            kept.pop()
            continue
        if parsed.author and byline.author and _fuller(parsed.author, byline.author):
            # the CMS's author field holds one writer, the printed sign-off all of them
            # ("Minh Nguyệt" above, "Minh Nguyệt - Hoàng Long" under the text)
            byline = replace(byline, author=parsed.author)
        byline = merge(byline, parsed)
        kept.pop()
    if not byline.author and header is not None:
        byline = merge(byline, header())
    if byline.author and translated.author and OUTLET_NAME.match(byline.author):
        # ("Tân Hoa Xã" signed over "Người dịch: Minh Châu": the agency is the source)
        byline = replace(byline, author=None, source=byline.source or byline.author)
    byline = byline if byline.author else merge(byline, translated)
    art.author = byline.author or fallback
    art.author_unit = byline.author_unit
    art.source = byline.source
    art.photographer = byline.photographer
    return kept


#: A name in parentheses, set apart in italics at the end of a sapo ("… 19/4/2025).
#: <em>(Thanh Phong)</em>"): its writer.
_SIGNATURE = re.compile(r"^\((?P<name>[^()]{3,40})\)$")
#: What a parenthesis after a text names when it is no writer: a source or an outlet
#: ("(Theo TTXVN)", "(Nguồn: …)", "(Nhân Dân)"), a part or a place of a series.
_NOT_SIGNER = re.compile(r"^(?:theo|nguồn|báo|tạp\s*chí|ttxvn|vtv|vov|nhân\s*dân|"
                         r"kỳ|phần|bài|tập|hà\s*nội|tp\.?\s)", re.IGNORECASE)


def _last_italic(lead: LexborNode | None) -> LexborNode | None:
    """The sapo element's last italic element, if any."""
    marks = lead.css("em, i") if lead is not None else []
    return marks[-1] if marks else None


def italic_signature(lead: LexborNode | None) -> str | None:
    """The writer's name a sapo element ends with, in parentheses and in italics, after its
    last sentence ("(Thanh Phong)"); not a source or an outlet ("(Theo TTXVN)"), and not a
    quotation's or a title's attribution (the text before it ending in a closing quote)."""
    last = _last_italic(lead)
    if lead is None or last is None:
        return None
    m = _SIGNATURE.match(node_text(last))
    whole = node_text(lead)
    if m is None or not whole.endswith(node_text(last)) or _NOT_SIGNER.match(m["name"]) \
            or not is_person_name(m["name"]):
        return None
    before = whole[: -len(node_text(last))].rstrip()
    return m["name"] if before[-1:] in ".!?…)" and len(before) >= 80 else None


def signature_line(lead: LexborNode | None) -> tuple[str, Byline] | None:
    """The byline a sapo element ends with on a line of its own, in italics (NukeViet 3's
    hometext: "<strong>…</strong><br><em>Lò Thị Hương (Văn phòng Đảng ủy xã)</em>"): its
    text as printed and what it says, when it names a person — None otherwise."""
    last = _last_italic(lead)
    if lead is None or last is None:
        return None
    text = node_text(last)
    before = last.prev
    while before is not None and before.is_text_node and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag != "br" or not node_text(lead).endswith(text) or \
            len(text) > 120:
        return None
    parsed = parse_byline(text)
    if parsed is None or not parsed.author or not all(
            is_person_name(n) for n in parsed.author.split(", ")):
        return None
    said = node_text(lead)[: -len(text)].rstrip()
    unit_part = text[len(parsed.author):].strip(" -–—()")
    if len(said) < 40 or not said.endswith((".", "!", "?", "…")) or said[:1] in "“\"«'‘" or \
            said.endswith(("”", "\"", "»", ":")) or (
                parsed.author_unit and unit_part and unit_part != parsed.author_unit):
        return None   # (a quotation's or a poem's attribution, an interviewee's post)
    return text, parsed


def _fallback(byline: Byline, poster: str | None) -> tuple[str | None, Byline]:
    """The author to fall back on when the article prints none, and the byline without an
    account. A CMS account in the author field ("Quản trị hệ thống", "Super User") is never
    an author; the editorial board ("BBT", WordPress's "Ban Biên tập" account) gives way to
    a byline printed in the article and stays when the article has none, and so does the
    name that posted the article when it is a person's."""
    fallback = poster if poster and _fallback_author(poster) else None
    if byline.author and (is_account(byline.author) or EDITORIAL.match(byline.author)):
        fallback = byline.author if EDITORIAL.match(byline.author) else fallback
        byline = replace(byline, author=None)
    elif byline.author and is_organisation(byline.author) and not byline.author_unit:
        # a body's name in the author slot (a blog's member profile, "Hội NCT Hòa Khánh"):
        # a person's byline printed in the text wins, as over the editorial board's
        fallback, byline = byline.author, replace(byline, author=None)
    return fallback, byline


def _attribution(kept: list[Para]) -> bool:
    """The last line names who the whole quotation before it is by ("“Việc gì có lợi cho
    dân …”." / "Chủ tịch Hồ Chí Minh"): the text's, no signature."""
    if len(kept) < 2:
        return False
    quote, last = kept[-2].text, kept[-1].text
    return bool(_QUOTE_END.search(quote)) and quote.lstrip()[:1] in "“\"«" and \
        _ATTRIBUTION.match(last) is not None and len(last) <= 60 and "(" not in last


def _after_the_signature(kept: list[Para]) -> bool:
    """The last line is the site's: a box's heading closing the text, its items taken out
    ("Tin tức - Sự kiện" over other items' links: a container's name); or after the
    writer's signature closed the text, any box's heading or a call to the readers ("Bạn
    đọc có thể gửi câu hỏi …", "Mời bạn đọc …")."""
    last = kept[-1]
    if last.heading and len(kept) > 1 and label_key(last.text) in PORTLET_TITLES:
        return True
    if len(kept) < 3 or len(kept[-2].text) > 120 or parse_byline(kept[-2].text) is None:
        return False
    return (last.heading and len(last.text) <= 80) or (
        len(last.text) <= 320 and READER_LINE.match(last.text) is not None)


def _site_note(text: str, closing: bool, opening: bool) -> bool:
    """A note of the site's or the paper's, not the piece's words: what the piece was
    written for ("(Bài dự thi Cuộc thi …)"), a reprint's source, a copyright line, a
    question column's call to its readers or its disclaimer among the text's last lines
    (``closing``); the note of a reprint opening the text too ("(Bài đăng lại từ Báo Cà Mau
    …)")."""
    if closing and len(text) <= 300 and (ENTRY_NOTE.match(text) or (
            len(text) <= 200 and COPYRIGHT_NOTE.match(text)) or (
            len(text) <= 220 and (READER_CALL.match(text) or DISCLAIMER.match(text)))):
        return True
    return opening and len(text) <= 200 and ENTRY_NOTE.match(text) is not None


def _wrote_opening(para: Para, byline: Byline, kept: list[Para]) -> tuple[Para, Byline]:
    """"Hoàng Thanh Bình viết: “…”" opening the text (PHP-Nuke): the writer, and the quoted
    summary that opens the story (its lead, set in ``kept`` when the story's text follows it
    in the same block); the paragraph to read on with."""
    wrote = _WROTE_OPENING.match(para.text)
    if wrote is None or not is_person_name(wrote.group("name")):
        return para, byline
    byline = merge(byline, Byline(author=wrote.group("name")))
    quote, after = wrote.group("quote").strip(), wrote.group("after").strip()
    para = replace(para, text=quote, lines=(quote,), bold=True)
    if after:   # the story's text, in the same block after the quote
        kept.append(para)
        para = Para(after, lines=(after,))
    return para, byline


def _signature(parsed: Byline, line: str, title: str | None) -> Byline:
    """A signature closing the text as its words mean it: "Hoài Thu - Quang Trung" on an
    item of phường Quang Trung is the writer and the place filed from; a body signing the
    text ("VĂN PHÒNG TỈNH ỦY", "BAN TỔ CHỨC LỄ TANG") names no author."""
    if parsed.author and (place := _filed_from(line, title)) is not None:
        parsed = replace(parsed, author=place)
    if parsed.author and is_organisation(parsed.author):
        parsed = replace(parsed, author=None)
    return parsed


def _filed_from(line: str, title: str | None) -> str | None:
    """The writer alone when a signature "Name - X" ends with the commune or ward the
    headline is about ("Hoài Thu - Quang Trung" on "Đảng ủy phường Quang Trung sơ kết …"):
    the place the writer files from, no second writer. Only a dash, only the last part and
    only a place the headline names with its kind: "Thanh Hà, Minh Đức" stays two writers."""
    shape = _NAME_DASH_PLACE.match(line)
    if shape is None or not title:
        return None
    places = {m.group(1).casefold() for m in _PLACE.finditer(title)}
    return shape.group("name") if shape.group("place").casefold() in places else None


#: A signature of a name, a dash and one more short name ("Hoài Thu - Quang Trung").
_NAME_DASH_PLACE = re.compile(r"^(?P<name>[^-–—,()]{3,40}?)\s+[-–—]\s+(?P<place>[^-–—,()]{3,30}?)"
                              r"\s*\.?$")
#: A commune or a ward named with its kind ("phường Quang Trung", "xã Minh Đức").
_PLACE = re.compile(r"(?:phường|xã|thị\s*trấn|đặc\s*khu)\s+"
                    r"((?-i:[A-ZĐ]\w*)(?:\s+(?-i:[A-ZĐ]\w*)){0,3})", re.IGNORECASE)


def _office(text: str) -> str | None:
    """An office's name signing the text alone ("Ban Tuyên giáo Tỉnh ủy"): its unit."""
    return unit_line(f"({text})") if is_organisation(text) else None


def _office_signing(last: Para) -> str | None:
    """An office signing the text, alone on its line (right, bold): its unit, no writer
    named."""
    if last.align == "right" and last.bold and len(last.text) <= 100 and \
            parse_byline(last.text) is None:
        return _office(last.text)
    return None


def _credits_table(kept: list[Para], byline: Byline) -> Byline:
    """A table of credits closing the text, one role and its names a row ("Nội dung | Thu
    Trang - Minh Quân", "Ảnh | Đức Thọ", "Biên tập | …"): its writers and photographer,
    and no row of it in the text. A table with any other row (a book's particulars) is
    the text's."""
    rows = 0
    while rows < len(kept) and kept[-1 - rows].cells:
        rows += 1
    if rows < 2:
        return byline
    found = Byline()
    for para in kept[len(kept) - rows:]:
        role, _, names = para.text.partition(" | ")
        parsed = parse_byline(f"{role}: {names}") if len(role) <= 30 and names and \
            " | " not in names and is_credit_role(role) else None
        if parsed is None:
            return byline
        found = merge(found, parsed)
    if not found.author:
        return byline
    del kept[len(kept) - rows:]
    return merge(byline, found)


def _series_tail(kept: list[Para]) -> bool:
    """Take off a series' next part announced at the end ("Bài cuối: …", "(Còn nữa)", or
    "(Còn tiếp)" then the next part's title, "Bài 2: Khi ngư dân …"); whether one was."""
    last = kept[-1]
    if len(last.text) <= 200 and NEXT_PART.match(last.text):
        kept.pop()
        return True
    if len(kept) >= 2 and len(last.text) <= 200 and _PART_TITLE.match(last.text) and \
            len(kept[-2].text) <= 40 and NEXT_PART.match(kept[-2].text):
        del kept[-2:]
        return True
    return False


def _unit_note(kept: list[Para], byline: Byline) -> tuple[list[Para], Byline]:
    """The writer's unit in a note near the end ("TS. X (*)" … "(*) Trường …"), maybe
    over the text's numbered notes ("Chú thích:" / "(1) …"): the unit, the note taken off."""
    for at in range(len(kept) - 1, max(len(kept) - 8, -1), -1):
        note = _FOOTNOTE.match(kept[at].text)
        if note is None:
            continue
        unit = unit_line(f"({note.group(1)})")
        if unit is not None:
            return kept[:at] + kept[at + 1:], replace(
                byline, author_unit=byline.author_unit or unit)
        break
    return kept, byline


def _stamp_piece(text: str, stamp: str, art: Article, kept: int,
                 timeline: bool = False) -> bool:
    """A line of the stamp's, not the text: shaped like a stamp (unless it names a day
    after the publication), a piece of the meta row the stamp sits in, or the stamp's own
    words among the first lines."""
    return (is_stamp_line(text) and (not _after_publication(text, art) or (
        UPDATED_LABEL.match(text) is not None and len(text) <= 60))) or bool(
        stamp and (_stamp_row(text, stamp) or (len(text) >= 6 and text in stamp
                                                and kept <= 3))) or (
        kept <= 3 and not timeline and _publication_clock(text, art))


#: A clock alone on a line ("16:05", "16h05", "16:05:00"): a stamp's time in an item of its
#: own (a page builder's date item and time item).
_CLOCK_ALONE = re.compile(r"^(\d{1,2})\s*[:hg]\s*(\d{2})(?::\d{2})?$")


def _publication_clock(text: str, art: Article) -> bool:
    """``text`` is the publication's time printed alone."""
    m = _CLOCK_ALONE.match(text)
    published = art.published_at or ""
    return m is not None and len(published) >= 16 and \
        published[11:16] == f"{int(m.group(1)):02d}:{m.group(2)}"


def _after_publication(text: str, art: Article) -> bool:
    """A line shaped like a stamp naming a day after the article's publication ("Ngày
    20/3/2025" in a schedule's table, published 13/2): the text's, no stamp of it."""
    found = find_dates(text)
    return bool(found and art.published_at and
                found[0][1].iso()[:10] > art.published_at[:10])


def _update_note(kept: list[Para], art: Article) -> None:
    """An editor's note near the end saying when the article was updated ("* Bài viết được
    cập nhật lúc 16:40 ngày 17/7/2024, bổ sung số liệu …", "Sửa lần cuối: 20/05/2025
    21:02"): the update, not the text (taken off ``kept``)."""
    for i in range(len(kept) - 1, max(len(kept) - 4, -1), -1):
        if kept[i].cells:
            continue
        note = _UPDATE_NOTE.match(kept[i].text)
        if note is None or len(kept[i].text) > (300 if note.group("note") else 60):
            continue   # ("Sửa lần cuối: …" is a line of its own; a sentence saying so, text)
        rest = kept[i].text[note.end():note.end() + 40]
        found = parse_date(rest) or next((d for _, d in find_dates(rest)), None)
        if found is not None and found.has_time and (
                art.published_at is None or found.iso() > art.published_at):
            art.updated_at = found.iso()
            del kept[i]
        break


def _name_over_plain_unit(kept: list[Para], byline: Byline) -> bool:
    """The text closes with a person's name set apart (bold or to the right) over a plain
    line (an author box's "<b>KS. Name</b>" / "Trung tâm …"), no writer read yet: that line
    may be the writer's unit. Not a list of people closing the text ("<b>Đồng chí X</b>" /
    "Bí thư Chi bộ …", a post, once or more), nor a bold label over a place."""
    if byline.author or len(kept) < 2:
        return False
    name, last = kept[-2], kept[-1]
    if not (name.bold or name.align == "right") or len(name.text) > 60 or len(last.text) > 100 \
            or last.bold or _STARTS_WITH_POST.match(last.text):
        return False
    above = parse_byline(name.text)
    if above is None or not above.author or not is_person_name(above.author) or \
            _COMRADE.match(name.text):
        return False
    # (one such pair only: more bold names over lines above it are a list of people)
    return not (len(kept) >= 4 and (kept[-4].bold or kept[-4].align == "right")
                and len(kept[-4].text) <= 60)


#: A line opening with a post a person holds ("Bí thư Chi bộ thôn …", "Phó Chủ tịch …").
_STARTS_WITH_POST = re.compile(r"^(?:phó\s+)?(?:bí\s*thư|chủ\s*tịch|giám\s*đốc|trưởng|chánh|"
                               r"ủy\s*viên|uỷ\s*viên|chính\s*ủy|hiệu\s*trưởng)\b", re.IGNORECASE)
#: "Đồng chí …", "Đ/c …": a person named in the text, not its writer.
_COMRADE = re.compile(r"^\W*(?:đồng\s*chí|đ/c)\s", re.IGNORECASE)


def _label_over_name(line: Para, byline: Byline) -> Byline | None:
    """A credit's label alone on ``line``, over the name read below it ("Bài và ảnh:" /
    name / unit on lines of their own): ``byline`` with what the label says of that name;
    None for any other line."""
    text = line.text.strip()
    if not byline.author or len(text) > 24 or not text.endswith((":", "：")) \
            or not opens_with_credit_label(text):
        return None
    named = parse_byline(f"{text} {byline.author}")
    return merge(byline, named) if named is not None and named.author == byline.author \
        else None


def _name_on_top(kept: list[Para], byline: Byline) -> Byline:
    """A name set apart above the text (right-aligned or bold, alone on its line: an
    op-ed's author): read into ``byline`` and taken off ``kept``."""
    if len(kept) > 2 and len(kept[0].text) <= 60 and not kept[0].cells and (
            kept[0].align == "right" or kept[0].bold):
        top = parse_byline(kept[0].text)
        if top is not None and top.author and not top.photographer and not top.source \
                and not is_organisation(top.author):
            del kept[0]
            return merge(byline, top)
    return byline


def _closing_lines(kept: list[Para], byline: Byline) -> Byline:
    """The writer's initials closing the last paragraph itself, or a labelled byline on its
    last line: read into ``byline`` and cut from the paragraph (``kept`` changed)."""
    if kept and kept[-1].cells:
        return byline   # (a table's last row closes the text: no byline in it)
    if kept and (tail := _INITIALS_TAIL.search(kept[-1].text)) is not None:
        # "… gửi về huyện trước ngày 15/11/2024. (N.T.H)": the writer's initials closing
        # the last paragraph itself
        byline = merge(byline, Byline(author=tail.group("name")))
        rows = kept[-1].lines
        kept[-1] = replace(kept[-1], text=kept[-1].text[:tail.start()].rstrip(), lines=(
            *rows[:-1], _INITIALS_TAIL.sub("", rows[-1]).rstrip()) if rows else ())
    if kept and len(kept[-1].lines) >= 2 and len(tail_line := kept[-1].lines[-1]) <= 120 \
            and opens_with_credit_label(tail_line) and kept[-1].text.endswith(tail_line) \
            and parse_byline(kept[-1].text[:-len(tail_line)]) is None:
        # "… trong cộng đồng dân cư.<br><b>Bài và ảnh: Hồng Hạnh</b>": a labelled byline
        # on the last line of the last paragraph itself, after its text (not a byline over
        # two lines, "By A<br>Translated by B", read below)
        parsed = parse_byline(tail_line)
        if parsed is not None and (parsed.author or parsed.photographer or parsed.source):
            byline = merge(byline, parsed)
            rows = kept[-1].lines[:-1]
            kept[-1] = replace(kept[-1], text=kept[-1].text[:-len(tail_line)].rstrip(),
                               lines=rows)
    return byline


#: The writer's initials in parentheses closing the text's last sentence ("… năm 2025.
#: (N.T.H)"), two to four letters with their dots.
_INITIALS_TAIL = re.compile(r"(?<=[.!?…”\"])\s*\((?P<name>(?:[A-ZĐ]\.\s?){1,3}[A-ZĐ]\.?)\)$")

#: A writer's contact line on an author card ("Email: …", "ĐT: 0912 …").
_CONTACT_LINE = re.compile(r"^(?:e-?mail|email|đt|điện\s*thoại|sđt|tel|phone|di\s*động)\s*[:：.]",
                           re.IGNORECASE)
#: An editor's note on an update: "* Bài viết được cập nhật lúc …", "(Tin được cập nhật vào …)".
_UPDATE_NOTE = re.compile(r"^[*(\s]*(?:(?P<note>(?:bài\s*(?:viết)?|tin(?:\s*bài)?)\s+(?:đã\s+)?"
                          rf"được\s+cập\s*nhật)|{LAST_EDIT_LABEL})"
                          r"\s*(?:lúc|vào(?:\s*lúc)?|ngày)?\s*[:：]?\s*", re.IGNORECASE)

#: A footnote naming where the writer works: "(*) Trường Chính trị tỉnh Nghĩa Bình".
_FOOTNOTE = re.compile(r"^\(?\*{1,3}\)?\s*([^()*]{4,110})$")


#: A signature's second line giving where the writer lives, in parentheses ("(Thôn Đồng Ao,
#: xã Thanh Hải, huyện Thanh Liêm)"): an address, not a unit.
_ADDRESS_LINE = re.compile(r"^\(\s*(?:thôn|xóm|ấp|bản|tổ|khu\s*phố|khối|số\s*nhà|xã|phường|"
                           r"thị\s*trấn|địa\s*chỉ)\b[^()]{2,120}\)\.?$", re.IGNORECASE)


#: An icon standing for a person before a name in a meta list.
_PERSON_ICON = ('i[class*="icon-user"], i[class*="fa-user"], i[class*="glyphicon-user"], '
                'i[class*="icon-author"], i[class*="fa-pencil"], span[class*="icon-user"]')
#: A second writer on a line of its own: "và Trung tá Phạm Đức Long".
_AND_NAME = re.compile(r"^(?:và|cùng)\s+(.{3,60})$")
#: A line that names the author by its label ("Tác giả:", "Người viết:", "Bài:").
_AUTHOR_LINE = re.compile(r"^(?:tác\s*giả|người\s*viết|bài\s*viết|bài|tin|phóng\s*viên)\s*[:：]",
                          re.IGNORECASE)


#: A story opening with its writer's name: "Hoàng Thanh Bình viết: “Trong 5 tháng …”".
_WROTE_OPENING = re.compile(r"^(?P<name>[^:：\"“]{3,40}?)\s+viết\s*[:：]\s*"
                            r"[\"“](?P<quote>[^\"”]{40,})[\"”]\s*(?P<after>.*)$", re.DOTALL)


def _upper(text: str) -> bool:
    """Set in capitals (nine letters in ten)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


#: An official document's number line, its place and date, its kind.
_DOC_NUMBER = re.compile(r"^(?:số|SỐ|Số)\s*[:：]?\s*\d+[^\s]*(?:\s|$)")
_DOC_DATELINE = re.compile(r"^[^,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$")
_DOC_KIND = re.compile(r"^(?:NGHỊ\s*QUYẾT|QUYẾT\s*ĐỊNH|THÔNG\s*BÁO|KẾ\s*HOẠCH|CHỈ\s*THỊ|"
                       r"CÔNG\s*VĂN|TỜ\s*TRÌNH|BÁO\s*CÁO|HƯỚNG\s*DẪN|QUY\s*ĐỊNH|KẾT\s*LUẬN|"
                       r"THÔNG\s*TRI|CHƯƠNG\s*TRÌNH|ĐỀ\s*ÁN)(?:\s+(?:Về|về|V/v)\s|$)")


def _without_document_frame(paras: list[Para]) -> list[Para]:
    """A pasted document's letterhead (its first paragraphs: the issuing body in capitals,
    "*") and signature block (a paragraph from "K/T TRƯỞNG BAN", "(Đã ký)" or "Nơi nhận:"
    to the end, the signer's name with it: a signer is not an author) left out."""
    start = 0
    while start < min(len(paras), 3):
        para = paras[start]
        if len(para.text) > 150:
            break   # (before counting the letters of what may be the whole article)
        if para.text.strip() == "*" or (_upper(para.text) and LETTERHEAD.match(para.text)):
            start += 1
            continue
        break
    if start or (paras and len(paras[0].text) <= 300 and LETTERHEAD.match(paras[0].text)):
        # an official document's opening after its letterhead: the national motto, its
        # number, its place and date, its kind and subject in capitals ("NGHỊ QUYẾT",
        # "THÔNG BÁO Về việc …"), the issuing body's session line, up to its first sentence
        while start < min(len(paras), 8):
            text = paras[start].text
            if len(text) > 300 or not (LETTERHEAD.match(text) or _DOC_NUMBER.match(text)
                                       or _DOC_DATELINE.search(text) or _DOC_KIND.match(text)
                                       or _upper(text) or not text.strip("-–—_* ")):
                break
            start += 1
    end = len(paras)
    for i in range(len(paras) - 1, max(start, len(paras) - 6) - 1, -1):
        lines = paras[i].lines or (paras[i].text,)
        if len(paras[i].text) <= 300 and any(DOC_SIGNATURE.search(line) for line in lines):
            end = i
    if end < len(paras):
        # the block ends with the signer's name; a byline after it (the reporter who posted
        # the appeal, "Hồng Nhung" set right) is the article's, read as any closing line
        signer = next((j for j in range(end, len(paras)) if is_person_name(paras[j].text)
                       and not DOC_SIGNATURE.search(paras[j].text)), None)
        align = paras[signer].align if signer is not None else ""
        after = paras[signer + 1:] if signer is not None else []
        if after and all(parse_byline(p.text) is not None and p.align != align
                         for p in after):   # (set apart from the block: another hand's)
            return paras[start:end] + after
    return paras[start:end] if (start or end < len(paras)) else paras


def _stamp_row(text: str, stamp: str) -> bool:
    """The article's meta line: its stamp and a few words more, no sentence ("10/10/2023
    07:45 A- A+ In bài Gửi email")."""
    if len(text) > 160 or len(stamp) < 8:
        return False
    if stamp not in text:
        # the row itself, its elements' text joined with other spacing ("… 2027 . Đăng
        # trong …" for "… 2027. Đăng trong …"): a row naming its poster or section, never
        # a sentence that opens with its day ("Ngày 21/5/2024, Đảng ủy xã …")
        return "".join(stamp.split()) == "".join(text.split()) and \
            _META_ROW_LABEL.search(text) is not None and len(text.split()) <= 16
    rest = text.replace(stamp, " ").split()
    return len(rest) <= 8 and not any(w.endswith((".", "?", "!")) and len(w) > 3 for w in rest)


#: The labels of a post's meta row: who posted it and where ("Viết bởi … Đăng trong …").
_META_ROW_LABEL = re.compile(r"\b(?:(?:viết|đăng|gửi)\s+bởi|đăng\s+trong|posted\s+(?:by|in)|"
                             r"chuyên\s+mục\s*:|danh\s+mục\s*:)", re.IGNORECASE)


def _fallback_author(name: str) -> bool:
    """A posted-by name that may stand as the author when nothing else is printed: a
    person's name or the editorial board, never an account or an organisation's name."""
    return not is_account(name) and (bool(EDITORIAL.match(name)) or is_person_name(name))
