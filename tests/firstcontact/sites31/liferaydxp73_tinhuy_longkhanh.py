"""Blind replica, set 31, site A: the portal of a provincial Party committee (Đảng bộ tỉnh Long Khánh) on Liferay DXP 7.3 (Tomcat 9
behind Apache httpd) with Viettel's portal theme and news portlets.  Three days (the daily timer's runs of 10, 11 and 12 May 2027).
Stdlib only; WSGI `app`; set_day(1..3).  Written blind; every name, person and event is made up."""
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

SITE = "Đảng bộ tỉnh Long Khánh"
PORTAL = "Cổng Thông tin điện tử Đảng bộ tỉnh Long Khánh"
XA = ["Phú Lâm Đông", "Tân Hòa Thạnh", "Suối Đá", "Bình Lộc Tây", "Xuân Hiệp", "Lộc An", "Gia Tân", "Mỹ Hưng Sơn", "Bàu Sen", "Hòa Thuận"]
AP = ["ấp Bình Tân", "ấp Suối Tre", "khu phố 2", "ấp Hòa Bình", "tổ dân phố 5", "ấp Cây Da", "ấp Bàu Trâm"]
SECS = [("tin-hoat-dong", "Tin hoạt động", "tinhuy", "bai", "Xq3pWm7tK2aB"), ("xay-dung-dang", "Xây dựng Đảng", "khoi", "bai", "Rk8vLs2nD5eQ"),
        ("tuyen-giao-dan-van", "Tuyên giáo - Dân vận", "btgdv", "bai", "Hy4cZt9pJ1mW"), ("van-ban", "Văn bản", "tinhuy", "thongbao", "Nb6fGq3xV8rT")]
SEC = {k: (k, t, g, kieu, inst) for k, t, g, kieu, inst in SECS}
SECNAME = {k: t for k, t, _, _, _ in SECS}
CD = "chuyen-de"                                   # the hidden chuyên đề (the twist)
CD_NAME = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2027"
CD_PID = "vtchuyende_WAR_vtportalnewsportlet_INSTANCE_Lk2Pq9Zr"
CD_ID = 88231
PER_PAGE = 10
GROUP = "20121"
AUTH = "Xe7kQ2pL"
D = _dt.datetime


def pid(k):
    return "vtnewslist_WAR_vtportalnewsportlet_INSTANCE_" + SEC[k][4]


# ---------------------------------------------------------------- the newsroom (day 1)
_GAN = [D(2027, 5, 9, 8, 40), D(2027, 5, 8, 14, 30), D(2027, 5, 8, 8, 0), D(2027, 5, 7, 15, 40), D(2027, 5, 7, 9, 20), D(2027, 5, 6, 16, 10),
        D(2027, 5, 6, 10, 5), D(2027, 5, 5, 14, 45), D(2027, 5, 4, 9, 30)]
_CM = ["tuyen-giao-dan-van", "tin-hoat-dong", "tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "tuyen-giao-dan-van", "van-ban", "tin-hoat-dong",
       "xay-dung-dang"]
_s = SoanTin(31101, 86, [("tin-hoat-dong", 8, "tinhuy", "bai"), ("xay-dung-dang", 4, "khoi", "bai"), ("tuyen-giao-dan-van", 4, "btgdv", "bai"),
                         ("van-ban", 3, "tinhuy", "thongbao")], XA, XA, AP, lich=lich31(31101, 86, _GAN, tu_ngay=D(2026, 6, 15, 7, 0)), id_dau=40100,
             buoc=7, cm_dau=_CM, chu_de=("dai-hoi-xiv", "hai-cap", "chuyen-doi-so", "kiem-tra", "to-chuc", "kinh-te", "den-on", "tu-tuong", "dan-van"))
_c = SoanTin(31102, 20, [(CD, 1, "btgdv", "bai")], XA, XA, AP, lich=lich31(31103, 20, [D(2027, 5, 7, 10, 30)], tu_ngay=D(2027, 1, 20, 7, 0)),
             id_dau=47000, buoc=5, chu_de=("hoc-tap-bac",))
ARTS1 = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
dat_ten_thong_bao([a for a in ARTS1 if a["cm"] == "van-ban"], "TU")
# day 2 and day 3 newcomers
_N2 = [(D(2027, 5, 10, 17, 5), "tin-hoat-dong"), (D(2027, 5, 10, 15, 0), "van-ban"), (D(2027, 5, 10, 14, 20), "tin-hoat-dong"),
       (D(2027, 5, 10, 8, 30), "tin-hoat-dong")]
_N3 = [(D(2027, 5, 11, 19, 10), "tin-hoat-dong"), (D(2027, 5, 11, 18, 25), "tin-hoat-dong"), (D(2027, 5, 11, 17, 40), "xay-dung-dang"),
       (D(2027, 5, 11, 16, 55), "tin-hoat-dong"), (D(2027, 5, 11, 16, 5), "tin-hoat-dong"), (D(2027, 5, 11, 15, 20), "tin-hoat-dong"),
       (D(2027, 5, 11, 14, 35), "tin-hoat-dong"), (D(2027, 5, 11, 13, 50), "tin-hoat-dong"), (D(2027, 5, 11, 11, 15), "tin-hoat-dong"),
       (D(2027, 5, 11, 10, 30), "xay-dung-dang"), (D(2027, 5, 11, 9, 45), "tin-hoat-dong"), (D(2027, 5, 11, 9, 0), "tin-hoat-dong"),
       (D(2027, 5, 11, 8, 15), "tin-hoat-dong"), (D(2027, 5, 11, 7, 30), "tin-hoat-dong")]
_n = SoanTin(31104, len(_N2) + len(_N3), [("tin-hoat-dong", 1, "tinhuy", "bai"), ("xay-dung-dang", 1, "khoi", "bai"), ("van-ban", 1, "tinhuy", "thongbao")],
             XA, XA, AP, lich=[d for d, _ in sorted(_N2 + _N3, reverse=True)], cm_dau=[k for _, k in sorted(_N2 + _N3, reverse=True)], id_dau=40800, buoc=3,
             chu_de=("dai-hoi-xiv", "hai-cap", "to-chuc", "chuyen-doi-so", "hoc-tap-bac"))
dat_ten_thong_bao([a for a in _n.items if a["cm"] == "van-ban"], "TU")
NEW2 = [a for a in _n.items if a["ngay"] < D(2027, 5, 11)]
NEW3 = [a for a in _n.items if a["ngay"] >= D(2027, 5, 11)]
_HOI_NGHI = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười một (mở rộng)"
_busy = sorted((a for a in NEW3 if a["cm"] == "tin-hoat-dong"), key=lambda a: a["ngay"])[:5]      # the busy day: the committee's plenum
for _a, _t in zip(_busy, ("%s khai mạc" % _HOI_NGHI, "%s thảo luận báo cáo sơ kết hai năm vận hành chính quyền hai cấp" % _HOI_NGHI,
                          "%s cho ý kiến về công tác cán bộ" % _HOI_NGHI, "%s bế mạc" % _HOI_NGHI,
                          "Bí thư Tỉnh ủy trả lời phỏng vấn bên lề %s" % _HOI_NGHI)):
    _a["tieu_de"] = _t
ALL = ARTS1 + _n.items
tieu_de_duy_nhat(ALL)
_slugs = set()
for _a in sorted(ALL, key=lambda a: (a["ngay"], a["id"])):
    _b, _k = duong_dan(_a["tieu_de"], 80), 0
    while (_b if not _k else "%s-%d" % (_b, _k)) in _slugs:       # Liferay makes a url-title unique with -1, -2 …
        _k += 1
    _a["slug"] = _b if not _k else "%s-%d" % (_b, _k)
    _slugs.add(_a["slug"])
