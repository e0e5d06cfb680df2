"""Blind replica, set 20 B: Huyện ủy Quảng Điền (tỉnh Bình Trị Thiên) on Kentico 10 (portal engine, ASP.NET 4.6 WebForms on
IIS 8.5 with the URL Rewrite module; the province's vendor hosts the district sites, hedged).  Kentico builds every address
from the page tree in the case the editors typed ('/Tin-tuc/Xay-dung-Dang/Huyen-uy-...'), prints it in links, the feed and
<link rel=canonical>, and finds a page whatever the case.  No validators.  Day 2 is THE DAY THE SERVER MISBEHAVES: overnight
the host's administrator applied IIS's 'Enforce lowercase URLs' rule (every address with a capital letter answers 301 to
its lower-case form, while Kentico keeps printing the mixed-case links and canonicals) and added two robots.txt lines
closing the section 'Thông tin nội bộ' (six archived notices, one new one); an editor linked an archived article into a
new chuyên đề section (Kentico 'linked document': the same page under a second address).  Around them an ordinary day:
three new articles, a recent silent correction (behind the new 301), a recent withdrawal (404).  Stdlib only; no sleep;
see README.md."""
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

import hashlib as _hl

SITE = "Huyện ủy Quảng Điền"
SECTIONS = [
    ("/Tin-tuc/Hoat-dong-cua-Huyen-uy", "Hoạt động của Huyện ủy", 4, "bai"),
    ("/Tin-tuc/Xay-dung-Dang", "Xây dựng Đảng", 3, "bai"),
    ("/Tin-tuc/Tin-co-so", "Tin cơ sở", 3, "bai"),
    ("/Thong-tin-noi-bo", "Thông tin nội bộ", 1, "thongbao"),
]
CHUYEN_DE = ("/Chuyen-de/Ky-niem-135-nam-Ngay-sinh-Chu-tich-Ho-Chi-Minh", "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)")
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
SECNAME[CHUYEN_DE[0]] = CHUYEN_DE[1]
HD, XD, CS, NB = (k for k, _, _, _ in SECTIONS)
NEWS = (HD, XD, CS)
HUYEN = ["Quảng Điền"]
XA = ["Quảng Phú", "Quảng Vinh", "Quảng An", "Quảng Thành", "Quảng Lợi", "Quảng Ngạn", "Quảng Thọ"]
AP = ["Thanh Hà", "Phú Lễ", "An Xuân", "Hà Lạc", "Mỹ Xá", "Tân Thành"]
PER_PAGE = 10
ROBOTS_1 = "User-agent: *\nDisallow: /CMSPages/\nDisallow: /CMSModules/\nDisallow: /Admin/\nDisallow: /Tim-kiem\n"
ROBOTS_2 = ROBOTS_1 + "# 14/5/2025: chuyen muc Thong tin noi bo khong cho phep thu thap\nDisallow: /Thong-tin-noi-bo\nDisallow: /thong-tin-noi-bo\n"
D = _dt.datetime

_DV_B = ("Đảng bộ Công an huyện", "Chi bộ thôn {A}", "Đảng ủy xã {X}", "Ủy ban Kiểm tra Huyện ủy", "Chi bộ Văn phòng Huyện ủy",
         "Đảng ủy Quân sự huyện", "Chi bộ Trường THPT Nguyễn Chí Thanh", "Đảng ủy thị trấn Sịa")


class _SoanB(SoanTin):
    """The district's own units: no 'Huyện ủy <another district>'."""

    def dv(self):
        return self._fmt(self.r.choice(_DV_B))


_GAN = [(D(2025, 5, 14, 8, 10), HD), (D(2025, 5, 13, 16, 30), CS), (D(2025, 5, 13, 14, 45), NB), (D(2025, 5, 13, 10, 15), XD),
        (D(2025, 5, 13, 7, 40), HD), (D(2025, 5, 12, 15, 20), CS), (D(2025, 5, 12, 9, 30), HD), (D(2025, 5, 12, 8, 0), NB),
        (D(2025, 5, 10, 14, 10), CS), (D(2025, 5, 9, 10, 0), XD), (D(2025, 5, 8, 16, 0), HD)]
