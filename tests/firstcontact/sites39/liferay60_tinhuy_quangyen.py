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
SITE = "Đảng bộ tỉnh Quảng Yên"
PORTAL = "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Yên"
GUEST, CT = "guest", "hoc-tap-va-lam-theo-bac"      # two Liferay sites of one portal: the Party committee's and the chuyên trang
CT_NAME = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "tinhuy", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"), ("van-ban-thong-bao", "Văn bản - Thông báo", 2, "tinhuy", "thongbao")]
CT_SECS = [("tin-tuc", "Tin tức", 4, "tinhuy", "bai"), ("guong-dien-hinh", "Gương điển hình", 3, "xa", "bai")]
SECNAME = dict([(k, n) for k, n, _, _, _ in SECS] + [(k, n) for k, n, _, _, _ in CT_SECS])
MAIN = [k for k, _, _, _, _ in SECS]
CT_PAGES = [k for k, _, _, _, _ in CT_SECS]
SITE_OF = dict([(k, GUEST) for k in MAIN] + [(k, CT) for k in CT_PAGES])
INST = {"tin-hoat-dong": "Kq7m", "xay-dung-dang": "R2vT", "nghien-cuu-trao-doi": "pX9c", "van-ban-thong-bao": "Hn4e",
        "tin-tuc": "Zb6w", "guong-dien-hinh": "Lc3j"}      # Liferay 6.0's four-character portlet instance ids
GROUP_ID = {GUEST: 10157, CT: 18431}
HUYEN = ["Quảng Yên", "Hà Nam", "Yên Hưng", "Hoành Bồ", "Đông Triều", "Tiên Yên", "Hải Hà"]
XA = ["Liên Vị", "Tiền Phong", "Phong Cốc", "Cẩm La", "Sông Khoai", "Hiệp Hòa", "Đông Mai", "Minh Thành"]
AP = ["Thôn Yên Đông", "Thôn Hải Yến", "Khu phố Trại Thành", "Thôn Cẩm Hải", "Khu phố Bạch Đằng", "Thôn Vị Khê"]
PER_PAGE = 10

_s = SoanTin(39101, 96, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP,
             lich=lich22(39101, 96, tu_ngay=_dt.datetime(2027, 12, 4), gan=6), id_dau=24000, buoc=7,
             cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "van-ban-thong-bao"), nguon="TTĐT",
             chu_de=("dai-hoi-xiv", "hai-cap", "chuyen-doi-so", "to-chuc", "kinh-te", "xa-hoi", "tu-tuong"))
dat_ten_thong_bao(_s.items, "TU")
_c = SoanTin(39102, 21, [(k, w, g, kieu) for k, _, w, g, kieu in CT_SECS], HUYEN, XA, AP,
             lich=lich22(39102, 21, tu_ngay=_dt.datetime(2028, 3, 2), moc=BAY_GIO - _dt.timedelta(days=2), gan=2), id_dau=31000, buoc=5,
             cm_dau=("tin-tuc", "guong-dien-hinh"), nguon="Chuyên trang", chu_de=("hoc-tap-bac", "dan-van", "den-on"))
ARTS = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
_taken = set()
for _a in sorted(ARTS, key=lambda a: (a["ngay"], a["id"])):
    t = bo_dau_liferay(_a["tieu_de"], 150)          # Liferay 6.0: 'đ' has no decomposition and falls out as '-'
    while t in _taken:
        t += "-1"                                   # JournalArticleLocalService: the next free url title
    _taken.add(t)
    _a["url_title"] = t
BY_ID = {a["id"]: a for a in ARTS}
GUEST_ARTS = [a for a in ARTS if a["cm"] in MAIN]
CT_ARTS = [a for a in ARTS if a["cm"] in CT_PAGES]
DELETED_TITLE = "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2028"
DELETED = "/web/guest/xay-dung-dang/-/asset_publisher/R2vT/content/" + bo_dau_liferay(DELETED_TITLE)   # removed on 20/07/2028
FLAKY_CUR = ("tin-hoat-dong", 3)
SLOW_CUR = ("xay-dung-dang", 2)
SIBLINGS = [("Ban Tổ chức Tỉnh ủy", "http://btc.quangyen.dcs.example/web/guest/trang-chu"),
            ("Ủy ban Kiểm tra Tỉnh ủy", "http://ubkt.quangyen.dcs.example/web/guest/tin-hoat-dong"),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "http://btgdv.quangyen.dcs.example/"),
            ("Báo Quảng Yên điện tử", "http://baoquangyen.example/")]
