"""Replica: Trang thông tin điện tử Tỉnh ủy Gia Lai - Kon Tum on a VHV-style CMS (Mongo ObjectId ids, ModuleWrapper
markup).  The home page fills three AJAX tabs with jQuery .load('/Ajax/Tab?id=' + $(this).data('id')) and a 'Tin nhanh'
ticker from fetch('/Ajax/TinNhanh?top=30') (JSON); those are the only routes to four categories.  Hazards: a login
redirect loop, 'Liên kết' links that 302 off-site, and a poll whose result links mint a new session id every time.

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

SITE = "Trang thông tin điện tử Tỉnh ủy Gia Lai - Kon Tum"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "mat-tran-doan-the": "Mặt trận - Đoàn thể",
        "guong-sang": "Gương sáng", "quoc-phong-an-ninh": "Quốc phòng - An ninh", "tin-nhanh": "Tin nhanh"}
MENU = ["thoi-su", "xay-dung-dang"]
TABS = {21: "mat-tran-doan-the", 22: "guong-sang", 23: "quoc-phong-an-ninh"}
TICKER = "tin-nhanh"
PER = 10
_CYCLE = ["thoi-su", "xay-dung-dang", "mat-tran-doan-the", "thoi-su", "tin-nhanh", "guong-sang", "thoi-su", "xay-dung-dang",
          "quoc-phong-an-ninh", "thoi-su", "mat-tran-doan-the", "xay-dung-dang", "thoi-su", "tin-nhanh", "guong-sang",
          "xay-dung-dang", "quoc-phong-an-ninh", "thoi-su", "mat-tran-doan-the", "xay-dung-dang"]
ARTS = make_articles(9606, 118, _CYCLE,
                     ["Pleiku", "Kon Tum", "An Khê", "Ayun Pa", "Chư Sê", "Đăk Hà", "Ngọc Hồi", "Kbang", "Chư Prông", "Đăk Tô"],
                     ["Ia Kring", "Đăk Cấm", "Ia Băng", "Sa Bình", "Hà Bầu", "Đăk Rơ Wa"], gap=(500, 2000))
LINKS = {3: ("Cổng thông tin điện tử tỉnh", "https://gialaikontum.gov.vn.example/"), 4: ("Báo Gia Lai - Kon Tum", "https://baoglkt.example/"),
         5: ("Đài PT-TH tỉnh", "https://ptth-glkt.example/")}
for _a in ARTS:
    _a["oid"] = "66%s" % hexid("glkt-%d" % _a["i"], 22)
    _a["path"] = "/tin-tuc/%s.html" % _a["slug"]
BY_PATH = {a["path"]: a for a in ARTS}
BY_OID = {a["oid"]: a for a in ARTS}


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def ms(d):
    return int((d - datetime(1970, 1, 1) - timedelta(hours=7)).total_seconds()) * 1000


# ---------------------------------------------------------------- layout
def poll_box(req):
    sid = hexid("sid|" + req.uri, 20)
    return """<div class="ModuleWrapper" moduleRootId="poll5"><div class="panel panel-default"><div class="panel-heading"><div class="panel-title">Thăm dò ý kiến</div></div>
