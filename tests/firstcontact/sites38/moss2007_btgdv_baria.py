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
SITE = "Ban Tuyên giáo và Dân vận Tỉnh ủy Bà Rịa"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "btgdv", "bai"), ("tuyen-truyen", "Tuyên truyền", 5, "btgdv", "bai"),
        ("dan-van", "Dân vận", 4, "xa", "bai"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "btgdv", "dai"),
        ("thong-bao", "Thông báo", 2, "btgdv", "thongbao")]
CD = "hoc-tap-bac"                            # the chuyên đề web (/chuyende/): a SharePoint Designer DataFormWebPart lists it, ids zero-padded
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[CD] = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
MAIN = [k for k, _, _, _, _ in SECS]
LISTED = [k for k in MAIN if k != "thong-bao"]          # the news web's DanhSach.aspx; 'Thông báo' is a list view of its own web
CAT = {"tin-hoat-dong": 1, "tuyen-truyen": 2, "dan-van": 3, "nghien-cuu-trao-doi": 4, "thong-bao": 5, CD: 6}
KEY = {v: k for k, v in CAT.items()}
HUYEN = ["Bà Rịa", "Long Điền", "Đất Đỏ", "Xuyên Mộc", "Châu Đức", "Phú Mỹ", "Côn Đảo"]
XA = ["Long Hương", "Hòa Long", "Phước Hưng", "Láng Dài", "Bàu Lâm", "Ngãi Giao", "Kim Long", "Tân Hải"]
AP = ["Ấp Bắc 1", "Ấp Tây", "Ấp Phước Hòa", "Ấp Suối Lức", "Ấp Bàu Sen", "Ấp Hưng Long"]
PER_PAGE = 10
CD_PER_PAGE = 8
CD_SINCE = _dt.datetime(2028, 3, 6, 7, 0)
WEBPART = "7c1e4b2a_9d3f_4e61_8a0b_5f2c6d9e1a47"        # the vendor's news web parts (ids as SharePoint renders them)

_s = SoanTin(38301, 100, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(38301, 100, tu_ngay=_dt.datetime(2027, 11, 16), gan=6),
             id_dau=3100, buoc=6, cm_dau=("tin-hoat-dong", "dan-van", "tuyen-truyen", "thong-bao"), nguon="BR",
             chu_de=("tu-tuong", "dan-van", "dai-hoi-xiv", "chuyen-doi-so", "hai-cap", "xa-hoi", "kinh-te"))
_c = SoanTin(38302, 20, [(CD, 1, "btgdv", "bai")], HUYEN, XA, AP, lich=lich22(38303, 20, tu_ngay=CD_SINCE, gan=1), id_dau=3800, buoc=4,
             chu_de=("hoc-tap-bac", "dan-van", "den-on", "to-chuc"))
dat_ten_thong_bao(_s.items, "BTGDVTU")
ARTS = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
CDS = [a for a in ARTS if a["cm"] == CD]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "dan-van"][1::4]}       # also listed in 'Tin hoạt động' (the list passes CatID=1 on)
_ids = {a["id"] for a in ARTS}
GONE = [i for i in range(3400, 3600) if i not in _ids][:1]       # deleted; the RSS page's cache still lists it
FLAKY = "/tintuc/Pages/DanhSach.aspx?CatID=1&Page=3"
SLOW = "/tintuc/Pages/DanhSach.aspx?CatID=2&Page=2"
SIBLINGS = [("Tỉnh ủy", "http://tinhuy.baria.dcs.example/Pages/default.aspx"), ("Ban Tổ chức", "http://btc.baria.dcs.example/tintuc/Pages/DanhSach.aspx?CatID=1"),
            ("Ủy ban Kiểm tra", "http://ubkt.baria.dcs.example/tintuc/Pages/DanhSach.aspx?CatID=2"), ("Văn phòng Tỉnh ủy", "http://vptu.baria.dcs.example/")]


