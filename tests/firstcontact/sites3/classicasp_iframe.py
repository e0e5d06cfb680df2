"""Replica: Ban Tuyên giáo Tỉnh ủy Bình Trị Thiên, classic ASP site whose listings live inside <iframe>s.

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

SITE = "Ban Tuyên giáo Tỉnh ủy Bình Trị Thiên"
CATS = {"thoi-su": ("Thời sự", 3), "ly-luan": ("Nghiên cứu - Lý luận", 5), "tu-lieu": ("Tư liệu lịch sử", 9)}
ARTS = make_articles(5151, 104, ["thoi-su", "ly-luan", "thoi-su", "tu-lieu", "thoi-su", "ly-luan", "tu-lieu"],
                     ["Đồng Hới", "Đông Hà", "Huế", "Lệ Thủy", "Vĩnh Linh", "Hương Trà", "Phú Vang", "Quảng Trạch"],
                     ["Hải Khê", "Vĩnh Giang", "Phú Thuận", "Quảng Phú", "Hương Vinh", "Sen Thủy"], gap=(300, 1900))
for _a in ARTS:
    _a["id"] = 7300 + len(ARTS) - _a["i"]
    _a["path"] = "/TinTuc/ChiTiet.asp?ID=%d" % _a["id"]
BY_ID = {a["id"]: a for a in ARTS}
PER = 10
BIG = 300


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def last_page(c):
    return npages(len(in_cat(c)), PER)


def frame_url(c, p=1, size=None):
    u = "/Modules/ds/%s/" % c
    if size:
        return u + "?pageSize=%d" % size
    return u + ("?p=%d" % p if p > 1 else "")


def ret(u):
    return quote(u, safe="")


def art_href(a, from_url):
    """link as written inside a listing document (relative, ../../../)"""
    return "../../../TinTuc/ChiTiet.asp?ID=%d&amp;returnUrl=%s" % (a["id"], ret(from_url))


def listing_variants():
    """every listing document that is linked: (url, cat, items)"""
    out = [("/Modules/TinMoi.asp", None, [a for a in ARTS if a["cat"] == "thoi-su"][:8])]
    for c in CATS:
        items = in_cat(c)
        if c == "tu-lieu":
            out.append((frame_url(c), c, items[:PER]))
            out.append((frame_url(c, size=BIG), c, items[:BIG]))
        else:
            for n in range(1, last_page(c) + 1):
                out.append((frame_url(c, n), c, items[(n - 1) * PER:n * PER]))
    return out


def page(title, main, canonical=None):
    menu = "".join('<td class="menu"><a href="/ChuyenMuc.asp?CatID=%d">%s</a></td>' % (cid, E(n)) for n, cid in CATS.values())
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>%s
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0"><table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td><a href="/"><img src="/images/banner_btgbtt.jpg" width="980" height="120" border="0" alt="%s"></a></td></tr>
<tr><td><table width="100%%" class="tblMenu"><tr><td class="menu"><a href="/">Trang chủ</a></td>%s<td class="menu"><a href="/LichCongTac.asp?ngay=14/06/2024">Lịch công tác</a></td></tr></table></td></tr>
<tr><td valign="top">%s</td></tr>
<tr><td class="footer" align="center">Ban Tuyên giáo Tỉnh ủy Bình Trị Thiên - 18 Lê Lợi, TP Huế · ĐT: 0234.3822.xxx<br>
<a href="/TimKiem.asp?tukhoa=d%%E1%%BA%%A1i+h%%E1%%BB%%99i&amp;trang=1">Tìm kiếm</a></td></tr></table></body></html>""" % (
        E(title), '<link rel="canonical" href="%s">' % E(canonical) if canonical else "", E(SITE), menu, main)


def home(req):
    main = """<table width="100%%"><tr><td width="660" valign="top"><div class="tieude_box">TIN MỚI CẬP NHẬT</div>
<iframe id="ifrTinMoi" name="ifrTinMoi" src="/Modules/TinMoi.asp" width="100%%" height="900" frameborder="0" scrolling="no"></iframe></td>
<td valign="top"><div class="tieude_box">CHUYÊN MỤC</div><ul>%s</ul></td></tr></table>""" % "".join(
        '<li><a href="/ChuyenMuc.asp?CatID=%d">%s</a></li>' % (cid, E(n)) for n, cid in CATS.values())
    return html_resp(page(SITE, main, req.base + "/"))


def chuyenmuc(req, c):
    name, cid = CATS[c]
    main = """<div class="tieude_box">%s</div>
<iframe id="ifrDanhSach" name="ifrDanhSach" src="%s" width="100%%" height="1400" frameborder="0" scrolling="auto" title="Danh sách tin"></iframe>""" % (E(name), frame_url(c))
    return html_resp(page(name + " - " + SITE, main, req.base + "/ChuyenMuc.asp?CatID=%d" % cid))


