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
SITE = "Ủy ban Kiểm tra Tỉnh ủy Phú Bổn"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("kiem-tra-giam-sat", "Kiểm tra, giám sát", 5, "tinhuy", "bai"),
        ("ky-luat-dang", "Thi hành kỷ luật đảng", 2, "xa", "bai"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"),
        ("thong-bao", "Thông báo", 2, "tinhuy", "thongbao")]
IG = "anh-infographic"                       # the category 'Ảnh - Infographic': Linked Titles: No, Read More: Hide, the intro image linked
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[IG] = "Ảnh - Infographic"
MAIN = ["tin-hoat-dong", "kiem-tra-giam-sat", "nghien-cuu-trao-doi", "thong-bao", IG]
CATID = {"tin-hoat-dong": 8, "kiem-tra-giam-sat": 9, "ky-luat-dang": 15, "nghien-cuu-trao-doi": 10, "thong-bao": 11, IG: 16}
MENU = {k: "/" + k for k in CATID}
MENU["ky-luat-dang"] = "/kiem-tra-giam-sat/ky-luat-dang"   # a child menu item of 'Kiểm tra, giám sát'
ITEMID = {"tin-hoat-dong": 102, "kiem-tra-giam-sat": 103, "ky-luat-dang": 109, "nghien-cuu-trao-doi": 104, "thong-bao": 105, IG: 111}
HUYEN = ["Phú Bổn", "Cheo Reo", "Ayun Pa", "Phú Thiện", "Ia Pa", "Krông Pa", "Chư Sê"]
XA = ["Ia Rbol", "Chư Băh", "Ia Sao", "Ia Hiao", "Chư A Thai", "Ia Mrơn", "Phú Cần", "Ia Rsai"]
AP = ["Buôn Sai", "Buôn Bình Hòa", "Buôn Ma Rin", "Thôn Đoàn Kết", "Buôn Chư Ma", "Thôn Quý Đức"]
PER_PAGE = 8                                  # # Leading 1 + # Intro 7
IG_PER = 6                                    # Infographic: # Intro 6, # Columns 3
IG_SINCE = _dt.datetime(2028, 5, 6, 7, 0)
SITEMAP_AT = _dt.datetime(2028, 3, 2, 15, 12)

_s = SoanTin(37201, 94, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(37201, 94, tu_ngay=_dt.datetime(2027, 11, 14), gan=6),
             id_dau=1300, buoc=5, cm_dau=("tin-hoat-dong", "kiem-tra-giam-sat", "tin-hoat-dong", "thong-bao"), nguon="UBKT",
             chu_de=("kiem-tra", "to-chuc", "dai-hoi-xiv", "hai-cap", "tu-tuong", "kinh-te"))
_g = SoanTin(37202, 21, [(IG, 1, "tinhuy", "bai")], HUYEN, XA, AP, lich=lich22(37203, 21, tu_ngay=IG_SINCE, gan=1), id_dau=1850, buoc=3,
             chu_de=("kiem-tra", "to-chuc", "hai-cap", "dai-hoi-xiv"))
dat_ten_thong_bao(_s.items, "UBKTTU")
for _a in _g.items:
    _a["tieu_de"] = "Infographic: %s" % _a["tieu_de"]
