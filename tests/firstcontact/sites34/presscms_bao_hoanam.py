"""Set 34, site D: a provincial Party newspaper merged with the provincial radio-TV station on 01/07/2028, on a Vietnamese vendor's press CMS
(PHP 8.1, nginx behind Varnish 6; JW Player 8 for the station's media; a radio list filled by a fetch() JSON POST) -- Báo và Phát thanh,
Truyền hình Hòa Nam.  One day (DAYS = 1), 27/07/2028.  See README.md."""
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

SITE = "Báo và Phát thanh, Truyền hình Hòa Nam"
SECS = [("thoi-su", "Thời sự", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "xa", "bai"),
        ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 5, "btgdv", "bai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME["truyen-hinh"] = "Truyền hình"
SECNAME["phat-thanh"] = "Phát thanh"
LISTS = ["thoi-su", "xay-dung-dang", "kinh-te-xa-hoi", "truyen-hinh"]
HUYEN = ["Mỹ Tho", "Cai Lậy", "Cái Bè", "Châu Thành", "Chợ Gạo", "Gò Công", "Tân Phước"]
XA = ["Tân Mỹ Chánh", "Long Định", "Nhị Bình", "Mỹ Phong", "Bình Đức", "Thạnh Phú", "Hòa Khánh", "Tân Hương"]
AP = ["Ấp Bắc", "Ấp Mỹ Lợi", "Ấp Long Hòa", "Ấp Tân Thuận", "Ấp Phú Quý", "Ấp Hòa Bình"]
PER_PAGE = 12
MERGED_AT = _dt.datetime(2028, 7, 1, 0, 0)
PLAYLIST = "/media/playlist/phat-thanh.json"
PAGE_LIMIT = 10
JW_KEY = "W7zSm81+mmIsg7F+fyHRKhF3ggLkTqtGMhvI92kbqf/ysE99"

_s = SoanTin(30401, 82, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(30401, 82, gan=6), id_dau=214000, buoc=37,
             cm_dau=("thoi-su", "kinh-te-xa-hoi", "thoi-su", "xay-dung-dang", "thoi-su"), nguon="ĐT",
             chu_de=("dai-hoi-xiv", "hai-cap", "kinh-te", "xa-hoi", "tu-tuong", "dan-van"))
_t = SoanTin(30402, 22, [("truyen-hinh", 1, "tinhuy", "bai")], HUYEN, XA, AP, lich=lich22(30403, 22, tu_ngay=_dt.datetime(2028, 1, 4), gan=3),
             id_dau=209000, buoc=41, nguon="PTTH", chu_de=("kinh-te", "xa-hoi", "hai-cap", "dai-hoi-xiv"))
_NGAY_PT = [_dt.datetime(2028, 7, d, 18, 52) if i % 3 else _dt.datetime(2028, 7, d, 12, 10) for i, d in
            enumerate((1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 21, 22, 23))]      # posted after the broadcast, one a day
_NGAY_PT = [d.replace(minute=d.minute + i % 7) for i, d in enumerate(_NGAY_PT)]
_p = SoanTin(30404, 20, [("phat-thanh", 1, "tinhuy", "bai")], HUYEN, XA, AP, lich=sorted(_NGAY_PT, reverse=True),
             id_dau=218000, buoc=13, chu_de=("hai-cap", "kinh-te", "xa-hoi", "dai-hoi-xiv"))
for _i, _a in enumerate(sorted(_p.items, key=lambda a: a["ngay"])):
    _ct = "Thời sự tối" if _a["ngay"].hour >= 13 else "Thời sự trưa"
    _a["chuong_trinh"] = _ct
    _a["tieu_de"] = "%s ngày %d/%d/%d" % (_ct, _a["ngay"].day, _a["ngay"].month, _a["ngay"].year)
    _a["sapo"] = "Chương trình %s của Báo và Phát thanh, Truyền hình Hòa Nam phát sóng ngày %s." % (_ct.lower(), ngay(_a["ngay"]))
    _a["tac_gia"] = "Ban Phát thanh"
    _a["nhan"] = []
ARTS = sorted(_s.items + _t.items + _p.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 90)
    _a["imported"] = _a["cm"] == "truyen-hinh" and _a["ngay"] < MERGED_AT     # from the former station's site
    if _a["imported"]:
        _a["old_id"] = _a["id"] % 9000 + 31000
BY_ID = {a["id"]: a for a in ARTS}
EPISODES = [a for a in ARTS if a["cm"] == "phat-thanh"]
IMPORTED = [a for a in ARTS if a.get("imported")]
BY_OLD = {a["old_id"]: a for a in IMPORTED}
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "truyen-hinh"][::4]}         # also in 'Thời sự' (one address)
NEWS = [a for a in ARTS if a["cm"] in LISTS]
DOC_NHIEU = sorted(NEWS[6:40], key=lambda a: -a["xem"])[:5]
SITEMAP_MONTHS = ["2028-%02d" % m for m in range(1, 7)]
DELETED = [(213877, "dieu-chinh-phan-luong-giao-thong-tren-quoc-lo-1-qua-thanh-pho-my-tho"), (213655, "hoi-nghi-bao-cao-vien-thang-3-nam-2028")]
FLAKY = "/thoi-su/?trang=2"
SLOW = "/kinh-te-xa-hoi/?trang=2"


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "thoi-su" and a["id"] in CROSS)]


