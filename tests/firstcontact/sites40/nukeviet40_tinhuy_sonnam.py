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
SITE = "Đảng bộ tỉnh Sơn Nam"
PORTAL = "Cổng thông tin điện tử Đảng bộ tỉnh Sơn Nam"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "tinhuy", "bai"),
        ("tin-dia-phuong", "Tin địa phương", 5, "xa", "bai"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 2, "tinhuy", "dai"),
        ("van-ban", "Văn bản - Thông báo", 2, "tinhuy", "thongbao")]
GS = "guong-sang"                                   # the vendor's module 'Gương sáng - Điển hình tiên tiến'
GS_NAME = "Gương sáng - Điển hình tiên tiến"
SECNAME = dict([(k, n) for k, n, _, _, _ in SECS] + [(GS, GS_NAME)])
MAIN = [k for k, _, _, _, _ in SECS]
HUYEN = ["Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Hải Hậu", "Giao Thủy", "Trực Ninh", "Thiên Trường"]
XA = ["Yên Lộc", "Nghĩa Lâm", "Hải Đường", "Giao Tiến", "Trực Đại", "Liên Minh", "Cốc Thành", "Mỹ Phúc"]
AP = ["Thôn Bái Dương", "Thôn Đồng Côi", "Xóm Tây Cầu", "Thôn Vân Cát", "Xóm Đông Thượng", "Thôn Lạc Quần"]
PER_PAGE = 10
COOKIE = "nv4c_s0N7m"
THEME = "sonnam"

_s = SoanTin(40201, 98, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP,
             lich=lich22(40201, 98, tu_ngay=_dt.datetime(2027, 12, 4), gan=6), id_dau=5200, buoc=4,
             cm_dau=("tin-hoat-dong", "tin-dia-phuong", "xay-dung-dang", "tin-hoat-dong"), nguon="TTĐT",
             chu_de=("dai-hoi-xiv", "hai-cap", "chuyen-doi-so", "to-chuc", "kinh-te", "xa-hoi", "tu-tuong", "dan-van"))
dat_ten_thong_bao(_s.items, "TU")
_g = SoanTin(40202, 20, [(GS, 1, "xa", "bai")], HUYEN, XA, AP,
             lich=lich22(40202, 20, tu_ngay=_dt.datetime(2028, 2, 12), moc=BAY_GIO - _dt.timedelta(days=2), gan=2), id_dau=310, buoc=7,
             nguon="TTĐT", chu_de=("hoc-tap-bac", "dan-van", "den-on"))

# ---------------------------------------------------------------- the exemplary people's stories (the module's own items)
_RG = _rnd.Random(40203)
# (role, where: thôn / xã, what they are known for)
_VAI = [("Bí thư Chi bộ", "thon", "giữ lửa phong trào xây dựng nông thôn mới"), ("đảng viên {n} năm tuổi Đảng", "xa", "vận động bà con hiến đất làm đường"),
        ("Trưởng", "thon", "đưa giống lúa chất lượng cao về đồng đất quê hương"), ("Chủ tịch Hội Nông dân", "xa", "gây dựng tổ hợp tác sản xuất rau an toàn"),
        ("cựu chiến binh", "xa", "nhận đỡ đầu học sinh nghèo hiếu học"), ("giáo viên Trường Tiểu học", "xa", "mở lớp dạy chữ miễn phí cho người lớn tuổi"),
        ("Phó Trưởng Công an", "xa", "giữ bình yên cho vùng giáp ranh"), ("y sĩ Trạm Y tế", "xa", "hơn hai mươi năm tận tụy với người bệnh"),
        ("Chi hội trưởng Chi hội Phụ nữ", "thon", "giúp chị em vay vốn phát triển kinh tế gia đình"), ("Bí thư Đoàn", "xa", "đưa Bình dân học vụ số đến từng hộ")]
_TIEU_DE_GS = ["{ten}: người “giữ lửa” ở {noi}", "{Vai} {ten} - tấm gương {viec}", "Lan tỏa tấm gương {ten} ở {noi}",
               "{Vai} {ten} và những năm tháng {viec}", "Chuyện về {vai} {ten} ở {noi}", "{ten} - điểm tựa của bà con {noi}"]
