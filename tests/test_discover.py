from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote_to_bytes, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from archiver.discover import (
    Links,
    continues,
    is_trap,
    link_header_next,
    listing_links,
    looks_like_article_url,
    meta_refresh,
    parse_feed,
    parse_sitemap,
    read_listing,
)
from archiver.dom import in_frame, parse
from archiver.profiles import ListingRules
from archiver.replica.faults import to_cp1258

BASE = "http://tinhuy.example.vn/Default.aspx?siteid=1&c=content&a=list&catid=3"
HOSTS = frozenset({"tinhuy.example.vn"})

LISTING = """<html><body>
<div class="menu"><a href="/Default.aspx?siteid=1&c=content&a=list&catid=5">Tin tức</a>
  <a href="/Default.aspx?siteid=1&c=content&a=detail&catid=9&id=901">Giới thiệu</a></div>
<div class="list">
  <div class="item"><a href="/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743">
      Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị</a> (14/06/2023)</div>
  <div class="item"><a
    href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=3&amp;id=2741&amp;utm_source=zalo">
      Hội nghị học tập Nghị quyết</a></div>
  <a href="/Default.aspx?siteid=1&c=content&a=print&catid=3&id=2743">In bài</a>
  <a href="/Lich.aspx?date=2023-06-14">Lịch công tác</a>
  <a href="http://baolangson.vn/chinh-tri/294324-tin-khac.html">Báo Lạng Sơn</a>
</div>
<div class="pager"><span>1</span>
  <a href="/Default.aspx?siteid=1&c=content&a=list&catid=3&page=2">2</a>
  <a href="/Default.aspx?siteid=1&c=content&a=list&catid=3&page=3">3</a>
  <a href="/Default.aspx?siteid=1&c=content&a=list&catid=3&page=2">Trang sau »</a>
  <a href="/Default.aspx?siteid=1&c=content&a=list&catid=5&page=2">2</a>
</div>
<form method="post" action="./Default.aspx?tabid=55" id="Form">
  <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">
  <input type="hidden" name="__EVENTVALIDATION" value="/wEWAg">
  <table class="GridPager"><tr><td><span>1</span></td>
  <td><a href="javascript:__doPostBack('dnn$ctr123$View$grd','Page$2')">2</a></td></tr></table>
</form>
<footer><a href="/Default.aspx?siteid=1&c=content&a=detail&catid=1&id=10001">Liên hệ</a></footer>
</body></html>"""


def test_auto_listing_classification() -> None:
    links = listing_links(LexborHTMLParser(LISTING), BASE, hosts=HOSTS, scheme="http")
    assert links.articles == [
        "http://tinhuy.example.vn/Default.aspx?a=detail&c=content&catid=3&id=2743&siteid=1",
        "http://tinhuy.example.vn/Default.aspx?a=detail&c=content&catid=3&id=2741&siteid=1",
    ]   # menu and footer links, print views, calendars and other hosts left out
    assert links.listings == [
        "http://tinhuy.example.vn/Default.aspx?a=list&c=content&catid=3&page=2&siteid=1",
        "http://tinhuy.example.vn/Default.aspx?a=list&c=content&catid=3&page=3&siteid=1",
    ]   # another category's pager is not this chain
    (postback,) = links.postbacks
    form = postback.form()
    assert form["__EVENTTARGET"] == "dnn$ctr123$View$grd" and form["__EVENTARGUMENT"] == "Page$2"
    assert form["__VIEWSTATE"] == "dDwtMTA4"
    assert postback.action.endswith("Default.aspx?tabid=55")


@pytest.mark.parametrize(("url", "trap"), [
    ("http://a.vn/Lich.aspx?date=2023-06-14", True),
    ("http://a.vn/news/tin-tuc/tin-tuc/tin-tuc/page-2", True),
    ("http://a.vn/" + "x" * 5000, True),     # no server takes such a request line
    ("http://a.vn/web/tinhuy/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_"
     "AssetPublisherPortlet_INSTANCE_x&" + "&".join(f"_k{i}=v{i}" for i in range(60)),
     False),                                  # real portlet links run past 500 characters
    ("http://a.vn/news/tin-tuc/page-2", False),
    ("http://a.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743", False),
    # Joomla without SEF URLs: its articles' only addresses; a calendar's month view is one
    ("http://a.vn/index.php?option=com_content&view=article&id=1842&catid=3", False),
    ("http://a.vn/index.php?option=com_jevents&view=month&year=2024", True),
    ("http://a.vn/index.php?option=com_events&view=calendar", True),
    ("http://a.vn/lich?view=lichcongtac&tuan=3", True),
    ("http://a.vn/cal?view=dayGridMonth", True),
    ("http://a.vn/?option=com_jcalpro&view=events&layout=month&ym=2024-05", True),
    # CakePHP's named parameters: a sort order is the same list again; a page is a page
    ("http://a.vn/chuyen-muc/thong-bao/sort:created/direction:asc", True),
    ("http://a.vn/chuyen-muc/thong-bao/page:3", False),
])
def test_traps(url: str, trap: bool) -> None:
    assert is_trap(url) is trap


