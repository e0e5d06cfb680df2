# ==== KERNEL BEGIN (sites39 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 39 kernel: set 38's (= set 37's = set 36's = set 35's = set 34's = set 32's = set 31's plumbing: Truyvan = request, Dapung =
# reply, chay_app = WSGI wrapper, sitemap / RSS writers, the generator SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon,
# cham, cua_so, tieu_de_duy_nhat, lich22 / lich31; the 2028 vocabulary of the two-level local government: provinces and communes /
# wards only, no districts) with its ONE day moved on (DAYS = 1: a first crawl on Thursday 14 December 2028, 09:15 local time),
# plus bo_dau_liferay (Liferay 6.0's friendly URL title) and thuc_the (an old editor's named entities).  No clock and no sleep:
# every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2028, 12, 14, 9, 15)}     # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday
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
        raise ValueError("set 39 serves one day only (DAYS = 1)")


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

# ---------------------------------------------------------------- set 39 helpers
def bo_dau_liferay(s, toi_da=0):
    """Liferay 6.0's friendly URL title: lower case, accents stripped by decomposition -- so 'đ' (which has none) falls out
    with the other characters that are not letters or digits and becomes '-' -- runs of '-' collapsed."""
    t = "".join(c for c in _ud.normalize("NFD", s.lower()) if not _ud.combining(c))
    out = _re.sub(r"[^0-9a-z]+", "-", t).strip("-")
    if toi_da and len(out) > toi_da:
        out = out[:toi_da].rsplit("-", 1)[0].rstrip("-")
    return out


_THUC_THE = {"à": "&agrave;", "á": "&aacute;", "â": "&acirc;", "ã": "&atilde;", "è": "&egrave;", "é": "&eacute;", "ê": "&ecirc;",
             "ì": "&igrave;", "í": "&iacute;", "ò": "&ograve;", "ó": "&oacute;", "ô": "&ocirc;", "õ": "&otilde;", "ù": "&ugrave;",
             "ú": "&uacute;", "ý": "&yacute;", "À": "&Agrave;", "Á": "&Aacute;", "Â": "&Acirc;", "Ê": "&Ecirc;", "Ô": "&Ocirc;",
             "“": "&ldquo;", "”": "&rdquo;"}


def thuc_the(s):
    """HTML-escape text the way FCKeditor 2 (entities = true) saved it: Latin-1 vowels as named entities, the letters only
    Vietnamese has (ă, ơ, ư, đ and the tone-marked ones outside Latin-1) as raw UTF-8."""
    return "".join(_THUC_THE.get(c, c) for c in x(s))
# ==== KERNEL END ====
SITE = "Ủy ban Kiểm tra Tỉnh ủy Chợ Lớn"
SECS = [(1, "Tin hoạt động", 9, "tinhuy", "bai"), (2, "Kiểm tra - Giám sát", 6, "xa", "bai"), (3, "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"),
        (4, "Thông báo - Kết luận", 3, "tinhuy", "thongbao")]
CD = 9                                                # the chuyên đề: in the DHTML menu only
CD_NAME = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
SECNAME = dict([(k, n) for k, n, _, _, _ in SECS] + [(CD, CD_NAME)])
MAIN = [k for k, _, _, _, _ in SECS]
HUYEN = ["Chợ Lớn", "Bình Chánh", "Cần Giuộc", "Cần Đước", "Nhà Bè", "Bình Điền", "Phước Lộc"]
XA = ["Tân Kiên", "Long Thượng", "Phước Lại", "Mỹ Lộc", "Tân Nhựt", "Hiệp Phước", "Long Hậu", "Đa Phước"]
AP = ["Ấp Chợ", "Ấp Tân Hòa", "Ấp Long Bình", "Ấp Phước Thuận", "Ấp Mỹ Điền", "Ấp Bình Thủy"]
PER_PAGE = 10

_s = SoanTin(39301, 92, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP,
             lich=lich22(39301, 92, tu_ngay=_dt.datetime(2027, 12, 6), gan=5), id_dau=5100, buoc=5, cm_dau=(1, 2, 1, 4), nguon="UBKT",
             chu_de=("kiem-tra", "to-chuc", "hai-cap", "dai-hoi-xiv", "tu-tuong", "kinh-te"))
