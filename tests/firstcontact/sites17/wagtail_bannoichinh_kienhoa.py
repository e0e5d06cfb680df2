"""Set 17 site A: Ban Nội chính Tỉnh uỷ Kiến Hoà on Wagtail 5 (Django 4.2; agency Bootstrap 5 theme, markup hedged).

Blind replica (stdlib only): WSGI `app`, `MANIFEST` (day 1), `MANIFEST_DAY2`, `SUMMARY` (with SUMMARY["day2"]),
`SELFTEST`, `SELFTEST_DAY2`, and `set_day(1|2)` switching the whole site between Tuesday 24/06/2025 09:40 (day 1) and
Wednesday 25/06/2025 09:40 (day 2).  Day 2: a section renamed (Wagtail moves every child page and auto-creates 301
redirects), two corrected articles (one with an update stamp, one silent), an old draft published late with its old
date (lands on page 3 of its listing), one article made private (302 to the login view), three ordinary new articles.
"""
# ==== KERNEL BEGIN (sites17 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 17 kernel: set 16's plumbing and generator unchanged (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper,
# sitemap / RSS writers, SoanTin) with a NEW vocabulary (Ban Nội chính Tỉnh uỷ, provincial union of literature and arts
# associations, Đảng uỷ Khối Doanh nghiệp) and the three body styles 'bai' (news: sapo + 4-5 paragraphs), 'dai' (long
# study piece: sapo + numbered headings, 1-2 paragraphs each) and 'thongbao' (notice: number + 3 paragraphs).
# Set 17 sites have TWO days: each module builds both and switches with set_day(); "day 2" is Wednesday 25/06/2025 09:40.
# No markup for pages: every site writes its own templates.  No clock: "now" is Tuesday 24/06/2025 09:40 (UTC+7).
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 6, 24, 9, 40)
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


class Truyvan:
    """One request: method, decoded path, raw query, first value per key (`q`), host, origin."""

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


def chuyen(location, status=301, ctype="text/html; charset=utf-8", body=""):
    return Dapung(body, status, ctype, [("Location", location)])


def van_ban(text, status=200):
    return Dapung(text, status, "text/plain; charset=utf-8")


def chay_app(xu_ly, server=()):
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
        hdrs = list(server) + ([("Content-Type", out.ctype)] if out.ctype else []) + out.headers + \
            [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _LY_DO.get(out.status, "Unknown")), hdrs)
        return [b"" if tv.method == "HEAD" else out.body]
    return app


def urlset(origin, rows):
    """rows: (path, datetime or None, changefreq or None)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p, d, f in rows:
        out.append("<url><loc>%s</loc>%s%s</url>" % (x(origin + p), "<lastmod>%s</lastmod>" % d.strftime("%Y-%m-%dT%H:%M:%S+07:00") if d else "",
                                                     "<changefreq>%s</changefreq>" % f if f else ""))
    out.append("</urlset>")
    return Dapung("\n".join(out), 200, "application/xml; charset=utf-8")


def sitemapindex(origin, rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p, d in rows:
        out.append("<sitemap><loc>%s</loc>%s</sitemap>" % (x(origin + p), "<lastmod>%s</lastmod>" % d.strftime("%Y-%m-%dT%H:%M:%S+07:00") if d else ""))
    out.append("</sitemapindex>")
    return Dapung("\n".join(out), 200, "application/xml; charset=utf-8")


def rfc822(d):
    return "%s, %02d %s %d %s +0700" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()], d.day,
                                        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[d.month - 1],
                                        d.year, d.strftime("%H:%M:%S"))


def rss(origin, title, link, items, ctype="application/rss+xml; charset=utf-8", extra=None):
    """items: (title, path, datetime, description); extra(i) -> extra XML for item i (e.g. an <enclosure>)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', "<title>%s</title>" % x(title),
           "<link>%s</link>" % x(origin + link), "<description>%s</description>" % x(title), "<language>vi-VN</language>"]
    for i, (t, p, d, desc) in enumerate(items):
        out.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate>"
                   "<description>%s</description>%s</item>" % (x(t), x(origin + p), x(origin + p), rfc822(d), x(desc),
                                                                extra(i) if extra else ""))
    out.append("</channel></rss>")
    return Dapung("\n".join(out), 200, ctype)


# ---------------------------------------------------------------- seeded newsroom (set 17 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Dương", "Châu", "Lâm", "Kiều", "Tạ", "Bùi", "Hồ", "Lục", "Trương",
       "Mai", "Cù", "Diệp", "Triệu", "Khưu", "Sơn")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Bích", "Hoàng", "Phước", "Mỹ", "Trọng", "Ngọc", "Hải", "Kim")
_TEN = ("Bình", "Cường", "Duyên", "Giàu", "Hạnh", "Khoa", "Lành", "Mẫn", "Nghĩa", "Phụng", "Quý", "Sơn", "Tài", "Thơ",
        "Toàn", "Vân", "Xuân", "Yến", "Hưng", "Lộc", "Nhàn", "Trung", "Đạt", "Kha")
_CHUC = ("Trưởng Ban Nội chính Tỉnh uỷ", "Phó Trưởng Ban Nội chính Tỉnh uỷ", "Uỷ viên Ban Thường vụ Tỉnh uỷ",
         "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh", "Chủ tịch Hội Văn học tỉnh", "Bí thư Đảng uỷ Khối Doanh nghiệp tỉnh",
         "Phó Bí thư Đảng uỷ Khối Doanh nghiệp tỉnh", "Bí thư Huyện uỷ {H}", "Chủ tịch UBND huyện {H}", "Chánh án Toà án nhân dân huyện {H}",
         "Viện trưởng Viện Kiểm sát nhân dân huyện {H}", "Bí thư Đảng uỷ xã {X}", "Giám đốc Công ty cổ phần Lương thực {H}", "Chánh Thanh tra tỉnh")
_DON_VI = ("Huyện uỷ {H}", "Đảng uỷ xã {X}", "Chi bộ ấp {A}", "Ban Chỉ đạo phòng, chống tham nhũng huyện {H}", "Toà án nhân dân huyện {H}",
           "Hội Văn học nghệ thuật huyện {H}", "Chi hội Nhiếp ảnh {H}", "Đảng bộ Công ty cổ phần Cấp nước {H}", "Chi bộ Công ty TNHH Thuỷ sản {X}",
           "Công đoàn Khu công nghiệp {H}")
