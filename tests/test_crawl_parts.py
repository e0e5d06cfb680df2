"""The crawler's parts on their own, without sockets: response triage, the robots policy,
the page writer, and the one door into extraction."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import httpx
import pytest

from archiver.clock import FakeClock
from archiver.config import CrawlSettings, parse_sources
from archiver.crawl import CrawlOptions, crawl
from archiver.crawl.frontier import Frontier, QueuedURL
from archiver.crawl.report import SiteRun
from archiver.crawl.robots import RobotsPolicy
from archiver.crawl.runs import RunLog
from archiver.crawl.triage import Verdict, canonical_target, classify
from archiver.crawl.writer import PageWriter
from archiver.extract import extract, extract_page
from archiver.fetch import Fetcher
from archiver.models import Article, RawResponse
from archiver.politeness import HostGate
from archiver.store import Archive, LoadItem, open_archive

SITE = parse_sources('''
[[site]]
name = "tn"
title = "Tỉnh ủy"
province = "Thái Nguyên"
base_url = "http://tinhuy.vn/"
start_urls = ["http://tinhuy.vn/tin-tuc/"]
profile = "auto"
''')[0]


def raw(status: int, url: str = "http://tinhuy.vn/tin-tuc/bai-viet-123.html",
        body: bytes = b"<html><body>x</body></html>") -> RawResponse:
    return RawResponse(url=url, status=status, headers={"Content-Type": "text/html"},
                       body=body, fetched_at="2026-12-05T00:00:00Z")


def _refresh_to(target: str) -> bytes:
    return (f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head>'
            "<body><p>Đang chuyển…</p></body></html>").encode()


def _with_refresh(value: str, body: bytes = b"<html><body>\xc4\x90ang t\xe1\xba\xa3i\xe2\x80\xa6"
                  b"</body></html>") -> RawResponse:
    return RawResponse(url="http://tinhuy.vn/dem-luot-xem.php?id=124", status=200,
                       headers={"Content-Type": "text/html", "Refresh": value}, body=body,
                       fetched_at="2026-12-05T00:00:00Z")


def item(kind: str = "article", parent: str | None = None,
         url: str = "http://tinhuy.vn/tin-tuc/bai-viet-123.html") -> QueuedURL:
    return QueuedURL(url=url, site="tn", kind=kind, depth=0, parent=parent)  # type: ignore[arg-type]


# -- triage ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("response", "queued", "archived", "verdict"), [
    (raw(304), item(), False, Verdict("not_modified")),
    (raw(404), item(), True, Verdict("withdrawn", "HTTP 404")),
    (raw(410), item(), True, Verdict("withdrawn", "HTTP 410")),
    (raw(404), item(), False, Verdict("failed", "HTTP 404")),       # never archived: a failure
    (raw(200, "http://tinhuy.vn/"), item(), True,
     Verdict("withdrawn", "redirected to the home page (http://tinhuy.vn/)")),
    (raw(200, "http://tinhuy.vn/"), item(), False,
     Verdict("failed", "redirected to the home page (http://tinhuy.vn/)")),
    (raw(404, "http://tinhuy.vn/sitemap.xml"), item("sitemap", "robots.txt"), False,
     Verdict("skipped", "HTTP 404 (listed in robots.txt)")),
    (raw(404, "http://tinhuy.vn/sitemap.xml"), item("sitemap"), False,
     Verdict("failed", "HTTP 404")),
    (raw(500), item("listing"), False, Verdict("failed", "HTTP 500")),
    (raw(200), item(), False, Verdict("article")),
    (raw(200), item("listing"), False, Verdict("listing")),
    (raw(200), item("feed"), False, Verdict("feed")),
    (raw(200), item("sitemap"), False, Verdict("sitemap")),
    # a redirect written as a page: to a page of the site; elsewhere it is just a page
    (raw(200, "http://tinhuy.vn/", _refresh_to("/portal/")), item("listing"), False,
     Verdict("refresh", "meta refresh to http://tinhuy.vn/portal/", "http://tinhuy.vn/portal/")),
    (raw(200, body=_refresh_to("/tin-tuc/bai-viet-124.html")), item(), False,
     Verdict("refresh", "meta refresh to http://tinhuy.vn/tin-tuc/bai-viet-124.html",
             "http://tinhuy.vn/tin-tuc/bai-viet-124.html")),
    (raw(200, "http://tinhuy.vn/", _refresh_to("http://other.vn/")), item("listing"), False,
     Verdict("listing")),
    # an HTTP Refresh header on a stub (a view counter sending readers on to the article)
    (_with_refresh("0; url=/tin-tuc/bai-viet-124.html"), item(), False,
     Verdict("refresh", "meta refresh to http://tinhuy.vn/tin-tuc/bai-viet-124.html",
             "http://tinhuy.vn/tin-tuc/bai-viet-124.html")),
    # … never on a page of its own that reloads itself now and then
    (_with_refresh("300", b"<html><body>" + b"<p>Tin.</p>" * 200 + b"</body></html>"), item(),
     False, Verdict("article")),
])
def test_triage(response: RawResponse, queued: QueuedURL, archived: bool,
                verdict: Verdict) -> None:
    asked: list[str] = []

    def is_archived(url: str) -> bool:
        asked.append(url)
        return archived

    assert classify(response, queued, SITE, is_archived) == verdict
    if response.status == 200 and queued.kind != "article":
        assert not asked   # the archive is asked only when a withdrawal is possible


@pytest.mark.parametrize(("href", "expected"), [
    ("http://tinhuy.vn/tin-tuc/bai-viet-123.html", "http://tinhuy.vn/tin-tuc/bai-viet-123.html"),
    ("https://tinhuy.vn/tin-tuc/bai-viet-123.html?utm_source=fb",
     "http://tinhuy.vn/tin-tuc/bai-viet-123.html"),                # the site's scheme, no tracking
    ("http://tinhuy.vn/", None),                                    # the home page
    ("http://tinhuy.vn/default.aspx", None),
    ("http://other.vn/tin-tuc/bai-viet-123.html", None),            # out of scope
    ("http://tinhuy.vn/lich/2024/03/", None),                       # a trap
    (None, None),
])
def test_canonical_target(href: str | None, expected: str | None) -> None:
    assert canonical_target(href, SITE) == expected


# -- a site's own headers ---------------------------------------------------------------------
def test_a_site_s_headers_go_to_its_hosts_only_redirects_included() -> None:
    """A site's ``headers`` (a firewall's clearance cookie) are sent with every request to
    its hosts, redirect hops too, and never to another host."""
    sent: dict[str, str | None] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        sent[f"{request.url.host}{request.url.path}"] = request.headers.get("cookie")
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "http://m.tinhuy.vn/new"})
        return httpx.Response(200, text="<p>ok</p>")

    clock = FakeClock()
    gate = HostGate(clock)

    async def main() -> None:
        async with Fetcher(CrawlSettings(max_attempts=1), gate, clock,
                           httpx.MockTransport(handler)) as fetcher:
            fetcher.add_headers({"tinhuy.vn", "m.tinhuy.vn"}, [("Cookie", "vnis=ab12")])
            await fetcher.fetch("http://tinhuy.vn/old")
            await fetcher.fetch("http://other.vn/page")

    asyncio.run(main())
    assert sent == {"tinhuy.vn/old": "vnis=ab12", "m.tinhuy.vn/new": "vnis=ab12",
                    "other.vn/page": None}


# -- robots -----------------------------------------------------------------------------------
def test_robots_is_fetched_once_per_host_by_concurrent_workers() -> None:
    fetched: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(request.url.path)
        await asyncio.sleep(0.01)   # the others arrive while this one is in flight
        return httpx.Response(200, text="User-agent: *\nDisallow: /admin/\nCrawl-delay: 3\n")

    settings = CrawlSettings(max_attempts=1)
    clock = FakeClock()
    gate = HostGate(clock)
    gate.configure("tinhuy.vn", delay=0.0, concurrency=8)

    async def main() -> list[bool]:
        async with Fetcher(settings, gate, clock, httpx.MockTransport(handler)) as fetcher:
            policy = RobotsPolicy(fetcher, settings)
            results = await asyncio.gather(*(policy.rules_for(f"http://tinhuy.vn/{i}")
                                             for i in range(8)))
            firsts = [first for _, first in results]
            assert sum(firsts) == 1
            return [robots.rules.allowed(u) for (robots, _), u in zip(
                results, ["http://tinhuy.vn/admin/x", *["http://tinhuy.vn/a"] * 7],
                strict=True)]

    allowed = asyncio.run(main())
    assert fetched == ["/robots.txt"]
    assert allowed == [False] + [True] * 7
    assert gate.hosts["tinhuy.vn"].delay == 3.0   # Crawl-delay raised the host's delay



def _meeting_page(n: str) -> str:
    """An article page of the crawl tests' small sites: meeting number ``n``."""
    return (f"<html><head><title>Hội nghị lần thứ {n}</title></head><body><article>"
            f"<h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n}</h1><div class='content'>"
            + "<p>Sáng 15/11, Ban Chấp hành Đảng bộ tỉnh họp bàn công tác cán bộ.</p>" * 5
            + "</div></article></body></html>")

