# ==== KERNEL BEGIN (sites37 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 37 kernel: set 36's (= set 35's = set 34's = set 32's = set 31's plumbing: Truyvan = request, Dapung = reply, chay_app = WSGI
# wrapper, sitemap / RSS writers, the generator SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat,
# lich22 / lich31; the 2028 vocabulary of the two-level local government: provinces and communes / wards only, no districts) with its ONE day
# moved on (DAYS = 1: a first crawl on Wednesday 11 October 2028, 09:30 local time).  No clock and no sleep: every time a module prints or
# sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2028, 10, 11, 9, 30)}     # the first crawl, local time (Asia/Ho_Chi_Minh): a Wednesday
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
        raise ValueError("set 37 serves one day only (DAYS = 1)")


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
SITE = "Ban Tuyên giáo và Dân vận Tỉnh ủy An Xuyên"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "btgdv", "bai"), ("tuyen-truyen", "Tuyên truyền", 5, "btgdv", "bai"),
        ("dan-van", "Dân vận", 4, "xa", "bai"), ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 3, "btgdv", "dai")]
TCS = "tin-co-so"                             # the content type 'Tin cơ sở' and its Views page /tin-co-so (no taxonomy term, no feed)
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[TCS] = "Tin cơ sở"
MAIN = [k for k, _, _, _, _ in SECS]
TID = {"tin-hoat-dong": 1, "tuyen-truyen": 2, "dan-van": 3, "ly-luan-thuc-tien": 5}
HUYEN = ["An Xuyên", "Cà Mau", "Năm Căn", "Đầm Dơi", "Cái Nước", "Thới Bình", "Ngọc Hiển"]
XA = ["Tân Hưng Đông", "Lý Văn Lâm", "Tắc Vân", "Hòa Thành", "Khánh Bình", "Đất Mũi", "Tam Giang", "Trần Thới"]
AP = ["Ấp Tân Hòa", "Ấp Rạch Ráng", "Ấp Cái Cám", "Ấp Bào Sen", "Ấp Mương Đình", "Ấp Xóm Mới"]
PER_PAGE = 10
TCS_FIRST = 6                                 # the Views page shows 6; 'Xem thêm tin cơ sở' loads 6 more a time (JSON)
TCS_SINCE = _dt.datetime(2028, 6, 1, 7, 0)
SITEMAP_AT = _dt.datetime(2028, 7, 20, 2, 0)

_s = SoanTin(37101, 92, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(37101, 92, tu_ngay=_dt.datetime(2027, 11, 20), gan=6),
             id_dau=4100, buoc=4, cm_dau=("tin-hoat-dong", "tuyen-truyen", "tin-hoat-dong", "dan-van"), nguon="BTGDV",
             chu_de=("dai-hoi-xiv", "tu-tuong", "dan-van", "hoc-tap-bac", "chuyen-doi-so", "hai-cap", "xa-hoi"))
_c = SoanTin(37102, 26, [(TCS, 1, "xa", "bai")], HUYEN, XA, AP, lich=lich22(37103, 26, tu_ngay=TCS_SINCE, gan=2), id_dau=4600, buoc=2,
             chu_de=("dan-van", "hai-cap", "to-chuc", "xa-hoi", "den-on"))
ARTS = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
_TAKEN = set()
for _a in sorted(ARTS, key=lambda a: (a["ngay"], a["id"])):
    _al = _b = duong_dan(_a["tieu_de"], 100)         # Pathauto 7.x: content/[node:title], transliterated, 100 characters at most
    _k = 0
    while _al in _TAKEN:
        _al = "%s-%d" % (_b, _k)                     # Pathauto's uniquifier: -0, -1, …
        _k += 1
    _TAKEN.add(_al)
    _a["alias"] = _al
    _a["nid"] = _a["id"]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "dan-van"][1::4]}      # also tagged 'Tin hoạt động' (field_chuyen_muc, one node)
