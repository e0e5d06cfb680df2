"""Replica: Trang thông tin điện tử Đảng bộ tỉnh Hải Hưng, on NukeViet 4 (default theme family, restyled).

Made-up content, stdlib only, deterministic.  See README.md (set 2) for the description."""
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

SITE = "Đảng bộ tỉnh Hải Hưng"
CATS = [("chinh-tri", "Chính trị", 2), ("xay-dung-dang", "Xây dựng Đảng", 3),
        ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 4), ("tin-co-so", "Tin cơ sở", 5)]
CATNAME = {c: n for c, n, _ in CATS}
CATID = {c: i for c, _, i in CATS}
ARTS = make_articles(4401, 112, ["chinh-tri", "xay-dung-dang", "chinh-tri", "tin-co-so", "kinh-te-xa-hoi",
                                 "chinh-tri", "tin-co-so", "xay-dung-dang"],
                     ["Cẩm Giàng", "Kim Động", "Ân Thi", "Gia Lộc", "Tứ Kỳ", "Khoái Châu", "Văn Lâm", "Ninh Giang"],
                     ["Cẩm Phúc", "Toàn Thắng", "Đặng Lễ", "Hồng Hưng", "Tái Sơn", "Đông Tảo"])
TAGS = ["đại hội chi bộ", "chuyển đổi số", "nông thôn mới", "dân vận khéo", "kiểm tra giám sát", "học tập làm theo Bác"]
TAG_ALIAS = [t.replace(" ", "-") for t in TAGS]
for _a in ARTS:
    _a["id"] = 1830 + (len(ARTS) - _a["i"]) * 3
    _a["path"] = "/news/%s/%s-%d.html" % (_a["cat"], _a["slug"], _a["id"])
    _a["tags"] = [] if _a["cat"] == "tin-co-so" else [TAG_ALIAS[_a["k"] % 6], TAG_ALIAS[(_a["k"] + 2) % 6]]
BY_ID = {a["id"]: a for a in ARTS}
PER = 10
FEATURED = {c: [a for a in ARTS if a["cat"] == c][3] for c, _, _ in CATS}   # "tin nổi bật" pinned per category


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def cat_url(c, p=1):
    return "/news/%s/" % c if p == 1 else "/news/%s/page-%d" % (c, p)


def tag_url(t, p=1):
    u = "/news/tag/%s" % quote(t)
    return u if p == 1 else u + "/page-%d" % p


def dmy(d):
    return d.strftime("%d/%m/%Y")


def list_time(d):       # NukeViet listing default: d/m/Y h:i:s A
    return d.strftime("%d/%m/%Y %I:%M:%S %p")


def detail_time(d):     # "Thứ tư - 28/09/2022 21:45"
    return "%s - %s" % (THU_LOWER[d.weekday()], d.strftime("%d/%m/%Y %H:%M"))


