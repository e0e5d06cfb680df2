"""Blind replica: "Ban Tuyên giáo Tỉnh ủy Cửu Long" on WordPress with a news theme.

Family: WordPress (postname permalinks /<slug>/, /chuyen-muc/<cat>/page/N/, /tag/<unicode>/, /?p=ID
shortlinks, AMP plugin, theme "Xem thêm" button driven by an inline-script URL + JSON endpoint).
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
SITE = "Ban Tuyên giáo Tỉnh ủy Cửu Long"
CATS = {"tin-tuc": ("Tin tức", 3), "hoc-tap-va-lam-theo-bac": ("Học tập và làm theo Bác", 7),
        "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", 9)}
CAT_BY_ID = {v[1]: k for k, v in CATS.items()}
_PATTERN = ["tin-tuc", "tin-tuc", "hoc-tap-va-lam-theo-bac", "tin-tuc", "nghien-cuu-trao-doi", "tin-tuc",
            "hoc-tap-va-lam-theo-bac", "tin-tuc", "tin-tuc", "nghien-cuu-trao-doi"]
TAGS = ["đại hội đảng", "chuyển đổi số", "nông thôn mới", "cải cách hành chính", "phòng chống tham nhũng",
        "xây dựng đảng"]
TAG_SLUGS = [t.replace(" ", "-") for t in TAGS]
ARTS = gen_articles(909192, 120, _PATTERN,
                    ["Vũng Liêm", "Trà Ôn", "Tam Bình", "Long Hồ", "Càng Long", "Cầu Kè", "Tiểu Cần", "Bình Minh"],
                    "Vĩnh Long", ["Trung Thành", "Hựu Thành", "Tân Hạnh", "Phú Quới"])
for _a in ARTS:
    _a["id"] = 4000 + (len(ARTS) - _a["i"]) * 5 + (_a["i"] % 3)
    _a["path"] = "/%s/" % _a["slug"]
    # only "Tin tức" and "Nghiên cứu - Trao đổi" posts are tagged
    _a["tag"] = None if _a["cat"] == "hoc-tap-va-lam-theo-bac" else _a["tagi"]
BY_SLUG = {a["slug"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}
PER_PAGE = 10
LM_CAT = "hoc-tap-va-lam-theo-bac"


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def in_tag(t):
    return [a for a in ARTS if a["tag"] == t]


def most_read():
    return sorted(ARTS[:50], key=lambda a: -a["views"])[:5]


def img(a, size="300x200"):
    return "/wp-content/uploads/%s/%s-%s.jpg" % (a["date"].strftime("%Y/%m"), a["slug"][:40], size)


def cat_url(c, p=1):
    return "/chuyen-muc/%s/" % c if p == 1 else "/chuyen-muc/%s/page/%d/" % (c, p)


def tag_url(t, p=1, encoded=False):
    slug = TAG_SLUGS[t]
    if encoded:  # WordPress stores/prints non-ASCII slugs percent-encoded in lower-case hex
        slug = quote(slug, safe="-").lower()
    return "/tag/%s/" % slug if p == 1 else "/tag/%s/page/%d/" % (slug, p)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


# ======================================================================= chrome
def calendar_widget(year, month):
    first = datetime(year, month, 1)
    prev_m = (first - timedelta(days=1)).replace(day=1)
    next_m = (first + timedelta(days=32)).replace(day=1)
    days = {a["date"].day for a in ARTS if a["date"].year == year and a["date"].month == month}
    cells = []
    d = first
    while d.month == month:
        cells.append('<td><a href="/%04d/%02d/%02d/">%d</a></td>' % (year, month, d.day, d.day) if d.day in days
                     else "<td>%d</td>" % d.day)
        d += timedelta(days=1)
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    return """<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">
<table id="wp-calendar" class="wp-calendar-table"><caption>Tháng %d %d</caption><tbody>%s</tbody></table>
<nav aria-label="Tháng trước và tháng tiếp theo" class="wp-calendar-nav">
<span class="wp-calendar-nav-prev"><a href="/%04d/%02d/">« Th%d</a></span>
<span class="wp-calendar-nav-next"><a href="/%04d/%02d/">Th%d »</a></span></nav></div></section>""" % (
        month, year, rows, prev_m.year, prev_m.month, prev_m.month, next_m.year, next_m.month, next_m.month)


def layout(req, title, main, canonical=None, head_extra="", cal=(2024, 5), body_class="home"):
    menu = [("/", "Trang chủ")] + [(cat_url(k), v[0]) for k, v in CATS.items()] + [("/gioi-thieu/", "Giới thiệu")]
    menu_html = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (h, E(t)) for h, t in menu)
    newest = "".join('<li><a href="%s">%s</a><span class="post-date">%s</span></li>'
                     % (a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y")) for a in ARTS[:5])
    # popular-posts plugin prints the permalink without its trailing slash (WordPress 301s it)
    popular = "".join('<li><a href="%s" class="wpp-post-title">%s</a></li>' % (a["path"].rstrip("/"), E(a["title"]))
                      for a in most_read())
    tagcloud = " ".join('<a href="%s" class="tag-cloud-link">%s</a>' % (tag_url(t, encoded=True), E(TAGS[t]))
                        for t in range(len(TAGS)))
    can = '<link rel="canonical" href="%s" />\n<meta property="og:url" content="%s" />' % (E(canonical), E(canonical)) if canonical else ""
    return """<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="robots" content="max-image-preview:large" />
