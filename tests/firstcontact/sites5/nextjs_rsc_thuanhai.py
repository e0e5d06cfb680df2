"""Replica F (set 5): Next.js 14 App Router news site of the (made-up) Thuận Hải provincial Party committee.
Discovery: server components render real <a href>s, but two client components loaded with ssr:false ('Phóng sự ảnh'
on the home page, 'Đọc nhiều' in the sidebar) exist only as props inside the React Server Components flight data
self.__next_f.push([1,"…"]), i.e. as \\"href\\":\\"/tin/…\\" inside JavaScript string literals.
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

SITE = "Báo điện tử Đảng bộ tỉnh Thuận Hải"
CATS = {"thoi-su": "Thời sự", "chinh-tri": "Chính trị - Xây dựng Đảng", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội",
        "phong-su-anh": "Phóng sự ảnh"}
MENU = ["thoi-su", "chinh-tri", "kinh-te", "xa-hoi"]
CLIENT = "phong-su-anh"
PER = 12
_CYCLE = ["thoi-su", "chinh-tri", "kinh-te", "thoi-su", "xa-hoi", "phong-su-anh", "chinh-tri", "kinh-te", "thoi-su"]
ARTS = make_articles(5606, 112, _CYCLE, ["Phan Thiết", "Phan Rang - Tháp Chàm", "La Gi", "Tuy Phong", "Ninh Hải", "Hàm Thuận Bắc",
                                         "Ninh Phước", "Đức Linh", "Bắc Bình", "Tánh Linh"],
                     ["Phước Dân", "Hòa Thắng", "Tân Hải", "Văn Hải", "Hàm Đức", "Phước Nam"], gap=(300, 1400))
for _a in ARTS:
    _a["id"] = 200300 + 17 * (len(ARTS) - _a["i"])
    _a["path"] = "/tin/%s-%d" % (_a["slug"][:80].strip("-"), _a["id"])
BY_PATH = {a["path"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}
POPULAR = sorted([a for a in ARTS if a["cat"] in MENU], key=lambda a: -a["views"])[:8]
LINKS = {"cong-thong-tin-tinh": "https://thuanhai.gov.vn.example/", "bao-thuan-hai": "https://baothuanhai.example/"}
BUILD = "kQ3v9xTn2LmPzR7sYb1cD"


def cat(c):
    return in_cat(ARTS, c)


def J(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def flight(text):
    """one RSC row as Next.js inlines it: self.__next_f.push([1,"<JSON string>"]) with < escaped."""
    return "<script>self.__next_f.push([1,%s])</script>" % json.dumps(text, ensure_ascii=False).replace("<", "\\u003c")


def card(a):
    return '<article class="card"><a href="%s" class="card-thumb"><img alt="" loading="lazy" src="/_next/image?url=%%2Fuploads%%2F%s.jpg&amp;w=384&amp;q=75"></a><h3 class="card-title"><a href="%s">%s</a></h3><p class="card-sapo">%s</p></article>' % (
        a["path"], hexid(a["title"]), a["path"], E(a["title"]), E(a["sapo"]))


def tree_row(a):
    return ["$", "article", a["id"], {"className": "card", "children": [["$", "$L5", None, {"href": a["path"], "children": a["title"]}]]}]


def client_props(a):
    return {"id": a["id"], "title": a["title"], "href": a["path"], "image": "/uploads/%s.jpg" % hexid(a["title"]), "publishedAt": iso(a["date"])}


def page(req, title, main, shown, canonical=None, status=200):
    nav = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (c, E(CATS[c])) for c in MENU)
    rows = [flight('1:HL["/_next/static/css/6f1a2b3c4d5e.css","style"]\n'),
            flight('0:["%s",[["children","__PAGE__",["__PAGE__",{}],["__PAGE__",{},null],null]]]\n' % BUILD),
            flight("5:I[\"2972\",[\"972\",\"static/chunks/972-1a2b3c.js\"],\"\"]\n"),
            flight("7:[\"$\",\"main\",null,{\"children\":%s}]\n" % J([tree_row(a) for a in shown])),
            flight("9:I[\"4410\",[\"410\",\"static/chunks/app/doc-nhieu-8c7d6e.js\"],\"DocNhieu\"]\n"),
            flight("a:[\"$\",\"$L9\",null,{\"title\":\"Đọc nhiều\",\"items\":%s}]\n" % J([client_props(a) for a in POPULAR]))]
    return status, [("Content-Type", "text/html; charset=utf-8"), ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch"),
                    ("x-nextjs-cache", "HIT")], """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/6f1a2b3c4d5e.css" data-precedence="next"><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3e4f5a.js">
