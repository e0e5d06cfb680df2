"""Articles split over pages, generated: the address schemes sites number an article's
pages by × the pagers that link them × the canonical links the pages carry × the other
addresses a copy of page one is served at.

Every scheme here was met on a blind set or a real product: a slug with ``?trang=N``
(sites14), ``/N`` after the slug (sites15, Craft), ``?page=N`` after ``.html``, a query
article ``Default.aspx?id=N&page=N`` (ASP.NET portals), Joomla's 0-based page breaks
(``?start=1`` is page 2, SEF and not; pages21), a Liferay portlet's ``?_page=N``
(pages21). Extraction must name exactly the further pages the page links; the crawl must
store each article once, whole, with no page of it a row of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.clock import FakeClock
from archiver.config import CrawlSettings, parse_sources
from archiver.crawl import crawl
from archiver.extract import extract_page
from archiver.reextract import reextract

HOST = "http://ubkt.vn"


@dataclass(frozen=True)
class Scheme:
    """How a site numbers an article's pages: ``page(n)`` is page n's address (page 1's
    is the article's own), relative to the host."""
    name: str
    first: str
    further: str   # a format with {n} (the page's number) and {i} (its 0-based index)

    def page(self, n: int) -> str:
        return self.first if n == 1 else self.further.format(n=n, i=n - 1)


SCHEMES = (
    Scheme("slug ?trang", "/tin-tuc/kinh-nghiem-kiem-tra-giam-sat-1201.html",
           "/tin-tuc/kinh-nghiem-kiem-tra-giam-sat-1201.html?trang={n}"),
    Scheme("slug /N", "/nghien-cuu/kinh-nghiem-kiem-tra-giam-sat",
           "/nghien-cuu/kinh-nghiem-kiem-tra-giam-sat/{n}"),
    Scheme("slug .html ?page", "/tin-tuc/kinh-nghiem-kiem-tra-giam-sat.html",
           "/tin-tuc/kinh-nghiem-kiem-tra-giam-sat.html?page={n}"),
    Scheme("query id &page", "/Default.aspx?tabid=57&id=1201",
           "/Default.aspx?tabid=57&id=1201&page={n}"),
    Scheme("joomla sef ?start", "/index.php/xay-dung-dang/1842-kinh-nghiem-kiem-tra",
           "/index.php/xay-dung-dang/1842-kinh-nghiem-kiem-tra?start={i}"),
    Scheme("joomla ?limitstart",
           "/index.php?option=com_content&view=article&id=1842&catid=3",
           "/index.php?option=com_content&view=article&id=1842&catid=3&limitstart={i}"),
    Scheme("liferay ?_page", "/web/ubkt/-/asset_publisher/Lq7Yp/content/kinh-nghiem-kiem-tra",
           "/web/ubkt/-/asset_publisher/Lq7Yp/content/kinh-nghiem-kiem-tra?_page={n}"),
)

TITLE = "Kinh nghiệm kiểm tra, giám sát ở cơ sở: những cách làm hay"


def _text(n: int) -> list[str]:
    return [f"Phần {n}, đoạn {k}: cấp ủy các cấp tăng cường kiểm tra việc thực hiện nghị "
            f"quyết ở chi bộ số {n}{k}, nhất là các chi bộ ấp, khu phố còn nhiều khó khăn."
            for k in (1, 2)]


def page_html(scheme: Scheme, n: int, count: int, pager: str, canonical: str,
              noise: bool) -> str:
    """Page ``n`` of ``count``: its headline, text, and the pager of kind ``pager``
    ("full": every page numbered; "chain": a "Xem tiếp »" to the next only; "both")."""
    links = []
    if pager in ("full", "both"):
        links += [f'<a href="{scheme.page(k)}">{k}</a>' if k != n else f"<b>{k}</b>"
                  for k in range(1, count + 1)]
    if pager in ("chain", "both") and n < count:
        links.append(f'<a href="{scheme.page(n + 1)}">Xem tiếp »</a>')
    head = ""
    if canonical == "self":
        head = f'<link rel="canonical" href="{HOST}{scheme.page(n)}">'
    elif canonical == "first":
        head = f'<link rel="canonical" href="{HOST}{scheme.first}">'
    extra = ""
    if noise:   # a listing's pager, another article's pages: none of them this article's
        extra = ('<div class="box"><a href="/tin-tuc?page=2">Trang sau</a> '
                 '<a href="/tin-tuc/bai-khac-hoan-toan-1300.html?trang=2">Bài khác</a> '
                 '<a href="/Default.aspx?tabid=57&amp;id=1300&amp;page=2">Tin khác</a> '
                 '<a href="/index.php/xay-dung-dang?start=20">Cũ hơn</a></div>')
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}"
            "</h1><div class='date'>15/11/2024 08:30</div><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in _text(n))
            + ("<p style='text-align:right'><b>Minh Anh</b></p>" if n == count else "")
            + f"</div><div class='pages'>{' '.join(links)}</div></article>{extra}"
            "</body></html>").replace("&id=", "&amp;id=").replace("&page=", "&amp;page=")


