"""Set 30, site C: a provincial Party committee's portal on NukeViet 4.4 (PHP 7.4, nginx + php-fpm; a local vendor's theme; the news
module as the default module with its name dropped from addresses) -- Đảng bộ tỉnh Kiến Phong.  One day (DAYS = 1), 24/07/2025.
See README.md."""
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
SITE = "Đảng bộ tỉnh Kiến Phong"
# catid, alias, title, parent
CATS = [(1, "tin-hoat-dong", "Tin hoạt động", 0), (2, "xay-dung-dang", "Xây dựng Đảng", 0), (3, "tin-dia-phuong", "Tin địa phương", 0),
        (4, "van-ban", "Văn bản", 0), (10, "huyen-cao-lanh", "Huyện Cao Lãnh", 3), (11, "huyen-thanh-binh", "Huyện Thanh Bình", 3),
        (12, "huyen-tam-nong", "Huyện Tam Nông", 3), (13, "thi-xa-hong-ngu", "Thị xã Hồng Ngự", 3), (48, "tin-xa-phuong", "Tin xã, phường", 0)]
CAT = {c[1]: c for c in CATS}
CAT_ID = {c[0]: c for c in CATS}
DISTRICTS = [c[1] for c in CATS if c[3] == 3]
SECNAME = {"tin-hoat-dong": "Tin hoạt động", "xay-dung-dang": "Xây dựng Đảng", "tin-dia-phuong": "Tin địa phương", "van-ban": "Văn bản",
           "tin-xa-phuong": "Tin xã, phường"}
HUYEN = ["Cao Lãnh", "Thanh Bình", "Tam Nông", "Hồng Ngự", "Tháp Mười", "Lấp Vò"]
XA = ["Mỹ Thọ", "Phong Mỹ", "Tân Thạnh", "An Long", "Phú Cường", "Thường Thới", "Mỹ Hiệp", "An Bình"]
XA_MOI = ["Mỹ Thọ", "Phong Mỹ", "Thanh Bình", "Tam Nông", "An Long", "Phú Thọ", "Tràm Chim", "An Bình A", "Thường Lạc", "Hồng Ngự"]
AP = ["Ấp 1", "Ấp Bình Hòa", "Ấp Tân Lợi", "Ấp Phú Lâm", "Ấp Đông Định", "Ấp Hòa Long"]
PER_PAGE = 10
FROZEN_AT = _dt.datetime(2025, 6, 30, 23, 59)             # the districts' last day (two-level local government from 01/07/2025)
COOKIE = "nv4c_Kp8sT"

_s = SoanTin(30301, 64, [("tin-hoat-dong", 7, "tinhuy", "bai"), ("xay-dung-dang", 4, "huyenuy", "bai")], HUYEN, XA, AP, lich=lich22(30301, 64, gan=5),
             id_dau=5200, buoc=6, cm_dau=("tin-hoat-dong", "tin-hoat-dong", "xay-dung-dang"),
             chu_de=("dai-hoi", "sap-xep", "hai-cap", "kiem-tra", "hoc-tap-bac", "tu-tuong", "dan-van"))
_h = SoanTin(30302, 24, [("tin-dia-phuong", 1, "huyenuy", "bai")], HUYEN, XA, AP,
             lich=lich22(30303, 24, tu_ngay=_dt.datetime(2024, 8, 12), moc=_dt.datetime(2025, 6, 30, 17, 30), gan=4), id_dau=4900, buoc=7,
             chu_de=("dai-hoi", "sap-xep", "kinh-te", "xa-hoi", "dan-van"))
_d = SoanTin(30304, 16, [("van-ban", 1, "tinhuy", "thongbao")], HUYEN, XA, AP, lich=lich22(30305, 16, tu_ngay=_dt.datetime(2024, 9, 3), gan=1),
             id_dau=4700, buoc=9, chu_de=("dai-hoi", "sap-xep", "kiem-tra", "hai-cap"))
_x = SoanTin(30306, 20, [("tin-xa-phuong", 1, "xa", "bai")], XA_MOI, XA_MOI, AP,
             lich=lich22(30307, 20, tu_ngay=_dt.datetime(2025, 7, 1, 7, 0), gan=4), id_dau=5700, buoc=3, chu_de=("hai-cap", "dai-hoi", "sap-xep"))
dat_ten_thong_bao(_d.items, "TU")
for _i, _a in enumerate(_h.items):
    _a["huyen"] = DISTRICTS[_i % len(DISTRICTS)]
ARTS = sorted(_s.items + _h.items + _d.items + _x.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["alias"] = duong_dan(_a["tieu_de"], 90)
    _a["cat"] = _a.get("huyen") or _a["cm"]                # the primary category's alias (a district item sits in its district)
    if _a["cm"] == "tin-xa-phuong":
        _a["nhan"] = []                                     # the communes' editors add no keywords
BY_ID = {a["id"]: a for a in ARTS}
XA_ITEMS = [a for a in ARTS if a["cm"] == "tin-xa-phuong"]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "xay-dung-dang"][::4]}      # listcatid 2,1: also in 'Tin hoạt động'
TAGS = {}
for _a in ARTS:
    for _t in _a["nhan"]:
        TAGS.setdefault(duong_dan(_t), (_t, []))[1].append(_a)