dat_ten_thong_bao(_s.items, "UBKTTU")
_c = SoanTin(39302, 20, [(CD, 1, "xa", "bai")], HUYEN, XA, AP,
             lich=lich22(39302, 20, tu_ngay=_dt.datetime(2028, 1, 15), moc=BAY_GIO - _dt.timedelta(days=3), gan=1), id_dau=5103, buoc=5,
             nguon="UBKT", chu_de=("hoc-tap-bac", "dan-van", "den-on"))
_used = {a["id"] for a in _s.items}
for _a in _c.items:                                   # one table, one identity column
    while _a["id"] in _used:
        _a["id"] += 1
    _used.add(_a["id"])
ARTS = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
BY_ID = {a["id"]: a for a in ARTS}
MAIN_ARTS = [a for a in ARTS if a["cm"] in MAIN]
CDA = [a for a in ARTS if a["cm"] == CD]
DELETED_ID = next(i for i in range(5600, 5900) if i not in BY_ID)
DELETED_TITLE = "Đoàn kiểm tra số 2 làm việc với Đảng ủy xã Long Thượng"
FLAKY = (1, 3)
SLOW = (2, 2)
SESSION = ("ASPSESSIONIDSQTBTDRA", "KMHNDBOCPLHGJFEOAEBKCGJI")
LIEN_KET = [("Tỉnh ủy Chợ Lớn", "http://tinhuy.cholon.dcs.example/"), ("Ủy ban Kiểm tra Trung ương", "http://ubkttw.example/"),
            ("Ban Tổ chức Tỉnh ủy", "http://btc.cholon.dcs.example/TinTuc.asp?MaCM=1"), ("Báo Chợ Lớn", "http://baocholon.example/")]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    return "/ChiTiet.asp?MaTin=%d" % a["id"]


def list_url(k, trang=1, amp="&"):
    return "/TinTuc.asp?MaCM=%d%s" % (k, "%sTrang=%d" % (amp, trang) if trang > 1 else "")


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s %s" % (ngay(d), gio(d))


def extra_headers(tv, out):
    h = [("X-Powered-By", "ASP.NET")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h.append(("Set-Cookie", "%s=%s; path=/" % SESSION))
    return h


def answer(body, status=200, ctype="text/html; Charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private")] + list(headers))


MENU_ITEMS_JS = """/* Tigra Menu items structure -- menu_items.js
   Cập nhật: 12/03/2028 (thêm mục Chuyên đề) */
var MENU_ITEMS = [
	['Trang chủ', '/Default.asp'],
	['Giới thiệu', null, null,
		['Chức năng, nhiệm vụ', '/GioiThieu.asp?ID=1'],
		['Cơ cấu tổ chức', '/GioiThieu.asp?ID=2']
	],
	['Tin tức', '/TinTuc.asp?MaCM=1', null,
		['Tin hoạt động', '/TinTuc.asp?MaCM=1'],
		['Kiểm tra - Giám sát', '/TinTuc.asp?MaCM=2'],
		['Nghiên cứu - Trao đổi', '/TinTuc.asp?MaCM=3']
	],
	['Chuyên đề', null, null,
		['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', '/TinTuc.asp?MaCM=9']
	],
	['Thông báo - Kết luận', '/TinTuc.asp?MaCM=4'],
	['Văn bản', '/VanBan.asp'],
	['Lịch công tác', '/LichCongTac.asp'],
	['Liên hệ', '/LienHe.asp']
];
"""
MENU_TPL_JS = """/* Tigra Menu template structure -- menu_tpl.js */
var MENU_TPL = [
	{
		'width': 124, 'height': 30, 'block_top': 152, 'block_left': 12, 'top': 0, 'left': 125,
		'hide_delay': 200, 'expd_delay': 200,
		'css': {'outer': ['m0l0oout', 'm0l0oover'], 'inner': ['m0l0iout', 'm0l0iover']}
	},
	{
		'width': 260, 'height': 26, 'block_top': 31, 'block_left': 0, 'top': 27, 'left': 0,
		'css': {'outer': ['m0l1oout', 'm0l1oover'], 'inner': ['m0l1iout', 'm0l1iover']}
	}
];
"""


