# ==== KERNEL BEGIN (sites40 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 40 kernel: set 39's with its ONE day moved on (a first crawl on Wednesday 17 January 2029, 08:50 local time), an item of
# January 2029 speaking of its own year's tasks, and the set 40 helpers at the end (mm_behaviours, Dreamweaver's inline
# behaviours; viewstate11, an ASP.NET 1.1 __VIEWSTATE; jsf_state, an opaque JSF client-side view state).
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
NGAY = {1: _dt.datetime(2029, 1, 17, 8, 50)}      # the first crawl, local time (Asia/Ho_Chi_Minh): a Wednesday
BAY_GIO = NGAY[1]
RECHECK_DAYS = 7                                    # recheck_recent_days, the documented default
NAM = 2029


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
        raise ValueError("set 40 serves one day only (DAYS = 1)")


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
            if a["ngay"].year > 2028:               # set 40: an item of 2029 speaks of its own year's tasks
                a["doan"] = [p.replace("trong năm 2028", "trong năm %d" % a["ngay"].year).replace("Thực hiện kế hoạch năm 2028",
                             "Thực hiện kế hoạch năm %d" % a["ngay"].year) for p in a["doan"]]
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
# ---------------------------------------------------------------- set 40 helpers
MM_BEHAVIOURS = """function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}

function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}

function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}

function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}

function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}

function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
"""


def viewstate11(seed, kb=3):
    """An ASP.NET 1.1 __VIEWSTATE (dDw…, the LosFormatter's text form before 2.0's /wE…), about `kb` KB."""
    return "dDwtMTI3OTMzNDM4NDt0PDtsPGk8MT47PjtsPHQ8O2w8aTwxPjtpPDM+Oz47bDx0PDtsPGk8MD47PjtsPHQ8" + pad_b64(seed, kb)[:kb * 1024 - 84]


def jsf_state(*parts):
    """An opaque JSF client-side view state (Mojarra's encrypted, base64 form): deterministic in `parts`, readable back by
    jsf_state_read (the server's own decryption)."""
    import base64 as _b64
    import hashlib as _hl
    plain = "|".join(str(p) for p in parts).encode("utf-8")
    key = _hl.sha256(b"replica-mojarra-2.2" + plain[:0]).digest()
    body = bytes(b ^ key[i % len(key)] for i, b in enumerate(plain))
    mac = _hl.sha256(key + body).digest()[:10]
    pad = _rnd.Random(plain).randbytes(180)
    return _b64.b64encode(mac + bytes([len(body)]) + body + pad).decode("ascii")


def jsf_state_read(s):
    """The parts of a jsf_state() string, or None when it was not issued by this server (a tampered or expired state)."""
    import base64 as _b64
    import hashlib as _hl
    try:
        raw = _b64.b64decode(s or "", validate=True)
    except Exception:
        return None
    if len(raw) < 11:
        return None
    mac, n = raw[:10], raw[10]
    body = raw[11:11 + n]
    key = _hl.sha256(b"replica-mojarra-2.2").digest()
    if len(body) != n or _hl.sha256(key + body).digest()[:10] != mac:
        return None
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(body)).decode("utf-8", "replace").split("|")
# ==== KERNEL END ====
SITE = "Đảng bộ tỉnh Lâm Viên"
PORTAL = "Trang thông tin điện tử Đảng bộ tỉnh Lâm Viên"
SECS = [("thoi-su", "Thời sự - Chính trị", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "tinhuy", "bai"),
        ("tin-co-so", "Tin cơ sở", 5, "xa", "bai"), ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 2, "tinhuy", "dai"),
        ("van-ban-chi-dao", "Văn bản chỉ đạo", 2, "tinhuy", "thongbao")]
LS = "lich-su-dang-bo"                              # the history cards: clickable through a jQuery handler only
LS_NAME = "Tư liệu lịch sử Đảng bộ"
SECNAME = dict([(k, n) for k, n, _, _, _ in SECS] + [(LS, LS_NAME)])
MAIN = [k for k, _, _, _, _ in SECS]
HUYEN = ["Lạc Dương", "Đa Nhim", "Ka Đô", "Phi Liêng", "Tà Nung", "Xuân Trường", "Đạ Sar"]
XA = ["Tà Hine", "Đạ Chais", "Lát", "Mê Linh", "Ninh Gia", "Gia Hiệp", "Tam Bố", "Liên Hiệp"]
AP = ["Thôn Đa Quý", "Bon Đưng K'si", "Thôn Kon Pang", "Thôn Liêng Bông", "Tổ dân phố Đa Thành", "Thôn Ka Đơn"]
PER_PAGE = 10
LS_PER_PAGE = 12

_s = SoanTin(40301, 95, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP,
             lich=lich22(40301, 95, tu_ngay=_dt.datetime(2027, 12, 8), gan=6), id_dau=12400, buoc=5,
             cm_dau=("thoi-su", "tin-co-so", "thoi-su", "xay-dung-dang"), nguon="TTĐT Lâm Viên",
             chu_de=("dai-hoi-xiv", "hai-cap", "chuyen-doi-so", "to-chuc", "kinh-te", "xa-hoi", "tu-tuong", "den-on"))
