"""Blind replica: "Ban Tuyên giáo Tỉnh ủy Nghĩa Bình" on a VNPT eportal (Liferay 6.2 + vnpteportal portlets).

Family: VNPT eportal (dsnews_WAR_vnpteportalnewsportlet list/detail portlets, /-/view_content/<id>-<slug>.html).
The charset is declared only in the HTTP Content-Type header (no <meta charset>), and body paragraphs are
stored in decomposed Unicode (NFD, "Unicode tổ hợp").
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
SITE = "Ban Tuyên giáo Tỉnh ủy Nghĩa Bình"
G = "/web/btg"
DSN = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_"
CATS = {
    "tin-tuc": ("Tin tức", "x7Kp2Lm9"),
    "hoat-dong-cac-ban-dang": ("Hoạt động các ban Đảng", "Hd4Bq8Zc"),
    "van-hoa-xa-hoi": ("Văn hóa - Xã hội", "vH3s9Qa1"),
}
SIZE_A, SIZE_B, SIZE_C = 12, 10, 10
_PATTERN = ["tin-tuc", "hoat-dong-cac-ban-dang", "tin-tuc", "van-hoa-xa-hoi", "tin-tuc",
            "hoat-dong-cac-ban-dang", "tin-tuc", "hoat-dong-cac-ban-dang", "van-hoa-xa-hoi", "tin-tuc"]
ARTS = gen_articles(5511, 120, _PATTERN,
                    ["Tuy Phước", "An Nhơn", "Phù Cát", "Hoài Nhơn", "Tây Sơn", "Mộ Đức", "Đức Phổ", "Sơn Tịnh"],
                    "Quy Nhơn", ["Phước Lộc", "Nhơn Hậu", "Cát Tiến", "Tịnh Khê"])
for _a in ARTS:
    _a["id"] = 820000 + (len(ARTS) - _a["i"]) * 3
    _a["file"] = "%d-%s.html" % (_a["id"], _a["slug"])
    _a["path"] = "%s/%s/-/view_content/%s" % (G, _a["cat"], _a["file"])
BY_ID = {a["id"]: a for a in ARTS}
JSESSION = ";jsessionid=5F2A9C0D41B7E3A8C6D2F1E0B9A7C4D3"


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def nfd(s):
    return unicodedata.normalize("NFD", s)


def most_read():
    return sorted(ARTS[:40], key=lambda a: -a["views"])[:5]


def url_a(page):
    inst = CATS["tin-tuc"][1]
    q = [("p_p_id", DSN + inst), ("p_p_lifecycle", "0"), ("p_p_state", "normal"), ("p_p_mode", "view"),
         ("p_p_col_id", "column-2"), ("p_p_col_count", "1"), ("_%s%s_page" % (DSN, inst), str(page))]
    return "%s/tin-tuc?%s" % (G, urlencode(q))


def url_b(page):
    return "%s/hoat-dong-cac-ban-dang?pageIndex=%d" % (G, page)


def url_c(start):
    inst = CATS["van-hoa-xa-hoi"][1]
    n = "_%s%s_" % (DSN, inst)
    q = [("p_p_id", DSN + inst), ("p_p_lifecycle", "2"), ("p_p_state", "normal"), ("p_p_mode", "view"),
         ("p_p_resource_id", "xemThem"), ("p_p_cacheability", "cacheLevelPage"), ("p_p_col_id", "column-2"),
         ("p_p_col_count", "1"), (n + "start", str(start)), (n + "end", str(start + SIZE_C))]
    return "%s/van-hoa-xa-hoi?%s" % (G, urlencode(q))


def img(a, k=1):
    return "/documents/10181/%d/%s_%d.jpg" % (a["id"] // 1000, a["date"].strftime("%Y%m%d%H%M"), k)


# ======================================================================= chrome
def page(req, title, main, active=""):
    menu = [("/", "Trang chủ")] + [("%s/%s" % (G, k), v[0]) for k, v in CATS.items()] + \
           [("%s/lich-cong-tac" % G, "Lịch công tác"), ("%s/van-ban" % G, "Văn bản")]
    menu_html = "".join('<li%s><a href="%s"><span>%s</span></a></li>' % (' class="selected"' if h.endswith(active) and active else "",
                                                                        h, E(t)) for h, t in menu)
    newest = "".join('<li><a href="%s/-/view_content/%s">%s</a></li>' % (G, a["file"], E(a["title"])) for a in ARTS[:6])
    popular = "".join('<li><a href="%s%s">%s</a> <span class="luot-xem">(%d)</span></li>'
                      % (a["path"], JSESSION, E(a["title"]), a["views"]) for a in most_read())
    return """<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>%s - %s</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<link href="/html/themes/vnpt-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/vnpt-theme/css/main.css?browserId=other&amp;themeId=vnpttheme_WAR_vnpttheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1716100000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnpttheme_WAR_vnpttheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1716100000000" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner">
 <div class="top-header"><span class="ngay-thang">Thứ hai, ngày 20/05/2024</span> |
  <a href="/c/portal/login?p_l_id=10834" rel="nofollow">Đăng nhập</a></div>
 <div class="logo-banner"><a href="/" title="Trang chủ"><img alt="%s" src="/documents/10181/0/banner.png" /></a></div>
 <nav class="sort-pages modify-pages" id="navigation"><ul>%s</ul></nav>
 <form action="%s/tim-kiem" method="get" class="search"><input type="text" name="keyword" /><input type="submit" value="Tìm kiếm" /></form>
