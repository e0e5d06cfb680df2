"""Replica: Trang tin điện tử Đảng bộ tỉnh Cao Lạng, custom CodeIgniter 3 CMS whose listing pagers are all script
driven: <li onclick="goPage(3)"> + an inline goPage() (Thời sự), <button onclick="location.href='…'"> arrows
(Xây dựng Đảng) and <button data-href> numbers (Kinh tế - Xã hội); pages live at /chuyen-muc/<c>/p/N.
Every unknown URL is a 200 'Trang không tồn tại' (soft 404), /sitemap.xml included.

Blind test material (set 4).  Self-contained, stdlib only.  See README.md.
"""
# ==== BEGIN KERNEL (shared helper block for set 4; copied into each module by tools/sync_kernel.py) ====
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
TODAY = datetime(2024, 7, 6, 10, 0)           # fixed "now" for every site of set 4 (a Saturday)
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
    "Toàn tỉnh hiện có {b} tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm {c}%.",
    "Ý kiến của nhân dân {x} được tổng hợp đầy đủ, gửi đến cấp ủy trong vòng {d} ngày làm việc.",
    "Cuối buổi, đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ tại nghĩa trang liệt sĩ {h}.",
    "Về lâu dài, {h} sẽ xây dựng cơ sở dữ liệu đảng viên số hóa, kết nối với {j} chi bộ trực thuộc.",
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


def make_articles(seed, n, cats, districts, communes, newest=datetime(2024, 7, 6, 8, 30), gap=(240, 1500)):
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

SITE = "Trang tin điện tử Đảng bộ tỉnh Cao Lạng"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "kinh-te-xa-hoi": "Kinh tế - Xã hội"}
PAGER_KIND = {"thoi-su": "js-function", "xay-dung-dang": "onclick-location", "kinh-te-xa-hoi": "data-href"}
PER = 10
ARTS = make_articles(7404, 120, ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "thoi-su",
                                 "xay-dung-dang", "thoi-su", "kinh-te-xa-hoi", "thoi-su", "xay-dung-dang"],
                     ["Thất Khê", "Trùng Khánh", "Quảng Uyên", "Văn Lãng", "Bảo Lạc", "Lộc Bình", "Hà Quảng", "Chi Lăng", "Nguyên Bình",
                      "Đình Lập"],
                     ["Na Sầm", "Đồng Đăng", "Tà Lùng", "Thông Nông", "Xuân Trường", "Hữu Kiên"], gap=(500, 2200))
TAGS = {"bien-gioi": "Biên giới", "dai-hoi-dang": "Đại hội Đảng", "dan-toc-thieu-so": "Dân tộc thiểu số",
        "chuyen-doi-so": "Chuyển đổi số", "cua-khau": "Cửa khẩu", "xay-dung-nong-thon-moi": "Xây dựng nông thôn mới"}
TAG_KEYS = list(TAGS)
_trng = random.Random(74)
for _a in ARTS:
    _a["id"] = 9100 + 2 * (len(ARTS) - _a["i"])
    _a["path"] = "/tin-tuc/%d-%s/" % (_a["id"], _a["slug"])
for _c in CATS:
    for _k, _a in enumerate(a for a in ARTS if a["cat"] == _c):
        _a["rank"] = _k
        _a["tags"] = _trng.sample(TAG_KEYS, 2) if _k < PER else []        # tagging started recently: only the newest items
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def fdate(d):
    return "%s, %s | %s" % (THU[d.weekday()], d.strftime("%d/%m/%Y"), d.strftime("%H:%M"))


