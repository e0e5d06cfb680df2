"""Replica of duk.langson.gov.vn: a custom ASP.NET WebForms portal (research section 2.5).

URLs: ``/`` home, ``/Default.aspx?siteid=1&c=content&a=list&catid=N[&page=P]`` listings,
``…&a=detail&catid=N&id=M`` details, ``…&a=print…`` print views (disallowed by robots.txt),
``/rss.aspx?catid=N``, ``/sitemap.xml``, ``/Upload/…`` images, ``/Admin/`` (disallowed).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from html import escape
from xml.sax.saxutils import escape as xml_escape

from archiver.replica.corpus import SEED_ID, seed_text
from archiver.replica.site import Catalog, Entry, ReplicaSite, Request, Response, html_page, render

__all__ = ["LangsonSite", "langson_site", "png_bytes"]

CATEGORIES = {
    3: "Hoạt động của các tổ chức Đảng cơ sở",
    5: "Tin tức - Sự kiện",
    7: "Công tác kiểm tra, giám sát",
    9: "Công tác Dân vận",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Default.aspx?*a=print
Disallow: /Search.aspx
"""
BASE = "/Default.aspx?siteid=1&c=content"


def png_bytes(rgb: tuple[int, int, int] = (178, 34, 34)) -> bytes:
    """A valid 2x2 truecolour PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def vn_clock(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, ngày {day:%d/%m/%Y}"


class LangsonSite(ReplicaSite):
    """The offline replica of duk.langson.gov.vn (``make demo`` and most crawl tests).

    Long because it is a whole site: routes, listings and their pagination, sitemap,
    robots.txt, and the edits, withdrawals and additions tests make to it."""

    name = "langson"

    def __init__(self, catalog: Catalog, **kwargs: object) -> None:
        super().__init__(catalog, **kwargs)  # type: ignore[arg-type]
        self.rss = True
        self.crawl_delay: float | None = 2.0   # robots.txt Crawl-delay (None: no line)
        self.sitemap = True

    # paths ------------------------------------------------------------------------------
    def list_path(self, catid: int, page: int | None = None) -> str:
        tail = "" if page is None else f"&page={page}"
        return f"{BASE}&a=list&catid={catid}{tail}"

    def detail_path(self, article_id: int) -> str:
        entry_catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        return f"{BASE}&a=detail&catid={entry_catid}&id={article_id}"

    def print_path(self, catid: int, article_id: int) -> str:
        return f"{BASE}&a=print&catid={catid}&id={article_id}"

    def start_paths(self) -> list[str]:
        return [self.list_path(catid) for catid in CATEGORIES]

    # routing ------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        path, query = request.path, request.query
        if path == "/":
            return Response.html(self.home())
        if path == "/robots.txt":
            delay = f"Crawl-delay: {self.crawl_delay:g}\n" if self.crawl_delay else ""
            sitemap = f"Sitemap: {request.base_url}/sitemap.xml\n" if self.sitemap else ""
            return Response.text(ROBOTS + delay + sitemap)
        if path.lower() == "/default.aspx":
            action = query.get("a", "")
            try:
                catid = int(query.get("catid", "0"))
                article_id = int(query.get("id", "0"))
                page = int(query.get("page", "1"))
            except ValueError:
                return self.not_found()
            if action == "list" and catid in CATEGORIES and page >= 1:
                return self.listing(catid, page)
            if action in ("detail", "print"):
                entry = self.catalog.entry(article_id)
                if entry is None:
                    return self.missing_article(article_id)
                if action == "print":
                    return Response.html(html_page(entry.text.title, self.article_block(entry)))
                return self.article_response(request, entry, self.detail)
            return self.not_found()
        if path.lower() == "/rss.aspx" and self.rss:
            catid = int(query.get("catid", "3")) if query.get("catid", "3").isdigit() else 0
            if catid in CATEGORIES:
                return Response.text(self.feed(catid, request.base_url),
                                     "application/rss+xml; charset=utf-8")
        if path == "/sitemap.xml" and self.sitemap:
            return Response.text(self.sitemap_xml(request.base_url),
                                 "application/xml; charset=utf-8")
        if path.startswith("/Upload/") and path.endswith(".png"):
            return Response(200, png_bytes(), [("Content-Type", "image/png")])
        if path.startswith("/Admin/"):
            return Response.html(html_page("Đăng nhập quản trị", "<form><input name='u'></form>"))
        return self.not_found()

    # page parts --------------------------------------------------------------------------
    def chrome(self, title: str, main: str) -> str:
        menu = "".join(f'<li><a href="{escape(self.list_path(c))}">{escape(n)}</a></li>'
                       for c, n in CATEGORIES.items())
        newest = self.take(self.catalog.live_ids(), 5)
        popular = self.take(self.catalog.live_ids(), 40)[7::6][:5]
        return html_page(title, render(
            "langson.chrome", action=escape(BASE), clock=vn_clock(self.today), menu=menu,
            main=main, newest=self.link_list(newest), popular=self.link_list(popular)))

    @staticmethod
    def take(ids: Iterable[int], n: int) -> list[int]:
        out: list[int] = []
        for article_id in ids:
            if len(out) == n:
                break
            out.append(article_id)
        return out

    def link_list(self, ids: list[int]) -> str:
        items = []
        for article_id in ids:
            entry = self.catalog.entry(article_id)
            if entry is not None:
                items.append(f'<li><a href="{escape(self.detail_path(article_id))}">'
                             f"{escape(entry.text.title)}</a> "
                             f'<span class="date">({entry.published:%d/%m/%Y})</span></li>')
        return f"<ul>{''.join(items)}</ul>"

    def home(self) -> str:
        latest = self.link_list(self.take(self.catalog.live_ids(), 10))
        return self.chrome("Đảng ủy Khối các cơ quan tỉnh Lạng Sơn",
                           f'<div class="home-news"><h2>Tin mới nhất</h2>{latest}</div>')

    def listing(self, catid: int, page: int) -> Response:
        ids = list(self.catalog.live_ids(catid))
        pages = max(1, -(-len(ids) // self.per_page))
        if page > pages:
            return self.not_found()
        items = []
        for article_id in ids[(page - 1) * self.per_page: page * self.per_page]:
            entry = self.catalog.entry(article_id)
            assert entry is not None
            summary = entry.text.paragraphs[0][:160].rsplit(" ", 1)[0] + "…"
            items.append(render(
                "langson.item", href=escape(self.detail_path(article_id)),
                img=f"/Upload/{entry.published:%Y/%m}/{article_id}_0.png",
                title=escape(entry.text.title), date=f"{entry.published:%d/%m/%Y}",
                summary=escape(summary), print=escape(self.print_path(catid, article_id))))
        pager = []
        if page > 1:
            pager.append(f'<a href="{escape(self.list_path(catid, 1))}">Trang đầu</a>')
            pager.append(f'<a href="{escape(self.list_path(catid, page - 1))}">Trang trước</a>')
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            pager.append(f'<span class="current">{p}</span>' if p == page else
                         f'<a href="{escape(self.list_path(catid, p))}">{p}</a>')
        if page < pages:
            pager.append(f'<a href="{escape(self.list_path(catid, page + 1))}">Trang sau</a>')
            pager.append(f'<a href="{escape(self.list_path(catid, pages))}">»</a>')
        main = render("langson.listing", href=escape(self.list_path(catid)),
                      category=escape(CATEGORIES[catid]), count=len(ids), items="\n".join(items),
                      pager=" ".join(pager))
        return Response.html(self.chrome(CATEGORIES[catid], main))

    def article_block(self, entry: Entry) -> str:
        text = entry.text
        parts = []
        indent = "&nbsp;" * 4
        for index, para in enumerate(text.paragraphs):
            parts.append(f'<p style="text-align: justify;">{indent}{escape(para)}</p>')
            if index == text.image_after:
                for k, (first, second) in enumerate(text.captions):
                    src = f"/Upload/{entry.published:%Y/%m}/{entry.id}_{k + 1}.png"
                    parts.append(render("langson.image", src=src, first=escape(first),
                                        second=escape(second)))
        parts.append(f'<p style="text-align: right;"><strong>{escape(text.author)}, '
                     f"{escape(text.author_unit)}</strong></p>")
        return render("langson.article", title=escape(text.title),
                      stamp=f"{entry.published:%d-%m-%Y %H:%M}",
                      print=escape(self.print_path(entry.catid, entry.id)),
                      content="\n".join(parts))

    def detail(self, entry: Entry) -> str:
        related = [i for i in self.catalog.live_ids(entry.catid) if i < entry.id][:5]
        main = render("langson.detail", href=escape(self.list_path(entry.catid)),
                      category=escape(entry.category), article=self.article_block(entry),
                      related=self.link_list(related))
        return self.chrome(entry.text.title, main)

    def feed(self, catid: int, base: str) -> str:
        items = []
        for article_id in self.take(self.catalog.live_ids(catid), 20):
            entry = self.catalog.entry(article_id)
            assert entry is not None
            items.append(f"<item><title>{xml_escape(entry.text.title)}</title>"
                         f"<link>{xml_escape(base + self.detail_path(article_id))}</link>"
                         f"<pubDate>{entry.published:%a, %d %b %Y %H:%M:00} +0700</pubDate></item>")
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                f"<title>{xml_escape(CATEGORIES[catid])}</title><link>{base}/</link>{''.join(items)}"
                "</channel></rss>\n")

    def sitemap_xml(self, base: str) -> str:
        urls = []
        for article_id in self.catalog.live_ids():
            modified = self.catalog.modified_of(article_id)
            urls.append(f"<url><loc>{xml_escape(base + self.detail_path(article_id))}</loc>"
                        f"<lastmod>{modified:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{''.join(urls)}</urlset>\n")


def langson_site(n_articles: int = 66, *, seed: int = 7, today: date | None = None,
                 validators: bool = True, per_page: int = 10) -> LangsonSite:
    """The main replica: ``n_articles`` articles including the verbatim seed article 2743."""
    category, _, stamp, _ = seed_text()
    anchor = datetime.strptime(stamp, "%d-%m-%Y %H:%M")
    assert CATEGORIES[3] == category
    before = min(n_articles // 2, 600)
    horizon = datetime.combine(today or date.today(), datetime.min.time()) - anchor
    interval = min(timedelta(hours=21), horizon / max(1, n_articles - before))
    interval = timedelta(minutes=max(10, int(interval.total_seconds() // 60)))
    catalog = Catalog(n_articles, seed=seed, categories=CATEGORIES, anchor=anchor,
                      anchor_id=SEED_ID, before=before, interval=interval, verbatim_seed=True)
    return LangsonSite(catalog, today=today, validators=validators, per_page=per_page)
