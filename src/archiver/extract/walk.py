"""The body walk: an article container into paragraphs, captions, images and photo credits.

:func:`walk` visits the container in document order and cuts its text into paragraphs at
block elements and ``<br>``; an image opens a caption slot that the next short italic or
centred paragraph (or a ``figcaption``, a caption class, a caption table cell) fills;
"Ảnh: X" lines under an image are photo credits, not captions; chrome blocks inside the
container (share bars, comments) are skipped. Each paragraph keeps how it was printed (bold,
italic, alignment, heading), which the byline and lead steps read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from archiver.byline import is_person_name, is_portrait_label, parse_byline, split_authors
from archiver.dates import is_stamp_line
from archiver.dom import (
    ancestors,
    clean,
    has_text,
    is_bold,
    is_chrome_block,
    node_text,
    text_length,
)
from archiver.models import Image
from archiver.urls import resolve
from archiver.vocab import CAPTION_CLASS, CAPTION_CREDIT, ICON_SRC, IMAGE_WRAPPER, PHOTO_CREDIT

__all__ = ["BodyWalk", "Para", "is_credit", "is_link_card", "lines", "link_cards",
           "picture_description", "walk",
           "walk_figure"]

#: ``BodyWalk.pending_img`` after a picture inlined as a data: URI.
_INLINE = -2

#: A link to a picture file (a figure linking its full-size image is still a picture).
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:[?#]|$)", re.IGNORECASE)

BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table",
    "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "section", "article", "center",
    "dl", "dt", "dd", "pre", "header", "footer", "main", "form", "hr", "address", "aside",
    "nav", "caption",
})


def is_credit(text: str) -> bool:
    """"Ảnh: Minh Đức" / "Ảnh: Tuấn Anh - TTXVN": a photo credit naming people only."""
    m = PHOTO_CREDIT.match(text)
    return m is not None and all(is_person_name(n) for n in split_authors(m.group("who")))


#: A player's length line: "Thời lượng: 03:42", "Duration 1:02:15".
_LENGTH_LINE = re.compile(r"^(?:thời\s*lượng|độ\s*dài|duration|length)\s*[:：]?\s*"
                          r"\d{1,2}(?::\d{2}){1,2}$", re.IGNORECASE)
#: A slideshow's counter under a picture ("1 / 4", "2/12").
_SLIDE_COUNT = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = ""
    heading: bool = False
    lines: tuple[str, ...] = ()
    linked: bool = False      # all of it inside a link (a teaser's headline)
    mostly_linked: bool = False   # most of it a link ("» <a>headline</a> (03/02/2027)")
    cells: bool = False       # a row of a table of figures, its cells joined by " | "


@dataclass
class BodyWalk:
    url: str
    caption_sel: tuple[str, ...]
    paras: list[Para] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    link_chars: int = 0
    last_caption: str = ""    # the caption read last (kept or not)
    # index in images of the last image without caption; _INLINE after a picture inlined
    # in the page (a saved page's data: URI), which opens a caption but is not kept
    pending_img: int = -1
    #: the pictures set one after another since the last paragraph, no caption under them
    #: yet: the caption lines after such a run caption each in turn ("Ảnh trên: …" / "Ảnh
    #: dưới: …" under two pictures)
    run_imgs: list[int] = field(default_factory=list)
    #: the first caption line's look under the run (italic, alignment): a further line
    #: captions the next picture only when set as it is
    run_style: tuple[bool, str] | None = None
    caption_ids: set[int] = field(default_factory=set)
    credits: list[str] = field(default_factory=list)  # "Ảnh: X" lines under images
    #: data attributes the page's stylesheet prints (``content: attr(data-caption)``): a
    #: picture's caption a reader sees, though no element holds it
    printed_attrs: tuple[str, ...] = ()
    #: where in ``buf`` the last ``<br>`` is (-1: none since the paragraph began)
    br_at: int = -1
    #: a cell of the row being read has text since the last " | "
    cell_text: bool = False

    def flush(self, align: str, heading: bool = False, cells: bool = False) -> None:
        self.br_at, self.cell_text = -1, False
        raw = "".join(self.buf)
        lines = tuple(x for x in (clean(y) for y in raw.split("\n")) if x)
        # = clean(raw): a line break is a space to cleaning and a boundary to NFC, so the
        # cleaned lines joined by spaces are the cleaned whole (one pass instead of two)
        text = " ".join(lines)
        if cells and text.endswith(" |"):
            text = text[:-2].rstrip()   # a row's last cell empty
            lines = (text,)
        chars, bold, italic = self.chars, self.bold_chars, self.italic_chars
        linked = chars > 0 and self.link_chars >= chars * 0.9
        mostly_linked = chars > 0 and self.link_chars >= chars * 0.6
        self.buf, self.chars, self.bold_chars, self.italic_chars = [], 0, 0, 0
        self.link_chars = 0
        if not text:
            return
        para = Para(text, bold=chars > 0 and bold >= chars * 0.9,
                     italic=chars > 0 and italic >= chars * 0.9, align=align, heading=heading,
                     lines=lines, linked=linked, cells=cells,
                     mostly_linked=mostly_linked)
        if cells:
            self._close_run()
            self.paras.append(para)   # (a row is no caption, no credit)
            return
        if self.pending_img != -1 and is_credit(text):
            self.credits.append(text)   # a photo credit, not a caption; the image stays open
            return
        if self.pending_img >= 0 and self.run_style is not None and \
                (para.italic, align) != self.run_style:
            self._close_run()   # (a quotation or a heading after the run's caption: text)
        if self.pending_img != -1 and len(text) <= 300 and not _QUOTED_SPEECH.match(text) \
                and (para.italic or (
                align == "center" and not para.bold and (len(text) <= 200 or (
                    self.paras and self.paras[-1].align != "center"))) or (
                # a portrait's label under it, bold ("Đinh Thị Lan - Phó Trưởng Ban …"),
                # after the text has begun: its caption, no byline (the writer's portrait
                # opening a study is signed so)
                align == "center" and bool(self.paras) and is_portrait_label(text)) or (
                # a plain paragraph under the picture closing on its credit ("… Phạm Văn
                # Tịnh (Ảnh: Minh Tâm)", a text pasted from Word): its caption
                len(text) <= 250 and not para.bold and align != "right"
                and _credited_caption(text))):
            # (italic, or centred and plain; over 200 characters — a caption of two
            # sentences, "… tại hội nghị. Dịp này, …" — only where the text before the
            # picture is not centred too: a page centring everything centres its lead)
            if self.run_style is None and len(self.run_imgs) > 1:
                self.run_style = (para.italic, align)
            self.add_caption(text)
            return
        self._close_run()
        self.paras.append(para)

    def _close_run(self) -> None:
        """The text goes on: pictures of the run left without a caption of their own
        share the one under them ("… (trái) và … (phải)": two pictures side by side)."""
        captioned = [self.images[i].caption for i in self.run_imgs
                     if self.images[i].caption is not None]
        if len(captioned) == 1:
            for i in self.run_imgs:
                self.images[i] = Image(self.images[i].src, captioned[0])
        self.pending_img, self.run_imgs, self.run_style = -1, [], None

    def add_caption(self, text: str) -> None:
        text = clean(text)
        if not text or _SLIDE_COUNT.match(text) or _LENGTH_LINE.match(text) or \
                is_stamp_line(text.strip("()[] ")):
            return    # (a slideshow's "1 / 4" counter, a player's "Thời lượng: 03:42", a
            # stamp line under the headline, "(Cập nhật ngày 09/01/2026 08:30)")
        if is_credit(text):
            self.credits.append(text)
            return
        credit = CAPTION_CREDIT.search(text) if "nh" in text or "NH" in text else None
        if credit is not None and credit.start() > 0 and is_credit(f"Ảnh: {credit['who']}"):
            # "… ven biển. Ảnh: Đình Nhất": the credit goes to the photographer (and "Ảnh và
            # bài: X" to the author as well)
            both = "b" in credit["label"].lower()
            self.credits.append(f"{'Ảnh và bài' if both else 'Ảnh'}: {credit['who']}")
            text = text[:credit.start()].strip()
        if text not in self.captions or self.last_caption == text:
            # (a gallery's thumbnail strip prints its captions again, in their order; two
            # pictures side by side may share one caption, each keeps it)
            self.captions.append(text)
        self.last_caption = text
        if self.pending_img == _INLINE:
            self.pending_img = -1
        elif self.pending_img >= 0:
            # (of pictures set one after another, captions under them all in their order:
            # the first picture still without one takes it, the next line the next)
            at = next((i for i in self.run_imgs if self.images[i].caption is None),
                      self.pending_img)
            self.images[at] = Image(self.images[at].src, text)
            self.pending_img = next((i for i in self.run_imgs
                                     if self.images[i].caption is None), -1)
        elif self.images and self.images[-1].caption is None:
            old = self.images[-1]
            self.images[-1] = Image(old.src, text)

    def add_image(self, node: LexborNode) -> None:
        attrs = node.attributes
        raw = (attrs.get("data-original") or attrs.get("data-src") or attrs.get("data-lazy-src")
               or attrs.get("src") or "")
        if raw.startswith("data:image/") and len(raw) > 2000:
            self.pending_img = _INLINE   # a picture saved into the page: its caption counts
            return
        src = resolve(self.url, raw)
        if not src or ICON_SRC.search(src.split("?")[0]):
            return
        for dim in ("width", "height"):
            value = (attrs.get(dim) or "").strip().rstrip("px")
            if value.isdigit() and int(value) < 40:
                return
        if any(img.src == src for img in self.images):
            return
        self.images.append(Image(src, None))
        self.pending_img = len(self.images) - 1
        if any(self.images[i].caption is not None for i in self.run_imgs):
            # (a picture after a captioned one: a run of its own, sharing no caption)
            self.run_imgs, self.run_style = [], None
        self.run_imgs.append(self.pending_img)


def _credited_caption(text: str) -> bool:
    """A line closing on a picture's credit whose words before it are no byline ("Bài:
    Thu Hương - Ảnh: Minh Tâm", "A - B; Ảnh: C" sign the text)."""
    credit = CAPTION_CREDIT.search(text) if "nh" in text or "NH" in text else None
    if credit is None or credit.start() <= 20 or not is_credit(f"Ảnh: {credit['who']}"):
        return False
    words = text[:credit.start()].strip(" -–;,|")
    if len(words) > 60:
        return True   # (a sentence, a caption's: no byline is so long)
    before = parse_byline(words)
    return before is None or not before.author


