"""Set 7, site D: Joomla 3 provincial Party portal for the made-up Đảng bộ tỉnh Minh Hải.
SEF URLs with /index.php/, category blogs paged with ?start=N (offset), three-level category tree whose parent
pages list sub-categories, non-SEF com_content links in 'Tin liên quan', print view, slow page, search trap."""
# ==== BEGIN KERNEL (shared helper block for set 7; copied into each module by tools/sync_kernel.py) ====
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
TODAY = datetime(2024, 11, 16, 9, 0)          # fixed "now" for every site of set 7 (a Saturday); no clock anywhere
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


# ---------------------------------------------------------------- set 7: a configurable "ordinary portal" engine
TRACKING = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "fbclid", "gclid", "zarsrc", "sid")
TAGS = ["xay-dung-dang", "chuyen-doi-so", "dan-van", "kiem-tra-giam-sat", "dai-hoi-chi-bo", "nong-thon-moi",
        "cai-cach-hanh-chinh", "quoc-phong-an-ninh"]
MONTHS_VI = ["", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9",
             "Tháng 10", "Tháng 11", "Tháng 12"]
PRESS = [("https://baochinhphu.example/", "Báo Chính phủ"), ("https://nhandan.example/", "Báo Nhân Dân"),
         ("https://dangcongsan.example/", "Báo Điện tử Đảng Cộng sản"), ("https://tapchicongsan.example/", "Tạp chí Cộng sản")]


def strip_tracking(qs):
    return [(k, v) for k, v in parse_qsl(qs, keep_blank_values=True) if k.lower() not in TRACKING]