</header>
<div id="content">
 <div class="portlet-layout row-fluid">
  <div class="portlet-column portlet-column-first span8" id="column-2">%s</div>
  <div class="portlet-column portlet-column-last span4" id="column-3">
   <div class="portlet-boundary" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_tm01_"><div class="portlet-title">Tin mới</div><ul class="tin-moi">%s</ul></div>
   <div class="portlet-boundary" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_dn02_"><div class="portlet-title">Đọc nhiều</div><ul class="doc-nhieu">%s</ul></div>
   <div class="portlet-boundary"><div class="portlet-title">Liên kết website</div>
    <select onchange="window.open(this.value)"><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="https://tuyengiao.vn">Tạp chí Tuyên giáo</option></select></div>
  </div>
 </div>
</div>
<footer id="footer">
 <p>BAN TUYÊN GIÁO TỈNH ỦY NGHĨA BÌNH</p>
 <p>Địa chỉ: 01 Trần Phú, thành phố Quy Nhơn. Điện thoại: 0256.3822.xxx. Email: btg@nghiabinh.dcs.vn</p>
 <p>Thiết kế và phát triển bởi VNPT. Ghi rõ nguồn "Ban Tuyên giáo Tỉnh ủy Nghĩa Bình" khi phát hành lại thông tin.</p>
</footer>
</div>
</body></html>""" % (E(title), E(SITE), E(SITE), menu_html, G, main, newest, popular)


def portlet(inst, title, body):
    return ('<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_ portlet-static" '
            'id="p_p_id_%s%s_"><span id="p_%s%s"></span><section class="portlet">'
            '<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">%s</span></h1></header>'
            '<div class="portlet-content"><div class="portlet-body">%s</div></div></section></div>'
            % (DSN, inst, DSN, inst, E(title), body))


def item(a, tag="div"):
    return """<%s class="news-item">
 <div class="news-img"><a href="%s"><img src="%s" alt="%s" /></a></div>
 <div class="news-info"><a class="news-title" href="%s">%s</a>
  <span class="news-date">(%s)</span>
  <div class="news-summary">%s</div></div>