TEN_THU_LR = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật")      # the vendor's language file: 'Thứ Bẩy'


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def page_url(site, page):
    return "/web/%s/%s" % (site, page)


def url(a):
    k = a["cm"]
    return "%s/-/asset_publisher/%s/content/%s" % (page_url(SITE_OF[k], k), INST[k], a["url_title"])


def ns(k):
    return "_101_INSTANCE_%s_" % INST[k]


def list_url(k, cur=1, amp="&"):
    base = page_url(SITE_OF[k], k)
    if cur <= 1:
        return base
    return base + amp.join(["?p_p_id=101_INSTANCE_%s" % INST[k], "p_p_lifecycle=0", "p_p_state=normal", "p_p_mode=view",
                            "p_p_col_id=column-2", "p_p_col_count=1", "%scur=%d" % (ns(k), cur)])


def rss_url(k):
    return "%s/-/asset_publisher/%s/rss" % (page_url(SITE_OF[k], k), INST[k])


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s, ngày %s %s" % (TEN_THU_LR[d.weekday()], ngay(d), gio(d))


SESSION = "7D3C1A9E04B2F65C8E1D0A3B9F7C2E41"


def extra_headers(tv, out):
    h = [("Liferay-Portal", "Liferay Portal Community Edition 6.0.6 CE (Bunyan / Build 6006 / February 17, 2011)")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h += [("Set-Cookie", "JSESSIONID=%s; Path=/" % SESSION), ("Set-Cookie", "COOKIE_SUPPORT=true; Expires=Fri, 14-Dec-2029 02:15:00 GMT; Path=/"),
              ("Set-Cookie", "GUEST_LANGUAGE_ID=vi_VN; Expires=Fri, 14-Dec-2029 02:15:00 GMT; Path=/")]
    return h


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private"), ("Pragma", "no-cache")] + list(headers))


def _pad(page, title, extra_kb=0):
    seed = sum(ord(c) for c in title) + 39
    target = (25 + _rnd.Random(seed).random() * 6 + extra_kb) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "qy"), 1)


def head(tv, title, site, extra=""):
    theme = "quangyen_WAR_quangyentheme" if site == GUEST else "chuyentrang_WAR_chuyentrangtheme"
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html '
            'class="ltr" dir="ltr" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n\t<title>%s - %s</title>\n\t<meta content="text/html; '
            'charset=UTF-8" http-equiv="content-type" />\n\t<link href="/%s/images/liferay.ico" rel="Shortcut Icon" />\n\t<link href="/html/portal/css.jsp'
            '?browserId=firefox&amp;themeId=%s&amp;colorSchemeId=01&amp;minifierType=css&amp;t=1297900000000" rel="stylesheet" type="text/css" />\n\t'
            '<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {getCompanyId: function() {return "10132";}, getScopeGroupId: '
            'function() {return "%d";}, getLanguageId: function() {return "vi_VN";}, getPathContext: function() {return "";}, getPathThemeImages: '
            'function() {return "/%s/images";}};</script>\n\t<script src="/html/js/barebone.jsp?browserId=firefox&amp;themeId=%s&amp;colorSchemeId=01'
            '&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;t=1297900000000" type="text/javascript"></script>\n%s\t<style '
            'type="text/css">\x00CSS\x00</style>\n</head>\n') % (
        x(title), x(PORTAL if site == GUEST else "Chuyên trang " + CT_NAME), theme.split("_WAR_")[0] + "-theme", theme, GROUP_ID[site],
        theme.split("_WAR_")[0] + "-theme", theme, extra)


