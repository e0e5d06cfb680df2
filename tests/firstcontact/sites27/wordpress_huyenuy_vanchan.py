"""Set 27, site D: a district Party committee's site on WordPress 5.9 (PHP 7.4, nginx + PHP-FPM, MySQL; a ThemeForest news theme,
Yoast SEO, Jetpack related posts, AMP, The Events Calendar, 'Ultimate Category Excluder' and a '404 to homepage' plugin) --
Huyện ủy Văn Chấn (tỉnh Nghĩa Lộ).  Ordinary WordPress: posts /<category>/<postname>/, categories /chuyen-muc/<cat>/page/N/
with paginate_links, a blog-index home with two sticky posts, feeds per category, Jetpack's ?relatedposts_hit=… links, an
abandoned static sitemap.xml of old /YYYY/MM/<postname>.html permalinks (301) and deleted posts (301 to the home page), an
events calendar trap.  Its twist: the category 'Tin cơ sở' (created in January 2025) is in no menu, excluded from the home, the
main feed and 'Bài viết mới' by the excluder plugin, and newer than the sitemap: it is reachable only through the sidebar's core
Categories widget in dropdown mode -- a GET form with a <select id="cat"> and no button, which WordPress's inline script submits
on change (dropdown.onchange = onCatChange) -- /?cat=12 then 301s to /chuyen-muc/tin-co-so/.
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

SITE = "Huyện ủy Văn Chấn"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 7, "huyenuy", "bai"), ("xay-dung-dang", "Xây dựng Đảng", 3, "huyenuy", "bai"),
            ("van-ban", "Văn bản", 2, "huyenuy", "thongbao")]
SECNAME = {"tin-hoat-dong": "Tin hoạt động", "xay-dung-dang": "Xây dựng Đảng", "tin-co-so": "Tin cơ sở", "van-ban": "Văn bản"}
CATID = {"tin-hoat-dong": 3, "xay-dung-dang": 4, "van-ban": 5, "tin-co-so": 12}
BY_CATID = {v: k for k, v in CATID.items()}
ALL_CATS = ["tin-hoat-dong", "xay-dung-dang", "tin-co-so", "van-ban"]
HUYEN = ["Văn Chấn", "Trấn Yên", "Văn Yên", "Than Uyên", "Mù Cang Chải", "Trạm Tấu", "Phù Yên", "Bắc Yên", "Mường La", "Nghĩa Lộ", "Văn Chấn",
         "Trấn Yên"]
XA = ["Sơn Thịnh", "Thượng Bằng La", "Cát Thịnh", "Tân Thịnh", "Nậm Búng", "Gia Hội", "Sơn Lương", "Phù Nham"]
AP = ["Bản Noong Khoang", "Thôn Ba Khe", "Bản Nậm Tộc", "Thôn Đồng Lú", "Bản Bó Sinh", "Thôn Khe Căng"]
PER_PAGE = 10
N_ARTS = 122
TCS_FROM = _dt.datetime(2025, 1, 6)

_s = SoanTin(27401, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(27401, N_ARTS, gan=6),
             id_dau=2600, buoc=6, cm_dau=("tin-hoat-dong", "xay-dung-dang", "tin-hoat-dong", "van-ban", "tin-hoat-dong"),
             chu_de=("dai-hoi", "sap-xep", "dan-van", "kinh-te", "xa-hoi", "hoc-tap-bac"))
ARTS = _s.items
dat_ten_thong_bao(ARTS, "HU")
# 'Tin cơ sở' (category 12) was created in January 2025: every other 'Tin hoạt động' post since then was filed there
for _a in [a for a in ARTS if a["cm"] == "tin-hoat-dong" and a["ngay"] >= TCS_FROM][1::2]:
    _a["cm"] = "tin-co-so"
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 70)
BY_ID = {a["id"]: a for a in ARTS}
BY_SLUG = {a["slug"]: a for a in ARTS}
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "xay-dung-dang"][::5]}        # also filed under 'Tin hoạt động'
HIDDEN = {"tin-co-so"}                                                                    # Ultimate Category Excluder: home, feed, widgets
VISIBLE = [a for a in ARTS if a["cm"] not in HIDDEN]
STICKY = [a for a in VISIBLE if a["cm"] == "tin-hoat-dong"][9:11]
SITEMAP_AT = _dt.datetime(2024, 12, 20, 2, 0)
DELETED = ["/2024/10/hoi-nghi-bao-cao-vien-thang-10-nam-2024.html", "/2024/09/thong-bao-lich-tiep-cong-dan-thang-9.html",
           "/2024/11/ket-qua-cuoc-thi-tim-hieu-lich-su-dang-bo-huyen.html"]


def in_cat(k):
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def url(a):
    return "/%s/%s/" % (a["cm"], a["slug"])


def old_url(a):
    return "/%s/%s.html" % (a["ngay"].strftime("%Y/%m"), a["slug"])


def cat_url(k, n=1):
    return "/chuyen-muc/%s/" % k + ("page/%d/" % n if n > 1 else "")


def home_url(n=1):
    return "/" + ("page/%d/" % n if n > 1 else "")


def related(a):
    """Jetpack's three related posts: neighbours in the same category."""
    items = in_cat(a["cm"])
    i = items.index(a)
    out = items[i + 1:i + 4]
    return out + [b for b in items[max(0, i - 3):i]][:3 - len(out)]


