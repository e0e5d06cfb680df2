"""The article's own timestamps on a page: in a profile's ``published`` element, or, with
no profile, in the text around the headline.

Dates in page chrome, in sidebar and listing entries, and the header clock's date are
passed over; a stamp labelled "Cập nhật" is the update time (and the publication time when
the page shows no other); a date labelled as something else (printed on, received,
reviewed, today) is no stamp of the article; a date inside long prose is not a stamp. A
numeric stamp an en-US server may have written month first is settled on the page's
evidence (:func:`settle_month_order`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver.dates import (
    VN_TZ,
    ParsedDate,
    calendar_box,
    find_dates,
    is_stamp_line,
    may_hold_date,
    parse_date,
    parse_epoch_ms,
    parse_iso,
    yearless_date,
)
from archiver.dom import ancestors, clean, deep_text, in_bar, in_excluded, node_text, text_length
from archiver.extract.nodes import (
    META_LINK,
    comes_before,
    elements_after,
    in_listing_item,
    next_element,
    within,
)
from archiver.selectors import PageNames, select
from archiver.vocab import (
    ATTACHMENTS_LABEL,
    CREATED_LABEL,
    DAY_MONTH_MENTION,
    HIDDEN_CLASSES,
    LAST_EDIT_LABEL,
    OTHER_DATE_LABEL,
    PUBLISHED_CUE,
    PUBLISHED_LABEL,
    SCHEDULE_HEADING,
    STAMP_START,
    UPDATED_LABEL,
)

_DIGIT = re.compile(r"\d")
#: A stamp element's class or microdata naming it the update: WordPress's ``updated``,
#: ``dateModified``.
#: A class naming an article's date ("article__date", "post-date", "ngay-dang").
_DATE_NAME = re.compile(r"date|ngay|time|publish", re.IGNORECASE)
#: … and one naming a clock ("today-date", "date-time", "current-date", "clock").
_CLOCK_NAME = re.compile(r"today|clock|current|date-?time|hom-?nay|hien-?tai", re.IGNORECASE)
#: A class hiding an element from readers ("rich-snippet-hidden", "sr-only", "d-none").
_HIDDEN_NAME = re.compile(r"(?<![\w-])(?:[\w-]*-hidden|hidden|"
                          + "|".join(map(re.escape, HIDDEN_CLASSES)) + r")(?![\w-])",
                          re.IGNORECASE)
_ISO_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MODIFIED = re.compile(r"(?<![\w-])(?:updated|modified|datemodified)(?![\w-])", re.IGNORECASE)
#: What the heading of an article's revision history opens with ("Lịch sử cập nhật bài
#: viết", "Lịch sử chỉnh sửa", "Các lần cập nhật": a list of dated changes, in either order),
#: in lower case; the page's text is tested for them before any walk.
_HISTORY_WORDS = ("lịch sử cập nhật", "lịch sử chỉnh sửa", "lịch sử sửa đổi", "lịch sử thay đổi",
                  "lịch sử phiên bản", "các lần cập nhật", "các lần chỉnh sửa")
#: A day with a two-digit year and nothing else: "25/01/23", "(06.08.19)".
_SHORT_DAY = re.compile(r"\(?\d{1,2}([/.\-])\d{1,2}\1\d{2}\)?")
#: What sets a stamp line's last part apart: a bar or a middle dot between spaces.
_LAST_PART = re.compile(r"\s[|·•]\s")

__all__ = [
    "article_block",
    "auto_dates",
    "date_of",
    "dates_in_text",
    "foot_stamp",
    "hidden_update",
    "hides_updated",
    "history_update",
    "meta_line_of",
    "published_node",
    "settle_month_order",
    "under_teaser_headline",
    "update_order",
    "yearless_stamp",
]


def published_node(tree: LexborHTMLParser, sels: tuple[str, ...], formats: tuple[str, ...],
                    clock: set[str], names: PageNames | None = None, url: str = "",
                    title: LexborNode | None = None
                    ) -> tuple[LexborNode | None, ParsedDate | None, ParsedDate | None]:
    """The first profile ``published`` match that holds a date of this article.

    Matches in page chrome, in sidebar/listing entries, in another column of the layout
    than the headline's (a portlet of other items beside it) and ones showing only the
    header clock's date are passed over ("Tin mới" lists reuse the article's date classes).
    When none holds a date, the first match outside chrome is still returned (its text may
    carry a byline) with no date, and the caller falls back to the other strategies.
    """
    first: LexborNode | None = None
    for sel in sels:
        for node in select(tree, sel, names):
            if in_excluded(node) or in_listing_item(node, url) or other_column(node, title) \
                    or under_teaser_headline(node, title):
                continue
            first = first or node
            published, updated = date_of(node, formats, clock)
            if published is not None:
                if not published.has_time:   # its clock in the element beside it
                    whole = _clock_beside(node, node_text(node), clock)
                    if whole is not None and whole.iso()[:10] == published.iso()[:10]:
                        published = whole
                return node, published, updated
    return first, None, None


def _attr_date(node: LexborNode) -> ParsedDate | None:
    attrs = node.attributes
    if attrs.get("data-time"):
        return parse_epoch_ms(attrs["data-time"] or "")
    for key in ("datetime", "content"):
        if attrs.get(key):
            parsed = parse_iso(attrs[key] or "")
            if parsed:
                return parsed
    return None


def date_of(node: LexborNode, formats: tuple[str, ...],
             clock: set[str]) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The stamp an element shows: its machine-readable attribute (its text's time when the
    attribute has none and the text shows the same day), else its text. A
    ``<time datetime>`` inside the element gives the time its text leaves out, when both
    name the same day ("Cập nhật lần cuối: 21 Tháng 5 2024" over 08:03)."""
    parsed = _attr_date(node)
    text = node_text(node)
    if parsed is not None and parsed.has_time and not any(ch.isdigit() for ch in text):
        return parsed, None
    published, updated = dates_in_text(text, formats, clock)
    if parsed is not None and parsed.has_time:
        # the attribute, unless the element prints another day or minute (a theme writing
        # the modified time into the attribute of the published stamp it prints)
        if published is None or _same_moment(
                parsed, published, twelve=not _MERIDIEM.search(text) and not _H24.search(text)
                and updated is None):
            return parsed, None
        return published, updated
    if parsed is not None:
        # a date-only attribute: the text's clock on the same day ("<time
        # datetime=2024-03-11>Monday, March 11, 2024 2:35 PM</time>"), else the attribute
        if published is not None and published.iso()[:10] == parsed.iso()[:10]:
            return published, updated
        return parsed, None
    inner = node.css_first("[datetime]")
    if inner is not None and published is not None and not published.has_time:
        exact = _attr_date(inner)
        if exact is not None and exact.iso()[:10] == published.iso()[:10]:
            published = exact
    return published, updated


def _same_moment(attribute: ParsedDate, printed: ParsedDate, twelve: bool = False) -> bool:
    """An attribute's time and a printed stamp name one moment: the same local minute, or
    (the print a day only) the same local day. ``twelve``: the print names no half of the
    day, so "9:15" may be a 12-hour clock's 21:15 (WordPress's "g:i"), its attribute's."""
    shown = printed.value
    readings = [shown.date()]
    if shown.day <= 12 and shown.month != shown.day:
        # ("05/06/2025" printed month first by an en-US server: the attribute's 6 May)
        readings.append(shown.date().replace(month=shown.day, day=shown.month))
    # (its wall clock here, or in UTC: a page printing the time in GMT)
    value = attribute.value
    for at in (value.astimezone(VN_TZ), value.astimezone(UTC)) if value.tzinfo \
            else (value,):
        if at.date() in readings and (not printed.has_time or (at.hour, at.minute) in (
                (shown.hour, shown.minute),
                (shown.hour + 12 if twelve and 1 <= shown.hour <= 11 else -1, shown.minute))):
            return True
    return False


