"""Blind replica: "Cổng Thông tin điện tử Đảng bộ tỉnh Hà Sơn Bình" on Liferay DXP 7.x.

Family: Liferay 7 portal (Asset Publisher portlets, /vi/-/<url-title> display pages,
/vi/<layout>/-/asset_publisher/<instance>/content/<url-title> links with long portlet parameters).
Stdlib only; `app` is a WSGI application, `MANIFEST` describes it (see README.md).
"""
# ==== BEGIN KERNEL (shared helper code, kept in sync by tools/sync_kernel.py) ====
import hashlib
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
            307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            500: "Internal Server Error"}

# 1x1 transparent GIF served for every image URL
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c"
                    "00000000010001000002024401003b")


def slugify(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()


def h7(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:7]


class Req:
    """Tiny request wrapper around a WSGI environ."""

    def __init__(self, environ):
        self.environ = environ
        self.method = (environ.get("REQUEST_METHOD") or "GET").upper()
        raw = environ.get("PATH_INFO") or "/"
        try:
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            self.path = raw
        self.qs = environ.get("QUERY_STRING") or ""
        self.pairs = parse_qsl(self.qs, keep_blank_values=True)
        self.args = {}
        for k, v in self.pairs:
            self.args.setdefault(k, v)
        self.iargs = {k.lower(): v for k, v in reversed(self.pairs)}
        host = environ.get("HTTP_HOST")
        if not host:
            host = environ.get("SERVER_NAME", "localhost")
            port = environ.get("SERVER_PORT", "80")
            if port not in ("80", "443"):
                host += ":" + port
        self.host = host
        self.scheme = environ.get("wsgi.url_scheme", "http")
        self.form = {}
        self.form_pairs = []
        if self.method == "POST":
            try:
                n = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            body = environ["wsgi.input"].read(n) if n > 0 else b""
            ctype = environ.get("CONTENT_TYPE", "")
            if "json" in ctype:
                try:
                    self.form = json.loads(body.decode("utf-8") or "{}")
                except ValueError:
                    self.form = {}
            else:
                self.form_pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in self.form_pairs:
                    self.form.setdefault(k, v)

    @property
    def base(self):
        return "%s://%s" % (self.scheme, self.host)

    @property
    def uri(self):
        return quote(self.path, safe="/-._~!$&'()*+,;=:@") + ("?" + self.qs if self.qs else "")

    @property
    def full(self):
        return self.base + self.uri

    def arg_int(self, name, default=1, ci=False):
        v = (self.iargs.get(name.lower()) if ci else self.args.get(name))
        try:
            return int(v)
        except (TypeError, ValueError):
            return default


def resp(status, body, ctype="text/html; charset=utf-8", headers=()):
    return status, [("Content-Type", ctype)] + list(headers), body


def redirect(status, location):
    return status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")], \
        '<html><body>Moved <a href="%s">here</a></body></html>' % E(location)


def make_app(handler, encoder=None):
    def app(environ, start_response):
        req = Req(environ)
        try:
            status, headers, body = handler(req)
        except Exception:  # pragma: no cover - debugging aid
            import traceback
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], traceback.format_exc()
        if isinstance(body, str):
            body = encoder(body) if encoder else body.encode("utf-8")
        headers = list(headers) + [("Content-Length", str(len(body)))]
        start_response("%d %s" % (status, _REASONS.get(status, "OK")), headers)
        return [b""] if req.method == "HEAD" else [body]
    return app


# ---------------------------------------------------------------- content
_ORGS = [
    "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh",
    "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh", "Huyện ủy {place}", "Thành ủy {city}",
    "Đảng bộ xã {commune}", "Trường Chính trị tỉnh",
]
_ACTIONS = [
    "tổ chức hội nghị sơ kết", "triển khai", "kiểm tra việc thực hiện", "quán triệt, triển khai",
    "tổng kết", "hướng dẫn thực hiện", "giám sát", "tọa đàm về", "cho ý kiến về", "đẩy mạnh",
    "bàn giải pháp thực hiện", "ra mắt mô hình điểm về", "sơ kết 6 tháng thực hiện",
    "tập huấn nghiệp vụ về",
]
_TOPICS = [
    "Nghị quyết số {nq}-NQ/TU về phát triển nông nghiệp công nghệ cao",
    "công tác xây dựng Đảng năm {y}", "Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "công tác cải cách hành chính",
    "chuyển đổi số trong cơ quan Đảng", "công tác phòng, chống tham nhũng, tiêu cực",
    "công tác dân vận chính quyền", "công tác kiểm tra, giám sát", "công tác phát triển đảng viên",
    "công tác bảo vệ nền tảng tư tưởng của Đảng", "công tác phòng, chống thiên tai",
    "kế hoạch thu hút đầu tư", "đề án phát triển du lịch cộng đồng",
    "chương trình giảm nghèo bền vững", "Quy định số {qd}-QĐ/TW về trách nhiệm nêu gương",
    "phong trào thi đua yêu nước", "công tác tuyên truyền biển, đảo",
    "việc học tập chuyên đề năm {y}",
]
_NAMES = ["Nguyễn Văn Thắng", "Trần Thị Hồng Nhung", "Lê Minh Tuấn", "Phạm Quốc Hưng",
          "Hoàng Thị Lan", "Vũ Đức Thành", "Đặng Văn Lợi", "Bùi Thị Thu Hằng",
          "Đỗ Mạnh Cường", "Ngô Thanh Bình", "Lương Văn Khải", "Triệu Thị Mai"]