REL_ALIASES = {}
for _a in ARTS:
    for _pos, _b in enumerate(related(_a)):
        REL_ALIASES.setdefault(_b["id"], []).append("%s?relatedposts_hit=1&relatedposts_origin=%d&relatedposts_position=%d" % (url(_b), _a["id"], _pos))


def set_day(day):
    kiem_ngay(day)


# ---------------------------------------------------------------- pages
def cat_dropdown(tv):
    opts = "\n".join("\t<option class=\"level-0\" value=\"%d\">%s&nbsp;&nbsp;(%d)</option>" % (CATID[k], x(SECNAME[k]), len(in_cat(k))) for k in ALL_CATS)
    return ('<section id="categories-3" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><form action="%s" method="get"><label class="screen-reader-'
            'text" for="cat">Chuyên mục</label><select  name=\'cat\' id=\'cat\' class=\'postform\' >\n\t<option value=\'-1\'>Chọn chuyên mục</option>\n%s\n</select>\n'
            '</form>\n<script type="text/javascript">\n/* <![CDATA[ */\n(function() {\n\tvar dropdown = document.getElementById( "cat" );\n\tfunction onCatChange() {\n'
            '\t\tif ( dropdown.options[ dropdown.selectedIndex ].value > 0 ) {\n\t\t\tdropdown.parentNode.submit();\n\t\t}\n\t}\n\tdropdown.onchange = onCatChange;\n'
            '})();\n/* ]]> */\n</script>\n</section>') % (tv.origin, opts)