SITEMAP_AT = _dt.datetime(2025, 6, 30, 2, 0)
OP_MOD_AT = _dt.datetime(2024, 12, 9, 0, 0)                # the day the module name was dropped from addresses
DELETED = [(5195, "tin-hoat-dong", "hoi-nghi-tong-ket-cong-tac-dan-van-nam-2024"), (4895, "huyen-tam-nong", "dai-hoi-dai-bieu-dang-bo-xa-phu-duc")]
FLAKY = "/tin-hoat-dong/page-3"
SLOW = "/xay-dung-dang/page-2"
BLOCK_CATS = (48, 3)                                       # the home's tab block: 'Xã, phường' and 'Huyện, thị (lưu trữ)'


def in_cat(k):
    """A category's list: its own items (a parent's includes its sub-categories'), and the items cross-listed into it, newest first."""
    if k == "tin-dia-phuong":
        return [a for a in ARTS if a["cm"] == "tin-dia-phuong"]
    if k in DISTRICTS:
        return [a for a in ARTS if a.get("huyen") == k]
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def url(a):
    return "/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])


def print_url(a):
    return "/print/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])


def raw_url(a):
    return "/index.php?language=vi&nv=news&op=%s/%s-%d" % (a["cat"], a["alias"], a["id"])


def mod_url(a):
    return "/news/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])


def list_url(k, n=1):
    return "/%s/" % k + ("page-%d" % n if n > 1 else "")


def last_page(k):
    return max(1, (len(in_cat(k)) + PER_PAGE - 1) // PER_PAGE)


def noi_bat(k):
    return sorted(in_cat(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def ngay_nv(d):
    t = thu(d)
    return "%s - %s %s" % (t[:4] + t[4:].lower(), ngay(d), gio(d))


TIN_MOI = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "xay-dung-dang", "van-ban")][:7]


# ---------------------------------------------------------------- pages
def shell(tv, title, main, canonical=None, head="", module="news", op="main"):
    menu = ('<li><a href="/tin-hoat-dong/">Tin hoạt động</a></li><li><a href="/xay-dung-dang/">Xây dựng Đảng</a></li><li class="dropdown"><a href="/tin-dia-phuong/">'
            'Tin địa phương <strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">%s</ul></li><li><a href="/van-ban/">Văn bản</a></li>') % "".join(
        '<li><a href="%s">%s</a></li>' % (list_url(k), x(CAT[k][2])) for k in DISTRICTS)
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n<title>%s</title>\n'
        '<meta name="description" content="%s">\n<meta name="keywords" content="Đảng bộ tỉnh Kiến Phong, Tỉnh ủy Kiến Phong">\n<meta name="author" content="%s">\n'
        '<meta name="copyright" content="%s">\n<meta name="generator" content="NukeViet v4.4">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="website">\n'
        '<meta property="og:site_name" content="%s">\n%s<link rel="shortcut icon" href="/favicon.ico">\n<link rel="alternate" href="/rss/" title="Tin tức" '
        'type="application/rss+xml">\n<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1720000000">\n<link rel="stylesheet" '
        'href="/assets/css/font-awesome.min.css?t=1720000000">\n<link rel="stylesheet" href="/themes/kienphong/css/bootstrap.min.css?t=1720000000">\n<link '
        'rel="stylesheet" href="/themes/kienphong/css/style.css?t=1720000000">\n<link rel="stylesheet" href="/themes/kienphong/css/news.css?t=1720000000">\n%s'
        '<style>%s</style>\n<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",'
        'nv_lang_variable="language",nv_module_name="%s",nv_func_name="%s",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="%s",'
        'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>\n<script src="/assets/js/jquery/jquery.min.js'
        '?t=1720000000"></script>\n<script src="/assets/js/language/vi.js?t=1720000000"></script>\n<script src="/assets/js/global.js?t=1720000000"></script>\n'
        '<script src="/themes/kienphong/js/news.js?t=1720000000"></script>\n<script src="/themes/kienphong/js/main.js?t=1720000000"></script>\n</head>\n<body>\n'
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div>'
        '</noscript>\n<div class="body-bg"><div class="wraper">\n<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 '
        'col-md-8"><a title="%s" href="/"><img src="/uploads/logo-tinhuy-kienphong.png" width="320" height="96" alt="%s"></a></div><div class="col-xs-24 col-sm-24 '
        'col-md-16"><div class="headerSearch"><form action="/seek/" method="get"><div class="input-group"><input type="text" class="form-control" maxlength="60" '
        'name="q" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button>'
        '</span></div></form></div><div class="headerDate">%s, %s</div></div></div></div></header>\n<nav class="second-nav" id="menusite"><div class="container"><div '
        'class="row"><div class="bg box-shadow"><ul class="nav navbar-nav"><li class="home"><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang nhất</span></a></li><li><a href="/about/Gioi-thieu.html">Giới thiệu</a></li>%s<li><a href="/lich-cong-tac/">'
        'Lịch công tác</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div></div></div></nav>\n<section><div class="container" id="body"><div class="row">\n'
        '<div class="col-md-17">%s</div>\n<div class="col-md-7"><div class="panel panel-primary"><div class="panel-heading">Tin mới nhất</div><div class="panel-body">'
        '<ul class="list-none block_newscenter">%s</ul></div></div><div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body">'
        '<ul class="list-none">%s</ul></div></div><div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><ul '
        'class="list-none"><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.'
        'example/" target="_blank">Tạp chí Tuyên giáo</a></li><li><a href="https://kienphong.gov.example/" target="_blank">Cổng TTĐT tỉnh Kiến Phong</a></li></ul>'
        '</div></div></div>\n</div></div></section>\n<footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-md-16"><p><strong>'
        'CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KIẾN PHONG</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Kiến Phong. Địa chỉ: số 6 đường 30 Tháng 4, thành phố '
        'Cao Lãnh.</p><p>Ghi rõ nguồn "Cổng TTĐT Đảng bộ tỉnh Kiến Phong" khi phát hành lại thông tin từ website này.</p></div><div class="col-md-8"><a href="/rss/">'
        'RSS</a> | <a href="/siteterms/">Điều khoản sử dụng</a></div></div></div></footer>\n</div></div>\n<div id="timeoutsess" class="chromeframe">Bạn đã không sử '
        'dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(title), x(SITE), x(SITE), x(title), x(SITE), ('<link rel="canonical" href="%s%s">\n' % (tv.origin, x(canonical))) if canonical else "", head,
        pad_css(len(title) * 11 + 3, 15, "nv"), module, op, COOKIE, x(SITE), x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, main,
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in TIN_MOI),
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in in_cat("van-ban")[:4]),
        pad_js(len(title) + 29, 10, "nv.global"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "no-cache, must-revalidate"), ("X-Powered-By", "PHP/7.4.33"), ("X-Frame-Options", "SAMEORIGIN"),
                                         ("X-Content-Type-Options", "nosniff")] + list(headers))