def shell(tv, title, main, extra_head="", active=None):
    nav = '<li class="%s"><a href="/web/guest/trang-chu"><span>Trang chủ</span></a></li>' % ("selected" if active == "home" else "")
    nav += "".join('<li class="%s"><a href="%s"><span>%s</span></a></li>' % ("selected" if k == active else "", page_url(GUEST, k), x(SECNAME[k]))
                   for k in MAIN)
    nav += ('<li><a href="/web/hoc-tap-va-lam-theo-bac/trang-chu"><span>Chuyên trang Học tập và làm theo Bác</span></a></li><li><a href="/web/'
            'guest/lich-cong-tac"><span>Lịch công tác</span></a></li><li><a href="/web/guest/lien-he"><span>Liên hệ</span></a></li>')
    moi = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in GUEST_ARTS[:6])
    sib = "".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, x(t)) for t, u in SIBLINGS)
    body = (
        '<body class="blue controls-visible guest-community signed-out public-page">\n<div id="wrapper"><div id="banner" role="banner"><a class="logo '
        'custom-logo" href="/web/guest/trang-chu" title="Đến %s"><img alt="%s" height="140" src="/image/company_logo?img_id=10161&amp;t=1297900000000" '
        'width="1000" /></a><div class="ngay-thang">%s, ngày %s</div></div>\n<div id="navigation" class="sort-pages modify-pages"><ul>%s</ul></div>\n'
        '<div id="content"><div class="portlet-layout"><div class="aui-w70 portlet-column portlet-column-first" id="column-2">%s</div><div '
        'class="aui-w30 portlet-column portlet-column-last" id="column-3"><div class="portlet-boundary portlet-boundary_3_ portlet-search" '
        'id="p_p_id_3_"><div class="portlet-body"><form action="/web/guest/tim-kiem" method="get" name="_3_fm"><input name="p_p_id" type="hidden" '
        'value="3" /><input name="p_p_lifecycle" type="hidden" value="0" /><input name="_3_struts_action" type="hidden" value="/search/search" /><input '
        'name="_3_keywords" size="20" type="text" value="" /> <input type="submit" value="Tìm kiếm" /></form></div></div><div class="portlet-boundary '
        'portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_b4Nq_"><div class="portlet-body"><div class="journal-content-article '
        'banner-phai"><p><a href="/web/hoc-tap-va-lam-theo-bac/trang-chu"><img alt="Chuyên trang %s" src="/documents/10157/0/banner-hoc-tap-va-lam'
        '-theo-bac.jpg" width="300" /><span class="banner-caption">Chuyên trang Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</span>'
        '</a></p><p><a href="https://dangcongsan.example/" target="_blank"><img alt="Báo điện tử Đảng Cộng sản Việt Nam" src="/documents/10157/0/'
        'banner-dcsvn.jpg" width="300" /></a></p><p><a href="https://chinhphu.example/" target="_blank"><img alt="Cổng TTĐT Chính phủ" src="/'
        'documents/10157/0/banner-chinhphu.jpg" width="300" /></a></p></div></div></div><div class="portlet-boundary portlet-boundary_101_ '
        'portlet-asset-publisher" id="p_p_id_101_INSTANCE_Tm8d_"><div class="portlet-borderless-container"><div class="portlet-title-default">Tin '
        'mới</div><div class="portlet-body"><ul class="tin-moi">%s</ul></div></div></div></div></div></div>\n<div id="footer" role="contentinfo"><p '
        'class="powered-by"><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG YÊN</strong><br />Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Quảng Yên. '
        'Địa chỉ: số 2 đường Trần Hưng Đạo, phường Quảng Yên. Ghi rõ nguồn "%s" khi phát hành lại thông tin từ website này.</p><div '
        'class="lien-ket"><span>Liên kết website:</span><ul>%s</ul></div></div></div>\n<script type="text/javascript">%s</script>\n</body>\n</html>') % (
        x(PORTAL), x(PORTAL), TEN_THU_LR[BAY_GIO.weekday()], ngay(BAY_GIO), nav, main, x(CT_NAME), moi, x(PORTAL), sib,
        pad_js(len(title) + 7, 4, "aui-min"))
    return _pad(head(tv, title, GUEST, extra_head) + body, title)


def ct_shell(tv, title, main, extra_head="", active=None):
    """The chuyên trang's own theme: another look, another menu, its own side column."""
    nav = '<li class="%s"><a href="/web/hoc-tap-va-lam-theo-bac/trang-chu">Trang chủ chuyên trang</a></li>' % ("active" if active == "home" else "")
    nav += "".join('<li class="%s"><a href="%s">%s</a></li>' % ("active" if k == active else "", page_url(CT, k), x(SECNAME[k])) for k in CT_PAGES)
    nav += ('<li class="%s"><a href="/web/hoc-tap-va-lam-theo-bac/tu-lieu">Tư liệu</a></li><li><a href="/web/guest/trang-chu">Cổng thông tin '
            'Đảng bộ tỉnh</a></li>') % ("active" if active == "tu-lieu" else "")
    moi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in CT_ARTS[:5])
    body = (
        '<body class="chuyentrang public-page">\n<div class="ct-wrapper"><div class="ct-header"><a href="/web/hoc-tap-va-lam-theo-bac/trang-chu"><img '
        'alt="Chuyên trang" src="/chuyentrang-theme/images/ct-header.jpg" width="1000" height="180" /></a><h1 class="ct-title">HỌC TẬP VÀ LÀM THEO TƯ '
        'TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH</h1><p class="ct-sub">Chuyên trang của Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Yên</p></div>\n'
        '<div class="ct-menu"><ul>%s</ul></div>\n<div class="ct-body"><div class="ct-main">%s</div><div class="ct-side"><div class="ct-box"><h3>Bài '
        'mới</h3><ul>%s</ul></div><div class="ct-box trich-dan"><h3>Lời Bác dạy</h3><p>"Muốn xây dựng chủ nghĩa xã hội, trước hết cần có những con '
        'người xã hội chủ nghĩa."</p></div></div></div>\n<div class="ct-footer"><p>Chuyên trang thuộc %s. Ghi rõ nguồn khi phát hành lại.</p></div>'
        '</div>\n<script type="text/javascript">%s</script>\n</body>\n</html>') % (nav, main, moi, x(PORTAL), pad_js(len(title) + 11, 3, "aui-min"))
    return _pad(head(tv, title, CT, extra_head) + body, title, -3)