</%s>""" % (tag, a["path"], img(a), E(a["title"]), a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"),
            E(a["sapo"]), tag)


def not_found(req):
    return resp(404, page(req, "Lỗi", '<div class="portlet-msg-error">Không tìm thấy trang yêu cầu.</div>'),
                "text/html;charset=UTF-8")


def html_resp(status, body):
    # charset only in the HTTP header -- the HTML never declares it
    return resp(status, body, "text/html;charset=UTF-8")


# ======================================================================= pages
def home(req):
    top = "".join(item(a) for a in ARTS[:5])
    boxes = ""
    for k, (t, inst) in CATS.items():
        lis = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y"))
                      for a in in_cat(k)[:5])
        boxes += portlet(inst + "Hm", t, '<ul>%s</ul><a class="xem-tat-ca" href="%s/%s">Xem tất cả »</a>' % (lis, G, k))
    return html_resp(200, page(req, "Trang chủ", portlet("noiBat01", "Tin nổi bật", top) + boxes))


def list_a(req):
    inst = CATS["tin-tuc"][1]
    items = in_cat("tin-tuc")
    last = pages_of(items, SIZE_A)
    p = req.arg_int("_%s%s_page" % (DSN, inst), 1)
    chunk = items[(p - 1) * SIZE_A:p * SIZE_A] if p >= 1 else []
    body = "".join(item(a) for a in chunk) or '<div class="no-data">Không có dữ liệu</div>'
    nums = "".join('<span class="current">%d</span>' % n if n == p else '<a href="%s">%d</a>' % (E(url_a(n)), n)
                   for n in range(1, last + 1))
    body += '<div class="paging">%s</div>' % nums
    return html_resp(200, page(req, "Tin tức", portlet(inst, "Tin tức", body), active="tin-tuc"))


def list_b(req):
    items = in_cat("hoat-dong-cac-ban-dang")
    last = pages_of(items, SIZE_B)
    p = req.arg_int("pageIndex", 1)
    chunk = items[(p - 1) * SIZE_B:p * SIZE_B] if p >= 1 else []
    body = "".join(item(a) for a in chunk) or '<div class="no-data">Không có dữ liệu</div>'
    # the "Tiếp »" link is always rendered; on the last page it points at the last page itself
    nxt = min(p + 1, last) if p <= last else p + 1
    body += ('<div class="pager"><a href="%s">Trang đầu</a> | <a href="%s">« Trang trước</a> | '
             '<span class="page-info">Trang %d/%d</span> | <a href="%s">Tiếp »</a> | <a href="%s">Trang cuối</a></div>'
             % (url_b(1), url_b(max(1, min(p - 1, last))), p, last, url_b(nxt), url_b(last)))
    inst = CATS["hoat-dong-cac-ban-dang"][1]
    return html_resp(200, page(req, "Hoạt động các ban Đảng", portlet(inst, "Hoạt động các ban Đảng", body),
                               active="hoat-dong-cac-ban-dang"))


def xem_them_button(start):
    return ('<div class="xem-them"><a href="javascript:void(0);" class="btn-xem-them" data-next="%s">Xem thêm</a></div>'
            % E(url_c(start)))


def list_c(req):
    inst = CATS["van-hoa-xa-hoi"][1]
    n = "_%s%s_" % (DSN, inst)
    items = in_cat("van-hoa-xa-hoi")
    if req.args.get("p_p_lifecycle") == "2" and req.args.get("p_p_resource_id") == "xemThem":
        start = req.arg_int(n + "start", 0)
        end = req.arg_int(n + "end", start + SIZE_C)
        chunk = items[start:end] if 0 <= start < end else []
        if not chunk:
            return html_resp(200, "")
        out = "".join(item(a, "li") for a in chunk)
        if end < len(items):
            out += xem_them_button(end)
        return html_resp(200, out)
    body = '<ul class="list-news">%s</ul>' % "".join(item(a, "li") for a in items[:SIZE_C])
    if len(items) > SIZE_C:
        body += xem_them_button(SIZE_C)
    body += """<script type="text/javascript">
AUI().use('aui-io-request', function(A) {
  A.one('#content').delegate('click', function(e) {
    var btn = e.currentTarget, url = btn.getAttribute('data-next');
    A.io.request(url, {on: {success: function() { btn.ancestor('.xem-tat-ca, .xem-them').replace(this.get('responseData')); }}});
  }, '.btn-xem-them');
});
</script>"""
    return html_resp(200, page(req, "Văn hóa - Xã hội", portlet(inst, "Văn hóa - Xã hội", body), active="van-hoa-xa-hoi"))


def article(req, a, printing=False):
    paras = []
    for k, p in enumerate(a["paras"]):
        paras.append('<p style="text-align:justify">%s</p>' % E(nfd(p)))
        if k == 1:
            paras.append('<table class="image" align="center"><tbody><tr><td><img src="%s" alt="%s" /></td></tr>'
                         '<tr><td class="image_desc">%s</td></tr></tbody></table>' % (img(a, 2), E(a["caption"]), E(nfd(a["caption"]))))
    content = "\n".join(paras)
    if printing:
        return html_resp(200, """<html><head><title>%s</title></head><body onload="window.print()">
<div class="print-news"><h1 class="title-news">%s</h1><div class="date-news">Ngày cập nhật: %s</div>
<div class="sapo-news"><strong>%s</strong></div><div class="content-news">%s</div>
<div class="author-news">Tác giả: %s</div></div></body></html>""" % (
            E(a["title"]), E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), E(nfd(a["sapo"])), content, E(a["author"])))
    related = [b for b in in_cat(a["cat"]) if b is not a][:5]  # "related" = newest in category, so deep items need the listing chain
    rel = "".join('<li><a href="%s?inheritRedirect=true&amp;redirect=%s">%s</a> <span>(%s)</span></li>'
                  % (b["path"], quote("%s/%s" % (G, b["cat"]), safe=""), E(b["title"]), b["date"].strftime("%d/%m/%Y"))
                  for b in related)
    cname = CATS[a["cat"]][0]
    body = """<div class="news-detail">
 <div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="%s/%s">%s</a></div>
 <h1 class="title-news">%s</h1>
 <div class="date-news">Ngày cập nhật: %s <span class="view-count">| Lượt xem: %d</span></div>
 <div class="tools-news"><a href="%s?print=1" target="_blank">In bài</a> | <a href="javascript:void(0)" onclick="sendMail()">Gửi email</a></div>
 <div class="sapo-news"><strong>%s</strong></div>
 <div class="content-news">