def doc(title, inner):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title><link href="../../../css/iframe.css" rel="stylesheet" type="text/css"><base target="_top"></head>
<body class="ifr">%s<script type="text/javascript">if (parent && parent.document.getElementById('ifrDanhSach')) {{ parent.document.getElementById('ifrDanhSach').height = document.body.scrollHeight; }}</script></body></html>""" % (E(title), inner)


def rows(items, from_url, rel_prefix="../../../"):
    out = []
    for a in items:
        href = art_href(a, from_url) if rel_prefix else "TinTuc/ChiTiet.asp?ID=%d&amp;returnUrl=%s" % (a["id"], ret(from_url))
        out.append('<tr><td class="tin"><a class="tieude" href="%s">%s</a> <span class="ngay">(%s)</span><div class="tomtat">%s</div></td></tr>' % (
            href, E(a["title"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"])))
    return '<table width="100%" class="dsTin">' + "".join(out) + "</table>"


def tinmoi(req):
    items = [a for a in ARTS if a["cat"] == "thoi-su"][:8]
    inner = rows(items, "/Modules/TinMoi.asp", rel_prefix="").replace('href="TinTuc/', 'href="../TinTuc/')
    return html_resp(doc("Tin mới", inner))


def danhsach(req, c):
    items = in_cat(c)
    last = last_page(c)
    if c == "tu-lieu":
        size = req.int_arg("pageSize", 0)
        if size >= BIG:
            u = frame_url(c, size=BIG)
            return html_resp(doc("Tư liệu", "<p>Tất cả %d tư liệu</p>" % len(items) + rows(items[:BIG], u) + '<p><a href="./">« Thu gọn</a></p>'))
        u = frame_url(c)
        return html_resp(doc("Tư liệu", rows(items[:PER], u) + '<p class="xemthem"><a href="?pageSize=%d">Xem toàn bộ (%d tin/trang) »</a></p>' % (BIG, BIG)))
    n = req.int_arg("p", 1)
    if n < 1 or n > last:
        return moved(302, req.base + "/")                       # classic ASP error handler: back to the home page
    u = frame_url(c, n)
    links = []
    if n > 1:
        links.append('<a href="%s">« Trang trước</a>' % ("./" if n == 2 else "?p=%d" % (n - 1)))
    for k in range(1, last + 1):
        links.append("<b>[%d]</b>" % k if k == n else '<a href="%s">%d</a>' % ("./" if k == 1 else "?p=%d" % k, k))
    links.append('<a href="?p=%d">Trang sau »</a>' % min(n + 1, last))    # stays on the last page, pointing to itself
    return html_resp(doc(CATS[c][0], rows(items[(n - 1) * PER:n * PER], u) + '<div class="phantrang">%s</div>' % " ".join(links)))


def article(req, a, printable=False):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    if printable:
        return html_resp('<html><head><meta charset="utf-8"><title>%s</title></head><body onload="window.print()"><h2>%s</h2><p>%s</p>%s</body></html>' % (
            E(a["title"]), E(a["title"]), a["date"].strftime("%d/%m/%Y"), body))
    back = req.q.get("returnUrl")
    name, cid = CATS[a["cat"]]
    backlink = '<a href="%s">« Quay lại danh sách</a>' % E(back) if back and back.startswith("/Modules/") else ""
    main = """<table width="100%%"><tr><td class="duongdan"><a href="/">Trang chủ</a> » <a href="/ChuyenMuc.asp?CatID=%d">%s</a></td></tr>
<tr><td><h1 class="tieude_chitiet">%s</h1><div class="ngaydang">Cập nhật: %s</div>
<div class="tomtat_chitiet"><b>%s</b></div><table align="center"><tr><td><img src="/Upload/%s/%d.jpg"></td></tr><tr><td class="chuthich">%s</td></tr></table>
<div class="noidung">%s<p align="right"><b>%s</b></p></div>
<div class="congcu">%s | <a href="/Modules/InBai.asp?ID=%d" target="_blank">In bài viết</a></div></td></tr></table>""" % (
        cid, E(name), E(a["title"]), a["date"].strftime("%d/%m/%Y %I:%M:%S %p"), E(a["sapo"]), a["date"].strftime("%Y%m"), a["id"], E(a["cap"]),
        body, E(a["by"]), backlink, a["id"])
    return html_resp(page(a["title"], main, req.base + a["path"]))


def calendar(req):
    d = req.q.get("ngay", "14/06/2024")
    try:
        day = datetime.strptime(d, "%d/%m/%Y")
    except ValueError:
        return moved(302, req.base + "/")
    pv, nx = day - timedelta(days=1), day + timedelta(days=1)
    main = '<h2>Lịch công tác ngày %s</h2><p>Không có lịch công tác.</p><p><a href="/LichCongTac.asp?ngay=%s">« Ngày trước</a> | <a href="/LichCongTac.asp?ngay=%s">Ngày sau »</a></p>' % (
        day.strftime("%d/%m/%Y"), pv.strftime("%d/%m/%Y"), nx.strftime("%d/%m/%Y"))
    return html_resp(page("Lịch công tác", main))


def search(req):
    k, t = req.q.get("tukhoa", ""), req.int_arg("trang", 1)
    main = '<h2>Tìm kiếm: %s</h2><p>Trang %d: không có kết quả.</p><a href="/TimKiem.asp?tukhoa=%s&amp;trang=%d">Trang sau</a>' % (E(k), t, quote(k), t + 1)
    return html_resp(page("Tìm kiếm", main))


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Modules/InBai.asp
Disallow: /TimKiem.asp
Disallow: /Upload/VanBanMat/
"""


