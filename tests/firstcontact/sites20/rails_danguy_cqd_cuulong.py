"""Blind replica, set 20 C: Đảng ủy các cơ quan Đảng tỉnh Cửu Long on a vendor Ruby on Rails 6.1 portal (Puma behind nginx;
Kaminari pager, sitemap_generator, hedged).  Article pages carry correct validators on day 1 (fresh_when: Last-Modified =
updated_at, a weak ETag of id and updated_at; 304 when they match).  Day 2 is THE DAY THE SERVER MISBEHAVES: the vendor
deployed a new release overnight — (1) every list page is a skeleton the browser fills from /<section>.json?trang=N
(infinite scroll), the numbered pager and the home 'Tin mới' are gone; (2) /sitemap.xml became an index of monthly
sitemaps with lastmod, regenerated at 02:00, and the January 2025 one answers 500; (3) a page-cache middleware answers a
conditional request whose validators match with 200 and an EMPTY body instead of 304; (4) the editors merged the section
'Gương điển hình' into 'Học tập và làm theo Bác': its articles moved, their old addresses 301 to the new ones.  Around
them an ordinary day: three new articles (one only the JSON list links: published after the sitemap run, in a section
with no home box), a recent silent correction, an old article deleted.  Stdlib only; no sleep; see README.md."""
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
import json as _json

