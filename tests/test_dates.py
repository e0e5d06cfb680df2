"""Tests for archiver.dates: every timestamp shape seen on provincial sites, and the traps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.dates import (
    VN_TZ,
    ParsedDate,
    fallback_parser,
    find_dates,
    is_stamp_line,
    may_hold_date,
    parse_date,
    parse_epoch_ms,
    parse_iso,
    yearless_date,
)

REGULAR = [
    ("14-06-2023 14:15", "2023-06-14T14:15:00+07:00"),
    ("04:35 15/03/2016", "2016-03-15T04:35:00+07:00"),
    ("11:49 17/10/2020", "2020-10-17T11:49:00+07:00"),
    ("Thứ tư - 28/09/2022 21:45", "2022-09-28T21:45:00+07:00"),
    ("28/09/2022 09:45:00 PM", "2022-09-28T21:45:00+07:00"),
    ("Thứ Tư, ngày 14/06/2023 14:15", "2023-06-14T14:15:00+07:00"),
    ("Thứ Tư, ngày 14/06/2023 14:15:37", "2023-06-14T14:15:37+07:00"),
    ("Thứ Bẩy, ngày 17/06/2023 08:05", "2023-06-17T08:05:00+07:00"),
    ("Cập nhật: 14/06/2023 14:15", "2023-06-14T14:15:00+07:00"),
    ("Cập nhật lúc: 18:00 |22/05/2022", "2022-05-22T18:00:00+07:00"),
    ("Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy",
     "2020-01-20T08:28:04+07:00"),
    ("Chủ nhật,  27/09/2020", "2020-09-27"),
    ("Thứ sáu,  15/10/2021", "2021-10-15"),
    ("Thứ tư, 08 Tháng 9 2021 15:09", "2021-09-08T15:09:00+07:00"),
    ("Thứ tư, 02/10/2013 - 10:12", "2013-10-02T10:12:00+07:00"),
    ("19/05/2024  08:53", "2024-05-19T08:53:00+07:00"),
    ("09:41 21/01/2021", "2021-01-21T09:41:00+07:00"),
    ("13/08/2025 | 329", "2025-08-13"),
    ("(29/06/2026, 14:49)", "2026-06-29T14:49:00+07:00"),
    ("17:23:45 | 07/08/2018", "2018-08-07T17:23:45+07:00"),
    ("(07/08/2018)", "2018-08-07"),
    ("(Ngày 14/06/2023)", "2023-06-14"),
    ("07.08.2018", "2018-08-07"),
    ("PV•28/01/2025 08:22", "2025-01-28T08:22:00+07:00"),
    ("Thứ ba, 20:02, 23/09/2025", "2025-09-23T20:02:00+07:00"),
    ("21 tháng 09 năm 2025", "2025-09-21"),
    ("ngày 29 tháng 2 năm 2020 - 8:28:19 PM", "2020-02-29T20:28:19+07:00"),
    ("2018-08-07T17:23:45+07:00", "2018-08-07T17:23:45+07:00"),
    ("2018-08-07T10:23:45Z", "2018-08-07T17:23:45+07:00"),
    ("2018-08-07T17:23:45.250+0700", "2018-08-07T17:23:45+07:00"),
    ("2018-08-07", "2018-08-07"),
    ("2023/06/14 08:00", "2023-06-14T08:00:00+07:00"),
    # traps
    ("05-06-2023", "2023-06-05"),
    ("05/06/2023 00:00", "2023-06-05T00:00:00+07:00"),
    ("01/01/2020 12:30 AM", "2020-01-01T00:30:00+07:00"),
    ("01/01/2020 12:05 PM", "2020-01-01T12:05:00+07:00"),
    ("01/01/2020 12:05 AM", "2020-01-01T00:05:00+07:00"),
    ("01/01/2020 11:59 PM", "2020-01-01T23:59:00+07:00"),
    ("01/01/2020 8:05 pm", "2020-01-01T20:05:00+07:00"),
    ("01/01/2020 8:05 CH", "2020-01-01T20:05:00+07:00"),
    ("19/05/2024&nbsp;08:53", "2024-05-19T08:53:00+07:00"),
    ("19/05/2024&nbsp;&nbsp;08:53", "2024-05-19T08:53:00+07:00"),
    ("&nbsp(19/05/2024)", "2024-05-19"),
    ("Thứ\u00a0Hai,\u00a0 19/05/2024\u00a0\u00a008:53", "2024-05-19T08:53:00+07:00"),
    ("  Thứ  Ba ,  20/05/2024  ", "2024-05-20"),
    ("1/2/2024 7:05", "2024-02-01T07:05:00+07:00"),
    ("Thứ tư -28/09/2022 21:45", "2022-09-28T21:45:00+07:00"),
    ("Cập nhật lúc:18:00|22/05/2022", "2022-05-22T18:00:00+07:00"),
    ("Cập nhật lúc 14h15 ngày 14/06/2023", "2023-06-14T14:15:00+07:00"),
    # header clock: parses as what it says (choosing the element is the extractor's job)
    ("Thứ Bảy, ngày 29 tháng 2 năm 2020 - 8:28:19 PM", "2020-02-29T20:28:19+07:00"),
    # English month names (bonus)
    ("June 14, 2023 2:15 PM", "2023-06-14T14:15:00+07:00"),
    ("14 Jun 2023", "2023-06-14"),
    ("Wednesday, 14th September 2022", "2022-09-14"),
    ("Sept. 14, 2022", "2022-09-14"),
]


#: First contact (issue 16): what unprofiled portals print, read by this module's own readers.
FIRST_CONTACT = [
    # months in words, CLDR medium form
    ("12 Tháng Ba 2024", "2024-03-12"),
    ("12 Tháng Ba, 2024", "2024-03-12"),
    ("Thứ Tư, 14 tháng Sáu 2023", "2023-06-14"),
    ("ngày 5 tháng Mười Một năm 2023", "2023-11-05"),
    ("20 tháng Mười Hai, 2023", "2023-12-20"),
    ("12 tháng Năm năm 2024", "2024-05-12"),
    ("1 tháng Giêng 2024", "2024-01-01"),
    ("Ngày đăng: 20 Tháng 5 2024", "2024-05-20"),
    ("Thứ Hai, ngày 11 tháng 3 năm 2024", "2024-03-11"),
    ("12 thg 3, 2024 08:05", "2024-03-12T08:05:00+07:00"),
    ("Thứ Năm, 5 thg 12, 2024", "2024-12-05"),
    # 12-hour clocks
    ("25/10/2024 9:12 SA", "2024-10-25T09:12:00+07:00"),
    ("Thứ Năm, 05/12/2024 | 3:45 CH", "2024-12-05T15:45:00+07:00"),
    ("3:30 chiều, 16/06/2024", "2024-06-16T15:30:00+07:00"),
    ("8:15 tối 16/06/2024", "2024-06-16T20:15:00+07:00"),
    ("9 giờ 15 sáng 16/06/2024", "2024-06-16T09:15:00+07:00"),
    ("12:10 sáng 16/06/2024", "2024-06-16T00:10:00+07:00"),
    ("1:15 trưa 16/06/2024", "2024-06-16T13:15:00+07:00"),
    ("11:30 trưa 16/06/2024", "2024-06-16T11:30:00+07:00"),
    ("11:30 đêm 16/06/2024", "2024-06-16T23:30:00+07:00"),
    ("14:30 chiều 16/06/2024", "2024-06-16T14:30:00+07:00"),   # already 24-hour
    ("Ngày đăng: 22/11/2024 07:45 AM", "2024-11-22T07:45:00+07:00"),
    # "14g30", a clock before its date with "ngày" between
    ("Ngày đăng: 02/12/2024 lúc 14g30", "2024-12-02T14:30:00+07:00"),
    ("Cập nhật lúc 15:20 ngày 10/10/2023", "2023-10-10T15:20:00+07:00"),
    ("(Cập nhật: 11-03-2024 09:40)", "2024-03-11T09:40:00+07:00"),
    # two-digit years (a stamp element)
    ("Cập nhật ngày 12/03/24 lúc 16:50", "2024-03-12T16:50:00+07:00"),
    ("(11/03/24)", "2024-03-11"),
]


@pytest.fixture
def no_fallback() -> Iterator[None]:
    """Fail the test if the dateparser fallback is called."""
    before = fallback_parser.calls
    yield
    assert fallback_parser.calls == before, "regular format went to dateparser"


@pytest.mark.parametrize(("text", "expected"), REGULAR)
def test_regular_formats(text: str, expected: str, no_fallback: None) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.iso() == expected
    assert parsed.value.tzinfo is VN_TZ
    assert parsed.has_time == ("T" in expected)


@pytest.mark.parametrize(("text", "expected"), FIRST_CONTACT)
def test_first_contact_formats(text: str, expected: str, no_fallback: None) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == expected
    assert parsed.month_first is None


@pytest.mark.parametrize(("text", "found"), [
    ("Cập nhật ngày 12/03/24 lúc 16:50", ["2024-03-12T16:50:00+07:00"]),
    ("Ngày 12/03/24", ["2024-03-12"]),           # a stamp label before it
    ("12/03/24 16:50", ["2024-03-12T16:50:00+07:00"]),   # a clock beside it
    ("Tỷ lệ 12/03/24 đạt yêu cầu", []),          # running text: not a date
    ("Phiên bản 1.2.24 của phần mềm", []),
    ("Kỷ niệm (14/10/1930 - 14/10/2024)", ["2024-10-14"]),   # 1930 is out of range
])
def test_two_digit_years_in_running_text(text: str, found: list[str]) -> None:
    assert [d.iso() for _, d in find_dates(text)] == found


@pytest.mark.parametrize(("text", "day_first", "month_first"), [
    ("3/11/2024 4:45 PM", "2024-11-03T16:45:00+07:00", "2024-03-11T16:45:00+07:00"),
    ("3/5/2024 9:05 AM", "2024-05-03T09:05:00+07:00", "2024-03-05T09:05:00+07:00"),
])
def test_en_us_shaped_stamps_keep_the_month_first_reading(
        text: str, day_first: str, month_first: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == day_first   # day first, always
    assert parsed.swapped().iso() == month_first


@pytest.mark.parametrize("text", [
    "05/07/2023 02:30 PM",      # zero-padded: dd/MM, never en-US M/d/yyyy
    "3/11/2024 16:45",          # 24-hour clock
    "3/11/2024 4:45 CH",        # a Vietnamese 12-hour clock
    "23/11/2024 4:45 PM",       # 23 cannot be a month
    "3/3/2024 4:45 PM",         # both readings are one day
    "03/11/2024",               # no clock, padded
    "11/03/24",                 # a two-digit year, padded
])
def test_only_en_us_shaped_stamps_have_a_month_first_reading(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.month_first is None


@pytest.mark.parametrize(("text", "day_first", "month_first"), [
    ("3/11/2024", "2024-11-03", "2024-03-11"),   # a date field alone, as en-US prints it
    ("5/6/26", "2026-06-05", "2026-05-06"),
])
def test_a_date_alone_unpadded_may_be_month_first(text: str, day_first: str,
                                                  month_first: str) -> None:
    """Its value stays day first (as Vietnamese pages print it); the other reading is kept
    for the extractor to weigh against the page."""
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == day_first
    assert parsed.swapped().iso() == month_first


@pytest.mark.parametrize(("text", "stamp"), [
    ("Cập nhật lúc 15:20 ngày 10/10/2023", True),
    ("Thứ Hai, 11/3/2024 - 08:30 (GMT+7)", True),
    ("(Cập nhật: 11-03-2024 09:40)", True),
    ("Ngày đăng: 02/12/2024 lúc 14g30", True),
    ("12 Tháng Ba, 2024", True),
    ("Ngày 10/3/2024, Chi bộ tổ chức sinh hoạt", False),
    ("In ngày 02/12/2024", False),
    ("Lượt xem: 1231", False),
    ("", False),
])
def test_stamp_lines(text: str, stamp: bool) -> None:
    assert is_stamp_line(text) is stamp


@pytest.mark.parametrize(
    "text",
    ["Sáng 15-3", "ngày 2/12", "Ngày 10 và 11-2", "14:15", "31/02/2023", "29/02/2023",
     "32/01/2020", "14/13/2020", "15/03/1989", "15/03/2101", "", "   ", "&nbsp;",
     "Lượt xem: 1231", "Tin liên quan", "xin chào", "(Chinhphu.vn) -", "99/99/9999",
     "2023-02-30T10:00:00+07:00"],
)
def test_rejected(text: str, no_fallback: None) -> None:
    assert parse_date(text) is None


def test_garbage_with_a_year_goes_to_fallback_and_returns_none() -> None:
    before = fallback_parser.calls
    assert parse_date("Lượt xem: 2023 | Trang chủ") is None
    assert fallback_parser.calls == before + 1


def test_irregular_string_uses_the_configured_fallback() -> None:
    before = fallback_parser.calls
    parsed = parse_date("Thứ Tư, tháng 6 14, 2023")   # month before day: not ours
    assert fallback_parser.calls == before + 1
    assert parsed is not None
    assert parsed.iso() == "2023-06-14"
    assert parsed.value.tzinfo is VN_TZ


def test_invalid_time_is_dropped_not_misread() -> None:
    parsed = parse_date("14/06/2023 25:70")
    assert parsed is not None and parsed.iso() == "2023-06-14"


def test_first_date_wins_and_distant_time_still_belongs() -> None:
    parsed = parse_date("Ngày đăng 14/06/2023 - Cập nhật vào buổi chiều lúc 16:20")
    assert parsed is not None and parsed.iso() == "2023-06-14T16:20:00+07:00"
    parsed = parse_date("14/06/2023 (sửa 15/06/2023)")
    assert parsed is not None and parsed.iso() == "2023-06-14"


@pytest.mark.parametrize(
    ("text", "formats", "expected"),
    [
        ("2023 06 14 - 14h15", ["%Y %m %d - %Hh%M"], "2023-06-14T14:15:00+07:00"),
        ("[14|06|2023]", ["%d|%m|%Y"], "2023-06-14"),
        ("14/06/2023 14:15", ["%m/%d/%Y"], "2023-06-14T14:15:00+07:00"),  # no match -> regex
    ],
)
def test_profile_formats_tried_first(text: str, formats: list[str], expected: str) -> None:
    parsed = parse_date(text, formats=formats)
    assert parsed is not None and parsed.iso() == expected


def test_profile_format_with_offset_is_converted() -> None:
    parsed = parse_date("2023-06-14 07:15 +0000", formats=["%Y-%m-%d %H:%M %z"])
    assert parsed is not None and parsed.iso() == "2023-06-14T14:15:00+07:00"


# ----------------------------------------------------------------------------- other parsers

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1686726900000", "2023-06-14T14:15:00+07:00"),
        (1686726900000, "2023-06-14T14:15:00+07:00"),
        (" 1686726900 ", "2023-06-14T14:15:00+07:00"),
        ("1533637425000", "2018-08-07T17:23:45+07:00"),
    ],
)
def test_parse_epoch_ms(value: str | int, expected: str) -> None:
    parsed = parse_epoch_ms(value)
    assert parsed is not None and parsed.has_time
    assert parsed.iso() == expected


@pytest.mark.parametrize("value", ["", "abc", "-5", "12.5", "99999999999999999999", "0",
                                   10**20])
def test_parse_epoch_ms_rejects(value: str | int) -> None:
    assert parse_epoch_ms(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-08-07T17:23:45+07:00", "2018-08-07T17:23:45+07:00"),
        ("2018-08-07T10:23:45Z", "2018-08-07T17:23:45+07:00"),
        ("2018-08-07T10:23:45+00:00", "2018-08-07T17:23:45+07:00"),
        ("2018-08-07T20:23:45-05:00", "2018-08-08T08:23:45+07:00"),
        ("2018-08-07T17:23", "2018-08-07T17:23:00+07:00"),
        ("2018-08-07 17:23:45", "2018-08-07T17:23:45+07:00"),
        (" 2018-08-07 ", "2018-08-07"),
    ],
)
def test_parse_iso(value: str, expected: str) -> None:
    parsed = parse_iso(value)
    assert parsed is not None and parsed.iso() == expected


@pytest.mark.parametrize("value", ["", "07/08/2018", "2018-13-07", "2018-08-07T25:00",
                                   "hôm qua", "1899-01-01"])
def test_parse_iso_rejects(value: str) -> None:
    assert parse_iso(value) is None


def test_find_dates_offsets_and_times(no_fallback: None) -> None:
    text = ("Tin cũ (14/06/2023) ... Hội nghị ngày 15/06/2023 08:30 tại Hà Nội; "
            "17:23:45 | 07/08/2018; sáng 15-3; 31/02/2020; 2018-08-07T10:23:45Z")
    found = find_dates(text)
    assert [(off, p.iso()) for off, p in found] == [
        (text.index("14/06"), "2023-06-14"),
        (text.index("15/06"), "2023-06-15T08:30:00+07:00"),
        (text.index("17:23"), "2018-08-07T17:23:45+07:00"),
        (text.index("2018-08-07T"), "2018-08-07T17:23:45+07:00"),
    ]


def test_find_dates_empty() -> None:
    assert find_dates("Không có ngày tháng nào ở đây, chỉ có 15-3 và 2/12.") == []


# --------------------------------------------------------------------------------- round trips

@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31),
                    timezones=st.just(VN_TZ)),
       st.sampled_from(["%d/%m/%Y %H:%M:%S", "%H:%M:%S | %d/%m/%Y", "%d-%m-%Y %H:%M:%S",
                        "Thứ Tư, ngày %d/%m/%Y %H:%M:%S", "%d.%m.%Y - %I:%M:%S %p",
                        "ngày %d tháng %m năm %Y - %I:%M:%S %p"]))
def test_formatted_datetimes_round_trip(when: datetime, fmt: str) -> None:
    when = when.replace(microsecond=0)
    # the weekday printed is the day's own (a weekday that agrees only with the day and
    # month swapped settles the order: test_a_weekday_settles_the_order)
    fmt = fmt.replace("Thứ Tư", ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu",
                                 "Thứ Bảy", "Chủ nhật")[when.weekday()])
    before = fallback_parser.calls
    parsed = parse_date(when.strftime(fmt))
    assert fallback_parser.calls == before
    assert parsed == ParsedDate(when, has_time=True)


@given(st.integers(min_value=631_152_000_000, max_value=4_102_444_799_000))
def test_epoch_round_trip(ms: int) -> None:
    parsed = parse_epoch_ms(ms)
    assert parsed is not None
    assert parsed.value == datetime(1970, 1, 1, tzinfo=UTC) + timedelta(
        seconds=ms // 1000)
    assert parse_iso(parsed.iso()) == parsed


@given(st.text(max_size=40))
def test_parse_date_never_raises(s: str) -> None:
    parsed = parse_date(s)
    assert parsed is None or 1990 <= parsed.value.year <= 2100


_DATE_BITS = ("1", "2", "03", "12", "24", "2024", "/", ".", "-", " ", ":", "\u00ad", "\u200b",
              "&#50;", "&amp;", "tháng", "thg", "Mar", "MAY", "ſep", "năm", "ngày", "lúc", "Ba")


@given(st.lists(st.sampled_from(_DATE_BITS), max_size=16))
def test_a_text_find_dates_reads_a_date_in_may_hold_one(bits: list[str]) -> None:
    """The cheap test never turns away a text holding a date (nor, in find_dates, do its
    English-month and "tháng" hints skip a pattern that would have matched)."""
    text = "".join(bits)
    assert may_hold_date(text) or not find_dates(text)


def test_every_date_pattern_needs_what_may_hold_date_looks_for() -> None:
    """may_hold_date (and find_dates' early exit) look for a four-digit year or a separator
    and two digits: every pattern must need one (a new pattern without a year would be
    skipped on texts without one)."""
    from archiver import dates

    for rx in (*dates._DATE_PATTERNS, dates._ISO):
        assert r"(?P<y>\d{4})" in rx.pattern, rx.pattern
    assert r"(?P=sep)(?P<y>\d{2})" in dates._SHORT_YEAR.pattern
    for rx in dates._DATE_PATTERNS:   # the English-month hint covers every month name
        if "?P<mn>" in rx.pattern:
            assert dates._MONTH_EN in rx.pattern


@pytest.mark.parametrize(("text", "expected"), [
    ("Gửi bởi bbt vào Thứ 3, 06/11/2024 - 09:45", "2024-06-11T09:45:00+07:00"),  # m/d/Y
    ("Thứ Tư, 06/11/2024 - 09:45", "2024-11-06T09:45:00+07:00"),     # d/m/Y, agreeing
    ("Chủ nhật, 10/06/2024", "2024-10-06"),                          # 6 October a Sunday
    ("Thứ Hai, 06/11/2024", "2024-11-06"),                           # neither agrees: as read
    ("06/11/2024 09:45", "2024-11-06T09:45:00+07:00"),               # no weekday: as read
])
def test_a_weekday_settles_the_order(text: str, expected: str) -> None:
    """A weekday printed before a numeric day names the reading it agrees with."""
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == expected
    assert [d.iso() for _, d in find_dates(text)] == [expected]


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("Gửi bởi admin vào Thứ năm, 13 Tháng sáu @ 09:12:33 ICT", "2024-06-20",
     "2024-06-13T09:12:33+07:00"),                                  # PHP-Nuke
    ("Thứ 5, 13/6 lúc 9:12", "2024-06-20", "2024-06-13T09:12:00+07:00"),
    ("Chủ nhật, 31 tháng 12", "2024-01-05", "2023-12-31"),            # the year before
    ("Thứ hai, 13 Tháng sáu", "2024-06-20", None),    # Monday in neither 2024 nor 2023
    ("Thứ năm, 27 tháng 6", "2024-06-20", None),      # after today (and 2023's a Tuesday)
    ("13 Tháng sáu @ 09:12", "2024-06-20", None),     # no weekday: no evidence of the year
    ("Thứ năm, 13/06/2024", "2024-06-20", None),      # a year is printed: not this reader's
])
def test_a_stamp_without_a_year_is_dated_by_the_clock_and_its_weekday(
        text: str, today: str, expected: str | None) -> None:
    found = yearless_date(text, today)
    assert (found.iso() if found else None) == expected


@pytest.mark.parametrize(("text", "iso"), [
    # pages23: the weekday in parentheses between the day and its time
    ("Ngày 12/02/2025 (Thứ Tư) - 15:20", "2025-02-12T15:20:00+07:00"),
    ("15:20 (Thứ Tư) 12/02/2025", "2025-02-12T15:20:00+07:00"),
])
def test_a_weekday_in_parentheses_between_day_and_time(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso() == iso


def test_a_calendar_leaf_with_its_time() -> None:
    """A calendar leaf: the day, "Tháng 3, 2025", and the time under them."""
    from archiver.dates import calendar_box
    leaf = calendar_box(["14", "Tháng 3, 2025", "08:40"])
    assert leaf is not None and leaf.iso() == "2025-03-14T08:40:00+07:00"
    assert calendar_box(["14", "Tháng 3, 2025"]).iso() == "2025-03-14"   # type: ignore[union-attr]
    assert calendar_box(["08:40", "14", "Tháng 3, 2025"]) is None   # (a time first: no leaf)