_CO_QUAN = ("Ban Nội chính Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", "Liên hiệp các Hội Văn học nghệ thuật tỉnh", "UBND tỉnh", "Thanh tra tỉnh",
            "Huyện uỷ", "Viện Kiểm sát nhân dân tỉnh", "Toà án nhân dân tỉnh", "Đảng uỷ Khối Doanh nghiệp tỉnh", "Sở Văn hoá, Thể thao và Du lịch",
            "Công đoàn Viên chức tỉnh", "Hội Nhà báo tỉnh")
CHU_DE = {
    "tham-nhung": ("Phòng, chống tham nhũng", ("phòng, chống tham nhũng, lãng phí, tiêu cực", "kiểm soát tài sản, thu nhập", "thu hồi tài sản tham nhũng")),
    "tu-phap": ("Cải cách tư pháp", ("cải cách tư pháp", "tranh tụng tại phiên toà", "thi hành án dân sự")),
    "tiep-dan": ("Tiếp công dân", ("tiếp công dân, giải quyết khiếu nại, tố cáo", "đối thoại với người dân", "giải quyết đơn thư tồn đọng")),
    "noi-chinh": ("Công tác nội chính", ("công tác nội chính", "phòng, chống tội phạm", "bảo đảm an ninh trật tự dịp lễ")),
    "van-hoc": ("Văn học", ("trại sáng tác văn học", "giải thưởng văn học nghệ thuật tỉnh", "giới thiệu tập thơ mới")),
    "my-thuat": ("Mỹ thuật - Nhiếp ảnh", ("triển lãm ảnh nghệ thuật", "trại sáng tác mỹ thuật", "cuộc thi ảnh quê hương")),
    "san-khau": ("Sân khấu - Âm nhạc", ("bảo tồn nghệ thuật đờn ca tài tử", "hội diễn sân khấu cải lương", "sáng tác ca khúc về quê hương")),
    "doanh-nghiep": ("Doanh nghiệp", ("sản xuất, kinh doanh sáu tháng đầu năm", "chuyển đổi số trong doanh nghiệp nhà nước", "đổi mới, sắp xếp doanh nghiệp")),
    "dang-doanh-nghiep": ("Đảng trong doanh nghiệp", ("phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước", "sinh hoạt chi bộ doanh nghiệp", "kết nạp đảng viên là công nhân")),
    "cong-doan": ("Công đoàn - Đoàn thể", ("chăm lo đời sống công nhân lao động", "Tháng Công nhân", "thương lượng tập thể tại doanh nghiệp")),
    "van-hoa": ("Văn hoá", ("bảo tồn lễ hội truyền thống", "xây dựng đời sống văn hoá ở khu dân cư", "phát triển du lịch tâm linh")),
}
_KHUON = {
    "noichinh": ["{cq} triển khai {v}", "Ban Nội chính Tỉnh uỷ làm việc với {D} về {v}", "{H}: kết quả {v} năm 2024", "Đồng chí {chuc} chủ trì hội nghị về {v}",
                 "{D} tập trung {v}", "Giám sát chuyên đề về {v} tại {H}", "{n} vụ việc được xem xét trong {v}"],
    "vannghe": ["Hội Văn học nghệ thuật {H} với {v}", "{D} hưởng ứng {v}", "{n} tác phẩm tham gia {v}", "Liên hiệp các Hội VHNT tỉnh phát động {v}",
                "Văn nghệ sĩ xã {X} tham gia {v}", "Đồng chí {chuc} dự {v} ở {H}", "Khai mạc {v} tại ấp {A}"],
    "doanhnghiep": ["{D} đẩy mạnh {v}", "{cq} chỉ đạo {v}", "{n} công nhân xã {X} được hỗ trợ qua {v}", "Đồng chí {chuc} kiểm tra {v} tại {H}",
                    "{D} sơ kết {v}", "Doanh nghiệp ở {H} với {v}", "Tháo gỡ khó khăn trong {v} ở {H}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp uỷ cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở {H}", "Những vấn đề đặt ra đối với {v} sau khi sắp xếp bộ máy")
_MUC = ("Đặt vấn đề", "Cơ sở lý luận", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kết luận")


class SoanTin:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in
    noichinh / vannghe / doanhnghiep and kieu in bai / dai / thongbao.  Item dict: id, cm, kieu, tieu_de, ngay, chu_de,
    nhan (tags), sapo (short: < 170 characters), doan (paragraphs, each longer than the sapo), chu_thich, tac_gia, xem;
    'dai' adds muc = {paragraph index: heading}; 'thongbao' adds so_hieu.  chu_de: the topic keys a site draws from."""

    def __init__(self, seed, n, chuyen_muc, huyen, xa, ap, tu_ngay=_dt.datetime(2024, 9, 1, 7, 0), id_dau=2000, buoc=3, nguon="", chu_de=None):
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
            when = BAY_GIO - _dt.timedelta(hours=2, seconds=span * (i + r.uniform(0.1, 0.9)) / n)
            when = when.replace(hour=min(19, max(7, when.hour)), second=0, microsecond=0)
            if i % len(tui) == 0:
                r.shuffle(tui)
            k = tui[i % len(tui)]
            cd = r.choice(keys)
            for _ in range(200):
                t = self._tieu_de(k, cd)
                if t not in used and len(t) <= 120:
                    break
            used.add(t)
            items.append({"id": id_dau + (n - i) * buoc + r.randrange(buoc), "cm": k, "kieu": self.kieu[k], "tieu_de": t,
                          "ngay": when, "chu_de": cd, "nhan": [CHU_DE[cd][0]] + ([r.choice(huyen)] if r.random() < 0.5 else []),
                          "xem": 25 + int(r.expovariate(1 / 430.0))})
        items.sort(key=lambda a: (a["ngay"], a["id"]), reverse=True)
        for a in items:
            {"bai": self._bai, "dai": self._dai, "thongbao": self._thong_bao}[a["kieu"]](a)
        self.items = items
        self.theo_id = {a["id"]: a for a in items}

    def nguoi(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_DEM), self.r.choice(_TEN))

    def chuc(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.huyen), X=self.r.choice(self.xa))

    def dv(self):
        return self.r.choice(_DON_VI).format(H=self.r.choice(self.huyen), X=self.r.choice(self.xa), A=self.r.choice(self.ap))

    def _tieu_de(self, k, cd):
        r = self.r
        v = r.choice(CHU_DE[cd][1])
        kieu = self.kieu[k]
        if kieu == "dai":
            t = r.choice(_DAI).format(v=v, H=r.choice(self.huyen))
        elif kieu == "thongbao":
            t = "Thông báo kết quả kỳ họp"          # the site numbers meetings and rewrites the title
        else:
            t = r.choice(_KHUON[self.giong[k]]).format(cq=r.choice(_CO_QUAN), H=r.choice(self.huyen), X=r.choice(self.xa),
                                                       A=r.choice(self.ap), D=self.dv(), v=v, n=r.randint(3, 260), chuc=self.chuc())
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
            "Tham dự có đồng chí %s, %s; đồng chí %s, %s cùng đại diện %s, %s và %d cán bộ, hội viên, đoàn viên đang sinh "
            "hoạt tại các chi bộ, chi hội trên địa bàn huyện %s." % (p1, self.chuc(), p2, self.chuc(), self.dv(), self.dv(), r.randint(30, 480), H),
            "Theo báo cáo, thời gian qua việc triển khai %s đã đạt %d/%d chỉ tiêu; %d mô hình được nhân rộng, vận động "
            "được %s đồng từ các tổ chức, cá nhân và giúp %d hộ ở xã %s ổn định cuộc sống." % (
                v, r.randint(8, 19), r.randint(20, 24), r.randint(2, 40), "{:,}".format(r.randint(15, 990) * 1000000).replace(",", "."),
                r.randint(4, 160), X),
            "Bên cạnh kết quả đạt được, đồng chí %s thẳng thắn chỉ ra một số hạn chế: ở ấp %s việc %s còn lúng túng, %d "
            "đơn vị báo cáo chậm, nguồn lực chưa tương xứng và việc tuyên truyền trên mạng xã hội chưa thường xuyên." % (
                p2, A, v, r.randint(2, 15)),
            "Phát biểu chỉ đạo, đồng chí %s đề nghị các cấp tiếp tục bám sát cơ sở, cụ thể hoá %s thành kế hoạch, phấn đấu "
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
        a["chu_thich"] = "Các đại biểu tại %s. Ảnh: %s %s" % (r.choice(("hội nghị", "buổi ra quân", "buổi làm việc", "lễ trao quà")), r.choice(_HO), r.choice(_TEN))
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
                    "Thực tiễn ở huyện %s cho thấy, khi cấp uỷ quan tâm đúng mức thì %s đi vào chiều sâu; trong %d cuộc được "
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
                    "Ở ấp %s, chi bộ đã đưa nội dung %s vào sinh hoạt định kỳ hằng tháng, phân công %d đảng viên theo dõi từng "
                    "địa bàn; nhờ vậy số đơn thư vượt cấp giảm %d%% so với cùng kỳ, không còn vụ việc tồn đọng kéo dài." % (
                        r.choice(self.ap), v, r.randint(3, 19), r.randint(10, 80)))))
        a["doan"], a["muc"] = doan, muc
        a["chu_thich"] = ""
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice(("Ban Nội chính Tỉnh uỷ", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực IV")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("BNCTU", "LHH", "ĐUK", "BCĐ")))
        a["sapo"] = "%s thông báo để các cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện." % r.choice(_CO_QUAN[:5])
        who = self.dv()
        a["doan"] = [
            "Thực hiện kế hoạch năm 2025, %s thông báo tổ chức %s cho %d học viên, đoàn viên, hội viên là cán bộ chủ chốt của %s; "
            "thời gian từ ngày %d/%d đến ngày %d/%d/2025 tại hội trường %s." % (
                who, r.choice(CHU_DE[a["chu_de"]][1]), r.randint(30, 240), who, r.randint(1, 14), r.randint(6, 8), r.randint(15, 28), r.randint(8, 10), r.choice(_CO_QUAN)),
            "Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ phận thường trực trước ngày %d/%d/2025; liên hệ "
            "đồng chí %s, %s, số điện thoại 0%d.%d.%d để được hướng dẫn." % (
                r.randint(1, 28), r.randint(6, 9), self.nguoi(), self.chuc(), r.randint(270, 299), r.randint(380, 399), r.randint(100, 999)),
            "Kinh phí tổ chức thực hiện theo Quyết định số %d-QĐ/TU; học viên được cấp tài liệu, giấy chứng nhận sau khi hoàn thành "
            "chương trình và được tính vào kết quả bồi dưỡng năm %d của %d đơn vị trực thuộc." % (r.randint(100, 990), r.choice((2024, 2025)), r.randint(3, 40)),
        ]
        a["chu_thich"] = ""
        a["tac_gia"] = "Văn phòng"
# ==== KERNEL END ====

SITE = "Ban Nội chính Tỉnh uỷ Kiến Hoà"
DAY2_NOW = _dt.datetime(2025, 6, 25, 9, 40)
# slug, name, weight, kieu
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 5, "bai"),
    ("phong-chong-tham-nhung", "Phòng, chống tham nhũng", 3, "bai"),
    ("cai-cach-tu-phap", "Cải cách tư pháp", 2, "bai"),
    ("tiep-cong-dan", "Tiếp công dân", 2, "bai"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "dai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
RENAMED = ("phong-chong-tham-nhung", "phong-chong-tham-nhung-tieu-cuc", "Phòng, chống tham nhũng, tiêu cực")
HUYEN = ["Ba Tri", "Bình Đại", "Giồng Trôm", "Mỏ Cày", "Thạnh Phú", "Chợ Lách"]
XA = ["An Thuỷ", "Tân Xuân", "Thới Lai", "Phước Long", "Hương Mỹ", "Sơn Định"]
AP = ["Giồng Tre", "Cái Mơn", "Phú Lợi", "Bến Tranh", "An Bình", "Thạnh Hải"]
PER_PAGE = 10


def _soan(seed, n, tu, secs=SECTIONS):
    s = SoanTin(seed, n, [(k, w, "noichinh", kieu) for k, _, w, kieu in secs], HUYEN, XA, AP, tu_ngay=tu, id_dau=100,
                buoc=2, nguon="BNC", chu_de=["tham-nhung", "tu-phap", "tiep-dan", "noi-chinh"])
    for i, a in enumerate(s.items):
        if a["kieu"] == "thongbao":
            a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    return s.items


ARTS = _soan(17001, 72, _dt.datetime(2024, 9, 3, 7, 0))
_slugs = set()
for a in ARTS:
    s = duong_dan(a["tieu_de"], 80)
    while s in _slugs:
        s += "-2"
    _slugs.add(s)
    a["slug"] = s
    a["sec"] = a["cm"]
    a["pk"] = a["id"]
BY_PK = {a["pk"]: a for a in ARTS}

# ---- day-2 events (deterministic picks)
_r = _rnd.Random(17010)
MOVED = [a for a in ARTS if a["sec"] == RENAMED[0]]
_old = [a for a in ARTS if a["kieu"] == "bai" and BAY_GIO - a["ngay"] > _dt.timedelta(days=20)]
CORR1 = [a for a in _old if a["sec"] == "tin-hoat-dong" and any(h in a["tieu_de"] for h in HUYEN)][1]
_h = [h for h in HUYEN if h in CORR1["tieu_de"]][0]
CORR1["title1"] = CORR1["tieu_de"].replace(_h, HUYEN[(HUYEN.index(_h) + 2) % len(HUYEN)], 1)
CORR1["title2"] = CORR1["tieu_de"]
CORR1["para1"] = CORR1["doan"][1]
CORR1["para2"] = _re.sub(r"đạt (\d+)/(\d+) chỉ tiêu", lambda m: "đạt %d/%s chỉ tiêu" % (int(m.group(1)) - 1, m.group(2)), CORR1["doan"][1], 1)
CORR1["stamp"] = _dt.datetime(2025, 6, 24, 15, 20)
CORR2 = [a for a in _old if a["sec"] == "cai-cach-tu-phap"][2]
CORR2["para1"] = CORR2["doan"][2]
CORR2["para2"] = _re.sub(r"(\d+) đơn vị báo cáo chậm", lambda m: "%d đơn vị báo cáo chậm" % (int(m.group(1)) + 3), CORR2["doan"][2], 1)
assert CORR1["para1"] != CORR1["para2"] and CORR2["para1"] != CORR2["para2"]
PRIVATE = [a for a in ARTS if a["sec"] == "tin-hoat-dong" and _dt.datetime(2025, 5, 1) < a["ngay"] < _dt.datetime(2025, 6, 1)][0]

NEW2 = _soan(17002, 4, _dt.datetime(2024, 6, 1, 10, 0), [t for t in SECTIONS if t[3] == "bai"])
for i, a in enumerate(NEW2):
    a["pk"] = a["id"] = 300 + i
    a["sec"] = a["cm"] = ("tin-hoat-dong", "tiep-cong-dan", "tin-hoat-dong", "tin-hoat-dong")[i]
    a["kieu"] = "bai"
    a["ngay"] = (_dt.datetime(2025, 6, 24, 14, 5), _dt.datetime(2025, 6, 24, 16, 30), _dt.datetime(2025, 6, 25, 8, 15), None)[i]
LATE = NEW2[3]
LATE["went_live"] = _dt.datetime(2025, 6, 24, 20, 15)
NEW2 = NEW2[:3]
for a in NEW2 + [LATE]:
    s = duong_dan(a["tieu_de"], 80)
    while s in _slugs:
        s += "-2"
    _slugs.add(s)
    a["slug"] = s
    BY_PK[a["pk"]] = a
# the late draft: dated between the 22nd and 23rd article of its day-2 listing, so it is the 23rd (page 3)
_sec2 = sorted([a for a in ARTS + NEW2 if a["sec"] == "tin-hoat-dong" and a is not PRIVATE] + [PRIVATE], key=lambda a: a["ngay"], reverse=True)
_p, _n = _sec2[21]["ngay"], _sec2[22]["ngay"]
LATE["ngay"] = (_n + (_p - _n) / 2).replace(hour=9, minute=30, second=0, microsecond=0)
if not _n < LATE["ngay"] < _p:
    LATE["ngay"] = (_n + _dt.timedelta(minutes=30)).replace(second=0, microsecond=0)
assert _n < LATE["ngay"] < _p
LATE["sapo"] = "(BNC) - Ngày %d/%d, %s" % (LATE["ngay"].day, LATE["ngay"].month, LATE["sapo"].split(", ", 1)[1])

FEATURED = [a["pk"] for a in ARTS if a["kieu"] == "bai"][1:13:2]          # Wagtail alias pages under /tieu-diem/
DELETED = [("/tin-hoat-dong/hoi-nghi-giao-ban-cong-tac-noi-chinh-quy-iii-nam-2024/", "Hội nghị giao ban công tác nội chính quý III năm 2024"),
           ("/tiep-cong-dan/lich-tiep-cong-dan-cua-bi-thu-tinh-uy-thang-12-2024/", "Lịch tiếp công dân của Bí thư Tỉnh uỷ tháng 12/2024")]

# 'Xem thêm:' lines in bodies: most are Wagtail page links (rendered with the target's CURRENT url), some were pasted as text
XEM = {}
for h in ARTS:
    rr = _rnd.Random(h["pk"] * 7)
    if rr.random() > 0.22:
        continue
    older = [b for b in ARTS if b["ngay"] < h["ngay"] - _dt.timedelta(days=2)][:25]
    if older:
        XEM[h["pk"]] = (rr.choice(older)["pk"], rr.random() < 0.4)
_mv_host = [h for h in ARTS if h["ngay"] > MOVED[-1]["ngay"] + _dt.timedelta(days=3) and h["pk"] not in XEM and h["sec"] != RENAMED[0]][4]
XEM[_mv_host["pk"]] = (MOVED[-1]["pk"], True)                               # a pasted link to a moved article
_del_hosts = [h for h in ARTS if h["pk"] not in XEM and h["ngay"] > _dt.datetime(2025, 1, 10)]
DEL_LINK = {_del_hosts[2]["pk"]: DELETED[0], _del_hosts[9]["pk"]: DELETED[1]}

ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /_util/\nDisallow: /search/\nDisallow: /documents/\n\nSitemap: {o}/sitemap.xml\n"


class World:
    """Everything the site serves on one day."""

    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else DAY2_NOW
        self.secname = {k: n for k, n, _, _ in SECTIONS}
        self.secslug = {k: k for k, _, _, _ in SECTIONS}
        arts = list(ARTS)
        if day == 2:
            self.secname[RENAMED[0]] = RENAMED[2]
            self.secslug[RENAMED[0]] = RENAMED[1]
            arts = arts + NEW2 + [LATE]
        self.arts = sorted(arts, key=lambda a: (a["ngay"], a["pk"]), reverse=True)
        self.path = {a["pk"]: "/%s/%s/" % (self.secslug[a["sec"]], a["slug"]) for a in self.arts}
        self.by_path = {p: BY_PK[k] for k, p in self.path.items()}
        self.private = {PRIVATE["pk"]} if day == 2 else set()
        self.redirects = {}
        if day == 2:
            self.redirects["/%s/" % RENAMED[0]] = "/%s/" % RENAMED[1]
            for a in MOVED:
                self.redirects["/%s/%s/" % (RENAMED[0], a["slug"])] = self.path[a["pk"]]
        self.alias = {"/tieu-diem/%s/" % BY_PK[k]["slug"]: k for k in FEATURED}

    def title(self, a):
        if a is CORR1:
            return CORR1["title1"] if self.day == 1 else CORR1["title2"]
        return a["tieu_de"]

    def paras(self, a):
        out = list(a["doan"])
        if self.day == 2 and a is CORR1:
            out[1] = CORR1["para2"]
        elif self.day == 2 and a is CORR2:
            out[2] = CORR2["para2"]
        elif a is CORR1:
            out[1] = CORR1["para1"]
        return out

    def modified(self, a):
        if self.day == 2 and a is CORR1:
            return CORR1["stamp"]
        if self.day == 2 and a is CORR2:
            return _dt.datetime(2025, 6, 24, 17, 2)
        if a is LATE:
            return LATE["went_live"]
        return a["ngay"] + _dt.timedelta(minutes=7 + a["pk"] % 50)

    def in_sec(self, sec):
        return [a for a in self.arts if a["sec"] == sec]


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Tuesday 24/06/2025) or day 2 (Wednesday 25/06/2025)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


# ---------------------------------------------------------------- templates
def sec_url(w, sec, n=1):
    return "/%s/" % w.secslug[sec] + ("?page=%d" % n if n > 1 else "")


def week_of(d):
    y, wk, _ = d.isocalendar()
    return "/lich-cong-tac/%d/%d/" % (y, wk)


def page(tv, w, title, main, canonical=None, crumbs=(), sidebar=True, extra_head=""):
    o = tv.origin
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (sec_url(w, k), x(w.secname[k])) for k, _, _, _ in SECTIONS)
    crumb = ""
    if crumbs:
        crumb = '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>%s</ol></nav>' % "".join(
            '<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (h, x(t)) if h else '<li class="breadcrumb-item active">%s</li>' % x(t) for h, t in crumbs)
    side = ""
    if sidebar:
        side = ('<aside class="col-lg-4"><section class="block-tin-moi"><h2 class="block-title">Tin mới</h2><ul class="list-unstyled">%s</ul></section>'
                '<section class="block-lich"><h2 class="block-title">Lịch công tác</h2><p><a href="%s">Lịch công tác tuần này</a></p></section>'
                '<section class="block-lien-ket"><h2 class="block-title">Liên kết</h2><ul><li><a href="https://kienhoa.dcs.example/">Cổng TTĐT Đảng bộ tỉnh</a></li>'
                '<li><a href="https://noichinh.example/">Ban Nội chính Trung ương</a></li></ul></section></aside>') % (
            "".join('<li><a href="%s">%s</a> <small class="text-muted">(%s)</small></li>' % (w.path[a["pk"]], x(w.title(a)), ngay(a["ngay"])) for a in w.arts[:6]),
            week_of(w.now))
    head = '<link rel="canonical" href="%s%s">' % (o, canonical) if canonical else ""
    return Dapung(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>%s | %s</title>%s%s<link rel="alternate" type="application/rss+xml" href="%s/rss/" title="Tin mới">'
        '<link rel="stylesheet" href="/static/css/bannoichinh.min.css?v=5.1"></head><body class="template-%s">'
        '<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/static/img/logo.png" alt="">'
        '<span>BAN NỘI CHÍNH TỈNH UỶ KIẾN HOÀ</span></a><form class="search" action="/search/" method="get"><input name="query" placeholder="Tìm kiếm"></form></div>'
        '<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>%s'
        '<li class="nav-item"><a class="nav-link" href="/gioi-thieu/">Giới thiệu</a></li></ul></nav></header>'
        '<main class="container">%s<div class="row"><div class="col-lg-%d">%s</div>%s</div></main>'
        '<footer class="site-footer"><div class="container"><p>Cơ quan chủ quản: Ban Nội chính Tỉnh uỷ Kiến Hoà. Địa chỉ: 12 Đồng Khởi, phường An Hội, TP. Kiến Hoà.</p>'
        '<p><a href="/rss/">RSS</a> · <a href="/gioi-thieu/">Giới thiệu</a></p><p class="small">Phát triển trên nền Wagtail CMS</p></div></footer></body></html>' % (
            x(title), SITE, head, extra_head, o, "page", nav, crumb, 8 if sidebar else 12, main, side))


def item_html(w, a, cls="news-item", lead=True):
    return '<article class="%s"><h3><a href="%s">%s</a></h3><p class="meta"><time datetime="%s">%s</time></p>%s</article>' % (
        cls, w.path[a["pk"]], x(w.title(a)), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(a["ngay"]) + " " + gio(a["ngay"]),
        '<p class="intro">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv, w):
    feat = "".join('<div class="col-md-4"><a href="/tieu-diem/%s/">%s</a></div>' % (BY_PK[k]["slug"], x(w.title(BY_PK[k]))) for k in FEATURED)
    boxes = "".join('<section class="home-box"><h2><a href="%s">%s</a></h2>%s</section>' % (
        sec_url(w, k), x(w.secname[k]), "".join(item_html(w, a, "box-item", False) for a in w.in_sec(k)[:4])) for k, _, _, _ in SECTIONS)
    main = ('<section class="tieu-diem"><h2>Tiêu điểm</h2><div class="row">%s</div></section>'
            '<section class="tin-moi-nhat"><h2>Tin mới nhất</h2>%s</section>%s') % (feat, "".join(item_html(w, a) for a in w.arts[:8]), boxes)
    return page(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec):
    items = w.in_sec(sec)
    pages = chia(items, PER_PAGE)
    raw = tv.q.get("page", "1")
    n = int(raw) if _re.fullmatch(r"\d{1,5}", raw or "") else 1
    n = max(1, min(n, len(pages)))                       # Django Paginator.get_page(): out of range -> last page
    nums = [k for k in range(1, len(pages) + 1) if abs(k - n) <= 2]
    pager = '<nav><ul class="pagination">%s%s%s</ul></nav>' % (
        ('<li class="page-item"><a class="page-link" href="%s">« Đầu</a></li><li class="page-item"><a class="page-link" href="%s">‹ Trước</a></li>' % (
            sec_url(w, sec), sec_url(w, sec, n - 1))) if n > 1 else "",
        "".join('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if k == n else "", sec_url(w, sec, k), k) for k in nums),
        ('<li class="page-item"><a class="page-link" href="%s">Sau ›</a></li><li class="page-item"><a class="page-link" href="%s">Cuối »</a></li>' % (
            sec_url(w, sec, n + 1), sec_url(w, sec, len(pages)))) if n < len(pages) else "")
    main = '<h1 class="page-title">%s</h1>%s%s' % (x(w.secname[sec]), "".join(item_html(w, a) for a in pages[n - 1]), pager)
    return page(tv, w, w.secname[sec] + (" - Trang %d" % n if n > 1 else ""), main, sec_url(w, sec), [(None, w.secname[sec])])


def article(tv, w, a, canonical):
    paras = w.paras(a)
    body = []
    for i, p in enumerate(paras):
        if a.get("muc") and i in a["muc"]:
            body.append('<div class="block-heading"><h2>%s</h2></div>' % x(a["muc"][i]))
        body.append('<div class="block-paragraph"><p>%s</p></div>' % x(p))
        if i == 0 and a.get("chu_thich"):
            body.append('<div class="block-image"><figure><img src="/media/images/%d.2e16d0ba.fill-800x450.jpg" alt="%s"><figcaption>%s</figcaption></figure></div>' % (
                a["pk"], x(w.title(a)), x(a["chu_thich"])))
    if a["pk"] in XEM:
        t, pasted = XEM[a["pk"]]
        b = BY_PK[t]
        href = ("/%s/%s/" % (b["sec"], b["slug"])) if pasted else w.path[t]      # pasted text keeps the day-1 address
        body.append('<div class="block-paragraph"><p><strong>Xem thêm:</strong> <a href="%s">%s</a></p></div>' % (href, x(w.title(b))))
    if a["pk"] in DEL_LINK:
        body.append('<div class="block-paragraph"><p><strong>Xem thêm:</strong> <a href="%s">%s</a></p></div>' % DEL_LINK[a["pk"]])
    if w.day == 2 and a is CORR1:
        body.append('<div class="block-paragraph"><p><em>(Bài viết đã được biên tập lại tên địa danh và số liệu lúc 15 giờ 20 ngày 24/6/2025.)</em></p></div>')
    rel = [b for b in w.in_sec(a["sec"]) if b is not a][:5]
    upd = '<span class="updated">Cập nhật: %s %s</span>' % (ngay(CORR1["stamp"]), gio(CORR1["stamp"])) if (w.day == 2 and a is CORR1) else ""
    main = ('<article class="news-detail"><h1 class="title">%s</h1><div class="meta"><span class="date"><time datetime="%s">%s, %s %s</time></span>%s</div>'
            '<p class="intro"><strong>%s</strong></p><div class="body">%s</div><p class="author text-end"><strong>%s</strong></p>'
            '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.me/share?u=%s">Zalo</a></div></article>'
            '<section class="related"><h2>Tin liên quan</h2><ul>%s</ul></section>') % (
        x(w.title(a)), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), upd, x(a["sapo"]), "".join(body),
        x(a["tac_gia"]), ma_hoa(tv.origin + w.path[a["pk"]]), ma_hoa(tv.origin + w.path[a["pk"]]),
        "".join('<li><a href="%s">%s</a> (%s)</li>' % (w.path[b["pk"]], x(w.title(b)), ngay(b["ngay"])) for b in rel))
    og = '<meta property="og:title" content="%s"><meta property="og:url" content="%s%s"><meta property="og:type" content="article">' % (
        x(w.title(a)), tv.origin, canonical)
    return page(tv, w, w.title(a), main, canonical, [(sec_url(w, a["sec"]), w.secname[a["sec"]]), (None, w.title(a))], extra_head=og)


def calendar(tv, w, y, wk):
    try:
        mon = _dt.date.fromisocalendar(y, wk, 1)
    except ValueError:
        return not_found(tv, w)
    prev, nxt = mon - _dt.timedelta(days=7), mon + _dt.timedelta(days=7)
    rows = "".join("<tr><td>%s, %s</td><td>Làm việc tại cơ quan</td></tr>" % (thu(mon + _dt.timedelta(days=i)), ngay(mon + _dt.timedelta(days=i))) for i in range(5))
    main = ('<h1>Lịch công tác tuần %d/%d</h1><table class="table"><tbody>%s</tbody></table>'
            '<p><a href="/lich-cong-tac/%d/%d/">« Tuần trước</a> | <a href="/lich-cong-tac/%d/%d/">Tuần sau »</a></p>') % (
        wk, y, rows, prev.isocalendar()[0], prev.isocalendar()[1], nxt.isocalendar()[0], nxt.isocalendar()[1])
    return page(tv, w, "Lịch công tác tuần %d/%d" % (wk, y), main, None, [(None, "Lịch công tác")])


def not_found(tv, w):
    r = page(tv, w, "Không tìm thấy trang", '<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi.</p>', None, sidebar=False)
    r.status = 404
    return r


def handle(tv):
    w = W()
    p = tv.path
    o = tv.origin
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=o))
    if p == "/":
        return home(tv, w)
    if p == "/rss/":
        return rss(o, SITE + " - Tin mới", "/", [(w.title(a), w.path[a["pk"]], a["ngay"], a["sapo"]) for a in w.arts if a["pk"] not in w.private][:20])
    if p == "/sitemap.xml":
        rows = [("/", w.now - _dt.timedelta(hours=1), None)] + [(sec_url(w, k), None, None) for k, _, _, _ in SECTIONS]
        rows += [(w.path[a["pk"]], w.modified(a), None) for a in w.arts if a["pk"] not in w.private]
        return urlset(o, rows)
    if p == "/gioi-thieu/":
        return page(tv, w, "Giới thiệu", "<h1>Giới thiệu</h1><p>Ban Nội chính Tỉnh uỷ là cơ quan tham mưu, giúp việc của Tỉnh uỷ về công tác nội chính, "
                    "phòng, chống tham nhũng, lãng phí, tiêu cực và cải cách tư pháp.</p>", "/gioi-thieu/", [(None, "Giới thiệu")])
    if p.startswith("/_util/login/"):
        return page(tv, w, "Đăng nhập", '<h1>Trang này được bảo vệ</h1><form method="post" action="/_util/login/"><input name="username"><input type="password" name="password">'
                    '<button>Đăng nhập</button></form>', None, sidebar=False)
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4})/(\d{1,2})/", p)
    if m:
        return calendar(tv, w, int(m.group(1)), int(m.group(2)))
    if not p.endswith("/") and "." not in p.rsplit("/", 1)[-1]:
        return chuyen(p + "/" + ("?" + tv.query if tv.query else ""), 301)     # Django APPEND_SLASH
    if p in w.redirects:
        return chuyen(w.redirects[p], 301)                                    # wagtail.contrib.redirects (auto-created on move)
    for k, _, _, _ in SECTIONS:
        if p == "/%s/" % w.secslug[k]:
            return listing(tv, w, k)
    if p in w.alias:
        a = BY_PK[w.alias[p]]
        return article(tv, w, a, w.path[a["pk"]])
    a = w.by_path.get(p)
    if a is not None:
        if a["pk"] in w.private:
            return chuyen("/_util/login/?next=" + ma_hoa(p, safe=""), 302)
        return article(tv, w, a, p)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx"), ("X-Frame-Options", "DENY")])


# ---------------------------------------------------------------- manifests and ground truth
def _manifest(w):
    arts = {}
    for a in w.arts:
        if a["pk"] in w.private:
            continue
        p = w.path[a["pk"]]
        al = [k for k, v in w.alias.items() if v == a["pk"]] + [k for k, v in w.redirects.items() if v == p]
        arts[p] = {"title": w.title(a), "aliases": al}
    return {
        "family": "Wagtail 5 (Django 4.2) site of a provincial Party internal-affairs commission (Ban Nội chính Tỉnh uỷ Kiến Hoà; agency "
                  "Bootstrap 5 theme, hedged): ordinary site; day 2 renames a section (auto-created 301s for every child page), corrects two "
                  "articles, publishes an old draft with its old date and makes one article private",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/_util/", "/search/", "/documents/"],
        "trap_prefixes": ["/lich-cong-tac/"],
        "notes": (
            "Wagtail page tree: /<section>/<slug>/ (Django APPEND_SLASH: the slash-less form 301s), section index pages paged with "
            "?page=N (10 a page; Django Paginator.get_page: an out-of-range or non-numeric page shows the last / first page), "
            "'Tiêu điểm' Wagtail alias pages /tieu-diem/<slug>/ (same page, canonical = the original; aliases), /rss/ (20 newest), "
            "/sitemap.xml (wagtail.contrib.sitemaps; lastmod = last_published_at; private pages left out), body 'Xem thêm:' lines "
            "(Wagtail page links render the target's CURRENT url; some editors pasted the address as text, which keeps the old one), "
            "two deleted pages still linked from pasted lines (404), RoutablePage work calendar /lich-cong-tac/<year>/<week>/ "
            "« Tuần trước | Tuần sau » forever (trap). Day %d of two (set_day)." % w.day) + (
            "" if w.day == 1 else
            " DAY 2: section 'Phòng, chống tham nhũng' renamed 'Phòng, chống tham nhũng, tiêu cực', slug /phong-chong-tham-nhung/ -> "
            "/phong-chong-tham-nhung-tieu-cuc/; Wagtail moved its %d pages and auto-created a permanent (301) redirect for every old "
            "URL (aliases here); two corrections (one stamped 'Cập nhật:', one silent); an old draft (%s) published on 24/06 20:15 with "
            "its old date (23rd in 'Tin hoạt động' = page 3); one article made private (302 to /_util/login/, still in "
            "listings); three new articles." % (len(MOVED), ngay(LATE["ngay"]))),
    }


MANIFEST = _manifest(WORLDS[1])
MANIFEST_DAY2 = _manifest(WORLDS[2])


def _pub(a):
    return a["ngay"].strftime("%Y-%m-%d %H:%M")


def _e(kind, title, a, withdrawn, same, contains, lacks, why, url, checks):
    return {"kind": kind, "expect": {"title": title, "published": _pub(a), "withdrawn": withdrawn, "same_record_as": same,
                                     "body_contains": contains, "body_lacks": lacks}, "why": why, "day2_url": url, "checks": checks}


_w1, _w2 = WORLDS[1], WORLDS[2]
DAY2 = {}
for a in MOVED:
    old, new = _w1.path[a["pk"]], _w2.path[a["pk"]]
    DAY2[old] = _e("section_renamed", a["tieu_de"], a, False, old, a["doan"][0], None,
                   "The section was renamed; Wagtail moved the page to %s and answers the old address with a 301: the same article, one "
                   "record (re-keyed or aliased), not a new article and not a withdrawal." % new, new,
                   [{"path": old, "status": 301, "location": new}, {"path": new, "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s">' % new}])
_c1 = _w1.path[CORR1["pk"]]
DAY2[_c1] = _e("corrected_stamped", CORR1["title2"], CORR1, False, _c1, CORR1["para2"], CORR1["para1"],
               "Corrected on 24/06 15:20 (wrong district in the title, wrong figure in the 2nd paragraph; 'Cập nhật:' stamp and a note): "
               "the record must take the new title and text (keep the old as history), same record, publication date unchanged.", _c1,
               [{"path": _c1, "status": 200, "contains": "Cập nhật: 24/06/2025 15:20"}, {"path": sec_url(_w2, "tin-hoat-dong", 1) if _w2.in_sec("tin-hoat-dong").index(CORR1) < 10 else sec_url(_w2, "tin-hoat-dong", _w2.in_sec("tin-hoat-dong").index(CORR1) // 10 + 1), "status": 200, "contains": x(CORR1["title2"])}])
_c2 = _w1.path[CORR2["pk"]]
DAY2[_c2] = _e("corrected_silent", CORR2["tieu_de"], CORR2, False, _c2, CORR2["para2"], CORR2["para1"],
               "A figure in the 3rd paragraph was corrected on 24/06 17:02 with no stamp and no title change (only the sitemap lastmod "
               "moves): a re-crawl must notice the changed text and update the record.", _c2,
               [{"path": "/sitemap.xml", "status": 200, "contains": "<loc>http://replica.test:8080%s</loc><lastmod>2025-06-24T17:02:00+07:00</lastmod>" % _c2}])
_pv = _w1.path[PRIVATE["pk"]]
DAY2[_pv] = _e("withdrawn_private", PRIVATE["tieu_de"], PRIVATE, True, _pv, PRIVATE["doan"][0], None,
               "Made private on 24/06 (Wagtail privacy 'logged-in users only'): the URL now 302s to the login view /_util/login/ "
               "(robots-disallowed) while listings still link it. Keep the day-1 text, mark the record withdrawn; a login form is not "
               "the article.", None,
               [{"path": _pv, "status": 302, "location": "/_util/login/?next=" + ma_hoa(_pv, safe="")}])
_lt = _w2.path[LATE["pk"]]
_pg3 = sec_url(_w2, "tin-hoat-dong", 3)
DAY2[_lt] = _e("late_backdated", LATE["tieu_de"], LATE, False, None, LATE["doan"][0], None,
               "A draft of %s published on 24/06/2025 20:15 (last_published_at) with its original date: it is the 23rd item of "
               "'Tin hoạt động', on listing page 3 only, not on the home page or in 'Tin mới'. A re-crawl that stops at known "
               "links on page 1 misses it; its publication date is the printed one." % ngay(LATE["ngay"]), _lt,
               [{"path": _pg3, "status": 200, "contains": 'href="%s"' % _lt}, {"path": sec_url(_w2, "tin-hoat-dong", 2), "status": 200, "not_contains": 'href="%s"' % _lt},
                {"path": sec_url(_w2, "tin-hoat-dong", 1), "status": 200, "not_contains": 'href="%s"' % _lt}, {"path": "/", "status": 200, "not_contains": 'href="%s"' % _lt},
                {"path": "/sitemap.xml", "status": 200, "contains": "<loc>http://replica.test:8080%s</loc><lastmod>2025-06-24T20:15:00+07:00</lastmod>" % _lt}])
for a in NEW2:
    p = _w2.path[a["pk"]]
    DAY2[p] = _e("new", a["tieu_de"], a, False, None, a["doan"][0], None, "An ordinary article published between the two crawls.", p, [])

SELFTEST = [
    {"path": "/", "status": 200, "contains": "/tieu-diem/"},
    {"path": sec_url(_w1, "tin-hoat-dong", 99), "status": 200, "contains": "page-item active"},
    {"path": _c1, "status": 200, "contains": x(CORR1["title1"])},
    {"path": _c1[:-1], "status": 301, "location": _c1},
    {"path": DELETED[0][0], "status": 404},
    {"path": "/phong-chong-tham-nhung-tieu-cuc/", "status": 404},
    {"path": _lt, "status": 404},
]
SELFTEST_DAY2 = [
    {"path": "/phong-chong-tham-nhung/", "status": 301, "location": "/phong-chong-tham-nhung-tieu-cuc/"},
    {"path": _c1, "status": 200, "not_contains": x(CORR1["title1"])},
    {"path": "/tieu-diem/%s/" % MOVED[0]["slug"], "status": 404} if MOVED[0]["pk"] not in FEATURED else {"path": "/", "status": 200},
    {"path": _w2.path[_mv_host["pk"]], "status": 200, "contains": 'href="%s"' % _w1.path[MOVED[-1]["pk"]]},
    {"path": DELETED[1][0], "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /<section>/[?page=N] -> /<section>/<slug>/",
               "/ -> Tiêu điểm -> /tieu-diem/<slug>/ (Wagtail alias page, canonical = the original)",
               "day 2: /phong-chong-tham-nhung/<slug>/ -> 301 -> /phong-chong-tham-nhung-tieu-cuc/<slug>/"],
    "alias_kinds": ["Wagtail alias page /tieu-diem/<slug>/ (200, canonical)", "day 2: the old /phong-chong-tham-nhung/<slug>/ (301 to the new path)"],
    "quirks": ["Django APPEND_SLASH 301s", "Paginator.get_page clamps ?page= to the last page", "Wagtail alias pages under /tieu-diem/",
               "Xem thêm lines: page links follow a move, pasted addresses do not", "deleted pages linked from pasted lines (404)",
               "work-calendar trap /lich-cong-tac/<y>/<w>/",
               "DAY 2: section renamed -> %d articles move, 301 from the old URLs" % len(MOVED),
               "DAY 2: one stamped correction (title + paragraph), one silent correction (paragraph)",
               "DAY 2: an old draft published late with its old date (page 3 of its listing)", "DAY 2: one article made private (302 -> /_util/login/)",
               "DAY 2: three ordinary new articles"],
    "not_articles": [p for p, _ in DELETED],
    "not_articles_day2": [p for p, _ in DELETED] + [_pv],
    "day2": DAY2,
}
