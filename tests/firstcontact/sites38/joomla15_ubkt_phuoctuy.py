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
SITE = "Ủy ban Kiểm tra Tỉnh ủy Phước Tuy"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "tinhuy", "bai"), ("kiem-tra-giam-sat", "Kiểm tra - Giám sát", 5, "xa", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "tinhuy", "dai"), ("thong-bao", "Thông báo", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
MAIN = [k for k, _, _, _, _ in SECS]
CATID = {"tin-hoat-dong": 1, "kiem-tra-giam-sat": 2, "nghien-cuu-trao-doi": 4, "thong-bao": 5}
ITEMID = {"tin-hoat-dong": 53, "kiem-tra-giam-sat": 54, "nghien-cuu-trao-doi": 56, "thong-bao": 57}
TD = "tieu-diem"                              # the menu item 'Tiêu điểm' (Frontpage Blog Layout): the featured items under ITS path
HUYEN = ["Phước Tuy", "Bà Rịa", "Long Điền", "Đất Đỏ", "Xuyên Mộc", "Châu Đức", "Long Hải"]
XA = ["Phước Hải", "Phước Thuận", "Hòa Hiệp", "Bưng Riềng", "Bình Giã", "Kim Long", "Suối Nghệ", "Láng Lớn"]
AP = ["Ấp Hải Sơn", "Ấp Phước Lộc", "Ấp Bàu Ngứa", "Ấp Thạnh Sơn", "Ấp Ông Tô", "Ấp Tân Thuận"]
PER_PAGE = 10                                  # blog layout: # Leading 1, # Intro 5 (two columns), # Links 4
XMAP_AT = _dt.datetime(2028, 5, 10, 3, 0)     # Xmap's cached sitemap (the cache never cleared since)

_s = SoanTin(38401, 112, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(38401, 112, tu_ngay=_dt.datetime(2027, 11, 10), gan=6),
             id_dau=1200, buoc=3, cm_dau=("tin-hoat-dong", "kiem-tra-giam-sat", "thong-bao", "tin-hoat-dong"), nguon="UBKT",
             chu_de=("kiem-tra", "to-chuc", "hai-cap", "dai-hoi-xiv", "tu-tuong", "kinh-te", "den-on"))
dat_ten_thong_bao(_s.items, "UBKTTU")
ARTS = _s.items
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["alias"] = duong_dan(_a["tieu_de"])         # the vi-VN language pack's transliteration
_feat = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "kiem-tra-giam-sat")]
FEATURED = [a for i, a in enumerate(_feat) if i % 3 == 1][:20]     # 'Front Page: Yes'
FEAT_IDS = {a["id"] for a in FEATURED}
_ids = {a["id"] for a in ARTS}
DELETED = ["/tin-hoat-dong/%d-hoi-nghi-giao-ban-cong-tac-kiem-tra-quy-i-nam-2028.html" % [i for i in range(1250, 1400) if i not in _ids][0],
           "/kiem-tra-giam-sat/%d-doan-kiem-tra-so-3-lam-viec-tai-dang-uy-xa-binh-gia.html" % [i for i in range(1250, 1400) if i not in _ids][1]]
_free = [i for i in range(1250, 1400) if i not in _ids]
EXPIRED = "/thong-bao/%d-thong-bao-lich-tiep-xuc-cu-tri-cua-ubkt-tinh-uy-thang-10-nam-2028.html" % _free[2]   # past 'Finish Publishing'
FLAKY = "/tin-hoat-dong.html?start=20"
SLOW = "/nghien-cuu-trao-doi.html?start=10"
SIBLINGS = [("Tỉnh ủy Phước Tuy", "http://tinhuy.phuoctuy.dcs.example/"), ("Ban Tổ chức Tỉnh ủy", "http://btc.phuoctuy.dcs.example/tin-hoat-dong.html"),
            ("Ban Tuyên giáo và Dân vận", "http://btgdv.phuoctuy.dcs.example/kiem-tra-giam-sat.html"), ("Văn phòng Tỉnh ủy", "http://vptu.phuoctuy.dcs.example/")]