def url(a):
    return "/%s-%d.html" % (a["slug"], a["id"])


def amp_url(a):
    return "/amp/%s-%d.html" % (a["slug"], a["id"])


def old_path(a):
    """The item's address on the former station's site (ASP.NET, Title-Case slugs)."""
    return "/Tin-tuc/%s-%d.aspx" % (duong_dan(a["tieu_de"], 70, hoa=True), a["old_id"])


def list_url(k, n=None):
    return "/%s/" % k + ("?trang=%d" % n if n else "")


def last_page(k):
    return max(1, (len(in_sec(k)) + PER_PAGE - 1) // PER_PAGE)


def tieu_diem(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:4]


def set_day(day):
    kiem_ngay(day)


def ngay_bao(d):
    return "%s, %s - %s" % (thu(d), ngay(d), gio(d))


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


# ---------------------------------------------------------------- pages
MENU = [("thoi-su", "Thời sự"), ("xay-dung-dang", "Xây dựng Đảng"), ("kinh-te-xa-hoi", "Kinh tế - Xã hội"), ("truyen-hinh", "Truyền hình"),
        ("phat-thanh", "Phát thanh")]


API_DS = "/ajax/media/danh-sach.json"


def jw_box(el, title):
    """The radio list box: an empty list the theme's inline script fills with fetch() -- a JSON POST to the CMS's media API (the answer's html
    is the list, its playlist the player's items)."""
    return ('<div class="media-box"><div class="media-box__title">%s</div><div id="%s" class="jw-wrap"></div><ul class="radio-list" id="ds-%s">'
            '<li class="loading">Đang tải danh sách…</li></ul><script>\n(function () {\n    var ds = document.getElementById("ds-%s");\n'
            '    fetch("%s", {\n        method: "POST",\n        headers: {"Content-Type": "application/json", "X-Requested-With": "XMLHttpRequest"},\n'
            '        body: JSON.stringify({chuyenMuc: "phat-thanh", trang: 1, soLuong: 30})\n    }).then(function (r) { return r.json(); }).then(function (res) {\n'
            '        ds.innerHTML = res.html;\n        jwplayer("%s").setup({playlist: res.playlist, width: "100%%", height: 60, autostart: false, '
            'primary: "html5", displaytitle: true});\n    }).catch(function () { ds.innerHTML = "<li>Không tải được danh sách.</li>"; });\n})();\n'
            '</script></div>') % (x(title), el, el, el, API_DS, el)


def danh_sach(tv):
    """POST /ajax/media/danh-sach.json {chuyenMuc, trang, soLuong} (application/json) -> {html, playlist, tong}; a GET 405, a form 415."""
    if tv.method != "POST":
        return Dapung(_json.dumps({"message": "The requested resource does not support http method 'GET'."}), 405, "application/json; charset=utf-8",
                      [("Allow", "POST")])
    if "json" not in (tv.env.get("CONTENT_TYPE") or "").lower():
        return Dapung(_json.dumps({"message": "Unsupported Media Type"}), 415, "application/json; charset=utf-8")
    try:
        req = _json.loads(tv.body.decode("utf-8") or "{}")
        trang, so = max(1, int(req.get("trang", 1))), max(1, min(50, int(req.get("soLuong", 10))))
    except (ValueError, AttributeError, TypeError):
        return Dapung(_json.dumps({"message": "Bad Request"}), 400, "application/json; charset=utf-8")
    eps = EPISODES[(trang - 1) * so:trang * so] if req.get("chuyenMuc") == "phat-thanh" else []
    html = "".join('<li class="radio-list__item"><a href="%s" title="%s">%s</a> <span class="time">%s</span></li>' % (
        url(a), x(a["tieu_de"]), x(a["tieu_de"]), stamp(a["ngay"]) if "stamp" in globals() else ngay(a["ngay"])) for a in eps)
    pl = [{"title": a["tieu_de"], "file": "/media/audio/%s/%d.mp3" % (a["ngay"].strftime("%Y/%m"), a["id"])} for a in eps]
    return Dapung(_json.dumps({"html": html, "playlist": pl, "tong": len(EPISODES)}, ensure_ascii=False), 200, "application/json; charset=utf-8",
                  [("Cache-Control", "no-cache")])


def jw_box_old(el, title):
    return ('<div class="media-box"><div class="media-box__title">%s</div><div id="%s" class="jw-wrap"></div><script>\njwplayer("%s").setup({\n    playlist: "%s",\n'
            '    width: "100%%",\n    height: 60,\n    autostart: false,\n    primary: "html5",\n    displaytitle: true,\n    visualplaylist: true,\n    '
            'related: {onclick: "link"}\n});\n</script></div>') % (x(title), el, el, PLAYLIST)


def shell(tv, title, main, canonical=None, head="", og_type="website", side_top=""):
    menu = "".join('<li class="menu__item"><a class="menu__link" href="/%s/">%s</a></li>' % (k, x(n)) for k, n in MENU)
    moi = "".join('<li><a href="%s" title="%s">%s</a><time>%s</time></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"]), gio(a["ngay"]) + " " + ngay(a["ngay"]))
                  for a in NEWS[:6])
    nhieu = "".join('<li><span class="num">%d</span><a href="%s">%s</a></li>' % (i + 1, url(a), x(a["tieu_de"])) for i, a in enumerate(DOC_NHIEU))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
        '<meta name="description" content="%s">\n<meta property="og:site_name" content="%s">\n<meta property="og:type" content="%s">\n<meta property="og:title" '
        'content="%s">\n%s<link rel="icon" href="/favicon.ico">\n<link rel="stylesheet" href="/static/css/app.min.css?v=2.4.7">\n%s<style>%s</style>\n'
        '<script src="/static/js/jquery-3.6.0.min.js"></script>\n<script src="/static/jwplayer/8.26.5/jwplayer.js"></script>\n<script>jwplayer.key = "%s";</script>\n'
        '</head>\n<body class="page-%s">\n<div class="top-bar"><div class="container"><span class="top-bar__date">%s, %s</span><span class="top-bar__hotline">'
        'Đường dây nóng: 0273.3872.xxx</span><a class="top-bar__live" href="/truyen-hinh/">Xem truyền hình trực tiếp</a></div></div>\n<header class="header"><div '
        'class="container"><a class="header__logo" href="/"><img src="/static/images/logo-baoptth-hoanam.png" alt="%s" width="420" height="80"></a><form '
        'class="header__search" action="/tim-kiem/" method="get"><input type="search" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form>'
        '</div></header>\n<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item"><a class="menu__link" href="/">Trang chủ</a></li>'
        '%s<li class="menu__item"><a class="menu__link" href="/lich-phat-song/">Lịch phát sóng</a></li></ul></div></nav>\n<main class="container main"><div '
        'class="row"><div class="col-lg-8 main__content">%s</div><aside class="col-lg-4 sidebar">%s<div class="box box--moi"><div class="box__title">Tin mới</div>'
        '<ul class="box__list">%s</ul></div><div class="box box--nhieu"><div class="box__title">Đọc nhiều</div><ol class="box__list">%s</ol></div><div class="box">'
        '<div class="box__title">Liên kết</div><ul class="box__list"><li><a href="https://dangcongsan.example/" target="_blank" rel="noopener">Báo điện tử Đảng Cộng '
        'sản Việt Nam</a></li><li><a href="https://vov.example/" target="_blank" rel="noopener">Đài Tiếng nói Việt Nam</a></li></ul></div></aside></div></main>\n'
        '<footer class="footer"><div class="container"><p><strong>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HÒA NAM</strong> - Cơ quan của Đảng bộ tỉnh Hòa Nam</p><p>'
        'Giấy phép hoạt động báo chí số 112/GP-BVHTTDL. Tổng Biên tập: Nguyễn Văn Khải. Địa chỉ: số 7 đường Hùng Vương, thành phố Mỹ Tho.</p><p>Hợp nhất từ Báo Định '
        'Tường và Đài Phát thanh - Truyền hình Hòa Nam từ ngày 01/7/2028. <a href="%s/">Website Đài PT-TH Hòa Nam (cũ)</a> | <a href="/rss.html">RSS</a></p>'
        '</div></footer>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(title), x(SITE), og_type, x(title), ('<link rel="canonical" href="%s">\n' % x(canonical)) if canonical else "", head,
        pad_css(len(title) * 7 + 19, 15, "ptth"), JW_KEY, og_type, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), menu, main, side_top, moi, nhieu, tv.goc_hai,
        pad_js(len(title) * 5 + 2, 11, "app.bundle"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "public, max-age=120"), ("X-Varnish", "32770 98308"), ("Age", "14"), ("Via", "1.1 varnish (Varnish/6.0)"),
                                         ("X-Cache", "HIT")] + list(headers))


