"""Listings a script draws (sites2's classes): JSON data islands instead of links, a
"Xem thêm" that posts a form, a cursor an infinite scroll sends, and a sitemap index of a
shared domain. Each case is a page shape no profile knows; tests/firstcontact/sites2 holds
the whole sites."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from archiver.crawl.handlers import _own_sitemaps
from archiver.discover import escaped_fragment, feed_next, json_listing_links, listing_links

HOST = "tinhuy.example.vn"
HOSTS = frozenset({HOST})
PAGE = f"http://{HOST}/thoi-su"
ART = "/thoi-su/ban-thuong-vu-tinh-uy-trien-khai-cong-tac-phong-chong-han-han-187770.html"


def _links(html: str, url: str = PAGE, sections: bool = False):  # type: ignore[no-untyped-def]
    return listing_links(LexborHTMLParser(html), url, hosts=HOSTS, scheme=None,
                         sections=sections)


def _page(script: str) -> str:
    return f'<html><body><div id="__nuxt"><div class="skeleton"></div></div>{script}</body></html>'


# -- data islands --------------------------------------------------------------------------
def test_a_nuxt_payload_is_read_through_its_indexes() -> None:
    """devalue's flat array: objects hold indexes; the paging object says more follow."""
    flat = [{"data": 1}, {"items": 2, "query": 5, "menu": 9}, [3], {"url": 4, "id": 11},
            ART, {"offset": 6, "limit": 7, "total": 8}, 0, 12, 90, [10], "/xay-dung-dang",
            187770]
    links = _links(_page('<script type="application/json" id="__NUXT_DATA__">'
                         f"{json.dumps(flat)}</script>"), sections=True)
    assert links.articles == [f"http://{HOST}{ART}"]
    assert links.sections == [f"http://{HOST}/xay-dung-dang"]
    assert links.guessed == [f"{PAGE}?page=2"]        # 12 of 90 shown: page 2 is asked for


@pytest.mark.parametrize("script", [
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"items": '
    f'[{{"href": "{ART}", "title": "x"}}]}}}}}}</script>',
    '<script type="application/ld+json">{"@type": "ItemList", "itemListElement": [{"@type": '
    f'"ListItem", "url": "http://{HOST}{ART}"}}]}}</script>',
], ids=["next-data", "json-ld-item-list"])
def test_other_islands_give_their_articles(script: str) -> None:
    links = _links(_page(script))
    assert links.articles == [f"http://{HOST}{ART}"] and links.guessed == []


@pytest.mark.parametrize("island", [
    "{not json",                                              # broken: ignored
    json.dumps({"items": [{"url": "http://other.vn/a-187770.html"}]}),   # out of scope
    json.dumps({"img": "/uploads/2024/03/anh-187770.jpg", "css": "/_nuxt/entry.css"}),
    json.dumps({"offset": 84, "limit": 12, "total": 90}),     # the last page: no guess
    "[" * 5000 + "]" * 5000,                                  # nested past any depth
])
def test_islands_never_give_what_they_do_not_hold(island: str) -> None:
    links = _links(_page(f'<script type="application/json">{island}</script>'))
    assert links.articles == [] and links.guessed == []


# -- a "Xem thêm" that posts a form --------------------------------------------------------
MORE_FORM = """<form action="/tin-co-so" method="post" class="tcs-more">
<input type="hidden" name="limitstart" value="8"><input type="hidden" name="limit" value="8">
<input type="hidden" name="9c1b7e2d44af" value="1"><button type="submit">Xem thêm</button>
</form>"""


def test_a_more_button_posting_hidden_fields_is_a_page_to_post() -> None:
    links = _links(f"<html><body><ul><li>x</li></ul>{MORE_FORM}</body></html>",
                   url=f"http://{HOST}/tin-co-so")
    (pb,) = links.postbacks
    assert pb.action == f"http://{HOST}/tin-co-so"
    assert pb.form() == {"limitstart": "8", "limit": "8", "9c1b7e2d44af": "1"}
    assert pb.key.startswith(f"http://{HOST}/tin-co-so#post@")
    other = MORE_FORM.replace('value="8"', 'value="16"', 1)
    (later,) = _links(f"<html><body>{other}</body></html>",
                      url=f"http://{HOST}/tin-co-so").postbacks
    assert later.key != pb.key                       # the next page is another page


@pytest.mark.parametrize("form", [
    '<form method="post" action="/tim-kiem"><input type="text" name="q">'
    "<button>Xem thêm</button></form>",                                  # a field to fill
    '<form method="get" action="/tin-co-so"><input type="hidden" name="start" value="8">'
    "<button>Xem thêm</button></form>",                                  # not posted
    '<form method="post" action="/dang-nhap"><input type="hidden" name="t" value="1">'
    "<button>Đăng nhập</button></form>",                                 # not "more"
    '<form method="post" action="http://other.vn/x"><input type="hidden" name="p" value="2">'
    "<button>Xem thêm</button></form>",                                  # out of scope
], ids=["search", "get", "login", "elsewhere"])
def test_other_forms_are_not_pages(form: str) -> None:
    assert _links(f"<html><body>{form}</body></html>").postbacks == []


# -- cursors -----------------------------------------------------------------------------
SCROLL = """<script>
var nextCursor = 'eyJ0IjoxNzE3ODAxMDgwLCJpZCI6NDEzNDF9';
function loadMore() {
  fetch('/api/news?cursor=' + encodeURIComponent(nextCursor)).then(function (r) {});
}</script>"""


def test_an_infinite_scroll_s_first_cursor_is_a_page_to_read() -> None:
    links = _links(f"<html><body><div id='news-stream'></div>{SCROLL}</body></html>",
                   url=f"http://{HOST}/")
    assert links.more == [f"http://{HOST}/api/news?cursor=eyJ0IjoxNzE3ODAxMDgwLCJpZCI6NDEzNDF9"]


@pytest.mark.parametrize(("answer", "following"), [
    ({"items": [{"url": ART}], "nextCursor": "Y3Vyc29yMg"}, "cursor=Y3Vyc29yMg"),
    ({"data": [{"url": ART}], "meta": {"next_cursor": "abc"}}, "cursor=abc"),
    ({"items": [{"url": ART}], "nextCursor": None}, None),          # the end
])
def test_an_api_answer_s_next_cursor_is_the_next_page(answer: object, following: str | None
                                                      ) -> None:
    url = f"http://{HOST}/api/news?cursor=eyJ0&size=10"
    links = json_listing_links(answer, url, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}{ART}"]
    expected = [f"http://{HOST}/api/news?{following}&size=10"] if following else []
    assert links.listings == expected


# -- a sitemap index of a shared domain -------------------------------------------------------
INDEX = [("/ubnd/sitemap.xml", None), ("/sotnmt/sitemap.xml", None),
         ("/tinhuy/sitemap.xml", "2024-05-01"), ("http://other.vn/sitemap.xml", None)]


def test_a_site_in_a_directory_reads_its_own_sitemaps_of_a_domain_index() -> None:
    got = _own_sitemaps(f"http://{HOST}/tinhuy/", f"http://{HOST}/sitemap.xml", INDEX, HOSTS)
    assert got == [(f"http://{HOST}/tinhuy/sitemap.xml", "2024-05-01")]
    # a site at the root, or an index naming none in the site's directory: every one in scope
    for home, index in ((f"http://{HOST}/", INDEX), (f"http://{HOST}/tinhuy/", INDEX[:2])):
        got = _own_sitemaps(home, f"http://{HOST}/sitemap.xml", index, HOSTS)
        assert [u for u, _ in got] == [f"http://{HOST}{p}" for p, _ in index[:2]] + (
            [f"http://{HOST}/tinhuy/sitemap.xml"] if len(index) > 2 else [])


# == sites3's classes =========================================================================
def test_a_listing_in_an_iframe_is_a_listing_of_its_own() -> None:
    links = _links('<html><body><iframe src="/Modules/ds/thoi-su/" title="Danh sách tin">'
                   '</iframe><iframe src="https://www.youtube.com/embed/x"></iframe>'
                   '<iframe src="/Modules/InBai.asp?ID=3.pdf"></iframe></body></html>',
                   url=f"http://{HOST}/ChuyenMuc.asp?CatID=3")
    assert links.sections == [f"http://{HOST}/Modules/ds/thoi-su/"]


def test_see_all_on_one_long_page_is_a_page_of_the_listing() -> None:
    links = _links('<html><body><ul><li>x</li></ul><a href="?pageSize=300">Xem toàn bộ (300 '
                   'tin/trang) »</a><a href="/khac/?pageSize=300">Xem toàn bộ</a></body></html>',
                   url=f"http://{HOST}/Modules/ds/tu-lieu/")
    assert links.listings == [f"http://{HOST}/Modules/ds/tu-lieu/?pageSize=300"]


DNN_SELECT = ("""<form method="post" action="/tabid/61/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" value="dDw{state}">
<div class="pager">Trang <select name="dnn$ctr1107$ArticleList$ddlTrang" onchange="javascript:"""
              """setTimeout(&#39;__doPostBack(\\&#39;dnn$ctr1107$ArticleList$ddlTrang\\&#39;,"""
              """\\&#39;\\&#39;)&#39;, 0)">
<option {one} value="1">1</option><option {two} value="2">2</option><option value="3">3</option>
</select> / 3</div></form>""")


def test_a_page_drop_down_posting_back_names_its_pages() -> None:
    url = f"http://{HOST}/tabid/61/Default.aspx"
    first = _links(f"<html><body>{DNN_SELECT.format(state='A', one='selected', two='')}"
                   "</body></html>", url=url)
    second = _links(f"<html><body>{DNN_SELECT.format(state='B', one='', two='selected')}"
                    "</body></html>", url=url)
    assert [pb.chosen for pb in first.postbacks] == ["2", "3"]
    assert first.postbacks[0].form()["dnn$ctr1107$ArticleList$ddlTrang"] == "2"
    assert first.postbacks[0].form()["__EVENTTARGET"] == "dnn$ctr1107$ArticleList$ddlTrang"
    # page 3 is one page whichever page's state it is posted with
    assert first.postbacks[1].key == second.postbacks[1].key


def test_a_page_drop_down_opening_addresses() -> None:
    select = ('<select onchange="window.location=this.value"><option selected value="/tin/'
              'page-1">1</option><option value="/tin/page-2">2</option></select>')
    links = _links(f"<html><body>{select}</body></html>", url=f"http://{HOST}/tin/page-1")
    assert links.listings == [f"http://{HOST}/tin/page-2"]


def test_feeds_a_start_page_announces_and_a_paged_atom_feed() -> None:
    head = ('<link rel="alternate" type="application/rss+xml" href="/Feeds/van-kien">'
            '<link rel="alternate" type="application/atom+xml" href="/feeds/thong-cao">'
            '<link rel="alternate" hreflang="en" href="/en/">')
    html = f"<html><head>{head}</head><body><p>x</p></body></html>"
    assert _links(html, sections=True).feeds == [f"http://{HOST}/Feeds/van-kien",
                                                 f"http://{HOST}/feeds/thong-cao"]
    assert _links(html).feeds == []                   # a start page's only
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/f?page=1"/>'
            b'<link rel="next" href="/feeds/thong-cao?page=2"/><entry><link href="/a"/>'
            b'<link rel="next" href="/not-this"/></entry></feed>')
    assert feed_next(atom) == "/feeds/thong-cao?page=2"
    assert feed_next(b"<rss><channel><item><link>/a</link></item></channel></rss>") is None


def test_a_hash_bang_app_is_read_through_its_snapshots() -> None:
    html = ('<html><head><meta name="fragment" content="!"></head><body>'
            '<nav><a href="#!/chuyen-muc/thoi-su">Thời sự</a></nav>'
            '<a href="#!/tin-tuc/1012/ban-chap-hanh-dang-bo-tinh-trien-khai-quy-dinh">Ban Chấp '
            'hành Đảng bộ tỉnh triển khai Quy định số 132-QĐ/TW về kiểm soát quyền lực</a>'
            '<a href="#!/chuyen-muc/thoi-su/2">2</a></body></html>')
    home = _links(html, url=f"http://{HOST}/", sections=True)
    assert home.sections[0] == f"http://{HOST}/?_escaped_fragment_="
    assert f"http://{HOST}/?_escaped_fragment_=/chuyen-muc/thoi-su" in home.sections
    assert home.articles == [
        f"http://{HOST}/?_escaped_fragment_=/tin-tuc/1012/ban-chap-hanh-dang-bo-tinh-trien-"
        "khai-quy-dinh"]
    page = _links(html, url=f"http://{HOST}/?_escaped_fragment_=/chuyen-muc/thoi-su")
    assert page.listings == [f"http://{HOST}/?_escaped_fragment_=/chuyen-muc/thoi-su/2"]
    assert escaped_fragment("/p?x=1#!/a b") == "/p?x=1&_escaped_fragment_=/a%20b"
    assert escaped_fragment("/p#top") == "/p#top"


def test_the_next_page_announced_in_the_head_alone() -> None:
    html = ('<html><head><link rel="next" href="/chuyen-muc/anh/page/2/"><link rel="next" '
            'href="/elsewhere/"></head><body><p>x</p></body></html>')
    links = _links(html, url=f"http://{HOST}/chuyen-muc/anh/")
    assert links.listings == [f"http://{HOST}/chuyen-muc/anh/page/2/"]


@pytest.mark.parametrize("entry", ["Lịch công tác", "Lịch làm việc tuần", "Tìm kiếm",
                                   "Liên hệ"])
def test_a_work_calendar_in_the_menu_is_no_section(entry: str) -> None:
    html = (f'<html><body><nav><a href="/tabid/72/Default.aspx">{entry}</a>'
            '<a href="/tabid/57/Default.aspx">Thời sự</a></nav></body></html>')
    links = _links(html, url=f"http://{HOST}/", sections=True)
    assert links.sections == [f"http://{HOST}/tabid/57/Default.aspx"]


# -- sites4's classes: addresses scripts build --------------------------------------------
def _listing(pager: str, script: str = "") -> str:
    return (f'<html><body><div class="list"><h3><a href="{ART}">Ban Thường vụ Tỉnh ủy triển '
            f'khai công tác phòng, chống hạn hán</a></h3></div>{pager}'
            f"<script>{script}</script></body></html>")


@pytest.mark.parametrize(("pager", "script"), [
    # a page function of one parameter, called from each page's onclick
    ('<ul class="pagination"><li onclick="goPage(1)">1</li><li onclick="goPage(2)">2</li>'
     '<li onclick="goPage(2)">»</li></ul>',
     "function goPage(p) {\n  location.href = '/thoi-su/p/' + p;\n}"),
    ('<ul class="pagination"><li onclick="return xemTrang(2);">2</li></ul>',
     "var xemTrang = function (n) { window.location.href = '/thoi-su/p/' + n + ''; };"),
    # an onclick assigning the address
    ("<button onclick=\"location.href='/thoi-su/p/2'\">Trang sau »</button>", ""),
    ("<button onclick=\"window.location.assign('/thoi-su/p/2')\">Trang sau »</button>", ""),
    # a button holding it in data-href (a jQuery handler opens it)
    ('<div class="pager"><button class="page-btn" data-href="/thoi-su/p/2">2</button></div>',
     "$('.page-btn').on('click', function () { location.href = $(this).data('href'); });"),
], ids=["function", "arrow-var-function", "onclick", "assign", "data-href"])
def test_a_pager_a_script_opens_is_followed(pager: str, script: str) -> None:
    links = _links(_listing(pager, script))
    # a link of the pager, or (a script's template read first) a page to check
    assert f"{PAGE}/p/2" in links.listings + links.guessed
    assert links.articles == [f"http://{HOST}{ART}"]


def test_tabs_a_script_fills_from_data_attributes_and_fetches() -> None:
    html = _listing(
        '<ul id="homeTabs"><li><a href="#tab" data-id="21">Mặt trận</a></li>'
        '<li><a href="#tab" data-id="22">Gương sáng</a></li></ul><div id="tab"></div>'
        '<button class="btn-more" data-url="/widget/list.cpx?cat=ab12" data-offset="12" '
        'data-limit="12">Xem thêm</button>',
        "$('#homeTabs a').click(function(){ $('#tab').load('/Ajax/Tab?id=' + "
        "$(this).data('id')); });\n"
        "$('.btn-more').click(function(){ var b = $(this); $.get(b.data('url') + '&offset=' "
        "+ b.data('offset') + '&limit=' + b.data('limit'), function(h){ b.replaceWith(h); });"
        " });\nfetch('/Ajax/TinNhanh?top=30').then(r => r.json());")
    more = set(_links(html).more)
    assert {f"http://{HOST}/Ajax/Tab?id=21", f"http://{HOST}/Ajax/Tab?id=22",
            f"http://{HOST}/Ajax/TinNhanh?top=30",
            f"http://{HOST}/widget/list.cpx?cat=ab12&limit=12&offset=12"} <= more


def test_a_more_button_s_paging_data_goes_into_its_address_without_a_script() -> None:
    """The fragment a "Xem thêm" answers carries the next button, not the script."""
    html = ('<div class="card"></div><button class="btn-more" data-url="/widget/list.cpx?'
            'cat=ab12" data-offset="24" data-limit="12">Xem thêm</button>')
    assert _links(html).more == [f"http://{HOST}/widget/list.cpx?cat=ab12&limit=12&offset=24"]


def test_a_jsonp_box_is_read_as_json() -> None:
    from archiver.discover import read_listing
    from archiver.scriptlinks import jsonp_payload

    page = _listing('<script src="/api/thong-bao.cpx?callback=renderThongBao"></script>')
    assert f"http://{HOST}/api/thong-bao.cpx?callback=renderThongBao" in _links(page).more
    body = ('renderThongBao({"items": [{"title": "x", "url": "' + ART + '"}]});').encode()
    assert jsonp_payload(body) == {"items": [{"title": "x", "url": ART}]}
    links = read_listing(body, f"http://{HOST}/api/thong-bao.cpx?callback=renderThongBao",
                         "application/javascript", is_json=True, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}{ART}"]
    assert jsonp_payload(b"alert('hi');") is None and jsonp_payload(b"f({broken)") is None


def test_a_go_to_page_form_asks_for_the_next_page() -> None:
    form = ('<form method="get" action="Default.aspx"><input type="hidden" name="catid" '
            'value="8"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUK"> Đi đến trang '
            '<input type="number" name="PageIndex" min="1" max="4"><input type="submit" '
            'value="Đi"></form>')
    url = f"http://{HOST}/Default.aspx?catid=8&PageIndex=2"
    assert _links(_listing(form), url).guessed == [
        f"http://{HOST}/Default.aspx?PageIndex=3&catid=8"]
    last = f"http://{HOST}/Default.aspx?catid=8&PageIndex=4"
    assert _links(_listing(form), last).guessed == []           # max="4": the end
    search = ('<form method="get" action="/tim-kiem"><input type="text" name="q">'
              '<input type="submit" value="Tìm"></form>')
    assert _links(_listing(search)).guessed == []                # a search is no pager


def test_a_start_page_s_image_map_and_archive_drop_down_give_sections() -> None:
    html = _listing(
        '<img src="/banner.jpg" usemap="#topics"><map name="topics"><area shape="rect" '
        'coords="0,0,10,10" href="/Default.aspx?a=list&catid=11" alt="Chuyên đề"></map>'
        '<select onchange="document.location.href=this.options[this.selectedIndex].value">'
        '<option value="">Chọn tháng</option><option value="/2024/05/">Tháng 5 2024</option>'
        '<option value="/2024/04/">Tháng 4 2024</option></select>')
    links = _links(html, f"http://{HOST}/", sections=True)
    assert {f"http://{HOST}/Default.aspx?a=list&catid=11", f"http://{HOST}/2024/05/",
            f"http://{HOST}/2024/04/"} <= set(links.sections)
    assert _links(html, f"http://{HOST}/").sections == []      # only a start page's
    calendar = _listing('<select onchange="location.href=\'/lich?ngay=\'+this.value">'
                        '<option value="05/06/2024">05/06</option></select>')
    assert _links(calendar, f"http://{HOST}/", sections=True).sections == []  # a parameter


