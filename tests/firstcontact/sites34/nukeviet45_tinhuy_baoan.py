"""Set 34, site A: a provincial Party committee's portal on NukeViet 4.5 (PHP 8.1, nginx + php-fpm; a local vendor's theme; the news
module as the default module with its name dropped from addresses; 'Tin tức' tabs filled by $.post of a serialized hidden form) --
Đảng bộ tỉnh Bảo An.  One day (DAYS = 1), 27/07/2028.  See README.md."""
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
SITE = "Đảng bộ tỉnh Bảo An"
# catid, alias, title, parent
CATS = [(1, "tin-hoat-dong", "Tin hoạt động", 0), (2, "xay-dung-dang", "Xây dựng Đảng", 0), (3, "tin-dia-phuong", "Tin địa phương", 0),
        (4, "van-ban", "Văn bản", 0), (10, "khu-vuc-cao-lanh", "Khu vực Cao Lãnh", 3), (11, "khu-vuc-thanh-binh", "Khu vực Thanh Bình", 3),
        (12, "khu-vuc-tam-nong", "Khu vực Tam Nông", 3), (13, "khu-vuc-hong-ngu", "Khu vực Hồng Ngự", 3), (48, "tin-xa-phuong", "Tin xã, phường", 0)]
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
FROZEN_AT = _dt.datetime(2028, 6, 30, 23, 59)             # the districts' last day (two-level local government from 01/07/2028)
COOKIE = "nv4c_Ba4nQ"

_s = SoanTin(30301, 64, [("tin-hoat-dong", 7, "tinhuy", "bai"), ("xay-dung-dang", 4, "xa", "bai")], HUYEN, XA, AP, lich=lich22(30301, 64, gan=5),
             id_dau=5200, buoc=6, cm_dau=("tin-hoat-dong", "tin-hoat-dong", "xay-dung-dang"),
             chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "hoc-tap-bac", "tu-tuong", "dan-van"))
_h = SoanTin(30302, 24, [("tin-dia-phuong", 1, "xa", "bai")], HUYEN, XA, AP,
             lich=lich22(30303, 24, tu_ngay=_dt.datetime(2028, 1, 5), moc=_dt.datetime(2028, 6, 30, 17, 30), gan=4), id_dau=4900, buoc=7,
             chu_de=("dai-hoi-xiv", "hai-cap", "kinh-te", "xa-hoi", "dan-van"))