_ROLES = ["Phó Bí thư Thường trực Tỉnh ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
          "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
          "Tỉnh ủy viên, Bí thư Huyện ủy {place}", "Phó Chủ tịch UBND tỉnh",
          "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"]
_AUTHORS = ["Minh Châu", "Thu Hà", "Quang Vinh", "Hải Yến", "Đức Anh", "Thanh Tâm", "Ngọc Lan",
            "Văn Khanh", "Hồng Nhung", "Tuấn Minh", "Phạm Thảo", "Khánh Trung"]
_SENTENCES = [
    "Dự hội nghị có đại diện lãnh đạo các ban xây dựng Đảng của Tỉnh ủy, các sở, ngành và {n1} đơn vị liên quan.",
    "Theo báo cáo, từ đầu năm đến nay, {org} đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp đề ra.",
    "Tỷ lệ hoàn thành chỉ tiêu đạt {p1}%, tăng {p2} điểm phần trăm so với cùng kỳ năm trước.",
    "Toàn tỉnh đã kết nạp {n2} đảng viên mới, đạt {p3}% kế hoạch năm.",
    "Phát biểu chỉ đạo, đồng chí {name}, {role} đề nghị các cấp ủy, chính quyền tiếp tục nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên.",
    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như công tác phối hợp có lúc chưa chặt chẽ, việc sơ kết ở một số nơi còn hình thức.",
    "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn tại {place}.",
    "Thời gian tới, {place} phấn đấu hoàn thành {n3} công trình, dự án trọng điểm với tổng vốn đầu tư khoảng {m1} tỷ đồng.",
    "Dịp này, {n4} tập thể và cá nhân có thành tích xuất sắc được tặng Bằng khen, Giấy khen.",
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới {n5} điểm cầu cấp huyện và cấp xã.",
    "Đến nay, {p4}% tổ chức cơ sở đảng đã xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
    "Công tác tuyên truyền được đẩy mạnh với {n6} tin, bài đăng tải trên các phương tiện thông tin đại chúng và mạng xã hội.",
    "Thu nhập bình quân đầu người ước đạt {m2} triệu đồng/năm, tỷ lệ hộ nghèo giảm còn {p5}%.",
    "Đồng chí nhấn mạnh, phải lấy sự hài lòng của người dân làm thước đo hiệu quả hoạt động của cả hệ thống chính trị.",
    "Các cấp ủy cần tiếp tục rà soát, bổ sung quy chế làm việc, tăng cường kỷ luật, kỷ cương hành chính tại {place}.",
    "Qua kiểm tra, đoàn đã phát hiện và kiến nghị khắc phục {n7} nội dung còn tồn tại trong công tác quản lý đảng viên.",
]
_CAPTIONS = ["Quang cảnh hội nghị tại {place}.", "Đồng chí {name}, {role} phát biểu chỉ đạo hội nghị.",
             "Các đại biểu dự hội nghị.", "Đoàn công tác làm việc tại {place}.",
             "Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc."]


def _fill(tpl, rng, ctx):
    vals = dict(ctx)
    vals.update(
        n1=rng.randint(12, 95), n2=rng.randint(120, 1900), n3=rng.randint(5, 48),
        n4=rng.randint(10, 90), n5=rng.randint(11, 180), n6=rng.randint(200, 4800),
        n7=rng.randint(3, 40), p1="%d,%d" % (rng.randint(70, 99), rng.randint(1, 9)),
        p2="%d,%d" % (rng.randint(1, 15), rng.randint(1, 9)), p3=rng.randint(55, 130),
        p4=rng.randint(60, 100), p5="%d,%02d" % (rng.randint(1, 6), rng.randint(1, 99)),
        m1="{:,}".format(rng.randint(150, 9800)).replace(",", "."),
        m2="%d,%d" % (rng.randint(45, 98), rng.randint(1, 9)),
        name=rng.choice(_NAMES),
        role=rng.choice(_ROLES).format(place=ctx["place"]),
    )
    return tpl.format(**vals)


