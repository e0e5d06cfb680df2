"""Replica: Cổng thông tin điện tử Tỉnh ủy Vĩnh Phú, on Drupal 10 (Olivero sub-theme, Views, simple_sitemap).

Made-up content, stdlib only, deterministic.  See README.md (set 2)."""
# ==== BEGIN KERNEL (shared helper block for set 2; copied into each module by tools/sync_kernel.py) ====
import base64
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
TODAY = datetime(2024, 6, 14, 17, 30)          # fixed "now" for every site of set 2 (a Friday)
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
# ==== END KERNEL ====

SITE = "Tỉnh ủy Vĩnh Phú"
SECTIONS = {"tin-tuc": ("Tin tức - Sự kiện", 10), "xay-dung-dang": ("Xây dựng Đảng", 10), "hoat-dong-co-so": ("Hoạt động cơ sở", 6)}
ARTS = make_articles(6262, 118, ["tin-tuc", "hoat-dong-co-so", "tin-tuc", "xay-dung-dang", "tin-tuc", "hoat-dong-co-so"],
                     ["Tam Dương", "Lập Thạch", "Tam Đảo", "Thanh Sơn", "Đoan Hùng", "Yên Lạc", "Sông Lô", "Hạ Hòa"],
                     ["Hợp Châu", "Đạo Trù", "Tân Lập", "Bồ Lý", "Văn Quán", "Hiền Lương"], gap=(200, 1400))
for _a in ARTS:
    _a["nid"] = 3100 + (len(ARTS) - _a["i"]) * 2
    _a["path"] = "/%s/%s" % (_a["cat"], _a["slug"])
BY_NID = {a["nid"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
DOM_ID = "5c2f0e9a1b7d4c3e8f60a2b91d7e4c05a3f8b2e6d1c9a7b4e0f3d2c1b8a9e7f6"


def in_sec(c):
    return [a for a in ARTS if a["cat"] == c]


def settings_json(req, extra_views=None):
    s = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": req.path.lstrip("/") or "node", "currentPathIsAdmin": False,
                  "isFront": req.path == "/", "currentLanguage": "vi"},
         "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
         "ajaxPageState": {"libraries": "eJxdjkEOwyAMBD9E4EkRYIe6MRhh0zS_b9VLq1xWmhntar3KYxiqHoNrolvadbFnydbhzK3VUzDX3ljyfG8OVT76ZRdDk1fqbqv8iPz9NHJE4tI0IVEz7JWTr8Nmb0GfXI9nRIfJ8MjYuvFpGl-M1Q", "theme": "olivero_vinhphu", "theme_token": None},
         "user": {"uid": 0, "permissionsHash": "2e1c7b3f9a0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f"}}
    if extra_views:
        s["views"] = {"ajax_path": "/views/ajax", "ajaxViews": extra_views}
    return '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>' % json.dumps(s, ensure_ascii=False)


def shell(req, title, main, canonical=None, views=None, node=None):
    nav = "".join('<li class="primary-nav__menu-item"><a href="/%s" class="primary-nav__menu-link">%s</a></li>' % (k, E(v[0]))
                  for k, v in SECTIONS.items() if k != "hoat-dong-co-so")
    hot = "".join('<li><a href="/%s/%s" hreflang="vi">%s</a></li>' % (a["cat"].capitalize(), a["slug"], E(a["title"]))
                  for a in sorted(ARTS[:40], key=lambda a: -a["views"])[:5])
    can = ""
    if canonical:
        can = '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="%s" />' % (E(canonical), E(req.base + "/node/%d" % node) if node else E(canonical))
    return """<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
%s
<link rel="icon" href="/themes/custom/olivero_vinhphu/favicon.ico" type="image/vnd.microsoft.icon" />
<title>%s | %s</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qf3l9s8JxB2.css?delta=0&amp;language=vi&amp;theme=olivero_vinhphu&amp;include=eJxdjkEO" />
</head>
<body class="path-%s">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">%s</a></div>
<nav id="block-olivero-vinhphu-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-main-menu-menu" role="navigation">
<ul class="menu primary-nav__menu primary-nav__menu--level-1"><li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">Trang chủ</a></li>%s
<li class="primary-nav__menu-item"><a href="/lich-cong-tac/2024-06" class="primary-nav__menu-link">Lịch công tác</a></li></ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/tim-kiem" method="get" accept-charset="UTF-8"><input title="Nhập từ khóa" type="search" name="keys" size="15" maxlength="128" class="form-search" /><input type="submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form>
<a href="/tim-kiem?keys=ngh%%E1%%BB%%8B%%20quy%%E1%%BA%%BFt">Tìm: nghị quyết</a></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--content grid-full layout--pass--content-medium" id="content">%s</div></div>
<div class="region region--sidebar"><div class="block block-views block-views-blockdoc-nhieu-block-1"><h2 class="block__title">Đọc nhiều</h2><div class="item-list"><ul>%s</ul></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Vĩnh Phú. Trưởng Ban biên tập: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
<p>Địa chỉ: đường Nguyễn Tất Thành, thành phố Vĩnh Yên. Ghi rõ nguồn &quot;Cổng thông tin điện tử Tỉnh ủy Vĩnh Phú&quot; khi phát hành lại thông tin.</p>
<p><a href="/user/login">Đăng nhập</a> · <a href="/rss.xml">RSS</a></p></div></div></footer>
</div></div></div>
%s
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.2.6"></script>
<script src="/core/modules/views/js/ajax_view.js?v=10.2.6"></script>
<script src="/themes/custom/olivero_vinhphu/js/load-more.js?sdk1x2"></script>
</body></html>""" % (can, E(title), E(SITE), req.path.strip("/").split("/")[0] or "frontpage", E(SITE), nav, main, hot,
                     settings_json(req, views))