#: A clock past noon printed as such ("21:15", "14h30"): the print keeps a 24-hour clock.
_H24 = re.compile(r"(?<!\d)(?:1[3-9]|2[0-3])\s*(?::|h|g)\s*[0-5]\d")
#: A half of the day named beside a clock ("SA", "CH", "AM", "PM", "sáng", "chiều", "tối").
_MERIDIEM = re.compile(r"(?<!\w)(?:sa|ch|am|pm|a\.m\.|p\.m\.|sáng|trưa|chiều|tối|đêm)(?!\w)",
                       re.IGNORECASE)


def _label_kind(before: str) -> str | None:
    """What the label right before a date says it is: "updated", "other" (printed,
    received, today…), "published", or None (no label)."""
    if OTHER_DATE_LABEL.search(before):
        return "other"   # (before "updated": "Cập nhật đến ngày" is data as of a day)
    if UPDATED_LABEL.search(before):
        return "updated"
    if PUBLISHED_CUE.search(before):
        return "published"
    return None


#: A day labelled as sent ("Ngày gửi:", "Gửi lúc"), and the sender's own label beside it.
_SENT = re.compile(r"ngày\s*gửi|gửi\s*(?:ngày|lúc)", re.IGNORECASE)
_POSTER = re.compile(r"người\s*gửi|người\s*đăng|(?:gửi|đăng)\s*bởi", re.IGNORECASE)
#: A line of a reader's question: its answer's or its asker's words ("Ngày trả lời").
_ANSWERED = re.compile(r"trả\s*lời|hỏi|ngày\s*đăng", re.IGNORECASE)


def dates_in_text(text: str, formats: tuple[str, ...],
                   clock: set[str]) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The publication and update stamps of one line: a date labelled as published, else
    the first unlabelled one, else the first labelled "Cập nhật" (a page that shows only
    its update time); dates labelled as something else are passed over."""
    # A date-only value equal to the header clock's is the clock; a stamp with a time on
    # the same day is an article published today (a crawl on publication day).
    text = clean(text)
    today = max(clock) if clock else "9999"
    # nothing was published after the day the page shows as today (an event announced in a
    # ticker, a meeting to come)
    found = find_dates(text)
    tail = _LAST_PART.split(text)[-1] if not found else text
    if not found and _SHORT_DAY.fullmatch(tail):
        # a stamp element holding only "25/01/23", or ending with it after a bar ("Thời sự
        # 5h | 01/01/16"): a date (in running text it would not be)
        short = parse_date(tail)
        found = [(len(text) - len(tail), short)] if short is not None else []
    hits = [(off, d) for at, (off, d) in enumerate(found)
            if (d.has_time or d.iso()[:10] not in clock or (
                # "Đăng ngày: 30/05 | Cập nhật: 31/05" on the day the clock shows: an
                # update labelled so after the line's own earlier stamp, no clock
                at > 0 and found[0][1].iso()[:10] < d.iso()[:10]
                and _label_kind(text[max(found[at - 1][0] + 1, off - 48):off]) == "updated"))
            and d.iso()[:10] <= today]
    if not hits and formats:
        parsed = parse_date(text, formats=formats)
        return parsed, None
    kinds: list[tuple[str | None, ParsedDate]] = []
    prev = 0
    for off, d in hits:
        before = text[max(prev, off - 48):off]
        kinds.append((_label_kind(before), d))
        prev = off + 1
    by_kind: dict[str | None, list[ParsedDate]] = {}
    for kind, d in kinds:
        by_kind.setdefault(kind, []).append(d)
    if "other" in by_kind and "updated" in by_kind and not by_kind.get("published") and \
            not by_kind.get(None):
        # a record's system fields ("Ngày tạo: … | Ngày sửa: …"): its creation no stamp, its
        # last edit the update — not a page that shows only its update time
        return None, by_kind["updated"][0]
    published = next(iter(by_kind.get("published") or by_kind.get(None)
                          or by_kind.get("updated") or []), None)
    updated = next((d for d in by_kind.get("updated", []) if d is not published), None)
    if updated is None and published is not None:
        updated = update_time(published, text)
    return published, updated


def update_time(published: ParsedDate, line: str) -> ParsedDate | None:
    """An update of the publication's day printed as a time alone on its line ("15/10/2024
    07:45 (Cập nhật lúc 16:10)"), when later than the publication's."""
    later = _UPDATE_TIME.search(line) if published.has_time else None
    if later is None or _OTHER_DAY.match(line, later.end()):
        return None   # (a day after it, or a part of the day: not a time alone)
    hour, minute = int(later.group("h")), int(later.group("m"))
    if hour >= 24 or minute >= 60 or (hour, minute) <= (published.value.hour,
                                                        published.value.minute):
        return None
    return ParsedDate(published.value.replace(hour=hour, minute=minute, second=0), True)


def settle_month_order(stamp: ParsedDate, following: str, us_culture: bool,
                       meta_day: str | None, net_us: bool = False, *,
                       today: str | None = None, page_order: int = 0) -> ParsedDate | None:
    """Day first or month first, for a stamp an en-US server may have written
    ("3/11/2024 4:45 PM", a date field's "5/6/2026"): the reading the page supports — not
    one after the day the page shows as ``today``, the day and month the opening text names
    ("Chiều 11/3", up to three days before the stamp), the day its metadata gives, an
    en-US culture it declares, (``net_us``) the stamp printed as .NET's en-US culture
    prints, and last, deciding only when nothing else does, the order the page's other
    dates leave no doubt of (``page_order``: > 0 month first, as "4/28/2026", < 0 day
    first). When nothing tells the two apart: None for a stamp with a time (an English
    clock's), day first for a date alone (as Vietnamese pages print it)."""
    if stamp.month_first is None:
        return stamp
    readings = (ParsedDate(stamp.value, stamp.has_time), stamp.swapped())
    votes = [0.0, 0.0]
    if net_us:
        votes[1] += 0.5
    if page_order:
        # (the weakest sign: a header clock's or a sidebar's dates may come from another
        # system than the article's field)
        votes[1 if page_order > 0 else 0] += 0.25
    if today is not None:
        for i, reading in enumerate(readings):
            if reading.iso()[:10] > today:
                votes[i] -= 3   # (nothing on the page appeared after its own today)
    mentions = [(int(d), int(m)) for d, m in DAY_MONTH_MENTION.findall(following[:1500])]
    for i, reading in enumerate(readings):
        day = reading.value
        if any(_just_before(day, d, m) for d, m in mentions):
            votes[i] += 2
        if meta_day is not None and day.date().isoformat() == meta_day:
            votes[i] += 1
    if us_culture:
        votes[1] += 1
    if not stamp.has_time and not (us_culture or page_order > 0 or votes[0] < 0):
        # a date alone with no sign of an en-US culture (none declared, no other date
        # printed month first, the day-first reading no later than the page's today):
        # as Vietnamese pages print it, whatever day the opening names (a document of
        # the month before, "Ngày 5/5, UBND tỉnh ban hành …")
        return readings[0]
    if votes[0] == votes[1]:
        return None if stamp.has_time else readings[0]
    return readings[0] if votes[0] > votes[1] else readings[1]


def _opens_with_stamp(text: str) -> bool:
    """A long line that opens with a stamp set apart from the sentence after it ("Thứ Hai,
    12/03/2024 08:30 - Sáng 11/3, …"), not a sentence opening with its day ("Ngày
    19/01/2026, Ban Thường vụ …")."""
    head = _STAMP_HEAD.match(text)
    return head is not None and is_stamp_line(head.group(1))