dat_ten_thong_bao(_s.items, "TU")
_h = SoanTin(40302, 21, [(LS, 1, "tinhuy", "bai")], HUYEN, XA, AP,
             lich=lich22(40302, 21, tu_ngay=_dt.datetime(2028, 1, 20), moc=BAY_GIO - _dt.timedelta(days=4), gan=1), id_dau=12403, buoc=5,
             nguon="TTĐT Lâm Viên", chu_de=("den-on", "tu-tuong"))

# ---------------------------------------------------------------- the history pieces (made-up events of a made-up province)
_SU = [(1930, "Chi bộ Đảng đầu tiên ở đồn điền chè {X} ra đời"), (1931, "Phong trào đấu tranh của công nhân đồn điền cà phê {X} năm 1930 - 1931"),
       (1936, "Hội Ái hữu và phong trào Mặt trận Dân chủ ở thị xã {H} (1936 - 1939)"), (1945, "Tổng khởi nghĩa giành chính quyền ở {H} tháng 8 năm 1945"),
       (1946, "Những ngày đầu kháng chiến chống thực dân Pháp trên cao nguyên {H}"), (1947, "Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất (1947)"),
       (1954, "Đảng bộ tỉnh lãnh đạo đấu tranh đòi thi hành Hiệp định Giơnevơ"), (1959, "Phong trào Đồng khởi ở vùng căn cứ {X}"),
       (1965, "Chiến thắng đồi {X} năm 1965 và bài học về thế trận lòng dân"), (1968, "Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968 ở thị xã {H}"),
       (1975, "Giải phóng tỉnh Lâm Viên ngày 3 tháng 4 năm 1975"), (1976, "Hợp nhất tỉnh và kiện toàn tổ chức Đảng bộ năm 1976"),
       (1986, "Đảng bộ tỉnh trong những năm đầu thực hiện đường lối đổi mới"), (1992, "Từ chương trình định canh định cư đến những buôn làng no ấm ở {X}"),
       (2000, "Nghị quyết về phát triển cây chè, cà phê chất lượng cao giai đoạn 2000 - 2010"), (2005, "Đại hội Đảng bộ tỉnh lần thứ VIII và bước ngoặt du lịch"),
       (2015, "Những dấu mốc xây dựng nông thôn mới của tỉnh Lâm Viên 2010 - 2015"), (2020, "Đảng bộ tỉnh vượt qua đại dịch COVID-19"),
       (2025, "Sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp năm 2025"), (1930, "Người đảng viên cộng sản đầu tiên của vùng {X}"),
       (1972, "Trường học cách mạng giữa rừng {X} những năm 1968 - 1972")]
_RH = _rnd.Random(40303)
for _i, _a in enumerate(_h.items):
    _nam, _tt = _SU[_i]
    _X, _H = _RH.choice(XA), _RH.choice(HUYEN)
    _a["tieu_de"] = _tt.format(X=_X, H=_H)
    _a["nam_su"] = _nam
    _ng = "%s %s %s" % (_RH.choice(("Nguyễn", "Trần", "K'", "Lê", "Ya", "Phạm")), _RH.choice(("Văn", "Đình", "Thị", "Hữu")),
                        _RH.choice(("Thiện", "Lộc", "Brơi", "Hòe", "Nhất", "Phác")))
    _a["sapo"] = "Tư liệu lịch sử Đảng bộ tỉnh về %s; bài viết được biên soạn theo tài liệu lưu trữ và hồi ký của các nhân chứng." % (
        _a["tieu_de"][0].lower() + _a["tieu_de"][1:])
    _a["doan"] = [
        "Theo tư liệu còn lưu giữ tại Kho Lưu trữ Tỉnh ủy, vào những năm %d, trên địa bàn %s đã có %d cơ sở cách mạng hoạt động bí mật; đồng chí %s "
        "là một trong những người trực tiếp gây dựng phong trào, tổ chức cho quần chúng học tập, bảo vệ cán bộ và tiếp tế lương thực." % (
            _nam, "xã " + _X, _RH.randint(3, 40), _ng),
        "Trong hồi ký của mình, đồng chí %s kể lại: mỗi lần họp chi bộ, các đảng viên phải đi bộ hàng chục cây số qua rừng, chia nhau từng nắm cơm, "
        "có đợt %d đồng chí bị địch bắt, tra tấn nhưng không ai khai báo, giữ vững được đường dây liên lạc với cấp trên." % (
            _ng, _RH.randint(2, 12)),
        "Sự kiện đã để lại nhiều bài học quý: dựa vào dân, xây dựng cơ sở chính trị vững mạnh ở thôn, bon; gắn nhiệm vụ chính trị với chăm lo đời "
        "sống đồng bào các dân tộc. Đến nay, %d di tích gắn với sự kiện đã được xếp hạng cấp tỉnh, %d lượt học sinh, đoàn viên đến tham quan, tìm hiểu "
        "mỗi năm." % (_RH.randint(1, 6), _RH.randint(800, 9000)),
        "Nội dung bài viết được trích, biên tập từ cuốn Lịch sử Đảng bộ tỉnh Lâm Viên (1930 - 2025) do Ban Thường vụ Tỉnh ủy chỉ đạo biên soạn, "
        "xuất bản năm 2026, tập %d, chương %d; ảnh tư liệu do Bảo tàng tỉnh cung cấp." % (_RH.randint(1, 2), _RH.randint(1, 9)),
    ]
    _a["chu_thich"] = "Ảnh tư liệu: %s (năm %d). Nguồn: Bảo tàng tỉnh Lâm Viên" % (_a["tieu_de"], _nam)
    _a["tac_gia"] = _RH.choice(("Ban Tuyên giáo và Dân vận Tỉnh ủy (tổng hợp)", "ThS. %s, Trường Chính trị tỉnh" % _RH.choice(("Trần Văn Khải", "Lê Thị Ngân")),
                                "Phòng Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy"))

