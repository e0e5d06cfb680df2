"""The one date parser: timestamp strings from Vietnamese news pages -> aware datetimes.

Always day-month order, always Asia/Ho_Chi_Minh, never relative to "now". A few compiled
regexes cover the formats seen on provincial sites (``14-06-2023 14:15``, ``04:35 15/03/2016``,
``Thứ Tư, ngày 14/06/2023 14:15``, ``28/09/2022 09:45:00 PM``, ``21 tháng 09 năm 2025``,
``17:23:45 | 07/08/2018``, ISO 8601 …), and this module's own small readers for what
``dateparser`` reads poorly or not at all in running text:

* months in words (``12 Tháng Ba 2024``, ``ngày 5 tháng Mười Một năm 2023``) and the CLDR
  medium form (``12 thg 3, 2024``);
* 12-hour clocks: ``AM``/``PM``, ``SA``/``CH``, and the periods of the day written after the
  time (``3:30 chiều``, ``9 giờ 15 sáng``, ``8:00 tối``); the hour written ``14g30``;
* two-digit years (``12/03/24``: 1990–2069), accepted in running text only where a clock or
  a stamp label stands beside the date;
* a numeric date that an en-US server culture may have written month first
  (``3/11/2024 4:45 PM``): read day first as always, with the month-first reading kept beside
  it (:attr:`ParsedDate.month_first`) for the extractor to choose on the page's evidence.

Only strings none of these can read, and that at least hold a plausible four-digit year, go
to one lazily-built, configured ``dateparser`` instance (:data:`fallback_parser`, which
counts its calls): it misreads month words in running text ("Tháng Sáu 14, 2023" comes
back as 2027), so it is never asked to find dates, only to read one stamp element.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from archiver.text import normalize_text
from archiver.vocab import (
    DAY_PERIODS,
    MONTHS_VI,
    PROGRAMME_BEFORE,
    SHORT_YEAR_LABEL,
    STAMP_START,
    STAMP_WORDS,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "VN_TZ",
    "FallbackParser",
    "ParsedDate",
    "calendar_box",
    "fallback_parser",
    "find_dates",
    "is_stamp_line",
    "may_hold_date",
    "parse_date",
    "parse_epoch_ms",
    "parse_iso",
    "yearless_date",
]

log = logging.getLogger(__name__)

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True)
class ParsedDate:
    """A timestamp read from a page; ``value`` is timezone-aware, in :data:`VN_TZ`.

    ``month_first`` is the other reading of a numeric date that could be en-US ``M/d/yyyy``
    (both numbers 12 or less and unpadded, with a 12-hour English clock beside it or no
    time at all); None for every other date. ``value`` is always the day-first reading.
    """

    value: datetime
    has_time: bool
    month_first: datetime | None = None

    def iso(self) -> str:
        """``2023-06-14T14:15:00+07:00`` with a time, ``2023-06-14`` without."""
        if self.has_time:
            return self.value.isoformat(timespec="seconds")
        return self.value.date().isoformat()

    def swapped(self) -> ParsedDate:
        """The month-first reading (itself when there is none)."""
        if self.month_first is None:
            return self
        return ParsedDate(self.month_first, self.has_time)


def _make(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, *,
          has_time: bool) -> ParsedDate | None:
    """Build a ParsedDate in VN time, or None for impossible dates / years out of range."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        value = datetime(y, mo, d, h, mi, s, tzinfo=VN_TZ)
    except ValueError:
        return None
    return ParsedDate(value, has_time)


def _from_aware(value: datetime, *, has_time: bool) -> ParsedDate | None:
    value = value.replace(tzinfo=VN_TZ) if value.tzinfo is None else value.astimezone(VN_TZ)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    if not has_time:
        value = value.replace(hour=0, minute=0, second=0, microsecond=0)
    return ParsedDate(value.replace(microsecond=0), has_time)


# ------------------------------------------------------------------------------- patterns

_MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_EN = (r"(?P<mn>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
             r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s?(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?(?!\s?(?:[AaPp]\.?\s?[Mm]\b|SA\b|CH\b|"
    r"(?i:sáng|trưa|chiều|tối|đêm)\b)))?(?![\d:])"
)   # (a 12-hour clock after the day, "2022-12-13 01:07 PM", is read with its period below)
_MONTH_VI_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(MONTHS_VI, key=len,
                                                                   reverse=True))
_MONTH_VI_RE = r"(?P<mw>" + _MONTH_VI_WORDS + r")(?!\w)"
# Every pattern needs a four-digit year (``_DATE_NEEDS`` relies on it; a test checks it).
_DATE_PATTERNS = (
    # 28/09/2022, 14-06-2023, 07.08.2018 (day first, always)
    re.compile(r"(?<!\d)(?<!\d[/.:\-])(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)"
               r"\s?(?P<y>\d{4})(?![\d/])"),
    # 2023/06/14 (year first is unambiguous)
    re.compile(r"(?<!\d)(?<!\d[/.:\-])(?P<y>\d{4})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
               r"(?P<d>\d{1,2})(?![\d/.\-])"),
    # 21 tháng 09 năm 2025, 08 Tháng 9 2021, 14 thg 6, 2023
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s?(?:tháng|thg)\s?(?P<m>\d{1,2})"
               r"(?:\s?,\s?|\s(?:năm\s)?|\s?/\s?)(?P<y>\d{4})(?!\d)", re.I),
    # 12 Tháng Ba 2024, 12 tháng Ba, 2024, ngày 5 tháng Mười Một năm 2023
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s?(?:tháng|thg)\s" + _MONTH_VI_RE
               + r"(?:\s?,\s?|\s(?:năm\s)?)(?P<y>\d{4})(?!\d)", re.I),
    # Tháng Một 16, 2025 (WordPress's Vietnamese "F j, Y": the month first, its day, a comma)
    re.compile(r"(?<![\w\d])(?:tháng|thg)\s" + _MONTH_VI_RE
               + r"\s(?P<d>\d{1,2}),\s?(?P<y>\d{4})(?!\d)", re.I),
    # 14 June 2023, 14th Jun, 2023
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s?(?:of\s)?" + _MONTH_EN
               + r",?\s(?P<y>\d{4})(?!\d)", re.I),
    # June 14, 2023
    re.compile(r"\b" + _MONTH_EN + r"\s(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<y>\d{4})(?!\d)",
               re.I),
)
_DAY_FIRST = _DATE_PATTERNS[0]
_MONTH_HINT = re.compile(r"th(?:áng|g)", re.IGNORECASE)
#: What every English month name starts with (matched with the patterns' own case folding).
_MONTH_EN_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
#: The patterns worth running on a text, by whether it holds "tháng"/"thg" and the start of
#: an English month name (a pattern that needs one cannot match without it).
_PATTERNS_FOR = {(words, english): tuple(
    rx for rx in _DATE_PATTERNS if (words or "tháng" not in rx.pattern)
    and (english or "?P<mn>" not in rx.pattern)) for words in (False, True)
    for english in (False, True)}
#: 12/03/24: a two-digit year (trusted in running text only beside a clock or a stamp label).
_SHORT_YEAR = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
                         r"(?P<y>\d{2})(?![\d/.\-])")
_TIME = re.compile(
    # ("14:05", "14h05", Violet's "14h:05'": an "h" and a colon, a minute's mark after)
    r"(?<!\d)(?<!\d[:.])(?P<H>\d{1,2})\s?(?:(?::|h:?|g)\s?(?P<M>\d{2})(?:\s?:\s?(?P<S>\d{2}))?"
    r"(?:['′’](?![\w']))?"
    # "8 giờ 30 phút", "14 giờ 5 phút" (minutes in one digit only after "giờ")
    r"|giờ\s?(?P<GM>\d{1,2})(?!\d)(?:\s?phút(?!\w))?)"
    r"(?!\d)(?:\s?(?:phút\s?)?(?P<ap>[AaPp]\.?\s?[Mm]\b\.?|SA\b|CH\b|(?i:"
    + "|".join(DAY_PERIODS) + r")(?!\w)))?"
)
#: Hours a period of the day moves: PM-like periods add 12 to 1..11; "trưa" (noon) only to
#: the early afternoon hours; "đêm" (night) to the evening hours, and 12 is midnight.
_PERIOD_ADD = {"PM": range(1, 12), "CH": range(1, 12), **{
    word.upper(): hours for word, hours in DAY_PERIODS.items() if hours}}
