"""Replica C (set 5): Angular 12 Universal portal of the (made-up) Nghĩa Bình provincial Party committee.
Discovery: news cards are <div (click)> components without href; the article URLs and the pager's next page live
only in the TransferState island <script id="serverApp-state" type="application/json"> whose JSON is escaped with
&q; (") &a; (&) &l; (<) &g; (>) &s; (').  ngx-pagination renders <a> without href.  Page 3 of every category fails
with 500 on the first try (SSR render timeout).  Self-contained, stdlib only: app(environ, start_response)."""
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

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Nghĩa Bình"
CATS = {"thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng", "kinh-te-xa-hoi": "Kinh tế - Xã hội",
        "quoc-phong-an-ninh": "Quốc phòng - An ninh", "van-hoa": "Văn hóa - Văn nghệ", "thong-bao": "Thông báo"}
MENU = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "quoc-phong-an-ninh", "van-hoa"]
SIZE = 10
_CYCLE = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "thoi-su", "quoc-phong-an-ninh", "van-hoa", "xay-dung-dang",
          "thong-bao", "thoi-su", "kinh-te-xa-hoi"]
ARTS = make_articles(5303, 118, _CYCLE, ["Quy Nhơn", "Quảng Ngãi", "Tuy Phước", "An Nhơn", "Hoài Nhơn", "Đức Phổ", "Tư Nghĩa",
                                          "Sơn Tịnh", "Phù Cát", "Mộ Đức"],
                     ["Phước Lộc", "Nhơn Hậu", "Tịnh Khê", "Nghĩa Kỳ", "Cát Hanh", "Đức Lân"], gap=(300, 1300))
for _a in ARTS:
    _a["id"] = 30517 + 3 * (len(ARTS) - _a["i"])
    _a["path"] = "/tin-tuc/%s-%d" % (_a["slug"][:90].strip("-"), _a["id"])
