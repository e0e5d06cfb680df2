"""Set 27, site A: a NukeViet 4.3 portal (PHP 7.2, Apache 2.4, MariaDB; a local vendor's Bootstrap 3 theme 'sontay' carried
over from NukeViet 3) of a provincial Party propaganda board, Ban Tuyên giáo Tỉnh ủy Sơn Tây.  Ordinary NukeViet: the news
module (/news/<cat>/<alias>-<id>.html, lists /news/<cat>/page-N with a windowed pager, a featured item on top of every page,
print pages behind nv_open_browse(), tags, an RSS feed per category, a cached sitemap with stale entries, the old
/index.php?language=vi&nv=news&op=… links 301'd) and a documents module /van-ban/ whose list shows this year's documents:
earlier years only through the 'Tra cứu văn bản' box, a GET form of two selects whose ONLY button is an <input type="image">.
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

SITE = "Ban Tuyên giáo Tỉnh ủy Sơn Tây"
SECTIONS = [("tin-hoat-dong", "Tin hoạt động", 6, "btgdv", "bai"), ("tuyen-truyen", "Tuyên truyền - Báo chí", 3, "btgdv", "bai"),
            ("ly-luan-thuc-tien", "Lý luận - Thực tiễn", 2, "btgdv", "dai"), ("van-ban", "Văn bản", 2, "tinhuy", "thongbao")]
SECNAME = dict((k, n) for k, n, _, _, _ in SECTIONS)
NEWS_SECS = [s for s in SECTIONS if s[0] != "van-ban"]
HUYEN = ["Tùng Thiện", "Quảng Oai", "Phúc Thọ", "Thạch Thất", "Quốc Oai", "Bất Bạt", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Mỹ Đức",
         "Ba Vì", "Tùng Thiện"]
XA = ["Đường Lâm", "Thanh Mỹ", "Xuân Sơn", "Tản Lĩnh", "Cẩm Lĩnh", "Phú Sơn", "Sơn Đông", "Cổ Đông"]
AP = ["Thôn Mông Phụ", "Thôn Cam Lâm", "Thôn Đông Sàng", "Thôn Phụ Khang", "Thôn Cam Thịnh", "Thôn Hà Tân"]
PER_PAGE = 10
N_ARTS = 126
LOAI = [("NQ", "Nghị quyết"), ("CT", "Chỉ thị"), ("KH", "Kế hoạch"), ("TB", "Thông báo"), ("HD", "Hướng dẫn")]
LOAI_ID = {ma: i + 1 for i, (ma, _) in enumerate(LOAI)}

_s = SoanTin(27101, N_ARTS, [(k, w, g, kieu) for k, _, w, g, kieu in SECTIONS], HUYEN, XA, AP, lich=lich22(27101, N_ARTS, gan=6),
             id_dau=3300, buoc=4, cm_dau=("tin-hoat-dong", "tuyen-truyen", "van-ban", "tin-hoat-dong", "ly-luan-thuc-tien"),
             chu_de=("tu-tuong", "bao-chi", "dai-hoi", "hoc-tap-bac", "sap-xep", "dan-van"), nguon="BTG")
ARTS = _s.items
for _i, _a in enumerate([a for a in ARTS if a["cm"] == "van-ban"]):
    _ma, _ten = LOAI[_i % len(LOAI)]
    _so = 212 - _i * 5
    _a["loai"], _a["so_hieu"] = _ma, "%d-%s/BTGTU" % (_so, _ma)
    _a["tieu_de"] = "%s số %s về %s" % (_ten, _a["so_hieu"], CHU_DE[_a["chu_de"]][1][_i % 3])
for _a in ARTS:
    _a["alias"] = bo_dau_giu_hoa(_a["tieu_de"], 90)
NEWS = [a for a in ARTS if a["cm"] != "van-ban"]
DOCS = [a for a in ARTS if a["cm"] == "van-ban"]
BY_ID = {a["id"]: a for a in ARTS}
# cross-listed items (NukeViet listcatid): every 4th 'Tuyên truyền - Báo chí' item is also in 'Tin hoạt động'
CROSS = {a["id"] for a in [b for b in ARTS if b["cm"] == "tuyen-truyen"][1::4]}
XEM_NHIEU = sorted(NEWS, key=lambda a: -a["xem"])[:5]
DELETED = [(3207, "tin-hoat-dong", "Hoi-nghi-so-ket-cong-tac-tuyen-giao-6-thang-dau-nam-2024"),
           (3161, "tuyen-truyen", "Tap-huan-nghiep-vu-bao-chi-cho-cong-tac-vien-co-so")]
SITEMAP_AT = BAY_GIO - _dt.timedelta(days=6)
TAGS = {}
for _a in NEWS:
    for _t in _a["nhan"]:
        TAGS.setdefault(bo_dau_giu_hoa(_t).lower(), (_t, []))[1].append(_a)


def in_sec(k):
    """A category's list as NukeViet shows it: its own items and the items cross-listed into it, newest first."""
    return [a for a in ARTS if a["cm"] == k or (k == "tin-hoat-dong" and a["id"] in CROSS)]