%s
<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="/feed/" />
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel='stylesheet' id='newsup-style-css' href='/wp-content/themes/newsup/style.css?ver=6.5.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.3" />
%s
</head>
<body class="%s wp-embed-responsive">
<div id="page" class="site">
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p>
  <p class="site-description">Trang thông tin điện tử</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav>
 <form role="search" method="get" class="search-form" action="/"><label><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>
 <div class="hot-search">Tìm nhiều: <a href="/?s=%%C4%%91%%E1%%BA%%A1i+h%%E1%%BB%%99i">đại hội</a> <a href="/?s=ngh%%E1%%BB%%8B+quy%%E1%%BA%%BFt">nghị quyết</a></div>
</header>
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main">%s</main></div>
<aside id="secondary" class="widget-area col-md-4">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Tin mới</h2><ul>%s</ul></section>
 <section class="widget popular-posts"><h2 class="widget-title">Đọc nhiều</h2><ul class="wpp-list">%s</ul></section>
 %s
 <section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">%s</div></section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">
 <p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Cửu Long. Địa chỉ: 19 đường 1/5, thành phố Vĩnh Long.</p>
 <p>Ghi rõ nguồn &quot;Ban Tuyên giáo Tỉnh ủy Cửu Long&quot; khi phát hành lại thông tin từ trang này.</p>
 <p>Vận hành bởi <a href="https://wordpress.org/">WordPress</a></p></div></footer>
</div>
</body></html>""" % (E(title), can, E(SITE), head_extra, body_class, E(SITE), menu_html, main, newest, popular,
                     calendar_widget(*cal), tagcloud)


def post_card(a):
    return """<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">
 <div class="post-thumbnail"><a href="%s"><img width="300" height="200" src="%s" class="attachment-medium wp-post-image" alt="" loading="lazy" /></a></div>
 <h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>
 <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div>
 <div class="entry-summary"><p>%s</p></div>