ARTS = sorted(_s.items + _g.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["alias"] = duong_dan(_a["tieu_de"])      # the vi-VN language pack's transliterate(): the whole title
DELETED = ["/tin-hoat-dong/1311-hoi-nghi-so-ket-cong-tac-kiem-tra-quy-i-nam-2028.html", "/thong-bao/1318-thong-bao-lich-tiep-cong-dan-thang-2.html"]
FLAKY = "/tin-hoat-dong.html?start=16"
SLOW = "/nghien-cuu-trao-doi.html?start=8"


def url(a):
    return "%s/%d-%s.html" % (MENU[a["cm"]], a["id"], a["alias"])


def print_url(a):
    return url(a) + "?tmpl=component&print=1&layout=default&page="


BY_ID = {a["id"]: a for a in ARTS}


def in_sec(k):
    """A category blog; 'Kiểm tra, giám sát' includes its subcategory (Include Subcategories: All)."""
    return [a for a in ARTS if a["cm"] == k or (k == "kiem-tra-giam-sat" and a["cm"] == "ky-luat-dang")]


def per(k):
    return IG_PER if k == IG else PER_PAGE


def list_url(k, start=0):
    return MENU[k] + ".html" + ("?start=%d" % start if start else "")


def tieu_diem():
    """mod_articles_category 'Tin tiêu điểm' (featured, by hits; categories 8, 9, 10) in content-top on every category page."""
    return sorted([a for a in ARTS if a["cm"] in ("tin-hoat-dong", "kiem-tra-giam-sat", "nghien-cuu-trao-doi") and a["ngay"] < BAY_GIO - _dt.timedelta(days=20)],
                  key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s, %s %s" % (thu(d), ngay(d), gio(d))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("P3P", 'CP="NOI ADM DEV PSAi COM NAV OUR OTRo STP IND DEM"'), ("Expires", "Mon, 1 Jan 2001 00:00:00 GMT"),
                                         ("Last-Modified", http_date(BAY_GIO)), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                                         ("Pragma", "no-cache")] + list(headers))


def latest():
    return [a for a in ARTS if a["cm"] != IG][:6]


def shell(tv, title, main, here, head="", top=""):
    menu = "".join('<li class="item-%d%s"><a href="%s">%s</a>%s</li>' % (
        ITEMID[k], " deeper parent" if k == "kiem-tra-giam-sat" else "", list_url(k), x(SECNAME[k]),
        '<ul><li class="item-109"><a href="%s">%s</a></li></ul>' % (list_url("ky-luat-dang"), x(SECNAME["ky-luat-dang"])) if k == "kiem-tra-giam-sat" else "")
        for k in MAIN)
    moi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in latest())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/'
        '1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n  <base href="%s" />\n  <meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
        '  <meta name="keywords" content="kiểm tra, giám sát, kỷ luật đảng, Phú Bổn" />\n  <meta name="generator" content="Joomla! - Open Source Content Management" />'
        '\n  <title>%s</title>\n%s  <link href="/templates/ubkt_phubon/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n  <script src="/media/system/'
        'js/mootools-core.js" type="text/javascript"></script>\n  <script src="/media/system/js/core.js" type="text/javascript"></script>\n  <script src="/media/system/'
        'js/caption.js" type="text/javascript"></script>\n  <script type="text/javascript">\nwindow.addEvent(\'load\', function() {\n\t\t\t\tnew JCaption(\'img.caption\');'
        '\n\t\t\t});\n  </script>\n<link rel="stylesheet" href="/templates/ubkt_phubon/css/template.css" type="text/css" />\n<style type="text/css">%s</style>\n</head>\n'
        '<body class="ubkt">\n<div id="wrapper">\n<div id="header"><a href="/"><img src="/images/banner/banner-ubkt.jpg" alt="%s" width="1000" height="150" /></a>'
        '<div class="today">%s, ngày %s</div></div>\n<div id="mainmenu"><ul class="menu"><li class="item-101 current"><a href="/">Trang chủ</a></li><li class="item-107">'
        '<a href="/gioi-thieu.html">Giới thiệu</a></li>%s<li class="item-120"><a href="/lich-cong-tac/eventsbyday/%s/-.html">Lịch công tác</a></li></ul></div>\n'
        '<div id="container"><div id="left"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews">%s</ul></div><div class="moduletable"><h3>Liên kết '
        'website</h3><ul><li><a href="https://ubkttw.example/" target="_blank">Ủy ban Kiểm tra Trung ương</a></li><li><a href="https://dangcongsan.example/" '
        'target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul></div></div>\n<div id="content">%s<div id="system-message-container">\n</div>\n%s</div>\n'
        '</div>\n<div id="footer"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN KIỂM TRA TỈNH ỦY PHÚ BỔN</strong></p><p>Giấy phép số 19/GP-STTTT. Chịu trách nhiệm '
        'nội dung: Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy.</p></div>\n</div>\n<script type="text/javascript">%s</script>\n</body>\n</html>\n') % (
        x(tv.origin + here), x(title), head, pad_css(len(title) * 5 + 9, 11, "pb"), x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, BAY_GIO.strftime("%Y/%m/%d"),
        moi, top, main, pad_js(len(title) + 17, 8, "mootools.more"))


