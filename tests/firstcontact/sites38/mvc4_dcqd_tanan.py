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
SITE = "Đảng ủy các cơ quan Đảng tỉnh Tân An"
SECS = [("tin-hoat-dong", "Tin hoạt động", 9, "khoi", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "khoi", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "khoi", "dai"), ("van-ban", "Văn bản - Thông báo", 2, "khoi", "thongbao")]
CD = "chuyen-de"                              # 'Học tập và làm theo Bác': the ChuyenDe controller, its own layout and cached SEO child action
SECNAME = dict((k, n) for k, n, _, _, _ in SECS)
SECNAME[CD] = "Chuyên đề Học tập và làm theo Bác"
MAIN = [k for k, _, _, _, _ in SECS]
CAT = {"tin-hoat-dong": 1, "xay-dung-dang": 2, "nghien-cuu-trao-doi": 4, "van-ban": 5}
KEY = {v: k for k, v in CAT.items()}
HUYEN = ["Tân An", "Bến Lức", "Cần Giuộc", "Đức Hòa", "Thủ Thừa", "Châu Thành", "Tân Trụ"]
XA = ["Lợi Bình Nhơn", "Hướng Thọ Phú", "Nhơn Thạnh Trung", "Bình Tâm", "An Vĩnh Ngãi", "Khánh Hậu", "Tân Khánh", "Mỹ Yên"]
AP = ["Ấp Bình An", "Ấp Xuân Hòa", "Ấp Cầu Xây", "Ấp Ngãi Lợi", "Ấp Hòa Ngãi", "Ấp Bình Cang"]
PER_PAGE = 10
CD_PER_PAGE = 8
REBUILT = _dt.datetime(2028, 3, 1, 6, 0)      # the WebForms portal replaced by the MVC 4 one (IIS URL Rewrite keeps the old addresses, 302)
OLD_SITEMAP_AT = _dt.datetime(2028, 2, 20, 1, 30)
CD_SINCE = _dt.datetime(2028, 4, 2, 7, 0)

_s = SoanTin(38201, 98, [(k, w, g, kieu) for k, _, w, g, kieu in SECS], HUYEN, XA, AP, lich=lich22(38201, 98, tu_ngay=_dt.datetime(2027, 11, 13), gan=6),
             id_dau=14000, buoc=5, cm_dau=("tin-hoat-dong", "van-ban", "xay-dung-dang", "tin-hoat-dong"), nguon="TA",
             chu_de=("hai-cap", "to-chuc", "dai-hoi-xiv", "kiem-tra", "chuyen-doi-so", "kinh-te", "tu-tuong"))
_c = SoanTin(38202, 21, [(CD, 1, "khoi", "bai")], HUYEN, XA, AP, lich=lich22(38203, 21, tu_ngay=CD_SINCE, gan=1), id_dau=16000, buoc=3,
             chu_de=("hoc-tap-bac", "to-chuc", "dan-van", "den-on"))
dat_ten_thong_bao(_s.items, "ĐU")
ARTS = sorted(_s.items + _c.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 110, hoa=True)      # the portal's Title-Case slug ('---' where the title had ' - '); the route ignores it
NEWS = [a for a in ARTS if a["cm"] != CD]
CDS = [a for a in ARTS if a["cm"] == CD]
CACHED = CDS[0]                               # the chuyên đề item requested first after the 04:00 recycle: its SEO block is the one cached
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu-trao-doi"][1::3]}      # also listed in 'Xây dựng Đảng' (CatId 2 in the address)
GONE = [i for i in range(14101, 14300) if i not in {a["id"] for a in ARTS}][:1] + [14003]   # deleted before the rebuild: still in the old sitemap
FLAKY = "/Category/1/Tin-Hoat-Dong.html?page=3&size=10"
SLOW = "/Category/2/Xay-Dung-Dang.html?page=2&size=10"
CAT_SLUG = {k: duong_dan(SECNAME[k], hoa=True) for k in MAIN}
SIBLINGS = [("Tỉnh ủy Tân An", "http://tinhuy.tanan.dcs.example/"), ("Ban Tổ chức Tỉnh ủy", "http://btctu.tanan.dcs.example/Category/1/Tin-Hoat-Dong.html"),
            ("Ủy ban Kiểm tra Tỉnh ủy", "http://ubkttu.tanan.dcs.example/DetailView/5120/1/Ky-Hop-Thu-32.html"),
            ("Đảng ủy UBND tỉnh", "http://dangbo.ubnd.tanan.dcs.example/Category/2/Xay-Dung-Dang.html")]