def card(a, big=False):
    return ('<article class="story%s"><a class="story__thumb" href="%s"><img src="/uploads/%s/%d.jpg" alt="%s" loading="lazy"></a><h3 class="story__heading"><a '
            'class="story__title" href="%s">%s</a></h3><time class="story__time" datetime="%s">%s</time><p class="story__summary">%s</p></article>') % (
        " story--big" if big else "", url(a), a["ngay"].strftime("%Y/%m/%d"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), iso(a["ngay"]), ngay(a["ngay"]),
        x(a["sapo"]))


def pager(k, cur, last):
    out = ['<a class="pagination__item" href="%s">Đầu</a>' % list_url(k, 1)]
    for n in cua_so(cur, last, 2):
        if n is None:
            out.append('<span class="pagination__dots">…</span>')
        elif n == cur:
            out.append('<span class="pagination__item is-active">%d</span>' % n)
        else:
            out.append('<a class="pagination__item" href="%s">%d</a>' % (list_url(k, n), n))
    if cur < last:
        out.append('<a class="pagination__item pagination__next" href="%s">Sau ›</a>' % list_url(k, cur + 1))
    return '<div class="pagination">%s</div>' % "".join(out)


def list_page(tv, k, n):
    items = in_sec(k)
    last = last_page(k)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    td = tieu_diem(k)
    body = "".join(card(a) for a in shown) if shown else '<p class="empty">Không có tin bài nào.</p>'
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/%s/">%s</a></div><h1 class="cat-title">%s</h1><section class="tieu-diem">%s<div '
            'class="tieu-diem__sub">%s</div></section><section class="timeline">%s</section>%s') % (
        k, x(SECNAME[k]), x(SECNAME[k]), card(td[0], True), "".join(card(a) for a in td[1:]), body, pager(k, n, last))
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="/rss/%s.rss">\n' % (x(SECNAME[k]), k)
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, tv.origin + list_url(k), head))