</article>""" % (a["id"], a["id"], a["cat"], a["path"], img(a), a["path"], E(a["title"]), iso(a["date"]),
                 a["date"].strftime("%d/%m/%Y"), E(a["sapo"]))


def not_found(req):
    main = ('<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
            'Rất tiếc! Không thể tìm thấy trang này.</h1></header><div class="page-content"><p>Có vẻ như không có '
            'gì được tìm thấy ở vị trí này.</p></div></section>')
    return resp(404, layout(req, "Không tìm thấy trang - " + SITE, main, body_class="error404"))


def paginate_links(cur, last, url):
    out = []
    if cur > 1:
        out.append('<a class="prev page-numbers" href="%s">« Trước</a>' % url(cur - 1))
    for p in window(cur, last, radius=1):
        if p is None:
            out.append('<span class="page-numbers dots">&hellip;</span>')
        elif p == cur:
            out.append('<span aria-current="page" class="page-numbers current">%d</span>' % p)
        else:
            out.append('<a class="page-numbers" href="%s">%d</a>' % (url(p), p))
    if cur < last:
        out.append('<a class="next page-numbers" href="%s">Sau »</a>' % url(cur + 1))
    return '<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">%s</div></nav>' % "".join(out)


# ======================================================================= pages
def home(req):
    main = '<section class="featured">%s</section><section class="latest"><h2 class="section-title">Tin mới nhất</h2>%s</section>' % (
        post_card(ARTS[0]), "".join(post_card(a) for a in ARTS[1:PER_PAGE]))
    main += '<p class="view-all"><a href="%s">Xem tất cả tin tức »</a></p>' % cat_url("tin-tuc")
    for k, (name, cid) in CATS.items():
        if k == "tin-tuc":
            continue
        main += '<section class="cat-box"><h2><a href="%s">%s</a></h2>%s</section>' % (
            cat_url(k), E(name), "".join(post_card(a) for a in in_cat(k)[:3]))
    return resp(200, layout(req, SITE + " – Trang thông tin điện tử", main, canonical=req.base + "/"))


def category(req, c, page):
    name, cid = CATS[c]
    items = in_cat(c)
    last = pages_of(items, PER_PAGE)
    if page == 1 and "/page/" in req.path:
        return redirect(301, cat_url(c))
    if page < 1 or page > last:
        return not_found(req)
    chunk = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    main = '<header class="page-header"><h1 class="page-title">Chuyên mục: <span>%s</span></h1></header>%s' % (
        E(name), "".join(post_card(a) for a in chunk))
    if c == LM_CAT:
        # the theme hides the pager and shows a "Xem thêm" button fed by the REST endpoint
        main = main.replace('</header>', '</header><div id="lm-posts">', 1) + "</div>"
        main += """<div class="load-more-wrap"><button id="xem-them" class="btn btn-load-more" type="button">Xem thêm</button></div>