def abstract(a):
    return ('<div class="asset-abstract"><h3 class="asset-title"><a href="%s">%s</a></h3><div class="asset-metadata"><span class="metadata-entry '
            'metadata-publish-date">%s</span></div><div class="asset-content"><img class="asset-small-image" src="/image/journal/article?img_id=%d&amp;'
            't=1297900000000" width="140" /><div class="asset-summary">%s</div><div class="asset-more"><a href="%s">Xem tiếp »</a></div></div></div>') % (
        url(a), x(a["tieu_de"]), "%s %s" % (ngay(a["ngay"]), gio(a["ngay"])), a["id"] + 3, x(a["sapo"]), url(a))


def iterator(k, cur, total):
    pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    if pages <= 1:
        return ""
    lo, hi = (cur - 1) * PER_PAGE + 1, min(total, cur * PER_PAGE)
    links = []
    for cls, lbl, n, on in (("first", "Đầu tiên", 1, cur > 1), ("previous", "Trước", cur - 1, cur > 1),
                            ("next", "Tiếp theo", cur + 1, cur < pages), ("last", "Cuối cùng", pages, cur < pages)):
        links.append('<a class="%s" href="%s">%s</a>' % (cls, x(list_url(k, n)), lbl) if on else '<span class="%s">%s</span>' % (cls, lbl))
    return ('<div class="taglib-page-iterator"><div class="search-results">Hiển thị %d - %d của %d kết quả.</div><div class="search-pages"><div '
            'class="page-selector">Trang %d của %d</div><div class="page-links">%s</div></div></div>') % (lo, hi, total, cur, pages, " ".join(links))


def noi_bat(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def section(tv, k, cur):
    items = in_sec(k)
    total = len(items)
    pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    ct = SITE_OF[k] == CT
    if cur > pages:
        main = ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_%s_"><div class="portlet-body">'
                '<div class="portlet-msg-info">Không có kết quả nào.</div></div></div>') % INST[k]
    else:
        shown = items[(cur - 1) * PER_PAGE:cur * PER_PAGE]
        pinned = "" if ct else ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher noi-bat" id="p_p_id_101_INSTANCE_Nb%s_">'
                                '<div class="portlet-title-default">Tin nổi bật</div><div class="portlet-body"><ul>%s</ul></div></div>') % (
            INST[k][:2], "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in noi_bat(k)))
        main = ('%s<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_%s_"><div '
                'class="portlet-borderless-container"><div class="portlet-title-default">%s</div><div class="portlet-body">%s%s<div class="rss-link"><a '
                'href="%s">RSS</a></div></div></div></div>') % (pinned, INST[k], x(SECNAME[k]), "".join(abstract(a) for a in shown), iterator(k, cur, total),
                                                               rss_url(k))
    extra = '\t<link href="%s%s" rel="alternate" title="RSS" type="application/rss+xml" />\n' % (tv.origin, rss_url(k))
    if ct:
        return answer(ct_shell(tv, SECNAME[k], main, extra, k))
    return answer(shell(tv, SECNAME[k], main, extra, k))


def body_of(a):
    out = ['<p><strong>%s</strong></p>' % x(a["sapo"])]
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table align="center" class="image"><tr><td><img src="/image/journal/article?img_id=%d&amp;t=1297900000000" width="500" /></td>'
                       '</tr><tr><td class="image_desc">%s</td></tr></table>' % (a["id"] + 5, x(a["chu_thich"])))
    if a["kieu"] == "thongbao":
        out.insert(0, '<p class="so-hieu"><strong>%s</strong></p>' % x(a["so_hieu"]))
    out.append('<p style="text-align: right;"><strong>%s</strong></p>' % x(a["tac_gia"]))
    return "".join(out)


