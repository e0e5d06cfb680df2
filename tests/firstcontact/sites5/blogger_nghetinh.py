"""Replica B (set 5): a district Party committee news blog on Blogger (custom domain, 'Simple'-derived theme).
Discovery: every listing pager lives under /search (label pages, ?updated-max=…%2B07:00&max-results=7), which
Blogger's own robots.txt disallows; blog feeds are switched off; the only robots-friendly route to most posts is the
paged sitemap index /sitemap.xml -> /sitemap.xml?page=N (the second one is slow).
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

SITE = "Đảng bộ huyện Thanh Chương - Nghệ Tĩnh"
LABELS = ["Thời sự", "Xây dựng Đảng", "Kinh tế - Xã hội", "Thời sự", "Gương người tốt việc tốt", "Xây dựng Đảng",
          "Quốc phòng - An ninh", "Thời sự", "Kinh tế - Xã hội", "Tư liệu"]
PER_MAIN = 7
PER_MAP = 50
ARTS = make_articles(5202, 110, LABELS, ["Thanh Chương", "Nam Đàn", "Đô Lương", "Anh Sơn", "Hưng Nguyên", "Nghi Lộc",
                                         "Can Lộc", "Hương Sơn", "Thạch Hà", "Đức Thọ"],
                     ["Thanh Liên", "Thanh Đồng", "Võ Liệt", "Thanh Ngọc", "Hạnh Lâm", "Thanh Hà"], gap=(500, 1500))
_seen = set()
for _a in ARTS:
    words, s = _a["slug"].split("-"), ""
    for w in words:
        if len(s) + len(w) + 1 > 40:
            break
        s = (s + "-" + w) if s else w
    base = "/%04d/%02d/%s" % (_a["date"].year, _a["date"].month, s)
    if base in _seen:
        base += "_%02d" % (10 + _a["i"] % 89)
    _seen.add(base)
    _a["path"] = base + ".html"
    _a["pid"] = 7310000000000000000 + 7919 * _a["i"] * 1000003
    _a["comments"] = [(_a["date"] + timedelta(hours=3 + k * 5), "Đảng viên chi bộ %d" % (k + 1)) for k in range(_a["k"] % 3)]
BY_PATH = {a["path"]: a for a in ARTS}
MONTHS = sorted({(a["date"].year, a["date"].month) for a in ARTS}, reverse=True)
POPULAR = sorted(ARTS, key=lambda a: -a["views"])[:5]
PAGES = {"/p/gioi-thieu.html": "Giới thiệu", "/p/lien-he.html": "Liên hệ"}
VI_MONTH = ["", "tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"]


def ms(d):
    return int((d - datetime(1970, 1, 1) - timedelta(hours=7)).total_seconds()) * 1000


def upd(d):
    """Blogger's updated-max value, URL-encoded as Blogger prints it (the '+' of the offset becomes %2B)."""
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "%2B07:00"


def label_url(l):
    return "/search/label/" + quote(l)


def in_month(y, m):
    return [a for a in ARTS if (a["date"].year, a["date"].month) == (y, m)]


def plain_reachable():
    out = set(a["path"] for a in ARTS[:PER_MAIN]) | set(a["path"] for a in POPULAR)
    for y, m in MONTHS:
        out |= set(a["path"] for a in in_month(y, m)[:PER_MAIN])
    return out


