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
SITE = "Đảng ủy UBND tỉnh Phước Thành"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "khoi", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "khoi", "bai"),
        ("nghien-cuu", "Nghiên cứu - Trao đổi", 3, "khoi", "dai"), ("van-ban", "Văn bản - Thông báo", 2, "khoi", "thongbao")]
GD = "guong-dien-hinh"                       # CatID 7, not in the menu: only the home TabContainer's second (inactive) panel names it
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[GD] = "Gương điển hình"
MAIN = [k for k, _, _, _, _ in SECS]
CAT = {"tin-hoat-dong": 1, "xay-dung-dang": 2, "nghien-cuu": 4, "van-ban": 5, GD: 7}
KEY = {v: k for k, v in CAT.items()}
HUYEN = ["Phước Thành", "Phú Giáo", "Tân Uyên", "Bắc Tân Uyên", "Dầu Tiếng", "Bến Cát", "Đồng Phú"]
XA = ["Phước Hòa", "Vĩnh Hòa", "An Linh", "Tân Hiệp", "Lạc An", "Thường Tân", "Minh Hòa", "Long Nguyên"]
AP = ["Ấp Bàu Trư", "Ấp Cây Khô", "Ấp Đồng Sổ", "Ấp Suối Giai", "Ấp Bố Lá", "Ấp Hưng Thịnh"]
PER_PAGE = 10
GD_SINCE = _dt.datetime(2028, 4, 20, 7, 0)

_s = SoanTin(37301, 94, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(37301, 94, tu_ngay=_dt.datetime(2027, 11, 8), gan=6),
             id_dau=2600, buoc=3, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "van-ban"), nguon="PT",
             chu_de=("hai-cap", "to-chuc", "kinh-te", "chuyen-doi-so", "dai-hoi-xiv", "kiem-tra", "den-on"))
_g = SoanTin(37302, 22, [(GD, 1, "khoi", "bai")], HUYEN, XA, AP, lich=lich22(37303, 22, tu_ngay=GD_SINCE, gan=1), id_dau=3100, buoc=2,
             chu_de=("hoc-tap-bac", "to-chuc", "dan-van", "den-on"))
dat_ten_thong_bao(_s.items, "ĐU")
for _a in _g.items:
    _a["tieu_de"] = "Gương điển hình: %s" % _a["tieu_de"]
ARTS = sorted(_s.items + _g.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu"][1::3]}       # also listed in 'Xây dựng Đảng' -- linked with CatID=2
DOC_NHIEU = sorted([a for a in ARTS if a["cm"] != GD and a["ngay"] >= BAY_GIO - _dt.timedelta(days=45)], key=lambda a: -a["xem"])[:6]
DN_IDS = {a["id"] for a in DOC_NHIEU}         # the sidebar module 'Đọc nhiều' writes its links in lower case (IIS does not mind)
_old = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and a["ngay"] < BAY_GIO - _dt.timedelta(days=9)][0]["id"]
GONE = [i for i in range(_old + 1, _old + 40) if i not in {a["id"] for a in ARTS}][:1] + [2597]   # deleted items: the RSS cache of 'Tin hoạt động' still lists the first
FLAKY = "/TinTuc/DanhSach.aspx?CatID=1&Page=3"
SLOW = "/TinTuc/DanhSach.aspx?CatID=4&Page=2"


def url(a, cat=None):
    return "/TinTuc/ChiTiet.aspx?ID=%d&CatID=%d" % (a["id"], cat or CAT[a["cm"]])


def lower_url(a):
    return "/tintuc/chitiet.aspx?ID=%d&CatID=%d" % (a["id"], CAT[a["cm"]])


def print_url(a):
    return "/TinTuc/InTin.aspx?ID=%d" % a["id"]


def aliases(a):
    out = [print_url(a)]
    if a["id"] in CROSS:
        out.append(url(a, CAT["xay-dung-dang"]))
    if a["id"] in DN_IDS:
        out.append(lower_url(a))
    return out