SESSION = "9c2f5e0a7b1d4c8e6f3a2b1c0d9e8f7a"


def url(a, menu=None):
    return "/%s/%d-%s.html" % (menu or a["cm"], a["id"], a["alias"])


def rel_canonical(a):
    """The vendor's system plugin 'Canonical' (2011): JRoute's address with JURI::base(true) . '/' cut away -- a RELATIVE href."""
    return url(a)[1:]


def aliases(a):
    return [url(a, TD)] if a["id"] in FEAT_IDS else []


BY_ID = {a["id"]: a for a in ARTS}


def in_sec(k):
    if k == TD:
        return FEATURED
    return [a for a in ARTS if a["cm"] == k]


def list_url(k, start=0):
    return "/%s.html%s" % (k, "?start=%d" % start if start else "")


def noi_bat(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("P3P", 'CP="NOI ADM DEV PSAi COM NAV OUR OTRo STP IND DEM"'), ("Expires", "Mon, 1 Jan 2001 00:00:00 GMT"),
                                        ("Last-Modified", http_date(BAY_GIO)), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                                        ("Pragma", "no-cache")] + list(headers))


def extra_headers(tv, out):
    h = [("X-Powered-By", "PHP/5.2.17")]
    if out.ctype and "html" in out.ctype and not tv.h("Cookie"):
        h.append(("Set-Cookie", "%s=4k7q2m9x1c5v8b3n6z0l2j4h6g; path=/" % SESSION))
    return h


def shell(tv, title, main, head="", active=None):
    o = tv.origin
    menu = "".join('<li class="item%d%s"><a href="%s"><span>%s</span></a></li>' % (ITEMID[k], " active" if k == active else "", list_url(k), x(SECNAME[k]))
                   for k in MAIN)
    sib = "".join('<li><a href="%s" target="_blank"><span>%s</span></a></li>' % (u, x(t)) for t, u in SIBLINGS)
    moi = "".join('<li class="latestnews"><a href="%s" class="latestnews">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in ARTS[:6])
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/'
        '1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >\n<head>\n  <base href="%s/" />\n  <meta http-equiv="content-type" content="text/html; charset=utf-8" />\n  <meta '
        'name="robots" content="index, follow" />\n  <meta name="keywords" content="ủy ban kiểm tra, phước tuy, kiểm tra, giám sát, kỷ luật đảng" />\n  <meta '
        'name="description" content="Trang thông tin điện tử %s" />\n  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />\n  <title>%s'
        '</title>\n%s  <link href="/templates/ubkt_phuoctuy/favicon.ico" rel="shortcut icon" type="image/x-icon" />\n  <script type="text/javascript" src="/media/'
        'system/js/mootools.js"></script>\n  <script type="text/javascript" src="/media/system/js/caption.js"></script>\n<link rel="stylesheet" href="templates/'
        'ubkt_phuoctuy/css/template.css" type="text/css" />\n<style type="text/css">\x00CSS\x00</style>\n</head>\n<body id="page_bg">\n<div id="wrapper"><div '
        'id="header"><a href="index.php" id="logo"><img src="templates/ubkt_phuoctuy/images/banner.jpg" alt="%s" width="980" height="150" /></a><div id="ngay">%s, '
        'ngày %s</div></div>\n<div id="topmenu"><ul class="menu"><li class="item1"><a href="/"><span>Trang chủ</span></a></li><li class="item52"><a href="/gioi-thieu'
        '.html"><span>Giới thiệu</span></a></li>%s<li class="item58"><a href="/tieu-diem.html"><span>Tiêu điểm</span></a></li><li class="item61"><a href="/lich-cong-'
        'tac/month.calendar/%d/%02d/%02d/-.html"><span>Lịch công tác</span></a></li><li class="parent item62"><span class="separator"><span>Các cơ quan Đảng'
        '</span></span><ul>%s</ul></li></ul></div>\n<table class="nopad" cellpadding="0" cellspacing="0"><tr><td valign="top" id="maincolumn">%s</td><td valign="top" '
        'class="rightcolumn"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews">%s</ul></div><div class="moduletable"><h3>Tìm kiếm</h3><form action="index.'
        'php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Tìm kiếm" class="inputbox" type="text" size="20" '
        'value="" /></div><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" '
        'value="1" /></form></div><div class="moduletable"><h3>Liên kết</h3><ul><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản '
        'Việt Nam</a></li><li><a href="https://ubkttw.example/" target="_blank">Ủy ban Kiểm tra Trung ương</a></li></ul></div></td></tr></table>\n<div id="footer"><p>'
        '<strong>ỦY BAN KIỂM TRA TỈNH ỦY PHƯỚC TUY</strong></p><p>Địa chỉ: số 8 Lê Lợi, phường Bà Rịa. <a href="lien-he.html">Liên hệ</a> | <a href="index.php?option='
        'com_content&amp;amp;view=article&amp;amp;id=2&amp;amp;Itemid=52">Giới thiệu</a>. Ghi rõ nguồn khi phát hành lại.</p></div></div>\n<script type="text/javascript">%s'
        '</script>\n</body>\n</html>') % (
        o, x(SITE), x(title), head, x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, BAY_GIO.year, BAY_GIO.month, BAY_GIO.day, sib, main, moi,
        pad_js(len(title) + 3, 5, "mootools.more"))
    seed = sum(ord(c) for c in title) + 11
    target = (27 + _rnd.Random(seed).random() * 5) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "jm"), 1)