def shell(req, title, main, canonical, mobile=False):
    arch = "".join('<li><a class="post-count-link" href="/%04d/%02d/">%s %d</a> <span class="post-count" dir="ltr">(%d)</span></li>' % (
        y, m, VI_MONTH[m], y, len(in_month(y, m))) for y, m in MONTHS)
    labels = sorted(set(LABELS))
    lab = "".join('<li><a dir="ltr" href="http://%s%s">%s</a> <span dir="ltr">(%d)</span></li>' % (
        req.host, label_url(l), E(l), len([a for a in ARTS if a["cat"] == l])) for l in labels)
    pop = "".join('<li><div class="item-title"><a href="http://%s%s">%s</a></div></li>' % (req.host, a["path"] + ("?m=1" if mobile else ""), E(a["title"])) for a in POPULAR)
    return """<!DOCTYPE html>
<html class="v2" dir="ltr" lang="vi" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="http://%s/favicon.ico" rel="icon" type="image/x-icon"><link href="%s" rel="canonical">
<link rel="me" href="https://www.blogger.com/profile/04417239866211234567"><link rel="openid.server" href="https://www.blogger.com/openid-server.g">
<title>%s</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css">
</head><body class="loading variant-simplysimple"><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="http://%s/">%s</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Trang tin của Ban Tuyên giáo Huyện ủy Thanh Chương</span></p></div></div></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><ul><li><a href="http://%s/">Trang chủ</a></li><li><a href="http://%s/p/gioi-thieu.html">Giới thiệu</a></li><li><a href="http://%s/p/lien-he.html">Liên hệ</a></li></ul></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-inner"><div class="main section" id="main">%s</div></div>
<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget PopularPosts" id="PopularPosts1"><h2>Bài đăng phổ biến</h2><div class="widget-content popular-posts"><ul>%s</ul></div></div>
<div class="widget Label" id="Label1"><h2>Nhãn</h2><div class="widget-content list-label-widget-content"><ul>%s</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="flat">%s</ul></div></div></div></div>
<div class="widget HTML" id="HTML2"><h2>Bài viết liên quan</h2><div class="widget-content"><div id="related-posts"></div>
<script src="/feeds/posts/default/-/Th%%E1%%BB%%9Di%%20s%%E1%%BB%%B1?alt=json-in-script&amp;callback=relatedPosts&amp;max-results=6"></script></div></div>
</div></aside></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Ban Tuyên giáo Huyện ủy Thanh Chương. Chủ đề Đơn giản. Được tạo bởi <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3101047287-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5l0Qm:1731722400000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d4478210996512345678','//%s/','4478210996512345678');
_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '4478210996512345678', 'title': '%s', 'url': 'http://%s/', 'canonicalUrl': '%s', 'homepageUrl': 'http://%s/', 'searchUrl': 'http://%s/search', 'enabledCommentProfileImages': true, 'adultContent': false, 'feedLinks': '\\n', 'isMobile': %s}}]);</script>
</body></html>""" % (req.host, E(canonical), E(title), req.host, E(SITE), req.host, req.host, req.host, main, pop, lab, arch, req.host, E(SITE), req.host, E(canonical),
                     req.host, req.host, "true" if mobile else "false")


def post_summary(req, a, mobile=False):
    d = a["date"]
    return """<div class="date-outer"><h2 class="date-header"><span>%s, %d %s, %d</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><meta content="%s" itemprop="image_url">
<a name="%d"></a><h3 class="post-title entry-title" itemprop="name"><a href="http://%s%s">%s</a></h3>
<div class="post-body entry-content" id="post-body-%d" itemprop="description articleBody"><b>%s</b><br></div>
<div class="jump-link"><a href="http://%s%s#more" title="%s">Đọc thêm »</a></div>
<div class="post-footer"><span class="post-timestamp">lúc <a class="timestamp-link" href="http://%s%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%s">%s</abbr></a></span>
<span class="post-labels">Nhãn: <a href="http://%s%s" rel="tag">%s</a></span></div></div></div></div></div>""" % (
        THU[d.weekday()], d.day, VI_MONTH[d.month], d.year, "http://%s/img/%s.jpg" % (req.host, hexid(a["title"])), a["pid"], req.host,
        a["path"] + ("?m=1" if mobile else ""), E(a["title"]), a["pid"], E(a["sapo"]), req.host, a["path"], E(a["title"]),
        req.host, a["path"], iso(d), d.strftime("%H:%M"), req.host, label_url(a["cat"]), E(a["cat"]))


def blog_pager(req, older, newer=None, mobile=False):
    out = '<div class="blog-pager" id="blog-pager">'
    if newer:
        out += '<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="http://%s%s" id="Blog1_blog-pager-newer-link" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a></span>' % (req.host, newer)
    if older:
        out += '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="http://%s%s" id="Blog1_blog-pager-older-link" title="Bài đăng cũ hơn">Bài đăng cũ hơn</a></span>' % (req.host, older)
    out += '<a class="home-link" href="http://%s/">Trang chủ</a></div>' % req.host
    return out