def url(a, cat=None):
    if a["cm"] == "van-ban":
        return "/van-ban/%s-%d.html" % (a["alias"], a["id"])
    return "/news/%s/%s-%d.html" % (cat or a["cm"], a["alias"], a["id"])


def print_url(a):
    return "/news/print/%s/%s-%d.html" % (a["cm"], a["alias"], a["id"])


def old_url(a):
    return "/index.php?language=vi&nv=news&op=%s/%s-%d.html" % (a["cm"], a["alias"], a["id"])


def list_url(k, n=1):
    if k == "van-ban":
        return "/van-ban/" + ("page-%d" % n if n > 1 else "")
    return "/news/%s/" % k + ("page-%d" % n if n > 1 else "")


def featured(k):
    """The category's 'Tin nổi bật' (the item the editors marked featured): shown on top of every page of its list."""
    items = in_sec(k)
    return max(items[3:20], key=lambda a: a["xem"])


def set_day(day):
    kiem_ngay(day)


def ngay_nv(d):
    t = thu(d)
    return "%s - %s %s" % (t[:4] + t[4:].lower(), ngay(d), gio(d))


DOCS_NOW = [a for a in DOCS if a["ngay"].year == 2025]
DOCS_OLD = [a for a in DOCS if a["ngay"].year != 2025]


# ---------------------------------------------------------------- pages
def shell(tv, title, main, canonical=None, head="", side_extra=""):
    menu = "".join('<li><a href="%s" title="%s">%s</a></li>' % (list_url(k), x(n), x(n)) for k, n, _, _, _ in NEWS_SECS)
    body = (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n<title>%s</title>\n'
        '<meta name="description" content="%s">\n<meta name="author" content="%s">\n<meta name="copyright" content="%s">\n'
        '<meta name="generator" content="NukeViet v4.3">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n%s<link rel="shortcut icon" href="/favicon.ico">\n'
        '<link rel="stylesheet" href="/assets/css/font-awesome.min.css">\n<link rel="stylesheet" href="/themes/sontay/css/bootstrap.non-responsive.css">\n'
        '<link rel="stylesheet" href="/themes/sontay/css/style.css">\n<link rel="stylesheet" href="/themes/sontay/css/news.css">\n%s<style>%s</style>\n'
        '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",'
        'nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Wq8Tm",nv_check_pass_mstime=1738000,'
        'nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>\n<script src="/assets/js/jquery/jquery.min.js"></script>\n'
        '<script src="/assets/js/language/vi.js"></script>\n<script src="/assets/js/global.js"></script>\n<script src="/themes/sontay/js/news.js"></script>\n'
        '<script src="/themes/sontay/js/main.js"></script>\n</head>\n<body>\n<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng '
        'hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>\n<div class="body-bg"><div class="wraper">\n'
        '<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="%s" href="/"><img src="/uploads/'
        'logo-btg-sontay.png" width="300" height="90" alt="%s"></a></div><div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><form action="/seek/" '
        'method="get"><div class="input-group"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."><span class="input-group-btn">'
        '<button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></form></div><div class="headerDate">%s, %s</div></div>'
        '</div></div></header>\n<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav">'
        '<li class="home"><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
        '<li><a href="/about/Gioi-thieu.html">Giới thiệu</a></li>%s<li><a href="/van-ban/">Văn bản</a></li><li><a href="/lich-cong-tac/">Lịch công tác</a></li>'
        '<li><a href="/contact/">Liên hệ</a></li></ul></div></div></div></nav>\n<section><div class="container" id="body"><div class="row">\n'
        '<div class="col-md-17">%s</div>\n<div class="col-md-7"><div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body">'
        '<ul class="list-none">%s</ul></div></div>%s<div class="panel panel-primary"><div class="panel-heading">Xem nhiều</div><div class="panel-body"><ul class="list-none">'
        '%s</ul></div></div><div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><ul class="list-none">'
        '<li><a href="https://tuyengiao.example/" target="_blank">Tạp chí Tuyên giáo</a></li><li><a href="https://dangcongsan.example/" target="_blank">Báo điện '
        'tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://lyluanchinhtri.example/" target="_blank">Tạp chí Lý luận chính trị</a></li></ul></div></div></div>\n'
        '</div></div></section>\n<footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-md-16"><p><strong>BAN TUYÊN GIÁO TỈNH ỦY '
        'SƠN TÂY</strong></p><p>Địa chỉ: số 2 phố Phó Đức Chính, thị xã Sơn Tây. Điện thoại: 0433.832.xxx. Email: btg@sontay.example</p><p>Ghi rõ nguồn '
        '"Ban Tuyên giáo Tỉnh ủy Sơn Tây" khi phát hành lại thông tin từ website này.</p></div><div class="col-md-8"><a href="/feeds/">RSS</a> | '
        '<a href="/siteterms/">Điều khoản sử dụng</a></div></div></div></footer>\n</div></div>\n<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng '
        'Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>\n<script>%s</script>\n</body>\n</html>\n') % (
        x(title), x(title), x(SITE), x(SITE), ('<link rel="canonical" href="%s%s">\n' % (tv.origin, x(canonical))) if canonical else "", head,
        pad_css(len(title) * 11 + 3, 17, "nv"), x(SITE), x(SITE), thu(BAY_GIO), ngay(BAY_GIO), menu, main,
        "".join('<li><a href="%s" title="%s">%s</a></li>' % (url(a), x(a["tieu_de"]), x(a["tieu_de"])) for a in DOCS[:5]), side_extra,
        "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in XEM_NHIEU), pad_js(len(title) + 29, 10, "nv.global"))
    return body


def answer(tv, body, status=200, headers=()):
    return Dapung(body, status, headers=[("X-Powered-By", "PHP/7.2.34"), ("Cache-Control", "private, no-cache"),
                                         ("Set-Cookie", "nv4c_Wq8Tm_sess=%x; path=/; HttpOnly" % (len(tv.path) * 48611 % 16 ** 8))] + list(headers))


def item_html(a, cat=None):
    return ('<div class="panel panel-default"><div class="panel-body"><a href="%s" title="%s"><img alt="%s" src="/assets/news/%s/%d.jpg" width="183" '
            'class="img-thumbnail pull-left imghome"></a><h3><a href="%s" title="%s">%s</a></h3><div class="text-muted"><ul class="list-unstyled list-inline">'
            '<li><em class="fa fa-clock-o">&nbsp;</em> %s</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: %d</li><li><em class="fa fa-comment-o">&nbsp;</em> '
            'Phản hồi: 0</li></ul></div><p>%s</p></div></div>') % (
        url(a, cat), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], url(a, cat), x(a["tieu_de"]), x(a["tieu_de"]),
        a["ngay"].strftime("%d/%m/%Y %I:%M:%S %p"), a["xem"], x(a["sapo"]))


