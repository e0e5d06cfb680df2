"""Set 33, site D: a provincial software company's 'eGov Portal' 2.4 (ASP.NET WebForms 4.0, IIS 7.5, an ASP.NET AJAX ScriptManager
with a ServiceReference, a URL-rewriting HttpModule) of a provincial Đảng bộ Ủy ban nhân dân tỉnh (Tân Phước).  One day (DAYS = 1),
17/06/2027.  Twist: the earlier year's documents only through the ScriptManager's web-service proxy Services/VanBanService.asmx/js --
onclick VanBanService.LayTheoNam(2026, 1, …) = a JSON POST to /Services/VanBanService.asmx/LayTheoNam (only_via asmx-proxy).
See README.md."""
# ==== KERNEL BEGIN (sites33 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 33 kernel: set 32's = set 31's (plumbing: Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the generator
# SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat, lich22 / lich31; the 2027 vocabulary of
# the two-level local government: provinces and communes / wards only, no districts) with ONE day again (DAYS = 1: a first crawl on
# Thursday 17 June 2027, 10:20 local time).  No clock and no sleep: every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2027, 6, 17, 10, 20)}     # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday
BAY_GIO = NGAY[1]
RECHECK_DAYS = 7                                    # recheck_recent_days, the documented default
NAM = 2027


def moc(n):
    """Start of the re-check window of day n's run (published on or after it: re-checked whole)."""
    return NGAY[n] - _dt.timedelta(days=RECHECK_DAYS)


def clock():
    out = {"tz": "Asia/Ho_Chi_Minh", "recheck_recent_days": RECHECK_DAYS}
    for n, d in NGAY.items():
        out["day%d" % n] = d.strftime("%Y-%m-%d %H:%M")
    return out


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 33 serves one day only (DAYS = 1)")


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
            ct = env.get("CONTENT_TYPE") or ""
            bm = _re.search(r'boundary="?([^";]+)', ct) if ct.lower().startswith("multipart/form-data") else None
            if bm:                                  # set 31: a FormData body (multipart/form-data), text fields only
                for part in raw_body.split(b"--" + bm.group(1).encode("latin-1")):
                    head, _, val = part.partition(b"\r\n\r\n")
                    nm = _re.search(rb'name="([^"]*)"', head)
                    if nm and _:
                        self.form.setdefault(nm.group(1).decode("utf-8", "replace"), val[:-2].decode("utf-8", "replace")
                                             if val.endswith(b"\r\n") else val.decode("utf-8", "replace"))
            else:
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


# ---------------------------------------------------------------- seeded newsroom (set 31 vocabulary, May 2027: provinces and communes only)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh",
       "Lương", "Kiều", "Tạ", "Võ", "Phan", "Cao", "Chu", "Thái", "Nghiêm", "Huỳnh", "Lâm", "Trương", "Mai")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Hữu", "Đức", "Ngọc", "Xuân", "Thu", "Bá", "Công", "Khánh", "Đình", "Hồng", "Kim", "Phước")
_TEN = ("An", "Bình", "Chiến", "Dung", "Giang", "Hà", "Hiền", "Khải", "Liên", "Lực", "Mạnh", "Nga", "Oanh", "Phương",
        "Quế", "Sáu", "Tâm", "Thắng", "Thoa", "Toàn", "Uyên", "Vượng", "Yến", "Hưng", "Lộc", "Nhân", "Trí", "Vy")
_SO = ("Tài chính", "Nội vụ", "Xây dựng", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương", "Nông nghiệp và Môi trường",
       "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ")
_CQC = ("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
        "Báo và Phát thanh, Truyền hình tỉnh", "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Ban Chính sách, chiến lược Tỉnh ủy")
_CHUC = ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy, "
         "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
         "Bí thư Đảng ủy xã {X}", "Phó Bí thư Thường trực Đảng ủy phường {X}", "Chủ tịch UBND xã {X}", "Bí thư Đảng ủy các cơ quan Đảng tỉnh",
         "Giám đốc Sở {S}", "Bí thư Chi bộ {C}", "Trưởng Ban Xây dựng Đảng Đảng ủy xã {X}", "Bí thư Chi bộ {A}")
_DON_VI = ("Đảng bộ Sở {S}", "Chi bộ {C}", "Đảng ủy xã {X}", "Đảng ủy phường {X}", "Ban Xây dựng Đảng Đảng ủy xã {X}", "Đảng bộ Công an tỉnh",
           "Chi bộ {A}", "Đảng ủy UBND tỉnh", "Trường Chính trị tỉnh")
_CO_QUAN = ("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Ủy ban Kiểm tra Tỉnh ủy", "Ban Thường vụ Đảng ủy xã", "Ủy ban MTTQ Việt Nam tỉnh", "Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh",
            "Hội Nhà báo tỉnh")