def listing(req, posts, per, older_base, canonical, title, newer=None, mobile=False, head=""):
    chunk = posts[:per]
    older = None
    if len(posts) > per:
        older = "%supdated-max=%s&max-results=%d" % (older_base, upd(chunk[-1]["date"]), per)
    main = '<div class="widget Blog" id="Blog1">%s<div class="blog-posts hfeed">%s</div>%s</div>' % (
        head, "".join(post_summary(req, a, mobile) for a in chunk) or '<div class="status-msg-wrap"><div class="status-msg-body">Không có bài đăng nào.</div></div>',
        blog_pager(req, older.replace("&", "&amp;") if older else None, newer, mobile))
    return html_resp(shell(req, title, main, canonical, mobile))


def post(req, a, mobile=False):
    d = a["date"]
    comments = "".join("""<li class="comment" id="c%d"><div class="comment-block"><div class="comment-header"><cite class="user">%s</cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="http://%s%s?showComment=%d#c%d">%s lúc %s</a></span></div><p class="comment-content">Bài viết rất thiết thực, đề nghị tiếp tục tuyên truyền rộng rãi.</p></div></li>""" % (
        a["pid"] % 100000 + k, E(who), req.host, a["path"], ms(t), a["pid"] % 100000 + k, t.strftime("%d %m, %Y").replace(" ", " tháng ", 1), t.strftime("%H:%M"))
        for k, (t, who) in enumerate(a["comments"]))
    main = """<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>%s, %d %s, %d</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<a name="%d"></a><h3 class="post-title entry-title" itemprop="name">%s</h3>
<div class="post-body entry-content" id="post-body-%d" itemprop="description articleBody"><p><b>%s</b></p><a name="more"></a>%s<p style="text-align: right;"><b>%s</b></p></div>
<div class="post-footer"><span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author">Ban Tuyên giáo Huyện ủy</span></span>
<span class="post-timestamp">lúc <a class="timestamp-link" href="http://%s%s" rel="bookmark"><abbr class="published" title="%s">%s</abbr></a></span>
<span class="post-labels">Nhãn: <a href="http://%s%s" rel="tag">%s</a></span>
<div class="post-share-buttons"><a class="share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=4478210996512345678&amp;postID=%d&amp;target=email" target="_blank">Gửi email bài đăng này</a></div></div></div>
<div class="comments" id="comments"><h4>%d nhận xét:</h4><div class="comments-content"><ol>%s</ol></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/4478210996512345678/%d" onclick="">Đăng nhận xét</a></p></div></div></div></div></div>
%s</div>""" % (THU[d.weekday()], d.day, VI_MONTH[d.month], d.year, a["pid"], E(a["title"]), a["pid"], E(a["sapo"]), body_paras(a), E(a["by"]),
               req.host, a["path"], iso(d), d.strftime("%H:%M"), req.host, label_url(a["cat"]), E(a["cat"]), a["pid"], len(a["comments"]),
               comments, a["pid"], blog_pager(req, None))
    return html_resp(shell(req, a["title"] + " | " + SITE, main, "http://%s%s" % (req.host, a["path"]), mobile))


