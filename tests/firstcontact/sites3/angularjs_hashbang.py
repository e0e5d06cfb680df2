"""Replica: Cổng thông tin Đảng bộ tỉnh Hà Tuyên, AngularJS 1.x single-page app with hash-bang routes,
_escaped_fragment_ HTML snapshots and a paged Atom feed.

Blind test material (set 3).  Self-contained, stdlib only.  See README.md.
"""
# ==== BEGIN KERNEL (shared helper block for set 3; copied into each module by tools/sync_kernel.py) ====
import base64
import gzip
import hashlib
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape
STATUS_TEXT = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect",
               308: "Permanent Redirect", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
               405: "Method Not Allowed", 500: "Internal Server Error"}
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
TODAY = datetime(2024, 6, 14, 17, 30)          # fixed "now" for every site of set 3 (a Friday)
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
THU_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def ascii_slug(text, sep="-", keep_case=False):
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    out = re.sub(r"[^A-Za-z0-9]+", sep, text).strip(sep)
    return out if keep_case else out.lower()


def hexid(s, n=8):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


class Request:
    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = env.get("PATH_INFO") or "/"
        try:
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeError, UnicodeDecodeError):
            self.path = raw
        self.qs = env.get("QUERY_STRING") or ""
        self.pairs = parse_qsl(self.qs, keep_blank_values=True)
        self.q = {}
        for k, v in self.pairs:
            self.q.setdefault(k, v)
        self.qi = {}
        for k, v in self.pairs:
            self.qi.setdefault(k.lower(), v)
        host = env.get("HTTP_HOST")
        if not host:
            host = env.get("SERVER_NAME", "localhost")
            if env.get("SERVER_PORT", "80") not in ("80", "443"):
                host += ":" + env["SERVER_PORT"]
        self.host = host
        self.scheme = env.get("wsgi.url_scheme", "http")
        self.form, self.form_pairs, self.raw_body = {}, [], b""
        if self.method == "POST":
            try:
                n = int(env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            self.raw_body = env["wsgi.input"].read(n) if n > 0 else b""
            if "json" in (env.get("CONTENT_TYPE") or ""):
                try:
                    self.form = json.loads(self.raw_body.decode("utf-8") or "{}")
                except ValueError:
                    self.form = {}
            else:
                self.form_pairs = parse_qsl(self.raw_body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in self.form_pairs:
                    self.form.setdefault(k, v)

    @property
    def base(self):
        return "%s://%s" % (self.scheme, self.host)

    @property
    def uri(self):
        return quote(self.path, safe="/-._~!$&'()*+,;=:@%") + ("?" + self.qs if self.qs else "")

    def int_arg(self, name, default, ci=False, src=None):
        d = src if src is not None else (self.qi if ci else self.q)
        v = d.get(name.lower() if ci else name)
        try:
            return int(v)
        except (TypeError, ValueError):
            return default


def html_resp(body, status=200, headers=(), ctype="text/html; charset=utf-8"):
    return status, [("Content-Type", ctype)] + list(headers), body


def json_resp(obj, status=200, headers=()):
    return status, [("Content-Type", "application/json; charset=utf-8")] + list(headers), \
        json.dumps(obj, ensure_ascii=False)


def text_resp(body, ctype="text/plain; charset=utf-8", status=200):
    return status, [("Content-Type", ctype)], body


def moved(status, location, extra=()):
    return status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")] + list(extra), \
        '<!DOCTYPE html><html><head><title>Object moved</title></head><body><h2>Object moved to <a href="%s">here</a>.</h2></body></html>' % E(location)


def wsgi(handler, server_headers=()):
    def app(environ, start_response):
        req = Request(environ)
        try:
            status, headers, body = handler(req)
        except Exception:  # debugging aid
            import traceback
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], traceback.format_exc()
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = list(server_headers) + list(headers) + [("Content-Length", str(len(body)))]
        start_response("%d %s" % (status, STATUS_TEXT.get(status, "OK")), headers)
        return [b""] if req.method == "HEAD" else [body]
    return app


def urlset(base, entries):
    """entries: (path, lastmod datetime or None)"""
    rows = []
    for p, lm in entries:
        rows.append("<url><loc>%s</loc>%s</url>" % (E(base + p), "<lastmod>%s</lastmod>" % lm.strftime("%Y-%m-%dT%H:%M:%S+07:00") if lm else ""))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def sitemap_index(base, paths):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join("<sitemap><loc>%s</loc></sitemap>" % E(base + p) for p in paths) + "\n</sitemapindex>\n")