SITE = "Đảng ủy các cơ quan Đảng tỉnh Cửu Long"
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 4, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", 3, "bai"),
    ("hoc-tap-lam-theo-bac", "Học tập và làm theo Bác", 2, "bai"),
    ("guong-dien-hinh", "Gương điển hình", 1, "bai"),
    ("tin-co-so", "Tin cơ sở", 2, "bai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
SECNAME = dict((k, n) for k, n, _, _ in SECTIONS)
MOVED_FROM, MOVED_TO = "guong-dien-hinh", "hoc-tap-lam-theo-bac"
HOME_BOXES_1 = ("tin-hoat-dong", "xay-dung-dang", "hoc-tap-lam-theo-bac", "guong-dien-hinh", "thong-bao")     # no box for 'Tin cơ sở'
HOME_BOXES_2 = ("tin-hoat-dong", "xay-dung-dang", "hoc-tap-lam-theo-bac", "thong-bao")
HUYEN = ["Vũng Liêm", "Trà Ôn", "Tam Bình", "Càng Long", "Cầu Kè", "Tiểu Cần", "Mang Thít", "Long Hồ"]
XA = ["Trung Thành", "Hòa Lộc", "Phú Quới", "Tân Mỹ", "Hiếu Phụng", "An Trường"]
AP = ["Rạch Đôi", "Phú Hưng", "Ngãi Lộc", "Bưng Trường", "Cây Gòn", "Đại Thành"]
PER_PAGE = 10
ROBOTS = ("# See https://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\nUser-agent: *\n"
          "Disallow: /admin\nDisallow: /users/sign_in\nDisallow: /tim-kiem\nSitemap: {o}/sitemap.xml\n")
D = _dt.datetime
SITEMAP_RUN_1, SITEMAP_RUN_2 = D(2025, 5, 14, 2, 0), D(2025, 5, 15, 2, 0)        # rake sitemap:refresh, every night at 02:00

_GAN = [(D(2025, 5, 14, 8, 45), "tin-hoat-dong"), (D(2025, 5, 14, 7, 30), "thong-bao"), (D(2025, 5, 13, 16, 10), "tin-co-so"),
        (D(2025, 5, 13, 14, 20), "xay-dung-dang"), (D(2025, 5, 13, 9, 35), "guong-dien-hinh"), (D(2025, 5, 12, 16, 50), "tin-hoat-dong"),
        (D(2025, 5, 12, 10, 5), "xay-dung-dang"), (D(2025, 5, 12, 8, 15), "hoc-tap-lam-theo-bac"), (D(2025, 5, 10, 15, 30), "guong-dien-hinh"),
        (D(2025, 5, 9, 14, 0), "tin-co-so"), (D(2025, 5, 9, 8, 20), "tin-hoat-dong"), (D(2025, 5, 8, 15, 45), "hoc-tap-lam-theo-bac")]
_GAN.sort(reverse=True)
_s = SoanTin(20301, 74, [(k, w, "cqd", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, id_dau=3100, buoc=2, nguon="ĐUCCQĐ",
             chu_de=["dai-hoi", "hoc-tap-bac", "chuyen-doi-so", "tu-tuong", "phong-chong", "sap-xep"],
             lich=lich_dang(20301, 74, [d for d, _ in _GAN]), cm_dau=[k for _, k in _GAN])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["so_hieu"] = a["so_hieu"].rsplit("/", 1)[0] + "/ĐU"
        a["sapo"] = "Đảng ủy các cơ quan Đảng tỉnh thông báo để các chi bộ, đảng bộ trực thuộc và cá nhân có liên quan biết, thực hiện."
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    a["sua_luc"] = a["ngay"] + _dt.timedelta(minutes=2 + a["id"] % 17)           # updated_at: the last save after publishing
    a["slug"] = duong_dan(a["tieu_de"], 80)
BY_DATE = {a["ngay"]: a for a in ARTS}


def _sapo_lai(a):
    a["sapo"] = _re.sub(r"(Sáng|Chiều|Ngày) \d{1,2}/\d{1,2},", lambda m: "%s %d/%d," % (m.group(1), a["ngay"].day, a["ngay"].month), a["sapo"])


# ---------------------------------------------------------------- what happens between the two crawls
MOVE_TIME = D(2025, 5, 14, 20, 5)
MOVED = [a for a in ARTS if a["cm"] == MOVED_FROM]
MOVED_2 = {a["id"]: dict(a, cm=MOVED_TO, sua_luc=MOVE_TIME) for a in MOVED}
SILENT = BY_DATE[D(2025, 5, 12, 10, 5)]
_sd, S_OLD, S_NEW = sua_so(SILENT, 1)
SILENT_2 = dict(SILENT, doan=_sd, sua_luc=D(2025, 5, 14, 11, 0))
CE_REPS = [BY_DATE[D(2025, 5, 13, 14, 20)], BY_DATE[D(2025, 5, 12, 16, 50)]]
OLD_DELETED = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and D(2024, 11, 1) < a["ngay"] < D(2025, 1, 1)][0]
_special = {a["id"] for a in MOVED + [SILENT, OLD_DELETED] + CE_REPS}
BROKEN_MONTH = [m for m in ("2025-03", "2025-02", "2025-01") if not any(a["ngay"].strftime("%Y-%m") == m and a["id"] in _special for a in ARTS)][0]
MAP500_REP = [a for a in ARTS if a["ngay"].strftime("%Y-%m") == BROKEN_MONTH and a["cm"] == "xay-dung-dang"][0]

_n = SoanTin(20302, 3, [("tin-hoat-dong", 1, "cqd", "bai")], HUYEN, XA, AP, nguon="ĐUCCQĐ", chu_de=["dai-hoi", "hoc-tap-bac"]).items
NEW1, NEW_JSON1, NEW_JSON_ONLY = _n
_ID = max(a["id"] for a in ARTS)
NEW1.update(cm="tin-hoat-dong", ngay=D(2025, 5, 14, 15, 40), id=_ID + 2,
            tieu_de="Đảng ủy các cơ quan Đảng tỉnh tổ chức Hội nghị điểm đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027")
NEW_JSON1.update(cm="tin-co-so", ngay=D(2025, 5, 14, 16, 20), id=_ID + 4,
                 tieu_de="Chi bộ Báo tỉnh tổ chức đại hội nhiệm kỳ 2025 - 2027")
NEW_JSON_ONLY.update(cm="tin-co-so", ngay=D(2025, 5, 15, 8, 20), id=_ID + 6,
                     tieu_de="Chi bộ Ban Nội chính Tỉnh ủy học tập chuyên đề năm 2025 về tư tưởng, đạo đức, phong cách Hồ Chí Minh")
NEWS2 = [NEW1, NEW_JSON1, NEW_JSON_ONLY]
for a in NEWS2:
    a["slug"] = duong_dan(a["tieu_de"], 80)
    a["sua_luc"] = a["ngay"] + _dt.timedelta(minutes=4)
    _sapo_lai(a)
NEW1["sapo"] = ("(ĐUCCQĐ) - Chiều 14/5, Đảng ủy các cơ quan Đảng tỉnh tổ chức Hội nghị điểm đại hội chi bộ trực thuộc nhiệm kỳ 2025 - "
                "2027 tại Chi bộ Văn phòng Tỉnh ủy.")
NEW_JSON1["sapo"] = "(ĐUCCQĐ) - Chiều 14/5, Chi bộ Báo tỉnh tổ chức đại hội nhiệm kỳ 2025 - 2027, bầu chi ủy khóa mới gồm 3 đồng chí."
NEW_JSON_ONLY["sapo"] = ("(ĐUCCQĐ) - Sáng 15/5, Chi bộ Ban Nội chính Tỉnh ủy sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, "
                         "phong cách Hồ Chí Minh năm 2025.")
TIEU_DIEM_1 = [BY_DATE[D(2025, 5, 14, 8, 45)], BY_DATE[D(2025, 5, 12, 8, 15)], MOVED[-1],
               [a for a in ARTS if a["cm"] == "xay-dung-dang" and D(2025, 4, 1) < a["ngay"] < D(2025, 5, 1)][0]]
TIEU_DIEM_2 = [NEW1, BY_DATE[D(2025, 5, 14, 8, 45)], MOVED[-1], BY_DATE[D(2025, 5, 12, 8, 15)]]
DOC_NHIEU = sorted([a for a in ARTS if a["ngay"] < D(2025, 4, 1) and a["id"] not in _special and a["cm"] != "tin-co-so"],
                   key=lambda a: -a["xem"])[:5]                                     # day 2 sidebar: most read, old items


class World:
    def __init__(self, day):
        self.day = day
        v = {a["id"]: a for a in ARTS}
        if day == 2:
            del v[OLD_DELETED["id"]]
            v.update(MOVED_2)
            v[SILENT["id"]] = SILENT_2
            for a in NEWS2:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.sections = [k for k, _, _, _ in SECTIONS if not (day == 2 and k == MOVED_FROM)]
        self.run = SITEMAP_RUN_1 if day == 1 else SITEMAP_RUN_2

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]


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
    return "/%s/%d-%s" % (a["cm"], a["id"], a["slug"])


def etag(a):
    """fresh_when(@article): a weak ETag of the record's cache key (id + updated_at)."""
    return 'W/"%s"' % _hl.md5(("articles/%d-%s" % (a["id"], a["sua_luc"].strftime("%Y%m%d%H%M%S"))).encode()).hexdigest()


def li(a):
    return '<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"]))


def shell(tv, w, title, main, side, canonical=None, status=200, headers=()):
    nav = "".join('<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (k, x(SECNAME[k])) for k in w.sections)
    return Dapung(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        '<title>%s | %s</title><meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="%s">%s'
        '<link rel="stylesheet" href="/packs/css/application-%s.css" media="all"></head><body>'
        '<header class="header"><div class="container"><a href="/" class="brand"><img src="/packs/media/images/logo-dang-uy-%s.png" alt="%s"></a>'
        '</div></header><nav class="navbar"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>%s'
        '<li class="nav-item"><a class="nav-link" href="/lich-sinh-hoat-chi-bo">Lịch sinh hoạt chi bộ</a></li></ul>'
        '<form action="/tim-kiem" accept-charset="UTF-8" method="get"><input type="search" name="q" placeholder="Tìm kiếm"></form></div></nav>'
        '<main class="container"><div class="row"><div class="col-md-8">%s</div><aside class="col-md-4">%s</aside></div></main>'
        '<footer class="footer"><div class="container"><p>Trang thông tin điện tử Đảng ủy các cơ quan Đảng tỉnh Cửu Long. Địa chỉ: số 2 đường '
        'Hoàng Thái Hiếu, thị xã Vĩnh Long. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer>'
        '<script src="/packs/js/application-%s.js"></script></body></html>' % (
            x(title), x(SITE), _hl.sha1(("%s|%d" % (tv.path, w.day)).encode()).hexdigest()[:40],
            '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else "",
            "3f1c9a" if w.day == 1 else "8d20e4", "3f1c9a" if w.day == 1 else "8d20e4", x(SITE), nav, main, side,
            "3f1c9a" if w.day == 1 else "8d20e4"),
        status, headers=[("X-Request-Id", _hl.md5(("%s|%d" % (tv.path, w.day)).encode()).hexdigest()[:32])] + list(headers))


def sidebar(w, a=None):
    if w.day == 1:
        out = '<div class="widget"><h3>Tin mới</h3><ul>%s</ul></div>' % "".join(li(b) for b in w.arts[:5])
    else:                                                   # the new theme: 'Đọc nhiều' (old, most read items)
        out = '<div class="widget"><h3>Đọc nhiều</h3><ul>%s</ul></div>' % "".join(li(w.v[b["id"]]) for b in DOC_NHIEU)
    if a is not None:
        older = [b for b in w.in_sec(a["cm"]) if b["ngay"] < a["ngay"]][:5]
        out += '<div class="widget"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>' % "".join(li(b) for b in older)
    return out


def item(a):
    return ('<div class="media news-item"><a href="%s"><img class="thumb" src="/rails/active_storage/blobs/%s/%d.jpg" alt=""></a>'
            '<div class="media-body"><h3><a href="%s">%s</a></h3><span class="date">%s %s</span><p>%s</p></div></div>') % (
        url(a), _hl.md5(str(a["id"]).encode()).hexdigest()[:16], a["id"], url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]))