def test_a_wordpress_site_s_rest_api_lists_every_post() -> None:
    html = ('<html><head><link rel="https://api.w.org/" href="http://' + HOST + '/wp-json/">'
            "</head><body></body></html>")
    guessed = _links(html, f"http://{HOST}/", sections=True).guessed
    assert guessed == [f"http://{HOST}/wp-json/wp/v2/posts?_fields=link&page=1&per_page=100"]
    answer = [{"link": f"http://{HOST}/%c4%91%e1%ba%a3ng-%e1%bb%a7y-kh%e1%bb%91i-tri%e1%bb%83n"
                       "-khai-c%c3%b4ng-t%c3%a1c-d%c3%a2n-v%e1%ba%adn/"}]
    links = json_listing_links(answer, guessed[0], hosts=HOSTS, scheme=None)
    assert len(links.articles) == 1


# -- state a server-rendered page hands its client (sites5) ----------------------------------
ESCAPED = ART.replace("/", "\\u002F")


@pytest.mark.parametrize("script", [
    # Vue SSR (serialize-javascript: every "/" written \u002F)
    'window.__INITIAL_STATE__={"home":{"gocNhin":[{"id":187770,"url":"' + ESCAPED + '",'
    '"thumb":"\\u002Fuploads\\u002Fa.jpg"}]}};(function(){var s;}());',
    # Redux, JSON with escaped slashes, by bracket
    'window["__PRELOADED_STATE__"] = {"news": {"list": [{"link": "'
    + ART.replace("/", "\\/") + '"}]}};',
    # an absolute address, in an array
    "self.__DATA__ = [{\"href\": \"http://" + HOST + ART + "\"}]",
])
def test_a_state_object_a_script_assigns_gives_its_articles(script: str) -> None:
    links = _links(f"<html><body><div id='app'></div><script>{script}</script></body></html>")
    assert links.articles == [f"http://{HOST}{ART}"]


@pytest.mark.parametrize("script", [
    "window.__NUXT__=(function(a){return {url: a}}('" + ART + "'))",   # code, not JSON
    'window.__STATE__ = {url: "' + ART + '"}',                            # a JS object
    'var state = {"url": "' + ART + '"}',                                 # not handed over
    'window.__STATE__ = {"url": "http://other.vn' + ART + '"}',           # another site
    'window.__STATE__ = {"img": "\\u002Fuploads\\u002F187770.jpg"}',      # an image
])
def test_scripts_that_hand_over_no_json_state_give_nothing(script: str) -> None:
    links = _links(f"<html><body><script>{script}</script></body></html>")
    assert links.articles == []


def _flight(row: str) -> str:
    return f"<script>self.__next_f.push({json.dumps([1, row])})</script>"


def test_next_flight_rows_give_a_client_component_s_links() -> None:
    """Next.js App Router: an ``ssr:false`` component's props only in the flight data,
    its row split over two pushes; its image is no article."""
    row = ('d:["$","$Lc",null,{"title":"Phóng sự ảnh","items":[{"id":187770,"href":"'
           + ART + '","image":"/uploads/7167cd03.jpg"}]}]\n')
    html = ("<html><body><template data-dgst='BAILOUT_TO_CLIENT_SIDE_RENDERING'></template>"
            "<script>self.__next_f.push([0])</script>"
            + _flight('1:HL["/_next/static/css/6f1a.css","style"]\n')
            + _flight(row[:40]) + _flight(row[40:]) + "</body></html>")
    assert _links(html).articles == [f"http://{HOST}{ART}"]


TRANSFER_STATE = {
    f"G.http://{HOST}/api/v1/articles?category=thoi-su&page=1&size=10": {
        "body": {"items": [{"id": 187770, "tieuDe": "<Hội nghị> 'x' & y", "url": ART}],
                 "links": {"self": "/thoi-su?page=1", "next": "/thoi-su?page=2"}},
        "url": f"http://{HOST}/api/v1/articles?category=thoi-su&page=1&size=10"},
    f"G.http://{HOST}/api/v1/articles?category=kinh-te&page=1&size=5": {
        "body": {"items": [], "links": {"next": "/kinh-te?page=2"}}},
}


def _ng_escaped(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False)
    for plain, escaped in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"),
                           (">", "&g;")):
        text = text.replace(plain, escaped)
    return text


def test_angular_transfer_state_gives_articles_and_the_listing_s_next_page() -> None:
    html = ('<html><body><app-root><app-news-card><div role="link" tabindex="0">x</div>'
            '</app-news-card></app-root><script id="serverApp-state" type="application/json">'
            f"{_ng_escaped(TRANSFER_STATE)}</script></body></html>")
    links = _links(html)
    assert links.articles == [f"http://{HOST}{ART}"]
    assert links.listings == [f"{PAGE}?page=2"]     # another listing's next is not this one's


def test_a_custom_element_named_for_the_header_is_the_frame() -> None:
    html = ('<html><body><app-header><div class="top-bar"><a href="/thong-bao">Thông báo</a>'
            '</div></app-header><app-news-card><a href="/thong-bao-moi">Thông báo mới</a>'
            "</app-news-card></body></html>")
    assert _links(html, f"http://{HOST}/", sections=True).sections == [
        f"http://{HOST}/thong-bao"]


# -- a keyset API a page's config announces ---------------------------------------------------
CONFIG = ('window.__APP_CONFIG__={"apiBase":"\\u002Fapi","newsEndpoint":"\\u002Fapi\\u002Fnews",'
          '"cursorParam":"after","pageSize":12};')


def _keyset_page(has_more: bool, config: str = CONFIG) -> str:
    state = {"category": {"categoryId": 1, "slug": "thoi-su", "items": [
        {"id": 48213, "url": ART}, {"id": 47961, "url": ART.replace("187770", "47961")}],
        "hasMore": has_more}}
    return (f"<html><body><button class='btn-more'>Xem thêm</button><script>"
            f"window.__INITIAL_STATE__={json.dumps(state)};{config}</script></body></html>")


def test_a_keyset_api_is_asked_for_the_items_after_the_last_one_shown() -> None:
    assert _links(_keyset_page(True)).more == [f"http://{HOST}/api/news?after=47961&category=1"]
    assert _links(_keyset_page(False)).more == []                     # nothing follows
    assert _links(_keyset_page(True, config="")).more == []           # no endpoint named


@pytest.mark.parametrize(("answer", "following"), [
    ({"items": [{"id": 47950, "url": ART}], "hasMore": True, "nextAfter": 47950},
     "after=47950&category=1"),
    ({"items": [{"id": 47950, "url": ART}], "hasMore": False, "nextAfter": None}, None),
])
def test_a_keyset_answer_s_next_cursor_is_its_next_page(answer: object,
                                                         following: str | None) -> None:
    url = f"http://{HOST}/api/news?after=47961&category=1"
    links = json_listing_links(answer, url, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}{ART}"]
    assert links.listings == ([f"http://{HOST}/api/news?{following}"] if following else [])


# -- sites22's classes: pagers a script or a form draws ------------------------------------
_SP_PAGE = f"http://{HOST}/TinHoatDong/Pages/default.aspx"


@pytest.mark.parametrize("onclick", [
    # SharePoint's list view: the address an argument, its characters escaped
    'javascript:RefreshPageTo(event, "\\u002fTinHoatDong\\u002fPages\\u002fdefault.aspx?Paged='
    'TRUE\\u0026p_Created=20250526\\u002017\\u003a54\\u003a00\\u0026p_ID=1408\\u0026PageFirstRow'
    '=11\\u0026View=%7B3F2A9C41%7D");javascript:return false;',
    'openPage("/TinHoatDong/Pages/default.aspx?Paged=TRUE&p_ID=1408&PageFirstRow=11", 1)',
], ids=["escaped", "two-arguments"])
def test_a_pager_link_opening_an_address_given_to_a_call(onclick: str) -> None:
    html = (f"<html><body><table class='ms-listviewtable'><tr><td><a href='{ART}'>Ban Thường vụ "
            "Tỉnh ủy triển khai công tác phòng chống hạn hán năm 2025</a></td></tr></table>"
            "<table class='ms-bottompaging'><tr><td class='ms-paging'><a href='javascript:' "
            f"onclick='{onclick}'><img src='/next.png'></a></td></tr></table></body></html>")
    links = _links(html, _SP_PAGE)
    assert len(links.listings) == 1 and "PageFirstRow=11" in links.listings[0]


def test_a_pager_putting_the_page_in_a_form_field_posts_the_form() -> None:
    """A VNPT portlet: goPage(N) writes N in a hidden field and submits the form; every
    page answers at the first page's address, so each is a postback of its own."""
    fm, ns = "_dsnews_fm", "_dsnews_"
    html = (f'<html><body><form id="{fm}" method="post" action="/tin-hoat-dong?p_p_id=dsnews">'
            f'<input type="hidden" name="{ns}categoryId" value="31201"><input type="hidden" '
            f'name="{ns}pageindex" id="{ns}pageindex" value="1"><a href="{ART}">Ban Thường vụ '
            'Tỉnh ủy triển khai công tác phòng chống hạn hán năm 2025</a><div class="lfr-'
            'pagination"><span class="current">1</span>'
            + "".join(f'<a href="javascript:;" onclick="{ns}goPage({n})">{n}</a>' for n in (2, 3))
            + f'<a href="javascript:;" onclick="{ns}goPage(2)">Trang sau</a></div></form><script>'
            f'function {ns}goPage(p) {{ document.getElementById("{ns}pageindex").value = p; '
            f'document.getElementById("{fm}").submit(); }}</script></body></html>')
    links = _links(html)
    pages = sorted(dict(pb.fields)[f"{ns}pageindex"] for pb in links.postbacks)
    assert pages == ["2", "3"]
    assert all(dict(pb.fields)[f"{ns}categoryId"] == "31201" for pb in links.postbacks)
    assert {pb.action for pb in links.postbacks} == {f"http://{HOST}/tin-hoat-dong?p_p_id=dsnews"}


@pytest.mark.parametrize(("page", "total", "following"), [
    ("/chuyen-muc/tin-hoat-dong", 5, "/chuyen-muc/tin-hoat-dong?trang=2"),
    ("/chuyen-muc/tin-hoat-dong?trang=4", 5, "/chuyen-muc/tin-hoat-dong?trang=5"),
    ("/chuyen-muc/tin-hoat-dong?trang=5", 5, None),            # not past the total
], ids=["first", "middle", "last"])
def test_a_pager_plugins_address_template(page: str, total: int, following: str | None) -> None:
    """No pager in the page: twbsPagination draws it from its settings."""
    script = ("<script>$(function () { $('#pagination').twbsPagination({ totalPages: "
              f"{total}, visiblePages: 5, href: '/chuyen-muc/tin-hoat-dong?trang={{{{number}}}}' "
              "}); });</script>")
    html = f'<html><body><ul id="pagination"></ul><a href="{ART}">x</a>{script}</body></html>'
    links = _links(html, f"http://{HOST}{page}")
    assert links.guessed == ([f"http://{HOST}{following}"] if following else [])


# -- the review of sites22's classes: what they must not take for a pager -----------------
_REVIEW = Path(__file__).parent / "fixtures" / "discovery-review34"


@pytest.mark.parametrize(("name", "page", "listings", "pages"), [
    # "Thích" / "Lưu tin" / "In bài" buttons passing an endpoint to a call: no links
    ("d2", "https://xa.gov.vn/tin-tuc", ["https://xa.gov.vn/tin-tuc/trang-2.html"], []),
    # a "Tin theo ngày" calendar setting another field of the pager's form: its days are not
    # pages
    ("d3", "https://xa.gov.vn/tin-tuc", [], ["2", "3"]),
    # page-size links setting a "pagesize" field: views, not pages
    ("d4", "https://xa.gov.vn/tin-tuc", [], ["2", "3"]),
    # an item's address template ("'/tin-tuc/{0}'") with no total: no page guessed
    ("d6", "https://xa.gov.vn/tin-tuc", [], []),
    # SharePoint's list view: the next page, not the previous one
    ("d5", "https://xa.gov.vn/tintuc/Pages/default.aspx", ["PageFirstRow=21"], []),
], ids=["buttons", "calendar", "page-size", "item-template", "sharepoint"])
def test_the_review_s_listing_pages(name: str, page: str, listings: list[str],
                                    pages: list[str]) -> None:
    html = (_REVIEW / f"{name}.html").read_text(encoding="utf-8")
    links = listing_links(LexborHTMLParser(html), page, hosts=frozenset({"xa.gov.vn"}),
                          scheme=None)
    assert len(links.listings) == len(listings)
    assert all(want in got for want, got in zip(listings, links.listings, strict=True))
    assert not links.guessed
    assert sorted(v for pb in links.postbacks for k, v in pb.fields
                  if k.lower().endswith("pageindex")) == pages
    assert all(not any(k.lower() in ("hdngay", "pagesize") and v not in ("", "10")
                       for k, v in pb.fields) for pb in links.postbacks)
    assert not any("/Ajax/" in u or "luu-tin" in u or "/in/" in u for u in links.articles)


# -- sites23's classes ---------------------------------------------------------------------
def test_dnn_s_current_page_segment_numbers_a_listing() -> None:
    from archiver.discover import continues, page_number
    assert page_number(f"http://{HOST}/tin-hoat-dong/currentpage/2") == 2
    assert continues(f"http://{HOST}/tin-hoat-dong", f"http://{HOST}/tin-hoat-dong/currentpage/37")


@pytest.mark.parametrize(("url", "trap"), [
    ("/van-ban?nam=2024&loai=", False),          # an archive's year, chosen in a form
    ("/chuyen-muc/tin?year=2024", False),        # "Lưu trữ theo năm: 2024"
    ("/lich?tuan=1&nam=1990", True),             # a calendar's week of a year
    ("/a?year=1850", True),                      # no archive's year
    ("/a?year=2024&month=5", True),              # a calendar's month
], ids=["form-year", "year-link", "week", "old-year", "month"])
def test_a_year_alone_is_an_archive_not_a_calendar(url: str, trap: bool) -> None:
    from archiver.discover import is_trap
    assert is_trap(f"http://{HOST}{url}") is trap


def test_a_site_map_page_names_sections_in_no_menu() -> None:
    html = ('<html><body><nav><a href="/tin-tuc?cm=TTSK">Tin tức - Sự kiện</a></nav><h1>Sơ đồ '
            'trang</h1><ul class="sitemap"><li>Tin tức<ul><li><a href="/tin-tuc?cm=TTSK">Tin tức'
            ' - Sự kiện</a></li><li><a href="/tin-tuc?cm=TLVK">Tư liệu - Văn kiện</a></li></ul>'
            '</li></ul><p><a href="/so-do-trang">Sơ đồ trang</a></p></body></html>')
    links = _links(html, f"http://{HOST}/so-do-trang", sections=True)
    assert f"http://{HOST}/tin-tuc?cm=TLVK" in links.sections


def test_a_get_form_paged_by_its_buttons() -> None:
    """ASP.NET Core: the pager is submit buttons whose onclick puts their data-page in a
    hidden field of a GET form that also keeps the year shown."""
    buttons = "".join(
        f'<button type="submit" class="page-link" data-page="{n}" onclick="document.'
        f"getElementById('hdPage').value=this.dataset.page\">{n}</button>" for n in (1, 2, 3))
    html = (f'<html><body><a href="{ART}">Ban Thường vụ Tỉnh ủy triển khai công tác phòng '
            'chống hạn hán năm 2025</a><form method="get" action="/chuyen-muc/tin-hoat-dong">'
            '<input type="hidden" name="year" value="2025"><input type="hidden" id="hdPage" '
            f'name="page" value="1">{buttons}</form></body></html>')
    links = _links(html, f"http://{HOST}/chuyen-muc/tin-hoat-dong")
    assert sorted(links.listings) == [
        f"http://{HOST}/chuyen-muc/tin-hoat-dong?page={n}&year=2025" for n in (2, 3)]


def test_a_year_archive_link_is_a_listing_of_its_own() -> None:
    html = (f'<html><body><a href="{ART}">Ban Thường vụ Tỉnh ủy triển khai công tác phòng '
            'chống hạn hán năm 2025</a><div class="year-archive">Lưu trữ theo năm: <a href="/'
            'chuyen-muc/tin?year=2025">2025</a> · <a href="/chuyen-muc/tin?year=2024">2024</a>'
            '</div></body></html>')
    links = _links(html, f"http://{HOST}/chuyen-muc/tin", sections=True)
    assert f"http://{HOST}/chuyen-muc/tin?year=2024" in links.sections


@pytest.mark.parametrize(("pager", "expected"), [
    # no pager: the year before the one shown and each kind, the page size left out
    ("", ["/van-ban?loai=&nam=2024", "/van-ban?loai=kh&nam=2025", "/van-ban?loai=tb&nam=2025"]),
    # a pager: the years are views of a list walked page by page
    ('<div class="pagination"><a href="/van-ban?page=2">2</a></div>', []),
], ids=["no-pager", "pager"])
def test_a_year_filter_form_on_a_list_without_a_pager(pager: str, expected: list[str]) -> None:
    form = ('<form method="get" action="/van-ban"><select name="nam"><option value="2025" '
            'selected>2025</option><option value="2024">2024</option><option value="2023">'
            '2023</option></select><select name="loai"><option value="">Tất cả</option><option '
            'value="tb">Thông báo</option><option value="kh">Kế hoạch</option></select><select '
            'name="pagesize"><option value="10">10</option><option value="20">20</option>'
            '</select><button type="submit">Xem</button></form>')
    html = f'<html><body>{form}<a href="{ART}">x</a>{pager}</body></html>'
    links = _links(html, f"http://{HOST}/van-ban")
    got = sorted(u for u in links.listings if "nam=" in u)
    assert got == sorted(f"http://{HOST}{e}" for e in expected)


@pytest.mark.parametrize(("name", "page", "sections"), [
    # a sidebar's document search of drop-downs, no year shown, acting elsewhere: no pages
    ("home1", "https://backan.gov.vn/", None),
    # a work calendar's form: a week ("soTuan") beside the year
    ("home2", "https://yenbai.gov.vn/", None),
    # a WordPress site map's flat list of posts: categories only
    ("sitemap2", "https://xaphuong.vn/so-do-trang/",
     ["https://xaphuong.vn/category/tin-tuc/", "https://xaphuong.vn/category/xay-dung-dang/"]),
], ids=["document-search", "work-calendar", "site-map-posts"])
def test_the_second_review_s_pages(name: str, page: str, sections: list[str] | None) -> None:
    html = (_REVIEW / f"{name}.html").read_text(encoding="utf-8")
    host = page.split("/")[2]
    links = listing_links(LexborHTMLParser(html), page, hosts=frozenset({host}), scheme=None,
                          sections=True)
    assert links.listings == []
    if sections is not None:
        assert links.sections == sections
    assert not any("tra-cuu" in u or "soTuan" in u or "lich-cong-tac" in u
                   for u in links.sections)


# -- sites24: discovery a third time ----------------------------------------------------------
def _read(html: str, url: str = PAGE, sections: bool = False):  # type: ignore[no-untyped-def]
    from archiver.discover import read_listing
    return read_listing(html.encode(), url, "text/html; charset=utf-8", is_json=False,
                        hosts=HOSTS, scheme=None, sections=sections)


