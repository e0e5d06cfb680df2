"""Replica: Đảng bộ tỉnh Nghĩa Bình on Progress Sitefinity 14 (MVC news widgets, script-driven pager, RSS feeds, gzip sitemap).

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

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Nghĩa Bình"
SECS = {"thoi-su": ("Thời sự", "/tin-tuc/thoi-su"), "xay-dung-dang": ("Xây dựng Đảng", "/tin-tuc/xay-dung-dang"),
        "van-kien": ("Văn kiện - Tư liệu", "/van-kien")}
ARTS = make_articles(4242, 126, ["thoi-su", "xay-dung-dang", "thoi-su", "van-kien", "xay-dung-dang", "thoi-su"],
                     ["Quảng Ngãi", "Quy Nhơn", "Sơn Tịnh", "Bình Sơn", "Tuy Phước", "Hoài Nhơn", "An Nhơn", "Đức Phổ"],
                     ["Tịnh Khê", "Bình Châu", "Phước Hòa", "Hoài Hương", "Nhơn Hậu", "Phổ Thạnh"], gap=(300, 1700))
for _a in ARTS:
    _a["path"] = "%s/%s/%s" % (SECS[_a["cat"]][1], _a["date"].strftime("%Y/%m/%d"), _a["slug"])
BY_PATH = {a["path"]: a for a in ARTS}
PER = 9
FEED_N = 20
VK_SHOWN = 8          # 'Văn kiện' widget: newest 8, no pager; the RSS feed has everything
SORTS = {"": "Mới nhất", "xem-nhieu": "Xem nhiều"}


def in_sec(c, sort=""):
    items = [a for a in ARTS if a["cat"] == c]
    if sort == "xem-nhieu":
        items = sorted(items, key=lambda a: (-a["views"], a["i"]))
    return items


def shell(req, title, main, canonical=None, extra_head=""):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (u, E(n)) for n, u in SECS.values())
    return """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>%s</title><meta name="Generator" content="Sitefinity 14.4.8142.0 DX">
%s<link rel="alternate" type="application/rss+xml" title="Thời sự" href="/Feeds/thoi-su">
<link rel="alternate" type="application/rss+xml" title="Xây dựng Đảng" href="/Feeds/xay-dung-dang">
<link rel="alternate" type="application/rss+xml" title="Văn kiện - Tư liệu" href="/Feeds/van-kien">%s
<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?package=Bootstrap5&amp;v=MTQuNC44MTQy" rel="stylesheet" type="text/css"></head>
<body><header class="nb-header"><div class="container"><a class="navbar-brand" href="/">%s</a>
<form class="nb-search" action="/tim-kiem" method="get"><input type="search" name="searchQuery" placeholder="Tìm kiếm…"><input type="hidden" name="indexCatalogue" value="tin-tuc"><button type="submit">Tìm</button></form>
<nav><ul class="nav">%s<li class="nav-item"><a class="nav-link" href="/lich-lam-viec">Lịch làm việc</a></li><li class="nav-item"><a class="nav-link" href="/rss">RSS</a></li></ul></nav></div></header>
<main class="container" id="Contentplaceholder1_TBB36AE2E001_Col00">%s</main>
<footer class="nb-footer"><div class="container"><p>Cơ quan chủ quản: Tỉnh ủy Nghĩa Bình. Giấy phép số 31/GP-TTĐT ngày 05/3/2021.</p>
<p><a href="/tim-kiem?searchQuery=ngh%%E1%%BB%%8B+quy%%E1%%BA%%BFt&amp;indexCatalogue=tin-tuc&amp;wordsMode=AllWords">Tìm nhanh: nghị quyết</a></p></div></footer>
<script src="/ScriptResource.axd?d=mNx8tq1b&amp;t=ffffffffe5a3c0c2" type="text/javascript"></script></body></html>""" % (
        E(title), '<link rel="canonical" href="%s">' % E(canonical) if canonical else "", extra_head, E(SITE), nav, main)


def card(a, href=None):
    return """<div class="col-md-4 sf-news-item"><div class="card"><img class="card-img-top" src="/images/default-source/tin-tuc/%s.jpg?sfvrsn=%s" alt="">