# ---------------------------------------------------------------- chrome
def page(req, title, main, canonical=None, rel_extra=""):
    menu = ['<li><a href="/" title="Trang nhất"><em class="fa fa-lg fa-home"></em> Trang nhất</a></li>']
    for c, n, _ in CATS:
        if c != "tin-co-so":
            menu.append('<li><a href="%s" title="%s">%s</a></li>' % (cat_url(c), E(n), E(n)))
    menu.append('<li><a href="/lich-lam-viec/" title="Lịch làm việc">Lịch làm việc</a></li>')
    menu.append('<li><a href="/about/gioi-thieu.html" title="Giới thiệu">Giới thiệu</a></li>')
    hot = "".join('<li><a href="/vi%s" title="%s">%s</a></li>' % (a["path"], E(a["title"]), E(a["title"]))
                  for a in sorted(ARTS[:40], key=lambda a: -a["views"])[:6])
    tags = " ".join('<a href="%s">%s</a>' % (tag_url(t), E(TAGS[i])) for i, t in enumerate(TAG_ALIAS))
    can = '<link rel="canonical" href="%s">' % E(canonical) if canonical else ""
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>%s</title>
<meta name="description" content="%s">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
%s%s
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/haihung/css/style.css?t=1697">
<script src="/assets/js/jquery/jquery.min.js?t=1697"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Hh2x1",nv_check_pass_mstime=1738000;</script>
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="%s" href="/"><img src="/uploads/logo.png" alt="%s"></a></div>
<div class="col-md-16 hidden-xs"><p class="slogan">Trang thông tin điện tử %s</p></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">%s</ul>
<form action="/seek/" method="get" class="headerSearch"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
<div class="hot-keys">Tìm nhiều: <a href="/seek/?q=%%C4%%91%%E1%%BA%%A1i+h%%E1%%BB%%99i">đại hội</a> <a href="/seek/?q=chuy%%E1%%BB%%83n+%%C4%%91%%E1%%BB%%95i+s%%E1%%BB%%91">chuyển đổi số</a></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-md-16">%s</div>
<div class="col-md-8">
<div class="panel panel-primary"><div class="panel-heading">Tin đọc nhiều</div><div class="panel-body"><ul class="block_tophits">%s</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin cơ sở</div><div class="panel-body"><a href="%s">Xem các tin cơ sở</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Từ khóa</div><div class="panel-body block-tags">%s</div></div>
</div></div></div></section>
<footer id="footer"><div class="container"><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hải Hưng. Giấy phép số 112/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p>
<p>Địa chỉ: số 8 đường Thanh Niên, thành phố Hải Dương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p><a href="/siteterms/">Điều khoản sử dụng</a> · <a href="/news/rss/">RSS</a> · <a href="/users/login/">Đăng nhập</a> · Thiết kế bởi VINADES.,JSC</p></div></footer>
</div></div>
<script src="/themes/haihung/js/main.js?t=1697"></script>
</body></html>""" % (E(title), E(SITE), can, rel_extra, E(SITE), E(SITE), E(SITE), "".join(menu), main, hot,
                      cat_url("tin-co-so"), tags)


def card(a, featured=False):
    cls = "panel-body featured" if featured else "panel-body"
    return """<div class="news_column panel panel-default"><div class="%s">
<a href="%s" title="%s"><img alt="%s" src="/assets/news/%s/%s.jpg" width="183" class="img-thumbnail pull-left imghome"></a>
<h3><a href="%s" title="%s">%s</a>%s</h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> %s</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: %d</li><li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: 0</li></ul></div>
<p>%s</p></div></div>""" % (cls, a["path"], E(a["title"]), E(a["title"]), a["date"].strftime("%Y_%m"), a["slug"][:30], a["path"],
                            E(a["title"]), E(a["title"]), ' <span class="icon_new"></span>' if a["i"] < 6 else "",
                            list_time(a["date"]), a["views"], E(a["sapo"]))


def pagination(cur, last, url, label):
    out = []
    if cur > 1:
        out.append('<li class="page-item"><a class="page-link" rel="prev" title="%s - Trang %d" href="%s">&laquo;</a></li>' % (E(label), cur - 1, url(cur - 1)))
    for p in pager_window(cur, last, 2):
        if p is None:
            out.append('<li class="page-item disabled"><a class="page-link">...</a></li>')
        elif p == cur:
            out.append('<li class="page-item active"><a class="page-link">%d</a></li>' % p)
        else:
            out.append('<li class="page-item"><a class="page-link" title="%s - Trang %d" href="%s">%d</a></li>' % (E(label), p, url(p), p))
    if cur < last:
        out.append('<li class="page-item"><a class="page-link" rel="next" title="%s - Trang %d" href="%s">&raquo;</a></li>' % (E(label), cur + 1, url(cur + 1)))
    return '<div class="text-center"><ul class="pagination">%s</ul></div>' % "".join(out)


def select_pager(cur, last, url):
    opts = "".join('<option value="%s"%s>Trang %d</option>' % (url(p), " selected" if p == cur else "", p)
                   for p in range(1, last + 1))
    return ('<div class="generate_page_select">Trang: <select name="page" class="form-control input-sm" '
            'onchange="window.location=this.options[this.selectedIndex].value">%s</select> / %d</div>' % (opts, last))


# ---------------------------------------------------------------- handlers
def home(req):
    main = ['<div class="news_column"><div class="panel panel-default"><div class="panel-heading">Tin mới</div></div>']
    main += [card(a) for a in ARTS[:8]]
    main.append("</div>")
    for c, n, _ in CATS:
        main.append('<div class="panel panel-default"><div class="panel-heading"><a href="%s">%s</a></div><div class="panel-body"><ul class="related">%s</ul></div></div>'
                    % (cat_url(c), E(n), "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_cat(c)[:4])))
    return html_resp(page(req, SITE, "".join(main), canonical=req.base + "/"))


def category(req, c, p):
    items = in_cat(c)
    last = npages(len(items), PER)
    if p == 1 and "page-" in req.path:
        return moved(301, cat_url(c))
    if p > last or p < 1:
        return moved(302, req.base + cat_url(c))          # NukeViet nv_redirect_location to the category
    chunk = items[(p - 1) * PER:p * PER]
    feat = FEATURED[c]
    main = ['<div class="page-header"><h1>%s</h1></div>' % E(CATNAME[c]), card(feat, True)]
    main += [card(a) for a in chunk if a is not feat or p > 1]
    if c == "tin-co-so":
        main.append(select_pager(p, last, lambda n: cat_url(c, n)))
    else:
        main.append(pagination(p, last, lambda n: cat_url(c, n), CATNAME[c]))
    title = CATNAME[c] + ("" if p == 1 else " - Trang %d" % p) + " - " + SITE
    rels = ""
    if p > 1:
        rels += '<link rel="prev" href="%s">' % cat_url(c, p - 1)
    if p < last:
        rels += '<link rel="next" href="%s">' % cat_url(c, p + 1)
    return html_resp(page(req, title, "".join(main), canonical=req.base + cat_url(c, p), rel_extra=rels))


def tag_page(req, t, p):
    items = [a for a in ARTS if t in a["tags"]]
    last = npages(len(items), PER)
    if not items:
        return not_found(req)
    if p > last:
        return moved(302, req.base + tag_url(t))
    chunk = items[(p - 1) * PER:p * PER]
    main = '<div class="page-header"><h1>Từ khóa: %s</h1></div>%s%s' % (
        E(t.replace("-", " ")), "".join(card(a) for a in chunk), pagination(p, last, lambda n: tag_url(t, n), t.replace("-", " ")))
    return html_resp(page(req, "%s - Trang %d - %s" % (t, p, SITE), main))


def body_html(a):
    out = ['<div class="hometext m-bottom">%s</div>' % E(a["sapo"])]
    out.append('<figure class="article center"><img alt="%s" src="/uploads/news/%s/anh-%d.jpg" class="img-thumbnail"><figcaption>%s</figcaption></figure>'
               % (E(a["title"]), a["date"].strftime("%Y_%m"), a["id"], E(a["cap"])))
    out.append('<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>' % "".join("<p>%s</p>" % E(x) for x in a["paras"]))
    return "".join(out)


def detail(req, a, printable=False):
    if printable:
        return html_resp("""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex"></head>
