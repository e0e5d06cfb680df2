"""Set 33, site B: DNN Platform 10.0.1 (ASP.NET 4.8 WebForms, IIS 10) with EasyDNNnews and a local vendor's 'Tin cơ sở' module, of a
provincial Party committee, Đảng bộ tỉnh Hòa Phong.  One day (DAYS = 1), 17/06/2027.  Twist: a hidden page named only by a module
that fills itself with $.ajax({url: dnn.getVar('tcs_url_512'), …}) -- the address a ClientAPI variable of the hidden __dnnVariable
(only_via dnn-getvar).  See README.md."""
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

SITE = "Đảng bộ tỉnh Hòa Phong"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 3, "tinhuy", "bai"),
            ("guong-dien-hinh", "Gương điển hình", 2, "btgdv", "bai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
SECNAME["tin-co-so"] = "Tin cơ sở"
CATID = {"tin-hoat-dong": 3, "xay-dung-dang": 4, "guong-dien-hinh": 5, "van-ban": 6, "tin-co-so": 7}
CAT_BY_ID = {v: k for k, v in CATID.items()}
MENU = [s[0] for s in SECTIONS]
HUYEN = ["Hòa Phú", "Phong Châu", "Bạch Đằng", "Hồng Việt", "Dân Chủ", "Nam Tuấn", "Đức Long", "Trương Lương"]
XA = ["Hòa Phú", "Phong Châu", "Bạch Đằng", "Hồng Việt", "Dân Chủ", "Nam Tuấn", "Đức Long", "Trương Lương"]
AP = ["Thôn Nà Lữ", "Thôn Bó Mạ", "Xóm Đình", "Thôn Pác Bó", "Tổ dân phố số 4", "Thôn Nà Vường"]
PER_PAGE = 10
NEWS_TAB, NEWS_MID = 60, 449            # the 'Tin tức' page and its EasyDNNnews module
TCS_TAB, TCS_MID = 70, 488              # the hidden 'Tin cơ sở' page and its EasyDNNnews module
HOME_TAB, BOX_MID = 55, 512             # the home page and the vendor module "Tin cơ sở" (VNPT.TinCoSo)
CAL_TAB, CAL_MID = 75, 520
SEARCH_PATH = "/Ket-qua-tim-kiem/tabid/81/Default.aspx"
SKIN = "/Portals/_default/Skins/HoaPhong2026"

_s = SoanTin(33201, 98, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP,
             lich=lich22(33201, 98, tu_ngay=_dt.datetime(2026, 8, 3), gan=5),
             id_dau=3300, buoc=3, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "van-ban", "guong-dien-hinh"),
             chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "hoc-tap-bac", "dan-van", "kinh-te", "xa-hoi", "chuyen-doi-so"))
_t = SoanTin(33202, 22, [("tin-co-so", 1, "xa", "bai")], HUYEN, XA, AP,
             lich=lich22(33202, 22, tu_ngay=_dt.datetime(2027, 2, 1), gan=1), id_dau=3700, buoc=2,
             chu_de=("dai-hoi-xiv", "hai-cap", "dan-van", "xa-hoi", "den-on"))
ARTS = sorted(_s.items + _t.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
dat_ten_thong_bao([a for a in ARTS if a["cm"] == "van-ban"], "TU")
for _a in ARTS:
    _a["slug"] = bo_dau_giu_hoa(_a["tieu_de"], 90)
BY_ID = {a["id"]: a for a in ARTS}
TCS = [a for a in ARTS if a["cm"] == "tin-co-so"]
MAIN = [a for a in ARTS if a["cm"] in MENU]
NEWS = [a for a in MAIN if a["cm"] != "van-ban"]
DOCS = [a for a in ARTS if a["cm"] == "van-ban"]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "guong-dien-hinh"][::3]}      # also in 'Xây dựng Đảng' (one address)
SLIDER = NEWS[:5]                        # the vendor slider prints lower-cased addresses
BANTIN = NEWS[7:10]                      # the staff's HTML module 'Bản tin tuần' links with campaign parameters
UTM = "?utm_source=bantin&utm_medium=email&utm_campaign=tuan-24-2027"
DELETED = [(3042, "Hoi-nghi-Ban-Thuong-vu-Tinh-uy-thang-11-nam-2026"), (3019, "Ky-niem-96-nam-Ngay-thanh-lap-Dang")]
SITEMAP_AT = _dt.datetime(2027, 1, 15, 2, 0)
FLAKY = "/Tin-tuc/tabid/60/CategoryID/4/PgrID/449/PageID/2/Default.aspx"
SLOW = "/Tin-tuc/tabid/60/CategoryID/3/PgrID/449/PageID/3/Default.aspx"


def in_sec(k):
    if k == "tin-co-so":
        return TCS
    if k is None:
        return MAIN
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def tab_of(a):
    return (TCS_TAB, "Tin-co-so", TCS_MID) if a["cm"] == "tin-co-so" else (NEWS_TAB, "Tin-tuc", NEWS_MID)


def url(a):
    tab, name, _ = tab_of(a)
    return "/%s/tabid/%d/ArticleID/%d/%s.aspx" % (name, tab, a["id"], a["slug"])


def lower_url(a):
    return url(a).lower()


def plain_url(a):
    return "/Default.aspx?tabid=%d&ArticleID=%d" % (tab_of(a)[0], a["id"])


def print_url(a):
    tab, _, mid = tab_of(a)
    return "/DesktopModules/EasyDNNNews/PrintArticle.aspx?ArticleID=%d&TabID=%d&ModuleID=%d" % (a["id"], tab, mid)


