# ruff: noqa: RUF012
"""Blind hold-out replicas for crawl discovery, built from the research notes only.

Four site shapes not covered by ``archiver.replica.families``:

* ``SharePointSite`` -- a SharePoint 2013 "CQ web part" portal. News listings
  ``/Pages/tin-tuc.aspx?Page=N`` (numbers + "Trang sau"), ``/Pages/hoat-dong-co-so.aspx?CatID=12&page=N``
  (only "Trang trước"/"Trang sau"), and ``/Pages/thong-bao.aspx`` paged by LinkButton
  ``__doPostBack('ctl00$m$g_<guid>$ctl00$rptPager$ctlNN$lnkPage','')`` postbacks.  Details
  ``/Pages/<cat>/<slug>.aspx`` (no numeric id in the URL) and ``/Lists/ThongBao/DispForm.aspx?ID=N``.
* ``DrupalSite`` -- Drupal 7: taxonomy term pages ``/tin-tuc?page=N`` (0-based, ``ul.pager``,
  "trang sau ›" / "cuối »"), details ``/<term>/<slug>`` with ``/node/<nid>`` aliases (canonical +
  shortlink in the head), ``/print/<nid>``, views archive, tag pages, unadvertised sitemap.
* ``K2Site`` -- Joomla 3 + K2: ``/index.php/tin-tuc?start=10``, subcategory itemlist
  ``/index.php/tin-tuc/itemlist/category/7-hoat-dong-co-so?start=5``, details
  ``/index.php/<menu>/item/<id>-<slug>``; print ``?tmpl=component&print=1``; K2 calendar / archive /
  tag itemlists.
* ``DcsSite`` -- a *.dcs.vn style .NET portal: ``/Default.aspx?tabid=N&ch=M&page=P`` listings with a
  windowed numeric pager and "»", details ``/tin-tuc/DetailView/<id>/<ch>/<Title-Case-Slug>.html``
  and ``/Default.aspx?tabid=N&ch=M&newsid=X`` aliases.

Every site has chrome: menus (Giới thiệu, Liên hệ), date/archive widgets, tag pages, a login link,
"In bài"/"Gửi email" links, sidebar "Tin mới"/"Đọc nhiều", footer links and a robots.txt that
disallows some of the linked URLs.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import re
import unicodedata
from datetime import date, datetime, timedelta
from html import escape
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as xml_escape

from archiver.replica.site import Catalog, Entry, ReplicaSite, Request, Response, html_page

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
WEEKDAYS_CAP = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MONTHS_VI = ("", "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
             "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười một",
             "Tháng Mười hai")
TAGS = ("Đại hội Đảng", "Chuyển đổi số", "Phòng, chống tham nhũng", "Công tác dân vận",
        "Học tập và làm theo Bác", "Nông thôn mới")

INTRO_PARAGRAPHS = (
    "Đảng bộ tỉnh được thành lập trong phong trào cách mạng sôi nổi của quần chúng nhân dân các "
    "dân tộc trong tỉnh, dưới sự lãnh đạo của Đảng Cộng sản Việt Nam.",
    "Trải qua các thời kỳ cách mạng, Đảng bộ tỉnh luôn phát huy truyền thống đoàn kết, lãnh đạo "
    "nhân dân vượt qua khó khăn, thử thách, giành được nhiều thắng lợi quan trọng.",
    "Hiện nay Đảng bộ tỉnh có 17 đảng bộ trực thuộc với hơn 2.400 tổ chức cơ sở đảng và trên "
    "62.000 đảng viên, sinh hoạt tại các chi bộ, đảng bộ cơ sở trên địa bàn toàn tỉnh.",
    "Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 - 2025 gồm 51 đồng chí; Ban Thường vụ "
    "Tỉnh ủy gồm 15 đồng chí; Ủy ban Kiểm tra Tỉnh ủy gồm 11 đồng chí.",
)
CONTACT_LINES = ("Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy", "Địa chỉ: Số 2, đường Hoàng Văn Thụ, "
                 "thành phố tỉnh lỵ", "Điện thoại: 0205.3812.xxx - Fax: 0205.3812.yyy",
                 "Email: bbt@tinhuy.dcs.vn")


def fold(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def title_case_slug(text: str) -> str:
    """tuyenquang.dcs.vn style: Title-Case words, '---' where the title had ' - '."""
    parts = []
    for chunk in fold(text).split(" - "):
        words = re.findall(r"[A-Za-z0-9]+", chunk)
        parts.append("-".join(w[:1].upper() + w[1:].lower() for w in words))
    return "---".join(p for p in parts if p)


class PatternCatalog(Catalog):
    """A catalog whose category of the d-th article follows a repeating pattern."""

    def __init__(self, *args: object, pattern: tuple[int, ...], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.pattern = pattern

    def catid_of(self, d: int) -> int:
        return self.pattern[d % len(self.pattern)]


class HoldoutSite(ReplicaSite):
    """Shared bookkeeping: unique slugs, tags, hit counts, paging arithmetic, robots."""

    robots = "User-agent: *\nDisallow:\n"
    profile = "auto"                     # best-matching family profile
    per_cat: dict[int, int] = {}         # items per listing page, per category
    slug_suffix = "-{n}"

    def __init__(self, catalog: Catalog, *, per_page: int = 5) -> None:
        last = catalog.published_of(catalog.d_max).date()
        super().__init__(catalog, today=last + timedelta(days=1), per_page=per_page)
        self.gzip = True
        self._slug: dict[int, str] = {}
        seen: dict[str, int] = {}
        for article_id in sorted(catalog.live_ids()):      # oldest first keeps the bare slug
            entry = catalog.entry(article_id)
            assert entry is not None
            base = self.make_slug(entry.text.title)
            n = seen.get(base, 0)
            seen[base] = n + 1
            self._slug[article_id] = base if n == 0 else base + self.slug_suffix.format(n=n)
        self._by_slug = {s: i for i, s in self._slug.items()}

    # hooks ---------------------------------------------------------------------------------
    def make_slug(self, title: str) -> str:
        return slugify(title)

    def site_route(self, request: Request) -> Response:
        raise NotImplementedError

    def aliases(self, article_id: int) -> list[str]:
        """Every path form under which the article is served (canonical first)."""
        return [self.detail_path(article_id)]

    # shared --------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return Response.text(self.robots.replace("{base}", request.base_url))
        if request.path.lower() in ("/favicon.ico",):
            return Response(404, b"")
        return self.site_route(request)

    def slug(self, article_id: int) -> str:
        return self._slug[article_id]

    def entry(self, article_id: int) -> Entry | None:
        return self.catalog.entry(article_id)

    def ids(self, catid: int | None = None) -> list[int]:
        return list(self.catalog.live_ids(catid))

    def entries(self, ids: list[int]) -> list[Entry]:
        return [e for e in (self.catalog.entry(i) for i in ids) if e is not None]

    def size(self, catid: int) -> int:
        return self.per_cat.get(catid, self.per_page)

    def page_count(self, catid: int) -> int:
        return max(1, -(-len(self.ids(catid)) // self.size(catid)))

    def page_ids(self, catid: int, page: int) -> list[int]:
        """``page`` is 1-based."""
        n = self.size(catid)
        return self.ids(catid)[(page - 1) * n: page * n]

    def tags_of(self, article_id: int) -> list[str]:
        first = TAGS[article_id % len(TAGS)]
        second = TAGS[(article_id // 7) % len(TAGS)]
        return [first] if second == first else [first, second]

    def tagged(self, tag: str) -> list[int]:
        return [i for i in self.ids() if tag in self.tags_of(i)]

    @staticmethod
    def hits(article_id: int) -> int:
        return 120 + (article_id * 7919) % 4800

    def newest(self, k: int = 5) -> list[Entry]:
        return self.entries(self.ids()[:k])

    def most_read(self, k: int = 5) -> list[Entry]:
        return self.entries(sorted(self.ids(), key=lambda i: -self.hits(i))[:k])

    def days_with_news(self) -> list[date]:
        days = sorted({e.published.date() for e in self.entries(self.ids())}, reverse=True)
        return days

    def ids_on(self, day: date, catid: int | None = None) -> list[int]:
        return [e.id for e in self.entries(self.ids(catid)) if e.published.date() == day]

    def others(self, entry: Entry, k: int = 5) -> list[Entry]:
        """Older articles of the same category ("Tin khác")."""
        ids = self.ids(entry.catid)
        pos = ids.index(entry.id)
        return self.entries(ids[pos + 1: pos + 1 + k])

    def article_paths(self) -> list[str]:
        return [self.detail_path(i) for i in self.ids()]

    def listing_pages_of(self, article_id: int) -> list[str]:
        """Where a correct crawler finds the article on its category listing (diagnostics)."""
        raise NotImplementedError

    def body_html(self, entry: Entry, *, figure: str = "table", img_dir: str = "/uploads/news",
                  caption_class: str = "image_desc") -> str:
        out = []
        paragraphs = entry.text.paragraphs
        for i, p in enumerate(paragraphs):
            out.append(f'<p style="text-align: justify;">{escape(p)}</p>')
            if i == entry.text.image_after and entry.text.captions:
                for k, (a, b) in enumerate(entry.text.captions):
                    src = f"{img_dir}/{entry.published:%Y_%m}/anh-{entry.id}-{k + 1}.jpg"
                    if figure == "table":
                        out.append(
                            f'<table class="image" align="center" border="0" cellpadding="3">'
                            f'<tbody><tr><td><img alt="{escape(a)}" src="{src}" width="600" />'
                            f'</td></tr><tr><td class="{caption_class}">{escape(a)}<br />'
                            f"{escape(b)}</td></tr></tbody></table>")
                    else:
                        out.append(f'<figure class="image"><img alt="" src="{src}" />'
                                   f"<figcaption>{escape(a)}<br />{escape(b)}</figcaption>"
                                   "</figure>")
        return "\n".join(out)


def viewstate(state: str) -> str:
    return base64.b64encode(("/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg" + "|" + state)
                            .encode()).decode()


def state_of(value: str) -> str:
    try:
        text = base64.b64decode(value.encode(), validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return ""
    return text.split("|", 1)[1] if "|" in text else ""


# =============================================================================================
# 1. SharePoint 2013 portal with CQ-style web parts
# =============================================================================================
class SharePointSite(HoldoutSite):
    name = "holdout-sharepoint"
    profile = "sharepoint_cq"
    CATS = {1: ("Tin tức - Sự kiện", "tin-tuc"), 2: ("Hoạt động cơ sở", "hoat-dong-co-so"),
            3: ("Thông báo", "thong-bao")}
    per_cat = {1: 6, 2: 4, 3: 2}
    slug_suffix = "-{n}"
    GUID = "8a2c5f31_0b7e_4d1a_9c3e_6f0d2b7a9e44"
    LIST_GUID = "3f9d1c2e_77aa_4b0e_8e51_2c6b9d0a1f73"
    robots = ("User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"
              "Disallow: /Pages/in-bai.aspx\nDisallow: /Lists/ThongBao/AllItems.aspx\n"
              "Disallow: /Search/\n")

    def detail_path(self, article_id: int) -> str:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        if catid == 3:
            return f"/Lists/ThongBao/DispForm.aspx?ID={article_id}"
        return f"/Pages/{self.CATS[catid][1]}/{self.slug(article_id)}.aspx"

    def list_path(self, catid: int, page: int = 1) -> str:
        slug = self.CATS[catid][1]
        if catid == 1:
            return f"/Pages/{slug}.aspx" + (f"?Page={page}" if page > 1 else "")
        if catid == 2:
            return f"/Pages/{slug}.aspx" + (f"?CatID=12&page={page}" if page > 1 else "")
        return f"/Pages/{slug}.aspx"

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in self.CATS]

    def listing_pages_of(self, article_id: int) -> list[str]:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        for page in range(1, self.page_count(catid) + 1):
            if article_id in self.page_ids(catid, page):
                if catid == 3:
                    return [f"POST /Pages/thong-bao.aspx (postback page {page})" if page > 1
                            else "GET /Pages/thong-bao.aspx"]
                return [self.list_path(catid, page)]
        return []

    # routing -------------------------------------------------------------------------------
    def site_route(self, request: Request) -> Response:
        path = request.path
        low = path.lower()
        query = {k.lower(): v for k, v in request.query.items()}
        if path == "/":
            return Response.redirect("/Pages/default.aspx")
        if low == "/pages/default.aspx":
            return Response.html(self.home(request))
        if m := re.fullmatch(r"/pages/(tin-tuc|hoat-dong-co-so|thong-bao)\.aspx", low):
            catid = {v[1]: k for k, v in self.CATS.items()}[m[1]]
            if catid == 1 and "date" in query:
                try:
                    day = datetime.strptime(query["date"], "%d/%m/%Y").date()
                except ValueError:
                    return self.error_page()
                return Response.html(self.day_listing(request, day))
            page = 1
            if catid == 3 and request.method == "POST":
                page = self.postback_page(request)
                if page == 0:
                    return self.error_page()
            elif catid in (1, 2):
                raw = query.get("page", "1")
                page = int(raw) if raw.isdigit() else 1
            return Response.html(self.listing(request, catid, page))
        if m := re.fullmatch(r"/pages/(tin-tuc|hoat-dong-co-so)/([a-z0-9-]+)\.aspx", low):
            article_id = self._by_slug.get(m[2])
            if article_id is None or self.detail_path(article_id).lower() != low:
                return self.not_found()
            return self.article_response(request, self.entry(article_id),
                                         lambda e: self.detail(request, e))
        if low == "/lists/thongbao/dispform.aspx":
            raw = query.get("id", "")
            if raw.isdigit() and self.catalog.exists(int(raw)) \
                    and self.catalog.catid_of(self.catalog.d_of(int(raw)) or 0) == 3:
                return self.article_response(request, self.entry(int(raw)),
                                             lambda e: self.detail(request, e))
            return self.not_found()
        if low == "/pages/chu-de.aspx":
            tag = next((t for t in TAGS if slugify(t) == query.get("tag")), None)
            if tag is None:
                return self.not_found()
            return Response.html(self.tag_listing(request, tag))
        if low == "/pages/gioi-thieu.aspx":
            body = "".join(f"<p>{escape(p)}</p>" for p in INTRO_PARAGRAPHS)
            return Response.html(self.page(request, "Giới thiệu", self.rich("Giới thiệu chung",
                                                                            body)))
        if low == "/pages/lien-he.aspx":
            body = "".join(f"<p>{escape(p)}</p>" for p in CONTACT_LINES) + self.contact_form()
            return Response.html(self.page(request, "Liên hệ", self.rich("Liên hệ", body)))
        if low == "/pages/so-do-cong.aspx":
            items = "".join(f'<li><a href="{self.list_path(c)}">{escape(n)}</a></li>'
                            for c, (n, _) in self.CATS.items())
            return Response.html(self.page(request, "Sơ đồ cổng",
                                           self.rich("Sơ đồ cổng", f"<ul>{items}</ul>")))
        if low == "/pages/gui-email.aspx":
            return Response.html(self.page(request, "Gửi email", self.rich(
                "Gửi bài viết qua email", self.contact_form(email=True))))
        if low == "/pages/in-bai.aspx":
            raw = query.get("id", "")
            entry = self.entry(int(raw)) if raw.isdigit() else None
            if entry is None:
                return self.not_found()
            return Response.html(html_page(entry.text.title, f"<h2>{escape(entry.text.title)}</h2>"
                                           + self.body_html(entry) + "<script>window.print()"
                                           "</script>"))
        if low.startswith("/_layouts/"):
            return Response.html(html_page("Đăng nhập", "<h1>Đăng nhập</h1><form method='post'>"
                                           "<input name='user'><input type='password' "
                                           "name='pass'></form>"))
        return self.not_found()

    def error_page(self) -> Response:
        return Response.html(html_page("Lỗi", "<h1>Lỗi</h1><p>Đã xảy ra lỗi không mong muốn."
                                       "</p><p>ID tương quan: 9c1b2a7e-…</p>"), status=500)

    def postback_page(self, request: Request) -> int:
        form = request.form
        target = form.get("__EVENTTARGET", "")
        state = state_of(form.get("__VIEWSTATE", ""))
        m = re.fullmatch(r"pager\|page=(\d+)", state)
        if not m:
            return 0                                        # "viewstate MAC validation failed"
        current = int(m[1])
        prefix = f"ctl00$m$g_{self.GUID}$ctl00$rptPager$"
        pages = self.page_count(3)
        if target == f"ctl00$m$g_{self.GUID}$ctl00$lnkNext":
            page = current + 1
        elif target == f"ctl00$m$g_{self.GUID}$ctl00$lnkPrev":
            page = current - 1
        elif target.startswith(prefix) and (mm := re.fullmatch(r"ctl(\d\d)\$lnkPage",
                                                                target[len(prefix):])):
            page = int(mm[1]) + 1
        else:
            page = current
        return page if 1 <= page <= pages else 0

    # chrome --------------------------------------------------------------------------------
    def page(self, request: Request, title: str, main: str, *, action: str | None = None,
             state: str = "page", head: str = "") -> str:
        action = action or ("." + request.target[request.target.rfind("/"):])
        source = quote(request.target, safe="")
        menu = [("/Pages/default.aspx", "Trang chủ"), ("/Pages/gioi-thieu.aspx", "Giới thiệu")]
        menu += [(self.list_path(c), n) for c, (n, _) in self.CATS.items()]
        menu += [("/Pages/lien-he.aspx", "Liên hệ")]
        nav = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item" '
                      f'href="{h}"><span class="additional-background"><span class="menu-item-text">'
                      f"{escape(t)}</span></span></a></li>" for h, t in menu)
        newest = "".join(f'<li><a href="{escape(self.detail_path(e.id))}">{escape(e.text.title)}'
                         f'</a> <span class="time_update">(Ngày {e.published:%d/%m/%Y})</span></li>'
                         for e in self.newest())
        read = "".join(f'<li><a href="{escape(self.detail_path(e.id))}">{escape(e.text.title)}'
                       f"</a></li>" for e in self.most_read())
        days = "".join(f'<li><a href="/Pages/tin-tuc.aspx?date={d:%d/%m/%Y}">{d:%d/%m/%Y}</a></li>'
                       for d in self.days_with_news()[:7])
        tags = " ".join(f'<a class="tag" href="/Pages/chu-de.aspx?tag={slugify(t)}">{escape(t)}</a>'
                        for t in TAGS)
        digest = hashlib.sha1(request.target.encode()).hexdigest().upper()[:32]
        body = f"""