def menu_engine():
    return ("// Title: Tigra Menu\n// Version: 2.0 (commented source)\n// Description: cross-browser DHTML menu; builds the menu from the item and "
            "template structures at load time\n// Notes: Registration needed to use this script on your web site.\n\n" + pad_js(39303, 6, "tigra.menu"))


def shell(tv, title, main, crumbs=""):
    moi = "".join('<tr><td class="tin_moi"><img src="images/bullet.gif" width="5" height="5" /> <a href="%s">%s</a></td></tr>' % (
        url(a)[1:], x(a["tieu_de"])) for a in MAIN_ARTS[:8])
    doc = sorted(MAIN_ARTS[:45], key=lambda a: -a["xem"])[:4]
    docnhieu = "".join('<tr><td class="tin_moi"><a href="%s">%s</a></td></tr>' % (url(a)[1:], x(a["tieu_de"])) for a in doc[:2])
    docnhieu += '<tr><td class="tin_moi"><a href="ChiTiet.asp?MaTin=%d">%s</a></td></tr>' % (DELETED_ID, x(DELETED_TITLE))
    docnhieu += "".join('<tr><td class="tin_moi"><a href="%s">%s</a></td></tr>' % (url(a)[1:], x(a["tieu_de"])) for a in doc[2:])
    lk = "".join('<option value="%s">%s</option>' % (u, x(t)) for t, u in LIEN_KET)
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>%s</title>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">\n<meta name="keywords" content="ủy ban kiểm tra, tỉnh ủy chợ lớn, kiểm tra, giám sát, thi hành kỷ luật">\n'
        '<link href="css/style.css" rel="stylesheet" type="text/css">\n<style type="text/css">\x00CSS\x00</style>\n<script language="JavaScript" '
        'src="/js/menu.js"></script>\n<script language="JavaScript" src="/js/menu_items.js"></script>\n<script language="JavaScript" src="/js/'
        'menu_tpl.js"></script>\n</head>\n<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n<table width="1000" border="0" align="center" '
        'cellpadding="0" cellspacing="0" class="khung">\n<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="150" alt="%s" /></td></tr>\n'
        '<tr><td colspan="3" class="menu_ngang" height="32"><script language="JavaScript">\n\tnew menu (MENU_ITEMS, MENU_TPL);\n</script></td></tr>\n<tr>'
        '<td colspan="3" class="ngay_thang">%s, ngày %s &nbsp;|&nbsp; <form action="TimKiem.asp" method="get" style="display:inline">Tìm kiếm: <input '
        'type="text" name="TuKhoa" size="20" class="o_tim"> <input type="submit" value="Tìm" class="nut_tim"></form></td></tr>\n<tr>\n<td width="220" '
        'valign="top" class="cot_trai"><table width="100%%" cellspacing="0" cellpadding="3"><tr><td class="tieu_de_khoi">TIN MỚI</td></tr>%s<tr><td '
        'class="tieu_de_khoi">ĐỌC NHIỀU</td></tr>%s<tr><td class="tieu_de_khoi">LỊCH CÔNG TÁC</td></tr><tr><td><a href="LichCongTac.asp">Xem lịch '
        'công tác tuần</a></td></tr><tr><td class="tieu_de_khoi">LIÊN KẾT WEBSITE</td></tr><tr><td><select name="lienket" onchange="window.open(this.'
        'value)" style="width:200px"><option value="">-- Chọn website --</option>%s</select></td></tr></table></td>\n<td width="560" valign="top" '
        'class="cot_giua">%s%s</td>\n<td width="220" valign="top" class="cot_phai"><table width="100%%" cellspacing="0" cellpadding="3"><tr><td '
        'class="tieu_de_khoi">VĂN BẢN MỚI</td></tr><tr><td><a href="VanBan.asp">Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của '
        'Đảng</a></td></tr><tr><td><a href="VanBan.asp">Hướng dẫn số 12-HD/UBKTTU năm 2028</a></td></tr><tr><td class="tieu_de_khoi">THĂM DÒ Ý KIẾN'
        '</td></tr><tr><td>Bạn đánh giá thế nào về trang thông tin?<br /><input type="radio" name="binhchon" value="1"> Tốt<br /><input type="radio" '
        'name="binhchon" value="2"> Khá</td></tr></table></td>\n</tr>\n<tr><td colspan="3" class="chan_trang"><a href="Default.asp">Trang chủ</a> | <a '
        'href="GioiThieu.asp?ID=1">Giới thiệu</a> | <a href="VanBan.asp">Văn bản</a> | <a href="LienHe.asp">Liên hệ</a> | <a href="RSS.asp">RSS</a><br '
        '/><b>ỦY BAN KIỂM TRA TỈNH ỦY CHỢ LỚN</b><br />Địa chỉ: số 86 Hùng Vương, phường Chợ Lớn. Điện thoại: 028.3855.1042<br />Ghi rõ nguồn khi '
        'phát hành lại thông tin từ website này. Thiết kế: Công ty TNHH Tin học Phương Nam (2009)</td></tr>\n</table>\n</body>\n</html>') % (
        x(title + " - " + SITE), x(SITE), TEN_THU[BAY_GIO.weekday()], ngay(BAY_GIO), moi, docnhieu, lk, crumbs, main)
    seed = sum(ord(c) for c in title) + 77
    target = (24 + _rnd.Random(seed).random() * 5) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "tt"), 1)


