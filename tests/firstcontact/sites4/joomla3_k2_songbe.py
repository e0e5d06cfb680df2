"""Replica: Cổng thông tin điện tử Đảng bộ tỉnh Sông Bé, Joomla 3.10 + K2 2.11 with a JSitemap-style sitemap index
announced only by a mixed-case `SITEMAP:` line of robots.txt (on a query-string URL): one sub-sitemap 404s, a Google
News sitemap is the only place listing 'Thông cáo báo chí', and a huge media sitemap (25,000 scans) ends with the
'Tư liệu' items, which nothing else lists.  K2 calendar module = month/day archive trap.

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

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Sông Bé"
CATS = {  # key: (K2 catid, name, menu Itemid or None)
    "thoi-su": (2, "Thời sự", 103),
    "xay-dung-dang": (3, "Xây dựng Đảng", 104),
    "kinh-te-xa-hoi": (4, "Kinh tế - Xã hội", 105),
    "thong-cao-bao-chi": (6, "Thông cáo báo chí", None),
    "tu-lieu": (7, "Tư liệu", None),
}
MENU = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi"]
GNEWS_ONLY = "thong-cao-bao-chi"
HUGE_ONLY = "tu-lieu"
HOME_ITEMID = 101
PER = 10
N_MEDIA = 25000
_CYCLE = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "thoi-su", "tu-lieu", "xay-dung-dang", "thoi-su", "kinh-te-xa-hoi",
          "thong-cao-bao-chi", "xay-dung-dang", "thoi-su", "kinh-te-xa-hoi", "tu-lieu"]
ARTS = make_articles(8505, 122, _CYCLE,
                     ["Thủ Dầu Một", "Bến Cát", "Tân Uyên", "Thuận An", "Dĩ An", "Đồng Xoài", "Bình Long", "Phước Long", "Lộc Ninh",
                      "Bù Đăng"],
                     ["Lai Uyên", "Tân Định", "Minh Hưng", "Thanh Lương", "Phú Giáo", "Đức Liễu"], gap=(550, 2000))
for _a in ARTS:
    _a["id"] = 3300 + 3 * (len(ARTS) - _a["i"]) + _a["i"] % 2
    _a["catid"], _, _itemid = CATS[_a["cat"]]
    _a["itemid"] = _itemid or HOME_ITEMID
    _a["alias"] = _a["slug"][:90].rstrip("-")
    _a["path"] = ("/%s/item/%d-%s.html" % (_a["cat"], _a["id"], _a["alias"])) if _itemid else \
        ("/component/k2/item/%d-%s.html" % (_a["id"], _a["alias"]))
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
MONTHS_VI = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
             "Tháng Mười", "Tháng Mười một", "Tháng Mười hai"]
WEBLINKS = {12: ("cong-thong-tin-dien-tu-tinh", "Cổng thông tin điện tử tỉnh Sông Bé", "https://songbe.gov.vn.example/"),
            14: ("bao-song-be", "Báo Sông Bé", "https://baosongbe.example/"),
            15: ("dang-cong-san-viet-nam", "Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.example/")}
KEYWORDS = ["đại hội", "chuyển đổi số", "cao su", "khu công nghiệp", "nông thôn mới"]


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def nonsef(a):
    return "/index.php?option=com_k2&view=item&id=%d:%s&Itemid=%d" % (a["id"], a["alias"], a["itemid"])


def k2date(d):
    return "%s, %02d %s %d %s" % (THU_LOWER[d.weekday()], d.day, MONTHS_VI[d.month - 1], d.year, d.strftime("%H:%M"))


# ---------------------------------------------------------------- layout
def calendar(y, m):
    """K2 Calendar module (shows Thời sự / Xây dựng Đảng / Kinh tế - Xã hội only)."""
    first = datetime(y, m, 1)
    nm = (first + timedelta(days=32)).replace(day=1)
    pm = (first - timedelta(days=1)).replace(day=1)
    days = {a["date"].day for a in ARTS if a["cat"] in MENU and a["date"].year == y and a["date"].month == m}
    cells = ["<td></td>"] * first.weekday()
    d = first
    while d < nm:
        cells.append('<td class="calendarDate%s">%s</td>' % (" calendarDateLinked" if d.day in days else "",
                                                            '<a href="/tin-tuc/itemlist/date/%d/%d/%d.html">%d</a>' % (y, m, d.day, d.day) if d.day in days else str(d.day)))
        d += timedelta(days=1)
    rows = "".join("<tr>%s</tr>" % "".join(cells[k:k + 7]) for k in range(0, len(cells), 7))
    return """<div id="k2ModuleBox130" class="k2CalendarBlock"><table class="calendar"><tr><td class="calendarNavMonthPrev"><a class="calendarNavLink" href="/tin-tuc/itemlist/date/%d/%d.html">&laquo;</a></td>
