"""Replica D (set 5): Spring Boot + Thymeleaf portal on Tomcat of the (made-up) Bình Trị Thiên provincial Party committee.
Discovery: category listings have no pager in the HTML (IntersectionObserver infinite scroll); the next page
(Spring Data, 0-based ?page=) is announced only in the HTTP response header Link: <…?page=1>; rel="next".
Hazards: first-visit ;jsessionid= URL rewriting on the home page, a 3 MB 'Văn kiện - Tư liệu' page whose articles are
listed after 20,000 document rows, slow page 2, an off-site redirect, a CAS login redirect loop, Whitelabel 404s.
Self-contained, stdlib only: app(environ, start_response)."""
# ==== BEGIN KERNEL (shared helper block for set 5; copied into each module by tools/sync_kernel.py) ====
import base64
import gzip
import hashlib
import html as _html
import json
import random
import re
import time
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape
STATUS_TEXT = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect",
               308: "Permanent Redirect", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
               405: "Method Not Allowed", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
TODAY = datetime(2024, 11, 16, 9, 0)          # fixed "now" for every site of set 5 (a Saturday); no clock anywhere
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


def make_articles(seed, n, cats, districts, communes, newest=datetime(2024, 11, 16, 7, 45), gap=(240, 1500)):
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

_HITS = {}


def flaky(key):
    """True on the 1st, 3rd, 5th … request for key in this process: the failure goes away when the client retries."""
    _HITS[key] = _HITS.get(key, 0) + 1
    return _HITS[key] % 2 == 1


def nap(req, seconds):
    """A slow response (<= 2 s); the self-test passes environ['replica.nosleep'] to skip the wait."""
    if not req.env.get("replica.nosleep"):
        time.sleep(seconds)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def in_cat(arts, c):
    return [a for a in arts if a["cat"] == c]


def body_paras(a, tag='<p>%s</p>'):
    out = [tag % E(p) for p in a["paras"][:2]]
    out.append('<figure class="image"><img src="/uploads/%s.jpg" alt=""><figcaption>%s</figcaption></figure>' % (hexid(a["title"]), E(a["cap"])))
    out += [tag % E(p) for p in a["paras"][2:]]
    return "".join(out)
# ==== END KERNEL ====

SITE = "Trang thông tin điện tử Tỉnh ủy Bình Trị Thiên"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội",
        "quoc-phong": "Quốc phòng - An ninh", "tu-lieu": "Văn kiện - Tư liệu"}
MENU = ["thoi-su", "xay-dung-dang", "kinh-te", "xa-hoi", "quoc-phong"]
SIZE = 10
DOCS = 20000
_CYCLE = ["thoi-su", "xay-dung-dang", "kinh-te", "xa-hoi", "quoc-phong", "thoi-su", "xay-dung-dang", "tu-lieu", "kinh-te",
          "xa-hoi", "quoc-phong", "thoi-su", "xay-dung-dang", "kinh-te", "xa-hoi", "quoc-phong"]
ARTS = make_articles(5404, 124, _CYCLE, ["Huế", "Đông Hà", "Đồng Hới", "Hương Thủy", "Phong Điền", "Vĩnh Linh", "Quảng Trạch",
                                          "Lệ Thủy", "Triệu Phong", "Phú Vang"],
                     ["Hương Vinh", "Vĩnh Giang", "Quảng Phú", "Triệu Ái", "Phong Hiền", "Sen Thủy"], gap=(300, 1300))
for _a in ARTS:
    _a["id"] = 61000 + 11 * (len(ARTS) - _a["i"])
    _a["path"] = "/bai-viet/%s-%d.html" % (_a["slug"][:70].strip("-"), _a["id"])
BY_PATH = {a["path"]: a for a in ARTS}
LINKS = {1: ("Cổng thông tin điện tử tỉnh", "https://binhtrithien.gov.vn.example/"), 2: ("Báo Bình Trị Thiên", "https://baobtt.example/"),
         3: ("Đảng Cộng sản Việt Nam", "https://dangcongsan.example/")}
SID = "7D1F3A9C20B84E5F6A0C1D2E3F405162"


def cat(c):
    return in_cat(ARTS, c)


def sid_of(req):
    return ";jsessionid=" + SID if "JSESSIONID" not in req.env.get("HTTP_COOKIE", "") else ""


