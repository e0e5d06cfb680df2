"""Replica: Cổng Thông tin điện tử Đảng bộ tỉnh Quảng Nam - Đà Nẵng on the "sphere" smartcloud Java portal
(uuid URLs *.cpx, Bootstrap 4 cards, span.time[data-time=<epoch ms>]).  Category pages show 12 cards and a 'Xem thêm'
button whose data-url + data-offset (+ data-limit) build a GET that returns an HTML fragment; the 'Thông báo' box is a
JSONP widget (<script src="…?callback=renderThongBao">); an m. subdomain mirrors articles with a canonical back.

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

SITE = "Cổng Thông tin điện tử Đảng bộ tỉnh Quảng Nam - Đà Nẵng"
P = "/sphere/qnd/page"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "kinh-te-xa-hoi": "Kinh tế - Xã hội", "thong-bao": "Thông báo"}
CAT_UUID = {c: hexid("qnd-cat-" + c, 24) for c in CATS}
UUID_CAT = {v: k for k, v in CAT_UUID.items()}
MENU = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi"]
JSONP_CAT = "thong-bao"
SHOW = 12                                 # cards server-rendered on a category page; 'Xem thêm' adds 12 more each time
_CYCLE = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "thoi-su", "xay-dung-dang", "thoi-su", "kinh-te-xa-hoi", "xay-dung-dang",
          "thong-bao", "thoi-su", "kinh-te-xa-hoi", "xay-dung-dang", "thoi-su", "kinh-te-xa-hoi", "thoi-su", "xay-dung-dang",
          "kinh-te-xa-hoi", "thong-bao"]
ARTS = make_articles(6303, 110, _CYCLE,
                     ["Tam Kỳ", "Hội An", "Điện Bàn", "Thăng Bình", "Hòa Vang", "Duy Xuyên", "Quế Sơn", "Tiên Phước", "Núi Thành",
                      "Đại Lộc"],
                     ["Điện Nam", "Bình Triều", "Hòa Tiến", "Duy Sơn", "Quế Xuân", "Tam Hiệp"], gap=(600, 2100))
for _a in ARTS:
    _a["uuid"] = hexid("qnd-art-%d" % _a["i"], 24)
    _a["ms"] = int((_a["date"] - datetime(1970, 1, 1) - timedelta(hours=7)).total_seconds()) * 1000
BY_UUID = {a["uuid"]: a for a in ARTS}


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def apath(a):
    return "%s/xem-tin.cpx?uuid=%s" % (P, a["uuid"])


def cpath(c):
    return "%s/chuyen-muc.cpx?uuid=%s" % (P, CAT_UUID[c])


def more_url(c):
    return "/sphere/qnd/widget/danh-sach-tin.cpx?cat=%s" % CAT_UUID[c]


def dot(d):
    return d.strftime("%d.%m.%Y")


# ---------------------------------------------------------------- layout
def lang_vi_href(req):
    if req.q.get("lang") == "vi":
        return req.uri
    return req.uri + ("&" if req.qs else "?") + "lang=vi"


def shell(req, title, main, extra_head="", side=True):
    menu = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (cpath(c), E(CATS[c])) for c in MENU)
    newest = [a for a in ARTS if a["cat"] != JSONP_CAT][:6]
    side_html = ""
    if side:
        side_html = """<div class="col-sm-3"><div class="card card-box"><div class="card-header"><span class="title">Tin mới</span></div><div class="card-body"><ul class="list-unstyled">%s</ul></div></div>
