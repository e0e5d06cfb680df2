"""Replica A (set 5): Vue 2 SSR news portal (vue-server-renderer + vuex) of the (made-up) Hải Hưng provincial Party
committee.  Discovery: window.__INITIAL_STATE__ (serialize-javascript, every '/' written \\u002F) holds a client-only
'Góc nhìn' box; category 'Xem thêm' uses a keyset JSON API /api/news?category=&after=<last id>&limit= announced in
window.__APP_CONFIG__ (cursorParam 'after'); the API answers 429 + Retry-After on every other request.
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

SITE = "Báo điện tử Đảng bộ tỉnh Hải Hưng"
CATS = {"thoi-su": (1, "Thời sự"), "xay-dung-dang": (2, "Xây dựng Đảng"), "kinh-te": (3, "Kinh tế"),
        "van-hoa-xa-hoi": (4, "Văn hóa - Xã hội"), "goc-nhin": (9, "Góc nhìn")}
MENU = ["thoi-su", "xay-dung-dang", "kinh-te", "van-hoa-xa-hoi"]
CLIENT_ONLY = "goc-nhin"
PAGE = 12
_CYCLE = ["thoi-su", "xay-dung-dang", "kinh-te", "thoi-su", "van-hoa-xa-hoi", "xay-dung-dang", "thoi-su", "kinh-te",
          "van-hoa-xa-hoi", "goc-nhin"]
ARTS = make_articles(5101, 120, _CYCLE, ["Hải Dương", "Hưng Yên", "Cẩm Giàng", "Kim Động", "Chí Linh", "Văn Lâm", "Tứ Kỳ",
                                          "Khoái Châu", "Ninh Giang", "Mỹ Hào"],
                     ["Lai Cách", "Nghĩa Dân", "Hoàng Tiến", "Lạc Hồng", "Quang Phục", "Tân Dân"], gap=(300, 1400))
for _a in ARTS:
    _a["id"] = 48213 - 7 * _a["i"]
    _s = _a["slug"][:80]
    _a["path"] = "/tin-tuc/%s-%d.html" % (_s.rsplit("-", 1)[0] if len(_a["slug"]) > 80 else _s, _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
CAT_BY_ID = {v[0]: k for k, v in CATS.items()}


def cat(c):
    return in_cat(ARTS, c)


def item(a):
    return {"id": a["id"], "title": a["title"], "url": a["path"], "sapo": a["sapo"], "publishedAt": iso(a["date"]),
            "thumb": "/uploads/2024/%s.jpg" % hexid(a["title"])}


def serialize(obj):
    """serialize-javascript: JSON with <, > and / escaped as \\u003C, \\u003E, \\u002F."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("/", "\\u002F").replace("<", "\\u003C").replace(">", "\\u003E")


CONFIG = {"apiBase": "/api", "newsEndpoint": "/api/news", "cursorParam": "after", "pageSize": PAGE, "locale": "vi"}


