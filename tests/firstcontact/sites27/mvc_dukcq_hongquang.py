"""Set 27, site C: a '.dcs.vn'-style portal on ASP.NET MVC 5 (.NET Framework 4.8, IIS 8.5, SQL Server; Razor, jQuery 1.12,
jquery.unobtrusive-ajax) of a provincial Party bloc committee, Đảng ủy Khối các cơ quan tỉnh Hồng Quảng.  Ordinary: articles
/DetailView/<id>/<catId>/<Title-Case-Slug>.html (the catId not checked, so an item of two sections has two addresses), no canonical
on article pages, lists /ListView/<catId>/<Slug>.html?pageIndex=N (0-based) with a pager in blocks of five and three pinned 'Tin
tiêu điểm' on top of every page, print pages, an RSS feed per category, a sitemap mixing old /Home/DetailView?id= addresses (301)
and withdrawn items (soft 404), a week calendar trap.  Its twist: the documents' lookup box is an Ajax.BeginForm -- printed
method="post" (as Ajax.BeginForm always does) but sent by jquery.unobtrusive-ajax as data-ajax-method="GET"; the action is
[HttpGet] only, so a POST answers 404, and only the GET lists documents older than the 'Văn bản' page's newest eight.
"""
# ==== KERNEL BEGIN (sites27 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 27 kernel (set 26's plus a few helpers at its end: chap_chon, cham, cua_so, bo_dau_giu_hoa): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
# generator SoanTin, trang_thai) and vocabulary (June 2025), ONE day (DAYS = 1: a first crawl at BAY_GIO), plus lich22 (a
# realistic publication spread), pad_css / pad_js (the inline theme CSS and script real pages carry) and TRANG_TINH (the static
# pages every portal links from its mega-menu and footer).  No clock and no sleep.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2025, 6, 26, 9, 30)}        # the first crawl, local time (Asia/Ho_Chi_Minh)
BAY_GIO = NGAY[1]


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 27 serves one day only (DAYS = 1)")


TEN_THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_LY_DO = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request",
          403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 410: "Gone", 500: "Internal Server Error",
          502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Time-out"}


def x(s):
    """HTML-escape text and attribute values."""
    return _html.escape(str(s), quote=True)


def bo_dau(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if not _ud.combining(c))


def duong_dan(s, toi_da=0, hoa=False):
    """ASCII slug; hoa=True keeps Title-Case words and turns ' - ' into '---'."""
    t = bo_dau(s)
    if hoa:
        t = _re.sub(r"\s+-\s+", " --- ", t)
        out = _re.sub(r"[^0-9A-Za-z-]+", "-", t).strip("-")
        out = _re.sub(r"-{4,}", "---", out)
        out = "-".join(w[:1].upper() + w[1:] for w in out.split("-"))
    else:
        out = _re.sub(r"[^0-9a-z]+", "-", t.lower()).strip("-")
    if toi_da and len(out) > toi_da:
        out = out[:toi_da].rsplit("-", 1)[0].rstrip("-")
    return out


def ma_hoa(s, safe=""):
    """Percent-encode as UTF-8 (upper-case hex)."""
    return _q(str(s), safe=safe)


def ngay(d, sep="/"):
    return d.strftime("%d" + sep + "%m" + sep + "%Y")


def gio(d):
    return d.strftime("%H:%M")


def thu(d):
    return TEN_THU[d.weekday()]


def chia(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)] or [[]]


_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MO = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(d):
    """RFC 7231 IMF-fixdate (GMT) of a LOCAL (UTC+7) datetime."""
    u = d - _dt.timedelta(hours=7)
    return "%s, %02d %s %d %s GMT" % (_WD[u.weekday()], u.day, _MO[u.month - 1], u.year, u.strftime("%H:%M:%S"))


def doc_http_date(s):
    """IMF-fixdate -> LOCAL datetime, or None."""
    m = _re.fullmatch(r"\s*\w{3}, (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT\s*", s or "")
    if not m or m.group(2) not in _MO:
        return None
    return _dt.datetime(int(m.group(3)), _MO.index(m.group(2)) + 1, int(m.group(1)), int(m.group(4)), int(m.group(5)),
                        int(m.group(6))) + _dt.timedelta(hours=7)


class Truyvan:
    """One request: method, decoded path, raw query, first value per key (`q`), host, origin, request headers (`h`)."""

    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = env.get("PATH_INFO") or "/"
        self.path = raw.encode("latin-1", "replace").decode("utf-8", "replace") or "/"
        self.query = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.origin = "%s://%s" % (env.get("wsgi.url_scheme") or "http", self.host)
        hp = self.host.rsplit(":", 1) if _re.search(r":\d+$", self.host) else [self.host, ""]
        self.hostname, self.port = hp[0].lower(), hp[1]
        # the SECOND host name of the site (same server, same port); only a Host header the client sent counts
        self.hai = bool(env.get("HTTP_HOST")) and self.hostname == "localhost"
        self.goc_hai = "http://localhost" + (":" + self.port if self.port else "")
        self.form = {}                              # set 22: a POSTed form (application/x-www-form-urlencoded)
        if self.method == "POST":
            try:
                n = int(env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            raw_body = env["wsgi.input"].read(n) if n > 0 else b""
            for k, v in _pqsl(raw_body.decode("utf-8", "replace"), keep_blank_values=True):
                self.form.setdefault(k, v)
        self.cap = _pqsl(self.query, keep_blank_values=True)
        self.q = {}
        for k, v in self.cap:
            self.q.setdefault(k, v)

    def h(self, name):
        return self.env.get("HTTP_" + name.upper().replace("-", "_"))

    def so(self, key, mac_dinh=1, nho=1, lon=99999):
        """Integer parameter: mac_dinh when absent, None when malformed or out of range."""
        v = self.q.get(key)
        if v is None:
            return mac_dinh
        if not _re.fullmatch(r"\d{1,6}", v.strip()):
            return None
        v = int(v)
        return v if nho <= v <= lon else None


class Dapung:
    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=()):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else str(body).encode("utf-8")


def chuyen(location, status=301, ctype="text/html; charset=utf-8", body="", headers=()):
    return Dapung(body, status, ctype, [("Location", location)] + list(headers))


def van_ban(text, status=200, headers=()):
    return Dapung(text, status, "text/plain; charset=utf-8", headers)


def chay_app(xu_ly, server=(), moi_lan=None, post=False):
    """WSGI app around xu_ly(Truyvan) -> Dapung.  moi_lan(tv, out) -> extra headers sent with EVERY answer; post=True lets
    POST through (tv.form holds the posted fields)."""
    def app(environ, start_response):
        tv = Truyvan(environ)
        if tv.method not in ("GET", "HEAD") + (("POST",) if post else ()):
            out = Dapung("Method Not Allowed", 405, "text/plain", [("Allow", "GET, HEAD")])
        else:
            try:
                out = xu_ly(tv)
            except Exception:                       # authoring aid only
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Dapung("Internal Server Error", 500, "text/plain")
        hdrs = list(server) + (list(moi_lan(tv, out)) if moi_lan else []) + \
            ([("Content-Type", out.ctype)] if out.ctype else []) + out.headers + [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _LY_DO.get(out.status, "Unknown")), hdrs)
        return [b"" if tv.method == "HEAD" else out.body]
    return app


def urlset(origin, rows, headers=()):
    """rows: (path, datetime or None, changefreq or None)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p, d, f in rows:
        out.append("<url><loc>%s</loc>%s%s</url>" % (x(origin + p), "<lastmod>%s</lastmod>" % d.strftime("%Y-%m-%dT%H:%M:%S+07:00") if d else "",
                                                     "<changefreq>%s</changefreq>" % f if f else ""))
    out.append("</urlset>")
    return Dapung("\n".join(out), 200, "application/xml; charset=utf-8", headers)


def rfc822(d):
    return "%s, %02d %s %d %s +0700" % (_WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def rss(origin, title, link, items, ctype="application/rss+xml; charset=utf-8", headers=()):
    """items: (title, path, datetime, description)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', "<title>%s</title>" % x(title),
           "<link>%s</link>" % x(origin + link), "<description>%s</description>" % x(title), "<language>vi-VN</language>"]
    for t, p, d, desc in items:
        out.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate>"
                   "<description>%s</description></item>" % (x(t), x(origin + p), x(origin + p), rfc822(d), x(desc)))
    out.append("</channel></rss>")
    return Dapung("\n".join(out), 200, ctype, headers)


