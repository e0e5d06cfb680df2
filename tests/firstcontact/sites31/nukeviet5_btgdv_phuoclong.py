"""Blind replica, set 31, site C: the site of a provincial Party committee's Ban Tuyên giáo và Dân vận (Phước Long) on NukeViet 5.0 (PHP 8.2,
nginx + php-fpm) with a vendor's theme, the news module as the default module and the laws module as 'Văn bản'.  Three days (the daily timer's
runs of 10, 11 and 12 May 2027).  Stdlib only; WSGI `app`; set_day(1..3).  Written blind; every name, person and event is made up."""
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

SITE = "Ban Tuyên giáo và Dân vận Tỉnh ủy Phước Long"
XA = ["Đồng Xoài Tây", "Tân Khai Nam", "Lộc Tấn Hưng", "Phú Nghĩa Đông", "Bình Sơn Hạ", "Thuận Lợi Tây", "Đa Kia Bắc", "Minh Hưng Nam", "Tân Tiến An"]
AP = ["ấp Sóc Bom Bo", "ấp Suối Lạnh", "khu phố Tân Đồng", "ấp Đồng Tiến", "tổ dân phố 3", "ấp Cây Điệp"]
# catid, key, title by day (aliases by day), voice, kind
CATS = [(1, "tin-hoat-dong", "Tin hoạt động", "btgdv", "bai"), (2, "tuyen-truyen", "Tuyên truyền", "btgdv", "bai"),
        (3, "dan-van", "Dân vận khéo", "xa", "bai"), (5, "co-so", "Cơ sở", "xa", "bai")]
CAT = {c[1]: c for c in CATS}
RENAMED = "co-so"                                    # day 3: 'Cơ sở' became 'Xã, phường' (alias xa-phuong): its articles' addresses 301
PER_PAGE = 10
VB_PER_PAGE = 8
COOKIE = "nv5c_Pl3kQ"
D = _dt.datetime
OPEN_AT = D(2027, 5, 11, 2, 30)                      # the nightly backup window (from 11/05): 01:30 - 02:30, the site closed


def alias_of(k, n):
    return "xa-phuong" if (k == RENAMED and n >= 3) else k


def name_of(k, n):
    return "Xã, phường" if (k == RENAMED and n >= 3) else CAT[k][2]


# ---------------------------------------------------------------- the newsroom
_GAN = [D(2027, 5, 9, 10, 15), D(2027, 5, 8, 15, 40), D(2027, 5, 8, 9, 5), D(2027, 5, 7, 14, 25), D(2027, 5, 7, 10, 20), D(2027, 5, 6, 16, 0),
        D(2027, 5, 6, 8, 50), D(2027, 5, 5, 10, 30)]
_CM = ["tin-hoat-dong", "tin-hoat-dong", "tuyen-truyen", "co-so", "tin-hoat-dong", "dan-van", "tin-hoat-dong", "tuyen-truyen"]
_s = SoanTin(31301, 94, [(k, w, g, kieu) for (_, k, _, g, kieu), w in zip(CATS, (9, 6, 5, 5))], XA, XA, AP,
             lich=lich31(31301, 94, _GAN, tu_ngay=D(2026, 7, 1, 7, 0)), id_dau=7100, buoc=5, cm_dau=_CM, nguon="BTGDV",
             chu_de=("dai-hoi-xiv", "tu-tuong", "dan-van", "hoc-tap-bac", "hai-cap", "chuyen-doi-so", "den-on", "xa-hoi"))
_v = SoanTin(31302, 28, [("van-ban", 1, "btgdv", "thongbao")], XA, XA, AP, lich=lich31(31303, 28, [D(2027, 5, 6, 15, 0)], tu_ngay=D(2025, 10, 1, 7, 0)),
             id_dau=300, buoc=4, chu_de=("dai-hoi-xiv", "tu-tuong", "dan-van", "hoc-tap-bac", "hai-cap"))
ARTS1 = _s.items
DOCS1 = _v.items
_N3 = [(D(2027, 5, 11, 18, 20), "tin-hoat-dong"), (D(2027, 5, 11, 17, 5), "tin-hoat-dong"), (D(2027, 5, 11, 16, 10), "tin-hoat-dong"),
       (D(2027, 5, 11, 15, 0), "tuyen-truyen"), (D(2027, 5, 11, 14, 15), "tin-hoat-dong"), (D(2027, 5, 11, 10, 40), "tin-hoat-dong"),
       (D(2027, 5, 11, 9, 30), "tin-hoat-dong"), (D(2027, 5, 11, 8, 10), "co-so"), (D(2027, 5, 10, 17, 45), "tin-hoat-dong"),
       (D(2027, 5, 10, 16, 20), "tin-hoat-dong"), (D(2027, 5, 10, 14, 35), "tuyen-truyen"), (D(2027, 5, 10, 13, 20), "tin-hoat-dong"), (D(2027, 5, 10, 10, 5), "tin-hoat-dong"),
       (D(2027, 5, 10, 8, 55), "tin-hoat-dong"), (D(2027, 5, 10, 7, 40), "tin-hoat-dong")]
_n = SoanTin(31304, len(_N3), [(k, 1, g, kieu) for _, k, _, g, kieu in CATS], XA, XA, AP, lich=[d for d, _ in _N3], cm_dau=[k for _, k in _N3],
             id_dau=7700, buoc=3, nguon="BTGDV", chu_de=("dai-hoi-xiv", "hoc-tap-bac", "hai-cap", "tu-tuong"))
NEW3 = _n.items
_nd = SoanTin(31305, 1, [("van-ban", 1, "btgdv", "thongbao")], XA, XA, AP, lich=[D(2027, 5, 11, 9, 50)], id_dau=420, buoc=1, chu_de=("hoc-tap-bac",))
NEWDOC3 = _nd.items
tieu_de_duy_nhat(ARTS1 + NEW3)
for _i, _a in enumerate(sorted(DOCS1 + NEWDOC3, key=lambda a: (a["ngay"], a["id"]))):
    _so = 120 + _i * 7
    _kh = ("TB/BTGDVTU", "HD/BTGDVTU", "KH/BTGDVTU", "CV/BTGDVTU")[_i % 4]
    _loai = {"TB": "Thông báo", "HD": "Hướng dẫn", "KH": "Kế hoạch", "CV": "Công văn"}[_kh[:2]]
    _a["so_hieu"] = "%d-%s" % (_so, _kh)
    _a["tieu_de"] = "%s số %s về %s" % (_loai, _a["so_hieu"], CHU_DE[_a["chu_de"]][1][_i % 3])
    _a["loai"] = _loai
    _a["ky"] = ("Nguyễn Thành Trí", "Lâm Thị Kim Vy", "Huỳnh Văn Lộc")[_i % 3]
for _a in ARTS1 + NEW3:
    _a["alias"] = duong_dan(_a["tieu_de"], 90)
