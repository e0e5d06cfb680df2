"""Blind replica, set 23, site D: an in-house Java portal (Apache Struts 2.5 + JSP on Tomcat 8.5 behind Apache httpd 2.4; a
provincial IT centre's, hedged) of Đảng bộ tỉnh Sông Bé.  Discovery twists: Tomcat's URL rewriting writes ';jsessionid=…'
into every link of a page answered without the session cookie (feeds are not rewritten); a section ('Tư liệu - Văn kiện')
is in no menu, box or feed, only in the HTML site map ('Sơ đồ trang').  See README.md (section D)."""
# ==== KERNEL BEGIN (sites23 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 23 kernel (set 22's, unchanged but for its name): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
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
NGAY = {1: _dt.datetime(2025, 6, 24, 9, 30)}        # the first crawl, local time (Asia/Ho_Chi_Minh)
BAY_GIO = NGAY[1]


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 23 serves one day only (DAYS = 1)")


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
import hashlib as _hashlib

SITE = "Đảng bộ tỉnh Sông Bé"
SECTIONS = [("TTSK", "Tin tức - Sự kiện", 5, "tinhuy", "bai"), ("XDD", "Xây dựng Đảng", 3, "huyenuy", "bai"),
            ("NCTD", "Nghiên cứu - Trao đổi", 2, "tinhuy", "dai"), ("TLVK", "Tư liệu - Văn kiện", 2, "tinhuy", "dai")]
HIDDEN = "TLVK"                                  # in the HTML site map only
MENU = [s for s in SECTIONS if s[0] != HIDDEN]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
HUYEN = ["Bến Cát", "Tân Uyên", "Thuận An", "Dĩ An", "Phú Giáo", "Dầu Tiếng", "Bình Long", "Phước Long", "Lộc Ninh", "Đồng Phú", "Bù Đăng",
         "Chơn Thành"]
XA = ["Lai Uyên", "Tân Định", "An Bình", "Phước Hòa", "Minh Hưng", "Tân Khai", "Đồng Tiến", "Thanh Lương"]
AP = ["Ấp 3", "Ấp Bàu Bàng", "Ấp Sóc Lớn", "Ấp Cây Chặc", "Ấp 7", "Ấp Hòa Lộc"]
PER_PAGE = 10
N_ARTS = 126
D = _dt.datetime
SIDS = [_hashlib.md5(("tomcat-sb-%d" % i).encode()).hexdigest().upper() for i in range(4)]   # the session ids Tomcat hands out

_s = SoanTin(23404, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(23404, N_ARTS, gan=5),
             id_dau=18200, buoc=7, cm_dau=("TTSK", "XDD", "TTSK", "NCTD", "TTSK"))
ARTS = _s.items
BY_ID = {a["id"]: a for a in ARTS}
SHOWN = [a for a in ARTS if a["cm"] != HIDDEN]
DOC_NHIEU = sorted(SHOWN, key=lambda a: -a["xem"])[:6]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    return "/tin-tuc/chi-tiet.do?id=%d" % a["id"]


def with_sid(u, sid):
    """What Tomcat's encodeURL makes of a same-site address: ';jsessionid=<id>' after the path."""
    cut = min([i for i in (u.find("?"), u.find("#")) if i >= 0] or [len(u)])
    return u[:cut] + ";jsessionid=" + sid + u[cut:]


def list_url(k, n=1):
    return "/tin-tuc/danh-sach.do?cm=%s" % k + ("" if n == 1 else "&trang=%d" % n)


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- the session (stateless: ids derive from the request)
def session_of(tv):
    """(sid to write into links or None, Set-Cookie header or None).  A request carrying the JSESSIONID cookie gets clean links;
    one without it keeps the id its URL carries (a session this server handed out) or is given a new one."""
    cookie = tv.h("Cookie") or ""
    if _re.search(r"(?:^|;\s*)JSESSIONID=", cookie):
        return None, None
    sid = tv.sid if tv.sid in SIDS else SIDS[int(_hashlib.md5((tv.path + "?" + tv.query).encode()).hexdigest(), 16) % len(SIDS)]
    return sid, ("Set-Cookie", "JSESSIONID=%s; Path=/; HttpOnly" % sid)


_STATIC = (".css", ".js", ".jpg", ".png", ".gif", ".ico", ".pdf")


def encode_links(html, sid):
    def rep(m):
        u = _html.unescape(m.group(2))
        if not u.startswith("/") or u.startswith("//") or u.split("?")[0].lower().endswith(_STATIC):
            return m.group(0)
        return '%s="%s"' % (m.group(1), x(with_sid(u, sid)))
    return _re.sub(r'\b(href|action)="([^"]*)"', rep, html)