CHU_DE = {
    "dai-hoi-xiv": ("Nghị quyết Đại hội XIV", ("học tập, quán triệt Nghị quyết Đại hội XIV của Đảng", "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030",
                                              "cụ thể hóa chương trình hành động thực hiện Nghị quyết Đại hội XIV")),
    "hai-cap": ("Chính quyền hai cấp", ("sơ kết hai năm vận hành chính quyền địa phương hai cấp", "nâng cao chất lượng phục vụ của trung tâm hành chính công cấp xã",
                                       "kiện toàn tổ chức cơ sở đảng ở các xã, phường")),
    "chuyen-doi-so": ("Chuyển đổi số", ("thực hiện Nghị quyết 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                                       "chuyển đổi số trong các cơ quan đảng", "phong trào Bình dân học vụ số")),
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2027",
                              "đấu tranh phản bác quan điểm sai trái trên không gian mạng")),
    "dan-van": ("Dân vận", ("xây dựng mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "vận động nhân dân hiến đất làm đường giao thông nông thôn")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                                "kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh", "nhân rộng gương điển hình tiên tiến")),
    "kiem-tra": ("Kiểm tra, giám sát", ("giám sát chuyên đề năm 2027", "kiểm tra tài chính đảng", "kê khai tài sản, thu nhập")),
    "kinh-te": ("Kinh tế", ("phát triển kinh tế tư nhân theo Nghị quyết 68-NQ/TW", "giải ngân vốn đầu tư công năm 2027", "phát triển sản phẩm OCOP")),
    "xa-hoi": ("Xã hội", ("phòng, chống thiên tai mùa mưa bão năm 2027", "phòng, chống ma túy", "Tháng hành động vì trẻ em năm 2027")),
    "to-chuc": ("Xây dựng tổ chức đảng", ("nâng cao chất lượng sinh hoạt chi bộ", "phát triển đảng viên mới", "đánh giá, xếp loại chất lượng tổ chức đảng")),
    "den-on": ("Đền ơn đáp nghĩa", ("chuẩn bị kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ", "chăm lo gia đình chính sách, người có công",
                                    "tu bổ, tôn tạo nghĩa trang liệt sĩ")),
}
_KHUON = {
    "tinhuy": ["Ban Thường vụ Tỉnh ủy cho ý kiến về {v}", "Đồng chí {chuc} làm việc với {D} về {v}", "Tỉnh ủy triển khai {v}",
               "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về {v}", "{D} tập trung {v}", "Xã {X}: {v} đạt nhiều kết quả",
               "Thường trực Tỉnh ủy nghe báo cáo tiến độ {v}", "{n} tổ chức cơ sở đảng hoàn thành {v}"],
    "btgdv": ["Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai {v}", "Hội nghị báo cáo viên tháng {th} thông tin về {v}",
              "Đồng chí {chuc} dự {v} tại xã {X}", "{D} đẩy mạnh {v}", "Tập huấn nghiệp vụ {v} cho cán bộ cơ sở",
              "Phường {X} với {v}", "Tọa đàm về {v}", "{n} mô hình {v} được biểu dương"],
    "khoi": ["Đảng ủy các cơ quan Đảng tỉnh triển khai {v}", "{D} tổ chức {v}", "Chi bộ {C} sinh hoạt chuyên đề về {v}",
             "Đồng chí {chuc} dự sinh hoạt Chi bộ {C}", "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh làm việc với {D} về {v}",
             "{n} đảng viên Chi bộ {C} tham gia {v}", "Hội nghị Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh cho ý kiến về {v}",
             "Đảng bộ Sở {S} sơ kết {v}"],
    "xa": ["Đảng ủy xã {X} triển khai {v}", "Ban Thường vụ Đảng ủy xã làm việc với các chi bộ về {v}", "{A}: chi bộ tổ chức {v}",
           "Hội nghị Ban Chấp hành Đảng bộ xã cho ý kiến về {v}", "Xã {X}: {v} - những kết quả bước đầu",
           "{n} đảng viên xã {X} tham gia {v}", "Đồng chí {chuc} dự {v} tại {A}", "Mặt trận xã {X} phối hợp {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp ủy cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở xã {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ phường {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIV", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở xã {H}", "Những vấn đề đặt ra đối với {v} sau hai năm vận hành chính quyền hai cấp")
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
                t = self._tieu_de(k, cd, when)
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

    def thang(self, d):
        return d.month

    def _tieu_de(self, k, cd, a_ngay=None):
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
                                                       C=r.choice(_CQC), k=r.randint(28, 45), S=r.choice(_SO),
                                                       th=self.thang(a_ngay) if a_ngay else 5)
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
            "các chi bộ, đảng bộ cơ sở trên địa bàn xã %s." % (p1, self.chuc(), p2, self.chuc(), self.dv(), self.dv(), r.randint(30, 480), H),
            "Theo báo cáo, thời gian qua việc triển khai %s đã đạt %d/%d chỉ tiêu; %d mô hình được nhân rộng, huy động "
            "được %s đồng từ các nguồn lực xã hội và giúp %d hộ ở xã %s ổn định cuộc sống." % (
                v, r.randint(8, 19), r.randint(20, 24), r.randint(2, 40), "{:,}".format(r.randint(15, 990) * 1000000).replace(",", "."),
                r.randint(4, 160), X),
            "Bên cạnh kết quả đạt được, đồng chí %s thẳng thắn chỉ ra một số hạn chế: ở %s việc %s còn lúng túng, %d "
            "đơn vị báo cáo chậm, nguồn lực chưa tương xứng và việc tuyên truyền trên mạng xã hội chưa thường xuyên." % (
                p2, A, v, r.randint(2, 15)),
            "Phát biểu chỉ đạo, đồng chí %s đề nghị các cấp ủy tiếp tục bám sát cơ sở, cụ thể hóa %s thành kế hoạch, phấn đấu "
            "hoàn thành %d nhiệm vụ trọng tâm trong năm 2027 và gửi báo cáo trước ngày %d/%d." % (
                p1, r.choice(("Chỉ thị số %d-CT/TU" % r.randint(5, 60), "Kết luận số %d-KL/TW" % r.randint(20, 140),
                              "Quy định số %d-QĐ/TW" % r.randint(20, 300), "Nghị quyết số %d-NQ/TU" % r.randint(3, 40))),
                r.randint(3, 16), r.randint(2, 28), r.randint(6, 9)),
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
                    "Thực tiễn ở xã %s cho thấy, khi cấp ủy quan tâm đúng mức thì %s đi vào chiều sâu; trong %d cuộc được "
                    "tiến hành, có %d tổ chức đảng và %d đảng viên được chỉ ra khuyết điểm để kịp thời chấn chỉnh, khắc phục." % (
                        r.choice(self.huyen), v, r.randint(12, 140), r.randint(2, 30), r.randint(3, 90)),
                    "Theo đồng chí %s, %s, điểm mấu chốt của %s là phát hiện sớm, xử lý kịp thời từ cơ sở; nếu để vi phạm kéo dài "
                    "thì vừa tốn nguồn lực vừa làm giảm niềm tin của nhân dân ở xã %s." % (self.nguoi(), self.chuc(), v, r.choice(self.xa)),
                    "Giai đoạn %d - %d, toàn Đảng bộ đã tổ chức %d lớp bồi dưỡng, hội nghị chuyên đề, trong đó %d%% nội dung liên quan "
                    "đến %s; tỷ lệ kết luận được thực hiện đúng hạn đạt %d%%, cao hơn nhiệm kỳ trước %d điểm phần trăm." % (
                        r.choice((2015, 2020)), r.choice((2020, 2025)), r.randint(40, 400), r.randint(10, 70), v, r.randint(70, 99), r.randint(2, 19)),
                    "Một bài học khác là phải gắn %s với công tác cán bộ: cán bộ làm công tác tổ chức, xây dựng Đảng cần vững bản lĩnh, am "
                    "hiểu thực tiễn và được bồi dưỡng thường xuyên; hiện nay mới có %d/%d cán bộ cấp xã qua đào tạo chuyên sâu." % (
                        v, r.randint(10, 60), r.randint(61, 90)),
                    "Từ những phân tích trên, tác giả kiến nghị Trung ương sớm ban hành hướng dẫn về %s, bổ sung chế độ cho cán bộ "
                    "cơ sở và ứng dụng phần mềm quản lý hồ sơ, giảm ít nhất %d%% thời gian tổng hợp báo cáo định kỳ." % (
                        v, r.randint(15, 60)),
                    "Ở %s, chi bộ đã đưa nội dung %s vào sinh hoạt định kỳ hằng tháng, phân công %d đảng viên theo dõi từng "
                    "địa bàn; nhờ vậy số đơn thư vượt cấp giảm %d%% so với cùng kỳ, không còn vụ việc tồn đọng kéo dài." % (
                        r.choice(self.ap), v, r.randint(3, 19), r.randint(10, 80)))))
        a["doan"], a["muc"] = doan, muc
        a["chu_thich"] = ""
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice((
            "Ban Tổ chức Tỉnh ủy", "Đảng ủy xã %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực III")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("TU", "BTCTU", "ĐU", "VPTU")))
        a["sapo"] = "%s thông báo để các cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện." % r.choice(_CO_QUAN[:5])
        who = self.dv()
        a["doan"] = [
            "Thực hiện kế hoạch năm 2027, %s thông báo tổ chức bồi dưỡng về %s cho %d cán bộ, đảng viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2027 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 7), r.randint(15, 28), r.randint(8, 9), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2027; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(5, 7), self.nguoi(), self.chuc(), r.randint(203, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2026, 2027)), r.randint(3, 40)),
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

# ---------------------------------------------------------------- set 31 helpers (kept: lich31; muc21 / giu_lai unused by a one-day set)
def lich31(seed, n, gan, tu_ngay=_dt.datetime(2026, 6, 1, 7, 0), sat=0.3):
    """n publication minutes, newest first: the explicit recent ones (`gan`, as the site really posted its last days) and
    n - len(gan) older ones between tu_ngay and an hour before the oldest of `gan`, denser towards it.  Weekdays 07:00-19:59,
    a few Saturdays, no Sundays; every minute distinct."""
    r = _rnd.Random(seed)
    out = sorted(gan, reverse=True)
    taken = set(out)
    floor = min(out) - _dt.timedelta(hours=1) if out else BAY_GIO
    span = (floor - tu_ngay).total_seconds()
    while len(out) < n:
        d = floor - _dt.timedelta(seconds=span * (r.random() ** 1.3))
        if d.weekday() == 6 or (d.weekday() == 5 and r.random() > sat):
            continue
        d = d.replace(hour=r.randint(7, 19), minute=r.randint(0, 59), second=0, microsecond=0)
        if d in taken or d >= floor or d < tu_ngay:
            continue
        taken.add(d)
        out.append(d)
    return sorted(out, reverse=True)


def muc21(kind, a, due, why, url, *, first_day, first, due_by, same=None, withdrawn=False, contains=None, lacks=None,
          checks=(), noticed_on=(), guard=False, changed_on=None, shown_on=None, held_since=None, judgement=None,
          due_with_hosts=False, answer=None, published=None, **extra):
    """One SUMMARY["day<n>"] entry (set 21's shape).  `url` is the address that shows the article ON THAT DAY (set 20's key
    day2_url); `answer` what the server answers for it that day when it misbehaves (day2_answer); `first` the record a correct
    crawl made the day the article was first archivable (first_day), also given as `day1` for day-1 articles; `published`
    overrides the expected minute (a re-dated or stamp-corrected article)."""
    e = {"kind": kind, "due": due, "due_by": due_by, "noticeable": bool(noticed_on), "first_day": first_day,
         "expect": {"title": a["tieu_de"], "published": (published or a["ngay"]).strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                    "same_record_as": same, "body_contains": contains, "body_lacks": lacks},
         "why": why, "day2_url": url, "checks": list(checks)}
    if noticed_on:
        e["noticed_on"] = list(noticed_on)
    if first is not None:
        e["first"] = first
        if first_day == 1:
            e["day1"] = first
    if guard:
        e["guard"] = True
    for k, v in (("changed_on", changed_on), ("shown_on", shown_on), ("held_since", held_since), ("judgement", judgement),
                 ("day2_answer", answer)):
        if v is not None:
            e[k] = v
    if due_with_hosts:
        e["due_with_hosts"] = True
    e.update(extra)
    return e


def giu_lai(prev, n, why, url=None, checks=None, shown_on=None):
    """A change of an earlier day kept on day n (due_by 'kept'): yesterday's entry with the same expect and due."""
    e = dict(prev)
    e.update(due_by="kept", why=why, day2_url=url, noticeable=False)
    if checks is not None:
        e["checks"] = checks
    for k in ("noticed_on", "changed_on", "day2_answer", "guard"):
        e.pop(k, None)
    if shown_on is not None:
        e["shown_on"] = shown_on
    return e


def dm(d):
    """'dd/mm HH:MM' of a datetime (the why texts)."""
    return d.strftime("%d/%m %H:%M")
# ==== KERNEL END ====
import json as _json

SITE = "Đảng bộ Ủy ban nhân dân tỉnh Tân Phước"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 7, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 4, "khoi", "bai"),
            ("hoat-dong-co-so", "Hoạt động cơ sở", 4, "ubnd", "bai"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "tinhuy", "dai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
SECNAME["van-ban"] = "Văn bản"
CATID = {"tin-hoat-dong": 2, "xay-dung-dang": 3, "hoat-dong-co-so": 4, "nghien-cuu-trao-doi": 6}
TITLE_CASE = {"tin-hoat-dong": "Tin-hoat-dong", "xay-dung-dang": "Xay-dung-Dang", "hoat-dong-co-so": "Hoat-dong-co-so",
              "nghien-cuu-trao-doi": "Nghien-cuu-Trao-doi"}
CATS = [s[0] for s in SECTIONS]
HUYEN = ["Tân Phước", "Phước Long", "Tân Phú", "Phước Tiến", "Tân Thành", "Tiến Hưng"]
XA = ["Tân Phước", "Phước Long", "Tân Phú", "Phước Tiến", "Tân Thành", "Tiến Hưng", "Thuận Lợi", "Minh Hưng"]
AP = ["Ấp Chánh", "Ấp Bình Tả", "Ấp Mới", "Ấp Lập Điền", "Ấp Tân Hội", "Ấp Đức Ngãi"]
PER_PAGE = 10
NAM_NAY = 2027
SVC = "/Services/VanBanService.asmx"     # the ScriptManager's ServiceReference (a JSON-enabled ASMX service)

_KHUON["ubnd"] = ["Chi bộ Sở {S} sinh hoạt chuyên đề về {v}", "Đảng ủy Sở {S} triển khai {v}", "Đảng bộ Ủy ban nhân dân tỉnh kiểm tra {v} tại Sở {S}",
                  "Chi bộ Văn phòng UBND tỉnh tổ chức {v}", "{n} đảng viên Đảng bộ Sở {S} tham gia {v}", "Đảng ủy Sở {S} sơ kết {v}",
                  "Đồng chí {chuc} dự sinh hoạt chi bộ tại Sở {S}", "Các chi bộ trực thuộc Đảng ủy Sở {S} với {v}"]
_s = SoanTin(33401, 92, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP,
             lich=lich22(33401, 92, tu_ngay=_dt.datetime(2026, 9, 14), gan=5),
             id_dau=14020, buoc=5, cm_dau=("tin-hoat-dong", "hoat-dong-co-so", "xay-dung-dang", "tin-hoat-dong", "nghien-cuu-trao-doi"),
             chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "hoc-tap-bac", "chuyen-doi-so", "tu-tuong", "kinh-te"))