#: The first part of a line, up to a dash or bar set between spaces.
_STAMP_HEAD = re.compile(r"^(.{6,60}?)\s+[-–—|]\s+")


def _sent_by_poster(node: LexborNode, text: str, root: LexborNode) -> ParsedDate | None:
    """"Ngày gửi: …" beside the poster's label ("Người gửi: <a>…</a> — Ngày gửi: 14h:05'
    11-12-2026", Violet's): the post's own sending — not on a page of readers' questions,
    where it is the question's day (the page says "trả lời", the answer's)."""
    line = meta_line_of(node, text)
    sent = _SENT.search(text)
    if sent is None or not _POSTER.search(line) or _ANSWERED.search(line) or \
            "trả lời" in (root.text(deep=True) or "").lower():
        return None
    found = find_dates(text[sent.end():])
    return found[0][1] if found else None


#: An element named for an event's time or place (a notice's "vm-event-time", a
#: calendar's "event-date", "thoi-gian-to-chuc"): the event's, not the post's.
_EVENT_NAME = re.compile(r"event[-_]{0,2}(?:time|place|when|start|badge)|"
                         r"thoi-?gian-?(?:to-?chuc|dien-?ra)", re.IGNORECASE)


def _event_time(node: LexborNode) -> bool:
    """``node`` is, or sits within two levels of, an element named for an event's time or
    place — unless it says it is the post's ("Ngày đăng: …" in an event template's meta)."""
    around = node
    for _ in range(2):   # (its line, or the label beside it in its row)
        around = around.parent if around.parent is not None else around
        if _POSTED_WORDS.search(node_text(around)[:120]):
            return False   # (it says it is the post's)
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None or cur.tag in ("body", "html"):
            return False
        if _EVENT_NAME.search(f"{cur.attributes.get('class') or ''} "
                              f"{cur.attributes.get('id') or ''}"):
            return True
        cur = cur.parent
    return False


_POSTED_WORDS = re.compile(r"ngày\s*đăng|đăng\s*(?:lúc|ngày|tải|vào)|xuất\s*bản|posted|"
                           r"published", re.IGNORECASE)
#: An update's label and its day ("Cập nhật lần cuối: 15/03/2028 08:05"), not a sentence.
_UPDATE_LINE = re.compile(r"^\W*(?:cập\s*nhật(?:\s*lần\s*cuối)?|sửa\s*(?:đổi\s*)?lần\s*cuối|"
                          r"updated)\s*(?:lúc|ngày|vào|on|at)?\s*[:：]?\s*(?:ngày\s*)?\d",
                          re.IGNORECASE)


def update_after(body: LexborNode, clock: set[str]) -> ParsedDate | None:
    """The update line printed right after the text, past its signature ("<div><em>Cập
    nhật lần cuối: 15/03/2028 08:05</em></div>" after the body's block): among the next
    four elements beside the body, one short line opening with an update's label and a
    date — none once other items begin (a heading, a list, a linked item)."""
    cur: LexborNode | None = body
    for _ in range(1):   # (the text's own siblings: past its block, other items begin)
        if cur is None or cur.tag in ("body", "html"):
            return None
        sib, seen = next_element(cur), 0
        while sib is not None and seen < 4:
            if sib.tag in ("ul", "ol", "h2", "h3", "h4") or sib.css_first("h2, h3, h4, ul, ol") \
                    or any(len(node_text(a).split()) >= 2 for a in sib.css("a[href]")):
                return None   # (other items begin, a box or a linked item: theirs)
            text = node_text(sib)
            if len(text) <= 80 and _UPDATE_LINE.match(text.lstrip("(")):
                published, updated = dates_in_text(text, (), clock)
                return updated or published
            sib, seen = next_element(sib), seen + 1
        cur = cur.parent
    return None


def _own_update(node: LexborNode, block: LexborNode | None, dist: int,
                title: LexborNode | None, after_block: bool = False) -> bool:
    """An update stamp at ``node`` is the article's: in its block (or over the headline,
    or — ``after_block`` — in the element right after the block), not an attachment's or a
    column's beside it."""
    where = block is None or -8 <= dist <= 0 or _inside(node, block)
    if not where and after_block:
        after, cur = None, block
        for _ in range(3):   # (the block a table's body: what follows its table)
            if cur is None or (after := next_element(cur)) is not None:
                break
            cur = cur.parent
        where = after is not None and _inside(node, after)
    return where and not _in_attachments(node) and not other_column(node, title)


def _just_before(stamp: datetime, day: int, month: int) -> bool:
    """The opening's "11/3" is the stamp's day or up to three days before it."""
    for back in range(4):
        when = stamp - timedelta(days=back)
        if (when.day, when.month) == (day, month):
            return True
    return False