def phat_thanh(tv):
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/phat-thanh/">Phát thanh</a></div><h1 class="cat-title">Phát thanh</h1><div class="radio">'
            '<p class="radio__intro">Nghe lại các chương trình thời sự phát thanh của Báo và Phát thanh, Truyền hình Hòa Nam (FM 96,2 MHz). Chọn chương trình trong '
            'danh sách phát của trình nghe bên dưới.</p>%s<ul class="radio__programs"><li>Thời sự trưa: 11 giờ 30 hằng ngày</li><li>Thời sự tối: 18 giờ 30 hằng ngày'
            '</li><li>Tạp chí Nông nghiệp - Nông thôn: thứ Ba, thứ Sáu</li></ul></div>') % jw_box("jwp-phat-thanh", "Danh sách phát")
    return answer(shell(tv, "Phát thanh - %s" % SITE, main, tv.origin + "/phat-thanh/"))


def playlist(tv):
    try:
        off = max(1, int(tv.q.get("page_offset", "1")))
        lim = max(1, min(50, int(tv.q.get("page_limit", str(PAGE_LIMIT)))))
    except ValueError:
        return Dapung(_json.dumps({"message": "Invalid page_offset"}), 400, "application/json")
    eps = EPISODES[(off - 1) * lim:off * lim]
    last = max(1, (len(EPISODES) + lim - 1) // lim)
    lk = lambda o: "%s%s?page_offset=%d&page_limit=%d" % (tv.origin, PLAYLIST, o, lim)
    links = {"first": lk(1), "last": lk(last)}
    if off < last:
        links["next"] = lk(off + 1)
    if off > 1:
        links["prev"] = lk(off - 1)
    items = [{"title": a["tieu_de"], "mediaid": "Pt%06x" % a["id"], "link": tv.origin + url(a), "image": "%s/media/thumbs/%d.jpg" % (tv.origin, a["id"]),
              "images": [{"src": "%s/media/thumbs/%d-320.jpg" % (tv.origin, a["id"]), "width": 320, "type": "image/jpeg"}], "feedid": "PT8dTq2x",
              "duration": 1500 if a["chuong_trinh"] == "Thời sự tối" else 900,
              "pubdate": int((a["ngay"] - _dt.timedelta(hours=7) - _dt.datetime(1970, 1, 1)).total_seconds()), "description": a["sapo"],
              "sources": [{"file": "%s/media/audio/%s/%d.mp3" % (tv.origin, a["ngay"].strftime("%Y/%m"), a["id"]), "type": "audio/mpeg", "label": "128k"}],
              "tracks": []} for a in eps]
    data = {"title": "Phát thanh", "description": "Các chương trình thời sự phát thanh", "kind": "Playlist", "feedid": "PT8dTq2x", "links": links,
            "feed_instance_id": "3f9b1c2e-5d7a-4e8b-9c0d-1a2b3c4d5e6f", "playlist": items}
    return Dapung(_json.dumps(data, ensure_ascii=False), 200, "application/json; charset=utf-8", [("Cache-Control", "public, max-age=300"),
                                                                                                  ("Access-Control-Allow-Origin", "*")])


def home(tv):
    top = [a for a in NEWS if a["cm"] != "truyen-hinh"][:5]
    main = '<section class="home-top">%s<div class="home-top__sub">%s</div></section>' % (card(top[0], True), "".join(card(a) for a in top[1:]))
    for k in LISTS:
        items = in_sec(k)[:5]
        main += '<section class="home-cat"><h2 class="home-cat__title"><a href="/%s/">%s</a></h2>%s</section>' % (k, x(SECNAME[k]), "".join(card(a) for a in items))
    return answer(shell(tv, "%s - Tin tức, thời sự Hòa Nam" % SITE, main, tv.origin + "/", side_top=jw_box("jwp-home", "Nghe phát thanh")))


def body_of(a, tv):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append("<p>%s</p>" % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<figure class="image"><img src="/uploads/%s/%d-1.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
                a["ngay"].strftime("%Y/%m/%d"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, amp=False):
    pool = EPISODES if a["cm"] == "phat-thanh" else in_sec(a["cm"])
    rel = [b for b in pool if b is not a][:6]
    media = ""
    if a["cm"] == "phat-thanh":
        media = ('<div class="audio-player"><div id="jwp-%d"></div><script>\njwplayer("jwp-%d").setup({\n    file: "/media/audio/%s/%d.mp3",\n    height: 40,\n'
                 '    width: "100%%"\n});\n</script></div>') % (a["id"], a["id"], a["ngay"].strftime("%Y/%m"), a["id"])
    elif a["cm"] == "truyen-hinh":
        media = ('<div class="video-player"><div id="jwp-%d"></div><script>\njwplayer("jwp-%d").setup({\n    file: "/media/video/%s/%d.mp4",\n    image: '
                 '"/media/thumbs/%d.jpg",\n    aspectratio: "16:9",\n    width: "100%%"\n});\n</script></div>') % (a["id"], a["id"], a["ngay"].strftime("%Y/%m"), a["id"], a["id"])
    xem = ""
    if a.get("imported") and a["id"] % 3 == 0:
        olds = [b for b in IMPORTED if b["ngay"] < a["ngay"]][:1]
        if olds:       # a link written on the former station's site: its old address
            xem = '<p class="xem-them">Xem thêm: <a href="%s%s">%s</a></p>' % (tv.goc_hai, old_path(olds[0]), x(olds[0]["tieu_de"]))
    canonical = (tv.goc_hai + old_path(a)) if a.get("imported") else tv.origin + url(a)
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/%s/">%s</a></div><article class="detail"><h1 class="detail__title">%s</h1><div '
            'class="detail__meta"><time class="detail__time" datetime="%s">%s</time><span class="detail__cat">%s</span></div><div class="detail__sapo"><strong>%s'
            '</strong></div>%s<div class="detail__content">%s%s</div><div class="detail__author"><strong>%s</strong></div>%s</article><section class="related"><h2>'
            '%s</h2><ul>%s</ul></section>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), iso(a["ngay"]), ngay_bao(a["ngay"]), x(SECNAME[a["cm"]]), x(a["sapo"]), media, body_of(a, tv), xem,
        x(a["tac_gia"]), ('<div class="detail__tags">%s</div>' % " ".join('<a href="/tag/%s/">%s</a>' % (duong_dan(t), x(t)) for t in a["nhan"])) if a["nhan"] else "",
        "Các chương trình khác" if a["cm"] == "phat-thanh" else "Tin cùng chuyên mục",
        "".join('<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in rel))
    if amp:
        return answer(('<!doctype html>\n<html amp lang="vi">\n<head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"><meta name="viewport" '
                       'content="width=device-width"><script async src="https://cdn.ampproject.example/v0.js"></script><style amp-custom>%s</style></head>\n<body><header>'
                       '<a href="/">%s</a></header>%s</body></html>') % (x(a["tieu_de"]), x(canonical), pad_css(a["id"] % 97, 6, "amp"), x(SITE), main))
    head = '<link rel="amphtml" href="%s%s">\n<meta property="article:published_time" content="%s">\n' % (tv.origin, amp_url(a), iso(a["ngay"]))
    return answer(shell(tv, a["tieu_de"], main, canonical, head, "article"))


def tag_page(tv, key):
    items = [a for a in ARTS if any(duong_dan(t) == key for t in a["nhan"])]
    if not items:
        return not_found(tv)
    t = next(t for t in items[0]["nhan"] if duong_dan(t) == key)
    main = '<h1 class="cat-title">%s</h1><section class="timeline">%s</section>' % (x(t), "".join(card(a) for a in items[:30]))
    return answer(shell(tv, "%s - %s" % (t, SITE), main, tv.origin + "/tag/%s/" % key))


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), "/%s/" % k, [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:20]])


