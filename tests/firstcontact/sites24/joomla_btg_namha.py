"""Blind replica, set 24, site A: Joomla 4.4 (com_content, SEF URLs with rewriting; PHP 8.1 on Apache 2.4; a local vendor's
Cassiopeia child template, hedged) of Ban Tuyên giáo Tỉnh ủy Nam Hà.  Discovery twists: the district news ('Địa phương') are
reached only through the <a xlink:href> areas of an inline SVG map of the province; category pagers step by offsets
(?start=N) of each category's own page size, and Joomla answers any start or page with a list.  See README.md (section A)."""
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

import math as _math

SITE = "Ban Tuyên giáo Tỉnh ủy Nam Hà"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 5, "btgdv", "bai"), ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 2, "tinhuy", "dai"),
            ("dia-phuong", "Địa phương", 3, "huyenuy", "bai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
HUYEN = ["Ý Yên", "Vụ Bản", "Mỹ Lộc", "Nam Ninh", "Xuân Thủy", "Hải Hậu", "Nghĩa Hưng", "Kim Bảng", "Duy Tiên", "Lý Nhân",
         "Thanh Liêm", "Bình Lục"]
XA = ["Yên Tiến", "Liên Bảo", "Mỹ Thành", "Nam Thanh", "Xuân Trường", "Hải Đông", "Nghĩa Lạc", "Thi Sơn"]
AP = ["Xóm 3", "Thôn Đồng Lư", "Thôn Vị Hạ", "Tổ dân phố 5", "Thôn Bái Dương", "Xóm Trại"]
HSLUG = dict((h, duong_dan(h)) for h in HUYEN)
HBYSLUG = dict((s, h) for h, s in HSLUG.items())
LIMIT = {"tin-hoat-dong": 9, "ly-luan-thuc-tien": 6, "dia-phuong": 5, "van-ban": 12}      # leading + intro (blog) / list limit
NUM_LINKS = {"tin-hoat-dong": 4, "ly-luan-thuc-tien": 0, "dia-phuong": 0}
CATID = {"tin-hoat-dong": 12, "ly-luan-thuc-tien": 14, "dia-phuong": 16, "van-ban": 18}
ITEMID = {"tin-hoat-dong": 102, "ly-luan-thuc-tien": 103, "dia-phuong": 104, "van-ban": 105}
N_ARTS = 128
D = _dt.datetime

_s = SoanTin(24101, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(24101, N_ARTS, gan=6),
             id_dau=1800, buoc=2, cm_dau=("tin-hoat-dong", "dia-phuong", "van-ban", "tin-hoat-dong", "ly-luan-thuc-tien"))
ARTS = _s.items
dat_ten_thong_bao(ARTS, "BTGTU")
_rr = _rnd.Random(24102)
for _i, _a in enumerate(ARTS):
    _a["slug"] = duong_dan(_a["tieu_de"], 90)
    if _a["cm"] == "dia-phuong":
        _named = [h for h in HUYEN if h in _a["tieu_de"]]
        _a["huyen"] = _named[0] if _named else HUYEN[_rr.randrange(len(HUYEN))]
BY_ID = {a["id"]: a for a in ARTS}
NOT_DP = [a for a in ARTS if a["cm"] != "dia-phuong"]
TIN_MOI = NOT_DP[:6]
DOC_NHIEU = sorted(NOT_DP, key=lambda a: -a["xem"])[:6]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def in_huyen(h):
    return [a for a in ARTS if a["cm"] == "dia-phuong" and a["huyen"] == h]


def cat_path(a):
    return "dia-phuong/" + HSLUG[a["huyen"]] if a["cm"] == "dia-phuong" else a["cm"]


def url(a):
    return "/%s/%d-%s" % (cat_path(a), a["id"], a["slug"])


def list_url(path, start=0):
    return "/" + path + ("?start=%d" % start if start else "")


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
MENU = [("/", "Trang chủ", 101), ("/gioi-thieu", "Giới thiệu", 106), ("/tin-hoat-dong", "Tin hoạt động", 102),
        ("/ly-luan-thuc-tien", "Lý luận - Thực tiễn", 103), ("/dia-phuong", "Địa phương", 104), ("/van-ban", "Văn bản", 105),
        ("/lich-cong-tac/month.calendar/2025/06/25/-", "Lịch công tác", 108), ("/lien-he", "Liên hệ", 107)]


def li_art(a, date=True):
    return '<li itemscope itemtype="https://schema.org/Article"><a href="%s" itemprop="url"><span itemprop="name">%s</span></a>%s</li>' % (
        url(a), x(a["tieu_de"]), (' <span class="mod-articles-category-date">%s</span>' % ngay(a["ngay"])) if date else "")


def shell(tv, title, main, itemid=101, view="featured", layout="", head="", body_class="", crumbs=()):
    menu = "".join('<li class="nav-item item-%d%s"><a href="%s">%s</a></li>' % (i, " current active" if i == itemid else "", h, x(t)) for h, t, i in MENU)
    opts = ('{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"OK","JOPEN":"Mở"},'
            '"system.paths":{"root":"","rootFull":"%s\\/","base":"","baseFull":"%s\\/"},"csrf.token":"9f2c1b7e4d8a0c3f5e6b2a1d7c4e8f03"}') % (
        tv.origin.replace("/", "\\/"), tv.origin.replace("/", "\\/"))
    body = (
        '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="description" content="Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Nam Hà">\n<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<title>%s - %s</title>\n<link href="/media/templates/site/cassiopeia_btg/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">%s\n'
        '<link href="/media/system/css/joomla-fontawesome.min.css?7d9e1a" rel="stylesheet">\n<link href="/media/templates/site/cassiopeia/css/template.min.css?7d9e1a" rel="stylesheet">\n'
        '<link href="/media/templates/site/cassiopeia_btg/css/user.css?7d9e1a" rel="stylesheet">\n<style>%s</style>\n'
        '<script type="application/json" class="joomla-script-options new">%s</script>\n<script src="/media/system/js/core.min.js?37ffe4"></script>\n'
        '<script src="/media/templates/site/cassiopeia/js/template.min.js?7d9e1a" defer></script>\n</head>\n'
        '<body class="site com_content wrapper-static view-%s%s no-task itemid-%d has-sidebar-right%s">\n'
        '<header class="header container-header full-width"><div class="container-topbar"><div class="mod-custom custom banner-top">'
        '<p>%s, ngày %s</p></div></div><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" '
        'src="/images/banner/logo-btg-namha.png" alt="%s" width="640" height="96"></a></div></div>'
        '<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu chính"><button class="navbar-toggler navbar-toggler-right" type="button" '
        'data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật / tắt menu"><span class="icon-menu" aria-hidden="true"></span></button>'
        '<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">%s</ul></div></nav>'
        '<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search">'
        '<label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" '
        'class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div></header>\n'
        '<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">%s</nav>'
        '<div id="system-message-container" aria-live="polite"></div><main>%s</main></div>'
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body">'
        '<ul class="mod-articleslatest latestnews mod-list">%s</ul></div></div><div class="sidebar-right card "><h3 class="card-header ">Đọc nhiều</h3>'
        '<div class="card-body"><ul class="mostread mod-list">%s</ul></div></div><div class="sidebar-right card banner-dia-phuong"><div class="card-body">'
        '<div class="mod-custom custom"><p><a href="/dia-phuong"><img src="/images/banner/ban-do-tin-dia-phuong.jpg" alt="Tin tức các địa phương" width="300" height="160"></a></p>'
        '</div></div></div><div class="sidebar-right card "><h3 class="card-header ">Liên kết website</h3><div class="card-body"><ul class="mod-menu mod-list nav ">'
        '<li class="nav-item"><a href="https://dangcongsan.example/" target="_blank" rel="noopener noreferrer">Báo điện tử Đảng Cộng sản Việt Nam</a></li>'
        '<li class="nav-item"><a href="https://tuyengiao.example/" target="_blank" rel="noopener noreferrer">Tạp chí Tuyên giáo</a></li></ul></div></div></div></div>\n'
        '<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>BAN TUYÊN GIÁO TỈNH ỦY NAM HÀ</strong></p>'
        '<p>Địa chỉ: số 12 đường Trần Hưng Đạo, thành phố Nam Định. Điện thoại: 0228.3849.xxx. Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>'
        '<p>Ghi rõ nguồn "Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Nam Hà" khi phát hành lại thông tin từ website này.</p></div></div></footer>\n'
        '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n'
        '<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(SITE), head, pad_css(len(title) + 7, 18, "cassiopeia"), opts, view, (" layout-" + layout) if layout else " no-layout", itemid,
        body_class, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), menu, crumbs_html(list(crumbs)), main,
        "".join(li_art(a, False) for a in TIN_MOI), "".join(li_art(a, False) for a in DOC_NHIEU), pad_js(len(title) + 3, 13, "bootstrap.bundle"))
    return Dapung(body, 200, headers=[("X-Powered-By", "PHP/8.1.27"), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"), ("Pragma", "no-cache")])


def crumbs_html(items):
    lis = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>', '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>']
    for i, (h, t) in enumerate(items):
        if i == len(items) - 1 or h is None:
            lis.append('<li class="mod-breadcrumbs__item breadcrumb-item active"><span>%s</span></li>' % x(t))
        else:
            lis.append('<li class="mod-breadcrumbs__item breadcrumb-item"><a href="%s" class="pathway"><span>%s</span></a></li>' % (h, x(t)))
    return '<ol class="mod-breadcrumbs breadcrumb px-3 py-2">%s</ol>' % "".join(lis)


def page(tv, title, main, crumbs, **kw):
    return shell(tv, title, main, crumbs=crumbs, **kw)


def img(a, w=800, h=533):
    return '<img src="/images/tin-tuc/%d/%02d/%d.jpg" itemprop="thumbnailUrl" alt="%s" width="%d" height="%d" loading="lazy">' % (
        a["ngay"].year, a["ngay"].month, a["id"], x(a["tieu_de"]), w, h)


def home(tv):
    th, ll, vb = in_sec("tin-hoat-dong"), in_sec("ly-luan-thuc-tien"), in_sec("van-ban")
    lead = ''.join(('<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                    '<figure class="left item-image"><a href="%s" itemprop="url" title="%s">%s</a></figure><div class="item-content"><div class="page-header">'
                    '<h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div><p>%s</p></div></div>') % (
        url(a), x(a["tieu_de"]), img(a), url(a), x(a["tieu_de"]), x(a["sapo"])) for a in th[:3])

    def box(title, href, items, more):
        return ('<div class="moduletable box-chuyen-muc"><h3><a href="%s">%s</a></h3><ul class="mod-articles-category category-module mod-list">%s</ul>'
                '<p class="xem-them"><a href="%s">Xem thêm &raquo;</a></p></div>') % (href, x(title), "".join(li_art(a) for a in items), more)
    main = ('<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div class="blog-items items-leading">%s</div></div>'
            '<div class="main-bottom card"><div class="card-body">%s%s%s</div></div>') % (
        lead, box("Tin hoạt động", "/tin-hoat-dong", th[3:8], "/tin-hoat-dong?start=5"),
        box("Lý luận - Thực tiễn", "/ly-luan-thuc-tien", ll[:3], "/ly-luan-thuc-tien?start=3"),
        box("Văn bản mới", "/van-ban", vb[:5], "/van-ban?start=5"))
    return shell(tv, "Trang chủ", main, 101, "featured")


def joomla_start(tv, total, limit):
    """Joomla's ListModel: start (or limitstart) rounded down to a page; past the end = the last page."""
    raw = tv.q.get("start", tv.q.get("limitstart", "0"))
    start = int(raw) if _re.fullmatch(r"\d{1,7}", raw or "") else 0
    start = (start // limit) * limit
    if start > total - limit:
        start = max(0, (-(-total // limit) - 1) * limit)
    return start


def pagination(path, start, total, limit):
    pages = max(1, -(-total // limit))
    if pages <= 1:
        return ""
    cur = start // limit + 1
    first = max(1, cur - 5)
    if first + 9 > pages:
        first = max(1, pages - 9)
    last = min(pages, first + 9)

    def item(label, n, icon=None, aria=None):
        if n is None:
            return '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="%s" aria-hidden="true"></span></span></li>' % icon
        href = list_url(path, (n - 1) * limit)
        inner = '<span class="%s" aria-hidden="true"></span>' % icon if icon else str(n)
        return '<li class="page-item"><a aria-label="%s" href="%s" class="page-link">%s</a></li>' % (aria or "Đi đến trang %d" % n, href, inner)
    out = [item("", 1 if cur > 1 else None, "icon-angle-double-left", "Đi đến trang đầu"),
           item("", cur - 1 if cur > 1 else None, "icon-angle-left", "Đi đến trang trước")]
    for n in range(first, last + 1):
        if n == cur:
            out.append('<li class="active page-item"><a aria-current="true" aria-label="Trang %d" href="#" class="page-link">%d</a></li>' % (n, n))
        else:
            out.append(item("", n))
    out += [item("", cur + 1 if cur < pages else None, "icon-angle-right", "Đi đến trang tiếp theo"),
            item("", pages if cur < pages else None, "icon-angle-double-right", "Đi đến trang cuối")]
    return ('<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang %d / %d</p>'
            '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">%s</ul></nav>'
            '</div></div>') % (cur, pages, "".join(out))


def feed_links(path):
    return ('<link href="/%s?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">'
            '<link href="/%s?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">') % (path, path)


def blog_item(a, leading=False):
    return ('<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">%s'
            '<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div>'
            '<dl class="article-info text-muted"><dt class="article-info-term">Thông tin chi tiết</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            '<time datetime="%s" itemprop="datePublished">Ngày đăng: %s</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>Lượt xem: %d</dd></dl>'
            '<p>%s</p><p class="readmore"><a class="btn btn-secondary" href="%s" aria-label="Chi tiết: %s"><span class="icon-chevron-right" aria-hidden="true"></span> Chi tiết</a></p>'
            '</div></div>') % (
        ('<figure class="left item-image"><a href="%s" itemprop="url" title="%s">%s</a></figure>' % (url(a), x(a["tieu_de"]), img(a))) if leading or a["kieu"] == "bai" else "",
        url(a), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), a["xem"], x(a["sapo"]), url(a), x(a["tieu_de"]))


def blog(tv, path, title, items, k, itemid, crumbs, desc=""):
    limit = LIMIT[k]
    start = joomla_start(tv, len(items), limit)
    shown = items[start:start + limit]
    lead_n = 1 if k == "tin-hoat-dong" else 0
    lead = "".join(blog_item(a, True) for a in shown[:lead_n])
    intro = "".join('<div class="blog-item-col">%s</div>' % blog_item(a) for a in shown[lead_n:])
    links = items[start + limit:start + limit + NUM_LINKS.get(k, 0)]
    main = ('<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1> %s </h1></div>%s'
            '%s<div class="com-content-category-blog__items blog-items columns-2 ">%s</div>%s%s</div>') % (
        x(title), ('<div class="category-desc clearfix"><p>%s</p></div>' % x(desc)) if desc else "",
        ('<div class="com-content-category-blog__items blog-items items-leading ">%s</div>' % lead) if lead else "",
        intro or '<p>Chưa có bài viết trong chuyên mục này.</p>',
        ('<div class="items-more"><h3>Xem thêm bài viết</h3><ol class="com-content-blog__links">%s</ol></div>' % "".join(
            '<li class="com-content-blog__link"><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in links)) if links else "",
        pagination(path, start, len(items), limit))
    return page(tv, title if not start else "%s - Trang %d" % (title, start // limit + 1), main, crumbs, itemid=itemid, view="category", layout="blog",
                head=feed_links(path))


def doc_list(tv):
    items = in_sec("van-ban")
    limit = LIMIT["van-ban"]
    start = joomla_start(tv, len(items), limit)
    rows = "".join(('<tr class="cat-list-row%d"><th class="list-title" scope="row"><a href="%s">%s</a></th><td class="list-date small">%s</td>'
                    '<td class="list-hits"><span class="badge bg-info">Lượt xem: %d</span></td></tr>') % (i % 2, url(a), x(a["tieu_de"]), ngay(a["ngay"]), a["xem"])
                   for i, a in enumerate(items[start:start + limit]))
    main = ('<div class="com-content-category category-list"><div class="content-category"><h1> Văn bản </h1>'
            '<form action="/van-ban" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">'
            '<div class="com-content__filter btn-group"><label class="filter-search-lbl visually-hidden" for="filter-search">Lọc</label>'
            '<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc nội dung"></div>'
            '<div class="com-content-category__pagination btn-group float-end"><label for="limit" class="visually-hidden">Hiển thị #</label>'
            '<select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10">10</option>'
            '<option value="12" selected="selected">12</option><option value="20">20</option><option value="50">50</option><option value="0">Tất cả</option></select></div>'
            '<table class="com-content-category__table category table table-striped table-bordered table-hover"><caption class="visually-hidden">Bài viết</caption>'
            '<thead><tr><th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering(\'a.title\',\'asc\',\'\');return false;" '
            'class="hasPopover" title="Tiêu đề">Tiêu đề</a></th><th scope="col" id="categorylist_header_date">Ngày đăng</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>'
            '<tbody>%s</tbody></table>%s<div><input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value="">'
            '<input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value=""></div></form></div></div>') % (
        rows, pagination("van-ban", start, len(items), limit))
    return page(tv, "Văn bản" if not start else "Văn bản - Trang %d" % (start // limit + 1), main, [(None, "Văn bản")], itemid=105, view="category",
                layout="default", head=feed_links("van-ban"))


# an inline SVG of the province (an administrator pasted it into a Custom module with the editor off): 12 districts on a 4 x 3 grid
def svg_map():
    parts = []
    r = _rnd.Random(24103)
    for i, h in enumerate(HUYEN):
        cx, cy = 90 + (i % 4) * 140, 110 + (i // 4) * 200
        pts = []
        for j in range(9):
            ang = j * 40
            rad = r.randint(56, 78)
            pts.append("%.1f,%.1f" % (cx + rad * _math.cos(_math.radians(ang)), cy + rad * _math.sin(_math.radians(ang))))
        d = "M" + " L".join(pts) + " Z"
        parts.append(('<a xlink:href="/dia-phuong/%s" xlink:title="Huyện %s" target="_top" class="huyen-link"><path id="huyen-%s" class="huyen" d="%s" '
                      'fill="#%s" stroke="#ffffff" stroke-width="2"/><text x="%d" y="%d" text-anchor="middle" class="ten-huyen">%s</text></a>') % (
            HSLUG[h], x(h), HSLUG[h], d, r.choice(("f6d8a8", "f3c98b", "eecf9f", "f8e0b8", "e9c27d")), cx, cy + 5, x(h)))
    return ('<div class="ban-do-dia-phuong"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" viewBox="0 0 600 640" '
            'width="100%%" class="map-namha" role="img" aria-labelledby="map-title"><title id="map-title">Bản đồ hành chính tỉnh Nam Hà</title>'
            '<g id="ranh-gioi" fill="none" stroke="#b0855a" stroke-width="3"><path d="M10,10 L590,10 L590,630 L10,630 Z"/></g><g id="cac-huyen">%s</g></svg></div>') % "".join(parts)


def dia_phuong(tv):
    main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">Tin tức các địa phương</h1></div>'
            '<div itemprop="articleBody" class="com-content-article__body"><p>Chọn huyện trên bản đồ để xem tin tức, hoạt động của cấp ủy, chính quyền và nhân dân các địa phương '
            'trong tỉnh do cộng tác viên Ban Tuyên giáo các huyện ủy gửi về.</p></div></div>'
            '<div class="main-top card"><div class="card-body"><div class="mod-custom custom">%s<p class="ghi-chu"><em>Bản đồ mang tính minh họa.</em></p></div></div></div>') % svg_map()
    return page(tv, "Địa phương", main, [(None, "Địa phương")], itemid=104, view="article")


def article(tv, a):
    k = a["cm"]
    paras = ['<p><strong>%s</strong></p>' % x(a["sapo"])]
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h3>%s</h3>" % x(a["muc"][i]))
        paras.append('<p style="text-align: justify;">%s</p>' % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<figure class="image"><img src="/images/tin-tuc/%d/%02d/%d-1.jpg" alt="" width="800" height="533"><figcaption>%s</figcaption></figure>' % (
                a["ngay"].year, a["ngay"].month, a["id"], x(a["chu_thich"])))
    if a.get("so_hieu"):
        paras.insert(0, '<p><em>%s</em></p>' % x(a["so_hieu"]))
    paras.append('<p style="text-align: right;"><strong>%s</strong></p>' % x(a["tac_gia"]))
    sib = in_huyen(a["huyen"]) if k == "dia-phuong" else in_sec(k)
    pos = sib.index(a)
    prev_a, next_a = (sib[pos - 1] if pos > 0 else None), (sib[pos + 1] if pos + 1 < len(sib) else None)
    nav = ""
    if prev_a or next_a:
        nav = '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">%s%s</span></nav>' % (
            ('<a class="btn btn-sm btn-secondary previous" href="%s" rel="prev"><span class="visually-hidden">Bài trước: %s</span>'
             '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>' % (url(prev_a), x(prev_a["tieu_de"]))) if prev_a else "",
            ('<a class="btn btn-sm btn-secondary next" href="%s" rel="next"><span class="visually-hidden">Bài tiếp theo: %s</span>'
             '<span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>' % (url(next_a), x(next_a["tieu_de"]))) if next_a else "")
    same = [b for b in sib if b is not a][:5]
    if k == "dia-phuong":
        cat_link, cat_name = "/dia-phuong/" + HSLUG[a["huyen"]], "Huyện " + a["huyen"]
        crumbs = [("/dia-phuong", "Địa phương"), (cat_link, cat_name), (None, a["tieu_de"])]
    else:
        cat_link, cat_name = "/" + k, SECNAME[k]
        crumbs = [(cat_link, cat_name), (None, a["tieu_de"])]
    main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
            '<div class="page-header"><h1 itemprop="headline">%s</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Thông tin chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: '
            '<span itemprop="name">Ban Biên tập</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: '
            '<a href="%s" itemprop="genre">%s</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="%s" '
            'itemprop="datePublished">Ngày đăng: %s %s</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            '<meta itemprop="interactionCount" content="UserPageVisits:%d">Lượt xem: %d</dd></dl><div itemprop="articleBody" class="com-content-article__body">%s</div>%s</div>'
            '<div class="main-bottom card"><h3 class="card-header">Bài viết cùng chuyên mục</h3><div class="card-body"><ul class="mod-articles-category category-module mod-list">%s</ul></div></div>') % (
        x(a["tieu_de"]), cat_link, x(cat_name), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], a["xem"],
        "".join(paras), nav, "".join(li_art(b) for b in same))
    head = '<meta property="og:type" content="article"><meta property="og:title" content="%s">' % x(a["tieu_de"])
    return page(tv, a["tieu_de"], main, crumbs, itemid=ITEMID[k] if k != "dia-phuong" else 120 + HUYEN.index(a["huyen"]), view="article", head=head)


def joomla_feed(tv, path, title, items, kind):
    items = items[:10]                              # Global Configuration: feed_limit 10
    link = tv.origin + "/" + path
    if kind == "atom":
        out = ['<?xml version="1.0" encoding="utf-8"?>', '<!-- generator="Joomla! - Open Source Content Management" -->',
               '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">', "\t<title type=\"text\">%s</title>" % x(title),
               "\t<subtitle type=\"text\">%s</subtitle>" % x(SITE), '\t<link rel="alternate" type="text/html" href="%s"/>' % x(link),
               "\t<id>%s</id>" % x(link), "\t<updated>%s</updated>" % (items[0]["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00") if items else ""),
               '\t<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>',
               '\t<link rel="self" type="application/atom+xml" href="%s?format=feed&amp;type=atom"/>' % x(link)]
        for a in items:
            out.append('\t<entry>\n\t\t<title>%s</title>\n\t\t<link rel="alternate" type="text/html" href="%s"/>\n\t\t<published>%s</published>\n\t\t<updated>%s</updated>\n'
                       '\t\t<id>%s</id>\n\t\t<author>\n\t\t\t<name>Ban Biên tập</name>\n\t\t</author>\n\t\t<summary type="html">%s</summary>\n\t</entry>' % (
                           x(a["tieu_de"]), x(tv.origin + url(a)), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                           x(tv.origin + url(a)), x(a["sapo"])))
        out.append("</feed>")
        return Dapung("\n".join(out), 200, "application/atom+xml; charset=utf-8")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!-- generator="Joomla! - Open Source Content Management" -->',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "\t<channel>", "\t\t<title>%s</title>" % x(title),
           "\t\t<description><![CDATA[%s]]></description>" % SITE, "\t\t<link>%s</link>" % x(link),
           "\t\t<lastBuildDate>%s</lastBuildDate>" % rfc822(BAY_GIO), "\t\t<generator>Joomla! - Open Source Content Management</generator>",
           '\t\t<atom:link rel="self" type="application/rss+xml" href="%s?format=feed&amp;type=rss"/>' % x(link), "\t\t<language>vi-vn</language>"]
    for a in items:
        out.append("\t\t<item>\n\t\t\t<title>%s</title>\n\t\t\t<link>%s</link>\n\t\t\t<guid isPermaLink=\"true\">%s</guid>\n"
                   "\t\t\t<description><![CDATA[<p>%s</p>]]></description>\n\t\t\t<author>webmaster@btg.namha.example (Ban Biên tập)</author>\n"
                   "\t\t\t<category>%s</category>\n\t\t\t<pubDate>%s</pubDate>\n\t\t</item>" % (
                       x(a["tieu_de"]), x(tv.origin + url(a)), x(tv.origin + url(a)), x(a["sapo"]), x(title), rfc822(a["ngay"])))
    out += ["\t</channel>", "</rss>"]
    return Dapung("\n".join(out), 200, "application/rss+xml; charset=utf-8")


def static_page(tv, slug, itemid):
    for s, t, ps in TRANG_TINH:
        if s == slug:
            main = ('<div class="com-content-article item-page"><div class="page-header"><h1>%s</h1></div><div class="com-content-article__body">%s</div></div>') % (
                x(t), "".join("<p>%s</p>" % x(p) for p in ps))
            return page(tv, t, main, [(None, t)], itemid=itemid, view="article")
    return None


def jevents(tv, y, m, d):
    try:
        day = _dt.date(y, m, d)
    except ValueError:
        return not_found(tv)
    pm = (y, m - 1) if m > 1 else (y - 1, 12)
    nm = (y, m + 1) if m < 12 else (y + 1, 1)
    main = ('<div id="jevents"><div class="jev_toprow"><h2 class="contentheading">Lịch công tác tháng %d/%d</h2></div><div id="jev_maincal" class="jev_listview">'
            '<div class="jev_pagination"><a href="/lich-cong-tac/month.calendar/%d/%02d/01/-" title="Tháng trước">« Tháng trước</a> | '
            '<a href="/lich-cong-tac/month.calendar/%d/%02d/01/-" title="Tháng sau">Tháng sau »</a></div><p class="list_no_e">Không có sự kiện nào trong tháng.</p></div></div>') % (
        day.month, day.year, pm[0], pm[1], nm[0], nm[1])
    return page(tv, "Lịch công tác", main, [(None, "Lịch công tác")], itemid=108, view="month", layout="calendar")


def not_found(tv):
    d = page(tv, "404 - Không tìm thấy trang", '<div class="alert alert-warning"><h1>404 - Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>'
             '<p><a href="/">Về trang chủ</a></p></div>', [(None, "404")], itemid=0, view="error")
    d.status = 404
    return d


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# https://www.robotstxt.org/orig.html

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
Disallow: /tim-kiem
Disallow: /lich-cong-tac/
Crawl-delay: 2
"""


def handle(tv):
    p = tv.path.rstrip("/") or "/"
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p in ("/", "/index.php"):
        return home(tv)
    fmt = tv.q.get("format")
    if p in ("/tin-hoat-dong", "/ly-luan-thuc-tien", "/van-ban"):
        k = p[1:]
        if fmt == "feed":
            return joomla_feed(tv, k, SECNAME[k], in_sec(k), "atom" if tv.q.get("type") == "atom" else "rss")
        if k == "van-ban":
            return doc_list(tv)
        return blog(tv, k, SECNAME[k], in_sec(k), k, ITEMID[k], [(None, SECNAME[k])])
    if p == "/dia-phuong":
        return dia_phuong(tv)
    m = _re.fullmatch(r"/dia-phuong/([a-z-]+)", p)
    if m and m.group(1) in HBYSLUG:
        h = HBYSLUG[m.group(1)]
        path = "dia-phuong/" + m.group(1)
        if fmt == "feed":
            return joomla_feed(tv, path, "Huyện " + h, in_huyen(h), "atom" if tv.q.get("type") == "atom" else "rss")
        return blog(tv, path, "Huyện " + h, in_huyen(h), "dia-phuong", 120 + HUYEN.index(h), [("/dia-phuong", "Địa phương"), (None, "Huyện " + h)],
                    desc="Tin tức, hoạt động của Đảng bộ, chính quyền và nhân dân huyện %s." % h)
    m = _re.fullmatch(r"/((?:dia-phuong/)?[a-z-]+)/(\d+)-([a-z0-9-]+)", p)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if (m.group(1), m.group(3)) == (cat_path(a), a["slug"]):
            return article(tv, a)
        return chuyen(tv.origin + url(a), 301)
    m = _re.fullmatch(r"/lich-cong-tac/month\.calendar/(\d{4})/(\d{2})/(\d{2})/-", p)
    if m:
        return jevents(tv, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if p == "/lich-cong-tac":
        return chuyen(tv.origin + "/lich-cong-tac/month.calendar/2025/06/25/-", 303)
    if p == "/gioi-thieu":
        return static_page(tv, "gioi-thieu", 106)
    if p == "/lien-he":
        return static_page(tv, "lien-he", 107)
    if p == "/tim-kiem":
        return page(tv, "Tìm kiếm", '<h1>Tìm kiếm</h1><p>Nhập từ khóa để tìm kiếm.</p>', [(None, "Tìm kiếm")], itemid=109, view="search")
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache")])


# ---------------------------------------------------------------- manifest
DP = in_sec("dia-phuong")
ONLY_SVG = [url(a) for a in DP]
_th = in_sec("tin-hoat-dong")
_ll = in_sec("ly-luan-thuc-tien")
_h0 = max(HUYEN, key=lambda h: len(in_huyen(h)))
assert all(a["cm"] != "dia-phuong" for a in TIN_MOI + DOC_NHIEU)

MANIFEST = {
    "family": "Joomla 4.4 (com_content, SEF URLs with rewriting; PHP 8.1 on Apache 2.4; a local vendor's Cassiopeia child template, hedged) of a "
              "provincial Party propaganda board (Ban Tuyên giáo Tỉnh ủy Nam Hà): district news only behind the xlink:href areas of an inline "
              "SVG map, offset pagers stepping by each category's own page size",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/administrator/", "/components/", "/tim-kiem", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"svg-link": ONLY_SVG},
    "notes": ("Articles /<category path>/<id>-<alias> (a wrong path or alias 301s there), no canonical (Joomla's default), dated 'Ngày đăng: "
              "dd/mm/yyyy HH:MM' (a template override) with 'Lượt xem'; Joomla's page navigation 'Trước / Sau' within the category and "
              "'Bài viết cùng chuyên mục' (5). Category blogs /tin-hoat-dong (1 leading + 8 intro = 9 a page, 4 'Xem thêm bài viết' links) and "
              "/ly-luan-thuc-tien (6 a page), list layout /van-ban (12 a page, a POST filter form with a limit select, no submit button), "
              "district blogs /dia-phuong/<huyện> (5 a page); pagers ?start=N by the category's own page size, windowed (10 numbers, "
              "'Trang X / Y'); any start answers (rounded down to a page, past the end = the last page), ?page= is ignored (page 1). "
              "'Địa phương' (/dia-phuong) is a Custom module holding an inline SVG map whose districts are <a xlink:href=\"/dia-phuong/"
              "<huyện>\">; the district categories are in no menu (hidden menu items), module, feed or sitemap, and 'Tin mới' / 'Đọc nhiều' "
              "leave them out. Home: 3 featured, boxes with 'Xem thêm' at unaligned offsets (?start=5, ?start=3). Feeds ?format=feed&type=rss "
              "/ atom per category (10, linked in <head>). No sitemap. JEvents month calendar /lich-cong-tac/month.calendar/YYYY/MM/DD/- "
              "forever (trap, robots-disallowed)."),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/dia-phuong", "status": 200, "contains": 'xlink:href="/dia-phuong/%s"' % HSLUG[_h0], "not_contains": url(in_huyen(_h0)[0])},
    {"path": "/dia-phuong/" + HSLUG[_h0], "status": 200, "contains": x(in_huyen(_h0)[0]["tieu_de"])},
    {"path": "/tin-hoat-dong?start=9", "status": 200, "contains": x(_th[9]["tieu_de"])},
    {"path": "/tin-hoat-dong?start=5", "status": 200, "same_as": "/tin-hoat-dong"},
    {"path": "/tin-hoat-dong?page=2", "status": 200, "same_as": "/tin-hoat-dong"},
    {"path": "/tin-hoat-dong?start=9999", "status": 200, "contains": x(_th[-1]["tieu_de"])},
    {"path": "/ly-luan-thuc-tien?start=6", "status": 200, "contains": x(_ll[6]["tieu_de"])},
    {"path": "/", "status": 200, "not_contains": "/dia-phuong/" + HSLUG[_h0] + '"'},
    {"path": "/tin-hoat-dong/%d-sai-alias" % _th[0]["id"], "status": 301, "location": url(_th[0])},
]
SUMMARY = {
    "chains": ["/ -> /dia-phuong (Custom module: inline SVG map) -> <a xlink:href=/dia-phuong/<huyện>> -> ?start=5k -> /dia-phuong/<huyện>/<id>-<alias>",
               "/ -> /tin-hoat-dong -> ?start=9k ('Trang X / Y', 10 numbers) -> /tin-hoat-dong/<id>-<alias> ('Trước / Sau' within the category)",
               "/ -> /van-ban (list layout) -> ?start=12k -> /van-ban/<id>-<alias>"],
    "discovery": [
        "the district news ('Địa phương', %d articles in %d district categories) are reached only through the inline SVG map of the "
        "'Địa phương' page: every district is an <a xlink:href=\"/dia-phuong/<huyện>\"> around a <path>; no <a href>, menu, module, feed "
        "or sitemap names a district category or its articles (only_via svg-link %d)" % (len(DP), len({a["huyen"] for a in DP}), len(ONLY_SVG)),
        "offset pagers ?start=N stepping by each category's own page size (9, 6, 12, 5), windowed; Joomla answers ANY start (rounded down "
        "to a page; past the end the last page again) and ignores ?page=, so a crawler that guesses the next page (?page=2, ?start=10, "
        "start + 1) gets 200 lists it has already seen; the home boxes' 'Xem thêm' link unaligned ?start=5 / ?start=3, page 1 again under "
        "another address (wasted requests, near-duplicate lists)",
    ],
    "set24_pages": {"svg-link": ["/dia-phuong"]},
    "alias_kinds": ["none (a wrong category path or alias 301s to the article; nothing links one)"],
    "quirks": ["Crawl-delay: 2", "no canonical", "no sitemap", "category feeds RSS + Atom (10) in <head>", "Joomla's default robots.txt "
               "plus the calendar and the search", "JEvents month calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": [], "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Joomla's no-store headers)",
}