<div class="card-body"><h3 class="card-title"><a href="%s">%s</a></h3><div class="text-muted sf-date">%s</div><div class="card-text">%s</div></div></div></div>""" % (
        a["slug"][:30], hexid(a["slug"], 6), href or a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"]))


PAGER_JS = """<script>
(function () {
  var pager = document.querySelector('.sf-pager');
  if (!pager) return;
  pager.addEventListener('click', function (e) {
    var el = e.target.closest('[data-page]');
    if (!el) return;
    e.preventDefault();
    var sort = pager.getAttribute('data-sort');
    window.location.href = window.location.pathname + '?page=' + el.getAttribute('data-page') + (sort ? '&sort=' + sort : '');
  });
})();
</script>"""


def listing(req, c, page, sort):
    name, url = SECS[c]
    items = in_sec(c, sort)
    last = npages(len(items), PER)
    chunk = items[(page - 1) * PER:page * PER]
    sorts = " | ".join('<a href="%s%s"%s>%s</a>' % (url, "?sort=" + k if k else "", ' class="active"' if k == sort else "", v) for k, v in SORTS.items())
    if chunk:
        lis = []
        if page > 1:
            lis.append('<li class="page-item"><a class="page-link" href="javascript:void(0)" data-page="%d" aria-label="Trang trước">‹</a></li>' % (page - 1))
        for n in range(1, last + 1):
            lis.append('<li class="page-item%s"><a class="page-link" href="javascript:void(0)" data-page="%d">%d</a></li>' % (" active" if n == page else "", n, n))
        if page < last:
            lis.append('<li class="page-item"><a class="page-link" href="javascript:void(0)" data-page="%d" aria-label="Trang sau">›</a></li>' % (page + 1))
        body = '<div class="row">%s</div><nav class="sf-pager" aria-label="Phân trang" data-sort="%s"><ul class="pagination">%s</ul></nav>%s' % (
            "".join(card(a) for a in chunk), sort, "".join(lis), PAGER_JS)
    else:
        body = '<div class="alert alert-light">Không có bài viết nào.</div>'        # 200, empty list
    main = '<h1 class="sf-title">%s</h1><div class="sf-sort">Sắp xếp: %s</div>%s' % (E(name), sorts, body)
    canon = req.base + url + ("?page=%d" % page if page > 1 else "")
    return html_resp(shell(req, "%s | %s" % (name, SITE), main, canon))


def van_kien(req):
    items = in_sec("van-kien")[:VK_SHOWN]
    main = '<h1 class="sf-title">Văn kiện - Tư liệu</h1><div class="row">%s</div><p class="sf-feed"><a href="/Feeds/van-kien"><img src="/images/rss.png" alt=""> Theo dõi qua RSS</a></p>' % "".join(card(a) for a in items)
    return html_resp(shell(req, "Văn kiện - Tư liệu | " + SITE, main, req.base + "/van-kien"))


def article(req, a, culture=False):
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    name, url = SECS[a["cat"]]
    rel = [x for x in in_sec(a["cat"]) if x is not a][:3] if a["cat"] != "van-kien" else []
    share = req.base + a["path"] + "?utm_source=zalo&utm_medium=share&utm_campaign=sf"
    main = """<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="%s">%s</a></li></ol>