<form method="post" action="{escape(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{digest},06 May 2024 08:15:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(state)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">
  <div class="top_link"><a href="/_layouts/15/Authenticate.aspx?Source={source}" id="ctl00_IdWelcome_ExplicitLogin">Đăng nhập</a>
   | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="http://www.dangcongsan.vn" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></div>
  <a href="/Pages/default.aspx" id="ctl00_onetidProjectPropertyTitleGraphic"><img src="/SiteAssets/Images/banner.jpg" alt="Cổng thông tin điện tử Đảng bộ tỉnh" /></a>
</div>
<div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">{nav}</ul></div>
<div id="contentRow"><div id="contentBox">
<div class="main_content">{main}</div>
</div>
<div class="right_content">
  <div class="box_right"><div class="top_F">Tin mới</div><div class="inner_F"><ul>{newest}</ul></div></div>
  <div class="box_right"><div class="top_F">Đọc nhiều</div><div class="inner_F"><ul>{read}</ul></div></div>
  <div class="box_right"><div class="top_F">Tin theo ngày</div><div class="inner_F"><ul class="calendar">{days}</ul></div></div>
  <div class="box_right"><div class="top_F">Chủ đề</div><div class="inner_F tags">{tags}</div></div>
</div></div>
<div class="footer">
  <p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH - Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy</p>
  <p><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="http://tuyengiao.vn">Tạp chí Tuyên giáo</a></p>
  <p>Ghi rõ nguồn "Cổng thông tin điện tử Đảng bộ tỉnh" khi phát hành lại thông tin từ website này.</p>