for _a in ALL:
    _a["sua"] = _a["ngay"]
    _a["xem"] = _a["xem"] if _a["ngay"] < D(2027, 5, 1) else 40 + _a["id"] % 300
BY_ID = {a["id"]: a for a in ALL}
_BY_DATE = {a["ngay"]: a for a in ARTS1}
R1 = _BY_DATE[D(2027, 5, 7, 9, 20)]          # retitled on 10/05 10:15 (day 2)
R2 = _BY_DATE[D(2027, 5, 7, 15, 40)]         # members only from 10/05 11:00 (day 2): guests sent to the login page
R3 = _BY_DATE[D(2027, 5, 8, 14, 30)]         # stamp corrected 14:30 -> 09:30 on 11/05 08:05 (day 3)
R4 = _BY_DATE[D(2027, 5, 6, 16, 10)]         # answers 500 through day 2's run, back on day 3
R5 = _BY_DATE[D(2027, 5, 8, 8, 0)]           # expired on 11/05 17:00 (day 3): the vendor's 'không tồn tại' page, 200
O1 = min((a for a in ARTS1 if a["cm"] == "tin-hoat-dong" and a["kieu"] == "bai" and D(2027, 3, 1) < a["ngay"] < D(2027, 3, 31)),
         key=lambda a: (a["xem"], a["id"]))        # a little-read item: never among the pinned
assert R1["cm"] == "tin-hoat-dong" and R3["cm"] == "tin-hoat-dong" and R5["cm"] == "tin-hoat-dong" and R2["cm"] == "xay-dung-dang"
R1_NEW = R1["tieu_de"].replace("Thường trực Tỉnh ủy nghe", "Thường trực Tỉnh ủy nghe Đảng ủy các xã") if "Thường trực Tỉnh ủy nghe" in R1["tieu_de"] \
    else "Đính chính: " + R1["tieu_de"]
R1_2 = dict(R1, tieu_de=R1_NEW, sua=D(2027, 5, 10, 10, 15))
R3_3 = dict(R3, ngay=D(2027, 5, 8, 9, 30), sua=D(2027, 5, 11, 8, 5))
O1_DOAN, O1_OLD, O1_NEW = sua_so(O1)
O1_2 = dict(O1, doan=O1_DOAN, sua=D(2027, 5, 10, 16, 40))
DELETED = [("hoi-nghi-so-ket-cong-tac-tuyen-giao-quy-i-nam-2026", D(2026, 4, 8, 9, 0)), ("ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-xa-gia-tan-ve-dong-chi-bo",
                                                                                          D(2026, 9, 17, 14, 0))]