def item_html(a):
    return ('<div class="panel-body featured"><a href="%s" title="%s"><img alt="%s" src="/assets/news/%s/%d-1.jpg" width="183" class="img-thumbnail pull-left imghome">'
            '</a><h3><a href="%s" title="%s">%s</a></h3><div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> %s</li>'
            '<li><em class="fa fa-eye">&nbsp;</em> Đã xem: %d</li></ul></div><p>%s</p></div>') % (
        url(a), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], url(a), x(a["tieu_de"]), x(a["tieu_de"]),
        a["ngay"].strftime("%d/%m/%Y %I:%M:%S %p"), a["xem"], x(a["sapo"]))


def pager(k, cur, last):
    t = CAT[k][2]
    lk = lambda n, lab, rel="": '<li><a %shref="%s" title="%s - Trang %d">%s</a></li>' % ('rel="%s" ' % rel if rel else "", list_url(k, n), x(t), n, lab)
    out = ['<li class="disabled"><a href="#">&laquo;</a></li>' if cur == 1 else lk(cur - 1, "&laquo;", "prev")]
    for n in cua_so(cur, last, 2):
        if n is None:
            out.append('<li class="disabled"><span>...</span></li>')
        elif n == cur:
            out.append('<li class="active"><a href="#">%d</a></li>' % n)
        else:
            out.append(lk(n, str(n), "next" if n == cur + 1 else ("prev" if n == cur - 1 else "")))
    out.append('<li class="disabled"><a href="#">&raquo;</a></li>' if cur == last else lk(cur + 1, "&raquo;"))
    return '<div class="text-center"><ul class="pagination">%s</ul></div>' % "".join(out)