def article(tv, a):
    k = a["cm"]
    khac = [b for b in in_sec(k) if b["ngay"] < a["ngay"]][:6]
    links = ['<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac]
    if a is in_sec("xay-dung-dang")[0]:
        links.insert(2, '<li><a href="%s">%s</a> <span class="date">(12/07/2028)</span></li>' % (DELETED, x(DELETED_TITLE)))
    main = ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_%s_"><div class="portlet-body">'
            '<div class="taglib-header"><span class="header-back-to"><a class="previous-level" href="%s">« Quay lại</a></span><h1 class="header-title">'
            '<span>%s</span></h1></div><div class="asset-full-content show-asset-title"><div class="asset-metadata"><span class="metadata-entry '
            'metadata-publish-date">%s</span> | <span class="metadata-entry metadata-view-count">Lượt xem: %d</span></div><div class="asset-content">'
            '<div class="journal-content-article">%s</div></div><div class="asset-print"><a href="javascript:window.print();">In bài</a></div></div>'
            '<div class="tin-khac"><h4>Tin khác</h4><ul>%s</ul></div></div></div>') % (
        INST[k], page_url(SITE_OF[k], k), x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], body_of(a), "".join(links))
    if SITE_OF[k] == CT:
        return answer(ct_shell(tv, a["tieu_de"], main, "", k))
    return answer(shell(tv, a["tieu_de"], main, "", k))


def home(tv):
    top = in_sec("tin-hoat-dong")[:3]
    main = '<div class="slideshow">%s</div>' % "".join(
        '<div class="slide"><a href="%s"><img alt="%s" src="/image/journal/article?img_id=%d&amp;t=1297900000000" width="640" /></a><h2><a href="%s">'
        '%s</a></h2><p>%s</p></div>' % (url(a), x(a["tieu_de"]), a["id"] + 3, url(a), x(a["tieu_de"]), x(a["sapo"])) for a in top)
    for k in MAIN:
        main += ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher hop-tin"><div class="portlet-title-default"><a href="%s">'
                 '%s</a></div><div class="portlet-body"><ul>%s</ul></div></div>') % (
            page_url(GUEST, k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]),
                                                                                                                      ngay(a["ngay"])) for a in in_sec(k)[:5]))
    main += ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher hop-chuyen-trang"><div class="portlet-title-default">Chuyên '
             'trang %s</div><div class="portlet-body"><ul>%s</ul><p class="xem-them"><a href="/web/hoc-tap-va-lam-theo-bac/trang-chu">Vào chuyên trang '
             '»</a></p></div></div>') % (x(CT_NAME), "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in CT_ARTS[:3]))
    return answer(shell(tv, "Trang chủ", main, "", "home"))


def ct_home(tv):
    main = '<div class="ct-intro"><p>Chuyên trang giới thiệu các hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của Đảng ' \
           'bộ tỉnh Quảng Yên, các tấm gương điển hình tiên tiến và tư liệu về Chủ tịch Hồ Chí Minh.</p></div>'
    for k in CT_PAGES:
        main += '<div class="ct-box"><h2><a href="%s">%s</a></h2>%s</div>' % (page_url(CT, k), x(SECNAME[k]), "".join(abstract(a) for a in in_sec(k)[:4]))
    return answer(ct_shell(tv, "Trang chủ chuyên trang", main, "", "home"))


def ct_tu_lieu(tv):
    main = ('<div class="journal-content-article"><h2>Tư liệu</h2><p>Tuyển tập các bài viết, bài nói của Chủ tịch Hồ Chí Minh về xây dựng Đảng, '
            'đạo đức cách mạng và công tác dân vận; các văn bản của Trung ương và của Tỉnh ủy về việc học tập và làm theo tư tưởng, đạo đức, phong '
            'cách Hồ Chí Minh.</p><p>Bạn đọc có thể tra cứu toàn văn tại Thư viện tỉnh hoặc liên hệ Ban Tuyên giáo và Dân vận Tỉnh ủy.</p></div>')
    return answer(ct_shell(tv, "Tư liệu", main, "", "tu-lieu"))


def static(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug:
            return answer(shell(tv, t, '<div class="journal-content-article"><h2>%s</h2>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))))
    return not_found(tv)


def not_found(tv):
    return answer('<html><head><title>Apache Tomcat/6.0.29 - Error report</title></head><body><h1>HTTP Status 404 - %s</h1><hr/><p><b>type</b> '
                  'Status report</p><p><b>description</b> <u>The requested resource (%s) is not available.</u></p><hr/><h3>Apache Tomcat/6.0.29</h3>'
                  '</body></html>' % (x(tv.path), x(tv.path)), 404)


def no_content(tv, k):
    main = ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher"><div class="portlet-body"><div class="portlet-msg-error">'
            'Nội dung được yêu cầu không tồn tại hoặc đã bị xóa.</div></div></div>')
    return answer(shell(tv, SECNAME[k], main, "", k))


def error500(tv):
    return answer('<html><head><title>Apache Tomcat/6.0.29 - Error report</title></head><body><h1>HTTP Status 500 - </h1><hr/><p><b>type</b> '
                  'Exception report</p><p><b>exception</b> <pre>javax.servlet.ServletException: com.liferay.portal.kernel.exception.SystemException: '
                  'com.liferay.portal.kernel.dao.orm.ORMException: Could not open connection</pre></p><hr/><h3>Apache Tomcat/6.0.29</h3></body></html>', 500)


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], PORTAL), page_url(SITE_OF[k], k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:20]])


