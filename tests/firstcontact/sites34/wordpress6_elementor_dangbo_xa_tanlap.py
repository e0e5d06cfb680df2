"""Set 34, site B: a commune Party committee's site on WordPress 6.7 (PHP 8.1, LiteSpeed; tagDiv's Newspaper 12 theme, Elementor 3.27 +
Elementor Pro for its pages, Yoast SEO, LiteSpeed Cache, a local vendor's documents plugin registering the post type 'van_ban') -- Đảng ủy
xã Tân Lập (tỉnh Long Khánh).  One day (DAYS = 1), 27/07/2028.  See README.md."""
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

SITE = "Đảng ủy xã Tân Lập"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 7, "xa", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 4, "xa", "bai"),
            ("tin-co-so", "Tin cơ sở", 4, "xa", "bai"), ("guong-sang", "Gương sáng", 2, "btgdv", "bai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
SECNAME["van-ban"] = "Văn bản"
CATID = {"tin-hoat-dong": 3, "xay-dung-dang": 4, "tin-co-so": 5, "guong-sang": 6}
CATS = [s[0] for s in SECTIONS]
HUYEN = ["Kiệm Tân", "Xuân Lộc", "Định Quán", "Long Khánh", "Tân Phú", "Cẩm Mỹ"]
XA = ["Gia Kiệm", "Gia Tân 1", "Gia Tân 2", "Quang Trung", "Bàu Hàm 2", "Lộ 25", "Xuân Thiện", "Phú Cường"]
AP = ["Ấp Đức Long", "Ấp Võ Dõng", "Ấp Lạc Sơn", "Ấp Tân Yên", "Ấp Ngô Quyền", "Ấp Bạch Lâm"]
PER_PAGE = 10
NONCE = "7c3e9a0b1d"
AJAX = "/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.6"
UP = "/wp-content/uploads"

_s = SoanTin(29301, 102, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(29301, 102, gan=5),
             id_dau=7400, buoc=9, cm_dau=("tin-hoat-dong", "tin-co-so", "xay-dung-dang", "tin-hoat-dong", "guong-sang"),
             chu_de=("dai-hoi-xiv", "hai-cap", "dan-van", "xa-hoi", "kinh-te", "hoc-tap-bac"))
_d = SoanTin(29302, 24, [("van-ban", 1, "xa", "thongbao")], HUYEN, XA, AP, lich=lich22(29302, 24, gan=1), id_dau=8400, buoc=13,
             chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "dan-van"))
POSTS = _s.items
DOCS = _d.items
dat_ten_thong_bao(DOCS, "HU")
ARTS = sorted(POSTS + DOCS, key=lambda a: (a["ngay"], a["id"]), reverse=True)
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 120)
BY_ID = {a["id"]: a for a in ARTS}
BY_SLUG = {a["slug"]: a for a in POSTS}
DOC_BY_SLUG = {a["slug"]: a for a in DOCS}
CROSS = {a["id"] for a in [b for b in POSTS if b["cm"] == "guong-sang"][::2]}       # also in 'Xây dựng Đảng'
SITEMAP_AT = _dt.datetime(2028, 2, 14, 4, 10)                    # LiteSpeed still serves the cached Yoast sitemaps of that night
TRASHED = ["hoi-nghi-so-ket-cong-tac-dan-van-6-thang-dau-nam-2027", "le-ra-quan-thang-thanh-nien-xa-gia-kiem"]
SLASHLESS = POSTS[5:8]                                           # the footer's editor-typed 'Tiêu điểm' widget
FLAKY = "/category/tin-co-so/page/2/"
SLOW = "/category/tin-hoat-dong/page/3/"
TRAP = "/lich-cong-tac/tuan/"


def in_cat(k):
    return [a for a in POSTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def url(a):
    return ("/van-ban/%s/" if a["cm"] == "van-ban" else "/%s/") % a["slug"]


def cat_url(k, n=1):
    return "/category/%s/" % k + ("page/%d/" % n if n > 1 else "")


def pinned(k):
    """The category template's top grid: the category's three most-read older posts, on every page of it."""
    return sorted(in_cat(k)[PER_PAGE:], key=lambda a: -a["xem"])[:3]


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s - %s" % (ngay(d), gio(d))


# ---------------------------------------------------------------- tagDiv blocks
BLOCKS = {}                                                     # block id -> (title, post type, category key, limit, block type)


def block_items(spec):
    title, ptype, k, limit, bt = spec
    return DOCS if ptype == "van_ban" else (in_cat(k) if k else POSTS)


def module_html(a, big=False):
    cat = "" if a["cm"] == "van-ban" else '<a href="%s" class="td-post-category">%s</a>' % (cat_url(a["cm"]), x(SECNAME[a["cm"]]))
    return ('<div class="td_module_flex td_module_flex_%d td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-">'
            '<div class="td-image-container"><div class="td-module-thumb"><a href="%s" rel="bookmark" class="td-image-wrap" title="%s"><span class="entry-thumb '
            'td-thumb-css" data-type="css_image" data-img-url="%s/%s/%d-324x235.jpg"></span></a></div></div><div class="td-module-meta-info">%s'
            '<h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3><div class="td-editor-date"><span class="td-post-date">'
            '<time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div>%s</div></div></div>') % (
        1 if big else 6, url(a), x(a["tieu_de"]), UP, a["ngay"].strftime("%Y/%m"), a["id"], cat, url(a), x(a["tieu_de"]), x(a["tieu_de"]),
        a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), ('<div class="td-excerpt">%s</div>' % x(a["sapo"])) if big else "")