_d = SoanTin(33402, 11, [("van-ban", 1, "tinhuy", "thongbao")], HUYEN, XA, AP, lich=lich22(33405, 11, tu_ngay=_dt.datetime(2027, 1, 5), gan=1),
             id_dau=1500, buoc=4, chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "to-chuc"))
_o = SoanTin(33403, 21, [("van-ban", 1, "tinhuy", "thongbao")], HUYEN, XA, AP,
             lich=lich22(33406, 21, tu_ngay=_dt.datetime(2026, 1, 6), moc=_dt.datetime(2026, 12, 30, 17, 0), gan=1),
             id_dau=1100, buoc=4, chu_de=("hai-cap", "kiem-tra", "to-chuc", "dan-van", "hoc-tap-bac"))
NEWS = _s.items
DOCS = sorted(_d.items + _o.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
dat_ten_thong_bao(DOCS, "ĐU")
ARTS = sorted(NEWS + DOCS, key=lambda a: (a["ngay"], a["id"]), reverse=True)
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 90)
BY_ID = {a["id"]: a for a in NEWS}
DOC_BY_ID = {a["id"]: a for a in DOCS}
CROSS = {a["id"] for a in [b for b in NEWS if b["cm"] == "hoat-dong-co-so"][::4]}      # also listed in 'Xây dựng Đảng'
DOCS_NOW = [a for a in DOCS if a["ngay"].year == NAM_NAY]
DOCS_OLD = [a for a in DOCS if a["ngay"].year != NAM_NAY]
SITEMAP_AT = _dt.datetime(2026, 10, 15, 16, 20)
DELETED = [(11987, "tin-hoat-dong", "hoi-nghi-so-ket-cong-tac-dang-quy-iii-nam-2026"), (11962, "xay-dung-dang", "ket-nap-dang-vien-moi-dot-2-9")]
FLAKY = "/tin-tuc/xay-dung-dang.aspx?Page=2"
SLOW = "/tin-tuc/hoat-dong-co-so.aspx?Page=2"