def crumb(k):
    mid = '<a href="Default.asp">Trang chủ</a> » ' + ("Chuyên đề » " if k == CD else "")
    return '<div class="duong_dan">%s<a href="%s">%s</a></div>' % (mid, list_url(k, 1, "&amp;")[1:], x(SECNAME[k]))


def tin_list(tv, k, trang):
    items = in_sec(k) if k in SECNAME else []
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    shown = items[(trang - 1) * PER_PAGE:trang * PER_PAGE]
    if not shown:
        return answer(shell(tv, SECNAME.get(k, "Tin tức"), '<p class="thong_bao">Chưa có tin trong chuyên mục này.</p>', crumb(k) if k in SECNAME else ""))
    rows = "".join(
        '<tr><td class="o_tin"><a href="%s"><img src="Upload/Anh/%d.jpg" width="120" height="90" align="left" border="0" class="anh_nho" /></a><a '
        'href="%s" class="tieu_de_tin">%s</a> <span class="ngay_dang">(%s)</span><br /><span class="story_teaser">%s</span></td></tr>' % (
            url(a)[1:], a["id"], url(a)[1:], x(a["tieu_de"]), ngay(a["ngay"]), thuc_the(a["sapo"])) for a in shown)
    nav = []
    if pages > 1:
        for n in range(1, pages + 1):
            nav.append("<b>%d</b>" % n if n == trang else '<a href="%s">%d</a>' % (list_url(k, n, "&amp;")[1:], n))
        if trang < pages:
            nav.append('<a href="%s">Tiếp »</a> <a href="%s">Cuối »»</a>' % (list_url(k, trang + 1, "&amp;")[1:], list_url(k, pages, "&amp;")[1:]))
    main = '<div class="tieu_de_cm">%s</div><table width="100%%" cellpadding="4" cellspacing="0">%s</table>%s' % (
        x(SECNAME[k]), rows, '<div class="phan_trang">Trang: %s</div>' % " ".join(nav) if nav else "")
    return answer(shell(tv, SECNAME[k], main, crumb(k)))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % thuc_the(a["muc"][j]))
        out.append('<p style="text-align: justify">%s</p>' % thuc_the(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" width="450"><tr><td><img src="Upload/Anh/%d_1.jpg" width="450" '
                       '/></td></tr><tr><td class="image_desc">%s</td></tr></table>' % (a["id"], thuc_the(a["chu_thich"])))
    return "".join(out)


def chi_tiet(tv, a):
    khac = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:10]
    so = '<p><b>%s</b></p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    main = ('<table width="100%%" cellpadding="4" cellspacing="0"><tr><td class="tieu_de_tin_ct">%s</td></tr><tr><td class="ngay_dang">Cập nhật: %s '
            '&nbsp;-&nbsp; Lượt xem: %d</td></tr><tr><td><span class="story_teaser"><b>%s</b></span></td></tr><tr><td class="noi_dung">%s%s<p align='
            '"right"><b>%s</b></p></td></tr><tr><td align="right"><a href="javascript:window.print()">In bài</a> | <a href="javascript:history.back()">'
            'Quay lại</a></td></tr></table><div class="tinkhac"><div class="tieu_de_khoi">CÁC TIN KHÁC</div><div class="khung_tinkhac"><ul>%s</ul></div>'
            '</div>') % (x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], thuc_the(a["sapo"]), so, body_of(a), x(a["tac_gia"]),
                         "".join('<li><a href="%s">%s</a> <span class="ngay_dang">(%s)</span></li>' % (url(b)[1:], x(b["tieu_de"]), ngay(b["ngay"]))
                                 for b in khac))
    return answer(shell(tv, a["tieu_de"], main, crumb(a["cm"])))