def td_block(bid, title, ptype, k, limit, bt, anchor=""):
    BLOCKS[bid] = (title, ptype, k, limit, bt)
    items = block_items(BLOCKS[bid])
    pages = (len(items) + limit - 1) // limit
    atts = {"custom_title": title, "limit": str(limit), "category_id": str(CATID[k]) if k else "", "post_type": ptype, "ajax_pagination": "next_prev",
            "block_type": bt, "separator": "", "td_column_number": 2, "header_color": "#", "ajax_pagination_infinite_stop": "", "offset": "",
            "td_ajax_preloading": "", "td_filter_default_txt": "", "td_ajax_filter_type": "", "class": bid, "tdc_css_class": bid}
    js = ("var block_%s = new tdBlock();\nblock_%s.id = \"%s\";\nblock_%s.atts = '%s';\nblock_%s.td_column_number = \"2\";\nblock_%s.block_type = \"%s\";\n"
          "block_%s.post_count = \"%d\";\nblock_%s.found_posts = \"%d\";\nblock_%s.header_color = \"#\";\nblock_%s.ajax_pagination_infinite_stop = \"\";\n"
          "block_%s.max_num_pages = \"%d\";\ntdBlocksArray.push(block_%s);\n") % (
        bid, bid, bid, bid, _json.dumps(atts, separators=(",", ":")).replace("/", "\\/"), bid, bid, bt, bid, min(limit, len(items)), bid, len(items), bid, bid, bid, pages, bid)
    head = ('<div class="td-block-title-wrap"><h4 class="td-block-title"%s><span class="td-pulldown-size">%s</span></h4></div>' % (
        (' id="%s"' % anchor) if anchor else "", x(title)))
    if k:
        head = head.replace('<span class="td-pulldown-size">%s</span>' % x(title), '<a href="%s" class="td-pulldown-size">%s</a>' % (cat_url(k), x(title)))
    return ('<div class="td_block_wrap %s %s td-pb-border-top td_block_template_1 td-column-2" data-td-block-uid="%s"><script>%s</script>%s'
            '<div id="%s" class="td_block_inner td-mc1-wrap">%s</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" '
            'aria-label="prev-page" id="prev-page-%s" data-td_block_id="%s"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" '
            'class="td-ajax-next-page" aria-label="next-page" id="next-page-%s" data-td_block_id="%s"><i class="td-next-prev-icon td-icon-font '
            'td-icon-menu-right"></i></a></div></div>') % (bt, bid, bid, js, head, bid, "".join(module_html(a, i == 0) for i, a in enumerate(items[:limit])),
                                                         bid, bid, bid, bid)


# ---------------------------------------------------------------- pages
HEAD_JS = ("\n    var tdBlocksArray = []; //here we store all the items for the current page\n\n    // td_block class - each ajax block uses a object of "
           "this class for requests\n    function tdBlock() {\n        this.id = '';\n        this.block_type = 1; //block type id (1-234 etc)\n"
           "        this.atts = '';\n        this.td_column_number = '';\n        this.td_current_page = 1; //\n        this.post_count = 0; //from wp\n"
           "        this.found_posts = 0; //from wp\n        this.max_num_pages = 0; //from wp\n        this.td_filter_value = ''; //current live filter value\n"
           "        this.is_ajax_running = false;\n        this.td_user_action = ''; // load more or infinite loader (used by the animation)\n"
           "        this.header_color = '';\n        this.ajax_pagination_infinite_stop = ''; //show load more at page x\n    }\n")


