"""Replica site (set 11, D): Java EE portal, JSF 2.1 (Mojarra) Facelets on GlassFish 3.1 (Cổng TTĐT Đảng bộ tỉnh Bình
Tuy).  MAIN DIFFICULTY: content types.  The welcome page /index.html is text/html, but every Facelets view (section
listings and articles) is sent as `application/xhtml+xml;charset=UTF-8` (the template's <f:view contentType>), and the
pre-10/2024 archive exported from the old CMS is a tree of extension-less static files for which the server sends NO
Content-Type header at all (browsers sniff HTML).  A crawler that parses only `text/html` answers reaches the home
page's links and nothing further.
"""
# ==== KERNEL BEGIN (sites11 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 11 kernel: plumbing (Hoi = request, Dap = reply, lam_app = WSGI wrapper) and a seeded Vietnamese Party-news
# generator ("SoanTin").  No markup: every site writes its own templates.
# No clock: "now" is fixed to Thursday 16/01/2025 09:15 (UTC+7).
import datetime as _dt
import hashlib as _hl
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

HIEN_TAI = _dt.datetime(2025, 1, 16, 9, 15)
THU = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_CODE = {200: "OK", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
         405: "Method Not Allowed", 500: "Internal Server Error"}


def esc(s):
    return _html.escape(str(s), quote=True)


def khong_dau(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if not _ud.combining(c))


def slugify(s, cap=0):
    out = _re.sub(r"[^0-9a-z]+", "-", khong_dau(s).lower()).strip("-")
    if cap and len(out) > cap:
        out = out[:cap].rsplit("-", 1)[0]
    return out


def pctq(s, safe=""):
    """Percent-encode as UTF-8 with upper-case hex."""
    return _q(str(s), safe=safe)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def thu(d):
    return THU[d.weekday()]


class Hoi:
    """One request: method, path (decoded UTF-8), raw query, parsed args, host and origin."""

    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = env.get("PATH_INFO") or "/"
        self.path = raw.encode("latin-1", "replace").decode("utf-8", "replace") or "/"
        self.query = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.origin = "%s://%s" % (env.get("wsgi.url_scheme") or "http", self.host)
        self.pairs = _pqsl(self.query, keep_blank_values=True)
        self.args = {}
        for k, v in self.pairs:
            self.args.setdefault(k, v)

    def num(self, key, default=1, lo=1, hi=9999):
        v = self.args.get(key)
        if v is None:
            return default
        if not _re.fullmatch(r"\d{1,5}", v):
            return None
        v = int(v)
        return v if lo <= v <= hi else None

    def keys(self):
        return [k for k, _ in self.pairs]


class Dap:
    """A reply.  ctype=None sends no Content-Type header at all."""

    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=()):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else str(body).encode("utf-8")


def redirect(location, status=301):
    return Dap("", status, "text/html; charset=iso-8859-1", [("Location", location)])


def plain(text, status=200):
    return Dap(text, status, "text/plain; charset=utf-8")


def lam_app(handler, server=(), methods=("GET", "HEAD")):
    def app(environ, start_response):
        rq = Hoi(environ)
        if rq.method not in methods:
            out = Dap("Method Not Allowed", 405, "text/plain", [("Allow", ", ".join(methods))])
        else:
            try:
                out = handler(rq)
            except Exception:                           # authoring aid only
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Dap("Internal Server Error", 500, "text/plain")
        hdrs = list(server) + ([("Content-Type", out.ctype)] if out.ctype else []) + out.headers + \
            [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _CODE.get(out.status, "Unknown")), hdrs)
        return [b"" if rq.method == "HEAD" else out.body]
    return app


def pages_of(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)] or [[]]


# ---------------------------------------------------------------- seeded newsroom
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đinh", "Trịnh", "Lương", "Cao", "Lục", "Hà", "Tô", "Nông", "Thái", "La",
       "Khổng", "Mạc", "Triệu", "Giang", "Lã")