DELETED = ["/content/hoi-nghi-bao-cao-vien-thang-5-nam-2028", "/content/tong-ket-cuoc-thi-tim-hieu-lich-su-dang-bo-tinh"]
FLAKY = "/chuyen-muc/tin-hoat-dong?page=2"
SLOW = "/chuyen-muc/tuyen-truyen?page=1"
MORE = "/xem-them/tin-co-so/"


def url(a):
    return "/content/" + a["alias"]


def node_url(a):
    return "/node/%d" % a["nid"]


def print_url(a):
    return "/print/%d" % a["nid"]


BY_PATH = {url(a): a for a in ARTS}
BY_NID = {a["nid"]: a for a in ARTS}


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def list_url(k, page=0):
    if k == TCS:
        return "/tin-co-so"
    return "/chuyen-muc/%s%s" % (k, "?page=%d" % page if page else "")


def sticky(k):
    """The 'Tiêu điểm' attachment: two sticky older nodes of the term (the most read), on every page."""
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s - %s" % (ngay(d), gio(d))


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Expires", "Sun, 19 Nov 1978 05:00:00 GMT"), ("Cache-Control", "no-cache, must-revalidate"),
                                        ("X-Content-Type-Options", "nosniff"), ("Content-Language", "vi"),
                                        ("X-Generator", "Drupal 7 (http://drupal.org)")] + list(headers))