def shell(tv, title, main, canonical, head="", body_class="home blog"):
    menu = ('<li class="menu-item"><a href="%s/">Trang chủ</a></li><li class="menu-item"><a href="%s/gioi-thieu/">Giới thiệu</a></li>' % (tv.origin, tv.origin) +
            "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s%s">%s</a></li>' % (tv.origin, cat_url(k), x(SECNAME[k]))
                    for k in ("tin-hoat-dong", "xay-dung-dang", "van-ban")) +
            '<li class="menu-item"><a href="%s/su-kien/">Sự kiện</a></li><li class="menu-item"><a href="%s/lien-he/">Liên hệ</a></li>' % (tv.origin, tv.origin))
    body = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="https://gmpg.org/xfn/11">\n<title>%s</title>\n<meta name="robots" content="index, follow, max-image-preview:large">\n'
        '<link rel="canonical" href="%s%s" />\n<meta property="og:locale" content="vi_VN" />\n<meta property="og:site_name" content="%s" />\n'
        '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng thông tin" href="%s/feed/" />\n'
        '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Dòng phản hồi" href="%s/comments/feed/" />\n%s'
        '<script type="text/javascript">window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.1.0\\/72x72\\/","ext":".png",'
        '"source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=5.9.3"}};</script>\n<style id="wp-block-library-inline-css">%s</style>\n'
        '<link rel="stylesheet" id="newsmag-css" href="/wp-content/themes/newsmag/style.css?ver=5.9.3" media="all" />\n'
        '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0" id="jquery-core-js"></script>\n<meta name="generator" content="WordPress 5.9.3" />\n'
        '</head>\n<body class="%s">\n<div id="page" class="site"><header id="masthead" class="site-header"><div class="top-bar">%s, %s</div><div class="site-branding">'
        '<a href="%s/" rel="home"><img src="/wp-content/uploads/2023/02/banner-huyenuy-vanchan.jpg" alt="%s"></a></div><nav id="site-navigation" '
        'class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>\n<div id="content" class="site-content"><div id="primary" '
        'class="content-area"><main id="main" class="site-main">%s</main></div>\n<aside id="secondary" class="widget-area"><section id="search-2" class="widget '
        'widget_search"><form role="search" method="get" class="search-form" action="%s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input '
        'type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" />'
        '</form></section><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section>%s'
        '<section id="tribe-widget-events-list-2" class="widget tribe-events-widget"><h2 class="widget-title">Sự kiện sắp tới</h2><p><a href="%s/su-kien/thang/'
        '2025-06/">Xem lịch sự kiện</a></p></section><section id="text-3" class="widget widget_text"><h2 class="widget-title">Liên kết</h2><ul><li><a href="https://'
        'dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://nghialo.example/">Cổng TTĐT tỉnh Nghĩa Lộ</a></li></ul></section>'
        '</aside></div>\n<footer id="colophon" class="site-footer"><p><strong>HUYỆN ỦY VĂN CHẤN</strong> - Địa chỉ: thị trấn Nông trường Trần Phú, huyện Văn Chấn, '
        'tỉnh Nghĩa Lộ. Điện thoại: 029.3847.xxx</p><p>Chịu trách nhiệm nội dung: Ban Tuyên giáo Huyện ủy.</p></footer></div>\n<script id="jetpack-js">%s</script>\n'
        '</body>\n</html>\n') % (
        x(title), tv.origin, x(canonical), x(SITE), x(SITE), tv.origin, x(SITE), tv.origin, head, pad_css(len(title) * 5 + 9, 18, "td"), body_class,
        thu(BAY_GIO), ngay(BAY_GIO), tv.origin, x(SITE), menu, main, tv.origin,
        "".join('<li><a href="%s%s">%s</a></li>' % (tv.origin, url(a), x(a["tieu_de"])) for a in VISIBLE[:5]), cat_dropdown(tv), tv.origin,
        pad_js(len(title) * 3 + 5, 11, "jetpack"))
    return body


def answer(tv, body, status=200, headers=()):
    return Dapung(body, status, "text/html; charset=UTF-8", [("X-Powered-By", "PHP/7.4.33"), ("Link", '<%s/?p=%s>; rel=shortlink' % (tv.origin, 0))
                                                             if False else ("Vary", "Accept-Encoding")] + list(headers))


def excerpt(tv, a):
    return ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s"><div class="td-module-thumb">'
            '<a href="%s%s"><img width="218" height="150" src="/wp-content/uploads/%s/%d-218x150.jpg" alt=""></a></div><header class="entry-header"><h2 class="entry-title">'
            '<a href="%s%s" rel="bookmark">%s</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span>'
            '</div></header><div class="entry-summary"><p>%s [&hellip;]</p></div></article>') % (
        a["id"], a["id"], a["cm"], tv.origin, url(a), a["ngay"].strftime("%Y/%m"), a["id"], tv.origin, url(a), x(a["tieu_de"]),
        a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), x(a["sapo"][:150]))