def home(tv):
    main = ""
    top = MAIN_ARTS[0]
    main += ('<table width="100%%" cellpadding="4" cellspacing="0" class="tin_noi_bat"><tr><td><a href="%s"><img src="Upload/Anh/%d.jpg" width="250" '
             'align="left" border="0" /></a><a href="%s" class="tieu_de_tin">%s</a><br /><span class="story_teaser">%s</span></td></tr></table>') % (
        url(top)[1:], top["id"], url(top)[1:], x(top["tieu_de"]), thuc_the(top["sapo"]))
    for k in MAIN:
        items = in_sec(k)[:5]
        main += ('<table width="100%%" cellpadding="3" cellspacing="0" class="khoi_tin"><tr><td class="tieu_de_cm"><a href="%s">%s</a></td></tr>%s'
                 '<tr><td align="right"><a href="%s">Xem tiếp »</a></td></tr></table>') % (
            list_url(k, 1, "&amp;")[1:], x(SECNAME[k].upper()), "".join('<tr><td><a href="%s">%s</a> <span class="ngay_dang">(%s)</span></td></tr>' % (
                url(a)[1:], x(a["tieu_de"]), ngay(a["ngay"])) for a in items), list_url(k, 1, "&amp;")[1:])
    return answer(shell(tv, "Trang chủ", main))


def gioi_thieu(tv, n):
    t, ps = {1: ("Chức năng, nhiệm vụ", ["Ủy ban Kiểm tra Tỉnh ủy là cơ quan kiểm tra của Đảng bộ tỉnh, do Ban Chấp hành Đảng bộ tỉnh bầu ra, có "
                                           "nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng theo Điều lệ Đảng.",
                                           "Ủy ban Kiểm tra tham mưu, giúp Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức thực hiện công tác kiểm tra, giám sát."]),
             2: ("Cơ cấu tổ chức", ["Ủy ban Kiểm tra Tỉnh ủy gồm Chủ nhiệm, các Phó Chủ nhiệm và các ủy viên; cơ quan Ủy ban Kiểm tra có các phòng "
                                     "nghiệp vụ và văn phòng.", "Danh sách cán bộ, công chức được cập nhật theo quyết định của Ban Thường vụ Tỉnh ủy."])}[n]
    return answer(shell(tv, t, '<div class="tieu_de_cm">%s</div>%s' % (x(t), "".join("<p>%s</p>" % thuc_the(p) for p in ps))))


def trang_van_ban(tv):
    rows = "".join('<tr><td>%d</td><td>%s</td><td><a href="Upload/VanBan/%s.pdf">Tải về</a></td></tr>' % (i + 1, x(t), f) for i, (t, f) in enumerate((
        ("Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "qd296"),
        ("Hướng dẫn số 12-HD/UBKTTU năm 2028 về giám sát chuyên đề", "hd12-2028"),
        ("Chương trình kiểm tra, giám sát năm 2028 của Ủy ban Kiểm tra Tỉnh ủy", "ct-2028"))))
    return answer(shell(tv, "Văn bản", '<div class="tieu_de_cm">Văn bản</div><table width="100%%" border="1" cellpadding="3" cellspacing="0"><tr><th>'
                                      'STT</th><th>Trích yếu</th><th>Tệp</th></tr>%s</table>' % rows))


def lien_he(tv):
    return answer(shell(tv, "Liên hệ", '<div class="tieu_de_cm">Liên hệ</div><p>Ủy ban Kiểm tra Tỉnh ủy Chợ Lớn, số 86 Hùng Vương, phường Chợ Lớn.'
                                      '</p><p>Thư điện tử: ubkt@cholon.dcs.example</p>'))


def rss_page(tv):
    rows = "".join('<tr><td>%s</td><td><a href="RSS.asp?MaCM=%d"><img src="images/rss.gif" border="0" alt="RSS" /> RSS.asp?MaCM=%d</a></td></tr>' % (
        x(SECNAME[k]), k, k) for k in MAIN)
    return answer(shell(tv, "RSS", '<div class="tieu_de_cm">Kênh RSS</div><table width="100%%" cellpadding="3">%s</table>' % rows))


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:15]],
               ctype="text/xml; Charset=utf-8")


