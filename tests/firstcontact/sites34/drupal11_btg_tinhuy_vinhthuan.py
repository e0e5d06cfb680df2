"""Set 34, site C: a Ban Tuyên giáo's portal on Drupal 11.1 (PHP 8.3, nginx; a vendor's Bootstrap Barrio subtheme, Pathauto, Metatag,
Redirect, Simple XML Sitemap, Printable, BigPipe with the contrib 'BigPipe sessionless') -- Ban Tuyên giáo Tỉnh ủy Vĩnh Thuận.  One day
(DAYS = 1).  See README.md."""
# ==== KERNEL BEGIN (sites34 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 34 kernel: set 32's = set 31's (plumbing: Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the generator
# SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat, lich22 / lich31; the 2028 vocabulary of
# the two-level local government: provinces and communes / wards only, no districts) with ONE day again (DAYS = 1: a first crawl on
# Thursday 27 July 2028, 10:10 local time).  No clock and no sleep: every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2028, 7, 27, 10, 10)}     # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday
BAY_GIO = NGAY[1]
RECHECK_DAYS = 7                                    # recheck_recent_days, the documented default
NAM = 2028


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
        raise ValueError("set 34 serves one day only (DAYS = 1)")


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


# ---------------------------------------------------------------- seeded newsroom (set 31 vocabulary, May 2028: provinces and communes only)
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
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2028",
                              "đấu tranh phản bác quan điểm sai trái trên không gian mạng")),
    "dan-van": ("Dân vận", ("xây dựng mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "vận động nhân dân hiến đất làm đường giao thông nông thôn")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                                "kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh", "nhân rộng gương điển hình tiên tiến")),
    "kiem-tra": ("Kiểm tra, giám sát", ("giám sát chuyên đề năm 2028", "kiểm tra tài chính đảng", "kê khai tài sản, thu nhập")),
    "kinh-te": ("Kinh tế", ("phát triển kinh tế tư nhân theo Nghị quyết 68-NQ/TW", "giải ngân vốn đầu tư công năm 2028", "phát triển sản phẩm OCOP")),
    "xa-hoi": ("Xã hội", ("phòng, chống thiên tai mùa mưa bão năm 2028", "phòng, chống ma túy", "Tháng hành động vì trẻ em năm 2028")),
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

    def __init__(self, seed, n, chuyen_muc, huyen, xa, ap, tu_ngay=_dt.datetime(2028, 1, 2, 7, 0), id_dau=2000, buoc=3, nguon="",
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
            "hoàn thành %d nhiệm vụ trọng tâm trong năm 2028 và gửi báo cáo trước ngày %d/%d." % (
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
            "Thực hiện kế hoạch năm 2028, %s thông báo tổ chức bồi dưỡng về %s cho %d cán bộ, đảng viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2028 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 7), r.randint(15, 28), r.randint(8, 9), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2028; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(5, 7), self.nguoi(), self.chuc(), r.randint(203, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2027, 2028)), r.randint(3, 40)),
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

def lich22(seed, n, tu_ngay=_dt.datetime(2028, 1, 3), moc=BAY_GIO, gan=6):
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
def lich31(seed, n, gan, tu_ngay=_dt.datetime(2027, 6, 1, 7, 0), sat=0.3):
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

SITE = "Ban Tuyên giáo Tỉnh ủy Vĩnh Thuận"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "btgdv", "bai"), ("tuyen-truyen-bao-chi", "Tuyên truyền - Báo chí", 3, "btgdv", "bai"),
            ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 2, "tinhuy", "dai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
SECNAME["chuyen-de"] = "Chuyên đề"
MENU = [s[0] for s in SECTIONS]
TID = {"tin-hoat-dong": 11, "tuyen-truyen-bao-chi": 12, "ly-luan-thuc-tien": 13, "van-ban": 14}
CD_PATH, CD_NAME, CD_TID = "/chuyen-de/hoc-tap-va-lam-theo-bac", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 41
HUYEN = ["Đà Lạt", "Đơn Dương", "Đức Trọng", "Lạc Dương", "Lâm Hà", "Di Linh", "Bảo Lộc", "Vĩnh Thuận"]
XA = ["Xuân Trường", "Tà Nung", "Lát", "Hiệp Thạnh", "Ka Đô", "Đạ Sar", "Phi Tô", "Tu Tra"]
AP = ["Thôn Đa Phú", "Buôn Đạ Nghịch", "Thôn Klong", "Thôn Lạc Nghiệp", "Thôn Tân Hiệp", "Buôn Bon Đưng"]
PER_PAGE = 10
THEME = "/themes/custom/btgtd"
TOKEN = "Ux9oTQm4RbX1kWzv2f3n8GJ0cLqYp7sHaDeKtVw6iBo"

_s = SoanTin(29201, 102, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(29201, 102, gan=5),
             id_dau=1240, buoc=3, cm_dau=("tin-hoat-dong", "tuyen-truyen-bao-chi", "van-ban", "tin-hoat-dong", "ly-luan-thuc-tien"),
             chu_de=("tu-tuong", "dai-hoi-xiv", "hai-cap", "dan-van", "kiem-tra"), nguon="BTG")
_t = SoanTin(29202, 23, [("chuyen-de", 1, "btgdv", "bai")], HUYEN, XA, AP,
             lich=lich22(29202, 23, tu_ngay=_dt.datetime(2028, 2, 10), gan=1), id_dau=1600, buoc=2, chu_de=("hoc-tap-bac",), nguon="BTG")
ARTS = sorted(_s.items + _t.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
dat_ten_thong_bao([a for a in ARTS if a["cm"] == "van-ban"], "BTGTU")
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 100)
BY_NID = {a["id"]: a for a in ARTS}
CD = [a for a in ARTS if a["cm"] == "chuyen-de"]
MAIN = [a for a in ARTS if a["cm"] in MENU]
NEWS = [a for a in MAIN if a["cm"] != "van-ban"]
DOCS = [a for a in ARTS if a["cm"] == "van-ban"]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "ly-luan-thuc-tien"][::4]}       # also tagged 'Tuyên truyền - Báo chí'
SITEMAP_AT = _dt.datetime(2028, 4, 18, 3, 0)
RETITLED = [a for a in NEWS if a["ngay"] < SITEMAP_AT][3::9]          # titles edited after the last sitemap run: two aliases each
for _a in RETITLED:
    _a["old_slug"] = duong_dan(_a["tieu_de"], 100).rsplit("-", 1)[0] + "-nam-2027"
DELETED = [(1201, "tin-hoat-dong", "hoi-nghi-bao-cao-vien-thang-10-nam-2027"), (1188, "tuyen-truyen-bao-chi", "tuyen-truyen-ky-niem-ngay-thanh-lap-tinh")]
FLAKY = "/tuyen-truyen-bao-chi?page=1"
SLOW = "/tin-hoat-dong?page=2"
ALIAS = {}
for _a in ARTS:
    _a["url"] = "%s/%s" % (CD_PATH, _a["slug"]) if _a["cm"] == "chuyen-de" else "/%s/%s" % (_a["cm"], _a["slug"])
    ALIAS[_a["url"]] = _a
    if _a.get("old_slug"):
        ALIAS["/%s/%s" % (_a["cm"], _a["old_slug"])] = _a


def url(a):
    return a["url"]


def in_sec(k):
    if k == "chuyen-de":
        return CD
    return [a for a in ARTS if a["cm"] == k or (k == "tuyen-truyen-bao-chi" and a["id"] in CROSS)]


def sticky(k):
    """The views attachment 'Tin nổi bật': the section's two sticky nodes (most-read older items), on every page."""
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- Drupal's JSON (Json::encode: HEX_TAG, HEX_APOS, HEX_AMP, HEX_QUOT)
def php_json(v):
    if isinstance(v, dict):
        return "{" + ",".join(php_json(str(k)) + ":" + php_json(w) for k, w in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(php_json(w) for w in v) + "]"
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = _json.dumps(v)[1:-1]
    s = s.replace('\\"', "\\u0022").replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("'", "\\u0027").replace("/", "\\/")
    return '"' + s + '"'


def placeholder_id(block):
    return "callback=Drupal%%5Cblock%%5CBlockViewBuilder%%3A%%3AlazyBuilder&args%%5B0%%5D=%s&args%%5B1%%5D=full&args%%5B2%%5D&token=%s" % (
        block, TOKEN[:len(block) % 20 + 22])


BLOCK_CD = "btgtd_views_block__chuyen_de_block_1"
BLOCK_STATS = "btgtd_thongketruycap"


CD_FIRST, CD_STEP, CD_MORE = 3, 5, "/btgtd/chuyen-de/%s/%d"


def cd_rows(items):
    return "".join('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="%s" hreflang="vi">%s</a></span>'
                    '</div><div class="views-field views-field-created"><span class="field-content">%s</span></div></div>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                    for a in items)


def cd_more(off):
    if off >= len(CD):
        return '<div class="cd-more"></div>'
    return '<div class="cd-more"><a href="%s" class="use-ajax button btn btn-sm btn-outline-primary" rel="nofollow">Xem thêm bài viết</a></div>' % (
        CD_MORE % ("nojs", off))


def block_cd():
    items = cd_rows(CD[:CD_FIRST])
    return ('<div id="block-btgtd-views-block-chuyen-de-block-1" class="block block-views block-views-blockchuyen-de-block-1">\n  <h2 class="block-title">'
            'Chuyên đề</h2>\n  <div class="block-content"><div class="views-element-container"><div class="view view-chuyen-de view-id-chuyen_de '
            'view-display-id-block_1 js-view-dom-id-8f4c2b1e"><div class="view-header"><p class="cd-ten">%s</p></div><div class="view-content">%s</div>'
            '%s</div></div></div>\n</div>\n') % (x(CD_NAME), items, cd_more(CD_FIRST))


def cd_ajax(tv, mode, off):
    """The vendor module's route /btgtd/chuyen-de/{js}/{offset} (a controller with the 'nojs' / 'ajax' route parameter, as Drupal's
    .use-ajax links use it): 'nojs' -- a visitor without JavaScript -- is sent to the front page; 'ajax' with Drupal's wrapper format answers
    an AjaxResponse: append the next rows, replace the 'Xem thêm' link."""
    if mode != "ajax" or tv.method != "POST" or tv.q.get("_wrapper_format") != "drupal_ajax" or tv.form.get("_drupal_ajax") != "1":
        return chuyen(tv.origin + "/", 302)
    cmds = [{"command": "insert", "method": "append", "selector": ".view-chuyen-de .view-content", "data": cd_rows(CD[off:off + CD_STEP]), "settings": None},
            {"command": "insert", "method": "replaceWith", "selector": ".view-chuyen-de .cd-more", "data": cd_more(off + CD_STEP), "settings": None}]
    return Dapung(php_json(cmds), 200, "application/json", [("Cache-Control", "must-revalidate, no-cache, private"), ("X-Drupal-Ajax-Token", "1"),
                                                            ("X-Drupal-Dynamic-Cache", "UNCACHEABLE")])


def block_stats():
    return ('<div id="block-btgtd-thongketruycap" class="block block-btgtd-counter"><h2 class="block-title">Thống kê truy cập</h2><div class="block-content">'
            '<ul class="counter"><li>Đang truy cập: 23</li><li>Hôm nay: 987</li><li>Tổng lượt truy cập: 2.815.406</li></ul></div></div>')


def bigpipe_scripts():
    out = ['<script type="application/vnd.drupal-ajax" data-big-pipe-event="start"></script>']
    for block, html in ((BLOCK_STATS, block_stats()),):
        pid = placeholder_id(block)
        cmds = [{"command": "insert", "method": "replaceWith", "selector": '[data-big-pipe-placeholder-id="%s"]' % pid, "data": html, "settings": None}]
        out.append('<script type="application/vnd.drupal-ajax" data-big-pipe-replacement-for-placeholder-with-id="%s">\n%s\n</script>' % (
            x(pid), php_json(cmds)))
    out.append('<script type="application/vnd.drupal-ajax" data-big-pipe-event="stop"></script>')
    return "\n".join(out)


# ---------------------------------------------------------------- pages
def shell(tv, title, main, canonical, body_class, head="", node=None):
    menu = "".join('<li class="nav-item"><a href="/%s" class="nav-link" data-drupal-link-system-path="%s">%s</a></li>' % (
        k, "taxonomy/term/%d" % TID[k], x(SECNAME[k])) for k in MENU)
    moi = "".join('<div class="views-row"><span class="field-content"><a href="%s" hreflang="vi">%s</a></span></div>' % (url(a), x(a["tieu_de"])) for a in NEWS[:6])
    xem = "".join('<div class="views-row"><span class="field-content"><a href="%s" hreflang="vi">%s</a></span></div>' % (url(a), x(a["tieu_de"]))
                  for a in sorted(NEWS[:40], key=lambda a: -a["xem"])[:5])
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": ("node/%d" % node["id"]) if node else tv.path.strip("/") or "node",
                         "currentPathIsAdmin": False, "isFront": tv.path == "/", "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": "big_pipe/big_pipe,bootstrap_barrio/global-styling,btgtd/global-styling,core/drupal.active-link,"
                                               "statistics/drupal.statistics,system/base,views/views.module", "theme": "btgtd", "theme_token": None},
                "ajaxTrustedUrl": {"/search/node": True}, "bigPipePlaceholderIds": {placeholder_id(BLOCK_STATS): True},
                "user": {"uid": 0, "permissionsHash": "4c1e0a5b8f2d9e7c3a6b1f0d8e2c4a9b7d5f3e1c0a8b6d4f2e0c9a7b5d3f1e0c"}}
    if node:
        settings["statistics"] = {"data": {"nid": str(node["id"])}, "url": "/core/modules/statistics/statistics.php"}
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: '
        'http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  ">\n  <head>\n    <meta charset="utf-8" />\n'
        '<link rel="canonical" href="%s%s" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
        '<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />\n%s'
        '<link rel="icon" href="%s/favicon.ico" type="image/vnd.microsoft.icon" />\n\n    <title>%s | %s</title>\n'
        '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qe2v1xQ0iWJ8y1Fq3cX9bA0.css?delta=0&amp;language=vi&amp;theme=btgtd&amp;include=eJx1j" />\n'
        '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_7hRzK3bC0pLq9eWm2vYtS1u.css?delta=1&amp;language=vi&amp;theme=btgtd&amp;include=eJx1j" />\n'
        '    <style media="all">%s</style>\n  </head>\n  <body class="layout-one-sidebar layout-sidebar-second %s">\n'
        '    <a href="#main-content" class="visually-hidden-focusable">Chuyển đến nội dung chính</a>\n    \n      <div class="dialog-off-canvas-main-canvas" '
        'data-off-canvas-main-canvas>\n    <div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner"><div class="top-bar"><div '
        'class="container"><span class="today">%s, %s</span><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" '
        'class="search-form search-block-form form-row"><input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" '
        'name="keys" value="" size="15" maxlength="128" class="form-search form-control" /><button data-drupal-selector="edit-submit" type="submit" '
        'id="edit-submit" value="Tìm" class="button js-form-submit form-submit btn btn-primary">Tìm</button></form></div></div><div class="site-branding">'
        '<a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/sites/default/files/logo-btg-tuyenduc.png" alt="Trang chủ" /> <span class='
        '"site-name">%s</span></a></div><nav class="navbar navbar-expand-lg" id="navbar-main"><ul class="clearfix nav navbar-nav"><li class="nav-item">'
        '<a href="/" class="nav-link" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li><li class="nav-item"><a href="/gioi-thieu" '
        'class="nav-link">Giới thiệu</a></li>%s<li class="nav-item"><a href="/lich-cong-tac" class="nav-link">Lịch công tác</a></li><li class="nav-item">'
        '<a href="/lien-he" class="nav-link">Liên hệ</a></li></ul></nav></header>\n<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" '
        'class="container"><div class="row row-offcanvas row-offcanvas-left clearfix"><main class="main-content col" id="content" role="main"><section '
        'class="section"><a id="main-content" tabindex="-1"></a>%s</section></main><div class="sidebar_second sidebar col-md-4 order-last" id="sidebar_second">'
        '<aside class="section" role="complementary"><div class="views-element-container block block-views" id="block-tinmoi"><h2 class="block-title">'
        'Tin mới</h2><div class="block-content"><div class="view view-tin-moi">%s</div></div></div>%s'
        '<div class="views-element-container block block-views" id="block-xemnhieu"><h2 class="block-title">Đọc nhiều</h2><div class="block-content"><div '
        'class="view view-xem-nhieu">%s</div></div></div><div id="block-lienket" class="block block-block-content"><h2 class="block-title">Liên kết</h2>'
        '<div class="block-content"><ul><li><a href="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://'
        'tuyengiao.example/">Tạp chí Tuyên giáo</a></li></ul></div></div><span data-big-pipe-placeholder-id="%s"></span></aside></div></div></div></div>\n'
        '<footer class="site-footer"><div class="container"><div class="site-footer__top"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY VĨNH '
        'THUẬN</strong></p><p>Giấy phép số 37/GP-TTĐT. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy. Địa chỉ: số 2 đường Trần Hưng Đạo, thành phố '
        'Đà Lạt.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này. <a href="/rss.xml" class="feed-icon">RSS</a></p></div></div></footer></div>'
        '</div>\n  </div>\n\n    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
        '<script src="/sites/default/files/js/js_aJ3kQ0xWbT9.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=btgtd&amp;include=eJx1j"></script>\n'
        '<script>%s</script>\n%s\n  </body>\n</html>\n') % (
        tv.origin, canonical, head, THEME, x(title), x(SITE), pad_css(len(title) * 41 + 9, 9, "btgtd"), body_class, thu(BAY_GIO), ngay(BAY_GIO), x(SITE),
        menu, main, moi, block_cd(), xem, x(placeholder_id(BLOCK_STATS)), php_json(settings),
        pad_js(len(title) * 43 + 5, 9, "btgtd.theme"), bigpipe_scripts())


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "max-age=300, public"), ("X-Drupal-Dynamic-Cache", "MISS"), ("X-Generator", "Drupal 10 "
                                         "(https://www.drupal.org)"), ("X-Content-Type-Options", "nosniff"), ("Content-language", "vi")] + list(headers))