def in_cat(k):
    return [a for a in NEWS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def url(a, k=None):
    if a["cm"] == "van-ban":
        return "/van-ban/%s-%d.aspx" % (a["slug"], a["id"])
    return "/tin-tuc/%s/%s-%d.aspx" % (k or a["cm"], a["slug"], a["id"])


def raw_url(a):
    return "/Default.aspx?c=content&a=detail&catid=%d&id=%d" % (CATID[a["cm"]], a["id"])


def print_url(a):
    return "/InBai.aspx?id=%d" % a["id"]


def list_url(k, n=0, menu=False):
    if menu:
        return "/Tin-tuc/%s.aspx" % TITLE_CASE[k]
    return "/tin-tuc/%s.aspx" % k + ("?Page=%d" % n if n else "")


def tieu_diem(k):
    return sorted(in_cat(k)[PER_PAGE:], key=lambda a: -a["xem"])[:3]


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def service_scripts():
    """What the ScriptManager prints for <asp:ServiceReference Path="~/Services/VanBanService.asmx" /> and the page's handlers."""
    return ('\n<script src="Services/VanBanService.asmx/js" type="text/javascript"></script>\n<script type="text/javascript">\n//<![CDATA[\n'
            'function hienVanBan(kq) {\n    document.getElementById(\'dsVanBan\').innerHTML = kq.Html;\n    $(\'.tab-nam li\').removeClass(\'active\');\n'
            '    $(\'.tab-nam li[data-nam="\' + kq.Nam + \'"]\').addClass(\'active\');\n}\nfunction loiVanBan(err) {\n'
            '    document.getElementById(\'dsVanBan\').innerHTML = \'<p class="loi">Không tải được danh sách văn bản.</p>\';\n}\n//]]>\n</script>\n')


def service_proxy(tv):
    """GET /Services/VanBanService.asmx/js: the JavaScript proxy ASP.NET AJAX generates for a [ScriptService] web service."""
    js = ("var VanBanService=function() {\nVanBanService.initializeBase(this);\nthis._timeout = 0;\nthis._userContext = null;\nthis._succeeded = null;\n"
          "this._failed = null;\n}\nVanBanService.prototype={\n_get_path:function() {\n var p = this.get_path();\n if (p) return p;\n else return "
          "VanBanService._staticInstance.get_path();},\nLayTheoNam:function(nam,trang,succeededCallback, failedCallback, userContext) {\n"
          "return this._invoke(this._get_path(), 'LayTheoNam',false,{nam:nam,trang:trang},succeededCallback,failedCallback,userContext); },\n"
          "DemTheoNam:function(nam,succeededCallback, failedCallback, userContext) {\nreturn this._invoke(this._get_path(), 'DemTheoNam',false,"
          "{nam:nam},succeededCallback,failedCallback,userContext); }}\nVanBanService.registerClass('VanBanService',Sys.Net.WebServiceProxy);\n"
          "VanBanService._staticInstance = new VanBanService();\nVanBanService.set_path = function(value) { VanBanService._staticInstance.set_path(value); }\n"
          "VanBanService.get_path = function() { return VanBanService._staticInstance.get_path(); }\nVanBanService.set_timeout = function(value) { "
          "VanBanService._staticInstance.set_timeout(value); }\nVanBanService.get_timeout = function() { return VanBanService._staticInstance.get_timeout(); }\n"
          "VanBanService.set_defaultUserContext = function(value) { VanBanService._staticInstance.set_defaultUserContext(value); }\n"
          "VanBanService.get_defaultUserContext = function() { return VanBanService._staticInstance.get_defaultUserContext(); }\n"
          "VanBanService.set_defaultSucceededCallback = function(value) { VanBanService._staticInstance.set_defaultSucceededCallback(value); }\n"
          "VanBanService.get_defaultSucceededCallback = function() { return VanBanService._staticInstance.get_defaultSucceededCallback(); }\n"
          "VanBanService.set_defaultFailedCallback = function(value) { VanBanService._staticInstance.set_defaultFailedCallback(value); }\n"
          "VanBanService.get_defaultFailedCallback = function() { return VanBanService._staticInstance.get_defaultFailedCallback(); }\n"
          "VanBanService.set_enableJsonp = function(value) { VanBanService._staticInstance.set_enableJsonp(value); }\n"
          "VanBanService.get_enableJsonp = function() { return VanBanService._staticInstance.get_enableJsonp(); }\n"
          "VanBanService.set_jsonpCallbackParameter = function(value) { VanBanService._staticInstance.set_jsonpCallbackParameter(value); }\n"
          "VanBanService.get_jsonpCallbackParameter = function() { return VanBanService._staticInstance.get_jsonpCallbackParameter(); }\n"
          "VanBanService.set_path(\"%s\");\nVanBanService.LayTheoNam= function(nam,trang,onSuccess,onFailed,userContext) {"
          "VanBanService._staticInstance.LayTheoNam(nam,trang,onSuccess,onFailed,userContext); }\nVanBanService.DemTheoNam= function(nam,onSuccess,onFailed,"
          "userContext) {VanBanService._staticInstance.DemTheoNam(nam,onSuccess,onFailed,userContext); }\n") % SVC
    return Dapung(js, 200, "application/x-javascript; charset=utf-8", [("Cache-Control", "public, max-age=31536000")])


def service_call(tv, method):
    """POST /Services/VanBanService.asmx/<method> with a JSON body: {"d": …} (ASP.NET AJAX's JSON web services)."""
    err = lambda msg, t="System.InvalidOperationException": Dapung(_json.dumps({"Message": msg, "StackTrace": "", "ExceptionType": t}, ensure_ascii=False),
                                                                    500, "application/json; charset=utf-8", [("jsonerror", "true")])
    ctype = (tv.env.get("CONTENT_TYPE") or tv.h("Content-Type") or "").lower()
    if tv.method != "POST" or "application/json" not in ctype:
        if tv.method == "GET":
            return err("Lệnh gọi dịch vụ web không hợp lệ: phương thức %s không cho phép GET." % method)
        return Dapung('<?xml version="1.0" encoding="utf-8"?><string>Request format is invalid: %s.</string>' % x(ctype), 500,
                      "text/xml; charset=utf-8")
    try:
        arg = _json.loads(tv.body.decode("utf-8") if isinstance(tv.body, bytes) else tv.body or "{}")
    except ValueError:
        return err("Invalid JSON primitive.", "System.ArgumentException")
    if method == "DemTheoNam" and isinstance(arg.get("nam"), int):
        return Dapung(_json.dumps({"d": len([a for a in DOCS if a["ngay"].year == arg["nam"]])}), 200, "application/json; charset=utf-8")
    if method != "LayTheoNam":
        return err("Tên phương thức web không hợp lệ: %s" % method, "System.ArgumentException")
    if not isinstance(arg.get("nam"), int) or not isinstance(arg.get("trang"), int):
        return err("Lệnh gọi dịch vụ web không hợp lệ, thiếu giá trị cho tham số: 'nam' / 'trang'.")
    return Dapung(_json.dumps({"d": {"__type": "EGov.Portal.VanBanKetQua", "Nam": arg["nam"], "Trang": arg["trang"],
                                     "Html": vanban_table(arg["nam"], arg["trang"])}}, ensure_ascii=False), 200, "application/json; charset=utf-8",
                  [("Cache-Control", "private, max-age=0")])


def shell(tv, title, main, og_url=None, page_methods=False, scripts=""):
    action = tv.path.rsplit("/", 1)[-1] + ("?" + tv.query if tv.query else "")
    menu = "".join('<li><a href="%s">%s</a></li>' % (list_url(k, menu=True), x(SECNAME[k])) for k in CATS)
    moi = "".join('<li><a href="%s">%s</a><span class="ngay">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in NEWS[:6])
    vb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in DOCS[:5])
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head><title>\n\t%s\n</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        '<meta name="keywords" content="Đảng bộ Ủy ban nhân dân tỉnh Tân Phước, dangbo-ubnd.tanphuoc.example" /><meta name="description" content="%s" />%s<link href="/App_Themes/'
        'DBUB/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/DBUB/menu.css" type="text/css" rel="stylesheet" /><style type="text/css">'
        '%s</style><script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script><script type="text/javascript" src="/js/jquery.cycle.all.js"></script>'
        '</head>\n<body>\n    <form method="post" action="./%s" id="form1">\n<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" '
        'id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n<input type="hidden" '
        'name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n\n<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'form1\'];\n'
        'if (!theForm) {\n    theForm = document.form1;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || '
        '(theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n'
        '        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n\n<script src="/WebResource.axd?d=Hq9pQ0vE1y3Fh5d7m2k4LwZ8nA6uT1bC0rX9sJ&amp;'
        't=634773918900000000" type="text/javascript"></script>\n<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvt6y3jJq9g2sO6P4mYw&amp;'
        't=ffffffffe8f46b29" type="text/javascript"></script>\n<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8ODk7bTQ2mQ1s&amp;t=ffffffffe8f46b29" '
        'type="text/javascript"></script>%s\n<div class="aspNetHidden">\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
        'value="CA0B0334" />\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>\n'
        '    <script type="text/javascript">\n//<![CDATA[\nSys.WebForms.PageRequestManager._initialize(\'ctl00$ScriptManager1\', \'form1\', [], [], [], 90, '
        '\'ctl00\');\n//]]>\n</script>\n\n<div id="wrapper"><div id="header"><div class="top-date">%s, ngày %s</div><div class="banner"><a href="/Default.aspx">'
        '<img src="/Images/banner_dbubnd_tanphuoc.jpg" alt="%s" /></a></div><div class="search-box"><input name="ctl00$Header1$txtTimKiem" type="text" '
        'id="ctl00_Header1_txtTimKiem" class="txt-search" /><input type="submit" name="ctl00$Header1$btnTimKiem" value="Tìm" id="ctl00_Header1_btnTimKiem" '
        'class="btn-search" /></div></div>\n<div id="menu"><ul class="menu-top"><li><a href="/Default.aspx">Trang chủ</a></li><li><a href="/GioiThieu.aspx">'
        'Giới thiệu</a></li>%s<li><a href="/VanBan.aspx">Văn bản</a></li><li><a href="/LichCongTac.aspx">Lịch công tác</a></li><li><a href="/LienHe.aspx">'
        'Liên hệ</a></li></ul></div>\n<table id="content" cellpadding="0" cellspacing="0" width="100%%"><tr><td class="col-main" valign="top">%s</td>'
        '<td class="col-right" valign="top" width="290"><div class="box"><div class="box-title">Tin mới</div><ul class="list-moi">%s</ul></div><div class="box">'
        '<div class="box-title">Văn bản mới</div><ul class="list-vb">%s</ul><div class="xem-them"><a href="/VanBan.aspx">Xem thêm »</a></div></div>'
        '<div class="box"><div class="box-title">Liên kết</div><ul><li><a href="http://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản '
        'Việt Nam</a></li><li><a href="http://tinhuytanphuoc.example/" target="_blank">Tỉnh ủy Tân Phước</a></li></ul></div><div class="box"><div '
        'class="box-title">Thống kê truy cập</div><p>Đang online: <span id="ctl00_lblOnline">18</span><br />Tổng truy cập: <span id="ctl00_lblTong">1.906.233'
        '</span></p></div><div class="box"><a href="/Rss.aspx"><img src="/Images/rss.gif" alt="RSS" /> RSS</a></div></td></tr></table>\n<div id="footer">'
        '<p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH TÂN PHƯỚC</strong></p><p>Địa chỉ: số 2 đường Trần Hưng Đạo, phường Tân Phước. Điện thoại: '
        '0271.3879.xxx. Giấy phép số 09/GP-TTĐT ngày 20/10/2025.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này. Phát triển bởi Công ty CP Phần mềm Tân Phước '
        '(eGov Portal 2.4).</p>'
        '</div></div>\n<script type="text/javascript">%s</script>%s\n</form>\n</body>\n</html>\n') % (
        x(title), x(SITE), ('<meta property="og:url" content="%s%s" />' % (tv.origin, x(og_url))) if og_url else "", pad_css(len(title) * 19 + 5, 16, "dbub"),
        x(action), pad_b64(len(title) * 7 + 2, 3), service_scripts() if page_methods else "", pad_b64(len(title) + 3, 1)[:280], thu(BAY_GIO),
        ngay(BAY_GIO), x(SITE), menu, main, moi, vb, pad_js(len(title) * 23 + 4, 9, "egov.main"), scripts)


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")] + list(headers))