for _a in DOCS1 + NEWDOC3:
    _a["alias"] = duong_dan(_a["tieu_de"], 70)
BY_ID = {a["id"]: a for a in ARTS1 + NEW3}
_BY_DATE = {a["ngay"]: a for a in ARTS1}
T1 = _BY_DATE[D(2027, 5, 7, 10, 20)]       # moved to 'Dân vận khéo' on 10/05 (NukeViet 301s the old address)
T2 = _BY_DATE[D(2027, 5, 8, 15, 40)]       # deleted on 10/05 16:00: 404
T3 = _BY_DATE[D(2027, 5, 9, 10, 15)]       # retitled on 11/05 08:20
assert (T1["cm"], T2["cm"], T3["cm"]) == ("tin-hoat-dong", "tin-hoat-dong", "tin-hoat-dong")
T1_3 = dict(T1, cm="dan-van")
T3_NEW = T3["tieu_de"].replace("Hội nghị báo cáo viên tháng", "Hội nghị báo cáo viên cấp xã tháng", 1) \
    if "Hội nghị báo cáo viên tháng" in T3["tieu_de"] else T3["tieu_de"].replace("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy Phước Long", 1) \
    if "Ban Tuyên giáo và Dân vận Tỉnh ủy" in T3["tieu_de"] else T3["tieu_de"] + " (cập nhật)"
T3_3 = dict(T3, tieu_de=T3_NEW)
_busy = sorted((a for a in NEW3 if a["cm"] == "tin-hoat-dong" and a["ngay"] >= D(2027, 5, 11)), key=lambda a: a["ngay"])
for _a, _t in zip(_busy, ("Hội nghị báo cáo viên Tỉnh ủy tháng 5/2027", "Thông tin chuyên đề về kết quả hai năm vận hành chính quyền địa phương hai cấp",
                          "Ban Tuyên giáo và Dân vận Tỉnh ủy phát động Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2027",
                          "Trao giải Cuộc thi tìm hiểu 137 năm Ngày sinh Chủ tịch Hồ Chí Minh")):
    _a["tieu_de"] = _t
    _a["alias"] = duong_dan(_t, 90)
DELETED = [(7099, "tin-hoat-dong", "hoi-nghi-bao-cao-vien-thang-3-2026"), (7201, "dan-van", "dan-van-kheo-o-xa-phu-nghia-dong-nam-2026")]


class Ngay:
    def __init__(self, n):
        self.n = n
        self.closed = n == 2                             # the run of 11/05 01:58 meets the backup window
        v = {a["id"]: a for a in ARTS1}
        docs = list(DOCS1)
        if n >= 3:
            v[T1["id"]], v[T3["id"]] = T1_3, T3_3
            del v[T2["id"]]
            for a in NEW3:
                v[a["id"]] = a
            docs += NEWDOC3
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.docs = sorted(docs, key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.feed_at = NGAY[n].replace(hour=6, minute=0) - _dt.timedelta(days=1)      # the module feeds' cache: rebuilt at 06:00

    def sec(self, k):
        return [a for a in self.arts if a["cm"] == k]

    def pinned(self, k):
        return sorted(self.sec(k)[PER_PAGE:PER_PAGE + 12], key=lambda a: (-a["xem"], a["id"]))[:2]


DAYS_W = {n: Ngay(n) for n in range(1, DAYS + 1)}
_DAY = [1]


def set_day(day):
    kiem_ngay(day)
    _DAY[0] = day


def W():
    return DAYS_W[_DAY[0]]


def url(a, n=None):
    return "/%s/%s-%d.html" % (alias_of(a["cm"], n or _DAY[0]), a["alias"], a["id"])


def print_url(a, n=None):
    return "/print/%s/%s-%d.html" % (alias_of(a["cm"], n or _DAY[0]), a["alias"], a["id"])


def raw_url(a, n=None):
    return "/index.php?language=vi&nv=news&op=%s/%s-%d" % (alias_of(a["cm"], n or _DAY[0]), a["alias"], a["id"])


ZALO = "?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo"


def zalo_url(a, n=None):
    return url(a, n) + ZALO


def doc_url(d):
    return "/van-ban/detail/%s-%d.html" % (d["alias"], d["id"])


def vb_ajax(p):
    return "/index.php?language=vi&nv=van-ban&op=main&ajax=1&page=%d" % p


def list_url(k, p=1, n=None):
    return "/%s/" % alias_of(k, n or _DAY[0]) + ("page-%d" % p if p > 1 else "")


def last_page(w, k):
    return max(1, -(-len(w.sec(k)) // PER_PAGE))


def ngay_nv(d):
    t = thu(d)
    return "%s - %s %s" % (t[:4] + t[4:].lower(), ngay(d), gio(d))


FLAKY = "/tin-hoat-dong/page-3"
SLOW = "/tuyen-truyen/page-2"


# ---------------------------------------------------------------- pages
def shell(tv, w, title, main, canonical=None, head="", module="news", op="main"):
    n = w.n
    menu = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (list_url(k, 1, n), x(name_of(k, n))) for _, k, _, _, _ in CATS)
    moi = "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a, n), x(a["tieu_de"]), x(a["tieu_de"])) for a in w.arts[:7])
    vb = "".join('<li><a href="%s" title="%s">%s</a> <span class="text-muted">(%s)</span></li>' % (doc_url(d), x(d["tieu_de"]), x(d["tieu_de"]), ngay(d["ngay"]))
                 for d in w.docs[:5])
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n<title>%s</title>\n<meta name="description" '
        'content="%s">\n<meta name="author" content="%s">\n<meta name="copyright" content="%s">\n<meta name="generator" content="NukeViet v5.0">\n<meta '
        'name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta '
        'property="og:title" content="%s">\n<meta property="og:type" content="website">\n<meta property="og:site_name" content="%s">\n%s<link rel="shortcut icon" '
        'href="/favicon.ico">\n<link rel="alternate" href="/rss/" title="Tin tức" type="application/rss+xml">\n<link rel="preload" as="script" href="/assets/js/'
        'jquery/jquery.min.js?t=1746000000">\n<link rel="stylesheet" href="/assets/css/font-awesome.min.css?t=1746000000">\n<link rel="stylesheet" '
        'href="/themes/phuoclong/css/bootstrap.min.css?t=1746000000">\n<link rel="stylesheet" href="/themes/phuoclong/css/style.css?t=1746000000">\n%s<style>%s'
        '</style>\n<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",'
        'nv_lang_variable="language",nv_module_name="%s",nv_func_name="%s",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="%s",'
        'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",'
        'XSSsanitize=1;</script>\n<script src="/assets/js/jquery/jquery.min.js?t=1746000000"></script>\n<script src="/assets/js/language/vi.js?t=1746000000">'
        '</script>\n<script src="/assets/js/global.js?t=1746000000"></script>\n<script src="/assets/js/site.js?t=1746000000"></script>\n<script src="/themes/'
        'phuoclong/js/main.js?t=1746000000"></script>\n</head>\n<body>\n<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ '
        'JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>\n<div class="body-bg"><div class="wraper">\n<header class="site-header">'
        '<div class="container"><div class="row align-items-center"><div class="col-lg-8 logo"><a title="%s" href="/"><img src="/uploads/logo-btgdv-phuoclong.png" '
        'width="540" height="90" alt="%s"></a></div><div class="col-lg-4"><form action="/seek/" method="get" class="header-search"><input type="text" '
        'class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-primary"><i class="fa fa-search"></i></button>'
        '</form><div class="header-date">%s, %s</div></div></div></div></header>\n<nav class="navbar navbar-expand-lg main-menu" id="menusite"><div class="container">'
        '<ul class="navbar-nav"><li class="nav-item home"><a class="nav-link" title="Trang nhất" href="/"><i class="fa fa-home"></i></a></li><li class="nav-item">'
        '<a class="nav-link" href="/about/gioi-thieu.html">Giới thiệu</a></li>%s<li class="nav-item"><a class="nav-link" href="/van-ban/">Văn bản</a></li><li '
        'class="nav-item"><a class="nav-link" href="/lich-cong-tac/">Lịch công tác</a></li></ul></div></nav>\n<section class="site-body"><div class="container" '
        'id="body"><div class="row">\n<div class="col-lg-8">%s</div>\n<div class="col-lg-4"><div class="card block-news mb-3"><div class="card-header">Tin mới nhất'
        '</div><div class="card-body"><ul class="list-unstyled block_newscenter">%s</ul></div></div><div class="card block-laws mb-3"><div class="card-header">'
        '<a href="/van-ban/">Văn bản mới</a></div><div class="card-body"><ul class="list-unstyled">%s</ul></div></div><div class="card mb-3"><div class="card-header">'
        'Liên kết website</div><div class="card-body"><ul class="list-unstyled"><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản '
        'Việt Nam</a></li><li><a href="https://tuyengiao.example/" target="_blank">Tạp chí Tuyên giáo</a></li><li><a href="https://phuoclong.dcs.example/" '
        'target="_blank">Đảng bộ tỉnh Phước Long</a></li></ul></div></div></div>\n</div></div></section>\n<footer id="footer" class="site-footer"><div '
        'class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHƯỚC LONG</strong></p><p>Địa chỉ: số 12 đường Trần Hưng Đạo, phường '
        'Tân Phú, tỉnh Phước Long. Điện thoại: 0271.38x.xxx.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p><p><a href="/rss/">RSS</a> | '
        '<a href="/siteterms/">Điều khoản sử dụng</a></p></div></footer>\n</div></div>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(title), x(SITE), x(SITE), x(title), x(SITE), ('<link rel="canonical" href="%s%s">\n' % (tv.origin, x(canonical))) if canonical else "", head,
        pad_css(len(title) * 11 + 5, 15, "nv5"), module, op, COOKIE, x(SITE), x(SITE), thu(NGAY[n]), ngay(NGAY[n]), menu, main, moi, vb,
        pad_js(len(title) + 31, 11, "nv.global"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "no-cache, must-revalidate"), ("X-Powered-By", "PHP/8.2.24"), ("X-Frame-Options", "SAMEORIGIN"),
                                         ("X-Content-Type-Options", "nosniff")] + list(headers))


