"""Replica: Báo điện tử Đảng bộ tỉnh Cửu Long, custom Laravel CMS whose older news is reachable only through 'Tin theo ngày'.

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

SITE = "Báo điện tử Đảng bộ tỉnh Cửu Long"
CATS = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}
ARTS = make_articles(7777, 118, ["chinh-tri", "kinh-te", "xa-hoi", "chinh-tri", "xa-hoi"],
                     ["Vĩnh Long", "Trà Vinh", "Tam Bình", "Cầu Kè", "Long Hồ", "Trà Ôn", "Duyên Hải", "Vũng Liêm"],
                     ["Tân Ngãi", "Hòa Ninh", "Long Đức", "Phong Phú", "Mỹ An", "Trung Thành"], gap=(700, 2900))
for _a in ARTS:
    _a["id"] = 15000 + 3 * (len(ARTS) - _a["i"])
    _a["path"] = "/tin/%s-a%d.html" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
PER = 10
CHAIN_PAGES = 5                       # 'Tin cũ hơn' stops after 5 pages (50 items)
MIN_DAY = datetime(2024, 1, 1)        # date picker range: 01/01/2024 .. today
TODAY_D = datetime(2024, 6, 14)
SITEMAP_N = 40


def on_day(d):
    return [a for a in ARTS if a["date"].date() == d.date()]


def shell(req, title, main, canonical=None):
    nav = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (k, E(v)) for k, v in CATS.items())
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="csrf-token" content="%s"><title>%s</title>%s
<link rel="stylesheet" href="/css/app.css?id=7a1c0d"></head><body>
<header class="topbar"><a class="logo" href="/">%s</a><span class="today">Thứ Sáu, 14/06/2024</span>
<nav><ul><li><a href="/">Trang chủ</a></li>%s<li><a href="/tin-tuc/ngay/2024-06-14">Tin theo ngày</a></li></ul></nav>
<form class="datepick" action="/tin-tuc/ngay" method="get"><label>Xem tin ngày <input type="date" name="d" min="2024-01-01" max="2024-06-14" value="2024-06-14"></label><button type="submit">Xem</button></form></header>
<main class="container">%s</main>
<footer><p>Cơ quan của Đảng bộ tỉnh Cửu Long. Tổng biên tập: Trần Văn Hiếu.</p><p><a href="/tim-kiem?tu-khoa=n%%C3%%B4ng+th%%C3%%B4n+m%%E1%%BB%%9Bi">Nông thôn mới</a></p></footer>
<script src="/js/app.js?id=91be2f"></script></body></html>""" % (
        hexid(title, 40), E(title), '<link rel="canonical" href="%s">' % E(canonical) if canonical else "", E(SITE), nav, main)


def row(a):
    return '<div class="news-row"><h3><a href="%s">%s</a></h3><span class="time">%s</span><div class="sapo">%s</div></div>' % (
        a["path"], E(a["title"]), a["date"].strftime("%H:%M %d/%m/%Y"), E(a["sapo"]))


def older(req, n):
    chunk = ARTS[(n - 1) * PER:n * PER]
    if n > CHAIN_PAGES or not chunk:
        return html_resp(shell(req, "Tin cũ hơn", '<p class="empty">Không còn tin.</p>'), 404)
    nxt = '<a class="more" href="/tin-tuc/cu-hon/%d">Tin cũ hơn »</a>' % (n + 1) if n < CHAIN_PAGES else \
        '<p class="hint">Để xem các tin cũ hơn, mời bạn chọn ngày trong mục <a href="/tin-tuc/ngay/2024-06-14">Tin theo ngày</a>.</p>'
    title = SITE if n == 1 else "Tin cũ hơn - trang %d" % n
    main = "<h1>%s</h1>%s%s" % ("Tin mới nhất" if n == 1 else "Tin cũ hơn", "".join(row(a) for a in chunk), nxt)
    return html_resp(shell(req, title, main, req.base + ("/" if n == 1 else "/tin-tuc/cu-hon/%d" % n)))


def month_grid(day):
    first = day.replace(day=1)
    nm = (first + timedelta(days=32)).replace(day=1)
    pm = (first - timedelta(days=1)).replace(day=1)
    cells = ['<td></td>'] * first.weekday()
    d = first
    while d < nm:
        if d <= TODAY_D:
            cls = "has-news" if on_day(d) else "no-news"
            cells.append('<td class="%s%s"><a href="/tin-tuc/ngay/%s">%d</a></td>' % (cls, " sel" if d == day else "", d.strftime("%Y-%m-%d"), d.day))
        else:
            cells.append('<td class="future">%d</td>' % d.day)
        d += timedelta(days=1)
    rows_ = "".join("<tr>%s</tr>" % "".join(cells[k:k + 7]) for k in range(0, len(cells), 7))
    nav = '<a class="prev-month" href="/tin-tuc/ngay/%s">« Tháng %d/%d</a>' % (pm.strftime("%Y-%m-%d"), pm.month, pm.year)
    if nm <= TODAY_D:
        nav += ' <a class="next-month" href="/tin-tuc/ngay/%s">Tháng %d/%d »</a>' % (nm.strftime("%Y-%m-%d"), nm.month, nm.year)
    return '<div class="calendar"><div class="cal-head">Tháng %d/%d %s</div><table><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>%s</table></div>' % (
        day.month, day.year, nav, rows_)


