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
SITE = "Đảng bộ tỉnh Bình Long"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "xa", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"), ("thong-bao", "Thông báo", 2, "tinhuy", "thongbao")]
DB = "diem-bao"                              # 'Điểm báo': an Asset Publisher whose ADT prints a table 'Ngày | Nội dung chính | Đơn vị thực hiện'
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[DB] = "Điểm báo"
MAIN = [k for k, _, _, _, _ in SECS]
PAGES = MAIN[:2] + [DB] + MAIN[2:]
INST = {"tin-hoat-dong": "q7LmXa2RkT0b", "xay-dung-dang": "Hc4vNw8ZpE1s", "nghien-cuu-trao-doi": "tR6yKd3JmQ9u", "thong-bao": "Bx5GfL0wVc2n",
        DB: "Wn2pZs7KqD4e"}
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
HUYEN = ["Bình Long", "An Lộc", "Chơn Thành", "Hớn Quản", "Lộc Ninh", "Bù Đốp", "Minh Hưng"]
XA = ["Thanh Lương", "Thanh Phú", "Tân Khai", "Minh Đức", "Lộc Thái", "Thiện Hưng", "Tân Quan", "Nha Bích"]
APS = ["Ấp Sóc Bế", "Ấp Phú Lố", "Ấp Cần Lê", "Ấp Sóc Lớn", "Ấp Xa Cô", "Ấp Bàu Lòng"]
PER_PAGE = 10
DB_PER = 10

_s = SoanTin(37401, 92, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, APS, lich=lich22(37401, 92, tu_ngay=_dt.datetime(2027, 11, 24), gan=6),
             id_dau=61000, buoc=11, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "thong-bao"), nguon="BL",
             chu_de=("dai-hoi-xiv", "hai-cap", "to-chuc", "kinh-te", "xa-hoi", "chuyen-doi-so", "kiem-tra"))
dat_ten_thong_bao(_s.items, "TU")

# 'Điểm báo': one press digest a working day, compiled by the Ban Tuyên giáo và Dân vận and posted about 07:30 -- the 21 working days up to 10/10/2028
_BAO = ("Báo Bình Long", "Báo Nhân Dân", "Báo Quân đội nhân dân", "Tạp chí Cộng sản", "Báo điện tử Đảng Cộng sản Việt Nam", "Báo Sài Gòn Giải Phóng",
        "Báo Tuổi Trẻ", "Đài Phát thanh - Truyền hình Bình Long", "Báo Lao Động", "Báo Tiền Phong")
_LINH_VUC = ("xây dựng Đảng", "kinh tế - xã hội", "quốc phòng - an ninh", "văn hóa - xã hội", "nông nghiệp, nông thôn", "chuyển đổi số",
             "cải cách hành chính", "phòng, chống tham nhũng, tiêu cực")