def paginate(tv, cur, last, mk):
    """paginate_links(): « Trang trước 1 … n-2..n+2 … last Trang sau »."""
    if last <= 1:
        return ""
    out = []
    if cur > 1:
        out.append('<a class="prev page-numbers" href="%s%s">&laquo; Trang trước</a>' % (tv.origin, mk(cur - 1)))
    for p in cua_so(cur, last, 2):
        if p is None:
            out.append('<span class="page-numbers dots">&hellip;</span>')
        elif p == cur:
            out.append('<span aria-current="page" class="page-numbers current">%d</span>' % p)
        else:
            out.append('<a class="page-numbers" href="%s%s">%d</a>' % (tv.origin, mk(p), p))
    if cur < last:
        out.append('<a class="next page-numbers" href="%s%s">Trang sau &raquo;</a>' % (tv.origin, mk(cur + 1)))
    return '<nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">%s</div></nav>' % "".join(out)


def not_found_home(tv):
    """'All 404 Redirect to Homepage': every 404 is a 301 to the home page."""
    return chuyen(tv.origin + "/", 301, "text/html; charset=UTF-8", "", [("X-Redirect-By", "404-to-homepage")])


def home(tv, n):
    items = [a for a in VISIBLE if a not in STICKY]
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    if n > last:
        return not_found_home(tv)
    shown = (STICKY if n == 1 else []) + items[(n - 1) * PER_PAGE:n * PER_PAGE]
    main = '<h1 class="screen-reader-text">%s</h1>%s%s' % (x(SITE), "".join(excerpt(tv, a) for a in shown), paginate(tv, n, last, home_url))
    return answer(tv, shell(tv, SITE + (" - Trang %d" % n if n > 1 else ""), main, home_url(n)))