<div class="card card-box"><div class="card-header"><span class="title">Lịch công tác</span></div><div class="card-body"><a href="%s/lich-cong-tac.cpx?t=%d">Lịch công tác tuần này</a></div></div>
<div class="card card-box"><div class="card-header"><span class="title">Đăng ký nhận tin</span></div><div class="card-body"><form method="post" action="/sphere/smartcloud/mail/marketing.cpx"><input type="email" name="email" class="form-control" placeholder="Email của bạn"><button type="submit" class="btn btn-primary btn-sm">Đăng ký</button></form></div></div></div>""" % (
            "".join('<li><a href="%s">%s</a> <span class="time" data-time="%d">%s</span></li>' % (apath(a), E(a["title"]), a["ms"], dot(a["date"])) for a in newest),
            P, week_ms(TODAY))
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>%s</title>
<link rel="stylesheet" href="/sphere/qnd/resources/css/bootstrap.min.css"><link rel="stylesheet" href="/sphere/qnd/resources/css/portal.css?v=3.2">
<script src="/sphere/qnd/resources/js/jquery-3.4.1.min.js"></script>%s</head>
<body><div class="container">
<div class="header row"><div class="col-sm-9"><a href="%s/trang-chu.cpx"><img src="/sphere/qnd/resources/images/banner.png" alt="%s"></a></div>
<div class="col-sm-3 text-right lang"><a href="%s">VI</a> | <a href="/sphere/qnd-en/page/home.cpx">EN</a><br><span class="today">Thứ Bảy, 06/07/2024</span></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="%s/trang-chu.cpx">Trang chủ</a></li>%s</ul></nav>
<div class="row body"><div class="%s">%s</div>%s</div>
<footer class="row footer"><div class="col-sm-12"><p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Quảng Nam - Đà Nẵng. Địa chỉ: 02 Trần Phú, Đà Nẵng.</p>
<p>Ghi rõ nguồn &quot;Cổng TTĐT Đảng bộ tỉnh Quảng Nam - Đà Nẵng&quot; khi phát hành lại thông tin từ Cổng này. <a href="http://m.%s/">Phiên bản di động</a></p><p class="powered">Powered by sphere smartcloud</p></div></footer>
</div>
<script>
$(document).on('click', '.btn-more', function () {
  var $b = $(this);
  $b.prop('disabled', true).text('Đang tải...');
  $.get($b.data('url') + '&offset=' + $b.data('offset') + '&limit=' + $b.data('limit'), function (html) {
    $b.replaceWith(html);
  });
});
$('span.time[data-time]').each(function () { var d = new Date(parseInt($(this).data('time'), 10)); $(this).attr('title', d.toLocaleString('vi-VN')); });
</script>
</body></html>""" % (E(title), extra_head, P, E(SITE), E(lang_vi_href(req)), P, menu, "col-sm-9" if side else "col-sm-12", main, side_html, req.host)


def week_ms(d):
    monday = datetime(d.year, d.month, d.day) - timedelta(days=d.weekday())
    return int((monday - datetime(1970, 1, 1) - timedelta(hours=7)).total_seconds()) * 1000


def card(a):
    return """<div class="cw-item row"><div class="col-4"><a href="%s"><div class="img-news"><img src="/sphere/qnd/upload/%s.jpg" alt="%s"></div></a></div>
<div class="col-8 cwi-caption"><h2 class="cwi-title"><a href="%s">%s</a></h2><span class="time" data-time="%d">%s</span><p class="cwi-brief">%s</p></div></div>""" % (
        apath(a), a["uuid"], E(a["title"]), apath(a), E(a["title"]), a["ms"], dot(a["date"]), E(a["sapo"]))


def more_button(c, offset):
    return '<div class="text-center more-wrap"><button type="button" class="btn btn-outline-danger btn-more" data-url="%s" data-offset="%d" data-limit="%d">Xem thêm</button></div>' % (
        E(more_url(c)), offset, SHOW)


def home(req):
    tops = [a for a in ARTS if a["cat"] == "thoi-su"][:4]
    blocks = ['<div class="card card-box tieu-diem"><div class="card-header"><span class="title">Tiêu điểm</span></div><div class="card-body">%s</div></div>' % "".join(card(a) for a in tops)]
    for c in MENU:
        blocks.append('<div class="card card-box list-news-box"><div class="card-header"><a href="%s"><span class="title">%s</span></a></div><div class="card-body">%s</div></div>' % (
            cpath(c), E(CATS[c]), "".join(card(a) for a in in_cat(c)[:4])))
    blocks.append("""<div class="card card-box" id="tb-widget"><div class="card-header"><span class="title">Thông báo</span></div><div class="card-body" id="tb-list">Đang tải...</div></div>
<script>
function renderThongBao(d) {
  var h = '';
  d.items.forEach(function (x) { h += '<li><a href="' + x.url + '">' + x.title + '</a> <span class="time" data-time="' + x.time + '"></span></li>'; });
  document.getElementById('tb-list').innerHTML = '<ul class="list-unstyled">' + h + '</ul>';
}
</script>
<script src="/sphere/qnd/api/thong-bao.cpx?limit=20&amp;callback=renderThongBao"></script>""")
    return html_resp(shell(req, SITE, "".join(blocks), '<link rel="canonical" href="%s%s/trang-chu.cpx">' % (req.base, P)), ctype="text/html;charset=UTF-8")


