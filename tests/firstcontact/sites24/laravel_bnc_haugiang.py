"""Blind replica, set 24, site C: an in-house Laravel 10 portal with Livewire 3 and Alpine.js (PHP 8.2-FPM behind nginx, MySQL; a
provincial software company's, hedged) of Ban Nội chính Tỉnh ủy Hậu Giang.  Discovery twists: list pagers are Livewire
buttons (wire:click) with the plain Laravel pager only inside <noscript>; the chuyên đề 'Cải cách tư pháp' is linked only
from Alpine x-if tabs, i.e. inside <template> elements.  See README.md (section C)."""
# ==== KERNEL BEGIN (sites24 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 24 kernel (set 23's, unchanged but for its name and its day, 25/06/2025): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
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
NGAY = {1: _dt.datetime(2025, 6, 25, 9, 30)}        # the first crawl, local time (Asia/Ho_Chi_Minh)
BAY_GIO = NGAY[1]


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 24 serves one day only (DAYS = 1)")


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
# ==== KERNEL END ====

import hashlib as _hl

SITE = "Ban Nội chính Tỉnh ủy Hậu Giang"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 5, "tinhuy", "bai"), ("phong-chong-tham-nhung", "Phòng, chống tham nhũng, tiêu cực", 3, "tinhuy", "bai"),
            ("cai-cach-tu-phap", "Cải cách tư pháp", 2, "huyenuy", "bai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
LISTED = ["tin-hoat-dong", "phong-chong-tham-nhung"]          # /chuyen-muc/<slug> (Livewire lists)
HUYEN = ["Châu Thành", "Phụng Hiệp", "Long Mỹ", "Vị Thanh", "Mỹ Tú", "Thạnh Trị", "Kế Sách", "Ô Môn", "Thốt Nốt", "Vĩnh Châu", "Long Phú",
         "Mỹ Xuyên"]
XA = ["Hỏa Lựu", "Vị Tân", "Tân Phú Thạnh", "Long Bình", "Đại Thành", "Phương Bình", "Thạnh Xuân", "Hiệp Hưng"]
AP = ["Ấp Mỹ Hiệp", "Ấp 7", "Ấp Tân Phú", "Khu vực 3", "Ấp Long An", "Ấp Thạnh Lợi"]
PER_PAGE = 10
N_ARTS = 124
D = _dt.datetime

_s = SoanTin(24301, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(24301, N_ARTS, gan=6),
             id_dau=5200, buoc=3, cm_dau=("tin-hoat-dong", "phong-chong-tham-nhung", "van-ban", "tin-hoat-dong", "cai-cach-tu-phap"),
             chu_de=("kiem-tra", "tu-tuong", "xa-hoi", "sap-xep", "dai-hoi", "dan-van"))
ARTS = _s.items
dat_ten_thong_bao(ARTS, "BNCTU")
_seen = set()
for _a in ARTS:
    _sl = duong_dan(_a["tieu_de"], 80)
    if _sl in _seen:                                # Str::slug() + the id when the slug is taken
        _sl = "%s-%d" % (_sl, _a["id"])
    _seen.add(_sl)
    _a["slug"] = _sl
BY_SLUG = {a["slug"]: a for a in ARTS}
NEWS = [a for a in ARTS if a["cm"] in LISTED]
TIN_MOI = NEWS[:5]
XEM_NHIEU = sorted(NEWS, key=lambda a: -a["xem"])[:5]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    return ("/van-ban/%s" if a["cm"] == "van-ban" else "/tin-tuc/%s") % a["slug"]


def list_path(k):
    return "/van-ban" if k == "van-ban" else "/chuyen-de/cai-cach-tu-phap" if k == "cai-cach-tu-phap" else "/chuyen-muc/" + k


def set_day(day):
    kiem_ngay(day)


def _tok(tv, salt, n=40):
    return _hl.sha1(("%s|%s" % (salt, tv.path)).encode()).hexdigest()[:n]


def cookies(tv, out):
    """Laravel's XSRF-TOKEN and session cookies on every answer (never read back)."""
    exp = "Wed, 25 Jun 2025 04:30:00 GMT"
    return [("Set-Cookie", "XSRF-TOKEN=eyJpdiI6I%s%%3D%%3D; expires=%s; Max-Age=7200; path=/; samesite=lax" % (_tok(tv, "x", 32), exp)),
            ("Set-Cookie", "ban_noi_chinh_hau_giang_session=eyJpdiI6I%s%%3D%%3D; expires=%s; Max-Age=7200; path=/; httponly; samesite=lax" % (_tok(tv, "s", 32), exp)),
            ("Cache-Control", "no-cache, private")]


# ---------------------------------------------------------------- pages
def shell(tv, title, main, canonical=None, head=""):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (list_path(k), x(SECNAME[k])) for k in LISTED)
    side = lambda xs: "".join('<li class="d-flex gap-2 mb-2"><a href="%s"><img src="/storage/thumbs/%d.jpg" width="80" height="54" alt=""></a>'
                              '<a href="%s" class="small">%s</a></li>' % (url(a), a["id"], url(a), x(a["tieu_de"])) for a in xs)
    body = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="csrf-token" content="%s">\n<title>%s - %s</title>\n%s<link rel="preload" as="style" href="/build/assets/app-4f9c2a1e.css">'
        '<link rel="stylesheet" href="/build/assets/app-4f9c2a1e.css"><link rel="modulepreload" href="/build/assets/app-8b3d71c0.js">'
        '<script type="module" src="/build/assets/app-8b3d71c0.js"></script>\n<style>%s</style>\n<style>[wire\\:loading], [wire\\:loading\\.delay] { display: none; } '
        '[x-cloak] { display: none !important; }</style>\n%s</head>\n<body class="antialiased">\n'
        '<header class="site-header" x-data="{ open: false }"><div class="topbar"><div class="container d-flex justify-content-between"><span>%s, %s</span>'
        '<form action="/tim-kiem" method="get" class="search"><input type="text" name="tu_khoa" placeholder="Nhập từ khóa..." aria-label="Tìm kiếm">'
        '<button type="submit" class="btn btn-sm">Tìm</button></form></div></div><div class="container banner"><a href="/"><img src="/images/banner-bnc.png" alt="%s"></a></div>'
        '<nav class="navbar navbar-expand-lg main-nav"><div class="container"><button class="navbar-toggler" type="button" @click="open = !open" '
        'aria-label="Menu"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" :class="{ \'show\': open }"><ul class="navbar-nav">'
        '<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>%s'
        '<li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li><li class="nav-item"><a class="nav-link" href="/lich-tiep-cong-dan?thang=2025-06">'
        'Lịch tiếp công dân</a></li><li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul></div></div></nav></header>\n'
        '<main class="container py-3"><div class="row"><div class="col-lg-8">%s</div><aside class="col-lg-4"><div class="box-side"><h3 class="box-side__title">Tin mới</h3>'
        '<ul class="list-unstyled">%s</ul></div><div class="box-side"><h3 class="box-side__title">Xem nhiều</h3><ul class="list-unstyled">%s</ul></div>'
        '<div class="box-side banner-side"><a href="https://dichvucong.example/" target="_blank" rel="noopener"><img src="/images/dvc.png" alt="Dịch vụ công"></a></div>'
        '</aside></div></main>\n<footer class="site-footer"><div class="container"><p><strong>BAN NỘI CHÍNH TỈNH ỦY HẬU GIANG</strong></p><p>Địa chỉ: số 9 đường Hòa Bình, '
        'thành phố Cần Thơ. Điện thoại: 0292.3820.xxx.</p><p>Chịu trách nhiệm nội dung: Trưởng Ban Nội chính Tỉnh ủy.</p></div></footer>\n'
        '<script src="/vendor/livewire/livewire.min.js?id=5d8beb2e" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-once="true"></script>\n'
        '<script>%s</script>\n</body>\n</html>\n') % (
        _tok(tv, "c"), x(title), x(SITE), ('<link rel="canonical" href="%s%s">\n' % (tv.origin, x(canonical))) if canonical else "", pad_css(len(title) + 19, 20, "bnc"),
        head, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), nav, main, side(TIN_MOI), side(XEM_NHIEU), _tok(tv, "c"), pad_js(len(title) + 2, 12, "app.bundle"))
    return Dapung(body, 200)