# ---------------------------------------------------------------- pages
def shell(tv, title, main):
    menu = "".join('<li><a href="%s">%s</a></li>' % (x(list_url(k)), x(n)) for k, n, _, _, _ in MENU)
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        '<title>%s - %s</title><link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="/rss.do?cm=TTSK" />'
        '<link href="/resources/css/portal.css" rel="stylesheet" type="text/css" /><style type="text/css">%s</style>'
        '<script type="text/javascript" src="/resources/js/jquery-1.12.4.min.js"></script></head><body><div id="wrapper">'
        '<div id="header"><a href="/"><img src="/resources/images/banner-tinhuy.jpg" alt="%s" /></a></div>'
        '<div id="menu"><ul class="menu-top"><li><a href="/">Trang chủ</a></li>%s<li><a href="/gioi-thieu.do">Giới thiệu</a></li>'
        '<li><a href="/lich-cong-tac.do?tuan=26&amp;nam=2025">Lịch công tác</a></li></ul></div>'
        '<div id="date-bar">%s, ngày %s | <form action="/tim-kiem.do" method="post" style="display:inline"><input type="text" name="tuKhoa" value="" />'
        '<input type="hidden" name="struts.token.name" value="token" /></form></div>'
        '<div id="content"><div id="main-col">%s</div><div id="right-col"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>%s</ul></div>'
        '<div class="box"><div class="box-title">Liên kết</div><ul><li><a href="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul></div></div></div>'
        '<div id="footer"><p>Trang thông tin điện tử Đảng bộ tỉnh Sông Bé. Cơ quan chủ quản: Văn phòng Tỉnh ủy. Địa chỉ: đường Hùng Vương, thành phố Thủ Dầu Một.</p>'
        '<p><a href="/gioi-thieu.do">Giới thiệu</a> | <a href="/so-do-trang.do">Sơ đồ trang</a> | <a href="/lien-he.do">Liên hệ</a></p></div></div>'
        '<script type="text/javascript">%s</script></body></html>') % (
        x(title), x(SITE), pad_css(len(title) + 47, 18, "sb"), x(SITE), menu, thu(BAY_GIO), ngay(BAY_GIO), main,
        "".join('<li><a href="%s">%s</a></li>' % (x(url(a)), x(a["tieu_de"])) for a in DOC_NHIEU), pad_js(len(title) + 29, 12, "portal"))
    sid, cookie = session_of(tv)
    if sid:
        body = encode_links(body, sid)
    return Dapung(body, 200, headers=[cookie] if cookie else [])