def layouts_sitemap(tv):
    rows = [("/web/guest/trang-chu", _dt.datetime(2028, 12, 14, 6, 0), "daily")] + [(page_url(GUEST, k), _dt.datetime(2028, 12, 14, 6, 0), "daily")
                                                                                 for k in MAIN]
    rows += [("/web/guest/lien-he", _dt.datetime(2026, 3, 2, 8, 0), "monthly"), ("/web/guest/lich-cong-tac", _dt.datetime(2028, 12, 14, 6, 0), "daily")]
    return urlset(tv.origin, rows)


def week_of(tv):
    q = tv.q
    try:
        d = _dt.date(int(q.get("_8_year", BAY_GIO.year)), int(q.get("_8_month", BAY_GIO.month - 1)) + 1, int(q.get("_8_day", BAY_GIO.day)))
    except (ValueError, TypeError):
        d = BAY_GIO.date()
    return d


def cal_url(d, amp="&"):
    return "/web/guest/lich-cong-tac" + amp.join(["?p_p_id=8", "p_p_lifecycle=0", "p_p_state=normal", "p_p_mode=view", "p_p_col_id=column-2",
                                                   "p_p_col_count=1", "_8_struts_action=%2Fcalendar%2Fview", "_8_tabs1=week", "_8_month=%d" % (d.month - 1),
                                                   "_8_day=%d" % d.day, "_8_year=%d" % d.year])


def calendar(tv):
    d = week_of(tv)
    prev, nxt = d - _dt.timedelta(days=7), d + _dt.timedelta(days=7)
    main = ('<div class="portlet-boundary portlet-boundary_8_ portlet-calendar" id="p_p_id_8_"><div class="portlet-body"><div class="taglib-header">'
            '<h1 class="header-title"><span>Lịch công tác tuần từ %s</span></h1></div><div class="calendar-nav"><a href="%s">« Tuần trước</a> | <a '
            'href="%s">Tuần sau »</a></div><table class="lfr-table"><tr><td>Thường trực Tỉnh ủy làm việc tại cơ quan.</td></tr></table></div></div>') % (
        ngay(d), x(cal_url(prev)), x(cal_url(nxt)))
    return answer(shell(tv, "Lịch công tác", main))