def info(a, hits=True):
    return ('<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class="category-name">Chuyên mục: %s</dd><dd class="published">Ngày đăng: '
            '%s</dd>%s</dl>') % (x(SECNAME[a["cm"]]), stamp(a["ngay"]), '<dd class="hits">Lượt xem: %d</dd>' % a["xem"] if hits else "")


def blog_item(a):
    """J2.5's blog_item.php: linked title, article info, intro image, intro text, 'Đọc thêm...'."""
    return ('<h2><a href="%s">%s</a></h2>%s<div class="img-intro-left"><img src="/images/tin-tuc/%s/%d.jpg" alt="" /></div><p>%s</p><p class="readmore">'
            '<a href="%s">Đọc thêm...</a></p><div class="item-separator"></div>') % (
        url(a), x(a["tieu_de"]), info(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["sapo"]), url(a))


def ig_item(a):
    """The vendor's override for 'Ảnh - Infographic' (Linked Titles: No, Show Read More: Hide): only the intro image is a link."""
    return ('<div class="img-intro-none"><a href="%s"><img src="/images/infographic/%s/ig-%d-thumb.jpg" alt="%s" width="300" height="420" /></a></div>'
            '<h2>%s</h2>%s<div class="item-separator"></div>') % (url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), x(a["tieu_de"]), info(a, False))


def pagination(k, cur, last):
    if last <= 1:
        return ""
    n_ = per(k)
    out = []
    if cur > 1:
        out.append('<li class="pagination-start"><a title="Đầu" href="%s" class="pagenav">Đầu</a></li><li class="pagination-prev"><a title="Trước" href="%s" '
                   'class="pagenav">Trước</a></li>' % (list_url(k), list_url(k, (cur - 2) * n_)))
    else:
        out.append('<li class="pagination-start"><span class="pagenav">Đầu</span></li><li class="pagination-prev"><span class="pagenav">Trước</span></li>')
    for n in range(1, last + 1):
        out.append('<li><span class="pagenav">%d</span></li>' % n if n == cur else
                   '<li><a title="%d" href="%s" class="pagenav">%d</a></li>' % (n, list_url(k, (n - 1) * n_), n))
    if cur < last:
        out.append('<li class="pagination-next"><a title="Tiếp" href="%s" class="pagenav">Tiếp</a></li><li class="pagination-end"><a title="Cuối" href="%s" '
                   'class="pagenav">Cuối</a></li>' % (list_url(k, cur * n_), list_url(k, (last - 1) * n_)))
    else:
        out.append('<li class="pagination-next"><span class="pagenav">Tiếp</span></li><li class="pagination-end"><span class="pagenav">Cuối</span></li>')
    return '<div class="pagination"><p class="counter">Trang %d / %d</p><ul>%s</ul></div>' % (cur, last, "".join(out))


