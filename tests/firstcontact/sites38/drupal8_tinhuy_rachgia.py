# ==== KERNEL BEGIN (sites38 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 38 kernel: set 37's (= set 36's = set 35's = set 34's = set 32's = set 31's plumbing: Truyvan = request, Dapung = reply, chay_app =
# WSGI wrapper, sitemap / RSS writers, the generator SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so,
# tieu_de_duy_nhat, lich22 / lich31; the 2028 vocabulary of the two-level local government: provinces and communes / wards only, no
# districts) with its ONE day moved on (DAYS = 1: a first crawl on Thursday 9 November 2028, 09:20 local time).  No clock and no sleep:
# every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2028, 11, 9, 9, 20)}      # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday
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
        raise ValueError("set 38 serves one day only (DAYS = 1)")


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
SITE = "Đảng bộ tỉnh Rạch Giá"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "tinhuy", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"), ("thong-bao", "Thông báo", 2, "tinhuy", "thongbao")]
EMG = "e-magazine"                           # the longform stories: static bundles under /emagazine/<slug>/ (not Drupal nodes)
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[EMG] = "E-Magazine"
MAIN = [k for k, _, _, _, _ in SECS]
TID = {"tin-hoat-dong": 3, "xay-dung-dang": 4, "nghien-cuu-trao-doi": 6, "thong-bao": 7}
HUYEN = ["Rạch Giá", "Hòn Đất", "Kiên Lương", "Hà Tiên", "Tân Hiệp", "Giồng Riềng", "Gò Quao"]
XA = ["Bình Sơn", "Sơn Kiên", "Thổ Sơn", "Mỹ Lâm", "Bình An", "Hòa Điền", "Thạnh Đông", "Vĩnh Hòa Hưng"]
AP = ["Ấp Hòn Me", "Ấp Tà Săng", "Ấp Kinh Tư", "Ấp Rạch Đùng", "Ấp Vàm Rầy", "Ấp Cửa Đầm"]
PER_PAGE = 10
EMG_PER_PAGE = 8
PATTERN_CHANGED = _dt.datetime(2028, 7, 15, 16, 0)      # Pathauto pattern bai-viet/[node:title] -> [term]/[node:title], transliteration off
SITEMAP_AT = _dt.datetime(2028, 6, 30, 2, 0)            # simple_sitemap's last generation (cron broken since)
EMG_SINCE = _dt.datetime(2027, 11, 20, 7, 0)

_s = SoanTin(38101, 95, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(38101, 95, tu_ngay=_dt.datetime(2027, 11, 27), gan=6),
             id_dau=5200, buoc=4, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "thong-bao"), nguon="RG",
             chu_de=("dai-hoi-xiv", "hai-cap", "to-chuc", "kinh-te", "chuyen-doi-so", "xa-hoi", "den-on"))
_e = SoanTin(38102, 20, [(EMG, 1, "tinhuy", "dai")], HUYEN, XA, AP, lich=lich22(38103, 20, tu_ngay=EMG_SINCE, gan=1), id_dau=9000, buoc=1,
             chu_de=("hai-cap", "hoc-tap-bac", "chuyen-doi-so", "dan-van", "kinh-te", "den-on"))
dat_ten_thong_bao(_s.items, "TU")
_EMG_TPL = ("Dấu ấn {v}", "Hành trình {v} ở xã {X}", "Những người giữ lửa: {v}", "Xã {X} - câu chuyện {v}", "Khi {v} đi vào cuộc sống",
            "Từ nghị quyết đến hành động: {v}", "Phường {X} - bước chuyển từ {v}")
for _i, _a in enumerate(_e.items):
    _r = _rnd.Random(38104 + _i)
    _v = _r.choice(CHU_DE[_a["chu_de"]][1])
    _a["tieu_de"] = _r.choice(_EMG_TPL).format(v=_v, X=_r.choice(XA))
    _a["tieu_de"] = _a["tieu_de"][0].upper() + _a["tieu_de"][1:]
ARTS = sorted(_s.items + _e.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)


def pathauto(t, toi_da=100):
    """Pathauto 8.x with 'Transliterate prior to creating alias' OFF: lower case, punctuation out, Vietnamese letters kept."""
    s = _re.sub(r"[^\w]+", "-", _ud.normalize("NFC", t).lower()).strip("-").replace("_", "-")
    if len(s) > toi_da:
        s = s[:toi_da].rsplit("-", 1)[0]
    return s


_TAKEN = set()
for _a in sorted(ARTS, key=lambda a: (a["ngay"], a["id"])):
    if _a["cm"] == EMG:
        _a["slug"] = duong_dan(_a["tieu_de"], 60)          # the builder's folder name, ASCII
        continue
    _al = _b = pathauto(_a["tieu_de"])
    _k = 0
    while (_a["cm"], _al) in _TAKEN:
        _al = "%s-%d" % (_b, _k)
        _k += 1
    _TAKEN.add((_a["cm"], _al))
    _a["alias"] = _al
    _a["old"] = "bai-viet/" + duong_dan(_a["tieu_de"], 100)
    _a["nid"] = _a["id"]
