"""Set 30, site A: a provincial Party committee's portal on Liferay Portal 7.0 CE GA7 (Tomcat 8.0 behind Apache httpd) with a VNPT
e-Portal theme and the vendor's portlets -- Đảng bộ tỉnh Biên Hòa.  One day (DAYS = 1), 24/07/2025.  See README.md."""
# ==== KERNEL BEGIN (sites30 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 30 kernel (set 29's -- set 26's plus chap_chon, cham, cua_so, bo_dau_giu_hoa and Truyvan.body -- with the crawl day moved to 24/07/2025,
# after the two-level local government began, and a post-merger topic and title voice added: CHU_DE['hai-cap'], _KHUON['xa']): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
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
NGAY = {1: _dt.datetime(2025, 7, 24, 9, 30)}        # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday, 24 days after 1/7/2025
BAY_GIO = NGAY[1]


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 30 serves one day only (DAYS = 1)")


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
        self.body = b""                             # set 29: the raw POST body (a JSON page-method call)
        if self.method == "POST":
            try:
                n = int(env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            raw_body = self.body = env["wsgi.input"].read(n) if n > 0 else b""
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
    "hai-cap": ("Chính quyền hai cấp", ("vận hành bộ máy chính quyền cấp xã mới", "kiện toàn tổ chức cơ sở đảng ở các xã, phường mới",
                                       "giải quyết thủ tục hành chính tại trung tâm phục vụ hành chính công cấp xã")),
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
    "xa": ["Đảng ủy xã {X} triển khai {v}", "Phường {X}: tập trung {v}", "Ban Thường vụ Đảng ủy xã {X} làm việc với các chi bộ về {v}",
           "Xã {X} sau {n} ngày {v}", "Đảng ủy phường {X} ra mắt các ban xây dựng Đảng", "Chi bộ {A} (xã {X}) bàn về {v}",
           "Hội nghị Ban Chấp hành Đảng bộ xã {X} lần thứ nhất cho ý kiến về {v}", "Xã {X}: {n} hồ sơ được giải quyết trong tuần đầu {v}"],
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


def tieu_de_duy_nhat(items):
    """Set 30: titles unique across a site's generators -- a later item repeating an earlier one's title gets ' (lần 2)', ' (lần 3)'."""
    dem = {}
    for a in sorted(items, key=lambda a: (a["ngay"], a["id"])):
        n = dem.get(a["tieu_de"], 0) + 1
        dem[a["tieu_de"]] = n
        if n > 1:
            a["tieu_de"] = "%s (lần %d)" % (a["tieu_de"], n)
# ==== KERNEL END ====
import json as _json

SITE = "Đảng bộ tỉnh Biên Hòa"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "huyenuy", "bai"),
            ("tuyen-giao-dan-van", "Tuyên giáo - Dân vận", 5, "btgdv", "bai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
SECNAME["van-ban"] = "Văn bản"
SECNAME["chuyen-de"] = "Chuyên đề: Sắp xếp tổ chức bộ máy, đơn vị hành chính"
PAGES = ["tin-hoat-dong", "xay-dung-dang", "tuyen-giao-dan-van", "van-ban"]          # the pages that carry an asset publisher
OLD_PAGE = "tuyen-giao"                                 # the page's friendly URL until 03/2025 (Ban Tuyên giáo + Ban Dân vận)
HUYEN = ["Biên Hòa", "Long Thành", "Nhơn Trạch", "Vĩnh Cửu", "Trảng Bom", "Thống Nhất", "Xuân Lộc", "Định Quán"]
XA = ["Tam Phước", "Phước Tân", "An Hòa", "Long Hưng", "Hiệp Phước", "Thạnh Phú", "Bình Lợi", "Tân Hạnh"]
AP = ["Ấp Bến Gỗ", "Ấp Long Đức", "Ấp Thiên Bình", "Khu phố 3", "Ấp Xóm Gò", "Ấp Bàu Cá"]
DELTA = 10
DELTAS = (5, 10, 20, 30, 50, 75)
GROUP, COMPANY, USER = 20143, 20116, 20120
AUTH = "Qb7tKx2m"                                       # Liferay.authToken of every guest page (the p_auth JSON WS wants)
INST = {"tin-hoat-dong": "aT4kLm9QxZ2w", "xay-dung-dang": "Rn6VbY3cHs8p", "tuyen-giao-dan-van": "Kd2WqE7uJf5t", "van-ban": "Hz9PoM1rGx4n"}
HOT = {"tin-hoat-dong": "Fs3XcV8bNq1e", "xay-dung-dang": "Ly5TgH2kWo7u", "tuyen-giao-dan-van": "Pm8JdR4sQa6c", "van-ban": "Vc1NxB6hTz3k"}
PLID = {"trang-chu": 20451, "gioi-thieu": 20457, "tin-hoat-dong": 20463, "xay-dung-dang": 20469, "tuyen-giao-dan-van": 20475, "van-ban": 20481,
        "lich-cong-tac": 20487, "lien-he": 20493, "tim-kiem": 20499}
CHU_DE_ID = 40512
SERVICE = "/vnpt.tinbai/lay-tin-theo-chu-de"
CD_BOX = "chuyende_WAR_vnpteportalchuyendeportlet_INSTANCE_Cd7Qw2"

_s = SoanTin(30101, 90, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(30101, 90, gan=5),
             id_dau=48100, buoc=7, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "tuyen-giao-dan-van", "tin-hoat-dong"),
             chu_de=("dai-hoi", "hai-cap", "kiem-tra", "hoc-tap-bac", "dan-van", "tu-tuong", "bao-chi"))
_d = SoanTin(30102, 16, [("van-ban", 1, "tinhuy", "thongbao")], HUYEN, XA, AP, lich=lich22(30103, 16, tu_ngay=_dt.datetime(2024, 9, 9), gan=1),
             id_dau=47700, buoc=11, chu_de=("dai-hoi", "sap-xep", "kiem-tra", "hai-cap"))
_c = SoanTin(30104, 20, [("chuyen-de", 1, "tinhuy", "bai")], HUYEN, XA, AP,
             lich=lich22(30105, 20, tu_ngay=_dt.datetime(2025, 3, 3), gan=3), id_dau=49900, buoc=5, chu_de=("sap-xep", "hai-cap"))