<script>
var loadMoreUrl = '/wp-json/cuulong/v1/posts?cat=%d&page=';
var loadMorePage = 2;
var loadMoreMax = %d;
jQuery('#xem-them').on('click', function () {
  var btn = jQuery(this);
  jQuery.getJSON(loadMoreUrl + loadMorePage, function (res) {
    jQuery('#lm-posts').append(res.html);
    loadMorePage++;
    if (!res.has_more) { btn.remove(); }
  });
});
</script>""" % (cid, last)
    else:
        main += paginate_links(page, last, lambda p: cat_url(c, p))
    return resp(200, layout(req, "%s – %s" % (name, SITE), main, canonical=req.base + cat_url(c, page),
                            body_class="archive category category-%s" % c))


def load_more(req):
    cid = req.arg_int("cat", 0)
    page = req.arg_int("page", 2)
    c = CAT_BY_ID.get(cid)
    items = in_cat(c) if c else ARTS
    last = pages_of(items, PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE:page * PER_PAGE] if page >= 1 else []
    data = {"html": "".join(post_card(a) for a in chunk), "page": page, "max_pages": last,
            "has_more": page < last}
    return resp(200, json.dumps(data, ensure_ascii=False), "application/json; charset=UTF-8",
                [("X-WP-Total", str(len(items))), ("X-WP-TotalPages", str(last))])


def tag_page(req, t, page):
    items = in_tag(t)
    last = pages_of(items, PER_PAGE)
    if page < 1 or page > last:
        return not_found(req)
    chunk = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    nav = []
    if page < last:
        nav.append('<div class="nav-previous"><a href="%s">← Bài cũ hơn</a></div>' % tag_url(t, page + 1))
    if page > 1:
        nav.append('<div class="nav-next"><a href="%s">Bài mới hơn →</a></div>' % tag_url(t, page - 1))
    main = ('<header class="page-header"><h1 class="page-title">Thẻ: <span>%s</span></h1></header>%s'
            '<nav class="navigation posts-navigation"><div class="nav-links">%s</div></nav>'
            % (E(TAGS[t]), "".join(post_card(a) for a in chunk), "".join(nav)))
    return resp(200, layout(req, "%s – %s" % (TAGS[t], SITE), main, canonical=req.base + tag_url(t, page, encoded=True),
                            body_class="archive tag"))


def article_body(a):
    out = ['<p><strong>%s</strong></p>' % E(a["sapo"])]
    for k, p in enumerate(a["paras"]):
        if k == 1:
            out.append('<figure class="wp-block-image size-large"><img decoding="async" src="%s" alt="" class="wp-image-%d"/>'
                       '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (img(a, "1024x683"), a["id"] + 1, E(a["caption"])))
        out.append("<p>%s</p>" % E(p))
    out.append('<p style="text-align: right;"><strong>%s</strong></p>' % E(a["author"]))
    return "\n".join(out)


def single(req, a):
    related = [b for b in in_cat(a["cat"]) if b is not a][:4]
    rel = "".join('<li><a href="/?p=%d">%s</a> <span>(%s)</span></li>' % (b["id"], E(b["title"]), b["date"].strftime("%d/%m/%Y"))
                  for b in related)
    tags = ('<span class="tags-links">Thẻ: <a href="%s" rel="tag">%s</a></span>' % (tag_url(a["tag"]), E(TAGS[a["tag"]]))
            if a["tag"] is not None else "")
    main = """<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">
<header class="entry-header">
 <div class="entry-meta"><span class="cat-links"><a href="%s" rel="category tag">%s</a></span></div>
 <h1 class="entry-title">%s</h1>
 <div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="%s">%s</time></span>
  <span class="print-link"><a href="%s?print=1" rel="nofollow">In bài viết</a></span></div>
</header>
<div class="entry-content">
%s
</div>
<footer class="entry-footer">%s</footer>
</article>
<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3><ul>%s</ul></div>""" % (
        a["id"], a["id"], a["cat"], cat_url(a["cat"]), E(CATS[a["cat"]][0]), E(a["title"]), iso(a["date"]),
        a["date"].strftime("%d/%m/%Y %H:%M"), a["path"], article_body(a), tags, rel)
    head = ('<link rel="shortlink" href="%s/?p=%d" />\n<link rel="amphtml" href="%s%samp/" />\n'
            '<meta property="og:type" content="article" /><meta property="og:title" content="%s" />'
            '<meta property="article:published_time" content="%s" />' % (req.base, a["id"], req.base, a["path"],
                                                                           E(a["title"]), iso(a["date"])))
    if req.args.get("print") == "1":
        return resp(200, """<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>%s</title>
<meta name="robots" content="noindex, nofollow" /></head><body class="print-view" onload="window.print()">
<h1>%s</h1><p class="date">%s</p>%s</body></html>""" % (E(a["title"]), E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"),
                                                          article_body(a)))
    return resp(200, layout(req, "%s – %s" % (a["title"], SITE), main, canonical=req.base + a["path"], head_extra=head,
                            cal=(a["date"].year, a["date"].month), body_class="post-template-default single single-post"))


def amp(req, a):
    return resp(200, """<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><title>%s</title>