def kieu_cu(s):
    """Old-style tone placement, as some sites still type it (ủy -> uỷ, hóa -> hoá, hòa -> hoà, thủy -> thuỷ)."""
    for a, b in (("ủy", "uỷ"), ("Ủy", "Uỷ"), ("hóa", "hoá"), ("Hóa", "Hoá"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("thủy", "thuỷ"),
                 ("Thủy", "Thuỷ"), ("khỏe", "khoẻ"), ("lũy", "luỹ")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- seeded newsroom (set 21 vocabulary, June 2025)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh",
       "Lương", "Kiều", "Tạ", "Võ", "Phan", "Cao", "Chu", "Thái", "Nghiêm")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Hữu", "Đức", "Ngọc", "Xuân", "Thu", "Bá", "Công", "Khánh", "Đình", "Hồng")
_TEN = ("An", "Bình", "Chiến", "Dung", "Giang", "Hà", "Hiền", "Khải", "Liên", "Lực", "Mạnh", "Nga", "Oanh", "Phương",
        "Quế", "Sáu", "Tâm", "Thắng", "Thoa", "Toàn", "Uyên", "Vượng", "Yến", "Hưng")
_SO = ("Tài chính", "Nội vụ", "Xây dựng", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương", "Nông nghiệp và Môi trường",
       "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ")
_CQC = ("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
        "Báo và Phát thanh, Truyền hình tỉnh", "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
_CHUC = ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy, "
         "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy",
         "Bí thư Huyện ủy {H}", "Phó Bí thư Thường trực Huyện ủy {H}", "Chủ tịch UBND huyện {H}", "Bí thư Đảng ủy xã {X}",
         "Giám đốc Sở {S}", "Bí thư Chi bộ {C}", "Trưởng Ban Xây dựng Đảng Huyện ủy {H}")
_DON_VI = ("Đảng bộ Sở {S}", "Chi bộ {C}", "Huyện ủy {H}", "Đảng ủy xã {X}", "Ban Xây dựng Đảng Huyện ủy {H}", "Đảng bộ Công an huyện {H}",
           "Chi bộ khu dân cư {A}", "Đảng ủy thị trấn {X}", "Trung tâm Chính trị huyện {H}")
_CO_QUAN = ("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Ủy ban Kiểm tra Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Ủy ban MTTQ Việt Nam tỉnh", "Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh",
            "Hội Nhà báo tỉnh")
CHU_DE = {
    "sap-xep": ("Sắp xếp đơn vị hành chính", ("sắp xếp, sáp nhập đơn vị hành chính cấp tỉnh", "vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025",
                                             "kiện toàn tổ chức đảng ở các xã mới sau sắp xếp")),
    "dai-hoi": ("Đại hội", ("đại hội đảng bộ cấp xã nhiệm kỳ 2025 - 2030", "chuẩn bị đại hội đảng bộ tỉnh lần thứ XX",
                            "góp ý dự thảo văn kiện Đại hội XIV của Đảng")),
    "bao-chi": ("Báo chí", ("kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam", "giải báo chí về xây dựng Đảng năm 2025",
                            "định hướng thông tin tuyên truyền trên báo chí")),
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "định hướng dư luận xã hội",
                              "đấu tranh phản bác quan điểm sai trái trên không gian mạng")),
    "dan-van": ("Dân vận", ("xây dựng mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "vận động nhân dân hiến đất làm đường giao thông nông thôn")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                                "kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", "nhân rộng gương điển hình tiên tiến")),
    "kiem-tra": ("Kiểm tra, giám sát", ("giám sát chuyên đề năm 2025", "kiểm tra tài chính đảng", "kê khai tài sản, thu nhập")),
    "kinh-te": ("Kinh tế", ("xây dựng nông thôn mới nâng cao", "giải ngân vốn đầu tư công", "phát triển sản phẩm OCOP")),
    "xa-hoi": ("Xã hội", ("xóa nhà tạm, nhà dột nát", "phòng, chống ma túy", "Tháng hành động vì trẻ em")),
}
_KHUON = {
    "tinhuy": ["Ban Thường vụ Tỉnh ủy cho ý kiến về {v}", "Đồng chí {chuc} làm việc với {D} về {v}", "Tỉnh ủy triển khai {v}",
               "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về {v}", "{D} tập trung {v}", "Huyện {H}: {v} đạt nhiều kết quả",
               "Thường trực Tỉnh ủy nghe báo cáo tiến độ {v}", "{n} tổ chức cơ sở đảng hoàn thành {v}"],
    "btgdv": ["Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai {v}", "Hội nghị báo cáo viên tháng 6 thông tin về {v}",
              "Đồng chí {chuc} dự {v} tại huyện {H}", "{D} đẩy mạnh {v}", "Tập huấn nghiệp vụ {v} cho cán bộ cơ sở",
              "Xã {X} với {v}", "Tọa đàm về {v}", "{n} mô hình {v} được biểu dương"],
    "huyenuy": ["Ban Thường vụ Huyện ủy làm việc với {D} về {v}", "Xã {X}: {v} đạt nhiều kết quả", "Đồng chí {chuc} dự {v} tại xã {X}",
                "Chi bộ khu dân cư {A} tổ chức {v}", "Huyện ủy triển khai {v}", "{n} đảng viên xã {X} tham gia {v}",
                "Đảng ủy thị trấn {X} tập trung {v}", "Hội nghị Ban Chấp hành Đảng bộ huyện cho ý kiến về {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp ủy cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở huyện {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ huyện {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở huyện {H}", "Những vấn đề đặt ra đối với {v} sau khi sắp xếp bộ máy")
_MUC = ("Đặt vấn đề", "Cơ sở lý luận", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kết luận")


class SoanTin:
    """`n` items newest first, dated by `lich` (a list of n datetimes, newest first) or else evenly between `tu_ngay` and
    BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in khoi / tochuc / tinhuy and kieu in bai / dai / thongbao;
    cm_dau: section keys of the newest items (the rest drawn from the weighted bag).  Item dict: id, cm, kieu, tieu_de, ngay,
    chu_de, nhan (tags), sapo (< 170 characters), doan (paragraphs, each longer than the sapo), chu_thich, tac_gia, xem;
    'dai' adds muc = {paragraph index: heading}; 'thongbao' adds so_hieu.  chu_de: the topic keys a site draws from."""

    def __init__(self, seed, n, chuyen_muc, huyen, xa, ap, tu_ngay=_dt.datetime(2024, 9, 1, 7, 0), id_dau=2000, buoc=3, nguon="",
                 chu_de=None, lich=None, cm_dau=()):
        r = self.r = _rnd.Random(seed)
        self.huyen, self.xa, self.ap, self.nguon = huyen, xa, ap, nguon
        tui, self.giong, self.kieu = [], {}, {}
        for k, w, g, kieu in chuyen_muc:
            tui += [k] * w
            self.giong[k], self.kieu[k] = g, kieu
        keys = sorted(chu_de or CHU_DE)
        span = (BAY_GIO - _dt.timedelta(hours=2) - tu_ngay).total_seconds()
        used, items = set(), []
        for i in range(n):
            if lich:
                when = lich[i]
            else:
                when = BAY_GIO - _dt.timedelta(hours=2, seconds=span * (i + r.uniform(0.1, 0.9)) / n)
                when = when.replace(hour=min(19, max(7, when.hour)), second=0, microsecond=0)
            if i % len(tui) == 0:
                r.shuffle(tui)
            k = cm_dau[i] if i < len(cm_dau) else tui[i % len(tui)]
            cd = r.choice(keys)
            for _ in range(200):
                t = self._tieu_de(k, cd)
                if t not in used and len(t) <= 120:
                    break
            used.add(t)
            items.append({"id": id_dau + (n - i) * buoc + r.randrange(buoc), "cm": k, "kieu": self.kieu[k], "tieu_de": t,
                          "ngay": when, "chu_de": cd, "nhan": [CHU_DE[cd][0]] + ([r.choice(huyen)] if r.random() < 0.5 else []),
                          "xem": 25 + int(r.expovariate(1 / 380.0))})
        items.sort(key=lambda a: (a["ngay"], a["id"]), reverse=True)
        for a in items:
            {"bai": self._bai, "dai": self._dai, "thongbao": self._thong_bao}[a["kieu"]](a)
        self.items = items
        self.theo_id = {a["id"]: a for a in items}

    def nguoi(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_DEM), self.r.choice(_TEN))

    def _fmt(self, s):
        r = self.r
        return s.format(H=r.choice(self.huyen), X=r.choice(self.xa), A=r.choice(self.ap), S=r.choice(_SO), C=r.choice(_CQC))

    def chuc(self):
        return self._fmt(self.r.choice(_CHUC))

    def dv(self):
        return self._fmt(self.r.choice(_DON_VI))

    def _tieu_de(self, k, cd):
        r = self.r
        v = r.choice(CHU_DE[cd][1])
        kieu = self.kieu[k]
        if kieu == "dai":
            t = r.choice(_DAI).format(v=v, H=r.choice(self.huyen))
        elif kieu == "thongbao":
            t = "Thông báo kết quả hội nghị"          # the site numbers its notices and rewrites the title
        else:
            t = r.choice(_KHUON[self.giong[k]]).format(cq=r.choice(_CO_QUAN), H=r.choice(self.huyen), X=r.choice(self.xa),
                                                       A=r.choice(self.ap), D=self.dv(), v=v, n=r.randint(3, 260), chuc=self.chuc(),
                                                       C=r.choice(_CQC), k=r.randint(28, 45))
        return t[0].upper() + t[1:]

    def _sapo(self, a, v):
        d = a["ngay"]
        return "%s%s %d/%d, %s %s %s." % ("(%s) - " % self.nguon if self.nguon else "", self.r.choice(("Sáng", "Chiều", "Ngày")),
                                            d.day, d.month, self.r.choice(_CO_QUAN), self.r.choice(("tổ chức", "triển khai", "sơ kết")), v)

    def _doan_thuong(self, v):
        r = self.r
        H, X, A = r.choice(self.huyen), r.choice(self.xa), r.choice(self.ap)
        p1, p2 = self.nguoi(), self.nguoi()
        return [
            "Tham dự có đồng chí %s, %s; đồng chí %s, %s cùng đại diện %s, %s và %d cán bộ, đảng viên đang sinh hoạt tại "
            "các chi bộ, đảng bộ cơ sở trên địa bàn huyện %s." % (p1, self.chuc(), p2, self.chuc(), self.dv(), self.dv(), r.randint(30, 480), H),
            "Theo báo cáo, thời gian qua việc triển khai %s đã đạt %d/%d chỉ tiêu; %d mô hình được nhân rộng, huy động "
            "được %s đồng từ các nguồn lực xã hội và giúp %d hộ ở xã %s ổn định cuộc sống." % (
                v, r.randint(8, 19), r.randint(20, 24), r.randint(2, 40), "{:,}".format(r.randint(15, 990) * 1000000).replace(",", "."),
                r.randint(4, 160), X),
            "Bên cạnh kết quả đạt được, đồng chí %s thẳng thắn chỉ ra một số hạn chế: ở thôn %s việc %s còn lúng túng, %d "
            "đơn vị báo cáo chậm, nguồn lực chưa tương xứng và việc tuyên truyền trên mạng xã hội chưa thường xuyên." % (
                p2, A, v, r.randint(2, 15)),
            "Phát biểu chỉ đạo, đồng chí %s đề nghị các cấp ủy tiếp tục bám sát cơ sở, cụ thể hóa %s thành kế hoạch, phấn đấu "
            "hoàn thành %d nhiệm vụ trọng tâm trong năm 2025 và gửi báo cáo trước ngày %d/%d." % (
                p1, r.choice(("Chỉ thị số %d-CT/TU" % r.randint(5, 60), "Kết luận số %d-KL/TW" % r.randint(20, 140),
                              "Quy định số %d-QĐ/TW" % r.randint(20, 300), "Nghị quyết số %d-NQ/TU" % r.randint(3, 40))),
                r.randint(3, 16), r.randint(2, 28), r.randint(7, 12)),
        ]

    def _bai(self, a):
        r = self.r
        v = r.choice(CHU_DE[a["chu_de"]][1])
        a["sapo"] = self._sapo(a, v)
        a["doan"] = self._doan_thuong(v)
        if r.random() < 0.5:
            a["doan"].append("Dịp này, %s trao giấy khen cho %d tập thể và %d cá nhân có thành tích xuất sắc; đồng chí %s, %s "
                             "chia sẻ kinh nghiệm sau %d năm gắn bó với %s." % (
                                 r.choice(_CO_QUAN), r.randint(2, 25), r.randint(3, 60), self.nguoi(), self.dv(), r.randint(2, 25), v))
        a["chu_thich"] = "Các đại biểu tại %s. Ảnh: %s %s" % (r.choice(("hội nghị", "buổi làm việc", "buổi kiểm tra", "lễ trao quyết định")), r.choice(_HO), r.choice(_TEN))
        a["tac_gia"] = r.choice(("%s", "Tin, ảnh: %s", "Bài, ảnh: %s", "%s (CTV)")) % (r.choice(_HO) + " " + r.choice(_TEN))

    def _dai(self, a):
        r = self.r
        v = r.choice(CHU_DE[a["chu_de"]][1])
        a["sapo"] = "%s là nhiệm vụ quan trọng của công tác xây dựng Đảng. Bài viết nêu một số kinh nghiệm và kiến nghị." % (v[0].upper() + v[1:])
        doan, muc = [], {}
        heads = [h for h in _MUC if r.random() < 0.8] or list(_MUC[:3])
        for h in heads:
            muc[len(doan)] = "%d. %s" % (len(muc) + 1, h)
            for _ in range(r.randint(1, 2)):
                doan.append(r.choice((
                    "Thực tiễn ở huyện %s cho thấy, khi cấp ủy quan tâm đúng mức thì %s đi vào chiều sâu; trong %d cuộc được "
                    "tiến hành, có %d tổ chức đảng và %d đảng viên được chỉ ra khuyết điểm để kịp thời chấn chỉnh, khắc phục." % (
                        r.choice(self.huyen), v, r.randint(12, 140), r.randint(2, 30), r.randint(3, 90)),
                    "Theo đồng chí %s, %s, điểm mấu chốt của %s là phát hiện sớm, xử lý kịp thời từ cơ sở; nếu để vi phạm kéo dài "
                    "thì vừa tốn nguồn lực vừa làm giảm niềm tin của nhân dân ở xã %s." % (self.nguoi(), self.chuc(), v, r.choice(self.xa)),
                    "Giai đoạn %d - %d, toàn Đảng bộ đã tổ chức %d lớp bồi dưỡng, hội nghị chuyên đề, trong đó %d%% nội dung liên quan "
                    "đến %s; tỷ lệ kết luận được thực hiện đúng hạn đạt %d%%, cao hơn nhiệm kỳ trước %d điểm phần trăm." % (
                        r.choice((2015, 2020)), r.choice((2020, 2025)), r.randint(40, 400), r.randint(10, 70), v, r.randint(70, 99), r.randint(2, 19)),
                    "Một bài học khác là phải gắn %s với công tác cán bộ: cán bộ làm công tác tổ chức, xây dựng Đảng cần vững bản lĩnh, am "
                    "hiểu thực tiễn và được bồi dưỡng thường xuyên; hiện nay mới có %d/%d cán bộ cấp huyện qua đào tạo chuyên sâu." % (
                        v, r.randint(10, 60), r.randint(61, 90)),
                    "Từ những phân tích trên, tác giả kiến nghị Trung ương sớm ban hành hướng dẫn về %s, bổ sung chế độ cho cán bộ "
                    "cơ sở và ứng dụng phần mềm quản lý hồ sơ, giảm ít nhất %d%% thời gian tổng hợp báo cáo định kỳ." % (
                        v, r.randint(15, 60)),
                    "Ở thôn %s, chi bộ đã đưa nội dung %s vào sinh hoạt định kỳ hằng tháng, phân công %d đảng viên theo dõi từng "
                    "địa bàn; nhờ vậy số đơn thư vượt cấp giảm %d%% so với cùng kỳ, không còn vụ việc tồn đọng kéo dài." % (
                        r.choice(self.ap), v, r.randint(3, 19), r.randint(10, 80)))))
        a["doan"], a["muc"] = doan, muc
        a["chu_thich"] = ""
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice((
            "Ban Tổ chức Tỉnh ủy", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực III")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("TU", "BTCTU", "ĐUK", "VPTU")))
        a["sapo"] = "%s thông báo để các cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện." % r.choice(_CO_QUAN[:5])
        who = self.dv()
        a["doan"] = [
            "Thực hiện kế hoạch năm 2025, %s thông báo tổ chức bồi dưỡng về %s cho %d cán bộ, đảng viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2025 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 8), r.randint(15, 28), r.randint(8, 10), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2025; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(6, 9), self.nguoi(), self.chuc(), r.randint(203, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2024, 2025)), r.randint(3, 40)),
        ]
        a["chu_thich"] = ""
        a["tac_gia"] = "Văn phòng"


def sua_so(a, doan=1):
    """A silently corrected figure: the 'đạt X/Y chỉ tiêu' of paragraph `doan` (a 'bai' item) becomes X+3/Y.
    Returns (new paragraphs, old paragraph, new paragraph)."""
    p = a["doan"][doan]
    m = _re.search(r"đã đạt (\d+)/(\d+) chỉ tiêu", p)
    if not m:
        raise ValueError("no figure to correct in %r" % a["tieu_de"])
    n, tong = int(m.group(1)), int(m.group(2))
    moi = p.replace(m.group(0), "đã đạt %d/%d chỉ tiêu" % (n + 3 if n + 3 <= tong else n - 3, tong), 1)
    out = list(a["doan"])
    out[doan] = moi
    return out, p, moi


def trang_thai(a, contains, published=None):
    """What a record of `a` holds: title, publication minute, a sentence of its text, not withdrawn."""
    return {"title": a["tieu_de"], "published": (published or a["ngay"]).strftime("%Y-%m-%d %H:%M"), "body_contains": contains,
            "withdrawn": False}

def lich22(seed, n, tu_ngay=_dt.datetime(2024, 8, 5), moc=BAY_GIO, gan=6):
    """n publication minutes, newest first, between tu_ngay and moc: `gan` in the last three days, the rest spread with a
    density that grows towards moc (as a newsroom's output looks from the archive).  Weekdays 07:00-19:59, a few Saturdays,
    no Sundays; every minute distinct."""
    r = _rnd.Random(seed)
    out, taken = [], set()
    span = (moc - tu_ngay).total_seconds()
    while len(out) < n:
        if len(out) < gan:
            d = moc - _dt.timedelta(hours=r.uniform(3, 72))
        else:
            d = moc - _dt.timedelta(seconds=span * (r.random() ** 1.35))
        if d.weekday() == 6 or (d.weekday() == 5 and r.random() < 0.7):
            continue
        d = d.replace(hour=r.randint(7, 19), minute=r.randint(0, 59), second=0, microsecond=0)
        if d in taken or d >= moc - _dt.timedelta(hours=1) or d < tu_ngay:
            continue
        taken.add(d)
        out.append(d)
    return sorted(out, reverse=True)


_CSS_PROPS = ("margin", "padding", "color", "background-color", "border-bottom", "font-size", "line-height", "letter-spacing",
              "text-transform", "display", "position", "z-index", "width", "max-width", "min-height", "transition", "box-shadow")


def pad_css(seed, kb, prefix):
    """Deterministic theme CSS of about `kb` KB (the inline global styles block themes, portals and page builders print)."""
    r = _rnd.Random(seed)
    out, size = [], 0
    while size < kb * 1024:
        sel = ".%s-%s%s" % (prefix, r.choice(("header", "menu", "mega", "box", "list", "item", "footer", "sidebar", "title", "meta",
                                              "pager", "btn", "card", "tab", "banner", "link")), r.choice(("", "__inner", "--active",
                                              " > li", " a:hover", "__img", " .date", "--lg")))
        decl = ";".join("%s:%s" % (p, r.choice(("0", "4px 8px", "#%06x" % r.randrange(1 << 24), "1.5", "none", "block", "relative",
                                                  "100%", "1140px", "all .2s ease-in-out", "0 1px 3px rgba(0,0,0,.12)", "14px")))
                        for p in r.sample(_CSS_PROPS, r.randint(2, 6)))
        line = "%s{%s}" % (sel, decl)
        out.append(line)
        size += len(line)
    return "\n".join(out)


def pad_js(seed, kb, name):
    """Deterministic vendor script noise of about `kb` KB (minified library code: no URLs, no page counters)."""
    r = _rnd.Random(seed)
    out, size = ["/*! %s v3.%d.%d | (c) vendor | license MIT */" % (name, r.randint(0, 9), r.randint(0, 20))], 0
    while size < kb * 1024:
        f = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2))
        line = "function %s%d(e,t){var n=e.%s||{};for(var i=0;i<t.length;i++){n[t[i].k]=t[i].v^%d}return n}" % (
            f, len(out), r.choice(("dataset", "style", "classList", "attributes")), r.randrange(1 << 16))
        out.append(line)
        size += len(line)
    return ";".join(out)


TRANG_TINH = [                                      # (slug, title, paragraphs): the static pages of every portal
    ("gioi-thieu", "Giới thiệu chung", ["Trang thông tin điện tử là cơ quan thông tin của cấp ủy, có nhiệm vụ thông tin, tuyên truyền "
                                        "chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và hoạt động của cấp ủy các cấp.",
                                        "Trang được tổ chức theo các chuyên mục tin hoạt động, xây dựng Đảng, văn bản, nghiên cứu - trao đổi; "
                                        "mọi ý kiến đóng góp xin gửi về Ban Biên tập."]),
    ("lich-su", "Lịch sử Đảng bộ", ["Đảng bộ tỉnh được thành lập trong phong trào cách mạng những năm 1930 và trải qua nhiều lần chia "
                                    "tách, hợp nhất địa giới hành chính.", "Qua các kỳ đại hội, Đảng bộ luôn giữ vững vai trò lãnh đạo toàn diện "
                                    "đối với sự nghiệp xây dựng và phát triển của địa phương."]),
    ("co-cau-to-chuc", "Cơ cấu tổ chức", ["Ban Chấp hành Đảng bộ tỉnh; Ban Thường vụ Tỉnh ủy; Thường trực Tỉnh ủy; các ban tham mưu, "
                                          "giúp việc Tỉnh ủy và các đảng bộ trực thuộc.", "Thông tin chi tiết về chức năng, nhiệm vụ của từng "
                                          "cơ quan được cập nhật theo quyết định của Ban Thường vụ Tỉnh ủy."]),
    ("lien-he", "Liên hệ", ["Mọi thông tin, bài viết, ý kiến đóng góp xin gửi về Ban Biên tập qua thư điện tử hoặc theo địa chỉ của cơ quan.",
                            "Điện thoại đường dây nóng của Ban Biên tập tiếp nhận thông tin trong giờ hành chính các ngày làm việc."]),
    ("so-do-site", "Sơ đồ trang", ["Trang chủ; Giới thiệu; Tin tức - Sự kiện; Xây dựng Đảng; Văn bản; Liên hệ."]),
]

def pad_b64(seed, kb):
    """Deterministic base64 of about `kb` KB (a __VIEWSTATE, a serialized portlet state)."""
    import base64 as _b64
    r = _rnd.Random(seed)
    return _b64.b64encode(bytes(r.randrange(256) for _ in range(kb * 768))).decode("ascii")


def dat_ten_thong_bao(items, ky_hieu="TU"):
    """Notices ('thongbao' items) get their real headline: 'Thông báo số N-TB/<ky_hieu> của <cơ quan> về <việc>' (unique)."""
    for i, a in enumerate(items):
        if a["kieu"] != "thongbao":
            continue
        so = 480 - i * 3
        a["so_hieu"] = "Số %d-TB/%s" % (so, ky_hieu)
        a["tieu_de"] = "Thông báo số %d-TB/%s về %s" % (so, ky_hieu, CHU_DE[a["chu_de"]][1][i % 3])
# ---------------------------------------------------------------- set 27 helpers
import time as _time
_LAN = {}


def chap_chon(key):
    """A page that fails now and then: every other request of `key` fails, the first one included (so a retry recovers)."""
    n = _LAN.get(key, 0)
    _LAN[key] = n + 1
    return n % 2 == 0


def cham(tv, giay=1.0):
    """A slow answer: wait `giay` seconds unless the check asked for no waiting (environ['replica.nosleep'])."""
    if not tv.env.get("replica.nosleep"):
        _time.sleep(giay)


def cua_so(cur, last, rong=2):
    """The numbers a windowed pager prints: 1, …, cur-rong .. cur+rong, …, last (None = an ellipsis)."""
    pages = sorted({1, last} | set(range(max(1, cur - rong), min(last, cur + rong) + 1)))
    out, prev = [], 0
    for p in pages:
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


def bo_dau_giu_hoa(s, toi_da=0):
    """NukeViet's change_alias: accents stripped, case kept, everything else a hyphen."""
    out = _re.sub(r"[^0-9A-Za-z]+", "-", bo_dau(s)).strip("-")
    if toi_da and len(out) > toi_da:
        out = out[:toi_da].rsplit("-", 1)[0].rstrip("-")
    return out
# ==== KERNEL END ====

SITE = "Đảng ủy Khối các cơ quan tỉnh Hồng Quảng"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 3, "tinhuy", "bai"),
            ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 2, "tinhuy", "dai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
CAT = {"tin-hoat-dong": 219, "xay-dung-dang": 220, "nghien-cuu-trao-doi": 224, "van-ban": 230}
CAT_SLUG = {k: duong_dan(n, hoa=True) for k, n, _, _, _ in SECTIONS}
BY_CAT = {v: k for k, v in CAT.items()}
NEWS_SECS = [s for s in SECTIONS if s[0] != "van-ban"]
HUYEN = ["Hòn Gai", "Cẩm Phả", "Uông Bí", "Hoành Bồ", "Cẩm Phả", "Đông Triều", "Yên Hưng", "Vân Đồn", "Cô Tô", "Quảng Yên", "Mạo Khê", "Hà Lầm"]
XA = ["Hà Tu", "Hà Phong", "Cửa Ông", "Mông Dương", "Vàng Danh", "Hà Khánh", "Cao Xanh", "Giếng Đáy"]
AP = ["Khu 3", "Khu 5", "Tổ 12", "Khu Vĩnh Tuy", "Tổ 7 khu 4", "Khu Bình Minh"]
PER_PAGE = 12
N_ARTS = 128
LOAI = [(1, "Nghị quyết"), (2, "Chỉ thị"), (3, "Kế hoạch"), (4, "Thông báo"), (5, "Công văn")]

_s = SoanTin(27301, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(27301, N_ARTS, gan=6),
             id_dau=15400, buoc=5, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "van-ban", "nghien-cuu-trao-doi"),
             chu_de=("dai-hoi", "sap-xep", "kiem-tra", "hoc-tap-bac", "dan-van", "tu-tuong"))
