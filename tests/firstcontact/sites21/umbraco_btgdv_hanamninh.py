"""Blind replica, set 21 B: Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Nam Ninh on Umbraco 8.18 (ASP.NET MVC 5 on IIS 10, SQL Server;
local vendor theme, hedged).  No validators (Cache-Control: private).  FIVE DAYS: THE SITE MOVES TO A NEW HOST NAME.  The
scorer's address (127.0.0.1:<port>) plays the old domain (btgdv.hanamninh.gov.vn); `localhost:<the same port>` plays the new
one (tuyengiaodanvan.hanamninh.dcs.vn, the provincial Party's shared domain).  Day 1: the old host only (the new name answers
IIS's default page).  Day 2: both names bound to the site — every page's links are absolute to the host it was asked on,
every page's canonical, og:url, sitemap and robots Sitemap line name the NEW host, and old-host pages carry a banner linking it;
an ordinary day besides (three new articles, a retitle that Umbraco turns into a new address with a 301 from the old one, a
withdrawal).  Days 3-5: IIS's canonical-host rule answers every old-host address with a 301 to the same path on the new host;
new articles appear there only.  Stdlib only; no sleep; see README.md."""
# ==== KERNEL BEGIN (sites21 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 21 kernel: set 20's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
# publication calendar lich_dang, the generator SoanTin, sua_so, trang_thai) with a NEW vocabulary (June 2025: sắp xếp đơn vị
# hành chính cấp tỉnh, chính quyền địa phương hai cấp, đại hội đảng bộ cấp xã nhiệm kỳ 2025 - 2030, 100 năm Ngày Báo chí Cách
# mạng Việt Nam), FIVE days (NGAY[1] .. NGAY[5], the daily timer's runs), the second host name (`localhost:<same port>`, read
# from the Host header: Truyvan.hai, goc_hai) and the per-day ground-truth entry builder `muc21`.
# No clock and no sleep: every time a module prints or sends is derived from the NGAY constants.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 5
NGAY = {                                            # the daily timer's runs, local time (Asia/Ho_Chi_Minh)
    1: _dt.datetime(2025, 6, 3, 1, 47),             # Tue: an ordinary 01:30 + RandomizedDelaySec run
    2: _dt.datetime(2025, 6, 4, 1, 52),             # Wed
    3: _dt.datetime(2025, 6, 5, 2, 9),              # Thu
    4: _dt.datetime(2025, 6, 9, 18, 12),            # Mon: the archive host was off Fri 06/06 - Mon 09/06 17:55 (power work);
                                                    #      Persistent=true started the missed run 17 min after boot
    5: _dt.datetime(2025, 6, 23, 1, 58),            # Mon: the timer was disabled 10/06 - 22/06 (disk replacement)
}
BAY_GIO = NGAY[1]                                   # day 1 (the name sets 17-20 used)
RECHECK_DAYS = 7                                    # recheck_recent_days, the documented default


def cua_so(n):
    """Start of the re-check window of day n's run (published on or after it: re-checked whole)."""
    return NGAY[n] - _dt.timedelta(days=RECHECK_DAYS)


def clock():
    out = {"tz": "Asia/Ho_Chi_Minh", "recheck_recent_days": RECHECK_DAYS}
    for n, d in NGAY.items():
        out["day%d" % n] = d.strftime("%Y-%m-%d %H:%M")
    return out
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


def chay_app(xu_ly, server=(), moi_lan=None):
    """WSGI app around xu_ly(Truyvan) -> Dapung.  moi_lan(tv, out) -> extra headers sent with EVERY answer."""
    def app(environ, start_response):
        tv = Truyvan(environ)
        if tv.method not in ("GET", "HEAD"):
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


def lich_dang(seed, n, gan, moc=BAY_GIO, tu_ngay=_dt.datetime(2024, 9, 3)):
    """n publication times, newest first: the explicit recent ones (`gan`, the last week as the site really posted it)
    and n - len(gan) older ones, denser near `moc`: 35% 7-30 days back, 35% 30-100 days, the rest back to `tu_ngay`.
    Weekdays 07:00-19:59, some Saturdays, no Sundays; every minute distinct."""
    r = _rnd.Random(seed)
    out = sorted(gan, reverse=True)
    taken, floor = set(out), min(out + [moc])
    k = n - len(out)
    bands = [(7, 30, round(k * 0.35)), (30, 100, round(k * 0.35))]
    bands.append((100, (moc - tu_ngay).days, k - sum(b[2] for b in bands)))
    for lo, hi, cnt in bands:
        made = 0
        while made < cnt:
            d = moc - _dt.timedelta(days=r.uniform(lo, hi))
            if d.weekday() == 6 or (d.weekday() == 5 and r.random() < 0.6):
                continue
            d = d.replace(hour=r.randint(7, 19), minute=r.randint(0, 59), second=0, microsecond=0)
            if d in taken or d >= floor:
                continue
            taken.add(d)
            out.append(d)
            made += 1
    return sorted(out, reverse=True)


