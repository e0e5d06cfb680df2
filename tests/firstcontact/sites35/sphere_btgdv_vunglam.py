"""Set 35, site B: the sphere smartcloud portal -- Ban Tuyên giáo và Dân vận Tỉnh ủy Vũng Lâm (replica; blind). See README.md."""
# ==== KERNEL BEGIN (sites35 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 35 kernel: set 34's (= set 32's = set 31's plumbing: Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS
# writers, the generator SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat, lich22 / lich31; the 2028
# vocabulary of the two-level local government: provinces and communes / wards only, no districts) with its ONE day moved on (DAYS = 1: a
# first crawl on Tuesday 22 August 2028, 09:40 local time).  No clock and no sleep: every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2028, 8, 22, 9, 40)}      # the first crawl, local time (Asia/Ho_Chi_Minh): a Tuesday
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
        raise ValueError("set 35 serves one day only (DAYS = 1)")


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
import hashlib as _hl

SITE = "Ban Tuyên giáo và Dân vận Tỉnh ủy Vũng Lâm"
SECS = [("tin-hoat-dong", "Tin hoạt động", 11, "btgdv", "bai"), ("dan-van", "Dân vận", 4, "xa", "bai"),
        ("xay-dung-dang", "Xây dựng Đảng", 3, "tinhuy", "bai"), ("ly-luan", "Lý luận - Thực tiễn", 2, "btgdv", "dai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
LISTS = [k for k, _, _, _, _ in SECS]
HUYEN = ["Vũng Lâm", "Long Điền", "Đất Đỏ", "Xuyên Mộc", "Châu Đức", "Ngãi Giao", "Phước Hải"]
XA = ["Hòa Hiệp", "Bưng Riềng", "Bình Châu", "Kim Long", "Láng Lớn", "Phước Hưng", "Long Hải", "Hắc Dịch"]
AP = ["Ấp Thạnh Sơn", "Ấp Hải Sơn", "Ấp Phước Trung", "Ấp Bàu Ngứa", "Ấp Tân Rú", "Ấp Hồ Tràm"]
PER_PAGE = 10
MAX_PAGES = 5                 # the portal's category list stops at page 5; older items: 'Tin đã đưa'
BASE = "/sphere/vunglam/page"
OPENED = "2027-10-01"         # the portal's first day (the archive form's min)

_s = SoanTin(35201, 120, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(35201, 120, tu_ngay=_dt.datetime(2027, 11, 6), gan=6),
             id_dau=700000, buoc=23, cm_dau=("tin-hoat-dong", "dan-van", "tin-hoat-dong", "tin-hoat-dong", "xay-dung-dang"), nguon="TGDV",
             chu_de=("dai-hoi-xiv", "hai-cap", "tu-tuong", "dan-van", "hoc-tap-bac", "chuyen-doi-so", "xa-hoi"))
ARTS = sorted(_s.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)


def _uuid(seed):
    return _hl.sha1(seed.encode()).hexdigest()[:24]


for _a in ARTS:
    _a["uuid"] = _uuid("tin-%d" % _a["id"])
BY_UUID = {a["uuid"]: a for a in ARTS}
CAT_UUID = {k: _uuid("cat-" + k) for k in LISTS}
CAT_BY_UUID = {v: k for k, v in CAT_UUID.items()}
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "dan-van"][::4]}              # also in 'Tin hoạt động' (one address)
NOI_BAT = [a for a in ARTS[:40] if a["xem"] > 300][:8]
DELETED = [_uuid("xoa-1"), _uuid("xoa-2")]
SITEMAP_AT = _dt.datetime(2028, 5, 31, 22, 0)


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def url(a):
    return "%s/xem-tin.cpx?uuid=%s" % (BASE, a["uuid"])


def print_url(a):
    return "%s/print.cpx?uuid=%s" % (BASE, a["uuid"])


def list_url(k, n=None):
    return "%s/chuyen-muc.cpx?uuid=%s" % (BASE, CAT_UUID[k]) + ("&trang=%d" % n if n else "")