BY_ID = {a["id"]: a for a in ARTS}


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def link_of(a, k):
    """The list of section k links an item under k's CatID (the vendor's repeater passes the list's CatID on)."""
    return url(a, CAT[k]) if k != a["cm"] else url(a)


def list_url(k, page=1):
    return "/TinTuc/DanhSach.aspx?CatID=%d%s" % (CAT[k], "&Page=%d" % page if page > 1 else "")


def tieu_diem():
    return sorted([a for a in ARTS if a["cm"] in ("tin-hoat-dong", "xay-dung-dang") and a["ngay"] < BAY_GIO - _dt.timedelta(days=30)],
                  key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private"), ("X-AspNet-Version", "2.0.50727")] + list(headers))


def session(tv, out):
    return [("X-Powered-By", "ASP.NET")] + ([] if tv.h("Cookie") else [("Set-Cookie", "ASP.NET_SessionId=q3v0kz55m1xw4c45e2brdj2a; path=/; HttpOnly")])


def viewstate(seed, kb):
    return '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK%s" />' % pad_b64(seed, kb)[:kb * 1000]


def shell(tv, title, main, action, extra_hidden=""):
    menu = "".join('<li><a href="%s">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in MAIN)
    dn = "".join('<li><a href="%s">%s</a></li>' % (lower_url(a), x(a["tieu_de"])) for a in DOC_NHIEU)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/'
        '1999/xhtml" >\n<head><title>\n\t%s\n</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="../App_Themes/Default/style.css" '
        'type="text/css" rel="stylesheet" /><style type="text/css">%s</style></head>\n<body>\n    <form name="aspnetForm" method="post" action="%s" id="aspnetForm">\n'
        '<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        '%s\n%s</div>\n\n<script src="/WebResource.axd?d=Xr4mQ1f2kLw8pZ0aT5yHvA2&amp;t=633501762400000000" type="text/javascript"></script>\n<script src="/ScriptResource.axd?'
        'd=Hq2s7KpX0vC9dLr5mN1bFt3wYj8eA6uG4iZ0oP2qR7s1&amp;t=633501762400000000" type="text/javascript"></script>\n<div id="wrapper">\n<div id="header"><img src="/'
        'Images/banner.jpg" alt="%s" width="990" height="140" /><div class="ngay">%s, ngày %s</div><div class="timkiem"><input name="ctl00$Header1$txtTuKhoa" type="text" '
        'id="ctl00_Header1_txtTuKhoa" class="txt" /><a id="ctl00_Header1_lnkTim" href="javascript:void(0)" onclick="location.href=\'/TimKiem.aspx?TuKhoa=\'+encodeURI'
        'Component(document.getElementById(\'ctl00_Header1_txtTuKhoa\').value);">Tìm</a></div></div>\n<div id="menu"><ul><li><a href="/Default.aspx">Trang chủ</a></li>'
        '<li><a href="/GioiThieu.aspx">Giới thiệu</a></li>%s<li><a href="/LichCongTac.aspx?Tuan=%d&amp;Nam=%d">Lịch công tác</a></li><li><a href="/RSS.aspx">RSS</a>'
        '</li></ul></div>\n<table id="layout" cellpadding="0" cellspacing="0" width="990"><tr><td id="colMain" valign="top">%s</td><td id="colRight" valign="top" '
        'width="260"><div class="box"><div class="box-title">Đọc nhiều</div><ul class="docnhieu">%s</ul></div><div class="box"><div class="box-title">Liên kết</div>'
        '<select id="ctl00_ucLienKet_ddlLienKet" name="ctl00$ucLienKet$ddlLienKet"><option value="">-- Liên kết website --</option><option value="https://'
        'dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</option></select></div></td></tr></table>\n<div id="footer">Bản quyền © 2009 %s. Địa chỉ: '
        'đường Cách Mạng Tháng Tám, phường Phước Thành. Thiết kế bởi Công ty phần mềm Sao Việt.</div>\n</div>\n<script type="text/javascript">\n//<![CDATA[\n%s\n'
        '//]]>\n</script>\n</form>\n</body>\n</html>\n') % (
        x(title), pad_css(len(title) * 3 + 1, 10, "pt"), x(action), viewstate(len(title), 4), extra_hidden, x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu,
        BAY_GIO.isocalendar()[1], BAY_GIO.year, main, dn, x(SITE), pad_js(len(title) + 23, 6, "Sys.WebForms"))


def item(a, k):
    return ('<div class="tin"><a href="%s"><img class="anh" src="/Upload/TinTuc/%s/%d.jpg" alt="" width="120" height="80" border="0" /></a><a class="tieude" '
            'href="%s">%s</a> <span class="ngay">(%s)</span><div class="mota">%s</div><div class="clear"></div></div>') % (
        link_of(a, k), a["ngay"].strftime("%Y/%m"), a["id"], link_of(a, k), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def pager(k, cur, last):
    if last <= 1:
        return ""
    out = ['<a href="%s">« Trước</a>' % list_url(k, cur - 1)] if cur > 1 else []
    for n in range(1, last + 1):
        out.append('<span class="current">%d</span>' % n if n == cur else '<a href="%s">%d</a>' % (list_url(k, n), n))
    if cur < last:
        out.append('<a href="%s">Tiếp »</a>' % list_url(k, cur + 1))
    return '<div class="phantrang">Trang: %s</div>' % " ".join(out)


def danh_sach(tv, k, page):
    items = in_sec(k)
    last = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    shown = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    body = "".join(item(a, k) for a in shown) if shown else '<p class="thongbao">Không có tin nào trong chuyên mục này.</p>'
    main = ('<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> » %s</div><div class="box tieudiem"><div class="box-title">Tin tiêu điểm</div>%s</div>'
            '<div class="box"><div class="box-title"><span id="ctl00_cphMain_ucDanhSach_lblChuyenMuc">%s</span></div><div id="ctl00_cphMain_ucDanhSach_pnlDanhSach">%s'
            '</div>%s</div>') % (x(SECNAME[k]), "".join(item(a, a["cm"]) for a in tieu_diem()), x(SECNAME[k]), body, pager(k, page, last) if shown else "")
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, "DanhSach.aspx?" + tv.query))


