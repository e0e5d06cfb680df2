"""The analysts' pages in Datasette, checked for what a person sees (in-process, no port):
the search page, highlights, paging, facets, the article page, the capture banner, the
table view and the canned searches; with or without `archiver serve`'s metadata."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from archiver.search import search
from dskit import CAPTIONS, LEAD, PAGE_HTML, Client, build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("pages") / "luu_tru.db"
    return path, build_archive(path)


@pytest.fixture(scope="module")
def client(archive: tuple[Path, dict[str, int]]) -> Iterator[Client]:
    c = Client(archive[0])
    yield c
    c.close()


def page(client: Client, path: str = "/luu_tru/articles", **params: str) -> HTMLParser:
    response = client.get(path, **params)
    assert response.status_code == 200, response.text[:500]
    return HTMLParser(response.text)


def hit_ids(tree: HTMLParser) -> list[int]:
    return [int(str(a.attributes["href"]).rsplit("/", 1)[1])
            for a in tree.css(".archiver-hit h2 a")]


def text(node: Node | None) -> str:
    assert node is not None
    return " ".join(node.text().split())


def first(node: HTMLParser | Node | None, css: str) -> Node:
    assert node is not None
    found = node.css_first(css)
    assert found is not None, css
    return found


# -- the search page --------------------------------------------------------------------------

def test_articles_open_on_a_search_box_facets_and_concise_rows(client: Client,
                                                                archive: tuple[Path, dict[str, int]]
                                                                ) -> None:
    response = client.get("/luu_tru/articles")
    html = response.text
    tree = HTMLParser(html)
    box = first(tree, "form.archiver-search input[name=_search]")
    assert "autofocus" in box.attributes
    # the box comes before the first result, and the rows are the articles, newest first
    assert html.index('name="_search"') < html.index('class="archiver-hit"')
    ids = archive[1]
    assert set(hit_ids(tree)[:2]) == {ids["tong_ket"], ids["copy"]}
    assert len(hit_ids(tree)) == 5
    hit = first(tree, ".archiver-hit")
    assert "20/12/2024 09:00" in text(first(hit, ".meta"))
    assert text(first(hit, ".byline")) == "Nguyễn Văn Hùng — Ban Tuyên giáo Tỉnh ủy"
    assert text(first(hit, ".snippet")).startswith(LEAD[:40])
    # concise: no internal column, no whole bodies
    for internal in ("fold_body", "fts_meta", "sort_key", "uy khoi to chuc"):
        assert internal not in html
    assert len(html) < 40_000
    facets = {text(first(s, "h3")): [text(a) for a in s.css("li a")]
              for s in tree.css(".archiver-facets section")}
    assert list(facets) == ["Site", "Year", "Month", "Category", "Unit", "Author"]
    assert facets["Month"] == ["2024-12", "2024-11", "2024-10", "2023-05"]   # date order
    assert facets["Year"] == ["2024", "2023"]
    assert text(first(tree, "h1 small")) == "5 in the archive"


QUERIES = ["Đảng ủy Khối", "dang uy khoi", '"Ban Thường vụ"', "hoà bình", "hòa bình",
           "Nguyễn*", "dang", "Đảng", "lua OR (hoa AND binh)", "dang NOT lua"]


@pytest.mark.parametrize("query", QUERIES)
def test_the_search_box_finds_what_archiver_search_finds(
        client: Client, archive: tuple[Path, dict[str, int]], query: str) -> None:
    tree = page(client, _search=query)
    expected = {h.id for h in search(archive[0], query, limit=100)}
    assert expected, query
    assert set(hit_ids(tree)) == expected
    assert text(first(tree, ".archiver-summary strong")) == str(len(expected))


def test_highlights_carry_the_accents_of_the_text(client: Client) -> None:
    tree = page(client, _search="dang uy khoi")
    marks = {text(m) for m in tree.css(".archiver-hit .snippet mark")}
    assert {"Đảng", "ủy", "Khối"} <= marks
    tree = page(client, _search='"Ban Thường vụ"')
    assert [text(m) for m in tree.css(".snippet mark")] == ["Ban", "Thường", "vụ"]


def test_matches_spelled_as_typed_come_first(client: Client,
                                             archive: tuple[Path, dict[str, int]]) -> None:
    ids = archive[1]
    tree = page(client, _search="Đảng")
    order = hit_ids(tree)
    # "đang" (the verb) matches without accents, after every "Đảng", marked as such
    assert set(order[:2]) == {ids["tong_ket"], ids["copy"]}
    assert order[2:] == [ids["dang"], ids["lua"]]   # then newest first
    flagged = [h for h in tree.css(".archiver-hit") if h.css_first(".spelling") is not None]
    assert len(flagged) == 2 and all("đang" in text(first(f, ".snippet")) for f in flagged)
    newest = hit_ids(page(client, _search="Đảng", _order="newest"))
    assert newest[0] in (ids["tong_ket"], ids["copy"]) and newest.index(ids["dang"]) == 2
    exact = hit_ids(page(client, _search="Đảng", _exact="1"))
    assert ids["dang"] not in exact and ids["tong_ket"] in exact


def test_paging_shows_the_total_and_walks_every_match(client: Client) -> None:
    tree = page(client, _search="dang", _size="2")
    total = int(text(first(tree, ".archiver-summary strong")))
    seen: list[int] = []
    pages = 0
    path = "/luu_tru/articles?_search=dang&_size=2"
    while path:
        pages += 1
        tree = HTMLParser(client.get(path).text)
        seen += hit_ids(tree)
        assert text(first(tree, ".archiver-pager")).find(f"page {pages} of") >= 0
        nxt = tree.css_first("a[rel=next]")
        path = str(nxt.attributes["href"]).replace("&amp;", "&") if nxt else ""
    assert len(seen) == len(set(seen)) == total and pages == -(-total // 2)


def test_facet_links_narrow_the_search_and_can_be_undone(client: Client,
                                                         archive: tuple[Path, dict[str, int]]
                                                         ) -> None:
    tree = page(client, _search="dang")
    link = next(a for a in tree.css(".facet-site a") if text(a) == "baotinh")
    href = str(link.attributes["href"])
    narrowed = HTMLParser(client.get(href).text)
    assert hit_ids(narrowed) == [archive[1]["copy"]]
    chip = first(narrowed, ".archiver-summary .chosen")
    assert "Site: baotinh" in text(chip)
    undone = HTMLParser(client.get(str(first(chip, "a").attributes["href"])).text)
    assert len(hit_ids(undone)) == len(hit_ids(tree))
    # the box keeps the facet choice when a new query is typed
    hidden = {(str(i.attributes["name"]), str(i.attributes["value"]))
              for i in narrowed.css("form.archiver-search input[type=hidden]")}
    assert ("site", "baotinh") in hidden


@pytest.mark.parametrize(("query", "why"), [
    ('"Ban Thường vụ', "unbalanced quote"),
    ("dang " * 1000, "query too long"),
    ("(" * 20 + "dang" + ")" * 20, "nested deeper"),
])
def test_a_bad_query_is_refused_at_once_with_the_form_kept(client: Client, query: str,
                                                           why: str) -> None:
    started = time.perf_counter()
    response = client.get("/luu_tru/articles", _search=query)
    assert time.perf_counter() - started < 1.0
    assert response.status_code == 400
    tree = HTMLParser(response.text)
    assert why in text(first(tree, ".archiver-error"))
    assert tree.css_first("form.archiver-search input[name=_search]") is not None


def test_bad_page_parameters_are_refused(client: Client) -> None:
    assert client.get("/luu_tru/articles", _page="x").status_code == 400
    assert client.get("/luu_tru/articles", _size="1000").status_code == 400
    assert client.get("/luu_tru/articles", _order="oldest").status_code == 400
    assert client.get("/luu_tru/articles", _page="9999").status_code == 400


@pytest.mark.parametrize("address", [
    "https://tinhuy.vn/news/dang-uy-1.html",
    "HTTP://WWW.TinhUy.vn/news/dang-uy-1.html?utm_source=zalo&fbclid=x1#binh-luan",
    "tinhuy.vn/news/dang-uy-1.html",
])
@pytest.mark.parametrize("how", ["_search", "q", "url"])
def test_an_articles_address_opens_its_page(client: Client,
                                           archive: tuple[Path, dict[str, int]],
                                           address: str, how: str) -> None:
    """An address as the site links it or a citation gives it, pasted into the search box
    (or given as ``?url=``, or ``?q=``), opens that article's page, not a word search."""
    response = client.get("/luu_tru/articles", **{how: address})
    assert response.status_code == 302, response.text[:300]
    assert response.headers["location"] == f"/luu_tru/articles/{archive[1]['tong_ket']}"


