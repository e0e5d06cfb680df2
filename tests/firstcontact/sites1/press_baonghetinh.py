"""Blind replica: "Báo Nghệ Tĩnh điện tử" -- a provincial Party newspaper on a press CMS.

Family: provincial newspaper press CMS (zone/section based, /<cat>/<yyyymm>/<slug>-<7hex>/ URLs).
Stdlib only; `app` is a WSGI application, `MANIFEST` describes it (see README.md).
"""
# ==== BEGIN KERNEL (shared helper code, kept in sync by tools/sync_kernel.py) ====
import hashlib
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
            307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            500: "Internal Server Error"}

# 1x1 transparent GIF served for every image URL
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c"
                    "00000000010001000002024401003b")


def slugify(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()


def h7(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:7]


class Req:
    """Tiny request wrapper around a WSGI environ."""

    def __init__(self, environ):
        self.environ = environ
        self.method = (environ.get("REQUEST_METHOD") or "GET").upper()
        raw = environ.get("PATH_INFO") or "/"
        try:
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            self.path = raw
        self.qs = environ.get("QUERY_STRING") or ""
        self.pairs = parse_qsl(self.qs, keep_blank_values=True)
        self.args = {}
        for k, v in self.pairs:
            self.args.setdefault(k, v)
        self.iargs = {k.lower(): v for k, v in reversed(self.pairs)}
        host = environ.get("HTTP_HOST")
        if not host:
            host = environ.get("SERVER_NAME", "localhost")
            port = environ.get("SERVER_PORT", "80")
            if port not in ("80", "443"):
                host += ":" + port
        self.host = host
        self.scheme = environ.get("wsgi.url_scheme", "http")
        self.form = {}
        self.form_pairs = []
        if self.method == "POST":
            try:
                n = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            body = environ["wsgi.input"].read(n) if n > 0 else b""
            ctype = environ.get("CONTENT_TYPE", "")
            if "json" in ctype:
                try:
                    self.form = json.loads(body.decode("utf-8") or "{}")
                except ValueError:
                    self.form = {}
            else:
                self.form_pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in self.form_pairs:
                    self.form.setdefault(k, v)

    @property
    def base(self):
        return "%s://%s" % (self.scheme, self.host)

    @property
    def uri(self):
        return quote(self.path, safe="/-._~!$&'()*+,;=:@") + ("?" + self.qs if self.qs else "")

    @property
    def full(self):
        return self.base + self.uri

    def arg_int(self, name, default=1, ci=False):
        v = (self.iargs.get(name.lower()) if ci else self.args.get(name))
        try:
            return int(v)
        except (TypeError, ValueError):
            return default


def resp(status, body, ctype="text/html; charset=utf-8", headers=()):
    return status, [("Content-Type", ctype)] + list(headers), body


def redirect(status, location):
    return status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")], \
        '<html><body>Moved <a href="%s">here</a></body></html>' % E(location)


def make_app(handler, encoder=None):
    def app(environ, start_response):
        req = Req(environ)
        try:
            status, headers, body = handler(req)
        except Exception:  # pragma: no cover - debugging aid
            import traceback
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], traceback.format_exc()
        if isinstance(body, str):
            body = encoder(body) if encoder else body.encode("utf-8")
        headers = list(headers) + [("Content-Length", str(len(body)))]
        start_response("%d %s" % (status, _REASONS.get(status, "OK")), headers)
        return [b""] if req.method == "HEAD" else [body]
    return app


# ---------------------------------------------------------------- content
_ORGS = [
    "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh",
    "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh", "Huyện ủy {place}", "Thành ủy {city}",
    "Đảng bộ xã {commune}", "Trường Chính trị tỉnh",
]
_ACTIONS = [
    "tổ chức hội nghị sơ kết", "triển khai", "kiểm tra việc thực hiện", "quán triệt, triển khai",
    "tổng kết", "hướng dẫn thực hiện", "giám sát", "tọa đàm về", "cho ý kiến về", "đẩy mạnh",
    "bàn giải pháp thực hiện", "ra mắt mô hình điểm về", "sơ kết 6 tháng thực hiện",
    "tập huấn nghiệp vụ về",
]
_TOPICS = [
    "Nghị quyết số {nq}-NQ/TU về phát triển nông nghiệp công nghệ cao",
    "công tác xây dựng Đảng năm {y}", "Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "công tác cải cách hành chính",
    "chuyển đổi số trong cơ quan Đảng", "công tác phòng, chống tham nhũng, tiêu cực",
    "công tác dân vận chính quyền", "công tác kiểm tra, giám sát", "công tác phát triển đảng viên",
    "công tác bảo vệ nền tảng tư tưởng của Đảng", "công tác phòng, chống thiên tai",
    "kế hoạch thu hút đầu tư", "đề án phát triển du lịch cộng đồng",
    "chương trình giảm nghèo bền vững", "Quy định số {qd}-QĐ/TW về trách nhiệm nêu gương",
    "phong trào thi đua yêu nước", "công tác tuyên truyền biển, đảo",
    "việc học tập chuyên đề năm {y}",
]
_NAMES = ["Nguyễn Văn Thắng", "Trần Thị Hồng Nhung", "Lê Minh Tuấn", "Phạm Quốc Hưng",
          "Hoàng Thị Lan", "Vũ Đức Thành", "Đặng Văn Lợi", "Bùi Thị Thu Hằng",
          "Đỗ Mạnh Cường", "Ngô Thanh Bình", "Lương Văn Khải", "Triệu Thị Mai"]