dat_ten_thong_bao(_d.items, "TU")
ARTS = sorted(_s.items + _d.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
_seen_ut = set()
for _a in sorted(ARTS, key=lambda a: a["ngay"]):
    _u = duong_dan(_a["tieu_de"], 80)
    while _u in _seen_ut:                                # Liferay's urlTitle of a later article with the same title gets a suffix
        _u = _u.rsplit("-", 1)[0] + "-" + str(int(_u.rsplit("-", 1)[1]) + 1) if _u.rsplit("-", 1)[-1].isdigit() and "-" in _u else _u + "-1"
    _seen_ut.add(_u)
    _a["ut"] = _u
BY_UT = {a["ut"]: a for a in ARTS}
CHUYEN_DE = [a for a in ARTS if a["cm"] == "chuyen-de"]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "xay-dung-dang"][1::3]}      # also in the 'Tin hoạt động' publisher
NEWS = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "xay-dung-dang", "tuyen-giao-dan-van")]
MOI_NHAT = NEWS[:6]
SITEMAP_AT = _dt.datetime(2024, 11, 12, 16, 40)
DELETED = ["hoi-nghi-ban-thuong-vu-tinh-uy-thang-10-nam-2024", "ky-niem-95-nam-ngay-truyen-thong-nganh-tuyen-giao-cua-dang"]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def url(a):
    return "/-/" + a["ut"]


def guest_url(a):
    return "/web/guest/-/" + a["ut"]


def ctx_url(a, k=None, page=None):
    """The asset publisher's 'view in context' address (the feeds use it): the content under the publisher's page."""
    k = k or a["cm"]
    return "/%s/-/asset_publisher/%s/content/%s" % (page or k, INST[k], a["ut"])


NS_AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"


def ns(k):
    return "_%s%s_" % (NS_AP, INST[k])


def list_url(k, cur=None, delta=DELTA):
    if cur is None:
        return "/" + k
    p = ns(k)
    return ("/%s?p_p_id=%s%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&%sdelta=%d&%sresetCur=false&%scur=%d" % (
        k, NS_AP, INST[k], p, delta, p, p, cur))