</div>
</div></div>
</form>"""
        return html_page(title + " - Cổng thông tin điện tử Đảng bộ tỉnh", body, head=head)

    def rich(self, title: str, html: str) -> str:
        return (f'<div class="article_page"><h1>{escape(title)}</h1><div id="ctl00_PlaceHolderMain'
                f'_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">{html}</div></div>')

    def contact_form(self, email: bool = False) -> str:
        extra = '<p>Email người nhận: <input name="to" /></p>' if email else ""
        return (f'<div class="form">{extra}<p>Họ tên: <input name="ten" /></p><p>Nội dung: '
                '<textarea name="noidung"></textarea></p><input type="submit" value="Gửi" />'
                "</div>")

    def item(self, e: Entry) -> str:
        href = escape(self.detail_path(e.id))
        return (f'<div class="cont_artical"><div class="name_artical"><a href="{href}">'
                f'{escape(e.text.title)}</a> <span class="time_update">({e.published:%d/%m/%Y %H:%M})'
                f'</span></div><div class="interpre"><div class="img_thumb"><a href="{href}">'
                f'<img src="/SiteAssets/TinTuc/{e.published:%Y%m}/{e.id}_thumb.jpg" alt="" /></a>'
                f'</div><div class="short_content">{escape(e.text.paragraphs[0][:160])}…</div>'
                f'</div></div>')

    def listing(self, request: Request, catid: int, page: int) -> str:
        name = self.CATS[catid][0]
        pages = self.page_count(catid)
        items = "".join(self.item(e) for e in self.entries(self.page_ids(catid, page)))
        if not items:
            items = '<div class="no_item">Không có tin bài nào.</div>'
        g = f"ctl00_m_g_{self.GUID}_ctl00"
        if catid == 1:
            links = []
            for p in range(1, pages + 1):
                links.append(f'<span class="current">{p}</span>' if p == page else
                             f'<a href="{self.list_path(1, p)}">{p}</a>')
            if page < pages:
                links.append(f'<a href="{self.list_path(1, page + 1)}" title="Trang sau">'
                             f"Trang sau</a>")
            pager = f'<div class="paging">{" ".join(links)}</div>'
        elif catid == 2:
            prev = (f'<a href="{escape(self.list_path(2, page - 1))}">« Trang trước</a>'
                    if page > 1 else "")
            nxt = (f'<a href="{escape(self.list_path(2, page + 1))}">Trang sau »</a>'
                   if page < pages else "")
            pager = (f'<table class="pager"><tr><td>{prev}</td><td>Trang {page}/{pages}</td>'
                     f"<td>{nxt}</td></tr></table>")
        else:
            n = f"ctl00$m$g_{self.GUID}$ctl00"
            links = []
            if page > 1:
                links.append(f'<a id="{g}_lnkPrev" href="javascript:__doPostBack(&#39;{n}$lnkPrev'
                             f'&#39;,&#39;&#39;)">« Trước</a>')
            for p in range(1, pages + 1):
                ctl = f"ctl{p - 1:02d}"
                links.append(f'<span class="current">{p}</span>' if p == page else
                             f'<a id="{g}_rptPager_{ctl}_lnkPage" href="javascript:__doPostBack('
                             f'&#39;{n}$rptPager${ctl}$lnkPage&#39;,&#39;&#39;)">{p}</a>')
            if page < pages:
                links.append(f'<a id="{g}_lnkNext" href="javascript:__doPostBack(&#39;{n}$lnkNext'
                             f'&#39;,&#39;&#39;)">Sau »</a>')
            pager = f'<div class="paging">{" ".join(links)}</div>'
        main = (f'<div id="{g}_pnList"><h2><span id="{g}_lblCategoryTitle">{escape(name)}</span>'
                f'</h2><div class="inner_content_subpage">{items}</div>{pager}</div>')
        return self.page(request, name, main, state=f"pager|page={page}" if catid == 3 else "list")

    def day_listing(self, request: Request, day: date) -> str:
        items = "".join(self.item(e) for e in self.entries(self.ids_on(day, 1)))
        main = (f"<h2>Tin tức ngày {day:%d/%m/%Y}</h2><div class='inner_content_subpage'>"
                f"{items or 'Không có tin bài nào.'}</div>")
        return self.page(request, "Tin theo ngày", main)

    def tag_listing(self, request: Request, tag: str) -> str:
        items = "".join(self.item(e) for e in self.entries(self.tagged(tag)[:8]))
        return self.page(request, tag, f"<h2>Chủ đề: {escape(tag)}</h2>{items}")

    def home(self, request: Request) -> str:
        blocks = []
        for catid, (name, _) in self.CATS.items():
            items = "".join(self.item(e) for e in self.entries(self.page_ids(catid, 1)[:3]))
            blocks.append(f'<div class="home_cat"><h2><a href="{self.list_path(catid)}">'
                          f"{escape(name)}</a></h2>{items}</div>")
        return self.page(request, "Trang chủ", "".join(blocks))

    def detail(self, request: Request, entry: Entry) -> str:
        g = f"ctl00_m_g_{self.GUID}_ctl00"
        name, _ = self.CATS[entry.catid]
        canonical = request.base_url + self.detail_path(entry.id)
        others = "".join(f'<li><a href="{escape(self.detail_path(o.id))}">{escape(o.text.title)}'
                         f'</a> <span class="time_update">(Ngày {o.published:%d/%m/%Y})</span></li>'
                         for o in self.others(entry))
        tags = ", ".join(f'<a href="/Pages/chu-de.aspx?tag={slugify(t)}">{escape(t)}</a>'
                         for t in self.tags_of(entry.id))
        lead, *rest = entry.text.paragraphs
        body = self.body_html(entry).split("\n", 1)[1] if rest else ""
        share = quote(canonical, safe="")
        main = f"""
<div class="detail_artical">
  <div class="path"><div class="arr_B"><span id="{g}_lblBreadCrum"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="{self.list_path(entry.catid)}">{escape(name)}</a></span></div></div>
  <div><table><tr><td><table><tr><td><a href="#"><img src="/SiteAssets/Images/icon_date.jpg" /></a></td><td><span id="{g}_lblCreatedDate">{entry.published:%d/%m/%Y %H:%M}</span></td></tr></table></td>
  <td class="tools"><a href="/Pages/in-bai.aspx?ID={entry.id}" target="_blank">In bài</a> | <a href="/Pages/gui-email.aspx?ID={entry.id}&amp;url={share}">Gửi email</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={share}">Chia sẻ</a></td></tr></table></div>
  <h2><span id="{g}_lblTitle">{escape(entry.text.title)}</span></h2>
  <p><b>{escape(lead)}</b></p>
  <p><table width="100%"><tr><td>{body}</td></tr>
  <tr><td align="right" style="font-weight:bold"><span id="{g}_lblAuthor">{escape(entry.text.author)}</span><br /><span id="{g}_lblSource">{escape(entry.text.author_unit)}</span></td></tr></table></p>
  <div class="tags">Từ khóa: {tags}</div>