def test_an_svg_maps_areas_are_sections() -> None:
    """A province's districts as the shapes of an inline SVG map, linked by SVG 1.1's
    ``xlink:href``: each a section of the start page."""
    svg = ('<svg xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><g>'
           '<a xlink:href="/dia-phuong/y-yen" class="huyen-link"><path d="M0,0 L1,1"/>'
           '<text>Ý Yên</text></a><a xlink:href="/dia-phuong/vu-ban"><path d="M1,1"/>'
           '<text>Vụ Bản</text></a></g></svg>')
    links = _read(f"<html><body><div class='map'>{svg}</div></body></html>", sections=True)
    assert links.sections == [f"http://{HOST}/dia-phuong/y-yen", f"http://{HOST}/dia-phuong/vu-ban"]


def test_htmx_buttons_and_sentinels_are_read_with_their_values() -> None:
    """A "Xem thêm" ``hx-get`` button and an infinite list's sentinel whose keyset travels in
    ``hx-vals``: the addresses htmx requests, read as the list's further answers."""
    html = ('<html><body><div id="list"><a href="/tin/1-a.html">Tin một</a></div>'
            '<button class="btn" hx-get="/vi/tin-tuc/?page=2" hx-target="#more">Xem thêm</button>'
            '<div class="sentinel" hx-get="/vi/tu-lieu/them/" hx-vals=\'{"truoc": 774, "so": 10}\''
            ' hx-trigger="revealed">Đang tải…</div>'
            '<button hx-get="/vi/x/" hx-vals="js:{n: count()}">Tải thêm</button></body></html>')
    assert _read(html).more == [f"http://{HOST}/vi/tin-tuc/?page=2",
                                f"http://{HOST}/vi/tu-lieu/them/?so=10&truoc=774",
                                f"http://{HOST}/vi/x/"]


def test_links_inside_a_template_are_read_and_placeholders_are_not_links() -> None:
    """Alpine's ``<template x-if>`` tabs: their content is the page's own (a section linked
    only there); a client template's ``{{ url }}`` is no address."""
    html = ('<html><body><div x-data="{tab: \'a\'}"><template x-if="tab === \'b\'"><div><ul>'
            '<li><a href="/tin-tuc/ban-thuong-vu-tinh-uy-cho-y-kien-ve-cai-cach-tu-phap-12.html">'
            'Ban Thường vụ Tỉnh ủy cho ý kiến về cải cách tư pháp năm 2025</a></li></ul>'
            '<a href="/chuyen-de/cai-cach-tu-phap">Xem tất cả »</a></div></template>'
            '<template id="row"><a href="{{ post.url }}">{{ post.title }}</a></template>'
            '</div></body></html>')
    links = _read(html, sections=True)
    assert f"http://{HOST}/chuyen-de/cai-cach-tu-phap" in links.sections
    assert links.articles == [
        f"http://{HOST}/tin-tuc/ban-thuong-vu-tinh-uy-cho-y-kien-ve-cai-cach-tu-phap-12.html"]
    assert not any("post.url" in u or "%7B" in u for u in links.sections + links.articles)


def test_a_thumbnails_link_beside_its_headline_in_a_sidebar_is_no_section() -> None:
    """A "Xem nhiều" item: a picture's link with no words, then the headline's link to the
    same address (no id in it): an article of a box, not a section of the start page."""
    item = ('<li><a href="/tin-tuc/42-to-chuc-co-so-dang-hoan-thanh-xay-dung-mo-hinh"><img '
            'src="/t.jpg" alt=""></a><a href="/tin-tuc/42-to-chuc-co-so-dang-hoan-thanh-xay-'
            'dung-mo-hinh">42 tổ chức cơ sở đảng hoàn thành xây dựng mô hình dân vận khéo</a>'
            '</li>')
    html = (f'<html><body><aside class="col-lg-4"><div class="box-side"><h3>Xem nhiều</h3><ul>'
            f'{item}</ul></div></aside><nav><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động'
            '</a></nav></body></html>')
    links = _read(html, sections=True)
    assert links.sections == [f"http://{HOST}/chuyen-muc/tin-hoat-dong"]


def test_a_page_of_feeds_and_the_feeds_it_links() -> None:
    """A portal's "RSS" link to its feeds page ("Dịch vụ RSS"), which links one feed a
    section: the page is read as a section, its feed links are feeds."""
    home = ('<html><body><div class="top"><a href="/lien-he.html">Liên hệ</a> | '
            '<a href="/rss.html">RSS</a></div></body></html>')
    assert f"http://{HOST}/rss.html" in _read(home, sections=True).sections
    page = ('<html><body><table><tr><td>Văn bản</td><td><a href="/rss/van-ban.rss">'
            f'http://{HOST}/rss/van-ban.rss</a></td></tr><tr><td>Tin</td><td><a href="/feed/">'
            'Tin</a></td></tr><tr><td>x</td><td><a href="/index.php?format=feed&amp;type=rss">'
            'x</a></td></tr></table></body></html>')
    assert _read(page, url=f"http://{HOST}/rss.html", sections=True).feeds == [
        f"http://{HOST}/rss/van-ban.rss", f"http://{HOST}/feed/",
        f"http://{HOST}/index.php?format=feed&type=rss"]
    assert _read(page, url=f"http://{HOST}/rss.html").feeds == []   # (a start page's only)


def test_htmx_requests_that_page_nothing_are_not_followed() -> None:
    """A search box's keyup, a view counter's "load", polling "every 30s" and a "Thích"
    button's action are no pages of the list; a fragment stays after the values; values
    nested past Python's recursion are no crash."""
    html = ('<html><body><input name="q" hx-get="/tim-kiem" hx-trigger="keyup changed">'
            '<span hx-get="/api/luot-xem/1" hx-trigger="load">0</span>'
            '<div hx-get="/gio-hang" hx-trigger="every 30s"></div>'
            '<button hx-get="/binh-chon?id=1&amp;chon=1">Thích</button>'
            '<button hx-get="/tin-tuc/them#list" hx-vals=\'{"page": 2}\'>Xem thêm</button>'
            f'<button hx-get="/tin-tuc/khac" hx-vals="{"[" * 100_000}">Xem thêm</button>'
            "</body></html>")
    assert _read(html).more == [f"http://{HOST}/tin-tuc/them?page=2",
                                f"http://{HOST}/tin-tuc/khac"]


def test_a_template_in_the_head_leaves_the_heads_next_page() -> None:
    html = ('<html><head><template id="t"><style>.x{}</style></template>'
            '<link rel="next" href="/tin-tuc/?page=2"></head><body><p>x</p></body></html>')
    assert _read(html, url=f"http://{HOST}/tin-tuc/").listings == [
        f"http://{HOST}/tin-tuc/?page=2"]


def test_a_feed_read_where_a_page_was_expected_gives_its_items() -> None:
    """A section's "/rss" (or an "RSS" link) answering the feed itself: its items."""
    from archiver.discover import read_listing
    feed = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>'
            b"A</title><link><![CDATA[http://" + HOST.encode() + b"/tin-tuc/bai-12.html]]></link>"
            b"</item></channel></rss>")
    links = read_listing(feed, f"http://{HOST}/rss", "text/xml", is_json=False, hosts=HOSTS,
                         scheme=None)
    assert links.articles == [f"http://{HOST}/tin-tuc/bai-12.html"]


@pytest.mark.parametrize("control", [
    '<div hx-get="/tin-tuc/?page=2" hx-trigger="intersect once threshold:0.5"></div>',
    '<div hx-get="/tin-tuc/?page=2" hx-trigger="revealed delay:300ms"></div>',
    '<button hx-get="/tin-tuc/trang-2">2</button>',
    '<div hx-get="/tin-tuc/?page=2" hx-trigger="load"></div>',
], ids=["intersect-modifiers", "revealed-delay", "page-number", "lazy-list"])
def test_htmx_triggers_with_their_modifiers_page_the_list(control: str) -> None:
    links = _read(f"<html><body>{control}</body></html>", url=f"http://{HOST}/tin-tuc/")
    assert len(links.more) == 1 and "2" in links.more[0]


def test_a_styled_feeds_prologue_is_still_a_feed() -> None:
    from archiver.discover import read_listing
    feed = (b'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
            b'<!DOCTYPE rss>\n<rss version="2.0"><channel><item><link>http://' + HOST.encode()
            + b"/tin-tuc/bai-12.html</link></item></channel></rss>")
    links = read_listing(feed, f"http://{HOST}/rss", "text/xml", is_json=False, hosts=HOSTS,
                         scheme=None)
    assert links.articles == [f"http://{HOST}/tin-tuc/bai-12.html"]


# -- sites25: discovery a fourth time ---------------------------------------------------------
def test_json_feeds_announced_in_the_head_and_their_next_pages(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.discover import feed_next, parse_feed, read_feed
    head = '<link rel="alternate" type="application/feed+json" href="/feeds/tin-tuc.json">'
    html = f"<html><head>{head}</head><body><p>x</p></body></html>"
    assert _links(html, sections=True).feeds == [f"http://{HOST}/feeds/tin-tuc.json"]
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "next_url":
                       f"http://{HOST}/feeds/tin-tuc-2.json", "items": [
                           {"id": "1", "url": f"http://{HOST}/tin-tuc/a.html",
                            "date_published": "2025-06-01T08:00:00+07:00"},
                           {"id": "2", "external_url": f"http://{HOST}/tin-tuc/b.html"}]}).encode()
    assert parse_feed(feed) == [(f"http://{HOST}/tin-tuc/a.html", "2025-06-01T08:00:00+07:00"),
                                (f"http://{HOST}/tin-tuc/b.html", None)]
    assert feed_next(feed) == f"http://{HOST}/feeds/tin-tuc-2.json"
    assert parse_feed(b'{"items": "none"}') == [] and feed_next(b"{[") is None
    loads = json.loads
    calls: list[int] = []

    def counting(raw: Any, **kw: Any) -> Any:
        calls.append(1)
        return loads(raw, **kw)

    monkeypatch.setattr(json, "loads", counting)   # (the module discover reads JSON with)
    assert read_feed(feed) == (parse_feed(feed)[:], feed_next(feed)) and len(calls) == 3