ARTS = _s.items
dat_ten_thong_bao(ARTS, "ĐUK")
for _i, _a in enumerate([a for a in ARTS if a["cm"] == "van-ban"]):
    _a["loai"] = LOAI[_i % len(LOAI)][0]
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 90, hoa=True)
BY_ID = {a["id"]: a for a in ARTS}
NEWS = [a for a in ARTS if a["cm"] != "van-ban"]
DOCS = [a for a in ARTS if a["cm"] == "van-ban"]
DOCS_SHOWN = 8
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu-trao-doi"][1::3]}     # also in 'Xây dựng Đảng'
WITHDRAWN = [(15411, 219, "Ra-Mat-Mo-Hinh-Dan-Van-Kheo-O-Khu-5-Phuong-Ha-Tu"), (15392, 220, "Hoi-Nghi-Quan-Triet-Chi-Thi-So-35-CT-TW")]
FLAKY = NEWS[7]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def url(a, k=None):
    if a["cm"] == "van-ban":
        return "/VanBan/ChiTiet/%d" % a["id"]
    return "/DetailView/%d/%d/%s.html" % (a["id"], CAT[k or a["cm"]], a["slug"])


def list_url(k, i=0):
    return "/ListView/%d/%s.html" % (CAT[k], CAT_SLUG[k]) + ("?pageIndex=%d" % i if i else "")