def url(a):
    return "/tintuc/Pages/ChiTiet.aspx?NewsID=%d" % a["id"]


def cat_url(a, cat=None):
    return "/tintuc/Pages/ChiTiet.aspx?NewsID=%d&CatID=%d" % (a["id"], cat or CAT[a["cm"]])


def padded_url(a):
    """The chuyên đề DataFormWebPart's XSLT: ChiTiet.aspx?NewsID={format-number(@ID, '000000')}."""
    return "/tintuc/Pages/ChiTiet.aspx?NewsID=%06d" % a["id"]


def mixed_url(a):
    """'Tin nổi bật' (a Content Query Web Part with the vendor's ItemStyle): the path and the key in another case (IIS and ASP.NET do not mind)."""
    return "/TinTuc/Pages/ChiTiet.aspx?newsid=%d" % a["id"]


def source_url(a):
    """The 'Thông báo' list view adds SharePoint's redirect-back parameter (server-relative, the dot escaped as SharePoint does)."""
    return "/tintuc/Pages/ChiTiet.aspx?NewsID=%d&Source=%%2Fthongbao%%2FPages%%2Fdefault%%2Easpx" % a["id"]


def aliases(a):
    out = [cat_url(a), mixed_url(a)]
    if a["id"] in CROSS:
        out.append(cat_url(a, CAT["tin-hoat-dong"]))
    if a["cm"] == CD:
        out.append(padded_url(a))
    if a["cm"] == "thong-bao":
        out.append(source_url(a))
    return out


BY_ID = {a["id"]: a for a in ARTS}


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def link_of(a, k):
    return cat_url(a, CAT[k]) if k != a["cm"] else url(a)


def list_url(k, page=1):
    if k == CD:
        return "/chuyende/Pages/default.aspx" + ("?Page=%d" % page if page > 1 else "")
    if k == "thong-bao":
        return "/thongbao/Pages/default.aspx" + ("?Page=%d" % page if page > 1 else "")
    return "/tintuc/Pages/DanhSach.aspx?CatID=%d%s" % (CAT[k], "&Page=%d" % page if page > 1 else "")


def tieu_diem(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private, max-age=0"), ("Expires", "Wed, 25 Oct 2028 02:20:00 GMT"),
                                        ("X-AspNet-Version", "2.0.50727"), ("MicrosoftSharePointTeamServices", "12.0.0.6421")] + list(headers))


def extra_headers(tv, out):
    return [("X-Powered-By", "ASP.NET")]


def canonical_of(tv, nid_raw):
    """The vendor's canonical control in the master page: the page's path and the NewsID AS ASKED (Request.QueryString["NewsID"], a string)."""
    return '<link rel="canonical" href="%s/tintuc/Pages/ChiTiet.aspx?NewsID=%s" />' % (tv.origin, x(nid_raw))