def test_an_address_the_archive_does_not_hold_says_so(client: Client) -> None:
    response = client.get("/luu_tru/articles", url="https://tinhuy.vn/news/khong-co.html")
    assert response.status_code == 404
    tree = HTMLParser(response.text)
    assert text(first(tree, ".archiver-error")) == (
        "Not archived: no article in this archive was reached at "
        "https://tinhuy.vn/news/khong-co.html")
    bad = client.get("/luu_tru/articles", url="http://tinhuy.vn:99999/x")   # (was a 500)
    assert bad.status_code == 404 and "is not a web address" in bad.text


@pytest.mark.parametrize("query", [
    # (the review) a document's number, a place and a year: words to search, no address
    "1.615/QĐ-UBND", '"1.615/QĐ-UBND"', "TP.HCM/2024", "2.9/1945", "ban.tuyen/giao",
    "http://[x/y", "https://tinhuy.vn/news/khong-co.html",
])
def test_what_the_box_cannot_open_as_an_article_is_searched(client: Client, query: str) -> None:
    """Only an archived article's address opens its page from the box; anything else typed
    there is searched (a document number "1.615/QĐ-UBND" was a 404, "http://[x/y" a 500)."""
    response = client.get("/luu_tru/articles", _search=query)
    assert response.status_code in (200, 400), response.text[:300]
    assert "Not archived" not in response.text
    assert first(HTMLParser(response.text), "form.archiver-search input[name=_search]"
                 ).attributes["value"] == query