def _diem_bao():
    r = _rnd.Random(37402)
    days, d = [], _dt.datetime(2028, 10, 10)
    while len(days) < 21:
        if d.weekday() < 5:
            days.append(d)
        d -= _dt.timedelta(days=1)
    out = []
    news = [a for a in _s.items if a["cm"] != "thong-bao"]
    for i, d in enumerate(days):
        when = d.replace(hour=7, minute=r.randint(18, 52))
        near = [a for a in news if a["ngay"] < d and (d - a["ngay"]).days <= 6] or [a for a in news if a["ngay"] < d][:6]   # what the papers had by then
        doan, tin = [], []
        for j in range(5):
            bao = _BAO[(i * 3 + j) % len(_BAO)]
            if j < 2 and near:
                a = near[(i + j) % len(near)]
                doan.append("%s số ra ngày %s đăng bài “%s”, phản ánh %s; bài viết dẫn ý kiến đồng chí %s, %s, về %d nhiệm vụ trọng tâm còn lại của năm 2028." % (
                    bao, ngay(d - _dt.timedelta(days=j)), a["tieu_de"], r.choice(CHU_DE[a["chu_de"]][1]), _s.nguoi(), _s.chuc(), r.randint(3, 12)))
                tin.append("%s: “%s”" % (bao, a["tieu_de"]))
            else:
                lv = r.choice(_LINH_VUC)
                doan.append("Về lĩnh vực %s, %s có %d tin, bài; đáng chú ý là bài phản ánh xã %s %s, đạt %d%% kế hoạch năm, cùng ý kiến đề nghị tháo gỡ "
                            "vướng mắc về mặt bằng và nguồn vốn ở %s." % (
                                lv, bao, r.randint(2, 14), r.choice(XA), r.choice(("hoàn thành sớm chỉ tiêu phát triển đảng viên", "đẩy mạnh giải ngân vốn "
                                                                                  "đầu tư công", "triển khai mô hình dân vận khéo", "vận hành trung tâm hành "
                                                                                  "chính công cấp xã", "phát triển sản phẩm OCOP")),
                                r.randint(61, 98), r.choice(APS)))
                tin.append("%s: tin, bài về %s" % (bao, lv))
        tom = "; ".join(tin[:3]) + "."
        out.append({"id": 70000 + (21 - i) * 3, "cm": DB, "kieu": "bai", "tieu_de": "Điểm báo ngày %s" % ngay(d), "ngay": when, "chu_de": "tu-tuong",
                    "nhan": ["Điểm báo"], "xem": 40 + r.randint(0, 300), "sapo": "Điểm tin báo chí trung ương và địa phương viết về Bình Long ngày %s." % ngay(d),
                    "tom": tom, "doan": doan, "chu_thich": "", "tac_gia": "Ban Tuyên giáo và Dân vận Tỉnh ủy"})
    return out


ARTS = sorted(_s.items + _diem_bao(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
_TAKEN = set()
for _a in sorted(ARTS, key=lambda a: (a["ngay"], a["id"])):
    _u = _b = duong_dan(_a["tieu_de"], 100)      # the journal article's urlTitle
    _k = 1
    while _u in _TAKEN:
        _u = "%s-%d" % (_b, _k)
        _k += 1
    _TAKEN.add(_u)
    _a["ut"] = _u
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu-trao-doi"][1::3]}     # also categorised 'Xây dựng Đảng'
HET_HAN = "/-/thong-bao-lich-tiep-cong-dan-cua-bi-thu-tinh-uy-thang-9-nam-2028"        # an expired notice the home box still links
FLAKY_K, FLAKY_CUR = "tin-hoat-dong", 3
SLOW_K, SLOW_CUR = "xay-dung-dang", 2


def url(a):
    return "/-/" + a["ut"]


def back_url(a, k):
    return "%s?inheritRedirect=true&redirect=%%2F%s" % (url(a), k)


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def aliases(a):
    return [back_url(a, a["cm"])] + ([back_url(a, "xay-dung-dang")] if a["id"] in CROSS else [])


BY_UT = {a["ut"]: a for a in ARTS}


def list_url(k, cur=1):
    if cur <= 1:
        return "/" + k
    ns = "_" + AP + INST[k]
    return "/%s?p_p_id=%s%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&%s_delta=%d&p_r_p_resetCur=false&%s_cur=%d" % (
        k, AP, INST[k], ns, DB_PER if k == DB else PER_PAGE, ns, cur)


FLAKY = list_url(FLAKY_K, FLAKY_CUR)
SLOW = list_url(SLOW_K, SLOW_CUR)


def noi_bat(k):
    """The page's second Asset Publisher 'Tin nổi bật' (category k, tag 'noi-bat': two older, much-read items), above the list on every page."""
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("Pragma", "no-cache"),
                                         ("Liferay-Portal", "Liferay Community Edition Portal 7.1.3 CE GA4 (Judson / Build 7103 / June 26, 2019)"),
                                         ("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff")] + list(headers))


def cookies(tv, out):
    if tv.h("Cookie"):
        return []
    return [("Set-Cookie", "JSESSIONID=7F3A0C9D1B2E4F5A6B7C8D9E0F1A2B3C; Path=/; HttpOnly"), ("Set-Cookie", "COOKIE_SUPPORT=true; Path=/; HttpOnly"),
            ("Set-Cookie", "GUEST_LANGUAGE_ID=vi_VN; Path=/; HttpOnly")]