def url(a, cat=None):
    if a["cm"] == CD:
        return "/ChuyenDe/%d/%s.html" % (a["id"], a["slug"])
    return "/DetailView/%d/%d/%s.html" % (a["id"], cat or CAT[a["cm"]], a["slug"])


def low_url(a, cat=None):
    """The RSS writer lower-cases the slug (the route ignores it)."""
    return "/DetailView/%d/%d/%s.html" % (a["id"], cat or CAT[a["cm"]], a["slug"].lower())


def old_url(a):
    return "/TinTuc/ChiTiet.aspx?ID=%d" % a["id"]


def aliases(a):
    if a["cm"] == CD:
        return []
    out = [url(a) + "?view=print", url(a) + "?lang=vi", low_url(a)]
    if a["id"] in CROSS:
        out += [url(a, CAT["xay-dung-dang"]), low_url(a, CAT["xay-dung-dang"])]
    if a["ngay"] < REBUILT:
        out.append(old_url(a))
    return out


BY_ID = {a["id"]: a for a in ARTS}


def in_sec(k):
    if k == CD:
        return CDS
    return [a for a in NEWS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def link_of(a, k):
    return url(a, CAT[k]) if a["cm"] != CD and k != a["cm"] else url(a)


def list_url(k, page=1):
    if k == CD:
        return "/ChuyenDe" + ("?page=%d&size=%d" % (page, CD_PER_PAGE) if page > 1 else "")
    return "/Category/%d/%s.html%s" % (CAT[k], CAT_SLUG[k], "?page=%d&size=%d" % (page, PER_PAGE) if page > 1 else "")


def noi_bat(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


def answer(body, status=200, ctype="text/html; charset=utf-8", headers=()):
    return Dapung(body, status, ctype, [("Cache-Control", "private"), ("X-AspNetMvc-Version", "4.0"), ("X-AspNet-Version", "4.0.30319")] + list(headers))


def cookies(tv, out):
    c = [("X-Powered-By", "ASP.NET")]
    if not tv.h("Cookie") and out.ctype and "html" in out.ctype:
        c += [("Set-Cookie", "ASP.NET_SessionId=t4wq1mz3kx05rbu2yfd0c1lm; path=/; HttpOnly"),
              ("Set-Cookie", "__RequestVerificationToken=Qm9vS2t3Ym5xUjRtX0w2aVp0Y1Y4; path=/; HttpOnly")]
    return c


def seo_head(tv, a):
    """The layout's @Html.Action("SeoHead"): canonical and Open Graph of the item shown."""
    o = tv.origin
    return ('<link rel="canonical" href="%s%s" />\r\n    <meta name="description" content="%s" />\r\n    <meta property="og:url" content="%s%s" />\r\n    <meta '
            'property="og:title" content="%s" />\r\n    <meta property="og:type" content="article" />\r\n    <meta property="og:image" content="%s/Uploads/Images/%s/'
            '%d.jpg" />\r\n') % (o, url(a), x(a["sapo"]), o, url(a), x(a["tieu_de"]), o, a["ngay"].strftime("%Y/%m"), a["id"])


def shell(tv, title, main, head="", layout="main"):
    o = tv.origin
    menu = "".join('<li><a href="%s">%s</a></li>' % (list_url(k), x(SECNAME[k])) for k in MAIN)
    sib = "".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, x(t)) for t, u in SIBLINGS)
    moi = "".join('<li><a href="%s%s">%s</a><span class="date">%s</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in NEWS[:6])
    vb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in [b for b in NEWS if b["cm"] == "van-ban"][:4])
    banner = ('<div class="banner-cd"><img src="/Content/Images/banner-chuyende-hcm.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" />'
              '</div>' if layout == "chuyende" else '<div class="banner"><img src="/Content/Images/banner-dcqd.jpg" alt="%s" /></div>' % x(SITE))
    page = (
        '<!DOCTYPE html>\r\n<html lang="vi">\r\n<head>\r\n    <meta charset="utf-8" />\r\n    <meta name="viewport" content="width=device-width" />\r\n    <title>%s'
        '</title>\r\n    %s<link href="/Content/css?v=Wm3nQ2lPr0bT8yVx5cKd1sFa9gJh6uE4oI7zL0pXeR81" rel="stylesheet"/>\r\n    <style>\x00CSS\x00</style>\r\n    '
        '<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>\r\n</head>\r\n<body>\r\n    <div class="topbar"><div class="container">'
        '<span class="today">%s, ngày %s</span><ul class="lang"><li><a href="/?lang=vi">Tiếng Việt</a></li><li><a href="/Home/English">English</a></li></ul><div '
        'class="dropdown thanhvien"><span>Các trang thành viên</span><ul>%s</ul></div></div></div>\r\n    <header class="container">%s<form action="/Search" '
        'method="get" class="search"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></header>\r\n    <nav '
        'class="mainmenu"><div class="container"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Home/GioiThieu">Giới thiệu</a></li>%s<li><a href="/ChuyenDe">'
        'Chuyên đề</a></li><li><a href="/LichCongTac/Tuan/%d/%d">Lịch công tác</a></li><li><a href="/Rss">RSS</a></li></ul></div></nav>\r\n    <div class="container '
        'body-content"><div class="row"><div class="col-md-8 main">%s</div><div class="col-md-4 sidebar"><div class="box"><h3 class="box-title">Tin mới</h3><ul '
        'class="list-news">%s</ul></div><div class="box"><h3 class="box-title">Văn bản mới</h3><ul class="list-news">%s</ul></div><div class="box"><h3 '
        'class="box-title">Liên kết</h3><ul><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href='
        '"https://tapchicongsan.example/" target="_blank">Tạp chí Cộng sản</a></li></ul></div></div></div></div>\r\n    <footer><div class="container"><p><b>TRANG '
        'THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH TÂN AN</b></p><p>Chịu trách nhiệm: Phó Bí thư Thường trực Đảng ủy. Địa chỉ: số 02 đường Hùng Vương, '
        'phường Tân An. Ghi rõ nguồn khi phát hành lại.</p><p class="dev">Phát triển bởi Trung tâm CNTT VNPT Tân An</p></div></footer>\r\n    <script src="/bundles/'
        'jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>\r\n    <script>%s</script>\r\n</body>\r\n</html>\r\n') % (
        x(title), head, thu(BAY_GIO), ngay(BAY_GIO), sib, banner, menu, BAY_GIO.year, BAY_GIO.isocalendar()[1], main, moi, vb, pad_js(len(title) + 5, 5, "portal"))
    seed = sum(ord(c) for c in title)
    target = (27 + _rnd.Random(seed).random() * 5) * 1024
    kb = max(2, int((target - len(page.encode("utf-8"))) / 1024))
    return page.replace("\x00CSS\x00", pad_css(seed, kb, "dc"), 1)