<title>%s</title>%s<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>
<body class="__className_3a0388"><header class="site-header"><a href="/" class="logo"><img alt="%s" src="/logo.svg"></a><nav><ul><li><a href="/">Trang chủ</a></li>%s</ul></nav>
<div class="topbar"><a href="/dang-nhap">Đăng nhập</a> <a href="/lich-cong-tac/2024/46">Lịch công tác</a></div></header>
<div class="container"><main class="content">%s</main><aside class="sidebar"><section class="doc-nhieu"><h2>Đọc nhiều</h2><!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><div class="skeleton"></div><!--/$--></section></aside></div>
<footer class="site-footer"><p>Báo điện tử Đảng bộ tỉnh Thuận Hải. Giấy phép số 201/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Hòa.</p>
<p>Liên kết: <a href="/lien-ket/cong-thong-tin-tinh">Cổng thông tin điện tử tỉnh</a> · <a href="/lien-ket/bao-thuan-hai">Báo Thuận Hải</a></p></footer>
<script src="/_next/static/chunks/webpack-3e4f5a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>%s</body></html>""" % (
        E(title), ('<link rel="canonical" href="%s">' % E(canonical)) if canonical else "", E(SITE), nav, main, "".join(rows))


def home(req):
    top = cat("thoi-su")[:5]
    shown = list(top)
    main = ['<section class="hero"><h2>Tin nổi bật</h2>%s</section>' % "".join(card(a) for a in top)]
    for c in MENU[1:]:
        main.append('<section class="cat-block"><h2><a href="/chuyen-muc/%s">%s</a></h2>%s</section>' % (c, E(CATS[c]), "".join(card(a) for a in cat(c)[:4])))
        shown += cat(c)[:4]
    main.append('<section class="photo-story"><h2>Phóng sự ảnh</h2><!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><div class="skeleton"></div><!--/$--></section>')
    st, h, _ = page(req, SITE, "".join(main), shown, "http://%s/" % req.host)
    extra = flight("c:I[\"8123\",[\"123\",\"static/chunks/app/page-5b6c7d.js\"],\"PhotoStory\"]\n") + \
        flight("d:[\"$\",\"$Lc\",null,{\"title\":\"Phóng sự ảnh\",\"items\":%s}]\n" % J([client_props(a) for a in cat(CLIENT)]))
    return st, h, _.replace("</body></html>", extra + "</body></html>")


def listing(req, c):
    items = cat(c)
    n = req.int_arg("page", 1)
    last = npages(len(items), PER)
    chunk = items[(n - 1) * PER:n * PER] if n >= 1 else []
    if not chunk:
        return not_found(req)
    pg = []
    for p in pager_window(n, last, 2):
        if p is None:
            pg.append('<span class="dots">…</span>')
        elif p == n:
            pg.append('<span aria-current="page">%d</span>' % p)
        else:
            pg.append('<a href="/chuyen-muc/%s%s">%d</a>' % (c, "" if p == 1 else "?page=%d" % p, p))
    if n < last:
        pg.append('<a href="/chuyen-muc/%s?page=%d" rel="next">Trang sau ›</a>' % (c, n + 1))
    main = '<h1>%s</h1><div class="grid">%s</div><nav class="pagination">%s</nav>' % (E(CATS[c]), "".join(card(a) for a in chunk), "".join(pg))
    return page(req, "%s - %s" % (CATS[c], SITE), main, chunk, "http://%s/chuyen-muc/%s%s" % (req.host, c, "?page=%d" % n if n > 1 else ""))