def tab_container():
    """AjaxControlToolkit's TabContainer: the inactive panels are rendered with style="display:none;visibility:hidden;"."""
    tabs = [("Tin mới", [a for a in ARTS if a["cm"] != GD][:8], ""),
            ("Gương điển hình", in_sec(GD)[:5], '<div class="xemtatca"><a href="%s">Xem tất cả »</a></div>' % list_url(GD)),
            ("Đọc nhiều", sorted([a for a in ARTS if a["cm"] != GD], key=lambda a: -a["xem"])[:8], "")]
    head = "".join('<span id="__tab_ctl00_cphMain_tabTinTuc_TabPanel%d"%s>%s</span>' % (
        i + 1, ' class="ajax__tab_active"' if i == 0 else "", t) for i, (t, _, _) in enumerate(tabs))
    body = "".join('<div id="ctl00_cphMain_tabTinTuc_TabPanel%d" class="ajax__tab_panel"%s><ul class="ds-tin">%s</ul>%s</div>' % (
        i + 1, "" if i == 0 else ' style="display:none;visibility:hidden;"',
        "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in lst), more)
        for i, (_, lst, more) in enumerate(tabs))
    return ('<div id="ctl00_cphMain_tabTinTuc" class="ajax__tab_xp ajax__tab_container ajax__tab_default"><div id="ctl00_cphMain_tabTinTuc_header" '
            'class="ajax__tab_header">%s</div><div id="ctl00_cphMain_tabTinTuc_body" class="ajax__tab_body">%s</div></div>') % (head, body)


def trang_chu(tv):
    top = [a for a in ARTS if a["cm"] == "tin-hoat-dong"][:1][0]
    main = ('<div class="box tinnoibat"><a href="%s"><img src="/Upload/TinTuc/%s/%d.jpg" alt="" width="400" height="260" border="0" /></a><h2><a href="%s">%s</a>'
            '</h2><p>%s</p></div>%s') % (url(top), top["ngay"].strftime("%Y/%m"), top["id"], url(top), x(top["tieu_de"]), x(top["sapo"]), tab_container())
    for k in MAIN:
        main += '<div class="box"><div class="box-title"><a href="%s">%s</a></div><ul class="ds-tin">%s</ul></div>' % (
            list_url(k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in [b for b in ARTS if b["cm"] == k][:5]))
    hidden = '<input type="hidden" name="ctl00_cphMain_tabTinTuc_ClientState" id="ctl00_cphMain_tabTinTuc_ClientState" value="{&quot;ActiveTabIndex&quot;:0,&quot;TabState&quot;:[true,true,true]}" />\n'
    out = shell(tv, "Trang chủ - %s" % SITE, main, "Default.aspx", hidden)
    out = out.replace("//<![CDATA[\n", "//<![CDATA[\nSys.Application.add_init(function() {\n    $create(AjaxControlToolkit.TabContainer, {\"activeTabIndex\":0,"
                      "\"clientStateField\":$get(\"ctl00_cphMain_tabTinTuc_ClientState\")}, null, null, $get(\"ctl00_cphMain_tabTinTuc\"));\n});\n", 1)
    return answer(out)


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        out.append('<p align="justify">%s</p>' % x(p))
    return "".join(out)


def chi_tiet_html(a, printing=False):
    extra = ""
    if a["kieu"] == "thongbao":
        extra = '<div class="sohieu">%s</div>' % x(a["so_hieu"])
    khac = [b for b in ARTS if b["cm"] == a["cm"] and b["ngay"] < a["ngay"]][:6]
    return ('<div class="chitiet"><span id="ctl00_cphMain_ucChiTiet_lblTieuDe" class="tieude">%s</span><div class="ngaydang"><span id="ctl00_cphMain_ucChiTiet_'
            'lblNgayDang">Ngày đăng: %s %s</span> | Lượt xem: <span id="ctl00_cphMain_ucChiTiet_lblLuotXem">%d</span></div>%s<div class="mota"><b>%s</b></div>'
            '<div id="ctl00_cphMain_ucChiTiet_pnlNoiDung" class="noidung">%s<p align="right"><b>%s</b></p></div>%s</div>%s') % (
        x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], extra, x(a["sapo"]), body_of(a), x(a["tac_gia"]),
        "" if printing else '<div class="congcu"><a href="javascript:void(0)" onclick="window.open(\'%s\',\'InTin\',\'width=720,height=600,scrollbars=yes\');'
                            'return false;">In bài</a> | <a href="javascript:history.back();">Trở về</a></div>' % print_url(a),
        "" if printing else '<div class="box tinkhac"><div class="box-title">Các tin khác</div><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))


def chi_tiet(tv, a):
    main = '<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> » <a href="%s">%s</a></div>%s' % (list_url(a["cm"]), x(SECNAME[a["cm"]]), chi_tiet_html(a))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, "ChiTiet.aspx?" + tv.query))