def last_page(k):
    return max(1, (len(in_sec(k)) + per(k) - 1) // per(k))


def category(tv, k, start):
    items = in_sec(k)
    n_ = per(k)
    last = last_page(k)
    start = min(start, (last - 1) * n_)          # JModelList::getStart(): a start past the end shows the last page
    cur = start // n_ + 1
    shown = items[start:start + n_]
    if k == IG:
        body = '<div class="items-row cols-3">%s</div>' % "".join('<div class="item column-%d">%s</div>' % (i % 3 + 1, ig_item(a)) for i, a in enumerate(shown))
        desc = '<div class="category-desc">Ảnh, infographic về công tác kiểm tra, giám sát và thi hành kỷ luật đảng.</div>'
    else:
        body = ('<div class="items-leading"><div class="leading-0">%s</div></div>' % blog_item(shown[0]) if shown else "") + "".join(
            '<div class="items-row cols-1 row-%d"><div class="item column-1">%s</div><span class="row-separator"></span></div>' % (i, blog_item(a))
            for i, a in enumerate(shown[1:]))
        desc = ""
    sub = ""
    if k == "kiem-tra-giam-sat":
        sub = ('<div class="cat-children"><h3>Chuyên mục con</h3><ul><li class="first last"><span class="item-title"><a href="%s">%s</a></span></li></ul></div>' % (
            list_url("ky-luat-dang"), x(SECNAME["ky-luat-dang"])))
    main = '<div class="blog%s"><h2>%s</h2>%s%s%s%s</div>' % (" infographic" if k == IG else "", x(SECNAME[k]), desc, body, sub, pagination(k, cur, last))
    top = '<div class="moduletable tieu-diem"><h3>Tin tiêu điểm</h3><ul class="category-module">%s</ul></div>' % "".join(
        '<li><a class="mod-articles-category-title" href="%s">%s</a><span class="mod-articles-category-date">%s</span></li>' % (
            url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in tieu_diem())
    here = list_url(k, start) if start else list_url(k)
    head = "" if k == IG else '  <link href="%s.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n' % MENU[k]
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, here, head, top))