def last_page(k):
    return max(1, min(MAX_PAGES, (len(in_sec(k)) + PER_PAGE - 1) // PER_PAGE))


def tieu_diem(k):
    return sorted(in_sec(k)[PER_PAGE:PER_PAGE * MAX_PAGES], key=lambda a: -a["xem"])[:2]


ARCHIVE = BASE + "/tin-da-dua.cpx"
FLAKY = list_url("tin-hoat-dong", 2)
SLOW = list_url("dan-van", 2)


def set_day(day):
    kiem_ngay(day)


def epoch_ms(d):
    return int((d - _dt.timedelta(hours=7) - _dt.datetime(1970, 1, 1)).total_seconds()) * 1000


def shell(tv, title, main, canonical=None, head=""):
    menu = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in LISTS)
    moi = "".join('<div class="cw-item"><div class="cwi-caption"><h2 class="cwi-title"><a href="%s">%s</a></h2><span class="time" data-time="%d">%s</span>'
                  '</div></div>' % (url(a), x(a["tieu_de"]), epoch_ms(a["ngay"]), a["ngay"].strftime("%d.%m.%Y")) for a in ARTS[:6])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, '
        'initial-scale=1">\n%s<link rel="stylesheet" href="/sphere/static/bootstrap-4.6/css/bootstrap.min.css">\n<link rel="stylesheet" href="/sphere/vunglam/'
        'static/css/site.css?v=2.8.3">\n%s<style>%s</style>\n<script src="/sphere/static/jquery-3.5.1.min.js"></script>\n</head>\n<body>\n<div class="top-bar">'
        '<div class="container"><span>%s, %s</span></div></div>\n<header class="header"><div class="container"><a class="brand" href="%s/trang-chu.cpx"><img '
        'src="/sphere/vunglam/static/img/banner.png" alt="%s"></a></div></header>\n<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul '
        'class="navbar-nav"><li class="nav-item"><a class="nav-link" href="%s/trang-chu.cpx">Trang chủ</a></li>%s<li class="nav-item"><a class="nav-link" '
        'href="%s">Tin đã đưa</a></li><li class="nav-item"><a class="nav-link" href="%s/lich-cong-tac.cpx">Lịch công tác</a></li></ul></div></nav>\n<div '
        'class="container"><div class="row body"><div class="col-sm-9">%s</div><div class="col-sm-3"><div class="card card-box list-news-box"><div class="'
        'card-header"><span class="title">Tin mới</span></div><div class="card-body related-content">%s</div></div></div></div></div>\n<footer class="footer">'
        '<div class="container"><p>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VŨNG LÂM</p><p>Ghi rõ nguồn "Ban Tuyên giáo và Dân vận Tỉnh ủy Vũng '
        'Lâm" khi phát hành lại thông tin từ website này.</p><p><a href="%s/rss.cpx">RSS</a> · <a href="%s">Tin đã đưa</a></p></div></footer>\n<script>%s</script>\n'
        '</body>\n</html>\n') % (
        x(title), ('<link rel="canonical" href="%s">\n' % x(canonical)) if canonical else "", head, pad_css(len(title) * 5 + 3, 12, "sph"), thu(BAY_GIO),
        ngay(BAY_GIO), BASE, x(SITE), BASE, menu, ARCHIVE, BASE, main, moi, BASE, ARCHIVE, pad_js(len(title) + 3, 9, "sphere.portal"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "no-cache"), ("X-Powered-By", "Servlet/3.1 JSP/2.3")] + list(headers))


def item(a):
    return ('<div class="cw-item row"><a class="col-4" href="%s"><div class="img-news"><img src="/sphere/vunglam/upload/%s.jpg" alt=""></div></a><div class="'
            'cwi-caption col-8"><h2 class="cwi-title"><a href="%s">%s</a></h2><span class="time" data-time="%d">%s</span><div class="brief">%s</div></div></div>') % (
        url(a), a["uuid"], url(a), x(a["tieu_de"]), epoch_ms(a["ngay"]), a["ngay"].strftime("%d.%m.%Y"), x(a["sapo"]))