</div>
<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{others}</ul></div></div>"""
        head = f'<link rel="canonical" href="{escape(canonical)}" />\n'
        return self.page(request, entry.text.title, main, head=head)


# =============================================================================================
# 2. Drupal 7
# =============================================================================================
class DrupalSite(HoldoutSite):
    name = "holdout-drupal"
    profile = "drupal"
    CATS = {1: ("Tin tức", "tin-tuc"), 2: ("Xây dựng Đảng", "xay-dung-dang"),
            3: ("Văn hóa - Xã hội", "van-hoa-xa-hoi")}
    per_cat = {1: 4, 2: 4, 3: 4}
    slug_suffix = "-{n}"
    PAGES = {1: ("Giới thiệu", "gioi-thieu"), 2: ("Chức năng, nhiệm vụ", "chuc-nang-nhiem-vu")}
    robots = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
Crawl-delay: 10
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.js$
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /install.php
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
Disallow: /print/
Disallow: /printmail/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=user/login/
"""

    def detail_path(self, article_id: int) -> str:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        return f"/{self.CATS[catid][1]}/{self.slug(article_id)}"

    def aliases(self, article_id: int) -> list[str]:
        return [self.detail_path(article_id), f"/node/{article_id}"]

    def list_path(self, catid: int, page: int = 0) -> str:
        return f"/{self.CATS[catid][1]}" + (f"?page={page}" if page else "")

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in self.CATS]

    def listing_pages_of(self, article_id: int) -> list[str]:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        for page in range(1, self.page_count(catid) + 1):
            if article_id in self.page_ids(catid, page):
                return [self.list_path(catid, page - 1)]
        return []

    def tid(self, catid: int) -> int:
        return catid

    def site_route(self, request: Request) -> Response:
        path, query = request.path, request.query
        raw_page = query.get("page", "0")
        page0 = int(raw_page) if raw_page.isdigit() else 0
        by_slug = {v[1]: k for k, v in self.CATS.items()}
        if path == "/":
            return Response.html(self.front(request, page0))
        if path.lstrip("/") in by_slug:
            catid = by_slug[path.lstrip("/")]
            return Response.html(self.term_page(request, catid, page0))
        if m := re.fullmatch(r"/taxonomy/term/(\d+)", path):
            tid = int(m[1])
            if tid in self.CATS:
                return Response.html(self.term_page(request, tid, page0))
            return self.not_found()
        if m := re.fullmatch(r"/taxonomy/term/(\d+)/feed", path):
            tid = int(m[1])
            return self.feed(request, self.ids(tid)[:10]) if tid in self.CATS else self.not_found()
        if m := re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)", path):
            if m[1] in by_slug:
                article_id = self._by_slug.get(m[2])
                if article_id is not None and self.detail_path(article_id) == path:
                    return self.article_response(request, self.entry(article_id),
                                                 lambda e: self.node(request, e))
                return self.not_found()
            if m[1] == "tags":
                tag = next((t for t in TAGS if slugify(t) == m[2]), None)
                if tag:
                    return Response.html(self.id_listing(request, f"Từ khóa: {tag}",
                                                         self.tagged(tag), page0, path))
                return self.not_found()
            if m[1] == "archive" and re.fullmatch(r"\d{6}", m[2]):
                year, month = int(m[2][:4]), int(m[2][4:])
                if not 1 <= month <= 12:
                    return self.not_found()
                ids = [e.id for e in self.entries(self.ids())
                       if (e.published.year, e.published.month) == (year, month)]
                return Response.html(self.id_listing(
                    request, f"Lưu trữ {MONTHS_VI[month]} {year}", ids, page0, path))
        if m := re.fullmatch(r"/node/(\d+)", path):
            nid = int(m[1])
            if nid in self.PAGES:
                return Response.html(self.basic_page(request, nid))
            if self.catalog.exists(nid):
                return self.article_response(request, self.entry(nid),
                                             lambda e: self.node(request, e))
            return self.not_found()
        if (hit := next((n for n, (_, s) in self.PAGES.items() if path == "/" + s), None)):
            return Response.html(self.basic_page(request, hit))
        if path in ("/lien-he", "/contact"):
            form = ('<form class="contact-form" action="/lien-he" method="post" id="contact-site-'
                    'form"><div class="form-item"><label>Tên của bạn</label><input name="name" />'
                    '</div><div class="form-item"><label>Chủ đề</label><input name="subject" />'
                    '</div><div class="form-item"><label>Nội dung</label><textarea name="message">'
                    '</textarea></div><input type="submit" value="Gửi thư" /></form>')
            body = "".join(f"<p>{escape(x)}</p>" for x in CONTACT_LINES) + form
            return Response.html(self.page(request, "Liên hệ", body))
        if path == "/user/login" or path == "/user":
            return Response.html(self.page(request, "Đăng nhập", (
                '<form action="/user/login" method="post" id="user-login"><label>Tên đăng nhập'
                '</label><input name="name" /><label>Mật khẩu</label><input type="password" '
                'name="pass" /><input type="submit" value="Đăng nhập" /></form>'
                '<ul><li><a href="/user/password">Quên mật khẩu</a></li></ul>')))
        if path == "/user/password":
            return Response.html(self.page(request, "Quên mật khẩu", "<form><input name='name'>"
                                           "</form>"))
        if path == "/sitemap":
            items = "".join(f'<li><a href="{self.list_path(c)}">{escape(n)}</a></li>'
                            for c, (n, _) in self.CATS.items())
            return Response.html(self.page(request, "Sơ đồ trang", f"<ul>{items}</ul>"))
        if path == "/rss.xml":
            return self.feed(request, self.ids()[:10])
        if path == "/sitemap.xml":
            locs = ["/", *(self.list_path(c) for c in self.CATS),
                    *("/" + s for _, s in self.PAGES.values()),
                    *(self.detail_path(i) for i in self.ids())]
            urls = "".join(f"<url><loc>{xml_escape(request.base_url + u)}</loc>"
                           f"<changefreq>daily</changefreq><priority>0.5</priority></url>"
                           for u in locs)
            return Response.text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://'
                                 f'www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
                                 "text/xml; charset=utf-8")
        if m := re.fullmatch(r"/(print|printmail)/(\d+)", path):
            entry = self.entry(int(m[2]))
            if entry is None:
                return self.not_found()
            return Response.html(html_page(entry.text.title, f'<div class="print-content"><h1>'
                                           f"{escape(entry.text.title)}</h1>"
                                           f"{self.body_html(entry, figure='figure')}</div>"))
        if m := re.fullmatch(r"/comment/reply/(\d+)", path):
            return Response.html(self.page(request, "Thêm bình luận mới", "<form></form>"))
        return self.not_found()

    # chrome --------------------------------------------------------------------------------
    def page(self, request: Request, title: str, content: str, *, head: str = "",
             crumbs: list[tuple[str, str]] | None = None, h1: bool = True) -> str:
        dest = quote(request.target.lstrip("/") or "node", safe="")
        login = ("/user/login" if request.path.startswith("/user")
                 else f"/user/login?destination={dest}")
        menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu")]
        menu += [(self.list_path(c), n) for c, (n, _) in self.CATS.items()]
        menu += [("/lien-he", "Liên hệ")]
        lis = "".join(f'<li class="menu-{218 + i}{" first" if i == 0 else ""}'
                      f'{" last" if i == len(menu) - 1 else ""}"><a href="{h}">{escape(t)}</a></li>'
                      for i, (h, t) in enumerate(menu))

        def views_list(entries: list[Entry]) -> str:
            rows = []
            for i, e in enumerate(entries, 1):
                rows.append(f'<li class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}">'
                            f'<span class="views-field views-field-title"><span class="field-content">'
                            f'<a href="{self.detail_path(e.id)}">{escape(e.text.title)}</a></span>'
                            f'</span></li>')
            return f'<div class="item-list"><ul>{"".join(rows)}</ul></div>'

        months: dict[tuple[int, int], int] = {}
        for e in self.entries(self.ids()):
            key = (e.published.year, e.published.month)
            months[key] = months.get(key, 0) + 1
        archive = "".join(f'<li><a href="/archive/{y}{m:02d}">{MONTHS_VI[m]} {y}</a> ({n})</li>'
                          for (y, m), n in sorted(months.items(), reverse=True))
        tags = " ".join(f'<a href="/tags/{slugify(t)}">{escape(t)}</a>' for t in TAGS)
        crumb_html = ""
        if crumbs:
            crumb_html = ('<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2>'
                          '<div class="breadcrumb">' + " » ".join(
                              f'<a href="{h}">{escape(t)}</a>' for h, t in crumbs) + "</div></div>")
        title_html = f'<h1 class="title" id="page-title">{escape(title)}</h1>' if h1 else ""
        body = f"""
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
  <a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
  <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy</span></a></strong></div></div>
  <div class="region region-header"><ul class="links"><li class="first last"><a href="{login}">Đăng nhập</a></li></ul>
  <form action="/search/node" method="post" id="search-block-form"><input type="text" name="search_block_form" /><input type="submit" value="Tìm kiếm" /></form></div>
</div></div>
<div id="navigation"><div class="section"><h2 class="element-invisible">Trình đơn chính</h2><ul id="main-menu" class="links inline clearfix">{lis}</ul></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
{crumb_html}
<div id="content" class="column"><div class="section"><a id="main-content"></a>
{title_html}
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{content}
</div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-id-tin_moi"><div class="view-content">{views_list(self.newest())}</div></div></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>Đọc nhiều</h2><div class="content">{views_list(self.most_read())}</div></div>
<div id="block-views-archive-block" class="block block-views"><h2>Lưu trữ</h2><div class="content"><div class="item-list"><ul class="views-summary">{archive}</ul></div></div></div>
<div id="block-tagclouds-1" class="block block-tagclouds"><h2>Chủ đề</h2><div class="content"><span class="tagclouds-term">{tags}</span></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<div id="block-block-1" class="block block-block"><div class="content"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY</strong></p><p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div>
<ul class="menu"><li class="first"><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/sitemap">Sơ đồ trang</a></li><li><a href="/rss.xml">RSS</a></li><li class="last"><a href="http://www.dangcongsan.vn">Báo Đảng Cộng sản Việt Nam</a></li></ul>
</div></div></div></div>
</div></div>"""
        head = head + ('<link rel="alternate" type="application/rss+xml" title="RSS" '
                       'href="/rss.xml" />\n')
        return html_page(f"{title} | Ban Tuyên giáo Tỉnh ủy", body, head=head)

    def submitted(self, e: Entry) -> str:
        wd = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
        return (f'<span property="dc:date dc:created" content="{e.published:%Y-%m-%dT%H:%M:00}'
                f'+07:00" datatype="xsd:dateTime">{wd[e.published.weekday()]}, '
                f'{e.published:%d/%m/%Y - %H:%M}</span>')

    def teaser(self, e: Entry) -> str:
        href = self.detail_path(e.id)
        return f"""<div id="node-{e.id}" class="node node-article node-promoted node-teaser clearfix" about="{href}" typeof="sioc:Item foaf:Document">
  <h2><a href="{href}">{escape(e.text.title)}</a></h2>
  <div class="meta submitted">{self.submitted(e)}</div>
  <div class="content clearfix"><div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{href}"><img typeof="foaf:Image" src="/sites/default/files/styles/medium/public/field/image/{e.published:%Y-%m}/anh-{e.id}.jpg" alt="" /></a></div></div></div>
  <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{escape(e.text.paragraphs[0][:200])}…</p></div></div></div></div>
  <div class="link-wrapper"><ul class="links inline"><li class="node-readmore first last"><a href="{href}" rel="tag" title="{escape(e.text.title)}">Đọc thêm<span class="element-invisible"> về {escape(e.text.title)}</span></a></li></ul></div>
</div>"""

    def pager(self, base: str, page0: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(p: int) -> str:
            return base + (f"?page={p}" if p else "")
        lis = []
        if page0 > 0:
            lis.append(f'<li class="pager-first first"><a title="Đến trang đầu tiên" href="{href(0)}">'
                       "« đầu</a></li>")
            lis.append(f'<li class="pager-previous"><a title="Đến trang trước" href="{href(page0 - 1)}">'
                       "‹ trước</a></li>")
        for p in range(pages):
            if p == page0:
                lis.append(f'<li class="pager-current">{p + 1}</li>')
            else:
                lis.append(f'<li class="pager-item"><a title="Đến trang {p + 1}" href="{href(p)}">'
                           f"{p + 1}</a></li>")
        if page0 < pages - 1:
            lis.append(f'<li class="pager-next"><a title="Đến trang sau" href="{href(page0 + 1)}">'
                       "trang sau ›</a></li>")
            lis.append(f'<li class="pager-last last"><a title="Đến trang cuối cùng" '
                       f'href="{href(pages - 1)}">cuối »</a></li>')
        return ('<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
                + "".join(lis) + "</ul></div>")

    def id_listing(self, request: Request, title: str, ids: list[int], page0: int, base: str,
                   per: int = 5, intro: str = "") -> str:
        pages = max(1, -(-len(ids) // per))
        page0 = min(page0, pages - 1)                    # Drupal clamps an out-of-range page
        teasers = "".join(self.teaser(e) for e in self.entries(ids[page0 * per:(page0 + 1) * per]))
        return self.page(request, title, intro + teasers + self.pager(base, page0, pages),
                         crumbs=[("/", "Trang chủ")])

    def term_page(self, request: Request, catid: int, page0: int) -> str:
        name, slug = self.CATS[catid]
        intro = (f'<div class="term-listing-heading"><div id="taxonomy-term-{catid}" class="'
                 f'taxonomy-term vocabulary-chuyen-muc"><div class="content"></div></div></div>')
        per = self.size(catid)
        ids = self.ids(catid)
        pages = max(1, -(-len(ids) // per))
        page0 = min(page0, pages - 1)
        teasers = "".join(self.teaser(e) for e in self.entries(ids[page0 * per:(page0 + 1) * per]))
        feed = (f'<a href="/taxonomy/term/{catid}/feed" class="feed-icon" title="Đăng ký nhận '
                f'{escape(name)}"><img src="/misc/feed.png" alt="Đăng ký nhận nội dung" /></a>')
        head = (f'<link rel="canonical" href="/{slug}" />\n<link rel="shortlink" '
                f'href="/taxonomy/term/{catid}" />\n')
        return self.page(request, name, intro + teasers + self.pager("/" + slug, page0, pages)
                         + feed, head=head, crumbs=[("/", "Trang chủ")])

    def front(self, request: Request, page0: int) -> str:
        ids = self.ids()
        per = 6
        pages = max(1, -(-len(ids) // per))
        page0 = min(page0, pages - 1)
        teasers = "".join(self.teaser(e) for e in self.entries(ids[page0 * per:(page0 + 1) * per]))
        return self.page(request, "Trang chủ", teasers + self.pager("/", page0, pages), h1=False)

    def basic_page(self, request: Request, nid: int) -> str:
        title, slug = self.PAGES[nid]
        body = "".join(f"<p>{escape(p)}</p>" for p in INTRO_PARAGRAPHS[nid - 1:])
        content = (f'<div id="node-{nid}" class="node node-page clearfix" about="/{slug}" '
                   f'typeof="foaf:Document"><div class="content"><div class="field field-name-body '
                   f'field-type-text-with-summary field-label-hidden"><div class="field-items">'
                   f'<div class="field-item even" property="content:encoded">{body}</div></div>'
                   f"</div></div></div>")
        head = f'<link rel="canonical" href="/{slug}" />\n<link rel="shortlink" href="/node/{nid}" />\n'
        return self.page(request, title, content, head=head, crumbs=[("/", "Trang chủ")])

    def node(self, request: Request, e: Entry) -> str:
        name, slug = self.CATS[e.catid]
        body = self.body_html(e, figure="figure", img_dir="/sites/default/files/inline-images")
        older = self.others(e, 1)
        if e.id % 3 == 0 and older:                       # editors paste node links
            body += (f'\n<p><strong>Xem thêm:</strong> <a href="/node/{older[0].id}">'
                     f"{escape(older[0].text.title)}</a></p>")
        body += f'\n<p style="text-align: right;"><strong>{escape(e.text.author)}</strong></p>'
        tags = "".join(f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><a href="/tags/'
                       f'{slugify(t)}" typeof="skos:Concept">{escape(t)}</a></div>'
                       for i, t in enumerate(self.tags_of(e.id)))
        content = f"""<div id="node-{e.id}" class="node node-article clearfix" about="{self.detail_path(e.id)}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{escape(e.text.title)}" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">{self.submitted(e)}</div>
  <div class="content clearfix">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    <div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/{slug}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{escape(name)}</a></div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">{tags}</div></div>
  </div>
  <ul class="links inline"><li class="print_html first"><a href="/print/{e.id}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow">In bài</a></li><li class="print_mail"><a href="/printmail/{e.id}" title="Gửi trang này qua thư điện tử." class="print-mail" rel="nofollow">Gửi email</a></li><li class="comment-add last"><a href="/comment/reply/{e.id}#comment-form" title="Chia sẻ ý kiến của bạn về bài viết này.">Thêm bình luận mới</a></li></ul>
</div>"""
        related = "".join(f'<li><a href="{self.detail_path(o.id)}">{escape(o.text.title)}</a></li>'
                          for o in self.others(e, 4))
        content += (f'<div class="view view-tin-lien-quan"><h3>Tin liên quan</h3><div class="item-list">'
                    f"<ul>{related}</ul></div></div>")
        head = (f'<link rel="canonical" href="{self.detail_path(e.id)}" />\n'
                f'<link rel="shortlink" href="/node/{e.id}" />\n')
        return self.page(request, e.text.title, content, head=head,
                         crumbs=[("/", "Trang chủ"), ("/" + slug, name)])

    def feed(self, request: Request, ids: list[int]) -> Response:
        items = "".join(
            f"<item><title>{xml_escape(e.text.title)}</title>"
            f"<link>{xml_escape(request.base_url + self.detail_path(e.id))}</link>"
            f"<description>{xml_escape(e.text.paragraphs[0])}</description>"
            f"<comments>{xml_escape(request.base_url + self.detail_path(e.id))}#comments</comments>"
            f"<pubDate>{e.published - timedelta(hours=7):%a, %d %b %Y %H:%M:00} +0000</pubDate>"
            f'<guid isPermaLink="false">{e.id} at {request.base_url}</guid></item>'
            for e in self.entries(ids))
        return Response.text('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
                             f'{request.base_url}"><channel><title>Ban Tuyên giáo Tỉnh ủy</title>'
                             f"<link>{request.base_url}</link>{items}</channel></rss>\n",
                             "application/rss+xml; charset=utf-8")


# =============================================================================================
# 3. Joomla 3 + K2
# =============================================================================================
class K2Site(HoldoutSite):
    name = "holdout-k2"
    profile = "joomla_k2"
    # catid -> (name, K2 category id, alias, menu alias or None for itemlist-only)
    CATS = {1: ("Tin tức - Sự kiện", 2, "tin-tuc-su-kien", "tin-tuc"),
            2: ("Xây dựng Đảng", 3, "xay-dung-dang", "xay-dung-dang"),
            3: ("Hoạt động cơ sở", 7, "hoat-dong-co-so", None)}
    per_cat = {1: 10, 2: 10, 3: 5}
    robots = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
Disallow: /*print=1
Disallow: /index.php/component/mailto/
"""

    def menu_of(self, catid: int) -> str:
        return self.CATS[catid][3] or "tin-tuc"          # subcategory inherits the parent menu

    def detail_path(self, article_id: int) -> str:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        return f"/index.php/{self.menu_of(catid)}/item/{article_id}-{self.slug(article_id)}"

    def list_path(self, catid: int, page: int = 1, *, first: str = "") -> str:
        _, k2id, alias, menu = self.CATS[catid]
        base = (f"/index.php/{menu}" if menu else
                f"/index.php/tin-tuc/itemlist/category/{k2id}-{alias}")
        if page > 1:
            return f"{base}?start={(page - 1) * self.size(catid)}"
        return base + first

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in self.CATS]

    def listing_pages_of(self, article_id: int) -> list[str]:
        catid = self.catalog.catid_of(self.catalog.d_of(article_id) or 0)
        for page in range(1, self.page_count(catid) + 1):
            if article_id in self.page_ids(catid, page):
                return [self.list_path(catid, page)]
        return []

    def k2date(self, e: Entry | datetime) -> str:
        d = e.published if isinstance(e, Entry) else e
        return f"{WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"

    def site_route(self, request: Request) -> Response:
        path, query = unquote(request.path), request.query
        raw = query.get("start", query.get("limitstart", "0"))
        start = int(raw) if raw.isdigit() else 0
        if query.get("format") == "feed":
            menu = path.rsplit("/", 1)[-1]
            cat = next((c for c, v in self.CATS.items() if v[3] == menu), None)
            return self.feed(request, self.ids(cat)[:10] if cat else self.ids()[:10])
        if path in ("/", "/index.php"):
            return Response.html(self.home(request))
        if m := re.fullmatch(r"/index\.php/([a-z0-9-]+)", path):
            cat = next((c for c, v in self.CATS.items() if v[3] == m[1]), None)
            if cat is not None:
                return Response.html(self.category(request, cat, start))
            if m[1] == "gioi-thieu":
                return Response.html(self.com_content(request, "Giới thiệu chung", "".join(
                    f"<p>{escape(p)}</p>" for p in INTRO_PARAGRAPHS)))
            if m[1] == "lien-he":
                return Response.html(self.com_content(request, "Liên hệ", "".join(
                    f"<p>{escape(p)}</p>" for p in CONTACT_LINES) + '<form class="form-validate" '
                    'action="/index.php/lien-he" method="post"><input name="jform[contact_name]" />'
                    '<textarea name="jform[contact_message]"></textarea><button type="submit">Gửi '
                    "Email</button></form>"))
            if m[1] == "dang-nhap":
                return Response.html(self.chrome(request, "Đăng nhập", (
                    '<div class="login"><form action="/index.php/dang-nhap?task=user.login" '
                    'method="post"><input name="username" /><input type="password" name="password"'
                    ' /><button type="submit">Đăng nhập</button></form><ul><li><a href="/index.php/'
                    'dang-nhap?view=reset">Quên mật khẩu?</a></li><li><a href="/index.php/dang-nhap'
                    '?view=remind">Quên tên đăng nhập?</a></li></ul></div>')))
            return self.not_found()
        if m := re.fullmatch(r"/index\.php/([a-z0-9-]+)/item/(\d+)-([a-z0-9-]+)", path):
            article_id = int(m[2])
            if not self.catalog.exists(article_id):
                return self.not_found()
            if query.get("print") == "1" and query.get("tmpl") == "component":
                e = self.entry(article_id)
                assert e is not None
                return Response.html(html_page(e.text.title, (
                    f'<div id="k2Container" class="itemView"><h2 class="itemTitle">'
                    f'{escape(e.text.title)}</h2><div class="itemBody"><div class="itemFullText">'
                    f'{self.body_html(e)}</div></div></div>'),
                    head='<meta name="robots" content="noindex, nofollow" />\n'))
            # Joomla answers any menu prefix / slug; the item id decides
            return self.article_response(request, self.entry(article_id),
                                         lambda e: self.item(request, e))
        if m := re.fullmatch(r"/index\.php/tin-tuc/itemlist/category/(\d+)-([a-z0-9-]+)", path):
            cat = next((c for c, v in self.CATS.items() if v[1] == int(m[1])), None)
            if cat is None:
                return self.not_found()
            return Response.html(self.category(request, cat, start))
        if m := re.fullmatch(r"/index\.php/tin-tuc/itemlist/tag/(.+)", path):
            tag = next((t for t in TAGS if t == m[1]), None)
            if tag is None:
                return self.not_found()
            return Response.html(self.itemlist(request, f"Hiển thị các mục theo thẻ: {tag}",
                                               self.tagged(tag), start,
                                               "/index.php/tin-tuc/itemlist/tag/"
                                               + quote(tag)))
        if m := re.fullmatch(r"/index\.php/tin-tuc/itemlist/date/(\d{4})/(\d{1,2})(?:/(\d{1,2}))?",
                             path):
            year, month = int(m[1]), int(m[2])
            day = int(m[3]) if m[3] else None
            try:
                date(year, month, day or 1)
            except ValueError:
                return self.not_found()
            ids = [e.id for e in self.entries(self.ids())
                   if (e.published.year, e.published.month) == (year, month)
                   and (day is None or e.published.day == day)]
            label = f"{day}/{month}/{year}" if day else f"Tháng {month} {year}"
            return Response.html(self.itemlist(request, f"Hiển thị các mục theo ngày: {label}",
                                               ids, start, request.path))
        if path == "/index.php/component/k2/":
            # calendar module navigation (ajax): month=M&year=Y
            try:
                year, month = int(query.get("year", "")), int(query.get("month", ""))
                date(year, month, 1)
            except ValueError:
                return self.not_found()
            return Response.html(self.calendar(year, month))
        if path.startswith("/index.php/component/mailto/"):
            return Response.html(html_page("Gửi liên kết này cho bạn bè", (
                '<div id="mailto-window"><h2>Gửi liên kết này cho bạn bè.</h2><form action="/index.'
                'php/component/mailto/?task=send" method="post"><input name="mailto" /><input '
                'name="sender" /><input name="from" /><input name="subject" /><button>Gửi</button>'
                "</form></div>")))
        return self.not_found()

    # chrome ---------------------------------------------------------------------------------
    def calendar(self, year: int, month: int) -> str:
        days_with = {d for d in self.days_with_news()}
        cells = []
        for week in calendar.Calendar().monthdatescalendar(year, month):
            row = []
            for d in week:
                if d.month != month:
                    row.append('<td class="calendarDayName calendarDateEmpty">&nbsp;</td>')
                elif d in days_with:
                    row.append(f'<td class="calendarDateLinked"><a href="/index.php/tin-tuc/itemlist/'
                               f'date/{d.year}/{d.month}/{d.day}">{d.day}</a></td>')
                else:
                    row.append(f'<td class="calendarDate">{d.day}</td>')
            cells.append("<tr>" + "".join(row) + "</tr>")
        prev = date(year, month, 1) - timedelta(days=1)
        nxt = date(year, month, 28) + timedelta(days=5)
        nav = (f'<a class="calendarNavLink" href="/index.php/component/k2/?option=com_k2&amp;view='
               f'itemlist&amp;task=calendar&amp;month={prev.month}&amp;year={prev.year}&amp;'
               f'Itemid=101">&laquo;</a> {month}/{year} <a class="calendarNavLink" href="/index.php'
               f'/component/k2/?option=com_k2&amp;view=itemlist&amp;task=calendar&amp;month='
               f'{nxt.month}&amp;year={nxt.year}&amp;Itemid=101">&raquo;</a>')
        return (f'<table class="calendar"><tr><td class="calendarNavMonthPrev" colspan="7">{nav}'
                f'</td></tr><tr><td class="calendarDayName">T2</td><td class="calendarDayName">T3'
                f'</td><td class="calendarDayName">T4</td><td class="calendarDayName">T5</td><td '
                f'class="calendarDayName">T6</td><td class="calendarDayName">T7</td><td class="'
                f'calendarDayName">CN</td></tr>{"".join(cells)}</table>')

    def chrome(self, request: Request, title: str, component: str, *, head: str = "") -> str:
        menu = [("/index.php", "Trang chủ", 101), ("/index.php/gioi-thieu", "Giới thiệu", 102),
                ("/index.php/tin-tuc", "Tin tức - Sự kiện", 103),
                ("/index.php/xay-dung-dang", "Xây dựng Đảng", 104),
                ("/index.php/lien-he", "Liên hệ", 108)]
        lis = "".join(f'<li class="item-{i}{" default" if i == 101 else ""}"><a href="{h}">'
                      f"{escape(t)}</a></li>" for h, t, i in menu)

        def k2list(entries: list[Entry], hits: bool = False) -> str:
            rows = []
            for e in entries:
                extra = (f' <span class="moduleItemHits">Lượt xem {self.hits(e.id)}</span>'
                         if hits else f' <span class="moduleItemDateCreated">{e.published:%d/%m/%Y}'
                         "</span>")
                rows.append(f'<li class="even"><a class="moduleItemTitle" href="{self.detail_path(e.id)}">'
                            f"{escape(e.text.title)}</a>{extra}</li>")
            return f'<div class="k2ItemsBlock"><ul>{"".join(rows)}</ul></div>'

        months: dict[tuple[int, int], int] = {}
        for e in self.entries(self.ids()):
            months[(e.published.year, e.published.month)] = months.get(
                (e.published.year, e.published.month), 0) + 1
        archive = "".join(f'<li><a href="/index.php/tin-tuc/itemlist/date/{y}/{m}">Tháng {m} {y} '
                          f"({n})</a></li>" for (y, m), n in sorted(months.items(), reverse=True))
        last = self.days_with_news()[0]
        cats = "".join(f'<li><a href="{self.list_path(c)}">{escape(v[0])}</a></li>'
                       for c, v in self.CATS.items())
        tags = " ".join(f'<a href="/index.php/tin-tuc/itemlist/tag/{quote(t)}">{escape(t)}</a>'
                        for t in TAGS)
        body = f"""
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
  <a class="brand pull-left" href="/"><img src="/images/banner.png" alt="Trang thông tin điện tử Đảng ủy Khối" /></a>
  <div class="header-search pull-right"><div class="moduletable"><ul class="nav menu"><li class="item-120"><a href="/index.php/dang-nhap">Đăng nhập</a></li></ul></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{lis}</ul></div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{component}
</main>
<div id="aside" class="span3">
  <div class="moduletable"><h3>Tin mới</h3><div id="k2ModuleBox91" class="k2ItemsBlock">{k2list(self.newest())}</div></div>
  <div class="moduletable"><h3>Đọc nhiều</h3><div id="k2ModuleBox92" class="k2ItemsBlock">{k2list(self.most_read(), True)}</div></div>
  <div class="moduletable"><h3>Chuyên mục</h3><div class="k2CategoriesListBlock"><ul>{cats}</ul></div></div>
  <div class="moduletable"><h3>Lịch</h3><div id="k2ModuleBox93" class="k2CalendarBlock">{self.calendar(last.year, last.month)}</div></div>
  <div class="moduletable"><h3>Lưu trữ</h3><div class="k2ArchivesBlock"><ul>{archive}</ul></div></div>
  <div class="moduletable"><h3>Thẻ</h3><div class="k2TagCloudBlock">{tags}</div></div>
</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
  <p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH</p>
  <p><a href="/index.php/gioi-thieu">Giới thiệu</a> | <a href="/index.php/lien-he">Liên hệ</a> | <a href="http://www.tuyengiao.vn">Ban Tuyên giáo Trung ương</a></p>
  <p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
</div></footer>"""
        return html_page(title, body, head=head + '<meta name="generator" content="Joomla! - Open '
                         'Source Content Management" />\n')

    def com_content(self, request: Request, title: str, html: str) -> str:
        return self.chrome(request, title, (
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="'
            f'page-header"><h2 itemprop="headline">{escape(title)}</h2></div><div itemprop="'
            f'articleBody">{html}</div></div>'))

    def cat_item(self, e: Entry) -> str:
        href = self.detail_path(e.id)
        cat = self.CATS[e.catid]
        tags = "".join(f'<li><a href="/index.php/tin-tuc/itemlist/tag/{quote(t)}">{escape(t)}</a>'
                       "</li>" for t in self.tags_of(e.id))
        return f"""<div class="itemContainer itemContainerLast" style="width:100.0%;"><div class="catItemView groupPrimary">
  <div class="catItemHeader"><span class="catItemDateCreated">{self.k2date(e)}</span>
  <h3 class="catItemTitle"><a href="{href}">{escape(e.text.title)}</a></h3></div>
  <div class="catItemBody"><div class="catItemImageBlock"><span class="catItemImage"><a href="{href}" title="{escape(e.text.title)}"><img src="/media/k2/items/cache/{hashlib.md5(str(e.id).encode()).hexdigest()}_S.jpg" alt="" /></a></span></div>
  <div class="catItemIntroText"><p>{escape(e.text.paragraphs[0][:180])}…</p></div></div>
  <div class="catItemLinks"><div class="catItemCategory"><span>Đăng trong</span> <a href="{self.list_path(e.catid)}">{escape(cat[0])}</a></div>
  <div class="catItemTagsBlock"><span>Thẻ</span><ul class="catItemTags">{tags}</ul></div></div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{href}">Xem thêm...</a></div>
</div></div>"""

    def pagination(self, base: str, start: int, per: int, total: int) -> str:
        pages = max(1, -(-total // per))
        if pages <= 1:
            return ""
        current = min(start // per + 1, pages)
        sep = "&" if "?" in base else "?"

        def href(p: int) -> str:
            return f"{base}{sep}limitstart=0" if p == 1 else f"{base}{sep}start={(p - 1) * per}"
        lis = []
        if current > 1:
            lis.append(f'<li><a title="Bắt đầu" href="{href(1)}" class="pagenav">Bắt đầu</a></li>')
            lis.append(f'<li><a title="Trước" href="{href(current - 1)}" class="pagenav">Trước</a></li>')
        else:
            lis.append('<li class="disabled"><a>Bắt đầu</a></li><li class="disabled"><a>Trước</a></li>')
        for p in range(1, pages + 1):
            lis.append(f'<li class="active"><a>{p}</a></li>' if p == current else
                       f'<li><a title="{p}" href="{href(p)}" class="pagenav">{p}</a></li>')
        if current < pages:
            lis.append(f'<li><a title="Tiếp" href="{href(current + 1)}" class="pagenav">Tiếp</a></li>')
            lis.append(f'<li><a title="Cuối" href="{href(pages)}" class="pagenav">Cuối</a></li>')
        else:
            lis.append('<li class="disabled"><a>Tiếp</a></li><li class="disabled"><a>Cuối</a></li>')
        return (f'<div class="k2Pagination"><ul class="pagination-list">{"".join(lis)}</ul>'
                f'<div class="clr"></div>Trang {current} của {pages}</div>')

    def category(self, request: Request, catid: int, start: int) -> str:
        name = self.CATS[catid][0]
        per = self.size(catid)
        ids = self.ids(catid)
        items = "".join(self.cat_item(e) for e in self.entries(ids[start:start + per]))
        base = self.list_path(catid)
        sub = ""
        if catid == 1:
            sub = (f'<div class="itemListSubCategories"><h3>Chuyên mục con</h3><div class="subCategory'
                   f'Container"><div class="subCategory"><h2><a href="{self.list_path(3)}">'
                   f'{escape(self.CATS[3][0])}</a></h2><a class="subCategoryMore" href="'
                   f'{self.list_path(3)}">Xem các mục...</a></div></div></div>')
        head = (f'<link href="{base}?format=feed&amp;type=rss" rel="alternate" type="application/'
                f'rss+xml" title="RSS 2.0" />\n<link href="{base}?format=feed&amp;type=atom" rel="'
                f'alternate" type="application/atom+xml" title="Atom 1.0" />\n')
        comp = (f'<div id="k2Container" class="itemListView"><div class="itemListCategoriesBlock">'
                f'<div class="itemListCategory"><h2>{escape(name)}</h2></div>{sub}</div>'
                f'<div class="itemList"><div id="itemListPrimary">{items}</div></div>'
                f"{self.pagination(base, start, per, len(ids))}</div>")
        return self.chrome(request, name, comp, head=head)

    def itemlist(self, request: Request, title: str, ids: list[int], start: int, base: str) -> str:
        per = 10
        items = "".join(self.cat_item(e) for e in self.entries(ids[start:start + per]))
        comp = (f'<div id="k2Container" class="genericView"><h1>{escape(title)}</h1><div class="'
                f'genericItemList">{items}</div>{self.pagination(base, start, per, len(ids))}</div>')
        return self.chrome(request, title, comp)

    def home(self, request: Request) -> str:
        blocks = "".join(self.cat_item(e) for e in self.newest(6))
        return self.chrome(request, "Trang chủ", f'<div id="k2Container" class="itemListView">'
                           f"{blocks}</div>")

    def item(self, request: Request, e: Entry) -> str:
        href = self.detail_path(e.id)
        name = self.CATS[e.catid][0]
        ids = self.ids(e.catid)
        pos = ids.index(e.id)
        nav = []
        if pos + 1 < len(ids):
            nav.append(f'<a class="itemPrevious" href="{self.detail_path(ids[pos + 1])}">« '
                       f"{escape(self.entry(ids[pos + 1]).text.title)}</a>")  # type: ignore[union-attr]
        if pos > 0:
            nav.append(f'<a class="itemNext" href="{self.detail_path(ids[pos - 1])}">'
                       f"{escape(self.entry(ids[pos - 1]).text.title)} »</a>")  # type: ignore[union-attr]
        tags = "".join(f'<li><a href="/index.php/tin-tuc/itemlist/tag/{quote(t)}">{escape(t)}</a>'
                       "</li>" for t in self.tags_of(e.id))
        related = "".join(f'<li class="even"><a class="itemRelTitle" href="{self.detail_path(o.id)}">'
                          f"{escape(o.text.title)}</a></li>" for o in self.others(e, 4))
        link = base64.b64encode(hashlib.sha1(href.encode()).digest()).decode().rstrip("=")
        lead, *_ = e.text.paragraphs
        full = self.body_html(e, caption_class="image_desc").split("\n", 1)[1]
        comp = f"""<span id="startOfPageId{e.id}"></span>
<div id="k2Container" class="itemView">
  <div class="itemHeader"><span class="itemDateCreated">{self.k2date(e)}</span>
  <h2 class="itemTitle">{escape(e.text.title)}</h2></div>
  <div class="itemToolbar"><ul>
    <li><a class="itemPrintLink" rel="nofollow" href="{href}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;">In bài</a></li>
    <li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link={quote(link)}" onclick="window.open(this.href,'emailWindow','width=400,height=350');return false;">Gửi email</a></li>
    <li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li>
  </ul></div>
  <div class="itemBody">
    <div class="itemIntroText"><p><strong>{escape(lead)}</strong></p></div>
    <div class="itemFullText">{full}<p style="text-align: right;"><strong>{escape(e.text.author)}</strong></p></div>
  </div>
  <div class="itemLinks">
    <div class="itemCategory"><span>Đăng trong</span> <a href="{self.list_path(e.catid)}">{escape(name)}</a></div>
    <div class="itemTagsBlock"><span>Thẻ</span><ul class="itemTags">{tags}</ul></div>
  </div>
  <div class="itemHitsTwitter"><span class="itemHits">Lượt xem <b>{self.hits(e.id)}</b></span></div>
  <div class="itemRelated"><h3>Tin liên quan</h3><ul>{related}</ul></div>
  <div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm trong chuyên mục này:</span> {" ".join(nav)}</div>
</div>"""
        return self.chrome(request, e.text.title, comp)

    def feed(self, request: Request, ids: list[int]) -> Response:
        items = "".join(
            f"<item><title>{xml_escape(e.text.title)}</title>"
            f"<link>{xml_escape(request.base_url + self.detail_path(e.id))}</link>"
            f"<guid isPermaLink=\"true\">{xml_escape(request.base_url + self.detail_path(e.id))}</guid>"
            f"<pubDate>{e.published - timedelta(hours=7):%a, %d %b %Y %H:%M:00} +0000</pubDate>"
            "</item>" for e in self.entries(ids))
        return Response.text('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                             f"<title>Tin tức</title>{items}</channel></rss>\n",
                             "application/rss+xml; charset=utf-8")


# =============================================================================================
# 4. *.dcs.vn style DetailView portal
# =============================================================================================
class DcsSite(HoldoutSite):
    name = "holdout-dcs"
    profile = "dcs_detailview"
    # catid -> (name, tabid, ch)
    CATS = {1: ("Tin tức - Sự kiện", 70, 6), 2: ("Xây dựng Đảng", 70, 7),
            3: ("Gương điển hình tiên tiến", 74, 9)}
    per_cat = {1: 4, 2: 4, 3: 3}
    slug_suffix = "-{n}"
    robots = ("User-agent: *\nDisallow: /Admin/\nDisallow: /Login.aspx\nDisallow: /Print.aspx\n"
              "Disallow: /App_Themes/\nDisallow: /ckfinder/\n")

    def make_slug(self, title: str) -> str:
        return title_case_slug(title)

    def cat_of(self, article_id: int) -> int:
        return self.catalog.catid_of(self.catalog.d_of(article_id) or 0)

    def detail_path(self, article_id: int) -> str:
        _, _, ch = self.CATS[self.cat_of(article_id)]
        return f"/tin-tuc/DetailView/{article_id}/{ch}/{self.slug(article_id)}.html"

    def alias_path(self, article_id: int) -> str:
        _, tab, ch = self.CATS[self.cat_of(article_id)]
        return f"/Default.aspx?tabid={tab}&ch={ch}&newsid={article_id}"

    def aliases(self, article_id: int) -> list[str]:
        return [self.detail_path(article_id), self.alias_path(article_id)]

    def list_path(self, catid: int, page: int = 1, *, relative: bool = False) -> str:
        _, tab, ch = self.CATS[catid]
        path = f"Default.aspx?tabid={tab}&ch={ch}" + (f"&page={page}" if page > 1 else "")
        return path if relative else "/" + path

    def start_paths(self) -> list[str]:
        return [self.list_path(c) for c in self.CATS]

    def listing_pages_of(self, article_id: int) -> list[str]:
        catid = self.cat_of(article_id)
        for page in range(1, self.page_count(catid) + 1):
            if article_id in self.page_ids(catid, page):
                return [self.list_path(catid, page)]
        return []

    def link(self, e: Entry) -> str:
        """Listings of the older 'Gương điển hình' module link the query-string form."""
        return escape(self.alias_path(e.id) if e.catid == 3 else self.detail_path(e.id))

    def site_route(self, request: Request) -> Response:
        path, query = request.path, request.query
        low = path.lower()
        if path == "/":
            return Response.html(self.home(request))
        if low == "/default.aspx":
            tab, ch = query.get("tabid", ""), query.get("ch", "")
            if not tab:
                return Response.html(self.home(request))
            if "newsid" in query:
                nid = query["newsid"]
                if nid.isdigit() and self.catalog.exists(int(nid)):
                    return self.article_response(request, self.entry(int(nid)),
                                                 lambda e: self.detail(request, e))
                return self.not_found()
            if tab == "40":
                return Response.html(self.static(request, "Giới thiệu", INTRO_PARAGRAPHS))
            if tab == "41":
                return Response.html(self.static(request, "Liên hệ", CONTACT_LINES,
                                                 form=True))
            cat = next((c for c, v in self.CATS.items()
                        if str(v[1]) == tab and str(v[2]) == ch), None)
            if cat is None:
                return self.not_found()
            if "ngay" in query:
                try:
                    day = datetime.strptime(query["ngay"], "%d/%m/%Y").date()
                except ValueError:
                    return self.not_found()
                return Response.html(self.listing(request, cat, 1, day=day))
            raw = query.get("page", "1")
            page = int(raw) if raw.isdigit() and int(raw) >= 1 else 1
            return Response.html(self.listing(request, cat, page))
        if m := re.fullmatch(r"/tin-tuc/DetailView/(\d+)/(\d+)/([A-Za-z0-9-]+)\.html", path):
            article_id = int(m[1])
            if self.catalog.exists(article_id):
                return self.article_response(request, self.entry(article_id),
                                             lambda e: self.detail(request, e))
            return self.not_found()
        if m := re.fullmatch(r"/Tags/([A-Za-z0-9-]+)\.html", path):
            tag = next((t for t in TAGS if title_case_slug(t) == m[1]), None)
            if tag is None:
                return self.not_found()
            items = "".join(self.item(e) for e in self.entries(self.tagged(tag)[:10]))
            return Response.html(self.page(request, tag, f'<div class="cate-title"><h2>Tags: '
                                           f'{escape(tag)}</h2></div><div class="list-news">'
                                           f"{items}</div>"))
        if low == "/rss.aspx":
            ch = query.get("ch", "")
            cat = next((c for c, v in self.CATS.items() if str(v[2]) == ch), None)
            ids = self.ids(cat)[:10] if cat else self.ids()[:10]
            items = "".join(f"<item><title>{xml_escape(e.text.title)}</title><link>"
                            f"{xml_escape(request.base_url + self.detail_path(e.id))}</link>"
                            f"<pubDate>{e.published - timedelta(hours=7):%a, %d %b %Y %H:%M:00}"
                            " GMT</pubDate></item>" for e in self.entries(ids))
            return Response.text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
                                 f"<channel><title>RSS</title>{items}</channel></rss>",
                                 "text/xml; charset=utf-8")
        if low == "/sendmail.aspx":
            return Response.html(self.page(request, "Gửi email", (
                '<div class="sendmail"><h2>Gửi bài viết cho bạn bè</h2><p>Email người nhận: <input '
                'name="txtTo" /></p><p>Lời nhắn: <textarea name="txtMsg"></textarea></p><input '
                'type="submit" name="btnSend" value="Gửi" /></div>')))
        if low in ("/print.aspx", "/login.aspx"):
            return Response.html(html_page("Trang", "<p>…</p>"))
        return self.not_found()

    # chrome --------------------------------------------------------------------------------
    def page(self, request: Request, title: str, main: str, *, head: str = "") -> str:
        ret = quote(request.target, safe="")
        menu = [("/", "Trang chủ"), ("/Default.aspx?tabid=40", "Giới thiệu")]
        menu += [(self.list_path(c), v[0]) for c, v in self.CATS.items()]
        menu += [("/Default.aspx?tabid=41", "Liên hệ")]
        nav = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in menu)
        newest = "".join(f'<li><a href="{escape(self.alias_path(e.id))}">{escape(e.text.title)}</a>'
                         "</li>" for e in self.newest())
        read = "".join(f'<li><a href="{escape(self.alias_path(e.id))}">{escape(e.text.title)}</a>'
                       f' <span class="view">({self.hits(e.id)})</span></li>'
                       for e in self.most_read())
        days = "".join(f'<option value="{d:%d/%m/%Y}">{d:%d/%m/%Y}</option>'
                       for d in self.days_with_news()[:10])
        recent = "".join(f'<li><a href="/Default.aspx?tabid=70&amp;ch=6&amp;ngay={d:%d/%m/%Y}">'
                         f"Tin ngày {d:%d/%m/%Y}</a></li>" for d in self.days_with_news()[:5])
        tags = " ".join(f'<a href="/Tags/{title_case_slug(t)}.html">{escape(t)}</a>' for t in TAGS)
        vs = viewstate("dcs|" + hashlib.md5(request.target.encode()).hexdigest())
        body = f"""
<form name="form1" method="post" action="{escape(request.target)}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAO3u1F" /></div>
<div id="wrapper">
 <div id="top-bar"><span class="today">{WEEKDAYS_CAP[self.today.weekday()]}, ngày {self.today:%d/%m/%Y}</span>
   <span class="top-links"><a href="/Login.aspx?ReturnUrl={ret}">Đăng nhập</a> | <a href="/Rss.aspx">RSS</a></span></div>
 <div id="header"><a href="/"><img src="/App_Themes/Default/images/banner.jpg" alt="Trang thông tin điện tử Đảng bộ tỉnh" /></a></div>
 <div id="menu"><ul class="menu-top">{nav}</ul></div>
 <div id="content">
  <div class="col-left">{main}</div>
  <div class="col-right">
   <div class="box"><div class="box-title">Tin mới nhất</div><ul class="list-link">{newest}</ul></div>
   <div class="box"><div class="box-title">Tin đọc nhiều</div><ul class="list-link">{read}</ul></div>
   <div class="box"><div class="box-title">Xem tin theo ngày</div>
     <select name="ctl00$ddlNgay" onchange="location.href='/Default.aspx?tabid=70&amp;ch=6&amp;ngay='+this.value">{days}</select>
     <ul class="list-link">{recent}</ul></div>
   <div class="box"><div class="box-title">Từ khóa</div><div class="tags">{tags}</div></div>
   <div class="box"><div class="box-title">Liên kết website</div><ul class="list-link"><li><a href="http://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="http://www.tapchicongsan.org.vn">Tạp chí Cộng sản</a></li></ul></div>
  </div>
 </div>
 <div id="footer"><p><a href="/Default.aspx?tabid=40">Giới thiệu</a> | <a href="/Default.aspx?tabid=41">Liên hệ</a> | <a href="/Rss.aspx">RSS</a></p>
 <p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
 <p>Ghi rõ nguồn "Trang thông tin điện tử Đảng bộ tỉnh" khi phát hành lại thông tin từ website này.</p></div>
</div>
</form>"""
        return html_page(title, body, head=head)

    def item(self, e: Entry) -> str:
        href = self.link(e)
        return (f'<div class="news-item"><a class="img" href="{href}"><img src="/Image/Medium/'
                f'{e.published:%Y%m%d%H%M%S}_{e.id}.jpg" alt="" /></a><h3><a class="title" href="'
                f'{href}">{escape(e.text.title)}</a></h3><span class="date">{e.published:%d/%m/%Y}'
                f" | {self.hits(e.id)}</span><p class=\"sapo\">{escape(e.text.paragraphs[0][:170])}"
                "…</p></div>")

    def listing(self, request: Request, catid: int, page: int, *, day: date | None = None) -> str:
        name = self.CATS[catid][0]
        if day is not None:
            ids = self.ids_on(day, None)
            items = "".join(self.item(e) for e in self.entries(ids))
            return self.page(request, name, f'<div class="cate-title"><h2>Tin ngày {day:%d/%m/%Y}'
                             f'</h2></div><div class="list-news">{items or "Không có tin."}</div>')
        pages = self.page_count(catid)
        ids = self.page_ids(catid, page)
        items = "".join(self.item(e) for e in self.entries(ids)) or \
            '<p class="empty">Không có tin nào trong chuyên mục.</p>'
        links = []
        lo = max(1, min(page - 1, pages - 2))
        hi = min(pages, lo + 2)
        if page > 1:
            links.append(f'<a class="page" href="{escape(self.list_path(catid, page - 1, relative=True))}">«</a>')
        for p in range(lo, hi + 1):
            links.append(f'<span class="page current">{p}</span>' if p == page else
                         f'<a class="page" href="{escape(self.list_path(catid, p, relative=True))}">{p}</a>')
        if page < pages:
            links.append(f'<a class="page" href="{escape(self.list_path(catid, page + 1, relative=True))}">»</a>')
        main = (f'<div class="cate-title"><h2><a href="{escape(self.list_path(catid))}">{escape(name)}'
                f'</a></h2></div><div class="list-news">{items}</div>'
                f'<div class="paging">{"".join(links)}</div>')
        return self.page(request, name, main)

    def home(self, request: Request) -> str:
        blocks = []
        for catid, (name, _, _) in self.CATS.items():
            items = "".join(self.item(e) for e in self.entries(self.page_ids(catid, 1)[:3]))
            blocks.append(f'<div class="home-cate"><h2><a href="{escape(self.list_path(catid))}">'
                          f'{escape(name)}</a></h2><div class="list-news">{items}</div></div>')
        return self.page(request, "Trang chủ", "".join(blocks))

    def static(self, request: Request, title: str, lines: tuple[str, ...], form: bool = False) -> str:
        html = "".join(f"<p>{escape(x)}</p>" for x in lines)
        if form:
            html += ('<div class="contact-form"><p>Họ và tên: <input name="ctl00$txtName" /></p><p>'
                     'Nội dung: <textarea name="ctl00$txtContent"></textarea></p><input type="submit" '
                     'name="ctl00$btnGui" value="Gửi" /></div>')
        return self.page(request, title, f'<div class="static-page"><h1>{escape(title)}</h1>{html}</div>')

    def detail(self, request: Request, e: Entry) -> str:
        name = self.CATS[e.catid][0]
        d = e.published
        lead, *_ = e.text.paragraphs
        body = self.body_html(e, img_dir="/Image/Large").split("\n", 1)[1]
        others = "".join(f'<li><a href="{escape(self.detail_path(o.id))}">{escape(o.text.title)}</a>'
                         f' <span class="date">({o.published:%d/%m/%Y})</span></li>'
                         for o in self.others(e, 6))
        tags = ", ".join(f'<a href="/Tags/{title_case_slug(t)}.html">{escape(t)}</a>'
                         for t in self.tags_of(e.id))
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{escape(self.list_path(e.catid))}">{escape(name)}</a></div>
<div class="detail-view">
  <h1 class="detail-title">{escape(e.text.title)}</h1>
  <div class="detail-date">{WEEKDAYS_CAP[d.weekday()]}, {d:%d/%m/%Y %H:%M} <span class="view">| Lượt xem: {self.hits(e.id)}</span></div>
  <div class="detail-sapo"><strong>{escape(lead)}</strong></div>
  <div class="detail-content">{body}</div>
  <div class="detail-author"><strong>{escape(e.text.author)}</strong></div>
  <div class="detail-tags">Từ khóa: {tags}</div>
  <div class="detail-tools"><a href="/Print.aspx?newsid={e.id}" target="_blank"><img src="/App_Themes/Default/images/print.gif" /> In bài</a>
   <a href="/SendMail.aspx?newsid={e.id}"><img src="/App_Themes/Default/images/email.gif" /> Gửi email</a>
   <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div>"""
        head = (f'<link rel="canonical" href="{escape(request.base_url + self.detail_path(e.id))}" />\n'
                f'<meta property="og:url" content="{escape(request.base_url + self.detail_path(e.id))}" />\n')
        return self.page(request, e.text.title, main, head=head)


# =============================================================================================
def _catalog(n: int, seed: int, cats: dict[int, str], anchor_id: int,
             pattern: tuple[int, ...] | None = None) -> Catalog:
    kwargs = dict(seed=seed, categories=cats, anchor=datetime(2024, 5, 6, 8, 15),
                  anchor_id=anchor_id, before=0, interval=timedelta(hours=23))
    if pattern:
        return PatternCatalog(n, pattern=pattern, **kwargs)
    return Catalog(n, **kwargs)  # type: ignore[arg-type]


def sharepoint_site() -> SharePointSite:
    cats = {c: v[0] for c, v in SharePointSite.CATS.items()}
    return SharePointSite(_catalog(30, 41, cats, 5310, pattern=(1, 1, 2, 3, 1, 2)))


def drupal_site() -> DrupalSite:
    cats = {c: v[0] for c, v in DrupalSite.CATS.items()}
    return DrupalSite(_catalog(30, 42, cats, 1203))


def k2_site() -> K2Site:
    cats = {c: v[0] for c, v in K2Site.CATS.items()}
    return K2Site(_catalog(36, 43, cats, 3672, pattern=(1, 1, 2, 3, 1, 2)))


def dcs_site() -> DcsSite:
    cats = {c: v[0] for c, v in DcsSite.CATS.items()}
    return DcsSite(_catalog(32, 44, cats, 1234, pattern=(1, 2, 1, 3, 1, 2, 3, 1)))


SITES = {"sharepoint": sharepoint_site, "drupal": drupal_site, "k2": k2_site, "dcs": dcs_site}