NODES = [a for a in ARTS if a["cm"] != EMG]
SLIDE = [b for b in NODES if b["cm"] == "tin-hoat-dong"][:3]          # the home slider (its links carry utm_ parameters)
EMAGS = [a for a in ARTS if a["cm"] == EMG]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu-trao-doi"][1::4]}   # also tagged 'Xây dựng Đảng' (one node, one address)
EXPIRED = "/thong-bao/" + ma_hoa(pathauto("Thông báo về việc tạm dừng tiếp công dân định kỳ tháng 10 năm 2028"))
DELETED = ["/bai-viet/hoi-nghi-so-ket-cong-tac-dan-van-6-thang-dau-nam-2028", "/bai-viet/thong-bao-lich-tiep-cong-dan-thang-4-nam-2028"]
FLAKY = "/tin-hoat-dong?page=2"
SLOW = "/xay-dung-dang?page=1"
SIBLINGS = [("Ban Tổ chức Tỉnh ủy", "http://bantochuc.rachgia.dcs.example/"), ("Ủy ban Kiểm tra Tỉnh ủy", "http://ubkt.rachgia.dcs.example/tin-hoat-dong"),
            ("Ban Tuyên giáo và Dân vận", "http://btgdv.rachgia.dcs.example/xay-dung-dang"), ("Đảng ủy UBND tỉnh", "http://dangbo-ubnd.rachgia.dcs.example/")]


def url(a):
    if a["cm"] == EMG:
        return "/emagazine/%s/" % a["slug"]
    return "/%s/%s" % (a["cm"], ma_hoa(a["alias"]))


def raw_url(a):
    """The address as an editor pasted it into a body: raw UTF-8."""
    return "/%s/%s" % (a["cm"], a["alias"])


def node_url(a):
    return "/node/%d" % a["nid"]


SLIDE_UTM = "?utm_source=trang-chu&amp;utm_medium=slider"      # as printed in the slider's hrefs


def aliases(a):
    if a["cm"] == EMG:
        return ["/emagazine/%s" % a["slug"], "/emagazine/%s/index.html" % a["slug"]]
    out = [node_url(a), url(a) + "?amp"]
    if a["ngay"] < PATTERN_CHANGED:
        out.append("/" + a["old"])
    if a in SLIDE:
        out.append(url(a) + "?utm_source=trang-chu&utm_medium=slider")
    return out


BY_PATH = {url(a): a for a in NODES}
BY_NID = {a["nid"]: a for a in NODES}
BY_OLD = {"/" + a["old"]: a for a in NODES if a["ngay"] < PATTERN_CHANGED}
BY_SLUG = {a["slug"]: a for a in EMAGS}


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def list_url(k, page=0):
    return "/%s%s" % (k, "?page=%d" % page if page else "")


def sticky(k):
    """'Tiêu điểm': two sticky older nodes of the term (the most read), on every page of its list."""
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def stamp(d):
    return "%s, %s - %s" % (thu(d), ngay(d), gio(d))


def answer(body, status=200, ctype="text/html; charset=UTF-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "must-revalidate, no-cache, private"), ("Expires", "Sun, 19 Nov 1978 05:00:00 GMT"),
                                        ("X-Content-Type-Options", "nosniff"), ("Content-language", "vi"), ("X-Frame-Options", "SAMEORIGIN"),
                                        ("X-Generator", "Drupal 8 (https://www.drupal.org)"), ("X-Drupal-Dynamic-Cache", "MISS")] + list(headers))


