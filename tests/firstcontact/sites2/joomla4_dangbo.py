"""Replica: Cổng thông tin Đảng bộ tỉnh Bắc Thái, on Joomla 4 (Cassiopeia child template).

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

SITE = "Đảng bộ tỉnh Bắc Thái"
# menu path, name, catid, Itemid
CATS = {"thoi-su": ("/tin-tuc/thoi-su", "Thời sự", 8, 102), "xay-dung-dang": ("/tin-tuc/xay-dung-dang", "Xây dựng Đảng", 9, 103),
        "van-hoa-xa-hoi": ("/tin-tuc/van-hoa-xa-hoi", "Văn hóa - Xã hội", 10, 104), "tin-co-so": ("/tin-co-so", "Tin cơ sở", 11, 110)}
ARTS = make_articles(5150, 124, ["thoi-su", "tin-co-so", "xay-dung-dang", "thoi-su", "van-hoa-xa-hoi", "tin-co-so", "thoi-su"],
                     ["Định Hóa", "Phú Lương", "Võ Nhai", "Đồng Hỷ", "Chợ Đồn", "Ba Bể", "Bạch Thông", "Phổ Yên"],
                     ["Tân Dương", "Phú Đình", "Lam Vỹ", "Yên Ninh", "Nam Cường", "Hà Hiệu"], gap=(300, 1200))
for _a in ARTS:
    _a["id"] = 2200 + (len(ARTS) - _a["i"])
    _a["alias"] = "%d-%s" % (_a["id"], _a["slug"])
    _a["path"] = "%s/%s" % (CATS[_a["cat"]][0], _a["alias"])
BY_ID = {a["id"]: a for a in ARTS}
LIMIT = 10
POST_LIMIT = 8


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def J_date(d):
    return "%s, %02d Tháng %d %d" % (THU_LOWER[d.weekday()], d.day, d.month, d.year)


def shell(req, title, main, canonical=None, itemid=101, head=""):
    menu = '<li class="nav-item"><a href="/">Trang chủ</a></li>'
    menu += '<li class="nav-item deeper parent"><a href="/tin-tuc">Tin tức</a><ul class="mod-menu__sub">%s</ul></li>' % "".join(
        '<li class="nav-item"><a href="%s">%s</a></li>' % (v[0], E(v[1])) for k, v in CATS.items() if k != "tin-co-so")
    menu += '<li class="nav-item"><a href="/tin-co-so">Tin cơ sở</a></li><li class="nav-item"><a href="/lich-cong-tac/month.calendar/2024/06/14/-">Lịch công tác</a></li>'
    popular = "".join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (a["path"], E(a["title"]))
                      for a in sorted(ARTS[:30], key=lambda a: -a["views"])[:5])
    latest = "".join('<li><a href="/component/content/article/%s?catid=%d&amp;Itemid=101">%s</a></li>' % (a["alias"], CATS[a["cat"]][2], E(a["title"]))
                     for a in ARTS[:6])
    can = '<link href="%s" rel="canonical">' % E(canonical) if canonical else ""
    return """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>%s</title>
%s
<link href="/tim-kiem?format=opensearch" rel="search" title="OpenSearch %s" type="application/opensearchdescription+xml">
<link href="/media/templates/site/cassiopeia_bacthai/css/template.min.css?5f2c1d" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo"},"system.paths":{"root":"","rootFull":"%s\\/","base":"","baseFull":"%s\\/"},"csrf.token":"9c1b7e2d44af09e1b6f1d0a53c7e8f21"}</script>
<script src="/media/system/js/core.min.js?37ffe4"></script>
%s
</head>
<body class="site com_content wrapper-static view-category layout-blog no-task itemid-%d">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-dangbo.png" alt="%s"></a>
<div class="site-description">Cổng thông tin điện tử Đảng bộ tỉnh Bắc Thái</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">%s</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/search/" method="get" role="search"><input type="text" name="searchword" class="js-finder-search-query form-control" placeholder="Tìm kiếm..."><input type="hidden" name="Itemid" value="101"></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li></ol></nav>
<main>%s</main></div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Đọc nhiều</h3><div class="card-body"><ul class="mostread mod-list">%s</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Tin mới</h3><div class="card-body"><ul class="latestnews mod-list">%s</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Tìm nhiều</h3><div class="card-body"><a href="/component/search/?searchword=%%C4%%91%%E1%%BA%%A1i%%20h%%E1%%BB%%99i&amp;searchphrase=all&amp;Itemid=101">đại hội</a></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2024 Ban Thường vụ Tỉnh ủy Bắc Thái. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
<p>Địa chỉ: số 10 đường Nha Trang, thành phố Thái Nguyên. Khi phát hành lại thông tin từ Cổng thông tin này, phải ghi rõ nguồn.</p></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>""" % (E(title), can, E(SITE), req.base, req.base, head, itemid, E(SITE), menu, main, popular, latest)


def blog_item(a):
    return """<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<figure class="left item-image"><a href="%s" itemprop="url"><img src="/images/tin-tuc/%s/%d.jpg" itemprop="thumbnailUrl" alt="%s" width="300" height="200" loading="lazy"></a></figure>