<body onload="window.print()"><div id="print"><div class="header"><strong>%s</strong><br>%s</div><h1>%s</h1><p class="time">%s</p>%s
<p class="copyright">Bản quyền thuộc về %s. Nguồn: %s%s</p></div></body></html>""" % (
            E(a["title"]), E(SITE), req.base, E(a["title"]), detail_time(a["date"]), body_html(a), E(SITE), req.base, a["path"]))
    same = in_cat(a["cat"])
    k = same.index(a)
    newer = same[max(0, k - 3):k]
    older = same[k + 1:k + 4]
    tags = ", ".join('<a title="%s" href="%s"><em>%s</em></a>' % (E(t), tag_url(t), E(t.replace("-", " "))) for t in a["tags"])
    rel = lambda xs: "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/index.php?language=vi&amp;nv=news&amp;op=%s/%s-%d" title="%s">%s</a> <em>(%s)</em></li>'
                             % (x["cat"], x["slug"], x["id"], E(x["title"]), E(x["title"]), dmy(x["date"])) for x in xs)
    main = """<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">
<li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li><li id="brcr_1"><a href="%s"><span>%s</span></a></li></ul></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">%s</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/%s/%s-%d.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="/news/print/%s/%s-%d.html" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/%s/%s-%d.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">%s</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tuyên giáo Tỉnh ủy</p></div>
</div></div>
%s
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-inline">%s</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-inline">%s</ul></div></div></div>""" % (
        cat_url(a["cat"]), E(CATNAME[a["cat"]]), E(a["title"]), detail_time(a["date"]), a["cat"], a["slug"], a["id"],
        a["cat"], a["slug"], a["id"], a["cat"], a["slug"], a["id"], body_html(a), E(a["by"]),
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>%s</div></div></div>' % tags if tags else "",
        rel(newer), rel(older))
    og = '<meta property="og:url" content="%s%s"><meta property="og:type" content="article">' % (req.base, a["path"])
    return html_resp(page(req, "%s - %s" % (a["title"], SITE), main, canonical=req.base + a["path"], rel_extra=og))


def week_page(req, w, y):
    if not (1 <= w <= 53):
        w = 1
    pw, py = (w - 1, y) if w > 1 else (52, y - 1)
    nw, ny = (w + 1, y) if w < 52 else (1, y + 1)
    main = """<div class="page-header"><h1>Lịch làm việc của Thường trực Tỉnh ủy - Tuần %d/%d</h1></div>