def auto_dates(tree: LexborHTMLParser, title: LexborNode | None, body: LexborNode | None,
                clock: set[str], url: str = "", chrome: dict[int, bool] | None = None,
                hidden: tuple[str, ...] = ()
                ) -> tuple[ParsedDate | None, ParsedDate | None, str]:
    """Timestamp candidates in the text around the title, outside the body and chrome: the
    twelve text nodes before the headline and the forty after it (the body's own text
    counts only for the first few, where a stamp may open it). ``chrome``, the page's
    :func:`in_excluded` answers so far, is added to; ``hidden``: where the page's style
    hides a theme's update time (:func:`hides_updated`), which is then no stamp."""
    root = tree.body
    if root is None:
        return None, None, ""
    texts, anchor = _around(root, title, body)
    best: tuple[float, ParsedDate, ParsedDate | None, str] | None = None
    best_dist = 0
    updated: ParsedDate | None = None
    updated_line = ""
    dist = -anchor
    # in_excluded's answers: neighbouring texts share ancestors
    chrome = {} if chrome is None else chrome
    prose = False   # the article's text has begun (a long line in the body)
    # the headline's own meta rows: a link in them is its section's or programme's, not
    # another headline's
    meta_rows = {e.mem_id for e in elements_after(title, 1, 2)} if title is not None else set()
    # the article's own block: an update stamp after the headline outside it is a widget's
    # ("Giá cả thị trường … Cập nhật ngày 18/10/2024" in the sidebar)
    block = article_block(title, body)
    bare: tuple[int, int] | None = None   # a clock alone in the headline's meta rows
    hidden_texts: list[str] = []   # update times in the meta row the page's style hides
    bares = 0
    for i, (node, inside) in enumerate(texts):
        if i > anchor + 3 and (prose or i > anchor + 12):
            if dist >= 40:
                break
            texts.prune = True   # the body's own text from here on: not a stamp
            if inside:
                continue
        dist += 1
        raw = node.text_content or ""
        if inside and i > anchor and len(raw) > 150:
            prose = True   # (an info list between the headline and the text is read)
        parent = node.parent
        attrs = parent.attributes if parent is not None else {}   # (a new dict each read)
        stamped = bool(attrs.get("datetime") or attrs.get("data-time"))
        if not stamped and not _DIGIT.search(raw):
            continue   # no number, no date: the cheap test first
        text = clean(raw)
        if not stamped and not may_hold_date(text):
            if -3 <= dist <= 6 and parent is not None and not inside:
                hour = _bare_clock(node, text, chrome)
                if hour is not None:
                    bares += 1
                    bare = bare or hour
            continue   # no year: dates_in_text would find no date (cheaper than the rest)
        if len(text) > 100 and i > anchor and not STAMP_START.match(text):
            continue  # a date inside prose ("19/5/1890 - 19/5/2022") is not the stamp
        # chrome, unless a stamp line in the tool or share bar by the headline
        if in_excluded(node, memo=chrome) and (
                abs(dist) > 6 or not in_bar(node, chrome)
                or not (is_stamp_line(text) or _SHORT_DAY.fullmatch(text))):
            continue
        if (in_listing_item(node, url) and not within(node, meta_rows, 3)) or \
                under_teaser_headline(node, title):
            continue
        if title is not None and within(node, {title.mem_id}, 3) and not is_stamp_line(text):
            continue   # the headline's own words ("… hai cấp từ ngày 1/7/2025"): no stamp
        if _event_time(node):
            continue   # an event's day and hour ("vm-event-time"): when it meets, not the post
        pub, upd = None, None
        if stamped and parent is not None:
            pub, upd = date_of(parent, (), clock)
        if pub is None:
            # (a day equal to the header clock's is the clock's — unless it stands right
            # under the headline in an element named for a date: an article of today)
            named = attrs.get("class") or ""
            today_ok = 0 < dist <= 3 and bool(_DATE_NAME.search(named)) and \
                not _CLOCK_NAME.search(named)
            pub, upd = dates_in_text(text, (), set() if today_ok else clock)
            if pub is None and parent is not None and _SENT.search(text):
                pub = _sent_by_poster(node, text, root)
        if pub is None and upd is not None:
            # (an update alone in a line of other days: a record's "Ngày sửa" after its
            # "Ngày tạo", in the article's block or the element right after it)
            if updated is None and _own_update(node, block, dist, title, after_block=True):
                updated, updated_line = upd, meta_line_of(node, text)
            continue
        if pub is None and len(text) <= 16 and parent is not None:
            pub = _box_date(parent)   # "15" / "Tháng 6" / "2024", one element each
        if pub is None and clock and 0 <= dist <= 6 and parent is not None and len(text) <= 40:
            # today's day (the header clock's) under the headline, its time in the element
            # beside it: an article published today ("05:30" "Thứ Bảy, 27/04/2024")
            whole = _clock_beside(parent, text, set())
            if whole is not None and whole.iso()[:10] in clock:
                pub = whole
        if pub is not None and not pub.has_time and parent is not None:
            # the day and its clock in elements of their own on one line ("<span>Thứ Ba, 4
            # tháng 6, 2024</span> - <span>16:05</span>", a date-only <time> and its hour)
            whole, _ = dates_in_text(meta_line_of(node, text), (), clock)
            if whole is not None and whole.has_time and _time_is_a_length(parent, whole):
                whole = None   # ("Wed, 12/03/2025 ▶ 12:45": the video's length)
            if whole is None or not whole.has_time:
                whole = _clock_beside(parent, text, clock)
            if whole is not None and whole.has_time and whole.iso()[:10] == pub.iso()[:10]:
                pub = whole
        if pub is None:
            continue
        if parent is not None and _in_schedule(parent, title):
            continue   # a "Lịch làm việc" box's day and hour: an event's, not the stamp
        if parent is not None and _COUNTDOWN.match(meta_line_of(node, text)):
            continue   # "Còn 11 ngày đến Đại hội … (khai mạc ngày 05/9/2025)": the event's
        kind = _label_kind(_outer_label(parent, text)) if parent is not None else None
        names = f"{attrs.get('class') or ''} {attrs.get('itemprop') or ''}"
        if _MODIFIED.search(names) and (stamped or _ISO_TEXT.match(text)):
            if _HIDDEN_NAME.search(names) and "publish" not in names.lower():
                continue   # a theme's hidden <span class="updated rich-snippet-hidden">
            if parent is not None and hidden and _update_only(parent, hidden):
                hidden_texts.append(text)
                continue   # ".updated:not(.published){display:none}" in the page's style
            kind = "updated"   # <time class="updated" itemprop="dateModified">: the update
        if kind == "other":
            continue   # "Ngày gửi:" in the cell before: the question's date, not the stamp
        if UPDATED_LABEL.match(text) or UPDATED_LABEL.search(text[:24]) or kind == "updated":
            # (above the headline only in the few lines over it: a price box's "Cập nhật
            # 16/3/2026" in a column beside is the box's)
            if updated is None and _own_update(node, block, dist, title):
                updated, updated_line = pub, meta_line_of(node, text)
            continue
        score = 10.0 - abs(dist) * 0.3 if dist >= 0 else 9.5 - abs(dist) * 0.6
        if CREATED_LABEL.match(text):
            score -= 2   # "Ngày tạo: …" (Joomla's created): a publication stamp beside it wins
        if len(text) > 150 and len(text.split()) > 25 and (inside or not _opens_with_stamp(text)):
            score -= 3   # the text's opening sentence ("Ngày 19/01/2026, Ủy ban … họp"), or
            # a lead's whose date is told after its opening words ("Ngày 14/7, … (15/7/1950
            # - 15/7/2026)"): the event's day, which a stamp printed anywhere near beats
        if pub.has_time:
            score += 2
        if PUBLISHED_LABEL.search(text) or kind == "published":
            score += 1
        if best is None or score > best[0]:
            best = (score, pub, upd, meta_line_of(node, text))
            best_dist = dist
    if best is not None and not best[1].has_time and bare is not None and bares == 1 and \
            -6 <= best_dist <= 6:
        # a day in a badge or a line of its own, and the clock alone in the headline's meta
        # row ("20 / Tháng 01 / 2025" … "🕘 09:05 · 264 lượt xem"): one moment
        best = (best[0], ParsedDate(best[1].value.replace(hour=bare[0], minute=bare[1]), True),
                best[2], best[3])
    if best is None:
        # "Cập nhật lúc: 18:00 |22/05/2022" as the page's only stamp is its publication time
        # (its line is the page's stamp row: left out of the text like any other)
        return (updated, None, updated_line) if updated is not None else (None, None, "")
    line = best[3]
    for gone in hidden_texts:   # (read without the hidden update time's text)
        line = line.replace(gone, " ")
    return best[1], best[2] or _row_update(best[1], updated, line, clock) or updated or \
        update_time(best[1], line), best[3]


def _row_update(published: ParsedDate, elsewhere: ParsedDate | None, line: str,
                clock: set[str]) -> ParsedDate | None:
    """The update labelled in the stamp's own row ("Ngày đăng: … | Cập nhật: 02/02/2029
    15:30", its day read from an element of its own), when the one found elsewhere is
    before the publication, no update of it (a figures strip's "(cập nhật 31/12/2028)"
    over the headline); else None."""
    if elsewhere is None or elsewhere.value >= published.value or \
            not UPDATED_LABEL.search(line):
        return None
    own = dates_in_text(line, (), clock)[1]
    # (never one before the publication either: a ticker's "cập nhật" in the row)
    return own if own is not None and own.value >= published.value else None


#: A layout column: a table cell, or a grid's "col-md-3", "col-sm-8", "column".
_COLUMN_CLASS = re.compile(r"(?:^|\s)(?:col(?:umn)?|col-[\w-]+)(?:$|\s)")


def _in_schedule(node: LexborNode, title: LexborNode | None = None) -> bool:
    """``node`` sits in a box headed as a schedule ("Lịch làm việc", "Lịch công tác"): a
    short block (one of its four nearest ancestors) whose first heading, over ``node``,
    says so — not the block of the page's headline (an article that is a week's schedule
    keeps its own stamp)."""
    cur = node.parent
    inside = {a.mem_id for a in ancestors(title)} if title is not None else set()
    for _ in range(4):
        if cur is None or cur.tag in ("body", "html") or text_length(cur) > _BOX_TEXT or \
                cur.mem_id in inside:
            return False
        heading = cur.css_first("h2, h3, h4, h5, [class*=title]")
        if heading is not None and heading.tag != "h1" and \
                SCHEDULE_HEADING.match(node_text(heading)) and comes_before(cur, heading, node):
            return True
        cur = cur.parent
    return False