def day_page(req, day):
    items = on_day(day)
    pv, nx = day - timedelta(days=1), day + timedelta(days=1)
    nav = '<a class="prev-day" href="/tin-tuc/ngay/%s">‹ Ngày trước</a>' % pv.strftime("%Y-%m-%d")
    if day < TODAY_D:
        nav += ' <a class="next-day" href="/tin-tuc/ngay/%s">Ngày sau ›</a>' % nx.strftime("%Y-%m-%d")
    lst = "".join(row(a) for a in items) if items else '<p class="empty">Không có tin bài nào trong ngày này.</p>'
    main = '<h1>Tin ngày %s, %s</h1>%s<div class="daynav">%s</div>%s' % (THU_LOWER[day.weekday()], day.strftime("%d/%m/%Y"), lst, nav, month_grid(day))
    return html_resp(shell(req, "Tin ngày %s" % day.strftime("%d/%m/%Y"), main, req.base + "/tin-tuc/ngay/" + day.strftime("%Y-%m-%d")))


def category(req, c):
    items = [a for a in ARTS if a["cat"] == c][:PER]
    main = '<h1>%s</h1>%s<p class="hint">Xem thêm tin trong mục <a href="/tin-tuc/ngay/2024-06-14">Tin theo ngày</a>.</p>' % (E(CATS[c]), "".join(row(a) for a in items))
    return html_resp(shell(req, CATS[c], main, req.base + "/chuyen-muc/" + c))


def article(req, a, mobile=False):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    main = """<article><div class="crumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/%s">%s</a></div><h1>%s</h1>
<div class="meta"><a href="/tin-tuc/ngay/%s">%s</a> %s · %s</div><div class="sapo"><strong>%s</strong></div>
<figure><img src="/storage/%s/%d.jpg" alt=""><figcaption>%s</figcaption></figure><div class="content">%s<p class="author"><strong>%s</strong></p></div>
<div class="tools">%s<a href="/in/%d" rel="nofollow">In</a></div></article>""" % (
        a["cat"], E(CATS[a["cat"]]), E(a["title"]), a["date"].strftime("%Y-%m-%d"), a["date"].strftime("%d/%m/%Y"), a["date"].strftime("%H:%M"),
        E(a["by"]), E(a["sapo"]), a["date"].strftime("%Y/%m"), a["id"], E(a["cap"]), body, E(a["by"]),
        "" if mobile else '<a href="/m%s">Bản di động</a> · ' % a["path"], a["id"])
    return html_resp(shell(req, a["title"], main, req.base + a["path"]))


def sitemap(req):
    rows_ = ['<url><loc>%s</loc><lastmod>%s</lastmod><changefreq>daily</changefreq></url>' % (E(req.base + a["path"]), a["date"].strftime("%d/%m/%Y %H:%M"))
             for a in ARTS[:SITEMAP_N]]
    return text_resp('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>%s/</loc><lastmod>14/06/2024 09:15</lastmod></url>\n%s\n</urlset>\n' % (
        req.base, "\n".join(rows_)), "application/xml; charset=utf-8")


def search(req):
    k, pg = req.q.get("tu-khoa", ""), req.int_arg("page", 1)
    main = '<h1>Tìm kiếm: %s</h1><p>Không có kết quả (trang %d).</p><a href="/tim-kiem?tu-khoa=%s&amp;page=%d">Trang tiếp</a>' % (E(k), pg, quote(k), pg + 1)
    return html_resp(shell(req, "Tìm kiếm", main))


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /in/
Disallow: /tim-kiem
Disallow: /api/

