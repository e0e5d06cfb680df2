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
SITE = "Văn phòng Tỉnh ủy Kinh Bắc"
SECS = [(1, "Tin hoạt động", 9, "tinhuy", "bai"), (2, "Hoạt động của Thường trực Tỉnh ủy", 5, "tinhuy", "bai"),
        (3, "Tin cơ sở", 5, "xa", "bai"), (4, "Nghiên cứu - Trao đổi", 2, "tinhuy", "dai")]
TB = 9                                                # the notices: another table, opened in a pop-up window
SECNAME = dict([(k, n) for k, n, _, _, _ in SECS] + [(TB, "Thông báo")])
MAIN = [k for k, _, _, _, _ in SECS]
HUYEN = ["Đông Ngàn", "Thiên Đức", "Lạc Thổ", "Quế Dương", "Vũ Ninh", "Yên Dũng", "Tiên Phong"]
XA = ["Phù Khê", "Tam Sơn", "Hoàn Sơn", "Nội Duệ", "Song Hồ", "Đình Tổ", "Phong Khê", "Hòa Long"]
AP = ["Thôn Đông Xá", "Thôn Trung Bạn", "Thôn Cẩm Giang", "Thôn Lũng Giang", "Thôn Tiêu Long", "Thôn Vĩnh Kiều"]
PER_PAGE = 10
TB_PER_PAGE = 10
POPUP = "scrollbars=yes,resizable=yes,width=780,height=600"

_s = SoanTin(40101, 97, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP,
             lich=lich22(40101, 97, tu_ngay=_dt.datetime(2027, 12, 6), gan=6), id_dau=3100, buoc=4, cm_dau=(1, 3, 2, 1), nguon="VPTU",
             chu_de=("dai-hoi-xiv", "hai-cap", "chuyen-doi-so", "to-chuc", "kinh-te", "xa-hoi", "den-on"))
_t = SoanTin(40102, 20, [(TB, 1, "tinhuy", "thongbao")], HUYEN, XA, AP,
             lich=lich22(40102, 20, tu_ngay=_dt.datetime(2028, 1, 9), moc=BAY_GIO - _dt.timedelta(hours=20), gan=2), id_dau=700, buoc=9,
             nguon="VPTU", chu_de=("dai-hoi-xiv", "hai-cap", "to-chuc", "chuyen-doi-so", "den-on"))
