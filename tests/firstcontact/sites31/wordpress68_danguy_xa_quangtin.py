"""Blind replica, set 31, site D: the site of a commune Party committee (Đảng bộ xã Kỳ Hòa Tây, tỉnh Quảng Tín) on WordPress 6.8 (Apache 2.4 +
PHP 8.1) with ThemeGrill's ColorMag theme, Jetpack (Infinite Scroll, 'click' type) and WP Super Cache.  Three days (the daily timer's runs of 10,
11 and 12 May 2027).  Stdlib only; WSGI `app`; set_day(1..3).  Written blind; every name, person and event is made up."""
# ==== KERNEL BEGIN (sites31 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 31 kernel: set 30's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the generator
# SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat) with THREE days again (DAYS = 3: the
# daily timer's runs of 10, 11 and 12 May 2027, NGAY / moc / clock(), set 21's entry builder muc21), a May 2027 vocabulary (two-level
# local government: provinces and communes / wards only, no districts; Đại hội XIV, Nghị quyết 57 and 68, 137 năm Ngày sinh Bác),
# multipart/form-data POST bodies read into Truyvan.form (Liferay.Util.objectToFormData), and lich31 (explicit recent minutes +
# an older spread).  No clock and no sleep: every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 3
NGAY = {                                            # the daily timer's runs, local time (Asia/Ho_Chi_Minh): OnCalendar 01:30 + RandomizedDelaySec
    1: _dt.datetime(2027, 5, 10, 1, 47),            # Mon
    2: _dt.datetime(2027, 5, 11, 1, 58),            # Tue
    3: _dt.datetime(2027, 5, 12, 2, 36),            # Wed (the delay drew 66 min)
}
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
    """set_day(): days 1..DAYS only."""
    if day not in NGAY:
        raise ValueError("set 31 serves days 1..%d" % DAYS)


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

# ---------------------------------------------------------------- set 31 helpers (three days)
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

SITE = "Đảng bộ xã Kỳ Hòa Tây"
BLOG = "Trang thông tin điện tử Đảng bộ xã Kỳ Hòa Tây"
XA = ["Kỳ Hòa Tây", "Kỳ Hòa Tây", "Kỳ Hòa Tây", "Tiên Phước Đông", "Bình Lãnh Nam", "Kỳ Hòa Tây"]
AP = ["thôn Phú Tây", "thôn An Mỹ", "thôn Hòa Đông", "thôn Tân Lộc", "thôn Kỳ Lam", "thôn Trường Cửu"]
# slug, name, term id, voice, kind
CATS = [("tin-hoat-dong", "Tin hoạt động", 5, "xa", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 6, "xa", "bai"),
        ("dan-van-mat-tran", "Dân vận - Mặt trận", 7, "xa", "bai"), ("van-ban", "Văn bản", 8, "xa", "thongbao"), ("guong-sang", "Gương sáng", 9, "xa", "bai")]
CAT = {c[0]: c for c in CATS}
RENAMED = "dan-van-mat-tran"                      # day 3: renamed 'Dân vận khéo - Mặt trận' (slug dan-van-kheo-mat-tran); WordPress keeps no redirect
PER_PAGE = 20                                     # Settings > Reading: 'Blog pages show at most 20 posts' (Infinite Scroll 'click' batches too)
D = _dt.datetime


def slug_of(k, n):
    return "dan-van-kheo-mat-tran" if (k == RENAMED and n >= 3) else k


def name_of(k, n):
    return "Dân vận khéo - Mặt trận" if (k == RENAMED and n >= 3) else CAT[k][1]


# ---------------------------------------------------------------- the newsroom
_GAN = [D(2027, 5, 9, 8, 20), D(2027, 5, 8, 9, 40), D(2027, 5, 8, 7, 30), D(2027, 5, 7, 14, 0), D(2027, 5, 7, 10, 30), D(2027, 5, 6, 15, 10),
        D(2027, 5, 5, 9, 0)]
_CM = ["tin-hoat-dong", "tin-hoat-dong", "guong-sang", "xay-dung-dang", "tin-hoat-dong", "dan-van-mat-tran", "van-ban"]
_s = SoanTin(31401, 108, [(k, w, g, kieu) for (k, _, _, g, kieu), w in zip(CATS, (6, 4, 3, 2, 2))], XA, XA, AP,
             lich=lich31(31401, 108, _GAN, tu_ngay=D(2025, 9, 15, 7, 0)), id_dau=120, buoc=11, cm_dau=_CM, nguon="",
             chu_de=("dai-hoi-xiv", "hai-cap", "dan-van", "to-chuc", "hoc-tap-bac", "xa-hoi", "den-on", "kinh-te", "chuyen-doi-so"))
ARTS1 = _s.items
_N = [(D(2027, 5, 11, 16, 40), "tin-hoat-dong"), (D(2027, 5, 11, 10, 15), "xay-dung-dang"), (D(2027, 5, 11, 8, 5), "tin-hoat-dong"),
      (D(2027, 5, 10, 15, 20), "tin-hoat-dong"), (D(2027, 5, 10, 11, 0), "dan-van-mat-tran"), (D(2027, 5, 10, 8, 45), "tin-hoat-dong")]
_n = SoanTin(31402, len(_N), [(k, 1, g, kieu) for k, _, _, g, kieu in CATS], XA, XA, AP, lich=[d for d, _ in _N], cm_dau=[k for _, k in _N], id_dau=1400,
             buoc=5, chu_de=("hoc-tap-bac", "hai-cap", "dai-hoi-xiv", "den-on"))
NEW2 = [a for a in _n.items if a["ngay"] < D(2027, 5, 11)]
NEW3 = [a for a in _n.items if a["ngay"] >= D(2027, 5, 11)]
dat_ten_thong_bao([a for a in ARTS1 if a["cm"] == "van-ban"], "ĐU")
for _a in [a for a in ARTS1 if a["cm"] == "van-ban"]:
    _a["tieu_de"] = _a["tieu_de"].replace("-TB/ĐU", "-TB/ĐU xã")
ALL = ARTS1 + _n.items
tieu_de_duy_nhat(ALL)
_slugs = set()
for _a in sorted(ALL, key=lambda a: (a["ngay"], a["id"])):
    _b, _k = duong_dan(_a["tieu_de"], 200), 1
    while (_b if _k == 1 else "%s-%d" % (_b, _k)) in _slugs:       # wp_unique_post_slug: -2, -3 …
        _k += 1
    _a["slug"] = _b if _k == 1 else "%s-%d" % (_b, _k)
    _slugs.add(_a["slug"])
    _a["sua"] = _a["ngay"]