def shell(tv, title, main, canonical=None, head="", body_class="not-front", shortlink=None):
    menu = "".join('<li class="leaf"><a href="%s" title="">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in MAIN + [TCS])
    moi = "".join('<li class="views-row"><span class="views-field-title"><a href="%s">%s</a></span> <span class="date">(%s)</span></li>' % (
        url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in [b for b in ARTS if b["cm"] != TCS][:6])
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">\n<head profile="http://www.w3.org/1999/xhtml/vocab">\n<meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8" />\n<link rel="shortcut icon" href="%s/sites/all/themes/btg_anxuyen/favicon.ico" type="image/vnd.microsoft.icon" />\n%s%s<meta name="Generator" '
        'content="Drupal 7 (http://drupal.org)" />\n%s<title>%s</title>\n<style type="text/css" media="all">\n@import url("%s/modules/system/system.base.css?q8f2k1");\n'
        '@import url("%s/sites/all/modules/views/css/views.css?q8f2k1");\n</style>\n<style type="text/css" media="all">%s</style>\n<script type="text/javascript" '
        'src="%s/misc/jquery.js?v=1.4.4"></script>\n<script type="text/javascript" src="%s/misc/drupal.js?q8f2k1"></script>\n<script type="text/javascript">\n'
        '<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"btg_anxuyen","theme_token":'
        '"Q3v8sLk2X0dJm1tR"}});\n//--><!]]>\n</script>\n</head>\n<body class="html %s sidebar-second page-%s">\n<div id="skip-link"><a href="#main-content" '
        'class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>\n<div id="page-wrapper"><div id="page">\n<div id="header"><div class="section '
        'clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="%s/sites/default/files/banner-btgdv.png" alt="Trang chủ" /></a><div id="name-and-slogan">'
        '<div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>%s</span></a></strong></div><div id="site-slogan">Trang thông tin điện tử</div>'
        '</div><div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/" method="post" id="search-block-form" '
        'accept-charset="UTF-8"><div><input type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />'
        '<input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /><input type="hidden" name="form_build_id" value="form-7Yq1m0bLr2x" />'
        '<input type="hidden" name="form_id" value="search_block_form" /></div></form></div></div></div></div>\n<div id="navigation"><div class="section"><ul '
        'class="menu"><li class="first leaf"><a href="/" title="">Trang chủ</a></li><li class="leaf"><a href="/gioi-thieu" title="">Giới thiệu</a></li>%s<li '
        'class="last leaf"><a href="/lich-cong-tac/%s" title="">Lịch công tác</a></li></ul></div></div>\n<div id="main-wrapper"><div id="main" class="clearfix">'
        '<div id="content" class="column"><div class="section"><a id="main-content"></a>%s</div></div>\n<div id="sidebar-second" class="column sidebar"><div '
        'class="section"><div class="region region-sidebar-second"><div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content">'
        '<div class="view view-tin-moi"><ul>%s</ul></div></div></div><div id="block-block-3" class="block block-block"><h2>Liên kết</h2><div class="content"><ul><li>'
        '<a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.example/" target="_blank">'
        'Tạp chí Tuyên giáo</a></li></ul></div></div></div></div></div>\n</div></div>\n<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">'
        '<p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN XUYÊN</strong></p><p>Giấy phép số 37/GP-TTĐT. Chịu trách nhiệm: Trưởng Ban '
        'Tuyên giáo và Dân vận Tỉnh ủy. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></div>\n</div></div>\n<script type="text/javascript">%s'
        '</script>\n</body>\n</html>\n') % (
        tv.origin, ('<link rel="canonical" href="%s" />\n' % x(canonical)) if canonical else "",
        ('<link rel="shortlink" href="%s" />\n' % x(shortlink)) if shortlink else "", head, x(title), tv.origin, tv.origin,
        pad_css(len(title) * 7 + 5, 10, "ax"), tv.origin, tv.origin, body_class, duong_dan(title, 30), tv.origin, x(SITE), menu, BAY_GIO.strftime("%Y-%m"),
        main, moi, pad_js(len(title) + 11, 8, "btg.theme"))


def row(a, i, pic=True):
    zebra = "odd" if i % 2 == 0 else "even"
    return ('<div class="views-row views-row-%d views-row-%s">%s<div class="views-field views-field-title"><span class="field-content"><a href="%s">%s</a>'
            '</span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div><div class="views-field views-field-body">'
            '<div class="field-content">%s</div></div></div>') % (
        i + 1, zebra, ('<div class="views-field views-field-field-image"><div class="field-content"><a href="%s"><img typeof="foaf:Image" src="/sites/default/'
                       'files/styles/thumbnail/public/%s/%d.jpg" width="100" height="68" alt="" /></a></div></div>' % (url(a), a["ngay"].strftime("%Y-%m"), a["nid"]))
        if pic else "", url(a), x(a["tieu_de"]), stamp(a["ngay"]), x(a["sapo"]))


def pager(k, cur, last):
    """Drupal 7's theme_pager: 0-based ?page=, the first page without it; « đầu ‹ trước … sau › cuối »."""
    if last <= 1:
        return ""
    out = []
    if cur > 0:
        out.append('<li class="pager-first first"><a title="Đến trang đầu tiên" href="%s">« đầu</a></li>' % list_url(k))
        out.append('<li class="pager-previous"><a title="Đến trang trước" href="%s">‹ trước</a></li>' % list_url(k, cur - 1))
    for n in range(last):
        if n == cur:
            out.append('<li class="pager-current">%d</li>' % (n + 1))
        else:
            out.append('<li class="pager-item"><a title="Đến trang %d" href="%s">%d</a></li>' % (n + 1, list_url(k, n), n + 1))
    if cur < last - 1:
        out.append('<li class="pager-next"><a title="Đến trang sau" href="%s">sau ›</a></li>' % list_url(k, cur + 1))
        out.append('<li class="pager-last last"><a title="Đến trang cuối cùng" href="%s">cuối »</a></li>' % list_url(k, last - 1))
    return '<h2 class="element-invisible">Các trang</h2><div class="item-list"><ul class="pager">%s</ul></div>' % "".join(out)


def last_page(k):
    return max(1, (len(in_sec(k)) + PER_PAGE - 1) // PER_PAGE)


def term_page(tv, k, page):
    items = in_sec(k)
    last = last_page(k)
    page = max(0, min(page, last - 1))                 # Drupal 7 clamps a page past the end to the last one
    shown = items[page * PER_PAGE:(page + 1) * PER_PAGE]
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › %s</div><h1 class="title" id="page-title">%s</h1><div class="region region-content">'
            '<div id="block-system-main" class="block block-system"><div class="content"><div class="view view-taxonomy-term view-id-taxonomy_term '
            'view-display-id-page"><div class="attachment attachment-before"><div class="view view-taxonomy-term view-display-id-attachment_1"><h3 class="tieu-diem">'
            'Tiêu điểm</h3><div class="view-content">%s</div></div></div><div class="view-content">%s</div>%s</div></div></div></div>'
            '<div class="feed-icon"><a href="/taxonomy/term/%d/feed" class="feed-icon" title="Theo dõi nội dung này"><img typeof="foaf:Image" src="/misc/feed.png" '
            'width="16" height="16" alt="Theo dõi nội dung này" /></a></div>') % (
        x(SECNAME[k]), x(SECNAME[k]), "".join(row(a, i) for i, a in enumerate(sticky(k))), "".join(row(a, i) for i, a in enumerate(shown)),
        pager(k, page, last), TID[k])
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/taxonomy/term/%d/feed" />\n' % (x(SECNAME[k]), tv.origin, TID[k])
    return answer(shell(tv, "%s | %s" % (SECNAME[k], SITE), main, tv.origin + list_url(k), head, "not-front page-taxonomy"))


def tcs_rows(chunk, start):
    return "".join(row(a, start + i, pic=True) for i, a in enumerate(chunk))


def tcs_page(tv):
    items = in_sec(TCS)
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › Tin cơ sở</div><h1 class="title" id="page-title">Tin cơ sở</h1><div class="region region-content">'
            '<div id="block-system-main" class="block block-system"><div class="content"><div class="view view-tin-co-so view-id-tin_co_so view-display-id-page">'
            '<div class="view-header"><p>Tin, bài của cộng tác viên ở các xã, phường gửi về Ban.</p></div><div class="view-content" id="tin-co-so-list">%s</div>'
            '<div class="btg-xem-them-wrap"><a href="%s1" class="btg-xem-them button">Xem thêm tin cơ sở</a></div></div></div></div></div>'
            '<script type="text/javascript">\n(function ($) {\n  Drupal.behaviors.btgXemThem = {\n    attach: function (context) {\n      $(".btg-xem-them", '
            'context).once("btg-xem-them").click(function (e) {\n        e.preventDefault();\n        var $a = $(this);\n        $.getJSON($a.attr("href"), '
            'function (d) {\n          $("#tin-co-so-list").append(d.html);\n          if (d.next) { $a.attr("href", d.next); } else { $a.remove(); }\n'
            '        });\n      });\n    }\n  };\n})(jQuery);\n</script>') % (tcs_rows(items[:TCS_FIRST], 0), MORE)
    return answer(shell(tv, "Tin cơ sở | %s" % SITE, main, tv.origin + "/tin-co-so", "", "not-front page-tin-co-so"))