<link rel="canonical" href="%s%s">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><header class="amp-wp-header"><a href="%s/">%s</a></header>
<article class="amp-wp-article"><h1 class="amp-wp-title">%s</h1>
<div class="amp-wp-meta"><time datetime="%s">%s</time></div>
<div class="amp-wp-article-content">%s</div></article>
<footer class="amp-wp-footer"><a href="%s">Xem phiên bản đầy đủ</a></footer></body></html>""" % (
        E(a["title"]), req.base, a["path"], req.base, E(SITE), E(a["title"]), iso(a["date"]),
        a["date"].strftime("%d/%m/%Y"), article_body(a).replace("<img ", "<amp-img width=\"1024\" height=\"683\" "),
        a["path"]))


def month_archive(req, y, m, page):
    try:
        datetime(y, m, 1)
    except ValueError:
        return not_found(req)
    items = [a for a in ARTS if a["date"].year == y and a["date"].month == m]
    last = pages_of(items, PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    body = "".join(post_card(a) for a in chunk) or "<p>Không tìm thấy bài viết nào.</p>"
    pag = paginate_links(page, last, lambda p: "/%04d/%02d/" % (y, m) if p == 1 else "/%04d/%02d/page/%d/" % (y, m, p)) if last > 1 else ""
    main = '<header class="page-header"><h1 class="page-title">Tháng: <span>Tháng %d %d</span></h1></header>%s%s' % (m, y, body, pag)
    return resp(200, layout(req, "Tháng %d %d – %s" % (m, y, SITE), main, cal=(y, m), body_class="archive date"))


def day_archive(req, y, m, d):
    try:
        day = datetime(y, m, d)
    except ValueError:
        return not_found(req)
    items = [a for a in ARTS if a["date"].date() == day.date()]
    main = '<h1 class="page-title">Ngày: %s</h1>%s' % (day.strftime("%d/%m/%Y"), "".join(post_card(a) for a in items)
                                                      or "<p>Không tìm thấy bài viết nào.</p>")
    return resp(200, layout(req, "Ngày %s – %s" % (day.strftime("%d/%m/%Y"), SITE), main, cal=(y, m)))


def search(req):
    q = req.args.get("s", "")
    page = max(1, req.arg_int("paged", 1))
    start = ((page - 1) * PER_PAGE) % len(ARTS)
    chunk = (ARTS + ARTS)[start:start + PER_PAGE]
    main = ('<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>%s</span></h1></header>%s'
            '<nav class="navigation pagination"><div class="nav-links"><a class="next page-numbers" href="/?s=%s&amp;paged=%d">Sau »</a></div></nav>'
            % (E(q), "".join(post_card(a) for a in chunk), quote(q), page + 1))
    return resp(200, layout(req, "Kết quả tìm kiếm – " + SITE, main, body_class="search search-results"))


def robots(req):
    return resp(200, """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /feed/
