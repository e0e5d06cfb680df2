"""Replica site (set 11, B): static HTML site of a district-era Party committee, home page and templates made in
Adobe Dreamweaver, listing and article pages written by the webmaster's Windows tool 'QuanLyTin.exe' and uploaded by
FTP to Linux hosting (Apache 2.2, case-sensitive, no rewriting) (Trang tin Đảng bộ tỉnh Kiến Phong).  MAIN
DIFFICULTY: the tool writes Windows paths: every link on listing pages (pager and article links) uses BACKSLASHES
(`.\\trang2.htm`, `2024\\bai30125.htm`), article pages wrap long hrefs over two lines (LF + TAB inside the value) and
climb above the root (`..\\..\\..\\..\\index.htm`).  Browsers resolve all of that (WHATWG URL parser: `\\` = `/` in
special-scheme paths, tab / LF removed); Apache on Linux answers 404 to a literal backslash (`%5C`).
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

SITE = "Trang thông tin điện tử Đảng bộ tỉnh Kiến Phong"
SECTIONS = [("chinhtri", "Chính trị", 5, "chidao"), ("xaydungdang", "Xây dựng Đảng", 4, "xaydung"),
            ("kinhte", "Kinh tế", 4, "phattrien"), ("vanhoa", "Văn hoá - Xã hội", 3, "doisong"),
            ("thong bao", "Thông báo", 2, "chidao")]          # a folder name with a space (Windows habit)
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
NEWS = SoanTin(11002, 98, [(k, w, st) for k, _, w, st in SECTIONS], "Kiến Phong",
               ["Cao Lãnh", "Mỹ An", "Hồng Ngự", "Tam Nông", "Thanh Bình", "Tháp Mười"],
               ["Mỹ Thọ", "Phong Mỹ", "Tân Kiều", "An Long", "Phú Thành", "Bình Thạnh", "Gáo Giồng", "Trường Xuân"],
               first_id=30000, step=4, agency="KPO")
ARTS = NEWS.items
for _a in ARTS:
    _a["dir"] = "/tintuc/%s/%d/" % (_a["sec"], _a["date"].year)
    _a["file"] = "bai%d.htm" % _a["id"]
    _a["url"] = _a["dir"] + _a["file"]                     # raw path (may contain a space)
    _a["path"] = pctq(_a["url"], safe="/")                 # manifest form
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
BY_URL = {a["url"]: a for a in ARTS}
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /_notes/\nDisallow: /Templates/\nDisallow: /_vti_cnf/\n"


def frame(title, body, depth):
    """Dreamweaver template instance.  `depth` = folders below the root (relative links in the template)."""
    up = "../" * depth
    menu = "".join('<td class="menu"><a href="%stintuc/%s/index.htm" onmouseout="MM_swapImgRestore()" onmouseover="MM_swapImage(\'m%d\',\'\',\'%simages/menu_%d_over.gif\',1)">%s</a></td>' % (
        up, k, i, up, i, esc(n)) for i, (k, n, _, _) in enumerate(SECTIONS))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/trangcon.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>%(title)s</title>
<!-- InstanceEndEditable -->
<link href="%(up)scss/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
//-->
</script>
</head>
<body onload="MM_preloadImages('%(up)simages/menu_0_over.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="%(up)simages/banner.jpg" width="980" height="160" alt="%(site)s" /></td></tr>
  <tr><td><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="menu"><a href="%(up)sindex.htm">Trang chủ</a></td>%(menu)s</tr></table></td></tr>
  <tr><td bgcolor="#FFFFFF" valign="top">
<!-- InstanceBeginEditable name="noidung" -->
%(body)s
<!-- InstanceEndEditable -->
  </td></tr>
  <tr><td class="footer" align="center"><font face="Arial" size="2">%(site)s<br />Địa chỉ: Số 12 đường 30/4, thị xã Cao Lãnh &bull; Điện thoại: 067.3851234<br />
  Thiết kế: Trung tâm Tin học &bull; <a href="/index.htm/">Trang chủ</a> &bull; <a href="%(up)slienhe.htm">Liên hệ</a></font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>""" % {"title": esc(title), "up": up, "menu": menu, "body": body, "site": esc(SITE)}


def a_rel_from_root(a):
    return "tintuc/%s/%d/%s" % (a["sec"], a["date"].year, a["file"])


def home(rq, base_depth=0):
    left = '<table width="100%" border="0" cellpadding="4"><tr><td class="tieude">TIN MỚI</td></tr>'
    for a in ARTS[:6]:
        left += '<tr><td><a href="%s" class="tinmoi">%s</a> <font color="#999999">(%s)</font><br /><span class="tomtat">%s</span></td></tr>' % (
            a_rel_from_root(a), esc(a["title"]), dmy(a["date"]), esc(a["sapo"]))
    left += "</table>"
    boxes = ""
    for k, n, _, _ in SECTIONS:
        boxes += '<table width="100%%" border="0" cellpadding="3"><tr><td class="tieude"><a href="tintuc/%s/index.htm">%s</a></td></tr>%s<tr><td align="right"><a href="tintuc/%s/index.htm">Xem tiếp &raquo;</a></td></tr></table>' % (
            k, esc(n.upper()), "".join('<tr><td>&#8226; <a href="%s">%s</a></td></tr>' % (a_rel_from_root(a), esc(a["title"])) for a in BY_SEC[k][:3]), k)
    body = '<table width="980" border="0" cellpadding="6"><tr><td width="560" valign="top">%s</td><td width="420" valign="top">%s</td></tr></table>' % (left, boxes)
    return Dap(frame(SITE, body, 0), 200, "text/html")