<table class="table table-bordered"><tr><th>Thứ</th><th>Nội dung</th></tr><tr><td>Thứ Hai</td><td>Giao ban Thường trực Tỉnh ủy</td></tr>
<tr><td>Thứ Tư</td><td>Làm việc với Ban Thường vụ Huyện ủy</td></tr></table>
<p><a href="/lich-lam-viec/tuan-%d-%d/">« Tuần trước</a> | <a href="/lich-lam-viec/tuan-%d-%d/">Tuần sau »</a></p>""" % (w, y, pw, py, nw, ny)
    return html_resp(page(req, "Lịch làm việc tuần %d/%d" % (w, y), main))


def seek(req):
    q = req.q.get("q", "")
    p = req.int_arg("page", 1)
    hits = [a for a in ARTS if q and q.lower() in a["title"].lower()][:5]
    items = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in hits) or "<li>Không có kết quả phù hợp ở trang này</li>"
    main = '<div class="page-header"><h1>Kết quả tìm kiếm: %s</h1></div><ul>%s</ul><p class="text-right"><a href="/seek/?q=%s&amp;page=%d">Trang sau »</a></p>' % (
        E(q), items, quote(q), p + 1)
    return html_resp(page(req, "Tìm kiếm", main))


def not_found(req):
    return html_resp(page(req, "Lỗi 404", '<div class="alert alert-danger">Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</div>'), 404)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /assets/
Disallow: /cache/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /language/
Disallow: /logs/
Disallow: /modules/
Disallow: /tmp/
Disallow: /vendor/
Disallow: /news/print/
Disallow: /news/sendmail/
Disallow: /news/savefile/
Disallow: /users/

Sitemap: {base}/sitemap.xml
"""