def pinned(k):
    items = in_sec(k)
    return sorted(items[PER_PAGE:PER_PAGE * 3], key=lambda a: -a["xem"])[:3]


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def shell(tv, title, main, canonical=None, head=""):
    menu = "".join('<li><a href="%s">%s</a></li>' % (list_url(k), x(n)) for k, n, _, _, _ in NEWS_SECS)
    body = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<title>%s | %s</title>\n%s<link href="/Content/bootstrap.min.css" rel="stylesheet"/>\n<link href="/Content/site.css?v=1.4.2" rel="stylesheet"/>\n%s'
        '<style>%s</style>\n<script src="/Scripts/modernizr-2.8.3.js"></script>\n</head>\n<body>\n<div class="top-bar"><div class="container"><span class="date">%s, '
        'ngày %s</span><form action="/TimKiem" method="get" class="search-top"><input type="text" name="tukhoa" placeholder="Nhập từ khóa..." /><button type="submit">'
        'Tìm</button></form></div></div>\n<div class="header"><div class="container"><a href="/Home/Index" class="logo"><img src="/Images/banner-duk-hongquang.png" '
        'alt="%s" /></a></div></div>\n<nav class="navbar navbar-default menu-main"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a>'
        '</li><li><a href="/GioiThieu">Giới thiệu</a></li>%s<li><a href="/VanBan">Văn bản</a></li><li><a href="/LichCongTac">Lịch công tác</a></li><li><a '
        'href="/LienHe">Liên hệ</a></li></ul></div></nav>\n<div class="container body-content"><div class="row"><div class="col-md-8 col-main">%s</div>'
        '<div class="col-md-4 col-right"><div class="box-right"><div class="title-box">Tin đọc nhiều</div><ul class="list-news-right">%s</ul></div>'
        '<div class="box-right"><div class="title-box">Văn bản mới</div><ul class="list-news-right">%s</ul></div><div class="box-right"><div class="title-box">'
        'Liên kết</div><select class="form-control" onchange="if(this.value!=\'\')window.open(this.value)"><option value="">-- Liên kết website --</option>'
        '<option value="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="https://dangbokhoi.example/">Đảng bộ Khối các cơ quan '
        'Trung ương</option></select></div></div></div></div>\n<footer class="footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI CÁC CƠ QUAN '
        'TỈNH HỒNG QUẢNG</strong></p><p>Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 2, thị xã Hòn Gai. Điện thoại: 033.3835.xxx</p><p>Giấy phép số 12/GP-TTĐT. Ghi '
        'rõ nguồn khi phát hành lại thông tin từ trang này.</p><p><a href="/RSS">RSS</a></p></div></footer>\n<script src="/Scripts/jquery-1.12.4.min.js"></script>\n'
        '<script src="/Scripts/bootstrap.min.js"></script>\n<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(SITE), ('<link rel="canonical" href="%s%s" />\n' % (tv.origin, x(canonical))) if canonical else "", head, pad_css(len(title) * 7 + 1, 18, "dcs"),
        thu(BAY_GIO), ngay(BAY_GIO), x(SITE), menu, main,
        "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in sorted(NEWS, key=lambda a: -a["xem"])[:5]),
        "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in DOCS[:4]), pad_js(len(title) * 5 + 2, 11, "site.bundle"))
    return body


