"""Blind replica, set 19 A: Đảng ủy Khối các cơ quan tỉnh Hà Tuyên on an in-house CodeIgniter 3.1 portal (PHP 7.2, Apache 2.4;
local vendor, Bootstrap 3 theme, hedged).  Every dynamic answer carries Last-Modified = the time of the request and no ETag,
with PHP's session no-cache headers, and ignores conditional requests (never a 304).  Day 2 is an ordinary day of an
incremental crawl: five new articles (one BACKDATED two days so it sorts below archived items, two in a chuyên đề section
that appears in the menu overnight and is kept out of 'Tin mới' and the RSS), a retitle, a date correction, a 'Đính chính'
note and a withdrawal that redirects to the home page among the recent articles, links to unchanged articles in another
case and with a trailing slash, and two edits of old articles.  Stdlib only; see README.md."""
# ==== KERNEL BEGIN (sites19 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 19 kernel: set 18's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers) and
# generator (SoanTin) with a NEW vocabulary (Đảng ủy Khối các cơ quan tỉnh, Ban Tổ chức Tỉnh ủy, Tỉnh ủy) and two additions:
# a publication calendar with a realistic spread (lich_dang: a few items a day in the last week, fewer further back) and
# the item sections of the newest items fixed by the site (cm_dau).  Body styles as in set 18: 'bai' (news: sapo + 4-5
# paragraphs), 'dai' (study: sapo + numbered headings), 'thongbao' (notice: number + 3 paragraphs).
# Set 19 sites have TWO days like sets 17-18: day 1 is Monday 16/06/2025 09:40 (UTC+7), day 2 Tuesday 17/06/2025 09:40.
# No clock: every time a module prints or sends is derived from those two constants.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 6, 16, 9, 40)          # day 1, local time (Asia/Ho_Chi_Minh)
NGAY_HAI = _dt.datetime(2025, 6, 17, 9, 40)         # day 2, local time
TEN_THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_LY_DO = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request",
          403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 410: "Gone", 500: "Internal Server Error"}


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


# ---------------------------------------------------------------- seeded newsroom (set 19 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh",
       "Lương", "Quách", "Tôn", "Võ", "Huỳnh")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Hữu", "Đức", "Ngọc", "Xuân", "Thu", "Bảo", "Công")
_TEN = ("An", "Bằng", "Chiến", "Dũng", "Giang", "Hà", "Hiền", "Khánh", "Lâm", "Luyến", "Mạnh", "Nga", "Oanh", "Phong",
        "Quyết", "Sinh", "Tâm", "Thắng", "Thoa", "Tuấn", "Uyên", "Việt", "Yên", "Hoan")
_SO = ("Tài chính", "Nội vụ", "Xây dựng", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương", "Nông nghiệp và Môi trường")
_CQC = ("Văn phòng UBND tỉnh", "Kho bạc Nhà nước tỉnh", "Bảo hiểm xã hội tỉnh", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp",
        "Cục Thống kê tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Trường Chính trị tỉnh")
_CHUC = ("Bí thư Đảng ủy Khối các cơ quan tỉnh", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh",
         "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy",
         "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Bí thư Huyện ủy {H}", "Chủ tịch UBND huyện {H}", "Trưởng Ban Tổ chức Huyện ủy {H}",
         "Bí thư Đảng ủy xã {X}", "Giám đốc Sở {S}", "Bí thư Chi bộ {C}", "Chánh Văn phòng Tỉnh ủy")
_DON_VI = ("Đảng bộ Sở {S}", "Chi bộ {C}", "Huyện ủy {H}", "Đảng ủy xã {X}", "Ban Tổ chức Huyện ủy {H}", "Đảng bộ Công an huyện {H}",
           "Chi bộ thôn {A}", "Đảng ủy thị trấn {X}")
_CO_QUAN = ("Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh", "Ủy ban Kiểm tra Tỉnh ủy",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy", "UBND tỉnh", "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Sở Nội vụ",
            "Văn phòng Tỉnh ủy")
CHU_DE = {
    "xay-dung-dang": ("Xây dựng Đảng", ("kết nạp đảng viên mới", "sinh hoạt chi bộ định kỳ", "chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030")),
    "to-chuc": ("Tổ chức bộ máy", ("sắp xếp tổ chức bộ máy", "kiện toàn cấp ủy sau hợp nhất", "bố trí cán bộ dôi dư sau sắp xếp")),
    "can-bo": ("Công tác cán bộ", ("quy hoạch cán bộ", "đánh giá, xếp loại chất lượng đảng viên", "luân chuyển cán bộ")),
    "bvct": ("Bảo vệ chính trị nội bộ", ("bảo vệ chính trị nội bộ", "thẩm định tiêu chuẩn chính trị", "quản lý hồ sơ đảng viên")),
    "chuyen-doi-so": ("Chuyển đổi số", ("chuyển đổi số trong cơ quan đảng", "ứng dụng Sổ tay đảng viên điện tử", "số hóa hồ sơ, tài liệu")),
    "cai-cach": ("Cải cách hành chính", ("cải cách thủ tục hành chính", "nâng cao chỉ số hài lòng của người dân", "xây dựng chính quyền điện tử")),
    "dan-van": ("Dân vận", ("công tác dân vận khéo", "thực hiện quy chế dân chủ ở cơ sở", "xây dựng nông thôn mới")),
    "tu-tuong": ("Tư tưởng", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "bảo vệ nền tảng tư tưởng của Đảng", "định hướng dư luận xã hội")),
    "kinh-te": ("Kinh tế", ("thu hút đầu tư", "phát triển kinh tế biển", "giải ngân vốn đầu tư công")),
}
_KHUON = {
    "khoi": ["{D} tập trung {v}", "Đảng ủy Khối các cơ quan tỉnh kiểm tra {v} tại {D}", "Đồng chí {chuc} chủ trì hội nghị về {v}",
             "{n} đảng viên khối cơ quan tham gia {v}", "Chi bộ {C} nâng cao chất lượng {v}", "Sơ kết {v} ở các đảng bộ cơ sở khối cơ quan",
             "{D}: kết quả {v} 6 tháng đầu năm 2025", "Hội nghị chuyên đề về {v} tại huyện {H}"],
    "tochuc": ["Ban Tổ chức Tỉnh ủy hướng dẫn {v}", "{cq} làm việc với {D} về {v}", "Thẩm định đề án {v} tại huyện {H}",
               "Đồng chí {chuc} kiểm tra {v} ở huyện {H}", "{D} hoàn thành {v}", "Huyện {H} với {v}",
               "Tập huấn nghiệp vụ {v} cho cán bộ cơ sở", "{n} cán bộ huyện {H} tham gia {v}"],
    "tinhuy": ["Thường trực Tỉnh ủy làm việc với {D} về {v}", "Ban Thường vụ Tỉnh ủy cho ý kiến về {v}",
               "Đồng chí {chuc} dự hội nghị {v} tại huyện {H}", "Huyện {H}: {v} đạt nhiều kết quả", "Tỉnh ủy chỉ đạo đẩy mạnh {v}",
               "{n} tổ chức cơ sở đảng tham gia {v}", "Huyện {H} tập trung {v}", "{D} triển khai {v}"],
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
                                                       C=r.choice(_CQC))
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