_LOT = ("Đức", "Ngọc", "Minh", "Quang", "Thanh", "Xuân", "Diệu", "Hữu", "Khắc", "Như", "Bích", "Đình")
_TEN = ("Chiến", "Diệp", "Giang", "Hiền", "Hoà", "Kiên", "Linh", "Lợi", "Luân", "Nhung", "Ninh", "Phúc", "Quyên", "Sang",
        "Thịnh", "Thuỷ", "Trung", "Tú", "Uyên", "Vinh", "Xuyến", "Yên", "Hưng", "Cúc")
_CHUC = ("Bí thư Tỉnh uỷ", "Phó Bí thư Thường trực Tỉnh uỷ", "Chủ tịch UBND tỉnh", "Trưởng Ban Tuyên giáo Tỉnh uỷ",
         "Trưởng Ban Tổ chức Tỉnh uỷ", "Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ", "Bí thư Huyện uỷ {H}",
         "Chủ tịch UBND huyện {H}", "Bí thư Đảng uỷ xã {X}", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
         "Chủ tịch Hội Cựu chiến binh tỉnh", "Bí thư Tỉnh đoàn")
_DONVI = ("Thường trực Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", "Ban Tuyên giáo Tỉnh uỷ", "Ban Tổ chức Tỉnh uỷ",
          "Uỷ ban Kiểm tra Tỉnh uỷ", "Ban Dân vận Tỉnh uỷ", "Đảng uỷ Khối các cơ quan tỉnh", "UBND tỉnh",
          "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh")