def list_url(k, n=1, explicit=False):
    """k: a category key, None for the whole news module; 'tin-co-so' lives on its own (hidden) page."""
    if k == "tin-co-so":
        base = "/Tin-co-so/tabid/%d" % TCS_TAB
        pg_ = "/PgrID/%d/PageID/%d" % (TCS_MID, n) if (n > 1 or explicit) else ""
        return base + pg_ + "/Default.aspx"
    base = "/Tin-tuc/tabid/%d" % NEWS_TAB + ("/CategoryID/%d" % CATID[k] if k else "")
    return base + ("/PgrID/%d/PageID/%d" % (NEWS_MID, n) if (n > 1 or explicit) else "") + "/Default.aspx"


def featured(k):
    """EasyDNNnews 'featured' articles: the category's two most-read older items, on top of every page of its list."""
    items = in_sec(k)
    return sorted(items[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def dnn_head(tv, title, head=""):
    return (
        '<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head">\n<!--*********************************************-->\n'
        '<!-- DNN Platform - https://dnncommunity.org       -->\n<!-- Copyright (c) 2002-2022, by .NET Foundation    -->\n'
        '<!--*********************************************-->\n<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n'
        '<meta name="REVISIT-AFTER" content="1 DAYS" />\n<meta name="RATING" content="GENERAL" />\n<meta name="RESOURCE-TYPE" content="DOCUMENT" />\n'
        '<meta content="text/javascript" http-equiv="Content-Script-Type" />\n<meta content="text/css" http-equiv="Content-Style-Type" />\n'
        '<title>\n\t%s\n</title><meta id="MetaDescription" name="DESCRIPTION" content="Trang thông tin điện tử %s" /><meta id="MetaKeywords" name="KEYWORDS" '
        'content="Tỉnh ủy Hòa Phong, Đảng bộ tỉnh Hòa Phong, tin tức, xây dựng Đảng" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />'
        '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />'
        '<link href="/Resources/Shared/stylesheets/dnndefault/10.0.0/default.css?cdv=305" type="text/css" rel="stylesheet"/>'
        '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=305" type="text/css" rel="stylesheet"/>'
        '<link href="%s/skin.css?cdv=305" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=305" type="text/css" rel="stylesheet"/>'
        '<script src="/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=305" type="text/javascript"></script>'
        '<script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=305" type="text/javascript"></script>'
        '<script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=305" type="text/javascript"></script>%s'
        '<link rel="shortcut icon" href="/Portals/0/favicon.ico?ver=2026-11-02-081522-000" type="image/x-icon" />'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><style type="text/css">%s</style></head>\n') % (
        x(title), x(SITE), SKIN, head, pad_css(len(title) * 31 + 11, 10, "py"))


def shell(tv, title, main, tab, head="", right_extra=""):
    action = tv.path + ("?" + tv.query if tv.query else "")
    menu = "".join('<li class="item"><a href="%s"><span>%s</span></a></li>' % (list_url(k), x(SECNAME[k])) for k in MENU)
    moi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in NEWS[:6])
    docnhieu = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in sorted(NEWS[:40], key=lambda a: -a["xem"])[:5])
    vbmoi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in DOCS[:4])
    login = "/Trang-chu/tabid/%d/ctl/Login/Default.aspx?returnurl=%s" % (HOME_TAB, ma_hoa(action))
    dnnvar = "`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%d`%s}" % (tab, (",`tcs_url_%d`:`%s`,`tcs_so_%d`:`8`" % (BOX_MID, x(TCS_HANDLER), BOX_MID))
                                                                       if tab == HOME_TAB else "")
    return dnn_head(tv, title, head) + (
        '<body id="Body">\n<form method="post" action="%s" id="Form" enctype="multipart/form-data">\n<div class="aspNetHidden">\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n\n<script type="text/javascript">\n//<![CDATA[\n'
        "var theForm = document.forms['Form'];\nif (!theForm) {\n    theForm = document.Form;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n"
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLFGc4kMfoWbfUUQE7yCu6ICnOGlF2ZqwGRn5w41&amp;t=635589219571259667" type="text/javascript"></script>\n'
        '<script src="/js/dnn.modalpopup.js?cdv=305" type="text/javascript"></script><script src="/js/dnncore.js?cdv=305" type="text/javascript"></script>'
        '<script src="/js/dnn.servicesframework.js?cdv=305" type="text/javascript"></script>'
        '<script src="/DesktopModules/EasyDNNnews/js/jquery.EasyDnnNews.js?cdv=305" type="text/javascript"></script>\n'
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>\n'
        '<div id="wrapper" class="py-wrapper"><div class="py-topbar"><div class="container"><span class="py-date">%s, ngày %s</span>'
        '<span class="py-login"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" '
        'href="%s">Đăng nhập</a></span><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" '
        'size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." '
        'onkeydown="return __dnn_KeyDown(\'13\', \'javascript:__doPostBack(%%27dnn$dnnSEARCH$cmdSearch%%27,%%27%%27)\', event);" />&nbsp;'
        '<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm</a></span>'
        '</div></div>\n<div class="py-banner"><a id="dnn_dnnLOGO_hypLogo" title="%s" href="/"><img id="dnn_dnnLOGO_imgLogo" '
        'src="/Portals/0/banner-tinhuy-hoaphong-2026.jpg" alt="%s" /></a></div>\n<nav class="py-menu"><ul class="topLevel">'
        '<li class="item first"><a href="/"><span>Trang chủ</span></a></li><li class="item"><a href="/Gioi-thieu/tabid/56/Default.aspx"><span>Giới thiệu</span>'
        '</a></li><li class="item"><a href="/Tin-tuc/tabid/60/Default.aspx"><span>Tin tức</span></a></li>%s<li class="item"><a href="/Lich-cong-tac/tabid/75/'
        'Default.aspx"><span>Lịch công tác</span></a></li><li class="item last"><a href="/Lien-he/tabid/58/Default.aspx"><span>Liên hệ</span></a></li></ul>'
        '</nav>\n<div class="container py-body"><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">%s</div>'
        '<div id="dnn_RightPane" class="col-md-4 rightPane">%s<div class="DnnModule DnnModule-DNN_HTML DnnModule-530"><a name="530"></a><div class="box-sidebar">'
        '<h3 class="box-title"><span id="dnn_ctr530_dnnTITLE_titleLabel" class="Head">Tin mới</span></h3><div id="dnn_ctr530_ContentPane">'
        '<ul class="list-moi">%s</ul></div></div></div><div class="DnnModule DnnModule-DNN_HTML DnnModule-531"><a name="531"></a><div class="box-sidebar">'
        '<h3 class="box-title"><span class="Head">Đọc nhiều</span></h3><ul class="list-moi">%s</ul></div></div><div class="DnnModule DnnModule-532">'
        '<div class="box-sidebar"><h3 class="box-title"><span class="Head">Văn bản mới</span></h3><ul class="list-vb">%s</ul></div></div>'
        '<div class="DnnModule DnnModule-533"><div class="box-sidebar"><h3 class="box-title"><span class="Head">Liên kết website</span></h3><select '
        'class="lienket" onchange="if (this.value) window.open(this.value);"><option value="">-- Liên kết --</option><option value="http://dangcongsan.example/">'
        'Báo điện tử Đảng Cộng sản Việt Nam</option><option value="http://chinhphu.example/">Cổng Thông tin điện tử Chính phủ</option></select></div></div>'
        '<div class="DnnModule DnnModule-534"><div class="box-sidebar"><h3 class="box-title"><span class="Head">Thống kê truy cập</span></h3><p>Đang truy cập: '
        '41<br />Hôm nay: 1.322<br />Tổng: 4.018.775</p></div></div></div></div></div>\n<footer class="py-footer"><div class="container"><p><strong>TRANG '
        'THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÒA PHONG</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Hòa Phong. Giấy phép số 27/GP-TTĐT ngày 09/12/2025. Chịu '
        'trách nhiệm chính: Chánh Văn phòng Tỉnh ủy.</p><p>Ghi rõ nguồn "Trang thông tin điện tử Đảng bộ tỉnh Hòa Phong" khi phát hành lại thông tin từ website này.</p>'
        '<p><a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="/Trang-chu/tabid/%d/ctl/Privacy/Default.aspx">Chính sách</a> | '
        '<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/Trang-chu/tabid/%d/ctl/Terms/Default.aspx">Điều khoản</a></p></div></footer>'
        '</div>\n<input name="ScrollTop" type="hidden" id="ScrollTop" />\n<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" '
        'value="%s" />\n<input name="__RequestVerificationToken" type="hidden" value="%s" />\n<script type="text/javascript">%s</script>\n'
        '</form>\n<!--CDF(Javascript|/js/dnncore.js?cdv=305)--><!--CDF(Javascript|/js/dnn.servicesframework.js?cdv=305)-->\n</body>\n</html>\n') % (
        x(action), pad_b64(len(title) * 3 + tab, 4), pad_b64(len(title) + 7, 1)[:340], thu(BAY_GIO), ngay(BAY_GIO), x(login), x(SITE), x(SITE), menu,
        main, right_extra, moi, docnhieu, vbmoi, HOME_TAB, HOME_TAB, dnnvar, pad_b64(len(title) + tab, 1)[:108], pad_js(len(title) * 13 + 1, 10, "dnn.jquery"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")] + list(headers))


def module(mid, title, inner, css=""):
    return ('<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a><div class="py-container%s"><h2 class="py-title"><span '
            'id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">%s</span></h2><div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" '
            'class="DNNModuleContent ModEasyDNNnewsC">%s</div></div></div></div>') % (mid, mid, css, mid, x(title), mid, mid, inner)


def item(a):
    return ('<div class="edn_article edn_clearFix"><a class="edn_articleImage" href="%s"><img alt="%s" src="/Portals/0/EasyDNNNews/%d/thumb-%d.jpg" /></a>'
            '<h2 class="edn_articleTitle"><a href="%s">%s</a></h2><p class="edn_metaDetails"><time>%s %s</time></p><div class="edn_articleSummary">%s</div>'
            '<a class="edn_readMore edn_readMoreButton" href="%s">Xem tiếp</a></div>') % (
        url(a), x(a["tieu_de"]), a["id"], a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), url(a))


def pager(k, cur, last):
    out = []
    if cur > 1:
        out.append('<a class="first" href="%s">Đầu</a><a class="prev" href="%s">Trước</a>' % (list_url(k, 1, True), list_url(k, cur - 1, True)))
    for p in range(max(1, cur - 3), min(last, cur + 3) + 1):
        out.append('<span class="active page">%d</span>' % p if p == cur else '<a class="page" href="%s">%d</a>' % (list_url(k, p, True), p))
    if cur < last:
        out.append('<a class="next" href="%s">Sau</a><a class="last" href="%s">Cuối</a>' % (list_url(k, cur + 1, True), list_url(k, last, True)))
    return '<div class="article_pager">%s</div>' % "".join(out)


def list_page(tv, k, n):
    items = in_sec(k)
    last = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    name = SECNAME[k] if k else "Tin tức"
    top = "".join(item(a) for a in featured(k)) if k else ""
    if shown:
        inner = ('<div class="eds_news_module_%d news eds_template_List_Article_Default"><div class="edn_featured"><h3>Tin nổi bật</h3>%s</div>'
                 '<div class="edn_%d_article_list_wrapper">%s</div>%s</div>') % (
            tab_of({"cm": k or ""})[2], top, tab_of({"cm": k or ""})[2], "".join(item(a) for a in shown), pager(k, n, last))
    else:
        inner = '<div class="edn_articleList"><p class="edn_noArticles">Không có bài viết nào.</p></div>'
    crumb = '<div class="py-breadcrumb"><a href="/">Trang chủ</a> › <a href="%s">%s</a></div>' % (list_url(k), x(name))
    tab, _, mid = tab_of({"cm": k or ""})
    head = ""
    if k:
        head = '<link rel="alternate" type="application/rss+xml" title="%s" href="/DesktopModules/EasyDNNNews/RSS.ashx?TabID=%d&amp;ModuleID=%d&amp;CatID=%d" />' % (
            x(name), tab, mid, CATID[k])
    return answer(shell(tv, "%s - %s" % (name, SITE), crumb + module(mid, name, inner), tab, head))


TCS_HANDLER = "/DesktopModules/VNPT.TinCoSo/DanhSach.ashx?tabid=%d&mid=%d" % (HOME_TAB, BOX_MID)


def tcs_box():
    """The vendor's module 'Tin cơ sở' (VNPT.TinCoSo 2.1): an empty box its inline script fills from the handler whose address the module
    registered as a ClientAPI variable (ClientAPI.RegisterClientVariable -> the hidden __dnnVariable; dnn.getVar reads it back)."""
    return ('<div class="DnnModule DnnModule-VNPTTinCoSo DnnModule-%d"><a name="%d"></a><div class="box-sidebar"><h3 class="box-title"><span '
            'id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">Tin cơ sở</span></h3><div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" '
            'class="DNNModuleContent ModVNPTTinCoSoC"><div id="dnn_ctr%d_View_pnlTinCoSo" class="tcs-list"><p class="tcs-loading"><img '
            'src="/DesktopModules/VNPT.TinCoSo/images/loading.gif" alt="" /> Đang tải...</p></div>\n'
            '<script type="text/javascript">\n    /* VNPT.TinCoSo 2.1 - View.ascx */\n    jQuery(function ($) {\n'
            '        var khung = $(\'#dnn_ctr%d_View_pnlTinCoSo\');\n        $.ajax({\n            url: dnn.getVar(\'tcs_url_%d\'),\n'
            '            type: \'GET\',\n            data: { soTin: 8, kieu: \'rutgon\' },\n            cache: true,\n'
            '            success: function (html) { khung.html(html); },\n'
            '            error: function () { khung.html(\'<p class="tcs-loi">Không tải được dữ liệu.</p>\'); }\n        });\n'
            '    });\n</script>\n</div></div></div></div>') % (BOX_MID, BOX_MID, BOX_MID, BOX_MID, BOX_MID, BOX_MID, BOX_MID, BOX_MID)


def home(tv):
    slider = "".join('<li><a href="%s"><img src="/Portals/0/EasyDNNNews/%d/slide-%d.jpg" alt="%s" /><span class="cap">%s</span></a></li>' % (
        lower_url(a), a["id"], a["id"], x(a["tieu_de"]), x(a["tieu_de"])) for a in SLIDER)
    main = ('<div class="DnnModule DnnModule-TTSSlider DnnModule-500"><a name="500"></a><div class="py-slider"><h2 class="py-title"><span class="Head">Tiêu điểm'
            '</span></h2><ul class="bxslider">%s</ul></div></div>') % slider
    main += ('<div class="DnnModule DnnModule-DNN_HTML DnnModule-505"><a name="505"></a><div class="py-container py-bantin"><h2 class="py-title"><span '
             'id="dnn_ctr505_dnnTITLE_titleLabel" class="Head">Bản tin tuần</span></h2><div id="dnn_ctr505_ContentPane"><div id="dnn_ctr505_ModuleContent" '
             'class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr505_HtmlModule_lblContent" class="Normal"><p>Bản tin điện tử tuần 26 gửi cán bộ, đảng '
             'viên:</p><ul>%s</ul></div></div></div></div></div>') % "".join(
        '<li><a href="%s%s">%s</a></li>' % (url(a), x(UTM), x(a["tieu_de"])) for a in BANTIN)
    for k in MENU:
        main += module(440 + CATID[k], SECNAME[k], "".join(item(a) for a in in_sec(k)[:4]) +
                       '<p class="more"><a href="%s">Xem thêm »</a></p>' % list_url(k), " py-home-cat")
    return answer(shell(tv, SITE, main, HOME_TAB, right_extra=tcs_box()))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<p style="text-align: center;"><img alt="" src="/Portals/0/EasyDNNNews/%d/img-%d-1.jpg" style="width: 600px;" /></p><p style="text-align: '
                       'center;"><em>%s</em></p>' % (a["id"], a["id"], x(a["chu_thich"])))
    return "".join(out)