def gen_articles(seed, n, cats, places, city, communes, base=datetime(2024, 5, 20, 16, 45)):
    """Deterministic Vietnamese Party-news articles, newest first.

    cats: list of category keys; assignment cycles through it (so the caller controls
    the distribution by repeating keys)."""
    rng = random.Random(seed)
    seen, slugs, out = set(), set(), []
    t = base
    for i in range(n):
        while True:
            place = rng.choice(places)
            org = rng.choice(_ORGS).format(place=place, city=city, commune=rng.choice(communes))
            topic = rng.choice(_TOPICS).format(nq=rng.randint(2, 30), y=rng.choice([2023, 2024]),
                                                qd=rng.choice(["101", "144", "08"]))
            form = rng.random()
            if form < 0.6:
                title = "%s %s %s" % (org, rng.choice(_ACTIONS), topic)
            elif form < 0.8:
                title = "%s: %s đạt nhiều kết quả tích cực" % (place[0].upper() + place[1:],
                                                               topic[0].upper() + topic[1:])
            else:
                title = "%s %s %s tại %s" % (org, rng.choice(_ACTIONS), topic, place)
            slug = slugify(title)
            if title not in seen and slug not in slugs:
                seen.add(title)
                slugs.add(slug)
                break
        t = t - timedelta(minutes=rng.randint(170, 1300))
        ctx = {"org": org, "place": place}
        paras = []
        pool = list(_SENTENCES)
        rng.shuffle(pool)
        for k in range(rng.randint(4, 6)):
            sents = [_fill(pool[(k * 3 + j) % len(pool)], rng, ctx) for j in range(3)]
            paras.append(" ".join(sents))
        sapo = "Ngày %d/%d, %s đã %s %s." % (t.day, t.month, org, rng.choice(_ACTIONS),
                                              topic.split(" về ")[0])
        out.append({
            "i": i, "title": title, "slug": slug, "date": t, "cat": cats[i % len(cats)],
            "sapo": sapo, "paras": paras, "author": rng.choice(_AUTHORS), "place": place,
            "caption": _fill(rng.choice(_CAPTIONS), rng, ctx), "views": rng.randint(80, 9000),
            "tagi": rng.randrange(6),
        })
    return out


WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def window(cur, last, radius=1):
    """Windowed pager: [1, None, 4, 5, 6, None, 20] (None = ellipsis)."""
    show = {1, last} | set(range(max(1, cur - radius), min(last, cur + radius) + 1))
    out, prev = [], 0
    for p in sorted(show):
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