_used = {a["id"] for a in _s.items}
for _a in _h.items:                                   # one table (dbo.TinBai), one identity column
    while _a["id"] in _used:
        _a["id"] += 1
    _used.add(_a["id"])
ARTS = sorted(_s.items + _h.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["alias"] = duong_dan(_a["tieu_de"], 90)
BY_ID = {a["id"]: a for a in ARTS}
TIN = [a for a in ARTS if a["cm"] in MAIN]
LSA = [a for a in ARTS if a["cm"] == LS]
DELETED_ID = next(i for i in range(12600, 13200) if i not in BY_ID)
DELETED_TITLE = "Tỉnh ủy Lâm Viên quán triệt Nghị quyết Hội nghị Trung ương 8"
FLAKY = ("thoi-su", 3)
SLOW = ("xay-dung-dang", 2)
TOKEN = "Kq9v3N0pTtZ1bXw8Rm2fYc5sLh7gDe4uJa6iOn0rEz3yWq1"


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    return "/tin-tuc/%s/%s-%d.html" % (a["cm"], a["alias"], a["id"])


def list_url(k, trang=1):
    return "/chuyen-muc/%s%s" % (k, "?trang=%d" % trang if trang > 1 else "")


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s, %s %s" % (thu(d), ngay(d), gio(d))


def extra_headers(tv, out):
    h = [("X-AspNetMvc-Version", "3.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h += [("Set-Cookie", "ASP.NET_SessionId=t1bqk0ww4r2mzd55v0fhxq3c; path=/; HttpOnly"),
              ("Set-Cookie", "__RequestVerificationToken_Lw__=%s; path=/; HttpOnly" % TOKEN[::-1])]
    return h


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private")] + list(headers))


def tom_tat(s, n):
    """The view's @Html.Raw(Utils.CatChuoi(sapo, n)): cut at a word boundary, an ellipsis added."""
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "..."


def the_ls(a, cot="col-md-4 col-sm-6"):
    """One history card: no <a>; the card is clicked (the view's jQuery handler builds the address from its data)."""
    return ('<div class="%s"><div class="card-ls js-xem" data-id="%d" data-alias="%s" data-chuyenmuc="%s" title="Bấm để xem chi tiết"><div class="card-ls-'
            'anh" style="background-image:url(\'/Upload/LichSu/%d.jpg\')"><span class="card-ls-nam">%d</span></div><div class="card-ls-than"><h3 class="'
            'card-ls-tieude">%s</h3><p class="card-ls-ngay"><i class="icon-time"></i> %s</p><p class="card-ls-tomtat">%s</p></div></div></div>') % (
        cot, a["id"], a["alias"], a["cm"], a["id"], a["nam_su"], x(a["tieu_de"]), ngay(a["ngay"]), x(tom_tat(a["sapo"], 140)))


def script_the(container):
    return ("<script type=\"text/javascript\">\n    var rootUrl = '/';\n    $(function () {\n        $('%s').on('click', '.js-xem', function () {\n"
            "            window.location.href = rootUrl + 'tin-tuc/' + $(this).data('chuyenmuc') + '/' + $(this).data('alias') + '-' + $(this).data('id') + "
            "'.html';\n        });\n    });\n</script>") % container


def shell(tv, title, main, canonical=None, crumbs=(), scripts=""):
    o = tv.origin
    seed = sum(ord(c) for c in title) + 403
    menu = ('<li class="home"><a href="/"><i class="icon-home"></i></a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>%s<li><a href="%s">Lịch sử '
            'Đảng bộ</a></li><li><a href="/van-kien">Văn kiện</a></li><li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/lien-he">Liên hệ</a>'
            '</li>') % ("".join('<li><a href="%s">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in MAIN), list_url(LS))
    moi = "".join('<li><a href="%s">%s</a> <span class="ngay">%s</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in TIN[:8])
    doc = sorted(TIN[:60], key=lambda a: -a["xem"])[:5]
    doc_nhieu = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in doc[:2])
    doc_nhieu += '<li><a href="/tin-tuc/thoi-su/%s-%d.html">%s</a></li>' % (duong_dan(DELETED_TITLE, 90), DELETED_ID, x(DELETED_TITLE))
    doc_nhieu += "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in doc[2:])
    bc = "".join('<li><a href="%s">%s</a> <span class="divider">/</span></li>' % (u, x(t)) for t, u in crumbs)
    canon = '<link rel="canonical" href="%s%s" />\n    ' % (o, canonical) if canonical else ""
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n    <meta charset="utf-8" />\n    <title>%s</title>\n    <meta name="description" content="%s" />\n    '
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n    %s<link href="/Content/bootstrap.min.css" rel="stylesheet" type="text/'
        'css" />\n    <link href="/Content/Site.css" rel="stylesheet" type="text/css" />\n    <link href="/Content/owl.carousel.css" rel="stylesheet" type="text/'
        'css" />\n    <style type="text/css">\x00CSS\x00</style>\n    <script src="/Scripts/jquery-1.7.2.min.js" type="text/javascript"></script>\n    <script '
        'src="/Scripts/modernizr-2.5.3.js" type="text/javascript"></script>\n    <script type="text/javascript">\n      var _gaq = _gaq || [];\n      _gaq.'
        'push([\'_setAccount\', \'UA-31874215-1\']);\n      _gaq.push([\'_trackPageview\']);\n    </script>\n</head>\n<body>\n    <div id="top-bar"><div '
        'class="container"><span class="ngay-hien-tai">%s, ngày %s</span><ul class="top-links"><li><a href="/rss">RSS</a></li><li><a href="/so-do-trang">Sơ '
        'đồ trang</a></li><li><a href="/Account/LogOn?ReturnUrl=%%2f">Đăng nhập</a></li></ul></div></div>\n    <header id="header"><div class="container"><a '
        'href="/" class="logo"><img src="/Content/images/banner-lamvien.png" alt="%s" width="960" height="130" /></a></div></header>\n    <nav class="navbar">'
        '<div class="navbar-inner"><div class="container"><ul class="nav">%s</ul><form class="navbar-search pull-right" action="/tim-kiem" method="get"><input '
        'type="text" name="tukhoa" class="search-query" placeholder="Tìm kiếm" /></form></div></div></nav>\n    <div class="container" id="noi-dung">\n'
        '        <ul class="breadcrumb"><li><a href="/">Trang chủ</a> <span class="divider">/</span></li>%s</ul>\n        <div class="row">\n            <div '
        'class="span8" id="cot-chinh">%s</div>\n            <div class="span4" id="cot-phu">\n                <div class="khoi"><h3 class="khoi-tieude">Tin '
        'mới</h3><ul class="ds-tin">%s</ul></div>\n                <div class="khoi"><h3 class="khoi-tieude">Đọc nhiều</h3><ul class="ds-tin">%s</ul></div>\n'
        '                <div class="khoi"><h3 class="khoi-tieude">Video</h3><iframe width="300" height="170" src="https://www.youtube.example/embed/pQ3rT0v'
        'LmK8" frameborder="0" allowfullscreen></iframe></div>\n                <div class="khoi"><h3 class="khoi-tieude">Nhận bản tin</h3><form action="/'
        'dang-ky-nhan-tin" method="post"><input name="__RequestVerificationToken" type="hidden" value="%s" /><input type="text" name="Email" placeholder="'
        'Địa chỉ thư điện tử" /><button type="submit" class="btn">Đăng ký</button></form></div>\n                <div class="khoi lien-ket"><h3 class="khoi-'
        'tieude">Liên kết</h3><a href="http://dangcongsan.example/" target="_blank"><img src="/Content/images/dcsvn.jpg" alt="Báo điện tử Đảng Cộng sản '
        'Việt Nam" width="300" /></a><a href="http://baolamvien.example/" target="_blank"><img src="/Content/images/baolamvien.jpg" alt="Báo Lâm Viên" '
        'width="300" /></a><a href="http://lamvien.gov.example/" target="_blank"><img src="/Content/images/ubnd.jpg" alt="Cổng thông tin điện tử tỉnh Lâm '
        'Viên" width="300" /></a></div>\n            </div>\n        </div>\n    </div>\n    <footer id="footer"><div class="container"><p><strong>%s'
        '</strong><br />Cơ quan chủ quản: Tỉnh ủy Lâm Viên. Địa chỉ: số 2 Trần Hưng Đạo, phường Xuân Hương. Giấy phép số 46/GP-TTĐT của Sở Thông tin và '
        'Truyền thông (nay là Sở Khoa học và Công nghệ).<br />Ghi rõ nguồn "Trang thông tin điện tử Đảng bộ tỉnh Lâm Viên" khi phát hành lại thông tin từ '
        'trang này.</p><ul class="chan-lien-ket"><li><a href="http://btgdv.lamvien.dcs.example/chuyen-muc/thoi-su">Ban Tuyên giáo và Dân vận Tỉnh ủy</a>'
        '</li><li><a href="http://btc.lamvien.dcs.example/tin-tuc/xay-dung-dang/">Ban Tổ chức Tỉnh ủy</a></li></ul></div></footer>\n    <script src="/'
        'Scripts/bootstrap.min.js" type="text/javascript"></script>\n    <script src="/Scripts/owl.carousel.min.js" type="text/javascript"></script>\n    '
        '<script src="/Scripts/jquery.unobtrusive-ajax.min.js" type="text/javascript"></script>\n    %s\n</body>\n</html>\n') % (
        x(title + " | " + PORTAL), x(title), canon, thu(BAY_GIO), ngay(BAY_GIO), x(PORTAL), menu, bc, main, moi, doc_nhieu, TOKEN, x(PORTAL.upper()), scripts)
    target = (26 + _rnd.Random(seed).random() * 6) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "lv"), 1)


def pager(k, trang, pages):
    if pages <= 1:
        return ""
    out = []
    out.append('<li class="PagedList-skipToFirst"><a href="%s">««</a></li>' % list_url(k) if trang > 1 else '<li class="disabled PagedList-skipToFirst">'
               '<a>««</a></li>')
    out.append('<li class="PagedList-skipToPrevious"><a href="%s" rel="prev">«</a></li>' % x(list_url(k, trang - 1)) if trang > 1 else
               '<li class="disabled PagedList-skipToPrevious"><a>«</a></li>')
    for n in range(1, pages + 1):
        out.append('<li class="active"><a>%d</a></li>' % n if n == trang else '<li><a href="%s">%d</a></li>' % (x(list_url(k, n)), n))
    out.append('<li class="PagedList-skipToNext"><a href="%s" rel="next">»</a></li>' % x(list_url(k, trang + 1)) if trang < pages else
               '<li class="disabled PagedList-skipToNext"><a>»</a></li>')
    out.append('<li class="PagedList-skipToLast"><a href="%s">»»</a></li>' % x(list_url(k, pages)) if trang < pages else
               '<li class="disabled PagedList-skipToLast"><a>»»</a></li>')
    return '<div class="pagination-container"><ul class="pagination">%s</ul></div>' % "".join(out)


def tin_item(a):
    return ('<div class="tin-item clearfix"><a href="%s" class="tin-anh"><img src="/Upload/Images/%s/%d_thumb.jpg" alt="%s" width="180" height="120" /></a>'
            '<h3><a href="%s">%s</a></h3><p class="ngay-dang">%s</p><p class="tom-tat">%s</p></div>') % (
        url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), stamp(a["ngay"]), x(a["sapo"]))