def category(req, c):
    items = in_cat(c)
    main = '<div class="card card-box"><div class="card-header"><span class="title">%s</span></div><div class="card-body related-content"><div class="row cat-content"><div class="col-12">%s%s</div></div></div></div>' % (
        E(CATS[c]), "".join(card(a) for a in items[:SHOW]), more_button(c, SHOW) if len(items) > SHOW else "")
    return html_resp(shell(req, "%s - %s" % (CATS[c], SITE), main, '<link rel="canonical" href="%s%s">' % (req.base, cpath(c))), ctype="text/html;charset=UTF-8")


def more(req):
    c = UUID_CAT.get(req.q.get("cat", ""))
    if not c or c == JSONP_CAT:
        return html_resp("", ctype="text/html;charset=UTF-8")
    off = max(0, req.int_arg("offset", 0))
    lim = max(1, min(50, req.int_arg("limit", SHOW)))
    items = in_cat(c)
    chunk = items[off:off + lim]
    if not chunk:
        return html_resp("", ctype="text/html;charset=UTF-8")                  # past the end: empty 200
    tail = more_button(c, off + lim) if off + lim < len(items) else '<p class="text-center text-muted end">Đã hiển thị toàn bộ tin trong chuyên mục.</p>'
    return html_resp("".join(card(a) for a in chunk) + tail, ctype="text/html;charset=UTF-8")


def jsonp(req):
    cb = req.q.get("callback", "")
    lim = max(1, min(50, req.int_arg("limit", 10)))
    items = [{"uuid": a["uuid"], "title": a["title"], "url": req.base + apath(a), "time": a["ms"]} for a in in_cat(JSONP_CAT)[:lim]]
    data = json.dumps({"total": len(in_cat(JSONP_CAT)), "items": items}, ensure_ascii=False)
    if not re.match(r"^[A-Za-z_$][\w$.]*$", cb):
        return json_resp({"total": len(in_cat(JSONP_CAT)), "items": items})
    return 200, [("Content-Type", "application/javascript;charset=UTF-8")], "/**/%s(%s);" % (cb, data)


def article(req, a):
    same = [b for b in in_cat(a["cat"]) if b is not a][:6]
    cat_crumb = ('<a href="%s">%s</a>' % (cpath(a["cat"]), E(CATS[a["cat"]]))) if a["cat"] != JSONP_CAT else E(CATS[a["cat"]])
    body = "".join('<p style="text-align: justify;" data-mce-style="text-align: justify;">%s</p>' % E(p) for p in a["paras"])
    main = """<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="%s/trang-chu.cpx">Trang chủ</a></li><li class="breadcrumb-item">%s</li></ol></nav>
<div class="card card-box"><div class="card-header"><img src="/sphere/qnd/resources/images/icon-news.png" alt=""><span class="title">Chi tiết tin</span></div>
<div class="card-body"><div class="item content" id="detail-item"><h4 class="title">%s</h4>
<div class="item-info"><span class="time" data-time="%d">%s</span> <span class="hour">%s</span><div class="float-right"><audio id="audio-player" preload="none"></audio><a href="javascript:void(0)" class="read-article">Đọc bài viết</a> | <a href="%s/print.cpx?uuid=%s" target="_blank">In bài</a> | <button class="btn btn-sm font-minus">A-</button><button class="btn btn-sm font-plus">A+</button></div></div>
<div class="brief"><strong>%s</strong></div>
<div class="content"><p style="text-align: center;" data-mce-style="text-align: center;"><img src="/sphere/qnd/upload/%s.jpg" alt="%s"></p><p style="text-align: center;"><em>%s</em></p>%s
<p style="text-align: right;" data-mce-style="text-align: right;"><strong>%s</strong></p></div></div>
<div class="share"><div class="fb-share-button" data-href="%s%s" data-layout="button_count"></div> Đánh giá: <span class="stars">★★★★☆</span></div></div></div>
<div class="card card-box list-news-box"><div class="card-header"><span class="title">Các tin khác</span></div><div class="related-content"><div class="row cat-content">%s</div></div></div>""" % (
        P, cat_crumb, E(a["title"]), a["ms"], dot(a["date"]), a["date"].strftime("%H:%M"), P, a["uuid"], E(a["sapo"]), a["uuid"], E(a["title"]),
        E(a["cap"]), body, E(a["by"]), req.base, apath(a),
        "".join('<div class="col-sm-4 cw-item"><a href="%s"><div class="img-news"><img src="/sphere/qnd/upload/%s.jpg" alt=""></div></a><div class="cwi-caption"><h2 class="cwi-title"><a href="%s">%s</a></h2><p class="cwi-download">%d lượt xem</p></div></div>' % (
            apath(b), b["uuid"], apath(b), E(b["title"]), b["views"]) for b in same))
    head = """<link rel="canonical" href="%s%s">
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://m.%s%s">
<meta property="og:title" content="%s"><meta property="og:url" content="%s%s">""" % (req.base, apath(a), req.host, apath(a), E(a["title"]), req.base, apath(a))
    return html_resp(shell(req, a["title"], main, head), ctype="text/html;charset=UTF-8")