_PERIOD_MIDNIGHT = frozenset({"AM", "SA", "SÁNG", "ĐÊM"})
# What may sit between a date and its time: "28/09/2022 21:45", "20:02, 23/09/2025",
# "20/01/2020 - 8:28:04 AM", "18:00 |22/05/2022", "02/10/2013 - 10:12", "(lúc 14:15)",
# "27/08/2024 | Giờ đăng: 10:12", PHP-Nuke's "04 Tháng mười hai 2025 @ 09:12:44 ICT".
_GAP = re.compile(r"[\s,|\-–—•·()\[\]@]*(?:(?:vào\s)?lúc\s?|at\s|ngày\s?|"
                  # the clock's own label: "Ngày đăng: 27/08/2024 | Giờ đăng: 10:12"
                  r"(?:giờ|thời\s*gian)(?:\s*(?:đăng|xuất\s*bản))?\s?[:：]\s?)?[\s,|\-–—•·(\[]*"
                  # a weekday between a clock and its date: "09:12 Thứ Hai, 18/03/2024"
                  r"(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)[\s,]*(?:ngày\s?)?)?"
                  # … or after it, in parentheses: "12/02/2025 (Thứ Tư) - 15:20"
                  r"[\s,|\-–—•·)\]]*", re.I)
_MAX_GAP = 24
_HAS_DIGIT = re.compile(r"\d")
#: What every date :func:`find_dates` reads holds (the years of all its patterns).
_DATE_NEEDS = re.compile(r"\d{4}|[/.\-]\d\d")
_YEAR_HINT = re.compile(r"(?<!\d)(?:199\d|20\d\d|2100)(?!\d)")
_ENTITY = re.compile(r"&nbsp;?", re.I)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    y: int
    m: int
    d: int
    numeric: bool = False    # d/m/y in digits with "/" (an en-US server may have meant m/d/y)
    short_year: bool = False


@dataclass(frozen=True, slots=True)
class _Clock:
    start: int
    end: int
    h: int
    m: int
    s: int
    english: bool = False    # AM/PM: a 12-hour clock as an en-US culture prints it
    slot: bool = False       # a programme's broadcast slot ("Thời sự 19h30"): no time of a date


def _clean(text: str) -> str:
    if "&" in text:
        text = html.unescape(_ENTITY.sub(" ", text))
    return normalize_text(text)


def _month(groups: dict[str, str | None]) -> int:
    if groups.get("mn"):
        return _MONTHS_EN[(groups["mn"] or "").lower()[:3]]
    if groups.get("mw"):
        return MONTHS_VI[" ".join((groups["mw"] or "").lower().split())]
    return int(groups["m"] or 0)


def _short_year(yy: int) -> int:
    """Two digits -> a year: 00-69 are 2000-2069, 70-99 the 1900s (then out of range)."""
    return 2000 + yy if yy < 70 else 1900 + yy