def chuyen_muc(tv, k, trang):
    crumbs = [(SECNAME[k], list_url(k))]
    if k == LS:
        items, per = LSA, LS_PER_PAGE
    else:
        items, per = in_sec(k), PER_PAGE
    pages = max(1, (len(items) + per - 1) // per)
    shown = items[(trang - 1) * per:trang * per]
    if not shown:
        return answer(shell(tv, SECNAME[k], '<h2 class="tieude-cm">%s</h2><p class="khong-co">Không có dữ liệu.</p>' % x(SECNAME[k]), None, crumbs))
    if k == LS:
        main = ('<h2 class="tieude-cm">%s</h2><p class="gioi-thieu-cm">Những dấu mốc, sự kiện, nhân vật tiêu biểu trong chặng đường lịch sử của Đảng bộ '
                'tỉnh Lâm Viên (1930 - 2025). Bấm vào từng thẻ để đọc tư liệu.</p><div class="ls-grid row">%s</div>%s') % (
            x(LS_NAME), "".join(the_ls(a) for a in shown), pager(k, trang, pages))
        return answer(shell(tv, LS_NAME + (" - Trang %d" % trang if trang > 1 else ""), main, None, crumbs, script_the(".ls-grid")))
    main = '<h2 class="tieude-cm">%s</h2><div class="ds-chuyen-muc">%s</div>%s' % (x(SECNAME[k]), "".join(tin_item(a) for a in shown), pager(k, trang, pages))
    return answer(shell(tv, SECNAME[k] + (" - Trang %d" % trang if trang > 1 else ""), main, None, crumbs))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h4>%s</h4>" % x(a["muc"][j]))
        out.append("<p>%s</p>" % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<div class="anh-bai"><img src="/Upload/Images/%s/%d_1.jpg" alt="%s" width="620" /><div class="chu-thich">%s</div></div>' % (
                a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), x(a["chu_thich"])))
    return "".join(out)


