"""Set 33, site C: SharePoint Server 2010 publishing (IIS 7.5; a local vendor's web parts scripted with jQuery) of a provincial Party
committee, Tỉnh ủy Hải Tân.  One day (DAYS = 1), 17/06/2027.  Twist: the subsite 'Tin từ cơ sở' listed only by its welcome page's
script $.getJSON(L_Menu_BaseUrl + "/_vti_bin/ListData.svc/Trang?…") -- SharePoint 2010's REST interface, each entry's Path + '/' + Name,
paged by d.__next (only_via listdata-svc).  See README.md."""
# ==== KERNEL BEGIN (sites33 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 33 kernel: set 32's = set 31's (plumbing: Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the generator
# SoanTin, pad_css / pad_js / pad_b64, TRANG_TINH, chap_chon, cham, cua_so, tieu_de_duy_nhat, lich22 / lich31; the 2027 vocabulary of
# the two-level local government: provinces and communes / wards only, no districts) with ONE day again (DAYS = 1: a first crawl on
# Thursday 17 June 2027, 10:20 local time).  No clock and no sleep: every time a module prints or sends is derived from NGAY.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2027, 6, 17, 10, 20)}     # the first crawl, local time (Asia/Ho_Chi_Minh): a Thursday
BAY_GIO = NGAY[1]
RECHECK_DAYS = 7                                    # recheck_recent_days, the documented default
NAM = 2027


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
        raise ValueError("set 33 serves one day only (DAYS = 1)")


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


# ---------------------------------------------------------------- seeded newsroom (set 31 vocabulary, May 2027: provinces and communes only)
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
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2027",
                              "đấu tranh phản bác quan điểm sai trái trên không gian mạng")),
    "dan-van": ("Dân vận", ("xây dựng mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "vận động nhân dân hiến đất làm đường giao thông nông thôn")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                                "kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh", "nhân rộng gương điển hình tiên tiến")),
    "kiem-tra": ("Kiểm tra, giám sát", ("giám sát chuyên đề năm 2027", "kiểm tra tài chính đảng", "kê khai tài sản, thu nhập")),
    "kinh-te": ("Kinh tế", ("phát triển kinh tế tư nhân theo Nghị quyết 68-NQ/TW", "giải ngân vốn đầu tư công năm 2027", "phát triển sản phẩm OCOP")),
    "xa-hoi": ("Xã hội", ("phòng, chống thiên tai mùa mưa bão năm 2027", "phòng, chống ma túy", "Tháng hành động vì trẻ em năm 2027")),
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

    def __init__(self, seed, n, chuyen_muc, huyen, xa, ap, tu_ngay=_dt.datetime(2024, 9, 1, 7, 0), id_dau=2000, buoc=3, nguon="",
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
            "hoàn thành %d nhiệm vụ trọng tâm trong năm 2027 và gửi báo cáo trước ngày %d/%d." % (
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
            "Thực hiện kế hoạch năm 2027, %s thông báo tổ chức bồi dưỡng về %s cho %d cán bộ, đảng viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2027 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 7), r.randint(15, 28), r.randint(8, 9), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2027; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(5, 7), self.nguoi(), self.chuc(), r.randint(203, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2026, 2027)), r.randint(3, 40)),
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

def lich22(seed, n, tu_ngay=_dt.datetime(2024, 8, 5), moc=BAY_GIO, gan=6):
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
def lich31(seed, n, gan, tu_ngay=_dt.datetime(2026, 6, 1, 7, 0), sat=0.3):
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
import json as _json
from urllib.parse import unquote as _unq

SITE = "Tỉnh ủy Hải Tân"
_KHUON["coso"] = ["Đảng ủy xã {X} triển khai {v}", "Đảng ủy phường {X} tổ chức {v}", "Chi bộ {A} sinh hoạt chuyên đề về {v}",
                  "Xã {X}: {v} đạt nhiều kết quả", "{n} đảng viên phường {X} tham gia {v}", "Ban Thường vụ Đảng ủy xã {X} làm việc với các chi bộ về {v}",
                  "Đảng ủy phường {X} sơ kết {v}", "Hội nghị Ban Chấp hành Đảng bộ xã {X} cho ý kiến về {v}"]
SUBS = [("tin-hoat-dong", "Tin hoạt động", 8, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 5, "khoi", "bai"),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 4, "tinhuy", "dai")]
SECNAME = dict((k, n) for k, n, _, _, _ in SUBS)
SECNAME["van-ban"] = "Văn bản"
SECNAME["tin-co-so"] = "Tin từ cơ sở"
LISTS = ["tin-hoat-dong", "xay-dung-dang", "nghien-cuu-trao-doi", "van-ban"]
MENU_CASE = {"tin-hoat-dong": "Tin-hoat-dong", "xay-dung-dang": "Xay-dung-Dang", "nghien-cuu-trao-doi": "Nghien-cuu-Trao-doi", "van-ban": "Van-ban"}
HUYEN = ["Tân Giang", "Thanh Tân", "Tứ Kỳ", "Gia Lộc", "Kim Thành", "Cẩm Giàng", "Bình Giang"]
XA = ["Hồng Phong", "Tân Hưng", "Nam Đồng", "Việt Hòa", "Ái Quốc", "Lai Cách", "Thạch Khôi", "Hưng Đạo"]
AP = ["thôn Hòa Bình", "khu dân cư số 3", "thôn Đông Thượng", "khu dân cư Trần Phú", "thôn Lạc Dục", "khu dân cư Nguyễn Trãi"]
PER_PAGE = 10
LIST_GUID = {"tin-hoat-dong": "6a2e8d1c-35b9-4f7a-8c0e-2d9b4f61a3e8", "xay-dung-dang": "2b8f6a1d-93c5-4e27-8d0a-6f4b2e91c3a5",
             "nghien-cuu-trao-doi": "c4a7e2f9-1b36-4d58-a9e0-3f6c8b21d7e2", "van-ban": "9e3d5b7c-2a14-46f8-b6c1-8d2f0e4a9b63",
             "tin-co-so": "8b1f3d5a-6c27-49e0-a4d8-1e7c9b2f5a36"}
WP = {"tin-hoat-dong": "g_3c6f1a2e_9b4d_4e71_8a05_d2c7b9e1f436", "xay-dung-dang": "g_8a2d4c6e_1f3b_45a7_9c08_e6b1d3f5a729",
      "nghien-cuu-trao-doi": "g_e1b3d5f7_2a4c_46e8_8b0d_9f1a3c5e7b24", "van-ban": "g_5d7f9b1e_3c2a_4864_a0f2_b4d6e8a1c3f5"}
DIGEST = "0x3C9E71B2F0A4D58C6E1F2A7B9D0C3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5,17 Jun 2027 03:20:00 -0000"

_s = SoanTin(33301, 88, [(k, w, g, kieu) for k, _, w, g, kieu in SUBS], XA, XA, AP,
             lich=lich22(33301, 88, tu_ngay=_dt.datetime(2026, 9, 7), gan=5), id_dau=4300, buoc=4,
             cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "nghien-cuu-trao-doi"),
             chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "hoc-tap-bac", "tu-tuong", "chuyen-doi-so", "to-chuc"))
_d = SoanTin(33302, 15, [("van-ban", 1, "tinhuy", "thongbao")], XA, XA, AP, lich=lich22(33303, 15, tu_ngay=_dt.datetime(2026, 10, 5), gan=1),
             id_dau=3900, buoc=6, chu_de=("dai-hoi-xiv", "hai-cap", "kiem-tra", "to-chuc"))
_l = SoanTin(33304, 21, [("tin-co-so", 1, "coso", "bai")], XA, XA, AP,
             lich=lich22(33305, 21, tu_ngay=_dt.datetime(2027, 1, 4), gan=2), id_dau=5400, buoc=3,
             chu_de=("dai-hoi-xiv", "dan-van", "hai-cap", "xa-hoi", "den-on"))
dat_ten_thong_bao(_d.items, "TU")
ARTS = sorted(_s.items + _d.items + _l.items, key=lambda a: (a["ngay"], a["id"]), reverse=True)
tieu_de_duy_nhat(ARTS)
_seen_slug = set()
for _a in sorted(ARTS, key=lambda a: (a["ngay"], a["id"])):
    _sl = duong_dan(_a["tieu_de"], 100)
    _n = 1
    while (_a["cm"], _sl if _n == 1 else "%s-%d" % (_sl, _n)) in _seen_slug:     # SharePoint refuses a second page of the same name: the editor adds -2
        _n += 1
    _a["slug"] = _sl if _n == 1 else "%s-%d" % (_sl, _n)
    _seen_slug.add((_a["cm"], _a["slug"]))
BY_PATH = {}
for _a in ARTS:
    BY_PATH[("/%s/pages/%s.aspx" % (_a["cm"], _a["slug"])).lower()] = _a
ARCHIVE = [a for a in ARTS if a["cm"] == "tin-co-so"]
NEWS = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "xay-dung-dang", "nghien-cuu-trao-doi")]
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "nghien-cuu-trao-doi"][::4]}      # also in the 'Xây dựng Đảng' list (one address)
SLIDER = NEWS[:5]
SITEMAP_AT = _dt.datetime(2027, 3, 12, 1, 0)
DELETED = [("tin-hoat-dong", "hoi-nghi-so-ket-cong-tac-dang-quy-i-nam-2027"), ("xay-dung-dang", "ket-nap-dang-vien-moi-dot-1-nam-2027")]
FLAKY = "/nghien-cuu-trao-doi/Pages/default.aspx"
SLOW = "/van-ban/Pages/default.aspx"
ROWS = 8


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def url(a):
    return "/%s/Pages/%s.aspx" % (a["cm"], a["slug"])