<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="%s" itemprop="datePublished">Được đăng: %s</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">Lượt xem: %d</dd></dl>
<p>%s</p>
<p class="readmore"><a class="btn btn-secondary" href="%s" aria-label="Xem thêm: %s"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm...</a></p></div></div>""" % (
        a["path"], a["date"].strftime("%Y-%m"), a["id"], E(a["title"]), a["path"], E(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        J_date(a["date"]), a["views"], a["views"], E(a["sapo"]), a["path"], E(a["title"]))


def j_pagination(base, start, total, param="start"):
    pages = npages(total, LIMIT)
    cur = start // LIMIT + 1
    link = lambda p: base if p == 1 else "%s?%s=%d" % (base, param, (p - 1) * LIMIT)
    out = []
    if cur > 1:
        out.append('<li class="page-item"><a aria-label="Đi tới trang đầu" href="%s" class="page-link">Bắt đầu</a></li>' % link(1))
        out.append('<li class="page-item"><a aria-label="Đi tới trang trước" href="%s" class="page-link">Trước</a></li>' % link(cur - 1))
    else:
        out.append('<li class="disabled page-item"><span class="page-link">Bắt đầu</span></li><li class="disabled page-item"><span class="page-link">Trước</span></li>')
    lo = max(1, min(cur - 4, pages - 9))
    for p in range(lo, min(pages, lo + 9) + 1):
        if p == cur:
            out.append('<li class="active page-item"><a aria-current="true" aria-label="Trang %d" href="#" class="page-link">%d</a></li>' % (p, p))
        else:
            out.append('<li class="page-item"><a aria-label="Đi tới trang %d" href="%s" class="page-link">%d</a></li>' % (p, link(p), p))
    if cur < pages:
        out.append('<li class="page-item"><a aria-label="Đi tới trang kế tiếp" href="%s" class="page-link">Tiếp</a></li>' % link(cur + 1))
        out.append('<li class="page-item"><a aria-label="Đi tới trang cuối" href="%s" class="page-link">Cuối</a></li>' % link(pages))
    return ('<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang %d của %d</p>'
            '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">%s</ul></nav></div></div>'
            % (cur, pages, "".join(out)))


def limit_box(base):
    opts = "".join('<option value="%d"%s>%s</option>' % (n, " selected" if n == LIMIT else "", "Tất cả" if n == 0 else n) for n in (5, 10, 15, 20, 25, 30, 50, 100, 0))
    return ('<form action="%s" method="get" name="adminForm" id="adminForm"><div class="com-content-category__pagination btn-group float-end">'
            '<label for="limit" class="visually-hidden">Hiển thị #</label><select id="limit" name="limit" class="form-select" onchange="this.form.submit()">%s</select></div></form>' % (base, opts))


def blog(req, c):
    base, name, catid, itemid = CATS[c]
    items = in_cat(c)
    start = req.int_arg("start", req.int_arg("limitstart", 0))
    limit = req.int_arg("limit", LIMIT)
    if limit == 0:
        limit = len(items) + 1
    chunk = items[start:start + limit] if start >= 0 else []
    head = '<div class="page-header"><h1>%s</h1></div>' % E(name)
    if not chunk:
        main = '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">%s<p class="alert alert-info">Chưa có bài viết nào trong chuyên mục này.</p></div>' % head
    else:
        main = '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">%s%s<div class="com-content-category-blog__items blog-items">%s</div>%s</div>' % (
            head, limit_box(base), "".join(blog_item(a) for a in chunk), j_pagination(base, start, len(items)) if limit == LIMIT else "")
    return html_resp(shell(req, "%s - %s" % (name, SITE), main, canonical=req.base + base + ("?start=%d" % start if start else ""), itemid=itemid))


def co_so(req):
    """Tin cơ sở: a custom list module; 'Xem thêm' is a hidden-field POST form.  GET ignores any offset."""
    items = in_cat("tin-co-so")
    start = req.int_arg("limitstart", 0, src=req.form) if req.method == "POST" else 0
    if req.method == "POST" and req.form.get("9c1b7e2d44af09e1b6f1d0a53c7e8f21") != "1":
        return html_resp(shell(req, "Lỗi", '<div class="alert alert-danger">Mã thông báo không hợp lệ.</div>'), 403)
    chunk = items[start:start + POST_LIMIT]
    rows = "".join('<li class="tcs-item"><a href="%s">%s</a> <span class="small text-muted">(%s)</span><p>%s</p></li>' % (
        a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y"), E(a["sapo"])) for a in chunk)
    main = '<div class="moduletable tin-co-so"><h1>Tin cơ sở</h1><ul class="list-tcs">%s</ul>' % (rows or '<li class="empty">Không còn tin nào.</li>')
    if start + POST_LIMIT < len(items):
        main += """<form action="/tin-co-so" method="post" class="tcs-more">