def test_q_is_a_search_and_every_search_offers_its_orders(client: Client) -> None:
    """``?q=`` searches (it fell through to a column filter); a query typed without accents
    offers newest first and relevance (it offered no order at all), an accented one all
    three, apart (they ran together: 'newest firstrelevance')."""
    assert hit_ids(page(client, q="dang uy khoi")) == hit_ids(page(client, _search="dang uy khoi"))
    orders = {False: text(first(page(client, _search="dang uy khoi"), ".archiver-order")),
              True: text(first(page(client, _search="Đảng"), ".archiver-order"))}
    assert orders[False] == "· order: newest first · relevance"
    assert orders[True] == ("· order: spelled as typed first, then newest · newest first · "
                            "relevance")
    tree = page(client, _search="dang", _order="relevance")
    assert text(first(tree, ".archiver-order strong")) == "relevance"
    link = first(tree, ".archiver-order a")
    assert text(link) == "newest first" and "_order=newest" in str(link.attributes["href"])
    assert page(client).css_first(".archiver-order") is None    # no query, no order


def test_the_database_page_lists_what_analysts_read_not_the_machinery(client: Client) -> None:
    """Tables are listed by name: the near-duplicate signatures (``article_lsh``,
    ``article_minhash``) came before the articles; they are hidden tables now, with the
    search indexes."""
    tree = page(client, "/luu_tru")
    listed = [text(a) for a in tree.css("h3 a")]
    assert listed[:3] == ["article_urls", "article_versions", "articles"]
    assert not {"article_lsh", "article_minhash", "articles_fts"} & set(listed)
    assert "article_lsh" in client.get("/luu_tru/article_lsh").text   # still reachable


# -- the article page -------------------------------------------------------------------------

