"""Pages a review of a change wrote against the real extractor, each a way the change
made a record worse than the code before it (confirmed, then fixed): the record must stay
what the code before the change read, field by field.

``tests/fixtures/review-<change>/``: the pages and ``expected.json`` (the code before's
records). A later change that improves one of them updates its entry, saying why in its
commit.

- ``review-pages24``: the pages24 classes (a short brief emptied as one related card; a
  second photo's caption read as text; a copyright, a "(c)" item or a print note that was
  the story's own sentence dropped; a month-first printed date beating its attribute; a
  paragraph inside a picture's link read as its caption; a tooltip's and a lightbox's
  data attribute read as captions; a comment's or a document list's "lần cuối" read as
  the update; an article's own update hidden as an attachment's; "« Quay lại", "In bài",
  "Bài trước", "English" read as the section; a guide about signing in judged a login
  form).
- ``review-pages25``: the pages25 classes (an epigraph, a caption with no picture, a note in
  brackets, a document's preamble or a question read as an italic lead; "Trưởng khoa Khoa
  X" and "Phó Trưởng ban Thường trực Ban X" units mangled; a full text typed without marks
  in a hidden tab dropped; Yoast's and other span trails ending in the headline, a counter
  or "In bài" read as the section; "Minh Anh!" no author). Two records are newer code's:
  ``iv1_q_first``, where the interviewer's closing thanks is no longer the byline, and
  ``lead8_contest_note``, whose contest note over the text ("(Bài dự thi Giải …)") is no
  part of it, as such a note after the text never was (pages37's reprint note).
- ``review-pages26``: the pages26 classes (a sapo or first paragraph ending in a source,
  a quotation's or a book's attribution read as its writer; partner logos, share buttons,
  a QR box, a vote, a leaders' column or a hotline after the text read as a gallery; a
  category link with a query taken for the categories' index; microdata in sidebar cards
  or on a person read as the category; "X - CTV (Unit)" putting the role in the unit; a
  caption opening with a quoted event's name read as text; a page in a preloader's hidden
  wrapper or an animation's hidden start losing its headline; a live report's clock lines
  dropped; a paragraph naming a document in a link read as related; posts heading a unit).
  Seven records are the new code's, better than the old: ``b02_truong_tram`` and
  ``b07_signoff_then_org`` (the unit), ``r01``, ``r02``, ``r05``, ``r06`` (related
  headlines out of the text) and ``t05_hidden_print_header`` (a hidden print header no
  longer the headline).
- ``review-pages27``: the pages27 classes (a site's header holding a ticker's or a featured
  post's title read as the article's masthead; "ai-summary-…" classes on the text's own
  containers read as a language model's box; a spokesperson's card, a notice's signer or a
  sidebar box after the text read as an author box; a centred signature, verse, quote,
  heading or opening paragraph after a bare figure read as its caption; "Sửa lúc" in
  readers' replies read as the update; a query loop's modified dates read by the WordPress
  profile; an interviewer's question after "PV: … - MC:" read as a byline). Four records
  are the new code's, better: ``b3_tacgia_dash_trinhbay`` (the layout credit out of the
  author), ``c2_cardheader_breadcrumb_today`` (its category), ``c6_cardheader_tools`` (its
  date), ``s2_discussion_after_nostamp_time`` (the publication, not a reply's edit).
- ``review-pages28``: the pages27-28 classes, read at the addresses the review used
  (``urls.json``): a bold name over a plain last line read as writer and unit in a list of
  people or under a bold label; a video's length, an event's time or a live entry's clock
  joined to a date-only stamp; a letter's "THƯ CHÚC MỪNG", the page's only headline, lost;
  an anniversary's dates under a line break cut from the headline; "Tin nổi bật", a tag's
  link or a menu of sub-sections above the headline read as the section; "Thư của Bác Hồ
  gửi …" under the sapo read as a byline; ``itemprop=author`` on a publication or in a box
  of other articles; a meta row's bare "Tác giả:" label split from its value; a writer's
  portrait label opening a study read as a caption.

- ``review-pages29``: the pages29 classes (a real headline linking "#" losing to the
  header's site name; a writer's element beside a category link or holding a long name
  taken for a teaser's; a generic portlet header, another portlet's or a sidebar box's
  heading read as the section; a widget's style rule hiding ``.updated`` dropping the
  article's visible update; a photographer's paper read as a second photographer). One
  record is the new code's: ``wp_hidden_updated_visible_time`` (the update the page prints,
  "Cập nhật lúc 16:10", not the seconds of the hidden ``<time>``).

- ``review-pages30``: the pages30 classes (a sapo, a writer's or a source's line, a
  gallery's sub-heading, a quotation or a verse after a picture's block read as its
  caption; a trail inside a page builder's widget, or a sidebar card's "cat-links", for the
  section; a heading elsewhere printing the headline taking it from a title element; a
  format kicker whose section the menu spells otherwise; a "Chuyên đề" sub-section read as
  a series). One record is the new code's: ``sapo_after_imgbox``'s second picture keeps
  its centred italic caption ("Các đại biểu dự hội nghị."), which the code before left in
  the text.

- ``review-pages31``: stop 33's classes (a news box of cards in the text's own kind of
  container joined to the text; a card's category label taken for its title; a sidebar
  list's issuing offices in "span.unit"; a "Tin mới" bar's headline taken for the section;
  a table of figures pasted in the text, "Danh mục" | "Số lượng", read as a property; a
  price widget's "Cập nhật lần cuối" beside the text; a commenter's "a.username"; an author
  card's "Xem tất cả bài viết" link making it a teaser; a document's "Ngày ban hành" over
  the text's opening day; SharePoint's creation and last edit in one element). Each record
  is the code before the change's, or better: ``date_firstsentence2`` keeps its opening
  sentence, which the code before left out as a stamp line, and ``sp_created_modified``
  reads the last edit, not the creation.

- ``review-pages32``: the pages32 classes (a notice's terms in a definition list inside
  the text; a cover figure marked "not-prose"; a document's title going on in its
  ``<small>``; an h2 sapo over a first paragraph set larger; weather articles in containers
  named for the weather; a site's masthead in a page-wide "page-content" wrapper). Each
  record is the code before the change's. (The same review's listing pages are
  ``tests/fixtures/discovery-review34``, read by ``tests/test_discover_scripts.py``.)

- ``review-pages33``: the pages33 classes ("Bởi Minh Hà, TTXVN" read as two co-authors; a
  header's logo ``<h1>`` beside a menu of ``<article>`` cards no longer chrome). Each record
  is the code before the change's. (The review's listing pages — a sidebar's document
  search, a work calendar's form, a site map's flat list of posts — are in
  ``tests/fixtures/discovery-review34``.)

Records since updated by a later change that improved them: ``review-pages24``'s
``c1a_short_p_h4label``, ``c1b_short_br`` and ``c1j_onepara_plabel_2h3`` (pages26: a
related box's heading in a wrapper of its own, its headlines in the blocks after it, no
longer leaves those headlines in the text); ``review-pages26``'s ``k03_category_meta_row_query``
(stop 33: the meta row's "| Chuyên mục: <a>Xây dựng Đảng</a>" is read, its separator before
the label no longer hiding it); ``c1b_short_br`` again and ``review-pages31``'s
``labelled_table`` (stop 36: a blank line between two breaks ends a paragraph, and a table
of figures is one paragraph a row, its cells joined by " | ").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.extract import extract_page

ROOT = Path(__file__).parent / "fixtures"
URL = "https://tinhuy.example.gov.vn/tin-tuc/bai-viet-1234.html"
CASES = [(page, name) for folder in sorted(ROOT.glob("review-*"))
         for name, page in ((p.stem, p) for p in sorted(folder.glob("*.html")))]
FIELDS = ("title", "published_at", "updated_at", "author", "author_unit", "photographer",
          "category", "captions", "lead", "body")


@pytest.mark.parametrize(("page", "name"), CASES, ids=[f"{p.parent.name}/{n}" for p, n in CASES])
def test_a_review_page_keeps_the_record_the_code_before_read(page: Path, name: str) -> None:
    expected = json.loads((page.parent / "expected.json").read_text(encoding="utf-8"))[name]
    got = extract_page(page.read_bytes(), _urls(page.parent).get(name, URL))
    record = {field: getattr(got.article, field) for field in FIELDS}
    record["captions"] = list(record["captions"])
    assert {**record, "gone": got.gone} == expected


def _urls(folder: Path) -> dict[str, str]:
    """The address each page of a review was read at (``urls.json``, review-pages28 on: a
    page's record may depend on its address); the shared ``URL`` for the rest."""
    path = folder / "urls.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_every_review_page_has_its_record() -> None:
    for folder in ROOT.glob("review-*"):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        assert set(expected) == {p.stem for p in folder.glob("*.html")}, folder.name