def pager(k, cur, last):
    """nv_alias_page(): « 1 … n-2 n-1 n n+1 n+2 … last »; page 1 is the bare category address."""
    if last <= 1:
        return ""
    out = []
    if cur > 1:
        out.append('<li><a rel="prev" title="%s - Trang %d" href="%s">&laquo;</a></li>' % (x(SECNAME[k]), cur - 1, list_url(k, cur - 1)))
    for p in cua_so(cur, last, 2):
        if p is None:
            out.append('<li class="disabled"><span>...</span></li>')
        elif p == cur:
            out.append('<li class="active"><a href="#">%d</a></li>' % p)
        else:
            out.append('<li><a title="%s - Trang %d" href="%s">%d</a></li>' % (x(SECNAME[k]), p, list_url(k, p), p))
    if cur < last:
        out.append('<li><a rel="next" title="%s - Trang %d" href="%s">&raquo;</a></li>' % (x(SECNAME[k]), cur + 1, list_url(k, cur + 1)))
    return '<div class="text-center"><ul class="pagination">%s</ul></div>' % "".join(out)


def cat_page(tv, k, n):
    items = in_sec(k)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    if n > last:
        return chuyen(tv.origin + list_url(k), 302)
    f = featured(k)
    shown = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
            '<li id="brcr_1"><a href="/news/"><span>Tin tức</span></a></li><li id="brcr_2"><a href="%s"><span>%s</span></a></li></ul></div></div>'
            '<div class="news_column"><div class="panel panel-default"><div class="panel-heading"><h1 class="h4">%s</h1> <a class="pull-right" href="/news/rss/%s/">'
            '<em class="fa fa-rss"></em></a></div></div><div class="panel panel-default featured"><div class="panel-heading">Tin nổi bật</div>%s</div>%s</div>%s') % (
        list_url(k), x(SECNAME[k]), x(SECNAME[k]), k, item_html(f), "".join(item_html(a) for a in shown), pager(k, n, last))
    head = '<link rel="alternate" href="%s/news/rss/%s/" title="%s" type="application/rss+xml">\n' % (tv.origin, k, x(SECNAME[k]))
    if n > 1:
        head += '<link rel="prev" href="%s%s">\n' % (tv.origin, list_url(k, n - 1))
    if n < last:
        head += '<link rel="next" href="%s%s">\n' % (tv.origin, list_url(k, n + 1))
    return answer(tv, shell(tv, "%s%s" % (SECNAME[k], " - Trang %d" % n if n > 1 else ""), main, list_url(k, n), head))


def news_main(tv):
    main = '<div class="news_column">'
    for k, n, _, _, _ in NEWS_SECS:
        main += '<div class="panel panel-default"><div class="panel-heading"><h2 class="h4"><a href="%s">%s</a></h2></div>%s</div>' % (
            list_url(k), x(n), "".join(item_html(a) for a in in_sec(k)[:3]))
    return answer(tv, shell(tv, "Tin tức", main + "</div>", "/news/"))


def home(tv):
    top = NEWS[:5]
    main = '<div class="panel panel-default"><div class="panel-heading">Tin tiêu điểm</div>%s</div>' % "".join(item_html(a) for a in top)
    for k, n, _, _, _ in NEWS_SECS:
        # the theme's category block builds links with ITS category alias (so a cross-listed item shows under /news/tin-hoat-dong/…)
        main += '<div class="panel panel-default block-cat"><div class="panel-heading"><a href="%s">%s</a></div><ul class="related">%s</ul></div>' % (
            list_url(k), x(n), "".join('<li><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (url(a, k), x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"]))
                                       for a in in_sec(k)[:6]))
    return answer(tv, shell(tv, SITE, main, "/"))