def test_the_article_page_reads_like_the_article(client: Client,
                                                 archive: tuple[Path, dict[str, int]]) -> None:
    ids = archive[1]
    tree = page(client, f"/luu_tru/articles/{ids['tong_ket']}")
    article = first(tree, "article.archiver-article")
    assert text(first(article, "h1")) == "Đảng ủy Khối tổng kết năm 2024"
    assert text(first(article, ".dateline")) == "20/12/2024 09:00"
    assert text(first(article, ".byline")) == "Nguyễn Văn Hùng — Ban Tuyên giáo Tỉnh ủy"
    assert text(first(article, ".lead")) == LEAD
    paragraphs = [text(p) for p in article.css(".body p")]
    assert paragraphs[0].startswith("Hội nghị đánh giá") and LEAD not in paragraphs
    # every image with its caption right under it
    figures = article.css("figure")
    assert [text(first(f, "figcaption")) for f in figures] == CAPTIONS
    for figure in figures:
        children = [c.tag for c in figure.iter()]
        assert children == ["img", "figcaption"]
    assert [text(t) for t in article.css(".tags span")] == ["Đảng ủy Khối", "tổng kết"]
    assert text(first(article, ".related a")) == "Hội nghị Ban Chấp hành"
    links = {text(a): str(a.attributes["href"]) for a in article.css(".links a")}
    assert links["Original page ↗"] == "https://tinhuy.vn/news/dang-uy-1.html"
    capture = next(v for k, v in links.items() if k.startswith("Archived copy"))
    assert capture == f"/-/capture/luu_tru/{ids['capture']}"
    assert "21/12/2024 00:00 UTC" in next(k for k in links if k.startswith("Archived copy"))
    record = first(tree, "aside.archiver-record")
    # its versions: what changed, when
    versions = record.css(".versions tr")
    assert len(versions) == 2
    assert "first text seen" in text(versions[0])
    changed = text(versions[1])
    assert "title" in changed and "was “Đảng ủy Khối tổng kết”" in changed
    assert "body: +0 / −3 words" in changed   # "và phương hướng" was dropped
    assert "current" in changed and "20/12/2024 12:00 →21/12/2024 00:00" in text(versions[0])
    # its captures
    [capture_item] = record.css(".captures li")
    assert "this text" in text(capture_item)
    # its syndicated copy
    copies = record.css(".copies li")
    assert len(copies) == 1 and "baotinh" in text(copies[0])
    assert str(first(copies[0], "a").attributes["href"]) == f"/luu_tru/articles/{ids['copy']}"


def test_an_unknown_article_is_404_and_its_row_page_stays(client: Client,
                                                         archive: tuple[Path, dict[str, int]]
                                                         ) -> None:
    assert client.get("/luu_tru/articles/999999").status_code == 404
    row = client.get(f"/luu_tru/articles/{archive[1]['lua']}", _view="row")
    assert row.status_code == 200 and "archiver-article" not in row.text
    data = client.get(f"/luu_tru/articles/{archive[1]['lua']}.json", _shape="array").json()
    assert data[0]["title"] == "Thu hoạch lúa mùa"