def pages_of(items, size):
    return max(1, (len(items) + size - 1) // size)


def robots_allows(rules, path):
    """rules: list of (allow: bool, prefix).  Longest match wins."""
    best = (-1, True)
    for allow, pre in rules:
        if pre and path.startswith(pre) and len(pre) > best[0]:
            best = (len(pre), allow)
    return best[1]
# ==== END KERNEL ====


# ======================================================================= site data
SITE = "Cổng Thông tin điện tử Đảng bộ tỉnh Hà Sơn Bình"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
# layout -> (title, asset publisher instance, delta, pager style)
LAYOUTS = {
    "tin-hoat-dong": ("Tin hoạt động", "aBc123XyZ9", 10, "clay"),
    "chi-dao-dieu-hanh": ("Chỉ đạo - Điều hành", "Qx7Lm2Pn8K", 20, "arrows"),
    "xay-dung-dang": ("Xây dựng Đảng", "Zt5Rw1Hy6D", 15, "buttons"),
}
HOME_INST = "hOmE77Wq2R"
_PATTERN = ["tin-hoat-dong", "tin-hoat-dong", "chi-dao-dieu-hanh", "tin-hoat-dong", "xay-dung-dang",
            "tin-hoat-dong", "chi-dao-dieu-hanh", "tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong"]
ARTS = gen_articles(7700442, 110, _PATTERN,
                    ["Kim Bôi", "Lương Sơn", "Mai Châu", "Tân Lạc", "Lạc Thủy", "Yên Thủy", "Đà Bắc", "Cao Phong"],
                    "Hòa Bình", ["Trung Minh", "Hợp Thành", "Dân Chủ", "Thống Nhất"])
for _a in ARTS:
    _a["entry"] = 3151000 + (len(ARTS) - _a["i"]) * 13
    _hx = hashlib.sha1(("uuid-%d" % _a["entry"]).encode()).hexdigest()
    _a["uuid"] = "%s-%s-4%s-a%s-%s" % (_hx[:8], _hx[8:12], _hx[12:15], _hx[15:18], _hx[18:30])
    _a["path"] = "/vi/-/" + _a["slug"]
BY_SLUG = {a["slug"]: a for a in ARTS}
HOME_COUNT = 8


def ns(inst):
    return "_" + AP + inst + "_"


def in_layout(layout):
    return [a for a in ARTS if a["cat"] == layout]


def last_page(layout):
    return pages_of(in_layout(layout), LAYOUTS[layout][2])


def page_url(layout, cur):
    """Listing page URL.  Page 1 is the bare friendly URL; others carry the full portlet parameter set."""
    title, inst, delta, style = LAYOUTS[layout]
    if cur == 1:
        return "/vi/" + layout
    n = ns(inst)
    q = [("p_p_id", AP + inst), ("p_p_lifecycle", "0"), ("p_p_state", "normal"), ("p_p_mode", "view"),
         ("p_p_col_id", "column-2"), ("p_p_col_pos", "1"), ("p_p_col_count", "2"),
         (n + "redirect", "/vi/" + layout), (n + "delta", str(delta)), ("p_r_p_resetCur", "false"),
         (n + "cur", str(cur))]
    return "/vi/%s?%s" % (layout, urlencode(q))


def entry_url(a, layout, inst, redirect_to):
    n = ns(inst)
    q = [(n + "assetEntryId", str(a["entry"])), (n + "redirect", redirect_to)]
    return "/vi/%s/-/asset_publisher/%s/content/%s?%s" % (layout, inst, a["slug"], urlencode(q))


def most_read():
    return sorted(ARTS[:50], key=lambda a: -a["views"])[:6]


READ_SUFFIX = "?inheritRedirect=true&redirect=%2Fvi%2Ftrang-chu"


def img(a, k=1):
    return "/documents/20182/0/%s-%d.jpg/%s?t=%d" % (a["slug"][:30], k, a["uuid"],
                                                      int((a["date"] - datetime(1970, 1, 1)).total_seconds() - 25200) * 1000)


def liferay_date(d):
    # deployed template bug: pattern "dd/MM/yyyy HH:ss" (seconds in the minutes slot) and "Thứ Bẩy"
    wd = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"][d.weekday()]
    return "%s, ngày %s" % (wd, d.strftime("%d/%m/%Y %H:00"))


# ======================================================================= chrome
def layout_page(req, title, main, canonical, active="trang-chu"):
    nav = [("/vi/trang-chu", "Trang chủ", "trang-chu")] + [("/vi/" + k, v[0], k) for k, v in LAYOUTS.items()] + \
          [("/vi/lich-cong-tac", "Lịch công tác", "lich-cong-tac")]
    menu = "".join('<li class="lfr-nav-item nav-item%s"><a class="nav-link" href="%s"><span class="text-truncate">%s</span></a></li>'
                   % (" selected active" if key == active else "", h, E(t)) for h, t, key in nav)
    newest = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in ARTS[:6])
    popular = "".join('<li><a href="%s%s">%s</a></li>' % (a["path"], READ_SUFFIX, E(a["title"])) for a in most_read())
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>%s - %s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="%s" rel="canonical" />
<link href="%s" hreflang="vi-VN" rel="alternate" />
<link href="%s" hreflang="x-default" rel="alternate" />
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<link class="lfr-css-file" href="/o/hasonbinh-theme/css/main.css?browserId=chrome&amp;themeId=hasonbinhtheme_WAR_hasonbinhtheme&amp;languageId=vi_VN&amp;t=1716170000000" rel="stylesheet" type="text/css" />
<script src="/o/frontend-js-web/liferay/global.bundle.js?t=1716170000000"></script>
<script>var themeDisplay=Liferay.ThemeDisplay={getLanguageId:function(){return "vi_VN"},getPathMain:function(){return "/c"},getPortalURL:function(){return "%s"}};</script>
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="pt-0" id="wrapper">
<header id="banner" role="banner">
  <div class="navbar-top"><span class="date-today">Hôm nay: 20/05/2024</span>
    <a href="/c/portal/login?p_l_id=20143" class="sign-in" rel="nofollow">Đăng nhập</a></div>
  <div id="heading"><a class="logo" href="/vi/trang-chu" title="Về trang chủ"><img alt="%s" src="/image/layout_set_logo?img_id=40012&amp;t=1716170000000" /></a></div>
  <form action="/vi/tim-kiem" method="get" class="search-bar"><input name="q" type="text" placeholder="Tìm kiếm" /></form>
  <div class="hot-tags">Tìm nhiều: <a href="/vi/tim-kiem?q=ngh%%E1%%BB%%8B+quy%%E1%%BA%%BFt">Nghị quyết</a> <a href="/vi/tim-kiem?q=%%C4%%91%%E1%%BA%%A1i+h%%E1%%BB%%99i">Đại hội</a></div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">%s</ul></nav>