#: A quotation and who said it ("“Giảm nghèo … hỗ trợ”, Phó Chủ tịch UBND tỉnh … nhấn mạnh
#: …"): the text quoting a speaker, set in italics under a picture, not the picture's caption.
_QUOTED_SPEECH = re.compile(
    r"^[“\"«](?=(?:[^”\"»\s]+\s+){5})[^”\"»]{20,}[”\"»],\s+[^.]{0,120}?\b(?:nhấn\s+mạnh|khẳng\s+định|cho\s+biết|"
    r"phát\s+biểu|chia\s+sẻ|bày\s+tỏ|đề\s+nghị|yêu\s+cầu|nói|kết\s+luận|quán\s+triệt)\b",
    re.IGNORECASE)


def _align(node: LexborNode, inherited: str) -> str:
    attrs = node.attributes
    style = (attrs.get("style") or "").lower().replace(" ", "")
    for value, logical in (("right", "end"), ("center", "center")):
        # (Bootstrap 5 names the right "end": "text-end")
        if (f"text-align:{value}" in style or f"text-align:{logical}" in style
                or (attrs.get("align") or "").lower() == value
                or f"text-{value}" in (attrs.get("class") or "")
                or f"text-{logical}" in (attrs.get("class") or "").split()):
            return value
    if "text-align:" in style:
        return ""
    return inherited