dat_ten_thong_bao(_t.items, "TU")
_KY = ["Nguyễn Văn Tiến", "Trần Thị Hậu", "Lê Đức Khôi"]     # the office's chiefs who signed, newest first
_LANH_DAO = [("Ngô Quang Hiển", "Bí thư Tỉnh ủy"), ("Đỗ Thị Lan Phương", "Phó Bí thư Thường trực Tỉnh ủy"),
             ("Vũ Minh Đạo", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]
_R = _rnd.Random(40103)


def _han(d, ngay_sau):
    return ngay(d + _dt.timedelta(days=ngay_sau))


def _noi_dung_tb(a, i):
    """The office's notices as it really words them: conclusions of a working session, the Standing Committee's opinion, the
    secretary's citizen-reception schedule; every date after the notice's own."""
    r, d = _R, a["ngay"]
    so = a["so_hieu"].replace("Số ", "")
    v = r.choice(CHU_DE[a["chu_de"]][1])
    ten, chuc = _LANH_DAO[i % 3]
    xa_ = r.choice(XA)
    loai = i % 4
    hop = d - _dt.timedelta(days=r.randint(2, 6))
    if loai == 0:
        a["tieu_de"] = "Thông báo số %s kết luận của đồng chí %s tại buổi làm việc với Ban Thường vụ Đảng ủy xã %s" % (so, chuc, xa_)
        a["sapo"] = "Ngày %s, đồng chí %s, %s làm việc với Ban Thường vụ Đảng ủy xã %s; Văn phòng Tỉnh ủy thông báo kết luận như sau." % (
            ngay(hop), ten, chuc, xa_)
    elif loai == 1:
        a["tieu_de"] = "Thông báo số %s ý kiến của Ban Thường vụ Tỉnh ủy về %s" % (so, v)
        a["sapo"] = "Tại phiên họp ngày %s, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến về %s. Văn phòng Tỉnh ủy thông báo ý kiến như sau." % (ngay(hop), v)
    elif loai == 2:
        thang = d + _dt.timedelta(days=20)
        a["tieu_de"] = "Thông báo số %s lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy tháng %d/%d" % (so, thang.month, thang.year)
        a["sapo"] = "Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị, Văn phòng Tỉnh ủy thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy."
    else:
        a["tieu_de"] = "Thông báo số %s kết luận của Thường trực Tỉnh ủy về %s" % (so, v)
        a["sapo"] = "Ngày %s, Thường trực Tỉnh ủy họp nghe báo cáo tình hình %s. Văn phòng Tỉnh ủy thông báo kết luận của Thường trực Tỉnh ủy." % (
            ngay(hop), v)
    if loai == 2:
        a["doan"] = [
            "Đồng chí %s, Bí thư Tỉnh ủy tiếp công dân vào ngày %s, từ 8 giờ 00 phút đến 11 giờ 30 phút, tại Trụ sở tiếp công dân của tỉnh (số 9 "
            "Lý Thái Tổ, phường Vũ Ninh); trường hợp đồng chí Bí thư bận công tác đột xuất, Văn phòng Tỉnh ủy sẽ thông báo lịch tiếp bù." % (
                _LANH_DAO[0][0], _han(d, r.randint(18, 26))),
            "Công dân đến đăng ký tiếp tại Ban Tiếp công dân tỉnh trước ngày %s, mang theo giấy tờ tùy thân và tài liệu liên quan; đề nghị Ban "
            "Nội chính Tỉnh ủy, Thanh tra tỉnh và Sở Tư pháp chuẩn bị hồ sơ, báo cáo các vụ việc phức tạp, kéo dài ở xã %s và phường %s." % (
                _han(d, r.randint(8, 14)), xa_, r.choice(HUYEN)),
            "Văn phòng Tỉnh ủy phối hợp với Công an tỉnh bảo đảm an ninh, trật tự tại nơi tiếp công dân; Báo Kinh Bắc và Đài Phát thanh - Truyền "
            "hình tỉnh đưa tin về kết quả buổi tiếp theo quy định, gửi báo cáo về Thường trực Tỉnh ủy trước ngày %s." % _han(d, r.randint(28, 36)),
        ]
    else:
        a["doan"] = [
            "%s ghi nhận, đánh giá cao những kết quả đạt được trong %s; có %d/%d chỉ tiêu đạt và vượt kế hoạch, công tác xây dựng Đảng và hệ thống "
            "chính trị có chuyển biến rõ nét, %d tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ." % (
                "Đồng chí " + chuc if loai == 0 else "Ban Thường vụ Tỉnh ủy" if loai == 1 else "Thường trực Tỉnh ủy", v, r.randint(14, 19),
                r.randint(20, 22), r.randint(8, 60)),
            "Bên cạnh đó còn một số hạn chế: việc cụ thể hóa nghị quyết ở một số chi bộ còn chậm, %d vụ việc tồn đọng chưa được giải quyết dứt điểm, "
            "việc ứng dụng công nghệ thông tin trong quản lý hồ sơ đảng viên ở xã %s chưa đồng bộ, chất lượng sinh hoạt chi bộ chưa đều." % (
                r.randint(2, 9), r.choice(XA)),
            "Thời gian tới, đề nghị %s tập trung lãnh đạo thực hiện %s, rà soát các chỉ tiêu chưa đạt, báo cáo kết quả về Thường trực Tỉnh ủy (qua "
            "Văn phòng Tỉnh ủy) trước ngày %s; Ban Tổ chức Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy theo dõi, đôn đốc." % (
                "Ban Thường vụ Đảng ủy xã " + xa_ if loai == 0 else "các cấp ủy, tổ chức đảng", v, _han(d, r.randint(25, 50))),
            "Giao Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện thông báo này; các cơ quan báo chí của tỉnh tuyên truyền kết quả, tránh "
            "đưa tin về nội dung chưa được Ban Thường vụ Tỉnh ủy cho phép công bố đến hết ngày %s." % _han(d, r.randint(3, 9)),
        ]


for _i, _a in enumerate(_t.items):
    _a["ky"] = _KY[0] if _a["ngay"] >= _dt.datetime(2028, 9, 1) else _KY[1] if _a["ngay"] >= _dt.datetime(2028, 3, 1) else _KY[2]
    _a["tac_gia"] = "Văn phòng Tỉnh ủy"
    _a["pdf"] = "%s-TB-TU.pdf" % _a["so_hieu"].split()[1].split("-")[0]
    _noi_dung_tb(_a, _i)
ARTS = sorted(_s.items + _t.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
TIN = [a for a in ARTS if a["cm"] in MAIN]
TBA = [a for a in ARTS if a["cm"] == TB]
BY_ID = {a["id"]: a for a in TIN}                     # table dbo.TinTuc
TB_BY_ID = {a["id"]: a for a in TBA}                  # table dbo.ThongBao
DELETED_ID = next(i for i in range(3350, 3700) if i not in BY_ID)
DELETED_TITLE = "Hội nghị giao ban công tác văn phòng cấp ủy quý III năm 2028"
FLAKY = (1, 3)
SLOW = (3, 2)
SESSION = "k3v0zq55m1xw2yb4rj0cfu45"
LIEN_KET = [("Tỉnh ủy Kinh Bắc", "http://tinhuy.kinhbac.dcs.example/"), ("Ban Tổ chức Tỉnh ủy", "http://btc.kinhbac.dcs.example/TinTuc.aspx?MaCM=1"),
            ("Ủy ban Kiểm tra Tỉnh ủy", "http://ubkt.kinhbac.dcs.example/ChiTietTin.aspx?ID=1"), ("Báo Kinh Bắc", "http://baokinhbac.example/"),
            ("Cổng thông tin điện tử tỉnh", "http://kinhbac.gov.example/")]
VAN_BAN = [("Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "qd296-tw.pdf"),
           ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XXI, nhiệm kỳ 2025 - 2030", "quyche-bch-2025.pdf"),
           ("Chương trình công tác toàn khóa của Ban Thường vụ Tỉnh ủy", "ct-toankhoa.pdf"),
           ("Kế hoạch số 118-KH/TU về tổng kết công tác năm 2028", "kh118-tu.pdf")]


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k]


def url(a):
    return ("/XemThongBao.aspx?ID=%d" if a["cm"] == TB else "/ChiTietTin.aspx?ID=%d") % a["id"]


def rel_(u):
    """The vendor's links are document-relative (every page lives in the site's root folder)."""
    return x(u[1:])


def list_url(k, trang=1):
    return "/TinTuc.aspx?MaCM=%d%s" % (k, "&Trang=%d" % trang if trang > 1 else "")


def tb_url(trang=1):
    return "/ThongBao.aspx" + ("?Trang=%d" % trang if trang > 1 else "")


def popup(a, name="ThongBao", feats=POPUP):
    """Dreamweaver's 'Open Browser Window' behaviour on a link, as the vendor's notice lists print it."""
    return "MM_openBrWindow('%s','%s','%s')" % (url(a)[1:], name, feats)


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s - %s" % (ngay(d), gio(d))


def extra_headers(tv, out):
    h = [("X-Powered-By", "ASP.NET"), ("X-AspNet-Version", "1.1.4322")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h.append(("Set-Cookie", "ASP.NET_SessionId=%s; path=/" % SESSION))
    return h


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private")] + list(headers))


def form_action(tv):
    return x(tv.path.lstrip("/").split("/")[-1] + ("?" + tv.query if tv.query else "")) or "Default.aspx"


MENU = [("Trang chủ", "Default.aspx", 1), ("Giới thiệu", "GioiThieu.aspx", 2), ("Tin hoạt động", "TinTuc.aspx?MaCM=1", 3),
        ("Thường trực Tỉnh ủy", "TinTuc.aspx?MaCM=2", 4), ("Tin cơ sở", "TinTuc.aspx?MaCM=3", 5), ("Nghiên cứu", "TinTuc.aspx?MaCM=4", 6),
        ("Thông báo", "ThongBao.aspx", 7), ("Văn bản", "VanBan.aspx", 8), ("Liên hệ", "LienHe.aspx", 9)]


def shell(tv, title, main, crumb=""):
    seed = sum(ord(c) for c in title) + 401
    menu = "".join('<td><a href="%s" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'Image%d\',\'\',\'images/menu_%02d_on.gif\',1)">'
                   '<img src="images/menu_%02d.gif" alt="%s" name="Image%d" width="108" height="32" border="0"></a></td>' % (u, n, n, n, x(t), n)
                   for t, u, n in MENU)
    chuyen_muc = "".join('<tr><td class="cm_trai"><img src="images/arrow.gif" width="7" height="7"> <a href="%s">%s</a></td></tr>' % (
        rel_(list_url(k)), x(SECNAME[k])) for k in MAIN)
    chuyen_muc += '<tr><td class="cm_trai"><img src="images/arrow.gif" width="7" height="7"> <a href="ThongBao.aspx">Thông báo</a></td></tr>'
    tb = "".join('<tr><td class="tb_phai"><img src="images/new.gif" width="28" height="11"> <a href="#" onClick="%s">%s</a> <span class="ngay">(%s)'
                 '</span></td></tr>' % (popup(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in TBA[:5])
    doc = sorted(TIN[:50], key=lambda a: -a["xem"])[:5]
    doc_nhieu = "".join('<tr><td class="tin_phai"><a href="%s">%s</a></td></tr>' % (rel_(url(a)), x(a["tieu_de"])) for a in doc[:3])
    doc_nhieu += '<tr><td class="tin_phai"><a href="ChiTietTin.aspx?ID=%d">%s</a></td></tr>' % (DELETED_ID, x(DELETED_TITLE))
    doc_nhieu += "".join('<tr><td class="tin_phai"><a href="%s">%s</a></td></tr>' % (rel_(url(a)), x(a["tieu_de"])) for a in doc[3:])
    vb = "".join('<tr><td class="tin_phai"><img src="images/pdf.gif" width="16" height="16"> <a href="Upload/VanBan/%s" target="_blank">%s</a></td>'
                 '</tr>' % (f, x(t)) for t, f in VAN_BAN[:3])
    marquee = " &nbsp;&nbsp;&#9632;&nbsp;&nbsp; ".join('<a href="%s" class="chay">%s</a>' % (rel_(url(a)), x(a["tieu_de"])) for a in TIN[:6])
    lk = "".join('<option value="%s">%s</option>' % (u, x(t)) for t, u in LIEN_KET)
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><!-- InstanceBegin template="/Templates/main.dwt.aspx" codeOutsideHTMLIsLocked='
        '"false" -->\n<head>\n<!-- InstanceBeginEditable name="doctitle" -->\n<title>%s</title>\n<!-- InstanceEndEditable -->\n<meta http-equiv="Content-'
        'Type" content="text/html; charset=utf-8">\n<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1">\n<meta name="keywords" content="văn '
        'phòng tỉnh ủy, tỉnh ủy kinh bắc, đảng bộ tỉnh kinh bắc">\n<link href="css/style.css" rel="stylesheet" type="text/css">\n<style type="text/css">\n'
        '<!--\n\x00CSS\x00\n-->\n</style>\n<script language="JavaScript" type="text/JavaScript">\n<!--\n%s//-->\n</script>\n</head>\n<body leftmargin="0" '
        'topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages(\'images/menu_01_on.gif\',\'images/menu_03_on.gif\',\'images/menu_07_on'
        '.gif\')">\n<form name="Form1" method="post" action="%s" id="Form1">\n<input type="hidden" name="__VIEWSTATE" value="%s" />\n\n<table width="1002" '
        'border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">\n  <tr>\n    <td colspan="3"><img src="images/banner.jpg" width="1002" '
        'height="145" alt="%s"></td>\n  </tr>\n  <tr>\n    <td colspan="3" class="menu_ngang"><table border="0" cellpadding="0" cellspacing="0"><tr>%s</tr>'
        '</table></td>\n  </tr>\n  <tr>\n    <td colspan="3" class="dong_chay"><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td width='
        '"220" class="ngay_thang">%s, ngày %s</td><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">%s</marquee></td>'
        '</tr></table></td>\n  </tr>\n  <tr>\n    <td width="200" valign="top" class="cot_trai"><table width="100%%" border="0" cellspacing="0" '
        'cellpadding="3"><tr><td class="tieu_de_khoi">CHUYÊN MỤC</td></tr>%s<tr><td class="tieu_de_khoi">LỊCH CÔNG TÁC</td></tr><tr><td '
        'class="cm_trai"><a href="LichCongTac.aspx"><img src="images/lich.gif" width="16" height="16" border="0"> Lịch công tác của Thường trực '
        'Tỉnh ủy</a></td></tr><tr><td class="tieu_de_khoi">TÌM KIẾM</td></tr><tr><td><input name="txtTuKhoa" '
        'type="text" id="txtTuKhoa" class="o_tim" size="16" /> <input type="submit" name="btnTim" value="Tìm" id="btnTim" class="nut_tim" /></td></tr>'
        '<tr><td class="tieu_de_khoi">LIÊN KẾT WEBSITE</td></tr><tr><td><select name="lienket" onChange="MM_jumpMenu(\'parent\',this,0)" class="o_chon">'
        '<option value="" selected>--- Chọn liên kết ---</option>%s</select></td></tr><tr><td class="tieu_de_khoi">THĂM DÒ Ý KIẾN</td></tr><tr><td '
        'class="binh_chon">Bạn thấy nội dung trang thông tin như thế nào?<br><input type="radio" name="rdBinhChon" value="1"> Phong phú<br><input type='
        '"radio" name="rdBinhChon" value="2"> Bình thường<br><input type="radio" name="rdBinhChon" value="3"> Cần cải tiến<br><input type="button" '
        'value="Xem kết quả" class="nut_tim" onClick="MM_openBrWindow(\'BinhChon.aspx?ID=3\',\'BinhChon\',\'width=420,height=320\')"></td></tr><tr><td '
        'class="dem">Số lượt truy cập: <b>2.318.447</b><br>Đang trực tuyến: <b>37</b></td></tr></table></td>\n    <td width="582" valign="top" class="'
        'cot_giua"><!-- InstanceBeginEditable name="NoiDung" -->%s%s<!-- InstanceEndEditable --></td>\n    <td width="220" valign="top" class="cot_phai">'
        '<table width="100%%" border="0" cellspacing="0" cellpadding="3"><tr><td class="tieu_de_khoi">THÔNG BÁO</td></tr>%s<tr><td align="right"><a '
        'href="ThongBao.aspx" class="xem_them">Xem tất cả »</a></td></tr><tr><td class="tieu_de_khoi">TIN ĐỌC NHIỀU</td></tr>%s<tr><td class="'
        'tieu_de_khoi">VĂN BẢN MỚI</td></tr>%s<tr><td align="right"><a href="VanBan.aspx" class="xem_them">Xem tất cả »</a></td></tr><tr><td class="'
        'tieu_de_khoi">GÓP Ý</td></tr><tr><td><a href="#" onClick="MM_openBrWindow(\'GopY.aspx\',\'GopY\',\'width=520,height=460\')"><img src="images/'
        'gopy.gif" width="200" height="60" border="0" alt="Gửi góp ý cho Ban Biên tập"></a></td></tr></table></td>\n  </tr>\n  <tr>\n    <td colspan="3" '
        'class="chan_trang"><a href="Default.aspx">Trang chủ</a> | <a href="GioiThieu.aspx">Giới thiệu</a> | %s | <a href="ThongBao.aspx">Thông báo</a> | '
        '<a href="RSS.aspx">RSS</a> | <a href="LienHe.aspx">Liên hệ</a><br><b>TRANG THÔNG TIN ĐIỆN TỬ VĂN PHÒNG TỈNH ỦY KINH BẮC</b><br>Địa chỉ: số 4 '
        'Lý Thái Tổ, phường Vũ Ninh. Điện thoại: 0222.3822.516 - Fax: 0222.3822.517<br>Ghi rõ nguồn "Văn phòng Tỉnh ủy Kinh Bắc" khi phát hành lại '
        'thông tin từ website này. Thiết kế và phát triển: Trung tâm Tin học Kinh Bắc (2006)</td>\n  </tr>\n</table>\n</form>\n</body>\n<!-- '
        'InstanceEnd --></html>\n') % (
        x(title + " - " + SITE), MM_BEHAVIOURS, form_action(tv), viewstate11(seed, 3), x(SITE), menu, TEN_THU[BAY_GIO.weekday()], ngay(BAY_GIO),
        marquee, chuyen_muc, lk, crumb, main, tb, doc_nhieu, vb,
        " | ".join('<a href="%s">%s</a>' % (rel_(list_url(k)), x(SECNAME[k])) for k in MAIN))
    target = (25 + _rnd.Random(seed).random() * 6) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "vp"), 1)


def crumb(k):
    return '<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="%s">%s</a></div>' % (
        rel_(tb_url() if k == TB else list_url(k)), x(SECNAME[k]))


def pager(mk, trang, pages):
    if pages <= 1:
        return ""
    nav = []
    if trang > 1:
        nav.append('<a href="%s">[Đầu]</a> <a href="%s">[Trước]</a>' % (rel_(mk(1)), rel_(mk(trang - 1))))
    for n in range(1, pages + 1):
        nav.append('<span class="trang_hien">%d</span>' % n if n == trang else '<a href="%s">%d</a>' % (rel_(mk(n)), n))
    if trang < pages:
        nav.append('<a href="%s">[Sau]</a> <a href="%s">[Cuối]</a>' % (rel_(mk(trang + 1)), rel_(mk(pages))))
    return '<div class="phan_trang">Trang: %s</div>' % " ".join(nav)


def tin_tuc(tv, k, trang):
    items = in_sec(k) if k in MAIN else []
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    shown = items[(trang - 1) * PER_PAGE:trang * PER_PAGE]
    if not shown:
        return answer(shell(tv, SECNAME.get(k, "Tin tức"), '<p class="thong_bao">Chưa có tin trong chuyên mục này.</p>', crumb(k) if k in MAIN else ""))
    rows = "".join(
        '<tr><td class="o_tin"><a href="%s"><img src="Upload/Anh/%s/%d.jpg" width="130" height="95" align="left" border="0" class="anh_nho"></a><a '
        'href="%s" class="tieu_de_tin">%s</a> <span class="ngay">(%s)</span><br><span class="tom_tat">%s</span></td></tr>' % (
            rel_(url(a)), a["ngay"].strftime("%Y%m"), a["id"], rel_(url(a)), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"])) for a in shown)
    main = '<div class="tieu_de_cm">%s</div><table width="100%%" border="0" cellpadding="4" cellspacing="0">%s</table>%s' % (
        x(SECNAME[k].upper()), rows, pager(lambda n: list_url(k, n), trang, pages))
    return answer(shell(tv, SECNAME[k], main, crumb(k)))


def thong_bao(tv, trang):
    pages = max(1, (len(TBA) + TB_PER_PAGE - 1) // TB_PER_PAGE)
    shown = TBA[(trang - 1) * TB_PER_PAGE:trang * TB_PER_PAGE]
    if not shown:
        return answer(shell(tv, "Thông báo", '<p class="thong_bao">Chưa có thông báo.</p>', crumb(TB)))
    rows = "".join(
        '<tr class="%s"><td align="center">%d</td><td nowrap>%s</td><td><a href="#" onClick="%s" class="tieu_de_tb">%s</a></td><td align="center">%s'
        '</td><td align="center"><a href="Upload/ThongBao/%s" target="_blank"><img src="images/pdf.gif" width="16" height="16" border="0" alt="Tải về">'
        '</a></td></tr>' % ("dong_chan" if i % 2 else "dong_le", (trang - 1) * TB_PER_PAGE + i + 1, x(a["so_hieu"].replace("Số ", "")),
                            popup(a), x(a["tieu_de"]), ngay(a["ngay"]), a["pdf"]) for i, a in enumerate(shown))
    main = ('<div class="tieu_de_cm">THÔNG BÁO</div><p class="huong_dan">Bấm vào trích yếu để xem nội dung thông báo; bấm biểu tượng để tải tệp đính '
            'kèm.</p><table id="dgThongBao" width="100%%" border="1" bordercolor="#C9D7E6" cellpadding="4" cellspacing="0" style="border-collapse:'
            'collapse"><tr class="dong_tieu_de"><td width="30">STT</td><td width="90">Số, ký hiệu</td><td>Trích yếu nội dung</td><td width="80">Ngày '
            'ban hành</td><td width="40">Tệp</td></tr>%s</table>%s') % (rows, pager(tb_url, trang, pages))
    return answer(shell(tv, "Thông báo", main, crumb(TB)))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        out.append('<p align="justify">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table width="450" border="0" align="center" cellpadding="3" cellspacing="0"><tr><td><img src="Upload/Anh/%s/%d_1.jpg" '
                       'width="450"></td></tr><tr><td class="image_desc">%s</td></tr></table>' % (a["ngay"].strftime("%Y%m"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def chi_tiet(tv, a):
    khac = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:10]
    main = ('<table width="100%%" border="0" cellpadding="4" cellspacing="0"><tr><td><span id="lblTieuDe" class="tieu_de_ct">%s</span></td></tr><tr><td '
            'class="ngay">Ngày đăng: <span id="lblNgayDang">%s</span> &nbsp;|&nbsp; Lượt xem: %d</td></tr><tr><td><span id="lblTomTat" class="tom_tat_ct"><b>'
            '%s</b></span></td></tr><tr><td class="noi_dung"><span id="lblNoiDung">%s</span><p align="right"><b>%s</b></p></td></tr><tr><td align="right" '
            'class="cong_cu"><a href="#" onClick="MM_openBrWindow(\'GuiEmail.aspx?ID=%d\',\'GuiEmail\',\'width=460,height=380\')"><img src="images/email.gif" '
            'width="16" height="16" border="0"> Gửi email</a> | <a href="javascript:window.print()"><img src="images/print.gif" width="16" height="16" '
            'border="0"> In bài</a> | <a href="javascript:history.back()">Quay lại</a></td></tr></table><table width="100%%" border="0" cellpadding="3" '
            'cellspacing="0" class="tin_khac"><tr><td class="tieu_de_khoi">CÁC TIN KHÁC</td></tr>%s</table>') % (
        x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]), a["id"],
        "".join('<tr><td><img src="images/arrow.gif" width="7" height="7"> <a href="%s">%s</a> <span class="ngay">(%s)</span></td></tr>' % (
            rel_(url(b)), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))
    return answer(shell(tv, a["tieu_de"], main, crumb(a["cm"])))


def khong_co(tv):
    return answer(shell(tv, "Thông báo", '<p class="thong_bao">Tin bài không tồn tại hoặc đã bị xóa.</p><p><a href="Default.aspx">Về trang chủ</a></p>'))


def popup_page(tv, title, inner, seed):
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>%s</title>\n<meta http-equiv="Content-Type" content="'
        'text/html; charset=utf-8">\n<link href="css/popup.css" rel="stylesheet" type="text/css">\n<style type="text/css">\n<!--\n\x00CSS\x00\n-->\n</style>'
        '\n</head>\n<body leftmargin="10" topmargin="10" onLoad="window.focus()">\n<form name="Form1" method="post" action="%s" id="Form1">\n<input type='
        '"hidden" name="__VIEWSTATE" value="%s" />\n<table width="100%%" border="0" cellpadding="4" cellspacing="0"><tr><td class="tb_dau"><img src="'
        'images/logo_nho.gif" width="40" height="40" align="absmiddle"> VĂN PHÒNG TỈNH ỦY KINH BẮC</td></tr>%s<tr><td align="center" class="tb_cong_cu">'
        '<a href="javascript:window.print()">[In]</a> &nbsp; <a href="javascript:window.close()">[Đóng cửa sổ]</a></td></tr></table>\n</form>\n</body>\n'
        '</html>\n') % (x(title), form_action(tv), viewstate11(seed, 1), inner)
    target = (11 + _rnd.Random(seed).random() * 3) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "tb"), 1)


def xem_thong_bao(tv, a):
    ps = "".join('<p align="justify">%s</p>' % x(p) for p in a["doan"])
    inner = ('<tr><td class="tb_tieu_de">%s</td></tr><tr><td class="tb_ngay">Ngày đăng: %s &nbsp; - &nbsp; %s</td></tr><tr><td class="tb_noi_dung"><p>'
             '<b>%s</b></p>%s<p align="right"><b>T/L BAN THƯỜNG VỤ TỈNH ỦY<br>CHÁNH VĂN PHÒNG</b><br><br><br><b>%s</b></p><p class="tb_nguon">Nơi phát '
             'hành: %s</p></td></tr><tr><td class="tb_tep">Tệp đính kèm: <a href="Upload/ThongBao/%s" target="_blank">%s</a></td></tr>') % (
        x(a["tieu_de"]), stamp(a["ngay"]), x(a["so_hieu"]), x(a["sapo"]), ps, x(a["ky"]), x(a["tac_gia"]), a["pdf"], a["pdf"])
    return answer(popup_page(tv, a["tieu_de"] + " - " + SITE, inner, a["id"] * 7 + 1))


def popup_msg(tv, title, msg):
    return answer(popup_page(tv, title + " - " + SITE, '<tr><td class="tb_noi_dung">%s</td></tr>' % msg, len(title) + 3))


def gui_email(tv, a):
    inner = ('<tr><td class="tb_tieu_de">Gửi bài viết qua thư điện tử</td></tr><tr><td>Bài viết: <b>%s</b></td></tr><tr><td>Họ tên: <input name="'
             'txtHoTen" type="text" size="30"><br>Thư điện tử người nhận: <input name="txtEmail" type="text" size="30"><br><textarea name="txtLoiNhan" '
             'cols="40" rows="4"></textarea><br><input type="submit" name="btnGui" value="Gửi"></td></tr>') % x(a["tieu_de"])
    return answer(popup_page(tv, "Gửi email - " + SITE, inner, a["id"] + 5))


def home(tv):
    top = TIN[0]
    main = ('<table width="100%%" border="0" cellpadding="4" cellspacing="0" class="tin_noi_bat"><tr><td><a href="%s"><img src="Upload/Anh/%s/%d.jpg" '
            'width="260" height="190" align="left" border="0" class="anh_lon"></a><a href="%s" class="tieu_de_lon">%s</a><br><span class="ngay">(%s)</span>'
            '<br><span class="tom_tat">%s</span></td></tr><tr><td><ul class="tin_lien_quan">%s</ul></td></tr></table>') % (
        rel_(url(top)), top["ngay"].strftime("%Y%m"), top["id"], rel_(url(top)), x(top["tieu_de"]), ngay(top["ngay"]), x(top["sapo"]),
        "".join('<li><a href="%s">%s</a></li>' % (rel_(url(a)), x(a["tieu_de"])) for a in TIN[1:4]))
    for k in MAIN:
        items = in_sec(k)[:5]
        main += ('<table width="100%%" border="0" cellpadding="3" cellspacing="0" class="khoi_tin"><tr><td class="tieu_de_cm"><a href="%s">%s</a></td>'
                 '</tr>%s<tr><td align="right"><a href="%s" class="xem_them">Xem tiếp »</a></td></tr></table>') % (
            rel_(list_url(k)), x(SECNAME[k].upper()), "".join('<tr><td><img src="images/arrow.gif" width="7" height="7"> <a href="%s">%s</a> <span class='
                                                                '"ngay">(%s)</span></td></tr>' % (rel_(url(a)), x(a["tieu_de"]), ngay(a["ngay"]))
                                                                for a in items), rel_(list_url(k)))
    return answer(shell(tv, "Trang chủ", main))


def tinh(tv, title, paras):
    return answer(shell(tv, title, '<div class="tieu_de_cm">%s</div>%s' % (x(title.upper()), "".join("<p>%s</p>" % x(p) for p in paras))))


def trang_van_ban(tv):
    rows = "".join('<tr><td align="center">%d</td><td>%s</td><td align="center"><a href="Upload/VanBan/%s" target="_blank">Tải về</a></td></tr>' % (
        i + 1, x(t), f) for i, (t, f) in enumerate(VAN_BAN))
    return answer(shell(tv, "Văn bản", '<div class="tieu_de_cm">VĂN BẢN</div><table width="100%%" border="1" cellpadding="4" cellspacing="0" style="'
                                       'border-collapse:collapse"><tr class="dong_tieu_de"><td>STT</td><td>Trích yếu</td><td>Tệp</td></tr>%s</table>' % rows))


def rss_page(tv):
    rows = "".join('<tr><td>%s</td><td><a href="RSS.aspx?MaCM=%d"><img src="images/rss.gif" width="27" height="14" border="0"> RSS.aspx?MaCM=%d</a></td>'
                   '</tr>' % (x(SECNAME[k]), k, k) for k in MAIN)
    return answer(shell(tv, "RSS", '<div class="tieu_de_cm">KÊNH RSS</div><table width="100%%" cellpadding="3">%s</table>' % rows))


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:15]],
               ctype="text/xml; charset=utf-8")