BY_ID = {a["id"]: a for a in ALL}
_BY_DATE = {a["ngay"]: a for a in ARTS1}
P1 = _BY_DATE[D(2027, 5, 7, 14, 0)]        # re-dated 07/05 14:00 -> 10/05 16:30 (day 2): back on top of the home page and its category
P2 = _BY_DATE[D(2027, 5, 8, 9, 40)]        # a figure corrected 10/05 10:05 (day 2); the cache file is rebuilt: new validators
P3 = _BY_DATE[D(2027, 5, 6, 15, 10)]       # moved to the trash 10/05 14:10 (day 2): 404
P4 = _BY_DATE[D(2027, 5, 7, 10, 30)]       # a shortcode of a plugin deactivated on 10/05: a fatal error (500) through day 2's run
P5 = _BY_DATE[D(2027, 5, 9, 8, 20)]        # retitled 11/05 09:30 (day 3); WordPress keeps the slug
assert (P1["cm"], P2["cm"], P4["cm"], P5["cm"]) == ("xay-dung-dang", "tin-hoat-dong", "tin-hoat-dong", "tin-hoat-dong"), (P1["cm"], P2["cm"], P4["cm"], P5["cm"])
STICKY = max((a for a in ARTS1 if a["cm"] == "tin-hoat-dong" and D(2026, 11, 1) < a["ngay"] < D(2027, 2, 28)), key=lambda a: a["xem"])   # 'Dính lên đầu trang'
P1_2 = dict(P1, ngay=D(2027, 5, 10, 16, 30), sua=D(2027, 5, 10, 16, 31))
P2_DOAN, P2_OLD, P2_NEW = sua_so(P2)
P2_2 = dict(P2, doan=P2_DOAN, sua=D(2027, 5, 10, 10, 5))
_m5 = _re.match(r"Thôn ([^:]+): chi bộ tổ chức (.*)$", P5["tieu_de"])
P5_NEW = ("Chi bộ thôn %s tổ chức %s" % _m5.groups()) if _m5 else P5["tieu_de"].replace(" các chi bộ ", " các chi bộ thôn ", 1) \
    if " các chi bộ " in P5["tieu_de"] else P5["tieu_de"] + " (cập nhật)"
P5_3 = dict(P5, tieu_de=P5_NEW, sua=D(2027, 5, 11, 9, 30))


class Ngay:
    def __init__(self, n):
        self.n = n
        v = {a["id"]: a for a in ARTS1}
        if n >= 2:
            v[P1["id"]], v[P2["id"]] = P1_2, P2_2
            del v[P3["id"]]
            for a in NEW2:
                v[a["id"]] = a
        if n >= 3:
            v[P5["id"]] = P5_3
            for a in NEW3:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.down = {P4["id"]} if n == 2 else set()

    def sec(self, k):
        return [a for a in self.arts if a["cm"] == k]


DAYS_W = {n: Ngay(n) for n in range(1, DAYS + 1)}
_DAY = [1]


def set_day(day):
    kiem_ngay(day)
    _DAY[0] = day


def W():
    return DAYS_W[_DAY[0]]


def url(a):
    return "/%s/" % a["slug"]


def cat_url(k, n):
    return "/chuyen-muc/%s/" % slug_of(k, n)


FBCLID = "IwAR2hT0k1nXeQ7vZq4_yL9sWm3pB8cJd6uNf5oKr1aXtE2gH"


def fb_url(a):
    return url(a) + "?fbclid=" + FBCLID


def xem_them(w, a):
    """Every 9th post's 'Xem thêm': the same category's post five back, pasted from Facebook (?fbclid=…)."""
    if a["id"] % 9 != 4:
        return None
    older = [b for b in w.sec(a["cm"]) if (b["ngay"], b["id"]) < (a["ngay"], a["id"])]
    return older[4] if len(older) > 4 else None


def ngay_wp(d):
    return "%s %s" % (ngay(d), gio(d))


FLAKY = "/chuyen-muc/xay-dung-dang/"
SLOW = "/chuyen-muc/guong-sang/"


# ---------------------------------------------------------------- validators: Apache serving WP Super Cache's static files (honest)
def cache_time(w, key, parts):
    """The cache file's mtime: rebuilt at the first request after the last change of what the page shows (a few minutes later)."""
    last = max([a["sua"] for a in parts] + [D(2027, 4, 1, 0, 0)])
    return last + _dt.timedelta(minutes=3 + len(key) % 9)


def validators(tv, body, mtime):
    etag = '"%x-%x"' % (len(body), int((mtime - D(1970, 1, 1, 7)).total_seconds()) * 1000000)
    lm = http_date(mtime)
    inm, ims = tv.h("If-None-Match"), doc_http_date(tv.h("If-Modified-Since"))
    if (inm and inm == etag) or (not inm and ims and ims >= mtime.replace(microsecond=0)):
        return True, [("ETag", etag), ("Last-Modified", lm)]
    return False, [("ETag", etag), ("Last-Modified", lm)]


def cached(tv, out, mtime):
    if out.status != 200:
        return out
    hit, hd = validators(tv, out.body, mtime)
    if hit:
        return Dapung(b"", 304, None, hd)
    out.headers += hd + [("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding,Cookie")]
    return out