def home(tv, w):
    main = '<section class="tieu-diem"><h2>Tiêu điểm</h2><ul>%s</ul></section>' % "".join(
        li(w.v[a["id"]]) for a in (TIEU_DIEM_1 if w.day == 1 else TIEU_DIEM_2))
    if w.day == 1:
        main += '<section class="tin-moi"><h2>Tin mới</h2>%s</section>' % "".join(item(a) for a in w.arts[:6])
    for k in (HOME_BOXES_1 if w.day == 1 else HOME_BOXES_2):
        main += '<section class="box-cm"><h2><a href="/%s">%s</a></h2><ul>%s</ul></section>' % (k, x(SECNAME[k]), "".join(li(a) for a in w.in_sec(k)[:4]))
    return shell(tv, w, "Trang chủ", main, sidebar(w))


def listing_1(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("page", 1, 1, 99999) or 1
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]

    def href(i):
        return "/%s" % sec if i == 1 else "/%s?page=%d" % (sec, i)
    pg = ""
    if pages > 1:
        cells = []
        if n > 1:
            cells += ['<span class="first"><a href="%s">« Đầu</a></span>' % href(1), '<span class="prev"><a rel="prev" href="%s">‹ Trước</a></span>' % href(n - 1)]
        for i in range(1, pages + 1):
            if abs(i - n) <= 4:
                cells.append('<span class="page current">%d</span>' % i if i == n else '<span class="page"><a href="%s">%d</a></span>' % (href(i), i))
            elif i in (n - 5, n + 5):
                cells.append('<span class="page gap">…</span>')
        if n < pages:
            cells += ['<span class="next"><a rel="next" href="%s">Tiếp ›</a></span>' % href(n + 1), '<span class="last"><a href="%s">Cuối »</a></span>' % href(pages)]
        pg = '<nav class="pagination">%s</nav>' % " ".join(cells)
    body = "".join(item(a) for a in chunk) or '<p class="empty">Chưa có bài viết.</p>'
    return shell(tv, w, SECNAME[sec], '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol><h1>%s</h1>'
                 '<div class="news-list">%s</div>%s' % (x(SECNAME[sec]), x(SECNAME[sec]), body, pg), sidebar(w), "/" + sec)