def shell(req, title, main, canonical=None, enc=""):
    nav = "".join('<li><a href="/danh-muc/%s%s">%s</a></li>' % (c, enc, E(CATS[c])) for c in MENU)
    links = "".join('<li><a href="/lien-ket/%d" target="_blank" rel="noopener">%s</a></li>' % (k, E(v[0])) for k, v in LINKS.items())
    return """<!DOCTYPE html>
<html lang="vi" xmlns:th="http://www.thymeleaf.org"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s</title>%s<link rel="stylesheet" href="/webjars/bootstrap/4.6.0/css/bootstrap.min.css"><link rel="stylesheet" href="/css/portal.css?v=2.3.1"></head>
<body><header class="header"><div class="container"><a class="brand" href="/%s"><img src="/images/logo-btt.png" alt="%s"></a>
<div class="top-links"><a href="/dang-nhap">Đăng nhập</a></div></div>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li><a href="/%s">Trang chủ</a></li>%s<li><a href="/tu-lieu/van-kien%s">Văn kiện - Tư liệu</a></li></ul></nav></header>
<div class="container main">%s</div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-8"><p>Trang thông tin điện tử Tỉnh ủy Bình Trị Thiên. Giấy phép số 27/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p>
<p>Địa chỉ: 16 Lê Lợi, thành phố Huế. Điện thoại: 0234.3822.123. <a href="/rss">RSS</a></p></div><div class="col-md-4"><h5>Liên kết</h5><ul>%s</ul></div></div></div></footer>
<script src="/webjars/jquery/3.6.0/jquery.min.js"></script><script src="/js/portal.js?v=2.3.1"></script></body></html>""" % (
        E(title), ('<link rel="canonical" href="%s">' % E(canonical)) if canonical else "", enc, E(SITE), enc, nav, enc, main, links)


def row(a, enc=""):
    return """<div class="media news-row"><a href="%s%s"><img class="mr-3" src="/upload/thumb/%s.jpg" alt=""></a><div class="media-body">
<h5 class="mt-0"><a href="%s%s">%s</a></h5><small class="text-muted">%s</small><p>%s</p></div></div>""" % (
        a["path"], enc, hexid(a["title"]), a["path"], enc, E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), E(a["sapo"]))


def home(req):
    enc = sid_of(req)
    main = ['<div class="row"><div class="col-md-8"><h2 class="block-title">Tin mới</h2>%s</div><div class="col-md-4"><h2 class="block-title">Tiêu điểm</h2>%s</div></div>' % (
        "".join(row(a, enc) for a in cat("thoi-su")[:6]), "".join(row(a, enc) for a in cat("xay-dung-dang")[:4]))]
    for c in MENU[2:]:
        main.append('<section class="block"><h2 class="block-title"><a href="/danh-muc/%s%s">%s</a></h2>%s</section>' % (
            c, enc, E(CATS[c]), "".join(row(a, enc) for a in cat(c)[:4])))
    headers = [("Set-Cookie", "JSESSIONID=%s; Path=/; HttpOnly" % SID)] if enc else []
    return html_resp(shell(req, SITE, "".join(main), "http://%s/" % req.host, enc), headers=headers)


SCROLL_JS = """<script>
(function () {
  // Infinite scroll: the server announces the next page in the HTTP Link header (PaginationLinkHeaderFilter).
  var list = document.getElementById('news-list'), sentinel = document.getElementById('sentinel'), next = null, busy = false;
  function parseNext(h) { var m = /<([^>]+)>;\\s*rel="next"/.exec(h || ''); return m ? m[1] : null; }
  function load(url) {
    busy = true;
    fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest' } }).then(function (r) {
      next = parseNext(r.headers.get('Link'));
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('#news-list .news-row').forEach(function (n) { list.appendChild(n); });
      busy = false;
      if (!next) sentinel.remove();
    });
  }
  new IntersectionObserver(function (e) {
    if (e[0].isIntersecting && !busy) { if (next === null) { load(location.href); } else if (next) { load(next); } }
  }).observe(sentinel);
})();
</script>"""


def link_header(req, c, n, last):
    base = "http://%s/danh-muc/%s" % (req.host, c)
    parts = []
    if n + 1 <= last:
        parts.append('<%s?page=%d&size=%d>; rel="next"' % (base, n + 1, SIZE))
    if n > 0:
        parts.append('<%s?page=%d&size=%d>; rel="prev"' % (base, n - 1, SIZE))
    parts.append('<%s?page=0&size=%d>; rel="first"' % (base, SIZE))
    parts.append('<%s?page=%d&size=%d>; rel="last"' % (base, last, SIZE))
    return ", ".join(parts)