def pager(k, cur, last):
    out = []
    for n in range(1, last + 1):
        out.append('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if n == cur else "", list_url(k, n), n))
    return ('<nav><ul class="pagination">%s</ul></nav><p class="xem-tin-cu">Các tin cũ hơn xem tại <a href="%s">Tin đã đưa</a>.</p>') % ("".join(out), ARCHIVE)


def list_page(tv, k, n):
    items = in_sec(k)
    last = last_page(k)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE] if n <= last else []
    td = tieu_diem(k)
    body = "".join(item(a) for a in shown) if shown else '<p class="empty">Chưa có tin bài.</p>'
    main = ('<div class="card card-box"><div class="card-header"><span class="title">%s</span></div><div class="card-body"><div class="noi-bat">%s</div><div '
            'class="row cat-content">%s</div>%s</div></div>') % (x(SECNAME[k]), "".join(item(a) for a in td), body, pager(k, n, last))
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="/sphere/vunglam/rss/%s.rss">\n' % (x(SECNAME[k]), k)
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, tv.origin + list_url(k), head))


def home(tv):
    main = '<div class="card card-box"><div class="card-header"><span class="title">Tin nổi bật</span></div><div class="card-body">%s</div></div>' % "".join(
        item(a) for a in ARTS[:5])
    for k in LISTS:
        main += ('<div class="card card-box"><div class="card-header"><a class="title" href="%s">%s</a></div><div class="card-body">%s</div></div>') % (
            list_url(k), x(SECNAME[k]), "".join(item(a) for a in in_sec(k)[:4]))
    return answer(shell(tv, "Trang chủ - %s" % SITE, main, tv.origin + BASE + "/trang-chu.cpx"))


def _d(s):
    try:
        return _dt.datetime.strptime(s or "", "%Y-%m-%d")
    except ValueError:
        return None