_used_ten = set()
for _i, _a in enumerate(_g.items):
    _vai, _cho, _viec = _VAI[_i % len(_VAI)]
    while True:
        _ho, _dem = _RG.choice(("Nguyễn", "Trần", "Vũ", "Đoàn", "Phạm", "Lại", "Mai", "Trịnh", "Tống", "Hoàng")), \
            _RG.choice(("Thị", "Thị Thu") if "Phụ nữ" in _vai else ("Văn", "Thị", "Đức", "Ngọc", "Xuân", "Hữu", "Thị Thu", "Minh"))
        _nu = "Thị" in _dem
        _ten = "%s %s %s" % (_ho, _dem, _RG.choice(("Lụa", "Nhàn", "Huệ", "Sen", "Hạnh", "Mận", "Dung")) if _nu else
                             _RG.choice(("Khiêm", "Thành", "Bảo", "Tuấn", "Quyết", "Tài", "Cường")))
        if _ten not in _used_ten:
            break
    _used_ten.add(_ten)
    _xa, _thon = _RG.choice(XA), _RG.choice(AP)
    _thon_ = _thon[0].lower() + _thon[1:]          # 'thôn Bái Dương', 'xóm Tây Cầu'
    _vai = _vai.format(n=_RG.randint(30, 55))
    _noi = "%s, xã %s" % (_thon_, _xa) if _cho == "thon" else "xã %s" % _xa
    _chuc = ("%s %s" % (_vai, _thon_) if _vai != "Trưởng" else "Trưởng " + _thon_) if _cho == "thon" else "%s xã %s" % (_vai, _xa)
    _vai_ngan = "Trưởng " + _thon_.split()[0] if _vai == "Trưởng" else _vai
    _t = _TIEU_DE_GS[_i % len(_TIEU_DE_GS)].format(ten=_ten, noi=_noi, Vai=_vai_ngan[0].upper() + _vai_ngan[1:], vai=_vai_ngan, viec=_viec)
    _a["tieu_de"] = _t[0].upper() + _t[1:]
    _a["nhan_vat"] = "%s, %s" % (_ten, _chuc)
    _tuoi, _nam = _RG.randint(38, 74), _RG.randint(8, 32)
    _ong = "bà" if _nu else "ông"
    _a["sapo"] = "Hơn %d năm qua, %s %s luôn gương mẫu đi đầu, %s, được cấp ủy và nhân dân tin tưởng." % (_nam, _chuc, _ten, _viec)
    _n1, _n2, _n3 = _RG.randint(3, 40), _RG.randint(120, 2600), _RG.randint(12, 95)
    _a["doan"] = [
        "Năm nay %d tuổi, %s %s vẫn giữ thói quen dậy từ 5 giờ sáng đi một vòng quanh %s. Với bà con nơi đây, mỗi con đường, mỗi mô hình sản xuất "
        "mới đều gắn với những buổi họp chi bộ kéo dài đến khuya và những lần %s đến từng nhà vận động, thuyết phục." % (
            _tuoi, _ong, _ten, _noi.split(",")[0], _ong),
        "Chỉ tính riêng giai đoạn 2025 - 2028, %s %s đã cùng chi bộ vận động %d hộ tham gia, huy động hơn %s m² đất và %d ngày công để làm %s km "
        "đường liên thôn; %d hộ nghèo, cận nghèo được giúp giống, vốn, nay đã có thu nhập ổn định từ trồng trọt và chăn nuôi." % (
            _ong, _ten, _n3, "{:,}".format(_n2).replace(",", "."), _RG.randint(300, 4000), "%d,%d" % (_RG.randint(1, 6), _RG.randint(1, 9)), _n1),
        "“%s nói ít, làm nhiều, việc gì khó thì nhận về mình trước. Nhờ vậy mà bà con nghe theo, cán bộ xã cũng học được cách làm dân vận ở cơ sở”, "
        "đồng chí %s, Bí thư Đảng ủy xã %s chia sẻ khi nhắc đến người đảng viên này." % (
            ("Chị ấy" if _tuoi < 50 else "Bà ấy") if _nu else ("Anh ấy" if _tuoi < 50 else "Bác ấy"),
            "%s %s %s" % (_RG.choice(("Trần", "Phạm", "Đỗ")), _RG.choice(("Văn", "Quang", "Đình")), _RG.choice(("Lâm", "Toản", "Đông", "Phúc"))), _xa),
        "Với những đóng góp đó, %s %s nhiều năm liền được công nhận đảng viên hoàn thành xuất sắc nhiệm vụ, được Ban Thường vụ Tỉnh ủy tặng Bằng khen "
        "trong sơ kết %d năm thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh." % (
            _ong, _ten, _RG.choice((5, 7, 8))),
    ]
    _a["chu_thich"] = "%s %s (bên phải) trao đổi với người dân %s. Ảnh: %s %s" % (
        _ong[0].upper() + _ong[1:], _ten, _noi.split(",")[0], _RG.choice(("Vũ", "Ngô", "Lê")), _RG.choice(("Hà", "Tuệ", "Hiếu")))
    _a["tac_gia"] = _RG.choice(("Bài, ảnh: %s", "%s", "Ghi chép của %s")) % ("%s %s" % (_RG.choice(("Trần", "Lê", "Mai")), _RG.choice(("Huyền", "Giang", "Thảo"))))