class Portal:
    """cfg hooks (all paths include the site prefix):
    art_path(a) canonical path; art_re: regex with group 'id' matched against the request path;
    cat_url(c, n) listing page n (n = 1 is the bare category URL); pager(site, c, n, last) -> html;
    variant(a, ctx) -> the href used in box ctx ('list', 'tinmoi', 'related', 'home', 'archive', 'docnhieu');
    extra_aliases(a) -> [paths]; extra_routes(site, req) -> response or None (checked first)."""

    CTXS = ("list", "tinmoi", "related", "home", "archive", "docnhieu", "tag")

    def __init__(self, cfg):
        self.c = cfg
        self.P = cfg.get("prefix", "")
        cats = cfg["cats"]                      # (key, name, parent)
        self.cat = {k: {"key": k, "name": nm, "parent": p, "kids": []} for k, nm, p in cats}
        for k, nm, p in cats:
            if p:
                self.cat[p]["kids"].append(k)
        self.leaves = [k for k, _, _ in cats if not self.cat[k]["kids"] and k not in cfg.get("hidden_cats", ())] + \
            list(cfg.get("hidden_cats", ()))
        weights = cfg.get("weights") or self.leaves
        self.arts = make_articles(cfg["seed"], cfg["n"], weights, cfg["districts"], cfg["communes"])
        self.by_id = {}
        for a in self.arts:
            a["id"] = cfg.get("id_base", 10000) + (len(self.arts) - a["i"]) * cfg.get("id_step", 7) + a["i"] % 5
            a["cats"] = [a["cat"]]
            if cfg.get("cross_every") and a["i"] % cfg["cross_every"] == 1:
                others = [k for k in self.leaves if k != a["cat"] and k not in cfg.get("hidden_cats", ())]
                a["cats"].append(others[a["i"] % len(others)])
            a["pdf"] = a["i"] % 6 == 2
            self.by_id[a["id"]] = a
        for a in self.arts:
            a["path"] = cfg["art_path"](a)
        self.art_re = re.compile(cfg["art_re"], re.I if cfg.get("ci") else 0)
        self.size = cfg.get("page_size", 10)
        self.routes = {}
        for k in self.cat:
            if self.cat[k]["kids"] and not cfg.get("parent_lists"):
                self.routes[self._key(cfg["cat_url"](k, 1))] = ("cat", k, 1)
                continue
            last = self.last_page(k)
            for n in range(1, last + 1):
                self.routes[self._key(cfg["cat_url"](k, n))] = ("cat", k, n)
        hid = set(cfg.get("hidden_cats", ()))
        self.public = [a for a in self.arts if a["cat"] not in hid]
        self.cur = None
        self.months = sorted({(a["date"].year, a["date"].month) for a in self.arts}, reverse=True)

    # ------------------------------------------------------------ data helpers
    def _key(self, path):
        return path.lower() if self.c.get("ci") else path

    def in_cat(self, k):
        keys = self.descendants(k)
        return [a for a in self.arts if any(c in keys for c in a["cats"])]

    def descendants(self, k):
        out = [k]
        for kid in self.cat[k]["kids"]:
            out += self.descendants(kid)
        return out

    def listed(self, k):
        items = self.in_cat(k)
        cap = self.c.get("page_cap")
        return items[: cap * self.size] if cap else items

    def last_page(self, k):
        return npages(len(self.listed(k)), self.size)

    def chain(self, k):
        out = []
        while k:
            out.insert(0, k)
            k = self.cat[k]["parent"]
        return out

    def href(self, req, a, ctx):
        v = self.c.get("variant", lambda a, ctx: a["path"])(a, ctx)
        return self.abs(req, v)

    def abs(self, req, v):
        if v.startswith("https:"):
            return "https://" + req.host + v[6:]
        if v.startswith("//"):
            return "//" + req.host + v[1:]
        if v.startswith("http"):
            return v
        return req.base + v

    def aliases(self, a):
        out = []
        for ctx in self.CTXS:
            v = self.c.get("variant", lambda a, ctx: a["path"])(a, ctx)
            v = v[6:] if v.startswith("https:") else v
            v = v[1:] if v.startswith("//") else v
            if v != a["path"] and v not in out:
                out.append(v)
        for v in self.c.get("extra_aliases", lambda a: [])(a):
            if v not in out:
                out.append(v)
        return out

    # ------------------------------------------------------------ rendering
    def date(self, d):
        f = self.c.get("date_fmt", "%(thu)s, %(d)02d/%(m)02d/%(y)d %(H)02d:%(M)02d")
        return f % {"thu": THU[d.weekday()], "d": d.day, "m": d.month, "y": d.year, "H": d.hour, "M": d.minute}

    def li(self, req, a, ctx, sapo=False):
        s = '<li class="news-item"><a href="%s" title="%s">%s</a> <span class="date">%s</span>' % (
            E(self.href(req, a, ctx)), E(a["title"]), E(a["title"]), self.date(a["date"]))
        if sapo:
            s += '<p class="sapo">%s</p>' % E(a["sapo"][:140])
        return s + "</li>"

    def layout(self, req, title, main, canonical=None, extra_head=""):
        c, P = self.c, self.P
        menu = "".join('<li><a href="%s">%s</a></li>' % (E(req.base + c["cat_url"](k, 1)), E(self.cat[k]["name"]))
                       for k in c.get("menu", []))
        tinmoi = "".join(self.li(req, a, "tinmoi") for a in self.public[:c.get("tinmoi_n", 6)])
        side = '<div class="box tin-moi"><h3>Tin mới</h3><ul>%s</ul></div>' % tinmoi
        if c.get("archive"):
            side += c["archive"](self, req)
        if c.get("docnhieu"):
            pop = sorted(self.public, key=lambda a: -a["views"])[:6]
            side += '<div class="box doc-nhieu"><h3>Đọc nhiều</h3><ul>%s</ul></div>' % "".join(self.li(req, a, "docnhieu") for a in pop)
        links = "".join('<li><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (u, E(n)) for u, n in PRESS)
        side += '<div class="box lien-ket"><h3>Liên kết</h3><ul>%s</ul></div>' % links
        cb = c.get("canon_base", lambda r: r.base)(req)
        canon = '<link rel="canonical" href="%s">' % E(cb + canonical) if canonical else ""
        if canonical and c.get("mobile_prefix") and not req.host.startswith(c["mobile_prefix"]):
            canon += '<link rel="alternate" media="only screen and (max-width: 640px)" href="%s://%s%s%s">' % (
                req.scheme, c["mobile_prefix"], req.host, E(canonical))
        top = c.get("top_links", lambda s, r: "")(self, req)
        return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s | %s</title>%s%s'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head><body class="%s">'
                '<div class="header"><a class="logo" href="%s">%s</a>%s</div><ul class="menu"><li><a href="%s">Trang chủ</a></li>%s</ul>'
                '<div class="wrap"><div class="main">%s</div><div class="sidebar">%s</div></div>'
                '<div class="footer">%s<p>Giấy phép số 12/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></body></html>'
                % (E(title), E(c["site_name"]), canon, c.get("head", ""), extra_head, c.get("body_class", "portal"),
                   E(req.base + c["home"]), E(c["site_name"]), top, E(req.base + c["home"]), menu, main, side,
                   c.get("footer", lambda s, r: "")(self, req)))

    def home(self, req):
        c = self.c
        self.cur = None
        parts = ['<div class="tieu-diem"><h2>Tiêu điểm</h2><ul>%s</ul></div>' % "".join(
            self.li(req, a, "home", True) for a in self.public[:4])]
        for k in c["home_cats"]:
            items = self.in_cat(k)[:4]
            parts.append('<div class="box-cat"><h2>%s</h2><ul>%s</ul><a class="xem-them" href="%s">Xem thêm</a></div>' % (
                E(self.cat[k]["name"]), "".join(self.li(req, a, "home") for a in items), E(req.base + c["cat_url"](k, 1))))
        parts.append(c.get("home_extra", lambda s, r: "")(self, req))
        return html_resp(self.layout(req, "Trang chủ", "".join(parts), canonical=c["home"]))

    def breadcrumb(self, req, k):
        return '<div class="breadcrumb"><a href="%s">Trang chủ</a>%s</div>' % (E(req.base + self.c["home"]), "".join(
            ' » <a href="%s">%s</a>' % (E(req.base + self.c["cat_url"](x, 1)), E(self.cat[x]["name"])) for x in self.chain(k)))

    def category(self, req, k, n):
        c = self.c
        node = self.cat[k]
        self.cur = k
        if node["kids"] and not c.get("parent_lists"):
            parts = [self.breadcrumb(req, k), '<h1>%s</h1>' % E(node["name"])]
            for kid in node["kids"]:
                items = self.in_cat(kid)[:3]
                parts.append('<div class="sub-cat"><h2><a href="%s">%s</a></h2><ul>%s</ul></div>' % (
                    E(req.base + c["cat_url"](kid, 1)), E(self.cat[kid]["name"]), "".join(self.li(req, a, "list") for a in items)))
            return html_resp(self.layout(req, node["name"], "".join(parts), canonical=c["cat_url"](k, 1)))
        items = self.listed(k)
        last = self.last_page(k)
        page = items[(n - 1) * self.size: n * self.size]
        rows = "".join(self.li(req, a, "list", True) for a in page)
        if c.get("press_in_list"):
            u, nm = PRESS[n % len(PRESS)]
            rows += '<li class="news-item external"><a href="%sbai-viet-%d.html">%s: Tin liên quan từ báo Trung ương</a> <span class="source">(%s)</span></li>' % (
                u, 4000 + n, E(node["name"]), E(nm))
        extra = c.get("list_extra", lambda s, r, k, n: "")(self, req, k, n)
        if node["kids"]:
            extra = '<div class="sub-cats">Chuyên mục con: %s</div>' % " | ".join('<a href="%s">%s</a>' % (
                E(req.base + c["cat_url"](x, 1)), E(self.cat[x]["name"])) for x in node["kids"]) + extra
        main = '%s<h1>%s</h1><ul class="list-news">%s</ul>%s%s' % (self.breadcrumb(req, k), E(node["name"]), rows,
                                                                c["pager"](self, req, k, n, last), extra)
        return html_resp(self.layout(req, node["name"] + (" - Trang %d" % n if n > 1 else ""), main,
                                     canonical=c["cat_url"](k, n)))

    def article(self, req, a, printing=False):
        c = self.c
        self.cur = None
        k = a["cat"]
        rel = [x for x in self.in_cat(k) if x is not a][:5]
        body = body_paras(a)
        att = ""
        if a["pdf"]:
            att = '<div class="attachments"><b>Tệp đính kèm:</b> <a href="%s">Van-ban-%d.pdf</a></div>' % (
                E(req.base + c.get("pdf_path", lambda a: self.P + "/uploads/files/van-ban-%d.pdf" % a["id"])(a)), a["id"])
        tags = ""
        if c.get("tag_url"):
            tags = '<div class="tags">Từ khóa: %s</div>' % " ".join(
                '<a href="%s">%s</a>' % (E(req.base + c["tag_url"]([t])), t) for t in (TAGS[a["k"]], TAGS[(a["k"] + 3) % 8]))
        if printing:
            main = '<h1>%s</h1><p class="date">%s</p><p class="sapo"><b>%s</b></p>%s<p class="author">%s</p>' % (
                E(a["title"]), self.date(a["date"]), E(a["sapo"]), body, E(a["by"]))
            return html_resp('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"></head>'
                             '<body onload="window.print()">%s</body></html>' % (E(a["title"]), E(c.get("canon_base", lambda r: r.base)(req) + a["path"]), main))
        tools = ""
        if c.get("print_url"):
            tools += '<a class="print" href="%s" target="_blank">In bài viết</a> ' % E(req.base + c["print_url"](a))
        tools += '<a class="share" href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a>' % quote(req.base + a["path"], safe="")
        also = ""
        if len(a["cats"]) > 1:
            also = '<div class="also">Đăng trong: %s</div>' % ", ".join(
                '<a href="%s">%s</a>' % (E(req.base + c["cat_url"](x, 1)), E(self.cat[x]["name"])) for x in a["cats"])
        main = ('%s<div class="article"><h1 class="title">%s</h1><div class="meta"><span class="date">%s</span> %s</div>'
                '<p class="sapo"><b>%s</b></p><div class="content">%s</div><p class="author"><b>%s</b></p>%s%s%s</div>'
                '<div class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>') % (
            self.breadcrumb(req, k), E(a["title"]), self.date(a["date"]), tools, E(a["sapo"]), body, E(a["by"]), att, tags,
            also, "".join(self.li(req, x, "related") for x in rel))
        return html_resp(self.layout(req, a["title"], main, canonical=a["path"]))

    def not_found(self, req):
        return html_resp(self.layout(req, "Không tìm thấy trang", '<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'), 404)

    # ------------------------------------------------------------ generic traps
    def calendar(self, req, url_fn, day):
        try:
            d = datetime.strptime(day, "%Y-%m-%d")
        except ValueError:
            d = TODAY
        prev, nxt = d - timedelta(days=1), d + timedelta(days=1)
        main = ('<h1>Lịch công tác ngày %s</h1><table class="lich"><tr><td>08:00</td><td>Giao ban Thường trực Tỉnh ủy</td></tr></table>'
                '<a href="%s">« Ngày trước</a> | <a href="%s">Ngày sau »</a>') % (
            d.strftime("%d/%m/%Y"), E(req.base + url_fn(prev.strftime("%Y-%m-%d"))), E(req.base + url_fn(nxt.strftime("%Y-%m-%d"))))
        return html_resp(self.layout(req, "Lịch công tác", main))

    def search(self, req, url_fn, q, n):
        hits = [a for a in self.arts if q and q.lower() in a["title"].lower()][:5]
        main = '<h1>Kết quả tìm kiếm: %s</h1><ul>%s</ul><div class="pager"><a href="%s">Trang sau »</a></div>' % (
            E(q), "".join('<li>%s</li>' % E(a["title"]) for a in hits), E(req.base + url_fn(q, n + 1)))
        return html_resp(self.layout(req, "Tìm kiếm", main))

    def tags(self, req, tags):
        c = self.c
        hits = [a for a in self.public if TAGS[a["k"]] in tags or TAGS[(a["k"] + 3) % 8] in tags][:8]
        combos = "".join('<a href="%s">+ %s</a> ' % (E(req.base + c["tag_url"](tags + [t])), t) for t in TAGS if t not in tags)
        main = '<h1>Từ khóa: %s</h1><ul>%s</ul><div class="tag-combine">Kết hợp: %s</div>' % (
            E(", ".join(tags)), "".join(self.li(req, a, "tag") for a in hits), combos)
        return html_resp(self.layout(req, "Từ khóa", main))

    # ------------------------------------------------------------ router
    def handle(self, req):
        c = self.c
        if req.method not in ("GET", "HEAD"):
            return html_resp("Method Not Allowed", 405)
        r = c.get("extra_routes", lambda s, r: None)(self, req)
        if r is not None:
            return r
        if req.path == "/robots.txt":
            return text_resp(c["robots"](req))
        path = req.path
        if path == c["home"] and not strip_tracking(req.qs):
            return self.home(req)
        key = self._key(path + ("?" + req.qs if req.qs else ""))
        rt = self.routes.get(key)
        if rt:
            flk = c.get("flaky", {}).get(path + ("?" + req.qs if req.qs else ""))
            if flk and flaky(key):
                return html_resp("<h1>500 - Internal Server Error</h1><p>Lỗi kết nối cơ sở dữ liệu.</p>", flk)
            if path + ("?" + req.qs if req.qs else "") in c.get("slow", []):
                nap(req, 1.3)
            return self.category(req, rt[1], rt[2])
        m = self.art_re.fullmatch(path)
        if m:
            a = self.by_id.get(int(m.group("id")))
            if not a:
                return self.not_found(req)
            want = a["path"]
            ok = path == want or (c.get("ci") and path.lower() == want.lower()) or path in c.get("same_paths", lambda a: [])(a)
            if not ok:
                return moved(301, req.base + want)
            rest = strip_tracking(req.qs)
            if c.get("print_q") and rest and rest[0][0] == c["print_q"]:
                return self.article(req, a, printing=True)
            return self.article(req, a)
        return self.not_found(req)

    def manifest(self, **kw):
        arts = {}
        for a in self.arts:
            arts[a["path"]] = {"title": a["title"], "aliases": self.aliases(a)}
        man = {"articles": arts}
        man.update(kw)
        return man


