"""Blind replica: "Cổng thông tin điện tử Tỉnh ủy Bình Trị Thiên" on an FPT eGov portal (SharePoint Server 2016).

Family: FPT eGov / SharePoint 2016 publishing portal: /Pages/*.aspx, custom web parts with ASP.NET
postback pagers (__doPostBack + __VIEWSTATE / __EVENTVALIDATION round-trip), IIS case-insensitive URLs.
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

import base64
from html.entities import codepoint2name

# ======================================================================= site data
SITE = "Cổng thông tin điện tử Tỉnh ủy Bình Trị Thiên"
CATS = {17: "Xây dựng Đảng", 18: "Chỉ đạo - Điều hành", 19: "Kinh tế - Xã hội", 20: "Quốc phòng - An ninh",
        21: "Tin cơ sở"}
MENU_CATS = [17, 18, 19, 20]   # CatID=21 has no menu entry / home box: its older items only show in the postback list
_PATTERN = [17, 18, 17, 19, 21, 20, 18, 17, 19, 21]
ARTS = gen_articles(161020, 110, _PATTERN,
                    ["Triệu Phong", "Hải Lăng", "Gio Linh", "Vĩnh Linh", "Phong Điền", "Quảng Điền", "Lệ Thủy",
                     "Quảng Ninh"], "Đông Hà", ["Triệu Ái", "Hải Thượng", "Gio Mỹ", "Vĩnh Tú"])
for _a in ARTS:
    _a["id"] = 11000 + (len(ARTS) - _a["i"]) * 4 + 3
    _a["path"] = "/Pages/newsdetail.aspx?NewsId=%d&CatID=%d" % (_a["id"], _a["cat"])
BY_ID = {a["id"]: a for a in ARTS}
SIZE_A, SIZE_B = 15, 10
WP = "ctl00$ctl40$g_5b2e7a1c_0d4f_4b8e_9a61_3c2f1e0d9b77$ctl00"
WPID = WP.replace("$", "_")
SECRET = "fpt-egov-machinekey"


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def ent(s):
    """Rich-text editor output: Latin-1 letters as named entities, Vietnamese-only letters raw."""
    out = []
    for ch in E(s, quote=False):
        cp = ord(ch)
        if 0xC0 <= cp <= 0xFF and cp in codepoint2name:
            out.append("&%s;" % codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def vi_time(d):
    # .NET vi-VN culture: "18/05/2024 9:41 SA" (SA = sáng / AM, CH = chiều / PM)
    h = d.hour % 12 or 12
    return "%s %d:%02d %s" % (d.strftime("%d/%m/%Y"), h, d.minute, "SA" if d.hour < 12 else "CH")


def img(a, k=1):
    return "/PublishingImages/TinTuc/%s/%d_%d.jpg" % (a["date"].strftime("%Y/%m"), a["id"], k)


def url_b(cat, page):
    return "/Pages/chuyen-muc.aspx?CatID=%d" % cat if page == 1 else "/Pages/chuyen-muc.aspx?PageNo=%d&CatID=%d" % (page, cat)


LINK_NOCAT = "/Pages/newsdetail.aspx?NewsId=%d"
LINK_LOWER = "/pages/NewsDetail.aspx?newsid=%d&catid=%d"
SRC_SUFFIX = "&Source=%2FPages%2Fdefault.aspx"


def most_read():
    return sorted(ARTS[:45], key=lambda a: -a["views"])[:5]


# ======================================================================= viewstate
def vs_encode(state):
    raw = b"\xff\x01\x0f\x0f\x05\x0a" + json.dumps(state, separators=(",", ":")).encode()
    mac = hashlib.sha1(SECRET.encode() + raw).digest()[:8]
    return base64.b64encode(raw + mac).decode()


def vs_decode(vs):
    try:
        blob = base64.b64decode(vs.encode(), validate=True)
    except (ValueError, TypeError):
        return None
    raw, mac = blob[:-8], blob[-8:]
    if not raw.startswith(b"\xff\x01") or hashlib.sha1(SECRET.encode() + raw).digest()[:8] != mac:
        return None
    try:
        return json.loads(raw[6:].decode())
    except ValueError:
        return None


def ev_for(vs):
    return base64.b64encode(hashlib.sha1(("ev|" + vs).encode()).digest()).decode()


def aspnet_form(action, inner, state):
    vs = vs_encode(state)
    return """<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x7C1E0A4D2B9F5E8C3A6D1F0B4E7C2A9D5F8B3E6A1C4D7F0B2E5A8C1D4F7A0B3E6C9D2F5A8B1E4C7D0A3F6B9C2E5D8A1F4B7C0E3,20 May 2024 09:00:00 -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