def kieu_cu(s):
    """Old-style tone placement, as some sites still type it (ủy -> uỷ, hóa -> hoá, hòa -> hoà, thủy -> thuỷ)."""
    for a, b in (("ủy", "uỷ"), ("Ủy", "Uỷ"), ("hóa", "hoá"), ("Hóa", "Hoá"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("thủy", "thuỷ"),
                 ("Thủy", "Thuỷ"), ("khỏe", "khoẻ"), ("lũy", "luỹ")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- seeded newsroom (set 21 vocabulary, June 2025)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh",
       "Lương", "Kiều", "Tạ", "Võ", "Phan", "Cao", "Chu", "Thái", "Nghiêm")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Hữu", "Đức", "Ngọc", "Xuân", "Thu", "Bá", "Công", "Khánh", "Đình", "Hồng")
_TEN = ("An", "Bình", "Chiến", "Dung", "Giang", "Hà", "Hiền", "Khải", "Liên", "Lực", "Mạnh", "Nga", "Oanh", "Phương",
        "Quế", "Sáu", "Tâm", "Thắng", "Thoa", "Toàn", "Uyên", "Vượng", "Yến", "Hưng")
_SO = ("Tài chính", "Nội vụ", "Xây dựng", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương", "Nông nghiệp và Môi trường",
       "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ")
_CQC = ("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
        "Báo và Phát thanh, Truyền hình tỉnh", "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
_CHUC = ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy, "
         "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy",
         "Bí thư Huyện ủy {H}", "Phó Bí thư Thường trực Huyện ủy {H}", "Chủ tịch UBND huyện {H}", "Bí thư Đảng ủy xã {X}",
         "Giám đốc Sở {S}", "Bí thư Chi bộ {C}", "Trưởng Ban Xây dựng Đảng Huyện ủy {H}")
_DON_VI = ("Đảng bộ Sở {S}", "Chi bộ {C}", "Huyện ủy {H}", "Đảng ủy xã {X}", "Ban Xây dựng Đảng Huyện ủy {H}", "Đảng bộ Công an huyện {H}",
           "Chi bộ khu dân cư {A}", "Đảng ủy thị trấn {X}", "Trung tâm Chính trị huyện {H}")
_CO_QUAN = ("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Ủy ban Kiểm tra Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Ủy ban MTTQ Việt Nam tỉnh", "Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh",
            "Hội Nhà báo tỉnh")
CHU_DE = {
    "sap-xep": ("Sắp xếp đơn vị hành chính", ("sắp xếp, sáp nhập đơn vị hành chính cấp tỉnh", "vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025",
                                             "kiện toàn tổ chức đảng ở các xã mới sau sắp xếp")),
    "dai-hoi": ("Đại hội", ("đại hội đảng bộ cấp xã nhiệm kỳ 2025 - 2030", "chuẩn bị đại hội đảng bộ tỉnh lần thứ XX",
                            "góp ý dự thảo văn kiện Đại hội XIV của Đảng")),
    "bao-chi": ("Báo chí", ("kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam", "giải báo chí về xây dựng Đảng năm 2025",
                            "định hướng thông tin tuyên truyền trên báo chí")),
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "định hướng dư luận xã hội",
                              "đấu tranh phản bác quan điểm sai trái trên không gian mạng")),
    "dan-van": ("Dân vận", ("xây dựng mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "vận động nhân dân hiến đất làm đường giao thông nông thôn")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                                "kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", "nhân rộng gương điển hình tiên tiến")),
    "kiem-tra": ("Kiểm tra, giám sát", ("giám sát chuyên đề năm 2025", "kiểm tra tài chính đảng", "kê khai tài sản, thu nhập")),
    "kinh-te": ("Kinh tế", ("xây dựng nông thôn mới nâng cao", "giải ngân vốn đầu tư công", "phát triển sản phẩm OCOP")),
    "xa-hoi": ("Xã hội", ("xóa nhà tạm, nhà dột nát", "phòng, chống ma túy", "Tháng hành động vì trẻ em")),
}
_KHUON = {
    "tinhuy": ["Ban Thường vụ Tỉnh ủy cho ý kiến về {v}", "Đồng chí {chuc} làm việc với {D} về {v}", "Tỉnh ủy triển khai {v}",
               "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về {v}", "{D} tập trung {v}", "Huyện {H}: {v} đạt nhiều kết quả",
               "Thường trực Tỉnh ủy nghe báo cáo tiến độ {v}", "{n} tổ chức cơ sở đảng hoàn thành {v}"],
    "btgdv": ["Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai {v}", "Hội nghị báo cáo viên tháng 6 thông tin về {v}",
              "Đồng chí {chuc} dự {v} tại huyện {H}", "{D} đẩy mạnh {v}", "Tập huấn nghiệp vụ {v} cho cán bộ cơ sở",
              "Xã {X} với {v}", "Tọa đàm về {v}", "{n} mô hình {v} được biểu dương"],
    "huyenuy": ["Ban Thường vụ Huyện ủy làm việc với {D} về {v}", "Xã {X}: {v} đạt nhiều kết quả", "Đồng chí {chuc} dự {v} tại xã {X}",
                "Chi bộ khu dân cư {A} tổ chức {v}", "Huyện ủy triển khai {v}", "{n} đảng viên xã {X} tham gia {v}",
                "Đảng ủy thị trấn {X} tập trung {v}", "Hội nghị Ban Chấp hành Đảng bộ huyện cho ý kiến về {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp ủy cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở huyện {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ huyện {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở huyện {H}", "Những vấn đề đặt ra đối với {v} sau khi sắp xếp bộ máy")
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
                t = self._tieu_de(k, cd)
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

    def _tieu_de(self, k, cd):
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
                                                       C=r.choice(_CQC), k=r.randint(28, 45))
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
            "các chi bộ, đảng bộ cơ sở trên địa bàn huyện %s." % (p1, self.chuc(), p2, self.chuc(), self.dv(), self.dv(), r.randint(30, 480), H),
            "Theo báo cáo, thời gian qua việc triển khai %s đã đạt %d/%d chỉ tiêu; %d mô hình được nhân rộng, huy động "
            "được %s đồng từ các nguồn lực xã hội và giúp %d hộ ở xã %s ổn định cuộc sống." % (
                v, r.randint(8, 19), r.randint(20, 24), r.randint(2, 40), "{:,}".format(r.randint(15, 990) * 1000000).replace(",", "."),
                r.randint(4, 160), X),
            "Bên cạnh kết quả đạt được, đồng chí %s thẳng thắn chỉ ra một số hạn chế: ở thôn %s việc %s còn lúng túng, %d "
            "đơn vị báo cáo chậm, nguồn lực chưa tương xứng và việc tuyên truyền trên mạng xã hội chưa thường xuyên." % (
                p2, A, v, r.randint(2, 15)),
            "Phát biểu chỉ đạo, đồng chí %s đề nghị các cấp ủy tiếp tục bám sát cơ sở, cụ thể hóa %s thành kế hoạch, phấn đấu "
            "hoàn thành %d nhiệm vụ trọng tâm trong năm 2025 và gửi báo cáo trước ngày %d/%d." % (
                p1, r.choice(("Chỉ thị số %d-CT/TU" % r.randint(5, 60), "Kết luận số %d-KL/TW" % r.randint(20, 140),
                              "Quy định số %d-QĐ/TW" % r.randint(20, 300), "Nghị quyết số %d-NQ/TU" % r.randint(3, 40))),
                r.randint(3, 16), r.randint(2, 28), r.randint(7, 12)),
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
                    "Thực tiễn ở huyện %s cho thấy, khi cấp ủy quan tâm đúng mức thì %s đi vào chiều sâu; trong %d cuộc được "
                    "tiến hành, có %d tổ chức đảng và %d đảng viên được chỉ ra khuyết điểm để kịp thời chấn chỉnh, khắc phục." % (
                        r.choice(self.huyen), v, r.randint(12, 140), r.randint(2, 30), r.randint(3, 90)),
                    "Theo đồng chí %s, %s, điểm mấu chốt của %s là phát hiện sớm, xử lý kịp thời từ cơ sở; nếu để vi phạm kéo dài "
                    "thì vừa tốn nguồn lực vừa làm giảm niềm tin của nhân dân ở xã %s." % (self.nguoi(), self.chuc(), v, r.choice(self.xa)),
                    "Giai đoạn %d - %d, toàn Đảng bộ đã tổ chức %d lớp bồi dưỡng, hội nghị chuyên đề, trong đó %d%% nội dung liên quan "
                    "đến %s; tỷ lệ kết luận được thực hiện đúng hạn đạt %d%%, cao hơn nhiệm kỳ trước %d điểm phần trăm." % (
                        r.choice((2015, 2020)), r.choice((2020, 2025)), r.randint(40, 400), r.randint(10, 70), v, r.randint(70, 99), r.randint(2, 19)),
                    "Một bài học khác là phải gắn %s với công tác cán bộ: cán bộ làm công tác tổ chức, xây dựng Đảng cần vững bản lĩnh, am "
                    "hiểu thực tiễn và được bồi dưỡng thường xuyên; hiện nay mới có %d/%d cán bộ cấp huyện qua đào tạo chuyên sâu." % (
                        v, r.randint(10, 60), r.randint(61, 90)),
                    "Từ những phân tích trên, tác giả kiến nghị Trung ương sớm ban hành hướng dẫn về %s, bổ sung chế độ cho cán bộ "
                    "cơ sở và ứng dụng phần mềm quản lý hồ sơ, giảm ít nhất %d%% thời gian tổng hợp báo cáo định kỳ." % (
                        v, r.randint(15, 60)),
                    "Ở thôn %s, chi bộ đã đưa nội dung %s vào sinh hoạt định kỳ hằng tháng, phân công %d đảng viên theo dõi từng "
                    "địa bàn; nhờ vậy số đơn thư vượt cấp giảm %d%% so với cùng kỳ, không còn vụ việc tồn đọng kéo dài." % (
                        r.choice(self.ap), v, r.randint(3, 19), r.randint(10, 80)))))
        a["doan"], a["muc"] = doan, muc
        a["chu_thich"] = ""
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice((
            "Ban Tổ chức Tỉnh ủy", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực III")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("TU", "BTCTU", "ĐUK", "VPTU")))
        a["sapo"] = "%s thông báo để các cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện." % r.choice(_CO_QUAN[:5])
        who = self.dv()
        a["doan"] = [
            "Thực hiện kế hoạch năm 2025, %s thông báo tổ chức bồi dưỡng về %s cho %d cán bộ, đảng viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2025 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 8), r.randint(15, 28), r.randint(8, 10), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2025; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(6, 9), self.nguoi(), self.chuc(), r.randint(203, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2024, 2025)), r.randint(3, 40)),
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


def muc21(kind, a, due, why, url, *, first_day, first, due_by, same=None, withdrawn=False, contains=None, lacks=None,
          checks=(), noticed_on=(), guard=False, changed_on=None, shown_on=None, held_since=None, judgement=None,
          due_with_hosts=False, answer=None, **extra):
    """One SUMMARY["day<n>"] entry (set 21 shape: set 20's, plus first_day / first / due_by and, when needed, changed_on,
    shown_on, held_since, judgement, due_with_hosts).  `url` is the address that shows the article ON THAT DAY (kept under
    set 20's key name day2_url); `answer` is what the server answers for it that day when it misbehaves (set 20's
    day2_answer); `first` is the record a correct crawl made the day the article was first archivable (first_day), also
    given as `day1` for day-1 articles."""
    e = {"kind": kind, "due": due, "due_by": due_by, "noticeable": bool(noticed_on), "first_day": first_day,
         "expect": {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
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
# ==== KERNEL END ====

SITE = "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Nam Ninh"
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 4, "bai"),
    ("tuyen-truyen", "Công tác tuyên truyền", 3, "bai"),
    ("dan-van", "Công tác dân vận", 2, "bai"),
    ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 1, "dai"),
    ("thong-bao", "Thông báo - Văn bản", 1, "thongbao"),
]
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
HUYEN = ["Ý Yên", "Vụ Bản", "Nghĩa Hưng", "Hải Hậu", "Xuân Thủy", "Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân", "Duy Tiên", "Gia Viễn",
         "Kim Sơn", "Yên Mô"]
XA = ["Yên Thắng", "Hải Anh", "Nghĩa Lâm", "Xuân Ninh", "Thanh Hà", "Nhân Mỹ", "Gia Trấn", "Kim Chính"]
AP = ["Đông Thượng", "Phú Hào", "An Lạc", "Thôn Nhì", "Bình Hải", "Tân Thành"]
PER_PAGE = 10
D = _dt.datetime
NEW_NAME = "tuyengiaodanvan.hanamninh.dcs.vn"           # what localhost:<port> stands for
OLD_NAME = "btgdv.hanamninh.gov.vn"                     # what the scorer's 127.0.0.1:<port> stands for
BOUND = D(2025, 6, 3, 15, 0)                            # the new name bound to the site (IIS binding + Umbraco hostname)
REDIRECT_ON = D(2025, 6, 4, 21, 0)                      # IIS URL Rewrite: old host -> 301 -> new host, same path and query

_GAN = [(D(2025, 6, 2, 15, 30), "tin-hoat-dong"), (D(2025, 6, 2, 9, 0), "tuyen-truyen"), (D(2025, 5, 31, 9, 0), "dan-van"),
        (D(2025, 5, 30, 14, 30), "tin-hoat-dong"), (D(2025, 5, 30, 8, 20), "thong-bao"), (D(2025, 5, 29, 16, 45), "tuyen-truyen"),
        (D(2025, 5, 29, 10, 10), "tin-hoat-dong"), (D(2025, 5, 28, 15, 0), "ly-luan-thuc-tien"), (D(2025, 5, 28, 8, 30), "dan-van"),
        (D(2025, 5, 27, 14, 10), "tin-hoat-dong"), (D(2025, 5, 26, 9, 40), "tuyen-truyen")]
_GAN.sort(reverse=True)
_s = SoanTin(21201, 70, [(k, w, "btgdv", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=1200, buoc=3, nguon="BTGDV",
             chu_de=["tu-tuong", "dan-van", "bao-chi", "sap-xep", "hoc-tap-bac", "xa-hoi"],
             lich=lich_dang(21201, 70, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items


def _thong_bao(a, i):
    a["so_hieu"] = a["so_hieu"].rsplit("/", 1)[0] + "/BTGDVTU"
    a["sapo"] = "Ban Tuyên giáo và Dân vận Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng và cơ quan, đơn vị có liên quan biết, thực hiện."
    a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])


for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        _thong_bao(a, i)
BY_DATE = {a["ngay"]: a for a in ARTS}

# ---------------------------------------------------------------- new articles, by the day the timer's run first meets them
_NEW = {
    2: [(D(2025, 6, 3, 8, 10), "tin-hoat-dong"), (D(2025, 6, 3, 10, 45), "tuyen-truyen"), (D(2025, 6, 3, 16, 30), "dan-van")],
    3: [(D(2025, 6, 4, 9, 15), "tin-hoat-dong"), (D(2025, 6, 4, 15, 40), "thong-bao")],
    4: [(D(2025, 6, 5, 8, 30), "tuyen-truyen"), (D(2025, 6, 6, 10, 0), "tin-hoat-dong"), (D(2025, 6, 6, 14, 20), "dan-van"),
        (D(2025, 6, 7, 8, 45), "tin-hoat-dong"), (D(2025, 6, 9, 9, 10), "ly-luan-thuc-tien")],
    5: [(D(2025, 6, 10, 8, 20), "tin-hoat-dong"), (D(2025, 6, 11, 14, 0), "tuyen-truyen"), (D(2025, 6, 12, 9, 30), "thong-bao"),
        (D(2025, 6, 13, 15, 10), "tin-hoat-dong"), (D(2025, 6, 16, 8, 0), "dan-van"), (D(2025, 6, 17, 10, 20), "tin-hoat-dong"),
        (D(2025, 6, 18, 16, 0), "tuyen-truyen"), (D(2025, 6, 19, 9, 0), "tin-hoat-dong"), (D(2025, 6, 20, 14, 30), "tuyen-truyen")],
}
_HAND = {
    D(2025, 6, 3, 8, 10): "Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin về việc chuyển địa chỉ Trang thông tin điện tử sang tên miền dcs.vn",
    D(2025, 6, 20, 14, 30): "Tuyên truyền kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2025)",
    D(2025, 6, 10, 8, 20): "Hội nghị báo cáo viên Tỉnh ủy tháng 6/2025 thông tin về vận hành chính quyền địa phương hai cấp",
}
NEW = {}
_used = {a["tieu_de"] for a in ARTS}
_ID = max(a["id"] for a in ARTS)
for n, rows in sorted(_NEW.items()):
    rows.sort(reverse=True)
    for seed in range(21200 + 10 * n, 21200 + 10 * n + 10):          # the first seed whose titles are all new to the site
        items = SoanTin(seed, len(rows), [(k, w, "btgdv", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=_ID + 30 * n, buoc=3,
                        nguon="BTGDV", chu_de=["tu-tuong", "dan-van", "bao-chi", "sap-xep"], lich=[d for d, _ in rows],
                        cm_dau=[k for _, k in rows]).items
        if not {a["tieu_de"] for a in items} & _used:
            break
    for i, a in enumerate(items):
        if a["kieu"] == "thongbao":
            _thong_bao(a, i + n)
        if a["ngay"] in _HAND:
            a["tieu_de"] = _HAND[a["ngay"]]
        assert a["tieu_de"] not in _used, a["tieu_de"]
        _used.add(a["tieu_de"])
        a["sapo"] = _re.sub(r"(Sáng|Chiều|Ngày) \d{1,2}/\d{1,2},", lambda m: "%s %d/%d," % (m.group(1), a["ngay"].day, a["ngay"].month), a["sapo"])
        a["tu_ngay"] = n
    NEW[n] = items

# ---------------------------------------------------------------- day 2: an ordinary day besides the move
RENAMED = BY_DATE[D(2025, 5, 30, 14, 30)]
RENAMED.update(tieu_de="Hội nghị báo cáo viên Tỉnh ủy tháng 5/2025 với 160 điểm cầu",
               sapo="(BTGDV) - Chiều 30/5, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 5/2025 theo hình thức trực tiếp kết "
                    "hợp trực tuyến tới 160 điểm cầu trong toàn tỉnh.")
RENAMED_2 = dict(RENAMED, tieu_de=RENAMED["tieu_de"].replace("160", "106"), sapo=RENAMED["sapo"].replace("160", "106"))
WITHDRAWN = BY_DATE[D(2025, 5, 31, 9, 0)]
for a in ARTS + [b for n in NEW for b in NEW[n]]:
    a["slug"] = duong_dan(a["tieu_de"], 90)
RENAMED_2["slug"] = duong_dan(RENAMED_2["tieu_de"], 90)     # Umbraco builds the URL segment from the node name ...
assert RENAMED_2["slug"] != RENAMED["slug"]                  # ... and its Redirect URL Management adds a 301 from the old one
NOI_BAT = [BY_DATE[D(2025, 6, 2, 15, 30)], BY_DATE[D(2025, 5, 28, 15, 0)],
           [a for a in ARTS if a["cm"] == "dan-van" and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 1)][0],
           [a for a in ARTS if a["cm"] == "tuyen-truyen" and D(2025, 3, 1) < a["ngay"] < D(2025, 4, 1)][0]]


class World:
    def __init__(self, day):
        self.day = day
        v = {a["id"]: a for a in ARTS}
        self.old_paths = {}                                   # an old address (section, slug) Umbraco 301s to the article
        if day >= 2:
            del v[WITHDRAWN["id"]]
            v[RENAMED["id"]] = RENAMED_2
            self.old_paths[(RENAMED["cm"], RENAMED["slug"])] = RENAMED_2
        for n in range(2, day + 1):
            for a in NEW[n]:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.by_path = {(a["cm"], a["slug"]): a for a in self.arts}
        self.bound = day >= 2                                  # the new name serves the site
        self.redirect = day >= 3                               # the old name 301s to it

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]

    def news(self):
        return [a for a in self.arts if a["cm"] != "thong-bao"]


WORLDS = {n: World(n) for n in range(1, DAYS + 1)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day `day` (1..5): the site as the daily timer's run of that day finds it (SUMMARY["clock"])."""
    if day not in WORLDS:
        raise ValueError("day must be 1..%d" % DAYS)
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def url(a):
    return "/%s/%s" % (a["cm"], a["slug"])


def primary(tv, w):
    """The site's configured primary domain: the old one on day 1, the new one from day 2 (canonical, og:url, sitemap)."""
    return tv.goc_hai if w.bound else tv.origin


def shell(tv, w, title, main, canonical=None, status=200, og=""):
    o = tv.origin                                                # Umbraco's useDomainPrefixes: links absolute to the host asked
    nav = "".join('<li><a href="%s/%s">%s</a></li>' % (o, k, x(n)) for k, n, _, _ in SECTIONS)
    moi = "".join('<li><a href="%s%s">%s</a></li>' % (o, url(a), x(a["tieu_de"])) for a in w.news()[:5])
    tb = "".join('<li><a href="%s%s">%s</a> <span class="date">(%s)</span></li>' % (o, url(a), x(a["tieu_de"]), ngay(a["ngay"]))
                 for a in w.in_sec("thong-bao")[:4])
    banner = ""
    if w.bound and not tv.hai:
        banner = ('<div class="alert-domain">Từ ngày 03/6/2025, Trang thông tin điện tử %s chuyển sang địa chỉ mới: <a href="%s/">%s</a>. '
                  'Đề nghị bạn đọc cập nhật địa chỉ truy cập.</div>' % (x(SITE), tv.goc_hai, NEW_NAME))
    head = '<link rel="canonical" href="%s%s">' % (primary(tv, w), canonical) if canonical else ""
    body = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '<title>%s - %s</title>%s%s<link href="%s/css/site.min.css?v=8.18.5" rel="stylesheet"></head><body>%s'
        '<div id="header"><div class="container"><a href="%s/" class="logo"><img src="%s/media/1001/logo-btgdv.png" alt="%s"></a>'
        '<div class="site-name">TRANG THÔNG TIN ĐIỆN TỬ<br><strong>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HÀ NAM NINH</strong></div></div></div>'
        '<div id="menu"><div class="container"><ul class="menu"><li><a href="%s/">Trang chủ</a></li>%s<li><a href="%s/lich-cong-tac">Lịch công tác</a></li></ul>'
        '<form action="%s/tim-kiem" method="get" class="search-box"><input type="text" name="q" placeholder="Nhập từ khóa..."><input type="submit" value="Tìm"></form>'
        '</div></div><div id="main" class="container"><div class="row"><div class="col-md-9 content-left">%s</div>'
        '<div class="col-md-3 content-right"><div class="block"><h3 class="block-title">Tin mới</h3><ul>%s</ul></div>'
        '<div class="block"><h3 class="block-title">Thông báo - Văn bản</h3><ul>%s</ul></div>'
        '<div class="block"><h3 class="block-title">Liên kết website</h3><ul><li><a href="https://tuyengiao.example/">Ban Tuyên giáo và Dân vận Trung ương</a></li>'
        '<li><a href="https://hanamninh.example/">Cổng thông tin điện tử tỉnh</a></li></ul></div></div></div></div>'
        '<div id="footer"><div class="container"><p>Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Nam Ninh. Địa chỉ: số 5 đường Vị Xuyên, '
        'thành phố Nam Định.</p><p>Ghi rõ nguồn "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy" khi phát hành lại thông tin từ website này.</p>'
        '</div></div><script src="%s/scripts/site.min.js?v=8.18.5"></script></body></html>') % (
        x(title), x(SITE), head, og, o, banner, o, o, x(SITE), o, nav, o, o, main, moi, tb, o)
    return Dapung(body, status, headers=[("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")])


def li(tv, a, date=True):
    return '<li><a href="%s%s">%s</a>%s</li>' % (tv.origin, url(a), x(a["tieu_de"]), ' <span class="date">(%s)</span>' % ngay(a["ngay"]) if date else "")


def item(tv, a):
    return ('<div class="news-item clearfix"><a class="img" href="%s%s"><img src="%s/media/%d/anh-%d.jpg?width=260&amp;height=170&amp;mode=crop" alt="%s"></a>'
            '<h3><a href="%s%s">%s</a></h3><p class="date">%s</p><p class="desc">%s</p></div>') % (
        tv.origin, url(a), tv.origin, 2000 + a["id"], a["id"], x(a["tieu_de"]), tv.origin, url(a), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def home(tv, w):
    main = '<div class="box-featured"><h2 class="box-title">Tin nổi bật</h2><ul>%s</ul></div>' % "".join(li(tv, a, False) for a in NOI_BAT)
    main += '<div class="box-latest"><h2 class="box-title">Tin mới</h2>%s</div>' % "".join(item(tv, a) for a in w.news()[:6])
    for k, n, _, _ in SECTIONS:
        main += '<div class="box-cat"><h2 class="box-title"><a href="%s/%s">%s</a></h2><ul>%s</ul></div>' % (
            tv.origin, k, x(n), "".join(li(tv, a) for a in w.in_sec(k)[:4]))
    return shell(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("page", 1, 1, 9999)
    if n is None:
        n = 1
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    base = "%s/%s" % (tv.origin, sec)
    pg = ""
    if pages > 1 and n <= pages:
        cells = []
        if n > 1:
            cells += ['<a href="%s">Trang đầu</a>' % base, '<a href="%s?page=%d">Trước</a>' % (base, n - 1)]
        for i in range(max(1, n - 2), min(pages, n + 2) + 1):
            cells.append('<span class="current">%d</span>' % i if i == n else '<a href="%s?page=%d">%d</a>' % (base, i, i))
        if n < pages:
            cells += ['<a href="%s?page=%d">Sau</a>' % (base, n + 1), '<a href="%s?page=%d">Trang cuối</a>' % (base, pages)]
        pg = '<div class="pager">%s</div>' % " ".join(cells)
    body = "".join(item(tv, a) for a in chunk) or '<p class="no-data">Không có bài viết nào.</p>'
    return shell(tv, w, SECNAME[sec], '<div class="breadcrumb"><a href="%s/">Trang chủ</a> » <span>%s</span></div><h1 class="cat-title">%s</h1>'
                 '<div class="news-list">%s</div>%s' % (tv.origin, x(SECNAME[sec]), x(SECNAME[sec]), body, pg), "/" + sec)


def article_html(tv, w, a):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<p><strong>%s</strong></p>" % x(a["muc"][i]))
        paras.append('<p style="text-align: justify;">%s</p>' % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<table class="image-caption" align="center"><tbody><tr><td><img src="%s/media/%d/anh-%d-1.jpg" alt=""></td></tr>'
                         '<tr><td><em>%s</em></td></tr></tbody></table>' % (tv.origin, 2000 + a["id"], a["id"], x(a["chu_thich"])))
    rel = [b for b in w.in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:5]
    og = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s%s">'
          % (x(a["tieu_de"]), primary(tv, w), url(a)))
    main = ('<div class="breadcrumb"><a href="%s/">Trang chủ</a> » <a href="%s/%s">%s</a></div><div class="news-detail">'
            '<h1 class="title">%s</h1><div class="meta">Đăng ngày: %s %s</div>%s<div class="sapo"><strong>%s</strong></div>'
            '<div class="content">%s</div><div class="author"><p style="text-align: right;"><strong>%s</strong></p></div>'
            '<div class="tools"><a href="javascript:window.print();">In bài viết</a></div></div>'
            '<div class="other-news"><h3>Tin khác</h3><ul>%s</ul></div>') % (
        tv.origin, tv.origin, a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="so-ky-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join(li(tv, b) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a), og=og)


def not_found(tv, w):
    return shell(tv, w, "Không tìm thấy trang", '<div class="page-404"><h1>Trang bạn tìm không tồn tại</h1><p>Đường dẫn không đúng hoặc '
                 'nội dung đã được gỡ bỏ.</p><p><a href="%s/">Quay về trang chủ</a></p></div>' % tv.origin, status=404)


def calendar(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", tv.q.get("ngay", "2025-06-03"))
    try:
        d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        d = None
    if d is None:
        return not_found(tv, w)
    prev, nxt = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    return shell(tv, w, "Lịch công tác", '<h1>Lịch công tác ngày %s</h1><p><a href="%s/lich-cong-tac?ngay=%s">« Ngày trước</a> | '
                 '<a href="%s/lich-cong-tac?ngay=%s">Ngày sau »</a></p><p>Không có lịch công tác.</p>' % (
                     d.strftime("%d/%m/%Y"), tv.origin, prev.isoformat(), tv.origin, nxt.isoformat()))


IIS_START = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n'
             '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />\r\n'
             '<title>IIS Windows Server</title>\r\n<style type="text/css">\r\n<!--\r\nbody {color:#000000;background-color:#0072C6;margin:0;}\r\n'
             '#container {margin-left:auto;margin-right:auto;text-align:center;}\r\n-->\r\n</style>\r\n</head>\r\n<body>\r\n<div id="container">\r\n'
             '<a href="http://go.microsoft.example/fwlink/?linkid=66138&amp;clcid=0x409"><img src="iisstart.png" alt="IIS" width="960" height="600" /></a>\r\n'
             '</div>\r\n</body>\r\n</html>')
IIS_404 = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n'
           '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n'
           '<title>404 - File or directory not found.</title>\r\n</head>\r\n<body>\r\n<div id="header"><h1>Server Error</h1></div>\r\n'
           '<div id="content">\r\n <div class="content-container"><fieldset>\r\n  <h2>404 - File or directory not found.</h2>\r\n'
           '  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n'
           ' </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n')


def handle(tv):
    w = W()
    if tv.hai and not w.bound:                             # day 1: the new name reaches IIS's Default Web Site
        if tv.path in ("/", "/iisstart.htm"):
            return Dapung(IIS_START, 200, "text/html", [("Last-Modified", "Sat, 08 May 2021 10:20:14 GMT"), ("ETag", '"d3c8d6f4e43d71:0"')])
        return Dapung(IIS_404, 404, "text/html")
    if w.redirect and not tv.hai:                          # IIS URL Rewrite 'canonical host name' rule on the old binding
        return chuyen(tv.goc_hai + tv.path + ("?" + tv.query if tv.query else ""), 301,
                      body='<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found '
                           '<a HREF="%s%s">here</a></body>' % (tv.goc_hai, tv.path))
    p = tv.path
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /umbraco/\nDisallow: /tim-kiem\n\nSitemap: %s/sitemap.xml\n" % primary(tv, w))
    if p == "/":
        return home(tv, w)
    if p == "/sitemap.xml":                                # the SEO package writes the primary domain into every <loc>
        return urlset(primary(tv, w), [("/", None, "daily")] + [("/" + k, None, "daily") for k, _, _, _ in SECTIONS] +
                      [(url(a), a["ngay"], None) for a in w.arts])
    if p == "/lich-cong-tac":
        return calendar(tv, w)
    parts = p.strip("/").split("/")
    if len(parts) == 1 and parts[0] in SECNAME and not p.endswith("/"):
        return listing(tv, w, parts[0])
    if len(parts) == 2 and parts[0] in SECNAME and not p.endswith("/"):
        a = w.by_path.get((parts[0], parts[1]))
        if a is not None:
            return article_html(tv, w, a)
        a = w.old_paths.get((parts[0], parts[1]))
        if a is not None:                                  # Umbraco's Redirect URL Management (renamed node)
            return chuyen("%s%s" % (tv.origin, url(a)), 301)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0")])


# ---------------------------------------------------------------- manifests
_FAMILY = ("Umbraco 8.18 (ASP.NET MVC 5 on IIS 10, SQL Server; local vendor theme, hedged) of a provincial Party propaganda and mass "
           "mobilisation board (Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Nam Ninh): no validators; the site moves to a new host name "
           "(localhost:<port>): day 2 served under both names (canonical, og:url and sitemap on the new one), days 3-5 the old name 301s")
_NOTES = ("Articles /<section>/<slug> (Umbraco URL segments, lower case, no trailing slash; every link absolute to the host asked "
          "— useDomainPrefixes); section lists /<section>?page=N (10 a page, 'Trang đầu Trước n Sau Trang cuối', two numbers each "
          "side; past the end an empty list, 200); home: 'Tin nổi bật' 4 (hand-picked), 'Tin mới' 6 (all but notices), a box per "
          "section 4; sidebar 'Tin mới' 5 and 'Thông báo - Văn bản' 4; article pages: table-captioned image, 'Tin khác' 5 older items of "
          "the section, canonical and og:url on the site's PRIMARY domain; /sitemap.xml (every article, lastmod = publication, locs on "
          "the primary domain) named in robots.txt; no feed; no ETag, no Last-Modified (Cache-Control: private); a renamed node keeps a "
          "301 from its old URL (Redirect URL Management); a daily work calendar /lich-cong-tac?ngay=YYYY-MM-DD forever (trap). "
          "Dates 'Đăng ngày: dd/mm/yyyy HH:MM'.")


FIRST_URL = {}                                              # article id -> the canonical it was first listed under
for _n in range(1, DAYS + 1):
    for _a in WORLDS[_n].arts:
        FIRST_URL.setdefault(_a["id"], (_n, ("" if _n <= 2 else "//localhost") + url(_a)))
FIRST_URL[RENAMED["id"]] = (1, url(RENAMED))


def _manifest(w):
    arts = {}
    for a in w.arts:
        fd, first = FIRST_URL[a["id"]]
        old = [url(RENAMED)] if a["id"] == RENAMED["id"] and w.day >= 2 else []
        if w.day == 1:
            c, aliases = url(a), []
        elif w.day == 2:                                    # both names serve the site: the new-host address is an alias (200)
            c, aliases = url(a), ["//localhost" + url(a)] + old + ["//localhost" + u for u in old]
        else:                                               # the old name 301s: its address is an alias of the new-host one
            c, aliases = "//localhost" + url(a), [url(a)] + old + ["//localhost" + u for u in old]
        info = {"title": a["tieu_de"], "aliases": aliases}
        if first != c:
            info["first"] = first
        if fd >= 3:
            info["due"] = False
            info["why"] = ("first published on the new host only, after the old one started to 301 (%s): the documented daily run treats "
                           "a redirect to another host as leaving the site; due only if the site's sources entry names the new host"
                           % REDIRECT_ON.strftime("%d/%m %H:%M"))
        arts[c] = info
    extra = {1: " Day 1 of five (set_day): the new name (localhost:<port>) answers only IIS's default page ('IIS Windows Server', 200 at /, "
                "IIS 404 elsewhere).",
             2: " DAY 2 (04/06 01:52): both names serve the site since 03/06 15:00; every page's links are absolute to the host it was "
                "asked on, but canonical, og:url, the sitemap's <loc>s and robots.txt's Sitemap line name the new host, and old-host pages "
                "carry a banner linking it. Three new articles (on both hosts); '%s' renamed '%s' (a new address, the old one 301s to it); "
                "'%s' withdrawn (404)." % (RENAMED["tieu_de"], RENAMED_2["tieu_de"], WITHDRAWN["tieu_de"])}
    tail = extra.get(w.day) or (" DAY %d (%s): every old-host address (robots.txt and the sitemap included) answers 301 to the same path and "
                                "query on the new host (since 04/06 21:00); %d new articles since the last run, on the new host only." % (
                                    w.day, NGAY[w.day].strftime("%d/%m %H:%M"), len(NEW[w.day])))
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts, "robots_disallowed": ["/umbraco/", "/tim-kiem"],
            "trap_prefixes": ["/lich-cong-tac?"], "notes": _NOTES + tail}


MANIFEST = _manifest(WORLDS[1])
MANIFEST_DAY2 = _manifest(WORLDS[2])
MANIFEST_DAY3 = _manifest(WORLDS[3])
MANIFEST_DAY4 = _manifest(WORLDS[4])
MANIFEST_DAY5 = _manifest(WORLDS[5])


def _last(a):
    return a["doan"][-1]


def _first(a):
    return trang_thai(a, _last(a))


def _here(a, day):
    return ("" if day <= 2 else "//localhost") + url(a)


def _days():
    out = {n: {} for n in range(2, DAYS + 1)}
    # new articles, each on its first day
    for n in range(2, DAYS + 1):
        for a in NEW[n]:
            w = WORLDS[n]
            if n == 2:
                out[n][url(a)] = muc21(
                    "new", a, True,
                    "Published %s, between the day-1 and day-2 runs, while both names served the site: in the home 'Tin mới' and its "
                    "section's list and box on the old host (links absolute to the old host), and in the sitemap under its NEW-host "
                    "address. One record, whichever address it is stored under (the page's canonical names the new host)." %
                    a["ngay"].strftime("%d/%m %H:%M"),
                    url(a), first_day=2, first=None, due_by="new", contains=a["doan"][0],
                    checks=[{"path": "/" + a["cm"], "status": 200, "contains": url(a) + '"'},
                            {"path": "/sitemap.xml", "status": 200, "contains": url(a)}])
            else:
                out[n]["//localhost" + url(a)] = muc21(
                    "new_on_new_host", a, False,
                    "Published %s, after the old name started to answer 301 (04/06 21:00): it exists only on the new host (its lists, "
                    "home page and sitemap). The documented run records a redirect off the site as a failure and shows the site as "
                    "'failing' ('site down, moved...'), so reaching it needs the new host in the site's sources entry: not due for the "
                    "unattended daily run (due_with_hosts). If archived, one record with this title, date and text." %
                    a["ngay"].strftime("%d/%m %H:%M"),
                    "//localhost" + url(a), first_day=n, first=None, due_by="new", contains=a["doan"][0], due_with_hosts=True,
                    checks=[{"path": "//localhost/" + a["cm"], "status": 200, "contains": url(a)}, {"path": "/", "status": 301,
                                                                                                  "location": "//localhost/"}])
    # day 2: the rename, the withdrawal, the canonical moved on every page
    out[2][url(RENAMED)] = muc21(
        "retitled_renamed_301", RENAMED_2, True,
        "Published 30/05 14:30 (inside day 2's re-check window). On 03/06 11:00 an editor corrected the number of connected sites in the "
        "title and lead (160 -> 106); Umbraco rebuilt the URL segment from the new node name, so the article now lives at %s and its "
        "Redirect URL Management answers the old address with a 301 there; lists, boxes and the sitemap show the new address and title. "
        "Documented: an article whose address redirects to its new one stays ONE row under its new address, and an edit makes a new "
        "version: one record, the new title and lead." % url(RENAMED_2),
        url(RENAMED_2), first_day=1, first=trang_thai(RENAMED, RENAMED["sapo"]), due_by="window", changed_on=2, same=url(RENAMED),
        contains=RENAMED_2["sapo"], lacks=RENAMED["sapo"],
        checks=[{"path": url(RENAMED), "status": 301, "location": url(RENAMED_2)},
                {"path": url(RENAMED_2), "status": 200, "contains": x(RENAMED_2["tieu_de"])}],
        title_day1=RENAMED["tieu_de"])
    out[2][url(WITHDRAWN)] = muc21(
        "withdrawn_404", WITHDRAWN, True,
        "Published 31/05 09:00 (inside day 2's window); unpublished on 03/06 (a figure in it was disputed): Umbraco's 404 page, gone from "
        "lists, boxes and the sitemap. The one real withdrawal of the move week: keep the record and its text, mark it withdrawn.",
        None, first_day=1, first=_first(WITHDRAWN), due_by="window", changed_on=2, same=url(WITHDRAWN), withdrawn=True,
        contains=_last(WITHDRAWN), checks=[{"path": url(WITHDRAWN), "status": 404}])
    for a in ARTS:
        if a["ngay"] >= cua_so(2) and a not in (RENAMED, WITHDRAWN):
            out[2][url(a)] = muc21(
                "canonical_to_new_host", a, True,
                "Unchanged text. Published %s (inside day 2's window: re-checked). Since 03/06 15:00 its page answers under both names and "
                "declares <link rel=canonical> and og:url on the NEW host (%s), while the run reaches it on the old one; the sitemap lists "
                "only the new-host address. Still one article: one record, not withdrawn, its day-1 title, date and text (its address "
                "may stay the old one or become the canonical)." % (a["ngay"].strftime("%d/%m %H:%M"), NEW_NAME),
                url(a), first_day=1, first=_first(a), due_by="guard", same=url(a), contains=_last(a), guard=True,
                checks=[{"path": url(a), "status": 200, "contains": 'rel="canonical" href="http://localhost:'},
                        {"path": "//localhost" + url(a), "status": 200, "contains": x(_last(a))}])
    # days 3-5: every old address 301s to the new host
    for n in range(3, DAYS + 1):
        for a in ARTS + NEW[2]:
            if a in (RENAMED, WITHDRAWN) or not a["ngay"] >= cua_so(n):
                continue
            fd = 1 if a in ARTS else 2
            out[n][url(a)] = muc21(
                "old_host_301", a, True,
                "Unchanged. Published %s, inside day %d's re-check window, archived on day %d under the old host. Since 04/06 21:00 the "
                "old address answers 301 to the same path on the new host (%s), which shows the same article. A redirect to another "
                "host is not a withdrawal (the documented run records it as leaving the site, in fetch_failures) and the same article "
                "reached under a second host is not a second record: one record, not withdrawn, its title, date and text." % (
                    a["ngay"].strftime("%d/%m %H:%M"), n, fd, NEW_NAME),
                "//localhost" + url(a), first_day=fd, first=_first(a), due_by="guard", same=url(a), contains=_last(a), guard=True,
                checks=[{"path": url(a), "status": 301, "location": "//localhost" + url(a)}])
        out[n][url(RENAMED)] = muc21(
            "retitled_renamed_301", RENAMED_2, True,
            "Kept from day 2: the record holds the corrected title and lead. Now two hops lead from the day-1 address to the page: the old "
            "host's 301 to the new host, then Umbraco's 301 from the old URL segment to the new one.",
            "//localhost" + url(RENAMED_2), first_day=1, first=trang_thai(RENAMED, RENAMED["sapo"]), due_by="kept", same=url(RENAMED),
            contains=RENAMED_2["sapo"], lacks=RENAMED["sapo"],
            checks=[{"path": url(RENAMED), "status": 301, "location": "//localhost" + url(RENAMED)},
                    {"path": "//localhost" + url(RENAMED), "status": 301, "location": "//localhost" + url(RENAMED_2)}],
            title_day1=RENAMED["tieu_de"])
        out[n][url(WITHDRAWN)] = muc21(
            "withdrawn_404", WITHDRAWN, True,
            "Kept from day 2: withdrawn, its text kept. The old address now 301s to the new host, which answers 404 too: a move never "
            "brings it back nor deletes its record.",
            None, first_day=1, first=_first(WITHDRAWN), due_by="kept", same=url(WITHDRAWN), withdrawn=True, contains=_last(WITHDRAWN),
            checks=[{"path": url(WITHDRAWN), "status": 301, "location": "//localhost" + url(WITHDRAWN)},
                    {"path": "//localhost" + url(WITHDRAWN), "status": 404}])
    return out


_DAYS = _days()
_a0 = BY_DATE[D(2025, 6, 2, 15, 30)]
SELFTEST = [
    {"path": url(_a0), "status": 200, "expect_headers": {"ETag": None, "Last-Modified": None, "Cache-Control": "private"}},
    {"path": "/tin-hoat-dong?page=99", "status": 200, "contains": "Không có bài viết nào."},
    {"path": url(_a0) + "/", "status": 404},
    {"path": "//localhost/", "status": 200, "contains": "IIS Windows Server"},
    {"path": "//localhost" + url(_a0), "status": 404},
    {"path": url(_a0), "status": 200, "contains": url(_a0) + '">', "not_contains": "localhost"},
]
SELFTEST_DAY2 = [
    {"path": "/", "status": 200, "contains": '/">' + NEW_NAME + "</a>"},
    {"path": "//localhost/", "status": 200, "not_contains": "alert-domain"},
    {"path": "//localhost" + url(_a0), "status": 200, "contains": '<li><a href="http://localhost:'},
    {"path": "//localhost" + url(_a0), "status": 200, "not_contains": "replica.test"},
    {"path": "/sitemap.xml", "status": 200, "contains": "<loc>http://localhost:", "not_contains": "replica.test"},
    {"path": "/robots.txt", "status": 200, "contains": "Sitemap: http://localhost:"},
    {"path": url(_a0), "status": 200, "contains": 'rel="canonical" href="http://localhost:'},
]
SELFTEST_DAY3 = SELFTEST_DAY4 = SELFTEST_DAY5 = [
    {"path": "/", "status": 301, "location": "//localhost/"},
    {"path": "/robots.txt", "status": 301, "location": "//localhost/robots.txt"},
    {"path": "/tin-hoat-dong?page=2", "status": 301, "location": "//localhost/tin-hoat-dong?page=2"},
    {"path": "//localhost/robots.txt", "status": 200, "contains": "Sitemap: http://localhost:"},
    {"path": "//localhost" + url(_a0), "status": 200, "not_contains": "replica.test"},
]
SUMMARY = {
    "chains": ["/ -> /<section>[?page=N] -> /<section>/<slug> (absolute links on the host asked)",
               "robots.txt -> /sitemap.xml (locs on the primary domain: the new host from day 2) -> /<section>/<slug>",
               "day 2: old-host banner -> new host; days 3-5: any old-host address -> 301 -> the same path on the new host"],
    "alias_kinds": ["day 2: the same path on the second host (200, the same page)", "days 3-5: the old-host address (301 to the second host)",
                    "the renamed article's old URL segment (Umbraco 301)"],
    "quirks": ["every link absolute to the host asked (useDomainPrefixes)", "no validators (Cache-Control: private)",
               "day-by-day calendar trap /lich-cong-tac?ngay=", "a renamed node's old URL 301s to its new one",
               "DAY 1: the new host name answers IIS's default page",
               "DAY 2: both names serve the site; canonical, og:url, sitemap and robots Sitemap name the new host; a banner on the old one",
               "DAYS 3-5: every old-host address 301s to the same path on the new host; new articles only there"],
    "not_articles": [], "not_articles_day2": [url(WITHDRAWN)], "not_articles_day3": [], "not_articles_day4": [], "not_articles_day5": [],
    "clock": clock(),
    "hosts": {"primary": "the scorer's 127.0.0.1:<port>: the site's OLD address (%s)" % OLD_NAME,
              "second": "localhost:<the same port>: the site's NEW address (%s)" % NEW_NAME,
              "prefix": "//localhost", "notation": "an address written //localhost/<path> is http://localhost:<port>/<path>",
              "both_serve_from_day": 2, "old_redirects_from_day": 3},
    "validators": "none: no ETag, no Last-Modified (Cache-Control: private); IIS's default page (day 1, new name) is a static file with both",
    "notice_markers": ["IIS Windows Server", "404 - File or directory not found.", "Object Moved"],
    "timeline": {
        "1": "ordinary on the old host (70 articles); the new name answers IIS's default page",
        "2": "both names serve the site (since 03/06 15:00): canonical / og:url / sitemap on the new host, banner on the old; 3 new, a rename (301), a withdrawal",
        "3": "old host: 301 to the same path on the new host (since 04/06 21:00); 2 new articles on the new host only",
        "4": "the same; 5 new articles on the new host only",
        "5": "the same; 9 new articles on the new host only",
    },
    "day2": _DAYS[2], "day3": _DAYS[3], "day4": _DAYS[4], "day5": _DAYS[5],
}