# ---------------------------------------------------------------- pages
def shell(tv, w, title, main, canonical=None, body_class="", head="", scripts=""):
    n = w.n
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="%s">%s</a></li>' % (
        40 + c[2], 40 + c[2], cat_url(c[0], n), x(name_of(c[0], n))) for c in CATS)
    recent = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.arts[:5])
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s">%s</a> (%d)</li>' % (c[2], cat_url(c[0], n), x(name_of(c[0], n)), len(w.sec(c[0]))) for c in CATS)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="http://gmpg.org/xfn/11" />\n<title>%s &#8211; %s</title>\n<meta name=\'robots\' content=\'max-image-preview:large\' />\n'
        '<link rel=\'dns-prefetch\' href=\'//stats.wp.example\' />\n<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" '
        'href="%s/feed/" />\n%s<link rel=\'stylesheet\' id=\'wp-block-library-css\' href=\'/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1\' '
        'media=\'all\' />\n<style id=\'global-styles-inline-css\'>%s</style>\n<link rel=\'stylesheet\' id=\'colormag_style-css\' href=\'/wp-content/themes/'
        'colormag/style.css?ver=4.0.10\' media=\'all\' />\n<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n<link '
        'rel="https://api.w.org/" href="%s/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd" />\n<meta '
        'name="generator" content="WordPress 6.8.1" />\n%s</head>\n\n<body class="%s wp-embed-responsive cm-header-layout-1 adv-style-1 cm-normal-container '
        'cm-right-sidebar right-sidebar wide">\n<div id="page" class="hfeed site">\n<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>\n'
        '<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width"><div class="cm-top-bar"><div class="cm-container"><div class="'
        'cm-date">%s, %s</div></div></div><div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container"><div class="cm-row"><div '
        'class="cm-header-col-1"><div id="cm-site-branding" class="cm-site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="420" height="90" '
        'src="/wp-content/uploads/2025/08/logo-ky-hoa-tay.png" class="custom-logo" alt="%s" decoding="async" /></a></div></div></div></div></div><div id="cm-header-2" '
        'class="cm-header-2"><nav id="cm-primary-nav" class="cm-primary-nav"><div class="cm-container"><div class="cm-row"><div class="cm-menu-primary-container"><ul '
        'id="cm-primary-menu" class="menu"><li class="menu-item menu-item-home"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới '
        'thiệu</a></li>%s<li class="menu-item"><a href="/su-kien/">Lịch công tác</a></li></ul></div><div class="cm-top-search"><form action="/" class="search-form '
        'searchform clearfix" method="get" role="search"><div class="search-wrap"><input type="search" class="s field" name="s" value="" placeholder="Tìm kiếm" />'
        '<button class="search-icon" type="submit"></button></div></form></div></div></div></nav></div></div></header>\n<div id="cm-content" class="cm-content">'
        '<div class="cm-container"><div class="cm-row"><div id="cm-primary" class="cm-primary"><div class="cm-posts" id="main">%s</div></div><div id="cm-secondary" '
        'class="cm-secondary"><aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="cm-widget-title"><span>Bài viết mới</span></h3><ul>%s'
        '</ul></aside><aside id="categories-2" class="widget widget_categories"><h3 class="cm-widget-title"><span>Chuyên mục</span></h3><ul>%s</ul></aside><aside '
        'id="text-3" class="widget widget_text"><h3 class="cm-widget-title"><span>Liên kết</span></h3><div class="textwidget"><ul><li><a href="https://quangtin.'
        'dcs.example/" target="_blank" rel="noopener">Đảng bộ tỉnh Quảng Tín</a></li><li><a href="https://dichvucong.example/" target="_blank" rel="noopener">Cổng '
        'Dịch vụ công</a></li></ul></div></aside></div></div></div></div>\n<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar"><div class="cm-container">'
        '<div class="cm-footer-bar-area"><div class="cm-footer-bar__1"><p><strong>%s</strong></p><p>Địa chỉ: thôn Phú Tây, xã Kỳ Hòa Tây, tỉnh Quảng Tín. Điện '
        'thoại: 0235.38x.xxx.</p><p>Copyright &copy; 2027 %s. Sử dụng giao diện <a href="https://themegrill.example/themes/colormag" target="_blank" '
        'rel="nofollow">ColorMag</a>.</p></div></div></div></div></footer>\n</div><!-- #page -->\n<script type="speculationrules">\n{"prefetch":[{"source":"document",'
        '"where":{"and":[{"href_matches":"\\/*"},{"not":{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/*\\\\?(.+)"]}}]},'
        '"eagerness":"conservative"}]}\n</script>\n%s<script src="/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=4.0.10" id="colormag-custom-js">'
        '</script>\n<script id="colormag-inline">%s</script>\n</body>\n</html>\n<!-- Dynamic page generated in 0.412 seconds. -->\n<!-- Cached page generated by WP-Super-'
        'Cache on %s -->\n') % (
        x(title), x(BLOG), x(BLOG), tv.origin, ('<link rel="canonical" href="%s%s" />\n' % (tv.origin, x(canonical))) if canonical else "", pad_css(len(title) * 9 + 1, 19, "wp"),
        tv.origin, tv.origin, head, body_class, thu(NGAY[n]), ngay(NGAY[n]), x(BLOG), menu, main, recent, cats, x(BLOG.upper()), x(BLOG), scripts,
        pad_js(len(title) * 3 + 11, 10, "colormag"), NGAY[n].strftime("%Y-%m-%d %H:%M:%S"))