#: Characters a box beside the article holds at most (a schedule of a week's days).
_BOX_TEXT = 1500


def _is_column(node: LexborNode) -> bool:
    return node.tag == "td" or bool(_COLUMN_CLASS.search(node.attributes.get("class") or ""))


def under_teaser_headline(node: LexborNode, title: LexborNode | None) -> bool:
    """``node`` follows another item's linked headline in that item's block (an asset
    publisher's abstract below the article: "<h3><a>Sơ kết …</a></h3>", its stamp, its
    summary): the item's stamp, not the article's. Within three levels of ``node``, in a
    block not holding the page's headline."""
    wanted = " ".join(node_text(title).split()) if title is not None else ""
    if node.is_element_node and node.tag not in ("body", "html"):
        # (or the item's block itself, opening with its linked headline)
        heading = node.css_first("h2, h3, h4, h5")
        if heading is not None and _linked_headline(heading, wanted) and \
                " ".join(deep_text(node).split()).startswith(
                    " ".join(deep_text(heading).split())):
            return True
    child = node
    for up in ancestors(node)[:3]:
        if up.tag in ("body", "html") or (title is not None and within(title, {up.mem_id}, 40)):
            return False
        sib = child.prev
        for _ in range(4):
            while sib is not None and not sib.is_element_node:   # (text, comments)
                sib = sib.prev
            if sib is None:
                break
            if sib.tag in ("h2", "h3", "h4", "h5") and _linked_headline(sib, wanted):
                return True
            sib = sib.prev
        child = up
    return False


def _linked_headline(heading: LexborNode, wanted: str) -> bool:
    """``heading`` is a link to another item's page: a headline of six words or more, not
    the page's own (``wanted``), not a section's, a writer's or a tag's link (a category
    heading over the article's stamp, "Tin tức - Sự kiện trong tỉnh")."""
    link = heading.css_first("a[href]")
    text = " ".join(node_text(link).split()) if link is not None else ""
    href = (link.attributes.get("href") or "#") if link is not None else "#"
    return link is not None and len(text) >= 20 and len(text.split()) >= 6 and \
        text != wanted and not href.startswith(("#", "javascript")) and \
        not META_LINK.search(href)


def other_column(node: LexborNode, title: LexborNode | None) -> bool:
    """``node`` stands in another column of the layout row that holds the headline's (a
    left column's price box beside the article): where the two part, each is in a column
    of its own."""
    if title is None:
        return False
    below: dict[int, LexborNode] = {}   # each ancestor of the headline -> its child on the way
    child = title
    for up in ancestors(title):
        below[up.mem_id] = child
        child = up
    child = node
    for up in ancestors(node):
        theirs = below.get(up.mem_id)
        if theirs is not None:
            return _is_column(child) and _is_column(theirs) and child.mem_id != theirs.mem_id
        child = up
    return False


#: A countdown to an event ("Còn 11 ngày đến Đại hội …", "Chỉ còn 5 ngày nữa là Tết").
_COUNTDOWN = re.compile(r"^\W*(?:chỉ\s+)?còn\s+\d+\s+ngày\b", re.IGNORECASE)


def _in_attachments(node: LexborNode) -> bool:
    """A date in a file's row (a table cell, a list item) of a box of attached files
    ("Tài liệu đính kèm"): the file's upload or update time, not the article's."""
    row = False
    for up, box in enumerate(ancestors(node)):
        if up >= 7 or box.tag in ("body", "article"):
            return False
        row = row or box.tag in ("td", "li")
        if row and text_length(box) <= 3000 and ATTACHMENTS_LABEL.match(node_text(box)[:60]):
            return True
    return False


#: A clock alone on its line, no day: "09:05", "lúc 9h05".
_BARE_CLOCK = re.compile(r"(?:lúc\s*)?(?P<h>[01]?\d|2[0-3])\s*[:hg]\s*(?P<m>[0-5]\d)",
                         re.IGNORECASE)
#: What a clock in a player, a countdown or a length is printed in.
_NOT_A_STAMP = re.compile(r"player|audio|video|duration|countdown|timer|length|thoi-?luong|"
                          r"clock-now|current-time|dong-ho", re.IGNORECASE)


def _bare_clock(node: LexborNode, text: str, chrome: dict[int, bool]) -> tuple[int, int] | None:
    """The hour and minute of a clock printed alone in a text node (``<i class="bi
    bi-clock"></i> 09:05``), outside chrome, a player and a length; None for any other
    text."""
    m = _BARE_CLOCK.fullmatch(text)
    if m is None or in_excluded(node, memo=chrome) or _labelled_before(node):
        return None
    for box in ancestors(node)[:4]:
        attrs = box.attributes
        if _NOT_A_STAMP.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") or \
                _is_duration(box):
            return None
    return int(m["h"]), int(m["m"])


#: A page's own style hiding a theme's update time (WordPress themes print the pair
#: "<time class=published>…<time class=updated>" and hide the second:
#: ".updated:not(.published){display:none}").
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_HIDES_UPDATED = re.compile(r"(?P<context>[^{},]*?)\.updated(?::not\(\.published\))?",
                            re.IGNORECASE)
#: Where a theme prints its post's date: the context a rule hiding ``.updated`` must name.
_POST_DATE = re.compile(r"post-?date|posted-?on|entry-?date|entry-?meta|entry-?header|"
                        r"entry-?footer|post-?meta|byline|meta", re.IGNORECASE)


def hides_updated(tree: LexborHTMLParser) -> tuple[str, ...]:
    """Where the page's own ``<style>`` hides a theme's update time (read before the styles
    go): the class its rule names before ``.updated`` ("" for a rule of its own), for rules
    about the post's date only — a widget's rule (".rpwe-block .updated") hides a widget's."""
    found: list[str] = []
    for style in tree.css("style"):
        text = style.text() or ""
        if "updated" not in text:
            continue
        for rule in text.split("}"):   # (a rule at a time: linear, a font's data included)
            selectors, _, declarations = rule.rpartition("{")
            selectors = selectors.rsplit("{", 1)[-1]   # (a rule inside "@media (…) {")
            if ".updated" not in selectors or not _DISPLAY_NONE.search(declarations):
                continue
            # (each selector of a list: ".entry .entry-meta .updated:not(.published), .entry
            # .entry-footer .updated:not(.published) {display:none}", Twenty Nineteen's)
            for selector in selectors.split(","):
                m = _HIDES_UPDATED.fullmatch(selector.strip())
                if m is None:
                    continue
                classes = re.findall(r"\.([\w-]+)", m["context"])
                if not classes:
                    found.append("")
                elif _POST_DATE.search(classes[-1]):
                    found.append(classes[-1].lower())
    return tuple(found)


def hidden_update(element: LexborNode, hidden: tuple[str, ...]) -> bool:
    """``element`` (or the update time in it) is one the page's style hides."""
    return _update_only(element, hidden) or any(
        _update_only(t, hidden) for t in element.css("time, span, abbr"))


def _update_only(element: LexborNode, hidden: tuple[str, ...] = ("",)) -> bool:
    """``element`` is a theme's update time (class ``updated``, not ``published``) the
    page's style hides (``hidden``: :func:`hides_updated`'s contexts)."""
    names = (element.attributes.get("class") or "").lower().split()
    if "updated" not in names or "published" in names:
        return False
    if "" in hidden:
        return True
    return any(set((a.attributes.get("class") or "").lower().split()) & set(hidden)
               for a in ancestors(element)[:4])


