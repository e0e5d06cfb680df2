"""The failure classes of first contact (issue 16), one small page per case, both modes.

Each case is a page no profile knows, built from a few parts: the frame around the
article, the headline block, the stamp line, the body, what follows. The cases name the
class they pin; the blind pages under tests/firstcontact/ hold the full-size versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from archiver import auto
from archiver.byline import parse_byline
from archiver.dates import parse_date
from archiver.extract import extract, extract_page
from archiver.extract.stamps import dates_in_text, settle_month_order

URL = "https://portal.example.vn/tin-tuc/hoi-nghi-so-ket-1234.html"
TITLE = "Huyện ủy sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024"
PARAS = (
    "Chiều 11/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, "
    "đánh giá kết quả thực hiện nhiệm vụ chính trị 6 tháng đầu năm.",
    "Các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được, chỉ ra hạn chế và "
    "nguyên nhân, đề xuất giải pháp cho những tháng cuối năm.",
    "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo "
    "hoàn thành các chỉ tiêu, nhiệm vụ đã đề ra.",
)
SIDEBAR = """<div class="col-right"><h3>Tin mới</h3><ul>
<li><a href="/tin/2">Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 8 bàn nhiệm vụ</a>
<span>(01/11/2024)</span></li><li><a href="/tin/3">Kỳ họp thứ 23 HĐND tỉnh dự kiến khai mạc
ngày 12/12/2024</a></li></ul></div>"""


@dataclass
class Page:
    """A page assembled from parts; any part can be replaced by a case."""

    head: str = "<title>Cổng thông tin điện tử huyện</title>"
    top: str = '<div class="topbar">Thứ Năm, 05/12/2024</div>'
    above: str = ""                                  # between the top bar and the headline
    headline: str = f'<h1 class="news-title">{TITLE}</h1>'
    stamp: str = '<div class="news-date">11/03/2024 16:45</div>'
    lead: str = ""
    body: str = "".join(f"<p>{p}</p>" for p in PARAS)
    tail: str = '<p style="text-align:right"><b>Minh Anh</b></p>'
    after: str = ""                                  # after the article block
    side: str = SIDEBAR

    def html(self) -> str:
        return f"""<html><head><meta charset="utf-8">{self.head}</head><body>
{self.top}<div class="row"><div class="col-left">{self.above}
<div class="news-detail">{self.headline}{self.stamp}{self.lead}
<div class="news-content">{self.body}{self.tail}</div></div>{self.after}</div>
{self.side}</div></body></html>"""


def both(page: Page) -> list[dict[str, Any]]:
    html = page.html()
    return [extract(html, URL, use_profiles=up).to_json() for up in (True, False)]


# -- which heading is the title ------------------------------------------------------------
@pytest.mark.parametrize("page", [
    Page(head="<title>Cổng thông tin điện tử huyện</title>"),          # <title> = site name
    Page(above='<div class="panel-title">Chi tiết tin</div>'),          # a panel heading
    Page(above='<h2 class="portlet-title">CHI TIẾT TIN</h2>'),
    Page(headline=f'<div class="kicker">Xây dựng Đảng - Kỳ 2:</div>'
                  f'<h1 class="news-title">{TITLE}</h1>'),                # a series kicker
    Page(headline=f'<div class="upd">Cập nhật lúc 15:20 ngày 12/03/2024</div>'
                  f'<h1 class="news-title">{TITLE}</h1>'),                # an update line
    Page(headline=f'<table><tr><td class="newsTitle">{TITLE}</td></tr></table>'),  # a cell
], ids=["site-name", "panel", "panel-h2", "kicker", "update-line", "title-cell"])
def test_title_is_the_headline(page: Page) -> None:
    for art in both(page):
        assert art["title"] == TITLE


# -- which block is the article -------------------------------------------------------------
NOTICE = ("<p>Giám đốc Sở tiếp công dân định kỳ vào ngày 16/12/2024.</p>"
          "<p>Địa điểm: Phòng tiếp công dân, trụ sở Sở Nội vụ tỉnh.</p>")
TEASER = ("Ngày 28/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, "
          "đánh giá kết quả thực hiện các nhiệm vụ trọng tâm, chỉ ra những hạn chế, khuyết "
          "điểm và đề ra phương hướng, giải pháp thực hiện trong thời gian tới, bảo đảm hoàn "
          "thành thắng lợi các mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh đã đề ra.")


def _block(title: str, paras: str, tag: str = "h1", link: str | None = None) -> str:
    head = f'<a href="{link}">{title}</a>' if link else title
    return (f'<div class="news-block"><{tag} class="news-block__title">{head}</{tag}>'
            f'<div class="news-block__body">{paras}</div></div>')


@pytest.mark.parametrize("after", [
    # a column of longer teasers sharing the article's classes
    "".join(_block(f"Tin số {i}: hội nghị sơ kết công tác xây dựng Đảng năm 2024",
                   f"<p>{TEASER}</p>", "h3", f"/tin/{i}") for i in range(3)),
    # a preloaded next article, longer, with the same classes and an h1 of its own
    '<div class="next">Bài tiếp theo</div>' + _block(
        "Hội nghị sơ kết công tác xây dựng Đảng năm 2024 của Tỉnh ủy",
        "".join(f"<p>{TEASER}</p>" for _ in range(4))),
], ids=["teasers", "next-article"])
def test_the_article_is_the_block_of_the_headline(after: str) -> None:
    page = Page(headline="", stamp="", tail="", body="",
                above=_block("Thông báo lịch tiếp công dân định kỳ tháng 12/2024", NOTICE),
                after=after)
    for art in both(page):
        assert art["title"] == "Thông báo lịch tiếp công dân định kỳ tháng 12/2024"
        assert str(art["body"]).startswith("Giám đốc Sở tiếp công dân")
        assert "Ban Thường vụ Tỉnh ủy" not in str(art["body"])


# -- dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("stamp", "published", "updated"), [
    ('<div class="d">Thứ Hai, ngày 11 tháng 3 năm 2024</div>', "2024-03-11", None),
    ('<div class="d">12 Tháng Ba 2024</div>', "2024-03-12", None),
    ('<div class="d">12 thg 3, 2024 08:05</div>', "2024-03-12T08:05:00+07:00", None),
    ('<div class="d">25/10/2024 9:12 SA</div>', "2024-10-25T09:12:00+07:00", None),
    ('<div class="d">3:30 chiều, 16/06/2024</div>', "2024-06-16T15:30:00+07:00", None),
    ('<div class="d">Ngày đăng: 02/12/2024 lúc 14g30</div>', "2024-12-02T14:30:00+07:00",
     None),
    ('<div class="d">Cập nhật ngày 12/03/24 lúc 16:50</div>', "2024-03-12T16:50:00+07:00",
     None),
    # "Cập nhật" alone is the publication time too; beside a published stamp, the update
    ('<div class="d">Cập nhật lúc 15:20 ngày 10/10/2023</div>', "2023-10-10T15:20:00+07:00",
     None),
    ('<div class="d">10/10/2023 07:45</div><div class="u">Cập nhật lúc 15:20 ngày '
     '10/10/2023</div>', "2023-10-10T07:45:00+07:00", "2023-10-10T15:20:00+07:00"),
    # the journal's other dates are not its publication
    ('<div class="d">Ngày nhận bài: 15/4/2024 · Ngày phản biện: 10/5/2024 · Ngày xuất bản: '
     '20/06/2024</div>', "2024-06-20", None),
    # en-US server, the opening says "Chiều 11/3": March 11th
    ('<div class="d">3/11/2024 4:45 PM</div>', "2024-03-11T16:45:00+07:00", None),
], ids=["words-weekday", "month-word", "cldr-thg", "sa", "chieu", "14g30", "two-digit-year",
        "update-only", "update-beside", "journal", "en-us"])
def test_stamp_near_the_headline(stamp: str, published: str, updated: str | None) -> None:
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (published, updated)


@pytest.mark.parametrize("page", [
    # a ticker and a marquee of future events, a printed-on line
    Page(top='<div class="ticker">Sự kiện: Kỳ họp HĐND tỉnh ngày 20/12/2024 08:00</div>'
             '<marquee>Chào mừng Đại hội ngày 24/3/2025</marquee>',
         stamp='<div class="d">11/03/2024 16:45</div>'),
    Page(top='<div class="print">In ngày: 06/12/2024 09:31</div>',
         stamp='<div class="d">11/03/2024 16:45</div>'),
    # JSON-LD and og dates of the crawl day (or the site's launch) lose to the page's stamp
    Page(head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
              '"2024-12-05T10:10:00+07:00"}</script><meta property="article:published_time" '
              'content="2019-01-01T00:00:00+07:00">',
         stamp='<div class="d">11/03/2024 16:45</div>'),
], ids=["ticker-marquee", "printed-on", "wrong-metadata"])
def test_other_dates_on_the_page_are_not_the_stamp(page: Page) -> None:
    for art in both(page):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


@pytest.mark.parametrize("page", [
    Page(stamp='<div class="d">20/12/2024 08:00</div>'),
    Page(stamp="", head='<meta property="article:published_time" '
                        'content="2025-01-10T08:00:00+07:00">'),
], ids=["stamp", "metadata"])
def test_nothing_appeared_after_the_day_the_page_shows_as_today(page: Page) -> None:
    # the top bar says Thursday 05/12/2024: a later date is an event to come, not the stamp
    for art in both(page):
        assert art["published_at"] is None


def test_metadata_lends_its_time_to_a_date_only_stamp() -> None:
    page = Page(head='<meta property="article:published_time" '
                     'content="2024-03-12T07:20:11+00:00">',
                stamp='<div class="d">12 Tháng Ba, 2024</div>')
    for art in both(page):
        assert art["published_at"] == "2024-03-12T14:20:11+07:00"


@pytest.mark.parametrize(("text", "published", "updated"), [
    ("Ngày đăng: 10/10/2023 | Cập nhật: 12/10/2023", "2023-10-10", "2023-10-12"),
    ("Cập nhật: 12/10/2023 | Ngày đăng: 10/10/2023", "2023-10-10", "2023-10-12"),
    ("Cập nhật lúc 15:20 ngày 10/10/2023", "2023-10-10T15:20:00+07:00", None),
    ("In ngày: 06/12/2024 09:31", None, None),
    ("Hôm nay: 06/12/2024", None, None),
    ("Ngày nhận bài: 15/4/2024 · Ngày xuất bản: 20/06/2024", "2024-06-20", None),
])
def test_labels_say_what_a_date_is(text: str, published: str | None,
                                   updated: str | None) -> None:
    pub, upd = dates_in_text(text, (), set())
    assert (pub.iso() if pub else None, upd.iso() if upd else None) == (published, updated)


@pytest.mark.parametrize(("following", "us", "meta", "expected"), [
    ("Chiều 11/3, Ban Thường vụ tổ chức hội nghị", False, None, "2024-03-11"),
    ("Ngày 10/3, Ban Thường vụ tổ chức hội nghị", False, None, "2024-03-11"),  # the day before
    ("Sáng 3/11, Ban Thường vụ tổ chức hội nghị", False, None, "2024-11-03"),
    ("Ban Thường vụ tổ chức hội nghị", True, None, "2024-03-11"),      # declared en-US
    ("Ban Thường vụ tổ chức hội nghị", False, "2024-03-11", "2024-03-11"),   # metadata
    ("Ban Thường vụ tổ chức hội nghị", False, None, None),             # nothing: no answer
    ("Chiều 3/11, Ban Thường vụ", True, None, "2024-11-03"),           # the text outweighs
])
def test_month_order_is_settled_on_the_page_s_evidence(
        following: str, us: bool, meta: str | None, expected: str | None) -> None:
    stamp = parse_date("3/11/2024 4:45 PM")
    assert stamp is not None
    settled = settle_month_order(stamp, following, us, meta)
    assert (settled.iso()[:10] if settled else None) == expected


# -- bylines --------------------------------------------------------------------------------
@pytest.mark.parametrize(("page", "author", "unit", "photographer"), [
    (Page(tail='<p style="text-align:right"><b>PV</b></p>'), "PV", None, None),
    (Page(tail='<p style="text-align:right"><b>Nhóm PV</b></p>'), "Nhóm PV", None, None),
    (Page(tail='<p style="text-align:right"><b>BBT</b></p>'), "BBT", None, None),
    (Page(tail='<p style="text-align:right"><b>Hoài Thu (thực hiện)</b></p>'), "Hoài Thu",
     None, None),
    (Page(tail='<p style="text-align:right">Tin: Ngọc Trang - Ảnh: Đức Minh</p>'),
     "Ngọc Trang", None, "Đức Minh"),
    (Page(tail='<p style="text-align:right"><b>Tin, ảnh: Quốc Nhật</b></p>'), "Quốc Nhật",
     None, "Quốc Nhật"),
    (Page(tail='<p style="text-align:right"><b>Minh Châu - Trung tâm Văn hóa, Thể thao và '
               'Truyền thông huyện</b></p>'), "Minh Châu",
     "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", None),
    # a labelled line between headline and body
    (Page(tail="", stamp='<div class="d">11/03/2024 16:45</div><p>Tác giả: Lò Hương</p>'),
     "Lò Hương", None, None),
    # name over unit in an author element
    (Page(tail="", stamp='<div class="d">11/03/2024 16:45</div><div class="jr-author">'
                         '<b>Thanh Hà</b><br><i>Ban Tuyên giáo Huyện ủy</i></div>'),
     "Thanh Hà", "Ban Tuyên giáo Huyện ủy", None),
], ids=["pv", "nhom-pv", "bbt", "thuc-hien", "tin-anh-split", "tin-anh", "unit-with-commas",
        "tac-gia-line", "name-over-unit"])
def test_bylines(page: Page, author: str, unit: str | None, photographer: str | None) -> None:
    for art in both(page):
        assert (art["author"], art["author_unit"], art["photographer"]) == (
            author, unit, photographer)
        assert author not in str(art["body"])


@pytest.mark.parametrize("poster", [
    '<span class="createdby">Viết bởi: Super User</span>',
    '<div class="meta-author"><span>Người đăng:</span> <a href="/author/admin">admin</a></div>',
    '<span class="post-author">Đăng bởi <a rel="author" href="/p/1">Chi bộ TDP 5</a></span>',
    '<span class="author">Người đăng: Quản trị</span>',
], ids=["super-user", "admin", "blog-profile", "quan-tri"])
def test_accounts_are_not_authors(poster: str) -> None:
    stamp = f'<div class="d">11/03/2024 16:45</div>{poster}'
    for art in both(Page(stamp=stamp)):
        assert art["author"] == "Minh Anh"           # the byline printed in the article
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] is None                 # an account, never an author


def test_a_bold_interview_question_is_body() -> None:
    body = ("<p><b>- Thưa đồng chí, phong trào thi đua đã đạt được những kết quả nổi bật "
            "nào?</b></p>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "<p><b>- Xin trân trọng cảm ơn đồng chí!</b></p>")
    for art in both(Page(body=body, tail='<p style="text-align:right"><b>Hoài Thu (thực '
                                          'hiện)</b></p>')):
        assert art["author"] == "Hoài Thu"
        assert "Xin trân trọng cảm ơn đồng chí!" in str(art["body"])
        assert "Thưa đồng chí" in str(art["body"])


# -- what is not body -----------------------------------------------------------------------
SPAM = ("slot gacor hari ini", "nhà cái uy tín 2024")


@pytest.mark.parametrize(("extra", "absent"), [
    ('<div style="display:none;visibility:hidden"><a href="https://x.top/">slot gacor hari '
     'ini</a> | <a href="https://y.top/">nhà cái uy tín 2024</a></div>', SPAM),
    ('<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://x.top/">slot '
     'gacor hari ini</a> <a href="https://y.top/">nhà cái uy tín 2024</a></div>', SPAM),
    ('<div class="readmore-box"><p><strong>Tham khảo thêm</strong></p><ul><li><a href="/-/a">'
     'Hướng dẫn mới về thẩm tra lý lịch người vào Đảng</a></li></ul></div>',
     ("Tham khảo thêm", "Hướng dẫn mới về thẩm tra lý lịch")),
    ('<div class="box"><p class="t">Đọc thêm</p><ul><li><a href="/b.html">Chiêm Hóa kết nạp '
     '215 đảng viên mới trong 6 tháng</a></li></ul></div>', ("Chiêm Hóa kết nạp",)),
    ('<p>Xem thêm: <a href="/c.html">Nâng chất lượng tổ chức cơ sở đảng ở khu công '
     'nghiệp</a></p>', ("Nâng chất lượng tổ chức cơ sở đảng",)),
], ids=["display-none", "off-screen", "tham-khao-them", "doc-them", "xem-them-line"])
def test_in_body_boxes_and_hidden_links_are_not_body(extra: str, absent: tuple[str, ...]
                                                    ) -> None:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{extra}<p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert all(p in str(art["body"]) for p in PARAS)
        assert not [a for a in absent if a in str(art["body"])]
        assert art["author"] == "Minh Anh"


def test_the_meta_line_inside_the_article_block_is_not_body() -> None:
    """The stamp's own line, with its font-size and print controls, printed inside the
    block the body is read from."""
    meta = ('<div class="info"><span class="date">10/10/2023 07:45</span> <a href="#">A-</a> '
            '<a href="#">A+</a> <a href="javascript:print()">In bài</a> <a href="/mail">Gửi '
            'email</a></div>')
    body = meta + "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(stamp="", body=body)):
        assert art["published_at"] == "2023-10-10T07:45:00+07:00"
        assert str(art["body"]).startswith(PARAS[0][:40])


NAV = ('<a href="/tin/1.html"><span>Bài trước</span> <b>Tuy Phước ra quân hưởng ứng '
       'Tháng Thanh niên năm 2024</b></a><a href="/tin/3.html"><span>Bài tiếp theo</span> '
       '<b>Huyện đoàn trao 50 suất học bổng cho học sinh nghèo</b></a>')


@pytest.mark.parametrize("page", [
    Page(after=f'<div class="prevnext">{NAV}</div>'),
    Page(tail=f'<p style="text-align:right"><b>Minh Anh</b></p><div class="nav">{NAV}</div>'),
    Page(after=f'<div class="tinlienquan"><h3>Tin liên quan</h3>{NAV}<a href="/tin/9.html">'
               'Khai mạc Kỳ họp thứ 22 HĐND tỉnh khóa XIV</a></div>'),
], ids=["after-body", "inside-body", "in-a-related-box"])
def test_previous_and_next_article_links_are_neither_body_nor_related(page: Page) -> None:
    for art in both(page):
        assert "Tuy Phước ra quân" not in str(art["body"])
        assert "Huyện đoàn trao" not in str(art["body"])
        assert not [r for r in art["related"] if "Tuy Phước" in str(r)
                    or "Huyện đoàn trao" in str(r)]
        assert art["author"] == "Minh Anh"
    if "tinlienquan" in page.after:
        for art in both(page):
            assert [r["title"] for r in art["related"]] == [
                "Khai mạc Kỳ họp thứ 22 HĐND tỉnh khóa XIV"]


# -- captions, images, category ----------------------------------------------------------------
def test_a_credit_in_a_caption_goes_to_the_photographer() -> None:
    body = (f"<p>{PARAS[0]}</p><figure><img src='blank.png' data-src='/img/a.jpg'>"
            "<figcaption>Người dân góp công chỉnh trang tuyến đường ven biển. Ảnh: Đình Nhất"
            f"</figcaption></figure><p>{PARAS[1]}</p><p>{PARAS[2]}</p>")
    for art in both(Page(body=body)):
        assert art["captions"] == ["Người dân góp công chỉnh trang tuyến đường ven biển"]
        assert art["photographer"] == "Đình Nhất"
        assert [i["src"] for i in art["images"]] == ["https://portal.example.vn/img/a.jpg"]


def test_category_is_the_crumb_nearest_the_article() -> None:
    crumbs = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tt">'
              'Tin tức - Sự kiện</a></li><li><a href="/tt/cd">Chỉ đạo - Điều hành</a></li>'
              f"<li>{TITLE}</li></ol>")
    for art in both(Page(above=crumbs)):
        assert art["category"] == "Chỉ đạo - Điều hành"


def test_lead_block_right_under_body_and_a_labelled_abstract() -> None:
    lead = ('<div class="print-sapo">Ban Tổ chức Tỉnh ủy vừa ban hành văn bản hướng dẫn các '
            'cấp ủy thực hiện kiểm điểm, đánh giá, xếp loại chất lượng năm 2024.</div>')
    html = (f'<html><head><meta charset="utf-8"><title>In bài viết</title></head><body>'
            f'<div class="print-title">{TITLE}</div><div class="print-date">Cập nhật lúc '
            f'08:40 ngày 02/12/2024</div>{lead}<div class="print-body">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.lead is not None and art.lead.startswith("Ban Tổ chức Tỉnh ủy")
        assert art.published_at == "2024-12-02T08:40:00+07:00" and art.updated_at is None
    abstract = ('<div class="jr-abstract"><span class="label">Tóm tắt:</span><p>Bài viết phân '
                'tích vai trò, thực trạng phương thức lãnh đạo của chi bộ thôn, bản.</p></div>')
    for got in both(Page(lead=abstract)):
        assert got["lead"] == ("Bài viết phân tích vai trò, thực trạng phương thức lãnh đạo "
                               "của chi bộ thôn, bản.")


# == the classes pages2 showed (2026-12-06) ====================================================
def _paras() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def test_a_profile_s_body_in_the_page_s_footer_is_no_article() -> None:
    """DNN names every HTML module's text ``dnn_ctrN_…_lblContent``, the footer's too."""
    html = (f'<html><head><meta charset="utf-8"><title>Cổng TTĐT</title></head><body>'
            f'<input type="hidden" id="__dnnVariable" value="{{}}"><div id="dnn_ContentPane">'
            f'<div id="dnn_ctr31_ContentPane"><h1 class="edn_articleTitle">{TITLE}</h1>'
            f'<div class="edn_articleContent">{_paras()}</div></div></div>'
            f'<footer><div id="dnn_ctr9_ContentPane"><div id="dnn_ctr9_HtmlModule_lblContent">'
            f'<p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Địa chỉ: 17 Trần Hưng Đạo, thành '
            f'phố. Điện thoại: 0269 3823 xxx. Ghi rõ nguồn khi phát hành lại thông tin.</p>'
            f'</div></div></footer></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert all(p in str(art.body) for p in PARAS)
        assert "Cơ quan chủ quản" not in str(art.body)
    assert extract(html, URL).profile == "dnn"


@pytest.mark.parametrize(("stamp", "published", "updated"), [
    # a date-only attribute over a text that shows the time
    ('<time datetime="2024-03-11">Monday, March 11, 2024 2:35 PM</time>',
     "2024-03-11T14:35:00+07:00", None),
    # the update label in a text node of its own, in the stamp's element
    ('<div class="line"><span class="pub"><span>Đăng ngày</span> 10/03/2024 11:40</span> — '
     '<span class="edit"><span>Sửa đổi lần cuối</span> 12/03/2024 10:02</span></div>',
     "2024-03-10T11:40:00+07:00", "2024-03-12T10:02:00+07:00"),
    # an update in the ambiguous order: the one reading within a month after publication
    ('<div class="d">11/03/2024 16:45</div><div class="u">Updated: 3/12/2024 9:05 AM</div>',
     "2024-03-11T16:45:00+07:00", "2024-03-12T09:05:00+07:00"),
    # … and none when both readings are
    ('<div class="d">03/03/2024 16:45</div><div class="u">Updated: 4/3/2024 9:05 AM</div>',
     "2024-03-03T16:45:00+07:00", None),
], ids=["datetime-date-only", "update-label-apart", "update-order-settled",
        "update-order-open"])
def test_stamps_and_their_labels(stamp: str, published: str, updated: str | None) -> None:
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (published, updated)


@pytest.mark.parametrize(("value", "published"), [
    ("2024-03-11 03:40:00", "2024-03-11"),                          # no offset: UTC or local?
    ("2024-03-11T03:40:00+07:00", "2024-03-11T03:40:00+07:00"),    # an offset: its time
])
def test_metadata_without_an_offset_lends_no_time(value: str, published: str) -> None:
    page = Page(head=f'<title>Cổng</title><meta property="article:published_time" '
                     f'content="{value}"><meta property="article:modified_time" '
                     f'content="{value[:10]} 09:00:00">',
                stamp='<div class="d">11/03/2024</div>')
    for art in both(page):
        assert art["published_at"] == published
        assert art["updated_at"] is None


def test_the_footer_of_a_schema_org_article_is_the_article_s_own() -> None:
    """TYPO3 tx_news: the date and the author in the article's ``div.footer``."""
    html = (f'<html><head><meta charset="utf-8"><title>Portal: News</title></head><body>'
            f'<h1>News &amp; Events</h1><div class="article" itemscope '
            f'itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">'
            f'{TITLE}</h3></div><div class="footer"><p><span class="news-list-date"><time '
            f'datetime="2024-03-11">March 11, 2024</time></span> <span class="news-list-author">'
            f'Written by <span itemprop="name">Thu Hang</span></span></p></div>'
            f'<div class="news-text-wrap">{_paras()}</div></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.title, art.published_at, art.author) == (TITLE, "2024-03-11", "Thu Hang")


def test_the_headline_inside_a_block_holding_more() -> None:
    """Odoo: no h1; the metadata title names a div inside the cover's title block, whose
    next element is the subtitle (the lead)."""
    sub = ("Nhân kỷ niệm Ngày Quốc tế Phụ nữ, các cấp Hội đã tổ chức nhiều hoạt động thiết "
           "thực, thu hút hơn 25.000 lượt hội viên tham gia.")
    html = (f'<html><head><meta charset="utf-8"><meta property="og:title" content="{TITLE}">'
            f'<title>{TITLE} | Hội LHPN</title></head><body><div id="title" '
            f'class="blog_header"><div class="post_title"><div id="post_name">{TITLE}</div>'
            f'<div id="post_subtitle">{sub}</div></div><div class="cover_footer">'
            f'<span>Administrator</span> — <span>8 thg 3, 2024</span></div></div>'
            f'<div id="post_content" class="container"><div class="post_content_field">'
            f'{_paras()}</div></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.title, art.lead, art.published_at) == (TITLE, sub, "2024-03-08")
        assert art.author is None


@pytest.mark.parametrize(("page", "category"), [
    (Page(above='<div class="breadcrumbs"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">'
                'Văn bản</a> &gt; <span class="current">Thông báo</span></div>'), "Thông báo"),
    (Page(headline=f'<a class="m-cat" href="/tin-hoat-dong.html">Tin hoạt động</a>'
                   f'<h1 class="news-title">{TITLE}</h1>'), "Tin hoạt động"),
    (Page(headline=f'<div class="tags"><span class="primary"><a href="/tag/tuoi-tre/">Tuổi '
                   f'trẻ</a></span></div><h1 class="news-title">{TITLE}</h1>'), "Tuổi trẻ"),
    (Page(), None),
], ids=["current-crumb", "kicker-link", "kicker-block", "none"])
def test_category_from_a_current_crumb_or_a_kicker(page: Page, category: str | None) -> None:
    for art in both(page):
        assert art["category"] == category


@pytest.mark.parametrize(("extra", "absent"), [
    ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
     'href="/tinh-uy-chi-dao-ung-pho-han-man/"><div class="kg-bookmark-title">Tỉnh ủy chỉ đạo '
     'các giải pháp ứng phó hạn mặn</div><div class="kg-bookmark-description">Ban Thường vụ '
     'yêu cầu không để người dân thiếu nước.</div><span class="kg-bookmark-author">Quản trị '
     'viên</span></a></figure>', ("Tỉnh ủy chỉ đạo", "Ban Thường vụ yêu cầu", "Quản trị")),
    ('<div class="link-content-footer" type="RelatedOneNews"><a href="/ket-nap-dang-vien.htm">'
     '<img src="/t.jpg" alt=""><span class="title-news">Kết nạp gần 1.900 đảng viên mới trong '
     'năm 2023</span></a><div class="link-callout">ĐỌC NGAY</div></div>',
     ("Kết nạp gần 1.900", "ĐỌC NGAY")),
    ('<div class="s_embed_code"><div class="fb-post" data-href="https://facebook.com/p/1">'
     '<blockquote class="fb-xfbml-parse-ignore"><p>Sáng nay, Hội LHPN tỉnh long trọng tổ '
     'chức họp mặt #8thang3</p>Đăng bởi Hội LHPN tỉnh</blockquote></div></div>',
     ("Sáng nay, Hội LHPN", "Đăng bởi Hội LHPN")),
    ('<div class="s_embed_code"><iframe src="https://www.facebook.com/plugins/video.php">'
     '</iframe><p class="video_title">Clip: Hội thi Phụ nữ duyên dáng năm 2024</p></div>',
     ("Clip: Hội thi",)),
], ids=["bookmark-card", "related-card", "facebook-post", "embed-title"])
def test_cards_and_embeds_of_other_pages_are_not_body(extra: str, absent: tuple[str, ...]
                                                     ) -> None:
    body = f"<p>{PARAS[0]}</p>{extra}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert all(p in str(art["body"]) for p in PARAS)
        assert not [a for a in absent if a in str(art["body"]) + str(art["captions"])]
        assert art["author"] == "Minh Anh"


def test_a_figure_linking_its_own_picture_keeps_its_caption() -> None:
    body = (f'<p>{PARAS[0]}</p><figure><a href="/img/full.jpg"><img src="/img/a.jpg"></a>'
            f'<figcaption>Quang cảnh hội nghị sơ kết</figcaption></figure><p>{PARAS[1]}</p>')
    for art in both(Page(body=body)):
        assert art["captions"] == ["Quang cảnh hội nghị sơ kết"]


@pytest.mark.parametrize(("page", "author", "photographer"), [
    # a date and reading time in an author-named element; the byline closes the body
    (Page(stamp='<div class="byline-meta"><time datetime="2024-03-11">11 thg 3, 2024</time>'
                ' <span>• 4 phút đọc</span></div>'), "Minh Anh", None),
    # DNN's superuser account
    (Page(stamp='<div class="d">11/03/2024 16:45</div><span class="edn_author">Tác giả: '
                '<a href="/author/1/host">host</a></span>', tail=""), None, None),
    # an English page
    (Page(stamp='<div class="d">11/03/2024 16:45</div><span class="news-author">Written by '
                '<span>Thu Hang</span></span>', tail="",
          body=f'<p>{PARAS[0]}</p><figure><img src="/a.jpg"><figcaption>Delegates at the '
               f'conference. <em>Photo: Minh Duc</em></figcaption></figure>'),
     "Thu Hang", "Minh Duc"),
    # a meta line: date · reading time · name | link
    (Page(stamp='<div class="post-meta"><span>11 tháng 3, 2024</span>&nbsp;·&nbsp;4 phút'
                '&nbsp;·&nbsp;Vàng Thị Mai&nbsp;|&nbsp;<a href="https://github.com/x">Đề xuất '
                'sửa bài</a></div>', tail=""), "Vàng Thị Mai", None),
    # a capital "Ảnh:" glued to its caption
    (Page(body=f'<p>{PARAS[0]}</p><figure><img src="/a.jpg"><figcaption><p>Chi bộ thôn Lũng '
               f'Pô sinh hoạt chuyên đề <a href="https://fb.com/x">Ảnh: Lù Văn Sáng</a></p>'
               f'</figcaption></figure>'), "Minh Anh", "Lù Văn Sáng"),
], ids=["reading-time", "dnn-host", "written-by-photo", "meta-line", "glued-credit"])
def test_bylines_of_pages2(page: Page, author: str | None, photographer: str | None) -> None:
    for art in both(page):
        assert (art["author"], art["photographer"]) == (author, photographer)
        assert not [c for c in art["captions"] if "Ảnh:" in c or "Photo:" in c]


def test_a_picture_saved_into_the_page_opens_a_caption() -> None:
    """A SingleFile save: every picture a data: URI."""
    data = "data:image/jpeg;base64," + "QUJD" * 600
    body = (f'<p>{PARAS[0]}</p><p style="text-align:center"><img alt="x" src="{data}"></p>'
            f'<p style="text-align:center"><em>Mô hình trồng sa nhân tím dưới tán rừng</em>'
            f'</p><p>{PARAS[1]}</p>')
    for art in both(Page(body=body)):
        assert art["captions"] == ["Mô hình trồng sa nhân tím dưới tán rừng"]
        assert "sa nhân tím" not in str(art["body"])
        assert not [i for i in art["images"] if str(i["src"]).startswith("data:")]


# == the classes pages3 showed (2026-12-06) ====================================================
def test_a_page_type_class_is_not_chrome() -> None:
    """Concrete CMS wraps the whole page in ``page-template-ykien`` ("ý kiến" is a
    comments word): the page's type, not what the block is."""
    html = (f'<html><head><meta charset="utf-8"><title>Báo</title></head><body>'
            f'<div class="ccm-page page-type-bai-viet page-template-ykien">'
            f'<h1 class="page-title">{TITLE}</h1><div class="d">Ngày đăng: 09:12 Thứ Hai, '
            f'18/03/2024</div><div class="ccm-block-content">{_paras()}</div></div>'
            f'</body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.published_at == "2024-03-18T09:12:00+07:00"   # the clock before a weekday
        assert all(p in str(art.body) for p in PARAS)


@pytest.mark.parametrize(("tail", "author", "unit", "photographer"), [
    ('<p style="text-align:right"><strong>Trần Văn Khải</strong><br><em>(Thôn Đồng Ao, xã '
     'Thanh Hải, huyện Thanh Liêm)</em></p>', "Trần Văn Khải", None, None),   # a signature
    ('<div class="credit"><p>Phóng viên: Hồng Nhung</p><p>Quay phim: Thanh Phong</p>'
     '<p>Biên tập: Kim Ngân</p></div>', "Hồng Nhung", None, "Thanh Phong"),
    ('<div class="credit" style="text-align:right"><p><b>Nội dung: Đinh Thị Thu</b></p>'
     '<p><b>Kỹ thuật: Văn Hải</b></p></div>', "Đinh Thị Thu", None, None),
], ids=["reader-signature", "video-credits", "podcast-credits"])
def test_credits_at_the_end(tail: str, author: str, unit: str | None,
                            photographer: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"], art["photographer"]) == (
            author, unit, photographer)
        assert "Kim Ngân" not in str(art["body"]) and "Văn Hải" not in str(art["body"])


def test_a_property_table_after_the_body() -> None:
    """Bitrix: 'Tác giả' with a rank and a unit, beside a draft date and an account."""
    after = ('<div class="bx-newsdetail-property"><table class="props"><tr><td>Tác giả:</td>'
             '<td>Thượng tá Lê Minh Tuấn (Bộ CHQS tỉnh)</td></tr><tr><td>Ngày tạo:</td>'
             '<td>12.03.2024 16:48:07</td></tr><tr><td>Người đăng:</td><td>admin_bbt</td>'
             '</tr></table></div>')
    for art in both(Page(tail="", after=after)):
        assert (art["author"], art["author_unit"]) == ("Lê Minh Tuấn", "Bộ CHQS tỉnh")
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_credit_block_under_the_headline_and_a_plain_kicker() -> None:
    headline = (f'<span class="emag-kicker">E-magazine</span><h1 class="news-title">{TITLE}'
                f'</h1><div class="emag-credit"><p>Nội dung: Hồ Nguyên Kha, Thanh Trúc</p>'
                f'<p>Ảnh: Trần Tuyên</p><p>Thiết kế: Ngọc Hà</p></div>')
    body = (f'<p>{PARAS[0]}</p><blockquote class="pullquote">“Đò xuôi Thạch Hãn ơi chèo '
            f'nhẹ”</blockquote><p>{PARAS[1]}</p>')
    # (the site's "E-magazine" section in its menu: the plain kicker names it; without it,
    # a plain "E-MAGAZINE" is the item's format, test_a_format_named_over_the_headline)
    top = '<div class="topbar"><a href="/emagazine">E-magazine</a></div>'
    for art in both(Page(headline=headline, tail="", body=body, top=top)):
        assert (art["author"], art["photographer"], art["category"]) == (
            "Hồ Nguyên Kha, Thanh Trúc", "Trần Tuyên", "E-magazine")
        assert "Đò xuôi" not in str(art["body"])


def test_a_publisher_in_the_author_slot_gives_way_to_the_byline() -> None:
    stamp = ('<div class="meta"><span class="author">Ban Tuyên giáo Tỉnh ủy Cà Mau</span> · '
             '<span class="date">05/02/2024</span></div>')
    for art in both(Page(stamp=stamp, tail='<p style="text-align:right"><strong>Hữu Nghĩa'
                                           '</strong></p>')):
        assert art["author"] == "Hữu Nghĩa"


def test_a_question_s_date_in_the_cell_before_is_not_the_stamp() -> None:
    stamp = ('<table class="asker"><tr><td class="lbl">Người hỏi:</td><td>Nguyễn Văn A</td>'
             '<td class="lbl">Ngày gửi:</td><td>04/03/2024 10:21</td></tr></table>'
             '<div class="a-meta">Cơ quan trả lời: <b>Sở Nội vụ</b> | Ngày trả lời: 14/03/2024 '
             '15:02</div>')
    crumbs = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/hoi-dap">'
              'Hỏi đáp</a></li><li>Chi tiết câu hỏi</li></ol>')
    for art in both(Page(stamp=stamp, above=crumbs)):
        assert art["published_at"] == "2024-03-14T15:02:00+07:00"
        assert art["category"] == "Hỏi đáp"


def test_a_photo_story_s_sapo_is_its_lead_not_its_body() -> None:
    items = "".join(f'<div class="photo-item"><img src="/a{i}.jpg"><div class="photo-caption">'
                    f'Ảnh {i}: người dân các xã vùng cao đổ về chợ phiên từ sáng sớm</div></div>'
                    for i in range(4))
    html = (f'<html><head><meta charset="utf-8"><title>Báo ảnh</title></head><body>'
            f'<div class="cate-line"><a href="/van-hoa">Văn hóa</a> <a href="/van-hoa/psa">'
            f'Phóng sự ảnh</a></div><h1 class="ps-title">{TITLE}</h1><div class="ps-date">'
            f'10:15 Chủ Nhật, 24/03/2024</div><div class="ps-sapo">Mỗi sáng Chủ nhật, chợ '
            f'phiên Bắc Hà lại rộn ràng sắc màu thổ cẩm của đồng bào từ khắp các bản làng '
            f'đổ về, nơi gặp gỡ và giao lưu văn hóa.</div><div class="ps-body">{items}'
            f'<div class="photo-text"><p>{PARAS[0]}</p></div></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.lead is not None and art.lead.startswith("Mỗi sáng Chủ nhật")
        assert len(art.captions) == 4 and PARAS[0] in str(art.body)
        assert art.published_at == "2024-03-24T10:15:00+07:00"
        assert art.category == "Phóng sự ảnh"


def test_a_pasted_document_s_letterhead_and_signature_are_not_body() -> None:
    body = ('<p align="center" style="text-align:center"><b>ĐẢNG BỘ TỈNH HẢI DƯƠNG<br>BAN TỔ '
            'CHỨC</b></p><p align="center" style="text-align:center">*</p>' + _paras()
            + '<p align="right" style="text-align:right"><b>K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN '
              'THƯỜNG TRỰC</b><br><i>(Đã ký)</i><br><b>Vũ Đức Thiện</b></p>')
    for art in both(Page(body=body, tail="")):
        assert str(art["body"]).startswith(PARAS[0][:40])
        assert str(art["body"]).endswith(PARAS[2][-40:])
        assert art["author"] is None                  # a signer is not an author


def test_a_question_and_its_answer_are_the_body() -> None:
    question = "Tôi là công chức cấp xã, đã có 8 năm công tác. Xin hỏi thời gian đó có được tính?"
    html = (f'<html><head><meta charset="utf-8"><title>Hệ thống</title></head><body>'
            f'<div class="card"><h1 class="q-title">{TITLE}</h1><table class="q-info"><tr>'
            f'<td>Người hỏi:</td><td>Nguyễn Đức Minh</td><td>Ngày gửi:</td><td>04/03/2024 '
            f'10:21</td></tr></table><div class="q-block"><div class="q-label">Nội dung câu '
            f'hỏi</div><div class="q-content"><p>{question}</p></div></div><div class="a-block">'
            f'<div class="a-label">Trả lời</div><div class="a-meta">Cơ quan trả lời: <b>Sở Nội '
            f'vụ</b> | Ngày trả lời: 14/03/2024 15:02</div><div class="a-content">{_paras()}'
            f'</div></div></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.body.startswith(question) and all(p in art.body for p in PARAS)
        assert "Nguyễn Đức Minh" not in art.body and "Trả lời" not in art.body.split("\n")
        assert (art.published_at, art.author_unit) == ("2024-03-14T15:02:00+07:00", "Sở Nội vụ")


def test_an_infographic_s_long_caption_is_its_text() -> None:
    caption = ("Chỉ số sản xuất công nghiệp 2 tháng đầu năm tăng 5,2% so với cùng kỳ; kim ngạch "
               "xuất khẩu ước đạt 5,1 tỷ USD, tăng 12,4%; thu ngân sách đạt 13.980 tỷ đồng.")
    lead = ("Hai tháng đầu năm 2024, các chỉ tiêu kinh tế chủ yếu của tỉnh tiếp tục phục hồi; "
            "kim ngạch xuất khẩu tăng khá so với cùng kỳ.")
    html = (f'<html><head><meta charset="utf-8"><title>Cổng</title></head><body>'
            f'<h1 class="article-title">{TITLE}</h1><div class="article-date">06/03/2024 16:00'
            f'</div><div class="article-lead"><p>{lead}</p></div><div class="article-body">'
            f'<figure><img src="/info.png" alt="Infographic"><figcaption class="longcaption">'
            f'{caption}</figcaption></figure></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.lead, art.captions) == (lead, [caption])


def test_a_label_over_a_transcript_is_not_body() -> None:
    body = '<div class="video-transcript"><h3 class="transcript-title">Nội dung bản tin</h3>'
    for art in both(Page(body=body + _paras() + "</div>")):
        assert str(art["body"]).startswith(PARAS[0][:40])


# == the classes pages4 showed (2026-12-06) ====================================================
@pytest.mark.parametrize(("stamp", "published"), [
    ('<div class="d">Đăng lúc: 3/21/2024 2:45 PM</div>', "2024-03-21T14:45:00+07:00"),
    ('<div class="d">Ngày 3/21/2024</div>', "2024-03-21"),
])
def test_an_en_us_date_only_month_first_reads(stamp: str, published: str) -> None:
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == published


@pytest.mark.parametrize(("tail", "author"), [
    ('<p style="text-align:right"><b>VĂN PHÒNG TỈNH ỦY HÀ TĨNH</b></p>', None),
    ('<p style="text-align:right"><b>Nhóm tường thuật: Hoàng Nguyên, Thu Phương</b></p>',
     "Hoàng Nguyên, Thu Phương"),
    ('<p style="text-align:right"><b>ThS. Trần Thị Mai - Khoa Xây dựng Đảng</b></p>',
     "ThS. Trần Thị Mai"),
], ids=["signing-body", "reporting-team", "unit-khoa"])
def test_bylines_of_pages4(tail: str, author: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert art["author"] == author


def test_a_login_name_is_an_account() -> None:
    stamp = ('<div class="d">11/03/2024 16:45</div><span class="elementor-post-info__item--'
             'type-author">admin_hnd</span>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] is None


def test_the_sapo_in_the_headline_after_a_break() -> None:
    sapo = ("Quý I/2024, các tổ chức cơ sở đảng trực thuộc Đảng ủy Khối đã kết nạp 126 đảng "
            "viên mới, đạt 42% chỉ tiêu năm.")
    for art in both(Page(headline=f'<h1 class="news-title">{TITLE}<br />{sapo}</h1>')):
        assert (art["title"], art["lead"]) == (TITLE, sapo)
        assert str(art["body"]).startswith(sapo)


def test_a_headline_in_bold_found_by_the_metadata_title() -> None:
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><table>'
            f'<tr><td class="menubar">Hôm nay: Thứ Bảy, 13/04/2024 '
            + " ".join(f'<a href="/m{i}">Mục {i}</a>' for i in range(60)) + "</td></tr>"
            f'<tr><td><font size="4"><b>{TITLE}</b></font></td></tr><tr><td><font size="1">'
            f"Ngày đăng: 12/04/2024 17:40 ICT</font></td></tr><tr><td>{_paras()}</td></tr>"
            f"</table></body></html>")
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).published_at == "2024-04-12T17:40:00+07:00"


def test_a_page_builder_s_boxes_are_read_together() -> None:
    boxes = "".join(f'<div class="tyJCtd mGzaTb"><div class="box-{i}a9"><p>{p}</p></div></div>'
                    for i, p in enumerate(PARAS))
    for art in both(Page(body=f'<div class="sections">{boxes}</div>')):
        assert all(p in str(art["body"]) for p in PARAS)


def test_an_instant_article_s_header() -> None:
    sub = ("Từ đầu năm đến nay, các cấp Hội đã vận động xây dựng, sửa chữa 46 “Mái ấm tình "
           "thương” với tổng kinh phí hơn 2,3 tỷ đồng.")
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><article>'
            f'<header><figure><img src="/c.jpg"><figcaption>Ảnh minh họa</figcaption></figure>'
            f'<h3 class="op-kicker">Hoạt động Hội</h3><h1>{TITLE}</h1><h2>{sub}</h2><address>'
            f'<a href="/tac-gia/mai-lan">Mai Lan</a></address><time class="op-published" '
            f'datetime="2024-04-22T08:00:00+07:00">22/04/2024 08:00</time></header>{_paras()}'
            f'<footer><small>© 2024 Hội Liên hiệp Phụ nữ tỉnh</small></footer></article>'
            f'</body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.author, art.lead, art.category) == ("Mai Lan", sub, "Hoạt động Hội")
        assert "©" not in art.body and "Ảnh minh họa" not in art.captions


def test_a_portrait_box_is_a_picture_with_its_caption() -> None:
    body = (f'<div class="tb-portrait"><img src="/p.jpg" width="180" alt=""><div class='
            f'"tb-portrait-name">Đồng chí Hà Văn Khiêm (1942 - 2024)</div></div>{_paras()}')
    for art in both(Page(body=body)):
        assert art["captions"] == ["Đồng chí Hà Văn Khiêm (1942 - 2024)"]
        assert "Hà Văn Khiêm" not in str(art["body"])


def test_a_caption_credit_for_text_and_pictures() -> None:
    body = (f'<p>{PARAS[0]}</p><p style="text-align:center"><img src="/a.jpg"></p><p style="'
            f'text-align:center"><em>Đồng chí trao Bằng khen cho các tập thể. Ảnh và bài: '
            f'Hoàng Yến</em></p><p>{PARAS[1]}</p>')
    for art in both(Page(body=body, tail="")):
        assert (art["author"], art["photographer"]) == ("Hoàng Yến", "Hoàng Yến")


def test_an_interview_s_labelled_question_is_body() -> None:
    question = "Phóng viên: Điều gì khiến ông quyết định hiến đất khi gia đình chưa khá giả?"
    for art in both(Page(body=f"<p><b>{question}</b></p>{_paras()}")):
        assert question in str(art["body"]) and art["author"] == "Minh Anh"


def test_a_headline_in_a_big_font_on_a_page_without_headings() -> None:
    html = (f'<html><head><meta charset="utf-8"><title>Xa Hai Minh</title></head><body>'
            f'<table><tr><td><font face=".VnTimeH" size="6">đảng bộ xã hải minh</font></td>'
            f'</tr></table><p align="center"><font size="5"><b>{TITLE}</b></font></p>'
            f'<p align="right"><font size="2"><i>Ngày 13/3/2024</i></font></p>{_paras()}'
            f'</body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.title, art.published_at) == (TITLE, "2024-03-13")


# -- pages5's classes (2026-12-06) -------------------------------------------------------------
def _document(top: str = "", foot: str = "", title: str = "UBND TỈNH") -> str:
    """A word processor's page: no heading, a letterhead for <title>, the headline centred in
    bold above the text."""
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="WordSection1">{top}<p class="MsoNormal" align="center" style="text-'
            f'align:center"><b><span lang="VI">{TITLE}</span></b></p>{_paras()}{foot}</div>'
            f"</body></html>")


def test_a_document_s_headline_is_its_centred_bold_line() -> None:
    for up in (True, False):
        art = extract(_document(), URL, use_profiles=up)
        assert art.title == TITLE and TITLE not in art.body


def test_a_document_s_dateline_is_its_date_when_nothing_else_dates_it() -> None:
    dateline = '<p align="right"><i>Kỳ Sơn, ngày 24 tháng 5 năm 2024</i></p>'
    for up in (True, False):
        art = extract(_document(top=dateline), URL, use_profiles=up)
        assert art.published_at == "2024-05-24" and "Kỳ Sơn" not in art.body
    clock = "<p>Thứ Bảy, ngày 28 tháng 11 năm 2026</p>"        # a header clock is no dateline
    assert extract(_document(top=clock), URL).published_at is None


def test_a_unit_on_its_own_line_under_the_name() -> None:
    foot = ('<p align="right"><b>Nguyễn Thị Hạnh</b></p><p align="right"><i>(Văn phòng Đảng '
            'ủy xã Ia Kha)</i></p>')
    for art in both(Page(tail=foot)):
        assert (art["author"], art["author_unit"]) == ("Nguyễn Thị Hạnh",
                                                       "Văn phòng Đảng ủy xã Ia Kha")
        assert "Văn phòng" not in art["body"]


def test_an_op_ed_s_author_above_the_text_and_a_footnote_unit() -> None:
    body = (f'<p style="text-align: right;"><strong>TS. NGUYỄN THỊ THU HÀ (*)</strong></p>'
            f"{_paras()}<p><em>(*) Trường Chính trị tỉnh Nghĩa Bình</em></p>")
    for art in both(Page(body=body, tail="")):
        assert (art["author"], art["author_unit"]) == ("TS. NGUYỄN THỊ THU HÀ",
                                                       "Trường Chính trị tỉnh Nghĩa Bình")
        assert "NGUYỄN" not in art["body"] and "(*)" not in art["body"]


def test_a_byline_row_beside_a_view_counter_after_the_text() -> None:
    after = ('<table><tr><td>Lượt xem: 86</td><td align="right"><b>Lê Văn Cường - Hội CCB '
             'huyện Yên Dũng</b></td></tr></table>')
    for art in both(Page(tail="", after=after)):
        assert (art["author"], art["author_unit"]) == ("Lê Văn Cường", "Hội CCB huyện Yên Dũng")


def test_a_day_in_the_address_beats_metadata_of_another_day_when_the_page_shows_none() -> None:
    head = ('<title>x</title><meta property="article:published_time" '
            'content="2024-05-29T03:12:45Z">')
    url = "https://archive.example/2024.05.29/http://ccb.example.vn/tin-tuc/2024/05/27/a.html"
    for up in (True, False):
        art = extract(Page(head=head, stamp="", top="").html(), url, use_profiles=up)
        assert art.published_at == "2024-05-27"
    same = "https://ccb.example.vn/tin-tuc/2024/05/29/a.html"     # agreeing: its time is kept
    art = extract(Page(head=head, stamp="", top="").html(), same)
    assert art.published_at == "2024-05-29T10:12:45+07:00"


def test_a_sub_title_under_the_headline_is_the_lead() -> None:
    lead = ("Nêu gương không chỉ là yêu cầu về đạo đức cách mạng mà còn là phương thức lãnh "
            "đạo quan trọng của Đảng.")
    page = Page(headline=f'<h1 class="entry-title">{TITLE}</h1>'
                         f'<p class="td-post-sub-title">{lead}</p>')
    for art in both(page):
        assert art["lead"] == lead


# -- documents published as pages (2026-12-06, second pass) ------------------------------------
@pytest.mark.parametrize("title_para", [
    f'<p class="title c5" id="h.qurg0glwbhj1"><span class="c8">{TITLE}</span></p>',  # Google Docs
    f'<p class="MsoTitle"><span lang="VI">{TITLE}</span></p>',                     # Word
])
def test_a_document_s_title_style_paragraph_is_its_headline(title_para: str) -> None:
    """A published document names its file in <title> and in the viewer's own header; the
    headline is the paragraph set in the Title style."""
    page = (f'<html><head><meta charset="utf-8"><title>Tin ĐH chi đoàn (bản gửi Huyện đoàn)'
            f'</title></head><body><div id="header"><div id="title">Tin ĐH chi đoàn (bản gửi '
            f'Huyện đoàn)</div></div><div id="contents"><div class="doc-content">'
            f'<p class="c4"><span>Kỳ Sơn, ngày 24 tháng 5 năm 2024</span></p><p class="c9">'
            f'<span class="c2"></span></p>{title_para}'
            f'{_paras()}</div></div></body></html>')
    for up in (True, False):
        art = extract(page, URL, use_profiles=up)
        assert art.title == TITLE and TITLE not in art.body


@pytest.mark.parametrize(("url", "published"), [
    ("https://bao.example.vn/epaper/2024-05-17/so-4512/trang-3/bai-1", "2024-05-17"),
    ("https://bao.example.vn/tin-tuc/2024/5/17/bai-1.html", "2024-05-17"),
    ("https://bao.example.vn/epaper/2024-13-17/bai-1", None),      # no such month
    ("https://bao.example.vn/tin/20240517/bai-1", None),           # an identifier, not a day
])
def test_a_page_without_a_stamp_is_dated_by_its_address(url: str, published: str | None
                                                        ) -> None:
    """An e-paper's issue view prints its date among the issue selector's, like a clock
    (here the top bar's); its address names the issue's day, in ISO order."""
    for up in (True, False):
        art = extract(Page(stamp="").html(), url, use_profiles=up)
        assert art.published_at == published


@pytest.mark.parametrize(("masthead", "headline"), [
    ("h3", "h1"),     # a newsletter: its name over the featured story
    ("h2", "h1"),
    ("h1", "h1"),     # two h1s: the short one only <title> names is the masthead
])
def test_a_masthead_that_shares_title_s_first_part_gives_way_to_the_story(
        masthead: str, headline: str) -> None:
    """``<title>`` is "Bản tin … | Số 18 - Tháng 5/2024": its longest part names the
    newsletter, printed as a lesser heading above the story's h1."""
    name = "BẢN TIN NÔNG DÂN PHÚ KHÁNH"
    head = "<title>Bản tin Nông dân Phú Khánh | Số 18 - Tháng 5/2024</title>"
    page = Page(head=head, above=f'<{masthead} style="text-align:center">{name}</{masthead}>',
                headline=f'<{headline} style="font-size:26px">{TITLE}</{headline}>')
    for art in both(page):
        assert art["title"] == TITLE


def test_a_heading_naming_the_site_in_title_s_only_part_is_still_the_headline() -> None:
    """Without another h1 on the page, a heading that <title>'s longest part names stays
    the headline (the common "Headline - Site" title)."""
    head = "<title>Cổng TTĐT huyện | Huyện ủy sơ kết công tác xây dựng Đảng 6 tháng đầu năm " \
           "2024</title>"
    for art in both(Page(head=head, headline=f'<h2 class="news-title">{TITLE}</h2>')):
        assert art["title"] == TITLE


@pytest.mark.parametrize("head", [
    f"<title>{TITLE} và triển khai nhiệm vụ - Cổng TTĐT huyện</title>",
    f'<meta property="og:title" content="{TITLE} và triển khai nhiệm vụ">',
])
@pytest.mark.parametrize("cut", ["…", "...", " …"])
def test_a_headline_the_template_cut_is_whole_from_the_metadata(head: str, cut: str) -> None:
    """A template that cuts long headlines ("… 2024…"): the metadata's title that begins
    with what is printed and goes on is the headline; a headline that really ends with an
    ellipsis, or metadata naming another, is kept as printed."""
    whole = f"{TITLE} và triển khai nhiệm vụ"
    for art in both(Page(head=head, headline=f"<h1>{TITLE}{cut}</h1>")):
        assert art["title"] == whole
    other = "<title>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15</title>"
    for art in both(Page(head=other, headline=f"<h1>{TITLE}{cut}</h1>")):
        assert art["title"] == f"{TITLE}{cut}"


@pytest.mark.parametrize(("printed", "head", "title"), [
    # a headline that really ends with "...": <title> is cut at the same place
    ("Những mùa xuân không quên...", "<title>Những mùa xuân không quên... - Báo tỉnh</title>",
     "Những mùa xuân không quên..."),
    (f"{TITLE}…", f"<title>{TITLE}… - Cổng TTĐT huyện</title>", f"{TITLE}…"),
    # a headline with " - " in it: og:title whole, not a piece of it
    ("Phát huy vai trò của Mặt…", '<meta property="og:title" content="Phát huy vai trò của '
     'Mặt trận - Bài 2: Giám sát hiệu quả">', "Phát huy vai trò của Mặt trận - Bài 2: Giám "
     "sát hiệu quả"),
    ("Phát huy vai trò của Mặt…", "<title>Phát huy vai trò của Mặt trận - Bài 2: Giám sát "
     "hiệu quả - Cổng TTĐT</title>", "Phát huy vai trò của Mặt trận - Bài 2: Giám sát hiệu quả"),
])
def test_a_cut_headline_takes_no_site_name_and_no_piece(printed: str, head: str,
                                                        title: str) -> None:
    for art in both(Page(head=head, headline=f"<h1>{printed}</h1>")):
        assert art["title"] == title


@pytest.mark.parametrize("file_name", [
    "Microsoft Word - BT so 5-2024.docx", "Microsoft Word - Document1", "bao-cao-quy-1.pdf",
    "Tin Dai hoi chi doan.DOC",
])
def test_a_file_name_in_title_is_no_headline(file_name: str) -> None:
    """A converted document's <title> is its file's name: no title rather than that; a real
    headline on the page still wins."""
    body = f"<html><head><title>{file_name}</title></head><body><div>{_paras()}</div></body>"
    for up in (True, False):
        assert extract(body, URL, use_profiles=up).title is None
        assert extract(_document(title=file_name), URL, use_profiles=up).title == TITLE
    named = "<title>Hướng dẫn tải biểu mẫu .pdf</title>"   # a sentence about a file is a title
    assert extract(f"<html><head>{named}</head><body><div>{_paras()}</div></body>",
                   URL).title == "Hướng dẫn tải biểu mẫu .pdf"


# -- pages6's classes (2026-12-06) -------------------------------------------------------------
def test_a_writer_line_above_the_headline() -> None:
    above = ('<div class="honorific">Bài viết của đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương '
             "Đảng, Bí thư Tỉnh ủy Hà Bắc</div>")
    page = Page(headline=f'<div class="by">{above}</div><h1>{TITLE}</h1>', tail="")
    page.headline = above + f"<h1>{TITLE}</h1>"
    for art in both(page):
        assert (art["author"], art["author_unit"]) == ("Nguyễn Văn Hùng", "Tỉnh ủy Hà Bắc")
        assert "Bài viết của" not in art["body"] and "Bài viết của" not in (art["lead"] or "")


def test_an_author_card_label_name_and_unit() -> None:
    after = ('<div class="author-card"><div><div class="author-label">Người viết</div>'
             '<div class="author-name">Nguyễn Hoàng Phúc</div><div class="author-role">Văn '
             "phòng Hội Doanh nhân trẻ tỉnh Đắk Nông</div></div></div>")
    for art in both(Page(tail="", after=after)):
        assert (art["author"], art["author_unit"]) == (
            "Nguyễn Hoàng Phúc", "Văn phòng Hội Doanh nhân trẻ tỉnh Đắk Nông")


def test_a_handle_in_the_author_slot_gives_way_to_the_signature() -> None:
    stamp = ('<p class="post-meta"><time datetime="2024-03-11T16:45:00+07:00">Mar 11, 2024'
             '</time> • <span class="p-author h-card">doantruong-bacme</span></p>')
    tail = ('<p style="text-align: right"><strong>Nông Thị Huế</strong> - Bí thư Đoàn trường '
            "THPT Bắc Mê</p>")
    for art in both(Page(stamp=stamp, tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Nông Thị Huế", "Đoàn trường THPT Bắc Mê")


def test_a_unit_s_name_in_the_author_slot_is_the_account() -> None:
    stamp = ('<div class="meta"><time datetime="2024-03-11T16:45:00+07:00">11/03/2024</time>'
             '<div class="wp-block-post-author-name"><a href="/author/bandanvan/">Ban Dân vận'
             "</a></div></div>")
    tail = ('<p class="has-text-align-right"><strong>Vi Thị Lan</strong> – Ban Dân vận Huyện ủy '
            "Cao Lộc</p>")
    for art in both(Page(stamp=stamp, tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Vi Thị Lan", "Ban Dân vận Huyện ủy Cao Lộc")
        assert "Vi Thị Lan" not in art["body"]


def test_a_document_saved_as_a_page() -> None:
    """LibreOffice's export: the text right in <body>, a running header and footer, notes,
    the signature with an unbracketed unit line and the dateline under it."""
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            '<div title="header"><p align="right"><i>BẢN TIN NỘI BỘ – BAN TUYÊN GIÁO HUYỆN ỦY '
            f'BA VÌ</i></p></div><h1 class="western" align="center">{TITLE}</h1>'
            + "".join(f'<p class="western" align="justify">{p}<a class="sdfootnoteanc" '
                      f'href="#sdfootnote1sym"><sup>1</sup></a></p>' for p in PARAS)
            + '<p align="right"><b>ThS. Đỗ Văn Hùng, Kiều Thị Nga</b></p><p align="right"><i>'
            "Trung tâm Chính trị huyện Ba Vì</i></p><p align=\"right\"><i>Ba Vì, ngày 10 tháng "
            '6 năm 2024</i></p><div id="sdfootnote1"><p class="sdfootnote-western">1Quyết định '
            'số 1842-QĐ/HU ngày 15/01/2022 của Ban Thường vụ Huyện ủy.</p></div>'
            '<div title="footer"><p align="center">Trang 1</p></div></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.title == TITLE and art.published_at == "2024-06-10"
        assert (art.author, art.author_unit) == ("ThS. Đỗ Văn Hùng, Kiều Thị Nga",
                                                 "Trung tâm Chính trị huyện Ba Vì")
        assert all(p[:40] in art.body for p in PARAS)
        for frame in ("BẢN TIN NỘI BỘ", "Quyết định số 1842", "Trang 1", "Ba Vì, ngày"):
            assert frame not in art.body


def test_an_official_document_s_opening_is_no_text() -> None:
    letterhead = ('<table class="tb-header"><tr><td>UBND TỈNH HOÀNG LIÊN SƠN<br><b>SỞ THÔNG TIN '
                  "VÀ TRUYỀN THÔNG</b><br>Số: 125/TB-STTTT</td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                  "VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Hoàng Liên Sơn, ngày "
                  "03 tháng 6 năm 2024</i></td></tr></table><p align=\"center\"><b>THÔNG BÁO</b>"
                  "<br><b>Về việc tạm ngừng cung cấp dịch vụ công trực tuyến</b></p>")
    for art in both(Page(body=letterhead + _paras())):
        assert art["body"].startswith(PARAS[0][:30])


def test_fields_after_the_text_name_the_author_and_the_unit() -> None:
    after = ('<div class="field field-name-field-tac-gia field-label-inline"><div class="field-'
             'label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item">Đinh '
             'Công Thành</div></div></div><div class="field field-name-field-don-vi field-label-'
             'inline"><div class="field-label">Đơn vị:&nbsp;</div><div class="field-items"><div '
             'class="field-item">Ban Tuyên giáo Huyện ủy Thanh Sơn</div></div></div>')
    page = Page(body=f'<div class="field-items"><div class="field-item">{_paras()}</div></div>'
                     f"{after}", tail="")
    for art in both(page):
        assert (art["author"], art["author_unit"]) == ("Đinh Công Thành",
                                                       "Ban Tuyên giáo Huyện ủy Thanh Sơn")


def test_a_property_list_without_colons() -> None:
    props = "".join(f'<div class="row"><div class="prop-title">{k}</div><div class="prop-value">'
                    f"{v}</div></div>" for k, v in (("Ngày đăng", "18/06/2024"),
                                                   ("Tác giả", "Bùi Thu Trang"),
                                                   ("Ảnh", "Đinh Công Khải"), ("Created", "x")))
    for art in both(Page(stamp=f'<div class="props">{props}</div>', tail="")):
        assert (art["author"], art["photographer"]) == ("Bùi Thu Trang", "Đinh Công Khải")
        assert art["published_at"] == "2024-06-18"


@pytest.mark.parametrize(("stamp", "published", "updated"), [
    # a day and its clock in elements of their own
    ("<div class=\"news-info\"><span>Thứ Ba, 4 tháng 6, 2024</span> - <span>16:05</span> | "
     "<span>Lượt xem: 356</span></div>", "2024-06-04T16:05:00+07:00", None),
    # the label just before a <time>
    ('<p class="post-meta">Ngày <time datetime="2024-06-04T23:10:00.000Z">05/06/2024</time> · '
     '<span>Cập nhật <time datetime="2024-06-05T09:45:00.000Z">05/06/2024</time></span></p>',
     "2024-06-05T06:10:00+07:00", "2024-06-05T16:45:00+07:00"),
    # "X giờ Y phút"
    ('<div class="article-meta"><span>Đăng lúc 8 giờ 30 phút, thứ Tư, 22/5/2024</span> · '
     "<span>Cập nhật lần cuối: 14 giờ 5 phút, 22/5/2024</span></div>",
     "2024-05-22T08:30:00+07:00", "2024-05-22T14:05:00+07:00"),
    # a month-first server: the weekday settles it
    ('<div class="submitted">Gửi bởi bbt vào Thứ 3, 06/11/2024 - 09:45</div>',
     "2024-06-11T09:45:00+07:00", None),
])
def test_stamps_of_pages6(stamp: str, published: str, updated: str | None) -> None:
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (published, updated)


def test_local_midnight_in_metadata_lends_no_time() -> None:
    head = ('<title>x</title><meta property="article:published_time" '
            'content="2024-06-14T00:00:00+07:00">')
    for art in both(Page(head=head, stamp='<div class="news-date">Ngày đăng: 14/06/2024</div>')):
        assert art["published_at"] == "2024-06-14"


def test_the_article_s_own_header_is_no_clock() -> None:
    """A page with little above the article: its header's weekday date is its stamp."""
    html = (f'<html><head><meta charset="utf-8"><title>x</title></head><body><article>'
            f'<header class="post-header"><h1>{TITLE}</h1><div class="post-meta"><span>Thứ '
            f"Năm, 06/06/2024</span> • <span>5 phút đọc</span></div></header><section>"
            f"{_paras()}</section></article></body></html>")
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).published_at == "2024-06-06"


def test_a_table_in_a_figure_is_text_and_its_caption_a_caption() -> None:
    table = ('<figure class="wp-block-table"><table><tbody><tr><td>Kinh tế</td><td>38</td></tr>'
             '<tr><td>Văn hóa - xã hội</td><td>27</td></tr></tbody></table><figcaption>Bảng: Kết '
             "quả xây dựng mô hình</figcaption></figure>")
    for art in both(Page(body=_paras() + table)):
        assert "Kinh tế" in art["body"] and "Văn hóa - xã hội" in art["body"]
        assert art["captions"] == ["Bảng: Kết quả xây dựng mô hình"]


def test_a_poll_between_the_paragraphs_is_no_text() -> None:
    poll = ('<div class="poll-box"><div class="poll-ttl">Bình chọn</div><p class="poll-q">Bạn đã '
            "tham gia hoạt động tình nguyện hè nào?</p><ul><li><label>Chiến dịch Mùa hè xanh"
            '</label> <span class="pct">46% (412 phiếu)</span></li></ul></div>')
    body = f"<p>{PARAS[0]}</p>{poll}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert "Bình chọn" not in art["body"] and "phiếu" not in art["body"]
        assert PARAS[2][:30] in art["body"]


def test_an_e_magazine_s_title_section_kicker_and_scroll_hint() -> None:
    lead = ("Từ một vùng đất heo hút giữa đại ngàn Trường Sơn, Măng Đen hôm nay đang trở thành "
            "điểm đến hấp dẫn của du khách cả nước.")
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE} | E-magazine</title></head><body>'
            f'<main class="Theme-Story-Main"><section class="Theme-TitleSection"><div class="'
            f'Layout"><p class="Theme-Kicker">E-MAGAZINE</p><h1 class="Theme-Title">{TITLE}</h1>'
            f'<div class="Theme-Scroll-Hint">Cuộn xuống để đọc</div></div></section><section>'
            f'<div class="Layout"><p class="Theme-Subtitle"><strong>{lead}</strong></p></div>'
            f'</section><section><div class="Layout">{_paras()}</div></section></main>'
            f"</body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.lead == lead
        assert "E-MAGAZINE" not in art.body and "Cuộn xuống" not in art.body


def test_a_story_opening_with_its_writer_s_name_and_a_quoted_summary() -> None:
    """PHP-Nuke: '<b>Name</b> viết: "<i>summary</i>"' then the story in the same block."""
    body = (f'<font class="content"><b>Hoàng Thanh Bình</b> viết: "<i>{PARAS[0]}</i>"<br><br>'
            f"{PARAS[1]}<br><br>{PARAS[2]}</font>")
    for art in both(Page(body=body, tail="")):
        assert art["author"] == "Hoàng Thanh Bình"
        assert art["lead"] == PARAS[0]
        assert "viết:" not in art["body"] and PARAS[2][:30] in art["body"]


def test_a_stamp_without_a_year_under_a_header_clock() -> None:
    top = '<div class="topbar"><b>Hôm nay: Thứ năm, 20/06/2024</b></div>'
    stamp = ('<font class="tiny">Gửi bởi admin vào Thứ năm, 13 Tháng sáu @ 09:12:33 ICT '
             "(<b>1.245</b> lần đọc)</font>")
    for art in both(Page(top=top, stamp=stamp)):
        assert art["published_at"] == "2024-06-13T09:12:33+07:00"
    for art in both(Page(top="", stamp=stamp)):      # no clock: no year to give it
        assert art["published_at"] is None


# -- pages7's classes (2026-12-06) -------------------------------------------------------------
def test_a_photo_story_s_caption_counters_are_not_captions() -> None:
    figures = "".join(f'<figure><img src="/a{i}.jpg"><figcaption>{i}/3 Cảnh chợ phiên số {i} '
                      f"ở vùng cao.</figcaption></figure>" for i in (1, 2, 3))
    for art in both(Page(body=figures + _paras())):
        assert art["captions"] == [f"Cảnh chợ phiên số {i} ở vùng cao." for i in (1, 2, 3)]
    one = ('<figure><img src="/a.jpg"><figcaption>1/6 là ngày Quốc tế Thiếu nhi.</figcaption>'
           "</figure>")
    for art in both(Page(body=one + _paras())):   # a day, not a counter
        assert art["captions"] == ["1/6 là ngày Quốc tế Thiếu nhi."]


def test_stamps_under_a_headline_in_a_header_named_block() -> None:
    """Liferay's "taglib-header" holds the headline: the stamp under it is still found."""
    head = f"<title>{TITLE} - Đảng ủy Khối Doanh nghiệp tỉnh</title>"
    headline = (f'<div class="taglib-header"><h1 class="header-title"><span>{TITLE}</span></h1>'
                f"</div>")
    stamp = '<div class="news-date-custom">Thứ Bẩy, ngày 15/06/2024 14:15</div>'
    for art in both(Page(head=head, headline=headline, stamp=stamp)):
        assert art["published_at"] == "2024-06-15T14:15:00+07:00"


def test_an_info_list_between_headline_and_text() -> None:
    """Joomla 2.5's dl.article-info: its stamp is read, its lines are no text."""
    info = ('<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class="'
            'category-name">Chuyên mục: <a href="/xdd">Xây dựng Đảng</a></dd><dd class="published">'
            'Được đăng ngày Thứ ba, 11 Tháng 6 2024 09:15</dd><dd class="createdby">Viết bởi Ban '
            'biên tập</dd><dd class="hits">Lượt xem: 312</dd></dl>')
    pager = '<ul class="pagenav"><li class="pagenav-next"><a href="/b">Tiếp theo &gt;</a></li></ul>'
    body = info + f"<p><strong>{PARAS[0]}</strong></p>" + "".join(
        f"<p>{p}</p>" for p in PARAS[1:]) + pager
    page = Page(headline=f"<h2>{TITLE}</h2>", stamp="", body=body)
    for art in both(page):
        assert art["published_at"] == "2024-06-11T09:15:00+07:00"
        for line in ("Chi tiết", "Chuyên mục", "Được đăng", "Viết bởi", "Tiếp theo"):
            assert line not in art["body"]


def test_a_credit_in_a_block_named_as_chrome_after_the_text() -> None:
    after = ('<div class="copyright"><p style="text-align:right"><strong>Tác giả: </strong>Bùi '
             'Thị Nga</p><p style="text-align:right"><strong>Nguồn tin: </strong>Hội CCB huyện '
             "Lương Sơn</p></div>")
    for art in both(Page(tail="", after=after)):
        assert (art["author"], art["author_unit"]) == ("Bùi Thị Nga", None)


@pytest.mark.parametrize("teaser", ["Bài cuối: Giữ gìn bản sắc trong phát triển du lịch",
                                    "Kỳ sau: Những người giữ lửa", "(Còn nữa)"])
def test_a_series_next_part_after_the_byline(teaser: str) -> None:
    tail = (f'<p style="text-align:right"><strong>Thanh Chi - Hoàng Tùng</strong></p>'
            f"<p><em>{teaser}</em></p>")
    for art in both(Page(tail=tail)):
        assert art["author"] == "Thanh Chi, Hoàng Tùng"
        assert teaser not in art["body"] and "Thanh Chi" not in art["body"]


@pytest.mark.parametrize("crumbs", [
    '<nav aria-label="breadcrumb"><ul class="bc"><li><a href="/">Trang chủ</a></li><li><a '
    'href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/nc">Nghiên cứu - Trao đổi</a>'
    "</li></ul></nav>",
    '<div class="entry-utility">Bài này được đăng trong <a href="/category/nc/" rel="category '
    'tag">Nghiên cứu - Trao đổi</a>.</div>',
])
def test_a_category_by_its_aria_trail_or_its_rel(crumbs: str) -> None:
    for art in both(Page(above=crumbs)):
        assert art["category"] == "Nghiên cứu - Trao đổi"


# -- pages8's classes (2026-12-06) -------------------------------------------------------------
def test_a_frameset_page_s_noframes_article() -> None:
    inner = f"<h1>{TITLE}</h1><p>(Ngày 10/07/2024)</p>{_paras()}"
    html = (f"<html><head><title>Huyện ủy</title></head><frameset cols='20%,80%'><frame "
            f"src='menu.htm'><noframes><body>{inner}</body></noframes></frameset></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.title == TITLE and art.published_at == "2024-07-10"
        assert PARAS[2][:30] in art.body


def test_a_site_name_in_bold_over_the_story_s_title() -> None:
    head = "<title>HUYỆN ỦY VĨNH LỢI</title>"
    above = "<p><b>HUYỆN ỦY VĨNH LỢI</b> - Trình duyệt của bạn không hỗ trợ khung.</p>"
    headline = f'<p class="tieude"><font size="4"><b>{TITLE}</b></font></p>'
    for art in both(Page(head=head, above=above, headline=headline)):
        assert art["title"] == TITLE


def test_a_share_bar_after_the_byline_is_no_name() -> None:
    tail = '<p><b>Minh Anh</b></p><p><a href="#">Facebook</a> <a href="#">Twitter</a></p>'
    for art in both(Page(tail=tail)):
        assert art["author"] == "Minh Anh" and "Facebook" not in art["body"]


def test_a_box_heading_after_the_text_is_no_name() -> None:
    after = '<table class="lk"><tr><td><b>LIÊN KẾT WEBSITE</b></td></tr></table>'
    for art in both(Page(tail="", after=after)):
        assert art["author"] is None


def test_an_office_as_the_author_is_the_unit() -> None:
    stamp = ('<div class="edn_metaDetails"><time class="edn_articleDate">09 Tháng Bảy 2024</time>'
             ' <span class="edn_articleAuthor">Tác giả: <a href="/tin-tuc/AuthorID/17">Phòng '
             'Văn hóa và Thông tin huyện Đoan Hùng</a></span> <span class="edn_categories"><a '
             'href="/tin-tuc/CategoryID/12">Văn hóa - Xã hội</a></span></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["published_at"] == "2024-07-09"
        assert (art["author"], art["author_unit"]) == (
            None, "Phòng Văn hóa và Thông tin huyện Đoan Hùng")
        assert art["category"] == "Văn hóa - Xã hội"


def test_an_english_edition_s_byline() -> None:
    tail = "<p><em>By Nguyen Thanh Tam<br>Translated by Ha Vy</em></p>"
    for art in both(Page(tail=tail)):
        assert art["author"] == "Nguyen Thanh Tam" and "Translated" not in art["body"]


def test_a_time_marked_as_the_update_is_the_update() -> None:
    stamp = ('<div class="entry-meta"><time class="updated" datetime="2024-07-09T14:31:00+07:00" '
             'itemprop="dateModified">09/07/2024</time><time class="entry-date published" '
             'datetime="2024-07-08T10:05:00+07:00" itemprop="datePublished">08/07/2024</time>'
             "</div>")
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-07-08T10:05:00+07:00",
                                                             "2024-07-09T14:31:00+07:00")


def test_a_table_setting_one_paragraph_a_row_and_a_labelled_category() -> None:
    rows = "".join(f'<tr><td width="20"></td><td class="nd"><font size="2">{p}</font></td></tr>'
                   f'<tr><td colspan="2" height="6"></td></tr>' for p in PARAS)
    info = ('<table class="thongtin"><tr><td class="nhan">Ngày:</td><td>13/07/2024</td><td '
            'class="nhan">Chuyên mục:</td><td>Tin kinh tế</td></tr></table>')
    page = Page(stamp=info, body=f'<table width="100%">{rows}</table>', tail="")
    for art in both(page):
        assert all(p[:40] in art["body"] for p in PARAS)
        assert art["category"] == "Tin kinh tế"


# -- pages9's classes (2026-12-06) -------------------------------------------------------------
def test_a_date_only_in_an_icon_s_tooltip() -> None:
    stamp = ('<div class="nd-tools"><span class="ico ico-calendar" title="16/07/2024 10:25"></span>'
             ' <span class="ico ico-eye" title="Lượt xem"></span> 318</div>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-07-16T10:25:00+07:00"


def test_two_dates_in_one_line_published_and_edited() -> None:
    stamp = ('<div class="meta">Ngày đăng: 18/07/2024 08:10 | Ngày sửa: 18/07/2024 15:30 | '
             "Lượt đọc: 215</div>")
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-07-18T08:10:00+07:00",
                                                             "2024-07-18T15:30:00+07:00")


def test_each_picture_s_photographer_is_credited() -> None:
    figs = "".join(f'<figure><img src="/{i}.jpg"><figcaption>Cảnh {i} của hội nghị.</figcaption>'
                   f'<div class="credit">Ảnh: {who}</div></figure>'
                   for i, who in ((1, "Lê Hùng"), (2, "Mai Chi")))
    for art in both(Page(body=_paras() + figs)):
        assert art["photographer"] == "Lê Hùng, Mai Chi"


def test_a_picture_beside_its_caption_element_whatever_the_block_is_named() -> None:
    items = "".join(f'<div class="ps-item"><img src="/{i}.jpg"><div class="ps-cap">Cảnh {i} '
                    f"tại buổi lễ ra mắt.</div></div>" for i in (1, 2))
    for art in both(Page(body=items + _paras())):
        assert art["captions"] == ["Cảnh 1 tại buổi lễ ra mắt.", "Cảnh 2 tại buổi lễ ra mắt."]
        assert "Cảnh 1" not in art["body"]


@pytest.mark.parametrize("trail", [
    '<nav class="bc"><a href="/">Trang chủ</a> / <a href="/ct">Chính trị - Tư tưởng</a></nav>',
    '<div class="loc"><a href="/">Trang chủ</a> » <a href="/ct">Chính trị - Tư tưởng</a></div>',
    '<span class="breadcrumbs pathway"><a href="/">Trang chủ</a> <img src="/a.png" alt=""> <a '
    'href="/tt">Tin tức</a> <img src="/a.png" alt=""> Chính trị - Tư tưởng</span>',
])
def test_a_trail_that_opens_with_the_home_link(trail: str) -> None:
    for art in both(Page(above=trail)):
        assert art["category"] == "Chính trị - Tư tưởng"


def test_a_footer_menu_opening_with_home_is_no_trail() -> None:
    footer = ('<div class="foot-links"><a href="/">Trang chủ</a> | <a href="/lh">Liên hệ</a> | '
              '<a href="/sd">Sơ đồ site</a></div>')
    for art in both(Page(after=footer)):
        assert art["category"] is None


# -- pages10's classes (2026-12-06) ------------------------------------------------------------
def test_a_byline_over_two_lines_joined_by_va() -> None:
    tail = ('<p style="text-align:right"><b>Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh</b></p>'
            '<p style="text-align:right"><b>và Trung tá Phạm Đức Long</b></p>')
    for art in both(Page(tail=tail)):
        assert art["author"] == "Nguyễn Văn Hùng, Phạm Đức Long"
        assert "Phạm Đức Long" not in art["body"]


@pytest.mark.parametrize(("stamp", "published"), [
    ('<div class="d">Thứ Năm, ngày 10 tháng 3 năm Giáp Thìn (18/04/2024) - 09:15</div>',
     "2024-04-18T09:15:00+07:00"),
    ('<div class="d">Phát sóng: 18:00 19/12/2024 | Đăng: 20:45 19/12/2024</div>',
     "2024-12-19T20:45:00+07:00"),
])
def test_stamps_of_pages10(stamp: str, published: str) -> None:
    top = '<div class="topbar">Thứ Sáu, 20/12/2024</div>'
    for art in both(Page(top=top, stamp=stamp)):
        assert art["published_at"] == published


def test_the_active_tab_as_the_section_when_nothing_else_names_it() -> None:
    tabs = ('<ul class="tabs"><li><a href="/a">Tin hoạt động</a></li><li class="active"><a '
            'href="/b">Quỹ hỗ trợ nông dân</a></li><li><a href="/c">Khuyến nông</a></li></ul>')
    for art in both(Page(above=tabs)):
        assert art["category"] == "Quỹ hỗ trợ nông dân"


def test_a_name_after_a_person_icon_in_a_meta_list() -> None:
    stamp = ('<ul class="bdv-meta"><li><i class="icon-user"></i> Minh Tâm</li><li><i class="icon-'
             'calendar"></i> 04/11/2024</li><li><i class="icon-time"></i> 10:00</li></ul>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Minh Tâm"
        assert art["published_at"] == "2024-11-04T10:00:00+07:00"


def test_an_update_printed_before_the_publication() -> None:
    """The element before a stamp is its label only when it holds no date of its own."""
    stamp = ('<div class="article-meta"><span class="upd">Cập nhật: 10:20, 09/09/2024</span>'
             '<span class="pub">Đăng: 08:00, 09/09/2024</span></div>')
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-09-09T08:00:00+07:00",
                                                             "2024-09-09T10:20:00+07:00")


# -- a page with the shape of an article that is none ----------------------------------------
@pytest.mark.parametrize(("page", "gone"), [
    # the site's "not found" page served with 200 where a deleted item was (a soft 404)
    (Page(headline='<h1 class="news-title">Thông báo</h1>', stamp="",
          body="<p>Không tìm thấy bài viết</p><p>Bài viết bạn yêu cầu không tồn tại hoặc "
               "đã bị xóa. Mời quý độc giả quay lại trang chủ.</p>", tail=""), True),
    # an error page a deleted item redirects to: the notice in its title and text
    (Page(head="<title>Trang không tồn tại</title>",
          headline='<h1 class="news-title">Trang không tồn tại</h1>', stamp="",
          body="<p>Xin lỗi, trang bạn tìm kiếm không tồn tại hoặc đã được chuyển sang địa "
               "chỉ khác.</p>", tail=""), True),
    # a withdrawn item kept as a shell: its headline and date, a line of notice, noindex
    (Page(head='<title>Tin</title><meta name="robots" content="noindex, nofollow">',
          body="<p>Nội dung bài viết đang được biên tập lại.</p>", tail=""), True),
    # noindex on a real article (a site keeping its archive out of search engines): kept
    (Page(head='<title>Tin</title><meta name="robots" content="noindex">'), False),
    # a short notice that says nothing is missing: kept
    (Page(body="<p>Ban Tổ chức thông báo lịch tiếp công dân tháng 12/2024.</p>", tail=""),
     False),
], ids=["soft-404", "error-page", "withdrawn-shell", "noindex-article", "short-notice"])
def test_a_page_that_is_no_article_says_why(page: Page, gone: bool) -> None:
    found = extract_page(page.html().encode("utf-8"), URL)
    assert (found.gone is not None) is gone, found.gone


# -- a lazy block's text only in its <noscript> fallback ---------------------------------------
LATER = (PARAS[2], "Hội nghị cũng đã biểu dương các tập thể, cá nhân có thành tích xuất sắc trong "
         "công tác xây dựng Đảng, đồng thời giao nhiệm vụ cụ thể cho từng chi, đảng bộ cơ sở "
         "trong những tháng cuối năm.")
FIRST = "".join(f"<p>{p}</p>" for p in PARAS[:2])
REST = "".join(f"<p>{p}</p>" for p in LATER)


@pytest.mark.parametrize("body", [
    # the second half only in the fallback, a spinner beside it: the text
    f"{FIRST}<div class=\"lazy\" data-src=\"/api/part2\"><div class=\"spinner\">Đang tải "
    f"nội dung...</div><noscript>{REST}</noscript></div>",
    # a fallback beside its rendered copy: read once, not twice
    f"{FIRST}<div class=\"lazy\">{REST}<noscript>{REST}</noscript></div>",
], ids=["only-in-noscript", "noscript-copy"])
def test_a_lazy_block_s_noscript_text(body: str) -> None:
    for art in both(Page(body=body)):
        assert all(p in art["body"] for p in (*PARAS, *LATER))
        assert art["body"].count(LATER[-1]) == 1
        assert "Đang tải" not in art["body"]


def test_an_editor_s_note_on_an_update_is_the_update() -> None:
    """"* Bài viết được cập nhật lúc 16:40 ngày 17/3/2024, bổ sung …" closing the text: the
    update time, and no part of the text."""
    note = ("<p><em>* Bài viết được cập nhật lúc 16:40 ngày 17/3/2024, bổ sung số liệu của Ban "
            "Chỉ huy Phòng chống thiên tai tỉnh.</em></p>")
    for art in both(Page(tail=f'<p style="text-align:right"><b>Minh Anh</b></p>{note}')):
        assert art["updated_at"] == "2024-03-17T16:40:00+07:00"
        assert "cập nhật" not in art["body"]


# -- a text set in columns, writers linked one by one, a name only in an avatar ---------------
MORE = ("Đoàn công tác cũng đã kiểm tra thực tế tại một số chi bộ nông thôn, ghi nhận nhiều mô "
        "hình hay trong sinh hoạt chi bộ định kỳ và công tác phát triển đảng viên mới.",
        "Dịp này, Ban Thường vụ Huyện ủy đã trao Huy hiệu Đảng cho 12 đảng viên, trong đó có "
        "2 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, động viên các thế hệ đảng viên.")


@pytest.mark.parametrize("cols", [
    # two columns sharing a class name, set side by side by CSS
    ('<div class="cl-body cl-twocol"><div class="cl-col cl-col-a">{a}</div>'
     '<div class="cl-col cl-col-b"><h3>Trao Huy hiệu Đảng</h3>{b}</div></div>'),
    ('<div class="columns"><div class="column is-half">{a}</div><div class="column '
     'is-half right">{b}</div></div>'),
], ids=["cl-col", "bulma"])
def test_a_text_in_columns_is_read_whole(cols: str) -> None:
    a = "".join(f"<p>{p}</p>" for p in PARAS)
    b = "".join(f"<p>{p}</p>" for p in MORE)
    for art in both(Page(body=cols.format(a=a, b=b))):
        assert all(p in art["body"] for p in (*PARAS, *MORE))


def test_a_text_column_beside_a_column_of_links_is_read_alone() -> None:
    links = "".join(f'<li><a href="/tin/{i}">Tin hoạt động của các xã trong huyện số {i} '
                    f'trong tháng</a></li>' for i in range(8))
    body = (f'<div class="wrap"><div class="col main">{"".join(f"<p>{p}</p>" for p in PARAS)}'
            f'</div><div class="col aside"><ul>{links}</ul></div></div>')
    for art in both(Page(body=body)):
        assert all(p in art["body"] for p in PARAS)
        assert "Tin hoạt động" not in art["body"]


@pytest.mark.parametrize(("meta", "author"), [
    ('<a class="cl-author" href="/tac-gia/van-thang">Văn Thắng</a> - <a class="cl-author" '
     'href="/tac-gia/bich-ngoc">Bích Ngọc</a>', "Văn Thắng, Bích Ngọc"),
    ('<span class="author">Thu Hà</span>, <span class="author">Minh Quân</span>, <span '
     'class="author">Lê Hòa</span>', "Thu Hà, Minh Quân, Lê Hòa"),
    # the same name twice (the top line and a card): one writer
    ('<a class="author" href="/tac-gia/thu-ha">Thu Hà</a> <a class="author" '
     'href="/tac-gia/thu-ha">Thu Hà</a>', "Thu Hà"),
], ids=["dash", "comma-three", "same-twice"])
def test_writers_linked_one_by_one(meta: str, author: str) -> None:
    stamp = f'<div class="cl-meta">{meta} <span class="cl-time">11/03/2024 16:45</span></div>'
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == author


def test_a_writer_named_only_by_an_avatar() -> None:
    """The template's name field left empty: the writer's page link names them in its
    ``title`` and its picture's ``alt``."""
    stamp = ('<div class="bt-byline"><a class="bt-avatar" href="/tac-gia/ngoc-ha-112.html" '
             'title="Ngọc Hà"><img src="/a/ngoc-ha.jpg" alt="Ngọc Hà"></a><span class="bt-'
             'author-name"></span><span class="bt-time">07:05 | 11/03/2024</span></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Ngọc Hà"


@pytest.mark.parametrize(("above", "after", "category"), [
    # a trail one level deep ("Tin tức") and the meta table's own row: the row
    ('<div class="ln-crumb"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-tuc">Tin tức</a>'
     '</div>', '<table class="news-info"><tr><th>Category</th><td><a href="/tt">Tuyên '
     'truyền - Giáo dục</a></td></tr></table>', "Tuyên truyền - Giáo dục"),
    # a box of section links with no separator printed: the last level
    ('<div class="bt-cat"><a href="/kinh-te">Kinh tế</a><a href="/kinh-te/nong-nghiep" '
     'class="active">Nông nghiệp</a></div>', "", "Nông nghiệp"),
    # the container's name alone: kept
    ('<div class="ln-crumb"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-tuc">Tin tức</a>'
     '</div>', "", "Tin tức"),
], ids=["container-then-row", "links-run-together", "container-alone"])
def test_a_container_s_name_gives_way_to_the_article_s_section(
        above: str, after: str, category: str) -> None:
    for art in both(Page(above=above, after=after, side="")):
        assert art["category"] == category


# -- pages16's classes ---------------------------------------------------------------------
@pytest.mark.parametrize(("line", "author", "unit"), [
    ("Hà Quang Trung - VP Đảng ủy xã", "Hà Quang Trung", "VP Đảng ủy xã"),
    ("BS. Trần Ngọc Bích - CDC tỉnh", "BS. Trần Ngọc Bích", "CDC tỉnh"),
    ("Đức Mạnh (TTVH-TT huyện)", "Đức Mạnh", "TTVH-TT huyện"),
    # two writers in capitals: no unit
    ("TRẦN QUANG - MINH ĐỨC", "TRẦN QUANG, MINH ĐỨC", None),
])
def test_a_unit_by_its_initials(line: str, author: str, unit: str | None) -> None:
    for art in both(Page(tail=f'<p style="text-align:right"><em>{line}</em></p>')):
        assert (art["author"], art["author_unit"]) == (author, unit)
        assert line.split(" ")[0] not in art["body"]


def test_a_meta_row_s_unit_ends_at_its_bar() -> None:
    stamp = ('<div class="hnd-meta">Tác giả: Hồ Văn Sang - Hội ND huyện Châu Thành &nbsp;|&nbsp; '
             'Thứ năm, 15/8/2024, 8:40</div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert (art["author"], art["author_unit"]) == ("Hồ Văn Sang", "Hội ND huyện Châu Thành")
        assert art["published_at"] == "2024-08-15T08:40:00+07:00"


@pytest.mark.parametrize(("above", "headline", "after", "category"), [
    # a chip above the headline (its capitals by CSS) against metadata's section
    ("", '<span class="hsb-chip" style="text-transform:uppercase">Xã hội</span>'
         f'<h1 class="t">{TITLE}</h1>', "", "Xã hội"),
    # a label's link above the headline against a trail one level deep ("Tin tức")
    ('<nav class="bdv-crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></nav>',
     '<div class="bdv-label"><a href="/dan-van-chinh-quyen">Dân vận chính quyền</a></div>'
     f'<h1 class="t">{TITLE}</h1>', "", "Dân vận chính quyền"),
    # a portlet's title over the item that opens with the headline
    ("", '<h2 class="btc-portlet-title">Nghiên cứu - Trao đổi</h2><div class="btc-item">'
         f'<h1 class="t">{TITLE}</h1></div>', "", "Nghiên cứu - Trao đổi"),
    # nothing but the "same section" box's heading
    ("", f'<h1 class="t">{TITLE}</h1>', '<div class="box-other"><div class="box-other-title">'
     'Tin khác cùng chuyên mục <a href="/chuyen-muc/cong-tac-dan-van">Công tác dân vận</a>'
     '</div><ul><li><a href="/tin/9">Hội thi Bí thư chi bộ giỏi cấp huyện năm 2024</a></li>'
     '</ul></div>', "Công tác dân vận"),
], ids=["chip-over-meta", "label-over-container", "portlet-title", "same-section-box"])
def test_the_section_named_near_the_headline(above: str, headline: str, after: str,
                                             category: str) -> None:
    head = ('<title>Cổng thông tin điện tử huyện</title><meta property="article:section" '
            'content="Thời sự">')
    for art in both(Page(head=head, above=above, headline=headline, after=after, side="")):
        assert art["category"] == category
        assert art["title"] == TITLE


@pytest.mark.parametrize("badge", ['<span class="nd-new blink">Mới</span>', "<sup>HOT</sup>",
                                   '<b class="new">New</b>'])
def test_a_badge_in_the_headline_is_no_word_of_it(badge: str) -> None:
    head = f'<title>Tin</title><meta property="og:title" content="{TITLE[:40]}…">'
    for art in both(Page(head=head, headline=f'<h1 class="nd-title">{TITLE} {badge}</h1>')):
        assert art["title"] == TITLE


def test_writers_stacked_each_over_a_unit() -> None:
    block = ('<div class="btc-tacgia" style="text-align:right"><p><b>Nguyễn Hữu Phước</b><br>'
             '<i>Ban Tổ chức Tỉnh ủy</i></p><p><b>Lê Thị Hạnh</b><br><i>Đảng ủy Khối các cơ '
             'quan tỉnh</i></p></div>')
    for art in both(Page(headline=f'<h1 class="news-title">{TITLE}</h1>{block}', tail="")):
        assert (art["author"], art["author_unit"]) == (
            "Nguyễn Hữu Phước, Lê Thị Hạnh", "Ban Tổ chức Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh")


def test_a_sign_off_naming_more_writers_than_the_author_field() -> None:
    stamp = ('<div class="hh-meta"><span class="hh-author"><i class="icon-user"></i> <a href="/'
             'tac-gia/minh-nguyet">Minh Nguyệt</a></span> <span class="hh-time">23/08/2024 - '
             '14:20</span></div>')
    tail = ('<p class="hh-sign" style="text-align:right"><strong>Minh Nguyệt - Hoàng Long'
            '</strong></p>')
    for art in both(Page(stamp=stamp, tail=tail)):
        assert art["author"] == "Minh Nguyệt, Hoàng Long"
        assert "Hoàng Long" not in art["body"]


@pytest.mark.parametrize("lead", [
    f'<div class="component-paragraph font-weight-bold mb-3">{PARAS[0]}</div>',
    f'<p class="text-body fw-bold">{PARAS[0]}</p>',
    f'<div style="font-weight: 700">{PARAS[0]}</div>',
], ids=["bootstrap-class", "bootstrap5-class", "inline-style"])
def test_a_sapo_set_bold_by_its_class_or_style(lead: str) -> None:
    for art in both(Page(lead=lead, body="".join(f"<p>{p}</p>" for p in PARAS[1:]))):
        assert art["lead"] == PARAS[0]
        assert art["body"].startswith(PARAS[0]) and art["body"].count(PARAS[0][:40]) == 1


def test_a_first_paragraph_set_bold_by_its_class_is_the_lead() -> None:
    body = f'<p class="font-weight-bold">{PARAS[0]}</p>' + "".join(
        f"<p>{p}</p>" for p in PARAS[1:])
    for art in both(Page(body=body)):
        assert art["lead"] == PARAS[0]


def _table_skin(bar: str) -> str:
    """A table-era page: the box's head is a row of one cell over the row whose nested
    tables hold the headline, no trail, no section in metadata."""
    return f"""<html><head><meta charset="utf-8"><title>Hội Cựu chiến binh tỉnh</title></head>
<body><table width="980"><tr><td><img src="/images/banner_top.jpg" alt="Hội Cựu chiến binh
tỉnh Cao Lạng"></td></tr><tr><td class="menu"><a href="/">Trang chủ</a> <a href="/gt">Giới
thiệu</a></td></tr><tr><td width="700"><table class="box"><tr>{bar}</tr><tr><td
class="box-content"><table><tr><td class="t"><h1 style="font-size:18px">{TITLE}</h1></td></tr>
<tr><td class="d">[11/03/2024 - 16:45]</td></tr><tr><td class="c">
{"".join(f"<p>{p}</p>" for p in PARAS)}<p align="right"><b>Minh Anh</b></p></td></tr></table>
</td></tr></table></td><td width="280">{SIDEBAR}</td></tr></table></body></html>"""


@pytest.mark.parametrize(("bar", "category"), [
    ('<td class="tieude_cm" bgcolor="#0066b3">&nbsp;<font color="#fff"><b>Tuổi trẻ sáng '
     'tạo</b></font></td>', "Tuổi trẻ sáng tạo"),
    ('<td class="boxtitle"><img src="/images/title/tieude_lam_kinh_te.gif" alt="Cựu chiến binh '
     'giúp nhau làm kinh tế" width="262" height="28"></td>',
     "Cựu chiến binh giúp nhau làm kinh tế"),
    # a banner's picture is the site's name, never the section's
    ('<td><img src="/images/logo_hoi.png" alt="Hội Cựu chiến binh"></td>', None),
    ('<td class="bar"><b>Cổng thông tin điện tử Hội CCB</b></td>', None),
], ids=["text-bar", "title-picture", "logo", "site-name"])
def test_a_table_skin_s_box_head_names_the_section(bar: str, category: str | None) -> None:
    for use_profiles in (True, False):
        art = extract(_table_skin(bar), URL, use_profiles=use_profiles).to_json()
        assert art["category"] == category
        assert art["title"] == TITLE and art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_category_link_marked_as_a_tag_is_the_category() -> None:
    # WordPress's post-terms blocks mark a category's link rel="tag", like a tag's
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta name="generator" content="WordPress 6.5"><link rel="stylesheet"
href="/wp-content/themes/tt4/style.css"></head><body class="single-post"><main><article
class="post"><div class="entry-categories"><a href="/chuyen-muc/xay-dung-dang/" rel="tag">Xây
dựng Đảng</a></div><h1 class="entry-title">{TITLE}</h1><div class="entry-meta"><time
class="entry-date published" datetime="2024-03-11T16:45:00+07:00">11/03/2024 16:45</time></div>
<div class="entry-content">{"".join(f"<p>{p}</p>" for p in PARAS)}</div><div
class="post-tags">Thẻ: <a href="/the/chinh-don-dang/" rel="tag">chỉnh đốn Đảng</a></div>
</article></main></body></html>"""
    for use_profiles in (True, False):
        art = extract(html, URL, use_profiles=use_profiles).to_json()
        assert art["category"] == "Xây dựng Đảng", use_profiles
        assert art["tags"] == ["chỉnh đốn Đảng"], use_profiles


_HISTORY_ROWS = ["13/03/2024 07:45 – Cập nhật số liệu thiệt hại",
                 "12/03/2024 15:30 – Bổ sung ảnh hiện trường", "11/03/2024 16:45 – Đăng bài"]


@pytest.mark.parametrize(("rows", "updated"), [
    (_HISTORY_ROWS, "2024-03-13T07:45:00+07:00"),
    (_HISTORY_ROWS[::-1], "2024-03-13T07:45:00+07:00"),     # oldest first: the latest still
    (_HISTORY_ROWS[2:], None),                                # published, never edited
], ids=["newest-first", "oldest-first", "only-published"])
def test_a_revision_history_s_latest_entry_is_the_update(rows: list[str],
                                                         updated: str | None) -> None:
    after = ('<div class="news-history"><div class="news-history-title">Lịch sử cập nhật bài '
             'viết</div><ul>' + "".join(f"<li>{r}</li>" for r in rows) + "</ul></div>")
    for art in both(Page(after=after)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"
        assert art["updated_at"] == updated
        assert "Bổ sung ảnh" not in art["body"]


def test_an_article_s_trail_names_its_sections_for_the_crawler() -> None:
    from archiver.extract import extract_page

    above = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tu-lieu/">'
             'Tư liệu</a></li><li><a href="/tu-lieu/danh-muc/van-kien">Văn kiện</a></li>'
             f'<li class="active">{TITLE}</li></ul>')
    page = extract_page(Page(above=above).html().encode(), URL)
    assert page.sections == ("https://portal.example.vn/tu-lieu/",
                             "https://portal.example.vn/tu-lieu/danh-muc/van-kien")
    assert page.article.category == "Văn kiện"
    assert extract_page(Page().html().encode(), URL).sections == ()


@pytest.mark.parametrize(("line", "updated"), [
    ("15/10/2024 07:45 (Cập nhật lúc 16:10)", "2024-10-15T16:10:00+07:00"),
    ("Đăng 15/10/2024 07:45 (cập nhật 9h30)", "2024-10-15T09:30:00+07:00"),
    # a day of its own after the time, a part of the day, or an earlier time: no guess
    ("07:45 15/10/2024 (Cập nhật lúc 9h30 sáng ngày 16/10)", None),
    ("15/10/2024 07:45 (cập nhật 4h10 chiều)", None),
    ("15/10/2024 07:45 (Cập nhật lúc 06:10)", None),
])
def test_an_update_printed_as_a_time_alone(line: str, updated: str | None) -> None:
    published, update = dates_in_text(line, (), set())
    assert published is not None and published.iso() == "2024-10-15T07:45:00+07:00"
    assert (update.iso() if update else None) == updated


@pytest.mark.parametrize("credit", ["Ảnh: ST", "Ảnh: Sưu tầm", "Ảnh: Internet", "Hình: TL"])
def test_a_picture_credit_naming_nobody_is_a_credit_without_a_photographer(credit: str) -> None:
    from archiver.byline import Byline, parse_byline

    assert parse_byline(credit) == Byline()
    tail = f'<p style="text-align:right"><b>Minh Anh</b></p><p><i>{credit}</i></p>'
    for art in both(Page(tail=tail)):
        assert art["photographer"] is None and credit not in art["body"]


# -- the metadata's modified time and a printed update (2026-12-06) ----------------------------
_LD = ('<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{t}", '
       '"datePublished": "2024-03-11T16:45:00+07:00", "dateModified": "{m}"}}</script>')


@pytest.mark.parametrize(("modified", "stamp", "updated", "modified_at"), [
    # metadata alone: the modified time is kept apart, no update is printed
    ("2024-03-12T08:02:00+07:00", "11/03/2024 16:45", None, "2024-03-12T08:02:00+07:00"),
    # a printed update beside it: each in its column
    ("2024-03-12T08:02:00+07:00", "11/03/2024 16:45 (Cập nhật: 12/03/2024 09:30)",
     "2024-03-12T09:30:00+07:00", "2024-03-12T08:02:00+07:00"),
    # an update printed as a day only ("Đã cập nhật: 12 thg 3"): its time from metadata
    ("2024-03-12T08:02:00+07:00", "11 thg 3, 2024 16:45 · Đã cập nhật: 12 thg 3",
     "2024-03-12T08:02:00+07:00", "2024-03-12T08:02:00+07:00"),
    # ... of another day than the metadata's: no update time is made up
    ("2024-03-13T08:02:00+07:00", "11/03/2024 16:45 · Đã cập nhật: 12 thg 3",
     None, "2024-03-13T08:02:00+07:00"),
    # a modified time before the publication, or a day stored as midnight: none
    ("2024-03-10T08:02:00+07:00", "11/03/2024 16:45", None, None),
    ("2024-03-12T00:00:00+07:00", "11/03/2024 16:45", None, None),
])
def test_the_metadata_s_modified_time_is_not_a_printed_update(
        modified: str, stamp: str, updated: str | None, modified_at: str | None) -> None:
    page = Page(head="<title>Cổng thông tin</title>" + _LD.format(t=TITLE, m=modified),
                stamp=f'<div class="news-date">{stamp}</div>')
    for art in both(page):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"
        assert (art["updated_at"], art["modified_at"]) == (updated, modified_at)


def test_an_update_label_far_from_the_stamp_prints_no_update() -> None:
    """A sidebar's "Tin mới cập nhật | 12/03/2024" on the metadata's modified day, or the
    text's own "cập nhật 12/3", is no update of the article."""
    side = ('<div class="col-right"><h3>Tin mới cập nhật</h3><ul><li>12/03/2024 '
            '<a href="/tin/9">Khai mạc hội thi cán bộ dân vận khéo</a></li></ul></div>')
    words = PARAS[-1] + " Bộ Y tế cập nhật 12/3 có thêm số liệu mới."
    body = "".join(f"<p>{p}</p>" for p in (*PARAS, *PARAS, words))
    page = Page(head="<title>Cổng thông tin</title>"
                + _LD.format(t=TITLE, m="2024-03-12T08:02:00+07:00"), side=side, body=body)
    for art in both(page):
        assert (art["updated_at"], art["modified_at"]) == (None, "2024-03-12T08:02:00+07:00")


# -- pages19's classes (2026-12-06) ---------------------------------------------------------------
def test_a_labelled_byline_on_the_last_line_of_the_last_paragraph() -> None:
    """"… cộng đồng dân cư.<br><b>Bài và ảnh: Hồng Hạnh</b>": the credit is read and
    leaves the paragraph; an unlabelled last line stays text."""
    last = PARAS[-1][:-1]
    body = "".join(f"<p>{p}</p>" for p in PARAS[:-1])
    tail = (f'<p>{last}.<br><span style="display:block;text-align:right"><b>Bài và ảnh: '
            f'Hồng Hạnh</b></span></p>')
    for art in both(Page(body=body + tail, tail="")):
        assert (art["author"], art["photographer"]) == ("Hồng Hạnh", "Hồng Hạnh")
        assert art["body"].endswith(f"{last}.") and "Bài và ảnh" not in art["body"]
    for line in ("Hội nghị kết thúc lúc 17 giờ cùng ngày.", "Trưởng thôn: Nguyễn Văn An"):
        # an unlabelled last line, or one labelled with a post: the text's own
        for art in both(Page(body=body + f"<p>{last}.<br>{line}</p>", tail="")):
            assert art["body"].endswith(line) and art["author"] != "Nguyễn Văn An"


def test_an_author_card_s_lines_are_name_unit_and_contact() -> None:
    """A label cell, then the name, the unit and an e-mail on lines of their own."""
    card = ('<table class="tbl-tacgia" align="right"><tr><td><em>Người viết:</em></td><td>'
            '<strong>Trần Thanh Bình</strong><br>Văn phòng UBKT Tỉnh ủy<br>'
            '<span class="mail">Email: tthbinh.ubkt@kontum.dcs.vn</span></td></tr></table>')
    for art in both(Page(tail=card)):
        assert (art["author"], art["author_unit"]) == ("Trần Thanh Bình",
                                                       "Văn phòng UBKT Tỉnh ủy")
        assert "Email" not in art["body"] and "Trần Thanh Bình" not in art["body"]


@pytest.mark.parametrize("hidden", ["visually-hidden", "sr-only"])
def test_a_screen_reader_s_label_in_the_trail_is_no_section(hidden: str) -> None:
    """Drupal's ``<h2 class="visually-hidden">Breadcrumb</h2>`` heads its trail; the trail's
    own last level, or the article's topic field, is the section."""
    trail = (f'<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 '
             f'id="system-breadcrumb" class="{hidden}">Breadcrumb</h2><ol><li><a href="/">'
             f'Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav>')
    topic = ('<div class="field field--name-field-chu-de field--label-inline"><div '
             'class="field__label">Chủ đề</div><div class="field__item"><a href="/chu-de/'
             'phong-trao-thi-dua">Phong trào thi đua</a></div></div>')
    for art in both(Page(above=trail)):
        assert art["category"] == "Tin tức"
    for art in both(Page(above=trail, stamp=Page.stamp + topic)):
        assert art["category"] == "Phong trào thi đua"


# -- sites14's classes (2026-12-06) -------------------------------------------------------------
def test_a_page_of_teasers_at_an_article_s_address_reads_as_a_list() -> None:
    """A blog's page of teasers (a sitemap lists it beside its posts, its address has an
    article's shape): its body's headlines are links, one a paragraph; an article whose
    words link other pages, or whose related box is set in the text, is no list."""
    items = "".join(
        f'<div class="post"><h3><a href="/blog/tinh-nguyen-{n}/bai-viet-so-{n}-{n + 10}">'
        f"Thanh niên tình nguyện ra quân đợt {n} năm 2025 tại các xã</a></h3>"
        f"<p>Tình nguyện</p><p>(TĐBH) - Ngày {n}/6, đoàn viên ra quân dọn vệ sinh môi "
        "trường, sửa đường giao thông nông thôn.</p></div>" for n in range(1, 10))
    listing = Page(headline='<h1 class="news-title">Tình nguyện - Hiến máu</h1>', body=items,
                   tail="", stamp="")
    assert extract_page(listing.html().encode(), URL).teasers >= 4
    words = ("<p>Theo <a href='/a-1'>Nghị quyết số 18</a> và <a href='/a-2'>Kết luận 21</a>, "
             "các cấp ủy đã triển khai đồng bộ nhiều giải pháp, được <a href='/a-3'>Ban "
             "Thường vụ</a> đánh giá cao.</p>")
    article = Page(body="".join(f"<p>{p}</p>" for p in PARAS) + words * 4)
    assert extract_page(article.html().encode(), URL).teasers == 0
    assert extract_page(Page().html().encode(), URL).teasers == 0
    # a report's table of contents (anchors in the page) and its ">>" related links
    toc = "".join(f'<p><a href="#muc-{n}">Phần {n}: Kết quả thực hiện nhiệm vụ chính trị</a>'
                  "</p>" for n in range(1, 7))
    more = "".join(f'<p><a href="/tin/{n}.html">&gt;&gt; Tin liên quan số {n} về hội nghị '
                   "tổng kết</a></p>" for n in range(1, 7))
    report = Page(body=toc + "".join(f"<p>{p}</p>" for p in PARAS * 2) + more)
    assert extract_page(report.html().encode(), URL).teasers == 0


# -- pages20's classes (2026-12-06) ---------------------------------------------------------------
def test_what_closes_an_article_is_not_its_text() -> None:
    """A related link set as a paragraph (">> …"), the note of what the piece was written
    for ("(Bài dự thi Cuộc thi …)"), and a pasted appeal's signature block before the
    reporter's name (the signer is no author, the reporter is)."""
    links = ('<p><a href="/kinh-te/ham-thuan-nam-894840.html"><strong>&gt;&gt; Hàm Thuận Nam '
             "cấp thêm 42 mã số vùng trồng thanh long</strong></a></p>")
    note = ("<p><em>(Bài dự thi Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng "
            "năm 2024)</em></p>")
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(body=body + links + note)):
        assert art["body"].endswith(PARAS[-1]) and "Hàm Thuận" not in art["body"]
        assert art["author"] == "Minh Anh"
    signature = ('<table class="chuky"><tr><td></td><td style="text-align:center"><p><strong>'
                 "TM. BAN THƯỜNG TRỰC</strong></p><p><strong>CHỦ TỊCH</strong></p><p><em>(Đã "
                 "ký)</em></p><p><strong>Nguyễn Thị Thu Hà</strong></p></td></tr></table>")
    tail = '<p style="text-align:right"><strong>Hồng Nhung</strong></p>'
    for art in both(Page(body=body + signature, tail=tail)):
        assert art["author"] == "Hồng Nhung" and "CHỦ TỊCH" not in art["body"]
        assert "Thu Hà" not in art["body"] and art["body"].endswith(PARAS[-1])


def test_a_slideshow_prints_each_caption_once() -> None:
    """Its counters ("1 / 4") are no captions; its thumbnail strip repeats them."""
    slides = "".join(
        f'<figure><img src="/up/s{n}.jpg"><span class="slide-count">{n} / 2</span>'
        f"<figcaption>Ảnh hoạt động số {n} của đoàn viên thanh niên</figcaption></figure>"
        for n in (1, 2))
    strip = "".join(f'<figure><img src="/up/t{n}.jpg"><figcaption>Ảnh hoạt động số {n} của '
                    "đoàn viên thanh niên</figcaption></figure>" for n in (1, 2))
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + slides + strip + f"<p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert art["captions"] == [f"Ảnh hoạt động số {n} của đoàn viên thanh niên"
                                   for n in (1, 2)]
    # two pictures side by side sharing one caption: each keeps it (pages21)
    pair = "".join('<figure><img src="/up/p{n}.jpg"><figcaption>Lãnh đạo huyện trao quà Tết '
                   "cho các hộ nghèo</figcaption></figure>".replace("{n}", str(n))
                   for n in (1, 2))
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{pair}<p>{PARAS[1]}</p>")):
        assert art["captions"] == ["Lãnh đạo huyện trao quà Tết cho các hộ nghèo"] * 2


@pytest.mark.parametrize(("above", "stamp", "side", "category"), [
    # the section a "same section" box names, its name a link after the words
    ("", "", '<div class="panel-heading"><span>Cùng chuyên mục</span> <a href="/news/tdkt/">'
     'Thi đua - Khen thưởng</a> <a href="/news/tdkt/">Xem thêm »</a></div><ul class="related">'
     '<li><a href="/news/tdkt/a-1.html">Tuyên dương điển hình tiên tiến năm 2024 ở phường</a>'
     "</li></ul>", "Thi đua - Khen thưởng"),
    # a folder icon marking it in the meta row (not the time after it)
    ("", '<div class="meta"><span><i class="fa fa-folder-open"></i> <a href="/nn">Nông nghiệp'
     '</a></span> <span><i class="fa fa-clock-o"></i> 11/03/2024 16:45</span></div>', SIDEBAR,
     "Nông nghiệp"),
    # a labelled line of its levels
    ('<div class="cat-label">Chuyên mục: <a href="/kt">Kinh tế</a> / <a href="/dl">Du lịch'
     "</a></div>", Page.stamp, SIDEBAR, "Du lịch"),
    # the tab the page marks as current
    ('<div class="portlet-title">XÂY DỰNG ĐẢNG</div><ul class="nav-tabs"><li><a href="/tc">'
     'Tổ chức</a></li><li class="selected" aria-current="page"><a href="/kt">Kiểm tra - Giám '
     "sát</a></li></ul>", Page.stamp, SIDEBAR, "Kiểm tra - Giám sát"),
], ids=["same-section-box", "folder-icon", "cat-label", "current-tab"])
def test_where_a_page_names_its_section(above: str, stamp: str, side: str,
                                        category: str) -> None:
    page = Page(above=above, stamp=stamp or Page.stamp, side=side)
    for art in both(page):
        assert art["category"] == category


@pytest.mark.parametrize("label", ["Ngày hiệu chỉnh:", "· Sửa:"])
def test_a_correction_date_is_the_update(label: str) -> None:
    stamp = f'<div class="date">Ngày đăng: 15/11/2024 16:00 - {label} 16/11/2024 08:00</div>'
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-11-15T16:00:00+07:00",
                                                            "2024-11-16T08:00:00+07:00")


def test_what_closes_an_article_is_read_only_where_it_closes_it() -> None:
    """A contest's rules in the text ("Bài dự thi cuộc thi phải gửi về …") stay text; a
    document's signer with posts above their name is no author; "Cùng mục tiêu đó, …"
    in the text names no section."""
    rules = ("Bài dự thi cuộc thi phải gửi về Ban Tổ chức trước ngày 30/6/2024 theo đường "
             "bưu điện hoặc thư điện tử.")
    body = f"<p>{PARAS[0]}</p><p>{rules}</p><p>Cùng mục tiêu đó, huyện đã triển khai nhiều " \
           f"giải pháp.</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(body=body, side="")):
        assert rules in art["body"] and art["category"] is None
    signed = ('<div style="text-align:center"><p><b>TM. ỦY BAN NHÂN DÂN</b></p><p><b>KT. CHỦ '
              "TỊCH</b></p><p><b>PHÓ CHỦ TỊCH THƯỜNG TRỰC</b></p><p><b>Nguyễn Văn Bình</b></p>"
              "</div>")
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + signed, tail="")):
        assert art["author"] is None and "Nguyễn Văn Bình" not in art["body"]


def test_a_source_element_does_not_stop_the_search_for_the_writer() -> None:
    """pages21: "Tác giả: <b>Name</b>" and a "Nguồn:" element after the text; and a Sở
    portal's field of work over a generic trail names the section."""
    credit = ('<div class="kg-credit"><div>Tác giả: <b>Thanh Tâm</b></div><div class="nguon">'
              "Nguồn: Sở Văn hóa và Thể thao</div></div>")
    field = ('<div class="crumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a>'
             '</div><div class="nt-linhvuc">Lĩnh vực: <a href="/lv/thuy-loi">Thủy lợi</a></div>')
    page = Page(above=field, tail="", after=credit)
    for art in both(page):
        assert (art["author"], art["source"]) == ("Thanh Tâm", "Sở Văn hóa và Thể thao")
        assert art["category"] == "Thủy lợi"


# -- pages22's classes ---------------------------------------------------------------------
_OTHER_POST = ('<script type="application/ld+json">{"@context":"https://schema.org",'
               '"@type":"NewsArticle","url":"https://huyen.vn/tin-tuc/bai-khac-hoan-toan/",'
               '"headline":"Cấp 25.000 chữ ký số miễn phí cho người dân trong quý I",'
               '"datePublished":"2024-03-11T07:10:00+07:00","author":{"@type":"Person",'
               '"name":"Minh Thư"}}</script>')


@pytest.mark.parametrize("own", [True, False])
def test_a_json_ld_article_about_another_page_is_not_this_page_s(own: bool) -> None:
    """A sidebar widget's JSON-LD (another headline, another address) lends no time to a
    date-only stamp and names no writer; the page's own JSON-LD still does."""
    ld = _OTHER_POST if not own else _OTHER_POST.replace(
        "Cấp 25.000 chữ ký số miễn phí cho người dân trong quý I", TITLE)
    page = Page(head=f"<title>{TITLE} - Cổng TTĐT huyện</title>{ld}",
                stamp='<div class="news-date">Ngày đăng: 11/03/2024</div>', tail="")
    for art in both(page):
        assert art["published_at"] == ("2024-03-11T07:10:00+07:00" if own else "2024-03-11")
        assert art["author"] == ("Minh Thư" if own else None)


def test_a_headline_in_an_h3_anchors_the_stamp_search() -> None:
    """Liferay 6.2 prints its asset's title in an h3 of a block named "taglib-header" (no
    h1 on the page): the headline the metadata names is still where stamps are looked for,
    down to the stamp row after the text."""
    html = (f'<html><head><meta charset="utf-8"><meta property="og:title" content="{TITLE}">'
            '</head><body><div class="topbar">Chủ Nhật, ngày 16/03/2025</div>'
            f'<div class="taglib-header"><h3 class="header-title"><span>{TITLE}</span></h3>'
            '</div><div class="asset-content"><div class="journal-content-article">'
            f'{_paras()}</div></div><div class="asset-ratings">Đánh giá: ★★★★☆ (9 phiếu)</div>'
            '<div class="asset-metadata"><span>Ngày đăng: 14/03/2025 06:30</span> '
            '<span>Lượt xem: 642</span></div></body></html>')
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).published_at == "2025-03-14T06:30:00+07:00"


@pytest.mark.parametrize("line", [
    'Chuyên mục: <a href="/chuyen-muc/dien-dan">Diễn đàn</a>',
    '<span>Đăng trong</span> <a href="/index.php/dien-dan">Diễn đàn</a>',
    '<b>Thuộc chuyên mục:</b><a href="/dien-dan">Diễn đàn</a>',
])
def test_a_label_before_a_link_names_the_section(line: str) -> None:
    """No trail: a label in a line of its own names the section its link leads to, above
    the headline or under the text (K2's "Đăng trong"); a list of other articles, each
    with its section, names theirs, not this one's."""
    for where in ("above", "after"):
        page = Page(**{where: f'<div class="item-cat">{line}</div>'})
        for art in both(page):
            assert art["category"] == "Diễn đàn"
    others = ('<ul class="other">' + "".join(
        f'<li><a href="/tin-{i}.html">Hội nghị sơ kết công tác dân vận quý {i} của xã</a> '
        f'<span>Đăng trong</span> <a href="/dien-dan">Diễn đàn</a></li>' for i in (1, 2, 3))
        + "</ul>")
    for art in both(Page(after=others)):
        assert art["category"] is None


def test_lan_sua_cuoi_vao_is_an_update() -> None:
    """K2's "Lần sửa cuối vào <date>" under the text (in the item's block) is the update."""
    page = Page(tail='<p style="text-align:right"><b>Minh Anh</b></p></div><div class="item'
                     'DateModified">Lần sửa cuối vào Thứ bảy, 23 Tháng 11 2024 08:15',
                stamp='<div class="news-date">Thứ năm, 21 Tháng 11 2024 10:30</div>')
    for art in both(page):
        assert art["published_at"] == "2024-11-21T10:30:00+07:00"
        assert art["updated_at"] == "2024-11-23T08:15:00+07:00"


def test_a_centred_caption_of_two_sentences_is_a_caption() -> None:
    """A plain centred paragraph under a picture, two sentences long (who is in it, and
    what happened then), is its caption, not a paragraph of the text."""
    caption = ("Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị. Dịp này, Ban "
               "Thường vụ Huyện ủy tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích "
               "tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    body = (f"<p>{PARAS[0]}</p><p style='text-align:center'><img src='/a/hoi-nghi.jpg' "
            f"width='600'></p><p style='text-align:center'>{caption}</p>"
            + "".join(f"<p>{p}</p>" for p in PARAS[1:]))
    for art in both(Page(body=body)):
        assert art["captions"] == [caption]
        assert caption not in (art["body"] or "")


def test_a_page_printing_only_its_last_update_is_dated_by_its_effective_date() -> None:
    """Plone prints only "cập nhật lần cuối 24/06/2025" (the last modification); its
    metadata's effective date (``DC.date.valid_range`` "2025/06/21 - ") is the publication,
    the printed date the update. Without such metadata the update is the publication."""
    head = ('<title>x</title><meta name="DC.date.valid_range" content="2025/06/21 - ">'
            '<meta name="DC.date.modified" content="2025-06-24T09:15:00+07:00">')
    stamp = ('<div class="documentByLine"><span>cập nhật lần cuối</span> '
             '<span>24/06/2025</span></div>')
    top = '<div class="topbar">Thứ Năm, 26/06/2025</div>'
    for art in both(Page(head=head, stamp=stamp, top=top)):
        assert (art["published_at"], art["updated_at"]) == ("2025-06-21", "2025-06-24")
    for art in both(Page(stamp=stamp, top=top)):   # (as "update-only" above)
        assert (art["published_at"], art["updated_at"]) == ("2025-06-24", None)


@pytest.mark.parametrize(("printed", "published"), [
    ("Ngày đăng: 4/1/2025 7:58:00 PM", "2025-04-01T19:58:00+07:00"),   # .NET en-US
    ("Ngày đăng: 6/23/2025 7:40:00 PM", "2025-06-23T19:40:00+07:00"),  # unambiguous
    ("Ngày đăng: 04/01/2025 19:58", "2025-01-04T19:58:00+07:00"),      # vi-VN, day first
])
def test_an_en_us_net_stamp_is_month_first(printed: str, published: str) -> None:
    """"M/d/yyyy h:mm:ss tt", unpadded, with seconds and an English AM/PM, is how .NET's
    en-US culture prints a time (vi-VN writes "dd/MM/yyyy" and SA/CH): month first."""
    page = Page(stamp=f'<div class="date-detail">{printed}</div>',
                top='<div class="topbar">Thứ Ba, 24/06/2025</div>')
    for art in both(page):
        assert art["published_at"] == published


# -- the review of pages22's and sites16's classes: what they must not take ------------------
@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2019-01-01T00:00:00+07:00">',   # template
    '<meta property="article:published_time" content="2025-06-14 20:30:00">',         # UTC
])
def test_only_an_effective_date_redates_an_update_only_page(meta: str) -> None:
    """A page printing only "Cập nhật: 15/06/2025 09:30" keeps it as its publication when
    its metadata's other dates (a template's, a UTC time a day early) are earlier: only an
    effective date (Plone's) stands for the publication."""
    page = Page(head=f"<title>x</title>{meta}",
                stamp='<div class="d">Cập nhật: 15/06/2025 09:30</div>',
                top='<div class="topbar">Thứ Năm, 26/06/2025</div>')
    for art in both(page):
        assert art["published_at"] == "2025-06-15T09:30:00+07:00"


@pytest.mark.parametrize(("stamp", "meta", "published"), [
    # the .NET shape alone decides; the metadata's day, where there is one, outweighs it
    ("1/6/2025 8:00:00 AM", "", "2025-01-06T08:00:00+07:00"),
    ("1/6/2025 8:00:00 AM", "2025-06-01T08:00:00+07:00", "2025-06-01T08:00:00+07:00"),
    ("12/5/2025 3:15:00 PM", "2025-05-12T15:15:00+07:00", "2025-05-12T15:15:00+07:00"),
])
def test_the_net_shape_is_the_weakest_sign(stamp: str, meta: str, published: str) -> None:
    head = "<title>x</title>" + (
        f'<meta property="article:published_time" content="{meta}">' if meta else "")
    page = Page(head=head, stamp=f'<div class="d">{stamp}</div>',
                top='<div class="topbar">Thứ Năm, 26/06/2025</div>')
    for art in both(page):
        assert art["published_at"] == published


@pytest.mark.parametrize("ld", [
    # the page's own JSON-LD under another spelling of its headline or address
    f'"headline":"“{TITLE}”"',
    f'"headline":"<b>{TITLE}</b>"',
    f'"headline":"{TITLE[:40]}…","url":"https://portal.example.vn/amp/tin-tuc/hoi-nghi-so-ket-1234.html"',
    '"headline":"Sơ kết công tác xây dựng Đảng: Huyện ủy đánh giá 6 tháng đầu năm 2024"',
])
def test_the_page_s_own_json_ld_under_another_spelling_is_its_own(ld: str) -> None:
    """Curly quotes, markup, a shortened headline at the AMP address, an SEO rewrite naming
    no address and linked nowhere: the page's own JSON-LD, its time lent to the day."""
    head = (f"<title>{TITLE}</title><script type=\"application/ld+json\">{{\"@type\":"
            f"\"NewsArticle\",{ld},\"datePublished\":\"2024-03-11T07:10:00+07:00\"}}</script>")
    for art in both(Page(head=head, stamp='<div class="news-date">11/03/2024</div>')):
        assert art["published_at"] == "2024-03-11T07:10:00+07:00"


def test_a_widget_s_category_line_is_not_the_article_s() -> None:
    """A "Chuyên mục: <a>Thể thao</a>" line in a widget away from the article's block, or
    in each item of a list of the writer's other articles: not the article's section."""
    widget = ('<div class="widget"><p class="cat">Chuyên mục: <a href="/the-thao">Thể thao</a>'
              "</p><p>Giải bóng đá thanh niên huyện khai mạc sáng nay.</p></div>")
    others = ('<div class="cung-tac-gia"><h3>Cùng tác giả</h3><ul>' + "".join(
        f'<li><h4><a href="/tin-{i}.html">Giải bóng đá thanh niên xã lần thứ {i} khai mạc</a>'
        f'</h4><p><span>Đăng trong</span> <a href="/the-thao">Thể thao</a></p></li>'
        for i in (1, 2)) + "</ul></div>")
    for art in both(Page(side=widget + SIDEBAR)):
        assert art["category"] is None
    for art in both(Page(after=others)):
        assert art["category"] is None


def test_a_cut_headline_leaves_the_site_s_name_in_og_title() -> None:
    head = ('<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh">'
            f'<meta property="og:title" content="{TITLE} và triển khai nhiệm vụ - Cổng thông '
            'tin điện tử tỉnh">')
    for art in both(Page(head=head, headline=f"<h1>{TITLE}…</h1>")):
        assert art["title"] == f"{TITLE} và triển khai nhiệm vụ"


def test_a_centred_page_keeps_its_long_lead_under_the_top_picture() -> None:
    """Every paragraph centred: the long one under the top picture is the text's first,
    not the picture's caption (a caption over 200 characters needs text before it that is
    not centred)."""
    lead = ("Chiều 11/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng "
            "Đảng 6 tháng đầu năm, đánh giá kết quả thực hiện nhiệm vụ chính trị, quốc phòng, "
            "an ninh và triển khai nhiệm vụ trọng tâm trong thời gian tới với nhiều giải "
            "pháp cụ thể, thiết thực.")
    body = (f"<p style='text-align:center'><img src='/a/hoi-nghi.jpg' width='600'></p>"
            f"<p style='text-align:center'>{lead}</p>"
            + "".join(f"<p style='text-align:center'>{p}</p>" for p in PARAS[1:]))
    for art in both(Page(body=body)):
        assert lead in (art["body"] or "") and lead not in art["captions"]


# -- pages23's classes ---------------------------------------------------------------------
def test_a_video_s_length_beside_its_day_is_no_time() -> None:
    """"Wed, 12/03/2025 ▶ 12:45": the length of the video, not the hour it was posted."""
    stamp = ('<div class="node__meta"><span class="field--name-created">12/03/2024</span> '
             '<span class="video-duration" title="Thời lượng"><i class="fa-solid '
             'fa-circle-play"></i> 12:45</span></div>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-12"


def test_a_hidden_update_for_search_engines_is_no_stamp() -> None:
    """A theme's hidden ``<span class="updated rich-snippet-hidden">`` ISO time: neither the
    publication (the printed day is) nor a printed update."""
    stamp = ('<div class="meta"><span class="date">March 10th, 2024</span><span class="updated '
             'rich-snippet-hidden">2024-03-11T08:22:00+07:00</span></div>')
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-03-10", None)


def test_today_s_date_under_the_headline_is_the_article_s() -> None:
    """Published today, date only: the day under the headline equals the header clock's,
    and is the article's still (the clock is in the header, not under the headline)."""
    page = Page(top='<div class="today">Thứ Tư, ngày 26/03/2025</div>',
                stamp='<div class="article__meta"><span class="article__date">26/03/2025</span>'
                      ' · <span>5 phút đọc</span></div>')
    for art in both(page):
        assert art["published_at"] == "2025-03-26"


def test_a_credit_label_alone_over_the_name() -> None:
    """"Bài và ảnh:" / name / unit on three lines of their own: the writer, the
    photographer and the unit; no line left in the text."""
    tail = ('<p style="text-align:right"><strong>Bài và ảnh:</strong></p><p style="text-align:'
            'right"><strong>Lâm Thị Sa Vênh</strong></p><p style="text-align:right"><em>Ban '
            'Tuyên giáo Thành ủy</em></p>')
    for art in both(Page(tail=tail)):
        assert (art["author"], art["photographer"], art["author_unit"]) == (
            "Lâm Thị Sa Vênh", "Lâm Thị Sa Vênh", "Ban Tuyên giáo Thành ủy")
        assert "Bài và ảnh" not in (art["body"] or "")


def test_a_category_list_with_counts_is_no_article_s_section() -> None:
    """A sidebar listing every category with its count ("Tin cơ sở (214)"); the article's own
    "Thuộc mục: <a>Tin cơ sở</a>" under its text names it."""
    side = ('<div class="blognavcategories"><h3>Chuyên mục</h3><ul>' + "".join(
        f'<li><a href="#">{n} ({c})</a></li>' for n, c in (("Tin cơ sở", 214), ("Văn bản", 41)))
        + "</ul></div>")
    tail = ('<p style="text-align:right"><b>Minh Anh</b></p></div><div class="bcategories">'
            '<span>Thuộc mục:</span> <a href="/blog/category/tin-co-so.aspx">Tin cơ sở</a>')
    for art in both(Page(side=side + SIDEBAR, tail=tail)):
        assert art["category"] == "Tin cơ sở"


@pytest.mark.parametrize("row", [
    '<a class="btn-play-audio">Nghe đọc bài</a>',                # a listen button
    '<span class="display-views">1.245 lượt xem</span>',        # "display" is no "play"
])
def test_a_play_button_elsewhere_in_the_row_keeps_the_time(row: str) -> None:
    stamp = (f'<div class="meta"><span class="date">11/03/2024</span><span class="divider">'
             f'|</span><span class="time">16:45</span> {row}</div>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_clock_under_the_headline_is_not_the_article_s_day() -> None:
    """The site's clock printed in a tool bar under the headline ("today-date"), the day it
    shows today: not the publication; the stamp after the lead is."""
    page = Page(stamp='<div class="print-bar"><span class="today-date">Thứ Năm, 05/12/2024'
                      '</span></div>',
                lead='<p class="lead">Sáng 11/3, hội nghị diễn ra tại hội trường huyện.</p>'
                     '<div class="info">Thứ Hai, 11/03/2024</div>')
    for art in both(page):
        assert art["published_at"] == "2024-03-11"


def test_a_published_time_hidden_on_small_screens_is_still_the_stamp() -> None:
    stamp = ('<time class="entry-date published updated d-none d-md-inline" '
             'datetime="2024-03-11T16:45:00+07:00">11/03/2024 16:45</time>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


LOGIN_PAGE = ("<html><head><title>Đăng nhập hệ thống</title></head><body><div class='header'>"
              "<a href='/'>Trang chủ</a></div><div class='login-box'><h1>{h1}</h1><form method="
              "'post'><p>{text}</p><label>Tên đăng nhập</label><input name='u'><label>Mật khẩu"
              "</label><input type='password' name='p'><button>Đăng nhập</button></form></div>"
              "{aside}</body></html>")


@pytest.mark.parametrize(("h1", "text", "aside", "gone"), [
    ("Đăng nhập hệ thống", "Vui lòng đăng nhập để xem nội dung này. Nội dung chỉ dành cho cán "
     "bộ, đảng viên đã được cấp tài khoản.", "", True),
    # a short undated notice, the portal's login box in the sidebar: the notice
    ("Thông báo lịch tiếp công dân tháng 7", "Thường trực Huyện ủy tiếp công dân vào ngày 15/7 "
     "tại trụ sở Huyện ủy.", "<aside><h3>Đăng nhập</h3></aside>", False),
])
def test_a_sign_in_form_is_no_article(h1: str, text: str, aside: str, gone: bool) -> None:
    """An article made private answering with the site's sign-in form (a redirect the
    crawler could not tell by its address): no record is made of the form."""
    html = LOGIN_PAGE.format(h1=h1, text=text, aside=aside)
    if not gone:   # (the notice holds no form: the login box is the sidebar's)
        html = html.replace("<form method='post'>", "<div>").replace("</form>", "</div>") \
            .replace("<aside><h3>Đăng nhập</h3></aside>",
                     "<aside><h3>Đăng nhập</h3><form><input type='password'></form></aside>")
    page = extract_page(html.encode(), "https://s.vn/dang-nhap.aspx?ReturnUrl=%2fa")
    assert (page.gone == "a login form") is gone


def test_a_schedule_s_days_after_the_publication_are_text() -> None:
    """A table of the days to come ("Ngày 20/3/2025" in its cells) in a notice of 13/2:
    lines shaped like a stamp, naming days after the publication — the text's, never
    dropped as stamps (pages25's XOOPS notice, pages18's sowing calendar)."""
    rows = "".join(f"<tr><td>Quý {q}</td><td>Ngày {d}</td><td>Trụ sở Tiếp công dân huyện</td></tr>"
                   for q, d in (("I", "20/3/2025"), ("II", "19/6/2025"), ("III", "18/9/2025")))
    html = (f"<html><body><h1>Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện "
            f"ủy năm 2025</h1><p class='date'>Ngày 13/02/2025</p><div class='content'><p>Thực "
            f"hiện Quy định số 11-QĐi/TW của Bộ Chính trị, Thường trực Huyện ủy thông báo lịch "
            f"tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy năm 2025 như sau:</p><table>"
            f"{rows}</table><p>Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút, "
            f"tại các địa điểm nêu trên; công dân mang theo giấy tờ tùy thân.</p></div>"
            f"</body></html>")
    article = extract_page(html.encode(), "https://huyenuy.vn/tin/thong-bao-123.html").article
    assert article.published_at == "2025-02-13"
    assert all(f"Ngày {d}" in article.body for d in ("20/3/2025", "19/6/2025", "18/9/2025"))


# -- pages26's classes ---------------------------------------------------------------------
@pytest.mark.parametrize(("tail", "author", "unit"), [
    ('<p style="text-align:right"><strong>Nhóm phóng viên</strong></p>', "Nhóm phóng viên", None),
    ('<p style="text-align:right"><strong>Hoàng Long (biên tập)</strong></p>', "Hoàng Long",
     None),
    ('<p style="text-align:right"><strong>Hồng Nhung (lược ghi)</strong></p>', "Hồng Nhung",
     None),
    ('<p style="text-align:right"><strong>CCB Trần Văn Lộc (Chi hội CCB thôn Đông, xã Tam '
     'Hồng)</strong></p>', "Trần Văn Lộc", "Chi hội CCB thôn Đông, xã Tam Hồng"),
    ('<p style="text-align:right"><strong>Bài, ảnh: Hà Thị Mai - Hội LHPN xã Minh Xuân (huyện '
     'Lục Yên)</strong></p>', "Hà Thị Mai", "Hội LHPN xã Minh Xuân (huyện Lục Yên)"),
], ids=["collective", "role-bien-tap", "role-luoc-ghi", "village-body", "unit-with-place"])
def test_bylines_of_pages26(tail: str, author: str, unit: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == (author, unit)
        assert author not in str(art["body"])


@pytest.mark.parametrize("page", [
    # a title kept for search engines (display:none) over the headline shown, no metadata
    Page(headline='<h1 class="seo" style="display:none">Tin cũ của năm trước đã được thay tên '
                  f'mới</h1><h2 class="post-title">{TITLE}</h2>'),
    # a schema.org name in a hidden span, in a block named for the title, that the
    # metadata's title names (Plone's viewlet above the headline)
    Page(head=f'<title>Cổng thông tin</title><meta property="og:title" content="{TITLE}">',
         headline='<div id="viewlet-above-content-title"><span style="display: none"><span '
                  f'itemprop="name">{TITLE}</span></span></div><h1 class="doc">{TITLE}</h1>'),
], ids=["seo-h1", "schema-name"])
def test_a_hidden_heading_is_never_the_headline(page: Page) -> None:
    for art in both(page):
        assert art["title"] == TITLE
        assert all(p in str(art["body"]) for p in PARAS)


def test_a_related_box_beside_the_text_in_a_page_builder() -> None:
    """Elementor: the text, a heading widget 'Tin cùng chuyên mục' and a posts widget, each
    in a wrapper of its own, all in one column."""
    widget = ('<div class="w"><div class="c"><h2>Tin cùng chuyên mục</h2></div></div>'
              '<div class="w"><div class="c">' + "".join(
                  f'<article><h3><a href="/tin-{i}/">Hội nghị sơ kết công tác số {i} của '
                  f'huyện năm 2025</a></h3><span>1{i} Tháng Tư, 2025</span></article>'
                  for i in range(4)) + "</div></div>")
    for art in both(Page(tail='<p style="text-align:right"><b>Minh Anh</b></p>' + widget)):
        assert "Hội nghị sơ kết" not in str(art["body"])
        assert all(p in str(art["body"]) for p in PARAS)


def test_a_sapo_signed_at_its_end() -> None:
    lead = ('<div class="sapo"><p><strong>Chiều 19/4, Thành ủy tổ chức lễ gắn biển công trình '
            'chào mừng kỷ niệm 50 năm Ngày giải phóng (19/4/1975 - 19/4/2025).</strong> '
            '<em>(Thanh Phong)</em></p></div>')
    for art in both(Page(lead=lead, tail="")):
        assert art["author"] == "Thanh Phong"
        assert "(Thanh Phong)" not in str(art["lead"]) + str(art["body"])


def test_a_gallery_after_the_text_gives_its_captions() -> None:
    gallery = ('<div class="field-gallery"><div class="label">Hình ảnh hoạt động:</div>'
               + "".join(f'<div class="item"><img src="/g/{i}.jpg" alt=""><div class="cap"><p>'
                         f'Hội viên phụ nữ thôn {i} ra quân làm đường hoa</p></div></div>'
                         for i in range(3)) + "</div>")
    for art in both(Page(after=gallery)):
        assert art["captions"] == [f"Hội viên phụ nữ thôn {i} ra quân làm đường hoa"
                                   for i in range(3)]


def test_a_quotation_under_a_picture_is_text() -> None:
    quote = ("“Giảm nghèo bền vững phải bắt đầu từ sinh kế, chứ không chỉ dừng ở những khoản "
             "hỗ trợ”, Phó Chủ tịch UBND tỉnh nhấn mạnh tại hội nghị giao ban chiều 7/4.")
    body = (f"<p>{PARAS[0]}</p><p style=\"text-align:center\"><img src=\"/info.png\" "
            f"alt=\"Infographic\"></p><p style=\"text-align:center\"><em>{quote}</em></p>"
            f"<p>{PARAS[1]}</p>")
    for art in both(Page(body=body)):
        assert quote in str(art["body"]) and quote not in art["captions"]


def test_a_blogs_index_of_categories_is_no_category() -> None:
    side = ('<nav><ul><li class="menu-item-categories"><a href="/categories/">Danh mục</a></li>'
            '</ul></nav><div class="site-state-categories"><a href="/categories/"><span>6</span>'
            '<span>danh mục</span></a></div>')
    meta = ('<div class="post-meta">Trong <span itemprop="about"><a href="/categories/nghien-cuu/">'
            '<span itemprop="name">Nghiên cứu - Trao đổi</span></a></span></div>')
    for art in both(Page(side=side, stamp='<div class="news-date">11/03/2024 16:45</div>' + meta)):
        assert art["category"] == "Nghiên cứu - Trao đổi"


@pytest.mark.parametrize(("quote", "is_lead"), [
    # a study's abstract set in a blockquote by its theme (Hexo's NexT): the lead
    ("Quan điểm “lấy dân làm gốc” là bài học kinh nghiệm quý báu của Đảng ta. Bài viết phân "
     "tích nội dung của quan điểm và đề xuất một số giải pháp vận dụng vào công tác dân vận ở "
     "cơ sở trên địa bàn thị xã hiện nay.", True),
    # an epigraph: a quotation, its author after it
    ("“Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong; việc gì cũng phải "
     "dựa vào dân, bàn với dân, làm cho dân hiểu và dân tin, thì việc khó mấy cũng thành” "
     "(Hồ Chí Minh)", False),
], ids=["abstract", "epigraph"])
def test_a_blockquote_opening_the_text(quote: str, is_lead: bool) -> None:
    body = f"<blockquote><p>{quote}</p></blockquote><h2>1. Nội dung</h2>" + "".join(
        f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(body=body)):
        assert (art["lead"] == quote) is is_lead
        assert quote in str(art["body"])


def test_a_sentence_opening_with_theo_is_no_source_line() -> None:
    """'Theo kế hoạch, …' ending the text, cut at its date by the stamp reader, read as a
    'Theo <source>' line and dropped (Google Sites' last tile, pages26)."""
    last = ("Theo kế hoạch, Chi bộ thôn Phú Điền sẽ tổ chức đại hội điểm vào ngày 25/3/2025; "
            "các chi bộ còn lại hoàn thành đại hội trước ngày 10/4/2025.")
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>")):
        assert last in str(art["body"]) and art["source"] is None


def test_an_author_box_after_the_text_names_the_unit_under_the_name() -> None:
    box = ('<div class="box author-box"><p><strong>KS. Thạch Thị Sa Ri</strong></p>'
           '<p>Trung tâm Ứng dụng tiến bộ khoa học và công nghệ</p></div>')
    for art in both(Page(tail="", after=box)):
        assert (art["author"], art["author_unit"]) == (
            "KS. Thạch Thị Sa Ri", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ")


# -- pages27's classes ---------------------------------------------------------------------
def test_a_headline_in_a_blog_themes_masthead() -> None:
    """A cover header over the post holding its heading block (Orchard Core's Clean Blog):
    the article's header, not the page's."""
    masthead = (f'<header class="masthead"><div class="container"><div class="post-heading">'
                f'<h1>{TITLE}</h1><h2 class="subheading">Sáng 20/5, hội nghị đánh giá kết quả '
                'công tác xây dựng Đảng.</h2><span class="meta">Đăng lúc 17:05 ngày 22/01/2024'
                '</span></div></div></header>')
    page = Page(head=f"<title>{TITLE} - Văn phòng Tỉnh ủy</title>", above=masthead,
                headline="", stamp="")
    for art in both(page):
        assert art["title"] == TITLE and art["published_at"] == "2024-01-22T17:05:00+07:00"


@pytest.mark.parametrize("card", [
    ('<div class="k-card news-detail"><div class="k-card-header"><h2 class="k-card-title">'
     f'{TITLE}</h2></div>'),
    ('<div class="ui-panel tin-chi-tiet"><div class="ui-panel-titlebar ui-widget-header">'
     f'<span class="ui-panel-title">{TITLE}</span></div>'),
], ids=["kendo-card", "primefaces-panel"])
def test_a_headline_in_a_detail_cards_header_bar(card: str) -> None:
    side = ('<div class="box-links"><h3>Dịch vụ công trực tuyến</h3><a href="https://dvc.'
            'example">Cổng dịch vụ công</a></div>')
    for art in both(Page(headline=card, side=side, stamp='<div class="news-date">11/03/2024 '
                         '16:45</div></div>')):
        assert art["title"] == TITLE


def test_a_language_models_summary_is_neither_lead_nor_text() -> None:
    box = ('<div class="ai-summary"><div class="head">✦ Tóm tắt nhanh <span>AI</span></div>'
           '<ul><li>Hơn 1.200 người đã được giải quyết chế độ khi nghỉ việc.</li></ul><p>Nội '
           'dung tóm tắt do trí tuệ nhân tạo tạo ra.</p></div>')
    for art in both(Page(lead=box + f'<h2 class="sapo">{PARAS[0]}</h2>',
                         body="".join(f"<p>{p}</p>" for p in PARAS[1:]))):
        assert "Tóm tắt nhanh" not in str(art["lead"]) + str(art["body"])
        assert "1.200 người" not in str(art["body"])


def test_a_readers_credit_after_the_writers_is_no_author() -> None:
    tail = ('<p style="text-align:right"><strong>Thực hiện: Minh Triết | Phát thanh viên: '
            'Ngọc Diễm</strong></p>')
    for art in both(Page(tail=tail)):
        assert art["author"] == "Minh Triết"


def test_a_caption_line_under_a_bare_figure_is_its_caption() -> None:
    """Bulma: "figure.image" then "p.has-text-centered.is-size-7.has-text-grey"; a centred
    line of another kind after a bare figure (a signature, a verse) stays what it was."""
    body = (f"<p>{PARAS[0]}</p><figure class=\"image\"><img src=\"/u/a.jpg\" alt=\"\"></figure>"
            "<p class=\"has-text-centered is-size-7 has-text-grey\">Hội đồng tư vấn làm việc "
            f"ngày 10/6</p><p>{PARAS[1]}</p>")
    for art in both(Page(body=body)):
        assert art["captions"] == ["Hội đồng tư vấn làm việc ngày 10/6"]
        assert "Hội đồng tư vấn" not in str(art["body"])
    signed = (f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><figure class=\"image\"><img src=\"/u/a.jpg\" "
              "alt=\"\"></figure><p style=\"text-align:center\"><b>Minh Anh</b></p>")
    for art in both(Page(body=signed, tail="")):
        assert art["author"] == "Minh Anh" and art["captions"] == []


def test_sua_luc_is_an_update_label() -> None:
    stamp = ('<p class="meta">Đăng lúc: 2024-06-12 09:20:00+07:00 · Sửa lúc: 2024-06-13 '
             '15:47:31.204918+07:00 · 418 lượt xem</p>')
    for art in both(Page(stamp=stamp)):
        assert art["updated_at"] == "2024-06-13T15:47:31+07:00"


def test_linh_vuc_labels_the_category() -> None:
    meta = ('<div class="news-meta"><span class="news-field">Lĩnh vực: <a href="/TinTuc/LinhVuc/7">'
            'Cải cách hành chính</a></span></div>')
    for art in both(Page(stamp='<div class="news-date">11/03/2024 16:45</div>' + meta)):
        assert art["category"] == "Cải cách hành chính"


def test_a_unit_after_the_writer_in_a_meta_row() -> None:
    meta = ('<div class="meta"><span class="font-medium">Thu Hằng</span><span>·</span><span>'
            'Văn phòng Tỉnh ủy</span><span>·</span><time datetime="2024-03-11T16:45:00+07:00">'
            '11/03/2024 16:45</time></div>')
    for art in both(Page(stamp=meta, tail="")):
        assert (art["author"], art["author_unit"]) == ("Thu Hằng", "Văn phòng Tỉnh ủy")


_BADGE = ('<div class="news-date-badge"><span class="day">11</span><span class="month">Tháng 03'
          '</span><span class="year">2024</span></div>')


@pytest.mark.parametrize(("meta", "published"), [
    # the clock alone in the headline's meta row, an icon before it
    ('<div class="text-muted small"><i class="bi bi-clock"></i> 16:45 <span class="ms-3">'
     '<i class="bi bi-eye"></i> 264 lượt xem</span></div>', "2024-03-11T16:45:00+07:00"),
    ('<div class="meta"><span>lúc 9h05</span></div>', "2024-03-11T09:05:00+07:00"),
    # a player's clocks (its position, its length) are no time of day
    ('<div class="audio-player"><span>00:00</span> / <span>03:45</span></div>', "2024-03-11"),
    ('<div class="meta"><span class="duration">03:45</span></div>', "2024-03-11"),
    # two clocks alone: which is the stamp's is not known
    ('<div class="meta"><span>16:45</span> <span>17:20</span></div>', "2024-03-11"),
], ids=["icon", "luc", "player", "duration", "two"])
def test_a_date_badge_and_the_clock_alone_in_the_meta_row(meta: str, published: str) -> None:
    """A date badge (day, month, year in elements of their own) before the headline and
    the time printed alone under it: one moment, unless the clock is a player's or a
    length, or there are two."""
    page = Page(stamp=meta, headline=f'{_BADGE}<h2 class="card-title">{TITLE}</h2>')
    for art in both(page):
        assert art["published_at"] == published


_SHARE = ('<a class="share-button" href="https://www.facebook.com/sharer.php?u=x">Chia sẻ lên '
          'Facebook</a><a class="share-button" href="https://twitter.com/intent/tweet?u=x">Gửi '
          'email bài viết này</a>')


@pytest.mark.parametrize(("more", "category"), [
    ("", "Hoạt động khuyến học"),
    # two labels: which one is the section is not known
    (', <a href="https://khuyenhoc.example.vn/search/label/Tin" rel="tag">Tin cơ sở</a>', None),
], ids=["one", "two"])
def test_a_blogs_one_label_is_its_section(more: str, category: str | None) -> None:
    """Blogger's "Nhãn:" link to its label page (``/search/label/…``) after the post, its
    share buttons beside it: the post's section (and a tag) when it is the only one."""
    after = (f'<div class="post-footer"><div class="line-1">{_SHARE}</div><div class="line-2">'
             '<span class="post-labels">Nhãn: <a href="https://khuyenhoc.example.vn/search/label/'
             'Ho%E1%BA%A1t%20%C4%91%E1%BB%99ng" rel="tag">Hoạt động khuyến học</a>'
             f'{more}</span></div></div>')
    for art in both(Page(after=after, stamp='<div class="date-header">11/03/2024</div>')):
        assert art["category"] == category
        assert "Hoạt động khuyến học" in art["tags"]


def test_a_category_label_beside_share_buttons_to_other_hosts() -> None:
    """A "Chuyên mục:" line whose footer holds share buttons (long links to other hosts):
    no list of other articles, the article's own section."""
    tail = (f'<div class="entry-footer"><div class="share">{_SHARE}</div><div class="cat">'
            'Chuyên mục: <a href="/chuyen-muc/dan-van">Công tác dân vận</a></div></div>')
    for art in both(Page(after=tail)):
        assert art["category"] == "Công tác dân vận"


@pytest.mark.parametrize(("above", "category"), [
    # a <nav> named as the kicker: the programme and its section, the nearer kept
    ('<nav class="kicker"><a href="/phat-thanh">Phát thanh</a><span class="dot">•</span>'
     '<a href="/phat-thanh/thoi-su-trong-tinh">Thời sự trong tỉnh</a></nav>', "Thời sự trong tỉnh"),
    # a tag of the section's name (Bulma's span.tag), a badge of the item's kind is none
    ('<span class="tag is-info is-light">Quản lý khoa học</span>', "Quản lý khoa học"),
    ('<span class="badge bg-danger">Mới</span>', None),
    ('<span class="tag is-dark">Video</span>', None),
], ids=["kicker-nav", "tag", "new-badge", "video-tag"])
def test_a_section_named_above_the_headline(above: str, category: str | None) -> None:
    page = Page(headline=f'{above}<h1 class="title is-3">{TITLE}</h1>', side="")
    for art in both(page):
        assert art["category"] == category


def test_a_category_label_after_the_text_under_a_masthead_headline() -> None:
    """A blog theme's masthead holds the headline apart from the text; the "Danh mục:"
    line after the text, in the article beside its previous/next links, names the section."""
    html = (f'<html><head><meta charset="utf-8"><title>Văn phòng Tỉnh ủy</title></head><body>'
            f'<header class="masthead"><div class="row"><div class="post-heading"><h1>{TITLE}</h1>'
            '<span class="meta">Đăng lúc 10:15 ngày 11/03/2024</span></div></div></header>'
            '<div class="container"><article class="content-item"><div class="post-body">'
            + "".join(f"<p>{p}</p>" for p in PARAS) +
            '</div><div class="terms"><span class="label">Danh mục:</span> <a class="badge" '
            'href="/danh-muc/thong-cao">Thông cáo báo chí</a></div><div class="pager">'
            '<a href="/thong-cao/a">← Tập huấn kỹ năng số cho cán bộ, đảng viên cấp cơ sở</a>'
            '<a href="/thong-cao/b">Đối thoại với đoàn viên công đoàn về chính sách →</a></div>'
            f'</article></div>{SIDEBAR}</body></html>')
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).category == "Thông cáo báo chí"


@pytest.mark.parametrize("tail", [
    ('<div class="box author-box"><p><strong>KS. Thạch Thị Sa Ri</strong></p>'
     '<p>Trung tâm Ứng dụng tiến bộ khoa học và công nghệ</p></div>'),
    ('<p><strong>KS. Thạch Thị Sa Ri</strong></p>'
     '<p>Trung tâm Ứng dụng tiến bộ khoa học và công nghệ</p>'),
], ids=["box", "lines"])
def test_a_name_over_its_unit_closing_the_text(tail: str) -> None:
    """A writer's name set apart in bold, the unit on a plain line under it, closing the
    text (in a box of its own or not): author and unit, neither left in the text."""
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == (
            "KS. Thạch Thị Sa Ri", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ")
        assert "Trung tâm" not in art["body"]


def test_a_reportage_signed_under_its_sapo() -> None:
    """"Ghi chép của <name>" on a line of its own between the sapo and the text (no colon,
    no label): the writer."""
    lead = ('<div class="chapo"><strong>Không có trụ sở riêng, không có kinh phí lớn, nhưng chi '
            'bộ nhiều năm liền hoàn thành xuất sắc nhiệm vụ.</strong></div>'
            '<p class="post-signature" style="text-align:right"><em>Ghi chép của Nguyễn Hoàng '
            'Yến</em></p>')
    for art in both(Page(lead=lead, tail="")):
        assert art["author"] == "Nguyễn Hoàng Yến"
        assert "Ghi chép" not in art["body"]


@pytest.mark.parametrize(("name", "author"), [
    ("Nguyễn Thanh Tâm", "Nguyễn Thanh Tâm"),
    ("admin", None),                        # an account in the field: who posted it
], ids=["person", "account"])
def test_microdata_names_the_author(name: str, author: str | None) -> None:
    """An element marked ``itemprop="author"`` beside an avatar in the post's cover
    (Odoo's blog): the writer, unless it is an account."""
    cover = ('<div class="cover"><img class="o_avatar" src="/web/image/4521/avatar_128" '
             'alt="Avatar">'
             f'<div class="small"><span class="flex-grow-1" itemprop="author">{name}</span>'
             '<span class="text-nowrap">11 thg 3, 2024</span></div></div>')
    for art in both(Page(stamp=cover, tail="")):
        assert art["author"] == author


def test_a_wordpress_block_themes_modified_date() -> None:
    """WordPress's block themes print the update in a post-date block of its own
    (``wp-block-post-date__modified-date``): the WordPress profile reads it too."""
    html = ('<html><head><meta charset="utf-8"><meta name="generator" content="WordPress 6.5">'
            '<link rel="stylesheet" href="/wp-content/themes/twentytwentyfour/style.css"></head>'
            f'<body class="single-post"><main><h1 class="wp-block-post-title">{TITLE}</h1>'
            '<div class="wp-block-group"><p>Đăng ngày</p><div class="wp-block-post-date"><time '
            'datetime="2024-03-11T10:12:00+07:00">11/03/2024</time></div><p>·</p><p>Cập nhật</p>'
            '<div class="wp-block-post-date__modified-date wp-block-post-date"><time datetime='
            '"2024-03-12T08:03:00+07:00">12/03/2024</time></div></div>'
            '<div class="entry-content wp-block-post-content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + '</div></main></body></html>')
    art = extract(html, URL, use_profiles=True)
    assert art.profile == "wordpress"
    assert art.updated_at is not None and art.updated_at.startswith("2024-03-12T08:03")


@pytest.mark.parametrize(("headline", "stamp", "published"), [
    # a date in the headline's own words is none of the stamp's
    ('<h1 class="post-title">260 đảng viên xã Hợp Hải sẵn sàng vận hành mô hình mới từ ngày '
     '1/7/2024</h1>', '<div class="post-meta"><span class="time">11:15, 25/02/2024</span>'
     '</div>', "2024-02-25T11:15:00+07:00"),
    # a stamp printed inside the headline element is the stamp
    (f'<h1 class="news-title">{TITLE} <span class="date">(11/03/2024 16:45)</span></h1>', "",
     "2024-03-11T16:45:00+07:00"),
], ids=["date-in-words", "stamp-in-h1"])
def test_a_date_in_the_headline(headline: str, stamp: str, published: str) -> None:
    for art in both(Page(headline=headline, stamp=stamp)):
        assert art["published_at"] == published


# -- pages28's classes ---------------------------------------------------------------------
def test_a_title_cell_with_its_stamp_line_under_a_break() -> None:
    """PHP-Nuke's title cell: the headline, a line break, then "Gửi lúc <weekday>, <day>
    Tháng <month in words> <year> @ <time> ICT bởi <account>" — the headline alone, the
    stamp with its time (after "@")."""
    headline = (f'<table><tr><td class="articletitle"><font class="title"><b>{TITLE}</b></font>'
                '<br><font class="tiny">Gửi lúc Thứ hai, 11 Tháng ba 2024 @ 16:45:12 ICT bởi '
                '<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=hnct">hnct'
                '</a></font></td></tr></table>')
    for art in both(Page(headline=headline, stamp="")):
        assert art["title"] == TITLE
        assert art["published_at"] == "2024-03-11T16:45:12+07:00"


@pytest.mark.parametrize("heading", ["THƯ CHÚC MỪNG", "THÔNG BÁO"])
def test_a_pasted_documents_own_heading_is_not_the_headline(heading: str) -> None:
    """A letter pasted into the text with its own heading, the page's only <h1>, under the
    template's <h2> headline: the headline is the template's."""
    headline = f'<h2 class="news-title"><span id="ctl00_lblTitle">{TITLE}</span></h2>'
    body = (f'<h1 style="text-align:center">{heading}</h1>'
            + "".join(f"<p>{p}</p>" for p in PARAS))
    for art in both(Page(headline=headline, body=body,
                         head="<title>Tin chi tiết</title>")):
        assert art["title"] == TITLE


@pytest.mark.parametrize(("item", "author"), [
    ("Tác giả: Minh Châu", "Minh Châu"),
    ("Người đăng: Quản trị hệ thống", None),     # who posted it: an account
], ids=["writer", "poster"])
def test_a_meta_rows_items_each_in_its_own_element(item: str, author: str | None) -> None:
    """The headline's meta row as elements side by side ("Ngày đăng: …", "Tác giả: …",
    "Lượt xem: …"): the writer's item read, the poster's not."""
    stamp = (f'<div class="event-meta small"><span class="date">Ngày đăng: 11/03/2024 - 16:45'
             f'</span> <span class="ml-3">{item}</span> <span class="ml-3">Lượt xem: 215</span>'
             '</div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == author


def test_portraits_labels_closing_the_text_are_captions() -> None:
    """An appointments item closing with portraits, each labelled in bold "Name - Post"
    under it: captions, none of them the writer (the meta row names her)."""
    portraits = "".join(
        f'<p style="text-align:center"><img src="/uploads/chan-dung-{i}.jpg" width="225"></p>'
        f'<p style="text-align:center"><strong>{label}</strong></p>'
        for i, label in enumerate(["Nguyễn Thế Vinh - Bí thư Đảng ủy xã Tam Nông",
                                   "Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy"]))
    stamp = ('<ul class="news-meta"><li>Tác giả: Hồng Nhung</li><li>11/03/2024 | 16:45</li>'
             '</ul>')
    for art in both(Page(stamp=stamp, body="".join(f"<p>{p}</p>" for p in PARAS) + portraits,
                         tail="")):
        assert art["author"] == "Hồng Nhung" and art["author_unit"] is None
        assert art["captions"][-2:] == ["Nguyễn Thế Vinh - Bí thư Đảng ủy xã Tam Nông",
                                        "Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy"]


@pytest.mark.parametrize(("lead", "cut"), [
    (PARAS[0][:120].rstrip() + "...", True),      # the CMS's cut of the first paragraph
    (PARAS[0][:120].rstrip() + " …", True),
    ("Sáng 11/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng với nhiều nội dung "
     "quan trọng...", False),                    # a sapo of its own, ending in an ellipsis
], ids=["dots", "ellipsis", "own"])
def test_a_sapo_cut_from_the_first_paragraph(lead: str, cut: bool) -> None:
    """A portal's description made by cutting the text's first paragraph, printed as the
    sapo: no lead, and the paragraph once in the text."""
    for art in both(Page(lead=f'<p class="sapo"><b>{lead}</b></p>')):
        assert (art["lead"] is None) == cut
        assert art["body"].count(PARAS[0][:60]) == 1


# -- pages29's classes ---------------------------------------------------------------------
def test_a_sidebar_entry_linking_nowhere_is_not_the_headline() -> None:
    """Liferay 6.2: the headline in the taglib header (named like chrome), a sidebar's
    asset entry whose link the template left as "#" matching the profile's selector too."""
    html = ('<html><head><meta charset="utf-8"><title>Hoạt động của lãnh đạo tỉnh</title>'
            '<link href="/html/portlet/asset_publisher/css/main.css" rel="stylesheet"></head><body>'
            '<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-body">'
            '<div class="taglib-header"><span class="header-back-to"><a href="/x">Quay lại</a>'
            f'</span><h3 class="header-title"><span>{TITLE}</span></h3></div>'
            '<div class="asset-full-content"><div class="journal-content-article">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + '</div><div class="asset-metadata">'
            '<span class="metadata-entry metadata-publish-date">11/03/2024 16:45</span></div>'
            '</div></div></div><div class="portlet-column span4"><div class="portlet-body">'
            '<div class="asset-abstract"><h3 class="asset-title"><a href="#">Sơ kết công tác '
            'dân vận 9 tháng đầu năm</a></h3><div class="asset-metadata">10/03/2024</div>'
            '</div></div></div></body></html>')
    art = extract(html, URL, use_profiles=True)
    assert (art.profile, art.title) == ("liferay", TITLE)


@pytest.mark.parametrize("name", ["Biên tập viên 02", "BTV 01", "CTV 3"])
def test_a_numbered_role_is_an_account(name: str) -> None:
    """Liferay's metadata line names the user who published the item, an account named for
    a role and numbered: no author (the profile reads that field)."""
    html = ('<html><head><meta charset="utf-8"><title>x</title><link href="/html/portlet/'
            'asset_publisher/css/main.css" rel="stylesheet"></head><body><div class="portlet-'
            'boundary portlet-boundary_101_"><div class="taglib-header"><h3 class="header-title">'
            f'<span>{TITLE}</span></h3></div><div class="asset-full-content"><div class="journal-'
            'content-article">' + "".join(f"<p>{p}</p>" for p in PARAS) + '</div><div class='
            '"asset-metadata"><span class="metadata-entry metadata-publish-date">11/03/2024 16:45'
            f'</span> <span class="metadata-entry metadata-author">{name}</span></div></div>'
            '</div></body></html>')
    art = extract(html, URL, use_profiles=True)
    assert (art.profile, art.author) == ("liferay", None)


def test_a_sidebar_teasers_writer_is_not_the_author() -> None:
    side = ('<ul class="dvk-box"><li class="dvk-box-item"><a href="/news/ra-mat-to-cong-nghe-so-'
            '8970.html">Ra mắt tổ công nghệ số cộng đồng ở thôn Hưng Đạo</a><div class="meta">'
            '<span class="date">05/11/2024</span> <span class="author">Cầm Thị Ngân</span>'
            '</div></li></ul>')
    tail = '<p style="text-align:right"><b>Tác giả: Lò Thị Hương</b></p>'
    for art in both(Page(side=side, tail=tail)):
        assert art["author"] == "Lò Thị Hương"


def test_two_photographers_are_listed_as_writers_are() -> None:
    tail = '<p style="text-align:right"><strong>Ảnh: Lê Thu Hà - Phan Văn Tín</strong></p>'
    for art in both(Page(tail=tail)):
        assert art["photographer"] == "Lê Thu Hà, Phan Văn Tín"


@pytest.mark.parametrize(("style", "updated"), [
    (".cm-post-date .updated:not(.published){display:none}", None),
    ("", "2024-03-12T08:02:00+07:00"),
], ids=["hidden", "shown"])
def test_an_update_time_the_pages_style_hides(style: str, updated: str | None) -> None:
    """A WordPress theme's "<time class=published>… <time class=updated>" pair, the second
    hidden by the page's own style: no update a reader sees."""
    stamp = ('<div class="cm-post-date"><time class="entry-date published" datetime="2024-03-11T'
             '09:10:00+07:00">11/03/2024</time><time class="updated" datetime="2024-03-12T08:02'
             ':00+07:00">12/03/2024</time></div>')
    for art in both(Page(head=f"<title>x</title><style>{style}</style>", stamp=stamp)):
        assert art["updated_at"] == updated


def test_the_headlines_own_portlets_title_is_its_section() -> None:
    """A Liferay theme's portlet header ("Xây dựng Đảng") over the portlet holding the
    headline, no trail: the section."""
    headline = ('<section class="portlet"><div class="portlet-content"><div class="portlet-header">'
                '<h2 class="portlet-title-text">Xây dựng Đảng</h2></div><div class="portlet-'
                f'content-container"><div class="news-detail"><h1 class="title-news">{TITLE}</h1>'
                '</div></div></div></section>')
    for art in both(Page(headline=headline)):
        assert art["category"] == "Xây dựng Đảng"


def test_a_layout_table_pasted_inside_the_text() -> None:
    """A document pasted from Word: a one-row table, a picture and its caption in one cell,
    paragraphs in the other, then the text goes on below it. The article is the whole
    text, the caption a caption — not the table's text cell alone."""
    cell = "".join(f"<p class='MsoNormal'>{p}</p>" for p in PARAS[:2])
    body = ('<table class="MsoTableGrid"><tr><td width="246"><p align="center"><img src="/img/'
            'pho-chu-tich.jpg" width="230"></p><p class="MsoCaption" align="center"><i>Phó Chủ '
            f'tịch UBND tỉnh phát biểu chỉ đạo hội nghị</i></p></td><td width="378">{cell}</td>'
            '</tr></table>' + "".join(f"<p class='MsoNormal'>{p}</p>" for p in PARAS[2:]))
    for art in both(Page(body=body)):
        assert all(p[:40] in art["body"] for p in PARAS)
        assert art["captions"] == ["Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị"]


# -- pages30's classes ---------------------------------------------------------------------
def test_a_picture_in_a_block_of_its_own_and_its_caption_in_the_next() -> None:
    """A page builder's blocks (Concrete CMS): a picture alone in an image block, its
    caption a centred italic line opening the next block — a caption, not text."""
    body = ("".join(f'<div class="ccm-block-content"><p>{p}</p></div>' for p in PARAS[:2])
            + '<div class="ccm-block-image"><picture><img src="/files/trao-qua.jpg" width="900">'
            '</picture></div><div class="ccm-block-content"><p style="text-align:center"><em>Đại '
            'diện Hội trao quà cho người dân phường Hải Dương</em></p></div>'
            + "".join(f'<div class="ccm-block-content"><p>{p}</p></div>' for p in PARAS[2:]))
    for art in both(Page(body=body)):
        assert art["captions"] == ["Đại diện Hội trao quà cho người dân phường Hải Dương"]
        assert "trao quà cho người dân" not in art["body"]


def test_a_themes_category_links_over_the_sidebars_index_of_categories() -> None:
    """Kadence's "span.category-links" over the headline names the post's section; a
    sidebar's list of every category ("widget_categories") names none."""
    above = ('<div class="entry-taxonomies"><span class="category-links term-links"><a href="/'
             'chuyen-muc/hoc-tap-va-lam-theo-bac/" rel="tag">Học tập và làm theo Bác</a></span>'
             '</div>')
    side = ('<aside><section class="widget widget_categories"><h2 class="widget-title">Chuyên mục'
            '</h2><ul>' + "".join(f'<li><a href="#">{c}</a></li>' for c in (
                "Tin hoạt động", "Học tập và làm theo Bác", "Xây dựng Đảng", "Văn bản"))
            + '</ul></section></aside>')
    for art in both(Page(above=above, side=side)):
        assert art["category"] == "Học tập và làm theo Bác"
    for art in both(Page(side=side)):
        assert art["category"] != "Văn bản"


def test_a_series_badge_beside_the_section_in_a_kicker() -> None:
    above = ('<div class="article-kicker"><a href="/chinh-tri" class="kicker">Chính trị</a> '
             '<a href="/chuyen-de/chinh-quyen-hai-cap" class="series-badge">Loạt bài: Chính '
             'quyền hai cấp sau nửa năm vận hành</a></div>')
    for art in both(Page(above=above, side="")):
        assert art["category"] == "Chính trị"


def test_a_players_title_bar_is_not_the_headline() -> None:
    """A video page: the player's title bar repeats the headline (an element named for a
    title) above the page's <h1>: the <h1> is the headline, its text the article's."""
    head = f'<title>x</title><meta property="og:title" content="{TITLE}">'
    above = (f'<div class="player"><div class="player-meta"><span class="player-title">{TITLE}'
             '</span><span class="duration">03:42</span><p>Phát sóng: 19h30 ngày 10/3/2024 - '
             'Chương trình Thời sự</p></div></div>')
    for art in both(Page(head=head, above=above)):
        assert all(p[:40] in art["body"] for p in PARAS)
        assert "Phát sóng" not in art["body"]


@pytest.mark.parametrize(("menu", "category"), [
    ("", None),                                                  # the item's format
    ('<a href="/emagazine">E-magazine</a>', "E-MAGAZINE"),     # the site's section
], ids=["format", "section"])
def test_a_format_named_over_the_headline(menu: str, category: str | None) -> None:
    above = '<p class="kicker">E-MAGAZINE</p>'
    for art in both(Page(above=above, top=f'<div class="topbar">{menu}</div>')):
        assert art["category"] == category


# -- pages30's known miss: a text split around a box set into it ----------------------------
_BOXES = {
    "read-more": ('<aside class="inline-related" aria-label="Đọc thêm"><span>Đọc thêm</span>'
                  '<a href="/tin/bai-1-412731.html"><span class="inline-related__title">Bài 1: '
                  'Trung tâm mới, nếp làm việc mới</span><span class="inline-related__sapo">'
                  'Nửa năm sau ngày chính quyền hai cấp đi vào hoạt động, các trung tâm đã trở '
                  'thành địa chỉ quen thuộc.</span></a>'
                  '</aside>'),
    "ad-slot": '<div class="ad-slot" data-slot="inarticle-1"><span>Quảng cáo</span></div>',
    "links": ('<div class="box-links"><b>Tin liên quan</b><a href="/tin/5">Hội nghị Ban Chấp '
              'hành Đảng bộ tỉnh lần thứ 8 bàn nhiệm vụ năm 2026</a><a href="/tin/6">Kỳ họp '
              'HĐND tỉnh dự kiến khai mạc ngày 12/12</a></div>'),
}
_HALF = ("Đại diện Sở Nội vụ cho biết, trong quý I/2026, Sở sẽ tham mưu UBND tỉnh điều "
         "chỉnh biên chế giữa các xã theo khối lượng công việc thực tế.")


def _split_page(boxes: list[str], subheads: bool, klass: str, tail: str = "") -> str:
    blocks = []
    for i in range(len(boxes) + 1):
        sub = f"<h2 class=\"subhead\">Phần {i + 1} của bài</h2>" if subheads and i else ""
        paras = "".join(f"<p>{p}</p>" for p in PARAS)
        blocks.append(f'<div class="{klass}" data-block="{i + 1}">{sub}{paras}'
                      f'<p>{_HALF} Đoạn {i + 1}.</p></div>')
    text = "".join(b + (boxes[i] if i < len(boxes) else "") for i, b in enumerate(blocks))
    return (f'<html><head><meta charset="utf-8"><title>Báo</title></head><body>'
            f'<div class="topbar">Thứ Năm, 05/12/2024</div><main><article class="article">'
            f'<header><h1 class="article-title">{TITLE}</h1><div class="meta">11/03/2024 16:45'
            f'</div></header>{text}{tail}<div class="article-tags"><a href="/tag/a">#cải cách'
            f'</a></div></article></main>{SIDEBAR}</body></html>')


@given(boxes=st.lists(st.sampled_from(sorted(_BOXES)), min_size=1, max_size=3),
       subheads=st.booleans(),
       klass=st.sampled_from(["article-content svelte-1q7x2mb", "content-detail",
                              "entry-content clearfix"]))
@settings(max_examples=25)
def test_a_text_split_around_boxes_is_one_text(boxes: list[str], subheads: bool,
                                               klass: str) -> None:
    """A newsroom prints the text in containers of one kind with a "Đọc thêm" box, an ad
    slot or a list of links between them: every container's text is the body, in order,
    and none of the boxes."""
    html = _split_page([_BOXES[b] for b in boxes], subheads, klass)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        body = str(art["body"])
        ends = [body.find(f"Đoạn {i + 1}.") for i in range(len(boxes) + 1)]
        assert -1 not in ends and ends == sorted(ends)
        assert "Quảng cáo" not in body and "Hội nghị Ban Chấp hành" not in body
        assert "Nửa năm sau" not in body and "#cải cách" not in body
        if "read-more" in boxes:   # the card's title, not its title and sapo run together
            titles = {r["title"] for r in art["related"]}
            assert "Bài 1: Trung tâm mới, nếp làm việc mới" in titles
            assert not any("Nửa năm sau" in t for t in titles)


def test_what_ends_a_split_text() -> None:
    """A preloaded next article in a container of the text's kind, under its own headline,
    is no part of the text."""
    tail = ('<div class="content-detail"><h1>Hội nghị sơ kết công tác Mặt trận năm 2024</h1>'
            f"<p>{TEASER}</p></div>")
    html = _split_page([_BOXES["ad-slot"]], False, "content-detail", tail=tail)
    for up in (True, False):
        body = str(extract(html, URL, use_profiles=up).to_json()["body"])
        assert "Đoạn 1." in body and "Đoạn 2." in body
        assert "Ban Thường vụ Tỉnh ủy" not in body


@pytest.mark.parametrize(("after", "joined"), [
    ('<div class="ad">Quảng cáo</div><div class="c x1"><p>Hai.</p></div>', ["Hai."]),
    ('<aside><a href="/a">Đọc thêm: một bài khác</a></aside><figure><img src="/a.jpg">'
     '<figcaption>Ảnh</figcaption></figure><div class="c"><p>Hai.</p></div>',
     ["Ảnh", "Hai."]),                                     # a loose figure between: text
    ('<div class="c"><p>Hai.</p></div><p>Lạc.</p>', ["Hai."]),   # loose after the last: no
    ('<div class="bio"><p>' + "Tiểu sử tác giả dài. " * 12 + '</p></div>'
     '<div class="c"><p>Hai.</p></div>', []),              # a text of another kind: the end
    ('<div class="c"><h2><a href="/b">Bài khác của chuyên mục</a></h2><p>Hai.</p></div>',
     []),                                                  # a teaser's linked title
    ('<div class="c"><a href="/1">Một liên kết dài của trang</a></div>'
     '<div class="c"><p>Hai.</p></div>', ["Hai."]),        # links of the kind: a box
], ids=["ad", "figure", "loose-after", "bio", "teaser", "links"])
def test_text_continuations(after: str, joined: list[str]) -> None:
    tree = LexborHTMLParser(f'<html><body><main><h1>{TITLE}</h1><div class="c">'
                            f"<p>{PARAS[0]}</p></div>{after}</main></body></html>")
    body, headline = tree.css_first("div.c"), tree.css_first("h1")
    assert body is not None
    found = auto.text_continuations(body, headline)
    assert [node.text(deep=True).strip() for node in found] == joined


def test_a_line_of_hashtags_closing_the_text_is_its_tags() -> None:
    tail = ('<p><a href="/tag/dai-hoi-dang">#ĐạiHộiĐảng</a> <a href="/tag/bu-gia-map">'
            '#BùGiaMập</a> <a href="/tag/nhiem-ky">#NhiệmKỳ2025_2030</a></p>')
    for art in both(Page(tail=tail)):
        assert "#" not in str(art["body"]) and str(art["body"]).endswith("đã đề ra.")
        assert art["tags"] == ["ĐạiHộiĐảng", "BùGiaMập", "NhiệmKỳ2025_2030"]
    # a paragraph of the text that opens with a hashtag stays
    line = "#Chuyển đổi số là phong trào của cả xã trong năm 2025, theo lời Bí thư."
    for art in both(Page(tail=f"<p>{line}</p>")):
        assert str(art["body"]).endswith(line)


# -- pages31's classes ---------------------------------------------------------------------
def test_a_list_items_writer_whose_headline_links_nowhere_is_no_byline() -> None:
    """A sidebar's "Tin mới nhất" items, each a headline (its link a placeholder "#") and
    its writer in "span.author": theirs, not the article's, which prints no byline."""
    side = ('<div class="portal-right"><h3>Tin mới nhất</h3><ul>' + "".join(
        f'<li><a href="#">Hội thi báo cáo viên giỏi cấp tỉnh năm 2026 lần thứ {i}</a><div '
        f'class="meta"><span class="author">{name}</span> <span class="date">24-02-2026 | '
        '12:16</span></div></li>' for i, name in enumerate(("Bảo Trân", "Hữu Nghĩa")))
        + "</ul></div>")
    for art in both(Page(tail="", side=side)):
        assert art["author"] is None


def test_a_screen_readers_label_in_the_headline_is_not_its_words() -> None:
    """Drupal's page title block, apart from the node's body (the Drupal profile reads it
    by its selector)."""
    above = (f'<div class="block-page-title-block"><h1 class="page-title"><span class="visually'
             f'-hidden">Bạn đang đọc: </span><span class="field--name-title">{TITLE}</span></h1>'
             '</div>')
    head = '<title>Cổng</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
    body = '<div class="field--name-body">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    for art in both(Page(head=head, above=above, headline="", body=body)):
        assert art["title"] == TITLE


def test_a_print_editions_note_closes_no_text() -> None:
    """"(Bài đăng trên Báo Nhân Dân in số ra ngày 01/9/2025)" after a reprint's byline and
    source: not text, and the byline above it is read."""
    tail = ('<p style="text-align:right"><strong>HOÀNG MINH - NGỌC TÚ</strong></p><p style="'
            'text-align:right"><em>Theo nhandan.vn</em></p><p><em>(Bài đăng trên Báo Nhân Dân '
            'in số ra ngày 01/9/2025)</em></p>')
    for art in both(Page(tail=tail)):
        assert str(art["body"]).endswith("đã đề ra.")
        assert art["author"] == "HOÀNG MINH, NGỌC TÚ"


@pytest.mark.parametrize(("above", "category"), [
    # an element named for the section, chrome by its "header"
    ('<div class="cat-header"><span class="cat-name" style="text-transform:uppercase">Học tập '
     'và làm theo Bác</span></div>', "Học tập và làm theo Bác"),
    # a row of chips: the section's link, and the item's kind beside it
    ('<div class="article-chips"><a href="/chuyen-muc/guong-mat-tre" class="chip chip-category">'
     'Gương mặt trẻ</a> <span class="chip chip-type">Phỏng vấn</span></div>', "Gương mặt trẻ"),
    # a badge inside the box above the headline
    ('<div class="app-news-tags"><span class="badge badge-primary">Xây dựng Đảng</span></div>',
     "Xây dựng Đảng"),
], ids=["named-header", "chips", "badge-inside"])
def test_the_section_named_right_above_the_headline(above: str, category: str) -> None:
    page = Page(headline=above + f'<h1 class="news-title">{TITLE}</h1>', side="",
                top='<div class="topbar">Thứ Năm, 05/12/2024</div><a href="/chuyen-muc/'
                    'guong-mat-tre">Gương mặt trẻ</a>')
    for art in both(page):
        assert art["category"] == category


def test_a_meta_lines_writer_and_section() -> None:
    """Joomla's "Được viết bởi <a>X</a> trong <a>Y</a> vào <time>": Y is the section."""
    stamp = ('<p class="uk-article-meta">Được viết bởi <a href="/tin-tuc?created_by=42">Super '
             'User</a> trong <a href="/tin-tuc/kinh-te-tap-the">Kinh tế tập thể</a> vào <time '
             'datetime="2025-09-03T02:15:00+00:00">03 Tháng 9 2025</time>.</p>')
    for art in both(Page(stamp=stamp, side="")):
        assert art["category"] == "Kinh tế tập thể"
        assert art["author"] != "Super User"


def test_a_countdown_to_an_event_is_no_stamp() -> None:
    top = ('<div class="ct-bar"><div>Còn <b>11</b> ngày đến Đại hội đại biểu Đảng bộ tỉnh lần '
           'thứ XV, nhiệm kỳ 2025 - 2030 (khai mạc ngày 05/9/2025)</div></div>')
    stamp = '<div class="meta"><span class="date">Cập nhật: 24/08/2025 10:25</span></div>'
    for art in both(Page(top=top, above="", stamp=stamp)):
        assert art["published_at"] == "2025-08-24T10:25:00+07:00"


@pytest.mark.parametrize(("name", "author"), [
    ("Trần Văn Khánh", "Trần Văn Khánh"),      # the writer's name on the portal
    ("dangbophuongsaigon", None),              # a login name
    ("admin", None),
], ids=["person", "handle", "admin"])
def test_a_portals_link_to_its_writers_page(name: str, author: str | None) -> None:
    stamp = (f'<div class="widget-metadata"><a class="text-truncate username" href="/web/~/88210">'
             f'{name}</a><div class="text-secondary">13/01/2026 - 9 phút đọc</div></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == author


def test_a_writers_unit_in_an_element_named_unit() -> None:
    tail = ('</div><div class="app-news-author"><p>Tác giả: <span class="author">Trần Thanh '
            'Phong</span></p><p>Đơn vị: <span class="unit">Ban Tổ chức Đảng ủy UBND tỉnh</span>'
            '</p>')
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Trần Thanh Phong",
                                                      "Ban Tổ chức Đảng ủy UBND tỉnh")


def test_a_list_items_display_form() -> None:
    """SharePoint's display form of a list item: labelled rows ("Chuyên mục" | …,
    "Ngày xuất bản" | …), the text opening with the day of the meeting it reports, and
    "Được tạo lúc …" / "Sửa đổi lần cuối lúc …" under the form."""
    def row(label: str, value: str) -> str:
        return (f'<tr><td class="ms-formlabel"><span class="ms-h3">{label}</span></td>'
                f'<td class="ms-formbody">{value}</td></tr>')
    opening = ("Ngày 19/01/2026, Ủy ban Kiểm tra Tỉnh ủy tổ chức Kỳ họp thứ 14 để xem xét, xử "
               "lý kỷ luật tổ chức đảng và đảng viên vi phạm; đồng chí Chủ nhiệm Ủy ban Kiểm "
               "tra Tỉnh ủy chủ trì kỳ họp.")
    form = ('<table class="ms-formtable">' + row("Tiêu đề", TITLE)
            + row("Chuyên mục", "Hoạt động kiểm tra, giám sát")
            + row("Nội dung", f'<div class="ms-rtestate-field"><p>{opening}</p>'
                  + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>")
            + row("Tác giả", "Hữu Tài") + row("Ngày xuất bản", "20/01/2026 3:30 CH")
            + '</table><table><tr><td><span id="ctl00_createdModifiedInfo">Được tạo lúc '
            '19/01/2026 4:12 CH bởi <a href="#">Phạm Thị Thu</a></span><br><span>Sửa đổi lần '
            'cuối lúc 21/01/2026 8:10 SA bởi <a href="#">Lê Văn Hùng</a></span></td></tr>'
            '</table>')
    html = (f'<html><head><meta charset="utf-8"><title>Tin bài</title></head><body><div class='
            f'"ms-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Lists/TinBai">Tin bài</a>'
            f' &gt; <span>Xem mục</span></div><div id="WebPartWPQ2">{form}</div>{SIDEBAR}'
            '</body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["published_at"] == "2026-01-20T15:30:00+07:00"
        assert art["updated_at"] == "2026-01-21T08:10:00+07:00"
        assert art["category"] == "Hoạt động kiểm tra, giám sát"
        assert str(art["body"]).startswith("Ngày 19/01/2026, Ủy ban")


@pytest.mark.parametrize(("href", "category"), [
    ("modules.php?name=News&new_topic=5", "Phong trào thi đua"),   # PHP-Nuke's topic: section
    ("/chu-de/phong-trao-thi-dua", None),                          # a topic page elsewhere: no
], ids=["phpnuke-topic", "other-topic"])
def test_php_nukes_topic_line_names_the_section(href: str, category: str | None) -> None:
    after = (f'<div class="articlefoot"><font class="tiny">Chủ đề: <a href="{href}">Phong trào '
             'thi đua</a> | Lượt đọc: 214</font></div>')
    for art in both(Page(after=after, side="")):
        assert art["category"] == category


def test_a_definition_lists_section_term() -> None:
    stamp = ('<dl class="article-info"><dt>Chuyên mục</dt><dd>Quy hoạch - Kế hoạch</dd><dt>Ngày '
             'đăng</dt><dd>25/04/2024 16:10</dd><dt>Người viết</dt><dd>Phan Văn Lực</dd></dl>')
    for art in both(Page(stamp=stamp, side="")):
        assert art["category"] == "Quy hoạch - Kế hoạch"


@pytest.mark.parametrize(("style", "label", "category"), [
    ("text-transform:uppercase;letter-spacing:1px;font-size:12px", "Chuyên đề", "Chuyên đề"),
    ("font-size:12px;color:#c0392b", "Chuyên đề", None),   # a plain line: no kicker
    ("letter-spacing:2px", "TIN HOẠT ĐỘNG", "TIN HOẠT ĐỘNG"),   # typed in capitals
    ("letter-spacing:2px", "THÔNG BÁO", None),              # a document's kind
    ("letter-spacing:2px", "VIDEO", None),                  # the item's format
], ids=["capitals", "plain", "typed", "document", "format"])
def test_a_line_in_capitals_over_the_headline(style: str, label: str,
                                              category: str | None) -> None:
    headline = f'<p style="{style}">{label}</p><h1 style="font-size:26px">{TITLE}</h1>'
    for art in both(Page(headline=headline, side="")):
        assert art["category"] == category


@pytest.mark.parametrize(("href", "category"), [
    ("/category/hoat-dong-hoi/", "Hoạt động Hội"),    # the post's category
    ("/tag/hoat-dong-hoi/", None),                    # a tag: no section
], ids=["category", "tag"])
def test_a_page_builders_post_info_terms(href: str, category: str | None) -> None:
    """Elementor: the heading, the post-info widget beside it (its terms list)."""
    headline = (f'<div class="elementor-widget-heading"><div class="elementor-widget-container">'
                f'<h2 class="elementor-heading-title">{TITLE}</h2></div></div><div class="'
                'elementor-widget-post-info"><div class="elementor-widget-container"><ul><li>'
                '<span class="elementor-post-info__terms-list"><a href="https://x.vn' + href
                + '" class="elementor-post-info__terms-list-item">Hoạt động Hội</a></span></li>'
                '</ul></div></div>')
    for art in both(Page(headline=headline, side="")):
        assert art["category"] == category


def test_a_related_cards_title_is_its_heading() -> None:
    """A card's link holding its category label, its headline and its sapo: the headline
    (a heading before an element merely named for a title)."""
    after = ('<div class="tin-lien-quan"><h3>Tin liên quan</h3><a href="/tin-tuc/hoi-nghi-bch-5'
             '-461.html"><span class="cat-title">Xây dựng Đảng</span><h3>Hội nghị Ban Chấp hành '
             'Đảng bộ tỉnh lần thứ 5 khóa XV</h3><p>Sáng 19/1, Ban Chấp hành Đảng bộ tỉnh tổ chức '
             'Hội nghị lần thứ 5 khóa XV để thảo luận các nội dung quan trọng.</p></a></div>')
    for art in both(Page(after=after)):
        assert [r["title"] for r in art["related"]] == [
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 khóa XV"]


# -- pages32's classes ---------------------------------------------------------------------
def test_a_joomla_info_list_over_the_text() -> None:
    """Joomla 2.5's "dl.article-info" at the top of the text: the publication stamp is
    "Ngày xuất bản", not the creation beside it; the list is no text; the "< Trước" /
    "Tiếp theo >" links after it (rel prev/next) neither."""
    body = ('<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class='
            '"create">Ngày tạo: Thứ tư, 17 Tháng 11 2024 21:05</dd><dd class="modified">Lần cập '
            'nhật cuối: Thứ sáu, 19 Tháng 11 2024 07:30</dd><dd class="published">Ngày xuất '
            'bản: Thứ năm, 18 Tháng 11 2024 09:12</dd><dd class="createdby">Viết bởi '
            'Administrator</dd><dd class="hits">Lượt truy cập: 315</dd></dl>'
            + "".join(f"<p>{p}</p>" for p in PARAS))
    tail = ('<p style="text-align:right"><b>Minh Anh</b></p><ul class="pagenav"><li><a href='
            '"/tin/1" rel="prev">&lt; Trước</a></li><li><a href="/tin/3" rel="next">Tiếp theo '
            '&gt;</a></li></ul>')
    for art in both(Page(stamp="", body=body, tail=tail)):
        assert art["published_at"] == "2024-11-18T09:12:00+07:00"
        assert art["updated_at"] == "2024-11-19T07:30:00+07:00"
        assert str(art["body"]).startswith(PARAS[0][:30])
        assert str(art["body"]).endswith("đã đề ra.") and art["author"] == "Minh Anh"


@pytest.mark.parametrize(("tail", "author", "unit", "source"), [
    # a name over its source line, each in an element of its own
    ('<div class="tacgia" style="text-align:right"><span id="lblTacGia">Hương Giang</span><br>'
     '<span id="lblNguon">Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy</span></div>',
     "Hương Giang", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    # a signature wholly in brackets
    ('<p style="text-align:right"><b>(Lê Quốc Bảo, Hội Nông dân xã Đức Trọng)</b></p>',
     "Lê Quốc Bảo", "Hội Nông dân xã Đức Trọng", None),
], ids=["name-over-source", "bracketed"])
def test_signatures_of_pages32(tail: str, author: str, unit: str | None,
                               source: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"], art["source"]) == (author, unit, source)
        assert str(art["body"]).endswith("đã đề ra.")


def test_a_first_paragraph_set_larger_is_the_sapo() -> None:
    """Tailwind: a meta row marked "not-prose" under the headline, then a first paragraph
    set "text-xl" over the rest."""
    lead = ("Sáng 1/3, tại Quảng trường Nguyễn Văn Linh, Ban Thường vụ Tỉnh đoàn tổ chức Lễ ra "
            "quân Tháng Thanh niên năm 2026.")
    headline = (f'<h1 class="text-3xl font-bold">{TITLE}</h1><div class="not-prose flex gap-4">'
                '<span>Đăng: 2024-11-01 20:10</span><span>Sửa lần cuối: 2024-11-02 08:30</span>'
                '<span>4 phút đọc</span></div>')
    body = (f'<p class="text-xl text-gray-700 font-medium">{lead}</p>'
            + "".join(f"<p>{p}</p>" for p in PARAS))
    for art in both(Page(headline=headline, stamp="", body=body)):
        assert art["lead"] == lead
        assert str(art["body"]).startswith("Sáng 1/3")
        assert art["updated_at"] == "2024-11-02T08:30:00+07:00"


def test_a_sub_headline_inside_the_headline() -> None:
    sub = "Lễ kết nạp được tổ chức tại Nhà tưởng niệm Chủ tịch Hồ Chí Minh ở Khu di tích K9"
    headline = (f'<h1 class="article-title">{TITLE}<small class="article-subtitle">{sub}'
                '</small></h1>')
    for art in both(Page(headline=headline)):
        assert art["title"] == TITLE
        assert sub not in str(art["body"])


@pytest.mark.parametrize(("headline", "category"), [
    # a class holding "categories" in one word, over the headline's block
    (f'<div class="titlecategories"><h6>Kiểm tra, giám sát</h6></div><div class="txtdetail">'
     f'<h5>{TITLE}</h5></div>', "Kiểm tra, giám sát"),
    # a post block's header holding the headline and its meta line "· Chuyên mục: <a>"
    (f'<div class="bbs_post"><div class="bbs_header"><h1 class="bbs_title">{TITLE}</h1><div '
     'class="bbs_meta">Đăng ngày 27/10/2025 lúc 09:20 bởi <a href="/Author/7">ldld.daklak</a> · '
     'Chuyên mục: <a href="/tin-tuc/Term/14/hoat-dong-cong-doan">Hoạt động công đoàn</a></div>'
     '</div></div>', "Hoạt động công đoàn"),
], ids=["titlecategories", "post-header-label"])
def test_sections_of_pages32(headline: str, category: str) -> None:
    for art in both(Page(headline=headline, side="")):
        assert art["category"] == category


def test_a_price_box_beside_the_text_dates_nothing() -> None:
    side = ('<div class="box-nongsan"><b>Giá nông sản</b><br>Cà phê nhân: 112.500 đ/kg<br><i>Cập '
            'nhật 16/3/2026</i></div>')
    page = Page(above=side + '<div class="tieude_chuyenmuc">Phong trào nông dân</div>',
                stamp='<div class="news-date">Thứ 2, 16/3/2026 - 08:30</div>')
    for art in both(page):
        assert art["updated_at"] is None


# -- pages33's classes ---------------------------------------------------------------------
def test_a_layout_wrapper_named_for_its_sidebar_holds_the_article() -> None:
    """Soledad: the main column "penci-main-sticky-sidebar", the container "right-sidebar",
    the wrapper "header-style-header-6" — layout names, not chrome, around the article."""
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="wrapper-'
            'boxed header-style-header-6"><div class="container container-single penci_sidebar '
            'right-sidebar"><div class="penci-main-sticky-sidebar main"><article class="post">'
            f'<h1 class="entry-title">{TITLE}</h1><div class="post-box-meta-single"><span class='
            '"author vcard">bởi <a href="/author/a/">Quàng Thị Huyền</a> và <a href="/author/b/">'
            'Lò Văn Sơn</a></span> <time datetime="2024-03-01T16:12:09+07:00">01/03/2024 16:12'
            '</time></div><div class="entry-content">' + "".join(f"<p>{p}</p>" for p in PARAS)
            + f'</div></article></div><div id="sidebar" class="penci-sidebar-right">{SIDEBAR}'
            "</div></div></div></body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert str(art["body"]).startswith(PARAS[0][:30])
        assert art["author"] == "Quàng Thị Huyền, Lò Văn Sơn"


@pytest.mark.parametrize("levels", [
    ["Tin hoạt động", "2024", "Tháng Ba"],              # a date archive's year and month
    ["Tin hoạt động", "Thứ Tư, 11/02/2024", "14:50"],   # the stamp printed in the trail
], ids=["year-month", "stamp"])
def test_dates_in_a_trail_are_no_sections(levels: list[str]) -> None:
    crumb = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>' + "".join(
        f'<li><a href="/l{i}">{level}</a></li>' for i, level in enumerate(levels)) + "</ul>")
    for art in both(Page(above=crumb, side="")):
        assert art["category"] == "Tin hoạt động"


def test_an_articles_info_card_beside_its_text() -> None:
    card = ('<aside class="vt-news-detail__card"><div class="card-header">Thông tin bài viết</div>'
            '<dl class="vt-info"><dt>Ngày đăng</dt><dd>05/02/2024 10:40</dd><dt>Tác giả</dt><dd>'
            'Lê Hoàng Phúc</dd><dt>Đơn vị</dt><dd>Văn phòng Đảng ủy UBND tỉnh</dd><dt>Chuyên '
            'mục</dt><dd><a href="/vi/hoat-dong-dang-bo">Hoạt động Đảng bộ</a></dd></dl></aside>')
    for art in both(Page(stamp=card, tail="", side="")):
        assert art["published_at"] == "2024-02-05T10:40:00+07:00"
        assert (art["author"], art["author_unit"]) == ("Lê Hoàng Phúc",
                                                      "Văn phòng Đảng ủy UBND tỉnh")
        assert art["category"] == "Hoạt động Đảng bộ"


def test_a_news_modules_category_in_the_headlines_meta_row() -> None:
    headline = (f'<div class="header"><h1 itemprop="headline">{TITLE}</h1></div><div class='
                '"footer"><p><span class="news-list-date"><time datetime="2024-03-11">11.03.2024'
                '</time></span><span class="news-list-category">Hoạt động Đảng bộ</span></p>'
                '</div>')
    for art in both(Page(headline=headline, stamp="", side="")):
        assert art["category"] == "Hoạt động Đảng bộ"


def test_a_property_cards_lbl_and_val_after_the_text() -> None:
    """VHV's info card beside the text: "span.lbl" "Tác giả:" and its "span.val"."""
    after = ('<div class="col-md-4 detail-aside"><div class="news-info-card"><div class="card-row">'
             '<span class="lbl">Tác giả:</span> <span class="val">Hồ Thị Kim Oanh</span></div>'
             '</div></div>')
    for art in both(Page(tail="", after=after, side="")):
        assert art["author"] == "Hồ Thị Kim Oanh"


def test_a_layout_wrapper_named_for_its_sidebar_holding_one_article_under_a_title_bar() -> None:
    """The7: the page's only ``<h1>`` is a title bar's cut headline above the layout; the
    layout's wrapper is named for its sidebar ("sidebar-right") and holds one ``<article>``
    whose ``<h2>`` is the whole headline, then its text: the text is read, not dropped."""
    cut = " ".join(TITLE.split()[:6]) + "…"
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="page-title"><h1 class="h3-size">{cut}</h1></div>
<div id="main" class="sidebar-right sidebar-divider-off"><div class="wf-wrap"><div id="content">
<article class="post type-post"><h2 class="entry-title">{TITLE}</h2>
<div class="entry-meta"><time class="entry-date" datetime="2024-03-11T16:45:00+07:00">
11 Tháng Ba, 2024</time></div><div class="entry-content">
{"".join(f"<p>{p}</p>" for p in PARAS * 2)}</div></article></div>
<aside id="sidebar">{SIDEBAR}</aside></div></div></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["title"] == TITLE
        assert art["body"].startswith(PARAS[0]) and "Tin mới" not in art["body"]


def test_a_column_of_cards_in_a_sidebar_stays_chrome() -> None:
    """The same wrapper rule does not take a sidebar of several ``<article>`` cards (each a
    heading and a teaser) for the article's layout."""
    cards = "".join(f'<article class="card"><h2><a href="/tin/{i}">{TITLE} số {i}</a></h2>'
                    f"<p>{PARAS[i % 3][:120]}</p></article>" for i in range(4))
    for art in both(Page(side=f'<div class="sidebar-right">{cards}</div>')):
        assert "số 1" not in art["body"] and art["body"].startswith(PARAS[0])


@pytest.mark.parametrize("name", ["relatedItems", "itemRelated", "relatedPosts"])
def test_a_camel_case_related_box_in_the_text_is_not_text(name: str) -> None:
    """Plone's "relatedItems", K2's "itemRelated": camelCase names of boxes around the
    article are chrome as their hyphenated forms are (a block's own camelCase "itemHeader"
    or "TopToolbar" is not, see the replica's date in its "TopToolbar")."""
    box = (f'<div class="{name}"><h2 class="headline">Nội dung liên quan</h2><ul><li><a href='
           '"/tin/9">Hội nghị báo cáo viên định kỳ của Ban Tuyên giáo</a> <span class="date">'
           "3 tháng 4 năm 2024 00:42</span></li></ul></div>")
    for art in both(Page(tail=f'<p style="text-align:right"><b>Minh Anh</b></p>{box}')):
        assert "Nội dung liên quan" not in art["body"] and "báo cáo viên" not in art["body"]
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_toolbar_named_in_camel_case_keeps_its_stamp() -> None:
    stamp = '<div class="TopToolbar"><span class="date">11-03-2024 16:45</span> <a>In bài</a></div>'
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_byline_row_of_stamps_after_the_text_and_its_signature() -> None:
    """Plone's documentByline after the text ("Đăng bởi <account> — Đăng ngày … — Sửa đổi lần
    cuối …") and a box of related items with their days after it: the row's stamps are the
    publication and the update (not a related item's day), the row is not text, and the
    signature over it is the writer."""
    tail = ('<p style="text-align:right"><em>ThS. Lê Thị Thanh Hương - Khoa Xây dựng Đảng</em>'
            '</p><div class="documentByline"><span class="documentAuthor">Đăng bởi <a href='
            '"/author/qtv">qtv</a></span> — <span class="documentPublished"><span>Đăng ngày'
            '</span> 16 tháng 4 năm 2024 08:30</span> — <span class="documentModified"><span>'
            'Sửa đổi lần cuối</span> 17 tháng 4 năm 2024 10:05</span></div><div class='
            '"relatedItems"><h2>Nội dung liên quan</h2><ul><li><a href="/tin/9">Hội nghị báo '
            'cáo viên định kỳ</a> <span class="date">25 tháng 3 năm 2024 02:53</span></li>'
            '</ul></div>')
    for art in both(Page(stamp="", tail=tail, side="")):
        assert art["published_at"] == "2024-04-16T08:30:00+07:00"
        assert art["updated_at"] == "2024-04-17T10:05:00+07:00"
        assert (art["author"], art["author_unit"]) == ("ThS. Lê Thị Thanh Hương",
                                                      "Khoa Xây dựng Đảng")
        assert "Đăng ngày" not in art["body"] and "Sửa đổi" not in art["body"]


@pytest.mark.parametrize("quote", [
    '<blockquote class="eb-quote"><p>{s}</p></blockquote>',          # EasyBlog's quotes block
    '<div class="quote-box" style="float:right"><p>“{s}”</p></div>',  # a floated box, quoted
], ids=["blockquote", "quoted-box"])
def test_a_pull_quote_repeating_a_sentence_of_the_text_is_there_once(quote: str) -> None:
    sentence = ("Phương châm “tuổi cao, gương sáng” được các cụ thực hiện bằng những việc "
                "làm cụ thể ở cộng đồng.")
    body = (f"<p>{PARAS[0]} {sentence}</p>" + quote.format(s=sentence)
            + "".join(f"<p>{p}</p>" for p in PARAS[1:]))
    for art in both(Page(body=body)):
        assert art["body"].count(sentence.rstrip(".")) == 1 and PARAS[1] in art["body"]


def test_a_phrase_a_sentence_repeats_is_no_pull_quote() -> None:
    """A table's cell ("Trong doanh nghiệp ngoài khu vực nhà nước") that a later sentence
    names in a list of its own is kept: a pull quote repeats a sentence, not a phrase."""
    cell = "Trong doanh nghiệp ngoài khu vực nhà nước"
    body = (f"<p>{PARAS[0]}</p><table><tr><td>{cell}</td><td>184</td></tr></table>"
            f"<p>Các cấp ủy chú trọng phát triển đảng viên ở những ấp chưa có chi bộ, "
            f"{cell.lower()}, trong đồng bào dân tộc.</p>")
    for art in both(Page(body=body)):
        assert cell in art["body"]


def test_writers_after_by_in_one_element_of_their_own() -> None:
    """Payload/Next.js's "p.post__authors": "Bởi <span>A</span>, <span>B</span>" — the
    writers, without the word before them (a poster's "bởi admin" stays no writer)."""
    stamp = ('<div class="post__meta"><p class="post__authors">Bởi <span>Nguyễn Hải Đăng</span>, '
             '<span>Trần Mai Phương</span></p><span class="post__dot">·</span><time datetime='
             '"2024-03-11T09:45:00+07:00">11 '
             'tháng 3, 2024</time></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Nguyễn Hải Đăng, Trần Mai Phương"


def test_a_stamp_at_the_end_of_the_trails_row_over_the_headline() -> None:
    """A mobile page's trail row "Thời sự › Chính trị  🕘 11:20 - 19/05/2024" over the
    headline: the stamp is the publication (not the next item's teaser after the text) and
    no level of the trail."""
    crumb = ('<div class="m-breadcrumb"><a href="/thoi-su.html">Thời sự</a> <span>›</span> '
             '<a href="/chinh-tri.html">Chính trị</a><span class="m-time"><i class="icon-clock">'
             '</i> 11:20 - 19/05/2024</span></div>')
    after = ('<div class="m-next"><p>Bài tiếp theo</p><a href="/chinh-tri/phat-dong-thi-dua.html">'
             '<h3>Phát động đợt thi đua cao điểm trong công nhân, viên chức</h3></a><span class='
             '"m-next-time">08:45 - 19/05/2024</span></div>')
    for art in both(Page(above=crumb, stamp="", after=after, side="")):
        assert art["published_at"] == "2024-05-19T11:20:00+07:00"
        assert art["category"] == "Chính trị"


def test_a_players_length_is_no_caption() -> None:
    body = (f"<p>{PARAS[0]}</p><figure class=\"video-figure\"><div class=\"player-wrap\"><video "
            'controls poster="/p.jpg"><source src="/v.mp4"></video><div class="player-info">'
            "Thời lượng: 03:42</div></div><figcaption>Clip: Cử tri xã Na Ngoi bỏ phiếu</figcaption>"
            f"</figure><p>{PARAS[1]}</p>")
    for art in both(Page(body=body)):
        assert art["captions"] == ["Clip: Cử tri xã Na Ngoi bỏ phiếu"]


def test_a_trail_named_in_camel_case_without_separators_names_the_section() -> None:
    """WebSphere's "ol.wpthemeCrumbTrail" (its separators drawn by CSS): the last level."""
    crumb = ('<div class="wpthemeCrumbTrail"><ol class="wpthemeCrumbTrail"><li><a href="/">Trang '
             'chủ</a></li><li><a href="/tintuc">Tin tức</a></li><li><a href="/tintuc/lanh-dao">'
             "Tin hoạt động của lãnh đạo tỉnh</a></li></ol></div>")
    for art in both(Page(above=crumb)):
        assert art["category"] == "Tin hoạt động của lãnh đạo tỉnh"


def test_a_messengers_post_card_in_the_text_is_not_text() -> None:
    """An embedded Zalo OA post ("zalo-oa-embed": the channel, its follow link, the post's
    title, day and excerpt): another channel's post, not the article's text or lead."""
    card = ('<div class="zalo-oa-embed card"><div class="card-header">Zalo OA “Phường Cửa Nam” · '
            '<a href="https://zalo.me/cuanam">Quan tâm</a></div><div class="card-body"><p><b>'
            "Phường Cửa Nam thông báo lịch tiếp công dân tháng 12/2024</b></p><p>17/12/2024</p>"
            "<p>Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ Năm hằng tuần.</p></div>"
            "</div>")
    body = f"<p>{PARAS[0]}</p>{card}<p>{PARAS[1]}</p>"
    for art in both(Page(body=body)):
        assert "Zalo" not in art["body"] and "tiếp công dân" not in art["body"]


def test_a_poster_field_naming_a_person_gives_way_to_the_signature() -> None:
    """"Người đăng: Nông Thị Thu Trang" in the stamp row is who entered the item, whatever
    name it prints; the text is signed "Tin, ảnh: Bế Văn Dũng": the writer and photographer."""
    stamp = ('<div class="thongtin"><span>Ngày đăng: 15/01/2024 10:20</span> | <span>Người đăng: '
             'Nông Thị Thu Trang</span> | <span>Lượt xem: 312</span></div>')
    tail = '<p style="text-align:right"><strong>Tin, ảnh: Bế Văn Dũng</strong></p>'
    for art in both(Page(stamp=stamp, tail=tail)):
        assert (art["author"], art["photographer"]) == ("Bế Văn Dũng", "Bế Văn Dũng")


def test_an_author_cards_bio_is_no_byline() -> None:
    """EasyBlog's author card after the text: the account's name and its bio sentence
    ("Tài khoản đăng tin của …") name no writer; the signature in the text does."""
    after = ('<div class="eb-entry-author"><div class="eb-entry-author-details"><h2><a href='
             '"/blogger/vanphong">Văn phòng Hội</a></h2><div class="eb-entry-author-bio">Tài '
             "khoản đăng tin của Văn phòng Hội Người cao tuổi tỉnh.</div></div></div>")
    tail = '<p style="text-align:right"><em>Lê Văn Hòa (Hội Người cao tuổi xã Vĩnh Linh)</em></p>'
    for art in both(Page(tail=tail, after=after, side="")):
        assert (art["author"], art["author_unit"]) == ("Lê Văn Hòa",
                                                      "Hội Người cao tuổi xã Vĩnh Linh")


def test_an_info_block_after_the_text_with_a_stamp_and_counter_row() -> None:
    """NukeViet's block after the text: "Tác giả:", "Nguồn tin:" and a row "Ngày đăng: … |
    Lượt xem: 367" (no byline part of it): the writer is read."""
    after = ('<div class="info-after"><p class="text-right"><strong>Tác giả: </strong>Trần Văn '
             'Lực</p><p class="text-right"><strong>Nguồn tin: </strong>Văn phòng Đảng ủy xã</p>'
             '<p class="ngaydang text-right">Ngày đăng: 11/03/2024 16:40 | Lượt xem: 367</p></div>')
    html = Page(tail="", side="").html().replace("</div></div>", f"</div>{after}</div>", 1)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["author"] == "Trần Văn Lực"


def test_a_schedule_box_s_days_are_no_stamp_and_a_property_table_s_are() -> None:
    """A "Lịch làm việc" box in the left column (a day and its hour, "Thứ Sáu 12/11/2024" |
    "07h00"): an event's time, not the stamp; the page's properties table after the text
    ("Ngày đăng" | "11/11/2024 15:20") and the wiki's footer ("Sửa đổi lần cuối lúc … SA"):
    the publication and the update."""
    schedule = ('<div class="lich-lv"><h3>Lịch làm việc</h3><table><tr><td class="ngay">Thứ Sáu'
                '<br>12/11/2024</td><td class="gio">07h00</td><td>Tiếp công dân định kỳ</td>'
                "</tr></table></div>")
    after = ('<div class="props"><table class="ms-formtable"><tr><td class="ms-formlabel">Ngày '
             'đăng</td><td class="ms-formbody">11/11/2024 15:20</td></tr><tr><td>Người viết'
             '</td><td>Nguyễn Thu Hằng</td></tr></table></div><div class="ms-wikipagefooter">'
             'Sửa đổi lần cuối lúc 12/11/2024 8:05 SA bởi <a href="/u?ID=37">DUKCQ\\vp</a></div>')
    long_text = "".join(f"<p>{p}</p>" for p in PARAS * 15)   # (the table far below)
    html = Page(above=schedule, stamp="", tail="", side="", body=long_text).html().replace(
        '<div class="news-content">', '<div><div class="news-content">', 1).replace(
        "</div></div>", f"</div>{after}</div></div>", 1)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["published_at"] == "2024-11-11T15:20:00+07:00"
        assert art["updated_at"] == "2024-11-12T08:05:00+07:00"


def test_a_schedule_in_another_column_leaves_the_stamp_under_the_headline() -> None:
    """The schedule rule reads a box's own heading over the day: a column holding a
    "Lịch làm việc" box beside the article leaves the article's stamp its own."""
    side = ('<div class="col-right"><h3>Lịch làm việc của Thường trực</h3><ul><li>Thứ Sáu '
            "12/12/2024 07h00: tiếp công dân</li></ul></div>")
    for art in both(Page(side=side)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


@pytest.mark.parametrize("wrapper", ["hasSidebar", "has-sidebar", "leftSide", "left-side",
                                     "mainContent withSidebar", "ArticleShareWrap"])
def test_a_layout_named_for_what_it_holds_beside_the_article_keeps_it(wrapper: str) -> None:
    """A wrapper holding the page's headline and its text is the layout, whatever it names
    beside them ("hasSidebar", "left-side"): not chrome (the review's repro: no text, no
    date)."""
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<header><nav><a href="/">Trang chủ</a></nav></header><div class="{wrapper}"><div class="newsDetail">
<h1 class="title">{TITLE}</h1><div class="date">11/03/2024 16:45</div><div class="content">
{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div><div class="right"><h3>Tin mới</h3><ul><li>
<a href="/a">Tin khác</a></li></ul></div></div><footer>Bản quyền</footer></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["body"].startswith(PARAS[0]) and art["published_at"] == \
            "2024-03-11T16:45:00+07:00"


def test_one_short_card_in_a_sidebar_named_layout_is_no_article() -> None:
    """One ``<article>`` card (its ``<h2>`` and a teaser under the 600 characters of a text)
    in a block named for a sidebar stays chrome: the teaser is not read into the text."""
    card = (f'<div class="sidebar-right"><article class="card"><h2><a href="/tin/9">{TITLE} '
            f'lần thứ hai</a></h2><p>{PARAS[2][:200]}</p></article></div>')
    for art in both(Page(side=card)):
        assert "lần thứ hai" not in art["body"] and art["body"].count(PARAS[2][:60]) == 1


def test_an_update_stamp_alone_closing_the_text_dates_the_article() -> None:
    """"Cập nhật: 10/06/2020 08:30" the only stamp, after the signature: the publication."""
    tail = ('<p style="text-align:right"><b>Minh Anh</b></p><div class="time">Cập nhật: '
            "10/06/2020 08:30</div>")
    for art in both(Page(stamp="", tail=tail, top="")):
        assert art["published_at"] == "2020-06-10T08:30:00+07:00"
        assert "10/06/2020" not in art["body"]


def test_a_refrain_printed_twice_stays_twice() -> None:
    """A song's chorus (a paragraph printed twice) is no pull quote: both stay."""
    chorus = "Đảng đã cho ta một mùa xuân đầu tiên, rạng ngời non sông đất nước ta."
    body = f"<p>{PARAS[0]}</p><p>{chorus}</p><p>{PARAS[1]}</p><p>{chorus}</p>"
    for art in both(Page(body=body)):
        assert art["body"].count(chorus) == 2


def test_an_embedded_picture_with_a_fanpage_credit_stays() -> None:
    """A figure named "image-embed" crediting a Facebook page is the article's picture, not a
    post card: its caption is kept (only a platform's post card is dropped)."""
    figure = ('<figure class="image-embed"><img src="/a.jpg" alt=""><figcaption>Đồng chí Bí thư '
              'phát biểu tại hội nghị (Ảnh: <a href="https://facebook.com/tinhuy">Fanpage Tỉnh ủy'
              "</a>)</figcaption></figure>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{figure}<p>{PARAS[1]}</p>")):
        assert any("Bí thư phát biểu" in c for c in art["captions"])


def test_a_featured_teasers_sapo_over_the_headline_is_not_the_lead() -> None:
    """NukeViet's "Tin nổi bật" box over the item (another item's linked headline, stamp,
    writer and sapo, "news-hot-sapo"): its sapo is no lead of the page; a brief in the
    headline's own block still is (a series' linked title beside it notwithstanding)."""
    hot = ('<div class="news-hot"><span>Tin nổi bật</span><h3 class="news-hot-title"><a href='
           '"/tin-tuc/so-ket-mo-hinh-chi-bo-bon-tot-o-khu-dan-cu-83766.html">Sơ kết mô hình Chi '
           'bộ bốn tốt ở khu dân cư năm 2024</a></h3><p class="news-hot-sapo">Sau một năm triển '
           "khai, 96 chi bộ khu dân cư đăng ký mô hình Chi bộ bốn tốt; chất lượng sinh hoạt chi "
           "bộ được nâng lên rõ rệt.</p></div>")
    for up in (False,):   # (the heuristics' case: no profile names the lead)
        art = extract(Page(above=hot).html(), URL, use_profiles=up).to_json()
        assert art["lead"] is None or "96 chi bộ" not in art["lead"]
        assert "96 chi bộ" not in art["body"]
    series = ('<h3 class="series-title"><a href="/chuyen-de/giu-gin-ban-sac-van-hoa.html">Giữ '
              "gìn bản sắc văn hóa các dân tộc ở Than Uyên</a></h3>")
    brief = f'<div class="brief">{PARAS[0]}</div>'
    page = Page(headline=f'{series}<h1 class="news-title">{TITLE}</h1>', lead=brief,
                body="".join(f"<p>{p}</p>" for p in PARAS[1:]))
    for art in both(page):
        assert art["lead"] == PARAS[0]


@pytest.mark.parametrize("side", ["col-md-4 sidebar", "col-md-4 rightSide"])
def test_a_sidebars_own_h1_box_stays_chrome(side: str) -> None:
    """A real sidebar holding a "Giới thiệu" box with an ``<h1>`` of its own and an intro (the
    page's headline an ``<h2>`` in the column beside it): chrome still, its words no title
    or text of the page (the second review's repro)."""
    intro = ("Đảng bộ tỉnh được thành lập năm 1930, trải qua các thời kỳ cách mạng, luôn phát huy "
             "truyền thống đoàn kết, sáng tạo, lãnh đạo Nhân dân giành nhiều thắng lợi. ") * 3
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="row"><div class="col-md-8"><h2 class="title">{TITLE}</h2><div class="date">
11/03/2024 16:45</div><div class="content">{"".join(f"<p>{p}</p>" for p in PARAS)}
<p style="text-align:right"><b>Minh Anh</b></p></div></div><div class="{side}"><div class="box">
<h1>Giới thiệu chung về Đảng bộ tỉnh</h1><p>{intro}</p></div><h3>Tin mới</h3><ul><li><a
href="/tin/2">Tin khác một về hội nghị</a></li></ul></div></div></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["title"] == TITLE and "Giới thiệu" not in art["body"]
        assert art["author"] == "Minh Anh"


def test_an_article_that_is_a_weeks_schedule_keeps_its_own_stamp() -> None:
    """"Lịch làm việc của Thường trực Tỉnh ủy tuần 50" as the article itself: its stamp is
    its own, not the schedule's first day."""
    headline = ('<h2 class="title">Lịch làm việc của Thường trực Tỉnh ủy tuần 50 (từ 09/12 đến '
                "15/12/2024)</h2>")
    body = ("<table><tr><td>Thứ Hai 09/12/2024</td><td>Sáng: làm việc với Ban Tuyên giáo</td>"
            "</tr><tr><td>Thứ Ba 10/12/2024</td><td>Chiều: họp Ban Thường vụ</td></tr></table>")
    page = Page(top='<div class="topbar">Thứ Năm, 19/12/2024</div>', headline=headline,
                stamp='<div class="date">06/12/2024 10:00</div>', body=body, tail="")
    for art in both(page):
        assert art["published_at"] == "2024-12-06T10:00:00+07:00"


def test_a_lone_update_closing_the_text_beside_metadatas_publication() -> None:
    """Metadata names the publication; a long text closes with "Cập nhật: …" alone (no
    stamp by the headline): that line is the update, not the publication."""
    head = ('<title>x</title><meta property="article:published_time" '
            'content="2024-03-11T16:45:00+07:00">')
    tail = ('<p style="text-align:right"><b>Minh Anh</b></p><div class="time">Cập nhật: '
            "15/05/2024 08:30</div>")
    long_text = "".join(f"<p>{p}</p>" for p in PARAS * 15)
    for art in both(Page(head=head, stamp="", tail=tail, top="", body=long_text)):
        assert (art["published_at"], art["updated_at"]) == ("2024-03-11T16:45:00+07:00",
                                                            "2024-05-15T08:30:00+07:00")


def test_the_stamp_over_a_long_box_of_readers_comments_in_the_body() -> None:
    comments = "".join(f"<li><b>Bạn đọc {i}</b> <span>11/03/2024 20:{i % 60:02d}</span><p>Ý kiến "
                       f"số {i} rất thiết thực.</p><a>Trả lời</a></li>" for i in range(80))
    tail = ('<p style="text-align:right"><b>Minh Anh</b></p><div class="time">Đăng ngày: '
            f'11/03/2024 16:45</div><div class="comments"><h3>Ý kiến bạn đọc</h3><ul>{comments}'
            "</ul></div>")
    for art in both(Page(stamp="", tail=tail, top="")):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_related_list_whose_addresses_the_cms_left_out_is_not_text() -> None:
    """"Tin liên quan" over a list of headlines linking "#" (the CMS left the addresses
    out) inside the text: a related box, not text; a tab's short "#" links stay no items."""
    box = ('<div class="relateditems-inline"><h4>Tin liên quan</h4><ul><li><a href="#">Phường '
           "Long Châu ra mắt Quỹ Vì người nghèo năm 2024</a></li><li><a href=\"#\">Mặt trận các "
           "cấp chung tay xóa nhà tạm, nhà dột nát</a></li></ul></div>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p>")):
        assert "Long Châu" not in art["body"] and PARAS[1] in art["body"]


def test_engage_publishs_article_description_is_the_lead() -> None:
    lead = f'<div class="Publish_ArticleDescription"><i>{PARAS[0]}</i></div>'
    for art in both(Page(lead=lead, body="".join(f"<p>{p}</p>" for p in PARAS[1:]))):
        assert art["lead"] == PARAS[0]


def test_a_blogs_date_header_and_the_posts_footer_time() -> None:
    """A SharePoint blog: the day in a header over the post, "Đăng lúc 2:20 CH bởi …" in
    its footer after the text: one moment; the trail's "Bài đăng" (the list of posts) no
    section, the footer's "Thể loại:" one."""
    crumb = ('<div class="crumb"><a href="/">Trang chủ</a> › <a href="/blog">Blog</a> › '
             '<a href="/blog/Lists/Posts">Bài đăng</a></div>')
    footer = ('<div class="ms-PostFooter"><span>Đăng lúc 2:20 CH bởi </span><a href="/u">'
              'Quản trị hệ thống</a><span> | Thể loại: <a href="/c?id=3">Hoạt động chuyên '
              "môn</a></span></div>")
    html = Page(above=crumb, stamp='<h2 class="ms-PostDate">Thứ Hai, 11 Tháng Ba 2024</h2>',
                side="").html().replace("</div></div>", f"</div>{footer}</div>", 1)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["published_at"] == "2024-03-11T14:20:00+07:00"
        assert art["category"] == "Hoạt động chuyên môn"


def test_a_comments_posting_time_lends_the_article_no_time() -> None:
    """A date-only stamp takes a time only from the post's own footer, the first element
    after its text: a reader's comment "Đăng lúc 21:40 bởi …" in a box after it does not."""
    comments = ('<div class="binh-luan"><div class="cmt">Đăng lúc 21:40 bởi Trần Thị Bình: '
                "Đồng tình</div></div>")
    html = Page(stamp='<div class="news-date">11/03/2024</div>', side="").html().replace(
        "</div></div>", f"</div>{comments}</div>", 1)
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).to_json()["published_at"] == "2024-03-11"


@pytest.mark.parametrize(("name", "account"), [
    ("Quản trị Đảng ủy phường", True), ("Quản trị mạng", False),
    ("Quản trị kinh doanh Nguyễn Văn A", False)])
def test_an_administrators_display_name_is_an_account(name: str, account: bool) -> None:
    from archiver.extract.credits import is_account
    assert is_account(name) is account


def test_a_profiles_stamp_and_lead_in_a_column_of_other_items_are_not_the_articles() -> None:
    """Liferay 6.1: a Web Content Display in the left column (its own headline, stamp and
    sapo, none the profile names) beside an asset publisher's abstracts in the right column
    (the profile's ".metadata-publish-date", ".asset-summary"): the article's own are read;
    a ratings widget closing the text ("taglib-ratings") is no line of it."""
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta name="generator" content="Liferay Portal"></head><body><table class="portlet-layout"><tr>
<td class="aui-w70 portlet-column" id="column-1"><div class="journal-content-article">
<h3 class="tieu-de">{TITLE}</h3><div class="ngay-dang">11/03/2024 | 16:45</div><div class="sapo">
<b>{PARAS[0]}</b></div>{"".join(f"<p>{p}</p>" for p in PARAS[1:])}<p style="text-align:right">
<b>Thanh Bình - Văn phòng Hội Nông dân tỉnh</b></p><div class="taglib-ratings"><span>Đánh giá
của bạn:</span> ☆☆☆☆☆</div></div></td><td class="aui-w30 portlet-column" id="column-2">
<div class="asset-abstract"><h3 class="asset-title"><a href="#">Hoàn thành sáp nhập thôn, tổ dân
phố trên địa bàn xã</a></h3><div class="asset-metadata"><span class="metadata-entry
metadata-publish-date">01/03/2024</span></div><div class="asset-summary">Sau sáp nhập, xã còn 28
thôn, tổ dân phố; các chi bộ được kiện toàn kịp thời.</div></div><div class="asset-abstract"><h3
class="asset-title"><a href="#">Đoàn công tác tỉnh bạn trao đổi kinh nghiệm chính quyền số</a>
</h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">28/02/2024
</span></div><div class="asset-summary">Đoàn công tác trao đổi kinh nghiệm xây dựng chính quyền
số cấp xã.</div></div></td></tr></table></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["published_at"] == "2024-03-11T16:45:00+07:00" and art["lead"] == PARAS[0]
        assert art["author"] == "Thanh Bình" and "Đánh giá" not in art["body"]


# -- pages36 -----------------------------------------------------------------------------------
def test_an_en_us_date_field_alone_settled_by_the_page() -> None:
    """A date field printed by an en-US culture with no time ("5/6/2026"): day first unless
    the page says otherwise — its own today (the header clock) before one reading, the
    opening's "Sáng 6/5", a declared en-US culture, its other dates printed month first."""
    body = "".join(f"<p>{p}</p>" for p in ("Sáng 6/5, Đảng ủy các cơ quan Đảng tỉnh tổ chức "
                                          "hội nghị sơ kết 5 năm.", *PARAS[1:]))
    shown = Page(top='<div class="topbar">Thứ Năm, 07/05/2026</div>', side="",
                 stamp='<div class="date-line">5/6/2026</div>', body=body)
    for art in both(shown):
        assert art["published_at"] == "2026-05-06"
    # nothing on the page says month first: as Vietnamese pages print it
    for art in both(Page(top="", side="", stamp='<div class="date-line">5/6/2026</div>')):
        assert art["published_at"] == "2026-06-05"
    listed = ('<div class="tin-khac"><h3>Tin khác</h3><ul><li><a href="/t/1">Hội nghị Ban '
              'Chấp hành Đảng bộ tỉnh lần thứ 8</a> (4/28/2026)</li><li><a href="/t/2">Kỳ họp '
              'thứ 23 Hội đồng nhân dân tỉnh</a> (4/17/2026)</li></ul></div>')
    for art in both(Page(top="", side=listed, stamp='<div class="date-line">5/6/2026</div>')):
        assert art["published_at"] == "2026-05-06"


def test_settling_a_date_alone_defaults_to_day_first() -> None:
    stamp = parse_date("5/6/2026")
    assert stamp is not None and stamp.month_first is not None

    def settled(**evidence: Any) -> str | None:
        assert stamp is not None
        got = settle_month_order(stamp, "", False, None, **evidence)
        return got.iso() if got is not None else None

    assert settled() == "2026-06-05"
    assert settled(today="2026-05-07") == settled(page_order=3) == "2026-05-06"
    clocked = parse_date("5/6/2026 4:45 PM")
    assert clocked is not None and settle_month_order(clocked, "", False, None) is None


def test_a_byline_class_written_as_two_words_and_an_approvers_credit() -> None:
    """SharePoint's "by-line" field; "Tin: A | Duyệt tin: B" — the approver no writer."""
    for art in both(Page(tail="", stamp='<div class="news-date">11/03/2024 16:45</div><div '
                                        'class="by-line">Phạm Thu Trang - Văn phòng Đảng ủy'
                                        "</div>")):
        assert (art["author"], art["author_unit"]) == ("Phạm Thu Trang", "Văn phòng Đảng ủy")
    tail = '<div class="tacgia"><strong>Tin: Huỳnh Bé Ba</strong> | Duyệt tin: Nguyễn Văn Tám</div>'
    for art in both(Page(tail=tail)):
        assert art["author"] == "Huỳnh Bé Ba"


@pytest.mark.parametrize(("line", "author", "photographer", "source"), [
    ("Tin: Huỳnh Bé Ba | Duyệt tin: Nguyễn Văn Tám", "Huỳnh Bé Ba", None, None),
    ("Tác giả: Lê An | Biên tập viên: Hà Vy", "Lê An", None, None),
    ("Tác giả: Lê An | Ảnh: Bình Minh", "Lê An", "Bình Minh", None),
    ("Tác giả: Lê An | Nguồn tin: Sở Nội vụ", "Lê An", None, "Sở Nội vụ"),
])
def test_another_field_after_the_writer_in_a_row(line: str, author: str,
                                                  photographer: str | None,
                                                  source: str | None) -> None:
    from archiver.byline import parse_byline
    got = parse_byline(line)
    assert got is not None
    assert (got.author, got.photographer, got.source) == (author, photographer, source)


def test_an_abstract_under_another_items_headline_dates_nothing() -> None:
    """Liferay 5.2: the article's only stamp "(Cập nhật ngày …)" (its publication), an asset
    publisher's abstracts below it in the same column, each under its linked headline with
    its stamp and summary: neither their stamp, nor their summary (the profile's
    ".asset-summary"), nor their text is the article's; a stamp line is no caption."""
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta name="generator" content="Liferay Portal"></head><body><div class="portlet-body">
<div class="journal-content-article"><table class="khung-tin"><tr><td>
<span class="title-news">{TITLE}</span><div class="ngay-cap-nhat">(Cập nhật ngày 09/01/2026 08:30)
</div><div class="tomtat"><b>
{PARAS[0]}</b></div><div class="noidung">{"".join(f"<p>{p}</p>" for p in PARAS[1:])}<div
style="text-align:center"><img src="/anh/1.jpg"></div><div class="chu-thich-anh">Cán bộ dân vận
trò chuyện với người dân</div><p style="text-align:right"><b>Tin, ảnh: Vàng Thị Mỷ</b></p></div>
</td></tr></table></div><div class="portlet-boundary"><div class="portlet-topper"><span
class="portlet-title">Các tin khác</span></div><div class="portlet-body">
<div class="asset-abstract">
<h3 class="asset-title"><a href="/web/guest/-/asset_publisher/Zk4m/content/so-ket-mo-hinh">Sơ kết
mô hình “Chi bộ bốn tốt” ở khu dân cư</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">06/01/2026 06:44
</span></div><div class="asset-summary">Sau một năm triển
khai, 96 chi bộ khu dân cư đăng ký mô hình “Chi bộ bốn tốt”; chất lượng sinh hoạt được nâng lên.
</div></div></div></div></div></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["published_at"] == "2026-01-09T08:30:00+07:00" and art["lead"] == PARAS[0]
        assert "96 chi bộ" not in art["body"] and "(Cập nhật" not in " ".join(art["captions"])


def test_a_labelled_field_of_several_writers() -> None:
    """Drupal's "Tác giả" field of two values, each its own element: both writers."""
    field = ('<div class="field field--name-field-tac-gia field--label-inline"><div '
             'class="field__label">Tác giả</div><div class="field__items"><div class="field__'
             'item">Lê Minh Ngọc</div><div class="field__item">Nguyễn Hải Yến</div></div></div>')
    for art in both(Page(tail=field)):
        assert art["author"] == "Lê Minh Ngọc, Nguyễn Hải Yến"


@pytest.mark.parametrize(("name", "organisation"), [
    ("HTX Chè Hoàng Bình", True), ("UBND xã Tân Lập", True), ("ĐOÀN THU TRANG", False),
    ("CTV Thu Hà", False), ("TP Hà", False),
    ("Đoàn Thu Trang", False), ("Nguyễn Thị Thu Trang", False)])
def test_a_unit_named_by_its_initials_is_no_person(name: str, organisation: bool) -> None:
    from archiver.byline import is_organisation
    assert is_organisation(name) is organisation


def test_a_shop_account_named_for_the_unit_gives_way_to_the_signature() -> None:
    stamp = ('<ul class="article-info-more"><li><i class="fa fa-user"></i> Người viết: <span>'
             'HTX Chè Hoàng Bình</span></li><li><i class="fa fa-calendar"></i> <time pubdate '
             'datetime="2026-06-03">03/06/2026</time></li><li><a href="#comment">0 bình luận</a>'
             "</li></ul>")
    tail = ('<p style="text-align:right"><strong>Nguyễn Thị Thu Trang</strong><br><em>Chi bộ '
            "Hợp tác xã chè Hoàng Bình</em></p>")
    for art in both(Page(stamp=stamp, tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Nguyễn Thị Thu Trang",
                                                       "Chi bộ Hợp tác xã chè Hoàng Bình")


def test_boxes_set_into_the_text_that_are_not_its_words() -> None:
    """Inside the text: the files attached under their label (Contao's ce_downloads), a
    list of other posts with their stamps and excerpts (WordPress's Latest Posts block), a
    "ĐỌC THÊM" card whose headline is a paragraph with its sapo under it, a split
    article's table of contents ("article-index"), a player's bar with its length; the
    signature before the files is still read."""
    files = ('<div class="ce_downloads block"><h3>Tài liệu đính kèm</h3><ul><li><a href="/files/'
             'chuong-trinh.pdf">Chương trình gặp mặt.pdf</a> <span>(212,4 KiB)</span></li></ul>'
             "</div>")
    latest = ('<ul class="wp-block-latest-posts">' + "".join(
        f'<li><a href="/tin-{i}/">Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số {i}</a>'
        f'<time datetime="2026-01-1{i}">1{i} Tháng Một, 2026</time><div>Hàng trăm người dân '
        f"khu dân cư số {i} tham gia ngày hội.</div></li>" for i in range(3)) + "</ul>")
    card = ('<div class="docthem"><p><strong>ĐỌC THÊM</strong></p><p><a href="/tin/1201.html">'
            "<strong>Cựu chiến binh tham gia bảo vệ đường biên, cột mốc</strong></a></p><p>Hơn "
            "600 hội viên Cựu chiến binh các xã biên giới đã tham gia tổ tự quản.</p></div>")
    toc = ('<div class="card float-end article-index"><div class="card-body"><h3>Mục lục bài '
           'viết</h3><ul><li><a href="?start=1">Kết quả nổi bật</a></li><li><a href="?showall=1"'
           ">Tất cả các trang</a></li></ul></div></div>")
    player = ('<div class="video-embed"><div class="player-title">Video: Toàn cảnh phiên bế mạc'
              '</div><video controls src="/v/be-mac.mp4"></video><span class="duration">04:52'
              "</span></div>")
    body = (f"{toc}<p>{PARAS[0]}</p>{card}{latest}<p>{PARAS[1]}</p>{player}<p>{PARAS[2]}</p>"
            '<p style="text-align:right"><strong>Hồ Thị Ngọc Trâm – Văn phòng Liên hiệp các tổ '
            f"chức hữu nghị tỉnh</strong></p>{files}")
    for art in both(Page(body=body, tail="")):
        assert art["body"] == "\n\n".join(PARAS), art["body"]
        assert art["author"] == "Hồ Thị Ngọc Trâm"


def test_a_picture_after_the_headline_in_its_header() -> None:
    """Twenty Twenty-One: "<header><h1/><figure class=post-thumbnail>" before the text: its
    caption read (not the screen reader's "Chú thích ảnh" before it)."""
    headline = (f'<header class="entry-header"><h1 class="entry-title">{TITLE}</h1><figure '
                'class="post-thumbnail"><img src="/wp-content/uploads/quang-canh.jpg"><figcaption>'
                '<span class="screen-reader-text">Chú thích ảnh</span>Quang cảnh hội nghị tổng '
                "kết</figcaption></figure></header>")
    for art in both(Page(headline=headline)):
        assert art["captions"] == ["Quang cảnh hội nghị tổng kết"]


def test_two_writers_after_by_in_a_blogs_stamp_line() -> None:
    """Silverstripe's blog: "Đăng ngày <time> bởi <a>A</a>, <a>B</a>" — both writers."""
    stamp = ('<p class="blog-post-meta">Đăng ngày <time datetime="2026-04-28">28 tháng 4, 2026'
             '</time> bởi <a href="/profile/vo-thanh-cong">Võ Thành Công</a>, <a href="/profile/'
             'lam-my-hanh">Lâm Mỹ Hạnh</a><br>Danh mục: <a href="/c/pho-bien">Phổ biến pháp '
             "luật</a></p>")
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Võ Thành Công, Lâm Mỹ Hạnh"


# -- the review of pages36's classes: what they must not take ---------------------------------
def test_what_pages36s_readers_must_not_take() -> None:
    """A date alone with no sign of an en-US culture stays day first whatever day the
    opening names (a document of the month before) and takes the metadata's time of that
    day; a stamp beside a category heading's link, a player's headline, stamp and byline, a
    list of documents with their days, a note above attached files are all kept."""
    opening = "".join(f"<p>{p}</p>" for p in ("Ngày 5/5, UBND tỉnh ban hành Kế hoạch số 112/KH-UBND"
                                             " về chuyển đổi số năm 2026.", *PARAS[1:]))
    for art in both(Page(top="", side="", stamp='<div class="d">Ngày đăng: 5/6/2026</div>',
                         body=opening)):
        assert art["published_at"] == "2026-06-05"
    meta = ('<title>x</title><meta property="article:published_time" '
            'content="2026-06-05T08:30:00+07:00">')
    for art in both(Page(head=meta, top="", side="", stamp='<div class="d">5/6/2026</div>')):
        assert art["published_at"] == "2026-06-05T08:30:00+07:00"
    above = ('<div class="top"><h2 class="cat"><a href="/chuyen-muc/tin-tuc-su-kien">Tin tức - Sự '
             'kiện trong tỉnh</a></h2><div class="time">Thứ Năm, 20/3/2025 08:30</div></div>')
    for art in both(Page(above=above, stamp="", top="")):
        assert art["published_at"] == "2025-03-20T08:30:00+07:00"
    player = ('<div class="video-detail"><h1>Toàn cảnh Đại hội Đảng bộ tỉnh lần thứ XX</h1><span '
              'class="date">20/3/2025 08:00</span><video src="/m/daihoi.mp4"></video></div>')
    for art in both(Page(headline=player, stamp="", top="")):
        assert art["published_at"] == "2025-03-20T08:00:00+07:00"
    docs = "".join(f'<li><a href="/van-ban/nghi-quyet-so-{i}-nq-tu">Nghị quyết số {i}-NQ/TU về '
                   f"tăng cường công tác xây dựng Đảng</a> <span>ngày {i}/3/2025</span></li>"
                   for i in range(10, 14))
    note = ('<div class="note"><p>Danh sách thí sinh trúng tuyển xem tại các phụ lục đăng kèm theo'
            ' bài viết này.</p><p>File đính kèm:</p><ul><li><a href="/f/pl1.pdf">Phụ lục 1</a>'
            '</li><li><a href="/f/pl2.pdf">Phụ lục 2</a></li></ul></div>')
    body = f"<p>{PARAS[0]}</p><ul>{docs}</ul><p>{PARAS[1]}</p>{note}"
    for art in both(Page(body=body, tail="")):
        assert art["body"].count("Nghị quyết số") == 4 and "Danh sách thí sinh" in art["body"]
        assert "Phụ lục 1" not in art["body"]


# -- pages37 -----------------------------------------------------------------------------------
def test_the_text_behind_a_read_more_button_is_the_texts() -> None:
    """Web4s: the text's first paragraphs in a block of their own, the rest in a hidden
    block a "Xem thêm" button reveals (it scores more): the article is both."""
    body = ('<div class="article-content"><div class="content-visible">'
            + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + '</div><div class="content-more" '
            'style="display:none"><p>' + " ".join([PARAS[2]] * 3) + "</p><p>" + PARAS[2]
            + '</p></div><div class="btn-expand-wrap"><a href="javascript:;">Xem thêm</a>'
            "</div></div>")
    for art in both(Page(body=body, tail="")):
        assert art["body"].startswith(PARAS[0]) and PARAS[1] in art["body"]


def test_a_summary_links_box_beside_the_text_is_not_its_words() -> None:
    box = ('<div class="right summarylinks"><div class="groupheader">Liên kết</div><div '
           'class="link-item"><a href="/tin/1.aspx">Đại biểu HĐND tiếp xúc cử tri xã Long Phú</a>'
           '<div class="description">20/02/2026</div></div></div>')
    for art in both(Page(after=box)):
        assert "Long Phú" not in art["body"] and art["lead"] is None


def test_a_picture_and_a_line_set_apart_under_it_is_a_caption() -> None:
    """OpenCms Mercury: "<div class=visual><div class=image-src-box><img></div><div
    class=subtitle>…</div></div>" is a picture and its caption (pages37 holds the page); a
    picture beside a paragraph, or a line holding a link, is not."""
    from archiver.extract.walk import _picture_and_caption

    def block(html: str) -> bool:
        node = LexborHTMLParser(html).css_first("div.visual")
        assert node is not None
        return _picture_and_caption(node)

    frame = '<div class="image-src-box"><img src="/anh/1.jpg"></div>'
    assert block(f'<div class="visual">{frame}<div class="subtitle">Đồng chí Trưởng Ban phát '
                 "biểu kết luận hội nghị</div></div>")
    assert not block(f'<div class="visual">{frame}<p>{PARAS[2]}</p></div>')
    assert not block(f'<div class="visual">{frame}<div><a href="/tin/2">Hội nghị sơ kết công '
                     "tác</a></div></div>")


@pytest.mark.parametrize(("line", "author", "unit"), [
    ("Nguyễn Văn Tư, Lâm Thị Kiều (Liên minh Hợp tác xã tỉnh)", "Nguyễn Văn Tư, Lâm Thị Kiều",
     "Liên minh Hợp tác xã tỉnh"),
    ("Hồ Thị Trâm (Liên hiệp các tổ chức hữu nghị tỉnh)", "Hồ Thị Trâm",
     "Liên hiệp các tổ chức hữu nghị tỉnh"),
])
def test_writers_and_the_alliance_they_share(line: str, author: str, unit: str) -> None:
    from archiver.byline import parse_byline
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit) == (author, unit)


def test_labelled_rows_in_an_author_block_and_a_thuc_hien_field() -> None:
    """NukeViet's print view: "<div id=author>" of rows "Tác giả bài viết: …", "Nguồn tin:
    …"; Drupal's "Thực hiện" field: the interviewer's name."""
    rows = ('<div id="author"><div class="copyright"><strong>Tác giả bài viết: </strong>Phạm Hồng '
            'Nhung</div><div class="copyright"><strong>Nguồn tin: </strong>Ban Tuyên giáo Tỉnh ủy'
            "</div></div>")
    for art in both(Page(tail="", after=rows)):
        assert (art["author"], art["source"]) == ("Phạm Hồng Nhung", "Ban Tuyên giáo Tỉnh ủy")
    field = ('<div class="field field--name-field-thuc-hien"><div class="field__label">Thực hiện'
             '</div><div class="field__item">Lường Thị Hoa</div></div>')
    for art in both(Page(tail="", after=field)):
        assert art["author"] == "Lường Thị Hoa"


def test_a_reprints_note_opening_the_text_is_no_lead() -> None:
    body = ('<p><em>(Bài đăng lại từ Báo Cà Mau in số ra ngày 24/01/2026)</em></p>'
            f"<p><strong>{PARAS[0]}</strong></p>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]))
    for art in both(Page(body=body)):
        assert art["lead"] == PARAS[0] and "đăng lại" not in art["body"]


def test_a_topics_link_opening_the_headline() -> None:
    """XOOPS: '<span class=itemTitle><a href="…?storytopic=4">Hoạt động Hội</a>: Hội Người cao
    tuổi …</span>': the topic is no word of the headline."""
    headline = ('<div class="itemHead"><span class="itemTitle"><a href="/modules/news/index.php?'
                f'storytopic=4">Hoạt động Hội</a>: {TITLE}</span></div>')
    for art in both(Page(headline=headline, head="<title>Hội Người cao tuổi tỉnh</title>")):
        assert art["title"] == TITLE


def test_a_photo_reports_band_is_its_header_and_its_other_reports_no_text() -> None:
    """A photo report: a dark band holding the headline, the stamp and an h2 sapo; the
    pictures with their captions and two short texts below; "Phóng sự ảnh khác" after."""
    band = (f'<div class="photo-detail-head dark-band"><div class="container"><div class="photo-'
            f'cate"><a href="/anh">Phóng sự ảnh</a></div><h1 class="photo-title">{TITLE}</h1><div '
            f'class="photo-meta"><span>11/03/2024 16:45</span></div><h2 class="photo-sapo">'
            f"{PARAS[0]}</h2></div></div>")
    pics = "".join(f'<figure class="photo-item"><img src="/a/{i}.jpg"><figcaption>Ảnh số {i} của '
                   f"phóng sự</figcaption></figure><p>{PARAS[1 + i % 2]}</p>" for i in range(2))
    more = ('<div class="photo-more"><h3>Phóng sự ảnh khác</h3><div><h3><a href="/tin/2.html">'
            "Ban Thường vụ Tỉnh ủy giao ban công tác xây dựng Đảng</a></h3></div></div>")
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><main>{band}'
            f'<div class="container"><div class="photo-body">{pics}</div>{more}</div></main>'
            "</body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["lead"] == PARAS[0] and PARAS[1] in art["body"] and PARAS[2] in art["body"]
        assert "khác" not in art["body"].split("\n\n")[-1]


def test_a_portals_not_found_alert_in_the_contents_place() -> None:
    """Liferay: a deleted item's address answers 200, "Không tìm thấy nội dung được yêu cầu."
    in an alert where the content was, the frame's clock and link boxes around it: gone."""
    html = ('<html><head><meta charset="utf-8"><title>Đảng bộ tỉnh</title></head><body><div '
            'class="top">Thứ Năm, 26/06/2025</div><section class="portlet"><h2>Xây dựng Đảng</h2>'
            '<div class="portlet-body"><div class="alert alert-error">Không tìm thấy nội dung '
            'được yêu cầu.</div></div></section><div class="links"><p>Báo điện tử Đảng Cộng sản '
            "Việt Nam</p></div></body></html>")
    page = extract_page(html.encode(), URL)
    assert page.gone is not None


# -- the review of pages37's classes: what they must not take ---------------------------------
def test_what_pages37s_readers_must_not_take() -> None:
    """A dated video page with a hidden search message ("Không tìm thấy bài viết nào…") is no
    soft 404; a column of two introductory paragraphs beside the text is not merged into it
    (only a hidden or "more" block's text is); a place's tag opening the headline stays; a
    picture beside an unnamed line keeps the line as text."""
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class='
            '"search-error" style="display:none">Không tìm thấy bài viết nào phù hợp</div>'
            f'<h1>{TITLE}</h1><div class="date">12/02/2025 09:15</div><div class="content"><p>'
            "Video: toàn cảnh hội nghị.</p></div></body></html>")
    assert extract_page(html.encode(), URL).gone is None
    side = ("Tỉnh Hà Giang nằm ở cực Bắc của Tổ quốc, có đường biên giới dài hơn 270 km với "
            "Trung Quốc, là nơi sinh sống của 19 dân tộc anh em.")
    text = "".join(f"<p>{p}</p>" for p in PARAS * 3)
    body = (f'<div class="row"><div class="col-md-3"><p>{side}</p><p>{side}</p></div><div '
            f'class="col-md-9 noidung">{text}</div></div>')
    for art in both(Page(body=body, tail="")):
        assert "Hà Giang" not in art["body"]
    tagged = ('<h1 class="news-title"><a href="/tag/ha-giang">Hà Giang</a>: Khai mạc Lễ hội Hoa '
              "Tam giác mạch lần thứ IX</h1>")
    for art in both(Page(headline=tagged)):
        assert (art["title"] or "").startswith("Hà Giang")
    row = ('<div class="row"><div class="col"><img src="/anh/1.jpg"></div><div>Đồng chí Bí thư '
           "Tỉnh ủy phát biểu chỉ đạo tại hội nghị, nhấn mạnh yêu cầu nâng cao chất lượng sinh "
           "hoạt chi bộ ở cơ sở.</div></div>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{row}<p>{PARAS[1]}</p>")):
        assert "phát biểu chỉ đạo" in art["body"] and art["captions"] == []
    from archiver.byline import parse_byline
    got = parse_byline("Minh Anh - Liên Minh")
    assert got is not None and got.author_unit is None   # ("Liên Minh": a name, maybe)


# -- pages38 -----------------------------------------------------------------------------------
def test_a_byline_field_holding_one_value_block() -> None:
    """SharePoint's field value container: "<div class=byline><div>Name (lược ghi)</div>
    </div>" — the one block holding all its text is read as the field."""
    stamp = ('<div class="news-date">20/03/2026</div><div class="byline"><div class="ms-formfield'
             'valuecontainer">Hoàng Văn Sơn (lược ghi)</div></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Hoàng Văn Sơn"


def test_the_articles_picture_set_after_its_text() -> None:
    """SharePoint 2019's ArticleRight: the page image and its caption field right after the
    content field; a related item's linked thumbnail there is not the article's."""
    after = ('<div class="captioned-image"><div class="image"><img src="/PublishingImages/a.jpg">'
             '</div><div class="caption"><div class="ms-formfieldvaluecontainer">Đồng chí Bí thư '
             "phát biểu khai mạc hội nghị</div></div></div>")
    page = Page(tail="")
    html = page.html().replace(f"{page.body}</div>", f"{page.body}</div>{after}", 1)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["captions"] == ["Đồng chí Bí thư phát biểu khai mạc hội nghị"]
    linked = after.replace('<img src="/PublishingImages/a.jpg">',
                           '<a href="/tin/2.html"><img src="/PublishingImages/a.jpg"></a>')
    html = page.html().replace(f"{page.body}</div>", f"{page.body}</div>{linked}", 1)
    assert extract(html, URL).to_json()["captions"] == []


def test_a_photographer_field_beside_a_profiles_author_field() -> None:
    fields = ('<div class="field field--name-field-tac-gia"><div class="field__label">Tác giả'
              '</div><div class="field__item">Phan Thị Thu Hà</div></div><div class="field '
              'field--name-field-anh"><div class="field__label">Ảnh</div><div class="field__'
              'item">Lê Quốc Khánh</div></div>')
    head = '<title>x</title><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'
    for art in both(Page(head=head, tail="", after=fields)):
        assert (art["author"], art["photographer"]) == ("Phan Thị Thu Hà", "Lê Quốc Khánh")


def test_a_headline_the_microdata_names_in_a_header_named_block() -> None:
    """Joomla's "<div class=page-header><h2 itemprop=headline>…</h2></div>" over briefs with
    h3 headings of their own: the h2 is the headline."""
    headline = f'<div class="page-header"><h2 itemprop="headline">{TITLE}</h2></div>'
    body = "".join(f"<h3>Chi bộ bản {i} kết nạp đảng viên mới</h3><p>{p}</p>"
                   for i, p in enumerate(PARAS))
    for art in both(Page(headline=headline, body=body, head=f"<title>{TITLE}</title>")):
        assert art["title"] == TITLE


# -- the review of pages38's classes: what they must not take ---------------------------------
def test_what_pages38s_readers_must_not_take() -> None:
    """After the text: a rating widget's star, a QR code and a gallery box under its own
    heading are no pictures of the article; a "source" block holding a stamp or a
    copyright line is no source; a sidebar teaser's heading its microdata calls a headline
    does not displace the page's own <h1>."""
    after = ('<div class="danh-gia"><img src="/star.png"> Đánh giá bài viết</div><div class='
             '"qr-code-img"><img src="/qr.png"><span>Quét mã để đọc trên điện thoại</span></div>'
             '<div class="box-anh"><h3>Thư viện ảnh</h3><figure><img src="/upload/halong.jpg">'
             "<figcaption>Phong cảnh vịnh Hạ Long</figcaption></figure></div>")
    page = Page(tail="")
    html = page.html().replace(f"{page.body}</div>", f"{page.body}</div>{after}", 1)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["images"] == [] and art["captions"] == []
    for block in ('<div class="source"><p>Cập nhật lúc 10:20 ngày 12/05/2025</p></div>',
                  '<div class="open-source-note"><p>Bản quyền thuộc Báo Đảng bộ tỉnh</p></div>'):
        for art in both(Page(after=block)):
            assert art["source"] is None
    side = (f'<div class="col-right sidebar"><h3 itemprop="headline"><a href="#">{TITLE}</a></h3>'
            "</div>")
    for art in both(Page(above=side, head=f"<title>{TITLE}</title>")):
        assert art["title"] == TITLE and PARAS[0] in (art["body"] or "")


def test_a_profiles_short_body_match_inside_the_texts_field() -> None:
    """Drupal 7's body field holding the image caption's field (a broken template): the
    profile's "div.field-name-body div.field-item" matches the caption's item first; the
    text's field holding it is the body."""
    from archiver.extract.nodes import first_body
    html = ('<html><body><div class="field field-name-body"><p>' + " ".join(PARAS) + '</p><div '
            'class="field field-name-field-image-caption"><div class="field-items"><div class='
            '"field-item">Đoàn giám sát kiểm tra thực tế</div></div></div><p>' + " ".join(PARAS)
            + "</p></div></body></html>")
    node = first_body(LexborHTMLParser(html), ("div.field-name-body div.field-item",
                                               "div.field-name-body"))
    assert node is not None and "field-name-body" in (node.attributes.get("class") or "")


@pytest.mark.parametrize(("line", "author", "unit"), [
    ("Vũ Minh Anh (Lâm Bình)", "Vũ Minh Anh", None),       # a place: where the writer is
    ("Minh Hà (TTXVN)", "Minh Hà", "TTXVN"),
    ("Trần Văn Nam (Trung tâm Văn hóa huyện)", "Trần Văn Nam", "Trung tâm Văn hóa huyện"),
])
def test_a_place_in_the_bylines_parentheses_is_no_unit(line: str, author: str,
                                                       unit: str | None) -> None:
    from archiver.byline import parse_byline
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit) == (author, unit)


@pytest.mark.parametrize(("name", "account"), [
    ("Biên tập viên Hội", True), ("Biên tập viên Cổng", True),
    ("Biên tập viên Nguyễn Văn A", False)])
def test_a_bodys_editors_account_is_no_author(name: str, account: bool) -> None:
    from archiver.extract.credits import is_account
    assert is_account(name) is account


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/ ab", max_size=40))
def test_numeric_days_are_the_dates_one_pattern_finds(text: str) -> None:
    """The page-order scan (a year literal first, the day and month just before it) finds
    exactly what one pattern tried at every position does."""
    import re

    from archiver.extract.page import _numeric_days
    reference = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![\d/])")
    assert _numeric_days(text) == reference.findall(text)


def test_a_leads_long_opening_sentence_gives_way_to_a_dotted_stamp() -> None:
    """Kirby's "<time datetime=2024-07-14>14.07.2024</time>" under the headline, and a lead
    outside the text opening "Ngày 14/7, …" with an anniversary span "(15/7/1950 -
    15/7/2024)": the span's last day is the event's, not the stamp."""
    stamp = '<time class="article-date" datetime="2024-07-14">14.07.2024</time>'
    lead = ('<div class="article-intro"><p>Ngày 14/7, Hội Cựu thanh niên xung phong tỉnh tổ '
            "chức gặp mặt kỷ niệm 74 năm Ngày truyền thống lực lượng Thanh niên xung phong Việt "
            "Nam (15/7/1950 - 15/7/2024).</p></div>")
    for art in both(Page(stamp=stamp, lead=lead)):   # (the top bar's today: 05/12/2024)
        assert art["published_at"] == "2024-07-14"
    # the lead's sentence is still read where nothing else dates the page
    for art in both(Page(stamp="", lead=lead, top="")):
        assert art["published_at"] == "2024-07-15"


_FIGURES = ('<table border="1"><thead><tr><th><strong>Lĩnh vực</strong></th><th>Số cuộc</th>'
            '<th>Kiến nghị thu hồi</th></tr></thead><tbody><tr><td><p class="MsoNormal">Thanh tra '
            'hành chính</p></td><td>24 cuộc</td><td>3,8 tỷ đồng</td></tr><tr><td colspan="2">'
            "Tổng cộng</td><td></td><td>5,1 tỷ<br>đồng</td></tr><tr><td>Khởi tố</td>"
            "<td>4 vụ</td><td></td></tr></tbody></table>")


@pytest.mark.parametrize(("table", "rows"), [
    # a table of figures: a row to a line, cells joined, an empty cell adding nothing, a
    # cell's paragraph or line break going on in its row
    (_FIGURES, ["Lĩnh vực | Số cuộc | Kiến nghị thu hồi",
                "Thanh tra hành chính | 24 cuộc | 3,8 tỷ đồng", "Tổng cộng | 5,1 tỷ đồng",
                "Khởi tố | 4 vụ"]),
    # a book's particulars: the row "Tác giả: | …" is the text's, not the byline
    ('<table class="book-info"><tr><td><b>Tên sách:</b></td><td>Những năm tháng không quên</td>'
     "</tr><tr><td><b>Tác giả:</b></td><td>Trần Văn Thụ</td></tr></table>",
     ["Tên sách: | Những năm tháng không quên", "Tác giả: | Trần Văn Thụ"]),
])
def test_a_table_of_figures_is_read_a_row_to_a_line(table: str, rows: list[str]) -> None:
    body = f"<p>{PARAS[0]}</p>{table}<p>{PARAS[1]}</p>"
    for art in both(Page(body=body)):
        paras = art["body"].split("\n\n")
        assert paras[1:1 + len(rows)] == rows
        assert paras[1 + len(rows)] == PARAS[1]
        assert art["author"] == "Minh Anh"


@pytest.mark.parametrize("table", [
    # a layout table: the text in one long cell
    f'<table><tr><td>Ảnh bìa</td><td>{PARAS[2]} {PARAS[1]} {PARAS[0]}</td></tr>'
    f"<tr><td>a</td><td>b</td></tr></table>",
    # a picture's table, a table of links (other pages), one row, a table within a table
    '<table><tr><td><img src="/a.jpg"></td><td>Đại biểu dự hội nghị</td></tr>'
    "<tr><td>x</td><td>y</td></tr></table>",
    '<table><tr><td><a href="/tin/1.html">Hội nghị Ban Chấp hành lần thứ 8</a></td><td>'
    '<a href="/tin/2.html">Kỳ họp thứ 23 HĐND tỉnh</a></td></tr><tr><td><a href="/tin/3.html">'
    "Tổng kết công tác Mặt trận</a></td><td>01/11</td></tr></table>",
    "<table><tr><td>Nội dung</td><td>Số lượng</td></tr></table>",
    "<table><tr><td><table><tr><td>a</td></tr><tr><td>c</td></tr>"
    "</table></td><td>e</td></tr><tr><td>f</td><td>g</td></tr></table>",
])
def test_other_tables_are_not_read_as_rows(table: str) -> None:
    page = Page(body=f"<p>{PARAS[0]}</p>{table}<p>{PARAS[1]}</p>")
    for up in (True, False):
        body = extract(page.html(), URL, use_profiles=up).to_json()["body"]
        assert " | " not in body


def test_a_blank_line_between_breaks_ends_a_paragraph() -> None:
    """Joomla 1.5's and PHP-Nuke's "…<br /><br />…" (a space or an nbsp between the breaks
    too): one paragraph each; a single break keeps its paragraph's lines together."""
    body = (f'<div style="text-align:justify">{PARAS[0]}<br /><br />{PARAS[1]}<br>\xa0<br>'
            f"{PARAS[2]}<br>Dòng tiếp theo của đoạn.</div>")
    for art in both(Page(body=body)):
        assert art["body"].split("\n\n") == [PARAS[0], PARAS[1],
                                             f"{PARAS[2]} Dòng tiếp theo của đoạn."]


def test_a_footnotes_mark_is_not_the_texts() -> None:
    """WordPress's footnotes ("…biên giới.<sup class=fn><a href=#fn-1>1</a></sup>"): the
    mark is left out; a superscript that is text (m², a power) stays."""
    body = (f'<p>{PARAS[0]}<sup class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup></p>'
            f'<p>{PARAS[1]} Diện tích 120 m<sup>2</sup>.</p><p>{PARAS[2]}<sup><a href="#_ftn2">'
            '[2]</a></sup><a class="sdfootnoteanc" href="#sdfootnote3sym"><sup>3</sup></a></p>')
    for art in both(Page(body=body)):
        assert art["body"].split("\n\n") == [PARAS[0], f"{PARAS[1]} Diện tích 120 m2.", PARAS[2]]


# -- pages40's classes ---------------------------------------------------------------------
def test_an_icon_fonts_words_are_no_text_and_its_person_marks_the_writer() -> None:
    """Materialize's "<i class=material-icons>person</i> Name", "event", "schedule",
    "folder": the icons' names are no words of the page; the person icon marks the writer
    as Font Awesome's "fa-user" does."""
    stamp = ('<div class="detail-meta"><span><i class="material-icons tiny">person</i> Nguyễn '
             'Thị Thu Trang</span> <span><i class="material-icons tiny">event</i> 11/03/2024'
             '</span> <span><i class="material-icons tiny">schedule</i> 16:45</span> <span><i '
             'class="material-icons-outlined">visibility</i> 1.032</span></div>')
    for art in both(Page(stamp=stamp, tail="")):
        assert art["author"] == "Nguyễn Thị Thu Trang"
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"
        assert "visibility" not in art["body"] and "schedule" not in art["body"]


def test_a_bar_of_tabs_over_the_text_is_not_its_words() -> None:
    """Materialize's tabs over three panes ("Nội dung | Văn bản kèm theo (2) | Ý kiến (3)"),
    the others hidden: no label is text, and "Ý kiến" is no comments heading ending it."""
    body = ('<ul class="tabs"><li class="tab"><a class="active" href="#tab-noidung">Nội dung</a>'
            '</li><li class="tab"><a href="#tab-vanban">Văn bản kèm theo (2)</a></li><li '
            'class="tab"><a href="#tab-ykien">Ý kiến (3)</a></li></ul><div id="tab-noidung">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + '</div><div id="tab-ykien" style="display:'
            'none"><p>Bạn đọc: rất hay.</p></div>')
    for art in both(Page(body=body, tail="")):
        assert art["body"].split("\n\n") == list(PARAS)
    # a list of links to places in the text that is a sentence's is kept
    toc = '<ul><li><a href="#p1">Phần một</a> của báo cáo tổng kết năm</li><li>Hai</li></ul>'
    for art in both(Page(body=toc + "".join(f"<p>{p}</p>" for p in PARAS))):
        assert "Phần một của báo cáo tổng kết năm" in art["body"]


def test_an_update_line_closing_the_text() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + (
        '<p class="right-align"><i class="material-icons">update</i> Cập nhật lúc: 15:40 '
        "12/03/2024</p>")
    for art in both(Page(body=body, tail="")):
        assert art["updated_at"] == "2024-03-12T15:40:00+07:00"
        assert "Cập nhật" not in art["body"]


@pytest.mark.parametrize("size", ["flow-text", "is-size-4", "text-xl"])
def test_a_first_paragraph_set_larger_in_a_pane_is_the_lead(size: str) -> None:
    body = (f'<div id="pane"><p class="{size}">{PARAS[0]}</p><p>{PARAS[1]}</p>'
            f"<p>{PARAS[2]}</p></div>")
    for art in both(Page(body=body)):
        assert art["lead"] == PARAS[0]


@pytest.mark.parametrize(("printed", "page_title", "title"), [
    # the site's name printed in the h1 after the headline, <title> ending with it too
    (f"{TITLE} - Cổng thông tin điện tử Đảng bộ phường Vị Tân",
     f"{TITLE} - Cổng thông tin điện tử Đảng bộ phường Vị Tân", TITLE),
    (f"{TITLE} | Trang TTĐT Huyện ủy", f"{TITLE} | Trang TTĐT Huyện ủy", TITLE),
    # a headline's own last part, though <title> ends with it
    (f"{TITLE} - Khóa XV", f"{TITLE} - Khóa XV", f"{TITLE} - Khóa XV"),
])
def test_the_sites_name_inside_the_headline(printed: str, page_title: str, title: str) -> None:
    """The site's name after the headline in the h1, printed as the banner's name too."""
    name = page_title.split(" - ")[-1].split(" | ")[-1]
    banner = f'<div class="banner"><span>{name}</span></div>'
    page = Page(head=f"<title>{page_title}</title>", headline=f"<h1>{printed}</h1>",
                top=banner)
    for art in both(page):
        assert art["title"] == title


@pytest.mark.parametrize("tail", [
    "<p style=\"text-align:right\"><b>Rơ Châm H'Lan</b> (<a href=\"/cdn-cgi/l/email-protection\" "
    'class="__cf_email__" data-cfemail="5a32">[email\xa0protected]</a>)</p>',
    "<p style=\"text-align:right\"><b>Rơ Châm H'Lan - hlan@hoilhpn.gialai.vn</b></p>",
])
def test_an_e_mail_in_the_bylines_parentheses_is_no_unit(tail: str) -> None:
    """Cloudflare's e-mail protection prints "[email protected]" where the writer's address
    was: no unit."""
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Rơ Châm H'Lan", None)


def test_tags_with_no_label_in_the_articles_block() -> None:
    """Eleventy's post metadata: the day, then tag links ("/tags/…", class "post-tag"): the
    tags, no words of the text; a tag link in a sentence stays."""
    stamp = ('<ul class="post-metadata"><li><time datetime="2024-03-11">11 tháng 3, 2024</time>'
             '</li><li><a href="/tags/chuyen-doi-so/" class="post-tag">chuyển đổi số</a>, </li>'
             '<li><a href="/tags/doan-thanh-nien/" class="post-tag">đoàn thanh niên</a></li></ul>')
    body = (f'<p>{PARAS[0]} Xem thêm về <a href="/tags/chuyen-doi-so/">chuyển đổi số</a> trong '
            f"năm.</p><p>{PARAS[1]}</p>")
    for art in both(Page(stamp=stamp, body=body)):
        assert art["tags"] == ["chuyển đổi số", "đoàn thanh niên"]
        assert art["body"].startswith(PARAS[0]) and "về chuyển đổi số trong năm" in art["body"]


@pytest.mark.parametrize(("line", "photographer"), [
    ("Ảnh: Tư liệu Đoàn xã", None), ("Ảnh: Tư liệu", None), ("Ảnh: Hoàng Anh", "Hoàng Anh")])
def test_an_archives_pictures_name_no_photographer(line: str, photographer: str | None) -> None:
    tail = f'<p class="post-author">Người viết: Võ Thị Kim Chi</p><p>{line}</p>'
    for art in both(Page(tail=tail)):
        assert (art["author"], art["photographer"]) == ("Võ Thị Kim Chi", photographer)


def test_a_bodys_profile_over_the_text_gives_way_to_its_signature() -> None:
    """Wix Blog's member profile above the headline, an association's name ("Hội NCT Hòa
    Khánh"): the person signing the text is its writer, with the unit beside the name."""
    above = '<div data-hook="user-name"><a href="/profile/hnct">Hội NCT Hòa Khánh</a></div>'
    tail = ('<p style="text-align:right"><strong>Lưu Văn Thành, Chi hội Người cao tuổi tổ dân '
            "phố 12</strong></p>")
    for art in both(Page(stamp='<div class="post-meta"><span class="author">Hội NCT Hòa Khánh'
                          '</span> <span class="date">11/03/2024 16:45</span></div>',
                          tail=tail, above=above)):
        assert (art["author"], art["author_unit"]) == (
            "Lưu Văn Thành", "Chi hội Người cao tuổi tổ dân phố 12")


def test_a_genres_label_over_the_headline_is_no_category() -> None:
    """A press CMS's editorial: the section's link, then "XÃ LUẬN" over the h1: the section."""
    headline = (f'<div class="detail-cate"><a href="https://portal.example.vn/chinh-tri/">'
                f'Chính trị</a></div><article><div class="detail__kicker">XÃ LUẬN</div>'
                f'<h1 class="detail__title">{TITLE}</h1></article>')
    for art in both(Page(headline=headline)):
        assert art["category"] == "Chính trị"


def test_a_posters_sending_day_is_the_stamp() -> None:
    """Violet.vn: "Người gửi: <a>Name</a> — Ngày gửi: 14h:05' 11-12-2024 — Lượt xem: 86" (an
    "h" and a colon, a minute's mark); a reader's question's "Ngày gửi" is still no stamp."""
    stamp = ('<div class="vl-news-info">Người gửi: <a href="/user/show/id/5">Phạm Văn Tuấn</a> — '
             "Ngày gửi: 14h:05' 11-03-2024 — Lượt xem: 86</div>")
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T14:05:00+07:00"
    asked = ('<div class="qa">Người hỏi: Ma Văn Thắng — Ngày gửi: 02/03/2024</div>'
             '<div class="news-date">Ngày đăng: 11/03/2024 16:45</div>')
    for art in both(Page(stamp=asked)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_records_system_fields_give_its_update() -> None:
    """DNN's Form and List under a record: "Người tạo: host | Ngày tạo: … | Người sửa: host |
    Ngày sửa: 12/03/2024 08:15": the creation no stamp, the edit the update; the record's
    date column is the publication."""
    stamp = '<div class="udt-date"><b>Ngày:</b> 11/03/2024</div>'
    after = ('<div class="udt-system-fields">Người tạo: host | Ngày tạo: 10/03/2024 16:20 | '
             "Người sửa: host | Ngày sửa: 12/03/2024 08:15</div>")
    for art in both(Page(stamp=stamp, after=after)):
        assert (art["published_at"], art["updated_at"]) == ("2024-03-11",
                                                            "2024-03-12T08:15:00+07:00")


def test_a_themes_hidden_update_named_in_a_list_of_selectors() -> None:
    """Twenty Nineteen's ".entry .entry-meta .updated:not(.published), .entry .entry-footer
    .updated:not(.published){display:none}": the update time is hidden, no update."""
    head = ('<title>x</title><style>.entry .entry-meta .updated:not(.published),.entry '
            ".entry-footer .updated:not(.published){display:none}</style>")
    stamp = ('<div class="entry-meta"><span class="posted-on"><a href="#"><time class="entry-date'
             ' published" datetime="2024-03-11T16:45:00+07:00">11/03/2024</time><time class='
             '"updated" datetime="2024-03-12T08:20:00+07:00">12/03/2024</time></a></span></div>')
    for art in both(Page(head=head, stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-03-11T16:45:00+07:00", None)


# -- the review of stop 36's change: what it must not take ---------------------------------
@pytest.mark.parametrize(("tail", "author", "unit"), [
    # a source newline before a single <br>: one block of lines, a name over its post
    ("<p><b>Nguyễn Văn Hùng</b>\n<br>Phó Trưởng Ban Tuyên giáo Huyện ủy</p>", "Nguyễn Văn Hùng",
     "Ban Tuyên giáo Huyện ủy"),
    # a blank line between a name and its unit: still a name over its unit
    ("<p>Nguyễn Văn Hùng<br><br>Ban Tuyên giáo Huyện ủy Mường Nhé</p>", "Nguyễn Văn Hùng",
     "Ban Tuyên giáo Huyện ủy Mường Nhé"),
    ('<p style="text-align:right">Lò Văn Minh<br><br>(Bản Na Pheo, xã Mường Nhé, huyện Mường '
     "Nhé)</p>", "Lò Văn Minh", None),
])
def test_a_signatures_lines_stay_one_block(tail: str, author: str, unit: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == (author, unit)


def test_a_tables_rows_closing_or_opening_the_text_are_its_words() -> None:
    """A list of people closing the text is no byline; a schedule's bold header row opening
    it is no lead."""
    people = ('<p>Danh sách Ban Thường vụ gồm các đồng chí sau:</p><table border="1"><tr><td><b>'
              "Họ và tên</b></td><td><b>Chức vụ</b></td></tr><tr><td>Nguyễn Văn Hùng</td><td>Bí "
              "thư Huyện ủy</td></tr><tr><td>Trần Đức Long</td><td>Chủ tịch UBND huyện</td></tr>"
              "</table>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{people}", tail="")):
        assert art["author"] is None and art["body"].endswith(
            "Trần Đức Long | Chủ tịch UBND huyện")
    schedule = ('<table border="1"><tr><td><p><b>Thứ, ngày</b></p></td><td><p><b>Nội dung công '
                "việc</b></p></td><td><p><b>Lãnh đạo chủ trì</b></p></td></tr><tr><td>Thứ Hai "
                "11/3</td><td>Chào cờ đầu tuần; giao ban Thường trực Huyện ủy</td><td>Đ/c Bí "
                "thư</td></tr></table>")
    for art in both(Page(body=schedule + f"<p>{PARAS[1]}</p>")):
        assert art["lead"] is None


def test_a_spacer_columns_layout_table_is_no_table_of_figures() -> None:
    """A table-era page's text, a row a paragraph beside an empty spacer cell, its byline,
    source and "Các tin khác:" in rows too: read as before, the byline and source peeled."""
    rows = "".join(f'<tr><td width="8">&nbsp;</td><td class="text">{p}</td></tr>'
                   for p in PARAS[1:]) + (
        '<tr><td>&nbsp;</td><td class="text" align="right"><b>Nguyễn Văn Hùng</b></td></tr><tr>'
        '<td>&nbsp;</td><td class="text">Nguồn: Báo Điện Biên Phủ</td></tr><tr><td>&nbsp;</td>'
        '<td class="text">Các tin khác:</td></tr><tr><td>&nbsp;</td><td class="text">Bình luận '
        "(0)</td></tr>")
    body = f'<p>{PARAS[0]}</p><table width="100%">{rows}</table>'
    for art in both(Page(body=body, tail="")):
        assert art["body"].split("\n\n") == list(PARAS)
        assert (art["author"], art["source"]) == ("Nguyễn Văn Hùng", "Báo Điện Biên Phủ")


def test_a_notes_own_mark_pairing_a_writer_with_their_unit_stays() -> None:
    """Word's "(*)" note pasted through CKEditor: "<a href=#_ftnref1><sup>(*)</sup></a>
    Trường …" under "TS. Lê Văn Hòa (*)": the unit."""
    top = ('<p style="text-align:right"><b>TS. Lê Văn Hòa</b><sup><a href="#_ftn1" name="_ftnref1">'
           "(*)</a></sup></p>")
    tail = ('<p><a href="#_ftnref1" name="_ftn1"><sup>(*)</sup></a> Trường Chính trị tỉnh Điện '
            "Biên</p>")
    body = top + "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(body=body, tail=tail)):
        assert (art["author"], art["author_unit"]) == ("TS. Lê Văn Hòa",
                                                       "Trường Chính trị tỉnh Điện Biên")


def test_a_stamp_opening_a_long_sapo_outside_the_text_is_the_stamp() -> None:
    lead = ('<div class="sapo">Thứ Hai, 11/03/2024 08:30 - Sáng 11/3, Ban Thường vụ Huyện ủy Mường '
            "Nhé tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ "
            "năm 2024 với sự tham dự của các đồng chí lãnh đạo tỉnh.</div>")
    body = "<p><em>Mường Nhé, ngày 10/3/2024</em></p>" + "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(stamp="", lead=lead, body=body)):
        assert art["published_at"] == "2024-03-11T08:30:00+07:00"


# -- pages41's classes ---------------------------------------------------------------------
def test_words_review_comments_are_no_text() -> None:
    """Word's review comments pasted with the text: their marks ("[PVT1]") and the list of
    what the reviewer wrote are no words of the text, and the signature before them is read."""
    body = (f'<p class="MsoNormal">{PARAS[0]}<a class="msocomanchor" id="_anchor_1" '
            'href="#_msocom_1" name="_msoanchor_1">[PVT1]</a></p>' + f"<p>{PARAS[1]}</p>")
    after = ('<p style="text-align:right"><b>Lò Thị Hương - Văn phòng Đảng ủy xã</b></p><div '
             'style="mso-element:comment-list"><div style="mso-element:comment"><div class='
             '"msocomtxt" id="_com_1"><p class="MsoCommentText"><span class="MsoCommentReference">'
             '<a href="#_msoanchor_1" class="msocomoff">[PVT1]</a></span>Kiểm tra lại số liệu '
             "trước khi đăng.</p></div></div></div>")
    for art in both(Page(body=body, tail=after)):
        assert "PVT1" not in art["body"] and "Kiểm tra lại" not in art["body"]
        assert (art["author"], art["author_unit"]) == ("Lò Thị Hương", "Văn phòng Đảng ủy xã")


def test_a_drupal_submitted_line_names_an_account_and_a_teasers_writer_is_theirs() -> None:
    """Drupal 7's "Gửi bởi <account> vào <day>" is the poster (its day cut off); a view of
    other posts with each one's writer (its headline a slug with no id) is theirs; the
    writer's unit is the "(*)" note over the text's numbered notes."""
    stamp = ('<footer class="submitted"><p class="author-datetime">Gửi bởi <span class="username">'
             'btg_langson</span> vào <time datetime="2024-03-11T16:45:00+07:00">Thứ Hai, '
             "11/03/2024 - 16:45</time></p></footer>")
    body = ('<p style="text-align:right"><strong>ThS. Hoàng Thị Mai Hương</strong> <sup>(*)</sup>'
            "</p>" + "".join(f"<p>{p}</p>" for p in PARAS) + "<p><em>(*) Phòng Lý luận chính trị,"
            " Ban Tuyên giáo Tỉnh ủy</em></p><p><strong>Chú thích:</strong></p><p><em>(1) Hồ Chí "
            "Minh: Toàn tập, Nxb. Chính trị quốc gia, H, 2011, t.5, tr.309.</em></p>")
    side = ('<div class="view-tin-cung-chuyen-muc"><div class="views-row"><span><a href="https://'
            'portal.example.vn/bao-ve-nen-tang/nang-cao-hieu-qua-cong-tac-dan-van-cua-he-thong-">'
            "Nâng cao hiệu quả công tác dân vận của hệ thống chính trị ở cơ sở</a></span> <span "
            'class="views-field-field-tac-gia">ThS. Lương Văn Dũng</span></div></div>')
    for art in both(Page(stamp=stamp, body=body, tail="", after=side)):
        assert (art["author"], art["author_unit"]) == (
            "ThS. Hoàng Thị Mai Hương", "Phòng Lý luận chính trị, Ban Tuyên giáo Tỉnh ủy")


def test_a_bold_sapo_over_the_table_holding_the_text() -> None:
    """A SharePoint vendor's detail: the bold sapo in a paragraph, the text in a table's cell
    after it (its row and row group levels of their own)."""
    lead = f'<p><b><span id="lblDescription">{PARAS[0]}</span></b></p>'
    body = ('<table width="100%"><tr><td><div class="noi-dung">'
            + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div></td></tr></table>")
    html = Page(lead=lead, body="", tail="").html().replace(
        '<div class="news-content"></div>', body)
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).to_json()["lead"] == PARAS[0]


def test_a_spacing_utilitys_side_is_no_sidebar() -> None:
    """tagDiv's "td-post-content td-pb-padding-side": the post's text, no sidebar."""
    body = '<div class="td-post-content td-pb-padding-side">' + "".join(
        f"<p>{p}</p>" for p in PARAS) + "</div>"
    html = Page(tail="").html().replace('<div class="news-content">', '<div class="x">').replace(
        "".join(f"<p>{p}</p>" for p in PARAS), body)
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).to_json()["body"].split("\n\n") == list(PARAS)


def test_a_writers_card_and_an_empty_update_label_are_no_text() -> None:
    """Publii's "post__bio" (avatar, the writer's linked name, a line about them) and its
    "Sửa đổi lần cuối:" printed with no day."""
    tail = ('<div class="post__last-updated">Sửa đổi lần cuối: </div><div class="post__bio bio">'
            '<img src="/a.jpg"><div><h3><a href="/authors/le-van-tam/" rel="author">Lê Văn Tám'
            "</a></h3><p>Bí thư Chi bộ ấp Trung Nghĩa. Trang này ghi lại hoạt động của Chi bộ.</p>"
            "</div></div>")
    for art in both(Page(tail=tail)):
        assert "Trang này ghi lại" not in art["body"] and "Sửa đổi" not in art["body"]


@pytest.mark.parametrize(("line", "author", "photographer"), [
    ("✍️ Phạm Thu Hiền - 📸 Vũ Thanh Nga", "Phạm Thu Hiền", "Vũ Thanh Nga"),
    ("📝 Phạm Thu Hiền | 📷 Vũ Thanh Nga", "Phạm Thu Hiền", "Vũ Thanh Nga"),
])
def test_credits_labelled_by_emoji(line: str, author: str, photographer: str) -> None:
    for art in both(Page(tail=f'<p style="text-align:right"><strong>{line}</strong></p>')):
        assert (art["author"], art["author_unit"], art["photographer"]) == (
            author, None, photographer)


def test_a_block_themes_category_terms_after_the_text() -> None:
    after = ('<div class="wp-block-group"><p>trong</p><div class="taxonomy-category wp-block-post-'
             'terms"><a href="https://portal.example.vn/chuyen-muc/hoat-dong-hoi/" rel="tag">Hoạt '
             'động Hội</a></div></div>')
    for art in both(Page(top="", after=after, side="")):
        assert art["category"] == "Hoạt động Hội"


def test_an_interviewees_card_in_the_writers_place_is_no_byline() -> None:
    above = ('<div class="td-author-box td-post-interviewee"><div class="td-author-name">Đồng chí '
             'Y Mai</div><div class="td-author-description">Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng '
             "Ban Dân vận Tỉnh ủy Kon Tum</div></div>")
    page = Page(stamp=Page().stamp + above, tail="<p><b>Hồng Đăng (thực hiện)</b></p>")
    for art in both(page):
        assert art["author"] == "Hồng Đăng" and art["lead"] != (
            "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Kon Tum")


# -- the review of stop 36's second change: what it must not take -------------------------
def test_an_accordion_and_a_list_of_notes_are_the_texts() -> None:
    """Bootstrap 3's accordion is a "panel-group" with role=tablist holding the questions
    and answers; a list of the notes' marks ("#_ftn1") is the text's."""
    acc = ('<div class="panel-group" role="tablist"><div class="panel"><h4><a href="#c1">Câu 1: '
           f"Đảng viên có phải sinh hoạt chi bộ nơi cư trú?</a></h4><div id=\"c1\"><p>{PARAS[1]}"
           "</p></div></div></div>")
    notes = ('<ul><li><a href="#_ftn1">Nghị quyết số 12-NQ/TU ngày 10/11/2026</a></li><li><a href='
             '"#_ftn2">Kế hoạch số 45-KH/TU ngày 12/11/2026</a></li></ul>')
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{acc}{notes}<p>{PARAS[2]}</p>")):
        assert PARAS[1] in art["body"] and "Kế hoạch số 45-KH/TU" in art["body"]


def test_a_readers_questions_day_is_no_stamp_beside_its_answer() -> None:
    stamp = ('<div class="q-info">Người gửi: Nguyễn Đức Minh | Ngày gửi: 04/03/2024 10:21</div>'
             '<div class="a-info">Ngày trả lời: 11/03/2024 16:45</div>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


@pytest.mark.parametrize("headline", [
    "Chuyển đổi số ở xã Tân Lập - Website xã trở thành kênh thông tin chính thống của người dân",
    "Kỷ niệm 20 năm ngày ra số đầu tiên - Báo điện tử Tuyên Quang ra mắt giao diện mới",
])
def test_a_headlines_last_clause_reading_like_a_site_is_kept(headline: str) -> None:
    page = Page(head=f"<title>{headline}</title>", headline=f"<h1>{headline}</h1>")
    for art in both(page):
        assert art["title"] == headline


def test_links_to_topics_in_the_text_are_no_tags() -> None:
    body = (f'<p>{PARAS[0]}</p><p><strong><a href="/tag/dai-hoi-dang-bo">Đại hội Đảng bộ tỉnh lần '
            f'thứ XX</a></strong></p><p>{PARAS[1]}</p><ul><li><a href="/the/dang-bo-xa-tan-lap">'
            'Đảng bộ xã Tân Lập</a></li><li><a href="/the/dang-bo-xa-an-phu">Đảng bộ xã An Phú'
            "</a></li></ul>")
    for art in both(Page(body=body)):
        assert "Đại hội Đảng bộ tỉnh lần thứ XX" in art["body"] and "Đảng bộ xã An Phú" in \
            art["body"] and art["tags"] == []


@pytest.mark.parametrize("stamp", ['<div class="date">Thứ Hai, 11/03/2024</div>',
                                   '<div class="date">11/03/2024</div>'])
def test_a_date_only_stamp_beats_a_sapo_opening_with_its_day(stamp: str) -> None:
    lead = ('<div class="sapo">Ngày 10/03/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết '
            "công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024 với sự tham dự của các "
            "đồng chí lãnh đạo tỉnh và các xã.</div>")
    for art in both(Page(stamp=stamp, lead=lead)):
        assert art["published_at"] == "2024-03-11"


def test_a_blank_line_after_a_heading_or_an_item_ends_it() -> None:
    """Joomla 1.5's "I. KẾT QUẢ<br><br>Trong 5 năm …<br><br>- Chi bộ thôn 1<br><br>…"."""
    body = ("<div>I. KẾT QUẢ ĐẠT ĐƯỢC<br><br>Trong 5 năm, Đảng ủy đã ban hành 12 văn bản lãnh đạo"
            "<br><br>- Chi bộ thôn 1<br><br>- Chi bộ thôn 2</div>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{body}")):
        assert art["body"].split("\n\n")[1:] == [
            "I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong 5 năm, Đảng ủy đã ban hành 12 văn bản lãnh đạo",
            "- Chi bộ thôn 1", "- Chi bộ thôn 2"]



# -- pages42's classes ------------------------------------------------------------------------
def test_an_accounts_author_element_gives_way_to_the_signature() -> None:
    """Twenty Sixteen's footer: a screen reader's "Tác giả " before the account's link."""
    after = ('<footer class="entry-footer"><span class="byline"><span class="author vcard">'
             '<span class="screen-reader-text">Tác giả </span> <a class="url fn n" '
             'href="/author/hoilhpn_trabong/">hoilhpn_trabong</a></span></span></footer>')
    page = Page(tail='<p style="text-align: right;"><strong>Tin, ảnh: Đinh Thị Hồng Nhung'
                     '</strong></p>', after=after)
    for art in both(page):
        assert (art["author"], art["photographer"]) == ("Đinh Thị Hồng Nhung",) * 2


def test_a_meta_row_joined_from_its_elements_is_no_text() -> None:
    """Warp's "Viết bởi <account> vào <time>. Đăng trong <a>…</a>" opening the article,
    then a bold introduction: the row is read, not kept, and the introduction is the lead."""
    intro = ("Nhân dịp Hội Luật gia tỉnh sơ kết hoạt động của các trung tâm tư vấn pháp luật, "
             "phóng viên đã có cuộc trao đổi với ông Nguyễn Văn Hải, Chủ tịch Hội.")
    body = ('<p class="uk-article-meta">Viết bởi Super User vào <time datetime="2024-03-11T16:45'
            ':00+07:00">11 Tháng 3 2024</time>. Đăng trong <a href="/tin-tuc/hoat-dong-hoi">'
            f'Hoạt động Hội</a></p><p><strong>{intro}</strong></p>'
            + "".join(f"<p>{p}</p>" for p in PARAS))
    for art in both(Page(stamp="", body=body)):
        assert "Viết bởi" not in art["body"] and art["lead"] == intro
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_date_and_byline_row_in_an_articles_header_div_is_read() -> None:
    """SharePoint 2010's article layouts: "div.article > div.header > div.date-line +
    div.by-line", the headline in a "pageTitle" block above."""
    html = ('<html><head><meta charset="utf-8"><title>Trang chủ</title></head><body>'
            '<div id="s4-workspace"><div class="article article-right"><div class="pageTitle">'
            f'<h2 class="ms-pagetitle-article">{TITLE}</h2></div><div class="header">'
            '<div class="date-line">11/03/2024</div><div class="by-line">Lược ghi: Phan Thị Thu '
            'Hằng</div></div><div class="article-content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + f"</div></div>{SIDEBAR}</div></body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert (art["author"], art["published_at"]) == ("Phan Thị Thu Hằng", "2024-03-11")


def test_a_documents_dateline_takes_the_time_its_properties_table_lists() -> None:
    """A notice pasted with its formal header (its dateline the only day in the text) and a
    vendor's table of the post's properties after it (Vietsoftware's portlet)."""
    header = ('<table><tbody><tr><td style="text-align:center"><p>ĐẢNG BỘ HUYỆN<br /><strong>'
              'ĐẢNG ỦY XÃ TÂN LẬP</strong><br />*<br />Số 12-TB/ĐU</p></td><td style="text-align:'
              'center"><p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Tân Lập, '
              'ngày 11 tháng 3 năm 2024</em></p></td></tr></tbody></table>')
    info = ('<div class="attach"><span>Tệp đính kèm:</span> <a href="/documents/12-TB.pdf">'
            '12-TB.pdf</a></div><table class="info-table"><tr><td>Ngày đăng:</td><td>11/03/2024 '
            '15:40</td></tr><tr><td>Cập nhật:</td><td>12/03/2024 08:05</td></tr><tr><td>Người '
            'đăng:</td><td>Nguyễn Thị Thu Hà</td></tr></table>')
    html = ('<html><head><meta charset="utf-8"><title>Trang chủ</title></head><body><div '
            f'class="row"><div class="news-detail"><div class="news-title"><h2>{TITLE}</h2></div>'
            f'<div class="news-content">{header}' + "".join(f"<p>{p}</p>" for p in PARAS)
            + f"</div>{info}</div>{SIDEBAR}</div></body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert (art.published_at, art.updated_at) == ("2024-03-11T15:40:00+07:00",
                                                      "2024-03-12T08:05:00+07:00")


@pytest.mark.parametrize("trail", ["lineage", "loc"])
def test_a_trail_as_a_list_ending_in_the_headline(trail: str) -> None:
    """Squiz Matrix's "lineage", or any list whose style draws the separators: the home
    link first, the headline last and unlinked."""
    above = (f'<div class="{trail}"><ul class="{trail}__list"><li><a href="/">Trang chủ</a></li>'
             '<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-dang">'
             f'Hoạt động Đảng - Đoàn thể</a></li><li>{TITLE}</li></ul></div>')
    for art in both(Page(above=above)):
        assert art["category"] == "Hoạt động Đảng - Đoàn thể"


def test_a_back_link_over_the_headline_is_no_category() -> None:
    """A popup's "Quay lại" link right above the headline (Tilda's feed post)."""
    headline = (f'<a href="/tin/2" class="popup__close"><div class="close-text">Quay lại</div>'
                f'</a><h1 class="news-title">{TITLE}</h1>')
    for art in both(Page(headline=headline)):
        assert art["category"] != "Quay lại"



def _post(footer: str, *, stamp: str = "", body: str = "", above: str = "") -> str:
    """A post block ("div.news-detail") with a block after its text, inside the post."""
    text = body or "".join(f"<p>{p}</p>" for p in PARAS)
    return ('<html><head><meta charset="utf-8"><title>Trang chủ</title></head><body><div '
            'id="main"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xay-dung-'
            f'dang">Xây dựng Đảng</a></div><div class="news-detail">{above}<h1 class="title">'
            f'{TITLE}</h1>{stamp}<div class="content">{text}</div>{footer}</div>{SIDEBAR}</div>'
            "</body></html>")


@pytest.mark.parametrize("footer", [
    # (the review of pages42's classes: a dated link in a post's own footer is another
    # item's day, a related document's, the previous item's, the newest item's)
    '<div class="footer">Văn bản liên quan: <a href="/vb/kh-45.html">Kế hoạch số 45-KH/ĐU ngày '
    '02/04/2024</a></div>',
    '<div class="footer"><a href="/x/a-98.html">« Bài trước: Hội nghị học tập Nghị quyết Trung '
    'ương 8</a> (18/05/2024)</div>',
    '<div class="footer">Tin mới: <a href="/x/a-99.html">Khai mạc Hội nghị Ban Chấp hành Đảng '
    'bộ huyện lần thứ 15</a> (25/05/2024)</div>',
])
def test_a_dated_link_in_a_posts_footer_is_no_stamp(footer: str) -> None:
    for up in (True, False):
        assert extract(_post(footer), URL, use_profiles=up).published_at is None


def test_a_sentence_opening_with_its_day_is_no_stamp_row() -> None:
    first = ("<p><strong>(ĐCSVN) - Ngày 21/5/2024</strong>, Đảng ủy xã Tân Phú tổ chức hội nghị "
             "sơ kết công tác xây dựng Đảng.</p>")
    html = _post("", body=first + "".join(f"<p>{p}</p>" for p in PARAS))
    for up in (True, False):
        assert "Đảng ủy xã Tân Phú tổ chức hội nghị" in (
            extract(html, URL, use_profiles=up).body or "")


@pytest.mark.parametrize("section", ["Bình luận", "Ý kiến bạn đọc", "Chia sẻ", "Phản hồi"])
def test_a_section_named_like_a_control_over_the_headline_is_the_category(
        section: str) -> None:
    html = _post("", stamp='<div class="date">21/05/2024 08:30</div>',
                 above=f'<p class="category"><a href="/muc/{len(section)}">{section}</a></p>')
    html = html.replace('<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xay-dung-'
                        'dang">Xây dựng Đảng</a></div>',
                        f'<ul class="menu"><li><a href="/muc/{len(section)}">{section}</a></li>'
                        '</ul>')
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).category == section



# -- pages43's classes ------------------------------------------------------------------------
def test_a_picture_tables_stamp_row_leaves_its_caption() -> None:
    """A lead picture table whose last row is the stamp and the view count."""
    above = ('<table class="anhdaidien"><tr><td><img src="/Upload/hoi-nghi.jpg"></td></tr><tr>'
             '<td class="chuthich"><i>Quang cảnh hội nghị báo cáo viên tháng 4</i></td></tr><tr>'
             '<td class="thongtin">Cập nhật: 11/03/2024 16:45 | Lượt xem: 512</td></tr></table>')
    for art in both(Page(stamp="", lead=above)):
        assert art["captions"][:1] == ["Quang cảnh hội nghị báo cáo viên tháng 4"]
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_a_byline_closing_the_sapo_on_a_line_of_its_own() -> None:
    """NukeViet 3's hometext: the sapo in bold, then "<br><em>Name (unit)</em>"."""
    lead = ('<div class="hometext"><strong>Ngày 7/4, Chi bộ bản Thẩm Táng, Đảng bộ xã Tuần Giáo tổ '
            'chức lễ kết nạp đảng viên cho 3 quần chúng ưu tú.</strong><br /> <em>Lò Thị Hương '
            '(Văn phòng Đảng ủy xã Tuần Giáo)</em></div>')
    for art in both(Page(lead=lead, tail="")):
        assert (art["author"], art["author_unit"]) == ("Lò Thị Hương",
                                                       "Văn phòng Đảng ủy xã Tuần Giáo")
        assert "Lò Thị Hương" not in art["lead"] and "Lò Thị Hương" not in art["body"]


def test_other_items_headlines_closing_the_text_are_no_text() -> None:
    """"» <a>headline</a> (date)" lines after the signature: related items; the signature
    before them is read."""
    tail = ('<p style="text-align:right"><strong>PV</strong></p><ul><li><a href="/tin/1">Thường '
            'trực Tỉnh ủy làm việc với Đảng ủy phường Bắc Nha Trang</a> (12/05/2024)</li><li><a '
            'href="/tin/2">Bí thư Tỉnh ủy tiếp xúc cử tri xã Cam Lâm</a> (20/04/2024)</li></ul>')
    for art in both(Page(tail=tail)):
        assert art["author"] == "PV" and "Cam Lâm" not in art["body"]


def test_an_update_time_alone_takes_its_day_from_the_metadata() -> None:
    """CoverNews' "Cập nhật lúc 19:02" beside a date-only "17/05/2027", the metadata's
    modified time 19:02 the next day."""
    head = ('<title>x</title><meta property="article:published_time" content="2024-03-11T01:40:00'
            '+00:00"><meta property="article:modified_time" content="2024-03-12T12:02:00+00:00">')
    stamp = ('<div class="entry-meta"><span class="posts-date">11/03/2024</span> <span class="posts'
             '-modified">Cập nhật lúc 19:02</span></div>')
    for art in both(Page(head=head, stamp=stamp)):
        assert art["updated_at"] == "2024-03-12T19:02:00+07:00"


def test_a_list_of_figures_is_no_text_on_its_own() -> None:
    """An infographic's text version: a short line, a list of figures, a line naming the
    day of the figures; then a credit block ("Thực hiện:", "Đồ họa:", "Nguồn số liệu:")."""
    body = ('<p>Một số kết quả chính:</p><ul>' + "".join(
        f"<li>{n} xã, phường được thành lập sau sắp xếp, giảm 58% so với trước ngày 1/7/2025;</li>"
        for n in (104, 98, 87, 76)) + "</ul><p>Số liệu tính đến ngày 20/6/2024.</p>")
    credit = ('<div class="credit"><p><strong>Thực hiện:</strong> Thu Hương</p><p><strong>Đồ họa:'
              '</strong> Minh Đức</p><p><em>Nguồn số liệu: Sở Nội vụ tỉnh</em></p></div>')
    html = _post(credit, stamp='<div class="date">11/03/2024 16:45</div>', body=body)
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert "Số liệu tính đến ngày 20/6/2024." in (art.body or "")
        assert art.author == "Thu Hương"


def test_a_gallery_of_captioned_pictures_keeps_each_caption() -> None:
    """WordPress's classic gallery: dl.gallery-item > dt (the picture) + dd (its caption)."""
    items = "".join(f'<dl class="gallery-item"><dt class="gallery-icon"><a href="/up/{n}.jpg"><img '
                    f'src="/up/{n}.jpg"></a></dt><dd class="wp-caption-text gallery-caption">{c}'
                    "</dd></dl>" for n, c in ((1, "Các em học sinh nhận học bổng"),
                                              (2, "Tiết mục văn nghệ chào mừng của học sinh")))
    body = f'<p>{PARAS[0]}</p><div class="gallery gallery-columns-2">{items}</div><p>{PARAS[1]}</p>'
    for art in both(Page(body=body)):
        assert art["captions"] == ["Các em học sinh nhận học bổng",
                                   "Tiết mục văn nghệ chào mừng của học sinh"]


def test_a_vendors_hometext_and_an_inline_read_more_card() -> None:
    """NukeViet 5 themes' "nv-hometext" sapo, and a "Đọc thêm" card in the text whose title
    is a link of its own over the other item's sapo."""
    lead = ('<div class="nv-hometext"><em>Chiều 9/6, Chi bộ khu phố Đông Hồ tổ chức sinh hoạt '
            'chuyên đề về chuyển đổi số ở khu dân cư, với 38/41 đảng viên tham dự.</em></div>')
    card = ('<div class="nv-inline-box"><span class="nv-inline-label">Đọc thêm</span><a '
            'href="/news/x-905.html"><img src="/u/x.jpg"></a><div class="nv-inline-body"><a '
            'class="nv-inline-title" href="/news/x-905.html">Phường ra mắt tổ công nghệ số cộng '
            'đồng tại 12 khu phố</a><p class="nv-inline-sapo">Mỗi tổ có từ 5 đến 7 thành viên là '
            "đoàn viên thanh niên, hỗ trợ người dân cài đặt các nền tảng số.</p></div></div>")
    body = f"<p>{PARAS[0]}</p>{card}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(lead=lead, body=body)):
        assert art["lead"].startswith("Chiều 9/6") and "Mỗi tổ có" not in art["body"]


def test_a_page_builders_column_of_paragraphs_is_the_text() -> None:
    """LadiPage: each paragraph in an element of its own; a hotline button and a sign-up
    form in the same column are no text."""
    def element(n: int, inner: str) -> str:
        return f'<div id="PARAGRAPH{n}" class="ladi-element">{inner}</div>'
    column = (f'<div class="ladi-element"><h1 class="ladi-headline">{TITLE}</h1></div>'
              + element(2, '<div class="ladi-paragraph ladi-meta">Đăng ngày 11.03.2024 - 16:45'
                           "</div>")
              + "".join(element(10 + i, f'<div class="ladi-paragraph">{p}</div>')
                        for i, p in enumerate(PARAS))
              + '<div class="ladi-element"><div class="ladi-button"><p class="ladi-headline">'
                "Hotline Đoàn phường: 0297.3862.145 - Đăng ký làm tình nguyện viên</p></div></div>"
              + '<div class="ladi-element"><form class="ladi-form"><div class="ladi-headline">Đăng '
                'ký tình nguyện</div><input name="name"><button type="submit">Gửi</button></form>'
                "</div>")
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="ladi-'
            f'wraper"><div class="ladi-section"><div class="ladi-container">{column}</div></div>'
            f"{SIDEBAR}</div></body></html>")
    for up in (True, False):
        body = extract(html, URL, use_profiles=up).body or ""
        assert all(p in body for p in PARAS) and "Hotline" not in body and "Đăng ký" not in body



# -- the review of pages43's classes ----------------------------------------------------------
@pytest.mark.parametrize("last", [
    "<em>Hồ Chí Minh</em>",                                        # a quotation's author
    "<em>Nguyễn Văn Thắng (Bí thư Huyện ủy Lục Yên)</em>",         # an interviewee, his post
])
def test_a_sapos_closing_attribution_is_no_byline(last: str) -> None:
    lead = ('<div class="sapo"><strong>“Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành '
            f'công, đại thành công” - lời dạy của Bác vẫn vang vọng.”</strong><br />{last}</div>')
    for art in both(Page(lead=lead, tail="")):
        assert art["author"] is None


@pytest.mark.parametrize("tail", [
    # references and documents under a label of their own, or numbered: the text's
    "<p><strong>Tài liệu tham khảo:</strong></p><p>1. <a href='https://dangcongsan.vn/x.html'>"
    "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập I</a> (25/02/2021)</p><p>2. <a href="
    "'https://tapchicongsan.org.vn/y.html'>Bài viết về chuyển đổi số quốc gia</a> (03/09/2024)</p>",
    "<p>Văn bản đính kèm:</p><p>- <a href='/upload/qd-123.pdf'>Quyết định số 123/QĐ-UBND ngày "
    "5/3/2024 của UBND tỉnh</a></p><p>- <a href='/upload/phu-luc.docx'>Phụ lục danh mục các dự "
    "án trọng điểm năm 2024</a></p>",
    "<p>- <a href='/upload/kh-45.pdf'>Toàn văn Kế hoạch số 45-KH/TU của Tỉnh ủy</a> (12/03/2024)"
    "</p>",
])
def test_a_texts_closing_references_stay(tail: str) -> None:
    for art in both(Page(tail=tail)):
        assert "Văn kiện Đại hội" in art["body"] or "Phụ lục danh mục" in art["body"] or \
            "Toàn văn Kế hoạch" in art["body"]


def test_a_short_notice_in_a_form_stays() -> None:
    """A WebForms page whose small form holds the notice and a search box."""
    notice = ("Thường trực Tỉnh ủy tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở cơ "
              "quan, số 12 đường Hòa Bình. Đề nghị công dân mang theo giấy tờ tùy thân.")
    body = f'<form id="form1"><p>{notice}</p><input type="text" name="q"></form>'
    for art in both(Page(body=body)):
        assert notice in art["body"]


def test_another_items_sapo_in_a_box_over_the_text_is_no_lead() -> None:
    box = ("<div class='hot-news'><a href='/tin-tuc/b-9.html'>Tin nổi bật: Hội nghị Tỉnh ủy lần "
           "thứ 15</a><div class='nv-hometext'>Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa "
           "XIX thảo luận nhiều nội dung quan trọng.</div></div>")
    for art in both(Page(lead=box)):
        assert not (art["lead"] or "").startswith("Hội nghị lần thứ 15")


def test_an_articles_block_beside_teasers_sharing_its_class_is_no_builder_column() -> None:
    teasers = "".join(f"<div class='item'><a href='/tin/{n}'>Tin sơ kết quý I số {n}</a><div "
                      f"class='content'>Huyện ủy Lục Yên tổ chức hội nghị sơ kết quý I số {n}, "
                      "đánh giá kết quả thực hiện nhiệm vụ.</div></div>" for n in range(3))
    body = "<br><br>".join(PARAS)
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="col-main">'
            f'<h1>{TITLE}</h1><div class="date">11/03/2024 16:45</div><div class="detail"><div '
            f'class="content">{body}</div></div><h3>Các tin khác</h3>{teasers}</div>{SIDEBAR}'
            "</body></html>")
    for up in (True, False):
        assert "Tin sơ kết quý I" not in (extract(html, URL, use_profiles=up).body or "")


def test_long_style_and_tag_clouds_cost_little() -> None:
    """A base64 font in the page's style beside a rule hiding the update time, and a cloud
    of two thousand tag links: each read in linear time."""
    import time
    font = "@font-face{src:url(data:font/woff2;base64," + "A" * 300_000 + ")}"
    head = f"<title>x</title><style>{font} .entry-meta .updated{{display:none}}</style>"
    cloud = "".join(f'<a class="tag-cloud-link" href="/tag/t{i}">chủ đề {i}</a> ({i}) '
                    for i in range(2000))
    started = time.process_time()
    extract(Page(head=head, body=f"<p>{PARAS[0]}</p><div>{cloud}</div>").html(), URL)
    assert time.process_time() - started < 5


# -- pages44's classes: competing stamps and names --------------------------------------------

@pytest.mark.parametrize("label", ["Ngày chụp:", "Thời gian chụp:", "Chụp lúc", "Date taken:"])
def test_a_pictures_capture_time_is_no_publication(label: str) -> None:
    """A photo plugin's EXIF box above the headline ("Ngày chụp: 10/03/2024 07:42 · Máy ảnh:
    Canon EOS R6") dates the picture, a day before the post: the post's own stamp wins."""
    exif = (f'<ul class="exifography"><li class="exif-created"><span class="exif-label">{label}'
            '</span> 10/03/2024 07:42</li><li><span class="exif-label">Máy ảnh:</span> Canon '
            'EOS R6</li></ul>')
    meta = ('<title>x</title><meta property="article:published_time" '
            'content="2024-03-11T16:45:00+07:00">')
    for page in (Page(above=exif, stamp='<div class="news-date">11/03/2024 16:45</div>'),
                 Page(above=exif, stamp="", head=meta)):
        for art in both(page):
            assert art["published_at"] == "2024-03-11T16:45:00+07:00"
            assert art["updated_at"] is None


def test_a_box_of_other_items_named_summary_is_no_lead() -> None:
    """Squarespace's "summary" block of newer posts after the item (a heading, then linked
    headlines with their days and writers) matched a lead's class name: it opened the text."""
    box = ('<div class="sqs-block summary-v2-block"><h3 class="summary-heading">Bài viết mới</h3>'
           + "".join(f'<div class="summary-item"><a href="/tin/{n}">Lớp bồi dưỡng nhận thức về '
                     f'Đảng cho quần chúng ưu tú số {n}</a><div class="summary-metadata"><time>'
                     f'{n} tháng 10, 2027</time> <span>Trần Thảo Vy</span></div></div>'
                     for n in range(3, 6)) + "</div>")
    for art in both(Page(after=box)):
        assert art["lead"] in (None, PARAS[0])
        assert not art["body"].startswith("Bài viết mới") and "Trần Thảo Vy" not in art["body"]


def test_the_posts_own_category_under_the_trails_blog_level_wins() -> None:
    """A blog's trail ends at the blog ("Trang chủ / Tin tức - Hoạt động", ``/blog/``); the
    post names its category after the text ("Trong chuyên mục: <a href=/blog/category/tu-
    van-phap-luat/>"): the narrower one, under the trail's level, is the category."""
    crumb = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blog/">'
             f'Tin tức - Hoạt động</a></li><li class="active">{TITLE}</li></ul>')
    cats = ('<p class="blog-categories">Trong chuyên mục: <a href="/blog/category/tu-van-phap-'
            'luat/">Tư vấn pháp luật</a></p>')
    for art in both(Page(above=crumb, tail=Page.tail + cats)):
        assert art["category"] == "Tư vấn pháp luật"
    other = cats.replace("/blog/category/tu-van-phap-luat/", "/chuyen-de/tu-van-phap-luat/")
    for art in both(Page(above=crumb, tail=Page.tail + other)):
        assert art["category"] == "Tin tức - Hoạt động"   # (not under it: the trail stands)


def test_a_pictures_caption_in_a_field_of_its_own_is_its_caption() -> None:
    """Drupal's image field and, beside it, a caption field, above the summary and the text
    field: the caption is the picture's (it was dropped)."""
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="main">'
            f'<h1 class="page-title">{TITLE}</h1><article class="node"><div class="node__meta">'
            '<span>Đăng ngày: 22/09/2027 - 16:00</span></div><div class="node__content"><div '
            'class="field field--name-field-image"><img src="/files/anh-1.jpg" alt=""></div>'
            '<div class="field field--name-field-image-caption"><p>Đảng viên Chi bộ ấp 3 ra '
            'quân làm sạch đường làng</p></div><div class="field field--name-body">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div></article></div>"
            + SIDEBAR + "</body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.captions == ["Đảng viên Chi bộ ấp 3 ra quân làm sạch đường làng"]
        assert "làm sạch đường làng" not in (art.body or "")


@pytest.mark.parametrize("sapo", [
    # (the review) a sapo linking the conference it names, or the series' first part
    'Sáng 11/3, Huyện ủy khai mạc <a href="/tin/hoi-nghi-20">Hội nghị lần thứ 20 Ban Chấp hành '
    "Đảng bộ huyện khóa XX, nhiệm kỳ 2020 - 2025</a>.",
    '(Tiếp theo bài: <a href="/tin/ky-1">Kỳ 1: Khi chi bộ là hạt nhân đoàn kết ở khu dân cư</a>)'
    " Huyện ủy sơ kết công tác xây dựng Đảng, đánh giá kết quả nửa năm.",
])
def test_a_sapo_with_a_link_of_its_own_stays_the_lead(sapo: str) -> None:
    words = " ".join(LexborHTMLParser(sapo).text().split())
    for art in both(Page(lead=f'<div class="sapo">{sapo}</div>')):
        assert art["lead"] is not None and art["lead"].endswith(words[-20:])


@pytest.mark.parametrize("stamp", [
    '<div class="ngay-cap-nhat">Cập nhật lúc 08:30 ngày 11/03/2024</div>',
    '<div class="cap-nhat">Thứ Hai, 11/03/2024 08:30</div>',
])
def test_an_update_line_after_the_picture_is_no_caption(stamp: str) -> None:
    """(the review) "ngay-cap-nhat" is no caption's name, a stamp line no caption."""
    picture = '<div class="news-image"><img src="/anh/1.jpg" alt=""></div>' + stamp
    for art in both(Page(lead=picture)):
        assert not any("11/03/2024" in c for c in art["captions"])


# -- pages45's classes: where the text begins and ends ----------------------------------------

def test_the_editors_preface_over_a_sapo_is_neither_lead_nor_text() -> None:
    """"LTS: …" opening the text over the text's own sapo: the paper's words about the
    piece. Alone over the text (no sapo), it is the lead, as printed (pages3)."""
    preface = ("<p><b><i>LTS: Rừng tràm Trà Sư là khu rừng đặc dụng; Báo giới thiệu bài ghi chép "
               "của nhóm phóng viên về những người giữ rừng mùa khô.</i></b></p>")
    sapo = f'<p class="sapo"><b>{PARAS[0]}</b></p>'
    for art in both(Page(body=preface + sapo + "".join(f"<p>{p}</p>" for p in PARAS[1:]))):
        assert art["lead"] == PARAS[0]
        assert "LTS" not in art["body"] and art["body"].startswith(PARAS[0])
    for art in both(Page(body=preface + "".join(f"<p>{p}</p>" for p in PARAS))):
        assert (art["lead"] or "").startswith("LTS:")


def test_a_questions_row_is_no_text_and_its_inline_labels_stay() -> None:
    """A Q&A item: the asker's row ("Người hỏi: … · Ngày gửi: …") is the question's
    particulars, not text; "<strong>Hỏi:</strong> Tôi là …" prints its label as the
    paragraph's first word (kept); the other questions' box is related, not text."""
    body = ('<div class="faq-asker"><span>Người hỏi: <b>Lê Văn Tâm</b> (xã Diễn Châu)</span> '
            '<span>Ngày gửi: 08/03/2024 21:17</span> <span>Lĩnh vực: Đảng phí</span></div>'
            '<div class="faq-question"><p><strong>Hỏi:</strong> Tôi là đảng viên chi bộ thôn Yên '
            'Lạc, đã chuyển sinh hoạt đảng tạm thời. Xin hỏi tôi đóng đảng phí ở đâu?</p></div>'
            '<div class="faq-answer"><p><strong>Trả lời:</strong> Ban Tổ chức Tỉnh ủy trả lời '
            f'bạn như sau: {PARAS[1]}</p></div><div class="faq-rate">Câu trả lời có hữu ích với '
            'bạn? <button>Có</button> <button>Không</button></div><div class="faq-others"><h3>'
            'Câu hỏi khác</h3><ul><li><a href="/faq/1.html">Đảng viên nghỉ hưu có được miễn đóng '
            'đảng phí không?</a></li><li><a href="/faq/2.html">Chi bộ được trích giữ lại bao '
            'nhiêu phần trăm đảng phí?</a></li></ul></div>')
    for art in both(Page(body=body, tail="")):
        paras = art["body"].split("\n\n")
        assert paras[0].startswith("Hỏi: Tôi là") and paras[1].startswith("Trả lời: Ban")
        assert not any(w in art["body"] for w in ("Người hỏi", "hữu ích", "Câu hỏi khác",
                                                  "nghỉ hưu"))


def test_a_contest_note_keyed_to_the_signature_is_no_unit_nor_text() -> None:
    """"Trần Văn Hải (*)" over "(*) Bài viết tham dự Cuộc thi …": the writer, and the
    note of what the piece was written for (not a unit, not text)."""
    tail = ('<p style="text-align:right"><strong>Trần Văn Hải</strong> (*)</p><p><em>(*) Bài '
            "viết tham dự Cuộc thi viết “Gương sáng dân vận khéo” năm 2024 do Ban Tuyên giáo và "
            "Dân vận Tỉnh ủy phát động.</em></p>")
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("Trần Văn Hải", None)
        assert "Cuộc thi" not in art["body"]


def test_the_next_parts_title_after_to_be_continued_is_no_text() -> None:
    tail = ('<p style="text-align:right"><strong>Phạm Anh Khoa</strong></p><p><em>(Còn tiếp)'
            "</em></p><p><em>Bài 2: Khi ngư dân “đi học” trên điện thoại</em></p>")
    for art in both(Page(tail=tail)):
        assert art["author"] == "Phạm Anh Khoa"
        assert "Còn tiếp" not in art["body"] and "Bài 2" not in art["body"]


def test_spips_chapo_document_and_notes() -> None:
    """SPIP: the "chapo" is the lead; a document's ``dl > dt > img`` + ``dd`` description
    is a picture and its caption (it was read as the lead); the ``#NOTES`` block after the
    text, which the text calls, is the text's; the site's menu named "nav" is no trail."""
    menu = '<div class="nav"><ul>' + "".join(
        f'<li><a href="/muc-{n}.html">Chuyên mục số {n}</a></li>' for n in range(12)) + \
        "</ul></div>"
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body>' + menu +
            '<div class="content"><p class="arbo"><a href="/">Trang chủ</a> &gt; <a href="/spip'
            f'.php?rubrique12">Gương cựu chiến binh</a> &gt;</p><div class="cartouche"><h1>{TITLE}'
            '</h1><p class="info-publi">11/03/2024 16:45</p></div><div class="surlignable"><div '
            f'class="chapo"><p>{PARAS[0]}</p></div><div class="texte"><p>{PARAS[1]}<span class='
            '"spip_note_ref">&nbsp;[<a href="#nb1" class="spip_note" id="nh1">1</a>]</span></p>'
            '<dl class="spip_documents"><dt><img src="/IMG/jpg/a.jpg" alt=""></dt><dd class="spip'
            '_doc_descriptif">Cựu chiến binh bên những kỷ vật thời chiến</dd></dl>'
            f'<p>{PARAS[2]}</p></div></div><div class="notes"><h2>Ghi chú</h2><div id="nb1"><p>'
            '<span class="spip_note_ref">[<a href="#nh1">1</a>] </span>Nay là Binh đoàn 12, Bộ '
            "Quốc phòng.</p></div></div></div></body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up)
        assert art.lead == PARAS[0]
        assert art.captions == ["Cựu chiến binh bên những kỷ vật thời chiến"]
        assert (art.body or "").endswith("Nay là Binh đoàn 12, Bộ Quốc phòng.")
        assert art.category == "Gương cựu chiến binh"


def test_the_poster_opening_the_stamps_line_stands_in_and_its_category_link_counts() -> None:
    """Dotclear's post-info line "Viết bởi <person> vào ngày … - <a href=…?category/…>":
    the person who posted stands in when no one signs the text; the link is the category."""
    info = ('<p class="post-info">Viết bởi Lê Thị Bích Tuyền vào ngày 11/03/2024, 16:45 - <a href='
            '"https://portal.example.vn/index.php?category/Hoat-dong-Hoi">Hoạt động Hội</a></p>')
    for art in both(Page(stamp=info, tail="")):
        assert art["author"] == "Lê Thị Bích Tuyền"
        assert art["category"] == "Hoạt động Hội"
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


# -- the review of pages45's classes ------------------------------------------------------------

def test_a_readers_question_itself_stays_the_text() -> None:
    """(the review) a question naming a day ("Bạn đọc hỏi: Tôi sinh ngày 12/05/1970 …?")
    was taken for the asker's row and dropped."""
    question = ("<p>Người hỏi: Anh Nguyễn Văn B hỏi về việc ngày 12/3/2024 Ủy ban xã thu hồi đất "
                "của gia đình, như vậy có đúng quy định không?</p>")
    for art in both(Page(body=question + "".join(f"<p>{p}</p>" for p in PARAS))):
        assert "thu hồi đất" in art["body"]


def test_notes_after_the_text_keep_its_signature_and_a_comment_forms_notes_stay_out() -> None:
    """(the review) the notes read after the text were put after its signature (the writer
    lost), and a comment form's numbered rules ("comment-notes") read as notes."""
    called = f'<p>{PARAS[1]}<a href="#nb1">[1]</a></p>'
    notes = ('<div class="notes"><div id="nb1"><p>[1] Nay là Binh đoàn 12, Bộ Quốc phòng.</p>'
             "</div></div>")
    page = Page(body=f"<p>{PARAS[0]}</p>{called}", after=notes)
    for art in both(page):
        assert art["author"] == "Minh Anh"
        assert art["body"].endswith("[1] Nay là Binh đoàn 12, Bộ Quốc phòng.")
        assert "Minh Anh" not in art["body"]
    rules = ('<div class="comment-notes"><p>(1) Bình luận phải viết bằng tiếng Việt có dấu.</p>'
             "<p>(2) Ban biên tập có quyền biên tập bình luận.</p></div>")
    plain = Page(body=f"<p>{PARAS[0]} (1) và (2) là hai điểm mới.</p>", after=rules)
    for art in both(plain):
        assert "Bình luận phải" not in art["body"] and art["author"] == "Minh Anh"


@pytest.mark.parametrize("trail", [
    # (the review) a trail printed twice, its home an icon; a trail of nine levels
    '<div class="breadcrumb"><a href="/"><i class="fa fa-home"></i></a> / <a href="/a">Tin tức'
    '</a> / <a href="/b">Xây dựng Đảng</a> / <a href="/c">Tổ chức</a></div>',
    '<div class="breadcrumbs"><a href="/"><img src="/home.png" alt=""></a>' + "".join(
        f' › <a href="/m{n}">Mục {n}</a>' for n in range(1, 10)) + "</div>",
])
def test_a_real_trail_of_many_links_is_still_a_trail(trail: str) -> None:
    last = "Tổ chức" if "Tổ chức" in trail else "Mục 9"
    for art in both(Page(above=trail, after=trail if "Tổ chức" in trail else "")):
        assert art["category"] == last


# -- pages46's classes (an honest random sample) --------------------------------------------------

def test_an_events_time_under_the_headline_is_no_publication() -> None:
    """A notice's event row right under the headline ("vm-event-time": "07:30 Thứ Hai,
    18/03/2024" and the hall), the post's own stamp after the text: the post's."""
    event = ('<table class="vm-event-info"><tr><td class="vm-event-time">07:30 Thứ Hai, '
             '18/03/2024</td></tr><tr><td class="vm-event-place">Hội trường Đảng ủy phường</td>'
             "</tr></table>")
    posted = '<div class="vm-posted"><span>Ngày đăng: 11/03/2024 16:45</span></div>'
    for art in both(Page(stamp=event, after=posted)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


def test_an_update_line_after_the_signature_outside_the_text_is_read() -> None:
    """NukeViet's "Cập nhật lần cuối: …" after the signature, outside the text's block: the
    update, in either mode (a profile's stamp left it unread)."""
    html = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="news">'
            f'<h1>{TITLE}</h1><div class="meta">11/03/2024 16:45</div><div id="news-bodyhtml">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + '</div><p style="text-align:right"><strong>'
            'Minh Hiếu - Văn phòng UBKT Tỉnh ủy</strong></p><div class="text-right h5"><em>Cập '
            "nhật lần cuối: 12/03/2024 08:05</em></div></div>" + SIDEBAR + "</body></html>")
    for up in (True, False):
        assert extract(html, URL, use_profiles=up).updated_at == "2024-03-12T08:05:00+07:00"


# -- the review of pages46's classes --------------------------------------------------------------

@pytest.mark.parametrize("page", [
    # (the review) a post named for a work schedule, a stamp classed "event-date" or set in
    # an "event-info" row, and an event row whose label says it is the post's
    Page(headline=f'<div class="lich-lam-viec-detail"><h1 class="news-title">{TITLE}</h1>'
                  '<div class="news-date">11/03/2024 16:45</div></div>', stamp=""),
    Page(stamp='<div class="meta"><span class="event-date">11/03/2024 16:45</span></div>'),
    Page(stamp='<div class="event-info"><span class="date">11/03/2024 16:45</span> | <span>'
               "Lượt xem: 120</span></div>"),
    Page(stamp='<div class="vm-event-info"><span class="lbl">Ngày đăng:</span> <span class='
               '"vm-event-time">11/03/2024 16:45</span></div>'),
])
def test_a_posts_own_stamp_in_an_event_named_element_stays(page: Page) -> None:
    for art in both(page):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


@pytest.mark.parametrize("after", [
    '<p class="related"><a href="/tin/9">Cập nhật tình hình mưa lũ đến 17h ngày 15/10/2024</a>'
    "</p>",
    '<div class="other-news"><h3>Tin khác</h3></div><div class="item"><a href="/tin/5">Hội '
    'nghị</a></div><div class="d">Cập nhật: 20/03/2024</div>',
])
def test_another_items_update_after_the_text_is_not_the_articles(after: str) -> None:
    for art in both(Page(after=after)):
        assert art["updated_at"] is None


# -- pages47's classes (the heavy everyday page) ----------------------------------------------

def test_a_closing_quotations_attribution_is_the_texts_not_a_byline() -> None:
    """A text closing on Hồ Chí Minh's words, the attribution bold and right where a
    signature would stand: the text's (kept), no unit, no writer."""
    quote = ("<p>“Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại cho dân, ta phải "
             "hết sức tránh”.</p>")
    tail = '<p style="text-align:right"><b>Chủ tịch Hồ Chí Minh</b></p>'
    stamp = '<div class="news-date">11/03/2024 16:45 | Tác giả: Minh Anh</div>'
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + quote, tail=tail,
                         stamp=stamp)):
        assert art["author_unit"] is None and art["author"] != "Chủ tịch Hồ Chí Minh"
        assert art["body"].endswith("Chủ tịch Hồ Chí Minh")


def test_a_writers_card_names_the_writer() -> None:
    """A card after the text: a portrait, the name, a bio, a link to the writer's page —
    the writer, when the page prints no other credit; the bio no unit."""
    card = ('<div class="dcs-bl-author"><img src="/authors/d.jpg" alt=""><div class="dcs-bl-author'
            '-info"><span class="name">Trần Minh Đức</span><p class="bio">Giảng viên Khoa Xây '
            'dựng Đảng, Trường Chính trị tỉnh. Tác giả nhiều bài viết về bảo vệ nền tảng tư '
            'tưởng.</p>'
            '<a href="/tac-gia/tran-minh-duc" class="more">Các bài viết của tác giả</a></div>'
            "</div>")
    for art in both(Page(tail="", after=card)):
        assert (art["author"], art["author_unit"]) == ("Trần Minh Đức", None)


# -- the review of pages47's classes ------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    '<p style="text-align:right"><b>Đại tướng Phan Văn Giang</b></p>',
    '<p style="text-align:right"><b>Đại tướng Nguyễn Văn An (Bộ CHQS tỉnh)</b></p>',
])
def test_a_signature_after_a_quoted_name_stays_a_signature(tail: str) -> None:
    """(the review) a last paragraph ending on a quoted name ("… “Dân vận khéo”.") is no
    quotation: the signature after it is the writer's."""
    last = "<p>Các chi bộ tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”.</p>"
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + last, tail=tail)):
        assert art["author"] in ("Phan Văn Giang", "Nguyễn Văn An")


def test_a_co_writer_named_like_the_commune_stays_a_writer() -> None:
    title = "Xã Minh Đức ra mắt mô hình dân vận khéo ở khu dân cư"
    page = Page(headline=f'<h1 class="news-title">{title}</h1>',
                tail='<p style="text-align:right"><b>Thanh Hà, Minh Đức</b></p>')
    for art in both(page):
        assert art["author"] == "Thanh Hà, Minh Đức"


@pytest.mark.parametrize(("title", "signature", "author"), [
    # the place the writer files from: the ward the headline is about, after a dash, last
    ("Đảng ủy phường Quang Trung sơ kết 6 tháng thực hiện nhiệm vụ chính trị",
     "Hoài Thu - Quang Trung", "Hoài Thu"),
    ("Xã Minh Đức ra mắt mô hình dân vận khéo ở khu dân cư", "Thanh Hà – Minh Đức",
     "Thanh Hà"),
    ("Đặc khu Cô Tô tổ chức ngày hội đại đoàn kết", "Minh Châu - Cô Tô.", "Minh Châu"),
    # two writers: a comma; a name the headline does not give as a place; the place first
    ("Xã Minh Đức ra mắt mô hình dân vận khéo ở khu dân cư", "Thanh Hà, Minh Đức",
     "Thanh Hà, Minh Đức"),
    ("Đảng ủy phường Trần Phú sơ kết 6 tháng thực hiện nhiệm vụ chính trị",
     "Hoài Thu - Quang Trung", "Hoài Thu, Quang Trung"),
    ("Quang Trung: hội nghị sơ kết 6 tháng thực hiện nhiệm vụ chính trị",
     "Hoài Thu - Quang Trung", "Hoài Thu, Quang Trung"),
])
def test_a_ward_after_the_writers_dash_is_the_place_filed_from(title: str, signature: str,
                                                                author: str) -> None:
    """pages47's known miss: "Name - X" where X is the commune or ward the headline is
    about (named with its kind) is the writer and the place filed from, no second writer;
    the same name after a comma, or a name the headline does not give as a place, is a
    co-writer."""
    page = Page(headline=f'<h1 class="news-title">{title}</h1>',
                tail=f'<p style="text-align:right"><b>{signature}</b></p>')
    for art in both(page):
        assert (art["author"], art["author_unit"]) == (author, None)


def test_a_sidebars_author_widget_is_no_writer() -> None:
    widget = ('<div class="author-widget"><h3>Tác giả nổi bật</h3><div class="author-item">'
              '<span class="name">Đỗ Văn Khánh</span><p>Nhà báo</p><a href="/tac-gia/do-van-'
              'khanh">Xem</a></div></div>')
    for art in both(Page(tail="", side=SIDEBAR + widget)):
        assert art["author"] != "Đỗ Văn Khánh"


# -- pages48's classes (an honest random sample: real CMS output's mess) -----------------------

def test_a_days_label_in_the_cell_before_its_span() -> None:
    """A Q&A's rows: "Ngày gửi:" in one cell, the day in a span alone in the next — the
    question's sending, no stamp; the answer's day is the page's."""
    stamp = ('<table class="qa"><tr><td class="lbl">Ngày gửi:</td><td><span id="lblNgayGui">'
             '20/02/2024 21:14</span></td></tr><tr><td class="lbl">Ngày trả lời:</td><td>'
             '<span id="lblNgayTraLoi">02/03/2024 09:00</span></td></tr></table>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-02T09:00:00+07:00"


@pytest.mark.parametrize(("line", "author", "source"), [
    ("Theo Hoàng Anh (Báo Hải Phòng)", "Hoàng Anh", "Báo Hải Phòng"),
    ("Theo Minh Châu (baohaiphong.vn)", "Minh Châu", "baohaiphong.vn"),
    # a source alone stays a source
    ("Theo Báo Nhân Dân (bản điện tử)", None, "Báo Nhân Dân (bản điện tử)"),
    ("Theo TTXVN", None, "TTXVN"),
    # (the review) an outlet named twice is no writer; nor a paper named by its medium alone
    ("Theo TTXVN (baotintuc.vn)", None, "TTXVN (baotintuc.vn)"),
    ("Theo VOV (vov.vn)", None, "VOV (vov.vn)"),
    ("Theo TTXVN (Báo Tin tức)", None, "TTXVN (Báo Tin tức)"),
    ("Theo Thanh Niên (thanhnien.vn)", None, "Thanh Niên (thanhnien.vn)"),
    ("Theo Tuổi Trẻ Online (tuoitre.vn)", None, "Tuổi Trẻ Online (tuoitre.vn)"),
    ("Theo Người Lao Động (nld.com.vn)", None, "Người Lao Động (nld.com.vn)"),
    ("Theo Nhân Dân (Báo điện tử)", None, "Nhân Dân (Báo điện tử)"),
])
def test_a_reprints_writer_and_paper(line: str, author: str | None, source: str) -> None:
    """"Theo Name (Báo X)": the reprinted text's writer, and the paper its source."""
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit, got.source) == (author, None, source)


def test_pictures_credited_to_the_writer() -> None:
    """"Bài: Đỗ Thanh Bình - Ảnh: Tác giả": the writer took the pictures."""
    tail = '<p style="text-align:right"><strong>Bài: Đỗ Thanh Bình - Ảnh: Tác giả</strong></p>'
    for art in both(Page(tail=tail)):
        assert (art["author"], art["photographer"]) == ("Đỗ Thanh Bình", "Đỗ Thanh Bình")


@pytest.mark.parametrize("name", ["IMG_20280813_073512.jpg",
                                  "z5812046237190_4c1e9b7a2d6f8e03b5a1c9d7e2f4b6a8.jpg",
                                  "DSC_0412.JPG"])
def test_a_file_name_is_no_caption(name: str) -> None:
    """A portlet printing the upload's file name where the caption was left empty."""
    figures = (f'<figure><img src="/d/{name}"><figcaption>{name}</figcaption></figure>'
               '<figure><img src="/d/b.jpg"><figcaption>Phần thi kéo co nữ thu hút đông đảo '
               "công nhân cổ vũ</figcaption></figure>")
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + figures)):
        assert art["captions"] == ["Phần thi kéo co nữ thu hút đông đảo công nhân cổ vũ"]


@pytest.mark.parametrize("caption", ["Toàn cảnh hội nghị.jpg", "Hội nghị - Ảnh 1.png",
                                     "hoi-nghi-toan-canh.jpg"])
def test_a_caption_ending_in_a_file_extension_may_still_be_one(caption: str) -> None:
    """(the review) a sentence ending in ".jpg", a descriptive upload's name under another
    picture: the picture's only description, kept."""
    figure = f'<figure><img src="/d/b.jpg"><figcaption>{caption}</figcaption></figure>'
    for art in both(Page(body="".join(f"<p>{p}</p>" for p in PARAS) + figure)):
        assert art["captions"] == [caption]


def test_a_box_before_the_stamps_own_box_is_no_label() -> None:
    """(the review) "Lượt truy cập" in the element before the stamp's: no label of it."""
    stamp = ('<div class="meta"><div class="views">Lượt truy cập</div><div class="news-date">'
             "<span>11/03/2024 16:45</span></div></div>")
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-11T16:45:00+07:00"


# -- pages49's classes (what researchers cite, on the commonest pages) ------------------------

@pytest.mark.parametrize(("printed", "published"), [
    # a 12-hour clock with no half of the day (WordPress's "g:i"): its attribute's hour
    ("11/03/2024 9:15", "2024-03-11T21:15:00+07:00"),
    # the half said: the print's, not an attribute written from another time
    ("11/03/2024 9:15 sáng", "2024-03-11T09:15:00+07:00"),
])
def test_a_clock_with_no_half_of_the_day_takes_its_attributes_hour(printed: str,
                                                                   published: str) -> None:
    stamp = (f'<span class="posted-on"><time class="entry-date published" '
             f'datetime="2024-03-11T21:15:00+07:00">{printed}</time></span>')
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == published


def test_stamp_labels_drawn_by_the_pages_style() -> None:
    """Two bare times, the update first in the markup, their labels drawn by CSS
    ("::before{content:'Cập nhật:'}"): each read as its label says."""
    style = ('<style>.gf-meta .gf-upd::before{content:"Cập nhật:"}'
             '.gf-meta .gf-pub::before{content:"Đăng:"}</style>')
    stamp = ('<div class="gf-meta"><time class="gf-upd" datetime="2024-03-12T08:15:00+07:00">'
             '12/03/2024 08:15</time> <time class="gf-pub" datetime="2024-03-11T19:30:00+07:00">'
             "11/03/2024 19:30</time></div>")
    for art in both(Page(head="<title>Cổng thông tin điện tử huyện</title>" + style,
                         stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (
            "2024-03-11T19:30:00+07:00", "2024-03-12T08:15:00+07:00")


@pytest.mark.parametrize(("tail", "author", "unit"), [
    # the writer signs, the translator is credited under: the writer
    ('<p style="text-align:right"><strong>Bun-thăn Xổm-phon-vi-lay, Ủy ban Mặt trận Lào xây '
     'dựng đất nước tỉnh Hủa Phăn</strong></p><p style="text-align:right"><em>Người dịch: '
     "Lương Thị Hoài</em></p>", "Bun-thăn Xổm-phon-vi-lay",
     "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn"),
    # no one else signs: the translator
    ('<p style="text-align:right"><em>Lược dịch: Minh Châu</em></p>', "Minh Châu", None),
    # "Dịch:" alone, under a writer and alone
    ('<p style="text-align:right"><strong>Trần Văn Hải</strong></p><p style="text-align:right">'
     "<em>Dịch: Minh Châu</em></p>", "Trần Văn Hải", None),
    ('<p style="text-align:right"><em>Dịch: Minh Châu</em></p>', "Minh Châu", None),
    # the translator's role after the name, under the writer's signature, and alone
    ('<p style="text-align:right"><strong>Hendrik van der Berg</strong></p>'
     '<p style="text-align:right"><em>Trần Thu Hà (dịch)</em></p>', "Hendrik van der Berg", None),
    ('<p style="text-align:right"><b>Bun-mi Xay-nha-vông</b></p>'
     '<p style="text-align:right"><i>Lê Minh Châu (người dịch)</i></p>', "Bun-mi Xay-nha-vông",
     None),
    ('<p style="text-align:right"><b>Anna Kowalska</b></p>'
     '<p style="text-align:right">Thu Hằng [chuyển ngữ]</p>', "Anna Kowalska", None),
    ('<p style="text-align:right"><em>Trần Thu Hà (dịch)</em></p>', "Trần Thu Hà", None),
])
def test_a_translators_credit_names_the_author_only_where_no_one_signs(
        tail: str, author: str, unit: str | None) -> None:
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == (author, unit)


def _credits(*rows: tuple[str, str]) -> str:
    return ('<table class="credits">' + "".join(
        f"<tr><td>{role}</td><td>{names}</td></tr>" for role, names in rows) + "</table>")


@pytest.mark.parametrize(("rows", "author", "photographer"), [
    # a long-form's credits closing the text: its writers and photographer, the others
    # (video, design, editing, layout) neither
    ((("Nội dung", "Thu Trang - Minh Quân"), ("Ảnh", "Đức Thọ"), ("Video", "Hữu Phước"),
      ("Đồ họa", "Kim Oanh"), ("Biên tập", "Nguyễn Thanh Bình"), ("Trình bày", "Lê Hà")),
     "Thu Trang, Minh Quân", "Đức Thọ"),
    ((("Thực hiện", "Hoàng Yến"), ("Thiết kế", "Minh Tú")), "Hoàng Yến", None),
    ((("Bài", "Lê Phương"), ("Ảnh", "Quốc Việt, Hà Anh")), "Lê Phương", "Quốc Việt, Hà Anh"),
])
def test_a_credits_table_closing_the_text_names_its_writers(
        rows: tuple[tuple[str, str], ...], author: str, photographer: str | None) -> None:
    for art in both(Page(tail=_credits(*rows))):
        assert (art["author"], art["photographer"]) == (author, photographer)
        assert art["body"].endswith(PARAS[-1])


@pytest.mark.parametrize("rows", [
    # a book's particulars closing a review: the text's, its author the book's
    (("Tên sách", "Những người giữ lửa"), ("Tác giả", "Trần Văn Thụ"),
     ("Nhà xuất bản", "Chính trị quốc gia Sự thật")),
    (("Tác giả", "Trần Văn Thụ"), ("Năm sinh", "1948"), ("Quê quán", "Nghệ An")),
])
def test_a_table_of_other_rows_closing_the_text_stays_text(
        rows: tuple[tuple[str, str], ...]) -> None:
    for art in both(Page(tail=_credits(*rows) + '<p style="text-align:right"><b>Minh Anh</b>'
                                                "</p>")):
        assert art["author"] == "Minh Anh"
        assert "Trần Văn Thụ" in art["body"]


@pytest.mark.parametrize(("name", "person"), [
    ("Bun-thăn Xổm-phon-vi-lay", True), ("Xi-ha-núc", False), ("Nô-rô-đôm Xi-ha-núc", True),
    ("E-magazine", False), ("Ban-Tuyên", False)])
def test_a_foreign_name_written_in_hyphenated_syllables_is_a_name(name: str,
                                                                  person: bool) -> None:
    from archiver.byline import is_person_name
    assert is_person_name(name) is person


# -- the review of pages49's classes ----------------------------------------------------------

def test_a_style_rule_for_the_sidebar_labels_no_stamp_of_the_article() -> None:
    style = ('<title>Cổng thông tin điện tử huyện</title><style>.box-tin-moi .time::before'
             '{content:"Cập nhật:"}</style>')
    stamp = ('<div class="meta"><span class="time">11/03/2024 16:45</span></div>')
    for art in both(Page(head=style, stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-03-11T16:45:00+07:00", None)


def test_a_stamp_line_of_two_24_hour_clocks_keeps_its_own_reading() -> None:
    stamp = ('<time datetime="2024-03-11T21:15:00+07:00">Đăng: 11/03/2024 09:15 | Cập nhật: '
             "11/03/2024 21:15</time>")
    for art in both(Page(stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (
            "2024-03-11T09:15:00+07:00", "2024-03-11T21:15:00+07:00")


@pytest.mark.parametrize("name", ["Tây Nguyên-Đắk Lắk", "Quảng Nam-Đà Nẵng", "E-office Tỉnh"])
def test_places_joined_by_a_hyphen_are_no_name(name: str) -> None:
    from archiver.byline import is_person_name
    assert not is_person_name(name)


@pytest.mark.parametrize("agency", ["Tân Hoa Xã", "Vientiane Times"])
def test_an_agency_over_the_translators_credit_is_the_source(agency: str) -> None:
    tail = (f'<p style="text-align:right"><strong>{agency}</strong></p>'
            '<p style="text-align:right"><em>Người dịch: Minh Châu</em></p>')
    for art in both(Page(tail=tail)):
        assert art["author"] == "Minh Châu"


# -- pages50's class (the plain everyday page) -----------------------------------------------

def test_a_pieces_submission_and_approval_days_are_no_stamp() -> None:
    """"Ngày gửi bài: … | Ngày duyệt: … | Ngày đăng: …" in one row: the posting's day."""
    stamp = ('<div class="meta"><span>Ngày gửi bài: 05/03/2024 21:12</span> | <span>Ngày duyệt: '
             "06/03/2024 16:10</span> | <span>Ngày đăng: 07/03/2024 08:00</span></div>")
    for art in both(Page(stamp=stamp)):
        assert art["published_at"] == "2024-03-07T08:00:00+07:00"


# -- pages51's classes (long-form items) -----------------------------------------------------

_DOCS = [("/files/318-qd-tu.pdf", "318-QĐ/TU", "Quy định về công tác bảo vệ chính trị nội bộ",
          "14/11/2024"),
         ("/van-ban/47-hd-du", "47-HD/ĐU", "Hướng dẫn thẩm định tiêu chuẩn chính trị",
          "28/11/2024")]


@pytest.mark.parametrize("label", ["Văn bản liên quan", "Các văn bản có liên quan:",
                                   "TÀI LIỆU LIÊN QUAN"])
@pytest.mark.parametrize("layout", ["table", "list"])
def test_a_box_of_related_documents_inside_the_text_is_no_text(label: str, layout: str) -> None:
    """A "Văn bản liên quan" box between two paragraphs, each row a document's number,
    abstract and issue day linking its file or page: none of it is the article's text, and
    its issue days are no stamp."""
    if layout == "table":
        rows = "".join(f'<tr><td><a href="{h}">{n}</a></td><td>{a}</td><td>Ngày ban hành: {d}'
                       f"</td></tr>" for h, n, a, d in _DOCS)
        docs = f"<table><tbody>{rows}</tbody></table>"
    else:
        docs = "<ul>" + "".join(f'<li><a href="{h}">{n}</a> {a} ({d})</li>'
                                for h, n, a, d in _DOCS) + "</ul>"
    body = (f"<p>{PARAS[0]}</p><div class=\"docs\"><h4>{label}</h4>{docs}</div>"
            + "".join(f"<p>{p}</p>" for p in PARAS[1:]))
    for art in both(Page(body=body)):
        assert "Ngày ban hành" not in art["body"] and "318-QĐ/TU" not in art["body"]
        assert "bảo vệ chính trị nội bộ" not in art["body"]
        assert art["body"].endswith(PARAS[-1]) and art["published_at"].startswith("2024-03-11")


def test_a_box_named_for_documents_listing_news_stays_for_the_related_reader() -> None:
    """The same label over links to other news (no document's file or page): not taken as
    a documents box (the related-items reader decides)."""
    from selectolax.lexbor import LexborHTMLParser

    from archiver.extract.blocks import attachment_boxes
    tree = LexborHTMLParser('<div id="b"><h4>Văn bản liên quan</h4><ul><li><a href="/tin-tuc/'
                            'hoi-nghi-1.html">Hội nghị tổng kết</a></li></ul></div>')
    box = tree.css_first("#b")
    assert box is not None and attachment_boxes(box) == []


def test_a_persons_card_opening_a_profile_is_no_text_and_the_bold_opening_is_its_lead() -> None:
    card = ('<table class="card"><tr><th colspan="2">Nhân vật</th></tr><tr><td>Họ và tên:</td>'
            "<td>Ma Văn Thào</td></tr><tr><td>Năm sinh:</td><td>1956</td></tr><tr><td>Dân tộc:"
            "</td><td>Tày</td></tr><tr><td>Nghề nghiệp:</td><td>Giáo viên nghỉ hưu</td></tr>"
            "</table>")
    body = card + f"<p><strong>{PARAS[0]}</strong></p>" + "".join(
        f"<p>{p}</p>" for p in PARAS[1:])
    for art in both(Page(body=body)):
        assert "Năm sinh" not in art["body"] and "Ma Văn Thào" not in art["body"]
        assert art["lead"] == PARAS[0]


def test_a_notices_terms_table_opening_the_text_is_its_text() -> None:
    terms = ("<table><tr><td>Thời gian:</td><td>8 giờ, ngày 16/12/2024</td></tr><tr><td>Địa "
             "điểm:</td><td>Hội trường Huyện ủy</td></tr><tr><td>Thành phần:</td><td>Các đồng "
             "chí Ủy viên Ban Thường vụ</td></tr></table>")
    body = terms + "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(body=body)):
        assert "Hội trường Huyện ủy" in art["body"]


@pytest.mark.parametrize("link", ["Xem thêm bài viết của Trần Thanh Tâm",
                                  "Các bài viết của tác giả Trần Thanh Tâm",
                                  "View all posts by Trần Thanh Tâm"])
def test_a_link_to_the_writers_other_posts_names_the_writer(link: str) -> None:
    after = ('<div class="author-bio"><h2>Trần Thanh Tâm</h2><p>Chuyên viên Phòng Tuyên '
             'truyền.</p><a class="author-link" href="/author/tranthanhtam/">'
             f"{link}</a></div>")
    for art in both(Page(tail="", after=after)):
        assert art["author"] == "Trần Thanh Tâm"


@pytest.mark.parametrize("call", [
    "Bạn đọc có thắc mắc về pháp luật lao động xin gửi câu hỏi qua mục “Gửi câu hỏi” hoặc "
    "đường dây nóng 0296.3852.114.",
    "Mời bạn đọc tiếp tục gửi câu hỏi về chuyên mục qua hộp thư điện tử của Ban Biên tập.",
    "Mọi thắc mắc về chế độ chính sách xin gửi về Phòng Chính sách, Liên đoàn Lao động tỉnh."])
def test_a_columns_call_to_its_readers_after_the_signature_is_no_text(call: str) -> None:
    """The answer signed "LS. Name - unit", then the column's standing call to its readers
    and a box's heading left after its links were taken out: the writer and the unit read,
    neither line in the text."""
    tail = ('<p style="text-align:right"><strong>LS. Trần Minh Đức - Đoàn Luật sư tỉnh An '
            f'Giang</strong></p><div class="note"><em>{call}</em></div>'
            '<div class="rel"><h3>Tin tức - Sự kiện</h3><ul>' + "".join(
                f'<li><a href="/tin-tuc/a-{n}.html">{t}</a> <span>({d}/12/2023)</span></li>'
                for n, t, d in ((3300, "Khánh thành cầu dân sinh ở thôn Phước Hòa", 28),
                                (3299, "Hội thi tuyên truyền viên giỏi cấp tỉnh năm 2023", 27),
                                (3298, "Trao Huy hiệu Đảng cho đảng viên lão thành", 26)))
            + "</ul></div>")
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("LS. Trần Minh Đức",
                                                       "Đoàn Luật sư tỉnh An Giang")
        assert "thắc mắc" not in art["body"] and "gửi câu hỏi" not in art["body"]
        assert "Tin tức - Sự kiện" not in art["body"] and art["body"].endswith(PARAS[-1])


def test_a_questions_asker_row_with_its_asking_day_is_no_text() -> None:
    body = ('<div class="ask"><span>Người hỏi: Nguyễn Thị Mỹ Linh (phường Bình Đức)</span> '
            "<span>Ngày hỏi: 28/12/2023</span></div>" + "".join(f"<p>{p}</p>" for p in PARAS))
    for art in both(Page(body=body)):
        assert "Người hỏi" not in art["body"] and art["published_at"].startswith("2024-03-11")


# -- pages52's classes (the mess editors make) ------------------------------------------------

def test_a_text_in_the_one_cell_of_nested_layout_tables_keeps_its_sapo_and_signature() -> None:
    """A table-era skin: "div.content > table > tr > td > table > tr > td" holding the text
    in <font> runs and <br><br>, the bold sapo above the tables, the signature and the photo
    credit below them, in the block: the block is the article's text."""
    runs = "<br><br>".join(PARAS[1:])
    body = (f'<p class="summary"><b>{PARAS[0]}</b></p><div class="content"><table width="100%" '
            'border="0"><tr><td><table width="100%" border="0"><tr><td style="text-align:'
            f'justify"><font face="Times New Roman">{runs}</font></td></tr></table></td></tr>'
            '</table><p align="right"><b>Nông Thị Thu Hà (Văn phòng Đảng ủy)</b></p>'
            '<p align="right"><i>Ảnh: Đàm Văn Quý</i></p></div>')
    for art in both(Page(body=body, tail="")):
        assert art["lead"] == PARAS[0] and art["body"].endswith(PARAS[-1])
        assert (art["author"], art["author_unit"], art["photographer"]) == (
            "Nông Thị Thu Hà", "Văn phòng Đảng ủy", "Đàm Văn Quý")


def test_the_update_in_the_stamps_own_row_beats_a_figures_strips_as_of_day() -> None:
    """"Ngày đăng: … | Cập nhật: …" under the headline, a strip of figures "(cập nhật
    31/12/2023)" over it: the row's update."""
    strip = ('<div class="figures"><span class="lbl">Số liệu:</span> Đảng bộ tỉnh có 1.342 tổ '
             "chức cơ sở đảng, 196.480 đảng viên <em>(cập nhật 31/12/2023)</em></div>")
    stamp = ('<div class="meta">Ngày đăng: 02/02/2024 11:05 <span class="sep">|</span> Cập nhật: '
             '02/02/2024 15:30 <span class="sep">|</span> Lượt xem: 538</div>')
    for art in both(Page(above=strip, stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == (
            "2024-02-02T11:05:00+07:00", "2024-02-02T15:30:00+07:00")


# -- a review of the session's classes: what they must leave alone ----------------------------

@pytest.mark.parametrize("line", [
    "Bạn đọc có thể gửi ý kiến góp ý dự thảo các văn kiện trình Đại hội qua hộp thư điện tử "
    "gopyvankien@tinhuy.vn hoặc gửi văn bản về Ban Tuyên giáo Tỉnh ủy trước ngày 30/6/2024.",
    "Độc giả gửi về Ban Tổ chức 1.250 tác phẩm dự thi, tăng gần gấp đôi so với năm trước; Ban "
    "Giám khảo đã chọn 45 tác phẩm vào vòng chung khảo."])
def test_sentences_about_readers_sending_things_are_the_texts(line: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{line}</p>"
    for art in both(Page(body=body)):
        assert art["body"].endswith(line)


@pytest.mark.parametrize(("before", "heading"), [
    ("<p>Công an tỉnh thông báo truy tìm đối tượng:</p>", ""),
    ("<h3>Tiểu sử</h3>", ""),
    ("", "<tr><th colspan=2>Tiểu sử</th></tr>")])
def test_a_notices_or_an_obituarys_particulars_are_its_text(before: str, heading: str) -> None:
    card = (f"<table>{heading}<tr><td>Họ và tên:</td><td>Nguyễn Văn Thành</td></tr><tr><td>"
            "Ngày sinh:</td><td>12/5/1935</td></tr><tr><td>Quê quán:</td><td>xã Tân Lập</td>"
            "</tr><tr><td>Ngày vào Đảng:</td><td>3/2/1954</td></tr></table>")
    body = before + card + "".join(f"<p>{p}</p>" for p in PARAS)
    for art in both(Page(body=body)):
        assert "Nguyễn Văn Thành" in art["body"] and "12/5/1935" in art["body"]


@pytest.mark.parametrize("closing", [
    "<h3>Đảng Cộng sản Việt Nam quang vinh muôn năm!</h3>",
    "<h4>Bài 2: Những giải pháp đột phá</h4>",
    '<h3>Một số hình ảnh tại hội nghị</h3><figure><img src="/a.jpg"><figcaption>Quang cảnh hội '
    "nghị</figcaption></figure>"])
def test_a_texts_own_closing_heading_stays(closing: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + closing
    heading = closing.split(">", 1)[1].split("<", 1)[0]
    for art in both(Page(body=body)):
        assert heading in art["body"]


def test_a_notice_about_expired_cards_is_no_taken_down_item() -> None:
    from archiver.extract import extract_page
    notice = ("Các hộ gia đình có thẻ bảo hiểm y tế với thông tin đã hết hạn sử dụng đề nghị "
              "liên hệ UBND xã để được cấp lại.")
    page = Page(stamp="", body=f"<p>{notice}</p>", tail="").html()
    assert extract_page(page.encode(), URL).gone is None


def test_a_question_sharing_its_paragraph_with_the_askers_row_is_the_texts() -> None:
    question = "Câu hỏi: Tôi là đảng viên, chuyển công tác sang tỉnh khác thì thủ tục thế nào?"
    body = (f"<p>Người hỏi: Lê Văn Tâm (xã Tân Lập)<br>Ngày hỏi: 12/03/2024<br>{question}</p>"
            + "".join(f"<p>{p}</p>" for p in PARAS))
    for art in both(Page(body=body)):
        assert question in art["body"]


@pytest.mark.parametrize("words", ["Bài cùng chủ đề", "Tin bài cùng sự kiện",
                                   "Bài viết cùng chuyên mục"])
def test_a_link_to_the_same_topics_items_names_no_writer(words: str) -> None:
    """Never its topic word as a writer ("chủ đề" from "Bài cùng chủ đề")."""
    after = f'<p class="author-more"><a href="/chu-de/x">{words}</a></p>'
    for art in both(Page(after=after)):
        assert art["author"] == "Minh Anh"


def test_an_outlet_in_a_source_element_stays_the_source() -> None:
    for art in both(Page(tail="", after='<div class="source">Bài của TTXVN</div>')):
        assert art["author"] != "TTXVN"



# -- a second review: the mends' own limits ---------------------------------------------------

@pytest.mark.parametrize("link", ["Xem thêm bài viết của Trần Thanh Tâm",
                                  "Bài viết khác của tác giả Trần Thanh Tâm",
                                  "Bài cùng tác giả Trần Thanh Tâm", "Tin bài của Trần Thanh Tâm"])
def test_a_wrapped_link_to_the_writers_other_posts_names_the_writer(link: str) -> None:
    after = f'<p class="author-posts"><a href="/tac-gia/tran-thanh-tam">{link}</a></p>'
    for art in both(Page(tail="", after=after)):
        assert art["author"] == "Trần Thanh Tâm"


_NESTED = ('<table width="100%"><tr><td><table width="100%"><tr><td><font face="Arial">'
           + "<br><br>".join(PARAS) + "</font></td></tr></table></td></tr></table>")


@pytest.mark.parametrize(("before", "after"), [
    ("", '<div><a href="/tin-tuc/hoi-nghi-2-5678.html"><b>Hội nghị Ban Chấp hành Đảng bộ huyện '
         'lần thứ 8</b></a><br>Ngày 10/3, Ban Chấp hành Đảng bộ huyện họp bàn nhiệm vụ.</div>'),
    ('<div align="right"><a href="#comment">Bình luận (0)</a></div>', ""),
    ('<div><a href="javascript:print()">In bài viết</a> | <a href="#">Gửi email</a></div>', "")],
    ids=["teaser-after", "comments-link-before", "tool-row-before"])
def test_the_block_around_nested_layout_cells_is_taken_only_with_the_texts_own_lines(
        before: str, after: str) -> None:
    body = (f'<div class="content">{before}{_NESTED}<p align="right"><b>Minh Anh</b></p>'
            f"{after}</div>")
    for art in both(Page(body=body, tail="")):
        assert art["body"].startswith(PARAS[0]) and art["body"].endswith(PARAS[-1])


@pytest.mark.parametrize("closing", [
    "<p><em>Bạn đọc có nhu cầu tư vấn pháp luật xin gửi câu hỏi về chuyên mục qua hộp thư "
    "của Ban Biên tập.</em></p>",
    "<p><em>Quý độc giả có vướng mắc về chế độ bảo hiểm xã hội có thể gửi câu hỏi qua hộp thư "
    "điện tử của Liên đoàn Lao động tỉnh.</em></p>",
    "<h3>Thông báo</h3>", "<h3>Tin hoạt động</h3>"])
def test_after_the_signature_the_sites_lines_are_no_text(closing: str) -> None:
    tail = ('<p style="text-align:right"><strong>LS. Trần Minh Đức - Đoàn Luật sư tỉnh An '
            f"Giang</strong></p>{closing}")
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("LS. Trần Minh Đức",
                                                       "Đoàn Luật sư tỉnh An Giang")
        assert art["body"].endswith(PARAS[-1])


@pytest.mark.parametrize("notice", ["Xin lỗi, bài viết này đã hết hạn hiển thị.",
                                    "Nội dung đã hết hạn hoặc không còn hiệu lực. Vui lòng quay "
                                    "lại trang chủ."])
def test_an_expiry_notice_with_a_word_more_is_still_a_notice(notice: str) -> None:
    from archiver.extract import extract_page
    page = Page(stamp="", body=f"<p>{notice}</p>", tail="").html()
    assert extract_page(page.encode(), URL).gone is not None


def test_a_tickers_as_of_day_in_the_stamps_row_is_no_update() -> None:
    strip = ('<div class="figures"><span class="lbl">Số liệu:</span> Đảng bộ tỉnh có 1.342 tổ '
             "chức cơ sở đảng <em>(cập nhật 31/12/2023)</em></div>")
    stamp = ('<table class="meta"><tr><td>Ngày đăng: 02/02/2024 11:05</td><td>Giá vàng SJC cập '
             "nhật 01/02/2024: 79,5 triệu đồng/lượng</td></tr></table>")
    for art in both(Page(above=strip, stamp=stamp)):
        assert (art["published_at"], art["updated_at"]) == ("2024-02-02T11:05:00+07:00", None)


# -- stop 41: pages53's classes (cards, closing links, summaries, disclaimers) -------------
_FACTS = ("<tr><td><b>Họ và tên</b></td><td>Vừ A Chá</td></tr><tr><td><b>Năm sinh</b></td>"
          "<td>1961</td></tr><tr><td><b>Dân tộc</b></td><td>Mông</td></tr><tr><td><b>Nơi ở"
          "</b></td><td>Bản Huổi Lóng, xã Mường Phăng</td></tr>")


@pytest.mark.parametrize("card", [
    # headed, a portrait's row over the facts, floated into the text
    '<table style="float:right;width:40%"><tr><th colspan="2">Thông tin nhân vật</th></tr>'
    f'<tr><td colspan="2"><img src="/p/cha.jpg"></td></tr>{_FACTS}</table>',
    # headed "Vài nét về nhân vật", the facts as labelled lines beside a portrait
    '<table width="100%"><tr><td><img src="/p/buoi.jpg"></td><td><b>VÀI NÉT VỀ NHÂN VẬT</b>'
    "<br><b>Họ và tên:</b> Đinh Thị Bưởi<br><b>Sinh năm:</b> 1947<br><b>Quê quán:</b> ấp Chợ "
    "Cũ</td></tr></table>",
    # unheaded, floated: the person's name and portrait over a line of facts
    '<div style="float:right;width:220px"><img src="/p/la.jpg" alt="Hồ Văn Lả"><p><strong>'
    "Hồ Văn Lả</strong></p><p>Sinh năm 1964 - dân tộc Vân Kiều</p><p>Thôn Húc, xã Hướng "
    "Phùng</p><p>Đảng viên Chi bộ thôn Húc</p></div>",
], ids=["headed-floated-with-portrait", "vai-net-lines", "floated-name-portrait"])
def test_a_persons_card_in_the_text_is_neither_text_nor_captions(card: str) -> None:
    body = f"<p>{PARAS[0]}</p>{card}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert art["body"] == "\n\n".join(PARAS)
        assert art["captions"] == []


def test_a_biography_that_is_its_table_of_particulars_is_the_text() -> None:
    """No narrative beside it: the portrait, the table, the career's heading and list are
    the text (the list outscoring the rest chooses their block, not itself)."""
    steps = ["Từ 9/1998 đến 6/2004: Chuyên viên Sở Kế hoạch và Đầu tư tỉnh;",
             "Từ 7/2004 đến 12/2010: Phó Trưởng phòng, Trưởng phòng Tổng hợp, Sở Kế hoạch và "
             "Đầu tư;", "Từ 1/2011 đến 10/2015: Phó Giám đốc Sở Kế hoạch và Đầu tư, bảo vệ "
             "luận án Tiến sĩ Kinh tế năm 2014;", "Từ 11/2015 đến nay: Tỉnh ủy viên, Bí thư "
             "Huyện ủy Đơn Dương, Chủ tịch Hội đồng nhân dân huyện;"]
    body = ('<div class="portrait"><figure><img src="/p/khoi.jpg"><figcaption>Đồng chí Trần '
            f'Minh Khôi</figcaption></figure></div><table class="table">{_FACTS}</table>'
            "<h3>Tóm tắt quá trình công tác</h3><ul>"
            + "".join(f"<li>{s}</li>" for s in steps) + "</ul>")
    for art in both(Page(body=body, tail="")):
        assert art["body"].startswith("Họ và tên | Vừ A Chá")
        assert "Tóm tắt quá trình công tác" in art["body"] and art["body"].endswith(steps[-1])


_OTHERS = ("Trao Huy hiệu Đảng cho đảng viên lão thành phường Vĩnh Thạnh",
           "Khánh thành cầu dân sinh ở thôn Quyết Thắng xã Hòa Bình",
           "Hội nghị báo cáo viên định kỳ của Ban Tuyên giáo và Dân vận")


@pytest.mark.parametrize("wrap", ["<p>{}</p>", '<p><font face="Arial">{}</font></p>',
                                  "<div>{}</div>"], ids=["p", "font-inside", "div"])
def test_headlines_typed_under_the_text_one_link_a_line_are_related(wrap: str) -> None:
    links = "".join(wrap.format(f'<a href="../2029/tin-{n}.htm">{t}</a>')
                    for n, t in enumerate(_OTHERS))
    tail = ('<p style="text-align:right"><b>Bài và ảnh: Lê Thị Kim Oanh</b></p>' + links
            + '<p><a href="javascript:window.print()">In trang</a> | <a href="javascript:'
            'history.back()">Trở về</a></p>')
    for art in both(Page(tail=tail)):
        assert art["body"].endswith(PARAS[-1]) and art["author"] == "Lê Thị Kim Oanh"
        assert [r["title"] for r in art["related"]][:3] == list(_OTHERS)


@pytest.mark.parametrize(("links", "between"), [
    # the sources: other sites' pages
    ([f'<p><a href="https://baochinhphu.example.vn/{n}.htm">{t}</a></p>'
      for n, t in enumerate(_OTHERS)], ""),
    # two lines only
    ([f'<p><a href="/tin-{n}.htm">{t}</a></p>' for n, t in enumerate(_OTHERS[:2])], ""),
    # a sentence of the text between them
    ([f'<p><a href="/tin-{n}.htm">{t}</a></p>' for n, t in enumerate(_OTHERS)],
     f"<p>{PARAS[0]}</p>")], ids=["other-sites", "two", "sentence-between"])
def test_links_closing_the_text_stay_when_no_hand_made_list(links: list[str],
                                                             between: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + links[0] + between + "".join(links[1:])
    for art in both(Page(body=body, tail="")):
        assert _OTHERS[0] in art["body"]


def test_a_summary_label_between_the_headline_and_the_text_is_the_lead() -> None:
    """A WebForms detail's rows: headline, info line, the summary's label, the text (the
    body opens with the lead, as every record's does)."""
    lead = ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa có thư khen, biểu dương 8 tập thể, "
            "cá nhân có việc làm tốt dịp Tết Nguyên đán.")
    headline = (f'<table class="chitiet"><tr><td><span id="ctl00_uc_lblTieuDe">{TITLE}</span>'
                '</td></tr><tr><td><span id="ctl00_uc_lblThongTin">Đăng ngày: 10/03/2024 - '
                f'8:47:15 AM | Lượt xem: 318</span></td></tr><tr><td><span id="ctl00_uc_lblTomTat"'
                f' style="font-weight:bold">{lead}</span></td></tr><tr><td><table><tr><td>'
                '<div id="ctl00_uc_divNoiDung">' + "".join(f"<p>{p}</p>" for p in PARAS)
                + "</div></td></tr></table></td></tr></table>")
    for art in both(Page(headline=headline, stamp="", body="", tail="")):
        assert art["lead"] == lead and art["body"] == "\n\n".join((lead, *PARAS))


@pytest.mark.parametrize("note", [
    "Thông tin trong chuyên mục chỉ mang tính tham khảo, không thay thế cho việc khám và điều "
    "trị trực tiếp tại cơ sở y tế.",
    "Nội dung tư vấn chỉ mang tính chất tham khảo."])
def test_a_columns_disclaimer_after_the_signature_is_no_text(note: str) -> None:
    tail = ('<p style="text-align:right"><strong>BSCKII. Lương Văn Tùng</strong><br><em>Trung '
            f"tâm Kiểm soát bệnh tật tỉnh</em></p><div class=\"note\">{note}</div>")
    for art in both(Page(tail=tail)):
        assert (art["author"], art["author_unit"]) == ("BSCKII. Lương Văn Tùng",
                                                       "Trung tâm Kiểm soát bệnh tật tỉnh")
        assert art["body"].endswith(PARAS[-1])


@pytest.mark.parametrize("line", ["Vào Đảng ngày: 19/5/1962; chính thức ngày: 19/5/1963",
                                  "Sinh ngày: 12/3/1938", "Xuất Ngũ ngày: 2/9/1975"])
def test_a_particulars_line_ending_its_label_in_ngay_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None
    for text in ("Người viết: Nguyễn Văn Hậu ngày: 18/05/2024", "Minh Anh - ngày: 12/3/2024"):
        got = parse_byline(text)
        assert got is not None and got.author in ("Nguyễn Văn Hậu", "Minh Anh")


# -- stop 41: pages54's classes (theme prefixes, builders' sections, writer boxes, credits) --
def test_a_themes_ad_prefix_is_no_advert() -> None:
    """Every class of an AdonisJS theme opens with "ad-": its sapo and text are no advert's;
    an advert's slot in the text still is."""
    lead = ("Ngày 11/4, Ủy ban MTTQ Việt Nam phường tổ chức hội nghị thông qua kết quả giám sát "
            "việc thực hiện dân chủ ở cơ sở tại 6 khu phố.")
    body = (f'<p class="ad-sapo"><strong>{lead}</strong></p><div class="ad-body">'
            + "".join(f"<p>{p}</p>" for p in PARAS)
            + '<div class="ad-slot">Quảng cáo: Mua sắm trực tuyến giá tốt nhất mùa lễ hội</div>'
            "</div>")
    for art in both(Page(body=body)):
        assert art["lead"] == lead and art["body"] == "\n\n".join((lead, *PARAS))


def test_a_text_stacked_in_a_builders_sections_is_one_text() -> None:
    """A site builder's export (Mobirise): the headline's section, the sapo's, then a section
    a paragraph or a picture, each its own block under <body>; generated ids ("header1-ad",
    "content4-ad") name no advert."""
    lead = ("Hướng tới kỷ niệm Ngày Giải phóng miền Nam, ngày 11/4, Ban Chấp hành Hội Cựu chiến "
            "binh phường đã đến thăm, tặng quà 18 hội viên có hoàn cảnh khó khăn.")

    def text(n: int, inner: str, kind: str = "content4") -> str:
        return (f'<section class="{kind} cid-t{n}x" id="{kind}-{"ad" if n == 1 else "x" + str(n)}">'
                f'<div class="container"><div class="mbr-text">{inner}</div></div></section>')
    html = ('<html><head><meta charset="utf-8"><title>Hội CCB phường</title></head><body>'
            '<section class="menu1 cid-m1" id="menu1-0"><nav><a href="/">Trang chủ</a></nav>'
            '</section><section class="header1 cid-h1" id="header1-ad"><h1>' + TITLE
            + '</h1><h3>Ngày 12 tháng 3 năm 2024</h3></section>'
            + text(1, f"<p><strong>{lead}</strong></p>") + text(2, f"<p>{PARAS[0]}</p>")
            + text(3, '<figure><img src="/a.jpg"><p class="mbr-figure-caption">Lãnh đạo Hội thăm '
                      "hỏi, tặng quà hội viên</p></figure>", "image1")
            + text(4, f"<p>{PARAS[1]}</p>") + text(5, f"<p>{PARAS[2]}</p>")
            + text(6, '<p style="text-align:right"><strong>Minh Tâm (CTV)</strong></p>')
            + '<section class="features3 cid-f3" id="features3-9"><h2>TIN KHÁC</h2><a href="/t2.'
              'html">Hội thi tuyên truyền viên giỏi cấp tỉnh năm 2024</a></section></body></html>')
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["body"] == "\n\n".join((lead, *PARAS)) and art["lead"] == lead
        assert art["captions"] == ["Lãnh đạo Hội thăm hỏi, tặng quà hội viên"]
        assert (art["author"], art["published_at"]) == ("Minh Tâm", "2024-03-12")


def test_a_writers_card_in_a_block_headed_for_the_writer_names_the_writer() -> None:
    """Drupal's Views block "Tác giả bài viết" after the node: the card's link to the
    writer's page names the writer; its post line is no unit."""
    body = ('<div class="field"><div class="field-items"><div class="field-item">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div></div>")
    card = ('<div class="block block-views"><h2 class="block-title">Tác giả bài viết</h2><div '
            'class="view-content"><div class="author-card"><img src="/t/ngan.jpg" alt=""><div '
            'class="views-field-title"><a href="/tac-gia/vo-thi-kim-ngan">Võ Thị Kim Ngân</a>'
            '</div><div class="views-field-chuc-vu">Chuyên viên Ban Tuyên giáo Hội Nông dân tỉnh'
            '</div><a href="/tac-gia/vo-thi-kim-ngan">Xem các bài viết khác</a></div></div></div>')
    for art in both(Page(body=body, tail="", after=card)):
        assert (art["author"], art["author_unit"]) == ("Võ Thị Kim Ngân", None)
    featured = card.replace("Tác giả bài viết", "Tác giả nổi bật")
    for art in both(Page(body=body, tail="", after=featured)):
        assert art["author"] is None


@pytest.mark.parametrize(("line", "want"), [
    ("Bài & ảnh: Ngọc Diệp & Hoàng Long (Phòng VH&XH phường Ninh Kiều)",
     ("Ngọc Diệp, Hoàng Long", "Phòng VH&XH phường Ninh Kiều", "Ngọc Diệp, Hoàng Long")),
    ("Tin: Minh Anh (Phòng Văn hóa & Thông tin)",
     ("Minh Anh", "Phòng Văn hóa & Thông tin", None)),
    ("Nhóm PV (Thu Hằng, Trọng Nhân) | Quay phim: Hữu Nghĩa | Dựng: Thanh Trúc",
     ("Thu Hằng, Trọng Nhân", None, None)),
    ("Nhóm PV (Báo Cà Mau)", ("Nhóm PV", "Báo Cà Mau", None))])
def test_credits_with_ampersands_and_a_teams_members(line: str,
                                                      want: tuple[str, str | None, str | None]
                                                      ) -> None:
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit, got.photographer) == want


def test_a_video_figures_caption_over_the_text_is_the_caption() -> None:
    """A video item's player in a figure between the headline and the sapo, its bar
    printing the clip's title and length: the figcaption is the caption."""
    figure = ('<figure class="pv-video"><div class="pv-player" data-duration="03:42"><div '
              f'class="pv-player-bar"><span>{TITLE}</span><span>Thời lượng: 03:42</span></div>'
              '<video controls poster="/v/p.jpg"><source src="/v/clip.mp4" type="video/mp4">'
              "</video></div><figcaption>Quang cảnh buổi gặp mặt cán bộ lão thành cách mạng"
              "</figcaption></figure>")
    for art in both(Page(lead=figure)):
        assert art["captions"] == ["Quang cảnh buổi gặp mặt cán bộ lão thành cách mạng"]
        assert art["body"] == "\n\n".join(PARAS)


# -- the review of stop 41's classes (each pinned on d14d4ce) ----------------------------------
def test_a_link_no_url_can_be_made_of_fails_nothing() -> None:
    body = ("".join(f"<p>{p}</p>" for p in PARAS)
            + '<p><a href="http://[website]/bai-viet">đây là một đường dẫn hỏng của trang</a></p>')
    for art in both(Page(body=body)):
        assert art["body"].startswith(PARAS[0])


def test_headlines_the_text_introduces_are_its_text() -> None:
    intro = "Cổng Thông tin điện tử tỉnh xin điểm lại một số tin, bài nổi bật trong tuần:"
    links = "".join(f'<p><a href="/tin-tuc/tin-{n}.html">{t}</a></p>'
                    for n, t in enumerate(_OTHERS))
    for art in both(Page(body=f"<p>{PARAS[0]}</p><p>{intro}</p>{links}", tail="")):
        assert all(t in art["body"] for t in _OTHERS)


def test_a_pages_plain_blocks_are_no_builders_sections() -> None:
    """Blocks of a page all named "container" (menu, headline, text, footer) are no site
    builder's stacked sections: the footer stays out, the signature closes the text."""
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            '<div class="container"><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">'
            f'Tin tức</a></div></div><div class="container"><h1>{TITLE}</h1><div class="date">'
            '11/03/2024 16:45</div></div><div class="container"><div class="noidung">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "<p><strong>Minh Anh</strong></p></div>"
            '</div><div class="container"><p>Bản quyền thuộc Cổng Thông tin điện tử tỉnh Lai '
            "Châu. Địa chỉ: Tầng 5, Khối nhà A, Trung tâm Hành chính - Chính trị tỉnh. Điện "
            "thoại: 0213 3876 123. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
            "</div>"
            "</body></html>")
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["body"] == "\n\n".join(PARAS) and art["author"] == "Minh Anh"


@pytest.mark.parametrize(("line", "want"), [
    ("Nguyễn Văn Hậu đăng ngày: 18/05/2024", ("Nguyễn Văn Hậu", None, None)),
    ("Nhóm phóng viên (Thu Hằng, Trọng Nhân) - Đài PT-TH Cà Mau",
     ("Thu Hằng, Trọng Nhân", "Đài PT-TH Cà Mau", None)),
    ("Theo Báo Sức khỏe & Đời sống", (None, None, "Báo Sức khỏe & Đời sống"))])
def test_stamps_teams_and_sources_as_printed(line: str,
                                             want: tuple[str | None, str | None, str | None]
                                             ) -> None:
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit, got.source) == want


def test_a_headed_card_opening_a_short_profile_is_no_text() -> None:
    card = ('<table><tr><th colspan="2">Nhân vật</th></tr><tr><td>Họ và tên:</td><td>Ma Văn '
            "Thào</td></tr><tr><td>Năm sinh:</td><td>1956</td></tr><tr><td>Quê quán:</td><td>"
            "xã Yên Thuận</td></tr><tr><td>Dân tộc:</td><td>Tày</td></tr><tr><td>Chức vụ:</td>"
            "<td>Bí thư Chi bộ thôn</td></tr></table>")
    for art in both(Page(body=card + "".join(f"<p>{p}</p>" for p in PARAS[:2]))):
        assert "Ma Văn Thào" not in art["body"] and art["body"].startswith(PARAS[0])


def test_a_notices_floated_contact_box_is_its_text() -> None:
    box = ('<table align="right"><tr><td>Họ và tên:</td><td>Nguyễn Thị Lan</td></tr><tr><td>'
           "Chức vụ:</td><td>Chuyên viên phòng Tổ chức</td></tr><tr><td>Địa chỉ:</td><td>số 5 "
           "đường Lê Lợi</td></tr><tr><td>Điện thoại:</td><td>0203 3870 456</td></tr></table>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")):
        assert "Nguyễn Thị Lan" in art["body"] and "0203 3870 456" in art["body"]


def test_a_texts_own_sentence_for_reference_only_stays() -> None:
    line = ("Thông tin về giá đất trong bảng giá mới chỉ mang tính tham khảo khi tính thuế; "
            "người dân cần liên hệ cơ quan thuế để được hướng dẫn cụ thể.")
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{line}</p>"
    for art in both(Page(body=body)):
        assert art["body"].endswith(line)


def test_a_players_intro_between_headline_and_text_is_no_lead() -> None:
    headline = (f'<table><tr><td><span id="uc_lblTieuDe">{TITLE}</span></td></tr><tr><td>'
                '<div class="audio-intro">Nghe đọc bài viết: hội nghị sơ kết công tác xây dựng '
                'Đảng, giọng đọc miền Bắc</div></td></tr><tr><td><table><tr><td><div '
                'id="uc_divNoiDung">' + "".join(f"<p>{p}</p>" for p in PARAS)
                + "</div></td></tr></table></td></tr></table>")
    for art in both(Page(headline=headline, body="", tail="")):
        assert art["lead"] is None or "Nghe đọc" not in art["lead"]


@pytest.mark.parametrize("name", ["ad-detail", "ad-text", "zone1-ad"])
def test_an_advert_slot_named_like_a_themes_part_is_still_an_advert(name: str) -> None:
    slot = (f'<div class="{name}"><a href="https://shop.example.com/km"><img src="/qc.jpg"></a>'
            "<p>Siêu khuyến mãi mùa hè giảm đến 50%</p></div>")
    body = f"<p>{PARAS[0]}</p>{slot}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert "khuyến mãi" not in art["body"]


@pytest.mark.parametrize("notice", [
    '<p class="thong_bao">Tin này không tồn tại hoặc đã bị xóa!</p>',
    '<div class="portlet-msg-info alert">Nội dung được yêu cầu không tồn tại hoặc đã bị xóa.'
    "</div>"])
def test_a_notice_that_the_item_is_no_more_is_a_soft_404(notice: str) -> None:
    """sites39: a deleted item a stale box still links, its notice in the content's place
    ("Tin này …", "Nội dung được yêu cầu …"), the frame and its footer around it."""
    from archiver.extract import extract_page
    footer = ('<div class="footer"><p>ỦY BAN KIỂM TRA TỈNH ỦY. Địa chỉ: số 86 Hùng Vương. '
              "Điện thoại: 028.3855.1042. Ghi rõ nguồn khi phát hành lại thông tin.</p></div>")
    page = Page(headline="", stamp="", body=notice, tail="", after=footer).html()
    assert extract_page(page.encode(), URL).gone is not None


def test_a_notice_in_a_page_wide_form_beside_the_frames_lines_is_a_soft_404() -> None:
    """sites40: an ASP.NET 1.1 page wraps all of itself in one form (its state in it); the
    deleted item's notice is all its content holds, the menu and footer lines read as the
    text around it: a soft 404 still."""
    from archiver.extract import extract_page
    menu = " | ".join(["Trang chủ", "Giới thiệu", "Tin hoạt động", "Tin cơ sở",
                       "Nghiên cứu - Trao đổi", "Thông báo", "RSS", "Liên hệ"])
    page = ('<html><head><title>Thông báo - Văn phòng Tỉnh ủy</title></head><body><form '
            'name="Form1" method="post" id="Form1"><input type="hidden" name="__VIEWSTATE" '
            f'value="dDwtMTI3OTMz"><table><tr><td class="menu">{menu}</td></tr><tr><td>'
            '<p class="thong_bao">Tin bài không tồn tại hoặc đã bị xóa.</p><p><a href="Default'
            '.aspx">Về trang chủ</a></p></td></tr><tr><td class="tin_phai"><b>TIN ĐỌC NHIỀU'
            '</b><br><a href="ChiTietTin.aspx?ID=1">Hội nghị Ban Chấp hành Đảng bộ tỉnh</a> '
            "(25/12/2028)</td></tr><tr><td>TRANG THÔNG TIN ĐIỆN TỬ VĂN PHÒNG TỈNH ỦY. Địa chỉ: "
            "số 4 Lý Thái Tổ. Điện thoại: 0222.3822.516 - Fax: 0222.3822.517. Ghi rõ nguồn khi "
            "phát hành lại thông tin từ website này. Thiết kế: Trung tâm Tin học (2006)</td>"
            "</tr></table></form></body></html>")
    assert extract_page(page.encode(), URL).gone is not None


@pytest.mark.parametrize("text", [
    "Sở Thông tin và Truyền thông khẳng định thông tin này không tồn tại; đề nghị người dân "
    "không chia sẻ.",
    "Cảnh báo: trang này không tồn tại trong hệ thống cổng thông tin điện tử của tỉnh, đề nghị "
    "người dân cảnh giác."])
def test_a_short_notice_saying_something_does_not_exist_is_no_soft_404(text: str) -> None:
    """(the review) "thông tin này không tồn tại", "trang này không tồn tại" in a short
    item's own sentence (a dated notice in a "thongbao" block) is its text."""
    from archiver.extract import extract_page
    page = (f'<html><head><title>Cảnh báo</title></head><body><div class="menu"><a href="/">'
            'Trang chủ</a> <a href="/thong-bao">Thông báo</a></div><h2 class="title">Cảnh báo '
            'tin giả về việc Tỉnh ủy tuyển dụng công chức</h2><div class="date">Ngày đăng: '
            f'12/03/2024 08:15</div><div class="noidung_thongbao"><p>{text}</p><p><a href="/files'
            '/tb-12.pdf">Tải về thông báo số 12-TB/VPTU</a></p></div><div class="footer">Cổng '
            "thông tin điện tử Tỉnh ủy</div></body></html>")
    assert extract_page(page.encode(), URL).gone is None


# -- stop 41: pages55's classes (who wrote it) -------------------------------------------------
@pytest.mark.parametrize(("line", "want"), [
    ("Tin: Tổ công nghệ số cộng đồng xã Tân Phú - Ảnh: Hoàng Vũ",
     (None, "Tổ công nghệ số cộng đồng xã Tân Phú", None, "Hoàng Vũ")),
    ("Theo TS. Hồng Minh/Tạp chí Xây dựng Đảng",
     ("TS. Hồng Minh", None, "Tạp chí Xây dựng Đảng", None)),
    ("Hendrik van der Berg", ("Hendrik van der Berg", None, None, None))])
def test_a_teams_credit_a_reprints_slash_and_a_foreign_names_particles(
        line: str, want: tuple[str | None, ...]) -> None:
    """A commune's team is a unit naming nobody; "Theo <writer>/<magazine>" is a reprint's
    writer and source; a foreign name keeps its lower-case particles (a name of particles
    alone is none)."""
    got = parse_byline(line)
    assert got is not None and (got.author, got.author_unit, got.source, got.photographer) == want
    assert parse_byline("la de") is None


# -- older known misses, fixed as classes (stop 42) ------------------------------------------

@pytest.mark.parametrize("empty", ["<strong>Nguồn tin: </strong>", "<b>Nguồn:</b>",
                                   "<strong>Tác giả:</strong>"])
def test_a_credit_block_after_the_text_with_a_field_left_empty_is_read(empty: str) -> None:
    """NukeViet prints its author and source fields under the text even when one is empty
    ("Tác giả: Trần Thu Trang" / "Nguồn tin: "): the empty one is nothing."""
    after = ('<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>'
             f'Trần Thu Trang</p><p class="h5 text-right">{empty}</p></div>')
    for art in both(Page(tail="", after=after)):
        assert art["author"] == "Trần Thu Trang"


@pytest.mark.parametrize("where", ["tail", "after"])
def test_an_office_signing_in_the_writers_element_under_the_text_is_the_unit(
        where: str) -> None:
    """An element named for the writer closing the text holds an office alone ("<p
    class='tac-gia text-end'><b>Ban Tuyên giáo Tỉnh ủy</b></p>"): the unit, no writer."""
    sign = '<p class="tac-gia text-end"><b>Ban Tuyên giáo Tỉnh ủy</b></p>'
    page = Page(tail=sign) if where == "tail" else Page(tail="", after=sign)
    for art in both(page):
        assert (art["author"], art["author_unit"]) == (None, "Ban Tuyên giáo Tỉnh ủy")
        assert "Ban Tuyên giáo Tỉnh ủy" not in art["body"]


@pytest.mark.parametrize("page", [
    # the unit's account in the meta row over the text: who posted it
    Page(tail="", stamp='<div class="news-date">11/03/2024 16:45 <span class="author">'
                        "Ban Dân vận</span></div>"),
    # the account linked to its archive under the text
    Page(tail="", after='<div class="post-author"><a href="/author/bandanvan">Ban Dân vận</a>'
                        "</div>"),
], ids=["meta-row", "linked-account"])
def test_a_units_account_in_the_writers_element_is_no_unit(page: Page) -> None:
    for art in both(page):
        assert (art["author"], art["author_unit"]) == (None, None)


# -- pages56's classes ---------------------------------------------------------------------

@pytest.mark.parametrize("layout", ["sidebars sidebar-right", "has-sidebar left-sidebar",
                                    "sidebar-left main"])
def test_a_main_column_named_for_its_sidebars_holding_the_h2_headline_is_the_text(
        layout: str) -> None:
    """A template names its main column for the sidebars beside it (YJSG's "div#midblock
    .sidebars.sidebar-right"); the headline an <h2> the <title> names, over the text: the
    text is read, not the sidebar's list."""
    side = "".join(f'<li><a href="/tin/{i}">{i}. Tin mới số {i} về hoạt động của Hội</a> '
                   f"<span>09/08/2029 Trung Kiên</span></li>" for i in range(7))
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="top">Thứ Bảy, ngày 11/08/2029</div><div class="grid">
<div id="midblock" class="{layout}"><div class="item-page"><ul class="pager"><li>
<a href="/tin/1">« Bài trước Tin số 1 (Thứ ba, 07 Tháng 8 2029 09:15)</a></li></ul>
<h2 itemprop="headline">{TITLE}</h2><div itemprop="articleBody">
{"".join(f"<p>{p}</p>" for p in PARAS)}</div>
<dl class="article-info"><dd>Ngày đăng: 09/08/2029 14:20</dd></dl></div></div>
<div id="rightblock"><div class="module"><h3>Tin mới</h3><ul>{side}</ul></div></div>
</div></body></html>"""
    for up in (True, False):
        art = extract(html, URL, use_profiles=up).to_json()
        assert art["body"].startswith(PARAS[0]) and art["body"].endswith(PARAS[-1])
        assert "Tin mới" not in art["body"]


@pytest.mark.parametrize(("stamp", "author", "unit"), [
    # writers as avatar links, each its name: a writer each
    ('<div class="news-date">11/03/2024 16:45</div><div class="pf-authors">'
     '<a class="pf-author" href="/tac-gia/hoang-yen"><img src="/a/hy.jpg" alt="">'
     '<span class="pf-author-name">Hoàng Yến</span></a><a class="pf-author" '
     'href="/tac-gia/tan-phat"><img src="/a/tp.jpg" alt=""><span class="pf-author-name">'
     "Tấn Phát</span></a></div>", "Hoàng Yến, Tấn Phát", None),
    # a cell of the writer's and the source's labels, one a line
    ('<div class="news-date">11/03/2024 16:45</div><table><tr><td class="tl-ct-author"><b>'
     '<span id="ctl00_m_g_1_lblTacGia">Đặng Thu Hà - Vũ Quang (Phòng Tổ chức cơ sở đảng)'
     '</span></b><br><i><span id="ctl00_m_g_1_lblNguon">Ban Tổ chức Tỉnh ủy</span></i></td>'
     "</tr></table>", "Đặng Thu Hà, Vũ Quang", "Phòng Tổ chức cơ sở đảng"),
], ids=["avatar-links", "label-spans"])
def test_a_credit_block_of_marked_parts_is_read_part_by_part(stamp: str, author: str,
                                                             unit: str | None) -> None:
    for art in both(Page(stamp=stamp, tail="")):
        assert (art["author"], art["author_unit"]) == (author, unit)


def test_a_profile_selector_matching_the_texts_paragraphs_one_by_one_reads_them_all() -> None:
    """A table-era ASP.NET page (the ``aspnet_table`` profile, body "div[style*=justify]")
    whose editor wrote each paragraph as a justified <div>: the text is all of them."""
    paras = "".join(f'<div style="text-align:justify">{p}</div><div>&nbsp;</div>'
                    for p in PARAS)
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<form><input type="hidden" id="__VIEWSTATE" value="x"></form><table><tr><td>
<a class="tieu_de_tin" href="#">{TITLE}</a><span class="ngay_dang">11/03/2024 16:45</span>
</td></tr><tr><td class="tl-ct-body">{paras}</td></tr></table>
<div class="tinkhac"><h3>Các tin khác</h3></div></body></html>"""
    url = "https://bantochuc.example.gov.vn/TinTuc/DispTin.aspx?ID=641"
    for up in (True, False):
        art = extract(html, url, use_profiles=up).to_json()
        assert art["body"].startswith(PARAS[0]) and art["body"].endswith(PARAS[-1]), up


@pytest.mark.parametrize("box", [
    # a donation box in a relief item: bordered, its heading in capitals
    '<div class="hh45-donate" style="border:1px solid #d00;background:#fff5f5">'
    "<p><strong>THÔNG TIN TIẾP NHẬN ỦNG HỘ</strong></p><p>Đơn vị tiếp nhận: Hội Chữ thập đỏ "
    "tỉnh Lào Cai</p><p>Số tài khoản: 8800 2029 0715 tại Ngân hàng TMCP Công Thương</p>"
    "<p>Điện thoại: 0214.3 820 417</p></div>",
    # a box of an event's facts, its heading bold
    '<div class="info-box"><h4>Thông tin lễ hội</h4><ul><li>Thời gian: từ ngày 3 đến 5/11'
    "</li><li>Địa điểm: quảng trường trung tâm huyện</li><li>Đơn vị tổ chức: Sở Văn hóa, Thể "
    "thao và Du lịch</li></ul></div>",
], ids=["donation", "event"])
def test_a_headed_box_of_facts_set_apart_in_the_text_is_no_text(box: str) -> None:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{box}<p>{PARAS[2]}</p>"
    for art in both(Page(body=body)):
        assert art["body"].startswith(PARAS[0]) and art["body"].endswith(PARAS[2])
        assert "Điện thoại" not in art["body"] and "Thời gian" not in art["body"]


def test_a_headed_box_with_a_sentence_in_it_is_text() -> None:
    box = ('<div style="border:1px solid #ccc"><p><strong>Kết quả nổi bật</strong></p>'
           "<p>Tổng vốn huy động: 1,2 tỷ đồng</p><p>Trong năm, Hội đã vận động các dòng họ, "
           "gia đình tham gia xây dựng mô hình học tập, góp phần nâng cao dân trí.</p></div>")
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")):
        assert "vận động các dòng họ" in art["body"]


@pytest.mark.parametrize("labels", [("Ảnh trên: ", "Ảnh dưới: "), ("", "")])
def test_captions_under_pictures_set_one_after_another_caption_each_in_turn(
        labels: tuple[str, str]) -> None:
    """Two pictures, then two caption lines under them ("Ảnh trên: …" / "Ảnh dưới: …"):
    both are captions, the first the first picture's, and neither is text."""
    first = f"{labels[0]}Đồng chí Bí thư Chi bộ ôn lại truyền thống tại buổi sinh hoạt"
    second = f"{labels[1]}Đảng viên Chi bộ thăm, tặng quà gia đình thương binh"
    pics = ('<p style="text-align:center"><img src="/uploads/a-01.jpg" style="width:680px"></p>'
            '<p style="text-align:center"><img src="/uploads/a-02.jpg" style="width:680px"></p>'
            f'<p style="text-align:center"><em>{first}</em></p>'
            f'<p style="text-align:center"><em>{second}</em></p>')
    for art in both(Page(body=f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{pics}<p>{PARAS[2]}</p>")):
        assert art["captions"] == [first, second]
        assert first not in art["body"] and second not in art["body"]
        assert [i["caption"] for i in art["images"]] == [first, second]


def test_a_plain_paragraph_under_a_picture_closing_on_its_credit_is_its_caption() -> None:
    """A text pasted from Word sets each caption as a body paragraph, neither italic nor
    centred, closing on the picture's credit: under the picture it is the caption."""
    caption = ("Đồng chí Bí thư Đảng ủy phường trao Huy hiệu 75 năm tuổi Đảng cho đồng chí "
               "Phạm Văn Tịnh")
    pic = ('<p class="MsoNormal" align="center" style="text-align:center"><img width="600" '
           'height="400" src="/Upload/Images/2029/8/trao-huy-hieu-01.jpg"></p>'
           f'<p class="MsoNormal" style="text-align:justify">{caption} (Ảnh: Minh Tâm)</p>')
    for art in both(Page(body=f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{pic}<p>{PARAS[2]}</p>")):
        assert caption not in art["body"] and art["body"].endswith(PARAS[2])
        assert art["captions"] and art["captions"][0].startswith(caption)


# -- the review of pages56's classes (stop 42): what they must not take ---------------------
_TWO_PICS = ('<p style="text-align:center"><img src="/uploads/a-01.jpg" style="width:680px"></p>'
             '<p style="text-align:center"><img src="/uploads/a-02.jpg" style="width:680px"></p>'
             '<p style="text-align:center"><em>Các đại biểu dự hội nghị sơ kết</em></p>')


@pytest.mark.parametrize("after", [
    "<p><em>Mỗi đảng viên phải thực sự là một tấm gương sáng về đạo đức, lối sống, tác phong"
    "</em></p>",
    '<p style="text-align:center">Đẩy mạnh cải cách hành chính</p>',
], ids=["quotation", "subheading"])
def test_a_line_after_a_runs_caption_set_otherwise_is_text(after: str) -> None:
    for art in both(Page(body=f"<p>{PARAS[0]}</p>{_TWO_PICS}{after}<p>{PARAS[1]}</p>")):
        assert art["captions"] == ["Các đại biểu dự hội nghị sơ kết"]
        assert LexborHTMLParser(after).text().strip() in art["body"]


def test_a_picture_after_a_captioned_one_shares_no_caption() -> None:
    body = (f"<p>{PARAS[0]}</p><figure><img src=\"/uploads/a-01.jpg\"><figcaption>Quang cảnh "
            "hội nghị</figcaption></figure><p><img src=\"/uploads/a-02.jpg\"></p>"
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")
    for art in both(Page(body=body)):
        assert [i["caption"] for i in art["images"]] == ["Quang cảnh hội nghị", None]


@pytest.mark.parametrize("tail", [
    '<p style="text-align:right"><b>Bài: Nguyễn Thị Thu Hương - Ảnh: Minh Tâm</b></p>',
    "<p>Nguyễn Thị Thu Hương - Lê Văn Hùng; Ảnh: Trần Minh Tâm</p>"])
def test_a_signature_closing_on_a_picture_credit_under_a_picture_is_the_byline(
        tail: str) -> None:
    pic = '<p style="text-align:center"><img src="/uploads/a-01.jpg" style="width:680px"></p>'
    for art in both(Page(tail=pic + tail)):
        assert art["author"] is not None and "Nguyễn Thị Thu Hương" in art["author"]
        assert not any("Nguyễn Thị Thu Hương" in c for c in art["captions"])


@pytest.mark.parametrize(("headline", "box"), [
    # a notice's own facts: what it gives notice of
    ("Thông báo lịch tiếp công dân định kỳ tháng 12/2024 của Chủ tịch UBND huyện",
     '<div style="border:1px solid #999"><p><strong>LỊCH TIẾP CÔNG DÂN THÁNG 12/2024</strong>'
     "</p><p>Thời gian: 7h30 ngày 16/12/2024</p><p>Địa điểm: Phòng tiếp công dân</p><p>Người "
     "tiếp: đồng chí Chủ tịch UBND huyện</p></div>"),
    # voters' words, each a sentence after the speaker
    (TITLE, '<div style="border-left:3px solid #c00"><p><strong>Ý KIẾN CỬ TRI</strong></p><p>'
     "Ông Lò Văn Sơn, bản Nà Pục: Mong Nhà nước sớm đầu tư làm đường vào bản.</p><p>Bà Lường "
     "Thị Hoa, bản Co Muông: Đề nghị tăng cường kiểm tra khai thác cát.</p></div>"),
    # a question and its answer
    (TITLE, '<div style="border:1px dashed #06c"><h4>Hỏi - đáp pháp luật</h4><p>Hỏi: Người lao '
     "động có được nghỉ không?</p><p>Trả lời: Theo Điều 46, người lao động được nghỉ.</p></div>"),
    # Word's white background: no box drawn
    (TITLE, '<div style="background:white"><p><b>Kết quả sau 6 tháng</b></p><p>Kết nạp đảng '
     "viên mới: 45 đồng chí</p><p>Thu ngân sách: 215 tỷ đồng</p><p>Giải quyết việc làm: 1.250 "
     "lao động</p></div>"),
], ids=["notice", "voters", "qa", "word-white"])
def test_a_box_that_is_the_items_own_is_text(headline: str, box: str) -> None:
    page = Page(headline=f'<h1 class="news-title">{headline}</h1>',
                body=f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{box}<p>{PARAS[2]}</p>")
    first_fact = LexborHTMLParser(box).css("p, li")[1].text()
    for art in both(page):
        assert first_fact.split(":")[-1].strip()[:20] in art["body"]


@pytest.mark.parametrize(("credit", "field", "want"), [
    ('<div class="source"><span class="source-label">Nguồn:</span><a class="source-link" '
     'href="http://baolaocai.vn">Báo Lào Cai</a></div>', "author", None),
    ('<div class="byline"><b class="byline-label">Tin, ảnh:</b> <span class="byline-name">'
     "Lò Văn Sơn</span></div>", "photographer", "Lò Văn Sơn"),
    ('<div class="author"><span class="author-first">Nguyễn Văn</span><span class='
     '"author-last">Hùng</span></div>', "author", "Nguyễn Văn Hùng"),
], ids=["source-label", "credit-label", "split-name"])
def test_a_credit_in_pieces_of_one_line_is_read_as_one_line(credit: str, field: str,
                                                           want: str | None) -> None:
    for art in both(Page(stamp='<div class="news-date">11/03/2024 16:45</div>' + credit,
                         tail="")):
        assert art[field] == want


def test_a_sidebars_h2_naming_the_site_is_no_headline_beside_the_articles_h1() -> None:
    intro = "".join(f"<p>Huyện Lộc Ninh nằm ở phía Bắc tỉnh Bình Phước, đoạn giới thiệu {i} "
                    "về lịch sử, văn hóa, con người và tiềm năng phát triển của huyện.</p>"
                    for i in range(4))
    page = Page(head="<title>Cổng thông tin điện tử huyện Lộc Ninh</title>",
                side=f'<div class="sidebar"><div class="gioi-thieu"><h2>Cổng thông tin điện tử '
                     f"huyện Lộc Ninh</h2>{intro}</div></div>")
    for art in both(page):
        assert art["title"] == TITLE and art["body"].startswith(PARAS[0])


def test_a_profile_selectors_paragraphs_in_a_cell_holding_more_are_not_the_cell() -> None:
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><form><input "
            'type="hidden" id="__VIEWSTATE" value="x"></form><table><tr><td class="main"><a '
            f'class="tieu_de_tin" href="#">{TITLE}</a><br><span class="ngay_dang">11/03/2024 '
            f'16:45</span><div style="text-align:justify">{PARAS[0]}<br><br>{PARAS[1]}<br><br>'
            f'{PARAS[2]}</div><div style="text-align:justify"><i>Ban biên tập hoan nghênh bạn '
            "đọc gửi ý kiến về bài viết.</i></div>Gửi ý kiến phản hồi<br>Họ và tên: <input><br>"
            "Lượt xem: 1234 | In trang | Gửi email</td></tr></table></body></html>")
    for up in (True, False):
        body = extract(html, "https://x.example.gov.vn/TinTuc.aspx?NewsID=12", use_profiles=up
                       ).to_json()["body"]
        assert body.startswith(PARAS[0]) and "Lượt xem" not in body, up


def test_a_table_of_posts_and_names_is_no_credits_table() -> None:
    table = ("<p>Đại hội đã bầu các chức danh chủ chốt như sau:</p><table><tr><td>Bí thư Đảng "
             "ủy</td><td>Nguyễn Văn An</td></tr><tr><td>Phó Bí thư Thường trực</td><td>Trần Thị "
             "Bình</td></tr><tr><td>Phó Bí thư</td><td>Lê Văn Cường</td></tr></table>")
    for art in both(Page(tail=table)):
        assert art["author"] is None and art["author_unit"] is None
        assert "Nguyễn Văn An" in art["body"]


def test_a_labels_value_on_the_next_line_is_its_value() -> None:
    """"Ảnh:" over "Minh Tâm" in a block under the text: the photographer, no writer."""
    for art in both(Page(tail="", after='<div class="info-anh"><b>Ảnh:</b><br>Minh Tâm</div>')):
        assert (art["author"], art["photographer"]) == (None, "Minh Tâm")


# -- pages57's classes: what is in the text's block that is not the text --------------------
_DRAWN_BOX = 'style="border:1px solid #2e7d32;background-color:#f1f8e9;padding:10px"'


@pytest.mark.parametrize("box", [
    # figures, some labelled, some not
    f'<div class="sodo" {_DRAWN_BOX}><p style="text-align:center"><strong>CON SỐ NỔI BẬT 9 '
    "THÁNG</strong></p><ul><li>GRDP tăng 7,6%</li><li>Thu ngân sách: 9.412 tỷ đồng</li><li>"
    "Kết nạp 1.126 đảng viên mới</li></ul></div>",
    # a hotline's contacts and a line of what it is for
    f'<div {_DRAWN_BOX}><p style="text-align:center"><strong>ĐƯỜNG DÂY NÓNG TIẾP NHẬN PHẢN ÁNH'
    "</strong></p><p>Văn phòng Đảng ủy xã: 0203.3 880 126</p><p>Hộp thư điện tử: vpdu@example"
    ".gov.vn</p><p>Mọi phản ánh, kiến nghị của cán bộ, đảng viên và Nhân dân được tiếp nhận, "
    "trả lời theo quy định.</p></div>",
    # a quiz: a question and its choices
    '<div class="nl-quiz"><div class="nl-quiz-title">KIỂM TRA NHANH</div><p>Lớp bồi dưỡng gồm '
    "bao nhiêu chuyên đề?</p><ul><li><label><input type=\"radio\" name=\"q\"> A. 4 chuyên đề"
    "</label></li><li><label><input type=\"radio\" name=\"q\"> B. 6 chuyên đề</label></li></ul>"
    "</div>",
    # a card the CMS draws of a Facebook post
    '<div class="ct95-fbcard" data-href="https://www.facebook.com/soyte/posts/1"><a class="p" '
    'href="https://www.facebook.com/soyte">Sở Y tế</a><div>20 tháng 9 lúc 15:42</div><div>[TẬP '
    "HUẤN SƠ CẤP CỨU] 150 học viên đã được hướng dẫn kỹ năng sơ cứu.</div><a href=\"https://www"
    '.facebook.com/soyte/posts/1">Xem bài viết trên Facebook</a></div>',
    # an inline related box under a new label
    '<div class="irp-box"><span class="irp-label">Mời bạn đọc thêm:</span> <a href="/ra-mat-'
    'doi-hinh-tinh-nguyen/">Ra mắt đội hình thanh niên tình nguyện hỗ trợ Nhân dân</a></div>',
], ids=["figures", "hotline", "quiz", "facebook-card", "related"])
def test_a_box_in_the_text_that_is_not_the_text(box: str) -> None:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{box}<p>{PARAS[2]}</p>"
    words = [w for w in ("GRDP", "0203", "chuyên đề", "HUẤN", "Ra mắt") if w in box]
    for art in both(Page(body=body)):
        assert art["body"].startswith(PARAS[0]) and art["body"].endswith(PARAS[2])
        assert not any(w in art["body"] for w in words)


def test_a_box_the_text_introduces_is_text() -> None:
    """"… với 4 nhiệm vụ trọng tâm sau:" over a drawn box of the tasks: the text's."""
    box = (f'<div {_DRAWN_BOX}><p style="text-align:center"><strong>NHIỆM VỤ TRỌNG TÂM QUÝ IV'
           "</strong></p><p>1. Vận động 100% hộ gia đình tham gia bảo hiểm y tế: 5 hộ mỗi đảng "
           "viên.</p><p>2. Hoàn thành trồng mới 12 ha rừng: trước 30/12.</p></div>")
    body = (f"<p>{PARAS[0]}</p><p>Chi bộ thống nhất ban hành nghị quyết với 2 nhiệm vụ trọng tâm "
            f"sau:</p>{box}<p>{PARAS[2]}</p>")
    for art in both(Page(body=body)):
        assert "Vận động 100% hộ gia đình" in art["body"]


def test_the_editors_labelled_note_closing_the_text_is_no_text() -> None:
    note = ('<p class="editor-note"><em>BBT: Toàn văn trả lời của các sở, ngành sẽ được đăng '
            "tải trong chuyên mục “Hỏi - đáp thanh niên”.</em></p>")
    for art in both(Page(tail=note + '<p style="text-align:right"><b>Minh Anh</b></p>')):
        assert "Toàn văn trả lời" not in art["body"] and art["body"].endswith(PARAS[-1])


# -- the review of pages57's classes (stop 42): what they must not take ---------------------
@pytest.mark.parametrize("box", [
    # a drawn box of numbered tasks: the writer's words, no figures
    f'<div {_DRAWN_BOX}><p><strong>NHIỆM VỤ TRỌNG TÂM</strong></p><p>1. Đẩy mạnh công tác '
    "tuyên truyền</p><p>2. Nâng cao chất lượng sinh hoạt chi bộ</p><p>3. Làm tốt công tác phát "
    "triển đảng viên</p></div>",
    # a Q&A's answer listing its points "a) … b) …"
    '<div class="qa-item"><p><strong>Câu hỏi 1:</strong> Hộ gia đình muốn chuyển mục đích sử '
    "dụng đất cần những điều kiện gì?</p><p><strong>Trả lời:</strong> Phải đáp ứng:</p><p>a) "
    "Phù hợp quy hoạch sử dụng đất;</p><p>b) Có đơn đề nghị chuyển mục đích.</p></div>",
], ids=["numbered-tasks", "qa-points"])
def test_a_box_of_the_writers_own_lines_is_text(box: str) -> None:
    for art in both(Page(body=f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{box}<p>{PARAS[2]}</p>")):
        assert "Nâng cao chất lượng" in art["body"] or "Phù hợp quy hoạch" in art["body"]


def test_a_box_of_figures_as_long_as_the_text_is_the_text() -> None:
    lines = ["Tổng sản phẩm trên địa bàn (GRDP) tăng 7,6%", "Giá trị sản xuất công nghiệp tăng "
             "12,3%", "Tổng thu ngân sách đạt 9.412 tỷ đồng", "Kim ngạch xuất khẩu đạt 1,2 tỷ USD",
             "Thu hút 15 dự án đầu tư mới", "Giải quyết việc làm cho 18.500 lao động",
             "Tỷ lệ hộ nghèo giảm còn 2,1%", "Thu nhập bình quân 62 triệu đồng/người/năm"]
    box = (f"<div {_DRAWN_BOX}><p><strong>KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2024</strong></p>"
           + "".join(f"<p>{x}</p>" for x in lines) + "</div>")
    intro = ("Sáng 5/10, UBND tỉnh tổ chức họp báo công bố tình hình kinh tế - xã hội 9 tháng "
             "năm 2024. Nhìn chung, kinh tế của tỉnh tiếp tục phục hồi và tăng trưởng khá, nhiều "
             "chỉ tiêu đạt và vượt kế hoạch đề ra. Dưới đây là một số chỉ tiêu chủ yếu.")
    for art in both(Page(body=f"<p>{intro}</p>{box}")):
        assert "Thu hút 15 dự án" in art["body"]


def test_a_post_an_item_republishes_as_its_content_is_the_text() -> None:
    post = ("Sở Y tế khuyến cáo người dân chủ động phòng chống sốt xuất huyết, diệt lăng quăng, "
            "bọ gậy, ngủ màn kể cả ban ngày và đến cơ sở y tế khi có dấu hiệu sốt cao. ") * 4
    card = ('<div class="ct95-fbcard" data-href="https://www.facebook.com/soyte/posts/1"><a '
            'href="https://www.facebook.com/soyte">Sở Y tế</a><div>20 tháng 9 lúc 15:42</div>'
            f'<div>{post}</div><a href="https://www.facebook.com/soyte/posts/1">Xem bài viết '
            "trên Facebook</a></div>")
    for art in both(Page(body=card, tail="")):
        assert "sốt xuất huyết" in art["body"]


def test_the_editors_questions_in_an_interview_are_text() -> None:
    body = ("<p><strong>BBT: Thưa đồng chí, năm qua công tác dân vận của tỉnh có những kết quả "
            f"nổi bật nào?</strong></p><p>{PARAS[0]}</p><p><strong>BBT: Thời gian tới, tỉnh sẽ "
            f"tập trung vào những nhiệm vụ nào?</strong></p><p>{PARAS[1]}</p>")
    for art in both(Page(body=body, tail="")):
        assert "kết quả nổi bật nào?" in art["body"] and "nhiệm vụ nào?" in art["body"]


def test_a_short_item_with_an_h2_headline_beside_an_empty_widget_is_no_soft_404() -> None:
    """A page-wide WebForms form, an <h2> headline, a date and a short text; a sidebar's
    empty widget says "Không tìm thấy nội dung.": an article."""
    from archiver.extract import extract_page
    page = ('<html><head><title>Cổng thông tin</title></head><body><form><input type="hidden" '
            'name="__VIEWSTATE" value="/wEPDwUK"><div class="main"><h2 class="title">Bí thư '
            'Huyện ủy tiếp công dân định kỳ tháng 7</h2><div class="date">05/07/2024 08:30</div>'
            f'<div class="content"><p>{PARAS[0]}</p></div></div><div class="col-md-4"><div '
            'class="alert alert-warning">Không tìm thấy nội dung.</div></div></form></body>'
            "</html>")
    assert extract_page(page.encode(), URL).gone is None
