"""Blind replica, set 21 C: Huyện ủy Lâm Thao (tỉnh Vĩnh Phú) on an in-house Node.js 16 / Express 4 + Pug portal with MongoDB
(Mongoose), deployed on a shared cPanel host (CloudLinux 'Setup Node.js App', Phusion Passenger behind Apache; hedged).
Validators: Express's weak ETag of the body, 304 on a match.  FIVE DAYS, two multi-day conditions:
(1) from 03/06 10:05 the list of 'Hoạt động cơ sở' (every page of it) is served from a page cache that never expires (a deploy
    that day keyed the cache without its TTL): the lists show that section as it was at 10:05 on 03/06 — an article deleted
    afterwards still linked, newer ones missing — on days 2 to 5, while the home page, the feed and the sitemap move on;
(2) the hosting account is SUSPENDED for an unpaid invoice from 04/06 09:00 to 13/06 08:30: cPanel answers every address of
    the site (robots.txt, the sitemap and the feed included) with its 'Account Suspended' page, status 200 — the runs of days 3
    and 4 meet it (two runs in a row);
day 5 (23/06) the site is back: 14 articles published since 03/06 (seven dated during the suspension, posted when it ended),
two held recent articles changed meanwhile (one deleted, one retitled), an old article silently corrected.  Day 2 is an ordinary
day besides (three new articles, a silent correction, a withdrawal).  Stdlib only; no sleep; see README.md."""
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