_ROLES = ["Phó Bí thư Thường trực Tỉnh ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
          "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
          "Tỉnh ủy viên, Bí thư Huyện ủy {place}", "Phó Chủ tịch UBND tỉnh",
          "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"]
_AUTHORS = ["Minh Châu", "Thu Hà", "Quang Vinh", "Hải Yến", "Đức Anh", "Thanh Tâm", "Ngọc Lan",
            "Văn Khanh", "Hồng Nhung", "Tuấn Minh", "Phạm Thảo", "Khánh Trung"]
_SENTENCES = [
    "Dự hội nghị có đại diện lãnh đạo các ban xây dựng Đảng của Tỉnh ủy, các sở, ngành và {n1} đơn vị liên quan.",
    "Theo báo cáo, từ đầu năm đến nay, {org} đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp đề ra.",
    "Tỷ lệ hoàn thành chỉ tiêu đạt {p1}%, tăng {p2} điểm phần trăm so với cùng kỳ năm trước.",
    "Toàn tỉnh đã kết nạp {n2} đảng viên mới, đạt {p3}% kế hoạch năm.",
    "Phát biểu chỉ đạo, đồng chí {name}, {role} đề nghị các cấp ủy, chính quyền tiếp tục nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên.",
    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như công tác phối hợp có lúc chưa chặt chẽ, việc sơ kết ở một số nơi còn hình thức.",
    "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn tại {place}.",
    "Thời gian tới, {place} phấn đấu hoàn thành {n3} công trình, dự án trọng điểm với tổng vốn đầu tư khoảng {m1} tỷ đồng.",
    "Dịp này, {n4} tập thể và cá nhân có thành tích xuất sắc được tặng Bằng khen, Giấy khen.",
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới {n5} điểm cầu cấp huyện và cấp xã.",
    "Đến nay, {p4}% tổ chức cơ sở đảng đã xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
    "Công tác tuyên truyền được đẩy mạnh với {n6} tin, bài đăng tải trên các phương tiện thông tin đại chúng và mạng xã hội.",
    "Thu nhập bình quân đầu người ước đạt {m2} triệu đồng/năm, tỷ lệ hộ nghèo giảm còn {p5}%.",
    "Đồng chí nhấn mạnh, phải lấy sự hài lòng của người dân làm thước đo hiệu quả hoạt động của cả hệ thống chính trị.",
    "Các cấp ủy cần tiếp tục rà soát, bổ sung quy chế làm việc, tăng cường kỷ luật, kỷ cương hành chính tại {place}.",
    "Qua kiểm tra, đoàn đã phát hiện và kiến nghị khắc phục {n7} nội dung còn tồn tại trong công tác quản lý đảng viên.",
]
_CAPTIONS = ["Quang cảnh hội nghị tại {place}.", "Đồng chí {name}, {role} phát biểu chỉ đạo hội nghị.",
             "Các đại biểu dự hội nghị.", "Đoàn công tác làm việc tại {place}.",
             "Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc."]


def _fill(tpl, rng, ctx):
    vals = dict(ctx)
    vals.update(
        n1=rng.randint(12, 95), n2=rng.randint(120, 1900), n3=rng.randint(5, 48),
        n4=rng.randint(10, 90), n5=rng.randint(11, 180), n6=rng.randint(200, 4800),
        n7=rng.randint(3, 40), p1="%d,%d" % (rng.randint(70, 99), rng.randint(1, 9)),
        p2="%d,%d" % (rng.randint(1, 15), rng.randint(1, 9)), p3=rng.randint(55, 130),
        p4=rng.randint(60, 100), p5="%d,%02d" % (rng.randint(1, 6), rng.randint(1, 99)),
        m1="{:,}".format(rng.randint(150, 9800)).replace(",", "."),
        m2="%d,%d" % (rng.randint(45, 98), rng.randint(1, 9)),
        name=rng.choice(_NAMES),
        role=rng.choice(_ROLES).format(place=ctx["place"]),
    )
    return tpl.format(**vals)