</header>
<section id="content">
<div class="columns-2-70-30" id="main-content" role="main">
 <div class="row">
  <div class="col-md-8 portlet-column portlet-column-first" id="column-1">%s</div>
  <div class="col-md-4 portlet-column portlet-column-last" id="column-2">
   <div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_" id="p_p_id_%sSiDeBaR01_">
    <section class="portlet"><h2 class="portlet-title-text">Tin mới</h2><ul class="list-unstyled tin-moi">%s</ul></section></div>
   <div class="portlet-boundary" id="p_p_id_%sSiDeBaR02_">
    <section class="portlet"><h2 class="portlet-title-text">Đọc nhiều</h2><ul class="list-unstyled doc-nhieu">%s</ul></section></div>
  </div>
 </div>
</div>
</section>
<footer id="footer" role="contentinfo">
  <p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hà Sơn Bình. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
  <p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p>Powered by <a href="https://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div></div>
</body></html>""" % (E(title), E(SITE), E(canonical), E(canonical), E(canonical), E(canonical), E(SITE),
                     req.base, E(SITE), menu, main, AP, newest, AP, popular)


def portlet(inst, title, body):
    return """<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_%s%s_">
<span id="p_%s%s"></span>
<section class="portlet" id="portlet_%s%s">
 <div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">
  <h2 class="portlet-title-text">%s</h2></div></div>
 <div class="portlet-content-container"><div class="portlet-body">%s</div></div></div>
</section></div>""" % (AP, inst, AP, inst, AP, inst, E(title), body)


def abstract(a, href):
    return """<div class="asset-abstract">
  <div class="asset-image"><a href="%s"><img alt="%s" class="asset-small-image img-thumbnail" src="%s" /></a></div>
  <h4 class="asset-title"><a href="%s">%s</a></h4>
  <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span></div>
  <div class="asset-summary">%s</div>
  <div class="asset-more"><a href="%s">Xem tiếp <span class="hide-accessible">về %s</span> »</a></div>