def std_robots(disallow, sitemap=None):
    def f(req):
        s = "User-agent: *\n" + "".join("Disallow: %s\n" % d for d in disallow)
        if sitemap:
            s += "\nSitemap: %s%s\n" % (req.base, sitemap)
        return s
    return f


def month_archive(url_fn, title="Lưu trữ"):
    def f(site, req):
        return '<div class="box luu-tru"><h3>%s</h3><ul>%s</ul></div>' % (title, "".join(
            '<li><a href="%s">%s/%d</a></li>' % (E(req.base + url_fn(y, m, 1)), MONTHS_VI[m], y) for y, m in site.months))
    return f


def month_items(site, y, m):
    return [a for a in site.arts if (a["date"].year, a["date"].month) == (y, m)]
# ==== END KERNEL ====

CATS = [("tin-tuc", "Tin tức", None), ("trong-tinh", "Trong tỉnh", "tin-tuc"), ("thoi-su", "Thời sự", "trong-tinh"),
        ("co-so", "Cơ sở", "trong-tinh"), ("trong-nuoc", "Trong nước", "tin-tuc"), ("xay-dung-dang", "Xây dựng Đảng", None),
        ("to-chuc", "Tổ chức - Cán bộ", "xay-dung-dang"), ("tuyen-giao", "Tuyên giáo", "xay-dung-dang"),
        ("van-ban", "Văn bản chỉ đạo", None)]