def test_the_capture_page_wears_its_banner(client: Client,
                                           archive: tuple[Path, dict[str, int]]) -> None:
    capture = archive[1]["capture"]
    response = client.get(f"/-/capture/luu_tru/{capture}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == "sandbox"
    tree = HTMLParser(response.text)
    body = tree.body
    assert body is not None and body.child is not None
    banner = body.child
    assert banner.attributes.get("id") == "archiver-banner"
    words = text(banner)
    assert "Archived copy (bản lưu trữ) of https://tinhuy.vn/news/dang-uy-1.html" in words
    assert "fetched at 2024-12-21 00:00:00 UTC (HTTP 200)" in words
    links = {text(a): str(a.attributes["href"]) for a in banner.css("a")}
    assert links["the article in the archive"] == f"/luu_tru/articles/{archive[1]['tong_ket']}"
    assert text(first(tree, "h1")) == "Đảng ủy Khối tổng kết năm 2024"   # the page itself
    raw = client.get(f"/-/capture/luu_tru/{capture}", raw="1")
    assert raw.content == PAGE_HTML.encode("utf-8")


def test_the_banner_speaks_the_pages_charset() -> None:
    from archiver.datasette_plugins.capture_banner import _insert, banner_html

    banner = banner_html("http://x.vn/a", "2024-01-02T03:04:05Z", 200, [])
    page_bytes = "<HTML><BODY class=x>Tin tức</BODY></HTML>".encode()
    out = _insert(page_bytes, banner.encode("cp1258", "xmlcharrefreplace"))
    assert out.startswith(b"<HTML><BODY class=x><div id=\"archiver-banner\"")
    assert out.endswith("Tin tức</BODY></HTML>".encode())
    assert "bản lưu trữ".encode("cp1258", "xmlcharrefreplace") in out
    assert b"b&#7843;n" in out   # what cp1258 lacks, as a character reference


# -- Datasette's own pages --------------------------------------------------------------------

def test_the_table_view_hides_internal_columns_and_searches_with_accents(
        client: Client, archive: tuple[Path, dict[str, int]]) -> None:
    html = client.get("/luu_tru/articles", _view="table").text
    tree = HTMLParser(html)
    headers = [str(th.attributes.get("data-column"))
               for th in tree.css("table.rows-and-columns th")]
    assert {"title", "published_at", "author", "author_unit", "category"} <= set(headers)
    assert not {"fold_body", "fts_body", "sort_key", "body"} & set(headers)
    for query in ("Đảng ủy Khối", "hoà bình", '"Ban Thường vụ"'):
        rows = client.get("/luu_tru/articles.json", _search=query, _shape="array").json()
        assert {r["id"] for r in rows} == {h.id for h in search(archive[0], query, limit=99)}
    searched = client.get("/luu_tru/articles", _search="Đảng ủy Khối", _view="table")
    assert searched.status_code == 200 and "Đảng ủy Khối tổng kết năm 2024" in searched.text
    assert client.get("/luu_tru/articles.json", _search='"bad').status_code == 400


def test_canned_searches_read_the_query_language_and_mark_accented_hits(client: Client) -> None:
    rows = client.get("/luu_tru/search_folded.json", q="dang uy khoi", _shape="array").json()
    assert len(rows) == 2 and "<mark>Đảng</mark> <mark>ủy</mark> <mark>Khối</mark>" in rows[0][
        "snippet"]
    html = client.get("/luu_tru/search_folded", q="Đảng ủy").text
    assert "<mark>Đảng</mark>" in html and "&lt;mark&gt;" not in html
    exact = client.get("/luu_tru/search_exact.json", q="hòa bình", _shape="array").json()
    assert {r["title"] for r in exact} >= {"Giữ gìn hoà bình ở khu dân cư"}
    started = time.perf_counter()
    refused = client.get("/luu_tru/search_folded.json", q="dang " * 1000)
    assert refused.status_code == 400 and "query too long" in refused.json()["error"]
    assert time.perf_counter() - started < 1.0


def test_a_snippet_cell_cannot_carry_other_markup() -> None:
    from archiver.datasette_plugins.archiver_pages import marked

    assert str(marked("<script>x</script> <mark>Đảng</mark>")) == (
        "&lt;script&gt;x&lt;/script&gt; <mark>Đảng</mark>")


def test_plain_datasette_gets_the_pages_through_the_entry_point(
        archive: tuple[Path, dict[str, int]]) -> None:
    plain = Client(archive[0], with_metadata=False)
    try:
        plugins = plain.get("/-/plugins.json").json()
        hooks = {h for p in plugins for h in p["hooks"]}
        assert {"asgi_wrapper", "filters_from_request", "register_routes",
                "register_facet_classes"} <= hooks
        tree = HTMLParser(plain.get("/luu_tru/articles", _search="Đảng ủy Khối").text)
        assert len(hit_ids(tree)) == 2
        assert plain.get("/luu_tru/articles.json", _search="Đảng",
                         _shape="array").status_code == 200
    finally:
        plain.close()


def test_a_database_that_is_not_an_archive_keeps_datasettes_pages(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table articles (id integer primary key, title text)")
    conn.execute("insert into articles values (1, 'hello')")
    conn.commit()
    conn.close()
    plain = Client(other, with_metadata=False)
    try:
        html = plain.get("/other/articles").text
        assert "archiver-list" not in html and "hello" in html
        assert "archiver-article" not in plain.get("/other/articles/1").text
    finally:
        plain.close()


def test_html_responses_escape_what_the_archive_holds(tmp_path: Path) -> None:
    from archiver.models import Article
    from archiver.store import Archive

    path = tmp_path / "xss.db"
    archive = Archive(path)
    archive.upsert(Article(url="https://x.vn/1", title="<script>alert(1)</script> Đảng",
                           published_at="2024-01-01", body="<img src=x onerror=alert(1)> Đảng"),
                   site="x", seen_at="2024-01-02T00:00:00Z")
    archive.close()
    plain = Client(path, with_metadata=False)
    try:
        for html in (plain.get("/xss/articles", _search="dang").text,
                     plain.get("/xss/articles/1").text):
            assert "<script>alert" not in html and "<img src=x" not in html
            assert re.search(r"&lt;script&gt;alert\(1\)&lt;/script&gt;", html)
    finally:
        plain.close()