def tim_kiem(tv):
    return answer(shell(tv, "Tìm kiếm", '<p class="thong_bao">Vui lòng nhập từ khóa cần tìm.</p>'))


def lich(tv):
    q = {k.lower(): v for k, v in tv.cap}
    try:
        tuan, nam = int(q.get("tuan") or BAY_GIO.isocalendar()[1]), int(q.get("nam") or BAY_GIO.year)
    except ValueError:
        tuan, nam = BAY_GIO.isocalendar()[1], BAY_GIO.year
    prev = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nxt = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    main = ('<div class="tieu_de_cm">Lịch công tác tuần %d năm %d</div><p><a href="LichCongTac.asp?Tuan=%d&amp;Nam=%d">« Tuần trước</a> | <a href='
            '"LichCongTac.asp?Tuan=%d&amp;Nam=%d">Tuần sau »</a></p><table width="100%%" border="1" cellpadding="3"><tr><td>Thường trực Ủy ban Kiểm '
            'tra làm việc tại cơ quan.</td></tr></table>') % (tuan, nam, prev[0], prev[1], nxt[0], nxt[1])
    return answer(shell(tv, "Lịch công tác", main))


def not_found(tv):
    return Dapung('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n<title>404 - File or '
                  'directory not found.</title>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n <div class="content-'
                  'container"><fieldset>\n  <h2>404 - File or directory not found.</h2>\n  <h3>The resource you are looking for might have been removed, '
                  'had its name changed, or is temporarily unavailable.</h3>\n </fieldset></div>\n</div>\n</body>\n</html>', 404, "text/html")


def db_error(tv):
    return answer("<font face=\"Arial\" size=2>\n<p>Microsoft OLE DB Provider for SQL Server</font> <font face=\"Arial\" size=2>error '80004005'</font>\n"
                  "<p>\n<font face=\"Arial\" size=2>[DBNETLIB][ConnectionOpen (Connect()).]SQL Server does not exist or access denied.</font>\n<p>\n"
                  "<font face=\"Arial\" size=2>/TinTuc.asp</font><font face=\"Arial\" size=2>, line 47</font>", 500)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /Upload/