def test_a_paged_feed_answering_where_a_page_was_expected_gives_its_next_page() -> None:
    """A section's "RSS" link read as its listing: the feed's items are articles and its
    next page (Atom's feed-level rel=next, RFC 5005; a JSON Feed's next_url) is the list's
    next page, not only where the crawl asked for a feed."""
    from archiver.discover import read_feed, read_listing
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b'<link rel="next" href="/rss/tin-tuc?page=2"/><entry><link href="http://'
            + HOST.encode() + b'/tin-tuc/bai-1.html"/><updated>2025-06-01</updated></entry>'
            b'</feed>')
    assert read_feed(atom) == ([(f"http://{HOST}/tin-tuc/bai-1.html", "2025-06-01")],
                               "/rss/tin-tuc?page=2")
    links = read_listing(atom, f"http://{HOST}/rss/tin-tuc", "application/atom+xml",
                         is_json=False, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/tin-tuc/bai-1.html"]
    assert links.listings == [f"http://{HOST}/rss/tin-tuc?page=2"]


def test_a_text_sitemap_and_a_sitemap_the_head_names() -> None:
    from archiver.discover import parse_sitemap
    text = f"http://{HOST}/van-ban/a.html\n\nhttp://{HOST}/van-ban/b.html\r\nnot an address\n"
    assert parse_sitemap(text.encode()) == ([(f"http://{HOST}/van-ban/a.html", None),
                                             (f"http://{HOST}/van-ban/b.html", None)], [])
    html = ('<html><head><link rel="sitemap" type="application/xml" href="/sitemap-bai-viet'
            '.xml"></head><body><p>x</p></body></html>')
    assert _links(html, sections=True).sitemaps == [f"http://{HOST}/sitemap-bai-viet.xml"]


def test_inertias_page_object_gives_the_next_pages() -> None:
    """AdonisJS/Laravel with Inertia: the list's later pages only in the root element's
    "data-page" JSON (the paginator's nextPageUrl)."""
    page = {"component": "news/index", "props": {"news": {"data": [
        {"title": "Tin một", "url": "/tin-tuc/tin-mot-ve-hoi-nghi-ban-chap-hanh"}],
        "meta": {"currentPage": 1, "lastPage": 5, "nextPageUrl": "/tin-tuc?page=2"}}}}
    html = ('<html><body><div id="app" data-page="' + json.dumps(page).replace('"', "&quot;")
            + '"><ul><li><a href="/tin-tuc/tin-mot-ve-hoi-nghi-ban-chap-hanh">Tin một</a></li>'
            "</ul><button>Xem thêm</button></div></body></html>")
    links = _read(html, url=f"http://{HOST}/tin-tuc")
    assert f"http://{HOST}/tin-tuc?page=2" in links.listings + links.more + links.guessed


def test_forms_sent_without_a_button_page_size_select_and_month_field() -> None:
    html = ('<html><body><form method="get" action="/chuyen-muc/tin.html"><label>Hiển thị'
            '</label><select name="so_tin" onchange="this.form.submit()"><option value="10" '
            'selected>10</option><option value="20">20</option><option value="100">100</option>'
            '</select></form><form method="get" action="/thong-bao"><input type="month" '
            'name="thang" min="2025-04" max="2025-06"><button>Xem</button></form>'
            '<form method="get" action="/lich-cong-tac"><input type="month" name="t" '
            'min="2025-01" max="2025-06"></form></body></html>')
    on_list = _read(html, url=f"http://{HOST}/chuyen-muc/tin.html").listings
    assert on_list == [f"http://{HOST}/chuyen-muc/tin.html?so_tin=100"]
    months = _read(html, url=f"http://{HOST}/thong-bao").listings
    assert months[-3:] == [f"http://{HOST}/thong-bao?thang=2025-0{m}" for m in (6, 5, 4)]
    assert not any("lich-cong-tac" in u for u in months)   # (another page's calendar)


def test_buttons_outside_their_form_and_a_widget_script() -> None:
    html = ('<html><body><div class="list"><div class="pager"><button type="submit" '
            'form="loc" name="trang" value="2">2</button><button type="submit" form="loc" '
            'name="trang" value="3">3</button></div></div><form id="loc" method="get" '
            'action="/guong-dien-hinh"><input type="hidden" name="linh_vuc" value=""></form>'
            '<div class="widget-qlvb"><script src="/qlvb/widget.js?kieu=bang&amp;so=100">'
            '</script></div><script src="/js/jquery.min.js?v=3"></script></body></html>')
    links = _read(html, url=f"http://{HOST}/guong-dien-hinh")
    assert links.listings == [f"http://{HOST}/guong-dien-hinh?linh_vuc=&trang=2",
                              f"http://{HOST}/guong-dien-hinh?linh_vuc=&trang=3"]
    assert links.more == [f"http://{HOST}/qlvb/widget.js?kieu=bang&so=100"]


def test_a_page_size_choice_of_a_few_more_is_no_view_to_read() -> None:
    """"Hiển thị [8|16|24]" on a list whose pager walks it anyway: not read (a writer counts
    those views as wasted requests); "[10|20|50|100]" is (sites25's pager capped at 4)."""
    html = ('<html><body><form method="get" action="/tintuc/danhsach.do"><select name="soDong"'
            ' onchange="this.form.submit()"><option value="8" selected>8</option><option '
            'value="16">16</option><option value="24">24</option></select></form></body></html>')
    assert _read(html, url=f"http://{HOST}/tintuc/danhsach.do").listings == []


def test_the_third_reviews_cases_of_discovery() -> None:
    """A site's own scripts (ASP.NET's WebResource.axd, DNN's "?cdv=", WordPress's "?ver=")
    are no widgets; a month field's range stops at this month and takes only real months;
    a form id the CSS parser cannot read is no crash; a BOM opens a JSON Feed and a text
    sitemap; a JSON Feed item's permalink id before its external address."""
    from archiver.discover import parse_feed, parse_sitemap
    html = ('<html><body><form id="Form" method="post"><div class="x"><script src="/WebResou'
            'rce.axd?d=abc&amp;t=1"></script><script src="/js/dnn.js?cdv=35"></script></div>'
            '<div id="wrap"><script src="/wp-content/themes/x/js/main.js?ver=1.0"></script>'
            '</div></form><form id="a\\" method="get" action="/tin-tuc"><input type="month" '
            'name="thang" min="2000-01" max="2099-12"></form><button form="x" name="page" '
            'value="2">2</button></body></html>')
    links = _read(html, url=f"http://{HOST}/tin-tuc")
    assert links.more == []
    assert all(u <= f"http://{HOST}/tin-tuc?thang={datetime.now():%Y-%m}"
               for u in links.listings) and len(links.listings) == 120
    bad = '<html><body><form action="/tin-tuc"><input type="month" name="t" min="2024-01" ' \
          'max="2024-13"></form></body></html>'
    assert _read(bad, url=f"http://{HOST}/tin-tuc").listings == []
    assert parse_feed(b'\xef\xbb\xbf{"items": [{"id": "http://x.vn/a-1.html", "external_url": '
                      b'"http://y.vn/b"}]}') == [("http://x.vn/a-1.html", None)]
    assert parse_sitemap(b"\xef\xbb\xbfhttps://x.vn/a-1.html\r\nhttps://x.vn/b-2.html") == (
        [("https://x.vn/a-1.html", None), ("https://x.vn/b-2.html", None)], [])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_feeds_and_sitemaps_written_in_utf16_are_read(encoding: str) -> None:
    """A .NET XmlWriter's feed or sitemap in UTF-16 (with its byte order mark, or without
    one): the same items as its UTF-8 twin, a feed where a page was expected included."""
    from archiver.discover import parse_sitemap, read_feed, read_listing
    rss = ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><item>'
           f"<title>Hội nghị</title><link>http://{HOST}/tin-tuc/hoi-nghi-12.html</link>"
           "<pubDate>Mon, 02 Jun 2025 08:00:00 +0700</pubDate></item></channel></rss>")
    sitemap = ('<?xml version="1.0" encoding="utf-16"?><urlset><url><loc>http://'
               f"{HOST}/van-ban/quyet-dinh-3.html</loc><lastmod>2025-06-02</lastmod></url>"
               "</urlset>")
    assert read_feed(rss.encode(encoding)) == read_feed(rss.encode()) != ([], None)
    assert parse_sitemap(sitemap.encode(encoding)) == parse_sitemap(sitemap.encode())
    assert parse_sitemap(sitemap.encode())[0]
    links = read_listing(rss.encode(encoding), f"http://{HOST}/rss", "text/xml",
                         is_json=False, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/tin-tuc/hoi-nghi-12.html"]


# -- sites26: discovery a fifth time ----------------------------------------------------------
def test_domino_addresses_keep_their_command_and_are_articles() -> None:
    """Lotus/HCL Domino: a key written without "=" stays so and leads the query (the URL
    command ``?OpenView`` first, as Domino reads it); a document by its UNID under any view,
    or opened by name, is an article; a view and a page are not."""
    from archiver.discover import looks_like_article_url
    from archiver.urls import canonicalize
    doc = f"http://{HOST}/ubkt/tintuc.nsf/0/0F376FEC83158B2A3E7635FC6B72DEA8?OpenDocument"
    assert canonicalize(doc) == doc
    assert canonicalize(f"http://{HOST}/ubkt/tintuc.nsf/vwTin?OpenView&Start=16&Count=15"
                        "&ExpandView") == \
        f"http://{HOST}/ubkt/tintuc.nsf/vwTin?OpenView&ExpandView&Count=15&Start=16"
    assert canonicalize(f"http://{HOST}/a?b=2&q=&a=1") == f"http://{HOST}/a?a=1&b=2&q="
    assert canonicalize(f"http://{HOST}/a?b&utm_source=x", as_written=True) == \
        f"http://{HOST}/a?b&utm_source=x"
    assert looks_like_article_url(doc) and looks_like_article_url(doc.split("?")[0])
    assert looks_like_article_url(f"http://{HOST}/db.nsf/vwTin/tin-so-12?OpenDocument")
    assert not looks_like_article_url(f"http://{HOST}/ubkt/portal.nsf/Home?OpenPage")
    assert not looks_like_article_url(f"http://{HOST}/ubkt/tintuc.nsf/vwTin?OpenView&Start=16")


@pytest.mark.parametrize(("url", "article"), [
    ("/van-ban/1572", True), ("/tin-tuc/20245", True), ("/video/3181", True),
    ("/chuyen-muc/123", False), ("/danh-muc/105", False), ("/tag/123", False),
    ("/page/123", False), ("/trang/200", False), ("/tin-tuc/2024", False), ("/van-ban/12", False),
    # (a topic's, a writer's, a month's, an offset's number: no item; three digits are a
    # menu's ids more often than an item's)
    ("/chuyen-de/105", False), ("/tac-gia/1234", False), ("/thang/202405", False),
    ("/start/1000", False), ("/video/100", False), ("/so-bao/2345", False),
])
def test_a_resource_routes_item_is_an_article(url: str, article: bool) -> None:
    """Rails, Hanami, Laravel: "/<kind>/<id>" is an item; a category's, a tag's, a page's
    number or a year's archive is not."""
    from archiver.discover import looks_like_article_url
    assert looks_like_article_url(f"http://{HOST}{url}") is article


def test_frames_objects_and_embeds_of_html_are_listings() -> None:
    """A frameset's <frame>s, an <object> of HTML (its type text/html or unsaid) and an
    <embed type=text/html> show pages of the site: each a listing of its own; a PDF's
    object and a player's embed are not."""
    frameset = ('<html><head><title>Văn bản</title></head><frameset cols="25%,75%">'
                '<frame src="/vb.nsf/Menu?OpenPage" name="trai"><frame src="/vb.nsf/vwVanBan?'
                'OpenView&Count=30" name="phai"><noframes>Trình duyệt không hỗ trợ khung.'
                '</noframes></frameset></html>')
    assert _read(frameset).sections == [f"http://{HOST}/vb.nsf/Menu?OpenPage",
                                        f"http://{HOST}/vb.nsf/vwVanBan?OpenView&Count=30"]
    boxes = ('<html><body><div class="box"><h2>Tin cơ sở</h2><object type="text/html" '
             'data="/coso.nsf/vwWeb?OpenView&amp;Count=200"></object><object data="/tin/khung">'
             '</object><object type="application/pdf" data="/files/qd.pdf"></object>'
             '<embed type="text/html" src="/hop/tin-moi"><embed type="video/mp4" src="/v/1">'
             '</div></body></html>')
    assert _read(boxes).sections == [f"http://{HOST}/coso.nsf/vwWeb?OpenView&Count=200",
                                     f"http://{HOST}/tin/khung", f"http://{HOST}/hop/tin-moi"]


def test_language_editions_announced_in_the_head_are_sections() -> None:
    """The English edition named only by ``<link rel=alternate hreflang=en>`` (the picker a
    script's): a section of the start page; its own menu's "/en/news" a section of it,
    while the main edition's menu link to "/en" is still none (found through the head)."""
    home = ('<html><head><link rel="alternate" hreflang="vi" href="/"><link rel="alternate" '
            'hreflang="en" href="/en"><link rel="alternate" hreflang="x-default" href="/">'
            '<link rel="alternate" type="application/rss+xml" href="/rss"></head><body>'
            '<nav><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/en">English</a></li>'
            '</ul></nav></body></html>')
    links = _read(home, url=f"http://{HOST}/", sections=True)
    assert f"http://{HOST}/en" in links.sections and f"http://{HOST}/rss" not in links.sections
    assert _read(home, url=f"http://{HOST}/thoi-su").sections == []   # (a start page's only)
    edition = ('<html><body><nav><ul><li><a href="/en">Home</a></li><li><a href="/en/news">'
               'News</a></li><li><a href="/en/contact">Contact</a></li></ul></nav></body></html>')
    assert f"http://{HOST}/en/news" in _read(edition, url=f"http://{HOST}/en",
                                             sections=True).sections
    main = ('<html><body><nav><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/en/news">'
            'News</a></li></ul></nav></body></html>')
    assert f"http://{HOST}/en/news" not in _read(main, url=f"http://{HOST}/",
                                                 sections=True).sections


def test_pager_buttons_with_a_formaction_send_their_form_there() -> None:
    """ASP.NET Core's tag helpers: "<button formaction=/xay-dung-dang/trang-2>2</button>"
    inside the GET filter form: the form's fields sent to that address (the filter as it
    is), its own query replaced; a button posting elsewhere and the filter's own button
    give nothing."""
    html = ('<html><body><form method="get" action="/xay-dung-dang"><input name="q" value="">'
            '<input type="hidden" name="loai" value="tin"><button type="submit">Lọc</button>'
            '<ul><li><a href="/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-tinh-quy-ii">Hội '
            'nghị Ban Chấp hành Đảng bộ tỉnh quý II</a></li></ul><nav class="pager"><span>1'
            '</span><button type="submit" formaction="/xay-dung-dang/trang-2?x=1">2</button>'
            '<button formaction="/xay-dung-dang/trang-2">Sau</button><button formaction='
            '"/xay-dung-dang/xoa" formmethod="post">3</button></nav></form></body></html>')
    links = _read(html, url=f"http://{HOST}/xay-dung-dang")
    assert links.listings == [f"http://{HOST}/xay-dung-dang/trang-2?loai=tin&q="]


def test_an_astro_islands_props_give_the_next_pages() -> None:
    """Astro's client-only island renders nothing on the server: the pager's addresses are
    only in its ``props``, as Astro's [type, value] pairs."""
    props = {"url": [0, {"current": [0, "/chuyen-muc/tin/"], "next": [0, "/chuyen-muc/tin/2/"],
                         "prev": [0, None], "last": [0, "/chuyen-muc/tin/5/"]}],
             "currentPage": [0, 1], "lastPage": [0, 5]}
    html = ('<html><body><ul><li><a href="/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-quy-ii/">'
            'Hội nghị</a></li></ul><astro-island uid="Z1" component-url="/_astro/Pager.js" '
            'props="' + json.dumps(props).replace('"', "&quot;") + '" client="only">'
            '</astro-island></body></html>')
    links = _read(html, url=f"http://{HOST}/chuyen-muc/tin/")
    assert f"http://{HOST}/chuyen-muc/tin/2/" in links.listings


def test_a_filter_forms_year_radio_buttons_give_the_years_before() -> None:
    """A GET form of radio groups and a button ("Năm ban hành: (•) 2025 ( ) 2024; Sắp xếp:
    (•) Mới nhất ( ) Cũ nhất"): the year before the one shown, in the page's order; the
    sort order left to the server."""
    html = ('<html><body><form method="get" action="/van-ban/"><fieldset><label><input '
            'type="radio" name="nam" value="2025" checked> 2025</label><label><input type="radio"'
            ' name="nam" value="2024"> 2024</label></fieldset><fieldset><label><input type='
            '"radio" name="sap-xep" value="moi-nhat" checked> Mới nhất</label><label><input '
            'type="radio" name="sap-xep" value="cu-nhat"> Cũ nhất</label></fieldset><button '
            'type="submit">Xem</button></form><table><tr><td><a href="/van-ban/thong-bao-so-477'
            '-tb-tu-ve-giai-ngan-von/">Thông báo số 477</a></td></tr></table></body></html>')
    assert _read(html, url=f"http://{HOST}/van-ban/").listings == \
        [f"http://{HOST}/van-ban/?nam=2024"]


def test_lazy_turbo_frames_and_a_select_visiting_its_value() -> None:
    """Hotwire Turbo: a lazy ``<turbo-frame src>`` (the list's next chunk) is read as the
    list's load-more answer; a "Xem tháng" select whose onchange is
    ``Turbo.visit(this.value)`` gives each month the page lists (a bounded range: no
    calendar walked on), as a ``location`` one does."""
    html = ('<html><body><ul><li><a href="/bai-viet/1510-ban-tuyen-giao-trien-khai">Ban Tuyên '
            'giáo triển khai</a></li></ul><turbo-frame id="trang_2" src="/chuyen-muc/tin?trang=2"'
            ' loading="lazy"></turbo-frame><select onchange="Turbo.visit(this.value)">'
            '<option value="/van-ban?thang=2025-06" selected>Tháng 6/2025</option><option value'
            '="/van-ban?thang=2025-05">Tháng 5/2025</option></select></body></html>')
    links = _read(html, url=f"http://{HOST}/chuyen-muc/tin", sections=True)
    assert links.more == [f"http://{HOST}/chuyen-muc/tin?trang=2"]
    assert f"http://{HOST}/van-ban?thang=2025-05" in links.sections


# -- the review of sites26's classes: what they must not take --------------------------------
def test_what_sites26s_readers_must_not_take() -> None:
    """A menu's topic, album and video ids are sections still; a translation plugin's
    alternates in every language are no editions; a Flash banner's or a player page's
    <object> is no listing."""
    menu = ('<html><body><nav><ul><li><a href="/chuyen-de/105">Chuyên đề</a></li><li><a '
            'href="/thu-vien-anh/150">Thư viện ảnh</a></li><li><a href="/video/100">Video</a>'
            "</li></ul></nav></body></html>")
    assert _read(menu, url=f"http://{HOST}/", sections=True).sections == [
        f"http://{HOST}/chuyen-de/105", f"http://{HOST}/thu-vien-anh/150",
        f"http://{HOST}/video/100"]
    langs = "".join(f'<link rel="alternate" hreflang="{code}" href="/{code}/">'
                    for code in ("fr", "ja", "ko", "ru", "de", "en"))
    many = f'<html><head>{langs}</head><body><p>x</p></body></html>'
    assert _read(many, url=f"http://{HOST}/", sections=True).sections == []
    flash = ('<html><body><object data="/qc/banner.swf"></object><object data="/Flash/player'
             '.aspx?file=/video/a.flv"></object><object classid="clsid:D27CDB6E" data="/Images/'
             'banner"></object></body></html>')
    assert _read(flash).sections == []


# -- sites27: ordinary sites, first contact -------------------------------------------------
def test_a_nukeviet_modules_search_form_gives_its_years_beside_a_pager() -> None:
    """NukeViet's "Tra cứu văn bản" sent to "/index.php" with "nv=van-ban" (its only button
    an <input type=image>), on "/van-ban/" whose pager walks this year's documents: the year
    before is a listing (its year only); another module's form is not."""
    html = ('<html><body><ul><li><a href="/van-ban/Nghi-quyet-so-212-NQ-BTGTU-3796.html">Nghị '
            'quyết số 212</a></li></ul><a href="/van-ban/page-2">2</a><form action="/index.php" '
            'method="get"><input type="hidden" name="nv" value="van-ban"><input type="hidden" '
            'name="op" value="search"><select name="year"><option value="2025" selected>2025'
            '</option><option value="2024">2024</option></select><select name="type"><option '
            'value="0">Tất cả</option><option value="1">Nghị quyết</option></select><input '
            'type="image" src="/images/btn.gif" alt="Tra cứu"></form></body></html>')
    listings = _read(html, url=f"http://{HOST}/van-ban/").listings
    assert f"http://{HOST}/index.php?nv=van-ban&op=search&type=0&year=2024" in listings
    assert not any("type=1" in u for u in listings)
    assert not any("index.php" in u for u in _read(html, url=f"http://{HOST}/tin-tuc/").listings)


def test_an_unobtrusive_ajax_form_is_sent_as_it_says() -> None:
    """ASP.NET MVC's Ajax.BeginForm prints method=post and is sent by data-ajax-method="GET"
    to its action under the list's address: its year before the one shown, its keyword box
    left empty."""
    html = ('<html><body><form action="/VanBan/TraCuu" data-ajax="true" data-ajax-method="GET" '
            'method="post"><input name="__RequestVerificationToken" type="hidden" value="x">'
            '<input name="TuKhoa" type="text" value=""><select name="Nam"><option value="2025">'
            '2025</option><option value="2024">2024</option></select><input type="submit" value='
            '"Tra cứu"></form></body></html>')
    assert _read(html, url=f"http://{HOST}/VanBan").listings == [
        f"http://{HOST}/VanBan/TraCuu?Nam=2024&TuKhoa="]


def test_a_select_a_script_binds_to_submit_its_form() -> None:
    """WordPress's Categories widget: a GET form with no button, its select bound by the
    inline script ("dropdown.onchange = onCatChange" … "parentNode.submit()"): each
    category a section; without such a script, none."""
    form = ('<form action="/" method="get"><select name="cat" id="cat"><option value="-1">Chọn '
            'chuyên mục</option><option value="3">Tin hoạt động</option><option value="12">Tin '
            'cơ sở</option></select></form>')
    script = ('<script>(function(){var dropdown = document.getElementById( "cat" ); function '
              'onCatChange(){ if (dropdown.options[dropdown.selectedIndex].value > 0) '
              '{ dropdown.parentNode.submit(); } } dropdown.onchange = onCatChange; })();</script>')
    sections = _read(f"<html><body>{form}{script}</body></html>", url=f"http://{HOST}/",
                     sections=True).sections
    assert f"http://{HOST}/?cat=12" in sections and f"http://{HOST}/?cat=-1" not in sections
    assert _read(f"<html><body>{form}</body></html>", url=f"http://{HOST}/",
                 sections=True).sections == []


def test_a_deferred_portlets_request_and_its_pager() -> None:
    """Liferay 6.2 defers a portlet: "Liferay.Portlet.addHTML({data: {…}, url:
    '\\x2fc\\x2fportal\\x2frender_portlet'})" — the GET of its data is a load-more answer;
    in that answer, the pager's links (to the page named by currentURL) are the list's next
    pages. A POST request's options are left."""
    from archiver.scriptlinks import ajax_requests
    script = ("AUI().use('aui-base', function(A) {Liferay.Portlet.addHTML({data: {currentURL: "
              "'\\x2fweb\\x2fguest\\x2ftin-co-so', p_l_id: '10635', p_p_id: '101_INSTANCE_J', "
              "p_p_isolated: true}, onComplete: function(p) {}, url: "
              "'\\x2fc\\x2fportal\\x2frender_portlet'});});"
              "$.ajax({url: '/api/vote', type: 'POST', data: {id: 3}});")
    assert ajax_requests(script) == ["/c/portal/render_portlet?currentURL=%2Fweb%2Fguest%2Ftin-co"
                                     "-so&p_l_id=10635&p_p_id=101_INSTANCE_J&p_p_isolated=true"]
    fragment = ('<html><body><ul><li><a href="/web/guest/tin-co-so/-/asset_publisher/J/content/'
                'chi-bo-khu-dan-cu-to-chuc-dai-hoi">Chi bộ khu dân cư tổ chức đại hội</a></li></ul>'
                '<a href="/web/guest/tin-co-so?p_p_id=101_INSTANCE_J&_101_INSTANCE_J_cur=2">Tiếp '
                "theo</a></body></html>")
    url = f"http://{HOST}/c/portal/render_portlet?currentURL=/web/guest/tin-co-so&p_p_id=1"
    assert _read(fragment, url=url).listings == [
        f"http://{HOST}/web/guest/tin-co-so?_101_INSTANCE_J_cur=2&p_p_id=101_INSTANCE_J"]


# -- the review of sites27's classes: what they must not take --------------------------------
def test_what_sites27s_readers_must_not_take() -> None:
    """Another module's form in the sidebar of a language-prefixed news list (its "nv" not
    this page's module, "vi" a language) and a home page's statistics form are no pages of
    the list; a links box whose handler opens the chosen site is no section; a POST whose
    type follows a callback, a computed data value and a ternary make no request."""
    from archiver.scriptlinks import ajax_requests
    years = "".join(f'<option value="{y}"{" selected" if y == 2025 else ""}>{y}</option>'
                    for y in range(2025, 2020, -1))
    forms = ('<form action="/index.php" method="get"><input type="hidden" name="language" value='
             '"vi"><input type="hidden" name="nv" value="van-ban"><select name="year">'
             f'{years}</select><input type="image" src="/go.png"></form><form action="/index.php"'
             ' method="get"><input type="hidden" name="nv" value="statistics"><input type='
             f'"hidden" name="op" value=""><select name="year">{years}</select><input type='
             '"submit"></form>')
    page = f'<html><body><a href="/vi/news/page-2/">2</a>{forms}</body></html>'
    assert not any("index.php" in u for u in _read(page, url=f"http://{HOST}/vi/news/").listings)
    assert not any("index.php" in u for u in _read(page, url=f"http://{HOST}/").listings)
    links = ('<form name="frmLink"><select id="weblink" name="weblink"><option value="">Liên kết'
             '</option><option value="https://chinhphu.example">Chính phủ</option></select></form>'
             "<script>$('#weblink').on('change', function(){ window.open(this.value); });"
             "document.getElementById('search').submit();</script>")
    assert _read(f"<html><body>{links}</body></html>", url=f"http://{HOST}/",
                 sections=True).sections == []
    assert ajax_requests("$.ajax({url:'/Ajax/BinhChon.ashx', data:{pollId:12, answer:3}, "
                         "success:function(r){$('.poll li').each(function(){ x(); });}, "
                         "type:'POST'});") == []
    assert ajax_requests("$.ajax({url:'/Ajax/LoadNews', data:{cat: catId, page: 2}});") == []
    assert ajax_requests("$.ajax({url:'/Ajax/List', data:{mode: flag ? 'list' : 'grid'}});") == []


# -- sites28: ordinary sites, first contact again -------------------------------------------
def test_lists_a_script_loads_renders_or_keeps_in_its_data() -> None:
    """jQuery's ``$("#tcs-8").load("\\x2findex.php?…")`` fills a tab: a load-more answer; a
    client template in ``<script type="text/x-template">`` is read as the page's; SharePoint
    2013's ``var WPQ2ListData = {…}`` names the documents and its "NextHref" the next rows."""
    from archiver.scriptlinks import jquery_loads
    assert jquery_loads('$("#tcs-8").load("\\x2findex.php?nv=news&op=block_tcs&catid=8");'
                        "$(x).load(url);") == ["/index.php?nv=news&op=block_tcs&catid=8"]
    tpl = ('<html><body><script type="text/x-template" id="tpl"><div class="tab-pane"><ul><li><a '
           'href="/dan-toc-mien-nui/202506/dang-vien-xa-quang-khe-tham-gia-ky-niem-467d5da/">Đảng '
           "viên xã Quảng Khê tham gia kỷ niệm</a></li></ul></div></script></body></html>")
    assert _read(tpl).articles == [
        f"http://{HOST}/dan-toc-mien-nui/202506/dang-vien-xa-quang-khe-tham-gia-ky-niem-467d5da/"]
    data = {"Row": [{"FileRef": "\u002fvan-ban\u002fPages\u002fnghi-quyet-so-190-nq-tu.aspx",
                     "Title": "Nghị quyết số 190"}],
            "NextHref": "?Paged=TRUE&p_ID=6&PageFirstRow=16"}
    csr = f"<html><body><script>var WPQ2ListData = {json.dumps(data)};</script></body></html>"
    links = _read(csr, url=f"http://{HOST}/van-ban/Pages/default.aspx")
    assert f"http://{HOST}/van-ban/Pages/nghi-quyet-so-190-nq-tu.aspx" in links.articles
    assert links.listings == [f"http://{HOST}/van-ban/Pages/default.aspx?PageFirstRow=16&Paged"
                              "=TRUE&p_ID=6"]


def test_a_filter_form_posted_back_gives_its_year_before() -> None:
    """Joomla's "adminForm" (method=post, a keyword box, year and type drop-downs, a submit
    button) on a list with no pager: the year before, posted back; ASP.NET's page-wide form
    is not read so."""
    form = ('<form action="/van-ban.html" method="post" name="adminForm"><input type="text" '
            'name="filter_search" value=""><select name="filter_nam"><option value="2025" '
            'selected>2025</option><option value="2024">2024</option></select><button type='
            '"submit">Tìm kiếm</button><input type="hidden" name="option" value="com_vanban">'
            "</form>")
    links = _read(f"<html><body>{form}</body></html>", url=f"http://{HOST}/van-ban.html")
    assert [pb.fields for pb in links.postbacks] == [
        (("option", "com_vanban"), ("filter_search", ""), ("filter_nam", "2024"))]
    viewstate = form.replace('<input type="hidden" name="option"',
                             '<input type="hidden" name="__VIEWSTATE" value="x"><input '
                             'type="hidden" name="option"')
    assert _read(f"<html><body>{viewstate}</body></html>",
                 url=f"http://{HOST}/van-ban.html").postbacks == []


# -- the review of sites28's classes: what they must not take --------------------------------
def test_what_sites28s_readers_must_not_take() -> None:
    """A template tag written inside another script's string, or a template holding a
    <body> or a <base>, leaves the page's own links as they are; a survey or a sign-up
    form with a year is never posted; a script file, a document, a counter's hit and a
    .load() with data to post are no lists."""
    from archiver.scriptlinks import jquery_loads
    rest = ('<ul><li><a href="/tin-tuc/bai-mot-hai-ba-bon-nam-sau-123.html">Bài một hai ba bốn '
            'năm sáu</a></li></ul><a class="next" href="?page=2">Trang sau</a>')
    for head, inner in (
            ("", "<script>var s='<script type=\"text/html\" id=\"x\"><div>'+a+'</div><\\/script>';"
                 "</script>"),
            ('<script type="text/html" id="p"><body class="print"><p>in</p></body></script>', ""),
            ("", '<script type="text/html"><base href="https://h.vn/in-an/"><a href="/x/1">x</a>'
                 "</script>")):
        page = f"<html><head>{head}</head><body>{inner}{rest}</body></html>"
        links = _read(page, url=f"http://{HOST}/tin-tuc/")
        assert f"http://{HOST}/tin-tuc/bai-mot-hai-ba-bon-nam-sau-123.html" in links.articles
        assert f"http://{HOST}/tin-tuc/?page=2" in links.listings
    survey = ('<form method="post" action=""><select name="nam"><option value="2025" selected>'
              '2025</option><option value="2024">2024</option></select><input type="radio" '
              'name="danhgia" value="1"><input type="email" name="e"><button>Gửi</button></form>')
    assert _read(f"<html><body>{survey}</body></html>", url=f"http://{HOST}/van-ban/"
                 ).postbacks == []
    assert jquery_loads('Modernizr.load("/js/polyfill.js"); $("#t").load("\\/files\\/a.pdf");'
                        '$("#b").load("\\/ajax\\/list.php", {cat: 5}); $("#c").load("\\x2fajax'
                        '\\x2fvisitor_counter.php?action=add");') == []


def test_what_a_script_requests_that_is_no_list() -> None:
    """A script's literal request is read as a list's (``fetch('/Ajax/TinNhanh?top=30')``),
    not a visitor counter's hit, a vote, a sign-out, a session's keep-alive or a file, as
    written or built from an element's data attribute (read from its statement's start,
    not from inside an earlier call's string)."""
    from archiver.scriptlinks import fetched
    scripts = ("fetch('/Ajax/TinNhanh?top=30'); $.get('/Logout.aspx'); fetch('/api/keepalive');"
               "$.get('/thongke/visitor_counter.php?id=1'); $.getJSON('/tai-lieu/a.pdf');"
               "fetch('/user/dang-xuat'); fetch('/Ajax/Tab?id=' + $(this).data('id'));"
               "fetch('/vote?poll=' + $(this).data('poll'));")
    body = LexborHTMLParser('<div data-id="5">a</div><div data-poll="2">b</div>').body
    assert body is not None
    assert fetched(body, scripts) == ["/Ajax/Tab?id=5", "/Ajax/TinNhanh?top=30"]


# -- sites29's classes ---------------------------------------------------------------------
def test_easydnnnews_pager_pages_are_the_listings_pages() -> None:
    """EasyDNNnews on DNN 7: "/Tin-tuc/tabid/60/CategoryID/3/PgrID/449/PageID/2/Default.aspx"
    is page 2 of "/Tin-tuc/tabid/60/CategoryID/3/Default.aspx" (the pager's module id and
    DNN's "/Default.aspx" no part of which listing it is)."""
    from archiver.discover import listing_key, page_number
    first = f"http://{HOST}/Tin-tuc/tabid/60/CategoryID/3/Default.aspx"
    second = f"http://{HOST}/Tin-tuc/tabid/60/CategoryID/3/PgrID/449/PageID/2/Default.aspx"
    assert page_number(second) == 2 and listing_key(second) == listing_key(first)
    pager = ('<div class="article_pager"><span class="active page">1</span><a class="page" '
             'href="/Tin-tuc/tabid/60/CategoryID/3/PgrID/449/PageID/2/Default.aspx">2</a></div>')
    assert _links(f"<html><body>{pager}</body></html>", url=first).listings == [second]


def _calls(html: str, url: str = PAGE) -> list[tuple[str, str, dict[str, str], Any, Any]]:
    return [(pb.method, pb.action, dict(pb.headers), dict(pb.fields), pb.body)
            for pb in _links(html, url).postbacks if pb.scripted]


def test_a_box_dnns_services_framework_fills_is_asked_as_its_script_asks() -> None:
    """``$.ajax({url: sf.getServiceRoot('TTS.TinCoSo') + "TinBai/MoiNhat", data: {…},
    beforeSend: sf.setModuleHeaders})`` on ``var sf = $.ServicesFramework(512)``: a GET of the
    module's API under the site's root with the ModuleId and the page's TabId headers."""
    html = ('<html><body><input type="hidden" id="__dnnVariable" value="`{`sf_siteRoot`:`/`,'
            '`sf_tabId`:`55`}"><div id="tcs"></div><script>jQuery(function ($) { var sf = '
            "$.ServicesFramework(512); $.ajax({type: \"GET\", url: sf.getServiceRoot('TTS.Tin"
            "CoSo') + \"TinBai/MoiNhat\", data: { chuyenMuc: 7, soTin: 8 }, beforeSend: "
            "sf.setModuleHeaders}).done(function (kq) {}); });</script></body></html>")
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, action, fields, body) == (
        "GET", f"http://{HOST}/DesktopModules/TTS.TinCoSo/API/TinBai/MoiNhat?chuyenMuc=7&soTin=8",
        {}, None)
    assert (headers["ModuleId"], headers["TabId"]) == ("512", "55")