def case_url(a):
    return "/%s/Pages/%s.aspx" % (MENU_CASE.get(a["cm"], a["cm"]), a["slug"])


def dlg_url(a):
    return url(a) + "?IsDlg=1"


def list_url(k):
    return "/%s/Pages/default.aspx" % k


def pinned(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def pager_target(k, i):
    return "ctl00$ctl40$%s$ctl00$rptPhanTrang$ctl%02d$lbtTrang" % (WP[k], i)


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def ctx_info(tv, web, path):
    """SharePoint 2010's _spPageContextInfo (a JavaScript object literal, not JSON) and the L_Menu_* globals init.js reads."""
    return ('{webServerRelativeUrl: "%s", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{%s}",pageItemId:1, userId:0, '
            'alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'};\r\nvar L_Menu_BaseUrl="%s";\r\nvar L_Menu_LCID="1066";'
            '\r\nvar L_Menu_SiteTheme="";') % ((web or "/").replace("/", "\\u002f"), LIST_GUID.get(web.strip("/"), LIST_GUID["tin-hoat-dong"]), web)


def shell(tv, title, main, web, page_path, head="", scripts="", viewstate_seed=None):
    menu = "".join('<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/%s/Pages/default.aspx">'
                   '<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">%s</span></span></a></li>' % (MENU_CASE[k], x(SECNAME[k]))
                   for k in LISTS)
    vb = "".join('<li><a href="%s">%s</a> <span class="time_update">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in in_sec("van-ban")[:4])
    seed = viewstate_seed if viewstate_seed is not None else len(title) * 7 + 3
    return (
        '<!DOCTYPE html>\r\n<html dir="ltr" lang="vi-VN">\r\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" '
        'content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-'
        'TileImage" content="/_layouts/images/favicon.ico" /><meta name="msapplication-TileColor" content="#0072C6" /><title>\r\n\t%s\r\n</title>'
        '<link rel="shortcut icon" href="/_layouts/images/favicon.ico?rev=43" type="image/vnd.microsoft.icon" id="favicon" />\r\n<link rel="stylesheet" '
        'type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=2bpHeX9U8DH09TP5GPcrfw%%3D%%3DTAG0"/>\r\n<link rel="stylesheet" type="text/css" '
        'href="/Style%%20Library/TinhUy/css/tu.css"/>\r\n%s<style type="text/css">%s</style>\r\n<script type="text/javascript" src="/_layouts/init.js?rev='
        'ZfvCmvFbbgQv2vxFjRLtfA%%3D%%3DTAG0"></script>\r\n<script type="text/javascript" src="/ScriptResource.axd?d=qQ3Yw8kZl1g2xgN5tXrkKU5Hh2Ad&amp;t=ffffffffb53e74b8">'
        '</script>\r\n<script type="text/javascript" src="/Style%%20Library/TinhUy/js/jquery-1.12.4.min.js"></script>\r\n</head>\r\n<body>\r\n<div id="ms-designer-ribbon">'
        '<div id="s4-ribbonrow" style="display:none"></div></div>\r\n<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">'
        '\r\n<div class="aspNetHidden">\r\n<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\r\n<input type="hidden" name="wpcmVal" id="wpcmVal" '
        'value="" />\r\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\r\n<input type="hidden" '
        'name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\r\n<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />\r\n'
        '<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />\r\n<input type="hidden" name="MSOGallery_SelectedLibrary" '
        'id="MSOGallery_SelectedLibrary" value="" />\r\n<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />\r\n'
        '<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" '
        'value="%s" />\r\n<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />\r\n'
        '<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />\r\n<input type="hidden" '
        'name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />\r\n<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" '
        'value="" />\r\n<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />\r\n<input type="hidden" '
        'name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />\r\n<input type="hidden" '
        'name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />\r\n<input type="hidden" '
        'name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />\r\n<input type="hidden" name="__VIEWSTATE" '
        'id="__VIEWSTATE" value="%s" />\r\n</div>\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\n'
        'if (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || '
        '(theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n'
        '        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar MSOWebPartPageFormName = '
        '\'aspnetForm\';\r\nvar g_presenceEnabled = true;\r\nvar g_wsaEnabled = false;\r\nvar g_correlationId = \'9e1f6c9e-%04x-40b5-1a6c-7d3f2b8e0c45\';\r\n'
        'var g_wsaQoSEnabled = false;\r\nvar g_wsaQoSDataPoints = [];\r\nvar g_wsaRUMEnabled = false;\r\nvar g_wsaLCID = 1066;\r\nvar g_wsaListTemplateId = 850;\r\n'
        'var g_wsaSiteTemplateId = \'CMSPUBLISHING#0\';\r\nvar _fV4UI=true;var _spPageContextInfo = %s\r\n//]]>\r\n</script>\r\n'
        '<div id="s4-workspace"><div id="s4-bodyContainer">\r\n<div class="tu-header"><div class="tu-date">%s, ngày %s</div><a href="/Pages/default.aspx">'
        '<img src="/PublishingImages/banner-tinhuy-haitan.jpg" alt="%s" /></a></div>\r\n<div class="tu-menu"><div class="ms-core-navigation"><ul class="root '
        'ms-core-listMenu-root static"><li class="static"><a class="static menu-item" href="/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a>'
        '</li>%s<li class="static"><a class="static menu-item" href="/tin-co-so/Pages/default.aspx"><span class="menu-item-text">Tin từ cơ sở</span>'
        '</a></li><li class="static"><a class="static menu-item" href="/lich-cong-tac/Lists/LichCongTac/calendar.aspx"><span class="menu-item-text">Lịch công tác'
        '</span></a></li></ul></div><div class="ms-srch-sb ms-srch-sb-border" id="SearchBox"><input name="InputKeywords" type="text" maxlength="2048" '
        'title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /></div></div>\r\n'
        '<div id="contentBox" class="tu-main"><div class="tu-col-left">%s</div><div class="tu-col-right"><div class="box_right"><div class="top_F">Văn bản mới'
        '</div><ul class="ds-vanban">%s</ul><a class="xem-tat-ca" href="/van-ban/Pages/default.aspx">Xem tất cả</a></div><div class="box_right"><div class="top_F">'
        'RSS</div><ul>%s</ul></div><div class="box_right"><div class="top_F">Liên kết</div><ul><li><a href="https://dangcongsan.example/" target="_blank">Báo '
        'điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://haitan.gov.example/" target="_blank">Cổng TTĐT tỉnh Hải Tân</a></li><li><a '
        'href="https://baohaitan.example/" target="_blank">Báo Hải Tân</a></li></ul></div></div></div>\r\n<div class="tu-footer"><p><strong>TRANG '
        'THÔNG TIN ĐIỆN TỬ TỈNH ỦY HẢI TÂN</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Hải Tân. Giấy phép số 18/GP-TTĐT '
        'ngày 14/3/2026 của Sở Văn hóa, Thể thao và Du lịch.</p><p>Ghi rõ nguồn "Cổng TTĐT Tỉnh ủy Hải Tân" khi phát hành lại thông tin từ trang này.</p></div>\r\n</div></div>\r\n'
        '<script type="text/javascript">//<![CDATA[\r\n%s\r\n//]]>\r\n</script>%s\r\n<div class="aspNetHidden">\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" '
        'id="__VIEWSTATEGENERATOR" value="BAB98CB3" />\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\r\n</div></form>\r\n'
        '</body>\r\n</html>\r\n') % (
        x(title), head, pad_css(len(title) * 13 + 7, 12, "ms"), x(page_path.rsplit("/", 1)[-1] + ("?" + tv.query if tv.query and tv.method == "GET" else "")),
        DIGEST, pad_b64(seed, 6), len(title) * 97 % 65536, ctx_info(tv, web, page_path), thu(BAY_GIO), ngay(BAY_GIO), x(SITE), menu, main, vb,
        "".join('<li><a href="/%s/_layouts/listfeed.aspx?List=%%7B%s%%7D">%s</a></li>' % (k, LIST_GUID[k].upper(), x(SECNAME[k])) for k in LISTS),
        pad_js(len(title) * 3 + 11, 9, "sp.init"), scripts, pad_b64(seed + 1, 1)[:320])


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private, max-age=0"), ("SPRequestGuid", "9e1f6c9e-8d42-40b5-1a6c-7d3f2b8e0c45"),
                                         ("X-SharePointHealthScore", "0"), ("MicrosoftSharePointTeamServices", "14.0.0.7015"),
                                         ("X-Content-Type-Options", "nosniff"), ("X-MS-InvokeApp", "1; RequireReadOnly")] + list(headers))