def shell(tv, title, main, canonical=None, head="", body_class="path-taxonomy", shortlink=None):
    o = tv.origin
    menu = "".join('<li class="menu-item"><a href="%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (list_url(k), TID[k], x(SECNAME[k]))
                   for k in MAIN)
    sib = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (u, x(t)) for t, u in SIBLINGS)
    moi = "".join('<li><a href="%s%s" hreflang="vi">%s</a> <span class="date">%s</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                  for a in NODES[:6])         # Views 'Tin mới' block: "Use absolute link" ticked
    page = (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: '
        'http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/'
        'sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">\n  <head>\n'
        '    <meta charset="utf-8" />\n<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
        '<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n%s%s%s<link rel="shortcut icon" '
        'href="/themes/custom/rachgia/favicon.ico" type="image/vnd.microsoft.icon" />\n\n    <title>%s</title>\n    <link rel="stylesheet" media="all" href="/sites/'
        'default/files/css/css_Qx3Lm0T1rB8kYf2VhS5nWc7aEo9pJdGu4iKzX6y.css" />\n<style media="all">%s</style>\n    \n<!--[if lte IE 8]>\n<script src="/sites/default/'
        'files/js/js_VtafjXmRvoUgAzqzYTA3Wrjkx9wcWhjP0G4ZnnqRamA.js"></script>\n<![endif]-->\n  </head>\n  <body class="%s">\n        <a href="#main-content" '
        'class="visually-hidden focusable skip-link">\n      Chuyển đến nội dung chính\n    </a>\n    \n      <div class="dialog-off-canvas-main-canvas" '
        'data-off-canvas-main-canvas>\n    <div id="page-wrapper">\n  <div id="page">\n    <header id="header" class="header" role="banner" aria-label="Site header">'
        '<div class="section layout-container clearfix"><div class="region region-header"><div id="block-rachgia-branding" class="clearfix site-branding block '
        'block-system block-system-branding-block"><a href="/" title="Trang chủ" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-tinhuy.png" '
        'alt="Trang chủ" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">%s</a></div><div '
        'class="site-branding__slogan">Trang thông tin điện tử Tỉnh ủy</div></div></div><div class="search-block-form block block-search" role="search"><form action="'
        '/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><input title="Nhập từ khóa" data-drupal-selector='
        '"edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" '
        'class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" '
        'class="button js-form-submit form-submit" /></div></form></div></div></div></header>\n<div class="region region-primary-menu"><nav role="navigation" '
        'aria-labelledby="block-rachgia-main-menu-menu" id="block-rachgia-main-menu"><h2 class="visually-hidden" id="block-rachgia-main-menu-menu">Main navigation</h2>'
        '<ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li><li class="menu-item"><a href="'
        '/gioi-thieu" data-drupal-link-system-path="node/12">Giới thiệu</a></li>%s<li class="menu-item"><a href="/e-magazine" data-drupal-link-system-path="e-magazine">'
        'E-Magazine</a></li><li class="menu-item menu-item--expanded"><span>Các cơ quan Đảng</span><ul class="menu">%s</ul></li><li class="menu-item"><a href="'
        '/lich-cong-tac/%s">Lịch công tác</a></li></ul></nav></div>\n    <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" '
        'class="layout-main clearfix"><main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>'
        '<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>%s</div></section></main><div id="sidebar-second" class="column '
        'sidebar"><aside class="section" role="complementary"><div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-'
        'views-block-tin-moi-block-1"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><ul>%s</ul></div>'
        '</div></div><div id="block-lienket" class="block block-block-content"><h2>Liên kết</h2><div class="content"><ul><li><a href="https://dangcongsan.example/" '
        'target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.example/" target="_blank">Tạp chí Tuyên giáo</a></li></ul></div>'
        '</div></aside></div></div></div>\n    <footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="region '
        'region-footer-fifth"><div id="block-footer" class="block block-block-content"><div class="content"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH RẠCH '
        'GIÁ</strong></p><p>Giấy phép số 12/GP-TTĐT. Chịu trách nhiệm: Chánh Văn phòng Tỉnh ủy. <a href="//%s/gioi-thieu">Giới thiệu</a> | <a href="//%s/lien-he">'
        'Liên hệ</a>. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></div></div></div></footer>\n  </div>\n</div>\n\n  </div>\n\n    \n'
        '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":'
        '"%s","currentPathIsAdmin":false,"isFront":%s,"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":'
        '{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"5d1f2b0c8e7a9d4b3f6a1c2e0b9d8f7a6c5e4d3b2a1f0e9d8c7b6a5f4e3d2c1"}}</script>\n<script src="'
        '/sites/default/files/js/js_Zk2pQ8tVxW1mC4nR7bY0sL3dE6fH9jA5uG2iO8eK1wT.js"></script>\n<script>%s</script>\n  </body>\n</html>\n') % (
        ('<link rel="canonical" href="%s" />\n' % x(canonical)) if canonical else "", ('<link rel="shortlink" href="%s" />\n' % x(shortlink)) if shortlink else "",
        head, x(title), "\x00CSS\x00", body_class, x(SITE), menu, sib, BAY_GIO.strftime("%Y-%m"), main, moi, tv.host, tv.host,
        x(tv.path.lstrip("/")), "true" if tv.path == "/" else "false", pad_js(len(title) + 17, 5, "rachgia.theme"))
    return fill_css(page, len(title) * 5 + 11, "rg")


def fill_css(page, seed, prefix, lo=27, hi=32):
    """The theme's inline critical CSS, sized so that a page weighs lo..hi KB (as the real pages do, whatever their text)."""
    target = (lo + _rnd.Random(seed).random() * (hi - lo)) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, prefix), 1)


def row(a, i):
    return ('<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="%s" hreflang="vi"><img src="/sites/default/'
            'files/styles/thumbnail/public/%s/%d.jpg" width="100" height="68" alt="%s" typeof="foaf:Image" class="image-style-thumbnail" /></a></div></div>'
            '<div class="views-field views-field-title"><span class="field-content"><a href="%s" hreflang="vi">%s</a></span></div><div class="views-field '
            'views-field-created"><span class="field-content">%s</span></div><div class="views-field views-field-field-sapo"><div class="field-content">%s</div></div>'
            '</div>') % (url(a), a["ngay"].strftime("%Y-%m"), a["nid"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), stamp(a["ngay"]), x(a["sapo"]))


def pager(path, cur, last):
    """Drupal 8's full pager (pager.html.twig): 0-based ?page=, the first page without it."""
    if last <= 1:
        return ""
    out = []
    if cur > 0:
        out.append('<li class="pager__item pager__item--first"><a href="%s" title="Đến trang đầu"><span class="visually-hidden">Trang đầu</span><span '
                   'aria-hidden="true">« Đầu</span></a></li>' % path)
        out.append('<li class="pager__item pager__item--previous"><a href="%s" title="Đến trang trước" rel="prev"><span aria-hidden="true">‹ Trước</span></a></li>'
                   % (path + ("?page=%d" % (cur - 1) if cur > 1 else "")))
    for n in range(last):
        href = path + ("?page=%d" % n if n else "")
        out.append('<li class="pager__item%s"><a href="%s" title="%s">%d</a></li>' % (
            " is-active" if n == cur else "", href, "Trang hiện tại" if n == cur else "Đến trang %d" % (n + 1), n + 1))
    if cur < last - 1:
        out.append('<li class="pager__item pager__item--next"><a href="%s?page=%d" title="Đến trang sau" rel="next"><span aria-hidden="true">Sau ›</span></a></li>'
                   % (path, cur + 1))
        out.append('<li class="pager__item pager__item--last"><a href="%s?page=%d" title="Đến trang cuối"><span aria-hidden="true">Cuối »</span></a></li>'
                   % (path, last - 1))
    return '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul ' \
           'class="pager__items js-pager__items">%s</ul></nav>' % "".join(out)