def test_a_tagdiv_blocks_further_pages_are_posted_as_its_script_posts_them() -> None:
    """tagDiv's Newspaper: ``var block_tdi_41 = new tdBlock();`` with its properties, a next
    control for it in the page: its page 2, a POST of td_ajax_block to the theme's
    td_ajax_url (each page after it asked for while the walk goes on); a block with no next
    control is not paged."""
    block = ("<script>var block_{id} = new tdBlock();\nblock_{id}.id = \"{id}\";\n"
             "block_{id}.atts = '{{\"limit\":\"5\",\"category_id\":\"3\"}}';\n"
             "block_{id}.td_column_number = \"2\";\n"
             "block_{id}.block_type = \"td_block_1\";\nblock_{id}.max_num_pages = \"3\";\n"
             "tdBlocksArray.push(block_{id});</script>")
    html = ('<html><head><script>var tdBlockNonce="7c3e"; var td_ajax_url="http:\\/\\/'
            f'{HOST}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper";</script></head><body>'
            + block.format(id="tdi_41") + block.format(id="tdi_42")
            + '<a href="#" class="td-ajax-next-page" data-td_block_id="tdi_41">›</a></body></html>')
    calls = _calls(html)
    assert [c[3]["td_current_page"] for c in calls] == ["2"]
    from archiver.discover import next_request
    [pb] = [p for p in _links(html).postbacks if p.scripted]
    following = next_request(pb.key, pb.form())
    assert following is not None and dict(following.fields)["td_current_page"] == "3"
    assert following.headers == pb.headers and following.action == pb.action
    method, action, _headers, fields, body = calls[0]
    assert (method, action, body) == (
        "POST", f"http://{HOST}/wp-admin/admin-ajax.php?td_theme_name=Newspaper", None)
    assert fields["action"] == "td_ajax_block" and fields["td_block_id"] == "tdi_41"
    assert fields["td_magic_token"] == "7c3e" and json.loads(fields["td_atts"])["limit"] == "5"


def test_an_aspnet_page_method_is_called_as_the_script_manager_calls_it() -> None:
    """The ScriptManager's proxy (``PageMethods.set_path`` and a stub per method), a tab's
    ``onclick="taiVanBan(2024)"`` calling a page function that passes its parameter on: a
    POST of the method's address with the JSON of its parameters."""
    html = ('<html><body><ul><li><a href="#nam-2024" onclick="taiVanBan(2024); return false;">'
            "Năm 2024</a></li></ul><script>var PageMethods = function() {};\nPageMethods.prototype"
            " = {_get_path:function() {return '';},\nLayVanBanTheoNam:function(nam,succeeded"
            "Callback, failedCallback, userContext) {\nreturn this._invoke(this._get_path(), "
            "'LayVanBanTheoNam',false,{nam:nam},succeededCallback,failedCallback,userContext); }}\n"
            'PageMethods.set_path("/VanBan.aspx");</script><script>function taiVanBan(nam) {\n'
            "  PageMethods.LayVanBanTheoNam(nam, hienThi, baoLoi);\n}</script></body></html>")
    assert _calls(html) == [("POST", f"http://{HOST}/VanBan.aspx/LayVanBanTheoNam", {
        "X-Requested-With": "XMLHttpRequest",
        "Accept": "application/json, text/javascript, */*; q=0.01"}, {}, '{"nam": 2024}')]


def test_a_block_drupals_bigpipe_streams_is_read_as_the_pages() -> None:
    """BigPipe's ``<script type="application/vnd.drupal-ajax">`` of commands: each
    command's "data" (the block's markup, escaped as JSON) is read as the page's."""
    data = ('<div class="block"><h2>Chuyên đề</h2><a href="/chuyen-de/hoc-tap/hoi-nghi-bao-cao'
            '-vien-thang-6-thong-tin-ve-hoc-tap-va-lam-theo">Hội nghị báo cáo viên tháng 6 thông '
            'tin về học tập và làm theo</a><a href="/chuyen-de/hoc-tap">Xem tất cả</a></div>')
    commands = json.dumps([{"command": "insert", "method": "replaceWith", "selector": "[x]",
                            "data": data}]).replace("<", "\\u003C")
    html = ('<html><body><span data-big-pipe-placeholder-id="x"></span><script type="application/'
            f'vnd.drupal-ajax" data-big-pipe-replacement-for-placeholder-with-id="x">{commands}'
            "</script></body></html>")
    links = _links(html, url=f"http://{HOST}/", sections=True)
    assert f"http://{HOST}/chuyen-de/hoc-tap/hoi-nghi-bao-cao-vien-thang-6-thong-tin-ve-hoc-tap" \
           "-va-lam-theo" in links.articles


def test_an_items_section_in_a_json_answer_is_a_listing() -> None:
    """A box's JSON answer: its items' "Url"s are articles, the "Url" of the object its key
    names as the section ("ChuyenMuc") a listing of its own."""
    answer = {"ChuyenMuc": {"Ten": "Tin cơ sở", "Url": "/Tin-co-so/tabid/70/Default.aspx"},
              "DanhSach": [{"TieuDe": "Chi bộ …", "Url": "/Tin-co-so/tabid/70/ArticleID/3553/"
                            "Chi-bo-khu-dan-cu.aspx"}]}
    links = json_listing_links(answer, f"http://{HOST}/DesktopModules/X/API/a", hosts=HOSTS,
                               scheme=None)
    assert links.listings == [f"http://{HOST}/Tin-co-so/tabid/70/Default.aspx"]
    assert links.articles == [f"http://{HOST}/Tin-co-so/tabid/70/ArticleID/3553/Chi-bo-khu-dan-cu.aspx"]


def test_a_scripts_data_concatenation_read_from_its_statement() -> None:
    """A concatenation over two lines, a ";" inside an earlier string of the statement, and
    a slug holding "dang-xuat" (đang xuất bản) that is no sign-out."""
    from archiver.scriptlinks import fetched
    body = LexborHTMLParser('<div data-id="5">a</div>').body
    assert body is not None
    assert fetched(body, "var x = 1;\nvar url = '/Ajax/TinTheoChuyenMuc?page=1&id=' +\n"
                         "    $(this).data('id');\n$('#t').load(url);") == [
        "/Ajax/TinTheoChuyenMuc?page=1&id=5"]
    assert fetched(body, "$('#t').html('<p style=\"margin:0;padding:0\">…</p>').load('/Ajax/"
                         "Tab?id=' + $(this).data('id'));") == ["/Ajax/Tab?id=5"]
    assert fetched(body, "fetch('/api/tin-lien-quan?tag=an-pham-dang-xuat-ban');") == [
        "/api/tin-lien-quan?tag=an-pham-dang-xuat-ban"]