def the_tags(a):
    return ", ".join('<a title="%s" href="/news/tag/%s"><em>%s</em></a>' % (x(t), bo_dau_giu_hoa(t).lower(), x(t)) for t in a["nhan"])


def body_paras(a):
    out = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][i]))
        out.append('<p style="text-align:justify">%s</p>' % x(p))
    return "".join(out)


def article(tv, a, cat):
    k = a["cm"]
    items = in_sec(k)
    i = items.index(a)
    newer, older = items[max(0, i - 5):i], items[i + 1:i + 6]
    fig = ('<figure class="article left"><p><img alt="%s" src="/uploads/news/%s/%d-1.jpg" width="460" class="img-thumbnail"></p><figcaption>%s</figcaption></figure>' % (
        x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["id"], x(a["chu_thich"]))) if a.get("chu_thich") else ""
    xem = ""
    if a["id"] % 7 == 3 and older:     # editors paste the old, non-rewritten address of an earlier item
        b = older[-1]
        xem = '<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (x(old_url(b)), x(b["tieu_de"]))
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
            '<li id="brcr_1"><a href="%s"><span>%s</span></a></li></ul></div></div><div class="news_column panel panel-default"><div class="panel-body">'
            '<h1 class="title margin-bottom-lg">%s</h1><div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div><div class="col-md-12">'
            '<ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse(\'%s\',\'\','
            '840,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
            '<div class="clearfix">%s<div class="hometext m-bottom"><strong>%s</strong></div></div><div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s%s</div>'
            '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tuyên giáo '
            'Tỉnh ủy</p></div></div></div><div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em>'
            '<strong>Từ khóa: </strong>%s</div></div></div><div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>'
            'Những tin mới hơn</strong></p><div class="clearfix"><ul class="related">%s</ul></div><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix">'
            '<ul class="related">%s</ul></div></div></div>') % (
        list_url(k), x(SECNAME[k]), x(a["tieu_de"]), ngay_nv(a["ngay"]), print_url(a), fig, x(a["sapo"]), body_paras(a), xem, x(a["tac_gia"]), the_tags(a),
        "".join('<li><a href="%s">%s</a> <em>(%s)</em></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in newer),
        "".join('<li><a href="%s">%s</a> <em>(%s)</em></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in older))
    return answer(tv, shell(tv, a["tieu_de"], main, url(a)))


def print_page(tv, a):
    body = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>%s</title><meta name="robots" content="noindex, nofollow">'
            '<link rel="stylesheet" href="/themes/sontay/css/news.print.css"></head><body><div id="print"><div id="hd_print"><h2 class="pull-left">%s</h2>'
            '<p class="pull-right"><a title="Trang chủ" href="/">%s</a></p></div><div class="clear"></div><hr><div id="content"><h1>%s</h1><ul class="list-inline">'
            '<li>%s</li><li class="hidden-print txtrequired"><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li></ul><div class="hometext">'
            '<strong>%s</strong></div><div class="bodytext">%s</div><div class="copyright">Tác giả: %s</div></div><div id="footer">&copy; %s</div></div>'
            '</body></html>\n') % (x(a["tieu_de"]), x(SITE), tv.origin, x(a["tieu_de"]), ngay_nv(a["ngay"]), x(a["sapo"]), body_paras(a), x(a["tac_gia"]), x(SITE))
    return answer(tv, body)


def tag_page(tv, key):
    t, items = TAGS[key]
    main = '<div class="news_column"><div class="panel panel-default"><div class="panel-heading"><h1 class="h4">Từ khóa: %s</h1></div>%s</div></div>' % (
        x(t), "".join(item_html(a) for a in items[:20]))
    return answer(tv, shell(tv, "Từ khóa: " + t, main, "/news/tag/" + key))


# ---------------------------------------------------------------- documents module
def tra_cuu_box(nam="2025", loai="0"):
    years = "".join('<option value="%s"%s>%s</option>' % (y, " selected" if y == nam else "", y) for y in ("2025", "2024", "2023"))
    types = '<option value="0">-- Tất cả --</option>' + "".join('<option value="%d"%s>%s</option>' % (LOAI_ID[ma], " selected" if str(LOAI_ID[ma]) == loai else "", ten)
                                                            for ma, ten in LOAI)
    return ('<div class="panel panel-primary"><div class="panel-heading">Tra cứu văn bản</div><div class="panel-body"><form action="/index.php" method="get" '
            'name="frm_tracuu" class="form-tracuu"><input type="hidden" name="language" value="vi"><input type="hidden" name="nv" value="van-ban"><input type="hidden" '
            'name="op" value="search"><table class="tbl-tracuu"><tr><td>Năm ban hành:</td><td><select name="year" class="form-control input-sm">%s</select></td></tr>'
            '<tr><td>Loại văn bản:</td><td><select name="type" class="form-control input-sm">%s</select></td></tr><tr><td></td><td><input type="image" '
            'src="/themes/sontay/images/btn_tracuu.gif" alt="Tra cứu" title="Tra cứu" class="btn-img"></td></tr></table></form></div></div>') % (years, types)


def doc_rows(docs):
    if not docs:
        return '<p class="alert alert-info">Không tìm thấy văn bản nào phù hợp.</p>'
    return ('<table class="table table-striped table-bordered tab-laws"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>'
            '</thead><tbody>%s</tbody></table>') % "".join(
        '<tr><td>%s</td><td>%s</td><td><a href="%s" title="%s">%s</a></td><td><a href="/uploads/van-ban/%s/%s.pdf"><em class="fa fa-download"></em></a></td></tr>' % (
            x(a["so_hieu"]), ngay(a["ngay"]), url(a), x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y_%m"), a["so_hieu"].replace("/", "-"))
        for a in docs)


def van_ban_list(tv, n):
    last = max(1, (len(DOCS_NOW) + PER_PAGE - 1) // PER_PAGE)
    if n > last:
        return chuyen(tv.origin + "/van-ban/", 302)
    shown = DOCS_NOW[(n - 1) * PER_PAGE:n * PER_PAGE]
    pg = ""
    if last > 1:
        pg = '<div class="text-center"><ul class="pagination">%s</ul></div>' % "".join(
            ('<li class="active"><a href="#">%d</a></li>' % p) if p == n else '<li><a href="%s">%d</a></li>' % (list_url("van-ban", p), p) for p in range(1, last + 1))
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
            '<li id="brcr_1"><a href="/van-ban/"><span>Văn bản</span></a></li></ul></div></div><div class="panel panel-default"><div class="panel-heading"><h1 class="h4">'
            'Văn bản năm 2025</h1></div><div class="panel-body">%s</div></div>%s') % (doc_rows(shown), pg)
    return answer(tv, shell(tv, "Văn bản", main, list_url("van-ban", n), side_extra=tra_cuu_box()))


def van_ban_search(tv):
    nam, loai = tv.q.get("year", "2025"), tv.q.get("type", "0")
    docs = [a for a in DOCS if str(a["ngay"].year) == nam and (loai in ("", "0") or str(LOAI_ID[a["loai"]]) == loai)]
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
            '<li id="brcr_1"><a href="/van-ban/"><span>Văn bản</span></a></li></ul></div></div><div class="panel panel-default"><div class="panel-heading"><h1 class="h4">'
            'Kết quả tra cứu: năm %s</h1></div><div class="panel-body"><p>Tìm thấy %d văn bản.</p>%s</div></div>') % (x(nam), len(docs), doc_rows(docs))
    return answer(tv, shell(tv, "Tra cứu văn bản", main, None, side_extra=tra_cuu_box(nam, loai)))


def doc_page(tv, a):
    same = [b for b in DOCS if b["ngay"].year == a["ngay"].year and b is not a][:5]
    ten = dict(LOAI)[a["loai"]]
    main = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
            '<li id="brcr_1"><a href="/van-ban/"><span>Văn bản</span></a></li></ul></div></div><div class="panel panel-default"><div class="panel-body">'
            '<h1 class="title">%s</h1><table class="table table-bordered"><tr><th>Số/Ký hiệu</th><td>%s</td></tr><tr><th>Ngày ban hành</th><td>%s</td></tr>'
            '<tr><th>Loại văn bản</th><td>%s</td></tr><tr><th>Cơ quan ban hành</th><td>Ban Tuyên giáo Tỉnh ủy</td></tr><tr><th>Ngày đăng</th><td>%s</td></tr></table>'
            '<div class="hometext"><strong>%s</strong></div><div class="bodytext">%s</div><div class="panel panel-default"><div class="panel-heading">File đính kèm</div>'
            '<div class="panel-body"><a href="/uploads/van-ban/%s/%s.pdf"><em class="fa fa-file-pdf-o"></em> %s.pdf</a></div></div></div></div>'
            '<div class="panel panel-default"><div class="panel-heading">Văn bản cùng năm</div><ul class="related">%s</ul></div>') % (
        x(a["tieu_de"]), x(a["so_hieu"]), ngay(a["ngay"]), ten, ngay_nv(a["ngay"]), x(a["sapo"]), body_paras(a), a["ngay"].strftime("%Y_%m"),
        a["so_hieu"].replace("/", "-"), a["so_hieu"].replace("/", "-"),
        "".join('<li><a href="%s">%s</a></li>' % (url(b), x(b["tieu_de"])) for b in same))
    return answer(tv, shell(tv, a["tieu_de"], main, url(a), side_extra=tra_cuu_box()))


# ---------------------------------------------------------------- feeds, sitemaps, calendar
def feed(tv, k=None):
    items = NEWS if k is None else in_sec(k)
    return rss(tv.origin, SITE + (" - " + SECNAME[k] if k else ""), list_url(k) if k else "/news/",
               [(a["tieu_de"], url(a), a["ngay"], a["sapo"]) for a in items[:20]])


def feeds_page(tv):
    main = '<div class="panel panel-default"><div class="panel-heading"><h1 class="h4">RSS</h1></div><ul class="list-none">%s</ul></div>' % (
        '<li><a href="/news/rss/">Tin tức</a></li>' + "".join('<li><a href="/news/rss/%s/">%s</a></li>' % (k, x(n)) for k, n, _, _, _ in NEWS_SECS))
    return answer(tv, shell(tv, "RSS", main, "/feeds/"))


def sitemap_index(tv):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in ("/sitemap-vi.news.xml", "/sitemap-vi.page.xml"):
        out.append("<sitemap><loc>%s%s</loc><lastmod>%s</lastmod></sitemap>" % (tv.origin, p, SITEMAP_AT.strftime("%Y-%m-%dT%H:%M:%S+07:00")))
    out.append("</sitemapindex>")
    return Dapung("\n".join(out), 200, "text/xml; charset=utf-8")


def sitemap_news(tv):
    """The news sitemap as NukeViet cached it six days ago: the newest items missing, two deleted items still in it."""
    rows = [(url(a), a["ngay"], None) for a in NEWS if a["ngay"] <= SITEMAP_AT]
    rows += [("/news/%s/%s-%d.html" % (c, al, i), _dt.datetime(2024, 9, 12, 8, 0), None) for i, c, al in DELETED]
    return urlset(tv.origin, rows)


def lich(tv):
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", tv.q.get("ngay", "2025-06-26"))
    if not m:
        return answer(tv, shell(tv, "Lịch công tác", "<p>Ngày không hợp lệ.</p>", "/lich-cong-tac/"), 404)
    d = _dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    a, b = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    main = ('<div class="panel panel-default"><div class="panel-heading"><h1 class="h4">Lịch công tác ngày %s</h1></div><div class="panel-body"><p>'
            '<a href="/lich-cong-tac/?ngay=%s">&laquo; Ngày trước</a> | <a href="/lich-cong-tac/?ngay=%s">Ngày sau &raquo;</a></p><p>Chưa có lịch công tác.</p>'
            '</div></div>') % (ngay(d), a.strftime("%Y-%m-%d"), b.strftime("%Y-%m-%d"))
    return answer(tv, shell(tv, "Lịch công tác", main, "/lich-cong-tac/"))


ROBOTS = ("User-agent: *\nDisallow: /admin/\nDisallow: /assets/js/\nDisallow: /data/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /modules/\n"
          "Disallow: /themes/*/system/\nDisallow: /tmp/\nDisallow: /vendor/\nDisallow: /seek/\nDisallow: /lich-cong-tac/\nCrawl-delay: 2\n\n"
          "Sitemap: {o}/sitemap.xml\n")
BY_CAT_ID = {}


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.replace("{o}", tv.origin))
    if p == "/":
        return home(tv)
    if p in ("/index.php", "/vi/", "/vi"):
        q = tv.q
        if q.get("nv") == "van-ban" and q.get("op") == "search":
            return van_ban_search(tv)
        if q.get("nv") == "news" and q.get("op"):
            m = _re.fullmatch(r"([a-z-]+)/([A-Za-z0-9-]+)-(\d+)\.html", q["op"])
            if m and int(m.group(3)) in BY_ID and BY_ID[int(m.group(3))]["cm"] != "van-ban":
                return chuyen(tv.origin + url(BY_ID[int(m.group(3))]), 301)
            return chuyen(tv.origin + "/news/", 302)
        return chuyen(tv.origin + "/", 301)
    if p == "/sitemap.xml":
        return sitemap_index(tv)
    if p == "/sitemap-vi.news.xml":
        return sitemap_news(tv)
    if p == "/sitemap-vi.page.xml":
        return urlset(tv.origin, [("/about/Gioi-thieu.html", _dt.datetime(2023, 3, 2, 9, 0), None), ("/contact/", None, None)])
    if p == "/news/":
        return news_main(tv)
    if p == "/news/rss/":
        return feed(tv)
    m = _re.fullmatch(r"/news/rss/([a-z-]+)/", p)
    if m and m.group(1) in SECNAME and m.group(1) != "van-ban":
        return feed(tv, m.group(1))
    if p == "/feeds/":
        return feeds_page(tv)
    m = _re.fullmatch(r"/news/([a-z-]+)/(?:page-(\d+))?", p)
    if m and m.group(1) in SECNAME and m.group(1) != "van-ban":
        k, n = m.group(1), int(m.group(2) or 1)
        if m.group(2) == "1":
            return chuyen(tv.origin + list_url(k), 301)
        if (k, n) == ("tuyen-truyen", 2) and chap_chon(p):
            return Dapung("<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable "
                          "to service your request due to maintenance downtime or capacity problems. Please try again later.</p></body></html>", 503,
                          "text/html; charset=iso-8859-1", [("Retry-After", "5")])
        if (k, n) == ("tin-hoat-dong", 3):
            cham(tv, 1.2)
        return cat_page(tv, k, n)
    m = _re.fullmatch(r"/news/print/([a-z-]+)/([A-Za-z0-9-]+)-(\d+)\.html", p)
    if m and int(m.group(3)) in BY_ID and BY_ID[int(m.group(3))]["cm"] == m.group(1):
        return print_page(tv, BY_ID[int(m.group(3))])
    m = _re.fullmatch(r"/news/tag/([a-z0-9-]+)", p)
    if m and m.group(1) in TAGS:
        return tag_page(tv, m.group(1))
    m = _re.fullmatch(r"/news/([a-z-]+)/([A-Za-z0-9-]+)-(\d+)\.html", p)
    if m and m.group(1) in SECNAME:
        a = BY_ID.get(int(m.group(3)))
        if a and a["cm"] != "van-ban" and (m.group(1) == a["cm"] or (m.group(1) == "tin-hoat-dong" and a["id"] in CROSS)):
            if m.group(2) != a["alias"]:
                return chuyen(tv.origin + url(a), 301)
            return article(tv, a, m.group(1))
        return chuyen(tv.origin + list_url(m.group(1)), 302)      # NukeViet: an unknown item sends you to its category
    if p == "/van-ban/" or _re.fullmatch(r"/van-ban/page-\d+", p):
        n = int(p.rsplit("-", 1)[1]) if "page-" in p else 1
        return van_ban_list(tv, n)
    m = _re.fullmatch(r"/van-ban/([A-Za-z0-9-]+)-(\d+)\.html", p)
    if m and int(m.group(2)) in BY_ID and BY_ID[int(m.group(2))]["cm"] == "van-ban":
        return doc_page(tv, BY_ID[int(m.group(2))])
    if p == "/lich-cong-tac/":
        return lich(tv)
    if p in ("/about/Gioi-thieu.html", "/contact/", "/siteterms/"):
        s, t, ps = {"/about/Gioi-thieu.html": TRANG_TINH[0], "/contact/": TRANG_TINH[3], "/siteterms/": TRANG_TINH[4]}[p]
        return answer(tv, shell(tv, t, '<div class="panel panel-default"><div class="panel-body"><h1>%s</h1>%s</div></div>' % (
            x(t), "".join("<p>%s</p>" % x(pp) for pp in ps)), p))
    return answer(tv, shell(tv, "Lỗi 404", '<div class="alert alert-danger">Không tìm thấy trang bạn yêu cầu (404).</div>', None), 404)