def item(a, k):
    return ('<div class="news-item"><a class="thumb" href="%s"><img src="/Uploads/Images/%s/%d_thumb.jpg" alt="%s" /></a><h3><a href="%s">%s</a></h3><p '
            'class="meta">%s | %d</p><p class="sapo">%s</p></div>') % (
        link_of(a, k), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), link_of(a, k), x(a["tieu_de"]), ngay(a["ngay"]), a["xem"], x(a["sapo"]))


def pager(k, cur, last):
    """PagedList.Mvc's pager, the vendor's template: raw '&' in the hrefs."""
    if last <= 1:
        return ""
    out = []
    if cur > 1:
        out.append('<li class="PagedList-skipToFirst"><a href="%s">««</a></li><li class="PagedList-skipToPrevious"><a href="%s" rel="prev">«</a></li>' % (
            list_url(k), list_url(k, cur - 1)))
    for n in cua_so(cur, last):
        if n is None:
            out.append('<li class="disabled PagedList-ellipses"><a>&#8230;</a></li>')
        elif n == cur:
            out.append('<li class="active"><a>%d</a></li>' % n)
        else:
            out.append('<li><a href="%s">%d</a></li>' % (list_url(k, n), n))
    if cur < last:
        out.append('<li class="PagedList-skipToNext"><a href="%s" rel="next">»</a></li><li class="PagedList-skipToLast"><a href="%s">»»</a></li>' % (
            list_url(k, cur + 1), list_url(k, last)))
    return '<div class="pagination-container"><ul class="pagination">%s</ul></div>' % "".join(out)