def listing(rq, k, page):
    chunks = pages_of(BY_SEC[k], PER_PAGE)
    if not 1 <= page <= len(chunks):
        return None
    rows = "".join('<tr><td width="90" valign="top"><font size="2">%s</font></td><td><a href="%d\\%s">%s</a><br /><font size="2" color="#555555">%s</font></td></tr>' % (
        dmy(a["date"]), a["date"].year, a["file"], esc(a["title"]), esc(a["sapo"])) for a in chunks[page - 1])
    pager = ["<b>Trang:</b>"]
    for n in range(1, len(chunks) + 1):
        name = "index.htm" if n == 1 else "trang%d.htm" % n
        pager.append("<b>[%d]</b>" % n if n == page else '<a href=".\\%s">%d</a>' % (name, n))
    if page < len(chunks):
        pager.append('<a href="..\\%s\\trang%d.htm">Trang sau &raquo;</a>' % (k, page + 1))
    body = '<table width="100%%" border="0" cellpadding="5"><tr><td class="tieude">%s</td></tr></table><table width="100%%" border="0" cellpadding="4">%s</table><p align="center">%s</p>' % (
        esc(SEC_NAME[k].upper()), rows, " ".join(pager))
    body = "<!-- Tao boi QuanLyTin.exe v2.3 (c) 2009 -->\n" + body
    return Dap(frame("%s - Trang %d" % (SEC_NAME[k], page), body, 2), 200, "text/html")


def wrap(href):
    """QuanLyTin wraps long attribute values: LF + TAB inside the href (browsers drop them)."""
    cut = len(href) // 2
    return href[:cut] + "\n\t" + href[cut:]


def article(rq, a):
    paras = "".join('<p class="MsoNormal" style="text-align:justify">%s</p>' % esc(p) for p in a["paras"])
    others = [b for b in BY_SEC[a["sec"]] if b is not a][:5]
    other = "".join('<tr><td>&#8226; <a href="%s">%s</a> <font size="1">(%s)</font></td></tr>' % (
        wrap("..\\..\\..\\%s" % a_rel_from_root(b).replace("/", "\\")), esc(b["title"]), dmy(b["date"])) for b in others)
    body = """<!-- Tao boi QuanLyTin.exe v2.3 (c) 2009 -->
<table width="100%%" border="0" cellpadding="6"><tr><td>
<font face="Arial" size="2" color="#666666">%s &gt; %s, %s</font>
<h1 class="tieudetin">%s</h1>
<p><b>%s</b></p>
<table class="image" align="center" border="0"><tr><td><img src="..\\..\\..\\images\\tin\\%d.jpg" width="460" alt="" /></td></tr><tr><td class="image_desc"><i>%s</i></td></tr></table>
%s
<p align="right"><b>%s</b></p>
<p><a href="..\\..\\..\\..\\index.htm">&laquo; Về trang chủ</a> | <a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></p>
<table width="100%%" border="0" cellpadding="3"><tr><td class="tieude">CÁC TIN KHÁC</td></tr>%s</table>
</td></tr></table>""" % (esc(SEC_NAME[a["sec"]]), thu(a["date"]), dmy(a["date"]) + " " + hm(a["date"]), esc(a["title"]),
                         esc(a["sapo"]), a["id"], esc(a["caption"]), paras, esc(a["byline"]), other)
    return Dap(frame(a["title"], body, 3), 200, "text/html")


def not_found(rq):
    return Dap('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL %s was not found on this server.</p>\n<hr>\n<address>Apache/2.2.15 (CentOS) Server at %s Port 80</address>\n</body></html>\n' % (
        esc(rq.path), esc(rq.host.split(":")[0])), 404, "text/html; charset=iso-8859-1")


def handle(rq):
    p = rq.path
    if p == "/robots.txt":
        return Dap(ROBOTS, 200, "text/plain")
    if p in ("/", "/index.htm"):
        return home(rq)
    if p.startswith("/index.htm/"):                     # AcceptPathInfo: the home page again, relative links nest
        return home(rq)
    if p == "/lienhe.htm":
        return Dap(frame("Liên hệ", "<p>Mọi thông tin xin gửi về: bbt@kienphong.dcs.example</p>", 0), 200, "text/html")
    m = _re.fullmatch(r"/tintuc/([a-z ]+)/(index\.htm|trang(\d+)\.htm)?", p)
    if m and m.group(1) in SEC_NAME:
        if m.group(2) is None:
            return listing(rq, m.group(1), 1)
        if m.group(3) and m.group(3) != "1":
            out = listing(rq, m.group(1), int(m.group(3)))
            return out or not_found(rq)
        if m.group(2) == "index.htm":
            return listing(rq, m.group(1), 1)
    m = _re.fullmatch(r"/tintuc/([a-z ]+)$", p)
    if m and m.group(1) in SEC_NAME:
        return redirect("%s/tintuc/%s/" % (rq.origin, pctq(m.group(1))))   # mod_dir DirectorySlash
    if p in BY_URL:
        return article(rq, BY_URL[p])
    return not_found(rq)