_d = SoanTin(30304, 16, [("van-ban", 1, "tinhuy", "thongbao")], HUYEN, XA, AP, lich=lich22(30305, 16, tu_ngay=_dt.datetime(2028, 1, 8), gan=1),
             id_dau=4700, buoc=9, chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra"))
_x = SoanTin(30306, 20, [("tin-xa-phuong", 1, "xa", "bai")], XA_MOI, XA_MOI, AP,
             lich=lich22(30307, 20, tu_ngay=_dt.datetime(2028, 7, 1, 7, 0), gan=4), id_dau=5700, buoc=3, chu_de=("hai-cap", "dai-hoi-xiv"))
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
SITEMAP_AT = _dt.datetime(2028, 6, 30, 2, 0)
OP_MOD_AT = _dt.datetime(2028, 3, 9, 0, 0)                # the day the module name was dropped from addresses
DELETED = [(5195, "tin-hoat-dong", "hoi-nghi-tong-ket-cong-tac-dan-van-nam-2027"), (4895, "khu-vuc-tam-nong", "dai-hoi-dai-bieu-dang-bo-xa-phu-duc")]
FLAKY = "/tin-hoat-dong/page-3"
SLOW = "/xay-dung-dang/page-2"
BLOCK_CATS = (48, 3)                                       # the home's tab block: 'Xã, phường' and 'Khu vực (lưu trữ)'


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
        '<meta name="description" content="%s">\n<meta name="keywords" content="Đảng bộ tỉnh Bảo An, Tỉnh ủy Bảo An">\n<meta name="author" content="%s">\n'
        '<meta name="copyright" content="%s">\n<meta name="generator" content="NukeViet v4.4">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="website">\n'
        '<meta property="og:site_name" content="%s">\n%s<link rel="shortcut icon" href="/favicon.ico">\n<link rel="alternate" href="/rss/" title="Tin tức" '
        'type="application/rss+xml">\n<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1720000000">\n<link rel="stylesheet" '
        'href="/assets/css/font-awesome.min.css?t=1720000000">\n<link rel="stylesheet" href="/themes/baoan/css/bootstrap.min.css?t=1720000000">\n<link '
        'rel="stylesheet" href="/themes/baoan/css/style.css?t=1720000000">\n<link rel="stylesheet" href="/themes/baoan/css/news.css?t=1720000000">\n%s'
        '<style>%s</style>\n<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",'
        'nv_lang_variable="language",nv_module_name="%s",nv_func_name="%s",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="%s",'
        'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>\n<script src="/assets/js/jquery/jquery.min.js'
        '?t=1720000000"></script>\n<script src="/assets/js/language/vi.js?t=1720000000"></script>\n<script src="/assets/js/global.js?t=1720000000"></script>\n'
        '<script src="/themes/baoan/js/news.js?t=1720000000"></script>\n<script src="/themes/baoan/js/main.js?t=1720000000"></script>\n</head>\n<body>\n'
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div>'
        '</noscript>\n<div class="body-bg"><div class="wraper">\n<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 '
        'col-md-8"><a title="%s" href="/"><img src="/uploads/logo-tinhuy-baoan.png" width="320" height="96" alt="%s"></a></div><div class="col-xs-24 col-sm-24 '
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
        'example/" target="_blank">Tạp chí Tuyên giáo</a></li><li><a href="https://baoan.gov.example/" target="_blank">Cổng TTĐT tỉnh Bảo An</a></li></ul>'
        '</div></div></div>\n</div></div></section>\n<footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-md-16"><p><strong>'
        'CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KIẾN PHONG</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Bảo An. Địa chỉ: số 6 đường 30 Tháng 4, thành phố '
        'Cao Lãnh.</p><p>Ghi rõ nguồn "Cổng TTĐT Đảng bộ tỉnh Bảo An" khi phát hành lại thông tin từ website này.</p></div><div class="col-md-8"><a href="/rss/">'
        'RSS</a> | <a href="/siteterms/">Điều khoản sử dụng</a></div></div></div></footer>\n</div></div>\n<div id="timeoutsess" class="chromeframe">Bạn đã không sử '
        'dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(title), x(SITE), x(SITE), x(title), x(SITE), ('<link rel="canonical" href="%s%s">\n' % (tv.origin, x(canonical))) if canonical else "", head,
        pad_css(len(title) * 11 + 3, 15, "nv"), module, op, COOKIE, x(SITE), x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, main,
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in TIN_MOI),
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in in_cat("van-ban")[:4]),
        pad_js(len(title) + 29, 10, "nv.global"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "no-cache, must-revalidate"), ("X-Powered-By", "PHP/8.1.27"), ("X-Frame-Options", "SAMEORIGIN"),
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
        note = ('<div class="alert alert-info">Từ ngày 01/7/2028, tin của các xã, phường được đăng tại chuyên mục "Tin xã, phường"; các '
                'chuyên mục theo khu vực ngừng cập nhật. Chuyên mục này lưu trữ tin bài đến ngày 30/6/2028.</div>')
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


CHECKSS = "5f0c2b9e1a7d43c8b6e2f1a09d3c7e44"                 # md5(session id + global key): the block's form token