def gen_articles(seed, n, cats, places, city, communes, base=datetime(2024, 5, 20, 16, 45)):
    """Deterministic Vietnamese Party-news articles, newest first.

    cats: list of category keys; assignment cycles through it (so the caller controls
    the distribution by repeating keys)."""
    rng = random.Random(seed)
    seen, slugs, out = set(), set(), []
    t = base
    for i in range(n):
        while True:
            place = rng.choice(places)
            org = rng.choice(_ORGS).format(place=place, city=city, commune=rng.choice(communes))
            topic = rng.choice(_TOPICS).format(nq=rng.randint(2, 30), y=rng.choice([2023, 2024]),
                                                qd=rng.choice(["101", "144", "08"]))
            form = rng.random()
            if form < 0.6:
                title = "%s %s %s" % (org, rng.choice(_ACTIONS), topic)
            elif form < 0.8:
                title = "%s: %s đạt nhiều kết quả tích cực" % (place[0].upper() + place[1:],
                                                               topic[0].upper() + topic[1:])
            else:
                title = "%s %s %s tại %s" % (org, rng.choice(_ACTIONS), topic, place)
            slug = slugify(title)
            if title not in seen and slug not in slugs:
                seen.add(title)
                slugs.add(slug)
                break
        t = t - timedelta(minutes=rng.randint(170, 1300))
        ctx = {"org": org, "place": place}
        paras = []
        pool = list(_SENTENCES)
        rng.shuffle(pool)
        for k in range(rng.randint(4, 6)):
            sents = [_fill(pool[(k * 3 + j) % len(pool)], rng, ctx) for j in range(3)]
            paras.append(" ".join(sents))
        sapo = "Ngày %d/%d, %s đã %s %s." % (t.day, t.month, org, rng.choice(_ACTIONS),
                                              topic.split(" về ")[0])
        out.append({
            "i": i, "title": title, "slug": slug, "date": t, "cat": cats[i % len(cats)],
            "sapo": sapo, "paras": paras, "author": rng.choice(_AUTHORS), "place": place,
            "caption": _fill(rng.choice(_CAPTIONS), rng, ctx), "views": rng.randint(80, 9000),
            "tagi": rng.randrange(6),
        })
    return out


WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def window(cur, last, radius=1):
    """Windowed pager: [1, None, 4, 5, 6, None, 20] (None = ellipsis)."""
    show = {1, last} | set(range(max(1, cur - radius), min(last, cur + radius) + 1))
    out, prev = [], 0
    for p in sorted(show):
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