%s
 </div>
 <div class="author-news" style="text-align:right"><strong>Tác giả: %s</strong></div>
 <div class="source-news" style="text-align:right"><em>Nguồn: %s</em></div>
 <div class="other-news"><h3>Tin liên quan</h3><ul>%s</ul></div>
</div>""" % (G, a["cat"], E(cname), E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), a["views"], a["path"],
             E(nfd(a["sapo"])), content, E(a["author"]), E(SITE), rel)
    return html_resp(200, page(req, a["title"], portlet("detail01", "Chi tiết tin", body), active=a["cat"]))


def calendar(req):
    y = req.arg_int("nam", 2024)
    w = req.arg_int("tuan", 21)
    try:
        monday = datetime.strptime("%d-W%02d-1" % (y, w), "%G-W%V-%u")
    except ValueError:
        monday = datetime(2024, 5, 20)
    p, n = monday - timedelta(days=7), monday + timedelta(days=7)
    rows = "".join("<tr><td>%s</td><td>%s</td><td>Họp giao ban công tác tuyên giáo</td></tr>"
                   % (WEEKDAYS[k], (monday + timedelta(days=k)).strftime("%d/%m/%Y")) for k in range(5))
    body = ('<h2>Lịch công tác tuần %d/%d</h2><p><a href="%s/lich-cong-tac?tuan=%d&amp;nam=%d">« Tuần trước</a> '
            '<a href="%s/lich-cong-tac?tuan=%d&amp;nam=%d">Tuần sau »</a></p><table>%s</table>'
            % (w, y, G, p.isocalendar()[1], p.isocalendar()[0], G, n.isocalendar()[1], n.isocalendar()[0], rows))
    return html_resp(200, page(req, "Lịch công tác", portlet("lct01", "Lịch công tác", body), active="lich-cong-tac"))


def van_ban(req):
    rows = "".join("<tr><td>%d-KH/BTGTU</td><td>Kế hoạch tuyên truyền số %d</td><td>%02d/05/2024</td></tr>"
                   % (100 + k, k, 20 - k) for k in range(10))
    body = '<table class="van-ban"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>%s</table>' % rows
    return html_resp(200, page(req, "Văn bản", portlet("vb01", "Văn bản", body)))


def handle(req):
    path = req.path
    if path in ("/", G + "/trang-chu"):
        return home(req)
    if path in (G, G + "/"):
        return redirect(302, "/")
    if path == "/robots.txt":
        return resp(200, "User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: %s/tim-kiem\n" % G,
                    "text/plain")
    if path.startswith(("/documents/", "/html/themes/")):
        return resp(200, GIF, "image/gif")
    if path.startswith(("/vnpt-theme/", "/html/js/")):
        return resp(200, "/* */", "text/css" if ".css" in path else "application/javascript")
    if path.startswith("/c/"):
        return html_resp(200, page(req, "Đăng nhập", "<p>Đăng nhập</p>"))
    if path == G + "/tin-tuc":
        return list_a(req)
    if path == G + "/hoat-dong-cac-ban-dang":
        return list_b(req)
    if path == G + "/van-hoa-xa-hoi":
        return list_c(req)
    if path == G + "/lich-cong-tac":
        return calendar(req)
    if path == G + "/van-ban":
        return van_ban(req)
    if path == G + "/tim-kiem":
        return html_resp(200, page(req, "Tìm kiếm", "".join(item(a) for a in ARTS[:10])))
    # ;jsessionid=... path parameter (cookieless session URL rewriting) is ignored
    clean = path.split(";", 1)[0]
    m = re.match(r"^(?:%s)?(?:/([a-z-]+))?/-/view_content/(\d+)-([a-z0-9-]+)\.html$" % re.escape(G), clean)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if m.group(3) == a["slug"] and m.group(1) in (None, a["cat"]):
            return article(req, a, printing=req.args.get("print") == "1")
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {}
    for a in ARTS:
        p = a["path"]
        arts[p] = {"title": a["title"], "aliases": [
            "%s/-/view_content/%s" % (G, a["file"]),                     # "Tin mới" sidebar (no category)
            "/-/view_content/%s" % a["file"],                              # no group prefix
            p + JSESSION,                                                  # "Đọc nhiều" links, cookieless session id
            p + "?inheritRedirect=true&redirect=" + quote("%s/%s" % (G, a["cat"]), safe=""),   # "Tin liên quan"
            p + "?print=1",                                                # print view
        ]}
    return {
        "family": "vnpt-eportal (Liferay 6.2 + vnpteportal dsnews portlets)",
        "start_urls": ["/", G + "/tin-tuc", G + "/hoat-dong-cac-ban-dang", G + "/van-hoa-xa-hoi"],
        "articles": arts,
        "robots_disallowed": ["/c/", "/group/", G + "/tim-kiem"],
        "trap_prefixes": [G + "/lich-cong-tac"],
        "notes": (
            "Charset only in the HTTP header (text/html;charset=UTF-8), no <meta charset>; body paragraphs, sapo "
            "and captions are NFD (decomposed) Unicode, titles NFC. No canonical, no og tags. "
            "Chains: (A) /web/btg/tin-tuc, page N = ?p_p_id=dsnews_WAR_vnpteportalnewsportlet_INSTANCE_x7Kp2Lm9&..."
            "&_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_x7Kp2Lm9_page=N, numbers-only pager (page 1 link also "
            "carries _page=1), past last = 200 'Không có dữ liệu'. (B) /web/btg/hoat-dong-cac-ban-dang?pageIndex=N, "
            "Trang đầu / « Trang trước / Trang x/y / Tiếp » / Trang cuối, the 'Tiếp »' link stays on the last page "
            "and points at the last page itself; past last = 200 'Không có dữ liệu'. (C) /web/btg/van-hoa-xa-hoi "
            "first 10 items + 'Xem thêm' <a href=javascript:void(0) data-next=<Liferay resource URL p_p_lifecycle=2 "
            "..._start=10&..._end=20>> returning an HTML fragment with the next data-next; nothing after the end "
            "(empty 200). Aliases: category-less /web/btg/-/view_content/<id>-<slug>.html, group-less "
            "/-/view_content/..., ';jsessionid=' path parameter on 'Đọc nhiều' links, ?inheritRedirect=true&redirect=, "
            "?print=1. Trap: /web/btg/lich-cong-tac week calendar (Tuần trước / Tuần sau forever)."
        ),
    }


MANIFEST = _build_manifest()

SELFTEST = [
    {"method": "GET", "path": url_a(pages_of(in_cat("tin-tuc"), SIZE_A) + 1), "status": 200, "contains": "Không có dữ liệu"},
    {"method": "GET", "path": url_b(pages_of(in_cat("hoat-dong-cac-ban-dang"), SIZE_B)), "status": 200,
     "contains": 'href="%s">Tiếp »' % url_b(pages_of(in_cat("hoat-dong-cac-ban-dang"), SIZE_B))},
    {"method": "GET", "path": url_b(99), "status": 200, "contains": "Không có dữ liệu"},
    {"method": "GET", "path": url_c(500), "status": 200, "empty": True},
    {"method": "GET", "path": "/web/btg/lich-cong-tac?tuan=1&nam=1990", "status": 200, "contains": "Tuần sau"},
]

SUMMARY = {
    "chains": [
        "/web/btg/tin-tuc: ?p_p_id=dsnews_WAR_vnpteportalnewsportlet_INSTANCE_x&..._page=N, numbers-only pager, "
        "past last = 200 'Không có dữ liệu'",
        "/web/btg/hoat-dong-cac-ban-dang?pageIndex=N: Trang đầu/Trang trước/Tiếp/Trang cuối, 'Tiếp »' stays on "
        "the last page (points to itself), past last = 200 'Không có dữ liệu'",
        "/web/btg/van-hoa-xa-hoi: 'Xem thêm' data-next=<Liferay resource URL ..._start=&_end=> HTML fragment, "
        "empty 200 past the end",
    ],
    "alias_kinds": ["category-less path", "group-less /-/view_content path", ";jsessionid= path parameter",
                    "?inheritRedirect=true&redirect= (redirect-back)", "?print=1"],
    "quirks": ["charset only in HTTP header", "NFD body text", "no canonical / og:url"],
}