# theme key -> (label, phrases)
DE_TAI = {
    "cai-cach-hanh-chinh": ("Cải cách hành chính", ("cải cách thủ tục hành chính", "dịch vụ công trực tuyến toàn trình", "chỉ số hài lòng của người dân")),
    "kinh-te-tap-the": ("Kinh tế tập thể", ("phát triển hợp tác xã kiểu mới", "liên kết chuỗi giá trị nông sản", "tổ hợp tác sản xuất chè")),
    "phong-chong-thien-tai": ("Phòng, chống thiên tai", ("khắc phục hậu quả bão số 3", "di dời dân khỏi vùng sạt lở", "phương án ứng phó mưa lũ")),
    "bao-ve-rung": ("Bảo vệ rừng", ("giao khoán bảo vệ rừng", "phòng cháy, chữa cháy rừng", "trồng rừng gỗ lớn")),
    "dao-tao-nghe": ("Đào tạo nghề", ("đào tạo nghề cho lao động nông thôn", "giải quyết việc làm cho thanh niên", "xuất khẩu lao động")),
    "gia-dinh-van-hoa": ("Gia đình văn hoá", ("xây dựng gia đình văn hoá", "khu dân cư kiểu mẫu", "hương ước, quy ước thôn bản")),
    "cong-tac-can-bo": ("Công tác cán bộ", ("quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "luân chuyển cán bộ chủ chốt", "đánh giá, xếp loại cán bộ")),
    "sinh-hoat-chi-bo": ("Sinh hoạt chi bộ", ("nâng cao chất lượng sinh hoạt chi bộ", "sinh hoạt chuyên đề ở chi bộ", "tự phê bình và phê bình")),
    "dan-toc-ton-giao": ("Dân tộc, tôn giáo", ("chính sách đối với đồng bào dân tộc thiểu số", "vận động chức sắc tôn giáo", "người có uy tín trong đồng bào")),
    "y-te-co-so": ("Y tế cơ sở", ("nâng cao năng lực trạm y tế xã", "bảo hiểm y tế toàn dân", "tiêm chủng mở rộng")),
    "giao-duc": ("Giáo dục", ("kiên cố hoá trường lớp", "phổ cập giáo dục mầm non", "khuyến học, khuyến tài")),
    "an-ninh-trat-tu": ("An ninh trật tự", ("phong trào toàn dân bảo vệ an ninh Tổ quốc", "tổ an ninh trật tự ở cơ sở", "phòng, chống tội phạm ma tuý")),
}
_KHUON = {
    "xaydung": ["{dv} triển khai {v}", "Huyện uỷ {H} sơ kết {v}", "Chi bộ bản {X} đổi mới {v}", "Đảng uỷ xã {X} chú trọng {v}",
                "Trao tặng Huy hiệu {y} năm tuổi Đảng tại {H}", "Hội nghị Tỉnh uỷ lần thứ {n} bàn về {v}"],
    "chidao": ["{dv} kiểm tra {v} tại {H}", "Đồng chí {chuc} làm việc tại {H} về {v}", "{dv} ban hành {vb}",
               "Chỉ đạo tháo gỡ khó khăn trong {v}", "Tiếp xúc cử tri {H} về {v}"],
    "phattrien": ["{H} đẩy nhanh {v}", "Xã {X} về đích trong {v}", "{H}: {n} mô hình hiệu quả về {v}",
                  "Nông dân {X} hưởng lợi từ {v}", "{H} đạt {p}% chỉ tiêu năm 2024 về {v}"],
    "doisong": ["Chuyển biến từ {v} ở {X}", "Bản {X} sôi nổi {v}", "{dv} khen thưởng {n} tập thể về {v}",
                "Thêm {n} hộ ở {H} được hỗ trợ qua {v}", "Ấm lòng người dân {X} nhờ {v}"],
    "tulieu": ["Tư liệu: {v} ở {H} giai đoạn 1996 - 2000", "Nhìn lại {v} ở {H} những năm đầu tái lập",
               "Ký ức về {v} ở xã {X}", "Văn kiện: {vb} về {v}", "Tư liệu lịch sử Đảng bộ huyện {H}: {v}"],
}
_VB = ("Nghị quyết số {n}-NQ/TU", "Chỉ thị số {n}-CT/TU", "Kết luận số {n}-KL/TU", "Chương trình hành động số {n}-CTr/TU",
       "Quy định số {n}-QĐi/TU", "Thông báo số {n}-TB/TU")


class SoanTin:
    """`n` articles newest first, dated between `start` and HIEN_TAI.  sections: [(key, weight, style)], style in
    xaydung / chidao / phattrien / doisong / tulieu.  Each article: id, sec, title, date, theme, sapo, paras, caption,
    byline, views."""

    def __init__(self, seed, n, sections, province, districts, communes, start=_dt.datetime(2024, 8, 1, 7, 0),
                 first_id=3000, step=5, agency="TTĐT"):
        r = self.r = _rnd.Random(seed)
        self.province, self.districts, self.communes, self.agency = province, districts, communes, agency
        bag, self.style = [], {}
        for k, w, st in sections:
            bag += [k] * w
            self.style[k] = st
        themes = sorted(DE_TAI)
        span = (HIEN_TAI - _dt.timedelta(minutes=40) - start).total_seconds()
        used, items = set(), []
        for i in range(n):
            when = HIEN_TAI - _dt.timedelta(minutes=40, seconds=span * (i + r.uniform(0.05, 0.9)) / n)
            when = when.replace(hour=min(20, max(6, when.hour)), second=0, microsecond=0)
            if i % len(bag) == 0:
                r.shuffle(bag)
            k = bag[i % len(bag)]
            th = r.choice(themes)
            for _ in range(80):
                t = self._title(k, th)
                if t not in used and len(t) <= 140:
                    break
            used.add(t)
            items.append({"id": first_id + (n - i) * step + r.randrange(step), "sec": k, "title": t, "date": when,
                          "theme": th, "views": 40 + int(r.expovariate(1 / 500.0)) + r.randrange(30)})
        items.sort(key=lambda a: (a["date"], a["id"]), reverse=True)
        for a in items:
            self._body(a)
        self.items = items
        self.by_id = {a["id"]: a for a in items}

    def person(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_LOT), self.r.choice(_TEN))

    def post(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.districts), X=self.r.choice(self.communes))

    def doc(self):
        return self.r.choice(_VB).format(n=self.r.randint(3, 88))

    def _title(self, k, th):
        r = self.r
        t = r.choice(_KHUON[self.style.get(k, "chidao")]).format(
            dv=r.choice(_DONVI), H=r.choice(self.districts), X=r.choice(self.communes), v=r.choice(DE_TAI[th][1]),
            vb=self.doc(), n=r.randint(4, 47), y=r.choice((30, 40, 45, 50, 55, 60, 70, 75)), p=r.randint(85, 131),
            chuc=self.post())
        return t[0].upper() + t[1:]

    def _body(self, a):
        r = self.r
        d, v = a["date"], r.choice(DE_TAI[a["theme"]][1])
        H, X = r.choice(self.districts), r.choice(self.communes)
        p1, p2 = self.person(), self.person()
        a["sapo"] = "%s - %s %d/%d, tại %s, %s đã tổ chức hội nghị bàn giải pháp về %s trên địa bàn tỉnh %s." % (
            self.agency, r.choice(("Sáng", "Chiều", "Ngày")), d.day, d.month, H, r.choice(_DONVI), v, self.province)
        a["paras"] = [
            "Dự và chỉ đạo hội nghị có đồng chí %s, %s; đồng chí %s, %s; cùng %d đại biểu đại diện các chi bộ, "
            "đoàn thể và bà con tiêu biểu của xã %s." % (p1, self.post(), p2, self.post(), r.randint(28, 360), X),
            "Báo cáo cho biết, năm 2024 huyện %s đã cụ thể hoá %s bằng %d kế hoạch, %d đề án; huy động %s triệu đồng "
            "cho %s; %d/%d tổ chức cơ sở đảng đạt trong sạch, vững mạnh, tỷ lệ %d,%d%%." % (
                H, self.doc(), r.randint(3, 41), r.randint(1, 12), "{:,}".format(r.randint(250, 87000)).replace(",", "."),
                v, r.randint(30, 140), r.randint(141, 210), r.randint(68, 98), r.randint(0, 9)),
            "Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra hạn chế: nhận thức của một bộ phận cán bộ về %s "
            "chưa đầy đủ, nguồn lực đầu tư cho %d xã đặc biệt khó khăn còn thấp, sự phối hợp giữa các ngành ở %s có "
            "lúc chưa chặt chẽ." % (v, r.randint(3, 22), r.choice(self.districts)),
            "Kết luận hội nghị, đồng chí %s đề nghị cấp uỷ các cấp bám sát %s, phát huy vai trò nêu gương của người "
            "đứng đầu, phấn đấu hoàn thành %d chỉ tiêu chủ yếu trước ngày %d/%d/2025." % (
                p1, self.doc(), r.randint(5, 18), r.randint(1, 28), r.randint(2, 9)),
        ]
        if r.random() < 0.45:
            a["paras"].append("Nhân dịp này, %s trao bằng khen cho %d tập thể và %d cá nhân có thành tích xuất sắc trong %s." % (
                r.choice(_DONVI), r.randint(2, 19), r.randint(3, 33), v))
        a["caption"] = "Đồng chí %s phát biểu chỉ đạo hội nghị." % p1
        a["byline"] = r.choice(("Tin, ảnh: %s", "%s", "Bài, ảnh: %s", "%s (Trung tâm VH-TT huyện " + H + ")")) % (
            r.choice(_HO) + " " + r.choice(_TEN))