BY_PATH = {a["path"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}
POPULAR = sorted([a for a in ARTS if a["cat"] in MENU], key=lambda a: -a["views"])[:5]
TOP = [a for a in ARTS if a["cat"] in MENU][:6]
NG = ' _ngcontent-serverapp-c%d=""'


def cat(c):
    return in_cat(ARTS, c)


def related(a):
    return [b for b in cat(a["cat"]) if b is not a][:5]


def ng_state(obj):
    """Angular <= 15 TransferState.toJson(): JSON.stringify + escapeHtml."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for k, v in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        s = s.replace(k, v)
    return s


def item(a):
    return {"id": a["id"], "tieuDe": a["title"], "url": a["path"], "moTa": a["sapo"], "anhDaiDien": "/uploads/%s.jpg" % hexid(a["title"]),
            "ngayXuatBan": iso(a["date"]), "chuyenMuc": a["cat"]}


def http_entry(req, url, body):
    return {"body": body, "headers": {"content-type": ["application/json; charset=utf-8"]}, "status": 200, "statusText": "OK",
            "url": "http://%s%s" % (req.host, url), "responseType": "json"}


def api_list(c, n):
    items = cat(c)
    last = npages(len(items), SIZE)
    chunk = items[(n - 1) * SIZE:n * SIZE] if n >= 1 else []
    return {"items": [item(a) for a in chunk], "page": n, "size": SIZE, "totalItems": len(items), "totalPages": last,
            "links": {"self": "/chuyen-muc/%s?page=%d" % (c, n), "next": ("/chuyen-muc/%s?page=%d" % (c, n + 1)) if n < last else None}}


def shell(req, title, main, state, canonical=None, status=200):
    nav = "".join('<li%s class="nav-item"><a%s routerlinkactive="active" class="nav-link" href="/chuyen-muc/%s">%s</a></li>' % (NG % 3, NG % 3, c, E(CATS[c])) for c in MENU)
    pop = "".join('<li%s><a%s href="/bai-viet/%d">%s</a></li>' % (NG % 9, NG % 9, a["id"], E(a["title"])) for a in POPULAR)
    return status, [("Content-Type", "text/html; charset=utf-8")], """<!DOCTYPE html><html lang="vi"><head>
<meta charset="utf-8"><title>%s</title><base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">%s
<link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="stylesheet" href="styles.8e2b1f0c4d6a.css"><style ng-transition="serverApp">.news-item[_ngcontent-serverapp-c41]{cursor:pointer}</style></head>
<body><app-root _nghost-serverapp-c1="" ng-version="12.2.16"><app-header _ngcontent-serverapp-c1="" _nghost-serverapp-c3=""><div%s class="top-bar">Thứ Bảy, 16/11/2024 <a%s href="/thong-bao">Thông báo</a> <a%s href="/tim-kiem?tuKhoa=&amp;tuNgay=2024-11-01&amp;denNgay=2024-11-30">Tra cứu tin bài</a></div>
<a%s routerlink="/" class="logo" href="/"><img%s src="assets/images/logo.png" alt="%s"></a><nav%s><ul%s class="nav">%s</ul></nav></app-header>
<div _ngcontent-serverapp-c1="" class="container"><div class="row"><main _ngcontent-serverapp-c1="" class="col-lg-9"><router-outlet _ngcontent-serverapp-c1=""></router-outlet>%s</main>
<aside _ngcontent-serverapp-c1="" class="col-lg-3"><app-doc-nhieu _nghost-serverapp-c9=""><h3%s>Tin đọc nhiều</h3><ul%s>%s</ul></app-doc-nhieu></aside></div></div>
<app-footer _ngcontent-serverapp-c1=""><footer class="footer"><p>Cổng thông tin điện tử Đảng bộ tỉnh Nghĩa Bình. Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy.</p><p>Địa chỉ: 02 Lê Lợi, thành phố Quy Nhơn. Phát triển bởi Trung tâm CNTT.</p></footer></app-footer></app-root>
<script src="runtime.9a1b2c3d4e5f.js" defer></script><script src="polyfills.0f1e2d3c4b5a.js" defer></script><script src="main.7c6b5a493827.js" defer></script>
<script id="serverApp-state" type="application/json">%s</script></body></html>""" % (
        E(title), ('<link rel="canonical" href="%s">' % E(canonical)) if canonical else "", NG % 3, NG % 3, NG % 3, NG % 3, NG % 3, E(SITE), NG % 3, NG % 3,
        nav, main, NG % 9, NG % 9, pop, ng_state(state))


def card(a):
    """<app-news-card (click)="open(item)">: no href in the SSR output."""
    return """<app-news-card%s _nghost-serverapp-c41=""><div _ngcontent-serverapp-c41="" tabindex="0" role="link" class="news-item"><img _ngcontent-serverapp-c41="" src="/uploads/%s.jpg" alt="">
<h3 _ngcontent-serverapp-c41="" class="news-title">%s</h3><span _ngcontent-serverapp-c41="" class="news-date">%s</span><p _ngcontent-serverapp-c41="" class="news-desc">%s</p></div></app-news-card>""" % (
        NG % 12, hexid(a["title"]), E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), E(a["sapo"]))


def link_card(a):
    return '<div%s class="focus-item"><a%s href="%s"><img src="/uploads/%s.jpg" alt=""><h3>%s</h3></a><p>%s</p></div>' % (
        NG % 12, NG % 12, a["path"], hexid(a["title"]), E(a["title"]), E(a["sapo"]))


def home(req):
    state = {}
    main = ['<app-home _nghost-serverapp-c20=""><section class="focus"><h2>Tiêu điểm</h2>%s</section>' % "".join(link_card(a) for a in TOP)]
    for c in MENU:
        url = "/api/v1/articles?category=%s&page=1&size=5" % c
        body = {"items": [item(a) for a in cat(c)[:5]], "page": 1, "size": 5, "totalItems": len(cat(c))}
        state["G.http://%s%s" % (req.host, url)] = http_entry(req, url, body)
        main.append('<section class="cat-block"><h2 class="cat-title" role="link" tabindex="0">%s</h2>%s</section>' % (E(CATS[c]), "".join(card(a) for a in cat(c)[:5])))
    main.append("</app-home>")
    return shell(req, SITE, "".join(main), state, "http://%s/" % req.host)


def pagination(n, last):
    items = ['<li class="pagination-previous%s"><a tabindex="0" aria-label="Trang trước">Trước</a></li>' % (" disabled" if n == 1 else "")]
    for p in pager_window(n, last, 2):
        if p is None:
            items.append('<li class="ellipsis"><span>…</span></li>')
        elif p == n:
            items.append('<li class="current"><span>%d</span></li>' % p)
        else:
            items.append('<li><a tabindex="0"><span>%d</span></a></li>' % p)
    items.append('<li class="pagination-next%s"><a tabindex="0" aria-label="Trang sau">Sau</a></li>' % (" disabled" if n >= last else ""))
    return '<pagination-controls><ul class="ngx-pagination" role="navigation" aria-label="Pagination">%s</ul></pagination-controls>' % "".join(items)


def category(req, c):
    n = req.int_arg("page", 1)
    if n == 3 and flaky("cat|" + req.uri):
        return html_resp("<!DOCTYPE html><html><head><title>Error</title></head><body><pre>Internal Server Error</pre></body></html>", 500)
    data = api_list(c, n)
    last = data["totalPages"]
    url = "/api/v1/articles?category=%s&page=%d&size=%d" % (c, n, SIZE)
    state = {"G.http://%s%s" % (req.host, url): http_entry(req, url, data)}
    rows = "".join(card(a) for a in cat(c)[(n - 1) * SIZE:n * SIZE]) if n >= 1 else ""
    main = '<app-category _nghost-serverapp-c30=""><h1 class="cat-title">%s</h1>%s%s</app-category>' % (
        E(CATS[c]), rows or '<p class="empty">Không có dữ liệu</p>', pagination(n, last) if rows else "")
    return shell(req, "%s - %s" % (CATS[c], SITE), main, state, "http://%s/chuyen-muc/%s%s" % (req.host, c, "?page=%d" % n if n > 1 else ""))


def thong_bao(req):
    rows = "".join('<tr><td>%s</td><td><a href="%s">%s</a></td></tr>' % (a["date"].strftime("%d/%m/%Y"), a["path"], E(a["title"])) for a in cat("thong-bao"))
    return shell(req, "Thông báo - " + SITE, '<app-thong-bao><h1>Thông báo</h1><table class="table"><tr><th>Ngày</th><th>Tiêu đề</th></tr>%s</table></app-thong-bao>' % rows,
                 {}, "http://%s/thong-bao" % req.host)


def article(req, a):
    rel = related(a)
    url = "/api/v1/articles/%d" % a["id"]
    state = {"G.http://%s%s" % (req.host, url): http_entry(req, url, {"article": dict(item(a), noiDung="…"), "lienQuan": [item(b) for b in rel]})}
    crumb = '<a href="/chuyen-muc/%s">%s</a>' % (a["cat"], E(CATS[a["cat"]])) if a["cat"] in MENU else '<a href="/thong-bao">Thông báo</a>'
    main = """<app-article-detail _nghost-serverapp-c50=""><nav class="breadcrumb"><a href="/">Trang chủ</a> / %s</nav><article class="detail">
<h1 class="detail-title">%s</h1><div class="detail-meta">%s, %s</div><p class="detail-sapo"><b>%s</b></p><div class="detail-body">%s<p class="author"><b>%s</b></p></div></article>
<section class="related"><h3>Tin liên quan</h3><ul>%s</ul></section></app-article-detail>""" % (
        crumb, E(a["title"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), E(a["sapo"]), body_paras(a), E(a["by"]),
        "".join('<li><a routerlink="%s" href="%s">%s</a></li>' % (b["path"], b["path"], E(b["title"])) for b in rel))
    return shell(req, a["title"], main, state, "http://%s%s" % (req.host, a["path"]))


def search(req):
    m = re.match(r"^(\d{4})-(\d{2})-01$", req.q.get("tuNgay", ""))
    y, mo = (int(m.group(1)), int(m.group(2))) if m else (2024, 11)
    mo = min(max(mo, 1), 12)
    prev = (y - 1, 12) if mo == 1 else (y, mo - 1)
    nxt = (y + 1, 1) if mo == 12 else (y, mo + 1)

    def rng(t):
        end = (datetime(t[0] + (t[1] == 12), t[1] % 12 + 1, 1) - timedelta(days=1)).day
        return "/tim-kiem?tuKhoa=%s&amp;tuNgay=%04d-%02d-01&amp;denNgay=%04d-%02d-%02d" % (quote(req.q.get("tuKhoa", "")), t[0], t[1], t[0], t[1], end)
    main = '<app-search><h1>Tra cứu tin bài</h1><p>Không tìm thấy kết quả phù hợp trong khoảng thời gian đã chọn.</p><p><a href="%s">« Tháng trước</a> <a href="%s">Tháng sau »</a></p></app-search>' % (rng(prev), rng(nxt))
    return shell(req, "Tra cứu - " + SITE, main, {})


ROBOTS = "User-agent: *\nDisallow: /quan-tri/\nDisallow: /api/v1/auth/\n"


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.endswith((".js", ".css", ".ico", ".png", ".jpg")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return home(req)
    m = re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in MENU:
        return category(req, m.group(1))
    if p == "/thong-bao":
        return thong_bao(req)
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    m = re.match(r"^/bai-viet/(\d+)$", p)              # legacy route kept by the new SPA: 200, canonical to the new path
    if m and int(m.group(1)) in BY_ID:
        return article(req, BY_ID[int(m.group(1))])
    if p == "/api/v1/articles" and req.q.get("category") in CATS:
        size = req.int_arg("size", SIZE)
        if size == SIZE:
            return json_resp(api_list(req.q["category"], req.int_arg("page", 1)))
        return json_resp({"items": [item(a) for a in cat(req.q["category"])[:size]], "page": 1, "size": size, "totalItems": len(cat(req.q["category"]))})
    m = re.match(r"^/api/v1/articles/(\d+)$", p)
    if m and int(m.group(1)) in BY_ID:
        a = BY_ID[int(m.group(1))]
        return json_resp({"article": item(a), "lienQuan": [item(b) for b in related(a)]})
    if p == "/tim-kiem":
        return search(req)
    return shell(req, "Không tìm thấy trang", '<app-not-found><h1>404</h1><p>Không tìm thấy trang yêu cầu.</p></app-not-found>', {}, None, 404)


app = wsgi(handle, [("Server", "nginx/1.20.1"), ("X-Powered-By", "Express")])


def plain_reachable():
    todo = list(TOP) + cat("thong-bao") + POPULAR
    seen = set()
    while todo:
        a = todo.pop()
        if a["path"] in seen:
            continue
        seen.add(a["path"])
        todo.extend(related(a))
    return seen


def _manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": ["/bai-viet/%d" % a["id"]]} for a in ARTS}
    plain = plain_reachable()
    c3 = [c for c in MENU if npages(len(cat(c)), SIZE) >= 3][0]
    return {
        "family": "Angular 12 Universal SPA: href-less news cards, ngx-pagination without href, URLs only in the &q;-escaped TransferState island",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/quan-tri/", "/api/v1/auth/"],
        "trap_prefixes": ["/tim-kiem"],
        "only_via": {"ng-state": [a["path"] for a in ARTS if a["path"] not in plain]},
        "flaky": {"/chuyen-muc/%s?page=3" % c3: 500},
        "notes": ("Angular 12 Universal (Express SSR). Articles /tin-tuc/<slug>-<id>. Only these are real links: the home "
                  "'Tiêu điểm' (newest 6), 'Tin liên quan' on article pages (newest 5 of the category), the 'Thông báo' table "
                  "(/thong-bao, all of that category) and 'Tin đọc nhiều' (legacy /bai-viet/<id> URLs: 200 with a canonical to "
                  "the new path). Every other news card is <app-news-card><div role=link tabindex=0 class=news-item> (a (click) "
                  "handler, no href) and ngx-pagination renders <a tabindex=0> without href. The data is in <script "
                  "id=\"serverApp-state\" type=\"application/json\"> = Angular TransferState: JSON with every \" written &q; "
                  "(& -> &a;, < -> &l;, > -> &g;, ' -> &s;), keys 'G.http://<host>/api/v1/articles?category=<c>&page=N&size=10' "
                  "-> {body:{items[{id, tieuDe, url, …}], page, totalPages, links:{self, next:'/chuyen-muc/<c>?page=N+1'}}, url}. "
                  "/chuyen-muc/<c>?page=N is server-rendered (only reachable from the state's links.next). %d articles are "
                  "reachable only through the state. HAZARD: /chuyen-muc/<c>?page=3 answers 500 'Internal Server Error' to "
                  "every other request (first one included): retry. The JSON API /api/v1/articles… answers the same bodies. "
                  "Trap: 'Tra cứu tin bài' /tim-kiem?tuKhoa=&tuNgay=&denNgay= month ranges « » forever. <base href=\"/\"> "
                  "(harmless). Unknown URLs: 404. No sitemap.") % (len(ARTS) - len(plain)),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/chuyen-muc/thoi-su?page=99", "status": 200, "contains": "Không có dữ liệu"},
    {"path": "/chuyen-muc/thoi-su", "status": 200, "contains": "&q;next&q;"},
    {"path": "/chuyen-muc/thong-bao", "status": 404},
    {"path": "/bai-viet/%d" % ARTS[9]["id"], "status": 200, "contains": ARTS[9]["title"]},
]
SUMMARY = {
    "chains": ["home / category / article pages: <script id=serverApp-state> (&q;-escaped JSON) items[].url and links.next -> /chuyen-muc/<c>?page=N",
               "plain: Tiêu điểm (6), Tin liên quan (newest 5 of a category), /thong-bao table, Tin đọc nhiều (/bai-viet/<id>)"],
    "alias_kinds": ["/bai-viet/<id> legacy route (200, canonical to /tin-tuc/…)"],
    "quirks": ["TransferState &q; escaping", "href-less cards and ngx-pagination", "500 on first try of page 3", "month-range search trap"],
}
