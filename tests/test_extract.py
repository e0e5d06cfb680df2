"""extract(): inputs, auto heuristics, traps (clock, related, captions, chrome), warnings."""

from __future__ import annotations

import json
import logging
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from archiver import auto, dom, vocab
from archiver.errors import ConfigError, ExtractError
from archiver.extract import extract

URL = "https://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Chi bộ Sở Thông tin và Truyền thông sinh hoạt chuyên đề - Đảng ủy Khối</title></head>
<body><form id="form1"><input type="hidden" id="__VIEWSTATE" value="abc">
<div class="top"><span class="clock">Thứ Bảy, ngày 28 tháng 11 năm 2026</span></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li></ul>
<div class="main">
 <div class="cat">Hoạt động của các tổ chức Đảng cơ sở</div>
 <h2 class="news-title">Chi bộ Sở Thông tin và Truyền thông sinh hoạt chuyên đề quý II</h2>
 <div class="news-date">14-06-2023 14:15</div>
 <div class="news-content">
  <p>Chiều 13/6, Chi bộ Sở Thông tin và Truyền thông tổ chức sinh hoạt chuyên đề quý II năm 2023
  với chủ đề “Nâng cao tinh thần trách nhiệm, phong cách làm việc chuyên nghiệp”.</p>
  <table class="image" align="center"><tr><td><img src="/uploads/2023/06/hoi-nghi.jpg"></td></tr>
  <tr><td class="image_desc">Đồng chí Hoàng Văn Nam, Quyền Bí thư Chi bộ<br>chủ trì Hội nghị
  </td></tr>
  </table>
  <p>Tại buổi sinh hoạt, các đảng viên đã thảo luận, đóng góp nhiều ý kiến thiết thực nhằm
  nâng cao chất lượng thực hiện nhiệm vụ chuyên môn của cơ quan.</p>
  <p>&nbsp;</p>
  <p style="text-align:right"><strong>Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông</strong></p>
 </div>
 <div class="tools"><a href="#">In bài</a> | <a href="#">Gửi email</a> | Lượt xem: 512</div>
 <div class="lienquan"><h3>Tin liên quan</h3><ul>
  <li><a href="/Default.aspx?a=detail&id=2701">Chi bộ Văn phòng Đảng ủy Khối kết nạp
   đảng viên mới</a>
   (02/06/2023)</li>
  <li><a href="/Default.aspx?a=detail&id=2688">Đảng ủy Khối sơ kết công tác quý I năm 2023</a>
   (28/04/2023)</li></ul></div>