def stamp(d):
    return "%s %s" % (ngay(d), gio(d))


def intro(a, menu, leading=False):
    return ('<table class="contentpaneopen"><tr><td class="contentheading" width="100%%"><a href="%s" class="contentpagetitle">%s</a></td></tr></table><table '
            'class="contentpaneopen"><tr><td valign="top" colspan="2" class="createdate">%s</td></tr><tr><td valign="top" colspan="2">%s<p>%s</p></td></tr><tr><td '
            'colspan="2"><a href="%s" class="readon">Đọc tiếp...</a></td></tr></table><span class="article_separator">&nbsp;</span>') % (
        url(a, menu), x(a["tieu_de"]), stamp(a["ngay"]),
        '<img src="images/stories/%s/%d.jpg" border="0" alt="" align="left" width="%d" />' % (a["ngay"].strftime("%Y/%m"), a["id"], 240 if leading else 120),
        x(a["sapo"]), url(a, menu))


def pagination(k, start, total):
    pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    cur = start // PER_PAGE + 1
    if pages <= 1:
        return ""
    out = ["<span>&laquo;</span>"]
    if cur > 1:
        out.append('<a href="%s" title="Đầu">Đầu</a><a href="%s" title="Trước">Trước</a>' % (list_url(k), list_url(k, (cur - 2) * PER_PAGE)))
    else:
        out.append("<span>Đầu</span><span>Trước</span>")
    for n in range(1, pages + 1):
        out.append("<strong><span>%d</span></strong>" % n if n == cur else '<strong><a href="%s" title="%d">%d</a></strong>' % (list_url(k, (n - 1) * PER_PAGE), n, n))
    if cur < pages:
        out.append('<a href="%s" title="Sau">Sau</a><a href="%s" title="Cuối">Cuối</a>' % (list_url(k, cur * PER_PAGE), list_url(k, (pages - 1) * PER_PAGE)))
    else:
        out.append("<span>Sau</span><span>Cuối</span>")
    out.append("<span>&raquo;</span>")
    return '<del class="container"><div class="pagination">%s</div></del>' % "".join(out), cur, pages