def picture_description(node: LexborNode) -> bool:
    """``node`` describes the picture beside it: a ``<dd>`` of a ``<dl>`` whose term is the
    picture (SPIP's ``dl.spip_documents > dt > img`` + ``dd.spip_doc_descriptif``)."""
    parent = node.parent
    return node.tag == "dd" and parent is not None and parent.tag == "dl" and \
        parent.css_first("dt img") is not None and node.css_first("img") is None


def _is_caption(node: LexborNode, sel: tuple[str, ...]) -> bool:
    if node.tag == "figcaption":
        return True
    if picture_description(node):
        return True
    cls = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if cls.strip() and CAPTION_CLASS.search(cls):
        return True
    return any(node.css_matches(s) for s in sel) if sel else False


def _is_image_box(node: LexborNode) -> bool:
    cls = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if not cls.strip():
        return False
    if not IMAGE_WRAPPER.search(cls) and not _picture_and_caption(node):
        return False
    imgs = node.css("img")
    if len(imgs) > 1 and len(node.css("figcaption, dd, [class*=caption]")) > 1:
        return False   # (a gallery of captioned pictures: each read with its own caption)
    return 0 < len(imgs) <= 3 and len(node_text(node)) <= 300 and not node.css("p + p + p")


def _is_table_figure(node: LexborNode) -> bool:
    """A figure holding a table and no picture (WordPress's table block): its cells are
    text, its figcaption the table's caption."""
    return node.css_first("table") is not None and node.css_first("img") is None