<input type="hidden" name="limitstart" value="%d"><input type="hidden" name="limit" value="%d"><input type="hidden" name="task" value="tcs.more">
<input type="hidden" name="9c1b7e2d44af09e1b6f1d0a53c7e8f21" value="1"><button type="submit" class="btn btn-primary">Xem thêm</button></form>""" % (start + POST_LIMIT, POST_LIMIT)
    main += "</div>"
    return html_resp(shell(req, "Tin cơ sở - " + SITE, main, canonical=req.base + "/tin-co-so", itemid=110))


def tin_tuc(req):
    main = '<div class="page-header"><h1>Tin tức</h1></div>' + "".join(
        '<h2><a href="%s">%s</a></h2><ul>%s</ul>' % (v[0], E(v[1]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_cat(k)[:3]))
        for k, v in CATS.items() if k != "tin-co-so")
    return html_resp(shell(req, "Tin tức - " + SITE, main))


def article(req, a, printable=False):
    c = a["cat"]
    same = [x for x in in_cat(c) if x is not a][:5]
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    body = body.replace("</p>", '</p><figure class="image"><img src="/images/tin-tuc/%s/%d-1.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (
        a["date"].strftime("%Y-%m"), a["id"], E(a["cap"]), E(a["cap"])), 1)
    inner = """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN"><div class="page-header"><h1 itemprop="headline">%s</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Chuyên mục: <a href="%s" itemprop="genre">%s</a></dd>
<dd class="published"><time datetime="%s" itemprop="datePublished">Được đăng: %s</time></dd><dd class="hits">Lượt xem: %d</dd></dl>
%s
<div itemprop="articleBody" class="com-content-article__body"><p><strong>%s</strong></p>%s<p style="text-align: right;"><strong>%s</strong></p></div>
</div>""" % (E(a["title"]), CATS[c][0], E(CATS[c][1]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), J_date(a["date"]), a["views"],
             "" if printable else '<div class="icons"><a href="%s?tmpl=component&amp;print=1" title="In bài viết" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,width=640,height=480\'); return false;" rel="nofollow"><span class="icon-print"></span> In</a></div>' % a["path"],
             E(a["sapo"]), body, E(a["by"]))
    if printable:
        return html_resp('<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex, nofollow"></head><body class="contentpane component">%s</body></html>' % (E(a["title"]), inner))
    rel = '<div class="relateditems"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (x["path"], E(x["title"])) for x in same)
    return html_resp(shell(req, "%s - %s" % (a["title"], SITE), inner + rel, canonical=req.base + a["path"], itemid=CATS[c][3]))


def calendar(req, y, m, d):
    first = datetime(y, m, 1)
    prev = (first - timedelta(days=1)).replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    main = """<div id="jevents"><h1>Lịch công tác tháng %d/%d</h1><table class="cal_table"><tr><td>Giao ban Thường trực Tỉnh ủy (thứ Hai hằng tuần)</td></tr></table>
