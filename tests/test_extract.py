"""extract(): inputs, auto heuristics, traps (clock, related, captions, chrome), warnings."""

from __future__ import annotations

import logging

import pytest
from selectolax.lexbor import LexborHTMLParser

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


def test_malformed_html_still_yields_a_record() -> None:
    art = extract("<div><p>Nội dung <b>dở dang <table><td>".encode(), "https://e.vn/a")
    assert art.url == "https://e.vn/a"


def test_unusable_input_raises_extract_error() -> None:
    with pytest.raises(ExtractError):
        extract(b"   ", "https://e.vn/a")


def test_unknown_profile_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        extract("<html><body><p>x</p></body></html>", "https://e.vn/a", profile="mambo")