def shell(tv, title, main, action, head="", nav_on=""):
    o = tv.origin
    nav = "".join('<td class="ms-topnav%s" id="zz1_TopNavigationMenun%d"><a class="zz1_TopNavigationMenu_1 ms-topnav" href="%s">%s</a></td>' % (
        " ms-topnavselected" if k == nav_on else "", i + 1, list_url(k), x(SECNAME[k])) for i, k in enumerate(MAIN))
    sib = "".join('<li><a href="%s">%s</a></li>' % (u, x(t)) for t, u in SIBLINGS)
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<HTML dir="ltr" __expr-val-dir="ltr">\r\n<HEAD><META Name="GENERATOR" Content="Microsoft '
        'SharePoint"><META Name="progid" Content="SharePoint.WebPartPage.Document"><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8"><META '
        'HTTP-EQUIV="Expires" content="0">%s<Title ID=onetidTitle>\r\n\t%s\r\n</Title><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/core.css?'
        'rev=5msmprmeONfN6lJ3wtbAlA%%3D%%3D"/><link rel="stylesheet" type="text/css" href="/Style%%20Library/BTGDV/btgdv.css"/><style type="text/css">\x00CSS\x00'
        '</style><script type="text/javascript" language="javascript" src="/_layouts/1066/init.js?rev=VhAxGc3rkK79RM90tibDzw%%3D%%3D"></script><script type="text/'
        'javascript" language="javascript" src="/_layouts/1066/core.js?rev=F8pbQQxa4zefcW%%2BW9E5g8w%%3D%%3D" defer></script></HEAD>\r\n<BODY scroll="yes" '
        'onload="javascript:if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();">\r\n<form name="aspnetForm" method="post" action="%s" '
        'onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\r\n<div>\r\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_'
        'PostbackSource" value="" />\r\n<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\r\n<input type="hidden" name="__'
        'REQUESTDIGEST" id="__REQUESTDIGEST" value="0x6C2F1B9E0A4D3C8B7E5F2A1D9C0B8E7F6A5D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2,09 Nov '
        '2028 02:20:00 -0000" />\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__'
        'EVENTARGUMENT" value="" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEyNjA0OTA5NjkP%s" />\r\n</div>\r\n<TABLE class="ms-main" '
        'CELLPADDING=0 CELLSPACING=0 BORDER=0 WIDTH="100%%" HEIGHT="100%%"><tr><td><div class="btg-header"><a href="%s/Pages/default.aspx" title="Trang chủ"><img '
        'src="/PublishingImages/banner-btgdv.jpg" alt="%s" border="0" /></a><div class="btg-date">%s, ngày %s</div></div><table class="ms-topNavContainer" '
        'cellpadding="0" cellspacing="0"><tr><td class="ms-topnav" id="zz1_TopNavigationMenun0"><a class="ms-topnav" href="/Pages/default.aspx">Trang chủ</a></td>%s'
        '<td class="ms-topnav"><a class="ms-topnav" href="/chuyende/Pages/default.aspx">Chuyên đề</a></td><td class="ms-topnav"><a class="ms-topnav" href="/lichcongtac/'
        'Pages/default.aspx?Tuan=%d&amp;Nam=%d">Lịch công tác</a></td><td class="ms-topnav"><a class="ms-topnav" href="/Pages/Rss.aspx">RSS</a></td><td class='
        '"ms-topnav btg-cacban"><span>Các cơ quan Đảng tỉnh</span><ul>%s</ul></td></tr></table></td></tr>\r\n<tr><td class="ms-bodyareacell"><table width="100%%" '
        'cellpadding="0" cellspacing="0"><tr><td valign="top" id="MSOZoneCell_WebPartWPQ2" class="btg-main">%s</td><td valign="top" width="270" class="btg-right">'
        '<div class="box"><div class="top_F">Tin mới</div><ul class="inner_F">%s</ul></div><div class="box"><div class="top_F">Liên kết</div><ul><li><a href="'
        'https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.example/" target="_blank">Tạp chí '
        'Tuyên giáo</a></li></ul></div></td></tr></table></td></tr>\r\n<tr><td class="btg-footer"><p><b>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY BÀ RỊA</b></p><p>Địa '
        'chỉ: số 1 đường 27 tháng 4, phường Bà Rịa. Ghi rõ nguồn khi phát hành lại.</p></td></tr></TABLE>\r\n<script type="text/javascript">\r\n//<![CDATA[\r\n%s'
        '\r\nvar _spFormDigestRefreshInterval = 1440000;\r\n//]]>\r\n</script>\r\n</form></BODY></HTML>\r\n') % (
        head, x(title), x(action), pad_b64(len(title), 4)[:3900], o, x(SITE), thu(BAY_GIO), ngay(BAY_GIO), nav, BAY_GIO.isocalendar()[1], BAY_GIO.year, sib, main,
        "".join('<li><a href="%s%s">%s</a> <span class="time_update">(Ngày %s)</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in ARTS[:6]),
        pad_js(len(title) + 7, 5, "SP.Core"))
    seed = sum(ord(c) for c in title) + 3
    target = (27 + _rnd.Random(seed).random() * 5) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "ms"), 1)


