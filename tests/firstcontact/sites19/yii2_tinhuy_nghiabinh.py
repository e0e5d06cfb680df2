"""Blind replica, set 19 C: Tỉnh ủy Nghĩa Bình on a Yii 2.0 portal (advanced template, PHP 8.1-FPM behind nginx; local vendor,
Bootstrap 3 theme, hedged).  Article pages carry CORRECT validators (yii\\filters\\HttpCache: Last-Modified = the record's
updated_at, ETag = sha1 of its title, lead, text and date), so a conditional request gets 304 exactly when the article is
unchanged.  A pinned 'Tiêu điểm' article (from March) heads every list page on both days.  Day 2 is an ordinary day:
two new articles below the pinned block, one new article only the RSS shows (ticked 'hidden from lists', which the feed
does not filter) and one only the sitemap shows (a category not yet in the menu and kept out of the feed); among the
recent articles a silent figure correction, a date correction, a withdrawal answering 404 and one answering 200 'Bài viết
không tồn tại hoặc đã bị gỡ' (its list item marked 'Đã gỡ'); an unchanged article linked with utm_ parameters; an old
article deleted and an old one edited.  Stdlib only; see README.md."""
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

import base64 as _b64
import hashlib as _hl

SITE = "Tỉnh ủy Nghĩa Bình"
SECTIONS = [
    ("thoi-su", "Thời sự", 4, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", 3, "bai"),
    ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 2, "bai"),
    ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 1, "dai"),
    ("thong-bao", "Thông báo - Chỉ đạo", 1, "thongbao"),
]
HIDDEN_CAT = ("tai-lieu-tuyen-truyen", "Tài liệu tuyên truyền")        # created 16/06, not yet in the menu, type 'tài liệu'
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
SECNAME[HIDDEN_CAT[0]] = HIDDEN_CAT[1]
NEWS = tuple(k for k, _, _, _ in SECTIONS)                 # categories of type 'tin tức' (menu, 'Tin mới', RSS)
HUYEN = ["Tư Nghĩa", "Sơn Tịnh", "Mộ Đức", "Đức Phổ", "Phù Mỹ", "Hoài Nhơn", "An Nhơn", "Tuy Phước", "Ba Tơ"]
XA = ["Nghĩa Kỳ", "Tịnh Ấn Tây", "Đức Tân", "Phổ Cường", "Mỹ Thắng", "Hoài Hảo"]
AP = ["An Hội", "Phú Nhơn", "Vạn Tường", "Tân Hòa", "Gò Dài", "Thạch Bích"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin\nDisallow: /debug\nDisallow: /gii\nDisallow: /site/login\nDisallow: /tim-kiem\n\nSitemap: {o}/sitemap.xml\n"
D = _dt.datetime

_GAN = [(D(2025, 6, 16, 9, 5), "thoi-su"), (D(2025, 6, 16, 7, 30), "kinh-te-xa-hoi"), (D(2025, 6, 15, 10, 20), "thoi-su"),
        (D(2025, 6, 14, 15, 45), "xay-dung-dang"), (D(2025, 6, 14, 8, 10), "thoi-su"), (D(2025, 6, 13, 16, 30), "xay-dung-dang"),
        (D(2025, 6, 13, 9, 50), "thoi-su"), (D(2025, 6, 12, 15, 15), "kinh-te-xa-hoi"), (D(2025, 6, 12, 10, 40), "thoi-su"),
        (D(2025, 6, 12, 7, 55), "thong-bao"), (D(2025, 6, 11, 16, 20), "xay-dung-dang"), (D(2025, 6, 12, 13, 20), "thoi-su"),
        (D(2025, 6, 11, 8, 30), "ly-luan-thuc-tien"), (D(2025, 6, 10, 15, 50), "thoi-su"), (D(2025, 6, 10, 11, 5), "kinh-te-xa-hoi"),
        (D(2025, 6, 10, 9, 55), "xay-dung-dang")]
_GAN.sort(reverse=True)                                  # newest first, like the calendar lich_dang returns
_s = SoanTin(19301, 76, [(k, w, "tinhuy", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=4300, buoc=5, nguon="TUNB",
             chu_de=["xay-dung-dang", "to-chuc", "dan-van", "kinh-te", "tu-tuong"],
             lich=lich_dang(19301, 76, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    a["sua_luc"] = a["ngay"] + _dt.timedelta(minutes=3 + a["id"] % 28)          # updated_at: the last save after publishing
BY_DATE = {a["ngay"]: a for a in ARTS}

# ---------------------------------------------------------------- what happens between the two crawls
PINNED = [a for a in ARTS if a["cm"] == "thoi-su" and a["kieu"] == "bai" and D(2025, 1, 1) < a["ngay"] < D(2025, 3, 15)][0]
PINNED["tieu_de"] = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 27 (mở rộng) quyết định nhiều nội dung quan trọng"
# (1) silent correction of a figure (12/06 15:15), saved 16/06 11:25: updated_at and the ETag move
SILENT = BY_DATE[D(2025, 6, 12, 15, 15)]
_sd, S_OLD, S_NEW = sua_so(SILENT, 1)
SILENT_2 = dict(SILENT, doan=_sd, sua_luc=D(2025, 6, 16, 11, 25))
# (2) date corrected: printed 15/06/2025 10:20 on day 1 (wrong day picked in the date widget); true 14/06/2025 10:20
DATE_FIX = BY_DATE[D(2025, 6, 15, 10, 20)]
DATE_FIX_TRUE = D(2025, 6, 14, 10, 20)
DATE_FIX_2 = dict(DATE_FIX, ngay=DATE_FIX_TRUE, sua_luc=D(2025, 6, 16, 14, 5))
# (3) withdrawals: hard-deleted (404), unpublished (status 2: 200 'Bài viết không tồn tại hoặc đã bị gỡ', list item 'Đã gỡ')
DELETED = BY_DATE[D(2025, 6, 12, 13, 20)]
REMOVED = BY_DATE[D(2025, 6, 13, 16, 30)]
REMOVED_TEXT = "Bài viết không tồn tại hoặc đã bị gỡ."
# (4) unchanged, linked from the home 'Tin nổi bật' with Zalo share parameters
UTM = BY_DATE[D(2025, 6, 14, 15, 45)]
# (5) old articles: one deleted (404), one silent figure (updated_at moves)
OLD_DELETED = [a for a in ARTS if a["cm"] == "kinh-te-xa-hoi" and a["ngay"] < D(2025, 1, 1)][0]
OLD_SILENT = [a for a in ARTS if a["cm"] == "xay-dung-dang" and a["kieu"] == "bai" and D(2025, 3, 10) < a["ngay"] < D(2025, 4, 30)][0]
_os, OS_OLD, OS_NEW = sua_so(OLD_SILENT, 1)
OLD_SILENT_2 = dict(OLD_SILENT, doan=_os, sua_luc=D(2025, 6, 16, 16, 50))
for a in ARTS:
    a["slug"] = duong_dan(a["tieu_de"], 90)
for b in (SILENT_2, DATE_FIX_2, OLD_SILENT_2):
    b["slug"] = [a for a in ARTS if a["id"] == b["id"]][0]["slug"]
UTM_URL = "/%s-%d.html?utm_source=zalo&utm_medium=social&utm_campaign=tuan-25" % (UTM["slug"], UTM["id"])
NOI_BAT_1 = [BY_DATE[D(2025, 6, 16, 9, 5)], BY_DATE[D(2025, 6, 13, 9, 50)], BY_DATE[D(2025, 6, 12, 10, 40)],
             [a for a in ARTS if a["cm"] == "kinh-te-xa-hoi" and D(2025, 5, 1) < a["ngay"] < D(2025, 6, 1)][0]]

_n = SoanTin(19302, 4, [(k, w, "tinhuy", kieu) for k, _, w, kieu in SECTIONS if kieu == "bai"], HUYEN, XA, AP, id_dau=4700, buoc=5,
             nguon="TUNB", chu_de=["xay-dung-dang", "kinh-te", "dan-van"]).items
NEW1, NEW2, FEED_ONLY, MAP_ONLY = _n
NEW1.update(cm="thoi-su", ngay=D(2025, 6, 16, 15, 10), id=4691)
NEW2.update(cm="xay-dung-dang", ngay=D(2025, 6, 17, 7, 40), id=4702)
FEED_ONLY.update(cm="thoi-su", ngay=D(2025, 6, 16, 19, 30), id=4697, an_khoi_ds=True,
                 tieu_de="Toàn văn phát biểu của đồng chí Bí thư Tỉnh ủy tại Hội nghị sơ kết công tác 6 tháng đầu năm 2025",
                 sapo="(TUNB) - Trang thông tin điện tử Tỉnh ủy trân trọng giới thiệu toàn văn phát biểu chỉ đạo của đồng chí Bí thư Tỉnh ủy tại hội nghị chiều 16/6.")
MAP_ONLY.update(cm=HIDDEN_CAT[0], ngay=D(2025, 6, 16, 17, 5), id=4694,
                tieu_de="Tài liệu tuyên truyền kỷ niệm 100 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2025)",
                sapo="(TUNB) - Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành tài liệu tuyên truyền kỷ niệm 100 năm Ngày Báo chí cách mạng Việt Nam.")
NEWS2 = [NEW1, NEW2, FEED_ONLY, MAP_ONLY]
for a in NEWS2:
    a["slug"] = duong_dan(a["tieu_de"], 90)
    a["sua_luc"] = a["ngay"] + _dt.timedelta(minutes=6)
NOI_BAT_2 = [NEW1, UTM, BY_DATE[D(2025, 6, 16, 9, 5)], BY_DATE[D(2025, 6, 13, 9, 50)]]
DEAD_LINK = "/hoi-nghi-bao-cao-vien-tinh-uy-thang-10-2024-4288.html"
DEAD_HOST = [a for a in ARTS if a["cm"] == "xay-dung-dang" and a["ngay"] < D(2025, 1, 15)][0]


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else NGAY_HAI
        v = {a["id"]: a for a in ARTS}
        self.removed = set()
        if day == 2:
            for a in (DELETED, OLD_DELETED):
                del v[a["id"]]
            self.removed = {REMOVED["id"]}
            v[SILENT["id"]], v[DATE_FIX["id"]], v[OLD_SILENT["id"]] = SILENT_2, DATE_FIX_2, OLD_SILENT_2
            for a in NEWS2:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        # the list scope: published (status 1, or 2 = 'Đã gỡ', which the list still shows), not 'hidden from lists'
        self.listed = [a for a in self.arts if not a.get("an_khoi_ds")]
        self.live = [a for a in self.listed if a["id"] not in self.removed]
        self.noi_bat = NOI_BAT_1 if day == 1 else [v[a["id"]] for a in NOI_BAT_2]

    def in_sec(self, sec):
        return [a for a in self.listed if a["cm"] == sec]

    def news(self):
        return [a for a in self.live if a["cm"] in NEWS]


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
    return "/%s-%d.html" % (a["slug"], a["id"])


def etag(a):
    """yii\\filters\\HttpCache: '"' . rtrim(base64_encode(sha1($seed, true)), '=') . '"', seed = the article's own fields."""
    seed = "\n".join([a["tieu_de"], a["sapo"], a["ngay"].isoformat()] + a["doan"])
    return '"%s"' % _b64.b64encode(_hl.sha1(seed.encode("utf-8")).digest()).decode().rstrip("=")


def csrf(w, path):
    return _b64.b64encode(_hl.sha1(("%s|%d|csrf" % (path, w.day)).encode()).digest()).decode()[:40]


def shell(tv, w, title, main, canonical=None, status=200, headers=()):
    nav = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (k, x(SECNAME[k])) for k in NEWS)
    moi = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.news()[:6])
    tb = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in [b for b in w.live if b["cm"] == "thong-bao"][:4])
    return Dapung(
        '<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="csrf-param" content="_csrf-frontend"><meta name="csrf-token" content="%s"><title>%s - %s</title>%s'
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss"><link href="/assets/3f9a2c1b/css/bootstrap.css" rel="stylesheet">'
        '<link href="/css/site.css?v=1718000000" rel="stylesheet"></head><body><div class="wrap"><div class="top-banner"><a href="/">'
        '<img src="/images/banner-tinhuy.png" alt="TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY NGHĨA BÌNH"></a></div>'
        '<nav id="w0" class="navbar-inverse navbar"><div class="container"><ul id="w1" class="navbar-nav nav"><li><a href="/">Trang chủ</a></li>%s'
        '<li><a href="/su-kien">Sự kiện</a></li></ul><form class="navbar-form" action="/tim-kiem" method="get"><input type="text" name="q" '
        'class="form-control" placeholder="Từ khóa"></form></div></nav><div class="container"><div class="row"><div class="col-md-8">%s</div>'
        '<div class="col-md-4"><div class="widget"><h4 class="widget-title">Tin mới</h4><ul>%s</ul></div><div class="widget">'
        '<h4 class="widget-title">Thông báo - Chỉ đạo</h4><ul>%s</ul></div><div class="widget"><h4 class="widget-title">Liên kết</h4><ul>'
        '<li><a href="https://tulieuvankien.example/">Tư liệu - Văn kiện Đảng</a></li><li><a href="https://nghiabinh.example/">Cổng TTĐT tỉnh Nghĩa Bình</a></li>'
        '</ul></div></div></div></div></div><footer class="footer"><div class="container"><p>Cơ quan chủ quản: Tỉnh ủy Nghĩa Bình. Chịu trách '
        'nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Địa chỉ: số 52 đường Hùng Vương, thị xã Quảng Ngãi.</p></div></footer>'
        '<script src="/assets/8b1e4d2a/jquery.js"></script><script src="/assets/3f9a2c1b/js/bootstrap.js"></script></body></html>' % (
            csrf(w, tv.path), x(title), x(SITE), '<link href="%s%s" rel="canonical">' % (tv.origin, canonical) if canonical else "",
            nav, main, moi, tb), status, headers=list(headers))


def item(w, a, lead=True):
    go = ' <span class="label label-default">Đã gỡ</span>' if a["id"] in w.removed else ""
    return ('<div class="news-item"><a class="thumb" href="%s"><img src="/uploads/article/%d/thumb_%d.jpg" alt=""></a><h3><a href="%s">%s</a>%s</h3>'
            '<time datetime="%s">%s %s</time>%s</div>') % (
        url(a), a["ngay"].year, a["id"], url(a), x(a["tieu_de"]), go, a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="sapo">%s</p>' % x(a["sapo"]) if lead else "")


def pinned_block(w):
    return ('<div class="tieu-diem"><span class="label label-danger">Tiêu điểm</span><h2><a href="%s">%s</a></h2><p>%s</p></div>' % (
        url(PINNED), x(PINNED["tieu_de"]), x(PINNED["sapo"])))


def home(tv, w):
    main = pinned_block(w)
    main += '<div class="noi-bat"><h4>Tin nổi bật</h4><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a></li>' % (x(UTM_URL) if (w.day == 2 and a is UTM) else url(a), x(a["tieu_de"])) for a in w.noi_bat)
    main += '<div class="tin-moi"><h4>Tin mới</h4>%s</div>' % "".join(item(w, a) for a in w.news()[:8])
    main += "".join('<div class="box-cat"><h4><a href="/chuyen-muc/%s">%s</a></h4>%s</div>' % (
        k, x(SECNAME[k]), "".join(item(w, a, False) for a in [b for b in w.live if b["cm"] == k][:4])) for k in NEWS)
    return shell(tv, w, "Trang chủ", main)


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    raw = tv.q.get("page", "1")
    n = int(raw) if _re.fullmatch(r"-?\d{1,6}", raw or "") else 1
    n = min(max(n, 1), pages)                          # yii\data\Pagination::validatePage
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    base = "/chuyen-muc/%s" % sec

    def link(i, label, cls=""):
        return '<li%s><a href="%s?page=%d&amp;per-page=%d" data-page="%d">%s</a></li>' % (cls, base, i, PER_PAGE, i - 1, label)
    pg = ""
    if pages > 1:
        li = [link(n - 1, "&laquo;", ' class="prev"') if n > 1 else '<li class="prev disabled"><span>&laquo;</span></li>']
        li += [link(i, str(i), ' class="active"' if i == n else "") for i in range(1, pages + 1)]
        li.append(link(n + 1, "&raquo;", ' class="next"') if n < pages else '<li class="next disabled"><span>&raquo;</span></li>')
        pg = '<ul class="pagination">%s</ul>' % "".join(li)
    body = "".join(item(w, a) for a in chunk) or '<p class="empty">Không tìm thấy kết quả nào.</p>'
    return shell(tv, w, SECNAME[sec], '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ul>%s'
                 '<h1 class="cat-title">%s</h1><div class="list-view">%s</div>%s' % (x(SECNAME[sec]), pinned_block(w), x(SECNAME[sec]), body, pg))


def article(tv, w, a):
    if a["id"] in w.removed:
        # status 2 (unpublished): the controller renders its 'removed' view with 200; HttpCache still stamps updated_at
        return shell(tv, w, "Thông báo", '<div class="alert alert-info"><p>%s</p><p><a href="/">Quay lại trang chủ</a></p></div>' % REMOVED_TEXT,
                     headers=[("Last-Modified", http_date(D(2025, 6, 16, 17, 45))), ("Cache-Control", "public, max-age=3600")])
    lm, et = http_date(a["sua_luc"]), etag(a)
    hdrs = [("Last-Modified", lm), ("ETag", et), ("Cache-Control", "public, max-age=3600")]
    inm, ims = tv.h("If-None-Match"), tv.h("If-Modified-Since")
    if inm is not None:               # yii\filters\HttpCache::validateCache: If-None-Match wins; else If-Modified-Since
        if et in [t.strip() for t in inm.split(",")]:
            return Dapung(b"", 304, None, hdrs)
    elif ims is not None:
        since = doc_http_date(ims)
        if since is not None and since >= a["sua_luc"]:
            return Dapung(b"", 304, None, hdrs)
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h3>%s</h3>" % x(a["muc"][i]))
        paras.append("<p>%s</p>" % x(p))
    if a.get("chu_thich"):
        paras.insert(1, '<figure class="image"><img src="/uploads/article/%d/%d_1.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
            a["ngay"].year, a["id"], x(a["chu_thich"])))
    if a is DEAD_HOST:
        paras.append('<p><strong>Xem thêm:</strong> <a href="%s">Hội nghị báo cáo viên Tỉnh ủy tháng 10/2024</a></p>' % DEAD_LINK)
    rel = [b for b in w.live if b["cm"] == a["cm"] and b["id"] != a["id"]][:5]
    main = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/%s">%s</a></li></ul><div class="article-view">'
            '<h1 class="article-title">%s</h1><div class="article-meta"><time datetime="%s">%s %s</time></div>%s<div class="article-sapo">%s</div>'
            '<div class="article-content">%s</div><div class="article-author">%s</div><div class="article-tags">Từ khóa: %s</div></div>'
            '<div class="article-related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        ", ".join('<span class="tag">%s</span>' % x(t) for t in a["nhan"]),
        "".join('<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a), headers=hdrs)


def not_found(tv, w):
    return shell(tv, w, "Not Found (#404)", '<div class="site-error"><h1>Not Found (#404)</h1><div class="alert alert-danger">Trang bạn tìm '
                 'không tồn tại.</div><p>Lỗi trên xảy ra khi máy chủ xử lý yêu cầu của bạn.</p></div>', status=404)


def events(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", "2025-06"))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv, w)
    y, mo = int(m.group(1)), int(m.group(2))
    prev = (y, mo - 1) if mo > 1 else (y - 1, 12)
    nxt = (y, mo + 1) if mo < 12 else (y + 1, 1)
    return shell(tv, w, "Sự kiện", '<h1>Sự kiện tháng %d/%d</h1><p><a href="/su-kien?thang=%d-%02d">« Tháng trước</a> | '
                 '<a href="/su-kien?thang=%d-%02d">Tháng sau »</a></p><p>Chưa có sự kiện.</p>' % (mo, y, prev[0], prev[1], nxt[0], nxt[1]))


def sitemap(tv, w):
    rows = [(url(a), a["sua_luc"], None) for a in w.listed if a["id"] not in w.removed]
    last = max(a["sua_luc"] for a in w.listed)
    et = '"%s"' % _hl.md5("|".join(p + d.isoformat() for p, d, _ in rows).encode()).hexdigest()
    hdrs = [("Last-Modified", http_date(last)), ("ETag", et)]
    if tv.h("If-None-Match") == et or (tv.h("If-None-Match") is None and doc_http_date(tv.h("If-Modified-Since") or "") and
                                       doc_http_date(tv.h("If-Modified-Since")) >= last):
        return Dapung(b"", 304, None, hdrs)
    return urlset(tv.origin, rows, hdrs)


def handle(tv):
    w = W()
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv, w)
    if p == "/rss":                                    # the feed action has its own query: no 'hidden from lists' filter
        items = [a for a in w.arts if a["cm"] in NEWS and a["id"] not in w.removed][:20]
        return rss(tv.origin, SITE, "/", [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items])
    if p == "/sitemap.xml":
        return sitemap(tv, w)
    if p == "/su-kien":
        return events(tv, w)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in SECNAME and (m.group(1) != HIDDEN_CAT[0] or w.day == 2):
        return listing(tv, w, m.group(1))
    m = _re.fullmatch(r"/([a-z0-9-]+)-(\d{1,6})\.html", p)
    if m:
        a = w.v.get(int(m.group(2)))
        if a is None:
            return not_found(tv, w)
        if m.group(1) != a["slug"]:
            return chuyen(url(a), 301)                 # $this->redirect($model->url, 301)
        return article(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx"), ("X-Powered-By", "PHP/8.1.27")])

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {}
    for a in w.arts:
        if a["id"] in w.removed:
            continue
        arts[url(a)] = {"title": a["tieu_de"], "aliases": [UTM_URL] if (w.day == 2 and a is UTM) else []}
    out = {
        "family": "Yii 2.0 portal (advanced template, PHP 8.1-FPM, nginx; local vendor, Bootstrap 3 theme, hedged) of a provincial Party "
                  "committee (Tỉnh ủy Nghĩa Bình): correct article validators (HttpCache: updated_at + sha1 of the article), a pinned "
                  "'Tiêu điểm' article heading every list; day 2: new articles below the pin, one only in the RSS, one only in the "
                  "sitemap, recent corrections and withdrawals (404 and a 200 notice), a utm link",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin", "/debug", "/gii", "/site/login", "/tim-kiem"],
        "trap_prefixes": ["/su-kien?"],
        "notes": (
            "Articles /<slug>-<id>.html (UrlManager rule; a wrong slug 301s to the right one; other query parameters are ignored); "
            "category lists /chuyen-muc/<cat> with yii\\widgets\\LinkPager links ?page=N&per-page=10 (page 1 linked as ?page=1&per-page=10; "
            "10 a page; out-of-range pages clamped to the last one), every list page headed by the pinned 'Tiêu điểm' article (11/03/"
            "2025); home: the pinned article, 'Tin nổi bật' 4 (hand-picked links), 'Tin mới' 8, a box per category 4; sidebar 'Tin mới' "
            "6 and 'Thông báo - Chỉ đạo' 4 on every page; /rss (20 newest of the news categories; its query does not apply the "
            "'hidden from lists' flag); /sitemap.xml (robots Sitemap line; every listed article of every category, lastmod = "
            "updated_at; Last-Modified / ETag, 304 when unchanged); a 'Xem thêm:' link to a deleted article (404); events calendar "
            "/su-kien?thang=YYYY-MM « Tháng trước | Tháng sau » forever (trap). Article pages: yii\\filters\\HttpCache with "
            "Last-Modified = updated_at and ETag = sha1(title, lead, date, text) (base64, quoted), Cache-Control public, max-age=3600; "
            "If-None-Match is checked first, else If-Modified-Since >= updated_at; both answer 304 exactly when the article is "
            "unchanged (the 'Tin mới' sidebar is not part of the seed). Dates 'dd/mm/yyyy HH:MM' in <time datetime>.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Tuesday 17/06/2025 09:40): two new articles ('%s' 16/06 15:10, '%s' 17/06 07:40) below the pinned article; "
                "'%s' (16/06 19:30) ticked 'Ẩn khỏi danh sách' — only the RSS lists it; '%s' (16/06 17:05) in the new category "
                "'%s', not in the menu and kept out of the RSS — only the sitemap lists it; recent articles: a silent figure "
                "correction, a date correction (15/06 10:20 -> 14/06 10:20), one hard-deleted (404), one unpublished (200 '%s', "
                "still in its list marked 'Đã gỡ'); the home 'Tin nổi bật' links an unchanged article as %s; an old article deleted "
                "(404) and an old one silently corrected; 'Tin mới' boxes moved on every page." % (
                    NEW1["tieu_de"], NEW2["tieu_de"], FEED_ONLY["tieu_de"], MAP_ONLY["tieu_de"], HIDDEN_CAT[1], REMOVED_TEXT, UTM_URL))),
    }
    if w.day == 2:
        out["only_via"] = {"feed": [url(FEED_ONLY)], "sitemap": [url(MAP_ONLY)]}
    return out


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _cond_changed(a1, a2):
    """Day-1 validators sent on day 2 to a changed article: 200 with the new validators."""
    return [{"path": url(a2), "status": 200, "headers": {"If-None-Match": etag(a1)}, "expect_headers": {"ETag": etag(a2), "Last-Modified": http_date(a2["sua_luc"])}},
            {"path": url(a2), "status": 200, "headers": {"If-Modified-Since": http_date(a1["sua_luc"])}}]


def _href(a):
    return 'href="%s"' % url(a)


DAY2 = {}
for a in (NEW1, NEW2):
    DAY2[url(a)] = muc(
        "new_below_pinned", a, True,
        "An ordinary article published between the crawls (%s). Its list's first item on both days is the pinned 'Tiêu điểm' article "
        "of 11/03/2025, archived long ago; the new article is the first item below it (and in the home 'Tin mới')." % a["ngay"].strftime("%d/%m %H:%M"),
        url(a), contains=a["doan"][0],
        checks=[{"path": "/chuyen-muc/" + a["cm"], "status": 200, "contains": _href(a)},
                {"path": "/chuyen-muc/" + a["cm"], "status": 200, "contains": 'class="tieu-diem"'}],
        reached_by=["/chuyen-muc/%s page 1 (below the pinned article)" % a["cm"], "home 'Tin mới'", "/rss", "/sitemap.xml"])
DAY2[url(FEED_ONLY)] = muc(
    "new_feed_only", FEED_ONLY, True,
    "Published 16/06 19:30 with 'Ẩn khỏi danh sách' ticked (the speech is meant to be linked from the news report, which does not link "
    "it yet): no list, box, sidebar or sitemap shows it, but the RSS action has its own query without that filter and lists it. Only a "
    "crawl that reads the feed finds it.",
    url(FEED_ONLY), contains=FEED_ONLY["doan"][0],
    checks=[{"path": "/rss", "status": 200, "contains": url(FEED_ONLY)}, {"path": "/sitemap.xml", "status": 200, "not_contains": url(FEED_ONLY)},
            {"path": "/chuyen-muc/thoi-su", "status": 200, "not_contains": _href(FEED_ONLY)}, {"path": "/", "status": 200, "not_contains": _href(FEED_ONLY)}],
    reached_by=["/rss only"])
DAY2[url(MAP_ONLY)] = muc(
    "new_sitemap_only", MAP_ONLY, True,
    "Published 16/06 17:05 in the category '%s' created the same day: not yet in the menu, of type 'tài liệu' (kept out of 'Tin mới' "
    "and the RSS); /sitemap.xml lists it with lastmod 2025-06-16T17:11. Only a crawl that reads the sitemap finds it." % HIDDEN_CAT[1],
    url(MAP_ONLY), contains=MAP_ONLY["doan"][0],
    checks=[{"path": "/sitemap.xml", "status": 200, "contains": url(MAP_ONLY) + "</loc><lastmod>2025-06-16T17:11:00+07:00</lastmod>"},
            {"path": "/rss", "status": 200, "not_contains": url(MAP_ONLY)}, {"path": "/", "status": 200, "not_contains": _href(MAP_ONLY)}],
    reached_by=["/sitemap.xml only (lastmod 2025-06-16T17:11)"])
DAY2[url(SILENT)] = muc(
    "corrected_silent", SILENT_2, True,
    "Published 12/06 (inside the 7-day window). A figure of the 2nd paragraph was silently corrected on 16/06 11:25 (no note, same "
    "title); the site's validators move with the content, so a conditional re-check with the day-1 ETag or Last-Modified gets 200 "
    "and the new text. The record must take it. The sitemap, read every day, shows the new lastmod (2025-06-16T11:25).",
    url(SILENT), same=url(SILENT), contains=S_NEW, lacks=S_OLD,
    checks=_cond_changed(SILENT, SILENT_2) + [{"path": url(SILENT), "status": 200, "contains": x(S_NEW)}],
    noticed_on=[{"path": "/sitemap.xml", "status": 200, "contains": url(SILENT) + "</loc><lastmod>2025-06-16T11:25:00+07:00</lastmod>"}],
    day1=trang_thai(SILENT, S_OLD))
DAY2[url(DATE_FIX)] = muc(
    "date_corrected", DATE_FIX_2, True,
    "The editor picked the wrong day in the date widget (the page printed 15/06/2025 10:20 on day 1) and set it to the true 14/06/2025 "
    "10:20 on 16/06 14:05. The validators move (200 to a conditional re-check); the list shows the item under its new date.",
    url(DATE_FIX), same=url(DATE_FIX), contains=DATE_FIX["doan"][0],
    checks=_cond_changed(DATE_FIX, DATE_FIX_2) + [{"path": url(DATE_FIX), "status": 200, "contains": "14/06/2025 10:20", "not_contains": "15/06/2025 10:20"}],
    noticed_on=[{"path": "/chuyen-muc/thoi-su", "status": 200, "contains": "14/06/2025 10:20"},
                {"path": "/sitemap.xml", "status": 200, "contains": url(DATE_FIX) + "</loc><lastmod>2025-06-16T14:05:00+07:00</lastmod>"}],
    day1=trang_thai(DATE_FIX, DATE_FIX["doan"][0]), published_day1=DATE_FIX["ngay"].strftime("%Y-%m-%d %H:%M"))
DAY2[url(DELETED)] = muc(
    "withdrawn_404", DELETED, True,
    "Published 12/06; deleted on 16/06 10:30: 404 'Not Found (#404)' and gone from the lists, boxes, RSS and sitemap. Keep the day-1 "
    "record, mark it withdrawn.",
    None, withdrawn=True, same=url(DELETED), contains=DELETED["doan"][0],
    checks=[{"path": url(DELETED), "status": 404}, {"path": url(DELETED), "status": 404, "headers": {"If-None-Match": etag(DELETED)}},
            {"path": "/sitemap.xml", "status": 200, "not_contains": url(DELETED)}],
    day1=trang_thai(DELETED, DELETED["doan"][0]))
DAY2[url(REMOVED)] = muc(
    "withdrawn_soft_200", REMOVED, True,
    "Published 13/06; unpublished on 16/06 17:45: the URL answers 200 with only '%s' (a new Last-Modified, no ETag), and its list "
    "still shows the item with a 'Đã gỡ' label and the link. Keep the day-1 record and text, mark it withdrawn; the notice must not "
    "replace the text." % REMOVED_TEXT,
    None, withdrawn=True, same=url(REMOVED), contains=REMOVED["doan"][0], lacks=REMOVED_TEXT,
    checks=[{"path": url(REMOVED), "status": 200, "contains": REMOVED_TEXT, "not_contains": x(REMOVED["tieu_de"])},
            {"path": url(REMOVED), "status": 200, "headers": {"If-None-Match": etag(REMOVED)}, "contains": REMOVED_TEXT}],
    noticed_on=[{"path": "/chuyen-muc/xay-dung-dang", "status": 200, "contains": '%s</a> <span class="label label-default">Đã gỡ</span>' % x(REMOVED["tieu_de"])}],
    day1=trang_thai(REMOVED, REMOVED["doan"][0]))
DAY2[url(UTM)] = muc(
    "linked_tracking_params", UTM, True,
    "Unchanged. The hand-edited home 'Tin nổi bật' now links it as %s (the address copied from a Zalo share); Yii ignores the "
    "parameters and answers 200 with the same page and its canonical link. One record, never a second one for the tracked address." % UTM_URL,
    url(UTM), same=url(UTM), contains=UTM["doan"][0], guard=True,
    checks=[{"path": "/", "status": 200, "contains": 'href="%s"' % x(UTM_URL)}, {"path": UTM_URL, "status": 200, "contains": '%s" rel="canonical"' % url(UTM)},
            {"path": url(UTM), "status": 304, "headers": {"If-None-Match": etag(UTM)}}],
    day1=trang_thai(UTM, UTM["doan"][0]), variant_url=UTM_URL)
DAY2[url(OLD_DELETED)] = muc(
    "old_withdrawn_404", OLD_DELETED, False,
    "Published %s; deleted on 16/06 (404, unlinked, out of the sitemap). Outside the 7-day window: an ordinary run learns it only "
    "when the rolling re-check reaches it. Withdrawn or not yet marked are both acceptable; the day-1 record must be kept." % ngay(OLD_DELETED["ngay"]),
    None, withdrawn=True, same=url(OLD_DELETED), contains=OLD_DELETED["doan"][0],
    checks=[{"path": url(OLD_DELETED), "status": 404}],
    day1=trang_thai(OLD_DELETED, OLD_DELETED["doan"][0]))
DAY2[url(OLD_SILENT)] = muc(
    "old_corrected_silent", OLD_SILENT_2, False,
    "Published %s; a figure silently corrected on 16/06 16:50. Outside the 7-day window, so an ordinary run re-checks it only in "
    "its turn of the rolling sixtieth; but the sitemap it reads every day shows the new lastmod (2025-06-16T16:50), and the "
    "validators move (200 to a conditional request). Either text is acceptable, never a mix." % ngay(OLD_SILENT["ngay"]),
    url(OLD_SILENT), same=url(OLD_SILENT), contains=OS_NEW, lacks=OS_OLD,
    checks=_cond_changed(OLD_SILENT, OLD_SILENT_2) + [{"path": url(OLD_SILENT), "status": 200, "contains": x(OS_NEW)}],
    noticed_on=[{"path": "/sitemap.xml", "status": 200, "contains": url(OLD_SILENT) + "</loc><lastmod>2025-06-16T16:50:00+07:00</lastmod>"}],
    day1=trang_thai(OLD_SILENT, OS_OLD))

_a0 = BY_DATE[D(2025, 6, 16, 9, 5)]
SELFTEST = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": url(_a0), "status": 304, "headers": {"If-Modified-Since": http_date(_a0["sua_luc"])}},
    {"path": url(_a0), "status": 200, "headers": {"If-Modified-Since": http_date(_a0["sua_luc"] - _dt.timedelta(minutes=1))}},
    {"path": url(_a0), "status": 200, "headers": {"If-None-Match": '"abc"', "If-Modified-Since": http_date(BAY_GIO)}},
    {"path": url(_a0), "status": 200, "expect_headers": {"ETag": etag(_a0), "Last-Modified": http_date(_a0["sua_luc"])}},
    {"path": "/sai-duong-dan-%d.html" % _a0["id"], "status": 301, "location": url(_a0)},
    {"path": "/chuyen-muc/thoi-su?page=99&per-page=10", "status": 200, "contains": 'class="active"><a'},
    {"path": DEAD_LINK, "status": 404},
    {"path": "/chuyen-muc/" + HIDDEN_CAT[0], "status": 404},
    {"path": "/", "status": 200, "expect_headers": {"ETag": None, "Last-Modified": None}},
]
SELFTEST_DAY2 = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": "/chuyen-muc/" + HIDDEN_CAT[0], "status": 200, "contains": x(MAP_ONLY["tieu_de"])},
    {"path": "/sitemap.xml", "status": 200, "headers": {"If-Modified-Since": http_date(max(a["sua_luc"] for a in ARTS))}},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat>[?page=N&per-page=10] -> /<slug>-<id>.html", "/rss -> /<slug>-<id>.html",
               "robots.txt -> /sitemap.xml -> /<slug>-<id>.html"],
    "alias_kinds": ["none on day 1; day 2: one utm-tagged address from the home 'Tin nổi bật' (200, canonical)"],
    "quirks": ["Yii LinkPager ?page=N&per-page=10, out-of-range pages clamped", "wrong slug -> 301", "pinned 'Tiêu điểm' article atop every list page",
               "correct article validators (HttpCache: updated_at + sha1 seed); sitemap with validators too",
               "RSS query ignores the 'hidden from lists' flag", "events-calendar trap /su-kien?thang=",
               "DAY 2: new articles below the pinned one", "DAY 2: one new article only in the RSS, one only in the sitemap",
               "DAY 2: recent silent correction and date correction (validators move)",
               "DAY 2: recent withdrawals: 404 and 200 'Bài viết không tồn tại hoặc đã bị gỡ' (list marks it 'Đã gỡ')",
               "DAY 2: an unchanged article linked with utm_ parameters", "DAY 2: an old article deleted (404), one silently corrected"],
    "not_articles": [DEAD_LINK],
    "not_articles_day2": [DEAD_LINK, url(REMOVED)],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "article pages: Last-Modified = updated_at, ETag = sha1(title, lead, date, text); 304 exactly when unchanged (If-None-Match first)",
    "pinned": url(PINNED),
    "day2": DAY2,
}
