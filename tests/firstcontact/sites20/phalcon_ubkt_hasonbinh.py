"""Blind replica, set 20 A: Ủy ban Kiểm tra Tỉnh ủy Hà Sơn Bình on an in-house Phalcon 4 portal (PHP 7.4-FPM behind nginx
1.18; local vendor, Bootstrap 4 theme, hedged).  No validators at all (every re-check is a full GET).  Day 2 is THE DAY THE
SERVER MISBEHAVES: listings, home page and feed work, but five recent article pages do not — one answers 503 with
Retry-After: 5, one nginx's 502 Bad Gateway, one nginx's 504 Gateway Time-out, one the framework's 500 page, and one 200
with the HTML cut off in the middle (a PHP fatal error after the output buffer was flushed) — and the whole section
'Nghiên cứu - Trao đổi' (list and articles) answers 200 with a maintenance notice.  Around them an ordinary day: three new
articles, a recent retitle, a recent withdrawal (404), an old article deleted.  Stdlib only; no sleep; see README.md."""
# ==== KERNEL BEGIN (sites20 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 20 kernel: set 19's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
# publication calendar lich_dang, the generator SoanTin, sua_so, trang_thai, muc) with a NEW vocabulary (Ủy ban Kiểm tra
# Tỉnh ủy, a Huyện ủy, Đảng ủy các cơ quan Đảng tỉnh; May 2025: đại hội chi bộ nhiệm kỳ 2025 - 2027, sắp xếp đơn vị hành
# chính, 135 năm Ngày sinh Chủ tịch Hồ Chí Minh) and the reason phrases of 502 / 503 / 504.
# Set 20 sites have TWO days like sets 17-19: day 1 is Wednesday 14/05/2025 09:40 (UTC+7), day 2 Thursday 15/05/2025 09:40.
# No clock and no sleep: every time a module prints or sends is derived from those two constants.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 5, 14, 9, 40)          # day 1, local time (Asia/Ho_Chi_Minh)
NGAY_HAI = _dt.datetime(2025, 5, 15, 9, 40)         # day 2, local time
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


# ---------------------------------------------------------------- seeded newsroom (set 20 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Đinh",
       "Lương", "Kiều", "Tạ", "Võ", "Huỳnh", "Mai", "Phan")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Hữu", "Đức", "Ngọc", "Xuân", "Thu", "Bảo", "Công", "Kim", "Đình")
_TEN = ("An", "Bình", "Cường", "Duyên", "Giao", "Hải", "Hằng", "Khoa", "Lan", "Lộc", "Mai", "Nam", "Nhung", "Phúc",
        "Quân", "Sơn", "Tài", "Thảo", "Thịnh", "Trung", "Vân", "Vinh", "Xuyến", "Hưng")