def cat_page(tv, k, n):
    items = in_cat(k)
    last = last_page(k)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    crumb = '<li id="brcr_1"><a href="%s"><span>%s</span></a></li>' % (list_url(k), x(CAT[k][2]))
    if CAT[k][3]:
        crumb = '<li id="brcr_1"><a href="/tin-dia-phuong/"><span>Tin địa phương</span></a></li><li id="brcr_2"><a href="%s"><span>%s</span></a></li>' % (
            list_url(k), x(CAT[k][2]))
    note = ""
    if k == "tin-dia-phuong" or k in DISTRICTS:
        note = ('<div class="alert alert-info">Thực hiện Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính, từ ngày 01/7/2025 các huyện, thị xã kết thúc hoạt '
                'động. Chuyên mục này lưu trữ tin bài đến ngày 30/6/2025.</div>')
    subs = ""
    if k == "tin-dia-phuong":
        subs = '<div class="subcat-list"><ul class="list-inline">%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (list_url(d), x(CAT[d][2])) for d in DISTRICTS)
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>%s</ul>'
            '</div></div>%s%s<div class="news_column"><div class="panel panel-default tin-noi-bat"><div class="panel-heading">Tin tiêu điểm</div>%s</div>'
            '<div class="panel panel-default">%s</div></div>%s') % (crumb, note, subs, "".join(item_html(a) for a in noi_bat(k)), "".join(item_html(a) for a in shown),
                                                                    pager(k, n, last) if last > 1 else "")
    head = '<link rel="alternate" href="/rss/%s/" title="Tin tức - %s" type="application/rss+xml">\n' % (k, x(CAT[k][2]))
    if n < last:
        head += '<link rel="next" href="%s%s">\n' % (tv.origin, list_url(k, n + 1))
    if n > 1:
        head += '<link rel="prev" href="%s%s">\n' % (tv.origin, list_url(k, n - 1))
    return answer(shell(tv, "%s%s - %s" % (CAT[k][2], " - Trang %d" % n if n > 1 else "", SITE), main, list_url(k, n), head, op=k))


def tab_block():
    tabs = "".join('<li%s><a href="#tab-%d" data-toggle="tab" onclick="nv_tab_tinxa(%d, this); return false;">%s</a></li>' % (
        ' class="active"' if c == BLOCK_CATS[0] else "", c, c, lab) for c, lab in zip(BLOCK_CATS, ("Xã, phường", "Huyện, thị (lưu trữ)")))
    js = ("\n<script>\nfunction nv_tab_tinxa(catid, obj) {\n    $('#tab-tinxa .nav-tabs li').removeClass('active');\n    $(obj).parent().addClass('active');\n"
          "    $('#tab-tinxa .tab-content').html('<div class=\"text-center\"><em class=\"fa fa-spinner fa-spin fa-2x\"></em></div>');\n"
          "    $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=news&' + nv_fc_variable + "
          "'=blocktab&nocache=' + new Date().getTime(), 'catid=' + catid + '&numrow=8', function(res) {\n        $('#tab-tinxa .tab-content').html(res);\n"
          "    });\n}\n$(function() {\n    nv_tab_tinxa(%d, $('#tab-tinxa .nav-tabs li:first a'));\n});\n</script>\n") % BLOCK_CATS[0]
    return ('<div class="panel panel-default block-tinxa" id="tab-tinxa"><div class="panel-heading"><ul class="nav nav-tabs">%s</ul></div><div class="tab-content '
            'panel-body"><div class="text-center"><em class="fa fa-spinner fa-spin fa-2x"></em></div></div></div>%s') % (tabs, js)


