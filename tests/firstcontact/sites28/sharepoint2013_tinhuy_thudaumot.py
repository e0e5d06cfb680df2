"""Set 28, site B: a SharePoint Server 2013 publishing portal (IIS 8.5, a local vendor's 'CQ'-style news web parts) of a provincial
Party committee, Đảng bộ tỉnh Thủ Dầu Một.  Ordinary SharePoint: '/' 302s to /Pages/default.aspx; news kept in a list and shown
by the vendor's web parts on two publishing pages (/tin-tuc/Pages/danh-muc.aspx?CatId=N&page=P, /tin-tuc/Pages/chi-tiet.aspx?
NewsId=N&CatId=C), so every news page carries SharePoint 2013's SEO canonical WITHOUT the query (one address for all news), the
CatId is not checked (an item of two categories has two addresses) and the home slider drops it; two pinned 'Tin nổi bật' on
every list page; feeds under robots-disallowed /_layouts/; the Search Engine Sitemap feature's sitemap, whose timer job stopped in
March, lists the publishing pages only; a soft-404 web part; a week calendar trap.  Its twist: the documents subsite's welcome
page shows its Pages library through a client-side rendered list view -- the rows exist only as the JSON of
`var WPQ2ListData = {…}` (FileRef of each document page, NextHref for the next 15): the home box names the newest five only.
"""
# ==== KERNEL BEGIN (sites28 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 28 kernel (set 27's unchanged: set 26's plus a few helpers at its end: chap_chon, cham, cua_so, bo_dau_giu_hoa): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
# generator SoanTin, trang_thai) and vocabulary (June 2025), ONE day (DAYS = 1: a first crawl at BAY_GIO), plus lich22 (a
# realistic publication spread), pad_css / pad_js (the inline theme CSS and script real pages carry) and TRANG_TINH (the static
# pages every portal links from its mega-menu and footer).  No clock and no sleep.
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

DAYS = 1
NGAY = {1: _dt.datetime(2025, 6, 26, 9, 30)}        # the first crawl, local time (Asia/Ho_Chi_Minh)
BAY_GIO = NGAY[1]


def kiem_ngay(day):
    """set_day() of a one-day set: only day 1 exists."""
    if day != 1:
        raise ValueError("set 28 serves one day only (DAYS = 1)")


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
        if self.method == "POST":
            try:
                n = int(env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            raw_body = env["wsgi.input"].read(n) if n > 0 else b""
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
# ==== KERNEL END ====
import json as _json

SITE = "Đảng bộ tỉnh Thủ Dầu Một"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 3, "tinhuy", "bai"),
            ("nghien-cuu", "Nghiên cứu - Trao đổi", 2, "tinhuy", "dai"), ("guong-dien-hinh", "Gương điển hình", 2, "huyenuy", "bai"),
            ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
CAT = {"tin-hoat-dong": 1, "xay-dung-dang": 2, "nghien-cuu": 3, "guong-dien-hinh": 5}
BY_CAT = {v: k for k, v in CAT.items()}
NEWS_SECS = [k for k in CAT]
HUYEN = ["Thuận An", "Dĩ An", "Bến Cát", "Tân Uyên", "Phú Giáo", "Dầu Tiếng", "Lái Thiêu", "Chánh Lưu"]
XA = ["Tân Định", "An Tây", "Lai Uyên", "Thạnh Phước", "Bình Nhâm", "Tân Long", "Minh Hòa", "Long Nguyên"]
AP = ["Ấp 2", "Ấp Bến Tượng", "Khu phố 4", "Ấp Bàu Lòng", "Khu phố Bình Đức", "Ấp Hòa Lộc"]
PER_PAGE = 10
ROWS = 15
LOAI = [("nghi-quyet", "Nghị quyết", "NQ"), ("chi-thi", "Chỉ thị", "CT"), ("ket-luan", "Kết luận", "KL"), ("ke-hoach", "Kế hoạch", "KH"),
        ("thong-bao", "Thông báo", "TB")]
VIEW = "{5D0E2A41-7C3B-4F6E-9A1D-3B7F60C2E8A4}"

_s = SoanTin(28201, 126, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(28201, 126, gan=6),
             id_dau=11200, buoc=3, cm_dau=("tin-hoat-dong", "van-ban", "xay-dung-dang", "tin-hoat-dong", "guong-dien-hinh"),
             chu_de=("dai-hoi", "sap-xep", "kiem-tra", "hoc-tap-bac", "dan-van", "xa-hoi"))