def teaser(a):
    return """<div class="views-row"><article data-history-node-id="%d" class="node node--type-article node--promoted node--view-mode-teaser teaser">
<header><h2 class="node__title teaser__title"><a href="%s" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">%s</span></a></h2>
<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="%s" title="%s" class="datetime">%s</time></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><a href="%s" hreflang="vi"><img loading="lazy" src="/sites/default/files/styles/medium/public/%s/%d.jpg?itok=Xb3kLq9e" width="220" height="147" alt="%s" /></a></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>%s</p></div></div></article></div>""" % (
        a["nid"], a["path"], E(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["date"].strftime("%A, %B %d, %Y - %H:%M"),
        a["date"].strftime("%d/%m/%Y - %H:%M"), a["path"], a["date"].strftime("%Y-%m"), a["nid"], E(a["title"]), E(a["sapo"]))


def full_pager(cur, last, base):
    """Drupal full pager; cur/last are zero-based.  ?page=0 is never printed for the first page."""
    q = lambda p: base if p == 0 else "%s?page=%d" % (base, p)
    out = []
    if cur > 0:
        out.append('<li class="pager__item pager__item--first"><a href="%s" title="Đến trang đầu"><span class="visually-hidden">Trang đầu</span><span aria-hidden="true">« Đầu</span></a></li>' % q(0))
        out.append('<li class="pager__item pager__item--previous"><a href="%s" title="Đến trang trước" rel="prev"><span aria-hidden="true">‹ Trước</span></a></li>' % q(cur - 1))
    lo, hi = max(0, cur - 4), min(last, cur + 4)
    if lo > 0:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    for p in range(lo, hi + 1):
        if p == cur:
            out.append('<li class="pager__item is-active"><a href="%s" title="Trang hiện tại" aria-current="page"><span class="visually-hidden">Trang hiện tại</span>%d</a></li>' % (q(p), p + 1))
        else:
            out.append('<li class="pager__item"><a href="%s" title="Đến trang %d"><span class="visually-hidden">Trang </span>%d</a></li>' % (q(p), p + 1, p + 1))
    if hi < last:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    if cur < last:
        out.append('<li class="pager__item pager__item--next"><a href="%s" title="Đến trang tiếp" rel="next"><span aria-hidden="true">Tiếp ›</span></a></li>' % q(cur + 1))
        out.append('<li class="pager__item pager__item--last"><a href="%s" title="Đến trang cuối"><span aria-hidden="true">Cuối »</span></a></li>' % q(last))
    return '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">%s</ul></nav>' % "".join(out)


def mini_pager(cur, last, base):
    out = []
    if cur > 0:
        out.append('<li class="pager__item pager__item--previous"><a href="%s" title="Đến trang trước" rel="prev">‹‹</a></li>' % (base if cur == 1 else "%s?page=%d" % (base, cur - 1)))
    out.append('<li class="pager__item is-active">Trang %d</li>' % (cur + 1))
    if cur < last:
        out.append('<li class="pager__item pager__item--next"><a href="%s?page=%d" title="Đến trang tiếp" rel="next">››</a></li>' % (base, cur + 1))
    return '<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">%s</ul></nav>' % "".join(out)


def section(req, c):
    name, per = SECTIONS[c]
    items = in_sec(c)
    last = npages(len(items), per) - 1
    raw = req.q.get("page", "0").split(",")[0]
    try:
        cur = int(raw)
    except ValueError:
        cur = 0
    cur = max(0, min(cur, last))     # Drupal pager clamps an out-of-range page to the last page
    chunk = items[cur * per:(cur + 1) * per]
    pager = full_pager(cur, last, "/" + c) if c == "tin-tuc" else mini_pager(cur, last, "/" + c)
    main = '<h1 class="title page-title">%s</h1><div class="views-element-container"><div class="view view-tin-bai view-id-tin_bai view-display-id-page_%s js-view-dom-id-%s"><div class="view-content">%s</div>%s</div></div>' % (
        E(name), c.replace("-", "_"), hexid(c, 64), "".join(teaser(a) for a in chunk), pager)
    return html_resp(shell(req, name, main, canonical=req.base + "/" + c + ("?page=%d" % cur if cur else "")))


def coso_rows(n):
    per = SECTIONS["hoat-dong-co-so"][1]
    items = in_sec("hoat-dong-co-so")
    return items[n * per:(n + 1) * per]


def home(req):
    raw = req.q.get("page", "0").split(",")
    try:
        n = int(raw[1]) if len(raw) > 1 else 0
    except ValueError:
        n = 0
    views = {"views_dom_id:" + DOM_ID: {"view_name": "hoat_dong_co_so", "view_display_id": "block_1", "view_args": "", "view_path": "/node",
                                        "view_base_path": None, "view_dom_id": DOM_ID, "pager_element": 1}}
    main = '<h1 class="visually-hidden">Trang chủ</h1><div class="block block-views block-views-blocktin-moi-block-1"><h2 class="block__title">Tin mới</h2><div class="view-content">%s</div></div>' % "".join(teaser(a) for a in ARTS[:8])
    main += '<div class="block"><h2><a href="/xay-dung-dang">Xây dựng Đảng</a></h2><ul>%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_sec("xay-dung-dang")[:4])
    main += """<div class="block block-views block-views-blockhoat-dong-co-so-block-1"><h2 class="block__title">Hoạt động cơ sở</h2>
<div class="views-element-container"><div class="view view-hoat-dong-co-so view-id-hoat_dong_co_so view-display-id-block_1 js-view-dom-id-%s">
<div class="view-content">%s</div>
<div class="load-more-wrapper"><button type="button" class="button button--small js-load-more" data-views-dom-id="%s" data-pager-element="1">Xem thêm</button></div>
</div></div></div>""" % (DOM_ID, "".join(teaser(a) for a in coso_rows(n)), DOM_ID)
    return html_resp(shell(req, "Trang chủ", main, canonical=req.base + "/", views=views))


def views_ajax(req):
    f = req.form if req.method == "POST" else req.q
    if f.get("view_name") != "hoat_dong_co_so":
        return json_resp([{"command": "message", "message": "Không tìm thấy view.", "messageOptions": {"type": "error"}}])
    raw = (f.get("page") or "0").split(",")
    try:
        n = int(raw[int(f.get("pager_element") or 0)] if len(raw) > int(f.get("pager_element") or 0) else 0)
    except (ValueError, IndexError):
        n = 0
    rows = coso_rows(n) if n >= 0 else []
    data = "".join(teaser(a) for a in rows) if rows else '<div class="view-empty">Không còn bài viết.</div>'
    cmds = [{"command": "settings", "settings": {"views": {"ajaxViews": {}}}, "merge": True},
            {"command": "insert", "method": "append", "selector": ".js-view-dom-id-%s .view-content" % f.get("view_dom_id", ""), "data": data, "settings": None},
            {"command": "invoke", "selector": ".js-view-dom-id-%s .js-load-more" % f.get("view_dom_id", ""), "method": "toggle" if not coso_rows(n + 1) else "show", "args": []}]
    return 200, [("Content-Type", "application/json"), ("X-Drupal-Ajax-Token", "1")], json.dumps(cmds, ensure_ascii=False)


def node_page(req, a):
    same = [x for x in in_sec(a["cat"]) if x is not a][:4]
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    body = body.replace("</p>", '</p><figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/%d-anh1.jpg" alt="%s" width="800" height="533" loading="lazy" /><figcaption>%s</figcaption></figure>' % (a["nid"], E(a["cap"]), E(a["cap"])), 1)
    main = """<div id="block-olivero-vinhphu-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>
<article data-history-node-id="%d" class="node node--type-article node--view-mode-full">
<header class="node__header"><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>%s</span></span></span>
<span class="node__meta-date"><time datetime="%s">%s</time></span></div></header>
<div class="node__content"><div class="field field--name-field-sapo field--type-string-long field--label-hidden field__item"><strong>%s</strong></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">%s<p style="text-align:right"><strong>%s</strong></p></div>
<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-above"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="%s" hreflang="vi">%s</a></div></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" rel="nofollow">Facebook</a> · <a href="%s?utm_source=zalo&amp;utm_medium=zalo&amp;utm_campaign=zalo">Zalo</a></div>
</div></article>
<div class="block"><h2>Tin liên quan</h2><ul>%s</ul></div>""" % (
        E(a["title"]), a["nid"], E(a["by"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["date"].strftime("%d/%m/%Y - %H:%M"), E(a["sapo"]), body,
        E(a["by"]), "/taxonomy/term/7" if a["cat"] == "hoat-dong-co-so" else "/" + a["cat"], E(SECTIONS[a["cat"]][0]), req.base, a["path"], a["path"],
        "".join('<li><a href="/node/%d" hreflang="vi">%s</a></li>' % (x["nid"], E(x["title"])) for x in same))
    return html_resp(shell(req, a["title"], main, canonical=req.base + a["path"], node=a["nid"]))


def calendar(req, y, m):
    first = datetime(y, m, 1)
    prev = (first - timedelta(days=1)).replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    main = '<h1 class="page-title">Lịch công tác tháng %02d/%d</h1><table class="calendar"><tr><td>Giao ban Thường trực Tỉnh ủy</td></tr></table><nav class="pager"><a href="/lich-cong-tac/%04d-%02d" rel="prev">‹ Tháng trước</a> <a href="/lich-cong-tac/%04d-%02d" rel="next">Tháng sau ›</a></nav>' % (
        m, y, prev.year, prev.month, nxt.year, nxt.month)
    return html_resp(shell(req, "Lịch công tác", main))


def search(req):
    k = req.q.get("keys", "")
    n = req.int_arg("page", 0)
    hits = [a for a in ARTS if k and k.lower() in a["title"].lower()][n * 10:(n + 1) * 10]
    main = '<h1 class="page-title">Tìm kiếm</h1><ol class="search-results">%s</ol>%s' % (
        "".join('<li><h3><a href="%s">%s</a></h3></li>' % (a["path"], E(a["title"])) for a in hits) or "<li>Không có kết quả.</li>",
        mini_pager(n, n + 1, "/tim-kiem?keys=%s&amp;" % quote(k)).replace("&amp;?page", "&amp;page"))
    return html_resp(shell(req, "Tìm kiếm", main))


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /profiles/*.png
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout

Sitemap: {base}/sitemap.xml
"""


def not_found(req):
    return html_resp(shell(req, "Không tìm thấy trang", '<h1 class="page-title">Không tìm thấy trang</h1><p>Không tìm thấy trang được yêu cầu.</p>'), 404)


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p == "/sitemap.xml":
        entries = [("/", None), ("/tin-tuc", None), ("/xay-dung-dang", None), ("/taxonomy/term/7", None)] + [(a["path"], a["date"]) for a in ARTS]
        return text_resp(urlset(req.base, entries), "application/xml; charset=utf-8")
    if p.startswith(("/sites/", "/core/", "/themes/")):
        return 200, [("Content-Type", "image/jpeg")], PIXEL
    if p == "/views/ajax":
        return views_ajax(req)
    if p in ("/", "/node"):
        return home(req)
    if p == "/taxonomy/term/7":
        items = in_sec("hoat-dong-co-so")[:6]
        main = '<h1 class="page-title">Hoạt động cơ sở</h1><div class="view-content">%s</div>' % "".join(teaser(a) for a in items)
        return html_resp(shell(req, "Hoạt động cơ sở", main, canonical=req.base + p))
    if p.strip("/") in SECTIONS and p.strip("/") != "hoat-dong-co-so" and not p.endswith("/"):
        return section(req, p.strip("/"))
    if p == "/tim-kiem":
        return search(req)
    m = re.match(r"^/lich-cong-tac/(\d{4})-(\d{2})$", p)
    if m and 1 <= int(m.group(2)) <= 12:
        return calendar(req, int(m.group(1)), int(m.group(2)))
    m = re.match(r"^/node/(\d+)$", p)
    if m and int(m.group(1)) in BY_NID:
        return node_page(req, BY_NID[int(m.group(1))])
    a = BY_PATH.get(p.lower())          # path alias lookup is case-insensitive
    if a:
        return node_page(req, a)
    return not_found(req)


app = wsgi(handle, [("Server", "nginx"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                    ("X-Drupal-Cache", "HIT"), ("Cache-Control", "max-age=300, public")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [
            "/node/%d" % a["nid"],
            "/%s/%s" % (a["cat"].capitalize(), a["slug"]),
            a["path"] + "?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
        ]}
    return {
        "family": "Drupal 10 (Views pages + AJAX views block, simple_sitemap)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/core/", "/admin/", "/search/", "/user/login", "/index.php/search/"],
        "trap_prefixes": ["/lich-cong-tac/", "/tim-kiem"],
        "notes": ("Article URLs are slug-only path aliases (/<section>/<slug>); /node/<nid> serves the same page with 200 (no "
                  "redirect module) and is what 'Tin liên quan' links; alias lookup is case-insensitive and 'Đọc nhiều' links "
                  "/Tin-tuc/<slug>. Views pages are zero-based: /tin-tuc?page=1 is the 2nd page (full pager), /xay-dung-dang has a "
                  "mini pager (‹‹ Trang N ››). An out-of-range ?page= is clamped to the last page (200, same content). "
                  "'Hoạt động cơ sở' has no page display (its term page /taxonomy/term/7 shows 6 items, no pager): it is a home-page block with pager element 1 whose 'Xem thêm' button "
                  "(no href) POSTs /views/ajax?_wrapper_format=drupal_ajax (view_name, view_display_id, view_dom_id, pager_element, "
                  "page=0,N) and gets JSON commands whose 'insert' data carries the rows; GET /?page=0,N also works but is never "
                  "linked. Flat /sitemap.xml (simple_sitemap) lists every article."),
    }


MANIFEST = _manifest()
_last_tt = npages(len(in_sec("tin-tuc")), 10) - 1
SELFTEST = [
    {"path": "/tin-tuc?page=%d" % (_last_tt + 5), "status": 200, "same_as": "/tin-tuc?page=%d" % _last_tt},
    {"path": "/tin-tuc?page=0", "status": 200, "same_as": "/tin-tuc"},
    {"path": "/views/ajax?_wrapper_format=drupal_ajax", "method": "POST",
     "body": ("view_name=hoat_dong_co_so&view_display_id=block_1&view_dom_id=%s&pager_element=1&page=0%%2C2" % DOM_ID).encode(),
     "status": 200, "contains": coso_rows(2)[0]["title"].replace('"', "")},
    {"path": "/views/ajax?_wrapper_format=drupal_ajax", "method": "POST",
     "body": ("view_name=hoat_dong_co_so&view_display_id=block_1&view_dom_id=%s&pager_element=1&page=0%%2C99" % DOM_ID).encode(),
     "status": 200, "contains": "Không còn bài viết"},
    {"path": "/?page=0,2", "status": 200, "contains": coso_rows(2)[0]["title"]},
    {"path": "/node/999999", "status": 404},
]
SUMMARY = {
    "chains": ["/tin-tuc -> ?page=1..N-1 (zero-based, full pager), out-of-range page clamped to last",
               "/xay-dung-dang -> mini pager ‹‹ Trang N ››, clamped",
               "home block 'Hoạt động cơ sở': button without href -> POST /views/ajax page=0,N -> JSON commands [settings, insert{data: rows}, invoke]"],
    "alias_kinds": ["/node/<nid> (200, no redirect)", "case variant of the path alias", "utm_* (Zalo share)"],
    "quirks": ["slug-only article URLs", "drupal-settings-json state island", "pager element 1 (page=0,N)"],
}