def item_html(w, a):
    return ('<div class="news-item d-flex mb-3"><a href="%s" title="%s" class="flex-shrink-0"><img alt="%s" src="/assets/news/%s/%d-1.jpg" width="183" class="img-thumbnail '
            'imghome"></a><div class="ms-3"><h3 class="h5"><a href="%s" title="%s">%s</a></h3><div class="text-muted small"><i class="fa fa-clock-o"></i> %s &nbsp; <i '
            'class="fa fa-eye"></i> Đã xem: %d</div><p>%s</p></div></div>') % (
        url(a, w.n), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], url(a, w.n), x(a["tieu_de"]), x(a["tieu_de"]),
        a["ngay"].strftime("%d/%m/%Y %H:%M"), a["xem"], x(a["sapo"]))


def pager(w, k, cur, last):
    t = name_of(k, w.n)
    lk = lambda p, lab, rel="": '<li class="page-item"><a class="page-link" %shref="%s" title="%s - Trang %d">%s</a></li>' % (
        'rel="%s" ' % rel if rel else "", list_url(k, p, w.n), x(t), p, lab)
    out = ['<li class="page-item disabled"><span class="page-link">&laquo;</span></li>' if cur == 1 else lk(cur - 1, "&laquo;", "prev")]
    for p in cua_so(cur, last, 2):
        if p is None:
            out.append('<li class="page-item disabled"><span class="page-link">...</span></li>')
        elif p == cur:
            out.append('<li class="page-item active"><span class="page-link">%d</span></li>' % p)
        else:
            out.append(lk(p, str(p), "next" if p == cur + 1 else ("prev" if p == cur - 1 else "")))
    out.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>' if cur == last else lk(cur + 1, "&raquo;"))
    return '<nav class="text-center"><ul class="pagination justify-content-center">%s</ul></nav>' % "".join(out)