def chi_tiet(tv, a):
    khac = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:6]
    so = '<p class="so-hieu"><strong>%s</strong></p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    nam = '<p class="nam-su-kien">Năm sự kiện: <strong>%d</strong></p>' % a["nam_su"] if a["cm"] == LS else ""
    main = ('<article class="chi-tiet"><h1 class="tieu-de">%s</h1><div class="thong-tin"><span class="ngay-dang">%s</span> | <span class="luot-xem">Lượt '
            'xem: %d</span><span class="cong-cu"><a href="javascript:window.print();">In bài</a> | <a href="mailto:?subject=%s">Gửi email</a></span></div>%s'
            '<div class="sapo">%s</div>%s<div class="noi-dung">%s</div><p class="tac-gia">%s</p></article><div class="tin-khac"><h3>Các tin khác</h3><ul>%s'
            '</ul></div>') % (
        x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], ma_hoa(a["tieu_de"]), nam, x(a["sapo"]), so, body_of(a), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))
    return answer(shell(tv, a["tieu_de"], main, url(a), [(SECNAME[a["cm"]], list_url(a["cm"]))]))


def khong_co(tv):
    return answer(shell(tv, "Thông báo", '<div class="alert">Không tìm thấy bài viết bạn yêu cầu. Bài viết có thể đã bị gỡ bỏ.</div>'))