def _labelled_before(node: LexborNode) -> bool:
    """A label right before ``node`` in its line or its row ("<b>Thời lượng:</b> 03:45",
    "<td>Thời gian:</td><td>08:00</td>"): the clock is that field's, no stamp's."""
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None:
            return False
        sib = cur.prev
        while sib is not None and not (sib.text(deep=True) or "").strip():
            sib = sib.prev
        if sib is not None:
            return (sib.text(deep=True) or "").strip().endswith((":", "："))
        cur = cur.parent
        if cur is not None and cur.tag not in ("span", "b", "strong", "em", "i", "small",
                                               "td", "dd", "font"):
            return False
    return False


def article_block(title: LexborNode | None, body: LexborNode | None) -> LexborNode | None:
    """The element holding both the headline and the body (None when either is missing, or
    when only ``<body>`` holds both: the page itself)."""
    if title is None or body is None:
        return None
    above = {a.mem_id for a in ancestors(body)} | {body.mem_id}
    for node in (title, *ancestors(title)):
        if node.mem_id in above:
            return None if node.tag in ("body", "html") else node
    return None


def _inside(node: LexborNode, block: LexborNode) -> bool:
    return any(a.mem_id == block.mem_id for a in ancestors(node))


#: An update's time with no day of its own, after the stamp it updates: "(Cập nhật lúc 16:10)".
_UPDATE_TIME = re.compile(r"(?:cập\s*nhật|sửa\s*đổi|chỉnh\s*sửa)\s*(?:lúc|vào\s*lúc)?\s*[:：]?\s*"
                          r"(?P<h>\d{1,2})[:h](?P<m>\d{2})(?!\d)", re.IGNORECASE)


#: After an update's time: a day of its own ("… 9h30 sáng ngày 16/10"), or a part of the
#: day that would change the hour ("4h10 chiều"): then no time alone.
_OTHER_DAY = re.compile(r"\s*(?:[|,(-]\s*)?(?:sáng|chiều|tối|trưa|đêm|sa|ch|am|pm|ngày|hôm|"
                        r"thứ|chủ\s*nhật|\d{1,2}[/.-]\d)", re.IGNORECASE)


#: What may stand between a day's element and its clock's: separators, "lúc".
_BETWEEN = re.compile(r"[\s|,\-–—·•/]*(?:lúc|vào\s*lúc)?[\s|,\-–—·•/]*", re.IGNORECASE)


def _clock_beside(element: LexborNode, text: str, clock: set[str]) -> ParsedDate | None:
    """The day an element shows with the clock printed in the element next to it, when the
    two stand alone among the article's blocks (``<time datetime=2024-08-30>30/08/2024</time>
    <span class="hour">14:05</span>``, a clock's element before the day's)."""
    for after in (True, False):
        sib = element.next if after else element.prev
        while sib is not None and not sib.is_element_node:
            if sib.is_text_node and not _BETWEEN.fullmatch(sib.text_content or ""):
                break
            sib = sib.next if after else sib.prev
        if sib is None or not sib.is_element_node:
            continue
        other = clean(deep_text(sib))
        if not other or len(other) > 24 or not _DIGIT.search(other) or _is_duration(sib):
            continue
        found, _ = dates_in_text(f"{text} {other}" if after else f"{other} {text}", (), clock)
        if found is not None and found.has_time:
            return found
    return None


def _time_is_a_length(element: LexborNode, found: ParsedDate) -> bool:
    """The time read from ``element``'s line is printed in a length's element beside it (a
    short element of the line, named for a length or holding a play icon)."""
    hhmm = f"{found.value.hour}:{found.value.minute:02d}"
    line = element.parent
    if line is None or line.tag in ("body", "html"):
        return False
    for kid in line.iter():
        if kid.mem_id == element.mem_id:
            continue
        text = kid.text(deep=True, strip=False) or ""
        if len(text) <= 40 and hhmm in text and _is_duration(kid):
            return True
    return False


def _is_duration(element: LexborNode) -> bool:
    """A video's or a recording's length beside its day ("▶ 12:45", ``class="video-duration"
    title="Thời lượng"``), no time of day."""
    attrs = element.attributes
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('title') or ''}"
    return bool(_DURATION.search(named)) or any(
        _PLAY.search(icon.attributes.get("class") or "") for icon in element.css("i, span"))


#: A play button's icon ("fa-circle-play", "icon-play"; not "display").
_PLAY = re.compile(r"(?<![a-z])play(?![a-z])", re.IGNORECASE)


#: What names a length of time: "duration", "thời lượng", "length", "runtime".
_DURATION = re.compile(r"duration|thoi-?luong|thời\s*lượng|length|runtime", re.IGNORECASE)


def _box_date(element: LexborNode) -> ParsedDate | None:
    """The day a calendar box shows: the element holding ``element`` and two to four short
    siblings, one part of the day each, and no text of its own."""
    box = element.parent
    if box is None or box.tag in ("body", "html") or len(deep_text(box)) > 48:
        return None
    parts: list[str] = []
    for kid in box.iter(include_text=True):
        if kid.is_text_node:
            if (kid.text_content or "").strip():
                return None
            continue
        parts.append(deep_text(kid))
    if not 2 <= len(parts) <= 4 or any(len(p.strip()) > 16 for p in parts):
        return None
    return calendar_box(parts)


def tooltip_stamp(title: LexborNode | None, clock: set[str]) -> ParsedDate | None:
    """A stamp printed only as the tooltip of an empty element (a calendar icon) in the few
    elements after the headline."""
    for sib in elements_after(title, 3, 4):
        for node in (sib, *sib.css("[title]")):
            tip = node.attributes.get("title") or ""
            if 8 <= len(tip) <= 60 and _DIGIT.search(tip) and not (node.text() or "").strip():
                published, _ = dates_in_text(tip, (), clock)
                if published is not None:
                    return published
    return None


def yearless_stamp(tree: LexborHTMLParser, title: LexborNode | None, body: LexborNode | None,
                   clock: set[str], url: str = "") -> ParsedDate | None:
    """A stamp near the headline that prints no year ("Thứ năm, 13 Tháng sáu @ 09:12:33",
    PHP-Nuke), its year the one the page's clock and the weekday agree on."""
    root = tree.body
    if root is None or not clock:
        return None
    today = max(clock)
    texts, anchor = _around(root, title, body)
    chrome: dict[int, bool] = {}
    for i, (node, _inside) in enumerate(texts):
        if i > anchor + 40:
            break
        raw = node.text_content or ""
        if not _DIGIT.search(raw) or len(raw) > 200:
            continue
        found = yearless_date(raw, today)
        if found is not None and not in_excluded(node, memo=chrome) \
                and not in_listing_item(node, url):
            return found
    return None