def _portal(request: httpx.Request) -> httpx.Response:
    """A portal whose root is a meta refresh into its directory, whose links are relative to
    a ``<base href>``, and whose section pages on in an HTTP ``Link`` header only."""
    path, page = request.url.path, request.url.params.get("page")
    html = {"Content-Type": "text/html; charset=utf-8"}

    def story(n: int) -> str:
        return (f'<div class="item"><a href="tin-tuc/{n}-hoi-nghi-ban-chap-hanh.html">Hội nghị '
                f"Ban Chấp hành Đảng bộ tỉnh lần thứ {n} bàn nhiều việc lớn</a></div>")

    if path == "/":
        return httpx.Response(200, headers=html, content=_refresh_to("/portal/"))
    if path == "/portal/":
        return httpx.Response(200, headers=html, text=(
            '<html><head><base href="http://tinhuy.vn/portal/"></head><body><nav><ul><li>'
            '<a href="chuyen-muc/thoi-su.html">Thời sự</a></li></ul></nav>'
            f"<main>{story(1)}</main></body></html>"))
    if path == "/portal/chuyen-muc/thoi-su.html" and page in (None, "2"):
        more = {"Link": '<http://tinhuy.vn/portal/chuyen-muc/thoi-su.html?page=2>; rel="next"'}
        first = 2 if page is None else 4
        return httpx.Response(200, headers={**html, **({} if page else more)}, text=(
            '<html><head><base href="/portal/"></head><body><main>'
            f"{story(first)}{story(first + 1)}</main></body></html>"))
    found = re.fullmatch(r"/portal/tin-tuc/(\d+)-hoi-nghi-ban-chap-hanh\.html", path)
    if found:
        return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
    return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")