ARTS = _s.items
DOCS = [a for a in ARTS if a["cm"] == "van-ban"]
for _i, _a in enumerate(DOCS):
    _slug, _ten, _ma = LOAI[_i % len(LOAI)]
    _so = 190 - _i * 4
    _a["so_hieu"] = "%d-%s/TU" % (_so, _ma)
    _a["loai"] = _ten
    _a["tieu_de"] = "%s số %s của Ban Thường vụ Tỉnh ủy về %s" % (_ten, _a["so_hieu"], CHU_DE[_a["chu_de"]][1][_i % 3])
    _a["file"] = "%s-so-%d-%s-tu" % (_slug, _so, _ma.lower())
NEWS = [a for a in ARTS if a["cm"] != "van-ban"]
BY_ID = {a["id"]: a for a in NEWS}
BY_FILE = {a["file"]: a for a in DOCS}
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "guong-dien-hinh"][::4]}       # also in 'Xây dựng Đảng'
DELETED = [11063, 11109]
DOCS_HOME = 5
FLAKY = "/tin-tuc/Pages/danh-muc.aspx?CatId=2&page=2"
SLOW = "/van-ban/Pages/default.aspx"
SITEMAP_AT = _dt.datetime(2025, 3, 14, 23, 0)


def in_sec(k):
    return [a for a in NEWS if a["cm"] == k or (k == "xay-dung-dang" and a["id"] in CROSS)]


def url(a, k=None):
    if a["cm"] == "van-ban":
        return "/van-ban/Pages/%s.aspx" % a["file"]
    return "/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d&CatId=%d" % (a["id"], CAT[k or a["cm"]])


def list_url(k, page=1):
    return "/tin-tuc/Pages/danh-muc.aspx?CatId=%d" % CAT[k] + ("&page=%d" % page if page > 1 else "")


def pinned(k):
    return sorted(in_sec(k)[PER_PAGE:], key=lambda a: -a["xem"])[:2]


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def guid(seed):
    r = _rnd.Random(seed)
    return "%08x_%04x_%04x_%04x_%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))