def last_page(k):
    return max(1, (len(in_sec(k)) + PER_PAGE - 1) // PER_PAGE)


def term_page(tv, k, page):
    items = in_sec(k)
    last = last_page(k)
    page = max(0, min(page, last - 1))            # a page past the end: the last page again
    shown = items[page * PER_PAGE:(page + 1) * PER_PAGE]
    main = ('<div id="block-rachgia-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a '
            'href="/">Trang chủ</a></li><li>%s</li></ol></nav></div><div id="block-rachgia-page-title" class="block block-core block-page-title-block"><h1 '
            'class="page-title">%s</h1></div><div id="block-rachgia-content" class="block block-system block-system-main-block"><div class="views-element-container">'
            '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="attachment attachment-before"><div class="view '
            'view-taxonomy-term view-display-id-attachment_1"><h3 class="tieu-diem">Tiêu điểm</h3><div class="view-content">%s</div></div></div><div '
            'class="view-content">%s</div>%s<div class="feed-icons"><a href="/taxonomy/term/%d/feed" class="feed-icon">Đăng ký RSS</a></div></div></div></div>') % (
        x(SECNAME[k]), x(SECNAME[k]), "".join(row(a, i) for i, a in enumerate(sticky(k))), "".join(row(a, i) for i, a in enumerate(shown)),
        pager("/" + k, page, last), TID[k])
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/taxonomy/term/%d/feed" />\n' % (x(SECNAME[k]), tv.origin, TID[k])
    return answer(shell(tv, "%s | %s" % (SECNAME[k], SITE), main, tv.origin + list_url(k, page), head, "path-taxonomy"))


def emag_card(a):
    return ('<div class="views-row emag-card"><a href="%s" class="emag-card__img"><img src="/sites/default/files/styles/emagazine_card/public/emagazine/%s.jpg" '
            'width="380" height="250" alt="%s" /></a><div class="emag-card__body"><span class="emag-card__kicker">E-MAGAZINE</span><h3 class="emag-card__title"><a '
            'href="%s">%s</a></h3><div class="emag-card__date">%s</div><p>%s</p></div></div>') % (
        url(a), a["slug"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def emag_list(tv, page):
    last = max(1, (len(EMAGS) + EMG_PER_PAGE - 1) // EMG_PER_PAGE)
    page = max(0, min(page, last - 1))
    shown = EMAGS[page * EMG_PER_PAGE:(page + 1) * EMG_PER_PAGE]
    main = ('<div class="block block-system-breadcrumb-block"><nav class="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li>E-Magazine</li></ol></nav></div>'
            '<h1 class="page-title">E-Magazine</h1><div class="views-element-container"><div class="view view-emagazine view-id-emagazine view-display-id-page_1">'
            '<div class="view-header"><p>Những câu chuyện dài về con người, phong trào ở các xã, phường trong tỉnh, thực hiện bằng công cụ E-Magazine của Ban '
            'biên tập.</p></div><div class="view-content emag-grid">%s</div>%s</div></div>') % ("".join(emag_card(a) for a in shown), pager("/e-magazine", page, last))
    return answer(shell(tv, "E-Magazine | %s" % SITE, main, tv.origin + "/e-magazine" + ("?page=%d" % page if page else ""), "", "path-e-magazine"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][j]))
        out.append('<p class="text-align-justify">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<figure role="group" class="caption caption-img align-center"><img alt="%s" data-entity-type="file" src="/sites/default/files/inline-images/'
                       '%d-1.jpg" /><figcaption>%s</figcaption></figure>' % (x(a["tieu_de"]), a["nid"], x(a["chu_thich"])))
    return "".join(out)


def related(a):
    """The body's 'Xem thêm' list the editors paste: raw UTF-8 addresses (one typed in decomposed Unicode: Drupal answers 404)."""
    rel = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"] and b["cm"] != EMG][:3]
    out = []
    for j, b in enumerate(rel):
        href = raw_url(b)
        if a["nid"] % 17 == 0 and j == 0:
            href = "/%s/%s" % (b["cm"], _ud.normalize("NFD", b["alias"]))      # typed with 'Unicode tổ hợp'
        out.append('<li><a href="%s">%s</a></li>' % (href, x(b["tieu_de"])))
    return '<div class="xem-them"><strong>Xem thêm:</strong><ul>%s</ul></div>' % "".join(out) if out else ""


def node_html(a, amp=False):
    terms = [a["cm"]] + (["xay-dung-dang"] if a["id"] in CROSS else [])
    tags = "".join('<div class="field__item"><a href="%s" hreflang="vi">%s</a></div>' % (list_url(k), x(SECNAME[k])) for k in terms)
    extra = '<div class="field field--name-field-so-hieu"><div class="field__item">%s</div></div>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    khac = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:5]
    return ('<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full"><h1 class="page-title"><span class="field '
            'field--name-title field--type-string field--label-hidden">%s</span></h1><div class="node__meta"><span class="field field--name-created field--type-'
            'created field--label-hidden">%s</span> | Lượt xem: %d</div>%s<div class="node__content clearfix"><div class="field field--name-field-sapo"><strong>%s'
            '</strong></div><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s<p '
            'class="text-align-right"><strong>%s</strong></p></div>%s<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline">'
            '<div class="field__label">Chuyên mục</div><div class="field__items">%s</div></div></div></article>%s') % (
        url(a), x(a["tieu_de"]), stamp(a["ngay"]), a["xem"], extra, x(a["sapo"]), body_of(a), x(a["tac_gia"]), "" if amp else related(a), tags,
        "" if amp else '<div class="block block-views related"><h2>Tin cùng chuyên mục</h2><ul>%s</ul></div>' % "".join(
            '<li><a href="%s" hreflang="vi">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))


def article(tv, a):
    o = tv.origin
    head = ('<link rel="amphtml" href="%s%s?amp" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="https://%s%s" />\n<meta '
            'property="og:title" content="%s" />\n') % (o, url(a), tv.host, url(a), x(a["tieu_de"]))
    main = ('<div class="block block-system-breadcrumb-block"><nav class="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="%s">%s</a></li></ol></nav>'
            '</div><div id="block-rachgia-content" class="block block-system block-system-main-block">%s</div>') % (list_url(a["cm"]), x(SECNAME[a["cm"]]), node_html(a))
    return answer(shell(tv, "%s | %s" % (a["tieu_de"], SITE), main, o + url(a), head, "path-node page-node-type-article", o + node_url(a)),
                  headers=[("Link", '<%s%s>; rel="canonical", <%s%s>; rel="shortlink"' % (o, url(a), o, node_url(a)))])


def amp_page(tv, a):
    return answer('<!doctype html>\n<html amp lang="vi">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n<link rel="canonical" href="%s%s" />\n<meta name="'
                  'viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n<style amp-custom>%s</style>\n<script async src="https://cdn.ampproject.org/'
                  'v0.js"></script>\n</head>\n<body>\n<header class="amp-header"><a href="/">%s</a></header>\n<main>%s</main>\n</body>\n</html>\n' % (
                      x(a["tieu_de"]), x(SITE), tv.origin, url(a), pad_css(a["nid"], 9, "amp"), x(SITE), node_html(a, amp=True)))


def emag_page(tv, a, path):
    """A static bundle the E-Magazine builder exported: /emagazine/<slug>/index.html, served by Apache (no canonical, charset in <meta> only)."""
    i = EMAGS.index(a)
    others = [b for b in EMAGS if b is not a][max(0, i - 2):max(0, i - 2) + 4]
    secs = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            secs.append('<h2 class="emg-h2">%s</h2>' % x(a["muc"][j]))
        secs.append('<p class="emg-p">%s</p>' % x(p))
        if j in (1, 4):
            secs.append('<figure class="emg-figure emg-figure--full"><img src="images/%d.jpg" alt="" /><figcaption>%s</figcaption></figure>' % (
                j, x("Một góc %s. Ảnh: %s" % (a["tieu_de"].split(":")[0][:60], a["tac_gia"].split(",")[0]))))
    body = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | '
            'E-Magazine %s</title>\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:image" content="images/cover.jpg">\n'
            '<meta name="generator" content="eMag Builder 2.3 (export)">\n<link rel="stylesheet" href="../assets/emag.css">\n<style>%s</style>\n</head>\n<body class="emg">'
            '\n<header class="emg-top"><a class="emg-logo" href="../../"><img src="../assets/logo.png" alt="%s"></a><nav class="emg-nav"><a href="../../">Trang chủ</a>'
            '<a href="../../e-magazine">E-Magazine</a></nav></header>\n<section class="emg-cover" style="background-image:url(images/cover.jpg)"><div class="emg-cover__'
            'inner"><span class="emg-kicker">E-MAGAZINE</span><h1 class="emg-title">%s</h1><p class="emg-sapo">%s</p><div class="emg-meta">%s | Cập nhật: %s ngày %s</div>'
            '</div></section>\n<article class="emg-body">%s<p class="emg-credit">Nội dung: %s - Ảnh: Phòng Thông tin - Thiết kế: Ban biên tập</p></article>\n<section '
            'class="emg-more"><h3>E-Magazine khác</h3><ul>%s</ul></section>\n<footer class="emg-footer">© %s. Ghi rõ nguồn khi phát hành lại.</footer>\n<script src="'
            '../assets/emag.js"></script>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(a["tieu_de"]), x(SITE), x(a["sapo"]), x(a["tieu_de"]), "\x00CSS\x00", x(SITE), x(a["tieu_de"]), x(a["sapo"]), x(SITE), gio(a["ngay"]),
        ngay(a["ngay"]), "".join(secs), x(a["tac_gia"]), "".join('<li><a href="../%s/"><img src="../%s/images/cover.jpg" alt=""><span>%s</span></a></li>' % (
            b["slug"], b["slug"], x(b["tieu_de"])) for b in others), x(SITE), pad_js(a["id"], 6, "emag.player"))
    body = fill_css(body, a["id"] * 3, "emg", 26, 31)
    etag = '"%x-%x"' % (len(body.encode("utf-8")), a["id"] * 7919)
    lm = a["ngay"] + _dt.timedelta(minutes=5)
    hdrs = [("Last-Modified", http_date(lm)), ("ETag", etag), ("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding")]
    if tv.h("If-None-Match") == etag or (doc_http_date(tv.h("If-Modified-Since") or "") or _dt.datetime(1970, 1, 1)) >= lm:
        return Dapung(b"", 304, None, hdrs)
    return Dapung(body, 200, "text/html", hdrs)


def apache(status, title, text, headers=()):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>%d %s</title>\n</head><body>\n<h1>%s</h1>\n<p>%s</p>\n<hr>\n<address>'
                  'Apache/2.4.29 (Ubuntu) Server at tinhuy.rachgia.dcs.example Port 80</address>\n</body></html>\n' % (status, title, title, text), status,
                  "text/html; charset=iso-8859-1", headers)


def home(tv):
    top = SLIDE
    main = '<div class="views-element-container block" id="block-views-block-tieu-diem-slider"><div class="view view-tieu-diem"><div class="flexslider"><ul class="slides">%s</ul></div></div></div>' % "".join(
        '<li><a href="%s"><img src="/sites/default/files/styles/slide/public/%s/%d.jpg" alt="%s" /></a><div class="flex-caption"><h2><a href="%s">%s</a></h2>'
        '<p>%s</p></div></li>' % (url(a) + SLIDE_UTM, a["ngay"].strftime("%Y-%m"), a["nid"], x(a["tieu_de"]), url(a) + SLIDE_UTM, x(a["tieu_de"]), x(a["sapo"]))
        for a in top)
    for k in MAIN:
        lst = [b for b in NODES if b["cm"] == k][:5]
        if k == "thong-bao":
            lst = lst[:3]
        main += ('<div class="block block-views home-cat"><h2 class="block-title"><a href="%s">%s</a></h2><div class="content"><ul>%s%s</ul></div></div>') % (
            list_url(k), x(SECNAME[k]), "".join('<li><a href="%s" hreflang="vi">%s</a> <span class="date">%s</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                                                for a in lst),
            '<li><a href="%s" hreflang="vi">Thông báo về việc tạm dừng tiếp công dân định kỳ tháng 10 năm 2028</a></li>' % EXPIRED if k == "thong-bao" else "")
    main += '<div class="block block-views home-emag"><h2 class="block-title"><a href="/e-magazine">E-Magazine</a></h2><div class="content emag-grid">%s</div></div>' % "".join(
        emag_card(a) for a in EMAGS[:3])
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s/rss.xml" />\n' % (x(SITE), tv.origin)
    return answer(shell(tv, "Trang chủ | %s" % SITE, main, tv.origin + "/", head, "path-frontpage"))


def expired(tv):
    main = ('<div class="block block-system-main-block"><article class="node node--type-thong-bao node--unpublished-shell"><div class="messages messages--warning">'
            'Nội dung đã hết hiệu lực hoặc không còn được công bố.</div><p><a href="/thong-bao">Xem các thông báo khác</a></p></article></div>')
    return answer(shell(tv, "Thông báo | %s" % SITE, main, tv.origin + EXPIRED, '<meta name="robots" content="noindex" />\n', "path-node"))


def not_found(tv):
    main = '<h1 class="page-title">Không tìm thấy trang</h1><div class="block block-system-main-block"><p>Không tìm thấy trang yêu cầu.</p></div>'
    return answer(shell(tv, "Không tìm thấy trang | %s" % SITE, main), 404)


def error_500(tv):
    return Dapung("The website encountered an unexpected error. Please try again later.", 500, "text/plain; charset=UTF-8",
                  [("Cache-Control", "must-revalidate, no-cache, private"), ("X-Generator", "Drupal 8 (https://www.drupal.org)")])


def static_page(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug and s in ("gioi-thieu", "lien-he"):
            main = '<h1 class="page-title">%s</h1><div class="block block-system-main-block">%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
            return answer(shell(tv, "%s | %s" % (t, SITE), main, tv.origin + "/" + s, "", "path-node"))
    return None


def feed_items(k):
    src = NODES if k is None else [a for a in in_sec(k)]
    return [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in src[:10]]


def sitemap(tv):
    """simple_sitemap, last generated 30/06/2028 (cron broken since): the OLD aliases (bai-viet/…, answering 301 since the pattern changed) and two
    deleted nodes (404)."""
    rows = [("/", SITEMAP_AT, "daily")] + [(list_url(k), SITEMAP_AT, "daily") for k in MAIN]
    rows += [("/" + a["old"], a["ngay"], None) for a in NODES if a["ngay"] < SITEMAP_AT]
    rows += [(p, _dt.datetime(2028, 5, 20, 10, 5), None) for p in DELETED]
    return urlset(tv.origin, sorted(rows, key=lambda r: r[1], reverse=True), headers=[("X-Generator", "Drupal 8 (https://www.drupal.org)")])


def lich(tv, ym):
    try:
        cur = _dt.datetime.strptime(ym, "%Y-%m")
    except ValueError:
        return not_found(tv)
    prev = (cur - _dt.timedelta(days=1)).strftime("%Y-%m")
    nxt = (cur + _dt.timedelta(days=32)).strftime("%Y-%m")
    main = ('<h1 class="page-title">Lịch công tác tháng %d/%d</h1><div class="view view-lich-cong-tac"><nav class="date-nav"><a href="/lich-cong-tac/%s" rel="prev">« '
            'Tháng trước</a> | <a href="/lich-cong-tac/%s" rel="next">Tháng sau »</a></nav><table class="calendar"><tr><td>Thường trực Tỉnh ủy làm việc tại cơ quan.'
            '</td></tr></table></div>') % (cur.month, cur.year, prev, nxt)
    return answer(shell(tv, "Lịch công tác | %s" % SITE, main, None, "", "path-lich-cong-tac"))


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# Added by the vendor (2020)
Crawl-delay: 5
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
Disallow: /lich-cong-tac/
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password/
Disallow: /index.php/user/register/
Disallow: /index.php/user/login/
Disallow: /index.php/user/logout/

Sitemap: %s/sitemap.xml
"""


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p == "/" and not q:
        return home(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == "/rss.xml":
        return rss(tv.origin, SITE, "/", feed_items(None))
    m = _re.fullmatch(r"/taxonomy/term/(\d+)/feed", p)
    if m:
        k = next((k for k, t in TID.items() if t == int(m.group(1))), None)
        return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), feed_items(k)) if k else not_found(tv)
    if p.startswith("/lich-cong-tac/"):
        return lich(tv, p[len("/lich-cong-tac/"):])
    # the static E-Magazine bundles (Apache serves them before Drupal: mod_dir's DirectorySlash, Options -Indexes)
    if p == "/emagazine":
        return apache(301, "Moved Permanently", 'The document has moved <a href="%s/emagazine/">here</a>.' % tv.origin,
                      [("Location", tv.origin + "/emagazine/")])
    if p == "/emagazine/":
        return apache(403, "Forbidden", "You don't have permission to access this resource.")
    m = _re.fullmatch(r"/emagazine/([a-z0-9-]+)(/|/index\.html)?", p)
    if m:
        a = BY_SLUG.get(m.group(1))
        if a is None:
            return apache(404, "Not Found", "The requested URL was not found on this server.")
        if not m.group(2):
            return apache(301, "Moved Permanently", 'The document has moved <a href="%s/emagazine/%s/">here</a>.' % (tv.origin, a["slug"]),
                          [("Location", "%s/emagazine/%s/%s" % (tv.origin, a["slug"], "?" + q if q else ""))])
        return emag_page(tv, a, p)
    if p.startswith("/emagazine/"):
        return apache(404, "Not Found", "The requested URL was not found on this server.")
    if p == "/e-magazine":
        page = tv.so("page", 0, 0, 99999)
        return emag_list(tv, page) if page is not None else not_found(tv)
    m = _re.fullmatch(r"/([a-z-]+)", p)
    if m and m.group(1) in MAIN:
        page = tv.so("page", 0, 0, 99999)
        if page is None:
            return not_found(tv)
        if full == FLAKY and chap_chon(FLAKY):
            return error_500(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return term_page(tv, m.group(1), page)
    m = _re.fullmatch(r"/node/(\d+)", p)
    if m:
        a = BY_NID.get(int(m.group(1)))
        return article(tv, a) if a else not_found(tv)
    if p in BY_OLD:                                    # the Redirect module: the aliases of the old pattern
        return chuyen(tv.origin + url(BY_OLD[p]), 301, headers=[("Cache-Control", "max-age=3600, public"),
                                                                ("X-Redirect-ID", str(BY_OLD[p]["nid"] + 100000))])
    enc = ma_hoa(p, safe="/")
    if enc == EXPIRED:
        return expired(tv)
    if enc in BY_PATH:
        a = BY_PATH[enc]
        if q == "amp":
            return amp_page(tv, a)
        return article(tv, a)
    if p.strip("/") in ("gioi-thieu", "lien-he"):
        return static_page(tv, p.strip("/"))
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.29 (Ubuntu)")], moi_lan=lambda tv, out: [("X-Powered-By", "PHP/7.3.33")] if out.ctype and "UTF-8" in out.ctype else [])


# ---------------------------------------------------------------- manifest
ONLY_SLASH = [url(a) for a in EMAGS]

MANIFEST = {
    "family": "Drupal 8.9 (PHP 7.3, Apache 2.4 on Ubuntu 18.04; a vendor's Bartik subtheme, Pathauto with transliteration OFF, Redirect, simple_sitemap, AMP) "
              "of a provincial Party committee (Đảng bộ tỉnh Rạch Giá), with the static bundles of its E-Magazine builder copied under /emagazine/: "
              "articles /<term>/<Vietnamese title alias> (percent-encoded), taxonomy lists /<term>?page=N (0-based), and 20 longform stories at "
              "/emagazine/<slug>/ -- directories Apache answers, with a 301 from the slash-less path",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/search/", "/node/add/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"trailing-slash": ONLY_SLASH},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles /<term alias>/<title alias>: Pathauto's pattern [node:field_chuyen_muc:entity:url:path]/[node:title] since 15/07/2028 with "
              "transliteration OFF, so the alias keeps the Vietnamese letters (lower case, punctuation out, 100 characters at most) and Drupal prints it "
              "percent-encoded (upper-case hex) while the 'Xem thêm' lists editors paste into bodies write it raw UTF-8 (the same address; one of them, "
              "typed in decomposed Unicode, answers 404); each node page carries a canonical link, a shortlink /node/<nid> (200, the same page) and "
              "<link rel=amphtml> <alias>?amp (200, canonical to the alias); nodes older than 15/07/2028 also keep the old alias /bai-viet/<ASCII "
              "title> as a Redirect-module 301. Dated 'Thứ …, dd/mm/yyyy - HH:MM'. Taxonomy lists /<term> and ?page=1.. (0-based, %d a page; a page "
              "past the end shows the last one) under a 'Tiêu điểm' attachment (two sticky older nodes) on EVERY page; every 4th 'Nghiên cứu - Trao đổi' "
              "node is also tagged 'Xây dựng Đảng' (one node, one address). The sidebar 'Tin mới' prints absolute http:// links, the footer "
              "protocol-relative ones, the home slider its three items with ?utm_source=trang-chu&utm_medium=slider (200, canonical), and Metatag "
              "prints og:url as https:// (the site's $base_url) although the site answers over http. Feeds /rss.xml and /taxonomy/term/<tid>/feed. /sitemap.xml (simple_sitemap) was last generated on 30/06/2028: it "
              "lists the OLD aliases (301) and two deleted nodes (404). The home box 'Thông báo' still links an expired notice (200 'Nội dung đã hết hiệu "
              "lực…', noindex: soft 404). The menu's 'Các cơ quan Đảng' links sibling sites of the province on other hosts (some at section-like "
              "paths: /tin-hoat-dong, /xay-dung-dang) -- off-site. E-Magazine (%d longform stories since 20/11/2027): the vendor's builder exports each "
              "story as a static bundle copied to /emagazine/<slug>/index.html; Apache serves the directory (DirectorySlash: /emagazine/<slug> 301 to "
              "/emagazine/<slug>/; no canonical link; Content-Type text/html with the charset only in <meta>; ETag and Last-Modified, 304 to a "
              "conditional request); the Drupal view /e-magazine (%d a page, ?page=N), the home box and each story's 'E-Magazine khác' (relative "
              "../<slug>/ links) all link the slash form. Flaky: %s answers Drupal's 500 every other request; slow: %s (1 s). A month calendar "
              "/lich-cong-tac/YYYY-MM forever (trap, robots-disallowed)." % (PER_PAGE, len(EMAGS), EMG_PER_PAGE, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_o = NODES[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": 'href="%s"' % url(EMAGS[0])},
    {"path": list_url("tin-hoat-dong", 1), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 40), "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": "/emagazine/%s" % EMAGS[0]["slug"], "status": 301, "location": url(EMAGS[0])},
    {"path": url(EMAGS[0]), "status": 200, "contains": x(EMAGS[0]["tieu_de"]), "ctype": "text/html"},
    {"path": url(EMAGS[0]), "status": 304, "headers": {"If-Modified-Since": http_date(BAY_GIO)}},
    {"path": "/emagazine/", "status": 403},
    {"path": "/e-magazine?page=2", "status": 200, "contains": x(EMAGS[2 * EMG_PER_PAGE]["tieu_de"])},
    {"path": DELETED[0], "status": 404},
    {"path": EXPIRED, "status": 200, "contains": "Nội dung đã hết hiệu lực"},
    {"path": node_url(_o), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(_o)},
    {"path": raw_url(_o), "status": 200, "contains": x(_o["tieu_de"])},
    {"path": "/%s/%s" % (_o["cm"], ma_hoa(_ud.normalize("NFD", _o["alias"]))), "status": 404},
]
_old1 = [a for a in NODES if a["ngay"] < PATTERN_CHANGED][0]
SELFTEST.append({"path": "/" + _old1["old"], "status": 301, "location": url(_old1)})
SUMMARY = {
    "chains": ["/ -> /<term> -> ?page=N -> /<term>/<Vietnamese alias, percent-encoded> (canonical; shortlink /node/<nid>; amphtml <alias>?amp)",
               "/ -> menu 'E-Magazine' /e-magazine (Drupal view) -> ?page=1, 2 -> /emagazine/<slug>/ (a static bundle: index.html by Apache) -> "
               "'E-Magazine khác' ../<slug>/ ; /emagazine/<slug> -> 301 /emagazine/<slug>/",
               "robots Sitemap: /sitemap.xml (stale 30/06/2028: old /bai-viet/<slug> aliases -> 301 to the new alias; two deleted nodes 404)",
               "/rss.xml and /taxonomy/term/<tid>/feed"],
    "discovery": [
        "E-Magazine (%d longform stories) are static bundles in directories: every link to them is /emagazine/<slug>/ and Apache answers "
        "/emagazine/<slug> with a 301 back to the slash form; a crawler whose canonicaliser strips the trailing slash requests the bare path, is sent "
        "back, strips it again and takes it for an address it has seen -- it never fetches them (only_via trailing-slash %d)" % (len(EMAGS), len(ONLY_SLASH)),
        "Vietnamese title aliases printed percent-encoded by Drupal and pasted raw UTF-8 by editors (one NFD-typed link answering 404), absolute http:// "
        "and protocol-relative links beside root-relative ones, /node/<nid> shortlinks, old /bai-viet/ aliases (301) in a stale sitemap, sibling "
        "sites of the province at section-like paths on other hosts (no only_via)",
    ],
    "set38_pages": {"trailing-slash": ["/e-magazine", "/"]},
    "dup_via": {},
    "alias_kinds": ["/node/<nid> (200, the same page, canonical to the alias; the shortlink)",
                    "?utm_source=trang-chu&utm_medium=slider (200, canonical; the home slider's three links)",
                    "<alias>?amp (200, the AMP module's page, canonical to the alias; <link rel=amphtml> only)",
                    "old alias /bai-viet/<ASCII title> (301 to the new alias; nodes before 15/07/2028; the stale sitemap's addresses)",
                    "E-Magazine /emagazine/<slug> (301 to /emagazine/<slug>/) and /emagazine/<slug>/index.html (200, the same file; linked nowhere)"],
    "quirks": ["Crawl-delay: 5 (the vendor's line in Drupal 8's robots.txt)", "'Tiêu điểm' attachment on every list page", "0-based ?page=; a page "
               "past the end: the last page", "aliases with Vietnamese letters: percent-encoded in Drupal's links, raw UTF-8 in pasted ones, one NFD link 404",
               "absolute http:// links in 'Tin mới', protocol-relative in the footer, an https:// og:url (Metatag's base URL) on a site served over http", "sitemap stale since 30/06/2028 (old aliases 301, two deleted "
               "nodes 404)", "an expired notice linked from the home: 200 notice, noindex (soft 404)", "sibling sites on other hosts at section-like paths",
               "E-Magazine bundles: charset only in <meta>, no canonical, ETag / Last-Modified with 304, Apache 403 on /emagazine/",
               "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "month calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": list(DELETED) + [EXPIRED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none on Drupal's pages (Cache-Control: must-revalidate, no-cache, private); the E-Magazine bundles: Apache's ETag and Last-Modified "
                  "(304 to a conditional request)",
}
