"""Blind replica: "Báo Hà Nam Ninh điện tử" -- a provincial Party newspaper rebuilt on Next.js.

Family: Next.js news site (server-rendered pages + __NEXT_DATA__, /<slug>-post<id>.html articles,
/news/<cat>/N path pagination, JSON "Xem thêm" API, /a/<id> short links, 308 trailing-slash redirects).
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
SITE = "Báo Hà Nam Ninh điện tử"
BUILD = "hnn7f3c2a1"
NOW = datetime(2024, 5, 20, 18, 0)
CATS = {"tin-hoat-dong": "Tin hoạt động", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}
PATH_CATS = ["tin-hoat-dong", "xa-hoi"]        # /news/<cat>/N pagination
LM_CAT = "kinh-te"                              # /chuyen-muc/kinh-te + JSON load-more
_PATTERN = ["tin-hoat-dong", "kinh-te", "tin-hoat-dong", "xa-hoi", "tin-hoat-dong", "kinh-te", "tin-hoat-dong",
            "xa-hoi", "kinh-te", "tin-hoat-dong"]
ARTS = gen_articles(424242, 100, _PATTERN,
                    ["Ý Yên", "Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Kim Sơn", "Gia Viễn", "Lý Nhân", "Bình Lục"],
                    "Nam Định", ["Yên Khánh", "Hải Đông", "Giao Lạc", "Kim Đông"])
for _a in ARTS:
    _a["id"] = 185240000 + (len(ARTS) - _a["i"]) * 17
    _a["path"] = "/%s-post%d.html" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
SIZE = 10


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def cat_href(c):
    return "/chuyen-muc/%s" % c if c == LM_CAT else "/news/%s" % c


def page_href(c, p):
    return "/news/%s" % c if p == 1 else "/news/%s/%d" % (c, p)


def api_href(c, p):
    return "/api/news/list?cat=%s&page=%d" % (c, p)


def most_read():
    return sorted(ARTS[:40], key=lambda a: -a["views"])[:5]


def img(a):
    return "/_next/image?url=%s&w=640&q=75" % quote("/uploads/%s/%d.jpg" % (a["date"].strftime("%Y/%m/%d"), a["id"]), safe="")


def rel_time(d):
    delta = NOW - d
    if delta < timedelta(hours=1):
        return "%d phút trước" % max(1, delta.seconds // 60)
    if delta < timedelta(days=1):
        return "%d giờ trước" % (delta.seconds // 3600)
    if delta < timedelta(days=7):
        return "%d ngày trước" % delta.days
    return d.strftime("%d/%m/%Y")


def long_time(d):
    return "%s, %s, %s" % (WEEKDAYS[d.weekday()], d.strftime("%H:%M"), d.strftime("%d/%m/%Y"))


def card(a):
    return ('<article class="news-card"><a class="news-card__thumb" href="%s"><img alt="%s" loading="lazy" src="%s"/></a>'
            '<h3 class="news-card__title"><a href="%s">%s</a></h3><span class="news-card__time" title="%s">%s</span>'
            '<p class="news-card__sapo">%s</p></article>' % (a["path"], E(a["title"]), E(img(a)), a["path"], E(a["title"]),
                                                             a["date"].strftime("%d/%m/%Y %H:%M"), rel_time(a["date"]),
                                                             E(a["sapo"])))


def item_json(a):
    return {"id": a["id"], "title": a["title"], "url": a["path"], "sapo": a["sapo"],
            "publishedAt": a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), "thumb": img(a), "category": a["cat"]}


# ======================================================================= chrome
def document(req, title, body, page_id, props, canonical=None, status=200, head_extra=""):
    nav = [("/", "Trang chủ")] + [(cat_href(c), n) for c, n in CATS.items()] + \
          [("/tin-theo-ngay?date=2024-05-20", "Tin theo ngày")]
    nav_html = "".join('<li class="nav__item"><a class="nav__link" href="%s">%s</a></li>' % (E(h), E(t)) for h, t in nav)
    newest = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in ARTS[:5])
    # protocol-relative absolute links in the "Đọc nhiều" widget
    popular = "".join('<li><a href="//%s%s">%s</a></li>' % (req.host, a["path"], E(a["title"])) for a in most_read())
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page_id, "query": {}, "buildId": BUILD,
            "isFallback": False, "gssp": True, "scriptLoader": []}
    can = ""
    if canonical:
        can = '<link rel="canonical" href="%s"/><meta property="og:url" content="%s"/>' % (
            E(req.base + canonical), E("https://%s%s" % (req.host, canonical)))
    html = """<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>%s</title>%s%s<meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/8a3f1c2e9b7d6a45.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a3f1c2e9b7d6a45.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script>