class Ngay:
    """The site on day n: every article's state that day, the lists' order, what misbehaves."""

    def __init__(self, n):
        self.n = n
        v = {a["id"]: a for a in ARTS1}
        if n >= 2:
            v[R1["id"]], v[O1["id"]] = R1_2, O1_2
            del v[R2["id"]]
            for a in NEW2:
                v[a["id"]] = a
        if n >= 3:
            v[R3["id"]] = R3_3
            del v[R5["id"]]
            for a in NEW3:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.gone = {R2["id"]: "login"} if n >= 2 else {}
        if n >= 3:
            self.gone[R5["id"]] = "expired"
        self.down = {R4["id"]} if n == 2 else set()
        self.by_modified = n >= 2                          # from 10/05 the 'Tin hoạt động' portlet sorts by 'Ngày cập nhật'
        self.sitemap_at = NGAY[n].replace(hour=3, minute=0) - _dt.timedelta(days=1)     # the vendor's nightly file, written at 03:00

    def sec(self, k):
        items = [a for a in self.arts if a["cm"] == k]
        if k == "tin-hoat-dong" and self.by_modified:
            items.sort(key=lambda a: (a["sua"], a["id"]), reverse=True)
        return items

    def pinned(self, k):
        """The portlet's 'Tin tiêu điểm': the two most-read items older than the first page, on top of every page."""
        base = sorted((a for a in self.arts if a["cm"] == k), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        return sorted(base[PER_PAGE:PER_PAGE + 14], key=lambda a: (-a["xem"], a["id"]))[:2]

    def public(self):
        return [a for a in self.arts if a["cm"] != CD]


DAYS_W = {n: Ngay(n) for n in range(1, DAYS + 1)}
_DAY = [1]


def set_day(day):
    kiem_ngay(day)
    _DAY[0] = day


def W():
    return DAYS_W[_DAY[0]]


def url(a):
    return "/w/" + a["slug"]


def grp_url(a):
    return "/web/guest/w/" + a["slug"]


def back_url(a):
    return url(a) + "?p_l_back_url=%2Ftrang-chu"


def list_url(k, n=1):
    if n == 1:
        return "/" + k
    p = pid(k)
    return "/%s?p_p_id=%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_%s_cur=%d&_%s_delta=%d" % (k, p, p, n, p, PER_PAGE)


def last_page(w, k):
    return max(1, -(-len(w.sec(k)) // PER_PAGE))


def ngay_lf(d):
    return "%s, %s - %s" % (thu(d), ngay(d), gio(d))


FLAKY = list_url("xay-dung-dang", 2)
SLOW = list_url("van-ban", 2)
CD_RES = ("/trang-chu?p_p_id=%s&p_p_lifecycle=2&p_p_state=normal&p_p_mode=view&p_p_resource_id=%%2Fchuyen-de%%2Fdanh-sach&"
          "p_p_cacheability=cacheLevelPage" % CD_PID)


# ---------------------------------------------------------------- chrome
def top_head(tv, layout, rel_url):
    return ('<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.Browser = {acceptsGzip: function() '
            '{return true;}, getMajorVersion: function() {return 124.0;}, getRevision: function() {return "537.36";}, getVersion: function() {return "124.0";}, '
            'isAir: function() {return false;}, isChrome: function() {return true;}, isEdge: function() {return false;}, isFirefox: function() {return false;}, '
            'isGecko: function() {return true;}, isIe: function() {return false;}, isIphone: function() {return false;}, isMobile: function() {return false;}, '
            'isSafari: function() {return true;}, isWebKit: function() {return true;}};\nLiferay.Data = Liferay.Data || {};\nLiferay.Data.ICONS_INLINE_SVG = true;\n'
            'Liferay.Data.NAV_SELECTOR = \'#navigation\';\nLiferay.Data.NAV_SELECTOR_MOBILE = \'#navigationCollapse\';\nLiferay.Data.isCustomizationView = '
            'function() {return false;};\nLiferay.Data.notices = [null];\nLiferay.PortletKeys = {DOCUMENT_LIBRARY: \'com_liferay_document_library_web_portlet_DLPortlet\', '
            'DYNAMIC_DATA_MAPPING: \'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet\', ITEM_SELECTOR: \'com_liferay_item_selector_web_portlet_ItemSelectorPortlet\'};\n'
            'Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0, NTLM_AUTH_ENABLED: false, UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};\n'
            'Liferay.ThemeDisplay = {\ngetLayoutId: function() {return "%s";},\ngetLayoutRelativeControlPanelURL: function() {return "/group/guest/~/control_panel/manage";},\n'
            'getLayoutRelativeURL: function() {return "%s";},\ngetLayoutURL: function() {return "%s%s";},\ngetParentLayoutId: function() {return "0";},\n'
            'isControlPanel: function() {return false;},\nisPrivateLayout: function() {return "false";},\nisVirtualLayout: function() {return false;},\n'
            'getBCP47LanguageId: function() {return "vi-VN";},\ngetCanonicalURL: function() {return "%s%s";},\ngetCDNBaseURL: function() {return "%s";},\n'
            'getCDNDynamicResourcesHost: function() {return "";},\ngetCDNHost: function() {return "";},\ngetCompanyGroupId: function() {return "20133";},\n'
            'getCompanyId: function() {return "20097";},\ngetDefaultLanguageId: function() {return "vi_VN";},\ngetDoAsUserIdEncoded: function() {return "";},\n'
            'getLanguageId: function() {return "vi_VN";},\ngetParentGroupId: function() {return "%s";},\ngetPathContext: function() {return "";},\n'
            'getPathImage: function() {return "/image";},\ngetPathJavaScript: function() {return "/o/frontend-js-web";},\ngetPathMain: function() {return "/c";},\n'
            'getPathThemeImages: function() {return "%s/o/vtportal-theme/images";},\ngetPathThemeRoot: function() {return "/o/vtportal-theme";},\n'
            'getPlid: function() {return "%d";},\ngetPortalURL: function() {return "%s";},\ngetScopeGroupId: function() {return "%s";},\n'
            'getScopeGroupIdOrLiveGroupId: function() {return "%s";},\ngetSessionId: function() {return "";},\ngetSiteAdminURL: function() {return "";},\n'
            'getSiteGroupId: function() {return "%s";},\ngetURLControlPanel: function() {return "/group/control_panel?refererPlid=%d";},\n'
            'getURLHome: function() {return "%s/web/guest";},\ngetUserEmailAddress: function() {return "";},\ngetUserId: function() {return "20101";},\n'
            'getUserName: function() {return "";},\nisAddSessionIdToURL: function() {return false;},\nisImpersonated: function() {return false;},\n'
            'isSignedIn: function() {return false;},\nisStateExclusive: function() {return false;},\nisStateMaximized: function() {return false;},\n'
            'isStatePopUp: function() {return false;}\n};\nvar themeDisplay = Liferay.ThemeDisplay;\nLiferay.AUI = {getCombine: function() {return true;}, '
            'getComboPath: function() {return "/combo/?browserId=chrome&minifierType=&languageId=vi_VN&b=7310&t=1714461822000&";}, getDateFormat: function() '
            '{return "%%d/%%m/%%Y";}, getEditorCKEditorPath: function() {return "/o/frontend-editor-ckeditor-web";}, getFilter: function() {return "min";}, '
            'getFilterConfig: function() {return null;}, getJavaScriptRootPath: function() {return "/o/frontend-js-web";}, getPortletRootPath: function() '
            '{return "/html/portlet";}, getStaticResourceURLParams: function() {return "?browserId=chrome&minifierType=&languageId=vi_VN&b=7310&t=1714461822000";}};\n'
            'Liferay.authToken = \'%s\';\nLiferay.currentURL = \'%s\';\nLiferay.currentURLEncoded = \'%s\';\n// ]]>\n</script>\n') % (
        layout, "/web/guest" + rel_url, tv.origin, rel_url, tv.origin, rel_url, tv.origin, GROUP, tv.origin, 30000 + int(layout), tv.origin, GROUP, GROUP,
        GROUP, 30000 + int(layout), tv.origin, AUTH, rel_url.replace("/", "\\x2f"), ma_hoa(rel_url).replace("%", "\\x25"))


def shell(tv, w, title, main, canonical=None, layout="1", head="", side=True):
    cur = canonical or tv.path
    menu = "".join('<li class="lfr-nav-item nav-item%s"><a class="nav-link text-truncate" href="%s" role="menuitem"><span class="text-truncate">%s</span></a></li>' % (
        " active selected" if cur.startswith("/" + k) else "", "/" + k, x(t)) for k, t, _, _, _ in SECS)
    moi = "".join('<li><a href="%s">%s</a><span class="date">%s</span></li>' % (grp_url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                  for a in sorted(w.public(), key=lambda a: (a["ngay"], a["id"]), reverse=True)[:6])
    vb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.sec("van-ban")[:4])
    side_html = ('<div class="col-md-4 vt-sidebar"><div class="portlet-boundary" id="p_p_id_vtnewslatest_WAR_vtportalnewsportlet_"><div class="vt-box"><h3 '
                 'class="vt-box-title">Tin mới nhất</h3><ul class="vt-list-latest">%s</ul></div></div><div class="portlet-boundary" '
                 'id="p_p_id_vtnewsvanban_WAR_vtportalnewsportlet_"><div class="vt-box"><h3 class="vt-box-title"><a href="/van-ban">Văn bản mới</a></h3><ul '
                 'class="vt-list-vanban">%s</ul></div></div><div class="vt-box vt-links"><h3 class="vt-box-title">Liên kết</h3><ul><li><a href="https://'
                 'dangcongsan.example/" target="_blank" rel="noopener">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://longkhanh.gov.example/" '
                 'target="_blank" rel="noopener">Cổng TTĐT tỉnh Long Khánh</a></li><li><a href="https://baolongkhanh.example/" target="_blank" '
                 'rel="noopener">Báo và Phát thanh, Truyền hình Long Khánh</a></li></ul></div></div>') % (moi, vb) if side else ""
    canon = ('<link data-senna-track="temporary" href="%s%s" rel="canonical" />\n<link data-senna-track="temporary" href="%s%s" hreflang="vi-VN" rel="alternate" />\n'
             '<link data-senna-track="temporary" href="%s%s" hreflang="x-default" rel="alternate" />\n') % ((tv.origin, x(canonical)) * 3) if canonical else ""
    return ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - %s</title>\n<meta content="initial-scale=1.0, width=device-width" '
            'name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n<meta content="%s" lang="vi-VN" name="description" />\n'
            '<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7310&amp;t=1714461822000&amp;/o/'
            'frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js" type="text/javascript"></script>\n%s'
            '<meta property="og:locale" content="vi_VN">\n<meta property="og:site_name" content="%s">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:type" content="website">\n<link href="%s/o/vtportal-theme/images/favicon.ico" rel="icon" />\n<link class="lfr-css-file" '
            'data-senna-track="temporary" href="/o/vtportal-theme/css/clay.css?browserId=chrome&amp;themeId=vtportal_WAR_vtportaltheme&amp;minifierType=css&amp;'
            'languageId=vi_VN&amp;b=7310&amp;t=1714461822000" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n<link data-senna-track="temporary" '
            'href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=vtportal_WAR_vtportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;'
            't=1714461802000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n%s%s<style data-senna-track="temporary" type="text/css">%s</style>\n'
            '</head>\n<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">\n<nav aria-label="Liên kết nhanh" class="'
            'quick-access-nav" id="hvkb_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1><ul><li><a href="#main-content">Bỏ qua nội dung</a></li></ul>'
            '</nav>\n<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner" role="banner"><div '
            'class="vt-topbar"><div class="container"><span class="vt-date">%s, ngày %s</span><span class="vt-hotline">Đường dây nóng: 0251.3xx.xxx</span></div>'
            '</div><div class="vt-header container"><a class="logo custom-logo" href="/" title="Đi tới %s"><img alt="%s" height="96" src="/image/layout_set_logo?'
            'img_id=41233&amp;t=1714461830000" width="520" /></a><form action="/tim-kiem" class="vt-search" method="get"><input name="q" type="text" placeholder="'
            'Tìm kiếm..." /><button type="submit">Tìm</button></form></div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><div class="'
            'container"><ul aria-label="Các trang của site" class="navbar-nav" role="menubar"><li class="lfr-nav-item nav-item"><a class="nav-link" href="/" '
            'role="menuitem">Trang chủ</a></li><li class="lfr-nav-item nav-item"><a class="nav-link" href="/gioi-thieu" role="menuitem">Giới thiệu</a></li>%s'
            '<li class="lfr-nav-item nav-item"><a class="nav-link" href="/lich-cong-tac" role="menuitem">Lịch công tác</a></li></ul></div></nav></header>\n'
            '<section class="flex-fill" id="content"><h2 class="hide-accessible" role="heading" aria-level="1">%s</h2><div class="container"><div class="row">'
            '<div class="col-md-8" id="main-content" role="main">%s</div>%s</div></div></section>\n<footer id="footer" role="contentinfo"><div class="container">'
            '<p><strong>%s</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Long Khánh. Địa chỉ: số 2 đường Hùng Vương, phường Xuân An, tỉnh Long Khánh.</p>'
            '<p>Chịu trách nhiệm chính: Chánh Văn phòng Tỉnh ủy. Giấy phép số 41/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp.</p><p>Ghi rõ nguồn "%s" khi phát '
            'hành lại thông tin từ cổng này.</p><p class="vt-powered">Phát triển bởi Viettel Solutions</p></div></footer></div></div>\n<script type="text/javascript">'
            '\n// <![CDATA[\n%s\n// ]]>\n</script>\n</body>\n</html>\n') % (
        x(title), x(PORTAL), x(title), canon, x(PORTAL), x(title), tv.origin, head, top_head(tv, layout, canonical or tv.path),
        pad_css(len(title) * 13 + 7, 17, "vt"), thu(NGAY[w.n]), ngay(NGAY[w.n]), x(PORTAL), x(PORTAL), menu, x(title), main, side_html, x(PORTAL.upper()), x(PORTAL),
        pad_js(len(title) * 5 + 3, 12, "liferay.aui"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("Pragma", "no-cache"),
                                         ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN")] + list(headers))


def teaser(a, pinned=False):
    return ('<div class="vt-news-item%s"><div class="vt-news-img"><a href="%s"><img alt="%s" src="/documents/%s/0/anh-%d.jpg/%08x?t=%d" /></a></div><div class="'
            'vt-news-info"><h3 class="vt-news-title"><a href="%s">%s</a></h3><div class="vt-news-date">%s</div><div class="vt-news-sapo">%s</div></div></div>') % (
        " vt-pinned" if pinned else "", url(a), x(a["tieu_de"]), GROUP, a["id"], a["id"] * 2654435761 % (1 << 32), a["id"] * 977, url(a), x(a["tieu_de"]),
        ngay(a["ngay"]), x(a["sapo"]))


def pager(w, k, cur, last):
    def lk(n, lab):
        return '<li class="page-item"><a class="page-link" href="%s">%s</a></li>' % (x(list_url(k, n)), lab)
    out = []
    if cur > 1:
        out += [lk(1, "« Đầu"), lk(cur - 1, "‹ Trước")]
    for n in cua_so(cur, last, 2):
        if n is None:
            out.append('<li class="page-item disabled"><span class="page-link">...</span></li>')
        elif n == cur:
            out.append('<li class="page-item active"><span class="page-link">%d</span></li>' % n)
        else:
            out.append(lk(n, str(n)))
    if cur < last:
        out += [lk(cur + 1, "Sau ›"), lk(last, "Cuối »")]
    return '<nav class="vt-paging"><ul class="pagination">%s</ul></nav>' % "".join(out)


def portlet(p, inner, title=""):
    return ('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-barebone" id="p_p_id_%s_"><span id="p_%s"></span><section '
            'class="portlet" id="portlet_%s">%s<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div><div class="portlet-content-'
            'container"><div class="portlet-body">%s</div></div></div></section></div>') % (
        p.split("_INSTANCE_")[0], p, p, p, '<h2 class="portlet-title-text">%s</h2>' % x(title) if title else "", inner)


def section_page(tv, w, k, n):
    items = w.sec(k)
    last = last_page(w, k)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    body = ('<div class="vt-breadcrumb"><a href="/">Trang chủ</a> / <span>%s</span></div><div class="vt-tieudiem"><h3>Tin tiêu điểm</h3>%s</div><div class="'
            'vt-news-list">%s</div>%s') % (x(SECNAME[k]), "".join(teaser(a, True) for a in w.pinned(k)), "".join(teaser(a) for a in shown) or
                                          '<p class="vt-empty">Chưa có tin bài.</p>', pager(w, k, n, last) if last > 1 else "")
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/o/vtnews/rss?cat=%s" />\n' % (x(SECNAME[k]), tv.origin, k)
    return answer(shell(tv, w, SECNAME[k] + (" - Trang %d" % n if n > 1 else ""), portlet(pid(k), body, SECNAME[k]), "/" + k, str(10 + [s[0] for s in SECS].index(k)), head))


def cd_box(res):
    return portlet(CD_PID, (
        '<div class="vt-chuyende"><h2 class="vt-chuyende-title">Chuyên đề: %s</h2><div class="vt-chuyende-list" id="_%s_list"><div class="loading-animation">'
        '</div></div></div>\n<script type="text/javascript">\nAUI().ready(function() {\n\tvar resourceURL = \'%s\';\n\tLiferay.Util.fetch(resourceURL, {\n'
        '\t\tmethod: \'POST\',\n\t\tbody: Liferay.Util.objectToFormData(Liferay.Util.ns(\'_%s_\', {chuyenDeId: %d, start: 0, end: 30, delta: 30}))\n'
        '\t}).then(function(response) {\n\t\treturn response.text();\n\t}).then(function(html) {\n\t\tdocument.getElementById(\'_%s_list\').innerHTML = html;\n'
        '\t});\n});\n</script>') % (x(CD_NAME), CD_PID, res, CD_PID, CD_ID, CD_PID))


def home(tv, w):
    pub = sorted(w.public(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
    slide = pub[:5]
    main = portlet("vtslider_WAR_vtportalnewsportlet_INSTANCE_Fq2sLm", '<div class="vt-slider">%s</div>' % "".join(
        '<div class="vt-slide"><a href="%s"><img alt="" src="/documents/%s/0/anh-%d.jpg" /></a><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (
            x(back_url(a)), GROUP, a["id"], x(back_url(a)), x(a["tieu_de"]), x(a["sapo"])) for a in slide), "Tin nổi bật")
    main += cd_box(tv.origin + CD_RES)
    for k, t, _, _, _ in SECS:
        its = sorted((a for a in w.arts if a["cm"] == k), key=lambda a: (a["ngay"], a["id"]), reverse=True)[:5]
        main += portlet("vtnewscat_WAR_vtportalnewsportlet_INSTANCE_" + SEC[k][4][:6], '<div class="vt-box-cat"><h2 class="vt-box-title"><a href="/%s">%s</a></h2>'
                        '<div class="vt-first">%s</div><ul>%s</ul></div>' % (k, x(t), teaser(its[0]), "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"]))
                                                                                                          for a in its[1:])))
    head = '<link rel="alternate" type="application/rss+xml" title="Tin tức" href="%s/o/vtnews/rss" />\n' % tv.origin
    return answer(shell(tv, w, "Trang chủ", main, "/", "1", head))


def body_html(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<p style="text-align:center"><img alt="" src="/documents/%s/0/anh-%d-1.jpg/%08x" style="width: 640px;" /></p><p style="text-align:center">'
                       '<em>%s</em></p>' % (GROUP, a["id"], a["id"] * 40503 % (1 << 32), x(a["chu_thich"])))
    return "".join(out)


def article(tv, w, a):
    k = a["cm"]
    if k == CD:
        pool = [b for b in w.arts if b["cm"] == CD]
        crumb = '<span>Chuyên đề</span> / <span>%s</span>' % x(CD_NAME)
    else:
        pool = sorted((b for b in w.arts if b["cm"] == k), key=lambda b: (b["ngay"], b["id"]), reverse=True)
        crumb = '<a href="/%s">%s</a>' % (k, x(SECNAME[k]))
    older = [b for b in pool if (b["ngay"], b["id"]) < (a["ngay"], a["id"])][:5]
    att = ""
    if a["kieu"] == "thongbao":
        att = ('<div class="vt-attach"><strong>Tệp đính kèm:</strong> <a href="/documents/%s/0/%s.pdf" target="_blank">%s.pdf</a></div>' % (
            GROUP, a["so_hieu"].replace("Số ", "").replace("/", "-").lower(), x(a["so_hieu"])))
    inner = ('<div class="vt-breadcrumb"><a href="/">Trang chủ</a> / %s</div><div class="journal-content-article" data-analytics-asset-id="%d" '
             'data-analytics-asset-title="%s" data-analytics-asset-type="web-content"><div class="vt-news-detail"><h1 class="vt-detail-title">%s</h1><div class="'
             'vt-detail-meta"><span class="vt-date"><i class="icon-calendar"></i> %s</span> <span class="vt-view">Lượt xem: %d</span> <span class="vt-tools">'
             '<a href="javascript:window.print();">In bài</a> | <a href="javascript:void(0);" onclick="Liferay.Util.openWindow({uri: \'mailto:?subject=%s\'});">'
             'Gửi email</a></span></div><div class="vt-detail-sapo"><strong>%s</strong></div><div class="vt-detail-content">%s</div>%s<div class="vt-detail-author" '
             'style="text-align:right"><strong>%s</strong></div></div></div><div class="vt-related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>') % (
        crumb, a["id"], x(a["tieu_de"]), x(a["tieu_de"]), ngay_lf(a["ngay"]), a["xem"], ma_hoa(a["tieu_de"]), x(a["sapo"]), body_html(a), att, x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in older))
    head = ('<meta property="article:published_time" content="%s">\n' % a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"))
    return answer(shell(tv, w, a["tieu_de"], portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_dp31", inner), url(a), "31", head))


def soft404(tv, w):
    return answer(shell(tv, w, "Thông báo", portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_dp31", '<div class="alert alert-warning">'
                                                   'Nội dung bạn yêu cầu không tồn tại hoặc đã hết hạn hiển thị.</div><p><a href="/">Về trang chủ</a></p>'), None, "31"))


def login(tv, w):
    return answer(shell(tv, w, "Đăng nhập", portlet("com_liferay_login_web_portlet_LoginPortlet", '<form action="/c/portal/login" method="post" name="_com_liferay_'
                                                   'login_web_portlet_LoginPortlet_fm"><input name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" />'
                                                   '<input name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /><button type="submit">Đăng '
                                                   'nhập</button></form>', "Đăng nhập"), None, "2", side=False))


def cd_resource(tv, w):
    ns = "_%s_" % CD_PID
    f = dict(tv.q)
    f.update(tv.form)
    try:
        cid, start, end = int(f.get(ns + "chuyenDeId", "0")), int(f.get(ns + "start", "0")), int(f.get(ns + "end", "10"))
    except ValueError:
        cid, start, end = 0, 0, 0
    if cid != CD_ID:
        return Dapung('<div class="vt-empty">Vui lòng chọn chuyên đề.</div>', 200, "text/html;charset=UTF-8", [("Cache-Control", "private, no-cache")])
    items = [a for a in w.arts if a["cm"] == CD][max(0, start):max(0, min(end, start + 50))]
    return Dapung('<ul class="vt-chuyende-items">%s</ul>' % "".join(
        '<li><a href="%s"><img alt="" src="/documents/%s/0/anh-%d.jpg" /></a><a class="title" href="%s">%s</a><span class="date">%s</span></li>' % (
            url(a), GROUP, a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in items), 200, "text/html;charset=UTF-8", [("Cache-Control", "private, no-cache")])


def feed(tv, w, k):
    if k and k not in SEC:
        return answer(shell(tv, w, "Lỗi", '<div class="alert alert-danger">Chuyên mục không tồn tại.</div>'), 404)
    items = sorted((a for a in w.arts if a["cm"] == k), key=lambda a: (a["ngay"], a["id"]), reverse=True)[:15] if k else \
        sorted(w.public(), key=lambda a: (a["ngay"], a["id"]), reverse=True)[:20]
    return rss(tv.origin, "%s - %s" % (SECNAME[k] if k else "Tin tức", PORTAL), "/" + (k or ""), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items])


GONE_AT = {R2["id"]: D(2027, 5, 10, 11, 0), R5["id"]: D(2027, 5, 11, 17, 0)}


def sitemap(tv, w):
    """The vendor's static sitemap, rewritten every night at 03:00: it shows the site as it was then (public sections only)."""
    at = w.sitemap_at
    rows = [("/", at, "daily")] + [("/" + k, at, "daily") for k, _, _, _, _ in SECS] + [("/gioi-thieu", None, None)]
    for a in sorted((b for b in ALL if b["cm"] != CD and b["ngay"] <= at), key=lambda b: (b["ngay"], b["id"]), reverse=True):
        if GONE_AT.get(a["id"], D(2100, 1, 1)) <= at:
            continue
        cur = w.v.get(a["id"], a)
        rows.append((url(a), cur["sua"] if cur["sua"] <= at else a["ngay"], None))
    rows += [("/w/" + s, d, None) for s, d in DELETED]
    return urlset(tv.origin, rows, [("Last-Modified", http_date(at)), ("Cache-Control", "max-age=3600")])


def lich(tv, w):
    p = "vtlich_WAR_vtportallichportlet"
    t, y = tv.so("_%s_tuan" % p, 19, 1, 53) or 19, tv.so("_%s_nam" % p, NAM, 2000, 2100) or NAM
    pv, nx = ((t - 1, y) if t > 1 else (52, y - 1)), ((t + 1, y) if t < 52 else (1, y + 1))
    lk = lambda tt, yy: "/lich-cong-tac?p_p_id=%s&amp;p_p_lifecycle=0&amp;_%s_tuan=%d&amp;_%s_nam=%d" % (p, p, tt, p, yy)
    body = ('<div class="vt-lich"><h2>Lịch công tác tuần %d năm %d</h2><p><a href="%s">« Tuần trước</a> | <a href="%s">Tuần sau »</a></p><table class="table">'
            '<tr><th>Thứ</th><th>Nội dung</th></tr><tr><td>Thứ Hai</td><td>Thường trực Tỉnh ủy giao ban.</td></tr></table></div>') % (t, y, lk(*pv), lk(*nx))
    return answer(shell(tv, w, "Lịch công tác", portlet(p, body, "Lịch công tác"), "/lich-cong-tac", "8"))


def static(tv, w, i):
    s, t, ps = TRANG_TINH[i]
    return answer(shell(tv, w, t, portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gt01", '<h1>%s</h1>%s' % (
        x(t), "".join("<p>%s</p>" % x(p) for p in ps))), "/" + s, "2"))