def lich(tv):
    try:
        tuan, nam = int(tv.q.get("tuan") or BAY_GIO.isocalendar()[1]), int(tv.q.get("nam") or BAY_GIO.year)
    except ValueError:
        tuan, nam = BAY_GIO.isocalendar()[1], BAY_GIO.year
    prev = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nxt = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    main = ('<div class="tieu_de_cm">LỊCH CÔNG TÁC TUẦN %d NĂM %d</div><p><a href="LichCongTac.aspx?Tuan=%d&amp;Nam=%d">« Tuần trước</a> | <a href='
            '"LichCongTac.aspx?Tuan=%d&amp;Nam=%d">Tuần sau »</a></p><table width="100%%" border="1" cellpadding="3" cellspacing="0"><tr><td>Thường trực '
            'Tỉnh ủy làm việc tại cơ quan.</td></tr></table>') % (tuan, nam, prev[0], prev[1], nxt[0], nxt[1])
    return answer(shell(tv, "Lịch công tác", main))


def loi_500(tv):
    return answer('<html>\r\n    <head>\r\n        <title>Timeout expired.  The timeout period elapsed prior to completion of the operation or the server '
                  'is not responding.</title>\r\n    </head>\r\n    <body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr '
                  'width=100% size=1 color=silver></H1>\r\n            <h2> <i>Timeout expired.  The timeout period elapsed prior to completion of the '
                  'operation or the server is not responding.</i> </h2></span>\r\n            <b> Exception Details: </b>System.Data.SqlClient.SqlException'
                  '<br><br>\r\n            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:1.1.4322.2407; ASP.NET Version:1.1.4322.2407\r\n'
                  '    </body>\r\n</html>', 500)