def rss_page(tv):
    main = '<h1 class="cat-title">RSS</h1><ul class="rss-list">%s</ul>' % "".join('<li><a href="/rss/%s.rss">%s</a></li>' % (k, x(SECNAME[k])) for k in LISTS)
    return answer(shell(tv, "RSS - %s" % SITE, main, tv.origin + "/rss.html"))


def sitemap(tv):
    p = tv.path
    if p == "/sitemap.xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
               '<sitemap><loc>%s/sitemap-news.xml</loc></sitemap>' % tv.origin]
        out += ['<sitemap><loc>%s/sitemaps/%s.xml</loc><lastmod>%s-28T23:00:00+07:00</lastmod></sitemap>' % (tv.origin, m, m) for m in SITEMAP_MONTHS]
        out.append("</sitemapindex>")
        return Dapung("\n".join(out), 200, "application/xml; charset=utf-8")
    if p == "/sitemap-news.xml":
        recent = [a for a in NEWS if a["ngay"] >= BAY_GIO - _dt.timedelta(days=2)]
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/'
                                                         'sitemap-news/0.9">']
        for a in recent:
            out.append("<url><loc>%s%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>vi</news:language></news:publication>"
                       "<news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>" % (
                           tv.origin, url(a), x(SITE), iso(a["ngay"]), x(a["tieu_de"])))
        out.append("</urlset>")
        return Dapung("\n".join(out), 200, "application/xml; charset=utf-8")
    m = _re.fullmatch(r"/sitemaps/(\d{4}-\d{2})\.xml", p)
    if m and m.group(1) in SITEMAP_MONTHS:
        rows = [(url(a), a["ngay"], None) for a in NEWS if a["ngay"].strftime("%Y-%m") == m.group(1) and not a.get("imported")]
        rows += [("/%s-%d.html" % (s, i), _dt.datetime(2028, 3, 14, 9, 0), None) for i, s in DELETED if m.group(1) == "2028-03"]
        return urlset(tv.origin, rows)
    return not_found(tv)