def archive(tv):
    """'Tin đã đưa': a GET form of a category <select> and two HTML5 date inputs (from / to, min = the portal's first day, max = today; the
    values: the last week); the results, 20 a page, for any valid range."""
    tu, den, cat = _d(tv.q.get("tuNgay")), _d(tv.q.get("denNgay")), tv.q.get("cat", "")
    opts = '<option value="">-- Tất cả chuyên mục --</option>' + "".join('<option value="%s"%s>%s</option>' % (
        CAT_UUID[k], " selected" if cat == CAT_UUID[k] else "", x(SECNAME[k])) for k in LISTS)
    v_tu = tv.q.get("tuNgay") or (BAY_GIO - _dt.timedelta(days=7)).strftime("%Y-%m-%d")
    v_den = tv.q.get("denNgay") or BAY_GIO.strftime("%Y-%m-%d")
    form = ('<form class="form-inline tin-da-dua" action="%s" method="get"><label for="cat">Chuyên mục</label> <select id="cat" name="cat" class="form-control">'
            '%s</select> <label for="tuNgay">Từ ngày</label> <input type="date" id="tuNgay" name="tuNgay" class="form-control" min="%s" max="%s" value="%s"> '
            '<label for="denNgay">Đến ngày</label> <input type="date" id="denNgay" name="denNgay" class="form-control" min="%s" max="%s" value="%s"> <button '
            'type="submit" class="btn btn-primary">Xem</button></form>') % (ARCHIVE, opts, OPENED, BAY_GIO.strftime("%Y-%m-%d"), x(v_tu), OPENED,
                                                                          BAY_GIO.strftime("%Y-%m-%d"), x(v_den))
    if tu is None or den is None:
        res = '<p class="alert alert-info">Vui lòng chọn chuyên mục và khoảng thời gian để xem các tin đã đưa.</p>' if not tv.query else \
              '<p class="alert alert-warning">Ngày không hợp lệ.</p>'
    else:
        k = CAT_BY_UUID.get(cat)
        pool = in_sec(k) if k else ARTS
        hits = [a for a in pool if tu <= a["ngay"] < den + _dt.timedelta(days=1)]
        n = tv.so("trang", 1, 1, 9999) or 1
        last = max(1, (len(hits) + 19) // 20)
        shown = hits[(n - 1) * 20:n * 20]
        lk = lambda m: "%s?cat=%s&amp;tuNgay=%s&amp;denNgay=%s&amp;trang=%d" % (ARCHIVE, cat, tu.strftime("%Y-%m-%d"), den.strftime("%Y-%m-%d"), m)
        rows = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in shown)
        pg = "".join('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if m == n else "", lk(m), m) for m in range(1, last + 1))
        res = ('<p class="ket-qua">Có %d tin từ ngày %s đến ngày %s.</p><ul class="list-tin-da-dua">%s</ul><nav><ul class="pagination">%s</ul></nav>') % (
            len(hits), ngay(tu), ngay(den), rows or "<li>Không có tin nào.</li>", pg if hits else "")
    main = '<div class="card card-box"><div class="card-header"><span class="title">Tin đã đưa</span></div><div class="card-body">%s%s</div></div>' % (form, res)
    return answer(shell(tv, "Tin đã đưa - %s" % SITE, main, tv.origin + ARCHIVE))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append('<p style="text-align: justify;" data-mce-style="text-align: justify;"><strong>%s</strong></p>' % x(a["muc"][j]))
        out.append('<p style="text-align: justify;" data-mce-style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<p style="text-align: center;"><img src="/sphere/vunglam/upload/%s-1.jpg" alt=""><br><em>%s</em></p>' % (a["uuid"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, printing=False):
    rel = [b for b in in_sec(a["cm"]) if b is not a][:6]
    d = a["ngay"]
    main = ('<div class="card card-box"><div class="card-header"><img src="/sphere/vunglam/static/img/icon.png" alt=""> <span class="title">Chi tiết tin</span>'
            '</div><div class="card-body"><div class="item content" id="detail-item"><h4 class="title">%s</h4><div class="item-info"><span class="time" '
            'data-time="%d">%s</span> <span class="date-full">Cập nhật: %s %s</span> <span class="cat"><a href="%s">%s</a></span><div class="float-right">'
            '<a href="javascript:void(0)" class="doc-bai">Đọc bài viết</a> <a href="%s" target="_blank" class="in-bai">In bài</a></div></div><div class="brief">'
            '<strong>%s</strong></div><div class="content">%s<p style="text-align: right;"><strong>%s</strong></p></div></div></div></div><div class="card '
            'card-box list-news-box"><div class="card-header"><span class="title">Các tin khác</span></div><div class="related-content"><div class="row '
            'cat-content">%s</div></div></div>') % (
        x(a["tieu_de"]), epoch_ms(d), d.strftime("%d.%m.%Y"), gio(d), ngay(d), list_url(a["cm"]), x(SECNAME[a["cm"]]), print_url(a), x(a["sapo"]), body_of(a),
        x(a["tac_gia"]), "".join('<div class="cw-item"><div class="cwi-caption"><h2 class="cwi-title"><a href="%s">%s</a></h2></div></div>' % (
            url(b), x(b["tieu_de"])) for b in rel))
    if printing:
        return answer('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="UTF-8"><title>%s</title><meta name="robots" content="noindex, nofollow"></head><body>'
                      '<div class="print-view-content content"><h4>%s</h4><p>%s %s</p>%s</div></body></html>' % (
                          x(a["tieu_de"]), x(a["tieu_de"]), gio(d), ngay(d), body_of(a)))
    return answer(shell(tv, a["tieu_de"], main, tv.origin + url(a), '<meta property="og:type" content="article">\n'))


def not_found(tv):
    return answer(shell(tv, "Không tìm thấy - %s" % SITE, '<div class="card card-box"><div class="card-body"><h4>Không tìm thấy nội dung</h4><p>Tin bài không '
                                                       'tồn tại hoặc đã bị xóa.</p></div></div>'), 404)


def feed(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:10]])


def rss_page(tv):
    main = '<div class="card card-box"><div class="card-header"><span class="title">RSS</span></div><ul>%s</ul></div>' % "".join(
        '<li><a href="/sphere/vunglam/rss/%s.rss">%s</a></li>' % (k, x(SECNAME[k])) for k in LISTS)
    return answer(shell(tv, "RSS - %s" % SITE, main, tv.origin + BASE + "/rss.cpx"))


def sitemap(tv):
    rows = [(BASE + "/trang-chu.cpx", SITEMAP_AT, "daily")] + [(list_url(k), SITEMAP_AT, "daily") for k in LISTS] + [(ARCHIVE, SITEMAP_AT, "weekly")]
    rows += [(url(a), a["ngay"], None) for a in NOI_BAT if a["ngay"] < SITEMAP_AT]
    rows += [("%s/xem-tin.cpx?uuid=%s" % (BASE, u), _dt.datetime(2028, 4, 2, 8, 0), None) for u in DELETED]
    return urlset(tv.origin, rows)


def lich(tv):
    d = _d(tv.q.get("ngay")) or _dt.datetime(2028, 8, 21)
    lk = lambda e: "%s/lich-cong-tac.cpx?ngay=%s" % (BASE, e.strftime("%Y-%m-%d"))
    main = ('<div class="card card-box"><div class="card-header"><span class="title">Lịch công tác ngày %s</span></div><p><a href="%s">« Ngày trước</a> | <a '
            'href="%s">Ngày sau »</a></p></div>') % (ngay(d), lk(d - _dt.timedelta(days=1)), lk(d + _dt.timedelta(days=1)))
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main))