#: A line's class naming it a picture's words ("subtitle", "desc", "note", "legend").
_LINE_NAME = re.compile(r"sub|cap|desc|note|legend|title|chu-?thich|mo-?ta|ghi-?chu",
                        re.IGNORECASE)


def _picture_and_caption(node: LexborNode) -> bool:
    """A block of a picture and its caption element side by side, whatever it is named
    (a photo story's item: ``<div class="ps-item"><img><div class="ps-cap">…``)."""
    kids = [k for k in node.iter() if k.is_element_node]
    if not 2 <= len(kids) <= 3:
        return False
    if any(k.tag == "img" for k in kids) and any(
            CAPTION_CLASS.search(k.attributes.get("class") or "") for k in kids if k.tag != "img"):
        return True
    # (or a picture in a frame of its own, then one short line of text set apart — not a
    # paragraph, not a link: OpenCms Mercury's "visual" > image box + "subtitle")
    if len(kids) != 2:
        return False
    frame, line = kids
    text = node_text(line)
    return frame.tag != "img" and len(frame.css("img")) == 1 and not has_text(frame) and \
        line.tag in ("div", "span", "small", "em", "i") and 0 < len(text) <= 250 and \
        _LINE_NAME.search(line.attributes.get("class") or "") is not None and \
        line.css_first("a, img, p") is None and \
        not any(k.is_element_node and k.tag == "div" for k in line.iter())


def _lightbox_item(node: LexborNode) -> bool:
    """A gallery's item: a link to the full-size picture holding its thumbnail and a text
    (lightGallery's ``<a href="….jpg"><img><div class="lg-sub">…</div></a>``): that text
    is the picture's caption, whatever its class."""
    if not _IMAGE_HREF.search(node.attributes.get("href") or ""):
        return False
    kids = [k for k in node.iter() if k.is_element_node]
    return 2 <= len(kids) <= 3 and any(k.tag == "img" for k in kids) and \
        all(k.tag in _SUBTITLE_TAGS for k in kids if k.tag != "img") and \
        0 < text_length(node) <= 200


#: The elements a gallery item's caption is set in (a paragraph inside the link is text).
_SUBTITLE_TAGS = frozenset({"div", "span", "figcaption", "em", "small", "strong", "b", "i"})