def blog(tv, k, start):
    items = in_sec(k)
    total = len(items)
    if start >= total:
        start = max(0, ((total - 1) // PER_PAGE) * PER_PAGE)            # a start past the end: the last page again
    shown = items[start:start + PER_PAGE]
    lead, intros, links = shown[:1], shown[1:6], shown[6:]
    pg = pagination(k, start, total)
    pinned = "" if k == TD else '<div class="moduletable noibat"><h3>Tin nổi bật</h3><ul class="mostread">%s</ul></div>' % "".join(
        '<li class="mostread"><a href="%s" class="mostread">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in noi_bat(k))
    cols = ('<tr><td valign="top"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="50%%" class="article_column">%s</td><td '
            'valign="top" width="50%%" class="article_column column2">%s</td></tr></table></td></tr>') % (
        "".join(intro(a, k if k != TD else TD) for a in intros[0::2]), "".join(intro(a, k if k != TD else TD) for a in intros[1::2]))
    more = ('<tr><td valign="top"><div class="blog_more"><div><strong>Xem thêm...</strong></div><ul>%s</ul></div></td></tr>' % "".join(
        '<li><a class="blogsection" href="%s">%s</a></li>' % (url(a, k if k != TD else TD), x(a["tieu_de"])) for a in links)) if links else ""
    main = ('%s<div class="componentheading">%s</div><table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top"><div>%s</div></td></tr>%s%s%s</table>'
            '<div class="rss"><a href="%s.feed?type=rss"><img src="images/M_images/livemarks.png" alt="RSS" /> RSS</a></div>') % (
        pinned, "Tiêu điểm" if k == TD else x(SECNAME[k]), "".join(intro(a, k, True) for a in lead), cols, more,
        ('<tr><td valign="top" align="center">%s<br /><br /></td></tr><tr><td valign="top" align="center"><p class="counter">Trang %d / %d</p></td></tr>' % pg) if pg else "",
        "/" + k)
    head = '  <link href="/%s.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n  <link href="/%s.feed?type=atom" rel="alternate" ' \
           'type="application/atom+xml" title="Atom 1.0" />\n' % (k, k)
    return answer(shell(tv, "Tiêu điểm" if k == TD else SECNAME[k], main, head, k))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<p style="text-align: center;"><img src="images/stories/%s/%d_1.jpg" border="0" alt="" width="500" /><br /><em>%s</em></p>' % (
                a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, menu):
    import base64 as _b64
    link = _b64.b64encode((tv.origin + url(a, menu)).encode("utf-8")).decode("ascii")
    cung = [b for b in ARTS if b["cm"] == a["cm"] and b["ngay"] < a["ngay"]][:5]
    extra = '<p class="sohieu"><strong>%s</strong></p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    main = ('<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td><td align="right" width="100%%" class="buttonheading"><a href="%s" '
            'title="PDF" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,'
            'directories=no,location=no\'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a></td><td align="right" '
            'width="100%%" class="buttonheading"><a href="/component/mailto/?tmpl=component&amp;link=%s" title="E-mail" onclick="window.open(this.href,\'win2\','
            '\'width=400,height=350,menubar=yes,resizable=yes\'); return false;"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a></td></tr></table>'
            '<table class="contentpaneopen"><tr><td valign="top"><span class="small">%s</span></td></tr><tr><td valign="top" class="createdate">Ngày đăng: %s</td>'
            '</tr><tr><td valign="top">%s<p><strong>%s</strong></p>%s<p style="text-align: right;"><strong>%s</strong></p></td></tr><tr><td class="modifydate">Lượt '
            'xem: %d</td></tr></table><span class="article_separator">&nbsp;</span><div class="cungchuyenmuc"><h4>Các bài cùng chuyên mục:</h4><ul>%s</ul></div>') % (
        x(a["tieu_de"]), url(a, menu)[:-5] + ".pdf", link, x(SECNAME[a["cm"]]), stamp(a["ngay"]), extra, x(a["sapo"]), body_of(a), x(a["tac_gia"]), a["xem"],
        "".join('<li><a href="%s">%s</a> <span class="small">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in cung))
    head = '  <link rel="canonical" href="%s" />\n' % rel_canonical(a)
    return answer(shell(tv, a["tieu_de"], main, head, menu))


def pdf(tv, a):
    return Dapung(b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                  b"trailer << /Root 1 0 R >>\n%%EOF\n", 200, "application/pdf", [("Content-Disposition", 'inline; filename="%s.pdf"' % a["alias"][:40])])


def mailto(tv):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">\n<head>\n  <base href="%s/" />\n  <title>%s</title>\n</head>\n<body class="contentpane">\n'
                  '<form action="index.php" name="mailtoForm" method="post"><div style="padding: 10px;"><div style="text-align:right"><a href="javascript: void '
                  'window.close()">Đóng cửa sổ</a></div><div class="componentheading">Gửi bài viết này cho bạn bè.</div><p>Email người nhận:<br /><input type="text" '
                  'name="mailto" class="inputbox" size="25" value=""/></p><p><button class="button" onclick="return submitbutton(\'send\');">Gửi</button></p></div>'
                  '<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="'
                  'component" /></form>\n</body>\n</html>' % (tv.origin, x(SITE)))


def home(tv):
    o = tv.origin
    top = [b for b in ARTS if b["cm"] == "tin-hoat-dong"][:3]
    main = '<div class="moduletable slideshow"><div id="slider">%s</div></div>' % "".join(
        '<div class="slide"><a href="%s"><img src="images/stories/slide/%d.jpg" alt="%s" /></a><h2><a href="%s">%s</a></h2></div>' % (
            url(a), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"])) for a in top)
    main += '<div class="moduletable tieudiem"><h3><a href="tieu-diem.html">Tiêu điểm</a></h3><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in FEATURED[:4])
    for k in MAIN:
        main += '<div class="moduletable newsflash"><h3><a href="%s.html">%s</a></h3><ul>%s%s</ul></div>' % (
            k, x(SECNAME[k]), "".join('<li><a href="%s%s">%s</a> <span class="small">(%s)</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                                      for a in in_sec(k)[:5]),
            '<li><a href="%s%s">Thông báo lịch tiếp xúc cử tri của UBKT Tỉnh ủy tháng 10 năm 2028</a></li>' % (o, EXPIRED) if k == "thong-bao" else "")
    return answer(shell(tv, SITE, main, '  <link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'))


def not_found(tv):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://'
                  'www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n\t<title>404 - Lỗi: 404</title>\n\t<link rel="stylesheet" href="/templates/'
                  'system/css/error.css" type="text/css" />\n</head>\n<body>\n\t<div align="center">\n\t\t<div id="outline">\n\t\t<div id="errorboxoutline">\n\t\t\t<div '
                  'id="errorboxheader">404 - Không tìm thấy bài viết</div>\n\t\t\t<div id="errorboxbody">\n\t\t\t<p><strong>Bạn không thể xem trang này vì:</strong></p>'
                  '\n\t\t\t\t<ol>\n\t\t\t\t\t<li>một <strong>đánh dấu/liên kết yêu thích đã hết hạn</strong></li>\n\t\t\t\t\t<li>địa chỉ bị <strong>gõ sai</strong></li>\n'
                  '\t\t\t\t</ol>\n\t\t\t<p><a href="/" title="Đến trang chủ">Trang chủ</a></p>\n\t\t\t</div>\n\t\t</div>\n\t\t</div>\n\t</div>\n</body>\n</html>', 404)


def db_error(tv):
    return answer('<html><body>Database Error: Unable to connect to the database:Could not connect to MySQL</body></html>', 500)


def feed(tv, k):
    src = ARTS if k is None else in_sec(k)
    return rss(tv.origin, SITE if k is None else "%s - %s" % (SECNAME[k], SITE), "/" if k is None else list_url(k),
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in src[:10]])


def xmap(tv):
    rows = [("/", XMAP_AT, "daily")] + [(list_url(k), XMAP_AT, "daily") for k in MAIN]
    rows += [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < XMAP_AT]
    rows += [(p, _dt.datetime(2028, 3, 2, 8, 40), None) for p in DELETED]
    return urlset(tv.origin, sorted(rows, key=lambda r: r[1], reverse=True))


def lich(tv, y, m, d):
    cur = _dt.date(y, m, 1)
    prev = (cur - _dt.timedelta(days=1)).replace(day=1)
    nxt = (cur + _dt.timedelta(days=32)).replace(day=1)
    main = ('<div class="componentheading">Lịch công tác tháng %d/%d</div><div class="jev_toprow"><a href="/lich-cong-tac/month.calendar/%d/%02d/01/-.html" '
            'title="Tháng trước">« Tháng trước</a> | <a href="/lich-cong-tac/month.calendar/%d/%02d/01/-.html" title="Tháng sau">Tháng sau »</a></div><table '
            'class="cal_table"><tr><td>Thường trực Ủy ban Kiểm tra làm việc tại cơ quan.</td></tr></table>') % (m, y, prev.year, prev.month, nxt.year, nxt.month)
    return answer(shell(tv, "Lịch công tác", main))


def static(tv, slug):
    for s, t, ps in TRANG_TINH:
        if s == slug:
            return answer(shell(tv, t, '<div class="componentheading">%s</div>%s' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))))
    return not_found(tv)


ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /cache/
Disallow: /components/
Disallow: /images/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /libraries/
Disallow: /media/
Disallow: /modules/
Disallow: /plugins/
Disallow: /templates/
Disallow: /tmp/
Disallow: /xmlrpc/
Disallow: /lich-cong-tac/
Crawl-delay: 4
Sitemap: %s/index.php?option=com_xmap&sitemap=1&view=xml
"""


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if p in ("/", "/index.php") and not q:
        return home(tv)
    if p == "/index.php":
        opt = tv.q.get("option")
        if opt == "com_xmap" and tv.q.get("view") == "xml":
            return xmap(tv)
        if tv.q.get("format") == "feed":
            return feed(tv, None)
        if opt == "com_content" and tv.q.get("view") == "article" and tv.q.get("id") == "2":
            return static(tv, "gioi-thieu")
        if opt == "com_content" and not tv.q.get("view"):        # the footer's twice-escaped link: PHP reads 'amp;view', com_content its default view
            return home(tv)
        return not_found(tv)
    if p.rstrip("/") == "/component/mailto":
        return mailto(tv)
    m = _re.fullmatch(r"/lich-cong-tac/month\.calendar/(\d{4})/(\d{2})/(\d{2})/-\.html", p)
    if m and 1 <= int(m.group(2)) <= 12:
        return lich(tv, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if p in ("/gioi-thieu.html", "/lien-he.html"):
        return static(tv, p[1:-5])
    m = _re.fullmatch(r"/([a-z-]+)\.(html|feed)", p)
    if m and (m.group(1) in MAIN or m.group(1) == TD):
        k = m.group(1)
        if m.group(2) == "feed":
            return feed(tv, k if k in MAIN else None)
        start = tv.so("start", 0, 0, 99999)
        if start is None:
            return not_found(tv)
        if full == FLAKY and chap_chon(FLAKY):
            return db_error(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return blog(tv, k, start)
    if p == EXPIRED:                                    # the vendor's override: an item past 'Finish Publishing' says so, with a 200
        return answer(shell(tv, "Thông báo", '<div class="componentheading">Thông báo</div><p class="error">Bài viết này đã hết thời hạn đăng tải.</p>'))
    m = _re.fullmatch(r"/([a-z-]+)/(\d+)-[a-z0-9-]*\.(html|pdf)", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        menu = m.group(1)
        if a is None or not (menu == a["cm"] or (menu == TD and a["id"] in FEAT_IDS)):
            return not_found(tv)                    # the vendor's router: the menu path must be the item's (or 'Tiêu điểm' for a featured item)
        if m.group(3) == "pdf":
            return pdf(tv, a)
        return article(tv, a, menu)
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.2.22 (CentOS)")], moi_lan=extra_headers)


# ---------------------------------------------------------------- manifest
DUP_BASE = [url(a) for a in FEATURED]

MANIFEST = {
    "family": "Joomla! 1.5.26 (PHP 5.2, Apache 2.2 on CentOS 5; SEF URLs with mod_rewrite and the .html suffix, the vi-VN language pack, a vendor's template "
              "that sets <base href> to the site root, a vendor's system plugin printing a relative canonical link, Xmap, JEvents) of a provincial Party "
              "inspection committee (Ủy ban Kiểm tra Tỉnh ủy Phước Tuy): articles /<menu>/<id>-<alias>.html, category blogs /<menu>.html?start=N, and "
              "featured items under a second menu path, /tieu-diem/<id>-<alias>.html",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/administrator/", "/components/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Every page prints <base href=\"<site root>/\"> (the vendor's template: editors' images/stories/… work under SEF paths) and the vendor's "
              "system plugin prints, on article pages, <link rel=\"canonical\" href=\"<menu>/<id>-<alias>.html\"> -- RELATIVE, JRoute's address with "
              "the base path cut away: resolved against the base it is the article's address, resolved against the page's own address it is "
              "/<menu>/<menu>/<id>-<alias>.html, which answers 404 (the router takes two segments only). Articles /<menu>/<id>-<alias>.html (the alias "
              "transliterated by the vi-VN pack; the router reads the id and wants the item's own menu -- or 'Tiêu điểm' for a featured item -- and "
              "ignores the alias), dated 'Ngày đăng: dd/mm/yyyy HH:MM'; the PDF icon (/<menu>/<id>-<alias>.pdf, a PDF, rel=nofollow) and the e-mail "
              "icon (/component/mailto/?tmpl=component&link=<base64>, a form) open pop-ups; no print icon. Category blogs /<menu>.html and ?start=10, "
              "20, … (# Leading 1, # Intro 5 in two columns, # Links 4 'Xem thêm...'; a start past the end shows the last page) under the module 'Tin "
              "nổi bật' (two most-read older items) on EVERY page. The menu item 'Tiêu điểm' (Frontpage Blog Layout, /tieu-diem.html, ?start=N) lists "
              "the %d featured items of 'Tin hoạt động' and 'Kiểm tra - Giám sát' and links them under ITS path, /tieu-diem/<id>-<alias>.html (200, "
              "the same article, the same relative canonical); their category blogs link them at /<category>/<id>-<alias>.html. Links mix "
              "root-relative (JRoute), base-relative (the template's index.php, lien-he.html) and absolute http:// (the home's newsflash modules); the "
              "footer's 'Giới thiệu' is written index.php?option=com_content&amp;amp;view=… (escaped twice: PHP reads the keys 'amp;view', "
              "'amp;id' and com_content shows its default page, the home). "
              "The home box 'Thông báo' still links a notice past its 'Finish Publishing' date (200 'Bài viết này đã hết thời hạn đăng tải.': soft 404). Feeds /<menu>.feed?type=rss|atom and /index.php?format=feed&type=rss. robots.txt (Joomla 1.5's, plus Crawl-delay: 4) names Xmap's "
              "/index.php?option=com_xmap&sitemap=1&view=xml, cached on 10/05/2028 with two deleted articles (404). The menu's 'Các cơ quan Đảng' "
              "links sibling sites on other hosts at section-like paths -- off-site. Joomla's session cookie nobody needs; Last-Modified = the moment "
              "of the request (Joomla 1.5). Flaky: %s answers 500 'Database Error' every other request; slow: %s (1 s). JEvents' month calendar "
              "/lich-cong-tac/month.calendar/YYYY/MM/DD/-.html forever (trap, robots-disallowed)." % (len(FEATURED), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_f = FEATURED[2]
SELFTEST = [
    {"path": "/", "status": 200, "contains": '<base href="http://replica.test:8080/" />'},
    {"path": url(_f), "status": 200, "contains": '<link rel="canonical" href="%s" />' % rel_canonical(_f)},
    {"path": url(_f, TD), "status": 200, "contains": '<link rel="canonical" href="%s" />' % rel_canonical(_f)},
    {"path": "/%s/%s" % (_f["cm"], rel_canonical(_f)), "status": 404},
    {"path": "/%s/%s" % (TD, rel_canonical(_f)), "status": 404},
    {"path": list_url(TD, PER_PAGE), "status": 200, "contains": 'href="%s"' % url(FEATURED[PER_PAGE], TD)},
    {"path": list_url("tin-hoat-dong", PER_PAGE), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 9990), "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": DELETED[0], "status": 404},
    {"path": EXPIRED, "status": 200, "contains": "Bài viết này đã hết thời hạn đăng tải."},
    {"path": url(ARTS[0], "kiem-tra-giam-sat" if ARTS[0]["cm"] != "kiem-tra-giam-sat" else "tin-hoat-dong"), "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /<menu>.html -> ?start=10·k -> /<menu>/<id>-<alias>.html (relative canonical under the root <base href>)",
               "/ -> menu 'Tiêu điểm' /tieu-diem.html -> ?start=10 -> /tieu-diem/<id>-<alias>.html (a featured item under a second path)",
               "robots Sitemap: /index.php?option=com_xmap&sitemap=1&view=xml (Xmap's cache of 10/05/2028; two deleted articles 404)",
               "/<menu>.feed?type=rss and /index.php?format=feed&type=rss"],
    "discovery": [
        "%d featured items are reached under two paths -- their category's and the menu item 'Tiêu điểm''s -- and both pages carry the RELATIVE "
        "canonical <menu>/<id>-<alias>.html under <base href=\"<root>/\">: resolved against the base (as HTML does) both name the article, resolved "
        "against each page's own address they name two addresses that answer 404; a crawler that joins a page's URL and its canonical stores "
        "them twice (dup_via canonical-base %d)" % (len(FEATURED), len(DUP_BASE)),
        "a root <base href> on every page with links root-relative, base-relative and absolute, a twice-escaped &amp;amp; link, PDF and e-mail "
        "pop-ups, a stale Xmap sitemap, "
        "sibling sites at section-like paths on other hosts (no only_via)",
    ],
    "set38_pages": {"canonical-base": [url(FEATURED[0]), url(FEATURED[0], TD)]},
    "dup_via": {"canonical-base": DUP_BASE},
    "alias_kinds": ["the featured item's second path /tieu-diem/<id>-<alias>.html (200, the same article; its relative canonical names the article "
                    "only when resolved against <base href> -- dup_via canonical-base)"],
    "quirks": ["Crawl-delay: 4", "<base href> of the site root on every page", "a relative canonical link (vendor plugin)",
               "'Tin nổi bật' module on top of every category blog", "a start past the end: the last page again", "the router ignores the alias, "
               "wants the item's menu (else 404)", "PDF and e-mail pop-up icons", "Xmap sitemap cached on 10/05/2028 with two deleted articles (404)",
               "the footer's link escaped twice (&amp;amp;): the home page under another address",
               "an expired notice linked from the home: 200 'Bài viết này đã hết thời hạn đăng tải.' (soft 404)",
               "sibling sites on other hosts at section-like paths", "Last-Modified: the moment of the request (Joomla 1.5)",
               "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "JEvents month calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": list(DELETED) + [EXPIRED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "Last-Modified = the moment of the request, no ETag (Expires: Mon, 1 Jan 2001; Cache-Control: no-store, no-cache)",
}
