"""Replica: Ban Tuyên giáo Tỉnh ủy Hà Bắc, WordPress 6.5 news theme with Vietnamese (Unicode) permalinks,
a 'Tải thêm' button driven by the core REST API (/wp-json/wp/v2/posts, announced by <link rel="https://api.w.org/">)
and a month-archive drop-down ('Lưu trữ').

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

SITE = "Ban Tuyên giáo Tỉnh ủy Hà Bắc"
CATS = {  # slug: (WP term id, name)
    "tin-tuc": (3, "Tin tức"),
    "nghien-cuu-trao-doi": (5, "Nghiên cứu - Trao đổi"),
    "co-so": (7, "Cơ sở"),
    "tu-lieu": (9, "Tư liệu"),
}
CAT_BY_ID = {v[0]: k for k, v in CATS.items()}
MENU_CATS = ["tin-tuc", "nghien-cuu-trao-doi", "co-so"]           # 'Tư liệu' is in no menu and no widget
REST_CAT = "co-so"                     # its listing shows 10 + 'Tải thêm' (REST); excluded from date archives
ARCHIVE_ONLY = "tu-lieu"               # reachable only through the 'Lưu trữ' month drop-down
PER = 10
_CYCLE = ["tin-tuc", "co-so", "tin-tuc", "nghien-cuu-trao-doi", "tin-tuc", "co-so", "tin-tuc", "nghien-cuu-trao-doi",
          "co-so", "tu-lieu"]
ARTS = make_articles(4101, 124, _CYCLE,
                     ["Tiên Sơn", "Yên Phong", "Quế Võ", "Lục Nam", "Lạng Giang", "Yên Dũng", "Hiệp Hòa", "Gia Lương",
                      "Thuận Thành", "Lục Ngạn"],
                     ["Đình Bảng", "Phù Chẩn", "Tân Dĩnh", "Nghĩa Hồ", "Song Mai", "Hương Mạc", "Quang Châu"],
                     gap=(600, 2300))
TAGS = {"dai-hoi-dang-bo": "Đại hội Đảng bộ", "chuyen-doi-so": "Chuyển đổi số", "nong-thon-moi": "Nông thôn mới",
        "dan-van-kheo": "Dân vận khéo", "cong-tac-can-bo": "Công tác cán bộ",
        "phong-chong-tham-nhung": "Phòng, chống tham nhũng", "ocop": "OCOP", "giam-ngheo": "Giảm nghèo"}
TAG_KEYS = list(TAGS)
LINKS = {"cong-thong-tin-tinh": ("Cổng Thông tin điện tử tỉnh Hà Bắc", "https://habac.gov.vn.example/"),
         "bao-ha-bac": ("Báo Hà Bắc điện tử", "https://baohabac.example/"),
         "tap-chi-tuyen-giao": ("Tạp chí Tuyên giáo", "https://tuyengiao.example/")}
_COMMENTS = ["Bài viết rất thiết thực, cảm ơn Ban Biên tập.", "Mong địa phương tiếp tục nhân rộng mô hình này.",
             "Đề nghị đăng thêm ảnh hoạt động của các chi bộ.", "Thông tin kịp thời, dễ hiểu.",
             "Xin hỏi tài liệu hội nghị có được đăng tải không ạ?", "Rất tự hào về quê hương mình!"]
_NAMES = ["Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Minh", "Phạm Quang Vinh", "Đỗ Thu Hà", "Bùi Văn Tâm"]


def _uslug(title):
    s = unicodedata.normalize("NFC", title).lower()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_]+", "-", s).strip("-")
    s = re.sub(r"-{2,}", "-", s)
    out, n = "", 0                      # WordPress utf8_uri_encode(…, 200): stop before the encoded slug exceeds 200
    for ch in s:
        enc = quote(ch, safe="-")
        if n + len(enc) > 200:
            break
        out += ch
        n += len(enc)
    return out.strip("-")


_used = set()
_rng = random.Random(41)
for _a in ARTS:
    _a["id"] = 1800 + 9 * (len(ARTS) - _a["i"]) + _a["i"] % 5
    sl = _uslug(_a["title"])
    if sl in _used:
        sl += "-2"
    _used.add(sl)
    _a["uslug"] = sl
    _a["enc"] = "/" + quote(sl, safe="-").lower() + "/"           # what get_permalink() prints (lower-case hex)
    _a["raw"] = "/" + sl + "/"                                       # what the related-posts widget prints (raw UTF-8)
    _a["key"] = "/" + quote(sl, safe="-") + "/"                      # manifest form (upper-case hex)
    _a["catid"] = CATS[_a["cat"]][0]
    _a["tags"] = _rng.sample(TAG_KEYS, 2) if _a["cat"] in ("tin-tuc", "nghien-cuu-trao-doi") else []
    _a["comments"] = [(5000 + 3 * _a["id"] + k, _rng.choice(_NAMES), _rng.choice(_COMMENTS),
                       _a["date"] + timedelta(hours=3 + 5 * k)) for k in range(_rng.choice([0, 0, 1, 1, 2]))]
BY_USLUG = {a["uslug"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def in_month(y, m):
    return [a for a in ARTS if a["date"].year == y and a["date"].month == m and a["cat"] != REST_CAT]


MONTHS = sorted({(a["date"].year, a["date"].month) for a in ARTS if a["cat"] != REST_CAT}, reverse=True)
MONTH_NAMES = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
               "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def wdate(d):
    return "%s, %s" % (THU[d.weekday()], d.strftime("%d/%m/%Y %H:%M"))


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


# ---------------------------------------------------------------- layout
def sidebar(req):
    popular = [a for a in ARTS if a["cat"] == "tin-tuc"][3:40:7]
    pop = "".join('<li><a href="%s">%s</a></li>' % (E(a["raw"]), E(a["title"])) for a in popular)
    opts = "".join('<option value="%s/%d/%02d/">%s %d &nbsp;(%d)</option>' % (req.base, y, m, MONTH_NAMES[m - 1], y, len(in_month(y, m)))
                   for y, m in MONTHS)
    cloud = " ".join('<a href="%s/tag/%s/" class="tag-cloud-link" style="font-size: %dpt;">%s</a>' % (req.base, t, 9 + (i * 3) % 9, E(n))
                     for i, (t, n) in enumerate(TAGS.items()))
    links = "".join('<li><a href="/go/%s/" target="_blank" rel="noopener">%s</a></li>' % (k, E(v[0])) for k, v in LINKS.items())
    return """<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="%s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Tìm kiếm"></form></section>