def category(tv, k, page):
    items = in_sec(k)
    per = CD_PER_PAGE if k == CD else PER_PAGE
    last = max(1, (len(items) + per - 1) // per)
    page = min(page, last)                                 # PagedList: a page past the end shows the last one
    shown = items[(page - 1) * per:page * per]
    pinned = "" if k == CD else '<div class="box noibat"><h3 class="box-title">Tin nổi bật</h3>%s</div>' % "".join(item(a, a["cm"]) for a in noi_bat(k))
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol>%s<div class="box"><h1 class="box-title">%s</h1>%s</div>%s') % (
        x(SECNAME[k]), pinned, x(SECNAME[k]), "".join(item(a, k) for a in shown), pager(k, page, last))
    head = '<link rel="canonical" href="%s%s" />\r\n' % (tv.origin, list_url(k, page))
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, head, "chuyende" if k == CD else "main"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table class="image center"><tbody><tr><td><img src="/Uploads/Images/%s/%d_1.jpg" alt="" /></td></tr><tr><td class="image_desc">%s</td></tr>'
                       '</tbody></table>' % (a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    return "".join(out)


def detail(tv, a, printing=False):
    k = a["cm"]
    extra = '<p class="sohieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else ""
    lq = [b for b in in_sec(k) if b["ngay"] < a["ngay"]][:5]
    body = ('<div class="detail"><h1 class="title">%s</h1><div class="meta"><span class="date">Cập nhật: %s %s</span> | <span class="view">Lượt xem: %d</span>%s'
            '</div>%s<div class="sapo"><strong>%s</strong></div><div class="content">%s<p style="text-align: right;"><strong>%s</strong></p></div>') % (
        x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], "" if printing else ' | <a href="%s?view=print" target="_blank">In bài</a>' % url(a),
        extra, x(a["sapo"]), body_of(a), x(a["tac_gia"]))
    if printing:
        main = body + "</div>"
        page = ('<!DOCTYPE html>\r\n<html lang="vi">\r\n<head>\r\n<meta charset="utf-8" />\r\n<title>%s</title>\r\n%s<link href="/Content/print.css" rel="stylesheet" />'
                '\r\n<style>%s</style>\r\n</head>\r\n<body onload="window.print();">\r\n<div class="print-header">%s</div>\r\n%s\r\n<script>%s</script>\r\n</body>\r\n'
                '</html>\r\n') % (x(a["tieu_de"]), seo_head(tv, a), pad_css(a["id"], 14, "pr"), x(SITE), main, pad_js(a["id"], 8, "print"))
        return answer(page)
    main = ('<ol class="breadcrumb"><li><a href="../../../">Trang chủ</a></li><li><a href="../../../Category/%d/%s.html">%s</a></li></ol>%s<div class="tinlienquan">'
            '<h3>Tin liên quan</h3><ul>%s</ul></div></div>') % (
        CAT[k], CAT_SLUG[k], x(SECNAME[k]), body, "".join('<li><a href="%s?lang=vi">%s</a> <span class="date">(%s)</span></li>' % (
            url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in lq))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, seo_head(tv, a)))


def chuyen_de(tv, a):
    """_LayoutChuyenDe: its SEO block is @Html.Action("SeoHead", "ChuyenDe") under [OutputCache(Duration = 86400, VaryByParam = "none")] -- the
    canonical and Open Graph of the item first shown after the application pool recycled, on every item of the chuyên đề."""
    khac = [b for b in CDS if b is not a][:6]
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/ChuyenDe">Chuyên đề</a></li></ol><div class="detail detail-cd"><h1 class="title">'
            '%s</h1><div class="meta"><span class="date">Cập nhật: %s %s</span> | <span class="view">Lượt xem: %d</span></div><div class="sapo"><strong>%s</strong>'
            '</div><div class="content">%s<p style="text-align: right;"><strong>%s</strong></p></div><div class="tinlienquan"><h3>Các bài khác trong chuyên đề</h3>'
            '<ul>%s</ul></div></div>') % (
        x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], x(a["sapo"]), body_of(a), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in khac))
    return answer(shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, seo_head(tv, CACHED), "chuyende"))