def blocktab(tv):
    """POST /index.php?language=vi&nv=news&op=blocktab&nocache=… catid=N&numrow=M: the tab block's list (NukeViet answers AJAX blocks with a fragment)."""
    if tv.method != "POST":
        return Dapung("Wrong URL", 403, "text/html; charset=utf-8")
    try:
        catid, num = int(tv.form.get("catid", "0")), min(20, max(1, int(tv.form.get("numrow", "8"))))
    except ValueError:
        return Dapung("", 200, "text/html; charset=utf-8")
    if catid not in BLOCK_CATS:
        return Dapung("", 200, "text/html; charset=utf-8")
    k = CAT_ID[catid][1]
    items = in_cat(k)[:num]
    return Dapung('<ul class="related list-none">%s</ul><div class="text-right"><a href="%s" title="%s">Xem tất cả &raquo;</a></div>' % (
        "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em class="text-muted">(%s)</em></li>' % (
            url(a), x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"])) for a in items), list_url(k), x(CAT[k][2])), 200, "text/html; charset=utf-8",
        [("Cache-Control", "no-cache"), ("X-Powered-By", "PHP/7.4.33")])


def home(tv):
    main = tab_block()
    for k in ("tin-hoat-dong", "xay-dung-dang", "tin-dia-phuong", "van-ban"):
        items = in_cat(k)[:5]
        first = items[0]
        main += ('<div class="news_column panel panel-default"><div class="panel-heading"><h2><a href="%s" title="%s">%s</a></h2></div><div class="panel-body">'
                 '<div class="row"><div class="col-md-12"><a href="%s"><img src="/assets/news/%s/%d-1.jpg" alt="" class="img-thumbnail"></a><h3><a href="%s">%s</a>'
                 '</h3><p>%s</p></div><div class="col-md-12"><ul class="related">%s</ul></div></div></div></div>') % (
            list_url(k), x(CAT[k][2]), x(CAT[k][2]), url(first), first["ngay"].strftime("%Y_%m"), first["id"], url(first), x(first["tieu_de"]), x(first["sapo"]),
            "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in items[1:]))
    return answer(shell(tv, SITE, main, "/"))


def the_tags(a):
    return ", ".join('<a title="%s" href="/tag/%s"><em>%s</em></a>' % (x(t), duong_dan(t), x(t)) for t in a["nhan"])


def body_paras(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align:justify">%s</p>' % x(p))
    return "".join(out)


def article(tv, a):
    k = a["cat"]
    items = in_cat(k)
    i = items.index(a)
    newer, older = items[max(0, i - 5):i], items[i + 1:i + 6]
    fig = ('<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');"><div id="imgpreview" style="width:460px"><p class="text-center"><img '
           'alt="%s" src="/assets/news/%s/%d-1.jpg" width="460" class="img-thumbnail"></p><figcaption>%s</figcaption></div></figure>' % (
               x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], x(a["chu_thich"]))) if a.get("chu_thich") else ""
    xem = ""
    if a["id"] % 6 == 1 and older:
        b = older[-1]
        old = mod_url(b) if a["ngay"] < OP_MOD_AT else raw_url(b)       # before 12/2024 the module name was in every address; later, admin previews
        xem = '<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (x(old), x(b["tieu_de"]))
    att = ""
    if a["cm"] == "van-ban":
        att = ('<div class="panel panel-default"><div class="panel-heading"><em class="fa fa-download">&nbsp;</em> File đính kèm</div><div class="list-group">'
               '<a class="list-group-item" href="/uploads/news/%s/%s.pdf" target="_blank"><em class="fa fa-file-pdf-o">&nbsp;</em> %s.pdf</a></div></div>' % (
                   a["ngay"].strftime("%Y_%m"), a["so_hieu"].replace("Số ", "").replace("/", "-").lower(), x(a["so_hieu"])))
    crumb = '<li id="brcr_1"><a href="%s"><span>%s</span></a></li>' % (list_url(a["cm"]), x(SECNAME[a["cm"]]))
    if a.get("huyen"):
        crumb += '<li id="brcr_2"><a href="%s"><span>%s</span></a></li>' % (list_url(k), x(CAT[k][2]))
    tags = ('<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>%s'
            '</div></div></div>' % the_tags(a)) if a["nhan"] else ""
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>%s</ul>'
            '</div></div><div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">%s</h1><div class="row margin-bottom-lg">'
            '<div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" '
            'title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/%s/%s-%d.html\',\'\',650,500,\'resizable=no,scrollbars=yes,'
            'toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" '
            'href="javascript:void(0);" onclick="nv_open_browse(\'%s\',\'\',840,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false">'
            '<em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div><div class="clearfix">%s<div class="hometext m-bottom"><strong>%s</strong></div></div>'
            '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s%s</div>%s<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s'
            '</p><p class="h5 text-right"><strong>Nguồn tin: </strong>%s</p></div></div></div>%s<div class="news_column panel panel-default"><div class="panel-body '
            'other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related">%s</ul></div><p class="h3"><strong>Những tin cũ '
            'hơn</strong></p><div class="clearfix"><ul class="related">%s</ul></div></div></div>') % (
        crumb, x(a["tieu_de"]), ngay_nv(a["ngay"]), a["cat"], a["alias"], a["id"], print_url(a), fig, x(a["sapo"]), body_paras(a), xem, att, x(a["tac_gia"]),
        "Đảng ủy xã, phường" if a["cm"] == "tin-xa-phuong" else "Văn phòng Tỉnh ủy", tags,
        "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (url(b), x(b["tieu_de"]), x(b["tieu_de"]),
                                                                                                            ngay(b["ngay"])) for b in newer),
        "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (url(b), x(b["tieu_de"]), x(b["tieu_de"]),
                                                                                                            ngay(b["ngay"])) for b in older))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, url(a), op="detail"))


def print_page(tv, a):
    return answer(('<!DOCTYPE html>\n<html lang="vi"><head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="robots" '
                   'content="noindex, nofollow"><link rel="stylesheet" href="/themes/kienphong/css/news.print.css"></head><body><div id="print"><div id="hd_print">'
                   '<h2 class="pull-left">%s</h2><p class="pull-right"><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></p></div><div id="content">'
                   '<h1>%s</h1><ul class="list-inline"><li>%s</li></ul><div class="hometext"><strong>%s</strong></div><div class="bodytext">%s</div><div class="copyright">'
                   '<strong>Tác giả: </strong>%s</div></div><div id="footer"><p>URL của bản tin này: %s%s</p></div></div></body></html>') % (
        x(a["tieu_de"]), x(SITE), x(a["tieu_de"]), ngay_nv(a["ngay"]), x(a["sapo"]), body_paras(a), x(a["tac_gia"]), tv.origin, url(a)))


def tag_page(tv, key):
    t, items = TAGS[key]
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li><li>'
            '<a href="/tag/%s"><span>%s</span></a></li></ul></div></div><div class="news_column"><div class="panel panel-default">%s</div></div>') % (
        key, x(t), "".join(item_html(a) for a in items))
    return answer(shell(tv, "%s - %s" % (t, SITE), main, "/tag/" + key, op="tag"))