def related(a):
    same = [b for b in in_sec(a["cm"]) if b is not a][:6]
    return '<div class="edn_relatedArticles"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a> <span class="edn_date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in same)


def article(tv, a):
    tab, name, mid = tab_of(a)
    cats = [a["cm"]] + (["xay-dung-dang"] if a["id"] in CROSS else [])
    catlinks = ", ".join('<a href="%s">%s</a>' % (list_url(k), x(SECNAME[k])) for k in cats)
    docs = ""
    if a["cm"] == "van-ban":
        docs = ('<div class="edn_articleDocuments"><h3>Tài liệu đính kèm</h3><ul><li><a href="/Portals/0/EasyDNNNews/Documents/%d/%s.pdf" target="_blank">'
                '%s.pdf</a> (PDF)</li></ul></div>') % (a["id"], a["slug"][:50], x(a["so_hieu"].replace("Số ", "").replace("/", "-")))
    inner = ('<div class="eds_news_module_%d news eds_template_Details_Article_Default"><div class="edn_article edn_articleDetails">'
             '<h1 class="edn_articleTitle">%s</h1><div class="edn_metaDetails"><span class="edn_metaDate">%s, %s %s</span> | <span class="edn_articleCategories">'
             '%s</span> | <span class="edn_numberOfViews">Lượt xem: %d</span></div><div class="edn_articleSummary"><p><strong>%s</strong></p></div>'
             '<div class="edn_articleContent">%s</div><div class="edn_author" style="text-align: right;"><strong>%s</strong></div>%s'
             '<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="%s" target="_blank" rel="nofollow">In bài</a> <a class="edn_emailButton" '
             'href="mailto:?subject=%s">Gửi email</a> <div class="zalo-share-button" data-href="%s%s" data-oaid="3986611713288256895" data-layout="2"></div></div>'
             '</div>%s</div>') % (
        mid, x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), catlinks, a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]), docs,
        x(print_url(a)), ma_hoa(a["tieu_de"]), tv.origin, url(a), related(a))
    crumb = '<div class="py-breadcrumb"><a href="/">Trang chủ</a> › <a href="%s">%s</a></div>' % (list_url(a["cm"]), x(SECNAME[a["cm"]]))
    head = ('<link rel="canonical" href="%s%s" /><meta property="og:title" content="%s" /><meta property="og:type" content="article" />'
            '<meta property="og:url" content="%s%s" />') % (tv.origin, url(a), x(a["tieu_de"]), tv.origin, url(a))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), crumb + module(mid, name, inner), tab, head))