<script src="/_next/static/chunks/main-8b34e8a1c4f0f0a2.js" defer=""></script>
<script src="/_next/static/%s/_buildManifest.js" defer=""></script></head>
<body><div id="__next"><div class="layout">
<header class="header"><div class="header__top"><span class="header__date">Thứ hai, 20/05/2024</span></div>
<a class="header__logo" href="/"><img alt="%s" src="/logo.svg"/></a>
<nav class="nav"><ul class="nav__list">%s</ul></nav>
<form class="header__search" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm"/></form></header>
<div class="container"><main class="main">%s</main>
<aside class="sidebar"><section class="box"><h2 class="box__title">Tin mới</h2><ul>%s</ul></section>
<section class="box"><h2 class="box__title">Đọc nhiều</h2><ol>%s</ol></section></aside></div>
<footer class="footer"><p>Cơ quan của Đảng bộ tỉnh Hà Nam Ninh. Tổng Biên tập: Ngô Thanh Bình.</p>
<p>Giấy phép hoạt động báo điện tử số 112/GP-BTTTT. Ghi rõ nguồn "Báo Hà Nam Ninh điện tử" khi phát hành lại.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>""" % (
        E(title), can, head_extra, BUILD, E(SITE), nav_html, body, newest, popular,
        json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    return resp(status, html, "text/html; charset=utf-8", [("X-Powered-By", "Next.js"), ("Cache-Control", "s-maxage=60, stale-while-revalidate")])


def not_found(req):
    body = ('<div class="not-found"><h1 class="next-error-h1">404</h1><div><h2>This page could not be found.</h2></div>'
            '<p>Không tìm thấy trang. <a href="/">Về trang chủ</a></p></div>')
    return document(req, "404: This page could not be found", body, "/404", {}, status=404,
                    head_extra='<meta name="robots" content="noindex"/>')


# ======================================================================= pages
def home(req):
    body = '<section class="hero">%s</section><section class="latest"><h2>Mới nhất</h2>%s</section>' % (
        card(ARTS[0]), "".join(card(a) for a in ARTS[1:10]))
    for c, n in CATS.items():
        body += '<section class="cat-box"><h2><a href="%s">%s</a></h2>%s</section>' % (
            cat_href(c), E(n), "".join(card(a) for a in in_cat(c)[:3]))
    return document(req, SITE, body, "/", {"latest": [item_json(a) for a in ARTS[:10]]}, canonical="/")


def news_list(req, c, p):
    items = in_cat(c)
    last = pages_of(items, SIZE)
    if p == 1 and req.path != "/news/" + c:
        return redirect(308, "/news/" + c)
    if p < 1 or p > last:
        return not_found(req)
    chunk = items[(p - 1) * SIZE:p * SIZE]
    pg = []
    for n in window(p, last, radius=1):
        if n is None:
            pg.append('<span class="pagination__dots">…</span>')
        elif n == p:
            pg.append('<span class="pagination__item pagination__item--active">%d</span>' % n)
        else:
            pg.append('<a class="pagination__item" href="%s">%d</a>' % (page_href(c, n), n))
    if p < last:
        pg.append('<a class="pagination__next" href="%s">Trang sau ›</a>' % page_href(c, p + 1))
        pg.append('<a class="pagination__last" href="%s">Trang cuối »</a>' % page_href(c, last))
    body = '<h1 class="cat-title">%s</h1><div class="list">%s</div><nav class="pagination">%s</nav>' % (
        E(CATS[c]), "".join(card(a) for a in chunk), "".join(pg))
    return document(req, "%s - Trang %d | %s" % (CATS[c], p, SITE), body, "/news/[cat]/[[...page]]",
                    {"cat": c, "page": p, "total": len(items), "items": [item_json(a) for a in chunk]},
                    canonical=page_href(c, p))


def lm_list(req):
    c = LM_CAT
    items = in_cat(c)
    body = ('<h1 class="cat-title">%s</h1><div class="list" id="list-%s">%s</div>'
            '<div class="load-more"><button type="button" class="btn-load-more" data-href="%s">Xem thêm</button></div>'
            % (E(CATS[c]), c, "".join(card(a) for a in items[:SIZE]), api_href(c, 2)))
    return document(req, "%s | %s" % (CATS[c], SITE), body, "/chuyen-muc/[cat]",
                    {"cat": c, "items": [item_json(a) for a in items[:SIZE]], "nextApi": api_href(c, 2)},
                    canonical="/chuyen-muc/" + c)


def api_list(req):
    c = req.args.get("cat", "")
    if c not in CATS:
        return resp(400, json.dumps({"error": "invalid cat"}), "application/json")
    p = req.arg_int("page", 1)
    items = in_cat(c)
    last = pages_of(items, SIZE)
    chunk = items[(p - 1) * SIZE:p * SIZE] if p >= 1 else []
    data = {"items": [item_json(a) for a in chunk], "page": p, "hasMore": p < last,
            "next": api_href(c, p + 1) if p < last else None}
    return resp(200, json.dumps(data, ensure_ascii=False), "application/json; charset=utf-8")


def article(req, a):
    paras = "".join('<p>%s</p>' % E(p) for p in a["paras"][:2])
    paras += ('<figure class="article__figure"><img alt="%s" src="%s"/><figcaption>%s</figcaption></figure>'
              % (E(a["caption"]), E(img(a)), E(a["caption"])))
    paras += "".join('<p>%s</p>' % E(p) for p in a["paras"][2:])
    same = [b for b in in_cat(a["cat"]) if b is not a][:5]
    body = """<article class="article">