def rss(req):
    items = "".join("<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate></item>" % (
        E(a["title"]), req.base, a["path"], a["date"].strftime("%a, %d %b %Y %H:%M:%S +0700")) for a in ARTS[:20])
    return text_resp('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>'
                     % (E(SITE), req.base, items), "application/rss+xml; charset=utf-8")


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p == "/sitemap.xml":
        return text_resp(sitemap_index(req.base, ["/sitemap-vi.news.xml", "/sitemap-vi.page.xml"]), "application/xml; charset=utf-8")
    if p == "/sitemap-vi.news.xml":
        return text_resp(urlset(req.base, [(a["path"], a["date"]) for a in ARTS]), "application/xml; charset=utf-8")
    if p == "/sitemap-vi.page.xml":
        return text_resp(urlset(req.base, [("/about/gioi-thieu.html", None)]), "application/xml; charset=utf-8")
    if p.endswith((".jpg", ".png", ".gif")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p.endswith((".css", ".js")):
        return text_resp("/* */", "text/css")
    if p == "/" or p == "/index.php" and not req.q:
        return home(req)
    if p == "/index.php" and req.q.get("nv") == "news":
        op = req.q.get("op", "")
        m = re.match(r"^([a-z-]+)/([a-z0-9-]+)-(\d+)$", op)
        if m and int(m.group(3)) in BY_ID and BY_ID[int(m.group(3))]["cat"] == m.group(1):
            return detail(req, BY_ID[int(m.group(3))])
        return not_found(req)
    if p in ("/news/rss/", "/news/rss"):
        return rss(req)
    if p == "/about/gioi-thieu.html":
        return html_resp(page(req, "Giới thiệu", "<h1>Giới thiệu</h1><p>Trang thông tin điện tử của Đảng bộ tỉnh Hải Hưng.</p>"))
    if p in ("/seek/", "/seek"):
        return seek(req)
    m = re.match(r"^/lich-lam-viec/(?:tuan-(\d+)-(\d{4})/)?$", p)
    if m:
        return week_page(req, int(m.group(1) or 24), int(m.group(2) or 2024))
    path = p[3:] if p.startswith("/vi/") else p
    m = re.match(r"^/news/(print/)?([a-z-]+)/([a-z0-9-]+)-(\d+)\.html$", path)
    if m:
        a = BY_ID.get(int(m.group(4)))
        if not a:
            return not_found(req)
        if m.group(2) != a["cat"] or m.group(3) != a["slug"]:
            return moved(301, ("/news/print" if m.group(1) else "/news") + a["path"][5:])
        return detail(req, a, printable=bool(m.group(1)))
    m = re.match(r"^/news/tag/([^/]+)(?:/page-(\d+))?/?$", path)
    if m:
        t = unquote(m.group(1))
        return tag_page(req, t, int(m.group(2) or 1)) if t in TAG_ALIAS else not_found(req)
    m = re.match(r"^/news/([a-z-]+)/(?:page-(\d+))?$", path)
    if m and m.group(1) in CATNAME:
        return category(req, m.group(1), int(m.group(2) or 1))
    m = re.match(r"^/news/([a-z-]+)$", path)
    if m and m.group(1) in CATNAME:
        return moved(301, cat_url(m.group(1)))
    return not_found(req)


app = wsgi(handle, [("Server", "nginx"), ("X-Powered-By", "NukeViet v4.5")])


def _manifest():
    arts = {}
    for a in ARTS:
        rest = "%s/%s-%d" % (a["cat"], a["slug"], a["id"])
        arts[a["path"]] = {"title": a["title"], "aliases": [
            "/vi" + a["path"],
            "/index.php?language=vi&nv=news&op=" + rest,
            "/news/print/%s.html" % rest,
        ]}
    return {
        "family": "NukeViet 4 (Tỉnh ủy portal, restyled default theme)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/news/print/", "/news/sendmail/", "/news/savefile/", "/users/"],
        "trap_prefixes": ["/lich-lam-viec/tuan-", "/seek/"],
        "notes": ("Listings /news/<cat>/ then /news/<cat>/page-N (no trailing slash), page-1 301 -> bare; past the last page "
                  "302 -> page 1. A pinned 'featured' item repeats at the top of every page of a category. 'Tin cơ sở' is not in the "
                  "menu (sidebar link only) and its pager is a <select onchange=window.location=…> drop-down; its items carry no tags. "
                  "Tag pages /news/tag/<percent-encoded Vietnamese>/page-N. Aliases: /vi/ prefix ('Tin đọc nhiều'), non-rewrite "
                  "index.php?language=vi&nv=news&op=<cat>/<slug>-<id> ('Những tin mới hơn/cũ hơn'), print (robots-disallowed). "
                  "Sitemap index /sitemap.xml -> /sitemap-vi.news.xml (complete)."),
    }


MANIFEST = _manifest()
_co = in_cat("tin-co-so")
SELFTEST = [
    {"path": "/news/chinh-tri/page-1", "status": 301, "location": "/news/chinh-tri/"},
    {"path": "/news/chinh-tri/page-%d" % (npages(len(in_cat("chinh-tri")), PER) + 1), "status": 302, "location": "/news/chinh-tri/"},
    {"path": "/news/chinh-tri/page-2", "status": 200, "contains": FEATURED["chinh-tri"]["title"]},
    {"path": "/news/tin-co-so/", "status": 200, "contains": "onchange=\"window.location"},
    {"path": "/sitemap.xml", "status": 200, "contains": "sitemapindex"},
    {"path": "/robots.txt", "status": 200, "contains": "Sitemap:"},
]
SUMMARY = {
    "chains": ["/news/<cat>/ -> /news/<cat>/page-N: ul.pagination window « 1 2 3 4 … 9 », page-1 301, past last 302 -> page 1, pinned featured item on every page",
               "/news/tin-co-so/: <select onchange=window.location=…> drop-down pager only (pages 2+ reachable only through its <option> values)",
               "/news/tag/<%-encoded>/page-N: window pager, past last 302"],
    "alias_kinds": ["/vi/ language prefix", "index.php?language=vi&nv=news&op=… (rewrite off)", "/news/print/… (robots-disallowed)"],
    "quirks": ["sitemap index", "pinned featured item on every listing page", "AM/PM listing times"],
}