# -- sites30's classes ---------------------------------------------------------------------
def test_sharepoints_rest_api_is_asked_as_its_script_asks() -> None:
    """``_spPageContextInfo.webServerRelativeUrl + "/_api/…"`` with the script's Accept
    header; the answer's rows' FileRef are articles, its "__next" a page asked for with the
    same headers, its rows' __metadata addresses nothing."""
    from archiver.discover import same_request
    html = ('<html><body><script>var _spPageContextInfo = {"webServerRelativeUrl": '
            '"\\u002fluu-tru", "webAbsoluteUrl": "http:\\u002f\\u002fx"};</script>'
            '<script>function tai(d) { $.ajax({'
            'url: d, method: "GET", headers: { "Accept": "application/json; odata=verbose" }}); }\n'
            "$(document).ready(function () { tai(_spPageContextInfo.webServerRelativeUrl + \"/_api"
            "/web/lists/getbytitle('Trang')/items?$top=10\"); });</script></body></html>")
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, fields, body) == ("GET", {}, None)
    assert action.startswith(f"http://{HOST}/luu-tru/_api/web/lists/getbytitle")
    assert headers["Accept"] == "application/json; odata=verbose"
    answer = {"d": {"results": [{"__metadata": {"uri": f"http://{HOST}/luu-tru/_api/Items(1)"},
                                 "FileRef": "/luu-tru/Pages/hoi-nghi-ban-chap-hanh-dang-bo.aspx"}],
                    "__next": f"http://{HOST}/luu-tru/_api/items?%24skiptoken=Paged%3dTRUE"}}
    links = json_listing_links(answer, action, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/luu-tru/Pages/hoi-nghi-ban-chap-hanh-dang-bo.aspx"]
    [pb] = [p for p in _links(html).postbacks if p.scripted]
    following = same_request(links.listings[0], pb.form())
    assert following is not None and dict(following.headers)["Accept"] == headers["Accept"]


def test_a_liferay_service_call_is_posted_as_service_js_posts_it() -> None:
    html = ('<html><body><script>var themeDisplay = {getScopeGroupId: function() {return "20143";},'
            ' getPathContext: function() {return "";}}; Liferay.authToken = "Qb7tKx2m";</script>'
            '<script>Liferay.Service("/vnpt.tinbai/lay-tin-theo-chu-de", {groupId: themeDisplay.'
            "getScopeGroupId(), chuDeId: 40512, start: 0, end: 40}, function(obj) {});</script>"
            "</body></html>")
    [(method, action, _headers, fields, body)] = _calls(html)
    assert (method, action, body) == ("POST", f"http://{HOST}/api/jsonws/invoke", None)
    assert fields["p_auth"] == "Qb7tKx2m" and json.loads(fields["cmd"]) == {
        "/vnpt.tinbai/lay-tin-theo-chu-de": {"groupId": 20143, "chuDeId": 40512, "start": 0,
                                             "end": 40}}


def test_a_jw_players_playlist_is_read() -> None:
    html = ('<html><body><div id="jwp"></div><script>jwplayer("jwp").setup({\n playlist: "/media/'
            'playlist/phat-thanh.json",\n width: "100%"\n});</script></body></html>')
    assert [(c[0], c[1]) for c in _calls(html)] == [
        ("GET", f"http://{HOST}/media/playlist/phat-thanh.json")]


def test_a_request_whose_address_joins_the_pages_variables_is_made() -> None:
    """NukeViet's ``$.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + … +
    '&nocache=' + new Date().getTime(), 'catid=' + catid + '&numrow=8', …)`` in a function a
    tab's onclick calls with the category: one POST a category; a counter's is not made."""
    html = ('<html><body><script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",'
            'nv_fc_variable="op",nv_lang_variable="language";</script><ul><li><a href="#t48" '
            'onclick="nv_tab(48, this); return false;">Xã</a></li><li><a href="#t3" onclick="nv_tab'
            '(3, this); return false;">Huyện</a></li></ul><script>function nv_tab(catid, obj) {\n'
            "$.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + "
            "nv_name_variable + '=news&' + nv_fc_variable + '=blocktab&nocache=' + new Date()."
            "getTime(), 'catid=' + catid + '&numrow=8', function(res) {});\n}\nfunction dem(id) {"
            " $.post(nv_base_siteurl + 'counter.php?id=' + id, '', function() {}); }</script>"
            '<a href="#" onclick="dem(5)">x</a></body></html>')
    calls = _calls(html)
    assert [(c[0], c[1], c[3]) for c in calls] == [
        ("POST", f"http://{HOST}/index.php?language=vi&nocache=0&nv=news&op=blocktab",
         {"catid": "48", "numrow": "8"}),
        ("POST", f"http://{HOST}/index.php?language=vi&nocache=0&nv=news&op=blocktab",
         {"catid": "3", "numrow": "8"})]


def test_what_a_scripts_requests_must_not_be() -> None:
    """No request that writes (a comment's deletion, a vote, a subscription, a Liferay
    service that adds, updates, deletes or counts), none with data the script builds as an
    object, no SharePoint address the script goes on computing; a page token is no part of
    a request's key; a lone surrogate in a script's string loses no link of the page."""
    base = ('<script>var nv_base_siteurl="/",nv_name_variable="nv",nv_fc_variable="op";</script>'
            '<a href="#" onclick="nv_comment_del(12, \'abc\')">x</a><a href="#" onclick="nv_send'
            'voting_submit(3, 7)">v</a><a href="#" onclick="dangKy(\'a@b.vn\')">d</a><script>'
            "function nv_comment_del(cid, ck) { $.post(nv_base_siteurl + 'index.php?' + "
            "nv_name_variable + '=comment&' + nv_fc_variable + '=delete', 'cid=' + cid); }\n"
            "function nv_sendvoting_submit(vid, lid) { $.post(nv_base_siteurl + 'index.php?' + "
            "nv_name_variable + '=voting', 'vid=' + vid + '&lid=' + lid); }\n"
            "function dangKy(email) { $.post(nv_base_siteurl + 'tin/nhan', {email: email}); }\n"
            "</script>")
    liferay = ('<script>var themeDisplay = {getScopeGroupId: function() {return "1";}}; Liferay.'
               'authToken = "Tok1";</script><script>' + "".join(
                   f'Liferay.Service("{path}", {{groupId: themeDisplay.getScopeGroupId()}});'
                   for path in ("/mb.mbmessage/add-message", "/journal.journalarticle/delete-"
                                "article", "/vnpt.tinbai/update-view-count", "/asset.assetentry"
                                "/increment-view-count", "/portal.subscription/subscribe"))
               + "</script>")
    sharepoint = ('<script>var _spPageContextInfo = {"webServerRelativeUrl": "/s"};</script>'
                  "<script>$.ajax({url: _spPageContextInfo.webServerRelativeUrl + "
                  "\"/_api/web/lists/getbytitle('\" + ten + \"')/items\"});</script>")
    assert _calls(f"<html><body>{base}{liferay}{sharepoint}</body></html>") == []
    reading = ('<script>var themeDisplay = {getScopeGroupId: function() {return "1";}}; Liferay.'
               'authToken = "{}";</script><script>Liferay.Service("/vnpt.tinbai/lay-tin", {{g: '
               "themeDisplay.getScopeGroupId()}});</script>")
    keys = {pb.key for token in ("Tok1", "Tok2") for pb in _links(
        "<html><body>" + reading.replace("{}", token).replace("{{", "{").replace("}}", "}")
        + "</body></html>").postbacks}
    assert len(keys) == 1
    hostile = ('<script>var chuDe = "Tin n\\u1ed5i b\\u1eadt \\ud83d";</script><a href="#" onclick='
               '"taiThem(2)">x</a><script>function taiThem(trang) { $.get(\'/ajax/tin.php?cd=\' + '
               f"encodeURIComponent(chuDe) + '&trang=' + trang); }}</script><a href=\"{ART}\">Ban "
               "Thường vụ Tỉnh ủy triển khai công tác phòng chống hạn hán</a>")
    assert _links(f"<html><body>{hostile}</body></html>").articles == [f"http://{HOST}{ART}"]


# -- sites31's classes ---------------------------------------------------------------------
def test_a_validating_postback_pager_is_posted_back() -> None:
    """WebForms prints ``WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("<target>",
    "", true, "", "", false, true))`` for a LinkButton on a page holding a validator; a
    submit button's own (clientSubmit false) is no page."""
    options = ('javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;{}&quot;'
               ', &quot;&quot;, true, &quot;&quot;, &quot;{}&quot;, false, {}))')
    html = ('<html><body><form method="post" action="/tu-lieu" id="Form"><input type="hidden" '
            'name="__VIEWSTATE" value="vs"><input type="submit" name="dnn$btnTraCuu" value="Tra '
            f'cứu" onclick="{options.format("dnn$btnTraCuu", "", "false")}"><div class="pager">'
            'Trang: <span>1</span> <a href="'
            f'{options.format("dnn$rptTrang$ctl01$lbtTrang", "", "true")}">2</a> <a href="'
            f'{options.format("dnn$lbtSau", "", "true")}">Sau »</a> <a href="'
            f'{options.format("dnn$lbtTrang3", "http://elsewhere.example/x", "true")}">3</a></div>'
            "</form></body></html>")
    posts = _links(html).postbacks
    targets = {(pb.action, pb.target) for pb in posts}
    assert (f"http://{HOST}/tu-lieu", "dnn$lbtSau") in targets
    assert all(t != "dnn$btnTraCuu" and "elsewhere" not in a for a, t in targets)
    assert all(dict(pb.fields).get("__VIEWSTATE") == "vs" for pb in posts)


def test_a_pagers_percent_encoded_addresses_are_loaded_as_the_script_loads_them() -> None:
    """NukeViet's ajax pager: ``nv_urldecode_ajax('%2Findex.php%3F…%26page%3D2', 'vb-list')``,
    and a page function decoding its first parameter before loading it."""
    pager = ''.join(
        f'<a href="javascript:void(0);" onclick="nv_urldecode_ajax(\'%2Findex.php%3Flanguage%3Dvi'
        f'%26nv%3Dvan-ban%26op%3Dmain%26ajax%3D1%26page%3D{n}\', \'vb-list\');">{n}</a>'
        for n in (2, 3))
    own = ('<a href="#" onclick="taiTrang(\'%2Fvan-ban%2Fajax%3Fpage%3D4\', 1)">4</a><script>'
           "function taiTrang(url, x) {\n $('#vb').load(decodeURIComponent(url));\n}</script>")
    other = '<a href="#" onclick="luuTin(\'%2Ftin%2Fluu%3Fid%3D5\')">Lưu</a>'
    more = _links(f"<html><body>{pager}{own}{other}</body></html>").more
    assert more == [f"http://{HOST}/index.php?ajax=1&language=vi&nv=van-ban&op=main&page=2",
                    f"http://{HOST}/index.php?ajax=1&language=vi&nv=van-ban&op=main&page=3",
                    f"http://{HOST}/van-ban/ajax?page=4"]


def test_a_liferay_fetch_of_a_resource_is_posted_with_its_namespace() -> None:
    """Liferay 7's ``Liferay.Util.fetch(resourceURL, {method: 'POST', body: Liferay.Util.
    objectToFormData(Liferay.Util.ns('<ns>', {…}))})``: the portlet reads only namespaced
    fields; the page's token goes as ``x-csrf-token``; a writing resource is never asked."""
    script = ("<script>Liferay.authToken = 'Xe7kQ2pL';</script><script>AUI().ready(function() {{\n"
              "\tvar resourceURL = 'http://" + HOST + "/trang-chu?p_p_id=cd_INSTANCE_Lk&p_p_"
              "lifecycle=2&p_p_resource_id=%2Fchuyen-de%2F{}';\n\tLiferay.Util.fetch("
              "resourceURL, {{\n\t\tmethod: 'POST',\n\t\tbody: Liferay.Util.objectToFormData("
              "Liferay.Util.ns('_cd_INSTANCE_Lk_', {{chuyenDeId: 88231, start: 0, end: 30}}))"
              "\n\t}}).then(function(r) {{ return r.text(); }});\n}});</script>")
    [(method, action, headers, fields, body)] = _calls(
        f"<html><body>{script.format('danh-sach')}</body></html>")
    assert (method, body, headers) == ("POST", None, {"x-csrf-token": "Xe7kQ2pL"})
    assert action.startswith(f"http://{HOST}/trang-chu?") and "p_p_lifecycle=2" in action
    assert fields == {"_cd_INSTANCE_Lk_chuyenDeId": "88231", "_cd_INSTANCE_Lk_start": "0",
                      "_cd_INSTANCE_Lk_end": "30"}
    assert _calls(f"<html><body>{script.format('xoa-binh-luan')}</body></html>") == []


def test_jetpacks_infinite_scroll_is_asked_page_by_page() -> None:
    """An archive with no pager and Jetpack's ``var infiniteScroll = {"settings": {…}}``: its
    ajaxurl POSTed as infinity.js posts it (page = offset + 1, query_args in jQuery's form),
    the page after asked for while the walk goes on."""
    from archiver.discover import next_request

    settings = {"settings": {"ajaxurl": f"http://{HOST}/?infinity=scrolling", "offset": 1,
                             "currentday": "10.05.27", "order": "DESC",
                             "query_args": {"category_name": "tin-hoat-dong", "cat": 5,
                                            "ignore_sticky_posts": False, "category__in": [],
                                            "post__not_in": [12, 13]},
                             "query_before": "2027-05-10 01:47:00",
                             "last_post_date": "2026-08-10 10:49:00"}}
    html = (f"<html><body><script>var infiniteScroll = {json.dumps(settings)};</script>"
            "</body></html>")
    [pb] = [pb for pb in _links(html).postbacks if pb.scripted]
    assert (pb.method, pb.action) == ("POST", f"http://{HOST}/?infinity=scrolling")
    fields = list(pb.fields)
    assert fields[:2] == [("action", "infinite_scroll"), ("page", "2")]
    assert ("query_args[category_name]", "tin-hoat-dong") in fields
    assert ("query_args[ignore_sticky_posts]", "false") in fields
    assert fields.count(("query_args[post__not_in][]", "12")) == 1
    assert ("query_before", "2027-05-10 01:47:00") in fields
    after = next_request(pb.key, pb.form())
    assert after is not None and ("page", "3") in list(after.fields)


@pytest.mark.parametrize("script", [
    # (the review of sites31's classes) a resource that writes, by its payload or its name
    "Liferay.authToken = 'Tk';\nvar resourceURL = '/t?p_p_id=news_INSTANCE_a&p_p_lifecycle=2&"
    "p_p_resource_id=serve';\nLiferay.Util.fetch(resourceURL, {method: 'POST', body: Liferay."
    "Util.objectToFormData(Liferay.Util.ns('_news_INSTANCE_a_', {cmd: 'delete', id: 4512}))});",
    "Liferay.authToken = 'Tk';\nLiferay.Util.fetch('/t?p_p_id=ks_INSTANCE_q&p_p_lifecycle=2&p_p_"
    "resource_id=traLoiKhaoSat', {method: 'POST', body: Liferay.Util.objectToFormData(Liferay."
    "Util.ns('_ks_INSTANCE_q_', {cauHoiId: 12, phuongAnId: 3}))});",
    # another script's object named like Jetpack's, its address a counter
    'var infiniteScroll = {"settings": {"ajaxurl": "/wp-admin/admin-ajax.php?action=post_views_'
    'counter", "offset": 1}};',
])
def test_no_script_request_that_writes_is_made(script: str) -> None:
    links = _links(f"<html><body><script>{script}</script></body></html>")
    assert not [pb for pb in links.postbacks if pb.scripted] and not links.more


@pytest.mark.parametrize("call", [
    "nv_urldecode_ajax('%2Findex.php%3Flanguage%3Dvi%26nv%3Dstatistics%26op%3Dlog', 'x')",
    "nv_urldecode_ajax('%2Findex.php%3Fnv%3Dusers%26op%3Dlogout', 'x')",
    "nv_urldecode_ajax('%2Findex.php%3Fnv%3Dcomment%26op%3Ddelete%26id%3D5', 'x')",
    "trackUrlDecode('%2Fapi%2Fclick%3Fad%3D7')",
])
def test_a_decoded_address_that_counts_or_writes_is_not_loaded(call: str) -> None:
    html = f'<html><body><a href="#" onclick="{call}">2</a></body></html>'
    assert _links(html).more == []


def test_a_cross_page_postback_to_an_admin_page_is_not_posted() -> None:
    options = ('javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;'
               'lbt2&quot;, &quot;&quot;, false, &quot;&quot;, &quot;/Admin/XoaTin.aspx?id=5'
               '&quot;, false, true))')
    html = (f'<html><body><form method="post" action="/tin-tuc.aspx"><div class="pager"><a '
            f'href="{options}">2</a></div></form></body></html>')
    assert all("Admin" not in pb.action for pb in _links(html).postbacks)


# -- sites32's classes: Joomla.request, 2sxc's web API, SPServices, ASP.NET client callbacks --

_JOOMLA_OPTIONS = ('<script type="application/json" class="joomla-script-options new">'
                   '{"csrf.token": "9f2c41d0", "system.paths": {"root": ""}, "mod_vbhoidap": '
                   '{"ajaxUrl": "/index.php?option=com_ajax&module=vbhoidap&method=getItems&'
                   'format=json&Itemid=101", "catid": 14, "limit": 40}}</script>')


@pytest.mark.parametrize("read", [
    "var hdOpt = Joomla.getOptions('mod_vbhoidap');\nJoomla.request({url: hdOpt.ajaxUrl, "
    "method: 'POST', data: 'catid=' + hdOpt.catid + '&limit=' + hdOpt.limit + '&offset=5', "
    "onSuccess: function (r) { box.insertAdjacentHTML('beforeend', JSON.parse(r).data.html); }});",
    "Joomla.request({\n  url: Joomla.getOptions('mod_vbhoidap').ajaxUrl,\n  method: \"POST\",\n"
    "  data: 'catid=' + Joomla.getOptions('mod_vbhoidap')['catid'] + '&limit=40&offset=5'\n});",
])
def test_a_joomla_request_is_made_as_core_js_makes_it(read: str) -> None:
    """Joomla 4/5's ``Joomla.request({url, method, data})`` whose url and data join the
    page's script options (``Joomla.getOptions('mod_x')``): a POST of the data as a form,
    with the options' ``csrf.token`` as ``X-CSRF-Token`` (com_ajax answers 403 without)."""
    html = f"<html><head>{_JOOMLA_OPTIONS}</head><body><script>{read}</script></body></html>"
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, body) == ("POST", None)
    assert action == (f"http://{HOST}/index.php?Itemid=101&format=json&method=getItems&"
                      "module=vbhoidap&option=com_ajax")
    assert headers == {"X-Requested-With": "XMLHttpRequest", "X-CSRF-Token": "9f2c41d0"}
    assert fields == {"catid": "14", "limit": "40", "offset": "5"}


def test_a_joomla_get_is_its_address_alone_without_the_token() -> None:
    """core.js sends a GET's data as a body (dropped by browsers) and its token only with
    other methods."""
    read = "Joomla.request({url: Joomla.getOptions('mod_vbhoidap').ajaxUrl, data: 'a=1'});"
    html = f"<html><head>{_JOOMLA_OPTIONS}</head><body><script>{read}</script></body></html>"
    address = (f"http://{HOST}/index.php?Itemid=101&format=json&method=getItems&"
               "module=vbhoidap&option=com_ajax")
    # (asked once: as the scripted GET, or as the address the options island gives)
    calls, links = _calls(html), _links(html)
    assert [c[1] for c in calls] == [address] or (
        not calls and address in {*links.more, *links.articles})
    assert all("X-CSRF-Token" not in c[2] and c[0] == "GET" for c in calls)


@pytest.mark.parametrize("read", [
    # a request whose data writes, one whose address cannot be known, one to another host
    "Joomla.request({url: Joomla.getOptions('mod_vbhoidap').ajaxUrl, method: 'POST', "
    "data: 'task=delete&id=' + 5});",
    "Joomla.request({url: box.dataset.url, method: 'POST', data: 'a=1'});",
    "Joomla.request({url: 'https://thongke.example/hit', method: 'POST', data: 'a=1'});",
])
def test_a_joomla_request_that_writes_or_cannot_be_known_is_not_made(read: str) -> None:
    html = f"<html><head>{_JOOMLA_OPTIONS}</head><body><script>{read}</script></body></html>"
    assert _calls(html) == []


def test_a_2sxc_web_api_call_is_asked_with_its_context_headers() -> None:
    """2sxc's ``$2sxc(512).webApi.fetchJson('app/auto/query/Tin')``: a GET under the context's
    ``appApi`` with ModuleId / ContentBlockId (the module), TabId / PageId (the page) and
    the verification token, all read from ``<meta name="_jsApi">``; a call that writes is
    not made."""
    api = json.dumps({"page": 55, "root": "/", "api": "/api/", "appApi": "/api/2sxc/",
                      "rvtHeader": "RequestVerificationToken", "rvt": "CfDJ8x"})
    html = (f"<html><head><meta name=\"_jsApi\" content='{api}'></head><body><div id=tcs>"
            "</div><script>$2sxc(512).webApi.fetchJson('app/auto/query/TinCoSo/Default?soTin"
            "=8').then(function (d) { ve(d); });\n$2sxc(512).webApi.fetchJson('app/auto/api/"
            "BinhChon/Vote?id=3');</script></body></html>")
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, fields, body) == ("GET", {}, None)
    assert action == f"http://{HOST}/api/2sxc/app/auto/query/TinCoSo/Default?soTin=8"
    assert headers == {"ModuleId": "512", "ContentBlockId": "512", "TabId": "55",
                       "PageId": "55", "Accept": "application/json",
                       "RequestVerificationToken": "CfDJ8x"}
    assert _calls(html.replace('"page": 55', '"pag": 55')) == []   # (no context: no call)


def test_a_list_of_sections_in_a_json_answer_gives_listings_not_articles() -> None:
    """``{"Default": [{"Url": …}], "ChuyenMuc": [{"Url": "/Tin-co-so/…"}]}``: the items are
    articles, a section in a list of sections is a listing to walk (it was stored as an
    article, and its pager never read)."""
    data = {"Default": [{"Title": "Bài 1", "Url": "/Tin-co-so/tabid/70/ArticleID/1/a.aspx"}],
            "ChuyenMuc": [{"Ten": "Tin cơ sở", "Url": "/Tin-co-so/tabid/70/Default.aspx"}]}
    links = json_listing_links(data, PAGE, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/Tin-co-so/tabid/70/ArticleID/1/a.aspx"]
    assert links.listings == [f"http://{HOST}/Tin-co-so/tabid/70/Default.aspx"]


_SP_CALL = ("<script>var _spPageContextInfo = {\"webServerRelativeUrl\": \"\\u002f\", "
            "\"webAbsoluteUrl\": \"http://" + HOST + "\"};\n$(document).ready(function () {\n"
            "  var soTin = 10;\n  $().SPServices({\n    operation: \"GetListItems\",\n    async: "
            "true,\n    webURL: \"/tin-co-so\",\n    listName: \"Pages\",\n    CAMLViewFields: "
            "\"<ViewFields><FieldRef Name='Title' /><FieldRef Name='FileRef' /></ViewFields>\",\n"
            "    CAMLQuery: \"<Query><OrderBy><FieldRef Name='ArticleStartDate' Ascending='FALSE'"
            " /></OrderBy></Query>\",\n    CAMLRowLimit: soTin,\n    completefunc: function "
            "(xData, Status) { ve(xData); }\n  });\n});</script>")


def _soap_answer(rows: list[str], following: str | None) -> bytes:
    position = f' ListItemCollectionPositionNext="{following}"' if following else ""
    return ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.'
            'xmlsoap.org/soap/envelope/"><soap:Body><GetListItemsResponse xmlns="http://'
            'schemas.microsoft.com/sharepoint/soap/"><GetListItemsResult><listitems xmlns:rs="'
            'urn:schemas-microsoft-com:rowset" xmlns:z="#RowsetSchema"><rs:data ItemCount="'
            f'{len(rows)}"{position}>' + "".join(rows) + "</rs:data></listitems>"
            "</GetListItemsResult></GetListItemsResponse></soap:Body></soap:Envelope>"
            ).encode("utf-8")


def test_spservices_get_list_items_is_posted_read_and_paged() -> None:
    """``$().SPServices({operation: "GetListItems", webURL, listName, CAMLQuery, …})``: the
    SOAP envelope POSTed to ``<webURL>/_vti_bin/Lists.asmx`` with its SOAPAction; each
    answer row's ``ows_FileRef`` an article (no folder's); the answer's
    ``ListItemCollectionPositionNext`` the same call again with that ``<Paging>``."""
    from archiver.discover import answer_requests, read_listing

    [pb] = [pb for pb in _links(f"<html><body>{_SP_CALL}</body></html>").postbacks
            if pb.scripted]
    assert (pb.method, pb.action) == ("POST", f"http://{HOST}/tin-co-so/_vti_bin/Lists.asmx")
    assert dict(pb.headers)["SOAPAction"] == \
        "http://schemas.microsoft.com/sharepoint/soap/GetListItems"
    assert pb.body is not None and "<listName>Pages</listName>" in pb.body
    assert "<rowLimit>10</rowLimit>" in pb.body and "<queryOptions><QueryOptions>" \
        "</QueryOptions></queryOptions>" in pb.body
    assert "<query><Query><OrderBy>" in pb.body
    answer = _soap_answer([
        '<z:row ows_Title="Bài một" ows_FileRef="11;#tin-co-so/Pages/bai-mot.aspx" />',
        '<z:row ows_FileRef="12;#tin-co-so/Pages/Thu-muc" ows_FSObjType="12;#1" />',
        '<z:row ows_FileRef="13;#tin-co-so/Pages/bai-hai.aspx" ows_FSObjType="13;#0" />'],
        "Paged=TRUE&amp;p_ID=13")
    links = read_listing(answer, pb.key, "text/xml; charset=utf-8", is_json=False,
                         hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/tin-co-so/Pages/bai-mot.aspx",
                              f"http://{HOST}/tin-co-so/Pages/bai-hai.aspx"]
    [after] = answer_requests(pb.key, pb.form(), answer)
    assert after.body is not None and after.key != pb.key and after.headers == pb.headers
    assert '<QueryOptions><Paging ListItemCollectionPositionNext="Paged=TRUE&amp;p_ID=13" />' \
        in after.body
    [again] = answer_requests(after.key, after.form(), _soap_answer([], "Paged=TRUE&amp;p_ID=23"))
    assert again.body is not None and again.body.count("<Paging ") == 1 and "p_ID=23" in again.body
    assert answer_requests(after.key, after.form(), _soap_answer([], None)) == []