_SO = ("Tài chính", "Nội vụ", "Xây dựng", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương", "Nông nghiệp và Môi trường")
_CQC = ("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
        "Báo tỉnh", "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
_CHUC = ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy",
         "Phó Bí thư Thường trực Tỉnh ủy", "Bí thư Huyện ủy {H}", "Phó Bí thư Thường trực Huyện ủy {H}", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy {H}",
         "Bí thư Đảng ủy xã {X}", "Bí thư Đảng ủy các cơ quan Đảng tỉnh", "Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh", "Giám đốc Sở {S}",
         "Bí thư Chi bộ {C}", "Trưởng Ban Tổ chức Huyện ủy {H}")
_DON_VI = ("Đảng bộ Sở {S}", "Chi bộ {C}", "Huyện ủy {H}", "Đảng ủy xã {X}", "Ủy ban Kiểm tra Huyện ủy {H}", "Đảng bộ Công an huyện {H}",
           "Chi bộ thôn {A}", "Đảng ủy thị trấn {X}")
_CO_QUAN = ("Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Đảng ủy các cơ quan Đảng tỉnh",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ủy ban MTTQ Việt Nam tỉnh",
            "Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh")
CHU_DE = {
    "kiem-tra": ("Kiểm tra, giám sát", ("kiểm tra khi có dấu hiệu vi phạm", "giám sát chuyên đề năm 2025", "kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát")),
    "ky-luat": ("Kỷ luật đảng", ("thi hành kỷ luật trong Đảng", "giải quyết đơn thư khiếu nại, tố cáo", "kiểm tra tài chính đảng")),
    "dai-hoi": ("Đại hội", ("đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027", "chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030", "góp ý dự thảo văn kiện đại hội")),
    "sap-xep": ("Sắp xếp bộ máy", ("sắp xếp đơn vị hành chính cấp xã", "tổ chức chính quyền địa phương hai cấp", "kiện toàn tổ chức đảng sau sắp xếp")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", "xây dựng mô hình dân vận khéo")),
    "chuyen-doi-so": ("Chuyển đổi số", ("chuyển đổi số trong cơ quan đảng", "ứng dụng Sổ tay đảng viên điện tử", "số hóa hồ sơ đảng viên")),
    "tu-tuong": ("Tư tưởng", ("bảo vệ nền tảng tư tưởng của Đảng", "định hướng dư luận xã hội", "tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước")),
    "kinh-te": ("Kinh tế", ("xây dựng nông thôn mới", "giải ngân vốn đầu tư công", "phát triển kinh tế tập thể")),
    "phong-chong": ("Phòng, chống tham nhũng", ("phòng, chống tham nhũng, lãng phí, tiêu cực", "kê khai tài sản, thu nhập", "thực hành tiết kiệm, chống lãng phí")),
}
_KHUON = {
    "ubkt": ["Ủy ban Kiểm tra Tỉnh ủy kiểm tra {v} tại {D}", "Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy làm việc với {D} về {v}",
             "Đồng chí {chuc} dự hội nghị về {v} tại huyện {H}", "{D} tập trung {v}", "Ủy ban Kiểm tra Huyện ủy {H} triển khai {v}",
             "Tập huấn nghiệp vụ {v} cho cán bộ kiểm tra cơ sở", "{n} tổ chức đảng được kiểm tra về {v}", "Kỳ họp thứ {k} của Ủy ban Kiểm tra Tỉnh ủy bàn về {v}"],
    "huyenuy": ["Ban Thường vụ Huyện ủy làm việc với {D} về {v}", "Xã {X}: {v} đạt nhiều kết quả", "Đồng chí {chuc} dự {v} tại xã {X}",
                "Chi bộ thôn {A} tổ chức {v}", "Huyện ủy triển khai {v}", "{n} đảng viên xã {X} tham gia {v}",
                "Đảng ủy thị trấn {X} tập trung {v}", "Hội nghị Ban Chấp hành Đảng bộ huyện cho ý kiến về {v}"],
    "cqd": ["Đảng ủy các cơ quan Đảng tỉnh triển khai {v}", "Chi bộ {C} tập trung {v}", "Đồng chí {chuc} dự {v} tại Chi bộ {C}",
            "{n} đảng viên khối cơ quan Đảng tham gia {v}", "{cq} làm việc với {D} về {v}", "Đảng bộ {C} với {v}",
            "Sơ kết {v} ở các chi bộ trực thuộc", "Hội nghị chuyên đề về {v} tại {C}"],
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


def muc(kind, a, due, why, day2_url, withdrawn=False, same=None, contains=None, lacks=None, checks=(), noticed_on=(),
        day1=None, guard=False, published=None, **extra):
    """One SUMMARY["day2"] entry (set 19 shape: set 18's plus due, noticeable, noticed_on, day1, guard; set 20 entries may add
    day2_answer, a probe showing what the misbehaving server answers, through **extra)."""
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

SITE = "Ủy ban Kiểm tra Tỉnh ủy Hà Sơn Bình"
SECTIONS = [
    ("kiem-tra-giam-sat", "Kiểm tra - Giám sát", 4, "bai"),
    ("ubkt-cac-cap", "Ủy ban Kiểm tra các cấp", 3, "bai"),
    ("ky-luat-dang", "Thi hành kỷ luật Đảng", 2, "bai"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "dai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
MAINT_SEC = "nghien-cuu-trao-doi"
HUYEN = ["Kỳ Sơn", "Lương Sơn", "Kim Bôi", "Lạc Thủy", "Mai Châu", "Ba Vì", "Thạch Thất", "Chương Mỹ", "Mỹ Đức", "Ứng Hòa"]
XA = ["Hòa Sơn", "Tân Vinh", "Trung Minh", "Đồng Tâm", "Phú Cường", "Yên Bài"]
AP = ["Đồng Bến", "Suối Chăm", "Gò Mè", "Bãi Lạng", "Xóm Mới", "Đồng Sương"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /cache/\nDisallow: /tim-kiem\n"
D = _dt.datetime

_GAN = [(D(2025, 5, 14, 8, 30), "kiem-tra-giam-sat"), (D(2025, 5, 14, 7, 45), "thong-bao"), (D(2025, 5, 13, 16, 40), "kiem-tra-giam-sat"),
        (D(2025, 5, 13, 15, 5), "ubkt-cac-cap"), (D(2025, 5, 13, 10, 15), "kiem-tra-giam-sat"), (D(2025, 5, 13, 7, 50), "ubkt-cac-cap"),
        (D(2025, 5, 12, 16, 25), "ky-luat-dang"), (D(2025, 5, 12, 15, 40), "ubkt-cac-cap"), (D(2025, 5, 12, 14, 0), "nghien-cuu-trao-doi"),
        (D(2025, 5, 12, 10, 50), "ubkt-cac-cap"), (D(2025, 5, 12, 9, 20), "ky-luat-dang"), (D(2025, 5, 10, 10, 30), "kiem-tra-giam-sat"),
        (D(2025, 5, 9, 14, 20), "kiem-tra-giam-sat"), (D(2025, 5, 9, 9, 0), "ubkt-cac-cap"), (D(2025, 5, 8, 15, 30), "ky-luat-dang")]
_GAN.sort(reverse=True)
_s = SoanTin(20101, 76, [(k, w, "ubkt", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=1500, buoc=4, nguon="UBKTTU",
             chu_de=["kiem-tra", "ky-luat", "dai-hoi", "phong-chong", "sap-xep"],
             lich=lich_dang(20101, 76, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["so_hieu"] = a["so_hieu"].rsplit("/", 1)[0] + "/UBKTTU"
        a["sapo"] = "Ủy ban Kiểm tra Tỉnh ủy thông báo để các tổ chức đảng, cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện."
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
BY_DATE = {a["ngay"]: a for a in ARTS}

# ---------------------------------------------------------------- what happens between the two crawls
# (1) five recent article pages fail on day 2 (the whole day-2 run long), each in its own way
F503 = BY_DATE[D(2025, 5, 13, 10, 15)]          # 503 + Retry-After: 5 (the photo-gallery resize service the page waits on is down)
F502 = BY_DATE[D(2025, 5, 12, 15, 40)]          # nginx 502 Bad Gateway (PHP-FPM worker segfaults on the embedded video)
F504 = BY_DATE[D(2025, 5, 10, 10, 30)]          # nginx 504 Gateway Time-out (the related-documents query waits on a locked table)
F500 = BY_DATE[D(2025, 5, 12, 9, 20)]           # Phalcon's error page, 500 (a malformed attachment record)
TRUNC = BY_DATE[D(2025, 5, 13, 15, 5)]          # 200, HTML cut inside the 'Đọc thêm' box (PHP fatal error after the flush)
FAILING = {F503["id"]: 503, F502["id"]: 502, F504["id"]: 504, F500["id"]: 500}
# (2) the section 'Nghiên cứu - Trao đổi' in maintenance (its module's tables are being migrated): 200 notice
MAINT_TEXT = ("Chuyên mục Nghiên cứu - Trao đổi đang được bảo trì, nâng cấp dữ liệu từ 22 giờ ngày 14/5/2025. Mong quý bạn đọc thông cảm "
              "và quay lại sau.")
# (3) an ordinary day: a retitle (wrong commune in the title and the lead), a withdrawal (404), an old article deleted
RETITLED = BY_DATE[D(2025, 5, 13, 7, 50)]
RT_OLD_TITLE = RETITLED["tieu_de"]
RETITLED["tieu_de"] = "Ủy ban Kiểm tra Huyện ủy Lương Sơn giám sát đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027 tại xã Cao Dương"
RETITLED["sapo"] = "(UBKTTU) - Sáng 13/5, Ủy ban Kiểm tra Huyện ủy Lương Sơn giám sát việc chuẩn bị đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027 tại xã Cao Dương."
RETITLED_2 = dict(RETITLED, tieu_de=RETITLED["tieu_de"].replace("Cao Dương", "Trung Minh"),
                  sapo=RETITLED["sapo"].replace("Cao Dương", "Trung Minh"))
WITHDRAWN = BY_DATE[D(2025, 5, 12, 16, 25)]
OLD_DELETED = [a for a in ARTS if a["cm"] == "kiem-tra-giam-sat" and D(2024, 11, 1) < a["ngay"] < D(2025, 1, 1)][0]
for a in ARTS:
    a["slug"] = duong_dan(a["tieu_de"], 90)
RETITLED_2["slug"] = RETITLED["slug"]                     # the slug is fixed at creation
MAINT = [a for a in ARTS if a["cm"] == MAINT_SEC]

_n = SoanTin(20102, 2, [("kiem-tra-giam-sat", 1, "ubkt", "bai")], HUYEN, XA, AP, id_dau=1790, buoc=4, nguon="UBKTTU",
             chu_de=["kiem-tra", "dai-hoi"]).items
_t = SoanTin(20103, 1, [("thong-bao", 1, "ubkt", "thongbao")], HUYEN, XA, AP, id_dau=1790, buoc=4, nguon="UBKTTU",
             chu_de=["ky-luat"]).items
NEW1, NEW2 = _n
NEW3 = _t[0]
_ID = max(a["id"] for a in ARTS)
NEW1.update(cm="kiem-tra-giam-sat", ngay=D(2025, 5, 14, 15, 20), id=_ID + 3,
            tieu_de="Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề năm 2025 đối với Ban Thường vụ Huyện ủy Kim Bôi")
NEW2.update(cm="ubkt-cac-cap", ngay=D(2025, 5, 15, 8, 5), id=_ID + 9,
            tieu_de="Ủy ban Kiểm tra Huyện ủy Ba Vì tập huấn nghiệp vụ cho cán bộ kiểm tra các chi bộ trực thuộc")
NEW3["so_hieu"] = NEW3["so_hieu"].rsplit("/", 1)[0] + "/UBKTTU"
NEW3.update(cm="thong-bao", ngay=D(2025, 5, 14, 17, 0), id=_ID + 6,
            tieu_de="Thông báo %s về lịch tiếp đảng viên, công dân của Ủy ban Kiểm tra Tỉnh ủy tháng 5/2025" % NEW3["so_hieu"].replace("Số ", "số "))
NEWS2 = [NEW1, NEW2, NEW3]
for a in NEWS2:
    a["slug"] = duong_dan(a["tieu_de"], 90)
    a["sapo"] = _re.sub(r"(Sáng|Chiều|Ngày) \d{1,2}/\d{1,2},", lambda m: "%s %d/%d," % (m.group(1), a["ngay"].day, a["ngay"].month), a["sapo"])
NEW1["sapo"] = ("(UBKTTU) - Chiều 14/5, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Kim Bôi về việc "
                "thực hiện giám sát chuyên đề năm 2025.")
NEW2["sapo"] = ("(UBKTTU) - Sáng 15/5, Ủy ban Kiểm tra Huyện ủy Ba Vì tập huấn nghiệp vụ công tác kiểm tra, giám sát cho cán bộ kiểm tra "
                "các chi bộ trực thuộc.")
NEW3["sapo"] = "Ủy ban Kiểm tra Tỉnh ủy thông báo lịch tiếp đảng viên, công dân tháng 5/2025 để các tổ chức đảng, cá nhân có liên quan biết."
NOI_BAT = [BY_DATE[D(2025, 5, 14, 8, 30)], BY_DATE[D(2025, 5, 12, 10, 50)],
           [a for a in ARTS if a["cm"] == "ky-luat-dang" and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 1)][0]]
DEAD_LINK = "/ky-luat-dang/hoi-nghi-tong-ket-cong-tac-kiem-tra-giam-sat-nam-2024-1496.html"
DEAD_HOST = [a for a in ARTS if a["cm"] == "kiem-tra-giam-sat" and D(2025, 1, 20) < a["ngay"] < D(2025, 3, 1)][0]


class World:
    def __init__(self, day):
        self.day = day
        v = {a["id"]: a for a in ARTS}
        self.failing, self.trunc, self.maint = {}, set(), False
        if day == 2:
            for a in (WITHDRAWN, OLD_DELETED):
                del v[a["id"]]
            v[RETITLED["id"]] = RETITLED_2
            for a in NEWS2:
                v[a["id"]] = a
            self.failing = dict(FAILING)
            self.trunc = {TRUNC["id"]}
            self.maint = True
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        # lists, boxes and the feed: the maintenance section's module is switched off on day 2
        self.listed = [a for a in self.arts if not (self.maint and a["cm"] == MAINT_SEC)]

    def in_sec(self, sec):
        return [a for a in self.listed if a["cm"] == sec]

    def news(self):
        return [a for a in self.listed if a["cm"] != "thong-bao"]


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Wednesday 14/05/2025 09:40) or day 2 (Thursday 15/05/2025 09:40)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def url(a):
    return "/%s/%s-%d.html" % (a["cm"], a["slug"], a["id"])


def li(a, date=True):
    return '<li><a href="%s">%s</a>%s</li>' % (url(a), x(a["tieu_de"]), ' <span class="date">(%s)</span>' % ngay(a["ngay"]) if date else "")


def shell(tv, w, title, main, canonical=None, status=200, headers=()):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (k, x(n)) for k, n, _, _ in SECTIONS)
    moi = "".join(li(a, False) for a in w.news()[:5])
    tb = "".join(li(a) for a in w.in_sec("thong-bao")[:4])
    return Dapung(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>%s | %s</title>%s<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss.xml">'
        '<link rel="stylesheet" href="/public/css/bootstrap.min.css"><link rel="stylesheet" href="/public/css/ubkt.css?v=2.3.1"></head>'
        '<body><header class="site-header"><div class="container"><a class="logo" href="/"><img src="/public/img/logo-ubkt.png" alt="%s"></a>'
        '<div class="slogan">Trang thông tin điện tử Ủy ban Kiểm tra Tỉnh ủy</div></div></header>'
        '<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>%s'
        '<li class="nav-item"><a class="nav-link" href="/lich-lam-viec">Lịch làm việc</a></li></ul>'
        '<form class="form-inline" action="/tim-kiem" method="get"><input class="form-control" type="search" name="tu-khoa" placeholder="Tìm kiếm..."></form></div></nav>'
        '<main class="container"><div class="row"><div class="col-lg-8">%s</div><aside class="col-lg-4">'
        '<div class="box-side"><h3>Tin mới</h3><ul>%s</ul></div><div class="box-side"><h3>Thông báo</h3><ul>%s</ul></div>'
        '<div class="box-side"><h3>Liên kết</h3><ul><li><a href="https://ubkttw.example/">Ủy ban Kiểm tra Trung ương</a></li>'
        '<li><a href="https://hasonbinh.example/">Cổng TTĐT tỉnh Hà Sơn Bình</a></li></ul></div></aside></div></main>'
        '<footer class="site-footer"><div class="container"><p>© Ủy ban Kiểm tra Tỉnh ủy Hà Sơn Bình. Địa chỉ: số 8 đường Trần Hưng Đạo, '
        'thị xã Hà Đông. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer>'
        '<script src="/public/js/jquery-3.5.1.min.js"></script><script src="/public/js/bootstrap.bundle.min.js"></script></body></html>' % (
            x(title), x(SITE), '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else "", x(SITE), nav, main, moi, tb),
        status, headers=[("X-Powered-By", "PHP/7.4.33")] + list(headers))


def item(a):
    return ('<article class="news-item"><a class="thumb" href="%s"><img src="/uploads/news/%s/%d.jpg" alt="%s"></a><div class="info">'
            '<h3><a href="%s">%s</a></h3><p class="date">%s %s</p><p class="sapo">%s</p></div></article>') % (
        url(a), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]))


def home(tv, w):
    main = '<section class="noi-bat"><h2 class="box-title">Tin nổi bật</h2><ul>%s</ul></section>' % "".join(li(a) for a in NOI_BAT)
    main += '<section class="tin-moi"><h2 class="box-title">Tin mới</h2>%s</section>' % "".join(item(a) for a in w.news()[:6])
    for k, n, _, _ in SECTIONS:
        if w.maint and k == MAINT_SEC:
            main += '<section class="box-cm"><h2 class="box-title"><a href="/%s">%s</a></h2><p class="bao-tri">Chuyên mục đang bảo trì.</p></section>' % (k, x(n))
            continue
        main += '<section class="box-cm"><h2 class="box-title"><a href="/%s">%s</a></h2><ul>%s</ul></section>' % (
            k, x(n), "".join(li(a) for a in w.in_sec(k)[:4]))
    return shell(tv, w, "Trang chủ", main)


def listing(tv, w, sec, n):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]

    def href(i):
        return "/%s" % sec if i == 1 else "/%s/trang-%d" % (sec, i)
    pg = ""
    if pages > 1 and n <= pages:
        cells = []
        if n > 1:
            cells += ['<li class="page-item"><a class="page-link" href="%s">« Trang đầu</a></li>' % href(1),
                      '<li class="page-item"><a class="page-link" href="%s">‹ Trước</a></li>' % href(n - 1)]
        for i in range(max(1, n - 2), min(pages, n + 2) + 1):
            cells.append('<li class="page-item active"><span class="page-link">%d</span></li>' % i if i == n else
                         '<li class="page-item"><a class="page-link" href="%s">%d</a></li>' % (href(i), i))
        if n < pages:
            cells += ['<li class="page-item"><a class="page-link" href="%s">Sau ›</a></li>' % href(n + 1),
                      '<li class="page-item"><a class="page-link" href="%s">Trang cuối »</a></li>' % href(pages)]
        pg = '<nav><ul class="pagination">%s</ul></nav>' % "".join(cells)
    body = "".join(item(a) for a in chunk) or '<p class="empty">Chưa có bài viết trong chuyên mục này.</p>'
    return shell(tv, w, SECNAME[sec] + ("" if n == 1 else " - Trang %d" % n),
                 '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">%s</li></ol>'
                 '<h1 class="cm-title">%s</h1><div class="list-news">%s</div>%s' % (x(SECNAME[sec]), x(SECNAME[sec]), body, pg))


def maintenance(tv, w):
    """The maintenance view the vendor switches on for a module: 200, the site's frame, no article, no noindex."""
    return shell(tv, w, "Bảo trì", '<div class="alert alert-warning bao-tri"><h2>Thông báo bảo trì</h2><p>%s</p>'
                 '<p><a href="/">Về trang chủ</a></p></div>' % MAINT_TEXT)


def article_html(tv, w, a):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h3>%s</h3>" % x(a["muc"][i]))
        paras.append("<p>%s</p>" % x(p))
        if i == 1:
            older = [b for b in w.in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:3]
            paras.append('<div class="doc-them"><p class="doc-them-tieu-de">Đọc thêm</p><ul>%s</ul></div>' % "".join(
                '<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in older))
    if a.get("chu_thich"):
        paras.insert(1, '<figure class="figure"><img src="/uploads/news/%s/%d_1.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (
            a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), x(a["chu_thich"])))
    if a is DEAD_HOST:
        paras.append('<p><em>Xem thêm: <a href="%s">Hội nghị tổng kết công tác kiểm tra, giám sát năm 2024</a></em></p>' % DEAD_LINK)
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:5]
    main = ('<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/%s">%s</a></li></ol>'
            '<article class="detail"><h1 class="detail-title">%s</h1><p class="detail-date">Ngày đăng: %s %s</p>%s<div class="detail-sapo"><strong>%s</strong></div>'
            '<div class="detail-content">%s</div><p class="detail-author text-right"><strong>%s</strong></p></article>'
            '<section class="tin-khac"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join(li(b) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a))


NGINX_PAGE = ('<html>\r\n<head><title>{c} {r}</title></head>\r\n<body>\r\n<center><h1>{c} {r}</h1></center>\r\n'
              '<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n')


def failing(tv, w, a, code):
    if code in (502, 504):                              # nginx's own page: the request never got an answer from PHP-FPM
        return Dapung(NGINX_PAGE.format(c=code, r=_LY_DO[code]), code, "text/html")
    if code == 503:
        return Dapung('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hệ thống đang bận</title></head><body>'
                      '<h1>Hệ thống đang bận</h1><p>Máy chủ đang quá tải, vui lòng thử lại sau ít phút.</p></body></html>', 503,
                      headers=[("Retry-After", "5"), ("X-Powered-By", "PHP/7.4.33")])
    return Dapung('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lỗi hệ thống</title></head><body><h1>Lỗi hệ thống</h1>'
                  '<p>Đã có lỗi xảy ra trong quá trình xử lý yêu cầu. Vui lòng thử lại sau.</p></body></html>', 500,
                  headers=[("X-Powered-By", "PHP/7.4.33")])


def truncated(tv, w, a):
    """A PHP fatal error (allowed memory size exhausted) inside the 'Đọc thêm' widget, after the output buffer had been flushed:
    the status line and the first half of the page are already out, so the answer is a 200 that stops mid-tag."""
    full = article_html(tv, w, a)
    body = full.body.decode("utf-8")
    cut = body.index('<div class="doc-them">') + len('<div class="doc-them"><p class="doc-them-tieu-de">Đọc thêm</p><ul><li><a href="/')
    return Dapung(body[:cut].encode("utf-8"), 200, headers=full.headers)


def not_found(tv, w):
    return shell(tv, w, "Không tìm thấy trang", '<div class="alert alert-danger"><h2>404</h2><p>Không tìm thấy trang bạn yêu cầu.</p>'
                 '<p><a href="/">Về trang chủ</a></p></div>', status=404)


def calendar(tv, w):
    tuan, nam = tv.so("tuan", 20, 1, 53), tv.so("nam", 2025, 2000, 2100)
    if tuan is None or nam is None:
        return not_found(tv, w)
    prev = (tuan - 1, nam) if tuan > 1 else (52, nam - 1)
    nxt = (tuan + 1, nam) if tuan < 52 else (1, nam + 1)
    return shell(tv, w, "Lịch làm việc", '<h1>Lịch làm việc tuần %d/%d</h1><p><a href="/lich-lam-viec?tuan=%d&amp;nam=%d">« Tuần trước</a> | '
                 '<a href="/lich-lam-viec?tuan=%d&amp;nam=%d">Tuần sau »</a></p><p>Chưa có lịch làm việc.</p>' % (
                     tuan, nam, prev[0], prev[1], nxt[0], nxt[1]))


def handle(tv):
    w = W()
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p == "/":
        return home(tv, w)
    if p == "/rss.xml":
        items = w.listed[:15]
        return rss(tv.origin, SITE, "/", [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items])
    if p == "/lich-lam-viec":
        return calendar(tv, w)
    parts = p.strip("/").split("/")
    if parts[0] == MAINT_SEC and w.maint:                # the whole section: list and articles
        return maintenance(tv, w)
    if len(parts) in (1, 2) and parts[0] in SECNAME and (len(parts) == 1 or _re.fullmatch(r"trang-\d{1,4}", parts[1])):
        n = 1 if len(parts) == 1 else int(parts[1][6:])
        if len(parts) == 2 and n == 1:
            return chuyen("/" + parts[0], 301)
        return listing(tv, w, parts[0], max(n, 1))
    m = _re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)-(\d{1,6})\.html", p)
    if m:
        a = w.v.get(int(m.group(3)))
        if a is None:
            return not_found(tv, w)
        if a["id"] in w.failing:
            return failing(tv, w, a, w.failing[a["id"]])
        if (m.group(1), m.group(2)) != (a["cm"], a["slug"]):
            return chuyen(url(a), 301)                 # the router's canonical redirect
        if a["id"] in w.trunc:
            return truncated(tv, w, a)
        return article_html(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx/1.18.0")])

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {}
    for a in w.arts:
        if a["id"] in w.failing or a["id"] in w.trunc or (w.maint and a["cm"] == MAINT_SEC):
            continue                                       # day 2: nothing a crawl can archive from these pages
        arts[url(a)] = {"title": a["tieu_de"], "aliases": []}
    return {
        "family": "In-house Phalcon 4 portal (PHP 7.4-FPM behind nginx 1.18; local vendor, Bootstrap 4 theme, hedged) of a provincial Party "
                  "inspection committee (Ủy ban Kiểm tra Tỉnh ủy Hà Sơn Bình): no validators; day 2: five recent article pages fail "
                  "(503 + Retry-After, 502, 504, 500, a truncated 200) and a whole section answers a 200 maintenance notice, beside three "
                  "new articles, a retitle and a withdrawal",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/cache/", "/tim-kiem"],
        "trap_prefixes": ["/lich-lam-viec?"],
        "notes": (
            "Articles /<section>/<slug>-<id>.html (the router finds the id; a wrong section or slug 301s to the right address); section lists "
            "/<section>, /<section>/trang-N (10 a page, '« Trang đầu ‹ Trước n Sau › Trang cuối »', two numbers each side; /trang-1 301s to "
            "the bare list; past the end an empty list, 200); home: 'Tin nổi bật' 3 (hand-picked), 'Tin mới' 6 (all but notices), a box "
            "per section 4; sidebar 'Tin mới' 5 and 'Thông báo' 4 on every page; each article has an inline 'Đọc thêm' box (3 older "
            "items) after its 2nd paragraph and 'Tin cùng chuyên mục' 5; /rss.xml (15 newest); no sitemap; no ETag, no Last-Modified, "
            "conditional requests ignored (always a full 200); a 'Xem thêm:' link to a deleted article (404); work calendar "
            "/lich-lam-viec?tuan=&nam= « Tuần trước | Tuần sau » forever (trap). Dates 'Ngày đăng: dd/mm/yyyy HH:MM'.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Thursday 15/05/2025 09:40): listings, home and feed answer normally, but five recent article pages fail for the "
                "whole run: '%s' 503 with Retry-After: 5; '%s' nginx 502 Bad Gateway; '%s' nginx 504 Gateway Time-out (answered at once); "
                "'%s' the framework's 500 page; '%s' 200 with the HTML cut inside the 'Đọc thêm' box after the 2nd paragraph (no "
                "</body></html>); the section '%s' (list and all its %d articles) answers 200 with the maintenance notice '%s' and is "
                "left out of the home boxes, sidebars and feed; three new articles ('%s' 14/05 15:20, '%s' 15/05 08:05, '%s' 14/05 "
                "17:00); a recent article retitled (Cao Dương -> Trung Minh); a recent article withdrawn (404); an old article deleted "
                "(404)." % (F503["tieu_de"], F502["tieu_de"], F504["tieu_de"], F500["tieu_de"], TRUNC["tieu_de"], SECNAME[MAINT_SEC],
                            len(MAINT), MAINT_TEXT, NEW1["tieu_de"], NEW2["tieu_de"], NEW3["tieu_de"]))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _href(a):
    return 'href="%s"' % url(a)


def _last(a):
    """A sentence of the article's LAST paragraph: what a cut-off or error page can never show."""
    return a["doan"][-1]


DAY2 = {}
for a, day, why in ((NEW1, "14/05 15:20", "first of 'Kiểm tra - Giám sát', in the home 'Tin mới' and the RSS"),
                    (NEW2, "15/05 08:05", "first of 'Ủy ban Kiểm tra các cấp', in the home 'Tin mới' and the RSS"),
                    (NEW3, "14/05 17:00", "first of 'Thông báo', in the sidebar 'Thông báo' of every page and the RSS")):
    DAY2[url(a)] = muc("new", a, True, "An ordinary article published between the two crawls (%s): %s. The article pages around it "
                       "misbehave; the new one answers 200 normally and must be archived all the same." % (day, why),
                       url(a), contains=a["doan"][0],
                       checks=[{"path": "/" + a["cm"], "status": 200, "contains": _href(a)}, {"path": "/rss.xml", "status": 200, "contains": url(a)}],
                       reached_by=["/%s page 1" % a["cm"], "/rss.xml"] + (["home 'Tin mới'"] if a["cm"] != "thong-bao" else ["sidebar 'Thông báo'"]))
_FAIL_WHY = {
    503: ("recheck_503_retry_after", "answers 503 Service Unavailable with Retry-After: 5 and the page 'Hệ thống đang bận' (the photo-gallery "
          "resize service it waits on is down all night); the documented run retries no sooner than Retry-After and holds the host meanwhile"),
    502: ("recheck_502", "answers nginx's 502 Bad Gateway page, no Retry-After (the PHP-FPM worker dies rendering the article's embedded video)"),
    504: ("recheck_504", "answers nginx's 504 Gateway Time-out page (the article's related-documents query waits on a locked table; nginx gives up "
          "after its proxy timeout — the replica answers at once instead of after 60 s, so no wall time is spent)"),
    500: ("recheck_500", "answers the framework's 500 page 'Lỗi hệ thống' (a malformed attachment record)"),
}
for a in (F503, F502, F504, F500):
    code = FAILING[a["id"]]
    kind, how = _FAIL_WHY[code]
    ans = {"path": url(a), "status": code}
    if code == 503:
        ans["expect_headers"] = {"Retry-After": "5"}
    DAY2[url(a)] = muc(
        kind, a, True,
        "Unchanged. Published %s, inside the 7-day window, so the ordinary day-2 run re-checks it — and for that whole run the page %s. "
        "Listings, the home page and the feed still link it. A transient server error is not a withdrawal and not an edit: the day-1 "
        "record stays as it is (not withdrawn, same title, date and text, no new version); fetch_failures may list the URL." % (
            a["ngay"].strftime("%d/%m %H:%M"), how),
        None, same=url(a), contains=_last(a), guard=True,
        checks=[ans, {"path": "/" + a["cm"], "status": 200, "contains": _href(a)}],
        day1=trang_thai(a, _last(a)), day2_answer=ans)
DAY2[url(TRUNC)] = muc(
    "truncated_200", TRUNC, True,
    "Unchanged. Published 13/05 15:05, re-checked by the ordinary day-2 run. On day 2 a PHP fatal error (memory exhausted) in the inline "
    "'Đọc thêm' widget cuts the page off after its 2nd paragraph — the output buffer had already been flushed, so the status is 200: title, "
    "date, lead and two paragraphs, then the page stops inside the widget's first <a href=\"/ (no </body></html>). A cut page is not an "
    "edit: the record must keep its whole day-1 text (its last paragraph included) as its current text — no new version holding the "
    "half text, not withdrawn.",
    None, same=url(TRUNC), contains=_last(TRUNC), guard=True,
    checks=[{"path": url(TRUNC), "status": 200, "contains": x(TRUNC["doan"][1]), "not_contains": "</html>"},
            {"path": url(TRUNC), "status": 200, "contains": x(TRUNC["tieu_de"])}],
    day1=trang_thai(TRUNC, _last(TRUNC)),
    day2_answer={"path": url(TRUNC), "status": 200, "contains": x(TRUNC["doan"][0]), "not_contains": "</body>"})
for a in MAINT:
    recent = a["ngay"] >= NGAY_HAI - _dt.timedelta(days=7)
    DAY2[url(a)] = muc(
        "section_maintenance_200", a, True,
        "Unchanged. Its section '%s' is in maintenance on day 2: the list /%s and every article page of the section answer 200 with the "
        "site's frame and only '%s' (no noindex, no article); the section's home box says 'Chuyên mục đang bảo trì.' and the feed and "
        "sidebars leave it out. Published %s%s. A maintenance page never overwrites a record and is not a withdrawal: the day-1 record "
        "stays as it is." % (SECNAME[MAINT_SEC], MAINT_SEC, MAINT_TEXT, ngay(a["ngay"]),
                              " (inside the 7-day window: the ordinary run re-checks it and meets the notice)" if recent else
                              " (outside the window: an ordinary run meets the notice only if the rolling re-check picks it)"),
        None, same=url(a), contains=_last(a), guard=True,
        checks=[{"path": url(a), "status": 200, "contains": "đang được bảo trì", "not_contains": x(a["tieu_de"])},
                {"path": "/" + MAINT_SEC, "status": 200, "contains": "đang được bảo trì"}],
        day1=trang_thai(a, _last(a)),
        day2_answer={"path": url(a), "status": 200, "contains": "đang được bảo trì"})
DAY2[url(RETITLED)] = muc(
    "retitled", RETITLED_2, True,
    "Published 13/05 07:50 (inside the 7-day window). The title and the lead named the wrong commune (Cao Dương); corrected to Trung Minh "
    "on 14/05 16:10, same URL (the slug is fixed at creation), same text otherwise. The list and the section's home box show the new "
    "headline. The record must take the new title (the old one kept as history).",
    url(RETITLED), same=url(RETITLED), contains=RETITLED_2["sapo"], lacks=RETITLED["sapo"],
    checks=[{"path": url(RETITLED), "status": 200, "contains": x(RETITLED_2["tieu_de"]), "not_contains": "xã Cao Dương"}],
    noticed_on=[{"path": "/ubkt-cac-cap", "status": 200, "contains": x(RETITLED_2["tieu_de"])},
                {"path": "/", "status": 200, "contains": x(RETITLED_2["tieu_de"])}],
    day1=trang_thai(RETITLED, RETITLED["sapo"]), title_day1=RETITLED["tieu_de"])
DAY2[url(WITHDRAWN)] = muc(
    "withdrawn_404", WITHDRAWN, True,
    "Published 12/05 16:25; unpublished on 14/05 17:30 (a complaint about a named party member): 404 'Không tìm thấy trang', gone from "
    "the lists, boxes and feed. The one real withdrawal among the failing pages of that day: keep the day-1 record and text, mark it "
    "withdrawn.",
    None, withdrawn=True, same=url(WITHDRAWN), contains=WITHDRAWN["doan"][0],
    checks=[{"path": url(WITHDRAWN), "status": 404}, {"path": "/ky-luat-dang", "status": 200, "not_contains": _href(WITHDRAWN)}],
    day1=trang_thai(WITHDRAWN, WITHDRAWN["doan"][0]))
DAY2[url(OLD_DELETED)] = muc(
    "old_withdrawn_404", OLD_DELETED, False,
    "Published %s; deleted on 14/05 (404, unlinked). Outside the 7-day window: an ordinary run learns it only when the rolling re-check "
    "reaches it. Withdrawn or not yet marked are both acceptable; the day-1 record and text must be kept." % ngay(OLD_DELETED["ngay"]),
    None, withdrawn=True, same=url(OLD_DELETED), contains=OLD_DELETED["doan"][0],
    checks=[{"path": url(OLD_DELETED), "status": 404}],
    day1=trang_thai(OLD_DELETED, OLD_DELETED["doan"][0]))

_a0 = BY_DATE[D(2025, 5, 14, 8, 30)]
SELFTEST = [
    {"path": url(_a0), "status": 200, "expect_headers": {"ETag": None, "Last-Modified": None}},
    {"path": url(_a0), "status": 200, "headers": {"If-Modified-Since": http_date(BAY_GIO)}, "contains": x(_a0["doan"][-1])},
    {"path": "/sai-chuyen-muc/%s-%d.html" % (_a0["slug"], _a0["id"]), "status": 301, "location": url(_a0)},
    {"path": "/kiem-tra-giam-sat/trang-1", "status": 301, "location": "/kiem-tra-giam-sat"},
    {"path": "/kiem-tra-giam-sat/trang-99", "status": 200, "contains": "Chưa có bài viết"},
    {"path": url(TRUNC), "status": 200, "contains": "</html>"},
    {"path": url(F503), "status": 200},
    {"path": "/" + MAINT_SEC, "status": 200, "not_contains": "bảo trì"},
    {"path": DEAD_LINK, "status": 404},
]
SELFTEST_DAY2 = [
    {"path": url(_a0), "status": 200, "contains": x(_a0["doan"][-1])},
    {"path": url(F503), "status": 503, "headers": {"If-Modified-Since": http_date(BAY_GIO)}, "expect_headers": {"Retry-After": "5"}},
    {"path": "/%s/trang-2" % MAINT_SEC, "status": 200, "contains": "đang được bảo trì"},
    {"path": "/rss.xml", "status": 200, "not_contains": "/%s/" % MAINT_SEC},
    {"path": "/", "status": 200, "contains": "Chuyên mục đang bảo trì."},
    {"path": "/", "status": 200, "contains": _href(F502)},
]
SUMMARY = {
    "chains": ["/ -> /<section>[/trang-N] -> /<section>/<slug>-<id>.html", "/rss.xml -> /<section>/<slug>-<id>.html"],
    "alias_kinds": ["none (a wrong section or slug 301s to the canonical address; nothing links one)"],
    "quirks": ["no validators, conditional requests ignored", "path pager /trang-N (trang-1 301s to the bare list)",
               "inline 'Đọc thêm' box after the 2nd paragraph", "work-calendar trap /lich-lam-viec?tuan=&nam=",
               "DAY 2: recent article pages answer 503 + Retry-After: 5, nginx 502, nginx 504, 500 while listings work",
               "DAY 2: a recent article page cut off mid-HTML with status 200",
               "DAY 2: a whole section (list and articles) answers a 200 maintenance notice",
               "DAY 2: three new articles, a recent retitle (noticeable), a recent 404 withdrawal, an old article deleted"],
    "not_articles": [DEAD_LINK],
    "not_articles_day2": [DEAD_LINK],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "none: no ETag, no Last-Modified, conditional requests ignored (every re-check is a full GET)",
    "misbehaviour_day2": ["503 + Retry-After: 5 on one article page", "nginx 502 on one article page", "nginx 504 on one article page",
                          "500 on one article page", "200 truncated HTML on one article page",
                          "200 maintenance notice for the section /%s (list + %d articles)" % (MAINT_SEC, len(MAINT))],
    "day2": DAY2,
}