def entry(w, a, full=False):
    k = a["cm"]
    return ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s"><div class="cm-featured-image">'
            '<a href="%s" title="%s"><img width="800" height="445" src="/wp-content/uploads/%s/%d-800x445.jpg" class="attachment-colormag-featured-image '
            'size-colormag-featured-image wp-post-image" alt="" decoding="async" /></a></div><div class="cm-post-content"><div class="cm-entry-header-meta"><div '
            'class="cm-post-categories"><a href="%s" rel="category tag">%s</a></div></div><header class="cm-entry-header"><h2 class="cm-entry-title"><a href="%s" '
            'title="%s">%s</a></h2></header><div class="cm-below-entry-meta"><span class="cm-post-date"><a href="%s" title="%s" rel="bookmark"><time class="entry-date '
            'published" datetime="%s">%s</time></a></span> <span class="cm-author cm-vcard"><a class="url fn n" href="/author/bientap/" title="Ban biên tập">Ban biên '
            'tập</a></span></div><div class="cm-entry-summary"><p>%s</p><a class="cm-entry-button" title="%s" href="%s"><span>Đọc tiếp</span></a></div></div></article>'
            ) % (a["id"], a["id"], slug_of(k, w.n), url(a), x(a["tieu_de"]), a["ngay"].strftime("%Y/%m"), a["id"], cat_url(k, w.n), x(name_of(k, w.n)), url(a),
                 x(a["tieu_de"]), x(a["tieu_de"]), url(a), gio(a["ngay"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay_wp(a["ngay"]), x(a["sapo"]),
                 x(a["tieu_de"]), url(a))


def is_script(tv, w, qa, history_path, now=None):
    now = now or NGAY[w.n]
    last = qa.pop("_last")
    settings = {"id": "main", "ajaxurl": tv.origin + "/?infinity=scrolling", "type": "click", "wrapper": True, "wrapper_class": "infinite-wrap", "footer": "page",
                "click_handle": "1", "text": "Xem thêm", "totop": "Cuộn lên đầu trang", "currentday": now.strftime("%d.%m.%y"), "order": "DESC", "scripts": [],
                "styles": [], "google_analytics": False, "offset": 1, "history": {"host": tv.host, "path": history_path, "use_trailing_slashes": True, "parameters": ""},
                "query_args": dict(qa, **{"error": "", "m": "", "p": 0, "post_parent": "", "subpost": "", "subpost_id": "", "attachment": "", "attachment_id": 0, "name": "",
                                          "pagename": "", "page_id": 0, "second": "", "minute": "", "hour": "", "day": 0, "monthnum": 0, "year": 0, "w": 0, "tag": "",
                                          "paged": 0, "s": "", "category__in": [], "post__not_in": [], "ignore_sticky_posts": False, "suppress_filters": False,
                                          "posts_per_page": PER_PAGE, "nopaging": False, "no_found_rows": False, "order": "DESC"}),
                "query_before": now.strftime("%Y-%m-%d %H:%M:%S"), "last_post_date": last.strftime("%Y-%m-%d %H:%M:%S") if last else "",
                "body_class": "infinite-scroll neverending", "loading_text": "Đang tải trang mới", "stats": "blog=219843116&v=wpcom&tz=7&user_id=0&x_pagetype=infinite-click"}
    js = _json.dumps({"settings": settings}, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return ('<script id="the-neverending-homepage-js-extra">\n/* <![CDATA[ */\nvar infiniteScroll = %s;\n/* ]]> */\n</script>\n<script src="/wp-content/plugins/jetpack/'
            '_inc/build/infinite-scroll/infinity.min.js?ver=14.3" id="the-neverending-homepage-js"></script>\n' % js)


def archive(tv, w, title, posts, canonical, qa, history_path, page=1, feed=None):
    shown = posts[(page - 1) * PER_PAGE:page * PER_PAGE]
    qa = dict(qa, _last=shown[-1]["ngay"] if shown else None)
    main = ('<header class="cm-page-header"><h1 class="cm-page-title"><span>%s</span></h1></header><div class="cm-posts cm-layout-2 cm-layout-2-style-1 col-2">%s'
            '</div>') % (x(title), "".join(entry(w, a) for a in shown))
    head = ('<link rel="alternate" type="application/rss+xml" title="%s &raquo; %s Dòng thông tin của chuyên mục" href="%s%s" />\n' % (x(BLOG), x(title), tv.origin, feed)) if feed else ""
    scripts = is_script(tv, w, qa, history_path) if len(posts) > page * PER_PAGE else ""      # Jetpack prints the module only when there is more
    return shell(tv, w, title, main, None, "archive category infinite-scroll neverending" if scripts else "archive category", head, scripts)


def home(tv, w):
    n = w.n
    slide = [STICKY] + [a for a in w.arts if a["id"] != STICKY["id"]][:4]
    main = ('<section class="widget cm-featured-posts-slider-widget"><div class="cm-featured-posts-slider">%s</div></section>' % "".join(
        '<div class="cm-slide%s"><figure class="cm-featured-image"><a href="%s"><img src="/wp-content/uploads/%s/%d-800x445.jpg" alt="" /></a></figure><div class="'
        'cm-featured-content"><div class="cm-post-categories"><a href="%s">%s</a></div><h3 class="cm-entry-title"><a href="%s" title="%s">%s</a></h3><span '
        'class="cm-post-date">%s</span></div></div>' % (" sticky" if a is STICKY else "", url(a), a["ngay"].strftime("%Y/%m"), a["id"], cat_url(a["cm"], n),
                                                      x(name_of(a["cm"], n)), url(a), x(a["tieu_de"]), x(a["tieu_de"]), ngay_wp(a["ngay"])) for a in slide))
    for k, _, _, _, _ in CATS:
        its = w.sec(k)[:5]
        main += ('<section class="widget cm-featured-posts-widget"><h3 class="cm-widget-title" style="border-bottom-color:#207daf;"><span><a href="%s">%s</a></span>'
                 '</h3><div class="cm-first-post">%s</div><div class="cm-following-posts"><ul>%s</ul></div></section>') % (
            cat_url(k, n), x(name_of(k, n)), entry(w, its[0]), "".join('<li><a href="%s" title="%s">%s</a> <span class="cm-post-date">%s</span></li>' % (
                url(a), x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"])) for a in its[1:]))
    out = shell(tv, w, "Trang chủ", main, "/", "home page-template page-template-page-templates page-template-magazine page", "")
    return cached(tv, Dapung(out), cache_time(w, "/", w.arts[:30] + [STICKY]))


def body_html(tv, w, a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3 class=\"wp-block-heading\">%s</h3>" % x(a["muc"][j]))
        out.append("<p>%s</p>" % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="/wp-content/uploads/%s/%d-1-1024x576.jpg" '
                       'alt="" class="wp-image-%d" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % (a["ngay"].strftime("%Y/%m"), a["id"], a["id"] + 9000,
                                                                                                                         x(a["chu_thich"])))
    b = xem_them(w, a)
    if b is not None:
        out.append('<p><strong>Xem thêm:</strong> <a href="%s%s">%s</a></p>' % (tv.origin, x(fb_url(b)), x(b["tieu_de"])))
    return "".join(out)


def post(tv, w, a):
    n = w.n
    if a["kieu"] == "thongbao":
        att = ('<div class="wp-block-file"><a href="/wp-content/uploads/%s/%s.pdf">%s</a><a href="/wp-content/uploads/%s/%s.pdf" class="wp-block-file__button '
               'wp-element-button" download>Tải xuống</a></div>') % (a["ngay"].strftime("%Y/%m"), duong_dan(a["so_hieu"]), x(a["so_hieu"]), a["ngay"].strftime("%Y/%m"),
                                                                      duong_dan(a["so_hieu"]))
    else:
        att = ""
    main = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s"><div class="cm-featured-image">'
            '<img width="800" height="445" src="/wp-content/uploads/%s/%d-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image '
            'wp-post-image" alt="" decoding="async" /></div><div class="cm-post-content"><div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="%s" '
            'rel="category tag">%s</a></div></div><header class="cm-entry-header"><h1 class="cm-entry-title">%s</h1></header><div class="cm-below-entry-meta"><span '
            'class="cm-post-date"><a href="%s" title="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" '
            'datetime="%s">%s</time></a></span> <span class="cm-author cm-vcard"><a class="url fn n" href="/author/bientap/" title="Ban biên tập">Ban biên tập</a></span>'
            '</div><div class="cm-entry-summary"><p><strong>%s</strong></p>%s%s<p style="text-align: right;"><strong>%s</strong></p><div class="sharedaddy sd-sharing-'
            'enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
            '<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="%s?share=facebook" target="_blank" '
            'title="Chia sẻ lên Facebook"><span>Facebook</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button '
            'share-icon" href="%s#print?share=print" target="_blank" title="Nhấn để in"><span>In</span></a></li></ul></div></div></div></div></div></article>') % (
        a["id"], a["id"], slug_of(a["cm"], n), a["ngay"].strftime("%Y/%m"), a["id"], cat_url(a["cm"], n), x(name_of(a["cm"], n)), x(a["tieu_de"]), url(a),
        gio(a["ngay"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay_wp(a["ngay"]), a["sua"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay_wp(a["sua"]),
        x(a["sapo"]), body_html(tv, w, a), att, x(a["tac_gia"]), url(a), url(a))
    head = ('<link rel=\'shortlink\' href=\'%s/?p=%d\' />\n<link rel="amphtml" href="%s%s?amp=1">\n<meta property="article:published_time" content="%s" />\n' % (
        tv.origin, a["id"], tv.origin, url(a), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00")))
    out = shell(tv, w, a["tieu_de"], main, url(a), "post-template-default single single-post postid-%d single-format-standard" % a["id"], head)
    b = xem_them(w, a)
    return cached(tv, Dapung(out), cache_time(w, url(a), [a] + ([b] if b is not None else [])))


def amp(tv, w, a):
    return Dapung(('<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>%s &#8211; %s</title><link rel="canonical" href="%s%s"><meta name="viewport" '
                   'content="width=device-width"><style amp-custom>body{font-family:sans-serif}</style></head><body><header class="amp-wp-header"><a href="%s/">%s</a>'
                   '</header><article class="amp-wp-article"><h1 class="amp-wp-title">%s</h1><div class="amp-wp-meta">%s</div><div class="amp-wp-article-content"><p>'
                   '<strong>%s</strong></p>%s</div></article></body></html>') % (
        x(a["tieu_de"]), x(BLOG), tv.origin, url(a), tv.origin, x(BLOG), x(a["tieu_de"]), ngay_wp(a["ngay"]), x(a["sapo"]),
        "".join("<p>%s</p>" % x(p) for p in a["doan"])))


def infinity(tv, w):
    """Jetpack's Infinite Scroll endpoint: POST /?infinity=scrolling action=infinite_scroll&page=N&query_args[…]=…"""
    f = tv.form
    if f.get("action") != "infinite_scroll":
        return Dapung("0", 400, "text/html; charset=UTF-8")
    try:
        page = int(f.get("page", "2"))
        per = int(f.get("query_args[posts_per_page]", str(PER_PAGE)))
    except ValueError:
        return Dapung(_json.dumps({"type": "empty"}), 200, "application/json; charset=UTF-8")
    before = f.get("query_before") or ""
    k = next((c[0] for c in CATS if slug_of(c[0], w.n) == f.get("query_args[category_name]", "")), None)
    if k:
        posts = w.sec(k)
    elif f.get("query_args[author_name]") == "bientap":
        posts = w.arts
    else:
        posts = []
    if before:
        try:
            lim = D.strptime(before, "%Y-%m-%d %H:%M:%S")
            posts = [a for a in posts if a["ngay"] <= lim]
        except ValueError:
            pass
    per = max(1, min(per, 50))
    batch = posts[(page - 1) * per:page * per]
    if not batch:
        return Dapung(_json.dumps({"type": "empty"}), 200, "application/json; charset=UTF-8", [("X-Robots-Tag", "noindex")])
    html_ = '<div class="infinite-wrap infinite-view-%d" id="infinite-view-%d" data-page-num="%d" role="region" aria-label="Trang %d">%s</div>' % (
        page, page, page, page, "".join(entry(w, a) for a in batch))
    resp = {"type": "success", "html": html_, "lastbatch": page * per >= len(posts), "currentday": batch[-1]["ngay"].strftime("%d.%m.%y")}
    return Dapung(_json.dumps(resp, ensure_ascii=False), 200, "application/json; charset=UTF-8", [("X-Robots-Tag", "noindex"), ("Cache-Control", "no-cache")])


def feed(tv, w, k=None):
    items = (w.sec(k) if k else w.arts)[:10]
    return rss(tv.origin, "%s%s" % (BLOG, " &#8211; " + name_of(k, w.n) if k else ""), cat_url(k, w.n) if k else "/",
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items], ctype="application/rss+xml; charset=UTF-8",
               headers=[("Last-Modified", http_date(max(a["sua"] for a in items)))])


def events(tv, w, ym):
    y, m = int(ym[:4]), int(ym[5:7])
    pv = "%d-%02d" % ((y, m - 1) if m > 1 else (y - 1, 12))
    nx = "%d-%02d" % ((y, m + 1) if m < 12 else (y + 1, 1))
    main = ('<div class="tribe-events"><h1>Lịch công tác tháng %d/%d</h1><nav class="tribe-events-nav"><a href="/su-kien/thang/%s/">« Tháng trước</a> <a '
            'href="/su-kien/thang/%s/">Tháng sau »</a></nav><p>Không có sự kiện nào trong tháng này.</p></div>') % (m, y, pv, nx)
    return Dapung(shell(tv, w, "Sự kiện tháng %d/%d" % (m, y), main, None, "post-type-archive post-type-archive-tribe_events"))


def not_found(tv, w):
    return Dapung(shell(tv, w, "Không tìm thấy trang", '<section class="error-404 not-found"><header class="cm-page-header"><h1 class="cm-page-title">Rất tiếc! Không '
                        'tìm thấy trang này.</h1></header><p>Có vẻ như không có gì ở đây. Hãy thử tìm kiếm?</p></section>', None, "error404"), 404,
                  headers=[("Cache-Control", "no-cache, must-revalidate, max-age=0")])


def critical(tv):
    return Dapung('<!DOCTYPE html>\n<html dir=\'ltr\' lang=\'vi\'>\n<head>\n\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n\t<meta '
                  'name="viewport" content="width=device-width, initial-scale=1.0">\n\t<title>Lỗi WordPress</title>\n</head>\n<body id="error-page">\n\t<div '
                  'class="wp-die-message"><p>Đã xảy ra lỗi nghiêm trọng trên trang web của bạn.</p><p><a href="https://wordpress.org/documentation/article/faq-'
                  'troubleshooting/">Tìm hiểu thêm về gỡ lỗi trong WordPress.</a></p></div></body>\n</html>\n', 500, "text/html; charset=utf-8")


def handle(tv):
    w = W()
    p, q = tv.path, tv.query
    if p == "/robots.txt":
        return van_ban("User-agent: *\nCrawl-delay: 2\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\nDisallow: /search/\n"
                       "Disallow: /su-kien/thang/\nDisallow: /wp-json/\n")
    if p == "/" and tv.method == "POST" and tv.q.get("infinity") == "scrolling":
        return infinity(tv, w)
    if tv.method == "POST":
        return Dapung("", 405, "text/html; charset=UTF-8", [("Allow", "GET, HEAD")])
    if p.startswith("/wp-json") or tv.q.get("rest_route"):
        return Dapung(_json.dumps({"code": "rest_login_required", "message": "API REST chỉ dành cho người dùng đã đăng nhập.", "data": {"status": 401}},
                                  ensure_ascii=False), 401, "application/json; charset=UTF-8")
    if p == "/" and tv.q.get("p", "").isdigit():
        a = w.v.get(int(tv.q["p"]))
        return chuyen(tv.origin + url(a), 301) if a else not_found(tv, w)
    if p == "/" and (not q or tv.q.get("infinity")):
        return home(tv, w)
    if p in ("/wp-sitemap.xml", "/sitemap.xml", "/sitemap_index.xml"):
        return not_found(tv, w)                        # sitemaps switched off (wp_sitemaps_enabled = false; no SEO plugin)
    if p == "/feed/":
        return feed(tv, w)
    m = _re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/)?(feed/)?", p)
    if m:
        k = next((c[0] for c in CATS if slug_of(c[0], w.n) == m.group(1)), None)
        if k is None:
            return not_found(tv, w)
        if m.group(3):
            return feed(tv, w, k)
        pg = int(m.group(2) or 1)
        posts = w.sec(k)
        if pg > max(1, -(-len(posts) // PER_PAGE)):
            return not_found(tv, w)
        if p == FLAKY and chap_chon((w.n, FLAKY)):
            return Dapung("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service "
                          "Unavailable</h1>\n<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try "
                          "again later.</p>\n</body></html>\n", 503, "text/html; charset=iso-8859-1", [("Retry-After", "3")])
        if p == SLOW:
            cham(tv, 1.2)
        out = archive(tv, w, name_of(k, w.n), posts, None, {"category_name": slug_of(k, w.n), "cat": CAT[k][2]}, "/chuyen-muc/%s/page/%%d/" % slug_of(k, w.n), pg,
                      cat_url(k, w.n) + "feed/")
        return cached(tv, Dapung(out), cache_time(w, p, posts[:PER_PAGE * pg]))
    if p == "/author/bientap/":
        return Dapung(archive(tv, w, "Ban biên tập", w.arts, None, {"author_name": "bientap"}, "/author/bientap/page/%d/"))
    if p == "/gioi-thieu/":
        s, t, ps = TRANG_TINH[0]
        return Dapung(shell(tv, w, t, '<article class="page"><header class="cm-entry-header"><h1 class="cm-entry-title">%s</h1></header><div class="cm-entry-summary">'
                            '%s</div></article>' % (x(t), "".join("<p>%s</p>" % x(pp) for pp in ps)), "/gioi-thieu/", "page-template-default page"))
    if p == "/su-kien/":
        return events(tv, w, "2027-05")
    m = _re.fullmatch(r"/su-kien/thang/(\d{4}-\d{2})/", p)
    if m and 1 <= int(m.group(1)[5:]) <= 12:
        return events(tv, w, m.group(1))
    if p.startswith("/wp-content/"):
        return Dapung(b"%PDF-1.4\n%%EOF\n", 200, "application/pdf")
    m = _re.fullmatch(r"/([a-z0-9-]+)/", p)
    if m:
        a = next((b for b in w.arts if b["slug"] == m.group(1)), None)
        if a is None:
            return not_found(tv, w)
        if a["id"] in w.down:
            return critical(tv)
        if tv.q.get("amp") == "1":
            return amp(tv, w, a)
        if tv.q.get("share") == "facebook":              # Jetpack's sharing button (no JavaScript): off to the sharer
            return chuyen("https://www.facebook.example/sharer.php?u=" + ma_hoa(tv.origin + url(a), safe="") + "&t=" + ma_hoa(a["tieu_de"], safe=""), 302)
        return post(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Apache/2.4.62 (Ubuntu)")], moi_lan=lambda tv, out: [("X-Powered-By", "PHP/8.1.31")] if out.status != 304 else [], post=True)


# ---------------------------------------------------------------- manifests, probes, ground truth
def plain_reach(w):
    """What a crawler reaches without Infinite Scroll: the home page, the sidebar, the feeds, every archive's first page (20), and the 'Xem thêm'
    links of the posts it reaches."""
    seen = {STICKY["id"]} | {a["id"] for a in w.arts[:PER_PAGE]}
    for k, _, _, _, _ in CATS:
        seen |= {a["id"] for a in w.sec(k)[:PER_PAGE]}
    todo = list(seen)
    while todo:
        a = w.v.get(todo.pop())
        if a is None or a["id"] in w.down:
            continue
        b = xem_them(w, a)
        if b is not None and b["id"] not in seen:
            seen.add(b["id"])
            todo.append(b["id"])
    return seen


def mtime_of(n, a):
    w = DAYS_W[n]
    b = xem_them(w, a)
    return cache_time(w, url(a), [a] + ([b] if b is not None else []))


_FAMILY = ("WordPress 6.8 (Apache 2.4 + PHP 8.1) with ThemeGrill's ColorMag, Jetpack (Infinite Scroll, 'click' type) and WP Super Cache, of a commune Party "
           "committee (Đảng bộ xã Kỳ Hòa Tây, tỉnh Quảng Tín): /<post-name>/ posts, /chuyen-muc/<slug>/ archives of 20 with NO pager links (Jetpack), honest "
           "Apache validators on the cached pages, a sticky post on the home slider, the REST API closed to guests, no sitemap; older posts only through "
           "var infiniteScroll = {…} -> POST /?infinity=scrolling")
_NOTES = ("Posts /<post-name>/ (a retitled post keeps its slug), dated 'dd/mm/yyyy HH:MM' in <time class=\"entry-date published\">, canonical the post "
          "(WordPress core); ?p=<id> 301s to it (the head's shortlink); an AMP reader view <post>?amp=1 (<link rel=amphtml>, canonical to the post); 'Xem thêm' "
          "links of every ninth post paste the address from Facebook with ?fbclid=… (200, canonical to the post). Archives /chuyen-muc/<slug>/ (category base "
          "'chuyen-muc') and /author/bientap/ show 20 posts (Settings > Reading) and NO pager: Jetpack's Infinite Scroll (type 'click') prints "
          "var infiniteScroll = {\"settings\": {\"ajaxurl\": \"<site>\\/?infinity=scrolling\", \"offset\": 1, \"query_args\": {\"category_name\": …, …, "
          "\"posts_per_page\": 20}, \"query_before\": …, \"history\": {\"path\": \"\\/chuyen-muc\\/<slug>\\/page\\/%d\\/\"}, …}} and infinity.js POSTs "
          "action=infinite_scroll&page=2&query_args[category_name]=…&… to /?infinity=scrolling, answered by JSON {type: success, html: <the next 20>, lastbatch}; "
          "the /chuyen-muc/<slug>/page/N/ addresses exist but nothing links them. The home page: ColorMag's magazine template (a featured slider whose first "
          "slide is a sticky post of 01/2027, a block of 5 per category); sidebar 'Bài viết mới' (5) and 'Chuyên mục'. Feeds /feed/ and "
          "/chuyen-muc/<slug>/feed/ (10; head links). No sitemap (WordPress's own switched off, no SEO plugin: /wp-sitemap.xml and /sitemap.xml 404); the REST "
          "API answers 401 'rest_login_required' to guests (a security plugin) although the head still names it. Cached pages are Apache's static files (WP "
          "Super Cache): ETag \"<size hex>-<mtime µs hex>\" and Last-Modified = the cache file's mtime, rebuilt a few minutes after the page's content changes, "
          "304 on a match: honest validators. The Events Calendar's month view /su-kien/thang/YYYY-MM/ forever (trap, robots). Search /?s= (robots).")
_TAIL = {
    1: " Day 1 of three (the run of Mon 10/05/2027 01:47).",
    2: (" DAY 2 (Tue 11/05 01:58): three new posts; '%s' re-dated 07/05 14:00 -> 10/05 16:30 (back on top of the home page and its category, above the "
        "day's new posts); '%s' corrected (10/05 10:05; new validators); '%s' moved to the trash (404); '%s' answers a fatal error (500) all run (a shortcode "
        "of a plugin deactivated on 10/05)." % (P1["tieu_de"], P2["tieu_de"], P3["tieu_de"], P4["tieu_de"])),
    3: (" DAY 3 (Wed 12/05 02:36): three new posts; '%s' retitled '%s' (11/05 09:30); the category 'Dân vận - Mặt trận' renamed 'Dân vận khéo - Mặt trận' "
        "(slug dan-van-kheo-mat-tran: the old archive address 404s, posts keep theirs); the fatal error is gone." % (P5["tieu_de"], P5_NEW)),
}


def _manifest(n):
    w = DAYS_W[n]
    reach = plain_reach(w)
    fb = {xem_them(w, a)["id"] for a in w.arts if xem_them(w, a) is not None and a["id"] not in w.down}
    arts = {}
    for a in w.arts:
        if a["id"] in w.down:
            continue
        arts[url(a)] = {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"),
                        "aliases": ["/?p=%d" % a["id"], url(a) + "?amp=1"] + ([fb_url(a)] if a["id"] in fb else [])}
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts,
            "robots_disallowed": ["/wp-admin/", "/?s=", "/search/", "/su-kien/thang/", "/wp-json/"], "trap_prefixes": ["/su-kien/thang/"],
            "only_via": {"jetpack-scroll": [url(a) for a in w.arts if a["id"] not in reach and a["id"] not in w.down]}, "flaky": {FLAKY: 503}, "slow": [SLOW],
            "notes": _NOTES + _TAIL[n]}


MANIFEST = _manifest(1)
MANIFEST_DAY2 = _manifest(2)
MANIFEST_DAY3 = _manifest(3)


def _last(a):
    return a["doan"][-1]


def _new(n, a):
    w = DAYS_W[n]
    by = ["%s (first page, %d%s)" % (cat_url(a["cm"], n), w.sec(a["cm"]).index(a) + 1, "st" if w.sec(a["cm"]).index(a) == 0 else "th"),
          "the home slider below the sticky post" if a in w.arts[:4] else "its category's home block", "the sidebar 'Bài viết mới'", "/feed/"]
    return muc21("new", a, True, "Published %s, between the day-%d and day-%d runs. Reached by: %s." % (dm(a["ngay"]), n - 1, n, "; ".join(by)),
                 url(a), first_day=n, first=None, due_by="new", contains=a["doan"][0], reached_by=by,
                 checks=[{"path": cat_url(a["cm"], n), "status": 200, "contains": 'href="%s"' % url(a)}, {"path": "/feed/", "status": 200, "contains": url(a) + "<"}])


def _day2():
    out = {url(a): _new(2, a) for a in NEW2}
    out[url(P1)] = muc21(
        "redated", P1_2, True,
        "Published 07/05 14:00 (inside day 2's window, from 04/05 01:58). On 10/05 16:31 an editor added photos and changed its publication date to 10/05 16:30 "
        "to bring it back on top: the home slider and its category now show it FIRST, above the day's new posts, under the same address (a walk that stops at "
        "the first archived post there misses them). The record takes the new minute (the page prints it).",
        url(P1), first_day=1, first=trang_thai(P1, _last(P1)), due_by="window", changed_on=2, same=url(P1), contains=_last(P1), published=P1_2["ngay"],
        checks=[{"path": url(P1), "status": 200, "contains": "10/05/2027 16:30"}],
        noticed_on=[{"path": cat_url("xay-dung-dang", 2), "status": 200, "contains": 'href="%s" title="16:30" rel="bookmark"' % url(P1)}])
    out[url(P2)] = muc21(
        "corrected_silent", P2_2, True,
        "Published 08/05 09:40 (inside day 2's window). A figure corrected on 10/05 10:05 (no note); WP Super Cache rebuilt the page's file, so its ETag and "
        "Last-Modified moved: a conditional request with the day-1 validators gets the whole new page (honest validators). The record takes the corrected text.",
        url(P2), first_day=1, first=trang_thai(P2, P2_OLD), due_by="window", changed_on=2, same=url(P2), contains=P2_NEW, lacks=P2_OLD,
        checks=[{"path": url(P2), "status": 200, "headers": {"If-Modified-Since": http_date(mtime_of(1, P2))}, "contains": x(P2_NEW)}])
    out[url(P3)] = muc21(
        "withdrawn_404_trash", P3, True,
        "Published 06/05 15:10 (inside day 2's window); moved to the trash on 10/05 14:10: WordPress's 404 'Rất tiếc! Không tìm thấy trang này.'. The record "
        "and its text are kept, marked withdrawn.",
        None, first_day=1, first=trang_thai(P3, _last(P3)), due_by="window", changed_on=2, same=url(P3), withdrawn=True, contains=_last(P3),
        checks=[{"path": url(P3), "status": 404}])
    out[url(P4)] = muc21(
        "recheck_500", P4, True,
        "Unchanged. Published 07/05 10:30 (inside day 2's window): re-checked, it answers WordPress's 500 'Đã xảy ra lỗi nghiêm trọng trên trang web của bạn.' "
        "all run (its text holds a shortcode of a plugin deactivated on 10/05; fixed on 11/05). Neither a version nor a withdrawal: one record, its day-1 state.",
        None, first_day=1, first=trang_thai(P4, _last(P4)), due_by="guard", same=url(P4), contains=_last(P4), guard=True,
        answer={"path": url(P4), "status": 500}, checks=[{"path": url(P4), "status": 500}])
    return out


def _day3(prev):
    w = DAYS_W[3]
    out = {url(a): _new(3, a) for a in NEW3}
    out[url(P5)] = muc21(
        "retitled", P5_3, True,
        "Published 09/05 08:20 (inside day 3's window, from 05/05 02:36). Retitled on 11/05 09:30 ('%s'); WordPress keeps the slug, the address stays. The "
        "category's first page shows the new headline. The record takes the new title." % P5_NEW,
        url(P5), first_day=1, first=trang_thai(P5, _last(P5)), due_by="window", changed_on=3, same=url(P5), contains=_last(P5),
        checks=[{"path": url(P5), "status": 200, "contains": x(P5_NEW)}],
        noticed_on=[{"path": cat_url("tin-hoat-dong", 3), "status": 200, "contains": x(P5_NEW)}])
    out[url(P4)] = muc21(
        "recovered_after_500", P4, True, "Unchanged; the day-2 fatal error is gone: the same record, its day-1 state.",
        url(P4), first_day=1, first=trang_thai(P4, _last(P4)), due_by="guard", same=url(P4), contains=_last(P4), guard=True,
        checks=[{"path": url(P4), "status": 200, "contains": x(_last(P4))}])
    out[url(P1)] = giu_lai(prev[url(P1)], 3, "Kept from day 2: the new minute, 10/05 16:30.", url(P1))
    out[url(P2)] = giu_lai(prev[url(P2)], 3, "Kept from day 2: the corrected text.", url(P2), checks=[{"path": url(P2), "status": 200, "contains": x(P2_NEW)}])
    out[url(P3)] = giu_lai(prev[url(P3)], 3, "Kept from day 2: withdrawn (404), its text kept.", None, shown_on=1)
    return out


_D2 = _day2()
_D3 = _day3(_D2)
_a0 = DAYS_W[1].arts[0]
_tin = DAYS_W[1].sec("tin-hoat-dong")
_ISB = ("action=infinite_scroll&page=2&currentday=10.05.27&order=DESC&query_args%5Bcategory_name%5D=tin-hoat-dong&query_args%5Bposts_per_page%5D=20"
        "&query_before=2027-05-10+01%3A47%3A00").encode()
SELFTEST = [
    {"path": "/chuyen-muc/tin-hoat-dong/", "status": 200, "contains": "var infiniteScroll = ", "not_contains": "/page/2/\""},
    {"path": "/chuyen-muc/tin-hoat-dong/", "status": 200, "not_contains": 'href="%s"' % url(_tin[PER_PAGE])},
    {"path": "/?infinity=scrolling", "method": "POST", "body": _ISB, "status": 200, "contains": url(_tin[PER_PAGE])},
    {"path": "/?p=%d" % _a0["id"], "status": 301, "location": url(_a0)},
    {"path": "/wp-json/wp/v2/posts", "status": 401},
    {"path": "/wp-sitemap.xml", "status": 404},
    {"path": url(_a0), "status": 304, "headers": {"If-Modified-Since": http_date(mtime_of(1, _a0))}},
    {"path": url(_a0), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(_a0)},
    {"path": url(_a0) + "?amp=1", "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s">' % url(_a0)},
    {"path": "/", "status": 200, "contains": 'cm-slide sticky"><figure class="cm-featured-image"><a href="%s"' % url(STICKY)},
]
SELFTEST_DAY2 = [
    {"path": url(P3), "status": 404},
    {"path": url(P4), "status": 500},
    {"path": "/", "status": 200, "contains": 'cm-slide"><figure class="cm-featured-image"><a href="%s"' % url(P1)},
]
SELFTEST_DAY3 = [
    {"path": "/chuyen-muc/dan-van-mat-tran/", "status": 404},
    {"path": "/chuyen-muc/dan-van-kheo-mat-tran/", "status": 200, "contains": "Dân vận khéo - Mặt trận"},
]
SUMMARY = {
    "clock": clock(),
    "timeline": {"1": "an ordinary day", "2": "3 new below a re-dated post (and the sticky one); a silent correction with honest new validators; a post in the "
                 "trash (404); a post answering a fatal error all run", "3": "3 new; a retitle; a category renamed (its old archive address 404s); the 500 "
                 "recovered"},
    "chains": ["/ -> menu /chuyen-muc/<slug>/ (20 newest) -> /<post-name>/; the sidebar 'Bài viết mới'; the home blocks",
               "/chuyen-muc/<slug>/ -> var infiniteScroll = {settings: {ajaxurl: '/?infinity=scrolling', offset: 1, query_args: {category_name: …}, …}} -> POST "
               "/?infinity=scrolling action=infinite_scroll&page=2&query_args[category_name]=…&… -> JSON {type: success, html, lastbatch} -> the older posts",
               "head links -> /feed/, /chuyen-muc/<slug>/feed/ (10 each)",
               "a post's 'Xem thêm' -> <post>?fbclid=… (the address pasted from Facebook)"],
    "discovery": [
        "every archive shows its 20 newest posts and no pager: Jetpack's Infinite Scroll ('click') loads the rest with infinity.js, which POSTs the settings of "
        "the inline var infiniteScroll = {…} (action=infinite_scroll, page=2…, query_args[…], query_before) to /?infinity=scrolling; there is no sitemap and the "
        "REST API is closed to guests -- a crawler that does not page the Infinite Scroll never sees the older posts (only_via jetpack-scroll %d)" % len(
            MANIFEST["only_via"]["jetpack-scroll"]),
        "a sticky post of 01/2027 first in the home slider and, on day 2, a recent post re-dated to the top, above the day's new posts; honest validators (no "
        "only_via)"],
    "set31_pages": {"jetpack-scroll": ["/chuyen-muc/tin-hoat-dong/", "/chuyen-muc/xay-dung-dang/"]},
    "alias_kinds": ["?p=<id> (301; the head's shortlink)", "<post>?amp=1 (200, canonical to the post; link rel=amphtml)",
                    "<post>?fbclid=… (200, canonical to the post; 'Xem thêm' pasted from Facebook)"],
    "quirks": ["Crawl-delay: 2", "no pager on any archive (Jetpack Infinite Scroll)", "a sticky post first in the home slider", "no sitemap; REST API 401 to guests",
               "honest Apache validators on WP Super Cache's files (304 on a match)", "%s 503 (Retry-After: 3) every other request" % FLAKY,
               "%s slow (1.2 s)" % SLOW, "month calendar trap under robots' Disallow: /su-kien/thang/"],
    "not_articles": [],
    "not_articles_day2": [url(P3)],
    "not_articles_day3": [url(P3)],
    "validators": "honest: ETag \"<size hex>-<mtime µs hex>\" and Last-Modified = the WP Super Cache file's mtime (rebuilt when the page changes), 304 on a "
                  "match, on posts, the home page and the first archive pages; feeds a Last-Modified",
    "day2": _D2,
    "day3": _D3,
}