# ==== KERNEL END ====
import datetime as _dt2

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Bình Tuy"
SECTIONS = [(1, "Tin tức - Sự kiện", 5, "chidao"), (2, "Xây dựng Đảng", 4, "xaydung"), (3, "Kinh tế - Xã hội", 4, "phattrien"),
            (4, "Mặt trận - Đoàn thể", 3, "doisong"), (5, "Văn bản chỉ đạo", 2, "chidao")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
NEWS = SoanTin(11004, 97, [(k, w, st) for k, _, w, st in SECTIONS], "Bình Tuy",
               ["Hàm Tân", "Tánh Linh", "Đức Linh", "La Gi", "Hoài Đức", "Phú Quý"],
               ["Tân Nghĩa", "Sơn Mỹ", "Gia An", "Đức Tài", "Tân Hải", "Bắc Ruộng", "Măng Tố", "Tam Thanh"],
               first_id=50000, step=5, agency="BTO")
ARTS = NEWS.items
MIGRATED = _dt2.datetime(2024, 10, 1)          # older items live only in the static archive of the old CMS
for _a in ARTS:
    _a["old"] = _a["date"] < MIGRATED
    if _a["old"]:
        _a["path"] = "/luutru/%d/%02d/%s" % (_a["date"].year, _a["date"].month, slugify(_a["title"], 70))
    else:
        _a["path"] = "/tintuc/baiviet.xhtml?id=%d" % _a["id"]
NEW = [a for a in ARTS if not a["old"]]
OLD = [a for a in ARTS if a["old"]]
BY_SEC = {k: [a for a in NEW if a["sec"] == k] for k in SEC_NAME}
BY_ID = {a["id"]: a for a in NEW}
OLD_BY_PATH = {a["path"]: a for a in OLD}
MONTHS = sorted({(a["date"].year, a["date"].month) for a in OLD}, reverse=True)
PER_PAGE = 6
XHTML = "application/xhtml+xml;charset=UTF-8"
ROBOTS = ("User-agent: *\nDisallow: /faces/\nDisallow: /javax.faces.resource/\nDisallow: /quantri/\n"
          "Disallow: /tintuc/timkiem.xhtml\n")


def view(rq, title, main, canonical=None, status=200):
    """Facelets template: XHTML 1.0 Strict, XML prolog, application/xhtml+xml."""
    menu = "".join('<li><a href="/tintuc/chuyenmuc.xhtml?ma=%d">%s</a></li>' % (k, esc(n)) for k, n, _, _ in SECTIONS)
    side = '<div class="ui-widget-header">Tin mới cập nhật</div><ul class="tinmoi">%s</ul>' % "".join(
        '<li><a href="/tintuc/baiviet.xhtml?id=%d">%s</a></li>' % (a["id"], esc(a["title"])) for a in NEW[6:12])
    side += '<div class="ui-widget-header">Lịch công tác</div><p><a href="/tintuc/lichcongtac.xhtml?tuan=3&amp;nam=2025">Lịch công tác tuần này</a></p>'
    can = '<link rel="canonical" href="%s%s" />' % (rq.origin, esc(canonical)) if canonical else ""
    page = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi"><head id="j_idt2">
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
<title>%s</title>%s
<link type="text/css" rel="stylesheet" href="/javax.faces.resource/theme.css.xhtml?ln=primefaces-redmond" />
<link type="text/css" rel="stylesheet" href="/javax.faces.resource/css/portal.css.xhtml" />
<script type="text/javascript" src="/javax.faces.resource/jsf.js.xhtml?ln=javax.faces"></script>
</head><body>
<div id="khung">
<div id="dau"><a href="/index.html"><img src="/resources/images/banner.jpg" alt="%s" width="1000" height="140" /></a></div>
<div id="menu"><ul><li><a href="/index.html">Trang chủ</a></li>%s<li><a href="/luutru/danh-sach">Lưu trữ</a></li></ul></div>
<div id="giua"><div id="j_idt14" class="noi-dung">%s</div><div id="j_idt31" class="cot-phai">%s
<form action="/tintuc/timkiem.xhtml" method="get"><div><input type="text" name="tu" value="" /><input type="submit" value="Tìm kiếm" /></div></form></div></div>
<div id="cuoi">&#169; %s &#183; Giấy phép số 08/GP-STTTT &#183; Phát triển trên nền Java EE</div>
</div>
<script type="text/javascript">//<![CDATA[
if (window.jsf) { jsf.ajax.addOnError(function (d) { window.console && console.log(d.description); }); }
//]]></script>
</body></html>""" % (esc(title), can, esc(SITE), menu, main, side, esc(SITE))
    return Dap(page, status, XHTML)


def home(rq):
    """/index.html: the static welcome file (text/html)."""
    top = "".join('<li><a href="/tintuc/baiviet.xhtml?id=%d">%s</a><span class="ngay">%s</span></li>' % (a["id"], esc(a["title"]), dmy(a["date"])) for a in NEW[:6])
    boxes = "".join('<div class="hop"><h2><a href="/tintuc/chuyenmuc.xhtml?ma=%d">%s</a></h2><ul>%s</ul></div>' % (
        k, esc(n), "".join('<li><a href="/tintuc/baiviet.xhtml?id=%d">%s</a></li>' % (a["id"], esc(a["title"])) for a in BY_SEC[k][:2])) for k, n, _, _ in SECTIONS)
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="canonical" href="%s/">
<link rel="stylesheet" href="/resources/css/trangchu.css">
</head>
<body>
<div id="khung">
<header><img src="/resources/images/banner.jpg" alt="%s" width="1000" height="140"></header>
<nav><a href="/index.html">Trang chủ</a> %s <a href="/luutru/danh-sach">Lưu trữ (trước 10/2024)</a></nav>
<section class="tin-moi"><h1>Tin mới</h1><ul>%s</ul></section>
%s
<footer>&copy; %s</footer>
</div>
</body>
</html>""" % (esc(SITE), rq.origin, esc(SITE),
              " ".join('<a href="/tintuc/chuyenmuc.xhtml?ma=%d">%s</a>' % (k, esc(n)) for k, n, _, _ in SECTIONS),
              top, boxes, esc(SITE))
    return Dap(page, 200, "text/html")


def section(rq, k):
    page = rq.num("trang")
    chunks = pages_of(BY_SEC[k], PER_PAGE)
    if page is None or page > len(chunks):
        return view(rq, SEC_NAME[k], '<div class="ui-messages-info">Không có dữ liệu.</div>')
    rows = "".join('<tr class="ui-datatable-%s"><td><a href="/tintuc/baiviet.xhtml?id=%d">%s</a><br /><span class="tom-tat">%s</span></td><td class="ngay">%s</td></tr>' % (
        "even" if i % 2 else "odd", a["id"], esc(a["title"]), esc(a["sapo"]), dmy(a["date"])) for i, a in enumerate(chunks[page - 1]))
    pager = " ".join('<span class="ui-state-active">%d</span>' % n if n == page else
                     '<a href="/tintuc/chuyenmuc.xhtml?ma=%d&amp;trang=%d" class="ui-paginator-page">%d</a>' % (k, n, n)
                     for n in range(1, len(chunks) + 1))
    main = '<h1 class="tieu-de-muc">%s</h1><div id="j_idt16:dsTin" class="ui-datatable"><table><tbody>%s</tbody></table><div class="ui-paginator">Trang: %s</div></div>' % (
        esc(SEC_NAME[k]), rows, pager)
    return view(rq, "%s - Trang %d" % (SEC_NAME[k], page), main,
                canonical="/tintuc/chuyenmuc.xhtml?ma=%d" % k + ("&trang=%d" % page if page > 1 else ""))


def article_body(a):
    paras = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    return '<h1 class="tieu-de">%s</h1><div class="ngay-dang">%s, %s %s</div><p class="sapo"><strong>%s</strong></p><div class="anh"><img src="/resources/anh/%d.jpg" alt="" width="520" /><p class="chu-thich"><em>%s</em></p></div>%s<p class="tac-gia" style="text-align:right"><strong>%s</strong></p>' % (
        esc(a["title"]), thu(a["date"]), dmy(a["date"]), hm(a["date"]), esc(a["sapo"]), a["id"], esc(a["caption"]), paras, esc(a["byline"]))


def article(rq, a):
    same = [b for b in BY_SEC[a["sec"]] if b is not a][:4]
    rel = '<div class="tin-khac"><h3>Các tin khác</h3><ul>%s</ul></div>' % "".join(
        '<li><a href="/tintuc/baiviet.xhtml?id=%d">%s</a> (%s)</li>' % (b["id"], esc(b["title"]), dmy(b["date"])) for b in same)
    return view(rq, a["title"], '<div class="bai-viet">%s</div>%s' % (article_body(a), rel), canonical=a["path"])


def static_page(title, body):
    """Old CMS export: extension-less files, served without any Content-Type."""
    page = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<link rel="stylesheet" href="/luutru/style.css">
</head>
<body bgcolor="#ffffff">
<table width="900" align="center" cellpadding="5"><tr><td><a href="/index.html">&laquo; Cổng thông tin mới</a> | <a href="/luutru/danh-sach">Lưu trữ</a></td></tr>
<tr><td>%s</td></tr>
<tr><td><font size="1">Dữ liệu lưu trữ từ website cũ (2005 - 09/2024). Trung tâm Tin học Tỉnh uỷ.</font></td></tr></table>
</body>
</html>""" % (esc(title), body)
    return Dap(page, 200, None)


def archive_index(rq):
    body = "<h2>LƯU TRỮ TIN BÀI</h2><ul>%s</ul>" % "".join(
        '<li><a href="/luutru/%d/%02d/danh-sach">Tháng %d/%d</a> (%d bài)</li>' % (y, m, m, y, len([a for a in OLD if (a["date"].year, a["date"].month) == (y, m)]))
        for y, m in MONTHS)
    return static_page("Lưu trữ tin bài", body)


def archive_month(rq, y, m):
    items = [a for a in OLD if (a["date"].year, a["date"].month) == (y, m)]
    body = "<h2>TIN BÀI THÁNG %d/%d</h2><table>%s</table>" % (m, y, "".join(
        '<tr><td>%s</td><td><a href="%s">%s</a></td></tr>' % (dmy(a["date"]), a["path"].rsplit("/", 1)[1], esc(a["title"])) for a in items))
    return static_page("Lưu trữ tháng %d/%d" % (m, y), body)


def calendar(rq):
    t = rq.num("tuan", 3, 1, 53)
    n = rq.num("nam", 2025, 1900, 2100)
    if t is None or n is None:
        return view(rq, "Lịch công tác", "<p>Tham số không hợp lệ.</p>", status=400)
    pt, pn = (t - 1, n) if t > 1 else (52, n - 1)
    nt, nn = (t + 1, n) if t < 52 else (1, n + 1)
    main = '<h1 class="tieu-de-muc">Lịch công tác tuần %d năm %d</h1><p>Thường trực Tỉnh uỷ làm việc theo chương trình.</p><p><a href="/tintuc/lichcongtac.xhtml?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/tintuc/lichcongtac.xhtml?tuan=%d&amp;nam=%d">Tuần sau »</a></p>' % (t, n, pt, pn, nt, nn)
    return view(rq, "Lịch công tác", main)


def not_found(rq):
    return Dap('<!DOCTYPE html><html><head><title>GlassFish Server Open Source Edition 3.1.2 - Error report</title></head><body><h1>HTTP Status 404 - </h1><hr/><p><b>type</b> Status report</p><p><b>message</b></p><p><b>description</b>The requested resource () is not available.</p><hr/><h3>GlassFish Server Open Source Edition 3.1.2</h3></body></html>', 404, "text/html")


def handle(rq):
    p = rq.path
    if p == "/robots.txt":
        return Dap(ROBOTS, 200, "text/plain")
    if p in ("/", "/index.html"):
        return home(rq)
    if p.startswith("/faces/"):                        # FacesServlet prefix mapping: same views
        p = p[len("/faces"):]
        if not p.endswith(".xhtml"):
            return not_found(rq)
    if p == "/tintuc/chuyenmuc.xhtml":
        k = rq.num("ma", None, 1, 99)
        return section(rq, k) if k in SEC_NAME else view(rq, "Lỗi", '<div class="ui-messages-error">Chuyên mục không tồn tại.</div>')
    if p == "/tintuc/baiviet.xhtml":
        i = rq.num("id", None, 1, 10 ** 6)
        if i in BY_ID:
            return article(rq, BY_ID[i])
        return view(rq, "Lỗi", '<div class="ui-messages-error">Bài viết không tồn tại.</div>')
    if p == "/tintuc/lichcongtac.xhtml":
        return calendar(rq)
    if p == "/luutru/danh-sach":
        return archive_index(rq)
    m = _re.fullmatch(r"/luutru/(\d{4})/(\d{2})/danh-sach", p)
    if m and (int(m.group(1)), int(m.group(2))) in MONTHS:
        return archive_month(rq, int(m.group(1)), int(m.group(2)))
    if p in OLD_BY_PATH:
        a = OLD_BY_PATH[p]
        return static_page(a["title"], '<div class="tin">%s</div>' % article_body(a))
    return not_found(rq)


app = lam_app(handle, [("Server", "GlassFish Server Open Source Edition  3.1.2"),
                       ("X-Powered-By", "Servlet/3.0 JSP/2.2 (GlassFish Server Open Source Edition  3.1.2 Java/Oracle Corporation/1.7)")])


# ---------------------------------------------------------------- manifest
_HOME = {a["path"] for a in NEW[:6]} | {a["path"] for k in SEC_NAME for a in BY_SEC[k][:2]}
SNIFF_ONLY = [a["path"] for a in ARTS if a["path"] not in _HOME]
_k = 1
_n = len(pages_of(BY_SEC[_k], PER_PAGE))
MANIFEST = {
    "family": "JSF 2.1 (Mojarra) Facelets on GlassFish 3.1 (Đảng bộ tỉnh Bình Tuy): views served as application/xhtml+xml, "
              "the old-CMS archive as extension-less files with no Content-Type",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": [] if a["old"] else ["/faces" + a["path"]]} for a in ARTS},
    "robots_disallowed": ["/faces/", "/javax.faces.resource/", "/quantri/", "/tintuc/timkiem.xhtml"],
    "trap_prefixes": ["/tintuc/lichcongtac.xhtml"],
    "only_via": {"mime-sniff": SNIFF_ONLY},
    "notes": (
        "Articles /tintuc/baiviet.xhtml?id=<id> (from 10/2024) and /luutru/YYYY/MM/<slug> (older, static export). Home "
        "/ = /index.html (text/html): 'Tin mới' 6, 2 per section, menu, 'Lưu trữ (trước 10/2024)'. Sections "
        "/tintuc/chuyenmuc.xhtml?ma=<n>&trang=N (%d a page, 'Trang: 1 2 3'; past the end 200 'Không có dữ liệu'). MAIN "
        "DIFFICULTY: every Facelets view (sections, articles, calendar) answers `Content-Type: application/xhtml+xml;"
        "charset=UTF-8` (XHTML 1.0 Strict with an XML prolog), and the archive /luutru/danh-sach -> /luutru/YYYY/MM/danh-sach "
        "-> /luutru/YYYY/MM/<slug> (relative links) is a tree of extension-less files served with NO Content-Type header "
        "(WHATWG MIME sniffing: HTML). A crawler that parses only text/html pages fetches the home page's links and stops: "
        "%d articles are reachable only by parsing XHTML / unlabeled pages (only_via mime-sniff), and the %d archive "
        "articles themselves carry no Content-Type. Sidebar 'Tin mới cập nhật' (the 7th-12th newest) and 'Các tin khác' "
        "(4 newest of the section) on views. Alias: FacesServlet prefix mapping /faces/tintuc/baiviet.xhtml?id=<id> (200, "
        "canonical, robots-disallowed). Trap: 'Lịch công tác' /tintuc/lichcongtac.xhtml?tuan=&nam= « » weeks forever. "
        "Search /tintuc/timkiem.xhtml (GET form) robots-disallowed. No sitemap, no feeds." % (
            PER_PAGE, len(SNIFF_ONLY), len(OLD))),
}
SELFTEST = [
    {"path": "/", "status": 200, "ctype": "text/html"},
    {"path": "/tintuc/chuyenmuc.xhtml?ma=%d&trang=%d" % (_k, _n), "status": 200, "ctype": XHTML, "contains": BY_SEC[_k][-1]["title"]},
    {"path": "/tintuc/chuyenmuc.xhtml?ma=%d&trang=%d" % (_k, _n + 1), "status": 200, "contains": "Không có dữ liệu"},
    {"path": NEW[0]["path"], "status": 200, "ctype": XHTML},
    {"path": "/luutru/danh-sach", "status": 200, "ctype": None},
    {"path": OLD[0]["path"], "status": 200, "ctype": None, "contains": OLD[0]["title"]},
    {"path": "/tintuc/baiviet.xhtml?id=1", "status": 200, "contains": "Bài viết không tồn tại"},
    {"path": "/luutru/2024/08/khong-co", "status": 404},
]
SUMMARY = {
    "chains": ["/ (text/html) -> /tintuc/chuyenmuc.xhtml?ma=<n> (application/xhtml+xml) -> &trang=N -> baiviet.xhtml?id=",
               "/ -> /luutru/danh-sach (no Content-Type) -> /luutru/YYYY/MM/danh-sach -> /luutru/YYYY/MM/<slug>"],
    "alias_kinds": ["FacesServlet prefix mapping /faces/… (200, robots-disallowed)"],
    "quirks": ["application/xhtml+xml for every JSF view", "no Content-Type header for the static archive",
               "XML prolog, XHTML 1.0 Strict, numeric entities only", "JSF ids j_idtNN, /javax.faces.resource/",
               "week-calendar trap", "article URLs differ in kind before / after the migration"],
}