def listing_2(tv, w, sec):
    """The new release: a skeleton the browser fills from the JSON endpoint (infinite scroll): the script presses the 'Xem thêm'
    button once on load, then on every scroll to the end, each time with the answer's `next`; ?page= is ignored."""
    return shell(tv, w, SECNAME[sec], '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol><h1>%s</h1>'
                 '<div id="ds-bai-viet" class="news-list" data-controller="infinite-scroll">'
                 '<div class="skeleton"></div><div class="skeleton"></div><div class="skeleton"></div></div>'
                 '<button type="button" class="btn btn-xem-them" data-url="/%s.json?trang=1" data-action="infinite-scroll#load">Xem thêm</button>'
                 '<noscript>Vui lòng bật JavaScript để xem danh sách bài viết.</noscript>' % (x(SECNAME[sec]), x(SECNAME[sec]), sec),
                 sidebar(w), "/" + sec)


def listing_json(tv, w, sec):
    items = w.in_sec(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    n = tv.so("trang", 1, 1, 99999) or 1
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    data = {"chuyen_muc": SECNAME[sec], "trang": n, "tong_so_trang": pages,
            "bai_viet": [{"id": a["id"], "tieu_de": a["tieu_de"], "url": url(a), "ngay_dang": a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                          "tom_tat": a["sapo"]} for a in chunk],
            "next": "/%s.json?trang=%d" % (sec, n + 1) if n < pages else None}
    return Dapung(_json.dumps(data, ensure_ascii=False), 200, "application/json; charset=utf-8")


def fresh(tv, a):
    inm, ims = tv.h("If-None-Match"), tv.h("If-Modified-Since")
    if inm is not None:                                     # If-None-Match has priority (Rack::ConditionalGet)
        mine = etag(a).replace("W/", "")
        return any(t.strip().replace("W/", "") in (mine, "*") for t in inm.split(","))
    if ims is not None:
        since = doc_http_date(ims)
        return since is not None and since >= a["sua_luc"]
    return False


def article(tv, w, a):
    hdrs = [("ETag", etag(a)), ("Last-Modified", http_date(a["sua_luc"])), ("Cache-Control", "max-age=0, private, must-revalidate")]
    if fresh(tv, a):
        if w.day == 1:
            return Dapung(b"", 304, None, hdrs)
        # day 2: the release's page-cache middleware replays the cached headers without the body and forgets the 304
        return Dapung(b"", 200, "text/html; charset=utf-8", hdrs)
    paras = []
    for i, p in enumerate(a["doan"]):
        paras.append("<p>%s</p>" % x(p))
    if a.get("chu_thich"):
        paras.insert(1, '<figure class="figure"><img src="/rails/active_storage/blobs/%s/%d_1.jpg" alt=""><figcaption>%s</figcaption></figure>' % (
            _hl.md5(str(a["id"]).encode()).hexdigest()[:16], a["id"], x(a["chu_thich"])))
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/%s">%s</a></li></ol><article class="article">'
            '<h1 class="article-title">%s</h1><div class="article-meta"><time datetime="%s">%s %s</time></div>%s<p class="lead"><strong>%s</strong></p>'
            '<div class="article-body">%s</div><p class="author text-right"><strong>%s</strong></p></article>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="so-hieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]))
    return shell(tv, w, a["tieu_de"], main, sidebar(w, a), url(a), headers=hdrs)


RAILS_404 = ('<!DOCTYPE html>\n<html>\n<head>\n  <title>The page you were looking for doesn\'t exist (404)</title>\n</head>\n<body>\n'
             '  <div class="dialog">\n    <h1>The page you were looking for doesn\'t exist.</h1>\n    <p>You may have mistyped the address or the page may have moved.</p>\n'
             '  </div>\n</body>\n</html>\n')
RAILS_500 = ('<!DOCTYPE html>\n<html>\n<head>\n  <title>We\'re sorry, but something went wrong (500)</title>\n</head>\n<body>\n'
             '  <div class="dialog">\n    <h1>We\'re sorry, but something went wrong.</h1>\n  </div>\n  <p>If you are the application owner check the logs for more information.</p>\n'
             '</body>\n</html>\n')


def not_found(tv, w):
    return Dapung(RAILS_404, 404)


def in_sitemap(w, a):
    return a["ngay"] <= w.run


def sitemap(tv, w):
    live = [a for a in w.arts if in_sitemap(w, a)]
    if w.day == 1:
        return urlset(tv.origin, [(url(a), a["sua_luc"], None) for a in live])
    months = sorted({a["ngay"].strftime("%Y-%m") for a in live}, reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for m in months:
        last = max(a["sua_luc"] for a in live if a["ngay"].strftime("%Y-%m") == m)
        out.append("<sitemap><loc>%s/sitemaps/%s.xml</loc><lastmod>%s</lastmod></sitemap>" % (tv.origin, m, last.strftime("%Y-%m-%dT%H:%M:%S+07:00")))
    out.append("</sitemapindex>")
    return Dapung("\n".join(out), 200, "application/xml; charset=utf-8")


def sitemap_month(tv, w, m):
    live = [a for a in w.arts if in_sitemap(w, a) and a["ngay"].strftime("%Y-%m") == m]
    if not live:
        return not_found(tv, w)
    if m == BROKEN_MONTH:                                    # the nightly job died on a record of that month; nginx serves 500.html
        return Dapung(RAILS_500, 500)
    return urlset(tv.origin, [(url(a), a["sua_luc"], None) for a in live])


def calendar(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", "2025-05"))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv, w)
    y, mo = int(m.group(1)), int(m.group(2))
    prev = (y, mo - 1) if mo > 1 else (y - 1, 12)
    nxt = (y, mo + 1) if mo < 12 else (y + 1, 1)
    return shell(tv, w, "Lịch sinh hoạt chi bộ", '<h1>Lịch sinh hoạt chi bộ tháng %d/%d</h1><p><a href="/lich-sinh-hoat-chi-bo?thang=%d-%02d">« Tháng trước</a> | '
                 '<a href="/lich-sinh-hoat-chi-bo?thang=%d-%02d">Tháng sau »</a></p><p>Chưa có lịch.</p>' % (mo, y, prev[0], prev[1], nxt[0], nxt[1]), sidebar(w))


def handle(tv):
    w = W()
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv, w)
    if p == "/sitemap.xml":
        return sitemap(tv, w)
    m = _re.fullmatch(r"/sitemaps/(\d{4}-\d{2})\.xml", p)
    if m and w.day == 2:
        return sitemap_month(tv, w, m.group(1))
    if p == "/lich-sinh-hoat-chi-bo":
        return calendar(tv, w)
    m = _re.fullmatch(r"/([a-z-]+)(\.json)?", p)
    if m and m.group(1) in SECNAME:
        sec = m.group(1)
        if w.day == 2 and sec == MOVED_FROM:                 # the merged category's old slug
            return chuyen("/%s%s" % (MOVED_TO, m.group(2) or "") + ("?" + tv.query if tv.query else ""), 301)
        if m.group(2):
            return listing_json(tv, w, sec) if w.day == 2 else not_found(tv, w)
        return listing_1(tv, w, sec) if w.day == 1 else listing_2(tv, w, sec)
    m = _re.fullmatch(r"/([a-z-]+)/(\d{1,6})(?:-([a-z0-9-]*))?", p)
    if m and m.group(1) in SECNAME:
        a = w.v.get(int(m.group(2)))
        if a is None:
            return not_found(tv, w)
        if (m.group(1), m.group(3)) != (a["cm"], a["slug"]):
            return chuyen(url(a), 301)                        # redirect_to @article, status: :moved_permanently
        return article(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx")], lambda tv, out: [("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff")])

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {}
    for a in w.arts:
        al = []
        if w.day == 2 and a["id"] in MOVED_2:
            al = ["/%s/%d-%s" % (MOVED_FROM, a["id"], a["slug"])]
        arts[url(a)] = {"title": a["tieu_de"], "aliases": al}
    out = {
        "family": "Vendor Ruby on Rails 6.1 portal (Puma behind nginx; Kaminari, sitemap_generator; hedged) of a provincial Party committee of Party "
                  "agencies (Đảng ủy các cơ quan Đảng tỉnh Cửu Long): correct article validators on day 1; day 2 (a new release): lists "
                  "filled from JSON, a monthly sitemap index with one month answering 500, an empty 200 for a matching conditional request, "
                  "a section merged into another with 301s",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin", "/users/sign_in", "/tim-kiem"],
        "trap_prefixes": ["/lich-sinh-hoat-chi-bo?"],
        "notes": (
            "Articles /<section>/<id>-<slug> (to_param; a wrong section or slug 301s to the right address); sections Tin hoạt động, Xây "
            "dựng Đảng, Học tập và làm theo Bác, Gương điển hình, Tin cơ sở (menu only, no home box), Thông báo; day-1 lists /<section>"
            "?page=N (Kaminari: page 1 linked bare, window of 4, '« Đầu ‹ Trước … Tiếp › Cuối »'; past the end empty, 200); home: "
            "'Tiêu điểm' 4 (hand-picked), 'Tin mới' 6, a box per section but Tin cơ sở 4; sidebar 'Tin mới' 5 and, on articles, 'Tin "
            "cùng chuyên mục' (5 OLDER items); no feed; /sitemap.xml (robots Sitemap line) written by the 02:00 job (articles published "
            "later that day are not in it), lastmod = updated_at; article pages: ETag W/\"md5(id-updated_at)\", Last-Modified = "
            "updated_at, Cache-Control max-age=0, private, must-revalidate; If-None-Match first, else If-Modified-Since >= updated_at -> "
            "304; Rails' English public/404.html; month calendar /lich-sinh-hoat-chi-bo?thang=YYYY-MM forever (trap). Dates 'dd/mm/yyyy "
            "HH:MM' in <time datetime>.") + (
            " Day 1 of two (set_day)." if w.day == 1 else (
                " DAY 2 (Thursday 15/05/2025 09:40), a new release: every list page is a skeleton filled from JSON by its 'Xem thêm' button "
                "<button data-url=\"/<section>.json?trang=1\"> (pressed by the script on load and on scroll; 10 a batch, keys bai_viet[].url "
                "and next), ?page= ignored, the home 'Tin mới' and the sidebar 'Tin mới' "
                "gone (sidebar 'Đọc nhiều': old items); /sitemap.xml is a sitemapindex of /sitemaps/YYYY-MM.xml (lastmod = the month's "
                "newest updated_at; written at 02:00 15/05), /sitemaps/%s.xml answers 500; a page-cache middleware answers a conditional "
                "request whose validators match with 200, Content-Length 0 and the validators (instead of 304) — on every unchanged "
                "article; 'Gương điển hình' merged into 'Học tập và làm theo Bác' on 14/05 20:05: its %d articles moved (updated_at moves), "
                "their old addresses and /guong-dien-hinh 301 to the new ones; new: '%s' (14/05 15:40, home box, JSON, sitemap), '%s' "
                "(14/05 16:20, Tin cơ sở: JSON and sitemap), '%s' (15/05 08:20, Tin cơ sở, after the sitemap run: ONLY the JSON list); a "
                "recent figure silently corrected (validators and lastmod move); an old article deleted (404)." % (
                    BROKEN_MONTH, len(MOVED), NEW1["tieu_de"], NEW_JSON1["tieu_de"], NEW_JSON_ONLY["tieu_de"]))),
    }
    if w.day == 2:
        out["only_via"] = {"data-url": [url(NEW_JSON_ONLY)]}
    return out


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _json_has(sec, a, trang=1):
    return {"path": "/%s.json?trang=%d" % (sec, trang), "status": 200, "contains": '"url": "%s"' % url(a)}


def _cond_empty(a):
    return {"path": url(a), "status": 200, "headers": {"If-None-Match": etag(a)}, "empty": True,
            "expect_headers": {"Content-Length": "0", "ETag": etag(a), "Last-Modified": http_date(a["sua_luc"])}}


DAY2 = {}
DAY2[url(NEW1)] = muc(
    "new", NEW1, True,
    "An ordinary article published between the crawls (14/05 15:40): first of its section's JSON list, in the home box 'Tin hoạt động' and "
    "'Tiêu điểm', in the May sitemap.", url(NEW1), contains=NEW1["doan"][0],
    checks=[_json_has("tin-hoat-dong", NEW1), {"path": "/", "status": 200, "contains": 'href="%s"' % url(NEW1)},
            {"path": "/sitemaps/2025-05.xml", "status": 200, "contains": url(NEW1)}],
    reached_by=["home 'Tiêu điểm' and box 'Tin hoạt động'", "/tin-hoat-dong.json?trang=1", "/sitemaps/2025-05.xml"])
DAY2[url(NEW_JSON1)] = muc(
    "new_in_json_list", NEW_JSON1, True,
    "Published 14/05 16:20 in 'Tin cơ sở', a section with no home box: on day 2 its list page is a skeleton and the item is in the "
    "JSON answer /tin-co-so.json?trang=1 (the release's infinite scroll) and in the May sitemap (written at 02:00 on 15/05). No plain "
    "link anywhere.", url(NEW_JSON1), contains=NEW_JSON1["doan"][0],
    checks=[_json_has("tin-co-so", NEW_JSON1), {"path": "/tin-co-so", "status": 200, "not_contains": url(NEW_JSON1)},
            {"path": "/sitemaps/2025-05.xml", "status": 200, "contains": url(NEW_JSON1)}, {"path": "/", "status": 200, "not_contains": url(NEW_JSON1)}],
    reached_by=["/tin-co-so.json?trang=1 (data-url of the /tin-co-so skeleton)", "/sitemaps/2025-05.xml"])
DAY2[url(NEW_JSON_ONLY)] = muc(
    "new_json_only", NEW_JSON_ONLY, True,
    "Published 15/05 08:20 in 'Tin cơ sở' (no home box), after the 02:00 sitemap run: the ONLY page that links it is the JSON answer "
    "/tin-co-so.json?trang=1 that the skeleton list /tin-co-so loads through the data-url of its 'Xem thêm' button (the site has no feed; the sidebars list older or "
    "most-read items). A crawl that does not read the JSON list misses it (MANIFEST_DAY2 only_via data-url).",
    url(NEW_JSON_ONLY), contains=NEW_JSON_ONLY["doan"][0],
    checks=[_json_has("tin-co-so", NEW_JSON_ONLY), {"path": "/tin-co-so", "status": 200, "contains": 'data-url="/tin-co-so.json?trang=1"'},
            {"path": "/sitemaps/2025-05.xml", "status": 200, "not_contains": url(NEW_JSON_ONLY)}, {"path": "/", "status": 200, "not_contains": url(NEW_JSON_ONLY)}],
    reached_by=["/tin-co-so.json?trang=1 only"])
for a in MOVED:
    b = MOVED_2[a["id"]]
    recent = a["ngay"] >= NGAY_HAI - _dt.timedelta(days=7)
    DAY2[url(a)] = muc(
        "moved_section_301", b, True,
        "Unchanged text. Published %s in 'Gương điển hình'; on 14/05 20:05 the editors merged that section into 'Học tập và làm theo Bác': "
        "the article now lives at %s (its category, breadcrumb and updated_at changed, nothing else) and its day-1 address answers 301 "
        "there; the new section's JSON list, the home box and the sitemap link the new address only.%s One record: the new address joins "
        "the day-1 record (or the record moves to it), never a second row." % (
            ngay(a["ngay"]), url(b),
            " Inside the 7-day window: the ordinary run re-checks the day-1 address and meets the 301." if recent else
            " Outside the window: an ordinary run meets the NEW address in the lists and the sitemap (lastmod 2025-05-14T20:05) before it "
            "ever re-checks the old one."),
        url(b), same=url(a), contains=a["doan"][-1], guard=True,
        checks=[{"path": url(a), "status": 301, "location": url(b)}, {"path": url(b), "status": 200, "contains": x(a["doan"][-1])},
                {"path": "/%s" % MOVED_FROM, "status": 301, "location": "/%s" % MOVED_TO}],
        day1=trang_thai(a, a["doan"][-1]), variant_url=url(b))
for a in CE_REPS:
    DAY2[url(a)] = muc(
        "conditional_empty_200", a, True,
        "Unchanged. Published %s, inside the 7-day window: the ordinary day-2 run re-checks it with its day-1 validators, and the new "
        "release's page-cache middleware answers 200 with Content-Length: 0, the same ETag and Last-Modified and NO body (it meant 304). "
        "Every unchanged article of the site answers a matching conditional request that way on day 2 (SELFTEST_DAY2 checks them all); "
        "this entry is one of two named examples. An empty body is not a withdrawal and not an edit: the record keeps its day-1 text, not "
        "withdrawn, no new version." % a["ngay"].strftime("%d/%m %H:%M"),
        url(a), same=url(a), contains=a["doan"][-1], guard=True,
        checks=[_cond_empty(a), {"path": url(a), "status": 200, "headers": {"If-Modified-Since": http_date(a["sua_luc"])}, "empty": True},
                {"path": url(a), "status": 200, "contains": x(a["doan"][-1])}],
        day1=trang_thai(a, a["doan"][-1]), day2_answer=_cond_empty(a))
DAY2[url(MAP500_REP)] = muc(
    "sitemap_month_500", MAP500_REP, True,
    "Unchanged. Published %s: on day 2 the sitemap index lists /sitemaps/%s.xml, which answers 500 (the nightly job died on a record of "
    "that month), so none of that month's articles is in any readable sitemap; it is still in its section's JSON list. An article "
    "missing from a broken sitemap is not withdrawn: the record stays as it is. (Every article of %s is in that case; this one is "
    "named.)" % (ngay(MAP500_REP["ngay"]), BROKEN_MONTH, BROKEN_MONTH),
    url(MAP500_REP), same=url(MAP500_REP), contains=MAP500_REP["doan"][-1], guard=True,
    checks=[{"path": "/sitemaps/%s.xml" % BROKEN_MONTH, "status": 500}, {"path": "/sitemap.xml", "status": 200, "contains": "/sitemaps/%s.xml" % BROKEN_MONTH},
            {"path": url(MAP500_REP), "status": 200, "contains": x(MAP500_REP["doan"][-1])}],
    day1=trang_thai(MAP500_REP, MAP500_REP["doan"][-1]))
DAY2[url(SILENT)] = muc(
    "corrected_silent", SILENT_2, True,
    "Published 12/05 10:05 (inside the 7-day window). A figure of the 2nd paragraph was silently corrected on 14/05 11:00 (no note, same "
    "title): updated_at moves, so the day-1 validators no longer match and the re-check gets 200 with the full corrected page (not the "
    "empty answer). The May sitemap shows the new lastmod (2025-05-14T11:00). The record must take the corrected text.",
    url(SILENT), same=url(SILENT), contains=S_NEW, lacks=S_OLD,
    checks=[{"path": url(SILENT), "status": 200, "headers": {"If-None-Match": etag(SILENT)}, "contains": x(S_NEW),
             "expect_headers": {"ETag": etag(SILENT_2)}}],
    noticed_on=[{"path": "/sitemaps/2025-05.xml", "status": 200, "contains": url(SILENT) + "</loc><lastmod>2025-05-14T11:00:00+07:00</lastmod>"}],
    day1=trang_thai(SILENT, S_OLD))
DAY2[url(OLD_DELETED)] = muc(
    "old_withdrawn_404", OLD_DELETED, False,
    "Published %s; deleted on 14/05 (Rails' 404 page, unlinked, out of the sitemap). Outside the 7-day window: an ordinary run learns it "
    "only when the rolling re-check reaches it. Withdrawn or not yet marked are both acceptable; the day-1 record must be kept." % ngay(OLD_DELETED["ngay"]),
    None, withdrawn=True, same=url(OLD_DELETED), contains=OLD_DELETED["doan"][0],
    checks=[{"path": url(OLD_DELETED), "status": 404}],
    day1=trang_thai(OLD_DELETED, OLD_DELETED["doan"][0]))

_a0 = BY_DATE[D(2025, 5, 14, 8, 45)]
SELFTEST = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": url(_a0), "status": 304, "headers": {"If-Modified-Since": http_date(_a0["sua_luc"])}},
    {"path": url(_a0), "status": 200, "headers": {"If-None-Match": 'W/"0000"', "If-Modified-Since": http_date(BAY_GIO)}, "contains": x(_a0["doan"][-1])},
    {"path": url(_a0), "status": 200, "expect_headers": {"ETag": etag(_a0), "Last-Modified": http_date(_a0["sua_luc"])}},
    {"path": "/xay-dung-dang/%d-sai-duong-dan" % _a0["id"], "status": 301, "location": url(_a0)},
    {"path": "/tin-hoat-dong?page=99", "status": 200, "contains": "Chưa có bài viết."},
    {"path": "/tin-co-so.json", "status": 404},
    {"path": "/sitemap.xml", "status": 200, "not_contains": url(_a0)},
    {"path": "/sitemaps/%s.xml" % BROKEN_MONTH, "status": 404},
]
SELFTEST_DAY2 = [
    {"path": "/tin-hoat-dong?page=3", "status": 200, "contains": 'data-url="/tin-hoat-dong.json?trang=1"'},
    {"path": "/tin-hoat-dong.json?trang=99", "status": 200, "contains": '"bai_viet": []'},
    {"path": "/guong-dien-hinh.json?trang=1", "status": 301, "location": "/hoc-tap-lam-theo-bac.json?trang=1"},
    {"path": "/sitemap.xml", "status": 200, "contains": "<sitemapindex"},
    {"path": "/sitemap.xml", "status": 200, "contains": "/sitemaps/2025-05.xml</loc><lastmod>2025-05-14T20:05:00+07:00</lastmod>"},
]
_unchanged = [a for a in ARTS if url(a) not in DAY2 and a["id"] not in _special]
SELFTEST_DAY2 += [_cond_empty(a) for a in _unchanged]       # the empty 200 on every unchanged article
SUMMARY = {
    "chains": ["/ -> /<section>[?page=N] -> /<section>/<id>-<slug> (day 1)", "/ -> /<section> -> /<section>.json?trang=N -> /<section>/<id>-<slug> (day 2)",
               "robots.txt -> /sitemap.xml [-> /sitemaps/YYYY-MM.xml on day 2] -> /<section>/<id>-<slug>"],
    "alias_kinds": ["none on day 1", "day 2: the moved articles' day-1 addresses (301 to the new section)"],
    "quirks": ["Kaminari ?page=N", "article validators: weak ETag of id + updated_at, Last-Modified = updated_at", "sitemap written at 02:00",
               "Rails' English 404 / 500 pages", "month-calendar trap /lich-sinh-hoat-chi-bo?thang=",
               "DAY 2: list pages are skeletons filled from /<section>.json?trang=N (data-url, 'next')",
               "DAY 2: sitemap index of monthly sitemaps with lastmod; one month answers 500",
               "DAY 2: a matching conditional request gets 200 with an empty body (should be 304)",
               "DAY 2: a section merged into another, old addresses 301",
               "DAY 2: three new articles (one only in the JSON list), a recent silent correction, an old 404"],
    "not_articles": [],
    "not_articles_day2": [],
    "clock": {"day1": BAY_GIO.strftime("%Y-%m-%d %H:%M"), "day2": NGAY_HAI.strftime("%Y-%m-%d %H:%M"), "tz": "Asia/Ho_Chi_Minh",
              "recheck_recent_days": 7},
    "validators": "article pages: weak ETag md5(id-updated_at), Last-Modified = updated_at; day 1: 304 when they match; day 2: 200 with an EMPTY body when they match",
    "misbehaviour_day2": ["lists become JSON-filled skeletons (infinite scroll)", "sitemap index of monthly sitemaps, /sitemaps/%s.xml answers 500" % BROKEN_MONTH,
                          "200 + empty body for a matching conditional request (every unchanged article)",
                          "section 'Gương điển hình' merged into 'Học tập và làm theo Bác' (%d articles, 301s)" % len(MOVED)],
    "day2": DAY2,
}