def feed(tv, k=None):
    items = in_cat(k)[:20] if k else [a for a in ARTS if a["cm"] != "tin-xa-phuong"][:30]     # inhome = 0 keeps the communes' items out of the module feed
    return rss(tv.origin, "%s - %s" % (CAT[k][2] if k else "Tin tức", SITE), list_url(k) if k else "/",
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items], ctype="application/rss+xml; charset=utf-8")


def sitemap(tv):
    if tv.path == "/sitemap.xml":
        return Dapung('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/themes/default/css/sitemapindex.xsl"?>\n<sitemapindex '
                      'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-vi.news.xml</loc><lastmod>2025-06-30T02:00:00+07:00</lastmod>'
                      '</sitemap><sitemap><loc>%s/sitemap-vi.page.xml</loc><lastmod>2024-05-06T08:00:00+07:00</lastmod></sitemap></sitemapindex>' % (tv.origin, tv.origin),
                      200, "application/xml; charset=utf-8")
    if tv.path == "/sitemap-vi.page.xml":
        return urlset(tv.origin, [("/about/Gioi-thieu.html", None, None), ("/contact/", None, None)])
    rows = [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < SITEMAP_AT]      # NukeViet's cache of the news sitemap, rebuilt 30/06/2025
    rows += [("/%s/%s-%d.html" % (c, s, i), _dt.datetime(2025, 5, 6, 9, 0), None) for i, c, s in DELETED]
    return urlset(tv.origin, rows, [("Cache-Control", "max-age=86400")])


def lich(tv, w, y):
    pv, nx = ((w - 1, y) if w > 1 else (52, y - 1)), ((w + 1, y) if w < 52 else (1, y + 1))
    main = ('<div class="panel panel-default"><div class="panel-heading">Lịch công tác tuần %d năm %d</div><div class="panel-body"><p><a href="/lich-cong-tac/tuan-%d-%d/">'
            '« Tuần trước</a> | <a href="/lich-cong-tac/tuan-%d-%d/">Tuần sau »</a></p><p>Chưa có lịch công tác.</p></div></div>') % (w, y, pv[0], pv[1], nx[0], nx[1])
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main, "/lich-cong-tac/", module="lich-cong-tac"))


def not_found(tv):
    return answer(shell(tv, "Lỗi 404 - %s" % SITE, '<div class="alert alert-danger"><h2>Lỗi 404</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a '
                                                  'href="/">Quay lại trang chủ</a></p></div>', module="page"), 404)


def bad_gateway(tv):
    return Dapung("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                  "</body>\r\n</html>\r\n", 502, "text/html")


def static(tv, i):
    s, t, ps = TRANG_TINH[i]
    main = '<div class="page panel panel-default"><div class="panel-body"><h1 class="title">%s</h1>%s</div></div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
    return answer(shell(tv, "%s - %s" % (t, SITE), main, tv.path, module="about" if i == 0 else "contact"))


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /admin/\nDisallow: /assets/js/\nDisallow: /data/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /modules/\n"
                       "Disallow: /vendor/\nDisallow: /seek/\nDisallow: /sendmail/\nDisallow: /users/\nDisallow: /lich-cong-tac/\nCrawl-delay: 1\n"
                       "Sitemap: %s/sitemap.xml\n" % tv.origin)
    if p == "/index.php":
        if tv.q.get("nv") == "news" and tv.q.get("op") == "blocktab":
            return blocktab(tv)
        m = _re.fullmatch(r"([a-z-]+)/[a-z0-9-]+-(\d+)", tv.q.get("op", ""))
        if tv.q.get("nv") == "news" and m and int(m.group(2)) in BY_ID and BY_ID[int(m.group(2))]["cat"] == m.group(1):
            return chuyen(tv.origin + url(BY_ID[int(m.group(2))]), 301)    # NukeViet redirects to the rewritten address
        if not q:
            return chuyen(tv.origin + "/", 301)
        return not_found(tv)
    if tv.method == "POST":
        return Dapung("Wrong URL", 403, "text/html; charset=utf-8")
    if p == "/" and not q:
        return home(tv)
    if p in ("/sitemap.xml", "/sitemap-vi.news.xml", "/sitemap-vi.page.xml"):
        return sitemap(tv)
    if p == "/rss/":
        return feed(tv)
    m = _re.fullmatch(r"/rss/([a-z-]+)/", p)
    if m and m.group(1) in CAT:
        return feed(tv, m.group(1))
    if p == "/about/Gioi-thieu.html":
        return static(tv, 0)
    if p == "/contact/":
        return static(tv, 3)
    if p == "/lich-cong-tac/":
        return lich(tv, 30, 2025)
    m = _re.fullmatch(r"/lich-cong-tac/tuan-(\d{1,2})-(\d{4})/", p)
    if m and 1 <= int(m.group(1)) <= 53:
        return lich(tv, int(m.group(1)), int(m.group(2)))
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)", p)
    if m and m.group(1) in TAGS:
        return tag_page(tv, m.group(1))
    m = _re.fullmatch(r"/(news/|print/)?([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(4)))
        if not a:
            return not_found(tv)
        if m.group(1) == "print/" and m.group(2) == a["cat"]:
            return print_page(tv, a)
        if m.group(1) == "news/" or m.group(2) != a["cat"] or m.group(3) != a["alias"]:
            return chuyen(tv.origin + url(a), 301)
        return article(tv, a)
    m = _re.fullmatch(r"/([a-z-]+)/(?:page-(\d+))?", p)
    if m and m.group(1) in CAT and not q:
        k, n = m.group(1), int(m.group(2) or 1)
        if m.group(2) == "1" or n > last_page(k):
            return chuyen(tv.origin + list_url(k), 301)
        if full == FLAKY and chap_chon(FLAKY):
            return bad_gateway(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return cat_page(tv, k, n)
    m = _re.fullmatch(r"/news/([a-z-]+)/(?:page-(\d+))?", p)
    if m and m.group(1) in CAT:
        return chuyen(tv.origin + list_url(m.group(1), int(m.group(2) or 1)), 301)
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "%s_sess=%032x; path=/; HttpOnly" % (COOKIE, len(tv.path) * 40503 % 16 ** 10)), ("Set-Cookie", "%s_statistic=1; path=/" % COOKIE)]
    if out.ctype.startswith("text/html") else [], post=True)