def shell(req, title, main, state, canonical=None, head=""):
    nav = "".join('<li class="nav-item"><a href="/chuyen-muc/%s" class="nav-link">%s</a></li>' % (c, E(CATS[c][1])) for c in MENU)
    latest = [a for a in ARTS if a["cat"] in MENU][:6]
    side = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in latest)
    return """<!DOCTYPE html>
<html lang="vi" data-n-head="%%7B%%22lang%%22:%%7B%%221%%22:%%22vi%%22%%7D%%7D"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title>%s%s
<link rel="preload" href="/dist/app.3f9c2d1e.js" as="script"><link rel="preload" href="/dist/vendor.8a41b7c0.js" as="script"><link rel="stylesheet" href="/dist/app.3f9c2d1e.css">
</head><body><div id="app" data-server-rendered="true"><header class="site-header"><div class="topbar"><span>Thứ Bảy, 16/11/2024</span>
<a href="/en/" hreflang="en" class="lang">English</a> <a href="/su-kien?thang=2024-11" class="lang">Lịch sự kiện</a></div>
<a href="/" class="logo router-link-active"><img src="/img/logo-haihung.png" alt="%s"></a>
<nav class="main-nav"><ul class="nav"><li class="nav-item"><a href="/" class="nav-link">Trang chủ</a></li>%s</ul></nav></header>
<main class="container"><div class="row"><div class="col-lg-8">%s</div>
<aside class="col-lg-4"><section class="box"><h3 class="box-title">Tin mới</h3><ul class="list-latest">%s</ul></section>
<section class="box"><h3 class="box-title">Góc nhìn</h3><div class="client-only-placeholder"><!----></div></section></aside></div></main>
<footer class="site-footer"><p>Báo điện tử Đảng bộ tỉnh Hải Hưng. Cơ quan chủ quản: Tỉnh ủy Hải Hưng. Giấy phép số 112/GP-BTTTT.</p>
<p>Tòa soạn: 45 Nguyễn Lương Bằng, thành phố Hải Dương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div>
<script>window.__INITIAL_STATE__=%s;(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());</script>
<script>window.__APP_CONFIG__=%s</script>
<script src="/dist/vendor.8a41b7c0.js" defer></script><script src="/dist/app.3f9c2d1e.js" defer></script>
</body></html>""" % (E(title), ('<link rel="canonical" href="%s">' % E(canonical)) if canonical else "", head, E(SITE), nav, main, side,
                     serialize(state), serialize(CONFIG))


def card(a):
    return """<article class="news-card"><a href="%s" class="thumb"><img src="/uploads/2024/%s.jpg" alt="%s"></a><div class="body"><h3 class="title"><a href="%s">%s</a></h3>
<time datetime="%s">%s</time><p class="sapo">%s</p></div></article>""" % (
        a["path"], hexid(a["title"]), E(a["title"]), a["path"], E(a["title"]), iso(a["date"]), a["date"].strftime("%H:%M %d/%m/%Y"), E(a["sapo"]))


def base_state(route):
    return {"route": {"path": route, "name": route.strip("/") or "home"}, "ui": {"menuOpen": False},
            "home": {"gocNhin": [item(a) for a in cat(CLIENT_ONLY)]}}


def home(req):
    main = ['<section class="featured"><h2 class="section-title">Tiêu điểm</h2>%s</section>' % "".join(card(a) for a in cat("thoi-su")[:5])]
    for c in MENU[1:]:
        main.append('<section class="cat-block"><h2 class="section-title"><a href="/chuyen-muc/%s">%s</a></h2>%s</section>' % (
            c, E(CATS[c][1]), "".join(card(a) for a in cat(c)[:4])))
    st = base_state("/")
    st["home"]["featured"] = [item(a) for a in cat("thoi-su")[:5]]
    return html_resp(shell(req, SITE, "".join(main), st, "http://%s/" % req.host))


def category(req, c):
    cid, name = CATS[c]
    first = cat(c)[:PAGE]
    main = """<nav class="breadcrumb"><a href="/">Trang chủ</a> › <span>%s</span></nav><h1 class="cat-title">%s</h1>
<div class="news-list">%s</div><div class="load-more"><button type="button" class="btn btn-more">Xem thêm</button></div>""" % (
        E(name), E(name), "".join(card(a) for a in first))
    st = base_state("/chuyen-muc/" + c)
    st["category"] = {"categoryId": cid, "slug": c, "name": name, "items": [item(a) for a in first],
                      "hasMore": len(cat(c)) > PAGE, "loading": False}
    return html_resp(shell(req, "%s - %s" % (name, SITE), main, st, "http://%s/chuyen-muc/%s" % (req.host, c)))


def api_news(req):
    if flaky("api|" + req.uri):
        return 429, [("Content-Type", "application/json; charset=utf-8"), ("Retry-After", "1")], \
            '{"statusCode":429,"message":"ThrottlerException: Too Many Requests"}'
    c = CAT_BY_ID.get(req.int_arg("category", -1))
    if c is None:
        return json_resp({"statusCode": 400, "message": "category is required"}, 400)
    limit = max(1, min(50, req.int_arg("limit", PAGE)))
    after = req.int_arg("after", None)
    pool = [a for a in cat(c) if after is None or a["id"] < after]
    chunk = pool[:limit]
    return json_resp({"items": [item(a) for a in chunk], "hasMore": len(pool) > limit,
                      "nextAfter": chunk[-1]["id"] if chunk else None})