def shell(tv, title, main, canonical=None, layout="home"):
    nav = "".join('<li class="lfr-nav-item%s" role="presentation"><a aria-labelledby="layout_%d" href="/%s" role="menuitem"><span>%s</span></a></li>' % (
        " selected active" if k == layout else "", 20 + i, k, x(SECNAME[k])) for i, k in enumerate(PAGES))
    return (
        '<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="vi-VN">\n\n<head>\n\t<title>%s - %s</title>\n\n\t<meta content="initial-scale=1.0, width=device-width" '
        'name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n%s<link href="/o/binhlong-theme/images/favicon.ico" rel="icon" />\n'
        '<link class="lfr-css-file" data-senna-track="temporary" href="/o/binhlong-theme/css/main.css?browserId=other&amp;themeId=binhlongtheme_WAR_binhlongtheme&amp;'
        'languageId=vi_VN&amp;b=7103&amp;t=1571234567000" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n<style type="text/css">%s</style>\n<script data-senna-'
        'track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.Browser = {acceptsGzip: function() {return true;}};\nLiferay.'
        'ThemeDisplay = {getLayoutId: function() {return "%d";}, getLanguageId: function() {return "vi_VN";}, getPathContext: function() {return "";}, isSignedIn: '
        'function() {return false;}};\nLiferay.authToken = "Qm3xK9aZ";\n// ]]>\n</script>\n<script src="/o/frontend-js-web/everything.jsp?browserId=other&amp;themeId='
        'binhlongtheme_WAR_binhlongtheme&amp;languageId=vi_VN&amp;b=7103&amp;t=1571234567000" type="text/javascript"></script>\n</head>\n\n<body class=" controls-visible '
        'yui3-skin-sam guest-site signed-out public-page site">\n<div class="d-flex flex-column min-vh-100">\n<div class="container-fluid" id="wrapper">\n<header id="banner" '
        'role="banner"><div id="heading"><a class="logo custom-logo" href="/" title="%s"><img alt="" height="150" src="/image/layout_set_logo?img_id=41207&amp;t=1571"'
        ' width="1140" /></a><span class="ngay-hien-tai">%s, %s</span></div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang '
        'web" role="menubar"><li class="lfr-nav-item%s" role="presentation"><a href="/" role="menuitem"><span>Trang chủ</span></a></li>%s<li class="lfr-nav-item" role='
        '"presentation"><a href="/lich-cong-tac" role="menuitem"><span>Lịch công tác</span></a></li></ul></nav></header>\n<section id="content">\n<div class="columns-'
        '2-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">%s</div><div class="'
        'col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPor'
        'tlet_"><div class="portlet-content"><h2 class="portlet-title-text">Liên kết</h2><div class="journal-content-article"><ul><li><a href="https://dangcongsan.example'
        '/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.example/" target="_blank">Tạp chí Tuyên giáo</a></li></ul></div>'
        '</div></div></div></div></div>\n</section>\n<footer id="footer" role="contentinfo"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH LONG</strong></p><p>Cơ '
        'quan chủ quản: Tỉnh ủy Bình Long. Giấy phép số 102/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></footer>\n</div>\n</div>\n<script type='
        '"text/javascript">\n// <![CDATA[\n%s\n// ]]>\n</script>\n</body>\n\n</html>\n') % (
        x(title), x(SITE), ('<link data-senna-track="temporary" href="%s" rel="canonical" />\n' % x(canonical)) if canonical else "",
        pad_css(len(title) * 11 + 2, 11, "bl"), 20 + (PAGES.index(layout) if layout in PAGES else 10), x(SITE), thu(BAY_GIO), ngay(BAY_GIO),
        " selected active" if layout == "home" else "", nav, main, pad_js(len(title) + 29, 8, "aui.liferay"))


