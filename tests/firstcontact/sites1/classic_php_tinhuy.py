"""Blind replica: "Trang thông tin điện tử Đảng bộ tỉnh Hoàng Liên Sơn" -- a classic hand-written PHP site.

Family: classic PHP (index.php?module=..&op=..&catid=..&id=.., ?trang=N pages, half-migrated rewritten
/news/<cat>/N listing, /m/ mobile pages, print.php) served in windows-1258 (tone marks as combining bytes).
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


# ======================================================================= encoding
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text):
    """Encode like a Windows-1258 page: base letter (possibly with circumflex/breve/horn) + combining tone byte."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        tones = "".join(c for c in d if c in _TONES)
        try:
            out += base.encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


CT = "text/html; charset=windows-1258"

# ======================================================================= site data
SITE = "Trang thông tin điện tử Đảng bộ tỉnh Hoàng Liên Sơn"
CATS = {3: ("Tin hoạt động", None), 5: ("Tin cơ sở", "tin-co-so"), 8: ("Gương người tốt, việc tốt", None)}
_PATTERN = [3, 5, 3, 8, 3, 5, 3, 8, 5, 3]
ARTS = gen_articles(1981, 80, _PATTERN,
                    ["Văn Bàn", "Bảo Thắng", "Bắc Hà", "Sa Pa", "Văn Chấn", "Lục Yên", "Trấn Yên", "Mường Khương"],
                    "Lào Cai", ["Cốc San", "Tả Phìn", "Nghĩa Lộ", "Bản Qua"])
UNITS = ["Chi bộ Sở Thông tin và Truyền thông", "Đảng bộ Khối cơ quan tỉnh", "Ban Tuyên giáo Huyện ủy Bảo Thắng",
         "Trung tâm Chính trị huyện Văn Bàn", "Văn phòng Tỉnh ủy"]
for _a in ARTS:
    _a["id"] = 2300 + (len(ARTS) - _a["i"]) * 2
    _a["path"] = "/index.php?module=tintuc&op=detail&catid=%d&id=%d" % (_a["cat"], _a["id"])
    _a["unit"] = UNITS[_a["i"] % len(UNITS)]
BY_ID = {a["id"]: a for a in ARTS}
SIZE = 10


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def legacy(text, a):
    """Old-style tone placement ("uỷ") everywhere, and a legacy-font 'Ð' (U+00D0) in some articles."""
    text = text.replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("hòa", "hoà").replace("Hòa", "Hoà")
    if a["i"] % 4 == 0:
        text = text.replace("Đảng", "Ðảng")
    return text


def list_url(cat, page):
    if CATS[cat][1]:
        return "/news/%s" % CATS[cat][1] if page == 1 else "/news/%s/%d" % (CATS[cat][1], page)
    return "/index.php?module=tintuc&catid=%d" % cat + ("" if page == 1 else "&trang=%d" % page)


def link_back(a, back):
    return a["path"] + "&back=" + quote(back, safe="")


def link_nocat(a):
    return "/index.php?module=tintuc&op=detail&id=%d" % a["id"]


def link_swapped(a):
    return "/index.php?module=tintuc&op=detail&id=%d&catid=%d" % (a["id"], a["cat"])


def link_mobile(a):
    return "/m/index.php?module=tintuc&op=detail&id=%d" % a["id"]


def img(a, k=1):
    return "/upload/tintuc/%s/%d_%d.jpg" % (a["date"].strftime("%Y%m"), a["id"], k)


def sid_for(req):
    return hashlib.md5(("sess|" + req.uri).encode()).hexdigest()[:26]