def answer(tv, body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private"), ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"),
                                         ("X-Powered-By", "ASP.NET")] + list(headers))


def item(a, k=None):
    return ('<div class="news-item clearfix"><a href="%s" class="thumb"><img src="/Image/Medium/%s_%d.jpg" alt="%s" /></a><h3><a href="%s">%s</a></h3>'
            '<div class="meta">%s | %d</div><p class="sapo">%s</p></div>') % (
        url(a, k), a["ngay"].strftime("%Y%m%d%H%M%S"), a["id"], x(a["tieu_de"]), url(a, k), x(a["tieu_de"]), ngay(a["ngay"]), a["xem"], x(a["sapo"]))


def pager(k, cur, last):
    """Blocks of five: Trang đầu « Trước … 6 7 8 9 10 … Sau » Trang cuối (page numbers 1-based on screen, pageIndex 0-based in the URL)."""
    b = cur // 5
    out = []
    if cur > 0:
        out += ['<li><a href="%s">Trang đầu</a></li>' % x(list_url(k)), '<li><a href="%s">« Trước</a></li>' % x(list_url(k, cur - 1))]
    if b > 0:
        out.append('<li><a href="%s">...</a></li>' % x(list_url(k, b * 5 - 1)))
    for i in range(b * 5, min(last, b * 5 + 5)):
        out.append('<li class="active"><span>%d</span></li>' % (i + 1) if i == cur else '<li><a href="%s">%d</a></li>' % (x(list_url(k, i)), i + 1))
    if b * 5 + 5 < last:
        out.append('<li><a href="%s">...</a></li>' % x(list_url(k, b * 5 + 5)))
    if cur < last - 1:
        out += ['<li><a href="%s">Sau »</a></li>' % x(list_url(k, cur + 1)), '<li><a href="%s">Trang cuối</a></li>' % x(list_url(k, last - 1))]
    return '<ul class="pagination">%s</ul>' % "".join(out)