ROBOTS = """User-agent: *
Disallow: /c/
Disallow: /group/
Disallow: /user/
Disallow: /html/
Disallow: /web/guest/tim-kiem
Disallow: /web/guest/lich-cong-tac
Crawl-delay: 3
Sitemap: %s/sitemap.xml
"""
_BY_TITLE = {(a["cm"], a["url_title"]): a for a in ARTS}


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p == "/":
        return chuyen(tv.origin + "/web/guest/trang-chu", 302)          # company.default.home.url
    if p == "/sitemap.xml":
        return layouts_sitemap(tv)
    if p in ("/web/guest", "/web/guest/", "/web/guest/trang-chu"):
        return home(tv)
    if p in ("/web/hoc-tap-va-lam-theo-bac", "/web/hoc-tap-va-lam-theo-bac/", "/web/hoc-tap-va-lam-theo-bac/trang-chu"):
        return ct_home(tv)
    if p == "/web/hoc-tap-va-lam-theo-bac/tu-lieu":
        return ct_tu_lieu(tv)
    if p == "/web/guest/lien-he":
        return static(tv, "lien-he")
    if p == "/web/guest/lich-cong-tac":
        return calendar(tv)
    if p == DELETED:
        return no_content(tv, "xay-dung-dang")
    m = _re.fullmatch(r"/web/([a-z-]+)/([a-z-]+)", p)
    if m and m.group(2) in SITE_OF and SITE_OF[m.group(2)] == m.group(1):
        k = m.group(2)
        cur = tv.so(ns(k) + "cur", 1, 1, 9999)
        if cur is None:
            return not_found(tv)
        if (k, cur) == FLAKY_CUR and chap_chon("flaky"):
            return error500(tv)
        if (k, cur) == SLOW_CUR:
            cham(tv, 1.0)
        return section(tv, k, cur)
    m = _re.fullmatch(r"/web/([a-z-]+)/([a-z-]+)/-/asset_publisher/(\w{4})/(content/([a-z0-9-]+)|rss)", p)
    if m and m.group(2) in SITE_OF and SITE_OF[m.group(2)] == m.group(1) and m.group(3) == INST[m.group(2)]:
        k = m.group(2)
        if m.group(4) == "rss":
            return feed(tv, k)
        a = _BY_TITLE.get((k, m.group(5)))
        return article(tv, a) if a else no_content(tv, k) if SITE_OF[k] == GUEST else not_found(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.2.15 (CentOS)")], moi_lan=extra_headers)


# ---------------------------------------------------------------- manifest
CT_ONLY = [url(a) for a in CT_ARTS]
MANIFEST = {
    "family": "Liferay Portal 6.0.6 CE (Tomcat 6.0.29 behind Apache 2.2 with mod_jk; a vendor's theme; company.default.home.url = "
              "/web/guest/trang-chu) of a provincial Party committee (Đảng bộ tỉnh Quảng Yên), two sites of one portal: the committee's "
              "/web/guest/ and the chuyên trang 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' /web/hoc-tap-va-lam-theo-bac/ with a "
              "theme of its own; articles /web/<site>/<page>/-/asset_publisher/<id>/content/<url title>, lists ?p_p_id=101_INSTANCE_<id>&…&_101_"
              "INSTANCE_<id>_cur=N",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/c/", "/html/", "/web/guest/tim-kiem", "/web/guest/lich-cong-tac"],
    "trap_prefixes": ["/web/guest/lich-cong-tac"],
    "only_via": {"home-scope": CT_ONLY},
    "flaky": {list_url(*FLAKY_CUR): 500},
    "slow": [list_url(*SLOW_CUR)],
    "notes": ("'/' answers 302 to /web/guest/trang-chu (portal-ext.properties: company.default.home.url), the Party committee's site, whose "
              "pages all live under /web/guest/: 'Tin hoạt động', 'Xây dựng Đảng', 'Nghiên cứu - Trao đổi', 'Văn bản - Thông báo', 'Liên hệ', 'Lịch "
              "công tác'. The chuyên trang 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' is a SECOND Liferay site of the same "
              "portal (group 18431, since 03/2028), /web/hoc-tap-va-lam-theo-bac/ -- trang-chu, 'Tin tức' (%d), 'Gương điển hình' (%d), 'Tư liệu' -- "
              "with a theme of its own (its own header, menu and side column, a link back to the portal); the portal's menu, the banner in its side "
              "column and the home box 'Chuyên trang …' (its 3 newest items and 'Vào chuyên trang »') link it, and nothing else: the layouts sitemap "
              "is the committee site's, the chuyên trang has no page, box or feed under /web/guest/. Articles /web/<site>/<page>/-/asset_publisher/"
              "<4-character instance id>/content/<url title> (Liferay 6.0's friendly URL title: lower case, accents stripped, 'đ' -- which does not "
              "decompose -- turned into '-'), dated 'Thứ …, ngày dd/mm/yyyy HH:MM' ('Thứ Bẩy' in the vendor's language file), no canonical link "
              "(Liferay 6.0 prints none), 'In bài' is window.print(), 'Tin khác' the 6 older items of the page. Lists /web/<site>/<page> and the asset "
              "publisher's page iterator ?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1"
              "&_101_INSTANCE_<id>_cur=N (10 a page; 'Đầu tiên / Trước / Tiếp theo / Cuối cùng'; past the end: 200 'Không có kết quả nào.'), 'Tin "
              "nổi bật' (two most-read older items) on top of every list of the committee's site; RSS …/-/asset_publisher/<id>/rss. The 'Tin khác' of "
              "the newest 'Xây dựng Đảng' article still links a deleted article (200 'Nội dung được yêu cầu không tồn tại hoặc đã bị xóa.': soft 404). "
              "robots.txt (Apache's static file: /c/, /group/, /user/, /html/, the search page and the calendar; Crawl-delay: 3) names /sitemap.xml, "
              "the committee site's layouts only. Cookies JSESSIONID, COOKIE_SUPPORT, GUEST_LANGUAGE_ID nobody needs. The footer links sibling "
              "sites on other hosts. Flaky: %s answers Tomcat's 500 every other request; slow: %s (1 s). The calendar portlet's week view "
              "/web/guest/lich-cong-tac?…&_8_tabs1=week&_8_month=M&_8_day=D&_8_year=Y forever (trap, robots-disallowed)." % (
                  len(in_sec("tin-tuc")), len(in_sec("guong-dien-hinh")), list_url(*FLAKY_CUR), list_url(*SLOW_CUR))),
}
MANIFEST_DAY1 = MANIFEST
_a0 = CT_ARTS[0]
SELFTEST = [
    {"path": "/", "status": 302, "location": "/web/guest/trang-chu"},
    {"path": "/web/guest/trang-chu", "status": 200, "contains": 'href="/web/hoc-tap-va-lam-theo-bac/trang-chu"'},
    {"path": "/web/hoc-tap-va-lam-theo-bac/trang-chu", "status": 200, "contains": 'href="%s"' % url(_a0)},
    {"path": url(_a0), "status": 200, "contains": x(_a0["tieu_de"]), "not_contains": 'rel="canonical"'},
    {"path": list_url("tin-tuc", 2), "status": 200, "contains": x(in_sec("tin-tuc")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 99), "status": 200, "contains": "Không có kết quả nào."},
    {"path": DELETED, "status": 200, "contains": "Nội dung được yêu cầu không tồn tại hoặc đã bị xóa."},
    {"path": "/sitemap.xml", "status": 200, "not_contains": "hoc-tap-va-lam-theo-bac"},
    {"path": "/web/guest/tin-tuc", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> 302 /web/guest/trang-chu -> /web/guest/<page> -> ?p_p_id=101_INSTANCE_<id>&…&_101_INSTANCE_<id>_cur=N -> "
               "/web/guest/<page>/-/asset_publisher/<id>/content/<url title>",
               "/web/guest/trang-chu -> menu 'Chuyên trang …' / side banner / home box 'Vào chuyên trang »' -> /web/hoc-tap-va-lam-theo-bac/trang-chu "
               "-> /web/hoc-tap-va-lam-theo-bac/{tin-tuc,guong-dien-hinh} (?…_cur=2) -> …/-/asset_publisher/<id>/content/<url title>",
               "robots Sitemap: /sitemap.xml (the committee site's layouts only)",
               "…/-/asset_publisher/<id>/rss on every list page"],
    "discovery": [
        "the chuyên trang 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' is a second Liferay site of the portal, "
        "/web/hoc-tap-va-lam-theo-bac/, with a theme of its own (%d articles); '/' answers 302 to /web/guest/trang-chu, so a crawler that takes "
        "the directory its start page lands in (/web/guest/) for the site's scope never leaves it and never fetches them (only_via home-scope %d)"
        % (len(CT_ONLY), len(CT_ONLY)),
        "Liferay 6.0's long portlet pager addresses (_101_INSTANCE_<id>_cur=N), friendly URL titles that turn 'đ' into '-', a layouts-only "
        "sitemap, a deleted article in 'Tin khác' answering 200 with a portlet message, sibling sites on other hosts (no only_via)",
    ],
    "set39_pages": {"home-scope": ["/"]},
    "set38_pages": {},
    "dup_via": {},
    "alias_kinds": ["none (one address per article, no canonical link)"],
    "quirks": ["Crawl-delay: 3", "/ 302 to /web/guest/trang-chu", "two Liferay sites of one portal, the chuyên trang with its own theme",
               "'Tin nổi bật' on top of every list of the committee's site", "past the end: 200 'Không có kết quả nào.'",
               "friendly URL titles with 'đ' turned into '-'", "no canonical link (Liferay 6.0)", "'Thứ Bẩy' spelling",
               "layouts-only sitemap", "a deleted article still in 'Tin khác': 200 portlet message (soft 404)",
               "JSESSIONID / COOKIE_SUPPORT / GUEST_LANGUAGE_ID cookies", "sibling sites on other hosts",
               "%s 500 every other request" % list_url(*FLAKY_CUR), "%s slow (1 s)" % list_url(*SLOW_CUR),
               "calendar week view trap under robots' Disallow: /web/guest/lich-cong-tac"],
    "not_articles": [DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