def test_spservices_other_operations_are_not_called() -> None:
    html = f"<html><body>{_SP_CALL.replace('GetListItems', 'UpdateListItems')}</body></html>"
    assert [pb for pb in _links(html).postbacks if pb.scripted] == []


_CALLBACK_PAGE = (
    '<html><body><form method="post" action="./VanBan.aspx" id="form1"><input type="hidden" '
    'name="__VIEWSTATE" value="/wEPDwUK"><input type="hidden" name="__EVENTVALIDATION" '
    'value="/wEdAAk"><input type="hidden" name="__VIEWSTATEGENERATOR" value="C2EE9ABB">'
    '<ul class="nam"><li><a href="#nam-2026" onclick="CallServer(\'2026\', \'\'); return false;">'
    'Năm 2026</a></li><li><a href="javascript:CallServer(\'2025\', \'\')">2025</a></li></ul>'
    '<div id="ketqua"></div><script type="text/javascript">\n//<![CDATA[\nfunction CallServer('
    "arg, context) { WebForm_DoCallback('ctl00$VanBanNam',arg,ReceiveServerData,context,null,"
    "false); }\nfunction ReceiveServerData(rValue) { document.getElementById('ketqua')."
    "innerHTML = rValue; }\n//]]>\n</script></form></body></html>")


def test_an_aspnet_client_callback_is_posted_and_its_answers_pager_followed() -> None:
    """``onclick="CallServer('2026', '')"`` with ``function CallServer(arg, context) {
    WebForm_DoCallback('ctl00$VanBanNam', arg, …) }``: the page's form posted as
    WebForms.js posts it (``__CALLBACKID``, ``__CALLBACKPARAM``, the event validation
    last); the answer (``<n>|<event validation><result>``) read as markup, its own
    ``CallServer('2026-2', '')`` posted in turn with the validation it hands back."""
    from archiver.discover import answer_requests

    calls = _calls(_CALLBACK_PAGE)
    assert [(m, a) for m, a, *_ in calls] == [("POST", f"http://{HOST}/VanBan.aspx")] * 2
    fields = [list(pb.fields) for pb in _links(_CALLBACK_PAGE).postbacks]
    assert [f[-3:] for f in fields] == [
        [("__CALLBACKID", "ctl00$VanBanNam"), ("__CALLBACKPARAM", "2026"),
         ("__EVENTVALIDATION", "/wEdAAk")],
        [("__CALLBACKID", "ctl00$VanBanNam"), ("__CALLBACKPARAM", "2025"),
         ("__EVENTVALIDATION", "/wEdAAk")]]
    assert ("__VIEWSTATE", "/wEPDwUK") in fields[0]
    first = _links(_CALLBACK_PAGE).postbacks[0]
    answer = ("8|/wEdNEW1<table><tr><td><a href='/van-ban/qd-12.aspx'>QĐ 12</a></td></tr></table>"
              "<div class='pager'><span>1</span> <a href=\"javascript:CallServer('2026-2', '')\">"
              "2</a></div>").encode()
    [after] = answer_requests(first.key, first.form(), answer)
    assert list(after.fields)[-3:] == [("__CALLBACKID", "ctl00$VanBanNam"),
                                       ("__CALLBACKPARAM", "2026-2"),
                                       ("__EVENTVALIDATION", "/wEdNEW1")]
    assert after.key != first.key
    plain = b"s<a href=\"javascript:CallServer('2026-3', '')\">3</a>"
    assert [dict(pb.fields)["__CALLBACKPARAM"] for pb in
            answer_requests(after.key, after.form(), plain)] == ["2026-3"]
    assert answer_requests(after.key, after.form(), b"eThe callback failed") == []


def test_a_callback_that_writes_is_not_posted() -> None:
    """A callback function named for a write, or an argument naming one (the review:
    ``CallServer('XoaBinhLuan|15', '')``, an answer's ``CallServer('delete:99', '')``)."""
    from archiver.discover import answer_requests

    assert _calls(_CALLBACK_PAGE.replace("CallServer", "XoaBinhLuan")) == []
    writes = _CALLBACK_PAGE.replace("'2026'", "'XoaBinhLuan|15'").replace("'2025'", "'vote:3'")
    assert _calls(writes) == []
    first = _links(_CALLBACK_PAGE).postbacks[0]
    answer = b"s<a href=\"javascript:CallServer('delete:99', '')\">x</a> " \
             b"<a href=\"javascript:CallServer('like:5', '')\">y</a>"
    assert answer_requests(first.key, first.form(), answer) == []


def test_a_soap_answer_is_read_in_linear_time() -> None:
    """(the review) rows never closed: each was scanned to the end of the answer (112 KB:
    11 s)."""
    import time

    from archiver.discover import read_listing
    body = b'<?xml version="1.0"?><soap:Envelope><soap:Body>' + b"<z:row " * 16_000
    started = time.process_time()
    links = read_listing(body, PAGE, "text/xml", is_json=False, hosts=HOSTS, scheme=None)
    assert time.process_time() - started < 1 and links.articles == []


def test_a_custom_lists_items_are_no_pages_to_read() -> None:
    """A custom list's rows (``Lists/TinTuc/12_.000``) are items shown through a form, not
    pages: only a row's page file (``.aspx``, ``.html``) is an article."""
    from archiver.discover import read_listing
    answer = _soap_answer(['<z:row ows_FileRef="12;#Lists/TinTuc/12_.000" />',
                           '<z:row ows_FileRef="13;#tin/Pages/bai-ba.aspx" />'], None)
    links = read_listing(answer, PAGE, "text/xml", is_json=False, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/tin/Pages/bai-ba.aspx"]


# -- sites33's classes: hand-written XHR, dnn.getVar, ListData.svc, a ScriptManager proxy ------

def test_a_hand_written_xhr_is_made_as_the_browser_makes_it() -> None:
    """``var xhr = new XMLHttpRequest(); xhr.open('POST', <options' base> + '/index.php?…');
    xhr.setRequestHeader(…); xhr.send('catid=14&offset=' + daTai + '&' + <token> + '=1')``:
    that method, those headers, the body as written (Joomla's token a form field)."""
    options = ('<script type="application/json" class="joomla-script-options new">{"csrf.token":'
               ' "a1b2c3", "system.paths": {"base": ""}}</script>')
    script = ("var daTai = 5;\nvar xhr = new XMLHttpRequest();\nxhr.open('POST', Joomla."
              "getOptions('system.paths').base + '/index.php?option=com_ajax&module=vbhoidap&"
              "format=raw', true);\nxhr.setRequestHeader('Content-Type', 'application/x-www-"
              "form-urlencoded');\nxhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');\n"
              "xhr.send('catid=14&offset=' + daTai + '&' + Joomla.getOptions('csrf.token') + "
              "'=1');")
    html = f"<html><head>{options}</head><body><script>{script}</script></body></html>"
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, fields) == ("POST", {})
    assert action == f"http://{HOST}/index.php?format=raw&module=vbhoidap&option=com_ajax"
    assert headers == {"Content-Type": "application/x-www-form-urlencoded",
                       "X-Requested-With": "XMLHttpRequest"}
    assert body == "catid=14&offset=5&a1b2c3=1"
    deleting = html.replace("module=vbhoidap", "task=comment.delete")
    assert _calls(deleting) == []


def test_a_request_to_an_address_dnn_getvar_gives_is_made() -> None:
    """``$.ajax({url: dnn.getVar('tcs_url_512'), data: {soTin: 8}})``: the address is only in
    the hidden ``__dnnVariable``."""
    html = ('<html><body><input type="hidden" id="__dnnVariable" value="`{`sf_siteRoot`:`/`,'
            '`tcs_url_512`:`/DesktopModules/VNPT.TinCoSo/DanhSach.ashx`}"><script>$(function(){'
            "$.ajax({url: dnn.getVar('tcs_url_512'), type: 'GET', data: {soTin: 8, trang: 1}, "
            "success: function (h) { $('#tcs').html(h); }});});</script></body></html>")
    [(method, action, headers, _fields, _body)] = _calls(html)
    assert method == "GET" and headers == {"X-Requested-With": "XMLHttpRequest"}
    assert action == f"http://{HOST}/DesktopModules/VNPT.TinCoSo/DanhSach.ashx?soTin=8&trang=1"


def test_sharepoint_2010s_listdata_service_is_asked_and_its_rows_read() -> None:
    """``$.getJSON(L_Menu_BaseUrl + "/_vti_bin/ListData.svc/Trang?$filter=… eq 'Tin bai'",
    ve)``: asked with JSON's Accept (Atom otherwise), the filter's spaces encoded; each row's
    Path + Name an article, ``__next`` the next page, the rows' ``__metadata`` no page."""
    html = ('<html><body><script>var L_Menu_BaseUrl="/tin-co-so";</script><script>$(document)'
            '.ready(function () { $.getJSON(L_Menu_BaseUrl + "/_vti_bin/ListData.svc/Trang?'
            "$select=Title,Name,Path&$filter=ContentType eq 'Tin bai'&$top=8\", hienTin); });"
            "</script></body></html>")
    [(method, action, headers, _fields, _body)] = _calls(html)
    assert method == "GET" and headers["Accept"].startswith("application/json")
    assert action.startswith(f"http://{HOST}/tin-co-so/_vti_bin/ListData.svc/Trang?") and \
        "ContentType%20eq%20'Tin%20bai'" in action
    answer = {"d": {"results": [
        {"__metadata": {"uri": f"http://{HOST}/tin-co-so/_vti_bin/ListData.svc/Trang(3)"},
         "Title": "Bài ba", "Name": "bai-ba.aspx", "Path": "/tin-co-so/Pages"}],
        "__next": f"http://{HOST}/tin-co-so/_vti_bin/ListData.svc/Trang?$skiptoken=3"}}
    links = json_listing_links(answer, PAGE, hosts=HOSTS, scheme=None)
    assert links.articles == [f"http://{HOST}/tin-co-so/Pages/bai-ba.aspx"]
    assert links.listings == [
        f"http://{HOST}/tin-co-so/_vti_bin/ListData.svc/Trang?$skiptoken=3"]


_PROXY_JS = ("var VanBanService=function() {};\nVanBanService.prototype={\nLayTheoNam:function(nam,"
             "trang,succeededCallback, failedCallback, userContext) {\nreturn this._invoke(this._"
             "get_path(), 'LayTheoNam',false,{nam:nam,trang:trang},succeededCallback,failedCallback"
             ",userContext); }}\nVanBanService.set_path(\"/Services/VanBanService.asmx\");\n")


def test_a_scriptmanager_service_proxy_is_read_and_its_calls_made() -> None:
    """``<script src="Services/VanBanService.asmx/js">`` and ``onclick="VanBanService.
    LayTheoNam(2026, 1, hien)"``: the proxy is asked for (its path and the methods'
    parameters are only there), then each call POSTed as JSON; the answer's markup's own
    calls (its pager) made in turn."""
    from archiver.discover import answer_requests, expects_script

    html = ('<html><body><script src="Services/VanBanService.asmx/js"></script><ul><li><a href='
            '"#" onclick="VanBanService.LayTheoNam(2026, 1, hienVanBan, loiVanBan); return '
            'false;">Năm 2026</a></li></ul><div id="ds"></div></body></html>')
    [proxy] = [pb for pb in _links(html, f"http://{HOST}/VanBan.aspx").postbacks if pb.scripted]
    assert (proxy.method, proxy.action) == (
        "GET", f"http://{HOST}/Services/VanBanService.asmx/js")
    assert expects_script(proxy.form())
    [call] = answer_requests(proxy.key, proxy.form(), _PROXY_JS.encode())
    assert (call.method, call.action, call.body) == (
        "POST", f"http://{HOST}/Services/VanBanService.asmx/LayTheoNam",
        '{"nam": 2026, "trang": 1}')
    assert not expects_script(call.form())
    answer = json.dumps({"d": {"Html": "<table><tr><td><a href='/van-ban/a.aspx'>A</a></td></tr>"
                                       "</table><a href='#' onclick=\"VanBanService.LayTheoNam("
                                       "2026, 2, hienVanBan)\">2</a>"}}).encode()
    [after] = answer_requests(call.key, call.form(), answer)
    assert after.body == '{"nam": 2026, "trang": 2}'
    writes = html.replace("LayTheoNam", "XoaVanBan")
    assert not [pb for pb in _links(writes, f"http://{HOST}/VanBan.aspx").postbacks
                if pb.scripted]


# -- the review of sites33's classes --------------------------------------------------------

def test_a_proxys_path_on_another_host_is_never_called() -> None:
    from archiver.discover import answer_requests

    html = ('<html><body><script src="/S/VanBanService.asmx/js"></script><a href="#" onclick='
            '"VanBanService.LayTheoNam(2026, 1, ve)">2026</a></body></html>')
    [proxy] = [pb for pb in _links(html, f"http://{HOST}/VanBan.aspx").postbacks if pb.scripted]
    for elsewhere in ("https://other.example.com/S/VanBanService.asmx", "//other.example.com/S"):
        js = _PROXY_JS.replace("/Services/VanBanService.asmx", elsewhere).encode()
        assert answer_requests(proxy.key, proxy.form(), js, HOSTS) == []


@pytest.mark.parametrize("address", ["/api/pageview", "/Home/IncreaseView", "/api/views/123",
                                     "/ajax/online.ashx", "/Handler/Visit.ashx", "/api/truycap",
                                     "/api/track", "/log.php", "/api/Article/SetView"])
def test_a_hand_written_post_that_does_not_read_is_not_made(address: str) -> None:
    """(the review) a visitor counter's XHR POST: only a POST saying it reads is made."""
    from archiver.scriptlinks import xhr_requests

    script = f'var x = new XMLHttpRequest(); x.open("POST", "{address}"); x.send("id=5");'
    assert xhr_requests(script, {}) == []


def test_evaluated_and_proxy_calls_that_write_are_not_made() -> None:
    from archiver.scriptlinks import evaluated_requests, proxy_uses

    survey = ('$.ajax({url: dnn.getVar("sf_siteRoot") + "DesktopModules/Survey/API/Answer", '
              'type: "POST", data: {q: 1, a: 2}});')
    assert evaluated_requests(survey, {'dnn.getVar("sf_siteRoot")': "/"}) == []
    code = " ".join(f"S.{m}(5, cb);" for m in ("IncreaseView", "SetViewed", "TangView",
                                               "RecordVisit", "DatCauHoi"))
    assert proxy_uses(code, "S") == []


def test_an_address_asked_plainly_is_asked_once() -> None:
    """(the review) a script's plain GET of an address the page already gives as a
    fragment or a link was fetched twice (as itself and as a scripted request)."""
    html = ('<html><body><script>var x = new XMLHttpRequest(); x.open("GET", "/tin-tuc/?page=2");'
            'x.send();</script></body></html>')
    assert _calls(html) == []
    dnn = ('<html><body><input type="hidden" id="__dnnVariable" value="`{`x`:`1`}"><script>'
           'var u = "/tin-tuc/?page=2"; $.get(u, ve); var v = dnn.getVar("x");</script>'
           "</body></html>")
    links = _links(dnn)
    assert links.more == [f"http://{HOST}/tin-tuc/?page=2"] and _calls(dnn) == []


def test_two_pages_calling_one_proxy_keep_their_calls_apart() -> None:
    """(the review) the proxy's request keyed without the page's calls: the second page's
    calls were never made."""
    pages = [('<html><body><script src="/S/VanBanService.asmx/js"></script><a href="#" onclick='
              f'"VanBanService.LayTheoNam({year}, 1, ve)">{year}</a></body></html>')
             for year in (2026, 2025)]
    keys = {pb.key for html in pages for pb in _links(html, f"http://{HOST}/VanBan.aspx")
            .postbacks if pb.scripted}
    assert len(keys) == 2


# -- sites34's classes: a serialised form, Elementor's load-more anchor, Drupal's use-ajax, --
# -- fetch() POSTing JSON ---------------------------------------------------------------------

def test_a_post_of_a_serialised_form_sends_its_fields() -> None:
    """``$.post(nv_base_siteurl + 'index.php?…', $('#frm-tinxa').serialize(), …)``: the
    form's fields, its token included, posted as jQuery posts them."""
    html = ('<html><body><form id="frm-tinxa" action="#"><input type="hidden" name="catid" '
            'value="48"><input type="hidden" name="numrow" value="20"><input type="hidden" '
            'name="checkss" value="9a8b7c"></form><div id="tinxa"></div><script>var nv_base_'
            'siteurl = "/";\n$(function () { $.post(nv_base_siteurl + "index.php?nv=news&op='
            'tinxa&nocache=" + new Date().getTime(), $("#frm-tinxa").serialize(), function (r) '
            "{ $('#tinxa').html(r); }); });</script></body></html>")
    [(method, action, headers, fields, body)] = _calls(html)
    assert (method, body) == ("POST", None)
    assert action == f"http://{HOST}/index.php?nocache=0&nv=news&op=tinxa"
    assert fields == {"catid": "48", "numrow": "20", "checkss": "9a8b7c"}
    assert headers == {"X-Requested-With": "XMLHttpRequest"}


def test_elementors_load_more_anchor_names_the_next_page() -> None:
    anchor = ('<div class="e-load-more-anchor" data-page="{p}" data-max-page="6" data-next-page='
              '"/van-ban/{n}/"></div><a href="#" class="e-load-more">Xem thêm</a>')
    assert _links(f"<html><body>{anchor.format(p=1, n=2)}</body></html>").listings == [
        f"http://{HOST}/van-ban/2/"]
    assert _links(f"<html><body>{anchor.format(p=6, n=7)}</body></html>").listings == []


def test_a_drupal_use_ajax_link_is_posted_as_ajax_js_posts_it() -> None:
    """``<a class="use-ajax" href="/btgtd/chuyen-de/nojs/3">``: POST of ``…/ajax/3?
    _wrapper_format=drupal_ajax`` with ``_drupal_ajax=1`` (the nojs address sends a visitor
    home); the rows the view shows before it are its first items."""
    html = ('<html><body><div class="view"><div class="view-content"><div class="views-row"><a '
            'href="/chuyen-de/hoc-tap/dang-bo-so-cong-thuong-day-manh-hoc-tap-va-lam-theo">Đảng '
            "bộ Sở Công Thương đẩy mạnh học tập và làm theo Bác</a></div></div><div class=\"cd-"
            'more"><a href="/btgtd/chuyen-de/nojs/3" class="use-ajax button">Xem thêm</a></div>'
            "</div></body></html>")
    links = _links(html)
    [(method, action, headers, fields, _body)] = _calls(html)
    assert (method, fields) == ("POST", {"_drupal_ajax": "1"})
    assert action == f"http://{HOST}/btgtd/chuyen-de/ajax/3?_wrapper_format=drupal_ajax"
    assert headers == {"X-Requested-With": "XMLHttpRequest"}
    assert f"http://{HOST}/chuyen-de/hoc-tap/dang-bo-so-cong-thuong-day-manh-hoc-tap-va-lam-" \
           "theo" in links.articles