def article(req, a):
    rel = [b for b in cat(a["cat"]) if b is not a][:5]
    crumb = '<a href="/chuyen-muc/%s">%s</a>' % (a["cat"], E(CATS[a["cat"]])) if a["cat"] in MENU else "<span>%s</span>" % E(CATS[a["cat"]])
    main = """<nav class="breadcrumb"><a href="/">Trang chủ</a> / %s</nav><article class="detail"><h1>%s</h1><time dateTime="%s">%s %s</time>
<p class="sapo"><strong>%s</strong></p><div class="body">%s<p class="author"><strong>%s</strong></p></div></article><section class="related"><h2>Tin liên quan</h2>%s</section>""" % (
        crumb, E(a["title"]), iso(a["date"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), E(a["sapo"]), body_paras(a), E(a["by"]),
        "".join(card(b) for b in rel))
    return page(req, a["title"], main, rel, "http://%s%s" % (req.host, a["path"]))


def calendar(req, y, w):
    w = min(max(w, 1), 52)
    prev = (y - 1, 52) if w == 1 else (y, w - 1)
    nxt = (y + 1, 1) if w == 52 else (y, w + 1)
    main = '<h1>Lịch công tác tuần %d/%d</h1><p>Chưa có lịch.</p><p><a href="/lich-cong-tac/%d/%d">‹ Tuần trước</a> <a href="/lich-cong-tac/%d/%d">Tuần sau ›</a></p>' % (
        w, y, prev[0], prev[1], nxt[0], nxt[1])
    return page(req, "Lịch công tác - " + SITE, main, [])


def not_found(req):
    return page(req, "404: This page could not be found.", '<div class="not-found"><h1 class="next-error-h1">404</h1><h2>This page could not be found.</h2></div>', [], None, 404)


ROBOTS = "User-Agent: *\nAllow: /\nDisallow: /api/\nDisallow: /_next/image\n"


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/_next/", "/uploads/")) or p.endswith((".svg", ".ico")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return home(req)
    if p != "/" and p.endswith("/"):                   # next.config trailingSlash: false
        return 308, [("Location", p.rstrip("/") + (("?" + req.qs) if req.qs else "")), ("Content-Type", "text/plain")], p.rstrip("/")
    m = re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in MENU:
        return listing(req, m.group(1))
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/tin/(\d+)$", p)                   # short share URL: redirect() in a route handler -> 307
    if m and int(m.group(1)) in BY_ID:
        return moved(307, BY_ID[int(m.group(1))]["path"])
    m = re.match(r"^/lich-cong-tac/(\d{4})/(\d{1,2})$", p)
    if m:
        return calendar(req, int(m.group(1)), int(m.group(2)))
    if p == "/dang-nhap":
        return moved(307, "/api/auth/signin?callbackUrl=%2Fdang-nhap")
    if p == "/api/auth/signin":
        return moved(307, "/dang-nhap")
    m = re.match(r"^/lien-ket/([a-z-]+)$", p)
    if m and m.group(1) in LINKS:
        return moved(307, LINKS[m.group(1)])
    return not_found(req)


app = wsgi(handle, [("X-Powered-By", "Next.js")])


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": ["/tin/%d" % a["id"], a["path"] + "/"]} for a in ARTS}
    return {
        "family": "Next.js 14 App Router: client components (ssr:false) whose hrefs exist only in RSC flight data self.__next_f.push([1,\"…\"])",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/api/", "/_next/image"],
        "trap_prefixes": ["/lich-cong-tac/"],
        "only_via": {"rsc-flight": [a["path"] for a in cat(CLIENT)]},
        "offsite_redirects": ["/lien-ket/%s" % k for k in LINKS],
        "redirect_loops": ["/dang-nhap"],
        "notes": ("Next.js 14 App Router. Articles /tin/<slug>-<id>. Server components render real links (home blocks, "
                  "/chuyen-muc/<c>?page=N window pager + 'Trang sau ›', 'Tin liên quan' = newest 5 of the category); every page "
                  "also inlines its RSC flight data as <script>self.__next_f.push([1,\"…\"])</script>, where each row is a JSON "
                  "string (quotes written \\\", '<' as \\u003c). Two client components are loaded with ssr:false, so the HTML has "
                  "only <template data-dgst=\"BAILOUT_TO_CLIENT_SIDE_RENDERING\"> and their props (with the URLs, as "
                  "\\\"href\\\":\\\"/tin/…\\\") exist only in the flight rows: 'Đọc nhiều' (sidebar, 8 popular articles, also linked "
                  "normally elsewhere) and 'Phóng sự ảnh' on the home page: the %d articles of that category have no category page "
                  "and no other inbound link (their related boxes only link each other) -> reachable only through the flight data. "
                  "Aliases: /tin/<id> (307, redirect() in a route handler), trailing slash (308). Hazards: 'Đăng nhập' /dang-nhap "
                  "307 -> /api/auth/signin?callbackUrl=%%2Fdang-nhap (robots-disallowed) 307 -> /dang-nhap (loop); 'Liên kết' "
                  "/lien-ket/<x> 307 off-site. Trap: 'Lịch công tác' /lich-cong-tac/YYYY/WW ‹ › forever. Unknown URLs: Next 404 "
                  "('This page could not be found.'). No sitemap.") % len(cat(CLIENT)),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/", "status": 200, "contains": '\\"href\\":\\"%s\\"' % cat(CLIENT)[0]["path"]},
    {"path": "/", "status": 200, "not_contains": 'href="%s"' % cat(CLIENT)[0]["path"]},
    {"path": "/tin/%d" % ARTS[1]["id"], "status": 307, "location": ARTS[1]["path"]},
    {"path": "/chuyen-muc/thoi-su?page=99", "status": 404},
    {"path": "/chuyen-muc/phong-su-anh", "status": 404},
]
SUMMARY = {
    "chains": ["/chuyen-muc/<c>?page=N (plain window pager)",
               "home 'Phóng sự ảnh' + sidebar 'Đọc nhiều': ssr:false client components, props only in self.__next_f.push([1,\"…\\\"href\\\":\\\"/tin/…\\\"…\"])"],
    "alias_kinds": ["/tin/<id> (307)", "trailing slash (308)"],
    "quirks": ["RSC flight data", "BAILOUT_TO_CLIENT_SIDE_RENDERING", "307 login loop via robots-disallowed /api/auth/", "off-site /lien-ket/", "week calendar trap"],
}