def home(tv):
    feat = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "kiem-tra-giam-sat")][:5]
    main = '<div class="blog-featured"><div class="items-leading">%s</div></div>' % "".join(
        '<div class="leading-%d">%s</div>' % (i, blog_item(a)) for i, a in enumerate(feat))
    igs = [a for a in ARTS if a["cm"] == IG][:4]
    top = ('<div class="moduletable infographic-slide"><h3>Ảnh - Infographic</h3><div class="slide-wrap">%s</div></div>' % "".join(
        '<div class="slide-item"><a href="%s"><img src="/images/infographic/%s/ig-%d-thumb.jpg" alt="%s" width="220" height="300" /></a></div>' % (
            url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"])) for a in igs))
    for k in ("nghien-cuu-trao-doi", "thong-bao", "ky-luat-dang"):
        top += '<div class="moduletable home-cat"><h3><a href="%s">%s</a></h3><ul class="category-module">%s</ul></div>' % (
            list_url(k), x(SECNAME[k]), "".join('<li><a class="mod-articles-category-title" href="%s">%s</a></li>' % (url(a), x(a["tieu_de"]))
                                                for a in [b for b in ARTS if b["cm"] == k][:4]))
    head = '  <link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
    return answer(shell(tv, "Trang chủ - %s" % SITE, main, "/", head, top))


def body_of(a):
    out = []
    if a["cm"] == IG:
        out.append('<p style="text-align: center;"><img src="/images/infographic/%s/ig-%d.jpg" alt="%s" width="800" height="1680" /></p>' % (
            a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"])))
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
    return "".join(out)


def item_page(a, printing=False):
    if a["cm"] == IG:
        other = [b for b in ARTS if b["cm"] == IG and b is not a][:4]
        rel = '<div class="moduletable ig-khac"><h3>Infographic khác</h3>%s</div>' % "".join(
            '<div class="ig-thumb"><a href="%s"><img src="/images/infographic/%s/ig-%d-thumb.jpg" alt="%s" width="160" height="220" /></a></div>' % (
                url(b), b["ngay"].strftime("%Y/%m"), b["id"], x(b["tieu_de"])) for b in other)
    else:
        rel = '<div class="items-more"><h3>Các tin khác</h3><ol>%s</ol></div>' % "".join(
            '<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in [c for c in ARTS if c["cm"] == a["cm"] and c["ngay"] < a["ngay"]][:5])
    icons = "" if printing else (
        '<ul class="actions"><li class="print-icon"><a href="%s" title="In" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,'
        'titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow"><img src="/media/system/images/'
        'printButton.png" alt="In"  /></a></li></ul>' % x(print_url(a)))
    return ('<div class="item-page"><h2>%s</h2>%s%s<p><strong>%s</strong></p>%s<p style="text-align: right;"><strong>%s</strong></p></div>%s') % (
        x(a["tieu_de"]), icons, info(a), x(a["sapo"]), body_of(a), x(a["tac_gia"]), "" if printing else rel)


def article(tv, a):
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), '<div class="breadcrumbs"><a href="/" class="pathway">Trang chủ</a> » <a href="%s" class="pathway">'
                        '%s</a></div>%s' % (list_url(a["cm"]), x(SECNAME[a["cm"]]), item_page(a)), url(a)))


def print_page(tv, a):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n  <base href="%s" />\n  <meta http-equiv="content-type" content="text/html; '
                  'charset=utf-8" />\n  <meta name="robots" content="noindex, nofollow" />\n  <title>%s</title>\n</head>\n<body class="contentpane">\n<div id="system-'
                  'message-container">\n</div>\n<a href="#" onclick="window.print();return false;">In</a>%s\n</body>\n</html>\n' % (
                      x(tv.origin + print_url(a)), x(a["tieu_de"]), item_page(a, printing=True)))


def not_found(tv, msg="Không tìm thấy trang"):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n<title>404 - Lỗi: 404</title>\n<link rel="stylesheet" href="/templates/'
                  'system/css/error.css" type="text/css" />\n</head>\n<body>\n<div class="error"><div id="outline"><div id="errorboxoutline"><div id="errorboxheader">'
                  '404 - %s</div><div id="errorboxbody"><p><strong>Bạn không thể truy cập trang này vì:</strong></p><ol><li>một đánh dấu đã hết hạn</li><li>địa chỉ '
                  'nhập sai</li></ol><p><a href="/" title="Về trang chủ">Trang chủ</a></p></div></div></div></div>\n</body>\n</html>\n' % x(msg), 404)


def static_page(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug and s in ("gioi-thieu", "lien-he"):
            main = '<div class="item-page"><h2>%s</h2>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
            return answer(shell(tv, "%s - %s" % (t, SITE), main, "/%s.html" % s))
    return None


def feed(tv, k):
    src = latest()[:10] if k is None else [b for b in in_sec(k)][:10]
    return rss(tv.origin, "%s - %s" % (SECNAME.get(k, "Trang chủ"), SITE), list_url(k) if k else "/",
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in src])


def sitemap(tv):
    """A static file made once with an online generator (xml-sitemaps.com) on 02/03/2028 and uploaded."""
    rows = [("/", SITEMAP_AT, "daily")] + [(list_url(k), SITEMAP_AT, "daily") for k in ("tin-hoat-dong", "kiem-tra-giam-sat", "ky-luat-dang",
                                                                                           "nghien-cuu-trao-doi", "thong-bao")]
    rows += [(url(a), SITEMAP_AT, "monthly") for a in ARTS if a["ngay"] < SITEMAP_AT]
    rows += [(p, SITEMAP_AT, "monthly") for p in DELETED]
    out = urlset(tv.origin, rows)
    out.body = out.body.replace(b"<urlset", b"<!-- created with Free Online Sitemap Generator www.xml-sitemaps.com -->\n<urlset", 1)
    return out


def lich(tv, y, m, d):
    try:
        cur = _dt.datetime(int(y), int(m), int(d))
    except ValueError:
        return not_found(tv)
    main = ('<div id="jevents"><div class="jev_toprow"><h2>Lịch công tác ngày %s</h2></div><div class="jev_navigation"><a href="/lich-cong-tac/eventsbyday/%s/-.html" '
            'title="Ngày trước">« Ngày trước</a> | <a href="/lich-cong-tac/eventsbyday/%s/-.html" title="Ngày sau">Ngày sau »</a></div><div class="jev_listview">'
            '<p>Không có sự kiện nào.</p></div></div>') % (ngay(cur), (cur - _dt.timedelta(days=1)).strftime("%Y/%m/%d"), (cur + _dt.timedelta(days=1)).strftime("%Y/%m/%d"))
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main, tv.path))


def db_error(tv):
    return Dapung('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head><title>500 - '
                  'Lỗi: 500</title></head><body><div class="error"><div id="errorboxheader">500 - Database Error: Unable to connect to the Database</div><div id='
                  '"errorboxbody"><p>Could not connect to MySQL.</p></div></div></body></html>', 500, "text/html; charset=utf-8")