def in_tin(tv, a):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml" >\n<head><title>\n\t%s\n</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>\n<body onload='
                  '"window.print();">\n<div class="in"><div class="in-dau">%s</div>%s</div>\n</body>\n</html>\n' % (x(a["tieu_de"]), x(SITE), chi_tiet_html(a, True)))


def khong_ton_tai(tv):
    main = '<div class="box"><div class="box-title">Thông báo</div><p class="thongbao">Tin không tồn tại hoặc đã bị xóa.</p><p><a href="/Default.aspx">Về trang chủ</a></p></div>'
    return answer(shell(tv, "Thông báo - %s" % SITE, main, "ChiTiet.aspx?" + tv.query))


def not_found(tv):
    return answer('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<HTML><HEAD><TITLE>The page cannot be found</TITLE>\n'
                  '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252"></HEAD><BODY><h1>The page cannot be found</h1>\nThe page you are looking '
                  'for might have been removed, had its name changed, or is temporarily unavailable.<hr><p>HTTP Error 404 - File or directory not found.<br>Internet '
                  'Information Services (IIS)</p></BODY></HTML>', 404, "text/html")


def gioi_thieu(tv):
    s, t, ps = TRANG_TINH[0]
    return answer(shell(tv, "%s - %s" % (t, SITE), '<div class="box"><div class="box-title">%s</div>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps)),
                        "GioiThieu.aspx"))