def list_page(tv, k, i):
    items = in_sec(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    shown = items[i * PER_PAGE:(i + 1) * PER_PAGE]
    body = "".join(item(a, k) for a in shown) or '<p class="empty">Không có dữ liệu.</p>'
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol><h1 class="cat-title">%s</h1><div class="tieu-diem"><div '
            'class="title-box">Tin tiêu điểm</div>%s</div><div class="list-news">%s</div>%s') % (
        x(SECNAME[k]), x(SECNAME[k]), "".join(item(a) for a in pinned(k)), body, pager(k, i, last) if shown else "")
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/rss/%d.rss" />\n' % (x(SECNAME[k]), tv.origin, CAT[k])
    return answer(tv, shell(tv, SECNAME[k], main, list_url(k), head))


def home(tv):
    main = '<div class="home-hot">%s</div>' % "".join(item(a) for a in NEWS[:5])
    for k, n, _, _, _ in NEWS_SECS:
        main += '<div class="home-cat"><h2 class="title-cat"><a href="%s">%s</a></h2><ul>%s</ul></div>' % (
            list_url(k), x(n), "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (url(a, k), x(a["tieu_de"]), ngay(a["ngay"]))
                                       for a in in_sec(k)[:5]))
    return answer(tv, shell(tv, "Trang chủ", main, "/"))


def paras_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table class="image" align="center"><tr><td><img src="/Image/Large/%s_%d.jpg" /></td></tr><tr><td class="image_desc">%s</td></tr></table>' % (
                a["ngay"].strftime("%Y%m%d%H%M%S"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, k):
    others = [b for b in in_sec(a["cm"]) if b is not a][:6]
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="%s">%s</a></li></ol><div class="detail"><h1 class="title-detail">%s</h1>'
            '<div class="meta-detail">Ngày đăng: %s %s | Lượt xem: %d <span class="tools"><a href="/PrintView/%d.html" target="_blank">In bài</a> | <a href="javascript:'
            'history.back()">Quay lại</a></span></div><div class="sapo-detail"><strong>%s</strong></div><div class="content-detail">%s</div><p class="author" '
            'style="text-align: right;"><strong>%s</strong></p></div><div class="other-news"><div class="title-box">Tin cùng chuyên mục</div><ul>%s</ul></div>') % (
        list_url(a["cm"]), x(SECNAME[a["cm"]]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], a["id"], x(a["sapo"]), paras_of(a), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    return answer(tv, shell(tv, a["tieu_de"], main, None))       # article pages carry no canonical


def print_page(tv, a):
    return answer(tv, ('<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>%s</title><link href="/Content/print.css" rel="stylesheet"/></head><body '
                       'onload="window.print()"><div class="print"><img src="/Images/logo-print.png" alt="" /><h1>%s</h1><p class="date">Ngày đăng: %s %s</p><p><strong>%s'
                       '</strong></p>%s<p style="text-align:right"><strong>%s</strong></p><p class="src">Nguồn: %s%s</p></div></body></html>\n') % (
        x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), paras_of(a), x(a["tac_gia"]), tv.origin, url(a)))


def soft_404(tv):
    return answer(tv, shell(tv, "Thông báo", '<div class="alert alert-warning">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</div><p><a href="/">Về trang chủ</a></p>'))


# ---------------------------------------------------------------- documents
def doc_table(docs):
    return ('<table class="table table-bordered tbl-vanban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>'
            '<tbody>%s</tbody></table>') % "".join(
        '<tr><td>%s</td><td>%s</td><td><a href="%s">%s</a></td><td><a href="/Uploads/VanBan/%d/%s.pdf">Tải về</a></td></tr>' % (
            x(a["so_hieu"].replace("Số ", "")), ngay(a["ngay"]), url(a), x(a["tieu_de"]), a["ngay"].year, a["so_hieu"].replace("Số ", "").replace("/", "-"))
        for a in docs) if docs else '<p class="empty">Không tìm thấy văn bản.</p>'


def van_ban_page(tv):
    years = "".join('<option value="%d">%d</option>' % (y, y) for y in (2025, 2024))
    types = '<option value="0">-- Loại văn bản --</option>' + "".join('<option value="%d">%s</option>' % (i, n) for i, n in LOAI)
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Văn bản</li></ol><h1 class="cat-title">Văn bản</h1>'
            '<div class="box-tracuu"><div class="title-box">Tra cứu văn bản</div><form action="/VanBan/TraCuu" data-ajax="true" data-ajax-method="GET" '
            'data-ajax-mode="replace" data-ajax-update="#ketqua" data-ajax-loading="#dangtai" id="form0" method="post"><input name="__RequestVerificationToken" '
            'type="hidden" value="Rk3v0Xq9pT7mW2sY8nLc4BdE1hJ6gUaZ-fO5iKyN3rQ0tVwMx" /><div class="row"><div class="col-md-4"><input class="form-control" name="TuKhoa" '
            'placeholder="Số ký hiệu, trích yếu..." type="text" value="" /></div><div class="col-md-3"><select class="form-control" name="Nam">%s</select></div>'
            '<div class="col-md-3"><select class="form-control" name="LoaiVanBan">%s</select></div><div class="col-md-2"><input class="btn btn-primary" type="submit" '
            'value="Tra cứu" /></div></div></form><div id="dangtai" style="display:none">Đang tải...</div></div><div id="ketqua"><div class="title-box">Văn bản mới ban '
            'hành</div>%s</div>') % (years, types, doc_table(DOCS[:DOCS_SHOWN]))
    return answer(tv, shell(tv, "Văn bản", main, "/VanBan"))