def category(tv, k, n):
    items = in_cat(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    if n > last:
        return not_found_home(tv)
    if (k, n) == ("tin-hoat-dong", 3) and chap_chon("cat-%s-%d" % (k, n)):
        return Dapung("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                      "</body>\r\n</html>\r\n", 502, "text/html")
    if (k, n) == ("xay-dung-dang", 2):
        cham(tv, 1.0)
    main = ('<header class="page-header"><h1 class="page-title">Chuyên mục: <span>%s</span></h1></header>%s%s') % (
        x(SECNAME[k]), "".join(excerpt(tv, a) for a in items[(n - 1) * PER_PAGE:n * PER_PAGE]), paginate(tv, n, last, lambda p: cat_url(k, p)))
    head = '<link rel="alternate" type="application/rss+xml" title="%s &raquo; %s Dòng thông tin chuyên mục" href="%s/chuyen-muc/%s/feed/" />\n' % (
        x(SITE), x(SECNAME[k]), tv.origin, k)
    # the SEO plugin's 'no pagination for canonical' setting: every page of a category names page 1
    return answer(tv, shell(tv, "%s Archives - %s" % (SECNAME[k], SITE), main, cat_url(k), head, "archive category category-%s category-%d" % (k, CATID[k])))


def body_html(a):
    out = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][i]))
        out.append("<p>%s</p>" % x(p))
        if i == 0 and a.get("chu_thich"):
            out.append('<figure id="attachment_%d" class="wp-caption aligncenter"><img class="size-large wp-image-%d" src="/wp-content/uploads/%s/%d-1024x683.jpg" '
                       'alt="" width="1024" height="683"><figcaption class="wp-caption-text">%s</figcaption></figure>' % (
                           a["id"] + 1, a["id"] + 1, a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    if a["cm"] == "van-ban":
        f = a["so_hieu"].replace("Số ", "").replace("/", "-")
        out.append('<p><a href="/wp-content/uploads/%s/%s.pdf">Tải về văn bản: %s.pdf</a></p>' % (a["ngay"].strftime("%Y/%m"), f, f))
    return "".join(out)


def post(tv, a):
    items = in_cat(a["cm"])
    i = items.index(a)
    prev_, next_ = (items[i + 1] if i + 1 < len(items) else None), (items[i - 1] if i > 0 else None)
    nav = ""
    if prev_ or next_:
        nav = '<nav class="navigation post-navigation"><div class="nav-links">%s%s</div></nav>' % (
            '<div class="nav-previous"><a href="%s%s" rel="prev"><span>Bài trước</span> %s</a></div>' % (tv.origin, url(prev_), x(prev_["tieu_de"])) if prev_ else "",
            '<div class="nav-next"><a href="%s%s" rel="next"><span>Bài sau</span> %s</a></div>' % (tv.origin, url(next_), x(next_["tieu_de"])) if next_ else "")
    rel = "".join('<div class="jp-relatedposts-post jp-relatedposts-post%d" data-post-id="%d" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a '
                  'class="jp-relatedposts-post-a" href="%s%s?relatedposts_hit=1&#038;relatedposts_origin=%d&#038;relatedposts_position=%d" title="%s" '
                  'data-origin="%d" data-position="%d">%s</a></h4><p class="jp-relatedposts-post-date">%s</p></div>' % (
                      pos, b["id"], tv.origin, url(b), a["id"], pos, x(b["tieu_de"]), a["id"], pos, x(b["tieu_de"]), ngay(b["ngay"]))
                  for pos, b in enumerate(related(a)))
    cats = ", ".join('<a href="%s%s" rel="category tag">%s</a>' % (tv.origin, cat_url(k), x(SECNAME[k])) for k in
                     ([a["cm"]] + (["tin-hoat-dong"] if a["id"] in CROSS else [])))
    main = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s"><header class="entry-header"><div class="td-crumb">'
            '<a href="%s/">Trang chủ</a> &raquo; %s</div><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date '
            'published" datetime="%s">%s</time> lúc %s</span> <span class="byline">bởi <span class="author vcard">BBT</span></span></div></header><div class="entry-'
            'content"><p class="td-sapo"><strong>%s</strong></p>%s<p style="text-align: right;"><strong>%s</strong></p><div id="jp-relatedposts" class="jp-relatedposts" '
            'style="display: block;"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">'
            '%s</div></div></div><footer class="entry-footer"><span class="cat-links">Chuyên mục: %s</span></footer></article>%s<div id="comments" class="comments-area">'
            '<p class="no-comments">Bình luận đã bị đóng.</p></div>') % (
        a["id"], a["id"], a["cm"], tv.origin, cats, x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]),
        body_html(a), x(a["tac_gia"]), rel, cats, nav)
    head = '<link rel="amphtml" href="%s%samp/">\n<link rel="shortlink" href="%s/?p=%d" />\n' % (tv.origin, url(a), tv.origin, a["id"])
    return answer(tv, shell(tv, "%s - %s" % (a["tieu_de"], SITE), main, url(a), head, "post-template-default single single-post postid-%d" % a["id"]))


def amp(tv, a):
    return answer(tv, ('<!doctype html>\n<html amp lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s"><meta name="viewport" '
                       'content="width=device-width"><style amp-boilerplate>body{visibility:hidden}</style><script async src="https://cdn.ampproject.example/v0.js">'
                       '</script></head><body><header class="amp-wp-header"><a href="%s/">%s</a></header><article class="amp-wp-article"><h1 class="amp-wp-title">%s</h1>'
                       '<div class="amp-wp-meta">%s %s</div><div class="amp-wp-article-content"><p><strong>%s</strong></p>%s</div></article></body></html>\n') % (
        x(a["tieu_de"]), tv.origin, url(a), tv.origin, x(SITE), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_html(a)))


def feed(tv, k=None):
    items = [a for a in (VISIBLE if k is None else in_cat(k))][:10]
    return rss(tv.origin, SITE + (" - " + SECNAME[k] if k else ""), cat_url(k) if k else "/",
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items], ctype="application/rss+xml; charset=UTF-8")


def sitemap(tv):
    """A static sitemap.xml left by a sitemap plugin removed in December 2024: old permalinks and deleted posts."""
    rows = [("/", SITEMAP_AT, "daily")] + [(old_url(a), a["ngay"], "monthly") for a in ARTS if a["ngay"] <= SITEMAP_AT]
    rows += [(p, _dt.datetime(2024, 10, 2, 8, 0), "monthly") for p in DELETED]
    return urlset(tv.origin, rows)