def foot_stamp(body: LexborNode, clock: set[str], lines: int = 6
               ) -> tuple[LexborNode | None, ParsedDate | None, ParsedDate | None]:
    """A stamp closing the article's text ("Ngày đăng: 10/06/2020 08:30" under the byline,
    as older portals print it): among the body's last ``lines`` lines, the element whose
    whole text is a timestamp; its publication and update dates. Chrome inside the body (a
    box of related items, each with its day) is no line of it; an update stamp in an element
    of its own after the publication's (Plone's byline: "Đăng ngày … — Sửa đổi lần cuối …")
    is the update."""
    seen = 0
    edit: ParsedDate | None = None
    edit_node: LexborNode | None = None
    chrome: dict[int, bool] = {}   # (each element's answer, asked once)
    for node in reversed(list(body.traverse(include_text=True, skip_empty=True))):
        if not node.is_text_node or not (node.text_content or "").strip():
            continue
        parent = node.parent
        if parent is not None and parent.mem_id != body.mem_id and \
                in_excluded(parent, body, chrome):
            continue   # (a box of related items or readers' comments closing the body)
        seen += 1
        if seen > lines:
            break
        if parent is None or parent.mem_id == body.mem_id:
            continue
        raw = parent.text(deep=True) or ""
        if len(raw) > 160 or not _DIGIT.search(raw):
            continue
        text = clean(raw)
        if is_stamp_line(text):
            published, updated = dates_in_text(text, (), clock)
            if published is not None and UPDATED_LABEL.match(text) and edit is None:
                edit, edit_node = published, parent
                continue
            if published is not None:
                return _stamp_row(parent, edit_node, body), published, updated or edit
    if edit is not None and edit_node is not None:
        # "Cập nhật: 10/06/2020 08:30" the only stamp closing the text: the update (the
        # caller takes it for the publication when nothing else dates the page)
        return edit_node, None, edit
    return None, None, None