def home(tv):
    top = TIN[0]
    main = ('<div class="tin-noi-bat"><a href="%s"><img src="/Upload/Images/%s/%d.jpg" alt="%s" width="620" height="360" /></a><h2><a href="%s">%s</a></h2>'
            '<p>%s</p><ul class="tin-lien-quan">%s</ul></div>') % (
        url(top), top["ngay"].strftime("%Y/%m"), top["id"], x(top["tieu_de"]), url(top), x(top["tieu_de"]), x(top["sapo"]),
        "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in TIN[1:5]))
    main += ('<div class="khoi-lich-su"><h3 class="khoi-tieude"><a href="%s">%s</a></h3><div class="owl-carousel owl-lich-su">%s</div><p class="xem-tat-ca">'
             '<a href="%s">Xem tất cả tư liệu »</a></p></div>') % (list_url(LS), x(LS_NAME), "".join(the_ls(a, "item") for a in LSA[:6]), list_url(LS))
    for k in MAIN:
        items = in_sec(k)[:5]
        main += ('<div class="khoi-chuyen-muc"><h3 class="khoi-tieude"><a href="%s">%s</a></h3>%s<ul class="ds-tin">%s</ul></div>') % (
            list_url(k), x(SECNAME[k]), tin_item(items[0]), "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in items[1:]))
    js = script_the(".owl-lich-su") + ("\n    <script type=\"text/javascript\">\n        $(function () { $('.owl-lich-su').owlCarousel({ items: 3, "
                                       "autoPlay: 5000, navigation: true }); });\n    </script>")
    return answer(shell(tv, "Trang chủ", main, None, (), js))


def tinh(tv, t, ps):
    return answer(shell(tv, t, '<h2 class="tieude-cm">%s</h2>%s' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps)), None, [(t, tv.path)]))


def so_do(tv):
    main = '<h2 class="tieude-cm">Sơ đồ trang</h2><ul class="so-do"><li><a href="/">Trang chủ</a></li>%s<li><a href="/lien-he">Liên hệ</a></li></ul>' % \
        "".join('<li><a href="%s">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in MAIN)
    return answer(shell(tv, "Sơ đồ trang", main))


def rss_page(tv):
    main = '<h2 class="tieude-cm">RSS</h2><ul>%s</ul>' % "".join('<li><a href="/rss/%s.rss">%s</a></li>' % (k, x(SECNAME[k])) for k in MAIN)
    return answer(shell(tv, "RSS", main))


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], PORTAL), list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:15]])


def lich(tv):
    tuan, nam = tv.so("tuan", BAY_GIO.isocalendar()[1], 1, 53), tv.so("nam", BAY_GIO.year, 1990, 2100)
    if not tuan or not nam:
        return khong_co(tv)
    prev = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nxt = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    main = ('<h2 class="tieude-cm">Lịch công tác tuần %d năm %d</h2><p><a href="/lich-cong-tac?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/lich-cong-'
            'tac?tuan=%d&amp;nam=%d">Tuần sau »</a></p><table class="table"><tr><td>Thường trực Tỉnh ủy làm việc tại cơ quan.</td></tr></table>') % (
        tuan, nam, prev[0], prev[1], nxt[0], nxt[1])
    return answer(shell(tv, "Lịch công tác", main))


def loi(tv):
    return answer('<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="utf-8" />\n    <title>Lỗi</title>\n</head>\n<body>\n    <h2>Đã có lỗi xảy ra trong '
                  'quá trình xử lý yêu cầu.</h2>\n    <p>Sorry, an error occurred while processing your request.</p>\n</body>\n</html>\n', 500)