#: What a table of figures holds none of: pictures, players, form fields (nor a table).
_NOT_IN_DATA_TABLE = "img, iframe, video, audio, object, embed, input, select, textarea"
#: The longest cell a table of figures has (a layout table's cell holds the text).
_CELL_CHARS = 400


def _is_data_table(node: LexborNode) -> bool:
    """A table of figures in the text (results by unit, a programme, a book's particulars):
    two rows or more, most of them of two cells or more, every cell short, nothing in it but
    text — read a row to a line, its cells joined by " | ", as a reader reads it. A layout
    table (a cell holding the text, pictures, a form) is walked as before."""
    if node.css_first(_NOT_IN_DATA_TABLE) is not None or len(node.css("table")) > 1:
        return False   # (the table itself is the first a query of its own matches)
    rows = node.css("tr")
    if not 2 <= len(rows) <= 500:
        return False
    if 2 * sum(text_length(a) for a in node.css("a")) > text_length(node):
        return False   # a table of links is a list of other pages
    wide = 0
    for row in rows:
        texts = [node_text(c) for c in row.iter() if c.tag in ("td", "th")]
        if sum(1 for t in texts if t) >= 2:
            wide += 1   # (two cells with text: a spacer column's empty cell is none)
        if any(len(t) > _CELL_CHARS for t in texts):
            return False
    return wide >= 2 and wide * 2 >= len(rows)


def _is_image_table(node: LexborNode) -> bool:
    imgs = node.css("img")
    if not imgs or len(imgs) > 6:
        return False
    text = node_text(node)
    return len(text) <= 400 * len(imgs) and not node.css("table table p + p")


@dataclass(slots=True)
class _Frame:
    """One element being walked: its children still to visit, the inherited formatting
    ("b", "i") and alignment, and the block whose paragraph it closes (if any)."""

    children: Iterator[LexborNode]
    fmt: str
    align: str
    block: str | None = None       # the block's tag, flushed with ``close_align`` at its end
    close_align: str = ""


def walk(node: LexborNode, st: BodyWalk, fmt: str, align: str) -> None:
    """Walk ``node``'s content into ``st``, in document order. Iterative (an explicit stack
    of frames, not recursion), so a deeply nested page cannot exhaust Python's stack."""
    stack = [_Frame(node.iter(include_text=True), fmt, align)]
    while stack:
        frame = stack[-1]
        child = next(frame.children, None)
        if child is None:
            stack.pop()
            if frame.block is not None:
                st.flush(frame.close_align, heading=frame.block in _HEADINGS,
                         cells=frame.block == "tr" and "t" in frame.fmt)
            continue
        pushed = _visit(child, st, frame.fmt, frame.align)
        if pushed is not None:
            stack.append(pushed)


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: The blocks whose bold class or style makes their text bold (a heading is a heading).
_PROSE_BLOCKS = frozenset({"p", "div", "td", "li", "dd", "blockquote", "center", "section"})