def crumbs(items):
    return '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang nhất</a></li>%s</ol></nav>' % "".join(
        '<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (u, x(t)) for u, t in items)


def cat_page(tv, w, k, p):
    items = w.sec(k)
    last = last_page(w, k)
    main = ('%s<div class="news_column"><div class="card mb-3 tin-noi-bat"><div class="card-header">Tin tiêu điểm</div><div class="card-body">%s</div></div><div class="'
            'card mb-3"><div class="card-body">%s</div></div></div>%s') % (
        crumbs([(list_url(k, 1, w.n), name_of(k, w.n))]), "".join(item_html(w, a) for a in w.pinned(k)),
        "".join(item_html(w, a) for a in items[(p - 1) * PER_PAGE:p * PER_PAGE]), pager(w, k, p, last) if last > 1 else "")
    head = '<link rel="alternate" href="/rss/%s/" title="%s" type="application/rss+xml">\n' % (alias_of(k, w.n), x(name_of(k, w.n)))
    if p < last:
        head += '<link rel="next" href="%s%s">\n' % (tv.origin, list_url(k, p + 1, w.n))
    if p > 1:
        head += '<link rel="prev" href="%s%s">\n' % (tv.origin, list_url(k, p - 1, w.n))
    return answer(shell(tv, w, "%s%s - %s" % (name_of(k, w.n), " - Trang %d" % p if p > 1 else "", SITE), main, list_url(k, p, w.n), head, op=alias_of(k, w.n)))


def vb_table(w, p):
    docs = w.docs
    last = max(1, -(-len(docs) // VB_PER_PAGE))
    rows = "".join('<tr><td>%s</td><td>%s</td><td><a href="%s" title="%s">%s</a></td></tr>' % (x(d["so_hieu"]), ngay(d["ngay"]), doc_url(d), x(d["tieu_de"]),
                                                                                             x(d["tieu_de"])) for d in docs[(p - 1) * VB_PER_PAGE:p * VB_PER_PAGE])
    lk = lambda q, lab: '<li class="page-item"><a class="page-link" href="javascript:void(0);" onclick="nv_urldecode_ajax(\'%s\', \'vb-list\');">%s</a></li>' % (
        ma_hoa(vb_ajax(q), safe="-_.~"), lab)
    out = [] if p == 1 else [lk(p - 1, "&laquo;")]
    for q in cua_so(p, last, 2):
        out.append('<li class="page-item disabled"><span class="page-link">...</span></li>' if q is None else
                   '<li class="page-item active"><span class="page-link">%d</span></li>' % q if q == p else lk(q, str(q)))
    if p < last:
        out.append(lk(p + 1, "&raquo;"))
    return ('<table class="table table-striped table-bordered table-hover laws-table"><thead><tr><th style="width:150px">Số hiệu</th><th style="width:110px">Ban '
            'hành</th><th>Trích yếu</th></tr></thead><tbody>%s</tbody></table><div class="generate_page"><ul class="pagination">%s</ul></div>') % (rows, "".join(out))


def vb_main(tv, w):
    main = ('%s<div class="laws-search card mb-3"><div class="card-body"><form action="/van-ban/search/" method="get"><input type="text" name="q" class="form-control" '
            'placeholder="Số hiệu, trích yếu..."><button type="submit" class="btn btn-primary">Tìm văn bản</button></form></div></div><div class="laws-list" id="vb-list">'
            '%s</div>') % (crumbs([("/van-ban/", "Văn bản")]), vb_table(w, 1))
    return answer(shell(tv, w, "Văn bản - %s" % SITE, main, "/van-ban/", module="van-ban"))


def doc_page(tv, w, d):
    main = ('%s<div class="laws-detail card"><div class="card-body"><h1 class="h3">%s</h1><table class="table table-bordered"><tr><th>Số hiệu</th><td>%s</td></tr><tr>'
            '<th>Loại văn bản</th><td>%s</td></tr><tr><th>Cơ quan ban hành</th><td>Ban Tuyên giáo và Dân vận Tỉnh ủy</td></tr><tr><th>Ngày ban hành</th><td>%s</td>'
            '</tr><tr><th>Người ký</th><td>%s</td></tr><tr><th>Ngày đăng</th><td>%s %s</td></tr></table><div class="laws-sapo"><strong>%s</strong></div><div '
            'class="laws-content">%s</div><div class="laws-file"><i class="fa fa-file-pdf-o"></i> <a href="/uploads/van-ban/%s.pdf">Tải về: %s.pdf</a></div></div>'
            '</div>') % (crumbs([("/van-ban/", "Văn bản")]), x(d["tieu_de"]), x(d["so_hieu"]), x(d["loai"]), ngay(d["ngay"]), x(d["ky"]), ngay(d["ngay"]), gio(d["ngay"]),
                         x(d["sapo"]), "".join('<p style="text-align:justify">%s</p>' % x(p) for p in d["doan"]), d["so_hieu"].lower(), x(d["so_hieu"]))
    return answer(shell(tv, w, "%s - %s" % (d["tieu_de"], SITE), main, doc_url(d), module="van-ban", op="detail"))


def home(tv, w):
    top = w.sec("tin-hoat-dong")[:4]
    main = '<div class="card mb-3 home-slider"><div class="card-header">Tin tiêu điểm</div><div class="card-body row">%s</div></div>' % "".join(
        '<div class="col-md-6"><a href="%s"><img src="/assets/news/%s/%d-1.jpg" alt="" class="img-fluid"></a><h3 class="h5"><a href="%s">%s</a></h3></div>' % (
            url(a, w.n), a["ngay"].strftime("%Y_%m"), a["id"], url(a, w.n), x(a["tieu_de"])) for a in top)
    for _, k, _, _, _ in CATS:
        its = w.sec(k)[:5]
        main += ('<div class="card mb-3 news-cat"><div class="card-header"><h2 class="h5"><a href="%s">%s</a></h2></div><div class="card-body">%s<ul class="related">'
                 '%s</ul></div></div>') % (list_url(k, 1, w.n), x(name_of(k, w.n)), item_html(w, its[0]), "".join(
                     '<li><a href="%s" title="%s">%s</a></li>' % (url(a, w.n), x(a["tieu_de"]), x(a["tieu_de"])) for a in its[1:]))
    return answer(shell(tv, w, SITE, main, "/"))


def body_paras(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align:justify">%s</p>' % x(p))
    return "".join(out)


def article(tv, w, a):
    k = a["cm"]
    items = w.sec(k)
    i = items.index(a)
    newer, older = items[max(0, i - 4):i], items[i + 1:i + 6]
    fig = ('<figure class="article left"><img alt="%s" src="/assets/news/%s/%d-1.jpg" width="460" class="img-thumbnail"><figcaption>%s</figcaption></figure>' % (
        x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], x(a["chu_thich"]))) if a.get("chu_thich") else ""
    xem = ""
    if a["id"] % 5 == 1 and older:
        b = older[-1]
        xem = '<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (x(raw_url(b, w.n)), x(b["tieu_de"]))      # pasted from the admin preview
    elif a["id"] % 7 == 3 and older:
        b = older[-1]
        xem = '<p><strong>Tin liên quan:</strong> <a href="%s%s">%s</a></p>' % (tv.origin, x(zalo_url(b, w.n)), x(b["tieu_de"]))   # copied in Zalo's browser
    tags = ", ".join('<a title="%s" href="/tag/%s"><em>%s</em></a>' % (x(t), duong_dan(t), x(t)) for t in a["nhan"])
    rel = lambda bs: "".join('<li><i class="fa fa-angle-right"></i> <a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (url(b, w.n), x(b["tieu_de"]), x(b["tieu_de"]),
                                                                                                                       ngay(b["ngay"])) for b in bs)
    main = ('%s<div class="news_column card mb-3"><div class="card-body"><h1 class="title h3">%s</h1><div class="d-flex justify-content-between mb-3"><span class="h6 '
            'text-muted">%s</span><ul class="list-inline mb-0"><li class="list-inline-item"><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" '
            'href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/%s/%s-%d.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,'
            'status=no\');return false"><i class="fa fa-envelope fa-lg"></i></a></li><li class="list-inline-item"><a class="dimgray" rel="nofollow" title="In ra" '
            'href="javascript:void(0);" onclick="nv_open_browse(\'%s\',\'\',840,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false">'
            '<i class="fa fa-print fa-lg"></i></a></li></ul></div><div class="clearfix">%s<div class="hometext mb-3"><strong>%s</strong></div></div><div '
            'id="news-bodyhtml" class="bodytext mb-3">%s%s</div><div class="mb-3"><p class="h6 text-end"><strong>Tác giả: </strong>%s</p><p class="h6 text-end">'
            '<strong>Nguồn tin: </strong>Ban Tuyên giáo và Dân vận Tỉnh ủy</p></div></div></div>%s<div class="news_column card mb-3"><div class="card-body other-news">'
            '<p class="h5"><strong>Những tin mới hơn</strong></p><ul class="related list-unstyled">%s</ul><p class="h5"><strong>Những tin cũ hơn</strong></p><ul '
            'class="related list-unstyled">%s</ul></div></div>') % (
        crumbs([(list_url(k, 1, w.n), name_of(k, w.n))]), x(a["tieu_de"]), ngay_nv(a["ngay"]), alias_of(k, w.n), a["alias"], a["id"], print_url(a, w.n), fig, x(a["sapo"]),
        body_paras(a), xem, x(a["tac_gia"]),
        ('<div class="card mb-3"><div class="card-body"><i class="fa fa-tags"></i> <strong>Từ khóa: </strong>%s</div></div>' % tags) if a["nhan"] else "",
        rel(newer), rel(older))
    head = '<meta property="article:published_time" content="%s">\n' % a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return answer(shell(tv, w, "%s - %s" % (a["tieu_de"], SITE), main, url(a, w.n), head, op="detail"))


def print_page(tv, w, a):
    return answer(('<!DOCTYPE html>\n<html lang="vi"><head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="robots" '
                   'content="noindex, nofollow"><link rel="stylesheet" href="/themes/phuoclong/css/news.print.css"></head><body><div id="print"><div id="hd_print"><h2>'
                   '%s</h2><p><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></p></div><div id="content"><h1>%s</h1><p>%s</p><div class="hometext">'
                   '<strong>%s</strong></div><div class="bodytext">%s</div><div class="copyright"><strong>Tác giả: </strong>%s</div></div><div id="footer"><p>URL của '
                   'bản tin này: %s%s</p></div></div></body></html>') % (
        x(a["tieu_de"]), x(SITE), x(a["tieu_de"]), ngay_nv(a["ngay"]), x(a["sapo"]), body_paras(a), x(a["tac_gia"]), tv.origin, url(a, w.n)))


TAGS = {}
for _a in ARTS1 + NEW3:
    for _t in _a["nhan"]:
        TAGS.setdefault(duong_dan(_t), _t)


def tag_page(tv, w, key):
    t = TAGS[key]
    items = [a for a in w.arts if t in a["nhan"]][:20]
    main = '%s<div class="card"><div class="card-body">%s</div></div>' % (crumbs([("/tag/" + key, t)]), "".join(item_html(w, a) for a in items))
    return answer(shell(tv, w, "%s - %s" % (t, SITE), main, "/tag/" + key, op="tag"))


def feed(tv, w, k=None):
    """The module's RSS, cached by NukeViet until its 06:00 rebuild: a day behind the site (on day 3 it still has T3's old headline)."""
    at = w.feed_at
    base = [T3 if a["id"] == T3["id"] and at < D(2027, 5, 11, 8, 20) else a for a in w.arts if a["ngay"] <= at]
    items = [a for a in base if a["cm"] == k][:20] if k else base[:30]
    n = w.n
    return rss(tv.origin, "%s - %s" % (name_of(k, n) if k else "Tin tức", SITE), list_url(k, 1, n) if k else "/",
               [(a["tieu_de"], url(a, n), a["ngay"], a["sapo"]) for a in items], headers=[("Last-Modified", http_date(at))])


def sitemap(tv, w):
    if tv.path == "/sitemap.xml":
        return Dapung('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-vi.news.xml</loc>'
                      '</sitemap><sitemap><loc>%s/sitemap-vi.page.xml</loc></sitemap></sitemapindex>' % (tv.origin, tv.origin), 200, "application/xml; charset=utf-8")
    if tv.path == "/sitemap-vi.page.xml":
        return urlset(tv.origin, [("/about/gioi-thieu.html", None, None)])
    rows = [(url(a, w.n), a["ngay"], None) for a in w.arts] + [("/%s/%s-%d.html" % (c, s, i), D(2026, 9, 2, 9, 0), None) for i, c, s in DELETED]
    return urlset(tv.origin, rows)


def lich(tv, w, wk, y):
    pv, nx = ((wk - 1, y) if wk > 1 else (52, y - 1)), ((wk + 1, y) if wk < 52 else (1, y + 1))
    main = ('<div class="card"><div class="card-header">Lịch công tác tuần %d năm %d</div><div class="card-body"><p><a href="/lich-cong-tac/tuan-%d-%d/">« Tuần '
            'trước</a> | <a href="/lich-cong-tac/tuan-%d-%d/">Tuần sau »</a></p><p>Chưa có lịch công tác.</p></div></div>') % (wk, y, pv[0], pv[1], nx[0], nx[1])
    return answer(shell(tv, w, "Lịch công tác - %s" % SITE, main, "/lich-cong-tac/", module="lich-cong-tac"))


def not_found(tv, w):
    return answer(shell(tv, w, "Lỗi 404 - %s" % SITE, '<div class="alert alert-danger"><h2>Lỗi 404</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a '
                                                        'href="/">Quay lại trang chủ</a></p></div>', module="page"), 404)


CLOSED_MARK = "Website đang được bảo trì, nâng cấp"


def closed(tv):
    """NukeViet's 'Tạm ngưng hoạt động' page (closed_site for the nightly backup): every PHP address, 200."""
    return Dapung(('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Tạm ngưng hoạt động - %s</title><meta name="viewport" content="width='
                   'device-width, initial-scale=1"><link rel="stylesheet" href="/themes/default/css/bootstrap.min.css"></head><body><div class="container text-center" '
                   'style="margin-top:100px"><img src="/uploads/logo-btgdv-phuoclong.png" alt="%s" width="360"><h1 class="h3 mt-4">%s</h1><p>Hệ thống tạm ngưng hoạt '
                   'động để sao lưu dữ liệu từ 01:30 đến 02:30 hằng ngày. Mong quý bạn đọc thông cảm và quay lại sau.</p></div></body></html>') % (
        x(SITE), x(SITE), CLOSED_MARK), 200, "text/html; charset=utf-8", [("Cache-Control", "no-cache"), ("X-Powered-By", "PHP/8.2.24")])


def bad_gateway(tv):
    return Dapung("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                  "</body>\r\n</html>\r\n", 502, "text/html")


def static(tv, w):
    s, t, ps = TRANG_TINH[0]
    return answer(shell(tv, w, "%s - %s" % (t, SITE), '<div class="card"><div class="card-body"><h1 class="h3">%s</h1>%s</div></div>' % (
        x(t), "".join("<p>%s</p>" % x(p) for p in ps)), "/about/gioi-thieu.html", module="about"))


def handle(tv):
    w = W()
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":                              # a static file: served by nginx even while the site is closed
        return van_ban("User-agent: *\nDisallow: /admin/\nDisallow: /assets/js/\nDisallow: /data/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /modules/\n"
                       "Disallow: /vendor/\nDisallow: /seek/\nDisallow: /sendmail/\nDisallow: /users/\nDisallow: /van-ban/search/\nDisallow: /lich-cong-tac/\n"
                       "Crawl-delay: 1\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p.startswith("/uploads/") or p.startswith("/assets/"):
        return Dapung(b"%PDF-1.4\n%%EOF\n", 200, "application/pdf")
    if w.closed:
        return closed(tv)
    if p == "/index.php":
        if tv.q.get("nv") == "van-ban" and tv.q.get("op") == "main" and tv.q.get("ajax") == "1":
            pg = tv.so("page", 1, 1, 999) or 1
            return Dapung(vb_table(w, pg), 200, "text/html; charset=utf-8", [("Cache-Control", "no-cache"), ("X-Powered-By", "PHP/8.2.24")])
        m = _re.fullmatch(r"([a-z-]+)/[a-z0-9-]+-(\d+)", tv.q.get("op", ""))
        if tv.q.get("nv") == "news" and m and int(m.group(2)) in w.v:
            return chuyen(tv.origin + url(w.v[int(m.group(2))], w.n), 301)
        if not q:
            return chuyen(tv.origin + "/", 301)
        return not_found(tv, w)
    if tv.method == "POST":
        return Dapung("Wrong URL", 403, "text/html; charset=utf-8")
    if p == "/" and not q:
        return home(tv, w)
    if p in ("/sitemap.xml", "/sitemap-vi.news.xml", "/sitemap-vi.page.xml"):
        return sitemap(tv, w)
    if p == "/rss/":
        return feed(tv, w)
    m = _re.fullmatch(r"/rss/([a-z-]+)/", p)
    if m:
        k = next((c for _, c, _, _, _ in CATS if alias_of(c, w.n) == m.group(1)), None)
        return feed(tv, w, k) if k else not_found(tv, w)
    if p == "/about/gioi-thieu.html":
        return static(tv, w)
    if p == "/van-ban/":
        return vb_main(tv, w)
    m = _re.fullmatch(r"/van-ban/detail/([a-z0-9-]+)-(\d+)\.html", p)
    if m:
        d = next((d for d in w.docs if d["id"] == int(m.group(2))), None)
        if d is None:
            return not_found(tv, w)
        if m.group(1) != d["alias"]:
            return chuyen(tv.origin + doc_url(d), 301)
        return doc_page(tv, w, d)
    if p == "/lich-cong-tac/":
        return lich(tv, w, 19, NAM)
    m = _re.fullmatch(r"/lich-cong-tac/tuan-(\d{1,2})-(\d{4})/", p)
    if m and 1 <= int(m.group(1)) <= 53:
        return lich(tv, w, int(m.group(1)), int(m.group(2)))
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)", p)
    if m and m.group(1) in TAGS:
        return tag_page(tv, w, m.group(1))
    m = _re.fullmatch(r"/(print/)?([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", p)
    if m:
        a = w.v.get(int(m.group(4)))
        if not a:
            return not_found(tv, w)
        if m.group(1) and m.group(2) == alias_of(a["cm"], w.n):
            return print_page(tv, w, a)
        if m.group(2) != alias_of(a["cm"], w.n) or m.group(3) != a["alias"]:
            return chuyen(tv.origin + url(a, w.n), 301)     # NukeViet finds the id and redirects a wrong category or alias
        return article(tv, w, a)
    m = _re.fullmatch(r"/([a-z-]+)/(?:page-(\d+))?", p)
    if m and not q:
        k = next((c for _, c, _, _, _ in CATS if alias_of(c, w.n) == m.group(1)), None)
        if k:
            pg = int(m.group(2) or 1)
            if m.group(2) == "1" or pg > last_page(w, k):
                return chuyen(tv.origin + list_url(k, 1, w.n), 301)
            if full == FLAKY and chap_chon((w.n, FLAKY)):
                return bad_gateway(tv)
            if full == SLOW:
                cham(tv, 1.0)
            return cat_page(tv, w, k, pg)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "%s_sess=%032x; path=/; HttpOnly; SameSite=Lax" % (COOKIE, len(tv.path) * 40503 % 16 ** 10)), ("Set-Cookie", "%s_statistic=1; path=/" % COOKIE)]
    if out.ctype and out.ctype.startswith("text/html") else [], post=True)