def print_page(req, a):
    return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s</title></head><body onload="window.print()"><div class="print-view-content content"><h4>%s</h4><p>%s</p><p><strong>%s</strong></p>%s<p style="text-align:right"><strong>%s</strong></p></div></body></html>' % (
        E(a["title"]), E(a["title"]), dot(a["date"]), E(a["sapo"]), "".join("<p>%s</p>" % E(p) for p in a["paras"]), E(a["by"])), ctype="text/html;charset=UTF-8")


def calendar(req):
    t = req.int_arg("t", week_ms(TODAY))
    start = datetime(1970, 1, 1) + timedelta(hours=7, milliseconds=t)
    start = datetime(start.year, start.month, start.day) - timedelta(days=start.weekday())
    rows = "".join('<tr><td>%s, %s</td><td>%s</td></tr>' % (THU[k], (start + timedelta(days=k)).strftime("%d/%m/%Y"),
                                                           "Làm việc tại cơ quan" if k < 5 else "Nghỉ") for k in range(7))
    prev_ms, next_ms = week_ms(start - timedelta(days=7)), week_ms(start + timedelta(days=7))
    main = '<div class="card card-box"><div class="card-header"><span class="title">Lịch công tác tuần %s - %s</span></div><div class="card-body"><table class="table">%s</table><a href="%s/lich-cong-tac.cpx?t=%d">« Tuần trước</a> | <a href="%s/lich-cong-tac.cpx?t=%d">Tuần sau »</a></div></div>' % (
        start.strftime("%d/%m/%Y"), (start + timedelta(days=6)).strftime("%d/%m/%Y"), rows, P, prev_ms, P, next_ms)
    return html_resp(shell(req, "Lịch công tác", main), ctype="text/html;charset=UTF-8")


# ---------------------------------------------------------------- mobile host m.<host>
def mobile(req):
    main_base = "%s://%s" % (req.scheme, req.host[2:])
    if req.path == "/" or req.path == P + "/trang-chu.cpx":
        lst = "".join('<li><a href="%s">%s</a> <small>%s</small></li>' % (apath(a), E(a["title"]), dot(a["date"])) for a in [b for b in ARTS if b["cat"] != JSONP_CAT][:10])
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><title>%s</title><link rel="canonical" href="%s%s/trang-chu.cpx"></head><body class="mobile"><h1>%s</h1><ul>%s</ul><p><a href="%s%s/trang-chu.cpx">Phiên bản đầy đủ</a></p></body></html>' % (
            E(SITE), main_base, P, E(SITE), lst, main_base, P), ctype="text/html;charset=UTF-8")
    if req.path == P + "/xem-tin.cpx" and req.q.get("uuid") in BY_UUID:
        a = BY_UUID[req.q["uuid"]]
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><title>%s</title><link rel="canonical" href="%s%s"></head><body class="mobile"><a href="/">Trang chủ</a><h1>%s</h1><p class="time">%s</p><p><strong>%s</strong></p>%s<p style="text-align:right"><strong>%s</strong></p><p><a href="%s%s">Xem phiên bản đầy đủ</a></p></body></html>' % (
            E(a["title"]), main_base, apath(a), E(a["title"]), dot(a["date"]), E(a["sapo"]), "".join("<p>%s</p>" % E(p) for p in a["paras"]), E(a["by"]), main_base, apath(a)),
            ctype="text/html;charset=UTF-8")
    return html_resp("<html><body><h1>404</h1></body></html>", 404)