def _visit(child: LexborNode, st: BodyWalk, fmt: str, align: str) -> _Frame | None:
    """Handle one child of the walk; the frame to descend into, if it has content to walk."""
    tag = child.tag
    if tag == "-text":
        text = child.text_content or ""
        if text:
            st.buf.append(text)
            n = len(text.strip())
            if n and "c" in fmt:
                st.cell_text = True
            st.chars += n
            if "b" in fmt:
                st.bold_chars += n
            if "i" in fmt:
                st.italic_chars += n
            if "a" in fmt:
                st.link_chars += n
        return None
    if not child.is_element_node:
        return None
    if tag == "br":
        if "c" not in fmt and _blank_line(st):
            st.flush(align)   # "…<br><br>…": a blank line ends the paragraph (Joomla 1.5,
            return None       # PHP-Nuke and hand-written pages set paragraphs so)
        st.buf.append("\n")
        st.br_at = len(st.buf) - 1
        return None
    if tag in ("sup", "a") and _note_mark(child):
        return None   # a footnote's mark ("…biên giới.¹", linking to its note below)
    if tag == "img":
        st.flush(align)
        st.add_image(child)
        return None
    if _is_caption(child, st.caption_sel):
        st.flush(align)
        st.add_caption(child.text(deep=True, separator=" "))
        st.caption_ids.add(child.mem_id)
        return None
    if is_chrome_block(child):
        return None
    if tag == "figure" and is_link_card(child):
        return None   # an embedded card of another page (Ghost's bookmark card)
    if (tag == "figure" and not _is_table_figure(child)) or (
            tag == "table" and _is_image_table(child)) or (
            tag == "div" and _is_image_box(child)) or (tag == "a" and _lightbox_item(child)):
        st.flush(align)
        walk_figure(child, st)
        return None
    children = child.iter(include_text=True)
    if "c" in fmt and tag in BLOCK_TAGS:
        st.buf.append("\n")   # a paragraph or line inside a cell: its row's line goes on
        return _Frame(children, fmt, align)
    if "t" in fmt and tag in ("td", "th"):
        if st.cell_text:
            st.buf.append(" | ")   # (an empty cell adds nothing)
            st.cell_text = False
        return _Frame(children, fmt.replace("t", "") + "c", align)
    if tag == "table" and "t" not in fmt and _is_data_table(child):
        st.flush(align)
        return _Frame(children, fmt + "t", _align(child, align), block=tag, close_align=align)
    if tag in BLOCK_TAGS:
        sub = _align(child, align)
        st.flush(align)
        if tag in _PROSE_BLOCKS and "b" not in fmt and is_bold(child):
            fmt += "b"   # a paragraph set bold by its class or style (a sapo, a byline)
        return _Frame(children, fmt, sub, block=tag, close_align=sub)
    if tag in ("b", "strong") or (tag in ("span", "font") and (
            "bold" in (child.attributes.get("style") or "") or is_bold(child))):
        return _Frame(children, fmt + "b", align)
    if tag in ("em", "i"):
        return _Frame(children, fmt + "i", align)
    if tag == "a" and "a" not in fmt and not (child.attributes.get("href") or "#").startswith("#"):
        return _Frame(children, fmt + "a", align)   # (a link to another page, not an anchor)
    return _Frame(children, fmt, align)


#: How a paragraph's text ends (its last word's mark): a blank line after it ends it.
_SENTENCE_END = (".", "!", "?", "…", ":", "”", "\"", "»", ")", ";")


#: A line opening with its number: "I.", "1.", "a)", "-".
_NUMBERED_LINE = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,3}|[a-zđ])[.)]\s|^[-–+•*]\s", re.IGNORECASE)


def _blank_line(st: BodyWalk) -> bool:
    """A second ``<br>`` after the first with only spaces between (a blank line): the end of
    a paragraph (Joomla 1.5's and PHP-Nuke's texts, their headings and list items set so)
    — unless what it closes is a person's name: a name over its unit, "Nguyễn Văn
    Hùng<br><br>Ban Tuyên giáo …", stays one block of lines."""
    if st.br_at < 0 or any(piece.strip() for piece in st.buf[st.br_at + 1:]):
        return False
    raw = "".join(st.buf[:st.br_at])
    last = clean(raw.rsplit("\n", 1)[-1])   # (the line the blank line closes)
    if not last:
        return bool(clean(raw))
    # (a name over its unit or address keeps its lines together: no paragraph of its own)
    return not (len(last) <= 60 and not last.endswith(_SENTENCE_END) and _names_a_person(last))


def _names_a_person(line: str) -> bool:
    """A line that is a person's name, a degree or a rank before it at most (not a
    numbered heading, "I. KẾT QUẢ ĐẠT ĐƯỢC")."""
    if _NUMBERED_LINE.match(line) or len(line.split()) > 6:
        return False
    if is_person_name(line):
        return True
    signed = parse_byline(line)
    return signed is not None and bool(signed.author) and not signed.author_unit and \
        len(signed.author or "") >= len(line) - 8