</div>
<div class="footer">Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</form></body></html>"""


def test_langson_style_page_all_fields() -> None:
    art = extract(PAGE.encode("utf-8"), URL, content_type="text/html; charset=utf-8")
    assert art.title == "Chi bộ Sở Thông tin và Truyền thông sinh hoạt chuyên đề quý II"
    assert art.published_at == "2023-06-14T14:15:00+07:00"
    assert art.author == "Phạm Thảo"
    assert art.author_unit == "Chi bộ Sở Thông tin và Truyền thông"
    assert art.captions == ["Đồng chí Hoàng Văn Nam, Quyền Bí thư Chi bộ chủ trì Hội nghị"]
    assert art.images[0].src == "https://duk.langson.gov.vn/uploads/2023/06/hoi-nghi.jpg"
    assert [r.title for r in art.related] == [
        "Chi bộ Văn phòng Đảng ủy Khối kết nạp đảng viên mới",
        "Đảng ủy Khối sơ kết công tác quý I năm 2023",
    ]
    assert art.related[0].url == "https://duk.langson.gov.vn/Default.aspx?a=detail&id=2701"
    paragraphs = art.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Chiều 13/6, Chi bộ")
    for leak in ("Phạm Thảo", "Hoàng Văn Nam", "In bài", "Lượt xem", "Tin liên quan",
                 "kết nạp đảng viên mới"):
        assert leak not in art.body


def test_same_page_with_auto_only_and_parser_input() -> None:
    tree = LexborHTMLParser(PAGE)
    art = extract(tree, URL, profile="auto-only")
    assert art.profile == "auto"
    assert art.published_at == "2023-06-14T14:15:00+07:00"
    assert art.author == "Phạm Thảo"
    assert "Tại buổi sinh hoạt" in art.body


def test_header_clock_is_never_the_article_date() -> None:
    page = ("<html><body><div class='header'>Thứ Bảy, ngày 28 tháng 11 năm 2026</div>"
            "<h1>Hội nghị tổng kết công tác dân vận năm 2025 của Đảng bộ tỉnh</h1>"
            "<div class='content'><p>" + "Nội dung bài viết về công tác dân vận, rất dài. " * 8
            + "</p></div></body></html>")
    art = extract(page, "https://example.vn/a.html", use_profiles=False)
    assert art.published_at is None
    assert "published_at" in art.missing


def test_missing_fields_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    page = "<html><body><div><p>ngắn</p></div></body></html>"
    with caplog.at_level(logging.WARNING, logger="archiver.extract"):
        art = extract(page, "https://example.vn/x")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "https://example.vn/x" in warnings[0].getMessage()
    assert "published_at" in warnings[0].getMessage()
    assert art.url == "https://example.vn/x"


def test_jsonld_and_og_metadata() -> None:
    page = """<html><head>
    <meta property="og:title" content="Trao Huy hiệu 50 năm tuổi Đảng - Tỉnh ủy Lạng Sơn">
    <meta property="og:site_name" content="Tỉnh ủy Lạng Sơn">
    <script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Trao Huy hiệu 50 năm tuổi Đảng",
      "datePublished": "2024-11-07T09:30:00+07:00", "author": {"name": "Minh Hà"}}</script>
    </head><body><div class="x"><h1>Trao Huy hiệu 50 năm tuổi Đảng</h1>
    <div class="c"><p>Sáng 7/11, Đảng ủy xã trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên
    lão thành, ghi nhận những đóng góp to lớn của các đồng chí.</p></div></div></body></html>"""
    art = extract(page, "https://tinhuy.langson.vn/a", use_profiles=False)
    assert art.title == "Trao Huy hiệu 50 năm tuổi Đảng"
    assert art.published_at == "2024-11-07T09:30:00+07:00"
    assert art.author == "Minh Hà"


def test_lone_surrogate_escapes_in_jsonld_are_dropped() -> None:
    """json.loads turns "\\ud83d" without its pair into a lone surrogate, which neither UTF-8
    output nor SQLite accepts: every field comes out encodable."""
    page = r"""<html><head><script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Hội nghị \ud83d Ban Thường vụ", "datePublished": "2024-03-12T08:30:00+07:00",
      "author": {"name": "Lê \udc00Văn Khanh"}}</script></head><body><article>
    <h1>Hội nghị Ban Thường vụ</h1><p>Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán
    triệt nghị quyết về công tác xây dựng Đảng trong tình hình mới.</p></article></body></html>"""
    art = extract(page, "https://tinhuy.langson.vn/a", use_profiles=False)
    assert art.title == "Hội nghị Ban Thường vụ"
    assert art.author == "Lê Văn Khanh"
    json.dumps(art.to_json(), ensure_ascii=False).encode("utf-8")


def test_malformed_html_still_yields_a_record() -> None:
    art = extract("<div><p>Nội dung <b>dở dang <table><td>".encode(), "https://e.vn/a")
    assert art.url == "https://e.vn/a"


def test_unusable_input_raises_extract_error() -> None:
    with pytest.raises(ExtractError):
        extract(b"   ", "https://e.vn/a")


def test_unknown_profile_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        extract("<html><body><p>x</p></body></html>", "https://e.vn/a", profile="mambo")


# ------------------------------------------------------------------ adversarial themes (part c)

LEFT_COLUMN = """<html><head><meta charset="utf-8"><title>Hội nghị quán triệt nghị quyết</title>
</head><body><div class="top">Thứ Bảy, ngày 28 tháng 11 năm 2026</div>
<div class="col-left"><div class="panel"><div class="panel-heading">Tin nổi bật</div><ul>
<li><a href="/a/1.html">Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối</a>
<span class="time">14/11/2026 13:15</span></li>
<li><a href="/a/2.html">Tập huấn công tác văn phòng cấp ủy năm 2026</a>
<span class="time">15/11/2026 09:15</span></li></ul></div></div>
<div class="col-main"><div class="cat-name"><a href="/chinh-tri">Chính trị</a></div>
<h1 class="article-title">Hội nghị quán triệt nghị quyết của Ban Chấp hành Trung ương</h1>
<div class="article-meta">PV•28/01/2025 08:22</div>
<div class="article-body"><p>Sáng 27/1, Tỉnh ủy tổ chức hội nghị quán triệt, triển khai nghị quyết
của Ban Chấp hành Trung ương cho cán bộ chủ chốt các cấp trong toàn tỉnh.</p>
<p>Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy xây dựng chương trình hành động cụ thể, gắn
với nhiệm vụ chính trị của từng địa phương, đơn vị.</p></div>
<div class="related"><h4><a href="#">BÀI VIẾT LIÊN QUAN</a><a href="#">CÙNG TÁC GIẢ</a></h4>
<div><a href="/a/9.html">Tổng kết công tác tuyên giáo năm 2024</a></div></div></div>
</body></html>"""


def test_listing_dates_before_the_title_and_byline_date_fusion() -> None:
    art = extract(LEFT_COLUMN, "https://baohaiduong.vn/chinh-tri/x.html", use_profiles=False)
    assert art.published_at == "2025-01-28T08:22:00+07:00"   # not a sidebar entry's date
    assert art.author == "PV"
    assert art.category == "Chính trị"
    assert [r.title for r in art.related] == ["Tổng kết công tác tuyên giáo năm 2024"]


def test_word_date_stamp_is_not_a_clock_and_update_only_stamp_is_published() -> None:
    body = ("<div class='c'><p>Đảng ủy Khối tổ chức trao Huy hiệu Đảng cho các đảng viên cao tuổi,"
            " ghi nhận những đóng góp của các đồng chí trong quá trình công tác.</p></div>")
    words = f"<html><body><h1>Trao Huy hiệu Đảng đợt 3/2</h1><p>Ngày 15 tháng 3 năm 2024</p>{body}"
    assert extract(words, "https://e.vn/a", use_profiles=False).published_at == "2024-03-15"
    upd = (f"<html><body><h1>Trao Huy hiệu Đảng đợt 3/2</h1>"
           f"<font>Cập nhật lúc: 18:00 |22/05/2022</font>{body}")
    assert extract(upd, "https://e.vn/a", use_profiles=False).published_at == (
        "2022-05-22T18:00:00+07:00")


def test_profile_title_never_comes_from_the_header_and_div_author_is_read() -> None:
    page = """<html><head><meta name="generator" content="NukeViet v3.4"></head><body>
    <div id="header"><h1 class="site-name">Đảng bộ tỉnh Bình Phước</h1></div>
    <div id="news_detail"><h2 class="title-news">Đại hội điểm chi bộ thôn Phú Lạc nhiệm kỳ mới</h2>
    <span class="time">(29/06/2024, 14:49)</span><div class="author">Thành Vinh</div>
    <div class="bodytext"><p>Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua và đề ra
    phương hướng, nhiệm vụ cho nhiệm kỳ mới với nhiều chỉ tiêu quan trọng.</p></div></div>
    </body></html>"""
    art = extract(page, "https://binhphuoc.dcs.vn/news/tin-tuc/dai-hoi-4502.html")
    assert art.profile == "nukeviet3"
    assert art.title == "Đại hội điểm chi bộ thôn Phú Lạc nhiệm kỳ mới"
    assert art.published_at == "2024-06-29T14:49:00+07:00"
    assert art.author == "Thành Vinh"


def test_page_breaking_every_profile_selector_still_yields_a_record(
        caplog: pytest.LogCaptureFixture) -> None:
    page = """<html><body><section><i>Tin vắn</i><blockquote>Sáng nay, huyện tổ chức gặp mặt
    các đảng viên được tặng Huy hiệu Đảng, biểu dương những đóng góp của các đồng chí
    trong quá trình công tác.</blockquote></section></body></html>"""
    with caplog.at_level(logging.WARNING, logger="archiver.extract"):
        art = extract(page, "https://e.vn/news/tin/x-1.html", profile="nukeviet4")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "nukeviet4" in warnings[0].getMessage()
    assert art.profile == "nukeviet4"
    assert "Huy hiệu Đảng" in art.body
    assert art.published_at is None and "published_at" in art.missing


def test_photo_credit_under_an_image_is_the_photographer_not_a_caption() -> None:
    page = """<html><body><h1>Hội nghị quán triệt nghị quyết Trung ương</h1>
    <div class="meta">15/03/2024 08:30</div><div class="c">
    <p>Sáng 14/3, Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt các cấp.</p>
    <p style="text-align:center"><img src="/a/1.jpg"></p>
    <p style="text-align:center"><em>Ảnh: Tuấn Anh - TTXVN</em></p>
    <p>Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy xây dựng chương trình hành động cụ thể.</p>
    <p style="text-align:center"><img src="/a/2.jpg"></p>
    <p style="text-align:center"><em>Ảnh minh họa: Quang cảnh hội nghị</em></p>
    <p style="text-align:right"><strong>Hải Yến</strong></p></div></body></html>"""
    art = extract(page, "https://e.vn/a", use_profiles=False)
    assert art.photographer == "Tuấn Anh - TTXVN"   # as printed
    assert art.author == "Hải Yến"
    assert art.captions == ["Ảnh minh họa: Quang cảnh hội nghị"]
    assert [i.caption for i in art.images] == [None, "Ảnh minh họa: Quang cảnh hội nghị"]
    assert "Ảnh:" not in art.body and "Tuấn Anh" not in art.body


def test_controls_row_comments_and_share_bar_stay_out_of_the_body() -> None:
    page = """<html><body><div class="detail">
    <div class="post-header"><h1>Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối</h1>
    <time datetime="2023-06-14T14:15:00+07:00">14/06/2023</time></div>
    <div class="tools">In bài viết | Gửi email | Lên đầu trang</div>
    <div class="text"><p>Thực hiện: Nhóm PV</p>
    <p>Chiều 13/6, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp tỉnh về kết quả
    thực hiện nhiệm vụ 6 tháng đầu năm.</p>
    <p>Báo cáo cho thấy, Đảng ủy Khối đã lãnh đạo các tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ
    chính trị được giao, nhiều chỉ tiêu vượt kế hoạch.</p>
    <div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a><a href="#">Zalo</a></div>
    </div>
    <div class="comment-box"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên
    bình luận về bài viết này, ý kiến sẽ được biên tập trước khi đăng.</p></div>
    </div></body></html>"""
    art = extract(page, "https://e.vn/a/3.html", use_profiles=False)
    assert art.published_at == "2023-06-14T14:15:00+07:00"   # the post header is not chrome
    assert art.author == "Nhóm PV"
    assert art.body.startswith("Chiều 13/6") and art.body.endswith("vượt kế hoạch.")


@pytest.mark.parametrize("cls", ["pCaption", "img_caption", "ImageCaption", "chu_thich_anh",
                                 "photo-desc", "image-note", "desc_img", "text"])
def test_caption_in_an_image_box_under_other_class_names(cls: str) -> None:
    page = f"""<html><body><h1>Hội nghị quán triệt nghị quyết Trung ương lần thứ tám</h1>
    <div class="m">15/03/2024 08:30</div><div class="c">
    <p>Sáng 14/3, Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt các cấp.</p>
    <div class="img-box"><img src="/a/1.jpg"><div class="{cls}">Quang cảnh hội nghị</div></div>
    <p>Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy xây dựng chương trình hành động cụ thể.</p>
    </div></body></html>"""
    art = extract(page, "https://e.vn/a", use_profiles=False)
    assert art.captions == ["Quang cảnh hội nghị"]
    assert [(i.src, i.caption) for i in art.images] == [("https://e.vn/a/1.jpg",
                                                          "Quang cảnh hội nghị")]
    assert "Quang cảnh" not in art.body


@pytest.mark.parametrize(("tag", "cls"), [("div", "news-teaser"), ("p", "intro"),
                                          ("div", "post-excerpt"), ("div", "tom_tat"),
                                          ("div", "article-lead"), ("h3", "summary-news")])
def test_sapo_under_other_class_names_and_not_from_a_listing(tag: str, cls: str) -> None:
    page = f"""<html><body><div class="left"><ul><li><a href="/x">Tin khác ở cột trái</a>
    <div class="{cls}">Một đoạn tóm tắt của tin khác ở cột bên trái, không phải sapo của bài.</div>
    </li></ul></div><div class="main"><h1>Hội nghị quán triệt nghị quyết Trung ương lần thứ tám</h1>
    <div class="m">15/03/2024 08:30</div>
    <{tag} class="{cls}">Sáng 14/3, Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ
    chốt các cấp trong toàn tỉnh.</{tag}>
    <div class="c"><p>Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy xây dựng chương trình hành động
    cụ thể, sát thực tế.</p><p>Hội nghị cũng thảo luận, đóng góp ý kiến vào dự thảo các văn bản
    trình Đại hội.</p></div></div></body></html>"""
    art = extract(page, "https://e.vn/a", use_profiles=False)
    assert art.lead is not None and art.lead.startswith("Sáng 14/3")
    assert art.body.startswith(art.lead + "\n\n")
    assert "cột bên trái" not in art.body


def test_bold_sapo_printed_just_above_the_body_table() -> None:
    page = """<html><body><div class="detail_x"><h2>Ban Thường vụ Tỉnh ủy quán triệt Chỉ thị 35</h2>
    <span class="d">15/06/2024 15:20</span>
    <p><b>Chiều 15/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị 35-CT/TW của Bộ
    Chính trị về tổ chức đại hội đảng bộ các cấp.</b></p>
    <table width="100%"><tr><td><p>Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị, đề nghị các cấp ủy
    chuẩn bị chu đáo văn kiện, nhân sự đại hội.</p><p>Hội nghị thống nhất kế hoạch triển khai,
    phân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị.</p></td></tr></table></div></body></html>"""
    art = extract(page, "https://e.vn/a", use_profiles=False)
    assert art.lead is not None and art.lead.startswith("Chiều 15/6")
    assert art.body.startswith(art.lead + "\n\nĐồng chí Bí thư")


def _minimal(head_clock: str, stamp: str, trailer: str = "", author_meta: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>Tin tức</title></head><body>
<div class="topbar"><span id="js-clock">{head_clock}</span></div>
<div class="main"><h1 class="title">Huyện ủy tổ chức hội nghị tổng kết công tác năm</h1>
<div class="meta">{author_meta}<span class="on">{stamp}</span></div>
<div class="content"><p>Sáng nay, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng,
đánh giá kết quả thực hiện nhiệm vụ chính trị năm và triển khai phương hướng năm tới.</p>
<p>Các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được và hạn chế.</p>
{trailer}</div></div>
<div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/tin/2">Hội nghị Ban Chấp hành Đảng
bộ huyện lần thứ 8 bàn nhiệm vụ</a> <span>(01/11/2024)</span></li></ul></div></body></html>"""