def wp(inner, title=None, n=2):
    """A web part as SharePoint 2007 renders it."""
    return ('<table TOPLEVEL border="0" cellpadding="0" cellspacing="0" width="100%%"><tr><td valign="top"><div WebPartID="{%s}" HasPers="false" id="WebPartWPQ%d" '
            'width="100%%" class="ms-WPBody" allowDelete="false" style="">%s%s</div></td></tr></table>') % (
        WEBPART.replace("_", "-"), n, '<div class="top_F">%s</div>' % x(title) if title else "", inner)


def item(a, href):
    return ('<div class="cont_artical"><div class="name_artical"><a href="%s">%s</a> <span class="time_update">(%s)</span></div><div class="interpre"><div '
            'class="img_thumb"><img src="/PublishingImages/TinTuc/%d.jpg" alt="" width="110" /></div><div class="short_content">%s</div></div></div>') % (
        x(href), x(a["tieu_de"]), ngay(a["ngay"]), a["id"], x(a["sapo"]))


def pager(k, cur, last):
    if last <= 1:
        return ""
    out = ['<a href="%s">Trước</a>' % list_url(k, cur - 1)] if cur > 1 else []
    for n in range(1, last + 1):
        out.append('<span class="current">%d</span>' % n if n == cur else '<a href="%s">%d</a>' % (list_url(k, n), n))
    if cur < last:
        out.append('<a href="%s">Sau</a>' % list_url(k, cur + 1))
    return '<table class="pager"><tr><td>%s</td></tr></table>' % " ".join(out)


def danh_sach(tv, k, page):
    items = in_sec(k)
    per = CD_PER_PAGE if k == CD else PER_PAGE
    last = max(1, (len(items) + per - 1) // per)
    shown = items[(page - 1) * per:page * per]
    if k == CD:
        href = padded_url
    elif k == "thong-bao":
        href = source_url
    else:
        href = lambda a: link_of(a, k)
    body = "".join(item(a, href(a)) for a in shown) if shown else '<p class="ms-vb">Không có tin bài nào trong chuyên mục này.</p>'
    pinned = "" if k == CD else wp("".join(item(a, url(a)) for a in tieu_diem(k)), "Tin tiêu điểm", 3)
    main = ('<div class="path"><div class="arr_B"><span id="ctl00_PlaceHolderMain_ctl00_lblBreadCrum"><a href="/Pages/default.aspx">Trang chủ</a> » %s</span></div>'
            '</div>%s%s') % (x(SECNAME[k]), pinned, wp('<h2 class="cat_title"><span id="ctl00_m_g_%s_ctl00_lblCategoryTitle">%s</span></h2><div class="inner_content_'
                                                     'subpage">%s</div>%s' % (WEBPART, x(SECNAME[k]), body, pager(k, page, last) if shown else "")))
    if k == CD:
        main = main.replace('class="ms-WPBody"', 'class="ms-WPBody" title="DataFormWebPart: Chuyên đề"', 1)
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, tv.path.rsplit("/", 1)[-1] + ("?" + tv.query if tv.query else ""), nav_on=k))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        out.append('<p style="text-align:justify">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table class="image" align="center"><tbody><tr><td><img src="/PublishingImages/TinTuc/%d_1.jpg" alt="" /></td></tr><tr><td class="image_desc">'
                       '%s</td></tr></tbody></table>' % (a["id"], x(a["chu_thich"])))
    return "".join(out)