CATID = {k: 8 + i for i, (k, _, _) in enumerate(CATS)}
PARENT = {k: p for k, _, p in CATS}


def chain(k):
    out = []
    while k:
        out.insert(0, k)
        k = PARENT[k]
    return "/".join(out)


def cat_url(k, n):
    return "/%s.html" % chain(k) + ("?start=%d" % ((n - 1) * 10) if n > 1 else "")


def pager(site, req, k, n, last):
    out = ['<li><a href="%s" title="Bắt đầu">Bắt đầu</a></li>' % E(req.base + cat_url(k, 1)) if n > 1 else '<li class="disabled"><span>Bắt đầu</span></li>']
    if n > 1:
        out.append('<li><a href="%s" title="Trước">Trước</a></li>' % E(req.base + cat_url(k, n - 1)))
    lo = max(1, min(n - 4, last - 9))
    for p in range(lo, min(last, lo + 9) + 1):
        out.append('<li class="active"><span>%d</span></li>' % p if p == n else '<li><a href="%s">%d</a></li>' % (E(req.base + cat_url(k, p)), p))
    if n < last:
        out.append('<li><a href="%s" title="Tiếp">Tiếp</a></li>' % E(req.base + cat_url(k, n + 1)))
        out.append('<li><a href="%s" title="Cuối">Cuối</a></li>' % E(req.base + cat_url(k, last)))
    return '<div class="pagination"><p class="counter">Trang %d của %d</p><ul>%s</ul></div>' % (n, last, "".join(out))