def tra_cuu(tv):
    if tv.method == "POST":        # [HttpGet] only: MVC finds no action for a POST
        return answer(tv, '<!DOCTYPE html><html><head><title>The resource cannot be found.</title></head><body><span><h1>Server Error in \'/\' Application.'
                          '<hr width=100% size=1 color=silver></h1><h2><i>The resource cannot be found.</i></h2></span><p><b>Description: </b>HTTP 404. The resource you '
                          'are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.</p><p><b>Requested '
                          'URL: </b>/VanBan/TraCuu</p></body></html>', 404)
    nam, loai = tv.q.get("Nam", ""), tv.q.get("LoaiVanBan", "0")
    docs = [a for a in DOCS if (not nam or str(a["ngay"].year) == nam) and (loai in ("", "0") or str(a["loai"]) == loai)]
    part = '<div class="title-box">Kết quả tra cứu (%d văn bản)</div>%s' % (len(docs), doc_table(docs))
    if tv.h("X-Requested-With") == "XMLHttpRequest" or tv.q.get("X-Requested-With") == "XMLHttpRequest":
        return answer(tv, part)                  # Request.IsAjaxRequest(): the partial view
    return answer(tv, shell(tv, "Tra cứu văn bản", '<div id="ketqua">%s</div>' % part, "/VanBan"))