<td class="calendarCurrentMonth" colspan="5">%s %d</td><td class="calendarNavMonthNext"><a class="calendarNavLink" href="/tin-tuc/itemlist/date/%d/%d.html">&raquo;</a></td></tr>
<tr><td class="calendarDayName">T2</td><td class="calendarDayName">T3</td><td class="calendarDayName">T4</td><td class="calendarDayName">T5</td><td class="calendarDayName">T6</td><td class="calendarDayName">T7</td><td class="calendarDayName">CN</td></tr>%s</table></div>""" % (
        pm.year, pm.month, MONTHS_VI[m - 1], y, nm.year, nm.month, rows)


def shell(req, title, main, cal=(2024, 7), canonical=None, itemid=HOME_ITEMID):
    menu = "".join('<li class="item-%d%s"><a href="/%s.html">%s</a></li>' % (CATS[c][2], " current active" if itemid == CATS[c][2] else "", c, E(CATS[c][1])) for c in MENU)
    popular = [a for c in MENU for a in in_cat(c)[2:8:3]]
    links = "".join('<li><a href="/lien-ket-website/%d-%s" target="_blank" rel="noopener">%s</a></li>' % (k, v[0], E(v[1])) for k, v in WEBLINKS.items())
    kw = " ".join('<a href="/tim-kiem?searchword=%s&amp;searchphrase=all">%s</a>' % (quote(k), E(k)) for k in KEYWORDS)
    return """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%s" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>%s</title>
%s	<link href="/templates/songbe/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/components/com_k2/css/k2.css?v=2.11.20230505" rel="stylesheet" />
	<link href="/templates/songbe/css/template.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?8f6f0a8b"></script>
	<script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20230505&amp;sitepath=/"></script>
</head>
<body class="site com_k2 view-itemlist itemid-%d">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/"><img src="/images/banner/banner-songbe.png" alt="%s" /></a><div class="header-date">Thứ bảy, 06/07/2024</div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Trang chủ</a></li>%s</ul></nav>
<div class="row-fluid"><main id="content" class="span9">%s</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Tin đọc nhiều</h3><ul class="mostread">%s</ul></div>
<div class="moduletable"><h3>Lịch bài viết</h3>%s</div>
<div class="moduletable"><h3>Từ khóa</h3><div class="tagcloud">%s</div></div>
<div class="moduletable"><h3>Liên kết website</h3><ul class="weblinks">%s</ul></div>
</div></div>
<footer class="footer"><p>Cổng thông tin điện tử Đảng bộ tỉnh Sông Bé. Cơ quan chủ quản: Văn phòng Tỉnh ủy Sông Bé.</p><p>Địa chỉ: đường Cách Mạng Tháng Tám, thị xã Thủ Dầu Một. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng này.</p></footer>
</div></div>
</body>
</html>""" % (E(req.base + req.uri), E(title), ('\t<link href="%s" rel="canonical" />\n' % E(canonical)) if canonical else "", itemid, E(SITE), menu, main,
              "".join('<li><a href="%s">%s</a></li>' % (E(nonsef(a)), E(a["title"])) for a in popular), calendar(*cal), kw, links)


def not_found(req):
    return html_resp("""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>404 - Không tìm thấy trang</title></head>
<body class="error"><div class="error-page"><h1>404 - Không tìm thấy trang</h1><p>Bạn không thể xem trang này vì:</p><ol><li>bookmark/favourite hết hạn</li><li>địa chỉ bị gõ sai</li></ol>
<p><a href="/">Trang chủ</a></p></div></body></html>""", 404)


def item_card(a):
    return """<div class="itemContainer"><div class="catItemView"><div class="catItemHeader"><span class="catItemDateCreated">%s</span>