# ======================================================================= chrome
def page(req, title, main):
    sid = sid_for(req)
    menu = [("/index.php", "Trang chủ")] + [(list_url(c, 1), v[0]) for c, v in CATS.items()] + \
           [("/index.php?module=vanban", "Văn bản"), ("/index.php?module=lienhe", "Liên hệ")]
    menu_html = " | ".join('<a href="%s" class="menu">%s</a>' % (E(h), E(t)) for h, t in menu)
    newest = "".join('<tr><td class="dot">&raquo;</td><td><a href="%s" class="tinmoi">%s</a></td></tr>'
                     % (E(link_nocat(a)), E(a["title"])) for a in ARTS[:8])
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>%s</title>
<meta property="og:url" content="%s">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="990" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/images/banner.jpg" width="990" height="150" alt="%s"></td></tr>
<tr><td colspan="2" class="menu-bar">%s</td></tr>
<tr>
<td width="720" valign="top" class="main">%s</td>
<td width="270" valign="top" class="right">
 <table width="100%%" class="box"><tr><td class="box-title">TIN MỚI</td></tr><tr><td><table>%s</table></td></tr></table>
 <table width="100%%" class="box"><tr><td class="box-title">THĂM DÒ Ý KIẾN</td></tr>
  <tr><td>Bạn biết đến trang thông tin qua kênh nào?<br>
  <form action="/index.php?module=binhchon&amp;op=vote&amp;PHPSESSID=%s" method="post">
  <input type="radio" name="opt" value="1"> Báo chí<br><input type="radio" name="opt" value="2"> Bạn bè<br>
  <input type="submit" value="Bình chọn"></form>
  <a href="/index.php?module=binhchon&amp;op=ketqua&amp;pollid=2&amp;PHPSESSID=%s">Xem kết quả</a></td></tr></table>
 <table width="100%%" class="box"><tr><td class="box-title">LIÊN KẾT</td></tr>
  <tr><td><a href="https://dangcongsan.vn" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></td></tr></table>
</td></tr>
<tr><td colspan="2" class="footer" align="center">
 TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HOÀNG LIÊN SƠN<br>
 Cơ quan chủ quản: Ban Tuyên giáo Tỉnh uỷ Hoàng Liên Sơn. Địa chỉ: Đường Hoàng Liên, thành phố Lào Cai<br>
 Ghi rõ nguồn khi phát hành lại thông tin từ website này.
</td></tr>
</table>
</body>
</html>""" % (E(title), E(req.full), E(SITE), menu_html, main, newest, sid, sid)


def html(status, text):
    return resp(status, text, CT, [("X-Powered-By", "PHP/5.2.17")])


def row(a, href):
    return """<table width="100%%" class="tin" cellpadding="3"><tr>