#: A footnote's mark: a number or a bracketed one ("1", "[2]", "(3)"); not "(*)", which
#: pairs a writer's name with the note naming the unit (read by the byline step).
_NOTE_MARK = re.compile(r"^[\[(]?\d{1,3}[\])]?$")
#: A note's link back to its mark in the text (the note's own label, not a mark).
_BACK_LINK = re.compile(r"ref|anc$", re.IGNORECASE)


def _note_mark(node: LexborNode) -> bool:
    """A ``<sup>`` holding only a link to a note on the same page, ``<sup class="fn"><a
    href="#fn-1">1</a></sup>`` (WordPress's footnotes), or such a link holding only a
    ``<sup>``, ``<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a>``
    (LibreOffice's, Word's ``_ftn1``)."""
    if node.tag == "a":
        link: LexborNode | None = node
        if node.css_first("sup") is None:
            return False
    else:
        link = node.css_first("a[href]")
    href = (link.attributes.get("href") or "") if link is not None else ""
    return href.startswith("#") and _BACK_LINK.search(href) is None and \
        _NOTE_MARK.match((node.text(deep=True) or "").strip()) is not None


def is_link_card(node: LexborNode) -> bool:
    """A card of another page set in the article: one link to another page holding its
    text — a figure whose text is all inside the link (a bookmark or embed card: the
    linked article's title and description) with no caption of its own, or a short block
    with a picture whose headline-long link leaves at most a label outside ("ĐỌC NGAY")."""
    figure = node.tag == "figure"
    if figure and node.css_first("figcaption") is not None:
        return False
    if not figure and len(node.text(deep=True) or "") > 600:
        return False   # the cheap test first: a card is short
    links = node.css("a[href]")
    if len(links) != 1:
        return False
    link = links[0]
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript")) or _IMAGE_HREF.search(href):
        return False
    text, inside = text_length(node), text_length(link)
    if figure:
        return text > 0 and inside >= 0.9 * text
    return (text <= 300 and inside >= 20 and text - inside <= 20
            and node.css_first("img") is not None)


def link_cards(body: LexborNode) -> list[LexborNode]:
    """The cards of other pages inside ``body`` (see :func:`is_link_card`): its figures
    that are one link, and the blocks (up to three levels) around a linked picture."""
    found = [fig for fig in body.css("figure") if is_link_card(fig)]
    seen = {fig.mem_id for fig in found}
    for img in body.css("a[href] img"):
        cur = img.parent
        while cur is not None and cur.tag != "a":
            cur = cur.parent
        cur = cur.parent if cur is not None else None
        for _ in range(3):
            if cur is None or cur.mem_id == body.mem_id or cur.mem_id in seen:
                break
            seen.add(cur.mem_id)
            if cur.tag in ("div", "aside") and is_link_card(cur):
                found.append(cur)
                break
            cur = cur.parent
    return found


def walk_figure(node: LexborNode, st: BodyWalk) -> None:
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
        if any(c.mem_id == p.mem_id for c in chosen for p in ancestors(cap)):
            continue
        text = node_text(cap)
        if text:
            chosen.append(cap)
            texts.append(cap.text(deep=True, separator=" "))
    if not texts:
        texts = [node.text(deep=True, separator=" ")] if has_text(node) else []
    printed = [value for name in st.printed_attrs if (value := _attribute_within(node, name))
               and clean(value) not in {clean(t) for t in texts}]
    if printed:   # (what the stylesheet prints after the picture comes first)
        texts, chosen = printed[:1] + texts, [node, *chosen]
    # (only in a one-picture table: another picture's long caption is a caption)
    prose = {i for i, cap in enumerate(chosen) if i and _text_row(cap, node_text(cap))} \
        if node.tag == "table" and len(node.css("img")) == 1 else set()
    for i, text in enumerate(texts):
        if i in prose:
            # the text going on in a row of the picture's table, under its caption
            st.buf.append(text)
            st.flush("")
            continue
        if i == 0 and first_new >= 0:
            st.pending_img = first_new
        st.add_caption(text)
    # (a figure holding its picture alone, followed by a line named as a caption or set in
    # small grey type — Bulma's "figure.image" + "p.has-text-centered is-size-7
    # has-text-grey" — leaves the picture open for it)
    after = node.next
    while after is not None and not after.is_element_node:
        after = after.next
    st.pending_img = first_new if not texts and after is not None and (
        (node.tag == "figure" and _CAPTION_LINE.search(after.attributes.get("class") or ""))
        or (node.tag == "div" and len(node.css("img")) == 1 and _caption_block(after))
    ) else -1