<h3 class="catItemTitle"><a href="%s">%s</a></h3></div><div class="catItemBody"><div class="catItemImageBlock"><span class="catItemImage"><a href="%s"><img src="/media/k2/items/cache/%s_S.jpg" alt="%s" /></a></span></div>
<div class="catItemIntroText"><p>%s</p></div></div><div class="catItemReadMore"><a class="k2ReadMore" href="%s">Xem tiếp...</a></div></div></div>""" % (
        k2date(a["date"]), a["path"], E(a["title"]), a["path"], hexid(str(a["id"]), 32), E(a["title"]), E(a["sapo"]), a["path"])


def joomla_pagination(base, start, total, per):
    last = npages(total, per)
    cur = start // per + 1
    if last <= 1:
        return ""

    def href(p):
        return base if p == 1 else "%s?start=%d" % (base, (p - 1) * per)
    li = []
    li.append('<li><a title="Đầu" href="%s">Đầu</a></li>' % href(1) if cur > 1 else '<li class="disabled"><span>Đầu</span></li>')
    li.append('<li><a title="Trước" href="%s">Trước</a></li>' % href(cur - 1) if cur > 1 else '<li class="disabled"><span>Trước</span></li>')
    for p in range(max(1, cur - 4), min(last, cur + 4) + 1):
        li.append('<li class="active"><span>%d</span></li>' % p if p == cur else '<li><a href="%s">%d</a></li>' % (href(p), p))
    li.append('<li><a title="Tiếp" href="%s">Tiếp</a></li>' % href(cur + 1) if cur < last else '<li class="disabled"><span>Tiếp</span></li>')
    li.append('<li><a title="Cuối" href="%s">Cuối</a></li>' % href(last) if cur < last else '<li class="disabled"><span>Cuối</span></li>')
    return '<div class="k2Pagination"><ul class="pagination-list">%s</ul><div class="k2PaginationCounter">Trang %d của %d</div></div>' % ("".join(li), cur, last)


def home(req):
    main = ['<div class="k2ItemsBlock tin-noi-bat"><h2>Tin nổi bật</h2>%s</div>' % "".join(item_card(a) for a in in_cat("thoi-su")[:3])]
    for c in MENU:
        main.append('<div class="k2ItemsBlock"><h2><a href="/%s.html">%s</a></h2><ul>%s</ul></div>' % (
            c, E(CATS[c][1]), "".join('<li><a class="moduleItemTitle" href="%s">%s</a> <span class="moduleItemDateCreated">%s</span></li>' % (
                a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y")) for a in in_cat(c)[:6])))
    return html_resp(shell(req, SITE, "".join(main), canonical=req.base + "/"))


def category(req, c):
    items = in_cat(c)
    start = req.int_arg("start", req.int_arg("limitstart", 0))
    chunk = items[start:start + PER] if start >= 0 else []
    base = "/%s.html" % c
    main = '<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>%s</h2></div><div class="itemList">%s</div>%s</div>' % (
        E(CATS[c][1]), "".join(item_card(a) for a in chunk), joomla_pagination(base, start, len(items), PER) if chunk else "")
    return html_resp(shell(req, "%s - %s" % (CATS[c][1], SITE), main, canonical=req.base + base + ("?start=%d" % start if start else ""), itemid=CATS[c][2]))


def date_list(req, y, m, d=None):
    items = [a for a in ARTS if a["cat"] in MENU and a["date"].year == y and a["date"].month == m and (d is None or a["date"].day == d)]
    label = ("%d %s %d" % (d, MONTHS_VI[m - 1], y)) if d else ("%s %d" % (MONTHS_VI[m - 1], y))
    main = '<div id="k2Container" class="itemListView"><h2>Bài viết ngày %s</h2><div class="itemList">%s</div></div>' % (
        label, "".join(item_card(a) for a in items[:PER]) or "<p>Không có bài viết.</p>")
    return html_resp(shell(req, "Lưu trữ %s - %s" % (label, SITE), main, cal=(y, m)))


def article(req, a):
    c = a["cat"]
    same = [b for b in in_cat(c) if b is not a]
    k = next((i for i, b in enumerate(same) if b["date"] < a["date"]), len(same))
    related = same[max(0, k - 2):k + 3]
    intro = "<p>%s</p>" % E(a["sapo"])
    full = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    print_mode = req.q.get("tmpl") == "component"
    main = """<span id="startOfPageId%d"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">%s</span><h2 class="itemTitle">%s</h2><span class="itemAuthor">Viết bởi %s</span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="%s?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;">In</a></li><li><span class="itemHits">Lượt xem <b>%d</b></span></li></ul></div>