<div class="panel-body"><p>Bạn đánh giá thế nào về chất lượng sinh hoạt chi bộ ở cơ sở?</p><ul class="list-unstyled"><li>Tốt</li><li>Khá</li><li>Cần cải thiện</li></ul>
<a class="btn btn-default btn-sm" href="/binh-chon/ket-qua?pollId=5&amp;sid=%s">Xem kết quả</a></div></div></div>""" % sid


def shell(req, title, main, canonical=None, head=""):
    menu = "".join('<li><a href="/%s.html">%s</a></li>' % (c, E(CATS[c])) for c in MENU)
    popular = [a for c in MENU for a in in_cat(c)[1:9:3]]
    links = "".join('<li><a href="/Link/Go?id=%d" target="_blank">%s</a></li>' % (k, E(v[0])) for k, v in LINKS.items())
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s%s
<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/templates/glkt/css/style.css?v=1.0.12">
<script src="/3rdparty/jquery/jquery-1.11.3.min.js"></script><script src="/js/vhv.min.js?v=4.2"></script></head>
<body><div id="wrapper" class="container">
<div class="header"><a href="/"><img src="/upload/glkt/banner.png" alt="%s"></a><div class="topbar"><span class="date">Thứ Bảy, ngày 06/07/2024</span> | <a href="/dang-nhap">Đăng nhập</a></div></div>
<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li>%s</ul></nav>
<div class="row"><div class="col-md-8">%s</div>
<div class="col-md-4"><div class="ModuleWrapper" moduleRootId="docnhieu"><div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Đọc nhiều</div></div>
<section class="section-list"><ul>%s</ul></section></div></div>%s
<div class="ModuleWrapper" moduleRootId="lienket"><div class="panel panel-default"><div class="panel-heading"><div class="panel-title">Liên kết</div></div><ul>%s</ul></div></div></div></div>
<footer class="footer"><p>Trang thông tin điện tử Tỉnh ủy Gia Lai - Kon Tum. Cơ quan chủ quản: Văn phòng Tỉnh ủy. Giấy phép số 08/GP-TTĐT.</p><p>Địa chỉ: 02 Hùng Vương, thị xã Pleiku. Thiết kế bởi VHV.</p></footer></div>
<script>
function printArticle(id) { window.open('/print/' + id, 'print', 'width=900,height=650'); }
</script>
</body></html>""" % (E(title), ('<link rel="canonical" href="%s">' % E(canonical)) if canonical else "", head, E(SITE), menu, main,
                     "".join('<li><article class="list-news-one"><h2 class="h4 title"><a href="%s">%s</a></h2></article></li>' % (a["path"], E(a["title"])) for a in popular),
                     poll_box(req), links)