def shell(req, title, main, canonical=None):
    menu = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (c, E(v)) for c, v in CATS.items())
    newest = ARTS[:8]
    popular = [a for c in CATS for a in in_cat(c)[3:9:2]]
    tags = " ".join('<a class="label label-default" href="/chu-de/%s">%s</a>' % (t, E(n)) for t, n in TAGS.items())
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>%s
<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet"><link href="/assets/css/style.css?v=20240301" rel="stylesheet">
<script src="/assets/js/jquery-1.12.4.min.js"></script></head>
<body><div class="container">
<div class="header"><a href="/"><img src="/assets/images/banner-caolang.jpg" alt="%s" class="img-responsive"></a></div>
<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li>%s</ul>
<form class="navbar-form navbar-right" action="/tim-kiem" method="get"><input type="text" name="tu-khoa" class="form-control" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-default">Tìm</button></form></nav>
<div class="row"><div class="col-md-8">%s</div>
<div class="col-md-4"><div class="panel panel-danger"><div class="panel-heading">Tin mới nhất</div><ul class="list-group">%s</ul></div>
<div class="panel panel-danger"><div class="panel-heading">Đọc nhiều</div><ul class="list-group">%s</ul></div>
<div class="panel panel-danger"><div class="panel-heading">Chủ đề</div><div class="panel-body">%s</div></div></div></div>
<footer class="footer"><p>Trang tin điện tử Đảng bộ tỉnh Cao Lạng. Giấy phép số 27/GP-STTTT. Chịu trách nhiệm chính: Nông Văn Thắng, Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
<p>Địa chỉ: Số 2 đường Hoàng Đình Giong, thị xã Cao Bằng. Điện thoại: 0206.3852.xxx</p></footer></div>
<script src="/assets/bootstrap/js/bootstrap.min.js"></script></body></html>""" % (
        E(title), '\n<link rel="canonical" href="%s">' % E(canonical) if canonical else "", E(SITE), menu, main,
        "".join('<li class="list-group-item"><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in newest),
        "".join('<li class="list-group-item"><a href="%sindex.html">%s</a></li>' % (a["path"], E(a["title"])) for a in popular),
        tags)


def resp(body, status=200):
    return html_resp(body, status, [("Set-Cookie", "ci_session=%s; path=/; HttpOnly" % hexid(body[:200], 32))])


def soft404(req):
    """CodeIgniter's show_404() was overridden by a theme view that answers 200."""
    main = '<div class="error-page"><h1>Trang không tồn tại</h1><p>Xin lỗi, trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a href="/">Quay về trang chủ</a></p></div>'
    return resp(shell(req, "Trang không tồn tại - " + SITE, main))


def row(a, legacy=False):
    href = "/index.php" + a["path"] if legacy else a["path"]
    return """<div class="media news-item"><div class="media-left"><a href="%s"><img class="media-object" src="/uploads/news/%s/%d_thumb.jpg" width="160" alt="%s"></a></div>
<div class="media-body"><h4 class="media-heading"><a href="%s">%s</a></h4><p class="text-muted small">%s</p><p class="sapo">%s</p></div></div>""" % (
        href, a["date"].strftime("%Y_%m"), a["id"], E(a["title"]), href, E(a["title"]), a["date"].strftime("%H:%M %d/%m/%Y"), E(a["sapo"]))


def home(req):
    top = ARTS[:4]
    blocks = ['<div class="tieu-diem"><h3 class="block-title">Tiêu điểm</h3>%s</div>' % "".join(row(a, legacy=True) for a in top)]
    for c, v in CATS.items():
        blocks.append('<div class="home-cat"><h3 class="block-title"><a href="/chuyen-muc/%s">%s</a></h3>%s</div>' % (c, E(v), "".join(row(a) for a in in_cat(c)[:5])))
    return resp(shell(req, SITE, "".join(blocks), "http://%s/" % req.host))