</div>""" % (E(href), E(a["title"]), E(img(a)), E(href), E(a["title"]), a["date"].strftime("%d/%m/%Y"),
             E(a["sapo"]), E(href), E(a["title"]))


def not_found(req):
    body = ('<div class="alert alert-danger">Không tìm thấy trang được yêu cầu.</div>'
            '<p><a href="/vi/trang-chu">Trở về trang chủ</a></p>')
    return resp(404, layout_page(req, "Không tìm thấy trang", body, req.base + "/vi/trang-chu"))


# ======================================================================= pages
def home(req):
    items = "".join(abstract(a, entry_url(a, "trang-chu", HOME_INST, "/vi/trang-chu")) for a in ARTS[:HOME_COUNT])
    body = portlet(HOME_INST, "Tin nổi bật", items)
    for key, (title, inst, delta, style) in LAYOUTS.items():
        lis = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_layout(key)[:3])
        body += portlet(inst + "H", title, '<ul>%s</ul><a class="xem-tat-ca" href="/vi/%s">Xem tất cả</a>' % (lis, key))
    return resp(200, layout_page(req, "Trang chủ", body, req.base + "/vi/trang-chu"))


def listing(req, layout):
    title, inst, delta, style = LAYOUTS[layout]
    n = ns(inst)
    items = in_layout(layout)
    raw_cur = req.args.get(n + "cur")
    try:
        cur = int(raw_cur) if raw_cur is not None else 1
    except ValueError:
        cur = 1
    try:
        d = int(req.args.get(n + "delta", delta))
    except ValueError:
        d = delta
    d = d if d == delta else delta      # only the configured delta is honoured
    last = pages_of(items, d)
    cur = min(max(cur, 1), last)        # Liferay clamps: cur beyond the end shows the last page
    chunk = items[(cur - 1) * d:cur * d]
    here = page_url(layout, cur)
    body = "".join(abstract(a, entry_url(a, layout, inst, here)) for a in chunk)
    dis = 'javascript:;'
    if style == "clay":
        lis = ['<li class="page-item%s"><a class="page-link" href="%s">«</a></li>'
               % (" disabled" if cur == 1 else "", E(page_url(layout, cur - 1)) if cur > 1 else dis)]
        for p in window(cur, last, radius=1):
            if p is None:
                lis.append('<li class="page-item"><span class="page-link">...</span></li>')
            else:
                lis.append('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>'
                           % (" active" if p == cur else "", E(page_url(layout, p)), p))
        lis.append('<li class="page-item%s"><a class="page-link" href="%s">»</a></li>'
                   % (" disabled" if cur == last else "", E(page_url(layout, cur + 1)) if cur < last else dis))
        pager = ('<div class="pagination-bar"><div class="pagination-items-per-page"><span>%d Mục</span></div>'
                 '<div class="pagination-results">Hiển thị %d đến %d của %d kết quả.</div>'
                 '<ul class="pagination">%s</ul></div>' % (d, (cur - 1) * d + 1, (cur - 1) * d + len(chunk),
                                                            len(items), "".join(lis)))
    elif style == "arrows":
        pager = ('<div class="taglib-page-iterator"><ul class="lfr-pagination-buttons pager">'
                 '<li class="%s"><a href="%s">← Trước</a></li><li class="%s"><a href="%s">Tiếp theo →</a></li></ul></div>'
                 % ("disabled" if cur == 1 else "", E(page_url(layout, cur - 1)) if cur > 1 else dis,
                    "disabled" if cur == last else "", E(page_url(layout, cur + 1)) if cur < last else dis))
    else:
        pager = ('<div class="taglib-page-iterator"><div class="lfr-pagination"><div class="lfr-pagination-page-selector">'
                 'Trang %d của %d</div><ul class="lfr-pagination-buttons pager">'
                 '<li class="%s"><a href="%s">Đầu</a></li><li class="%s"><a href="%s">Trước</a></li>'
                 '<li class="%s"><a href="%s">Tiếp theo</a></li><li class="%s"><a href="%s">Cuối</a></li></ul></div></div>'
                 % (cur, last,
                    "disabled" if cur == 1 else "", E(page_url(layout, 1)) if cur > 1 else dis,
                    "disabled" if cur == 1 else "", E(page_url(layout, cur - 1)) if cur > 1 else dis,
                    "disabled" if cur == last else "", E(page_url(layout, cur + 1)) if cur < last else dis,
                    "disabled" if cur == last else "", E(page_url(layout, last)) if cur < last else dis))
    main = portlet(inst, title, body + pager)
    return resp(200, layout_page(req, title, main, req.base + "/vi/" + layout, active=layout))


def safe_back(v, fallback):
    if v and v.startswith("/") and not v.startswith("//"):
        return v
    return fallback


def article(req, a, inst=None):
    layout = a["cat"]
    back = "/vi/" + layout
    if inst:
        back = safe_back(req.args.get(ns(inst) + "redirect"), back)
    else:
        back = safe_back(req.args.get("redirect"), back)
    paras = []
    for k, p in enumerate(a["paras"]):
        paras.append('<p style="text-align: justify;">%s</p>' % E(p))
        if k == 0:
            paras.append('<p style="text-align: center;"><img alt="" src="%s" style="width: 600px; height: 400px;" /></p>'
                         '<p style="text-align: center;"><em>%s</em></p>' % (E(img(a, 2)), E(a["caption"])))
    paras.append('<p style="text-align: right;"><strong>%s</strong></p>' % E(a["author"]))
    related = [b for b in in_layout(layout) if b is not a][:5]  # "related" = newest in category, so deep items need the listing chain
    rel_html = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>'
                       % (b["path"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in related)
    body = """<div class="asset_publisher_view_full_content">
 <div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%s" title="Quay lại"><span class="hide-accessible">Quay lại</span></a></span>
  <div class="asset-subtitle">null</div>
  <h3 class="header-title"><span>%s</span></h3></div>
 <div class="social-panel">
  <div class="asset-publish-date"><span>%s</span></div>
  <div class="social-icon"><span class="mail_icon"><a href="mailto:?subject=%s">Email</a></span>
   <a href="javascript:;" id="decreaseText">A-</a> <a href="javascript:;" id="increaseText">A+</a>
   <button class="article-audio" id="btnSpeak" type="button">Đọc bài</button></div>
 </div>
 <div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>%s</strong></span></div></div>
 <div class="asset-full-content clearfix default-asset-publisher show-asset-title">
  <div class="asset-content">
   <div class="journal-content-article" data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">
%s
   </div>
  </div>
  <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span>
   <span class="metadata-entry metadata-view-count">%d Lượt xem</span></div>
 </div>
 <div class="asset-links"><h4>Tin khác</h4><ul>%s</ul></div>
