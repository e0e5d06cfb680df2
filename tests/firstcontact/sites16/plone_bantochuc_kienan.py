"""Replica (set 16, A): site of the Ban Tổ chức Tỉnh uỷ Kiến An (provincial Party organisation board) on Plone 6.0 Classic UI
(Zope / Python; agency theme on Barceloneta, markup hedged).  Quirk: the article page shows only the LAST-MODIFIED date
(Plone's byline 'bởi … — cập nhật lần cuối dd/mm/yyyy'; the publication date is not displayed), while listings, portlets
and the feed show the publication (effective) date.  An administrator's bulk re-tagging on 10/06/2025 touched every item of
two folders, so 40-odd articles of 09/2024 - 06/2025 read '10/06/2025' on their own page; every other article shows the
date of its last edit (minutes to weeks after publication).  Ground truth: SUMMARY["byline_dates"]."""
# ==== KERNEL BEGIN (sites16 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 16 kernel: set 15's plumbing and generator unchanged (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper,
# sitemap / RSS writers, SoanTin) with a NEW vocabulary (Party organisation board, Red Cross society, provincial
# newspaper, district Party committee) and the three body styles 'bai' (news: sapo + 4-5 paragraphs), 'dai' (long study
# piece: sapo + numbered headings, 1-2 paragraphs each) and 'thongbao' (notice: number + 3 paragraphs).
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


# ---------------------------------------------------------------- seeded newsroom (set 16 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Dương", "Châu", "Lâm", "Kiều", "Tạ", "Bùi", "Hồ", "Lục", "Trương",
       "Mai", "Cù", "Diệp", "Triệu", "Khưu", "Sơn")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Bích", "Hoàng", "Phước", "Mỹ", "Trọng", "Ngọc", "Hải", "Kim")
_TEN = ("Bình", "Cường", "Duyên", "Giàu", "Hạnh", "Khoa", "Lành", "Mẫn", "Nghĩa", "Phụng", "Quý", "Sơn", "Tài", "Thơ",
        "Toàn", "Vân", "Xuân", "Yến", "Hưng", "Lộc", "Nhàn", "Trung", "Đạt", "Kha")
_CHUC = ("Trưởng Ban Tổ chức Tỉnh uỷ", "Phó Trưởng Ban Tổ chức Tỉnh uỷ", "Uỷ viên Ban Thường vụ Tỉnh uỷ",
         "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh", "Tổng Biên tập Báo tỉnh",
         "Bí thư Huyện uỷ {H}", "Phó Bí thư Thường trực Huyện uỷ {H}", "Chủ tịch UBND huyện {H}", "Trưởng Ban Tổ chức Huyện uỷ {H}",
         "Chủ tịch Hội Chữ thập đỏ huyện {H}", "Bí thư Đảng uỷ xã {X}", "Chủ tịch UBND xã {X}", "Giám đốc Sở Nội vụ")
_DON_VI = ("Huyện uỷ {H}", "Đảng uỷ xã {X}", "Chi bộ ấp {A}", "Ban Tổ chức Huyện uỷ {H}", "Hội Chữ thập đỏ xã {X}",
           "Chi hội Chữ thập đỏ ấp {A}", "UBND xã {X}", "Đảng uỷ Khối cơ quan huyện {H}", "Trung tâm Y tế huyện {H}",
           "Hội Chữ thập đỏ huyện {H}")
_CO_QUAN = ("Ban Tổ chức Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", "Hội Chữ thập đỏ tỉnh", "UBND tỉnh", "Sở Nội vụ",
            "Huyện uỷ", "Ban Tổ chức Huyện uỷ", "Hội Chữ thập đỏ huyện", "UBND huyện", "Ban Chỉ đạo phòng, chống thiên tai tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế")