def not_found_article(tv, tab=NEWS_TAB):
    inner = '<div class="edn_article"><p class="edn_error">Bài viết không tồn tại hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p></div>'
    return answer(shell(tv, "Tin tức - %s" % SITE, module(NEWS_MID, "Tin tức", inner), tab))


def print_page(tv, a):
    return answer(('<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>%s</title><meta name="robots" content="noindex, nofollow" />'
                   '<link href="/DesktopModules/EasyDNNNews/css/print.css" rel="stylesheet" /></head><body onload="window.print();"><div class="edn_printArticle">'
                   '<img src="%s/images/logo-print.png" alt="" /><h1>%s</h1><p class="edn_metaDate">%s %s</p><p><strong>%s</strong></p>%s<p style="text-align: '
                   'right;"><strong>%s</strong></p></div></body></html>\n') % (
        x(a["tieu_de"]), SKIN, x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_of(a), x(a["tac_gia"])))


def static_page(tv, i, tab):
    s, t, ps = TRANG_TINH[i]
    main = module(600 + i, t, "<h1>%s</h1>%s" % (x(t), "".join("<p>%s</p>" % x(p) for p in ps)))
    return answer(shell(tv, "%s - %s" % (t, SITE), main, tab))


def calendar(tv, y, m):
    py_, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    link = lambda yy, mm: "/Lich-cong-tac/tabid/%d/ctl/Month/mid/%d/selecteddate/%d-%d-1/Default.aspx" % (CAL_TAB, CAL_MID, yy, mm)
    inner = ('<div class="EventMonth"><table class="Event_MonthHeader"><tr><td><a href="%s">« Tháng trước</a></td><td><strong>Tháng %d/%d</strong></td>'
             '<td><a href="%s">Tháng sau »</a></td></tr></table><p class="Event_NoEvents">Không có sự kiện nào trong tháng.</p></div>') % (
        link(py_, pm), m, y, link(ny, nm))
    return answer(shell(tv, "Lịch công tác - %s" % SITE, module(CAL_MID, "Lịch công tác", inner), CAL_TAB))