def _date_hits(text: str, short_years: bool = True) -> list[_Hit]:
    """Every year-bearing date match, leftmost first, without overlaps (not yet validated)."""
    found: list[_Hit] = []
    words = _MONTH_HINT.search(text) is not None   # "tháng", "thg"
    english = _MONTH_EN_HINT.search(text) is not None
    for rx in _PATTERNS_FOR[words, english]:
        for m in rx.finditer(text):
            groups = m.groupdict()
            day = groups["d"] or "0"
            # en-US "M/d/yyyy" never pads: a zero-padded number says day-first dd/MM
            numeric = rx is _DAY_FIRST and groups["sep"] == "/" and not (
                day.startswith("0") or (groups["m"] or "0").startswith("0"))
            found.append(_Hit(m.start(), m.end(), int(groups["y"] or 0), _month(groups),
                              int(day), numeric=numeric))
    if short_years:
        for m in _SHORT_YEAR.finditer(text):
            # (unpadded, as en-US's "M/d/yy" is: "11/03/24" is day first)
            found.append(_Hit(m.start(), m.end(), _short_year(int(m.group("y"))),
                              int(m.group("m")), int(m.group("d")),
                              numeric=m.group("sep") == "/" and not (
                                  m.group("d").startswith("0") or m.group("m").startswith("0")),
                              short_year=True))
    found.sort(key=lambda h: (h.start, -h.end))
    out: list[_Hit] = []
    for hit in found:
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def _clocks(text: str, slots: bool = False) -> list[_Clock]:
    """The clocks in ``text``; a programme's slot ("Thời sự 19h30") only with ``slots``
    (marked: it names no time of a date beside it, though it says the date is a stamp's)."""
    out = []
    for m in _TIME.finditer(text):
        slot = m.start() > 0 and PROGRAMME_BEFORE.search(text, max(0, m.start() - 32),
                                                          m.start()) is not None
        if slot and not slots:
            continue
        h, mi = int(m.group("H")), int(m.group("M") or m.group("GM"))
        s = int(m.group("S") or 0)
        ap = (m.group("ap") or "").replace(".", "").replace(" ", "").upper()
        if ap and h > 12:
            ap = ""   # "14:30 chiều": already a 24-hour time
        if h in _PERIOD_ADD.get(ap, ()):
            h += 12
        elif ap in _PERIOD_MIDNIGHT and h == 12:
            h = 0
        if h <= 23 and mi <= 59 and s <= 59:
            out.append(_Clock(m.start(), m.end(), h, mi, s, english=ap in ("AM", "PM"),
                              slot=slot))
    return out


def _adjacent(text: str, hit: _Hit, clocks: Sequence[_Clock]) -> _Clock | None:
    """The clock right after (preferred) or right before the date, if any."""
    for clock in clocks:
        if clock.start >= hit.end:
            gap = text[hit.end:clock.start]
            if len(gap) <= _MAX_GAP and _GAP.fullmatch(gap):
                return clock
            break
    for clock in reversed(clocks):
        if clock.end <= hit.start:
            gap = text[clock.end:hit.start]
            if len(gap) <= _MAX_GAP and _GAP.fullmatch(gap):
                return clock
            break
    return None


#: The weekday printed before a date: "Thứ Ba", "Thứ 3", "Chủ nhật" (Monday is 0).
_WEEKDAY_BEFORE = re.compile(r"(?:thứ\s*(?P<w>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(?P<cn>chủ\s*nhật))"
                             r"[\s,.\-–]*(?:ngày\s*)?$", re.IGNORECASE)
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5,
                  **{str(n): n - 2 for n in range(2, 8)}}


_NUMERIC_DAY = re.compile(r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}")


def _settled(text: str, hit: _Hit, parsed: ParsedDate | None) -> ParsedDate | None:
    """``parsed`` read in the order the weekday before a numeric day agrees with."""
    if parsed is not None and hit.d <= 12 and hit.d != hit.m and _NUMERIC_DAY.fullmatch(
            text, hit.start, hit.end):
        return _by_weekday(parsed, text[max(0, hit.start - 24):hit.start])
    return parsed


def _by_weekday(parsed: ParsedDate, before: str) -> ParsedDate:
    """The reading of a numeric day the weekday printed before it agrees with: "Thứ 3,
    06/11/2024" is Tuesday 11 June (a server writing month first), not Wednesday 6
    November. Unchanged when no weekday is printed, or both or neither reading agree."""
    m = _WEEKDAY_BEFORE.search(before)
    if m is None:
        return parsed
    stated = 6 if m.group("cn") else _WEEKDAY_WORDS[m.group("w").lower()]
    value = parsed.value
    if value.weekday() == stated:
        return ParsedDate(value, parsed.has_time)   # settled: no other reading
    try:
        other = value.replace(month=value.day, day=value.month)
    except ValueError:
        return parsed
    return ParsedDate(other, parsed.has_time) if other.weekday() == stated else parsed