def art_path(a):
    return "/%s/%d-%s.html" % (chain(a["cat"]), a["id"], a["slug"][:80].rstrip("-"))


def old_sef(a):                     # before mod_rewrite + 'Adds Suffix to URL' were switched on (2019)
    return "/index.php/%s/%d-%s" % (chain(a["cat"]), a["id"], a["slug"][:80].rstrip("-"))


def nonsef(a):
    return "/index.php?option=com_content&view=article&id=%d&catid=%d&Itemid=%d" % (a["id"], CATID[a["cat"]], 100 + CATID[a["cat"]])


def variant(a, ctx):
    if ctx == "tinmoi":             # the 'Tin mới' module's cached HTML predates the rewrite
        return old_sef(a)
    return nonsef(a) if ctx == "related" else a["path"]


def search_url(q, n):
    return "/tim-kiem.html?searchword=%s&searchphrase=all" % quote(q) + ("&start=%d" % ((n - 1) * 20) if n > 1 else "")


def extra_routes(site, req):
    p = req.path
    if p == "/index.php" and req.q.get("option") == "com_content" and req.q.get("view") == "article":
        a = site.by_id.get(req.int_arg("id", 0))
        if not a:
            return site.not_found(req)
        if req.q.get("tmpl") == "component":
            return site.article(req, a, printing=True)
        return site.article(req, a)
    if p == "/index.php" and not req.qs:
        return moved(301, req.base + "/")
    if req.q.get("format") == "feed":
        return text_resp(rss(req.base, "Tin tức", "/", [(a["path"], a["title"], a["date"], a["sapo"]) for a in site.arts[:10]]),
                         "application/rss+xml; charset=utf-8")
    if p.startswith("/index.php/"):  # old SEF URL: 301 to the rewritten one with suffix (query kept)
        rest = p[len("/index.php"):].rstrip("/")
        if not rest.endswith(".html"):
            rest += ".html"
        return moved(301, req.base + rest + ("?" + req.qs if req.qs else ""))
    if p == "/dang-nhap.html":        # misconfigured login menu item: 303 to the old SEF form, which 301s back
        return moved(303, req.base + "/index.php/dang-nhap")
    if p == "/tim-kiem.html":
        return site.search(req, search_url, req.q.get("searchword", ""), req.int_arg("start", 0) // 20 + 1)
    if p.startswith("/images/"):
        return 200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n% replica\n"
    return None


def top_links(site, req):
    return ('<form action="%s/tim-kiem.html" method="get"><input name="searchword" value=""><button>Tìm kiếm</button></form>'
            '<a href="%s">Tìm: đại hội chi bộ</a> | <a href="%s/dang-nhap.html">Đăng nhập</a>') % (
        req.base, E(req.base + search_url("đại hội", 1)), req.base)


SITE = Portal({
    "seed": 7404, "n": 98, "site_name": "Trang thông tin điện tử Đảng bộ tỉnh Minh Hải", "home": "/",
    "districts": ["Cái Nước", "Đầm Dơi", "Ngọc Hiển", "Trần Văn Thời", "Giá Rai", "Hồng Dân", "Vĩnh Lợi"],
    "communes": ["Tân Hưng", "Tạ An Khương", "Đất Mũi", "Khánh Bình", "Phong Thạnh", "Ninh Quới"],
    "cats": CATS, "weights": ["thoi-su", "co-so", "trong-nuoc", "to-chuc", "tuyen-giao", "thoi-su", "van-ban"],
    "id_base": 1500, "id_step": 4, "page_size": 10,
    "cat_url": cat_url, "pager": pager, "art_path": art_path,
    "art_re": r"/(?:tin-tuc|xay-dung-dang|van-ban)(?:/[a-z0-9-]+)*/(?P<id>\d+)-[a-z0-9-]*\.html", "variant": variant,
    "print_url": lambda a: nonsef(a) + "&tmpl=component&print=1&layout=default",
    "extra_aliases": lambda a: [nonsef(a) + "&tmpl=component&print=1&layout=default"],
    "menu": ["tin-tuc", "xay-dung-dang", "van-ban"], "home_cats": ["tin-tuc", "van-ban"], "top_links": top_links,
    "robots": std_robots(["/administrator/", "/bin/", "/cache/", "/cli/", "/components/", "/includes/", "/installation/",
                          "/language/", "/layouts/", "/libraries/", "/logs/", "/modules/", "/plugins/", "/tmp/"]),
    "slow": ["/tin-tuc/trong-tinh/thoi-su.html?start=20"],
    "extra_routes": extra_routes, "date_fmt": "Ngày đăng: %(d)02d/%(m)02d/%(y)d %(H)02d:%(M)02d",
    "pdf_path": lambda a: "/images/van-ban/cv-%d.pdf" % a["id"],
    "head": '<meta name="generator" content="Joomla! - Open Source Content Management">',
})
app = wsgi(SITE.handle, [("Server", "Apache/2.4.57"), ("X-Powered-By", "PHP/7.4.33")])
ARTS = SITE.arts
MANIFEST = SITE.manifest(
    family="Joomla 3 (SEF + mod_rewrite + .html suffix, old /index.php/ links 301): category blogs paged with ?start=<offset>, three-level category tree, non-SEF com_content links, print view",
    start_urls=["/"], robots_disallowed=["/administrator/", "/cache/", "/components/", "/modules/", "/plugins/", "/tmp/"],
    trap_prefixes=["/tim-kiem.html"], only_via={}, redirect_loops=["/dang-nhap.html"], slow=["/tin-tuc/trong-tinh/thoi-su.html?start=20"],
    notes=("Articles /<category chain>/<id>-<alias>.html (e.g. /tin-tuc/trong-tinh/thoi-su/1873-….html; Joomla SEF "
           "with URL rewriting and the .html suffix). Every /index.php/<x> (the pre-2019 SEF form) 301s to /<x>.html with "
           "its query; the 'Tin mới' sidebar still links articles that way (alias, 301). Category URLs are "
           "/<chain>.html. "
           "Categories three levels deep (Tin tức > Trong tỉnh > Thời sự / Cơ sở); parent pages list their "
           "sub-categories (3 newest each) and have no pager; leaf category blogs page with <chain>.html?start=10, 20 … (offset, 10 "
           "per page; Joomla pager 'Bắt đầu Trước 1 … 10 Tiếp Cuối' with 'Trang n của N'). 'Tin cùng chuyên mục' on "
           "article pages uses the non-SEF form /index.php?option=com_content&view=article&id=<id>&catid=<c>&Itemid=<m> "
           "(200, canonical to the SEF URL); 'In bài viết' adds &tmpl=component&print=1&layout=default (200, print "
           "view). A wrong alias after the id 301s. /tin-tuc/trong-tinh/thoi-su.html?start=20 answers after 1.3 s. "
           "HAZARD: 'Đăng nhập' /dang-nhap.html 303 -> /index.php/dang-nhap 301 -> /dang-nhap.html … (loop). Trap: search /tim-kiem.html?searchword=…&searchphrase=all&start=N with 'Trang sau' forever (also a GET "
           "form). RSS ?format=feed (10 newest). Sidebar 'Tin mới' on every page; off-site press links. Unknown URLs 404."),
)
_a = ARTS[7]
SELFTEST = [
    {"path": "/tin-tuc/trong-tinh/thoi-su.html?start=990", "status": 404},
    {"path": "/tin-tuc.html", "status": 200, "contains": "Trong tỉnh"},
    {"path": "/tin-tuc/trong-tinh.html", "status": 200, "contains": "Cơ sở"},
    {"path": "/%s/%d-bai-cu.html" % (chain(_a["cat"]), _a["id"]), "status": 301, "location": _a["path"]},
    {"path": old_sef(_a), "status": 301, "location": _a["path"]},
    {"path": "/index.php/tin-tuc/trong-tinh?start=0", "status": 301, "location": "/tin-tuc/trong-tinh.html?start=0"},
    {"path": "/index.php", "status": 301, "location": "/"},
]
SUMMARY = {
    "chains": ["/ -> menu /<top>.html (sub-categories) -> /<top>/<mid>.html (sub-categories) -> /<chain>.html?start=N"],
    "alias_kinds": ["non-SEF /index.php?option=com_content&view=article&id=&catid=&Itemid= (200)", "print &tmpl=component&print=1 (200)", "old SEF /index.php/<chain>/<id>-<alias> in 'Tin mới' (301 to .html)",
                    "wrong alias after the id (301, unlisted)"],
    "quirks": ["?start=<offset> paging", "three-level category tree", "slow ?start=20", "mod_rewrite + .html suffix with old /index.php/ links 301", "search trap with endless 'Trang sau'", "login 303/301 redirect loop"],
}