<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="%s">%s</a></nav>
<h1 class="article__title">%s</h1>
<div class="article__byline"><span class="article__author">%s</span>•<time dateTime="%s">%s</time></div>
<h2 class="article__sapo">%s</h2>
<div class="article__body">%s</div>
<p class="article__author-foot"><strong>%s</strong></p>
<div class="article__share"><a href="/a/%d" rel="nofollow">Link rút gọn</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noreferrer">Facebook</a></div>
</article>
<section class="related"><h2>Tin cùng chuyên mục</h2>%s</section>""" % (
        cat_href(a["cat"]), E(CATS[a["cat"]]), E(a["title"]), E(a["author"]),
        a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), long_time(a["date"]), E(a["sapo"]), paras, E(a["author"]),
        a["id"], quote("https://%s%s" % (req.host, a["path"]), safe=""), "".join(card(b) for b in same))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), "author": {"@type": "Person", "name": a["author"]}}
    head = '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False)
    return document(req, "%s | %s" % (a["title"], SITE), body, "/[slug]", {"article": item_json(a)},
                    canonical=a["path"], head_extra=head)


def day_page(req):
    raw = req.args.get("date", "2024-05-20")
    try:
        d = datetime.strptime(raw, "%Y-%m-%d")
    except ValueError:
        d = datetime(2024, 5, 20)
    items = [a for a in ARTS if a["date"].date() == d.date()]
    prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
    body = ('<h1>Tin ngày %s</h1><div class="day-nav"><a href="/tin-theo-ngay?date=%s">‹ Ngày trước</a> '
            '<a href="/tin-theo-ngay?date=%s">Ngày sau ›</a></div>%s' % (
                d.strftime("%d/%m/%Y"), prev_d.strftime("%Y-%m-%d"), next_d.strftime("%Y-%m-%d"),
                "".join(card(a) for a in items) or "<p>Không có dữ liệu</p>"))
    return document(req, "Tin theo ngày | " + SITE, body, "/tin-theo-ngay", {"date": raw})


def search(req):
    q = req.args.get("q", "")
    p = max(1, req.arg_int("page", 1))
    start = ((p - 1) * SIZE) % len(ARTS)
    body = '<h1>Tìm kiếm: %s</h1>%s<a href="/tim-kiem?q=%s&amp;page=%d">Trang sau ›</a>' % (
        E(q), "".join(card(a) for a in (ARTS + ARTS)[start:start + SIZE]), quote(q), p + 1)
    return document(req, "Tìm kiếm | " + SITE, body, "/tim-kiem", {"q": q})


def next_data(req, rest):
    # /_next/data/<build>/<route>.json -- what the client router fetches
    m = re.match(r"^news/([a-z-]+)(?:/(\d+))?\.json$", rest)
    if m and m.group(1) in PATH_CATS:
        c, p = m.group(1), int(m.group(2) or 1)
        items = in_cat(c)
        chunk = items[(p - 1) * SIZE:p * SIZE]
        if not chunk:
            return resp(404, json.dumps({"notFound": True}), "application/json")
        return resp(200, json.dumps({"pageProps": {"cat": c, "page": p, "items": [item_json(a) for a in chunk]}, "__N_SSP": True},
                                    ensure_ascii=False), "application/json")
    m = re.match(r"^([a-z0-9-]+)-post(\d+)\.html\.json$", rest)
    if m and int(m.group(2)) in BY_ID:
        return resp(200, json.dumps({"pageProps": {"article": item_json(BY_ID[int(m.group(2))])}, "__N_SSP": True},
                                    ensure_ascii=False), "application/json")
    return resp(404, json.dumps({"notFound": True}), "application/json")


def sitemap(req, news=False):
    if news:
        urls = "".join('<url><loc>%s%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>vi</news:language>'
                       '</news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>'
                       % (req.base, a["path"], E(SITE), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), E(a["title"]))
                       for a in ARTS[:20])
        xml = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % urls)
    else:
        urls = "".join("<url><loc>%s%s</loc><changefreq>hourly</changefreq></url>" % (req.base, cat_href(c)) for c in CATS)
        urls += "".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>" % (req.base, a["path"], a["date"].strftime("%Y-%m-%d"))
                        for a in ARTS)
        xml = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % urls
    return resp(200, xml, "application/xml; charset=utf-8")


def handle(req):
    path = req.path
    if req.method not in ("GET", "HEAD"):
        return resp(405, "Method Not Allowed", "text/plain")
    if path == "/":
        return home(req)
    if path != "/" and path.endswith("/") and not path.startswith("/_next/"):
        # Next.js trailingSlash:false -> permanent redirect to the slash-less path
        return redirect(308, path.rstrip("/") + ("?" + req.qs if req.qs else ""))
    if path == "/robots.txt":
        return resp(200, "User-agent: *\nAllow: /\nDisallow: /tim-kiem\nDisallow: /preview/\nDisallow: /_next/data/\n\n"
                         "Sitemap: %s/sitemap.xml\nSitemap: %s/sitemap-news.xml\n" % (req.base, req.base), "text/plain")
    if path == "/sitemap.xml":
        return sitemap(req)
    if path == "/sitemap-news.xml":
        return sitemap(req, news=True)
    if path in ("/logo.svg", "/favicon.ico") or path.startswith(("/uploads/", "/_next/image")):
        return resp(200, GIF, "image/gif")
    if path.startswith("/_next/data/%s/" % BUILD):
        return next_data(req, path[len("/_next/data/%s/" % BUILD):])
    if path.startswith("/_next/static/"):
        return resp(200, "/* chunk */", "text/css" if path.endswith(".css") else "application/javascript")
    if path == "/api/news/list":
        return api_list(req)
    if path == "/tin-theo-ngay":
        return day_page(req)
    if path == "/tim-kiem":
        return search(req)
    if path == "/chuyen-muc/" + LM_CAT:
        return lm_list(req)
    m = re.match(r"^/news/([a-z-]+)(?:/(\d+))?$", path)
    if m and m.group(1) in PATH_CATS:
        return news_list(req, m.group(1), int(m.group(2) or 1))
    m = re.match(r"^/a/(\d+)$", path)
    if m and int(m.group(1)) in BY_ID:
        return redirect(302, BY_ID[int(m.group(1))]["path"])
    m = re.match(r"^/([a-z0-9-]+)-post(\d+)\.html$", path)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if m.group(1) != a["slug"]:
            return redirect(308, a["path"])
        return article(req, a)
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {}
    for a in ARTS:
        p = a["path"]
        arts[p] = {"title": a["title"], "aliases": [
            "/a/%d" % a["id"],                                                   # short link, 302
            p + "/",                                                             # trailing slash, 308
            p + "?utm_source=zalo&utm_medium=share&utm_campaign=zalo&zarsrc=31",
            p + "?fbclid=IwZXh0bgNhZW0CMTEAAR%d_aem_Qw" % a["id"],
            p + "?utm_source=dantri&utm_medium=referral",
        ]}
    return {
        "family": "nextjs (server-rendered Next.js news site)",
        "start_urls": ["/", "/news/tin-hoat-dong", "/news/xa-hoi", "/chuyen-muc/kinh-te"],
        "articles": arts,
        "robots_disallowed": ["/tim-kiem", "/preview/", "/_next/data/"],
        "trap_prefixes": ["/tin-theo-ngay"],
        "notes": (
            "Chains: (A) /news/tin-hoat-dong, /news/xa-hoi -> /news/<cat>/N (page number as the last path segment), "
            "10/page, windowed numbers + 'Trang sau ›' + 'Trang cuối »'; /news/<cat>/1 308s to the bare path; past last "
            "= 404 (Next.js 'This page could not be found.'). (B) /chuyen-muc/kinh-te server-renders 10 items and a "
            "<button data-href=\"/api/news/list?cat=kinh-te&page=2\">Xem thêm</button>; the API answers JSON "
            "{items:[{url,title,...}], page, hasMore, next}; after the end items=[] hasMore=false next=null. "
            "Article URL /<slug>-post<id>.html; /a/<id> 302s to it (share box link); a trailing slash 308s to the "
            "slash-less path; a stale slug 308s to the current one. 'Đọc nhiều' links are protocol-relative "
            "(//host/path). Listing times are relative ('3 giờ trước', computed against a fixed 'now' of "
            "20/05/2024 18:00); article time 'Thứ hai, 20:02, 20/05/2024'. Canonical correct over http, og:url "
            "https:// (scheme mix). __NEXT_DATA__ JSON on every page; /_next/data/<build>/... JSON routes exist "
            "(robots-disallowed). Trap: /tin-theo-ngay?date=YYYY-MM-DD (Ngày trước / Ngày sau forever). "
            "/tim-kiem is robots-disallowed. Sitemaps: flat /sitemap.xml + Google News /sitemap-news.xml."
        ),
    }


MANIFEST = _build_manifest()

SELFTEST = [
    {"method": "GET", "path": "/news/tin-hoat-dong/1", "status": 308, "location": "/news/tin-hoat-dong"},
    {"method": "GET", "path": "/news/tin-hoat-dong/%d" % (pages_of(in_cat("tin-hoat-dong"), SIZE) + 1), "status": 404},
    {"method": "GET", "path": api_href(LM_CAT, pages_of(in_cat(LM_CAT), SIZE) + 1), "status": 200,
     "contains": '"hasMore": false'},
    {"method": "GET", "path": "/a/%d" % ARTS[0]["id"], "status": 302, "location": ARTS[0]["path"]},
    {"method": "GET", "path": "/khong-phai-slug-post%d.html" % ARTS[0]["id"], "status": 308, "location": ARTS[0]["path"]},
    {"method": "GET", "path": "/tin-theo-ngay?date=1970-01-01", "status": 200, "contains": "Ngày sau"},
]

SUMMARY = {
    "chains": [
        "/news/<cat> -> /news/<cat>/N: path-segment page number, windowed numbers + Trang sau + Trang cuối, "
        "/1 308 -> bare, past last = 404",
        "/chuyen-muc/kinh-te: 'Xem thêm' <button data-href=/api/news/list?cat=kinh-te&page=2> -> JSON "
        "{items[].url, hasMore, next}, end = items [] / hasMore false",
    ],
    "alias_kinds": ["/a/<id> short link (302)", "trailing slash (308)", "utm_* + zarsrc", "fbclid",
                    "utm referral"],
    "quirks": ["protocol-relative sidebar links", "relative listing times vs fixed now", "og:url https vs http canonical",
               "__NEXT_DATA__ JSON", "robots Sitemap: x2 (flat + news)"],
}
