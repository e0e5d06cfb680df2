"""Replica: Trang tin Tỉnh ủy Phú Khánh, a Hugo static site published under /tinhuy/ on the shared provincial
domain (other agencies' sections /ubnd/ and /sotnmt/ are out of scope).  Served by an nginx whose
try_files falls back to the section home page (soft 404).  Made-up content, stdlib only, deterministic."""
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

SITE = "Tỉnh ủy Phú Khánh"
B = "/tinhuy"
SECS = {"tin-tuc": "Tin tức", "chuyen-de": "Chuyên đề", "tu-lieu": "Tư liệu"}
ARTS = make_articles(9595, 84, ["tin-tuc", "chuyen-de", "tin-tuc", "tu-lieu", "tin-tuc", "chuyen-de"],
                     ["Nha Trang", "Ninh Hòa", "Vạn Ninh", "Cam Ranh", "Diên Khánh", "Tuy Hòa", "Sông Cầu", "Đồng Xuân"],
                     ["Vĩnh Lương", "Ninh Ích", "Vạn Thắng", "Cam Thành Nam", "An Ninh Đông", "Xuân Lãnh"], gap=(400, 1900))
for _a in ARTS:
    _a["path"] = "%s/%s/%s/" % (B, _a["date"].strftime("%Y/%m"), _a["slug"])
    _a["old"] = "%s/tin/%d.html" % (B, 5000 + len(ARTS) - _a["i"])       # front-matter alias from the old CMS
BY_PATH = {a["path"]: a for a in ARTS}
BY_OLD = {a["old"]: a for a in ARTS}
PER = 10
MONTHS = sorted({a["date"].strftime("%Y/%m") for a in ARTS}, reverse=True)
OTHER = {"/ubnd/": "UBND tỉnh", "/sotnmt/": "Sở Tài nguyên và Môi trường"}


def in_sec(c):
    return [a for a in ARTS if a["cat"] == c]


def sec_url(c, n=1):
    return "%s/%s/" % (B, c) if n == 1 else "%s/%s/page/%d/" % (B, c, n)


def shell(title, main, canonical=None):
    return """<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.125.4">
<title>%s</title>%s
<link rel="stylesheet" href="/tinhuy/css/main.min.8c1f0e.css"><link rel="alternate" type="application/rss+xml" href="/tinhuy/index.xml" title="%s"></head>
<body><div class="gov-bar">Cổng thông tin điện tử tỉnh Phú Khánh: <a href="/">Trang chung</a> · <a href="/ubnd/">UBND tỉnh</a> · <a href="/sotnmt/">Sở TN&amp;MT</a> · <a href="/tinhuy/">Tỉnh ủy</a></div>
<header class="site-header"><a class="brand" href="/tinhuy/">%s</a><nav><ul><li><a href="/tinhuy/tin-tuc/">Tin tức</a></li><li><a href="/tinhuy/chuyen-de/">Chuyên đề</a></li><li><a href="/tinhuy/gioi-thieu/">Giới thiệu</a></li></ul></nav></header>
<main class="container">%s</main>
<aside class="archive"><h3>Lưu trữ</h3><ul>%s</ul></aside>
<footer class="site-footer"><p>© 2024 Văn phòng Tỉnh ủy Phú Khánh. Ghi rõ nguồn khi phát hành lại thông tin.</p>
<p><a href="tim-kiem/">Tìm kiếm</a> · <a href="/tinhuy/index.xml">RSS</a></p></footer>
<script src="/tinhuy/js/search.min.js" defer></script></body></html>""" % (
        E(title), '<link rel="canonical" href="%s">' % canonical if canonical else "", E(SITE), E(SITE), main,
        "".join('<li><a href="%s/%s/">Tháng %s</a></li>' % (B, m, m[5:] + "/" + m[:4]) for m in MONTHS))