ARTS = sorted(_s.items + _g.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["alias"] = duong_dan(_a["tieu_de"], 100)     # change_alias() + strtolower
NEWS = [a for a in ARTS if a["cm"] in MAIN]
GSA = [a for a in ARTS if a["cm"] == GS]
NEWS_BY_ID = {a["id"]: a for a in NEWS}
GS_BY_ID = {a["id"]: a for a in GSA}
DELETED_ID = next(i for i in range(5400, 5800) if i not in NEWS_BY_ID)
DELETED_TITLE = "Sơn Nam sơ kết công tác tuyên giáo 9 tháng năm 2028"
FLAKY = ("tin-hoat-dong", 3)
SLOW = ("xay-dung-dang", 2)
TAGS = {}
for _a in NEWS:
    _a["tags"] = [CHU_DE[_a["chu_de"]][0]] + ([_a["nhan"][1]] if len(_a["nhan"]) > 1 else [])
    for t in _a["tags"]:
        TAGS.setdefault(duong_dan(t), (t, []))[1].append(_a)


def in_cat(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    if a["cm"] == GS:
        return "/vi/%s/%s-%d.html" % (GS, a["alias"], a["id"])
    return "/vi/news/%s/%s-%d.html" % (a["cm"], a["alias"], a["id"])


def gs_query(a):
    """What the module's script navigates to; the module answers it with a 301 to the item's rewritten address."""
    return "/index.php?language=vi&nv=%s&op=detail&id=%d" % (GS, a["id"])


def cat_url(k, page=1):
    return "/vi/news/%s/%s" % (k, "page-%d" % page if page > 1 else "")


def gs_url(page=1):
    return "/vi/%s/%s" % (GS, "page-%d" % page if page > 1 else "")


def tag_url(alias, page=1):
    return "/vi/news/tag/%s%s" % (alias, "/page-%d" % page if page > 1 else "")


def set_day(day):
    kiem_ngay(day)


THU_NV = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def stamp(d):
    return "%s - %s %s" % (THU_NV[d.weekday()], ngay(d), gio(d))


def extra_headers(tv, out):
    h = [("X-Powered-By", "PHP/5.4.45")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h += [("Set-Cookie", "%ssess=3e9b1c7d0a2f4e6b8c5d1a9f0e7b2c4d; path=/; httponly" % COOKIE),
              ("Set-Cookie", "%sstatistic_vi=1; path=/; httponly" % COOKIE), ("Set-Cookie", "%sou=1737107400; path=/; httponly" % COOKIE)]
    return h


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                                        ("Pragma", "no-cache"), ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT")] + list(headers))


def gs_click(a):
    return "nv_gs_chitiet(%d);" % a["id"]


def gs_block():
    """The module's block 'Gương sáng' (theme 'Cột phải', every page): its entries open the item through the module's script."""
    rows = "".join('<li class="clearfix"><div class="gs-anh pull-left" onclick="%s"><img src="/uploads/%s/%s/%d_t.jpg" width="70" height="52" alt="%s" />'
                   '</div><a href="javascript:void(0);" onclick="%s" title="%s">%s</a></li>' % (
                       gs_click(a), GS, a["ngay"].strftime("%Y_%m"), a["id"], x(a["tieu_de"]), gs_click(a), x(a["tieu_de"]), x(a["tieu_de"]))
                   for a in GSA[:5])
    return ('<div class="panel panel-primary gs-block"><div class="panel-heading"><a href="%s" title="%s">%s</a></div><div class="panel-body"><ul '
            'class="list-none gs-list">%s</ul></div></div>') % (gs_url(), x(GS_NAME), x(GS_NAME), rows)


GLOBAL_JS = """/**
 * @Project NUKEVIET 4.x
 * @Author VINADES.,JSC (contact@vinades.vn)
 * @Copyright (C) 2014 VINADES.,JSC. All rights reserved
 * @License GNU/GPL version 2 or any later version
 * @Createdate 31/05/2010, 00:36
 */

function nv_randomPassword(a) {
	var b = "abcdefghiklmnopqrstuvwxyz", c = "";
	for (var d = 0; d < a; d++) { var e = Math.floor(Math.random() * b.length); c += b.substring(e, e + 1); }
	return c;
}

function nv_open_browse(theURL, winName, w, h, features) {
	LeftPosition = (screen.width) ? (screen.width - w) / 2 : 0;
	TopPosition = (screen.height) ? (screen.height - h) / 2 : 0;
	settings = 'height=' + h + ',width=' + w + ',top=' + TopPosition + ',left=' + LeftPosition;
	if (features != '') settings = settings + ',' + features;
	window.open(theURL, winName, settings);
	window.focus();
}

function nv_setCookie(name, value, expiredays) {
	if (expiredays) {
		var exdate = new Date();
		exdate.setDate(exdate.getDate() + expiredays);
		var expires = exdate.toGMTString();
	}
	var is_url = /^([0-9a-z][0-9a-z-]+\\.)+[a-z]{2,6}$/;
	var domainName = document.domain;
	domainName = domainName.replace(/www\\./g, '');
	domainName = is_url.test(domainName) ? '.' + domainName : '';
	document.cookie = name + "=" + escape(value) + ((expiredays) ? "; expires=" + expires : "") + ((domainName) ? "; domain=" + domainName : "") + "; path=/";
}

function nv_getCookie(name) {
	var cookie = " " + document.cookie;
	var search = " " + name + "=";
	var setStr = null;
	var offset = 0;
	var end = 0;
	if (cookie.length > 0) {
		offset = cookie.indexOf(search);
		if (offset != -1) {
			offset += search.length;
			end = cookie.indexOf(";", offset);
			if (end == -1) { end = cookie.length; }
			setStr = unescape(cookie.substring(offset, end));
		}
	}
	return setStr;
}
"""

GS_JS = """/**
 * Module Guong sang - Dien hinh tien tien (guongsang)
 * @Project NUKEVIET 4.x
 * @Author Cong ty CP Phan mem Son Nam
 * @Createdate 12/04/2016
 * Cap nhat 03/2028: khoi 'Guong sang' hien thi tren moi trang (theme sonnam)
 */

function nv_gs_chitiet(id) {
	window.location.href = nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=guong-sang&' + nv_fc_variable + '=detail&id=' + id;
	return false;
}

function nv_gs_binhchon(id, diem) {
	$.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=guong-sang&' + nv_fc_variable + '=rate&nocache=' + new Date().getTime(), 'id=' + id + '&point=' + diem, function(res) {
		alert(res);
	});
}

$(function() {
	$('.gs-anh').css('cursor', 'pointer');
	$('.gs-list li:odd').addClass('bg-gray');
});
"""


def shell(tv, title, main, mod="news", op="main", canonical=None, extra_head="", crumbs=()):
    o = tv.origin
    menu = ('<li><a title="Trang nhất" href="/vi/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block">Trang nhất</span></a>'
            '</li><li><a href="/vi/about/gioi-thieu.html" title="Giới thiệu">Giới thiệu</a></li><li class="dropdown"><a class="dropdown-toggle" href="/vi/news/" '
            'title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">%s</ul></li><li><a href="%s" title="%s">Gương sáng</a>'
            '</li><li><a href="%s" title="Văn bản - Thông báo">Văn bản - Thông báo</a></li><li><a href="/vi/lich-cong-tac/" title="Lịch công tác">Lịch công '
            'tác</a></li><li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>') % (
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (cat_url(k), x(SECNAME[k]), x(SECNAME[k])) for k in MAIN[:4]), gs_url(), x(GS_NAME),
        cat_url("van-ban"))
    hot = sorted(NEWS[:40], key=lambda a: -a["xem"])[:5]
    xemnhieu = "".join('<li class="clearfix"><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in hot[:3])
    xemnhieu += '<li class="clearfix"><a href="/vi/news/xay-dung-dang/%s-%d.html" title="%s">%s</a></li>' % (
        duong_dan(DELETED_TITLE), DELETED_ID, x(DELETED_TITLE), x(DELETED_TITLE))
    xemnhieu += "".join('<li class="clearfix"><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in hot[3:])
    bc = "".join('<li itemprop="itemListElement"><a href="%s" itemprop="item" title="%s"><span itemprop="name">%s</span></a></li>' % (u, x(t), x(t))
                 for t, u in crumbs)
    canon = '<link rel="canonical" href="%s%s" />\n' % (o, canonical) if canonical else ""
    page = (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n<title>%s</title>\n<meta name='
        '"description" content="%s" />\n<meta name="author" content="%s" />\n<meta name="copyright" content="%s [banbientap@tinhuy.sonnam.dcs.example]" />\n'
        '<meta name="generator" content="NukeViet v4.0" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n<meta http-equiv="'
        'Content-Type" content="text/html; charset=utf-8" />\n<meta property="og:title" content="%s" />\n<meta property="og:site_name" content="%s" />\n%s'
        '<link rel="alternate" href="/vi/news/rss/" title="Tin tức" type="application/rss+xml" />\n%s<link rel="StyleSheet" href="/themes/%s/css/'
        'bootstrap.min.css" />\n<link rel="StyleSheet" href="/themes/%s/css/style.css" />\n<style type="text/css">\x00CSS\x00</style>\n<script type="text/'
        'javascript">var nv_siteroot="/",nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",'
        'nv_lang_variable="language",nv_module_name="%s",nv_func_name="%s",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="%s",'
        'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>\n<script type="text/javascript" src="/js/jquery/jquery.'
        'min.js"></script>\n<script type="text/javascript" src="/js/language/vi.js"></script>\n<script type="text/javascript" src="/js/global.js"></script>\n'
        '<script type="text/javascript" src="/themes/%s/js/main.js"></script>\n</head>\n<body>\n<noscript><div class="alert alert-danger">Trình duyệt của '
        'bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>\n<div class="body-bg"><div class="wraper">'
        '\n<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%s" href="/vi/"><img src="/'
        'uploads/logo-tinhuy.png" width="460" height="96" alt="%s" /></a><h1>%s</h1><h2>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn Nam</h2></div>'
        '<div class="col-xs-24 col-sm-24 col-md-16"><div class="today">%s, %s</div></div></div></div></header>\n<nav class="second-nav" id="menusite"><div '
        'class="container"><div class="row"><div class="bg box-shadow"><div class="navbar navbar-default navbar-static-top" role="navigation"><div class="'
        'collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav">%s</ul></div></div></div></div></div></nav>\n<section><div class="'
        'container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div '
        'class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="'
        'itemListElement"><a href="/vi/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a></li>%s</ul></div></div></div><div '
        'class="headerSearch col-xs-24 col-sm-6 col-md-6"><form action="/vi/seek/" method="get"><div class="input-group"><input type="text" class="form-'
        'control" maxlength="60" placeholder="Tìm kiếm..." name="q" /><span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="'
        'fa fa-search fa-lg"></em></button></span></div></form></div></div></div></div></nav>\n<div class="row"><div class="col-sm-16 col-md-18">%s</div>'
        '<div class="col-sm-8 col-md-6">%s<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul class="'
        'block_groups list-none list-items">%s</ul></div></div><div class="panel panel-default"><div class="panel-heading">Liên kết</div><div class="panel-'
        'body"><a href="https://dangcongsan.example/" target="_blank"><img src="/uploads/banners/dcsvn.png" width="270" alt="Báo điện tử Đảng Cộng sản Việt '
        'Nam" /></a><a href="https://baosonnam.example/" target="_blank"><img src="/uploads/banners/baosonnam.png" width="270" alt="Báo Sơn Nam" /></a><a '
        'href="https://sonnam.gov.example/" target="_blank"><img src="/uploads/banners/ubnd.png" width="270" alt="Cổng thông tin điện tử tỉnh Sơn Nam" /></a>'
        '</div></div><div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none '
        'display-table"><li><span>Đang truy cập</span><span>42</span></li><li><span>Hôm nay</span><span>2.107</span></li><li><span>Tổng lượt truy cập'
        '</span><span>4.930.288</span></li></ul></div></div></div></div></div></section>\n<footer id="footer"><div class="wraper"><div class="container"><div '
        'class="row"><div class="col-xs-24 col-sm-24 col-md-12"><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH SƠN NAM</strong><br />Cơ quan chủ quản: Văn '
        'phòng Tỉnh ủy Sơn Nam. Địa chỉ: số 1 Trần Hưng Đạo, phường Thiên Trường. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div><div class="'
        'col-xs-24 col-sm-24 col-md-12"><ul class="footer-links"><li><a href="/vi/rss/">RSS</a></li><li><a href="/vi/contact/">Liên hệ</a></li><li><a href="'
        'http://btgdv.sonnam.dcs.example/vi/news/tin-hoat-dong/">Ban Tuyên giáo và Dân vận Tỉnh ủy</a></li><li><a href="http://ubkt.sonnam.dcs.example/vi/'
        'guong-sang/">Ủy ban Kiểm tra Tỉnh ủy</a></li></ul></div></div></div></div></footer>\n</div></div>\n<script type="text/javascript" src="/themes/%s/js/'
        'bootstrap.min.js"></script>\n<script type="text/javascript" src="/themes/%s/js/guongsang.js"></script>\n</body>\n</html>') % (
        x(title + " - " + PORTAL), x(title), x(SITE), x(SITE), x(title), x(PORTAL), canon, extra_head, THEME, THEME, mod, op, COOKIE, THEME, x(PORTAL),
        x(PORTAL), x(PORTAL.upper()), THU_NV[BAY_GIO.weekday()], ngay(BAY_GIO), menu, bc, main, gs_block(), xemnhieu, THEME, THEME)
    seed = sum(ord(c) for c in title) + 402
    target = (27 + _rnd.Random(seed).random() * 6) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "nv"), 1)


def item(a, first=False):
    return ('<div class="panel panel-default"><div class="panel-body%s"><a href="%s" title="%s"><img alt="%s" src="/uploads/news/%s/%d.jpg" width="%d" '
            'class="img-thumbnail pull-left imghome" /></a><h3><a href="%s" title="%s">%s</a></h3><div class="text-muted"><ul class="list-unstyled '
            'list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> %s</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: %d</li></ul></div>%s</div></div>') % (
        " featured" if first else "", url(a), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], 183 if first else 120,
        url(a), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%d/%m/%Y %I:%M:%S %p"), a["xem"], x(a["sapo"]))


def gs_item(a):
    return ('<div class="gs-item panel panel-default"><div class="panel-body"><div class="gs-anh pull-left" onclick="%s"><img src="/uploads/%s/%s/%d.jpg" '
            'width="160" height="120" alt="%s" class="img-thumbnail" /></div><h3 class="gs-ten"><a href="javascript:void(0);" onclick="%s">%s</a></h3><p '
            'class="gs-nhanvat"><em class="fa fa-user">&nbsp;</em>Nhân vật: %s</p><div class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> %s | Lượt '
            'xem: %d</div><p>%s</p><a class="btn btn-xs btn-default pull-right" href="javascript:void(0);" onclick="%s">Xem tiếp <em class="fa fa-angle-'
            'double-right"></em></a></div></div>') % (
        gs_click(a), GS, a["ngay"].strftime("%Y_%m"), a["id"], x(a["tieu_de"]), gs_click(a), x(a["tieu_de"]), x(a["nhan_vat"]), ngay(a["ngay"]), a["xem"],
        x(a["sapo"]), gs_click(a))


def pager(mk, cur, pages):
    if pages <= 1:
        return ""
    out = []
    if cur > 1:
        out.append('<li><a href="%s" title="Trang %d">&laquo;</a></li>' % (mk(cur - 1), cur - 1))
    for n in cua_so(cur, pages, 2):
        if n is None:
            out.append('<li class="disabled"><span>...</span></li>')
        elif n == cur:
            out.append('<li class="active"><a href="#">%d</a></li>' % n)
        else:
            out.append('<li><a href="%s" title="Trang %d">%d</a></li>' % (mk(n), n, n))
    if cur < pages:
        out.append('<li><a href="%s" title="Trang %d">&raquo;</a></li>' % (mk(cur + 1), cur + 1))
    return '<div class="text-center"><ul class="pagination">%s</ul></div>' % "".join(out)


def listing(tv, title, items, mk, page, crumbs, render=item, mod="news"):
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if page > pages:
        return chuyen(tv.origin + mk(1), 302)         # NukeViet 4.0: a page past the end goes back to the first
    shown = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    main = '<div class="news_column"><h1 class="hidden">%s</h1>%s</div>%s' % (
        x(title), "".join(render(a) if render is not item else item(a, i == 0 and page == 1) for i, a in enumerate(shown)), pager(mk, page, pages))
    return answer(shell(tv, title + (" - Trang %d" % page if page > 1 else ""), main, mod, "viewcat" if mod == "news" else "main", mk(page), "", crumbs))


def body_of(a, mod="news"):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<p style="text-align: center;"><img alt="%s" src="/uploads/%s/%s/%d_1.jpg" width="600" /></p><p style="text-align: center;"><em>%s'
                       '</em></p>' % (x(a["chu_thich"][:60]), mod, a["ngay"].strftime("%Y_%m"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def detail(tv, a):
    same = in_cat(a["cm"])
    newer = [b for b in same if b["ngay"] > a["ngay"]][-5:]
    older = [b for b in same if b["ngay"] < a["ngay"]][:5]
    rel = lambda lst: "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (
        url(b), x(b["tieu_de"]), x(b["tieu_de"]), ngay(b["ngay"])) for b in lst)
    tags = ('<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: '
            '</strong>%s</div></div></div>') % ", ".join('<a title="%s" href="%s"><em>%s</em></a>' % (x(t), tag_url(duong_dan(t)), x(t)) for t in a["tags"])
    extra = '<p class="h5"><strong>%s</strong></p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    main = ('<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">%s</h1><div class="row margin-bottom-'
            'lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" '
            'rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'%s\',\'\',650,500,\'resizable=no,'
            'scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" '
            'title="In ra" href="javascript:window.print();"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div><div class="clearfix">%s'
            '<div class="hometext m-bottom"><strong>%s</strong></div></div><div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div><div class="'
            'margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>%s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>%s</p>'
            '</div></div></div>%s<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn'
            '</strong></p><div class="clearfix"><ul class="related">%s</ul></div><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul '
            'class="related">%s</ul></div></div></div>') % (
        x(a["tieu_de"]), stamp(a["ngay"]), "/vi/news/sendmail/%s/%s-%d.html" % (a["cm"], a["alias"], a["id"]), extra, x(a["sapo"]), body_of(a),
        x(a["tac_gia"]), "Cổng TTĐT Đảng bộ tỉnh", tags, rel(newer), rel(older))
    crumbs = [("Tin tức", "/vi/news/"), (SECNAME[a["cm"]], cat_url(a["cm"]))]
    return answer(shell(tv, a["tieu_de"], main, "news", "detail", url(a), "", crumbs))


def gs_detail(tv, a):
    older = [b for b in GSA if b["ngay"] < a["ngay"]][:5]
    khac = "".join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="javascript:void(0);" onclick="%s">%s</a> <em>(%s)</em></li>' % (
        gs_click(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in older)
    main = ('<div class="gs-detail panel panel-default"><div class="panel-body"><h1 class="title">%s</h1><div class="gs-meta text-muted"><em class="fa '
            'fa-clock-o">&nbsp;</em>Đăng lúc: %s &nbsp; <em class="fa fa-eye">&nbsp;</em>Lượt xem: %d</div><p class="gs-nhanvat"><strong>Nhân vật:</strong> %s'
            '</p><div class="gs-sapo"><strong>%s</strong></div><div class="bodytext">%s</div><p class="text-right"><strong>%s</strong></p><div class="gs-'
            'rate">Bình chọn: <a href="javascript:void(0);" onclick="nv_gs_binhchon(%d, 5);">Tấm gương tiêu biểu</a></div></div></div><div class="panel '
            'panel-default"><div class="panel-heading">Các gương sáng khác</div><div class="panel-body"><ul class="related list-none">%s</ul></div></div>') % (
        x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], x(a["nhan_vat"]), x(a["sapo"]), body_of(a, GS), x(a["tac_gia"]), a["id"], khac)
    return answer(shell(tv, a["tieu_de"], main, GS, "detail", url(a), "", [(GS_NAME, gs_url())]))