def tab_block():
    tabs = "".join('<li%s><a href="#tab-%d" data-toggle="tab">%s</a></li>' % (
        ' class="active"' if c == BLOCK_CATS[0] else "", c, lab) for c, lab in zip(BLOCK_CATS, ("Xã, phường", "Khu vực (lưu trữ)")))
    forms = "".join('<form id="frm-tinxa-%d" action="#" method="post" onsubmit="return false;" class="hidden"><input type="hidden" name="catid" value="%d">'
                    '<input type="hidden" name="numrow" value="8"><input type="hidden" name="checkss" value="%s"></form>' % (c, c, CHECKSS) for c in BLOCK_CATS)
    panes = "".join('<div class="tab-pane%s" id="tab-%d"><div class="text-center"><em class="fa fa-spinner fa-spin fa-2x"></em></div></div>' % (
        " active" if c == BLOCK_CATS[0] else "", c) for c in BLOCK_CATS)
    js = "\n<script>\n$(function() {\n" + "".join(
        "    $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=news&' + nv_fc_variable + "
        "'=blocktab&nocache=' + new Date().getTime(), $('#frm-tinxa-%d').serialize(), function(res) {\n        $('#tab-%d').html(res);\n    });\n" % (c, c)
        for c in BLOCK_CATS) + "});\n</script>\n"
    return ('<div class="panel panel-default block-tinxa" id="tab-tinxa"><div class="panel-heading"><ul class="nav nav-tabs">%s</ul></div>%s<div class="tab-content '
            'panel-body">%s</div></div>%s') % (tabs, forms, panes, js)


def blocktab(tv):
    """POST /index.php?language=vi&nv=news&op=blocktab&nocache=… catid=N&numrow=M: the tab block's list (NukeViet answers AJAX blocks with a fragment)."""
    if tv.method != "POST":
        return Dapung("Wrong URL", 403, "text/html; charset=utf-8")
    try:
        catid, num = int(tv.form.get("catid", "0")), min(20, max(1, int(tv.form.get("numrow", "8"))))
    except ValueError:
        return Dapung("", 200, "text/html; charset=utf-8")
    if tv.form.get("checkss") != CHECKSS:
        return Dapung("Wrong URL", 403, "text/html; charset=utf-8")
    if catid not in BLOCK_CATS:
        return Dapung("", 200, "text/html; charset=utf-8")
    k = CAT_ID[catid][1]
    items = in_cat(k)[:num]
    return Dapung('<ul class="related list-none">%s</ul><div class="text-right"><a href="%s" title="%s">Xem tất cả &raquo;</a></div>' % (
        "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em class="text-muted">(%s)</em></li>' % (
            url(a), x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"])) for a in items), list_url(k), x(CAT[k][2])), 200, "text/html; charset=utf-8",
        [("Cache-Control", "no-cache"), ("X-Powered-By", "PHP/8.1.27")])


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
        old = mod_url(b) if a["ngay"] < OP_MOD_AT else raw_url(b)       # before 03/2028 the module name was in every address; later, admin previews
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
                   'content="noindex, nofollow"><link rel="stylesheet" href="/themes/baoan/css/news.print.css"></head><body><div id="print"><div id="hd_print">'
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
                      'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-vi.news.xml</loc><lastmod>2028-06-30T02:00:00+07:00</lastmod>'
                      '</sitemap><sitemap><loc>%s/sitemap-vi.page.xml</loc><lastmod>2027-05-06T08:00:00+07:00</lastmod></sitemap></sitemapindex>' % (tv.origin, tv.origin),
                      200, "application/xml; charset=utf-8")
    if tv.path == "/sitemap-vi.page.xml":
        return urlset(tv.origin, [("/about/Gioi-thieu.html", None, None), ("/contact/", None, None)])
    rows = [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < SITEMAP_AT]      # NukeViet's cache of the news sitemap, rebuilt 30/06/2028
    rows += [("/%s/%s-%d.html" % (c, s, i), _dt.datetime(2028, 5, 6, 9, 0), None) for i, c, s in DELETED]
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
        return lich(tv, 30, 2028)
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