def _caption_block(block: LexborNode) -> bool:
    """A page builder's block right after a picture's block that is its caption: one short
    line, centred and set in italics as a whole, not bold, not a heading, not a quotation
    or a verse (a line break, an opening quote mark)."""
    if block.tag not in ("div", "p") or block.css_first("h1, h2, h3, h4, h5, h6, img, br"):
        return False
    paras = block.css("p") or [block]
    line = paras[0]
    text = node_text(line)
    if not text or len(text) > 200 or text[:1] in "“\"«'‘" or text.lower().startswith("theo "):
        return False
    style = f"{line.attributes.get('style') or ''} {line.attributes.get('align') or ''}"
    if "center" not in style.lower():
        return False
    italic = " ".join(node_text(i) for i in line.css("em, i"))
    return italic == text and line.css_first("b, strong") is None


#: The class of a line printed as a picture's caption.
_CAPTION_LINE = re.compile(r"caption|chu-?thich|chuthich|is-size-[67]|text-muted|has-text-grey|"
                           r"\bsmall\b|img-desc|image-desc", re.IGNORECASE)


def _attribute_within(node: LexborNode, name: str) -> str | None:
    """The value of attribute ``name`` on ``node`` or the first element inside it."""
    value = node.attributes.get(name)
    if not value:
        inner = node.css_first(f"[{name}]")
        value = inner.attributes.get(name) if inner is not None else None
    return value.strip() or None if value else None


#: A stylesheet rule printing a data attribute's value as text (``figure::after{content:
#: attr(data-caption)}``): its selector, and the attribute. Data attributes named for a
#: caption only (a print stylesheet prints ``attr(href)``, a tooltip ``attr(data-tooltip)``,
#: a lightbox ``attr(data-title)``, the file's name), and not on hover (a tooltip).
_PRINTED_ATTR = re.compile(r"([^{}]*)\{[^{}]*?content\s*:\s*attr\(\s*(data-[\w-]+)\s*\)",
                           re.IGNORECASE)
_CAPTION_ATTR = re.compile(r"caption|chu-?thich|desc|mo-?ta", re.IGNORECASE)


def printed_attributes(tree: LexborNode) -> tuple[str, ...]:
    """The caption attributes the page's style elements print as text."""
    names: list[str] = []
    for style in tree.css("style"):
        text = style.text() or ""
        if "attr(" in text:
            names += [name.lower() for selector, name in _PRINTED_ATTR.findall(text)
                      if _CAPTION_ATTR.search(name) and ":hover" not in selector
                      and name.lower() not in names]
    return tuple(names)


def _text_row(cell: LexborNode, text: str) -> bool:
    """A table cell under a picture's caption that is the article's text going on (an
    editor typing the next paragraph into the picture's table): a paragraph's length, not
    centred, not set in italics as the caption is."""
    if cell.tag != "td" or len(text) < 160 or _align(cell, "") == "center":
        return False
    italic = sum(len(node_text(i)) for i in cell.css("em, i"))
    return italic < 0.5 * len(text)


def lines(node: LexborNode, url: str) -> list[str]:
    """Text lines of an element: one per block child or <br>-separated run."""
    st = BodyWalk(url, ())
    walk(node, st, "", "")
    st.flush("")
    return [line for para in st.paras for line in (para.lines or (para.text,))]