def npages(n, size):
    return max(1, -(-n // size))


def pager_window(cur, last, radius=2):
    keep = {1, last} | set(range(max(1, cur - radius), min(last, cur + radius) + 1))
    out, prev = [], 0
    for p in sorted(keep):
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


# ---------------------------------------------------------------- deterministic Vietnamese news content
_SUBJ = ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Ủy ban Kiểm tra Tỉnh ủy",
         "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
         "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội Cựu chiến binh tỉnh",
         "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Huyện ủy {h}", "Thị ủy {h}",
         "Đảng ủy xã {x}", "Đảng ủy Quân sự tỉnh", "Đảng ủy Công an tỉnh", "Trường Chính trị tỉnh"]
_VERB = ["sơ kết", "tổng kết", "triển khai", "quán triệt", "kiểm tra", "giám sát chuyên đề về", "đối thoại về",
         "tập huấn", "góp ý dự thảo", "hội thảo khoa học về", "ký kết quy chế phối hợp về", "rà soát",
         "đôn đốc tiến độ", "biểu dương điển hình về"]
_OBJ = ["Nghị quyết số {n}-NQ/TU về phát triển kinh tế biển", "công tác xây dựng Đảng 6 tháng đầu năm {y}",
        "Kết luận số {k}-KL/TW của Bộ Chính trị", "việc chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027",
        "Chương trình giảm nghèo đa chiều", "công tác chuyển đổi số trong các cơ quan đảng",
        "công tác phòng, chống lãng phí", "công tác dân vận khéo", "việc thực hiện quy chế dân chủ ở cơ sở",
        "công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước", "công tác bảo vệ nền tảng tư tưởng",
        "công tác phòng, chống hạn hán, xâm nhập mặn", "kế hoạch phát triển hợp tác xã kiểu mới",
        "đề án bảo tồn di sản văn hóa phi vật thể", "chương trình mỗi xã một sản phẩm (OCOP)",
        "Quy định số {q}-QĐ/TW về kiểm soát quyền lực", "phong trào thi đua đặc biệt chào mừng đại hội",
        "công tác tuyên truyền chủ quyền biên giới", "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "công tác cán bộ và quy hoạch cán bộ nhiệm kỳ tới", "công tác bồi dưỡng lý luận chính trị cho đảng viên mới"]
_LEAD = ["Phó Bí thư Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
         "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh",
         "Tỉnh ủy viên, Bí thư Huyện ủy {h}", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]
_PEOPLE = ["Lê Văn Hòa", "Nguyễn Thị Thu Trang", "Trần Đức Long", "Phan Văn Quý", "Đinh Thị Hạnh", "Hà Văn Sơn",
           "Cao Minh Đức", "Lò Thị Xuân", "Vi Văn Thuận", "Mai Thanh Hải", "Kiều Thị Phương", "Tạ Quang Huy"]
_BYLINE = ["Hoài Thu", "Minh Đức", "Thanh Hương", "Quốc Bảo", "Lệ Quyên", "Văn Tiến", "Thúy Hằng", "Trọng Nghĩa",
           "Bảo Ngọc", "Hữu Phước", "Diệu Linh", "Anh Tuấn"]
_SENT = [
    "Tham dự có đồng chí {p}, {l}, cùng đại diện {a} cơ quan, đơn vị liên quan.",
    "Báo cáo cho thấy, {s} đã bám sát chỉ đạo của Trung ương, cụ thể hóa bằng {b} kế hoạch, hướng dẫn.",
    "Kết quả khảo sát cho thấy {c}% cán bộ, đảng viên nắm vững nội dung cơ bản, tăng {d} điểm so với năm trước.",
    "Trong kỳ, toàn đảng bộ kết nạp {e} đảng viên mới, trong đó {f} đồng chí là đoàn viên ưu tú.",
    "Đồng chí {p} yêu cầu các cấp ủy tập trung khắc phục tồn tại, hạn chế, nhất là ở những nơi còn lúng túng.",
    "Một số địa phương chưa chủ động, việc phối hợp giữa các ngành ở {h} có lúc còn thiếu đồng bộ.",
    "Các ý kiến thảo luận tập trung làm rõ nguyên nhân, đồng thời đề xuất nhiều giải pháp sát với thực tiễn ở {h}.",
    "Năm {y}, {h} đặt mục tiêu hoàn thành {g} công trình hạ tầng thiết yếu với tổng mức đầu tư hơn {m} tỷ đồng.",
    "Nhân dịp này, {i} tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc.",
    "Hội nghị được kết nối trực tuyến đến {j} điểm cầu trên địa bàn toàn tỉnh.",
    "Đến hết tháng {mo}, {c}% chi bộ đã tổ chức sinh hoạt chuyên đề theo đúng hướng dẫn.",
    "Ban Biên tập trang thông tin điện tử đã đăng tải {k2} tin, bài, phóng sự phản ánh kết quả thực hiện.",
    "Tổng thu ngân sách trên địa bàn ước đạt {m} tỷ đồng, tỷ lệ hộ nghèo còn {r}%.",
    "Người đứng đầu cấp ủy phải gương mẫu, nói đi đôi với làm, chịu trách nhiệm đến cùng về kết quả thực hiện.",
    "Qua giám sát đã kiến nghị chấn chỉnh {t} nội dung, trong đó có việc quản lý hồ sơ đảng viên tại {h}.",
    "Mô hình dân vận khéo ở xã {x} được nhân rộng, giúp bà con tiết kiệm hàng trăm ngày công lao động.",
    "Lãnh đạo {s} tiếp thu ý kiến và cam kết hoàn thành các chỉ tiêu trước ngày {dd}/{mo}.",
]
_CAPS = ["Toàn cảnh hội nghị tại {h}.", "Đồng chí {p}, {l} phát biểu tại hội nghị.",
         "Đại biểu thảo luận tại tổ.", "Đoàn công tác kiểm tra thực tế tại xã {x}.",
         "Trao Bằng khen cho các tập thể, cá nhân tiêu biểu."]


def _sent(tpl, rng, ctx):
    v = dict(ctx)
    v.update(a=rng.randint(15, 90), b=rng.randint(3, 40), c=rng.randint(71, 99), d=rng.randint(2, 14),
             e=rng.randint(90, 1800), f=rng.randint(20, 600), g=rng.randint(4, 60),
             m="{:,}".format(rng.randint(120, 12000)).replace(",", "."), i=rng.randint(8, 120),
             j=rng.randint(12, 240), k2=rng.randint(150, 5200), r="%d,%02d" % (rng.randint(0, 7), rng.randint(0, 99)),
             t=rng.randint(3, 35), mo=rng.randint(1, 12), dd=rng.randint(1, 28), y=rng.choice([2024, 2025]),
             p=rng.choice(_PEOPLE), l=rng.choice(_LEAD).format(h=ctx["h"]), x=rng.choice(ctx["xs"]))
    return tpl.format(**v)


def make_articles(seed, n, cats, districts, communes, newest=datetime(2024, 6, 14, 9, 15), gap=(240, 1500)):
    """n articles, newest first; cats is cycled (repeat a key to weight it)."""
    rng = random.Random(seed)
    out, titles, slugs = [], set(), set()
    t = newest
    for i in range(n):
        while True:
            h = rng.choice(districts)
            s = rng.choice(_SUBJ).format(h=h, x=rng.choice(communes))
            o = rng.choice(_OBJ).format(n=rng.randint(3, 25), y=rng.choice([2024, 2025]), k=rng.choice(["21", "57", "14"]),
                                        q=rng.choice(["114", "131", "132"]))
            form = rng.random()
            if form < 0.55:
                title = "%s %s %s" % (s, rng.choice(_VERB), o)
            elif form < 0.75:
                title = "%s: Chuyển biến rõ nét trong %s" % (h, o)
            else:
                title = "%s %s %s tại %s" % (s, rng.choice(_VERB), o, h)
            sl = ascii_slug(title)
            if title not in titles and sl not in slugs:
                titles.add(title)
                slugs.add(sl)
                break
        t = t - timedelta(minutes=rng.randint(*gap))
        ctx = {"h": h, "s": s, "xs": communes}
        pool = list(_SENT)
        rng.shuffle(pool)
        paras = []
        for k in range(rng.randint(4, 6)):
            paras.append(" ".join(_sent(pool[(3 * k + j) % len(pool)], rng, ctx) for j in range(3)))
        sapo = "Ngày %d/%d, %s đã %s %s." % (t.day, t.month, s, rng.choice(_VERB), o)
        out.append({"i": i, "title": title, "slug": sl, "date": t, "cat": cats[i % len(cats)], "sapo": sapo,
                    "paras": paras, "by": rng.choice(_BYLINE), "h": h, "views": rng.randint(40, 7000),
                    "cap": _sent(rng.choice(_CAPS), rng, ctx), "k": rng.randrange(8)})
    return out

def rss(base, title, link, items, desc=""):
    """items: (path, title, datetime, summary)"""
    rows = []
    for path, t, d, summ in items:
        rows.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(t), E(base + path), E(base + path), d.strftime("%a, %d %b %Y %H:%M:%S +0700"), E(summ)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title><link>%s</link><description>%s</description><language>vi-vn</language>\n'
            % (E(title), E(base + link), E(desc or title)) + "\n".join(rows) + "\n</channel></rss>\n")
# ==== END KERNEL ====

SITE = "Cổng thông tin Đảng bộ tỉnh Hà Tuyên"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "thong-cao": "Thông cáo báo chí"}
ARTS = make_articles(8282, 112, ["thoi-su", "xay-dung-dang", "thoi-su", "thong-cao", "xay-dung-dang"],
                     ["Tuyên Quang", "Hà Giang", "Yên Sơn", "Chiêm Hóa", "Đồng Văn", "Bắc Quang", "Na Hang", "Hàm Yên"],
                     ["Lũng Cú", "Thái Bình", "Kim Bình", "Vĩnh Tuy", "Thượng Lâm", "Sủng Là"], gap=(2500, 11000))