@settings(max_examples=60, deadline=None)
@given(scheme=st.sampled_from(SCHEMES), count=st.integers(2, 6), data=st.data(),
       pager=st.sampled_from(("full", "chain", "both")),
       canonical=st.sampled_from(("none", "self", "first")), noise=st.booleans())
def test_the_further_pages_named_are_this_article_s(scheme: Scheme, count: int,
                                                    data: st.DataObject, pager: str,
                                                    canonical: str, noise: bool) -> None:
    n = data.draw(st.integers(1, count))
    html = page_html(scheme, n, count, pager, canonical, noise).encode()
    got = extract_page(html, HOST + scheme.page(n)).parts
    if pager == "chain":
        want = [n + 1] if n < count else []
    else:
        want = [k for k in range(2, count + 1) if k != n]
    assert [HOST + scheme.page(k) for k in want] == [
        u.replace("&amp;", "&") for u in got], got


@pytest.mark.parametrize("alias", ["/index.php?p={path}", "/go?u={quoted}&b=cm-tin-tuc-p2"])
def test_a_copy_at_an_address_naming_the_article_reads_its_pages(alias: str) -> None:
    """A copy of page one at an address whose query names the article (Craft's path
    parameter; a click counter's target), with no canonical link: the article's further
    pages, so the copy holds the whole text and is one row with it."""
    from urllib.parse import quote
    scheme = SCHEMES[1]
    html = page_html(scheme, 1, 3, "full", "none", True).encode()
    url = HOST + alias.format(path=scheme.first.lstrip("/"), quoted=quote(scheme.first,
                                                                           safe=""))
    assert extract_page(html, url).parts == tuple(HOST + scheme.page(k) for k in (2, 3))