def listing(req, c):
    items = cat(c)
    n = req.int_arg("page", 0)
    size = SIZE
    last = npages(len(items), size) - 1
    if n == 2:
        nap(req, 1.2)
    chunk = items[n * size:(n + 1) * size] if n >= 0 else []
    main = """<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">%s</li></ol></nav>
<h1 class="cat-title">%s</h1><div id="news-list">%s</div><div id="sentinel" class="infinite-scroll-sentinel" aria-hidden="true"><span class="spinner-border spinner-border-sm"></span> Đang tải…</div>%s""" % (
        E(CATS[c]), E(CATS[c]), "".join(row(a) for a in chunk) or '<p class="empty">Không có tin bài.</p>', SCROLL_JS)
    headers = [("Link", link_header(req, c, n, last))] if chunk else []
    body = shell(req, "%s - %s" % (CATS[c], SITE), main, "http://%s/danh-muc/%s%s" % (req.host, c, "?page=%d" % n if n else ""))
    body = body.replace("</title>", '</title><link rel="alternate" type="application/rss+xml" title="%s" href="/rss/%s.xml">' % (E(CATS[c]), c), 1)
    return html_resp(body, headers=headers)


def rss_index(req):
    rows = "".join('<tr><td>%s</td><td><a href="/rss/%s.xml">http://%s/rss/%s.xml</a></td></tr>' % (E(CATS[c]), c, req.host, c) for c in MENU)
    return html_resp(shell(req, "RSS - " + SITE, '<h1>Kênh RSS</h1><p>Mỗi kênh cung cấp 10 tin mới nhất.</p><table class="table">%s</table>' % rows))


def rss_feed(req, c):
    return text_resp(rss("http://" + req.host, CATS[c], "/danh-muc/" + c, [(a["path"], a["title"], a["date"], a["sapo"]) for a in cat(c)[:SIZE]]),
                     "application/rss+xml; charset=UTF-8")


def van_kien(req):
    out = ['<h1 class="cat-title">Văn kiện - Tư liệu</h1><p>Kho văn kiện số hóa của Đảng bộ tỉnh (%d tệp).</p><table class="table table-sm"><thead><tr><th>STT</th><th>Số, ký hiệu</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>' % DOCS]
    for k in range(1, DOCS + 1):
        out.append('<tr><td>%d</td><td>%d-CV/TU</td><td>Văn bản lưu trữ số %d năm %d</td><td><a href="/files/van-kien/%d/%06d.pdf">Tải về</a></td></tr>' % (
            k, 100 + k % 900, k, 1976 + k % 13, 1976 + k % 13, k))
    out.append('</tbody></table><h2 class="block-title">Bài viết tư liệu</h2>')
    out.append("".join(row(a) for a in cat("tu-lieu")))
    return html_resp(shell(req, "Văn kiện - Tư liệu - " + SITE, "".join(out), "http://%s/tu-lieu/van-kien" % req.host))