def article(req, a):
    c = a["cat"]
    related = [b for b in cat(c) if b is not a][:4]
    crumb = ('<a href="/chuyen-muc/%s">%s</a>' % (c, E(CATS[c][1]))) if c in MENU else "<span>%s</span>" % E(CATS[c][1])
    main = """<nav class="breadcrumb"><a href="/">Trang chủ</a> › %s</nav><article class="detail"><h1 class="detail-title">%s</h1>
<div class="meta"><time datetime="%s">%s, %s</time> <span class="views">%d lượt xem</span></div><p class="detail-sapo"><strong>%s</strong></p>
<div class="detail-content">%s<p class="author"><strong>%s</strong></p></div></article>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>""" % (
        crumb, E(a["title"]), iso(a["date"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), a["views"], E(a["sapo"]),
        body_paras(a), E(a["by"]), "".join('<li><a href="%s">%s</a></li>' % (b["path"], E(b["title"])) for b in related))
    head = ('<link rel="alternate" hreflang="vi" href="http://%s%s"><link rel="alternate" hreflang="en" href="http://%s/en/news/%d">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s">') % (req.host, a["path"], req.host, a["id"], E(a["title"]))
    st = base_state(a["path"])
    st["article"] = dict(item(a), related=[item(b) for b in related])
    return html_resp(shell(req, a["title"], main, st, "http://%s%s" % (req.host, a["path"]), head))


def english(req, nid=None):
    if nid is None:
        rows = "".join('<li><a href="/en/news/%d">Provincial Party news #%d</a></li>' % (a["id"], a["id"]) for a in ARTS[:10])
        body = "<h1>Hai Hung Party Committee Online (English)</h1><ul>%s</ul>" % rows
    else:
        body = "<h1>Provincial Party news #%d</h1><p>This English summary is being translated. Please see the Vietnamese version.</p>" % nid
    return html_resp('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hai Hung Party Committee Online</title></head><body>%s<p><a href="/">Tiếng Việt</a></p></body></html>' % body)


def events(req):
    m = re.match(r"^(\d{4})-(\d{2})$", req.q.get("thang", ""))
    y, mo = (int(m.group(1)), int(m.group(2))) if m else (2024, 11)
    if not 1 <= mo <= 12:
        y, mo = 2024, 11
    prev = (y - 1, 12) if mo == 1 else (y, mo - 1)
    nxt = (y + 1, 1) if mo == 12 else (y, mo + 1)
    main = """<h1>Lịch sự kiện tháng %d/%d</h1><table class="calendar"><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr><tr><td colspan="7">Không có sự kiện.</td></tr></table>
<p><a href="/su-kien?thang=%04d-%02d">‹ Tháng trước</a> | <a href="/su-kien?thang=%04d-%02d">Tháng sau ›</a></p>""" % (mo, y, prev[0], prev[1], nxt[0], nxt[1])
    return html_resp(shell(req, "Lịch sự kiện - " + SITE, main, base_state("/su-kien")))


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /api/auth/\nDisallow: /preview/\n"


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/dist/", "/img/", "/uploads/")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return home(req)
    m = re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in MENU:
        return category(req, m.group(1))
    if p == "/api/news":
        return api_news(req)
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)(?:\.html)?$", p)
    if m and int(m.group(1)) in BY_ID:                 # id-only and stale-slug URLs: vue-router guard + server 301
        return moved(301, "http://%s%s" % (req.host, BY_ID[int(m.group(1))]["path"]))
    if p == "/en/":
        return english(req)
    m = re.match(r"^/en/news/(\d+)$", p)
    if m and int(m.group(1)) in BY_ID:
        return english(req, int(m.group(1)))
    if p == "/su-kien":
        return events(req)
    return html_resp(shell(req, "404 - " + SITE, '<div class="error-page"><h1>404</h1><p>Không tìm thấy trang.</p></div>', base_state(p)), 404)