<section class="widget widget_popular"><h2 class="widget-title">Đọc nhiều</h2><ul>%s</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown" onchange='document.location.href=this.options[this.selectedIndex].value;'><option value="">Chọn tháng</option>%s</select></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Chủ đề</h2><div class="tagcloud">%s</div></section>
<section class="widget widget_links"><h2 class="widget-title">Liên kết website</h2><ul>%s</ul></section>
</aside>""" % (req.base, pop, opts, cloud, links)


def page(req, title, main, canonical=None, extra_head="", body_class="home"):
    menu = "".join('<li class="menu-item"><a href="%s/chuyen-muc/%s/">%s</a></li>' % (req.base, c, E(CATS[c][1])) for c in MENU_CATS)
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name='robots' content='max-image-preview:large' />
%s<link rel="https://api.w.org/" href="%s/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.5" />
%s<link rel='stylesheet' id='tuyengiao-style-css' href='%s/wp-content/themes/tuyengiao/style.css?ver=2.3.1' media='all' />
<script src="%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="%s">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="%s/" rel="home">%s</a></p>
<p class="site-description">Trang thông tin điện tử của Ban Tuyên giáo Tỉnh ủy Hà Bắc</p></div>
<div class="today">Thứ Bảy, 06/07/2024</div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="%s/">Trang chủ</a></li>%s<li class="menu-item"><a href="%s/lien-he">Liên hệ</a></li></ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">%s</main>%s</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Hà Bắc. Chịu trách nhiệm: Trưởng Ban Nguyễn Hữu Khang.</p>
<p>Địa chỉ: số 8 đường Ngô Gia Tự, thị xã Bắc Ninh. Ghi rõ nguồn &quot;Ban Tuyên giáo Tỉnh ủy Hà Bắc&quot; khi phát hành lại thông tin từ website này.</p>
<p><a href="%s/lien-he/">Liên hệ</a> | <a href="%s/wp-login.php">Đăng nhập</a></p></div></footer>
</div>
<script src="%s/wp-content/themes/tuyengiao/js/navigation.js?ver=2.3.1" id="tuyengiao-navigation-js"></script>
</body>
</html>""" % (E(title), '<link rel="canonical" href="%s" />\n' % E(canonical) if canonical else "", req.base, req.base, extra_head,
              req.base, req.base, body_class, req.base, E(SITE), req.base, menu, req.base, main, sidebar(req), req.base, req.base, req.base)