def teaser(a):
    return ('<div class="views-row"><article class="node node--type-%s node--view-mode-teaser"><div class="field field--name-field-anh-dai-dien"><a href="%s">'
            '<img loading="lazy" src="/sites/default/files/styles/teaser/public/%s/%d.jpg" width="240" height="160" alt="%s" /></a></div><h3 class="node__title">'
            '<a href="%s" rel="bookmark"><span class="field field--name-title">%s</span></a></h3><div class="node__meta"><span class="field field--name-created">'
            '%s</span></div><div class="field field--name-field-sapo">%s</div></article></div>') % (
        "van_ban" if a["cm"] == "van-ban" else "article", url(a), a["ngay"].strftime("%Y-%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]),
        ngay(a["ngay"]) + " - " + gio(a["ngay"]), x(a["sapo"]))


def pager(cur, last):
    """Drupal 10's full pager: query-only relative links, page 1 = ?page=0, five numbers."""
    out = []
    if cur > 0:
        out.append('<li class="pager__item pager__item--first"><a href="?page=0" title="Đến trang đầu"><span class="visually-hidden">Trang đầu</span>'
                   '<span aria-hidden="true">« Đầu</span></a></li><li class="pager__item pager__item--previous"><a href="?page=%d" title="Đến trang trước" '
                   'rel="prev"><span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹ Trước</span></a></li>' % (cur - 1))
    lo = max(0, min(cur - 2, last - 4))
    hi = min(last, lo + 4)
    if lo > 0:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    for i in range(lo, hi + 1):
        out.append('<li class="pager__item%s"><a href="?page=%d" title="%s"%s>%d</a></li>' % (
            " is-active" if i == cur else "", i, "Trang hiện tại" if i == cur else "Đến trang %d" % (i + 1), ' aria-current="page"' if i == cur else "", i + 1))
    if hi < last:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    if cur < last:
        out.append('<li class="pager__item pager__item--next"><a href="?page=%d" title="Đến trang sau" rel="next"><span class="visually-hidden">Trang sau'
                   '</span><span aria-hidden="true">Tiếp ›</span></a></li><li class="pager__item pager__item--last"><a href="?page=%d" title="Đến trang cuối">'
                   '<span class="visually-hidden">Trang cuối</span><span aria-hidden="true">Cuối »</span></a></li>' % (cur + 1, last))
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
            '<ul class="pager__items js-pager__items">%s</ul></nav>') % "".join(out)


