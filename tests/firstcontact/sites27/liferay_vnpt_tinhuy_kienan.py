"""Set 27, site B: a provincial Party committee portal on Liferay Portal 6.2 CE GA6 (Tomcat 7, MySQL) with a VNPT e-Portal theme and
portlets -- Đảng bộ tỉnh Kiến An.  Ordinary Liferay 6.2: stock Asset Publishers on each page (/web/guest/<page>), content at
/web/guest/<page>/-/asset_publisher/<instance>/content/<url-title>, list links carrying ?redirect=<the list's address>, the long
page-iterator URLs (p_p_id … _cur=N), a canonical that names the PAGE (not the content), an Atom feed per publisher, a sitemap of
pages only (two stale), a day calendar trap.  Its one twist: the 'Tin cơ sở' publishers are ajaxable portlets with a render
weight below 1, so Liferay defers them: the page prints an empty placeholder and a Liferay.Portlet.addHTML({data: {…}, url:
'/c/portal/render_portlet'}) call, and only that request's answer lists the district news.
"""
# ==== KERNEL BEGIN (sites27 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 27 kernel (set 26's plus a few helpers at its end: chap_chon, cham, cua_so, bo_dau_giu_hoa): set 21's plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers, the
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
        raise ValueError("set 27 serves one day only (DAYS = 1)")


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

SITE = "Đảng bộ tỉnh Kiến An"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "tinhuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 3, "tinhuy", "bai"),
            ("tin-co-so", "Tin cơ sở", 3, "huyenuy", "bai"), ("van-ban-chi-dao", "Văn bản chỉ đạo", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
HUYEN = ["Kiến Thụy", "An Lão", "Tiên Lãng", "Vĩnh Bảo", "An Dương", "Thủy Nguyên", "Đồ Sơn", "Kiến An", "Cát Hải", "Nghi Dương", "Lập Lễ",
         "Núi Voi"]
XA = ["Tú Sơn", "Đại Hà", "Ngũ Đoan", "Quang Hưng", "Bắc Hưng", "Đoàn Lập", "Cổ Am", "Trường Sơn"]
AP = ["Thôn Cẩm Khê", "Thôn Phương Đôi", "Thôn Kim Đới", "Thôn Tràng Duệ", "Thôn Văn Cú", "Thôn Quý Kim"]
DELTA = 10
N_ARTS = 124
INST = {"tin-hoat-dong": "Qm7RkT2vLx9a", "xay-dung-dang": "Zp4NhB8cWe3s", "tin-co-so": "Jf6YdU1gKo5r", "van-ban-chi-dao": "Vb2XsE7mHq0t"}
PLID = {"trang-chu": 10617, "tin-hoat-dong": 10623, "xay-dung-dang": 10629, "tin-co-so": 10635, "van-ban-chi-dao": 10641, "lich-cong-tac": 10647,
        "gioi-thieu": 10653, "lien-he": 10659}
HOME_TCS = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Hc8LwP3nAa1z"

_s = SoanTin(27201, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(27201, N_ARTS, gan=6),
             id_dau=58100, buoc=7, cm_dau=("tin-hoat-dong", "tin-co-so", "xay-dung-dang", "tin-hoat-dong", "van-ban-chi-dao"),
             chu_de=("dai-hoi", "sap-xep", "kiem-tra", "kinh-te", "xa-hoi", "hoc-tap-bac"))
ARTS = _s.items
dat_ten_thong_bao(ARTS, "TU")
for _a in ARTS:
    _a["ut"] = duong_dan(_a["tieu_de"], 75)
BY_UT = {}
for _a in ARTS:
    BY_UT.setdefault(_a["ut"], _a)
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "xay-dung-dang"][2::4]}
NEWS = [a for a in ARTS if a["cm"] in ("tin-hoat-dong", "xay-dung-dang")]
MOI_NHAT = NEWS[:5]
DELETED_UT = "hoi-nghi-giao-ban-cong-tac-xay-dung-dang-quy-iii-nam-2024"