# ---------------------------------------------------------------- manifest
_LINKED_OLD = {}
for _a in ARTS:
    _its = in_cat(_a["cat"])
    _o = _its[_its.index(_a) + 1:_its.index(_a) + 6]
    if _a["id"] % 6 == 1 and _o:
        _LINKED_OLD.setdefault(_o[-1]["id"], set()).add("mod" if _a["ngay"] < OP_MOD_AT else "raw")


def _aliases(a):
    out = [print_url(a)]
    kinds = _LINKED_OLD.get(a["id"], set())
    if "mod" in kinds:
        out.append(mod_url(a))
    if "raw" in kinds:
        out.append(raw_url(a))
    return out


ONLY_CONCAT = [url(a) for a in XA_ITEMS]
_th = in_cat("tin-hoat-dong")

MANIFEST = {
    "family": "NukeViet 4.4 (PHP 7.4, nginx + php-fpm; a local vendor's theme; the news module as the default module, its name dropped from addresses) "
              "of a provincial Party committee (Đảng bộ tỉnh Kiến Phong): /<cat>/<alias>-<id>.html, /<cat>/page-N pagers, district categories frozen on "
              "30/06/2025, old /news/… and non-rewritten index.php addresses 301ing, a news sitemap cached on 30/06/2025; the communes' new category only "
              "through the home's tab block, filled by $.post(nv_base_siteurl + 'index.php?' + … + '&nocache=' + new Date().getTime(), 'catid=' + catid …)",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/seek/", "/sendmail/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"js-concat": ONLY_CONCAT},
    "flaky": {FLAKY: 502},
    "slow": [SLOW],
    "notes": ("Articles /<cat>/<alias>-<id>.html (the news module is the site's default and 'rewrite_op_mod' drops its name since 12/2024; a district's item "
              "sits in its district's category), dated '<Thứ> - dd/mm/yyyy HH:MM', canonical the same address; a wrong category or alias, the old "
              "/news/<cat>/… form and the non-rewritten /index.php?language=vi&nv=news&op=<cat>/<alias>-<id> all 301 to it (older articles' 'Xem thêm' "
              "still carry the old forms); print pages /print/<cat>/<alias>-<id>.html (nv_open_browse in an onclick; noindex); the e-mail form /sendmail/… "
              "(robots). Categories /<cat>/ and /<cat>/page-N (%d a page; « 1 2 3 … » windowed, rel=prev/next, page-1 and pages past the end 301 to the "
              "category) with the category's two most-read older items as 'Tin tiêu điểm' on EVERY page; every 4th 'Xây dựng Đảng' item is also listed in "
              "'Tin hoạt động' (one address). 'Tin địa phương' holds four district categories, FROZEN since 30/06/2025 (two-level local government from "
              "01/07/2025: a notice on every page, no item after 30/06). Keyword pages /tag/<alias>. Feeds /rss/ and /rss/<cat>/ (head links). "
              "/sitemap.xml -> /sitemap-vi.news.xml (NukeViet's cache of 30/06/2025, two deleted items 404) and /sitemap-vi.page.xml. Unknown ids 404. The "
              "communes' category 'Tin xã, phường' (catid 48, since 01/07/2025, %d items, no keywords, 'inhome' off so no home block or module feed) is not "
              "in the menu, which nobody updated: only the home's tab block names it -- an empty pane that an inline script fills: nv_tab_tinxa(48, …) on "
              "DOM ready and in the tabs' onclick runs $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + "
              "nv_name_variable + '=news&' + nv_fc_variable + '=blocktab&nocache=' + new Date().getTime(), 'catid=' + catid + '&numrow=8', …) with the "
              "globals of the head's NukeViet script: POST /index.php?language=vi&nv=news&op=blocktab&nocache=<ms> catid=48&numrow=8 answers a fragment of "
              "the 8 newest and 'Xem tất cả' /tin-xa-phuong/, whose pager reaches the rest (a GET of the same address: 403 'Wrong URL'). Flaky: %s answers "
              "nginx's 502 every other request; slow: %s (1 s). A week calendar /lich-cong-tac/tuan-W-Y/ forever (trap, robots-disallowed). NukeViet's "
              "session cookies on every page." % (PER_PAGE, len(XA_ITEMS), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_hn = in_cat("huyen-cao-lanh")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/tin-hoat-dong/page-1", "status": 301, "location": "/tin-hoat-dong/"},
    {"path": "/tin-hoat-dong/page-40", "status": 301, "location": "/tin-hoat-dong/"},
    {"path": mod_url(_th[3]), "status": 301, "location": url(_th[3])},
    {"path": raw_url(_th[3]), "status": 301, "location": url(_th[3])},
    {"path": print_url(_th[0]), "status": 200, "contains": "noindex"},
    {"path": "/tin-hoat-dong/khong-co-bai-nay-99999.html", "status": 404},
    {"path": list_url("huyen-cao-lanh"), "status": 200, "contains": "kết thúc hoạt động"},
    {"path": list_url("huyen-cao-lanh"), "status": 200, "contains": x(_hn[0]["tieu_de"])},
    {"path": "/index.php?language=vi&nv=news&op=blocktab&nocache=1", "status": 403},
    {"path": "/", "status": 200, "contains": "nv_tab_tinxa(48, this)", "not_contains": x(XA_ITEMS[0]["tieu_de"])},
    {"path": "/rss/", "status": 200, "not_contains": "/tin-xa-phuong/"},
    {"path": "/sitemap-vi.news.xml", "status": 200, "not_contains": "/tin-xa-phuong/"},
]
SUMMARY = {
    "chains": ["/ -> /<cat>/ -> /<cat>/page-N -> /<cat>/<alias>-<id>.html -> onclick nv_open_browse('/print/…')",
               "/ -> the tab block: nv_tab_tinxa(48, …) -> $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + … + "
               "'=blocktab&nocache=' + new Date().getTime(), 'catid=48&numrow=8') -> POST /index.php?language=vi&nv=news&op=blocktab&nocache=<ms> -> "
               "fragment: 8 newest + /tin-xa-phuong/ -> page-N",
               "/ -> menu 'Tin địa phương' -> four district categories frozen on 30/06/2025 -> page-N",
               "robots Sitemap: /sitemap.xml -> /sitemap-vi.news.xml (cache of 30/06/2025; two deleted items 404), /sitemap-vi.page.xml"],
    "discovery": [
        "the communes' category 'Tin xã, phường' (since 01/07/2025, %d items) is in no menu, home block, feed or the sitemap cached on 30/06: only the home's "
        "tab block names it, and its pane is filled by NukeViet-style $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + "
        "nv_name_variable + '=news&' + nv_fc_variable + '=blocktab&nocache=' + new Date().getTime(), 'catid=' + catid + '&numrow=8') called as "
        "nv_tab_tinxa(48, …) -- a crawler that does not evaluate an address joined from the page's global variables and a function's argument never sees "
        "the communes (only_via js-concat %d)" % (len(XA_ITEMS), len(ONLY_CONCAT)),
        "four district categories frozen since 30/06/2025 (two-level local government), old /news/… and index.php addresses 301ing to the rewritten ones, "
        "page-1 and pages past the end 301ing (no only_via)",
    ],
    "set30_pages": {"js-concat": ["/"]},
    "alias_kinds": ["print pages /print/<cat>/<alias>-<id>.html (200, noindex; an onclick's nv_open_browse)",
                    "the old /news/<cat>/<alias>-<id>.html (301; 'Xem thêm' of items before 12/2024)",
                    "the non-rewritten /index.php?language=vi&nv=news&op=<cat>/<alias>-<id> (301; 'Xem thêm' pasted from admin previews)"],
    "quirks": ["Crawl-delay: 1", "two 'Tin tiêu điểm' on top of every category page", "page-1 and pages past the end 301 to the category",
               "four district categories frozen since 30/06/2025", "a news sitemap cached on 30/06/2025 with two deleted items (404)",
               "%s 502 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "the block's address answers 403 to a GET",
               "week calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": ["/%s/%s-%d.html" % (c, s, i) for i, c, s in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: no-cache)",
}