def _combine(hit: _Hit, clock: _Clock | None) -> ParsedDate | None:
    if clock is None:
        parsed = _make(hit.y, hit.m, hit.d, has_time=False)
        if parsed is None and hit.numeric and hit.m > 12 >= hit.d:
            return _make(hit.y, hit.d, hit.m, has_time=False)   # "3/21/2024": only M/d reads
        if parsed is not None and hit.numeric and hit.d <= 12 and hit.d != hit.m:
            # "5/6/2026" alone: day first unless the page says otherwise (an en-US date
            # field; the extractor weighs the page's evidence, day first when it has none)
            other = _make(hit.y, hit.d, hit.m, has_time=False)
            if other is not None:
                return ParsedDate(parsed.value, False, month_first=other.value)
        return parsed
    parsed = _make(hit.y, hit.m, hit.d, clock.h, clock.m, clock.s, has_time=True)
    if parsed is None and hit.numeric and hit.m > 12 >= hit.d:
        # "3/21/2024 2:45:15 PM": an en-US server's stamp, which only month first reads
        return _make(hit.y, hit.d, hit.m, clock.h, clock.m, clock.s, has_time=True)
    if parsed is not None and clock.english and hit.numeric and hit.d <= 12 and hit.d != hit.m:
        other = _make(hit.y, hit.d, hit.m, clock.h, clock.m, clock.s, has_time=True)
        if other is not None:
            return ParsedDate(parsed.value, True, month_first=other.value)
    return parsed


def _iso_match(m: re.Match[str]) -> ParsedDate | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.group("H") is None:
        return _make(y, mo, d, has_time=False)
    h, mi, s = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    tz = m.group("tz")
    if not tz:
        return _make(y, mo, d, h, mi, s, has_time=True)
    if tz == "Z":
        tzinfo = UTC
    else:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        tzinfo = timezone(offset if tz[0] == "+" else -offset)
    try:
        value = datetime(y, mo, d, h, mi, s, tzinfo=tzinfo)
    except ValueError:
        return None
    return _from_aware(value, has_time=True)


# ---------------------------------------------------------------------------- public API

def parse_iso(value: str) -> ParsedDate | None:
    """ISO 8601 from ``meta``/JSON-LD/``time[datetime]``; naive times are taken as VN time."""
    m = _ISO.fullmatch(value.strip())
    return _iso_match(m) if m else None


def parse_epoch_ms(value: str | int) -> ParsedDate | None:
    """Epoch milliseconds (``data-time="1686726900000"``); 10-digit seconds also accepted."""
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            return None
        value = int(value)
    # 1990 in ms is ~6.3e11; 2100 in seconds is ~4.1e9: the two ranges cannot collide.
    seconds = value / 1000 if value >= 10**11 else float(value)
    try:
        when = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _from_aware(when, has_time=True)


def find_dates(text: str) -> list[tuple[int, ParsedDate]]:
    """Every valid full date (with year) in free text, with the offset where it starts.

    Regex-only. A time directly attached to a date ("28/09/2022 21:45", "17:23:45 |
    07/08/2018") is included and the offset is then the start of the pair. Offsets refer
    to ``text`` as given only when it is already clean (NFC, single spaces); otherwise to
    its normalised form.
    """
    text = _clean(text)
    if _DATE_NEEDS.search(text) is None:
        return []
    out: list[tuple[int, ParsedDate]] = []
    taken: list[tuple[int, int]] = []
    for m in _ISO.finditer(text):
        if m.group("H") is None:
            continue   # a day alone: read below, with a clock printed beside it ("18h16")
        parsed = _iso_match(m)
        if parsed is not None:
            out.append((m.start(), parsed))
            taken.append((m.start(), m.end()))
    clocks = _clocks(text, slots=True)
    for hit in _date_hits(text):
        if any(a <= hit.start < b for a, b in taken):
            continue
        clock = _adjacent(text, hit, clocks)
        if hit.short_year and clock is None and not SHORT_YEAR_LABEL.search(
                text[max(0, hit.start - 16):hit.start]):
            continue   # "12/03/24" in running text: a date only beside a clock or a label
        if clock is not None and clock.slot:
            clock = None   # "Thời sự 19h30 · 02/11/24": the day of a programme's slot
        parsed = _settled(text, hit, _combine(hit, clock))
        if parsed is not None:
            start = min(hit.start, clock.start) if clock else hit.start
            out.append((start, parsed))
    out.sort(key=lambda pair: pair[0])
    return out


