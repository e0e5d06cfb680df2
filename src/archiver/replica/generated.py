"""Generated replica sites: one :class:`SiteSpec` picks a point in the space of shapes the
provincial sites come in — article URL scheme × listing URL scheme × pager × what lies past
the last page × canonical links × link variants × charset declaration — and
:class:`GeneratedSite` serves it. The property tests draw specs with Hypothesis; the bench
draws many more.

What a spec names is what real sites were seen doing (``../shared/research/vn-sites.md``):
numbered, windowed and next-only pagers, pagers drawn by script, "Xem thêm" buttons loading
HTML or JSON or posting a form, ASP.NET postbacks with a view state, infinite scrolls sending
an opaque cursor, listings shipped as a JSON data island with no links, last pages repeated
or 404 past the end, tracking parameters and letter case in links, canonical links pointing
home.
"""

from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from html import escape
from typing import Literal, get_args
from urllib.parse import parse_qs, quote, urlsplit

from archiver.replica.families import slugify
from archiver.replica.faults import to_cp1258
from archiver.replica.site import Catalog, Entry, ReplicaSite, Request, Response, html_page

__all__ = ["UNKNOWN_SHAPES", "ArticleScheme", "Canonical", "Charset", "GeneratedSite",
           "ItemLayout", "ListingScheme", "Pager", "PastEnd", "SiteSpec", "generated_site"]

ArticleScheme = Literal["slug_id", "query_id", "node", "dated_slug", "asset_publisher",
                        "long_slug", "id_dir", "doc_name", "opaque"]
#: Article addresses of shapes no rule knows (a content server's document name, an opaque
#: key): found by the listing's structure alone.
UNKNOWN_SHAPES: tuple[str, ...] = ("doc_name", "opaque")
ListingScheme = Literal["query", "path", "suffix", "name"]
Pager = Literal["numbers", "windowed", "next_only", "rel_next", "script", "first_only",
                "load_more_html", "load_more_json", "postback", "post_form", "cursor",
                "island", "older", "days", "related"]
PastEnd = Literal["404", "repeat_last", "empty", "home"]
#: How a list shows an item: its headline linked, or its day linked in a table row whose
#: other cell holds the headline (a daily digest's or a bulletin's list).
ItemLayout = Literal["headline", "day_cell"]
Canonical = Literal["none", "self", "home"]
Charset = Literal["header", "meta", "bom", "cp1258"]

_CATEGORIES = ("Tin tức - Sự kiện", "Xây dựng Đảng", "Kinh tế - Xã hội", "Quốc phòng - An ninh",
               "Văn hóa - Thể thao")
_PAGE_KEYS = ("page", "trang", "p", "PageIndex", "pageNo", "cur")
_VIEWSTATE = "__VIEWSTATE"
#: A date archive's day in a request: "…/2024-06-14", "…/2024/6/14", "…/14-06-2024.html".
_DAY_TARGET = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$|"
                         r"/(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})$|"
                         r"/(?P<d3>\d{2})-(?P<m3>\d{2})-(?P<y3>\d{4})\.html$")


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


@dataclass(frozen=True, slots=True)
class SiteSpec:
    """One generated site's shape (every field drawn independently)."""

    seed: int = 1
    articles: int = 40
    categories: int = 2
    per_page: int = 6
    article_urls: ArticleScheme = "slug_id"
    listing_urls: ListingScheme = "query"
    pager: Pager = "numbers"
    past_end: PastEnd = "404"
    canonical: Canonical = "self"
    variants: bool = True          # links carry tracking parameters, fragments, other case
    charset: Charset = "header"
    sidebar: bool = True           # "Tin mới nhất" on every page: the newest articles
    items: ItemLayout = "headline"

    @classmethod
    def draw(cls, rng: random.Random) -> SiteSpec:
        """A spec with every choice drawn from ``rng`` (the bench's generator)."""
        values: dict[str, object] = {"seed": rng.randrange(1, 10_000),
                                     "articles": rng.randrange(5, 120),
                                     "categories": rng.randrange(1, 5),
                                     "per_page": rng.randrange(3, 16),
                                     "variants": rng.random() < 0.5,
                                     "sidebar": rng.random() < 0.7}
        for f in fields(cls):
            if f.name not in values:
                values[f.name] = rng.choice(get_args(globals()[str(f.type)]))
        return cls(**values)  # type: ignore[arg-type]

    def describe(self) -> str:
        return " ".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