def portlet(k, title, inner, suffix="1"):
    return ('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end '
            'portlet-decorate portlet-asset-publisher" id="p_p_id_%s%s_"><span id="p_%s%s"></span><section class="portlet" id="portlet_%s%s"><div class="portlet-content">'
            '<h2 class="portlet-title-text">%s</h2><div class="autofit-float autofit-row portlet-header"></div><div class="portlet-content-container"><div class="'
            'portlet-body">%s</div></div></div></section></div>') % (AP, INST[k] + suffix if suffix != "1" else INST[k], AP, INST[k], AP, INST[k], x(title), inner)


def news_li(a, k):
    return ('<li class="list-news-item"><div class="image"><a href="%s"><img alt="" src="/documents/41207/0/%d.jpg/%s?t=1571" /></a></div><div class="info"><h3 class='
            '"title"><a href="%s">%s</a></h3><span class="date">%s %s</span><p class="summary">%s</p></div></li>') % (
        x(back_url(a, k)), a["id"], "0f3c9a2e-" + str(a["id"]), x(back_url(a, k)), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]))


def db_row(a):
    return ('<tr><td class="ngay"><a href="%s">%s</a></td><td class="noi-dung">%s</td><td class="don-vi">%s</td></tr>') % (
        x(back_url(a, DB)), ngay(a["ngay"]), x(a["tom"]), x(a["tac_gia"]))


def page_iterator(k, cur, last, total):
    if last <= 1:
        return ""
    per = DB_PER if k == DB else PER_PAGE
    sel = "".join('<li><a class="dropdown-item" href="%s">%d</a></li>' % (x(list_url(k, n)), n) for n in range(1, last + 1))
    btn = lambda ok, cls, lbl, n: '<li class="%s%s"><a href="%s">%s</a></li>' % (cls, "" if ok else " disabled", x(list_url(k, n)) if ok else "javascript:;", lbl)
    return ('<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector"><div '
            'class="dropdown"><a class="dropdown-toggle direction-down max-display-items-15 btn btn-default" data-toggle="dropdown" href="javascript:;">Trang %d của %d'
            '</a><ul class="dropdown-menu">%s</ul></div></div></div><small class="search-results">Hiển thị %d - %d của %d kết quả.</small><ul class="lfr-pagination-'
            'buttons pager">%s%s%s%s</ul></div></div>') % (
        cur, last, sel, (cur - 1) * per + 1, min(cur * per, total), total, btn(cur > 1, "first", "Đầu", 1), btn(cur > 1, "", "Trước", cur - 1),
        btn(cur < last, "", "Tiếp theo", cur + 1), btn(cur < last, "last", "Cuối", last))