def rss_list(tv):
    main = '<div class="box"><div class="box-title">RSS</div><ul>%s</ul></div>' % "".join(
        '<li><a href="/RSS.aspx?CatID=%d">%s</a></li>' % (CAT[k], x(SECNAME[k])) for k in MAIN)
    return answer(shell(tv, "RSS - %s" % SITE, main, "RSS.aspx"))


def rss_cat(tv, k):
    items = [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in in_sec(k)[:10]]
    if k == "tin-hoat-dong":            # the feed is cached: an item deleted since is still in it
        items.insert(3, ("Hội nghị giao ban công tác Đảng quý III năm 2028", "/TinTuc/ChiTiet.aspx?ID=%d&CatID=1" % GONE[0], BAY_GIO - _dt.timedelta(days=9),
                         "Đảng ủy UBND tỉnh tổ chức hội nghị giao ban công tác Đảng quý III năm 2028."))
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), items, "text/xml; charset=utf-8")


def lich(tv):
    tuan, nam = tv.so("Tuan", BAY_GIO.isocalendar()[1], 1, 53), tv.so("Nam", BAY_GIO.year, 2000, 2100)
    if tuan is None or nam is None:
        return not_found(tv)
    pt, pn = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nt, nn = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    main = ('<div class="box"><div class="box-title">Lịch công tác tuần %d năm %d</div><div class="lich-nav"><a href="/LichCongTac.aspx?Tuan=%d&amp;Nam=%d">« Tuần '
            'trước</a> | <a href="/LichCongTac.aspx?Tuan=%d&amp;Nam=%d">Tuần sau »</a></div><table class="lich"><tr><td>Thường trực Đảng ủy làm việc tại cơ quan.</td>'
            '</tr></table></div>') % (tuan, nam, pt, pn, nt, nn)
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main, "LichCongTac.aspx?" + tv.query))


