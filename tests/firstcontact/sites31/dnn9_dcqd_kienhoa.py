"""Blind replica, set 31, site B: the site of a provincial Đảng bộ các cơ quan Đảng (Đảng bộ các cơ quan Đảng tỉnh Kiến Hòa) on DNN Platform 9.13
(ASP.NET 4.8 WebForms on IIS 10) with a local vendor's news module.  Three days (the daily timer's runs of 10, 11 and 12 May 2027).
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

SITE = "Đảng bộ các cơ quan Đảng tỉnh Kiến Hòa"
PORTAL = "Trang thông tin điện tử Đảng bộ các cơ quan Đảng tỉnh Kiến Hòa"
XA = ["An Hiệp Tây", "Phú Túc Đông", "Tân Thạch Hạ", "Mỹ Thạnh An", "Bình Đại Nam", "Giồng Trôm Đông", "Phước Long Hòa", "Thạnh Phú Đông"]
AP = ["ấp An Thới", "ấp Phú Hòa", "khu phố 4", "ấp Tân Lợi", "ấp Bình Thạnh", "khu phố Mỹ An"]
# tab path, title, TabId, voice, kind, module id
SECS = [("tin-hoat-dong", "Tin hoạt động", 57, "khoi", "bai", 1121), ("xay-dung-dang", "Xây dựng Đảng", 58, "khoi", "bai", 1122),
        ("guong-dien-hinh", "Gương điển hình", 59, "khoi", "bai", 1123), ("van-ban", "Văn bản", 60, "khoi", "thongbao", 1124),
        ("tu-lieu", "Tư liệu", 61, "khoi", "bai", 1187)]
SEC = {s[0]: s for s in SECS}
SECNAME = {s[0]: s[1] for s in SECS}
TAB_OF = {s[2]: s[0] for s in SECS}
TL = "tu-lieu"                                       # the former Đảng ủy Khối các cơ quan tỉnh's archive (the twist)
PER_PAGE = 10
D = _dt.datetime
CTR = "dnn$ctr1187$TraCuu"                           # the archive module's naming container


# ---------------------------------------------------------------- the newsroom (day 1)
_GAN = [D(2027, 5, 9, 9, 0), D(2027, 5, 8, 16, 20), D(2027, 5, 8, 9, 15), D(2027, 5, 7, 10, 10), D(2027, 5, 7, 8, 45), D(2027, 5, 6, 14, 0),
        D(2027, 5, 6, 9, 30), D(2027, 5, 5, 15, 30), D(2027, 5, 4, 10, 40)]
_CM = ["van-ban", "tin-hoat-dong", "tin-hoat-dong", "tin-hoat-dong", "tin-hoat-dong", "xay-dung-dang", "guong-dien-hinh", "xay-dung-dang", "tin-hoat-dong"]
_s = SoanTin(31201, 84, [("tin-hoat-dong", 8, "khoi", "bai"), ("xay-dung-dang", 5, "khoi", "bai"), ("guong-dien-hinh", 3, "khoi", "bai"),
                         ("van-ban", 3, "khoi", "thongbao")], XA, XA, AP, lich=lich31(31201, 84, _GAN, tu_ngay=D(2026, 5, 4, 7, 0)), id_dau=3600, buoc=9,
             cm_dau=_CM, chu_de=("dai-hoi-xiv", "to-chuc", "chuyen-doi-so", "kiem-tra", "hoc-tap-bac", "tu-tuong", "den-on", "kinh-te"))
_t = SoanTin(31202, 30, [(TL, 1, "khoi", "bai")], XA, XA, AP, lich=lich31(31203, 30, [D(2025, 2, 25, 15, 0)], tu_ngay=D(2016, 3, 1, 7, 0)),
             id_dau=900, buoc=41, chu_de=("to-chuc", "kiem-tra", "hoc-tap-bac", "dan-van"))
for _a in _t.items:                                  # the Khối's own voice: 'Đảng ủy Khối', not 'Đảng ủy các cơ quan Đảng'
    _a["tieu_de"] = _a["tieu_de"].replace("Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Khối các cơ quan tỉnh").replace(
        "Đảng bộ các cơ quan Đảng tỉnh", "Đảng bộ Khối các cơ quan tỉnh")
ARTS1 = sorted(_s.items + _t.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
dat_ten_thong_bao([a for a in ARTS1 if a["cm"] == "van-ban"], "ĐU")
_N2 = [(D(2027, 5, 10, 16, 45), "tin-hoat-dong"), (D(2027, 5, 10, 14, 10), "guong-dien-hinh"), (D(2027, 5, 10, 10, 20), "xay-dung-dang"),
       (D(2027, 5, 10, 8, 5), "tin-hoat-dong")]
_N3 = [(D(2027, 5, 11, 17, 30), "tin-hoat-dong"), (D(2027, 5, 11, 14, 50), "van-ban"), (D(2027, 5, 11, 9, 25), "tin-hoat-dong")]
_ALLN = sorted(_N2 + _N3, reverse=True)
_n = SoanTin(31204, len(_ALLN), [("tin-hoat-dong", 1, "khoi", "bai"), ("xay-dung-dang", 1, "khoi", "bai"), ("guong-dien-hinh", 1, "khoi", "bai"),
                                 ("van-ban", 1, "khoi", "thongbao")], XA, XA, AP, lich=[d for d, _ in _ALLN], cm_dau=[k for _, k in _ALLN], id_dau=4400, buoc=4,
             chu_de=("dai-hoi-xiv", "to-chuc", "chuyen-doi-so", "hoc-tap-bac"))
dat_ten_thong_bao([a for a in _n.items if a["cm"] == "van-ban"], "ĐU")
NEW2 = [a for a in _n.items if a["ngay"] < D(2027, 5, 11)]
NEW3 = [a for a in _n.items if a["ngay"] >= D(2027, 5, 11)]
ALL = ARTS1 + _n.items
tieu_de_duy_nhat(ALL)
for _a in ALL:
    _a["slug"] = duong_dan(_a["tieu_de"], 80)
    _a["tao"] = _a["ngay"] - _dt.timedelta(minutes=11 + _a["id"] % 37)       # the row is created a little before it is published
BY_ID = {a["id"]: a for a in ALL}
_BY_DATE = {a["ngay"]: a for a in ARTS1}
S1 = _BY_DATE[D(2027, 5, 7, 10, 10)]          # text silently corrected 10/05 15:30 (day 2); validators unchanged
S2 = _BY_DATE[D(2027, 5, 6, 14, 0)]           # retitled 10/05 09:00 (day 2): new slug, the old address 301s
S3 = _BY_DATE[D(2027, 5, 8, 16, 20)]          # deleted 10/05 11:40 (day 2): the module 302s to the home page
S4 = _BY_DATE[D(2027, 5, 7, 8, 45)]           # moved to 'Xây dựng Đảng' 10/05 14:00 (day 2), no redirect
S5 = _BY_DATE[D(2027, 5, 6, 9, 30)]           # 500 (YSOD) through day 2's run
S6 = _BY_DATE[D(2027, 5, 8, 9, 15)]           # date corrected 08/05 -> 07/05 on 11/05 10:00 (day 3)
assert (S1["cm"], S2["cm"], S3["cm"], S4["cm"], S5["cm"], S6["cm"]) == ("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "tin-hoat-dong",
                                                                      "guong-dien-hinh", "tin-hoat-dong")
H1 = max((a for a in ARTS1 if a["cm"] == "xay-dung-dang" and D(2027, 4, 1) < a["ngay"] < D(2027, 4, 20)), key=lambda a: a["id"])   # old: retitled, day 3
S1_DOAN, S1_OLD, S1_NEW = sua_so(S1)
S1_2 = dict(S1, doan=S1_DOAN, sua=D(2027, 5, 10, 15, 30))
assert " tổ chức " in S2["tieu_de"] and " tổ chức " in H1["tieu_de"]
S2_NEW = S2["tieu_de"].replace(" tổ chức ", " sơ kết một năm ", 1)        # the event was a review
S2_2 = dict(S2, tieu_de=S2_NEW, slug=duong_dan(S2_NEW, 80), sua=D(2027, 5, 10, 9, 0))
S4_2 = dict(S4, cm="xay-dung-dang", sua=D(2027, 5, 10, 14, 0))
S6_3 = dict(S6, ngay=D(2027, 5, 7, 9, 15), sua=D(2027, 5, 11, 10, 0))
H1_NEW = H1["tieu_de"].replace(" tổ chức ", " tổ chức tọa đàm ", 1)
H1_3 = dict(H1, tieu_de=H1_NEW, slug=duong_dan(H1_NEW, 80), sua=D(2027, 5, 11, 8, 30))
DELETED = [(3333, "tin-hoat-dong", "hoi-nghi-so-ket-cong-tac-dang-quy-i-nam-2026"), (3450, "van-ban", "thong-bao-so-301-tb-du-ve-lich-sinh-hoat-chuyen-de")]


class Ngay:
    def __init__(self, n):
        self.n = n
        v = {a["id"]: a for a in ARTS1}
        if n >= 2:
            v[S1["id"]], v[S2["id"]], v[S4["id"]] = S1_2, S2_2, S4_2
            del v[S3["id"]]
            for a in NEW2:
                v[a["id"]] = a
        if n >= 3:
            v[S6["id"]], v[H1["id"]] = S6_3, H1_3
            for a in NEW3:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.down = {S5["id"]} if n == 2 else set()
        self.sitemap_at = NGAY[n].replace(hour=8, minute=12) - _dt.timedelta(days=1)     # SiteMap.aspx cached a day since its first request

    def sec(self, k):
        return [a for a in self.arts if a["cm"] == k]

    def pinned(self, k):
        base = self.sec(k)
        return sorted(base[PER_PAGE:PER_PAGE + 12], key=lambda a: (-a["xem"], a["id"]))[:2] if k != TL else []

    def public(self):
        return [a for a in self.arts if a["cm"] != TL]

    def tieu_diem(self):
        """The home 'Tiêu điểm' box: an HTML module the editors update by hand (mixed-case links)."""
        picks = [a for a in self.public() if a["cm"] == "tin-hoat-dong"][:2] + [self.v[H1["id"]]] + [a for a in self.public() if a["cm"] == "guong-dien-hinh"][:1]
        return picks


DAYS_W = {n: Ngay(n) for n in range(1, DAYS + 1)}
_DAY = [1]


def set_day(day):
    kiem_ngay(day)
    _DAY[0] = day


def W():
    return DAYS_W[_DAY[0]]


def url(a):
    return "/%s/articleid/%d/%s" % (a["cm"], a["id"], a["slug"])


def mixed_url(a):
    return "/%s/ArticleId/%d/%s" % (a["cm"][0].upper() + a["cm"][1:], a["id"], a["slug"])


def raw_url(a):
    return "/Default.aspx?TabId=%d&ArticleId=%d" % (SEC[a["cm"]][2], a["id"])


def list_url(k, n=1):
    return "/%s" % k + ("/trang/%d" % n if n > 1 else "")


def last_page(w, k):
    return max(1, -(-len(w.sec(k)) // PER_PAGE))


def ngay_dnn(d):
    return "%s, %s | %s" % (thu(d), ngay(d), gio(d))


FLAKY = list_url("xay-dung-dang", 2)
SLOW = list_url("van-ban", 2)


# ---------------------------------------------------------------- chrome
def shell(tv, w, title, panes, tab=21, canonical=None, status=200, extra_scripts="", form_fields=(), headers=(), has_validators=False):
    menu = "".join('<li class="%s"><a href="/%s">%s</a></li>' % ("active" if tab == t else "", k, x(n)) for k, n, t, _, _, _ in SECS)
    vs = pad_b64(tab * 31 + len(title), 5)
    ev = pad_b64(tab * 17 + 3, 1)[:600]
    hidden = "".join('<input type="hidden" name="%s" id="%s" value="%s" />\n' % (k, k.replace("$", "_"), x(v)) for k, v in form_fields)
    body = (
        '<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n\n<!--*********************'
        '*****************************************************************************-->\n<!-- DNN Platform - http://www.dnnsoftware.com                        '
        '                 -->\n<!-- Copyright (c) 2002-2023, by DNN Corporation                                                       -->\n<!--**************'
        '************************************************************************************-->\n<title>\n\t%s &gt; %s\n</title><meta id="MetaDescription" '
        'name="DESCRIPTION" content="%s" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/'
        '7.0.0/default.css?cdv=311" type="text/css" rel="stylesheet"/><link href="/DesktopModules/HSNews/module.css?cdv=311" type="text/css" rel="stylesheet"/>'
        '<link href="/Portals/_default/skins/kienhoa2023/skin.css?cdv=311" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=311" '
        'type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=311" type="text/javascript"></script><script '
        'src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=311" type="text/javascript"></script>%s<link rel="SHORTCUT ICON" href="/Portals/0/'
        'favicon.ico?ver=2023-08-14" type="image/x-icon" /><meta name="viewport" content="width=device-width,initial-scale=1" /><style>%s</style></head>\n'
        '<body id="Body">\n\n\t\t<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="Form" enctype="multipart/form-data">\n'
        '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" '
        'id="__EVENTARGUMENT" value="" />\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n\n<script type="text/javascript">\n'
        '//<![CDATA[\nvar theForm = document.forms[\'Form\'];\nif (!theForm) {\n    theForm = document.Form;\n}\nfunction __doPostBack(eventTarget, eventArgument) '
        '{\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value '
        '= eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n\n<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZG7qkQ&amp;t=638286151360000000" '
        'type="text/javascript"></script>\n%s\n<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvh_3u7b&amp;t=ffffffff93d1c106" type="text/javascript">'
        '</script>\n<script type="text/javascript">\n//<![CDATA[\nfunction WebForm_OnSubmit() {\nif (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() '
        '== false) return false;\nreturn true;\n}\n//]]>\n</script>\n\n<div class="aspNetHidden">\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" '
        'id="__VIEWSTATEGENERATOR" value="CA0B0334" />\n\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />\n\t<input '
        'type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>%s<script src="/js/dnn.modalpopup.js?cdv=311" type="text/javascript">'
        '</script><script src="/Portals/_default/skins/kienhoa2023/js/skin.js?cdv=311" type="text/javascript"></script><script src="/js/dnncore.js?cdv=311" '
        'type="text/javascript"></script>\n<div id="wrapper"><div class="topbar"><div class="container"><span class="date">%s, ngày %s</span><div class="search"><span '
        'id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" '
        'aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." /><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;'
        'dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Tìm</a></span></div></div></div><header class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="%s" '
        'aria-label="%s" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-dcqd.png?ver=2025-03-02" alt="%s" /></a></div></header><nav '
        'class="mainmenu"><div class="container"><ul class="nav"><li class="%s"><a href="/">Trang chủ</a></li>%s<li><a href="/lich-cong-tac">Lịch công tác</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul></div></nav><div class="container main"><div class="row">%s</div></div><footer class="footer"><div class='
        '"container"><p><strong>%s</strong></p><p>Cơ quan chủ quản: Đảng ủy các cơ quan Đảng tỉnh Kiến Hòa. Địa chỉ: số 7 đường Cách Mạng Tháng Tám, phường An Hội, '
        'tỉnh Kiến Hòa.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p><p><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright '
        '2027 by Đảng ủy các cơ quan Đảng tỉnh Kiến Hòa</span> | Thiết kế: Công ty CP Phần mềm Hòa Tín</p></div></footer></div>\n<input name="ScrollTop" '
        'type="hidden" id="ScrollTop" />\n<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,'
        '`sf_tabId`:`%d`}" />\n%s<input name="__RequestVerificationToken" type="hidden" value="Zq1vJ0mYkE3a8uH5nCx2-%d" /><script type="text/javascript">%s</script>'
        '%s\n\t\t</form>\n\t\t<!--CDF(Javascript|/js/dnncore.js?cdv=311|DnnBodyProvider|100)-->\n</body>\n</html>\n') % (
        x(title), x(PORTAL), x(title), ('<link rel="canonical" href="%s%s" />' % (tv.origin, x(canonical))) if canonical else "", pad_css(tab * 101 + len(title), 15, "dnn"),
        x(tv.path + ("?" + tv.query if tv.query else "")), vs,
        '<script src="/WebResource.axd?d=x2nkrMJGXkMELz33nwnakIz6zh5&amp;t=638286151360000000" type="text/javascript"></script>' if has_validators else "",
        ev, extra_scripts, thu(NGAY[w.n]), ngay(NGAY[w.n]), x(PORTAL), x(PORTAL), x(PORTAL), "active" if tab == 21 else "", menu, panes, x(PORTAL.upper()), tab, hidden,
        tab, pad_js(tab * 7 + len(title), 11, "dnn.skin"),
        ('\n<script type="text/javascript">\n//<![CDATA[\n\nvar Page_ValidationActive = false;\nif (typeof(ValidatorOnLoad) == "function") {\n    ValidatorOnLoad();'
         '\n}\n\nfunction ValidatorOnSubmit() {\n    if (Page_ValidationActive) {\n        return ValidatorCommonOnSubmit();\n    }\n    else {\n        return true;'
         '\n    }\n}\n        //]]>\n</script>') if has_validators else "")
    return Dapung(body, status, headers=[("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")] + list(headers))


def pane(cls, inner, title="", mid=0):
    return ('<div class="DnnModule DnnModule-HSNews DnnModule-%d"><a name="%d"></a><div class="%s"><div class="module-title"><h2><span id="dnn_ctr%d_dnnTITLE_'
            'titleLabel" class="Head">%s</span></h2></div><div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent '
            'ModHSNewsC">%s</div></div></div></div>') % (mid, mid, cls, mid, x(title), mid, mid, inner)


def item(a, cls="hs-item"):
    return ('<div class="%s"><a class="hs-img" href="%s"><img src="/Portals/0/HSNews/%s/%d.jpg" alt="%s" /></a><h3><a href="%s">%s</a></h3><span class="hs-date">'
            '%s</span><p class="hs-sapo">%s</p></div>') % (cls, url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]),
                                                           ngay(a["ngay"]), x(a["sapo"]))


def side(w):
    moi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.public()[:6])
    vb = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in w.sec("van-ban")[:5])
    return ('<div class="col-md-4 rightpane">%s%s<div class="DnnModule DnnModule-DNN_HTML"><div class="box"><h2>Liên kết website</h2><div class="Normal"><ul>'
            '<li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://kienhoa.dcs.example/" '
            'target="_blank">Đảng bộ tỉnh Kiến Hòa</a></li></ul></div></div></div></div>') % (
        pane("box hs-moi", '<ul class="hs-list">%s</ul>' % moi, "Tin mới", 1110), pane("box hs-vanban", '<ul class="hs-list">%s</ul>' % vb, "Văn bản mới", 1111))


def pager(k, cur, last):
    out = []
    if cur > 1:
        out.append('<a href="%s">« Trước</a>' % list_url(k, cur - 1))
    for n in cua_so(cur, last, 2):
        out.append('<span class="dots">...</span>' if n is None else '<span class="current">%d</span>' % n if n == cur else '<a href="%s">%d</a>' % (list_url(k, n), n))
    if cur < last:
        out.append('<a href="%s">Sau »</a>' % list_url(k, cur + 1))
    return '<div class="hs-pager">Trang: %s</div>' % " ".join(out)


def section_page(tv, w, k, n):
    if k == TL:
        return tu_lieu(tv, w, 1)
    items = w.sec(k)
    last = last_page(w, k)
    inner = ('<div class="hs-noibat">%s</div><div class="hs-listing">%s</div>%s') % (
        "".join(item(a, "hs-item hs-pinned") for a in w.pinned(k)), "".join(item(a) for a in items[(n - 1) * PER_PAGE:n * PER_PAGE]) or
        '<p class="hs-empty">Không có dữ liệu.</p>', pager(k, n, last) if last > 1 else "")
    panes = '<div class="col-md-8 contentpane">%s</div>%s' % (pane("hs-cat", inner, SECNAME[k], SEC[k][5]), side(w))
    rssl = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/DesktopModules/HSNews/Rss.aspx?TabId=%d" />' % (x(SECNAME[k]), tv.origin, SEC[k][2])
    return shell(tv, w, SECNAME[k] + (" - Trang %d" % n if n > 1 else ""), panes, SEC[k][2], "/" + k, extra_scripts=rssl)


def tl_target(i):
    return "%s$rptTrang$ctl%02d$lbtTrang" % (CTR, i)


def pbo(target, validation=True, client_submit=True):
    return ("javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;%s&quot;, &quot;&quot;, %s, &quot;&quot;, &quot;&quot;, false, %s))"
            % (target, "true" if validation else "false", "true" if client_submit else "false"))


def tu_lieu(tv, w, n):
    items = w.sec(TL)
    last = last_page(w, TL)
    n = max(1, min(n, last))
    links = []
    if n > 1:
        links.append('<a id="dnn_ctr1187_TraCuu_lbtTruoc" href="%s">« Trước</a>' % pbo(CTR + "$lbtTruoc"))
    for i in range(last):
        links.append('<span class="current">%d</span>' % (i + 1) if i + 1 == n else '<a id="dnn_ctr1187_TraCuu_rptTrang_lbtTrang_%d" href="%s">%d</a>' % (
            i, pbo(tl_target(i)), i + 1))
    if n < last:
        links.append('<a id="dnn_ctr1187_TraCuu_lbtSau" href="%s">Sau »</a>' % pbo(CTR + "$lbtSau"))
    form = ('<div class="hs-tracuu-form"><label for="dnn_ctr1187_TraCuu_txtTuNgay">Từ ngày</label> <input name="%s$txtTuNgay" type="text" id="dnn_ctr1187_TraCuu_'
            'txtTuNgay" class="form-control datepicker" placeholder="dd/mm/yyyy" /> <span id="dnn_ctr1187_TraCuu_cvTuNgay" style="color:Red;display:none;">Ngày '
            'không hợp lệ</span> <label for="dnn_ctr1187_TraCuu_txtDenNgay">Đến ngày</label> <input name="%s$txtDenNgay" type="text" id="dnn_ctr1187_TraCuu_'
            'txtDenNgay" class="form-control datepicker" placeholder="dd/mm/yyyy" /> <span id="dnn_ctr1187_TraCuu_cvDenNgay" style="color:Red;display:none;">Ngày '
            'không hợp lệ</span> <input type="submit" name="%s$btnTraCuu" value="Tra cứu" onclick="%s" id="dnn_ctr1187_TraCuu_btnTraCuu" class="btn btn-primary" />'
            '<input type="hidden" name="%s$hdTrang" id="dnn_ctr1187_TraCuu_hdTrang" value="%d" /></div>') % (
        CTR, CTR, CTR, pbo(CTR + "$btnTraCuu", True, False), CTR, n)
    inner = ('<div class="hs-tracuu"><p class="hs-gioithieu">Tư liệu của Đảng bộ Khối các cơ quan tỉnh (2016 - 02/2025), lưu trữ sau khi thành lập Đảng bộ các cơ '
             'quan Đảng tỉnh.</p>%s<div class="hs-listing">%s</div><div class="hs-pager">Trang: %s</div></div>') % (
        form, "".join(item(a) for a in items[(n - 1) * PER_PAGE:n * PER_PAGE]), " ".join(links))
    val = ('<script type="text/javascript">\n//<![CDATA[\nvar Page_Validators =  new Array(document.getElementById("dnn_ctr1187_TraCuu_cvTuNgay"), '
           'document.getElementById("dnn_ctr1187_TraCuu_cvDenNgay"));\n//]]>\n</script>\n\n<script type="text/javascript">\n//<![CDATA[\n' +
           "".join(('var dnn_ctr1187_TraCuu_%s = document.all ? document.all["dnn_ctr1187_TraCuu_%s"] : document.getElementById("dnn_ctr1187_TraCuu_%s");\n'
                    'dnn_ctr1187_TraCuu_%s.controltovalidate = "dnn_ctr1187_TraCuu_%s";\ndnn_ctr1187_TraCuu_%s.errormessage = "Ngày không hợp lệ";\n'
                    'dnn_ctr1187_TraCuu_%s.display = "Dynamic";\ndnn_ctr1187_TraCuu_%s.type = "Date";\ndnn_ctr1187_TraCuu_%s.dateorder = "dmy";\n'
                    'dnn_ctr1187_TraCuu_%s.cutoffyear = "2029";\ndnn_ctr1187_TraCuu_%s.century = "2000";\ndnn_ctr1187_TraCuu_%s.evaluationfunction = '
                    '"CompareValidatorEvaluateIsValid";\ndnn_ctr1187_TraCuu_%s.operator = "DataTypeCheck";\n') % ((v,) * 4 + (t,) + (v,) * 8)
                   for v, t in (("cvTuNgay", "txtTuNgay"), ("cvDenNgay", "txtDenNgay"))) + "//]]>\n</script>\n")
    panes = '<div class="col-md-8 contentpane">%s</div>%s' % (pane("hs-cat", inner, "Tư liệu", 1187), side(w))
    return shell(tv, w, "Tư liệu", panes, 61, "/" + TL, extra_scripts=val, has_validators=True)


def home(tv, w):
    td = "".join('<li><a href="%s">%s</a></li>' % (mixed_url(BY_ID[a["id"]] if a["id"] == H1["id"] else a), x(a["tieu_de"]))   # H1: text edited, link kept
                 for a in w.tieu_diem())
    panes = '<div class="col-md-8 contentpane">%s' % pane("hs-tieudiem", '<div class="Normal"><ul class="tieudiem">%s</ul></div>' % td, "Tiêu điểm", 1101)
    for k, n, _, _, _, mid in SECS[:4]:
        its = w.sec(k)[:5]
        panes += pane("hs-box", '%s<ul class="hs-list">%s</ul><p class="more"><a href="/%s">Xem thêm »</a></p>' % (
            item(its[0], "hs-first"), "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in its[1:]), k), n, mid + 100)
    panes += '</div>' + side(w)
    return shell(tv, w, "Trang chủ", panes, 21, "/")


def article(tv, w, a):
    k = a["cm"]
    if k == TL:
        khac = ""
    else:
        older = [b for b in w.sec(k) if (b["ngay"], b["id"]) < (a["ngay"], a["id"])][:5]
        khac = '<div class="hs-khac"><h3>Các tin khác</h3><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in older)
    paras = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            paras.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        paras.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            paras.append('<table class="image" align="center"><tr><td><img src="/Portals/0/HSNews/%s/%d-1.jpg" alt="" /></td></tr><tr><td class="caption">%s</td>'
                         '</tr></table>' % (a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    att = ('<div class="hs-files"><b>Tệp đính kèm:</b> <a href="/Portals/0/HSNews/files/%s.pdf">%s.pdf</a></div>' % (
        a["so_hieu"].replace("Số ", "").replace("/", "-").lower(), x(a["so_hieu"]))) if a["kieu"] == "thongbao" else ""
    inner = ('<div class="hs-detail"><h1 class="hs-title">%s</h1><div class="hs-meta"><span class="hs-date">%s</span> <span class="hs-view">Lượt xem: %d</span></div>'
             '<div class="hs-sapo"><b>%s</b></div><div class="hs-content">%s</div>%s<p class="hs-author" style="text-align: right;"><b>%s</b></p><div '
             'class="hs-share"><a href="https://www.facebook.example/sharer.php?u=%s%s" target="_blank" rel="nofollow">Chia sẻ</a> | <a href="javascript:window.print();">'
             'In bài</a></div></div>%s') % (
        x(a["tieu_de"]), ngay_dnn(a["ngay"]), a["xem"], x(a["sapo"]), "".join(paras), att, x(a["tac_gia"]), ma_hoa(tv.origin, safe=""), ma_hoa(url(a), safe=""), khac)
    panes = '<div class="col-md-8 contentpane">%s</div>%s' % (pane("hs-chitiet", inner, SECNAME[k], SEC[k][5] + 50), side(w))
    etag = '"hs-%d-%d"' % (a["id"], int(a["tao"].timestamp()))
    lm = http_date(a["tao"])
    if tv.h("If-None-Match") == etag or (not tv.h("If-None-Match") and (doc_http_date(tv.h("If-Modified-Since")) or D(1970, 1, 1)) >= a["tao"].replace(second=0)):
        return Dapung(b"", 304, None, [("ETag", etag), ("Last-Modified", lm), ("Cache-Control", "private")])
    return shell(tv, w, a["tieu_de"], panes, SEC[k][2], "/" + k, headers=[("ETag", etag), ("Last-Modified", lm)])


def ysod(tv):
    return Dapung('<!DOCTYPE html>\r\n<html>\r\n    <head>\r\n        <title>Object reference not set to an instance of an object.</title>\r\n    </head>\r\n    '
                  '<body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr width=100% size=1 color=silver></H1>\r\n            <h2> <i>'
                  'Object reference not set to an instance of an object.</i> </h2></span>\r\n            <b> Exception Details: </b>System.NullReferenceException: '
                  'Object reference not set to an instance of an object.<br><br>\r\n    </body>\r\n</html>\r\n', 500, "text/html; charset=utf-8")


def iis503(tv):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n'
                  '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. '
                  'The service is unavailable.</p>\r\n</BODY></HTML>\r\n', 503, "text/html; charset=us-ascii")


def sitemap(tv, w):
    """DNN's SiteMap.aspx (the core provider: the pages; the vendor's provider: the news of the public categories), kept in DNN's sitemap cache
    for a day ('Days to cache: 1'): each run gets the file made at the first request after it expired, 08:12 the day before."""
    at = w.sitemap_at
    state = DAYS_W[max(1, w.n - 1)]
    news = NEW2 if w.n == 2 else NEW3 if w.n == 3 else []
    rows = [("/", None, "daily")] + [("/" + k, None, "daily") for k, _, _, _, _, _ in SECS]
    arts = [a for a in state.public() if a["ngay"] <= at] + [a for a in news if a["ngay"] <= at]
    rows += [(url(a), a.get("sua", a["ngay"]), None) for a in sorted(arts, key=lambda a: (a["ngay"], a["id"]), reverse=True)]
    rows += [("/%s/articleid/%d/%s" % (c, i, s), D(2026, 6, 1, 9, 0), None) for i, c, s in DELETED]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.google.com/schemas/sitemap/0.9">']
    for p, d, f in rows:
        out.append("<url><loc>%s</loc>%s%s<priority>0.5</priority></url>" % (x(tv.origin + p), "<lastmod>%s</lastmod>" % d.strftime("%Y-%m-%d") if d else "",
                                                                               "<changefreq>%s</changefreq>" % f if f else ""))
    out.append("</urlset>")
    return Dapung("\n".join(out), 200, "text/xml; charset=utf-8", [("Cache-Control", "public, max-age=86400"), ("Last-Modified", http_date(at))])


def feed(tv, w):
    """The vendor's RSS handler (under /DesktopModules/, which DNN's stock robots.txt closes)."""
    k = TAB_OF.get(tv.so("TabId", 57, 1, 9999) or 57, "tin-hoat-dong")
    return rss(tv.origin, "%s - %s" % (SECNAME[k], PORTAL), "/" + k, [(a["tieu_de"], raw_url(a), a["ngay"], a["sapo"]) for a in w.sec(k)[:15]])


def lich(tv, w):
    d = tv.q.get("ngay", "10/05/2027")
    m = _re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", d)
    try:
        day = D(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else D(2027, 5, 10)
    except ValueError:
        day = D(2027, 5, 10)
    pv, nx = day - _dt.timedelta(days=1), day + _dt.timedelta(days=1)
    inner = ('<div class="lich"><h3>Lịch công tác ngày %s</h3><p><a href="/lich-cong-tac?ngay=%s">« Ngày trước</a> | <a href="/lich-cong-tac?ngay=%s">Ngày sau »</a>'
             '</p><p>Chưa có lịch công tác.</p></div>') % (ngay(day), ngay(pv), ngay(nx))
    return shell(tv, w, "Lịch công tác", '<div class="col-md-8 contentpane">%s</div>%s' % (pane("lich", inner, "Lịch công tác", 1190), side(w)), 62, "/lich-cong-tac")


def static(tv, w, i, path):
    s, t, ps = TRANG_TINH[i]
    return shell(tv, w, t, '<div class="col-md-8 contentpane">%s</div>%s' % (pane("html", "".join("<p>%s</p>" % x(p) for p in ps), t, 1195), side(w)), 63, path)


def robots(tv):
    return van_ban("User-agent: *\nDisallow: /admin/\nDisallow: /App_Browsers/\nDisallow: /App_Code/\nDisallow: /App_Data/\nDisallow: /App_GlobalResources/\n"
                   "Disallow: /bin/\nDisallow: /Components/\nDisallow: /Config/\nDisallow: /contest/\nDisallow: /controls/\nDisallow: /DesktopModules/\n"
                   "Disallow: /Documentation/\nDisallow: /HttpModules/\nDisallow: /Install/\nDisallow: /Providers/\nDisallow: /Activity-Feed/userId/\n"
                   "Disallow: /tim-kiem\nDisallow: /lich-cong-tac?\nCrawl-delay: 1\n\nSitemap: %s/SiteMap.aspx\n" % tv.origin)


def handle(tv):
    w = W()
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    lp = p.lower()
    if p == "/robots.txt":
        return robots(tv)
    if lp == "/sitemap.aspx":
        return sitemap(tv, w)
    if lp == "/desktopmodules/hsnews/rss.aspx":
        return feed(tv, w)
    if lp == "/default.aspx":
        tab = tv.so("TabId", 0, 1, 9999) or tv.so("tabid", 0, 1, 9999)
        art = tv.so("ArticleId", 0, 1, 999999) or tv.so("articleid", 0, 1, 999999)
        if tab in TAB_OF and art and art in w.v and w.v[art]["cm"] == TAB_OF[tab]:
            return chuyen(tv.origin + url(w.v[art]), 301)
        if tab in TAB_OF and not art:
            return chuyen(tv.origin + "/" + TAB_OF[tab], 301)
        return chuyen(tv.origin + "/", 302)
    if tv.method == "POST":
        if tv.form.get("__EVENTTARGET") == "dnn$dnnSearch$cmdSearch":
            return chuyen(tv.origin + "/tim-kiem?Search=" + ma_hoa(tv.form.get("dnn$dnnSearch$txtSearch", "")), 302)
        if lp == "/" + TL:
            t = tv.form.get("__EVENTTARGET", "")
            try:
                cur = int(tv.form.get(CTR + "$hdTrang", "1"))
            except ValueError:
                cur = 1
            m = _re.fullmatch(_re.escape(CTR) + r"\$rptTrang\$ctl(\d\d)\$lbtTrang", t)
            n = int(m.group(1)) + 1 if m else cur + 1 if t == CTR + "$lbtSau" else cur - 1 if t == CTR + "$lbtTruoc" else 1
            return tu_lieu(tv, w, n)
        tv.method = "GET"
    if p == "/" and not q:
        return home(tv, w)
    m = _re.fullmatch(r"/([A-Za-z-]+)/articleid/(\d+)(?:/([A-Za-z0-9-]*))?", p, _re.I)
    if m:
        if p != lp:
            return chuyen(tv.origin + lp, 301)               # Advanced URL Management: 'force lowercase'
        k, i = m.group(1), int(m.group(2))
        a = w.v.get(i)
        if a is None or k not in SEC:
            return chuyen(tv.origin + "/", 302)              # the module sends a missing article to the home page
        if a["cm"] != k:
            return shell(tv, w, SECNAME.get(k, "Tin tức"), '<div class="col-md-8 contentpane">%s</div>%s' % (pane("hs-chitiet", '<div class="hs-empty">Không tìm '
                         'thấy bài viết trong chuyên mục này.</div>', SECNAME.get(k, ""), 1170), side(w)), SEC[k][2], "/" + k)
        if m.group(3) != a["slug"]:
            return chuyen(tv.origin + url(a), 301)
        if a["id"] in w.down:
            return ysod(tv)
        return article(tv, w, a)
    m = _re.fullmatch(r"/([a-z-]+)(?:/trang/(\d+))?", p)
    if m and m.group(1) in SEC:
        k, n = m.group(1), int(m.group(2) or 1)
        if full == FLAKY and chap_chon((w.n, FLAKY)):
            return iis503(tv)
        if full == SLOW and w.n == 2:                    # day 2 only: the SQL server's index rebuild ran late
            cham(tv, 1.3)
        return section_page(tv, w, k, n)
    if p in ("/lich-cong-tac",):
        return lich(tv, w)
    if p == "/lien-he":
        return static(tv, w, 3, p)
    if p == "/tim-kiem":
        return shell(tv, w, "Tìm kiếm", '<div class="col-md-8">Kết quả tìm kiếm</div>', 64, "/tim-kiem")
    if p.startswith("/Portals/"):
        return Dapung(b"%PDF-1.4\n%%EOF\n", 200, "application/pdf")
    return shell(tv, w, "Không tìm thấy", '<div class="col-md-8"><h2>404 - Không tìm thấy trang</h2></div>', 21, None, 404)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "dnn_IsMobile=False; path=/; secure; HttpOnly"), ("Set-Cookie", "language=vi-VN; path=/; secure; HttpOnly"),
    ("Set-Cookie", ".ASPXANONYMOUS=%s; expires=Sat, 19-Jun-2027 10:00:00 GMT; path=/; HttpOnly" % pad_b64(len(tv.path), 1)[:86])]
    if out.ctype and out.ctype.startswith("text/html") and out.status == 200 else [], post=True)


# ---------------------------------------------------------------- manifests, probes, ground truth
_FAMILY = ("DNN Platform 9.13 (ASP.NET 4.8 WebForms on IIS 10; Advanced URL Management with 'force lowercase') with a local vendor's news module, of a "
           "provincial Đảng bộ các cơ quan Đảng (Kiến Hòa): /<tab>/articleid/<id>/<slug>, /<tab>/trang/N pagers under two pinned 'Tin nổi bật', the skin's "
           "canonical naming the tab, article validators built from the row's creation (304 after edits), SiteMap.aspx cached for a day, the module's RSS "
           "under robots' Disallow: /DesktopModules/; the archive 'Tư liệu' paged only by WebForm_DoPostBackWithOptions (the page holds validators)")
_NOTES = ("Articles /<tab>/articleid/<id>/<slug> (the module builds the slug from the CURRENT title: a retitled item gets a new address and the old one 301s; "
          "a wrong slug 301s; a missing id 302s to the home page; an id under another tab answers 200 'Không tìm thấy bài viết trong chuyên mục này.'), dated "
          "'<Thứ>, dd/mm/yyyy | HH:MM'; the skin prints <link rel=canonical> = the TAB's address on every page of the tab (articles included); mixed-case "
          "addresses (the home 'Tiêu điểm', an HTML module the editors type by hand: /Tin-hoat-dong/ArticleId/…) 301 to the lower-case ones; "
          "/Default.aspx?TabId=&ArticleId= 301s to the friendly address. Article pages send Last-Modified and ETag built from the row's CREATION "
          "(\"hs-<id>-<epoch>\") and answer 304 to them even after an edit (the validators lie). Lists /<tab> and /<tab>/trang/N (10 a page; « Trước … Sau », "
          "windowed) under two most-read older 'Tin nổi bật' on EVERY page; 'Các tin khác' = the 5 older items of the tab. Every page is one WebForms form "
          "(__VIEWSTATE of ~5 KB) whose skin search is __doPostBack('dnn$dnnSearch$cmdSearch','') (-> 302 /tim-kiem, robots). robots.txt is DNN's stock file "
          "(Disallow: /DesktopModules/ closes the module's RSS, /DesktopModules/HSNews/Rss.aspx?TabId=N, head-linked) plus /tim-kiem and /lich-cong-tac?; "
          "Sitemap: /SiteMap.aspx, kept in DNN's sitemap cache for a day (made at 08:12 the day before each run) with two deleted items (302 home). The tab "
          "'Tư liệu' (the former Đảng bộ Khối các cơ quan tỉnh's items 2016 - 02/2025, 30) lists 10 a page under a date search (two CompareValidators, "
          "DataTypeCheck): because the page holds validators, its pager's LinkButtons print href=\"javascript:WebForm_DoPostBackWithOptions(new "
          "WebForm_PostBackOptions(&quot;dnn$ctr1187$TraCuu$rptTrang$ctl01$lbtTrang&quot;, &quot;&quot;, true, &quot;&quot;, &quot;&quot;, false, true))\" "
          "instead of __doPostBack: a POST of the form with __EVENTTARGET = that target gives page 2 (no GET address, feed or sitemap names those items; "
          "their pages carry no 'Các tin khác'). Day calendar /lich-cong-tac?ngay=dd/mm/yyyy forever (trap, robots). Cookies: dnn_IsMobile, language, "
          ".ASPXANONYMOUS.")
_TAIL = {
    1: " Day 1 of three (the run of Mon 10/05/2027 01:47).",
    2: (" DAY 2 (Tue 11/05 01:58): four new items; '%s' (07/05) silently corrected 10/05 15:30 and '%s' (06/05) retitled '%s' 10/05 09:00 (new slug, "
        "the old address 301s) -- both still answer 304 to their day-1 validators; '%s' (08/05) deleted 10/05 11:40 (302 home); '%s' (07/05) moved to "
        "'Xây dựng Đảng' 10/05 14:00 with no redirect (its old address: 200 'Không tìm thấy bài viết trong chuyên mục này.'); '%s' (06/05) answers "
        "ASP.NET's 500 all run; %s slow (1.3 s); SiteMap.aspx of 10/05 08:12." % (S1["tieu_de"], S2["tieu_de"], S2_NEW, S3["tieu_de"], S4["tieu_de"],
                                                                                S5["tieu_de"], SLOW)),
    3: (" DAY 3 (Wed 12/05 02:36): three new items; '%s' re-dated 08/05 09:15 -> 07/05 09:15 (11/05 10:00); an April item retitled '%s' (11/05 "
        "08:30; new slug, the old address 301s), shown so in the home 'Tiêu điểm'; the 500 is gone; SiteMap.aspx of 11/05 08:12." % (S6["tieu_de"], H1_NEW)),
}


def _first_url(a):
    return url(BY_ID[a["id"]])


def _manifest(n):
    w = DAYS_W[n]
    arts = {}
    for a in w.arts:
        if a["id"] in w.down:
            continue
        als = [mixed_url(a), raw_url(a)]
        first = _first_url(a)
        if first != url(a) and a["cm"] == BY_ID[a["id"]]["cm"]:
            als += [first, mixed_url(BY_ID[a["id"]])]    # the old slug 301s (and its mixed-case form, 301 twice)
        info = {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": als}
        if first != url(a):
            info["first"] = first
        arts[url(a)] = info
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts,
            "robots_disallowed": ["/admin/", "/DesktopModules/", "/Providers/", "/tim-kiem", "/lich-cong-tac?"], "trap_prefixes": ["/lich-cong-tac?"],
            "only_via": {"postback-options": [url(a) for a in w.sec(TL)[PER_PAGE:]]}, "flaky": {FLAKY: 503}, "slow": [SLOW] if n == 2 else [],
            "notes": _NOTES + _TAIL[n]}


MANIFEST = _manifest(1)
MANIFEST_DAY2 = _manifest(2)
MANIFEST_DAY3 = _manifest(3)


def _last(a):
    return a["doan"][-1]


def _href(a):
    return 'href="%s"' % url(a)


def _etag(a):
    return '"hs-%d-%d"' % (a["id"], int(a["tao"].timestamp()))


def _new(n, a):
    w = DAYS_W[n]
    i = w.sec(a["cm"]).index(a)
    by = ["/%s page %d (%d%s, below the two pinned 'Tin nổi bật')" % (a["cm"], i // PER_PAGE + 1, i % PER_PAGE + 1, "st" if i % PER_PAGE == 0 else "th")]
    if a in w.public()[:6]:
        by.append("the sidebar 'Tin mới'")
    if a in w.sec(a["cm"])[:5]:
        by.append("its tab's home box")
    return muc21("new", a, True, "Published %s, between the day-%d and day-%d runs; not in SiteMap.aspx (cached since %s). Reached by: %s." % (
        dm(a["ngay"]), n - 1, n, dm(w.sitemap_at), "; ".join(by)), url(a), first_day=n, first=None, due_by="new", contains=a["doan"][0], reached_by=by,
        checks=[{"path": list_url(a["cm"], i // PER_PAGE + 1), "status": 200, "contains": _href(a)}])


def _day2():
    out = {url(a): _new(2, a) for a in NEW2}
    out[url(S1)] = muc21(
        "corrected_silent_validators_lie", S1_2, True,
        "Published 07/05 10:10 (inside day 2's window, from 04/05 01:58). A figure of its 2nd paragraph silently corrected on 10/05 15:30; the page still "
        "sends its day-1 ETag and Last-Modified (built from the row's creation) and answers 304 to them. Documented: recent articles are re-checked WHOLE; "
        "a run that trusts the 304 keeps the old text. The record takes the corrected text (a new version). With the retitle below, two changed pages "
        "under unchanged validators: the documented test for a lying host.",
        url(S1), first_day=1, first=trang_thai(S1, S1_OLD), due_by="window", changed_on=2, same=url(S1), contains=S1_NEW, lacks=S1_OLD,
        checks=[{"path": url(S1), "status": 200, "contains": x(S1_NEW)},
                {"path": url(S1), "status": 304, "headers": {"If-None-Match": _etag(S1)}, "expect_headers": {"ETag": _etag(S1)}}])
    out[url(S2)] = muc21(
        "retitled_new_slug_301", S2_2, True,
        "Published 06/05 14:00 (inside day 2's window). Retitled on 10/05 09:00 ('%s' -> '%s'); the module rebuilt the slug, so the lists link a NEW address "
        "and the old one 301s to it; the new page still answers 304 to the day-1 validators. Documented: an address that redirects to its new one (the same "
        "article, edited perhaps) stays one row under its new address. One record, the new title." % (S2["tieu_de"], S2_NEW),
        url(S2_2), first_day=1, first=trang_thai(S2, _last(S2)), due_by="window", changed_on=2, same=url(S2), contains=_last(S2),
        checks=[{"path": url(S2), "status": 301, "location": url(S2_2)}, {"path": url(S2_2), "status": 304, "headers": {"If-None-Match": _etag(S2)}}],
        noticed_on=[{"path": "/xay-dung-dang", "status": 200, "contains": x(S2_NEW)}])
    out[url(S3)] = muc21(
        "withdrawn_302_home", S3, True,
        "Published 08/05 16:20 (inside day 2's window); deleted on 10/05 11:40: the module answers a missing article with a 302 to the home page. Documented: "
        "redirecting to the home page = withdrawn; the record and its text are kept.",
        None, first_day=1, first=trang_thai(S3, _last(S3)), due_by="window", changed_on=2, same=url(S3), withdrawn=True, contains=_last(S3),
        checks=[{"path": url(S3), "status": 302, "location": "/"}])
    out[url(S4)] = muc21(
        "moved_no_redirect", S4_2, True,
        "Published 07/05 08:45 in 'Tin hoạt động' (inside day 2's window). On 10/05 14:00 an editor moved it to 'Xây dựng Đảng': its address is now "
        "/xay-dung-dang/articleid/%d/… (the same id and slug); the old address answers 200 'Không tìm thấy bài viết trong chuyên mục này.' (no redirect). "
        "The 'Xây dựng Đảng' list shows it on page 1 (with its 07/05 date). Documented: an address simply gone when the same run found the article at a new "
        "one keeps its row (id, publication time): one record, not withdrawn, under its new address." % S4["id"],
        url(S4_2), first_day=1, first=trang_thai(S4, _last(S4)), due_by="window", changed_on=2, same=url(S4), contains=_last(S4),
        judgement="The old address answers the module's 200 'Không tìm thấy bài viết trong chuyên mục này.' rather than a 404. The docs withdraw an "
                  "address that answers the site's 'not found' text with 200, and keep the row of an article whose address is simply gone when the same run "
                  "found it at a new one; the second, more specific rule is taken (the same id and text are on the new address, which the same run's "
                  "listing walk meets on page 1 of 'Xây dựng Đảng'). Truth: one record, not withdrawn. A withdrawn old row beside a new row for the new "
                  "address is a judgement-call miss, not a plain error.",
        checks=[{"path": url(S4), "status": 200, "contains": "Không tìm thấy bài viết trong chuyên mục này", "not_contains": x(_last(S4))},
                {"path": "/xay-dung-dang", "status": 200, "contains": _href(S4_2)}])
    out[url(S5)] = muc21(
        "recheck_500", S5, True,
        "Unchanged. Published 06/05 09:30 (inside day 2's window): re-checked, it answers ASP.NET's 500 'Server Error in '/' Application.' on every try, "
        "all run (a module bug fixed on 11/05). Neither a version nor a withdrawal: one record, its day-1 state.",
        None, first_day=1, first=trang_thai(S5, _last(S5)), due_by="guard", same=url(S5), contains=_last(S5), guard=True,
        answer={"path": url(S5), "status": 500}, checks=[{"path": url(S5), "status": 500}])
    return out


def _day3(prev):
    out = {url(a): _new(3, a) for a in NEW3}
    out[url(S6)] = muc21(
        "date_corrected_validators_lie", S6_3, True,
        "Printed 08/05 09:15 on day 1 (inside day 3's window, from 05/05 02:36). On 11/05 10:00 the editor corrected the DAY (the meeting was on 07/05): "
        "'07/05/2027 | 09:15'; title and text unchanged; the page still answers 304 to its day-1 validators. The record takes the new minute.",
        url(S6), first_day=1, first=trang_thai(S6, _last(S6)), due_by="window", changed_on=3, same=url(S6), contains=_last(S6),
        checks=[{"path": url(S6), "status": 200, "contains": "07/05/2027 | 09:15"},
                {"path": url(S6), "status": 304, "headers": {"If-Modified-Since": http_date(S6["tao"])}}])
    out[url(H1)] = muc21(
        "retitled_headline", H1_3, True,
        "Published %s, outside every window. Retitled on 11/05 08:30 (the module rebuilt the slug: the old address 301s to the new one, which answers 304 "
        "to the day-1 validators). The home 'Tiêu điểm' box, an HTML module typed by hand, got the NEW headline but kept its old link (the mixed-case form "
        "of the archived address: 301 to lower case, 301 to the new slug). Documented: an archived article a listing shows under a headline it never showed "
        "is re-checked whole. One record (its address may follow the redirects), the new title." % ngay(H1["ngay"]),
        url(H1_3), first_day=1, first=trang_thai(H1, _last(H1)), due_by="headline", changed_on=3, same=url(H1), contains=_last(H1),
        checks=[{"path": url(H1), "status": 301, "location": url(H1_3)}],
        noticed_on=[{"path": "/", "status": 200, "contains": x(H1_NEW)}])
    out[url(S5)] = muc21(
        "recovered_after_500", S5, True, "Unchanged; the day-2 500 is gone: the same record, its day-1 state.",
        url(S5), first_day=1, first=trang_thai(S5, _last(S5)), due_by="guard", same=url(S5), contains=_last(S5), guard=True,
        checks=[{"path": url(S5), "status": 200, "contains": x(_last(S5))}])
    out[url(S1)] = giu_lai(prev[url(S1)], 3, "Kept from day 2: the corrected text.", url(S1), checks=[{"path": url(S1), "status": 200, "contains": x(S1_NEW)}])
    out[url(S2)] = giu_lai(prev[url(S2)], 3, "Kept from day 2: one record under the new address, the new title.", url(S2_2),
                           checks=[{"path": url(S2), "status": 301, "location": url(S2_2)}])
    out[url(S3)] = giu_lai(prev[url(S3)], 3, "Kept from day 2: withdrawn (302 home), its text kept.", None, shown_on=1)
    out[url(S4)] = giu_lai(prev[url(S4)], 3, "Kept from day 2: one record, under its 'Xây dựng Đảng' address.", url(S4_2))
    return out


_D2 = _day2()
_D3 = _day3(_D2)
_th = DAYS_W[1].sec("tin-hoat-dong")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": _href(_th[PER_PAGE])},
    {"path": url(_th[0]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080/tin-hoat-dong" />'},
    {"path": url(_th[0]), "status": 304, "headers": {"If-None-Match": _etag(_th[0])}},
    {"path": mixed_url(_th[0]), "status": 301, "location": url(_th[0])},
    {"path": raw_url(_th[0]), "status": 301, "location": url(_th[0])},
    {"path": "/tin-hoat-dong/articleid/1/khong-co", "status": 302, "location": "/"},
    {"path": "/tu-lieu", "status": 200, "contains": "WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;dnn$ctr1187$TraCuu$rptTrang$ctl01$lbtTrang"},
    {"path": "/tu-lieu", "status": 200, "not_contains": "__doPostBack(&#39;dnn$ctr1187"},
    {"path": "/tu-lieu", "method": "POST", "body": b"__EVENTTARGET=dnn%24ctr1187%24TraCuu%24rptTrang%24ctl02%24lbtTrang&__EVENTARGUMENT=", "status": 200,
     "contains": _href(DAYS_W[1].sec(TL)[2 * PER_PAGE])},
    {"path": "/SiteMap.aspx", "status": 200, "not_contains": "/tu-lieu/articleid/"},
    {"path": "/DesktopModules/HSNews/Rss.aspx?TabId=57", "status": 200, "contains": "Default.aspx?TabId=57&amp;ArticleId="},
]
SELFTEST_DAY2 = [
    {"path": url(S3), "status": 302, "location": "/"},
    {"path": url(S5), "status": 500},
    {"path": "/SiteMap.aspx", "status": 200, "not_contains": url(NEW2[0]) + "<"},
]
SELFTEST_DAY3 = [
    {"path": "/", "status": 200, "contains": '<a href="%s">%s</a>' % (mixed_url(H1), x(H1_NEW))},
    {"path": "/SiteMap.aspx", "status": 200, "contains": url(NEW2[0]) + "<"},
]
_NA = ["/%s/articleid/%d/%s" % (c, i, s) for i, c, s in DELETED]
SUMMARY = {
    "clock": clock(),
    "timeline": {"1": "an ordinary day", "2": "4 new; a silent correction and a retitle (new slug, 301) behind lying validators; a deletion (302 home); a "
                 "move to another tab without redirect; a recent page answering 500 all run; a slow list page", "3": "3 new; a date corrected behind lying "
                 "validators; an old item retitled and shown so in the home 'Tiêu điểm'; the 500 recovered"},
    "chains": ["/ -> /<tab> -> /<tab>/trang/N -> /<tab>/articleid/<id>/<slug>; the home 'Tiêu điểm' -> /<Tab>/ArticleId/… (301 lower-case)",
               "/ -> menu 'Tư liệu' -> /tu-lieu (page 1) -> javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(\"dnn$ctr1187$TraCuu$rptTrang$"
               "ctl0N$lbtTrang\", \"\", true, \"\", \"\", false, true)) -> POST /tu-lieu __EVENTTARGET=… -> pages 2 and 3 -> /tu-lieu/articleid/<id>/<slug>",
               "robots Sitemap: /SiteMap.aspx (cached a day; two deleted items 302 home)",
               "head link /DesktopModules/HSNews/Rss.aspx?TabId=N: robots-disallowed (DNN's stock robots.txt)"],
    "discovery": [
        "the tab 'Tư liệu' (30 items of the former Đảng bộ Khối các cơ quan tỉnh) shows 10; because its date search carries CompareValidators, every "
        "LinkButton of its pager prints javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(\"dnn$ctr1187$TraCuu$rptTrang$ctl01$lbtTrang\", "
        "\"\", true, \"\", \"\", false, true)) instead of __doPostBack -- a crawler that knows only __doPostBack never sees pages 2 and 3 (only_via "
        "postback-options 20)",
        "article validators built from the row's creation (304 after an edit), the tab's address as every article's canonical, the module's RSS behind "
        "robots' Disallow: /DesktopModules/, a sitemap cached a day (no only_via)"],
    "set31_pages": {"postback-options": ["/tu-lieu"]},
    "alias_kinds": ["mixed-case /<Tab>/ArticleId/<id>/<slug> (301 to lower case; the home 'Tiêu điểm')",
                    "/Default.aspx?TabId=<tab>&ArticleId=<id> (301; the module's RSS, robots-closed)",
                    "a retitled item's old slug (301 to the new one)"],
    "quirks": ["Crawl-delay: 1", "two 'Tin nổi bật' on top of every list page", "canonical = the tab's address on every page of the tab",
               "article ETag / Last-Modified from the row's creation: 304 after edits", "the skin search is a __doPostBack on every page",
               "SiteMap.aspx cached for a day, two deleted items (302 home)", "the module's RSS under robots' Disallow: /DesktopModules/",
               "%s 503 every other request" % FLAKY, "day 2: %s slow (1.3 s)" % SLOW, "day calendar trap under robots' Disallow: /lich-cong-tac?"],
    "not_articles": _NA,
    "not_articles_day2": _NA + [url(S3), url(S4)],
    "not_articles_day3": _NA + [url(S3), url(S4)],
    "validators": "article pages: ETag \"hs-<id>-<creation epoch>\" and Last-Modified = the row's creation, 304 on either, unchanged by edits (they lie); "
                  "lists and the home page none (Cache-Control: private); SiteMap.aspx Last-Modified = its cache time",
    "day2": _D2,
    "day3": _D3,
}