<div class="cal_nav"><a href="/lich-cong-tac/month.calendar/%04d/%02d/01/-" title="Tháng trước">« Tháng trước</a> <a href="/lich-cong-tac/month.calendar/%04d/%02d/01/-" title="Tháng sau">Tháng sau »</a>
<a href="/lich-cong-tac/week.listevents/%04d/%02d/%02d/-">Xem theo tuần</a></div></div>""" % (m, y, prev.year, prev.month, nxt.year, nxt.month, y, m, d)
    return html_resp(shell(req, "Lịch công tác", main))


def search(req):
    w = req.q.get("searchword", "")
    start = req.int_arg("limitstart", 0)
    hits = [a for a in ARTS if w and w.lower() in a["title"].lower()][start:start + 10]
    main = '<h1>Tìm kiếm</h1><p>Kết quả cho: <strong>%s</strong></p><ol>%s</ol><p><a href="/component/search/?searchword=%s&amp;searchphrase=all&amp;Itemid=101&amp;limitstart=%d">Tiếp</a></p>' % (
        E(w), "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in hits), quote(w), start + 10)
    return html_resp(shell(req, "Tìm kiếm", main))


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
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
Sitemap: {base}/index.php?option=com_osmap&view=xml&id=1
"""


def osmap(req):
    # the OSMap XML is generated with a PHP fatal error half-way through: truncated, no closing tags
    rows = "".join("<url><loc>%s%s</loc><lastmod>%s</lastmod></url>\n" % (req.base, E(a["path"]), a["date"].strftime("%Y-%m-%dT%H:%M:%SZ"))
                   for a in in_cat("thoi-su")[:30])
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="%s/index.php?option=com_osmap&amp;view=xsl&amp;format=xsl&amp;id=1"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>%s/</loc></url>\n%s<url><loc>%s/tin-tuc/xay-d'
            '<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in <b>/home/bacthai/public_html/libraries/src/Table/Table.php</b> on line <b>1041</b><br />\n'
            % (req.base, req.base, rows, req.base))
    return 200, [("Content-Type", "application/xml; charset=utf-8")], body


def not_found(req):
    return html_resp(shell(req, "404 - Không tìm thấy trang", '<div class="alert alert-warning"><h1>404 - Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p><p><a href="/">Về trang chủ</a></p></div>'), 404)


def home(req):
    main = '<div class="blog-featured">%s</div><p><a href="/tin-tuc/thoi-su?limitstart=0">Xem tất cả tin thời sự</a></p>' % "".join(blog_item(a) for a in ARTS[:6])
    for k, v in CATS.items():
        main += '<div class="moduletable"><h3><a href="%s">%s</a></h3><ul>%s</ul></div>' % (v[0], E(v[1]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_cat(k)[:4]))
    return html_resp(shell(req, SITE, main, canonical=req.base + "/"))


CAT_BY_PATH = {v[0]: k for k, v in CATS.items()}


def handle(req):
    p = req.path
    if p == "/robots.txt":
        return text_resp(ROBOTS.replace("{base}", req.base))
    if p.startswith(("/images/", "/media/")):
        return 200, [("Content-Type", "image/jpeg" if p.endswith(".jpg") else "text/css")], PIXEL
    if p == "/index.php" and req.q.get("option") == "com_osmap":
        return osmap(req)
    if p in ("/", "/index.php"):
        return home(req)
    if p.startswith("/index.php/"):
        p = p[len("/index.php"):]
    if p == "/tin-tuc":
        return tin_tuc(req)
    if p == "/tin-co-so":
        return co_so(req)
    if p in CAT_BY_PATH:
        return blog(req, CAT_BY_PATH[p])
    if p.rstrip("/") == "/component/search":
        return search(req)
    m = re.match(r"^/lich-cong-tac/(?:month\.calendar|week\.listevents)/(\d{4})/(\d{1,2})/(\d{1,2})/-$", p)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1900 < y < 2200:
            return calendar(req, y, mo, min(d, 28))
    m = re.match(r"^/component/content/article/(\d+)-([a-z0-9-]+)$", p)
    if m and int(m.group(1)) in BY_ID:
        return article(req, BY_ID[int(m.group(1))])
    m = re.match(r"^(/.+)/(\d+)(?:-([a-z0-9-]+))?$", p)
    if m and m.group(1) in CAT_BY_PATH and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if CATS[a["cat"]][0] != m.group(1) or m.group(3) != a["slug"]:
            return moved(301, a["path"])
        if req.q.get("tmpl") == "component":
            return article(req, a, printable=True)
        return article(req, a)
    return not_found(req)