# ---------------------------------------------------------------- manifests, probes, ground truth
_FAMILY = ("NukeViet 5.0 (PHP 8.2, nginx + php-fpm; a vendor's theme; the news module as the default module, its name dropped from addresses; the laws "
           "module as 'Văn bản') of a provincial Ban Tuyên giáo và Dân vận (Phước Long): /<cat>/<alias>-<id>.html, /<cat>/page-N under two 'Tin tiêu điểm', "
           "print pages and non-rewritten index.php addresses, feeds cached a day; a nightly backup window that closes the site (200) at the day-2 run; a "
           "category renamed on day 3; the documents' list paged only by nv_urldecode_ajax('<rawurlencoded address>', 'vb-list')")
_NOTES = ("Articles /<cat>/<alias>-<id>.html (NukeViet finds the id: a wrong category or alias 301s to the right address, as does the non-rewritten "
          "/index.php?language=vi&nv=news&op=<cat>/<alias>-<id> that 'Xem thêm' links pasted from the admin preview carry; a query string is "
          "ignored: 'Tin liên quan' links copied in Zalo's browser carry ?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo, 200, canonical without), dated '<Thứ> - dd/mm/yyyy HH:MM'; "
          "print pages /print/<cat>/<alias>-<id>.html (nv_open_browse in an onclick; noindex); the e-mail form /sendmail/… (robots). Categories /<cat>/ and "
          "/<cat>/page-N (10 a page, windowed « 1 2 3 … », rel=prev/next; page-1 and pages past the end 301 to the category) under the category's two most-read "
          "older items ('Tin tiêu điểm') on EVERY page; 'Những tin mới hơn' / 'Những tin cũ hơn' on article pages. Keyword pages /tag/<alias>. Feeds /rss/ and "
          "/rss/<cat>/ (head links), cached until NukeViet rebuilds them at 06:00: a day behind. /sitemap.xml -> /sitemap-vi.news.xml (current; two deleted "
          "items 404) and /sitemap-vi.page.xml; the laws module has no sitemap or feed. Documents: the laws module 'Văn bản' (/van-ban/, 28 documents, 8 a page) "
          "prints its first page; its pager is nv_generate_page() in onclick mode: <a href=\"javascript:void(0);\" onclick=\"nv_urldecode_ajax('%2Findex.php"
          "%3Flanguage%3Dvi%26nv%3Dvan-ban%26op%3Dmain%26ajax%3D1%26page%3D2', 'vb-list');\"> -- global.js decodes the address and .load()s it into "
          "#vb-list: GET /index.php?language=vi&nv=van-ban&op=main&ajax=1&page=2 answers the table and the pager for page 2 (in the same form); no other page "
          "names the older documents (the sidebar 'Văn bản mới' shows the newest five; a document's page links no other). Week calendar "
          "/lich-cong-tac/tuan-W-Y/ forever (trap, robots). No validators (Cache-Control: no-cache). NukeViet's session cookies on every page.")