def card(req, a, big=False):
    return """<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s%s">
<a class="post-thumbnail" href="%s%s"><img width="%d" height="%d" src="%s/wp-content/uploads/%s/anh-%d-%s.jpg" alt="%s"></a>
<header class="entry-header"><h%d class="entry-title"><a href="%s%s" rel="bookmark">%s</a></h%d>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>
<div class="entry-summary"><div class="excerpt">%s</div></div></article>""" % (
        a["id"], a["id"], a["cat"], " sticky-big" if big else "", req.base, a["enc"], 760 if big else 300, 460 if big else 200,
        req.base, a["date"].strftime("%Y/%m"), a["id"], hexid(a["title"], 6), E(a["title"]), 2 if big else 3, req.base, a["enc"],
        E(a["title"]), 2 if big else 3, iso(a["date"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"]))


def nav_links(prev_url, next_url, older_label="« Bài cũ hơn", newer_label="Bài mới hơn »"):
    out = []
    if next_url:
        out.append('<div class="nav-previous"><a href="%s">%s</a></div>' % (E(next_url), older_label))
    if prev_url:
        out.append('<div class="nav-next"><a href="%s">%s</a></div>' % (E(prev_url), newer_label))
    return '<nav class="navigation posts-navigation" aria-label="Bài viết"><div class="nav-links">%s</div></nav>' % "".join(out)


def paginate_links(req, base_path, cur, last):
    if last <= 1:
        return ""
    out = []
    if cur > 1:
        out.append('<a class="prev page-numbers" href="%s%s">« Trước</a>' % (req.base, base_path if cur == 2 else "%spage/%d/" % (base_path, cur - 1)))
    for p in pager_window(cur, last, 2):
        if p is None:
            out.append('<span class="page-numbers dots">&hellip;</span>')
        elif p == cur:
            out.append('<span aria-current="page" class="page-numbers current">%d</span>' % p)
        else:
            out.append('<a class="page-numbers" href="%s%s">%d</a>' % (req.base, base_path if p == 1 else "%spage/%d/" % (base_path, p), p))
    if cur < last:
        out.append('<a class="next page-numbers" href="%s%spage/%d/">Sau »</a>' % (req.base, base_path, cur + 1))
    return '<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">%s</div></nav>' % "".join(out)


def not_found(req):
    main = '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1></header><div class="page-content"><p>Có vẻ như không có gì ở đây. Bạn thử tìm kiếm xem sao?</p></div></section>'
    return html_resp(page(req, "Không tìm thấy trang - " + SITE, main, body_class="error404"), 404)


# ---------------------------------------------------------------- pages
def home(req):
    tt = in_cat("tin-tuc")
    main = ['<section class="featured">%s<div class="featured-list">%s</div></section>' % (card(req, tt[0], True), "".join(card(req, a) for a in tt[1:5]))]
    for c, n in (("tin-tuc", 6), ("nghien-cuu-trao-doi", 4), ("co-so", 4)):
        items = in_cat(c)[(5 if c == "tin-tuc" else 0):(5 if c == "tin-tuc" else 0) + n]
        main.append('<section class="home-block block-%s"><h2 class="block-title"><a href="%s/chuyen-muc/%s/">%s</a></h2>%s<a class="view-all" href="%s/chuyen-muc/%s/">Xem tất cả</a></section>' % (
            c, req.base, c, E(CATS[c][1]), "".join(card(req, a) for a in items), req.base, c))
    return html_resp(page(req, SITE + " - Trang thông tin điện tử", "".join(main), req.base + "/"))


LOADMORE_JS = """<script id="tai-them-js">
(function () {
  var root = document.querySelector('link[rel="https://api.w.org/"]').href;
  var btn = document.getElementById('tai-them');
  var list = document.getElementById('post-list');
  if (!btn) { return; }
  btn.addEventListener('click', function () {
    var page = parseInt(btn.dataset.paged, 10);
    btn.disabled = true;
    fetch(root + 'wp/v2/posts?categories=' + btn.dataset.category + '&page=' + page + '&per_page=' + btn.dataset.perPage + '&_fields=id,date,link,title,excerpt')
      .then(function (r) {
        var total = parseInt(r.headers.get('X-WP-TotalPages') || '0', 10);
        return r.json().then(function (posts) { return {posts: posts, total: total}; });
      })
      .then(function (res) {
        res.posts.forEach(function (p) {
          list.insertAdjacentHTML('beforeend', '<article class="post"><header class="entry-header"><h3 class="entry-title"><a href="' +
            p.link + '">' + p.title.rendered + '</a></h3></header><div class="entry-summary">' + p.excerpt.rendered + '</div></article>');
        });
        btn.dataset.paged = page + 1;
        btn.disabled = false;
        if (page >= res.total) { btn.remove(); }
      });
  });
})();
</script>"""


def category(req, c, n):
    items = in_cat(c)
    last = npages(len(items), PER)
    if n < 1 or n > last:
        return not_found(req)
    chunk = items[(n - 1) * PER:n * PER]
    base_path = "/chuyen-muc/%s/" % c
    head = '<header class="page-header"><h1 class="page-title">Chuyên mục: <span>%s</span></h1></header>' % E(CATS[c][1])
    body = '<div id="post-list" class="post-list">%s</div>' % "".join(card(req, a) for a in chunk)
    extra = ""
    if c == REST_CAT:
        # the theme replaces the pager by a REST-driven 'Tải thêm' button (page/N/ still answers, but is never linked)
        if n == 1 and last > 1:
            body += '<div class="load-more-wrap"><button type="button" id="tai-them" class="btn-load-more" data-category="%d" data-per-page="%d" data-paged="2">Tải thêm</button></div>%s' % (
                CATS[c][0], PER, LOADMORE_JS)
    else:
        body += paginate_links(req, base_path, n, last)
    canon = req.base + base_path + ("page/%d/" % n if n > 1 else "")
    if n < last and c != REST_CAT:
        extra += '<link rel="next" href="%s%spage/%d/" />\n' % (req.base, base_path, n + 1)
    return html_resp(page(req, "%s%s - %s" % (CATS[c][1], " - Trang %d" % n if n > 1 else "", SITE), head + body, canon, extra,
                          "archive category category-%s" % c))


def month_archive(req, y, m, n):
    items = in_month(y, m)
    last = npages(len(items), PER)
    if not items or n < 1 or n > last:
        return not_found(req)
    chunk = items[(n - 1) * PER:n * PER]
    base_path = "/%d/%02d/" % (y, m)
    head = '<header class="page-header"><h1 class="page-title">Tháng: <span>%s %d</span></h1></header>' % (MONTH_NAMES[m - 1], y)
    prev_url = None if n == 1 else req.base + base_path + ("page/%d/" % (n - 1) if n > 2 else "")
    next_url = req.base + base_path + "page/%d/" % (n + 1) if n < last else None
    body = '<div class="post-list">%s</div>%s' % ("".join(card(req, a) for a in chunk), nav_links(prev_url, next_url))
    return html_resp(page(req, "%s %d - %s" % (MONTH_NAMES[m - 1], y, SITE), head + body, req.base + base_path + ("page/%d/" % n if n > 1 else ""),
                          body_class="archive date"))


def tag_page(req, tags, n):
    if any(t not in TAGS for t in tags):
        return not_found(req)
    items = [a for a in ARTS if all(t in a["tags"] for t in tags)]
    combo = "+".join(tags)
    base_path = "/tag/%s/" % combo
    if len(tags) == 1:
        last = npages(len(items), PER)
        if n < 1 or n > last:
            return not_found(req)
        chunk = items[(n - 1) * PER:n * PER]
        prev_url = None if n == 1 else req.base + base_path + ("page/%d/" % (n - 1) if n > 2 else "")
        next_url = req.base + base_path + "page/%d/" % (n + 1) if n < last else None
        lst = "".join(card(req, a) for a in chunk) + nav_links(prev_url, next_url)
    else:
        if n != 1:
            return not_found(req)
        lst = "".join(card(req, a) for a in items[:PER]) or '<p class="no-results">Không tìm thấy bài viết nào phù hợp.</p>'
    # 'Kết hợp với chủ đề' facet box: appends one more tag to the current combination (WordPress AND syntax a+b)
    facets = "".join('<li><a href="%s/tag/%s+%s/">+ %s</a></li>' % (req.base, combo, t, E(TAGS[t])) for t in TAG_KEYS if t != tags[-1])
    head = '<header class="page-header"><h1 class="page-title">Thẻ: <span>%s</span></h1></header>' % E(" + ".join(TAGS[t] for t in tags))
    main = head + '<div class="post-list">%s</div><section class="tag-facets"><h3>Kết hợp với chủ đề</h3><ul>%s</ul></section>' % (lst, facets)
    return html_resp(page(req, "%s - %s" % (" + ".join(TAGS[t] for t in tags), SITE), main, req.base + base_path, body_class="archive tag"))


def article(req, a):
    same = [b for b in in_cat(a["cat"]) if b is not a]
    if a["cat"] == REST_CAT:
        related = same[:3]                        # the newest of the category only (all inside the first 10)
    else:
        k = same.index(next((b for b in same if b["date"] < a["date"]), same[-1]))
        related = same[max(0, k - 1):k + 2]
    rel_html = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (E(b["raw"]), E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in related)
    tags = " ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (req.base, t, E(TAGS[t])) for t in a["tags"])
    comments = "".join("""<li id="comment-%d" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b>
<time datetime="%s">%s lúc %s</time></footer><div class="comment-content"><p>%s</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s%s?replytocom=%d#respond" aria-label="Phản hồi đến %s">Trả lời</a></div></article></li>""" % (
        cid, E(nm), iso(d), d.strftime("%d/%m/%Y"), d.strftime("%H:%M"), E(txt), req.base, a["enc"], cid, E(nm)) for cid, nm, txt, d in a["comments"])
    reply_to = req.q.get("replytocom")
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    main = """<nav class="breadcrumbs"><a href="%s/">Trang chủ</a> › <a href="%s/chuyen-muc/%s/">%s</a></nav>
<article id="post-%d" class="post-%d post type-post status-publish format-standard category-%s">
<header class="entry-header"><h1 class="entry-title">%s</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span> <span class="byline">Đăng bởi: %s</span> <span class="views">Lượt xem: %d</span></div></header>
<div class="entry-content"><p class="sapo"><strong>%s</strong></p>
<figure class="wp-block-image size-large"><img src="%s/wp-content/uploads/%s/anh-%d-%s.jpg" alt="%s"><figcaption class="wp-element-caption">%s</figcaption></figure>
%s<p style="text-align: right;"><strong>%s</strong></p></div>
<footer class="entry-footer">%s<span class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.me/share?u=%s">Zalo</a></span></footer></article>
<section class="related-posts"><h3>Bài viết liên quan</h3><ul>%s</ul></section>
<div id="comments" class="comments-area">%s
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3>
<form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<textarea id="comment" name="comment" cols="45" rows="6" required></textarea><input id="author" name="author" type="text" value="" required><input id="email" name="email" type="email" value="" required>
<input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="%s"></form></div></div>""" % (
        req.base, req.base, a["cat"], E(CATS[a["cat"]][1]), a["id"], a["id"], a["cat"], E(a["title"]), iso(a["date"]), wdate(a["date"]), E(a["by"]), a["views"],
        E(a["sapo"]), req.base, a["date"].strftime("%Y/%m"), a["id"], hexid(a["title"], 6), E(a["title"]), E(a["cap"]), body, E(a["by"]),
        ('<span class="tags-links">Thẻ: %s</span> ' % tags) if tags else "", quote(req.base + a["enc"], safe=""), quote(req.base + a["enc"], safe=""),
        rel_html, ('<h2 class="comments-title">%d bình luận</h2><ol class="comment-list">%s</ol>' % (len(a["comments"]), comments)) if comments else "",
        "Trả lời bình luận" if reply_to else "Để lại một bình luận", req.base, a["id"], E(reply_to or "0"))
    head = """<link rel='shortlink' href='%s/?p=%d' />
<link rel="alternate" type="application/json" href="%s/wp-json/wp/v2/posts/%d" />
<meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:url" content="%s%s" />
<meta property="article:published_time" content="%s" />
""" % (req.base, a["id"], req.base, a["id"], E(a["title"]), req.base, a["enc"], iso(a["date"]))
    return html_resp(page(req, "%s - %s" % (a["title"], SITE), main, req.base + a["enc"], head, "post-template-default single single-post postid-%d" % a["id"]))


def search(req):
    s = req.q.get("s", "")
    items = [a for a in ARTS if s and s.lower() in a["title"].lower()][:PER]
    lst = "".join(card(req, a) for a in items) or '<p>Rất tiếc, không có kết quả nào phù hợp với từ khóa của bạn.</p>'
    return html_resp(page(req, "Kết quả tìm kiếm cho “%s” - %s" % (s, SITE), '<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>%s</span></h1></header>%s' % (E(s), lst),
                          body_class="search"))


# ---------------------------------------------------------------- REST API (core wp/v2)
def rest_post(req, a, fields=None):
    d = {"id": a["id"], "date": a["date"].strftime("%Y-%m-%dT%H:%M:%S"), "date_gmt": (a["date"] - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"),
         "guid": {"rendered": "%s/?p=%d" % (req.base, a["id"])}, "modified": a["date"].strftime("%Y-%m-%dT%H:%M:%S"),
         "slug": quote(a["uslug"], safe="-").lower(), "status": "publish", "type": "post", "link": req.base + a["enc"],
         "title": {"rendered": E(a["title"])},
         "content": {"rendered": "<p><strong>%s</strong></p>\n%s" % (E(a["sapo"]), "\n".join("<p>%s</p>" % E(p) for p in a["paras"])), "protected": False},
         "excerpt": {"rendered": "<p>%s</p>\n" % E(a["sapo"]), "protected": False}, "author": 2, "featured_media": a["id"] + 1,
         "categories": [a["catid"]], "tags": [10 + TAG_KEYS.index(t) for t in a["tags"]],
         "_links": {"self": [{"href": "%s/wp-json/wp/v2/posts/%d" % (req.base, a["id"])}],
                    "collection": [{"href": "%s/wp-json/wp/v2/posts" % req.base}]}}
    if fields:
        d = {k: v for k, v in d.items() if k in fields}
    return d


def rest_error(code, msg, status):
    return json_resp({"code": code, "message": msg, "data": {"status": status}}, status)


def rest(req, route):
    if route in ("", "/"):
        return json_resp({"name": SITE, "description": "Trang thông tin điện tử của Ban Tuyên giáo Tỉnh ủy Hà Bắc", "url": req.base,
                          "home": req.base, "gmt_offset": "7", "timezone_string": "Asia/Ho_Chi_Minh",
                          "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
                          "routes": {"/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
                                     "/wp/v2/posts/(?P<id>[\\d]+)": {"namespace": "wp/v2", "methods": ["GET"]},
                                     "/wp/v2/categories": {"namespace": "wp/v2", "methods": ["GET"]}}})
    if route == "/wp/v2/categories":
        return json_resp([{"id": v[0], "count": len(in_cat(k)), "name": v[1], "slug": k, "link": "%s/chuyen-muc/%s/" % (req.base, k)}
                          for k, v in CATS.items()])
    m = re.match(r"^/wp/v2/posts/(\d+)/?$", route)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if not a:
            return rest_error("rest_post_invalid_id", "ID bài viết không hợp lệ.", 404)
        return json_resp(rest_post(req, a))
    if route.rstrip("/") == "/wp/v2/posts":
        items = ARTS
        if req.q.get("categories"):
            try:
                cats = {int(x) for x in req.q["categories"].split(",")}
            except ValueError:
                return rest_error("rest_invalid_param", "Tham số không hợp lệ: categories", 400)
            items = [a for a in items if a["catid"] in cats]
        per = max(1, min(100, req.int_arg("per_page", 10)))
        n = req.int_arg("page", 1)
        total = npages(len(items), per) if items else 0
        if n < 1 or (n > total and not (n == 1 and total == 0)):
            return rest_error("rest_post_invalid_page_number", "Số trang được yêu cầu lớn hơn số trang có sẵn.", 400)
        fields = set(req.q["_fields"].split(",")) if req.q.get("_fields") else None
        hdrs = [("X-WP-Total", str(len(items))), ("X-WP-TotalPages", str(total)), ("X-Robots-Tag", "noindex")]
        if n < total:
            hdrs.append(("Link", '<%s/wp-json/wp/v2/posts?%s>; rel="next"' % (req.base, urlencode(dict(req.q, page=n + 1)))))
        return json_resp([rest_post(req, a, fields) for a in items[(n - 1) * per:n * per]], headers=hdrs)
    return rest_error("rest_no_route", "Không tìm thấy route phù hợp với URL và phương thức yêu cầu.", 404)


ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.startswith(("/wp-content/", "/wp-includes/")):
        if p.endswith(".css"):
            return text_resp("body{font-family:Arial}", "text/css")
        if p.endswith(".js"):
            return text_resp("/* js */", "application/javascript")
        return 200, [("Content-Type", "image/jpeg")], PIXEL
    if p.startswith("/wp-json"):
        return rest(req, p[len("/wp-json"):])
    if p == "/" and "rest_route" in req.q:
        return rest(req, req.q["rest_route"])
    if p == "/" and "p" in req.q:
        a = BY_ID.get(req.int_arg("p", 0))
        return moved(301, req.base + a["enc"]) if a else not_found(req)
    if p == "/" and "s" in req.q:
        return search(req)
    if p == "/":
        return home(req)
    if p == "/lien-he":                       # permalink plugin and theme disagree about the trailing slash: 301 loop
        return moved(301, req.base + "/lien-he/", [("X-Redirect-By", "WordPress")])
    if p == "/lien-he/":
        return moved(301, req.base + "/lien-he", [("X-Redirect-By", "Redirection")])
    m = re.match(r"^/go/([a-z-]+)/?$", p)
    if m and m.group(1) in LINKS:            # Pretty Links: 302 to another domain
        return moved(302, LINKS[m.group(1)][1], [("X-Redirect-By", "Pretty Links")])
    if p == "/wp-comments-post.php":
        return html_resp('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>WordPress &rsaquo; Lỗi</title></head><body id="error-page"><p><strong>Lỗi</strong>: Vui lòng điền các trường bắt buộc (tên, email).</p><p><a href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>', 400)
    if p in ("/wp-login.php",) or p.startswith("/wp-admin"):
        return html_resp('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Đăng nhập</title></head><body class="login"><form method="post" action="/wp-login.php"><input name="log"><input type="password" name="pwd"></form></body></html>')
    m = re.match(r"^/chuyen-muc/([a-z-]+)/(?:page/(\d+)/?)?$", p)
    if m and m.group(1) in CATS:
        if m.group(2) == "1":
            return moved(301, req.base + "/chuyen-muc/%s/" % m.group(1))
        return category(req, m.group(1), int(m.group(2) or 1))
    m = re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in CATS:
        return moved(301, req.base + p + "/")
    m = re.match(r"^/(\d{4})/(\d{2})/(?:page/(\d+)/)?$", p)
    if m:
        if m.group(3) == "1":
            return moved(301, req.base + "/%s/%s/" % (m.group(1), m.group(2)))
        return month_archive(req, int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    m = re.match(r"^/tag/([a-z+-]+)/(?:page/(\d+)/)?$", p)
    if m:
        return tag_page(req, m.group(1).split("+"), int(m.group(2) or 1))
    seg = p.strip("/")
    if seg in BY_USLUG:
        a = BY_USLUG[seg]
        if not p.endswith("/"):
            return moved(301, req.base + a["enc"] + ("?" + req.qs if req.qs else ""), [("X-Redirect-By", "WordPress")])
        return article(req, a)                # WordPress ignores unknown query arguments (none is linked)
    return not_found(req)


app = wsgi(handle, [("Server", "Apache/2.4.58 (Ubuntu)"), ("X-Powered-By", "PHP/8.1.2")])


def _manifest():
    arts = {}
    for a in ARTS:
        aliases = ["%s?replytocom=%d" % (a["key"], c[0]) for c in a["comments"]]
        aliases += ["/?p=%d" % a["id"], a["key"].rstrip("/")]
        arts[a["key"]] = {"title": a["title"], "aliases": aliases}
    rest_only = [a for a in in_cat(REST_CAT)[PER:]]
    return {
        "family": "WordPress 6.5 news theme, Unicode permalinks, core REST API 'Tải thêm' + month-archive drop-down",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/wp-admin/", "/wp-login.php"],
        "trap_prefixes": ["/tag/%s+" % t for t in TAG_KEYS],
        "offsite_redirects": ["/go/%s/" % k for k in LINKS],
        "redirect_loops": ["/lien-he", "/lien-he/"],
        "only_via": {
            "rest-api": [a["key"] for a in rest_only],          # 'Tải thêm' -> /wp-json/wp/v2/posts?categories=7&page=N
            "select-nav": [a["key"] for a in in_cat(ARCHIVE_ONLY)],  # 'Lưu trữ' month drop-down -> /YYYY/MM/
        },
        "notes": ("Post permalinks are Vietnamese Unicode slugs /<slug>/ (WordPress utf8_uri_encode, truncated to 200 encoded "
                  "characters at a character boundary). The same URL is printed three ways: lower-case %%-hex (listings, canonical, "
                  "REST 'link'), raw UTF-8 ('Đọc nhiều', 'Bài viết liên quan'), and the manifest uses upper-case %%-hex; they are one URL. "
                  "Category 'Cơ sở' (/chuyen-muc/co-so/, term 7) shows 10 posts and a 'Tải thêm' <button data-category=7 data-per-page=10 "
                  "data-paged=2> whose script reads the REST root from <link rel=\"https://api.w.org/\" href=/wp-json/> and fetches "
                  "/wp-json/wp/v2/posts?categories=7&page=N&per_page=10&_fields=id,date,link,title,excerpt (JSON array; X-WP-Total / "
                  "X-WP-TotalPages / Link rel=next headers; past the last page 400 rest_post_invalid_page_number); its /page/N/ URLs "
                  "answer but are never linked, and 'Cơ sở' is excluded from the date archives, so its posts 11+ (%d) are reachable only "
                  "through the REST API. Category 'Tư liệu' (term 9, %d posts) is in no menu, widget or home block (its category page is "
                  "linked only from its own posts' breadcrumbs): its posts are reachable only through the 'Lưu trữ' widget <select onchange='document.location.href=this.options[…].value'> of month archives "
                  "/YYYY/MM/ (then '« Bài cũ hơn' /YYYY/MM/page/N/; months without posts 404). The unfiltered /wp-json/wp/v2/posts "
                  "collection also enumerates every post (a legitimate alternative). Aliases: ?replytocom=<comment id> on posts with "
                  "comments ('Trả lời' links, 200 same page), /?p=<id> shortlink (301), no trailing slash (301). Traps: tag combination "
                  "pages /tag/a+b+…/ ('Kết hợp với chủ đề' appends one more tag, forever). Not traps but hazards: /lien-he <-> /lien-he/ "
                  "301 loop (both linked); /go/<name>/ 302 to other domains ('Liên kết website'). POST /wp-comments-post.php -> 400. "
                  "No sitemap (core sitemaps disabled: /wp-sitemap.xml 404).") % (len(rest_only), len(in_cat(ARCHIVE_ONLY))),
    }


MANIFEST = _manifest()
_last_rest = npages(len(in_cat(REST_CAT)), PER)
SELFTEST = [
    {"path": "/wp-json/wp/v2/posts?categories=7&page=%d&per_page=10" % _last_rest, "status": 200, "contains": in_cat(REST_CAT)[-1]["id"].__str__()},
    {"path": "/wp-json/wp/v2/posts?categories=7&page=%d&per_page=10" % (_last_rest + 1), "status": 400, "contains": "rest_post_invalid_page_number"},
    {"path": "/chuyen-muc/tin-tuc/page/1/", "status": 301, "location": "/chuyen-muc/tin-tuc/"},
    {"path": "/chuyen-muc/tin-tuc/page/99/", "status": 404},
    {"path": "/chuyen-muc/co-so/", "status": 200, "not_contains": "/chuyen-muc/co-so/page/2/"},
    {"path": "/lien-he", "status": 301, "location": "/lien-he/"},
    {"path": "/lien-he/", "status": 301, "location": "/lien-he"},
    {"path": "/2023/12/", "status": 404},
    {"path": "/?p=%d" % ARTS[5]["id"], "status": 301, "location": ARTS[5]["key"]},
    {"path": "/wp-sitemap.xml", "status": 404},
]
SUMMARY = {
    "chains": ["/chuyen-muc/<c>/page/N/ paginate_links (Tin tức, Nghiên cứu - Trao đổi)",
               "/chuyen-muc/co-so/: 10 + 'Tải thêm' -> GET /wp-json/wp/v2/posts?categories=7&page=N (root from <link rel=https://api.w.org/>)",
               "'Lưu trữ' <select> -> /YYYY/MM/ -> /YYYY/MM/page/N/ (only route to Tư liệu)"],
    "alias_kinds": ["?replytocom= (200)", "/?p=<id> (301)", "no trailing slash (301)", "raw / lower-hex / upper-hex slug spellings (one URL)"],
    "quirks": ["Unicode slugs truncated at 200 encoded chars", "/lien-he <-> /lien-he/ redirect loop", "/go/ off-site 302",
               "REST 400 past last page", "tag-combination trap"],
}