ROBOTS = """User-agent: *
Disallow: /sphere/qnd/page/print.cpx
Disallow: /sphere/smartcloud/
Disallow: /sphere/qnd/admin/
"""


def handle(req):
    if req.host.startswith("m."):
        if req.path == "/robots.txt":
            return text_resp(ROBOTS)
        return mobile(req)
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith("/sphere/qnd/resources/") or p.startswith("/sphere/qnd/upload/"):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p in ("/", "/sphere/qnd", "/sphere/qnd/", P, P + "/"):
        return moved(302, req.base + P + "/trang-chu.cpx", [("Set-Cookie", "JSESSIONID=%s; Path=/; HttpOnly" % hexid(req.uri, 32).upper())])
    if p == P + "/trang-chu.cpx":
        return home(req)
    if p == P + "/chuyen-muc.cpx":
        c = UUID_CAT.get(req.q.get("uuid", ""))
        if not c or c == JSONP_CAT:
            return html_resp(shell(req, "Thông báo", '<div class="alert alert-warning">Không tìm thấy chuyên mục.</div>'), 404, ctype="text/html;charset=UTF-8")
        return category(req, c)
    if p == P + "/xem-tin.cpx":
        a = BY_UUID.get(req.q.get("uuid", ""))
        if not a:
            return html_resp(shell(req, "Thông báo", '<div class="alert alert-warning">Tin bài không tồn tại hoặc đã bị gỡ.</div>'), 404, ctype="text/html;charset=UTF-8")
        return article(req, a)
    if p == P + "/print.cpx" and req.q.get("uuid") in BY_UUID:
        return print_page(req, BY_UUID[req.q["uuid"]])
    if p == "/sphere/qnd/widget/danh-sach-tin.cpx":
        return more(req)
    if p == "/sphere/qnd/api/thong-bao.cpx":
        return jsonp(req)
    if p == P + "/lich-cong-tac.cpx":
        return calendar(req)
    if p == "/sphere/qnd-en/page/home.cpx":
        return html_resp('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Quang Nam - Da Nang Party Committee</title></head><body><h1>Quang Nam - Da Nang Provincial Party Committee</h1><p>The English version is under construction.</p><p><a href="%s/trang-chu.cpx">Tiếng Việt</a></p></body></html>' % P,
                         ctype="text/html;charset=UTF-8")
    if p == "/sphere/smartcloud/mail/marketing.cpx" and req.method == "POST":
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng ký nhận tin</title></head><body><p>Cảm ơn bạn đã đăng ký nhận tin.</p><p><a href="%s/trang-chu.cpx">Về trang chủ</a></p></body></html>' % P,
                         ctype="text/html;charset=UTF-8")
    return html_resp(shell(req, "Lỗi 404", '<div class="alert alert-danger">Trang bạn tìm không tồn tại.</div>'), 404, ctype="text/html;charset=UTF-8")


app = wsgi(handle, [("Server", "nginx"), ("X-Powered-By", "sphere/5.2 (smartcloud)")])