app = chay_app(handle, [("Server", "Apache/2.4.41 (Ubuntu)")])


# ---------------------------------------------------------------- manifest
def _aliases(a):
    if a["cm"] == "van-ban":
        return []
    out = [print_url(a), old_url(a)]
    if a["id"] in CROSS:
        out.append(url(a, "tin-hoat-dong"))
    return out


ONLY_IMG = [url(a) for a in DOCS_OLD]
_th = in_sec("tin-hoat-dong")
_cross = [a for a in ARTS if a["id"] in CROSS][0]
_old_doc = DOCS_OLD[0]

MANIFEST = {
    "family": "NukeViet 4.3 (PHP 7.2, Apache 2.4, MariaDB; a vendor's Bootstrap 3 theme carried over from NukeViet 3) of a provincial Party propaganda "
              "board (Ban Tuyên giáo Tỉnh ủy Sơn Tây): the news module with a windowed pager, featured items on every page, print pages, tags, feeds "
              "and a stale cached sitemap; documents of earlier years only through a GET form whose only button is an <input type=\"image\">",
    "start_urls": ["/"],
    "articles": {url(a): {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "aliases": _aliases(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/seek/", "/lich-cong-tac/", "/tmp/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"image-submit": ONLY_IMG},
    "flaky": {"/news/tuyen-truyen/page-2": 503},
    "slow": ["/news/tin-hoat-dong/page-3"],
    "notes": ("News items /news/<cat>/<Alias>-<id>.html (NukeViet's change_alias: accents stripped, case kept), canonical to themselves, dated "
              "'Thứ tư - dd/mm/yyyy HH:MM' on the page and 'dd/mm/yyyy hh:mm:ss AM' in lists. Lists /news/<cat>/ and /news/<cat>/page-N (10 a page; "
              "/page-1 301s to the bare address; past the end 302s to page 1) with nv_alias_page's « 1 … n-2..n+2 … last » pager and <link rel=prev|next>; "
              "the category's featured item ('Tin nổi bật') on top of EVERY page. Every 4th 'Tuyên truyền - Báo chí' item is cross-listed in 'Tin hoạt "
              "động' (listcatid): its list links the item's own address, but the home's category block builds /news/tin-hoat-dong/<Alias>-<id>.html "
              "(200, canonical to the item's own address). Print pages /news/print/<cat>/<Alias>-<id>.html (noindex, no canonical) are opened by "
              "onclick=\"nv_open_browse('…')\" (href javascript:void(0)). Some bodies link an earlier item by the old /index.php?language=vi&nv=news&op=… "
              "address (301). Tags /news/tag/<alias> (20 newest). Feeds /news/rss/ and /news/rss/<cat>/ (20 newest; <link rel=alternate> on the "
              "category pages, a /feeds/ page). /sitemap.xml = an index of /sitemap-vi.news.xml (cached %s: the newest items absent, two deleted items "
              "present -- they 302 to their category) and /sitemap-vi.page.xml. Documents /van-ban/<Alias>-<id>.html (a PDF attachment each); "
              "/van-ban/ lists the %d documents of 2025 (10 a page); the %d of 2024 only through the sidebar box 'Tra cứu văn bản': <form "
              "action=\"/index.php\" method=\"get\"> with hidden language / nv / op, selects year (2025, 2024, 2023) and type (0 = all, 1-5) and "
              "an <input type=\"image\"> as its only button -> /index.php?language=vi&nv=van-ban&op=search&year=…&type=…&x=…&y=… (the coordinates "
              "ignored); a document's 'Văn bản cùng năm' box links 5 of its own year. Flaky: /news/tuyen-truyen/page-2 answers 503 (Retry-After: 5) "
              "every other request; slow: /news/tin-hoat-dong/page-3 (1.2 s). A day calendar /lich-cong-tac/?ngay=YYYY-MM-DD forever (trap, "
              "robots-disallowed). A nv4c_…_sess cookie on every answer." % (SITEMAP_AT.strftime("%d/%m/%Y"), len(DOCS_NOW), len(DOCS_OLD))),
}
MANIFEST_DAY1 = MANIFEST
SELFTEST = [
    {"path": list_url("tin-hoat-dong", 2), "status": 200, "contains": x(featured("tin-hoat-dong")["tieu_de"])},
    {"path": list_url("tin-hoat-dong", 5), "status": 200, "contains": "<span>...</span>"},
    {"path": list_url("tin-hoat-dong", 1) + "page-1", "status": 301, "location": list_url("tin-hoat-dong")},
    {"path": list_url("tin-hoat-dong", 99), "status": 302, "location": list_url("tin-hoat-dong")},
    {"path": url(_cross, "tin-hoat-dong"), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % url(_cross)},
    {"path": "/van-ban/", "status": 200, "contains": 'type="image"', "not_contains": x(_old_doc["tieu_de"])},
    {"path": "/index.php?language=vi&nv=van-ban&op=search&year=2024&type=0&x=0&y=0", "status": 200, "contains": x(_old_doc["tieu_de"])},
    {"path": "/index.php?language=vi&nv=van-ban&op=search&year=2023&type=0&x=0&y=0", "status": 200, "contains": "Không tìm thấy văn bản nào phù hợp."},
    {"path": "/news/%s/%s-%d.html" % (DELETED[0][1], DELETED[0][2], DELETED[0][0]), "status": 302, "location": list_url(DELETED[0][1])},
    {"path": old_url(_th[0]), "status": 301, "location": url(_th[0])},
]
SUMMARY = {
    "chains": ["/ -> /news/<cat>/ -> page-N (« 1 … n±2 … last ») -> /news/<cat>/<Alias>-<id>.html -> print page (nv_open_browse onclick)",
               "/ -> /van-ban/ (2025) -> 'Tra cứu văn bản' <form method=get> + <input type=image> -> /index.php?…&op=search&year=2024&type=0&x=0&y=0 -> "
               "/van-ban/<Alias>-<id>.html",
               "robots Sitemap: /sitemap.xml -> /sitemap-vi.news.xml (stale) -> items"],
    "discovery": [
        "the documents of 2024 are listed only by the sidebar box 'Tra cứu văn bản', a GET form of two selects whose only button is an <input "
        "type=\"image\"> (the vendor's GIF button carried over from NukeViet 3): a crawler that knows only type=submit buttons sees a form with no "
        "button and never sends it, so never sees a 2024 document (only_via image-submit %d)" % len(ONLY_IMG),
        "the news lists show a windowed pager (« 1 … n-2..n+2 … last »): deeper pages are reached only page by page or through the '…' "
        "window; the stale sitemap and the 20-item feeds cover most items but not the newest six days (no only_via: the pager reaches all)",
    ],
    "set27_pages": {"image-submit": ["/van-ban/", url(DOCS_NOW[0])]},
    "alias_kinds": ["print pages /news/print/<cat>/… (opened by nv_open_browse onclick; noindex)",
                    "the old /index.php?language=vi&nv=news&op=<cat>/<Alias>-<id>.html (301; linked from some bodies)",
                    "a cross-listed item under /news/tin-hoat-dong/… (200, canonical to its own address; linked from the home's category block)"],
    "quirks": ["Crawl-delay: 2", "the featured item on top of every list page", "page-1 301s, past-the-end pages 302 to page 1",
               "the sitemap cached six days ago (newest items missing; two deleted items that 302 to their category)",
               "unknown item ids 302 to their category (soft 404)", "/news/tuyen-truyen/page-2 503 every other request (Retry-After: 5)",
               "/news/tin-hoat-dong/page-3 slow (1.2 s)", "a session cookie on every answer", "tags and print pages (waste)",
               "day calendar trap under robots' Disallow: /lich-cong-tac/"],
    "not_articles": ["/news/%s/%s-%d.html" % (c, al, i) for i, c, al in DELETED],
    "published": {url(a): a["ngay"].strftime("%Y-%m-%d %H:%M") for a in ARTS},
    "validators": "none (Cache-Control: private, no-cache)",
}