# ---------------------------------------------------------------- services, feeds, sitemap
def tcs_handler(tv):
    """GET /DesktopModules/VNPT.TinCoSo/DanhSach.ashx?tabid=55&mid=512&soTin=N: the module's handler answers an HTML fragment."""
    if tv.q.get("mid") != str(BOX_MID) or tv.q.get("tabid") != str(HOME_TAB):
        return Dapung("Module không tồn tại.", 404, "text/html; charset=utf-8")
    n = tv.so("soTin", 8, 1, 50) or 8
    html = '<ul class="tcs-ul">%s</ul><a class="xem-tat-ca" href="%s">Xem tất cả »</a>' % ("".join(
        '<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (url(a), x(a["tieu_de"]), a["ngay"].strftime("%d/%m")) for a in TCS[:n]),
        list_url("tin-co-so"))
    return Dapung(html, 200, "text/html; charset=utf-8", [("Cache-Control", "private")])


def feed(tv, cat):
    k = CAT_BY_ID.get(cat)
    if not k:
        return Dapung("", 404, "text/html")
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], plain_url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:15]])


def sitemap(tv):
    rows = [("/", SITEMAP_AT, "daily"), ("/Gioi-thieu/tabid/56/Default.aspx", SITEMAP_AT, None), ("/Tin-tuc/tabid/60/Default.aspx", SITEMAP_AT, "daily"),
            ("/Lich-cong-tac/tabid/75/Default.aspx", SITEMAP_AT, None), ("/Lien-he/tabid/58/Default.aspx", SITEMAP_AT, None)]
    rows += [(plain_url(a), a["ngay"], None) for a in MAIN if a["ngay"] < SITEMAP_AT]
    rows += [("/Default.aspx?tabid=%d&ArticleID=%d" % (NEWS_TAB, i), _dt.datetime(2026, 11, 20, 8, 0), None) for i, _ in DELETED]
    return urlset(tv.origin, rows)