def listing(tv, items, page, title, base, pinned=(), feed=None, crumb=True):
    last = max(0, (len(items) - 1) // PER_PAGE)
    shown = items[page * PER_PAGE:(page + 1) * PER_PAGE]
    rows = "".join(teaser(a) for a in shown) if shown else '<div class="view-empty">Chưa có nội dung.</div>'
    att = ('<div class="attachment attachment-before"><div class="view view-tin-noi-bat view-display-id-attachment_1"><h3>Tin nổi bật</h3>%s</div></div>' %
           "".join(teaser(a) for a in pinned)) if pinned else ""
    main = ('%s<h1 class="title page-title">%s</h1><div class="views-element-container"><div class="view view-danh-sach view-display-id-page_1">%s'
            '<div class="view-content">%s</div>%s%s</div></div>') % (
        ('<nav role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
         '</ol></nav>' if crumb else ""), x(title), att, rows, pager(page, last) if shown and last else "",
        ('<a href="%s" class="feed-icon">Đăng ký nhận tin RSS</a>' % feed) if feed else "")
    head = ('<link rel="alternate" type="application/rss+xml" title="%s" href="%s%s" />\n' % (x(title), tv.origin, feed)) if feed else ""
    return answer(shell(tv, title, main, base, "path-view page-view-danh-sach", head))


def section_page(tv, k, page):
    return listing(tv, in_sec(k), page, SECNAME[k], "/" + k, sticky(k), "/%s/rss.xml" % k)


def term_page(tv, k, page):
    """The core taxonomy term view of a 'Chuyên mục' term (sticky first, then newest)."""
    items = in_sec(k)
    items = sorted(items, key=lambda a: a in sticky(k), reverse=True)
    return listing(tv, items, page, SECNAME[k], "/chuyen-muc/" + k, (), "/taxonomy/term/%d/feed" % TID[k])


def home(tv):
    main = '<div class="views-element-container"><div class="view view-frontpage"><h2 class="visually-hidden">Tin nổi bật</h2>%s</div></div>' % (
        "".join(teaser(a) for a in NEWS[:5]))
    for k in MENU:
        main += ('<div class="views-element-container block" id="block-home-%s"><h2 class="block-title"><a href="/%s">%s</a></h2><div class="view">%s</div>'
                 '</div>') % (k, k, x(SECNAME[k]), "".join(teaser(a) for a in in_sec(k)[:3]))
    return answer(shell(tv, "Trang chủ", main, "/", "path-frontpage"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append('<p class="text-align-justify">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<figure role="group" class="align-center"><img alt="" data-entity-type="file" src="/sites/default/files/inline-images/%d-1.jpg" '
                       'width="700" height="467" loading="lazy" /><figcaption>%s</figcaption></figure>' % (a["id"], x(a["chu_thich"])))
    return "".join(out)


def node_page(tv, a):
    if a["cm"] == "chuyen-de":
        terms = '<div class="field field--name-field-chuyen-de field--label-inline"><div class="field__label">Chuyên đề</div><div class="field__item">%s</div></div>' % x(CD_NAME)
        crumb = ""
        same = CD[:0]
    else:
        cats = [a["cm"]] + (["tuyen-truyen-bao-chi"] if a["id"] in CROSS else [])
        terms = '<div class="field field--name-field-chuyen-muc field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__items">%s</div></div>' % (
            "".join('<div class="field__item"><a href="/chuyen-muc/%s" hreflang="vi">%s</a></div>' % (k, x(SECNAME[k])) for k in cats))
        crumb = '<li class="breadcrumb-item"><a href="/%s">%s</a></li>' % (a["cm"], x(SECNAME[a["cm"]]))
        same = [b for b in in_sec(a["cm"]) if b is not a][:5]
    doc = ""
    if a["cm"] == "van-ban":
        doc = ('<div class="field field--name-field-so-ky-hieu field--label-inline"><div class="field__label">Số ký hiệu</div><div class="field__item">%s</div></div>'
               '<div class="field field--name-field-tep-dinh-kem"><div class="field__label">Tệp đính kèm</div><div class="field__item"><span class="file file--mime-'
               'application-pdf file--application-pdf"><a href="/sites/default/files/van-ban/%s/%s.pdf" type="application/pdf">%s.pdf</a></span> <span>(%d KB)</span>'
               '</div></div>') % (x(a["so_hieu"]), a["ngay"].strftime("%Y-%m"), a["slug"][:40], a["slug"][:40], 120 + a["id"] % 400)
    rel = ('<div class="views-element-container block" id="block-tin-cung-chuyen-muc"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view">%s</div>'
           '</div>') % "".join('<div class="views-row"><a href="%s" hreflang="vi">%s</a> <span class="date">(%s)</span></div>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"]))
                               for b in same) if same else ""
    main = ('<nav role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>%s</ol>'
            '</nav><article data-history-node-id="%d" class="node node--type-%s node--view-mode-full"><h1 class="title page-title"><span class="field field--name-'
            'title field--type-string">%s</span></h1><div class="node__meta"><span class="field field--name-created">%s, %s - %s</span> <span class="views">'
            'Lượt xem: %d</span> <a href="/node/%d/printable/print" class="print-page" rel="nofollow" target="_blank">In bài</a></div><div class="node__content">'
            '<div class="field field--name-field-sapo"><strong>%s</strong></div>%s<div class="clearfix text-formatted field field--name-body field--type-text-with-'
            'summary field--label-hidden field__item">%s<p class="text-align-right"><strong>%s</strong></p></div>%s</div></article>%s') % (
        crumb, a["id"], "van_ban" if a["cm"] == "van-ban" else "article", x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], a["id"],
        x(a["sapo"]), doc, body_of(a), x(a["tac_gia"]), terms, rel)
    head = ('<meta name="description" content="%s" />\n<link rel="shortlink" href="%s/node/%d" />\n<meta property="og:url" content="%s%s" />\n'
            '<meta property="og:title" content="%s" />\n<meta property="article:published_time" content="%s" />\n') % (
        x(a["sapo"]), tv.origin, a["id"], tv.origin, url(a), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"))
    return answer(shell(tv, a["tieu_de"], main, url(a), "path-node page-node-type-%s" % ("van-ban" if a["cm"] == "van-ban" else "article"), head, a))


def print_page(tv, a):
    return answer(('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8" /><title>%s | %s</title><link rel="canonical" href="%s%s" /><link rel="stylesheet" '
                   'href="/modules/contrib/printable/css/print.css" /></head><body><div class="print-logo"><img src="/sites/default/files/logo-btg-tuyenduc.png" '
                   'alt="" /></div><div class="print-content"><h1>%s</h1><p>%s - %s</p><p><strong>%s</strong></p>%s<p class="text-align-right"><strong>%s</strong></p>'
                   '</div><div class="print-footer">Nguồn: %s%s</div><script>window.print();</script></body></html>\n') % (
        x(a["tieu_de"]), x(SITE), tv.origin, url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_of(a), x(a["tac_gia"]), tv.origin, url(a)))


def not_found(tv):
    main = '<h1 class="title page-title">Không tìm thấy trang</h1><p>Không tìm thấy trang bạn yêu cầu.</p>'
    return answer(shell(tv, "Không tìm thấy trang", main, tv.path, "path-system"), 404, [("Cache-Control", "no-cache")])


def static_page(tv, i, path):
    s, t, ps = TRANG_TINH[i]
    main = '<h1 class="title page-title">%s</h1><div class="field field--name-body">%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
    return answer(shell(tv, t, main, path, "path-node page-node-type-page"))


def calendar(tv, y, m):
    py_, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    main = ('<h1 class="title page-title">Lịch công tác tháng %d/%d</h1><div class="view view-lich-cong-tac"><nav class="pager"><ul class="pager__items">'
            '<li class="pager__item pager__item--previous"><a href="/lich-cong-tac/%d-%02d" rel="prev">‹ Tháng trước</a></li><li class="pager__item '
            'pager__item--next"><a href="/lich-cong-tac/%d-%02d" rel="next">Tháng sau ›</a></li></ul></nav><div class="view-empty">Chưa có lịch công tác.'
            '</div></div>') % (m, y, py_, pm, ny, nm)
    return answer(shell(tv, "Lịch công tác", main, "/lich-cong-tac", "path-view page-view-lich-cong-tac"))


# ---------------------------------------------------------------- feeds, sitemap
def feed(tv, items, title, link):
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xml:base="%s/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">' % tv.origin, "  <channel>", "    <title>%s</title>" % x(title), "    <link>%s%s</link>" % (tv.origin, link),
           "    <description></description>", "    <language>vi</language>"]
    for a in items[:10]:
        out.append(("    <item>\n  <title>%s</title>\n  <link>%s%s</link>\n  <description>%s</description>\n  <pubDate>%s</pubDate>\n"
                    "    <dc:creator>%s</dc:creator>\n    <guid isPermaLink=\"false\">%d at %s</guid>\n    </item>") % (
            x(a["tieu_de"]), tv.origin, url(a), x(a["sapo"]), rfc822(a["ngay"]), "Ban biên tập", a["id"], tv.origin))
    out += ["  </channel>", "</rss>"]
    return Dapung("\n".join(out), 200, "application/rss+xml; charset=utf-8", [("Cache-Control", "max-age=300, public")])


def sitemap(tv):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/'
           'sitemap-image/1.1">']
    rows = [("/", SITEMAP_AT, "daily", "1.0")] + [("/" + k, SITEMAP_AT, "daily", "0.7") for k in MENU]
    for a in MAIN:
        if a["ngay"] < SITEMAP_AT:
            rows.append(("/%s/%s" % (a["cm"], a.get("old_slug") or a["slug"]), a["ngay"], None, "0.5"))
    rows += [("/%s/%s" % (k, s), _dt.datetime(2028, 3, 2, 9, 0), None, "0.5") for _, k, s in DELETED]
    for p, d, f, pr in rows:
        out.append("<url><loc>%s%s</loc><lastmod>%s</lastmod>%s<priority>%s</priority></url>" % (
            tv.origin, p, d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "<changefreq>%s</changefreq>" % f if f else "", pr))
    out.append("</urlset>")
    return Dapung("\n".join(out), 200, "application/xml; charset=utf-8", [("X-Robots-Tag", "noindex")])


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
# Site (Ban Tuyên giáo)
Disallow: /lich-cong-tac/
Crawl-delay: 1
Sitemap: %s/sitemap.xml
"""


def handle(tv):
    p = tv.path
    page = tv.so("page", 0, 0, 9999)
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p == "/" and not tv.query:
        return home(tv)
    m = _re.fullmatch(r"/btgtd/chuyen-de/(nojs|ajax)/(\d+)", p)
    if m:
        return cd_ajax(tv, m.group(1), int(m.group(2)))
    if p == "/node" and not tv.query:
        return chuyen(tv.origin + "/", 301)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == "/rss.xml":
        return feed(tv, [a for a in NEWS], SITE, "/")
    m = _re.fullmatch(r"/([a-z-]+)/rss\.xml", p)
    if m and m.group(1) in MENU:
        return feed(tv, in_sec(m.group(1)), SECNAME[m.group(1)], "/" + m.group(1))
    m = _re.fullmatch(r"/taxonomy/term/(\d+)/feed", p)
    if m:
        tid = int(m.group(1))
        if tid == CD_TID:
            return feed(tv, CD, CD_NAME, CD_PATH)
        k = next((k for k, t in TID.items() if t == tid), None)
        return feed(tv, in_sec(k), SECNAME[k], "/chuyen-muc/" + k) if k else not_found(tv)
    m = _re.fullmatch(r"/taxonomy/term/(\d+)", p)
    if m:
        tid = int(m.group(1))
        k = next((k for k, t in TID.items() if t == tid), None)
        if k or tid == CD_TID:
            return chuyen(tv.origin + ("/chuyen-muc/" + k if k else CD_PATH), 301)
    m = _re.fullmatch(r"/node/(\d+)(/printable/print)?", p)
    if m and int(m.group(1)) in BY_NID:
        a = BY_NID[int(m.group(1))]
        if m.group(2):
            return print_page(tv, a)
        return chuyen(tv.origin + url(a), 301)          # Redirect module: route normalizer
    if page is None:
        return not_found(tv)
    if p[1:] in MENU:
        if p + ("?" + tv.query if tv.query else "") == FLAKY and chap_chon(FLAKY):
            return answer('<!DOCTYPE html><html><head><title>Error | %s</title></head><body>The website encountered an unexpected error. Try again later.'
                          '</body></html>' % x(SITE), 500, [("Cache-Control", "no-cache")])
        if p + ("?" + tv.query if tv.query else "") == SLOW:
            cham(tv, 1.0)
        return section_page(tv, p[1:], page)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in MENU:
        return term_page(tv, m.group(1), page)
    if p == CD_PATH:
        return listing(tv, CD, page, CD_NAME, CD_PATH, (), "/taxonomy/term/%d/feed" % CD_TID)
    if p in ALIAS:
        return node_page(tv, ALIAS[p])
    if p == "/gioi-thieu":
        return static_page(tv, 0, p)
    if p == "/lien-he":
        return static_page(tv, 3, p)
    if p == "/lich-cong-tac":
        return calendar(tv, 2028, 6)
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4})-(\d{2})", p)
    if m and 1 <= int(m.group(2)) <= 12:
        return calendar(tv, int(m.group(1)), int(m.group(2)))
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx/1.24.0")], moi_lan=lambda tv, out: [("X-Frame-Options", "SAMEORIGIN"),
                                                                               ("Permissions-Policy", "interest-cohort=()")], post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    out = ["/node/%d" % a["id"], "/node/%d/printable/print" % a["id"]]
    if a.get("old_slug"):
        out.append("/%s/%s" % (a["cm"], a["old_slug"]))
    return out


ONLY_UA = [url(a) for a in CD[CD_FIRST:]]
_th = in_sec("tin-hoat-dong")

MANIFEST = {
    "family": "Drupal 11.1 (PHP 8.3, nginx; a vendor's Bootstrap Barrio subtheme, Pathauto, Metatag, Redirect, Simple XML Sitemap, Printable, BigPipe "
              "with the contrib 'BigPipe sessionless') of a provincial Ban Tuyên giáo (Ban Tuyên giáo Tỉnh ủy Vĩnh Thuận): Pathauto aliases with old "
              "aliases kept, views pages and taxonomy term pages of every section with Drupal's query-only ?page=N pager (page 1 also ?page=0), "
              "canonicals that drop ?page, a April 2028 sitemap; the 2028 'Chuyên đề' named only by a sidebar block whose 'Xem thêm' is a "
              "Drupal .use-ajax link (/nojs/ -> /ajax/, POSTed with _wrapper_format=drupal_ajax)",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/search/", "/user/login", "/core/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"drupal-use-ajax": ONLY_UA},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles at Pathauto aliases /<section>/<title-slug> (documents /van-ban/<slug>, with a PDF), dated '<Thứ>, dd/mm/yyyy - HH:MM', a correct "
              "canonical; /node/<nid> 301s to the alias (Redirect's route normalizer; the head's shortlink), /node/<nid>/printable/print is the print "
              "page (200); %d items whose title was edited after April keep their OLD alias too (200, canonical to the new one) -- the sitemap "
              "names the old one. Every section has two listings: the views page /<section> (%d a page, the two sticky 'Tin nổi bật' as an attachment "
              "on top of EVERY page, feed /<section>/rss.xml) and the core taxonomy term page /chuyen-muc/<section> that the articles' 'Chuyên mục' "
              "field links (feed /taxonomy/term/<tid>/feed); both page by Drupal 10's full pager of query-only links href=\"?page=N\" (0-based; page 1 "
              "also as ?page=0; past the end 'Chưa có nội dung.' 200), and Metatag's canonical [current-page:url] drops ?page, so every page of a list "
              "names its first page. Every 4th 'Lý luận - Thực tiễn' item is also tagged 'Tuyên truyền - Báo chí' (one address). Feeds' guids are "
              "'<nid> at <site>' (isPermaLink false). /sitemap.xml (Simple XML Sitemap, last cron run 18/04/2028): lists, articles up to then (old "
              "aliases where they changed) and two deleted nodes (404). Drupal's default robots.txt (/search/, /user/…, /core/ …) plus /lich-cong-tac/. "
              "'Chuyên đề' (%s, since 02/2028, %d items) is in no menu, no list, no feed, not promoted, not in the sitemap: only the sidebar views block "
              "'Chuyên đề' on every page names it: its 3 newest items and <a href=\"/btgtd/chuyen-de/nojs/3\" class=\"use-ajax button\">Xem thêm bài "
              "viết</a> -- a vendor module's route with Drupal's {js} parameter: Drupal's ajax.js turns the link's /nojs/ into /ajax/ and POSTs "
              "/btgtd/chuyen-de/ajax/3?_wrapper_format=drupal_ajax with _drupal_ajax=1 (and ajax_page_state), and the AjaxResponse is a JSON array "
              "of commands: insert/append of the next 5 rows, insert/replaceWith of a new 'Xem thêm' link /btgtd/chuyen-de/nojs/8, and so on; the nojs "
              "address itself (what a visitor without JavaScript gets, or a GET) is a 302 to the front page. The items' pages print their 'Chuyên "
              "đề' as plain text, and the term page %s is linked from nowhere. BigPipe (the contrib 'BigPipe sessionless') still streams the sidebar's "
              "visitor counter. Flaky: %s answers 500 every other "
              "request; slow: %s (1 s). Calendar view /lich-cong-tac/YYYY-MM forever (trap, robots-disallowed; /lich-cong-tac itself is allowed)."
              % (len(RETITLED), PER_PAGE, CD_NAME, len(CD), CD_PATH, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/tin-hoat-dong?page=1", "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/tin-hoat-dong?page=1", "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080/tin-hoat-dong" />'},
    {"path": "/tin-hoat-dong?page=0", "status": 200, "contains": x(_th[0]["tieu_de"])},
    {"path": "/tin-hoat-dong?page=40", "status": 200, "contains": "Chưa có nội dung."},
    {"path": "/node/%d" % _th[0]["id"], "status": 301, "location": url(_th[0])},
    {"path": "/%s/%s" % (RETITLED[0]["cm"], RETITLED[0]["old_slug"]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(RETITLED[0])},
    {"path": "/", "status": 200, "contains": 'href="/btgtd/chuyen-de/nojs/3" class="use-ajax', "not_contains": 'href="%s"' % CD_PATH},
    {"path": "/", "status": 200, "not_contains": x(CD[CD_FIRST]["tieu_de"])},
    {"path": "/btgtd/chuyen-de/nojs/3", "status": 302, "location": "/"},
    {"path": "/btgtd/chuyen-de/ajax/3?_wrapper_format=drupal_ajax", "method": "POST", "body": b"_drupal_ajax=1", "status": 200,
     "contains": "btgtd\\/chuyen-de\\/nojs\\/8"},
    {"path": "/rss.xml", "status": 200, "not_contains": x(CD[0]["tieu_de"])},
    {"path": "/sitemap.xml", "status": 200, "not_contains": CD_PATH},
    {"path": "/%s/%s" % DELETED[0][1:], "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /<section> -> ?page=N (query-only links) -> /<section>/<slug> -> /node/<nid>/printable/print; /chuyen-muc/<section> -> ?page=N",
               "/ -> sidebar block 'Chuyên đề' (3) -> a.use-ajax /btgtd/chuyen-de/nojs/3 -> POST /btgtd/chuyen-de/ajax/3?_wrapper_format=drupal_ajax "
               "_drupal_ajax=1 -> [insert append rows, insert replaceWith a.use-ajax …/nojs/8] -> … -> /chuyen-de/hoc-tap-va-lam-theo-bac/<slug>",
               "robots Sitemap: /sitemap.xml (18/04/2028) -> old aliases (200, canonical to the new one) and two deleted nodes (404)"],
    "discovery": [
        "'Chuyên đề: %s' (since 02/2028, %d items) is in no menu, list, feed or the stale sitemap: only a sidebar views block names it: its 3 newest "
        "items and a 'Xem thêm' that is a Drupal .use-ajax link to /btgtd/chuyen-de/nojs/3 -- the nojs address answers a 302 home, while "
        "Drupal's ajax.js POSTs its /ajax/ twin with _wrapper_format=drupal_ajax and gets insert commands whose data are the next rows and the "
        "next .use-ajax link -- a crawler that does not make Drupal's AJAX request for .use-ajax links never sees the other items "
        "(only_via drupal-use-ajax %d)" % (CD_NAME, len(CD), len(ONLY_UA)),
        "every section is listed twice (views page and taxonomy term page), the pager's links are query-only ?page=N with page 1 also ?page=0, "
        "every page of a list names its first page as canonical, and edited titles leave an old alias answering 200 (no only_via)",
    ],
    "set34_pages": {"drupal-use-ajax": ["/", "/tin-hoat-dong"]},
    "alias_kinds": ["/node/<nid> (301 to the alias)", "print pages /node/<nid>/printable/print (200)",
                    "the old Pathauto alias of an edited title (200, canonical to the new one; in the sitemap)"],
    "quirks": ["Crawl-delay: 1", "two listings per section (views page, taxonomy term page)", "query-only pager links ?page=N, page 1 also ?page=0",
               "canonical of every list page = its first page", "two sticky items on top of every views page", "past-the-end pages 200 'Chưa có nội dung.'",
               "feed guids '<nid> at <site>'", "a sitemap of 18/04/2028 with old aliases and two deleted nodes (404)",
               "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "Drupal's default robots.txt plus the calendar",
               "calendar month trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": ["/%s/%s" % (k, s) for _, k, s in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: max-age=300, public)",
}