_TAIL = {
    1: " Day 1 of three (the run of Mon 10/05/2027 01:47).",
    2: (" DAY 2 (Tue 11/05 01:58): from 11/05 the vendor's nightly backup closes the site 01:30 - 02:30: every PHP address (the home page, lists, articles, "
        "documents, /sitemap.xml, the feeds) answers NukeViet's 'Tạm ngưng hoạt động' page '%s…' with 200; only the static robots.txt is served. Nothing "
        "can be archived." % CLOSED_MARK),
    3: (" DAY 3 (Wed 12/05 02:36, after the window): 15 news items and a document published on 10 and 11/05 (the briefing day: 12 in 'Tin hoạt động', whose "
        "page 1 holds ten, so two are on page 2); the category 'Cơ sở' renamed 'Xã, phường' (alias co-so -> xa-phuong: its items' addresses 301 to the new "
        "ones, the old category address 404s); '%s' moved to 'Dân vận khéo' (301); '%s' deleted (404); '%s' retitled '%s' (11/05 08:20)." % (
            T1["tieu_de"], T2["tieu_de"], T3["tieu_de"], T3_NEW)),
}


def _manifest(n):
    w = DAYS_W[n]
    if w.closed:
        return {"family": _FAMILY, "start_urls": ["/"], "articles": {}, "outage": True, "robots_disallowed": [], "trap_prefixes": [], "notes": _NOTES + _TAIL[n]}
    arts = {}
    for a in w.arts:
        first = url(BY_ID[a["id"]], 1) if a["id"] in {b["id"] for b in ARTS1} else url(a, n)
        als = [print_url(a, n), raw_url(a, n), zalo_url(a, n)] + ([first] if first != url(a, n) else [])
        info = {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": als}
        if first != url(a, n):
            info["first"] = first
        arts[url(a, n)] = info
    for d in w.docs:
        arts[doc_url(d)] = {"title": d["tieu_de"], "published": d["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []}
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts,
            "robots_disallowed": ["/admin/", "/seek/", "/sendmail/", "/van-ban/search/", "/lich-cong-tac/"], "trap_prefixes": ["/lich-cong-tac/"],
            "only_via": {"urldecode-ajax": [doc_url(d) for d in w.docs[VB_PER_PAGE:]]}, "flaky": {FLAKY: 502}, "slow": [SLOW], "notes": _NOTES + _TAIL[n]}


MANIFEST = _manifest(1)
MANIFEST_DAY2 = _manifest(2)
MANIFEST_DAY3 = _manifest(3)


def _last(a):
    return a["doan"][-1]


def _st(a):
    return trang_thai(a, _last(a))


CLOSED_ANSWER = lambda path: {"path": path, "status": 200, "contains": CLOSED_MARK}


def _day2():
    out = {}
    for a in ARTS1 + DOCS1:
        u = url(a, 1) if a in ARTS1 else doc_url(a)
        held = a["ngay"] >= moc(2)
        out[u] = muc21(
            "site_closed_200", a, True,
            "Unchanged. Day 2's run (11/05 01:58) falls in the vendor's new nightly backup window (01:30 - 02:30): every PHP address answers NukeViet's "
            "'Tạm ngưng hoạt động' page (200, text/html, no article, no noindex), the home page, the lists, the sitemap and the feeds included; robots.txt "
            "(a static file) still answers. %s A maintenance notice never overwrites a record and is not a withdrawal: one record, its day-1 title, minute "
            "and text, no new version." % ("Published %s, inside day 2's window: the ordinary run re-checks it, meets the notice (held) and asks again on "
                                            "day 3." % dm(a["ngay"]) if held else "Published %s: met here only by the rolling re-check." % ngay(a["ngay"])),
            None, first_day=1, first=_st(a), due_by="guard", same=u, contains=_last(a), guard=True, answer=CLOSED_ANSWER(u), checks=[CLOSED_ANSWER(u)], held=held)
    return out


def _day3():
    w = DAYS_W[3]
    out = {}
    for a in NEW3:
        i = w.sec(a["cm"]).index(a)
        by = ["/%s/ page %d (%d%s below the two 'Tin tiêu điểm')" % (alias_of(a["cm"], 3), i // PER_PAGE + 1, i % PER_PAGE + 1, "st" if i % PER_PAGE == 0 else "th")]
        if a in w.arts[:7]:
            by.append("the sidebar 'Tin mới nhất'")
        if a in w.sec(a["cm"])[:5]:
            by.append("its category's home block")
        by.append("/sitemap-vi.news.xml")
        out[url(a, 3)] = muc21(
            "new_on_page2" if i >= PER_PAGE else "new", a, True,
            "Published %s; day 2's run met the closed site, so day 3 is the first run to see it (two days of news: the walk must not stop at page 1, which "
            "holds only new items). Not in the feeds (cached at 06:00 on 11/05)%s. Reached by: %s." % (
                dm(a["ngay"]), "" if a["ngay"] > w.feed_at else " -- it is: published before 06:00", "; ".join(by)),
            url(a, 3), first_day=3, first=None, due_by="new", contains=a["doan"][0], reached_by=by,
            checks=[{"path": list_url(a["cm"], i // PER_PAGE + 1, 3), "status": 200, "contains": 'href="%s"' % url(a, 3)}])
    for d in NEWDOC3:
        out[doc_url(d)] = muc21(
            "new_document", d, True, "A document published on 11/05 09:50: first row of the laws list's first page (and the sidebar 'Văn bản mới'); it pushes "
            "the eighth document to page 2.", doc_url(d), first_day=3, first=None, due_by="new", contains=d["doan"][0],
            checks=[{"path": "/van-ban/", "status": 200, "contains": doc_url(d)}])
    out[url(T1, 1)] = muc21(
        "moved_301", T1_3, True,
        "Published 07/05 10:20 in 'Tin hoạt động' (inside day 3's window, from 05/05 02:36). Moved to 'Dân vận khéo' on 10/05 (day 2 met the closed site, so "
        "day 3 is the first to see it): its address is now %s, and NukeViet 301s the old one to it. One record, under its new address." % url(T1_3, 3),
        url(T1_3, 3), first_day=1, first=_st(T1), due_by="window", changed_on=3, same=url(T1, 1), contains=_last(T1),
        checks=[{"path": url(T1, 1), "status": 301, "location": url(T1_3, 3)}])
    out[url(T2, 1)] = muc21(
        "withdrawn_404", T2, True,
        "Published 08/05 15:40 (inside day 3's window); deleted on 10/05 16:00: NukeViet's 404. The record and its text are kept, marked withdrawn.",
        None, first_day=1, first=_st(T2), due_by="window", changed_on=3, same=url(T2, 1), withdrawn=True, contains=_last(T2),
        checks=[{"path": url(T2, 1), "status": 404}])
    i3 = w.sec("tin-hoat-dong").index(T3_3)
    out[url(T3, 1)] = muc21(
        "retitled", T3_3, True,
        "Published 09/05 10:15 (inside day 3's window); on 11/05 08:20 the headline was corrected ('%s'); same address. The category list (page %d) shows the "
        "new headline; the feeds, cached at 06:00, still the old one. The record takes the new title." % (T3_NEW, i3 // PER_PAGE + 1),
        url(T3, 3), first_day=1, first=_st(T3), due_by="window", changed_on=3, same=url(T3, 1), contains=_last(T3),
        checks=[{"path": url(T3, 3), "status": 200, "contains": x(T3_NEW)}],
        noticed_on=[{"path": list_url("tin-hoat-dong", i3 // PER_PAGE + 1, 3), "status": 200, "contains": x(T3_NEW)}])
    for a in ARTS1:
        if a["cm"] == RENAMED:
            out[url(a, 1)] = muc21(
                "section_renamed_301", a, True,
                "Unchanged. The category 'Cơ sở' was renamed 'Xã, phường' on 10/05 and its alias changed (co-so -> xa-phuong): the article's address is now %s "
                "and the old one 301s to it (the old category address 404s). One record (its address may follow the move), never a second." % url(a, 3),
                url(a, 3), first_day=1, first=_st(a), due_by="guard", same=url(a, 1), contains=_last(a), guard=True,
                checks=[{"path": url(a, 1), "status": 301, "location": url(a, 3)}])
    return out


_D2 = _day2()
_D3 = _day3()
set_day(1)
_th = DAYS_W[1].sec("tin-hoat-dong")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": 'href="%s"' % url(_th[PER_PAGE], 1)},
    {"path": "/tin-hoat-dong/page-1", "status": 301, "location": "/tin-hoat-dong/"},
    {"path": raw_url(_th[3], 1), "status": 301, "location": url(_th[3], 1)},
    {"path": print_url(_th[0], 1), "status": 200, "contains": "noindex"},
    {"path": "/tin-hoat-dong/khong-co-bai-nay-99999.html", "status": 404},
    {"path": "/van-ban/", "status": 200, "contains": "nv_urldecode_ajax('%2Findex.php%3Flanguage%3Dvi%26nv%3Dvan-ban%26op%3Dmain%26ajax%3D1%26page%3D2', 'vb-list')"},
    {"path": "/van-ban/", "status": 200, "not_contains": doc_url(DOCS1[VB_PER_PAGE])},
    {"path": vb_ajax(2), "status": 200, "contains": doc_url(DOCS1[VB_PER_PAGE])},
    {"path": "/sitemap-vi.news.xml", "status": 200, "not_contains": "/van-ban/"},
]
SELFTEST_DAY2 = [CLOSED_ANSWER("/"), CLOSED_ANSWER("/sitemap.xml"), CLOSED_ANSWER("/rss/"), {"path": "/robots.txt", "status": 200, "contains": "Crawl-delay: 1"}]
SELFTEST_DAY3 = [
    {"path": "/co-so/", "status": 404},
    {"path": "/xa-phuong/", "status": 200, "contains": "Xã, phường"},
    {"path": "/rss/", "status": 200, "contains": x(T3["tieu_de"])},
]
_NA = ["/%s/%s-%d.html" % (c, s, i) for i, c, s in DELETED]
SUMMARY = {
    "clock": clock(),
    "timeline": {"1": "an ordinary day", "2": "the site closed for the nightly backup (200 'Tạm ngưng hoạt động' at every PHP address)",
                 "3": "back: two days of news (2 new items on page 2), a category renamed (301s), a move (301), a deletion (404), a retitle; feeds a day behind"},
    "chains": ["/ -> /<cat>/ -> /<cat>/page-N -> /<cat>/<alias>-<id>.html -> onclick nv_open_browse('/print/…')",
               "/ -> menu 'Văn bản' -> /van-ban/ (8 newest) -> onclick nv_urldecode_ajax('%2Findex.php%3F…%26ajax%3D1%26page%3D2', 'vb-list') -> GET "
               "/index.php?language=vi&nv=van-ban&op=main&ajax=1&page=2 (X-Requested-With) -> table + pager (page 3, 4) -> /van-ban/detail/<alias>-<id>.html",
               "robots Sitemap: /sitemap.xml -> /sitemap-vi.news.xml (two deleted items 404), /sitemap-vi.page.xml",
               "head links -> /rss/, /rss/<cat>/ (cached a day)"],
    "discovery": [
        "the laws module's list 'Văn bản' (28 documents) prints 8; its pager is nv_generate_page() in onclick mode -- onclick=\"nv_urldecode_ajax('%2Findex.php"
        "%3Flanguage%3Dvi%26nv%3Dvan-ban%26op%3Dmain%26ajax%3D1%26page%3D2', 'vb-list')\", the address rawurlencode()d, decoded and .load()ed by global.js -- "
        "a crawler that does not decode it never sees the older documents (only_via urldecode-ajax 20)",
        "two 'Tin tiêu điểm' on top of every category page; the site closed (200) at the day-2 run; a category renamed with its articles' addresses on day 3 "
        "(no only_via)"],
    "set31_pages": {"urldecode-ajax": ["/van-ban/"]},
    "alias_kinds": ["print pages /print/<cat>/<alias>-<id>.html (200, noindex; an onclick's nv_open_browse)",
                    "the non-rewritten /index.php?language=vi&nv=news&op=<cat>/<alias>-<id> (301; 'Xem thêm' pasted from admin previews)",
                    "<article>?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo (200, canonical without; 'Tin liên quan' links copied in Zalo's browser)",
                    "day 3: the renamed category's and the moved item's old addresses (301)"],
    "quirks": ["Crawl-delay: 1", "two 'Tin tiêu điểm' on top of every category page", "page-1 and pages past the end 301 to the category",
               "feeds cached until 06:00 (a day behind)", "a news sitemap with two deleted items (404)", "%s 502 every other request" % FLAKY,
               "%s slow (1 s)" % SLOW, "day 2: 200 'Tạm ngưng hoạt động' at every PHP address; robots.txt static",
               "week calendar trap under robots' Disallow: /lich-cong-tac/"],
    "notice_markers": [CLOSED_MARK, "Tạm ngưng hoạt động"],
    "not_articles": _NA,
    "not_articles_day2": _NA,
    "not_articles_day3": _NA + [url(T2, 1)],
    "validators": "none (Cache-Control: no-cache); the feeds send a Last-Modified (their cache time)",
    "day2": _D2,
    "day3": _D3,
}