def shell(tv, title, main, canonical, body_class, head="", robots="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
          schema_url=None):
    menu = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s"><div class="tdb-menu-item-text">%s</div></a></li>' % (
        cat_url(k), x(SECNAME[k])) for k in CATS)
    moi = "".join('<div class="td_module_flex td_module_flex_6"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark">%s</a></h3><span '
                  'class="td-post-date">%s</span></div>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in POSTS[:5])
    docnhieu = "".join('<li><a href="%s" title="%s" class="wpp-post-title" target="_self">%s</a> <span class="wpp-meta post-stats"><span class="wpp-views">%d '
                       'lượt xem</span></span></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"]), a["xem"]) for a in sorted(POSTS[:40], key=lambda a: -a["xem"])[:5])
    tieudiem = "".join('<li><a href="%s%s">%s</a></li>' % (tv.origin, url(a)[:-1], x(a["tieu_de"])) for a in SLASHLESS)
    canon = ('<link rel="canonical" href="%s%s" />\n' % (tv.origin, canonical)) if canonical else ""
    schema = ('<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%s%s",'
              '"url":"%s%s","name":"%s","isPartOf":{"@id":"%s/#website"},"inLanguage":"vi"},{"@type":"WebSite","@id":"%s/#website","url":"%s/","name":"%s",'
              '"potentialAction":[{"@type":"SearchAction","target":{"@type":"EntryPoint","urlTemplate":"%s/?s={search_term_string}"},"query-input":'
              '"required name=search_term_string"}],"inLanguage":"vi"}]}</script>\n') % (
        tv.origin, schema_url or canonical or "/", tv.origin, schema_url or canonical or "/", x(title).replace('"', "&quot;"), tv.origin, tv.origin,
        tv.origin, x(SITE), tv.origin)
    return (
        '<!doctype html >\n<html lang="vi">\n<head>\n    <title>%s - %s</title>\n    <meta charset="UTF-8" />\n    <meta name="viewport" '
        'content="width=device-width, initial-scale=1.0">\n    <link rel="pingback" href="%s/xmlrpc.php" />\n\t<!-- This site is optimized with the Yoast '
        'SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<meta name="robots" content="%s" />\n\t%s\t<meta property="og:locale" '
        'content="vi_VN" />\n\t<meta property="og:title" content="%s" />\n\t<meta property="og:site_name" content="%s" />\n\t%s\t<!-- / Yoast SEO plugin. -->\n'
        '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="%s/feed/" />\n<link rel="alternate" type="application/'
        'rss+xml" title="%s &raquo; Dòng phản hồi" href="%s/comments/feed/" />\n%s<link rel="stylesheet" id="td-theme-css" href="%s/themes/Newspaper/'
        'style.css?ver=12.6.6" type="text/css" media="all" />\n<style id="td-theme-inline-css">%s</style>\n<script src="%s/wp-includes/js/jquery/jquery.min.js'
        '?ver=3.7.1" id="jquery-core-js"></script>\n<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="EditURI" type="application/rsd+xml" '
        'title="RSD" href="%s/xmlrpc.php?rsd" />\n<meta name="generator" content="WordPress 6.7.1" />\n<script>%s</script>\n\n<!-- JS generated by theme -->\n'
        '<script>\n    \n    var tdBlockNonce="%s";\n    var td_ajax_url="%s\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.6";\n'
        '    var td_get_template_directory_uri="%s\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";\n    var tds_general_modal_image="yes";\n'
        '    var tdDateNamesI18n={"month_names":["Tháng Một","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám",'
        '"Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai"]};\n</script>\n</head>\n\n<body class="%s global-block-template-1 td-animation-stack-type0 '
        'td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up">'
        '</i></div>\n<div id="td-outer-wrap" class="td-theme-wrap">\n<div class="tdc-header-wrap"><div class="td-header-top"><span class="td-date">%s, %s</span>'
        '<form method="get" class="tdb-search-form-inner" action="%s/"><input class="tdb-head-search-form-input" placeholder="Tìm kiếm" type="text" value="" '
        'name="s" autocomplete="off" /><button class="wpb_button tdb-head-search-form-btn" title="Search" type="submit"><span>Tìm</span></button></form></div>'
        '<div class="td-header-logo"><a class="td-main-logo" href="%s/"><img src="%s/2026/05/logo-huyenuy-kiemtan.png" alt="%s" /><span class="td-visual-hidden">'
        '%s</span></a></div><div class="td-header-menu-wrap"><ul id="menu-main-menu" class="tdb-block-menu tdb-menu"><li class="menu-item menu-item-home">'
        '<a href="%s/"><div class="tdb-menu-item-text">Trang chủ</div></a></li><li class="menu-item"><a href="%s/gioi-thieu/"><div class="tdb-menu-item-text">'
        'Giới thiệu</div></a></li>%s<li class="menu-item"><a href="%s/van-ban/"><div class="tdb-menu-item-text">Văn bản</div></a></li><li class="menu-item">'
        '<a href="%s/lich-cong-tac/"><div class="tdb-menu-item-text">Lịch công tác</div></a></li><li class="menu-item"><a href="%s/lien-he/"><div '
        'class="tdb-menu-item-text">Liên hệ</div></a></li></ul></div></div>\n<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">%s</div><div class="td-pb-span4 td-main-sidebar" role="complementary">'
        '<div class="td-ss-main-sidebar"><aside class="widget td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title"><span>Tin mới</span>'
        '</h4></div>%s</aside><aside class="widget widget_wpp"><h4 class="block-title"><span>Đọc nhiều</span></h4><ul class="wpp-list">%s</ul></aside>'
        '<aside class="widget widget_text"><h4 class="block-title"><span>Liên kết</span></h4><div class="textwidget"><p><a href="https://dangcongsan.example/">'
        'Báo điện tử Đảng Cộng sản Việt Nam</a></p><p><a href="https://tinhuylongkhanh.example/">Tỉnh ủy Long Khánh</a></p></div></aside></div></div></div>'
        '</div></div>\n<div class="td-footer-wrap"><div class="td-container"><aside class="widget widget_custom_html"><h4 class="block-title"><span>Tiêu điểm'
        '</span></h4><div class="textwidget custom-html-widget"><ul>%s</ul></div></aside><div class="td-footer-info"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ '
        'ĐẢNG ỦY XÃ TÂN LẬP</strong></p><p>Cơ quan chủ quản: Văn phòng Đảng ủy xã Tân Lập. Địa chỉ: xã Tân Lập, huyện Kiệm Tân, tỉnh Long Khánh.</p>'
        '<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div>\n</div><!--close td-outer-wrap-->\n<script>%s</script>\n'
        '<!-- Page cached by LiteSpeed Cache 6.3 on 2028-06-26 09:12:44 -->\n</body>\n</html>\n') % (
        x(title), x(SITE), tv.origin, robots, canon, x(title), x(SITE), schema, x(SITE), tv.origin, x(SITE), tv.origin, head, "/wp-content",
        pad_css(len(title) * 37 + 3, 12.5, "td"), tv.origin, tv.origin, tv.origin, HEAD_JS, NONCE, tv.origin.replace("/", "\\/"),
        tv.origin.replace("/", "\\/"), body_class, thu(BAY_GIO), ngay(BAY_GIO), tv.origin, tv.origin, UP, x(SITE), x(SITE), tv.origin, tv.origin, menu,
        tv.origin, tv.origin, tv.origin, main, moi, docnhieu, tieudiem, pad_js(len(title) * 17 + 2, 9, "tagdiv_theme"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("X-Powered-By", "PHP/8.1.29"), ("X-LiteSpeed-Cache", "hit"), ("Link", '<%s>; rel="https://api.w.org/"' % "/wp-json/"),
                                         ("Cache-Control", "public, max-age=604800")] + list(headers))


def page_nav(k, cur, last):
    out = []
    if cur > 1:
        out.append('<a href="%s" aria-label="prev-page"><i class="page-nav-icon td-icon-menu-left"></i></a>' % cat_url(k, cur - 1))
    for p in cua_so(cur, last, 2):
        out.append('<span class="extend">...</span>' if p is None else '<span class="current">%d</span>' % p if p == cur else
                   '<a href="%s" class="%s" title="%d">%d</a>' % (cat_url(k, p), "last" if p == last else "page", p, p))
    if cur < last:
        out.append('<a href="%s" aria-label="next-page"><i class="page-nav-icon td-icon-menu-right"></i></a>' % cat_url(k, cur + 1))
    out.append('<span class="pages">Trang %d trên %d</span>' % (cur, last))
    return '<div class="page-nav td-pb-padding-side">%s</div>' % "".join(out)


def category_page(tv, k, n):
    items = in_cat(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    if not shown:
        return not_found(tv)
    grid = '<div class="td-category-grid"><div class="td_block_big_grid_fl">%s</div></div>' % "".join(module_html(a, True) for a in pinned(k))
    main = ('<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="%s/">Trang chủ</a></span> <i class="td-icon-right '
            'td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">%s</span></div></div><h1 class="entry-title td-page-title">%s</h1>%s'
            '<div class="td-ss-main-content">%s</div>%s') % (tv.origin, x(SECNAME[k]), x(SECNAME[k]), grid, "".join(module_html(a, True) for a in shown),
                                                            page_nav(k, n, last))
    head = '<link rel="alternate" type="application/rss+xml" title="%s &raquo; %s Dòng Chuyên mục" href="%s%sfeed/" />\n' % (x(SITE), x(SECNAME[k]), tv.origin, cat_url(k))
    return answer(shell(tv, SECNAME[k], main, cat_url(k, n), "archive category category-%s category-%d" % (k, CATID[k]), head))


EL_PER = 4
EL_MAX = (len(DOCS) + EL_PER - 1) // EL_PER
EL_ID = "5c1a2e7"


def el_post(a):
    return ('<article class="elementor-post elementor-grid-item post-%d van_ban type-van_ban status-publish hentry">\n<div class="elementor-post__text">\n'
            '<h3 class="elementor-post__title"><a href="%s" >%s</a></h3>\n<div class="elementor-post__meta-data"><span class="elementor-post-date">%s</span>'
            '</div>\n<div class="elementor-post__excerpt"><p>%s</p></div>\n</div>\n</article>\n') % (a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def elementor_page(tv, n):
    """The Elementor page 'Văn bản' (/van-ban/, page id 1187): an Elementor Pro Posts widget (skin classic, 4 a page, pagination 'Load More on
    click'); its further pages are WordPress's paged views of the same page, /van-ban/N/, named only by the widget's load-more anchor."""
    shown = DOCS[(n - 1) * EL_PER:n * EL_PER]
    nxt = '%s/van-ban/%d/' % (tv.origin, n + 1)
    main = ('<div data-elementor-type="wp-page" data-elementor-id="1187" class="elementor elementor-1187" data-elementor-post-type="page">\n'
            '<div class="elementor-element elementor-element-8d2f4a1 e-flex e-con-boxed e-con e-parent" data-id="8d2f4a1" data-element_type="container">'
            '<div class="e-con-inner">\n<div class="elementor-element elementor-element-3b9e0c2 elementor-widget elementor-widget-heading" data-id="3b9e0c2" '
            'data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title '
            'elementor-size-default">Văn bản của Đảng ủy xã</h2></div></div>\n'
            '<div class="elementor-element elementor-element-%s elementor-grid-1 elementor-grid-tablet-1 elementor-grid-mobile-1 '
            'elementor-posts--thumbnail-none load-more-align-center elementor-widget elementor-widget-posts" data-id="%s" data-element_type="widget" '
            'data-settings="{&quot;pagination_type&quot;:&quot;load_more_on_click&quot;,&quot;classic_columns&quot;:&quot;1&quot;,&quot;classic_row_gap&quot;:'
            '{&quot;unit&quot;:&quot;px&quot;,&quot;size&quot;:24,&quot;sizes&quot;:[]},&quot;load_more_spinner&quot;:{&quot;value&quot;:&quot;fas fa-spinner&quot;,'
            '&quot;library&quot;:&quot;fa-solid&quot;}}" data-widget_type="posts.classic">\n<div class="elementor-widget-container">\n'
            '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n%s</div>\n'
            '<span class="e-load-more-spinner"><i aria-hidden="true" class="fas fa-spinner"></i></span>\n'
            '<div class="e-load-more-anchor" data-page="%d" data-max-page="%d" data-next-page="%s"></div>\n'
            '<div class="elementor-button-wrapper"><a href="#" class="elementor-button-link elementor-button elementor-animation-" role="button">'
            '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Xem thêm văn bản</span></span></a></div>\n'
            '<div class="e-load-more-message"></div>\n</div>\n</div>\n</div></div>\n</div>\n') % (
        EL_ID, EL_ID, "".join(el_post(a) for a in shown), n, EL_MAX, nxt if n < EL_MAX else "")
    head = ('<link rel="stylesheet" id="elementor-frontend-css" href="%s/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6" media="all" />\n'
            '<link rel="stylesheet" id="elementor-pro-css" href="%s/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.27.4" media="all" />\n'
            '<meta name="generator" content="Elementor 3.27.6; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external">\n'
            '<script id="elementor-pro-frontend-js-before">\nvar ElementorProFrontendConfig = {"ajaxurl":"%s\\/wp-admin\\/admin-ajax.php","nonce":"9e41c07d2b",'
            '"urls":{"assets":"%s\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"%s\\/wp-json\\/"},"settings":{"lazy_load_background_images":true}};\n'
            '</script>\n') % (tv.origin, tv.origin, tv.origin, tv.origin, tv.origin)
    return answer(shell(tv, "Văn bản" + (" - Trang %d" % n if n > 1 else ""), main, "/van-ban/" + ("%d/" % n if n > 1 else ""),
                        "page-template page-template-elementor_header_footer page page-id-1187 elementor-default elementor-kit-6 elementor-page elementor-page-1187", head=head))


def home(tv):
    main = '<div class="td_block_wrap td_block_big_grid_fl"><div class="td_block_inner">%s</div></div>' % "".join(module_html(a, True) for a in POSTS[:5])
    main += td_block("tdi_41", SECNAME["tin-hoat-dong"], "", "tin-hoat-dong", 5, "td_block_1")
    main += td_block("tdi_48", SECNAME["xay-dung-dang"], "", "xay-dung-dang", 4, "td_block_2")
    main += td_block("tdi_55", SECNAME["tin-co-so"], "", "tin-co-so", 4, "td_block_2")
    main += ('<div class="td_block_wrap td_block_4 td_block_template_1" id="van-ban"><div class="td-block-title-wrap"><h4 class="block-title td-block-title">'
             '<span class="td-pulldown-size">Văn bản mới</span></h4></div><div class="td_block_inner">%s</div><div class="td-next-prev-wrap">'
             '<a href="/van-ban/" class="td-more-link">Xem tất cả văn bản</a></div></div>') % "".join(module_html(a, i == 0) for i, a in enumerate(DOCS[:4]))
    main += td_block("tdi_69", SECNAME["guong-sang"], "", "guong-sang", 4, "td_block_2")
    return answer(shell(tv, "Trang chủ", main, "/", "home page-template-default page page-id-2 td-standard-pack"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s/%s/%d-1-1024x683.jpg" alt="" '
                       'class="wp-image-%d" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % (
                           UP, a["ngay"].strftime("%Y/%m"), a["id"], a["id"] + 1, x(a["chu_thich"])))
    return "".join(out)


def post_page(tv, a):
    cats = [a["cm"]] + (["xay-dung-dang"] if a["id"] in CROSS else [])
    rel = [b for b in in_cat(a["cm"]) if b is not a][:3]
    related = ('<div class="td_block_wrap td_block_related_posts tdi_90_rand td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid='
               '"tdi_90_rand"><h4 class="td-related-title td-block-title"><a id="tdi_91_rand" class="td-related-left td-cur-simple-item" data-td_filter_value="" '
               'data-td_block_id="tdi_90_rand" href="#">BÀI VIẾT LIÊN QUAN</a></h4><div id="tdi_90_rand" class="td_block_inner">%s</div></div>') % (
        "".join(module_html(b) for b in rel))
    main = ('<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="%s/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep">'
            '</i> <span><a class="entry-crumb" href="%s%s">%s</a></span></div></div><article id="post-%d" class="post-%d post type-post status-publish '
            'format-standard has-post-thumbnail %s" itemscope itemtype="https://schema.org/Article"><div class="td-post-header"><ul class="td-category">%s</ul>'
            '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class='
            '"td-author-by">Bởi</div> <a href="%s/author/bientap/">Ban Biên tập</a></div><span class="td-post-date"><time class="entry-date updated '
            'td-module-date" datetime="%s">%s</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%d</span></div>'
            '</div></header></div><div class="td-post-content tagdiv-type"><p><strong>%s</strong></p>%s<p style="text-align: right;"><strong>%s</strong></p>'
            '</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div></footer>'
            '</article>%s') % (
        tv.origin, tv.origin, cat_url(a["cm"]), x(SECNAME[a["cm"]]), a["id"], a["id"], " ".join("category-" + k for k in cats),
        "".join('<li class="entry-category"><a href="%s%s">%s</a></li>' % (tv.origin, cat_url(k), x(SECNAME[k])) for k in cats), x(a["tieu_de"]), tv.origin,
        a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), stamp(a["ngay"]), a["id"], a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]),
        "".join('<li><a href="%s/tag/%s/">%s</a></li>' % (tv.origin, duong_dan(t), x(t)) for t in a["nhan"]), related)
    head = ('<meta property="article:published_time" content="%s" />\n<link rel="shortlink" href="%s/?p=%d" />\n') % (
        a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+00:00"), tv.origin, a["id"])
    return answer(shell(tv, a["tieu_de"], main, url(a), "post-template-default single single-post postid-%d single-format-standard" % a["id"], head))


def doc_page(tv, a):
    """The documents plugin's single template (post type van_ban): Yoast set to noindex for the type, so no canonical; no related list."""
    main = ('<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="%s/">Trang chủ</a></span> <i class="td-icon-right '
            'td-bread-sep"></i> <span class="td-bred-no-url-last">Văn bản</span></div></div><article id="post-%d" class="post-%d van_ban type-van_ban '
            'status-publish"><h1 class="entry-title">%s</h1><table class="vb-thuoc-tinh"><tr><th>Số ký hiệu</th><td>%s</td></tr><tr><th>Ngày ban hành</th>'
            '<td>%s</td></tr><tr><th>Ngày đăng</th><td>%s</td></tr><tr><th>Cơ quan ban hành</th><td>Đảng ủy xã Tân Lập</td></tr></table><div class="vb-trich-yeu">'
            '<p><strong>%s</strong></p>%s</div><p class="vb-tep">Tệp đính kèm: <a href="%s/van-ban/%s.pdf" target="_blank">%s.pdf</a></p></article>') % (
        tv.origin, a["id"], a["id"], x(a["tieu_de"]), x(a["so_hieu"]), ngay(a["ngay"]), stamp(a["ngay"]), x(a["sapo"]), body_of(a), UP,
        a["slug"][:40], x(a["so_hieu"].replace("Số ", "").replace("/", "-")))
    return answer(shell(tv, a["tieu_de"], main, None, "van_ban-template-default single single-van_ban postid-%d" % a["id"], robots="noindex, follow",
                        schema_url=url(a)))


def not_found(tv, status=404):
    main = ('<div class="td-404-title">Ôi! Không tìm thấy trang này.</div><div class="td-404-sub-title">Xin lỗi, trang bạn tìm không tồn tại hoặc đã được chuyển '
            'đi. Mời bạn xem các bài viết mới nhất:</div><div class="td-404-sub-sub-title"><a href="%s/">TRANG CHỦ</a></div>') % tv.origin
    return answer(shell(tv, "Không tìm thấy trang", main, None, "error404", robots="noindex, follow"), status, [("Cache-Control", "no-cache")])


def static_page(tv, i, slug):
    s, t, ps = TRANG_TINH[i]
    main = '<h1 class="entry-title td-page-title">%s</h1><div class="td-page-content">%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
    return answer(shell(tv, t, main, "/%s/" % slug, "page-template-default page"))


def calendar(tv, y, w):
    prev_, next_ = ((y, w - 1) if w > 1 else (y - 1, 52)), ((y, w + 1) if w < 52 else (y + 1, 1))
    main = ('<h1 class="entry-title td-page-title">Lịch công tác tuần %d/%d</h1><div class="lct-nav"><a href="%s/lich-cong-tac/tuan/%d-%02d/">« Tuần trước</a> '
            '<a href="%s/lich-cong-tac/tuan/%d-%02d/">Tuần sau »</a></div><table class="lct"><tr><td>Chưa có lịch công tác.</td></tr></table>') % (
        w, y, tv.origin, prev_[0], prev_[1], tv.origin, next_[0], next_[1])
    return answer(shell(tv, "Lịch công tác", main, "/lich-cong-tac/", "page-template-default page"))


def author_page(tv, n):
    last = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
    shown = POSTS[(n - 1) * PER_PAGE:n * PER_PAGE]
    if not shown:
        return not_found(tv)
    nav = page_nav("x", n, last).replace("/category/x/", "/author/bientap/")
    main = '<h1 class="entry-title td-page-title">Ban Biên tập</h1><div class="td-ss-main-content">%s</div>%s' % ("".join(module_html(a) for a in shown), nav)
    return answer(shell(tv, "Ban Biên tập", main, "/author/bientap/" + ("page/%d/" % n if n > 1 else ""), "archive author"))


def tag_page(tv, slug):
    name = next((t for a in POSTS for t in a["nhan"] if duong_dan(t) == slug), None)
    if not name:
        return not_found(tv)
    items = [a for a in POSTS if name in a["nhan"]][:PER_PAGE]
    main = '<h1 class="entry-title td-page-title">%s</h1><div class="td-ss-main-content">%s</div>' % (x(name), "".join(module_html(a) for a in items))
    return answer(shell(tv, name, main, "/tag/%s/" % slug, "archive tag"))


# ---------------------------------------------------------------- ajax, feeds, sitemaps
def td_ajax(tv):
    f = tv.form
    if f.get("action") != "td_ajax_block":
        return Dapung("0", 400, "text/html; charset=UTF-8")
    if f.get("td_magic_token") != NONCE:
        return Dapung("-1", 403, "text/html; charset=UTF-8")
    try:
        atts = _json.loads(f.get("td_atts") or "{}")
        page = int(f.get("td_current_page") or 1)
        limit = int(atts.get("limit") or 5)
    except ValueError:
        return Dapung("0", 400, "text/html; charset=UTF-8")
    if atts.get("post_type") == "van_ban":
        items = DOCS
    else:
        k = next((k for k, c in CATID.items() if str(c) == str(atts.get("category_id"))), None)
        items = in_cat(k) if k else POSTS
    shown = items[(page - 1) * limit:page * limit]
    data = {"td_data": "".join(module_html(a, i == 0) for i, a in enumerate(shown)), "td_block_id": f.get("td_block_id", ""),
            "td_hide_prev": page <= 1, "td_hide_next": page * limit >= len(items)}
    return Dapung(_json.dumps(data, separators=(",", ":")).replace("/", "\\/"), 200, "application/json; charset=UTF-8", [("X-Robots-Tag", "noindex"), ("Cache-Control", "no-cache, must-revalidate, max-age=0")])


def feed(tv, items, title, link):
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", "\t<title>%s</title>" % x(title), '\t<atom:link href="%s%sfeed/" rel="self" type="application/rss+xml" />' % (tv.origin, link),
           "\t<link>%s%s</link>" % (tv.origin, link), "\t<description>Trang thông tin điện tử Đảng ủy xã Tân Lập</description>", "\t<language>vi</language>",
           "\t<generator>https://wordpress.org/?v=6.6.1</generator>"]
    for a in items[:10]:
        out.append(("\t<item>\n\t\t<title>%s</title>\n\t\t<link>%s%s</link>\n\t\t<dc:creator><![CDATA[Ban Biên tập]]></dc:creator>\n\t\t<pubDate>%s</pubDate>\n"
                    "\t\t<category><![CDATA[%s]]></category>\n\t\t<guid isPermaLink=\"false\">%s/?p=%d</guid>\n\t\t<description><![CDATA[%s]]></description>\n"
                    "\t</item>") % (x(a["tieu_de"]), tv.origin, url(a), rfc822(a["ngay"] - _dt.timedelta(hours=7)).replace("+0700", "+0000"),
                                    SECNAME[a["cm"]], tv.origin, a["id"], a["sapo"]))
    out += ["</channel>", "</rss>"]
    return Dapung("\n".join(out), 200, "application/rss+xml; charset=UTF-8")


def yoast_index(tv):
    maps = ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml", "author-sitemap.xml")
    out = ['<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//%s/main-sitemap.xsl"?>' % tv.host,
           '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    out += ["\t<sitemap>\n\t\t<loc>%s/%s</loc>\n\t\t<lastmod>%s</lastmod>\n\t</sitemap>" % (tv.origin, m, SITEMAP_AT.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
            for m in maps]
    out.append("</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->")
    return Dapung("\n".join(out), 200, "text/xml; charset=UTF-8", [("X-Robots-Tag", "noindex, follow"), ("X-LiteSpeed-Cache", "hit")])


def yoast_map(tv, name):
    if name == "post":
        rows = [("/", SITEMAP_AT, None)] + [(url(a), a["ngay"], None) for a in POSTS if a["ngay"] < SITEMAP_AT]
        rows += [("/%s/" % s, _dt.datetime(2028, 1, 12, 10, 0), None) for s in TRASHED]
    elif name == "page":
        rows = [("/gioi-thieu/", SITEMAP_AT, None), ("/lien-he/", SITEMAP_AT, None), ("/lich-cong-tac/", SITEMAP_AT, None)]
    elif name == "category":
        rows = [(cat_url(k), SITEMAP_AT, None) for k in CATS]
    else:
        rows = [("/author/bientap/", SITEMAP_AT, None)]
    return urlset(tv.origin, rows, [("X-Robots-Tag", "noindex, follow"), ("X-LiteSpeed-Cache", "hit")])


ROBOTS = """# START YOAST BLOCK
# ---------------------------
User-agent: *
Disallow:

Sitemap: %s/sitemap_index.xml
# ---------------------------
# END YOAST BLOCK
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /?s=
Disallow: /lich-cong-tac/tuan/
Crawl-delay: 1
"""


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p == "/wp-admin/admin-ajax.php":
        if tv.method == "POST":
            return td_ajax(tv)
        return Dapung("0", 400, "text/html; charset=UTF-8")
    if tv.method == "POST":
        return Dapung("", 405, "text/html", [("Allow", "GET, HEAD")])
    if p == "/":
        if tv.q.get("p"):
            a = BY_ID.get(tv.so("p", 0, 0, 999999) or 0)
            return chuyen(tv.origin + url(a), 301) if a else not_found(tv)
        if "s" in tv.q:
            return answer(shell(tv, "Kết quả tìm kiếm", '<div class="td-ss-main-content">%s</div>' % "".join(module_html(a) for a in POSTS[:10]),
                                None, "search", robots="noindex, follow"))
        if not tv.query:
            return home(tv)
    if p == "/sitemap_index.xml":
        return yoast_index(tv)
    if p in ("/wp-sitemap.xml", "/sitemap.xml"):
        return chuyen(tv.origin + "/sitemap_index.xml", 301)
    m = _re.fullmatch(r"/(post|page|category|author)-sitemap\.xml", p)
    if m:
        return yoast_map(tv, m.group(1))
    if p == "/feed/":
        return feed(tv, POSTS, SITE, "/")
    if p == "/comments/feed/":
        return feed(tv, [], "Phản hồi cho " + SITE, "/")
    m = _re.fullmatch(r"/category/([a-z-]+)/(?:page/(\d+)/)?(feed/)?", p)
    if m and m.group(1) in CATID:
        k = m.group(1)
        if m.group(3):
            return feed(tv, in_cat(k), "%s - %s" % (SECNAME[k], SITE), cat_url(k))
        n = int(m.group(2) or 1)
        if m.group(2) == "1":
            return chuyen(tv.origin + cat_url(k), 301)
        if p == FLAKY and chap_chon(FLAKY):
            return Dapung('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Lỗi cơ sở dữ liệu</title></head><body id="error-page"><div '
                          'class="wp-die-message"><h1>Error establishing a database connection</h1></div></body></html>', 500, "text/html; charset=UTF-8")
        if p == SLOW:
            cham(tv, 1.0)
        return category_page(tv, k, n)
    m = _re.fullmatch(r"/category/([a-z-]+)", p)
    if m and m.group(1) in CATID:
        return chuyen(tv.origin + cat_url(m.group(1)), 301)
    m = _re.fullmatch(r"/author/bientap/(?:page/(\d+)/)?", p)
    if m:
        return author_page(tv, int(m.group(1) or 1))
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)/", p)
    if m:
        return tag_page(tv, m.group(1))
    if p == "/van-ban/":
        return elementor_page(tv, 1)
    m = _re.fullmatch(r"/van-ban/(\d+)/", p)
    if m:
        n = int(m.group(1))
        return elementor_page(tv, n) if 2 <= n <= EL_MAX else (chuyen(tv.origin + "/van-ban/", 301) if n == 1 else not_found(tv))
    m = _re.fullmatch(r"/van-ban/([a-z0-9-]+)/", p)
    if m and m.group(1) in DOC_BY_SLUG:
        return doc_page(tv, DOC_BY_SLUG[m.group(1)])
    if p == "/lich-cong-tac/":
        return calendar(tv, 2028, 26)
    m = _re.fullmatch(r"/lich-cong-tac/tuan/(\d{4})-(\d{2})/", p)
    if m and 1 <= int(m.group(2)) <= 52:
        return calendar(tv, int(m.group(1)), int(m.group(2)))
    if p == "/gioi-thieu/":
        return static_page(tv, 0, "gioi-thieu")
    if p == "/lien-he/":
        return static_page(tv, 3, "lien-he")
    m = _re.fullmatch(r"/([a-z0-9-]+)(/?)", p)
    if m and m.group(1) in BY_SLUG:
        if not m.group(2):
            return chuyen(tv.origin + p + "/", 301)
        return post_page(tv, BY_SLUG[m.group(1)])
    m = _re.fullmatch(r"/(van-ban|lich-cong-tac|gioi-thieu|lien-he)", p)
    if m:
        return chuyen(tv.origin + p + "/", 301)
    return not_found(tv)