%s
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
</form>""" % (E(action), vs, inner, ev_for(vs))


# ======================================================================= chrome
def master(req, title, action, inner, state, og=True):
    menu = [("/Pages/default.aspx", "Trang chủ"), ("/Pages/tin-tuc.aspx", "Tin tức - Sự kiện")] + \
           [(url_b(c, 1), CATS[c]) for c in MENU_CATS] + \
           [("/Lists/LichCongTac/calendar.aspx?CalendarDate=5%2F20%2F2024&CalendarPeriod=month", "Lịch công tác"),
            ("/Pages/van-ban.aspx", "Văn bản chỉ đạo")]
    menu_html = "".join('<li class="static"><a class="static menu-item ms-core-listMenu-item" href="%s"><span class="menu-item-text">%s</span></a></li>'
                        % (E(h), E(t)) for h, t in menu)
    newest = "".join('<li><a href="%s">%s</a><span class="time_update">(Ngày %s)</span></li>'
                     % (E(LINK_LOWER % (a["id"], a["cat"])), E(a["title"]), a["date"].strftime("%d/%m/%Y")) for a in ARTS[:6])
    popular = "".join('<li><a href="%s%s">%s</a></li>' % (E(a["path"]), E(SRC_SUFFIX), E(a["title"])) for a in most_read())
    og_html = '<meta property="og:url" content="%s" />' % E(req.full) if og else ""
    page = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	%s
</title>
<link rel="canonical" href="%s/" />
%s
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DHCVCIo0ZAdyw%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/FPT.eGov/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZTBJvQ9uK3qPszY%%2B4mL6ZQ%%3D%%3DTAG0"></script>
</head>
<body>
<div id="s4-workspace"><div id="s4-bodyContainer">
%s
</div></div>
</body></html>"""
    body = """<div class="header"><div class="top-link"><span class="date">Thứ Hai, 20/05/2024</span>
  <span class="search-box"><input name="ctl00$PlaceHolderSearchArea$txtKeyword" type="text" id="ctl00_PlaceHolderSearchArea_txtKeyword" class="txt-search" />
  <a id="ctl00_PlaceHolderSearchArea_btnSearch" href="javascript:{}" onclick="SearchSubmit('ctl00_PlaceHolderSearchArea_txtKeyword')">Tìm kiếm</a></span></div>
 <div class="banner"><a href="/Pages/default.aspx"><img src="/PublishingImages/banner.jpg" alt="%s" /></a></div>
 <div class="menu-top"><ul class="root static">%s</ul></div>
</div>
<div class="main-content">
 <div class="col-left" id="ctl00_PlaceHolderMain_g_left">%s</div>
 <div class="col-right">
  <div class="box-right"><div class="title-box-right">Tin mới nhất</div><ul class="list-news-right">%s</ul></div>
  <div class="box-right"><div class="title-box-right">Tin xem nhiều</div><ul class="list-news-right">%s</ul></div>
 </div>
</div>
<div class="footer"><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Bình Trị Thiên</p>
 <p>Địa chỉ: 45 Hùng Vương, thành phố Đông Hà. Điện thoại: 0233.3852.xxx</p>
 <p>Bản quyền thuộc Tỉnh ủy Bình Trị Thiên. Phát triển bởi FPT Information System.</p></div>""" % (
        E(SITE), menu_html, inner, newest, popular)
    return page % (E(title + " - " + SITE), req.base, og_html, aspnet_form(action, body, state))