</div>""" % (E(back), E(a["title"]), liferay_date(a["date"]), quote(a["title"]), E(a["sapo"]), a["entry"],
             E(a["title"]), "\n".join(paras), a["date"].strftime("%d/%m/%Y"), a["views"], rel_html)
    main = portlet(inst or LAYOUTS[layout][1], "Xuất bản thông tin", body)
    # wrong canonical: Liferay emits the canonical URL of the *layout* (category page)
    return resp(200, layout_page(req, a["title"], main, req.base + "/vi/" + layout, active=layout))


def search(req):
    sp = "_com_liferay_portal_search_web_portlet_SearchPortlet_"
    q = req.args.get("q") or req.args.get(sp + "keywords", "")
    try:
        cur = max(1, int(req.args.get(sp + "cur", "1")))
    except ValueError:
        cur = 1
    start = ((cur - 1) * 10) % len(ARTS)
    chunk = (ARTS + ARTS)[start:start + 10]
    items = "".join(abstract(a, a["path"]) for a in chunk)
    nxt = "/vi/tim-kiem?%s" % urlencode([("p_p_id", "com_liferay_portal_search_web_portlet_SearchPortlet"),
                                         ("p_p_lifecycle", "0"), (sp + "keywords", q), (sp + "cur", str(cur + 1))])
    body = ('<h3>Kết quả tìm kiếm cho "%s"</h3>%s<ul class="lfr-pagination-buttons pager"><li><a href="%s">Tiếp theo</a></li></ul>'
            % (E(q), items, E(nxt)))
    return resp(200, layout_page(req, "Tìm kiếm", portlet("srch01", "Tìm kiếm", body), req.base + "/vi/tim-kiem"))


def calendar(req):
    key = "_lichcongtac_WAR_lichcongtacportlet_tuan"
    raw = req.args.get(key, "2024-W21")
    m = re.match(r"^(\d{4})-W(\d{1,2})$", raw)
    if not m:
        y, w = 2024, 21
    else:
        y, w = int(m.group(1)), int(m.group(2))
    try:
        monday = datetime.strptime("%d-W%02d-1" % (y, w), "%G-W%V-%u")
    except ValueError:
        monday = datetime(2024, 5, 20)
    prev_m, next_m = monday - timedelta(days=7), monday + timedelta(days=7)

    def wk(d):
        iso = d.isocalendar()
        return "/vi/lich-cong-tac?p_p_id=lichcongtac_WAR_lichcongtacportlet&%s=%d-W%02d" % (key, iso[0], iso[1])
    rows = "".join("<tr><td>%s %s</td><td>08h00: Thường trực Tỉnh ủy làm việc với Huyện ủy %s</td></tr>"
                   % (WEEKDAYS[k], (monday + timedelta(days=k)).strftime("%d/%m/%Y"),
                      ["Kim Bôi", "Lương Sơn", "Mai Châu", "Tân Lạc", "Lạc Thủy"][k % 5]) for k in range(5))
    body = ('<h3>Lịch công tác tuần %d năm %d</h3><div class="week-nav"><a href="%s">« Tuần trước</a> '
            '<a href="%s">Tuần sau »</a></div><table class="table">%s</table>'
            % (w, y, E(wk(prev_m)), E(wk(next_m)), rows))
    return resp(200, layout_page(req, "Lịch công tác", portlet("lct01", "Lịch công tác", body),
                                 req.base + "/vi/lich-cong-tac", active="lich-cong-tac"))


def robots(req):
    return resp(200, """User-agent: *