def unavailable(tv):
    return Dapung("<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your "
                  "request due to maintenance downtime or capacity problems. Please try again later.</p><hr><address>Apache/2.4.37 Server</address></body></html>",
                  503, "text/html; charset=iso-8859-1", [("Retry-After", "3")])


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /sphere/smartcloud/\nDisallow: %s/tim-kiem.cpx\nDisallow: %s/lich-cong-tac.cpx\nCrawl-delay: 2\n\n"
                       "Sitemap: %s/sitemap.xml\n" % (BASE, BASE, tv.origin))
    if p == "/" or p == "/sphere/vunglam/" or p == BASE + "/":
        return chuyen(tv.origin + BASE + "/trang-chu.cpx", 302)
    if p == BASE + "/trang-chu.cpx":
        return home(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == BASE + "/rss.cpx":
        return rss_page(tv)
    m = _re.fullmatch(r"/sphere/vunglam/rss/([a-z-]+)\.rss", p)
    if m and m.group(1) in LISTS:
        return feed(tv, m.group(1))
    if p == BASE + "/lich-cong-tac.cpx":
        return lich(tv)
    if p == ARCHIVE:
        return archive(tv)
    if p == BASE + "/chuyen-muc.cpx":
        k = CAT_BY_UUID.get(tv.q.get("uuid", ""))
        n = tv.so("trang", 1, 1, 9999)
        if not k or n is None:
            return not_found(tv)
        if full == FLAKY and chap_chon(FLAKY):
            return unavailable(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return list_page(tv, k, n)
    if p in (BASE + "/xem-tin.cpx", BASE + "/print.cpx"):
        a = BY_UUID.get(tv.q.get("uuid", ""))
        return article(tv, a, printing=p.endswith("print.cpx")) if a else not_found(tv)
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.37 (centos)")], moi_lan=lambda tv, out: [("Set-Cookie", "JSESSIONID=4F2A9C81D07E3B65A1C2E9F0B3D4A576; Path=/; HttpOnly")])


# ---------------------------------------------------------------- manifest
_listed = set()
for _k in LISTS:
    for _a in in_sec(_k)[:PER_PAGE * last_page(_k)] + tieu_diem(_k) + in_sec(_k)[:6]:
        _listed.add(_a["id"])
for _a in ARTS[:6] + NOI_BAT:
    _listed.add(_a["id"])
ONLY_DR = [url(a) for a in ARTS if a["id"] not in _listed]
_th = in_sec("tin-hoat-dong")

MANIFEST = {
    "family": "the 'sphere' smartcloud Java portal (JSP on Tomcat behind Apache httpd 2.4, .cpx pages, 24-hex uuid item ids, Bootstrap 4 'card-box' "
              "theme, TinyMCE bodies) of a provincial Party committee's Ban Tuyên giáo và Dân vận (Vũng Lâm): xem-tin.cpx?uuid= articles, chuyen-muc.cpx "
              "lists that stop at page %d, print.cpx views; the older items only in 'Tin đã đưa', a GET form of a category select and two HTML5 date "
              "inputs (from / to)" % MAX_PAGES,
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": [print_url(a)]} for a in ARTS},
    "robots_disallowed": ["/sphere/smartcloud/", BASE + "/tim-kiem.cpx", BASE + "/lich-cong-tac.cpx"],
    "trap_prefixes": [BASE + "/lich-cong-tac.cpx"],
    "only_via": {"date-range": ONLY_DR},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("Home / 302s to %s/trang-chu.cpx. Articles %s/xem-tin.cpx?uuid=<24 hex> (span.time[data-time=<epoch ms>] 'dd.mm.yyyy' and 'Cập nhật: HH:MM "
              "dd/mm/yyyy'), print views print.cpx?uuid= (200, noindex, nofollow; the 'In bài' link); a missing uuid 404s. Categories chuyen-muc.cpx?uuid="
              "<cat>&trang=N (%d a page, every page number printed) with two 'tin nổi bật' (the category's most-read listed items) on every page; the "
              "portal's category list STOPS at page %d (a later page: 'Chưa có tin bài.', 200) and sends the reader to 'Tin đã đưa' for older items; every "
              "4th 'Dân vận' item is also listed in 'Tin hoạt động'. 'Các tin khác' on an article: the category's six newest. 'Tin đã đưa' (%s; menu, footer, "
              "every list) is a GET form: <select name=cat> (all, or one category), <input type=\"date\" name=\"tuNgay\" min=\"%s\" max=\"<today>\" "
              "value=\"<a week ago>\"> and <input type=\"date\" name=\"denNgay\" min max value=\"<today>\">, a submit button; any valid range lists its "
              "items, 20 a page (plain ?…&trang=N links); without dates a prompt, a bad date 'Ngày không hợp lệ.' -- submitted as it stands it shows "
              "only the last week. Feeds /sphere/vunglam/rss/<cat>.rss (10 items). /sitemap.xml (generated 31/05/2028): the portal's pages and its "
              "'tin nổi bật' items, plus two deleted items (404). A JSESSIONID cookie on every answer (never needed). Flaky: %s answers Apache's 503 "
              "(Retry-After: 3) every other request; slow: %s (1 s). A day calendar lich-cong-tac.cpx?ngay= forever (trap, robots-disallowed)."
              % (BASE, BASE, PER_PAGE, MAX_PAGES, ARCHIVE, OPENED, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/", "status": 302, "location": BASE + "/trang-chu.cpx"},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", MAX_PAGES + 1), "status": 200, "contains": "Chưa có tin bài."},
    {"path": ARCHIVE, "status": 200, "contains": 'type="date" id="tuNgay" name="tuNgay"'},
    {"path": ARCHIVE + "?cat=&tuNgay=%s&denNgay=%s" % (OPENED, BAY_GIO.strftime("%Y-%m-%d")), "status": 200, "contains": "Có %d tin" % len(ARTS)},
    {"path": ARCHIVE + "?cat=&tuNgay=2028-13-01&denNgay=2028-08-22", "status": 200, "contains": "Ngày không hợp lệ."},
    {"path": "%s/xem-tin.cpx?uuid=%s" % (BASE, DELETED[0]), "status": 404},
    {"path": print_url(ARTS[2]), "status": 200, "contains": "noindex"},
]
SUMMARY = {
    "chains": ["/ -> 302 trang-chu.cpx -> chuyen-muc.cpx?uuid=<cat> -> &trang=2..%d -> xem-tin.cpx?uuid=<item> (-> print.cpx)" % MAX_PAGES,
               "any page -> 'Tin đã đưa' %s -> GET form cat=<all | one>, tuNgay=<min %s>, denNgay=<max: today> -> &trang=N -> the older items" % (ARCHIVE, OPENED),
               "robots Sitemap: /sitemap.xml (31/05/2028: pages, 'tin nổi bật', two deleted items 404)"],
    "discovery": [
        "the category lists stop at page %d: the older items (%d of 'Tin hoạt động') are only in 'Tin đã đưa', a GET form with two <input type=\"date\"> "
        "carrying min and max (from / to) whose values are the last week -- a crawler that does not widen the range to min..max (or submits nothing) never "
        "sees them (only_via date-range %d)" % (MAX_PAGES, len(ONLY_DR), len(ONLY_DR)),
        "'Các tin khác' names only a category's six newest, the sitemap only the portal's pages and featured items (no only_via)",
    ],
    "set35_pages": {"date-range": [ARCHIVE]},
    "alias_kinds": ["print view print.cpx?uuid= (200, noindex, nofollow; 'In bài')"],
    "quirks": ["Crawl-delay: 2", "/ 302s to trang-chu.cpx", "two 'tin nổi bật' on every list page", "category lists stop at page %d" % MAX_PAGES,
               "a JSESSIONID cookie on every answer", "sitemap of 31/05/2028 with two deleted items (404)", "%s 503 (Retry-After: 3) every other request" % FLAKY,
               "%s slow (1 s)" % SLOW, "day calendar trap under robots' Disallow: %s/lich-cong-tac.cpx" % BASE],
    "not_articles": ["%s/xem-tin.cpx?uuid=%s" % (BASE, u) for u in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: no-cache)",
}