def not_found(tv):
    return Dapung('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3'
                  '.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n<title>404 - File or directory not '
                  'found.</title>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n <div class="content-container"><fieldset>'
                  '\n  <h2>404 - File or directory not found.</h2>\n  <h3>The resource you are looking for might have been removed, had its name changed, or '
                  'is temporarily unavailable.</h3>\n </fieldset></div>\n</div>\n</body>\n</html>\n', 404, "text/html")


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Account/
Disallow: /Upload/
Disallow: /lich-cong-tac
Crawl-delay: 3
"""


def handle(tv):
    p = tv.path.rstrip("/") or "/"
    if tv.method == "POST":
        if p.lower() == "/dang-ky-nhan-tin":
            if tv.form.get("__RequestVerificationToken") != TOKEN:
                return answer("<h2>A required anti-forgery token was not supplied or was invalid.</h2>", 500)
            return answer(shell(tv, "Nhận bản tin", '<div class="alert">Vui lòng nhập địa chỉ thư điện tử hợp lệ.</div>'))
        return Dapung("Method Not Allowed", 405, "text/plain", [("Allow", "GET, HEAD")])
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p == "/":
        return home(tv)
    if p.startswith("/Scripts/"):
        return Dapung(pad_js(len(p), 6, p.rsplit("/", 1)[-1]), 200, "application/x-javascript")
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in SECNAME:
        k, trang = m.group(1), tv.so("trang", 1, 1, 9999)
        if trang is None:
            return khong_co(tv)
        if (k, trang) == FLAKY and chap_chon("flaky"):
            return loi(tv)
        if (k, trang) == SLOW:
            cham(tv, 1.0)
        return chuyen_muc(tv, k, trang)
    m = _re.fullmatch(r"/tin-tuc/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(3)))
        if a is None:
            return khong_co(tv)
        if m.group(1) != a["cm"] or m.group(2) != a["alias"]:
            return chuyen(tv.origin + url(a), 301)    # the route takes the id; a wrong section or alias is sent to the item's address
        return chi_tiet(tv, a)
    if p == "/gioi-thieu":
        return tinh(tv, "Giới thiệu", TRANG_TINH[0][2] + TRANG_TINH[1][2])
    if p == "/van-kien":
        return tinh(tv, "Văn kiện", ["Văn kiện Đại hội đại biểu Đảng bộ tỉnh Lâm Viên lần thứ XII, nhiệm kỳ 2025 - 2030 (tệp PDF, 4,2 MB).",
                                     "Chương trình hành động thực hiện Nghị quyết Đại hội XIV của Đảng (tệp PDF, 1,1 MB)."])
    if p == "/lien-he":
        return tinh(tv, "Liên hệ", ["Ban Biên tập Trang thông tin điện tử Đảng bộ tỉnh Lâm Viên, số 2 Trần Hưng Đạo, phường Xuân Hương.",
                                    "Điện thoại: 0263.3822.451. Thư điện tử: bbt@lamvien.dcs.example"])
    if p == "/so-do-trang":
        return so_do(tv)
    if p == "/rss":
        return rss_page(tv)
    m = _re.fullmatch(r"/rss/([a-z-]+)\.rss", p)
    if m and m.group(1) in MAIN:
        return feed(tv, m.group(1))
    if p == "/tim-kiem":
        return answer(shell(tv, "Tìm kiếm", '<div class="alert">Vui lòng nhập từ khóa cần tìm (ít nhất 2 ký tự).</div>', None, [("Tìm kiếm", "/tim-kiem")]))
    if p == "/lich-cong-tac":
        return lich(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/7.5")], moi_lan=extra_headers, post=True)


# ---------------------------------------------------------------- manifest
LS_ONLY = [url(a) for a in LSA]
MANIFEST = {
    "family": "a '.dcs.vn'-style portal on ASP.NET MVC 3 (.NET 4.0, Razor, IIS 7.5 on Windows Server 2008 R2, SQL Server 2008 R2; jQuery 1.7.2, "
              "Bootstrap 2, OWL Carousel 1.3, PagedList.Mvc; built 2012) of a provincial Party committee (Đảng bộ tỉnh Lâm Viên): articles "
              "/tin-tuc/<cat>/<alias>-<id>.html, lists /chuyen-muc/<cat>?trang=N, and the history section's cards, which are no links: a jQuery "
              "handler builds each card's address from its data-chuyenmuc, data-alias and data-id",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Account/", "/Upload/", "/lich-cong-tac"],
    "trap_prefixes": ["/lich-cong-tac"],
    "only_via": {"data-concat": LS_ONLY},
    "flaky": {list_url(*FLAKY): 500},
    "slow": [list_url(*SLOW)],
    "notes": ("Five news sections: lists /chuyen-muc/<cat> and ?trang=N (10 a page, PagedList.Mvc's '«« « 1 2 3 » »»'; past the end: 200 'Không có "
              "dữ liệu.'), articles /tin-tuc/<cat>/<alias>-<id>.html ('<Thứ>, dd/mm/yyyy HH:MM', an absolute canonical link, 'Các tin khác' 6 older "
              "items of the section; the route reads the id, a wrong section or alias 301s to the item). The section '%s' (%d pieces since 01/2028) "
              "has a plain list /chuyen-muc/%s (and ?trang=2; 12 a page) in the menu, but its items are CARDS, <div class=\"card-ls js-xem\" "
              "data-id=\"<id>\" data-alias=\"<alias>\" data-chuyenmuc=\"%s\">, picture as a CSS background, headline an <h3>, no <a>; the view's "
              "inline script `var rootUrl = '/'; $('.ls-grid').on('click', '.js-xem', function () { window.location.href = rootUrl + 'tin-tuc/' + "
              "$(this).data('chuyenmuc') + '/' + $(this).data('alias') + '-' + $(this).data('id') + '.html'; });` opens them; the home page's OWL "
              "carousel 'Tư liệu lịch sử Đảng bộ' (6 newest) carries the same cards and handler. 'Tin mới', 'Đọc nhiều', the RSS page and the "
              "feeds /rss/<cat>.rss (main sections only) never name a history piece; there is no sitemap (404). The pieces' own pages have plain "
              "'Các tin khác' links to older pieces. An unknown id: 200 'Không tìm thấy bài viết bạn yêu cầu…' (soft 404); 'Đọc nhiều' still lists "
              "a deleted item (id %d). A GET search box (/tim-kiem?tukhoa=: a notice), a POST newsletter form with __RequestVerificationToken "
              "(answers a notice), a YouTube iframe, 'Đăng nhập' under /Account/ (robots-disallowed). Cookies ASP.NET_SessionId and "
              "__RequestVerificationToken_Lw__ nobody needs. Flaky: %s answers the MVC error view (500) every other request; slow: %s (1 s). The "
              "week calendar /lich-cong-tac?tuan=W&nam=Y forever (trap, robots-disallowed)." % (
                  LS_NAME, len(LSA), LS, LS, DELETED_ID, list_url(*FLAKY), list_url(*SLOW))),
}
MANIFEST_DAY1 = MANIFEST
_h0 = LSA[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": 'data-id="%d" data-alias="%s" data-chuyenmuc="lich-su-dang-bo"' % (_h0["id"], _h0["alias"]),
     "not_contains": 'href="%s"' % url(_h0)},
    {"path": "/", "status": 200, "contains": "window.location.href = rootUrl + 'tin-tuc/' + $(this).data('chuyenmuc') + '/' + $(this).data('alias')"},
    {"path": list_url(LS), "status": 200, "contains": "$('.ls-grid').on('click', '.js-xem', function () {", "not_contains": 'href="/tin-tuc/lich-su-dang-bo/'},
    {"path": list_url(LS, 2), "status": 200, "contains": 'data-id="%d"' % LSA[LS_PER_PAGE]["id"]},
    {"path": url(_h0), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(_h0)},
    {"path": "/tin-tuc/thoi-su/%s-%d.html" % (_h0["alias"], _h0["id"]), "status": 301, "location": url(_h0)},
    {"path": "/tin-tuc/thoi-su/%s-%d.html" % (duong_dan(DELETED_TITLE, 90), DELETED_ID), "status": 200, "contains": "Không tìm thấy bài viết"},
    {"path": list_url("thoi-su", 99), "status": 200, "contains": "Không có dữ liệu."},
    {"path": "/rss/thoi-su.rss", "status": 200, "not_contains": "lich-su-dang-bo"},
    {"path": "/sitemap.xml", "status": 404},
    {"path": "/dang-ky-nhan-tin", "method": "POST", "status": 200, "contains": "Vui lòng nhập địa chỉ thư điện tử hợp lệ.",
     "body": ("__RequestVerificationToken=%s&Email=" % TOKEN).encode("ascii")},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat> -> ?trang=N -> /tin-tuc/<cat>/<alias>-<id>.html",
               "/ (OWL carousel) or /chuyen-muc/lich-su-dang-bo -> ?trang=2 -> <div class=\"card-ls js-xem\" data-id data-alias data-chuyenmuc> + the "
               "view's $('.ls-grid').on('click', '.js-xem', …): window.location.href = rootUrl + 'tin-tuc/' + $(this).data('chuyenmuc') + '/' + "
               "$(this).data('alias') + '-' + $(this).data('id') + '.html' -> /tin-tuc/lich-su-dang-bo/<alias>-<id>.html",
               "/rss -> /rss/<cat>.rss (main sections)"],
    "discovery": [
        "the history section '%s' (%d articles) lists its pieces as cards with no link: a jQuery click handler in the view's inline script builds "
        "each address from the card's data-chuyenmuc, data-alias and data-id (rootUrl + 'tin-tuc/' + … + '.html'); no feed, sitemap or plain link "
        "names them; a crawler that does not evaluate the handler over the cards' data never reaches them (only_via data-concat %d)" % (
            LS_NAME, len(LSA), len(LSA)),
        "PagedList.Mvc pagers, an OWL carousel, a POST newsletter form with an anti-forgery token, a soft 404 in 'Đọc nhiều', a YouTube iframe, "
        "sibling sites on other hosts (no only_via)",
    ],
    "set40_pages": {"data-concat": ["/", list_url(LS), list_url(LS, 2)]},
    "set39_pages": {},
    "set38_pages": {},
    "dup_via": {},
    "alias_kinds": ["none (a wrong section or alias 301s to the item; canonical links absolute)"],
    "quirks": ["Crawl-delay: 3", "history cards clickable only through a jQuery handler over data-* attributes", "OWL carousel of the same cards",
               "PagedList.Mvc pager", "past the end: 200 'Không có dữ liệu.'", "a wrong section or alias 301 to the item",
               "an unknown id: 200 notice (soft 404); a deleted item in 'Đọc nhiều'", "no sitemap (404)",
               "POST newsletter form with __RequestVerificationToken", "GET search box: a notice", "YouTube iframe",
               "ASP.NET_SessionId and __RequestVerificationToken_Lw__ cookies nobody needs", "sibling sites on other hosts",
               "%s 500 every other request" % list_url(*FLAKY), "%s slow (1 s)" % list_url(*SLOW),
               "week calendar trap under robots' Disallow: /lich-cong-tac"],
    "not_articles": ["/tin-tuc/thoi-su/%s-%d.html" % (duong_dan(DELETED_TITLE, 90), DELETED_ID)],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