app = wsgi(handle, [("Server", "Apache"), ("X-Content-Type-Options", "nosniff")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [
            "/index.php" + a["path"],
            "/component/content/article/%s?catid=%d&Itemid=101" % (a["alias"], CATS[a["cat"]][2]),
            a["path"] + "?tmpl=component&print=1",
            "%s/%d" % (CATS[a["cat"]][0], a["id"]),
        ]}
    return {
        "family": "Joomla 4 (com_content blog layout + custom list module)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/administrator/", "/components/", "/modules/", "/plugins/", "/tmp/"],
        "trap_prefixes": ["/lich-cong-tac/", "/component/search/"],
        "notes": ("Blog listings page by item offset: ?start=10, ?start=20 … (page 1 bare; ?limitstart= is accepted the same and is "
                  "linked from the home page). ?limit=N / ?limit=0 (all) come from a GET <select onchange=this.form.submit()>. Past the "
                  "end: 200 with 'Chưa có bài viết nào trong chuyên mục này.' 'Tin cơ sở' (/tin-co-so) is a custom module whose "
                  "'Xem thêm' is a hidden-field POST form (limitstart, limit, CSRF token); GET ignores offsets, so its older items "
                  "are reachable only by POSTing the form (or through a few 'Tin cùng chuyên mục' links). Sitemap (OSMap) is broken: "
                  "only 30 'Thời sự' URLs then a PHP fatal error, no closing tags. Aliases: /index.php/… (Đọc nhiều), "
                  "/component/content/article/<id>-<alias>?catid=&Itemid= (Tin mới), ?tmpl=component&print=1, id-only 301."),
    }


MANIFEST = _manifest()
SELFTEST = [
    {"path": "/tin-tuc/thoi-su?start=990", "status": 200, "contains": "Chưa có bài viết nào"},
    {"path": "/tin-tuc/thoi-su?limitstart=10", "status": 200, "same_as": "/tin-tuc/thoi-su?start=10"},
    {"path": "/tin-co-so?start=16", "status": 200, "same_as": "/tin-co-so"},
    {"path": "/tin-co-so", "method": "POST", "body": b"limitstart=8&limit=8&9c1b7e2d44af09e1b6f1d0a53c7e8f21=1", "status": 200,
     "contains": in_cat("tin-co-so")[8]["title"]},
    {"path": "/tin-co-so", "method": "POST", "body": b"limitstart=8&limit=8", "status": 403},
    {"path": "/tin-co-so", "method": "POST", "body": b"limitstart=800&limit=8&9c1b7e2d44af09e1b6f1d0a53c7e8f21=1", "status": 200,
     "contains": "Không còn tin nào", "not_contains": "Xem thêm</button>"},
    {"path": "%s/%d" % (CATS["thoi-su"][0], in_cat("thoi-su")[0]["id"]), "status": 301, "location": in_cat("thoi-su")[0]["path"]},
    {"path": "/index.php?option=com_osmap&view=xml&id=1", "status": 200, "contains": "Fatal error"},
]
SUMMARY = {
    "chains": ["/tin-tuc/<cat> -> ?start=10,20,…: Joomla pager Bắt đầu/Trước/1..10/Tiếp/Cuối, past end 200 'Chưa có bài viết'",
               "/tin-co-so: hidden-form POST 'Xem thêm' (limitstart += 8, CSRF token field), end = no form + 'Không còn tin nào'"],
    "alias_kinds": ["/index.php/ prefix", "/component/content/article/<id>-<alias>?catid=&Itemid=", "?tmpl=component&print=1", "id-only (301)"],
    "quirks": ["truncated OSMap sitemap with PHP fatal error", "limit=0 shows all", "GET ignores offsets on the POST-paged module"],
}