def handle(req):
    p = req.path
    pl = p.lower()
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if pl.endswith((".css", ".js", ".jpg", ".png", ".gif")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if pl in ("/", "/default.asp") and not req.qs:
        return home(req)
    if pl == "/chuyenmuc.asp":
        cid = req.int_arg("CatID", 0, ci=True)
        for c, (n, k) in CATS.items():
            if k == cid:
                return chuyenmuc(req, c)
    if pl == "/modules/tinmoi.asp":
        return tinmoi(req)
    m = re.match(r"^/Modules/ds/([a-z-]+)/$", p)
    if m and m.group(1) in CATS:
        return danhsach(req, m.group(1))
    if pl == "/tintuc/chitiet.asp":
        a = BY_ID.get(req.int_arg("ID", 0, ci=True))
        if a and set(req.q) <= {"ID", "returnUrl"}:
            return article(req, a)
    if pl == "/modules/inbai.asp":
        a = BY_ID.get(req.int_arg("ID", 0, ci=True))
        if a:
            return article(req, a, printable=True)
    if pl == "/lichcongtac.asp":
        return calendar(req)
    if pl == "/timkiem.asp":
        return search(req)
    return moved(302, req.base + "/")                 # soft 404: everything unknown 302s to the home page


app = wsgi(handle, [("Server", "Microsoft-IIS/7.5"), ("X-Powered-By", "ASP.NET")])


def _manifest():
    al = {a["path"]: ["/Modules/InBai.asp?ID=%d" % a["id"]] for a in ARTS}
    for u, c, items in listing_variants():
        for a in items:
            al[a["path"]].append("/TinTuc/ChiTiet.asp?ID=%d&returnUrl=%s" % (a["id"], ret(u)))
    arts = {a["path"]: {"title": a["title"], "aliases": al[a["path"]]} for a in ARTS}
    return {
        "family": "Classic ASP (IIS 7.5) table-layout site; listings inside <iframe src> documents; soft 404 = 302 to home",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/Admin/", "/Modules/InBai.asp", "/TimKiem.asp"],
        "trap_prefixes": ["/LichCongTac.asp", "/TimKiem.asp"],
        "notes": ("No listing has article links in the page itself: the home page and /ChuyenMuc.asp?CatID=N only hold an "
                  "<iframe src> (/Modules/TinMoi.asp, /Modules/ds/<cat>/) whose document carries the links, with <base target=_top>. "
                  "Inside the iframe documents every link is relative: articles '../../../TinTuc/ChiTiet.asp?ID=&returnUrl=<the "
                  "listing URL, %-encoded>' (so each listing page gives its articles a different URL; all are aliases), pager "
                  "'?p=N' and './' for page 1. 'Trang sau »' on the last page points to itself. ?p out of range (and any unknown URL, "
                  "bad ID, extra query parameter) answers 302 to the home page (soft 404). 'Tư liệu lịch sử' has no pager: 10 items "
                  "and 'Xem toàn bộ' ?pageSize=300 (one very long page). Print /Modules/InBai.asp?ID= is robots-disallowed. Traps: "
                  "day calendar /LichCongTac.asp?ngay=dd/mm/yyyy, search /TimKiem.asp (also robots-disallowed). No sitemap."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/Modules/ds/thoi-su/?p=99", "status": 302, "location": "/"},
    {"path": "/khong-co-trang.asp", "status": 302, "location": "/"},
    {"path": "/TinTuc/ChiTiet.asp?ID=1", "status": 302, "location": "/"},
    {"path": "/Modules/ds/thoi-su/?p=%d" % last_page("thoi-su"), "status": 200, "contains": 'href="?p=%d">Trang sau' % last_page("thoi-su")},
    {"path": "/ChuyenMuc.asp?CatID=3", "status": 200, "not_contains": "ChiTiet.asp"},
    {"path": "/Modules/ds/tu-lieu/?pageSize=300", "status": 200, "contains": "Tất cả %d tư liệu" % len(in_cat("tu-lieu"))},
]
SUMMARY = {
    "chains": ["/ChuyenMuc.asp?CatID=N -> <iframe src=/Modules/ds/<cat>/> -> relative '?p=N' pager ('Trang sau' on last = itself)",
               "home -> <iframe src=/Modules/TinMoi.asp>", "Tư liệu: only 10 + 'Xem toàn bộ' ?pageSize=300"],
    "alias_kinds": ["per-listing-page returnUrl parameter", "print (robots-disallowed)"],
    "quirks": ["links only inside iframe documents", "relative ../../../ and ?p= links", "soft 404 = 302 to /", "AM/PM dates"],
}
