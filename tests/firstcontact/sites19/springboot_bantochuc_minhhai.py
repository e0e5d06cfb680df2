"""Blind replica, set 19 B: Ban Tổ chức Tỉnh uỷ Minh Hải on a vendor Spring Boot 2.7 + Thymeleaf portal (Java 11, Tomcat behind
nginx; hedged).  Article pages send Last-Modified = the record's CREATION time and ETag = md5(id, created), and answer
304 Not Modified to a conditional request carrying them (ServletWebRequest.checkNotModified), so an edited article still
answers 304 to day-1 validators.  Lists are ordered by an editor's 'thứ tự' field, then by date (Spring Data, 0-based
?page=).  Day 2 is an ordinary day: an editor gives 12 older items of 'Công tác tổ chức - cán bộ' a 'thứ tự' so page 1
holds only archived items and the two new articles of that section are on page 2 only; a first item in a section that was
empty on day 1; two recent articles corrected (one retitled, one silent figure), both answering 304; a recent withdrawal
answering 410; an old article edited and an old one deleted.  Stdlib only; see README.md."""
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

import hashlib as _hl

SITE = "Ban Tổ chức Tỉnh uỷ Minh Hải"
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 3, "bai"),
    ("to-chuc-can-bo", "Công tác tổ chức - cán bộ", 4, "bai"),
    ("bao-ve-chinh-tri-noi-bo", "Bảo vệ chính trị nội bộ", 2, "bai"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "dai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
    ("hoi-dap", "Hỏi - Đáp nghiệp vụ", 0, "bai"),
]
SECNAME = dict((k, kieu_cu(n)) for k, n, _, _ in SECTIONS)
BOXES = ("tin-hoat-dong", "to-chuc-can-bo", "bao-ve-chinh-tri-noi-bo", "nghien-cuu-trao-doi")
HUYEN = ["Giá Rai", "Hồng Dân", "Vĩnh Lợi", "Thới Bình", "Trần Văn Thời", "Ngọc Hiển", "Cái Nước", "Đầm Dơi"]
XA = ["Tân Lộc", "Khánh Bình", "Phong Thạnh", "Ninh Quới", "Hưng Hội", "Tạ An Khương"]
AP = ["Xẻo Lá", "Cây Gừa", "Rạch Ruộng", "Kinh Tư", "Bà Hính", "Nhà Máy"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /login\nDisallow: /tim-kiem\nDisallow: /actuator/\n"
D = _dt.datetime

_GAN = [(D(2025, 6, 16, 8, 30), "to-chuc-can-bo"), (D(2025, 6, 15, 15, 10), "tin-hoat-dong"), (D(2025, 6, 14, 9, 40), "to-chuc-can-bo"),
        (D(2025, 6, 13, 16, 5), "bao-ve-chinh-tri-noi-bo"), (D(2025, 6, 13, 8, 15), "to-chuc-can-bo"), (D(2025, 6, 12, 14, 30), "tin-hoat-dong"),
        (D(2025, 6, 12, 9, 0), "thong-bao"), (D(2025, 6, 11, 15, 20), "to-chuc-can-bo"), (D(2025, 6, 12, 10, 10), "bao-ve-chinh-tri-noi-bo"),
        (D(2025, 6, 10, 16, 40), "tin-hoat-dong"), (D(2025, 6, 10, 10, 0), "nghien-cuu-trao-doi")]
_GAN.sort(reverse=True)                                  # newest first, like the calendar lich_dang returns
_s = SoanTin(19201, 68, [(k, w, "tochuc", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=1150, buoc=4, nguon="BTC",
             chu_de=["to-chuc", "can-bo", "bvct", "xay-dung-dang", "chuyen-doi-so"],
             lich=lich_dang(19201, 68, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items


def _cu(a):
    """The site types old-style tone marks, and 'ấp' for hamlets."""
    for k in ("tieu_de", "sapo", "chu_thich", "tac_gia"):
        if a.get(k):
            a[k] = kieu_cu(a[k])
    a["doan"] = [kieu_cu(p).replace("thôn ", "ấp ") for p in a["doan"]]
    if a.get("muc"):
        a["muc"] = {k: kieu_cu(v) for k, v in a["muc"].items()}
    return a


for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    _cu(a)
    a["xem2"] = a["xem"] + 2 + (a["id"] * 11) % 29
    a["tao_luc"] = a["ngay"] - _dt.timedelta(minutes=5 + a["id"] % 40)       # the record is created, then published
BY_DATE = {a["ngay"]: a for a in ARTS}
TCCB1 = [a for a in ARTS if a["cm"] == "to-chuc-can-bo"]

# ---------------------------------------------------------------- what happens between the two crawls
# (1) 16/06 14:00: the editor gives 12 older items of 'Công tác tổ chức - cán bộ' a 'thứ tự' (12 .. 1) for the week of the
#     provincial congress; lists, home boxes and the section feed sort by thu_tu DESC, then date DESC
_r = _rnd.Random(19203)
PINNED = _r.sample(TCCB1[5:], 12)
THU_TU = {a["id"]: 12 - i for i, a in enumerate(PINNED)}
# (2) corrected, recent: retitled (wrong district) with a note; a silently corrected figure.  `created` does not move.
RETITLED = BY_DATE[D(2025, 6, 12, 14, 30)]
RETITLED["tieu_de"] = "Đoàn công tác Ban Tổ chức Tỉnh uỷ làm việc tại huyện Vĩnh Lợi về sắp xếp tổ chức bộ máy"
RETITLED["sapo"] = "(BTC) - Chiều 12/6, Đoàn công tác Ban Tổ chức Tỉnh uỷ làm việc tại huyện Vĩnh Lợi về tiến độ sắp xếp tổ chức bộ máy."
NOTE = "(Tin đã được biên tập lại lúc 15:20 ngày 16/6/2025: sửa tên huyện trong tiêu đề và phần mở đầu.)"
RETITLED_2 = dict(RETITLED, tieu_de=RETITLED["tieu_de"].replace("Vĩnh Lợi", "Hồng Dân"), sapo=RETITLED["sapo"].replace("Vĩnh Lợi", "Hồng Dân"),
                  doan=RETITLED["doan"] + [NOTE])
SILENT = BY_DATE[D(2025, 6, 12, 10, 10)]
_sd, S_OLD, S_NEW = sua_so(SILENT, 1)
SILENT_2 = dict(SILENT, doan=_sd)
# (3) withdrawn, recent: deleted (soft delete flag) on 16/06 17:20 -> 410 Gone
GONE = BY_DATE[D(2025, 6, 13, 16, 5)]
# (4) unchanged, but off page 1 of its list: the newest item of 'Công tác tổ chức - cán bộ' on day 1
DROPPED = BY_DATE[D(2025, 6, 16, 8, 30)]
# (5) old articles: a silent figure (304 as well) and a deletion (410)
OLD_SILENT = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and a["kieu"] == "bai" and D(2025, 1, 5) < a["ngay"] < D(2025, 3, 15)][0]
_os, OS_OLD, OS_NEW = sua_so(OLD_SILENT, 1)
OLD_SILENT_2 = dict(OLD_SILENT, doan=_os)
OLD_GONE = [a for a in ARTS if a["cm"] == "bao-ve-chinh-tri-noi-bo" and a["ngay"] < D(2024, 12, 20)][0]
for a in ARTS:
    a["slug"] = duong_dan(a["tieu_de"], 90)
for b in (RETITLED_2, SILENT_2, OLD_SILENT_2):
    b["slug"] = [a for a in ARTS if a["id"] == b["id"]][0]["slug"]
FEATURED = [DROPPED, BY_DATE[D(2025, 6, 15, 15, 10)], BY_DATE[D(2025, 6, 13, 8, 15)]] + \
    [a for a in ARTS if a["cm"] == "tin-hoat-dong" and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 20)][:2]

_n = SoanTin(19202, 4, [(k, w, "tochuc", kieu) for k, _, w, kieu in SECTIONS if kieu == "bai" and w], HUYEN, XA, AP, id_dau=1440, buoc=4,
             nguon="BTC", chu_de=["to-chuc", "can-bo"]).items
NEW_T1, NEW_T2, NEW_HD, NEW_THD = [_cu(a) for a in _n]
NEW_T1.update(cm="to-chuc-can-bo", ngay=D(2025, 6, 16, 15, 30), id=1438)
NEW_T2.update(cm="to-chuc-can-bo", ngay=D(2025, 6, 17, 8, 0), id=1446)
NEW_HD.update(cm="hoi-dap", ngay=D(2025, 6, 16, 16, 45), id=1442,
              tieu_de="Hỏi - Đáp: Đảng viên chuyển sinh hoạt đảng tạm thời cần những thủ tục gì?",
              sapo="(BTC) - Bạn đọc ở huyện Cái Nước hỏi: Đảng viên đi làm ăn xa muốn chuyển sinh hoạt đảng tạm thời thì cần những thủ tục gì? Ban Tổ chức Tỉnh uỷ trả lời như sau.")
NEW_THD.update(cm="tin-hoat-dong", ngay=D(2025, 6, 17, 7, 30), id=1445)
NEWS2 = [NEW_T1, NEW_T2, NEW_HD, NEW_THD]
for i, a in enumerate(NEWS2):
    a["slug"] = duong_dan(a["tieu_de"], 90)
    a["xem"] = a["xem2"] = (23, 7, 15, 11)[i]
    a["tao_luc"] = a["ngay"] - _dt.timedelta(minutes=12)
DEAD_LINK = "/tin-bai/1103/hoi-nghi-tap-huan-nghiep-vu-cong-tac-to-chuc-xay-dung-dang-nam-2024"
DEAD_HOST = [a for a in ARTS if a["cm"] == "to-chuc-can-bo" and a["ngay"] < D(2025, 2, 1)][0]


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else NGAY_HAI
        v = {a["id"]: a for a in ARTS}
        self.gone = set()
        if day == 2:
            for a in (GONE, OLD_GONE):
                del v[a["id"]]
                self.gone.add(a["id"])
            v[RETITLED["id"]], v[SILENT["id"]], v[OLD_SILENT["id"]] = RETITLED_2, SILENT_2, OLD_SILENT_2
            for a in NEWS2:
                v[a["id"]] = a
        self.v = v
        tt = THU_TU if day == 2 else {}
        self.arts = sorted(v.values(), key=lambda a: (tt.get(a["id"], 0), a["ngay"], a["id"]), reverse=True)
        self.featured = [v[a["id"]] for a in FEATURED if a["id"] in v]

    def views(self, a):
        return a["xem"] if self.day == 1 else a["xem2"]

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]


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
    return "/tin-bai/%d/%s" % (a["id"], a["slug"])


def id_url(a):
    return "/tin-bai/%d" % a["id"]


def etag(a):
    return '"%s"' % _hl.md5(("%d:%s" % (a["id"], a["tao_luc"].strftime("%Y-%m-%dT%H:%M:%S"))).encode()).hexdigest()


SECURITY = [("X-Content-Type-Options", "nosniff"), ("X-XSS-Protection", "1; mode=block"),
            ("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"), ("Pragma", "no-cache"), ("Expires", "0"),
            ("X-Frame-Options", "DENY")]


def moi_lan(tv, out):
    return SECURITY          # Spring Security's default response headers, on every answer


def shell(tv, w, title, main, canonical=None, status=200, headers=(), feed=None):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="/danh-muc/%s">%s</a></li>' % (k, x(n)) for k, n in SECNAME.items())
    tb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.in_sec("thong-bao")[:5])
    return Dapung(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="_csrf" content="7f1c0b7e-2a54-4d0e-9d0b-5b0f3c9a1e21">'
        '<title>%s | %s</title>%s%s<link rel="stylesheet" href="/webjars/bootstrap/4.6.2/css/bootstrap.min.css">'
        '<link rel="stylesheet" href="/css/portal.css"></head><body><header class="top"><a href="/"><img src="/images/logo-btc.png" alt="%s"></a>'
        '<span class="slogan">Trang thông tin điện tử</span></header><nav class="navbar navbar-expand-lg"><ul class="navbar-nav">'
        '<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>%s<li class="nav-item"><a class="nav-link" href="/lich-cong-tac">Lịch công tác</a></li>'
        '</ul><form class="form-inline" action="/tim-kiem" method="get"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm"></form></nav>'
        '<main class="container"><div class="row"><div class="col-lg-8">%s</div><aside class="col-lg-4"><div class="card"><div class="card-header">Thông báo</div>'
        '<ul class="list-unstyled">%s</ul></div><div class="card"><div class="card-header">Văn bản mới</div><ul class="list-unstyled">'
        '<li><a href="https://vanban.minhhai.example/huong-dan-so-12-hd-btctu.pdf">Hướng dẫn số 12-HD/BTCTU về sắp xếp tổ chức bộ máy</a></li>'
        '<li><a href="https://vanban.minhhai.example/quy-dinh-so-189-qd-tw.pdf">Quy định số 189-QĐ/TW</a></li></ul></div>'
        '<div class="card"><div class="card-header">Liên kết</div><ul class="list-unstyled"><li><a href="https://xaydungdang.example/">Tạp chí Xây dựng Đảng</a></li></ul></div>'
        '</aside></div></main><footer><p>Ban Tổ chức Tỉnh uỷ Minh Hải — số 28 đường Phan Ngọc Hiển, thị xã Cà Mau. ĐT: 0290.3831.207.</p>'
        '<p><a href="/rss">RSS</a> | Phát triển bởi Công ty CP Giải pháp phần mềm Phương Nam</p></footer>'
        '<script src="/webjars/jquery/3.6.0/jquery.min.js"></script></body></html>' % (
            x(title), x(SITE), '<link rel="canonical" href="%s%s"><meta property="og:url" content="%s%s">' % (tv.origin, canonical, tv.origin, canonical) if canonical else "",
            '<link rel="alternate" type="application/rss+xml" href="%s">' % feed if feed else "", x(SITE), nav, main, tb), status, headers=list(headers))


def stamp(a):
    return "%s %s" % (ngay(a["ngay"]), gio(a["ngay"]))


def item(w, a, lead=True):
    return ('<div class="news-item"><a class="thumb" href="%s"><img src="/uploads/%d/thumb.jpg" alt=""></a><h5><a href="%s">%s</a></h5>'
            '<span class="text-muted">%s</span>%s</div>') % (url(a), a["id"], url(a), x(a["tieu_de"]), stamp(a),
                                                            '<p class="sapo">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv, w):
    main = '<div id="slider" class="carousel"><h2 class="d-none">Tin nổi bật</h2>%s</div>' % "".join(
        '<div class="carousel-item"><a href="%s"><img src="/uploads/%d/large.jpg" alt=""><span class="caption">%s</span></a></div>' % (
            url(a), a["id"], x(a["tieu_de"])) for a in w.featured)
    main += "".join('<section class="box-cat"><h3><a href="/danh-muc/%s">%s</a></h3>%s</section>' % (
        k, x(SECNAME[k]), "".join(item(w, a, i == 0) for i, a in enumerate(w.in_sec(k)[:4]))) for k in BOXES)
    return shell(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("page", 0, 0, 99999)
    if n is None:
        return error(tv, w, 400, "400 - Yêu cầu không hợp lệ.")
    chunk = items[n * PER_PAGE:(n + 1) * PER_PAGE]
    base = "/danh-muc/%s" % sec
    body = "".join(item(w, a) for a in chunk) or '<p class="empty">Chưa có bài viết nào trong chuyên mục này.</p>'
    pg = ""
    if pages > 1:
        li = ['<li class="page-item%s"><a class="page-link" href="%s?page=0">Đầu</a></li>' % (" disabled" if n == 0 else "", base)]
        for i in range(pages):
            li.append('<li class="page-item%s"><a class="page-link" href="%s?page=%d">%d</a></li>' % (" active" if i == n else "", base, i, i + 1))
        li.append('<li class="page-item%s"><a class="page-link" href="%s?page=%d">Cuối</a></li>' % (" disabled" if n >= pages - 1 else "", base, pages - 1))
        pg = '<nav><ul class="pagination">%s</ul></nav>' % "".join(li)
    return shell(tv, w, SECNAME[sec], '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                 '<li class="breadcrumb-item active">%s</li></ol></nav><h1 class="cat-title">%s</h1>%s%s' % (
                     x(SECNAME[sec]), x(SECNAME[sec]), body, pg), base + ("?page=%d" % n if n else ""), feed="/rss/%s.rss" % sec)


def article(tv, w, a):
    lm, et = http_date(a["tao_luc"]), etag(a)
    hdrs = [("ETag", et), ("Last-Modified", lm)]
    inm, ims = tv.h("If-None-Match"), tv.h("If-Modified-Since")
    if inm is not None:              # ServletWebRequest.checkNotModified(etag, lastModified): If-None-Match first
        tags = [t.strip() for t in inm.split(",")]
        if "*" in tags or et in tags or ("W/" + et) in tags:
            return Dapung(b"", 304, None, hdrs)
    elif ims is not None:
        since = doc_http_date(ims)
        if since is not None and a["tao_luc"].replace(microsecond=0) <= since:
            return Dapung(b"", 304, None, hdrs)
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h4>%s</h4>" % x(a["muc"][i]))
        paras.append('<p class="%s">%s</p>' % ("ghi-chu" if p == NOTE else "text-justify", x(p)))
    if a.get("chu_thich"):
        paras.insert(1, '<figure class="figure"><img class="figure-img" src="/uploads/%d/anh-1.jpg" alt=""><figcaption class="figure-caption">%s</figcaption></figure>' % (
            a["id"], x(a["chu_thich"])))
    if a is DEAD_HOST:
        paras.append('<p><em>Xem thêm: <a href="%s">Hội nghị tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng năm 2024</a></em></p>' % DEAD_LINK)
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:5]
    main = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item">'
            '<a href="/danh-muc/%s">%s</a></li></ol></nav><article class="detail"><h1 class="title">%s</h1><meta property="article:published_time" content="%s">'
            '<div class="meta"><span class="date">Ngày đăng: %s</span> <span class="views">Lượt xem: %d</span></div>%s'
            '<div class="sapo"><strong>%s</strong></div><div class="content">%s</div><p class="author text-right"><strong>%s</strong></p></article>'
            '<section class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), stamp(a), w.views(a),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <small>(%s)</small></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a), headers=hdrs + [("Content-Language", "vi-VN")])


def error(tv, w, status, text):
    return shell(tv, w, "Lỗi %d" % status, '<div class="alert alert-danger"><h1>%s</h1><p><a href="/">Về trang chủ</a></p></div>' % x(text), status=status)


def calendar(tv, w):
    wk, y = tv.so("tuan", 25, 1, 53), tv.so("nam", 2025, 1990, 2100)
    if wk is None or y is None:
        return error(tv, w, 400, "400 - Yêu cầu không hợp lệ.")
    prev = (wk - 1, y) if wk > 1 else (52, y - 1)
    nxt = (wk + 1, y) if wk < 52 else (1, y + 1)
    return shell(tv, w, "Lịch công tác", '<h1>Lịch công tác tuần %d/%d</h1><p><a href="/lich-cong-tac?tuan=%d&amp;nam=%d">« Tuần trước</a> | '
                 '<a href="/lich-cong-tac?tuan=%d&amp;nam=%d">Tuần sau »</a></p><p>Không có lịch công tác.</p>' % (wk, y, prev[0], prev[1], nxt[0], nxt[1]),
                 "/lich-cong-tac")


def feeds_page(tv, w):
    return shell(tv, w, "RSS", '<h1>Kênh RSS</h1><ul>%s</ul>' % "".join(
        '<li><a href="/rss/%s.rss">%s</a></li>' % (k, x(n)) for k, n in SECNAME.items()), "/rss")


def handle(tv):
    w = W()
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p == "/":
        return home(tv, w)
    if p == "/rss":
        return feeds_page(tv, w)
    m = _re.fullmatch(r"/rss/([a-z-]+)\.rss", p)
    if m and m.group(1) in SECNAME:
        return rss(tv.origin, "%s - %s" % (SITE, SECNAME[m.group(1)]), "/danh-muc/" + m.group(1),
                   [(a["tieu_de"], id_url(a), a["ngay"], a["sapo"]) for a in w.in_sec(m.group(1))[:10]])
    if p == "/lich-cong-tac":
        return calendar(tv, w)
    m = _re.fullmatch(r"/danh-muc/([a-z-]+)", p)
    if m and m.group(1) in SECNAME:
        return listing(tv, w, m.group(1))
    m = _re.fullmatch(r"/tin-bai/(\d{1,7})(?:/[^/]+)?", p)          # @GetMapping({"/tin-bai/{id}", "/tin-bai/{id}/{slug}"})
    if m:
        i = int(m.group(1))
        if i in w.gone:
            return error(tv, w, 410, "410 - Nội dung này đã bị gỡ bỏ.")     # deleted flag: ResponseStatusException(GONE)
        if i in w.v:
            return article(tv, w, w.v[i])
    return error(tv, w, 404, "404 - Không tìm thấy trang yêu cầu.")


app = chay_app(handle, [("Server", "nginx/1.20.1")], moi_lan)

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    return {
        "family": "Vendor Spring Boot 2.7 + Thymeleaf portal (Java 11, Tomcat behind nginx; hedged) of a provincial Party organisation "
                  "commission (Ban Tổ chức Tỉnh uỷ Minh Hải): article validators from the record's CREATION time (an edited article "
                  "still answers 304); lists ordered by an editor's 'thứ tự' field; day 2 re-orders one section so its new articles are "
                  "on page 2 only, fills an empty section, corrects two recent articles (both 304) and withdraws one with 410",
        "start_urls": ["/"],
        "articles": {url(a): {"title": a["tieu_de"], "aliases": [id_url(a)]} for a in w.arts},
        "robots_disallowed": ["/admin/", "/api/", "/login", "/tim-kiem", "/actuator/"],
        "trap_prefixes": ["/lich-cong-tac?"],
        "notes": (
            "Articles /tin-bai/<id>/<slug> (@GetMapping with and without the slug: /tin-bai/<id> is the same page, canonical, linked from "
            "the feeds: alias; the slug is not checked); section lists /danh-muc/<section> with Spring Data's 0-based ?page=N (10 a "
            "page, every page number; '?page=0' is page 1; past the end an empty list, 200), ordered by the editor's thu_tu field DESC, "
            "then publication DESC (all thu_tu 0 on day 1, so newest first); home: 'Tin nổi bật' carousel (5 hand-picked) and a box per "
            "main section (4, same order as its list); no site-wide 'Tin mới' box; sidebar 'Thông báo' 5, 'Văn bản mới' (off-site PDFs); "
            "section feeds /rss/<section>.rss (10, same order as the list; listed on /rss, linked from each section page); no sitemap; "
            "a 'Xem thêm:' link to an id that never existed (404); week calendar /lich-cong-tac?tuan=&nam= « Tuần trước | Tuần sau » "
            "forever (trap). Spring Security headers on every answer (Cache-Control no-store, Pragma, Expires 0). Article pages send "
            "Last-Modified = the record's CREATED time (a few minutes before publication) and ETag = md5(id:created), and answer 304 "
            "to If-None-Match (checked first) or If-Modified-Since >= created; the 410 of a deleted article comes before that check. "
            "Old-style tone marks (uỷ, hoá). Dates 'Ngày đăng: dd/mm/yyyy HH:MM | Lượt xem: N'.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Tuesday 17/06/2025 09:40): on 16/06 14:00 the editor gave 12 older items of 'Công tác tổ chức - cán bộ' a "
                "thứ tự (12 .. 1): page 1 of that list, its home box and its feed hold only archived items and the section's two new "
                "articles ('%s' 16/06 15:30, '%s' 17/06 08:00) are on page 2 only (/danh-muc/to-chuc-can-bo?page=1); the section "
                "'Hỏi - Đáp nghiệp vụ', empty on day 1, has its first item; one new article in 'Tin hoạt động'; a recent article "
                "retitled with a note and one with a silently corrected figure, both answering 304 to day-1 validators; one recent "
                "article deleted (410); an old article's figure corrected (304) and an old article deleted (410); view counters moved." % (
                    NEW_T1["tieu_de"], NEW_T2["tieu_de"]))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _cond(a, status=304):
    """The day-1 validators of `a` (created time) sent on day 2, each alone, plus the unconditional answer's validators."""
    return [{"path": url(a), "status": status, "headers": {"If-None-Match": etag(a)}},
            {"path": url(a), "status": status, "headers": {"If-Modified-Since": http_date(a["tao_luc"])}},
            {"path": url(a), "status": 200, "expect_headers": {"Last-Modified": http_date(a["tao_luc"]), "ETag": etag(a)}}]


def _href(a):
    return 'href="/tin-bai/%d/' % a["id"]


TCCB = "/danh-muc/to-chuc-can-bo"
DAY2 = {}
for a in (NEW_T1, NEW_T2):
    DAY2[url(a)] = muc(
        "new_behind_reorder", a, True,
        "Published %s in 'Công tác tổ chức - cán bộ' after the editor had given 12 older items a 'thứ tự' (16/06 14:00): the list is "
        "sorted by thứ tự, then date, so page 1 (%s) shows ten items archived on day 1 (dates from %s to %s, not in date order) and "
        "this article is on page 2 (?page=1) only; the section's home box and its feed show the same ten archived items. A walk that "
        "stops at a page of known items misses it." % (
            a["ngay"].strftime("%d/%m %H:%M"), TCCB, min(ngay(b["ngay"]) for b in PINNED[:10]), max(ngay(b["ngay"]) for b in PINNED[:10])),
        url(a), contains=a["doan"][0],
        checks=[{"path": TCCB, "status": 200, "not_contains": _href(a)}, {"path": TCCB + "?page=1", "status": 200, "contains": _href(a)},
                {"path": "/", "status": 200, "not_contains": _href(a)}, {"path": "/rss/to-chuc-can-bo.rss", "status": 200, "not_contains": id_url(a) + "<"}],
        reached_by=["%s?page=1 (page 2) only" % TCCB])
DAY2[url(NEW_HD)] = muc(
    "new_in_empty_section", NEW_HD, True,
    "The first item of 'Hỏi - Đáp nghiệp vụ', a section linked from the menu on both days but empty on day 1 ('Chưa có bài viết nào "
    "trong chuyên mục này.'); the home page has no box for it, so its list (/danh-muc/hoi-dap) and its feed are the only pages linking it.",
    url(NEW_HD), contains=NEW_HD["doan"][0],
    checks=[{"path": "/danh-muc/hoi-dap", "status": 200, "contains": _href(NEW_HD)}, {"path": "/", "status": 200, "not_contains": _href(NEW_HD)}],
    reached_by=["/danh-muc/hoi-dap (menu)", "/rss/hoi-dap.rss"])
DAY2[url(NEW_THD)] = muc(
    "new", NEW_THD, True, "An ordinary article published between the two crawls: first of 'Tin hoạt động' and of its home box.",
    url(NEW_THD), contains=NEW_THD["doan"][0],
    checks=[{"path": "/danh-muc/tin-hoat-dong", "status": 200, "contains": _href(NEW_THD)}, {"path": "/", "status": 200, "contains": _href(NEW_THD)}],
    reached_by=["home box 'Tin hoạt động'", "/danh-muc/tin-hoat-dong page 1", "/rss/tin-hoat-dong.rss"])
DAY2[url(RETITLED)] = muc(
    "corrected_304_retitled", RETITLED_2, True,
    "Published 12/06 (inside the 7-day window). Corrected on 16/06 15:20: the title and lead named the wrong district (Vĩnh Lợi -> "
    "Hồng Dân) and a note was appended. The portal's validators come from the record's CREATION time, so the day-1 Last-Modified and "
    "ETag are unchanged and a conditional re-check answers 304 Not Modified. The record must take the new title and text; its list "
    "(page 1) and the home box show the new headline.",
    url(RETITLED), same=url(RETITLED), contains=NOTE, lacks=RETITLED["sapo"],
    checks=_cond(RETITLED) + [{"path": url(RETITLED), "status": 200, "contains": x(RETITLED_2["tieu_de"])}],
    noticed_on=[{"path": "/danh-muc/tin-hoat-dong", "status": 200, "contains": x(RETITLED_2["tieu_de"])},
                {"path": "/", "status": 200, "contains": x(RETITLED_2["tieu_de"])}],
    day1=trang_thai(RETITLED, RETITLED["doan"][0]), title_day1=RETITLED["tieu_de"])
DAY2[url(SILENT)] = muc(
    "corrected_304_silent", SILENT_2, True,
    "Published 12/06 (inside the 7-day window). A figure of the 2nd paragraph was silently corrected on 16/06 10:45 (no note, same "
    "title): the page answers 304 to the day-1 validators (created time), and no list shows any change. The record must take the "
    "corrected text.",
    url(SILENT), same=url(SILENT), contains=S_NEW, lacks=S_OLD,
    checks=_cond(SILENT) + [{"path": url(SILENT), "status": 200, "contains": x(S_NEW)}],
    day1=trang_thai(SILENT, S_OLD))
DAY2[url(GONE)] = muc(
    "withdrawn_410", GONE, True,
    "Published 13/06; deleted on 16/06 17:20 (the portal's deleted flag): the URL and /tin-bai/<id> answer 410 Gone — also to a "
    "conditional request — and the lists, home box and feed no longer link it. Keep the day-1 record and text, mark it withdrawn.",
    None, withdrawn=True, same=url(GONE), contains=GONE["doan"][0],
    checks=[{"path": url(GONE), "status": 410}, {"path": url(GONE), "status": 410, "headers": {"If-None-Match": etag(GONE)}},
            {"path": "/danh-muc/bao-ve-chinh-tri-noi-bo", "status": 200, "not_contains": _href(GONE)}],
    day1=trang_thai(GONE, GONE["doan"][0]))
DAY2[url(DROPPED)] = muc(
    "dropped_off_page1", DROPPED, True,
    "Unchanged. The newest item of 'Công tác tổ chức - cán bộ' on day 1 (first of page 1 and of the home box); after the re-ordering it "
    "is on page 2, below the two new articles. Off page 1 is not withdrawn: the record stays as it is. (It also answers 304 to its "
    "day-1 validators, correctly.)",
    url(DROPPED), same=url(DROPPED), contains=DROPPED["doan"][0], guard=True,
    checks=[{"path": TCCB, "status": 200, "not_contains": _href(DROPPED)}, {"path": TCCB + "?page=1", "status": 200, "contains": _href(DROPPED)}] + _cond(DROPPED),
    day1=trang_thai(DROPPED, DROPPED["doan"][0]))
DAY2[url(OLD_SILENT)] = muc(
    "old_corrected_304", OLD_SILENT_2, False,
    "Published %s (outside the 7-day window); a figure of the 2nd paragraph silently corrected on 16/06. Only a full re-check that "
    "ignores the 304 sees it; day-1 text or corrected text are both acceptable, never a mix." % ngay(OLD_SILENT["ngay"]),
    url(OLD_SILENT), same=url(OLD_SILENT), contains=OS_NEW, lacks=OS_OLD,
    checks=_cond(OLD_SILENT) + [{"path": url(OLD_SILENT), "status": 200, "contains": x(OS_NEW)}],
    day1=trang_thai(OLD_SILENT, OS_OLD))
DAY2[url(OLD_GONE)] = muc(
    "old_withdrawn_410", OLD_GONE, False,
    "Published %s; deleted on 16/06 (410 Gone, unlinked). Outside the 7-day window: an ordinary run finds out only when its turn in "
    "the rolling re-check comes. Withdrawn or not yet marked are both acceptable; the day-1 record and text must be kept." % ngay(OLD_GONE["ngay"]),
    None, withdrawn=True, same=url(OLD_GONE), contains=OLD_GONE["doan"][0],
    checks=[{"path": url(OLD_GONE), "status": 410}, {"path": id_url(OLD_GONE), "status": 410}],
    day1=trang_thai(OLD_GONE, OLD_GONE["doan"][0]))

_a0 = BY_DATE[D(2025, 6, 15, 15, 10)]             # unchanged on day 2
SELFTEST = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": url(_a0), "status": 304, "headers": {"If-Modified-Since": http_date(BAY_GIO)}},
    {"path": url(_a0), "status": 200, "headers": {"If-Modified-Since": http_date(_a0["tao_luc"] - _dt.timedelta(seconds=1))}},
    {"path": url(_a0), "status": 200, "headers": {"If-None-Match": '"0000"'}, "contains": x(_a0["tieu_de"])},
    {"path": id_url(_a0), "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": "/danh-muc/to-chuc-can-bo?page=99", "status": 200, "contains": "Chưa có bài viết nào"},
    {"path": "/danh-muc/hoi-dap", "status": 200, "contains": "Chưa có bài viết nào trong chuyên mục này."},
    {"path": DEAD_LINK, "status": 404},
    {"path": "/", "status": 200, "expect_headers": {"Last-Modified": None, "ETag": None, "Pragma": "no-cache"}},
    {"path": "/danh-muc/to-chuc-can-bo?page=x", "status": 400},
]
SELFTEST_DAY2 = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": "/danh-muc/hoi-dap", "status": 200, "contains": x(NEW_HD["tieu_de"])},
    {"path": TCCB, "status": 200, "contains": x(PINNED[0]["tieu_de"])},
]
SUMMARY = {
    "chains": ["/ -> /danh-muc/<section>[?page=N] -> /tin-bai/<id>/<slug>", "/rss -> /rss/<section>.rss -> /tin-bai/<id> (alias)"],
    "alias_kinds": ["/tin-bai/<id> (same page without the slug; 200, canonical; linked from the feeds)"],
    "quirks": ["Spring Data 0-based ?page= (page=0 is page 1; past the end empty, 200)", "lists ordered by the editor's thứ tự, then date",
               "no site-wide 'Tin mới' box", "section feeds in list order", "no sitemap", "Spring Security no-store headers on every answer",
               "article Last-Modified / ETag from the record's CREATED time, honoured (304)", "old-style tone marks (uỷ, hoá)",
               "week-calendar trap /lich-cong-tac?tuan=&nam=",
               "DAY 2: 12 items re-ordered: page 1 of a list all archived, its new items on page 2 only",
               "DAY 2: first item of a section empty on day 1", "DAY 2: two recent corrections answering 304 (one retitled, shown in lists)",
               "DAY 2: a recent withdrawal (410)", "DAY 2: an old article edited (304) and one deleted (410)"],
    "not_articles": [DEAD_LINK],
    "not_articles_day2": [DEAD_LINK],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "article pages: Last-Modified = created, ETag = md5(id:created); 304 to If-None-Match (first) or If-Modified-Since >= created",
    "thu_tu_day2": [url(a) for a in PINNED],
    "day2": DAY2,
}