def error500(tv):
    return Dapung('<!DOCTYPE html><html><head><title>Lỗi hệ thống</title></head><body><div class="alert alert-danger"><h1>Đã xảy ra lỗi</h1><p>Đã xảy ra lỗi khi xử lý '
                  'yêu cầu của bạn. Vui lòng thử lại sau.</p></div></body></html>', 500, "text/html;charset=UTF-8")


def robots(tv):
    return van_ban("User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /api/\nDisallow: /tim-kiem\nDisallow: /lich-cong-tac?\nDisallow: /*?p_p_state=pop_up\n"
                   "Disallow: /*&p_p_state=pop_up\nCrawl-delay: 2\n\nSitemap: %s/sitemap.xml\n" % tv.origin)


def handle(tv):
    w = W()
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return robots(tv)
    if p == "/sitemap.xml":
        return sitemap(tv, w)
    if p == "/o/vtnews/rss":
        return feed(tv, w, tv.q.get("cat"))
    if p.startswith("/web/guest"):
        rest = p[len("/web/guest"):] or "/"
        if rest.startswith("/w/"):
            m = rest[3:]
            a = next((b for b in w.arts if b["slug"] == m), None)
            if a is not None and a["id"] not in w.down:
                return article(tv, w, a)
        if rest.strip("/") in SEC and not q:
            return chuyen(tv.origin + "/" + rest.strip("/"), 301)
        if rest == "/":
            return chuyen(tv.origin + "/", 301)
    if p in ("/", "/trang-chu") and tv.q.get("p_p_id") == CD_PID and tv.q.get("p_p_lifecycle") == "2":
        return cd_resource(tv, w)
    if tv.method == "POST":
        return Dapung("", 400, "text/html;charset=UTF-8")
    if p == "/" and not q:
        return home(tv, w)
    if p == "/trang-chu":
        return chuyen(tv.origin + "/", 301)
    if p.startswith("/w/"):
        slug = p[3:]
        a = next((b for b in ALL if b["slug"] == slug and b["id"] in w.v), None)
        if a is not None:
            a = w.v[a["id"]]
            if a["id"] in w.down:
                return error500(tv)
            return article(tv, w, a)
        g = next((b for b in ALL if b["slug"] == slug), None)
        if g is not None and w.gone.get(g["id"]) == "login":
            return chuyen(tv.origin + "/c/portal/login?redirect=" + ma_hoa(p), 302)
        return soft404(tv, w)
    if p == "/c/portal/login":
        return login(tv, w)
    if p.strip("/") in SEC:
        k = p.strip("/")
        if not q:
            return section_page(tv, w, k, 1)
        if tv.q.get("p_p_id") == pid(k):
            n = tv.so("_%s_cur" % pid(k), 1, 1, 9999)
            if n is None:
                return section_page(tv, w, k, 1)
            if full == FLAKY and chap_chon((w.n, FLAKY)):
                return error500(tv)
            if full == SLOW:
                cham(tv, 1.1)
            return section_page(tv, w, k, n)
        return section_page(tv, w, k, 1)
    if p == "/lich-cong-tac":
        return lich(tv, w)
    if p == "/gioi-thieu":
        return static(tv, w, 0)
    if p.startswith("/documents/"):
        return Dapung(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", 200, "application/pdf")
    return answer(shell(tv, w, "Không tìm thấy trang", '<div class="alert alert-danger"><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p></div>'),
                  404)


app = chay_app(handle, [("Server", "Apache")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "JSESSIONID=%032X; Path=/; HttpOnly" % (len(tv.path) * 7919 % 16 ** 12)), ("Set-Cookie", "COOKIE_SUPPORT=true; Max-Age=31536000; Path=/; HttpOnly"),
    ("Set-Cookie", "GUEST_LANGUAGE_ID=vi_VN; Max-Age=31536000; Path=/; HttpOnly"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.3.10 GA1")]
    if out.ctype and out.ctype.startswith("text/html") else [], post=True)


# ---------------------------------------------------------------- manifests, probes, ground truth
_FAMILY = ("Liferay DXP 7.3 (7.3.10 GA1; Tomcat 9 behind Apache httpd) with Viettel's portal theme and news portlets, of a provincial Party committee "
           "(Đảng bộ tỉnh Long Khánh): display pages /w/<url-title> (also /web/guest/w/…), Viettel list portlets with a long-parameter pager and two "
           "'Tin tiêu điểm' on every page, a vendor's static sitemap rewritten nightly (a day behind); the 2027 chuyên đề only through "
           "Liferay.Util.fetch(resourceURL, {method: 'POST', body: Liferay.Util.objectToFormData(Liferay.Util.ns('<ns>', {…}))})")
_NOTES = ("Articles are web content on display pages /w/<url-title> (Liferay 7.3 on a virtual host), dated '<Thứ>, dd/mm/yyyy - HH:MM', canonical /w/<url-title>; "
          "the same page under the group address /web/guest/w/<url-title> (the sidebar 'Tin mới nhất') and with ?p_l_back_url=%%2Ftrang-chu (the home slider), both "
          "canonical to /w/…. Sections /<page> with Viettel's news list portlet (10 a page; '« Đầu ‹ Trước 1 2 3 … Sau › Cuối »', pages 2+ as /<page>?p_p_id="
          "vtnewslist_WAR_vtportalnewsportlet_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<ns>_cur=N&_<ns>_delta=10) under the section's "
          "two most-read older items as 'Tin tiêu điểm' on EVERY page; past the end an empty list ('Chưa có tin bài.'). Feeds /o/vtnews/rss and "
          "/o/vtnews/rss?cat=<page> (head links). robots.txt names /sitemap.xml: the vendor's static file, rewritten every night at 03:00 (so a day "
          "behind the site), public sections only, with two deleted items that answer the vendor's 200 'Nội dung bạn yêu cầu không tồn tại hoặc đã hết "
          "hạn hiển thị.' (soft 404, as does any unknown /w/ address). Văn bản items carry a PDF. The chuyên đề '%s' (20 items, 01/2027 - 05/2027) has no "
          "page, list, feed or sitemap entry: the home's Viettel box is an empty div that an inline script fills: var resourceURL = '<the portlet's "
          "resource URL: /trang-chu?p_p_id=%s&p_p_lifecycle=2&…&p_p_resource_id=%%2Fchuyen-de%%2Fdanh-sach&…>'; Liferay.Util.fetch(resourceURL, {method: "
          "'POST', body: Liferay.Util.objectToFormData(Liferay.Util.ns('_%s_', {chuyenDeId: %d, start: 0, end: 30, delta: 30}))}) -- a multipart POST "
          "whose fields are namespaced (_<ns>_chuyenDeId=%d …); the portlet ignores parameters without its namespace (Liferay 7), so the resource URL "
          "alone answers 'Vui lòng chọn chuyên đề.'. The Lịch công tác portlet's week view /lich-cong-tac?…_tuan=W&…_nam=Y forever (trap, robots). "
          "No validators (Cache-Control: private, no-cache, no-store); JSESSIONID, COOKIE_SUPPORT and GUEST_LANGUAGE_ID cookies on every page." % (
              CD_NAME, CD_PID, CD_PID, CD_ID, CD_ID))
_TAIL = {
    1: " Day 1 of three (the run of Mon 10/05/2027 01:47).",
    2: (" DAY 2 (Tue 11/05 01:58): four new items; since 10/05 the 'Tin hoạt động' portlet sorts by 'Ngày cập nhật' (modified): an old item silently "
        "corrected on 10/05 16:40 ('%s', %s) sits second on page 1, above two of the new ones, with its old date; '%s' (07/05) retitled '%s' "
        "(10/05 10:15); '%s' (07/05) made members-only on 10/05 11:00 (guests: 302 to /c/portal/login); '%s' (06/05) answers Liferay's 500 through the run; "
        "the sitemap is the file of 10/05 03:00." % (O1["tieu_de"], ngay(O1["ngay"]), R1["tieu_de"], R1_NEW, R2["tieu_de"], R4["tieu_de"])),
    3: (" DAY 3 (Wed 12/05 02:36): a busy 11/05 (the provincial committee's plenum): 14 new items, 12 in 'Tin hoạt động', whose first page holds ten: two "
        "of them are on page 2 (the portlet still sorts by modified date); '%s' re-stamped 08/05 14:30 -> 08/05 09:30 (11/05 08:05); '%s' (08/05) expired "
        "on 11/05 17:00 (the vendor's 200 'không tồn tại' page); the day-2 500 is gone; the sitemap is the file of 11/05 03:00." % (R3["tieu_de"], R5["tieu_de"])),
}


def _slide(w):
    return sorted(w.public(), key=lambda a: (a["ngay"], a["id"]), reverse=True)[:5]


def _manifest(n):
    w = DAYS_W[n]
    slide = {a["id"] for a in _slide(w)}
    arts = {}
    for a in w.arts:
        if a["id"] in w.down:
            continue
        arts[url(a)] = {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"),
                        "aliases": [grp_url(a)] + ([back_url(a)] if a["id"] in slide else [])}
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts,
            "robots_disallowed": ["/c/", "/group/", "/api/", "/tim-kiem", "/lich-cong-tac?"], "trap_prefixes": ["/lich-cong-tac?"],
            "only_via": {"liferay-ns": [url(a) for a in w.arts if a["cm"] == CD]}, "flaky": {FLAKY: 500}, "slow": [SLOW], "notes": _NOTES + _TAIL[n]}


MANIFEST = _manifest(1)
MANIFEST_DAY2 = _manifest(2)
MANIFEST_DAY3 = _manifest(3)


def _last(a):
    return a["doan"][-1]


def _href(a):
    return 'href="%s"' % url(a)


def _pos(w, k, a):
    items = w.sec(k)
    i = items.index(a)
    return "%s page %d (%d%s)" % ("/" + k, i // PER_PAGE + 1, i % PER_PAGE + 1, {1: "st", 2: "nd", 3: "rd"}.get(i % PER_PAGE + 1, "th"))


def _reached(w, a):
    out = [_pos(w, a["cm"], a) + " below its two 'Tin tiêu điểm'"]
    if a in sorted(w.public(), key=lambda b: (b["ngay"], b["id"]), reverse=True)[:6]:
        out.append("the sidebar 'Tin mới nhất' (group address)")
    if a in _slide(w):
        out.append("the home slider (?p_l_back_url=)")
    if a in sorted((b for b in w.arts if b["cm"] == a["cm"]), key=lambda b: (b["ngay"], b["id"]), reverse=True)[:5]:
        out.append("its section's home box")
    out.append("/o/vtnews/rss?cat=%s" % a["cm"])
    return out


def _new(n, a):
    w = DAYS_W[n]
    by = _reached(w, a)
    return muc21("new" if n == 2 or a["cm"] != "tin-hoat-dong" or w.sec("tin-hoat-dong").index(a) < PER_PAGE else "new_on_page2", a, True,
                 "Published %s, between the day-%d and day-%d runs; not in the sitemap (written at 03:00 on %s). Reached by: %s." % (
                     dm(a["ngay"]), n - 1, n, ngay(w.sitemap_at), "; ".join(by)),
                 url(a), first_day=n, first=None, due_by="new", contains=a["doan"][0], reached_by=by,
                 checks=[{"path": list_url(a["cm"], w.sec(a["cm"]).index(a) // PER_PAGE + 1), "status": 200, "contains": _href(a)},
                         {"path": "/sitemap.xml", "status": 200, "not_contains": url(a) + "<"}])


def _day2():
    w = DAYS_W[2]
    out = {url(a): _new(2, a) for a in NEW2}
    out[url(R1)] = muc21(
        "retitled", R1_2, True,
        "Published 07/05 09:20, inside day 2's re-check window (from 04/05 01:58). On 10/05 10:15 an editor corrected the headline (it now names who "
        "reported); the address (the url-title) stays. The list shows the new headline (its new modified date puts it near the top). The record takes the "
        "new title (a new version).",
        url(R1), first_day=1, first=trang_thai(R1, _last(R1)), due_by="window", changed_on=2, same=url(R1), contains=_last(R1),
        checks=[{"path": url(R1), "status": 200, "contains": x(R1_NEW)}],
        noticed_on=[{"path": "/tin-hoat-dong", "status": 200, "contains": x(R1_NEW)}])
    out[url(R2)] = muc21(
        "withdrawn_login_redirect", R2, True,
        "Published 07/05 15:40 (inside day 2's window). On 10/05 11:00 its permissions were changed to site members only: a guest is sent by 302 to "
        "/c/portal/login?redirect=… (the login page; robots disallow /c/). Documented: redirected to a login page = withdrawn; the record and its text are kept.",
        None, first_day=1, first=trang_thai(R2, _last(R2)), due_by="window", changed_on=2, same=url(R2), withdrawn=True, contains=_last(R2),
        checks=[{"path": url(R2), "status": 302, "location": "/c/portal/login?redirect=" + ma_hoa(url(R2))}])
    out[url(R4)] = muc21(
        "recheck_500", R4, True,
        "Unchanged. Published 06/05 16:10 (inside day 2's window): the ordinary run re-checks it and gets Liferay's 500 'Đã xảy ra lỗi' on every try, all run "
        "long (a broken template fragment, fixed on 11/05); day 3 it answers again. A server error is neither a new version nor a withdrawal: one record, "
        "its day-1 title, minute and text.",
        None, first_day=1, first=trang_thai(R4, _last(R4)), due_by="guard", same=url(R4), contains=_last(R4), guard=True,
        answer={"path": url(R4), "status": 500}, checks=[{"path": url(R4), "status": 500}])
    out[url(O1)] = muc21(
        "old_corrected_silent", O1_2, False,
        "Published %s, long outside every window. A figure silently corrected on 10/05 16:40; since the 'Tin hoạt động' portlet now sorts by modified date "
        "the item is SECOND on page 1 (with its %s date), above two of the day's new items — a walk that stops at the first archived item there misses "
        "them (documented: a listing that is not newest first is walked to its end). The correction itself is met only by the rolling re-check: the "
        "corrected or the day-1 text are both acceptable, never a second record." % (ngay(O1["ngay"]), ngay(O1["ngay"])),
        url(O1), first_day=1, first=trang_thai(O1, O1_OLD), due_by="rolling", changed_on=2, same=url(O1), contains=O1_NEW, lacks=O1_OLD,
        checks=[{"path": url(O1), "status": 200, "contains": x(O1_NEW)}, {"path": "/tin-hoat-dong", "status": 200, "contains": _href(O1)}])
    return out


def _day3(prev):
    w = DAYS_W[3]
    out = {url(a): _new(3, a) for a in NEW3}
    out[url(R3)] = muc21(
        "stamp_corrected", R3_3, True,
        "Published (printed) 08/05 14:30, inside day 3's window (from 05/05 02:36). On 11/05 08:05 the editor corrected the time to 09:30 (the event's "
        "hour, typed wrong); title and text unchanged, the list shows only the day. The record takes the new minute.",
        url(R3), first_day=1, first=trang_thai(R3, _last(R3)), due_by="window", changed_on=3, same=url(R3), contains=_last(R3),
        checks=[{"path": url(R3), "status": 200, "contains": "08/05/2027 - 09:30"}])
    out[url(R5)] = muc21(
        "withdrawn_expired_200", R5, True,
        "Published 08/05 08:00 (inside day 3's window). Its expiration date was set to 11/05 17:00: the display page now answers 200 with the vendor's "
        "'Nội dung bạn yêu cầu không tồn tại hoặc đã hết hạn hiển thị.' (no article). Documented: the site's 'not found' text with 200 = withdrawn; "
        "the record and its text are kept.",
        None, first_day=1, first=trang_thai(R5, _last(R5)), due_by="window", changed_on=3, same=url(R5), withdrawn=True, contains=_last(R5),
        checks=[{"path": url(R5), "status": 200, "contains": "không tồn tại hoặc đã hết hạn", "not_contains": x(_last(R5))}])
    out[url(R4)] = muc21(
        "recovered_after_500", R4, True, "Unchanged; the day-2 500 is gone: the same record, its day-1 state, no version made of the error.",
        url(R4), first_day=1, first=trang_thai(R4, _last(R4)), due_by="guard", same=url(R4), contains=_last(R4), guard=True,
        checks=[{"path": url(R4), "status": 200, "contains": x(_last(R4))}])
    out[url(R1)] = giu_lai(prev[url(R1)], 3, "Kept from day 2: the corrected headline.", url(R1))
    out[url(R2)] = giu_lai(prev[url(R2)], 3, "Kept from day 2: withdrawn (still 302 to the login page), its text kept.", None, shown_on=1)
    out[url(O1)] = giu_lai(prev[url(O1)], 3, "Kept from day 2 (not due: the rolling re-check may or may not have met the correction; either state, one record).",
                           url(O1), checks=[{"path": url(O1), "status": 200, "contains": x(O1_NEW)}])
    return out


_D2 = _day2()
_D3 = _day3(_D2)
_th = DAYS_W[1].sec("tin-hoat-dong")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": _href(_th[PER_PAGE])},
    {"path": url(_th[0]), "status": 200, "contains": '<link data-senna-track="temporary" href="http://replica.test:8080%s" rel="canonical" />' % url(_th[0])},
    {"path": grp_url(_th[0]), "status": 200, "contains": 'href="http://replica.test:8080%s" rel="canonical"' % url(_th[0])},
    {"path": "/w/khong-co-bai-nay", "status": 200, "contains": "không tồn tại hoặc đã hết hạn"},
    {"path": CD_RES, "status": 200, "contains": "Vui lòng chọn chuyên đề", "not_contains": "/w/"},
    {"path": CD_RES, "method": "POST", "body": ("_%s_chuyenDeId=%d&_%s_end=30" % (CD_PID, CD_ID, CD_PID)).encode(), "status": 200, "contains": "/w/"},
    {"path": CD_RES, "method": "POST", "body": ("chuyenDeId=%d&end=30" % CD_ID).encode(), "status": 200, "not_contains": "/w/"},
    {"path": "/", "status": 200, "contains": "Liferay.Util.ns('_%s_'" % CD_PID},
    {"path": "/sitemap.xml", "status": 200, "not_contains": url([a for a in ARTS1 if a["cm"] == CD][0])},
    {"path": "/o/vtnews/rss", "status": 200, "not_contains": url([a for a in ARTS1 if a["cm"] == CD][0])},
    {"path": url(_th[0]), "status": 200, "headers": {"If-Modified-Since": http_date(NGAY[1])}, "expect_headers": {"ETag": None, "Last-Modified": None}},
]
SELFTEST_DAY2 = [
    {"path": "/tin-hoat-dong", "status": 200, "contains": _href(O1)},
    {"path": url(R2), "status": 302},
    {"path": url(R4), "status": 500},
    {"path": "/sitemap.xml", "status": 200, "not_contains": url(NEW2[0]) + "<"},
]
SELFTEST_DAY3 = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": _href(sorted(NEW3, key=lambda a: a["ngay"])[0])},
    {"path": url(R5), "status": 200, "contains": "không tồn tại hoặc đã hết hạn"},
    {"path": "/sitemap.xml", "status": 200, "contains": url(NEW2[0]) + "<"},
]
_NA = ["/w/" + s for s, _ in DELETED]
SUMMARY = {
    "clock": clock(),
    "timeline": {"1": "an ordinary day", "2": "4 new; the 'Tin hoạt động' list re-sorted by modified date (an old corrected item on top); a retitle; a "
                 "withdrawal by login redirect; a recent page answering 500 all run", "3": "14 new after a busy day (2 of them on page 2); a re-stamped item; "
                 "an expired item answering the vendor's 200 'không tồn tại'; the 500 recovered"},
    "chains": ["/ -> /<page> -> ?p_p_id=vtnewslist_…&_<ns>_cur=N -> /w/<url-title>; /web/guest/w/<url-title> from the sidebar; /w/…?p_l_back_url=%2Ftrang-chu "
               "from the home slider",
               "/ -> the Viettel chuyên đề box: var resourceURL = '/trang-chu?p_p_id=%s&p_p_lifecycle=2&…'; Liferay.Util.fetch(resourceURL, {method: 'POST', body: "
               "Liferay.Util.objectToFormData(Liferay.Util.ns('_%s_', {chuyenDeId: %d, …}))}) -> multipart POST of _<ns>_chuyenDeId=%d&_<ns>_start=0&"
               "_<ns>_end=30&_<ns>_delta=30 -> HTML fragment -> the chuyên đề articles" % (CD_PID, CD_PID, CD_ID, CD_ID),
               "robots Sitemap: /sitemap.xml (the vendor's file of 03:00 the night before; two deleted items answering a 200 soft 404)",
               "head links -> /o/vtnews/rss, /o/vtnews/rss?cat=<page> (RSS 2.0)"],
    "discovery": [
        "the chuyên đề '%s' (20 items) has no page, list, feed or sitemap entry: only the home's Viettel box names it, an empty div filled by "
        "Liferay.Util.fetch(resourceURL, {method: 'POST', body: Liferay.Util.objectToFormData(Liferay.Util.ns('_%s_', {chuyenDeId: %d, start: 0, end: 30, "
        "delta: 30}))}) -- a crawler that does not send the portlet's namespaced fields (Liferay 7 ignores the others) never sees the chuyên đề "
        "(only_via liferay-ns 20)" % (CD_NAME, CD_PID, CD_ID),
        "two 'Tin tiêu điểm' on top of every list page, so that the day's new items are always BELOW archived ones; from day 2 the 'Tin hoạt động' list "
        "sorted by modified date (not newest first); a sitemap a day behind (no only_via)"],
    "set31_pages": {"liferay-ns": ["/"]},
    "alias_kinds": ["the group address /web/guest/w/<url-title> (200, canonical /w/…; the sidebar 'Tin mới nhất')",
                    "/w/<url-title>?p_l_back_url=%2Ftrang-chu (200, canonical /w/…; the home slider)"],
    "quirks": ["Crawl-delay: 2", "two 'Tin tiêu điểm' on top of every list page", "from day 2 'Tin hoạt động' sorted by modified date",
               "a static sitemap rewritten nightly at 03:00 (a day behind), with two deleted items (200 soft 404)", "unknown /w/ addresses: 200 soft 404",
               "%s 500 every other request" % FLAKY, "%s slow (1.1 s)" % SLOW, "the chuyên đề resource URL without namespaced fields: 'Vui lòng chọn chuyên đề'",
               "week calendar trap under robots' Disallow: /lich-cong-tac?"],
    "not_articles": _NA,
    "not_articles_day2": _NA + [url(R2)],
    "not_articles_day3": _NA + [url(R2), url(R5)],
    "validators": "none (Cache-Control: private, no-cache, no-store; the sitemap has a Last-Modified)",
    "day2": _D2,
    "day3": _D3,
}