def pager(c, n, last):
    kind = PAGER_KIND[c]
    if last <= 1:
        return ""
    if kind == "js-function":
        lis = []
        for p in pager_window(n, last, 2):
            if p is None:
                lis.append('<li class="disabled"><span>…</span></li>')
            else:
                lis.append('<li class="page-item%s" onclick="goPage(%d)"><span class="page-link">%d</span></li>' % (" active" if p == n else "", p, p))
        if n < last:
            lis.append('<li class="page-item" onclick="goPage(%d)"><span class="page-link">»</span></li>' % (n + 1))
        return """<ul class="pagination" id="pager">%s</ul>
<script>
function goPage(p) {
  location.href = '/chuyen-muc/%s/p/' + p;
}
</script>""" % ("".join(lis), c)
    if kind == "onclick-location":
        out = []
        if n > 1:
            out.append('<button type="button" class="btn btn-default btn-prev" onclick="location.href=\'/chuyen-muc/%s%s\'">« Trang trước</button>' % (c, "/p/%d" % (n - 1) if n > 2 else ""))
        out.append('<span class="page-info">Trang %d/%d</span>' % (n, last))
        if n < last:
            out.append('<button type="button" class="btn btn-default btn-next" onclick="location.href=\'/chuyen-muc/%s/p/%d\'">Trang sau »</button>' % (c, n + 1))
        return '<div class="pager-buttons">%s</div>' % " ".join(out)
    btns = "".join('<button type="button" class="btn btn-sm %s page-btn" data-href="/chuyen-muc/%s%s">%d</button>' % (
        "btn-danger" if p == n else "btn-default", c, "/p/%d" % p if p > 1 else "", p) for p in range(1, last + 1))
    return """<div class="pager-numbers">%s</div>
<script>
$('.page-btn').on('click', function () { location.href = $(this).data('href'); });
</script>""" % btns


def category(req, c, n):
    items = in_cat(c)
    last = npages(len(items), PER)
    if n < 1 or n > last:
        return soft404(req)
    chunk = items[(n - 1) * PER:n * PER]
    main = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol><h2 class="cat-title">%s</h2>%s%s' % (
        E(CATS[c]), E(CATS[c]), "".join(row(a) for a in chunk), pager(c, n, last))
    return resp(shell(req, "%s%s - %s" % (CATS[c], " - Trang %d" % n if n > 1 else "", SITE), main,
                      "http://%s/chuyen-muc/%s%s" % (req.host, c, "/p/%d" % n if n > 1 else "")))


def tag_page(req, t):
    items = [a for a in ARTS if t in a["tags"]][:PER]
    chips = " ".join('<a class="label label-info" href="/loc-tin?tag=%s&amp;tag=%s">+ %s</a>' % (t, u, E(TAGS[u])) for u in TAG_KEYS if u != t)
    main = '<h2 class="cat-title">Chủ đề: %s</h2>%s<div class="loc-them"><strong>Lọc thêm chủ đề:</strong> %s</div>' % (E(TAGS[t]), "".join(row(a) for a in items), chips)
    return resp(shell(req, "Chủ đề %s - %s" % (TAGS[t], SITE), main, "http://%s/chu-de/%s" % (req.host, t)))


def filter_page(req):
    tags = [v for k, v in req.pairs if k == "tag"]
    if not tags or any(t not in TAGS for t in tags):
        return soft404(req)
    items = [a for a in ARTS if all(t in a["tags"] for t in tags)][:PER]
    chips = " ".join('<a class="label label-info" href="/loc-tin?%s&amp;tag=%s">+ %s</a>' % (E(req.qs), u, E(TAGS[u])) for u in TAG_KEYS)
    main = '<h2 class="cat-title">Lọc tin theo chủ đề: %s</h2>%s<div class="loc-them"><strong>Lọc thêm chủ đề:</strong> %s</div>' % (
        E(", ".join(TAGS[t] for t in tags)), "".join(row(a) for a in items) or '<p class="empty">Không có tin bài phù hợp.</p>', chips)
    return resp(shell(req, "Lọc tin - " + SITE, main))