def item(a, k=None):
    return ('<div class="news-item"><a href="%s"><img src="/Uploads/TinTuc/%s/%d.jpg" class="thumb" alt="" /></a><a class="title" href="%s">%s</a>'
            '<span class="date">(%s)</span><p class="summary">%s</p></div>') % (
        url(a, k), a["ngay"].strftime("%Y/%m"), a["id"], url(a, k), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def pager(k, cur, last):
    out = ['<a class="first" href="%s">Trang đầu</a>' % list_url(k, 1)] if cur > 1 else []
    if cur > 1:
        out.append('<a class="prev" href="%s">Trang trước</a>' % list_url(k, cur - 1))
    for p in range(1, last + 1):
        out.append('<span class="current">%d</span>' % p if p == cur else '<a class="page" href="%s">%d</a>' % (list_url(k, p), p))
    if cur < last:
        out.append('<a class="next" href="%s">Trang sau</a><a class="last" href="%s">Trang cuối</a>' % (list_url(k, cur + 1), list_url(k, last)))
    return '<div class="pager"><span id="ctl00_cphMain_DataPager1">%s</span></div>' % "&nbsp;".join(out)


def list_page(tv, k, n):
    items = in_cat(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    shown = items[(max(n, 1) - 1) * PER_PAGE:max(n, 1) * PER_PAGE]
    if not shown:
        return chuyen(tv.origin + list_url(k), 302)
    main = ('<div class="nav"><a class="home" href="/Default.aspx">Trang chủ</a> » <a class="arr" href="%s">%s</a></div><h1 class="cat-title">%s</h1>'
            '<div class="tieu-diem"><div class="td-title">Tin tiêu điểm</div>%s</div><div class="article-listing"><span id="ctl00_cphMain_lblResult" '
            'class="lblresult">Có %d tin bài</span>%s</div>%s') % (
        list_url(k, menu=True), x(SECNAME[k]), x(SECNAME[k]), "".join(item(a) for a in tieu_diem(k)), len(items),
        "".join(item(a, k if k == "xay-dung-dang" else None) for a in shown), pager(k, max(n, 1), last))
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main))


