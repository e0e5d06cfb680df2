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
from bylinegen import Want, bylines
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