def home(tv):
    top = NEWS[:4]
    main = '<div class="slider">%s</div>' % "".join(
        '<div class="slide"><a href="%s"><img src="/Uploads/Images/%s/%d.jpg" alt="%s" /></a><h2><a href="%s">%s</a></h2><p>%s</p></div>' % (
            url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), x(a["sapo"])) for a in top)
    for k in MAIN:
        main += '<div class="box home-cat"><h3 class="box-title"><a href="%s">%s</a></h3><ul class="list-news">%s</ul></div>' % (
            list_url(k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                                                for a in [b for b in NEWS if b["cm"] == k][:5]))
    main += ('<div class="box home-cd"><h3 class="box-title"><a href="/ChuyenDe">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></h3><ul '
             'class="list-news">%s</ul><p class="more"><a href="/ChuyenDe">Xem tất cả »</a></p></div>') % "".join(
        '<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in CDS[:4])
    return answer(shell(tv, "Trang chủ - %s" % SITE, main, '<link rel="canonical" href="%s/" />\r\n' % tv.origin))


def khong_ton_tai(tv):
    main = '<div class="box"><h3 class="box-title">Thông báo</h3><p class="alert">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p><p><a href="/">Về trang chủ</a></p></div>'
    return answer(shell(tv, "Thông báo - %s" % SITE, main))


def not_found(tv):
    return answer('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html xmlns="http://www.w3.org/'
                  '1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n<title>404 - File or directory not found.'
                  '</title>\r\n</head>\r\n<body>\r\n<div id="header"><h1>Server Error</h1></div>\r\n<div id="content">\r\n <div class="content-container"><fieldset>\r\n'
                  '  <h2>404 - File or directory not found.</h2>\r\n  <h3>The resource you are looking for might have been removed, had its name changed, or is '
                  'temporarily unavailable.</h3>\r\n </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n', 404, "text/html")


def ysod(tv):
    return answer('<!DOCTYPE html>\r\n<html>\r\n    <head>\r\n        <title>A network-related or instance-specific error occurred while establishing a connection to '
                  'SQL Server.</title>\r\n    </head>\r\n    <body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr width=100% size=1 '
                  'color=silver></H1>\r\n            <h2> <i>A network-related or instance-specific error occurred while establishing a connection to SQL Server.</i> '
                  '</h2></span>\r\n    </body>\r\n</html>\r\n', 500)


def gioi_thieu(tv):
    s, t, ps = TRANG_TINH[0]
    return answer(shell(tv, "%s - %s" % (t, SITE), '<div class="box"><h1 class="box-title">%s</h1>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))))


def english(tv):
    return answer(shell(tv, "English - %s" % SITE, '<div class="box"><h1 class="box-title">English</h1><p>The English version of this portal is under construction.'
                                                       '</p></div>'))


def rss_list(tv):
    main = '<div class="box"><h1 class="box-title">RSS</h1><ul>%s</ul></div>' % "".join(
        '<li><a href="/Rss/%d/%s.rss">%s</a></li>' % (CAT[k], CAT_SLUG[k], x(SECNAME[k])) for k in MAIN)
    return answer(shell(tv, "RSS - %s" % SITE, main))


def rss_cat(tv, k):
    return rss(tv.origin, "%s - %s" % (SECNAME[k], SITE), list_url(k), [(a["tieu_de"], low_url(a, CAT[k]), a["ngay"], a["sapo"]) for a in in_sec(k)[:10]],
               "application/rss+xml; charset=utf-8")


def old_sitemap(tv):
    """The WebForms portal's static sitemap.xml (20/02/2028), left on disk by the rebuild: old addresses (302 to the new ones) and two deleted items."""
    rows = [("/Default.aspx", OLD_SITEMAP_AT, "daily")] + [(old_url(a), a["ngay"], None) for a in NEWS if a["ngay"] < OLD_SITEMAP_AT]
    rows += [("/TinTuc/ChiTiet.aspx?ID=%d" % g, _dt.datetime(2027, 12, 4, 9, 0), None) for g in GONE]
    return urlset(tv.origin, sorted(rows, key=lambda r: r[1], reverse=True))


def lich(tv, nam, tuan):
    prev = (nam, tuan - 1) if tuan > 1 else (nam - 1, 52)
    nxt = (nam, tuan + 1) if tuan < 52 else (nam + 1, 1)
    main = ('<div class="box"><h1 class="box-title">Lịch công tác tuần %d năm %d</h1><p class="nav"><a href="/LichCongTac/Tuan/%d/%d">« Tuần trước</a> | <a href='
            '"/LichCongTac/Tuan/%d/%d">Tuần sau »</a></p><table class="table lich"><tr><td>Thường trực Đảng ủy làm việc tại cơ quan.</td></tr></table></div>') % (
        tuan, nam, prev[0], prev[1], nxt[0], nxt[1])
    return answer(shell(tv, "Lịch công tác - %s" % SITE, main))


ROBOTS = "User-agent: *\r\nCrawl-delay: 3\r\nDisallow: /Admin/\r\nDisallow: /Search\r\nDisallow: /LichCongTac/\r\nDisallow: /bundles/\r\n" \
         "Sitemap: %s/sitemap.xml\r\n"


def handle(tv):
    p, q = tv.path, tv.query
    full = p + ("?" + q if q else "")
    pl = p.lower()                                          # IIS and MVC routing: case-insensitive
    if p == "/robots.txt":
        return van_ban(ROBOTS % tv.origin)
    if pl == "/" and (not q or q == "lang=vi"):
        return home(tv)
    if pl == "/sitemap.xml":
        return old_sitemap(tv)
    if pl == "/home/gioithieu":
        return gioi_thieu(tv)
    if pl == "/home/english":
        return english(tv)
    if pl == "/rss":
        return rss_list(tv)
    m = _re.fullmatch(r"/rss/(\d+)/[\w-]+\.rss", pl)
    if m:
        k = KEY.get(int(m.group(1)))
        return rss_cat(tv, k) if k else not_found(tv)
    m = _re.fullmatch(r"/lichcongtac/tuan/(\d{4})/(\d{1,2})", pl)
    if m:
        return lich(tv, int(m.group(1)), max(1, min(52, int(m.group(2)))))
    if pl == "/search":
        return answer(shell(tv, "Tìm kiếm - %s" % SITE, '<div class="box"><h1 class="box-title">Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả nào.</p></div>'))
    m = _re.fullmatch(r"/category/(\d+)/[\w-]+\.html", pl)
    if m:
        k = KEY.get(int(m.group(1)))
        page = tv.so("page", 1, 1, 9999)
        if k is None:
            return khong_ton_tai(tv)
        if full == FLAKY and chap_chon(FLAKY):
            return ysod(tv)
        if full == SLOW:
            cham(tv, 1.0)
        return category(tv, k, page or 1)
    if pl == "/chuyende":
        return category(tv, CD, tv.so("page", 1, 1, 9999) or 1)
    m = _re.fullmatch(r"/chuyende/(\d+)/[^/]*\.html", pl)
    if m:
        a = BY_ID.get(int(m.group(1)))
        return chuyen_de(tv, a) if a and a["cm"] == CD else khong_ton_tai(tv)
    m = _re.fullmatch(r"/detailview/(\d+)/(\d+)/[^/]*\.html", pl)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if a is None or a["cm"] == CD:
            return khong_ton_tai(tv)
        return detail(tv, a, printing=tv.q.get("view") == "print")
    if pl == "/tintuc/chitiet.aspx":                        # IIS URL Rewrite: the old WebForms addresses (rewrite map, redirectType="Found")
        i = tv.so("ID", 0, 1, 999999) or 0
        a = BY_ID.get(i)
        target = url(a) if a and a["cm"] != CD else "/DetailView/%d/0/Bai-Viet.html" % i
        return chuyen(tv.origin + target, 302, body='<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found '
                                                    '<a HREF="%s%s">here</a></body>' % (tv.origin, target))
    if pl == "/default.aspx":
        return chuyen(tv.origin + "/", 302)
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/8.0")], moi_lan=cookies)


# ---------------------------------------------------------------- manifest
ONLY_CANON = [url(a) for a in CDS if a is not CACHED]

MANIFEST = {
    "family": "a VNPT unit's '.dcs.vn'-style portal on ASP.NET MVC 4 (.NET 4.5, IIS 8.0 on Windows Server 2012; PagedList.Mvc, IIS URL Rewrite; rebuilt from a WebForms portal "
              "on 01/03/2028) of the Party committee of the provincial Party agencies (Đảng ủy các cơ quan Đảng tỉnh Tân An): articles "
              "/DetailView/<id>/<catId>/<Title-Case-Slug>.html, lists /Category/<catId>/<Slug>.html?page=N&size=10, and a chuyên đề "
              "/ChuyenDe/<id>/<Slug>.html whose layout's SEO block is an output-cached child action",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": aliases(a)} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Search", "/LichCongTac/"],
    "trap_prefixes": ["/LichCongTac/"],
    "only_via": {"canonical-check": ONLY_CANON},
    "flaky": {FLAKY: 500},
    "slow": [SLOW],
    "notes": ("Articles /DetailView/<id>/<catId>/<Title-Case-Slug>.html ('---' where the title had ' - '); the MVC route reads only the id, so the "
              "slug and the catId are decoration: the list of 'Xây dựng Đảng' links an item of 'Nghiên cứu - Trao đổi' it also shows (every 3rd) with "
              "catId 2, the RSS writer lower-cases the slug, 'Tin liên quan' appends ?lang=vi (the culture helper) and 'In bài' is ?view=print -- all "
              "200, every one with the canonical link of the item's own address. Dated 'Cập nhật: dd/mm/yyyy HH:MM'. IIS and the routes are "
              "case-insensitive. Lists /Category/<catId>/<Slug>.html and ?page=N&size=10 (PagedList, raw '&' in the hrefs; a page past the end shows "
              "the last), 'Tin nổi bật' (two most-read older items) on top of EVERY list page; the breadcrumb of an article is written "
              "document-relative (../../../Category/…), the sidebar 'Tin mới' absolute http://. Rebuilt on 01/03/2028 from a WebForms portal: the old "
              "/TinTuc/ChiTiet.aspx?ID=<id> answer 302 to the new address (IIS URL Rewrite), and the old static /sitemap.xml (20/02/2028, named by "
              "robots.txt) lists them and two items deleted before the rebuild (302 to a 200 'Bài viết không tồn tại hoặc đã bị gỡ bỏ.': soft 404; so "
              "does any unknown id). Feeds /Rss/<catId>/<Slug>.rss listed on /Rss. Cookies ASP.NET_SessionId and __RequestVerificationToken nobody "
              "needs. The top bar's 'Các trang thành viên' links the province's sibling sites on other hosts, at addresses shaped like this site's "
              "(/Category/…, /DetailView/…) -- off-site. The chuyên đề 'Học tập và làm theo Bác' (%d items since 02/04/2028, /ChuyenDe, %d a page, "
              "'Xem tất cả' from the home box) has its own layout whose SEO block -- canonical link, og:url, og:title, description -- is the child "
              "action SeoHead under [OutputCache(Duration = 86400, VaryByParam = \"none\")]: cached for the item first shown after the application "
              "pool recycled (the newest, %s), every other item of the chuyên đề names THAT item as its canonical (the <title> and the page itself are "
              "right). Flaky: %s answers the YSOD 500 every other request; slow: %s (1 s). A week calendar /LichCongTac/Tuan/<yyyy>/<w> forever (trap, "
              "robots-disallowed)." % (len(CDS), CD_PER_PAGE, url(CACHED), FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_x = sorted(CROSS)[0]
SELFTEST = [
    {"path": "/", "status": 200, "contains": 'href="%s"' % url(CDS[0])},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(in_sec("tin-hoat-dong")[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 60), "status": 200, "contains": x(in_sec("tin-hoat-dong")[-1]["tieu_de"])},
    {"path": url(CDS[5]), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(CACHED)},
    {"path": url(CDS[5]), "status": 200, "contains": "<title>%s - %s</title>" % (x(CDS[5]["tieu_de"]), x(SITE))},
    {"path": url(CACHED), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(CACHED)},
    {"path": url(NEWS[2]) + "?lang=vi", "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(NEWS[2])},
    {"path": url(BY_ID[_x], 2), "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s" />' % url(BY_ID[_x])},
    {"path": "/DetailView/999999/1/Khong-Co.html", "status": 200, "contains": "Bài viết không tồn tại hoặc đã bị gỡ bỏ."},
    {"path": "/TinTuc/ChiTiet.aspx?ID=%d" % GONE[0], "status": 302, "location": "/DetailView/%d/0/Bai-Viet.html" % GONE[0]},
    {"path": url(NEWS[0]).lower(), "status": 200, "contains": x(NEWS[0]["tieu_de"])},
]
_o1 = [a for a in NEWS if a["ngay"] < REBUILT][0]
SELFTEST.append({"path": old_url(_o1), "status": 302, "location": url(_o1)})
SUMMARY = {
    "chains": ["/ -> /Category/<catId>/<Slug>.html -> ?page=N&size=10 -> /DetailView/<id>/<catId>/<Slug>.html (-> 'In bài' ?view=print; 'Tin liên quan' ?lang=vi)",
               "/ -> 'Chuyên đề' (menu; home box of 4) -> /ChuyenDe -> ?page=2&size=8, 3 -> /ChuyenDe/<id>/<Slug>.html (canonical: the cached item's)",
               "robots Sitemap: /sitemap.xml (the old portal's static file of 20/02/2028: /TinTuc/ChiTiet.aspx?ID= -> 302 to the new address; two deleted "
               "items -> 302 -> soft 404)",
               "menu 'RSS' -> /Rss -> /Rss/<catId>/<Slug>.rss (lower-cased slugs)"],
    "discovery": [
        "the chuyên đề 'Học tập và làm theo Bác' (%d items) prints the SEO block of ONE item on all of them (a child action cached with "
        "VaryByParam=\"none\"): every item's canonical link names %s, a real page showing another article; a crawler that takes a canonical on "
        "trust records the twenty as that one and never stores them (only_via canonical-check %d)" % (len(CDS), url(CACHED), len(ONLY_CANON)),
        "an id-only route under decorative slugs and catIds: catId and lower-case slug variants, ?lang=vi, ?view=print (all canonical to the item), "
        "document-relative breadcrumbs and absolute http:// links, old WebForms addresses answering 302 from a stale sitemap, sibling sites at "
        "this site's address shapes on other hosts (no only_via)",
    ],
    "set38_pages": {"canonical-check": [url(CDS[1]), url(CDS[-1])]},
    "dup_via": {},
    "alias_kinds": ["print view ?view=print (200, canonical to the item)", "?lang=vi (200, canonical; the 'Tin liên quan' links)",
                    "the list's catId: /DetailView/<id>/2/… for a 'Nghiên cứu - Trao đổi' item listed in 'Xây dựng Đảng' (200, canonical)",
                    "lower-cased slug /DetailView/<id>/<catId>/<slug>.html (200, canonical; the RSS links)",
                    "old address /TinTuc/ChiTiet.aspx?ID=<id> (302 to the new one; items before 01/03/2028)",
                    "the chuyên đề items have no alias -- their canonical link names another item (%s)" % url(CACHED)],
    "quirks": ["Crawl-delay: 3", "'Tin nổi bật' on top of every list page", "PagedList ?page=N&size=10 with raw '&'; a page past the end: the last page",
               "Title-Case slugs ignored by the route", "canonical link on every page; the chuyên đề's all name one item (output-cached child action)",
               "document-relative breadcrumbs, absolute http:// 'Tin mới'", "an unknown id: 200 notice (soft 404)",
               "stale static sitemap of the old portal (302s; two deleted items -> soft 404)", "sibling sites on other hosts at this site's address shapes",
               "ASP.NET_SessionId and __RequestVerificationToken cookies", "%s 500 every other request" % FLAKY, "%s slow (1 s)" % SLOW,
               "week calendar trap under robots' Disallow: /LichCongTac/"],
    "not_articles": ["/TinTuc/ChiTiet.aspx?ID=%d" % g for g in GONE] + ["/DetailView/%d/0/Bai-Viet.html" % g for g in GONE],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private)",
}