def _manifest():
    arts = {apath(a): {"title": a["title"], "aliases": [apath(a) + "&lang=vi", "%s/print.cpx?uuid=%s" % (P, a["uuid"])]} for a in ARTS}
    offset_only = [apath(a) for c in MENU for a in in_cat(c)[SHOW:]]
    return {
        "family": "sphere smartcloud Java portal (uuid .cpx URLs): data-url + data-offset GET load-more fragments, JSONP 'Thông báo' widget, m. subdomain",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/sphere/qnd/page/print.cpx", "/sphere/smartcloud/", "/sphere/qnd/admin/"],
        "trap_prefixes": [P + "/lich-cong-tac.cpx"],
        "only_via": {
            "data-offset": offset_only,                          # 'Xem thêm' fragments beyond the first 12 of each category
            "jsonp": [apath(a) for a in in_cat(JSONP_CAT)],      # 'Thông báo' JSONP widget on the home page
        },
        "mobile_host": {"prefix": "m.", "sample": [apath(a) for a in ARTS[:3]]},
        "notes": ("'/' 302s to /sphere/qnd/page/trang-chu.cpx (sets JSESSIONID; cookies are not needed). Articles "
                  "/sphere/qnd/page/xem-tin.cpx?uuid=<24 hex>; categories /sphere/qnd/page/chuyen-muc.cpx?uuid=<24 hex> render 12 cards "
                  "and <button class=btn-more data-url=\"/sphere/qnd/widget/danh-sach-tin.cpx?cat=<uuid>\" data-offset=12 data-limit=12>; "
                  "a jQuery handler GETs data-url + '&offset=' + data-offset + '&limit=' + data-limit and replaces the button with the "
                  "returned HTML fragment (12 cards + the next button with data-offset+12, or 'Đã hiển thị toàn bộ tin' at the end; "
                  "past the end an empty 200). Without offset the endpoint returns the first 12. %d articles (items 13+ of Thời sự, Xây "
                  "dựng Đảng, Kinh tế - Xã hội) are reachable only that way. 'Thông báo' (%d articles) has no menu entry and no listing "
                  "(its chuyen-muc.cpx is 404): the home page box is filled by a JSONP widget <script "
                  "src=\"/sphere/qnd/api/thong-bao.cpx?limit=20&callback=renderThongBao\"> answering "
                  "application/javascript '/**/renderThongBao({\"total\":…,\"items\":[{\"url\":…}]});'. Dates are 'dd.mm.yyyy' with "
                  "span.time[data-time=<epoch ms>]. The m. subdomain (http://m.<host>/, linked from the footer and from <link "
                  "rel=alternate media=…> on articles) serves light copies (home: newest 10 only) whose <link rel=canonical> points back to the main host: "
                  "another host, out of scope for the manifest (a crawler may follow or ignore it; it must not count its pages as new "
                  "articles). Aliases: &lang=vi (the 'VI' language link appends it to the current URL; 200 same article), print.cpx "
                  "(robots-disallowed). Trap: 'Lịch công tác' week view lich-cong-tac.cpx?t=<epoch ms of a Monday> with « Tuần trước / "
                  "Tuần sau » forever. POST sign-up form /sphere/smartcloud/mail/marketing.cpx (robots-disallowed path). No sitemap.")
                 % (len(offset_only), len(in_cat(JSONP_CAT))),
    }


MANIFEST = _manifest()
_c = "thoi-su"
SELFTEST = [
    {"path": "/", "status": 302, "location": P + "/trang-chu.cpx"},
    {"path": more_url(_c) + "&offset=12&limit=12", "status": 200, "contains": in_cat(_c)[12]["title"]},
    {"path": more_url(_c) + "&offset=%d&limit=12" % (len(in_cat(_c)) + 12), "status": 200, "empty": True},
    {"path": more_url(_c) + "&offset=%d&limit=12" % (len(in_cat(_c)) - 1), "status": 200, "contains": "Đã hiển thị toàn bộ tin"},
    {"path": "/sphere/qnd/api/thong-bao.cpx?limit=20&callback=renderThongBao", "status": 200, "contains": "renderThongBao("},
    {"path": cpath(JSONP_CAT), "status": 404},
    {"path": cpath(_c), "status": 200, "not_contains": in_cat(_c)[12]["title"]},
]
SUMMARY = {
    "chains": ["chuyen-muc.cpx: 12 cards + <button data-url data-offset data-limit> -> danh-sach-tin.cpx?cat=&offset=&limit= HTML fragments",
               "home <script src=api/thong-bao.cpx?callback=renderThongBao> JSONP (only route to Thông báo)",
               "m.<host> mirror with canonical back (out of scope)"],
    "alias_kinds": ["&lang=vi (200)", "print.cpx (robots-disallowed)"],
    "quirks": ["epoch-ms data-time", "JSONP", "m. subdomain", "week calendar trap with epoch-ms parameter"],
}