def article(req, a):
    same = [b for b in in_cat(a["cat"]) if b is not a][:5]
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"][:2])
    body += '<figure class="image"><img src="/uploads/news/%s/%d.jpg" alt="%s" class="img-responsive"><figcaption>%s</figcaption></figure>' % (
        a["date"].strftime("%Y_%m"), a["id"], E(a["title"]), E(a["cap"]))
    body += "".join("<p>%s</p>" % E(p) for p in a["paras"][2:])
    tags = " ".join('<a class="label label-default" href="/chu-de/%s">%s</a>' % (t, E(TAGS[t])) for t in a["tags"])
    main = """<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/%s">%s</a></li></ol>
<article class="news-detail"><h1 class="title-detail">%s</h1><div class="meta"><span class="date">%s</span> <span class="views">Lượt xem: %d</span></div>
<h2 class="sapo">%s</h2><div class="content-detail">%s<p class="author" style="text-align:right"><strong>Tin, ảnh: %s</strong></p></div>
%s<p class="short-link">Link rút gọn: <code>http://%s/tin-tuc/%d</code></p></article>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>""" % (
        a["cat"], E(CATS[a["cat"]]), E(a["title"]), fdate(a["date"]), a["views"], E(a["sapo"]), body, E(a["by"]),
        ('<div class="tags"><strong>Chủ đề:</strong> %s</div>' % tags) if tags else "", req.host, a["id"],
        "".join('<li><a href="%s">%s</a> <small>(%s)</small></li>' % (b["path"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in same))
    return resp(shell(req, a["title"], main, "http://%s%s" % (req.host, a["path"])))


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /application/
Disallow: /system/
Disallow: /tim-kiem
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/assets/", "/uploads/")):
        return 200, [("Content-Type", "image/gif" if not p.endswith((".css", ".js")) else "text/plain")], PIXEL
    if p.startswith("/index.php/"):
        p = p[len("/index.php"):]                    # CodeIgniter without the rewrite rule: same routes
        if p not in BY_PATH:
            return soft404(req)
    if p in ("/", "/index.php", "/index.html"):
        return home(req)
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    if p.endswith("/index.html") and p[:-len("index.html")] in BY_PATH:
        return article(req, BY_PATH[p[:-len("index.html")]])
    m = re.match(r"^/tin-tuc/(\d+)/?$", p)
    if m and int(m.group(1)) in BY_ID:
        return moved(301, "http://%s%s" % (req.host, BY_ID[int(m.group(1))]["path"]))
    m = re.match(r"^/tin-tuc/(\d+)-[a-z0-9-]+$", p)
    if m and int(m.group(1)) in BY_ID:                   # no trailing slash / stale slug
        return moved(301, "http://%s%s" % (req.host, BY_ID[int(m.group(1))]["path"]))
    m = re.match(r"^/chuyen-muc/([a-z-]+)(?:/index\.html|/p/(\d+))?/?$", p)
    if m and m.group(1) in CATS:
        if m.group(2) == "1":
            return moved(301, "http://%s/chuyen-muc/%s" % (req.host, m.group(1)))
        return category(req, m.group(1), int(m.group(2) or 1))
    m = re.match(r"^/chu-de/([a-z-]+)$", p)
    if m and m.group(1) in TAGS:
        return tag_page(req, m.group(1))
    if p == "/loc-tin":
        return filter_page(req)
    if p == "/tim-kiem":
        k = req.q.get("tu-khoa", "")
        items = [a for a in ARTS if k and k.lower() in a["title"].lower()][:PER]
        return resp(shell(req, "Tìm kiếm - " + SITE, '<h2>Kết quả tìm kiếm: %s</h2>%s' % (E(k), "".join(row(a) for a in items) or "<p>Không tìm thấy kết quả.</p>")))
    return soft404(req)


app = wsgi(handle, [("Server", "Apache/2.4.6 (CentOS) PHP/7.2.34"), ("X-Powered-By", "PHP/7.2.34")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [a["path"] + "index.html", "/index.php" + a["path"], "/tin-tuc/%d" % a["id"],
                                                             a["path"].rstrip("/")]}
    only = {kind: [a["path"] for a in in_cat(c)[PER:]] for c, kind in PAGER_KIND.items()}
    return {
        "family": "Custom CodeIgniter 3 CMS: script-driven pagers (goPage() <li onclick>, onclick location.href buttons, <button data-href>), /p/N paths, soft 404",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/application/", "/system/", "/tim-kiem"],
        "trap_prefixes": ["/loc-tin"],
        "only_via": only,
        "soft_404": True,
        "notes": ("Articles /tin-tuc/<id>-<slug>/ (canonical). Listings /chuyen-muc/<c> then /chuyen-muc/<c>/p/N (10 a page; p/1 301s to "
                  "the bare path; past the end: soft 404). None of the pagers is an <a href>: 'Thời sự' has <li class=page-item "
                  "onclick=\"goPage(N)\"> (window ±2 + '»') and an inline function goPage(p) { location.href = '/chuyen-muc/thoi-su/p/' + p; }; "
                  "'Xây dựng Đảng' has only <button onclick=\"location.href='/chuyen-muc/xay-dung-dang/p/N'\"> '« Trang trước' / "
                  "'Trang sau »' with 'Trang n/N'; 'Kinh tế - Xã hội' has <button class=page-btn data-href=\"/chuyen-muc/kinh-te-xa-hoi/p/N\"> "
                  "for every page and a jQuery handler location.href = $(this).data('href'). Items 11+ of each category (%d, %d, %d) are "
                  "reachable only through its pager (every other box shows only the newest 10 of a category). SOFT 404: every unknown URL "
                  "(bad path, bad id, past-the-end page, /sitemap.xml, /index.php/<unknown>) answers 200 'Trang không tồn tại' with the "
                  "full layout. Aliases: <path>index.html ('Đọc nhiều'; 200), /index.php/<path> ('Tiêu điểm' on the home page; 200), "
                  "'Link rút gọn' /tin-tuc/<id> (301), no trailing slash (301). Canonical links are absolute http://<host>/…. Tags "
                  "(only on the newest 10 of each category): /chu-de/<tag> lists them and offers 'Lọc thêm chủ đề' chips to "
                  "/loc-tin?tag=a&tag=b; every /loc-tin page offers chips appending one more &tag= (repeats allowed): endless trap "
                  "/loc-tin. Search /tim-kiem?tu-khoa= is a GET form (robots-disallowed). Sets a ci_session cookie (not needed).")
                 % tuple(len(v) for v in only.values()),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/chuyen-muc/thoi-su/p/1", "status": 301, "location": "/chuyen-muc/thoi-su"},
    {"path": "/chuyen-muc/thoi-su/p/99", "status": 200, "contains": "Trang không tồn tại"},
    {"path": "/sitemap.xml", "status": 200, "contains": "Trang không tồn tại"},
    {"path": "/chuyen-muc/xay-dung-dang", "status": 200, "not_contains": 'href="/chuyen-muc/xay-dung-dang/p/2"'},
    {"path": "/chuyen-muc/thoi-su", "status": 200, "contains": "goPage(2)"},
    {"path": "/tin-tuc/%d" % ARTS[7]["id"], "status": 301, "location": ARTS[7]["path"]},
    {"path": "/loc-tin?tag=bien-gioi&tag=cua-khau&tag=bien-gioi", "status": 200, "contains": "Lọc thêm chủ đề"},
]
SUMMARY = {
    "chains": ["Thời sự: <li onclick=goPage(N)> + function goPage(p){location.href='/chuyen-muc/thoi-su/p/'+p}",
               "Xây dựng Đảng: <button onclick=\"location.href='…/p/N'\"> prev/next only",
               "Kinh tế - Xã hội: <button data-href='…/p/N'> + jQuery handler"],
    "alias_kinds": ["index.html suffix (200)", "/index.php/ prefix (200)", "/tin-tuc/<id> (301)", "no trailing slash (301)"],
    "quirks": ["soft 404 for everything (200)", "/sitemap.xml is a soft 404 HTML page", "?tag=&tag= filter trap"],
}