def test_a_fetch_posting_json_is_made_as_the_browser_makes_it() -> None:
    script = ('var soTin = 30;\nfetch("/ajax/media/danh-sach.json", {method: "POST", headers: '
              '{"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"}, body: JSON.'
              'stringify({chuyenMuc: "phat-thanh", trang: 1, soLuong: 30})}).then(function (r) '
              "{ return r.json(); });")
    [(method, action, headers, _fields, body)] = _calls(
        f"<html><body><script>{script}</script></body></html>")
    assert (method, action) == ("POST", f"http://{HOST}/ajax/media/danh-sach.json")
    assert headers == {"Content-Type": "application/json", "Accept": "application/json",
                       "X-Requested-With": "XMLHttpRequest"}
    assert json.loads(body) == {"chuyenMuc": "phat-thanh", "trang": 1, "soLuong": 30}
    voting = script.replace("/ajax/media/danh-sach.json", "/ajax/binh-chon.json")
    assert _calls(f"<html><body><script>{voting}</script></body></html>") == []


# -- the review of sites34's classes --------------------------------------------------------

@pytest.mark.parametrize("href", ["/bookmark/nojs/12", "/flag/nojs/12/follow?token=abc",
                                  "/node/12/unpublish/nojs", "/node/5/lock/nojs",
                                  "/user/password/nojs"])
def test_a_use_ajax_link_that_writes_is_not_posted(href: str) -> None:
    html = (f'<html><body><aside><div class="view"><div class="views-row"><a href="/quang-cao/'
            'lien-ket-website-so-tu-phap-tinh">Liên kết website Sở Tư pháp tỉnh</a></div></div>'
            f'<a class="use-ajax" href="{href}">Lưu</a></aside></body></html>')
    links = _links(html)
    assert _calls(html) == []
    assert not any("quang-cao" in u for u in links.articles)


@pytest.mark.parametrize("call", [
    "fetch('/api/reaction', {method: 'POST', body: JSON.stringify({type: 'heart', itemId: 5, "
    "page: 1})});",
    "fetch('/api/bookmark', {method: 'POST', body: JSON.stringify({newsId: 5, catid: 2})});",
    "fetch('/api/share', {method: 'POST', body: JSON.stringify({url: '/x', widget: 'fb'})});",
])
def test_a_fetch_post_that_does_not_read_by_its_address_is_not_made(call: str) -> None:
    assert _calls(f"<html><body><script>{call}</script></body></html>") == []


def test_a_serialised_form_is_what_jquery_sends_and_a_comment_form_is_never_posted() -> None:
    form = ('<form id="f"><select name="catid"><option value="3">A</option><option value="5" '
            'selected>B</option></select><input name="page" value="1"><input name="x" value="9" '
            'disabled><input type="checkbox" name="c" value="1" checked><input type="checkbox" '
            'name="d" value="1"><input type="hidden" name="nv" value="news"></form>')
    script = ("<script>var u = '/index.php?op=danh-sach';\n$.post(u + '&ajax=1', $('#f')"
              ".serialize(), ve);</script>")
    [(_m, _a, _h, fields, _b)] = _calls(f"<html><body>{form}{script}</body></html>")
    assert fields == {"catid": "5", "page": "1", "c": "1", "nv": "news"}
    comment = form.replace('<input name="page" value="1">', '<textarea name="noidung"></textarea>')
    assert _calls(f"<html><body>{comment}{script}</body></html>") == []


@pytest.mark.parametrize("anchor", [
    '<div class="posts" data-next-page="2" data-max-page="5"></div>',
    '<div class="comments-pager" data-next-page="/bai-viet-1.html?cpage=2"></div>',
    '<div class="e-load-more-anchor" data-page="1" data-max-page="5" data-next-page="2"></div>',
])
def test_data_next_page_is_read_only_from_a_load_more_anchor_naming_an_address(
        anchor: str) -> None:
    assert _links(f"<html><body>{anchor}</body></html>").listings == []


# -- the review of ad5586e: reads named in one word, and reads that mention publishing ----------

@pytest.mark.parametrize("script", [
    "var u = '/ajax/'; var x = new XMLHttpRequest(); x.open('POST', u + 'loadmore.php'); "
    "x.send('cm=5&p=2');",
    "$.post(dnn.getVar('a') + 'getnews.ashx', {cm: 5, p: 2}, ve);",
    "$.post(dnn.getVar('a') + 'news', {start: 10, length: 10, catId: 3}, ve);",
    "fetch('/api/tin-tuc', {method: 'POST', body: JSON.stringify({chuyenMuc: 'thoi-su', "
    "trang: 2})});",
])
def test_a_post_naming_its_read_in_one_word_or_its_data_is_made(script: str) -> None:
    html = (f'<html><body><input type="hidden" id="__dnnVariable" value="`{{`a`:`/api/`}}">'
            f"<script>{script}</script></body></html>")
    assert [m for m, *_ in _calls(html)] == ["POST"]


@pytest.mark.parametrize("query", ["$filter=IsPublish eq 1", "$select=Title,FileRef,PublishDate",
                                   "$orderby=publish_up desc"])
def test_a_read_that_mentions_publishing_is_still_made(query: str) -> None:
    from archiver.scriptlinks import _changes_state

    assert not _changes_state(f"/_api/web/lists/getbytitle('Tin')/items?{query}")


# -- stop 41: sites39's classes (a menu's items file, a TreeView filled on demand) --------------
_MENU_ITEMS = """/* Tigra Menu items structure -- menu_items.js */
var MENU_ITEMS = [
	['Trang chủ', '/Default.asp'],
	['Tin tức', '/TinTuc.asp?MaCM=1', null,
		['Kiểm tra - Giám sát', '/TinTuc.asp?MaCM=2']
	],
	['Chuyên đề', null, null,
		['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', '/TinTuc.asp?MaCM=9']
	],
	['Báo Chợ Lớn', 'http://baocholon.example/']
];"""


def test_a_menu_built_from_a_file_of_its_items_gives_its_sections() -> None:
    """Tigra Menu: the start page names the file (``<script src=/js/menu_items.js>``),
    which is asked for; its items' addresses are the site's sections (another site's
    left out), read whether the file is served as a script or not."""
    from archiver.discover import is_menu_script, read_listing

    home = ('<html><head><script src="/js/menu.js"></script><script src="/js/menu_items.js">'
            "</script><script src=\"/js/menu_tpl.js\"></script></head><body><script>new menu "
            "(MENU_ITEMS, MENU_TPL);</script><p>Trang chủ</p></body></html>")
    assert _links(home, f"http://{HOST}/", sections=True).more == [
        f"http://{HOST}/js/menu_items.js"]
    assert _links(home, f"http://{HOST}/").more == []          # (a start page's only)
    assert is_menu_script(f"http://{HOST}/js/menu_items.js?v=3")
    assert not is_menu_script(f"http://{HOST}/js/menu.js")
    for is_json in (True, False):
        links = read_listing(_MENU_ITEMS.encode(), f"http://{HOST}/js/menu_items.js",
                             "application/x-javascript", is_json=is_json, hosts=HOSTS,
                             scheme="http")
        assert links.sections == [f"http://{HOST}/Default.asp",
                                  f"http://{HOST}/TinTuc.asp?MaCM=1",
                                  f"http://{HOST}/TinTuc.asp?MaCM=2",
                                  f"http://{HOST}/TinTuc.asp?MaCM=9"]


_TREEVIEW = (
    '<html><body><form method="post" action="./" id="aspnetForm"><input type="hidden" '
    'name="tv_ExpandState" value="ncn"><input type="hidden" name="__VIEWSTATE" value="/wEPDw">'
    '<input type="hidden" name="__EVENTVALIDATION" value="/wEWBg">'
    '<table><tr><td><a href="javascript:TreeView_PopulateNode(tv_Data,3,document.getElementById('
    "'tvn3'),document.getElementById('tvt3'),null,' ','Chuyên đề','20','f','','f')\">+</a></td>"
    '<td><a id="tvt3" href="javascript:void(0)">Chuyên đề</a></td></tr></table>'
    "<script>function TreeView_PopulateNodeDoCallBack(context,param) { WebForm_DoCallback("
    "context.data.treeViewID,param,TreeView_ProcessNodeData,context,TreeView_ProcessNodeData,"
    "false); }</script><script>var tv_Data = new Object();\ntv_Data.lastIndex = 6;\n"
    "tv_Data.treeViewID = 'ctl00$ucMenu$tv';\nWebForm_InitCallback();</script></form>"
    "</body></html>")


def test_a_treeviews_node_filled_on_demand_is_asked_for_as_its_script_asks() -> None:
    """An ASP.NET TreeView with PopulateNodesFromClient: the node's callback posted from the
    home page as TreeView.js builds it (``index|lastIndex|<databound><checked><parentIsLast>|
    <length>|<text><length>|<datapath><path>``); the answer's nodes are sections."""
    from archiver.discover import read_listing

    home = f"http://{HOST}/"
    [post] = _links(_TREEVIEW, home, sections=True).postbacks
    assert list(post.fields)[-3:] == [("__CALLBACKID", "ctl00$ucMenu$tv"),
                                      ("__CALLBACKPARAM", "3|6|fff|9|Chuyên đề0|20"),
                                      ("__EVENTVALIDATION", "/wEWBg")]
    assert ("tv_ExpandState", "ncn") in post.fields
    # (the navigation, asked for from the home page only, not from each section's page)
    assert _links(_TREEVIEW, f"http://{HOST}/TinTuc.aspx?cm=1", sections=True).postbacks == []
    answer = ('6|/wEWBx8|nn|<div id="tvn3Nodes" style="display:none;"><table><tr><td><a '
              'href="TinTuc.aspx?cm=21">Học tập và làm theo Bác</a></td></tr></table><table>'
              '<tr><td><a href="TinTuc.aspx?cm=22">Chuyển đổi số</a></td></tr></table></div>')
    links = read_listing(answer.encode(), post.key, "text/html; charset=utf-8", is_json=False,
                         hosts=HOSTS, scheme="http")
    assert links.sections == [f"http://{HOST}/TinTuc.aspx?cm=21",
                              f"http://{HOST}/TinTuc.aspx?cm=22"]
    assert links.articles == []


def _read_treeview_param(arg: str) -> tuple[int, int, str, str, str, str, str]:
    """TreeView.GetCallbackResult's reading of ``__CALLBACKPARAM`` (the server's side):
    index, lastIndex, flags, text, datapath, path."""
    i = arg.index("|")
    j = arg.index("|", i + 1)
    k = arg.index("|", j + 1)
    m = arg.index("|", k + 1)
    size = int(arg[k + 1:m])
    text = arg[m + 1:m + 1 + size]
    rest = arg[m + 1 + size:]
    n = rest.index("|")
    dsize = int(rest[:n])
    return (int(arg[:i]), int(arg[i + 1:j]), arg[j + 1:k], text, rest[n + 1:n + 1 + dsize],
            rest[n + 1 + dsize:], "")


_TV_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\n\r\\"), max_size=40)


@settings(max_examples=150, deadline=None)
@given(index=st.integers(0, 9999), last=st.integers(0, 9999), text=_TV_TEXT,
       path=st.text(st.characters(codec="utf-8", exclude_characters="\n\r\\'"), max_size=40),
       datapath=_TV_TEXT, databound=st.sampled_from("tf"),
       plast=st.text(st.sampled_from("tf"), max_size=6))
def test_a_treeview_callbacks_argument_reads_back_as_the_server_reads_it(
        index: int, last: int, text: str, path: str, datapath: str, databound: str,
        plast: str) -> None:
    """Whatever the node's text, value path and data path (Vietnamese, "|", digits and
    escaped quotes in them), the argument built from its ``TreeView_PopulateNode`` call
    reads back, as the server reads it, to the same index, last index, text and paths."""
    from archiver.scriptlinks import treeview_populations

    def js(value: str) -> str:   # (a string literal as the server writes it: ' escaped)
        return value.replace("'", "\\'")
    call = (f"TreeView_PopulateNode(tv_Data,{index},document.getElementById('tvn{index}'),"
            f"document.getElementById('tvt{index}'),null,' ','{js(text)}','{path}',"
            f"'{databound}','{js(datapath)}','{plast}')")
    scripts = f"tv_Data.lastIndex = {last};\ntv_Data.treeViewID = 'ctl00$tv';"
    [(control, argument)] = treeview_populations(call, scripts)
    got = _read_treeview_param(argument)
    assert control == "ctl00$tv"
    assert got[:2] == (index, last) and got[2] == f"{databound}f{plast}"
    assert got[3:6] == (text, datapath, path)


def test_a_menus_relative_items_resolve_against_the_page_running_it() -> None:
    """(the review) Tigra Menu's own samples write items relative ('index.asp'): a browser
    resolves them against the page that runs the menu (the start page, at the root), never
    the script's folder ('/js/index.asp')."""
    from archiver.discover import read_listing

    code = b"var MENU_ITEMS=[['Trang ch\xe1\xbb\xa7','index.asp'],['Tin','tintuc.asp?MaCM=1']];"
    links = read_listing(code, f"http://{HOST}/js/menu_items.js", "application/x-javascript",
                         is_json=True, hosts=HOSTS, scheme="http")
    assert links.sections == [f"http://{HOST}/index.asp", f"http://{HOST}/tintuc.asp?MaCM=1"]


@pytest.mark.parametrize("answer", [
    "6|/wEWBx8|cc|{}",           # children filled on demand themselves: a state letter each
    "6|/wEWBx8|un|{}",           # one with children of its own
    "s8|nn|{}",                  # a page validating no events: "s" and the result
    "4100|" + "x" * 4100 + "8|nn|{}"])   # a long event validation before it
def test_a_treeviews_answer_is_read_in_every_shape_aspnet_writes(answer: str) -> None:
    from archiver.discover import read_listing

    nodes = ('<div id="tvn3Nodes" style="display:none;"><table><tr><td><a href="TinTuc.aspx?cm'
             '=21">Học tập và làm theo Bác</a></td></tr></table></div>')
    body = answer.replace("{}", nodes)
    links = read_listing(body.encode(), f"http://{HOST}/#request@1", "text/html", is_json=False,
                         hosts=HOSTS, scheme="http")
    assert links.sections == [f"http://{HOST}/TinTuc.aspx?cm=21"]


# -- sites40's classes: how an item is linked from its list ---------------------------------
_MM = """<script>function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}</script>"""


@pytest.mark.parametrize("onclick", [
    "MM_openBrWindow('XemThongBao.aspx?ID=884','ThongBao','width=620,height=540')",
    "window.open('XemThongBao.aspx?ID=884', 'tb', 'width=620'); return false;",
])
def test_a_headline_opening_its_item_in_a_pop_up_is_a_link(onclick: str) -> None:
    """Dreamweaver's MM_openBrWindow (or window.open written in the handler) on a
    headline with no address of its own: the item's page; a pop-up of a button or an icon
    (print, e-mail, a poll's results) is none."""
    html = (f"<html><head>{_MM}</head><body><table><tr><td><a href=\"#\" onClick=\"{onclick}\">"
            "Thông báo kết luận của Thường trực Tỉnh ủy về công tác cán bộ</a></td></tr>"
            "<tr><td><a href=\"#\" onClick=\"MM_openBrWindow('GuiEmail.aspx?ID=884','e','w')\">"
            "<img src=\"images/email.gif\"></a> <a href=\"#\" onClick=\"MM_openBrWindow("
            "'BinhChon.aspx?ID=3','b','w')\">Xem kết quả</a></td></tr></table></body></html>")
    got = _links(html, f"http://{HOST}/ThongBao.aspx").articles + \
        _links(html, f"http://{HOST}/ThongBao.aspx").listings
    assert any("XemThongBao.aspx?ID=884" in u for u in got)
    assert not any("GuiEmail" in u or "BinhChon" in u for u in got)


def test_cards_a_click_handler_opens_from_their_data_and_a_page_variable_are_links() -> None:
    """Cards with no link whose address a jQuery handler builds from a page variable and
    their data attributes (``rootUrl + 'tin-tuc/' + $(this).data('chuyenmuc') + '/' + …``)."""
    cards = "".join(
        f'<div class="card-ls js-xem" data-id="{12500 + i}" data-alias="bai-lich-su-so-{i}" '
        f'data-chuyenmuc="lich-su-dang-bo"><h3>Bài lịch sử số {i} của Đảng bộ tỉnh</h3></div>'
        for i in range(3))
    script = ("<script>var rootUrl = '/';\n$(function () { $('.ls-grid').on('click', '.js-xem',"
              " function () {\n window.location.href = rootUrl + 'tin-tuc/' + $(this).data("
              "'chuyenmuc') + '/' + $(this).data('alias') + '-' + $(this).data('id') + '.html';"
              "\n }); });</script>")
    links = _links(f'<html><body><div class="ls-grid">{cards}</div>{script}</body></html>',
                   f"http://{HOST}/chuyen-muc/lich-su-dang-bo")
    got = links.articles + links.listings
    for i in range(3):
        assert any(u.endswith(f"/tin-tuc/lich-su-dang-bo/bai-lich-su-so-{i}-{12500 + i}.html")
                   for u in got), got
    assert not links.more


def test_a_page_function_reads_the_pages_string_variables() -> None:
    from archiver.scriptlinks import Opener, page_functions
    code = ('var nv_base_siteurl="/",nv_lang_data="vi";\nfunction xem(id) {\n window.location'
            ".href = nv_base_siteurl + 'index.php?language=' + nv_lang_data + '&nv=gs&op=detail"
            "&id=' + id;\n return false;\n}")
    assert page_functions(code)["xem"] == Opener("/index.php?language=vi&nv=gs&op=detail&id=",
                                                 "", 0)


def test_a_page_variable_named_as_a_parameter_is_the_parameter() -> None:
    from archiver.scriptlinks import Opener, page_functions
    code = ("var id = '';\nfunction xemTin(id) { window.location.href = '/tin-tuc/chi-tiet.aspx"
            "?id=' + id; }")
    assert page_functions(code)["xemTin"] == Opener("/tin-tuc/chi-tiet.aspx?id=", "", 0)


def test_a_print_or_mail_pop_up_of_a_long_link_text_is_no_link() -> None:
    html = ("<html><body><a href=\"#\" onclick=\"window.open('/InBai.aspx?id=884','in','width="
            "800'); return false;\">In bài viết này cùng các hình ảnh</a> <a href=\"#\" onclick="
            "\"window.open('/GuiBai.aspx?id=884','g','w'); return false;\">Gửi bài viết này cho "
            "bạn bè qua thư điện tử</a></body></html>")
    links = _links(html)
    assert not any("InBai" in u or "GuiBai" in u for u in links.articles + links.listings)


def test_a_counter_a_click_handler_posts_is_no_link_of_the_cards() -> None:
    cards = "".join(f'<div class="news-item" data-id="{500 + i}" data-href="/tin-tuc/bai-so-{i}'
                    f'.html"><h3>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {i} bàn nhiệm vụ'
                    "</h3></div>" for i in range(3))
    script = ("<script>$(function(){ $('.news-item').click(function(){ $.post('/Ajax/TangLuotXem"
              ".ashx?id=' + $(this).data('id')); window.location.href = $(this).data('href'); });"
              " });</script>")
    links = _links(f"<html><body>{cards}{script}</body></html>")
    assert sorted(links.articles) == [f"http://{HOST}/tin-tuc/bai-so-{i}.html" for i in range(3)]