app = wsgi(handle, [("Server", "nginx"), ("X-Powered-By", "Express")])


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": ["/tin-tuc/%d" % a["id"], "/tin-tuc/bai-viet-%d.html" % a["id"]]} for a in ARTS}
    first12 = cat("thoi-su")[PAGE]
    return {
        "family": "Vue 2 SSR (vue-server-renderer + vuex): window.__INITIAL_STATE__ with \\u002F-escaped URLs, keyset JSON API announced in window.__APP_CONFIG__",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/api/auth/", "/preview/"],
        "trap_prefixes": ["/su-kien"],
        "only_via": {
            "js-state": [a["path"] for a in cat(CLIENT_ONLY)],
            "keyset-api": [a["path"] for c in MENU for a in cat(c)[PAGE:]],
        },
        "flaky": {"/api/news?category=1&after=%d&limit=12" % cat("thoi-su")[PAGE - 1]["id"]: 429},
        "out_of_scope_prefixes": ["/en/"],
        "notes": ("Articles /tin-tuc/<slug>-<id>.html (slug cut at 80 characters). Vue 2 SSR: every page ends with "
                  "<script>window.__INITIAL_STATE__={…}</script> written by serialize-javascript, so every '/' inside it is "
                  "\\u002F (e.g. \"\\u002Ftin-tuc\\u002F…-48206.html\"), followed by window.__APP_CONFIG__={\"apiBase\":"
                  "\"\\u002Fapi\",\"newsEndpoint\":\"\\u002Fapi\\u002Fnews\",\"cursorParam\":\"after\",\"pageSize\":12}. "
                  "'Góc nhìn' (%d articles) is a <client-only> sidebar box: the SSR HTML has only <!----> and its items exist only "
                  "in state.home.gocNhin[].url (no category page; their related box links only each other). Categories "
                  "/chuyen-muc/<c> render the newest 12 and a bare <button class=btn-more>Xem thêm</button>; state.category = "
                  "{categoryId, items[12], hasMore}; the client calls /api/news?category=<id>&after=<id of the last item>&limit=12 "
                  "(keyset: ids fall with age) -> {items[{id,title,url,…}], hasMore, nextAfter}; there is no page number anywhere "
                  "(?page= is ignored by the SSR). Items 13+ of the four categories (%d) are reachable only through the API. "
                  "HAZARD: /api/news answers 429 {ThrottlerException} with Retry-After: 1 to every other request of the same URL "
                  "(the first one included): a client must wait and retry. Aliases: /tin-tuc/<id> and stale slugs "
                  "/tin-tuc/<anything>-<id>.html 301 to the canonical path. hreflang: every article has <link rel=alternate "
                  "hreflang=en href=/en/news/<id>> and the top bar links /en/ (English stubs, no article text: out of scope). "
                  "Trap: 'Lịch sự kiện' /su-kien?thang=YYYY-MM with ‹ › months forever. Unknown URLs: 404. No sitemap.")
                 % (len(cat(CLIENT_ONLY)), sum(len(cat(c)[PAGE:]) for c in MENU)),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/tin-tuc/%d" % ARTS[3]["id"], "status": 301, "location": ARTS[3]["path"]},
    {"path": "/chuyen-muc/thoi-su", "status": 200, "contains": "\\u002Fapi\\u002Fnews"},
    {"path": "/chuyen-muc/goc-nhin", "status": 404},
    {"path": "/api/news?category=77", "status": 400},
    {"path": "/en/news/%d" % ARTS[0]["id"], "status": 200, "not_contains": ARTS[0]["title"]},
]
SUMMARY = {
    "chains": ["home: window.__INITIAL_STATE__.home.gocNhin[].url (\\u002F-escaped; client-only box)",
               "/chuyen-muc/<c>: 12 SSR cards + state.category{categoryId, items, hasMore} -> /api/news?category=&after=<last id>&limit=12 (keyset, 429 every other call)"],
    "alias_kinds": ["/tin-tuc/<id> (301)", "stale slug /tin-tuc/<x>-<id>.html (301)"],
    "quirks": ["serialize-javascript \\u002F escapes", "429 + Retry-After on the API", "hreflang en stubs (out of scope)", "month calendar trap"],
}
