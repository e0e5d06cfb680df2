"""Replica site (set 11, A): Yii 2 (advanced template, Bootstrap 3) portal of a local vendor (Cổng TTĐT Đảng bộ tỉnh
Long Khánh).  MAIN DIFFICULTY: robots.txt must be read by RFC 9309 rules.  Its first `User-agent: *` group disallows
every URL with a query string (`Disallow: /*?`) and the old-CMS folder `/tu-lieu/` (then re-allows the two sub-folders
that hold the migrated documents); a second `User-agent: *` group, appended at the end of the file by the SEO module,
re-allows the section pager (`Allow: /chuyen-muc/*?trang=`).  Longest match + merged groups: everything needed is
allowed.  urllib.robotparser-style reading (first group only / first matching rule wins) loses the pager pages and
the 'Tư liệu' section; a reader without wildcards walks into the robots-disallowed sort links.
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

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Long Khánh"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 5, "xaydung"), ("chi-dao-dieu-hanh", "Chỉ đạo - Điều hành", 3, "chidao"),
            ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 4, "phattrien"), ("dan-van", "Dân vận", 2, "doisong"),
            ("co-so-dang", "Cơ sở Đảng", 3, "xaydung"), ("tu-lieu", "Tư liệu", 2, "tulieu")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
TU_LIEU_CATS = [("lich-su-dang-bo", "Lịch sử Đảng bộ"), ("van-kien", "Văn kiện")]
NEWS = SoanTin(11001, 100, [(k, w, st) for k, _, w, st in SECTIONS], "Long Khánh",
               ["Xuân Lộc", "Định Quán", "Tân Phú", "Thống Nhất", "Cẩm Mỹ", "Long Thành"],
               ["Suối Cát", "Bảo Hoà", "Gia Canh", "Phú Vinh", "Xuân Đường", "Bàu Hàm", "Sông Nhạn", "Lang Minh"],
               first_id=21000, step=3, agency="LKO")
ARTS = NEWS.items
for _a in ARTS:
    _s = slugify(_a["title"], 90)
    if _a["sec"] == "tu-lieu":
        _a["cat"] = TU_LIEU_CATS[_a["id"] % 2][0]
        _a["path"] = "/tu-lieu/bai-viet/%s-%d.html" % (_s, _a["id"])
    else:
        _a["path"] = "/tin-tuc/%s-%d.html" % (_s, _a["id"])
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
BY_ID = NEWS.by_id
PER_PAGE = 8
NEWS_ARTS = [a for a in ARTS if a["sec"] != "tu-lieu"]
HOT = sorted(NEWS_ARTS, key=lambda a: -a["views"])[:6]
SORTS = [("moi-nhat", "Mới nhất"), ("cu-nhat", "Cũ nhất"), ("xem-nhieu", "Xem nhiều")]

ROBOTS = """# robots.txt - Cong thong tin dien tu Dang bo tinh Long Khanh
# Cap nhat: 03/2021 (Trung tam CNTT)