def section(tv, k, cur):
    items = in_sec(k)
    per = DB_PER if k == DB else PER_PAGE
    last = max(1, (len(items) + per - 1) // per)
    cur = min(cur, last)                      # SearchContainer: a page past the end shows the last one
    shown = items[(cur - 1) * per:cur * per]
    if k == DB:
        inner = ('<div class="diem-bao"><p class="mo-ta">Điểm tin báo chí trung ương và địa phương viết về Bình Long, cập nhật các ngày làm việc.</p><table class="table '
                 'table-bordered table-striped bang-diem-bao"><thead><tr><th>Ngày</th><th>Nội dung chính</th><th>Đơn vị thực hiện</th></tr></thead><tbody>%s</tbody>'
                 '</table></div>%s') % ("".join(db_row(a) for a in shown), page_iterator(k, cur, last, len(items)))
        main = portlet(k, SECNAME[k], inner)
    else:
        top = portlet(k, "Tin nổi bật", '<ul class="list-news noi-bat">%s</ul>' % "".join(news_li(a, k) for a in noi_bat(k)), "x")
        main = top + portlet(k, SECNAME[k], '<ul class="list-news">%s</ul>%s' % ("".join(news_li(a, k) for a in shown), page_iterator(k, cur, last, len(items))))
    return answer(shell(tv, SECNAME[k], main, tv.origin + "/" + k, k))


def home(tv):
    top = [a for a in ARTS if a["cm"] == "tin-hoat-dong"][:3]
    main = '<div class="slider-tin">%s</div>' % "".join(
        '<div class="slide"><a href="%s"><img alt="%s" src="/documents/41207/0/%d.jpg" /></a><h2><a href="%s">%s</a></h2></div>' % (
            url(a), x(a["tieu_de"]), a["id"], url(a), x(a["tieu_de"])) for a in top)
    db = in_sec(DB)[0]
    main += ('<div class="box-diem-bao"><h2 class="box-title"><a href="/diem-bao">Điểm báo</a></h2><p><a href="%s">%s</a></p><p class="summary">%s</p></div>') % (
        url(db), x(db["tieu_de"]), x(db["tom"]))
    for k in MAIN:
        lst = [b for b in ARTS if b["cm"] == k][:5]
        lis = "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in lst)
        if k == "thong-bao":
            lis += '<li><a href="%s">Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy tháng 9 năm 2028</a> <span class="date">28/08/2028</span></li>' % HET_HAN
        main += '<div class="box-chuyen-muc"><h2 class="box-title"><a href="/%s">%s</a></h2><ul>%s</ul></div>' % (k, x(SECNAME[k]), lis)
    return answer(shell(tv, "Trang chủ", main, tv.origin + "/", "home"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append("<p>%s</p>" % x(p))
    return "".join(out)


def article(tv, a, back=None):
    if a["cm"] == DB:
        other = [b for b in in_sec(DB) if b["ngay"] < a["ngay"]][:8]
        rel = '<div class="diem-bao-khac"><h3>Điểm báo các ngày trước</h3><p>%s</p></div>' % " | ".join(
            '<a href="%s">%s</a>' % (url(b), ngay(b["ngay"])) for b in other)
    else:
        rel = '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"]))
            for b in [c for c in in_sec(a["cm"]) if c["ngay"] < a["ngay"]][:5])
    main = ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_" id="p_p_id_com_liferay_journal_content_web_'
            'portlet_JournalContentPortlet_INSTANCE_hP3mVb8RkW1x_"><section class="portlet"><div class="portlet-content"><div class="portlet-body"><div class="journal-'
            'content-article" data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">%s<div class="chi-tiet-tin"><h1 '
            'class="tieu-de">%s</h1><div class="thong-tin"><span class="ngay-dang">Ngày đăng: %s %s</span> <span class="luot-xem">Lượt xem: %d</span> <a class="in-bai" '
            'href="javascript:window.print();">In bài</a></div><div class="sapo"><strong>%s</strong></div><div class="noi-dung">%s</div><p class="tac-gia" style="text-'
            'align: right;"><strong>%s</strong></p></div></div></div></div></section></div>%s') % (
        a["id"], x(a["tieu_de"]), '<a class="quay-lai" href="/%s">« Quay lại</a>' % back if back else "", x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]),
        a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]), rel)
    return answer(shell(tv, a["tieu_de"], main, tv.origin + url(a), a["cm"]))


def het_han(tv):
    main = ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_"><section class="portlet"><div class="portlet-'
            'content"><div class="portlet-body"><div class="alert alert-info">Nội dung đã hết hạn hoặc không còn hiệu lực.</div></div></div></section></div>')
    return answer(shell(tv, "Thông báo", main, None, "thong-bao"))


def not_found(tv):
    return answer(shell(tv, "Không tìm thấy trang", '<div class="alert alert-danger"><h1>Không tìm thấy trang</h1><p>Không tìm thấy trang yêu cầu: %s</p></div>' % x(
        tv.path), None, "home"), 404)