def events(tv, y, m):
    d = _dt.datetime(y, m, 1)
    pm = (d - _dt.timedelta(days=1)).strftime("%Y-%m")
    nm = (d + _dt.timedelta(days=32)).strftime("%Y-%m")
    main = ('<div id="tribe-events"><h1 class="tribe-events-page-title">Sự kiện tháng %d/%d</h1><p>Không có sự kiện nào trong tháng.</p><nav class="tribe-events-nav">'
            '<a href="%s/su-kien/thang/%s/">&laquo; Tháng trước</a> <a href="%s/su-kien/thang/%s/">Tháng sau &raquo;</a></nav></div>') % (m, y, tv.origin, pm, tv.origin, nm)
    return answer(tv, shell(tv, "Sự kiện - " + SITE, main, "/su-kien/thang/%04d-%02d/" % (y, m), body_class="tribe-events-page-template"))


def page_static(tv, slug):
    s, t, ps = TRANG_TINH[0] if slug == "gioi-thieu" else TRANG_TINH[3]
    return answer(tv, shell(tv, t + " - " + SITE, '<article class="page"><h1 class="entry-title">%s</h1><div class="entry-content">%s</div></article>' % (
        x(t), "".join("<p>%s</p>" % x(p) for p in ps)), "/%s/" % slug, body_class="page-template-default page"))