def in_sec(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def page_url(k):
    return "/web/guest/" + k


def url(a, k=None):
    k = k or a["cm"]
    return "%s/-/asset_publisher/%s/content/%s" % (page_url(k), INST[k], a["ut"])


def ns(k):
    return "_101_INSTANCE_%s_" % INST[k]


def list_url(k, n=None):
    """The page iterator's URL (n = None: the page itself)."""
    if n is None:
        return page_url(k)
    p = ns(k)
    return ("%s?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_pos=1&p_p_col_count=2"
            "&%sdelta=%d&%skeywords=&%sadvancedSearch=false&%sandOperator=true&p_r_p_564233524_resetCur=false&%scur=%d") % (
        page_url(k), INST[k], p, DELTA, p, p, p, p, n)


def link(a, k, ctx):
    """An Asset Publisher's 'view in context' link: the content URL under this page plus ?redirect=<the list's address>."""
    return url(a, k) + "?redirect=" + ma_hoa(ctx)


def set_day(day):
    kiem_ngay(day)


def thu_vnpt(d):
    return "Thứ Bẩy" if d.weekday() == 5 else thu(d)


def last_page(k):
    return max(1, (len(in_sec(k)) + DELTA - 1) // DELTA)


# ---------------------------------------------------------------- pages
NAV = [("trang-chu", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("tin-hoat-dong", "Tin hoạt động"), ("xay-dung-dang", "Xây dựng Đảng"),
       ("tin-co-so", "Tin cơ sở"), ("van-ban-chi-dao", "Văn bản chỉ đạo"), ("lich-cong-tac", "Lịch công tác"), ("lien-he", "Liên hệ")]


def shell(tv, title, layout, columns, canonical):
    nav = "".join('<li class="%s"><a href="%s%s"><span>%s</span></a></li>' % ("selected" if k == layout else "", tv.origin, page_url(k), x(n)) for k, n in NAV)
    body = (
        '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s - %s</title>\n<meta content="initial-scale=1.0, width=device-width" '
        'name="viewport">\n<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n<link href="/vnpt-eportal-theme/images/favicon.ico" rel="Shortcut Icon">\n'
        '<link href="%s%s" rel="canonical">\n<link class="lfr-css-file" href="/vnpt-eportal-theme/css/main.css?browserId=other&amp;themeId=vnpteportal_WAR_'
        'vnpteportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1718872120000" rel="stylesheet" type="text/css">\n<style>%s</style>\n'
        '<script type="text/javascript">var themeDisplay=(function(){return{getLayoutId:function(){return "%d"},getLayoutURL:function(){return "%s%s"},'
        'getScopeGroupId:function(){return "10184"},getLanguageId:function(){return "vi_VN"},isSignedIn:function(){return false},getPathMain:function()'
        '{return "\\x2fc"},getPlid:function(){return "%d"}}})();var themeDisplay2=themeDisplay;</script>\n<script src="/html/js/barebone.jsp?browserId=other&amp;'
        'themeId=vnpteportal_WAR_vnpteportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;'
        'b=6205&amp;t=1718872120000" type="text/javascript"></script>\n</head>\n<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">\n'
        '<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>\n<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div id="heading">'
        '<h1 class="site-title"><a class="logo default-logo" href="%s/web/guest/trang-chu" title="Đến %s"><img alt="%s" height="120" src="/image/layout_set_logo?'
        'img_id=10742&amp;t=1718872127712" width="1200"></a></h1><div class="vnpt-search"><form action="%s/web/guest/tim-kiem" method="get" name="_3_fm">'
        '<input name="p_p_id" type="hidden" value="3"><input name="p_p_lifecycle" type="hidden" value="0"><input name="_3_struts_action" type="hidden" '
        'value="/search/search"><input class="search-input" name="_3_keywords" placeholder="Tìm kiếm" type="text"><button type="submit">Tìm</button></form></div>'
        '</div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang website" role="menubar">%s</ul></nav></header>\n'
        '<div id="content"><div class="vnpt-date">%s, ngày %s</div><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">'
        '<div class="portlet-column portlet-column-first span8" id="column-1">%s</div><div class="portlet-column portlet-column-last span4" id="column-2">'
        '<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_ portlet-static" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_'
        'Mn1_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin mới nhất</span></h2></header>'
        '<div class="portlet-content"><ul class="vnpt-list">%s</ul></div></section></div><div class="portlet-boundary portlet-static" id="p_p_id_56_INSTANCE_Lk9_">'
        '<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></header>'
        '<div class="portlet-content"><div class="journal-content-article"><ul><li><a href="https://dangcongsan.example/" target="_blank">Báo điện tử Đảng Cộng '
        'sản Việt Nam</a></li><li><a href="https://chinhphu.example/" target="_blank">Cổng TTĐT Chính phủ</a></li><li><a href="https://tapchicongsan.example/" '
        'target="_blank">Tạp chí Cộng sản</a></li></ul></div></div></section></div></div></div></div></div>\n<footer id="footer" role="contentinfo"><p><strong>CỔNG '
        'THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KIẾN AN</strong></p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Kiến An. Địa chỉ: số 1 đường Trần Thành Ngọ, thị xã Kiến An.</p>'
        '<p>Chịu trách nhiệm chính: Chánh Văn phòng Tỉnh ủy. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p><p class="powered-by">Phát triển bởi VNPT</p>'
        '</footer></div>\n<script type="text/javascript">%s</script>\n</body>\n</html>\n') % (
        x(title), x(SITE), tv.origin, x(canonical), pad_css(len(title) * 17 + 5, 19, "lfr"), PLID.get(layout, 10617), tv.origin, page_url(layout),
        PLID.get(layout, 10617), tv.origin, x(SITE), x(SITE), tv.origin, nav, thu_vnpt(BAY_GIO), ngay(BAY_GIO), columns,
        "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in MOI_NHAT), pad_js(len(title) * 3 + 11, 12, "aui.min"))
    return body


def answer(tv, body, status=200, ctype="text/html;charset=UTF-8"):
    return Dapung(body, status, ctype, headers=[("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("Liferay-Portal", "Liferay Portal Community "
                                                  "Edition 6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)")])


def portlet(pid, title, inner):
    return ('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_%s_"><span id="p_%s"></span><section class="portlet" '
            'id="portlet_%s"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">%s</span></h2></header><div class="portlet-content">'
            '<div class="portlet-body">%s</div></div></section></div>') % (pid, pid, pid, x(title), inner)


def abstract(a, k, ctx):
    return ('<div class="asset-abstract"><div class="lfr-meta-actions asset-actions"></div><h3 class="asset-title"><a href="%s"><img alt="" src="/vnpt-eportal-'
            'theme/images/file_system/small/html.png">%s</a></h3><div class="asset-content"><div class="asset-summary"><img class="asset-small-image" src="/image/journal/'
            'article?img_id=%d&amp;t=1718870000000" width="150">%s</div><div class="asset-more"><a href="%s">Xem thêm <span class="hide-accessible">về %s</span> »</a></div>'
            '</div><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span> <span class="metadata-entry metadata-view-count">%d Lượt '
            'xem</span></div></div>') % (
        x(link(a, k, ctx)), x(a["tieu_de"]), a["id"] + 3, x(a["sapo"]), x(link(a, k, ctx)), x(a["tieu_de"]), a["ngay"].strftime("%d/%m/%Y %H:%M"), a["xem"])


def iterator(k, cur, last):
    p = ns(k)
    out = ['<div class="taglib-page-iterator" id="%socerSearchContainerPageIterator"><div class="clearfix lfr-pagination"><small class="search-results">'
           'Hiển thị %d - %d của %d kết quả.</small><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang %d của %d</div></div>'
           '<ul class="lfr-pagination-buttons pager">' % (p, (cur - 1) * DELTA + 1, min(cur * DELTA, len(in_sec(k))), len(in_sec(k)), cur, last)]
    for lab, n, ok in (("Đầu tiên", 1, cur > 1), ("Trước", cur - 1, cur > 1), ("Tiếp theo", cur + 1, cur < last), ("Cuối cùng", last, cur < last)):
        out.append('<li class="%s"><a href="%s">%s</a></li>' % ("" if ok else "disabled", x(list_url(k, n)) if ok else "javascript:;", lab))
    out.append("</ul></div></div>")
    return "".join(out)


def publisher_inner(k, cur, ctx):
    items = in_sec(k)
    shown = items[(cur - 1) * DELTA:cur * DELTA]
    return ('<div class="subscribe-action"><div class="btn-group lfr-icon-menu"><a class="btn btn-link" href="%s/-/asset_publisher/%s/rss" target="_blank">'
            '<i class="icon-rss"></i> <span class="taglib-text">RSS</span></a></div></div>%s%s') % (
        page_url(k), INST[k], "".join(abstract(a, k, ctx) for a in shown), iterator(k, cur, last_page(k)))


def deferred(pid, plid, current, extra=""):
    """Liferay 6.2's markup for an ajaxable portlet whose render weight is below 1: a placeholder and Liferay.Portlet.addHTML()."""
    esc = lambda s: s.replace("/", "\\x2f").replace("&", "\\x26").replace("=", "\\x3d").replace("?", "\\x3f")
    return ('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_%s_"><span id="p_%s"></span>'
            '<div class="loading-animation" id="p_p_id_%s_-defer"></div></div>\n<script type="text/javascript">AUI().use("aui-base", function(A) {'
            'Liferay.Portlet.addHTML({data: {currentURL: \'%s\', doAsUserId: \'\', p_l_id: \'%d\', p_p_id: \'%s\', p_p_isolated: true, p_p_state: \'normal\'%s}, '
            'onComplete: function(portlet, portletId) {portlet.refreshURL = null;}, placeHolder: A.one(\'#p_p_id_%s_-defer\'), url: \'\\x2fc\\x2fportal\\x2f'
            'render_portlet\'});});</script>') % (pid, pid, pid, esc(current), plid, pid, extra, pid)


def get_cur(tv, k):
    v = tv.q.get(ns(k) + "cur")
    if v is None:
        return 1
    return int(v) if _re.fullmatch(r"\d{1,4}", v) and 1 <= int(v) <= last_page(k) else 1


def section(tv, k):
    cur = get_cur(tv, k)
    ctx = list_url(k, cur) if (ns(k) + "cur") in tv.q else page_url(k)
    pid = "101_INSTANCE_" + INST[k]
    if k == "tin-co-so":
        extra = ", %scur: '%d'" % (ns(k), cur) if (ns(k) + "cur") in tv.q else ""
        col = deferred(pid, PLID[k], ctx, extra)
    else:
        col = portlet(pid, SECNAME[k], publisher_inner(k, cur, ctx))
    return answer(tv, shell(tv, SECNAME[k], k, col, page_url(k)))


def render_portlet(tv):
    pid, cur_url = tv.q.get("p_p_id", ""), tv.q.get("currentURL", "")
    if pid == "101_INSTANCE_" + INST["tin-co-so"]:
        k = "tin-co-so"
        cur = get_cur(tv, k)
        ctx = list_url(k, cur) if (ns(k) + "cur") in tv.q else page_url(k)
        return answer(tv, portlet(pid, SECNAME[k], publisher_inner(k, cur, ctx)) + '\n<link href="%s/%s/-/asset_publisher/%s/rss" rel="alternate" type='
                      '"application/atom+xml" title="Tin cơ sở">' % (tv.origin, page_url(k).lstrip("/"), INST[k]))
    if pid == HOME_TCS:
        return answer(tv, '<div class="vnpt-news-box"><h2 class="box-title"><a href="%s/web/guest/tin-co-so">Tin cơ sở</a></h2><ul class="vnpt-list">%s</ul></div>' % (
            tv.origin, "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in in_sec("tin-co-so")[:5])))
    return answer(tv, '<div class="portlet-msg-error">Bạn không có quyền xem portlet này.</div>', 200)


def home(tv):
    box = lambda k: ('<div class="portlet-boundary portlet-static" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_%s_"><div class="vnpt-news-box"><h2 '
                     'class="box-title"><a href="%s%s">%s</a></h2><ul class="vnpt-list">%s</ul></div></div>') % (
        INST[k][:6], tv.origin, page_url(k), x(SECNAME[k]), "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (
            url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in in_sec(k)[:5]))
    top = NEWS[:4]
    col = ('<div class="portlet-boundary portlet-static" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Tq0_"><div class="vnpt-hot"><h2>Tiêu điểm</h2>%s</div></div>'
           % "".join('<div class="hot-item"><a href="%s"><img src="/image/journal/article?img_id=%d" alt=""></a><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (
               url(a), a["id"] + 3, url(a), x(a["tieu_de"]), x(a["sapo"])) for a in top))
    col += box("tin-hoat-dong") + box("xay-dung-dang") + deferred(HOME_TCS, PLID["trang-chu"], "/web/guest/trang-chu") + box("van-ban-chi-dao")
    return answer(tv, shell(tv, "Trang chủ", "trang-chu", col, "/web/guest/trang-chu"))


def article(tv, a, k):
    others = [b for b in in_sec(a["cm"]) if b is not a][:6]
    paras = []
    for i, p in enumerate(a["doan"]):
        paras.append("<p style=\"text-align: justify;\">%s</p>" % x(p))
        if i == 0 and a.get("chu_thich"):
            paras.append('<table align="center" class="image"><tbody><tr><td><img src="/documents/10184/0/%d_anh1.jpg" width="500"></td></tr><tr><td class="image_desc">'
                         '%s</td></tr></tbody></table>' % (a["id"], x(a["chu_thich"])))
    if a["id"] % 9 == 4:
        paras.append('<p><em>Xem thêm: <a href="%s/-/asset_publisher/%s/content/%s">Hội nghị giao ban công tác xây dựng Đảng quý III năm 2024</a></em></p>' % (
            page_url("xay-dung-dang"), INST["xay-dung-dang"], DELETED_UT))
    att = ""
    if a["cm"] == "van-ban-chi-dao":
        att = ('<div class="vnpt-attach"><strong>Tệp đính kèm:</strong> <a href="/documents/10184/0/%s.pdf/%08x-51c2-4e0b-9a1d-%012x">%s.pdf</a></div>' % (
            a["so_hieu"].replace("Số ", "").replace("/", "-"), a["id"] * 2654435761 % 16 ** 8, a["id"] * 97, x(a["so_hieu"])))
    inner = ('<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%s" id="_%s_TabsBack" title="Quay lại">'
             '<span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>null %s</span></h3></div><div class="asset_publisher_view_'
             'full_content"><div class="asset_title"><span>%s</span></div><div class="social-panel"><div class="asset-publish-date"><span>%s, ngày %s %s</span></div>'
             '<div class="social-icon"><span class="mail_icon"><a href="javascript:;">Email</a></span> <a href="javascript:;" id="decreaseText">A-</a> <a '
             'href="javascript:;" id="increaseText">A+</a></div></div><div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>%s</strong>'
             '</span></div></div><div class="asset-full-content show-asset-title"><div class="asset-content"><div class="journal-content-article">%s%s<p style="text-align: '
             'right;"><strong>%s</strong></p></div></div></div></div><div class="vnpt-other-news"><h4>Tin khác</h4><ul>%s</ul></div>') % (
        x(page_url(k)), INST[k], x(a["tieu_de"]), x(a["tieu_de"]), thu_vnpt(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), "".join(paras), att,
        x(a["tac_gia"]), "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in others))
    # Liferay 6.2 prints the PAGE's canonical URL for content shown by an asset publisher on it
    return answer(tv, shell(tv, a["tieu_de"], k, portlet("101_INSTANCE_" + INST[k], SECNAME[k], inner), page_url(k)))


def not_found_content(tv, k):
    inner = '<div class="alert alert-error">Không tìm thấy nội dung được yêu cầu.</div>'
    return answer(tv, shell(tv, SECNAME[k], k, portlet("101_INSTANCE_" + INST[k], SECNAME[k], inner), page_url(k)))


def atom(tv, k):
    items = in_sec(k)[:20]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "<title>%s</title>" % x(SECNAME[k]), '<link rel="self" href="%s%s/-/asset_publisher/%s/rss" />' % (tv.origin, page_url(k), INST[k]),
           "<subtitle>%s</subtitle>" % x(SECNAME[k]), "<id>%s%s/-/asset_publisher/%s/rss</id>" % (tv.origin, page_url(k), INST[k]),
           "<updated>%s</updated>" % items[0]["ngay"].strftime("%Y-%m-%dT%H:%M:%SZ"), "<dc:date>%s</dc:date>" % items[0]["ngay"].strftime("%Y-%m-%dT%H:%M:%SZ")]
    for a in items:
        u = _dt.timedelta(hours=7)
        out.append('<entry><title>%s</title><link rel="alternate" href="%s%s" /><author><name>Quản trị viên</name></author><id>%s%s</id><updated>%s</updated>'
                   '<published>%s</published><summary type="html">%s</summary></entry>' % (
                       x(a["tieu_de"]), tv.origin, url(a, k), tv.origin, url(a, k), (a["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       (a["ngay"] - u).strftime("%Y-%m-%dT%H:%M:%SZ"), x(a["sapo"])))
    out.append("</feed>")
    return Dapung("\n".join(out), 200, "application/atom+xml;charset=UTF-8")


def sitemap(tv):
    rows = [(page_url(k), None, "daily") for k, _ in NAV if k != "lich-cong-tac"] + [("/web/guest/hoi-dap", None, "daily"), ("/web/guest/tin-tuc-su-kien", None, "daily")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for p, _, f in rows:
        out.append("<url><loc>%s%s</loc><changefreq>%s</changefreq><priority>0.5</priority></url>" % (tv.origin, p, f))
    out.append("</urlset>")
    return Dapung("\n".join(out), 200, "text/xml;charset=UTF-8")


def lich(tv):
    try:
        d = _dt.datetime(int(tv.q.get("_8_year", "2025")), int(tv.q.get("_8_month", "5")) + 1, int(tv.q.get("_8_day", "26")))
    except ValueError:
        d = _dt.datetime(2025, 6, 26)
    lk = lambda e: ("/web/guest/lich-cong-tac?p_p_id=8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_8_struts_action="
                    "%%2Fcalendar%%2Fview&_8_tabs1=day&_8_month=%d&_8_day=%d&_8_year=%d" % (e.month - 1, e.day, e.year))
    inner = ('<div class="calendar-day"><h3>%s, ngày %s</h3><p><a href="%s">« Hôm trước</a> | <a href="%s">Hôm sau »</a></p><p>Không có sự kiện.</p></div>') % (
        thu_vnpt(d), ngay(d), x(lk(d - _dt.timedelta(days=1))), x(lk(d + _dt.timedelta(days=1))))
    return answer(tv, shell(tv, "Lịch công tác", "lich-cong-tac", portlet("8", "Lịch công tác", inner), "/web/guest/lich-cong-tac"))


def static(tv, k):
    s, t, ps = TRANG_TINH[0] if k == "gioi-thieu" else TRANG_TINH[3]
    inner = '<div class="journal-content-article"><h2>%s</h2>%s</div>' % (x(t), "".join("<p>%s</p>" % x(p) for p in ps))
    return answer(tv, shell(tv, t, k, portlet("56_INSTANCE_St" + k[:3], t, inner), page_url(k)))


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban("User-Agent: *\nDisallow: /web/guest/lich-cong-tac\nDisallow: /web/guest/tim-kiem\nDisallow: /group/\nDisallow: /user/\n"
                       "Crawl-delay: 1\nSitemap: %s/sitemap.xml\n" % tv.origin)
    if p in ("/", "/web/guest", "/web/guest/"):
        return chuyen(tv.origin + "/web/guest/trang-chu", 302)
    if p == "/web/guest/trang-chu":
        return home(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p == "/c/portal/render_portlet":
        return render_portlet(tv)
    m = _re.fullmatch(r"/web/guest/([a-z-]+)", p)
    if m and m.group(1) in SECNAME:
        k = m.group(1)
        if k == "xay-dung-dang" and not tv.q and chap_chon(p):
            return answer(tv, '<!DOCTYPE html><html><head><title>Lỗi</title></head><body><h1>Lỗi hệ thống</h1><p>Đã xảy ra lỗi hệ thống không mong muốn.</p>'
                              '</body></html>', 500)
        if k == "van-ban-chi-dao" and not tv.q:
            cham(tv, 1.0)
        return section(tv, k)
    if p in ("/web/guest/gioi-thieu", "/web/guest/lien-he"):
        return static(tv, p.rsplit("/", 1)[1])
    if p == "/web/guest/lich-cong-tac":
        return lich(tv)
    m = _re.fullmatch(r"/web/guest/([a-z-]+)/-/asset_publisher/(\w+)/rss", p)
    if m and m.group(1) in SECNAME and INST[m.group(1)] == m.group(2):
        return atom(tv, m.group(1))
    m = _re.fullmatch(r"/web/guest/([a-z-]+)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)", p)
    if m and m.group(1) in SECNAME and INST[m.group(1)] == m.group(2):
        a, k = BY_UT.get(m.group(3)), m.group(1)
        if a and a in in_sec(k):
            return article(tv, a, k)
        return not_found_content(tv, k)
    return answer(tv, shell(tv, "Không tìm thấy", "trang-chu", '<div class="alert alert-error"><h2>Không tìm thấy</h2><p>Không tìm thấy trang yêu cầu.</p></div>',
                            p), 404)


def _cookies(tv, out):
    return [("Set-Cookie", "JSESSIONID=%032X; Path=/; HttpOnly" % (len(tv.path) * 2654435761 % 16 ** 12)), ("Set-Cookie", "COOKIE_SUPPORT=true; Path=/"),
            ("Set-Cookie", "GUEST_LANGUAGE_ID=vi_VN; Path=/")]


app = chay_app(handle, [("Server", "Apache-Coyote/1.1")], moi_lan=_cookies)


# ---------------------------------------------------------------- manifest
def _contexts(a, k):
    items = in_sec(k)
    n = items.index(a) // DELTA + 1
    out = [list_url(k, n)]
    if n == 1:
        out.append(page_url(k))
    return out


def _aliases(a):
    out = [link(a, a["cm"], c) for c in _contexts(a, a["cm"])]
    if a["id"] in CROSS:
        out.append(url(a, "tin-hoat-dong"))
        out += [link(a, "tin-hoat-dong", c) for c in _contexts(a, "tin-hoat-dong")]
    return out


ONLY_DEFER = [url(a) for a in in_sec("tin-co-so")]
_tcs = in_sec("tin-co-so")
_cross = [a for a in ARTS if a["id"] in CROSS][0]

MANIFEST = {
    "family": "Liferay Portal 6.2 CE GA6 (Tomcat 7, MySQL) with a VNPT e-Portal theme and portlets, a provincial Party committee portal (Đảng bộ tỉnh Kiến "
              "An): stock Asset Publishers, list links with ?redirect=, page-iterator URLs, canonicals naming the page; the 'Tin cơ sở' publishers rendered "
              "deferred by Liferay.Portlet.addHTML({data, url: '/c/portal/render_portlet'})",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/web/guest/lich-cong-tac", "/web/guest/tim-kiem", "/group/"],
    "trap_prefixes": ["/web/guest/lich-cong-tac"],
    "only_via": {"ajax-data": ONLY_DEFER},
    "flaky": {"/web/guest/xay-dung-dang": 500},
    "slow": ["/web/guest/van-ban-chi-dao"],
    "notes": ("'/' 302s to /web/guest/trang-chu. Pages /web/guest/<page>; content /web/guest/<page>/-/asset_publisher/<instance>/content/<url-title> (the "
              "canonical of the manifest), dated 'Thứ Tư, ngày dd/mm/yyyy HH:MM' ('Thứ Bẩy' on Saturdays), with the page's title prefixed by a literal "
              "'null' in the portlet header. Every page and every content page prints <link rel=canonical> naming the PAGE (/web/guest/<page>), "
              "not the content. A publisher's list links each item as <content URL>?redirect=<the list's address, percent-encoded> (page 1: the bare page; "
              "page N: the page-iterator URL ?p_p_id=101_INSTANCE_<x>&p_p_lifecycle=0&…&_101_INSTANCE_<x>_delta=10&…&_101_INSTANCE_<x>_cur=N, whose "
              "'Đầu tiên' link gives page 1 again as cur=1): each item has 1-2 such variants (listed as aliases), 200, the same text. Every 4th "
              "'Xây dựng Đảng' item is also shown by the 'Tin hoạt động' publisher, under /web/guest/tin-hoat-dong/-/asset_publisher/<its instance>/content/… "
              "(alias, 200). Home boxes, 'Tin mới nhất' and 'Tin khác' (VNPT portlets) link the bare content URL. 'Tin cơ sở' (/web/guest/tin-co-so and the "
              "home box) is deferred: the page holds <div id=\"p_p_id_…_-defer\"> and Liferay.Portlet.addHTML({data: {currentURL: '\\x2fweb…', p_l_id, p_p_id, "
              "p_p_isolated: true, p_p_state, [_…_cur]}, url: '\\x2fc\\x2fportal\\x2frender_portlet'}); GET /c/portal/render_portlet?<data> answers the "
              "portlet (list, page iterator whose pages are deferred again, its Atom link). Atom feeds /web/guest/<page>/-/asset_publisher/<inst>/rss (20 "
              "newest; 'RSS' links in each publisher). /sitemap.xml lists pages only (two stale: /web/guest/hoi-dap, /web/guest/tin-tuc-su-kien -> 404). "
              "Some bodies link a deleted content (200, 'Không tìm thấy nội dung được yêu cầu.': a soft 404). Flaky: /web/guest/xay-dung-dang 500 every "
              "other request; slow: /web/guest/van-ban-chi-dao (1 s). Calendar day view /web/guest/lich-cong-tac?…&_8_month=M&_8_day=D&_8_year=Y "
              "forever (trap, robots-disallowed). JSESSIONID, COOKIE_SUPPORT and GUEST_LANGUAGE_ID cookies on every answer."),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/", "status": 302, "location": "/web/guest/trang-chu"},
    {"path": "/web/guest/tin-co-so", "status": 200, "contains": "Liferay.Portlet.addHTML", "not_contains": x(_tcs[0]["tieu_de"])},
    {"path": "/c/portal/render_portlet?currentURL=%2Fweb%2Fguest%2Ftin-co-so&doAsUserId=&p_l_id=10635&p_p_id=101_INSTANCE_" + INST["tin-co-so"] +
     "&p_p_isolated=true&p_p_state=normal", "status": 200, "contains": x(_tcs[0]["tieu_de"])},
    {"path": url(_tcs[0]), "status": 200, "contains": '<link href="http://replica.test:8080/web/guest/tin-co-so" rel="canonical">'},
    {"path": list_url("tin-hoat-dong", 3), "status": 200, "contains": x(in_sec("tin-hoat-dong")[2 * DELTA]["tieu_de"])},
    {"path": url(_cross, "tin-hoat-dong"), "status": 200, "contains": x(_cross["tieu_de"])},
    {"path": "/web/guest/xay-dung-dang/-/asset_publisher/%s/content/%s" % (INST["xay-dung-dang"], DELETED_UT), "status": 200,
     "contains": "Không tìm thấy nội dung được yêu cầu."},
    {"path": "/web/guest/hoi-dap", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> 302 /web/guest/trang-chu -> /web/guest/<page> -> ?p_p_id=…&_…_cur=N -> content?redirect=<list> (and the bare content URL from boxes)",
               "/web/guest/tin-co-so -> Liferay.Portlet.addHTML({data: {…}, url: '/c/portal/render_portlet'}) -> GET /c/portal/render_portlet?<data> -> "
               "content; its iterator -> /web/guest/tin-co-so?…_cur=N -> deferred again (with _…_cur in data)"],
    "discovery": [
        "'Tin cơ sở' is an ajaxable Asset Publisher with a render weight below 1, which Liferay 6.2 defers: the page (and the home's box) hold an empty "
        "placeholder and a Liferay.Portlet.addHTML({data: {…}, url: '\\x2fc\\x2fportal\\x2frender_portlet'}) call; only GET /c/portal/render_portlet?<the "
        "data> answers the list: a crawler that does not make that request never sees a district news item (only_via ajax-data %d)" % len(ONLY_DEFER),
        "every publisher list links its items with ?redirect=<the list's own address> (and the iterator gives page 1 twice), so each item comes under 2-3 "
        "addresses, and every page names the PAGE as its canonical: a crawler that trusts canonicals folds all of a section's items into one "
        "(no only_via: ordinary links reach them)",
    ],
    "set27_pages": {"ajax-data": ["/web/guest/tin-co-so", "/web/guest/trang-chu"]},
    "alias_kinds": ["<content URL>?redirect=<list address> (1-2 per item; 200)", "a cross-listed item under the other page's publisher (200)"],
    "quirks": ["Crawl-delay: 1", "canonical = the page, not the content (a crawler trusting it folds a section into one item)",
               "page-iterator URLs of ~330 characters; page 1 twice (bare and cur=1)", "a literal 'null' before the portlet title; 'Thứ Bẩy'",
               "the sitemap lists pages only, two of them gone (404)", "a deleted content linked from bodies: 200 'Không tìm thấy nội dung được yêu cầu.'",
               "/web/guest/xay-dung-dang 500 every other request", "/web/guest/van-ban-chi-dao slow (1 s)", "three cookies on every answer",
               "day calendar trap under robots' Disallow: /web/guest/lich-cong-tac"],
    "not_articles": ["/web/guest/xay-dung-dang/-/asset_publisher/%s/content/%s" % (INST["xay-dung-dang"], DELETED_UT)],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, no-cache, no-store, must-revalidate)",
}