def muc(kind, a, due, why, day2_url, withdrawn=False, same=None, contains=None, lacks=None, checks=(), noticed_on=(),
        day1=None, guard=False, published=None, **extra):
    """One SUMMARY["day2"] entry (set 19 shape: set 18's plus due, noticeable, noticed_on, day1, guard)."""
    e = {"kind": kind, "due": due, "noticeable": bool(noticed_on),
         "expect": {"title": a["tieu_de"], "published": (published or a["ngay"]).strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                    "same_record_as": same, "body_contains": contains, "body_lacks": lacks},
         "why": why, "day2_url": day2_url, "checks": list(checks)}
    if noticed_on:
        e["noticed_on"] = list(noticed_on)
    if day1:
        e["day1"] = day1
    if guard:
        e["guard"] = True
    e.update(extra)
    return e
# ==== KERNEL END ====

SITE = "Đảng ủy Khối các cơ quan tỉnh Hà Tuyên"
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 4, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", 3, "bai"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "dai"),
    ("guong-dien-hinh", "Gương điển hình tiên tiến", 1, "bai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
CHUYEN_DE = ("chao-mung-dai-hoi", "Chào mừng Đại hội Đảng bộ Khối lần thứ VII")
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
SECNAME[CHUYEN_DE[0]] = CHUYEN_DE[1]
NEWS = ("tin-hoat-dong", "xay-dung-dang", "nghien-cuu-trao-doi", "guong-dien-hinh")      # 'Tin mới' and the home boxes
HUYEN = ["Hàm Yên", "Chiêm Hóa", "Na Hang", "Yên Sơn", "Sơn Dương", "Vị Xuyên", "Bắc Quang", "Hoàng Su Phì"]
XA = ["Tân Thành", "Phúc Ninh", "Kim Quan", "Trung Hà", "Yên Nguyên", "Thượng Lâm"]
AP = ["Nà Mỏ", "Khuôn Điển", "Bản Pài", "Làng Chùa", "Đồng Cọ", "Nà Héc"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /application/\nDisallow: /system/\nDisallow: /tim-kiem\n"
D = _dt.datetime

# the last week as the site posted it (day 1 = Monday 16/06/2025 09:40), then older items thinning out back to 09/2024
_GAN = [(D(2025, 6, 16, 9, 15), "xay-dung-dang"), (D(2025, 6, 16, 8, 50), "tin-hoat-dong"), (D(2025, 6, 16, 7, 45), "tin-hoat-dong"),
        (D(2025, 6, 15, 16, 20), "tin-hoat-dong"), (D(2025, 6, 15, 9, 10), "xay-dung-dang"), (D(2025, 6, 14, 17, 5), "tin-hoat-dong"),
        (D(2025, 6, 14, 10, 30), "xay-dung-dang"), (D(2025, 6, 14, 8, 15), "thong-bao"), (D(2025, 6, 13, 16, 40), "tin-hoat-dong"),
        (D(2025, 6, 13, 14, 10), "xay-dung-dang"), (D(2025, 6, 13, 7, 15), "tin-hoat-dong"), (D(2025, 6, 12, 15, 30), "guong-dien-hinh"),
        (D(2025, 6, 12, 10, 5), "tin-hoat-dong"), (D(2025, 6, 12, 8, 20), "nghien-cuu-trao-doi"), (D(2025, 6, 11, 16, 55), "tin-hoat-dong"),
        (D(2025, 6, 11, 11, 30), "xay-dung-dang"), (D(2025, 6, 11, 7, 50), "tin-hoat-dong"), (D(2025, 6, 10, 15, 45), "thong-bao"),
        (D(2025, 6, 10, 10, 50), "tin-hoat-dong")]
_GAN.sort(reverse=True)                                  # newest first, like the calendar lich_dang returns
_s = SoanTin(19101, 72, [(k, w, "khoi", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=2400, buoc=3, nguon="ĐUK",
             chu_de=["xay-dung-dang", "can-bo", "chuyen-doi-so", "cai-cach", "tu-tuong"],
             lich=lich_dang(19101, 72, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    a["xem2"] = a["xem"] + 4 + (a["id"] * 7) % 37                 # the view counter moves overnight
BY_DATE = {a["ngay"]: a for a in ARTS}


def slug_of(a):
    return duong_dan(a["tieu_de"], 80)


# ---------------------------------------------------------------- what happens between the two crawls
# (1) retitled (13/06 14:10): the title named the wrong unit
RETITLED = BY_DATE[D(2025, 6, 13, 14, 10)]
RETITLED["tieu_de"] = "Kiểm tra công tác chuẩn bị đại hội tại Đảng bộ Sở Tư pháp"
RETITLED["sapo"] = "(ĐUK) - Sáng 13/6, Đoàn kiểm tra số 3 của Đảng ủy Khối các cơ quan tỉnh kiểm tra công tác chuẩn bị đại hội nhiệm kỳ 2025 - 2030 tại Đảng bộ Sở Tư pháp."
RETITLED_2 = dict(RETITLED, tieu_de="Kiểm tra công tác chuẩn bị đại hội tại Đảng bộ Sở Tài chính",
                  sapo=RETITLED["sapo"].replace("Sở Tư pháp", "Sở Tài chính"))
# (2) date corrected: printed 13/06/2025 07:15 on day 1, the true time (set on 16/06 15:40) is 12/06/2025 17:15
DATE_FIX = BY_DATE[D(2025, 6, 13, 7, 15)]
DATE_FIX_TRUE = D(2025, 6, 12, 17, 15)
# (3) 'Đính chính' appended (14/06 10:30): the figure of paragraph 2 corrected, the note says so
DINH_CHINH = BY_DATE[D(2025, 6, 14, 10, 30)]
_dc, DC_OLD, DC_NEW = sua_so(DINH_CHINH, 1)
DC_NOTE = ("Đính chính: Bài viết đăng ngày 14/6/2025 đã ghi nhầm số chỉ tiêu đạt được ở đoạn thứ hai; số liệu đúng đã được sửa lại "
           "trong bài. Ban Biên tập xin đính chính và cáo lỗi cùng bạn đọc.")
DINH_CHINH_2 = dict(DINH_CHINH, doan=_dc + [DC_NOTE])
# (4) withdrawn on 16/06 18:00: the CodeIgniter controller redirects a missing id to the home page (302)
WITHDRAWN = BY_DATE[D(2025, 6, 15, 9, 10)]
# (5) unchanged articles linked by new addresses on day 2
CASE_LINKED = BY_DATE[D(2025, 6, 12, 10, 5)]          # home 'Tiêu điểm': /Tin-hoat-dong/<id>-<slug>.html
SLASH_LINKED = BY_DATE[D(2025, 6, 11, 11, 30)]        # chuyên đề 'Bài viết liên quan': <url>/
DROPPED = BY_DATE[D(2025, 6, 11, 7, 50)]              # 9th of 'Tin hoạt động' on day 1, 11th (page 2) on day 2
# (6) two edits of OLD articles (outside the 7-day re-check window)
OLD_RETITLED = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and D(2025, 3, 1) < a["ngay"] < D(2025, 3, 31)][0]
OLD_RETITLED["tieu_de"] = "Hội nghị quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên"
OLD_RETITLED_2 = dict(OLD_RETITLED, tieu_de="Hội nghị quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới")
OLD_SILENT = [a for a in ARTS if a["cm"] == "xay-dung-dang" and a["kieu"] == "bai" and D(2025, 1, 10) < a["ngay"] < D(2025, 2, 28)][0]
_os, OS_OLD, OS_NEW = sua_so(OLD_SILENT, 1)
OLD_SILENT_2 = dict(OLD_SILENT, doan=_os)
TIEU_DIEM_1 = [OLD_RETITLED, [a for a in ARTS if D(2025, 5, 1) < a["ngay"] < D(2025, 5, 31) and a["cm"] == "guong-dien-hinh"][0],
               BY_DATE[D(2025, 6, 14, 17, 5)], BY_DATE[D(2025, 6, 16, 8, 50)]]
for a in ARTS:
    a["slug"] = slug_of(a)
for b in (RETITLED_2, DINH_CHINH_2, OLD_RETITLED_2, OLD_SILENT_2):
    b["slug"] = [a for a in ARTS if a["id"] == b["id"]][0]["slug"]     # CodeIgniter keeps the slug of the first save

# new articles (day 2)
_n = SoanTin(19102, 5, [(k, w, "khoi", kieu) for k, _, w, kieu in SECTIONS if kieu == "bai"], HUYEN, XA, AP, id_dau=2640, buoc=3,
             nguon="ĐUK", chu_de=["xay-dung-dang", "can-bo", "cai-cach"]).items
NEW1, NEW2, BACKDATED, CD1, CD2 = _n
NEW1.update(cm="tin-hoat-dong", ngay=D(2025, 6, 16, 14, 20), id=2861)
NEW2.update(cm="xay-dung-dang", ngay=D(2025, 6, 17, 8, 10), id=2870)
BACKDATED.update(cm="tin-hoat-dong", ngay=D(2025, 6, 15, 7, 30), id=2868, live=D(2025, 6, 17, 7, 5),
                 tieu_de="Đoàn viên thanh niên khối cơ quan tỉnh ra quân Ngày Chủ nhật xanh",
                 sapo="(ĐUK) - Sáng 15/6, Đoàn Khối các cơ quan tỉnh phối hợp với Đảng ủy xã Phúc Ninh tổ chức ra quân Ngày Chủ nhật xanh tại thôn Nà Mỏ.")
CD1.update(cm=CHUYEN_DE[0], ngay=D(2025, 6, 16, 16, 30), id=2864,
           tieu_de="Kế hoạch tuyên truyền Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ VII, nhiệm kỳ 2025 - 2030")
CD2.update(cm=CHUYEN_DE[0], ngay=D(2025, 6, 17, 8, 30), id=2871,
           tieu_de="Đảng bộ Khối các cơ quan tỉnh: những dấu ấn nhiệm kỳ 2020 - 2025")
NEWS2 = [NEW1, NEW2, BACKDATED, CD1, CD2]
for i, a in enumerate(NEWS2):
    a["slug"] = slug_of(a)
    a["xem"] = a["xem2"] = (41, 12, 9, 57, 6)[i]
TIEU_DIEM_2 = [OLD_RETITLED_2, CASE_LINKED, BY_DATE[D(2025, 6, 16, 8, 50)], NEW1]
DEAD_LINK = "/tin-hoat-dong/1987-hoi-nghi-bao-cao-vien-khoi-cac-co-quan-thang-4-2024.html"     # pasted 'Xem thêm:' (deleted long ago)
DEAD_HOST = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and a["ngay"] < D(2024, 12, 1)][0]


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else NGAY_HAI
        v = {a["id"]: a for a in ARTS}
        if day == 2:
            del v[WITHDRAWN["id"]]
            v[RETITLED["id"]] = RETITLED_2
            v[DATE_FIX["id"]] = dict(DATE_FIX, ngay=DATE_FIX_TRUE)
            v[DINH_CHINH["id"]] = DINH_CHINH_2
            v[OLD_RETITLED["id"]] = OLD_RETITLED_2
            v[OLD_SILENT["id"]] = OLD_SILENT_2
            for a in NEWS2:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.menu = [k for k, _, _, _ in SECTIONS] + ([CHUYEN_DE[0]] if day == 2 else [])
        self.tieu_diem = TIEU_DIEM_1 if day == 1 else [v[a["id"]] for a in TIEU_DIEM_2]

    def views(self, a):
        return a["xem"] if self.day == 1 else a["xem2"]

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]

    def news(self):
        return [a for a in self.arts if a["cm"] in NEWS]


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Monday 16/06/2025 09:40) or day 2 (Tuesday 17/06/2025 09:40)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def url(a):
    return "/%s/%d-%s.html" % (a["cm"], a["id"], a["slug"])


def ci_url(a):
    return "/tin_tuc/chi_tiet/%d" % a["id"]             # CodeIgniter's default controller/method route (the RSS uses it)


CASE_URL = "/Tin-hoat-dong/%d-%s.html" % (CASE_LINKED["id"], CASE_LINKED["slug"])
SLASH_URL = url(SLASH_LINKED) + "/"


def stamp(a):
    return "%s, %s %s" % (thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]))