def chi_tiet(tv, a, nid_raw):
    k = a["cm"]
    khac = [b for b in ARTS if b["cm"] == k and b["ngay"] < a["ngay"]][:5]
    extra = '<p class="sohieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    g = WEBPART
    inner = ('<div class="detail_artical"><div class="path"><div class="arr_B"><span id="ctl00_m_g_%s_ctl00_lblBreadCrum"><a href="/Pages/default.aspx">Trang chủ'
             '</a> » <a href="%s">%s</a></span></div></div><div><table><tr><td><img src="/_layouts/images/BTGDV/icon_date.jpg" alt="" /></td><td><span id="ctl00_m_g_'
             '%s_ctl00_lblCreatedDate">Ngày %s %s</span></td></tr></table></div><h2><span id="ctl00_m_g_%s_ctl00_lblTitle">%s</span></h2>%s<p><b>%s</b></p><p><table '
             'width="100%%"><tr><td>%s</td></tr><tr><td align="right" style="font-weight:bold"><span id="ctl00_m_g_%s_ctl00_lblAuthor">%s</span></td></tr></table></p>'
             '<div class="btg-tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:history.back();">Quay lại</a></div></div><div class='
             '"other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>%s</ul></div></div>') % (
        g, list_url(k), x(SECNAME[k]), g, ngay(a["ngay"]), gio(a["ngay"]), g, x(a["tieu_de"]), extra, x(a["sapo"]), body_of(a), g, x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="time_update">(Ngày %s)</span></li>' % (cat_url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), wp(inner), "ChiTiet.aspx?" + tv.query, canonical_of(tv, nid_raw), nav_on=k))


def khong_ton_tai(tv, nid_raw):
    inner = '<div class="detail_artical"><p class="ms-vb">Tin bài không tồn tại hoặc đã bị xóa.</p><p><a href="/Pages/default.aspx">Về trang chủ</a></p></div>'
    return answer(shell(tv, "Thông báo - %s" % SITE, wp(inner), "ChiTiet.aspx?" + tv.query, canonical_of(tv, nid_raw)))


def home(tv):
    o = tv.origin
    nb = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "tuyen-truyen")][:4]
    main = wp("".join('<div class="nb-item"><a href="%s"><img src="/PublishingImages/TinTuc/%d.jpg" alt="" /></a><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (
        mixed_url(a), a["id"], mixed_url(a), x(a["tieu_de"]), x(a["sapo"])) for a in nb), "Tin nổi bật", 2)
    n = 3
    for k in MAIN + [CD]:
        lst = [b for b in ARTS if b["cm"] == k][:5]
        main += wp('<ul class="cqwp">%s</ul><p class="xemtiep"><a href="%s%s">Xem tiếp »</a></p>' % ("".join(
            '<li><a href="%s%s">%s</a> <span class="time_update">(%s)</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in lst), o, list_url(k)),
            SECNAME[k], n)
        n += 1
    return answer(shell(tv, "Trang chủ - %s" % SITE, main, "default.aspx"))


def not_found(tv):
    return answer('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>The page cannot be found</TITLE>\r\n'
                  '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252"></HEAD><BODY><h1>The page cannot be found</h1>\r\nThe page you are '
                  'looking for might have been removed, had its name changed, or is temporarily unavailable.<hr><p>HTTP Error 404 - File or directory not found.<br>'
                  'Internet Information Services (IIS)</p></BODY></HTML>', 404, "text/html")


def unavailable(tv):
    return Dapung('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n'
                  '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The '
                  'service is unavailable.</p>\r\n</BODY></HTML>\r\n', 503, "text/html; charset=us-ascii")


def rss_list(tv):
    main = wp('<ul>%s</ul>' % "".join('<li><a href="/Pages/RssFeed.aspx?CatID=%d">%s</a></li>' % (CAT[k], x(SECNAME[k])) for k in MAIN), "RSS")
    return answer(shell(tv, "RSS - %s" % SITE, main, "Rss.aspx"))


def rss_cat(tv, k):
    items = [(a["tieu_de"], cat_url(a, CAT[k]), a["ngay"], a["sapo"]) for a in in_sec(k)[:10]]
    if k == "tin-hoat-dong":             # the control caches its output: a deleted item is still there
        items.insert(2, ("Hội nghị báo cáo viên tháng 10 năm 2028", "/tintuc/Pages/ChiTiet.aspx?NewsID=%d&CatID=1" % GONE[0], BAY_GIO - _dt.timedelta(days=12),
                         "Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên tháng 10 năm 2028."))
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), items, "text/xml; charset=utf-8")