def error_500(tv):
    return answer(shell(tv, "Lỗi - %s" % SITE, '<div class="dnnFormMessage dnnFormError">Đã có lỗi xảy ra. Một lỗi nghiêm trọng đã xảy ra trong khi '
                        'xử lý yêu cầu của bạn (A critical error has occurred). Vui lòng thử lại sau.</div>', NEWS_TAB), 500)


def not_found(tv):
    return Dapung('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/'
                  '1999/xhtml"><head><title>404 - File or directory not found.</title></head><body><div id="header"><h1>Server Error</h1></div><div id="content">'
                  '<div class="content-container"><fieldset><h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, '
                  'had its name changed, or is temporarily unavailable.</h3></fieldset></div></div></body></html>', 404, "text/html")


def handle(tv):
    p, pl = tv.path, tv.path.lower()
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /admin/\nDisallow: /App_Browsers/\nDisallow: /App_Code/\nDisallow: /App_Data/\n"
                       "Disallow: /App_GlobalResources/\nDisallow: /bin/\nDisallow: /Components/\nDisallow: /Config/\nDisallow: /contest/\n"
                       "Disallow: /controls/\nDisallow: /Documentation/\nDisallow: /HttpModules/\nDisallow: /Install/\nDisallow: /Providers/\n"
                       "Disallow: /*/ctl/\nDisallow: /Ket-qua-tim-kiem/\nCrawl-delay: 2\n\nSitemap: %s/SiteMap.aspx\n" % tv.origin)
    if tv.method == "POST":
        if tv.form.get("__EVENTTARGET") == "dnn$dnnSEARCH$cmdSearch":
            return chuyen(tv.origin + SEARCH_PATH + "?Search=" + ma_hoa(tv.form.get("dnn$dnnSEARCH$txtSearch", "")), 302)
        tv.method = "GET"                          # any other postback re-renders the page
    if pl == "/desktopmodules/vnpt.tincoso/danhsach.ashx":
        return tcs_handler(tv)
    if pl.endswith(".axd"):
        return Dapung("/* WebResource */\nvar __wr=1;", 200, "application/x-javascript", [("Cache-Control", "public")])
    if p == "/" and not tv.query:
        return home(tv)
    if pl in ("/default.aspx", "/trang-chu/tabid/55/default.aspx") and not tv.query:
        return chuyen(tv.origin + "/", 301)
    if pl == "/sitemap.aspx":
        return sitemap(tv)
    if pl == "/desktopmodules/easydnnnews/rss.ashx":
        return feed(tv, tv.so("CatID", 0, 0, 99) or 0)
    if pl == "/desktopmodules/easydnnnews/printarticle.aspx":
        a = BY_ID.get(tv.so("ArticleID", 0, 0, 99999) or 0)
        return print_page(tv, a) if a else not_found(tv)
    if pl == "/default.aspx" and tv.q.get("ArticleID"):
        a = BY_ID.get(tv.so("ArticleID", 0, 0, 99999) or 0)
        t = tv.so("tabid", 0, 0, 999)
        if a and t == tab_of(a)[0]:
            return article(tv, a)
        return not_found_article(tv)
    m = _re.fullmatch(r"/(tin-tuc|tin-co-so)/tabid/(\d+)/articleid/(\d+)/([a-z0-9-]+)\.aspx", pl)
    if m:
        a = BY_ID.get(int(m.group(3)))
        if a and int(m.group(2)) == tab_of(a)[0] and m.group(1) == tab_of(a)[1].lower():
            return article(tv, a)
        return not_found_article(tv, int(m.group(2)))
    m = _re.fullmatch(r"/tin-tuc/tabid/60(?:/categoryid/(\d+))?(?:/pgrid/449/pageid/(\d+))?/default\.aspx", pl)
    if m:
        k = CAT_BY_ID.get(int(m.group(1))) if m.group(1) else None
        if m.group(1) and (not k or k == "tin-co-so"):
            return not_found_article(tv)
        n = int(m.group(2) or 1)
        if p == FLAKY and chap_chon(FLAKY):
            return error_500(tv)
        if p == SLOW:
            cham(tv, 1.0)
        return list_page(tv, k, max(n, 1))
    m = _re.fullmatch(r"/tin-co-so/tabid/70(?:/pgrid/488/pageid/(\d+))?/default\.aspx", pl)
    if m:
        return list_page(tv, "tin-co-so", max(int(m.group(1) or 1), 1))
    if pl == "/gioi-thieu/tabid/56/default.aspx":
        return static_page(tv, 0, 56)
    if pl == "/lien-he/tabid/58/default.aspx":
        return static_page(tv, 3, 58)
    if pl == "/lich-cong-tac/tabid/75/default.aspx":
        return calendar(tv, 2027, 6)
    m = _re.fullmatch(r"/lich-cong-tac/tabid/75/ctl/month/mid/520/selecteddate/(\d{4})-(\d{1,2})-1/default\.aspx", pl)
    if m and 1 <= int(m.group(2)) <= 12:
        return calendar(tv, int(m.group(1)), int(m.group(2)))
    if pl.startswith("/ket-qua-tim-kiem/"):
        return answer(shell(tv, "Tìm kiếm - %s" % SITE, '<p>Nhập từ khóa để tìm kiếm.</p>', 81))
    if "/ctl/" in pl:
        return answer(shell(tv, "Đăng nhập - %s" % SITE, '<div class="dnnForm dnnLoginService">Tên đăng nhập / Mật khẩu</div>', HOME_TAB))
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "dnn_IsMobile=False; path=/; HttpOnly"), ("Set-Cookie", "language=vi-VN; path=/; HttpOnly"),
    ("Set-Cookie", ".ASPXANONYMOUS=%s; expires=Wed, 15-Sep-2027 03:20:00 GMT; path=/; HttpOnly" % pad_b64(len(tv.path), 1)[:86])], post=True)


