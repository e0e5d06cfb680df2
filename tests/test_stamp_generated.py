"""Publication stamps from a grammar (tests/stampgen.py), read as a line and where pages
print them, among the dates a page also shows (a header clock, a sidebar's, a ticker's, the
comments').

The placements are where portals put the stamp: the line under the headline (a div, a span
with a clock icon, a meta row with views and author), above the headline, a table cell, the
foot of the text, a tool or share bar; the day and its clock in elements of their own; the
day as a calendar box. A programme's name holding its broadcast clock ("Thời sự 19h30") is
no time of the stamp beside it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archiver.dates import parse_date
from archiver.extract import extract
from stampgen import calendar_boxes, programme_slots, stamp_pairs, stamp_parts, stamps
from test_extract_classes import URL, Page

#: Where the stamp goes: (the part of the page it replaces, its HTML).
PLACES = (
    ("stamp", '<div class="news-date">{}</div>'),
    ("stamp", '<span class="time"><i class="fa fa-clock-o"></i> {}</span>'),
    ("stamp", '<p class="meta"><span class="date">{}</span> | Lượt xem: 1.245 | '
              '<a href="#comments">Bình luận (3)</a></p>'),
    ("stamp", '<div class="post-meta"><span class="author">Minh Anh</span> '
              '<span class="posted-on">{}</span></div>'),
    ("stamp", '<table class="info"><tr><td class="ngaydang">{}</td><td align="right">'
              '<a href="javascript:window.print()">In bài</a></td></tr></table>'),
    ("stamp", "<em>{}</em>"),
    ("above", '<div class="post-date">{}</div>'),   # (a "date-time" class there: a clock)
    ("tail", '<p style="text-align:right"><b>Minh Anh</b></p><p class="ngay-dang">{}</p>'),
)
#: Other dates a page shows: none of them is the article's.
DISTRACTIONS = (
    "",
    '<div class="ticker"><marquee>Lịch tiếp công dân ngày 20/12/2024 - Kỳ họp thứ 23 HĐND '
    "tỉnh khai mạc ngày 12/12/2024</marquee></div>",
    '<div class="comments"><h4>Ý kiến bạn đọc</h4><div class="comment"><b>Nguyễn Văn Hùng'
    "</b> <span>15:20 02/12/2024</span><p>Bài viết rất hay.</p></div></div>",
    '<div class="other-news"><h3>Tin khác</h3><ul><li><a href="/tin/9">Hội nghị tổng kết '
    'công tác Mặt trận năm 2024</a> <span class="date">(04/12/2024)</span></li></ul></div>',
)


@settings(max_examples=400, deadline=None)
@given(stamps())
def test_a_stamp_line_reads_as_a_reader_reads_it(case: tuple[str, str]) -> None:
    line, want = case
    got = parse_date(line)
    assert got is not None and got.iso() == want, line


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stamps(), st.sampled_from(PLACES), st.sampled_from(DISTRACTIONS), st.booleans())
def test_a_stamp_where_pages_print_it(case: tuple[str, str], place: tuple[str, str],
                                      distraction: str, profiles: bool) -> None:
    line, want = case
    where, html = place
    page = Page(after=distraction)
    if where == "stamp":
        page.stamp = html.format(line)
    elif where == "above":
        page.stamp, page.above = "", html.format(line)
    else:
        page.stamp, page.tail = "", html.format(line)
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["published_at"] == want, line
    assert line not in record["body"]


#: How an update stamp sits beside the publication's.
PAIRS = (
    '<div class="news-date">{} | {}</div>',
    '<div class="meta"><span class="date">{}</span> · <span class="updated">{}</span></div>',
    '<div class="time">{}</div><div class="time-update">{}</div>',
    '<p class="meta"><em>{}</em><br><em>({})</em></p>',
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stamp_pairs(), st.sampled_from(PAIRS), st.booleans())
# found by Hypothesis: a long update label before a weekday-led date in words, in one line
@example(("Ngày đăng: 01/01/2016 00:00", "2016-01-01T00:00:00+07:00",
          "Cập nhật lần cuối: Thứ Sáu, ngày 1 tháng 1 năm 2016 01:00",
          "2016-01-01T01:00:00+07:00"), PAIRS[0], False)
def test_an_update_stamp_beside_the_publication(case: tuple[str, str, str, str], form: str,
                                                profiles: bool) -> None:
    line, published, update, updated = case
    page = Page(stamp=form.format(line, update))
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert (record["published_at"], record["updated_at"]) == (published, updated), (line,
                                                                                      update)


#: The day and its clock in elements of their own, among the article's blocks.
SPLIT = (
    '<time datetime="{iso}">{day}</time> <span class="hour">{clock}</span>',
    '<span class="ngay">{day}</span> <span class="gio">{clock}</span>',
    '<div class="meta"><span class="date">{day}</span> <span class="sep">|</span> '
    '<span class="time">{clock}</span></div>',
    '<div class="date"><i class="icon-calendar"></i> {day} <i class="icon-clock"></i> '
    '{clock}</div>',
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stamp_parts(), st.sampled_from(SPLIT), st.booleans())
def test_a_day_and_its_clock_apart(case: tuple[str, str, str, str], form: str,
                                   profiles: bool) -> None:
    day, iso, clock, want = case
    page = Page(stamp=form.format(day=day, iso=iso, clock=clock))
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["published_at"] == want, (day, clock)


#: A stamp in the bar of tools or share buttons under the headline.
BARS = (
    '<div class="dt-toolbar"><span class="dt-date">{}</span><span class="tools"><a href="#">'
    'A-</a> <a href="#">A+</a> <a href="#" class="print">In</a> <a href="#" class="zalo-share">'
    'Zalo</a></span></div>',
    '<div class="share-row clearfix"><span class="date">{}</span><div class="share-buttons">'
    '<a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div></div>',
    '<ul class="toolbar"><li class="date">{}</li><li><a href="#">A+</a></li><li><a href="#">'
    'A-</a></li></ul>',
    '<div class="social-share"><div class="time">{}</div><a class="fb" href="#">Chia sẻ</a>'
    '</div>',
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stamps(), st.sampled_from(BARS), st.sampled_from(DISTRACTIONS), st.booleans())
def test_a_stamp_in_the_tool_bar(case: tuple[str, str], form: str, distraction: str,
                                 profiles: bool) -> None:
    line, want = case
    page = Page(stamp=form.format(line), after=distraction)
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["published_at"] == want, line
    assert line not in record["body"]


#: A calendar box: (its element, each part's element).
BOXES = (
    ('<div class="cal">{}</div>', '<span>{}</span>'),
    ('<div class="date-box">{}</div>', '<strong>{}</strong>'),
    ('<div class="news-date"><div class="day-box">{}</div></div>', '<div>{}</div>'),
)
#: An event announced after the text, with a later day: not the stamp.
EVENT = '<p class="next-event"><i>Sự kiện tiếp theo: Ngày hội hiến máu 14/12/2024.</i></p>'


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendar_boxes(), st.sampled_from(BOXES), st.booleans(), st.booleans())
def test_a_calendar_box(case: tuple[list[str], str], box: tuple[str, str], above: bool,
                        profiles: bool) -> None:
    parts, want = case
    html = box[0].format("".join(box[1].format(p) for p in parts))
    page = Page(stamp="" if above else html, above=html if above else "", after=EVENT)
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["published_at"] == want, parts


#: A programme's slot beside the day.
SLOTS = (
    '<div class="vd-info"><span class="prog">{}</span> · <span class="d">{}</span></div>',
    '<p class="info">{} | {}</p>',
    '<div class="meta"><a href="/chuong-trinh">{}</a> - <span>{}</span></div>',
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programme_slots(), st.sampled_from(SLOTS), st.booleans())
def test_a_programme_slot_is_no_clock(case: tuple[str, str, str], form: str,
                                      profiles: bool) -> None:
    slot, day, want = case
    page = Page(stamp=form.format(slot, day))
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["published_at"] == want, (slot, day)