def unavailable(tv):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<HTML><HEAD><TITLE>Service Unavailable</TITLE>\n'
                  '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\n<BODY><h2>Service Unavailable</h2>\n<hr><p>HTTP Error 503. The '
                  'service is unavailable.</p>\n</BODY></HTML>\n', 503, "text/html; charset=us-ascii")


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    pl = p.lower()                                   # IIS: paths are case-insensitive
    if p == "/robots.txt":
        return van_ban("User-agent: *\r\nCrawl-delay: 2\r\nDisallow: /Admin/\r\nDisallow: /Upload/Files/\r\nDisallow: /TimKiem.aspx\r\n"
                       "Disallow: /LichCongTac.aspx\r\n")
    if pl == "/" and not q:
        return chuyen(tv.origin + "/Default.aspx", 302, body='<html><head><title>Object moved</title></head><body>\n<h2>Object moved to <a href="/Default.aspx">'
                                                                 'here</a>.</h2>\n</body></html>\n')
    if pl == "/default.aspx" and not q:
        return trang_chu(tv)
    if pl == "/gioithieu.aspx":
        return gioi_thieu(tv)
    if pl == "/rss.aspx":
        if not q:
            return rss_list(tv)
        k = KEY.get(tv.so("CatID", 0, 1, 99))
        return rss_cat(tv, k) if k in MAIN else not_found(tv)
    if pl == "/lichcongtac.aspx":
        return lich(tv)
    if pl == "/timkiem.aspx":
        return answer(shell(tv, "Tìm kiếm - %s" % SITE, '<div class="box"><div class="box-title">Kết quả tìm kiếm</div><p>Không tìm thấy kết quả nào.</p></div>',
                            "TimKiem.aspx?" + q))
    if pl in ("/webresource.axd", "/scriptresource.axd"):
        return Dapung(pad_js(len(q), 3, "MicrosoftAjax"), 200, "application/x-javascript", [("Cache-Control", "public")])
    if pl == "/tintuc/danhsach.aspx":
        k = KEY.get(tv.so("CatID", 0, 1, 99))
        page = tv.so("Page", 1, 1, 9999)
        if k is None or page is None:
            return danh_sach(tv, "tin-hoat-dong", 999) if k is None else danh_sach(tv, k, 999)
        if full == FLAKY and chap_chon(FLAKY):
            return unavailable(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return danh_sach(tv, k, page)
    if pl in ("/tintuc/chitiet.aspx", "/tintuc/intin.aspx"):
        a = BY_ID.get(tv.so("ID", 0, 1, 999999) or 0)
        if a is None:
            return khong_ton_tai(tv)
        if pl == "/tintuc/intin.aspx":
            return in_tin(tv, a)
        return chi_tiet(tv, a)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/6.0")], moi_lan=session)


# ---------------------------------------------------------------- manifest
_gd = in_sec(GD)
ONLY_HIDDEN = [url(a) for a in _gd]

MANIFEST = {
    "family": "a vendor's ASP.NET 2.0 WebForms CMS (IIS 6.0 on Windows Server 2003, ASP.NET AJAX Extensions 1.0 + AjaxControlToolkit; built 2009, never "
              "rebuilt) of the Party committee of the provincial People's Committee (Đảng ủy UBND tỉnh Phước Thành): articles "
              "/TinTuc/ChiTiet.aspx?ID=<id>&CatID=<cat>, lists /TinTuc/DanhSach.aspx?CatID=<cat>&Page=N, and a home TabContainer whose inactive panels "
              "('Gương điển hình', 'Đọc nhiều') are rendered display:none;visibility:hidden",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/TimKiem.aspx", "/LichCongTac.aspx"],
    "trap_prefixes": ["/LichCongTac.aspx"],
    "only_via": {"hidden-pane": ONLY_HIDDEN},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("/ 302s to /Default.aspx (the home page). Articles /TinTuc/ChiTiet.aspx?ID=<id>&CatID=<the item's category> (no canonical link), dated "
              "'Ngày đăng: dd/mm/yyyy HH:MM'; IIS serves paths case-insensitively and the sidebar module 'Đọc nhiều' (on every page) links its 6 items as "
              "/tintuc/chitiet.aspx?ID=…&CatID=… (200, the same page: aliases); the list repeater passes the LIST's CatID on, so an item of 'Nghiên cứu - "
              "Trao đổi' also listed in 'Xây dựng Đảng' (every 3rd) is linked there as ?ID=<id>&CatID=2 (200, the same page: an alias); 'In bài' is an "
              "onclick window.open('/TinTuc/InTin.aspx?ID=<id>') (200, the same text). An unknown ID: 200 'Tin không tồn tại hoặc đã bị xóa.' (soft 404). "
              "Lists /TinTuc/DanhSach.aspx?CatID=<cat> and &Page=2.. (%d a page; 'Trang: 1 2 3 Tiếp »'; a page past the end or an unknown CatID: 200 'Không "
              "có tin nào trong chuyên mục này.'), 'Tin tiêu điểm' (two most-read older items) on top of EVERY list page. Every page is one WebForms form "
              "with a 4 KB __VIEWSTATE (no postback needed anywhere); an ASP.NET_SessionId cookie nobody needs. Feeds /RSS.aspx?CatID=<cat> (text/xml), "
              "listed on /RSS.aspx for the menu sections; the cached feed of 'Tin hoạt động' still lists a deleted item (soft 404). No sitemap. 'Gương "
              "điển hình' (CatID 7, since 20/04/2028, %d items) is in no menu, box, feed or sidebar: only the home page's AjaxControlToolkit TabContainer "
              "names it -- its second panel (5 newest and 'Xem tất cả »' to /TinTuc/DanhSach.aspx?CatID=7, a plain list with a pager) is rendered, like "
              "every panel but the active one, with style=\"display:none;visibility:hidden;\" until a click. Flaky: %s answers IIS 6's 503 every other "
              "request; slow: %s (1 s). A week calendar /LichCongTac.aspx?Tuan=&Nam= forever (trap, robots-disallowed); the search box navigates to "
              "/TimKiem.aspx?TuKhoa= (robots-disallowed)." % (PER_PAGE, len(_gd), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/", "status": 302, "location": "/Default.aspx"},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 40), "status": 200, "contains": "Không có tin nào trong chuyên mục này."},
    {"path": "/Default.aspx", "status": 200, "contains": 'class="ajax__tab_panel" style="display:none;visibility:hidden;"><ul class="ds-tin"><li><a href="%s"' % url(_gd[0])},
    {"path": list_url(GD, 2), "status": 200, "contains": x(_gd[PER_PAGE]["tieu_de"])},
    {"path": "/TinTuc/ChiTiet.aspx?ID=%d&CatID=1" % GONE[0], "status": 200, "contains": "Tin không tồn tại hoặc đã bị xóa."},
    {"path": lower_url(DOC_NHIEU[0]), "status": 200, "contains": x(DOC_NHIEU[0]["tieu_de"])},
    {"path": "/RSS.aspx?CatID=1", "status": 200, "contains": "ID=%d&amp;CatID=1" % GONE[0]},
]
SUMMARY = {
    "chains": ["/ -> 302 /Default.aspx -> /TinTuc/DanhSach.aspx?CatID=<cat> -> &Page=N -> /TinTuc/ChiTiet.aspx?ID=<id>&CatID=<cat> (-> 'In bài' onclick "
               "/TinTuc/InTin.aspx?ID=<id>)",
               "/Default.aspx -> TabContainer panel 2 'Gương điển hình' (display:none) -> 5 items and 'Xem tất cả »' /TinTuc/DanhSach.aspx?CatID=7 -> &Page=2, "
               "3 -> /TinTuc/ChiTiet.aspx?ID=<id>&CatID=7",
               "menu 'RSS' -> /RSS.aspx -> /RSS.aspx?CatID=<cat> (the cached 'Tin hoạt động' feed lists a deleted item)"],
    "discovery": [
        "'Gương điển hình' (%d items) is named only inside the home TabContainer's second panel, which AjaxControlToolkit renders with "
        "style=\"display:none;visibility:hidden;\" (a click shows it): a crawler that follows only the links a browser shows at load time never "
        "reaches its list (only_via hidden-pane %d)" % (len(_gd), len(ONLY_HIDDEN)),
        "no canonical link: lower-case 'Đọc nhiều' links and the list's CatID carried into a cross-listed item's address are the same page under "
        "another address; an RSS cache listing a deleted item (no only_via)",
    ],
    "set37_pages": {"hidden-pane": ["/Default.aspx"]},
    "alias_kinds": ["print view /TinTuc/InTin.aspx?ID=<id> (200; an onclick window.open)",
                    "the list's CatID: ?ID=<id>&CatID=2 for a 'Nghiên cứu - Trao đổi' item listed in 'Xây dựng Đảng' (200, same page, no canonical)",
                    "case variant /tintuc/chitiet.aspx?ID=… (200, same page; the 'Đọc nhiều' links)"],
    "quirks": ["Crawl-delay: 2", "/ 302 to /Default.aspx", "'Tin tiêu điểm' on top of every list page", "no canonical link anywhere",
               "a page past the end or an unknown CatID: 200 notice", "an unknown ID: 200 notice (soft 404)", "RSS cache lists a deleted item",
               "no sitemap", "ASP.NET_SessionId cookie", "4 KB __VIEWSTATE on every page", "%s 503 every other request" % FLAKY, "%s slow (1 s)" % SLOW,
               "week calendar trap under robots' Disallow: /LichCongTac.aspx"],
    "not_articles": ["/TinTuc/ChiTiet.aspx?ID=%d&CatID=1" % g for g in GONE],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