ONLY_SER = [url(a) for a in XA_ITEMS]
_th = in_cat("tin-hoat-dong")

MANIFEST = {
    "family": "NukeViet 4.5 (PHP 8.1, nginx + php-fpm; a local vendor's theme; the news module as the default module, its name dropped from addresses) "
              "of a provincial Party committee (Đảng bộ tỉnh Bảo An): /<cat>/<alias>-<id>.html, /<cat>/page-N pagers, regional categories frozen on "
              "30/06/2028, old /news/… and non-rewritten index.php addresses 301ing, a news sitemap cached on 30/06/2028; the communes' new category only "
              "through the home's 'Tin tức' tabs, filled by $.post(nv_base_siteurl + 'index.php?' + … + '=blocktab&nocache=' + new Date().getTime(), "
              "$('#frm-tinxa-48').serialize()) -- the data a hidden form's fields, its checkss token among them",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/seek/", "/sendmail/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"jq-serialize": ONLY_SER},
    "flaky": {FLAKY: 502},
    "slow": [SLOW],
    "notes": ("Articles /<cat>/<alias>-<id>.html (the news module is the site's default and 'rewrite_op_mod' drops its name since 03/2028; a district's item "
              "sits in its district's category), dated '<Thứ> - dd/mm/yyyy HH:MM', canonical the same address; a wrong category or alias, the old "
              "/news/<cat>/… form and the non-rewritten /index.php?language=vi&nv=news&op=<cat>/<alias>-<id> all 301 to it (older articles' 'Xem thêm' "
              "still carry the old forms); print pages /print/<cat>/<alias>-<id>.html (nv_open_browse in an onclick; noindex); the e-mail form /sendmail/… "
              "(robots). Categories /<cat>/ and /<cat>/page-N (%d a page; « 1 2 3 … » windowed, rel=prev/next, page-1 and pages past the end 301 to the "
              "category) with the category's two most-read older items as 'Tin tiêu điểm' on EVERY page; every 4th 'Xây dựng Đảng' item is also listed in "
              "'Tin hoạt động' (one address). 'Tin địa phương' holds four regional categories, FROZEN since 30/06/2028 (two-level local government from "
              "01/07/2028: a notice on every page, no item after 30/06). Keyword pages /tag/<alias>. Feeds /rss/ and /rss/<cat>/ (head links). "
              "/sitemap.xml -> /sitemap-vi.news.xml (NukeViet's cache of 30/06/2028, two deleted items 404) and /sitemap-vi.page.xml. Unknown ids 404. The "
              "communes' category 'Tin xã, phường' (catid 48, since 01/07/2028, %d items, no keywords, 'inhome' off so no home block or module feed) is not "
              "in the menu, which nobody updated: only the home's 'Tin tức' tabs name it -- an empty pane that an inline script fills on DOM "
              "ready: $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=news&' + nv_fc_variable + "
              "'=blocktab&nocache=' + new Date().getTime(), $('#frm-tinxa-48').serialize(), …) -- the data jQuery's serialize() of a hidden form "
              "(<form id=\"frm-tinxa-48\" action=\"#\" onsubmit=\"return false;\">: catid=48, numrow=8 and the block's checkss token): POST "
              "/index.php?language=vi&nv=news&op=blocktab&nocache=<ms> catid=48&numrow=8&checkss=<token> answers a fragment of the 8 newest and 'Xem tất "
              "cả' /tin-xa-phuong/, whose pager reaches the rest (a GET, or a POST without the right checkss: 403 'Wrong URL'). Flaky: %s answers "
              "nginx's 502 every other request; slow: %s (1 s). A week calendar /lich-cong-tac/tuan-W-Y/ forever (trap, robots-disallowed). NukeViet's "
              "session cookies on every page." % (PER_PAGE, len(XA_ITEMS), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_hn = in_cat("khu-vuc-cao-lanh")
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/tin-hoat-dong/page-1", "status": 301, "location": "/tin-hoat-dong/"},
    {"path": "/tin-hoat-dong/page-40", "status": 301, "location": "/tin-hoat-dong/"},
    {"path": mod_url(_th[3]), "status": 301, "location": url(_th[3])},
    {"path": raw_url(_th[3]), "status": 301, "location": url(_th[3])},
    {"path": print_url(_th[0]), "status": 200, "contains": "noindex"},
    {"path": "/tin-hoat-dong/khong-co-bai-nay-99999.html", "status": 404},
    {"path": list_url("khu-vuc-cao-lanh"), "status": 200, "contains": "ngừng cập nhật"},
    {"path": list_url("khu-vuc-cao-lanh"), "status": 200, "contains": x(_hn[0]["tieu_de"])},
    {"path": "/index.php?language=vi&nv=news&op=blocktab&nocache=1", "status": 403},
    {"path": "/", "status": 200, "contains": "$('#frm-tinxa-48').serialize()", "not_contains": x(XA_ITEMS[0]["tieu_de"])},
    {"path": "/rss/", "status": 200, "not_contains": "/tin-xa-phuong/"},
    {"path": "/sitemap-vi.news.xml", "status": 200, "not_contains": "/tin-xa-phuong/"},
]
SUMMARY = {
    "chains": ["/ -> /<cat>/ -> /<cat>/page-N -> /<cat>/<alias>-<id>.html -> onclick nv_open_browse('/print/…')",
               "/ -> the tab block: $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + … + "
               "'=blocktab&nocache=' + new Date().getTime(), $('#frm-tinxa-48').serialize()) -> POST /index.php?language=vi&nv=news&op=blocktab&nocache=<ms> -> "
               "fragment: 8 newest + /tin-xa-phuong/ -> page-N",
               "/ -> menu 'Tin địa phương' -> four regional categories frozen on 30/06/2028 -> page-N",
               "robots Sitemap: /sitemap.xml -> /sitemap-vi.news.xml (cache of 30/06/2028; two deleted items 404), /sitemap-vi.page.xml"],
    "discovery": [
        "the communes' category 'Tin xã, phường' (since 01/07/2028, %d items) is in no menu, home block, feed or the sitemap cached on 30/06: only the home's "
        "tab block names it, and its pane is filled by NukeViet-style $.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + "
        "nv_name_variable + '=news&' + nv_fc_variable + '=blocktab&nocache=' + new Date().getTime(), $('#frm-tinxa-48').serialize()) -- "
        "the POST's data jQuery's serialize() of a hidden form holding catid, numrow and the block's checkss token (403 without it); a crawler that "
        "does not send a form's fields where a script serializes them never sees the communes (only_via jq-serialize %d)" % (len(XA_ITEMS), len(ONLY_SER)),
        "four regional categories frozen since 30/06/2028 (the portal's regional pages replaced by the communes' category), old /news/… and index.php addresses 301ing to the rewritten ones, "
        "page-1 and pages past the end 301ing (no only_via)",
    ],
    "set34_pages": {"jq-serialize": ["/"]},
    "alias_kinds": ["print pages /print/<cat>/<alias>-<id>.html (200, noindex; an onclick's nv_open_browse)",
                    "the old /news/<cat>/<alias>-<id>.html (301; 'Xem thêm' of items before 03/2028)",
                    "the non-rewritten /index.php?language=vi&nv=news&op=<cat>/<alias>-<id> (301; 'Xem thêm' pasted from admin previews)"],
    "quirks": ["Crawl-delay: 1", "two 'Tin tiêu điểm' on top of every category page", "page-1 and pages past the end 301 to the category",
               "four regional categories frozen since 30/06/2028", "a news sitemap cached on 30/06/2028 with two deleted items (404)",
               "%s 502 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "the block's address answers 403 to a GET",
               "week calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": ["/%s/%s-%d.html" % (c, s, i) for i, c, s in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: no-cache)",
}