Disallow: /c/
Disallow: /api/
Disallow: /group/
Disallow: /user/
Disallow: /*?p_p_state=exclusive
""", "text/plain; charset=UTF-8")


def handle(req):
    path = req.path
    # Liferay answers POST (portlet action phase) with the same render as GET
    if path == "/":
        return redirect(302, "/vi/trang-chu")
    if path in ("/vi", "/vi/", "/vi/trang-chu", "/web/guest", "/web/guest/trang-chu"):
        return home(req)
    if path == "/robots.txt":
        return robots(req)
    if path.startswith(("/documents/", "/image/")):
        return resp(200, GIF, "image/gif")
    if path.startswith("/o/"):
        return resp(200, "/* liferay bundle */", "text/css" if ".css" in path else "application/javascript")
    if path.startswith("/c/"):
        return resp(200, layout_page(req, "Đăng nhập", "<p>Đăng nhập hệ thống</p>", req.base + "/vi/trang-chu"))
    if path.startswith("/vi/") and path[4:] in LAYOUTS:
        return listing(req, path[4:])
    if path == "/vi/tim-kiem":
        return search(req)
    if path == "/vi/lich-cong-tac":
        return calendar(req)
    m = re.match(r"^(?:/vi|/web/guest)?/-/([a-z0-9-]+)$", path)
    if m and m.group(1) in BY_SLUG:
        return article(req, BY_SLUG[m.group(1)])
    m = re.match(r"^/vi/([a-z-]+)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)$", path)
    if m and m.group(3) in BY_SLUG:
        a = BY_SLUG[m.group(3)]
        lay, inst = m.group(1), m.group(2)
        if (lay == "trang-chu" and inst == HOME_INST) or (lay == a["cat"] and inst == LAYOUTS[lay][1]):
            return article(req, a, inst)
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": []} for a in ARTS}
    for layout, (title, inst, delta, style) in LAYOUTS.items():
        items = in_layout(layout)
        for p in range(1, last_page(layout) + 1):
            for a in items[(p - 1) * delta:p * delta]:
                arts[a["path"]]["aliases"].append(entry_url(a, layout, inst, page_url(layout, p)))
    for a in ARTS[:HOME_COUNT]:
        arts[a["path"]]["aliases"].append(entry_url(a, "trang-chu", HOME_INST, "/vi/trang-chu"))
    for a in ARTS:
        al = arts[a["path"]]["aliases"]
        lay, inst = a["cat"], LAYOUTS[a["cat"]][1]
        al.append("/vi/%s/-/asset_publisher/%s/content/%s" % (lay, inst, a["slug"]))
        al.append(a["path"] + READ_SUFFIX)
        al.append("/-/" + a["slug"])
        al.append("/web/guest/-/" + a["slug"])
    return {
        "family": "liferay-7 (DXP 7.x Asset Publisher portal)",
        "start_urls": ["/", "/vi/tin-hoat-dong", "/vi/chi-dao-dieu-hanh", "/vi/xay-dung-dang"],
        "articles": arts,
        "robots_disallowed": ["/c/", "/api/", "/group/", "/user/"],
        "trap_prefixes": ["/vi/tim-kiem", "/vi/lich-cong-tac"],
        "notes": (
            "Article identity is the slug only (/vi/-/<url-title>, no numeric id). Listing links go to "
            "/vi/<layout>/-/asset_publisher/<inst>/content/<slug>?_<ns>_assetEntryId=N&_<ns>_redirect=<encoded listing URL>, "
            "so each article has a listing-page-specific alias (for page >= 2 those links are ~1000 chars). "
            "Listing pages: page 1 = bare layout URL; page N = ?p_p_id=com_liferay_asset_publisher_web_portlet_"
            "AssetPublisherPortlet_INSTANCE_<inst>&p_p_lifecycle=0&...&_<ns>_delta=D&p_r_p_resetCur=false&_<ns>_cur=N "
            "(> 500 chars). cur beyond the last page is clamped (the last page is served again, 200), cur junk = page 1. "
            "tin-hoat-dong: delta 10, clay pager « 1 … 4 5 6 … 7 »; chi-dao-dieu-hanh: delta 20, arrows only "
            "(Trước / Tiếp theo); xay-dung-dang: delta 15, Đầu/Trước/Tiếp theo/Cuối + 'Trang x của y'. "
            "Canonical and og:url on every article point at the category layout (wrong). A literal 'null' "
            "precedes the headline; the displayed time uses the HH:ss bug (minutes always 00) and 'Thứ Bẩy'. "
            "Traps: /vi/tim-kiem search with endless 'Tiếp theo'; /vi/lich-cong-tac week calendar with endless "
            "Tuần trước / Tuần sau. No sitemap."
        ),
    }


MANIFEST = _build_manifest()


def _lp(layout):
    return last_page(layout)


SELFTEST = [
    {"method": "GET", "path": page_url("tin-hoat-dong", 99).replace("cur=99", "cur=99"), "status": 200,
     "same_as": page_url("tin-hoat-dong", _lp("tin-hoat-dong"))},
    {"method": "GET", "path": page_url("chi-dao-dieu-hanh", 5), "status": 200,
     "same_as": page_url("chi-dao-dieu-hanh", _lp("chi-dao-dieu-hanh"))},
    {"method": "GET", "path": "/", "status": 302, "location": "/vi/trang-chu"},
    {"method": "GET", "path": "/vi/tim-kiem?q=abc", "status": 200, "contains": "Tiếp theo"},
    {"method": "GET", "path": "/vi/-/khong-ton-tai", "status": 404},
]

SUMMARY = {
    "chains": [
        "/vi/tin-hoat-dong: Liferay 7 _cur/_delta=10 portlet params (page 1 bare, links > 500 chars), "
        "clay windowed pager « 1 … 4 5 6 … N », past last = last page repeated (clamp)",
        "/vi/chi-dao-dieu-hanh: _cur/_delta=20, arrows only (← Trước / Tiếp theo →), past last = clamp",
        "/vi/xay-dung-dang: _cur/_delta=15, Đầu/Trước/Tiếp theo/Cuối + 'Trang x của y', past last = clamp",
        "/vi/trang-chu: 'Tin nổi bật' asset publisher (8 newest) + per-category boxes",
    ],
    "alias_kinds": ["asset_publisher path with _assetEntryId + _redirect=<listing page> (redirect-back, ~1000 chars)",
                    "bare asset_publisher path", "?inheritRedirect=true&redirect=", "/-/<slug> without language",
                    "/web/guest/-/<slug>"],
    "quirks": ["slug-only article ids", "canonical + og:url -> category layout (wrong)", "'null' before title",
               "HH:ss time bug + 'Thứ Bẩy'", "no sitemap"],
}