def lich(tv):
    tuan, nam = tv.so("Tuan", BAY_GIO.isocalendar()[1], 1, 53), tv.so("Nam", BAY_GIO.year, 2000, 2100)
    if tuan is None or nam is None:
        return not_found(tv)
    pt, pn = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nt, nn = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    main = wp('<div class="lich-nav"><a href="/lichcongtac/Pages/default.aspx?Tuan=%d&amp;Nam=%d">« Tuần trước</a> | <a href="/lichcongtac/Pages/default.aspx?Tuan=%d'
              '&amp;Nam=%d">Tuần sau »</a></div><table class="lich"><tr><td>Lãnh đạo Ban làm việc tại cơ quan.</td></tr></table>' % (pt, pn, nt, nn),
              "Lịch công tác tuần %d năm %d" % (tuan, nam))
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main, "default.aspx?" + tv.query))


ROBOTS = "User-agent: *\r\nCrawl-delay: 2\r\nDisallow: /_layouts/\r\nDisallow: /_vti_bin/\r\nDisallow: /_catalogs/\r\nDisallow: /Lists/\r\n" \
         "Disallow: /lichcongtac/\r\nDisallow: /Search/\r\n"


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    pl = p.lower()                                      # IIS 6: paths are case-insensitive; ASP.NET: so are query keys
    qi = {k.lower(): v for k, v in reversed(tv.cap)}
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if pl == "/" and not q:
        return chuyen(tv.origin + "/Pages/default.aspx", 302, body='<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="/Pages/'
                                                                   'default.aspx">here</a>.</h2>\r\n</body></html>\r\n')
    if pl == "/pages/default.aspx" and not q:
        return home(tv)
    if pl == "/pages/rss.aspx":
        return rss_list(tv)
    if pl == "/pages/rssfeed.aspx":
        k = KEY.get(int(qi["catid"])) if qi.get("catid", "").isdigit() else None
        return rss_cat(tv, k) if k in MAIN else not_found(tv)
    if pl == "/lichcongtac/pages/default.aspx":
        return lich(tv)
    if pl in ("/chuyende/pages/default.aspx", "/thongbao/pages/default.aspx"):
        k = CD if pl.startswith("/chuyende") else "thong-bao"
        page = int(qi["page"]) if qi.get("page", "").isdigit() and 0 < int(qi["page"]) < 10000 else 1
        return danh_sach(tv, k, page)
    if pl == "/tintuc/pages/danhsach.aspx":
        k = KEY.get(int(qi["catid"])) if qi.get("catid", "").isdigit() else None
        page = int(qi["page"]) if qi.get("page", "").isdigit() and 0 < int(qi["page"]) < 10000 else 1
        if k not in LISTED:
            return danh_sach(tv, "tin-hoat-dong", 9999)
        if full == FLAKY and chap_chon(FLAKY):
            return unavailable(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return danh_sach(tv, k, page)
    if pl == "/tintuc/pages/chitiet.aspx":
        raw = qi.get("newsid", "")
        a = BY_ID.get(int(raw)) if raw.isdigit() and len(raw) <= 9 else None       # int.Parse: '000123' is 123
        if a is None:
            return khong_ton_tai(tv, raw)
        return chi_tiet(tv, a, raw)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/6.0")], moi_lan=extra_headers)


# ---------------------------------------------------------------- manifest
DUP_ZERO = [url(a) for a in CDS]

MANIFEST = {
    "family": "Microsoft Office SharePoint Server 2007 publishing (IIS 6.0 on Windows Server 2003, ASP.NET 2.0; built 2009, a vendor's news web parts and "
              "master page, a SharePoint Designer DataFormWebPart) of a provincial Party propaganda and mass-mobilisation board (Ban Tuyên giáo và Dân vận "
              "Tỉnh ủy Bà Rịa): articles /tintuc/Pages/ChiTiet.aspx?NewsID=<id>, lists /tintuc/Pages/DanhSach.aspx?CatID=<cat>&Page=N, and a chuyên đề "
              "web whose list prints the ids zero-padded under a canonical link that echoes the id as asked",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/_layouts/", "/_vti_bin/", "/Lists/", "/lichcongtac/"],
    "trap_prefixes": ["/lichcongtac/"],
    "only_via": {},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("/ 302s to /Pages/default.aspx. Articles /tintuc/Pages/ChiTiet.aspx?NewsID=<id> (the vendor's detail web part: int.Parse of the NewsID, "
              "so '000123' is item 123), dated 'Ngày dd/mm/yyyy HH:MM'; the vendor's master page prints <link rel=canonical> as the page's path plus "
              "?NewsID= AS ASKED (Request.QueryString, a string). IIS 6 serves paths case-insensitively and ASP.NET reads query keys so: the home web "
              "part 'Tin nổi bật' links /TinTuc/Pages/ChiTiet.aspx?newsid=<id> (200, canonical ?NewsID=<id>); 'Các tin khác' under every article and "
              "the RSS feeds add &CatID=<cat>, and the list of 'Tin hoạt động' passes its CatID=1 on to the 'Dân vận' items it also shows (every 4th); "
              "the 'Thông báo' web's list view adds &Source=<the list's address> (SharePoint's redirect-back parameter) -- all 200, canonical to "
              "?NewsID=<id>. 'In bài' is window.print() (no print page). Lists /tintuc/Pages/DanhSach.aspx?CatID=<cat> and &Page=2.. (%d a page; "
              "'Trước 1 2 3 Sau'; an unknown CatID: 200 'Không có tin bài nào…'), 'Tin tiêu điểm' (two most-read older items) on top of EVERY list "
              "page; 'Thông báo' is /thongbao/Pages/default.aspx?Page=N. An unknown NewsID: 200 'Tin bài không tồn tại hoặc đã bị xóa.' (soft 404). "
              "Feeds /Pages/RssFeed.aspx?CatID=<cat> (text/xml) listed on /Pages/Rss.aspx; the cached feed of 'Tin hoạt động' still lists a deleted item "
              "(soft 404). No sitemap. Every page is one WebForms form with a 4 KB __VIEWSTATE and a __REQUESTDIGEST; no postback is needed. The top "
              "navigation's 'Các cơ quan Đảng tỉnh' links the sibling site collections of the province on other hosts, at this site's own address "
              "shapes -- off-site. The chuyên đề 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' (/chuyende/Pages/default.aspx, "
              "?Page=N, %d a page; %d items since 06/03/2028) is a SharePoint Designer DataFormWebPart whose XSLT writes "
              "ChiTiet.aspx?NewsID={format-number(@ID, '000000')}: its items are linked as ?NewsID=000123, whose page answers 200 with the canonical "
              "link ?NewsID=000123 (the id as asked); the home box (5 newest) and every article's 'Các tin khác' link the same items unpadded. "
              "Flaky: %s answers IIS 6's 503 every other request; slow: %s (1 s). A week calendar /lichcongtac/Pages/default.aspx?Tuan=&Nam= forever "
              "(trap, robots-disallowed)." % (PER_PAGE, CD_PER_PAGE, len(CDS), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_x = BY_ID[sorted(CROSS)[0]]
SELFTEST = [
    {"path": "/", "status": 302, "location": "/Pages/default.aspx"},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url(CD), "status": 200, "contains": 'href="%s"' % padded_url(CDS[0])},
    {"path": padded_url(CDS[3]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % padded_url(CDS[3])},
    {"path": cat_url(CDS[3]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(CDS[3])},
    {"path": mixed_url(ARTS[1]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(ARTS[1])},
    {"path": cat_url(_x, 1), "status": 200, "contains": x(_x["tieu_de"])},
    {"path": "/tintuc/Pages/ChiTiet.aspx?NewsID=%d&CatID=1" % GONE[0], "status": 200, "contains": "Tin bài không tồn tại hoặc đã bị xóa."},
    {"path": "/Pages/RssFeed.aspx?CatID=1", "status": 200, "contains": "NewsID=%d&amp;CatID=1" % GONE[0]},
    {"path": list_url("thong-bao"), "status": 200, "contains": "&amp;Source=%2Fthongbao%2FPages%2Fdefault%2Easpx"},
]
SUMMARY = {
    "chains": ["/ -> 302 /Pages/default.aspx -> /tintuc/Pages/DanhSach.aspx?CatID=<cat> -> &Page=N -> /tintuc/Pages/ChiTiet.aspx?NewsID=<id> (-> 'Các tin khác' "
               "?NewsID=<id>&CatID=<cat>)",
               "/Pages/default.aspx -> menu 'Chuyên đề' / the home box's 'Xem tiếp »' -> /chuyende/Pages/default.aspx -> ?Page=2, 3 -> "
               "/tintuc/Pages/ChiTiet.aspx?NewsID=000123 (canonical ?NewsID=000123); the home box and 'Các tin khác' -> ?NewsID=123",
               "menu 'RSS' -> /Pages/Rss.aspx -> /Pages/RssFeed.aspx?CatID=<cat> (&CatID= links; the cached 'Tin hoạt động' feed lists a deleted item)"],
    "discovery": [
        "the chuyên đề list (a DataFormWebPart, %d items) links every item as ?NewsID=000123 -- format-number(@ID, '000000') -- and its page's "
        "canonical link echoes the id as asked; the home box and 'Các tin khác' link the same items as ?NewsID=123: a crawler that compares query "
        "values as strings stores all of them twice (dup_via zero-id %d)" % (len(CDS), len(DUP_ZERO)),
        "IIS's case-insensitive paths and ASP.NET's case-insensitive query keys (/TinTuc/…?newsid=), &CatID= and SharePoint's &Source= on the same "
        "page, absolute http:// links beside relative ones, sibling site collections at this site's address shapes on other hosts (no only_via)",
    ],
    "set38_pages": {"zero-id": [list_url(CD), list_url(CD, 2)]},
    "dup_via": {"zero-id": DUP_ZERO},
    "alias_kinds": ["zero-padded id ?NewsID=000123 (200, its canonical link echoing the padded id; the chuyên đề list's links -- dup_via zero-id)",
                    "&CatID=<cat> (200, canonical ?NewsID=<id>; 'Các tin khác', the RSS feeds, the list of 'Tin hoạt động' for a cross-listed item)",
                    "case variant /TinTuc/Pages/ChiTiet.aspx?newsid=<id> (200, canonical; the home's 'Tin nổi bật')",
                    "&Source=<list address> (200, canonical; SharePoint's redirect-back parameter on the 'Thông báo' list view)"],
    "quirks": ["Crawl-delay: 2", "/ 302 to /Pages/default.aspx", "'Tin tiêu điểm' on top of every list page", "canonical link = the path + NewsID as "
               "asked", "case-insensitive paths and query keys", "an unknown NewsID: 200 notice (soft 404)", "RSS cache lists a deleted item", "no sitemap",
               "4 KB __VIEWSTATE and __REQUESTDIGEST on every page", "sibling site collections on other hosts at this site's address shapes",
               "%s 503 every other request" % FLAKY, "%s slow (1 s)" % SLOW, "week calendar trap under robots' Disallow: /lichcongtac/"],
    "not_articles": ["/tintuc/Pages/ChiTiet.aspx?NewsID=%d&CatID=1" % g for g in GONE],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, max-age=0)",
}