<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><img src="/media/k2/items/cache/%s_L.jpg" alt="%s" /></span><span class="itemImageCaption">%s</span><span class="itemImageCredits">Ảnh: %s</span></div>
<div class="itemIntroText"><strong>%s</strong></div><div class="itemFullText">%s<p style="text-align: right;"><strong>%s</strong></p></div></div>
<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>%s</ul></div>
<div class="itemNavigation"><span class="itemNavigationTitle">Thêm trong mục này:</span> <a class="itemCategoryLink" href="%s">%s</a></div>
</div>""" % (a["id"], k2date(a["date"]), E(a["title"]), E(a["by"]), a["path"], a["views"], hexid(str(a["id"]), 32), E(a["title"]), E(a["cap"]), E(a["by"]),
             E(a["sapo"]), full, E(a["by"]),
             "".join('<li class="even"><a href="%s">%s</a></li>' % (b["path"], E(b["title"])) for b in related),
             ("/%s.html" % c) if CATS[c][2] else "/", E(CATS[c][1]) if CATS[c][2] else "Trang chủ")
    if print_mode:
        return html_resp('<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>%s</title><link href="%s%s" rel="canonical" /></head><body class="contentpane">%s</body></html>' % (
            E(a["title"]), req.base, a["path"], main))
    return html_resp(shell(req, "%s - %s" % (a["title"], SITE), main, canonical=req.base + a["path"], itemid=a["itemid"]))


def search(req):
    w = req.q.get("searchword", "")
    start = req.int_arg("start", 0)
    main = '<h2>Tìm kiếm: %s</h2><p>Tổng cộng: %d kết quả.</p><p><a href="/tim-kiem?searchword=%s&amp;searchphrase=all&amp;start=%d">Tiếp</a></p>' % (
        E(w), 20 + start, quote(w), start + 20)
    return html_resp(shell(req, "Tìm kiếm", main))


# ---------------------------------------------------------------- sitemaps (JSitemap-style, query-string URLs)
SM = "/index.php?option=com_jmap&view=sitemap&format=xml"
SM_INDEX = SM + "&sitemap_index=1"
SM_PARTS = [SM + "&dataset=1", SM + "&dataset=2", "/index.php?option=com_jmap&view=sitemap&format=gnews", SM + "&dataset=3"]
_huge_cache = {}


def sm_index(req):
    rows = "".join("<sitemap><loc>%s</loc><lastmod>2024-07-06T03:00:00+00:00</lastmod></sitemap>\n" % E(req.base + p) for p in SM_PARTS)
    return text_resp('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</sitemapindex>\n' % rows,
                     "application/xml; charset=utf-8")


def sm_dataset1(req):
    entries = [("/", TODAY)] + [("/%s.html" % c, None) for c in MENU] + [(a["path"], a["date"]) for a in ARTS if a["cat"] in MENU]
    return text_resp(urlset(req.base, entries), "application/xml; charset=utf-8")


def sm_gnews(req):
    # the plugin ignores Google's 48-hour rule: newest 20 'Thời sự' + every 'Thông cáo báo chí', newest first
    items = sorted(in_cat("thoi-su")[:20] + in_cat(GNEWS_ONLY), key=lambda a: a["date"], reverse=True)
    rows = []
    for a in items:
        rows.append("<url><loc>%s</loc><news:news><news:publication><news:name>Đảng bộ tỉnh Sông Bé</news:name><news:language>vi</news:language></news:publication>"
                    "<news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>" % (
                        E(req.base + a["path"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), E(a["title"])))
    return text_resp('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n%s\n</urlset>\n' % "\n".join(rows),
                     "application/xml; charset=utf-8")


def sm_huge(req):
    if req.base not in _huge_cache:
        rng = random.Random(25)
        rows = []
        for k in range(N_MEDIA):
            y = 1976 + k * 20 // N_MEDIA
            rows.append("<url><loc>%s/images/tu-lieu/scan/%d/%05d.jpg</loc><lastmod>2019-%02d-%02d</lastmod></url>" % (
                req.base, y, k + 1, 1 + rng.randrange(12), 1 + rng.randrange(28)))
        rows += ["<url><loc>%s</loc><lastmod>%s</lastmod><changefreq>never</changefreq></url>" % (E(req.base + a["path"]), a["date"].strftime("%Y-%m-%d"))
                 for a in in_cat(HUGE_ONLY)]
        _huge_cache.clear()
        _huge_cache[req.base] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % "\n".join(rows)).encode("utf-8")
    return 200, [("Content-Type", "application/xml; charset=utf-8")], _huge_cache[req.base]


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/orig.html

User-Agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
disallow: /component/search/
DISALLOW: /tim-kiem

SITEMAP: {base}""" + SM_INDEX + "\n"


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p.startswith(("/images/", "/media/", "/templates/")) or p.endswith((".css", ".js", ".png", ".jpg", ".ico")):
        return 200, [("Content-Type", "image/jpeg")], PIXEL
    if p == "/index.php" and req.q.get("option") == "com_jmap":
        key = "/index.php?" + req.qs
        if key == SM_INDEX:
            return sm_index(req)
        if key == SM_PARTS[0]:
            return sm_dataset1(req)
        if key == SM_PARTS[2]:
            return sm_gnews(req)
        if key == SM_PARTS[3]:
            return sm_huge(req)
        return not_found(req)                               # dataset=2 was deleted but is still in the index
    if p == "/index.php" and req.q.get("option") == "com_k2" and req.q.get("view") == "item":
        a = BY_ID.get(int(re.match(r"\d*", req.q.get("id", "")).group(0) or 0))
        return article(req, a) if a else not_found(req)
    if p == "/index.php" and req.q.get("option") == "com_weblinks":
        w = WEBLINKS.get(req.int_arg("id", 0))
        return moved(303, w[2]) if w else not_found(req)
    if p in ("/", "/index.php"):
        return home(req)
    m = re.match(r"^/lien-ket-website/(\d+)-[a-z-]+$", p)
    if m and int(m.group(1)) in WEBLINKS:
        return moved(303, WEBLINKS[int(m.group(1))][2])    # com_weblinks task=weblink.go
    m = re.match(r"^/([a-z-]+)\.html$", p)
    if m and m.group(1) in MENU:
        return category(req, m.group(1))
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/(?:[a-z-]+|component/k2)/item/(\d+)(?:-[a-z0-9-]*)?(?:\.html)?$", p)
    if m and int(m.group(1)) in BY_ID:
        return moved(301, req.base + BY_ID[int(m.group(1))]["path"])
    m = re.match(r"^/tin-tuc/itemlist/date/(\d{4})/(\d{1,2})(?:/(\d{1,2}))?\.html$", p)
    if m and 1 <= int(m.group(2)) <= 12:
        return date_list(req, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    if p == "/tim-kiem":
        return search(req)
    return not_found(req)


app = wsgi(handle, [("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("X-Content-Powered-By", "K2 v2.11 (by JoomlaWorks)")])


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": [nonsef(a), a["path"] + "?tmpl=component&print=1",
                                                         "/%s/item/%d" % (a["cat"] if CATS[a["cat"]][2] else "component/k2", a["id"])]} for a in ARTS}
    only = [a["path"] for a in ARTS if a["cat"] in (GNEWS_ONLY, HUGE_ONLY)]
    return {
        "family": "Joomla 3.10 + K2 2.11 with a JSitemap-style sitemap index (mixed-case robots, 404 sub-sitemap, Google News, huge media sitemap)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/administrator/", "/components/", "/modules/", "/plugins/", "/tmp/", "/component/search/", "/tim-kiem"],
        "trap_prefixes": ["/tin-tuc/itemlist/date/", "/tim-kiem"],
        "offsite_redirects": ["/lien-ket-website/%d-%s" % (k, v[0]) for k, v in WEBLINKS.items()],
        "only_via": {"sitemap": only},
        "sitemaps": {"index": SM_INDEX, "parts": SM_PARTS, "missing": SM_PARTS[1], "google_news": SM_PARTS[2], "huge": SM_PARTS[3],
                     "huge_entries": N_MEDIA + len(in_cat(HUGE_ONLY))},
        "notes": ("K2 items /<menu alias>/item/<id>-<alias>.html for Thời sự / Xây dựng Đảng / Kinh tế - Xã hội (category lists "
                  "/<alias>.html?start=10…, Joomla pager Đầu/Trước/1..N/Tiếp/Cuối); items of categories without a menu item "
                  "('Thông cáo báo chí', 'Tư liệu') live at /component/k2/item/<id>-<alias>.html and are linked from NO page. "
                  "robots.txt (Joomla default comments + 'User-Agent: *', mixed-case 'disallow:' / 'DISALLOW: /tim-kiem') ends with "
                  "'SITEMAP: http://<host>/index.php?option=com_jmap&view=sitemap&format=xml&sitemap_index=1' (no /sitemap.xml: that "
                  "404s). The index lists, in order: &dataset=1 (menu categories + their items), &dataset=2 (404, deleted dataset), "
                  "format=gnews (Google News sitemap, news:news blocks, newest Thời sự + ALL %d 'Thông cáo báo chí' items; the only "
                  "place they appear) and &dataset=3 (a ~2.3 MB urlset: %d scanned-image URLs /images/tu-lieu/scan/<year>/<n>.jpg, then "
                  "the %d 'Tư liệu' items, the only place they appear). A crawler must keep going after the 404, read the news "
                  "namespace and read a long sitemap to the end. Aliases: non-SEF /index.php?option=com_k2&view=item&id=<id>:<alias>"
                  "&Itemid=<n> ('Tin đọc nhiều', 200), ?tmpl=component&print=1 (print, 200), id-only /<alias>/item/<id> (301). Traps: "
                  "K2 calendar module /tin-tuc/itemlist/date/YYYY/M(/D).html with « » months forever; 'Từ khóa' search "
                  "/tim-kiem?searchword= with an endless 'Tiếp' (also disallowed by the upper-case 'DISALLOW:' line). Hazard: "
                  "'Liên kết website' /lien-ket-website/<id>-<alias> 303s to other domains. <base href> = the request URL (Joomla).")
                 % (len(in_cat(GNEWS_ONLY)), N_MEDIA, len(in_cat(HUGE_ONLY))),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/robots.txt", "status": 200, "contains": "SITEMAP: http://replica.test:8080" + SM_INDEX},
    {"path": SM_PARTS[1], "status": 404},
    {"path": "/sitemap.xml", "status": 404},
    {"path": SM_PARTS[2], "status": 200, "contains": in_cat(GNEWS_ONLY)[-1]["path"]},
    {"path": SM_PARTS[3], "status": 200, "contains": in_cat(HUGE_ONLY)[-1]["path"]},
    {"path": "/thoi-su.html?start=%d" % (len(in_cat("thoi-su")) + 10), "status": 200, "not_contains": "catItemTitle"},
    {"path": "/component/k2/item/%d" % in_cat(HUGE_ONLY)[0]["id"], "status": 301, "location": in_cat(HUGE_ONLY)[0]["path"]},
]
SUMMARY = {
    "chains": ["/<cat>.html?start=N Joomla pager", "robots SITEMAP: -> com_jmap index -> dataset=1 | dataset=2 (404) | gnews | dataset=3 (huge)"],
    "alias_kinds": ["non-SEF index.php?option=com_k2&view=item&id=<id>:<alias>&Itemid= (200)", "?tmpl=component&print=1 (200)", "id-only (301)"],
    "quirks": ["mixed-case robots directives", "sitemap on a query-string URL", "404 sub-sitemap", "Google News only", "2.3 MB sitemap",
               "K2 calendar trap", "off-site weblinks"],
}
