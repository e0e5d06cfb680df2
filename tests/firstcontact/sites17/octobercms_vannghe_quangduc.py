"""Set 17 site B: Liên hiệp các Hội Văn học Nghệ thuật tỉnh Quảng Đức ('Văn nghệ Quảng Đức') on October CMS 3 + RainLab.Blog
(Laravel 10; agency theme, markup hedged).

Blind replica (stdlib only): WSGI `app`, `MANIFEST` (day 1), `MANIFEST_DAY2`, `SUMMARY` (with SUMMARY["day2"]),
`SELFTEST`, `SELFTEST_DAY2`, and `set_day(1|2)` switching the whole site between Tuesday 24/06/2025 09:40 (day 1) and
Wednesday 25/06/2025 09:40 (day 2).  Day 2: posts published before 01/11/2024 answer 200 with a maintenance notice
(their media are being moved), one post unpublished (404), one hidden (200 'Bài viết không tồn tại'), one notice record
reused by an editor for a different notice (the old /bai-viet/<id>/<slug> 301s to a different article), three new posts.
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

SITE = "Liên hiệp các Hội Văn học Nghệ thuật tỉnh Quảng Đức"
DAY2_NOW = _dt.datetime(2025, 6, 25, 9, 40)
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 5, "bai"),
    ("van-hoc", "Văn học", 3, "bai"),
    ("my-thuat-nhiep-anh", "Mỹ thuật - Nhiếp ảnh", 2, "bai"),
    ("san-khau-am-nhac", "Sân khấu - Âm nhạc", 2, "bai"),
    ("ly-luan-phe-binh", "Lý luận - Phê bình", 1, "dai"),
    ("thong-bao", "Thông báo", 2, "thongbao"),
]
SECNAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Gia Nghĩa", "Đắk Mil", "Đắk Song", "Krông Nô", "Cư Jút", "Tuy Đức"]
XA = ["Quảng Thành", "Nâm N'Jang", "Đức Minh", "Thuận An", "Đắk Sắk", "Quảng Tân"]
AP = ["Bon Bu Prăng", "Thôn 3", "Bon Đắk R'moan", "Thôn Thuận Hạnh", "Bon Ja Lú", "Thôn 10"]
PER_PAGE = 8
MAINT_BEFORE = _dt.datetime(2024, 11, 1)
MAINT_TEXT = "Hệ thống đang bảo trì, vui lòng quay lại sau. Xin cảm ơn!"
SOFT_TEXT = "Bài viết không tồn tại hoặc đã bị gỡ bỏ."


def _soan(seed, n, tu, secs=SECTIONS):
    s = SoanTin(seed, n, [(k, w, "vannghe", kieu) for k, _, w, kieu in secs], HUYEN, XA, AP, tu_ngay=tu, id_dau=380, buoc=3,
                nguon="VNQĐ", chu_de=["van-hoc", "my-thuat", "san-khau", "van-hoa"])
    for i, a in enumerate(s.items):
        if a["kieu"] == "thongbao":
            a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    return s.items


ARTS = _soan(17101, 80, _dt.datetime(2024, 9, 2, 7, 0))
_slugs = set()


def _slug(a):
    s = duong_dan(a["tieu_de"], 90)
    while s in _slugs:
        s += "-1"
    _slugs.add(s)
    return s


for a in ARTS:
    a["slug"] = _slug(a)
BY_ID = {a["id"]: a for a in ARTS}

# ---- day-2 events
MAINT = [a for a in ARTS if a["ngay"] < MAINT_BEFORE]
_2025 = [a for a in ARTS if a["ngay"] > _dt.datetime(2025, 2, 1)]
GONE404 = [a for a in _2025 if a["cm"] == "tin-hoat-dong"][6]
SOFT = [a for a in _2025 if a["cm"] == "van-hoc"][3]
REUSED = [a for a in _2025 if a["cm"] == "thong-bao"][1]
_nb = _soan(17102, 3, _dt.datetime(2024, 6, 1, 7, 0), [t for t in SECTIONS if t[0] == "thong-bao"])[0]
REUSE_NEW = {"id": REUSED["id"], "cm": "thong-bao", "kieu": "thongbao", "tieu_de": _nb["tieu_de"], "ngay": _dt.datetime(2025, 6, 24, 15, 0),
             "sapo": _nb["sapo"], "doan": _nb["doan"], "chu_thich": "", "tac_gia": "Văn phòng Liên hiệp Hội", "so_hieu": _nb["so_hieu"], "xem": 12}
REUSE_NEW["slug"] = _slug(REUSE_NEW)
assert REUSE_NEW["tieu_de"] != REUSED["tieu_de"]
NEW2 = _soan(17103, 3, _dt.datetime(2024, 6, 1, 7, 0), [t for t in SECTIONS if t[3] == "bai"])
for i, a in enumerate(NEW2):
    a["id"] = 700 + 3 * i
    a["ngay"] = (_dt.datetime(2025, 6, 24, 10, 40), _dt.datetime(2025, 6, 24, 16, 5), _dt.datetime(2025, 6, 25, 7, 50))[i]
    a["slug"] = _slug(a)
    BY_ID[a["id"]] = a
DELETED = [("/bai-viet/377/trien-lam-anh-nghe-thuat-quang-duc-xua-va-nay", "Triển lãm ảnh nghệ thuật 'Quảng Đức xưa và nay'")]

# 'Xem thêm:' lines pasted by editors (the address as it was when the host post was written)
XEM = {}
for h in ARTS:
    rr = _rnd.Random(h["id"] * 11)
    if rr.random() > 0.2:
        continue
    older = [b for b in ARTS if b["ngay"] < h["ngay"] - _dt.timedelta(days=2)][:25]
    if older:
        XEM[h["id"]] = rr.choice(older)["id"]
_reuse_host = [h for h in ARTS if h["ngay"] > REUSED["ngay"] + _dt.timedelta(days=2) and h["id"] not in XEM
               and h not in (GONE404, SOFT, REUSED)][0]
XEM[_reuse_host["id"]] = REUSED["id"]
_del_host = [h for h in ARTS if h["id"] not in XEM and _dt.datetime(2025, 1, 5) < h["ngay"] and h not in (GONE404, SOFT, REUSED)][3]
ROBOTS = "User-agent: *\nDisallow: /backend\nDisallow: /tim-kiem\nDisallow: /storage/temp/\n\nSitemap: {o}/sitemap.xml\n"


def post_url(a):
    return "/bai-viet/%d/%s" % (a["id"], a["slug"])


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else DAY2_NOW
        arts = list(ARTS)
        self.maint, self.soft = set(), set()
        if day == 2:
            arts = [a for a in arts if a is not GONE404 and a is not REUSED] + NEW2 + [REUSE_NEW]
            self.maint = {a["id"] for a in MAINT}
            self.soft = {SOFT["id"]}
        self.arts = sorted(arts, key=lambda a: (a["ngay"], a["id"]), reverse=True)
        self.by_id = {a["id"]: a for a in self.arts}
        self.listed = [a for a in self.arts if a["id"] not in self.soft]
        doc = sorted([a for a in ARTS if a["ngay"] < self.now - _dt.timedelta(days=3)], key=lambda a: (-a["xem"], a["id"]))[:5]
        if day == 2 and SOFT not in doc:
            doc = [SOFT] + doc[:4]                     # the view-count box is cached: it still shows the hidden post
        self.doc_nhieu = doc

    def in_sec(self, sec):
        return [a for a in self.listed if a["cm"] == sec]

    def modified(self, a):
        return a["ngay"] + _dt.timedelta(minutes=3 + a["id"] % 40)


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Tuesday 24/06/2025) or day 2 (Wednesday 25/06/2025)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def cat_url(sec, n=0):
    return "/chuyen-muc/%s" % sec + ("/%d" % n if n else "")


def stamp(d):
    return "%s | %s" % (gio(d), ngay(d))


def layout(tv, w, title, main, canonical=None, extra_head="", status=200):
    o = tv.origin
    menu = "".join('<li><a href="%s">%s</a></li>' % (cat_url(k), x(n)) for k, n, _, _ in SECTIONS)
    side = ('<div class="col-md-4 sidebar"><div class="widget"><h4 class="widget-title">Đọc nhiều</h4><ol>%s</ol></div>'
            '<div class="widget"><h4 class="widget-title">Thông báo</h4><ul>%s</ul></div>'
            '<div class="widget"><h4 class="widget-title">Sự kiện</h4><a href="/su-kien?thang=%s">Lịch sự kiện tháng này</a></div></div>') % (
        "".join('<li><a href="%s">%s</a></li>' % (post_url(a), x(a["tieu_de"])) for a in w.doc_nhieu),
        "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (post_url(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in w.in_sec("thong-bao")[:4]),
        w.now.strftime("%Y-%m"))
    return Dapung(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>%s - Văn nghệ Quảng Đức</title>%s%s'
        '<link rel="stylesheet" href="/themes/vannghe/assets/css/theme.css"><meta name="generator" content="October CMS"></head><body>'
        '<header id="header"><div class="container"><a href="/" class="logo"><img src="/themes/vannghe/assets/images/logo.png" alt="Văn nghệ Quảng Đức"></a>'
        '<span class="org">LIÊN HIỆP CÁC HỘI VĂN HỌC NGHỆ THUẬT TỈNH QUẢNG ĐỨC</span>'
        '<form action="/tim-kiem" method="get" class="search"><input type="text" name="q"></form></div>'
        '<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>%s<li><a href="/gioi-thieu">Giới thiệu</a></li></ul></nav></header>'
        '<div class="container"><div class="row"><div class="col-md-8">%s</div>%s</div></div>'
        '<footer id="footer"><div class="container"><p>Văn nghệ Quảng Đức - Cơ quan của Liên hiệp các Hội VHNT tỉnh Quảng Đức. Giấy phép số 12/GP-STTTT.</p>'
        '<p><a href="/rss.xml">RSS</a></p></div></footer></body></html>' % (
            x(title), '<link rel="canonical" href="%s%s">' % (o, canonical) if canonical else "", extra_head, menu, main, side), status)


def card(a, lead=True):
    return '<div class="post-item"><h3 class="post-title"><a href="%s">%s</a></h3><p class="post-meta">%s</p>%s</div>' % (
        post_url(a), x(a["tieu_de"]), stamp(a["ngay"]), '<p class="excerpt">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv, w):
    main = '<section class="latest"><h2 class="block-title">Tin mới</h2>%s</section>' % "".join(card(a) for a in w.listed[:6])
    main += "".join('<section class="cat-box"><h2 class="block-title"><a href="%s">%s</a></h2>%s</section>' % (
        cat_url(k), x(n), "".join(card(a, False) for a in w.in_sec(k)[:4])) for k, n, _, _ in SECTIONS)
    return layout(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec, n):
    pages = chia(w.in_sec(sec), PER_PAGE)
    if n > len(pages):
        return chuyen(cat_url(sec, len(pages)), 302)          # RainLab.Blog Posts component: past the last page -> redirect to it
    pager = '<ul class="pagination">%s%s%s</ul>' % (
        '<li><a href="%s">&laquo;</a></li>' % cat_url(sec, n - 1) if n > 1 else "",
        "".join('<li class="%s"><a href="%s">%d</a></li>' % ("active" if k == n else "", cat_url(sec, k), k) for k in range(1, len(pages) + 1)),
        '<li><a href="%s">&raquo;</a></li>' % cat_url(sec, n + 1) if n < len(pages) else "")
    main = '<h1 class="cat-title">%s</h1>%s%s' % (x(SECNAME[sec]), "".join(card(a) for a in pages[n - 1]), pager)
    return layout(tv, w, SECNAME[sec] + (" - Trang %d" % n if n > 1 else ""), main, cat_url(sec) if n == 1 else cat_url(sec, n))


def body_html(w, a):
    out = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            out.append("<h3>%s</h3>" % x(a["muc"][i]))
        out.append('<p style="text-align: justify;">%s</p>' % x(p))
        if i == 0 and a.get("chu_thich"):
            out.append('<p style="text-align: center;"><img src="/storage/app/media/%d/%s.jpg" alt=""></p><p style="text-align: center;"><em>%s</em></p>' % (
                a["ngay"].year, a["slug"][:30], x(a["chu_thich"])))
    if a["id"] in XEM:
        b = BY_ID[XEM[a["id"]]]
        out.append('<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (post_url(b), x(b["tieu_de"])))
    if a is _del_host:
        out.append('<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (DELETED[0][0], x(DELETED[0][1])))
    return "".join(out)


def post_page(tv, w, a, printing=False):
    url = post_url(a)
    rel = [b for b in w.in_sec(a["cm"]) if b is not a][:5]
    head = ('<meta property="og:title" content="%s"><meta property="og:url" content="%s%s"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="%s">') % (x(a["tieu_de"]), tv.origin, url, a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))
    art = ('<article class="post-detail"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="%s">%s</a></li></ol>'
           '<h1 class="post-title">%s</h1><div class="post-info"><span class="time">%s</span> <a class="print" href="%s/in">In bài</a></div>'
           '<div class="post-sapo"><strong>%s</strong></div><div class="post-content">%s</div><p class="post-author" style="text-align: right;"><strong>%s</strong></p></article>') % (
        cat_url(a["cm"]), x(SECNAME[a["cm"]]), x(a["tieu_de"]), stamp(a["ngay"]), url, x(a["sapo"]), body_html(w, a), x(a["tac_gia"]))
    if printing:
        return Dapung('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s"><meta name="robots" content="noindex"></head>'
                      '<body onload="window.print()">%s</body></html>' % (x(a["tieu_de"]), tv.origin, url, art))
    main = art + '<div class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a> <span>(%s)</span></li>' % (post_url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel)
    return layout(tv, w, a["tieu_de"], main, url, head)


def maintenance(tv, w):
    return layout(tv, w, "Bảo trì hệ thống", '<div class="alert alert-warning"><h1>Bảo trì hệ thống</h1><p>%s</p></div>' % MAINT_TEXT)


def soft_missing(tv, w):
    return layout(tv, w, "Bài viết", '<div class="post-detail"><h1 class="post-title"></h1><p class="empty">%s</p></div>' % SOFT_TEXT)


def not_found(tv, w):
    return layout(tv, w, "Không tìm thấy trang", "<h1>404</h1><p>Trang bạn tìm không tồn tại.</p>", status=404)


def events(tv, w):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", ""))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv, w)
    y, mo = int(m.group(1)), int(m.group(2))
    py, pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    ny, nm = (y, mo + 1) if mo < 12 else (y + 1, 1)
    main = ('<h1>Lịch sự kiện tháng %d/%d</h1><p>Chưa có sự kiện.</p><p><a href="/su-kien?thang=%04d-%02d">« Tháng trước</a> | '
            '<a href="/su-kien?thang=%04d-%02d">Tháng sau »</a></p>') % (mo, y, py, pm, ny, nm)
    return layout(tv, w, "Lịch sự kiện", main)


def handle(tv):
    w = W()
    p, o = tv.path, tv.origin
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=o))
    if p == "/":
        return home(tv, w)
    if p == "/rss.xml":
        return rss(o, "Văn nghệ Quảng Đức", "/", [(a["tieu_de"], post_url(a), a["ngay"], a["sapo"]) for a in w.listed[:20]])
    if p == "/sitemap.xml":
        return urlset(o, [("/", None, "daily")] + [(cat_url(k), None, "daily") for k, _, _, _ in SECTIONS] +
                      [(post_url(a), w.modified(a), None) for a in w.listed])
    if p == "/gioi-thieu":
        return layout(tv, w, "Giới thiệu", "<h1>Giới thiệu</h1><p>Liên hiệp các Hội Văn học Nghệ thuật tỉnh Quảng Đức được thành lập năm 2005, gồm 6 hội chuyên ngành.</p>", "/gioi-thieu")
    if p == "/su-kien":
        return events(tv, w)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)(?:/(\d{1,4}))?", p)
    if m and m.group(1) in SECNAME:
        n = int(m.group(2)) if m.group(2) else 1
        return listing(tv, w, m.group(1), max(n, 1))
    m = _re.fullmatch(r"/bai-viet/(\d+)(?:/([a-z0-9-]*))?(/in)?", p)
    if m:
        a = w.by_id.get(int(m.group(1)))
        if a is None:
            return not_found(tv, w)
        if a["id"] in w.maint:
            return maintenance(tv, w)
        if a["id"] in w.soft:
            return soft_missing(tv, w)
        if m.group(2) != a["slug"]:
            return chuyen(post_url(a) + (m.group(3) or ""), 301)
        return post_page(tv, w, a, bool(m.group(3)))
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Apache/2.4.57 (Ubuntu)"), ("X-Powered-By", "PHP/8.1.2")])


def _manifest(w):
    arts = {post_url(a): {"title": a["tieu_de"], "aliases": [post_url(a) + "/in"]}
            for a in w.arts if a["id"] not in w.maint and a["id"] not in w.soft}
    return {
        "family": "October CMS 3 + RainLab.Blog (Laravel 10; agency theme, hedged) site of a provincial union of literature and arts associations "
                  "(Liên hiệp các Hội VHNT tỉnh Quảng Đức): ordinary site; day 2 puts old posts behind a 200 maintenance notice, withdraws two "
                  "posts in two ways and reuses a notice record (its old URL 301s to a different notice)",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/backend", "/tim-kiem", "/storage/temp/"],
        "trap_prefixes": ["/su-kien"],
        "notes": (
            "Posts /bai-viet/<id>/<slug> (the theme reads the id; a wrong or missing slug 301s to the current one), print /bai-viet/<id>/<slug>/in "
            "('In bài', canonical, noindex; alias); category lists /chuyen-muc/<cat> and /chuyen-muc/<cat>/<n> (8 a page, every page number; "
            "'/1' is page 1 again; past the end RainLab.Blog 302s to the last page); home 'Tin mới' 6 + a box per category; sidebar 'Đọc nhiều' "
            "(view counts, cached), 'Thông báo'; /rss.xml (20), /sitemap.xml (RainLab.Sitemap, lastmod = updated_at); pasted 'Xem thêm:' "
            "lines; one deleted post linked (404); events calendar /su-kien?thang=YYYY-MM « Tháng trước | Tháng sau » forever (trap). "
            "Day %d of two (set_day)." % w.day) + ("" if w.day == 1 else (
            " DAY 2: the %d posts published before 01/11/2024 answer 200 with the maintenance notice '%s' (their media folders are being "
            "moved; listings, feed and sitemap still list them; not articles today, not withdrawn); one post unpublished (404, gone from "
            "listings); one hidden (200 '%s', still in the cached 'Đọc nhiều'); notice id %d reused for a new notice: its old URL 301s "
            "to the new notice (a different article); three new posts." % (len(MAINT), MAINT_TEXT, SOFT_TEXT, REUSED["id"]))),
    }


MANIFEST = _manifest(WORLDS[1])
MANIFEST_DAY2 = _manifest(WORLDS[2])


def _e(kind, a, withdrawn, same, contains, lacks, why, url, checks, title=None):
    return {"kind": kind, "expect": {"title": title or a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                                     "same_record_as": same, "body_contains": contains, "body_lacks": lacks}, "why": why, "day2_url": url, "checks": checks}


_w2 = WORLDS[2]
DAY2 = {}
for a in MAINT:
    p = post_url(a)
    DAY2[p] = _e("maintenance", a, False, p, a["doan"][0], MAINT_TEXT,
                 "On day 2 the post answers 200 with the maintenance notice instead of the article (its media are being moved; it is "
                 "still listed). Not a withdrawal and not an edit: the day-1 record must stay as it was (title, text, date), neither "
                 "overwritten by the notice nor marked withdrawn.", None,
                 [{"path": p, "status": 200, "contains": MAINT_TEXT}, {"path": p, "status": 200, "not_contains": x(a["doan"][0])}])
_ex = MAINT[0]
_pg = _w2.in_sec(_ex["cm"]).index(_ex) // PER_PAGE + 1
DAY2[post_url(_ex)]["checks"].append({"path": cat_url(_ex["cm"], _pg), "status": 200, "contains": 'href="%s"' % post_url(_ex)})
_g = post_url(GONE404)
DAY2[_g] = _e("withdrawn_404", GONE404, True, _g, GONE404["doan"][0], None,
              "Unpublished on 24/06: 404 and gone from listings, feed and sitemap. Keep the day-1 record, mark it withdrawn.", None,
              [{"path": _g, "status": 404}, {"path": "/rss.xml", "status": 200, "not_contains": _g}])
_s = post_url(SOFT)
DAY2[_s] = _e("withdrawn_soft", SOFT, True, _s, SOFT["doan"][0], SOFT_TEXT,
              "Hidden on 24/06: the post URL answers 200 with an empty post template and '%s' (no 404), and the cached 'Đọc nhiều' box "
              "still links it. Mark the record withdrawn; the empty page must not replace the day-1 text." % SOFT_TEXT, None,
              [{"path": _s, "status": 200, "contains": SOFT_TEXT}, {"path": "/", "status": 200, "contains": 'href="%s"' % _s}])
_ro, _rn = post_url(REUSED), post_url(REUSE_NEW)
DAY2[_ro] = _e("id_reused_old", REUSED, True, _ro, REUSED["doan"][0], None,
               "An editor reused the record (id %d) of this notice for a new notice on 24/06 15:00: the old URL 301s to %s, a DIFFERENT "
               "article. The old notice is gone (withdrawn, day-1 record kept); the redirect must not turn the new notice into a new "
               "version of the old one." % (REUSED["id"], _rn), None,
               [{"path": _ro, "status": 301, "location": _rn}, {"path": post_url(_reuse_host), "status": 200, "contains": 'href="%s"' % _ro}])
DAY2[_rn] = _e("id_reused_new", REUSE_NEW, False, None, REUSE_NEW["doan"][0], REUSED["doan"][0],
               "The new notice written into the reused record: a new article (new record), published 24/06/2025 15:00, whatever the old "
               "URL that redirects to it.", _rn, [{"path": _rn, "status": 200, "not_contains": x(REUSED["tieu_de"])}])
for a in NEW2:
    p = post_url(a)
    DAY2[p] = _e("new", a, False, None, a["doan"][0], None, "An ordinary post published between the two crawls.", p, [])

SELFTEST = [
    {"path": cat_url("tin-hoat-dong", 99), "status": 302, "location": cat_url("tin-hoat-dong", len(chia(WORLDS[1].in_sec("tin-hoat-dong"), PER_PAGE)))},
    {"path": "/bai-viet/%d/sai-duong-dan" % ARTS[3]["id"], "status": 301, "location": post_url(ARTS[3])},
    {"path": "/bai-viet/%d" % ARTS[3]["id"], "status": 301, "location": post_url(ARTS[3])},
    {"path": DELETED[0][0], "status": 404},
    {"path": post_url(MAINT[0]), "status": 200, "not_contains": MAINT_TEXT},
    {"path": _rn, "status": 301, "location": _ro},
]
SELFTEST_DAY2 = [
    {"path": post_url(MAINT[0]) + "/in", "status": 200, "contains": MAINT_TEXT},
    {"path": post_url(ARTS[0]), "status": 200, "not_contains": MAINT_TEXT},
    {"path": "/bai-viet/%d/sai-duong-dan" % REUSED["id"], "status": 301, "location": _rn},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat>[/<n>] -> /bai-viet/<id>/<slug>", "/bai-viet/<id>/<slug> -> 'In bài' -> /bai-viet/<id>/<slug>/in"],
    "alias_kinds": ["print view /bai-viet/<id>/<slug>/in (200, canonical, noindex)"],
    "quirks": ["wrong / missing slug 301s (id routing)", "RainLab.Blog past-the-end page 302s to the last page", "'Đọc nhiều' box cached",
               "deleted post linked from a pasted 'Xem thêm:' line (404)", "events calendar trap /su-kien?thang=",
               "DAY 2: %d posts before 01/11/2024 answer 200 'Hệ thống đang bảo trì' (not withdrawn)" % len(MAINT),
               "DAY 2: one post unpublished (404), one hidden (200 'Bài viết không tồn tại', still in 'Đọc nhiều')",
               "DAY 2: a notice record reused for a new notice: old URL 301s to a different article", "DAY 2: three new posts"],
    "not_articles": [p for p, _ in DELETED],
    "not_articles_day2": [p for p, _ in DELETED] + [_g, _s],
    "day2": DAY2,
}