# ---------------------------------------------------------------- manifest
def _aliases(a):
    out = [plain_url(a), print_url(a)]
    if a in SLIDER:
        out.append(lower_url(a))
    if a in BANTIN:
        out.append(url(a) + UTM)
    return out


ONLY_GV = [url(a) for a in TCS]
_th = in_sec("tin-hoat-dong")

MANIFEST = {
    "family": "DNN Platform 10.0.1 (ASP.NET 4.8 WebForms, IIS 10) with EasyDNNnews and a local vendor's module, of a provincial Party committee (Đảng bộ "
              "tỉnh Hòa Phong): /<Page>/tabid/N/ArticleID/<id>/<Title>.aspx articles, PgrID/PageID pagers with page 1 twice, featured items on every list "
              "page, a search postback on every page, a sitemap of pages and a January 2027 article cache; the hidden page 'Tin cơ sở' named only by "
              "a vendor module that fills itself with $.ajax({url: dnn.getVar('tcs_url_512'), data: {soTin: 8, …}}) -- its handler's address a "
              "ClientAPI variable in the hidden __dnnVariable",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/Install/", "/Trang-chu/tabid/55/ctl/", "/Lich-cong-tac/tabid/75/ctl/", "/Ket-qua-tim-kiem/"],
    "trap_prefixes": ["/Lich-cong-tac/tabid/75/ctl/"],
    "only_via": {"dnn-getvar": ONLY_GV},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles /Tin-tuc/tabid/60/ArticleID/<id>/<Title-Case-Slug>.aspx (EasyDNNnews on DNN 7's 'human friendly' addresses), dated '<Thứ>, "
              "dd/mm/yyyy HH:MM', a correct canonical; the same article answers 200 as /Default.aspx?tabid=60&ArticleID=<id> (the feeds and the sitemap "
              "use it), lower-cased (IIS and DNN are case-insensitive; the home slider 'Tiêu điểm' prints its five items so), with the campaign parameters "
              "%s of the home's HTML module 'Bản tin tuần' (three items) and as the print page "
              "/DesktopModules/EasyDNNNews/PrintArticle.aspx?ArticleID=…&TabID=60&ModuleID=449 (noindex). Categories /Tin-tuc/tabid/60/CategoryID/<n>/"
              "Default.aspx (%d a page; pager 'Đầu Trước 1 2 3 … Sau Cuối' of /PgrID/449/PageID/<p>/ addresses, page 1 also as PageID/1; past the end an "
              "empty 'Không có bài viết nào.' 200) with the category's two most-read older 'Tin nổi bật' on top of EVERY page; the whole module at "
              "/Tin-tuc/tabid/60/Default.aspx pages the same way. Every 3rd 'Gương điển hình' item is also listed under 'Xây dựng Đảng' (one address). "
              "Feeds /DesktopModules/EasyDNNNews/RSS.ashx?TabID=60&ModuleID=449&CatID=<n> (named in the head of each category page; items under the "
              "/Default.aspx?tabid=60&ArticleID= form). /SiteMap.aspx: DNN's pages plus EasyDNNnews' provider cached on 15/01/2027 (non-friendly "
              "addresses) with two deleted articles (200 'Bài viết không tồn tại hoặc đã bị xóa.', soft 404). Every page is one WebForms form "
              "(__VIEWSTATE of ~4 KB) whose search link is javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','') -- a postback answered by a 302 to "
              "the robots-disallowed search page; login / privacy / terms under robots' Disallow: /*/ctl/. 'Tin cơ sở' (catid 7, since 02/2027, "
              "%d items sent by the communes' and wards' Party committees) lives on a page hidden from the menu (/Tin-co-so/tabid/70/Default.aspx, its "
              "own EasyDNNnews module 488, not in the sitemap, no feed named anywhere before it): only the home's module 'Tin cơ sở' (the vendor's VNPT.TinCoSo 2.1) names it -- an "
              "empty box whose inline script runs $.ajax({url: dnn.getVar('tcs_url_512'), type: 'GET', data: {soTin: 8, kieu: 'rutgon'}, success: …}); "
              "the module registered its handler's address as a ClientAPI variable (ClientAPI.RegisterClientVariable), so it is printed only inside "
              "the hidden __dnnVariable of the home page (`{`__scdoff`:`1`,…,`tcs_url_512`:`/DesktopModules/VNPT.TinCoSo/DanhSach.ashx?tabid=55&mid="
              "512`,…}) and dnn.js's dnn.getVar reads it back; the handler answers an HTML fragment (the 8 newest and 'Xem tất cả' naming the hidden "
              "page); without mid / tabid it answers 404. Flaky: %s answers DNN's 500 every other request; slow: %s (1 s). "
              "DNN Events month view /Lich-cong-tac/tabid/75/ctl/Month/mid/520/selecteddate/Y-M-1/Default.aspx forever (trap, robots-disallowed by "
              "/*/ctl/). Cookies dnn_IsMobile, language and .ASPXANONYMOUS on every answer." % (UTM, PER_PAGE, len(TCS), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 1, True), "status": 200, "contains": x(_th[0]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 40), "status": 200, "contains": "Không có bài viết nào."},
    {"path": lower_url(SLIDER[0]), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % url(SLIDER[0])},
    {"path": "/", "status": 200, "contains": "url: dnn.getVar('tcs_url_512')", "not_contains": x(TCS[0]["tieu_de"])},
    {"path": "/", "status": 200, "contains": "`tcs_url_512`:`/DesktopModules/VNPT.TinCoSo/DanhSach.ashx?tabid=55&amp;mid=512`"},
    {"path": "/DesktopModules/VNPT.TinCoSo/DanhSach.ashx?soTin=8", "status": 404},
    {"path": TCS_HANDLER + "&soTin=8&kieu=rutgon", "status": 200, "contains": x(url(TCS[0])), "not_contains": x(TCS[8]["tieu_de"])},
    {"path": "/Default.aspx?tabid=60&ArticleID=%d" % DELETED[0][0], "status": 200, "contains": "Bài viết không tồn tại hoặc đã bị xóa."},
    {"path": "/DesktopModules/EasyDNNNews/RSS.ashx?TabID=60&ModuleID=449&CatID=3", "status": 200, "not_contains": x(TCS[0]["tieu_de"])},
    {"path": "/SiteMap.aspx", "status": 200, "not_contains": "Tin-co-so"},
]
SUMMARY = {
    "chains": ["/ -> /Tin-tuc/tabid/60/CategoryID/<n>/Default.aspx -> /PgrID/449/PageID/<p>/Default.aspx -> /Tin-tuc/tabid/60/ArticleID/<id>/<Title>.aspx",
               "/ -> the home's module 'Tin cơ sở': $.ajax({url: dnn.getVar('tcs_url_512'), data: {soTin: 8, kieu: 'rutgon'}}) with the value from the "
               "hidden __dnnVariable -> GET /DesktopModules/VNPT.TinCoSo/DanhSach.ashx?tabid=55&mid=512&soTin=8&kieu=rutgon -> HTML <li>s and 'Xem tất "
               "cả' -> /Tin-co-so/tabid/70/… -> its pager",
               "robots Sitemap: /SiteMap.aspx (pages; articles cached 15/01/2027) -> /Default.aspx?tabid=60&ArticleID=<id> (200, same page)"],
    "discovery": [
        "'Tin cơ sở' (since 02/2027, %d items) is a DNN page hidden from the menu and the sitemap: only the home's vendor module names it, an empty "
        "box its inline script fills with $.ajax({url: dnn.getVar('tcs_url_512'), type: 'GET', data: {soTin: 8, …}}) -- the handler's address a "
        "ClientAPI variable printed only in the hidden __dnnVariable (backtick JSON) -- a crawler that does not read dnn.getVar never sees the "
        "communes' news (only_via dnn-getvar %d)" % (len(TCS), len(ONLY_GV)),
        "every page is a WebForms form whose search link is a __doPostBack (a POST per page, answered by a 302 to a robots-disallowed page), the "
        "pagers link page 1 a second time as PageID/1, and the home slider prints lower-cased addresses that answer 200 (no only_via)",
    ],
    "set33_pages": {"dnn-getvar": ["/"]},
    "alias_kinds": ["the non-friendly /Default.aspx?tabid=60&ArticleID=<id> (200; feeds and sitemap)", "print pages /DesktopModules/EasyDNNNews/"
                    "PrintArticle.aspx?… (noindex)", "lower-cased addresses of the home slider (200, canonical to the proper case)",
                    "?utm_source=bantin&utm_medium=email&utm_campaign=… of the home's 'Bản tin tuần' (200, canonical without them)"],
    "quirks": ["Crawl-delay: 2", "a search __doPostBack on every page (302 to a robots-disallowed page)", "page 1 also as /PgrID/449/PageID/1/",
               "two featured items on top of every list page", "past-the-end pages 200 'Không có bài viết nào.'",
               "unknown or deleted ArticleID 200 'Bài viết không tồn tại hoặc đã bị xóa.' (soft 404)",
               "/SiteMap.aspx: pages plus an article cache of 15/01/2027 in the non-friendly form", "feeds name the non-friendly form",
               "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "the vendor module's handler answers 404 without mid / tabid",
               "DNN Events month trap under robots' Disallow: /*/ctl/", "cookies on every answer"],
    "not_articles": ["/Default.aspx?tabid=60&ArticleID=%d" % i for i, _ in DELETED] + ["/Tin-tuc/tabid/60/ArticleID/%d/%s.aspx" % d for d in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