def pages_of(items, size):
    return max(1, (len(items) + size - 1) // size)


def robots_allows(rules, path):
    """rules: list of (allow: bool, prefix).  Longest match wins."""
    best = (-1, True)
    for allow, pre in rules:
        if pre and path.startswith(pre) and len(pre) > best[0]:
            best = (len(pre), allow)
    return best[1]
# ==== END KERNEL ====


# ======================================================================= site data
SITE = "Báo Nghệ Tĩnh điện tử"
LEAD = "(BNT) - "
CATS = {"chinh-tri": "Chính trị", "thoi-su": "Thời sự", "xay-dung-dang": "Xây dựng Đảng",
        "kinh-te": "Kinh tế"}
ZONES = {"chinh-tri": 3, "thoi-su": 2, "xay-dung-dang": 5, "kinh-te": 7}
# chinh-tri 60 %, thoi-su 20 %, xay-dung-dang 10 %, kinh-te 10 %
_PATTERN = ["chinh-tri", "thoi-su", "chinh-tri", "xay-dung-dang", "chinh-tri", "kinh-te",
            "chinh-tri", "thoi-su", "chinh-tri", "chinh-tri"]
ARTS = gen_articles(20240520, 150, _PATTERN,
                    ["Đô Lương", "Nam Đàn", "Hưng Nguyên", "Thanh Chương", "Kỳ Anh", "Hồng Lĩnh",
                     "Can Lộc", "Quỳnh Lưu"],
                    "Vinh", ["Xuân Thành", "Thạch Hà", "Nghi Phong", "Kim Liên"])
for _a in ARTS:
    _a["id"] = 1270000 + (len(ARTS) - _a["i"]) * 7
    _a["hex"] = h7("bnt-%d" % _a["id"])
    _a["path"] = "/%s/%s/%s-%s/" % (_a["cat"], _a["date"].strftime("%Y%m"), _a["slug"], _a["hex"])
BY_HEX = {a["hex"]: a for a in ARTS}
BY_ID = {a["id"]: a for a in ARTS}
SECTION_SIZE = 12          # /chinh-tri/trang-N.html
CHUYENMUC_SIZE = 10        # /chuyen-muc/thoi-su-pN.html
STREAM_SIZE = 12           # home "Xem thêm"
TRAP_DAY = "2024-05-20"


def in_cat(cat):
    return [a for a in ARTS if a["cat"] == cat]


def most_read():
    return sorted(ARTS[:60], key=lambda a: -a["views"])[:6]


UTM_BOX = "?utm_source=box-doc-nhieu&utm_medium=referral"


def fmt_list_time(d):
    return d.strftime("%H:%M %d/%m/%Y")


def fmt_detail_time(d):
    return "%s, %s" % (WEEKDAYS[d.weekday()], d.strftime("%d/%m/%Y - %H:%M"))


def img_url(a, k=1):
    return "/uploads/%s/%s-%d.jpg" % (a["date"].strftime("%Y/%m/%d"), a["slug"][:40], k)


# ======================================================================= chrome
def layout(req, title, main, canonical=None, og_url=None, head_extra="", body_class="page"):
    menu = "".join('<li><a href="%s">%s</a></li>' % (E(h), E(t)) for h, t in [
        ("/", "Trang chủ"), ("/chuyen-muc/thoi-su.html", "Thời sự"), ("/chinh-tri/", "Chính trị"),
        ("/xay-dung-dang/", "Xây dựng Đảng"), ("/kinh-te/", "Kinh tế"),
        ("/tin-theo-ngay/%s.html" % TRAP_DAY, "Tin theo ngày")])
    newest = "".join('<li><a href="%s">%s</a> <span class="time">%s</span></li>'
                     % (a["path"], E(a["title"]), a["date"].strftime("%d/%m")) for a in ARTS[:6])
    # "Đọc nhiều" uses absolute links (built from the Host header) with tracking parameters
    popular = "".join('<li><a href="%s%s%s">%s</a></li>' % (req.base, a["path"], E(UTM_BOX), E(a["title"]))
                      for a in most_read())
    head = ['<meta charset="utf-8">', "<title>%s</title>" % E(title),
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<link rel="stylesheet" href="/static/css/main.css?v=2024.5">',
            '<link rel="alternate" type="application/rss+xml" title="Chính trị" href="/rss/chinh-tri.rss">']
    if canonical:
        head.append('<link rel="canonical" href="%s">' % E(canonical))
    if og_url:
        head.append('<meta property="og:url" content="%s">' % E(og_url))
    head.append('<meta property="og:site_name" content="%s">' % E(SITE))
    return """<!DOCTYPE html>
<html lang="vi"><head>%s%s</head>
<body class="%s">
<header class="site-header">
  <div class="topbar"><span class="today">Thứ hai, 20/05/2024</span>
    <form class="search" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div>
  <a class="logo" href="/"><img src="/static/img/logo.png" alt="%s"></a>
  <nav class="main-menu"><ul>%s</ul></nav>
  <div class="hot-keys">Từ khóa: <a href="/tim-kiem.html?q=%%C4%%91%%E1%%BA%%A1i+h%%E1%%BB%%99i">đại hội</a>
    <a href="/tim-kiem.html?q=chuy%%E1%%BB%%83n+%%C4%%91%%E1%%BB%%95i+s%%E1%%BB%%91">chuyển đổi số</a></div>
</header>
<div class="container">
<main class="main-col">%s</main>
<aside class="sidebar">
  <section class="box box-newest"><h3 class="box-title">Tin mới</h3><ul>%s</ul></section>
  <section class="box box-most-read"><h3 class="box-title">Đọc nhiều</h3><ol>%s</ol></section>
  <section class="box box-ads"><a href="https://dichvucong.gov.vn/" rel="nofollow"><img src="/uploads/banner/dvc.jpg" alt="Dịch vụ công"></a></section>
</aside>
</div>
<footer class="site-footer">
  <p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ Tĩnh. Tổng Biên tập: Lương Văn Khải.</p>
  <p>Địa chỉ: Số 2 đường Trường Thi, thành phố Vinh. Điện thoại: 0238.3844.xxx</p>
  <p>Ghi rõ nguồn "Báo Nghệ Tĩnh điện tử" khi phát hành lại thông tin từ website này.</p>
  <p><a href="/rss/chinh-tri.rss">RSS</a> · <a href="/">Trang chủ</a></p>
</footer>
<script src="/static/js/main.js?v=2024.5"></script>
</body></html>""" % ("\n".join(head), head_extra, body_class, E(SITE), menu, main, newest, popular)


def story(a, big=False):
    return """<article class="story%s">
  <a class="story__thumb" href="%s" title="%s"><img src="%s" alt="%s" width="240" height="160"></a>
  <h3 class="story__title"><a href="%s">%s</a></h3>
  <span class="story__time">%s</span>
  <p class="story__sapo">%s</p>
</article>""" % (" story--big" if big else "", a["path"], E(a["title"]), img_url(a), E(a["title"]),
                 a["path"], E(a["title"]), fmt_list_time(a["date"]), E(a["sapo"]))


def not_found(req):
    return resp(404, layout(req, "Không tìm thấy trang - " + SITE,
                            '<div class="error-404"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>'
                            '<p><a href="/">Về trang chủ</a></p></div>'))


# ======================================================================= pages
def home(req):
    top = ARTS[0]
    subs = "".join(story(a) for a in ARTS[1:5])
    stream = "".join(story(a) for a in ARTS[:STREAM_SIZE])
    boxes = []
    for cat, name in CATS.items():
        href = "/chuyen-muc/thoi-su.html" if cat == "thoi-su" else "/%s/" % cat
        items = "".join('<li><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in in_cat(cat)[:4])
        boxes.append('<section class="box-cat"><h2><a href="%s">%s</a></h2><ul>%s</ul>'
                     '<a class="more" href="%s">Xem thêm</a></section>' % (href, E(name), items, href))
    main = """<section class="featured">%s<div class="featured__subs">%s</div></section>
<section class="box-stream"><h2 class="box-title">Tin mới nhất</h2>
  <div class="box-stream__items" id="stream">%s</div>
  <div class="box-stream__more"><button type="button" class="btn-xem-them" data-url="/ajax/xem-them.html?zone=0&amp;page=2">Xem thêm</button></div>
</section>
%s""" % (story(top, big=True), subs, stream, "".join(boxes))
    return resp(200, layout(req, SITE + " - Tin tức, thời sự tỉnh Nghệ Tĩnh", main,
                            canonical="https://%s/" % req.host, og_url=req.full, body_class="home"))


def ajax_more(req):
    zone = req.arg_int("zone", 0)
    page = req.arg_int("page", 2)
    if zone == 0:
        items = ARTS
    else:
        cat = next((c for c, z in ZONES.items() if z == zone), None)
        items = in_cat(cat) if cat else []
    start = (page - 1) * STREAM_SIZE
    chunk = items[start:start + STREAM_SIZE] if page >= 1 else []
    if not chunk:
        return resp(200, "")
    out = '<div class="box-stream__items">%s</div>' % "".join(story(a) for a in chunk)
    if start + STREAM_SIZE < len(items):
        out += ('<div class="box-stream__more"><button type="button" class="btn-xem-them" '
                'data-url="/ajax/xem-them.html?zone=%d&amp;page=%d">Xem thêm</button></div>' % (zone, page + 1))
    return resp(200, out)


def section_url(cat, p):
    return "/%s/" % cat if p == 1 else "/%s/trang-%d.html" % (cat, p)


def section(req, cat, page):
    items = in_cat(cat)
    last = pages_of(items, SECTION_SIZE)
    if page == 1 and req.path != "/%s/" % cat:
        return redirect(301, "/%s/" % cat)
    if page < 1 or page > last:
        return not_found(req)
    chunk = items[(page - 1) * SECTION_SIZE:page * SECTION_SIZE]
    # windowed pager: « Trang đầu ‹ 1 … 4 5 6 … 8 › Trang cuối »
    pg = ['<li><a href="%s" title="Trang đầu">« Trang đầu</a></li>' % section_url(cat, 1)]
    if page > 1:
        pg.append('<li><a href="%s" rel="prev">‹</a></li>' % section_url(cat, page - 1))
    for p in window(page, last, radius=2):
        if p is None:
            pg.append('<li class="dots"><span>…</span></li>')
        elif p == page:
            pg.append('<li class="active"><span>%d</span></li>' % p)
        else:
            pg.append('<li><a href="%s">%d</a></li>' % (section_url(cat, p), p))
    if page < last:
        pg.append('<li><a href="%s" rel="next">›</a></li>' % section_url(cat, page + 1))
    pg.append('<li><a href="%s" title="Trang cuối">Trang cuối »</a></li>' % section_url(cat, last))
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> › <h1 class="cat-title"><a href="/%s/">%s</a></h1></div>
<div class="cat-list">%s</div>
<nav class="pagination"><ul>%s</ul></nav>""" % (cat, E(CATS[cat]), "".join(story(a) for a in chunk), "".join(pg))
    title = CATS[cat] + (" - Trang %d" % page if page > 1 else "") + " - " + SITE
    return resp(200, layout(req, title, main, canonical="https://%s%s" % (req.host, section_url(cat, page)),
                            og_url=req.full))


def chuyenmuc_url(p):
    return "/chuyen-muc/thoi-su.html" if p == 1 else "/chuyen-muc/thoi-su-p%d.html" % p


def chuyenmuc(req, page):
    items = in_cat("thoi-su")
    last = pages_of(items, CHUYENMUC_SIZE)
    chunk = items[(page - 1) * CHUYENMUC_SIZE:page * CHUYENMUC_SIZE] if page >= 1 else []
    nav = []
    if page > 1:
        nav.append('<a class="prev" href="%s">‹ Trang trước</a>' % chuyenmuc_url(min(page - 1, last)))
    if 1 <= page < last:
        nav.append('<a class="next" href="%s">Trang sau ›</a>' % chuyenmuc_url(page + 1))
    body = "".join(story(a) for a in chunk) if chunk else '<p class="empty">Không có dữ liệu</p>'
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> › <h1 class="cat-title">Thời sự</h1></div>
<div class="cat-list">%s</div>
<div class="paging">%s</div>""" % (body, " ".join(nav))
    return resp(200, layout(req, "Thời sự - " + SITE, main, og_url=req.full))


def article_html(a):
    paras = []
    for k, p in enumerate(a["paras"]):
        paras.append("<p>%s</p>" % E(p))
        if k == 1:
            paras.append('<figure class="image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>'
                         % (img_url(a, 2), E(a["caption"]), E(a["caption"])))
    return "\n".join(paras)


def related(a, host):
    same = [b for b in in_cat(a["cat"]) if b is not a][:5]  # "related" = newest in category, so deep items need the listing chain
    # absolute https:// links to the same host (the site itself is served over http): scheme mix
    return "".join('<li><a href="https://%s%s">%s</a> <span class="time">(%s)</span></li>'
                   % (host, b["path"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in same)


def article(req, a):
    cat_href = "/chuyen-muc/thoi-su.html" if a["cat"] == "thoi-su" else "/%s/" % a["cat"]
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="%s">%s</a></div>
<article class="detail">
  <h1 class="detail__title">%s</h1>
  <div class="detail__meta"><span class="detail__time">%s</span> · <span class="detail__views">Lượt xem: %d</span></div>
  <div class="detail__tools"><a href="/print/%d" target="_blank" rel="nofollow">In bài</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u=%s" rel="nofollow noopener">Chia sẻ Facebook</a>
    <a href="https://zalo.me/share?u=%s" rel="nofollow noopener">Zalo</a></div>
  <h2 class="detail__sapo">%s%s</h2>
  <figure class="image lead"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>
  <div class="detail__content">
%s
    <p class="author" style="text-align:right"><strong>Tin, ảnh: %s</strong></p>
  </div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>%s</ul></section>""" % (
        cat_href, E(CATS[a["cat"]]), E(a["title"]), fmt_detail_time(a["date"]), a["views"], a["id"],
        quote("https://%s%s" % (req.host, a["path"]), safe=""), quote("https://%s%s" % (req.host, a["path"]), safe=""),
        LEAD, E(a["sapo"]), img_url(a), E(a["title"]), E(a["caption"]), article_html(a), E(a["author"]), related(a, req.host))
    head = '<link rel="amphtml" href="/amp%s">' % a["path"]
    head += '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s+07:00">' % (
        E(a["title"]), a["date"].isoformat())
    # canonical is correct but always https:// (TLS terminated at a proxy) while the site is served over http
    return resp(200, layout(req, a["title"] + " - " + SITE, main, canonical="https://%s%s" % (req.host, a["path"]),
                            og_url=req.full, head_extra=head, body_class="detail-page"))


def amp(req, a):
    body = "\n".join("<p>%s</p>" % E(p) for p in a["paras"])
    page = """<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><title>%s</title>
<link rel="canonical" href="https://%s%s">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{font-family:Arial}</style></head>
<body><header><a href="/">%s</a></header>
<article><h1>%s</h1><time datetime="%s+07:00">%s</time>
<p class="sapo"><strong>%s%s</strong></p>
<amp-img src="%s" width="600" height="400" layout="responsive" alt="%s"></amp-img>
%s
<p style="text-align:right"><strong>Tin, ảnh: %s</strong></p></article>
<footer><a href="/">Về trang chủ %s</a></footer></body></html>""" % (
        E(a["title"]), req.host, a["path"], E(SITE), E(a["title"]), a["date"].isoformat(),
        a["date"].strftime("%d/%m/%Y %H:%M"), LEAD, E(a["sapo"]), img_url(a), E(a["caption"]), body,
        E(a["author"]), E(SITE))
    return resp(200, page)


def print_view(req, a):
    body = "\n".join("<p>%s</p>" % E(p) for p in a["paras"])
    page = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>In bài: %s</title>
<meta name="robots" content="noindex"></head>
<body onload="window.print()" class="print">
<div class="print-logo">%s</div>
<h1>%s</h1><div class="time">%s</div>
<p><strong>%s%s</strong></p>
%s
<p style="text-align:right"><strong>Tin, ảnh: %s</strong></p>
<p class="src">Nguồn: %s%s</p></body></html>""" % (
        E(a["title"]), E(SITE), E(a["title"]), fmt_detail_time(a["date"]), LEAD, E(a["sapo"]), body,
        E(a["author"]), req.base, a["path"])
    return resp(200, page)


def day_archive(req, ymd):
    try:
        d = datetime.strptime(ymd, "%Y-%m-%d")
    except ValueError:
        return not_found(req)
    items = [a for a in ARTS if a["date"].date() == d.date()]
    prev_d = d - timedelta(days=1)
    next_d = d + timedelta(days=1) if d.year < 9999 else d
    body = "".join(story(a) for a in items) or '<p class="empty">Không có tin bài trong ngày này.</p>'
    main = """<h1 class="cat-title">Tin theo ngày %s</h1>
<div class="calendar-nav"><a href="/tin-theo-ngay/%s.html">« Ngày trước</a> | <a href="/tin-theo-ngay/%s.html">Ngày sau »</a></div>
<div class="cat-list">%s</div>""" % (d.strftime("%d/%m/%Y"), prev_d.strftime("%Y-%m-%d"),
                                     next_d.strftime("%Y-%m-%d"), body)
    return resp(200, layout(req, "Tin theo ngày - " + SITE, main))


def search(req):
    q = unicodedata.normalize("NFC", req.args.get("q", "")).strip().lower()
    page = max(1, req.arg_int("trang", 1))
    hits = [a for a in ARTS if q and q in a["title"].lower()] or ARTS
    start = ((page - 1) * 10) % len(hits)
    chunk = (hits + hits)[start:start + 10]
    main = """<h1>Kết quả tìm kiếm: %s</h1><p>Tìm thấy khoảng %d kết quả</p>
<div class="cat-list">%s</div>
<div class="paging"><a href="/tim-kiem.html?q=%s&amp;trang=%d">Trang sau ›</a></div>""" % (
        E(q), len(hits) * 7, "".join(story(a) for a in chunk), quote(q), page + 1)
    return resp(200, layout(req, "Tìm kiếm - " + SITE, main))


def robots(req):
    txt = """User-agent: *
Disallow: /print/
Disallow: /quan-tri/
Disallow: /api/

User-agent: GPTBot
Disallow: /

Sitemap: %s/sitemap.xml
""" % req.base
    return resp(200, txt, "text/plain; charset=utf-8")


def months():
    return sorted({a["date"].strftime("%Y-%m") for a in ARTS}, reverse=True)


def sitemap_index(req):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for m in months():
        parts.append("<sitemap><loc>%s/sitemaps/news-%s.xml</loc><lastmod>2024-05-20T17:00:00+07:00</lastmod></sitemap>"
                     % (req.base, m))
    parts.append("<sitemap><loc>%s/sitemaps/categories.xml</loc></sitemap>" % req.base)
    parts.append("</sitemapindex>")
    return resp(200, "\n".join(parts), "application/xml; charset=utf-8")


def sitemap_part(req, name):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    if name == "categories":
        for cat in CATS:
            href = "/chuyen-muc/thoi-su.html" if cat == "thoi-su" else "/%s/" % cat
            parts.append("<url><loc>%s%s</loc><changefreq>hourly</changefreq></url>" % (req.base, href))
    elif name.startswith("news-") and name[5:] in months():
        for a in ARTS:
            if a["date"].strftime("%Y-%m") == name[5:]:
                parts.append("<url><loc>%s%s</loc><lastmod>%s+07:00</lastmod></url>"
                             % (req.base, a["path"], a["date"].isoformat()))
    else:
        return not_found(req)
    parts.append("</urlset>")
    return resp(200, "\n".join(parts), "application/xml; charset=utf-8")


def rss(req, cat):
    if cat not in CATS:
        return not_found(req)
    items = "".join("<item><title>%s</title><link>%s%s</link><pubDate>%s +0700</pubDate><description>%s</description></item>"
                    % (E(a["title"]), req.base, a["path"], a["date"].strftime("%a, %d %b %Y %H:%M:%S"), E(a["sapo"]))
                    for a in in_cat(cat)[:20])
    xml = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s - %s</title>'
           "<link>%s/</link>%s</channel></rss>" % (E(CATS[cat]), E(SITE), req.base, items))
    return resp(200, xml, "application/rss+xml; charset=utf-8")


_ART_RE = re.compile(r"^/(amp/)?([a-z-]+)/(\d{6})/([a-z0-9-]+)-([0-9a-f]{7})(/?)$")


def handle(req):
    path = req.path
    if req.method not in ("GET", "HEAD"):
        return resp(405, "Method Not Allowed", "text/plain")
    if path == "/":
        return home(req)
    if path == "/robots.txt":
        return robots(req)
    if path == "/sitemap.xml":
        return sitemap_index(req)
    m = re.match(r"^/sitemaps/([a-z0-9-]+)\.xml$", path)
    if m:
        return sitemap_part(req, m.group(1))
    m = re.match(r"^/rss/([a-z-]+)\.rss$", path)
    if m:
        return rss(req, m.group(1))
    if path.startswith(("/uploads/", "/static/img/")):
        return resp(200, GIF, "image/gif")
    if path.startswith("/static/"):
        return resp(200, "/* static */", "text/css" if path.endswith(".css") else "application/javascript")
    if path == "/ajax/xem-them.html":
        return ajax_more(req)
    if path == "/tim-kiem.html":
        return search(req)
    m = re.match(r"^/tin-theo-ngay/(\d{4}-\d{2}-\d{2})\.html$", path)
    if m:
        return day_archive(req, m.group(1))
    m = re.match(r"^/print/(\d+)$", path)
    if m and int(m.group(1)) in BY_ID:
        return print_view(req, BY_ID[int(m.group(1))])
    if path == "/chuyen-muc/thoi-su.html":
        return chuyenmuc(req, 1)
    m = re.match(r"^/chuyen-muc/thoi-su-p(\d+)\.html$", path)
    if m:
        return chuyenmuc(req, int(m.group(1)))
    m = re.match(r"^/([a-z-]+)/?$", path)
    if m and m.group(1) in CATS and m.group(1) != "thoi-su":
        if not path.endswith("/"):
            return redirect(301, path + "/")
        return section(req, m.group(1), 1)
    m = re.match(r"^/([a-z-]+)/trang-(\d+)\.html$", path)
    if m and m.group(1) in CATS and m.group(1) != "thoi-su":
        return section(req, m.group(1), int(m.group(2)))
    m = _ART_RE.match(path)
    if m and m.group(5) in BY_HEX:
        a = BY_HEX[m.group(5)]
        canonical_rest = a["path"]
        if m.group(1):
            if "/" + path[5:] == canonical_rest or path[4:] == canonical_rest:
                return amp(req, a)
            return redirect(301, "/amp" + canonical_rest)
        if path == canonical_rest:
            return article(req, a)
        # missing trailing slash, stale slug or wrong section: 301 to the canonical address
        return redirect(301, canonical_rest + ("?" + req.qs if req.qs else ""))
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {}
    for a in ARTS:
        p = a["path"]
        arts[p] = {"title": a["title"], "aliases": [
            p[:-1],                                                       # no trailing slash -> 301
            p + UTM_BOX,                                                  # "Đọc nhiều" box link
            p + "?utm_source=facebook&utm_medium=social&utm_campaign=fanpage",
            p + "?fbclid=IwAR0bNt%s_aem_x7Q" % a["hex"],
            p + "?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
            "/amp" + p,                                                   # AMP rendering
            "/print/%d" % a["id"],                                        # print view (robots-disallowed)
        ]}
    last_ct = pages_of(in_cat("chinh-tri"), SECTION_SIZE)
    last_ts = pages_of(in_cat("thoi-su"), CHUYENMUC_SIZE)
    return {
        "family": "press-cms (provincial Party newspaper, zone/section CMS)",
        "start_urls": ["/", "/chinh-tri/", "/chuyen-muc/thoi-su.html", "/xay-dung-dang/", "/kinh-te/"],
        "articles": arts,
        "robots_disallowed": ["/print/", "/quan-tri/", "/api/"],
        "trap_prefixes": ["/tin-theo-ngay/", "/tim-kiem.html"],
        "notes": (
            "Chains: (A) /chinh-tri/, /xay-dung-dang/, /kinh-te/ -> /<cat>/trang-N.html, 12/page, windowed pager "
            "(Trang đầu ‹ 1 … 4 5 6 … N › Trang cuối), trang-1.html 301s to the bare section, past last = 404 "
            "(chinh-tri has %d pages). (B) /chuyen-muc/thoi-su.html -> /chuyen-muc/thoi-su-pN.html, 10/page, arrows only "
            "(Trang trước / Trang sau), no next on last page, past last = 200 'Không có dữ liệu' (%d pages). "
            "(C) home '/' 'Xem thêm' button data-url=/ajax/xem-them.html?zone=0&page=N returns an HTML fragment "
            "with the next button; after the last chunk no button; past the end = empty 200 body. "
            "Article ids: 7-hex suffix; numeric id only in /print/<id>. Canonical is correct but https:// while "
            "the site is served over http; og:url echoes the request URL (tracking params included). "
            "'Đọc nhiều' sidebar links are absolute (Host header) and carry utm_* parameters; 'Tin liên quan' links are "
            "absolute https://<host>/... (scheme mix: the same articles are also linked over plain http elsewhere). Missing trailing "
            "slash / stale slug 301 to canonical. Traps: /tin-theo-ngay/<date>.html day archive with endless "
            "prev/next day links; /tim-kiem.html?q=..&trang=N search with an always-present 'Trang sau'. "
            "robots.txt has a Sitemap: line -> sitemap index -> monthly url sets."
        ) % (last_ct, last_ts),
    }


MANIFEST = _build_manifest()

SELFTEST = [
    {"method": "GET", "path": "/chinh-tri/trang-1.html", "status": 301, "location": "/chinh-tri/"},
    {"method": "GET", "path": "/chinh-tri/trang-%d.html" % (pages_of(in_cat("chinh-tri"), SECTION_SIZE) + 1),
     "status": 404},
    {"method": "GET", "path": "/chuyen-muc/thoi-su-p%d.html" % (pages_of(in_cat("thoi-su"), CHUYENMUC_SIZE) + 1),
     "status": 200, "contains": "Không có dữ liệu"},
    {"method": "GET", "path": "/ajax/xem-them.html?zone=0&page=99", "status": 200, "empty": True},
    {"method": "GET", "path": "/tin-theo-ngay/1999-01-01.html", "status": 200, "contains": "Ngày sau"},
    {"method": "GET", "path": "/tim-kiem.html?q=abc&trang=5000", "status": 200, "contains": "Trang sau"},
    {"method": "GET", "path": "/robots.txt", "status": 200, "contains": "Sitemap:"},
    {"method": "GET", "path": "/sitemap.xml", "status": 200, "contains": "<sitemapindex"},
]

SUMMARY = {
    "chains": [
        "/chinh-tri/ (+ /xay-dung-dang/, /kinh-te/) -> /<cat>/trang-N.html: path page number, windowed pager "
        "with Trang đầu/Trang cuối, trang-1 301 -> bare, past last = 404",
        "/chuyen-muc/thoi-su.html -> /chuyen-muc/thoi-su-pN.html: file-name page number, arrows only "
        "(Trang trước/Trang sau), past last = 200 'Không có dữ liệu'",
        "/ 'Xem thêm' button data-url=/ajax/xem-them.html?zone=0&page=N: HTML fragment load-more, "
        "button absent after last chunk, past end = empty 200",
    ],
    "alias_kinds": ["no trailing slash (301)", "utm_* (sidebar links absolute + tracking)", "fbclid", "zarsrc",
                    "AMP /amp/...", "print /print/<id>"],
    "quirks": ["canonical correct but https:// on an http site", "'Tin liên quan' links absolute https://host (scheme mix)",
               "og:url echoes request URL",
               "robots Sitemap: -> sitemap index -> monthly urlsets"],
}
