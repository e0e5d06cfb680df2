"""Replica: Cổng thông tin điện tử Đảng bộ tỉnh Thuận Hải, a vendor ASP.NET MVC 5 portal ("dcs" style).

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

SITE = "Đảng bộ tỉnh Thuận Hải"
SID = "(S(k2vq0xw3h1ybz45mnf0ct5ar))"      # cookieless ASP.NET session id handed out by "/"
CATS = {12: ("Tin hoạt động", "tin-hoat-dong"), 13: ("Xây dựng Đảng", "xay-dung-dang"), 14: ("Nghiên cứu - Trao đổi", "nghien-cuu-trao-doi"),
        15: ("Thông tin cơ sở", "thong-tin-co-so")}
ARTS = make_articles(7373, 96, [12, 15, 13, 12, 14, 15, 12], ["Phan Rang", "Ninh Hải", "Ninh Phước", "Tuy Phong", "Bắc Bình", "Hàm Thuận Bắc", "Hàm Tân", "Đức Linh"],
                     ["Phước Dân", "Hòa Thắng", "Chí Công", "Tân Hà", "Vĩnh Hảo", "Phú Lạc"], gap=(300, 1500))
for _a in ARTS:
    _a["id"] = 40210 + (len(ARTS) - _a["i"]) * 13
    words = ascii_slug(_a["title"].replace(" - ", " _ ").replace(":", ""), sep=" ", keep_case=True).split(" ")
    _a["tslug"] = "-".join(w[:1].upper() + w[1:] for w in words).replace("-_-", "---")
    _a["path"] = "/DetailView/%d/%d/%s.html" % (_a["id"], _a["cat"], _a["tslug"])
BY_ID = {a["id"]: a for a in ARTS}
SIZES = (10, 20, 50)


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def cat_url(c, page=1, size=10):
    u = "/%s-c%d" % (CATS[c][1], c)
    return u if page == 1 and size == 10 else "%s?page=%d&pageSize=%d" % (u, page, size)


def enc_cursor(i):
    a = ARTS[i]
    raw = json.dumps({"t": int((a["date"] - datetime(1970, 1, 1)).total_seconds()) - 7 * 3600, "id": a["id"], "v": 2}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def dec_cursor(s):
    try:
        d = json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode())
        return next(k for k, a in enumerate(ARTS) if a["id"] == d["id"])
    except Exception:
        return None


def shell(req, pre, title, main, canonical=None, scripts=""):
    L = lambda u: pre + u
    menu = "".join('<li><a href="%s">%s</a></li>' % (L(cat_url(c)), E(v[0])) for c, v in CATS.items() if c != 15)
    hot = "".join('<li><a href="%s">%s</a><span class="date">%s | %d</span></li>' % (L(a["path"].lower()), E(a["title"]), a["date"].strftime("%d/%m/%Y"), a["views"])
                  for a in sorted(ARTS[:30], key=lambda a: -a["views"])[:5])
    links = "".join('<li><a href="%s://%s%s">%s</a></li>' % (sch, host, a["path"], E(a["title"]))
                    for (sch, host), a in zip([("https", req.host), ("http", "www." + req.host), ("https", "www." + req.host)], ARTS[3:6]))
    can = '<link rel="canonical" href="%s" />' % E(canonical) if canonical else ""
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s - %s</title>
%s
<link href="%s" rel="stylesheet"/>
<script src="%s"></script>
</head>
<body>
<div class="header"><div class="container"><a href="%s" class="logo"><img src="%s" alt="%s" /></a>
<div class="clock">%s, ngày %d tháng %d năm %d</div></div></div>
<div class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="%s">Trang chủ</a></li>%s<li><a href="%s">Lịch công tác</a></li></ul>
<form action="%s" method="get" class="navbar-form"><input type="text" name="keyword" class="form-control" placeholder="Từ khóa" /><button type="submit">Tìm</button></form>
<a class="hot-search" href="%s">Tìm: chuyển đổi số</a></div></div>
<div class="container body-content"><div class="row"><div class="col-md-8">%s</div>
<div class="col-md-4"><div class="box"><h3 class="box-title">Tin đọc nhiều</h3><ul class="list-hot">%s</ul></div>
<div class="box"><h3 class="box-title">Tiêu điểm</h3><ul>%s</ul></div></div></div></div>
<footer><div class="container"><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Thuận Hải. Địa chỉ: số 2 đường 16 tháng 4, thành phố Phan Thiết.</p>
<p>Ghi rõ nguồn &quot;Cổng TTĐT Đảng bộ tỉnh Thuận Hải&quot; khi phát hành lại thông tin từ Cổng thông tin này.</p></div></footer>
<script src="%s"></script>
%s
</body></html>""" % (E(title), E(SITE), can, L("/Content/css?v=Kz1xQ8sYp0"), L("/bundles/modernizr?v=wBEWDufH_8Md"), L("/"), L("/Content/images/logo.png"),
                     E(SITE), THU[TODAY.weekday()], TODAY.day, TODAY.month, TODAY.year, L("/"), menu, L("/LichCongTac?tuan=24&nam=2024"),
                     L("/Search"), L("/Search?keyword=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&page=1"), main, hot, links,
                     L("/bundles/jquery?v=2u0aRenDpYxArEyILB59ETSCA2cfQkSMlxb6jbMBqf81"), scripts)