def lich(tv):
    ns = "_com_liferay_calendar_web_portlet_CalendarPortlet_"
    v = tv.q.get(ns + "date", "1854637200000")               # Monday 09/10/2028 00:00 (UTC+7) in milliseconds
    if not _re.fullmatch(r"\d{10,13}", v):
        return not_found(tv)
    ms = int(v)
    week = 7 * 24 * 3600 * 1000
    link = lambda v: "/lich-cong-tac?p_p_id=com_liferay_calendar_web_portlet_CalendarPortlet&amp;p_p_lifecycle=0&amp;%sdate=%d&amp;%stabs1=week" % (ns, v, ns)
    main = ('<div class="calendar-portlet"><h2>Lịch công tác tuần</h2><div class="calendar-nav"><a href="%s">« Tuần trước</a> | <a href="%s">Tuần sau »</a></div>'
            '<p>Thường trực Tỉnh ủy làm việc tại trụ sở.</p></div>') % (link(ms - week), link(ms + week))
    return answer(shell(tv, "Lịch công tác", main, None, "lich-cong-tac"))


def bad_gateway(tv):
    return Dapung('<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/'
                  '1.14.2</center>\r\n</body>\r\n</html>\r\n', 502, "text/html")


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban("User-Agent: *\nCrawl-delay: 5\nDisallow: /c/\nDisallow: /group/\nDisallow: /tim-kiem\nDisallow: /lich-cong-tac\n")
    if p in ("/", "/home", "/web/guest", "/web/guest/home") and not q:
        return home(tv)
    if p == "/lich-cong-tac":
        return lich(tv)
    m = _re.fullmatch(r"/([a-z-]+)", p)
    if m and m.group(1) in PAGES:
        k = m.group(1)
        cur = 1
        if q:
            ns = "_" + AP + INST[k]
            if tv.q.get("p_p_id") != AP + INST[k]:
                return section(tv, k, 1)
            cur = tv.so(ns + "_cur", 1, 1, 9999)
            if cur is None:
                cur = 1
        if full == FLAKY and chap_chon(FLAKY):
            return bad_gateway(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return section(tv, k, cur)
    if p.startswith("/-/"):
        if p == HET_HAN:
            return het_han(tv)
        a = BY_UT.get(p[3:])
        if a is None:
            return not_found(tv)
        back = tv.q.get("redirect", "").lstrip("/") if tv.q.get("redirect") else None
        return article(tv, a, back if back in PAGES else None)
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx/1.14.2")], moi_lan=cookies)


# ---------------------------------------------------------------- manifest
_db = in_sec(DB)
ONLY_DATE = [url(a) for a in _db[1:]]

MANIFEST = {
    "family": "Liferay Portal 7.1 CE GA4 (Tomcat 9 behind nginx 1.14; a vendor's theme, Asset Publishers with FreeMarker display templates, display pages) of a "
              "provincial Party committee (Đảng bộ tỉnh Bình Long): web content at /-/<urlTitle>, linked from the lists with ?inheritRedirect=true&redirect=%2F"
              "<page>, Asset Publisher pagers ?p_p_id=…_INSTANCE_<id>&…_cur=N, and 'Điểm báo' -- a daily press digest whose table links each digest only by "
              "its date",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/c/", "/group/", "/lich-cong-tac"],
    "trap_prefixes": ["/lich-cong-tac"],
    "only_via": {"date-anchor": ONLY_DATE},
    "flaky": {FLAKY: 502},
    "slow": [SLOW],
    "notes": ("Web content /-/<urlTitle> (the journal article's friendly URL under its display page; the title transliterated, -1, -2 on a clash), printed "
              "with a canonical link; the list templates link every item as /-/<urlTitle>?inheritRedirect=true&redirect=%%2F<page> (200, the same content "
              "with a '« Quay lại' link: aliases, one per list an item is in), the home page and the related boxes link the bare address; dated 'Ngày đăng: "
              "dd/mm/yyyy HH:MM'. Lists /<page> (a 'Tin nổi bật' Asset Publisher of two older, much-read items of the category on top of EVERY page) and "
              "?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&…_delta="
              "10&p_r_p_resetCur=false&…_cur=N (%d a page; Liferay's page iterator with 'Trang N của M' and its dropdown, Đầu / Trước / Tiếp theo / Cuối; a "
              "page past the end shows the last one); every 3rd 'Nghiên cứu - Trao đổi' item is also categorised 'Xây dựng Đảng'. No feed; robots.txt "
              "names no sitemap. Cookies JSESSIONID, COOKIE_SUPPORT, GUEST_LANGUAGE_ID nobody needs. The home box 'Thông báo' still links an expired notice "
              "(200 'Nội dung đã hết hạn hoặc không còn hiệu lực.', soft 404). 'Điểm báo' (/diem-bao, %d digests, one a working day from 12/09/2028, "
              "titled 'Điểm báo ngày dd/mm/yyyy', posted about 07:30) is an Asset Publisher whose display template prints a table Ngày | Nội dung chính | "
              "Đơn vị thực hiện: the only link of a row is its date ('09/10/2028'); the home box names the newest by its title, and a digest's page links "
              "'Điểm báo các ngày trước' by their dates too. Flaky: %s answers nginx's 502 every other request; slow: %s (1 s). The calendar portlet's "
              "weeks /lich-cong-tac?p_p_id=com_liferay_calendar_web_portlet_CalendarPortlet&…_date=<ms> forever (trap, robots-disallowed)." % (
                  PER_PAGE, len(_db), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 90), "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": "/diem-bao", "status": 200, "contains": '<td class="ngay"><a href="%s">%s</a></td>' % (x(back_url(_db[1], DB)), ngay(_db[1]["ngay"]))},
    {"path": list_url(DB, 2), "status": 200, "contains": ngay(_db[DB_PER]["ngay"])},
    {"path": "/", "status": 200, "contains": x(_db[0]["tieu_de"]), "not_contains": x(_db[1]["tieu_de"])},
    {"path": HET_HAN, "status": 200, "contains": "Nội dung đã hết hạn"},
    {"path": "/-/khong-co-bai-nay", "status": 404},
    {"path": back_url(ARTS[1], ARTS[1]["cm"]), "status": 200, "contains": "« Quay lại"},
]
SUMMARY = {
    "chains": ["/ -> /<page> -> ?p_p_id=…_INSTANCE_<id>&…_cur=N -> /-/<urlTitle>?inheritRedirect=true&redirect=%2F<page> (canonical /-/<urlTitle>)",
               "/ -> 'Điểm báo' (menu; the home box names the newest by title) -> /diem-bao (table: the date cell is the link) -> …_cur=2, 3 -> "
               "/-/diem-bao-ngay-dd-mm-yyyy?inheritRedirect=true&redirect=%2Fdiem-bao; a digest -> 'Điểm báo các ngày trước' (dates) -> /-/diem-bao-ngay-…"],
    "discovery": [
        "'Điểm báo' (%d daily digests): the list is a table whose only link per row is the date cell ('09/10/2028'), and a digest links the earlier "
        "ones by their dates too: a crawler that skips links whose text is a date (calendar links, as it takes them) never follows them (only_via "
        "date-anchor %d)" % (len(_db), len(ONLY_DATE)),
        "list links carrying ?inheritRedirect=true&redirect=%2F<page> (aliases of /-/<urlTitle>), long Asset Publisher pager parameters, an expired "
        "notice answering a 200 notice (no only_via)",
    ],
    "set37_pages": {"date-anchor": ["/diem-bao", list_url(DB, 2), url(_db[0])]},
    "article_pattern": r"^/-/[a-z0-9-]+(?:\?|$)",
    "alias_kinds": ["?inheritRedirect=true&redirect=%2F<page> (200, the same content with a '« Quay lại' link, canonical to /-/<urlTitle>; what every list "
                    "links)"],
    "quirks": ["Crawl-delay: 5", "'Tin nổi bật' Asset Publisher on top of every list page", "a page past the end: the last page again",
               "no feed, no sitemap named", "an expired notice linked from the home: 200 notice (soft 404)", "JSESSIONID, COOKIE_SUPPORT, GUEST_LANGUAGE_ID "
               "cookies", "%s 502 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "calendar portlet week trap under robots' Disallow: /lich-cong-tac"],
    "not_articles": [HET_HAN],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, no-cache, no-store, must-revalidate)",
}