def doc_page(tv, a):
    ten = dict(LOAI)[a["loai"]]
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/VanBan">Văn bản</a></li></ol><div class="detail"><h1 class="title-detail">%s</h1>'
            '<table class="table table-bordered"><tr><th>Số ký hiệu</th><td>%s</td></tr><tr><th>Loại văn bản</th><td>%s</td></tr><tr><th>Ngày ban hành</th><td>%s</td>'
            '</tr><tr><th>Cơ quan ban hành</th><td>Ban Thường vụ Đảng ủy Khối</td></tr></table><div class="meta-detail">Ngày đăng: %s %s</div><div class="sapo-detail">'
            '<strong>%s</strong></div><div class="content-detail">%s</div><p class="attach">Tệp đính kèm: <a href="/Uploads/VanBan/%d/%s.pdf">%s.pdf</a></p></div>'
            '<div class="other-news"><div class="title-box">Văn bản khác</div><ul>%s</ul></div>') % (
        x(a["tieu_de"]), x(a["so_hieu"]), ten, ngay(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), paras_of(a), a["ngay"].year,
        a["so_hieu"].replace("Số ", "").replace("/", "-"), a["so_hieu"].replace("Số ", "").replace("/", "-"),
        "".join('<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in DOCS[:5] if b is not a))
    return answer(tv, shell(tv, a["tieu_de"], main, url(a)))


# ---------------------------------------------------------------- feeds, sitemap, calendar
def rss_page(tv):
    main = '<h1 class="cat-title">RSS</h1><ul>%s</ul>' % "".join('<li><a href="/rss/%d.rss">%s</a></li>' % (CAT[k], x(n)) for k, n, _, _, _ in NEWS_SECS)
    return answer(tv, shell(tv, "RSS", main, "/RSS"))


def sitemap(tv):
    rows = [("/", BAY_GIO, "hourly")] + [(list_url(k), None, "daily") for k, _, _, _, _ in NEWS_SECS]
    for a in NEWS:
        rows.append((url(a) if a["ngay"].year == 2025 else "/Home/DetailView?id=%d" % a["id"], a["ngay"], None))
    rows += [("/DetailView/%d/%d/%s.html" % w, _dt.datetime(2025, 3, 4, 8, 30), None) for w in WITHDRAWN]
    return urlset(tv.origin, rows)


def lich(tv):
    t, n = tv.so("tuan", 26, 1, 53), tv.so("nam", 2025, 1990, 2100)
    if t is None or n is None:
        return answer(tv, shell(tv, "Lịch công tác", "<p>Tham số không hợp lệ.</p>"), 400)
    pt, pn = (t - 1, n) if t > 1 else (52, n - 1)
    nt, nn = (t + 1, n) if t < 52 else (1, n + 1)
    main = ('<h1 class="cat-title">Lịch công tác tuần %d năm %d</h1><p><a href="/LichCongTac?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/LichCongTac?tuan=%d'
            '&amp;nam=%d">Tuần sau »</a></p><table class="table"><tr><td>Chưa có lịch công tác.</td></tr></table>') % (t, n, pt, pn, nt, nn)
    return answer(tv, shell(tv, "Lịch công tác", main, "/LichCongTac"))


def handle(tv):
    p = tv.path
    pl = p.lower()
    if p == "/robots.txt":
        return van_ban_txt(tv)
    if p == "/":
        return home(tv)
    if pl in ("/home", "/home/index", "/default.aspx"):
        return chuyen(tv.origin + "/", 301)
    if pl == "/home/detailview":
        a = BY_ID.get(int(tv.q.get("id", "0")) if tv.q.get("id", "").isdigit() else 0)
        return chuyen(tv.origin + url(a), 301) if a and a["cm"] != "van-ban" else soft_404(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == "/RSS":
        return rss_page(tv)
    m = _re.fullmatch(r"/rss/(\d+)\.rss", p)
    if m and int(m.group(1)) in BY_CAT and BY_CAT[int(m.group(1))] != "van-ban":
        k = BY_CAT[int(m.group(1))]
        return rss(tv.origin, SECNAME[k], list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:15]])
    m = _re.fullmatch(r"/ListView/(\d+)/([A-Za-z0-9-]+)\.html", p)
    if m and int(m.group(1)) in BY_CAT and BY_CAT[int(m.group(1))] != "van-ban":
        k = BY_CAT[int(m.group(1))]
        i = tv.so("pageIndex", 0, 0, 9999)
        if i is None:
            i = 0
        if (k, i) == ("tin-hoat-dong", 3):
            cham(tv, 1.0)
        return list_page(tv, k, i)
    m = _re.fullmatch(r"/DetailView/(\d+)/(\d+)/([A-Za-z0-9-]+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if not a or a["cm"] == "van-ban":
            return soft_404(tv)
        if a is FLAKY and chap_chon(p):
            return answer(tv, '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><span><h1>Server Error in \'/\' Application.</h1><h2><i>Runtime '
                              'Error</i></h2></span><p>An application error occurred on the server.</p></body></html>', 500)
        k = BY_CAT.get(int(m.group(2)), a["cm"])
        return article(tv, a, k if k != "van-ban" else a["cm"])
    m = _re.fullmatch(r"/PrintView/(\d+)\.html", p)
    if m and int(m.group(1)) in BY_ID and BY_ID[int(m.group(1))]["cm"] != "van-ban":
        return print_page(tv, BY_ID[int(m.group(1))])
    if p == "/VanBan":
        return van_ban_page(tv)
    if p == "/VanBan/TraCuu":
        return tra_cuu(tv)
    m = _re.fullmatch(r"/VanBan/ChiTiet/(\d+)", p)
    if m and int(m.group(1)) in BY_ID and BY_ID[int(m.group(1))]["cm"] == "van-ban":
        return doc_page(tv, BY_ID[int(m.group(1))])
    if p == "/LichCongTac":
        return lich(tv)
    if p in ("/GioiThieu", "/LienHe"):
        s, t, ps = TRANG_TINH[0] if p == "/GioiThieu" else TRANG_TINH[3]
        return answer(tv, shell(tv, t, '<h1 class="cat-title">%s</h1>%s' % (x(t), "".join("<p>%s</p>" % x(pp) for pp in ps)), p))
    return answer(tv, shell(tv, "Không tìm thấy trang", '<div class="alert alert-danger">Không tìm thấy trang yêu cầu (404).</div>'), 404)


def van_ban_txt(tv):
    return van_ban("User-agent: *\nDisallow: /Admin/\nDisallow: /Account/\nDisallow: /LichCongTac\nDisallow: /TimKiem\nCrawl-delay: 1\n"
                   "Sitemap: %s/sitemap.xml\n" % tv.origin)


app = chay_app(handle, [("Server", "Microsoft-IIS/8.5")], moi_lan=lambda tv, out: [("Set-Cookie", "ASP.NET_SessionId=%024x; path=/; HttpOnly" % (
    len(tv.path) * 40503 % 16 ** 24))], post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    if a["cm"] == "van-ban":
        return []
    out = ["/PrintView/%d.html" % a["id"], "/Home/DetailView?id=%d" % a["id"]]
    if a["id"] in CROSS:
        out.append(url(a, "xay-dung-dang"))
    return out


ONLY_AJAX = [url(a) for a in DOCS[DOCS_SHOWN:]]
_old = DOCS[-1]
_th = in_sec("tin-hoat-dong")
_cross = [a for a in ARTS if a["id"] in CROSS][0]

MANIFEST = {
    "family": "a '.dcs.vn'-style portal on ASP.NET MVC 5 (.NET Framework 4.8, IIS 8.5, Razor, jquery.unobtrusive-ajax) of a provincial Party bloc committee "
              "(Đảng ủy Khối các cơ quan tỉnh Hồng Quảng): 0-based pageIndex lists with a block pager and pinned items on every page, no canonical on "
              "articles, a sitemap of old and withdrawn addresses; older documents only through an Ajax.BeginForm printed method=\"post\" but sent as GET",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Account/", "/LichCongTac", "/TimKiem"],
    "trap_prefixes": ["/LichCongTac"],
    "only_via": {"unobtrusive-ajax": ONLY_AJAX},
    "flaky": {url(FLAKY): 500},
    "slow": [list_url("tin-hoat-dong", 3)],
    "notes": ("Articles /DetailView/<id>/<catId>/<Title-Case-Slug>.html (' - ' in a title becomes '---'), dated 'Ngày đăng: dd/mm/yyyy HH:MM' ('dd/mm/yyyy | "
              "views' in lists), NO canonical link; the catId is not checked, so an item of 'Nghiên cứu - Trao đổi' also listed in 'Xây dựng Đảng' (every 3rd) "
              "is linked there as /DetailView/<id>/220/<slug>.html (alias, 200). Print pages /PrintView/<id>.html ('In bài', alias); the old "
              "/Home/DetailView?id=<id> 301s to the article (the sitemap still lists it for the 2024 items). Lists /ListView/<catId>/<Slug>.html, "
              "?pageIndex=N 0-based (?pageIndex=0 = page 1 again; past the end 200 'Không có dữ liệu.'), %d a page, a pager in blocks of five ('Trang đầu', "
              "'« Trước', numbers, '...' to the next / previous block, 'Sau »', 'Trang cuối') and the category's 3 'Tin tiêu điểm' on top of EVERY page. "
              "Feeds /rss/<catId>.rss (15 newest; a /RSS page; <link rel=alternate> on lists). /sitemap.xml: lists, every news item (2024 ones under "
              "/Home/DetailView?id=), two withdrawn items (200 'Bài viết không tồn tại hoặc đã bị gỡ bỏ.': soft 404); no documents. Documents "
              "/VanBan/ChiTiet/<id> (a PDF each); /VanBan shows the newest %d; the other %d only through 'Tra cứu văn bản', an Ajax.BeginForm: <form "
              "action=\"/VanBan/TraCuu\" data-ajax=\"true\" data-ajax-method=\"GET\" … method=\"post\"> with an anti-forgery token, a text box, selects "
              "Nam (2025, 2024) and LoaiVanBan (0-5) and a submit button; GET /VanBan/TraCuu?…&X-Requested-With=XMLHttpRequest answers the partial (without "
              "the pair / header, the full page), a POST answers IIS's 404 (the action is [HttpGet]). Flaky: %s answers 500 every other request; slow: "
              "%s (1 s). /Home/Index (the logo) 301s to /. Week calendar /LichCongTac?tuan=W&nam=Y forever (trap, robots-disallowed). An "
              "ASP.NET_SessionId cookie on every answer." % (PER_PAGE, DOCS_SHOWN, len(ONLY_AJAX), url(FLAKY), list_url("tin-hoat-dong", 3))),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 1), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(pinned("tin-hoat-dong")[0]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 99), "status": 200, "contains": "Không có dữ liệu."},
    {"path": url(_th[0]), "status": 200, "not_contains": 'rel="canonical"'},
    {"path": url(_cross, "xay-dung-dang"), "status": 200, "contains": x(_cross["tieu_de"])},
    {"path": "/VanBan", "status": 200, "contains": 'data-ajax-method="GET"', "not_contains": x(_old["tieu_de"])},
    {"path": "/VanBan/TraCuu", "method": "POST", "body": b"TuKhoa=&Nam=2024&LoaiVanBan=0", "status": 404},
    {"path": "/VanBan/TraCuu?TuKhoa=&Nam=2024&LoaiVanBan=0&X-Requested-With=XMLHttpRequest", "status": 200, "contains": x(_old["tieu_de"]),
     "not_contains": "<html"},
    {"path": "/Home/DetailView?id=%d" % _th[-1]["id"], "status": 301, "location": url(_th[-1])},
    {"path": "/DetailView/%d/%d/%s.html" % WITHDRAWN[0], "status": 200, "contains": "Bài viết không tồn tại hoặc đã bị gỡ bỏ."},
]
SUMMARY = {
    "chains": ["/ -> /ListView/<catId>/<Slug>.html -> ?pageIndex=N (0-based, blocks of five) -> /DetailView/<id>/<catId>/<Slug>.html -> /PrintView/<id>.html",
               "/ -> /VanBan (8 newest) -> Ajax.BeginForm data-ajax-method=GET -> /VanBan/TraCuu?…&Nam=2024&…&X-Requested-With=XMLHttpRequest -> "
               "/VanBan/ChiTiet/<id>",
               "robots Sitemap: /sitemap.xml -> items (2024 ones via /Home/DetailView?id= 301)"],
    "discovery": [
        "'Văn bản' shows the newest %d documents; the rest only through 'Tra cứu văn bản', an ASP.NET MVC Ajax.BeginForm printed method=\"post\" with "
        "data-ajax=\"true\" data-ajax-method=\"GET\": jquery.unobtrusive-ajax sends a GET (adding X-Requested-With=XMLHttpRequest), the action accepts GET "
        "only, so a crawler that trusts the method attribute gets a 404 and never sees an older document (only_via unobtrusive-ajax %d)" % (
            DOCS_SHOWN, len(ONLY_AJAX)),
        "the lists page by a 0-based ?pageIndex= whose pager shows five numbers at a time, and pin three items on top of every page (a naive repeat "
        "detector may take later pages for repeats); the sitemap covers every news item, partly through old 301ing addresses (no only_via)",
    ],
    "set27_pages": {"unobtrusive-ajax": ["/VanBan"]},
    "alias_kinds": ["print pages /PrintView/<id>.html", "the old /Home/DetailView?id=<id> (301; in the sitemap)",
                    "an item of two sections under the other catId (200, no canonical on either)"],
    "quirks": ["Crawl-delay: 1", "no canonical on article pages", "three pinned items on top of every list page", "?pageIndex=0 repeats page 1",
               "past-the-end pages 200 'Không có dữ liệu.'", "the sitemap lists withdrawn items (soft 404) and old addresses (301)",
               "a POST of the documents form answers 404", "%s 500 every other request" % url(FLAKY), "a list page slow (1 s)",
               "an ASP.NET_SessionId cookie on every answer", "week calendar trap under robots' Disallow: /LichCongTac"],
    "not_articles": ["/DetailView/%d/%d/%s.html" % w for w in WITHDRAWN],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