Disallow: /*/feed/

Sitemap: %s/wp-sitemap.xml
""" % req.base, "text/plain; charset=utf-8")


def sitemap(req, name):
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="%s/wp-sitemap-index.xsl" ?>\n' % req.base
    if name == "wp-sitemap":
        locs = ["wp-sitemap-posts-post-1", "wp-sitemap-posts-page-1", "wp-sitemap-taxonomies-category-1",
                "wp-sitemap-taxonomies-post_tag-1"]
        body = "".join("<sitemap><loc>%s/%s.xml</loc></sitemap>" % (req.base, n) for n in locs)
        return resp(200, head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</sitemapindex>' % body,
                    "application/xml; charset=UTF-8")
    if name == "wp-sitemap-posts-post-1":
        urls = ["<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (req.base, a["path"], iso(a["date"])) for a in ARTS]
    elif name == "wp-sitemap-posts-page-1":
        urls = ["<url><loc>%s/gioi-thieu/</loc></url>" % req.base]
    elif name == "wp-sitemap-taxonomies-category-1":
        urls = ["<url><loc>%s%s</loc></url>" % (req.base, cat_url(c)) for c in CATS]
    elif name == "wp-sitemap-taxonomies-post_tag-1":
        urls = ["<url><loc>%s%s</loc></url>" % (req.base, tag_url(t, encoded=True)) for t in range(len(TAGS))]
    else:
        return not_found(req)
    return resp(200, head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(urls),
                "application/xml; charset=UTF-8")


def handle(req):
    path = unicodedata.normalize("NFC", req.path)
    if path == "/":
        if "p" in req.args:
            a = BY_ID.get(req.arg_int("p", 0))
            return redirect(301, req.base + a["path"]) if a else not_found(req)
        if "s" in req.args:
            return search(req)
        return home(req)
    if path == "/robots.txt":
        return robots(req)
    m = re.match(r"^/(wp-sitemap[a-z0-9_-]*)\.xml$", path)
    if m:
        return sitemap(req, m.group(1))
    if path.startswith("/wp-content/uploads/"):
        return resp(200, GIF, "image/gif")
    if path.startswith(("/wp-content/", "/wp-includes/")):
        return resp(200, "/* */", "text/css" if path.endswith(".css") else "application/javascript")
    if path == "/wp-json/cuulong/v1/posts":
        return load_more(req)
    if path == "/wp-json/":
        return resp(200, json.dumps({"name": SITE, "url": req.base, "namespaces": ["oembed/1.0", "cuulong/v1", "wp/v2"]},
                                    ensure_ascii=False), "application/json; charset=UTF-8")
    if path in ("/feed/",) or path.endswith("/feed/"):
        items = "".join("<item><title>%s</title><link>%s%s</link></item>" % (E(a["title"]), req.base, a["path"]) for a in ARTS[:10])
        return resp(200, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title>%s</channel></rss>'
                    % (E(SITE), items), "application/rss+xml; charset=UTF-8")
    if path == "/gioi-thieu/":
        return resp(200, layout(req, "Giới thiệu – " + SITE, "<h1>Giới thiệu</h1><p>Ban Tuyên giáo Tỉnh ủy Cửu Long là cơ quan tham mưu, giúp việc của Tỉnh ủy.</p>",
                                canonical=req.base + "/gioi-thieu/"))
    m = re.match(r"^/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?$", path)
    if m and m.group(1) in CATS:
        return category(req, m.group(1), int(m.group(2) or 1))
    m = re.match(r"^/tag/([^/]+)/(?:page/(\d+)/)?$", path)
    if m and m.group(1) in TAG_SLUGS:
        return tag_page(req, TAG_SLUGS.index(m.group(1)), int(m.group(2) or 1))
    m = re.match(r"^/(\d{4})/(\d{2})/(?:page/(\d+)/)?$", path)
    if m:
        return month_archive(req, int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    m = re.match(r"^/(\d{4})/(\d{2})/(\d{2})/$", path)
    if m:
        return day_archive(req, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"^/([a-z0-9-]+)(/?)(amp/)?$", path)
    if m and m.group(1) in BY_SLUG:
        a = BY_SLUG[m.group(1)]
        if not m.group(2):
            return redirect(301, req.base + a["path"] + ("?" + req.qs if req.qs else ""))
        if m.group(3):
            return amp(req, a)
        return single(req, a)
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {}
    for a in ARTS:
        p = a["path"]
        arts[p] = {"title": a["title"], "aliases": [
            p.rstrip("/"),                                                       # 301 -> with slash ("Đọc nhiều")
            "/?p=%d" % a["id"],                                                  # shortlink, 301 ("Bài viết liên quan")
            p + "amp/",                                                          # AMP plugin
            p + "?print=1",                                                      # print link
            p + "?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&zarsrc=30",  # Zalo share
            p + "?fbclid=IwAR1%sQkT9xZ_aem_AbCd" % a["id"],                      # Facebook click id
        ]}
    return {
        "family": "wordpress (news theme, postname permalinks)",
        "start_urls": ["/", "/chuyen-muc/tin-tuc/", "/chuyen-muc/hoc-tap-va-lam-theo-bac/",
                       "/chuyen-muc/nghien-cuu-trao-doi/"],
        "articles": arts,
        "robots_disallowed": ["/wp-admin/", "/wp-login.php", "/feed/"],
        "trap_prefixes": ["/?s=", "/20"],
        "notes": (
            "Slug-only article URLs /<slug>/ (no numeric id in the permalink; the id shows only in /?p=ID shortlinks, "
            "which 301 to the permalink). Chains: (A) /chuyen-muc/tin-tuc/ and /chuyen-muc/nghien-cuu-trao-doi/ -> "
            "/chuyen-muc/<cat>/page/N/, 10/page, paginate_links window (« Trước 1 … 4 5 6 … 8 Sau »), page/1/ 301s to "
            "the bare category, past last = 404. (B) /chuyen-muc/hoc-tap-va-lam-theo-bac/ shows 10 posts and a "
            "'Xem thêm' <button> with no URL; the URL lives in an inline script: var loadMoreUrl = "
            "'/wp-json/cuulong/v1/posts?cat=7&page='; var loadMorePage = 2; the JSON answer is "
            "{html, page, max_pages, has_more}; past the end html is '' and has_more false. These posts carry no tags, "
            "so pages 2+ are reachable only through the load-more. (C) /tag/<raw Unicode slug>/ -> /tag/<slug>/page/N/ "
            "with only '← Bài cũ hơn' / 'Bài mới hơn →' links (tag cloud prints the slug percent-encoded, lower-case "
            "hex; post footers print it raw). 'Đọc nhiều' links omit the trailing slash (301). Canonical + og:url correct. "
            "Traps: /?s=<q>&paged=N endless search, calendar widget month archives /YYYY/MM/ with « Th4 / Th6 » "
            "links forever in both directions (+ /YYYY/MM/DD/ day archives; going back far enough leaves /20xx/ for /19xx/, which is only reachable through /20xx/ pages). robots.txt Sitemap: -> /wp-sitemap.xml index."
        ),
    }


MANIFEST = _build_manifest()

SELFTEST = [
    {"method": "GET", "path": "/chuyen-muc/tin-tuc/page/1/", "status": 301, "location": "/chuyen-muc/tin-tuc/"},
    {"method": "GET", "path": "/chuyen-muc/tin-tuc/page/%d/" % (pages_of(in_cat("tin-tuc"), PER_PAGE) + 1), "status": 404},
    {"method": "GET", "path": "/wp-json/cuulong/v1/posts?cat=7&page=%d" % (pages_of(in_cat(LM_CAT), PER_PAGE) + 1),
     "status": 200, "contains": '"has_more": false'},
    {"method": "GET", "path": "/1999/01/", "status": 200, "contains": "Th2 »"},
    {"method": "GET", "path": "/?p=%d" % ARTS[5]["id"], "status": 301, "location": ARTS[5]["path"]},
    {"method": "GET", "path": "/robots.txt", "status": 200, "contains": "Sitemap:"},
]

SUMMARY = {
    "chains": [
        "/chuyen-muc/<cat>/ -> /chuyen-muc/<cat>/page/N/: paginate_links window « Trước 1 … 4 5 6 … N Sau », "
        "page/1/ 301 -> bare, past last = 404",
        "/chuyen-muc/hoc-tap-va-lam-theo-bac/: 'Xem thêm' button, URL in inline script "
        "var loadMoreUrl = '/wp-json/cuulong/v1/posts?cat=7&page='; JSON {html, has_more}, end = has_more:false",
        "/tag/<unicode>/ -> /tag/<slug>/page/N/: arrows only (Bài cũ hơn / Bài mới hơn), past last = 404",
    ],
    "alias_kinds": ["no trailing slash (301)", "/?p=ID shortlink (301)", "AMP /<slug>/amp/", "?print=1",
                    "utm_* + zarsrc (Zalo)", "fbclid"],
    "quirks": ["slug-only permalinks", "raw-Unicode and %-encoded tag slugs", "robots Allow: line",
               "Sitemap: -> wp-sitemap index"],
}