def parse_upd(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\+07:00$", v or "")
    if not m:
        return None
    return datetime(*map(int, m.groups()))


def search(req, label=None):
    per = max(1, min(50, req.int_arg("max-results", PER_MAIN if label is None else 20)))
    posts = ARTS if label is None else [a for a in ARTS if a["cat"] == label]
    if "q" in req.q:
        posts = [a for a in posts if req.q["q"].lower() in a["title"].lower()]
    um = parse_upd(req.q.get("updated-max"))          # a '+' that became a space: not parsed -> from the top (Blogger does that too)
    if um:
        posts = [a for a in posts if a["date"] < um]
    un = parse_upd(req.q.get("updated-min"))
    if un:
        posts = [a for a in posts if a["date"] >= un]
    base = (label_url(label) if label else "/search") + "?"
    if "q" in req.q:
        base += "q=%s&" % quote(req.q["q"])
    if un:
        base += "updated-min=%s&" % upd(un)
    head = '<div class="status-msg-wrap"><div class="status-msg-body">Hiển thị các bài đăng %s</div></div>' % (
        "có nhãn <b>%s</b>" % E(label) if label else "theo ngày")
    return listing(req, posts, per, base, "http://%s%s" % (req.host, req.uri), (label or "Tìm kiếm") + " | " + SITE, newer="/", head=head)


def sitemap(req):
    if "page" not in req.q:
        n = npages(len(ARTS), PER_MAP)
        return text_resp(sitemap_index("http://" + req.host, ["/sitemap.xml?page=%d" % k for k in range(1, n + 1)]), "application/xml; charset=UTF-8")
    k = req.int_arg("page", 0)
    chunk = ARTS[(k - 1) * PER_MAP:k * PER_MAP] if k >= 1 else []
    if not chunk:
        return text_resp("", "text/html; charset=UTF-8", 404)
    if k == 2:
        nap(req, 1.5)
    return text_resp(urlset("http://" + req.host, [(a["path"], a["date"]) for a in chunk]), "application/xml; charset=UTF-8")


ROBOTS = """User-agent: Mediapartners-Google
Disallow: 

User-agent: *
Disallow: /search
Allow: /

Sitemap: http://%s/sitemap.xml
"""


def handle(req):
    p = req.path
    mobile = req.q.get("m") == "1"
    if p == "/robots.txt":
        return text_resp(ROBOTS % req.host)
    if p in ("/favicon.ico",) or p.startswith("/img/"):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/sitemap.xml":
        return sitemap(req)
    if p == "/sitemap-pages.xml":
        return text_resp(urlset("http://" + req.host, [(x, None) for x in PAGES]), "application/xml; charset=UTF-8")
    if p.startswith("/feeds/"):                       # Settings > Site feed > Allow blog feed: None
        return html_resp('<!DOCTYPE html><html><head><title>Lỗi 404</title></head><body><p>Rất tiếc, trang bạn đang tìm trong blog này không tồn tại.</p></body></html>', 404)
    if p == "/":
        posts = ARTS
        return listing(req, posts, PER_MAIN, "/search?", "http://%s/" % req.host, SITE, mobile=mobile)
    if p == "/search":
        return search(req)
    if p.startswith("/search/label/"):
        l = p[len("/search/label/"):]
        if l in set(LABELS):
            return search(req, l)
    m = re.match(r"^/(\d{4})/(\d{2})/$", p)
    if m and (int(m.group(1)), int(m.group(2))) in MONTHS:
        y, mo = int(m.group(1)), int(m.group(2))
        return listing(req, in_month(y, mo), PER_MAIN, "/search?updated-min=%04d-%02d-01T00:00:00%%2B07:00&" % (y, mo),
                       "http://%s/%04d/%02d/" % (req.host, y, mo), "%s %d | %s" % (VI_MONTH[mo], y, SITE), mobile=mobile)
    if p in BY_PATH:
        a = BY_PATH[p]
        return post(req, a, mobile)
    if p in PAGES:
        return html_resp(shell(req, PAGES[p], '<div class="post"><h3 class="post-title">%s</h3><div class="post-body"><p>Ban Tuyên giáo Huyện ủy Thanh Chương, thị trấn Dùng, huyện Thanh Chương.</p></div></div>' % E(PAGES[p]),
                               "http://%s%s" % (req.host, p)))
    return html_resp(shell(req, SITE, '<div class="status-msg-wrap"><div class="status-msg-body">Rất tiếc, trang bạn đang tìm trong blog này không tồn tại.</div></div>', "http://%s/" % req.host), 404)


app = wsgi(handle, [("Server", "GSE"), ("X-Content-Type-Options", "nosniff")])


def _manifest():
    arts = {}
    for a in ARTS:
        al = [a["path"] + "?m=1"] + [a["path"] + "?showComment=%d" % ms(t) for t, _ in a["comments"]]
        arts[a["path"]] = {"title": a["title"], "aliases": al}
    plain = plain_reachable()
    return {
        "family": "Blogger (custom domain, Simple theme): listing pagers only under robots-disallowed /search, feeds off, paged sitemap index",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/search"],
        "trap_prefixes": [],
        "only_via": {"sitemap": [a["path"] for a in ARTS if a["path"] not in plain]},
        "slow": ["/sitemap.xml?page=2"],
        "sitemaps": ["/sitemap.xml", "/sitemap.xml?page=1", "/sitemap.xml?page=2", "/sitemap.xml?page=3"],
        "notes": ("Blogger blog on a custom domain. Posts /YYYY/MM/<slug>.html (Blogger slug: ASCII words of the title up to 40 "
                  "characters; a clash in the same month gets _NN). Every link is absolute http://<host>/…. robots.txt is Blogger's "
                  "own: a 'User-agent: Mediapartners-Google' group with an EMPTY 'Disallow:' first, then 'User-agent: *' / "
                  "'Disallow: /search' / 'Allow: /' / 'Sitemap: http://<host>/sitemap.xml'. Every listing pager is under /search: the "
                  "home page (newest 7) and month archives /YYYY/MM/ (newest 7 of the month) continue with 'Bài đăng cũ hơn' "
                  "/search?updated-max=2024-11-14T09:12:00%%2B07:00&max-results=7 (the %%2B must stay encoded: a '+' decodes to a "
                  "space and Blogger then starts again from the top), label pages are /search/label/<percent-encoded Unicode "
                  "label> — all disallowed. Site feeds are switched off (/feeds/… 404; the 'Bài viết liên quan' widget's "
                  "<script src=/feeds/posts/default/-/…?alt=json-in-script&callback=relatedPosts> therefore 404s). Post pages have "
                  "no older/newer links. A robots-obeying crawler therefore reaches only the home page, the month archives, "
                  "'Bài đăng phổ biến' (%d plain-link posts) and must read the sitemap index /sitemap.xml -> /sitemap.xml?page=1..3 "
                  "(50 URLs each; page 2 answers after 1.5 s) for the other %d. Aliases: ?m=1 (mobile template, 200, canonical to the "
                  "desktop URL; not linked from desktop pages) and ?showComment=<epoch ms> (comment permalinks, 200). /sitemap-pages.xml "
                  "lists the two static pages. Unknown URLs: 404 ('Rất tiếc, trang bạn đang tìm …'). No traps.") % (len(plain), len(ARTS) - len(plain)),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/feeds/posts/default", "status": 404},
    {"path": "/sitemap.xml", "status": 200, "contains": "/sitemap.xml?page=3"},
    {"path": "/sitemap.xml?page=4", "status": 404},
    {"path": "/search?updated-max=%s&max-results=7" % upd(ARTS[6]["date"]), "status": 200, "contains": ARTS[7]["title"]},
    {"path": "/search?updated-max=%s&max-results=7" % upd(ARTS[6]["date"]).replace("%2B", "+"), "status": 200, "contains": ARTS[0]["title"]},
    {"path": label_url("Tư liệu"), "status": 200, "contains": [a for a in ARTS if a["cat"] == "Tư liệu"][0]["title"]},
    {"path": ARTS[5]["path"] + "?m=1", "status": 200, "contains": ARTS[5]["title"]},
]
SUMMARY = {
    "chains": ["/ and /YYYY/MM/: newest 7 + 'Bài đăng cũ hơn' /search?updated-max=…%2B07:00&max-results=7 (robots-disallowed)",
               "/search/label/<Unicode label> (robots-disallowed)",
               "robots Sitemap: -> /sitemap.xml index -> /sitemap.xml?page=1..3 (page 2 slow)"],
    "alias_kinds": ["?m=1 (200)", "?showComment=<ms> (200)"],
    "quirks": ["Blogger robots: Mediapartners group with empty Disallow, then Disallow: /search", "feeds disabled (JSONP related-posts 404)",
               "%2B in updated-max", "slow sub-sitemap"],
}