app = chay_app(handle, [("Server", "LiteSpeed")], post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    if a["cm"] == "van-ban":
        return []
    out = ["/?p=%d" % a["id"], url(a)[:-1]]
    return out


ONLY_EL = [url(a) for a in DOCS[4:]]
_th = in_cat("tin-hoat-dong")

MANIFEST = {
    "family": "WordPress 6.7 (PHP 8.1, LiteSpeed; tagDiv's Newspaper 12 theme, Yoast SEO, LiteSpeed Cache, a local vendor's documents plugin) of a "
              "commune Party committee (Đảng ủy xã Tân Lập, tỉnh Long Khánh): /<slug>/ posts, /category/<slug>/page/N/ with a top grid on every "
              "page, feeds whose guids are ?p= shortlinks, Yoast's robots.txt block before WordPress's, sitemaps LiteSpeed still serves from "
              "February; the documents (post type van_ban) listed in full only by an Elementor Pro Posts widget on the page /van-ban/ whose 'Load More' "
              "pages /van-ban/N/ are named only by the widget's e-load-more-anchor data-next-page",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/wp-admin/", "/?s=", "/lich-cong-tac/tuan/"],
    "trap_prefixes": ["/lich-cong-tac/tuan/"],
    "only_via": {"elementor-loadmore": ONLY_EL},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Posts /<slug>/ (permalink %%postname%%), dated 'dd/mm/yyyy - HH:MM' (WordPress's date format set so), Yoast's correct canonical; "
              "/<slug> without the slash 301s (the footer's editor-typed 'Tiêu điểm' widget links three posts so) and /?p=<id> 301s (the head's "
              "shortlink; every feed's <guid isPermaLink=\"false\"> is that address). Categories /category/<slug>/ and /page/N/ (%d a page; tagDiv's "
              "page-nav '1 2 3 ... last ›' with 'Trang 1 trên N'; /page/1/ 301s; past the end 404) with the category's three most-read older posts in a "
              "top grid on EVERY page; every 2nd 'Gương sáng' post is also in 'Xây dựng Đảng' (one address); an author archive /author/bientap/ of all "
              "posts and tag pages /tag/<slug>/. Feeds /feed/, /comments/feed/ and /category/<slug>/feed/ (head). robots.txt is Yoast's block "
              "('User-agent: *' + an empty Disallow + the Sitemap line) followed by WordPress's own 'User-agent: *' group (/wp-admin/ but "
              "admin-ajax.php, /?s=, the calendar) -- a reader that keeps only the first group allows everything. /sitemap_index.xml (Yoast; /sitemap.xml "
              "and /wp-sitemap.xml 301 there) -> post / page / category / author sitemaps that LiteSpeed Cache still serves from 14/02/2028, with two "
              "trashed posts (404). The home is tagDiv blocks of each category's newest posts. The documents (a vendor plugin's post type van_ban, "
              "/van-ban/<slug>/ with a PDF, noindex and no canonical, no archive, not in Yoast's sitemaps, no feed, no related list) are listed by the "
              "home block 'Văn bản mới' (the 4 newest, 'Xem tất cả văn bản' -> /van-ban/) and by the page /van-ban/ (page id 1187, built with Elementor "
              "3.27 + Elementor Pro 3.27): a Posts widget (data-id 5c1a2e7, skin classic, 4 a page, pagination 'Load More on click') prints its first "
              "4 items and, after them, <div class=\"e-load-more-anchor\" data-page=\"1\" data-max-page=\"%d\" data-next-page=\"<origin>/van-ban/2/\">"
              " and a button <a href=\"#\">Xem thêm văn bản</a>; Elementor Pro's script fetches data-next-page and takes the next posts and the next "
              "anchor out of it -- the pages /van-ban/N/ (WordPress's paged view of a page, canonical to themselves) are linked from nowhere else, so "
              "the other %d documents are only there (/van-ban/%d/ and beyond: 404, /van-ban/1/ 301). Flaky: %s answers WordPress's 'Error "
              "establishing a database connection' 500 every other request; slow: %s (1 s). Work calendar /lich-cong-tac/tuan/YYYY-WW/ forever (trap, "
              "robots-disallowed in the second group)." % (PER_PAGE, EL_MAX, len(ONLY_EL), EL_MAX + 1, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": cat_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/category/tin-hoat-dong/page/1/", "status": 301, "location": cat_url("tin-hoat-dong")},
    {"path": cat_url("tin-hoat-dong", 40), "status": 404},
    {"path": "/?p=%d" % _th[0]["id"], "status": 301, "location": url(_th[0])},
    {"path": url(_th[0])[:-1], "status": 301, "location": url(_th[0])},
    {"path": "/", "status": 200, "contains": 'href="/van-ban/"', "not_contains": x(DOCS[4]["tieu_de"])},
    {"path": "/van-ban/", "status": 200, "contains": 'data-next-page="http://', "not_contains": x(DOCS[4]["tieu_de"])},
    {"path": "/van-ban/2/", "status": 200, "contains": x(DOCS[4]["tieu_de"])},
    {"path": "/van-ban/%d/" % (EL_MAX + 1), "status": 404},
    {"path": url(DOCS[0]), "status": 200, "contains": '<meta name="robots" content="noindex, follow" />', "not_contains": 'rel="canonical"'},
    {"path": "/post-sitemap.xml", "status": 200, "not_contains": "/van-ban/"},
    {"path": "/%s/" % TRASHED[0], "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /category/<slug>/ -> page/N/ -> /<slug>/; feeds' guids /?p=<id> -> 301 /<slug>/",
               "/ -> menu 'Văn bản' or the home block's 'Xem tất cả văn bản' -> /van-ban/ (Elementor Posts widget, 4) -> e-load-more-anchor "
               "data-next-page -> /van-ban/2/ -> … -> /van-ban/%d/ -> /van-ban/<slug>/" % EL_MAX,
               "robots Sitemap (Yoast's group): /sitemap_index.xml -> post / page / category / author sitemaps of 14/02/2028 (two trashed posts: 404)"],
    "discovery": [
        "the documents (a plugin's post type with no archive, no feed, not in the sitemaps) are listed in full only by the Elementor page "
        "/van-ban/: its Posts widget shows 4 and paginates by 'Load More on click' -- the next page's address is only the data-next-page of the "
        "widget's <div class=\"e-load-more-anchor\" data-page data-max-page>, the button itself an href=\"#\"; a crawler that does not read "
        "Elementor Pro's load-more anchor sees the 4 newest documents (only_via elementor-loadmore %d)" % len(ONLY_EL),
        "robots.txt has two 'User-agent: *' groups (Yoast's allow-all block first), the feeds' guids are ?p= shortlinks that 301, and the category "
        "pages repeat a top grid of three posts (no only_via)",
    ],
    "set34_pages": {"elementor-loadmore": ["/van-ban/"]},
    "robots_selftest": [("/lich-cong-tac/tuan/2028-20/", False, True, False), ("/wp-admin/admin-ajax.php", True, True, False),
                        ("/wp-admin/options.php", False, True, False)],
    "alias_kinds": ["/?p=<id> (301; the feeds' guids and the shortlink)", "without the final slash (301; the footer widget)"],
    "quirks": ["Crawl-delay: 1 (in the second 'User-agent: *' group)", "Yoast's robots block with an empty Disallow first",
               "a top grid of three posts on every category page", "/page/1/ 301s; past the end 404", "an author archive of every post",
               "sitemaps LiteSpeed serves from 14/02/2028 with two trashed posts (404)", "feeds' guids are /?p= shortlinks (301)",
               "documents noindex without a canonical", "Elementor's load-more pages /van-ban/N/ named only by data-next-page", "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW,
               "work calendar trap under robots' Disallow: /lich-cong-tac/tuan/"],
    "not_articles": ["/%s/" % s for s in TRASHED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: public, max-age=604800 from LiteSpeed)",
}