def test_a_refreshing_root_a_base_and_a_link_header_lead_to_every_article(
        tmp_path: Path) -> None:
    site = parse_sources('[[site]]\nname = "vp"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://tinhuy.vn/"\nstart_urls = ["http://tinhuy.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=httpx.MockTransport(_portal))
    conn = sqlite3.connect(tmp_path / "a.db")
    urls = sorted(u for (u,) in conn.execute("select url from articles"))
    conn.close()
    assert urls == [f"http://tinhuy.vn/portal/tin-tuc/{n}-hoi-nghi-ban-chap-hanh.html"
                    for n in range(1, 6)]


# -- the page writer --------------------------------------------------------------------------
def test_a_page_that_rolls_back_takes_its_article_and_nothing_else(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    frontier, archive = Frontier(db), Archive(db)
    run_id = RunLog(db.conn).start(["tn"])
    writer = PageWriter(db.conn, frontier, archive, run_id=lambda: run_id,
                        attempts=lambda url: 1)
    run = SiteRun(SITE)
    good = Article(url="http://tinhuy.vn/a-1.html", title="Hội nghị", body="Nội dung một.")
    bad = Article(url="http://tinhuy.vn/b-2.html", title="Kiểm tra", body="Nội dung hai.")
    for article in (good, bad):
        frontier.enqueue(article.url, site="tn", kind="article", depth=0, run_id=run_id)
    with writer.article_page(LoadItem(good, "tn", "2026-12-05T00:00:00Z"), run,
                             item(url=good.url)):
        frontier.complete(good.url)
    with pytest.raises(ValueError, match="boom"), writer.article_page(
            LoadItem(bad, "tn", "2026-12-05T00:00:00Z"), run, item(url=bad.url)):
        frontier.complete(bad.url)
        raise ValueError("boom")
    writer.commit()
    assert [r[0] for r in db.execute("select url from articles")] == [good.url]
    assert frontier.state_of(good.url) == "done"
    assert frontier.state_of(bad.url) == "queued"    # rolled back: fetched again next time
    assert run.counts["new"] == 1


# -- one door into extraction -------------------------------------------------------------------
GOLDEN = sorted((Path(__file__).parent / "golden").glob("*/*.html"))


@pytest.mark.parametrize("page", GOLDEN[::3], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_crawl_door_extracts_what_extract_does(page: Path) -> None:
    """What the crawler and ``reextract`` get (``extract_page``) is what ``archiver extract``
    prints for the same bytes."""
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    body = page.read_bytes()
    door = extract_page(body, record["url"], "auto", record.get("content_type"))
    assert door.article.to_json() == extract(body, record["url"], "auto",
                                             record.get("content_type")).to_json()


# -- a category tree, walked as sections however deep; a site in a directory ------------------
#: category -> its sub-categories, in three forms: nested paths (Joomla), one flat folder
#: (VNPT, NukeViet), a category id (SharePoint)
TREES = {
    "nested": {"tin-tuc": ["tin-tuc/trong-tinh", "tin-tuc/trong-nuoc"],
               "tin-tuc/trong-tinh": ["tin-tuc/trong-tinh/thoi-su", "tin-tuc/trong-tinh/co-so"]},
    "flat": {"chuyen-muc/tin-tuc.aspx": ["chuyen-muc/trong-tinh.aspx",
                                          "chuyen-muc/trong-nuoc.aspx"],
             "chuyen-muc/trong-tinh.aspx": ["chuyen-muc/thoi-su.aspx", "chuyen-muc/co-so.aspx"]},
    "id": {"Pages/tin-tuc.aspx?CategoryId=1": ["Pages/tin-tuc.aspx?CategoryId=2",
                                               "Pages/tin-tuc.aspx?CategoryId=3"],
           "Pages/tin-tuc.aspx?CategoryId=2": ["Pages/tin-tuc.aspx?CategoryId=4",
                                               "Pages/tin-tuc.aspx?CategoryId=5"]},
}


def _tree_portal(tree: dict[str, list[str]], home: str,
                 asked: list[str]) -> httpx.MockTransport:
    """A portal at ``home`` whose menu links the tree's root only: a parent category lists
    its sub-categories (a heading and its newest item each, no pager); each leaf lists two
    items of its own. Its top bar links another agency's section beside it and today's
    e-paper page (whose ‹ › walk the days)."""
    root = next(iter(tree))
    leaves = [c for subs in tree.values() for c in subs if c not in tree]
    html = {"Content-Type": "text/html; charset=utf-8"}

    def story(n: int) -> str:
        return (f'<li><a href="{home}tin/{n}-hoi-nghi-ban-chap-hanh.html">Hội nghị Ban Chấp '
                f"hành Đảng bộ tỉnh lần thứ {n} bàn nhiều việc lớn</a></li>")

    def page(main: str) -> httpx.Response:
        return httpx.Response(200, headers=html, text=(
            '<html><body><div class="top"><a href="/ubnd/">UBND tỉnh</a> '
            '<a href="/bao-in/2024-11-16.html">Báo in hôm nay</a></div>'
            f'<ul class="menu"><li><a href="{home}{root}">Tin tức</a></li></ul>'
            f"<main>{main}</main></body></html>"))

    def handler(request: httpx.Request) -> httpx.Response:
        target = request.url.raw_path.decode()
        asked.append(target)
        here = target[len(home):] if target.startswith(home) else None
        if target == home:
            return page(f"<ul>{story(0)}</ul>")
        if here in tree:
            return page("".join(
                f'<div class="sub-cat"><h2><a href="{home}{sub}">Chuyên mục {i}</a></h2>'
                f"<ul>{story(10 * leaves.index(sub) + 1 if sub in leaves else 0)}</ul></div>"
                for i, sub in enumerate(tree[here])))
        if here in leaves:
            first = 10 * leaves.index(here) + 1
            return page(f"<ul>{story(first)}{story(first + 1)}</ul>")
        if target.startswith(("/ubnd/", "/bao-in/")):
            return page(f"<ul>{story(99)}</ul>")
        found = re.search(r"/tin/(\d+)-hoi-nghi", target)
        if found:
            return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
        return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("home", ["/", "/tinhuy/"])
@pytest.mark.parametrize("form", list(TREES))
def test_a_category_tree_is_walked_whole_and_a_directory_site_stays_inside(
        tmp_path: Path, form: str, home: str) -> None:
    asked: list[str] = []
    site = parse_sources(
        '[[site]]\nname = "ct"\ntitle = "x"\nprovince = "x"\n'
        f'base_url = "http://tinhuy.vn{home}"\nstart_urls = ["http://tinhuy.vn{home}"]\n'
        'profile = "auto"\ndelay = 0.0\n')
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=_tree_portal(TREES[form], home, asked))
    conn = sqlite3.connect(tmp_path / "a.db")
    got = sorted(int(re.search(r"/tin/(\d+)-", u).group(1))  # type: ignore[union-attr]
                 for (u,) in conn.execute("select url from articles"))
    conn.close()
    assert got == [0, 1, 2, 11, 12, 21, 22]     # the leaves three levels down, each item
    assert not [p for p in asked if p.startswith("/bao-in/")]   # an e-paper's days
    if home != "/":     # another agency's section on the same host: out of its scope
        assert not [p for p in asked if p.startswith("/ubnd/")]


@pytest.mark.parametrize(("base", "url", "inside"), [
    ("http://tinh.vn/tinhuy/", "http://tinh.vn/tinhuy/Pages/tin-tuc.aspx?CategoryId=2", True),
    ("http://tinh.vn/tinhuy/", "https://tinh.vn/TinHuy/Pages/default.aspx", True),  # IIS
    ("http://tinh.vn/tinhuy/", "http://tinh.vn/ubnd/", False),
    ("http://tinh.vn/tinhuy/", "http://tinh.vn/", False),
    ("http://tinh.vn/", "http://tinh.vn/ubnd/", True),
    ("http://tinh.vn/Default.aspx", "http://tinh.vn/ubnd/", True),
])
def test_a_site_s_directory(base: str, url: str, inside: bool) -> None:
    site = parse_sources(f'[[site]]\nname = "d"\ntitle = "x"\nprovince = "x"\n'
                         f'base_url = "{base}"\nstart_urls = ["{base}"]\nprofile = "auto"\n')[0]
    assert site.in_directory(url) is inside


def test_sub_sections_spend_the_listing_budget(tmp_path: Path) -> None:
    site = parse_sources(
        '[[site]]\nname = "ct"\ntitle = "x"\nprovince = "x"\nbase_url = "http://tinhuy.vn/"\n'
        'start_urls = ["http://tinhuy.vn/"]\nprofile = "auto"\ndelay = 0.0\n'
        "max_listing_pages = 1\n")
    asked: list[str] = []
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=_tree_portal(TREES["nested"], "/", asked))
    # the home's section is walked; one sub-section of it, no more
    assert [p for p in asked if p.startswith("/tin-tuc")] == ["/tin-tuc", "/tin-tuc/trong-tinh"]


# -- an article split over pages ---------------------------------------------------------------
_PART_TEXT = {
    1: ["Sáng 15/11, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị chuyên đề về công tác kiểm tra, "
        "giám sát đối với tổ chức đảng và đảng viên ở cơ sở."],
    2: ["Thứ hai, cấp ủy các cấp tăng cường kiểm tra việc thực hiện nghị quyết ở chi bộ, nhất "
        "là các chi bộ ấp, khu phố còn nhiều khó khăn."],
    3: ["Thứ ba, nâng cao chất lượng đội ngũ cán bộ làm công tác kiểm tra, bảo đảm đủ số lượng "
        "và vững bản lĩnh chính trị."],
}
_SLUG = "/tin-tuc/kinh-nghiem-kiem-tra-giam-sat-o-co-so-1201.html"


def _parts_portal(request: httpx.Request) -> httpx.Response:
    """A portal with two articles: one split over three pages ("Trang: 1 2 3", "Xem toàn
    bài" beside them), one whose second page answers 500; and a robots.txt."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    path, page = request.url.path, request.url.params.get("trang")
    if path == "/robots.txt":
        return httpx.Response(200, text="User-agent: *\nAllow: /\n")
    if path == "/":
        return httpx.Response(200, headers=html, text=(
            "<html><body><main>"
            f'<div class="item"><a href="{_SLUG}">Kinh nghiệm kiểm tra, giám sát ở cơ sở: '
            "những cách làm hay</a></div>"
            '<div class="item"><a href="/tin-tuc/hoi-nghi-tong-ket-cong-tac-dang-1202.html">'
            "Hội nghị tổng kết công tác đảng năm 2024 của Đảng ủy Khối</a></div>"
            '<div class="item"><a href="/tin-tuc/trang-hai-chuyen-sang-bai-khac-1203.html">'
            "Trang hai của bài này chuyển sang một bài viết khác hẳn</a></div>"
            "</main></body></html>"))
    number = int(page) if page and page.isdigit() else 1
    if path == _SLUG and number in _PART_TEXT:
        pager = "".join(f'<a href="{_SLUG}?trang={n}">{n}</a> ' if n != number else
                        f"<strong>{n}</strong> " for n in _PART_TEXT)
        return httpx.Response(200, headers=html, text=(
            "<html><body><article><h1>Kinh nghiệm kiểm tra, giám sát ở cơ sở: những cách "
            "làm hay</h1><div class='date'>15/11/2024 08:30</div><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in _PART_TEXT[number])
            + ("<p style='text-align:right'><b>Minh Anh</b></p>" if number == 3 else "")
            + f"</div><div class='article-pages'>Trang: {pager}<a href='{_SLUG}?trang=tatca'>"
            "Xem toàn bài</a></div></article></body></html>"))
    if path == "/tin-tuc/hoi-nghi-tong-ket-cong-tac-dang-1202.html":
        if page == "2":
            return httpx.Response(500, headers=html, text="<html><body>Lỗi</body></html>")
        return httpx.Response(200, headers=html, text=(
            "<html><body><article><h1>Hội nghị tổng kết công tác đảng năm 2024 của Đảng ủy "
            "Khối</h1><div class='date'>16/11/2024 09:00</div><div class='content'><p>Chiều "
            "16/11, Đảng ủy Khối tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.</p>"
            "</div><div class='pages'>Trang: <strong>1</strong> <a href='/tin-tuc/hoi-nghi-"
            "tong-ket-cong-tac-dang-1202.html?trang=2'>2</a></div></article></body></html>"))
    if path == "/tin-tuc/trang-hai-chuyen-sang-bai-khac-1203.html":
        if page == "2":   # its second page moved: a redirect to another article
            return httpx.Response(302, headers={"Location": "/tin-tuc/bai-khac-1300.html"})
        return httpx.Response(200, headers=html, text=(
            "<html><body><article><h1>Trang hai của bài này chuyển sang một bài viết khác "
            "hẳn</h1><div class='date'>17/11/2024 09:00</div><div class='content'>"
            + "".join(f"<p>{p}</p>" for n in (1, 2) for p in _PART_TEXT[n]) + "</div>"
            "<div class='pages'>Trang: <a href='/tin-tuc/trang-hai-chuyen-sang-bai-khac-1203"
            ".html?trang=2'>2</a></div></article></body></html>"))
    if path == "/tin-tuc/bai-khac-1300.html":
        return httpx.Response(200, headers=html, text=(
            "<html><body><article><h1>Một bài viết khác hẳn</h1><div class='content'><p>VĂN "
            "BẢN CỦA BÀI KHÁC không thuộc bài viết nào ở trên cả.</p></div></article>"
            "</body></html>"))
    return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")


def test_an_article_split_over_pages_is_stored_whole_and_once(tmp_path: Path) -> None:
    """Its further pages are fetched with it and their text joined to the first page's, in
    order, each paragraph once; they are no rows of their own; a page that fails is named
    in the run's notes; ``reextract`` rebuilds the same whole text from the captures."""
    from archiver.reextract import reextract

    site = parse_sources('[[site]]\nname = "ubkt"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://ubkt.vn/"\nstart_urls = ["http://ubkt.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    report = crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
                   clock=FakeClock(), transport=httpx.MockTransport(_parts_portal))
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = dict(conn.execute("select url, body from articles").fetchall())
    parts = sorted(u for (u,) in conn.execute("select url from urls where kind = 'part'"))
    conn.close()
    assert len(rows) == 3
    whole = rows["http://ubkt.vn" + _SLUG]
    assert whole.split("\n\n") == [p for n in sorted(_PART_TEXT) for p in _PART_TEXT[n]]
    assert parts == [f"http://ubkt.vn{_SLUG}?trang={n}" for n in (2, 3)]
    # the writer's name closing the last page is the article's
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select author from articles where url like ?",
                        [f"%{_SLUG}"]).fetchone() == ("Minh Anh",)
    conn.close()
    # a page that fails, or moved to another article, is named; nothing of another is added
    assert "BÀI KHÁC" not in rows["http://ubkt.vn/tin-tuc/trang-hai-chuyen-sang-bai-khac-1203.html"]
    notes = " ".join(report.notes["ubkt"])
    assert "3 further page(s) of articles" in notes or "2 further page(s) of articles" in notes
    assert "1202.html?trang=2" in notes
    reextract(tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    again = dict(conn.execute("select url, body from articles").fetchall())
    conn.close()
    assert again == rows


def test_the_further_pages_an_article_links(tmp_path: Path) -> None:
    """Links to the article's own address with a page number, in order, once; not the
    page's own number or the first, another article's pages, or a listing's pager."""
    url = "http://ubkt.vn/tin-tuc/kinh-nghiem-kiem-tra-giam-sat-o-co-so-1201.html"
    body = ('<html><body><article><h1>Kinh nghiệm</h1><p>' + "Nội dung bài viết. " * 20
            + f'</p><div>Trang: <a href="{url}?trang=1">1</a> <a href="{url}?trang=3">3</a> '
            f'<a href="{url}?trang=2">2</a> <a href="{url}?trang=2">Trang tiếp</a> '
            '<a href="/tin-tuc/bai-khac-1300.html?trang=2">Bài khác</a> '
            '<a href="/tin-tuc/?page=2">Tin tức</a></div></article></body></html>').encode()
    assert extract_page(body, url).parts == (f"{url}?trang=2", f"{url}?trang=3")
    # a further page names the others (a chain of "next" links), not itself nor the first
    assert extract_page(body, f"{url}?trang=2").parts == (f"{url}?trang=3",)
    plain = b"<html><body><article><h1>Tin</h1><p>" + "Nội dung. ".encode() * 30 + b"</p>"
    assert extract_page(plain + b"</article></body></html>", url).parts == ()
    # a copy at another address ("index.php?p=…") naming the article as its canonical: the
    # same further pages (so the copy holds the whole text and is one row with it)
    copy = body.replace(b"<html>", f'<html><head><link rel="canonical" href="{url}"></head>'
                        .encode())
    alias = "http://ubkt.vn/index.php?p=tin-tuc/kinh-nghiem-kiem-tra-giam-sat-o-co-so-1201.html"
    assert extract_page(copy, alias).parts == (f"{url}?trang=2", f"{url}?trang=3")


def test_a_recheck_that_cannot_read_a_further_page_keeps_the_whole_row(
        tmp_path: Path) -> None:
    """Stored whole once; its first page edited, checked again when its third page answers
    503: the row keeps all three pages' text (a partial reading never replaces a whole
    one; the edit waits for a run that reads every page), and the run says which page it
    could not read. A further page is never queued on its own (a pager link naming it)."""
    broken = {"on": False}

    def portal(request: httpx.Request) -> httpx.Response:
        if broken["on"] and request.url.params.get("trang") == "3":
            return httpx.Response(503, text="busy")
        answer = _parts_portal(request)
        if broken["on"] and request.url.path == _SLUG and "trang" not in request.url.params:
            # (its first page edited since: the article is read again, not "unchanged")
            return httpx.Response(200, headers=answer.headers, text=answer.text.replace(
                "</div><div class='article-pages'>", "<p>Bài viết được bổ sung thông tin "
                "về kết quả kiểm tra tại các chi bộ trực thuộc.</p></div><div "
                "class='article-pages'>"))
        return answer

    site = parse_sources('[[site]]\nname = "ubkt"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://ubkt.vn/"\nstart_urls = ["http://ubkt.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    db = tmp_path / "a.db"
    url = "http://ubkt.vn" + _SLUG
    crawl(db, site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=httpx.MockTransport(portal))
    conn = sqlite3.connect(db)
    whole = conn.execute("select body from articles where url = ?", [url]).fetchone()[0]
    conn.close()
    frontier_db = open_archive(db, mode="write")
    frontier = Frontier(frontier_db)
    assert not frontier.enqueue(f"{url}?trang=2", site="ubkt", kind="listing", depth=0,
                                run_id=99, requeue_known=True)
    frontier_db.close()
    broken["on"] = True
    report = crawl(db, site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
                   transport=httpx.MockTransport(portal), options=CrawlOptions(revisit=True))
    conn = sqlite3.connect(db)
    again = conn.execute("select body from articles where url = ?", [url]).fetchone()[0]
    kinds = dict(conn.execute("select url, kind from urls where url like '%trang=%'"))
    conn.close()
    assert again == whole and len(whole.split("\n\n")) == 3
    assert any(note.startswith("3 further page(s)") for note in report.notes["ubkt"]), \
        report.notes   # (page 3 here, and the other two articles' pages as in the first run)
    assert kinds[f"{url}?trang=2"] == "part" and report.status == "completed"


def test_a_site_whose_articles_have_an_unknown_shape_says_so(tmp_path: Path) -> None:
    """Pages read and not one article found (their addresses of a shape archiver does not
    know): the run's notes say so and what to do, rather than ending quietly at zero."""
    def portal(request: httpx.Request) -> httpx.Response:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if request.url.path == "/":
            return httpx.Response(200, headers=html, text="<html><body><main>" + "".join(
                # (names of a few words: no headlines, so no list of items by its shape)
                f'<div><a href="/x/{n}">Hội nghị lần {n}</a></div>'
                for n in range(1, 6)) + "</main></body></html>")
        return httpx.Response(200, headers=html, text=_meeting_page("1"))

    site = parse_sources('[[site]]\nname = "la"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://la.vn/"\nstart_urls = ["http://la.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    report = crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
                   clock=FakeClock(), transport=httpx.MockTransport(portal))
    assert any(note.startswith("no article was found on the 1 page(s) read")
               and "article_url" in note for note in report.notes["la"]), report.notes


# -- requests a page's script makes ----------------------------------------------------------
def _scripted(request: httpx.Request) -> httpx.Response:
    """A portal whose district news is only in a box DNN's Services Framework fills (401
    without its ModuleId / TabId headers) and whose documents only an ASP.NET page method
    gives (a JSON POST), and which sends a failed page to ASP.NET's error page."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    data = {"Content-Type": "application/json; charset=utf-8"}
    path = request.url.path
    if path == "/":
        return httpx.Response(200, headers=html, text=(
            '<html><body><input type="hidden" id="__dnnVariable" value="`{`sf_siteRoot`:`/`,'
            "`sf_tabId`:`55`}\"><div id=\"tcs\"></div><script>jQuery(function ($) { var sf = "
            "$.ServicesFramework(512); $.ajax({url: sf.getServiceRoot('TTS.Box') + \"Tin/Moi\","
            " data: {n: 8}, beforeSend: sf.setModuleHeaders}); });</script>"
            '<a href="#" onclick="tai(2024)">2024</a><script>var PageMethods = function() {};'
            "PageMethods.prototype = {Lay:function(nam,succeededCallback, failedCallback, user"
            "Context) {return this._invoke(this._get_path(), 'Lay',false,{nam:nam},succeeded"
            "Callback,failedCallback,userContext); }}\nPageMethods.set_path(\"/VanBan.aspx\");"
            "\nfunction tai(nam) {\n PageMethods.Lay(nam, f);\n}</script>"
            '<a href="/tin-tuc/9-hoi-nghi-ban-chap-hanh.html">Hội nghị Ban Chấp hành Đảng bộ '
            "tỉnh lần thứ 9 bàn nhiều việc lớn</a></body></html>"))
    if path == "/DesktopModules/TTS.Box/API/Tin/Moi":
        if (request.headers.get("ModuleId"), request.headers.get("TabId")) != ("512", "55"):
            return httpx.Response(401, headers=data, text='{"Message": "denied"}')
        return httpx.Response(200, headers=data, text=json.dumps(
            {"DanhSach": [{"Url": "/tin-tuc/1-hoi-nghi-ban-chap-hanh.html"}]}))
    if path == "/VanBan.aspx/Lay":
        if request.method != "POST" or json.loads(request.content) != {"nam": 2024} or \
                "application/json" not in request.headers.get("content-type", ""):
            return httpx.Response(500, headers=data, text='{"Message": "Invalid"}')
        return httpx.Response(200, headers=data, text=json.dumps(
            {"d": {"DanhSach": [{"Url": "/tin-tuc/2-hoi-nghi-ban-chap-hanh.html"}]}}))
    if path == "/tin-tuc/9-hoi-nghi-ban-chap-hanh.html":
        return httpx.Response(302, headers={"Location": "/Loi.aspx?aspxerrorpath=/tin-tuc/9"})
    if path == "/Loi.aspx":
        return httpx.Response(200, headers=html, text=_meeting_page("lỗi"))
    found = re.fullmatch(r"/tin-tuc/(\d+)-hoi-nghi-ban-chap-hanh\.html", path)
    if found:
        return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
    return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")


def test_a_scripts_requests_are_made_as_it_makes_them(tmp_path: Path) -> None:
    """The Services Framework's GET with its headers and the page method's JSON POST are
    queued (kept across runs in the frontier) and sent as the scripts send them; a page
    answered by ASP.NET's error page is a failed page, not an article."""
    site = parse_sources('[[site]]\nname = "vp"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://tinhuy.vn/"\nstart_urls = ["http://tinhuy.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=httpx.MockTransport(_scripted))
    conn = sqlite3.connect(tmp_path / "a.db")
    urls = sorted(u for (u,) in conn.execute("select url from articles"))
    conn.close()
    assert urls == [f"http://tinhuy.vn/tin-tuc/{n}-hoi-nghi-ban-chap-hanh.html" for n in (1, 2)]


def test_a_redirect_to_aspnets_error_page_is_a_failure() -> None:
    hop = RawResponse(url="http://tinhuy.vn/tin-tuc/a.aspx", status=302, headers={},
                      body=b"", fetched_at="2026-12-07T00:00:00Z")
    raw = RawResponse(url="http://tinhuy.vn/ThongBao.aspx?aspxerrorpath=/tin-tuc/a.aspx",
                      status=200, headers={"content-type": "text/html"}, body=b"<html></html>",
                      fetched_at="2026-12-07T00:00:00Z", hops=(hop,))
    verdict = classify(raw, item(url="http://tinhuy.vn/tin-tuc/a.aspx"), SITE, lambda u: False)
    assert verdict.action == "failed" and "error page" in (verdict.reason or "")


def _td_site(asked: list[str]) -> httpx.MockTransport:
    """A WordPress home whose block pages on only through tagDiv's admin-ajax POSTs, four
    pages of two items each (the fifth answers an empty block)."""
    html = {"Content-Type": "text/html; charset=utf-8"}

    def story(n: int) -> str:
        return (f'<div class="td_module"><h3><a href="/tin-tuc/{n}-hoi-nghi-ban-chap-hanh.html">'
                f"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n} bàn nhiều việc lớn</a></h3>"
                "</div>")

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/":
            return httpx.Response(200, headers=html, text=(
                '<html><head><script>var tdBlockNonce="ab"; var td_ajax_url="http:\\/\\/tinhuy'
                '.vn\\/wp-admin\\/admin-ajax.php";</script></head><body><script>var block_tdi_1'
                ' = new tdBlock();\nblock_tdi_1.id = "tdi_1";\n'
                'block_tdi_1.atts = \'{"limit":"2"}\';\nblock_tdi_1.block_type = "td_block_1";'
                '\nblock_tdi_1.max_num_pages = "4";\n'
                f'</script><div id="tdi_1">{story(1)}{story(2)}</div><a href="#" class="td-ajax-'
                'next-page" data-td_block_id="tdi_1">›</a></body></html>'))
        if path == "/wp-admin/admin-ajax.php":
            form = dict(httpx.QueryParams(request.content.decode()))
            page = int(form["td_current_page"])
            asked.append(form["td_current_page"])
            items = "".join(story(2 * page - 1 + i) for i in range(2)) if page <= 4 else ""
            return httpx.Response(200, headers={"Content-Type": "application/json"},
                                  text=json.dumps({"td_data": items, "td_block_id": "tdi_1"}))
        found = re.fullmatch(r"/tin-tuc/(\d+)-hoi-nghi-ban-chap-hanh\.html", path)
        if found:
            return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
        return httpx.Response(404, headers=html, text="<html><body>x</body></html>")

    return httpx.MockTransport(handler)


def test_a_scripts_paged_requests_are_walked_while_they_show_something_new(
        tmp_path: Path) -> None:
    """tagDiv's block pages: page 2 from the page's script, each page after it while the one
    before showed new articles; the next day's run asks for page 2 only."""
    site = parse_sources('[[site]]\nname = "wp"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://tinhuy.vn/"\nstart_urls = ["http://tinhuy.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    asked: list[str] = []
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=_td_site(asked))
    assert asked == ["2", "3", "4", "5"]
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select count(*) from articles").fetchone() == (8,)
    conn.close()
    asked.clear()
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1),
          clock=FakeClock(), transport=_td_site(asked))
    assert asked == ["2"]


def _deferred_portal(asked: list[str]) -> httpx.MockTransport:
    """A section whose list a script loads into every page (Liferay's deferred portlet):
    the pages themselves show no article, each page's block is its own address."""
    html = {"Content-Type": "text/html; charset=utf-8"}

    def handler(request: httpx.Request) -> httpx.Response:
        path, page = request.url.path, request.url.params.get("cur", "1")
        asked.append(f"{path}?{request.url.query.decode()}")
        if path == "/tin-co-so" and page in ("1", "2", "3"):
            pager = "" if page == "3" else f'<a href="/tin-co-so?cur={int(page) + 1}">Sau</a>'
            pinned = ('<div class="pinned"><a href="/tin/9-dang-bo-xa-to-chuc-hoi-nghi-so-ket-'
                      'cong-tac-xay-dung-dang.html">Đảng bộ xã tổ chức hội nghị sơ kết số 9</a>'
                      "</div>")
            return httpx.Response(200, headers=html, text=(
                f'<html><body>{pinned}<div id="p_box"></div><script>$.ajax({{url: "/c/'
                f'render_portlet", data: {{p_id: "tcs", key: "b{page}e"}}}});</script><div '
                'class="pager">'
                f"{pager}</div></body></html>"))
        if path == "/c/render_portlet":   # (each page's block by a key, no page number)
            cur = int(request.url.params.get("key", "b0e")[1:-1])
            if not 1 <= cur <= 3:
                return httpx.Response(200, headers=html, text="<div>Không có dữ liệu</div>")
            return httpx.Response(200, headers=html, text="".join(
                f'<div class="item"><a href="/tin/{cur * 10 + n}-dang-bo-xa-to-chuc-hoi-nghi-so'
                f'-ket-cong-tac-xay-dung-dang.html">Đảng bộ xã tổ chức hội nghị sơ kết số '
                f"{cur * 10 + n}</a></div>" for n in range(3)))
        found = re.fullmatch(r"/tin/(\d+)-dang-bo-xa.*\.html", path)
        if found:
            return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
        return httpx.Response(404, headers=html, text="<html><body>Không tìm thấy</body></html>")

    return httpx.MockTransport(handler)


def test_a_later_page_whose_list_a_script_loads_is_read(tmp_path: Path) -> None:
    """Page 2 and 3 of a section show only the item pinned on every page and a deferred
    block with their page's list: each is a shell to read, not a repeat of page 1 and the
    listing's end (sites27's Liferay portlet beside its pinned items, missed when the crawl
    reached page 2 before page 1's block)."""
    asked: list[str] = []
    site = parse_sources('[[site]]\nname = "dp"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://tinhuy.vn/"\n'
                         'start_urls = ["http://tinhuy.vn/tin-co-so"]\nprofile = "auto"\n'
                         "delay = 0.0\n")
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=_deferred_portal(asked))
    conn = sqlite3.connect(tmp_path / "a.db")
    got = sorted(int(re.search(r"/tin/(\d+)-", u).group(1))  # type: ignore[union-attr]
                 for (u,) in conn.execute("select url from articles"))
    conn.close()
    assert got == [9, 10, 11, 12, 20, 21, 22, 30, 31, 32], asked