def html(status, text):
    return resp(status, text, "text/html; charset=utf-8",
                [("X-SharePointHealthScore", "0"), ("MicrosoftSharePointTeamServices", "16.0.0.5422"),
                 ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")])


def yellow_screen(msg):
    return resp(500, "<html><head><title>%s</title></head><body><h1>Server Error in '/' Application.</h1>"
                     "<h2><i>%s</i></h2></body></html>" % (E(msg), E(msg)), "text/html; charset=utf-8")


def not_found(req):
    return html(404, master(req, "Không tìm thấy trang", "/Pages/default.aspx",
                            '<div class="error">Không tìm thấy trang yêu cầu (404).</div>', {"v": "404"}))


def news_item(a, href):
    return """<div class="cont_artical">
 <div class="img_thumb"><a href="%s"><img src="%s" alt="%s" /></a></div>
 <div class="name_artical"><a href="%s">%s</a> <span class="time_update">(%s)</span></div>
 <div class="short_content">%s</div>
</div>""" % (E(href), img(a), E(a["title"]), E(href), E(a["title"]), a["date"].strftime("%d/%m/%Y"), ent(a["sapo"]))


# ======================================================================= pages
def home(req):
    top = ARTS[0]
    inner = '<div class="hot-news">%s</div>' % news_item(top, top["path"])
    for c in MENU_CATS:
        name = CATS[c]
        lis = "".join('<li><a href="%s">%s</a></li>' % (E(a["path"]), E(a["title"])) for a in in_cat(c)[:5])
        inner += '<div class="box-cat"><h2><a href="%s">%s</a></h2><ul>%s</ul></div>' % (E(url_b(c, 1)), E(name), lis)
    inner += '<div class="box-cat"><a class="view-all" href="/Pages/tin-tuc.aspx">Xem tất cả tin tức »</a></div>'
    return html(200, master(req, "Trang chủ", "./default.aspx", inner, {"v": "home"}))


def tin_tuc(req):
    last = pages_of(ARTS, SIZE_A)
    page = 1
    if req.method == "POST":
        vs = req.form.get("__VIEWSTATE", "")
        state = vs_decode(vs)
        if state is None or state.get("v") != "tt":
            return yellow_screen("The state information is invalid for this page and might be corrupted.")
        if req.form.get("__EVENTVALIDATION") != ev_for(vs):
            return yellow_screen("Invalid postback or callback argument.")
        target = req.form.get("__EVENTTARGET", "")
        cur, shown = state["p"], state["s"]
        if target == WP + "$lnkNext":
            page = min(cur + 1, last)
        elif target == WP + "$lnkPrev":
            page = max(cur - 1, 1)
        else:
            m = re.match(re.escape(WP) + r"\$rptPager\$ctl(\d\d)\$lnkPage$", target)
            if not m or int(m.group(1)) >= len(shown):
                return yellow_screen("Invalid postback or callback argument.")
            page = shown[int(m.group(1))]
    chunk = ARTS[(page - 1) * SIZE_A:page * SIZE_A]
    # chain A links carry no CatID
    items = "".join(news_item(a, LINK_NOCAT % a["id"]) for a in chunk)
    shown = [p for p in window(page, last, radius=2) if p is not None]
    pager = []
    if page > 1:
        pager.append('<a id="%s_lnkPrev" href="javascript:__doPostBack(&#39;%s$lnkPrev&#39;,&#39;&#39;)">« Trang trước</a>' % (WPID, WP))
    else:
        pager.append('<a id="%s_lnkPrev" class="aspNetDisabled">« Trang trước</a>' % WPID)
    k = -1
    for p in window(page, last, radius=2):
        if p is None:
            pager.append('<span class="dots">...</span>')
            continue
        k += 1
        if p == page:
            pager.append('<span class="current">%d</span>' % p)
        else:
            pager.append('<a id="%s_rptPager_ctl%02d_lnkPage" href="javascript:__doPostBack(&#39;%s$rptPager$ctl%02d$lnkPage&#39;,&#39;&#39;)">%d</a>'
                         % (WPID, k, WP, k, p))
    if page < last:
        pager.append('<a id="%s_lnkNext" href="javascript:__doPostBack(&#39;%s$lnkNext&#39;,&#39;&#39;)">Trang sau »</a>' % (WPID, WP))
    else:
        pager.append('<a id="%s_lnkNext" class="aspNetDisabled">Trang sau »</a>' % WPID)
    inner = """<div class="news-list-webpart" id="%s">
 <h2><span id="%s_lblCategoryTitle">Tin tức - Sự kiện</span></h2>
 <div class="inner_content_subpage">%s</div>
 <div class="pager" id="%s_pnPager">%s <span class="page-info">Trang %d/%d</span></div>
</div>""" % (WPID, WPID, items, WPID, " ".join(pager), page, last)
    return html(200, master(req, "Tin tức - Sự kiện", "./tin-tuc.aspx", inner, {"v": "tt", "p": page, "s": shown}))


def chuyen_muc(req):
    cat = req.arg_int("CatID", 0, ci=True)
    if cat not in CATS:
        return not_found(req)
    items = in_cat(cat)
    last = pages_of(items, SIZE_B)
    page = req.arg_int("PageNo", 1, ci=True)
    page = min(max(page, 1), last)      # past the end: the last page again
    chunk = items[(page - 1) * SIZE_B:page * SIZE_B]
    lis = "".join(news_item(a, a["path"]) for a in chunk)
    pg = ['<a class="first" href="%s">Trang đầu</a>' % E(url_b(cat, 1))]
    if page > 1:
        pg.append('<a class="prev" href="%s">«</a>' % E(url_b(cat, page - 1)))
    for p in window(page, last, radius=1):
        if p is None:
            pg.append("<span>...</span>")
        elif p == page:
            pg.append('<span class="current">%d</span>' % p)
        else:
            pg.append('<a href="%s">%d</a>' % (E(url_b(cat, p) if p > 1 else "/Pages/chuyen-muc.aspx?PageNo=1&CatID=%d" % cat), p))
    if page < last:
        pg.append('<a class="next" href="%s">»</a>' % E(url_b(cat, page + 1)))
    pg.append('<a class="last" href="%s">Trang cuối</a>' % E(url_b(cat, last)))
    inner = """<div class="news-list-webpart">
 <div class="path"><div class="arr_B"><span id="%s_lblBreadCrum">Trang chủ &gt; %s</span></div></div>
 <h2><span>%s</span></h2>
 <div class="inner_content_subpage">%s</div>
 <div class="paging">%s</div>
</div>""" % (WPID, E(CATS[cat]), E(CATS[cat]), lis, " ".join(pg))
    action = "./chuyen-muc.aspx?" + req.qs if req.qs else "./chuyen-muc.aspx"
    return html(200, master(req, CATS[cat], action, inner, {"v": "cm", "c": cat, "p": page}))


def detail(req, a, fname):
    body = []
    for k, p in enumerate(a["paras"]):
        body.append('<p style="text-align: justify;">%s</p>' % ent(p))
        if k == 0:
            body.append('<table align="center" class="image"><tbody><tr><td><img src="%s" alt="%s" width="550" /></td></tr>'
                        '<tr><td class="image_desc" style="text-align:center"><em>%s</em></td></tr></tbody></table>'
                        % (img(a, 2), E(a["caption"]), ent(a["caption"])))
    others = [b for b in in_cat(a["cat"]) if b is not a][:6]
    back = quote(url_b(a["cat"], 1), safe="")
    oth = "".join('<li><a href="%s&amp;returnUrl=%s">%s</a> <span class="time_update">(Ngày %s)</span></li>'
                  % (E(b["path"]), back, E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in others)
    inner = """<div class="detail_artical">
 <div class="path"><div class="arr_B"><span id="%s_lblBreadCrum">Trang chủ &gt; %s</span></div></div>
 <div><table><tr><td><img src="/_layouts/15/images/FPT.eGov/icon_date.jpg" alt="" /></td>
   <td><span id="%s_lblCreatedDate" class="date">%s</span></td></tr></table></div>
 <h2><span id="%s_lblTitle">%s</span></h2>
 <p><b>%s</b></p>
 <div id="%s_divArticleContent" class="content-detail">
 <table width="100%%"><tr><td>
%s
 </td></tr>
 <tr><td align="right" style="font-weight:bold"><span id="%s_lblAuthor">%s</span><br /><span id="%s_lblSource">Nguồn: Ban Tuyên giáo Tỉnh ủy</span></td></tr></table>
 </div>
 <div class="tool-detail"><a href="/_layouts/15/FPT.eGov.Portal/PrintNews.aspx?NewsId=%d" target="_blank">In trang</a></div>
</div>
<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>%s</ul></div></div>""" % (
        WPID, E(CATS[a["cat"]]), WPID, vi_time(a["date"]), WPID, E(a["title"]), ent(a["sapo"]), WPID,
        "\n".join(body), WPID, E(a["author"]), WPID, a["id"], oth)
    action = "./%s?%s" % (fname, req.qs)
    return html(200, master(req, a["title"], action, inner, {"v": "nd", "id": a["id"]}))


def print_news(req, a):
    body = "\n".join('<p style="text-align: justify;">%s</p>' % ent(p) for p in a["paras"])
    return html(200, """<html><head><meta charset="utf-8"><title>%s</title></head><body onload="window.print();">
<div class="print-page"><h2>%s</h2><div class="date">%s</div><p><b>%s</b></p>%s
<p style="text-align:right;font-weight:bold">%s</p></div></body></html>""" % (
        E(a["title"]), E(a["title"]), vi_time(a["date"]), ent(a["sapo"]), body, E(a["author"])))


def calendar(req):
    raw = req.iargs.get("calendardate", "5/20/2024")
    try:
        d = datetime.strptime(raw, "%m/%d/%Y")
    except ValueError:
        d = datetime(2024, 5, 20)
    prev_m = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    next_m = (d.replace(day=28) + timedelta(days=5)).replace(day=1)

    def u(x):
        return "/Lists/LichCongTac/calendar.aspx?CalendarDate=%s&CalendarPeriod=month" % quote("%d/%d/%d" % (x.month, x.day, x.year), safe="")
    inner = ('<div class="ms-acal-header"><a href="%s" title="Tháng trước">◄</a> <span>Tháng %d năm %d</span> '
             '<a href="%s" title="Tháng sau">►</a></div><table class="ms-acal-month"><tr><td>Giao ban Thường trực Tỉnh ủy</td></tr></table>'
             % (E(u(prev_m)), d.month, d.year, E(u(next_m))))
    return html(200, master(req, "Lịch công tác", "./calendar.aspx", inner, {"v": "cal"}))


def van_ban(req):
    view = "%7B8F4D2C1A-3B5E-4C6D-9A7B-1E2F3A4B5C6D%7D"
    pid = req.arg_int("p_ID", 0, ci=True)
    first = req.arg_int("PageFirstRow", 1, ci=True)
    rows = "".join("<tr><td>%d-CV/TU</td><td>Công văn về việc triển khai nhiệm vụ số %d</td></tr>" % (900 + pid + k, pid + k)
                   for k in range(10))
    nxt = "/Pages/van-ban.aspx?Paged=TRUE&p_ID=%d&PageFirstRow=%d&View=%s" % (pid + 10, first + 10, view)
    sort = "".join('<th><a href="/Pages/van-ban.aspx?SortField=%s&amp;SortDir=%s&amp;View=%s">%s</a></th>'
                   % (f, "Desc" if req.iargs.get("sortdir") == "Asc" else "Asc", view, t)
                   for f, t in (("Title", "Số hiệu"), ("TrichYeu", "Trích yếu")))
    inner = '<table class="ms-listviewtable"><tr>%s</tr>%s</table><a class="ms-paging" href="%s">Trang sau ►</a>' % (
        sort, rows, E(nxt))
    return html(200, master(req, "Văn bản chỉ đạo", "./van-ban.aspx", inner, {"v": "vb"}))


def handle(req):
    lp = req.path.lower()
    if lp == "/":
        return redirect(302, "/Pages/default.aspx")
    if lp == "/robots.txt":
        return resp(200, "User-agent: *\r\nDisallow: /_layouts/\r\nDisallow: /_vti_bin/\r\nDisallow: /_catalogs/\r\n",
                    "text/plain")
    if lp.startswith(("/publishingimages/", "/_layouts/15/images/")):
        return resp(200, GIF, "image/gif")
    if lp.startswith(("/style library/", "/_layouts/15/") ) and lp.endswith((".css", ".js")):
        return resp(200, "/* */", "text/css" if lp.endswith(".css") else "application/javascript")
    if lp == "/_layouts/15/fpt.egov.portal/printnews.aspx":
        a = BY_ID.get(req.arg_int("NewsId", 0, ci=True))
        return print_news(req, a) if a else not_found(req)
    if lp == "/pages/default.aspx":
        return home(req)
    if lp == "/pages/tin-tuc.aspx":
        return tin_tuc(req)
    if lp == "/pages/chuyen-muc.aspx":
        return chuyen_muc(req)
    if lp == "/lists/lichcongtac/calendar.aspx":
        return calendar(req)
    if lp == "/pages/van-ban.aspx":
        return van_ban(req)
    if lp == "/pages/newsdetail.aspx":
        a = BY_ID.get(req.arg_int("NewsId", 0, ci=True))
        if a:
            cat = req.iargs.get("catid")
            if cat is None or cat == str(a["cat"]):
                return detail(req, a, req.path.rsplit("/", 1)[1])
    return not_found(req)


app = make_app(handle)


# ======================================================================= manifest
def _build_manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [
            LINK_NOCAT % a["id"],                                           # chain A (postback list) links
            LINK_LOWER % (a["id"], a["cat"]),                               # "Tin mới nhất": case variant
            a["path"] + SRC_SUFFIX,                                         # "Tin xem nhiều": SharePoint Source=
            a["path"] + "&returnUrl=" + quote(url_b(a["cat"], 1), safe=""),  # "Các tin khác": returnUrl=
            "/PAGES/NEWSDETAIL.ASPX?NEWSID=%d" % a["id"],                   # IIS is case-insensitive
            "/_layouts/15/FPT.eGov.Portal/PrintNews.aspx?NewsId=%d" % a["id"],   # print (robots-disallowed)
        ]}
    return {
        "family": "sharepoint-2016 (FPT eGov portal, ASP.NET web parts)",
        "start_urls": ["/", "/Pages/tin-tuc.aspx", "/Pages/chuyen-muc.aspx?CatID=17",
                       "/Pages/chuyen-muc.aspx?CatID=18", "/Pages/chuyen-muc.aspx?CatID=19",
                       "/Pages/chuyen-muc.aspx?CatID=20"],
        "articles": arts,
        "robots_disallowed": ["/_layouts/", "/_vti_bin/", "/_catalogs/"],
        "trap_prefixes": ["/Lists/LichCongTac/", "/Pages/van-ban.aspx?"],
        "notes": (
            "Chains: (A) /Pages/tin-tuc.aspx lists all articles, 15/page, paged ONLY by ASP.NET postbacks: "
            "javascript:__doPostBack('ctl00$ctl40$g_<guid>$ctl00$lnkNext','') / $lnkPrev / $rptPager$ctlNN$lnkPage "
            "inside form#aspnetForm; the POST (same URL) must carry the page's __VIEWSTATE and matching "
            "__EVENTVALIDATION (else HTTP 500 yellow screen); the pager shows a window of numbers; on the last page "
            "lnkNext is rendered disabled (no href). These links have no CatID. (B) /Pages/chuyen-muc.aspx?CatID=17..20, "
            "page N = ?PageNo=N&CatID=C, 10/page, Trang đầu « <±1 window with ... gaps> » Trang cuối; page-1 number link is "
            "?PageNo=1&CatID=C; PageNo past the end serves the last page again. URLs and parameter names are "
            "case-insensitive (IIS/.NET). Canonical on every page points at the home page (wrong); og:url echoes "
            "the request URL. Body text uses named entities for Latin-1 vowels; times in vi-VN 12h 'SA/CH'. "
            "Traps: /Lists/LichCongTac/calendar.aspx month calendar (◄ ► forever), /Pages/van-ban.aspx?Paged=TRUE&p_ID=.. "
            "list view paging forever plus sort links."
        ),
    }


MANIFEST = _build_manifest()

SELFTEST = [
    {"method": "POST", "path": "/Pages/tin-tuc.aspx", "status": 500,
     "body": urlencode([("__EVENTTARGET", WP + "$lnkNext"), ("__EVENTARGUMENT", ""),
                        ("__VIEWSTATE", vs_encode({"v": "tt", "p": 1, "s": [1, 2, 3]})),
                        ("__EVENTVALIDATION", "bogus")]).encode()},
    {"method": "POST", "path": "/Pages/tin-tuc.aspx", "status": 200, "contains": "Trang 2/",
     "body": urlencode([("__EVENTTARGET", WP + "$lnkNext"), ("__EVENTARGUMENT", ""),
                        ("__VIEWSTATE", vs_encode({"v": "tt", "p": 1, "s": [1, 2, 3]})),
                        ("__EVENTVALIDATION", ev_for(vs_encode({"v": "tt", "p": 1, "s": [1, 2, 3]})))]).encode()},
    {"method": "GET", "path": "/Pages/chuyen-muc.aspx?PageNo=99&CatID=17", "status": 200,
     "same_as": url_b(17, pages_of(in_cat(17), SIZE_B))},
    {"method": "GET", "path": "/pages/CHUYEN-MUC.aspx?catid=18&pageno=2", "status": 200,
     "same_as": url_b(18, 2)},
    {"method": "GET", "path": "/", "status": 302, "location": "/Pages/default.aspx"},
]

SUMMARY = {
    "chains": [
        "/Pages/tin-tuc.aspx: ASP.NET __doPostBack pager (lnkPrev / rptPager numbers window / lnkNext) with "
        "__VIEWSTATE + __EVENTVALIDATION round-trip, last page = disabled lnkNext without href",
        "/Pages/chuyen-muc.aspx?CatID=C -> ?PageNo=N&CatID=C: windowed numbers + Trang đầu/Trang cuối, "
        "past last = last page repeated",
    ],
    "alias_kinds": ["without CatID (postback list links)", "lower/upper-case path+params (IIS)",
                    "&Source= (SharePoint redirect-back)", "&returnUrl=", "print /_layouts/15/.../PrintNews.aspx"],
    "quirks": ["canonical -> home page (wrong)", "og:url echoes request", "entity-encoded body",
               "12h 'SA/CH' times", "bad __EVENTVALIDATION -> 500"],
}