def lich(tv):
    try:
        d = _dt.datetime.strptime(tv.q.get("ngay", "2028-07-24"), "%Y-%m-%d")
    except ValueError:
        d = _dt.datetime(2028, 7, 24)
    lk = lambda e: "/lich-phat-song/?ngay=%s" % e.strftime("%Y-%m-%d")
    main = ('<h1 class="cat-title">Lịch phát sóng ngày %s</h1><p><a href="%s">« Ngày trước</a> | <a href="%s">Ngày sau »</a></p><table class="lich"><tr><td>05:30'
            '</td><td>Chào buổi sáng</td></tr><tr><td>11:30</td><td>Thời sự trưa</td></tr><tr><td>18:30</td><td>Thời sự tối</td></tr></table>') % (
        ngay(d), lk(d - _dt.timedelta(days=1)), lk(d + _dt.timedelta(days=1)))
    return answer(shell(tv, "Lịch phát sóng - %s" % SITE, main, tv.origin + "/lich-phat-song/"))


def not_found(tv):
    return answer(shell(tv, "Không tìm thấy - %s" % SITE, '<div class="error-404"><h1>404</h1><p>Trang bạn tìm không tồn tại.</p><p><a href="/">Về trang chủ</a></p>'
                                                         '</div>'), 404)


def backend_failed(tv):
    return Dapung('<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n'
                  '    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 98310</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n'
                  '</html>\n', 503, "text/html; charset=utf-8", [("Retry-After", "5"), ("X-Varnish", "98310")])