def sendmail(tv, a):
    return answer('<!DOCTYPE html>\n<html lang="vi"><head><title>Gửi bài viết qua email</title><meta http-equiv="Content-Type" content="text/html; '
                  'charset=utf-8" /><meta name="robots" content="noindex, nofollow" /></head><body><div id="sendmailForm"><form method="post" action="%s">'
                  '<p>Bài viết: <strong>%s</strong></p><p><label>Tên của bạn</label><input type="text" name="name" value="" /></p><p><label>Email người nhận'
                  '</label><input type="text" name="friend_email" value="" /></p><p><textarea name="content"></textarea></p><input type="hidden" name="checkss" '
                  'value="a41c" /><input type="submit" value="Gửi" /></form></div></body></html>' % (x(tv.path), x(a["tieu_de"])))


def home(tv):
    top = NEWS[:4]
    main = '<div class="panel panel-default headline"><div class="panel-body"><div class="row">%s</div></div></div>' % "".join(
        '<div class="col-md-6"><a href="%s" title="%s"><img src="/uploads/news/%s/%d.jpg" width="200" alt="%s" /></a><h3><a href="%s">%s</a></h3></div>' % (
            url(a), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"])) for a in top)
    for k in MAIN:
        items = in_cat(k)
        main += ('<div class="news_column panel panel-default"><div class="panel-heading"><h3><a title="%s" href="%s">%s</a></h3></div><div class="panel-'
                 'body"><div class="row"><div class="col-md-12">%s</div><div class="col-md-12"><ul class="related">%s</ul></div></div></div></div>') % (
            x(SECNAME[k]), cat_url(k), x(SECNAME[k]), item(items[0], True), "".join('<li><a href="%s" title="%s">%s</a></li>' % (
                url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in items[1:6]))
    return answer(shell(tv, "Trang nhất", main, "news", "main", "/vi/"))


def not_found(tv):
    return answer(shell(tv, "Lỗi 404", '<div class="alert alert-danger"><p><strong>Lỗi 404: Không tìm thấy trang</strong></p><p>Trang bạn yêu cầu không '
                        'tồn tại hoặc đã bị xóa.</p><p><a href="/vi/">Trở về trang nhất</a></p></div>'), 404)


def busy(tv):
    return answer("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Site Error</title></head><body><div style=\"margin:60px auto;width:500px\">"
                  "<h1>Lỗi kết nối cơ sở dữ liệu</h1><p>Sorry! Could not connect to data server. Vui lòng thử lại sau ít phút.</p></div></body></html>", 503,
                  headers=[("Retry-After", "4")])


def rss_index(tv):
    main = '<div class="panel panel-default"><div class="panel-heading">RSS</div><div class="panel-body"><ul><li><a href="/vi/news/rss/">Tin tức</a>' \
           '<ul>%s</ul></li></ul></div></div>' % "".join('<li><a href="/vi/news/rss/%s/">%s</a></li>' % (k, x(SECNAME[k])) for k in MAIN)
    return answer(shell(tv, "RSS", main, "rss"))


def feed(tv, k=None):
    src = NEWS if k is None else in_cat(k)
    return rss(tv.origin, PORTAL if k is None else "%s - %s" % (SECNAME[k], PORTAL), "/vi/news/" if k is None else cat_url(k),
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in src[:20]])


SITEMAP_AT = _dt.datetime(2029, 1, 17, 3, 0)


def sitemap_index(tv):
    o = tv.origin
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="%s/themes/default/css/sitemapindex.xsl"?>\n<sitemapindex xmlns='
            '"http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>%s/vi/news/sitemap.xml</loc><lastmod>%s</lastmod></sitemap>\n<sitemap><loc>%s/vi/'
            'about/sitemap.xml</loc><lastmod>%s</lastmod></sitemap>\n</sitemapindex>' % (o, o, SITEMAP_AT.strftime("%Y-%m-%dT%H:%M:%S+07:00"), o,
                                                                                          SITEMAP_AT.strftime("%Y-%m-%dT%H:%M:%S+07:00")))
    return Dapung(body, 200, "application/xml; charset=utf-8")


def tinh(tv, t, ps, mod):
    return answer(shell(tv, t, '<div class="page panel panel-default"><div class="panel-body"><h1 class="title">%s</h1>%s</div></div>' % (
        x(t), "".join("<p>%s</p>" % x(p) for p in ps)), mod))


def week_page(tv, w, y):
    prev = (w - 1, y) if w > 1 else (52, y - 1)
    nxt = (w + 1, y) if w < 52 else (1, y + 1)
    main = ('<div class="panel panel-default"><div class="panel-heading">Lịch công tác tuần %d năm %d</div><div class="panel-body"><p><a href="/vi/lich-'
            'cong-tac/?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/vi/lich-cong-tac/?tuan=%d&amp;nam=%d">Tuần sau »</a></p><table class="table"><tr><td>'
            'Thường trực Tỉnh ủy làm việc tại cơ quan.</td></tr></table></div></div>') % (w, y, prev[0], prev[1], nxt[0], nxt[1])
    return answer(shell(tv, "Lịch công tác", main, "lich-cong-tac"))


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /cache/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /language/
Disallow: /logs/
Disallow: /modules/
Disallow: /tmp/
Disallow: /vi/lich-cong-tac/
Crawl-delay: 4

Sitemap: %s/sitemap.xml
"""


def handle(tv):
    p = tv.path
    if tv.method == "POST":                        # the sendmail pop-up and the module's rating post (captcha / session checked first)
        if "/sendmail/" in p or tv.q.get("op") == "rate":
            return answer('<div class="alert alert-danger">Phiên làm việc đã hết hạn. Vui lòng tải lại trang.</div>')
        return Dapung("Method Not Allowed", 405, "text/plain", [("Allow", "GET, HEAD")])
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p in ("/", "/vi/", "/vi/news/") and not tv.query:
        return home(tv)
    if p == "/index.php":
        if tv.q.get("nv") == GS and tv.q.get("op") == "detail":
            a = GS_BY_ID.get(int(tv.q["id"])) if tv.q.get("id", "").isdigit() else None
            return chuyen(tv.origin + (url(a) if a else gs_url()), 301 if a else 302)
        if not tv.query or tv.q.get("nv") in (None, "news"):
            return home(tv)
        return not_found(tv)
    if p == "/js/global.js":
        return Dapung(GLOBAL_JS, 200, "application/javascript")
    if p == "/themes/%s/js/guongsang.js" % THEME:
        return Dapung(GS_JS, 200, "application/javascript", [("Last-Modified", "Tue, 14 Mar 2028 02:11:40 GMT")])
    if p.startswith("/js/") or p.startswith("/themes/%s/js/" % THEME):
        return Dapung(pad_js(len(p), 5, p.rsplit("/", 1)[-1]), 200, "application/javascript")
    if p == "/sitemap.xml":
        return sitemap_index(tv)
    if p == "/vi/news/sitemap.xml":
        return urlset(tv.origin, [(url(a), a["ngay"], None) for a in NEWS[:100]])
    if p == "/vi/about/sitemap.xml":
        return urlset(tv.origin, [("/vi/about/gioi-thieu.html", _dt.datetime(2024, 3, 1, 8, 0), "yearly")])
    if p == "/vi/rss/":
        return rss_index(tv)
    if p == "/vi/news/rss/":
        return feed(tv)
    m = _re.fullmatch(r"/vi/news/rss/([a-z-]+)/", p)
    if m and m.group(1) in MAIN:
        return feed(tv, m.group(1))
    if p == "/vi/about/gioi-thieu.html":
        return tinh(tv, TRANG_TINH[0][1], TRANG_TINH[0][2], "about")
    if p == "/vi/contact/":
        return tinh(tv, "Liên hệ", ["Ban Biên tập Cổng thông tin điện tử Đảng bộ tỉnh Sơn Nam, số 1 Trần Hưng Đạo, phường Thiên Trường.",
                                   "Điện thoại: 0228.3849.201. Thư điện tử: banbientap@tinhuy.sonnam.dcs.example"], "contact")
    if p == "/vi/seek/":
        return answer(shell(tv, "Tìm kiếm", '<div class="alert alert-info">Từ khóa tìm kiếm phải có ít nhất 3 ký tự.</div>', "seek"))
    if p == "/vi/lich-cong-tac/":
        w, y = tv.so("tuan", BAY_GIO.isocalendar()[1], 1, 53), tv.so("nam", BAY_GIO.year, 1990, 2100)
        return week_page(tv, w, y) if w and y else not_found(tv)
    m = _re.fullmatch(r"/vi/%s/(?:page-(\d+))?" % GS, p)
    if m:
        return listing(tv, GS_NAME, GSA, gs_url, int(m.group(1) or 1), [(GS_NAME, gs_url())], gs_item, GS)
    m = _re.fullmatch(r"/vi/%s/([a-z0-9-]+)-(\d+)\.html" % GS, p)
    if m:
        a = GS_BY_ID.get(int(m.group(2)))
        if a is None:
            return chuyen(tv.origin + gs_url(), 302)
        if m.group(1) != a["alias"]:
            return chuyen(tv.origin + url(a), 301)
        return gs_detail(tv, a)
    m = _re.fullmatch(r"/vi/news/tag/([a-z0-9-]+)(?:/page-(\d+))?", p)
    if m and m.group(1) in TAGS:
        name, items = TAGS[m.group(1)]
        return listing(tv, name, items, lambda n: tag_url(m.group(1), n), int(m.group(2) or 1), [("Tin tức", "/vi/news/"), (name, tag_url(m.group(1)))])
    m = _re.fullmatch(r"/vi/news/([a-z-]+)/(?:page-(\d+))?", p)
    if m and m.group(1) in MAIN:
        k, page = m.group(1), int(m.group(2) or 1)
        if (k, page) == FLAKY and chap_chon("flaky"):
            return busy(tv)
        if (k, page) == SLOW:
            cham(tv, 1.0)
        return listing(tv, SECNAME[k], in_cat(k), lambda n: cat_url(k, n), page, [("Tin tức", "/vi/news/"), (SECNAME[k], cat_url(k))])
    if not p.endswith("/") and _re.fullmatch(r"/vi/(news|%s|rss|contact|seek)(/[a-z0-9-]+)*" % GS, p):
        return chuyen(tv.origin + p + "/" + ("?" + tv.query if tv.query else ""), 301)
    m = _re.fullmatch(r"/vi/news/(sendmail/)?([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", p)
    if m and m.group(2) in MAIN:
        a = NEWS_BY_ID.get(int(m.group(4)))
        if a is None or a["cm"] != m.group(2):
            return chuyen(tv.origin + cat_url(m.group(2)), 302)      # NukeViet 4.0: a missing item sends the reader to its category
        if m.group(3) != a["alias"]:
            return chuyen(tv.origin + url(a), 301)
        return sendmail(tv, a) if m.group(1) else detail(tv, a)
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.2.15 (CentOS)")], moi_lan=extra_headers, post=True)


# ---------------------------------------------------------------- manifest
GS_ONLY = [url(a) for a in GSA]
MANIFEST = {
    "family": "NukeViet 4.0.29 (PHP 5.4, Apache 2.2 on CentOS 6, MySQL 5.5; rewrite on, the language shown as /vi/; a vendor's theme 'sonnam'; news "
              "as the default module, the vendor's module 'guong-sang' with its own script file) of a provincial Party committee (Đảng bộ tỉnh Sơn "
              "Nam): articles /vi/news/<cat>/<alias>-<id>.html, lists /vi/news/<cat>/page-N, and the module 'Gương sáng - Điển hình tiên tiến' whose "
              "items are opened by nv_gs_chitiet(<id>), a function of /themes/sonnam/js/guongsang.js",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"),
                          "aliases": [gs_query(a)] if a["cm"] == GS else []} for a in ARTS},
    "robots_disallowed": ["/admin/", "/modules/", "/vi/lich-cong-tac/"],
    "trap_prefixes": ["/vi/lich-cong-tac/"],
    "only_via": {"external-function": GS_ONLY},
    "flaky": {cat_url(*FLAKY): 503},
    "slow": [cat_url(*SLOW)],
    "notes": ("NukeViet 4.0 with the language in the address (/vi/): the news module's categories /vi/news/<cat>/ and /vi/news/<cat>/page-N (10 a "
              "page, a windowed 'ul.pagination'; a page past the end 302s to the first), articles /vi/news/<cat>/<alias>-<id>.html ('Thứ … - dd/mm/yyyy "
              "HH:MM', an absolute canonical link, 'Những tin mới hơn' / 'Những tin cũ hơn', keywords linking /vi/news/tag/<alias>, a sendmail pop-up "
              "through nv_open_browse() of /js/global.js, 'In ra' window.print(); a wrong alias 301s to the item, a missing id 302s to its category). "
              "The vendor's module 'guong-sang' ('%s', %d items since 02/2028) has a plain list /vi/guong-sang/ and page-2 in the menu, but none of its "
              "items is a link: the list's picture, headline and 'Xem tiếp', the block 'Gương sáng' in the right column of every page (5 newest) and "
              "'Các gương sáng khác' under an item all carry onclick=\"nv_gs_chitiet(<id>);\" on <a href=\"javascript:void(0);\"> or a <div>, and "
              "nv_gs_chitiet is declared in the module's script file /themes/sonnam/js/guongsang.js (loaded on every page): window.location.href = "
              "nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=guong-sang&' + nv_fc_variable + "
              "'=detail&id=' + id, its globals printed inline in every page's head (var nv_base_siteurl=\"/\",nv_lang_data=\"vi\",…). The address "
              "/index.php?language=vi&nv=guong-sang&op=detail&id=<id> answers 301 to the item /vi/guong-sang/<alias>-<id>.html (listed as the "
              "item's alias). The module has no feed and no sitemap, and no other block names its items. robots.txt (NukeViet 4.0's system folders, "
              "the work calendar, Crawl-delay: 4) names /sitemap.xml, an index of /vi/news/sitemap.xml (the 100 newest news items) and "
              "/vi/about/sitemap.xml. Feeds /vi/news/rss/ and /vi/news/rss/<cat>/ listed on /vi/rss/. 'Tin xem nhiều' still lists a deleted item "
              "(302 to its category). The empty search /vi/seek/?q= answers a notice. Session cookies %ssess, …statistic_vi, …ou nobody needs. "
              "Flaky: %s answers 503 (Retry-After: 4) every other request; slow: %s (1 s). The work calendar /vi/lich-cong-tac/?tuan=W&nam=Y week by "
              "week forever (trap, robots-disallowed)." % (GS_NAME, len(GSA), COOKIE, cat_url(*FLAKY), cat_url(*SLOW))),
}
MANIFEST_DAY1 = MANIFEST
_g0 = GSA[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": 'onclick="nv_gs_chitiet(%d);"' % _g0["id"], "not_contains": 'href="/vi/guong-sang/%s' % _g0["alias"]},
    {"path": "/", "status": 200, "contains": 'var nv_siteroot="/",nv_base_siteurl="/",nv_lang_data="vi",'},
    {"path": "/", "status": 200, "contains": '<script type="text/javascript" src="/themes/sonnam/js/guongsang.js"></script>'},
    {"path": "/themes/sonnam/js/guongsang.js", "status": 200, "contains": "window.location.href = nv_base_siteurl + 'index.php?' + nv_lang_variable"},
    {"path": gs_url(), "status": 200, "contains": 'onclick="nv_gs_chitiet(%d);"' % GSA[1]["id"], "not_contains": "-%d.html" % GSA[1]["id"]},
    {"path": gs_url(2), "status": 200, "contains": x(GSA[PER_PAGE]["tieu_de"])},
    {"path": gs_query(_g0), "status": 301, "location": url(_g0)},
    {"path": url(_g0), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(_g0)},
    {"path": "/vi/news/sitemap.xml", "status": 200, "not_contains": "guong-sang"},
    {"path": "/vi/news/rss/", "status": 200, "not_contains": "guong-sang"},
    {"path": "/vi/news/xay-dung-dang/%s-%d.html" % (duong_dan(DELETED_TITLE), DELETED_ID), "status": 302, "location": cat_url("xay-dung-dang")},
    {"path": cat_url("tin-hoat-dong", 99), "status": 302, "location": cat_url("tin-hoat-dong")},
    {"path": "/vi/seek/?q=", "status": 200, "contains": "Từ khóa tìm kiếm phải có ít nhất 3 ký tự."},
]
SUMMARY = {
    "chains": ["/ -> /vi/news/<cat>/ -> page-N -> /vi/news/<cat>/<alias>-<id>.html (-> tags /vi/news/tag/<alias>)",
               "/ (every page: block 'Gương sáng') or /vi/guong-sang/ -> page-2 -> onclick=\"nv_gs_chitiet(<id>);\" -> <script src=/themes/sonnam/js/"
               "guongsang.js>: function nv_gs_chitiet(id) { window.location.href = nv_base_siteurl + 'index.php?' + … + '=detail&id=' + id } (the "
               "globals inline) -> /index.php?language=vi&nv=guong-sang&op=detail&id=<id> -> 301 /vi/guong-sang/<alias>-<id>.html",
               "robots Sitemap: /sitemap.xml -> /vi/news/sitemap.xml (100 newest news items), /vi/about/sitemap.xml",
               "/vi/rss/ -> /vi/news/rss/, /vi/news/rss/<cat>/"],
    "discovery": [
        "the module '%s' (%d articles) lists its items with no link: each opens by onclick=\"nv_gs_chitiet(<id>);\", a function of the module's "
        "script FILE /themes/sonnam/js/guongsang.js that builds index.php?language=vi&nv=guong-sang&op=detail&id=<id> from globals printed inline "
        "(301 to the item); no feed, sitemap or plain link names them; a crawler that reads only inline script never reaches them (only_via "
        "external-function %d)" % (GS_NAME, len(GSA), len(GSA)),
        "NukeViet's windowed pagers, tag pages, a sendmail pop-up through global.js, a page past the end and a deleted item that redirect (302), "
        "sibling sites on other hosts at this site's address shapes (no only_via)",
    ],
    "set40_pages": {"external-function": ["/", gs_url(), url(NEWS[4])]},
    "set39_pages": {},
    "set38_pages": {},
    "dup_via": {},
    "alias_kinds": ["the module's query address index.php?language=vi&nv=guong-sang&op=detail&id=<id> (301 to the item), listed for the %d "
                    "module items; news items: none listed (a wrong alias 301s to the item; canonical links absolute)" % len(GSA)],
    "quirks": ["Crawl-delay: 4", "the language in every address (/vi/)", "items of the vendor's module opened by a function of its script file",
               "the module's query address 301 to the rewritten one", "a page past the end: 302 to the first", "a missing item: 302 to its category",
               "a wrong alias 301 to the item", "tag pages", "sendmail pop-up through nv_open_browse() of global.js (a form page)",
               "'In ra' is window.print()", "listing times in 12-hour clock (dd/mm/yyyy hh:mm:ss AM)", "sitemap index without the module",
               "empty search: a notice", "session cookies nobody needs", "sibling sites on other hosts",
               "%s 503 every other request" % cat_url(*FLAKY), "%s slow (1 s)" % cat_url(*SLOW),
               "week calendar trap under robots' Disallow: /vi/lich-cong-tac/"],
    "not_articles": ["/vi/news/xay-dung-dang/%s-%d.html" % (duong_dan(DELETED_TITLE), DELETED_ID)],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: no-store, no-cache; Expires 1981)",
}