#: A weekday, then a day and month without a year: "Thứ năm, 13 Tháng sáu", "Thứ 5, 13/6".
_YEARLESS = re.compile(
    r"(?:thứ\s*(?P<w>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(?P<cn>chủ\s*nhật))\s*[,\-–]?\s*"
    r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?:(?:tháng|thg)\s*(?:(?P<mn>\d{1,2})|(?P<mw>"
    + _MONTH_VI_WORDS + r"))(?!\w)|[/.\-](?P<ms>\d{1,2}))"
    r"(?!\s*[/.\-,]?\s*(?:năm\s*)?\d)", re.IGNORECASE)


def yearless_date(text: str, today: str) -> ParsedDate | None:
    """A stamp that prints a weekday, a day and a month but no year ("Thứ năm, 13 Tháng sáu @
    09:12:33"): the year of ``today`` (the page's own clock, "YYYY-MM-DD") or the one before,
    whichever puts that day on that weekday and not after today; its clock if one is beside
    it. None when neither does (the weekday is the evidence)."""
    text = _clean(text)
    m = _YEARLESS.search(text)
    if m is None or find_dates(text):
        return None   # (a full date is no year-less stamp)
    stated = 6 if m.group("cn") else _WEEKDAY_WORDS[m.group("w").lower()]
    day = int(m.group("d"))
    month = int(m.group("mn") or m.group("ms") or 0) or MONTHS_VI.get(
        " ".join((m.group("mw") or "").lower().split()), 0)
    try:
        limit = datetime.fromisoformat(today).date()
    except ValueError:
        return None
    years = [y for y in (limit.year, limit.year - 1)
             if (found := _make(y, month, day, has_time=False)) is not None
             and found.value.date() <= limit and found.value.weekday() == stated]
    if not years:
        return None
    clock = next((c for c in _clocks(text) if c.start >= m.end()
                  and len(text[m.end():c.start]) <= 12), None)
    if clock is None:
        return _make(years[0], month, day, has_time=False)
    return _make(years[0], month, day, clock.h, clock.m, clock.s, has_time=True)


#: One part of a calendar box: a weekday (dropped), a day, "Tháng 6", "Tháng 6/2024",
#: "Tháng 6, 2024", "06/2024", a month or a year.
_BOX_WEEKDAY = re.compile(r"^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)[\s,]*$",
                          re.IGNORECASE)
_BOX_TIME = re.compile(r"^(\d{1,2})\s*[:hg]\s*(\d{2})$", re.IGNORECASE)
_BOX_PART = re.compile(r"^(?:(?:tháng|thg)\s*)?(\d{1,4})(?:\s*[/.,\-]\s*(\d{4}))?$",
                       re.IGNORECASE)


def calendar_box(parts: Sequence[str]) -> ParsedDate | None:
    """The day a calendar box prints, one part per element ("15" / "Tháng 6" / "2024", "15"
    / "06/2024", a weekday before them, a time after them): its day, month and year in that
    order (and the time); None when the parts are anything else."""
    numbers: list[int] = []
    time: tuple[int, int] | None = None
    for part in parts:
        part = _clean(part)
        if not part or _BOX_WEEKDAY.match(part):
            continue
        clock = _BOX_TIME.match(part)
        if clock is not None and time is None and len(numbers) == 3:
            time = int(clock.group(1)), int(clock.group(2))   # (a leaf's "08:40" under it)
            continue
        m = _BOX_PART.match(part)
        if m is None:
            return None
        numbers.extend(int(g) for g in m.groups() if g)
    if len(numbers) != 3 or numbers[2] < 1000 or numbers[0] > 31 or numbers[1] > 12:
        return None
    day = _make(numbers[2], numbers[1], numbers[0], has_time=False)
    if day is None or time is None or time[0] > 23 or time[1] > 59:
        return day
    return ParsedDate(day.value.replace(hour=time[0], minute=time[1]), True)


def may_hold_date(text: str) -> bool:
    """False when :func:`find_dates` surely finds no date in ``text``: every date it reads
    has a four-digit year, or a two-digit one after a separator ("12/03/24"). One regex
    scan instead of the dozen of a full search."""
    return _DATE_NEEDS.search(_clean(text)) is not None


def is_stamp_line(text: str) -> bool:
    """The line is a timestamp and nothing else: its dates and times, and the labels,
    weekdays and periods of the day around them ("Cập nhật lúc 15:20 ngày 10/10/2023",
    "Thứ Hai, 11/3/2024 - 08:30 (GMT+7)"); prose that mentions a date is not."""
    if len(text) > 160 or not _HAS_DIGIT.search(text) or not STAMP_START.match(text):
        return False
    text = _clean(text)
    if not text or len(text) > 120 or not find_dates(text):
        return False
    rest = _ISO.sub(" ", text)
    for rx in (*_DATE_PATTERNS, _SHORT_YEAR, _TIME):
        rest = rx.sub(" ", rest)
    rest = STAMP_WORDS.sub(" ", rest)
    return not any(ch.isalnum() for ch in rest)


def parse_date(text: str, *, formats: Sequence[str] = ()) -> ParsedDate | None:
    """Parse ONE timestamp string taken from a page's timestamp element.

    ``formats`` are extra ``strptime`` formats (from a profile), tried first on the whole
    cleaned string. Then the regexes; then, only for strings holding a plausible year that
    no regex could read, the configured ``dateparser`` (:data:`fallback_parser`).
    Year-less strings ("Sáng 15-3"), impossible dates and years outside 1990..2100 -> None.
    """
    text = _clean(text)
    if not text:
        return None
    for fmt in formats:
        parsed = _strptime(text, fmt)
        if parsed is not None:
            return parsed
    m = _ISO.search(text)
    if m is not None and m.group("H") is not None:
        return _iso_match(m)
    hits = _date_hits(text)
    if hits:
        hit = hits[0]
        clocks = _clocks(text)
        clock = _adjacent(text, hit, clocks)
        if clock is None and clocks:
            # One timestamp element: a time elsewhere in it still belongs to the date.
            clock = min(clocks, key=lambda c: min(abs(c.start - hit.end), abs(hit.start - c.end)))
        return _settled(text, hit, _combine(hit, clock))
    if _YEAR_HINT.search(text) is None:
        return None
    return fallback_parser(text)


def _strptime(text: str, fmt: str) -> ParsedDate | None:
    for candidate in (text, text.strip(" ()[]|,.-")):
        try:
            value = datetime.strptime(candidate, fmt)
        except ValueError:
            continue
        has_time = any(code in fmt for code in ("%H", "%I", "%M", "%S", "%X", "%c"))
        return _from_aware(value, has_time=has_time)
    return None


# ------------------------------------------------------------------------ dateparser fallback

class FallbackParser:
    """The one configured ``dateparser``, built lazily on first use; counts its calls.

    ``calls`` lets tests (and run statistics) verify that regular formats never reach it.
    """

    SETTINGS: dict[str, Any] = {  # noqa: RUF012 - read-only configuration table
        "DATE_ORDER": "DMY",
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
    }

    def __init__(self) -> None:
        self.calls = 0
        self._parser: Any = None

    def _get(self) -> Any:
        if self._parser is None:
            from dateparser.date import DateDataParser

            self._parser = DateDataParser(languages=["vi"], settings=self.SETTINGS)
        return self._parser

    def __call__(self, text: str) -> ParsedDate | None:
        self.calls += 1
        try:
            data = self._get().get_date_data(text)
        except (ValueError, TypeError, OverflowError) as exc:
            log.debug("dateparser could not read %r: %s", text, exc)
            return None
        value = data.date_obj if data is not None else None
        if value is None:
            return None
        has_time = bool(_clocks(text))
        return _from_aware(value, has_time=has_time)


fallback_parser = FallbackParser()