def article(req, a):
    c = a["cat"]
    rel = [b for b in cat(c) if b is not a][:5]
    crumb = '<a href="/danh-muc/%s">%s</a>' % (c, E(CATS[c])) if c in MENU else '<a href="/tu-lieu/van-kien">%s</a>' % E(CATS[c])
    main = """<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item">%s</li></ol></nav>
<article class="article-detail"><h1 class="article-title">%s</h1><div class="article-meta"><span class="date">Cập nhật: %s</span> <span class="view">Lượt xem: %d</span></div>
<div class="article-sapo"><strong>%s</strong></div><div class="article-body">%s<p class="text-right"><strong>%s</strong></p></div></article>
<section class="related"><h4>Tin cùng chuyên mục</h4><ul>%s</ul></section>""" % (
        crumb, E(a["title"]), a["date"].strftime("%H:%M %d/%m/%Y"), a["views"], E(a["sapo"]), body_paras(a), E(a["by"]),
        "".join('<li><a href="%s">%s</a> <small>(%s)</small></li>' % (b["path"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in rel))
    return html_resp(shell(req, a["title"], main, "http://%s%s" % (req.host, a["path"])))


def whitelabel(req, status=404, err="Not Found"):
    return html_resp("""<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p>
<div id='created'>Sat Nov 16 09:00:00 ICT 2024</div><div>There was an unexpected error (type=%s, status=%d).</div></body></html>""" % (err, status), status)


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /actuator/\nDisallow: /files/\n"


def handle(req):
    p = req.path.split(";")[0]                         # Tomcat strips ;jsessionid= path parameters
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/webjars/", "/css/", "/js/", "/images/", "/upload/", "/files/")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return home(req)
    m = re.match(r"^/danh-muc/([a-z-]+)$", p)
    if m and m.group(1) in MENU:
        return listing(req, m.group(1))
    if p == "/tu-lieu/van-kien":
        return van_kien(req)
    if p == "/rss":
        return rss_index(req)
    m = re.match(r"^/rss/([a-z-]+)\.xml$", p)
    if m and m.group(1) in MENU:
        return rss_feed(req, m.group(1))
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/lien-ket/(\d+)$", p)
    if m and int(m.group(1)) in LINKS:
        return moved(302, LINKS[int(m.group(1))][1])
    if p == "/dang-nhap":                              # CAS SSO misconfigured: login bounces forever
        return moved(302, "http://%s/cas/login?service=%s" % (req.host, quote("http://%s/dang-nhap" % req.host, safe="")))
    if p == "/cas/login":
        return moved(302, "http://%s/dang-nhap" % req.host)
    return whitelabel(req)


app = wsgi(handle, [("Server", "Apache-Coyote/1.1"), ("X-Application-Context", "portal:prod:8080")])


def _manifest():
    home_linked = set(a["path"] for a in cat("thoi-su")[:6] + cat("xay-dung-dang")[:4] + [b for c in MENU[2:] for b in cat(c)[:4]])
    arts = {a["path"]: {"title": a["title"], "aliases": [a["path"] + ";jsessionid=" + SID] if a["path"] in home_linked else []} for a in ARTS}
    return {
        "family": "Spring Boot + Thymeleaf on Tomcat: infinite-scroll listings whose next page is only in the HTTP Link header; 3 MB archive page; ;jsessionid=",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/actuator/", "/files/"],
        "trap_prefixes": [],
        "only_via": {"link-header": [a["path"] for c in MENU for a in cat(c)[SIZE:]]},
        "offsite_redirects": ["/lien-ket/%d" % k for k in LINKS],
        "redirect_loops": ["/dang-nhap"],
        "slow": ["/danh-muc/thoi-su?page=2&size=10"],
        "huge_pages": ["/tu-lieu/van-kien"],
        "notes": ("Articles /bai-viet/<slug>-<id>.html. Category pages /danh-muc/<c> (Spring Data, 0-based ?page=N&size=10) show 10 rows and "
                  "NO pager: a #sentinel div + IntersectionObserver script fetches the next page and reads it from the response's "
                  "Link header. Every non-empty listing response carries 'Link: <http://<host>/danh-muc/<c>?page=N+1&size=10>; "
                  "rel=\"next\", <…page=N-1…>; rel=\"prev\", <…page=0…>; rel=\"first\", <…page=LAST…>; rel=\"last\"' (no "
                  "<link rel=next> in the HTML). Items 11+ of the five categories (%d) are reachable only through that header "
                  "(related boxes show the newest 5 of the category). Past the end (?page=99): 200 'Không có tin bài.' without a "
                  "Link header. 'Văn kiện - Tư liệu' (/tu-lieu/van-kien, linked from the menu) is a single ~3 MB page: 20,000 "
                  "document rows (/files/…pdf, robots-disallowed) and then the %d 'Tư liệu' articles, linked nowhere else: a crawler "
                  "that truncates big pages loses them. page=2 of every category answers after 1.2 s. First visit (no JSESSIONID "
                  "cookie): the home page sets the cookie AND rewrites its links with ;jsessionid=<32 hex> (Tomcat encodeURL); "
                  "such URLs answer 200 with the same page (canonical without it). Hazards: 'Liên kết' /lien-ket/N 302 off-site; "
                  "'Đăng nhập' /dang-nhap 302 -> /cas/login?service=… 302 -> /dang-nhap (loop). Unknown URLs: Spring 'Whitelabel "
                  "Error Page' 404. RSS: /rss (footer) lists /rss/<c>.xml (10 newest = page 0 only; <link rel=alternate> on "
                  "category pages). No sitemap, no traps.") % (sum(len(cat(c)[SIZE:]) for c in MENU), len(cat("tu-lieu"))),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/danh-muc/thoi-su?page=99", "status": 200, "contains": "Không có tin bài."},
    {"path": "/danh-muc/xa-hoi", "status": 200, "not_contains": "page=1"},
    {"path": "/khong-co", "status": 404, "contains": "Whitelabel Error Page"},
    {"path": "/tu-lieu/van-kien", "status": 200, "contains": cat("tu-lieu")[-1]["title"]},
    {"path": "/dang-nhap", "status": 302, "location": "/cas/login?service=" + quote("http://replica.test:8080/dang-nhap", safe="")},
]
SUMMARY = {
    "chains": ["/danh-muc/<c>: 10 rows, next page only in HTTP 'Link: <…?page=N+1&size=10>; rel=\"next\"' (0-based)",
               "menu -> /tu-lieu/van-kien: 20,000 PDF rows, then the Tư liệu articles (3 MB page)"],
    "alias_kinds": [";jsessionid=<hex> on home-page links (200)"],
    "quirks": ["Link header pagination", "3 MB page", "slow page 2", "Tomcat ;jsessionid= rewriting", "Whitelabel 404", "CAS login loop", "off-site /lien-ket/"],
}
