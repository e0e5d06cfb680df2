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