def test_sitemap_index_and_urlset() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://a.vn/sitemap-news.xml</loc><lastmod>2023-06-14</lastmod></sitemap>
    </sitemapindex>"""
    pages, subs = parse_sitemap(index)
    assert pages == [] and subs == [("https://a.vn/sitemap-news.xml", "2023-06-14")]
    urlset = b"""<urlset><url><loc>https://a.vn/news/a-1.html?x=1&amp;y=2</loc>
      <lastmod>2023-06-14T14:15:00+07:00</lastmod></url><url><loc><![CDATA[https://a.vn/b-2.html]]></loc></url>
      <url><loc>https://a.vn/broken"""
    pages, subs = parse_sitemap(urlset)
    assert pages == [("https://a.vn/news/a-1.html?x=1&y=2", "2023-06-14T14:15:00+07:00"),
                     ("https://a.vn/b-2.html", None)]


def test_rss_and_atom_feeds() -> None:
    rss = b"""<rss><channel><item><title>A</title><link>https://a.vn/a-1.html</link>
      <pubDate>Wed, 14 Jun 2023 07:15:00 GMT</pubDate></item>
      <item><title>B</title><guid>https://a.vn/b-2.html</guid></item></channel></rss>"""
    assert parse_feed(rss) == [("https://a.vn/a-1.html", "Wed, 14 Jun 2023 07:15:00 GMT"),
                               ("https://a.vn/b-2.html", None)]
    atom = b"""<feed><entry><link href="https://a.vn/c-3.html"/>
      <updated>2023-06-14T14:15:00+07:00</updated></entry></feed>"""
    assert parse_feed(atom) == [("https://a.vn/c-3.html", "2023-06-14T14:15:00+07:00")]


SECTION = "http://tinhuy.example.vn/Pages/hoat-dong-co-so.aspx"


def _section_links(pager: str, rules: ListingRules | None = None) -> Links:
    page = f"""<html><body><div class="main">
      <div class="item"><a href="/tin-tuc/chi-bo-so-tu-phap-to-chuc-sinh-hoat-chuyen-de">Chi
        bộ Sở Tư pháp tổ chức sinh hoạt chuyên đề</a></div>
      <div class="item"><a
        href="/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-mo-rong-lan-thu-nhat">
        Hội nghị Ban Chấp hành Đảng bộ mở rộng lần thứ nhất</a></div>
      <table><tr><td>{pager}</td></tr></table></div></body></html>"""
    return listing_links(LexborHTMLParser(page), SECTION, hosts=HOSTS, scheme="http",
                         rules=rules)


def test_pager_text_with_arrows_and_a_parameter_page_one_lacks() -> None:
    links = _section_links('<a href="?CatID=12&page=2">Trang sau »</a>'
                           '<a href="/Pages/hoat-dong-co-so.aspx?CatID=12&page=9">'
                           '‹ trang cuối</a>')
    assert links.listings == [SECTION + "?CatID=12&page=2", SECTION + "?CatID=12&page=9"]


def test_pager_of_another_section_is_not_this_chain() -> None:
    page2 = SECTION + "?CatID=12&page=2"
    other = "<html><body><p><a href='?CatID=13&page=3'>Trang sau »</a></p></body></html>"
    links = listing_links(LexborHTMLParser(other), page2, hosts=HOSTS, scheme="http")
    assert links.listings == []


def test_profile_rules_and_auto_discovery_add_up() -> None:
    """A profile that knows one section's URL shape still finds the others' articles and
    pager: its rules come first, auto discovery adds what they did not name."""
    rules = ListingRules(article_url=(re.compile(r"/tin-tuc/[a-z0-9-]+$"),))
    links = _section_links('<a href="?page=1">trang sau ›</a>', rules)
    assert links.articles == [
        "http://tinhuy.example.vn/tin-tuc/chi-bo-so-tu-phap-to-chuc-sinh-hoat-chuyen-de",
        "http://tinhuy.example.vn/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-mo-rong-lan-thu-nhat",
    ]
    assert links.listings == [SECTION + "?page=1"]


# -- pagers without links: load-more, JSON, scripts, postbacks, guesses -------------------------
START = "http://tinhuy.example.vn/"


def _links(body: str, url: str = SECTION, sections: bool = False) -> Links:
    return listing_links(LexborHTMLParser(f"<html><body>{body}</body></html>"), url,
                         hosts=HOSTS, scheme="http", sections=sections)


def test_load_more_control_and_script_addresses() -> None:
    links = _links(
        '<button class="btn-xem-them" data-url="/ajax/list.php?cat=3&amp;page=2">Xem thêm'
        '</button><span class="like" data-url="/ajax/like.php?id=5">Thích</span>'
        "<script>drawPager('p', 1, 9, function (n) { return '/Pages/hoat-dong-co-so-p' + n"
        " + '.aspx'; });</script>"
        "<script>var more = '/ajax/stream.php?zone=0&page=';</script>")
    assert links.more == ["http://tinhuy.example.vn/ajax/list.php?cat=3&page=2"]
    # built by us from a template: they may lie past the end, so they are guesses
    assert links.guessed == ["http://tinhuy.example.vn/Pages/hoat-dong-co-so-p2.aspx",
                             "http://tinhuy.example.vn/ajax/stream.php?page=2&zone=0"]


def test_script_template_continues_from_the_page_it_is_on() -> None:
    page3 = "http://tinhuy.example.vn/tin-tuc/trang/3/"
    links = _links("<script>go(function (n) { return '/tin-tuc/trang/' + n + '/'; });"
                   "</script><script>track('/ajax/vote/' + id + '/');</script>", page3)
    assert links.guessed == ["http://tinhuy.example.vn/tin-tuc/trang/4/"]


def test_json_listing_items_next_page_and_html_fragments() -> None:
    from archiver.discover import json_listing_links

    data = {"status": "ok", "data": {
        "items": [{"id": 1, "title": "Một", "url": "/tin-tuc/hoi-nghi-mot-1201.html",
                   "thumb": "/uploads/1.jpg"},
                  {"id": 2, "link": "http://tinhuy.example.vn/tin-tuc/hai-1202.html?utm_source=x"},
                  {"id": 3, "url": "https://facebook.com/sharer?u=1"},
                  {"id": 4, "url": "/uploads/ban-do.jpg"}],
        "next_page_url": "/api/news?cat=3&page=3",
        "html": '<div class="item"><a href="/tin-tuc/ba-1203.html">Ba</a></div>'}}
    links = json_listing_links(data, "http://tinhuy.example.vn/api/news?cat=3&page=2",
                               hosts=HOSTS, scheme="http")
    assert links.articles == ["http://tinhuy.example.vn/tin-tuc/hoi-nghi-mot-1201.html",
                              "http://tinhuy.example.vn/tin-tuc/hai-1202.html",
                              "http://tinhuy.example.vn/tin-tuc/ba-1203.html"]
    assert links.listings == ["http://tinhuy.example.vn/api/news?cat=3&page=3"]


def test_json_links_is_bounded_on_deep_and_wide_data() -> None:
    from archiver.discover import json_links

    deep: object = {"url": "/a-1.html"}
    for _ in range(10_000):
        deep = {"child": deep}
    assert json_links(deep) == ([], [], [])           # deeper than 16 levels: not walked
    wide = {"items": [{"url": f"/tin-{i}.html"} for i in range(100_000)]}
    assert len(json_links(wide, limit=5000)[0]) == 5000


@pytest.mark.parametrize(("url", "number", "expected"), [
    ("http://h/tin-tuc/?page=3", 4, "http://h/tin-tuc/?page=4"),
    ("http://h/Pages/cm.aspx?CatID=21&PageNo=2", 3, "http://h/Pages/cm.aspx?CatID=21&PageNo=3"),
    ("http://h/tin-tuc/trang/7/", 8, "http://h/tin-tuc/trang/8/"),
    ("http://h/chuyen-muc/thoi-su-p2.html", 3, "http://h/chuyen-muc/thoi-su-p3.html"),
    ("http://h/category/tin-tuc/page/12/", 13, "http://h/category/tin-tuc/page/13/"),
    ("http://h/chuyen-muc/thong-bao/page:2", 3, "http://h/chuyen-muc/thong-bao/page:3"),
    ("http://h/tin-tuc?start=20", 21, None),          # counts items, not pages
    ("http://h/tin-tuc/", 2, None),                   # carries no number
])
def test_with_page_number(url: str, number: int, expected: str | None) -> None:
    from archiver.discover import with_page_number

    assert with_page_number(url, number) == expected


def test_next_guess_only_when_the_page_links_no_next_page() -> None:
    from archiver.crawl.handlers import next_guess

    page = "http://tinhuy.example.vn/tin-tuc/?trang=2"
    assert next_guess(page, Links(), "http") == "http://tinhuy.example.vn/tin-tuc/?trang=3"
    linked = Links(listings=["http://tinhuy.example.vn/tin-tuc/?trang=3"])
    assert next_guess(page, linked, "http") is None
    assert next_guess("http://tinhuy.example.vn/tin-tuc/", Links(), "http") is None


@pytest.mark.parametrize(("url", "article"), [
    ("http://h/xay-dung-dang/hoc-tap-tu-tuong-dao-duc-p-7760.html", True),   # slug ends in "p"
    ("http://h/tin-tuc/trang-trai-xanh-o-huyen-bac-son-12345.html", True),
    ("http://h/chuyen-muc/thoi-su-p3.html", False),                         # page 3 of a listing
    ("http://h/tin-tuc/trang-2.html", False),
    ("http://h/tin-tuc/chi-tiet.aspx?ItemID=123&page=2", False),
    # Open Journal Systems (sites15): an article's and an announcement's page, not an issue
    ("http://h/index.php/ttkh/article/view/552", True),
    ("http://h/index.php/ttkh/announcement/view/54", True),
    ("http://h/index.php/ttkh/issue/view/12", False),
    # an MVC framework's item page (CakePHP's default route, sites18), a slug after the id
    ("http://h/tin-tuc/view/3161", True),
    ("http://h/tin-tuc/view/3161/hop-tac-xa-o-mu-cang-chai", True),
    ("http://h/bai-viet/detail/125", True),
    ("http://h/chuyen-muc/tin-hoat-dong/page:2", False),
    ("http://h/category/view/12", False),
    ("http://h/danhmuc/view/101", False),      # a section's page, by a CakePHP route too
    ("http://h/chuyenmuc/view/101", False),
    ("http://h/users/view/12", False),
    ("http://h/index.php/ttkh/article/view/552/1657", False),   # an OJS article's galley
    # Joomla without SEF addresses: an article; its lists are not (an Itemid is no id)
    ("http://h/index.php?option=com_content&view=article&id=1842&catid=3", True),
    ("http://h/index.php?option=com_content&view=featured&Itemid=101&limitstart=5", False),
    ("http://h/index.php?option=com_content&view=category&id=3&Itemid=101", False),
])
def test_page_numbers_at_the_end_of_a_slug(url: str, article: bool) -> None:
    from archiver.discover import looks_like_article_url

    assert looks_like_article_url(url) is article


_SLUG = "đảng-ủy-khối-cơ-quan-tỉnh-đôn-đốc-công-tác-dân-vận"


@pytest.mark.parametrize(("url", "article"), [
    # a Vietnamese headline's slug (WordPress permalinks): raw, and percent-encoded either case
    (f"http://h/{_SLUG}/", True),
    (f"http://h/{quote(_SLUG)}/", True),
    (f"http://h/{quote(_SLUG).lower()}/", True),
    (f"http://h/chuyen-muc/{quote('cơ-sở')}/", False),             # a section's short name
    (f"http://h/tag/{quote(_SLUG)}/", False),                      # a tag page
])
def test_a_headline_slug_in_any_script_is_an_article_address(url: str, article: bool) -> None:
    from archiver.discover import looks_like_article_url

    assert looks_like_article_url(url) is article


@pytest.mark.parametrize(("url", "article"), [
    # a static site's numbered page: a short word and the number
    ("http://h/tintuc/chinhtri/2024/bai30125.htm", True),
    ("http://h/tin/tin12345.html", True),
    ("http://h/tintuc/chinhtri/trang2.htm", False),          # a listing's page 2
    ("http://h/tintuc/chinhtri/index.htm", False),
])
def test_a_static_site_s_numbered_pages_are_article_addresses(url: str, article: bool) -> None:
    from archiver.discover import looks_like_article_url

    assert looks_like_article_url(url) is article


@pytest.mark.parametrize(("page", "next_page", "same"), [
    # a folder's index document is the folder: its pages are the folder's
    ("http://h/tintuc/chinhtri/index.htm", "http://h/tintuc/chinhtri/trang2.htm", True),
    ("http://h/tintuc/chinhtri/default.aspx", "http://h/tintuc/chinhtri/trang-3.aspx", True),
    ("http://h/tintuc/chinhtri/index.htm", "http://h/tintuc/kinhte/trang2.htm", False),
])
def test_a_folder_s_index_page_continues_into_its_pages(page: str, next_page: str,
                                                        same: bool) -> None:
    from archiver.discover import continues

    assert continues(page, next_page) is same


def test_a_backslash_linked_listing_is_read_as_a_browser_reads_it() -> None:
    page = "http://h.vn/tintuc/chinhtri/index.htm"
    html = ('<html><body><table><tr><td><a href="2024\\bai30253.htm">Ban Tuyên giáo Tỉnh uỷ '
            'kiểm tra xuất khẩu lao động tại Tam Nông</a></td></tr></table><p><b>Trang:</b> '
            '<b>[1]</b> <a href=".\\trang2.htm">2</a> <a href="..\\chinhtri\\trang2.htm">'
            'Trang sau &raquo;</a></p></body></html>')
    links = listing_links(parse(html), page, hosts=frozenset({"h.vn"}), scheme=None)
    assert links.articles == ["http://h.vn/tintuc/chinhtri/2024/bai30253.htm"]
    assert links.listings == ["http://h.vn/tintuc/chinhtri/trang2.htm"]


def test_a_box_head_names_a_section_and_a_short_headline_stays_an_article() -> None:
    home = "http://h.vn/"
    html = ('<html><body><div class="box-cat"><div class="box-title"><h3><a href="/tin-tuc-su-'
            'kien-c101.html">Tin tức - Sự kiện</a></h3><a class="sub" href="/to-chuc-kiem-'
            'tra-c1021.html">Tổ chức - Kiểm tra</a></div><ul><li><h3><a href="/tin-tuc/khai-'
            'mac-ky-hop-12345.html">Khai mạc kỳ họp thứ 20</a></h3></li></ul></div>'
            '<div class="banner"><a href="/dai-hoi-dang-bo-cac-cap-c106.html"><img '
            'src="/banner/dai-hoi.jpg" alt=""></a></div></body></html>')
    links = listing_links(parse(html), home, hosts=frozenset({"h.vn"}), scheme=None,
                          sections=True)
    assert links.articles == ["http://h.vn/tin-tuc/khai-mac-ky-hop-12345.html"]
    assert "http://h.vn/tin-tuc-su-kien-c101.html" in links.sections


def _postback_page(current: int, window: range, last: int) -> str:
    numbers = "".join(
        f"<a href=\"javascript:__doPostBack('ctl00$pager$ctl{i:02d}','')\">{p}</a>"
        for i, p in enumerate(window))
    following = ("<a href=\"javascript:__doPostBack('ctl00$pager$next','')\">Trang sau »</a>"
                 if current < last else "")
    return (f'<form method="post" action="/Pages/tin-tuc.aspx"><input type="hidden" '
            f'name="__VIEWSTATE" value="page-{current}"><div class="pager">{numbers}'
            f"{following}</div></form>")


def test_windowed_postback_pager_follows_its_next_chain() -> None:
    """``ctl01`` is another page on every page of a windowed pager: its key carries the
    state it is posted from, and the "next" chain alone is followed."""
    first = _links(_postback_page(1, range(1, 4), 9)).postbacks
    second = _links(_postback_page(2, range(1, 5), 9)).postbacks
    assert [pb.target for pb in first] == ["ctl00$pager$next"]
    assert first[0].key != second[0].key          # the same control, another page
    # the last page has no "next": its numbered links are what there is (the crawler sees
    # the pages they reach repeat pages already read, and stops)
    assert [pb.target for pb in _links(_postback_page(9, range(7, 10), 9)).postbacks] == [
        "ctl00$pager$ctl00", "ctl00$pager$ctl01", "ctl00$pager$ctl02"]


def test_postback_naming_its_page_is_the_same_page_from_anywhere() -> None:
    """DNN's ``Page$3`` names the page: one key whatever page it is posted from."""
    def grid(state: str) -> str:
        return (f'<form method="post" action="/Default.aspx?tabid=55"><input type="hidden" '
                f'name="__VIEWSTATE" value="{state}"><table class="GridPager"><tr><td>'
                "<a href=\"javascript:__doPostBack('dnn$grd','Page$3')\">3</a></td></tr>"
                "</table></form>")

    (a,), (b,) = _links(grid("one")).postbacks, _links(grid("two")).postbacks
    assert a.key == b.key and a.key.endswith("__doPostBack(dnn$grd,Page$3)")


# -- sections of a start page -------------------------------------------------------------------
HOME = """<header><nav class="menu"><ul>
  <li><a href="/">Trang chủ</a></li>
  <li><a href="/tin-tuc/">Tin tức</a></li>
  <li><a href="/web/btg/hoat-dong-cac-ban-dang">Hoạt động các ban Đảng</a></li>
  <li><a href="/tin-tuc/bi-thu-tinh-uy-tiep-xuc-cu-tri-9876.html">Bí thư tiếp xúc cử tri</a></li>
  <li><a href="/tim-kiem?q=dai+hoi">Tìm kiếm</a></li><li><a href="/dang-nhap">Đăng nhập</a></li>
  <li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/2024/05/">Tháng 5</a></li>
  <li><a href="/tag/dai-hoi">Đại hội</a></li><li><a href="/rss">RSS</a></li>
  <li><a href="http://other.example.vn/kinh-te/">Kinh tế</a></li>
</ul></nav></header>
<aside class="sidebar"><h3>Tin mới</h3>
  <a href="/bai-viet/ban-thuong-vu-lam-viec-voi-dang-uy-khoi">Ban Thường vụ Tỉnh ủy làm
    việc với Đảng ủy Khối các cơ quan tỉnh</a></aside>
<main><section class="box"><h2><a href="/xay-dung-dang/">Xây dựng Đảng</a></h2>
  <a href="/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-mo-rong-lan-thu-nhat">Hội nghị Ban
    Chấp hành Đảng bộ tỉnh mở rộng lần thứ nhất</a>
  <a href="/bai-viet/phong-trao-thi-dua-yeu-nuoc-nam-2024">Xem chi tiết</a>
  <a class="xem-tat-ca" href="/van-hoa-xa-hoi/tin-van-hoa-the-thao-du-lich">Xem tất cả</a>
  <a href="/gioi-thieu/lich-su-dang-bo">Lịch sử Đảng bộ</a>
</section></main>"""


def test_sections_of_a_start_page() -> None:
    links = _links(HOME, START, sections=True)
    assert links.sections == [
        "http://tinhuy.example.vn/rss",      # a page of the site's feeds (read for them)
        "http://tinhuy.example.vn/tin-tuc/",
        "http://tinhuy.example.vn/web/btg/hoat-dong-cac-ban-dang",   # long name, no id
        "http://tinhuy.example.vn/xay-dung-dang/",                   # a box's heading
        "http://tinhuy.example.vn/van-hoa-xa-hoi/tin-van-hoa-the-thao-du-lich",  # "Xem tất cả"
    ]
    assert links.articles == [
        "http://tinhuy.example.vn/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-mo-rong-lan-thu-nhat",
        "http://tinhuy.example.vn/bai-viet/phong-trao-thi-dua-yeu-nuoc-nam-2024",  # "read on"
    ]
    # a "Tin mới" box's headline without an id is neither: its section lists it
    assert not [u for u in links.sections + links.articles if "lam-viec-voi" in u]
    assert _links(HOME, START).sections == []     # only where the crawler asks for them


# -- a page's base, a redirect written as a page, a next page in a response header -----------
PORTAL = "http://tinhuy.example.vn/portal/chuyen-muc/thoi-su.html"
ARTICLE = "http://tinhuy.example.vn/portal/tin-tuc/8432-huyen-uy-doan-hung-ra-soat-quy-dinh.html"


@pytest.mark.parametrize("base", [
    "http://tinhuy.example.vn/portal/",     # absolute
    "/portal/",                             # from the site's root
    "../",                                  # relative to the page itself
])
def test_relative_links_resolve_against_the_page_s_base(base: str) -> None:
    html = f"""<html><head><base href="{base}"></head><body><div class="list">
      <a href="tin-tuc/8432-huyen-uy-doan-hung-ra-soat-quy-dinh.html">Huyện ủy Đoan Hùng rà
        soát Quy định số 132-QĐ/TW về kiểm soát quyền lực</a>
      <a href="//tinhuy.example.vn/portal/tin-tuc/8430-lap-thach-chuyen-bien.html">Lập Thạch:
        Chuyển biến rõ nét trong công tác cán bộ và quy hoạch cán bộ</a></div>
      <div class="pager"><a href="chuyen-muc/thoi-su/trang-2.html">2</a>
      <a href="chuyen-muc/kinh-te/trang-2.html">2</a></div></body></html>"""
    links = _links(html, PORTAL)
    assert links.articles == [
        ARTICLE, "http://tinhuy.example.vn/portal/tin-tuc/8430-lap-thach-chuyen-bien.html"]
    # the page is still itself: its own pager continues it, another section's does not
    assert links.listings == ["http://tinhuy.example.vn/portal/chuyen-muc/thoi-su/trang-2.html"]


def test_without_a_base_links_resolve_against_the_page() -> None:
    html = ('<html><body><a href="tin-tuc/8432-huyen-uy-doan-hung-ra-soat-quy-dinh.html">'
            "Huyện ủy Đoan Hùng rà soát Quy định số 132-QĐ/TW về kiểm soát</a></body></html>")
    assert _links(html, "http://tinhuy.example.vn/portal/tin-moi/").articles == [
        "http://tinhuy.example.vn/portal/tin-moi/tin-tuc/8432-huyen-uy-doan-hung-ra-soat-"
        "quy-dinh.html"]


ROOT = "http://tinhuy.example.vn/"


def _stub(meta: str, body: str = "<p>Đang chuyển đến trang chủ…</p>") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{meta}<title>Tỉnh ủy</title>"
            "<script>window.location.replace('/portal/');</script></head>"
            f"<body>{body}</body></html>").encode()


@pytest.mark.parametrize("meta", [
    '<meta http-equiv="refresh" content="0; url=/portal/">',
    "<meta http-equiv='Refresh' content='0;URL=/portal/'>",
    '<meta http-equiv="refresh" content="3; URL=\'http://tinhuy.example.vn/portal/\'">',
    '<meta content="0,url=portal/" http-equiv="REFRESH">',
    '<meta http-equiv="refresh" content="0; /portal/">',
])
def test_a_page_that_only_refreshes_to_another_is_a_redirect(meta: str) -> None:
    assert meta_refresh(_stub(meta), ROOT) == "http://tinhuy.example.vn/portal/"


@pytest.mark.parametrize("page", [
    _stub('<meta http-equiv="refresh" content="600">'),              # reloads itself
    _stub('<meta http-equiv="refresh" content="0; url=/">'),         # to itself
    _stub('<meta http-equiv="refresh" content="300; url=/portal/">',  # a page of its own
          "<div>" + "<p>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15.</p>" * 20 + "</div>"),
    _stub('<meta http-equiv="refresh" content="0; url=/portal/">',    # a menu: a page
          "".join(f'<a href="/muc-{i}">Mục {i}</a>' for i in range(6))),
    _stub('<meta http-equiv="refresh" content="0; url=javascript:void(0)">'),
    _stub(""),
])
def test_a_page_of_its_own_is_no_redirect(page: bytes) -> None:
    assert meta_refresh(page, ROOT) is None


SCROLLED = "http://tinhuy.example.vn/danh-muc/thoi-su"


@pytest.mark.parametrize(("header", "following"), [
    ('<http://tinhuy.example.vn/danh-muc/thoi-su?page=1&size=10>; rel="next", '
     '<http://tinhuy.example.vn/danh-muc/thoi-su?page=0&size=10>; rel="first", '
     '<http://tinhuy.example.vn/danh-muc/thoi-su?page=7&size=10>; rel="last"',
     f"{SCROLLED}?page=1&size=10"),
    ('</danh-muc/thoi-su?page=7&size=10>; rel="last", </danh-muc/thoi-su?page=1&size=10>; '
     "rel=next", f"{SCROLLED}?page=1&size=10"),                        # relative, unquoted
    ('<?cursor=eyJpZCI6NDF9>; title="Trang sau"; rel="next prefetch"',
     f"{SCROLLED}?cursor=eyJpZCI6NDF9"),                               # a cursor, two rels
    ('</danh-muc/thoi-su?page=0&size=10>; rel="prev"', None),         # no next
    ('</danh-muc/kinh-te?page=1&size=10>; rel="next"', None),         # another listing
    ('<http://other.example.vn/danh-muc/thoi-su?page=1>; rel="next"', None),   # off-site
    ('</static/app.css>; rel=preload; as=style', None),
    (None, None),
])
def test_the_next_page_a_link_header_names(header: str | None, following: str | None) -> None:
    got = link_header_next(header, SCROLLED, hosts=HOSTS, scheme="http")
    assert got == following


# -- a dated day or month is no section, however its address ends ---------------------------
@pytest.mark.parametrize("href", [
    "/bao-in/2024-11-16.html",      # an e-paper's day: ‹ › walk the days forever
    "/bao-in/16-11-2024.html",
    "/e-paper/2024-11-16/",
    "/ban-in/2024-11.aspx",
    "/su-kien/thang/2024-06/",
])
def test_a_dated_day_or_month_page_is_no_section(href: str) -> None:
    links = _links(f'<div class="top"><a href="{href}">Báo in hôm nay</a></div>'
                   '<nav><a href="/thoi-su/">Thời sự</a></nav>', START, sections=True)
    assert links.sections == ["http://tinhuy.example.vn/thoi-su/"]


# -- a legacy page's links: their query in the page's encoding ---------------------------------
_VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


@st.composite
def _vietnamese_names(draw: st.DrawFn) -> str:
    """A section's name as a Vietnamese site keys it: words of toned letters and spaces."""
    words = []
    for _ in range(draw(st.integers(1, 4))):
        letters = [draw(st.sampled_from(_VI_LETTERS)) + draw(st.sampled_from(_TONES))
                   for _ in range(draw(st.integers(1, 6)))]
        words.append(unicodedata.normalize("NFC", "".join(letters)))
    return " ".join(words)


@settings(max_examples=150, deadline=None)
@given(_vietnamese_names(), st.sampled_from(("header", "meta")))
def test_a_legacy_page_links_its_query_in_its_own_encoding(name: str, where: str) -> None:
    """A Classic ASP page in windows-1258 keys its sections by their names in the query,
    written raw in the href: the link is sent as a browser sends it, the query's bytes in
    the page's encoding (the server reads them back to the name), the path left as it is."""
    page = (f'<html><head>{"<meta charset=windows-1258>" if where == "meta" else ""}</head>'
            f'<body><nav class="menu2"><a href="chuyenmuc.asp?ten={name}">{name}</a></nav>'
            "</body></html>")
    body = to_cp1258(page)
    header = "text/html; Charset=windows-1258" if where == "header" else "text/html"
    links = read_listing(body, "http://tbt.example.vn/default.asp", header, is_json=False,
                         hosts=frozenset({"tbt.example.vn"}), scheme="http", sections=True)
    [url] = [u for u in links.sections if "chuyenmuc" in u]
    query = url.split("?ten=", 1)[1]
    sent = unicodedata.normalize("NFC", unquote_to_bytes(query).decode("cp1258"))
    assert sent == name


def test_a_utf8_page_links_its_query_in_utf8() -> None:
    page = '<html><body><nav><a href="/chuyen-muc?ten=Thời sự">Thời sự</a></nav></body></html>'
    links = read_listing(page.encode(), "http://tu.example.vn/", "text/html; charset=utf-8",
                         is_json=False, hosts=frozenset({"tu.example.vn"}), scheme="http",
                         sections=True)
    [url] = [u for u in links.sections if "chuyen-muc" in u]
    assert unquote_to_bytes(url.split("?ten=", 1)[1]).decode("utf-8") == "Thời sự"


@pytest.mark.parametrize(("klass", "frame"), [
    ("menu", True), ("menu2", True), ("left-menu1", True), ("nav_12", True),
    ("menuitem", False), ("content", False)])
def test_a_numbered_menu_is_the_frame(klass: str, frame: bool) -> None:
    """Table-era sites number their menus ("menu1", "menu2"): links there are navigation."""
    tree = LexborHTMLParser(f'<table><tr><td class="{klass}"><a href="/a">A</a></td></tr>'
                            "</table>")
    node = tree.css_first("a")
    assert node is not None and in_frame(node) is frame


@pytest.mark.parametrize(("page", "candidate", "goes_on"), [
    # a year, a page size or an order added to the listing: a view of it, not its next page
    ("http://t.vn/tintuc/ds.do?d-1-p=2&ma=24", "http://t.vn/tintuc/ds.do?d-1-p=1&ma=24&namDang=2023",
     False),
    ("http://t.vn/tintuc/ds.do?d-1-p=2&ma=24", "http://t.vn/tintuc/ds.do?d-1-p=3&ma=24&soDong=16",
     False),
    ("http://t.vn/tin-tuc?page=2", "http://t.vn/tin-tuc?page=3&sort=title", False),
    # the view's own pages go on within it
    ("http://t.vn/tintuc/ds.do?d-1-p=1&ma=24&soDong=16",
     "http://t.vn/tintuc/ds.do?d-1-p=2&ma=24&soDong=16", True),
    ("http://t.vn/tin-tuc?page=2", "http://t.vn/tin-tuc?page=3", True),
])
def test_a_listing_s_views_are_not_its_pages(page: str, candidate: str, goes_on: bool) -> None:
    assert continues(page, candidate) is goes_on


def test_a_sortable_table_is_walked_once_by_its_date() -> None:
    """A table's "Ngày đăng" header (the newest first) is a listing of its own, read from
    the table's page; from the sorted view itself, the header (now sorting back) is not."""
    table = ('<table><thead><tr><th><a href="ds.do?ma=22&d-1-s=1">Tiêu đề</a></th><th><a '
             'href="ds.do?ma=22&d-1-s=2&d-1-o=1">Ngày đăng</a></th></tr></thead></table>')
    links = listing_links(LexborHTMLParser(table), "http://t.vn/tintuc/ds.do?ma=22",
                          hosts=frozenset({"t.vn"}), scheme="http", sections=True)
    assert links.sections == ["http://t.vn/tintuc/ds.do?d-1-o=1&d-1-s=2&ma=22"]
    view = table.replace("d-1-s=2&d-1-o=1", "d-1-s=2&d-1-o=2")
    links = listing_links(LexborHTMLParser(view),
                          "http://t.vn/tintuc/ds.do?ma=22&d-1-s=2&d-1-o=1",
                          hosts=frozenset({"t.vn"}), scheme="http", sections=True)
    assert links.sections == []


# -- the archive behind a form ("Các tin đã đưa": a keyword left empty, a section chosen) -----
ARCHIVE_BOX = ('<div class="box-tindadua"><div class="box-title">CÁC TIN ĐÃ ĐƯA</div>'
               '<form action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" '
               'value=""><select name="chuyenmuc">{options}</select>'
               '<input type="submit" value="Xem tin"></form></div>')
SEARCH_BOX = ('<form action="/tim-kiem.html" method="get"><input type="text" name="tukhoa">'
              '<input type="submit" value="Tìm"></form>')


@pytest.mark.parametrize(("options", "wanted"), [
    # "all sections": sent once, for them all
    ('<option value="">-- Tất cả chuyên mục --</option><option value="2">Xây dựng Đảng'
     '</option>', ["/tim-kiem.html?tukhoa=&chuyenmuc="]),
    # no such choice: once a section
    ('<option value="2">Xây dựng Đảng</option><option value="5">Kinh tế</option>',
     ["/tim-kiem.html?tukhoa=&chuyenmuc=2", "/tim-kiem.html?tukhoa=&chuyenmuc=5"]),
], ids=["all-sections", "each-section"])
def test_an_archive_form_is_sent_as_its_box_says(options: str, wanted: list[str]) -> None:
    page = (f"<html><body>{SEARCH_BOX}<div class='list'><a href='/tin/1.html'>Tin</a></div>"
            f"{ARCHIVE_BOX.format(options=options)}</body></html>")
    links = listing_links(LexborHTMLParser(page), BASE, hosts=HOSTS, scheme="http",
                          sections=True)
    sent = [urlsplit(u) for u in links.sections if "tim-kiem" in u]
    assert sorted((u.path, sorted(parse_qsl(u.query, keep_blank_values=True))) for u in sent) \
        == sorted((w.path, sorted(parse_qsl(w.query, keep_blank_values=True)))
                  for w in map(urlsplit, wanted))


def test_a_search_box_alone_is_not_sent() -> None:
    page = f"<html><body>{SEARCH_BOX}</body></html>"
    links = listing_links(LexborHTMLParser(page), BASE, hosts=HOSTS, scheme="http",
                          sections=True)
    assert not [u for u in links.sections if "tim-kiem" in u]


def test_a_filter_bar_is_no_archive_form() -> None:
    """Years and page sizes to choose, "Lưu trữ theo năm" beside them: the listing's views
    (combinations without end), not its archive."""
    bar = ('<div class="loc-bang"><form method="get" action="/tintuc/danhsach.do"><input '
           'type="hidden" name="maChuyenMuc" value="3">Năm: <select name="namDang"><option '
           'value="2024">2024</option><option value="2023">2023</option></select><select '
           'name="soDong"><option value="8">8</option><option value="16">16</option></select>'
           '</form> Lưu trữ theo năm: <a href="/tintuc/danhsach.do?maChuyenMuc=3&namDang=2023">'
           '2023</a></div>')
    links = listing_links(LexborHTMLParser(f"<html><body>{bar}</body></html>"), BASE,
                          hosts=HOSTS, scheme="http", sections=True)
    assert not [u for u in links.sections if "soDong" in u]


def test_a_listing_s_key_is_remembered_but_never_shared() -> None:
    """``listing_key`` and ``page_number`` are remembered per URL (asked of every listing
    link on every listing page); the dict a caller gets is its own."""
    from archiver.discover import listing_key, page_number

    url = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=list&catid=3&page=7"
    first = listing_key(url)
    first[1]["catid"] = "changed"
    assert listing_key(url) == ("/default", {"siteid": "1", "c": "content", "a": "list",
                                             "catid": "3"})
    assert page_number(url) == 7 and page_number(url) == 7


@pytest.mark.parametrize(("one", "other", "same"), [
    # a calendar's months are one walk (its pages then repeat one another and it stops)
    ("http://a.vn/su-kien/thang-2025-06", "http://a.vn/su-kien/thang-2025-05", True),
    ("http://a.vn/lich/2025/06/", "http://a.vn/lich/2025/07/", True),
    # a day archive's days are one walk, as before
    ("http://a.vn/ngay/2024-06-14", "http://a.vn/ngay/2024-06-13", True),
    # two sections are two
    ("http://a.vn/tin-tuc/", "http://a.vn/su-kien/thang-2025-06", False),
    ("http://a.vn/thoi-su/", "http://a.vn/kinh-te/", False),
])
def test_a_calendar_s_months_are_one_walk(one: str, other: str, same: bool) -> None:
    from archiver.discover import walk_key

    assert (walk_key(one, 0) == walk_key(other, 0)) is same


@pytest.mark.parametrize(("page", "linked", "following"), [
    # counting from 1: the page after the unnumbered first is 2
    ("/danh-muc/x", ["/danh-muc/x?page=2", "/danh-muc/x?page=3"], ["/danh-muc/x?page=2"]),
    # Spring's 0-based "?page=" (the first page is ?page=0), Drupal's (the second ?page=1),
    # or a 1-based pager linking "?page=1" (the first again) and a "« Trước" to ?page=0:
    # from the unnumbered first page they look alike, both pages are read (sites19 B's new
    # items behind a re-order were on ?page=1; a walk that took ?page=1 alone on a 1-based
    # site stopped at its repeat)
    ("/danh-muc/x", ["/danh-muc/x?page=0", "/danh-muc/x?page=1", "/danh-muc/x?page=2"],
     ["/danh-muc/x?page=1", "/danh-muc/x?page=2"]),
    ("/danh-muc/x", ["/danh-muc/x?page=1", "/danh-muc/x?page=2", "/danh-muc/x?page=3"],
     ["/danh-muc/x?page=1", "/danh-muc/x?page=2"]),
    # numbered: the next number
    ("/danh-muc/x?page=1", ["/danh-muc/x?page=0", "/danh-muc/x?page=2", "/danh-muc/x?page=3"],
     ["/danh-muc/x?page=2"]),
], ids=["one-based", "zero-based-or-previous", "drupal-or-first-again", "numbered"])
def test_the_page_after_this_one(page: str, linked: list[str], following: list[str]) -> None:
    from archiver.crawl.handlers import next_pages
    base = "https://btc.example.vn"
    links = Links(listings=[base + u for u in linked])
    assert next_pages(base + page, links) == [base + u for u in following]


# -- sites35's classes: a listing's items by their structure, pagers that are forms --------------
def _items(hrefs: list[str], words: str = "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về nâng "
           "cao chất lượng sinh hoạt chi bộ") -> str:
    return "".join(f'<div class="wcm-item"><h3><a href="{h}">{words} {i}</a></h3>'
                   f'<span>19:31 21/08/2028</span></div>' for i, h in enumerate(hrefs))


DOC_NAMES = [f"/ubkt/{s}/chi-tiet?dDocName=UBKT05126{n}" for s, n in
             (("tin-hoat-dong", 73), ("kiem-tra-giam-sat", 56), ("tin-hoat-dong", 38))]


@pytest.mark.parametrize("sections", [False, True], ids=["listing", "start-page"])
def test_a_listings_items_are_articles_whatever_their_address(sections: bool) -> None:
    """Three headline items or more of one address pattern the article shapes do not know
    (a content server's document names, under each item's own section) are the listing's
    articles — on a start page too, not sections."""
    links = _links('<ul class="menu"><li><a href="/ubkt/tin-hoat-dong/">Tin hoạt động</a>'
                   "</li></ul>" + _items(DOC_NAMES), url=START, sections=sections)
    assert links.articles == ["http://tinhuy.example.vn" + h for h in DOC_NAMES]
    assert all("dDocName" not in u for u in links.sections)
    assert len(links.headlines) == 3


@pytest.mark.parametrize(("body", "in_fragment"), [
    # two items only: no pattern yet
    (_items(DOC_NAMES[:2]), 2),
    # a list of sections: names of a few words
    (_items(["/ubkt/tin-hoat-dong/", "/ubkt/kiem-tra/", "/ubkt/nghien-cuu/"], words="Tin"), 0),
    # three headlines of three patterns
    (_items(["/a/chi-tiet?doc=X1", "/b/xem?id2=Y", "/c/d/e/trang"]), 3),
], ids=["two-items", "sections", "no-pattern"])
def test_what_is_no_listing_of_items(body: str, in_fragment: int) -> None:
    page = f"<html><head><title>Tin tức</title></head><body>{body}</body></html>"
    assert listing_links(LexborHTMLParser(page), SECTION, hosts=HOSTS,
                         scheme="http").articles == []
    # a fragment a "Xem thêm" answers with (no head) is a list by what it is: each headline
    # item one, a section's name none
    assert len(_links(body).articles) == in_fragment


DATAPAGER = ('<form method="post" action="tin-co-so.aspx" id="aspnetForm">'
             '<input type="hidden" name="__VIEWSTATE" value="/wEPDw">'
             '<input type="text" id="txtTuKhoa"> <input type="submit" name="btnTim" value="Tìm">'
             '<span class="datapager">'
             '<input type="submit" name="dp$ctl00$ctl01" value="‹ Trước" disabled="disabled">'
             '<input type="submit" name="dp$ctl01$ctl01" value="2">'
             '<input type="submit" name="dp$ctl01$ctl02" value="3">{next}</span></form>')


@pytest.mark.parametrize(("next_button", "pressed"), [
    ('<input type="submit" name="dp$ctl02$ctl00" value="Sau ›">', [("dp$ctl02$ctl00", "Sau ›")]),
    ("", [("dp$ctl01$ctl01", "2"), ("dp$ctl01$ctl02", "3")]),
], ids=["next-button", "numbers-only"])
def test_a_pager_of_submit_buttons_posts_the_form(next_button: str,
                                                  pressed: list[tuple[str, str]]) -> None:
    """ASP.NET's DataPager with ButtonType="Button": the form posted with its fields and
    the pressed button's pair — the "next" alone when there is one; never a disabled
    button, nor the search's "Tìm"."""
    links = _links(DATAPAGER.format(next=next_button))
    assert [pb.fields[-1] for pb in links.postbacks] == pressed
    assert all(("__VIEWSTATE", "/wEPDw") in pb.fields and pb.target == ""
               for pb in links.postbacks)


def test_a_form_of_hidden_fields_with_a_next_button_is_the_next_page() -> None:
    """A content server's results template: "Xem tiếp »" sends a GET form of hidden fields
    (the next StartRow), its button unnamed: the form's address is the next page."""
    links = _links('<form class="idc-next" action="/cs/idcplg" method="get">'
                   '<input type="hidden" name="IdcService" value="GET_SEARCH_RESULTS">'
                   '<input type="hidden" name="StartRow" value="9">'
                   '<button type="submit">Xem tiếp »</button></form>'
                   '<form action="/tim-kiem" method="get"><input type="text" name="q">'
                   '<input type="submit" value="Tìm"></form>')
    assert links.listings == [
        "http://tinhuy.example.vn/cs/idcplg?IdcService=GET_SEARCH_RESULTS&StartRow=9"]


@pytest.mark.parametrize(("select", "cat"), [
    ('<select name="cat"><option value="12" selected>Tin hoạt động</option>'
     '<option value="">-- Tất cả --</option></select>', ""),
    ('<select name="cat"><option value="12">Tin hoạt động</option></select>', "12"),
], ids=["all-sections", "one-section"])
def test_a_date_range_form_is_sent_over_its_whole_range(select: str, cat: str) -> None:
    """"Từ ngày [date] Đến ngày [date]" (the page's default the last week): the archive,
    sent once from the first field's min to the last's max, on "all" when offered."""
    links = _links('<form action="/tin-da-dua.cpx" method="get">' + select +
                   '<input type="date" name="tuNgay" min="2027-10-01" max="2028-08-22" '
                   'value="2028-08-15"><input type="date" name="denNgay" min="2027-10-01" '
                   'max="2028-08-22" value="2028-08-22"><button type="submit">Xem</button>'
                   "</form>")
    assert links.sections == ["http://tinhuy.example.vn/tin-da-dua.cpx?"
                              f"cat={cat}&denNgay=2028-08-22&tuNgay=2027-10-01"]


# -- the review of sites35's classes: what is no listing's item, no pager, no archive --------
def _box(href: str, words: str) -> str:
    return f'<div class="box"><p>{words}</p><a class="more" href="{href}">Chi tiết</a></div>'


LONG = "Nghị quyết, Chỉ thị của Trung ương và của Tỉnh ủy năm"


@pytest.mark.parametrize("body", [
    # boxes each closing on "Chi tiết" to its section
    "".join(_box(f"/{s}", "Tin tức") for s in ("xay-dung-dang", "kinh-te", "van-hoa-xa-hoi",
                                                "quoc-phong-an-ninh")),
    # tags, files and a gallery's pictures, with long names
    "".join(f'<a href="/tag/nghi-quyet-{i}">{LONG} {i}</a>' for i in range(3)),
    "".join(f'<a href="/Uploads/files/nq-{i}.pdf">Nghị quyết số {i}-NQ/TU của Ban Thường vụ '
            "Tỉnh ủy</a>" for i in range(3)),
    "".join(f'<a data-fancybox href="/Uploads/images/2025/08/anh{i}.jpg" title="Đồng chí Bí '
            f'thư Tỉnh ủy phát biểu tại hội nghị lần {i}"><img src="/t{i}.jpg"></a>'
            for i in range(3)),
    # sections under the site's root with long names
    "".join(f'<a href="/{s}">{LONG} {s}</a>' for s in ("nghi-quyet", "chi-thi", "ket-luan")),
], ids=["read-more-boxes", "tags", "files", "gallery", "root-sections"])
@pytest.mark.parametrize("sections", [False, True], ids=["listing", "start-page"])
def test_what_is_no_listings_item_whatever_its_words(body: str, sections: bool) -> None:
    assert _links(body, url=START, sections=sections).articles == []


ASPNET = ('<form method="post" action="Default.aspx" id="aspnetForm">'
          '<input type="hidden" name="__VIEWSTATE" value="/wEPDw">'
          '<input type="text" name="ctl00$txtSearch"><input type="submit" name="ctl00$btnSearch" '
          'value="»"><div class="carousel"><button class="next">›</button></div>{pager}</form>')


@pytest.mark.parametrize(("body", "listings", "posted"), [
    # a search's "»" or ">" button (GET)
    ('<form action="/tim-kiem" method="get"><input name="keyword"><input type="submit" '
     'value="»"></form>', [], []),
    ('<form action="/tim-kiem" method="get"><input name="q"><button type="submit">&gt;'
     "</button></form>", [], []),
    # a newsletter's, a sign-in's, a poll's
    ('<form action="/dang-ky-nhan-tin" method="post"><input type="email" name="email">'
     "<button>»</button></form>", [], []),
    ('<form action="/dang-nhap" method="post"><input name="user"><input type="password" '
     'name="pass"><input type="submit" value="›"></form>', [], []),
    ('<form action="/binh-chon" method="post"><input type="hidden" name="pollid" value="7">'
     '<button name="vote" value="1">1</button><button name="vote" value="2">2</button>'
     '<button name="vote" value="3">3</button></form>', [], []),
    # a page-wide WebForms form: its header's search and a carousel's arrow are no pager…
    (ASPNET.format(pager=""), [], []),
    # …its DataPager's numbers are
    (ASPNET.format(pager='<span class="datapager"><input type="submit" name="dp$b2" value="2">'
                         '<input type="submit" name="dp$b3" value="3"></span>'),
     [], [("dp$b2", "2"), ("dp$b3", "3")]),
], ids=["search-arrow", "search-gt", "newsletter", "sign-in", "poll", "page-form-chrome",
        "page-form-pager"])
def test_which_submit_buttons_are_a_pager(body: str, listings: list[str],
                                          posted: list[tuple[str, str]]) -> None:
    links = _links(body)
    assert links.listings == listings
    assert [pb.fields[-1] for pb in links.postbacks] == posted


@pytest.mark.parametrize("form", [
    # an advanced search: a box for words, nothing saying it is the archive
    '<input name="keyword"><input type="date" name="from" min="2010-01-01" max="2028-08-22">'
    '<input type="date" name="to" min="2010-01-01" max="2028-08-22">',
    # bounds that are no days, and two fields of one name
    '<input type="date" name="a" min="2024-13-45" max="2025-01-01">'
    '<input type="date" name="b" min="2024-01-01" max="2025-99-99">',
    '<input type="date" name="d" min="2024-01-01" max="2025-01-01">'
    '<input type="date" name="d" min="2024-01-01" max="2025-01-01">',
], ids=["search", "not-days", "one-name"])
def test_what_date_range_form_is_not_sent(form: str) -> None:
    links = _links(f'<form action="/tim-kiem" method="get">{form}<button>Xem</button></form>')
    assert links.sections == [] and links.listings == []


# -- sites36's classes: a row's "Chi tiết", a portlet's page key, a section over its items ----
def test_a_rows_read_more_link_is_its_item_when_the_headline_links_a_file() -> None:
    """A documents table: the headline links the PDF, the row's "Chi tiết" the document's
    page — that page is the row's item, read with the row's words."""
    rows = "".join(
        f'<tr><td>Số {n}-TB/VPTU</td><td><a href="/wcm/{n}.pdf">Thông báo số {n}-TB/VPTU về '
        f'thực hiện Nghị quyết Đại hội Đảng bộ tỉnh</a></td><td>12/09/2028</td><td>'
        f'<a href="/vptu/van-ban/chi-tiet?dn=TB2028-0{n}">Chi tiết</a></td></tr>'
        for n in (480, 477, 474))
    links = _links(f"<table><tbody>{rows}</tbody></table>", url=START + "vptu/van-ban")
    assert links.articles == [f"http://tinhuy.example.vn/vptu/van-ban/chi-tiet?dn=TB2028-0{n}"
                              for n in (480, 477, 474)]


def test_a_portlets_page_key_after_a_dot_numbers_its_pages() -> None:
    """WebSphere WCM's pager, "?WCM_PI=1&WCM_Page.a3f91c07e2=2": page 3 follows page 2."""
    page = START + "vptu/tin-tuc?WCM_PI=1&WCM_Page.a3f91c07e2=2"
    assert continues(page, START + "vptu/tin-tuc?WCM_PI=1&WCM_Page.a3f91c07e2=3", next_link=True)
    links = _links('<div class="wcm-pager"><a href="/vptu/tin-tuc">1</a> <strong>2</strong> '
                   '<a href="/vptu/tin-tuc?WCM_PI=1&amp;WCM_Page.a3f91c07e2=3">3</a></div>',
                   url=page)
    assert links.listings == [START + "vptu/tin-tuc?WCM_PI=1&WCM_Page.a3f91c07e2=3"]


def test_a_section_whose_address_holds_its_items_is_no_item() -> None:
    """"Tất cả tin phòng, chống tham nhũng, tiêu cực" under each box, to "/tin-tuc/-/news/
    c/5/", whose items are "/tin-tuc/-/news/c/5/n/48575/": sections, not a list of items."""
    boxes = "".join(
        f'<section><a href="/tin-tuc/-/news/c/{c}/n/48{c}75/">Hội nghị Ban Chấp hành Đảng bộ '
        f'tỉnh bàn về giải ngân vốn đầu tư công năm 2028</a><a class="xem-tat-ca" '
        f'href="/tin-tuc/-/news/c/{c}/">Tin phòng, chống tham nhũng, tiêu cực của tỉnh {c}</a>'
        "</section>" for c in (5, 7, 9))
    menu = "<nav><ul>" + "".join(f'<li><a href="/tin-tuc/-/news/c/{c}/">Mục {c}</a></li>'
                                 for c in (5, 7, 9)) + "</ul></nav>"
    links = _links(menu + boxes, url=START, sections=True)
    assert not [u for u in links.articles if u.endswith(("/c/5/", "/c/7/", "/c/9/"))]
    assert {u for u in links.sections if "/c/" in u} == {
        f"http://tinhuy.example.vn/tin-tuc/-/news/c/{c}/" for c in (5, 7, 9)}


def test_a_lists_last_page_of_one_item_is_read_by_the_pattern_earlier_pages_showed() -> None:
    """A list's last page holds one document, of a pattern the earlier pages showed three
    of (``Links.patterns``): given those patterns, it is an item."""
    page = f"<html><head><title>Văn bản</title></head><body>{_items(DOC_NAMES[:1])}</body></html>"
    first = listing_links(LexborHTMLParser(
        f"<html><head><title>Văn bản</title></head><body>{_items(DOC_NAMES)}</body></html>"),
        SECTION, hosts=HOSTS, scheme="http")
    assert first.patterns
    alone = listing_links(LexborHTMLParser(page), SECTION, hosts=HOSTS, scheme="http")
    assert alone.articles == []
    known = listing_links(LexborHTMLParser(page), SECTION, hosts=HOSTS, scheme="http",
                          items=frozenset(first.patterns))
    assert known.articles == ["http://tinhuy.example.vn" + DOC_NAMES[0]]


def test_a_boxs_read_on_link_to_its_section_is_no_item() -> None:
    """(sites8's home, after sites36) each box's head, its section's name as plain text and
    "Xem tiếp »" to the section: the link's words are not the head's, and a section of six
    words or fewer, in the menu too, stays a section."""
    names = ["HỌC TẬP VÀ LÀM THEO BÁC", "KINH TẾ - XÃ HỘI", "VĂN HÓA - VĂN NGHỆ",
             "QUỐC PHÒNG - AN NINH"]
    menu = "<nav><ul>" + "".join(f'<li><a href="/chuyenmuc.asp?ten={i}">{n.title()}</a></li>'
                                 for i, n in enumerate(names)) + "</ul></nav>"
    boxes = "".join(f'<div class="box"><div class="box-head"><span>{n}</span><a href="/chuyen'
                    f'muc.asp?ten={i}">Xem tiếp »</a></div></div>' for i, n in enumerate(names))
    links = _links(menu + boxes, url=START, sections=True)
    assert not [u for u in links.articles if "chuyenmuc" in u]
    assert len([u for u in links.sections if "chuyenmuc" in u]) == 4


# -- the review of sites36's classes ----------------------------------------------------------
def _page(body: str) -> str:
    return f"<html><head><title>Trang chủ</title></head><body>{body}</body></html>"


def _full(body: str, url: str = START, sections: bool = False,
          items: frozenset[tuple[str, ...]] = frozenset()) -> Links:
    return listing_links(LexborHTMLParser(_page(body)), url, hosts=HOSTS, scheme="http",
                         sections=sections, items=items)


HEADLINE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về nâng cao chất lượng sinh hoạt chi bộ"


@pytest.mark.parametrize("more", ["Xem tiếp", "Xem chi tiết", "More"])
def test_a_boxs_read_on_link_after_its_headlines_is_its_section(more: str) -> None:
    boxes = "".join(
        '<div class="box">' + "".join(f'<p><a href="/bai-viet/{b}{i}">{HEADLINE} {i}</a></p>'
                                       for i in range(3))
        + f'<a href="/chuyen-muc-tin/muc-{b}">{more}</a></div>' for b in range(3))
    links = _full(boxes, sections=True)
    assert not [u for u in links.articles if "chuyen-muc-tin" in u]


def test_a_headline_opening_with_tat_ca_is_still_an_item() -> None:
    body = _items(DOC_NAMES[:2]) + _items(
        ["/ubkt/tin-hoat-dong/chi-tiet?dDocName=UBKT0512601"],
        words="Tất cả các xã trên địa bàn tỉnh đã đạt chuẩn nông thôn mới")
    assert len(_full(body).articles) == 3


@pytest.mark.parametrize("items", [["/?q=node/101", "/?q=node/102", "/?q=node/103"],
                                   ["/tin-tuc/?id=7a1", "/tin-tuc/?id=7a2", "/tin-tuc/?id=7a3"]])
def test_items_named_by_their_query_keep_beside_other_headlines(items: list[str]) -> None:
    banner = ('<a href="/gioi-thieu/lich-su-dang-bo">Lịch sử Đảng bộ tỉnh qua các thời kỳ</a>'
              f'<a href="/tin-tuc/hoat-dong/hoi-nghi">{HEADLINE}</a>')
    assert len(_full(banner + _items(items)).articles) == 3


def test_only_the_patterns_of_items_taken_are_learned() -> None:
    """A start page's section links, let go by the folder rule, teach no pattern; nor does a
    fragment's one link."""
    menu = "<nav><ul>" + "".join(f'<li><a href="/tin-tuc/-/news/c/{c}/">Mục {c}</a></li>'
                                 for c in (5, 7, 9)) + "</ul></nav>"
    boxes = "".join(
        f'<section><a href="/tin-tuc/-/news/c/{c}/n/48{c}75/">{HEADLINE}</a><a href="/tin-tuc/'
        f'-/news/c/{c}/">Tin phòng, chống tham nhũng, tiêu cực của tỉnh {c}</a></section>'
        for c in (5, 7, 9))
    home = _full(menu + boxes, sections=True)
    assert ("tinhuy.example.vn", "6", "c") not in home.patterns   # (the items' is learned)
    fragment = _links(_items(DOC_NAMES[:1]))
    assert fragment.articles and fragment.patterns == []


def test_a_portlets_dotted_key_is_a_page_only_with_an_id() -> None:
    from archiver.discover import page_number
    assert page_number("http://a.vn/x?WCM_PI=1&WCM_Page.a3f91c07e2=4") == 4
    assert page_number("http://a.vn/x?page.size=20") is None


def test_long_addresses_are_tested_but_never_remembered() -> None:
    """The pure address tests remember ordinary addresses (the menu's, on every page), never
    an absurd one (+188 MB for 2,000 links of 100 KB, a review found)."""
    from archiver import discover, urls
    caches = (discover._trap, discover.looks_like_article_url, discover.item_pattern,
              urls.host_of, urls.canonicalize, discover.page_number, discover._listing_key)
    before = [c.cache_info().currsize for c in caches]
    for i in range(20):
        url = f"http://x.vn/tin-tuc/{'a' * 3000}-{i}.html?page=2"
        discover.is_trap(url)
        discover.looks_like_article_url(url)
        discover.item_pattern(url)
        urls.host_of(url)
        urls.canonicalize(url)
        discover.page_number(url)
        discover.listing_key(url)
    assert [c.cache_info().currsize for c in caches] == before


@pytest.mark.parametrize("href", ["/lich-cong-tac/2024-10-{d:02d}", "/tin-ngay/{d:02d}-10-2024",
                                  "/van-ban/ngay-ban-hanh/{d:02d}-10-2024",
                                  "/su-kien?ngay={d:02d}/10/2024"])
def test_days_linked_by_their_date_to_a_view_of_the_day_are_no_items(href: str) -> None:
    """A schedule's, a date archive's or a filter's days, each row's link its date and the
    row's other cell a long line: views of a day, not items (a press digest's day pages,
    "/-/diem-bao-ngay-09-10-2028", are)."""
    rows = "".join(
        f'<tr><td><a href="{href.format(d=d)}">{d:02d}/10/2024</a></td><td>Đồng chí Bí thư '
        f"Tỉnh ủy chủ trì họp Ban Thường vụ bàn công tác cán bộ tháng {d}</td></tr>"
        for d in range(7, 12))
    page = f"<html><body><table>{rows}</table></body></html>".encode()
    links = read_listing(page, "http://x.vn/lich", "text/html", is_json=False,
                         hosts=frozenset({"x.vn"}), scheme="http")
    assert links.articles == []


_WORDS = ("Dang", "Vien", "Chi", "Bo", "Van", "Phong", "Tinh", "Uy", "Ky", "Niem", "Thuong",
          "Binh", "Liet", "Si", "hoi", "nghi", "tong", "ket", "cong", "tac", "xay", "dung")


@given(words=st.lists(st.sampled_from(_WORDS), min_size=5, max_size=14),
       joins=st.lists(st.sampled_from(["-", "--", "---"]), min_size=13, max_size=13),
       number=st.one_of(st.none(), st.integers(1, 999)), folder=st.sampled_from(
           ["/ChuyenDe/16043/", "/tin-tuc/2451/", "/xay-dung-dang/chi-tiet/90017/"]),
       suffix=st.sampled_from([".html", ".aspx", ""]))
def test_a_headlines_slug_is_an_article_whatever_its_dashes(
        words: list[str], joins: list[str], number: int | None, folder: str,
        suffix: str) -> None:
    """A slug of five words or more after an id's folder is a headline's, with the
    headline's " - " written "--" or "---" by its CMS ("…-Thuong-Binh---Liet-Si.html"), a
    number opening it or not."""
    slug = words[0] + "".join(j + w for j, w in zip(joins, words[1:], strict=False))
    if number is not None:
        slug = f"{number}-{slug}"
    assert looks_like_article_url(f"http://x.vn{folder}{slug}{suffix}")


@pytest.mark.parametrize("path", ["/Van-hoa---Xa-hoi---Du-lich", "/Xay-dung-Dang---Chinh-quyen",
                                  "/chu-de/Van-hoa---Xa-hoi---Du-lich.html"])
def test_a_sections_name_with_dashed_parts_is_no_article(path: str) -> None:
    assert not looks_like_article_url(f"http://x.vn{path}")


@pytest.mark.parametrize("href", ["/diem-bao/{d:02d}-10-2024", "/ban-tin/202410{d:02d}"])
def test_a_digests_days_addressed_by_their_date_are_its_items(href: str) -> None:
    rows = "".join(
        f'<tr><td><a href="{href.format(d=d)}">{d:02d}/10/2024</a></td><td>Báo Nhân Dân, Báo '
        f"Quân đội nhân dân viết về kết quả xây dựng Đảng của tỉnh ngày {d}</td></tr>"
        for d in range(7, 12))
    page = f"<html><body><table>{rows}</table></body></html>".encode()
    links = read_listing(page, "http://x.vn/diem-bao", "text/html", is_json=False,
                         hosts=frozenset({"x.vn"}), scheme="http")
    assert len(links.articles) == 5
