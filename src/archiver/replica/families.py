"""Small replicas of other CMS families, faithful in their listing and paging shapes.

* ``nukeviet``: ``/news/<cat>/`` + ``/news/<cat>/page-N``, ``ul.pagination``, details
  ``/news/<cat>/<slug>-<id>.html``, ``/sitemap.xml`` index -> sub-sitemap, ``/rss/``.
* ``liferay``: asset publisher with ``_101_INSTANCE_abc_cur=N&…_delta=10`` portlet URLs,
  "Tiếp theo" next link, details ``/web/guest/tin-tuc/-/asset_publisher/abc/content/<slug>``.
* ``dnn``: listing paged only by ``__doPostBack('dnn$ctr123$View$grd','Page$N')``; POSTing
  the form back returns page N; details ``/Default.aspx?tabid=55&ArticleId=<id>``.
* ``wordpress``: ``/category/<cat>/page/N/``, ``/?p=<id>`` shortlinks whose page carries
  ``rel=canonical`` to the pretty ``/YYYY/MM/DD/<slug>/`` URL, ``/feed/``.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from datetime import date, datetime, timedelta
from html import escape
from typing import ClassVar, Literal
from xml.sax.saxutils import escape as xml_escape

from archiver.replica.site import Catalog, Entry, ReplicaSite, Request, Response, html_page, render

__all__ = ["DnnSite", "LiferaySite", "NukevietSite", "WordpressSite", "family_site", "slugify"]

Family = Literal["nukeviet", "liferay", "dnn", "wordpress"]
CATEGORIES = {1: "Tin tức - Sự kiện", 2: "Xây dựng Đảng"}
SLUGS = {1: "tin-tuc", 2: "xay-dung-dang"}


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def paragraphs_html(entry: Entry) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in entry.text.paragraphs)


class _Family(ReplicaSite):
    robots = "User-agent: *\nDisallow:\n"
    shows_author_unit = False
    shows_captions = False

    def pages(self, catid: int) -> tuple[list[int], int]:
        ids = list(self.catalog.live_ids(catid))
        return ids, max(1, -(-len(ids) // self.per_page))

    def page_ids(self, catid: int, page: int) -> list[int]:
        ids, _ = self.pages(catid)
        return ids[(page - 1) * self.per_page: page * self.per_page]

    def entries(self, ids: list[int]) -> list[Entry]:
        return [e for e in (self.catalog.entry(i) for i in ids) if e is not None]

    def route(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return Response.text(self.robots.replace("Sitemap: /", f"Sitemap: {request.base_url}/"))
        return self.family_route(request)

    def family_route(self, request: Request) -> Response:
        raise NotImplementedError


class NukevietSite(_Family):
    name = "nukeviet"
    first_paragraph_is_lead = True
    robots = ("User-agent: *\nDisallow: /admin/\nDisallow: /cache/\nDisallow: /data/\n"
              "Disallow: /includes/\nDisallow: /install/\nDisallow: /language/\n"
              "Disallow: /logs/\nDisallow: /modules/\nDisallow: /tmp/\n"
              "Sitemap: /sitemap.xml\n")

    def list_path(self, catid: int, page: int = 1) -> str:
        return f"/news/{SLUGS[catid]}/" + (f"page-{page}" if page > 1 else "")

    def detail_path(self, article_id: int) -> str:
        entry = self.catalog.entry(article_id)
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        slug = slugify(entry.text.title) if entry else "bai-viet"
        return f"/news/{SLUGS[catid]}/{slug}-{article_id}.html"

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in CATEGORIES]

    def family_route(self, request: Request) -> Response:
        path = request.path
        by_slug = {slug: catid for catid, slug in SLUGS.items()}
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/(?:page-(\d+))?", path):
            catid, page = by_slug.get(m[1], 0), int(m[2] or 1)
            if catid and 1 <= page <= self.pages(catid)[1]:
                return Response.html(self.listing(catid, page))
        elif m := re.fullmatch(r"/news/([a-z0-9-]+)/[a-z0-9-]*-(\d+)\.html", path):
            article_id = int(m[2])
            entry = self.catalog.entry(article_id)
            if entry is None:
                return self.missing_article(article_id)
            return self.article_response(request, entry, self.detail)
        elif path == "/sitemap.xml":
            return Response.text(
                '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.'
                f'sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{request.base_url}'
                f"/sitemap-vi.news.xml</loc><lastmod>{self.today:%Y-%m-%d}</lastmod></sitemap>"
                "</sitemapindex>\n", "application/xml; charset=utf-8")
        elif path == "/sitemap-vi.news.xml":
            urls = "".join(
                f"<url><loc>{xml_escape(request.base_url + self.detail_path(e.id))}</loc>"
                f"<lastmod>{e.modified:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>"
                for e in self.entries(list(self.catalog.live_ids())))
            return Response.text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://'
                                 f'www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
                                 "application/xml; charset=utf-8")
        elif path in ("/rss/", "/rss"):
            items = "".join(
                f"<item><title>{xml_escape(e.text.title)}</title>"
                f"<link>{xml_escape(request.base_url + self.detail_path(e.id))}</link>"
                f"<pubDate>{e.published:%a, %d %b %Y %H:%M:00} +0700</pubDate></item>"
                for e in self.entries(list(self.catalog.live_ids())[:20]))
            return Response.text('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">'
                                 f"<channel><title>Tin tức</title>{items}</channel></rss>\n",
                                 "application/rss+xml; charset=utf-8")
        elif path == "/":
            links = "".join(f'<li><a href="{self.list_path(c)}">{escape(n)}</a></li>'
                            for c, n in CATEGORIES.items())
            return Response.html(html_page("Trang chủ", f'<ul class="nav">{links}</ul>'))
        return self.not_found()

    def breadcrumbs(self, catid: int) -> str:
        return (f'<ul class="breadcrumbs"><li id="brcr_0"><a href="/">Trang nhất</a></li>'
                f'<li><a href="/news/">Tin Tức</a></li><li><a href="{self.list_path(catid)}">'
                f"{escape(CATEGORIES[catid])}</a></li></ul>")

    def listing(self, catid: int, page: int) -> str:
        items = "".join(render(
            "nukeviet.item", href=self.detail_path(e.id), title=escape(e.text.title),
            date=f"{e.published:%d/%m/%Y %H:%M}", summary=escape(e.text.paragraphs[0][:120]) + "…")
            for e in self.entries(self.page_ids(catid, page)))
        _, pages = self.pages(catid)
        lis = []
        for p in range(1, pages + 1):
            lis.append(f'<li class="active"><a href="#">{p}</a></li>' if p == page else
                       f'<li><a href="{self.list_path(catid, p)}">{p}</a></li>')
        if page < pages:
            lis.append(f'<li><a href="{self.list_path(catid, page + 1)}" rel="next">»</a></li>')
        return html_page(CATEGORIES[catid], render(
            "nukeviet.listing", crumbs=self.breadcrumbs(catid), items=items, pager="".join(lis)))

    def detail(self, entry: Entry) -> str:
        weekday = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy",
                   "Chủ nhật")[entry.published.weekday()]
        body = "\n".join(f"<p>{escape(p)}</p>" for p in entry.text.paragraphs[1:])
        return html_page(entry.text.title, render(
            "nukeviet.detail", crumbs=self.breadcrumbs(entry.catid),
            date=f"{weekday} - {entry.published:%d/%m/%Y %H:%M}", title=escape(entry.text.title),
            lead=escape(entry.text.paragraphs[0]), body=body, author=escape(entry.text.author)))


class LiferaySite(_Family):
    name = "liferay"
    ns = "_101_INSTANCE_abc_"

    def list_path(self, catid: int, page: int = 1) -> str:
        base = f"/web/guest/{SLUGS[catid]}"
        if page == 1:
            return base
        return (f"{base}?p_p_id=101_INSTANCE_abc&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
                f"&p_p_col_id=column-1&p_p_col_count=1&{self.ns}cur={page}&{self.ns}delta=10")

    def detail_path(self, article_id: int) -> str:
        entry = self.catalog.entry(article_id)
        slug = slugify(entry.text.title) if entry else "bai-viet"
        return f"/web/guest/tin-tuc/-/asset_publisher/abc/content/{slug}-{article_id}"

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in CATEGORIES]

    def family_route(self, request: Request) -> Response:
        path, query = request.path, request.query
        by_slug = {slug: catid for catid, slug in SLUGS.items()}
        if m := re.fullmatch(r"/web/guest/([a-z0-9-]+)", path):
            catid = by_slug.get(m[1], 0)
            cur = query.get(self.ns + "cur", "1")
            page = int(cur) if cur.isdigit() else 0
            if catid and 1 <= page <= self.pages(catid)[1]:
                return Response.html(self.listing(catid, page))
        elif m := re.fullmatch(r"/web/guest/tin-tuc/-/asset_publisher/abc/content/[a-z0-9-]*?-?"
                               r"(\d+)", path):
            article_id = int(m[1])
            entry = self.catalog.entry(article_id)
            if entry is None:
                return self.missing_article(article_id)
            return self.article_response(request, entry, self.detail)
        return self.not_found()

    def listing(self, catid: int, page: int) -> str:
        items = "\n".join(render(
            "liferay.item", href=escape(self.detail_path(e.id)), title=escape(e.text.title),
            summary=escape(e.text.paragraphs[0][:150]) + "…", date=f"{e.published:%d/%m/%Y}")
            for e in self.entries(self.page_ids(catid, page)))
        _, pages = self.pages(catid)
        buttons = []
        if page > 1:
            buttons.append(f'<li><a href="{escape(self.list_path(catid, 1))}">Đầu</a></li>')
            prev = escape(self.list_path(catid, page - 1))
            buttons.append(f'<li><a href="{prev}">Trước</a></li>')
        if page < pages:
            nxt = escape(self.list_path(catid, page + 1))
            buttons.append(f'<li><a href="{nxt}">Tiếp theo</a></li>')
        else:
            buttons.append('<li class="disabled"><a href="javascript:;">Tiếp theo</a></li>')
        return html_page(CATEGORIES[catid], render(
            "liferay.listing", items=items, page=page, pages=pages, buttons="".join(buttons)))

    def detail(self, entry: Entry) -> str:
        return html_page(entry.text.title, render(
            "liferay.detail", href=self.list_path(entry.catid), category=escape(entry.category),
            title=escape(entry.text.title), body=paragraphs_html(entry),
            date=f"{entry.published:%d/%m/%Y %H:%M}", author=escape(entry.text.author)))


class DnnSite(_Family):
    name = "dnn"
    robots = ("User-agent: *\nDisallow: /*/ctl/\nDisallow: /admin/\nDisallow: /App_Browsers/\n"
              "Disallow: /App_Code/\nDisallow: /bin/\nDisallow: /Install/\nDisallow: /Providers/\n")
    grid = "dnn$ctr123$View$grd"
    tabs: ClassVar[dict[int, int]] = {1: 54, 2: 56}

    def list_path(self, catid: int) -> str:
        return f"/Default.aspx?tabid={self.tabs[catid]}"

    def detail_path(self, article_id: int) -> str:
        return f"/Default.aspx?tabid=55&ArticleId={article_id}"

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in CATEGORIES]

    @staticmethod
    def viewstate(page: int) -> str:
        return base64.b64encode(f"/wEPDwULLTE2NjA|grd|page={page}".encode()).decode()

    @staticmethod
    def page_from_viewstate(value: str) -> int:
        try:
            text = base64.b64decode(value.encode(), validate=True).decode()
        except ValueError:
            return 1
        m = re.search(r"page=(\d+)$", text)
        return int(m[1]) if m else 1

    def family_route(self, request: Request) -> Response:
        query = request.query
        if request.path.lower() != "/default.aspx":
            return self.not_found()
        tabid = query.get("tabid", "")
        if tabid == "55" and query.get("ArticleId", "").isdigit():
            article_id = int(query["ArticleId"])
            entry = self.catalog.entry(article_id)
            if entry is None:
                return self.missing_article(article_id)
            return self.article_response(request, entry, self.detail)
        by_tab = {str(tab): catid for catid, tab in self.tabs.items()}
        if tabid not in by_tab:
            return self.not_found()
        catid = by_tab[tabid]
        _, pages = self.pages(catid)
        page = 1
        if request.method == "POST" and request.form.get("__EVENTTARGET") == self.grid:
            current = self.page_from_viewstate(request.form.get("__VIEWSTATE", ""))
            arg = request.form.get("__EVENTARGUMENT", "")
            moves = {"Page$Next": current + 1, "Page$Prev": current - 1, "Page$First": 1,
                     "Page$Last": pages}
            page = moves.get(arg, 0) or (int(arg[5:]) if re.fullmatch(r"Page\$\d+", arg) else 0)
            if not 1 <= page <= pages:
                return Response.html(html_page("Lỗi", "<p>Trang không hợp lệ.</p>"), status=500)
        return Response.html(self.listing(catid, page, pages))

    def listing(self, catid: int, page: int, pages: int) -> str:
        rows = "".join(render("dnn.row", href=self.detail_path(e.id), title=escape(e.text.title),
                              date=f"{e.published:%d/%m/%Y}")
                       for e in self.entries(self.page_ids(catid, page)))
        links = []
        for p in range(1, pages + 1):
            links.append(f"<span>{p}</span>" if p == page else
                         f"<a href=\"javascript:__doPostBack('{self.grid}','Page${p}')\">{p}</a>")
        if page < pages:
            links.append(f"<a title=\"Trang sau\" href=\"javascript:__doPostBack('{self.grid}',"
                         f"'Page$Next')\">Trang sau</a>")
        return html_page(CATEGORIES[catid], render(
            "dnn.listing", action=self.list_path(catid), viewstate=self.viewstate(page), rows=rows,
            pager=" ".join(links)))

    def detail(self, entry: Entry) -> str:
        return html_page(entry.text.title, render(
            "dnn.detail", category=escape(entry.category), title=escape(entry.text.title),
            date=f"{entry.published:%d/%m/%Y %H:%M}", body=paragraphs_html(entry),
            author=escape(entry.text.author)))


class WordpressSite(_Family):
    name = "wordpress"
    robots = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")

    def list_path(self, catid: int, page: int = 1) -> str:
        return f"/category/{SLUGS[catid]}/" + (f"page/{page}/" if page > 1 else "")

    def detail_path(self, article_id: int) -> str:
        entry = self.catalog.entry(article_id)
        if entry is None:
            return f"/?p={article_id}"
        return f"/{entry.published:%Y/%m/%d}/{slugify(entry.text.title)}/"

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in CATEGORIES]

    def family_route(self, request: Request) -> Response:
        path, query = request.path, request.query
        by_slug = {slug: catid for catid, slug in SLUGS.items()}
        if path == "/" and query.get("p", "").isdigit():
            article_id = int(query["p"])
            return self.article_response(request, self.catalog.entry(article_id), self.detail)
        if m := re.fullmatch(r"/category/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            catid, page = by_slug.get(m[1], 0), int(m[2] or 1)
            if catid and 1 <= page <= self.pages(catid)[1]:
                return Response.html(self.listing(catid, page))
        elif m := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/", path):
            for article_id in self.catalog.live_ids():
                if self.detail_path(article_id) == path:
                    return self.article_response(request, self.catalog.entry(article_id),
                                                 self.detail)
        elif path == "/feed/":
            items = "".join(
                f"<item><title>{xml_escape(e.text.title)}</title>"
                f"<link>{xml_escape(request.base_url + self.detail_path(e.id))}</link>"
                f'<guid isPermaLink="false">{request.base_url}/?p={e.id}</guid>'
                f"<pubDate>{e.published - timedelta(hours=7):%a, %d %b %Y %H:%M:00} +0000"
                "</pubDate>"
                f"</item>" for e in self.entries(list(self.catalog.live_ids())[:10]))
            return Response.text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">'
                                 f"<channel><title>Tin tức</title>{items}</channel></rss>\n",
                                 "application/rss+xml; charset=UTF-8")
        return self.not_found()

    def listing(self, catid: int, page: int) -> str:
        items = "\n".join(render(
            "wordpress.item", href=escape(self.detail_path(e.id)), title=escape(e.text.title),
            iso=f"{e.published:%Y-%m-%dT%H:%M:00}+07:00", date=f"{e.published:%d/%m/%Y}",
            summary=escape(e.text.paragraphs[0][:140]) + "…", short=f"/?p={e.id}")
            for e in self.entries(self.page_ids(catid, page)))
        _, pages = self.pages(catid)
        nav = [f'<span aria-current="page" class="page-numbers current">{page}</span>']
        if page > 1:
            prev = self.list_path(catid, page - 1)
            nav.insert(0, f'<a class="prev page-numbers" href="{prev}">« Trang trước</a>')
        if page < pages:
            nxt = self.list_path(catid, page + 1)
            nav.append(f'<a class="next page-numbers" href="{nxt}">Trang sau »</a>')
        return html_page(CATEGORIES[catid], render(
            "wordpress.listing", category=escape(CATEGORIES[catid]), items=items,
            nav=" ".join(nav)))

    def detail(self, entry: Entry) -> str:
        canonical = self.detail_path(entry.id)
        head = f'<link rel="canonical" href="{escape(canonical)}" />\n'
        return html_page(entry.text.title, render(
            "wordpress.detail", canonical=escape(canonical), short=f"/?p={entry.id}", id=entry.id,
            title=escape(entry.text.title), iso=f"{entry.published:%Y-%m-%dT%H:%M:00}+07:00",
            date=f"{entry.published:%d/%m/%Y}", author=escape(entry.text.author),
            href=self.list_path(entry.catid), category=escape(entry.category),
            body=paragraphs_html(entry)), head=head)


FAMILIES: dict[str, type[_Family]] = {
    "nukeviet": NukevietSite, "liferay": LiferaySite, "dnn": DnnSite, "wordpress": WordpressSite,
}
ANCHOR_IDS = {"nukeviet": 1520, "liferay": 30110, "dnn": 812, "wordpress": 4051}


def family_site(family: Family, n_articles: int = 20, *, seed: int = 11,
                today: date | None = None, per_page: int = 5) -> ReplicaSite:
    """A small site of another CMS family (``per_page`` small so paging is exercised)."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; choose from {', '.join(FAMILIES)}")
    catalog = Catalog(n_articles, seed=seed + len(family), categories=CATEGORIES,
                      anchor=datetime(2024, 3, 4, 8, 30), anchor_id=ANCHOR_IDS[family],
                      before=0, interval=timedelta(hours=26))
    return FAMILIES[family](catalog, today=today, per_page=per_page)