def summary(a):
    return '<article class="post-summary"><h2><a href="%s">%s</a></h2><time datetime="%s">%s</time><p>%s</p><a class="more" href="%s">Đọc tiếp →</a></article>' % (
        a["path"], E(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["date"].strftime("%d/%m/%Y"), E(a["sapo"]), a["path"])


def home(req):
    main = "<h1>Tin mới</h1>" + "".join(summary(a) for a in [x for x in ARTS if x["cat"] != "tu-lieu"][:8])
    return shell(SITE, main, canonical=req.base + B + "/")


def section(req, c, n):
    items = in_sec(c)
    last = npages(len(items), PER)
    chunk = items[(n - 1) * PER:n * PER]
    nav = '<nav class="pagination">%s<span class="page">Trang %d / %d</span>%s</nav>' % (
        '<a class="prev" href="%s">← Mới hơn</a>' % sec_url(c, n - 1) if n > 1 else "", n, last,
        '<a class="next" href="%s">Cũ hơn →</a>' % sec_url(c, n + 1) if n < last else "")
    return shell("%s | %s" % (SECS[c], SITE), "<h1>%s</h1>%s%s" % (E(SECS[c]), "".join(summary(a) for a in chunk), nav), canonical=req.base + sec_url(c, n))


def month(req, ym):
    items = [a for a in ARTS if a["date"].strftime("%Y/%m") == ym and a["cat"] != "tu-lieu"]
    return shell("Lưu trữ %s" % ym, "<h1>Lưu trữ tháng %s</h1><ul>%s</ul>" % (ym[5:] + "/" + ym[:4], "".join(
        '<li><a href="%s">%s</a> <small>%s</small></li>' % (a["path"], E(a["title"]), a["date"].strftime("%d/%m")) for a in items)))


def single(req, a):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    same = [x for x in in_sec(a["cat"]) if x is not a][:3] if a["cat"] != "tu-lieu" else []
    main = """<article class="post"><h1 class="post-title">%s</h1><div class="post-meta"><time datetime="%s">%s</time> · %s · <a href="%s">%s</a></div>
<p class="lead"><strong>%s</strong></p><figure><img src="/tinhuy/images/%s/%s.jpg" alt=""><figcaption>%s</figcaption></figure>%s
<p class="author" style="text-align:right"><strong>%s</strong></p></article>%s""" % (
        E(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["date"].strftime("%d/%m/%Y"), E(a["by"]),
        sec_url(a["cat"]) if a["cat"] != "tu-lieu" else B + "/", E(SECS[a["cat"]]), E(a["sapo"]), a["date"].strftime("%Y/%m"), a["slug"][:20], E(a["cap"]), body, E(a["by"]),
        '<section class="related"><h3>Bài liên quan</h3><ul>%s</ul></section>' % "".join('<li><a href="%s">%s</a></li>' % (x["path"], E(x["title"])) for x in same) if same else "")
    return shell(a["title"], main, canonical=req.base + a["path"])


def hugo_alias(req, target):
    return '<!DOCTYPE html><html lang="vi-vn"><head><title>%s%s</title><link rel="canonical" href="%s%s"><meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=%s%s"></head></html>' % (
        req.base, target, req.base, target, req.base, target)


def other_agency(req, p):
    rng = random.Random(p)
    paras = "".join("<p>%s</p>" % " ".join(rng.choice(["Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nhiệm vụ năm 2024.", "Sở Tài nguyên và Môi trường hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
                                                        "Các địa phương rà soát quỹ đất, công khai quy hoạch theo quy định.", "Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công."]) for _ in range(4)) for _ in range(3))
    root = "/" + p.strip("/").split("/")[0] + "/"
    links = "".join('<li><a href="%stin/%d.html">Tin %s số %d</a></li>' % (root, k, OTHER[root], k) for k in range(1, 6))
    return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body><div class="gov-bar"><a href="/">Trang chung</a> · <a href="/ubnd/">UBND tỉnh</a> · <a href="/sotnmt/">Sở TN&amp;MT</a> · <a href="/tinhuy/">Tỉnh ủy</a></div><h1>%s</h1>%s<ul>%s</ul></body></html>' % (
        E(OTHER[root]), E(OTHER[root]), paras, links)


ROBOTS = """User-agent: *
Disallow: /quantri/
Disallow: /ubnd/van-ban/
Disallow: /tinhuy/tim-kiem/

Sitemap: {base}/sitemap.xml
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p == "/sitemap.xml":
        return text_resp(sitemap_index(req.base, ["/ubnd/sitemap.xml", "/sotnmt/sitemap.xml", "/tinhuy/sitemap.xml"]), "application/xml")
    if p == "/tinhuy/sitemap.xml":
        ent = [(B + "/", None)] + [(sec_url(c), None) for c in SECS] + [(a["path"], a["date"]) for a in ARTS]
        return text_resp(urlset(req.base, ent), "application/xml")
    if p in ("/ubnd/sitemap.xml", "/sotnmt/sitemap.xml"):
        return text_resp(urlset(req.base, [(p[:-11], None)]), "application/xml")
    if p.endswith((".css", ".js", ".jpg", ".png", ".xml")):
        return 200, [("Content-Type", "application/octet-stream")], PIXEL
    if p == "/":
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Phú Khánh</title></head><body><h1>Cổng thông tin điện tử tỉnh Phú Khánh</h1><ul><li><a href="/ubnd/">UBND tỉnh</a></li><li><a href="/sotnmt/">Sở Tài nguyên và Môi trường</a></li><li><a href="/tinhuy/">Tỉnh ủy</a></li></ul></body></html>')
    if p.startswith(("/ubnd/", "/sotnmt/")):
        return html_resp(other_agency(req, p))
    if p == B:
        return moved(301, B + "/")
    if not p.startswith(B + "/"):
        return html_resp("<html><body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>", 404)
    if p == B + "/":
        return html_resp(home(req))
    if p in BY_PATH:
        return html_resp(single(req, BY_PATH[p]))
    if p + "/" in BY_PATH:
        return moved(301, req.base + p + "/")            # nginx adds the slash for a directory
    if p in BY_OLD:
        return html_resp(hugo_alias(req, BY_OLD[p]["path"]))
    m = re.match(r"^/tinhuy/([a-z-]+)/(?:page/(\d+)/)?$", p)
    if m and m.group(1) in SECS and m.group(1) != "tu-lieu":
        n = int(m.group(2) or 1)
        if m.group(2) == "1":
            return html_resp(hugo_alias(req, sec_url(m.group(1))))
        if 1 <= n <= npages(len(in_sec(m.group(1))), PER):
            return html_resp(section(req, m.group(1), n))
    m = re.match(r"^/tinhuy/(\d{4}/\d{2})/$", p)
    if m and m.group(1) in MONTHS:
        return html_resp(month(req, m.group(1)))
    if p == B + "/tim-kiem/":
        return html_resp(shell("Tìm kiếm", '<h1>Tìm kiếm</h1><input id="search-query" type="search"><div id="search-results"></div>'))
    if p == B + "/gioi-thieu/":
        return html_resp(shell("Giới thiệu", "<h1>Giới thiệu</h1><p>Trang tin của Tỉnh ủy Phú Khánh.</p>"))
    return html_resp(home(req))       # try_files $uri $uri/ /tinhuy/index.html  -> soft 404


app = wsgi(handle, [("Server", "nginx/1.18.0")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [a["path"][:-1], a["path"] + "?utm_source=facebook&utm_medium=social", a["old"]]}
    return {
        "family": "Hugo static site in a subdirectory (/tinhuy/) of a shared government domain, nginx soft-404 fallback",
        "start_urls": ["/tinhuy/"],
        "articles": arts,
        "robots_disallowed": ["/quantri/", "/tinhuy/tim-kiem/"],
        "trap_prefixes": ["tim-kiem/tim-kiem/", "/ubnd/", "/sotnmt/"],
        "out_of_scope": ["/ubnd/", "/sotnmt/"],
        "notes": ("Scope is /tinhuy/ only; the shared header links the domain root and the /ubnd/ and /sotnmt/ sections (other "
                  "agencies, out of scope, listed in trap_prefixes and out_of_scope). Articles /tinhuy/YYYY/MM/<slug>/; sections "
                  "/tinhuy/<sec>/page/N/ with only '← Mới hơn / Cũ hơn →'; /page/1/ is a Hugo alias page (200 + meta refresh + "
                  "canonical); old-CMS front-matter aliases /tinhuy/tin/<n>.html are the same kind of 200 meta-refresh page. "
                  "Monthly archive pages /tinhuy/YYYY/MM/ ('Lưu trữ'). Section 'Tư liệu' has no listing, no menu entry and no "
                  "archive entries: its articles are reachable only via robots Sitemap: /sitemap.xml (domain index) -> "
                  "/tinhuy/sitemap.xml. nginx try_files falls back to the section home: every unknown URL under /tinhuy/ answers "
                  "200 with the home page (soft 404). The footer's relative href=\"tim-kiem/\" therefore nests forever "
                  "(…/tim-kiem/tim-kiem/…). Query strings are ignored (static files)."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/tinhuy/tin-tuc/page/1/", "status": 200, "contains": 'http-equiv="refresh"'},
    {"path": "/tinhuy/tin-tuc/page/99/", "status": 200, "same_as": "/tinhuy/"},
    {"path": "/tinhuy/khong-co/trang-nay/", "status": 200, "same_as": "/tinhuy/"},
    {"path": "/sitemap.xml", "status": 200, "contains": "/tinhuy/sitemap.xml"},
    {"path": "/khong-co", "status": 404},
]
SUMMARY = {
    "chains": ["/tinhuy/<sec>/page/N/: arrows only, page/1/ = meta-refresh alias page, past end = soft 404 (home)",
               "/tinhuy/YYYY/MM/ monthly archives", "'Tư liệu' only via domain sitemap index -> /tinhuy/sitemap.xml"],
    "alias_kinds": ["no trailing slash (301)", "utm (ignored by static host)", "old-CMS alias page (200 meta refresh)"],
    "quirks": ["subdirectory scope", "soft 404", "relative-link nesting trap"],
}