User-agent: *
Disallow: /admin/
Disallow: /backend/
Disallow: /in-bai/
Disallow: /tim-kiem
Disallow: /*?
Disallow: /tu-lieu/
Allow: /tu-lieu/bai-viet/
Allow: /tu-lieu/danh-muc/
Crawl-delay: 5

User-agent: Googlebot-Image
Disallow: /uploads/files/

User-agent: MJ12bot
User-agent: AhrefsBot
User-agent: SemrushBot
Disallow: /

# Bo sung 11/2023 (module SEO): cho phep phan trang chuyen muc, chan sap xep
User-agent: *
Allow: /chuyen-muc/*?trang=
Disallow: /*sapxep=
"""


def layout(rq, title, main, canonical=None, crumbs=(), status=200, active=""):
    o = rq.origin
    nav = "".join('<li%s><a href="/chuyen-muc/%s">%s</a></li>' % (' class="active"' if k == active else "", k, esc(n))
                  for k, n, _, _ in SECTIONS if k != "tu-lieu")
    nav += '<li%s><a href="/tu-lieu/">Tư liệu</a></li>' % (' class="active"' if active == "tu-lieu" else "")
    crumb = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in crumbs[:-1])
    if crumbs:
        crumb = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>%s<li class="active">%s</li></ul>' % (crumb, esc(crumbs[-1][1]))
    side = '<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Tin mới</h3></div><ul class="list-group">%s</ul></div>' % \
        "".join('<li class="list-group-item"><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in NEWS_ARTS[:8])
    side += '<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Xem nhiều</h3></div><ul class="list-group">%s</ul></div>' % \
        "".join('<li class="list-group-item"><a href="%s">%s</a> <span class="badge">%d</span></li>' % (a["path"], esc(a["title"]), a["views"]) for a in HOT)
    side += '<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Lịch công tác</h3></div><div class="panel-body"><a href="/lich-cong-tac/2025/tuan-03">Lịch công tác tuần 03/2025</a></div></div>'
    can = '<link href="%s%s" rel="canonical">' % (o, canonical) if canonical else ""
    page = """<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="%(tok)s">
<title>%(title)s</title>
%(can)s
<link href="/assets/8f2a61c3/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css?v=1616141232" rel="stylesheet"></head>
<body>
<div class="wrap">
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button><a class="navbar-brand" href="/">%(site)s</a></div><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav navbar-right nav">%(nav)s</ul></div></div></nav>
<div class="container">
%(crumb)s
<div class="row"><div class="col-md-8 site-main">%(main)s</div><aside class="col-md-4">%(side)s
<form id="w9" class="form-inline" action="/tim-kiem" method="get"><input type="text" class="form-control" name="q" placeholder="Tìm kiếm..."> <button type="submit" class="btn btn-default">Tìm</button></form></aside></div>
</div>
</div>
<footer class="footer"><div class="container"><p class="pull-left">&copy; %(site)s. Giấy phép số 12/GP-TTĐT ngày 04/03/2019.</p><p class="pull-right">Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></div></footer>
<script src="/assets/3c1a5a14/jquery.js"></script>
<script src="/assets/7d4e2b90/yii.js"></script>
<script src="/assets/8f2a61c3/js/bootstrap.js"></script>
</body>
</html>""" % {"tok": slugify(title)[:20] + "Zk9vL1hxQw==", "title": esc(title), "can": can, "site": esc(SITE), "nav": nav,
             "crumb": crumb, "main": main, "side": side}
    return Dap(page, status, "text/html; charset=UTF-8")


def item(a):
    return ('<div class="item" data-key="%d"><div class="media"><div class="media-left"><a href="%s"><img class="media-object" src="/uploads/thumbs/%d.jpg" alt="" width="160"></a></div>'
            '<div class="media-body"><h4 class="media-heading"><a href="%s">%s</a></h4><p class="text-muted small"><span class="glyphicon glyphicon-time"></span> %s %s</p><p>%s</p></div></div></div>') % (
        a["id"], a["path"], a["id"], a["path"], esc(a["title"]), hm(a["date"]), dmy(a["date"]), esc(a["sapo"]))


def link_pager(base, page, pages, sort=None):
    """yii\\widgets\\LinkPager: pageParam 'trang', forcePageParam; sorted views put sapxep= first."""
    def url(n):
        return "%s?%strang=%d" % (base, "sapxep=%s&" % sort if sort else "", n)
    out = ['<ul class="pagination">']
    out.append('<li class="prev disabled"><span>&laquo;</span></li>' if page == 1 else '<li class="prev"><a href="%s" data-page="%d">&laquo;</a></li>' % (url(page - 1), page - 2))
    lo = max(1, min(page - 4, pages - 9))
    for n in range(lo, min(pages, lo + 9) + 1):
        out.append('<li%s><a href="%s" data-page="%d">%d</a></li>' % (' class="active"' if n == page else "", url(n), n - 1, n))
    more = page < pages or sort           # sorted views: 'next' never disappears (bug)
    out.append('<li class="next"><a href="%s" data-page="%d">&raquo;</a></li>' % (url(page + 1), page) if more else '<li class="next disabled"><span>&raquo;</span></li>')
    return "".join(out) + "</ul>"


def home(rq):
    top = NEWS_ARTS[:5]
    main = ['<div class="jumbotron-tin"><h2 class="section-title">Tin nổi bật</h2>']
    main.append('<div class="row"><div class="col-sm-7"><a href="%s"><img class="img-responsive" src="/uploads/%d.jpg" alt=""></a><h3><a href="%s">%s</a></h3><p>%s</p></div><div class="col-sm-5"><ul class="list-unstyled">%s</ul></div></div></div>' % (
        top[0]["path"], top[0]["id"], top[0]["path"], esc(top[0]["title"]), esc(top[0]["sapo"]),
        "".join('<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in top[1:])))
    for k, n, _, _ in SECTIONS:
        if k == "tu-lieu":
            main.append('<div class="box-home"><h2 class="section-title"><a href="/tu-lieu/">Tư liệu - Văn kiện</a></h2><ul>%s</ul></div>' % "".join(
                '<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in BY_SEC[k][:3]))
            continue
        main.append('<div class="box-home"><h2 class="section-title"><a href="/chuyen-muc/%s">%s</a></h2><ul>%s</ul></div>' % (
            k, esc(n), "".join('<li><a href="%s">%s</a> <small class="text-muted">(%s)</small></li>' % (a["path"], esc(a["title"]), dmy(a["date"])) for a in BY_SEC[k][:4])))
    return layout(rq, SITE, "".join(main), canonical="/")


def section(rq, k):
    page = rq.num("trang")
    sort = rq.args.get("sapxep")
    if page is None or (sort is not None and sort not in dict(SORTS)):
        return Dap(layout(rq, "Bad Request (#400)", '<div class="site-error"><h1>Bad Request (#400)</h1><div class="alert alert-danger">Tham số không hợp lệ.</div></div>').body, 400)
    items = BY_SEC[k]
    if sort == "cu-nhat":
        items = items[::-1]
    elif sort == "xem-nhieu":
        items = sorted(items, key=lambda a: -a["views"])
    chunks = pages_of(items, PER_PAGE)
    base = "/chuyen-muc/%s" % k
    if page > len(chunks):
        body = '<div class="empty">Không tìm thấy kết quả nào.</div>'
        total = ""
    else:
        body = "".join(item(a) for a in chunks[page - 1])
        total = '<div class="summary">Hiển thị <b>%d-%d</b> trong <b>%d</b> bài.</div>' % (
            (page - 1) * PER_PAGE + 1, (page - 1) * PER_PAGE + len(chunks[page - 1]), len(items))
    sorts = " | ".join('<a href="%s?sapxep=%s&amp;trang=%d"%s>%s</a>' % (base, s, page, ' class="active"' if s == sort else "", n) for s, n in SORTS)
    main = '<h1 class="section-title">%s</h1><p class="sort-links small">Sắp xếp: %s</p><div id="w2" class="list-view">%s%s%s</div>' % (
        esc(SEC_NAME[k]), sorts, total, body, link_pager(base, page, len(chunks), sort))
    return layout(rq, "%s - Trang %d" % (SEC_NAME[k], page), main, canonical=base if page == 1 and not sort else None,
                  crumbs=[(base, SEC_NAME[k])], active=k)


def tu_lieu(rq, cat=None):
    if cat is None:
        main = '<h1 class="section-title">Tư liệu - Văn kiện</h1><ul class="list-unstyled tu-lieu">%s</ul>' % "".join(
            '<li><span class="glyphicon glyphicon-folder-open"></span> <a href="/tu-lieu/danh-muc/%s">%s</a> (%d)</li>' % (
                c, esc(n), len([a for a in BY_SEC["tu-lieu"] if a["cat"] == c])) for c, n in TU_LIEU_CATS)
        main += '<p class="small">Tệp đính kèm cũ: <a href="/tu-lieu/tep/">/tu-lieu/tep/</a></p>'
        return layout(rq, "Tư liệu - Văn kiện", main, canonical="/tu-lieu/", crumbs=[("/tu-lieu/", "Tư liệu")], active="tu-lieu")
    name = dict(TU_LIEU_CATS)[cat]
    rows = "".join('<tr><td>%s</td><td><a href="%s">%s</a></td></tr>' % (dmy(a["date"]), a["path"], esc(a["title"]))
                   for a in BY_SEC["tu-lieu"] if a["cat"] == cat)
    main = '<h1 class="section-title">%s</h1><div id="w3" class="grid-view"><table class="table table-striped table-bordered"><thead><tr><th>Ngày</th><th>Tiêu đề</th></tr></thead><tbody>%s</tbody></table></div>' % (esc(name), rows)
    return layout(rq, name, main, canonical="/tu-lieu/danh-muc/%s" % cat,
                  crumbs=[("/tu-lieu/", "Tư liệu"), ("/tu-lieu/danh-muc/%s" % cat, name)], active="tu-lieu")


def article(rq, a, printing=False):
    paras = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    figure = '<table class="image" align="center"><tr><td><img src="/uploads/news/%s/%d.jpg" alt="%s"></td></tr><tr><td class="image_desc">%s</td></tr></table>' % (
        a["date"].strftime("%Y_%m"), a["id"], esc(a["caption"]), esc(a["caption"]))
    body = '<article class="news-view"><h1 class="news-title">%s</h1><p class="news-meta">%s, %s %s | Lượt xem: %d</p><p class="sapo"><strong>%s</strong></p>%s<div class="news-content">%s</div><p class="text-right"><strong>%s</strong></p></article>' % (
        esc(a["title"]), thu(a["date"]), dmy(a["date"]), hm(a["date"]), a["views"], esc(a["sapo"]), figure, paras, esc(a["byline"]))
    if printing:
        page = '<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><title>%s</title><link href="%s%s" rel="canonical"></head><body onload="window.print()">%s</body></html>' % (
            esc(a["title"]), rq.origin, a["path"], body)
        return Dap(page, 200, "text/html; charset=UTF-8")
    tools = '<p class="news-tools"><a href="/in-bai/%d" target="_blank"><span class="glyphicon glyphicon-print"></span> In bài</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Chia sẻ</a></p>' % (
        a["id"], pctq(rq.origin + a["path"]))
    same = [b for b in BY_SEC[a["sec"]] if b is not a][:5]
    rel = '<div class="panel panel-default related"><div class="panel-heading">Tin cùng chuyên mục</div><ul class="list-group">%s</ul></div>' % "".join(
        '<li class="list-group-item"><a href="%s">%s</a> <small>(%s)</small></li>' % (b["path"], esc(b["title"]), dmy(b["date"])) for b in same)
    if a["sec"] == "tu-lieu":
        crumbs = [("/tu-lieu/", "Tư liệu"), ("/tu-lieu/danh-muc/%s" % a["cat"], dict(TU_LIEU_CATS)[a["cat"]]), (a["path"], a["title"])]
    else:
        crumbs = [("/chuyen-muc/%s" % a["sec"], SEC_NAME[a["sec"]]), (a["path"], a["title"])]
    return layout(rq, a["title"], body + tools + rel, canonical=a["path"], crumbs=crumbs, active=a["sec"])


def calendar(rq, year, week):
    prev_w, prev_y = (week - 1, year) if week > 1 else (52, year - 1)
    next_w, next_y = (week + 1, year) if week < 52 else (1, year + 1)
    main = '<h1 class="section-title">Lịch công tác tuần %02d/%d</h1><table class="table table-bordered"><tr><th>Thứ</th><th>Nội dung</th></tr>%s</table><ul class="pager"><li class="previous"><a href="/lich-cong-tac/%d/tuan-%02d">&larr; Tuần trước</a></li><li class="next"><a href="/lich-cong-tac/%d/tuan-%02d">Tuần sau &rarr;</a></li></ul>' % (
        week, year, "".join("<tr><td>%s</td><td>Thường trực Tỉnh uỷ làm việc theo chương trình.</td></tr>" % t for t in THU[:5]),
        prev_y, prev_w, next_y, next_w)
    return layout(rq, "Lịch công tác", main, crumbs=[("/lich-cong-tac/", "Lịch công tác")])


def not_found(rq):
    return Dap(layout(rq, "Not Found (#404)", '<div class="site-error"><h1>Not Found (#404)</h1><div class="alert alert-danger">Trang không tồn tại.</div><p>Vui lòng quay lại <a href="/">trang chủ</a>.</p></div>').body, 404, "text/html; charset=UTF-8")


def handle(rq):
    p = rq.path
    if p == "/robots.txt":
        return plain(ROBOTS)
    if p in ("/", "/index.php", "/site/index"):
        return home(rq) if p == "/" else redirect("/", 301)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in SEC_NAME and m.group(1) != "tu-lieu":
        return section(rq, m.group(1))
    m = _re.fullmatch(r"/(tin-tuc|tu-lieu/bai-viet)/[a-z0-9-]+-(\d+)\.html", p)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if p != a["path"]:
            return redirect(a["path"])
        return article(rq, a)
    m = _re.fullmatch(r"/in-bai/(\d+)", p)
    if m and int(m.group(1)) in BY_ID:
        return article(rq, BY_ID[int(m.group(1))], printing=True)
    if p == "/tu-lieu/":
        return tu_lieu(rq)
    if p == "/tu-lieu":
        return redirect("/tu-lieu/")
    m = _re.fullmatch(r"/tu-lieu/danh-muc/([a-z-]+)", p)
    if m and m.group(1) in dict(TU_LIEU_CATS):
        return tu_lieu(rq, m.group(1))
    if p == "/tu-lieu/tep/":
        return Dap("<html><head><title>Index of /tu-lieu/tep</title></head><body><h1>Index of /tu-lieu/tep</h1><pre><a href=\"../\">../</a>\n<a href=\"bao-cao-1997.doc\">bao-cao-1997.doc</a>   12-Mar-2010 09:14   84992\n</pre></body></html>")
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4})/tuan-(\d{2})", p)
    if m and 1 <= int(m.group(2)) <= 52:
        return calendar(rq, int(m.group(1)), int(m.group(2)))
    if p == "/lich-cong-tac/":
        return redirect("/lich-cong-tac/2025/tuan-03", 302)
    if p == "/tim-kiem":
        q = rq.args.get("q", "")
        hits = [a for a in ARTS if q and khong_dau(q).lower() in khong_dau(a["title"]).lower()][:20]
        return layout(rq, "Tìm kiếm", '<h1>Kết quả tìm kiếm</h1><ul>%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in hits))
    return not_found(rq)


app = lam_app(handle, [("Server", "nginx/1.18.0"), ("X-Powered-By", "PHP/7.4.33")])


# ---------------------------------------------------------------- manifest
def _first_pages():
    got = {a["path"] for a in NEWS_ARTS[:8] + HOT + NEWS_ARTS[:5]}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:PER_PAGE]}
    return got


_F = _first_pages()
PAGED_ONLY = [a["path"] for a in NEWS_ARTS if a["path"] not in _F]
TU_LIEU = [a["path"] for a in BY_SEC["tu-lieu"]]
_k = "tin-hoat-dong"
_n = len(pages_of(BY_SEC[_k], PER_PAGE))
MANIFEST = {
    "family": "Yii 2 (advanced, Bootstrap 3) portal on nginx (Đảng bộ tỉnh Long Khánh): robots.txt with a query-string "
              "ban, a folder ban re-opened by longer Allow lines and a second `User-agent: *` group that re-allows the pager",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/in-bai/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/backend/", "/in-bai/", "/tim-kiem"],
    "trap_prefixes": ["sapxep=", "/lich-cong-tac/"],
    "only_via": {"robots-merge-groups": PAGED_ONLY, "robots-longest-match": PAGED_ONLY + TU_LIEU},
    "notes": (
        "Articles /tin-tuc/<slug>-<id>.html and /tu-lieu/bai-viet/<slug>-<id>.html (wrong slug 301). Sections "
        "/chuyen-muc/<c>?trang=N (Yii LinkPager, pageParam trang, forcePageParam: page 1 is linked as ?trang=1 too; %d a "
        "page; past the end 200 'Không tìm thấy kết quả nào'; bad value 400). MAIN DIFFICULTY: robots.txt. Group 1 "
        "(`User-agent: *`) has `Disallow: /*?` (every query URL), `Disallow: /tu-lieu/` followed by `Allow: "
        "/tu-lieu/bai-viet/` and `Allow: /tu-lieu/danh-muc/`; a bot-specific group and a MJ12bot/AhrefsBot `Disallow: /` "
        "group follow; a SECOND `User-agent: *` group at the end (SEO module, 11/2023) adds `Allow: /chuyen-muc/*?trang=` and "
        "`Disallow: /*sapxep=`. Under RFC 9309 (groups for the same agent merged, longest match wins, '*' wildcard) the pager "
        "and the Tư liệu documents are allowed. A reader that keeps only the first `*` group (urllib.robotparser) loses the "
        "pager pages: %d articles appear only on ?trang=2+ (only_via robots-merge-groups); a reader where the first "
        "matching rule wins (urllib.robotparser) also loses the %d Tư liệu articles (only_via robots-longest-match). A "
        "reader without wildcard support takes `/*?` literally and walks into the sort links ?sapxep=<s>&trang=N (robots-"
        "disallowed; the sorted pager never ends: trap substring sapxep=). Home: 'Tin nổi bật' 5, 4 per section, 'Tư liệu - "
        "Văn kiện' 3; sidebar 'Tin mới' 8, 'Xem nhiều' 6 on every page; 'Tin cùng chuyên mục' = 5 newest of the section. "
        "Tư liệu: /tu-lieu/ (folder index) -> /tu-lieu/danh-muc/<c> (one GridView table each). Alias: 'In bài' /in-bai/<id> "
        "(200, canonical, robots-disallowed). Trap: 'Lịch công tác' /lich-cong-tac/YYYY/tuan-WW ← → weeks forever. Search "
        "/tim-kiem robots-disallowed. No sitemap, no feeds." % (PER_PAGE, len(PAGED_ONLY), len(TU_LIEU))),
}
SELFTEST = [
    {"path": "/chuyen-muc/%s?trang=%d" % (_k, _n), "status": 200, "contains": BY_SEC[_k][-1]["title"]},
    {"path": "/chuyen-muc/%s?trang=%d" % (_k, _n + 1), "status": 200, "contains": "Không tìm thấy kết quả nào"},
    {"path": "/chuyen-muc/%s?trang=abc" % _k, "status": 400},
    {"path": "/chuyen-muc/%s?sapxep=cu-nhat&trang=40" % _k, "status": 200, "contains": "trang=41"},
    {"path": "/tin-tuc/sai-%d.html" % BY_SEC[_k][0]["id"], "status": 301, "location": BY_SEC[_k][0]["path"]},
    {"path": "/tu-lieu/danh-muc/van-kien", "status": 200},
    {"path": "/tin-tuc/khong-co-1.html", "status": 404},
    {"path": "/robots.txt", "status": 200, "contains": "Allow: /chuyen-muc/*?trang="},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<c> -> ?trang=N (allowed only by the second `User-agent: *` group's longer Allow)",
               "/ -> /tu-lieu/ -> /tu-lieu/danh-muc/<c> -> /tu-lieu/bai-viet/… (allowed only because the longer Allow beats `Disallow: /tu-lieu/`)"],
    "alias_kinds": ["print /in-bai/<id> (200, robots-disallowed)", "wrong slug (301, unlisted)"],
    "quirks": ["two `User-agent: *` groups (RFC 9309: merge)", "`Disallow: /*?` + longer `Allow: /chuyen-muc/*?trang=`",
               "`Disallow: /tu-lieu/` listed before its longer Allow lines", "`Disallow: /` groups for SEO bots",
               "sorted pager never ends (trap, robots-disallowed)", "week-calendar trap", "Yii LinkPager data-page attributes"],
    # (path, allowed by RFC 9309, allowed by first-group-only, allowed by first-match-wins)
    "robots_selftest": [
        ("/chuyen-muc/%s?trang=2" % _k, True, False, False),
        (TU_LIEU[0], True, True, False),
        ("/tu-lieu/danh-muc/van-kien", True, True, False),
        ("/tu-lieu/tep/", False, False, False),
        ("/chuyen-muc/%s?sapxep=cu-nhat&trang=2" % _k, False, False, False),
        (PAGED_ONLY[0], True, True, True),
        ("/in-bai/%d" % BY_SEC[_k][0]["id"], False, False, False),
    ],
}
