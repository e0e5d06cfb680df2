"""Page -> :class:`~archiver.models.Article`: profiles first, auto heuristics per missing field.

``extract`` parses once (selectolax lexbor), reads metadata, drops scripts and chrome, finds
the related blocks, the body container, the headline and the article timestamp, then walks
the body into paragraphs, captions and images, peeling byline lines off its ends.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field, replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver import auto
from archiver.byline import Byline, is_person_name, merge, parse_byline, split_authors
from archiver.dates import ParsedDate, find_dates, parse_date, parse_epoch_ms, parse_iso
from archiver.errors import ConfigError, ExtractError
from archiver.models import Article, Image
from archiver.profiles import Profile, detect, load_profile
from archiver.selectors import PageNames, page_names, select
from archiver.text import decode_page
from archiver.urls import canonicalize, resolve

__all__ = ["ExtractedPage", "extract", "extract_page"]

log = logging.getLogger(__name__)

_DROP_TAGS = ("script, style, noscript, iframe, svg, button, input, select, textarea, "
              "template, object, embed, audio, video, map, link")
_BLOCK = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table",
    "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "section", "article", "center",
    "dl", "dt", "dd", "pre", "header", "footer", "main", "form", "hr", "address", "aside",
    "nav", "caption",
})
_CAPTION_CLASS = re.compile(
    r"caption|chu[_-]?thich|(?:image|img|photo|pic|fig)[_-]?(?:desc|note)|"
    r"desc[_-]?(?:image|img|photo|anh)|note[_-]?(?:image|img|photo)", re.IGNORECASE)
# a div that only frames a picture: <div class="img-box"><img><div>caption</div></div>
_IMG_WRAP = re.compile(
    r"(?:^|[\s_-])(?:img|image|images|photo|pic|picture|hinh|hinhanh|anh|figure|thumb)"
    r"(?:$|[\s_-])|imgbox|imagebox|photobox|picbox", re.IGNORECASE)
_ICON_SRC = re.compile(r"(?:icon|logo|spacer|blank|button|loading|pixel|banner|arrow|bullet|"
                       r"share|facebook|zalo|twitter|print|email|rss)[^/]*$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:(?:thứ\s+\w+|chủ\s+nhật)\s*[,-]?\s*)?(?:ngày\s+(?:đăng|cập nhật)\s*:?\s*|"
    r"ngày\s*:?\s*|đăng\s+ngày\s*:?\s*|cập\s+nhật\s*(?:lúc|ngày)?\s*:?\s*)?"
    r"[\d\s/.:,|()\-–amp]+(?:\(?gmt\s*[+-]\s*\d{1,2}\)?)?$", re.IGNORECASE)
_COMMENTS_HEAD = re.compile(r"^(?:ý kiến bạn đọc|bình luận|ý kiến|gửi ý kiến|gửi bình luận|"
                            r"viết bình luận|ý kiến của bạn|bình luận của bạn)\s*(?:\(\d+\))?$")
_CREDIT_RE = re.compile(r"^\(?(?:ảnh|hình\s*ảnh)\s*[:：]\s*(?P<who>[^:()]{2,50})\)?\.?$",
                        re.IGNORECASE)


def _is_credit(text: str) -> bool:
    """"Ảnh: Minh Đức" / "Ảnh: Tuấn Anh - TTXVN": a photo credit naming people only."""
    m = _CREDIT_RE.match(text)
    return m is not None and all(is_person_name(n) for n in split_authors(m.group("who")))
_TAG_LABEL = re.compile(r"^(?:từ\s*khóa|từ\s*khoá|tags?|từ khóa liên quan)\s*:?", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"cập\s*nhật|sửa\s*đổi|updated", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"đăng\s*ngày|ngày\s*đăng|xuất\s*bản|ngày|đăng\s*lúc",
                              re.IGNORECASE)
_STAMP_START = re.compile(
    r"\W*(?:ngày|đăng|xuất\s*bản|cập\s*nhật|thời\s*gian|thứ|chủ\s*nhật|posted|published|\d)",
    re.IGNORECASE)
_HOME = frozenset({"trang chủ", "trang nhất", "home", "trang chu"})
_LEAD_SEL = (
    ".hometext, #hometext, .sapo, .brief, .assetdesc, .assetdesc-text, .itemIntroText, "
    ".lead, .summary, .description, .news-des, #news-des, .story_teaser, .short_content, "
    ".article-summary, .entry-summary, .news-sapo, .chapeau, .tomtat, .mota, .quote-sapo, "
    "[class*=tom-tat], [class*=sapo], [class*=tom_tat], [class*=tomtat], [class*=teaser], "
    "[class*=excerpt], [class*=summary], [class*=-lead], [class*=lead-], [class*=_lead], "
    "[class*=intro], .desc, .news-desc, .detail-desc"
)


# ------------------------------------------------------------------ body walking

@dataclass
class _Para:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = ""
    heading: bool = False
    lines: tuple[str, ...] = ()


@dataclass
class _Walk:
    url: str
    caption_sel: tuple[str, ...]
    paras: list[_Para] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    pending_img: int = -1  # index in images of the last image without caption
    caption_ids: set[int] = field(default_factory=set)
    credits: list[str] = field(default_factory=list)  # "Ảnh: X" lines under images

    def flush(self, align: str, heading: bool = False) -> None:
        raw = "".join(self.buf)
        text = auto.clean(raw)
        lines = tuple(x for x in (auto.clean(y) for y in raw.split("\n")) if x)
        chars, bold, italic = self.chars, self.bold_chars, self.italic_chars
        self.buf, self.chars, self.bold_chars, self.italic_chars = [], 0, 0, 0
        if not text:
            return
        para = _Para(text, bold=chars > 0 and bold >= chars * 0.9,
                     italic=chars > 0 and italic >= chars * 0.9, align=align, heading=heading,
                     lines=lines)
        if self.pending_img >= 0 and _is_credit(text):
            self.credits.append(text)   # a photo credit, not a caption; the image stays open
            return
        if self.pending_img >= 0 and len(text) <= 300 and (
                para.italic or (align == "center" and len(text) <= 200 and not para.bold)):
            self.add_caption(text)
            return
        self.pending_img = -1
        self.paras.append(para)

    def add_caption(self, text: str) -> None:
        text = auto.clean(text)
        if not text:
            return
        if _is_credit(text):
            self.credits.append(text)
            return
        self.captions.append(text)
        if self.pending_img >= 0:
            old = self.images[self.pending_img]
            self.images[self.pending_img] = Image(old.src, text)
            self.pending_img = -1
        elif self.images and self.images[-1].caption is None:
            old = self.images[-1]
            self.images[-1] = Image(old.src, text)

    def add_image(self, node: LexborNode) -> None:
        attrs = node.attributes
        raw = (attrs.get("data-original") or attrs.get("data-src") or attrs.get("data-lazy-src")
               or attrs.get("src") or "")
        src = resolve(self.url, raw)
        if not src or _ICON_SRC.search(src.split("?")[0]):
            return
        for dim in ("width", "height"):
            value = (attrs.get(dim) or "").strip().rstrip("px")
            if value.isdigit() and int(value) < 40:
                return
        if any(img.src == src for img in self.images):
            return
        self.images.append(Image(src, None))
        self.pending_img = len(self.images) - 1


def _align(node: LexborNode, inherited: str) -> str:
    attrs = node.attributes
    style = (attrs.get("style") or "").lower().replace(" ", "")
    for value in ("right", "center"):
        if (f"text-align:{value}" in style or (attrs.get("align") or "").lower() == value
                or f"text-{value}" in (attrs.get("class") or "")):
            return value
    if "text-align:" in style:
        return ""
    return inherited


def _is_caption(node: LexborNode, sel: tuple[str, ...]) -> bool:
    if node.tag == "figcaption":
        return True
    cls = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if cls.strip() and _CAPTION_CLASS.search(cls):
        return True
    return any(node.css_matches(s) for s in sel) if sel else False


def _is_image_box(node: LexborNode) -> bool:
    cls = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if not cls.strip() or not _IMG_WRAP.search(cls):
        return False
    imgs = node.css("img")
    return 0 < len(imgs) <= 3 and len(auto.node_text(node)) <= 300 and not node.css("p + p + p")


def _is_image_table(node: LexborNode) -> bool:
    imgs = node.css("img")
    if not imgs or len(imgs) > 6:
        return False
    text = auto.node_text(node)
    return len(text) <= 400 * len(imgs) and not node.css("table table p + p")


def _walk(node: LexborNode, st: _Walk, fmt: str, align: str) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            if text:
                st.buf.append(text)
                n = len(text.strip())
                st.chars += n
                if "b" in fmt:
                    st.bold_chars += n
                if "i" in fmt:
                    st.italic_chars += n
            continue
        if not child.is_element_node:
            continue
        if tag == "br":
            st.buf.append("\n")
            continue
        if tag == "img":
            st.flush(align)
            st.add_image(child)
            continue
        if _is_caption(child, st.caption_sel):
            st.flush(align)
            st.add_caption(child.text(deep=True, separator=" "))
            st.caption_ids.add(child.mem_id)
            continue
        if auto.is_chrome_block(child):
            continue
        if tag == "figure" or (tag == "table" and _is_image_table(child)) or (
                tag == "div" and _is_image_box(child)):
            st.flush(align)
            _walk_figure(child, st)
            continue
        if tag in _BLOCK:
            sub = _align(child, align)
            st.flush(align)
            _walk(child, st, fmt, sub)
            st.flush(sub, heading=tag in ("h2", "h3", "h4", "h5", "h6"))
            continue
        if tag in ("b", "strong"):
            _walk(child, st, fmt + "b", align)
        elif tag in ("em", "i"):
            _walk(child, st, fmt + "i", align)
        else:
            if tag in ("span", "font") and "bold" in (child.attributes.get("style") or ""):
                _walk(child, st, fmt + "b", align)
            else:
                _walk(child, st, fmt, align)


def _walk_figure(node: LexborNode, st: _Walk) -> None:
    """Image table / figure: images, then each text cell or figcaption is a caption."""
    texts: list[str] = []
    for img in node.css("img"):
        st.add_image(img)
    first_new = st.pending_img
    caps = node.css("figcaption, td, span, p, div, em")
    chosen: list[LexborNode] = []
    for cap in caps:
        if cap.css_first("img") is not None:
            continue
        if any(c.mem_id == p.mem_id for c in chosen for p in _ancestors(cap)):
            continue
        text = auto.node_text(cap)
        if text:
            chosen.append(cap)
            texts.append(cap.text(deep=True, separator=" "))
    if not texts:
        texts = [node.text(deep=True, separator=" ")] if auto.has_text(node) else []
    for i, text in enumerate(texts):
        if i == 0 and first_new >= 0:
            st.pending_img = first_new
        st.add_caption(text)
    st.pending_img = -1


def _ancestors(node: LexborNode) -> list[LexborNode]:
    out = []
    cur = node.parent
    while cur is not None and cur.tag not in ("body", "html"):
        out.append(cur)
        cur = cur.parent
    return out


# ------------------------------------------------------------------ helpers

def _first(tree: LexborHTMLParser, sels: tuple[str, ...],
           names: PageNames | None = None) -> LexborNode | None:
    for sel in sels:
        for node in select(tree, sel, names):
            if auto.has_text(node) or node.attributes.get("content") or node.css_first("img"):
                return node
    return None


def _first_outside_chrome(tree: LexborHTMLParser, sels: tuple[str, ...],
                          url: str = "", names: PageNames | None = None) -> LexborNode | None:
    """Like :func:`_first`, preferring matches outside header/nav/sidebars (a site-name
    ``h1``). A headline that links to another page (a sidebar or listing entry) never
    counts; a match inside chrome-looking markup is kept as a last resort, because a
    profile's own selector may sit in a wrapper named like chrome (Liferay's
    ``div.taglib-header``)."""
    fallback: LexborNode | None = None
    for sel in sels:
        for node in select(tree, sel, names):
            if not auto.has_text(node) or _links_elsewhere(node, url):
                continue
            if not auto.in_excluded(node):
                return node
            fallback = fallback or node
    return fallback


def _links_elsewhere(node: LexborNode, url: str) -> bool:
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
    text = auto.node_text(node)
    return any(auto.node_text(a) == text and elsewhere(a) for a in node.css("a[href]"))


def _published_node(tree: LexborHTMLParser, sels: tuple[str, ...], formats: tuple[str, ...],
                    clock: set[str], names: PageNames | None = None
                    ) -> tuple[LexborNode | None, ParsedDate | None, ParsedDate | None]:
    """The first profile ``published`` match that holds a date of this article.

    Matches in page chrome, in sidebar/listing entries and ones showing only the header
    clock's date are passed over ("Tin mới" lists reuse the article's date classes).
    When none holds a date, the first match outside chrome is still returned (its text may
    carry a byline) with no date, and the caller falls back to the other strategies.
    """
    first: LexborNode | None = None
    for sel in sels:
        for node in select(tree, sel, names):
            if auto.in_excluded(node) or _in_listing_item(node):
                continue
            first = first or node
            published, updated = _date_of(node, formats, clock)
            if published is not None:
                return node, published, updated
    return first, None, None


def _all(tree: LexborHTMLParser, sels: tuple[str, ...],
         names: PageNames | None = None) -> list[LexborNode]:
    for sel in sels:
        nodes = select(tree, sel, names)
        if nodes:
            return nodes
    return []


def _date_of(node: LexborNode, formats: tuple[str, ...],
             clock: set[str]) -> tuple[ParsedDate | None, ParsedDate | None]:
    attrs = node.attributes
    if attrs.get("data-time"):
        return parse_epoch_ms(attrs["data-time"] or ""), None
    for key in ("datetime", "content"):
        if attrs.get(key):
            parsed = parse_iso(attrs[key] or "")
            if parsed:
                return parsed, None
    text = auto.node_text(node)
    return _dates_in_text(text, formats, clock)


def _dates_in_text(text: str, formats: tuple[str, ...],
                   clock: set[str]) -> tuple[ParsedDate | None, ParsedDate | None]:
    # A date-only value equal to the header clock's is the clock; a stamp with a time on
    # the same day is an article published today (a crawl on publication day).
    hits = [(off, d) for off, d in find_dates(text) if d.has_time or d.iso()[:10] not in clock]
    if not hits and formats:
        parsed = parse_date(text, formats=formats)
        return parsed, None
    published: ParsedDate | None = None
    updated: ParsedDate | None = None
    for off, d in hits:
        before = text[max(0, off - 25):off]
        if _UPDATED_LABEL.search(before) and published is not None:
            updated = updated or d
        elif published is None:
            published = d
        elif _UPDATED_LABEL.search(before):
            updated = updated or d
    return published, updated


def _auto_dates(tree: LexborHTMLParser, title: LexborNode | None, body: LexborNode | None,
                clock: set[str]) -> tuple[ParsedDate | None, ParsedDate | None, str]:
    """Timestamp candidates in the text around the title, outside the body and chrome."""
    root = tree.body
    if root is None:
        return None, None, ""
    texts: list[LexborNode] = [n for n in root.traverse(include_text=True) if n.tag == "-text"
                               and (n.text_content or "").strip()]
    anchor = 0
    if title is not None:
        for i, n in enumerate(texts):
            if any(a.mem_id == title.mem_id for a in _ancestors(n)) or (
                    n.parent is not None and n.parent.mem_id == title.mem_id):
                anchor = i
                break
    body_id = body.mem_id if body is not None else -1
    best: tuple[float, ParsedDate, ParsedDate | None, str] | None = None
    updated: ParsedDate | None = None
    i, dist = max(0, anchor - 12), -min(anchor, 12)
    while i < len(texts) and dist < 40:
        node = texts[i]
        i += 1
        if i - 1 > anchor + 3 and any(a.mem_id == body_id for a in _ancestors(node)):
            continue
        dist += 1
        if auto.in_excluded(node) or _in_listing_item(node):
            continue
        text = auto.clean(node.text_content or "")
        if len(text) > 100 and i - 1 > anchor and not _STAMP_START.match(text):
            continue  # a date inside prose ("19/5/1890 - 19/5/2022") is not the stamp
        parent = node.parent
        pub, upd = None, None
        if parent is not None and (parent.attributes.get("datetime")
                                   or parent.attributes.get("data-time")):
            pub, upd = _date_of(parent, (), clock)
        if pub is None:
            pub, upd = _dates_in_text(text, (), clock)
        if pub is None:
            continue
        if _UPDATED_LABEL.match(text) or _UPDATED_LABEL.search(text[:12]):
            updated = updated or pub
            continue
        score = 10.0 - abs(dist) * 0.3 if dist >= 0 else 9.5 - abs(dist) * 0.6
        if pub.has_time:
            score += 2
        if _PUBLISHED_LABEL.search(text):
            score += 1
        if best is None or score > best[0]:
            best = (score, pub, upd, _meta_line_of(node, text))
    if best is None:
        # "Cập nhật lúc: 18:00 |22/05/2022" as the page's only stamp is its publication time
        return (updated, None, "") if updated is not None else (None, None, "")
    return best[1], best[2] or updated, best[3]


_PICTURE_BLOCK = re.compile(r"im(?:a)?g|photo|pic|figure|media|thumb|anh", re.IGNORECASE)


def _picture_blocks(node: LexborNode, url: str) -> list[LexborNode]:
    """``node`` if it is a picture block (an image with at most a caption and a credit),
    else the picture blocks (figures, caption tables) inside it."""
    def is_picture(n: LexborNode) -> bool:
        text = auto.node_text(n)
        return (n.css_first("img") is not None and not auto.in_excluded(n)
                and len(text) <= 300 and not find_dates(text)
                and (n.tag in ("figure", "table") or bool(_PICTURE_BLOCK.search(
                    f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")))
                and not any(_links_elsewhere(a, url) for a in n.css("a[href]")
                            if len(auto.node_text(a)) >= 20))

    if is_picture(node):
        return [node]
    if node.css_first("img") is None:
        return []
    found = [n for n in node.css("figure, table") if is_picture(n)]
    ids = {n.mem_id for n in found}
    # outermost only
    return [n for n in found if not any(a.mem_id in ids for a in _ancestors(n))]


def _lead_images(body: LexborNode, title: LexborNode | None, url: str) -> list[LexborNode]:
    """Pictures placed between the headline and the main text, outside it (a lead figure,
    K2's ``itemImageBlock``, a caption table beside the sapo): blocks just before the body,
    or before one of its nearest ancestors, that hold an image and little text."""
    out: list[LexborNode] = []
    above_title = ({title.mem_id} | {a.mem_id for a in _ancestors(title)}
                   if title is not None else set())
    cur: LexborNode | None = body
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            break
        sib, seen = cur.prev, 0
        while sib is not None and seen < 6:
            if sib.is_element_node:
                seen += 1
                if sib.mem_id in above_title:
                    return out  # the headline: nothing before it belongs to the article
                out.extend(_picture_blocks(sib, url))
            sib = sib.prev
        cur = cur.parent
    return out


def _meta_line_of(node: LexborNode, text: str) -> str:
    """The whole short line a date sits in ("PV • 28/01/2025 08:22" split over spans)."""
    cur, line = node.parent, text
    for _ in range(2):
        if cur is None or cur.tag in ("body", "html"):
            break
        whole = auto.node_text(cur)
        if len(whole) > 160:
            break
        line, cur = whole, cur.parent
    return line


def _in_listing_item(node: LexborNode) -> bool:
    """A date inside an entry that links to another headline (sidebars, listings): a list
    item, table cell or short block whose link text is headline-long."""
    cur = node.parent
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return False
        if cur.tag == "li":
            return any(len(auto.node_text(a)) >= 20 for a in cur.css("a"))
        if cur.tag in ("td", "dd", "p", "tr") and len(auto.node_text(cur)) <= 250:
            return any(len(auto.node_text(a)) >= 20 and not (a.attributes.get("href") or "#")
                       .startswith(("#", "javascript")) for a in cur.css("a[href]"))
        cur = cur.parent
    return False


_UPDATED_SEL = ("[class*=modified]", "[id*=Modified]", "[itemprop=dateModified]")
_BYLINE_SEL = (
    "[class*=author], [id*=Author], [id*=author], [class*=tacgia], [class*=tac-gia], "
    "[id*=TacGia], [class*=byline], [class*=source], [class*=nguon], [id*=Nguon], "
    "[id*=Source], [rel=author]"
)


_BY_PREFIX = re.compile(r"^(?:đăng bởi|viết bởi|bởi|by|người đăng\s*:?)(?:\s+|$)", re.IGNORECASE)


def _auto_byline(tree: LexborHTMLParser, body: LexborNode | None,
                 names: PageNames | None = None) -> Byline:
    """Author/source elements marked by class or id, outside chrome; removed once read."""
    out = Byline()
    root = tree.body
    if root is None:
        return out
    body_id = body.mem_id if body is not None else -1
    for node in select(root, _BYLINE_SEL, names):
        if node.mem_id == body_id or auto.in_excluded(node) or any(
                c.mem_id != node.mem_id for c in node.css("p, div, li")):
            continue
        text = _BY_PREFIX.sub("", auto.node_text(node))
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


def _bold_lead_before(body: LexborNode, title: str | None) -> LexborNode | None:
    """A bold sapo paragraph printed just above the body container (``p > b`` before it)."""
    cur: LexborNode | None = body
    for _ in range(4):
        if cur is None or cur.tag in ("body", "html"):
            return None
        sib = cur.prev
        seen = 0
        while sib is not None and seen < 3:
            if sib.is_element_node and not auto.is_excluded(sib):
                seen += 1
                text = auto.node_text(sib)
                if 60 <= len(text) <= 600 and text != title and not sib.css_first("img, a"):
                    bold = " ".join(auto.node_text(b) for b in sib.css("b, strong"))
                    if len(bold) >= 0.9 * len(text):
                        return sib
                if len(text) > 600:
                    return None
            sib = sib.prev
        cur = cur.parent
    return None


def _lines(node: LexborNode, url: str) -> list[str]:
    """Text lines of an element: one per block child or <br>-separated run."""
    st = _Walk(url, ())
    _walk(node, st, "", "")
    st.flush("")
    return [line for para in st.paras for line in (para.lines or (para.text,))]


def _after_body_byline(body: LexborNode, url: str) -> Byline:
    """Byline lines in the few elements right after the body container."""
    out = Byline()
    cur: LexborNode | None = body
    for _ in range(2):
        if cur is None:
            break
        sib = cur.next
        seen = 0
        while sib is not None and seen < 3:
            if sib.is_element_node and not auto.is_excluded(sib):
                seen += 1
                lines = _lines(sib, url)
                if lines and len(lines) <= 4:
                    parsed = [parse_byline(x) for x in lines]
                    if all(parsed):
                        for part in parsed:
                            if part is not None:
                                out = merge(out, part)
                        return out
            sib = sib.next
        cur = cur.parent
    return out


def _meta_line_byline(text: str) -> Byline:
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
        if not seg or any(ch.isdigit() for ch in seg) or auto.is_chrome(seg):
            continue
        parsed = parse_byline(seg)
        if parsed is not None:
            out = merge(out, parsed)
    return out


def _text_list(nodes: list[LexborNode]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        links = node.css("a")
        items = [auto.node_text(a) for a in links] if links else [auto.node_text(node)]
        for item in items:
            item = _TAG_LABEL.sub("", item).strip(" ,;")
            if item and item not in out:
                out.append(item)
    return out


def _auto_tags(tree: LexborHTMLParser, text: auto.PageText | None = None
               ) -> tuple[list[str], list[LexborNode]]:
    """A "Từ khóa:"/"Tags:" label's links; ``text``, the body text before the related blocks
    were removed (it holds the label if the page still does), spares reading it again."""
    root = tree.body
    if root is None:
        return [], []
    page = text.lower if text is not None else (root.text(deep=True) or "").lower()
    if "từ khóa" not in page and "tag" not in page and "từ khoá" not in page:
        return [], []
    for node in root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        raw = (node.text_content or "").strip()
        if raw and len(raw) < 30 and _TAG_LABEL.match(raw) and len(_TAG_LABEL.sub("", raw)) < 3:
            cur = node.parent
            for _ in range(3):
                if cur is None:
                    break
                links = cur.css("a")
                if links:
                    return _text_list([cur]), [cur]
                cur = cur.parent
    return [], []


# Breadcrumbs and category labels, tried in order after the profile's own selectors.
_CATEGORY_SEL = (
    ".breadcrumbs li", ".breadcrumb li", "ol.breadcrumb li", ".breadcrumb a", "#breadcrumbs a",
    "[id*=breadcrumb] a", "[class*=crumb] a", "div.nav a", "[class*=cat-title]",
    "[id*=Category]", "[class*=category-name]", ".breadcrumbs a", "[class*=breadcrumb] a",
    "[class*=path] a", ".pathway a", "#path a", "[class*=duongdan] a", "[class*=duong-dan] a",
    "[class*=chuyenmuc]", "[class*=chuyen-muc]", "[class*=cate-top] a", "[class*=cat-path] a",
    "[class*=cat-name] a",
)
_CRUMB_SPLIT = re.compile(r"\s+(?:>>|»|›|>|/|\|)\s+|\s*(?:>>|»|›)\s*")


def _category(tree: LexborHTMLParser, prof: Profile | None, title: str | None,
              meta: auto.Meta, names: PageNames | None = None) -> str | None:
    sels = (*(prof.selectors("category") if prof else ()), *_CATEGORY_SEL)
    title_key = auto.label_key(title or "")
    for sel in sels:
        nodes = select(tree, sel, names)
        parts = [part for n in nodes for part in _CRUMB_SPLIT.split(auto.node_text(n))]
        parts = [n for n in parts if n and auto.label_key(n) not in _HOME
                 and auto.label_key(n) != title_key and len(n) < 120]
        if parts:
            return parts[-1].strip(" »>›/|")
    return meta.section


# ------------------------------------------------------------------ entry point

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
    return LexborHTMLParser(utf8 if utf8 is not None else text), text


def _choose(tree: LexborHTMLParser, url: str, profile: str, use_profiles: bool,
            html: str | None, names: PageNames) -> Profile | None:
    if not use_profiles or profile == "auto-only":
        return None
    if profile == "auto":
        return detect(tree, url, html, names)
    try:
        return load_profile(profile)
    except ConfigError:
        raise


@dataclass(slots=True)
class ExtractedPage:
    """What :func:`extract_page` reads from a response."""

    article: Article
    canonical: str | None     # the page's rel=canonical, absolute (NFC), not yet judged


def extract_page(body: bytes, url: str, profile: str = "auto",
                 content_type: str | None = None) -> ExtractedPage:
    """The one door from a response body to a record, for the crawler (in a worker process
    when it has some: only picklable values in and out) and ``reextract`` alike: decode,
    parse once, read the canonical link, extract."""
    tree, source = _parse(body, content_type)
    node = tree.css_first("link[rel=canonical][href]")
    href = node.attributes.get("href") if node is not None else None
    canonical = resolve(url, unicodedata.normalize("NFC", href)) if href else None
    return ExtractedPage(_extract(tree, source, url, profile, True), canonical)


def extract(page: bytes | str | LexborHTMLParser, url: str, profile: str = "auto",
            content_type: str | None = None, *, use_profiles: bool = True) -> Article:
    """Turn one page into an :class:`Article`; see the module docstring."""
    tree, source = _parse(page, content_type)
    return _extract(tree, source, url, profile, use_profiles)


def _extract(tree: LexborHTMLParser, source: str | None, url: str, profile: str,
             use_profiles: bool) -> Article:
    if tree.body is None:
        raise ExtractError(f"{url}: no <body> to extract from")
    names = page_names(tree)   # lets each selector list skip what cannot match this page
    prof = _choose(tree, url, profile, use_profiles, source, names)
    art = Article(url=url, profile=prof.name if prof else "auto")
    meta = auto.read_meta(tree)
    sel = prof.selectors if prof else (lambda _name: ())
    labels = prof.labels if prof else {}

    for node in tree.css(_DROP_TAGS):
        node.decompose()
    text: auto.PageText | None = auto.PageText.of(tree.body)  # what a reader sees, once
    clock = auto.clock_dates(tree, names, text)
    tag_nodes = _all(tree, sel("tags"), names)
    if tag_nodes:
        art.tags = _text_list(tag_nodes)
        for node in tag_nodes:
            node.decompose()
        text = None   # changed: read again where needed

    body = _first(tree, sel("body"), names)
    # related blocks
    containers = _all(tree, sel("related"), names)
    related, blocks = auto.find_related(tree, url, labels.get("related", ()), containers, text)
    art.related = related
    body_id = body.mem_id if body is not None else -1
    for block in blocks:
        if block.mem_id == body_id or (body is not None and any(
                a.mem_id == block.mem_id for a in _ancestors(body))):
            continue
        block.decompose()
    # tags
    if not art.tags:
        art.tags, tag_nodes = _auto_tags(tree, text)
        for node in tag_nodes:
            if node.mem_id != body_id:
                node.decompose()
    if body is None:
        body = auto.find_body(tree)
    body_id = body.mem_id if body is not None else -1

    # title
    title_node = _first_outside_chrome(tree, sel("title"), url, names)
    if title_node is not None:
        art.title = auto.clean_title(auto.node_text(title_node))
    if not art.title:
        art.title, title_node = auto.find_title(tree, meta, body, names)

    # dates
    formats = prof.date_formats if prof else ()
    pub_node, published, updated = _published_node(tree, sel("published"), formats, clock,
                                                   names)
    meta_line = ""
    if pub_node is not None:
        meta_line = auto.node_text(pub_node)
    upd_node = _first(tree, sel("updated") or _UPDATED_SEL, names)
    if upd_node is not None:
        updated = _date_of(upd_node, formats, set())[0] or updated
    if published is not None and not published.has_time and meta.published:
        from_meta = parse_iso(meta.published)
        if from_meta is not None and from_meta.iso()[:10] == published.iso()[:10]:
            published = from_meta
    if published is None and meta.published:
        published = parse_iso(meta.published) or parse_date(meta.published)
        if updated is None and meta.modified:
            updated = parse_iso(meta.modified)
    if published is None:
        published, upd, meta_line = _auto_dates(tree, title_node, body, clock)
        updated = updated or upd
    art.published_at = published.iso() if published else None
    meta_byline = _meta_line_byline(meta_line)
    if updated is not None and published is not None and updated.iso() != published.iso():
        art.updated_at = updated.iso()

    art.category = _category(tree, prof, art.title, meta, names)
    for rsel in prof.remove if prof else ():
        for node in select(tree, rsel, names):
            if node.mem_id != body_id:
                node.decompose()

    # explicit byline elements
    byline = Byline()
    for fname in ("byline", "author", "source", "photographer", "author_unit"):
        for node in _all(tree, sel(fname), names):
            for line in _lines(node, url):
                if fname == "source":
                    parsed = parse_byline(line) or Byline(source=line)
                    if parsed.source is None:
                        parsed = Byline(source=line)
                elif fname == "photographer":
                    parsed = parse_byline(line) or Byline(photographer=line)
                elif fname == "author_unit":
                    parsed = Byline(author_unit=line)
                else:
                    parsed = parse_byline(line, loose=fname == "author") or Byline()
                byline = merge(byline, parsed)
            if node.mem_id != body_id:
                node.decompose()

    if not (byline.author or byline.source):
        byline = merge(byline, _auto_byline(tree, body, names))
    if not (byline.author or byline.source) and body is not None:
        byline = merge(byline, _after_body_byline(body, url))

    # lead
    lead_node = _first(tree, sel("lead"), names)
    if lead_node is None and body is not None:
        above = [a.mem_id for a in _ancestors(body)]
        near = {body_id, *above[:4]}
        for cand in select(tree, _LEAD_SEL, names):
            if auto.in_excluded(cand) or not 40 <= len(auto.node_text(cand)) <= 800:
                continue
            if cand.mem_id in near or cand.mem_id in above or _CAPTION_CLASS.search(
                    cand.attributes.get("class") or ""):
                continue
            # next to the body (same article wrapper), never a listing elsewhere on the page
            if not any(a.mem_id in near for a in _ancestors(cand)[:4]):
                continue
            lead_node = cand
            break
    if lead_node is None and body is not None:
        lead_node = _bold_lead_before(body, art.title)
    lead_walk = _Walk(url, sel("captions"))
    if lead_node is not None:
        _walk(lead_node, lead_walk, "", "")
        lead_walk.flush("")
        if lead_node.mem_id != body_id:
            lead_node.decompose()
    # images outside the body (lead image)
    for node in _all(tree, sel("images"), names):
        _walk(node, lead_walk, "", "")
        lead_walk.flush("")
        node.decompose()
    if body is not None and not sel("images"):
        for node in _lead_images(body, title_node, url):
            # a picture block: keep its images, captions and photo credits, nothing else
            pic = _Walk(url, sel("captions"))
            _walk(node, pic, "", "")
            pic.flush("")
            lead_walk.images.extend(pic.images)
            lead_walk.captions.extend(pic.captions)
            lead_walk.credits.extend(pic.credits)
            lead_walk.credits.extend(p.text for p in pic.paras if _is_credit(p.text))
            node.decompose()

    st = _Walk(url, sel("captions"))
    st.images = list(lead_walk.images)
    st.captions = list(lead_walk.captions)
    if body is not None:
        _walk(body, st, "", "")
        st.flush("")
    for credit in (*lead_walk.credits, *st.credits):
        meta_byline = merge(meta_byline, parse_byline(credit) or Byline())
    paras = _postprocess(st.paras, art, merge(byline, meta_byline), title=art.title)
    lead_paras = [p.text for p in lead_walk.paras if not auto.is_chrome(p.text)]
    if lead_node is None and paras and body is not None:
        first = paras[0]
        if first.bold and len(first.text) >= 60 and not first.heading:
            lead_paras = [first.text]
            paras = paras[1:]
    art.lead = " ".join(lead_paras) or None
    art.body = "\n\n".join([*lead_paras, *(p.text for p in paras)])
    art.captions = st.captions
    art.images = st.images
    if art.author is None and meta.authors:
        art.author = ", ".join(meta.authors)

    missing = [name for name, value in (("title", art.title), ("published_at", art.published_at),
                                        ("body", art.body)) if not value]
    art.missing = missing
    if missing:
        log.warning("%s: extracted without %s (profile %s)", url, ", ".join(missing),
                    art.profile)
    return art


def _postprocess(paras: list[_Para], art: Article, byline: Byline,
                 title: str | None) -> list[_Para]:
    """Drop chrome, datelines and title copies; peel byline lines off the ends."""
    title_key = auto.label_key(title or "")
    # A CMS account in the author field ("Quản trị hệ thống", WordPress's "Ban Biên tập")
    # gives way to a byline printed in the article; it stays when the article has none.
    account = byline.author if byline.author and _ACCOUNT.match(byline.author) else None
    if account:
        byline = replace(byline, author=None)
    kept: list[_Para] = []
    for para in paras:
        text = para.text
        key = auto.label_key(text)
        if _COMMENTS_HEAD.match(key):
            break   # reader comments / the comment form close the article
        if auto.is_chrome(text, key) or (title_key and key == title_key):
            continue
        if len(text) < 80 and _DATELINE.match(text) and find_dates(text):
            continue
        if auto.is_related_heading(text, key):
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


_ACCOUNT = re.compile(
    r"^(?:quản\s*trị(?:\s*(?:viên|hệ\s*thống|website|web|trang))?|admin(?:istrator)?|"
    r"webmaster|ban\s*biên\s*tập(?:\s*(?:website|cổng|trang).*)?|biên\s*tập\s*viên|"
    r"bbt|editor|người\s*đăng(?:\s*tin)?)$", re.IGNORECASE)