def property_stamp(body: LexborNode, clock: set[str]
                   ) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The publication in a table of the page's properties right after the text (an
    enterprise wiki page's "Ngày đăng" | "11/12/2025 15:20" row beside "Người viết"): the
    first row of the few elements after the body (up to three levels up) whose label cell
    names the publication; and the last edit a line of its own among them names (the
    wiki's footer, "Sửa đổi lần cuối lúc 12/12/2025 8:05 SA bởi …")."""
    edit: ParsedDate | None = None
    for sib in elements_after(body, 3, 4):
        edit = edit or _edit_line(sib, clock)
        for row in sib.css("tr")[:12]:
            cells = row.css("td, th")
            if len(cells) != 2:
                continue
            label = node_text(cells[0])
            if len(label) <= 30 and PUBLISHED_CUE.search(label) and \
                    not UPDATED_LABEL.search(label):
                found = dates_in_text(node_text(cells[1]), (), clock)[0]
                if found is not None:
                    return found, edit or next(
                        (e for after in elements_after(sib, 1, 3)
                         if (e := _edit_line(after, clock)) is not None), None)
    return None, None


def footer_clock(body: LexborNode, day: ParsedDate, clock: set[str]) -> ParsedDate | None:
    """A date-only stamp's time in the post's footer after the text (a SharePoint blog's
    date header over its posts, "Đăng lúc 2:20 CH bởi …" under each): ``day`` at that time,
    or None."""
    # (the post's own footer: the first element after its text, no comment's or box's)
    for sib in elements_after(body, 3, 1):
        line = node_text(sib) if text_length(sib) <= 300 and not in_excluded(sib) else ""
        posted = _POSTED_AT.search(line)
        if posted is not None and not find_dates(line):
            whole = dates_in_text(f"{day.value:%d/%m/%Y} {posted['clock']}", (), clock)[0]
            return whole if whole is not None and whole.has_time else None
    return None


#: A footer's "posted at <clock>" with no day ("Đăng lúc 2:20 CH bởi …").
_POSTED_AT = re.compile(r"^(?:đăng|posted)\s*(?:lúc|at)\s*(?P<clock>\d{1,2}[:h]\d{2}"
                        r"(?:\s*(?:SA|CH|AM|PM|sáng|chiều|tối)\b)?)", re.IGNORECASE)


def _edit_line(node: LexborNode, clock: set[str]) -> ParsedDate | None:
    """The last edit a short element of its own names ("Sửa đổi lần cuối lúc …")."""
    line = node_text(node) if text_length(node) <= 160 else ""
    return dates_in_text(line, (), clock)[0] if line and _LAST_EDIT.match(line) else None


def _stamp_row(stamp: LexborNode, edit: LexborNode | None, body: LexborNode) -> LexborNode:
    """The row holding a publication stamp and the update stamp after it, when it is short
    (a byline row of stamps, its separators and labels): the whole row, not the stamp alone."""
    if edit is None:
        return stamp
    row = stamp.parent
    while row is not None and row.mem_id != body.mem_id and text_length(row) <= 200:
        if any(a.mem_id == row.mem_id for a in ancestors(edit)):
            return row
        row = row.parent
    return stamp


def _outer_label(parent: LexborNode, text: str) -> str:
    """The label printed before a stamp outside its own text node: earlier in its short
    element (``<span><span>Sửa đổi lần cuối</span> 11/03/2024 10:02</span>``), or, when the
    stamp opens its element, the short cell or element just before it (``<td>Ngày
    gửi:</td><td>04/03/2024 10:21</td>``)."""
    raw = deep_text(parent)
    if len(raw) > 200:
        return ""
    whole = clean(raw)
    at = whole.find(text)
    if at > 0:
        return whole[max(0, at - 30):at]
    if at < 0:
        return ""
    node = parent
    for _ in range(3):
        prev = node.prev
        while prev is not None and not prev.is_element_node:
            words = (prev.text_content or "").strip() if prev.is_text_node else ""
            if words:   # "Cập nhật <time …>": the label is the text just before the element
                return clean(words)[-30:]
            prev = prev.prev
        up = node.parent
        if prev is not None or up is None or up.tag in ("body", "html") or \
                clean(deep_text(up)) != whole:
            break
        node = up   # (the stamp alone in its cell: "<td>Ngày gửi:</td><td><span>…</span>")
    if prev is None or (node is not parent and not (
            node.tag in ("td", "dd") and prev.tag in ("td", "th", "dt"))):
        return ""   # (climbed: only a row's cell before it is a label; not a box before)
    label = deep_text(prev)
    if len(label) > 60 or may_hold_date(label):
        return ""   # (another stamp before it, "Cập nhật: 10:20, 09/09/2024", is no label)
    return clean(label)


def update_order(updated: ParsedDate, published: ParsedDate | None) -> ParsedDate | None:
    """Day first or month first, for an update stamp an en-US server may have written
    ("Updated: 3/12/2024 9:05 AM" under a stamp of 11 March): the one reading that falls
    on or after the publication and within a month of it; None when the page does not
    tell the readings apart."""
    if updated.month_first is None:
        return updated
    day_first = ParsedDate(updated.value, updated.has_time)
    if published is None:
        return None if updated.has_time else day_first
    start = published.value
    readings = [r for r in (updated, updated.swapped()) if r.value >= start
                and (r.value - start).days <= 31]
    if len(readings) == 1:
        return ParsedDate(readings[0].value, readings[0].has_time)
    return None if updated.has_time else day_first   # (a date alone: as Vietnamese print it)


class _Texts:
    """The page's text nodes from twelve before the headline on, in document order, each
    with whether it is in the body; walked lazily from the headline outwards (a portal's
    mega-menu and footer are never visited). Once ``prune`` is set, the body's remaining
    text is skipped whole."""

    def __init__(self, root: LexborNode, title: LexborNode | None,
                 body: LexborNode | None) -> None:
        self.root, self.title = root, title
        self.body_id = body.mem_id if body is not None else -1
        # the elements holding the body (up to the document): any other subtree is walked
        # by lexbor's traversal, the body's inside or outside it as a whole
        self.holders: set[int] = set()
        cur = body.parent if body is not None else None
        while cur is not None:
            self.holders.add(cur.mem_id)
            cur = cur.parent
        self.prune = False
        self.before = _preceding_texts(title, 12) if title is not None else []

    def __iter__(self) -> Iterator[tuple[LexborNode, bool]]:
        for node in self.before:
            yield node, False   # (the body test never applies before the headline)
        title = self.title
        if title is None:
            yield from self._walk(self.root, False)
            return
        inside = self.body_id != -1 and (title.mem_id == self.body_id or any(
            a.mem_id == self.body_id for a in ancestors(title)))
        yield from self._walk(title, inside)
        cur: LexborNode | None = title
        while cur is not None and cur.tag not in ("body", "html"):
            if inside and self.prune:
                while cur is not None and cur.mem_id != self.body_id:
                    cur = cur.parent   # jump out of the body
                inside = False
                continue
            sib = cur.next
            while sib is not None and not (inside and self.prune):
                yield from self._walk(sib, inside)
                sib = sib.next
            if inside and self.prune:
                continue
            cur = cur.parent
            if cur is not None and cur.mem_id == self.body_id:
                inside = False

    def _walk(self, node: LexborNode, inside: bool) -> Iterator[tuple[LexborNode, bool]]:
        """``node``'s non-blank text nodes in document order (body subtrees skipped once
        pruned)."""
        stack = [(node, inside)]
        while stack:
            cur, flag = stack.pop()
            if flag and self.prune:
                continue   # the rest of the body, once pruned (the walk is in it)
            if cur.tag == "-text":
                if (cur.text_content or "").strip():
                    yield cur, flag
                continue
            if not cur.is_element_node:
                continue
            key = cur.mem_id
            if key == self.body_id:
                if self.prune:
                    continue
                flag = True
            elif key not in self.holders:
                yield from self._subtree(cur, flag)   # no body boundary inside
                continue
            kids = list(cur.iter(include_text=True))
            stack.extend((k, flag) for k in reversed(kids))

    def _subtree(self, node: LexborNode, flag: bool) -> Iterator[tuple[LexborNode, bool]]:
        """The non-blank text nodes of an element that neither is nor holds the body, in
        document order (lexbor skips the whitespace-only ones and walks the tree in C)."""
        for cur in node.traverse(include_text=True, skip_empty=True):
            if flag and self.prune:
                return
            if cur.is_text_node and (cur.text_content or "").strip():
                yield cur, flag


def _preceding_texts(node: LexborNode, limit: int) -> list[LexborNode]:
    """Up to ``limit`` non-blank text nodes before ``node``, in document order."""
    out: list[LexborNode] = []
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("body", "html") and len(out) < limit:
        sib = cur.prev
        while sib is not None and len(out) < limit:
            stack = [sib]   # reverse document order: last child first
            while stack and len(out) < limit:
                n = stack.pop()
                if n.tag == "-text":
                    if (n.text_content or "").strip():
                        out.append(n)
                elif n.is_element_node:
                    stack.extend(n.iter(include_text=True))
            sib = sib.prev
        cur = cur.parent
    out.reverse()
    return out


def _around(root: LexborNode, title: LexborNode | None, body: LexborNode | None
            ) -> tuple[_Texts, int]:
    """The text walk around the headline and the anchor's index in it (0 without one, or
    when the headline holds no text: then the page is walked from its start)."""
    if title is not None and not deep_text(title).strip():
        title = None
    texts = _Texts(root, title, body)
    return texts, len(texts.before)


def meta_line_of(node: LexborNode, text: str) -> str:
    """The whole short line a date sits in ("PV • 28/01/2025 08:22" split over spans)."""
    cur, line = node.parent, text
    for _ in range(2):
        if cur is None or cur.tag in ("body", "html"):
            break
        whole = node_text(cur)
        if len(whole) > 160:
            break
        line, cur = whole, cur.parent
    return line


#: A line saying when the article was last edited: "Sửa lần cuối: 20/05/2025 21:02",
#: "Hiệu chỉnh lần cuối: 23-04-2025 | 10:40", "Được cập nhật lần cuối vào …".
#: A column or box set beside the text ("col-md-4", "sidebar", "box-giavang", "widget").
_SIDE_BLOCK = re.compile(r"(?:^|[\s_-])(?:col|sidebar|side|aside|widget|box|right|left|"
                         r"portlet|module)(?:$|[\s_-])", re.IGNORECASE)
_LAST_EDIT = re.compile(rf"{LAST_EDIT_LABEL}\s*(?:lúc|vào(?:\s*lúc)?|ngày)?\s*[:：]?\s*",
                        re.IGNORECASE)


#: A reader comment's box, by its class.
_COMMENT_NAME = re.compile(r"comment|binh-?luan|y-?kien", re.IGNORECASE)


def last_edit(body: LexborNode | None, lower: str | None = None) -> ParsedDate | None:
    """The article's own line saying when it was last edited, after its text or in its
    footer: looked for in the article element around the text (up to three levels), in a
    short element that opens with the label. ``lower``: the page's text in lower case."""
    if body is None or (lower is not None and "lần cuối" not in lower):
        return None
    scope, cur = body, body
    for _ in range(3):   # (the article element around the text, its footer inside it)
        if cur.tag == "article" or cur.parent is None or cur.parent.tag in ("body", "html"):
            break
        cur = cur.parent
        if cur.tag == "article":
            scope = cur
    if scope.tag != "article":
        # no article element: the blocks around the text that hold little else (a list
        # item's form, its "Sửa đổi lần cuối lúc …" line in a table after the fields)
        size, cur = text_length(body), body
        for _ in range(6):
            up = cur.parent
            if up is None or up.tag in ("body", "html") or in_excluded(up) or \
                    text_length(up) > size * 1.5 + 600 or any(
                        k.mem_id != cur.mem_id and _SIDE_BLOCK.search(
                            f"{k.attributes.get('class') or ''} {k.attributes.get('id') or ''}")
                        for k in up.iter() if k.is_element_node):
                break   # (not into a row that holds a column or a box beside the text)
            cur = scope = up
    for node in scope.css("p, span, small, div, time, td, em"):
        text = node_text(node)
        if len(text) > 60 or (label := _LAST_EDIT.match(text)) is None:
            continue   # (a line of its own: a sentence of the text saying so is the text)
        if any(up.tag == "li" or _COMMENT_NAME.search(up.attributes.get("class") or "")
               for up in ancestors(node) if up.mem_id != scope.mem_id):
            continue   # (a list's item, a reader's comment: theirs)
        found = find_dates(text[label.end():])
        if found:
            return found[0][1]
    return None


def edit_in_line(text: str) -> ParsedDate | None:
    """The last edit a line names after its label, anywhere in it ("Được tạo lúc … bởi A
    Sửa đổi lần cuối lúc 21/01/2026 8:10 SA bởi B"), or None."""
    label = _LAST_EDIT.search(text)
    found = find_dates(text[label.end():]) if label is not None else []
    return found[0][1] if found else None


def history_update(root: LexborNode | None, lower: str | None = None) -> ParsedDate | None:
    """The latest time in an article's revision history: a heading that names it, and the
    dated entries of the box it heads (newest first or last, the latest is the update).
    ``lower``: the page's text in lower case, when read already (spares the walk)."""
    if root is None:
        return None
    if lower is None:
        lower = deep_text(root).lower()
    # ("lịch sử" alone is in many a story: the heading's words, before any walk)
    if not any(words in lower for words in _HISTORY_WORDS):
        return None
    for node in root.traverse(include_text=True):
        if node.tag != "-text" or not " ".join(
                (node.text_content or "").lower().split()).startswith(_HISTORY_WORDS):
            continue
        heading = node.parent
        if heading is None or len(node_text(heading)) > 80 or in_excluded(heading):
            continue
        box = heading.parent
        text = node_text(box) if box is not None else ""
        if not text or len(text) > 3000:
            continue
        entries = [found for _, found in find_dates(text) if found.has_time]
        if len(entries) >= 2:
            return max(entries, key=lambda found: found.value)
    return None