def test_a_menus_items_file_is_read_as_a_listing() -> None:
    """A menu's items file a start page names, served as a script: read for its sections,
    not captured as "not a web page" (any other script still is)."""
    def script(url: str) -> RawResponse:
        return RawResponse(url=url, status=200,
                           headers={"Content-Type": "application/x-javascript"},
                           body=b"var MENU_ITEMS = [['Tin t\\u1ee9c', '/TinTuc.asp?MaCM=1']];",
                           fetched_at="2026-12-05T00:00:00Z")
    menu = "http://tinhuy.vn/js/menu_items.js"
    assert classify(script(menu), item("listing", url=menu), SITE, lambda u: False) == \
        Verdict("listing")
    other = "http://tinhuy.vn/js/menu.js"
    assert classify(script(other), item("listing", url=other), SITE,
                    lambda u: False).action == "not_html"


def _jsf_site(asked: list[str]) -> httpx.MockTransport:
    """sites40: a JSF module whose headlines and pager are command links (Mojarra's
    ``jsfcljs``): each posts the form; a headline is answered by a redirect to its item,
    the pager by the next page. Two pages of three items."""
    html = {"Content-Type": "text/html; charset=utf-8"}

    def page(n: int) -> str:
        links = "".join(
            f'<li><a href="#" onclick="mojarra.jsfcljs(document.getElementById(\'frm\'),'
            f"{{'frm:ds:{i}:lnk':'frm:ds:{i}:lnk'}},'');return false\">Hội nghị Ban Chấp hành "
            f"Đảng bộ tỉnh lần thứ {3 * (n - 1) + i + 1} bàn nhiều việc lớn</a></li>"
            for i in range(3))
        pager = ("<a href=\"#\" onclick=\"mojarra.jsfcljs(document.getElementById('frm'),"
                 "{'frm:sau':'frm:sau'},'');return false\">Trang sau »</a>") if n == 1 else ""
        return (f'<html><body><form id="frm" name="frm" method="post" action="/pctn/ds.xhtml">'
                f'<input type="hidden" name="frm" value="frm"><ul>{links}</ul>{pager}<input '
                f'type="hidden" name="javax.faces.ViewState" value="state{n}"></form>'
                "</body></html>")

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/" or (path == "/pctn/ds.xhtml" and request.method == "GET"):
            return httpx.Response(200, headers=html, text=page(1))
        if path == "/pctn/ds.xhtml":
            form = dict(httpx.QueryParams(request.content.decode()))
            asked.append(next(k for k in form if k.startswith("frm:")))
            shown = int(form["javax.faces.ViewState"][-1])
            if "frm:sau" in form:
                return httpx.Response(200, headers=html, text=page(shown + 1))
            i = int(next(k for k in form if k.startswith("frm:ds:")).split(":")[2])
            return httpx.Response(302, headers={"Location": f"/tin/{3 * (shown - 1) + i + 1}"
                                                            "-hoi-nghi-ban-chap-hanh.html"})
        found = re.fullmatch(r"/tin/(\d+)-hoi-nghi-ban-chap-hanh\.html", path)
        if found:
            return httpx.Response(200, headers=html, text=_meeting_page(found.group(1)))
        return httpx.Response(404, headers=html, text="<html><body>x</body></html>")

    return httpx.MockTransport(handler)


def test_jsf_command_links_reach_their_items_and_pages(tmp_path: Path) -> None:
    site = parse_sources('[[site]]\nname = "jsf"\ntitle = "x"\nprovince = "x"\n'
                         'base_url = "http://tinhuy.vn/"\nstart_urls = ["http://tinhuy.vn/"]\n'
                         'profile = "auto"\ndelay = 0.0\n')
    asked: list[str] = []
    crawl(tmp_path / "a.db", site, settings=CrawlSettings(max_attempts=1), clock=FakeClock(),
          transport=_jsf_site(asked))
    conn = sqlite3.connect(tmp_path / "a.db")
    urls = sorted(u for (u,) in conn.execute("select url from articles"))
    conn.close()
    assert urls == sorted(f"http://tinhuy.vn/tin/{n}-hoi-nghi-ban-chap-hanh.html"
                          for n in range(1, 7))
    assert "frm:sau" in asked