def not_found(tv):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<HTML><HEAD><TITLE>The page cannot be '
                  'found</TITLE>\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252">\n</HEAD><BODY><h1>The page cannot be found</h1>'
                  'The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.<hr><p>HTTP Error 404 - File '
                  'or directory not found.<br>Internet Information Services (IIS)</p></BODY></HTML>', 404, "text/html")


ROBOTS = """# robots.txt - Van phong Tinh uy Kinh Bac
User-agent: *
Disallow: /Admin/
Disallow: /Upload/
Disallow: /Templates/
Disallow: /LichCongTac.aspx
Disallow: /TimKiem.aspx
Crawl-delay: 5
"""


def handle(tv):
    p = tv.path.lower()                            # IIS: paths are case-insensitive; ASP.NET: so are query keys
    q = {k.lower(): v for k, v in tv.q.items()}
    tv.q = q
    if tv.method == "POST":
        if "__VIEWSTATE" not in tv.form:
            return Dapung("Bad Request", 400, "text/plain")
        if "btnTim" in tv.form:                    # the search box's button: Response.Redirect
            return chuyen(tv.origin + "/TimKiem.aspx?TuKhoa=" + ma_hoa(tv.form.get("txtTuKhoa", "")), 302,
                          body='<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="TimKiem.aspx">here</a>.</h2></body></html>')
        # any other post back re-renders the page it was posted to
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p in ("/", "/default.aspx"):
        return home(tv)
    if p == "/tintuc.aspx":
        k, trang = tv.so("macm", 0, 0, 999), tv.so("trang", 1, 1, 9999)
        if k is None or trang is None:
            return khong_co(tv)
        if (k, trang) == FLAKY and chap_chon("flaky"):
            return loi_500(tv)
        if (k, trang) == SLOW:
            cham(tv, 1.0)
        return tin_tuc(tv, k, trang)
    if p == "/chitiettin.aspx":
        a = BY_ID.get(int(q["id"])) if q.get("id", "").isdigit() else None
        return chi_tiet(tv, a) if a else khong_co(tv)
    if p == "/thongbao.aspx":
        trang = tv.so("trang", 1, 1, 9999)
        return thong_bao(tv, trang or 1)
    if p == "/xemthongbao.aspx":
        a = TB_BY_ID.get(int(q["id"])) if q.get("id", "").isdigit() else None
        return xem_thong_bao(tv, a) if a else popup_msg(tv, "Thông báo", "Không tìm thấy thông báo yêu cầu.")
    if p == "/guiemail.aspx":
        a = BY_ID.get(int(q["id"])) if q.get("id", "").isdigit() else None
        return gui_email(tv, a) if a else popup_msg(tv, "Gửi email", "Không tìm thấy bài viết.")
    if p == "/gopy.aspx":
        return popup_msg(tv, "Góp ý", 'Họ tên: <input name="txtHoTen" type="text" size="30"><br>Nội dung góp ý:<br><textarea name="txtNoiDung" cols="50" '
                                      'rows="6"></textarea><br><input type="submit" name="btnGui" value="Gửi góp ý">')
    if p == "/binhchon.aspx":
        return popup_msg(tv, "Kết quả thăm dò", "Phong phú: 61%<br>Bình thường: 27%<br>Cần cải tiến: 12%<br>Tổng số lượt bình chọn: 3.904")
    if p == "/gioithieu.aspx":
        return tinh(tv, "Giới thiệu", ["Văn phòng Tỉnh ủy là cơ quan tham mưu, giúp việc Ban Chấp hành, Ban Thường vụ, Thường trực Tỉnh ủy trong tổ "
                                       "chức, điều hành công việc lãnh đạo của Tỉnh ủy; là cơ quan đầu mối thông tin của Tỉnh ủy.",
                                       "Trang thông tin điện tử Văn phòng Tỉnh ủy được xây dựng năm 2006, nâng cấp năm 2011."])
    if p == "/lienhe.aspx":
        return tinh(tv, "Liên hệ", ["Văn phòng Tỉnh ủy Kinh Bắc, số 4 Lý Thái Tổ, phường Vũ Ninh.", "Thư điện tử: vptu@kinhbac.dcs.example"])
    if p == "/vanban.aspx":
        return trang_van_ban(tv)
    if p == "/rss.aspx":
        k = tv.so("macm", 0, 0, 999)
        return feed(tv, k) if k in MAIN else rss_page(tv)
    if p == "/timkiem.aspx":
        return answer(shell(tv, "Tìm kiếm", '<p class="thong_bao">Bạn chưa nhập từ khóa tìm kiếm.</p>'))
    if p == "/lichcongtac.aspx":
        return lich(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/6.0")], moi_lan=extra_headers, post=True)


# ---------------------------------------------------------------- manifest
TB_ONLY = [url(a) for a in TBA]
MANIFEST = {
    "family": "a local vendor's ASP.NET 1.1 WebForms portal (IIS 6.0 on Windows Server 2003, SQL Server 2000; pages laid out in a Dreamweaver "
              "template, 2006, upgraded 2011) of a provincial Party committee's office (Văn phòng Tỉnh ủy Kinh Bắc): articles /ChiTietTin.aspx?ID=<id>, "
              "lists /TinTuc.aspx?MaCM=<n>&Trang=N, and notices /XemThongBao.aspx?ID=<id> that the lists open in a pop-up window through "
              "Dreamweaver's MM_openBrWindow()",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": []} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Upload/", "/LichCongTac.aspx", "/TimKiem.aspx"],
    "trap_prefixes": ["/LichCongTac.aspx"],
    "only_via": {"open-window": TB_ONLY},
    "flaky": {list_url(*FLAKY): 500},
    "slow": [list_url(*SLOW)],
    "notes": ("Every page is one Dreamweaver template (table layout, image menu with MM_swapImage rollovers, the behaviours MM_openBrWindow, "
              "MM_swapImage, MM_preloadImages, MM_jumpMenu printed inline in the head) inside the WebForms form Form1 (a 3 KB ASP.NET 1.1 "
              "__VIEWSTATE 'dDw…', no event validation). Four news sections: lists /TinTuc.aspx?MaCM=1..4 and &Trang=N (10 a page, 'Trang: [Đầu] "
              "[Trước] 1 2 3 [Sau] [Cuối]'; past the end or an unknown MaCM: 200 'Chưa có tin trong chuyên mục này.'), articles /ChiTietTin.aspx?ID="
              "<id> ('Ngày đăng: dd/mm/yyyy - HH:MM', 'CÁC TIN KHÁC' 10 older items, 'Gửi email' a pop-up form GuiEmail.aspx?ID=<id>, 'In bài' "
              "window.print()); links document-relative. The office's notices ('Thông báo', %d since 01/2028) live in another table and are shown "
              "ONLY in a pop-up window: the list /ThongBao.aspx (and ?Trang=2; a table 'STT | Số, ký hiệu | Trích yếu | Ngày ban hành | Tệp') and the "
              "right column's 'THÔNG BÁO' box on every page (5 newest) link each notice as <a href=\"#\" onClick=\"MM_openBrWindow('XemThongBao.aspx?"
              "ID=<id>','ThongBao','scrollbars=yes,resizable=yes,width=780,height=600')\">, the only other link of a row being its PDF under "
              "/Upload/ (robots-disallowed); the pop-up page /XemThongBao.aspx?ID=<id> is the notice in full (title, 'Ngày đăng', number, text, the "
              "signing chief of the office, 'Nơi phát hành: Văn phòng Tỉnh ủy', [In] [Đóng cửa sổ]); no feed, sitemap or 'Tin mới' names a notice. "
              "Other pop-ups of the same behaviour: GopY.aspx, BinhChon.aspx?ID=3, GuiEmail.aspx?ID=<id> (forms and a poll, no article). The search "
              "box is a TextBox and a Button (btnTim) posting the form: 302 to /TimKiem.aspx?TuKhoa= (robots-disallowed). An unknown ID: 200 'Tin bài "
              "không tồn tại hoặc đã bị xóa.' (soft 404); 'TIN ĐỌC NHIỀU' still lists a deleted item (ID %d). Feeds RSS.aspx?MaCM=1..4 (text/xml) "
              "listed on RSS.aspx; no sitemap. IIS serves paths and ASP.NET reads query keys case-insensitively. 'Liên kết website' is a <select "
              "onChange=\"MM_jumpMenu('parent',this,0)\"> of other hosts. Session cookie ASP.NET_SessionId nobody needs. Flaky: %s answers the "
              "ASP.NET 1.1 error page (500) every other request; slow: %s (1 s). The week calendar LichCongTac.aspx?Tuan=W&Nam=Y forever (trap, "
              "robots-disallowed)." % (len(TBA), DELETED_ID, list_url(*FLAKY), list_url(*SLOW))),
}
MANIFEST_DAY1 = MANIFEST
_b0 = TBA[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": "onClick=\"MM_openBrWindow('XemThongBao.aspx?ID=%d','ThongBao'," % _b0["id"],
     "not_contains": 'href="XemThongBao.aspx'},
    {"path": "/", "status": 200, "contains": "function MM_openBrWindow(theURL,winName,features) { //v2.0\n  window.open(theURL,winName,features);"},
    {"path": "/ThongBao.aspx", "status": 200, "contains": x(TBA[0]["tieu_de"]), "not_contains": 'href="XemThongBao.aspx'},
    {"path": "/ThongBao.aspx?Trang=2", "status": 200, "contains": "MM_openBrWindow('XemThongBao.aspx?ID=%d'" % TBA[TB_PER_PAGE]["id"]},
    {"path": url(_b0), "status": 200, "contains": x(_b0["doan"][0])},
    {"path": "/xemthongbao.aspx?id=%d" % _b0["id"], "status": 200, "contains": x(_b0["tieu_de"])},
    {"path": "/XemThongBao.aspx?ID=1", "status": 200, "contains": "Không tìm thấy thông báo yêu cầu."},
    {"path": "/ChiTietTin.aspx?ID=%d" % DELETED_ID, "status": 200, "contains": "Tin bài không tồn tại hoặc đã bị xóa."},
    {"path": list_url(1, 99), "status": 200, "contains": "Chưa có tin trong chuyên mục này."},
    {"path": "/RSS.aspx?MaCM=1", "status": 200, "not_contains": "XemThongBao"},
    {"path": "/Default.aspx", "method": "POST", "status": 302, "location": "/TimKiem.aspx?TuKhoa=",
     "body": b"__VIEWSTATE=dDwx&txtTuKhoa=&btnTim=T%C3%ACm"},
    {"path": "/sitemap.xml", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> TinTuc.aspx?MaCM=<1..4> -> &Trang=N -> ChiTietTin.aspx?ID=<id>",
               "/ (every page: 'THÔNG BÁO' box) or ThongBao.aspx -> ?Trang=2 -> <a href=\"#\" onClick=\"MM_openBrWindow('XemThongBao.aspx?ID=<id>',"
               "…)\"> -> the inline behaviour's window.open(theURL, …) -> XemThongBao.aspx?ID=<id> (the pop-up: the notice in full)",
               "RSS.aspx -> RSS.aspx?MaCM=<1..4> (text/xml)"],
    "discovery": [
        "the office's notices (%d articles) open only in a pop-up window: each list row and box entry is <a href=\"#\" onClick=\"MM_openBrWindow("
        "'XemThongBao.aspx?ID=<id>', 'ThongBao', '…')\"> (Dreamweaver's inline behaviour calling window.open), the address document-relative; no "
        "feed, sitemap or other link names them; a crawler that never opens pop-ups never reaches them (only_via open-window %d)" % (len(TBA), len(TBA)),
        "a Dreamweaver template with image-only menu links, an ASP.NET 1.1 __VIEWSTATE form whose search button posts and redirects, pop-up forms "
        "and a poll through the same behaviour, a soft 404 in 'TIN ĐỌC NHIỀU', sibling sites in a jump menu (no only_via)",
    ],
    "set40_pages": {"open-window": ["/", "/ThongBao.aspx", url(TIN[3])]},
    "set39_pages": {},
    "set38_pages": {},
    "dup_via": {},
    "alias_kinds": ["none (one address per item; no canonical link)"],
    "quirks": ["Crawl-delay: 5", "Dreamweaver template comments and MM_ behaviours inline", "image-only top menu (MM_swapImage rollovers)",
               "notices only in MM_openBrWindow pop-ups", "pop-up forms (GopY, GuiEmail) and poll results (BinhChon) through the same behaviour",
               "ASP.NET 1.1 __VIEWSTATE (dDw…) in every page's form", "search Button posts the form: 302 to a robots-disallowed search page",
               "document-relative links", "case-insensitive paths and query keys (IIS, ASP.NET)",
               "past the end / unknown MaCM: 200 'Chưa có tin trong chuyên mục này.'",
               "a deleted item in 'TIN ĐỌC NHIỀU': 200 'Tin bài không tồn tại hoặc đã bị xóa.' (soft 404)", "no sitemap (404)",
               "<marquee> ticker of the newest items", "MM_jumpMenu <select> of sibling sites", "ASP.NET_SessionId cookie nobody needs",
               "%s 500 every other request" % list_url(*FLAKY), "%s slow (1 s)" % list_url(*SLOW),
               "week calendar trap under robots' Disallow: /LichCongTac.aspx"],
    "not_articles": ["/ChiTietTin.aspx?ID=%d" % DELETED_ID],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