<td width="130" valign="top"><a href="%s"><img src="%s" width="120" height="90" border="0"></a></td>
<td valign="top"><a href="%s" class="tieu_de_tin">%s</a> <span class="ngay">(%s)</span><br>
<span class="story_teaser">%s</span></td></tr></table>""" % (E(href), img(a), E(href), E(a["title"]),
                                                            a["date"].strftime("%d-%m-%Y"), E(legacy(a["sapo"], a)))


def not_found(req):
    return html(404, page(req, "Lỗi 404", "<p class=\"loi\">Trang không tồn tại!</p>"))


# ======================================================================= pages
def home(req):
    main = '<div class="tieudiem">%s</div>' % row(ARTS[0], ARTS[0]["path"])
    for c, (name, slug) in CATS.items():
        main += '<div class="khung"><div class="khung-title"><a href="%s">%s</a></div>%s</div>' % (
            E(list_url(c, 1)), E(name.upper()), "".join(row(a, a["path"]) for a in in_cat(c)[:3]))
    return html(200, page(req, SITE, main))


def listing_query(req, cat):
    items = in_cat(cat)
    last = pages_of(items, SIZE)
    p = req.arg_int("trang", 1)
    here = list_url(cat, p)
    chunk = items[(p - 1) * SIZE:p * SIZE] if p >= 1 else []
    body = "".join(row(a, link_back(a, here)) for a in chunk) or '<p class="thongbao">Không có dữ liệu</p>'
    nums = " ".join("<b>[%d]</b>" % n if n == p else '<a href="%s">%d</a>' % (E(list_url(cat, n)), n)
                    for n in range(1, last + 1))
    extra = ""
    if p < last:
        extra = ' <a href="%s">Tiếp &raquo;</a> <a href="%s">Trang cuối</a>' % (E(list_url(cat, p + 1)), E(list_url(cat, last)))
    main = '<div class="cat-title">%s</div>%s<div class="phantrang">Trang: %s%s</div>' % (
        E(CATS[cat][0].upper()), body, nums, extra)
    return html(200, page(req, CATS[cat][0] + " - " + SITE, main))


def listing_path(req, cat, p):
    items = in_cat(cat)
    last = pages_of(items, SIZE)
    here = list_url(cat, p)
    chunk = items[(p - 1) * SIZE:p * SIZE] if p >= 1 else []
    body = "".join(row(a, link_back(a, here)) for a in chunk) or '<p class="thongbao">Không có dữ liệu</p>'
    nav = []
    if p > 1:
        nav.append('<a href="%s">&laquo; Trang trước</a>' % E(list_url(cat, p - 1)))
    if p <= last:   # the "next" link is printed on the last page too (it leads to an empty page)
        nav.append('<a href="%s">Trang sau &raquo;</a>' % E(list_url(cat, p + 1)))
    main = '<div class="cat-title">%s</div>%s<div class="phantrang">%s</div>' % (
        E(CATS[cat][0].upper()), body, " | ".join(nav))
    return html(200, page(req, CATS[cat][0] + " - " + SITE, main))


def body_html(a):
    out = []
    for k, p in enumerate(a["paras"]):
        out.append('<p align="justify">%s</p>' % E(legacy(p, a)))
        if k == 0:
            cap = E(legacy(a["caption"], a))
            if ", " in cap:
                cap = cap.replace(", ", ",<br>", 1)
            out.append('<table class="image" align="center" width="500"><tr><td><img src="%s" width="500"></td></tr>'
                       '<tr><td class="image_desc" align="center"><i>%s</i></td></tr></table>' % (img(a, 2), cap))
    out.append('<p align="right"><b>%s, %s</b></p>' % (E(a["author"]), E(a["unit"])))
    return "\n".join(out)


def detail(req, a):
    back = req.args.get("back", "")
    if not back.startswith("/") or back.startswith("//"):
        back = list_url(a["cat"], 1)
    others = [b for b in in_cat(a["cat"]) if b is not a][:6]
    rel = "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>'
                  % (E(link_swapped(b)), E(b["title"]), b["date"].strftime("%d-%m-%Y")) for b in others)
    main = """<div class="duongdan"><a href="/index.php">Trang chủ</a> &raquo; <a href="%s">%s</a></div>
<table width="100%%" class="chitiet"><tr><td>
<div class="tieude_chitiet">%s</div>
<div class="ngaydang">Ngày đăng: %s</div>
<div class="sapo"><b>%s</b></div>
<div class="noidung">
%s
</div>
<div class="congcu"><a href="%s">&laquo; Quay lại</a> | <a href="/print.php?id=%d" target="_blank">In bài</a> |
 <a href="%s">Phiên bản di động</a> | Đường dẫn: <a href="/?id=%d">%s/?id=%d</a></div>
<div class="tinlienquan"><b>Tin liên quan:</b><ul>%s</ul></div>
</td></tr></table>""" % (E(list_url(a["cat"], 1)), E(CATS[a["cat"]][0]), E(a["title"]), a["date"].strftime("%d-%m-%Y %H:%M"),
                         E(legacy(a["sapo"], a)), body_html(a), E(back), a["id"], E(link_mobile(a)), a["id"],
                         E(req.base), a["id"], rel)
    return html(200, page(req, a["title"], main))


def print_page(req, a):
    return html(200, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>%s</title></head><body onload="window.print()"><h2>%s</h2><i>Ngày đăng: %s</i><p><b>%s</b></p>%s</body></html>""" % (
        E(a["title"]), E(a["title"]), a["date"].strftime("%d-%m-%Y %H:%M"), E(legacy(a["sapo"], a)), body_html(a)))