_GAN.sort(reverse=True)
_s = _SoanB(20201, 70, [(k, w, "huyenuy", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, nguon="HUQĐ",
            chu_de=["dai-hoi", "sap-xep", "hoc-tap-bac", "kinh-te", "tu-tuong", "chuyen-doi-so"],
            lich=lich_dang(20201, 70, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["so_hieu"] = a["so_hieu"].rsplit("/", 1)[0] + "/HU"
        a["sapo"] = "Ban Thường vụ Huyện ủy thông báo kết luận để các tổ chức đảng trực thuộc biết, thực hiện."
        a["tieu_de"] = "Thông báo %s kết luận của Ban Thường vụ Huyện ủy về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
BY_DATE = {a["ngay"]: a for a in ARTS}


def _sapo_lai(a):
    a["sapo"] = _re.sub(r"(Sáng|Chiều|Ngày) \d{1,2}/\d{1,2},", lambda m: "%s %d/%d," % (m.group(1), a["ngay"].day, a["ngay"].month), a["sapo"])


def bi_danh(title, seen):
    """Kentico's document alias: diacritics dropped, the typed case kept, other characters to '-', at most 80 characters."""
    t = _re.sub(r"[^0-9A-Za-z]+", "-", bo_dau(title)).strip("-")
    if len(t) > 80:
        t = t[:80].rsplit("-", 1)[0]
    base, n = t, 1
    while t.lower() in seen:
        n += 1
        t = "%s-%d" % (base, n)
    seen.add(t.lower())
    return t


# ---------------------------------------------------------------- what happens between the two crawls
LINKED = BY_DATE[D(2025, 5, 12, 9, 30)]
LINKED["tieu_de"] = "Huyện ủy phát động Cuộc thi tìm hiểu 135 năm Ngày sinh Chủ tịch Hồ Chí Minh"
LINKED["sapo"] = ("(HUQĐ) - Sáng 12/5, Ban Thường vụ Huyện ủy phát động Cuộc thi tìm hiểu 135 năm Ngày sinh Chủ tịch Hồ Chí Minh "
                  "trong cán bộ, đảng viên và nhân dân toàn huyện.")
CORRECTED = BY_DATE[D(2025, 5, 13, 10, 15)]
_cd, C_OLD, C_NEW = sua_so(CORRECTED, 1)
CORRECTED_2 = dict(CORRECTED, doan=_cd)
WITHDRAWN = BY_DATE[D(2025, 5, 12, 15, 20)]
LOWER_REPS = [BY_DATE[D(2025, 5, 13, 7, 40)], BY_DATE[D(2025, 5, 10, 14, 10)]]
NOI_BO = [a for a in ARTS if a["cm"] == NB]

_n = _SoanB(20202, 3, [(HD, 1, "huyenuy", "bai")], HUYEN, XA, AP, nguon="HUQĐ", chu_de=["dai-hoi", "sap-xep", "hoc-tap-bac"]).items
_t = _SoanB(20203, 1, [(NB, 1, "huyenuy", "thongbao")], HUYEN, XA, AP, nguon="HUQĐ", chu_de=["sap-xep"]).items
NEW1, NEW2, NEW3 = _n
FORBIDDEN = _t[0]
NEW1.update(cm=HD, ngay=D(2025, 5, 14, 16, 0),
            tieu_de="Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Quảng An về đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027")
NEW2.update(cm=CS, ngay=D(2025, 5, 15, 7, 50), tieu_de="Chi bộ thôn Phú Lễ tổ chức thành công đại hội nhiệm kỳ 2025 - 2027")
NEW3.update(cm=CHUYEN_DE[0], ngay=D(2025, 5, 14, 14, 30), tieu_de="Quảng Điền: nhiều hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh")
FORBIDDEN["so_hieu"] = "Số 412-TB/HU"
FORBIDDEN.update(cm=NB, ngay=D(2025, 5, 14, 15, 10),
                 tieu_de="Thông báo số 412-TB/HU kết luận của Ban Thường vụ Huyện ủy về phương án sắp xếp đơn vị hành chính cấp xã")
NEWS2 = [NEW1, NEW2, NEW3, FORBIDDEN]
_seen = set()
for a in ARTS + NEWS2:
    a["path"] = a["cm"] + "/" + bi_danh(a["tieu_de"], _seen)
    a["guid"] = _hl.md5(a["path"].encode()).hexdigest()
for a in NEWS2:
    _sapo_lai(a)
NEW1["sapo"] = ("(HUQĐ) - Chiều 14/5, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Quảng An về công tác chuẩn bị đại hội chi bộ trực "
                "thuộc nhiệm kỳ 2025 - 2027.")
NEW2["sapo"] = "(HUQĐ) - Sáng 15/5, Chi bộ thôn Phú Lễ (xã Quảng Phú) tổ chức thành công đại hội nhiệm kỳ 2025 - 2027."
NEW3["sapo"] = ("(HUQĐ) - Hướng tới kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025), các cấp ủy trong huyện tổ "
                "chức nhiều hoạt động thiết thực.")
FORBIDDEN["sapo"] = "Ban Thường vụ Huyện ủy thông báo kết luận để các tổ chức đảng trực thuộc biết, thực hiện."
CORRECTED_2["path"], CORRECTED_2["guid"] = CORRECTED["path"], CORRECTED["guid"]
LINKED_PATH = CHUYEN_DE[0] + "/" + LINKED["path"].rsplit("/", 1)[1]        # the linked document keeps the original's alias
NOI_BAT = [BY_DATE[D(2025, 5, 14, 8, 10)], LINKED, BY_DATE[D(2025, 5, 9, 10, 0)],
           [a for a in ARTS if a["cm"] == XD and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 1)][0]]


class World:
    def __init__(self, day):
        self.day = day
        v = {a["path"]: a for a in ARTS}
        self.linked = {}
        if day == 2:
            del v[WITHDRAWN["path"]]
            v[CORRECTED["path"]] = CORRECTED_2
            for a in NEWS2:
                v[a["path"]] = a
            self.linked = {LINKED_PATH: LINKED}
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["path"]), reverse=True)
        self.by_lower = {p.lower(): a for p, a in v.items()}
        self.by_lower.update({p.lower(): a for p, a in self.linked.items()})
        self.sections = [k for k, _, _, _ in SECTIONS] + ([CHUYEN_DE[0]] if day == 2 else [])
        self.sec_lower = {k.lower(): k for k in self.sections}

    def in_sec(self, sec):
        if sec == CHUYEN_DE[0]:
            return sorted([a for a in self.arts if a["cm"] == sec] + list(self.linked.values()), key=lambda a: a["ngay"], reverse=True)
        return [a for a in self.arts if a["cm"] == sec]

    def news(self):
        return [a for a in self.arts if a["cm"] in NEWS]


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
    return a["path"]


def link_of(w, a, sec=None):
    """The address Kentico prints for a in the list of `sec` (a linked document's own path in the chuyên đề list)."""
    if sec == CHUYEN_DE[0] and a is LINKED:
        return LINKED_PATH
    return a["path"]


def viewstate(path, day):
    return _b64(_hl.sha1(("%s|%d|vs" % (path, day)).encode()).digest() * 3)


def _b64(b):
    import base64
    return base64.b64encode(b).decode()


def shell(tv, w, title, main, canonical=None, status=200, headers=()):
    menu = [("/", "Trang chủ")] + [(k, n) for k, n, _, _ in SECTIONS] + ([CHUYEN_DE] if w.day == 2 else []) + [("/Lich-cong-tac", "Lịch công tác")]
    nav = "".join('<li><a href="%s">%s</a></li>' % (k, x(n)) for k, n in menu)
    banner = ('<div class="BannerChuyenDe"><a href="%s"><img src="/getattachment/5b1e0c2a-135-nam/banner-135-nam.aspx" alt="%s"></a></div>' % (
        CHUYEN_DE[0], x(CHUYEN_DE[1]))) if w.day == 2 else ""
    return Dapung(
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head id="head"><title>\r\n\t%s - %s\r\n</title>'
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8"><meta http-equiv="pragma" content="no-cache">%s'
        '<link href="/CMSPages/GetResource.ashx?stylesheetname=QuangDien" type="text/css" rel="stylesheet">'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/Tin-tuc/RSS"></head><body class="LTR Chrome VIVN ContentBody">'
        '<form method="post" action="%s" id="form"><div class="aspNetHidden"><input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="%s">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s"></div>'
        '<div id="header"><a href="/"><img src="/App_Themes/QuangDien/images/banner.png" alt="HUYỆN ỦY QUẢNG ĐIỀN - TỈNH BÌNH TRỊ THIÊN"></a></div>'
        '<div id="menu"><ul class="CMSListMenuUL">%s</ul><div class="searchBox"><input name="p$lt$ctl02$SmartSearchBox$txtWord" type="text" '
        'id="p_lt_ctl02_SmartSearchBox_txtWord" class="form-control"><input type="submit" name="p$lt$ctl02$SmartSearchBox$btnSearch" value="Tìm"></div></div>'
        '%s<div id="content"><div class="zoneMain">%s</div><div class="zoneRight"><div class="WebPart"><h3>Văn bản mới</h3><ul>'
        '<li><a href="https://vanban.binhtrithien.example/quang-dien/KH-125-HU.pdf">Kế hoạch số 125-KH/HU</a></li>'
        '<li><a href="https://vanban.binhtrithien.example/quang-dien/CT-09-HU.pdf">Chỉ thị số 09-CT/HU</a></li></ul></div>'
        '<div class="WebPart"><h3>Liên kết</h3><ul><li><a href="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li>'
        '<li><a href="https://binhtrithien.example/">Tỉnh ủy Bình Trị Thiên</a></li></ul></div></div></div>'
        '<div id="footer"><p>Cơ quan chủ quản: Huyện ủy Quảng Điền. Địa chỉ: thị trấn Sịa, huyện Quảng Điền, tỉnh Bình Trị Thiên. '
        'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></form></body></html>' % (
            x(title), x(SITE), '<link href="%s%s" rel="canonical">' % (tv.origin, canonical) if canonical else "", x(tv.path),
            _hl.md5(tv.path.encode()).hexdigest()[:24], viewstate(tv.path, w.day), nav, banner, main),
        status, headers=list(headers))


def item(w, a, sec=None):
    return ('<div class="NewsItem"><a href="%s" class="NewsImage"><img src="/getattachment/%s/anh-dai-dien.aspx?width=180" alt=""></a>'
            '<h3 class="NewsTitle"><a href="%s">%s</a></h3><span class="NewsDate">%s</span><div class="NewsSummary">%s</div></div>') % (
        link_of(w, a, sec), a["guid"], link_of(w, a, sec), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def li(w, a, sec=None):
    return '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (link_of(w, a, sec), x(a["tieu_de"]), ngay(a["ngay"]))


def home(tv, w):
    main = '<div class="WebPart TinNoiBat"><h2>Tin nổi bật</h2><ul>%s</ul></div>' % "".join(li(w, a) for a in NOI_BAT)
    main += '<div class="WebPart TinMoi"><h2>Tin mới</h2>%s</div>' % "".join(item(w, a) for a in w.news()[:6])
    for k, n, _, _ in SECTIONS:
        main += '<div class="WebPart BoxChuyenMuc"><h2><a href="%s">%s</a></h2><ul>%s</ul></div>' % (k, x(n), "".join(li(w, a, k) for a in w.in_sec(k)[:4]))
    return shell(tv, w, "Trang chủ", main)


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("page", 1, 1, 9999) or 1
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]

    def href(i):
        return sec if i == 1 else "%s?page=%d" % (sec, i)
    pg = ""
    if pages > 1:
        cells = []
        if n > 1:
            cells += ['<a href="%s" class="UnigridPagerFirst">« Đầu</a>' % href(1), '<a href="%s" class="UnigridPagerPrev">‹ Trước</a>' % href(n - 1)]
        cells += ['<span class="UnigridPagerSelected">%d</span>' % i if i == n else '<a href="%s">%d</a>' % (href(i), i) for i in range(1, pages + 1)]
        if n < pages:
            cells += ['<a href="%s" class="UnigridPagerNext">Sau ›</a>' % href(n + 1), '<a href="%s" class="UnigridPagerLast">Cuối »</a>' % href(pages)]
        pg = '<div class="UniPager">%s</div>' % " ".join(cells)
    body = "".join(item(w, a, sec) for a in chunk) or '<p class="NoData">Không có dữ liệu.</p>'
    return shell(tv, w, SECNAME[sec], '<div class="Breadcrumbs"><a href="/">Trang chủ</a> &gt; <span class="CMSBreadCrumbsCurrentItem">%s</span></div>'
                 '<h1 class="TitleChuyenMuc">%s</h1><div class="NewsList">%s</div>%s' % (x(SECNAME[sec]), x(SECNAME[sec]), body, pg), sec)


def article(tv, w, a, own_path):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            paras.append("<h3>%s</h3>" % x(a["muc"][i]))
        paras.append('<p style="text-align: justify;">%s</p>' % x(p))
    if a.get("chu_thich"):
        paras.insert(1, '<table class="image" align="center"><tbody><tr><td><img src="/getattachment/%s/anh-1.aspx" alt=""></td></tr>'
                     '<tr><td class="image_desc">%s</td></tr></tbody></table>' % (a["guid"], x(a["chu_thich"])))
    sec = own_path.rsplit("/", 1)[0]
    rel = [b for b in w.in_sec(sec) if b is not a][:5]
    main = ('<div class="Breadcrumbs"><a href="/">Trang chủ</a> &gt; <a href="%s">%s</a></div><div class="NewsDetail">'
            '<h1 class="NewsTitle">%s</h1><div class="NewsDate">Ngày %s %s</div>%s<div class="NewsSummary"><strong>%s</strong></div>'
            '<div class="NewsText">%s</div><div class="NewsAuthor" style="text-align: right;"><strong>%s</strong></div></div>'
            '<div class="OtherNews"><h3>Tin khác</h3><ul>%s</ul></div>') % (
        sec, x(SECNAME[sec]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="SoHieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join(li(w, b, sec) for b in rel))
    return shell(tv, w, a["tieu_de"], main, a["path"])        # canonical: the document's main address, as typed


def not_found(tv, w):
    return shell(tv, w, "Không tìm thấy trang", '<div class="PageNotFound"><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại '
                 'hoặc đã bị xóa.</p><p><a href="/">Quay về trang chủ</a></p></div>', status=404)


def calendar(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", tv.q.get("ngay", "2025-05-14"))
    try:
        d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        d = None
    if d is None:
        return not_found(tv, w)
    one = _dt.timedelta(days=1)
    return shell(tv, w, "Lịch công tác", '<h1>Lịch công tác ngày %s</h1><p><a href="/Lich-cong-tac?ngay=%s">« Ngày trước</a> | '
                 '<a href="/Lich-cong-tac?ngay=%s">Ngày sau »</a></p><p>Chưa có lịch công tác.</p>' % (
                     d.strftime("%d/%m/%Y"), (d - one).isoformat(), (d + one).isoformat()))


def feed(tv, w):
    items = w.arts[:15]
    return rss(tv.origin, SITE, "/", [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in items])


ROBOTS_EDITED = {1: D(2024, 8, 20, 15, 12), 2: D(2025, 5, 14, 10, 30)}        # the file's mtime: edited on day 1 at 10:30


def robots(tv, w):
    text = ROBOTS_2 if w.day == 2 else ROBOTS_1
    lm = ROBOTS_EDITED[w.day]
    et = '"%s:0"' % _hl.md5(text.encode()).hexdigest()[:16]
    hdrs = [("Last-Modified", http_date(lm)), ("ETag", et), ("Accept-Ranges", "bytes")]
    inm, ims = tv.h("If-None-Match"), tv.h("If-Modified-Since")
    if (inm is not None and et in [t.strip() for t in inm.split(",")]) or (inm is None and doc_http_date(ims or "") and doc_http_date(ims) >= lm):
        return Dapung(b"", 304, None, hdrs)
    return Dapung(text, 200, "text/plain", hdrs)


IIS_MOVED = '<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found <a HREF="{u}">here</a></body>'


def handle(tv):
    w = W()
    p = tv.path
    if w.day == 2 and p != p.lower():                    # IIS URL Rewrite 'LowerCaseRule1' (Enforce lowercase URLs), before Kentico
        target = tv.origin + ma_hoa(p.lower(), safe="/-._~") + ("?" + tv.query if tv.query else "")
        return chuyen(target, 301, body=IIS_MOVED.format(u=x(target)))
    if p == "/robots.txt":                               # IIS's static file handler: validators, 304
        return robots(tv, w)
    lp = p.rstrip("/").lower() or "/"
    if lp == "/":
        return home(tv, w)
    if lp == "/tin-tuc/rss":
        return feed(tv, w)
    if lp == "/lich-cong-tac":
        return calendar(tv, w)
    if lp in w.sec_lower:
        return listing(tv, w, w.sec_lower[lp])
    a = w.by_lower.get(lp)
    if a is not None:
        own = LINKED_PATH if (lp == LINKED_PATH.lower() and w.linked) else a["path"]
        return article(tv, w, a, own)
    return not_found(tv, w)


def _moi_lan(tv, out):
    if out.status in (301, 304) or tv.path == "/robots.txt":   # the URL Rewrite module / the static file handler: no ASP.NET
        return [("X-Powered-By", "ASP.NET")]
    return [("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
            ("Set-Cookie", "CMSPreferredCulture=vi-VN; expires=Fri, 15-May-2026 02:40:00 GMT; path=/; HttpOnly")]


app = chay_app(handle, [("Server", "Microsoft-IIS/8.5")], _moi_lan)

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {}
    for a in w.arts:
        if a["cm"] == NB and w.day == 2:
            continue                                     # robots.txt closes the section on day 2
        if w.day == 1:
            arts[a["path"]] = {"title": a["tieu_de"], "aliases": []}
        else:
            al = [a["path"]]
            if a is LINKED:
                al += [LINKED_PATH.lower(), LINKED_PATH]
            arts[a["path"].lower()] = {"title": a["tieu_de"], "aliases": al}
    return {
        "family": "Kentico 10 portal engine (ASP.NET 4.6 WebForms on IIS 8.5 with URL Rewrite; the province's vendor, hedged) of a district "
                  "Party committee (Huyện ủy Quảng Điền, tỉnh Bình Trị Thiên): mixed-case addresses from the page tree; day 2: an IIS rule "
                  "301s every mixed-case address to lower case while the pages keep printing mixed-case links and canonicals, robots.txt "
                  "closes a section, an archived article linked under a second address",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/CMSPages/", "/CMSModules/", "/Admin/", "/Tim-kiem"] + (["/Thong-tin-noi-bo", "/thong-tin-noi-bo"] if w.day == 2 else []),
        "trap_prefixes": ["cong-tac?ngay="],
        "notes": (
            "Articles <section path>/<Alias> (Kentico document aliases: diacritics dropped, the case the editor typed kept, e.g. "
            "/Tin-tuc/Xay-dung-Dang/Huyen-uy-...; Kentico finds a page whatever the case); sections /Tin-tuc/Hoat-dong-cua-Huyen-uy, "
            "/Tin-tuc/Xay-dung-Dang, /Tin-tuc/Tin-co-so, /Thong-tin-noi-bo (the Ban Thường vụ's notices) with the UniPager ?page=N (10 a "
            "page, every page number, '« Đầu ‹ Trước … Sau › Cuối »'; past the end 'Không có dữ liệu.', 200); home: 'Tin nổi bật' 4 "
            "(hand-picked), 'Tin mới' 6 (news sections), a box per section 4; /Tin-tuc/RSS (15 newest of every section); no sitemap; "
            "every page is one WebForms <form method=post> with __VIEWSTATE (nothing needs a postback); <link rel=canonical> = the "
            "document's main address as typed; no ETag / Last-Modified, Cache-Control private, a CMSPreferredCulture cookie (never "
            "needed); day calendar /Lich-cong-tac?ngay=YYYY-MM-DD « Ngày trước | Ngày sau » forever (trap). Dates 'Ngày dd/mm/yyyy HH:MM'.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Thursday 15/05/2025 09:40): IIS 'Enforce lowercase URLs' rule: every path with a capital letter answers 301 "
                "(absolute Location, query kept) to its lower-case form, which Kentico serves; the pages, the feed and the canonicals "
                "still print the mixed-case addresses (so every article link is a 301 and every canonical points at an address that "
                "301s back to the page); robots.txt adds Disallow: /Thong-tin-noi-bo and /thong-tin-noi-bo (its %d archived notices "
                "and the new '%s' must not be requested); a chuyên đề section '%s' (menu, home banner) lists the new '%s' and the "
                "archived '%s' as a Kentico linked document at %s (same page, canonical = the original); new: '%s' (14/05 16:00), '%s' "
                "(15/05 07:50); a recent article's figure silently corrected; a recent article deleted (404)." % (
                    len(NOI_BO), FORBIDDEN["tieu_de"], CHUYEN_DE[1], NEW3["tieu_de"], LINKED["tieu_de"], LINKED_PATH, NEW1["tieu_de"],
                    NEW2["tieu_de"]))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _href(p):
    return 'href="%s"' % p


def _moved(p):
    """Probe: the mixed-case address 301s to its lower-case form on day 2."""
    return {"path": p, "status": 301, "location": p.lower()}


DAY2 = {}
for a, why in ((NEW1, "first of 'Hoạt động của Huyện ủy' and of the home 'Tin mới'"), (NEW2, "first of 'Tin cơ sở' and of the home 'Tin mới'"),
               (NEW3, "in the new chuyên đề section '%s' (menu and home banner) and the feed" % CHUYEN_DE[1])):
    DAY2[a["path"].lower()] = muc(
        "new", a, True,
        "An ordinary article published between the two crawls (%s): %s. Every page links it as %s, which answers 301 to %s (the new IIS "
        "rule); its canonical prints the mixed-case address. One record, under either address." % (
            a["ngay"].strftime("%d/%m %H:%M"), why, a["path"], a["path"].lower()),
        a["path"].lower(), contains=a["doan"][0],
        checks=[{"path": a["cm"].lower(), "status": 200, "contains": _href(a["path"])}, _moved(a["path"]),
                {"path": "/Tin-tuc/RSS".lower(), "status": 200, "contains": a["path"]}],
        reached_by=["%s (301 -> lower case)" % a["cm"], "/Tin-tuc/RSS"] + (["home 'Tin mới'"] if a["cm"] in NEWS else ["home banner / menu"]))
for a in LOWER_REPS:
    DAY2[a["path"]] = muc(
        "redirect_added_lowercase", a, True,
        "Unchanged. Published %s, inside the 7-day window: the ordinary day-2 run re-checks it at its day-1 address %s, which now answers 301 "
        "to %s (IIS 'Enforce lowercase URLs', added overnight); that page is the same article, and its canonical still names the "
        "mixed-case address, which 301s back to it. Every one of the site's %d day-2 articles is in the same case (their day-1 address is "
        "an alias of the lower-case canonical in MANIFEST_DAY2); this entry is one of two named examples. One record, not withdrawn, no "
        "new version; the lower-case address may be kept among its addresses, never as a row of its own." % (
            a["ngay"].strftime("%d/%m %H:%M"), a["path"], a["path"].lower(), len(MANIFEST_DAY2["articles"])),
        a["path"].lower(), same=a["path"], contains=a["doan"][-1], guard=True,
        checks=[_moved(a["path"]), {"path": a["path"].lower(), "status": 200, "contains": '%s" rel="canonical"' % a["path"]},
                {"path": a["cm"].lower(), "status": 200, "contains": _href(a["path"])}],
        day1=trang_thai(a, a["doan"][-1]), variant_url=a["path"].lower())
DAY2[CORRECTED["path"]] = muc(
    "corrected_behind_301", CORRECTED_2, True,
    "Published 13/05 10:15 (inside the 7-day window). A figure of the 2nd paragraph was silently corrected on 14/05 10:50 (no note, same "
    "title). On day 2 its day-1 address answers 301 to the lower-case one (the new IIS rule), which shows the corrected text. The "
    "documented run re-checks it: an address that redirects to the same article, edited, stays one record and takes the new text.",
    CORRECTED["path"].lower(), same=CORRECTED["path"], contains=C_NEW, lacks=C_OLD,
    checks=[_moved(CORRECTED["path"]), {"path": CORRECTED["path"].lower(), "status": 200, "contains": x(C_NEW), "not_contains": x(C_OLD)}],
    day1=trang_thai(CORRECTED, C_OLD))
DAY2[WITHDRAWN["path"]] = muc(
    "withdrawn_404", WITHDRAWN, True,
    "Published 12/05 15:20; the document was deleted on 14/05 17:00: its address answers 301 (the IIS rule) to the lower-case form, which "
    "answers Kentico's 404 'Không tìm thấy trang'; lists, boxes and feed no longer link it. Keep the day-1 record and text, mark it "
    "withdrawn.",
    None, withdrawn=True, same=WITHDRAWN["path"], contains=WITHDRAWN["doan"][0],
    checks=[_moved(WITHDRAWN["path"]), {"path": WITHDRAWN["path"].lower(), "status": 404}],
    day1=trang_thai(WITHDRAWN, WITHDRAWN["doan"][0]))
DAY2[LINKED["path"]] = muc(
    "linked_second_url", LINKED, True,
    "Unchanged. Published 12/05 09:30. On 14/05 an editor linked it into the new chuyên đề section (a Kentico 'linked document'): the "
    "chuyên đề list links it as %s, which answers 301 to %s — the same page, same text, whose canonical names the original %s. The "
    "article exists once; the second address is an address of the same record, never a second row." % (LINKED_PATH, LINKED_PATH.lower(), LINKED["path"]),
    LINKED["path"].lower(), same=LINKED["path"], contains=LINKED["doan"][-1], guard=True,
    checks=[{"path": CHUYEN_DE[0].lower(), "status": 200, "contains": _href(LINKED_PATH)},
            {"path": LINKED_PATH.lower(), "status": 200, "contains": '%s" rel="canonical"' % LINKED["path"]},
            {"path": LINKED_PATH.lower(), "status": 200, "contains": x(LINKED["doan"][-1])}, _moved(LINKED_PATH)],
    day1=trang_thai(LINKED, LINKED["doan"][-1]), variant_url=LINKED_PATH)
for a in NOI_BO:
    recent = a["ngay"] >= NGAY_HAI - _dt.timedelta(days=7)
    DAY2[a["path"]] = muc(
        "robots_disallowed_kept", a, True,
        "Unchanged, and still online (its address 301s to the lower-case form, which serves it). On day 2 robots.txt adds 'Disallow: "
        "/Thong-tin-noi-bo' and 'Disallow: /thong-tin-noi-bo': the archive may no longer request it%s. Published %s%s. A page the crawler "
        "may not fetch is neither withdrawn nor deleted: the day-1 record stays as it is, and no request under either prefix is made." % (
            " (fetch_failures may say 'robots')", ngay(a["ngay"]),
            " — inside the 7-day window, so the ordinary run would re-check it but must skip it" if recent else ""),
        None, same=a["path"], contains=a["doan"][-1], guard=True,
        checks=[{"path": "/robots.txt", "status": 200, "contains": "Disallow: /Thong-tin-noi-bo"}, _moved(a["path"])],
        day1=trang_thai(a, a["doan"][-1]))

_a0 = BY_DATE[D(2025, 5, 14, 8, 10)]
SELFTEST = [
    {"path": _a0["path"], "status": 200, "expect_headers": {"ETag": None, "Last-Modified": None, "Cache-Control": "private"}},
    {"path": _a0["path"].lower(), "status": 200, "contains": '%s" rel="canonical"' % _a0["path"]},
    {"path": "/Tin-tuc/Xay-dung-Dang?page=99", "status": 200, "contains": "Không có dữ liệu."},
    {"path": "/robots.txt", "status": 200, "not_contains": "noi-bo"},
    {"path": NB, "status": 200, "contains": x(NOI_BO[0]["tieu_de"])},
    {"path": CHUYEN_DE[0], "status": 404},
    {"path": "/Tin-tuc/RSS", "status": 200, "contains": "<rss"},
]
SELFTEST_DAY2 = [
    {"path": "/Tin-tuc/Xay-dung-Dang?page=2", "status": 301, "location": "/tin-tuc/xay-dung-dang?page=2"},
    {"path": "/tin-tuc/xay-dung-dang", "status": 200, "contains": 'href="/Tin-tuc/Xay-dung-Dang?page=2"'},
    {"path": "/Tin-tuc/RSS", "status": 301, "location": "/tin-tuc/rss"},
    {"path": "/tin-tuc/rss", "status": 200, "contains": FORBIDDEN["path"]},
    {"path": "/", "status": 200, "contains": _href(FORBIDDEN["path"])},
    {"path": FORBIDDEN["path"], "status": 301, "location": FORBIDDEN["path"].lower()},
    {"path": "/robots.txt", "status": 200, "contains": "Disallow: /thong-tin-noi-bo"},
    {"path": "/robots.txt", "status": 200, "headers": {"If-Modified-Since": http_date(BAY_GIO)}, "contains": "Disallow: /Thong-tin-noi-bo",
     "expect_headers": {"Last-Modified": http_date(D(2025, 5, 14, 10, 30))}},
]
SUMMARY = {
    "chains": ["/ -> <section>[?page=N] -> <section>/<Alias>", "/Tin-tuc/RSS -> <section>/<Alias>",
               "day 2: every mixed-case address -> 301 -> its lower-case form"],
    "alias_kinds": ["none on day 1 (Kentico would serve other cases, nothing links them)",
                    "day 2: the canonical is the lower-case address (200); the day-1 mixed-case address is an alias (301); the linked "
                    "document's two addresses are aliases of the original"],
    "quirks": ["Kentico document aliases keep the typed case", "UniPager ?page=N", "one WebForms form with __VIEWSTATE on every page",
               "canonical = the document's main address as typed", "no validators", "day-calendar trap /Lich-cong-tac?ngay=",
               "DAY 2: IIS 'Enforce lowercase URLs' 301s every mixed-case address; links and canonicals stay mixed-case",
               "DAY 2: robots.txt closes /Thong-tin-noi-bo (both cases): %d archived notices kept, 1 new notice not to be fetched" % len(NOI_BO),
               "DAY 2: an archived article linked under a second address (Kentico linked document)",
               "DAY 2: three new articles, a recent silent correction behind the 301, a recent 404"],
    "not_articles": [],
    "not_articles_day2": [],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "none: no ETag, no Last-Modified (Cache-Control: private); conditional requests ignored",
    "robots_day2": {"added": ["/Thong-tin-noi-bo", "/thong-tin-noi-bo"], "archived": [a["path"] for a in NOI_BO],
                    "not_to_fetch": [{"path": FORBIDDEN["path"], "title": FORBIDDEN["tieu_de"]},
                                     {"path": FORBIDDEN["path"].lower(), "title": FORBIDDEN["tieu_de"]}]},
    "misbehaviour_day2": ["every mixed-case address 301s to lower case (IIS rule), links and canonicals unchanged",
                          "robots.txt closes a section (%d archived notices, 1 new)" % len(NOI_BO), "an article under a second address (linked document)"],
    "day2": DAY2,
}