def moi_lan(tv, out):
    """CodeIgniter + PHP sessions: a ci_session cookie, the session no-cache trio and Last-Modified = NOW on every dynamic answer."""
    if getattr(out, "static", False):
        return []
    w = W()
    sid = "".join("%02x" % ((ord(c) * 31 + i * 7 + w.day) % 256) for i, c in enumerate((tv.path + "ci-session-hatuyen")[:20]))
    return [("Set-Cookie", "ci_session=%s; expires=%s; Max-Age=7200; path=/; HttpOnly" % (sid, http_date(w.now + _dt.timedelta(hours=2)))),
            ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
            ("Last-Modified", http_date(w.now))]


def shell(tv, w, title, main, canonical=None, status=200):
    nav = "".join('<li><a href="/%s">%s</a></li>' % (k, x(SECNAME[k])) for k in w.menu)
    moi = "".join('<li><a href="%s">%s</a> <span class="small">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in w.news()[:5])
    tb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.in_sec("thong-bao")[:4])
    top = sorted(w.arts, key=lambda a: (w.views(a), a["id"]), reverse=True)[:5]
    xn = "".join('<li><a href="%s">%s</a> <span class="badge">%d</span></li>' % (url(a), x(a["tieu_de"]), w.views(a)) for a in top)
    return Dapung(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>%s - %s</title>%s<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss">'
        '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css?v=1.3"></head><body>'
        '<div id="header" class="container"><a href="/"><img src="/assets/images/banner-dukcq.jpg" alt="ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH HÀ TUYÊN"></a></div>'
        '<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li>%s'
        '<li><a href="/lich-cong-tac">Lịch công tác</a></li></ul><form class="navbar-form navbar-right" action="/tim-kiem" method="get">'
        '<input type="text" name="tu_khoa" class="form-control" placeholder="Tìm kiếm..."></form></div></nav>'
        '<div class="container"><div class="row"><div class="col-md-8">%s</div><div class="col-md-4">'
        '<div class="panel panel-default"><div class="panel-heading">Tin mới</div><ul class="list-unstyled">%s</ul></div>'
        '<div class="panel panel-default"><div class="panel-heading">Thông báo</div><ul class="list-unstyled">%s</ul></div>'
        '<div class="panel panel-default"><div class="panel-heading">Xem nhiều</div><ul class="list-unstyled">%s</ul></div>'
        '<div class="panel panel-default"><div class="panel-heading">Liên kết</div><ul class="list-unstyled">'
        '<li><a href="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://hatuyen.example/">Cổng TTĐT tỉnh</a></li></ul></div>'
        '</div></div></div><footer class="container"><p>Cơ quan chủ quản: Đảng ủy Khối các cơ quan tỉnh Hà Tuyên. Địa chỉ: số 12 đường 17/8, '
        'thị xã Tuyên Quang. Điện thoại: 0207.3822.415.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>'
        '<script src="/assets/js/jquery.min.js"></script></body></html>' % (
            x(title), x(SITE), '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else "", nav, main, moi, tb, xn), status)


def item(w, a, lead=True):
    return ('<div class="media"><a class="pull-left" href="%s"><img class="media-object" src="/uploads/tin-tuc/%d/thumb.jpg" alt=""></a>'
            '<div class="media-body"><h3 class="media-heading"><a href="%s">%s</a></h3><p class="date">%s %s | Lượt xem: %d</p>%s</div></div>') % (
        url(a), a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), w.views(a), "<p>%s</p>" % x(a["sapo"]) if lead else "")


def home(tv, w):
    main = '<div class="tieu-diem"><h2>Tiêu điểm</h2><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a></li>' % (CASE_URL if a is CASE_LINKED else url(a), x(a["tieu_de"])) for a in w.tieu_diem)
    if w.day == 2:
        main += ('<div class="banner-dai-hoi"><a href="/%s"><img src="/uploads/banner/dai-hoi-vii.jpg" alt="Chào mừng Đại hội đại biểu '
                 'Đảng bộ Khối các cơ quan tỉnh lần thứ VII, nhiệm kỳ 2025 - 2030"></a></div>' % CHUYEN_DE[0])
    main += '<div class="tin-moi"><h2>Tin mới</h2>%s</div>' % "".join(item(w, a) for a in w.news()[:6])
    main += "".join('<div class="box-cat"><h2><a href="/%s">%s</a></h2><ul>%s</ul></div>' % (
        k, x(SECNAME[k]), "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in w.in_sec(k)[:4]))
        for k in NEWS)
    return shell(tv, w, "Trang chủ", main, "/")


def pager(base, page, pages):
    if pages <= 1:
        return ""

    def href(n):
        return base if n == 1 else "%s/%d" % (base, (n - 1) * PER_PAGE)
    out = []
    if page > 1:
        out.append('<li><a href="%s">&lsaquo; Đầu</a></li><li><a href="%s">&lt;</a></li>' % (href(1), href(page - 1)))
    for n in range(max(1, page - 2), min(pages, page + 2) + 1):
        out.append('<li class="active"><span>%d</span></li>' % n if n == page else '<li><a href="%s">%d</a></li>' % (href(n), n))
    if page < pages:
        out.append('<li><a href="%s">&gt;</a></li><li><a href="%s">Cuối &rsaquo;</a></li>' % (href(page + 1), href(pages)))
    return '<ul class="pagination">%s</ul>' % "".join(out)


def listing(tv, w, sec, offset):
    items = w.in_sec(sec)
    chunk = items[offset:offset + PER_PAGE]
    pages = max(1, -(-len(items) // PER_PAGE))
    page = offset // PER_PAGE + 1
    base = "/" + sec
    body = "".join(item(w, a) for a in chunk) or '<p class="empty">Không có tin bài nào.</p>'
    extra = ""
    if sec == CHUYEN_DE[0]:
        extra = ('<div class="chuyen-de-head"><img src="/uploads/banner/dai-hoi-vii.jpg" alt=""><p>Chuyên trang tuyên truyền Đại hội đại biểu '
                 'Đảng bộ Khối các cơ quan tỉnh lần thứ VII, nhiệm kỳ 2025 - 2030.</p></div>')
        body += ('<div class="lien-quan"><h3>Bài viết liên quan</h3><ul><li><a href="%s">%s</a></li>'
                 '<li><a href="https://dangcongsan.example/dai-hoi-dang-bo-cac-cap">Đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng</a></li></ul></div>' % (
                     SLASH_URL, x(SLASH_LINKED["tieu_de"])))
    return shell(tv, w, SECNAME[sec], '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol>'
                 '<h1 class="cat-title">%s</h1>%s%s%s' % (x(SECNAME[sec]), x(SECNAME[sec]), extra, body, pager(base, page, pages)),
                 base + ("/%d" % offset if offset else ""))


def article(tv, w, a):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<p><strong>%s</strong></p>" % x(a["muc"][i]))
        if p == DC_NOTE:
            paras.append('<p style="text-align: justify;"><em>%s</em></p>' % x(p))
        else:
            paras.append('<p style="text-align: justify;">%s</p>' % x(p))
    if a.get("chu_thich"):
        paras.insert(1, '<figure class="image"><img src="/uploads/tin-tuc/%d/anh-1.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
            a["id"], x(a["chu_thich"])))
    if a is DEAD_HOST:
        paras.append('<p>Xem thêm: <a href="%s">Hội nghị báo cáo viên Khối các cơ quan tháng 4/2024</a></p>' % DEAD_LINK)
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:5]
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/%s">%s</a></li></ol><div class="news-detail">'
            '<h1 class="news-title">%s</h1><div class="news-meta"><span class="date">%s</span> | <span class="view">Lượt xem: %d</span></div>'
            '%s<div class="news-sapo"><strong>%s</strong></div><div class="news-content">%s</div>'
            '<p class="news-author" style="text-align: right;"><strong>%s</strong></p></div>'
            '<div class="news-other"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), stamp(a), w.views(a),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a))


def calendar(tv, w, y, wk):
    if not 1 <= wk <= 53 or not 1990 <= y <= 2100:
        return not_found(tv, w)
    prev = (y, wk - 1) if wk > 1 else (y - 1, 52)
    nxt = (y, wk + 1) if wk < 52 else (y + 1, 1)
    return shell(tv, w, "Lịch công tác", '<h1>Lịch công tác tuần %d năm %d</h1><p><a href="/lich-cong-tac/%d/%d">« Tuần trước</a> | '
                 '<a href="/lich-cong-tac/%d/%d">Tuần sau »</a></p><table class="table"><tr><td>Chưa cập nhật lịch công tác.</td></tr></table>' % (
                     wk, y, prev[0], prev[1], nxt[0], nxt[1]), "/lich-cong-tac")


def not_found(tv, w):
    return shell(tv, w, "404 Page Not Found", '<div class="alert alert-warning"><h1>404 Page Not Found</h1>'
                 '<p>The page you requested was not found.</p></div>', status=404)


def rss_feed(tv, w):
    items = [a for a in w.arts if a["cm"] in NEWS or a["cm"] == "thong-bao"][:15]
    return rss(tv.origin, "%s - Tin mới" % SITE, "/", [(a["tieu_de"], ci_url(a), a["ngay"], a["sapo"]) for a in items])


def handle(tv):
    w = W()
    p = tv.path
    if p == "/robots.txt":
        out = van_ban(ROBOTS, headers=[("Last-Modified", "Wed, 11 Oct 2023 03:12:40 GMT"), ("ETag", '"5e-6076f1b2a4e00"'), ("Accept-Ranges", "bytes")])
        out.static = True
        return out
    p2 = p.rstrip("/") or "/"                        # CI3's URI class trims the slashes around the URI string
    if p2 == "/":
        return home(tv, w)
    if p2 == "/rss":
        return rss_feed(tv, w)
    if p2 == "/lich-cong-tac":
        return calendar(tv, w, 2025, w.now.isocalendar()[1])
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4})/(\d{1,2})", p2)
    if m:
        return calendar(tv, w, int(m.group(1)), int(m.group(2)))
    m = _re.fullmatch(r"/([a-z-]+)(?:/(\d{1,5}))?", p2)
    if m and m.group(1) in w.menu:
        return listing(tv, w, m.group(1), int(m.group(2) or 0))
    m = _re.fullmatch(r"/[^/]+/(\d{1,6})-[^/]+\.html", p2) or _re.fullmatch(r"/tin_tuc/chi_tiet/(\d{1,6})", p2)
    if m:
        a = w.v.get(int(m.group(1)))
        if a is None:
            return chuyen(tv.origin + "/", 302)      # redirect(base_url()) when the id is not (or no longer) published
        return article(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Apache/2.4.6 (CentOS) PHP/7.2.24"), ("X-Powered-By", "PHP/7.2.24")], moi_lan)

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {}
    for a in w.arts:
        al = [ci_url(a)]
        if w.day == 2 and a is CASE_LINKED:
            al.append(CASE_URL)
        if w.day == 2 and a is SLASH_LINKED:
            al.append(SLASH_URL)
        arts[url(a)] = {"title": a["tieu_de"], "aliases": al}
    return {
        "family": "In-house CodeIgniter 3.1 portal (PHP 7.2, Apache 2.4; local vendor, Bootstrap 3 theme, hedged) of a provincial Party "
                  "committee of agencies (Đảng ủy Khối các cơ quan tỉnh Hà Tuyên): Last-Modified = the request time on every dynamic answer, "
                  "no ETag, never a 304; day 2 is an ordinary incremental day with a backdated article, a new chuyên đề section, recent "
                  "edits and a withdrawal that redirects home",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/application/", "/system/", "/tim-kiem"],
        "trap_prefixes": ["/lich-cong-tac/"],
        "notes": (
            "Articles /<section>/<id>-<slug>.html (CodeIgniter route '(:any)/(:num)-(:any).html' -> tin_tuc/chi_tiet/$2: the section and the "
            "slug are not checked, and CI3 trims slashes around the URI, so other cases and a trailing slash serve the same page); the "
            "default route /tin_tuc/chi_tiet/<id> serves it too (canonical; the RSS links it: alias); a missing or unpublished id "
            "302-redirects to the home page (redirect(base_url())); section lists /<section> paged by CI's Pagination library with "
            "OFFSETS /<section>/10, /20 … (10 a page, '‹ Đầu  <  n  >  Cuối ›', two numbers each side; past the end an empty list, "
            "200); home 'Tiêu điểm' 4 (hand-picked links), 'Tin mới' 6 (news sections), a box per news section 4; sidebar 'Tin mới' 5, "
            "'Thông báo' 4, 'Xem nhiều' 5 (view counts); /rss (15 newest of the news sections and notices); no sitemap; a "
            "'Xem thêm:' link to a deleted article (302 home); week calendar /lich-cong-tac/<yyyy>/<ww> « Tuần trước | Tuần sau » "
            "forever (trap). Every dynamic answer: Set-Cookie ci_session, Expires 1981, Cache-Control no-store, Pragma no-cache and "
            "Last-Modified = the time of the request (16/06/2025 09:40 local on day 1, 17/06/2025 09:40 on day 2), no ETag; "
            "If-Modified-Since / If-None-Match are ignored (always 200). Dates 'Thứ Hai, dd/mm/yyyy HH:MM | Lượt xem: N'.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Tuesday 17/06/2025 09:40): five new articles: '%s' (16/06 14:20) and '%s' (17/06 08:10) at the top; '%s' went "
                "live 17/06 07:05 DATED 15/06/2025 07:30 (5th of 'Tin hoạt động' below archived items; not on the home page; 7th "
                "of the RSS); a chuyên đề section '%s' appeared in the menu and as a home banner with two articles (kept out of 'Tin "
                "mới', the home boxes and the RSS); recent articles: one retitled (wrong unit in the title), one date corrected "
                "(13/06 07:15 -> 12/06 17:15), one corrected with a 'Đính chính' note, one withdrawn (302 to the home page); the home "
                "'Tiêu điểm' links an unchanged article as %s, the chuyên đề page links another as %s; two old articles edited (a "
                "title in 'Tiêu điểm', a silent figure); every view counter and 'Tin mới' box moved." % (
                    NEW1["tieu_de"], NEW2["tieu_de"], BACKDATED["tieu_de"], CHUYEN_DE[1], CASE_URL, SLASH_URL))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)
L1, L2 = http_date(BAY_GIO), http_date(NGAY_HAI)


def _noticed(path, text, a=None):
    return {"path": path, "status": 200, "contains": x(text)}


DAY2 = {}
# --- new articles
for a, why, ck in (
        (NEW1, "An ordinary article published between the two crawls: first of 'Tin hoạt động', on the home page, in the RSS.",
         [{"path": "/tin-hoat-dong", "status": 200, "contains": 'href="%s"' % url(NEW1)}, {"path": "/", "status": 200, "contains": 'href="%s"' % url(NEW1)}]),
        (NEW2, "An ordinary article published between the two crawls: first of 'Xây dựng Đảng', on the home page, in the RSS.",
         [{"path": "/xay-dung-dang", "status": 200, "contains": 'href="%s"' % url(NEW2)}, {"path": "/rss", "status": 200, "contains": ci_url(NEW2)}])):
    DAY2[url(a)] = muc("new", a, True, why, url(a), contains=a["doan"][0], checks=ck, reached_by=["home 'Tin mới'", "section list page 1 (top)", "/rss"])
DAY2[url(BACKDATED)] = muc(
    "new_backdated", BACKDATED, True,
    "Went live on 17/06/2025 07:05 but dated 15/06/2025 07:30 (the day of the event): in 'Tin hoạt động' it is the 5th item of page 1, "
    "BELOW three articles archived on day 1 (16/06 08:50, 16/06 07:45, 15/06 16:20) and one new one; six newer articles keep it out "
    "of the home 'Tin mới' (6) and the sidebar (5); 7th item of the RSS. A walk that stops at the first archived item of a list "
    "misses it; the publication time is the printed one (15/06 07:30), not the time it went live.",
    url(BACKDATED), contains=BACKDATED["doan"][0],
    checks=[{"path": "/tin-hoat-dong", "status": 200, "contains": 'href="%s"' % url(BACKDATED)},
            {"path": "/", "status": 200, "not_contains": 'href="%s"' % url(BACKDATED)},
            {"path": "/rss", "status": 200, "contains": ci_url(BACKDATED)},
            {"path": url(BACKDATED), "status": 200, "contains": "15/06/2025 07:30"}],
    reached_by=["section list 'Tin hoạt động' page 1, 5th (below 3 archived items)", "/rss, 7th"], went_live="2025-06-17 07:05")
for a in (CD1, CD2):
    DAY2[url(a)] = muc(
        "new_in_new_section", a, True,
        "Published in the chuyên đề section '%s', created on 16/06 16:00: the section is new in the menu and as a banner on the home "
        "page; the site keeps chuyên đề items out of 'Tin mới', the home boxes, the sidebar and the RSS, so the new section's list "
        "(/%s) is the only page linking it." % (CHUYEN_DE[1], CHUYEN_DE[0]),
        url(a), contains=a["doan"][0],
        checks=[{"path": "/", "status": 200, "contains": 'href="/%s"' % CHUYEN_DE[0]}, {"path": "/", "status": 200, "not_contains": 'href="%s"' % url(a)},
                {"path": "/rss", "status": 200, "not_contains": ci_url(a)}, {"path": "/" + CHUYEN_DE[0], "status": 200, "contains": 'href="%s"' % url(a)}],
        reached_by=["menu / home banner -> /%s (new section)" % CHUYEN_DE[0]])
# --- edits of recent articles (published within the 7 days before day 2)
DAY2[url(RETITLED)] = muc(
    "retitled", RETITLED_2, True,
    "Retitled on 16/06 15:00 (the title and the lead named the wrong unit: Sở Tư pháp -> Sở Tài chính); text otherwise unchanged, same URL "
    "(the slug keeps the old words). Published 13/06, inside the 7-day re-check window; the page always answers 200.",
    url(RETITLED), same=url(RETITLED), contains=RETITLED["doan"][0],
    checks=[{"path": url(RETITLED), "status": 200, "contains": "Sở Tài chính", "not_contains": x(RETITLED["tieu_de"])}],
    noticed_on=[_noticed("/xay-dung-dang", RETITLED_2["tieu_de"]), _noticed("/", RETITLED_2["tieu_de"])],
    day1=trang_thai(RETITLED, RETITLED["doan"][0]), title_day1=RETITLED["tieu_de"])
DAY2[url(DATE_FIX)] = muc(
    "date_corrected", DATE_FIX, True,
    "The publication time was entered wrongly (the page printed 13/06/2025 07:15 on day 1); the editor set it to the true 12/06/2025 "
    "17:15 on 16/06 15:40. Nothing else changed. The record's publication time must become 2025-06-12 17:15.",
    url(DATE_FIX), same=url(DATE_FIX), contains=DATE_FIX["doan"][0], published=DATE_FIX_TRUE,
    checks=[{"path": url(DATE_FIX), "status": 200, "contains": "12/06/2025 17:15", "not_contains": "13/06/2025 07:15"}],
    noticed_on=[_noticed("/tin-hoat-dong", "12/06/2025 17:15")],
    day1=trang_thai(DATE_FIX, DATE_FIX["doan"][0]), published_day1="2025-06-13 07:15")
DAY2[url(DINH_CHINH)] = muc(
    "dinh_chinh_appended", DINH_CHINH_2, True,
    "On 16/06 the figure of the 2nd paragraph was corrected and a 'Đính chính' note appended at the end; same title, date and URL. "
    "The record must take the corrected text (keep the old as history).",
    url(DINH_CHINH), same=url(DINH_CHINH), contains=DC_NOTE, lacks=DC_OLD,
    checks=[{"path": url(DINH_CHINH), "status": 200, "contains": x(DC_NEW)}],
    day1=trang_thai(DINH_CHINH, DC_OLD))
DAY2[url(WITHDRAWN)] = muc(
    "withdrawn_redirect_home", WITHDRAWN, True,
    "Unpublished on 16/06 18:00: the URL now answers 302 to the home page (CodeIgniter's redirect(base_url()) for a missing id) and "
    "the lists, boxes and RSS no longer link it. Keep the day-1 record and text, mark it withdrawn.",
    None, withdrawn=True, same=url(WITHDRAWN), contains=WITHDRAWN["doan"][0],
    checks=[{"path": url(WITHDRAWN), "status": 302, "location": "/"}, {"path": "/xay-dung-dang", "status": 200, "not_contains": 'href="%s"' % url(WITHDRAWN)}],
    day1=trang_thai(WITHDRAWN, WITHDRAWN["doan"][0]))
# --- what must NOT happen to unchanged articles
DAY2[url(CASE_LINKED)] = muc(
    "linked_case_variant", CASE_LINKED, True,
    "Unchanged. On day 2 the hand-edited home 'Tiêu điểm' box links it as %s (capital T; the route ignores the section segment, "
    "so it answers 200 with the same article and a canonical link to %s). One record: the variant is an address of the same article, "
    "never a second record." % (CASE_URL, url(CASE_LINKED)),
    url(CASE_LINKED), same=url(CASE_LINKED), contains=CASE_LINKED["doan"][0], guard=True,
    checks=[{"path": "/", "status": 200, "contains": 'href="%s"' % CASE_URL},
            {"path": CASE_URL, "status": 200, "contains": '%s"><link rel="alternate"' % url(CASE_LINKED)}],
    day1=trang_thai(CASE_LINKED, CASE_LINKED["doan"][0]), variant_url=CASE_URL)
DAY2[url(SLASH_LINKED)] = muc(
    "linked_trailing_slash", SLASH_LINKED, True,
    "Unchanged. The new chuyên đề page's 'Bài viết liên quan' links it as %s (trailing slash, typed by the editor; CI3 trims it and "
    "answers 200 with the same page). One record, never two." % SLASH_URL,
    url(SLASH_LINKED), same=url(SLASH_LINKED), contains=SLASH_LINKED["doan"][0], guard=True,
    checks=[{"path": "/" + CHUYEN_DE[0], "status": 200, "contains": 'href="%s"' % SLASH_URL}, {"path": SLASH_URL, "status": 200, "contains": x(SLASH_LINKED["tieu_de"])}],
    day1=trang_thai(SLASH_LINKED, SLASH_LINKED["doan"][0]), variant_url=SLASH_URL)
DAY2[url(DROPPED)] = muc(
    "dropped_off_page1", DROPPED, True,
    "Unchanged. 9th of 'Tin hoạt động' on day 1; the new and the backdated article push it to page 2 (/tin-hoat-dong/10) on day 2. Not "
    "linked from page 1 any more is not a withdrawal: the record stays as it is, not withdrawn.",
    url(DROPPED), same=url(DROPPED), contains=DROPPED["doan"][0], guard=True,
    checks=[{"path": "/tin-hoat-dong", "status": 200, "not_contains": 'href="%s"' % url(DROPPED)},
            {"path": "/tin-hoat-dong/10", "status": 200, "contains": 'href="%s"' % url(DROPPED)}],
    day1=trang_thai(DROPPED, DROPPED["doan"][0]))
# --- edits of OLD articles: only a full re-check (or the rolling 1/60) sees them
DAY2[url(OLD_RETITLED)] = muc(
    "old_retitled", OLD_RETITLED_2, False,
    "Published %s (outside the 7-day window); its title was completed on 16/06 ('… trong giai đoạn mới'). The article page is not "
    "re-checked by an ordinary run (unless its turn in the rolling sixtieth comes), but the home 'Tiêu điểm' box, read every day, shows "
    "the new headline. Either title is acceptable; the record must not mix them with another version's text." % ngay(OLD_RETITLED["ngay"]),
    url(OLD_RETITLED), same=url(OLD_RETITLED), contains=OLD_RETITLED["doan"][0],
    checks=[{"path": url(OLD_RETITLED), "status": 200, "contains": x(OLD_RETITLED_2["tieu_de"])}],
    noticed_on=[_noticed("/", OLD_RETITLED_2["tieu_de"])],
    day1=trang_thai(OLD_RETITLED, OLD_RETITLED["doan"][0]), title_day1=OLD_RETITLED["tieu_de"])
DAY2[url(OLD_SILENT)] = muc(
    "old_corrected_silent", OLD_SILENT_2, False,
    "Published %s; a figure of the 2nd paragraph silently corrected on 16/06 (no note, same title). Only a full re-check sees it; the "
    "day-1 text or the corrected one are both acceptable, never a mix." % ngay(OLD_SILENT["ngay"]),
    url(OLD_SILENT), same=url(OLD_SILENT), contains=OS_NEW, lacks=OS_OLD,
    checks=[{"path": url(OLD_SILENT), "status": 200, "contains": x(OS_NEW)}],
    day1=trang_thai(OLD_SILENT, OS_OLD))
# validators: never a 304 (a day-1 If-Modified-Since still gets the full page, stamped with day 2's time)
for k in (url(RETITLED), url(NEW1)):
    DAY2[k]["checks"].append({"path": k, "status": 200, "headers": {"If-Modified-Since": L1},
                              "expect_headers": {"Last-Modified": L2, "ETag": None}})

_a0 = _w1.arts[0]
SELFTEST = [
    {"path": url(_a0), "status": 200, "headers": {"If-Modified-Since": L1}, "expect_headers": {"Last-Modified": L1, "ETag": None}},
    {"path": url(_a0), "status": 200, "headers": {"If-None-Match": '"x"'}, "contains": x(_a0["tieu_de"])},
    {"path": ci_url(_a0), "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": url(_a0) + "/", "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": "/tin-hoat-dong/990", "status": 200, "contains": "Không có tin bài nào."},
    {"path": "/tin-hoat-dong/10", "status": 200},
    {"path": DEAD_LINK, "status": 302, "location": "/"},
    {"path": "/tin_tuc/chi_tiet/99999", "status": 302, "location": "/"},
    {"path": "/khong-co", "status": 404},
    {"path": "/" + CHUYEN_DE[0], "status": 404},
    {"path": "/robots.txt", "status": 200, "expect_headers": {"Last-Modified": "Wed, 11 Oct 2023 03:12:40 GMT"}},
    {"path": "/", "status": 200, "expect_headers": {"Last-Modified": L1, "Pragma": "no-cache", "ETag": None}},
]
SELFTEST_DAY2 = [
    {"path": url(_a0), "status": 200, "headers": {"If-Modified-Since": L1}, "expect_headers": {"Last-Modified": L2}},
    {"path": "/" + CHUYEN_DE[0], "status": 200, "contains": x(CD1["tieu_de"])},
    {"path": "/", "status": 200, "not_contains": 'href="%s"' % url(WITHDRAWN)},
]
SUMMARY = {
    "chains": ["/ -> /<section>[/<offset>] -> /<section>/<id>-<slug>.html",
               "/rss -> /tin_tuc/chi_tiet/<id> (alias)",
               "day 2: / (menu, banner) -> /%s -> the chuyên đề articles" % CHUYEN_DE[0]],
    "alias_kinds": ["/tin_tuc/chi_tiet/<id> (CodeIgniter default route; 200, canonical; linked from the RSS)",
                    "day 2: one case variant (home 'Tiêu điểm') and one trailing-slash variant (chuyên đề page), 200, canonical"],
    "quirks": ["CI Pagination with offsets (/<section>/10, /20)", "section and slug of the article URL not checked; slashes trimmed",
               "missing / unpublished id -> 302 to the home page", "Last-Modified = request time on every dynamic answer, no ETag, no 304",
               "PHP session headers (Expires 1981, no-store, Pragma) and a ci_session cookie (never needed)", "no sitemap",
               "week-calendar trap /lich-cong-tac/<yyyy>/<ww>",
               "DAY 2: a backdated article below archived items", "DAY 2: a new chuyên đề section (menu + banner only)",
               "DAY 2: recent retitle, date correction, 'Đính chính', withdrawal (302 home)",
               "DAY 2: unchanged articles linked in another case / with a trailing slash", "DAY 2: two old articles edited"],
    "not_articles": [DEAD_LINK],
    "not_articles_day2": [DEAD_LINK],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "Last-Modified = request time on every dynamic answer, no ETag; conditional requests ignored (always 200)",
    "day2": DAY2,
}