for _a in ARTS:
    _a["id"] = 900 + len(ARTS) - _a["i"]
    _a["route"] = "/tin-tuc/%d/%s" % (_a["id"], _a["slug"])
    _a["path"] = "/?_escaped_fragment_=" + _a["route"]
BY_ROUTE = {a["route"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}
PER = 10
MAX_PAGES = 4              # the app's category view only offers 4 pages; older items live under 'Lưu trữ'
FEED_PER = 8
YEARS = sorted({a["date"].year for a in ARTS if a["cat"] != "thong-cao"}, reverse=True)


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def app_shell(req):
    return """<!DOCTYPE html>
<html lang="vi" ng-app="dangboApp"><head><meta charset="utf-8"><meta name="fragment" content="!"><base href="/">
<title ng-bind="pageTitle">%s</title>
<link rel="alternate" type="application/atom+xml" title="Thông cáo báo chí" href="/feeds/thong-cao">
<link rel="stylesheet" href="/assets/css/app.min.css"></head>
<body ng-controller="MainCtrl"><header class="top"><a href="#!/">%s</a>
<nav><ul><li><a href="#!/chuyen-muc/thoi-su">Thời sự</a></li><li><a href="#!/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="#!/luu-tru?nam=2024">Lưu trữ</a></li><li><a href="#!/lich-cong-tac/2024-06-14">Lịch công tác</a></li></ul></nav></header>
<div class="container" ng-view><div class="loading">Đang tải dữ liệu…</div></div>
<noscript>Trình duyệt của bạn cần bật JavaScript để xem trang này.</noscript>
<script src="/assets/js/angular.min.js"></script><script src="/assets/js/angular-route.min.js"></script>
<script>
angular.module('dangboApp', ['ngRoute']).config(['$routeProvider', '$locationProvider', function ($routeProvider, $locationProvider) {
  $locationProvider.hashPrefix('!');
  $routeProvider.when('/', {templateUrl: '/views/home.html', controller: 'HomeCtrl'})
    .when('/chuyen-muc/:slug/:trang?', {templateUrl: '/views/list.html', controller: 'ListCtrl'})
    .when('/tin-tuc/:id/:slug', {templateUrl: '/views/detail.html', controller: 'DetailCtrl'})
    .when('/luu-tru', {templateUrl: '/views/archive.html', controller: 'ArchiveCtrl'})
    .otherwise({redirectTo: '/'});
}]);
</script></body></html>""" % (E(SITE), E(SITE))


def snap(req, title, main, canonical_route=None):
    """what the PhantomJS prerender service returns for ?_escaped_fragment_=<route>"""
    return """<!DOCTYPE html><html lang="vi" ng-app="dangboApp" class="ng-scope"><head><meta charset="utf-8"><base href="/">
<title ng-bind="pageTitle" class="ng-binding">%s</title>%s</head>
<body ng-controller="MainCtrl" class="ng-scope"><header class="top"><a href="#!/">%s</a>
<nav><ul><li><a href="#!/chuyen-muc/thoi-su">Thời sự</a></li><li><a href="#!/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="#!/luu-tru?nam=2024">Lưu trữ</a></li><li><a href="#!/lich-cong-tac/2024-06-14">Lịch công tác</a></li></ul></nav></header>
<div class="container ng-scope" ng-view>%s</div><!-- prerendered 2024-06-14T10:30:00Z --></body></html>""" % (
        E(title), '<link rel="canonical" href="%s/#!%s">' % (req.base, E(canonical_route)) if canonical_route else "", E(SITE), main)


def li(a):
    return '<li class="ng-scope" ng-repeat="item in items"><a ng-href="#!%s" href="#!%s" class="ng-binding">%s</a> <span class="date ng-binding">%s</span><div class="sapo ng-binding">%s</div></li>' % (
        a["route"], a["route"], E(a["title"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"]))


def r_home(req):
    items = [a for a in ARTS if a["cat"] != "thong-cao"][:10]
    return snap(req, SITE, '<h2>Tin mới</h2><ul class="news">%s</ul>' % "".join(li(a) for a in items), "/")


def r_list(req, c, n):
    items = in_cat(c)[:MAX_PAGES * PER]
    last = min(MAX_PAGES, npages(len(items), PER))
    chunk = items[(n - 1) * PER:n * PER]
    if not chunk:
        return snap(req, CATS[c], '<h2>%s</h2><p class="empty">Không có dữ liệu.</p>' % E(CATS[c]))
    pg = "".join('<li class="%s"><a href="#!/chuyen-muc/%s%s">%d</a></li>' % ("active" if k == n else "", c, "/%d" % k if k > 1 else "", k) for k in range(1, last + 1))
    more = '<p class="hint">Tin cũ hơn xem tại <a href="#!/luu-tru?nam=%d">Lưu trữ</a>.</p>' % chunk[-1]["date"].year if n == last else ""
    return snap(req, CATS[c], '<h2>%s</h2><ul class="news">%s</ul><ul class="pagination" uib-pagination>%s</ul>%s' % (E(CATS[c]), "".join(li(a) for a in chunk), pg, more),
                "/chuyen-muc/%s%s" % (c, "/%d" % n if n > 1 else ""))


def r_archive(req, year):
    tabs = "".join('<li class="%s"><a href="#!/luu-tru?nam=%d">Năm %d</a></li>' % ("active" if y == year else "", y, y) for y in YEARS)
    items = [a for a in ARTS if a["cat"] != "thong-cao" and a["date"].year == year]
    body = "".join(li(a) for a in items) or '<li class="empty">Không có dữ liệu.</li>'
    return snap(req, "Lưu trữ năm %d" % year, '<h2>Lưu trữ</h2><ul class="nav nav-tabs">%s</ul><ul class="news">%s</ul>' % (tabs, body), "/luu-tru?nam=%d" % year)


def r_article(req, a):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    same = [x for x in in_cat(a["cat"]) if x is not a and x["date"] > a["date"]][-3:]
    main = """<div class="detail ng-scope"><ol class="breadcrumb"><li><a href="#!/">Trang chủ</a></li><li><a href="#!/chuyen-muc/%s">%s</a></li></ol>
<h1 class="title ng-binding">%s</h1><div class="meta ng-binding">%s, %s · %s</div><div class="sapo ng-binding"><b>%s</b></div>
<div class="body" ng-bind-html="article.noiDung"><figure><img src="/uploads/%s/%d.jpg"><figcaption>%s</figcaption></figure>%s<p style="text-align:right"><b>%s</b></p></div>
<div class="share">Liên kết chia sẻ: <a href="/chia-se/%d">%s/chia-se/%d</a></div>%s</div>""" % (
        a["cat"] if a["cat"] != "thong-cao" else "thoi-su", E(CATS[a["cat"]]), E(a["title"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), E(a["by"]),
        E(a["sapo"]), a["date"].strftime("%Y%m"), a["id"], E(a["cap"]), body, E(a["by"]), a["id"], req.base, a["id"],
        '<h3>Tin mới hơn</h3><ul class="news">%s</ul>' % "".join(li(x) for x in same) if same else "")
    return snap(req, a["title"], main, a["route"])


def share_page(req, a):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s/#!%s"></head><body><h1>%s</h1>%s<script>location.replace("/#!%s");</script></body></html>' % (
        E(a["title"]), E(a["title"]), E(a["sapo"]), req.base, a["route"], E(a["title"]), body, a["route"])


def r_calendar(req, d):
    try:
        day = datetime.strptime(d, "%Y-%m-%d")
    except ValueError:
        return r_notfound(req)
    pv, nx = day - timedelta(days=1), day + timedelta(days=1)
    return snap(req, "Lịch công tác", '<h2>Lịch công tác ngày %s</h2><p>Chưa có lịch.</p><a href="#!/lich-cong-tac/%s">‹ Hôm trước</a> <a href="#!/lich-cong-tac/%s">Hôm sau ›</a>' % (
        day.strftime("%d/%m/%Y"), pv.strftime("%Y-%m-%d"), nx.strftime("%Y-%m-%d")))


def r_notfound(req):
    return snap(req, SITE, '<p class="text-muted">Không tìm thấy nội dung.</p><a href="#!/">Về trang chủ</a>')      # soft 404 (200)


def escaped(req, route):
    route = route or "/"
    path, _, query = route.partition("?")
    q = dict(parse_qsl(query))
    if path == "/":
        return r_home(req)
    m = re.match(r"^/chuyen-muc/([a-z-]+)(?:/(\d+))?$", path)
    if m and m.group(1) in CATS and m.group(1) != "thong-cao":
        return r_list(req, m.group(1), int(m.group(2) or 1))
    if path == "/luu-tru":
        try:
            return r_archive(req, int(q.get("nam", YEARS[0])))
        except ValueError:
            return r_notfound(req)
    if path in BY_ROUTE and not query:
        return r_article(req, BY_ROUTE[path])
    m = re.match(r"^/lich-cong-tac/([\d-]+)$", path)
    if m:
        return r_calendar(req, m.group(1))
    return r_notfound(req)


def atom(req, n):
    items = in_cat("thong-cao")
    chunk = items[(n - 1) * FEED_PER:n * FEED_PER]
    links = '<link rel="self" href="%s/feeds/thong-cao%s"/>' % (req.base, "?page=%d" % n if n > 1 else "")
    if chunk:      # every non-empty page announces a next page, even the last one
        links += '<link rel="next" href="%s/feeds/thong-cao?page=%d"/>' % (req.base, n + 1)
    if n > 1:
        links += '<link rel="previous" href="%s/feeds/thong-cao%s"/>' % (req.base, "?page=%d" % (n - 1) if n > 2 else "")
    entries = "".join("""<entry><title>%s</title><link rel="alternate" type="text/html" href="%s/#!%s"/><id>tag:hatuyen.dcs.vn,2024:tin-%d</id><updated>%s</updated><summary>%s</summary></entry>""" % (
        E(a["title"]), req.base, a["route"], a["id"], a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), E(a["sapo"])) for a in chunk)
    return text_resp('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Thông cáo báo chí - %s</title><id>tag:hatuyen.dcs.vn,2024:thong-cao</id><updated>2024-06-14T10:00:00+07:00</updated>%s\n%s\n</feed>\n' % (
        E(SITE), links, entries), "application/atom+xml; charset=utf-8")


ROBOTS = """User-agent: *
Disallow: /api/
Disallow: /admin/
Allow: /
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith("/assets/") or p.startswith("/uploads/") or p.startswith("/views/"):
        return 200, [("Content-Type", "application/octet-stream")], PIXEL
    if p == "/feeds/thong-cao":
        return atom(req, max(1, req.int_arg("page", 1)))
    m = re.match(r"^/chia-se/(\d+)$", p)
    if m and int(m.group(1)) in BY_ID:
        return html_resp(share_page(req, BY_ID[int(m.group(1))]))
    if p.startswith("/api/"):
        return json_resp({"error": "unauthorized"}, 403)
    if p == "/" or p == "/index.html":
        if "_escaped_fragment_" in req.q:
            return html_resp(escaped(req, req.q["_escaped_fragment_"]))
        return html_resp(app_shell(req))
    return html_resp(app_shell(req))              # html5 fallback: every path serves the shell (soft 404)


app = wsgi(handle, [("Server", "nginx/1.14.0")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": ["/?_escaped_fragment_=" + quote(a["route"], safe=""), "/chia-se/%d" % a["id"]]}
    return {
        "family": "AngularJS 1.x SPA with hash-bang routes (#!/…), _escaped_fragment_ prerender snapshots, paged Atom feed",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/api/", "/admin/"],
        "trap_prefixes": ["_escaped_fragment_=/lich-cong-tac/"],
        "notes": ("Every real path serves the same AngularJS shell (no content, <meta name=\"fragment\" content=\"!\">, <base href=\"/\">); "
                  "all navigation is hash-bang: href=\"#!/chuyen-muc/thoi-su\", \"#!/tin-tuc/<id>/<slug>\", \"#!/luu-tru?nam=2023\". "
                  "Content exists only as prerendered snapshots at /?_escaped_fragment_=<route> (AJAX-crawling scheme: '#!' -> "
                  "'?_escaped_fragment_=', the route left unescaped except %, #, &, +); the shell itself -> /?_escaped_fragment_= "
                  "(home snapshot). The manifest key of an article is its snapshot URL /?_escaped_fragment_=/tin-tuc/<id>/<slug>; "
                  "the fully %-encoded form (%2F…) is an alias, as is the plain share page /chia-se/<id> (200, full text, JS "
                  "redirect; linked from each snapshot). Category snapshots offer only 4 pages (#!/chuyen-muc/<c>/N; beyond: 200 "
                  "'Không có dữ liệu'); older items only in 'Lưu trữ' year tabs #!/luu-tru?nam=YYYY (2023, 2024; one page each). "
                  "'Thông cáo báo chí' is in no menu: only in the Atom feed /feeds/thong-cao (announced by <link rel=alternate "
                  "type=application/atom+xml> in the shell head), paged by <link rel=\"next\"> (?page=N, 8 entries; the last "
                  "non-empty page still has rel=next to an empty feed); entries link hash-bang URLs. Unknown routes: 200 snapshot "
                  "'Không tìm thấy nội dung' (soft 404); unknown paths: the shell (soft 404). Trap: #!/lich-cong-tac/<date> day "
                  "calendar (endless via snapshots). No sitemap."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/", "status": 200, "not_contains": 'href="#!/tin-tuc/'},
    {"path": "/?_escaped_fragment_=", "status": 200, "contains": "#!/tin-tuc/"},
    {"path": "/?_escaped_fragment_=/chuyen-muc/thoi-su/9", "status": 200, "contains": "Không có dữ liệu."},
    {"path": "/?_escaped_fragment_=/khong-co", "status": 200, "contains": "Không tìm thấy nội dung."},
    {"path": "/feeds/thong-cao?page=%d" % npages(len(in_cat("thong-cao")), FEED_PER), "status": 200, "contains": 'rel="next"'},
    {"path": "/feeds/thong-cao?page=%d" % (npages(len(in_cat("thong-cao")), FEED_PER) + 1), "status": 200, "not_contains": "<entry>"},
    {"path": "/trang-khong-co", "status": 200, "same_as": "/"},
]
SUMMARY = {
    "chains": ["hash-bang links -> /?_escaped_fragment_=<route> snapshots (categories: 4 pages of #!/chuyen-muc/<c>/N)",
               "#!/luu-tru?nam=YYYY year tabs (only route to older items)",
               "Atom /feeds/thong-cao paged by <link rel=next> (only route to Thông cáo báo chí)"],
    "alias_kinds": ["fully %-encoded _escaped_fragment_", "share page /chia-se/<id> (200 + JS redirect)"],
    "quirks": ["no content without the escaped-fragment scheme", "soft 404 snapshots and shell", "Atom rel=next on the last page"],
}