CHU_DE = {
    "bo-may": ("Sắp xếp tổ chức bộ máy", ("sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị", "sắp xếp đơn vị hành chính cấp xã", "thực hiện Nghị quyết số 18-NQ/TW")),
    "can-bo": ("Công tác cán bộ", ("quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "luân chuyển, điều động cán bộ", "đánh giá, xếp loại chất lượng cán bộ")),
    "dang-vien": ("Phát triển đảng viên", ("kết nạp đảng viên mới", "trao tặng Huy hiệu Đảng", "quản lý đảng viên đi làm ăn xa")),
    "co-so-dang": ("Tổ chức cơ sở đảng", ("nâng cao chất lượng sinh hoạt chi bộ", "xây dựng chi bộ ấp trong sạch, vững mạnh", "thành lập tổ chức đảng trong doanh nghiệp tư nhân")),
    "noi-bo": ("Bảo vệ chính trị nội bộ", ("công tác bảo vệ chính trị nội bộ", "thẩm định tiêu chuẩn chính trị", "rà soát lịch sử chính trị của đảng viên")),
    "nhan-dao": ("Nhân đạo", ("phong trào Tết Nhân ái", "chương trình Mỗi tổ chức, cá nhân gắn với một địa chỉ nhân đạo", "xây dựng nhà nhân ái cho hộ nghèo")),
    "hien-mau": ("Hiến máu tình nguyện", ("vận động hiến máu tình nguyện", "Ngày hội Giọt hồng", "chương trình Hành trình Đỏ")),
    "so-cap-cuu": ("Sơ cấp cứu", ("tập huấn sơ cấp cứu ban đầu", "phòng, chống đuối nước cho trẻ em", "xây dựng điểm sơ cấp cứu tại cộng đồng")),
    "thien-tai": ("Phòng, chống thiên tai", ("ứng phó sạt lở bờ sông", "cứu trợ người dân vùng lũ", "diễn tập phòng, chống thiên tai")),
    "kinh-te": ("Kinh tế", ("phát triển vùng lúa chất lượng cao", "thu hút đầu tư vào cụm công nghiệp", "chuyển đổi số trong doanh nghiệp nhỏ")),
    "nong-thon-moi": ("Nông thôn mới", ("xây dựng nông thôn mới nâng cao", "chương trình mỗi xã một sản phẩm", "làm đường giao thông nông thôn")),
    "bien-gioi": ("Biên giới", ("quản lý, bảo vệ đường biên, mốc quốc giới", "giao lưu hữu nghị nhân dân hai bên biên giới", "phòng, chống buôn lậu qua biên giới")),
    "van-hoa": ("Văn hoá", ("bảo tồn lễ hội truyền thống", "xây dựng đời sống văn hoá ở khu dân cư", "phát triển du lịch tâm linh")),
    "quoc-phong": ("Quốc phòng - An ninh", ("diễn tập khu vực phòng thủ", "tuyển chọn, gọi công dân nhập ngũ", "xây dựng thế trận an ninh nhân dân")),
}
_KHUON = {
    "tochuc": ["{cq} triển khai {v}", "Ban Tổ chức Tỉnh uỷ hướng dẫn {v}", "{H}: kết quả {v} năm 2024", "Đồng chí {chuc} làm việc với {D} về {v}",
               "{D} tập trung {v}", "Hội nghị chuyên đề về {v} tại {H}", "{n} đảng viên được xem xét trong {v}"],
    "nhandao": ["Hội Chữ thập đỏ {H} với {v}", "{D} hưởng ứng {v}", "{n} suất quà đến với người dân ấp {A} qua {v}", "Hội Chữ thập đỏ tỉnh phát động {v}",
                "Tình nguyện viên xã {X} tham gia {v}", "Đồng chí {chuc} dự {v} ở {H}", "Gương hội viên ấp {A} trong {v}"],
    "baochi": ["{H}: đẩy mạnh {v}", "{cq} chỉ đạo {v}", "{n} hộ dân xã {X} hưởng lợi từ {v}", "Đồng chí {chuc} kiểm tra {v} tại {H}",
               "{D} sơ kết {v}", "Xã {X} chuyển mình nhờ {v}", "Tháo gỡ khó khăn trong {v} ở {H}"],
    "huyenuy": ["Huyện uỷ {H} lãnh đạo {v}", "{D} triển khai {v}", "Ấp {A} đi đầu trong {v}", "Ban Thường vụ Huyện uỷ sơ kết {v}",
                "Đồng chí {chuc} làm việc với {D} về {v}", "Xã {X} với {v}", "{n} tập thể, cá nhân được khen thưởng trong {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp uỷ cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở {H}", "Những vấn đề đặt ra đối với {v} sau khi sắp xếp bộ máy")
_MUC = ("Đặt vấn đề", "Cơ sở lý luận", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kết luận")


class SoanTin:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in
    tochuc / nhandao / baochi / huyenuy and kieu in bai / dai / thongbao.  Item dict: id, cm, kieu, tieu_de, ngay, chu_de,
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
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice(("Ban Tổ chức Tỉnh uỷ", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực IV")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("BTCTU", "HCTĐ", "HU", "BCĐ")))
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
import hashlib as _hl

SITE = "Ban Tổ chức Tỉnh uỷ Kiến An"
# folder path, title, parent, weight, giong, kieu, author userid
FOLDERS = [
    ("tin-tuc", "Tin tức - Sự kiện", "", 0, "", "", ""),
    ("tin-tuc/hoat-dong-cua-ban", "Hoạt động của Ban", "tin-tuc", 6, "tochuc", "bai", "vanphong"),
    ("tin-tuc/to-chuc-co-so-dang", "Tổ chức cơ sở đảng", "tin-tuc", 5, "tochuc", "bai", "phongtcdv"),
    ("sap-xep-bo-may", "Sắp xếp tổ chức bộ máy", "", 4, "tochuc", "bai", "phongtcdv"),
    ("cong-tac-can-bo", "Công tác cán bộ", "", 3, "tochuc", "bai", "phongcanbo"),
    ("bao-ve-chinh-tri-noi-bo", "Bảo vệ chính trị nội bộ", "", 2, "tochuc", "bai", "phongbvct"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", "", 2, "tochuc", "dai", "vanphong"),
    ("guong-dang-vien", "Gương đảng viên", "", 2, "tochuc", "bai", "vanphong"),
]
FOLDER = {f[0]: f for f in FOLDERS}
KIDS = {f[0]: [g[0] for g in FOLDERS if g[2] == f[0]] for f in FOLDERS}
TOPS = [f[0] for f in FOLDERS if not f[2]]
USERS = {"vanphong": "Văn phòng Ban", "phongtcdv": "Phòng Tổ chức đảng - đảng viên", "phongcanbo": "Phòng Cán bộ",
         "phongbvct": "Phòng Bảo vệ chính trị nội bộ"}
BULK = ("sap-xep-bo-may", "cong-tac-can-bo")          # the folders re-tagged in bulk on 10/06/2025
BULK_AT = _dt.datetime(2025, 6, 10, 16, 31, 5)
NEWS = SoanTin(16001, 152, [(f[0], f[3], f[4], f[5]) for f in FOLDERS if f[3]],
               ["Kiến Thuỵ", "An Lão", "Tiên Lãng", "Vĩnh Bảo", "Đồ Sơn", "Thuỷ Nguyên"],
               ["Ngũ Đoan", "Thái Sơn", "Quang Phục", "Cổ Am", "Ngọc Xuyên", "Lập Lễ"],
               ["Đông Tác", "Cẩm Khê", "Nam Hải", "Tân Lập", "Phương Lung", "Kim Đới"],
               tu_ngay=_dt.datetime(2024, 9, 3, 7, 0), id_dau=7000, buoc=3, nguon="BTCTU",
               chu_de=["bo-may", "can-bo", "dang-vien", "co-so-dang", "noi-bo"])
ARTS = NEWS.items                                     # newest effective date first
_ids = {}
_bulk_k = 0
for a in reversed(ARTS):                              # oldest first: ids and the bulk edit run in creation order
    r = _rnd.Random(a["id"] * 7 + 1)
    base = duong_dan(a["tieu_de"], 50)                # Plone's URL normalizer: ASCII, lower case, cropped at 50
    n = _ids.get((a["cm"], base), 0)
    _ids[(a["cm"], base)] = n + 1
    a["pid"] = base if n == 0 else "%s-%d" % (base, n)
    a["path"] = "/%s/%s" % (a["cm"], a["pid"])
    a["uuid"] = _hl.md5(("kienan:" + a["path"]).encode()).hexdigest()
    a["tao"] = a["ngay"] - _dt.timedelta(minutes=r.randint(8, 90)) - (_dt.timedelta(days=r.randint(1, 3)) if r.random() < 0.3 else _dt.timedelta(0))
    k = r.random()
    if k < 0.68:
        sua = a["ngay"] + _dt.timedelta(minutes=r.randint(2, 95))
    elif k < 0.9:
        sua = a["ngay"] + _dt.timedelta(days=r.randint(1, 6), minutes=r.randint(0, 600))
    else:
        sua = a["ngay"] + _dt.timedelta(days=r.randint(12, 60), minutes=r.randint(0, 600))
    a["bulk"] = a["cm"] in BULK and a["ngay"] < BULK_AT
    if a["bulk"]:
        sua = BULK_AT + _dt.timedelta(seconds=17 * _bulk_k)
        _bulk_k += 1
    a["sua"] = min(sua.replace(microsecond=0), BAY_GIO - _dt.timedelta(minutes=25))
    a["tac"] = FOLDER[a["cm"]][6]
BY_PATH = {a["path"]: a for a in ARTS}
BY_UUID = {a["uuid"]: a for a in ARTS}
BATCH = 20
# withdrawn items (back to 'private'): still linked from editors' 'Xem thêm' lines in three bodies
WITHDRAWN = [("/tin-tuc/hoat-dong-cua-ban/ket-qua-kiem-diem-tap-the-ban-thuong-vu-nam-2024", "Kết quả kiểm điểm tập thể Ban Thường vụ năm 2024"),
             ("/cong-tac-can-bo/danh-sach-can-bo-du-nguon-quy-hoach-nhiem-ky-2025-2030", "Danh sách cán bộ dự nguồn quy hoạch nhiệm kỳ 2025 - 2030"),
             ("/sap-xep-bo-may/du-kien-phuong-an-sap-xep-cac-xa-huyen-tien-lang", "Dự kiến phương án sắp xếp các xã huyện Tiên Lãng")]
WITHDRAWN_UUID = {_hl.md5(("kienan:" + p).encode()).hexdigest(): p for p, _ in WITHDRAWN}
ROBOTS = """# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow: /@@search
Disallow: /login
Disallow: /require_login
Disallow: /acl_users/

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot
# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx=sibling

User-Agent: Googlebot
Disallow: /*sendto_form$
Disallow: /*folder_factories$

Sitemap: {o}/sitemap.xml.gz
"""


def in_folder(f):
    ids = [f] + KIDS[f]
    return [a for a in ARTS if a["cm"] in ids]


# editors' 'Xem thêm:' lines (TinyMCE internal links; older items keep the raw resolveuid form) and related items
XEM_THEM, RELATED = {}, {}
for i, a in enumerate(ARTS):
    r = _rnd.Random(a["id"] * 3 + 5)
    older = [b for b in in_folder(a["cm"]) if b["ngay"] < a["ngay"]]
    if older and r.random() < 0.45:
        RELATED[a["path"]] = [b["path"] for b in older[r.randint(0, 2):][:r.randint(2, 3)]] or [older[0]["path"]]
    if older and r.random() < 0.2:
        b = r.choice(older[:12])
        XEM_THEM[a["path"]] = ("/resolveuid/%s" % b["uuid"] if a["ngay"] < _dt.datetime(2025, 1, 1) else b["path"], b["tieu_de"])
for k, (p, t) in enumerate(WITHDRAWN):
    host = [a for a in ARTS if a["cm"] == p[1:].rsplit("/", 1)[0]][4 + 3 * k]
    XEM_THEM[host["path"]] = ("/resolveuid/%s" % _hl.md5(("kienan:" + p).encode()).hexdigest() if k == 1 else p, t)

def folder_url(f, start=0):
    return "/%s" % f + ("?b_start:int=%d" % start if start else "")


def nav(tv, current=""):
    out = ['<li class="index_html nav-item"><a href="%s" class="state-None nav-link">Trang chủ</a></li>' % tv.origin]
    for f in TOPS:
        sub = "".join('<li class="nav-item"><a href="%s/%s" class="state-published nav-link">%s</a></li>' % (tv.origin, k, x(FOLDER[k][1])) for k in KIDS[f])
        out.append('<li class="%s nav-item%s"><a href="%s/%s" class="state-published nav-link%s">%s</a>%s</li>' % (
            f, " has_subtree" if sub else "", tv.origin, f, " active" if current.startswith(f) else "", x(FOLDER[f][1]),
            '<ul class="has_subtree dropdown">%s</ul>' % sub if sub else ""))
    out.append('<li class="van-ban nav-item"><a href="%s/van-ban" class="state-published nav-link">Văn bản</a></li>' % tv.origin)
    out.append('<li class="gioi-thieu nav-item"><a href="%s/gioi-thieu" class="state-published nav-link">Giới thiệu</a></li>' % tv.origin)
    return '<nav class="navbar navbar-expand-lg" id="portal-globalnav-wrapper"><ul class="navbar-nav" id="portal-globalnav">%s</ul></nav>' % "".join(out)


def calendar_portlet(tv, ctx):
    """plone.app.event calendar portlet: prev / next month links append ?month=&year= to the CONTEXT url."""
    m = _re.fullmatch(r"\d{1,2}", tv.q.get("month", "")) and _re.fullmatch(r"\d{4}", tv.q.get("year", ""))
    y, mo = (int(tv.q["year"]), int(tv.q["month"])) if m and 1 <= int(tv.q["month"]) <= 12 else (BAY_GIO.year, BAY_GIO.month)
    py, pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    ny, nm = (y, mo + 1) if mo < 12 else (y + 1, 1)
    first = _dt.date(y, mo, 1)
    last = (_dt.date(ny, nm, 1) - _dt.timedelta(days=1))
    d, cells = first - _dt.timedelta(days=first.weekday()), []
    while d <= last + _dt.timedelta(days=6 - last.weekday()):
        cells.append('<td class="%s">%d</td>' % ("cal_day" if d.month == mo else "cal_other", d.day))
        d += _dt.timedelta(days=1)
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    return """<div class="portletWrapper" id="portletwrapper-lich"><section class="card portlet portletCalendar"><header class="card-header">
<a href="%s?month=%d&amp;year=%d" rel="nofollow" class="calendarPrevious" title="Tháng trước" data-year="%d" data-month="%d">«</a>
<span class="calendar-month">Tháng %d %d</span>
<a href="%s?month=%d&amp;year=%d" rel="nofollow" class="calendarNext" title="Tháng sau" data-year="%d" data-month="%d">»</a></header>
<div class="card-body"><table class="ploneCalendar"><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr></thead><tbody>%s</tbody></table></div></section></div>""" % (
        tv.origin + ctx, pm, py, py, pm, mo, y, tv.origin + ctx, nm, ny, ny, nm, rows)


def news_portlet(tv):
    return """<div class="portletWrapper" id="portletwrapper-tinmoi"><section class="card portlet portletNews"><header class="card-header"><a href="%s/tin-tuc" class="tile">Tin mới</a></header>
<div class="card-body"><ul>%s</ul></div><footer class="card-footer"><a href="%s/tin-tuc">Xem tất cả…</a></footer></section></div>""" % (
        tv.origin, "".join('<li class="portletItem"><a href="%s" class="tile">%s</a> <span class="portletItemDetails">%s</span></li>' % (
            tv.origin + a["path"], x(a["tieu_de"]), ngay(a["ngay"])) for a in ARTS[:6]), tv.origin)


def navtree(tv, ctx):
    top = ctx.strip("/").split("/")[0] if ctx.strip("/") else ""
    if top not in FOLDER:
        return ""
    kids = "".join('<li class="navTreeItem"><a href="%s/%s" class="state-published">%s</a></li>' % (tv.origin, k, x(FOLDER[k][1])) for k in KIDS[top])
    return """<div class="portletWrapper" id="portletwrapper-dieuhuong"><section class="card portlet portletNavigationTree"><header class="card-header"><a href="%s/%s">%s</a></header>
<div class="card-body"><ul class="navTree navTreeLevel0">%s</ul></div></section></div>""" % (tv.origin, top, x(FOLDER[top][1]), kids or "<li>Không có mục con</li>")


def layout(tv, title, main, ctx="/", status=200, section="", ptype="document", canonical=None, head=""):
    can = '<link rel="canonical" href="%s">' % (tv.origin + canonical) if canonical else ""
    crumbs = ['<li class="breadcrumb-item"><a href="%s">Trang chủ</a></li>' % tv.origin]
    acc = ""
    for part in [p for p in ctx.strip("/").split("/") if p][:-1] if ptype == "news-item" else [p for p in ctx.strip("/").split("/") if p]:
        acc += "/" + part
        if acc[1:] in FOLDER:
            crumbs.append('<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (tv.origin + acc, x(FOLDER[acc[1:]][1])))
    left = navtree(tv, ctx)
    return Dapung("""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta charset="utf-8">
<meta name="generator" content="Plone - https://plone.org/">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
%s%s
<title>%s — %s</title>
<link rel="icon" type="image/vnd.microsoft.icon" href="%s/favicon.ico">
<link rel="search" href="%s/@@search" title="Tìm kiếm trong trang">
<link rel="stylesheet" href="%s/++plone++static/plone-compiled.css?v=6.0.9">
<link rel="stylesheet" href="%s/++theme++btctu/css/theme.css">
</head>
<body class="frontend icons-on portaltype-%s %s site-Plone template-view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" dir="ltr" data-base-url="%s" data-portal-url="%s">
<header id="content-header"><div class="container"><div id="portal-top"><div id="portal-header">
<a id="portal-logo" title="%s" href="%s"><img alt="%s" src="%s/++theme++btctu/img/logo-btctu.png"></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="%s/@@search" role="search" class="d-flex"><input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trong trang" placeholder="Tìm kiếm trong trang" class="searchField form-control me-3"><button class="searchButton btn btn-outline-light" type="submit">Tìm kiếm</button></form></div>
</div></div></div>
<div id="mainnavigation-wrapper"><div id="mainnavigation">%s</div></div></header>
<div id="above-content-wrapper"><nav id="portal-breadcrumbs" aria-label="breadcrumb"><div class="container"><ol class="breadcrumb">%s</ol></div></nav></div>
<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row">
<aside id="portal-column-one" class="col-xs-12 col-md-3">%s</aside>
<section id="portal-column-content" class="col-xs-12 col-md-6">%s</section>
<aside id="portal-column-two" class="col-xs-12 col-md-3">%s%s
<div class="portletWrapper" id="portletwrapper-lienket"><section class="card portlet portletStaticText"><header class="card-header">Liên kết</header><div class="card-body"><ul><li><a href="https://dangcongsan.example/">Báo Điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://xaydungdang.example/">Tạp chí Xây dựng Đảng</a></li><li><a href="https://tinhuy-kienan.example/">Tỉnh uỷ Kiến An</a></li></ul></div></section></div>
</aside></main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="portletWrapper"><p>BAN TỔ CHỨC TỈNH UỶ KIẾN AN<br>Địa chỉ: số 4 đường Lạch Tray, thành phố Kiến An. Điện thoại: 0225.3835.116</p>
<p>Ghi rõ nguồn “Ban Tổ chức Tỉnh uỷ Kiến An” khi phát hành lại thông tin từ website này.</p></div>
<ul id="portal-siteactions"><li><a href="%s/sitemap">Sơ đồ trang</a></li><li><a href="%s/accessibility-info">Trợ năng</a></li><li><a href="%s/contact-info">Liên hệ</a></li></ul>
<div class="colophon">Vận hành bởi <a href="https://plone.org">Plone</a> &amp; Python</div></div></footer>
<script src="%s/++plone++static/bundle-plone/bundle.min.js?v=6.0.9"></script>
</body>
</html>""" % (head, can, x(title), x(SITE), tv.origin, tv.origin, tv.origin, tv.origin, ptype, section, tv.origin + ctx, tv.origin,
               x(SITE), tv.origin, x(SITE), tv.origin, tv.origin, nav(tv, ctx.strip("/")), "".join(crumbs), left, main,
               news_portlet(tv), calendar_portlet(tv, ctx if ctx != "/" else ""), tv.origin, tv.origin, tv.origin, tv.origin), status)


def img(tv, a, w=768):
    return "%s%s/@@images/image-%d-%s.jpeg" % (tv.origin, a["path"], w, a["uuid"][:10])


def tile(tv, a):
    return """<article class="tileItem"><div class="tileImage"><a href="%s"><img src="%s" alt="%s" class="image-thumb"></a></div>
<h2 class="tileHeadline"><a href="%s" class="summary url" title="News Item">%s</a></h2>
<div class="tileBody"><span class="description">%s</span></div>
<div class="tileFooter"><span class="summary-date"><i class="icon-calendar"></i> %s</span> <a href="%s">Xem tiếp…</a></div></article>""" % (
        tv.origin + a["path"], img(tv, a, 200), x(a["tieu_de"]), tv.origin + a["path"], x(a["tieu_de"]), x(a["sapo"]), ngay(a["ngay"]), tv.origin + a["path"])


def pager(tv, base, start, total):
    if total <= BATCH:
        return ""
    pages = (total + BATCH - 1) // BATCH
    cur = start // BATCH + 1
    out = []
    if cur > 1:
        out.append('<li class="page-item previous"><a class="page-link" href="%s?b_start:int=%d">« %d mục trước</a></li>' % (tv.origin + base, (cur - 2) * BATCH, BATCH))
    for p in range(1, pages + 1):
        if p == cur:
            out.append('<li class="page-item active" aria-current="page"><span class="page-link">%d</span></li>' % p)
        elif p in (1, pages) or abs(p - cur) <= 2:
            out.append('<li class="page-item"><a class="page-link" href="%s?b_start:int=%d">%d</a></li>' % (tv.origin + base, (p - 1) * BATCH, p))
        elif abs(p - cur) == 3:
            out.append('<li class="page-item disabled"><span class="page-link">…</span></li>')
    if cur < pages:
        n = min(BATCH, total - cur * BATCH)
        out.append('<li class="page-item next"><a class="page-link" href="%s?b_start:int=%d">%d mục tiếp »</a></li>' % (tv.origin + base, cur * BATCH, n))
    return '<nav class="d-flex justify-content-center" aria-label="Phân trang"><ul class="pagination">%s</ul></nav>' % "".join(out)


def home(tv):
    hot = ARTS[:5]
    main = """<article id="content"><h1 class="documentFirstHeading visually-hidden">%s</h1>
<div class="portletWrapper"><section class="card portlet portletCollection portlet-collection-tin-noi-bat"><header class="card-header"><a href="%s/tin-tuc">Tin nổi bật</a></header><div class="card-body">
<div class="hot-news"><a href="%s"><img src="%s" alt=""></a><h2><a href="%s">%s</a></h2><p class="description">%s</p></div><ul>%s</ul></div></section></div>""" % (
        x(SITE), tv.origin, tv.origin + hot[0]["path"], img(tv, hot[0]), tv.origin + hot[0]["path"], x(hot[0]["tieu_de"]), x(hot[0]["sapo"]),
        "".join('<li class="portletItem"><a href="%s">%s</a> <span class="portletItemDetails">%s</span></li>' % (tv.origin + a["path"], x(a["tieu_de"]), ngay(a["ngay"])) for a in hot[1:]))
    for f in TOPS:
        main += """<div class="portletWrapper"><section class="card portlet portletCollection"><header class="card-header"><a href="%s/%s">%s</a></header><div class="card-body"><ul>%s</ul></div>
<footer class="card-footer"><a href="%s/%s">Xem thêm…</a></footer></section></div>""" % (
            tv.origin, f, x(FOLDER[f][1]), "".join('<li class="portletItem"><a href="%s">%s</a> <span class="portletItemDetails">%s</span></li>' % (
                tv.origin + a["path"], x(a["tieu_de"]), ngay(a["ngay"])) for a in in_folder(f)[:4]), tv.origin, f)
    return layout(tv, "Trang chủ", main + "</article>", "/", ptype="plone-site", canonical="/")


def folder_view(tv, f):
    lst = in_folder(f)
    start = tv.so("b_start:int", 0, 0, 99999)
    if start is None:
        return not_found(tv)
    page = lst[start:start + BATCH]
    subs = "".join('<li><a href="%s/%s">%s</a></li>' % (tv.origin, k, x(FOLDER[k][1])) for k in KIDS[f])
    body = "".join(tile(tv, a) for a in page) or '<p class="discreet">Không có mục nào trong thư mục này.</p>'
    main = """<article id="content"><header><h1 class="documentFirstHeading">%s</h1></header>%s
<div id="content-core"><section id="content-core-listing" class="listing-summary">%s</section>%s</div></article>""" % (
        x(FOLDER[f][1]), '<ul class="subfolders">%s</ul>' % subs if subs else "", body, pager(tv, "/" + f, start, len(lst)))
    head = '<link rel="alternate" href="%s/%s/RSS" title="%s - RSS 1.0" type="application/rss+xml">' % (tv.origin, f, x(FOLDER[f][1]))
    return layout(tv, FOLDER[f][1], main, "/" + f, section="section-" + f.split("/")[0], ptype="folder", canonical="/" + f, head=head)


def body_html(tv, a):
    ps = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            ps.append("<h3>%s</h3>" % x(a["muc"][i]))
        ps.append("<p>%s</p>" % x(p))
    if a["path"] in XEM_THEM:
        href, t = XEM_THEM[a["path"]]
        ps.append('<p><strong>Xem thêm:</strong> <a href="%s" data-linktype="internal" data-val="%s">%s</a></p>' % (
            tv.origin + href, href.rsplit("/", 1)[-1], x(t)))
    return "".join(ps)


def article(tv, a, suffix=""):
    dc = """<meta name="DC.description" content="%s"><meta name="description" content="%s"><meta name="DC.format" content="text/plain">
<meta name="DC.type" content="Tin tức"><meta name="DC.date.valid_range" content="%s - "><meta name="DC.date.modified" content="%s">
<meta name="DC.date.created" content="%s"><meta name="DC.language" content="vi"><meta name="DC.creator" content="%s">
<meta property="og:site_name" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s">
<meta property="og:url" content="%s"><meta property="og:image" content="%s"><meta property="og:image:type" content="image/jpeg">
""" % (x(a["sapo"]), x(a["sapo"]), a["ngay"].strftime("%Y/%m/%d"), a["sua"].strftime("%Y-%m-%dT%H:%M:%S+07:00"),
       a["tao"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), a["tac"], x(SITE), x(a["tieu_de"]), x(a["sapo"]), tv.origin + a["path"], img(tv, a))
    rel = ""
    if a["path"] in RELATED:
        rel = '<section id="section-related"><header><h2 class="related-items-heading">Nội dung liên quan</h2></header><ul class="related">%s</ul></section>' % "".join(
            '<li><a href="%s" class="contenttype-news-item"><span>%s</span></a></li>' % (tv.origin + p, x(BY_PATH[p]["tieu_de"])) for p in RELATED[a["path"]])
    fig = "" if a["kieu"] == "dai" else """<figure class="newsImageContainer"><a href="%s%s/@@images/image/large"><img src="%s" alt="%s" class="newsImage"></a>
<figcaption class="discreet">%s</figcaption></figure>""" % (tv.origin, a["path"], img(tv, a), x(a["tieu_de"]), x(a["chu_thich"]))
    tags = '<section id="section-category" class="section section-category"><span class="section-heading">Từ khoá:</span> <ul>%s</ul></section>' % "".join(
        '<li><a href="%s/@@search?Subject%%3Alist=%s" class="link-category" rel="tag">%s</a></li>' % (tv.origin, ma_hoa(t), x(t)) for t in a["nhan"] + (["Tinh gọn bộ máy"] if a["bulk"] else []))
    main = """<article id="content"><header><h1 class="documentFirstHeading">%s</h1>
<section id="section-byline">bởi <a class="btn btn-sm btn-outline-primary" href="%s/author/%s">%s</a> — <span class="documentModified"><span>cập nhật lần cuối</span> <span>%s</span></span></section>
<p class="documentDescription">%s</p></header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">%s<div id="parent-fieldname-text" class="">%s<p style="text-align: right;"><strong>%s</strong></p></div></div>
<footer><div id="viewlet-below-content-body"><section id="section-document-actions"><ul><li id="document-action-print"><a href="javascript:this.print();" title="In trang này">In trang này</a></li>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=%s" rel="nofollow">Chia sẻ Facebook</a></li></ul></section>%s%s</div></footer></article>""" % (
        x(a["tieu_de"]), tv.origin, a["tac"], x(USERS[a["tac"]]), ngay(a["sua"]), x(a["sapo"]), fig, body_html(tv, a), x(a["tac_gia"]),
        ma_hoa(tv.origin + a["path"]), tags, rel)
    return layout(tv, a["tieu_de"], main, a["path"], section="section-" + a["cm"].split("/")[0], ptype="news-item", canonical=a["path"], head=dc)


def author_page(tv, uid):
    items = [a for a in ARTS if a["tac"] == uid][:10]
    main = """<article id="content"><h1 class="documentFirstHeading">%s</h1><div class="portrait"><img src="%s/defaultUser.png" alt=""></div>
<h2>Nội dung mới nhất do %s tạo</h2><ul class="author-content">%s</ul><p><a href="%s/@@search?Creator=%s&amp;sort_on=created&amp;sort_order=reverse">Tất cả nội dung…</a></p></article>""" % (
        x(USERS[uid]), tv.origin, x(USERS[uid]), "".join('<li><a href="%s">%s</a> <span class="discreet">%s</span></li>' % (tv.origin + a["path"], x(a["tieu_de"]), ngay(a["ngay"])) for a in items),
        tv.origin, uid)
    return layout(tv, USERS[uid], main, "/author/" + uid)


def rss1(tv, f):
    items = in_folder(f)[:15]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/">',
           '<channel rdf:about="%s/%s/RSS"><title>%s</title><link>%s/%s</link><description></description><image rdf:resource="%s/logo.png"/>' % (
               tv.origin, f, x(FOLDER[f][1]), tv.origin, f, tv.origin),
           "<items><rdf:Seq>%s</rdf:Seq></items></channel>" % "".join('<rdf:li rdf:resource="%s"/>' % x(tv.origin + a["path"]) for a in items)]
    for a in items:
        utc = a["ngay"] - _dt.timedelta(hours=7)
        out.append('<item rdf:about="%s"><title>%s</title><link>%s</link><description>%s</description><dc:publisher>No publisher</dc:publisher>'
                   '<dc:creator>%s</dc:creator><dc:rights></dc:rights>%s<dc:date>%s</dc:date><dc:type>News Item</dc:type></item>' % (
                       x(tv.origin + a["path"]), x(a["tieu_de"]), x(tv.origin + a["path"]), x(a["sapo"]), a["tac"],
                       "".join("<dc:subject>%s</dc:subject>" % x(t) for t in a["nhan"]), utc.strftime("%Y-%m-%dT%H:%M:%SZ")))
    out.append("</rdf:RDF>")
    return Dapung("\n".join(out), 200, "text/xml;charset=utf-8")


def sitemap_gz(tv):
    import gzip
    rows = [("/", BAY_GIO - _dt.timedelta(minutes=40), None)] + [("/" + f[0], BAY_GIO - _dt.timedelta(hours=3), None) for f in FOLDERS] + \
        [(a["path"], a["sua"], None) for a in sorted(ARTS, key=lambda a: a["sua"], reverse=True)]
    xml = urlset(tv.origin, rows).body
    return Dapung(gzip.compress(xml, mtime=0), 200, "application/octet-stream", [("Content-Disposition", 'attachment; filename="sitemap.xml.gz"')])


def login_page(tv):
    main = """<article id="content"><h1 class="documentFirstHeading">Đăng nhập</h1><p class="discreet">Bạn không có quyền xem nội dung này. Vui lòng đăng nhập.</p>
<form method="post" action="%s/login" id="login_form"><input type="hidden" name="came_from" value="%s"><label for="__ac_name">Tên đăng nhập</label><input type="text" name="__ac_name" id="__ac_name">
<label for="__ac_password">Mật khẩu</label><input type="password" name="__ac_password" id="__ac_password"><button type="submit" name="buttons.login">Đăng nhập</button></form></article>""" % (tv.origin, x(tv.q.get("came_from", "")))
    return layout(tv, "Đăng nhập", main, "/login")


def not_found(tv):
    main = """<article id="content"><h1 class="documentFirstHeading">Không tìm thấy trang</h1><p>Rất tiếc, trang bạn yêu cầu không tồn tại.</p>
<p>Nếu bạn chắc chắn đã gõ đúng địa chỉ, vui lòng <a href="%s/contact-info">liên hệ quản trị</a>.</p></article>""" % tv.origin
    return layout(tv, "Không tìm thấy trang", main, "/", status=404)


def image(tv):
    return Dapung(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9", 200, "image/jpeg")


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p in ("/", "/index_html"):
        return home(tv)
    if p == "/sitemap.xml.gz":
        return sitemap_gz(tv)
    if "/@@images/" in p or p.endswith((".png", ".ico")):
        return image(tv)
    m = _re.fullmatch(r"/resolveuid/([0-9a-f]{32})", p)
    if m:
        if m.group(1) in BY_UUID:
            return chuyen(tv.origin + BY_UUID[m.group(1)]["path"], 302)
        if m.group(1) in WITHDRAWN_UUID:
            return chuyen(tv.origin + WITHDRAWN_UUID[m.group(1)], 302)
        return not_found(tv)
    if p in ("/require_login", "/login"):
        return login_page(tv)
    if p.startswith(("/@@search", "/acl_users")):
        return layout(tv, "Tìm kiếm", '<article id="content"><h1 class="documentFirstHeading">Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả.</p></article>', "/@@search")
    key = p.rstrip("/")
    view = key.endswith("/view")
    if view:
        key = key[:-5]
    if key in BY_PATH:
        return article(tv, BY_PATH[key])
    if key in dict(WITHDRAWN):
        return chuyen("%s/require_login?came_from=%s" % (tv.origin, ma_hoa(tv.origin + key)), 302)
    if key.endswith("/RSS") and key[1:-4] in FOLDER:
        return rss1(tv, key[1:-4])
    if key[1:] in FOLDER:
        return folder_view(tv, key[1:])
    m = _re.fullmatch(r"/author/(\w+)", key)
    if m and m.group(1) in USERS:
        return author_page(tv, m.group(1))
    if key == "/van-ban":
        docs = "".join('<article class="tileItem"><h2 class="tileHeadline"><a href="%s/van-ban/%s/@@download/file/%s.pdf">%s</a></h2></article>' % (
            tv.origin, s, s, x(t)) for s, t in (("huong-dan-01-hd-btctu", "Hướng dẫn số 01-HD/BTCTU về sắp xếp chi bộ"), ("ke-hoach-27-kh-btctu", "Kế hoạch số 27-KH/BTCTU quy hoạch cán bộ"),
                                                  ("cong-van-512-cv-btctu", "Công văn số 512-CV/BTCTU về rà soát đảng viên")))
        return layout(tv, "Văn bản", '<article id="content"><h1 class="documentFirstHeading">Văn bản</h1><section class="listing-summary">%s</section></article>' % docs, "/van-ban", ptype="folder", canonical="/van-ban")
    if key in ("/gioi-thieu", "/sitemap", "/accessibility-info", "/contact-info"):
        t = {"/gioi-thieu": "Giới thiệu", "/sitemap": "Sơ đồ trang", "/accessibility-info": "Trợ năng", "/contact-info": "Liên hệ"}[key]
        extra = "".join('<li><a href="%s/%s">%s</a></li>' % (tv.origin, f[0], x(f[1])) for f in FOLDERS) if key == "/sitemap" else ""
        return layout(tv, t, '<article id="content"><h1 class="documentFirstHeading">%s</h1><p>Ban Tổ chức Tỉnh uỷ là cơ quan tham mưu, giúp việc của Tỉnh uỷ về tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ.</p><ul>%s</ul></article>' % (t, extra), key)
    return not_found(tv)


app = chay_app(handle, [("Server", "waitress"), ("Via", "waitress"), ("X-Frame-Options", "SAMEORIGIN")])

# ---------------------------------------------------------------- manifest
_bulk = [a for a in ARTS if a["bulk"]]
MANIFEST = {
    "family": "Plone 6.0 Classic UI (Zope / Python; agency theme, hedged) site of a provincial Party organisation board (Ban Tổ chức "
              "Tỉnh uỷ Kiến An): ordinary site; the article page shows the LAST-MODIFIED date only, and a bulk edit re-dated 40-odd pages",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [a["path"] + "/view"] + (["/resolveuid/" + a["uuid"]] if any(
        h == "/resolveuid/" + a["uuid"] for h, _ in XEM_THEM.values()) else [])} for a in ARTS},
    "robots_disallowed": ["/@@search", "/login", "/require_login", "/acl_users/"],
    "trap_prefixes": ["?month="],
    "notes": (
        "Plone content paths /<folder>[/<subfolder>]/<id> (id = title normalised to ASCII, cropped at 50 characters, '-1' on a "
        "clash). Folders: Tin tức - Sự kiện (Hoạt động của Ban, Tổ chức cơ sở đảng), Sắp xếp tổ chức bộ máy, Công tác cán bộ, Bảo "
        "vệ chính trị nội bộ, Nghiên cứu - Trao đổi (long pieces with numbered headings), Gương đảng viên. Folder summary views "
        "20 a page, Plone batching ?b_start:int=N ('« 20 mục trước 1 2 3 … 20 mục tiếp »'; a parent lists its subfolders' items; "
        "past the end 200 'Không có mục nào'). QUIRK: Plone's byline on the article page shows 'bởi <author> — cập nhật lần cuối "
        "dd/mm/yyyy' = the MODIFICATION date, and no publication date; listings, portlets (home boxes, 'Tin mới'), the author "
        "page and the RSS 1.0 feed show the publication (effective) date. On 10/06/2025 16:31 an administrator bulk-tagged every "
        "item of 'Sắp xếp tổ chức bộ máy' and 'Công tác cán bộ' ('Tinh gọn bộ máy'), so %d articles published 09/2024 - 06/2025 "
        "read '10/06/2025' on their page; the others show their last edit (minutes, days or weeks after publication). <head> has "
        "Dublin Core metas: DC.date.created (draft creation, often days before publication), DC.date.modified (= the byline) "
        "and DC.date.valid_range 'YYYY/MM/DD - ' (the effective date; the only machine-readable publication date on the page). "
        "Ground truth SUMMARY byline_dates. /sitemap.xml.gz (gzip, lastmod = modified), /<folder>/RSS (RSS 1.0, dc:date = "
        "effective in UTC 'Z'). Editors' 'Xem thêm:' lines in bodies: items before 2025 keep TinyMCE's raw /resolveuid/<uuid> "
        "(302 to the item; alias); three link items set back to private (302 -> /require_login?came_from=…, a login form; "
        "robots). Every item also answers at <path>/view (alias, unlinked). Related items 'Nội dung liên quan', subject links to "
        "/@@search (robots), author pages /author/<userid>. Trap: the calendar portlet on every page links <context "
        "url>?month=M&year=Y « » forever (substring pattern '?month=')." % len(_bulk)),
}
_b = _bulk[3]
_n = [a for a in ARTS if not a["bulk"] and a["sua"].date() != a["ngay"].date()][0]
_w = [a for a in ARTS if a["path"] in XEM_THEM and XEM_THEM[a["path"]][0].startswith("/resolveuid/") and XEM_THEM[a["path"]][0][12:] in BY_UUID][0]
SELFTEST = [
    {"path": _b["path"], "status": 200, "contains": "<span>cập nhật lần cuối</span> <span>10/06/2025</span>"},
    {"path": _b["path"], "status": 200, "not_contains": ngay(_b["ngay"])},
    {"path": _b["path"], "status": 200, "contains": '<meta name="DC.date.valid_range" content="%s - ">' % _b["ngay"].strftime("%Y/%m/%d")},
    {"path": folder_url(_b["cm"], in_folder(_b["cm"]).index(_b) // BATCH * BATCH), "status": 200, "contains": ngay(_b["ngay"])},
    {"path": _n["path"], "status": 200, "contains": "<span>cập nhật lần cuối</span> <span>%s</span>" % ngay(_n["sua"])},
    {"path": XEM_THEM[_w["path"]][0], "status": 302, "location": BY_UUID[XEM_THEM[_w["path"]][0][12:]]["path"]},
    {"path": WITHDRAWN[0][0], "status": 302, "location": "/require_login?came_from=" + ma_hoa("http://replica.test:8080" + WITHDRAWN[0][0])},
    {"path": folder_url("tin-tuc", 9980), "status": 200, "contains": "Không có mục nào"},
    {"path": "/tin-tuc?month=1&year=1990", "status": 200, "contains": "Tháng 1 1990"},
    {"path": "/khong-co-trang-nay", "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /<folder>[?b_start:int=N] -> /<folder>/<id> (byline: 'cập nhật lần cuối' = modified date)",
               "/<folder>/<id> body 'Xem thêm:' -> /resolveuid/<uuid> -> 302 -> /<folder>/<id>"],
    "alias_kinds": ["Plone view alias <path>/view (200, canonical)", "/resolveuid/<uuid> (302; linked from older bodies only)"],
    "quirks": ["article page shows only the last-modified date (Plone byline); the publication date is in listings, portlets, RSS and DC.date.valid_range only",
               "bulk re-tagging on 10/06/2025 16:31 set the byline of %d articles to 10/06/2025" % len(_bulk),
               "raw /resolveuid/<uuid> links in older bodies (302)", "withdrawn items set back to private still linked from bodies (302 to the login form)",
               "calendar portlet ?month=&year= on every page (trap)"],
    "not_articles": [p for p, _ in WITHDRAWN],
    "byline_dates": {a["path"]: {"published": a["ngay"].strftime("%Y-%m-%dT%H:%M"), "page_shows": ngay(a["sua"]),
                                 "modified": a["sua"].strftime("%Y-%m-%dT%H:%M:%S"), "created": a["tao"].strftime("%Y-%m-%dT%H:%M"),
                                 "bulk_edit": a["bulk"]} for a in ARTS},
}
