"""Set 17 site C: Đảng uỷ Khối Doanh nghiệp tỉnh Long Xuyên on an Astro 4 static site built from Strapi 4 (agency build,
served by nginx; markup hedged).

Blind replica (stdlib only): WSGI `app`, `MANIFEST` (day 1), `MANIFEST_DAY2`, `SUMMARY` (with SUMMARY["day2"]),
`SELFTEST`, `SELFTEST_DAY2`, and `set_day(1|2)` switching the whole site between Tuesday 24/06/2025 09:40 (day 1) and
Wednesday 25/06/2025 09:40 (day 2).  Day 2 is the first build on a new CI runner: the news permalink changed from
/tin-tuc/<slug>/ to /tin-tuc/<yyyy>/<mm>/<slug>/ with NO redirects (the deploy replaces the whole folder: old URLs 404),
every printed date is in UTC (7 hours early; early-morning items show the previous day), one article was published a
second time as a new Strapi entry (slug '-1'), one was deleted, three are new.
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

SITE = "Đảng uỷ Khối Doanh nghiệp tỉnh Long Xuyên"
DAY2_NOW = _dt.datetime(2025, 6, 25, 9, 40)
UTC = _dt.timedelta(hours=7)
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 5, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", 3, "bai"),
    ("san-xuat-kinh-doanh", "Sản xuất - Kinh doanh", 2, "bai"),
    ("cong-doan-doan-the", "Công đoàn - Đoàn thể", 2, "bai"),
    ("guong-dien-hinh", "Gương điển hình", 1, "bai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
SECNAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Chợ Mới", "Châu Phú", "Thoại Sơn", "Tri Tôn", "Phú Tân", "Tịnh Biên"]
XA = ["Mỹ Hội Đông", "Bình Mỹ", "Vọng Thê", "Lương Phi", "Phú Thạnh", "Nhơn Hưng"]
AP = ["Long Hoà", "Bình Thới", "Tây Khánh", "Mỹ Phú", "Phú Hiệp", "An Thạnh"]
PER_PAGE = 9


def _soan(seed, n, tu, secs=SECTIONS):
    s = SoanTin(seed, n, [(k, w, "doanhnghiep", kieu) for k, _, w, kieu in secs], HUYEN, XA, AP, tu_ngay=tu, id_dau=1, buoc=1,
                nguon="ĐUK", chu_de=["doanh-nghiep", "dang-doanh-nghiep", "cong-doan"])
    for i, a in enumerate(s.items):
        if a["kieu"] == "thongbao":
            a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    return s.items


ARTS = _soan(17201, 66, _dt.datetime(2024, 9, 4, 7, 0))
for i, a in enumerate(ARTS):
    if i % 11 == 5:                                  # 'Tin sáng': items put online before 07:00
        a["ngay"] = a["ngay"].replace(hour=5 + i % 2, minute=(10 + 7 * i) % 60)
ARTS.sort(key=lambda a: (a["ngay"], a["id"]), reverse=True)
_slugs = set()


def _slug(a):
    s = duong_dan(a["tieu_de"], 90)
    while s in _slugs:
        s += "-2"
    _slugs.add(s)
    return s


for a in ARTS:
    a["slug"] = _slug(a)
BY_ID = {a["id"]: a for a in ARTS}
NEWS = [a for a in ARTS if a["cm"] != "thong-bao"]
DELETED2 = [a for a in NEWS if a["ngay"] > _dt.datetime(2025, 3, 1)][9]
DUP_OF = [a for a in NEWS if a["ngay"] < BAY_GIO - _dt.timedelta(hours=20)][0]
DUP = dict(DUP_OF, id=900, slug=DUP_OF["slug"] + "-1")
NEW2 = _soan(17202, 3, _dt.datetime(2024, 6, 1, 7, 0), [t for t in SECTIONS if t[3] == "bai"])
for i, a in enumerate(NEW2):
    a["id"] = 901 + i
    a["ngay"] = (_dt.datetime(2025, 6, 24, 11, 20), _dt.datetime(2025, 6, 24, 15, 45), _dt.datetime(2025, 6, 25, 6, 30))[i]
    a["slug"] = _slug(a)
    BY_ID[a["id"]] = a
ROBOTS = "User-agent: *\nDisallow: /preview/\nDisallow: /api/\n\nSitemap: {o}/sitemap-index.xml\n"


def week_key(d):
    y, w, _ = d.isocalendar()
    return "%d-%02d" % (y, w)


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else DAY2_NOW
        arts = list(ARTS)
        if day == 2:
            arts = [a for a in arts if a is not DELETED2] + NEW2 + [DUP]
        self.arts = sorted(arts, key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.path = {a["id"]: self.permalink(a) for a in self.arts}
        self.by_path = {p: BY_ID.get(k) or DUP for k, p in self.path.items()}
        # weekly newsletters (Strapi rich text: links typed in with the address of the day they were sent, plus utm tags)
        self.ban_tin = {}
        for k in range(4):
            end = BAY_GIO - _dt.timedelta(days=7 * k + 1)
            key = week_key(end)
            items = [a for a in ARTS if end - _dt.timedelta(days=7) < a["ngay"] <= end and a["cm"] != "thong-bao"][:5]
            if items:
                self.ban_tin[key] = items

    def permalink(self, a):
        if a["cm"] == "thong-bao":
            return "/thong-bao/%s/" % a["slug"]
        if self.day == 1:
            return "/tin-tuc/%s/" % a["slug"]
        u = a["ngay"] - UTC                           # the build derives the folder from the (UTC) date
        return "/tin-tuc/%04d/%02d/%s/" % (u.year, u.month, a["slug"])

    def shown(self, d):
        """The printed date: local time on day 1, UTC on day 2 (the new CI runner has TZ=UTC)."""
        return d if self.day == 1 else d - UTC

    def iso(self, d):
        return d.strftime("%Y-%m-%dT%H:%M:%S+07:00") if self.day == 1 else (d - UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Tuesday 24/06/2025) or day 2 (Wednesday 25/06/2025)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def cat_url(sec, n=1):
    return "/chuyen-muc/%s/" % sec + ("%d/" % n if n > 1 else "")


def printed(w, d):
    s = w.shown(d)
    return "%s %s" % (ngay(s), gio(s))


def shell(tv, w, title, main, canonical=None, extra="", status=200):
    o = tv.origin
    nav = "".join('<li><a href="%s">%s</a></li>' % (cat_url(k), x(n)) for k, n, _, _ in SECTIONS)
    return Dapung(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        '<title>%s | Đảng uỷ Khối Doanh nghiệp tỉnh Long Xuyên</title>%s%s<meta name="generator" content="Astro v4.16.7">'
        '<link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" type="application/rss+xml" href="%s/rss.xml">'
        '<link rel="stylesheet" href="/_astro/index.B3kd9x2A.css"></head><body>'
        '<header class="site-header" data-astro-cid-3ef6ksr2><a href="/" class="brand">ĐẢNG UỶ KHỐI DOANH NGHIỆP TỈNH LONG XUYÊN</a>'
        '<nav><ul><li><a href="/">Trang chủ</a></li>%s<li><a href="/ban-tin/">Bản tin tuần</a></li></ul></nav></header>'
        '<main data-astro-cid-3ef6ksr2>%s</main><footer><p>© 2025 Đảng uỷ Khối Doanh nghiệp tỉnh Long Xuyên. 05 Lê Lợi, phường Mỹ Bình, TP. Long Xuyên.</p>'
        '<p><a href="/rss.xml">RSS</a> · <a href="/gioi-thieu/">Giới thiệu</a></p><p class="build">Bản dựng: %s</p></footer></body></html>' % (
            x(title), '<link rel="canonical" href="%s%s">' % (o, canonical) if canonical else "", extra, o, nav, main,
            printed(w, w.now - _dt.timedelta(hours=9, minutes=10))), status)


def teaser(w, a, lead=True):
    return '<article class="teaser"><h3><a href="%s">%s</a></h3><time datetime="%s">%s</time>%s</article>' % (
        w.path[a["id"]], x(a["tieu_de"]), w.iso(a["ngay"]), printed(w, a["ngay"]), "<p>%s</p>" % x(a["sapo"]) if lead else "")


def home(tv, w):
    main = '<section class="hero">%s</section><section class="latest"><h2>Tin mới</h2>%s</section>' % (
        teaser(w, w.arts[0]), "".join(teaser(w, a) for a in w.arts[1:9]))
    main += "".join('<section class="cat"><h2><a href="%s">%s</a></h2>%s</section>' % (cat_url(k), x(n), "".join(teaser(w, a, False) for a in w.in_sec(k)[:4]))
                    for k, n, _, _ in SECTIONS)
    return shell(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec, n):
    pages = chia(w.in_sec(sec), PER_PAGE)
    if not 1 <= n <= len(pages):
        return not_found(tv, w)
    nav = '<nav class="pager">%s<span>Trang %d / %d</span>%s</nav>' % (
        '<a rel="prev" href="%s">← Trang trước</a>' % cat_url(sec, n - 1) if n > 1 else "", n, len(pages),
        '<a rel="next" href="%s">Trang sau →</a>' % cat_url(sec, n + 1) if n < len(pages) else "")
    return shell(tv, w, SECNAME[sec], '<h1>%s</h1>%s%s' % (x(SECNAME[sec]), "".join(teaser(w, a) for a in pages[n - 1]), nav), cat_url(sec, n))


def article(tv, w, a, path):
    body = "".join("<p>%s</p>" % x(p) for p in a["doan"])
    if a.get("chu_thich"):
        body = body.replace("</p>", '</p><figure><img src="/uploads/%s_%d.webp" alt=""><figcaption>%s</figcaption></figure>' % (a["slug"][:20], a["id"], x(a["chu_thich"])), 1)
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:4]
    main = ('<article class="post"><nav class="crumbs"><a href="/">Trang chủ</a> / <a href="%s">%s</a></nav><h1>%s</h1>'
            '<p class="meta"><time datetime="%s">%s</time> · %s</p><p class="lead"><strong>%s</strong></p><div class="prose">%s</div>'
            '<p class="author">%s</p></article><aside class="related"><h2>Cùng chuyên mục</h2><ul>%s</ul></aside>') % (
        cat_url(a["cm"]), x(SECNAME[a["cm"]]), x(a["tieu_de"]), w.iso(a["ngay"]), printed(w, a["ngay"]), x(SECNAME[a["cm"]]), x(a["sapo"]), body,
        x(a["tac_gia"]), "".join('<li><a href="%s">%s</a></li>' % (w.path[b["id"]], x(b["tieu_de"])) for b in rel))
    og = '<meta property="og:url" content="%s%s"><meta property="article:published_time" content="%s">' % (tv.origin, path, w.iso(a["ngay"]))
    return shell(tv, w, a["tieu_de"], main, path, og)


def ban_tin(tv, w, key):
    items = w.ban_tin.get(key)
    if not items:
        return not_found(tv, w)
    links = "".join('<li><a href="/tin-tuc/%s/?utm_source=ban-tin&amp;utm_medium=email&amp;utm_campaign=%s">%s</a></li>' % (a["slug"], key, x(a["tieu_de"])) for a in items)
    return shell(tv, w, "Bản tin tuần %s" % key, "<h1>Bản tin tuần %s</h1><ul>%s</ul>" % (key, links), "/ban-tin/%s/" % key)


def not_found(tv, w):
    return shell(tv, w, "404", "<h1>404: Không tìm thấy</h1><p>Trang không tồn tại.</p>", status=404)


def handle(tv):
    w = W()
    p, o = tv.path, tv.origin
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=o))
    if p == "/":
        return home(tv, w)
    if p == "/rss.xml":
        return rss(o, SITE, "/", [(a["tieu_de"], w.path[a["id"]], a["ngay"], a["sapo"]) for a in w.arts[:20]])
    if p == "/sitemap-index.xml":
        return sitemapindex(o, [("/sitemap-0.xml", None)])
    if p == "/sitemap-0.xml":
        return urlset(o, [("/", None, None), ("/ban-tin/", None, None)] + [(cat_url(k), None, None) for k in SECNAME] + [(w.path[a["id"]], None, None) for a in w.arts])
    if p == "/gioi-thieu/":
        return shell(tv, w, "Giới thiệu", "<h1>Giới thiệu</h1><p>Đảng bộ Khối Doanh nghiệp tỉnh có 86 tổ chức cơ sở đảng với hơn 3.900 đảng viên.</p>", p)
    if p == "/ban-tin/":
        return shell(tv, w, "Bản tin tuần", "<h1>Bản tin tuần</h1><ul>%s</ul>" % "".join('<li><a href="/ban-tin/%s/">Bản tin tuần %s</a></li>' % (k, k) for k in w.ban_tin), p)
    m = _re.fullmatch(r"/ban-tin/(\d{4}-\d{2})/", p)
    if m:
        return ban_tin(tv, w, m.group(1))
    if not p.endswith("/") and "." not in p.rsplit("/", 1)[-1]:
        return chuyen(p + "/" + ("?" + tv.query if tv.query else ""), 301)      # nginx try_files $uri/ -> 301
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:(\d{1,4})/)?", p)
    if m and m.group(1) in SECNAME:
        return listing(tv, w, m.group(1), int(m.group(2) or 1))
    a = w.by_path.get(p)
    if a is not None:
        return article(tv, w, a, p)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx/1.24.0")])


def _utm_aliases(w):
    out = {}
    if w.day == 1:
        for key, items in w.ban_tin.items():
            for a in items:
                out.setdefault(a["id"], []).append("/tin-tuc/%s/?utm_source=ban-tin&utm_medium=email&utm_campaign=%s" % (a["slug"], key))
    return out


def _manifest(w):
    utm = _utm_aliases(w)
    arts = {w.path[a["id"]]: {"title": a["tieu_de"], "aliases": utm.get(a["id"], [])} for a in w.arts if a is not DUP}
    if w.day == 2:
        arts[w.path[DUP_OF["id"]]]["aliases"].append(w.path[DUP["id"]])
    return {
        "family": "Astro 4 static site built from Strapi 4 (agency build, nginx; hedged) of a provincial Party committee of state and private "
                  "enterprises (Đảng uỷ Khối Doanh nghiệp tỉnh Long Xuyên): ordinary site; day 2's build changes the news permalink without "
                  "redirects, prints every date in UTC and publishes one article twice",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/preview/", "/api/"],
        "trap_prefixes": [],
        "notes": (
            "Static pages (Astro directory format; nginx 301s the slash-less form): news /tin-tuc/<slug>/ on day 1, notices /thong-bao/<slug>/, "
            "category lists /chuyen-muc/<cat>/ and /chuyen-muc/<cat>/<n>/ (Astro paginate, 9 a page, prev / next only, past the end 404), "
            "weekly newsletters /ban-tin/<yyyy-ww>/ whose hand-typed links carry ?utm_source=ban-tin&utm_medium=email&utm_campaign=… "
            "(aliases on day 1), /rss.xml (20), /sitemap-index.xml -> /sitemap-0.xml (no lastmod). Dates printed 'dd/mm/yyyy HH:MM' with "
            "<time datetime>. Static: no calendar, no trap. Day %d of two (set_day)." % w.day) + ("" if w.day == 1 else (
            " DAY 2 (first build on a new CI runner): news permalink /tin-tuc/<yyyy>/<mm>/<slug>/ (yyyy/mm of the UTC date), old "
            "/tin-tuc/<slug>/ URLs 404 (no redirects; the newsletters still link them); every printed date and <time datetime> in UTC "
            "('…Z'; 7 h early, items before 07:00 show the previous day); article '%s' published a second time as a new entry "
            "(%s; alias here); one article deleted (404 everywhere); three new articles." % (DUP_OF["tieu_de"], w.path[DUP["id"]]))),
    }


MANIFEST = _manifest(WORLDS[1])
MANIFEST_DAY2 = _manifest(WORLDS[2])
_w1, _w2 = WORLDS[1], WORLDS[2]


def _e(kind, a, withdrawn, same, why, url, checks):
    e = {"kind": kind, "expect": {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                                  "same_record_as": same, "body_contains": a["doan"][0], "body_lacks": None}, "why": why, "day2_url": url, "checks": checks}
    e["page_date_day2"] = None if withdrawn else printed(_w2, a["ngay"])
    return e


DAY2 = {}
for a in ARTS:
    old = _w1.path[a["id"]]
    if a is DELETED2:
        DAY2[old] = _e("withdrawn_deleted", a, True, old,
                       "Deleted in Strapi before the day-2 build: 404 at the old address AND absent from the new scheme, listings, feed "
                       "and sitemap. Unlike the moved articles it is really gone: keep the day-1 record, mark it withdrawn.", None,
                       [{"path": old, "status": 404}, {"path": _w2.permalink(a), "status": 404}])
        continue
    new = _w2.path[a["id"]]
    date_check = {"path": new, "status": 200, "contains": "%s</time>" % printed(_w2, a["ngay"])}
    if old == new:
        DAY2[old] = _e("utc_date", a, False, old,
                       "Same URL, but the day-2 build prints the date in UTC (%s for %s local): the record's publication time must stay "
                       "the local one; a re-crawl must not re-date it." % (printed(_w2, a["ngay"]), printed(_w1, a["ngay"])), new, [date_check])
    else:
        DAY2[old] = _e("moved_no_redirect", a, False, old,
                       "The permalink changed to %s with no redirect: the old URL 404s and the same article (same title, lead, text and "
                       "date) is at the new address. The archive truth: ONE record, moved (re-keyed or aliased to the new URL), not a "
                       "withdrawal plus a new article. The page now prints the date in UTC (%s); the publication time stays local." % (
                           new, printed(_w2, a["ngay"])), new, [{"path": old, "status": 404}, date_check])
_dp = _w2.path[DUP["id"]]
DAY2[_dp] = _e("duplicate_publication", DUP, False, _w1.path[DUP_OF["id"]],
               "The same article entered and published a second time in Strapi on 24/06 (new entry, slug '-1', same title, date and "
               "text, both listed): one article, one record; the copy is an alias, not a second article.", _dp,
               [{"path": _dp, "status": 200, "contains": x(DUP_OF["doan"][0])}, {"path": cat_url(DUP_OF["cm"]), "status": 200, "contains": 'href="%s"' % _dp}])
for a in NEW2:
    p = _w2.path[a["id"]]
    DAY2[p] = _e("new", a, False, None, "An ordinary article published between the two crawls (dates printed in UTC).", p, [])
_early = [a for a in ARTS if a["ngay"].hour < 7 and a is not DELETED2][0]
_bt_key, _bt_items = next(iter(_w1.ban_tin.items()))
SELFTEST = [
    {"path": _w1.path[_early["id"]], "status": 200, "contains": "%s</time>" % printed(_w1, _early["ngay"])},
    {"path": "/ban-tin/%s/" % _bt_key, "status": 200, "contains": "utm_campaign=%s" % _bt_key},
    {"path": cat_url("tin-hoat-dong", 99), "status": 404},
    {"path": _w1.path[NEWS[0]["id"]][:-1], "status": 301, "location": _w1.path[NEWS[0]["id"]]},
    {"path": _w2.path[NEWS[0]["id"]], "status": 404},
]
SELFTEST_DAY2 = [
    {"path": _w2.path[_early["id"]], "status": 200, "contains": "%s</time>" % printed(_w2, _early["ngay"])},
    {"path": _w2.path[_early["id"]], "status": 200, "contains": ".000Z"},
    {"path": "/ban-tin/%s/" % _bt_key, "status": 200, "contains": "/tin-tuc/%s/?utm_source" % _bt_items[0]["slug"]},
    {"path": "/tin-tuc/%s/?utm_source=ban-tin&utm_medium=email&utm_campaign=%s" % (_bt_items[0]["slug"], _bt_key), "status": 404},
]
assert _w2.shown(_early["ngay"]).date() != _early["ngay"].date()
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat>/[<n>/] -> /tin-tuc/<slug>/ (day 1) | /tin-tuc/<yyyy>/<mm>/<slug>/ (day 2) | /thong-bao/<slug>/",
               "/ -> /ban-tin/ -> /ban-tin/<yyyy-ww>/ -> /tin-tuc/<slug>/?utm_source=ban-tin&… (day 1 alias; 404 on day 2)"],
    "alias_kinds": ["newsletter links with utm_ parameters (200, canonical; day 1 only)", "day 2: the duplicate publication /tin-tuc/<yyyy>/<mm>/<slug>-1/ (200, self-canonical, same text)"],
    "quirks": ["nginx slash-less 301", "Astro paginate: prev / next only, past the end 404", "hand-typed newsletter links with utm tags",
               "static: no calendar, no trap",
               "DAY 2: news permalink changed to /tin-tuc/<yyyy>/<mm>/<slug>/ with NO redirects (%d articles; old URLs 404)" % len([k for k, v in DAY2.items() if v["kind"] == "moved_no_redirect"]),
               "DAY 2: every printed date and <time datetime> in UTC (early items show the previous day)",
               "DAY 2: one article published twice (second entry '-1')", "DAY 2: one article deleted", "DAY 2: three new articles"],
    "not_articles": [],
    "not_articles_day2": [_w1.path[DELETED2["id"]]],
    "day2": DAY2,
}