<article class="sf-news-details"><h1>%s</h1><div class="text-muted"><span class="sf-date">%s, %s</span> | <span>%s</span></div>
<div class="sf-summary lead"><strong>%s</strong></div><figure><img src="/images/default-source/tin-tuc/%s.jpg" alt=""><figcaption>%s</figcaption></figure>
<div class="sf-content">%s<p style="text-align:right"><strong>%s</strong></p></div>
<div class="sf-share"><a href="https://sp.zalo.me/share?url=%s">Chia sẻ Zalo</a></div></article>%s""" % (
        url, E(name), E(a["title"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), E(a["by"]), E(a["sapo"]),
        a["slug"][:30], E(a["cap"]), body, E(a["by"]), quote(share, safe=""),
        '<section class="related"><h2>Tin cùng chuyên mục</h2><ul>%s</ul></section>' % "".join('<li><a href="%s">%s</a></li>' % (x["path"], E(x["title"])) for x in rel) if rel else "")
    return html_resp(shell(req, a["title"], main, req.base + a["path"]))


def home(req):
    top = [a for a in ARTS if a["cat"] != "van-kien"][:7]
    main = '<section class="hot"><h2>Tin nổi bật</h2><div class="row">%s</div></section><section><h2>Tin mới</h2><ul>%s</ul></section>' % (
        "".join(card(a, "/vi" + a["path"]) for a in top[:3]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in top[3:]))
    return html_resp(shell(req, SITE, main, req.base + "/"))


def feed(req, c):
    items = in_sec(c) if c == "van-kien" else in_sec(c)[:FEED_N]       # news feeds: newest 20; Văn kiện: everything
    rows = [(a["path"] + "?utm_source=rss&utm_medium=feed", a["title"], a["date"], a["sapo"]) for a in items]
    return text_resp(rss(req.base, SECS[c][0] + " - " + SITE, SECS[c][1], rows), "application/rss+xml; charset=utf-8")


def sitemap_gz(req):
    ent = [("/", None)] + [(u, None) for _, u in SECS.values()] + [(a["path"], a["date"]) for a in ARTS if a["cat"] != "van-kien"]
    raw = urlset(req.base, ent).encode("utf-8")
    return 200, [("Content-Type", "application/x-gzip")], gzip.compress(raw, mtime=0)


def search(req):
    q, pg = req.q.get("searchQuery", ""), req.int_arg("page", 1)
    main = '<h1>Kết quả tìm kiếm cho “%s”</h1><p>Không tìm thấy kết quả nào trên trang %d.</p><p><a href="/tim-kiem?searchQuery=%s&amp;indexCatalogue=tin-tuc&amp;wordsMode=AllWords&amp;page=%d">Trang sau ›</a></p>' % (
        E(q), pg, quote(q), pg + 1)
    return html_resp(shell(req, "Tìm kiếm", main))


def schedule(req):
    w, y = req.int_arg("tuan", 24), req.int_arg("nam", 2024)
    pw, py = (w - 1, y) if w > 1 else (52, y - 1)
    nw, ny = (w + 1, y) if w < 52 else (1, y + 1)
    main = '<h1>Lịch làm việc tuần %d năm %d</h1><table class="table"><tr><td>Chưa có lịch.</td></tr></table><p><a href="/lich-lam-viec?tuan=%d&amp;nam=%d">‹ Tuần trước</a> · <a href="/lich-lam-viec?tuan=%d&amp;nam=%d">Tuần sau ›</a></p>' % (w, y, pw, py, nw, ny)
    return html_resp(shell(req, "Lịch làm việc", main))


ROBOTS = """User-agent: *
Disallow: /Sitefinity/
Disallow: /RestApi/
Disallow: /tim-kiem
Disallow: /*?sf_cntrl_id=

Sitemap: {base}/sitemap/sitemap.xml.gz
"""


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p == "/sitemap/sitemap.xml.gz":
        return sitemap_gz(req)
    if p.endswith((".css", ".js", ".jpg", ".png", ".axd")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/":
        return home(req)
    if p == "/rss":
        return html_resp(shell(req, "RSS", "<h1>Kênh RSS</h1><ul>%s</ul>" % "".join('<li><a href="/Feeds/%s">%s</a></li>' % (k, E(v[0])) for k, v in SECS.items())))
    m = re.match(r"^/Feeds/([a-z-]+)$", p)
    if m and m.group(1) in SECS:
        return feed(req, m.group(1))
    if p == "/tim-kiem":
        return search(req)
    if p == "/lich-lam-viec":
        return schedule(req)
    if p in BY_PATH:
        return article(req, BY_PATH[p])
    if p.startswith("/vi/") and p[3:] in BY_PATH:
        return article(req, BY_PATH[p[3:]], culture=True)
    if p == "/van-kien":
        return van_kien(req)
    for c, (name, url) in SECS.items():
        if p == url and c != "van-kien":
            sort = req.q.get("sort", "")
            if sort not in SORTS:
                sort = ""
            page = req.int_arg("page", 1)
            if page < 1:
                page = 1
            return listing(req, c, page, sort)
    return html_resp(shell(req, "Không tìm thấy trang", "<h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>"), 404)


app = wsgi(handle, [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"), ("X-Sitefinity-Version", "14.4")])


def _manifest():
    arts = {}
    for a in ARTS:
        al = ["/vi" + a["path"], a["path"] + "?utm_source=zalo&utm_medium=share&utm_campaign=sf",
              a["path"] + "?utm_source=rss&utm_medium=feed"]
        arts[a["path"]] = {"title": a["title"], "aliases": al}
    return {
        "family": "Progress Sitefinity 14 (MVC news widgets), script-driven data-page pager, RSS per category, gzip sitemap",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/Sitefinity/", "/RestApi/", "/tim-kiem"],
        "trap_prefixes": ["/lich-lam-viec", "/tim-kiem"],
        "notes": ("Articles /<list page>/YYYY/MM/DD/<slug> (Sitefinity news URL format). Listings /tin-tuc/thoi-su and "
                  "/tin-tuc/xay-dung-dang: page links are <a href=\"javascript:void(0)\" data-page=\"N\"> inside nav.sf-pager; an inline "
                  "script sends the browser to location.pathname + '?page=' + N (+ '&sort=' from data-sort). No page URL appears in "
                  "an href. ?page past the end: 200 'Không có bài viết nào.' ?sort=xem-nhieu (linked) reorders the same items, with its "
                  "own pager. 'Văn kiện - Tư liệu' (/van-kien) shows only its newest 8 items and no pager: its older items are only in "
                  "the RSS feed /Feeds/van-kien (linked from <link rel=alternate> in every head and from /rss; the news feeds /Feeds/thoi-su and /Feeds/xay-dung-dang hold only their newest 20), whose item links carry "
                  "?utm_source=rss&utm_medium=feed. robots Sitemap: /sitemap/sitemap.xml.gz is gzip-compressed (application/x-gzip) "
                  "and omits Văn kiện. Aliases: /vi/ culture prefix (home 'Tin nổi bật'), utm (Zalo share URL, RSS)."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/tin-tuc/thoi-su?page=99", "status": 200, "contains": "Không có bài viết nào."},
    {"path": "/tin-tuc/thoi-su", "status": 200, "contains": 'data-page="2"'},
    {"path": "/tin-tuc/thoi-su", "status": 200, "not_contains": "?page=2"},
    {"path": "/van-kien", "status": 200, "not_contains": "data-page"},
    {"path": "/Feeds/van-kien", "status": 200, "contains": "utm_source=rss"},
    {"path": "/khong-co", "status": 404},
]
SUMMARY = {
    "chains": ["/tin-tuc/<sec>?page=N[&sort=xem-nhieu]: only data-page attributes + inline script (location.pathname + '?page=')",
               "/Feeds/van-kien RSS: only complete source of 'Văn kiện' (widget shows 8)", "robots -> /sitemap/sitemap.xml.gz (gzip)"],
    "alias_kinds": ["/vi/ culture prefix", "utm (Zalo share)", "utm (RSS links)"],
    "quirks": ["no page URL in any href", "200 empty past last page", "gzip sitemap", "sort order doubles listings"],
}