def home(tv):
    top = NEWS[:5]
    main = ('<div class="tin-noi-bat"><div class="box-title">Tin nổi bật</div><ul class="slide">%s</ul></div>' % "".join(
        '<li><a href="%s"><img src="/Uploads/TinTuc/%s/%d.jpg" alt="" /><span>%s</span></a></li>' % (raw_url(a), a["ngay"].strftime("%Y/%m"), a["id"],
                                                                                                   x(a["tieu_de"])) for a in top))
    for k in CATS:
        main += '<div class="home-cat"><div class="box-title"><a href="%s">%s</a></div>%s</div>' % (
            list_url(k, menu=True), x(SECNAME[k]), "".join(item(a) for a in in_cat(k)[:4]))
    return answer(shell(tv, SITE, main))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table class="image" align="center"><tbody><tr><td><img src="/Uploads/TinTuc/%s/%d_1.jpg" alt="" /></td></tr><tr><td class="image_desc">'
                       '%s</td></tr></tbody></table>' % (a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, k):
    rel = [b for b in in_cat(a["cm"]) if b is not a][:6]
    main = ('<div class="nav"><a class="home" href="/Default.aspx">Trang chủ</a> » <a class="arr" href="%s">%s</a></div><div class="article-detail"><div '
            'class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">%s</span></div><div class="TopToolbar"><span class="date">Ngày đăng: '
            '%s %s | Lượt xem: %d</span> <a class="print" href="%s" target="_blank">In bài</a> <a class="back" href="javascript:history.back();">Quay lại</a></div>'
            '<div class="sapo"><b>%s</b></div><div id="divDetailContent">%s<p style="text-align: right;"><b>%s</b></p></div></div><div class="article-reference">'
            '<div class="title">Tin tức khác</div><ul>%s</ul></div>') % (
        list_url(a["cm"], menu=True), x(SECNAME[a["cm"]]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], print_url(a), x(a["sapo"]),
        body_of(a), x(a["tac_gia"]), "".join('<li><a href="%s">%s</a> (%s)</li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, og_url=raw_url(a)))


def print_page(tv, a):
    return answer(('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns='
                   '"http://www.w3.org/1999/xhtml"><head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head><body '
                   'onload="window.print();"><div class="print"><h2>%s</h2><p>Ngày đăng: %s %s</p><p><b>%s</b></p>%s<p style="text-align: right;"><b>%s</b></p>'
                   '</div></body></html>') % (x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_of(a), x(a["tac_gia"])))


def doc_rows(docs):
    return "".join('<tr><td>%s</td><td>%s</td><td><a href="%s">%s</a></td><td><a href="/Uploads/VanBan/%d/%d.pdf" target="_blank"><img src="/Images/pdf.gif" '
                   'alt="PDF" /></a></td></tr>' % (x(a["so_hieu"].replace("Số ", "")), ngay(a["ngay"]), url(a), x(a["tieu_de"]), a["ngay"].year, a["id"])
                   for a in docs)


VB_PER = 10


def vanban_table(nam, trang=1):
    docs = [a for a in DOCS if a["ngay"].year == nam]
    last = max(1, (len(docs) + VB_PER - 1) // VB_PER)
    trang = max(1, min(trang, last))
    pager = ""
    if nam != NAM_NAY and last > 1:
        pager = '<div class="pager-vb">Trang: %s</div>' % " ".join(
            '<span class="cur">%d</span>' % p_ if p_ == trang else '<a href="javascript:VanBanService.LayTheoNam(%d, %d, hienVanBan, loiVanBan)">%d</a>' % (nam, p_, p_)
            for p_ in range(1, last + 1))
    shown = docs if nam == NAM_NAY else docs[(trang - 1) * VB_PER:trang * VB_PER]
    return ('<table class="grid-vanban" cellspacing="0" rules="all" border="1" id="ctl00_cphMain_ucVanBanNam_gvVanBan" data-nam="%d" style="border-collapse:'
            'collapse;"><tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>%s'
            '</table>%s') % (nam, doc_rows(shown) if shown else '<tr><td colspan="4">Không có văn bản.</td></tr>', pager)


def vanban_page(tv):
    tabs = ('<ul class="tab-nam"><li class="active" data-nam="%d"><a href="/VanBan.aspx">Năm %d</a></li><li data-nam="2026"><a href="#nam-2026" '
            'onclick="VanBanService.LayTheoNam(2026, 1, hienVanBan, loiVanBan); return false;">Năm 2026</a></li><li data-nam="2025"><a href="#nam-2025" onclick="VanBanService.LayTheoNam(2025, 1, hienVanBan, loiVanBan); '
            'return false;">Năm 2025</a></li></ul>' % (NAM_NAY, NAM_NAY))
    main = ('<div class="nav"><a class="home" href="/Default.aspx">Trang chủ</a> » <a class="arr" href="/VanBan.aspx">Văn bản</a></div><h1 class="cat-title">'
            'Văn bản</h1>%s<div id="dsVanBan">%s</div>') % (tabs, vanban_table(NAM_NAY))
    return answer(shell(tv, "Văn bản - %s" % SITE, main, page_methods=True))


def doc_page(tv, a):
    main = ('<div class="nav"><a class="home" href="/Default.aspx">Trang chủ</a> » <a class="arr" href="/VanBan.aspx">Văn bản</a></div><div class="vanban-detail">'
            '<h1>%s</h1><table class="tt-vanban"><tr><td>Số ký hiệu:</td><td>%s</td></tr><tr><td>Ngày ban hành:</td><td>%s</td></tr><tr><td>Ngày đăng:</td>'
            '<td>%s %s</td></tr><tr><td>Cơ quan ban hành:</td><td>Đảng ủy Ủy ban nhân dân tỉnh</td></tr></table><div class="trich-yeu"><p><b>%s</b></p>%s</div>'
            '<p class="file">Tệp đính kèm: <a href="/Uploads/VanBan/%d/%d.pdf" target="_blank">%s.pdf</a></p></div>') % (
        x(a["tieu_de"]), x(a["so_hieu"]), ngay(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_of(a), a["ngay"].year, a["id"],
        x(a["so_hieu"].replace("Số ", "").replace("/", "-")))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main))


def notice(tv):
    return answer(shell(tv, "Thông báo - %s" % SITE, '<div class="thong-bao"><h2>Thông báo</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a '
                        'href="/Default.aspx">Về trang chủ</a></p></div>'))


def to_notice(tv):
    return chuyen(tv.origin + "/ThongBao.aspx?aspxerrorpath=" + tv.path, 302,
                  body='<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="/ThongBao.aspx?aspxerrorpath=%s">here</a>.</h2>\r\n'
                       '</body></html>' % x(tv.path))


def static_page(tv, i):
    s, t, ps = TRANG_TINH[i]
    return answer(shell(tv, "%s - %s" % (t, SITE), "<h1 class=\"cat-title\">%s</h1>%s" % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))))


def calendar(tv):
    w = tv.so("tuan", 24, 1, 53) or 24
    y = tv.so("nam", 2027, 1990, 2100) or 2027
    pw, py_ = (w - 1, y) if w > 1 else (52, y - 1)
    nw, ny = (w + 1, y) if w < 52 else (1, y + 1)
    main = ('<h1 class="cat-title">Lịch công tác tuần %d năm %d</h1><div class="lich-nav"><a href="/LichCongTac.aspx?tuan=%d&amp;nam=%d">« Tuần trước</a> | '
            '<a href="/LichCongTac.aspx?tuan=%d&amp;nam=%d">Tuần sau »</a></div><table class="lich"><tr><td>Chưa có lịch công tác.</td></tr></table>') % (
        w, y, pw, py_, nw, ny)
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main))


def rss_page(tv):
    main = '<h1 class="cat-title">RSS</h1><ul class="rss">%s</ul>' % "".join(
        '<li><a href="/RssFeed.aspx?catid=%d">%s</a></li>' % (CATID[k], x(SECNAME[k])) for k in CATS)
    return answer(shell(tv, "RSS - %s" % SITE, main))