def _portal(scheme: Scheme, count: int, pager: str, canonical: str
            ) -> Callable[[httpx.Request], httpx.Response]:
    def key(url: httpx.URL) -> tuple[str, frozenset[tuple[str, str]]]:
        return url.path, frozenset(url.params.multi_items())   # (any order of parameters)

    pages = {key(httpx.URL(HOST + scheme.page(k))): k for k in range(1, count + 1)}

    def answer(request: httpx.Request) -> httpx.Response:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nAllow: /\n")
        if request.url.path == "/" and not request.url.query:
            return httpx.Response(200, headers=html, text=(
                f'<html><body><main><div class="item"><a href="{scheme.first}">{TITLE}</a>'
                "</div></main></body></html>"))
        n = pages.get(key(request.url))
        if n is not None:
            return httpx.Response(200, headers=html,
                                  text=page_html(scheme, n, count, pager, canonical, True))
        return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")
    return answer


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.name for s in SCHEMES])
@pytest.mark.parametrize(("pager", "canonical"), [("full", "none"), ("chain", "self")])
def test_a_split_article_is_one_whole_row(tmp_path: Path, scheme: Scheme, pager: str,
                                          canonical: str) -> None:
    count = 3
    site = parse_sources('[[site]]\nname = "ubkt"\ntitle = "x"\nprovince = "x"\n'
                         f'base_url = "{HOST}/"\nstart_urls = ["{HOST}/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    report = crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
                   clock=FakeClock(),
                   transport=httpx.MockTransport(_portal(scheme, count, pager, canonical)))
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = conn.execute("select body, author from articles").fetchall()
    parts = conn.execute("select count(*) from urls where kind = 'part'").fetchone()[0]
    conn.close()
    assert len(rows) == 1, rows
    body, author = rows[0]
    assert body.split("\n\n") == [p for n in range(1, count + 1) for p in _text(n)]
    assert author == "Minh Anh" and parts == count - 1
    assert not any("further page" in note for note in report.notes.get("ubkt", []))
    # read again from the captures alone, the same whole text (a chain followed as well)
    reextract(tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select body, author from articles").fetchall() == rows
    conn.close()


def test_a_further_page_reading_as_another_article_is_not_recorded_as_a_part(
        tmp_path: Path) -> None:
    """A pager link whose page carries another headline (a CMS numbering another article's
    page as this one's): not joined, named in the notes, and not recorded as a page of this
    article (so nothing keeps it from being found as an article of its own)."""
    scheme = SCHEMES[0]
    inner = _portal(scheme, 2, "full", "none")

    def portal(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("trang") == "2":
            return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"},
                                  text="<html><body><article><h1>Một bài viết khác hẳn về "
                                  "công tác dân vận</h1><div class='content'><p>VĂN BẢN CỦA "
                                  "BÀI KHÁC không thuộc bài viết nào ở trên cả, đọc ở trang "
                                  "riêng.</p></div></article></body></html>")
        return inner(request)

    site = parse_sources('[[site]]\nname = "ubkt"\ntitle = "x"\nprovince = "x"\n'
                         f'base_url = "{HOST}/"\nstart_urls = ["{HOST}/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    report = crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
                   clock=FakeClock(), transport=httpx.MockTransport(portal))
    conn = sqlite3.connect(tmp_path / "a.db")
    (body,), = conn.execute("select body from articles").fetchall()
    kinds = conn.execute("select kind from urls where url like '%trang=2'").fetchall()
    conn.close()
    assert "BÀI KHÁC" not in body and body.split("\n\n") == _text(1)
    assert ("part",) not in kinds
    assert any("trang=2 (not a page of this article)" in note
               for note in report.notes["ubkt"]), report.notes


ALL_LINKS = ("?showall=1", "?trang=tatca", "?page=all")


@pytest.mark.parametrize("scheme", SCHEMES[:3], ids=[s.name for s in SCHEMES[:3]])
@pytest.mark.parametrize("view_all", ALL_LINKS)
def test_the_whole_article_on_one_page_is_read_instead_of_its_pages(
        tmp_path: Path, scheme: Scheme, view_all: str) -> None:
    """A split article whose pager offers the whole text on one page ("Xem toàn bài",
    Joomla's ``?showall=1``): that page is fetched, not each further page (one request
    instead of several), and the row is the same whole text; read again from the captures,
    the same."""
    count = 4
    first = HOST + scheme.first.split("?")[0]
    inner = _portal(scheme, count, "full", "none")
    asked: list[str] = []

    def portal(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if str(request.url) == first + view_all:
            pages = [page_html(scheme, n, count, "full", "none", False) for n in
                     range(1, count + 1)]
            joined = "".join(p.split("<div class='content'>")[1].split("</div>")[0]
                             for p in pages)
            return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"},
                                  text=pages[0].split("<div class='content'>")[0]
                                  + f"<div class='content'>{joined}</div></article>"
                                  "</body></html>")
        return inner(request)

    def with_link(request: httpx.Request) -> httpx.Response:
        answer = portal(request)
        if "<div class='pages'>" in answer.text:
            return httpx.Response(answer.status_code, headers=answer.headers,
                                  text=answer.text.replace(
                                      "<div class='pages'>", "<div class='pages'><a href='"
                                      f"{scheme.first.split('?')[0]}{view_all}'>Xem toàn "
                                      "bài</a> "))
        return answer

    site = parse_sources('[[site]]\nname = "ubkt"\ntitle = "x"\nprovince = "x"\n'
                         f'base_url = "{HOST}/"\nstart_urls = ["{HOST}/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
          clock=FakeClock(), transport=httpx.MockTransport(with_link))
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = conn.execute("select body, author from articles").fetchall()
    conn.close()
    assert [body.split("\n\n") for body, _ in rows] == [
        [p for n in range(1, count + 1) for p in _text(n)]]
    assert rows[0][1] == "Minh Anh"
    assert [u for u in asked if u.startswith(first) and u != HOST + scheme.first] == [
        first + view_all]   # (no page fetched one by one)
    reextract(tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select body, author from articles").fetchall() == rows
    conn.close()


@pytest.mark.parametrize(("href", "words", "found"), [
    ("{own}?showall=1", "Tất cả", True),
    ("{own}?trang=tatca", "", True),
    ("{own}?print=1", "Xem toàn bài", True),      # words on the article's address and more
    ("{own}", "Xem toàn bài", False),             # its own address: nothing more
    ("/tin-tuc/bai-khac-1300.html?showall=1", "Xem toàn bài", False),   # another article's
    ("/tin-tuc?page=all", "Tất cả", False),       # a listing's
])
def test_which_link_is_the_whole_article(href: str, words: str, found: bool) -> None:
    scheme = SCHEMES[0]
    own = scheme.first
    html = page_html(scheme, 1, 3, "full", "none", False).replace(
        "<div class='pages'>", f"<div class='pages'><a href='{href.format(own=own)}'>"
        f"{words or 'x'}</a> ")
    got = extract_page(html.encode(), HOST + own).whole
    assert got == (HOST + href.format(own=own) if found else None)


def test_a_canonical_naming_the_section_lends_no_pages() -> None:
    """A theme naming its section's listing as every article's canonical, the listing's
    pager beside the article ("Tin khác 1 2 3"): no further pages of the article (they
    would be fetched, rejected, and keep an edited article from ever being stored)."""
    url = f"{HOST}/Default.aspx?tabid=57&id=1201"
    html = (f'<html><head><link rel="canonical" href="{HOST}/Default.aspx?tabid=57"></head>'
            f"<body><article><h1>{TITLE}</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in _text(1)) + "</div></article>"
            "<div class='other'><h3>Tin khác</h3><a href='/Default.aspx?tabid=57&amp;id=1190'>"
            "Hội nghị sơ kết công tác dân vận quý III</a> <a href='/Default.aspx?tabid=57&amp;"
            "page=2'>2</a> <a href='/Default.aspx?tabid=57&amp;page=3'>3</a></div>"
            "</body></html>")
    assert extract_page(html.encode(), url).parts == ()


@pytest.mark.parametrize(("url", "named"), [
    (f"{HOST}/index.php?p=tin-tuc/kinh-nghiem-kiem-tra-giam-sat",
     f"{HOST}/tin-tuc/kinh-nghiem-kiem-tra-giam-sat"),
    (f"{HOST}/NewsDetail.aspx?id=1201&chuyenmuc=hoat-dong-dang", None),   # a section's name
    (f"{HOST}/bai-viet.aspx?id=1201&returnUrl=/tin-tuc/thoi-su-chinh-tri-trong-tinh", None),
    (f"{HOST}/web/guest/-/bai-viet?redirect=%2Fweb%2Fguest%2Ftin-tuc-su-kien-noi-bat", None),
    (f"{HOST}/go?u=http://other.vn/tin-tuc/bai-viet-khac-hoan-toan.html", None),   # off-site
])
def test_the_address_a_query_names(url: str, named: str | None) -> None:
    from archiver.extract.blocks import named_address
    assert named_address(url) == named


def test_a_see_all_link_away_from_the_pager_is_not_the_whole_article() -> None:
    """"Xem tất cả" under the comments (``?binhluan=1``): not the whole article (it would be
    fetched instead of the article's pages, and its comments stored as the article)."""
    scheme = SCHEMES[0]
    html = page_html(scheme, 1, 3, "full", "none", False).replace(
        "</article>", f"</article><div class='comments'><h3>Ý kiến bạn đọc</h3><p>Hay.</p>"
        f"<a href='{scheme.first}?binhluan=1'>Xem tất cả</a></div>")
    page = extract_page(html.encode(), HOST + scheme.first)
    assert page.whole is None and len(page.parts) == 2


@pytest.mark.parametrize(("query", "pair"), [
    ("siteid=1&c=content&a=detail&catid=3&id=3037", "id=3037"),   # not the portal's siteid
    ("tabid=57&id=1201", "id=1201"),
    ("ItemID=12&newsid=120145", "newsid=120145"),
    ("option=com_content&view=article", None),
])
def test_the_parameter_naming_the_article(query: str, pair: str | None) -> None:
    """The article's own id is looked for in the page's bytes: a portal's ``siteid=1`` is in
    every link of the page (200 windows searched on every article of the langson replica:
    the crawl's CPU per article rose by a tenth)."""
    from archiver.extract.blocks import article_id_pair
    assert article_id_pair(query) == pair