Disallow: /LichCongTac.asp
Crawl-delay: 5
"""


def handle(tv):
    p = tv.path.lower()                                 # IIS: paths are case-insensitive; so are ASP's query keys
    q = {k.lower(): v for k, v in tv.cap}
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p in ("/", "/default.asp"):
        return home(tv)
    if p == "/js/menu.js":
        return Dapung(menu_engine(), 200, "application/x-javascript")
    if p == "/js/menu_items.js":
        return Dapung(MENU_ITEMS_JS, 200, "application/x-javascript")
    if p == "/js/menu_tpl.js":
        return Dapung(MENU_TPL_JS, 200, "application/x-javascript")
    if p == "/tintuc.asp":
        try:
            k, trang = int(q.get("macm", "1")), int(q.get("trang", "1"))
        except ValueError:
            return answer(shell(tv, "Tin tức", '<p class="thong_bao">Chưa có tin trong chuyên mục này.</p>'))
        if (k, trang) == FLAKY and chap_chon("flaky"):
            return db_error(tv)
        if (k, trang) == SLOW:
            cham(tv, 1.0)
        return tin_list(tv, k, max(1, trang))
    if p == "/chitiet.asp":
        a = BY_ID.get(int(q["matin"])) if q.get("matin", "").isdigit() else None
        if a is None:
            return answer(shell(tv, "Tin tức", '<p class="thong_bao">Tin này không tồn tại hoặc đã bị xóa!</p><p><a href="javascript:history.back()">'
                                              'Quay lại</a></p>'))
        return chi_tiet(tv, a)
    if p == "/gioithieu.asp":
        return gioi_thieu(tv, 2 if q.get("id") == "2" else 1)
    if p == "/vanban.asp":
        return trang_van_ban(tv)
    if p == "/lienhe.asp":
        return lien_he(tv)
    if p == "/rss.asp":
        if q.get("macm", "").isdigit() and int(q["macm"]) in MAIN:
            return feed(tv, int(q["macm"]))
        return rss_page(tv)
    if p == "/timkiem.asp":
        return tim_kiem(tv)
    if p == "/lichcongtac.asp":
        return lich(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/7.5")], moi_lan=extra_headers)


# ---------------------------------------------------------------- manifest
CD_ONLY = [url(a) for a in CDA]
MANIFEST = {
    "family": "a local vendor's classic ASP portal (VBScript, IIS 7.5 on Windows Server 2008 R2, SQL Server 2005; built 2009; Tigra Menu 2.0 for "
              "the top menu) of a provincial Party inspection committee (Ủy ban Kiểm tra Tỉnh ủy Chợ Lớn): articles /ChiTiet.asp?MaTin=<id>, lists "
              "/TinTuc.asp?MaCM=<n>&Trang=N, and a top menu that Tigra Menu builds from /js/menu_items.js when the page loads",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/admin/", "/Upload/", "/LichCongTac.asp"],
    "trap_prefixes": ["/LichCongTac.asp"],
    "only_via": {"script-menu": CD_ONLY},
    "flaky": {list_url(*FLAKY): 500},
    "slow": [list_url(*SLOW)],
    "notes": ("Every page is one table layout (2009) whose top menu is Tigra Menu 2.0: three <script src> -- /js/menu.js (the engine), "
              "/js/menu_items.js (var MENU_ITEMS = [['Trang chủ', '/Default.asp'], ['Giới thiệu', null, null, [...]], ['Tin tức', '/TinTuc.asp?MaCM=1', "
              "null, [...]], ['Chuyên đề', null, null, ['%s', '/TinTuc.asp?MaCM=9']], …]) and /js/menu_tpl.js (sizes) -- and an inline `new menu "
              "(MENU_ITEMS, MENU_TPL);` that writes the menu's absolutely positioned <div>s and <a>s when the page loads; no <noscript> copy. The "
              "home boxes, the footer and the side columns link the other sections; the chuyên đề '%s' (MaCM=9, %d items since 01/2028, added to "
              "menu_items.js on 12/03/2028) is in the menu ONLY: no box, no 'Tin mới' / 'Đọc nhiều' entry (both take MaCM 1-4), no feed, no "
              "sitemap, and the empty search answers 'Vui lòng nhập từ khóa cần tìm.'. Articles /ChiTiet.asp?MaTin=<id> ('Cập nhật: dd/mm/yyyy HH:MM', "
              "the lead in span.story_teaser, 'CÁC TIN KHÁC' the 10 older items of the section, 'In bài' window.print()), lists /TinTuc.asp?MaCM=<n> "
              "and &Trang=N (10 a page, 'Trang: 1 2 3 Tiếp » Cuối »»'; past the end or an unknown MaCM: 200 'Chưa có tin trong chuyên mục này.'); "
              "links are document-relative (TinTuc.asp?MaCM=1), the menu's root-relative. The bodies were typed in FCKeditor 2 with entities on: "
              "Latin-1 vowels as named entities (&ecirc;, &agrave;, …), the other Vietnamese letters raw UTF-8. IIS serves paths and ASP reads query "
              "keys case-insensitively; Content-Type 'text/html; Charset=utf-8'. 'Đọc nhiều' still lists a deleted item (ChiTiet.asp?MaTin=%d: 200 "
              "'Tin này không tồn tại hoặc đã bị xóa!': soft 404). Feeds RSS.asp?MaCM=1..4 (text/xml) listed on RSS.asp; no sitemap. 'Liên kết "
              "website' is a <select onchange=\"window.open(this.value)\"> of other hosts. robots.txt: /admin/, /Upload/, the calendar, Crawl-delay: "
              "5. Session cookie %s nobody needs. Flaky: %s answers the OLE DB error 500 every other request; slow: %s (1 s). The week calendar "
              "LichCongTac.asp?Tuan=W&Nam=Y forever (trap, robots-disallowed)." % (CD_NAME, CD_NAME, len(CDA), DELETED_ID, SESSION[0],
                                                                                  list_url(*FLAKY), list_url(*SLOW))),
}
MANIFEST_DAY1 = MANIFEST
_a0 = CDA[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": '<script language="JavaScript" src="/js/menu_items.js"></script>', "not_contains": "MaCM=9"},
    {"path": "/js/menu_items.js", "status": 200, "contains": "['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', '/TinTuc.asp?MaCM=9']"},
    {"path": "/TinTuc.asp?MaCM=9", "status": 200, "contains": 'href="%s"' % url(_a0)[1:]},
    {"path": "/tintuc.asp?macm=9&trang=2", "status": 200, "contains": x(CDA[PER_PAGE]["tieu_de"])},
    {"path": url(_a0), "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": "/ChiTiet.asp?MaTin=%d" % DELETED_ID, "status": 200, "contains": "Tin này không tồn tại hoặc đã bị xóa!"},
    {"path": "/TimKiem.asp?TuKhoa=", "status": 200, "contains": "Vui lòng nhập từ khóa cần tìm."},
    {"path": "/RSS.asp", "status": 200, "not_contains": "MaCM=9"},
    {"path": list_url(1, 99), "status": 200, "contains": "Chưa có tin trong chuyên mục này."},
    {"path": "/sitemap.xml", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> TinTuc.asp?MaCM=<1..4> -> &Trang=N -> ChiTiet.asp?MaTin=<id>",
               "/ (every page) -> <script src=/js/menu_items.js> -> MENU_ITEMS 'Chuyên đề' -> /TinTuc.asp?MaCM=9 -> &Trang=2 -> ChiTiet.asp?MaTin=<id>",
               "RSS.asp -> RSS.asp?MaCM=<1..4> (text/xml)"],
    "discovery": [
        "the chuyên đề '%s' (MaCM=9, %d articles) is in the top menu only, and the menu is Tigra Menu 2.0: built at load time from the array "
        "literals of the external /js/menu_items.js, with no <noscript> copy; a crawler that reads only the markup never opens it (only_via "
        "script-menu %d)" % (CD_NAME, len(CDA), len(CDA)),
        "document-relative links, FCKeditor's named entities in the bodies, IIS's case-insensitive paths and query keys, a deleted item in 'Đọc "
        "nhiều' answering 200 with a notice, a <select> of sibling sites opened by window.open (no only_via)",
    ],
    "set39_pages": {"script-menu": ["/", url(MAIN_ARTS[3])]},
    "set38_pages": {},
    "dup_via": {},
    "alias_kinds": ["none (one spelling per article everywhere; no canonical link)"],
    "quirks": ["Crawl-delay: 5", "the top menu built by Tigra Menu 2.0 from /js/menu_items.js (no <noscript>)", "document-relative links",
               "FCKeditor 2 named entities for Latin-1 vowels", "case-insensitive paths and query keys (IIS, ASP)", "Content-Type with 'Charset='",
               "past the end / unknown MaCM: 200 'Chưa có tin trong chuyên mục này.'",
               "a deleted item in 'Đọc nhiều': 200 'Tin này không tồn tại hoặc đã bị xóa!' (soft 404)", "empty search: a notice",
               "no sitemap", "<select onchange=window.open(this.value)> of sibling sites", "ASPSESSIONID cookie nobody needs",
               "%s 500 every other request" % list_url(*FLAKY), "%s slow (1 s)" % list_url(*SLOW),
               "week calendar trap under robots' Disallow: /LichCongTac.asp"],
    "not_articles": ["/ChiTiet.asp?MaTin=%d" % DELETED_ID],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
