from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from archiver.discover import Links, is_trap, listing_links, parse_feed, parse_sitemap
from archiver.profiles import ListingRules

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
      <div class="item"><a href="/tin-tuc/chi-bo-so-tu-phap-to-chuc-sinh-hoat-chuyen-de">A</a></div>
      <div class="item"><a
        href="/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-mo-rong-lan-thu-nhat">
        B</a></div>
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