Sitemap: {base}/sitemap.xml
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p == "/sitemap.xml":
        return sitemap(req)
    if p.endswith((".css", ".js", ".jpg", ".png")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return older(req, 1)
    m = re.match(r"^/tin-tuc/cu-hon/(\d+)$", p)
    if m:
        n = int(m.group(1))
        if n == 1:
            return moved(301, req.base + "/")
        return older(req, n)
    if p == "/tin-tuc/ngay":
        d = req.q.get("d", "")
        try:
            datetime.strptime(d, "%Y-%m-%d")
        except ValueError:
            return moved(302, req.base + "/tin-tuc/ngay/2024-06-14")
        return moved(302, req.base + "/tin-tuc/ngay/" + d)
    m = re.match(r"^/tin-tuc/ngay/(\d{4}-\d{2}-\d{2})$", p)
    if m:
        try:
            day = datetime.strptime(m.group(1), "%Y-%m-%d")
        except ValueError:
            return html_resp(shell(req, "404", "<h1>Không tìm thấy</h1>"), 404)
        return day_page(req, day)            # any date answers 200, before the range and after today too
    m = re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in CATS:
        return category(req, m.group(1))
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    if p.startswith("/m/") and p[2:] in BY_PATH:
        return article(req, BY_PATH[p[2:]], mobile=True)
    m = re.match(r"^/in/(\d+)$", p)
    if m and int(m.group(1)) in BY_ID:
        a = BY_ID[int(m.group(1))]
        return html_resp('<html><head><meta charset="utf-8"><title>%s</title></head><body onload="print()"><h1>%s</h1>%s</body></html>' % (
            E(a["title"]), E(a["title"]), "".join("<p>%s</p>" % E(x) for x in a["paras"])))
    m = re.match(r"^/tin/.*-a(\d+)\.html$", p)
    if m and int(m.group(1)) in BY_ID:
        return moved(301, req.base + BY_ID[int(m.group(1))]["path"])
    if p == "/tim-kiem":
        return search(req)
    return html_resp(shell(req, "404", "<h1>404 - Không tìm thấy trang</h1>"), 404)


app = wsgi(handle, [("Server", "nginx/1.22.1"), ("X-Powered-By", "PHP/8.2.12")])


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": ["/m" + a["path"], "/in/%d" % a["id"]]} for a in ARTS}
    return {
        "family": "Custom Laravel news CMS ('Tin theo ngày' date archive + bounded 'Tin cũ hơn' chain)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/in/", "/tim-kiem", "/api/"],
        "trap_prefixes": ["/tin-tuc/ngay/2023-", "/tim-kiem"],
        "notes": ("Home = newest 10 + 'Tin cũ hơn' chain /tin-tuc/cu-hon/2..5 (50 newest items); page 5 has no next link, only a "
                  "hint to 'Tin theo ngày'; /tin-tuc/cu-hon/6+ -> 404. Category pages show 10 items, no pager. Everything older is "
                  "reachable only through the date archive /tin-tuc/ngay/YYYY-MM-DD: each day page lists that day's items, has "
                  "'‹ Ngày trước' (always) / 'Ngày sau ›' (not on today) and a month grid linking every day up to today plus '« Tháng "
                  "trước' (always) / 'Tháng sau »' (not for the current month). The GET date picker <input type=date name=d "
                  "min=2024-01-01 max=2024-06-14> submits /tin-tuc/ngay?d=… (302 to the path form). Articles span Jan–Jun 2024; "
                  "any date answers 200 (empty days say 'Không có tin bài nào trong ngày này'), so walking back past 01/01/2024 "
                  "never ends: /tin-tuc/ngay/2023-… is the trap (future dates are not linked). robots Sitemap: /sitemap.xml lists only "
                  "the newest 40 articles, with lastmod in 'dd/mm/YYYY HH:MM' (not W3C). Aliases: mobile /m/tin/… (linked), print "
                  "/in/<id> (robots-disallowed); a stale slug with the right -a<id>.html 301s."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/tin-tuc/cu-hon/%d" % CHAIN_PAGES, "status": 200, "not_contains": "/tin-tuc/cu-hon/%d" % (CHAIN_PAGES + 1)},
    {"path": "/tin-tuc/cu-hon/%d" % (CHAIN_PAGES + 1), "status": 404},
    {"path": "/tin-tuc/ngay/2023-11-05", "status": 200, "contains": "Không có tin bài nào trong ngày này"},
    {"path": "/tin-tuc/ngay/2024-06-14", "status": 200, "not_contains": "Ngày sau"},
    {"path": "/tin-tuc/ngay?d=2024-05-13", "status": 302, "location": "/tin-tuc/ngay/2024-05-13"},
    {"path": "/sitemap.xml", "status": 200, "contains": "<lastmod>%s</lastmod>" % ARTS[0]["date"].strftime("%d/%m/%Y %H:%M")},
    {"path": "/tin-tuc/cu-hon/1", "status": 301, "location": "/"},
]
SUMMARY = {
    "chains": ["/ -> /tin-tuc/cu-hon/2..5 (bounded, 50 items)", "/tin-tuc/ngay/YYYY-MM-DD day pages: prev/next day + month grid + month nav",
               "GET date picker /tin-tuc/ngay?d= -> 302"],
    "alias_kinds": ["mobile /m/ (200)", "print /in/<id> (robots-disallowed)"],
    "quirks": ["calendar-only older items", "endless empty days before the range (trap)", "sitemap lastmod dd/mm/YYYY HH:MM, partial"],
}