app = lam_app(handle, [("Server", "Apache/2.2.15 (CentOS)"), ("Accept-Ranges", "bytes")])


# ---------------------------------------------------------------- manifest
def _plain():
    got = {a["path"] for a in ARTS[:6]}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:3]}          # home box (forward slashes); everything else uses backslashes
    return got


_P = _plain()
BACKSLASH_ONLY = [a["path"] for a in ARTS if a["path"] not in _P]
_k = "chinhtri"
_n = len(pages_of(BY_SEC[_k], PER_PAGE))
MANIFEST = {
    "family": "static Dreamweaver/'QuanLyTin.exe' site on Apache 2.2 / Linux (Đảng bộ tỉnh Kiến Phong): listing links written "
              "with Windows backslashes, hrefs wrapped over two lines, links above the root",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": []} for a in ARTS},
    "robots_disallowed": ["/cgi-bin/", "/_notes/", "/Templates/"],
    "trap_prefixes": ["/index.htm/"],
    "only_via": {"whatwg-url": BACKSLASH_ONLY},
    "notes": (
        "Articles /tintuc/<folder>/<yyyy>/bai<id>.htm (static files; one folder name has a space: /tintuc/thong%%20bao/). "
        "Listings /tintuc/<folder>/index.htm (also the bare folder /tintuc/<folder>/; without the slash 301) and "
        "trang2.htm … (%d a page; past the end 404). MAIN DIFFICULTY: listing and article pages are written by the "
        "webmaster's Windows tool: every link on a listing page uses backslashes (article links `2024\\bai30125.htm`, "
        "pager `.\\trang2.htm`, 'Trang sau »' `..\\<folder>\\trang3.htm`); article pages link 'Các tin khác' (the 5 "
        "newest of the section) with `..\\..\\..\\tintuc\\…` hrefs wrapped by LF + TAB inside the attribute value, "
        "the images with backslashes and 'Về trang chủ' with `..\\..\\..\\..\\index.htm` (above the root). A browser "
        "(WHATWG URL parser) turns `\\` into `/` in http(s) paths and drops tab / LF; Python's urljoin keeps the "
        "backslash (it drops tab / LF), and Apache on Linux answers 404 to a path containing a backslash. %d articles "
        "are linked only by backslash hrefs (listing rows, pager pages, 'Các tin khác') (only_via whatwg-url). The Dreamweaver home page (forward-slash relative "
        "links) shows 'TIN MỚI' 6 and 3 per section. Trap: the footer's 'Trang chủ' link /index.htm/ (AcceptPathInfo: "
        "the home page again), whose relative links then nest /index.htm/tintuc/…/tintuc/… forever. Apache's default "
        "`Content-Type: text/html` without charset; the charset is in <meta>. No aliases (case-sensitive file system), "
        "no sitemap, no feeds." % (PER_PAGE, len(BACKSLASH_ONLY))),
}
SELFTEST = [
    {"path": "/tintuc/%s/trang%d.htm" % (_k, _n), "status": 200, "contains": BY_SEC[_k][-1]["title"]},
    {"path": "/tintuc/%s/trang%d.htm" % (_k, _n + 1), "status": 404},
    {"path": "/tintuc/%s/%%5Ctrang2.htm" % _k, "status": 404},
    {"path": "/tintuc/%s/2024%%5C%s" % (_k, BY_SEC[_k][-1]["file"]), "status": 404},
    {"path": "/tintuc/%s" % _k, "status": 301, "location": "/tintuc/%s/" % _k},
    {"path": "/tintuc/thong%20bao/index.htm", "status": 200, "contains": "THÔNG BÁO"},
    {"path": "/index.htm/tintuc/chinhtri/tintuc/", "status": 200, "contains": "TIN MỚI"},
    {"path": "/tintuc/%s/index.htm" % _k, "status": 200, "contains": ".\\trang2.htm"},
]
SUMMARY = {
    "chains": ["/ -> tintuc/<folder>/index.htm -> `.\\trangN.htm` / `..\\<folder>\\trangN.htm` (backslash pager)",
               "listing -> `<yyyy>\\bai<id>.htm` (backslash article links)",
               "article -> 'Các tin khác' `..\\..\\..\\tintuc\\<folder>\\<yyyy>\\bai<id>.htm` split by LF+TAB"],
    "alias_kinds": ["none (static files, case-sensitive)"],
    "quirks": ["backslashes in hrefs (listing pages)", "LF + TAB inside href values (article pages)",
               "`..` above the root", "folder name with a space (%20)", "AcceptPathInfo nesting trap /index.htm/…",
               "Content-Type without charset (meta only)", "Dreamweaver template comments, MM_swapImage rollovers",
               "Apache 404 for a literal backslash"],
}
