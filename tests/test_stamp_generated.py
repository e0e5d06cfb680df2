"""Publication stamps from a grammar (tests/stampgen.py), read as a line and where pages
print them, among the dates a page also shows (a header clock, a sidebar's, a ticker's, the
comments').

The placements are where portals put the stamp: the line under the headline (a div, a span
with a clock icon, a meta row with views and author), above the headline, a table cell, the
foot of the text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archiver.dates import parse_date
from archiver.extract import extract
from stampgen import stamp_pairs, stamps
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
