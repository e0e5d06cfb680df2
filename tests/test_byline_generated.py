"""Bylines from a grammar (tests/bylinegen.py), read as a line and where pages print them.

The grammar holds the forms the blind sets met; the placements are where portals put a
byline: the foot of the text (bold, italic, right-aligned, a table cell, a div of its own)
or the head (between headline and stamp, in the stamp line, above the text).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.byline import parse_byline
from archiver.extract import extract
from bylinegen import Want, bylines, person, unit
from test_extract_classes import URL, Page

FOOT = (
    '<p style="text-align:right"><strong>{}</strong></p>',
    "<p><em>{}</em></p>",
    '<p align="right"><b>{}</b></p>',
    '<div class="author">{}</div>',
    '<table width="100%"><tr><td align="right"><b>{}</b></td></tr></table>',
)
HEAD = (
    ('<div class="news-author">{}</div>', "stamp-after"),
    ('<p class="byline"><strong>{}</strong></p>', "lead"),
    ('<span class="author">{}</span> | ', "stamp-before"),
)


def _got(record: dict[str, object]) -> Want:
    return Want(author=record["author"], author_unit=record["author_unit"],  # type: ignore[arg-type]
                photographer=record["photographer"])  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(bylines())
def test_a_byline_line_reads_as_a_reader_reads_it(case: tuple[str, Want]) -> None:
    line, want = case
    got = parse_byline(line)
    assert got is not None, line
    assert Want(got.author, got.author_unit, got.photographer) == want, line


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bylines(), st.sampled_from(FOOT), st.booleans())
def test_a_byline_at_the_foot_of_the_text(case: tuple[str, Want], form: str,
                                          profiles: bool) -> None:
    line, want = case
    page = Page(tail=form.format(line))
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert _got(record) == want, line
    assert line not in record["body"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bylines(), st.sampled_from(HEAD), st.booleans())
def test_a_byline_at_the_head_of_the_article(case: tuple[str, Want], form: tuple[str, str],
                                             profiles: bool) -> None:
    line, want = case
    html, where = form
    page = Page(tail="")
    stamp = page.stamp
    if where == "stamp-after":
        page.stamp = html.format(line) + stamp
    elif where == "stamp-before":
        page.stamp = stamp.replace('">', '">' + html.format(line), 1)
    else:
        page.lead = html.format(line)
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert _got(record) == want, line
    assert line not in record["body"]


#: A name over its unit, as cards, cells and sign-offs print them: (where, HTML).
NAME_OVER_UNIT = (
    ("tail", '<p style="text-align:right"><strong>{name}</strong><br><em>{unit}</em></p>'),
    ("tail", '<p style="text-align:right"><strong>{name}</strong><br><em>({unit})</em></p>'),
    ("after", '<div class="author-box"><img class="avatar" src="/a.jpg" alt=""><div class='
              '"author-info"><a class="author-name" href="/tac-gia/1">{name}</a><span class='
              '"author-dept">{unit}</span><a class="author-more" href="/tac-gia/1">Xem các bài '
              'viết của tác giả</a></div></div>'),
    ("after", '<table class="tbl-tacgia" align="right"><tr><td style="text-align:right"><b>'
              '{name}</b><br><i>{unit}</i></td></tr></table>'),
    ("after", '<div class="tacgia" style="text-align:right"><i>Người viết: {name}</i></div>'
              '<div class="donvi" style="text-align:right">{unit}</div>'),
)
#: Units whose names hold a comma (not a clause of the text).
COMMA_UNITS = ("Phòng Phổ biến, giáo dục pháp luật", "Trung tâm Văn hóa, Thể thao huyện",
               "Phòng Văn hóa, Thông tin huyện")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(person(), st.one_of(unit(), st.sampled_from(COMMA_UNITS)),
       st.sampled_from(NAME_OVER_UNIT), st.booleans())
def test_a_name_over_its_unit(who: tuple[str, str], where_unit: str, form: tuple[str, str],
                              profiles: bool) -> None:
    """The writer's name and unit on two lines, in a sign-off, an author card, a cell or
    elements of their own: the name as the author, the line under it as the unit."""
    printed, name = who
    place, html = form
    block = html.format(name=printed, unit=where_unit)
    page = Page(tail=block) if place == "tail" else Page(tail="", after=block)
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert (record["author"], record["author_unit"]) == (name, where_unit), block


#: Several writers, each name in an element of its own in one line, as templates print a
#: list of author links: (element, separator).
WRITER_ELEMENTS = (
    ('<a class="author" href="/tac-gia/{slug}">{name}</a>', " - "),
    ('<a class="cl-author" href="/tac-gia/{slug}">{name}</a>', ", "),
    ('<span class="author-name">{name}</span>', " và "),
    ('<a rel="author" class="byline-link" href="/author/{slug}/">{name}</a>', " | "),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(person().filter(lambda who: who[0] == who[1]), min_size=2, max_size=3,
                unique_by=lambda who: who[1].casefold()),
       st.sampled_from(WRITER_ELEMENTS), st.booleans())
def test_writers_each_in_an_element_of_their_own(people: list[tuple[str, str]],
                                                 form: tuple[str, str], profiles: bool) -> None:
    """Every name of the line is a writer, in page order."""
    html, sep = form
    names = sep.join(html.format(name=printed, slug=f"w{i}")
                     for i, (printed, _) in enumerate(people))
    page = Page(tail="", stamp=f'<div class="meta">{names} <span class="time">11/03/2024 '
                               f'16:45</span></div>')
    record = extract(page.html(), URL, use_profiles=profiles).to_json()
    assert record["author"] == ", ".join(name for _, name in people), names