def item(a, k=None):
    return ('<div class="cont_artical"><div class="img_thumb"><a href="%s"><img src="/%s/PublishingImages/%d.jpg" alt="" /></a></div><div class="name_artical">'
            '<a href="%s">%s</a> <span class="time_update">(%s)</span></div><div class="short_content">%s</div></div>') % (
        url(a), a["cm"], a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def pager(k, cur, last):
    lk = lambda i, lab, cls="": '<a class="%s" href="javascript:__doPostBack(&#39;%s&#39;,&#39;&#39;)">%s</a>' % (cls, pager_target(k, i), lab)
    out = []
    if cur > 1:
        out.append(lk(0, "Trang đầu", "dau"))
    for p in range(1, last + 1):
        out.append('<span class="current">%d</span>' % p if p == cur else lk(p - 1, str(p)))
    if cur < last:
        out.append(lk(last - 1, "Trang cuối", "cuoi"))
    return '<div class="pager" id="ctl00_ctl40_%s_ctl00_divPhanTrang">Trang: %s</div>' % (WP[k], " ".join(out))


def list_page(tv, k, cur):
    items = in_sec(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    cur = max(1, min(cur, last))
    shown = items[(cur - 1) * PER_PAGE:cur * PER_PAGE]
    main = ('<div class="path"><div class="arr_B"><a href="/Pages/default.aspx">Trang chủ</a> » <span>%s</span></div></div><h2 class="cat-title">%s</h2>'
            '<div class="tin-noi-bat">%s</div><div class="inner_content_subpage" id="ctl00_ctl40_%s_ctl00_pnDanhSach">%s</div>%s<div class="rss-link"><a '
            'href="/%s/_layouts/listfeed.aspx?List=%%7B%s%%7D"><img src="/_layouts/images/rss.gif" alt="RSS" /> RSS</a></div>') % (
        x(SECNAME[k]), x(SECNAME[k]), "".join(item(a) for a in pinned(k)), WP[k], "".join(item(a) for a in shown), pager(k, cur, last), k, LIST_GUID[k].upper())
    return answer(shell(tv, "%s - %s" % (SECNAME[k], SITE), main, "/" + k, list_url(k), viewstate_seed=len(k) * 31 + cur))


def archive_page(tv):
    """/tin-co-so/Pages/default.aspx: the vendor's 'Tin từ cơ sở' web part -- an empty box that its script fills from ListData.svc
    (ListData.svc on the subsite's Pages library, 8 rows a call, 'Xem thêm' requesting d.__next)."""
    main = ('<div class="path"><div class="arr_B"><a href="/Pages/default.aspx">Trang chủ</a> » <span>%s</span></div></div><h2 class="cat-title">%s</h2>'
            '<div class="tcs-gioi-thieu"><p>Chuyên mục đăng tin, bài do đảng ủy các xã, phường và cộng tác viên cơ sở gửi về (từ tháng 01/2027).</p></div>'
            '<div class="ds-tincoso" id="dsTinCoSo"><p class="dang-tai">Đang tải dữ liệu...</p></div><div class="xem-them"><a id="btnXemThemTCS" '
            'class="btn-xemthem" href="javascript:void(0)" style="display:none">Xem thêm</a></div>') % (x(SECNAME["tin-co-so"]), x(SECNAME["tin-co-so"]))
    js = ('\r\n<script type="text/javascript">\r\n/* TinhUy.WebParts - TinCoSo.js */\r\nvar tcsTiep = "";\r\nfunction hienTinCoSo(data) {\r\n'
          '    var s = "";\r\n    $.each(data.d.results, function (i, t) {\r\n        var d = new Date(parseInt(t.NgayDang.substr(6), 10));\r\n'
          '        s += \'<div class="cont_artical"><div class="name_artical"><a href="\' + t.Path + \'/\' + t.Name + \'">\' + t.Title + \'</a> '
          '<span class="time_update">(\' + d.getDate() + \'/\' + (d.getMonth() + 1) + \'/\' + d.getFullYear() + \')</span></div><div class="short_content">\' + '
          '(t.TomTat || "") + \'</div></div>\';\r\n    });\r\n    $("#dsTinCoSo .dang-tai").remove();\r\n    $("#dsTinCoSo").append(s);\r\n'
          '    tcsTiep = data.d.__next || "";\r\n    $("#btnXemThemTCS").toggle(tcsTiep !== "");\r\n}\r\n$(document).ready(function () {\r\n'
          '    $.getJSON(L_Menu_BaseUrl + "/_vti_bin/ListData.svc/Trang?$select=Title,Name,Path,NgayDang,TomTat&$filter=ContentType eq \'Tin bai\''
          '&$orderby=NgayDang desc&$top=%d", hienTinCoSo);\r\n    $("#btnXemThemTCS").click(function () {\r\n        if (tcsTiep) { $.getJSON(tcsTiep, '
          'hienTinCoSo); }\r\n    });\r\n});\r\n</script>') % ROWS
    return answer(shell(tv, "%s - %s" % (SECNAME["tin-co-so"], SITE), main, "/tin-co-so", "/tin-co-so/Pages/default.aspx", scripts=js))

def home(tv):
    sl = "".join('<li><a href="%s"><img src="/%s/PublishingImages/%d.jpg" alt="" /><span>%s</span></a></li>' % (case_url(a), a["cm"], a["id"], x(a["tieu_de"]))
                 for a in SLIDER)
    main = '<div class="tin-noi-bat-slider"><ul class="slides">%s</ul></div>' % sl
    for k in ("tin-hoat-dong", "xay-dung-dang", "nghien-cuu-trao-doi"):
        main += ('<div class="box-home"><div class="top_F"><a href="/%s/Pages/default.aspx">%s</a></div><ul class="dfwp-column dfwp-list" style="width:100%%">'
                 '%s</ul></div>') % (MENU_CASE[k], x(SECNAME[k]), "".join('<li class="dfwp-item"><div class="item"><div class="link-item"><a href="%s" title="">%s</a>'
                                                                        '</div><div class="description">%s</div></div></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                                                                        for a in in_sec(k)[:5]))
    return answer(shell(tv, SITE, main, "", "/Pages/default.aspx"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><strong>%s</strong></p>" % x(a["muc"][j]))
        out.append('<p style="text-align:justify;">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table width="100%%" class="ms-rteTable-default"><tbody><tr><td style="text-align:center;"><img src="/%s/PublishingImages/%d_1.jpg" alt="" '
                       'style="width:560px;" /></td></tr><tr><td style="text-align:center;"><em>%s</em></td></tr></tbody></table>' % (a["cm"], a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, dlg=False):
    pool = ARCHIVE if a["cm"] == "tin-co-so" else in_sec(a["cm"])
    rel = [b for b in pool if b is not a][:6]
    extra = ""
    if a["cm"] in ("tin-hoat-dong", "xay-dung-dang") and a["id"] % 7 == 2:
        older = [b for b in in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:1]
        if older:                                                # a link an editor copied from the address bar
            extra = '<p><em>Xem thêm: <a href="%s">%s</a></em></p>' % (case_url(older[0]), x(older[0]["tieu_de"]))
    att = ""
    if a["cm"] == "van-ban":
        att = ('<div class="tai-lieu"><span>Tài liệu kèm theo:</span><table><tr><td><a href="/van-ban/VanBanPDF/%s.pdf" target="_blank">%s.pdf</a></td></tr></table></div>'
               % (a["so_hieu"].replace("Số ", "").replace("/", "-"), x(a["so_hieu"])))
    crumb = '<a href="/tin-co-so/Pages/default.aspx">%s</a>' % x(SECNAME["tin-co-so"]) if a["cm"] == "tin-co-so" else \
        '<a href="/%s/Pages/default.aspx">%s</a>' % (MENU_CASE[a["cm"]], x(SECNAME[a["cm"]]))
    main = ('<div class="detail_artical"><div class="path"><div class="arr_B"><a href="/Pages/default.aspx">Trang chủ</a> » %s</div></div><div class="ngay-dang">'
            '<img src="/Style%%20Library/TinhUy/images/icon_date.jpg" alt="" /> <span id="ctl00_PlaceHolderMain_lblNgayDang">Ngày đăng: %s %s</span> <a class="in-bai" '
            'href="%s" target="_blank">In bài</a></div><h1 class="title"><span id="ctl00_PlaceHolderMain_TitleField">%s</span></h1><div class="sapo"><b>%s</b></div>'
            '<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_'
            'PlaceHolderMain_PageContent_label">%s%s</div>%s<p style="text-align:right;font-weight:bold;">%s</p></div><div class="other_News"><div class="top_F">Các tin '
            'khác</div><div class="inner_F_otherNew"><ul>%s</ul></div></div>') % (
        crumb, ngay(a["ngay"]), gio(a["ngay"]), dlg_url(a), x(a["tieu_de"]), x(a["sapo"]), body_of(a), extra, att, x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span class="time_update">(Ngày %s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    if dlg:       # SharePoint's dialog mode: the page without the master page's chrome
        return answer('<!DOCTYPE html>\r\n<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>%s</title>'
                      '<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css" /></head><body class="ms-dialog"><form method="post" '
                      'action="%s" id="aspnetForm"><div id="s4-workspace">%s</div></form></body></html>' % (x(a["tieu_de"]), x(a["slug"] + ".aspx?IsDlg=1"), main))
    return answer(shell(tv, a["tieu_de"], main, "/" + a["cm"], url(a)))


def not_found(tv):
    main = ('<div class="ms-pagetitle"><h1>Không tìm thấy trang</h1></div><div class="ms-error">Không tìm thấy trang bạn yêu cầu. Trang có thể đã bị xóa, đổi tên hoặc '
            'tạm thời không sử dụng được.</div><p><a href="/Pages/default.aspx">Về trang chủ</a></p>')
    return answer(shell(tv, "Không tìm thấy trang", main, "", "/Pages/PageNotFoundError.aspx"), 404)


def busy(tv):
    return Dapung("<!DOCTYPE html><html><head><title>Máy chủ đang bận</title></head><body><h1>Máy chủ đang bận</h1><p>Máy chủ hiện đang bận. Vui lòng thử lại sau."
                  "</p></body></html>", 503, "text/html; charset=utf-8", [("Retry-After", "2"), ("X-SharePointHealthScore", "10")])


def list_feed(tv, k):
    items = in_sec(k)[:25]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!--RSS generated by Microsoft SharePoint Foundation RSS Generator on %s -->' % BAY_GIO.strftime("%m/%d/%Y %H:%M:%S"),
           '<?xml-stylesheet type="text/xsl" href="/_layouts/RssXslt.aspx?List=%s" version="1.0"?>' % LIST_GUID[k],
           '<rss version="2.0"><channel><title>%s: Trang</title><link>%s%s</link><description>Nguồn cấp RSS cho danh sách Trang.</description>' % (
               x(SECNAME[k]), tv.origin, list_url(k)), '<lastBuildDate>%s</lastBuildDate><generator>Microsoft SharePoint Foundation RSS Generator</generator>'
                                                         '<ttl>60</ttl><language>vi-VN</language>' % rfc822(BAY_GIO)]
    for a in items:
        out.append('<item><title>%s</title><link>%s%s</link><description><![CDATA[<div><b>Ngày đăng:</b> %s</div><div><b>Tóm tắt:</b> %s</div>]]></description>'
                   '<author>Ban Biên tập</author><pubDate>%s</pubDate><guid isPermaLink="true">%s%s</guid></item>' % (
                       x(a["tieu_de"]), tv.origin, url(a), ngay(a["ngay"]), x(a["sapo"]), rfc822(a["ngay"]), tv.origin, url(a)))
    out.append("</channel></rss>")
    return Dapung("\n".join(out), 200, "text/xml; charset=utf-8", [("Cache-Control", "private")])


def _ms(d):
    """OData v2's JSON date: /Date(<ms since 1970 UTC>)/ (the page's time is UTC+7)."""
    return "/Date(%d)/" % int(((d - _dt.timedelta(hours=7)) - _dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def listdata_svc(tv):
    """GET /tin-co-so/_vti_bin/ListData.svc/Trang?$select=…&$orderby=NgayDang desc&$top=N[&$skiptoken=<id>]: SharePoint 2010's REST
    interface (WCF Data Services, OData v2): JSON (verbose) for Accept: application/json, else Atom; entries Path + Name; d.__next."""
    rest = tv.path[len("/tin-co-so/_vti_bin/ListData.svc"):]
    if rest.lower() in ("", "/"):
        return Dapung('{"d" : {"EntitySets" : ["LichCongTac", "Trang", "TaiLieu", "HinhAnh"]}}', 200, "application/json;charset=utf-8")
    m = _re.fullmatch(r"/Trang(?:\((\d+)\))?", rest)
    if not m:
        return Dapung('{"error": {"code": "", "message": {"lang": "vi-VN", "value": "Không tìm thấy tài nguyên cho phân đoạn \'%s\'."}}}' % rest.strip("/"),
                      404, "application/json;charset=utf-8")
    base = tv.origin + "/tin-co-so/_vti_bin/ListData.svc/"

    def entry(a):
        return {"__metadata": {"uri": base + "Trang(%d)" % a["id"], "etag": "W/\"%d\"" % (a["id"] % 4 + 2), "type": "Microsoft.SharePoint.DataService.TrangItem"},
                "Title": a["tieu_de"], "Name": a["slug"] + ".aspx", "Path": "/tin-co-so/Pages", "NgayDang": _ms(a["ngay"]), "TomTat": a["sapo"]}
    if m.group(1):
        a = next((b for b in ARCHIVE if b["id"] == int(m.group(1))), None)
        if not a:
            return Dapung('{"error": {"code": "", "message": {"lang": "vi-VN", "value": "Không tìm thấy tài nguyên."}}}', 404, "application/json;charset=utf-8")
        rows, nxt = [a], None
    else:
        top = tv.so("$top", 1000, 1, 1000) or 1000
        start = 0
        sk = tv.q.get("$skiptoken", "")
        if sk:
            idx = [i for i, a in enumerate(ARCHIVE) if str(a["id"]) == sk]
            start = idx[0] + 1 if idx else len(ARCHIVE)
        rows = ARCHIVE[start:start + top]
        nxt = None
        if start + top < len(ARCHIVE):
            keep = [(k, v) for k, v in _pqsl(tv.query, keep_blank_values=True) if k != "$skiptoken"]
            nxt = base + "Trang?" + "&".join("%s=%s" % (k, ma_hoa(v, safe="$,'=")) for k, v in keep) + "&$skiptoken=%d" % rows[-1]["id"]
    hdr = [("Cache-Control", "no-cache"), ("X-AspNet-Version", "2.0.50727"), ("DataServiceVersion", "1.0;"), ("MicrosoftSharePointTeamServices", "14.0.0.7015")]
    if "json" in (tv.h("Accept") or "").lower():
        if m.group(1):
            d = entry(rows[0])
        else:
            d = {"results": [entry(a) for a in rows]}
            if nxt:
                d["__next"] = nxt
        return Dapung(_json.dumps({"d": d}, ensure_ascii=False).replace("/Date(", "\\/Date(").replace(")/\"", ")\\/\""), 200,
                      "application/json;charset=utf-8", hdr)
    ent = "".join('<entry m:etag="W/&quot;%d&quot;"><id>%sTrang(%d)</id><title type="text">%s</title><updated>%s</updated><author><name /></author>'
                  '<link rel="edit" title="TrangItem" href="Trang(%d)" /><category term="Microsoft.SharePoint.DataService.TrangItem" scheme="http://schemas.'
                  'microsoft.com/ado/2007/08/dataservices/scheme" /><content type="application/xml"><m:properties><d:Title>%s</d:Title><d:Name>%s.aspx</d:Name>'
                  '<d:Path>/tin-co-so/Pages</d:Path><d:NgayDang m:type="Edm.DateTime">%s</d:NgayDang></m:properties></content></entry>' % (
                      a["id"] % 4 + 2, x(base), a["id"], x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S"), a["id"], x(a["tieu_de"]), a["slug"],
                      a["ngay"].strftime("%Y-%m-%dT%H:%M:%S")) for a in rows)
    return Dapung('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<feed xml:base="%s" xmlns:d="http://schemas.microsoft.com/ado/2007/08/'
                  'dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata" xmlns="http://www.w3.org/2005/Atom"><title type="text">'
                  'Trang</title><id>%sTrang</id><updated>2027-06-17T03:20:00Z</updated><link rel="self" title="Trang" href="Trang" />%s%s</feed>' % (
                      x(base), x(base), ent, ('<link rel="next" href="%s" />' % x(nxt)) if nxt else ""), 200,
                  "application/atom+xml;charset=utf-8", hdr)


def sitemap(tv):
    if tv.path.lower() == "/sitemap.xml":
        return Dapung('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap0.xml</loc>'
                      '<lastmod>2027-03-12</lastmod></sitemap></sitemapindex>' % tv.origin, 200, "text/xml", [("Last-Modified", "Fri, 12 Mar 2027 01:00:12 GMT")])
    rows = [("/Pages/default.aspx", None, None)] + [(list_url(k), None, None) for k in LISTS]
    rows += [(url(a), a["ngay"], None) for a in ARTS if a["ngay"] < SITEMAP_AT and a["cm"] != "tin-co-so"]
    rows += [("/%s/Pages/%s.aspx" % kv, _dt.datetime(2027, 2, 2, 9, 0), None) for kv in DELETED]
    return urlset(tv.origin, rows, [("Last-Modified", "Fri, 12 Mar 2027 01:00:12 GMT")])


def calendar(tv):
    raw = _unq(tv.q.get("CalendarDate", "6/17/2027"))
    try:
        mo, d, y = [int(v) for v in raw.split("/")]
        cur = _dt.datetime(y, mo, d)
    except (ValueError, TypeError):
        cur = _dt.datetime(2027, 6, 17)
    lk = lambda e: "/lich-cong-tac/Lists/LichCongTac/calendar.aspx?CalendarDate=%s&amp;CalendarPeriod=week" % ma_hoa("%d/%d/%d" % (e.month, e.day, e.year))
    main = ('<h2 class="cat-title">Lịch công tác</h2><div class="ms-acal-header"><a href="%s">« Tuần trước</a> | <span>Tuần từ %s</span> | <a href="%s">Tuần sau »</a>'
            '</div><table class="ms-acal-week"><tr><td>Không có sự kiện nào.</td></tr></table>') % (lk(cur - _dt.timedelta(days=7)), ngay(cur), lk(cur + _dt.timedelta(days=7)))
    return answer(shell(tv, "Lịch công tác", main, "/lich-cong-tac", "/lich-cong-tac/Lists/LichCongTac/calendar.aspx"))


def handle(tv):
    p, pl = tv.path, tv.path.lower()
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\nDisallow: /*/_layouts/\n"
                       "Allow: /*/_layouts/listfeed.aspx\nDisallow: /*/Forms/\nDisallow: /lich-cong-tac/Lists/\nDisallow: /search/\n"
                       "Crawl-delay: 1\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if pl in ("/", "/default.aspx"):
        return chuyen(tv.origin + "/Pages/default.aspx", 302)
    if pl == "/pages/default.aspx":
        return home(tv)
    if pl in ("/sitemap.xml", "/sitemap0.xml"):
        return sitemap(tv)
    if pl.startswith("/tin-co-so/_vti_bin/listdata.svc"):
        tv.path = "/tin-co-so/_vti_bin/ListData.svc" + p[len("/tin-co-so/_vti_bin/listdata.svc"):]
        return listdata_svc(tv)
    m = _re.fullmatch(r"/([a-z-]+)/?", pl)
    if m and (m.group(1) in LISTS or m.group(1) == "tin-co-so"):
        return chuyen(tv.origin + list_url(m.group(1)), 302)
    m = _re.fullmatch(r"/([a-z-]+)/pages/default\.aspx", pl)
    if m and m.group(1) == "tin-co-so":
        return archive_page(tv)
    if m and m.group(1) in LISTS:
        k = m.group(1)
        if tv.method == "GET" and p + ("?" + tv.query if tv.query else "") == FLAKY and chap_chon(FLAKY):
            return busy(tv)
        if tv.method == "GET" and p + ("?" + tv.query if tv.query else "") == SLOW:
            cham(tv, 1.1)
        cur = 1
        if tv.method == "POST":
            pm = _re.fullmatch(r"ctl00\$ctl40\$%s\$ctl00\$rptPhanTrang\$ctl(\d\d)\$lbtTrang" % _re.escape(WP[k]), tv.form.get("__EVENTTARGET", ""))
            cur = int(pm.group(1)) + 1 if pm else 1
        return list_page(tv, k, cur)
    m = _re.fullmatch(r"/([a-z-]+)/_layouts/listfeed\.aspx", pl)
    if m and m.group(1) in LISTS and tv.q.get("List", "").strip("{}").lower() == LIST_GUID[m.group(1)]:
        return list_feed(tv, m.group(1))
    if pl.startswith("/lich-cong-tac/lists/lichcongtac/calendar.aspx"):
        return calendar(tv)
    a = BY_PATH.get(pl)
    if a:
        return article(tv, a, dlg=tv.q.get("IsDlg") == "1")
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/7.5"), ("X-Powered-By", "ASP.NET")], moi_lan=lambda tv, out: [
    ("Set-Cookie", "WSS_FullScreenMode=false; path=/")] if out.ctype.startswith("text/html") else [], post=True)


# ---------------------------------------------------------------- manifest
_CASE_LINKED = {id(a) for a in SLIDER}
for _a in ARTS:
    if _a["cm"] in ("tin-hoat-dong", "xay-dung-dang") and _a["id"] % 7 == 2:
        _o = [b for b in in_sec(_a["cm"]) if b["ngay"] < _a["ngay"]][:1]
        if _o:
            _CASE_LINKED.add(id(_o[0]))


def _aliases(a):
    """The print (dialog) view, and the mixed-case address where something links it."""
    return [dlg_url(a)] + ([case_url(a)] if id(a) in _CASE_LINKED and case_url(a) != url(a) else [])


ONLY_LD = [url(a) for a in ARCHIVE]
_th = in_sec("tin-hoat-dong")
_ld = "/tin-co-so/_vti_bin/ListData.svc/Trang?$select=Title,Name,Path,NgayDang,TomTat&$orderby=NgayDang%%20desc&$top=%d" % ROWS
_js = {"Accept": "application/json, text/javascript, */*; q=0.01", "X-Requested-With": "XMLHttpRequest"}

MANIFEST = {
    "family": "SharePoint Server 2010 publishing (IIS 7.5) with a local vendor's web parts scripted with jQuery, of a provincial Party committee (Tỉnh "
              "ủy Hải Tân): /<subsite>/Pages/<page>.aspx, list web parts paged only by __doPostBack, no canonical, ?IsDlg=1 print views, list RSS "
              "under /_layouts/, a search sitemap of 03/2027; the subsite 'Tin từ cơ sở' listed only by $.getJSON(L_Menu_BaseUrl + \"/_vti_bin/ListData.svc/"
              "Trang?…\") -> SharePoint 2010's REST interface (d.results[].Path + '/' + Name, d.__next)",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/_layouts/", "/_vti_bin/", "/lich-cong-tac/Lists/", "/search/"],
    "trap_prefixes": ["/lich-cong-tac/Lists/"],
    "only_via": {"listdata-svc": ONLY_LD},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("Publishing pages /<subsite>/Pages/<slug>.aspx (SharePoint is case-insensitive), dated 'Ngày đăng: dd/mm/yyyy HH:MM', NO canonical or og:url "
              "(the SEO settings never configured); 'In bài' opens SharePoint's dialog view <page>.aspx?IsDlg=1 (200, the page without its chrome). The home "
              "slider and some 'Xem thêm' links typed by editors use the menu's spelling /Tin-hoat-dong/Pages/… (200). /<subsite>/ 302s to "
              "/<subsite>/Pages/default.aspx, / to /Pages/default.aspx. Each list page carries the vendor's news web part: the two most-read older 'Tin nổi "
              "bật' pinned on top, %d items, and a pager 'Trang: Trang đầu 1 2 3 … Trang cuối' made ONLY of javascript:__doPostBack('ctl00$ctl40$g_…$ctl00$"
              "rptPhanTrang$ctlNN$lbtTrang','') links: every further page is a POST of the whole form (__VIEWSTATE, __REQUESTDIGEST, __EVENTVALIDATION). "
              "Every 4th 'Nghiên cứu - Trao đổi' item is also listed in 'Xây dựng Đảng' (one address). RSS: each list's /<subsite>/_layouts/listfeed."
              "aspx?List={guid} (the 25 newest; robots: Disallow: /*/_layouts/ with Allow: /*/_layouts/listfeed.aspx, longest match). /sitemap.xml -> "
              "/sitemap0.xml: the search sitemap of 12/03/2027 (two deleted pages: 404). Unknown pages 404 with PageNotFoundError's text. The subsite "
              "/tin-co-so/ ('Tin từ cơ sở', contributions of the communes' and wards' Party committees since 01/2027: %d items) has a welcome page whose "
              "vendor web part is an empty box filled by SharePoint 2010's REST interface: the page prints (as every SharePoint 2010 page does) "
              "var L_Menu_BaseUrl=\"/tin-co-so\"; and the vendor script calls $.getJSON(L_Menu_BaseUrl + \"/_vti_bin/ListData.svc/Trang?$select=Title,"
              "Name,Path,NgayDang,TomTat&$filter=ContentType eq 'Tin bai'&$orderby=NgayDang desc&$top=%d\", hienTinCoSo) -- jQuery sends Accept: "
              "application/json, so ListData.svc (WCF Data Services, OData v2) answers {\"d\": {\"results\": [{\"__metadata\": {\"uri\": …Trang(<id>)}, "
              "\"Title\", \"Name\": \"<slug>.aspx\", \"Path\": \"/tin-co-so/Pages\", \"NgayDang\": \"\\/Date(…)\\/\"…}], \"__next\": …&$skiptoken=<id>}}; the "
              "script links each item as t.Path + '/' + t.Name and 'Xem thêm' requests d.__next (robots disallows only the root /_vti_bin/). Without "
              "a JSON Accept header the service answers Atom (<d:Path>, <d:Name>); an entry's __metadata uri answers that entry alone. No list, feed or sitemap names those items. Flaky: %s answers 503 "
              "'Máy chủ đang bận' (Retry-After: 2) every other GET; slow: %s (1.1 s). The calendar list's week view /lich-cong-tac/Lists/LichCongTac/"
              "calendar.aspx?CalendarDate=M/D/Y forever (trap, robots-disallowed)." % (PER_PAGE, len(ARCHIVE), ROWS, FLAKY, SLOW)),
}
MANIFEST_DAY1 = MANIFEST
_post = "__EVENTTARGET=%s&__EVENTARGUMENT=" % ma_hoa(pager_target("tin-hoat-dong", 1))
SELFTEST = [
    {"path": list_url("tin-hoat-dong"), "status": 200, "contains": x(_th[0]["tieu_de"]), "not_contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": list_url("tin-hoat-dong"), "method": "POST", "body": _post.encode(), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": "/tin-hoat-dong/", "status": 302, "location": list_url("tin-hoat-dong")},
    {"path": dlg_url(_th[0]), "status": 200, "contains": x(_th[0]["tieu_de"]), "not_contains": "__VIEWSTATE"},
    {"path": url(_th[0]), "status": 200, "not_contains": 'rel="canonical"'},
    {"path": "/tin-hoat-dong/Pages/khong-co-trang-nay.aspx", "status": 404},
    {"path": "/tin-co-so/Pages/default.aspx", "status": 200, "contains": "$.getJSON(L_Menu_BaseUrl + \"/_vti_bin/ListData.svc/Trang?",
     "not_contains": x(ARCHIVE[0]["tieu_de"])},
    {"path": "/tin-co-so/Pages/default.aspx", "status": 200, "contains": 'var L_Menu_BaseUrl="/tin-co-so";'},
    {"path": _ld, "status": 200, "headers": _js, "contains": '"Name": "%s.aspx"' % ARCHIVE[0]["slug"], "not_contains": '"%s.aspx"' % ARCHIVE[ROWS]["slug"]},
    {"path": _ld + "&$skiptoken=%d" % ARCHIVE[ROWS - 1]["id"], "status": 200, "headers": _js, "contains": '"Name": "%s.aspx"' % ARCHIVE[ROWS]["slug"]},
    {"path": _ld, "status": 200, "contains": "<d:Name>%s.aspx</d:Name>" % ARCHIVE[0]["slug"]},
    {"path": "/sitemap0.xml", "status": 200, "not_contains": "/tin-co-so/Pages/"},
]
SUMMARY = {
    "chains": ["/ -> /Pages/default.aspx -> /<Subsite>/Pages/default.aspx -> __doPostBack pager (POST, page N) -> /<subsite>/Pages/<slug>.aspx -> ?IsDlg=1",
               "/ -> menu 'Tin từ cơ sở' -> /tin-co-so/Pages/default.aspx -> var L_Menu_BaseUrl=\"/tin-co-so\" + $.getJSON(L_Menu_BaseUrl + "
               "\"/_vti_bin/ListData.svc/Trang?…&$top=%d\") -> GET /tin-co-so/_vti_bin/ListData.svc/Trang?… (Accept: application/json) -> "
               "d.results[].Path + '/' + Name -> /tin-co-so/Pages/<slug>.aspx; d.__next (…&$skiptoken=<id>) -> the next rows" % ROWS,
               "robots Sitemap: /sitemap.xml -> /sitemap0.xml (12/03/2027; two deleted pages 404)",
               "list RSS /<subsite>/_layouts/listfeed.aspx?List={guid} (robots: Allow beats a shorter Disallow) -> the 25 newest of each list"],
    "discovery": [
        "the subsite 'Tin từ cơ sở' (%d items since 01/2027) is listed only by its welcome page's vendor script: $.getJSON(L_Menu_BaseUrl + "
        "\"/_vti_bin/ListData.svc/Trang?$select=Title,Name,Path,…&$top=%d\", …) -- SharePoint 2010's REST interface, the web's address from the "
        "L_Menu_BaseUrl every SharePoint 2010 page prints, each item linked as Path + '/' + Name, further rows behind d.__next -- a crawler that "
        "does not make ListData.svc calls never sees those items (only_via listdata-svc %d)" % (len(ARCHIVE), ROWS, len(ONLY_LD)),
        "list pages paged only by __doPostBack (POSTs of the whole WebForms form), two pinned 'Tin nổi bật' on every list page, no canonical anywhere, "
        "?IsDlg=1 print views, mixed-case links (no only_via)",
    ],
    "set33_pages": {"listdata-svc": ["/tin-co-so/Pages/default.aspx"]},
    "alias_kinds": ["SharePoint's dialog view <page>.aspx?IsDlg=1 (200, the 'In bài' link)", "the menu's mixed-case spelling /Tin-hoat-dong/Pages/… (200; the home "
                    "slider, editors' 'Xem thêm')"],
    "quirks": ["Crawl-delay: 1", "pagers only of __doPostBack links (page 1 among them)", "two pinned 'Tin nổi bật' on top of every list page", "no canonical, no og:url",
               "robots: an Allow for listfeed.aspx beating Disallow: /*/_layouts/ (longest match)", "a search sitemap of 12/03/2027 with two deleted pages (404)",
               "%s 503 (Retry-After: 2) every other GET" % FLAKY, "%s slow (1.1 s)" % SLOW, "ListData.svc: Atom without a JSON Accept header",
               "calendar week trap under robots' Disallow: /lich-cong-tac/Lists/"],
    "not_articles": ["/%s/Pages/%s.aspx" % kv for kv in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, max-age=0)",
}