def last_page(k, delta=DELTA):
    return max(1, (len(in_sec(k)) + delta - 1) // delta)


def tieu_diem(k):
    return sorted(in_sec(k)[8:], key=lambda a: -a["xem"])[:2]


def thu_vnpt(d):
    return "Thứ Bẩy" if d.weekday() == 5 else thu(d)


FLAKY = list_url("xay-dung-dang", 2)
SLOW = list_url("van-ban", 2)


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
NAV = [("trang-chu", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("tin-hoat-dong", "Tin hoạt động"), ("xay-dung-dang", "Xây dựng Đảng"),
       ("tuyen-giao-dan-van", "Tuyên giáo - Dân vận"), ("van-ban", "Văn bản"), ("lich-cong-tac", "Lịch công tác"), ("lien-he", "Liên hệ")]


def top_js(tv, layout, cur_url):
    """Liferay 7.0's top_head JavaScript: Liferay.ThemeDisplay, the guest's authToken, currentURL."""
    e = lambda s: s.replace(":", "\\x3a").replace("/", "\\x2f")
    return ('<script type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.Browser = {acceptsGzip: function() {return true;}, getMajorVersion: '
            'function() {return 126.0;}, getRevision: function() {return "537.36";}, getVersion: function() {return "126.0";}, isAir: function() {return false;}, '
            'isChrome: function() {return true;}, isFirefox: function() {return false;}, isGecko: function() {return true;}, isIe: function() {return false;}, '
            'isIphone: function() {return false;}, isLinux: function() {return false;}, isMac: function() {return false;}, isMobile: function() {return false;}, '
            'isMozilla: function() {return false;}, isOpera: function() {return false;}, isRtf: function() {return true;}, isSafari: function() {return true;}, '
            'isSun: function() {return false;}, isWebKit: function() {return true;}, isWindows: function() {return true;}};\nLiferay.Data = Liferay.Data || {};\n'
            'Liferay.Data.ICONS_INLINE_SVG = true;\nLiferay.Data.NAV_SELECTOR = "#navigation";\nLiferay.Data.NAV_SELECTOR_MOBILE = "#navigationCollapse";\n'
            'Liferay.Data.isCustomizationView = function() {return false;};\nLiferay.Data.notices = [null];\nLiferay.PortletKeys = {DOCUMENT_LIBRARY: '
            '"com_liferay_document_library_web_portlet_DLPortlet", DYNAMIC_DATA_MAPPING: "com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet", ITEM_SELECTOR: '
            '"com_liferay_item_selector_web_portlet_ItemSelectorPortlet"};\nLiferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0, '
            'NTLM_AUTH_ENABLED: false, UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};\nLiferay.ThemeDisplay = {\n'
            '\tgetLayoutId: function() {return "%d";},\n\tgetLayoutRelativeURL: function() {return "%s";},\n\tgetLayoutURL: function() {return "%s%s";},\n'
            '\tgetParentLayoutId: function() {return "0";},\n\tisControlPanel: function() {return false;},\n\tisPrivateLayout: function() {return "false";},\n'
            '\tisVirtualLayout: function() {return false;},\n\tgetBCP47LanguageId: function() {return "vi-VN";},\n\tgetCDNBaseURL: function() {return "%s";},\n'
            '\tgetCDNDynamicResourcesHost: function() {return "";},\n\tgetCDNHost: function() {return "";},\n\tgetCompanyGroupId: function() {return "20153";},\n'
            '\tgetCompanyId: function() {return "%d";},\n\tgetDefaultLanguageId: function() {return "vi_VN";},\n\tgetDoAsUserIdEncoded: function() {return "";},\n'
            '\tgetLanguageId: function() {return "vi_VN";},\n\tgetParentGroupId: function() {return "%d";},\n\tgetPathContext: function() {return "";},\n'
            '\tgetPathImage: function() {return "/image";},\n\tgetPathJavaScript: function() {return "/o/frontend-js-web";},\n\tgetPathMain: function() {return "/c";},\n'
            '\tgetPathThemeImages: function() {return "%s/o/vnpt-eportal-theme/images";},\n\tgetPathThemeRoot: function() {return "/o/vnpt-eportal-theme";},\n'
            '\tgetPlid: function() {return "%d";},\n\tgetPortalURL: function() {return "%s";},\n\tgetScopeGroupId: function() {return "%d";},\n'
            '\tgetScopeGroupIdOrLiveGroupId: function() {return "%d";},\n\tgetSessionId: function() {return "";},\n\tgetSiteGroupId: function() {return "%d";},\n'
            '\tgetURLControlPanel: function() {return "/group/control_panel?refererPlid=%d";},\n\tgetURLHome: function() {return "%s\\x2fweb\\x2fguest";},\n'
            '\tgetUserId: function() {return "%d";},\n\tgetUserName: function() {return "";},\n\tisAddSessionIdToURL: function() {return false;},\n'
            '\tisFreeformLayout: function() {return false;},\n\tisImpersonated: function() {return false;},\n\tisSignedIn: function() {return false;},\n'
            '\tisStateExclusive: function() {return false;},\n\tisStateMaximized: function() {return false;},\n\tisStatePopUp: function() {return false;}\n};\n'
            'var themeDisplay = Liferay.ThemeDisplay;\nLiferay.AUI = {getAvailableLangPath: function() {return "available_languages.jsp?browserId=other&themeId='
            'vnpteportal_WAR_vnpteportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7006&t=1721460000000";}, getCombine: function() {return true;}, '
            'getComboPath: function() {return "/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7006&t=1721460000000&";}, getFilter: function() {return "min";}, '
            'getJavaScriptRootPath: function() {return "/o/frontend-js-web";}, getLangPath: function() {return "aui_lang.jsp?browserId=other&themeId='
            'vnpteportal_WAR_vnpteportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=7006&t=1721460000000";}};\nLiferay.authToken = "%s";\n'
            'Liferay.currentURL = "%s";\nLiferay.currentURLEncoded = "%s";\n// ]]>\n</script>\n') % (
        PLID.get(layout, 20451), "/" + layout, tv.origin, "/" + layout, tv.origin, COMPANY, GROUP, tv.origin, PLID.get(layout, 20451), tv.origin,
        GROUP, GROUP, GROUP, PLID.get(layout, 20451), e(tv.origin), USER, AUTH, e(cur_url), ma_hoa(cur_url))


def shell(tv, title, layout, col1, col2_top="", canonical=None, head=""):
    nav = "".join('<li class="%s" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" href="%s/%s" role="menuitem"><span>%s</span></a></li>' % (
        "selected active" if k == layout else "", PLID[k], PLID[k], tv.origin, k, x(n)) for k, n in NAV)
    cur = tv.path + ("?" + tv.query if tv.query else "")
    moi = "".join('<li><a href="%s%s">%s</a><span class="date">%s</span></li>' % (tv.origin, guest_url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in MOI_NHAT)
    vb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in in_sec("van-ban")[:4])
    return (
        '<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="vi-VN">\n\n<head>\n\t<title>%s - %s</title>\n\t<meta content="initial-scale=1.0, width=device-width" '
        'name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n%s<link href="%s/o/vnpt-eportal-theme/images/favicon.ico" '
        'rel="Shortcut Icon" />\n<link class="lfr-css-file" data-senna-track="temporary" href="%s/o/vnpt-eportal-theme/css/aui.css?browserId=other&amp;themeId='
        'vnpteportal_WAR_vnpteportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7006&amp;t=1721460000000" id="liferayAUICSS" rel="stylesheet" '
        'type="text/css" />\n<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=vnpteportal_WAR_vnpteportaltheme'
        '&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7006&amp;t=1721460000000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n%s%s'
        '<style type="text/css">%s</style>\n</head>\n\n<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">\n<div class="d-none" '
        'id="skip-to-content-wrapper"><a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a></div>\n<div class="container-fluid" id="wrapper">\n'
        '<header id="banner" role="banner"><div class="vnpt-topbar"><span class="vnpt-date">%s, ngày %s</span><span class="vnpt-hotline">Đường dây nóng: '
        '0251.3822.xxx</span></div><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="%s/web/guest/trang-chu" title="Đến %s"><img '
        'alt="%s" height="130" src="/image/layout_set_logo?img_id=20811&amp;t=1721460127712" width="1170" /></a></h1><div class="vnpt-search"><form action="%s/'
        'tim-kiem" method="get" name="_com_liferay_portal_search_web_portlet_SearchPortlet_fm"><input name="p_p_id" type="hidden" value="com_liferay_portal_'
        'search_web_portlet_SearchPortlet" /><input name="p_p_lifecycle" type="hidden" value="0" /><input class="search-input" name="_com_liferay_portal_search_'
        'web_portlet_SearchPortlet_keywords" placeholder="Tìm kiếm..." type="text" /><button class="btn" type="submit">Tìm</button></form></div></div>\n'
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">%s</ul></nav></header>\n'
        '<section id="content"><div class="columns-2-70-30" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column '
        'portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">%s</div>'
        '</div><div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
        'id="layout-column_column-2">%s<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_ portlet-static portlet-static-end '
        'portlet-borderless" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Mn1Rb8_"><span id="p_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Mn1Rb8"></span>'
        '<section class="portlet" id="portlet_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Mn1Rb8"><div class="portlet-content"><h2 class="portlet-title-text">Tin '
        'mới nhất</h2><div class="portlet-body"><ul class="vnpt-list vnpt-moi">%s</ul></div></div></section></div><div class="portlet-boundary portlet-static" '
        'id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Vb4Xq1_"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Văn bản '
        'mới</h2><div class="portlet-body"><ul class="vnpt-list">%s</ul><a class="xem-tat-ca" href="%s/van-ban">Xem tất cả</a></div></div></section></div><div '
        'class="portlet-boundary portlet-static" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Lk9Tz0_"><section class="portlet">'
        '<div class="portlet-content"><h2 class="portlet-title-text">Liên kết website</h2><div class="portlet-body"><div class="journal-content-article"><ul><li>'
        '<a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tapchicongsan.example/" '
        'target="_blank">Tạp chí Cộng sản</a></li><li><a href="https://bienhoa.gov.example/" target="_blank">Cổng TTĐT tỉnh Biên Hòa</a></li></ul></div></div></div>'
        '</section></div></div></div></div></div></section>\n<footer id="footer" role="contentinfo"><div class="vnpt-footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ '
        'ĐẢNG BỘ TỈNH BIÊN HÒA</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Biên Hòa. Địa chỉ: số 2 đường Nguyễn Văn Trị, thành phố Biên Hòa.</p><p>Chịu '
        'trách nhiệm chính: Chánh Văn phòng Tỉnh ủy. Ghi rõ nguồn "Cổng TTĐT Đảng bộ tỉnh Biên Hòa" khi phát hành lại thông tin từ cổng này.</p><p class="powered-by">'
        'Thiết kế và phát triển bởi VNPT Biên Hòa</p></div></footer>\n</div>\n<script src="/o/frontend-js-web/everything.jsp?browserId=other&amp;themeId='
        'vnpteportal_WAR_vnpteportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.everything.files&amp;languageId=vi_VN&amp;'
        'b=7006&amp;t=1721460000000" type="text/javascript"></script>\n<script type="text/javascript">%s</script>\n<script type="text/javascript">\n// <![CDATA[\n'
        'Liferay.Portlet.register("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet");\nLiferay.Util.addInputCancel();\nLiferay.Portlet.runtimePortletIds '
        '= ["com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet"];\n// ]]>\n</script>\n</body>\n\n</html>\n') % (
        x(title), x(SITE), ('<link data-senna-track="temporary" href="%s%s" rel="canonical" />\n' % (tv.origin, x(canonical))) if canonical else "",
        tv.origin, tv.origin, top_js(tv, layout, cur), head, pad_css(len(title) * 17 + 31, 14, "vnpt"), thu_vnpt(BAY_GIO), ngay(BAY_GIO), tv.origin, x(SITE),
        x(SITE), tv.origin, nav, col1, col2_top, moi, vb, tv.origin, pad_js(len(title) * 5 + 13, 11, "aui-min"))


def answer(body, status=200, ctype="text/html;charset=UTF-8", headers=()):
    return Dapung(body, status, ctype, headers=[("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("Pragma", "no-cache"),
                                                 ("Liferay-Portal", "Liferay Community Edition Portal 7.0.6 GA7 (Wilberforce / Build 7006 / July 20, 2018)"),
                                                 ("X-Frame-Options", "SAMEORIGIN")] + list(headers))


def portlet(pid, title, inner, extra_cls="portlet-asset-publisher"):
    return ('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-decorate %s" id="p_p_id_%s_"><span id="p_%s"></span>'
            '<section class="portlet" id="portlet_%s"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">%s</span></h2>'
            '</header><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div><div class=" portlet-content-container"><div '
            'class="portlet-body">%s</div></div></div></section></div>') % (pid.split("_INSTANCE_")[0], extra_cls, pid, pid, pid, x(title), inner)


def abstract(a):
    return ('<div class="asset-abstract "><div class="lfr-meta-actions asset-actions"></div><h4 class="asset-title"><a href="%s">%s</a></h4><div class="asset-content">'
            '<div class="asset-summary"><div class="aspect-ratio aspect-ratio-bg-cover asset-small-image" style="background-image:url(/image/journal/article?img_id=%d&amp;'
            't=1721450000000)"></div>%s</div><div class="asset-more"><a href="%s">Xem thêm <span class="hide-accessible">về %s</span> »</a></div></div><div '
            'class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span> <span class="metadata-entry metadata-view-count">%d Lượt xem</span>'
            '</div></div>') % (url(a), x(a["tieu_de"]), a["id"] + 5, x(a["sapo"]), url(a), x(a["tieu_de"]), a["ngay"].strftime("%d/%m/%Y %H:%M"), a["xem"])


def iterator(k, cur, delta):
    """Liferay 7.0's lexicon page iterator: the items-per-page dropdown, 'Hiển thị …', « 1 2 … » with page 1 as cur=1."""
    last, total = last_page(k, delta), len(in_sec(k))
    p = ns(k)
    out = ['<div class="taglib-page-iterator" id="%socerSearchContainerPageIterator"><div class="pagination-bar"><div class="dropdown pagination-items-per-page">'
           '<a aria-expanded="false" class="dropdown-toggle" data-toggle="dropdown" href="javascript:;">%d Mục<span class="icon-caret-double-l"></span></a>'
           '<ul class="dropdown-menu dropdown-menu-top">' % (p, delta)]
    for d in DELTAS:
        out.append('<li><a href="%s">%d</a></li>' % (x(list_url(k, 1, d)), d))
    out.append('</ul></div><div class="pagination-results">Hiển thị %d - %d của %d kết quả.</div><ul class="pagination">' % (
        (cur - 1) * delta + 1, min(cur * delta, total), total))
    out.append('<li class="%s"><a href="%s">«</a></li>' % ("disabled" if cur == 1 else "", "javascript:;" if cur == 1 else x(list_url(k, cur - 1, delta))))
    for n in cua_so(cur, last, 2):
        if n is None:
            out.append('<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="javascript:;">...</a></li>')
        else:
            out.append('<li class="%s"><a href="%s">%d</a></li>' % ("active" if n == cur else "", x(list_url(k, n, delta)), n))
    out.append('<li class="%s"><a href="%s">»</a></li></ul></div></div>' % ("disabled" if cur == last else "",
                                                                          "javascript:;" if cur == last else x(list_url(k, cur + 1, delta))))
    return "".join(out)


def section(tv, k):
    p = ns(k)
    delta = DELTA
    if p + "delta" in tv.q:
        delta = int(tv.q[p + "delta"]) if tv.q[p + "delta"] in [str(d) for d in DELTAS] else DELTA
    cur = 1
    if p + "cur" in tv.q:
        v = tv.q[p + "cur"]
        cur = int(v) if _re.fullmatch(r"\d{1,4}", v) and int(v) >= 1 else 1
        cur = min(cur, last_page(k, delta))          # SearchContainer: a page past the end shows the last one
    items = in_sec(k)
    shown = items[(cur - 1) * delta:cur * delta]
    hot = portlet(NS_AP + HOT[k], "Tin tiêu điểm", '<div class="vnpt-tieudiem">%s</div>' % "".join(
        '<div class="td-item"><a href="%s"><img alt="" src="/image/journal/article?img_id=%d" /></a><h3><a href="%s">%s</a></h3><span class="date">%s</span></div>' % (
            url(a), a["id"] + 5, url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in tieu_diem(k)))
    rss = ('<div class="subscribe-action"><a class="btn btn-link" href="%s/-/asset_publisher/%s/rss" target="_blank"><span class="icon-rss"></span> RSS</a></div>'
           % ("/" + k, INST[k]))
    inner = rss + "".join(abstract(a) for a in shown) + iterator(k, cur, delta)
    head = '<link href="%s/%s/-/asset_publisher/%s/rss" rel="alternate" title="%s" type="application/atom+xml" />\n' % (tv.origin, k, INST[k], x(SECNAME[k]))
    return answer(shell(tv, SECNAME[k], k, hot + portlet(NS_AP + INST[k], SECNAME[k], inner), canonical="/" + k, head=head))


def chuyen_de_box():
    pid = CD_BOX
    inner = ('<div class="vnpt-chuyende"><div class="cd-banner"><img alt="Chuyên đề" src="/documents/%d/0/banner-chuyen-de-sap-xep.jpg" /></div><div class="cd-list" '
             'id="_%s_dsTin"><div class="loading-animation"></div></div></div>') % (GROUP, pid)
    js = ('<script type="text/javascript">\n// <![CDATA[\nAUI().ready("aui-base", "aui-io-request", function(A) {\n\tvar dsTin = A.one("#_%s_dsTin");\n\t'
          'Liferay.Service(\n\t\t"%s",\n\t\t{\n\t\t\tgroupId: themeDisplay.getScopeGroupId(),\n\t\t\tchuDeId: %d,\n\t\t\tstart: 0,\n\t\t\tend: 40\n\t\t},\n'
          '\t\tfunction(obj) {\n\t\t\tvar html = "";\n\t\t\tA.Array.each(obj, function(tin, i) {\n\t\t\t\tif (i < 6) {\n\t\t\t\t\thtml += "<li><a href=\\"" + '
          'tin.url + "\\">" + A.Escape.html(tin.tieuDe) + "</a> <span class=\\"date\\">(" + tin.ngayXuatBan + ")</span></li>";\n\t\t\t\t}\n\t\t\t});\n'
          '\t\t\tdsTin.html("<ul class=\\"vnpt-list\\">" + html + "</ul>");\n\t\t}\n\t);\n});\n// ]]>\n</script>') % (pid, SERVICE, CHU_DE_ID)
    return portlet(pid, SECNAME["chuyen-de"], inner, "portlet-borderless") + js


def home(tv):
    slide = NEWS[:5]
    col = portlet("dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Tq0Hs5", "Tiêu điểm", '<div class="vnpt-hot">%s</div>' % "".join(
        '<div class="hot-item"><a href="%s"><img alt="" src="/image/journal/article?img_id=%d" /></a><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (
            url(a), a["id"] + 5, url(a), x(a["tieu_de"]), x(a["sapo"])) for a in slide), "portlet-borderless")
    for k in ("tin-hoat-dong", "xay-dung-dang", "tuyen-giao-dan-van"):
        col += portlet("dsnews_WAR_vnpteportalnewsportlet_INSTANCE_" + INST[k][:6], SECNAME[k], '<div class="vnpt-news-box"><h3 class="box-title"><a href="%s/%s">%s'
                       '</a></h3><ul class="vnpt-list">%s</ul></div>' % (tv.origin, k, x(SECNAME[k]), "".join(
                           '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in in_sec(k)[:5])),
                       "portlet-borderless")
    return answer(shell(tv, "Trang chủ", "trang-chu", col, col2_top=chuyen_de_box(), canonical="/"))


def body_of(a):
    out = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][i]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if i == 0 and a.get("chu_thich"):
            out.append('<table align="center" class="image" style="width:100%%"><tbody><tr><td><img alt="" src="/documents/%d/0/%d_anh1.jpg/%08x-1f2e-4c3d-9b8a-%012x" '
                       'style="width: 600px;" /></td></tr><tr><td class="image_desc" style="text-align: center;"><em>%s</em></td></tr></tbody></table>' % (
                           GROUP, a["id"], a["id"] * 2654435761 % 16 ** 8, a["id"] * 131, x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, canonical, layout=None):
    k = layout or a["cm"]
    pool = CHUYEN_DE if a["cm"] == "chuyen-de" else in_sec(a["cm"])
    others = [b for b in pool if b is not a][:6]
    att = ""
    if a["cm"] == "van-ban":
        att = ('<div class="vnpt-attach"><strong>Tệp đính kèm:</strong> <a href="/documents/%d/0/%s.pdf/%08x-51c2-4e0b-9a1d-%012x?t=1721450000000" target="_blank">'
               '<span class="icon-file-pdf"></span> %s.pdf</a></div>' % (GROUP, a["so_hieu"].replace("Số ", "").replace("/", "-"), a["id"] * 2654435761 % 16 ** 8,
                                                                        a["id"] * 97, x(a["so_hieu"])))
    crumb = ('<a href="/%s">%s</a>' % (a["cm"], x(SECNAME[a["cm"]]))) if a["cm"] in PAGES else '<span>Chuyên đề</span>'
    extra = ""
    if a["cm"] == "tuyen-giao-dan-van" and a["ngay"] < _dt.datetime(2025, 3, 1) and a["id"] % 4 == 1:
        olds = [b for b in in_sec("tuyen-giao-dan-van") if b["ngay"] < a["ngay"]][:1]
        if olds:      # a link typed while the page was still /tuyen-giao
            extra = '<p><em>Xem thêm: <a href="/%s/-/asset_publisher/%s/content/%s">%s</a></em></p>' % (OLD_PAGE, INST["tuyen-giao-dan-van"], olds[0]["ut"],
                                                                                                   x(olds[0]["tieu_de"]))
    inner = ('<div class="vnpt-breadcrumb"><a href="/">Trang chủ</a> » %s</div><div class="asset_publisher_view_full_content"><div class="asset_title"><h1>%s</h1>'
             '</div><div class="social-panel"><div class="asset-publish-date"><span>%s, ngày %s %s</span></div><div class="social-icon"><a href="javascript:;" '
             'id="decreaseText">A-</a> <a href="javascript:;" id="increaseText">A+</a> <a href="javascript:window.print();">In bài</a></div></div><div '
             'class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>%s</strong></span></div></div><div class="asset-full-content '
             'show-asset-title"><div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="%d">%s%s%s<p style="text-align: right;">'
             '<strong>%s</strong></p></div></div></div><div class="asset-metadata"><span class="metadata-entry metadata-view-count">%d Lượt xem</span></div></div>'
             '<div class="vnpt-other-news"><h4>%s</h4><ul>%s</ul></div>') % (
        crumb, x(a["tieu_de"]), thu_vnpt(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), a["id"], body_of(a), extra, att, x(a["tac_gia"]), a["xem"],
        "Các tin khác trong chuyên đề" if a["cm"] == "chuyen-de" else "Tin khác",
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + (INST[k] if k in INST else "DspPg0x1")
    return answer(shell(tv, a["tieu_de"], k if k in PLID else "trang-chu", portlet(pid, SECNAME[k] if k in SECNAME else "Chi tiết", inner), canonical=canonical))


def soft_gone(tv):
    inner = '<div class="alert alert-info">Nội dung bạn yêu cầu không tồn tại hoặc đã hết hạn hiển thị.</div>'
    return answer(shell(tv, "Chi tiết tin", "trang-chu", portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_DspPg0x1", "Chi tiết tin",
                                                                     inner), canonical=tv.path))


def not_found(tv):
    return answer(shell(tv, "Không tìm thấy", "trang-chu", '<div class="alert alert-danger"><h2>Không tìm thấy</h2><p>Không tìm thấy tài nguyên được yêu cầu.</p>'
                                                            '<p><a href="/">Về trang chủ</a></p></div>'), 404)


def error_500(tv):
    return answer('<!DOCTYPE html><html><head><title>Lỗi hệ thống</title></head><body><div class="portlet-msg-error">Đã xảy ra lỗi hệ thống không mong muốn. '
                  'Vui lòng thử lại sau.</div><pre>com.liferay.portal.kernel.dao.orm.ORMException: could not extract ResultSet</pre></body></html>', 500)


def atom(tv, k):
    items = in_sec(k)[:20]
    u = _dt.timedelta(hours=7)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "<title>%s</title>" % x(SECNAME[k]), '<link rel="self" href="%s/%s/-/asset_publisher/%s/rss" />' % (tv.origin, k, INST[k]),
           "<subtitle>%s</subtitle>" % x(SECNAME[k]), "<id>%s/%s/-/asset_publisher/%s/rss</id>" % (tv.origin, k, INST[k]),
           "<updated>%s</updated>" % (items[0]["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ")]
    for a in items:
        out.append('<entry><title>%s</title><link rel="alternate" href="%s%s" /><author><name>Ban Biên tập</name></author><id>%s%s</id><updated>%s</updated>'
                   '<published>%s</published><summary type="html">%s</summary><dc:creator>Ban Biên tập</dc:creator><dc:date>%s</dc:date></entry>' % (
                       x(a["tieu_de"]), tv.origin, ctx_url(a, k), tv.origin, ctx_url(a, k), (a["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       (a["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ"), x(a["sapo"]), (a["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ")))
    out.append("</feed>")
    return Dapung("\n".join(out), 200, "application/atom+xml;charset=UTF-8")


def sitemap(tv):
    """A static file the vendor put in Apache's document root on 12/11/2024 (Liferay's own sitemap is shadowed): the pages as they were then
    (the old /tuyen-giao), the articles up to then and two deleted ones."""
    rows = [("/", None, "daily")] + [("/" + k, None, "daily") for k in ("gioi-thieu", "tin-hoat-dong", "xay-dung-dang", OLD_PAGE, "van-ban", "lien-he")]
    rows += [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < SITEMAP_AT and a["cm"] != "chuyen-de"]
    rows += [("/-/" + ut, _dt.datetime(2024, 10, 7, 8, 0), None) for ut in DELETED]
    return urlset(tv.origin, rows, [("Last-Modified", "Tue, 12 Nov 2024 09:40:12 GMT"), ("ETag", '"2f1a9-6269b1f3c5e00"'), ("Accept-Ranges", "bytes")])


def lich(tv):
    p = "_lichcongtac_WAR_vnpteportallichportlet_"
    try:
        tuan, nam = int(tv.q.get(p + "tuan", "30")), int(tv.q.get(p + "nam", "2025"))
    except ValueError:
        tuan, nam = 30, 2025
    if not (1 <= tuan <= 53 and 1990 <= nam <= 2100):
        tuan, nam = 30, 2025
    lk = lambda t, n: "/lich-cong-tac?p_p_id=lichcongtac_WAR_vnpteportallichportlet&p_p_lifecycle=0&%stuan=%d&%snam=%d" % (p, t, p, n)
    pv, nx = ((tuan - 1, nam) if tuan > 1 else (52, nam - 1)), ((tuan + 1, nam) if tuan < 52 else (1, nam + 1))
    inner = ('<div class="lich-tuan"><h3>Lịch công tác tuần %d năm %d</h3><p><a href="%s">« Tuần trước</a> | <a href="%s">Tuần sau »</a></p><table class="table">'
             '<tr><td>Chưa có lịch công tác.</td></tr></table></div>') % (tuan, nam, x(lk(*pv)), x(lk(*nx)))
    return answer(shell(tv, "Lịch công tác", "lich-cong-tac", portlet("lichcongtac_WAR_vnpteportallichportlet", "Lịch công tác", inner), canonical="/lich-cong-tac"))


def static(tv, k):
    s, t, ps = TRANG_TINH[0] if k == "gioi-thieu" else TRANG_TINH[3]
    inner = '<div class="journal-content-article"><h2>%s</h2>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
    return answer(shell(tv, t, k, portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_St" + k[:4], t, inner, ""), canonical="/" + k))


def jsonws(tv):
    """Liferay's JSON web services: POST /api/jsonws/invoke cmd={"/path": {…}}&p_auth=<authToken>."""
    def err(status, exc):
        return Dapung(_json.dumps({"exception": exc, "throwable": exc, "error": {"message": exc, "type": exc.split(":")[0]}}), status, "application/json;charset=UTF-8")
    if tv.method != "POST":
        return err(403, "com.liferay.portal.kernel.security.auth.PrincipalException$MustHaveValidCSRFToken")
    if tv.form.get("p_auth") != AUTH:
        return err(403, "com.liferay.portal.kernel.security.auth.PrincipalException$MustHaveValidCSRFToken: Invalid authentication token")
    try:
        cmd = _json.loads(tv.form.get("cmd") or "")
        (path, payload), = cmd.items()
    except (ValueError, AttributeError):
        return err(400, "java.lang.IllegalArgumentException: Invalid command")
    if path != SERVICE:
        return err(404, "java.lang.RuntimeException: No JSON web service action with path %s and method POST for /vnpt.tinbai" % path)
    try:
        g, cd = int(payload.get("groupId")), int(payload.get("chuDeId"))
        start, end = int(payload.get("start", 0)), int(payload.get("end", -1))
    except (TypeError, ValueError):
        return err(400, "jodd.typeconverter.TypeConversionException: Invalid parameter")
    items = CHUYEN_DE if (g, cd) == (GROUP, CHU_DE_ID) else []
    items = items[start:] if end < 0 else items[start:end]
    out = [{"tinBaiId": a["id"], "articleId": str(a["id"] + 100000), "groupId": GROUP, "tieuDe": a["tieu_de"], "moTa": a["sapo"], "urlTitle": a["ut"],
            "url": url(a), "anhDaiDien": "/image/journal/article?img_id=%d" % (a["id"] + 5), "ngayXuatBan": ngay(a["ngay"]),
            "displayDate": int((a["ngay"] - _dt.timedelta(hours=7) - _dt.datetime(1970, 1, 1)).total_seconds()) * 1000, "luotXem": a["xem"]} for a in items]
    return Dapung(_json.dumps(out, ensure_ascii=False), 200, "application/json;charset=UTF-8")


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /tim-kiem\nDisallow: /web/guest/tim-kiem\n"
                       "Disallow: /lich-cong-tac?\nDisallow: /web/guest/lich-cong-tac?\nCrawl-delay: 2\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p == "/api/jsonws/invoke":
        return jsonws(tv)
    if tv.method == "POST":
        return not_found(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p.startswith("/web/guest/"):
        rest = p[len("/web/guest"):]
        if rest.startswith("/-/"):
            a = BY_UT.get(rest[3:])
            return article(tv, a, url(a)) if a else not_found(tv)       # the group address: canonical on the virtual host
        if rest.startswith("/" + OLD_PAGE) and not rest.startswith("/tuyen-giao-dan-van"):
            return chuyen(tv.origin + "/tuyen-giao-dan-van" + rest[len(OLD_PAGE) + 1:] + ("?" + q if q else ""), 301)
        if rest.strip("/") in PLID or rest.strip("/") in PAGES:
            p = "/" + rest.strip("/")
        else:
            return not_found(tv)
    if p.startswith("/" + OLD_PAGE) and not p.startswith("/tuyen-giao-dan-van"):
        # the vendor's Apache rule after the rename of 03/2025: RewriteRule ^/tuyen-giao(.*)$ /tuyen-giao-dan-van$1 [R=301,L]
        return chuyen(tv.origin + "/tuyen-giao-dan-van" + p[len(OLD_PAGE) + 1:] + ("?" + q if q else ""), 301)
    if p in ("/", "/trang-chu") and not q:
        return home(tv)
    if p.startswith("/-/"):
        a = BY_UT.get(p[3:])
        if a:
            return article(tv, a, url(a))
        if p[3:] in DELETED:
            return soft_gone(tv)
        return not_found(tv)
    m = _re.fullmatch(r"/([a-z-]+)/-/asset_publisher/(\w+)/(rss|content/([a-z0-9-]+))", p)
    if m and m.group(1) in INST and INST[m.group(1)] == m.group(2):
        k = m.group(1)
        if m.group(3) == "rss":
            return atom(tv, k)
        a = BY_UT.get(m.group(4))
        if a and a in in_sec(k):
            return article(tv, a, p, k)                  # self-canonical: the in-context address names itself
        return soft_gone(tv)
    m = _re.fullmatch(r"/([a-z-]+)", p)
    if m and m.group(1) in INST:
        if full == FLAKY and chap_chon(FLAKY):
            return error_500(tv)
        if full == SLOW:
            cham(tv, 1.1)
        return section(tv, m.group(1))
    if p in ("/gioi-thieu", "/lien-he"):
        return static(tv, p[1:])
    if p == "/lich-cong-tac":
        return lich(tv)
    return not_found(tv)


def _cookies(tv, out):
    return [("Set-Cookie", "JSESSIONID=%032X; Path=/; HttpOnly" % (len(tv.path) * 2654435761 % 16 ** 12)), ("Set-Cookie", "COOKIE_SUPPORT=true; Path=/; HttpOnly"),
            ("Set-Cookie", "GUEST_LANGUAGE_ID=vi_VN; Path=/; HttpOnly")]


app = chay_app(handle, [("Server", "Apache/2.4.6 (CentOS)")], moi_lan=_cookies, post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    out = [guest_url(a)]
    if a["cm"] in INST:
        out.append(ctx_url(a))
        if a["cm"] == "tuyen-giao-dan-van":
            out.append(ctx_url(a, page=OLD_PAGE))          # 301 to the new in-context address
    if a["id"] in CROSS:
        out.append(ctx_url(a, "tin-hoat-dong"))
    return out


ONLY_LR = [url(a) for a in CHUYEN_DE]
_th = in_sec("tin-hoat-dong")

MANIFEST = {
    "family": "Liferay Portal 7.0 CE GA7 (Tomcat 8.0 behind Apache httpd) with VNPT's e-Portal theme and portlets, of a provincial Party committee (Đảng bộ "
              "tỉnh Biên Hòa): display-page articles /-/<url-title> on a virtual host beside /web/guest/… and the asset publishers' in-context addresses, "
              "lexicon page iterators with an items-per-page menu and page 1 as cur=1, a section renamed in 03/2025 whose old addresses 301, a vendor's "
              "static sitemap of 11/2024; the 2025 chuyên đề only through Liferay.Service (JSON web services)",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/c/", "/group/", "/tim-kiem", "/lich-cong-tac?"],
    "trap_prefixes": ["/lich-cong-tac?"],
    "only_via": {"liferay-service": ONLY_LR},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles are web content shown on the site's display page at /-/<url-title> (Liferay 7.0 on a virtual host), dated '<Thứ>, ngày dd/mm/yyyy "
              "HH:MM' ('Thứ Bẩy' on Saturdays), canonical /-/<url-title>; the same page answers under the group address /web/guest/-/<url-title> (the "
              "sidebar 'Tin mới nhất' links it; canonical to /-/…) and in its asset publisher's context /<page>/-/asset_publisher/<inst>/content/<url-title> "
              "(the feeds link it; canonical = itself). Pages /<page> (also /web/guest/<page>): an asset publisher of %d a page with Liferay 7.0's page "
              "iterator -- an items-per-page menu (5, 10, 20, 30, 50, 75: delta=N&cur=1 links), « 1 2 … » with page 1 also as cur=1, 'Hiển thị …'; a page past "
              "the end shows the last one -- under a second publisher 'Tin tiêu điểm' (the section's two most-read older items) on EVERY page; canonical = the "
              "page without the portlet parameters. Every 3rd 'Xây dựng Đảng' item is also shown by the 'Tin hoạt động' publisher (one address). Atom feeds "
              "/<page>/-/asset_publisher/<inst>/rss (head link). The page 'Tuyên giáo' became 'Tuyên giáo - Dân vận' in 03/2025 (Ban Tuyên giáo and Ban Dân "
              "vận merged): /tuyen-giao… (and /web/guest/tuyen-giao…) 301 to /tuyen-giao-dan-van… by an Apache rule; older articles' 'Xem thêm' and the "
              "sitemap still name the old addresses. /sitemap.xml is a static file of 12/11/2024 (pages then, articles then, two deleted items that now "
              "answer 200 'Nội dung bạn yêu cầu không tồn tại hoặc đã hết hạn hiển thị.': soft 404). Documents (Văn bản) carry a PDF. The chuyên đề 'Sắp "
              "xếp tổ chức bộ máy, đơn vị hành chính' (since 03/2025, %d items) has no page, publisher, feed or sitemap entry: only the home's VNPT box names "
              "it, an empty div filled by Liferay.Service('%s', {groupId: themeDisplay.getScopeGroupId(), chuDeId: %d, start: 0, end: 40}, …) -- POST "
              "/api/jsonws/invoke with cmd={\"%s\":{…}} and p_auth = Liferay.authToken (%s; 403 without it), answered by a JSON array of the items with "
              "their url. Flaky: the 2nd 'Xây dựng Đảng' page answers 500 every other request; slow: the 2nd 'Văn bản' page (1.1 s). The VNPT week "
              "calendar /lich-cong-tac?…tuan=W&…nam=Y forever (trap, robots-disallowed by Disallow: /lich-cong-tac?). JSESSIONID, COOKIE_SUPPORT and "
              "GUEST_LANGUAGE_ID on every answer." % (DELTA, len(CHUYEN_DE), SERVICE, CHU_DE_ID, SERVICE, AUTH)),
}
MANIFEST_DAY1 = MANIFEST

_tg = in_sec("tuyen-giao-dan-van")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[DELTA]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 1), "status": 200, "contains": x(_th[0]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 99), "status": 200, "contains": x(_th[-1]["tieu_de"])},
    {"path": "/tuyen-giao", "status": 301, "location": "/tuyen-giao-dan-van"},
    {"path": ctx_url(_tg[0], page=OLD_PAGE), "status": 301, "location": ctx_url(_tg[0])},
    {"path": guest_url(_th[0]), "status": 200, "contains": 'rel="canonical"'},
    {"path": "/-/" + DELETED[0], "status": 200, "contains": "không tồn tại hoặc đã hết hạn"},
    {"path": "/-/khong-co-bai-nay", "status": 404},
    {"path": "/api/jsonws/invoke", "method": "POST", "body": b"cmd=%7B%7D", "status": 403},
    {"path": "/", "status": 200, "contains": "Liferay.Service(", "not_contains": x(CHUYEN_DE[0]["tieu_de"])},
    {"path": "/sitemap.xml", "status": 200, "not_contains": CHUYEN_DE[-1]["ut"]},
]
SUMMARY = {
    "chains": ["/ -> /<page> -> ?p_p_id=…&_…_cur=N (and the items-per-page menu) -> /-/<url-title>; /web/guest/-/<url-title> from the sidebar",
               "/ -> the VNPT box: Liferay.Service('%s', {groupId: themeDisplay.getScopeGroupId(), chuDeId: %d, …}) -> POST /api/jsonws/invoke "
               "cmd={…}&p_auth=%s -> JSON [{…, \"url\": \"/-/<url-title>\"}] -> the chuyên đề articles" % (SERVICE, CHU_DE_ID, AUTH),
               "robots Sitemap: /sitemap.xml (static, 12/11/2024) -> /tuyen-giao (301 -> /tuyen-giao-dan-van), /-/<url-title>, two deleted items (200 soft 404)",
               "head link -> /<page>/-/asset_publisher/<inst>/rss (Atom) -> /<page>/-/asset_publisher/<inst>/content/<url-title> (200, self-canonical)"],
    "discovery": [
        "the chuyên đề 'Sắp xếp tổ chức bộ máy, đơn vị hành chính' (since 03/2025, %d items) has no page, publisher, feed or sitemap entry: only the home's "
        "VNPT box names it, filled by Liferay.Service('%s', {groupId: themeDisplay.getScopeGroupId(), chuDeId: %d, start: 0, end: 40}, …) -- POST "
        "/api/jsonws/invoke with cmd = that JSON and p_auth = the page's Liferay.authToken -- a crawler that does not make Liferay's JSON web service "
        "calls never sees the chuyên đề (only_via liferay-service %d)" % (len(CHUYEN_DE), SERVICE, CHU_DE_ID, len(ONLY_LR)),
        "the section renamed in 03/2025 (Ban Tuyên giáo + Ban Dân vận): every old /tuyen-giao… address 301s to /tuyen-giao-dan-van…; each article under "
        "three addresses (display page, group address, the publisher's in-context address, which names itself as canonical); the page iterator's "
        "items-per-page menu and page 1 twice (no only_via)",
    ],
    "set30_pages": {"liferay-service": ["/"]},
    "alias_kinds": ["the group address /web/guest/-/<url-title> (200, canonical /-/…; the sidebar 'Tin mới nhất')",
                    "the publisher's in-context /<page>/-/asset_publisher/<inst>/content/<url-title> (200, self-canonical; the Atom feeds)",
                    "the in-context address under the old page /tuyen-giao/… (301 to the new page's)"],
    "quirks": ["Crawl-delay: 2", "two publishers on every section page (Tin tiêu điểm on top of every page)", "page 1 also as cur=1",
               "an items-per-page menu of six delta links per list page", "a page past the end shows the last page",
               "the renamed page: /tuyen-giao… 301 to /tuyen-giao-dan-van… (Apache)", "in-context addresses name themselves as canonical",
               "a static sitemap of 12/11/2024 with the old page and two deleted items (200 soft 404)", "%s 500 every other request" % FLAKY,
               "%s slow (1.1 s)" % SLOW, "the JSON web services answer 403 without p_auth", "week calendar trap under robots' Disallow: /lich-cong-tac?"],
    "not_articles": ["/-/" + ut for ut in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none on pages (Cache-Control: private, no-cache); the static sitemap has Last-Modified and ETag",
}