def row(a):
    return """<article class="item-block listNewSmall"><div class="post-item row"><figure class="post-image col-xs-4"><a href="%s"><img class="lazy" data-original="/upload/glkt/news/%s.jpg" src="/images/blank.gif" alt="%s"></a></figure>
<div class="post-title col-xs-8"><h4 class="entry-title"><a href="%s">%s</a></h4><span class="date">(<time class="post-date" datetime="%s">%s</time>)</span><div class="post-content">%s</div></div></div></article>""" % (
        a["path"], a["oid"], E(a["title"]), a["path"], E(a["title"]), iso(a["date"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"]))


def home(req):
    top = in_cat("thoi-su")[:5]
    main = ['<div class="ModuleWrapper" moduleRootId="ticker"><div class="ticker"><strong>Tin nhanh:</strong> <span id="ticker-list">…</span></div></div>',
            '<div class="ModuleWrapper" moduleRootId="noibat"><div class="listNewsType1 Article-News">%s</div></div>' % "".join(row(a) for a in top)]
    for c in MENU:
        main.append('<div class="ModuleWrapper" moduleRootId="cat-%s"><div class="panel"><div class="panel-heading"><a href="/%s.html">%s</a></div><div class="listNewsType1 Article-News">%s</div></div></div>' % (
            c, c, E(CATS[c]), "".join(row(a) for a in in_cat(c)[:6])))
    main.append("""<div class="ModuleWrapper" moduleRootId="tabs"><ul class="nav nav-tabs" id="homeTabs">%s</ul><div id="tab-pane" class="tab-content">Đang tải...</div></div>
<script>
$('#homeTabs a').on('click', function (e) {
  e.preventDefault();
  $('#homeTabs li').removeClass('active');
  $(this).parent().addClass('active');
  $('#tab-pane').load('/Ajax/Tab?id=' + $(this).data('id'));
});
$('#homeTabs a:first').trigger('click');
fetch('/Ajax/TinNhanh?top=30').then(function (r) { return r.json(); }).then(function (d) {
  document.getElementById('ticker-list').innerHTML = d.Data.map(function (x) { return '<a href="' + x.Url + '">' + x.Title + '</a>'; }).join(' &bull; ');
});
</script>""" % "".join('<li%s><a href="#tab-pane" data-id="%d">%s</a></li>' % (' class="active"' if k == 21 else "", k, E(CATS[c])) for k, c in TABS.items()))
    return html_resp(shell(req, SITE, "".join(main), "http://%s/" % req.host))


def tab(req):
    c = TABS.get(req.int_arg("id", 0))
    if not c:
        return html_resp("")
    return html_resp('<div class="tab-pane active"><div class="listNewsType1 Article-News">%s</div></div>' % "".join(row(a) for a in in_cat(c)))


def ticker(req):
    top = max(1, min(50, req.int_arg("top", 10)))
    data = [{"Id": a["oid"], "Title": a["title"], "Url": "http://%s%s" % (req.host, a["path"]), "PublishDate": "/Date(%d)/" % ms(a["date"])}
            for a in in_cat(TICKER)[:top]]
    return json_resp({"Success": True, "Data": data, "Total": len(in_cat(TICKER))})


def listing(req, c):
    items = in_cat(c)
    n = req.int_arg("page", 1)
    last = npages(len(items), PER)
    chunk = items[(n - 1) * PER:n * PER] if n >= 1 else []
    pages = []
    if chunk and last > 1:
        for p in pager_window(n, last, 2):
            if p is None:
                pages.append('<li class="disabled"><span>...</span></li>')
            elif p == n:
                pages.append('<li class="active"><span>%d</span></li>' % p)
            else:
                pages.append('<li><a href="?page=%d">%d</a></li>' % (p, p))
        if n < last:
            pages.append('<li><a href="?page=%d" aria-label="Next">»</a></li>' % (n + 1))
    main = """<div class="pathway-category"><ol class="breadcrumb"><li class="first-item"><a href="/">Trang chủ</a></li><li class="last-item"><a href="/%s.html">%s</a></li></ol></div>
<div class="ModuleWrapper" moduleRootId="17"><div class="listNewsType1 Article-News">%s</div><div id="pagination17" class="default-pagination"><ul class="pagination">%s</ul></div></div>""" % (
        c, E(CATS[c]), "".join(row(a) for a in chunk) or '<p class="empty">Chưa có dữ liệu.</p>', "".join(pages))
    return html_resp(shell(req, "%s - %s" % (CATS[c], SITE), main, "http://%s/%s.html%s" % (req.host, c, "?page=%d" % n if n > 1 else "")))


def article(req, a):
    c = a["cat"]
    same = [b for b in in_cat(c) if b is not a]
    if c in MENU:
        k = next((i for i, b in enumerate(same) if b["date"] < a["date"]), len(same))
        related = same[max(0, k - 2):k + 3]
    else:
        related = same[:5]                             # tab / ticker categories: the newest of the same category
    crumb = ('<a href="/%s.html" itemprop="item"><span itemprop="name">%s</span></a>' % (c, E(CATS[c]))) if c in MENU else '<span itemprop="name">%s</span>' % E(CATS[c])
    body = "".join('<p style="text-align: justify;">%s</p>' % E(p) for p in a["paras"][:3])
    body += '<p style="text-align: center;"><img src="/upload/glkt/news/%s_1.jpg" alt="%s ảnh 1"></p><p style="text-align: center;"><em>%s</em></p>' % (a["oid"], E(a["title"]), E(a["cap"]))
    body += "".join('<p style="text-align: justify;">%s</p>' % E(p) for p in a["paras"][3:])
    main = """<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">%s<meta itemprop="position" content="2"></li></ol></div>
<div id="module17" class="ModuleWrapper" moduleRootId="17"><article id="article17" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="%s">
<header><span class="post-date">%s | %s</span><div class="block_share"><a href="javascript:void(0)" class="font-size-minus">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)" class="font-size-plus">A+</a> <a href="javascript:printArticle('%s')">In</a> <a href="mailto:?subject=%s">Email</a></div></header>
<div class="article-content"><div class="block-core-a3"><h1 class="title-detail" itemprop="headline">%s</h1>
<div class="social-connect"><div class="zalo-share-button" data-href="http://%s%s" data-oaid="579745863508352884"></div><span class="read-article">Đọc bài</span></div>
<div class="brief"><strong>%s</strong></div></div>
<div class="block-core-a5"><div class="content-detail" itemprop="articleBody">%s<p style="text-align: right;"><strong>%s</strong></p></div></div></div>
<div class="rating">Tổng số điểm của bài viết là: %d trong %d đánh giá</div></article></div>
<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div><section class="section-list Article-News-Detail-default">%s</section></div>""" % (
        crumb, iso(a["date"]), a["date"].strftime("%H:%M:%S"), a["date"].strftime("%d/%m/%Y"), a["oid"], quote(a["title"]), E(a["title"]), req.host, a["path"],
        E(a["sapo"]), body, E(a["by"]), 3 * (a["views"] % 40) + 12, a["views"] % 40 + 3,
        "".join('<article class="list-news-one"><h2 class="h4 title"><a href="%s">%s</a></h2> <span>(%s)</span></article>' % (
            b["path"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in related))
    return html_resp(shell(req, a["title"], main, "http://%s%s" % (req.host, a["path"]),
                           '<meta property="og:url" content="http://%s%s"><meta property="og:title" content="%s">' % (req.host, a["path"], E(a["title"]))))


def poll_result(req):
    sid = hexid("sid|" + req.uri, 20)                  # a new session id for every request: every page links a new URL
    main = """<h2>Kết quả thăm dò ý kiến</h2><table class="table"><tr><td>Tốt</td><td>61%%</td></tr><tr><td>Khá</td><td>27%%</td></tr><tr><td>Cần cải thiện</td><td>12%%</td></tr></table>
<p><a href="/binh-chon/ket-qua?pollId=5&amp;sid=%s">Làm mới kết quả</a> | <a href="/binh-chon/ket-qua?pollId=4&amp;sid=%s">Kỳ trước</a></p>""" % (sid, hexid("prev|" + sid, 20))
    return html_resp(shell(req, "Kết quả thăm dò - " + SITE, main))


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /print/
Disallow: /Account/
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/3rdparty/", "/templates/", "/upload/", "/images/", "/js/")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        if req.q.get("mod") == "tin-tuc" and req.q.get("id") in BY_OID:
            return moved(301, "http://%s%s" % (req.host, BY_OID[req.q["id"]]["path"]))
        return home(req)
    if p == "/Ajax/Tab":
        return tab(req)
    if p == "/Ajax/TinNhanh":
        return ticker(req)
    m = re.match(r"^/([a-z-]+)\.html$", p)
    if m and m.group(1) in MENU:
        return listing(req, m.group(1))
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/print/([0-9a-f]{24})$", p)
    if m and m.group(1) in BY_OID:
        a = BY_OID[m.group(1)]
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body onload="window.print()"><h1>%s</h1><p><strong>%s</strong></p>%s<p style="text-align:right"><strong>%s</strong></p></body></html>' % (
            E(a["title"]), E(a["title"]), E(a["sapo"]), "".join("<p>%s</p>" % E(x) for x in a["paras"]), E(a["by"])))
    if p == "/dang-nhap":                            # SSO misconfiguration: the two login URLs bounce to each other
        return moved(302, "http://%s/Account/Login?returnUrl=%%2Fdang-nhap" % req.host)
    if p == "/Account/Login":
        return moved(302, "http://%s/dang-nhap" % req.host)
    if p == "/Link/Go":
        w = LINKS.get(req.int_arg("id", 0))
        if w:
            return moved(302, w[1])
    if p == "/binh-chon/ket-qua":
        return poll_result(req)
    return html_resp(shell(req, "Không tìm thấy trang", '<div class="alert alert-warning">Trang bạn yêu cầu không tồn tại.</div>'), 404)


app = wsgi(handle, [("Server", "nginx/1.18.0"), ("X-Powered-By", "VHV Framework")])


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": ["/print/%s" % a["oid"], "/?mod=tin-tuc&id=%s" % a["oid"]]} for a in ARTS}
    return {
        "family": "VHV-style CMS (ObjectId ids): home AJAX tabs via jQuery .load('/Ajax/Tab?id=' + data-id), JSON 'Tin nhanh' ticker via fetch()",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/print/", "/Account/"],
        "trap_prefixes": ["/binh-chon/"],
        "offsite_redirects": ["/Link/Go?id=%d" % k for k in LINKS],
        "redirect_loops": ["/dang-nhap"],
        "only_via": {
            "script-data-attr": [a["path"] for a in ARTS if a["cat"] in TABS.values()],
            "fetch-json": [a["path"] for a in in_cat(TICKER)],
        },
        "notes": ("Articles /tin-tuc/<slug>.html (slug only; the 24-hex ObjectId appears in printArticle('<oid>') and the old-URL "
                  "form /?mod=tin-tuc&id=<oid>, which 301s). Listings /thoi-su.html and /xay-dung-dang.html page with relative "
                  "'?page=N' links (#pagination17). Three categories have no page, menu entry or listing: 'Mặt trận - Đoàn thể', "
                  "'Gương sáng', 'Quốc phòng - An ninh' are only in the home page tabs <ul id=homeTabs><a href=#tab-pane "
                  "data-id=21|22|23>, filled by $('#tab-pane').load('/Ajax/Tab?id=' + $(this).data('id')) (HTML fragment with every "
                  "item of the tab; unknown id: empty 200). 'Tin nhanh' is only in the ticker: fetch('/Ajax/TinNhanh?top=30') -> JSON "
                  "{Success, Data:[{Id, Title, Url (absolute), PublishDate '/Date(ms)/'}], Total}. Related boxes of those articles "
                  "only point inside their own category. Aliases: /print/<oid> (robots-disallowed, window.open from printArticle), "
                  "/?mod=tin-tuc&id=<oid> (301). Hazards: 'Đăng nhập' /dang-nhap 302 -> /Account/Login?returnUrl=%%2Fdang-nhap 302 -> "
                  "/dang-nhap (loop; /Account/ is robots-disallowed); 'Liên kết' /Link/Go?id=N 302 to other domains. Trap: the poll "
                  "'Xem kết quả' /binh-chon/ket-qua?pollId=5&sid=<session id derived from the request URL>; every result page links "
                  "new sid values (session-id explosion). Unknown URLs: 404. No sitemap."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/Ajax/Tab?id=22", "status": 200, "contains": in_cat("guong-sang")[-1]["title"]},
    {"path": "/Ajax/Tab?id=99", "status": 200, "empty": True},
    {"path": "/Ajax/TinNhanh?top=30", "status": 200, "contains": in_cat(TICKER)[-1]["path"]},
    {"path": "/thoi-su.html?page=99", "status": 200, "contains": "Chưa có dữ liệu."},
    {"path": "/dang-nhap", "status": 302, "location": "/Account/Login?returnUrl=%2Fdang-nhap"},
    {"path": "/?mod=tin-tuc&id=%s" % ARTS[4]["oid"], "status": 301, "location": ARTS[4]["path"]},
]
SUMMARY = {
    "chains": ["/thoi-su.html, /xay-dung-dang.html: relative ?page=N window pager",
               "home tabs: $('#tab-pane').load('/Ajax/Tab?id=' + $(this).data('id')) for data-id 21, 22, 23",
               "home ticker: fetch('/Ajax/TinNhanh?top=30') -> JSON Data[].Url"],
    "alias_kinds": ["/print/<oid> (robots-disallowed)", "/?mod=tin-tuc&id=<oid> (301)"],
    "quirks": ["login redirect loop", "off-site /Link/Go", "poll session-id explosion"],
}