def shell(tv, title, main, canonical, path, head=""):
    g = guid(len(title))
    menu = "".join('<li class="static"><a class="static menu-item" href="%s"><span class="menu-item-text">%s</span></a></li>' % (list_url(k), x(SECNAME[k]))
                   for k in NEWS_SECS)
    vb = "".join('<li><a href="%s">%s</a> <span class="time_update">(Ngày %s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in DOCS[:DOCS_HOME])
    return (
        '<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" '
        'content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />%s'
        '<title>\r\n\t%s\r\n</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=ox%%2BqLDCUwOrYmxS8qLRn2w%%3D%%3D"/>\n'
        '<link rel="stylesheet" type="text/css" href="/Style%%20Library/CQ/css/portal.css"/>\n<link rel="canonical" href="%s%s" />\n%s<style type="text/css">%s</style>\n'
        '<script type="text/javascript" src="/_layouts/15/init.js?rev=mdjxRHK1V7KZ%%2BuOTcNNcmQ%%3D%%3D"></script>\n'
        '<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtjmKMG" ></script>\n</head>\n<body>\n'
        '<div id="ms-designer-ribbon"><div id="s4-ribbonrow"></div></div>\n<form method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" '
        'id="aspnetForm">\n<div class="aspNetHidden">\n<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\n<input type="hidden" name="wpcmVal" '
        'id="wpcmVal" value="" />\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\n<input type="hidden" '
        'name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8F1A5C44E0B7%s,26 Jun 2025 02:30:11 -0000" />\n<input type="hidden" name="__VIEWSTATE" '
        'id="__VIEWSTATE" value="%s" />\n</div>\n<div id="s4-workspace"><div id="s4-bodyContainer">\n<div class="cq-header"><a href="/Pages/default.aspx">'
        '<img src="/PublishingImages/banner-thudaumot.jpg" alt="%s" /></a><div class="cq-date">%s, ngày %s</div></div>\n<div class="cq-menu"><ul class="root static">'
        '<li class="static"><a class="static menu-item" href="/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a></li>%s<li class="static">'
        '<a class="static menu-item" href="/van-ban/Pages/default.aspx"><span class="menu-item-text">Văn bản</span></a></li><li class="static"><a class="static '
        'menu-item" href="/lich-cong-tac/Pages/default.aspx"><span class="menu-item-text">Lịch công tác</span></a></li></ul><div class="cq-search"><input '
        'name="ctl00$PlaceHolderSearchArea$SearchBox$InputKeywords" type="text" id="ctl00_PlaceHolderSearchArea_SearchBox_InputKeywords" /></div></div>\n'
        '<div id="contentBox" class="cq-main"><div class="cq-col-left">%s</div><div class="cq-col-right"><div class="box_right"><div class="top_F">Văn bản mới</div>'
        '<ul id="ctl00_m_g_%s_ctl00_ulVanBan">%s</ul><a href="/van-ban/Pages/default.aspx">Xem tất cả</a></div><div class="box_right"><div class="top_F">Liên kết</div>'
        '<ul><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://chinhphu.example/" '
        'target="_blank">Cổng thông tin điện tử Chính phủ</a></li></ul></div></div></div>\n<div class="cq-footer"><p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THỦ DẦU '
        'MỘT</p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy. Ghi rõ nguồn "Trang TTĐT Đảng bộ tỉnh Thủ Dầu Một" khi phát hành lại thông tin.</p></div>\n</div></div>\n'
        '<script type="text/javascript">//<![CDATA[\nvar _spPageContextInfo={webServerRelativeUrl:"%s",webAbsoluteUrl:"%s%s",siteServerRelativeUrl:"\\u002f",'
        'pageListId:"{1f0b6d43-9e21-4c7a-b5a0-0d6f2c8e4b11}",webLanguage:1066,currentLanguage:1066,webUIVersion:15,userId:0,alertsEnabled:false,siteClientTag:'
        '"0$$15.0.4867.1000",crossDomainPhotosEnabled:false,webTitle:"%s"};\n%s\n//]]>\n</script>\n</form>\n</body>\n</html>\n') % (
        head, x(title), tv.origin, canonical, "", pad_css(len(title) * 13 + 7, 16, "ms"), x(path), g[:8].upper(), pad_b64(len(title), 2),
        x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, main, g, vb, path.split("/Pages/")[0] or "\\u002f", tv.origin, path.split("/Pages/")[0],
        x(SITE), pad_js(len(title) * 3 + 11, 9, "sp.core"))


def answer(body, status=200, headers=()):
    return Dapung(body, status, headers=[("Cache-Control", "private, max-age=0"), ("X-SharePointHealthScore", "0"),
                                         ("SPRequestGuid", "6f2d8a9e-10c4-b0d1-7e3a-%012x" % (len(body) % 16 ** 12)),
                                         ("X-Powered-By", "ASP.NET"), ("MicrosoftSharePointTeamServices", "15.0.0.4867"),
                                         ("X-Content-Type-Options", "nosniff"), ("X-MS-InvokeApp", "1; RequireReadOnly")] + list(headers))


def item(a, k=None):
    return ('<div class="cont_artical"><div class="img_thumb"><a href="%s"><img src="/PublishingImages/Tin/%d.jpg" alt="" /></a></div><div class="name_artical">'
            '<a href="%s">%s</a> <span class="time_update">(%s)</span></div><div class="short_content">%s</div></div>') % (
        url(a, k), a["id"], url(a, k), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def pager(k, cur, last):
    out = []
    if cur > 1:
        out.append('<td><a href="?CatId=%d&amp;page=%d">Trước</a></td>' % (CAT[k], cur - 1))
    for p in cua_so(cur, last, 2):
        out.append('<td>...</td>' if p is None else '<td class="current">%d</td>' % p if p == cur else '<td><a href="?CatId=%d&amp;page=%d">%d</a></td>' % (CAT[k], p, p))
    if cur < last:
        out.append('<td><a href="?CatId=%d&amp;page=%d">Sau</a></td>' % (CAT[k], cur + 1))
    return '<table class="pager" cellpadding="2"><tr>%s</tr></table>' % "".join(out)


def list_page(tv, k, page):
    items = in_sec(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    shown = items[(page - 1) * PER_PAGE:page * PER_PAGE]
    g = guid(CAT[k] * 31)
    main = ('<div class="path"><div class="arr_B"><span id="ctl00_m_g_%s_ctl00_lblBreadCrum"><a href="/Pages/default.aspx">Trang chủ</a> &gt; %s</span></div></div>'
            '<h2><span id="ctl00_m_g_%s_ctl00_lblCategoryTitle">%s</span></h2><div class="tin_noi_bat"><div class="top_F">Tin nổi bật</div>%s</div>'
            '<div class="inner_content_subpage">%s</div>%s') % (
        g, x(SECNAME[k]), g, x(SECNAME[k]), "".join(item(a) for a in pinned(k)),
        "".join(item(a, k) for a in shown) or '<p class="empty">Chưa có tin bài trong chuyên mục.</p>', pager(k, page, last) if shown else "")
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="/_layouts/15/CQ/Rss.aspx?CatId=%d" />\n' % (x(SECNAME[k]), CAT[k])
    return answer(shell(tv, SECNAME[k], main, "/tin-tuc/Pages/danh-muc.aspx", "/tin-tuc/Pages/danh-muc.aspx?CatId=%d" % CAT[k], head))


def home(tv):
    slider = "".join('<li><a href="/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d"><img src="/PublishingImages/Tin/%d.jpg" alt="" /><span>%s</span></a></li>' % (
        a["id"], a["id"], x(a["tieu_de"])) for a in NEWS[:5])
    main = '<div class="slider"><ul>%s</ul></div>' % slider
    for k in NEWS_SECS:
        main += '<div class="home_cat"><div class="top_F"><a href="%s">%s</a></div><ul>%s</ul></div>' % (
            list_url(k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a></li>' % (url(a, k), x(a["tieu_de"])) for a in in_sec(k)[:5]))
    return answer(shell(tv, "Trang chủ", main, "/Pages/default.aspx", "/Pages/default.aspx"))


def body_of(a):
    out = []
    for j, p in enumerate(a["doan"]):
        if a.get("muc") and j in a["muc"]:
            out.append("<p><b>%s</b></p>" % x(a["muc"][j]))
        out.append('<p style="text-align:justify">%s</p>' % x(p))
        if j == 0 and a.get("chu_thich"):
            out.append('<table align="center"><tr><td><img src="/PublishingImages/Tin/%d_1.jpg" alt="" /></td></tr><tr><td><span class="image_desc">%s</span></td></tr></table>' % (
                a["id"], x(a["chu_thich"])))
    return "".join(out)


def article(tv, a, k):
    g = guid(a["id"])
    others = [b for b in in_sec(a["cm"]) if b is not a][:8]
    main = ('<div class="detail_artical"><div class="path"><div class="arr_B"><span id="ctl00_m_g_%s_ctl00_lblBreadCrum"><a href="/Pages/default.aspx">Trang chủ</a> '
            '&gt; <a href="%s">%s</a></span></div></div><div class="date"><img src="/Style%%20Library/CQ/images/icon_date.jpg" alt="" /> <span id="ctl00_m_g_%s_ctl00_'
            'lblCreatedDate">%s %s</span></div><h2><span id="ctl00_m_g_%s_ctl00_lblTitle">%s</span></h2><p><b>%s</b></p><table width="100%%"><tr><td>%s</td></tr>'
            '<tr><td align="right" style="font-weight:bold"><span id="ctl00_m_g_%s_ctl00_lblAuthor">%s</span></td></tr></table>%s</div>'
            '<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>%s</ul></div></div>') % (
        g, list_url(k), x(SECNAME[k]), g, ngay(a["ngay"]), gio(a["ngay"]), g, x(a["tieu_de"]), x(a["sapo"]), body_of(a), g, x(a["tac_gia"]),
        ('<p class="lienquan">Bài liên quan: <a href="/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d&amp;CatId=1">Xem tại đây</a></p>' % DELETED[a["id"] % 2])
        if a["id"] % 9 == 0 else "",
        "".join('<li><a href="%s">%s</a> <span class="time_update">(Ngày %s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    return answer(shell(tv, a["tieu_de"], main, "/tin-tuc/Pages/chi-tiet.aspx", "/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d&CatId=%d" % (a["id"], CAT[k])))


def no_news(tv):
    main = '<div class="detail_artical"><p class="thongbao">Tin bài không tồn tại hoặc đã bị xóa.</p><p><a href="/Pages/default.aspx">Về trang chủ</a></p></div>'
    return answer(shell(tv, "Chi tiết tin", main, "/tin-tuc/Pages/chi-tiet.aspx", "/tin-tuc/Pages/chi-tiet.aspx"))


# ---------------------------------------------------------------- documents (client-side rendered list view)
def _js(obj):
    return _json.dumps(obj, ensure_ascii=False).replace("/", "\\u002f").replace("&", "\\u0026").replace("<", "\\u003c")


def doc_view(tv):
    first = tv.so("PageFirstRow", 1, 1, 9999) or 1
    rows = DOCS[first - 1:first - 1 + ROWS]
    data = {"Row": [{"ID": str(len(DOCS) - DOCS.index(a) + 3), "PermMask": "0x1b03c4312ef", "FSObjType": "0", "Title": a["tieu_de"],
                     "FileLeafRef": a["file"] + ".aspx", "FileRef": url(a), "File_x0020_Type": "aspx", "ContentTypeId": "0x010100C568DB52D9D0A14D9B2FDCC96666E9F2007948130EC3DB064584E219954237AF39",
                     "SoKyHieu": a["so_hieu"], "LoaiVanBan": a["loai"], "NgayBanHanh": ngay(a["ngay"]), "Created_x0020_Date": "1;#" + a["ngay"].strftime("%Y-%m-%d %H:%M:%S"),
                     "Modified": ngay(a["ngay"]) + " " + gio(a["ngay"]), "Editor": [{"id": "12", "title": "Văn phòng Tỉnh ủy"}]} for a in rows],
            "FirstRow": first, "FolderPermissions": "0x1b03c4312ef", "LastRow": first - 1 + len(rows), "RowLimit": ROWS, "FilterLink": "?",
            "ForceNoHierarchy": "1", "HierarchyHasIndention": ""}
    if first - 1 + ROWS < len(DOCS):
        last = rows[-1]
        data["NextHref"] = "?Paged=TRUE&p_Created=%s&p_ID=%s&PageFirstRow=%d&View=%s" % (
            last["ngay"].strftime("%Y%m%d%%20%H%%3a%M%%3a%S"), data["Row"][-1]["ID"], first + ROWS, VIEW.replace("{", "%7b").replace("}", "%7d"))
    if first > 1:
        data["PrevHref"] = "?Paged=TRUE&PagedPrev=TRUE&PageFirstRow=%d&View=%s" % (max(1, first - ROWS), VIEW.replace("{", "%7b").replace("}", "%7d"))
    main = ('<div class="path"><div class="arr_B"><a href="/Pages/default.aspx">Trang chủ</a> &gt; Văn bản</div></div><h2>Văn bản chỉ đạo</h2>'
            '<div id="WebPartWPQ2" class="ms-wpContentDivSpace" width="100%%" allowDelete="false" style=""><div id="script%s"></div><div id="WPQ2_ListTitleViewSelectorMenu_Container">'
            '</div></div>\n<script type="text/javascript">\nvar WPQ2ListData = %s;\nvar WPQ2SchemaData = {"Field":[{"Name":"LinkFilename","FieldType":"Computed",'
            '"DisplayName":"Tên"},{"Name":"SoKyHieu","FieldType":"Text","DisplayName":"Số ký hiệu"},{"Name":"NgayBanHanh","FieldType":"DateTime","DisplayName":'
            '"Ngày ban hành"}],"View":"%s","ListTitle":"Pages"};\nvar ctx = new ContextInfo();\nctx.ListData = WPQ2ListData;\nctx.ListSchema = WPQ2SchemaData;\n'
            'ctx.view = "%s";\nctx.ctxId = 2;\nctx.wpq = "WPQ2";\nctx.listBaseType = 1;\nctx.listTemplate = "850";\nctx.listName = "{8C4D1E90-3F2B-4A77-B6C5-92E0D1A3F4B7}";\n'
            'ctx.listUrlDir = "\\u002fvan-ban\\u002fPages";\nctx.HttpRoot = "%s";\nctx.imagesPath = "\\u002f_layouts\\u002f15\\u002fimages\\u002f";\nctx.displayFormUrl = '
            '"\\u002fvan-ban\\u002f_layouts\\u002f15\\u002flistform.aspx?PageType=4";\nctx.isXslView = true;\nctx.IsClientRendering = true;\nvar WPQ2FormCtx = ctx;\n'
            'SPClientRenderer.RenderReplace(document.getElementById("script%s"), ctx);\n</script>\n'
            '<noscript><div class="ms-vb">Trình duyệt của bạn không hỗ trợ JavaScript.</div></noscript>') % (
        VIEW, _js(data), VIEW, VIEW, tv.origin, VIEW)
    return answer(shell(tv, "Văn bản", main, "/van-ban/Pages/default.aspx", "/van-ban/Pages/default.aspx",
                        '<meta name="ROBOTS" content="NOINDEX, NOFOLLOW" />'))


def doc_page(tv, a):
    main = ('<div class="path"><div class="arr_B"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/van-ban/Pages/default.aspx">Văn bản</a></div></div>'
            '<div class="detail_artical"><h2>%s</h2><table class="vb-info"><tr><th>Số ký hiệu</th><td>%s</td></tr><tr><th>Loại văn bản</th><td>%s</td></tr>'
            '<tr><th>Ngày ban hành</th><td>%s</td></tr><tr><th>Ngày đăng</th><td>%s %s</td></tr></table><p><b>%s</b></p><div id="ctl00_PlaceHolderMain_ctl01__'
            'ControlWrapper_RichHtmlField" class="ms-rtestate-field">%s</div><span>Tài liệu kèm theo:</span><table><tr><td><a href="/van-ban/Documents/%s.pdf">'
            '%s.pdf</a></td></tr></table></div>') % (
        x(a["tieu_de"]), x(a["so_hieu"]), x(a["loai"]), ngay(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_of(a), a["file"], a["file"])
    return answer(shell(tv, a["tieu_de"], main, url(a), url(a), '<meta name="ROBOTS" content="NOINDEX, NOFOLLOW" />'))


# ---------------------------------------------------------------- sitemap, calendar
def sitemap(tv):
    rows = [("/Pages/default.aspx", SITEMAP_AT, None), ("/tin-tuc/Pages/danh-muc.aspx", SITEMAP_AT, None), ("/tin-tuc/Pages/chi-tiet.aspx", SITEMAP_AT, None),
            ("/lich-cong-tac/Pages/default.aspx", SITEMAP_AT, None)]
    rows += [("/tin-tuc/Pages/%s.aspx" % s, _dt.datetime(2016, 5, 9, 10, 0), None) for s in ("gioi-thieu-chung", "dai-hoi-dang-bo-tinh-lan-thu-x",
                                                                                            "hoc-tap-va-lam-theo-bac-2016")]
    return urlset(tv.origin, rows)


def lich(tv):
    t, n = tv.so("tuan", 26, 1, 53), tv.so("nam", 2025, 1990, 2100)
    if t is None or n is None:
        return answer(shell(tv, "Lịch công tác", "<p>Tham số không hợp lệ.</p>", "/lich-cong-tac/Pages/default.aspx", "/lich-cong-tac/Pages/default.aspx"), 400)
    pt, pn = (t - 1, n) if t > 1 else (52, n - 1)
    nt, nn = (t + 1, n) if t < 52 else (1, n + 1)
    main = ('<h2>Lịch công tác tuần %d năm %d</h2><p><a href="/lich-cong-tac/Pages/default.aspx?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/lich-cong-tac/'
            'Pages/default.aspx?tuan=%d&amp;nam=%d">Tuần sau »</a></p><table class="lich"><tr><td>Chưa có lịch công tác.</td></tr></table>') % (t, n, pt, pn, nt, nn)
    return answer(shell(tv, "Lịch công tác", main, "/lich-cong-tac/Pages/default.aspx", "/lich-cong-tac/Pages/default.aspx"))


def handle(tv):
    p = tv.path
    pl = p.lower()
    if p == "/robots.txt":
        return van_ban("User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\nDisallow: /Lists/\nDisallow: /lich-cong-tac/\n"
                       "Disallow: /SearchCenter/\nCrawl-delay: 1\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p == "/" or pl in ("/default.aspx", "/pages"):
        return chuyen(tv.origin + "/Pages/default.aspx", 302)
    if pl == "/pages/default.aspx":
        return home(tv)
    if pl == "/sitemap.xml":
        return sitemap(tv)
    if pl == "/tin-tuc/pages/danh-muc.aspx":
        c = tv.so("CatId", 0, 0, 999)
        if c not in BY_CAT:
            return answer(shell(tv, "Tin tức", '<p class="empty">Chưa có tin bài trong chuyên mục.</p>', "/tin-tuc/Pages/danh-muc.aspx", p))
        page = tv.so("page", 1, 1, 9999) or 1
        if p + "?" + tv.query == FLAKY and chap_chon(FLAKY):
            return Dapung('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Service Unavailable'
                          '</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Service Unavailable</h2>\r\n<hr>'
                          '<p>HTTP Error 503. The service is unavailable.</p>\r\n</BODY></HTML>\r\n', 503, "text/html; charset=us-ascii")
        return list_page(tv, BY_CAT[c], page)
    if pl == "/tin-tuc/pages/chi-tiet.aspx":
        i = tv.so("NewsId", 0, 0, 999999)
        a = BY_ID.get(i)
        if not a:
            return no_news(tv)
        c = tv.so("CatId", 0, 0, 999)
        k = BY_CAT.get(c, a["cm"])
        return article(tv, a, k)
    if pl == "/van-ban/pages/default.aspx":
        if not tv.q:
            cham(tv, 1.2)
        return doc_view(tv)
    m = _re.fullmatch(r"/van-ban/pages/([a-z0-9-]+)\.aspx", pl)
    if m and m.group(1) in BY_FILE:
        return doc_page(tv, BY_FILE[m.group(1)])
    if pl in ("/van-ban", "/van-ban/"):
        return chuyen(tv.origin + "/van-ban/Pages/default.aspx", 302)
    if pl == "/lich-cong-tac/pages/default.aspx":
        return lich(tv)
    return answer(shell(tv, "Lỗi", '<div class="ms-error"><h2>Sorry, something went wrong</h2><p>File Not Found.</p></div>', p, p), 404)


app = chay_app(handle, [("Server", "Microsoft-IIS/8.5")])


# ---------------------------------------------------------------- manifest
def _aliases(a):
    if a["cm"] == "van-ban":
        return []
    out = ["/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d" % a["id"]]
    if a["id"] in CROSS:
        out.append(url(a, "xay-dung-dang"))
    return out


ONLY_LISTDATA = [url(a) for a in DOCS[DOCS_HOME:]]
_th = in_sec("tin-hoat-dong")
_cross = [a for a in ARTS if a["id"] in CROSS][0]

MANIFEST = {
    "family": "SharePoint Server 2013 publishing (IIS 8.5, a local vendor's 'CQ'-style news web parts) of a provincial Party committee (Đảng bộ tỉnh "
              "Thủ Dầu Một): news on two query-string pages whose SEO canonical drops the query, pinned items on every list page, feeds under "
              "robots-disallowed /_layouts/, a sitemap of publishing pages only; the documents only in a client-side rendered list view's "
              "var WPQ2ListData = {…}",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/_layouts/", "/_vti_bin/", "/Lists/", "/lich-cong-tac/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"csr-listdata": ONLY_LISTDATA},
    "flaky": {FLAKY: 503},
    "slow": [SLOW],
    "notes": ("'/' 302s to /Pages/default.aspx. News items /tin-tuc/Pages/chi-tiet.aspx?NewsId=<id>&CatId=<cat> (the vendor's detail web part: 'dd/mm/yyyy "
              "HH:MM' beside an icon, title, bold lead, body table, bold right author; 'Các tin khác' with '(Ngày dd/mm/yyyy)'); the CatId is not checked, "
              "so every 4th 'Gương điển hình' item, also listed in 'Xây dựng Đảng', has a second address with CatId=2, and the home slider links "
              "?NewsId=<id> alone (all 200). EVERY news page carries SharePoint 2013's SEO canonical without the query: <link rel=canonical "
              "href=…/tin-tuc/Pages/chi-tiet.aspx> (lists: …/danh-muc.aspx); that address answers 200 'Tin bài không tồn tại hoặc đã bị xóa.' (as do deleted "
              "ids: soft 404). Lists /tin-tuc/Pages/danh-muc.aspx?CatId=N&page=P (%d a page; a table pager 'Trước … Sau' of RELATIVE links "
              "'?CatId=N&page=P', windowed), two most-read older 'Tin nổi bật' on top of every page. Feeds /_layouts/15/CQ/Rss.aspx?CatId=N (named in the "
              "head, robots-disallowed). /sitemap.xml (the Search Engine Sitemap job, last run 14/03/2025) lists the publishing pages only (the two news "
              "pages without query, home, calendar) and three 2016 pages that are gone (404). Documents: the subsite /van-ban/ (hidden from search "
              "engines: its pages say NOINDEX, NOFOLLOW); the home box names the newest %d; its welcome page /van-ban/Pages/default.aspx (slow, 1.2 s) "
              "renders its Pages library client-side: the rows are only in var WPQ2ListData = {\"Row\": [{…, \"FileRef\": \"\\u002fvan-ban\\u002fPages"
              "\\u002f<file>.aspx\"}, …], \"NextHref\": \"?Paged=TRUE&p_Created=…&p_ID=…&PageFirstRow=16&View=…\"} (%d rows a page); each document page "
              "/van-ban/Pages/<file>.aspx carries a PDF under /van-ban/Documents/. Flaky: %s answers 503 (IIS app pool) every other request. Week calendar "
              "/lich-cong-tac/Pages/default.aspx?tuan=W&nam=Y forever (trap, robots-disallowed). Every page is one big POST form with __VIEWSTATE and "
              "__REQUESTDIGEST (nothing to post)." % (PER_PAGE, DOCS_HOME, ROWS, FLAKY)),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/", "status": 302, "location": "/Pages/default.aspx"},
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(_th[PER_PAGE]["tieu_de"])},
    {"path": url(_th[0]), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080/tin-tuc/Pages/chi-tiet.aspx"'},
    {"path": "/tin-tuc/Pages/chi-tiet.aspx", "status": 200, "contains": "Tin bài không tồn tại hoặc đã bị xóa."},
    {"path": url(_cross, "xay-dung-dang"), "status": 200, "contains": x(_cross["tieu_de"])},
    {"path": "/van-ban/Pages/default.aspx", "status": 200, "contains": "var WPQ2ListData = ", "not_contains": 'href="%s"' % url(DOCS[-1])},
    {"path": "/Pages/default.aspx", "status": 200, "not_contains": x(DOCS[DOCS_HOME]["tieu_de"])},
    {"path": "/tin-tuc/Pages/gioi-thieu-chung.aspx", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> 302 /Pages/default.aspx -> /tin-tuc/Pages/danh-muc.aspx?CatId=N -> ?CatId=N&page=P -> /tin-tuc/Pages/chi-tiet.aspx?NewsId=…&CatId=N",
               "/Pages/default.aspx -> /van-ban/Pages/default.aspx -> var WPQ2ListData: Row[].FileRef -> /van-ban/Pages/<file>.aspx; NextHref "
               "?Paged=TRUE&…&PageFirstRow=16 -> the next rows",
               "robots Sitemap: /sitemap.xml (14/03/2025) -> publishing pages only (chi-tiet.aspx without a query: soft 404)"],
    "discovery": [
        "the documents subsite's welcome page renders its Pages library client-side (SharePoint 2013 CSR): the rows exist only as the JSON of var "
        "WPQ2ListData = {\"Row\": [… \"FileRef\": \"\\u002fvan-ban\\u002fPages\\u002f….aspx\" …], \"NextHref\": \"?Paged=TRUE&…&PageFirstRow=16…\"}; the home "
        "box names the newest %d, the sitemap and feeds none (only_via csr-listdata %d)" % (DOCS_HOME, len(ONLY_LISTDATA)),
        "every news page's canonical is the query-less detail page (SharePoint 2013's SEO canonical drops unlisted query parameters), which answers a "
        "200 'not found' -- a crawler that trusts canonicals keeps one record for all news (no only_via)",
    ],
    "set28_pages": {"csr-listdata": ["/van-ban/Pages/default.aspx"]},
    "alias_kinds": ["?NewsId=<id> without CatId (the home slider; 200)", "an item of two categories under the other CatId (200)"],
    "quirks": ["Crawl-delay: 1", "'/' 302 to /Pages/default.aspx", "canonical of every news page = the detail page without its query (soft 404)",
               "two pinned 'Tin nổi bật' on every list page", "relative '?CatId=N&page=P' pager links", "feeds under robots-disallowed /_layouts/",
               "a sitemap of publishing pages only (three 404s)", "documents pages NOINDEX, NOFOLLOW", "%s 503 every other request" % FLAKY,
               "%s slow (1.2 s)" % SLOW, "__VIEWSTATE of ~2 KB on every page", "week calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": ["/tin-tuc/Pages/chi-tiet.aspx?NewsId=%d&CatId=1" % i for i in DELETED] + ["/tin-tuc/Pages/chi-tiet.aspx"],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, max-age=0)",
}