def item(a):
    return ('<div class="news-item"><a href="%s"><img class="thumb" src="/upload/images/%d/%d.jpg" alt="" /></a><a class="title" href="%s">%s</a>'
            '<span class="date">(%s)</span><p class="sapo">%s</p></div>') % (
        x(url(a)), a["ngay"].year, a["id"], x(url(a)), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def home(tv):
    main = '<div class="box-hot"><h2>Tin mới</h2>%s</div>' % "".join(item(a) for a in SHOWN[:5])
    for k, n, _, _, _ in MENU:
        main += '<div class="box-cat"><h2><a href="%s">%s</a></h2><ul>%s</ul></div>' % (
            x(list_url(k)), x(n), "".join('<li><a href="%s">%s</a></li>' % (x(url(a)), x(a["tieu_de"])) for a in in_sec(k)[:5]))
    return shell(tv, "Trang chủ", main)


def news_list(tv, k):
    items = in_sec(k)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("trang", 1, 1, 9999)
    if n is None or n > pages:
        return not_found(tv)
    nav = []
    if n > 1:
        nav.append('<a href="%s">«</a>' % x(list_url(k, n - 1)))
    for i in range(1, pages + 1):
        nav.append('<b>%d</b>' % i if i == n else '<a href="%s">%d</a>' % (x(list_url(k, i)), i))
    if n < pages:
        nav.append('<a href="%s">»</a>' % x(list_url(k, n + 1)))
    main = '<div class="path"><a href="/">Trang chủ</a> » %s</div><h1 class="cat-title">%s</h1>%s<div class="paging">%s</div>' % (
        x(SECNAME[k]), x(SECNAME[k]), "".join(item(a) for a in items[(n - 1) * PER_PAGE:n * PER_PAGE]), " ".join(nav))
    return shell(tv, SECNAME[k], main)


def article(tv, a):
    k = a["cm"]
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<p><b>%s</b></p>" % x(a["muc"][i]))
        paras.append("<p>%s</p>" % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<div class="img-center"><img src="/upload/images/%d/%d-1.jpg" alt="" /><div class="img-caption">%s</div></div>' % (
                a["ngay"].year, a["id"], x(a["chu_thich"])))
    others = [b for b in in_sec(k) if b is not a][:6]
    main = ('<div class="path"><a href="/">Trang chủ</a> » <a href="%s">%s</a></div><div class="detail"><h1 class="detail-title">%s</h1>'
            '<div class="detail-date">Đăng ngày %s %s</div><div class="detail-sapo"><b>%s</b></div><div class="detail-content">%s</div>'
            '<div class="detail-author">%s</div><div class="detail-tools"><a href="/in-bai.do?id=%d">In bài</a></div></div>'
            '<div class="box-other"><h3>Các tin đã đưa</h3><ul>%s</ul></div>') % (
        x(list_url(k)), x(SECNAME[k]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), "".join(paras), x(a["tac_gia"]), a["id"],
        "".join('<li><a href="%s">%s</a> (%s)</li>' % (x(url(b)), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    return shell(tv, a["tieu_de"], main)


def so_do(tv):
    rows = "".join('<li><a href="%s">%s</a></li>' % (x(list_url(k)), x(n)) for k, n, _, _, _ in SECTIONS)
    main = ('<div class="path"><a href="/">Trang chủ</a> » Sơ đồ trang</div><h1 class="cat-title">Sơ đồ trang</h1><ul class="sitemap">'
            '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.do">Giới thiệu</a><ul><li><a href="/gioi-thieu.do">Giới thiệu chung</a></li></ul></li>'
            '<li>Tin tức<ul>%s</ul></li><li><a href="/lien-he.do">Liên hệ</a></li></ul>') % rows
    return shell(tv, "Sơ đồ trang", main)


def static_page(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug:
            return shell(tv, t, '<h1 class="cat-title">%s</h1>%s' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps)))
    return None


def lich(tv):
    tuan, nam = tv.so("tuan", 0, 1, 53), tv.so("nam", 0, 1990, 2100)
    if not tuan or not nam:
        return not_found(tv)
    pv = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nx = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    return shell(tv, "Lịch công tác", '<h1 class="cat-title">Lịch công tác tuần %d/%d</h1><p><a href="/lich-cong-tac.do?tuan=%d&amp;nam=%d">« Tuần trước</a> '
                 '<a href="/lich-cong-tac.do?tuan=%d&amp;nam=%d">Tuần sau »</a></p><p>Chưa có lịch công tác.</p>' % (tuan, nam, pv[0], pv[1], nx[0], nx[1]))


def not_found(tv):
    d = Dapung('<!DOCTYPE html><html><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1>'
               '<hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the '
               'target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/8.5.93</h3></body></html>', 404)
    return d


def handle(tv):
    raw = tv.path
    m = _re.match(r"^([^;]*);jsessionid=([^;/?]*)$", raw, _re.I)
    tv.sid = m.group(2) if m else None
    p = m.group(1) if m else raw
    if p == "/robots.txt":
        return van_ban("User-agent: *\nCrawl-delay: 3\nDisallow: /admin/\nDisallow: /WEB-INF/\nDisallow: /in-bai.do\nDisallow: /tim-kiem.do\n"
                       "Disallow: /lich-cong-tac.do\n")
    if p in ("/", "/index.jsp", "/trang-chu.do"):
        return home(tv)
    if p == "/tin-tuc/danh-sach.do" and tv.q.get("cm") in SECNAME:
        return news_list(tv, tv.q["cm"])
    if p == "/tin-tuc/chi-tiet.do":
        i = tv.so("id", 0, 1, 999999)
        if i in BY_ID:
            return article(tv, BY_ID[i])
        return not_found(tv)
    if p == "/rss.do" and tv.q.get("cm") in SECNAME and tv.q["cm"] != HIDDEN:
        k = tv.q["cm"]
        return rss(tv.origin, SECNAME[k] + " - " + SITE, list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:20]],
                   ctype="text/xml;charset=UTF-8")
    if p == "/so-do-trang.do":
        return so_do(tv)
    if p in ("/gioi-thieu.do", "/lien-he.do"):
        return static_page(tv, p[1:-3])
    if p == "/lich-cong-tac.do":
        return lich(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.58 (Unix)")])


# ---------------------------------------------------------------- manifest
ONLY_SODO = [url(a) for a in in_sec(HIDDEN)]
_first = ARTS[0] if ARTS[0]["cm"] != HIDDEN else SHOWN[0]

MANIFEST = {
    "family": "in-house Java portal (Apache Struts 2.5 + JSP on Tomcat 8.5 behind Apache httpd 2.4; a provincial IT centre's, hedged) of a "
              "provincial Party committee (Đảng bộ tỉnh Sông Bé): ';jsessionid=' in every link of a page served without the session "
              "cookie, a section only in the HTML site map",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"),
                          "aliases": [with_sid(url(a), s) for s in SIDS]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/in-bai.do", "/lich-cong-tac.do"],
    "trap_prefixes": ["/lich-cong-tac.do"],
    "only_via": {"html-sitemap": ONLY_SODO},
    "notes": ("Articles /tin-tuc/chi-tiet.do?id=<id>, dated 'Đăng ngày dd/mm/yyyy HH:MM', no canonical; lists /tin-tuc/danh-sach.do?cm=<code>&trang=N, "
              "%d a page, numbered pager; 'Các tin đã đưa' = the 6 newest of the section. A request without the JSESSIONID cookie is "
              "given a session (Set-Cookie: JSESSIONID=<32 hex>; Path=/; HttpOnly) and Tomcat's encodeURL writes ';jsessionid=<id>' "
              "after the path of every same-site link on that page (/tin-tuc/chi-tiet.do;jsessionid=<id>?id=N); a request whose URL "
              "carries an id it handed out keeps it; the ids are those of %d sessions (derived from the request, so the replica stays "
              "stateless). Every article answers 200 under each ;jsessionid= form, no canonical. RSS /rss.do?cm=<code> (20 newest, "
              "clean links, not rewritten; the head names only Tin tức - Sự kiện). The section 'Tư liệu - Văn kiện' (cm=TLVK) is in no "
              "menu, home box, sidebar or feed: only the footer's 'Sơ đồ trang' (/so-do-trang.do) lists it. No XML sitemap. Weekly "
              "calendar /lich-cong-tac.do?tuan=W&nam=YYYY forever (trap, robots-disallowed); print /in-bai.do (robots-disallowed)."
              % (PER_PAGE, len(SIDS))),
}
MANIFEST_DAY1 = MANIFEST
_nc = {"Accept": "text/html"}          # a probe with request headers goes without the check's cookie jar
SELFTEST = [
    {"path": "/", "status": 200, "headers": _nc, "contains": ";jsessionid="},
    {"path": url(_first), "status": 200, "headers": {"Cookie": "JSESSIONID=%s" % SIDS[0]}, "not_contains": ";jsessionid="},
    {"path": with_sid(list_url("TTSK", 2), SIDS[2]), "status": 200, "headers": _nc,
     "contains": x(with_sid(list_url("TTSK", 3), SIDS[2]))},
    {"path": with_sid(url(_first), SIDS[1]), "status": 200, "contains": x(_first["tieu_de"])},
    {"path": "/so-do-trang.do", "status": 200, "contains": x(list_url(HIDDEN))},
    {"path": "/", "status": 200, "not_contains": "cm=%s" % HIDDEN},
    {"path": "/rss.do?cm=TTSK", "status": 200, "not_contains": ";jsessionid="},
]
SUMMARY = {
    "chains": ["/ -> /tin-tuc/danh-sach.do?cm=<code> -> &trang=N -> /tin-tuc/chi-tiet.do?id=N (;jsessionid=<id> after the path when the "
               "request carried no cookie)",
               "any page -> footer 'Sơ đồ trang' /so-do-trang.do -> /tin-tuc/danh-sach.do?cm=TLVK -> &trang=N -> /tin-tuc/chi-tiet.do?id=N"],
    "discovery": [
        "Tomcat's URL rewriting: every same-site link of a page answered without the JSESSIONID cookie carries ';jsessionid=<id>' "
        "(the first visit, and every visit of a crawler that keeps no cookies), while the feeds link clean addresses: the same "
        "article and list under up to %d+1 addresses, 200, no canonical (duplicates and wasted requests unless the path parameter is "
        "dropped or the cookie kept)" % len(SIDS),
        "the section 'Tư liệu - Văn kiện' is in no menu, home box, sidebar or feed; only the footer's HTML site map ('Sơ đồ trang') "
        "links it (%d articles only there: only_via html-sitemap)" % len(ONLY_SODO),
    ],
    "html_sitemap": ["/so-do-trang.do"],
    "alias_kinds": ["path parameter ;jsessionid=<id> (200, %d session ids)" % len(SIDS)],
    "quirks": ["Crawl-delay: 3", "no XML sitemap", "RSS per section (20), clean links", "Tomcat's own 404 page", "a POST search form",
               "weekly calendar trap under robots' Disallow: /lich-cong-tac.do"],
    "not_articles": [], "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none",
}