def item(pre, a):
    return """<div class="news-item"><a href="%s" class="thumb"><img src="%s/Image/Large/%s_%d.jpg" alt="" /></a>
<h3><a href="%s">%s</a></h3><p class="meta">%s | %d</p><p class="sapo">%s</p></div>""" % (
        pre + a["path"], pre, a["date"].strftime("%Y%m%d%H%M%S"), a["id"], pre + a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y"), a["views"], E(a["sapo"]))


def listing(req, pre, c):
    page = req.int_arg("page", 1, ci=True)
    size = req.int_arg("pageSize", 10, ci=True)
    if size not in SIZES:
        size = 10
    items = in_cat(c)
    last = npages(len(items), size)
    chunk = items[(page - 1) * size:page * size] if page >= 1 else []
    rows = "".join(item(pre, a) for a in chunk) or '<p class="no-data">Không có dữ liệu</p>'
    pag = []
    if page > 1:
        pag.append('<li><a href="%s">« Trang trước</a></li>' % (pre + cat_url(c, page - 1, size)))
    for n in range(max(1, page - 2), min(last, page + 2) + 1):
        pag.append('<li class="active"><span>%d</span></li>' % n if n == page else '<li><a href="%s">%d</a></li>' % (pre + cat_url(c, n, size), n))
    # the vendor's pager never hides "Trang sau": on the last page it leads one page past the end; past the end it points to itself
    pag.append('<li><a href="%s">Trang sau »</a></li>' % (pre + cat_url(c, page + 1 if page <= last else page, size)))
    sizes = " ".join('<a href="%s"%s>%d</a>' % (pre + cat_url(c, 1, s), ' class="active"' if s == size else "", s) for s in SIZES)
    main = '<h1 class="cat-title">%s</h1><div class="page-size">Hiển thị: %s tin/trang</div><div class="list-news">%s</div><ul class="pagination">%s</ul>' % (
        E(CATS[c][0]), sizes, rows, "".join(pag))
    return html_resp(shell(req, pre, CATS[c][0], main, canonical=req.base + cat_url(c, page, size)))


def home(req, pre):
    first = ARTS[:10]
    main = '<div class="box"><h2 class="box-title">Tin mới</h2><div id="news-stream">%s</div><div id="loading" class="hidden">Đang tải...</div></div>' % "".join(item(pre, a) for a in first)
    for c, v in CATS.items():
        if c != 15:
            main += '<div class="box"><h2 class="box-title"><a href="%s">%s</a></h2><ul>%s</ul></div>' % (
                pre + cat_url(c), E(v[0]), "".join('<li><a href="%s">%s</a></li>' % (pre + a["path"], E(a["title"])) for a in in_cat(c)[:3]))
    script = """<script>
var nextCursor = '%s';
var busy = false;
function loadMore() {
  if (busy || !nextCursor) return; busy = true; $('#loading').removeClass('hidden');
  fetch('/api/news?cursor=' + encodeURIComponent(nextCursor), { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      d.items.forEach(function (it) { $('#news-stream').append('<div class="news-item"><h3><a href="' + it.url + '">' + it.title + '</a></h3><p class="meta">' + it.date + '</p></div>'); });
      nextCursor = d.nextCursor; busy = false; $('#loading').addClass('hidden');
    });
}
$(window).on('scroll', function () { if ($(window).scrollTop() + $(window).height() > $(document).height() - 400) loadMore(); });
</script>""" % enc_cursor(len(first) - 1)
    return html_resp(shell(req, pre, "Trang chủ", main, canonical=req.base + "/", scripts=script))


def api_news(req):
    k = dec_cursor(req.q.get("cursor", ""))
    if k is None:
        return json_resp({"error": "invalid cursor"}, 400)
    chunk = ARTS[k + 1:k + 9]
    nxt = enc_cursor(k + len(chunk)) if k + len(chunk) < len(ARTS) - 1 and chunk else None
    return json_resp({"items": [{"id": a["id"], "title": a["title"], "url": a["path"], "date": a["date"].strftime("%d/%m/%Y %H:%M"),
                                 "thumb": "/Image/Large/%s_%d.jpg" % (a["date"].strftime("%Y%m%d%H%M%S"), a["id"])} for a in chunk],
                      "nextCursor": nxt}, headers=[("Cache-Control", "no-cache")])


def detail(req, pre, a, printable=False):
    body = "".join('<p style="text-align: justify;">%s</p>' % E(p) for p in a["paras"])
    body = body.replace("</p>", '</p><table class="image center"><tbody><tr><td><img src="%s/ckfinder/userfiles/images/%d.jpg" alt="%s" /></td></tr><tr><td class="image_desc">%s</td></tr></tbody></table>' % (
        pre, a["id"], E(a["cap"]), E(a["cap"])), 1)
    main = """<div class="detail"><ol class="breadcrumb"><li><a href="%s">Trang chủ</a></li><li><a href="%s">%s</a></li></ol>
<h1 class="detail-title">%s</h1><div class="detail-meta">Cập nhật lúc: %s |%s</div>
<div class="detail-sapo"><strong>%s</strong></div><div class="detail-content">%s<p style="text-align: right;"><strong>%s</strong></p></div>
<div class="tools"><a href="%s" target="_blank">In bài viết</a></div></div>
<div class="box"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>""" % (
        pre + "/", pre + (cat_url(a["cat"]) if a["cat"] != 15 else "/"), E(CATS[a["cat"]][0]), E(a["title"]), a["date"].strftime("%H:%M"), a["date"].strftime("%d/%m/%Y"),
        E(a["sapo"]), body, E(a["by"]), pre + "/Print/%d" % a["id"],
        "".join(['<li><a href="%s">%s</a></li>' % (pre + x["path"], E(x["title"])) for x in in_cat(a["cat"]) if x is not a][:5]))
    if printable:
        return html_resp('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body onload="window.print()">%s</body></html>' % (E(a["title"]), main))
    return html_resp(shell(req, pre, a["title"], main, canonical=req.base + a["path"]))


def calendar(req, pre):
    w, y = req.int_arg("tuan", 24), req.int_arg("nam", 2024)
    pw, py = (w - 1, y) if w > 1 else (52, y - 1)
    nw, ny = (w + 1, y) if w < 52 else (1, y + 1)
    main = '<h1>Lịch công tác tuần %d năm %d</h1><p>Thứ Hai: Giao ban Thường trực Tỉnh ủy.</p><p><a href="%s/LichCongTac?tuan=%d&amp;nam=%d">« Tuần trước</a> <a href="%s/LichCongTac?tuan=%d&amp;nam=%d">Tuần sau »</a></p>' % (
        w, y, pre, pw, py, pre, nw, ny)
    return html_resp(shell(req, pre, "Lịch công tác", main))


def search(req, pre):
    kw = req.q.get("keyword", "")
    page = req.int_arg("page", 1)
    hits = [a for a in ARTS if kw and kw.lower() in a["title"].lower()][(page - 1) * 10:page * 10]
    main = '<h1>Kết quả tìm kiếm</h1><ul>%s</ul><a href="%s/Search?keyword=%s&amp;page=%d">Trang sau »</a>' % (
        "".join('<li><a href="%s">%s</a></li>' % (pre + a["path"], E(a["title"])) for a in hits), pre, quote(kw), page + 1)
    return html_resp(shell(req, pre, "Tìm kiếm", main))


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Account/
Disallow: /bundles/
Disallow: /Print/
Crawl-delay: 10
"""


def handle(req):
    p = req.path
    pre = ""
    m = re.match(r"^/\(S\(([a-z0-9]{24})\)\)(/.*)$", p)
    if m:
        pre, p = "/(S(%s))" % m.group(1), m.group(2)
    lp = p.lower()
    if lp == "/robots.txt":
        return text_resp(ROBOTS)
    if lp.startswith(("/content/", "/image/", "/ckfinder/", "/bundles/")):
        return 200, [("Content-Type", "image/jpeg")], PIXEL
    if lp == "/" and not pre:
        return moved(302, "/%s/" % SID)            # cookieless session: every first visit gets an id in the path
    if lp in ("/", "/home", "/home/index"):
        return home(req, pre)
    if lp == "/api/news":
        return api_news(req)
    if lp == "/lichcongtac":
        return calendar(req, pre)
    if lp == "/search":
        return search(req, pre)
    m = re.match(r"^/print/(\d+)$", lp)
    if m and int(m.group(1)) in BY_ID:
        return detail(req, pre, BY_ID[int(m.group(1))], printable=True)
    m = re.match(r"^/detailview/(\d+)/(\d+)/([a-z0-9-]+)\.html$", lp)
    if m and int(m.group(1)) in BY_ID:
        a = BY_ID[int(m.group(1))]
        if int(m.group(2)) == a["cat"] and m.group(3) == a["tslug"].lower():
            return detail(req, pre, a)
    m = re.match(r"^/([a-z-]+)-c(\d+)$", lp)
    if m and int(m.group(2)) in CATS and CATS[int(m.group(2))][1] == m.group(1):
        return listing(req, pre, int(m.group(2)))
    return html_resp(shell(req, pre, "Lỗi", '<div class="error"><h1>Không tìm thấy trang</h1><p>Đường dẫn không tồn tại.</p></div>'), 404)


app = wsgi(handle, [("Server", "Microsoft-IIS/8.5"), ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"),
                    ("X-Powered-By", "ASP.NET"), ("X-Response-Time", "4870ms")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [
            "/" + SID + a["path"], a["path"].lower(), "/" + SID + a["path"].lower(),
            "/Print/%d" % a["id"], "/" + SID + "/Print/%d" % a["id"]]}
    return {
        "family": "ASP.NET MVC 5 vendor portal (IIS, cookieless session, cursor-token infinite scroll)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/Admin/", "/Account/", "/Print/"],
        "trap_prefixes": ["/LichCongTac", "/Search?", "/" + SID + "/LichCongTac", "/" + SID + "/Search?"],
        "slow": {"typical_response_ms": 4870, "robots_crawl_delay_s": 10},
        "notes": ("SLOW site: real responses take ~5 s (X-Response-Time header) and robots.txt asks Crawl-delay: 10; the replica "
                  "cannot sleep, so this is only flagged here. '/' 302s to /(S(<24 chars>))/ (cookieless ASP.NET session) and every "
                  "link on a page reached that way carries the session prefix; pages also answer without it. IIS is "
                  "case-insensitive: 'Tin đọc nhiều' links lower-cased article paths. Listings /<cat>-c<id>?page=N&pageSize=S "
                  "(10/20/50 links). 'Trang sau' is never hidden: the last page links one page past the end, which answers 200 "
                  "'Không có dữ liệu' with a 'Trang sau' pointing to itself. Category 15 ('Thông tin cơ sở') has no listing link at "
                  "all: its articles come only from the home page's infinite scroll, fetch('/api/news?cursor=' + nextCursor) "
                  "with an opaque base64 cursor (not a page number); the JSON has items[].url and nextCursor (null at the end). "
                  "The 'Tiêu điểm' box links https://<host>/… and http://www.<host>/… and https://www.<host>/… (scheme and "
                  "www variants of the same articles; www.<host> cannot be listed origin-relative)."),
    }


MANIFEST = _manifest()
_last = npages(len(in_cat(12)), 10)
SELFTEST = [
    {"path": "/", "status": 302, "location": "/%s/" % SID},
    {"path": cat_url(12, _last + 1, 10), "status": 200, "contains": "Không có dữ liệu"},
    {"path": cat_url(12, _last + 1, 10), "status": 200, "contains": cat_url(12, _last + 1, 10).replace("&", "&amp;")},
    {"path": "/api/news?cursor=" + enc_cursor(len(ARTS) - 3), "status": 200, "contains": '"nextCursor": null'},
    {"path": "/api/news?cursor=2", "status": 400},
    {"path": "/robots.txt", "status": 200, "contains": "Crawl-delay"},
]
SUMMARY = {
    "chains": ["/<cat>-c<id>?page=N&pageSize=S: window + 'Trang sau' that never disappears (last -> last+1 -> itself, 200 'Không có dữ liệu')",
               "home 'Tin mới' infinite scroll: fetch('/api/news?cursor=<opaque base64>') -> {items[].url, nextCursor}, null at end; only way to category 15"],
    "alias_kinds": ["/(S(session))/ prefix", "lower-case path (IIS)", "/Print/<id> (robots-disallowed)"],
    "quirks": ["slow (flag only)", "302 to cookieless-session URL at /", "https:// and www. variants linked", "Title-Case slugs with ---"],
}