SITE = "Đảng bộ huyện Lâm Thao"
SECTIONS = [
    ("tin-tong-hop", "Tin tổng hợp", 3, "bai"),
    ("hoat-dong-co-so", "Hoạt động cơ sở", 3, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", 2, "bai"),
    ("guong-sang", "Gương sáng - Việc tốt", 1, "bai"),
    ("van-ban", "Văn bản - Thông báo", 1, "thongbao"),
]
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
FROZEN_SEC = "hoat-dong-co-so"
HUYEN = ["Lâm Thao", "Phù Ninh", "Tam Nông", "Thanh Ba", "Cẩm Khê", "Hạ Hòa", "Yên Lập"]
XA = ["Sơn Vi", "Cao Xá", "Tứ Xã", "Bản Nguyên", "Xuân Lũng", "Hợp Hải", "Hùng Sơn", "Thạch Sơn", "Vĩnh Lại", "Phùng Nguyên"]
AP = ["Đồng Lạng", "Phú Lợi", "Dữu Lâu", "Kinh Kệ", "Đông Thịnh", "Cổ Tích"]
PER_PAGE = 8
D = _dt.datetime
CACHED_AT = D(2025, 6, 3, 10, 5)                 # the 'Hoạt động cơ sở' list pages cached for good
SUSPENDED = D(2025, 6, 4, 9, 0)                  # cPanel: account suspended (invoice overdue)
UNSUSPENDED = D(2025, 6, 13, 8, 30)

_GAN = [(D(2025, 6, 2, 15, 15), "tin-tong-hop"), (D(2025, 6, 2, 8, 0), "hoat-dong-co-so"), (D(2025, 5, 31, 9, 45), "xay-dung-dang"),
        (D(2025, 5, 30, 15, 0), "tin-tong-hop"), (D(2025, 5, 30, 7, 50), "hoat-dong-co-so"), (D(2025, 5, 29, 14, 30), "van-ban"),
        (D(2025, 5, 29, 9, 10), "hoat-dong-co-so"), (D(2025, 5, 28, 16, 20), "guong-sang"), (D(2025, 5, 28, 8, 40), "tin-tong-hop"),
        (D(2025, 5, 27, 10, 0), "hoat-dong-co-so")]
_GAN.sort(reverse=True)
_s = SoanTin(21301, 66, [(k, w, "huyenuy", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=0, buoc=1, nguon="HULT",
             chu_de=["dai-hoi", "sap-xep", "dan-van", "kinh-te", "xa-hoi", "hoc-tap-bac"],
             lich=lich_dang(21301, 66, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items


def _thong_bao(a, i):
    a["so_hieu"] = a["so_hieu"].rsplit("/", 1)[0] + "/HU"
    a["sapo"] = "Văn phòng Huyện ủy thông báo để các chi bộ, đảng bộ cơ sở và cơ quan, đơn vị có liên quan biết, thực hiện."
    a["tieu_de"] = "Thông báo %s của Ban Thường vụ Huyện ủy về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])


_MACHINE = "6f1d2a7c03"


def _oid(created, k):
    """A MongoDB ObjectId: 4 bytes of creation time (UTC seconds), 5 of machine/process, 3 of counter."""
    secs = int((created - _dt.timedelta(hours=7) - D(1970, 1, 1)).total_seconds())
    return "%08x%s%06x" % (secs, _MACHINE, 0x3a41c0 + k)


for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        _thong_bao(a, i)
    a["tao_luc"] = a["ngay"] - _dt.timedelta(minutes=7 + i % 23)          # the document is created a few minutes before it goes live
    a["sua_luc"] = a["ngay"]
BY_DATE = {a["ngay"]: a for a in ARTS}

# ---------------------------------------------------------------- day 2: an ordinary day
_N2 = [(D(2025, 6, 3, 16, 0), "tin-tong-hop"), (D(2025, 6, 3, 14, 20), "hoat-dong-co-so"), (D(2025, 6, 3, 8, 40), "hoat-dong-co-so")]
N3_, N2_, N1_ = SoanTin(21302, 3, [(k, w, "huyenuy", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, nguon="HULT",
                        chu_de=["dai-hoi", "sap-xep", "kinh-te"], lich=[d for d, _ in _N2], cm_dau=[k for _, k in _N2]).items
NEW2 = [N1_, N2_, N3_]
CORR = BY_DATE[D(2025, 5, 30, 15, 0)]            # a figure silently corrected on 03/06 09:20
CORR_DOAN, CORR_OLD, CORR_NEW = sua_so(CORR)
CORR_2 = dict(CORR, doan=CORR_DOAN, sua_luc=D(2025, 6, 3, 9, 20))
WITHDRAWN = BY_DATE[D(2025, 6, 2, 8, 0)]         # in 'Hoạt động cơ sở'; deleted 03/06 15:10 (after the list was cached)
assert WITHDRAWN["cm"] == FROZEN_SEC

# ---------------------------------------------------------------- day 5: back after the suspension
_N5 = [(D(2025, 6, 4, 9, 0), "hoat-dong-co-so"), (D(2025, 6, 5, 14, 30), "tin-tong-hop"), (D(2025, 6, 6, 8, 15), "hoat-dong-co-so"),
       (D(2025, 6, 9, 10, 0), "xay-dung-dang"), (D(2025, 6, 10, 15, 20), "hoat-dong-co-so"), (D(2025, 6, 11, 9, 40), "tin-tong-hop"),
       (D(2025, 6, 12, 8, 30), "hoat-dong-co-so"), (D(2025, 6, 13, 16, 0), "van-ban"), (D(2025, 6, 16, 8, 45), "hoat-dong-co-so"),
       (D(2025, 6, 17, 10, 10), "tin-tong-hop"), (D(2025, 6, 18, 14, 0), "guong-sang"), (D(2025, 6, 19, 9, 20), "hoat-dong-co-so"),
       (D(2025, 6, 20, 15, 30), "xay-dung-dang"), (D(2025, 6, 21, 8, 0), "tin-tong-hop")]
_N5.sort(reverse=True)
_used = {a["tieu_de"] for a in ARTS}
for seed in range(21303, 21320):
    NEW5 = SoanTin(seed, len(_N5), [(k, w, "huyenuy", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, nguon="HULT",
                   chu_de=["dai-hoi", "sap-xep", "bao-chi", "xa-hoi", "kinh-te"], lich=[d for d, _ in _N5], cm_dau=[k for _, k in _N5]).items
    if not {a["tieu_de"] for a in NEW5 + NEW2} & _used and len({a["tieu_de"] for a in NEW5 + NEW2}) == len(NEW5 + NEW2):
        break
assert not {a["tieu_de"] for a in NEW5 + NEW2} & _used
_HAND = {D(2025, 6, 21, 8, 0): "Huyện ủy Lâm Thao gặp mặt cộng tác viên nhân kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam",
         D(2025, 6, 13, 16, 0): None,
         D(2025, 6, 4, 9, 0): "Đại hội điểm Chi bộ khu dân cư Đồng Lạng nhiệm kỳ 2025 - 2027"}
for k, a in enumerate(NEW2 + NEW5):
    if a["kieu"] == "thongbao":
        _thong_bao(a, k)
    if _HAND.get(a["ngay"]):
        a["tieu_de"] = _HAND[a["ngay"]]
    a["sapo"] = _re.sub(r"(Sáng|Chiều|Ngày) \d{1,2}/\d{1,2},", lambda m: "%s %d/%d," % (m.group(1), a["ngay"].day, a["ngay"].month), a["sapo"])
    if a in NEW5 and a["ngay"] < UNSUSPENDED:      # written up during the suspension, posted on 13-14/06 with the event's date
        a["tao_luc"] = D(2025, 6, 13, 9, 5) + _dt.timedelta(minutes=37 * k)
    else:
        a["tao_luc"] = a["ngay"] - _dt.timedelta(minutes=5 + k % 17)
    a["sua_luc"] = max(a["ngay"], a["tao_luc"])
RETITLED = N1_                                   # held since day 3; a wrong commune in its title fixed on 14/06
RETITLED.update(tieu_de="Chi bộ khu dân cư Phú Lợi, xã Cao Xá tổ chức đại hội nhiệm kỳ 2025 - 2027",
                sapo="(HULT) - Sáng 3/6, Chi bộ khu dân cư Phú Lợi (xã Cao Xá) tổ chức đại hội nhiệm kỳ 2025 - 2027, bầu cấp ủy khóa mới.")
RETITLED_5 = dict(RETITLED, tieu_de=RETITLED["tieu_de"].replace("xã Cao Xá", "xã Tứ Xã"), sapo=RETITLED["sapo"].replace("xã Cao Xá", "xã Tứ Xã"),
                  sua_luc=D(2025, 6, 14, 10, 25))
DELETED = N3_                                    # held since day 3; deleted on 16/06 (the same news was posted twice)
OLD_CORR = [a for a in ARTS if a["cm"] == "xay-dung-dang" and a["kieu"] == "bai" and D(2025, 3, 1) < a["ngay"] < D(2025, 4, 1)][0]
OC_DOAN, OC_OLD, OC_NEW = sua_so(OLD_CORR)
OLD_CORR_5 = dict(OLD_CORR, doan=OC_DOAN, sua_luc=D(2025, 6, 18, 11, 0))
for k, a in enumerate(ARTS + NEW2 + NEW5):
    a["oid"] = _oid(a["tao_luc"], k)
    a["slug"] = duong_dan(a["tieu_de"], 70)
for a in (RETITLED_5, CORR_2, OLD_CORR_5):
    a["oid"] = RETITLED["oid"] if a is RETITLED_5 else (CORR["oid"] if a is CORR_2 else OLD_CORR["oid"])
    a["slug"] = {id(RETITLED_5): RETITLED["slug"], id(CORR_2): CORR["slug"], id(OLD_CORR_5): OLD_CORR["slug"]}[id(a)]
TIEU_DIEM = [BY_DATE[D(2025, 6, 2, 15, 15)], BY_DATE[D(2025, 5, 28, 16, 20)],
             [a for a in ARTS if a["cm"] == "tin-tong-hop" and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 1)][0]]


class World:
    def __init__(self, day, frozen=False):
        self.day = day
        self.suspended = day in (3, 4)
        v = {a["oid"]: a for a in ARTS}
        if frozen:                                   # the list as the cache took it, 03/06 10:05
            v[N1_["oid"]] = N1_
        elif day >= 2:
            del v[WITHDRAWN["oid"]]
            v[CORR["oid"]] = CORR_2
            for a in NEW2:
                v[a["oid"]] = a
        if day == 5 and not frozen:
            del v[DELETED["oid"]]
            v[RETITLED["oid"]] = RETITLED_5
            v[OLD_CORR["oid"]] = OLD_CORR_5
            for a in NEW5:
                v[a["oid"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["oid"]), reverse=True)
        self.tieu_diem = [v.get(a["oid"], a) for a in TIEU_DIEM]
        self.frozen = None if frozen or day == 1 else FROZEN

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]


FROZEN = World(2, frozen=True)
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
    return "/bai-viet/%s-%s" % (a["slug"], a["oid"])


def li(a, date=True):
    return '<li><a href="%s">%s</a>%s</li>' % (url(a), x(a["tieu_de"]), ' <span class="time">%s</span>' % ngay(a["ngay"]) if date else "")


def layout(w, title, main, canonical=None, origin="", status=200):
    nav = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (k, x(n)) for k, n, _, _ in SECTIONS)
    moi = "".join(li(a, False) for a in w.arts[:6])
    vb = "".join(li(a) for a in w.in_sec("van-ban")[:5])
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>%s - Huyện ủy Lâm Thao</title>%s<link rel="alternate" type="application/rss+xml" href="/rss" title="Huyện ủy Lâm Thao">'
        '<link rel="stylesheet" href="/stylesheets/style.css"></head><body><div class="wrapper"><header class="header"><a class="logo" href="/">'
        '<img src="/images/logo.png" alt="Huyện ủy Lâm Thao"></a><div class="title-site"><p class="t1">ĐẢNG BỘ TỈNH VĨNH PHÚ</p>'
        '<p class="t2">HUYỆN ỦY LÂM THAO</p></div></header><nav class="menu"><ul><li><a href="/">Trang chủ</a></li>%s'
        '<li><a href="/lich-sinh-hoat?thang=2025-06">Lịch sinh hoạt chi bộ</a></li></ul></nav><div class="container"><div class="main-col">%s</div>'
        '<div class="side-col"><div class="widget"><h4>Tin mới</h4><ul>%s</ul></div><div class="widget"><h4>Văn bản - Thông báo</h4><ul>%s</ul></div>'
        '</div></div><footer class="footer"><p>Trang thông tin điện tử Huyện ủy Lâm Thao. Giấy phép số 12/GP-STTTT.</p><p>Địa chỉ: Khu 7, thị trấn '
        'Lâm Thao, huyện Lâm Thao, tỉnh Vĩnh Phú. Điện thoại: 0210.382.5xxx.</p></footer></div><script src="/javascripts/main.js"></script></body></html>') % (
        x(title), '<link rel="canonical" href="%s%s">' % (origin, canonical) if canonical else "", nav, main, moi, vb)
    return Dapung(body, status, headers=[("X-Powered-By", "Express"), ("X-Powered-By", "Phusion Passenger(R) 6.0.17")])


def teaser(a):
    return ('<div class="post"><a href="%s" class="post-img"><img src="/uploads/%s.jpg" alt=""></a><div class="post-body"><h3><a href="%s">%s</a></h3>'
            '<span class="time">%s %s</span><p>%s</p></div></div>') % (url(a), a["oid"], url(a), x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]), x(a["sapo"]))


def home(tv, w):
    main = '<section class="tieu-diem"><h2>Tiêu điểm</h2>%s</section>' % "".join(teaser(a) for a in w.tieu_diem)
    main += '<section class="tin-moi"><h2>Tin mới</h2><ul>%s</ul></section>' % "".join(li(a) for a in w.arts[:6])
    for k, n, _, _ in SECTIONS[:4]:
        main += '<section class="box"><h2><a href="/chuyen-muc/%s">%s</a></h2><ul>%s</ul></section>' % (k, x(n), "".join(li(a) for a in w.in_sec(k)[:4]))
    return layout(w, "Trang chủ", main, "/", tv.origin)


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("page", 1, 1, 9999) or 1
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    pg = ""
    if pages > 1 and n <= pages:
        cells = ['<a href="?page=%d">&laquo;</a>' % (n - 1)] if n > 1 else []
        cells += ['<a class="active">%d</a>' % i if i == n else '<a href="?page=%d">%d</a>' % (i, i) for i in range(1, pages + 1)]
        cells += ['<a href="?page=%d">&raquo;</a>' % (n + 1)] if n < pages else []
        pg = '<div class="pagination">%s</div>' % "".join(cells)
    body = "".join(teaser(a) for a in chunk) or '<p class="empty">Chưa có bài viết.</p>'
    return layout(w, SECNAME[sec], '<div class="breadcrumb"><a href="/">Trang chủ</a> / %s</div><h1 class="cat-title">%s</h1>%s%s' % (
        x(SECNAME[sec]), x(SECNAME[sec]), body, pg), "/chuyen-muc/" + sec, tv.origin)


def article_html(tv, w, a):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h4>%s</h4>" % x(a["muc"][i]))
        paras.append("<p>%s</p>" % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<figure class="image"><img src="/uploads/%s-1.jpg" alt=""><figcaption>%s</figcaption></figure>' % (a["oid"], x(a["chu_thich"])))
    khac = [b for b in w.in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:5]
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/%s">%s</a></div><article class="post-detail">'
            '<h1 class="post-title">%s</h1><div class="post-meta"><span class="time">%s, %s</span></div>%s<p class="sapo"><b>%s</b></p>'
            '<div class="post-content">%s</div><p class="author" style="text-align:right"><b>%s</b></p></article>'
            '<div class="tin-khac"><h3>Tin khác</h3><ul>%s</ul></div>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join(li(b) for b in khac))
    return layout(w, a["tieu_de"], main, url(a), tv.origin)


def not_found(tv, w):
    return layout(w, "Không tìm thấy", '<div class="error"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p><p><a href="/">Về trang chủ</a></p></div>',
                  status=404)


def calendar(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", "2025-06"))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv, w)
    y, k = int(m.group(1)), int(m.group(2))
    prev = "%d-%02d" % ((y, k - 1) if k > 1 else (y - 1, 12))
    nxt = "%d-%02d" % ((y, k + 1) if k < 12 else (y + 1, 1))
    return layout(w, "Lịch sinh hoạt chi bộ", '<h1>Lịch sinh hoạt chi bộ tháng %d/%d</h1><p><a href="/lich-sinh-hoat?thang=%s">‹ Tháng trước</a> '
                  '<a href="/lich-sinh-hoat?thang=%s">Tháng sau ›</a></p><p>Các chi bộ sinh hoạt định kỳ vào ngày mùng 3 hằng tháng.</p>' % (k, y, prev, nxt))


SUSPENDED_MARK = "This Account has been suspended."
SUSPENDED_HTML = (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>Account Suspended</title>\n'
    '<style>body{font-family:Verdana,Arial,sans-serif;background:#eee;color:#444}div.c{margin:12%% auto;width:560px;background:#fff;'
    'padding:28px 36px;border:1px solid #ccc}</style>\n</head>\n<body>\n<div class="c">\n<h1>%s</h1>\n'
    '<p>Contact your hosting provider for more information.</p>\n</div>\n</body>\n</html>\n' % SUSPENDED_MARK).encode("utf-8")


def suspended(tv):
    """cPanel's suspension: a RewriteRule sends every request of the account to /cgi-sys/suspendedpage.cgi (200, no validators)."""
    return Dapung(SUSPENDED_HTML, 200, "text/html; charset=utf-8", [("Cache-Control", "no-cache")])


def express_etag(body):
    import base64
    import hashlib
    return 'W/"%x-%s"' % (len(body), base64.b64encode(hashlib.sha1(body).digest()).decode("ascii")[:27])


def handle(tv):
    w = W()
    if w.suspended:
        return suspended(tv)
    extra = []
    if w.frozen is not None and tv.path == "/chuyen-muc/" + FROZEN_SEC:
        out = listing(tv, w.frozen, FROZEN_SEC)          # the cached copy (rendered from the 10:05 state)
        age = int((NGAY[w.day] - CACHED_AT).total_seconds())
        extra = [("X-Cache", "HIT"), ("Age", str(age))]
    else:
        out = route(tv, w)
    if out.status == 200 and tv.method in ("GET", "HEAD"):
        etag = express_etag(out.body)
        out.headers += extra + [("ETag", etag)]
        if tv.h("If-None-Match") == etag:
            return Dapung(b"", 304, None, [("X-Powered-By", "Express"), ("ETag", etag)] + extra)
    return out


def route(tv, w):
    p = tv.path
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /admin\nDisallow: /tim-kiem\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p == "/":
        return home(tv, w)
    if p == "/rss":
        return rss(tv.origin, "Huyện ủy Lâm Thao - Tin mới", "/", [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in w.arts[:10]])
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", None, "daily")] + [("/chuyen-muc/" + k, None, "daily") for k, _, _, _ in SECTIONS] +
                      [(url(a), a["sua_luc"], None) for a in w.arts])
    if p == "/lich-sinh-hoat":
        return calendar(tv, w)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in SECNAME:
        return listing(tv, w, m.group(1))
    m = _re.fullmatch(r"/bai-viet/([a-z0-9-]+)-([0-9a-f]{24})", p)
    if m:
        a = w.v.get(m.group(2))
        if a is not None:
            if m.group(1) != a["slug"]:
                return chuyen(url(a), 301)                      # the router finds the ObjectId; the slug is decoration
            return article_html(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Apache")])


# ---------------------------------------------------------------- manifests
_FAMILY = ("In-house Node.js 16 / Express 4 + Pug portal with MongoDB, on a shared cPanel host (Passenger behind Apache; hedged) of a district "
           "Party committee (Huyện ủy Lâm Thao, tỉnh Vĩnh Phú): Express's weak ETag; from day 2 one section's list frozen on a cached copy; "
           "days 3-4 cPanel's 'Account Suspended' page (200) at every address; day 5 back")
_NOTES = ("Articles /bai-viet/<slug>-<ObjectId> (the router reads the id; a wrong slug 301s; the ObjectId's first 8 hex digits are the "
          "document's creation time); section lists /chuyen-muc/<section>?page=N (8 a page, every page number linked, « »; past the end "
          "'Chưa có bài viết', 200); home: 'Tiêu điểm' 3 (hand-picked), 'Tin mới' 6 (every section), a box for four sections (4 each); "
          "sidebar 'Tin mới' 6 and 'Văn bản - Thông báo' 5 on every page; article pages: one captioned figure, 'Tin khác' 5 older items "
          "of the section; /rss (10 newest), /sitemap.xml (every article, lastmod = updatedAt) named in robots.txt; weak ETag W/\"<len>-"
          "<sha1>\" on every 200 and 304 on If-None-Match; a month calendar /lich-sinh-hoat?thang=YYYY-MM forever (trap). Dates 'HH:MM, "
          "dd/mm/yyyy'.")


def _manifest(w):
    if w.suspended:
        return {"family": _FAMILY, "start_urls": ["/"], "articles": {}, "outage": True, "robots_disallowed": [], "trap_prefixes": [],
                "notes": _NOTES + " DAY %d (%s): the hosting account is suspended (since 04/06 09:00): every address — /, the lists, every "
                "article, robots.txt, /sitemap.xml, /rss — answers cPanel's 'Account Suspended' page with status 200; nothing can be "
                "archived." % (w.day, NGAY[w.day].strftime("%d/%m %H:%M"))}
    arts = {url(a): {"title": a["tieu_de"], "aliases": []} for a in w.arts}
    tail = {1: " Day 1 of five (set_day).",
            2: " DAY 2 (04/06 01:52): since 03/06 10:05 every page of the 'Hoạt động cơ sở' list is a cached copy of that moment "
               "(X-Cache: HIT, a growing Age): it still links '%s' (deleted 03/06 15:10, 404) and lacks '%s' (03/06 14:20), which only "
               "the home 'Tin mới', the section's home box, the feed and the sitemap show. Three new articles; a figure silently corrected "
               "in '%s' (sitemap lastmod 03/06 09:20); '%s' withdrawn (404)." % (WITHDRAWN["tieu_de"], N2_["tieu_de"], CORR["tieu_de"],
                                                                              WITHDRAWN["tieu_de"]),
            5: " DAY 5 (23/06 01:58): the account was unsuspended on 13/06 08:30. 14 articles published since the last good run (seven "
               "dated 04/06 - 12/06 and posted on 13/06: their ObjectIds are younger than their dates), six of them in 'Hoạt động cơ sở', "
               "whose list is still the cached copy of 03/06 10:05 (home box, 'Tin mới', feed and sitemap show them); '%s' deleted (404) "
               "and '%s' retitled '%s' — both archived on day 2 and held on days 3 and 4; an old article's figure silently corrected." % (
                   DELETED["tieu_de"], RETITLED["tieu_de"], RETITLED_5["tieu_de"])}[w.day]
    return {"family": _FAMILY, "start_urls": ["/"], "articles": arts, "robots_disallowed": ["/admin", "/tim-kiem"],
            "trap_prefixes": ["/lich-sinh-hoat?"], "notes": _NOTES + tail}


MANIFEST = _manifest(WORLDS[1])
MANIFEST_DAY2 = _manifest(WORLDS[2])
MANIFEST_DAY3 = _manifest(WORLDS[3])
MANIFEST_DAY4 = _manifest(WORLDS[4])
MANIFEST_DAY5 = _manifest(WORLDS[5])


def _href(a):
    return 'href="%s"' % url(a)


def _last(a):
    return a["doan"][-1]


def _first(a):
    return trang_thai(a, _last(a))


SUSP_ANSWER = lambda path: {"path": path, "status": 200, "contains": SUSPENDED_MARK, "expect_headers": {"ETag": None}}
HELD = [a for a in ARTS + NEW2 if a["ngay"] >= cua_so(3) and a is not WITHDRAWN]      # re-checked on day 3, then held: asked again


def _day2():
    w = WORLDS[2]
    out = {}
    for a, how in ((N1_, "in the cached 'Hoạt động cơ sở' list (it was published before 10:05), the home 'Tin mới' and box, the feed, the sitemap"),
                   (N2_, "NOT in the 'Hoạt động cơ sở' list (its cached copy is from 10:05): only the home 'Tin mới', the section's home box, "
                         "the feed and the sitemap"),
                   (N3_, "first of 'Tin tổng hợp', in the home 'Tin mới' and box, the feed, the sitemap")):
        out[url(a)] = muc21(
            "new" if a is not N2_ else "new_not_in_frozen_list", a, True,
            "Published %s, between the day-1 and day-2 runs: %s." % (a["ngay"].strftime("%d/%m %H:%M"), how),
            url(a), first_day=2, first=None, due_by="new", contains=a["doan"][0],
            checks=[{"path": "/", "status": 200, "contains": _href(a)}, {"path": "/rss", "status": 200, "contains": url(a)}] +
                   ([{"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "not_contains": _href(a)}] if a is N2_ else []))
    out[url(CORR)] = muc21(
        "corrected_silent", CORR_2, True,
        "Published 30/05 15:00 (inside day 2's window). A figure of its 2nd paragraph silently corrected on 03/06 09:20 (no note, same "
        "title); the body changed, so the weak ETag changed and the re-check gets the whole new page; the sitemap's lastmod moved. The "
        "record must take the corrected text (a new version).",
        url(CORR), first_day=1, first=trang_thai(CORR, CORR_OLD), due_by="window", changed_on=2, same=url(CORR), contains=CORR_NEW, lacks=CORR_OLD,
        checks=[{"path": url(CORR), "status": 200, "contains": x(CORR_NEW)}],
        noticed_on=[{"path": "/sitemap.xml", "status": 200, "contains": "%s</loc><lastmod>2025-06-03T09:20:00+07:00" % url(CORR)}])
    out[url(WITHDRAWN)] = muc21(
        "withdrawn_404_still_listed", WITHDRAWN, True,
        "Published 02/06 08:00 in 'Hoạt động cơ sở' (inside day 2's window); deleted on 03/06 15:10: its page answers the site's 404. The "
        "section's list is the cached copy of 03/06 10:05 and keeps linking it (days 2 to 5) — a stale link is no evidence of life: keep "
        "the record and its text, mark it withdrawn.",
        None, first_day=1, first=_first(WITHDRAWN), due_by="window", changed_on=2, same=url(WITHDRAWN), withdrawn=True, contains=_last(WITHDRAWN),
        checks=[{"path": url(WITHDRAWN), "status": 404}, {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "contains": _href(WITHDRAWN)}])
    return out


def _suspended_day(n, prev):
    out = {}
    for a in ARTS + NEW2:
        k = url(a)
        if a is WITHDRAWN or a is CORR:
            e = dict(prev[k])
            e.update(due_by="kept", why="Kept from day 2 (%s); day %d the whole account answers cPanel's 'Account Suspended' page (200) at "
                     "every address, this one included: the record keeps what day 2 gave it." % (
                         "withdrawn, its text kept" if a is WITHDRAWN else "the corrected text", n),
                     day2_url=None, checks=[SUSP_ANSWER(k)], shown_on=1 if a is WITHDRAWN else 2)
            e.pop("noticed_on", None)
            e["noticeable"] = False
            e.pop("changed_on", None)
            out[k] = e
            continue
        fd = 2 if a in NEW2 else 1
        held = a in HELD
        how = ("Published %s, inside day 3's re-check window: the run of day 3 re-checks it and meets the page (a short notice where an "
               "article was: held), and asks the address again on day 4%s." % (a["ngay"].strftime("%d/%m %H:%M"), " — the second run in a "
               "row, below the documented three" if n == 4 else "") if held else
               "Published %s, outside the re-check windows: an ordinary run meets the page here only through its rolling re-check." % ngay(a["ngay"]))
        out[k] = muc21(
            "hosting_suspended_200", a, True,
            "Unchanged. Day %d: the hosting account is suspended; cPanel answers every address of the site — home page, lists, robots.txt, "
            "sitemap, feed, this article — with 'Account Suspended' (200, text/html, no validators). %s A hosting provider's page is never an "
            "article and never a withdrawal: one record, not withdrawn, its title, date and text, no new version." % (n, how),
            None, first_day=fd, first=_first(a), due_by="guard", same=k, contains=_last(a), guard=True,
            checks=[SUSP_ANSWER(k), SUSP_ANSWER("/robots.txt")], answer=SUSP_ANSWER(k), held=held)
    return out


def _day5():
    w = WORLDS[5]
    out = {}
    top6 = w.arts[:6]
    rss10 = w.arts[:10]
    for a in NEW5:
        by = ["/sitemap.xml"]
        sec_items = w.in_sec(a["cm"])
        if a["cm"] != FROZEN_SEC:
            by.insert(0, "/chuyen-muc/%s page %d" % (a["cm"], sec_items.index(a) // PER_PAGE + 1))
        if a in top6:
            by.append("home and sidebar 'Tin mới'")
        if a in rss10:
            by.append("/rss")
        if a["cm"] != "van-ban" and a in sec_items[:4]:
            by.append("its section's home box")
        if any(a in [b for b in w.in_sec(c["cm"]) if b["ngay"] < c["ngay"]][:5] for c in sec_items if c is not a):
            by.append("'Tin khác' of a newer article")
        out[url(a)] = muc21(
            "new_after_suspension" if a["cm"] != FROZEN_SEC else "new_after_suspension_frozen_list", a, True,
            "Published %s%s. Day 5 is the first run to see it: %s.%s" % (
                a["ngay"].strftime("%d/%m %H:%M"), " — dated during the suspension, posted when it ended (13/06; its ObjectId says so)"
                if a["ngay"] < UNSUSPENDED else "", ", ".join(by),
                " Its section's list is still the cached copy of 03/06 10:05 and never shows it." if a["cm"] == FROZEN_SEC else ""),
            url(a), first_day=5, first=None, due_by="new", contains=a["doan"][0], reached_by=by,
            checks=[{"path": "/sitemap.xml", "status": 200, "contains": url(a)}] +
                   ([{"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "not_contains": _href(a)}] if a["cm"] == FROZEN_SEC else []))
    for a in HELD:
        k = url(a)
        if a is CORR:
            continue
        fd = 2 if a in NEW2 else 1
        if a is DELETED:
            out[k] = muc21(
                "held_then_withdrawn_404", a, True,
                "Published 03/06 16:00, archived on day 2, held on days 3 and 4 (the suspended page at its address). Deleted on 16/06 (the "
                "same news had been posted twice): day 5 answers the site's 404. Documented: a held address is 'asked again next run' — "
                "the day-5 run asks it (although 03/06 is now outside the 7-day window) and meets a real 404: the record is kept, with its "
                "text, and marked withdrawn.",
                None, first_day=2, first=_first(a), due_by="held", held_since=3, changed_on=5, same=k, withdrawn=True, contains=_last(a),
                checks=[{"path": k, "status": 404}])
        elif a is RETITLED:
            out[k] = muc21(
                "held_then_retitled", RETITLED_5, True,
                "Published 03/06 08:40, archived on day 2, held on days 3 and 4. On 14/06 an editor corrected the commune in its title and "
                "lead (xã Cao Xá -> xã Tứ Xã; same address: the slug is decoration, the ObjectId is the key). The day-5 run asks the held "
                "address again and gets the corrected page; the cached 'Hoạt động cơ sở' list still shows the OLD headline. The record "
                "must take the new title and lead.",
                k, first_day=2, first=trang_thai(RETITLED, RETITLED["sapo"]), due_by="held", held_since=3, changed_on=5, same=k,
                contains=RETITLED_5["sapo"], lacks=RETITLED["sapo"],
                checks=[{"path": k, "status": 200, "contains": x(RETITLED_5["tieu_de"])},
                        {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "contains": x(RETITLED["tieu_de"])}],
                title_first=RETITLED["tieu_de"])
        else:
            out[k] = muc21(
                "held_through_suspension", a, True,
                "Unchanged. Published %s: held on days 3 and 4 (the suspended page), asked again on day 5, answers its article: one record, "
                "not withdrawn, its title, date and text, no version made of the hosting page." % a["ngay"].strftime("%d/%m %H:%M"),
                k, first_day=fd, first=_first(a), due_by="guard", same=k, contains=_last(a), guard=True,
                checks=[{"path": k, "status": 200, "contains": x(_last(a))}])
    out[url(CORR)] = muc21(
        "corrected_silent", CORR_2, True, "Kept from day 2: the corrected text (held on days 3 and 4, unchanged since).",
        url(CORR), first_day=1, first=trang_thai(CORR, CORR_OLD), due_by="kept", same=url(CORR), contains=CORR_NEW, lacks=CORR_OLD,
        checks=[{"path": url(CORR), "status": 200, "contains": x(CORR_NEW)}])
    out[url(WITHDRAWN)] = muc21(
        "withdrawn_404_still_listed", WITHDRAWN, True,
        "Kept from day 2: withdrawn, its text kept. Day 5 the cached 'Hoạt động cơ sở' list still links it and it still answers 404.",
        None, first_day=1, first=_first(WITHDRAWN), due_by="kept", same=url(WITHDRAWN), withdrawn=True, contains=_last(WITHDRAWN),
        checks=[{"path": url(WITHDRAWN), "status": 404}, {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "contains": _href(WITHDRAWN)}])
    out[url(OLD_CORR)] = muc21(
        "old_corrected_silent", OLD_CORR_5, False,
        "Published %s, long outside every re-check window; a figure silently corrected on 18/06 (sitemap lastmod 18/06 11:00, nothing in "
        "any list). An ordinary run re-checks it only when its rolling re-check reaches it: the corrected text or the day-1 text are both "
        "acceptable, never a second record." % ngay(OLD_CORR["ngay"]),
        url(OLD_CORR), first_day=1, first=trang_thai(OLD_CORR, OC_OLD), due_by="rolling", changed_on=5, same=url(OLD_CORR), contains=OC_NEW,
        lacks=OC_OLD, checks=[{"path": url(OLD_CORR), "status": 200, "contains": x(OC_NEW)}])
    return out


_D2 = _day2()
_D3 = _suspended_day(3, _D2)
_D4 = _suspended_day(4, _D3)
_a0 = BY_DATE[D(2025, 6, 2, 15, 15)]
_n1 = N1_
SELFTEST = [
    {"path": url(_a0), "status": 200, "expect_headers": {"Last-Modified": None}},
    {"path": "/bai-viet/sai-duong-dan-%s" % _a0["oid"], "status": 301, "location": url(_a0)},
    {"path": "/chuyen-muc/tin-tong-hop?page=99", "status": 200, "contains": "Chưa có bài viết."},
    {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "expect_headers": {"X-Cache": None}},
    {"path": "/robots.txt", "status": 200, "contains": "Sitemap: http://"},
]
SELFTEST_DAY2 = [
    {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "expect_headers": {"X-Cache": "HIT", "Age": str(int((NGAY[2] - CACHED_AT).total_seconds()))},
     "contains": _href(_n1), "not_contains": _href(N2_)},
    {"path": "/chuyen-muc/%s?page=2" % FROZEN_SEC, "status": 200, "expect_headers": {"X-Cache": "HIT"}},
    {"path": "/", "status": 200, "contains": _href(N2_)},
    {"path": url(WITHDRAWN), "status": 404},
]
SELFTEST_DAY3 = SELFTEST_DAY4 = [SUSP_ANSWER("/"), SUSP_ANSWER("/robots.txt"), SUSP_ANSWER("/sitemap.xml"), SUSP_ANSWER("/rss"),
                                 SUSP_ANSWER(url(_a0)), SUSP_ANSWER("/cgi-sys/suspendedpage.cgi"),
                                 {"path": url(_a0), "status": 200, "headers": {"If-None-Match": 'W/"1f2e-abc"'}, "contains": SUSPENDED_MARK}]
SELFTEST_DAY5 = [
    {"path": "/chuyen-muc/" + FROZEN_SEC, "status": 200, "expect_headers": {"X-Cache": "HIT", "Age": str(int((NGAY[5] - CACHED_AT).total_seconds()))},
     "contains": _href(WITHDRAWN), "not_contains": _href(NEW5[0])},
    {"path": url(DELETED), "status": 404},
    {"path": "/rss", "status": 200, "not_contains": url(NEW5[-1])},
    {"path": url(_a0), "status": 200, "contains": x(_last(_a0))},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<section>[?page=N] -> /bai-viet/<slug>-<ObjectId>", "/rss -> /bai-viet/...", "robots.txt -> /sitemap.xml -> /bai-viet/..."],
    "alias_kinds": ["none (a wrong slug before the ObjectId 301s to the right one; nothing links one)"],
    "quirks": ["weak ETag (Express), 304 on If-None-Match, no Last-Modified", "ObjectId addresses (creation time inside)",
               "month-calendar trap /lich-sinh-hoat?thang=YYYY-MM",
               "DAYS 2-5: the 'Hoạt động cơ sở' list is a cached copy of 03/06 10:05 (X-Cache: HIT): a deleted article linked, newer ones missing",
               "DAYS 3-4: cPanel's 'Account Suspended' page, 200, at every address",
               "DAY 5: back; 14 new (7 backdated), a held article deleted, a held article retitled, an old article corrected"],
    "not_articles": [], "not_articles_day2": [url(WITHDRAWN)], "not_articles_day3": [url(WITHDRAWN), url(_a0)],
    "not_articles_day4": [url(WITHDRAWN), url(_a0)], "not_articles_day5": [url(WITHDRAWN), url(DELETED)],
    "clock": clock(),
    "validators": "weak ETag W/\"<len hex>-<sha1 base64, 27>\" of the body on every 200, 304 on If-None-Match; the cached list keeps the "
                  "ETag of its frozen body; the suspended page has none",
    "notice_markers": ["Account Suspended", SUSPENDED_MARK, "Contact your hosting provider for more information."],
    "timeline": {
        "1": "ordinary (66 articles, 10 published in the week before)",
        "2": "ordinary day (3 new, a silent correction, a withdrawal) + the 'Hoạt động cơ sở' list frozen on its copy of 03/06 10:05",
        "3": "hosting account suspended: cPanel's page (200) at every address",
        "4": "still suspended (the second run in a row)",
        "5": "back since 13/06 08:30: 14 new (6 in the frozen section), a held article deleted, one retitled, an old one corrected",
    },
    "day2": _D2, "day3": _D3, "day4": _D4, "day5": _day5(),
}