def card(a):
    return ('<div class="news-item d-flex gap-3 mb-3"><a href="%s" class="news-item__thumb"><img src="/storage/bai-viet/%d/%02d/%d.jpg" width="240" height="160" '
            'alt="%s" loading="lazy"></a><div class="news-item__body"><h3 class="news-item__title"><a href="%s">%s</a></h3><div class="news-item__meta small text-muted">'
            '<i class="bi bi-clock"></i> %s</div><p class="news-item__sapo">%s</p></div></div>') % (
        url(a), a["ngay"].year, a["ngay"].month, a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def doc_row(a):
    return '<tr wire:key="vb-%d"><td class="text-nowrap">%s</td><td><a href="%s">%s</a></td><td class="text-nowrap">%s</td></tr>' % (
        a["id"], x(a["so_hieu"].replace("Số ", "")), url(a), x(a["tieu_de"]), ngay(a["ngay"]))


def lw_pager(n, pages, total):
    """Livewire 3's bootstrap pagination view: buttons, no addresses."""
    if pages <= 1:
        return ""

    def btn(label, call, dusk=None):
        return '<li class="page-item"><button type="button"%s class="page-link" wire:click="%s" x-on:click="$el.closest(\'body\').scrollIntoView()" wire:loading.attr="disabled">%s</button></li>' % (
            ' dusk="%s"' % dusk if dusk else "", call, label)
    items = ['<li class="page-item disabled" aria-disabled="true"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>' if n == 1 else
             btn("&lsaquo;", "previousPage('page')", "previousPage.before")]
    for i in range(1, pages + 1):
        items.append('<li class="page-item active" wire:key="paginator-page-page%d" aria-current="page"><span class="page-link">%d</span></li>' % (i, i) if i == n else
                     '<li class="page-item" wire:key="paginator-page-page%d"><button type="button" class="page-link" wire:click="gotoPage(%d, \'page\')" '
                     'x-on:click="$el.closest(\'body\').scrollIntoView()">%d</button></li>' % (i, i, i))
    items.append('<li class="page-item disabled" aria-disabled="true"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>' if n == pages else
                 btn("&rsaquo;", "nextPage('page')", "nextPage.after"))
    lo, hi = (n - 1) * PER_PAGE + 1, min(total, n * PER_PAGE)
    return ('<div><nav class="d-flex justify-items-center justify-content-between"><div class="d-none flex-sm-fill d-sm-flex align-items-sm-center justify-content-sm-between">'
            '<div><p class="small text-muted">Hiển thị <span class="fw-semibold">%d</span> đến <span class="fw-semibold">%d</span> của <span class="fw-semibold">%d</span> '
            'kết quả</p></div><div><ul class="pagination">%s</ul></div></div></nav></div>') % (lo, hi, total, "".join(items))


def plain_pager(tv, path, n, pages):
    """Laravel's pagination::bootstrap-5 view (absolute addresses), printed inside <noscript>."""
    if pages <= 1:
        return ""
    u = lambda i: "%s%s?page=%d" % (tv.origin, path, i)
    items = ['<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; Trước"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>' if n == 1 else
             '<li class="page-item"><a class="page-link" href="%s" rel="prev" aria-label="&laquo; Trước">&lsaquo;</a></li>' % u(n - 1)]
    for i in range(1, pages + 1):
        items.append('<li class="page-item active" aria-current="page"><span class="page-link">%d</span></li>' % i if i == n else
                     '<li class="page-item"><a class="page-link" href="%s">%d</a></li>' % (u(i), i))
    items.append('<li class="page-item disabled" aria-disabled="true" aria-label="Sau &raquo;"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>' if n == pages else
                 '<li class="page-item"><a class="page-link" href="%s" rel="next" aria-label="Sau &raquo;">&rsaquo;</a></li>' % u(n + 1))
    return '<noscript><nav class="pager-noscript" aria-label="Phân trang"><ul class="pagination">%s</ul></nav></noscript>' % "".join(items)


def lw_list(tv, k, title):
    items = in_sec(k)
    n = tv.so("page", 1, 1, 99999) or 1
    pages = max(1, -(-len(items) // PER_PAGE))
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    path = list_path(k)
    wid = _tok(tv, "w" + k, 20)
    snap = ('{&quot;data&quot;:{&quot;chuyenMuc&quot;:&quot;%s&quot;,&quot;paginators&quot;:[{&quot;page&quot;:%d},{&quot;s&quot;:&quot;arr&quot;}]},'
            '&quot;memo&quot;:{&quot;id&quot;:&quot;%s&quot;,&quot;name&quot;:&quot;%s&quot;,&quot;path&quot;:&quot;%s&quot;,&quot;method&quot;:&quot;GET&quot;,'
            '&quot;children&quot;:[],&quot;scripts&quot;:[],&quot;assets&quot;:[],&quot;errors&quot;:[],&quot;locale&quot;:&quot;vi&quot;},&quot;checksum&quot;:&quot;%s&quot;}') % (
        k, n, wid, "danh-sach-van-ban" if k == "van-ban" else "danh-sach-bai-viet", path.lstrip("/").replace("/", "\\/"), _tok(tv, "k%d" % n, 64))
    effects = '{&quot;url&quot;:{&quot;paginators.page&quot;:{&quot;as&quot;:&quot;page&quot;,&quot;use&quot;:&quot;push&quot;,&quot;alwaysShow&quot;:false,&quot;except&quot;:null}}}'
    if k == "van-ban":
        inner = ('<table class="table table-bordered table-van-ban"><thead><tr><th>Số, ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead>'
                 '<tbody>%s</tbody></table>') % ("".join(doc_row(a) for a in shown) or '<tr><td colspan="3">Không có văn bản.</td></tr>')
    else:
        inner = "".join(card(a) for a in shown) or '<p class="text-muted">Không có bài viết.</p>'
    main = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">%s</li></ol></nav>'
            '<h1 class="page-title">%s</h1><div wire:snapshot="%s" wire:effects="%s" wire:id="%s" class="lw-list"><div wire:loading.class="opacity-50">%s</div>%s%s</div>') % (
        x(title), x(title), snap, effects, wid, inner, lw_pager(n, pages, len(items)) if n <= pages else "", plain_pager(tv, path, n, pages) if n <= pages else "")
    return shell(tv, title, main, path + ("?page=%d" % n if n > 1 else ""))


def chuyen_de(tv):
    items = in_sec("cai-cach-tu-phap")
    main = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item">Chuyên đề</li>'
            '<li class="breadcrumb-item active">Cải cách tư pháp</li></ol></nav><div class="chuyen-de-banner"><img src="/images/chuyen-de/cai-cach-tu-phap.jpg" alt="">'
            '<h1>Chuyên đề: Cải cách tư pháp</h1><p>Triển khai Nghị quyết số 27-NQ/TW và Kết luận số 84-KL/TW của Bộ Chính trị về xây dựng Nhà nước pháp quyền, '
            'cải cách tư pháp trên địa bàn tỉnh.</p></div><div class="row row-cols-1 row-cols-md-2 g-3">%s</div>') % "".join(
        '<div class="col">%s</div>' % card(a) for a in items)
    return shell(tv, "Chuyên đề: Cải cách tư pháp", main, "/chuyen-de/cai-cach-tu-phap")


def home(tv):
    th, pc, cc, vb = in_sec("tin-hoat-dong"), in_sec("phong-chong-tham-nhung"), in_sec("cai-cach-tu-phap"), in_sec("van-ban")
    slides = "".join('<div class="swiper-slide"><a href="%s"><img src="/storage/bai-viet/%d/%02d/%d.jpg" alt=""></a><div class="caption"><a href="%s">%s</a></div></div>' % (
        url(a), a["ngay"].year, a["ngay"].month, a["id"], url(a), x(a["tieu_de"])) for a in th[:4])

    def tab(key, items, more):
        return ('<template x-if="tab === \'%s\'"><div class="tab-pane fade show active"><ul class="list-unstyled">%s</ul><p class="text-end">'
                '<a href="%s" class="xem-tat-ca">Xem tất cả &raquo;</a></p></div></template>') % (key, "".join(
                    '<li class="mb-2"><a href="%s">%s</a> <span class="small text-muted">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in items), more)
    main = ('<section class="hero"><div class="swiper hero-swiper"><div class="swiper-wrapper">%s</div><div class="swiper-pagination"></div></div></section>'
            '<section class="box-home"><h2 class="box-home__title"><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></h2>%s</section>'
            '<section class="box-home box-chuyen-de" x-data="{ tab: \'cctp\' }"><h2 class="box-home__title">Chuyên đề</h2><ul class="nav nav-tabs" role="tablist">'
            '<li class="nav-item"><button type="button" class="nav-link" :class="{ \'active\': tab === \'cctp\' }" @click="tab = \'cctp\'">Cải cách tư pháp</button></li>'
            '<li class="nav-item"><button type="button" class="nav-link" :class="{ \'active\': tab === \'pctn\' }" @click="tab = \'pctn\'">Phòng, chống tham nhũng, tiêu cực</button></li>'
            '</ul><div class="tab-content pt-3">%s%s</div></section>'
            '<section class="box-home"><h2 class="box-home__title"><a href="/van-ban">Văn bản mới</a></h2><table class="table table-sm"><tbody>%s</tbody></table></section>') % (
        slides, "".join(card(a) for a in th[4:10]), tab("cctp", cc[:5], "/chuyen-de/cai-cach-tu-phap"), tab("pctn", pc[:5], "/chuyen-muc/phong-chong-tham-nhung"),
        "".join(doc_row(a) for a in vb[:5]))
    return shell(tv, "Trang chủ", main, "/")


def article(tv, a):
    k = a["cm"]
    paras = []
    for i, p in enumerate(a["doan"]):
        paras.append("<p>%s</p>" % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<figure class="figure text-center"><img src="/storage/bai-viet/%d/%02d/%d-1.jpg" class="figure-img img-fluid" alt="">'
                         '<figcaption class="figure-caption">%s</figcaption></figure>' % (a["ngay"].year, a["ngay"].month, a["id"], x(a["chu_thich"])))
    others = [b for b in in_sec(k) if b is not a][:6]
    if k == "cai-cach-tu-phap":
        crumb = '<li class="breadcrumb-item">Chuyên đề</li><li class="breadcrumb-item"><a href="/chuyen-de/cai-cach-tu-phap">Cải cách tư pháp</a></li>'
    else:
        crumb = '<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (list_path(k), x(SECNAME[k]))
    so = ('<p class="so-hieu"><strong>%s</strong></p>' % x(a["so_hieu"])) if a.get("so_hieu") else ""
    main = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>%s</ol></nav>'
            '<article class="article-detail"><h1 class="article-detail__title">%s</h1><div class="article-detail__meta small text-muted">'
            '<span><i class="bi bi-calendar3"></i> %s, %s %s</span> | <span><i class="bi bi-eye"></i> Lượt xem: %d</span></div>%s'
            '<div class="article-detail__sapo fw-bold">%s</div><div class="article-detail__content">%s</div><p class="article-detail__author text-end fw-bold">%s</p>'
            '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank" rel="noopener">Facebook</a>'
            '<div class="zalo-share-button" data-href="%s%s" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div></div></article>'
            '<section class="related"><h3 class="related__title">Tin cùng chuyên mục</h3><ul>%s</ul></section>') % (
        crumb, x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], so, x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        tv.origin, url(a), tv.origin, url(a),
        "".join('<li><a href="%s">%s</a> <span class="small text-muted">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s%s">\n') % (x(a["tieu_de"]), tv.origin, url(a))
    return shell(tv, a["tieu_de"], main, url(a), head)


def static_page(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug:
            return shell(tv, t, '<h1>%s</h1>%s' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps)), "/" + s)
    return None


def lich(tv):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", "2025-06"))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv)
    y, mo = int(m.group(1)), int(m.group(2))
    pm = "%d-%02d" % ((y, mo - 1) if mo > 1 else (y - 1, 12))
    nm = "%d-%02d" % ((y, mo + 1) if mo < 12 else (y + 1, 1))
    return shell(tv, "Lịch tiếp công dân", '<h1>Lịch tiếp công dân tháng %d/%d</h1><p><a href="/lich-tiep-cong-dan?thang=%s">« Tháng trước</a> | '
                 '<a href="/lich-tiep-cong-dan?thang=%s">Tháng sau »</a></p><p>Chưa có lịch tiếp công dân.</p>' % (mo, y, pm, nm))


def not_found(tv):
    d = shell(tv, "404", '<div class="text-center py-5"><h1>404</h1><p>Không tìm thấy trang.</p><p><a href="/">Về trang chủ</a></p></div>')
    d.status = 404
    return d


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban("User-agent: *\nCrawl-delay: 1\nDisallow: /admin\nDisallow: /livewire/\nDisallow: /tim-kiem\nDisallow: /lich-tiep-cong-dan\n")
    if p != "/" and p.endswith("/"):               # public/.htaccess: redirect trailing slashes
        return chuyen(tv.origin + p.rstrip("/") + ("?" + tv.query if tv.query else ""), 301)
    if p == "/":
        return home(tv)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in LISTED:
        return lw_list(tv, m.group(1), SECNAME[m.group(1)])
    if p == "/van-ban":
        return lw_list(tv, "van-ban", "Văn bản")
    if p == "/chuyen-de/cai-cach-tu-phap":
        return chuyen_de(tv)
    m = _re.fullmatch(r"/(tin-tuc|van-ban)/([a-z0-9-]+)", p)
    if m and m.group(2) in BY_SLUG and (m.group(1) == "van-ban") == (BY_SLUG[m.group(2)]["cm"] == "van-ban"):
        return article(tv, BY_SLUG[m.group(2)])
    if p in ("/gioi-thieu", "/lien-he"):
        return static_page(tv, p[1:])
    if p == "/lich-tiep-cong-dan":
        return lich(tv)
    if p == "/tim-kiem":
        return shell(tv, "Tìm kiếm", "<h1>Kết quả tìm kiếm</h1><p>Vui lòng nhập từ khóa.</p>")
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx")], moi_lan=cookies)


# ---------------------------------------------------------------- manifest
_plain = {a["id"] for a in TIN_MOI + XEM_NHIEU}
for _k in LISTED + ["van-ban"]:
    _plain |= {a["id"] for a in in_sec(_k)[:PER_PAGE]}
_plain |= {a["id"] for a in in_sec("tin-hoat-dong")[:10] + in_sec("phong-chong-tham-nhung")[:5] + in_sec("van-ban")[:5]}
CCTP = in_sec("cai-cach-tu-phap")
ONLY_NOSCRIPT = [url(a) for a in ARTS if a["cm"] != "cai-cach-tu-phap" and a["id"] not in _plain]
ONLY_TEMPLATE = [url(a) for a in CCTP]
assert not {a["id"] for a in CCTP} & _plain
_th = in_sec("tin-hoat-dong")

MANIFEST = {
    "family": "in-house Laravel 10 portal with Livewire 3 and Alpine.js (PHP 8.2-FPM behind nginx, MySQL; a provincial software company's, hedged) "
              "of a provincial Party internal affairs board (Ban Nội chính Tỉnh ủy Hậu Giang): Livewire button pagers with the plain pager only "
              "in <noscript>, a chuyên đề linked only inside Alpine x-if <template>s",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/admin", "/livewire/", "/tim-kiem", "/lich-tiep-cong-dan"],
    "trap_prefixes": ["/lich-tiep-cong-dan"],
    "only_via": {"noscript": ONLY_NOSCRIPT, "template": ONLY_TEMPLATE},
    "notes": ("Articles /tin-tuc/<slug> and documents /van-ban/<slug> (Str::slug, the id appended on a clash; a trailing slash 301s away), canonical "
              "to themselves, dated '<thứ>, dd/mm/yyyy HH:MM' with 'Lượt xem'; 'Tin cùng chuyên mục' = the 6 newest of the section; Zalo share "
              "button data-href = the article itself. Lists /chuyen-muc/<slug> and /van-ban are a Livewire component (wire:snapshot, %d a page) "
              "whose pager is Livewire's bootstrap view: <button type=button wire:click=\"gotoPage(N, 'page')\"> / nextPage('page'), no address; "
              "the view also prints Laravel's plain pagination::bootstrap-5 pager (absolute ?page=N links) inside <noscript>; ?page=N answers "
              "the full page (Livewire's #[Url] paginator), past the end 'Không có bài viết.'. 'Cải cách tư pháp' is a chuyên đề page "
              "/chuyen-de/cai-cach-tu-phap (all its articles, no pager) in no menu: only the home page's Alpine tabs link it, and every tab "
              "pane is a <template x-if=\"tab === '…'\"> (Alpine clones the active one at run time). Home: a slider of 4, 'Tin hoạt động' 6, the "
              "tabs (5 + 'Xem tất cả'), 'Văn bản mới' 5; sidebar 'Tin mới' 5 and 'Xem nhiều' 5 (both leave the chuyên đề out). XSRF-TOKEN and "
              "session cookies on every answer. No feed, no sitemap. Month calendar /lich-tiep-cong-dan?thang=YYYY-MM forever (trap, "
              "robots-disallowed)." % PER_PAGE),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/chuyen-muc/tin-hoat-dong", "status": 200, "contains": "wire:click=\"gotoPage(2, 'page')\""},
    {"path": "/chuyen-muc/tin-hoat-dong", "status": 200, "contains": '<noscript><nav class="pager-noscript"'},
    {"path": "/chuyen-muc/tin-hoat-dong?page=2", "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/chuyen-muc/tin-hoat-dong?page=99", "status": 200, "contains": "Không có bài viết."},
    {"path": "/", "status": 200, "contains": "<template x-if=\"tab === 'cctp'\"><div class=\"tab-pane fade show active\"><ul class=\"list-unstyled\"><li class=\"mb-2\"><a href=\"%s\"" % url(CCTP[0])},
    {"path": "/chuyen-de/cai-cach-tu-phap", "status": 200, "contains": x(CCTP[-1]["tieu_de"])},
    {"path": url(_th[0]) + "/", "status": 301, "location": url(_th[0])},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<slug> -> <noscript> pager ?page=N -> /tin-tuc/<slug>",
               "/ -> home tabs (<template x-if>) -> /chuyen-de/cai-cach-tu-phap -> /tin-tuc/<slug>",
               "/ -> /van-ban -> <noscript> pager ?page=N -> /van-ban/<slug>"],
    "discovery": [
        "the lists are Livewire components paged by <button wire:click=\"gotoPage(N, 'page')\"> (no address); the only links to ?page=N are "
        "Laravel's plain pager printed inside <noscript>: a crawler that drops <noscript>, or parses it as raw text as a scripting HTML "
        "parser does, never leaves page 1 (only_via noscript %d)" % len(ONLY_NOSCRIPT),
        "the chuyên đề 'Cải cách tư pháp' (/chuyen-de/cai-cach-tu-phap, %d articles) is in no menu, sidebar or list; the home page's Alpine "
        "tabs are the only route, and each tab pane is a <template x-if> whose contents an HTML5 parser keeps out of the document tree "
        "(only_via template %d)" % (len(CCTP), len(ONLY_TEMPLATE)),
    ],
    "set24_pages": {"noscript": ["/chuyen-muc/tin-hoat-dong", "/van-ban"], "template": ["/"]},
    "alias_kinds": ["none (a trailing slash 301s away; nothing links one)"],
    "quirks": ["Crawl-delay: 1", "no feed, no sitemap", "XSRF-TOKEN and session cookies on every answer", "a trailing slash 301s away",
               "Zalo share button data-href = the article", "month calendar trap under robots' Disallow: /lich-tiep-cong-dan"],
    "not_articles": [], "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: no-cache, private)",
}
