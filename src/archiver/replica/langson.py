"""Replica of duk.langson.gov.vn: a custom ASP.NET WebForms portal (research section 2.5).

URLs: ``/`` home, ``/Default.aspx?siteid=1&c=content&a=list&catid=N[&page=P]`` listings,
``…&a=detail&catid=N&id=M`` details, ``…&a=print…`` print views (disallowed by robots.txt),
``/rss.aspx?catid=N``, ``/sitemap.xml``, ``/Upload/…`` images, ``/Admin/`` (disallowed).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
import zlib
from datetime import date, datetime, timedelta
from html import escape
from xml.sax.saxutils import escape as xml_escape

from .corpus import SEED_ID, seed_text
from .site import Catalog, Entry, ReplicaSite, Request, Response, html_page

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
Crawl-delay: 2
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
    name = "langson"

    def __init__(self, catalog: Catalog, **kwargs: object) -> None:
        super().__init__(catalog, **kwargs)  # type: ignore[arg-type]
        self.rss = True
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
            return Response.text(ROBOTS + f"Sitemap: {request.base_url}/sitemap.xml\n")
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
                return Response.text(self.feed(catid, request.base_url), "application/rss+xml; charset=utf-8")
        if path == "/sitemap.xml" and self.sitemap:
            return Response.text(self.sitemap_xml(request.base_url), "application/xml; charset=utf-8")
        if path.startswith("/Upload/") and path.endswith(".png"):
            return Response(200, png_bytes(), [("Content-Type", "image/png")])
        if path.startswith("/Admin/"):
            return Response.html(html_page("Đăng nhập quản trị", "<form><input name='u'></form>"))
        return self.not_found()

    # page parts --------------------------------------------------------------------------
    def chrome(self, title: str, main: str) -> str:
        menu = "".join(f'<li><a href="{escape(self.list_path(c))}">{escape(n)}</a></li>'
                       for c, n in CATEGORIES.items())
        newest = list(self.take(self.catalog.live_ids(), 5))
        popular = [i for i in self.take(self.catalog.live_ids(), 40)][7::6][:5]
        sidebar = (f'<div class="box"><h3>Tin mới</h3>{self.link_list(newest)}</div>'
                   f'<div class="box"><h3>Tin đọc nhiều</h3>{self.link_list(popular)}</div>')
        body = f"""<form method="post" action="{escape(BASE)}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="header"><div class="logo"><a href="/">ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH LẠNG SƠN</a></div>
<div class="clock"><span id="lblDate">{vn_clock(self.today)}</span></div></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>{menu}
<li><a href="/Admin/Login.aspx">Quản trị</a></li></ul></div>
<div id="wrapper"><div id="main">{main}</div>
<div id="sidebar">{sidebar}</div></div>
<div id="footer"><p>ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH LẠNG SƠN</p>
<p>Địa chỉ: Số 2, đường Hùng Vương, thành phố Lạng Sơn, tỉnh Lạng Sơn. Điện thoại: 0205.3812.xxx</p>
<p>Ghi rõ nguồn "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn" khi phát hành lại thông tin từ website này.</p>
</div></form>"""
        return html_page(title, body)

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
        latest = self.take(self.catalog.live_ids(), 10)
        return self.chrome("Đảng ủy Khối các cơ quan tỉnh Lạng Sơn",
                           f'<div class="home-news"><h2>Tin mới nhất</h2>{self.link_list(latest)}</div>')

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
            items.append(f"""<div class="item">
<div class="image-border"><a class="image" href="{escape(self.detail_path(article_id))}"><img class="image" src="/Upload/{entry.published:%Y/%m}/{article_id}_0.png" alt="" /></a></div>
<h2><a class="title" href="{escape(self.detail_path(article_id))}">{escape(entry.text.title)}</a></h2>
<span class="createdDate">[{entry.published:%d/%m/%Y}]</span>
<span class="summary">{escape(summary)}</span>
<a class="detail" href="{escape(self.detail_path(article_id))}">Xem chi tiết</a>
<a class="print" href="{escape(self.print_path(catid, article_id))}">In bài</a>
</div>""")
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
        main = f"""<div class="box-border"><div class="nav"><h1><a class="home" href="/">Trang chủ</a>
<a class="arr" href="{escape(self.list_path(catid))}">{escape(CATEGORIES[catid])}</a></h1></div>
<div class="article-listing"><div class="list">
<span class="lblresult">Có {len(ids)} tin</span>
{"".join(items)}
</div><div class="pager">{" ".join(pager)}</div></div></div>"""
        return Response.html(self.chrome(CATEGORIES[catid], main))

    def article_block(self, entry: Entry) -> str:
        text = entry.text
        parts = []
        for index, para in enumerate(text.paragraphs):
            parts.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;{escape(para)}</p>')
            if index == text.image_after:
                for k, (first, second) in enumerate(text.captions):
                    parts.append(f"""<p>&nbsp;</p>
<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" style="width: 600px;">
<tbody><tr><td><img alt="" src="/Upload/{entry.published:%Y/%m}/{entry.id}_{k + 1}.png" style="width: 600px;" /></td></tr>
<tr><td style="text-align: center;"><span class="image_desc"><em>{escape(first)}<br>{escape(second)}</em></span></td></tr>
</tbody></table>""")
        parts.append(f'<p style="text-align: right;"><strong>{escape(text.author)}, '
                     f"{escape(text.author_unit)}</strong></p>")
        return f"""<div class="article-detail">
<div class="title"><h1 id="ctl00_cphMain_ArticleDetail1_ltlTitle">{escape(text.title)}</h1></div>
<div class="TopToolbar"><span id="ctl00_cphMain_ArticleDetail1_lblDate" class="date">{entry.published:%d-%m-%Y %H:%M}</span>
<a class="back" href="javascript:history.back()">Quay lại</a> <a class="print" href="{escape(self.print_path(entry.catid, entry.id))}">In bài</a></div>
<div id="ctl00_cphMain_ArticleDetail1_divContent" class="news-content">
{chr(10).join(parts)}
</div></div>"""

    def detail(self, entry: Entry) -> str:
        related = [i for i in self.catalog.live_ids(entry.catid) if i < entry.id][:5]
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a class="category" href="{escape(self.list_path(entry.catid))}"><span id="ctl00_cphMain_ArticleDetail1_lblCategory">{escape(entry.category)}</span></a></div>
{self.article_block(entry)}
<div class="article-reference tin-lien-quan"><div class="title">Tin liên quan</div>{self.link_list(related)}</div>"""
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
            entry = self.catalog.entry(article_id)
            assert entry is not None
            urls.append(f"<url><loc>{xml_escape(base + self.detail_path(article_id))}</loc>"
                        f"<lastmod>{entry.modified:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>")
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