ROBOTS = """# If the Joomla site is installed within a folder such as at
# e.g. www.example.com/joomla/ the robots.txt file MUST be
# moved to the site root at e.g. www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to the disallowed
# path, e.g. the Disallow rule for the /administrator/ folder
# MUST be changed to read Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/orig.html
#
# For syntax checking, see:
# http://www.sxw.org.uk/computing/robots/check.html

User-agent: *
Crawl-delay: 3
Disallow: /administrator/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /images/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /libraries/
Disallow: /logs/
Disallow: /media/
Disallow: /modules/
Disallow: /plugins/
Disallow: /templates/
Disallow: /tmp/
Disallow: /lich-cong-tac/

Sitemap: %s/sitemap.xml
"""


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p in ("/", "/index.php") and not q:
        return home(tv)
    if p == "/index.php" and tv.q.get("format") == "feed":
        return feed(tv, None)
    if p == "/sitemap.xml":
        return sitemap(tv)
    m = _re.fullmatch(r"/lich-cong-tac/eventsbyday/(\d{4})/(\d{1,2})/(\d{1,2})/-\.html", p)
    if m:
        return lich(tv, *m.groups())
    for k, base in MENU.items():
        if p == base + ".html":
            start = tv.so("start", 0, 0, 99999)
            if start is None:
                return not_found(tv)
            if full == FLAKY and chap_chon(FLAKY):
                return db_error(tv)
            if full == SLOW:
                cham(tv, 1.0)
            return category(tv, k, start)
        if p == base + ".feed" and tv.q.get("type") == "rss":
            return feed(tv, k)
    m = _re.fullmatch(r"(/[a-z-]+(?:/[a-z-]+)?)/(\d+)-([a-z0-9-]+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if a is None or MENU[a["cm"]] != m.group(1):
            return not_found(tv, "Không tìm thấy bài viết")
        if a["alias"] != m.group(3):
            return not_found(tv, "Không tìm thấy bài viết")
        if tv.q.get("tmpl") == "component" and tv.q.get("print") == "1":
            return print_page(tv, a)
        if q:
            return not_found(tv)
        return article(tv, a)
    m = _re.fullmatch(r"/([a-z-]+)\.html", p)
    if m:
        out = static_page(tv, m.group(1))
        if out:
            return out
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.2.22 (Debian)"), ("X-Powered-By", "PHP/5.3.29")])


# ---------------------------------------------------------------- manifest
_ig = in_sec(IG)
ONLY_PIC = [url(a) for a in _ig]

MANIFEST = {
    "family": "Joomla 2.5.28 (PHP 5.3, Apache 2.2 on Debian; SEF URLs with rewriting and the .html suffix, a vendor's template and blog overrides, JEvents) "
              "of a provincial Party inspection committee (Ủy ban Kiểm tra Tỉnh ủy Phú Bổn): articles /<menu path>/<id>-<alias>.html, category blogs "
              "/<menu>.html?start=N, and 'Ảnh - Infographic' -- a blog with Linked Titles: No and Read More hidden, where the template links only the "
              "intro image",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": [print_url(a)]} for a in ARTS},
    "robots_disallowed": ["/administrator/", "/components/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"picture-link": ONLY_PIC},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles /<menu path>/<id>-<alias>.html (the alias the whole title transliterated by the vi-VN language pack; a wrong alias or menu path "
              "answers 404), a print view <article>?tmpl=component&print=1&layout=default&page= (200, noindex; the print icon, a picture link with a "
              "window.open onclick); dated 'Ngày đăng: Thứ …, dd/mm/yyyy HH:MM'; every page prints <base href> of its own address. Category blogs "
              "/<menu>.html and ?start=%d, %d, … (# Leading 1 + # Intro 7; a start past the end shows the last page: JModelList::getStart), with the "
              "module 'Tin tiêu điểm' (two featured, most-read older items) on top of EVERY category page; 'Kiểm tra, giám sát' includes its subcategory "
              "'Thi hành kỷ luật đảng', whose items keep their own address /kiem-tra-giam-sat/ky-luat-dang/<id>-<alias>.html (one address, two lists). "
              "Feeds <menu>.feed?type=rss (linked from every category blog except 'Ảnh - Infographic', whose feed still answers but is linked nowhere) and "
              "/index.php?format=feed&type=rss. /sitemap.xml: a "
              "static file an online generator made on 02/03/2028, two deleted articles (404). 'Ảnh - Infographic' (category 16, since 06/05/2028, %d "
              "items, %d a page in three columns): Linked Titles: No, Show Read More: Hide, and the vendor's blog_item override wraps the intro image in "
              "the article link -- the headline is a plain <h2>; the home slider (4 newest) and an infographic's 'Infographic khác' (4) are picture links "
              "too; no text link to an infographic anywhere, and no feed link on its blog. Flaky: %s answers 500 'Database Error: Unable to connect to the "
              "Database' every other request; slow: %s (1 s). A JEvents day calendar /lich-cong-tac/eventsbyday/YYYY/MM/DD/-.html forever (trap, "
              "robots-disallowed)." % (PER_PAGE, 2 * PER_PAGE, len(_ig), IG_PER, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", PER_PAGE), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 800), "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": list_url(IG, IG_PER), "status": 200, "contains": 'alt="%s"' % x(_ig[IG_PER]["tieu_de"]), "not_contains": "Đọc thêm..."},
    {"path": list_url("kiem-tra-giam-sat"), "status": 200, "contains": "/kiem-tra-giam-sat/ky-luat-dang/"},
    {"path": DELETED[0], "status": 404},
    {"path": "/tin-hoat-dong/%d-sai-alias.html" % ARTS[0]["id"], "status": 404},
    {"path": print_url(ARTS[2]), "status": 200, "contains": "noindex"},
    {"path": "/", "status": 200, "contains": '<base href="http://'},
]
SUMMARY = {
    "chains": ["/ -> /<menu>.html -> ?start=8·k -> /<menu>/<id>-<alias>.html (-> print icon ?tmpl=component&print=1&layout=default&page=)",
               "/ -> 'Kiểm tra, giám sát' (with its subcategory's items) / its child menu item /kiem-tra-giam-sat/ky-luat-dang.html -> "
               "/kiem-tra-giam-sat/ky-luat-dang/<id>-<alias>.html",
               "/ (slider of 4 pictures) / menu -> /anh-infographic.html -> ?start=6, 12, 18 -> the intro image <a><img alt></a> -> "
               "/anh-infographic/<id>-<alias>.html",
               "robots Sitemap: /sitemap.xml (a static file of 02/03/2028; two deleted articles answer 404)"],
    "discovery": [
        "'Ảnh - Infographic' (%d items): the blog prints each headline as a plain <h2> and links the item only through its intro image (the home "
        "slider and 'Infographic khác' too): a crawler that drops links with no text never follows them (only_via picture-link %d)" % (len(_ig), len(ONLY_PIC)),
        "a subcategory's items listed in the parent's blog under the child's menu path, <base href> of the page's own address, a static sitemap "
        "from an online generator (no only_via)",
    ],
    "set37_pages": {"picture-link": [list_url(IG), list_url(IG, IG_PER), "/"]},
    "article_pattern": r"^/[a-z-]+(?:/[a-z-]+)?/\d+-[a-z0-9-]+\.html$",
    "alias_kinds": ["print view ?tmpl=component&print=1&layout=default&page= (200, noindex; the print icon, rel=nofollow)"],
    "quirks": ["Crawl-delay: 3", "<base href> of the page's own address on every page", "'Tin tiêu điểm' module on top of every category page",
               "a start past the end: the last page again", "a wrong alias: 404", "sitemap a static file of 02/03/2028 with two deleted articles (404)",
               "Last-Modified: the moment of the request (Joomla 2.5)", "no feed link for 'Ảnh - Infographic'", "%s 500 every other request" % FLAKY,
               "%s slow (1 s)" % SLOW, "JEvents day calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": list(DELETED),
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "Last-Modified = the moment of the request, no ETag (Expires: Mon, 1 Jan 2001; Cache-Control: no-store, no-cache)",
}