def sitemap(tv):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset', '      xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
           '      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
           '      xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">',
           '<!-- created with Free Online Sitemap Generator www.xml-sitemaps.com -->', '']
    rows = ["/", "/Default.aspx", "/GioiThieu.aspx", "/LienHe.aspx"] + [list_url(k, menu=True) for k in CATS]
    rows += [url(a) for a in NEWS if a["ngay"] < SITEMAP_AT]
    rows += ["/tin-tuc/%s/%s-%d.aspx" % (k, s, i) for i, k, s in DELETED]
    for r in rows:
        out.append("<url>\n  <loc>%s%s</loc>\n  <lastmod>2026-10-15T09:20:31+00:00</lastmod>\n  <priority>0.80</priority>\n</url>" % (tv.origin, x(r)))
    out.append("\n\n</urlset>")
    return Dapung("\n".join(out), 200, "text/xml", [("Last-Modified", "Thu, 15 Oct 2026 09:22:10 GMT"), ("Accept-Ranges", "bytes")])


def ysod(tv):
    return Dapung(('<!DOCTYPE html>\r\n<html>\r\n    <head>\r\n        <title>Timeout expired.  The timeout period elapsed prior to obtaining a connection from the '
                   'pool.</title>\r\n    </head>\r\n    <body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr width=100%% size=1 '
                   'color=silver></H1>\r\n            <h2> <i>Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may '
                   'have occurred because all pooled connections were in use and max pool size was reached.</i> </h2></span>\r\n    </body>\r\n</html>\r\n'), 500,
                  "text/html; charset=utf-8", [("X-AspNet-Version", "4.0.30319")])


def handle(tv):
    p, pl = tv.path, tv.path.lower()
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /Admin/\nDisallow: /App_Themes/\nDisallow: /Uploads/TaiLieuNoiBo/\nDisallow: /LichCongTac.aspx\n"
                       "Disallow: /TimKiem.aspx\nDisallow: /InBai.aspx\nCrawl-delay: 1\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if pl == SVC.lower() + "/js":
        return service_proxy(tv)
    if pl.startswith(SVC.lower() + "/"):
        return service_call(tv, p[len(SVC) + 1:])
    if tv.method == "POST":
        tv.method = "GET"                                    # a postback of the search box: the page again
    if pl.endswith(".axd"):
        return Dapung("// ASP.NET AJAX script resource\nType.registerNamespace('Sys');", 200, "application/x-javascript")
    if p == "/" and not tv.query:
        return home(tv)
    if pl == "/default.aspx":
        if tv.q.get("c") == "content" and tv.q.get("a") == "detail":
            a = BY_ID.get(tv.so("id", 0, 0, 999999) or 0)
            return article(tv, a, a["cm"]) if a else to_notice(tv)
        if not tv.query:
            return home(tv)
    if pl == "/sitemap.xml":
        return sitemap(tv)
    if pl == "/thongbao.aspx":
        return notice(tv)
    if pl == "/rss.aspx":
        return rss_page(tv)
    if pl == "/rssfeed.aspx":
        c = tv.so("catid", 0, 0, 99)
        k = next((k for k, v in CATID.items() if v == c), None)
        if not k:
            return to_notice(tv)
        return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_cat(k)[:15]])
    if pl == "/inbai.aspx":
        a = BY_ID.get(tv.so("id", 0, 0, 999999) or 0)
        return print_page(tv, a) if a else to_notice(tv)
    if pl == "/vanban.aspx":
        return vanban_page(tv)
    m = _re.fullmatch(r"/van-ban/[a-z0-9-]+-(\d+)\.aspx", pl)
    if m and int(m.group(1)) in DOC_BY_ID:
        return doc_page(tv, DOC_BY_ID[int(m.group(1))])
    m = _re.fullmatch(r"/tin-tuc/([a-z-]+)\.aspx", pl)
    if m and m.group(1) in CATID:
        n = tv.so("Page", 1, 1, 999)
        if n is None:
            return to_notice(tv)
        if p + ("?" + tv.query if tv.query else "") == FLAKY and chap_chon(FLAKY):
            return ysod(tv)
        if p + ("?" + tv.query if tv.query else "") == SLOW:
            cham(tv, 1.2)
        return list_page(tv, m.group(1), n)
    m = _re.fullmatch(r"/tin-tuc/([a-z-]+)/[a-z0-9-]+-(\d+)\.aspx", pl)
    if m and m.group(1) in CATID and int(m.group(2)) in BY_ID:
        return article(tv, BY_ID[int(m.group(2))], m.group(1))   # the rewriter checks neither the category nor the slug
    if pl == "/gioithieu.aspx":
        return static_page(tv, 0)
    if pl == "/lienhe.aspx":
        return static_page(tv, 3)
    if pl == "/lichcongtac.aspx":
        return calendar(tv)
    return to_notice(tv)                                     # customErrors mode="RemoteOnly" redirectMode="ResponseRedirect"


app = chay_app(handle, [("Server", "Microsoft-IIS/8.5")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "ASP.NET_SessionId=%s; path=/; HttpOnly" % pad_b64(len(tv.path) + 11, 1)[:24].lower().replace("+", "a").replace("/", "b"))], post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    if a["cm"] == "van-ban":
        return []
    out = [raw_url(a), print_url(a)]
    if a["id"] in CROSS:
        out.append(url(a, "xay-dung-dang"))
    return out


ONLY_AX = [url(a) for a in DOCS_OLD]
_th = in_cat("tin-hoat-dong")
_cross = [a for a in NEWS if a["id"] in CROSS][0]
_ax = lambda nam, trang: ('{"nam":%d,"trang":%d}' % (nam, trang)).encode()