def php_json(obj):
    """PHP's json_encode with JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_AMP | JSON_HEX_QUOT (drupal_json_encode): \\/ and \\u003C escapes."""
    import json as _json
    s = _json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    s = s.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("'", "\\u0027")
    return s.replace('\\"', "\\u0022")


def xem_them(tv, n):
    """The vendor module btg_xemthem: GET /xem-them/tin-co-so/<n> -> drupal_json_output({status, html, next})."""
    items = in_sec(TCS)
    start = TCS_FIRST * n
    chunk = items[start:start + TCS_FIRST]
    if not chunk:
        return answer(php_json({"status": False, "html": "", "next": ""}), 200, "application/json")
    nxt = "%s%d" % (MORE, n + 1) if start + TCS_FIRST < len(items) else ""
    return answer(php_json({"status": True, "page": n, "html": tcs_rows(chunk, start), "next": nxt}), 200, "application/json")


def home(tv):
    top = [b for b in ARTS if b["cm"] == "tin-hoat-dong"][:3]
    main = '<div class="region region-content"><div id="block-views-tin-noi-bat-block" class="block block-views"><div class="view view-tin-noi-bat">%s</div></div>' % "".join(
        '<div class="slide"><a href="%s"><img src="/sites/default/files/styles/slide/public/%s/%d.jpg" alt="%s" /></a><h2><a href="%s">%s</a></h2><p>%s</p></div>' % (
            url(a), a["ngay"].strftime("%Y-%m"), a["nid"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), x(a["sapo"])) for a in top)
    for k in MAIN:
        main += ('<div class="block block-views home-cat"><h2 class="block-title"><a href="%s">%s</a></h2><div class="content"><ul>%s</ul></div></div>') % (
            list_url(k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                                                for a in [b for b in ARTS if b["cm"] == k][:5]))
    main += ('<div class="block block-views home-cat"><h2 class="block-title">Tin cơ sở</h2><div class="content"><ul>%s</ul><p class="more-link"><a href="/tin-co-so">'
             'Xem tất cả »</a></p></div></div></div>') % "".join(
        '<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in in_sec(TCS)[:4])
    head = '<link rel="alternate" type="application/rss+xml" title="%s RSS" href="%s/rss.xml" />\n' % (x(SITE), tv.origin)
    return answer(shell(tv, "Trang chủ | %s" % SITE, main, tv.origin + "/", head, "front"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<div class="media-element-container"><img src="/sites/default/files/%s/%d-1.jpg" alt="" /><p class="caption"><em>%s</em></p></div>' % (
                a["ngay"].strftime("%Y-%m"), a["nid"], x(a["chu_thich"])))
    return "".join(out)


def node_html(a, printing=False):
    if a["cm"] == TCS:
        rel_title, rel = "Tin mới cập nhật", [b for b in ARTS if b["cm"] == "tin-hoat-dong"][:5]
    else:
        rel_title, rel = "Các tin khác", [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:5]
    terms = [a["cm"]] + (["tin-hoat-dong"] if a["id"] in CROSS else [])
    tags = "".join('<div class="field-item %s"><a href="%s" typeof="skos:Concept" property="rdfs:label skos:prefLabel">%s</a></div>' % (
        "even" if i % 2 else "odd", list_url(k), x(SECNAME[k])) for i, k in enumerate(terms)) if a["cm"] != TCS else \
        '<div class="field-item even">Tin cơ sở</div>'
    return ('<div id="node-%d" class="node node-%s node-promoted clearfix" about="%s" typeof="sioc:Item foaf:Document"><h1 class="title" id="page-title">%s</h1>'
            '<div class="meta submitted"><span property="dc:date dc:created" content="%s" datatype="xsd:dateTime" class="date">%s, %s</span> | Lượt xem: %d</div>'
            '<div class="content clearfix"><div class="field field-name-field-sapo"><div class="field-items"><div class="field-item even"><strong>%s</strong></div>'
            '</div></div><div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">'
            '%s<p style="text-align: right;"><strong>%s</strong></p></div></div></div><div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference '
            'field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items">%s</div></div></div>%s</div>%s') % (
        a["nid"], "tin-co-so" if a["cm"] == TCS else "article", url(a), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"), thu(a["ngay"]),
        stamp(a["ngay"]), a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]), tags,
        "" if printing else '<div class="link-wrapper"><ul class="links inline"><li class="print_html first last"><a href="%s" title="Hiển thị phiên bản in '
                            'của trang này." class="print-page" rel="nofollow">Bản in</a></li></ul></div>' % print_url(a),
        "" if printing else '<div class="block block-views related"><h2>%s</h2><ul>%s</ul></div>' % (rel_title, "".join(
            '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel)))


def article(tv, a):
    return answer(shell(tv, "%s | %s" % (a["tieu_de"], SITE), '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="%s">%s</a></div>%s' % (
        list_url(a["cm"]), x(SECNAME[a["cm"]]), node_html(a)), tv.origin + url(a), '<meta property="og:type" content="article" />\n', "not-front page-node",
        tv.origin + node_url(a)))


def print_page(tv, a):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/'
                  'xhtml" lang="vi" xml:lang="vi">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>%s | %s</title><meta name="robots" '
                  'content="noindex, nofollow" /><link rel="canonical" href="%s" /><link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/'
                  'print.css" /></head>\n<body><div class="print-logo"><img src="/sites/default/files/banner-btgdv.png" alt="" /></div><div class="print-site_name">Được '
                  'đăng trên %s (%s)</div><hr class="print-hr" /><div class="print-content">%s</div><div class="print-source_url"><strong>Địa chỉ bài viết:</strong> %s'
                  '</div></body>\n</html>\n' % (x(a["tieu_de"]), x(SITE), tv.origin + url(a), x(SITE), tv.origin, node_html(a, printing=True), tv.origin + url(a)))


def not_found(tv):
    main = '<h1 class="title" id="page-title">Không tìm thấy trang</h1><div class="region region-content"><p>Không tìm thấy trang yêu cầu.</p></div>'
    return answer(shell(tv, "Không tìm thấy trang | %s" % SITE, main), 404)


def static_page(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug and s in ("gioi-thieu", "lien-he"):
            main = '<h1 class="title" id="page-title">%s</h1><div class="region region-content">%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
            return answer(shell(tv, "%s | %s" % (t, SITE), main, tv.origin + "/" + s))
    return None


def feed_items(k):
    src = [b for b in ARTS if b["cm"] != TCS] if k is None else in_sec(k)
    return [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in src[:10]]


def sitemap(tv):
    rows = [("/", SITEMAP_AT, "daily")] + [(list_url(k), SITEMAP_AT, "daily") for k in MAIN]
    rows += [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < SITEMAP_AT and a["cm"] != TCS]      # content type 'article' only
    rows += [(p, _dt.datetime(2028, 5, 14, 9, 5), None) for p in DELETED]
    return urlset(tv.origin, sorted(rows, key=lambda r: r[1], reverse=True), headers=[("X-Generator", "Drupal 7 (http://drupal.org)")])


def lich(tv, ym):
    try:
        cur = _dt.datetime.strptime(ym, "%Y-%m")
    except ValueError:
        return not_found(tv)
    prev = (cur - _dt.timedelta(days=1)).strftime("%Y-%m")
    nxt = (cur + _dt.timedelta(days=32)).strftime("%Y-%m")
    main = ('<h1 class="title" id="page-title">Lịch công tác tháng %d/%d</h1><div class="view view-calendar"><div class="date-nav"><a href="/lich-cong-tac/%s" '
            'title="Tháng trước">« Trước</a> | <a href="/lich-cong-tac/%s" title="Tháng sau">Sau »</a></div><table class="full"><tr><td>Thường trực Ban làm việc tại '
            'cơ quan.</td></tr></table></div>') % (cur.month, cur.year, prev, nxt)
    return answer(shell(tv, "Lịch công tác | %s" % SITE, main))


def unavailable(tv):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable'
                  '</h1>\n<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>\n'
                  '</body></html>\n', 503, "text/html; charset=iso-8859-1")


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
Crawl-delay: 4
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.js$
Allow: /modules/*.css$
Allow: /sites/*.png$
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.txt
Disallow: /install.php
Disallow: /update.php
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=search/
Disallow: /?q=user/login/
# Calendar (added by the vendor)
Disallow: /lich-cong-tac

Sitemap: %s/sitemap.xml
"""


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p in ("/", "/node") and not q:
        return home(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == "/rss.xml":
        return rss(tv.origin, SITE, "/", feed_items(None))
    m = _re.fullmatch(r"/taxonomy/term/(\d+)/feed", p)
    if m:
        k = next((k for k, t in TID.items() if t == int(m.group(1))), None)
        return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), feed_items(k)) if k else not_found(tv)
    if p.startswith("/lich-cong-tac"):
        return lich(tv, p[len("/lich-cong-tac/"):] or BAY_GIO.strftime("%Y-%m"))
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in MAIN:
        page = tv.so("page", 0, 0, 99999)
        if page is None:
            return not_found(tv)
        if full == FLAKY and chap_chon(FLAKY):
            return unavailable(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return term_page(tv, m.group(1), page)
    if p == "/tin-co-so" and not q:
        return tcs_page(tv)
    m = _re.fullmatch(r"/xem-them/tin-co-so/(\d{1,3})", p)
    if m and int(m.group(1)) >= 1:
        return xem_them(tv, int(m.group(1)))
    m = _re.fullmatch(r"/(node|print)/(\d+)", p)
    if m:
        a = BY_NID.get(int(m.group(2)))
        if a is None:
            return not_found(tv)
        return article(tv, a) if m.group(1) == "node" else print_page(tv, a)
    if p.startswith("/content/"):
        a = BY_PATH.get(p)
        return article(tv, a) if a else not_found(tv)
    m = _re.fullmatch(r"/([a-z-]+)", p)
    if m:
        out = static_page(tv, m.group(1))
        if out:
            return out
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.2.15 (CentOS)"), ("X-Powered-By", "PHP/5.6.40")])


# ---------------------------------------------------------------- manifest
_tcs = in_sec(TCS)
ONLY_JSON = [url(a) for a in _tcs[TCS_FIRST:]]

MANIFEST = {
    "family": "Drupal 7.98 (PHP 5.6, Apache 2.2 on CentOS 6; a vendor's Zen subtheme, Pathauto content/[node:title], Views 3, XML sitemap, Print, a vendor "
              "module btg_xemthem) of a provincial Party propaganda and mass-mobilisation board (Ban Tuyên giáo và Dân vận Tỉnh ủy An Xuyên): articles "
              "/content/<transliterated title>, taxonomy lists /chuyen-muc/<term>?page=N (0-based), and 'Tin cơ sở' -- a Views page of 6 whose 'Xem thêm tin "
              "cơ sở' is a plain link to a JSON load-more answer {status, html, next}",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": [node_url(a), print_url(a)]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/search/", "/lich-cong-tac"],
    "trap_prefixes": ["/lich-cong-tac"],
    "only_via": {"json-fragment": ONLY_JSON},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("Articles /content/<title transliterated, at most 100 characters> (Pathauto 7.x's default pattern content/[node:title]; -0, -1 on a clash); "
              "/node/<nid> answers 200 with the same page (the shortlink, canonical to the alias) and the Print module's /print/<nid> (200, noindex, the "
              "'Bản in' link, rel=nofollow); dated 'Thứ …, dd/mm/yyyy - HH:MM'. Taxonomy lists /chuyen-muc/<term> and ?page=1.. (0-based, %d a page; "
              "Drupal 7 clamps a page past the end to the last page), Views rows (picture, title link, date, trimmed body) under a 'Tiêu điểm' attachment "
              "(two sticky older nodes of the term) on EVERY page; every 4th 'Dân vận' node is also tagged 'Tin hoạt động' (one node, one address). Feeds "
              "/rss.xml and /taxonomy/term/<tid>/feed. /sitemap.xml: XML sitemap, cron stuck since 20/07/2028, content type 'article' only, two deleted "
              "nodes (404). 'Tin cơ sở' (content type tin_co_so since 01/06/2028, %d nodes, no term, no feed, not in the sitemap) is the Views page "
              "/tin-co-so: its 6 newest rows and a plain link 'Xem thêm tin cơ sở' to /xem-them/tin-co-so/1 -- the vendor module's menu callback, "
              "drupal_json_output({status, page, html: <the next 6 rows>, next: /xem-them/tin-co-so/2}) as application/json (PHP's \\/ and \\u003C "
              "escapes), which the page's behaviour appends; the last answer's next is empty, past it {status: false}. The home block shows the 4 newest; "
              "a tin cơ sở node's page links 'Tin mới cập nhật' of 'Tin hoạt động', never an older tin cơ sở. Flaky: %s answers Apache's 503 every "
              "other request; slow: %s (1 s). A month calendar /lich-cong-tac/YYYY-MM forever (trap, robots-disallowed)." % (
                  PER_PAGE, len(_tcs), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 1), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": "/chuyen-muc/tin-hoat-dong?page=99", "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": "/tin-co-so", "status": 200, "contains": 'href="/xem-them/tin-co-so/1"', "not_contains": x(_tcs[TCS_FIRST]["tieu_de"])},
    {"path": MORE + "1", "status": 200, "contains": "\\/xem-them\\/tin-co-so\\/2"},
    {"path": MORE + "9", "status": 200, "contains": '"status":false'},
    {"path": DELETED[0], "status": 404},
    {"path": node_url(ARTS[3]), "status": 200, "contains": 'rel="canonical" href="http://'},
    {"path": print_url(ARTS[3]), "status": 200, "contains": "noindex"},
    {"path": "/sitemap.xml", "status": 200, "not_contains": url(_tcs[-1])},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<term> -> ?page=N -> /content/<title> (-> 'Bản in' /print/<nid>)",
               "/ -> 'Tin cơ sở' (menu; home block of 4) -> /tin-co-so (6 rows) -> 'Xem thêm tin cơ sở' /xem-them/tin-co-so/1 (JSON: html + next) -> /2 "
               "-> /3 -> /4 -> /content/<title>",
               "robots Sitemap: /sitemap.xml (XML sitemap, stale since 20/07/2028; article type only; two deleted nodes answer 404)",
               "/rss.xml and /taxonomy/term/<tid>/feed"],
    "discovery": [
        "'Tin cơ sở' (%d nodes) shows its 6 newest; the rest come only from the plain link 'Xem thêm tin cơ sở' -> /xem-them/tin-co-so/N, answered "
        "with JSON whose html member holds the next rows and whose next member the next address: a crawler that reads links only from HTML answers "
        "never reads them (only_via json-fragment %d)" % (len(_tcs), len(ONLY_JSON)),
        "Pathauto title addresses with no id, /node/<nid> shortlinks answering 200, a Views attachment of sticky nodes on every page, a stale "
        "one-type sitemap (no only_via)",
    ],
    "set37_pages": {"json-fragment": ["/tin-co-so"]},
    "article_pattern": r"^/content/[a-z0-9-]+$",
    "alias_kinds": ["/node/<nid> (200, the same page, canonical to the alias; the page's shortlink)",
                    "Print module /print/<nid> (200, noindex, canonical; the 'Bản in' link, rel=nofollow)"],
    "quirks": ["Crawl-delay: 4 (the vendor lowered Drupal's 10)", "'Tiêu điểm' attachment on every list page", "0-based ?page=; a page past the end: the "
               "last page again (Drupal 7 clamps)", "XML sitemap stale since 20/07/2028, one content type, two deleted nodes (404)",
               "no feed and no sitemap entry for 'Tin cơ sở'", "JSON with PHP's \\/ and \\u003C escapes", "%s 503 every other request" % FLAKY,
               "%s slow (1 s)" % SLOW, "month calendar trap under robots' Disallow: /lich-cong-tac"],
    "not_articles": list(DELETED),
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Expires: Sun, 19 Nov 1978 05:00:00 GMT; Cache-Control: no-cache, must-revalidate)",
}