class GeneratedSite(ReplicaSite):
    """Serve a :class:`SiteSpec`. Long because each pager is a few lines of markup and the
    listing, fragment and article routes share the spec's choices."""

    name = "generated"
    shows_author_unit = False
    shows_captions = False

    def __init__(self, spec: SiteSpec, *, newest: datetime | None = None) -> None:
        """``newest``: when the newest article was published (default: early 2025; articles
        come 9 hours apart before it)."""
        categories = {i + 1: _CATEGORIES[i] for i in range(spec.categories)}
        last = newest or datetime(2025, 1, 6, 8, 0) + timedelta(hours=9 * (spec.articles - 1))
        catalog = Catalog(spec.articles, seed=spec.seed, categories=categories,
                          anchor=last - timedelta(hours=9 * (spec.articles - 1)),
                          anchor_id=2000 + spec.seed,
                          before=0, interval=timedelta(hours=9))
        super().__init__(catalog, per_page=spec.per_page)
        self.spec = spec
        rng = random.Random(spec.seed)
        self.page_key = rng.choice(_PAGE_KEYS)
        self.gzip = rng.random() < 0.5
        self._paths: dict[str, int] | None = None

    # addresses ----------------------------------------------------------------------------
    def cat_slug(self, catid: int) -> str:
        return slugify(self.catalog.categories[catid])

    def detail_path(self, article_id: int) -> str:
        entry = self.catalog.entry(article_id)
        if entry is None:
            raise KeyError(article_id)
        slug, cat = slugify(entry.text.title)[:80].strip("-"), self.cat_slug(entry.catid)
        scheme = self.spec.article_urls
        if scheme == "slug_id":
            return f"/{cat}/{slug}-{article_id}.html"
        if scheme == "query_id":
            return f"/tin-tuc/chi-tiet.aspx?ItemID={article_id}&CatID={entry.catid}"
        if scheme == "node":
            return f"/node/{article_id}"
        if scheme == "dated_slug":
            return f"/{entry.published:%Y/%m}/{slug}-{article_id % 97}/"
        if scheme == "asset_publisher":
            return f"/web/guest/{cat}/-/asset_publisher/Xk3Pq/content/{slug}-{article_id}"
        if scheme == "long_slug":
            return f"/bai-viet/{slug}-{article_id}"
        if scheme == "doc_name":
            return f"/{cat}/chi-tiet?dn=HG{article_id:05d}"
        if scheme == "opaque":
            return f"/{cat}/xem/{_base36(article_id * 7919)}"
        return f"/{cat}/{article_id}/{slug}.html"

    def article_id_of(self, path: str) -> int | None:
        """The article a detail path (any variant a link used) names."""
        if self._paths is None:
            self._paths = {_key(self.detail_path(i)): i for i in self.catalog.live_ids()}
        return self._paths.get(_key(path))

    def add_articles(self, n: int) -> list[int]:
        self._paths = None
        return super().add_articles(n)

    def remove_article(self, article_id: int) -> None:
        self._paths = None
        super().remove_article(article_id)

    def list_path(self, catid: int, page: int = 1) -> str:
        cat, scheme = self.cat_slug(catid), self.spec.listing_urls
        if scheme == "name":
            # a Classic ASP site keying its sections by name, written raw in its links
            name = self.catalog.categories[catid]
            return f"/chuyenmuc.asp?ten={name}" + (f"&trang={page}" if page > 1 else "")
        if page == 1:
            return f"/{cat}.html" if scheme == "suffix" else f"/{cat}/"
        if scheme == "query":
            return f"/{cat}/?{self.page_key}={page}"
        if scheme == "path":
            return f"/{cat}/trang/{page}/"
        return f"/{cat}-p{page}.html"

    def _parse_list(self, request: Request) -> tuple[int, int] | None:
        if self.spec.listing_urls == "name" and request.path == "/chuyenmuc.asp":
            # the name read back in the site's own encoding (a browser sends the query so)
            codec = "cp1258" if self.spec.charset == "cp1258" else "utf-8"
            query = parse_qs(urlsplit(request.target).query, encoding=codec, errors="replace")
            name = unicodedata.normalize("NFC", (query.get("ten") or [""])[0])
            page = (query.get("trang") or ["1"])[0]
            return next(((c, int(page)) for c, n in self.catalog.categories.items()
                         if n == name and page.isdigit()), None)
        for catid in self.catalog.categories:
            cat = self.cat_slug(catid)
            path = request.path
            if path in (f"/{cat}/", f"/{cat}.html"):
                value = request.query.get(self.page_key, "1")
                return (catid, int(value)) if value.isdigit() else None
            for prefix, suffix in ((f"/{cat}/trang/", "/"), (f"/{cat}-p", ".html"),
                                   (f"/tin-cu/{cat}/", "")):
                number = path.removeprefix(prefix).removesuffix(suffix)
                if path.startswith(prefix) and path.endswith(suffix) and number.isdigit():
                    return catid, int(number)
        return None

    def start_paths(self) -> list[str]:
        return ["/"]

    def _link(self, article_id: int, where: int) -> str:
        """How a link names an article: its path, or a variant of it (tracking parameters,
        a fragment, other letter case) when the spec says links vary."""
        path = self.detail_path(article_id)
        if not self.spec.variants:
            return path
        join = "&" if "?" in path else "?"
        return (path, path + f"{join}utm_source=home&utm_medium=box", path + "#binh-luan",
                path + f"{join}ref=sidebar")[(article_id + where) % 4]

    # pages ----------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return Response.text("User-agent: *\nDisallow: /quan-tri/\n")
        if request.path == "/":
            return self._html(self._home())
        if request.path.startswith("/ajax/"):
            return self._more(request)
        if request.path == "/api/stream":
            return self._stream(request)
        day = self._parse_day(request) if self.spec.pager == "days" else None
        if day is not None:
            return self._day_page(day)
        listing = self._parse_list(request)
        if listing is not None:
            return self._listing(request, *listing)
        article_id = self.article_id_of(request.target)
        if article_id is not None:
            return self._charset(self.article_response(
                request, self.catalog.entry(article_id), self._detail))
        return self.not_found()

    def _html(self, text: str, status: int = 200) -> Response:
        return self._charset(Response.html(text, status))

    def _charset(self, response: Response) -> Response:
        """Declare the page's charset where the spec says: the header, a meta tag, a BOM."""
        charset = self.spec.charset
        if charset == "header":
            return response
        if charset == "cp1258":   # windows-1258, declared only in the HTTP header
            text = response.body.decode("utf-8").replace('<meta charset="utf-8">', "", 1)
            headers = [(k, "text/html; charset=windows-1258" if k == "Content-Type" else v)
                       for k, v in response.headers]
            return Response(response.status, to_cp1258(text), headers)
        body = response.body
        if charset == "bom":
            body = b"\xef\xbb\xbf" + body.replace(b'<meta charset="utf-8">\n', b"", 1)
        headers = [(k, "text/html" if k == "Content-Type" else v) for k, v in response.headers]
        return Response(response.status, body, headers)

    def _frame(self, title: str, main: str, head: str = "") -> str:
        menu = "".join(f'<li><a href="{self.list_path(c)}">{escape(name)}</a></li>'
                       for c, name in self.catalog.categories.items())
        side = ""
        if self.spec.sidebar:
            newest = list(self.catalog.live_ids())[:5]
            side = '<aside class="sidebar"><h3>Tin mới nhất</h3><ul>' + "".join(
                f'<li><a href="{escape(self._link(i, 1))}">{escape(self._title(i))}</a></li>'
                for i in newest) + "</ul></aside>"
        body = (f'<header><nav class="menu"><ul><li><a href="/">Trang chủ</a></li>{menu}'
                '<li><a href="/quan-tri/dang-nhap">Đăng nhập</a></li></ul></nav></header>'
                f'<div class="container"><main>{main}</main>{side}</div>'
                '<footer><a href="https://www.facebook.com/tinhuy">Facebook</a> '
                '<a href="http://other.example.vn/">Cổng thông tin tỉnh</a></footer>')
        return html_page(title, body, head=head)

    def _title(self, article_id: int) -> str:
        entry = self.catalog.entry(article_id)
        return entry.text.title if entry else ""

    def _home(self) -> str:
        boxes = []
        if self.spec.pager == "days":
            words = ("Tin theo ngày", "Xem tin theo ngày", "Lưu trữ")[self.spec.seed % 3]
            boxes.append(f'<div class="archive"><a href="{self.day_path(self._days()[0])}">'
                         f"{words}</a></div>")
        for catid, name in self.catalog.categories.items():
            ids = list(self.catalog.live_ids(catid))[:3]
            items = "".join(f'<li><a href="{escape(self._link(i, 2))}">'
                            f"{escape(self._title(i))}</a></li>" for i in ids)
            boxes.append(f'<section class="box"><h2><a href="{self.list_path(catid)}">'
                         f"{escape(name)}</a></h2><ul>{items}</ul></section>")
        return self._frame("Trang chủ", "".join(boxes))

    # the date archive (pager "days") ---------------------------------------------------------
    #: (a day in the query, "?ngay=14/06/2024", is a calendar trap archiver does not walk)
    _DAY_FORMATS = ("/tin-tuc/ngay/{y:04d}-{m:02d}-{d:02d}", "/tin-theo-ngay/{y}/{m}/{d}",
                    "/tin-tuc/ngay/{d:02d}-{m:02d}-{y}.html")

    def day_path(self, day: date) -> str:
        fmt = self._DAY_FORMATS[self.spec.seed % len(self._DAY_FORMATS)]
        return fmt.format(y=day.year, m=day.month, d=day.day)

    def _days(self) -> list[date]:
        """The days articles were published on, newest first."""
        return sorted({e.published.date() for i in self.catalog.live_ids()
                       if (e := self.catalog.entry(i)) is not None}, reverse=True)

    def day_pages_needed(self) -> int:
        """The day pages a walk from the newest day back to the first reads (past it: a
        month of empty days, when no date picker bounds the archive)."""
        days = self._days()
        span = (days[0] - days[-1]).days + 1 if days else 1
        return span + (0 if self._bounded() else 31)

    def _bounded(self) -> bool:
        return self.spec.seed % 2 == 0

    def _parse_day(self, request: Request) -> date | None:
        if not request.path.startswith(("/tin-tuc/ngay/", "/tin-theo-ngay/")):
            return None
        m = _DAY_TARGET.search(request.target)
        if m is None:
            return None
        y, mo, d = ((m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
                    if m["y2"] else (m["y3"], m["m3"], m["d3"]))
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            return None

    def _day_page(self, day: date) -> Response:
        """One day of the date archive: its articles, the day before (always), the day
        after (up to the newest) and, on a bounded archive, a date picker naming its days."""
        days = self._days()
        ids = [i for i in self.catalog.live_ids()
               if (e := self.catalog.entry(i)) is not None and e.published.date() == day]
        items = self._items(ids) if ids else "<p>Không có tin bài nào trong ngày này.</p>"
        before, after = day - timedelta(days=1), day + timedelta(days=1)
        nav = f'<a class="prev" href="{self.day_path(before)}">‹ Ngày trước</a>'
        if days and day < days[0]:
            nav += f' <a class="next" href="{self.day_path(after)}">Ngày sau ›</a>'
        picker = (f'<form action="/tin-tuc/chon-ngay"><input type="date" name="d" '
                  f'min="{days[-1].isoformat()}" max="{days[0].isoformat()}"></form>'
                  if self._bounded() and days else "")
        main = (f'<h1 class="cat-title">Tin ngày {day.day}/{day.month}/{day.year}</h1>'
                f'<div class="list-news">{items}</div><div class="day-nav">{nav}</div>{picker}')
        return self._html(self._frame("Tin theo ngày", main))

    def _items(self, ids: list[int]) -> str:
        if self.spec.items == "day_cell":
            rows = "".join(
                f'<tr><td class="ngay"><a href="{escape(self._link(i, 0))}">'
                f"{e.published:%d/%m/%Y}</a></td><td class=\"noi-dung\">"
                f"{escape(e.text.title)}</td></tr>"
                for i in ids if (e := self.catalog.entry(i)) is not None)
            return (f'<table class="bang-tin"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}'
                    "</table>")
        return "".join(
            f'<div class="news-item"><h3><a href="{escape(self._link(i, 0))}">'
            f"{escape(self._title(i))}</a></h3></div>" for i in ids)

    def _listing(self, request: Request, catid: int, page: int) -> Response:
        spec = self.spec
        ids, last = self.pages(catid)
        if request.method == "POST" and spec.pager == "postback":
            posted = self._postback_page(request, last)
            if posted is None:
                return self._html("<h1>Invalid postback or callback argument.</h1>", 500)
            page = posted
        if request.method == "POST" and spec.pager == "post_form":
            start = request.form.get("start", "")
            if not start.isdigit() or request.form.get("token") != "7f3a":
                return self._html("<h1>Invalid token</h1>", 403)
            page = int(start) // self.per_page + 1
        if spec.pager == "island" and request.query.get("page", "").isdigit():
            page = int(request.query["page"])
        if page < 1:
            return self.not_found()
        if page > last:
            if spec.past_end == "404":
                return self.not_found()
            if spec.past_end == "home":
                return Response.redirect("/")
            page = last if spec.past_end == "repeat_last" else page
        chunk = ids[(page - 1) * self.per_page: page * self.per_page]
        items = self._island(chunk, page, len(ids)) if spec.pager == "island" \
            else self._items(chunk)
        main = (f'<h1 class="cat-title">{escape(self.catalog.categories[catid])}</h1>'
                f'<div class="list-news">{items}</div>'
                + self._pager(catid, page, last))
        head = ""
        if spec.pager == "rel_next" and page < last:
            head = f'<link rel="next" href="{self.list_path(catid, page + 1)}">\n'
        return self._html(self._frame(self.catalog.categories[catid], main, head))

    def pages(self, catid: int) -> tuple[list[int], int]:
        ids = list(self.catalog.live_ids(catid))
        return ids, max(1, -(-len(ids) // self.per_page))

    def _pager(self, catid: int, page: int, last: int) -> str:
        kind, to = self.spec.pager, self.list_path
        if kind == "numbers":
            links = [f'<a href="{to(catid, p)}">{p}</a>' if p != page
                     else f'<span class="active">{p}</span>' for p in range(1, last + 1)]
        elif kind == "windowed":
            links = [f'<a href="{to(catid, 1)}">Đầu</a>'] + [
                f'<a href="{to(catid, p)}">{p}</a>' if p != page else f"<b>{p}</b>"
                for p in range(max(1, page - 2), min(last, page + 2) + 1)]
            if page < last:
                links.append(f'<a href="{to(catid, page + 1)}">»</a>')
            links.append(f'<a href="{to(catid, last)}">Cuối</a>')
        elif kind in ("next_only", "rel_next"):
            links = [f'<a class="next" href="{to(catid, page + 1)}" rel="next">Trang sau</a>'
                     if page < last else ""]
        elif kind == "script":
            prefix, _, suffix = to(catid, 987654).partition("987654")
            return (f'<div id="paging" data-total="{last}"></div><script>drawPager("paging", '
                    f"{page}, {last}, function (n) {{ return '{prefix}' + n + '{suffix}'; }});"
                    "</script>")
        elif kind == "first_only":
            links = [f'<a class="btn-more" href="{to(catid, 2)}">Xem thêm</a>'
                     if page == 1 and last > 1 else ""]
        elif kind in ("load_more_html", "load_more_json"):
            if page >= last:
                return ""
            return (f'<div class="more"><button class="btn-xem-them" '
                    f'data-url="{self._more_url(catid, page + 1)}">Xem thêm</button></div>')
        elif kind == "post_form":
            if page >= last:
                return ""
            return (f'<form class="more" method="post" action="{to(catid, 1)}">'
                    f'<input type="hidden" name="start" value="{page * self.per_page}">'
                    '<input type="hidden" name="token" value="7f3a">'
                    '<button type="submit">Xem thêm</button></form>')
        elif kind == "cursor":
            if page >= last:
                return ""
            return ("<div id='stream'></div><script>\n"
                    f"var nextCursor = '{_cursor(catid, page + 1)}';\n"
                    "function more() { fetch('/api/stream?cursor=' + "
                    "encodeURIComponent(nextCursor)).then(function (r) { return r.json(); }); }"
                    "\n</script>")
        elif kind == "island":
            return ""   # the page's data island says how many there are
        elif kind == "days":
            return ""   # a section shows its newest; older items are in the date archive
        elif kind == "related":
            return ""   # a section shows its newest; each article links the older ones
        elif kind == "older":
            # the older items at an address of their own, not the listing's with a number
            words = ("Tin cũ hơn »", "Xem tin cũ hơn", "Bài cũ hơn", "« Các tin cũ hơn")
            links = [f'<a class="more" href="/tin-cu/{self.cat_slug(catid)}/{page + 1}">'
                     f"{words[self.spec.seed % len(words)]}</a>" if page < last else ""]
        else:
            return self._postback_pager(catid, page, last)
        return f'<div class="pagination">{" ".join(links)}</div>'

    def _island(self, chunk: list[int], page: int, total: int) -> str:
        """A script-rendered listing: no links, a JSON island with the items and paging."""
        data = {"props": {"pageProps": {
            "items": [{"id": i, "title": self._title(i), "href": self._link(i, 0)}
                      for i in chunk],
            "paging": {"page": page, "limit": self.per_page, "total": total}}}}
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return (f'<div id="__next"></div><script id="__NEXT_DATA__" '
                f'type="application/json">{text}</script>')

    def _stream(self, request: Request) -> Response:
        """The infinite scroll's API: items after a cursor, and the next cursor (null at
        the end)."""
        try:
            catid, page = _uncursor(request.query.get("cursor", ""))
        except ValueError:
            return Response(400, b'{"error": "bad cursor"}',
                            [("Content-Type", "application/json")])
        if catid not in self.catalog.categories or page < 1:
            return self.not_found()
        ids, last = self.pages(catid)
        chunk = ids[(page - 1) * self.per_page: page * self.per_page]
        data = {"items": [{"title": self._title(i), "url": self._link(i, 0)} for i in chunk],
                "nextCursor": _cursor(catid, page + 1) if page < last else None}
        return Response(200, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                        [("Content-Type", "application/json; charset=utf-8")])

    # load more --------------------------------------------------------------------------------
    def _more_url(self, catid: int, page: int) -> str:
        kind = "json" if self.spec.pager == "load_more_json" else "html"
        return f"/ajax/list-{kind}.php?cat={catid}&amp;page={page}"

    def _more(self, request: Request) -> Response:
        query = {k: v[0] for k, v in parse_qs(urlsplit(request.target).query).items()}
        catid, page = int(query.get("cat", "0") or 0), int(query.get("page", "0") or 0)
        if catid not in self.catalog.categories or page < 1:
            return self.not_found()
        if self.spec.seed % 2 and request.headers.get("x-requested-with") != "XMLHttpRequest":
            # (half the sites answer the fragment only to a script's request: the whole
            # section's first page otherwise, as Laravel's request()->ajax() branches)
            return self._listing(request, catid, 1)
        ids, last = self.pages(catid)
        chunk = ids[(page - 1) * self.per_page: page * self.per_page]
        nxt = self._more_url(catid, page + 1).replace("&amp;", "&") if page < last else None
        if request.path.startswith("/ajax/list-json"):
            data = {"status": "ok", "page": page, "next": nxt,
                    "items": [{"id": i, "title": self._title(i), "url": self._link(i, 0),
                               "thumb": f"/uploads/{i}.jpg"} for i in chunk]}
            return Response(200, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                            [("Content-Type", "application/json; charset=utf-8")])
        more = (f'<button class="btn-xem-them" data-url="{escape(nxt)}">Xem thêm</button>'
                if nxt else "")
        return Response.html(self._items(chunk) + more)

    # postback ---------------------------------------------------------------------------------
    def _postback_pager(self, catid: int, page: int, last: int) -> str:
        state = base64.b64encode(json.dumps({"c": catid, "p": page}).encode()).decode()
        window = list(range(max(1, page - 2), min(last, page + 2) + 1))
        links = [f'<a href="javascript:__doPostBack(&#39;ctl00$pager$ctl{i:02d}&#39;,'
                 f'&#39;&#39;)">{p}</a>' if p != page else f"<span>{p}</span>"
                 for i, p in enumerate(window)]
        if page < last:
            links.append("<a href=\"javascript:__doPostBack(&#39;ctl00$pager$next&#39;,"
                         "&#39;&#39;)\">Trang sau »</a>")
        path = self.list_path(catid)   # (written in the site's own encoding)
        action = quote(to_cp1258(path) if self.spec.charset == "cp1258" else path, safe="/?=&")
        return (f'<form method="post" action="{action}" id="aspnetForm">'
                f'<input type="hidden" name="{_VIEWSTATE}" value="{state}">'
                f'<div class="pager">{" ".join(links)}</div></form>')

    def _postback_page(self, request: Request, last: int) -> int | None:
        try:
            state = json.loads(base64.b64decode(request.form.get(_VIEWSTATE, "")))
            current = int(state["p"])
        except (ValueError, KeyError, TypeError):
            return None
        target = request.form.get("__EVENTTARGET", "")
        if target == "ctl00$pager$next":
            return min(current + 1, last)
        if target.startswith("ctl00$pager$ctl") and target[-2:].isdigit():
            return max(1, current - 2) + int(target[-2:])
        return None

    # articles ---------------------------------------------------------------------------------
    def _detail(self, entry: Entry) -> str:
        spec = self.spec
        head = ""
        if spec.canonical == "self":
            head = f'<link rel="canonical" href="{escape(self.detail_path(entry.id))}">\n'
        elif spec.canonical == "home":
            head = '<link rel="canonical" href="/">\n'
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in entry.text.paragraphs)
        older = ""
        if spec.pager == "related":
            # the only way to the section's older items: the next five, under each article
            ids = list(self.catalog.live_ids(entry.catid))
            at = ids.index(entry.id) if entry.id in ids else len(ids)
            items = "".join(f'<li><a href="{escape(self._link(i, 0))}">{escape(self._title(i))}'
                            "</a></li>" for i in ids[at + 1:at + 6])
            older = (f'<div class="other-news"><h3>Các tin đã đưa</h3><ul>{items}</ul></div>'
                     if items else "")
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> › '
                f'<a href="{self.list_path(entry.catid)}">{escape(entry.category)}</a></div>'
                f'<article><h1 class="title">{escape(entry.text.title)}</h1>'
                f'<div class="date">{entry.published:%d/%m/%Y %H:%M}</div>'
                f'<div class="content">{paragraphs}'
                f'<p class="author"><strong>{escape(entry.text.author)}</strong></p></div>'
                f"</article>{older}")
        return self._frame(entry.text.title, main, head)


def _cursor(catid: int, page: int) -> str:
    """An opaque cursor (not a page number a crawler could count on)."""
    raw = json.dumps({"c": catid, "p": page, "v": 2}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _uncursor(cursor: str) -> tuple[int, int]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return int(data["c"]), int(data["p"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(cursor) from exc


def _key(path: str) -> str:
    """A detail path as the site's router matches it: any letter case, parameters in any
    order, tracking parameters and fragments ignored."""
    parts = urlsplit(path.lower())
    query = sorted(q for q in parts.query.split("&")
                   if q and not q.startswith(("utm_", "ref=")))
    return parts.path + "?" + "&".join(query)


def generated_site(spec: SiteSpec | None = None, *, newest: datetime | None = None,
                   **choices: object) -> GeneratedSite:
    """A generated site from ``spec`` or from keyword choices over the default spec."""
    base = spec or SiteSpec()
    values: dict[str, object] = {f.name: getattr(base, f.name) for f in fields(base)}
    values.update(choices)
    return GeneratedSite(SiteSpec(**values), newest=newest)  # type: ignore[arg-type]