def test_stamp_with_time_on_the_clock_day_is_kept() -> None:
    # crawled the day it appeared: the header clock shows the same date
    page = _minimal("Thứ Ba, 28/01/2025 | 09:47", "28/01/2025 08:22")
    assert extract(page, "https://x.vn/tin/1").published_at == "2025-01-28T08:22:00+07:00"


def test_hom_nay_is_a_clock_never_the_publication_date() -> None:
    page = _minimal("", "Cập nhật lúc: 18:00 | 22/05/2022").replace(
        '<div class="main">', '<div>Hôm nay: 18/11/2024</div><div class="main">')
    assert extract(page, "https://x.vn/tin/1",
                   use_profiles=False).published_at == "2022-05-22T18:00:00+07:00"


@pytest.mark.parametrize("clock", [
    "Hôm nay: 18/11/2024", "HÔM NAY, Thứ Hai, 18/11/2024", "HÔM NAY: 18/11/2024",
    "hôm nay ngày 18-11-2024", "HÔm nay 18/11/2024",
    "İ Hôm nay: 18/11/2024",   # lower() lengthens "İ": the whole-page scan
    "Hôm Nay 18.11.2024", "Trang chủ | hôm nay 18/11/2024 | Liên hệ",
])
def test_hom_nay_clock_spellings(clock: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from archiver.auto import clock_dates

    for html in (f"<body><div>{clock}</div><p>Chôm chôm nhôm.</p></body>",
                 f"<body>{clock}</body>"):
        assert clock_dates(LexborHTMLParser(html)) == {"2024-11-18"}, html
    assert clock_dates(LexborHTMLParser(
        "<body><p>Chôm chôm, hôm qua 18/11/2024, nhôm</p></body>")) == set()


def test_fields_are_nfc_whatever_the_page_holds() -> None:
    """Decoding skips the whole-page NFC check when no combining mark is in the bytes;
    the other characters NFC changes (here OHM SIGN and ANGSTROM SIGN) are still
    normalised in every field."""
    import unicodedata

    page = _minimal("", "22/05/2022 18:00").replace(
        "tổng kết công tác năm", "tổng kết công tác năm \u2126 \u212b").replace(
        "Các đại biểu", "Các đại biểu \u2126")
    art = extract(page.encode("utf-8"), "https://x.vn/tin/1",
                  content_type="text/html; charset=utf-8")
    assert art.title is not None and art.title.endswith("năm \u03a9 \u00c5")
    assert "đại biểu \u03a9" in art.body
    assert all(unicodedata.is_normalized("NFC", v) for v in (art.title, art.body))


@pytest.mark.parametrize(("account", "alone"), [
    ("Quản trị hệ thống", None), ("admin", None), ("Super User", None),
    ("Người đăng: Quản trị", None), ("Đăng bởi admin", None),
    ("Đăng bởi Chi bộ TDP 5 Tiền Phong", None),   # a blog's profile name: not a person
    ("Ban Biên tập", "Ban Biên tập"), ("BBT", "BBT"),   # the editorial board is a byline
    ("Đăng bởi Minh Anh", "Minh Anh"),   # who posted it, a person: stands in when unsigned
])
def test_cms_account_yields_to_the_printed_byline(account: str, alone: str | None) -> None:
    """A CMS account is never an author (issue 16); the editorial board and a person who
    posted the article give way to a printed byline and stand in when there is none."""
    meta = f'<span class="author">{account}</span> | '
    signed = _minimal("", "22/05/2022 18:00", '<p style="text-align:right"><b>Ngọc Trâm</b></p>',
                      meta)
    assert extract(signed, "https://x.vn/tin/1").author == "Ngọc Trâm"
    unsigned = _minimal("", "22/05/2022 18:00", "", meta)
    assert extract(unsigned, "https://x.vn/tin/1").author == alone


@pytest.mark.parametrize("prefix", ["", "İstanbul ", 'Trích "dẫn" '],
                         ids=["lexbor-contains", "lower-changes-length", "quotes-in-page"])
def test_related_headings_found_in_any_spelling(prefix: str) -> None:
    """Related headings are looked up by the spellings the page uses (in C); pages where
    that lookup cannot be trusted are walked node by node with the same result."""
    from selectolax.lexbor import LexborHTMLParser

    from archiver.auto import find_related

    html = (f"<html><body><p>{prefix}Nội dung bài viết về tin liên quan đến Đảng bộ.</p>"
            "<div><h3>TIN LIÊN QUAN</h3><ul><li><a href='/a-1.html'>Hội nghị Ban Chấp hành "
            "Đảng bộ tỉnh</a></li></ul></div><div><b>Các tin khác</b><a href='/b-2.html'>"
            "Kiểm tra, giám sát chi bộ cơ sở</a></div></body></html>")
    related, blocks = find_related(LexborHTMLParser(html), "http://a.vn/x-9.html")
    assert [r.url for r in related] == ["http://a.vn/a-1.html", "http://a.vn/b-2.html"]
    assert len(blocks) == 2


_LABEL_BITS = sorted({w for label in vocab.RELATED_LABELS for w in label.split(" ")} | {"x", ","})


@given(st.lists(st.sampled_from(_LABEL_BITS) | st.sampled_from(vocab.RELATED_LABELS),
                max_size=40),
       st.lists(st.sampled_from(vocab.RELATED_LABELS), max_size=3))
def test_related_labels_found_on_a_page_are_exactly_those_it_contains(
        words: list[str], extra: list[str]) -> None:
    """The label search skips a label when a label it contains is absent; the outcome is
    what looking for every label would give."""
    page = " ".join(words)
    keys = tuple(dict.fromkeys((*extra, *vocab.RELATED_LABELS, "liên quan")))
    assert auto._present(keys, page) == tuple(k for k in keys if k in page)


@pytest.mark.parametrize(("html", "visible"), [
    ("<div>  \n\t </div>", False),
    ("<div>\u200b\u00ad<span>\ufeff</span></div>", False),
    ("<div>  <b>x</b></div>", True),
    ("<div>" + "\u200b" * 300 + "<p>Đảng</p></div>", True),   # past the 200-char look
    ("<div>" + " " * 300 + "\u200b" * 10 + "</div>", False),
])
def test_has_text_agrees_with_node_text(html: str, visible: bool) -> None:
    has_text, node_text, text_length = dom.has_text, dom.node_text, dom.text_length
    node = LexborHTMLParser(html).css_first("div")
    assert node is not None
    assert has_text(node) is visible is bool(node_text(node))
    if visible:
        assert text_length(node) >= len(node_text(node))


def test_text_length_is_collapsed_length() -> None:
    node = LexborHTMLParser("<div> Ban  Thường vụ\n\n<p>Tỉnh ủy  Lạng Sơn </p></div>").css_first(
        "div")
    assert node is not None
    want = len("Ban Thường vụ Tỉnh ủy Lạng Sơn")
    assert dom.text_length(node) == len(dom.node_text(node)) == want


def test_clock_text_in_a_script_is_not_a_clock() -> None:
    """Clocks are read from what a reader sees: a date in inline script text is not one
    (the article stamp on the same day stays the publication date)."""
    hidden = _minimal("", "20/11/2024").replace(
        '<div class="main">', '<script>var s = "Hôm nay: 20/11/2024";</script>'
                              '<div class="main">')
    shown = hidden.replace("<script>var s = ", "<div>").replace(";</script>", "</div>")
    assert extract(hidden, "https://x.vn/tin/1", use_profiles=False).published_at == "2024-11-20"
    assert extract(shown, "https://x.vn/tin/1", use_profiles=False).published_at is None


_CULTURE_BITS = ("CultureName", "Culture", "culture", "Locale", "locale", "Name", "x", "'",
                 '"', " ", "\n", "\u00a0", ":", "=", "en-US", "en-U", "S")


@given(st.lists(st.sampled_from(_CULTURE_BITS), max_size=14))
def test_us_culture_search_near_its_value_finds_what_the_whole_scan_finds(
        bits: list[str]) -> None:
    """The en-US culture is looked for only just before each "en-US" of the source; the
    outcome is the regex's over the whole source."""
    from archiver.extract.page import _us_culture

    source = "".join(bits)
    assert _us_culture(source) == bool(vocab.US_CULTURE.search(source))


@pytest.mark.parametrize("word", ["ngày", "thứ", "chủ"])
def test_clock_patterns_rule_out_only_texts_they_cannot_match(word: str) -> None:
    """The clock patterns are run only on a text whose lower case holds their word: every
    character the case-insensitive patterns take for one of its letters lower-cases to it."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in word:
        taken = re.compile(re.escape(letter), re.IGNORECASE).findall(every)
        assert [c for c in taken if c.lower() != letter] == []


_CLOCK_BITS = ("Thứ Hai", "THỨ BA", "chủ nhật", "CHỦ NHẬT", "Ngày", "NGÀY", "ngày", " ",
               ", ", "15", "3", "/", "tháng", "THÁNG", "năm", "2024", "x")


@given(st.lists(st.sampled_from(_CLOCK_BITS), max_size=16))
def test_clock_patterns_kept_are_those_that_match(bits: list[str]) -> None:
    text = "".join(bits)
    kept = auto._clock_patterns(text)
    for pattern in (vocab.CLOCK_DATE, vocab.CLOCK_NUMERIC):
        assert pattern in kept or pattern.search(text) is None


def test_only_the_space_is_printable_whitespace() -> None:
    """What :func:`dom.collapsed_length` relies on."""
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]


@given(st.text(alphabet=st.sampled_from(" \n\t\r\x0b\x1c\u00a0\u2003\u3000ab\u1ea1\x00"),
               max_size=30))
def test_collapsed_length_is_the_joined_words_length(raw: str) -> None:
    assert dom.collapsed_length(raw) == len(" ".join(raw.split()))


def test_word_frame_styles_are_dropped_when_a_page_has_them() -> None:
    """Word's running footer (``mso-element:footer``) is the document's frame, not its text;
    the frame query skips those styles only on pages that have none."""
    para = "<p>Đoạn văn bản của nghị quyết, đủ dài để được chọn làm nội dung chính. </p>"
    html = ("<html><head><title>Nghị quyết về phát triển kinh tế năm 2024</title></head><body>"
            "<div class='WordSection1'><h1>Nghị quyết về phát triển kinh tế năm 2024</h1>"
            + para * 4 + "<div style='mso-element:footer'><p>Trang chân văn bản lặp lại "
            "ở mỗi trang in của tài liệu gốc</p></div></div></body></html>")
    art = extract(html, "https://example.vn/nghi-quyet.html")
    assert "Đoạn văn bản" in art.body and "Trang chân" not in art.body


def test_deep_text_is_selectolax_deep_text_of_every_node() -> None:
    """``dom.deep_text`` reads an element's text through lexbor: the same string as
    ``text(deep=True)`` for every node kind (comments, templates, foreign content)."""
    from pathlib import Path

    html = ("<!DOCTYPE html><html><head><title>T</title><!-- c --></head><body>"
            "<div> a <b>b</b><!-- hidden --><template><p>t</p></template>"
            "<svg><title>s</title><![CDATA[x]]></svg><math><mi>m</mi></math>"
            "<p>Tỉnh ủy\u00a0 Lạng Sơn</p>\n</div></body></html>")
    pages: list[str | bytes] = [html, *(p.read_bytes() for p in sorted(
        (Path(__file__).parent / "golden").glob("*/*.html"))[:12])]
    for page in pages:
        tree = LexborHTMLParser(page)
        assert tree.root is not None
        for node in tree.root.traverse(include_text=True):
            assert dom.deep_text(node) == node.text(deep=True)