def old_host(tv):
    """The former station's name: an nginx server block 301s the old ASP.NET addresses of the imported items to their new ones, everything else to the
    home page -- on the merged site, written http://127.0.0.1:<port> (the address serve.py binds)."""
    base = "http://127.0.0.1" + (":" + tv.port if tv.port else "")
    m = _re.fullmatch(r"/Tin-tuc/[A-Za-z0-9-]+-(\d+)\.aspx", tv.path)
    a = BY_OLD.get(int(m.group(1))) if m else None
    return chuyen(base + (url(a) if a else "/"), 301, body="<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved "
                                                           "Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


def handle(tv):
    if tv.hai:
        return old_host(tv)
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /tim-kiem/\nDisallow: /lich-phat-song/\nDisallow: /admin/\nDisallow: /api/\nCrawl-delay: 1\n\nUser-agent: GPTBot\n"
                       "Disallow: /\n\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p == API_DS:
        return danh_sach(tv)
    if tv.method != "GET" and tv.method != "HEAD":
        return not_found(tv)
    if p == "/" and not q:
        return home(tv)
    if p in ("/sitemap.xml", "/sitemap-news.xml") or p.startswith("/sitemaps/"):
        return sitemap(tv)
    if p == PLAYLIST:
        return playlist(tv)
    if p == "/rss.html":
        return rss_page(tv)
    m = _re.fullmatch(r"/rss/([a-z-]+)\.rss", p)
    if m and m.group(1) in LISTS:
        return feed(tv, m.group(1))
    if p == "/phat-thanh/":
        return phat_thanh(tv)
    if p == "/lich-phat-song/":
        return lich(tv)
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)/", p)
    if m:
        return tag_page(tv, m.group(1))
    m = _re.fullmatch(r"/([a-z-]+)/", p)
    if m and m.group(1) in LISTS:
        k = m.group(1)
        n = tv.so("trang", 1, 1, 999)
        if n is None:
            return chuyen(tv.origin + list_url(k), 301)
        if full == FLAKY and chap_chon(FLAKY):
            return backend_failed(tv)
        if full == SLOW:
            cham(tv, 1.2)
        return list_page(tv, k, n)
    m = _re.fullmatch(r"/(amp/)?[a-z0-9-]+-(\d+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if a and p.endswith("%s-%d.html" % (a["slug"], a["id"])):
            return article(tv, a, amp=bool(m.group(1)))
        return chuyen(tv.origin + (url(a) if a else "/"), 302)        # a slug that changed, or a deleted item: the CMS sends the reader on
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx/1.22.1")], moi_lan=lambda tv, out: [], post=True)


# ---------------------------------------------------------------- manifest
_OLD_LINKED = set()
for _a in IMPORTED:
    if _a["id"] % 3 == 0:
        _o = [b for b in IMPORTED if b["ngay"] < _a["ngay"]][:1]
        if _o:
            _OLD_LINKED.add(_o[0]["id"])


def _aliases(a):
    return [amp_url(a)]


ONLY_FJ = [url(a) for a in EPISODES]
_ts = in_sec("thoi-su")

MANIFEST = {
    "family": "a Vietnamese vendor's press CMS (PHP 8.1, nginx behind Varnish 6; JW Player 8 for the merged station's media) of the provincial Party "
              "newspaper merged with the radio-TV station on 01/07/2028 (Báo và Phát thanh, Truyền hình Hòa Nam): flat /<slug>-<id>.html articles, "
              "?trang=N lists with four 'tiêu điểm' on every page, the station's imported items canonical to its old name (which 301s), monthly sitemaps that "
              "stop at 06/2028; the radio bulletins only in a list the theme fills with fetch(), a JSON POST "
              "to the CMS's media API",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/tim-kiem/", "/lich-phat-song/", "/api/"],
    "trap_prefixes": ["/lich-phat-song/"],
    "only_via": {"fetch-post-json": ONLY_FJ},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("Articles /<slug>-<id>.html, dated '<Thứ>, dd/mm/yyyy - HH:MM' with a <time datetime>; AMP /amp/<slug>-<id>.html (link rel=amphtml; canonical to "
              "the article); a changed slug or a deleted id 302s (to the article, or home: soft 404). Canonical: the article itself, EXCEPT for the %d "
              "'Truyền hình' items imported from the former radio-TV station's site, whose canonical still names their address there, "
              "http://localhost:<port>/Tin-tuc/<Title-Case-Slug>-<old id>.aspx -- the station's old name, which now 301s each imported item to its new "
              "address and every other address to the home page (written http://127.0.0.1:<port>, the address serve.py binds); the footer and the "
              "imported items' 'Xem thêm' link the old name too. Lists /<section>/ and /<section>/?trang=N (%d a page; 'Đầu' = ?trang=1, windowed pages, "
              "'Sau ›'; past the end an empty 200 'Không có tin bài nào.') under the section's four most-read older items ('tiêu điểm') on EVERY page; every "
              "4th 'Truyền hình' item is also listed in 'Thời sự'. Keyword pages /tag/<slug>/. Feeds /rss/<section>.rss (a /rss.html page, head links). "
              "/sitemap.xml: a Google News sitemap of the last two days and monthly /sitemaps/YYYY-MM.xml that stop at 06/2028 (the job broke at the "
              "merger; the imported items never in them; two deleted items). 'Phát thanh' (the station's radio bulletins since 01/07/2028, %d episode "
              "pages) has no list: /phat-thanh/ and the home's sidebar carry an empty <ul id=\"ds-jwp-…\"> and an inline script: "
              "fetch(\"%s\", {method: \"POST\", headers: {\"Content-Type\": \"application/json\", \"X-Requested-With\": \"XMLHttpRequest\"}, "
              "body: JSON.stringify({chuyenMuc: \"phat-thanh\", trang: 1, soLuong: 30})}).then(r => r.json()) -- the answer {html, playlist, tong}: html "
              "the list of the episode pages, playlist the JW Player items (MP3 files only); a GET answers 405, a form body 415 -- the only place the "
              "episodes are named (no feed, sitemap, tag or 'Tin mới'; the old JW playlist %s is linked from nowhere now). Flaky: %s answers Varnish's 503 'Backend fetch failed' (Retry-After: 5) every other request; slow: %s (1.2 s). The "
              "broadcast schedule /lich-phat-song/?ngay=YYYY-MM-DD forever (trap, robots-disallowed). robots.txt also shuts GPTBot out."
              % (len(IMPORTED), PER_PAGE, len(EPISODES), API_DS, PLAYLIST, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_im = IMPORTED[0]
SELFTEST = [
    {"path": list_url("thoi-su", 2), "status": 200, "contains": x(_ts[PER_PAGE]["tieu_de"])},
    {"path": list_url("thoi-su", 1), "status": 200, "contains": x(_ts[0]["tieu_de"])},
    {"path": list_url("thoi-su", 40), "status": 200, "contains": "Không có tin bài nào."},
    {"path": url(_im), "status": 200, "contains": 'rel="canonical" href="http://localhost:8080/Tin-tuc/'},
    {"path": "/%s-%d.html" % (DELETED[0][1], DELETED[0][0]), "status": 302, "location": "/"},
    {"path": "/sai-duong-dan-%d.html" % _ts[0]["id"], "status": 302, "location": url(_ts[0])},
    {"path": "/phat-thanh/", "status": 200, "contains": 'fetch("%s", {' % API_DS, "not_contains": x(EPISODES[0]["tieu_de"])},
    {"path": API_DS, "status": 405},
    {"path": API_DS, "method": "POST", "body": b"chuyenMuc=phat-thanh&trang=1&soLuong=30", "status": 415},
    {"path": PLAYLIST, "status": 200, "contains": "page_offset=2"},
    {"path": "/sitemaps/2028-06.xml", "status": 200, "not_contains": "thoi-su-trua"},
]
SUMMARY = {
    "chains": ["/ -> /<section>/ -> ?trang=N -> /<slug>-<id>.html (-> link rel=amphtml /amp/…)",
               "/ -> the sidebar box (or /phat-thanh/): fetch(\"%s\", {method: \"POST\", body: JSON.stringify({chuyenMuc: \"phat-thanh\", trang: 1, "
               "soLuong: 30})}) -> JSON html -> the episode pages" % API_DS,
               "robots Sitemap: /sitemap.xml -> /sitemap-news.xml (two days), /sitemaps/2028-01.xml … 2028-06.xml (nothing of 07/2028; two deleted items 302 home)",
               "imported 'Truyền hình' items: canonical and 'Xem thêm' -> //localhost/Tin-tuc/…aspx -> 301 http://127.0.0.1:<port>/<slug>-<id>.html"],
    "discovery": [
        "'Phát thanh' (the merged station's radio bulletins since 01/07/2028, %d episode pages) has no list, feed, sitemap or tag: the episodes are named only "
        "in the answer to the inline fetch(\"%s\", {method: \"POST\", headers: {…}, body: JSON.stringify({chuyenMuc: \"phat-thanh\", trang: 1, soLuong: "
        "30})}) on /phat-thanh/ and the home's sidebar (its JSON html) -- a crawler that does not make a script's JSON POST never sees them "
        "(only_via fetch-post-json %d)" % (len(EPISODES), API_DS, len(ONLY_FJ)),
        "the station's %d imported items name the station's old address (another host name, which 301s) as canonical, and the monthly sitemaps stopped at "
        "the merger (no only_via)" % len(IMPORTED),
    ],
    "set34_pages": {"fetch-post-json": ["/phat-thanh/", "/"]},
    "hosts": {"primary": "the scorer's 127.0.0.1:<port>: the merged Báo và Phát thanh, Truyền hình",
              "second": "localhost:<the same port>: the former radio-TV station's name; each imported item's old address 301s to its new one, all else to home",
              "prefix": "//localhost", "notation": "an address written //localhost/<path> is http://localhost:<port>/<path>",
              "redirect_target": "http://127.0.0.1:<port>/… (outside the check's replica.test host: the check does not follow it)"},
    "alias_kinds": ["AMP /amp/<slug>-<id>.html (200, canonical to the article; link rel=amphtml)"],
    "quirks": ["Crawl-delay: 1", "four 'tiêu điểm' on top of every list page", "page 1 also as ?trang=1", "past-the-end list pages: an empty 200",
               "imported items canonical to the old station host (301)", "monthly sitemaps stop at 06/2028; a two-day news sitemap",
               "deleted items and wrong slugs 302 (home: soft 404)", "%s 503 (Retry-After: 5) every other request" % FLAKY, "%s slow (1.2 s)" % SLOW,
               "GPTBot shut out by robots.txt", "broadcast schedule day trap under robots' Disallow: /lich-phat-song/"],
    "not_articles": ["/%s-%d.html" % (s, i) for i, s in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: public, max-age=120; Varnish's Age)",
}