ROBOTS = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /su-kien/\nDisallow: /?s=\nDisallow: /*?s=\nCrawl-delay: 1\n\n"
          "Sitemap: {o}/sitemap.xml\n")


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.replace("{o}", tv.origin))
    if p == "/":
        if "cat" in tv.q:
            c = tv.q["cat"]
            if _re.fullmatch(r"\d+", c) and int(c) in BY_CATID:
                return chuyen(tv.origin + cat_url(BY_CATID[int(c)]), 301, headers=[("X-Redirect-By", "WordPress")])
            return home(tv, 1)
        if "p" in tv.q:
            a = BY_ID.get(int(tv.q["p"])) if tv.q["p"].isdigit() else None
            return chuyen(tv.origin + url(a), 301, headers=[("X-Redirect-By", "WordPress")]) if a else not_found_home(tv)
        if "s" in tv.q:
            return answer(tv, shell(tv, "Kết quả tìm kiếm", "<p>Không tìm thấy kết quả.</p>", "/"))
        return home(tv, 1)
    m = _re.fullmatch(r"/page/(\d+)/?", p)
    if m:
        return home(tv, int(m.group(1))) if int(m.group(1)) > 1 else chuyen(tv.origin + "/", 301)
    if p == "/feed/":
        return feed(tv)
    if p == "/comments/feed/":
        return rss(tv.origin, "Phản hồi cho " + SITE, "/", [])
    if p == "/sitemap.xml":
        return sitemap(tv)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?", p)
    if m and m.group(1) in CATID:
        n = int(m.group(2) or 1)
        return category(tv, m.group(1), n) if n > 1 or not m.group(2) else chuyen(tv.origin + cat_url(m.group(1)), 301)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)/feed/", p)
    if m and m.group(1) in CATID:
        return feed(tv, m.group(1))
    m = _re.fullmatch(r"/su-kien/thang/(\d{4})-(\d{2})/", p)
    if m and 1 <= int(m.group(2)) <= 12:
        return events(tv, int(m.group(1)), int(m.group(2)))
    if p == "/su-kien/":
        return events(tv, 2025, 6)
    if p in ("/gioi-thieu/", "/lien-he/"):
        return page_static(tv, p.strip("/"))
    m = _re.fullmatch(r"/(\d{4})/(\d{2})/([a-z0-9-]+)\.html", p)
    if m:                                   # the old permalinks: redirect_guess_404_permalink() finds the post by its name
        a = BY_SLUG.get(m.group(3))
        return chuyen(tv.origin + url(a), 301, headers=[("X-Redirect-By", "WordPress")]) if a else not_found_home(tv)
    m = _re.fullmatch(r"/([a-z-]+)/([a-z0-9-]+)(/?)(amp/)?", p)
    if m and m.group(1) in CATID and m.group(2) in BY_SLUG and BY_SLUG[m.group(2)]["cm"] == m.group(1):
        a = BY_SLUG[m.group(2)]
        if not m.group(3):
            return chuyen(tv.origin + url(a), 301, headers=[("X-Redirect-By", "WordPress")])
        return amp(tv, a) if m.group(4) else post(tv, a)
    return not_found_home(tv)


app = chay_app(handle, [("Server", "nginx/1.18.0")])


# ---------------------------------------------------------------- manifest
def _aliases(a):
    out = ["/?p=%d" % a["id"], url(a).rstrip("/"), url(a) + "amp/"] + REL_ALIASES.get(a["id"], [])
    if a["ngay"] <= SITEMAP_AT:
        out.append(old_url(a))
    return out


ONLY_DROPDOWN = [url(a) for a in in_cat("tin-co-so")]
_tcs = in_cat("tin-co-so")
_th = in_cat("tin-hoat-dong")

MANIFEST = {
    "family": "WordPress 5.9 (PHP 7.4, nginx + PHP-FPM; a ThemeForest news theme, Yoast SEO, Jetpack related posts, AMP, The Events Calendar, a category "
              "excluder and a '404 to homepage' plugin) of a district Party committee (Huyện ủy Văn Chấn, tỉnh Nghĩa Lộ): paginate_links lists, sticky posts, "
              "Jetpack ?relatedposts_hit links, an abandoned static sitemap; the category 'Tin cơ sở' reachable only through the core Categories dropdown "
              "widget, submitted by WordPress's inline script",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/wp-admin/", "/su-kien/", "/?s="],
    "trap_prefixes": ["/su-kien/"],
    "only_via": {"script-change": ONLY_DROPDOWN},
    "flaky": {cat_url("tin-hoat-dong", 3): 502},
    "slow": [cat_url("xay-dung-dang", 2)],
    "notes": ("Posts /<category>/<postname>/ (canonical; without the final slash, /?p=<id> and the old /YYYY/MM/<postname>.html 301 there; /amp/ is the AMP "
              "copy, named by <link rel=amphtml>), dated 'Đăng ngày dd/mm/yyyy lúc HH:MM'. Jetpack's 'Bài viết liên quan' links three posts of the same "
              "category as <post>?relatedposts_hit=1&relatedposts_origin=<id>&relatedposts_position=<n> (aliases, 200). 'Bài trước' / 'Bài sau' stay in "
              "the category. Home / = the blog index (10 a page, /page/N/, two sticky posts on page 1) WITHOUT 'Tin cơ sở' (category excluder); "
              "categories /chuyen-muc/<cat>/ and /page/N/ (paginate_links: « Trang trước 1 … n-2..n+2 … last Trang sau »; canonical of every page = page 1; "
              "/page/1/ 301s; past the end 301 to / by the 404-to-home plugin); every 5th 'Xây dựng Đảng' post is also filed under 'Tin hoạt động' (listed "
              "in both, one address). Feeds /feed/ (10 newest, no 'Tin cơ sở') and /chuyen-muc/<cat>/feed/ (named in each category page's head). "
              "'Tin cơ sở' (cat 12, since 01/2025, %d posts) is in no menu, not on the home page, /feed/ or 'Bài viết mới', and newer than the sitemap: "
              "only the sidebar's Categories widget in dropdown mode names it -- <form action=\"<home>\" method=\"get\"><select name='cat' id='cat'> "
              "(options -1, 3, 4, 12, 5), no button, and WordPress's inline script 'dropdown.onchange = onCatChange' that submits the form; /?cat=12 "
              "301s to /chuyen-muc/tin-co-so/ (/?cat=-1 = the home page). /sitemap.xml is a static file from 20/12/2024: old permalinks (301) of the "
              "posts up to then and three deleted posts (301 to /). Every unknown address 301s to / (soft 404). Flaky: %s answers 502 every other "
              "request; slow: %s (1 s). The Events Calendar's month view /su-kien/thang/YYYY-MM/ forever (trap, robots-disallowed). robots.txt: "
              "WordPress's own lines plus Disallow /su-kien/, /?s=, /*?s=, Crawl-delay 1." % (len(ONLY_DROPDOWN), cat_url("tin-hoat-dong", 3),
                                                                                             cat_url("xay-dung-dang", 2))),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": "/", "status": 200, "contains": "dropdown.onchange = onCatChange", "not_contains": x(_tcs[0]["tieu_de"])},
    {"path": "/?cat=12", "status": 301, "location": cat_url("tin-co-so")},
    {"path": "/?cat=-1", "status": 200, "same_as": "/"},
    {"path": cat_url("tin-co-so"), "status": 200, "contains": x(_tcs[0]["tieu_de"])},
    {"path": "/feed/", "status": 200, "not_contains": x(_tcs[0]["tieu_de"])},
    {"path": cat_url("tin-hoat-dong", 2), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % cat_url("tin-hoat-dong")},
    {"path": cat_url("tin-hoat-dong", 99), "status": 301, "location": "/"},
    {"path": DELETED[0], "status": 301, "location": "/"},
    {"path": old_url(_th[-1]), "status": 301, "location": url(_th[-1])},
    {"path": url(_th[0]).rstrip("/"), "status": 301, "location": url(_th[0])},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat>/ -> /page/N/ (« Trang trước 1 … n±2 … last Trang sau ») -> /<cat>/<postname>/ -> related ?relatedposts_hit=1&…",
               "/ -> sidebar Categories dropdown (<select id=cat>, script onchange submit) -> /?cat=12 -> 301 /chuyen-muc/tin-co-so/ -> /tin-co-so/<postname>/",
               "robots Sitemap: /sitemap.xml (static, 12/2024) -> /YYYY/MM/<postname>.html -> 301 /<cat>/<postname>/"],
    "discovery": [
        "'Tin cơ sở' (cat 12, created 01/2025) is in no menu and excluded from the home page, /feed/ and 'Bài viết mới', and the abandoned sitemap predates "
        "it: only WordPress's core Categories widget in dropdown mode names it -- a GET form with <select id=\"cat\"> and no button that the core inline "
        "script submits on change (dropdown.onchange = onCatChange; no onchange attribute): a crawler that reads only onchange attributes never sends "
        "/?cat=12 and never sees a district post (only_via script-change %d)" % len(ONLY_DROPDOWN),
        "every paginated category page names page 1 as its canonical (the SEO plugin's setting) and Jetpack's related links add ?relatedposts_hit=… "
        "variants of most posts (no only_via)",
    ],
    "set27_pages": {"script-change": ["/", cat_url("tin-hoat-dong"), url(_th[0])]},
    "alias_kinds": ["?relatedposts_hit=1&relatedposts_origin=<id>&relatedposts_position=<n> (Jetpack related posts; 200)", "/?p=<id> (301)",
                    "the post without its final slash (301)", "the AMP copy …/amp/ (200; named by rel=amphtml only)",
                    "the old /YYYY/MM/<postname>.html permalink (301; in the static sitemap)"],
    "quirks": ["Crawl-delay: 1", "every paginated category page's canonical = page 1", "two sticky posts on home page 1", "every unknown address 301s to /",
               "a static sitemap of old permalinks and deleted posts", "%s 502 every other request" % cat_url("tin-hoat-dong", 3),
               "%s slow (1 s)" % cat_url("xay-dung-dang", 2), "/?cat=-1 answers the home page again", "REST API links removed by a security plugin",
               "events month view trap under robots' Disallow: /su-kien/"],
    "not_articles": DELETED,
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none",
}