MANIFEST = {
    "family": "a provincial software company's 'eGov Portal' 2.4 (ASP.NET WebForms 4.0, IIS 7.5, an ASP.NET AJAX ScriptManager, a URL-rewriting "
              "HttpModule) of a provincial Đảng bộ Ủy ban nhân dân tỉnh (Tân Phước): rewritten /tin-tuc/<cat>/<slug>-<id>.aspx beside "
              "Default.aspx?c=content&a=detail&… (og:url, the home slider), no canonical, ?Page=N DataPagers under two spellings of every list, "
              "customErrors' 302 to a 200 notice, an online generator's sitemap of October 2026; the earlier year's documents only through an ASP.NET "
              "AJAX web service called through the ScriptManager's proxy script Services/VanBanService.asmx/js",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/LichCongTac.aspx", "/TimKiem.aspx", "/InBai.aspx"],
    "trap_prefixes": ["/LichCongTac.aspx"],
    "only_via": {"asmx-proxy": ONLY_AX},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles /tin-tuc/<cat>/<slug>-<id>.aspx (a vendor's rewriting HttpModule that checks neither the category nor the slug; IIS is "
              "case-insensitive), dated 'Ngày đăng: dd/mm/yyyy HH:MM', NO canonical; og:url names the non-rewritten /Default.aspx?c=content&a=detail&"
              "catid=<c>&id=<id>, which answers the same page 200 (the home slider 'Tin nổi bật' links that form); print pages /InBai.aspx?id=<id> "
              "(robots-disallowed); every 4th 'Hoạt động cơ sở' item is also listed in 'Xây dựng Đảng' under /tin-tuc/xay-dung-dang/… (200). Lists "
              "under two spellings: the menu's /Tin-tuc/<Title-Case>.aspx and the pager's /tin-tuc/<cat>.aspx?Page=N (%d a page; a DataPager of every "
              "page number; past the end 302 to page 1), three pinned 'Tin tiêu điểm' on top of EVERY page. Feeds /RssFeed.aspx?catid=<c> listed on "
              "/Rss.aspx (no <link rel=alternate>). /sitemap.xml: a static file an online generator made on 15/10/2026 (lists, articles up to then, two "
              "deleted ones). Every unknown or deleted address 302s to /ThongBao.aspx?aspxerrorpath=<path>, a 200 notice (customErrors "
              "redirectMode=ResponseRedirect: soft 404). Every page is one form with a ~3 KB __VIEWSTATE and the ScriptManager's scripts. Documents "
              "/van-ban/<slug>-<id>.aspx (a PDF each): /VanBan.aspx renders the current year's (%d) in a GridView; its tabs 'Năm 2026' / 'Năm 2025' are "
              "<a href=\"#nam-2026\" onclick=\"VanBanService.LayTheoNam(2026, 1, hienVanBan, loiVanBan); return false;\">: the ScriptManager's "
              "<asp:ServiceReference Path=\"~/Services/VanBanService.asmx\" /> prints <script src=\"Services/VanBanService.asmx/js\"> -- the "
              "JavaScript proxy ASP.NET AJAX generates (VanBanService.prototype = {LayTheoNam:function(nam,trang,succeededCallback, failedCallback, "
              "userContext) {return this._invoke(this._get_path(), 'LayTheoNam',false,{nam:nam,trang:trang},…);}, …}; VanBanService.set_path(\"%s\")) -- "
              "and the call is a POST to %s/LayTheoNam of {\"nam\":2026,\"trang\":1} as application/json, answered {\"d\": {\"__type\": …, \"Nam\", "
              "\"Trang\", \"Html\": the year's table}}, 10 rows a call and a pager of javascript:VanBanService.LayTheoNam(2026, 2, hienVanBan, loiVanBan) "
              "links; 2025 answers 'Không có văn bản.' (the Đảng bộ was formed in 2025; its documents of that year were never imported); a GET, a form POST or a body without nam / trang answers ASP.NET's 500 (InvalidOperationException "
              "JSON, or 'Request format is invalid'). The sidebar 'Văn bản mới' names the 5 newest "
              "(all %d); the %d documents of 2026 are nowhere else (no feed, not in the sitemap, which predates them). Flaky: %s answers ASP.NET's 500 "
              "'Server Error in '/' Application.' every other request; slow: %s (1.2 s). Week calendar /LichCongTac.aspx?tuan=W&nam=Y forever (trap, "
              "robots-disallowed). ASP.NET_SessionId on every answer."
              % (PER_PAGE, len(DOCS_NOW), SVC, SVC, NAM_NAY, len(DOCS_OLD), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", menu=True), "status": 200, "contains": x(_th[0]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 40), "status": 302, "location": list_url("tin-hoat-dong")},
    {"path": raw_url(_th[0]), "status": 200, "contains": x(_th[0]["tieu_de"])},
    {"path": url(_th[0]), "status": 200, "not_contains": 'rel="canonical"'},
    {"path": url(_cross, "xay-dung-dang"), "status": 200, "contains": x(_cross["tieu_de"])},
    {"path": "/tin-tuc/tin-hoat-dong/khong-co-bai-nay-99.aspx", "status": 302, "location": "/ThongBao.aspx?aspxerrorpath=/tin-tuc/tin-hoat-dong/khong-co-bai-nay-99.aspx"},
    {"path": "/VanBan.aspx", "status": 200, "contains": '<script src="Services/VanBanService.asmx/js"', "not_contains": x(DOCS_OLD[0]["tieu_de"])},
    {"path": SVC + "/js", "status": 200, "contains": "'LayTheoNam',false,{nam:nam,trang:trang}"},
    {"path": SVC + "/LayTheoNam", "method": "POST", "body": _ax(2026, 1), "headers": {"Content-Type": "application/json; charset=utf-8"}, "status": 200, "contains": url(DOCS_OLD[0]),
     "not_contains": url(DOCS_OLD[VB_PER])},
    {"path": SVC + "/LayTheoNam", "method": "POST", "body": _ax(2026, 2), "headers": {"Content-Type": "application/json; charset=utf-8"}, "status": 200, "contains": url(DOCS_OLD[VB_PER])},
    {"path": SVC + "/LayTheoNam", "method": "POST", "body": _ax(2026, 1), "status": 500},
    {"path": SVC + "/LayTheoNam?nam=2026&trang=1", "status": 500},
    {"path": "/sitemap.xml", "status": 200, "not_contains": "/van-ban/"},
]
SUMMARY = {
    "chains": ["/ -> /Tin-tuc/<Cat>.aspx -> /tin-tuc/<cat>.aspx?Page=N -> /tin-tuc/<cat>/<slug>-<id>.aspx; the home slider -> /Default.aspx?c=content&a=detail&…",
               "/ -> /VanBan.aspx (the current year) -> <script src=\"Services/VanBanService.asmx/js\"> (the proxy) + onclick "
               "VanBanService.LayTheoNam(2026, 1, hienVanBan, loiVanBan) -> POST %s/LayTheoNam {\"nam\":2026,\"trang\":1} (application/json) -> "
               "{\"d\": {\"Html\": the table}} -> /van-ban/<slug>-<id>.aspx; its pager javascript:VanBanService.LayTheoNam(2026, 2, …)" % SVC,
               "robots Sitemap: /sitemap.xml (an online generator's file of 15/10/2026; two deleted items 302 to the notice)"],
    "discovery": [
        "the documents page renders the current year only; the 'Năm 2026' tab runs VanBanService.LayTheoNam(2026, 1, hienVanBan, loiVanBan), a "
        "method of the proxy the ScriptManager names by <script src=\"Services/VanBanService.asmx/js\"> (VanBanService.prototype = {LayTheoNam: "
        "function(nam,trang,…) {return this._invoke(this._get_path(), 'LayTheoNam',false,{nam:nam,trang:trang},…);}}, set_path(\"%s\")) -- a JSON "
        "POST to %s/LayTheoNam answered {\"d\": {\"Html\": the table}} with a pager of further proxy calls -- a crawler that does not read the "
        "service proxy never sees the %d documents of 2026 (only_via asmx-proxy %d)" % (SVC, SVC, len(DOCS_OLD), len(ONLY_AX)),
        "no canonical anywhere while og:url names the non-rewritten Default.aspx address (200), every list under two spellings, three pinned items on "
        "every list page, and every unknown address 302s to a 200 notice (no only_via)",
    ],
    "set33_pages": {"asmx-proxy": ["/VanBan.aspx"]},
    "json_selftest": [],
    "alias_kinds": ["the non-rewritten /Default.aspx?c=content&a=detail&catid=<c>&id=<id> (200; og:url, the home slider)",
                    "print pages /InBai.aspx?id=<id> (200, robots-disallowed)", "an item of two categories under the other category's path (200)"],
    "quirks": ["Crawl-delay: 1", "no canonical; og:url = the non-rewritten address", "lists under two spellings (menu Title-Case, pager lower-case)",
               "three pinned 'Tin tiêu điểm' on top of every list page", "past-the-end pages 302 to page 1",
               "unknown addresses 302 to /ThongBao.aspx?aspxerrorpath=… (200 notice, soft 404)", "an online generator's sitemap of 15/10/2026",
               "feeds only on /Rss.aspx", "%s 500 every other request" % FLAKY, "%s slow (1.2 s)" % SLOW, "__VIEWSTATE of ~3 KB on every page",
               "week calendar trap under robots' Disallow: /LichCongTac.aspx"],
    "not_articles": ["/tin-tuc/%s/%s-%d.aspx" % (k, s, i) for i, k, s in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