def mobile(req):
    a = BY_ID.get(req.arg_int("id", 0)) if req.args.get("op") == "detail" else None
    if req.args.get("op") == "detail" and not a:
        return not_found(req)
    if a:
        main = '<h1>%s</h1><div class="date">%s</div><p><b>%s</b></p>%s<p><a href="%s">Phiên bản máy tính</a></p>' % (
            E(a["title"]), a["date"].strftime("%d-%m-%Y %H:%M"), E(legacy(a["sapo"], a)), body_html(a), E(a["path"]))
    else:
        main = "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (E(link_mobile(b)), E(b["title"])) for b in ARTS[:15])
    return html(200, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="viewport" content="width=device-width"><title>%s</title></head>
<body class="mobile"><div class="m-header"><a href="/m/">%s</a></div>%s
<div class="m-footer"><a href="/index.php">Phiên bản đầy đủ</a></div></body></html>""" % (
        E(a["title"] if a else SITE), E(SITE), main))


def poll(req):
    sid = sid_for(req)
    main = ('<div class="cat-title">KẾT QUẢ THĂM DÒ</div><p>Báo chí: 62%%<br>Bạn bè: 38%%</p>'
            '<p><a href="/index.php?module=binhchon&amp;op=ketqua&amp;pollid=2&amp;PHPSESSID=%s">Làm mới</a> | '
            '<a href="/index.php?module=binhchon&amp;op=binhchonlai&amp;pollid=2&amp;PHPSESSID=%s">Bình chọn lại</a></p>' % (sid, sid))
    return html(200, page(req, "Thăm dò ý kiến", main))


def van_ban(req):
    p = max(1, req.arg_int("trang", 1))
    sort = req.args.get("sort", "ngay")
    order = req.args.get("order", "desc")
    flip = "asc" if order == "desc" else "desc"
    rows = "".join("<tr><td>%d-KL/TU</td><td>Kết luận của Ban Thường vụ Tỉnh uỷ số %d</td></tr>" % (500 - p * 10 - k, p * 10 + k)
                   for k in range(10))
    heads = "".join('<th><a href="/index.php?module=vanban&amp;sort=%s&amp;order=%s&amp;trang=%d">%s</a></th>' % (f, flip, p, t)
                    for f, t in (("so", "Số hiệu"), ("ngay", "Ngày ban hành")))
    nxt = '<a href="/index.php?module=vanban&amp;sort=%s&amp;order=%s&amp;trang=%d">Tiếp &raquo;</a>' % (sort, order, p + 1)
    return html(200, page(req, "Văn bản", '<table class="vanban"><tr>%s</tr>%s</table>%s' % (heads, rows, nxt)))


def handle(req):
    path = req.path
    if path == "/robots.txt":
        return resp(200, "User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /print.php\n", "text/plain")
    if path.startswith(("/upload/", "/images/")):
        return resp(200, GIF, "image/gif")
    if path.startswith(("/css/", "/js/")):
        return resp(200, "/* */", "text/css" if path.endswith(".css") else "application/javascript")
    if path == "/" and "id" in req.args:
        a = BY_ID.get(req.arg_int("id", 0))
        return redirect(302, a["path"]) if a else not_found(req)
    if path == "/print.php":
        a = BY_ID.get(req.arg_int("id", 0))
        return print_page(req, a) if a else not_found(req)
    if path in ("/m", "/m/", "/m/index.php"):
        return mobile(req)
    m = re.match(r"^/news/([a-z-]+)(?:/(\d+))?$", path)
    if m:
        cat = next((c for c, v in CATS.items() if v[1] == m.group(1)), None)
        if cat is None:
            return not_found(req)
        return listing_path(req, cat, int(m.group(2) or 1))
    if path in ("/", "/index.php"):
        mod = req.args.get("module", "")
        if mod == "":
            return home(req)
        if mod == "tintuc":
            if req.args.get("op") == "detail":
                a = BY_ID.get(req.arg_int("id", 0))
                if a and req.args.get("catid", str(a["cat"])) == str(a["cat"]):
                    return detail(req, a)
                return not_found(req)
            cat = req.arg_int("catid", 0)
            if cat in CATS and not CATS[cat][1]:
                return listing_query(req, cat)
            if cat in CATS:
                return redirect(301, list_url(cat, 1))
            return not_found(req)
        if mod == "binhchon":
            return poll(req)
        if mod == "vanban":
            return van_ban(req)
        if mod == "lienhe":
            return html(200, page(req, "Liên hệ", "<p>Ban Tuyên giáo Tỉnh uỷ Hoàng Liên Sơn - Điện thoại: 0214.3820.xxx</p>"))
    return not_found(req)


app = make_app(handle, encoder=to_cp1258)


# ======================================================================= manifest
def _build_manifest():
    arts = {a["path"]: {"title": a["title"], "aliases": []} for a in ARTS}
    for c in CATS:
        items = in_cat(c)
        for p in range(1, pages_of(items, SIZE) + 1):
            for a in items[(p - 1) * SIZE:p * SIZE]:
                arts[a["path"]]["aliases"].append(link_back(a, list_url(c, p)))   # listing links carry &back=
    for a in ARTS:
        arts[a["path"]]["aliases"] += [
            link_nocat(a),                 # "Tin mới" sidebar: no catid
            link_swapped(a),               # "Tin liên quan": parameters in another order
            link_mobile(a),                # /m/ mobile rendering (same host)
            "/print.php?id=%d" % a["id"],  # print (robots-disallowed)
            "/?id=%d" % a["id"],           # short link, 302 to the canonical URL
        ]
    return {
        "family": "classic-php (hand-written PHP, windows-1258)",
        "start_urls": ["/", "/index.php?module=tintuc&catid=3", "/news/tin-co-so", "/index.php?module=tintuc&catid=8"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/includes/", "/print.php"],
        "trap_prefixes": ["/index.php?module=binhchon", "/index.php?module=vanban&", "PHPSESSID="],
        "notes": (
            "Every page is windows-1258 (header + meta): Vietnamese letters are base letter + combining tone byte, "
            "so decoded text is decomposed and needs NFC; U+00D0 'Ð' (not encodable) appears as &#208; in some articles; "
            "body uses old tone placement ('Tỉnh uỷ', 'hoà'). No canonical; og:url echoes the request URL. "
            "Chains: (A) /index.php?module=tintuc&catid=3 (and catid=8) -> &trang=N, 10/page, 'Trang: 1 2 [3] 4 "
            "Tiếp » Trang cuối' (all page numbers), past last = 200 'Không có dữ liệu'. (B) /news/tin-co-so -> "
            "/news/tin-co-so/N (rewritten URL, page number as last path segment), arrows only; 'Trang sau »' is "
            "also printed on the last page and leads to an empty 200 'Không có dữ liệu' page (which has no next). "
            "?module=tintuc&catid=5 301s to /news/tin-co-so. Listing links carry &back=<encoded listing URL>. "
            "Aliases: no catid, swapped parameter order, /m/ mobile page, print.php, /?id=N short link (302). "
            "Traps: poll links carrying a PHPSESSID that changes with every page (endless), /index.php?module=vanban "
            "sort/order column links + endless 'Tiếp »'."
        ),
    }


MANIFEST = _build_manifest()

_LAST_B = pages_of(in_cat(5), SIZE)
SELFTEST = [
    {"method": "GET", "path": "/index.php?module=tintuc&catid=3&trang=%d" % (pages_of(in_cat(3), SIZE) + 1),
     "status": 200, "contains": "Không có dữ liệu"},
    {"method": "GET", "path": "/news/tin-co-so/%d" % _LAST_B, "status": 200, "contains": "/news/tin-co-so/%d" % (_LAST_B + 1)},
    {"method": "GET", "path": "/news/tin-co-so/%d" % (_LAST_B + 1), "status": 200, "contains": "Không có dữ liệu",
     "not_contains": "Trang sau"},
    {"method": "GET", "path": "/index.php?module=tintuc&catid=5", "status": 301, "location": "/news/tin-co-so"},
    {"method": "GET", "path": "/?id=%d" % ARTS[3]["id"], "status": 302, "location": ARTS[3]["path"]},
]

SUMMARY = {
    "chains": [
        "/index.php?module=tintuc&catid=3|8 -> &trang=N: all numbers + Tiếp » + Trang cuối, past last = 200 'Không có dữ liệu'",
        "/news/tin-co-so -> /news/tin-co-so/N: arrows only, 'Trang sau' stays on the last page -> empty 200 page",
    ],
    "alias_kinds": ["&back=<listing URL> (per listing page)", "without catid", "swapped parameter order",
                    "/m/ mobile path", "print.php", "/?id=N short link (302)"],
    "quirks": ["windows-1258 with combining tone bytes", "&#208; legacy Ð", "old tone placement uỷ/hoà",
               "no canonical", "og:url echoes request", "table layout, td.image_desc captions with <br>"],
}
