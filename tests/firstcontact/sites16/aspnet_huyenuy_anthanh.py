"""Replica (set 16, D): site of the Huyện uỷ An Thạnh (district Party committee, defunct Hậu Nghĩa province) on a CMC-style
e-government news portal (ASP.NET MVC 5 on IIS 10, SQL Server; vendor markup hedged).  Quirks: (1) the article page prints
its date with the server's en-US culture ('Ngày đăng: 6/5/2025 8:15:00 AM' = 5 June), while listings, boxes and 'Các tin
khác' use an explicit 'dd/MM/yyyy' ('05/06/2025'): a Vietnamese day-first reading files every article of day 1-12 under
the wrong month (and finds no date at all for days 13-31); (2) the 16 documents of 'Văn kiện - Tư liệu' were pasted from old
Word files typed in the TCVN3 (ABC) encoding: their bodies are Latin-1 look-alike characters in <span style="font-family:
.VnTime"> (headings in .VnTimeH, the upper-case font over lower-case codes), entity-encoded by CKEditor ('&sect;&para;ng
b&eacute;' = 'Đảng bộ').  The text is readable only with the font; its Unicode truth is in SUMMARY["legacy_font"]."""
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
import html.entities as _ent

SITE = "Huyện uỷ An Thạnh"
# alias, name, parent, weight, kieu
CATS = [
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", "", 0, ""),
    ("hoat-dong-huyen-uy", "Hoạt động của Huyện uỷ", "tin-tuc-su-kien", 6, "bai"),
    ("tin-co-so", "Tin từ cơ sở", "tin-tuc-su-kien", 5, "bai"),
    ("xay-dung-dang", "Xây dựng Đảng", "", 4, "bai"),
    ("kinh-te-xa-hoi", "Kinh tế - Xã hội", "", 4, "bai"),
    ("quoc-phong-an-ninh", "Quốc phòng - An ninh", "", 2, "bai"),
    ("van-kien-tu-lieu", "Văn kiện - Tư liệu", "", 0, ""),
    ("lich-su-dang-bo", "Lịch sử Đảng bộ", "van-kien-tu-lieu", 0, "legacy"),
    ("van-kien-dai-hoi", "Văn kiện Đại hội", "van-kien-tu-lieu", 0, "legacy"),
    ("thong-bao", "Thông báo", "", 2, "thongbao"),
]
CAT = {c[0]: c for c in CATS}
KIDS = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
TOPS = [c[0] for c in CATS if not c[2]]
XA = ["Tân Hoà", "Mỹ Lệ", "Bình Thành", "Lộc Giang", "An Ninh Đông", "Tân Mỹ"]
AP = ["Bàu Trai", "Lộc Trung", "Mỹ Hạnh", "Tân Lập", "Cầu Duyên", "Xóm Bố"]
NEWS = SoanTin(16004, 130, [(c[0], c[3], "huyenuy", c[4]) for c in CATS if c[3]], ["An Thạnh"], XA, AP,
               tu_ngay=_dt.datetime(2024, 9, 2, 7, 0), id_dau=1800, buoc=2, nguon="HU",
               chu_de=["nong-thon-moi", "kinh-te", "quoc-phong", "bo-may", "can-bo", "dang-vien", "co-so-dang"])

# ---------------------------------------------------------------- TCVN3 (ABC): the 8-bit font encoding of .VnTime / .VnTimeH
_TCVN3 = {}
for _base, _codes in (("aàảãáạ", "a\xb5\xb6\xb7\xb8\xb9"), ("ăằẳẵắặ", "\xa8\xbb\xbc\xbd\xbe\xc6"), ("âầẩẫấậ", "\xa9\xc7\xc8\xc9\xca\xcb"),
                      ("eèẻẽéẹ", "e\xcc\xce\xcf\xd0\xd1"), ("êềểễếệ", "\xaa\xd2\xd3\xd4\xd5\xd6"), ("iìỉĩíị", "i\xd7\xd8\xdc\xdd\xde"),
                      ("oòỏõóọ", "o\xdf\xe1\xe2\xe3\xe4"), ("ôồổỗốộ", "\xab\xe5\xe6\xe7\xe8\xe9"), ("ơờởỡớợ", "\xac\xea\xeb\xec\xed\xee"),
                      ("uùủũúụ", "u\xef\xf1\xf2\xf3\xf4"), ("ưừửữứự", "\xad\xf5\xf6\xf7\xf8\xf9"), ("yỳỷỹýỵ", "y\xfa\xfb\xfc\xfd\xfe"),
                      ("đ", "\xae"), ("ĂÂÊÔƠƯĐ", "\xa1\xa2\xa3\xa4\xa5\xa6\xa7")):
    for _u, _c in zip(_base, _codes):
        _TCVN3[_u] = _c
_TCVN3_BACK = {v: k for k, v in _TCVN3.items() if len(k) == 1 and ord(v) > 127}


def tcvn3(text, hoa=False):
    """Unicode -> what the Word file holds: TCVN3 code points as Latin-1 characters.  hoa=True: .VnTimeH (upper-case
    glyphs over the LOWER-case codes)."""
    out = []
    for ch in (text.lower() if hoa else text):
        if ch in _TCVN3:
            out.append(_TCVN3[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError("no TCVN3 code for %r in %r" % (ch, text))
    return "".join(out)


def tu_tcvn3(text, hoa=False):
    """The reverse (for SELFTEST and the ground truth): TCVN3 look-alikes -> Unicode."""
    u = "".join(_TCVN3_BACK.get(c, c) for c in text)
    return u.upper() if hoa else u


def ckeditor(text):
    """CKEditor 4's default entity output: Latin-1 characters as named entities (&sect; &para; &shy; &eacute; …)."""
    return "".join("&%s;" % _ent.codepoint2name[ord(c)] if 160 <= ord(c) <= 255 and ord(c) in _ent.codepoint2name else
                   ("&amp;" if c == "&" else "&lt;" if c == "<" else "&gt;" if c == ">" else c) for c in text)


# ---------------------------------------------------------------- the legacy documents (typed in Unicode below; no capital toned vowels)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lâm", "Trương", "Châu")
_TEN = ("Văn Hai", "Thị Mười", "Văn Sáu", "Minh Tâm", "Thanh Bình", "Văn Lộc", "Thị Hoa", "Công Danh", "Văn Tám", "Hữu Nghĩa")
_NAM = (1930, 1936, 1940, 1945, 1954, 1960, 1968, 1975, 1986, 1996, 2005, 2015, 2020)
_CHUONG = ("Vùng đất, con người An Thạnh và sự ra đời của các chi bộ đảng đầu tiên (1930 - 1945)",
           "Đảng bộ lãnh đạo nhân dân kháng chiến chống thực dân Pháp (1945 - 1954)",
           "Đảng bộ lãnh đạo cuộc kháng chiến chống Mỹ, cứu nước (1954 - 1975)",
           "Khôi phục kinh tế, bảo vệ biên giới Tây Nam (1975 - 1986)",
           "Đảng bộ lãnh đạo thực hiện công cuộc đổi mới (1986 - 2005)",
           "Đẩy mạnh công nghiệp hoá, xây dựng nông thôn mới (2005 - 2020)")
_LEGACY_TITLES = (
    [("lich-su-dang-bo", "Lịch sử Đảng bộ huyện An Thạnh (1930 - 2020) - Chương %s: %s" % (r, c)) for r, c in zip(("I", "II", "III", "IV", "V", "VI"), _CHUONG)] +
    [("lich-su-dang-bo", "Diễn văn kỷ niệm 50 năm Ngày giải phóng huyện An Thạnh (1975 - 2025)"),
     ("lich-su-dang-bo", "Tóm tắt tiểu sử đồng chí Lâm Văn Hai, nguyên Bí thư Huyện uỷ (1976 - 1984)"),
     ("lich-su-dang-bo", "Địa chỉ đỏ: Di tích lịch sử Căn cứ Huyện uỷ tại ấp Bàu Trai"),
     ("lich-su-dang-bo", "Biên niên sự kiện lịch sử Đảng bộ huyện giai đoạn 1954 - 1975"),
     ("van-kien-dai-hoi", "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khoá X trình Đại hội lần thứ XI (2015)"),
     ("van-kien-dai-hoi", "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2015 - 2020"),
     ("van-kien-dai-hoi", "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ huyện khoá XI"),
     ("van-kien-dai-hoi", "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025"),
     ("van-kien-dai-hoi", "Chương trình hành động thực hiện Nghị quyết Đại hội XII Đảng bộ huyện"),
     ("van-kien-dai-hoi", "Báo cáo tổng kết công tác xây dựng Đảng nhiệm kỳ 2015 - 2020")])
_MUC_H = ("phần mở đầu", "i. đặc điểm tình hình", "ii. kết quả đạt được", "iii. hạn chế, khuyết điểm", "iv. bài học kinh nghiệm", "v. phương hướng, nhiệm vụ")


def _legacy_para(r):
    n = r.choice(_NAM)
    return r.choice((
        "Ngay từ những năm %d, các chi bộ ở xã %s và xã %s đã bí mật tuyên truyền, vận động quần chúng; nhiều cơ sở cách mạng được xây dựng "
        "tại ấp %s, ấp %s, trở thành chỗ dựa vững chắc cho cán bộ hoạt động trong vùng địch kiểm soát." % (n, r.choice(XA), r.choice(XA), r.choice(AP), r.choice(AP)),
        "Thực hiện chủ trương của Tỉnh uỷ, Huyện uỷ đã lãnh đạo nhân dân đứng lên phá thế kìm kẹp, giành quyền làm chủ ở %d ấp; lực lượng du kích "
        "được củng cố với %d đội viên, phối hợp với bộ đội địa phương đánh bại nhiều cuộc càn quét của địch." % (r.randint(6, 40), r.randint(60, 900)),
        "Trong giai đoạn này, đồng chí %s %s được Tỉnh uỷ chỉ định làm Bí thư Huyện uỷ; dưới sự lãnh đạo của Huyện uỷ, phong trào đấu tranh chính trị, "
        "binh vận phát triển mạnh, nhiều gia đình ở xã %s đã nuôi giấu cán bộ, đóng góp lương thực cho kháng chiến." % (r.choice(_HO), r.choice(_TEN), r.choice(XA)),
        "Sau ngày giải phóng, Đảng bộ huyện tập trung ổn định đời sống nhân dân, khôi phục sản xuất; đến cuối năm %d toàn huyện đã đưa %d héc-ta đất "
        "hoang hoá vào canh tác, xây dựng %d tập đoàn sản xuất và %d hợp tác xã nông nghiệp." % (n, r.randint(800, 9000), r.randint(10, 120), r.randint(2, 30)),
        "Bước vào thời kỳ đổi mới, Đảng bộ đã cụ thể hoá đường lối của Đảng phù hợp với điều kiện địa phương; tốc độ tăng trưởng kinh tế bình quân đạt "
        "%d,%d%%/năm, tỷ lệ hộ nghèo giảm từ %d%% xuống còn %d,%d%%, toàn huyện có %d/%d xã đạt chuẩn nông thôn mới." % (
            r.randint(7, 14), r.randint(1, 9), r.randint(15, 40), r.randint(1, 6), r.randint(1, 9), r.randint(3, 12), r.randint(12, 14)),
        "Công tác xây dựng Đảng được chú trọng; nhiệm kỳ qua đã kết nạp %d đảng viên mới, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên "
        "đạt %d%%; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chính trị của từng chi bộ." % (r.randint(200, 900), r.randint(80, 98)),
        "Tuy nhiên, kinh tế phát triển chưa tương xứng với tiềm năng; chất lượng sinh hoạt của một số chi bộ ấp còn hình thức, công tác kiểm tra, "
        "giám sát có lúc chưa thường xuyên; đời sống của một bộ phận nhân dân vùng sâu, vùng biên giới còn nhiều khó khăn.",
        "Phát huy truyền thống anh hùng, Đảng bộ và nhân dân huyện An Thạnh quyết tâm thực hiện thắng lợi %d chỉ tiêu chủ yếu, xây dựng huyện phát triển "
        "nhanh, bền vững, quốc phòng, an ninh được giữ vững, đời sống vật chất và tinh thần của nhân dân không ngừng được nâng lên." % r.randint(18, 32)))


for _a in NEWS.items:                                 # notices: the portal titles them by number and subject
    if _a["kieu"] == "thongbao":
        _a["tieu_de"] = "Thông báo %s về %s" % (_a["so_hieu"].replace("Số ", "số "), CHU_DE[_a["chu_de"]][1][_a["id"] % 3])
_lr = _rnd.Random(16041)
LEGACY = []
used = set()
for _k, (_cm, _t) in enumerate(_LEGACY_TITLES):
    muc = _lr.sample(range(len(_MUC_H)), 3) if _cm == "van-kien-dai-hoi" else []
    blocks = []
    for j in range(_lr.randint(5, 8)):
        if muc and j in (0, 2, 4):
            blocks.append(("h", _MUC_H[sorted(muc)[j // 2]].upper()))
        for _ in range(50):
            p = _legacy_para(_lr)
            if p not in used:
                break
        used.add(p)
        blocks.append(("p", p))
    LEGACY.append({"cm": _cm, "kieu": "legacy", "tieu_de": _t, "blocks": blocks,
                   "sapo": "Văn kiện - tư liệu của Đảng bộ huyện An Thạnh, số hoá từ bản lưu tại Văn phòng Huyện uỷ.",
                   "tac_gia": "Văn phòng Huyện uỷ (số hoá)", "chu_thich": "", "xem": 40 + _lr.randint(0, 900)})
    LEGACY[-1]["doan"] = [b for kind, b in blocks if kind == "p"]
    for kind, b in blocks:
        tcvn3(b, hoa=(kind == "h"))                  # every character must have a TCVN3 code
# the documents were entered between 09/2024 and 05/2025, spread among the news
_news = NEWS.items
_span = [a["ngay"] for a in _news if _dt.datetime(2024, 9, 20) < a["ngay"] < _dt.datetime(2025, 5, 30)]
for _k, d in enumerate(LEGACY):
    d["ngay"] = sorted(_span)[8 + _k * (len(_span) - 16) // len(LEGACY)] + _dt.timedelta(minutes=37)
    d["nhan"] = ["Tư liệu lịch sử"]
ARTS = sorted(_news + LEGACY, key=lambda a: a["ngay"], reverse=True)
for i, a in enumerate(reversed(ARTS)):
    a["id"] = 2650 + i * 2 + (1 if i % 7 == 3 else 0)
    a["slug"] = duong_dan(a["tieu_de"], 80)
    a["path"] = "/ChiTiet/%s-%d.html" % (a["slug"], a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
PER_PAGE = 10
DELETED = [(2650 + 40 * 2 + 1, "Huyện uỷ An Thạnh công bố quyết định về công tác cán bộ"), (2650 + 95 * 2 + 1, "Xã Mỹ Lệ kỷ luật cán bộ vi phạm quản lý đất đai")]
XEM_NHIEU = sorted(ARTS[4:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /Admin/\nDisallow: /Account/\nDisallow: /TimKiem\nDisallow: /bundles/\n\nSitemap: {o}/sitemap.xml\n"


def us_date(d):
    """DateTime.ToString() under en-US: M/d/yyyy h:mm:ss tt."""
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, (d.hour % 12) or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")


def dmy_reading(d):
    """What a day-first reader makes of us_date(d): day = the month number, month = the day number."""
    try:
        return d.replace(month=d.day, day=d.month)
    except ValueError:
        return None


def in_cat(alias):
    ids = [alias] + KIDS[alias]
    return [a for a in ARTS if a["cm"] in ids]


def cat_url(alias, n=1):
    return "/ChuyenMuc/%s" % alias + ("?page=%d" % n if n > 1 else "")


def nav():
    out = ['<li><a href="/">TRANG CHỦ</a></li>', '<li><a href="/GioiThieu">GIỚI THIỆU</a></li>']
    for t in TOPS:
        sub = "".join('<li><a href="%s">%s</a></li>' % (cat_url(k), x(CAT[k][1])) for k in KIDS[t])
        out.append('<li class="%s"><a href="%s">%s</a>%s</li>' % ("has-child" if sub else "", cat_url(t), x(CAT[t][1].upper()), "<ul>%s</ul>" % sub if sub else ""))
    return '<div class="menu-top"><ul class="menu">%s</ul></div>' % "".join(out)


def aside():
    xn = ['<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in XEM_NHIEU]
    for k, (i, t) in enumerate(DELETED):
        xn.insert(1 + 3 * k, '<li><a href="/ChiTiet/%s-%d.html">%s</a></li>' % (duong_dan(t, 80), i, x(t)))
    return """<div class="col-md-4 col-right">
<div class="block"><div class="block-title"><span>Tin mới</span></div><ul class="list-new">%s</ul></div>
<div class="block"><div class="block-title"><span>Xem nhiều</span></div><ul class="list-new">%s</ul></div>
<div class="block"><div class="block-title"><span>Lịch công tác</span></div><p><a href="/LichCongTac?tuan=2025-W26">Lịch công tác tuần này</a></p></div>
<div class="block"><div class="block-title"><span>Liên kết</span></div><ul><li><a href="https://tinhuy-haunghia.example/">Cổng TTĐT Tỉnh uỷ Hậu Nghĩa</a></li><li><a href="https://dichvucong.example/">Cổng Dịch vụ công</a></li></ul></div>
</div>""" % ("".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:8]), "".join(xn))


def layout(tv, title, main, status=200, canonical=None, desc=""):
    return Dapung("""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s | %s</title>
<meta name="description" content="%s" />
%s<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/site.css?v=2.3.1" rel="stylesheet"/>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/RSS/tin-moi.rss" />
</head>
<body>
<div class="header"><div class="container"><a href="/"><img src="/Upload/Banner/banner-huyenuy-anthanh.jpg" alt="%s" class="img-responsive"/></a></div></div>
<div class="navbar-wrap"><div class="container">%s
<form action="/TimKiem" method="get" class="search-box"><input type="text" name="q" placeholder="Nhập từ khoá..."/><input type="submit" value="Tìm"/></form></div></div>
<div class="container body-content"><div class="row"><div class="col-md-8 col-left">%s</div>%s</div></div>
<div class="footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN UỶ AN THẠNH</strong></p>
<p>Cơ quan chủ quản: Văn phòng Huyện uỷ An Thạnh. Địa chỉ: khu phố 1, thị trấn An Thạnh, huyện An Thạnh, tỉnh Hậu Nghĩa.</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng Huyện uỷ. Thiết kế và phát triển bởi CMC TS (giải pháp Cổng TTĐT).</p></div></div>
<script src="/bundles/jquery?v=Q2xhZ3F1aWJ1cg1"></script>
</body>
</html>""" % (x(title), x(SITE), x(desc or SITE), '<link rel="canonical" href="%s%s" />\n' % (tv.origin, canonical) if canonical else "",
              x(SITE), nav(), main, aside()), status)


def item(a, lead=True):
    return """<div class="news-item clearfix"><a href="%s" class="img-news"><img src="/Upload/TinTuc/%s/%d.jpg" alt="%s"/></a>
<h3 class="title-news"><a href="%s">%s</a></h3><span class="date-news">%s</span>%s</div>""" % (
        a["path"], a["ngay"].strftime("%Y%m"), a["id"], x(a["tieu_de"]), a["path"], x(a["tieu_de"]), a["ngay"].strftime("%d/%m/%Y"),
        '<p class="sapo-news">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv):
    main = '<div class="block hot-news"><div class="block-title"><span>Tin nổi bật</span></div>%s<ul class="list-hot">%s</ul></div>' % (
        item(ARTS[0]), "".join('<li><a href="%s">%s</a> <span class="date-news">(%s)</span></li>' % (a["path"], x(a["tieu_de"]), a["ngay"].strftime("%d/%m/%Y")) for a in ARTS[1:5]))
    for t in TOPS:
        main += '<div class="block"><div class="block-title"><a href="%s">%s</a></div>%s</div>' % (cat_url(t), x(CAT[t][1]), "".join(item(a, False) for a in in_cat(t)[:4]))
    return layout(tv, "Trang chủ", main, canonical="/")


def listing(tv, alias):
    lst = in_cat(alias)
    n = tv.so("page", 1, 1, 9999)
    if n is None:
        return not_found(tv)
    last = max(1, (len(lst) + PER_PAGE - 1) // PER_PAGE)
    page = lst[(n - 1) * PER_PAGE:n * PER_PAGE]
    pg = []
    if last > 1 and page:
        pg.append('<li><a href="%s">« Trang đầu</a></li>' % cat_url(alias))
        if n > 1:
            pg.append('<li><a href="%s">‹</a></li>' % cat_url(alias, n - 1))
        for i in range(max(1, n - 2), min(last, n + 2) + 1):
            pg.append('<li class="active"><span>%d</span></li>' % i if i == n else '<li><a href="%s">%d</a></li>' % (cat_url(alias, i), i))
        if n < last:
            pg.append('<li><a href="%s">›</a></li>' % cat_url(alias, n + 1))
        pg.append('<li><a href="%s">Trang cuối »</a></li>' % cat_url(alias, last))
    subs = "".join('<a href="%s">%s</a>' % (cat_url(k), x(CAT[k][1])) for k in KIDS[alias])
    body = "".join(item(a) for a in page) or '<p class="no-data">Chưa có dữ liệu.</p>'
    return layout(tv, CAT[alias][1], '<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>%s</span></div><h1 class="cat-title">%s</h1>%s<div class="list-news">%s</div><ul class="pagination">%s</ul>' % (
        x(CAT[alias][1]), x(CAT[alias][1]), '<div class="sub-cat">%s</div>' % subs if subs else "", body, "".join(pg)), canonical=cat_url(alias, n))


def body_html(a):
    if a["kieu"] == "legacy":
        out = []
        for kind, b in a["blocks"]:
            if kind == "h":
                out.append('<p class="MsoNormal" style="text-align:center"><b><span style="font-size:14.0pt;font-family:.VnTimeH">%s</span></b></p>' % ckeditor(tcvn3(b, True)))
            else:
                out.append('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%%"><span style="font-size:14.0pt;line-height:150%%;font-family:.VnTime">%s</span></p>' % ckeditor(tcvn3(b)))
        return "\n".join(out)
    ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
    if a["kieu"] == "bai":
        ps.insert(1, '<div class="img-detail" style="text-align:center"><img src="/Upload/TinTuc/%s/%d-1.jpg" alt=""/><p class="note-img"><em>%s</em></p></div>' % (
            a["ngay"].strftime("%Y%m"), a["id"], x(a["chu_thich"])))
    if a["kieu"] == "thongbao":
        ps.insert(0, '<p style="text-align:right"><em>%s</em></p>' % x(a["so_hieu"]))
    return "\n".join(ps)


def detail(tv, a, printing=False):
    if printing:
        return Dapung("""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>%s</title><link href="/Content/print.css" rel="stylesheet"/></head>
<body onload="window.print();"><div class="print-page"><h2>HUYỆN UỶ AN THẠNH</h2><h1>%s</h1><p class="date">Ngày đăng: %s</p><p><strong>%s</strong></p>%s<p class="author">%s</p></div></body></html>""" % (
            x(a["tieu_de"]), x(a["tieu_de"]), us_date(a["ngay"]), x(a["sapo"]), body_html(a), x(a["tac_gia"])))
    c = CAT[a["cm"]]
    others = [b for b in in_cat(a["cm"]) if b["ngay"] < a["ngay"]][:6]
    crumb = '<a href="/">Trang chủ</a>' + (' / <a href="%s">%s</a>' % (cat_url(c[2]), x(CAT[c[2]][1])) if c[2] else "") + ' / <a href="%s">%s</a>' % (cat_url(c[0]), x(c[1]))
    main = """<div class="breadcrumb">%s</div>
<div class="detail-news"><h1 class="title-detail">%s</h1>
<div class="date-detail"><span id="lblNgayDang">Ngày đăng: %s</span> | <span>Lượt xem: %d</span></div>
<div class="sapo-detail"><strong>%s</strong></div>
<div class="content-detail">%s</div>
<div class="author-detail"><strong>%s</strong></div>
<div class="tool-detail"><a href="/InBai/%d" target="_blank">In bài</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Chia sẻ</a> | <a href="javascript:history.back()">Quay lại</a></div></div>
<div class="other-news"><h3>Các tin khác</h3><ul>%s</ul></div>""" % (
        crumb, x(a["tieu_de"]), us_date(a["ngay"]), a["xem"], x(a["sapo"]), body_html(a), x(a["tac_gia"]), a["id"], ma_hoa(tv.origin + a["path"]),
        "".join('<li><a href="%s">%s</a> <span class="date-news">(%s)</span></li>' % (b["path"], x(b["tieu_de"]), b["ngay"].strftime("%d/%m/%Y")) for b in others))
    return layout(tv, a["tieu_de"], main, canonical=a["path"], desc=a["sapo"])


def week_page(tv):
    m = _re.fullmatch(r"(\d{4})-W(\d{2})", tv.q.get("tuan", ""))
    try:
        monday = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:
        monday = None
    if monday is None:
        return not_found(tv)
    prev_, next_ = monday - _dt.timedelta(days=7), monday + _dt.timedelta(days=7)
    rows = "".join("<tr><td>%s %s</td><td>Thường trực Huyện uỷ làm việc tại cơ quan</td></tr>" % (thu(monday + _dt.timedelta(days=i)), ngay(monday + _dt.timedelta(days=i))) for i in range(5))
    return layout(tv, "Lịch công tác", '<h1 class="cat-title">Lịch công tác tuần %d/%d</h1><p><a href="/LichCongTac?tuan=%d-W%02d">« Tuần trước</a> | <a href="/LichCongTac?tuan=%d-W%02d">Tuần sau »</a></p><table class="table">%s</table>' % (
        monday.isocalendar()[1], monday.isocalendar()[0], prev_.isocalendar()[0], prev_.isocalendar()[1], next_.isocalendar()[0], next_.isocalendar()[1], rows))


def not_found(tv):
    return layout(tv, "Không tìm thấy", '<div class="error-page"><h1>Không tìm thấy trang</h1><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p><p><a href="/">Về trang chủ</a></p></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p in ("/", "/Home/Index"):
        return home(tv)
    m = _re.fullmatch(r"/ChiTiet/([a-z0-9-]*)-(\d+)\.html", p)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        return detail(tv, a) if a["path"] == p else chuyen(a["path"], 301)
    m = _re.fullmatch(r"/InBai/(\d+)", p)
    if m and int(m.group(1)) in BY_ID:
        return detail(tv, BY_ID[int(m.group(1))], True)
    m = _re.fullmatch(r"/ChuyenMuc/([a-z-]+)", p)
    if m and m.group(1) in CAT:
        return listing(tv, m.group(1))
    if p == "/RSS/tin-moi.rss":
        return rss(tv.origin, SITE, "/", [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in ARTS[:20]], "text/xml; charset=utf-8")
    m = _re.fullmatch(r"/RSS/([a-z-]+)\.rss", p)
    if m and m.group(1) in CAT:
        return rss(tv.origin, CAT[m.group(1)][1], cat_url(m.group(1)), [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in in_cat(m.group(1))[:20]], "text/xml; charset=utf-8")
    if p == "/RSS":
        return layout(tv, "RSS", "<h1>RSS</h1><ul>%s</ul>" % "".join('<li><a href="/RSS/%s.rss">%s</a></li>' % (c[0], x(c[1])) for c in CATS), canonical="/RSS")
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", BAY_GIO, "daily")] + [(cat_url(c[0]), BAY_GIO, "daily") for c in CATS] + [(a["path"], a["ngay"], None) for a in ARTS])
    if p == "/LichCongTac":
        return week_page(tv)
    if p == "/GioiThieu":
        return layout(tv, "Giới thiệu", '<h1 class="cat-title">Giới thiệu</h1><p>Huyện An Thạnh nằm ở phía tây bắc tỉnh Hậu Nghĩa, có 6 xã, 1 thị trấn; Đảng bộ huyện có 38 tổ chức cơ sở đảng.</p><p><a href="/RSS">RSS</a></p>', canonical="/GioiThieu")
    if p == "/TimKiem":
        return layout(tv, "Tìm kiếm", "<h1>Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả phù hợp.</p>")
    if p.startswith(("/Upload/", "/Content/", "/bundles/")):
        return Dapung(b"", 200, "image/jpeg" if p.endswith(".jpg") else "text/css")
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0"), ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")])

# ---------------------------------------------------------------- manifest
_mis = [a for a in ARTS if dmy_reading(a["ngay"]) not in (None, a["ngay"])]
_bad = [a for a in ARTS if dmy_reading(a["ngay"]) is None]
MANIFEST = {
    "family": "CMC-style e-government news portal (ASP.NET MVC 5 on IIS 10; hedged) of a district Party committee (Huyện uỷ An Thạnh, "
              "Hậu Nghĩa): ordinary site; en-US dates on the article page; documents pasted from TCVN3 (.VnTime) Word files",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ["/InBai/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Account/", "/TimKiem", "/bundles/"],
    "trap_prefixes": ["/LichCongTac"],
    "notes": (
        "Articles /ChiTiet/<slug>-<id>.html (a wrong slug 301s to the right one), listings /ChuyenMuc/<alias>?page=N (10 a page, "
        "'« Trang đầu ‹ ±2 › Trang cuối »'; past the end 200 'Chưa có dữ liệu'; a parent lists its children's items), print "
        "/InBai/<id> (alias, no canonical, same en-US date). Menu: Tin tức - Sự kiện (Hoạt động của Huyện uỷ, Tin từ cơ sở), Xây "
        "dựng Đảng, Kinh tế - Xã hội, Quốc phòng - An ninh, Văn kiện - Tư liệu (Lịch sử Đảng bộ, Văn kiện Đại hội), Thông báo. "
        "QUIRK 1: the article page's only date is DateTime.ToString() under the server's en-US culture, 'Ngày đăng: M/d/yyyy "
        "h:mm:ss AM|PM' (no <time>, no meta); home boxes, listings, 'Các tin khác' print 'dd/MM/yyyy'; RSS pubDate and sitemap "
        "lastmod are unambiguous. A day-first reading of the page date is wrong for %d of %d articles (day 1-12, day != "
        "month: the month and day swap) and impossible for %d (day 13-31) (SUMMARY us_dates). QUIRK 2: the %d documents of "
        "'Văn kiện - Tư liệu' were pasted into CKEditor from Word files typed in TCVN3 (ABC): the body is TCVN3 code points "
        "shown as Latin-1 characters inside <span style=\"font-family:.VnTime\"> (headings: .VnTimeH, upper-case glyphs over "
        "the lower-case codes), written as named entities ('&sect;&para;ng b&eacute;' = 'Đảng bộ'); title and lead were typed "
        "in Unicode. SUMMARY legacy_font holds the Unicode text (the truth). 'Xem nhiều' lists two deleted articles (404). "
        "RSS /RSS/tin-moi.rss and /RSS/<alias>.rss (text/xml), /sitemap.xml complete. Search /TimKiem (robots). Trap: "
        "/LichCongTac?tuan=YYYY-Www « Tuần trước | Tuần sau » forever." % (len(_mis), len(ARTS), len(_bad), len(LEGACY))),
}
_a = _mis[0]
_l = LEGACY[0]
_h = [d for d in LEGACY if d["cm"] == "van-kien-dai-hoi"][0]
SELFTEST = [
    {"path": _a["path"], "status": 200, "contains": "Ngày đăng: %s" % us_date(_a["ngay"])},
    {"path": cat_url(_a["cm"], in_cat(_a["cm"]).index(_a) // PER_PAGE + 1), "status": 200, "contains": '<span class="date-news">%s</span>' % _a["ngay"].strftime("%d/%m/%Y")},
    {"path": "/InBai/%d" % _a["id"], "status": 200, "contains": "Ngày đăng: %s" % us_date(_a["ngay"])},
    {"path": _l["path"], "status": 200, "contains": "font-family:.VnTime\">%s" % ckeditor(tcvn3(_l["doan"][0]))[:60]},
    {"path": _l["path"], "status": 200, "not_contains": _l["doan"][0][:40]},
    {"path": _h["path"], "status": 200, "contains": "font-family:.VnTimeH\">%s</span>" % ckeditor(tcvn3([b for k, b in _h["blocks"] if k == "h"][0], True))},
    {"path": "/ChiTiet/sai-duong-dan-%d.html" % ARTS[5]["id"], "status": 301, "location": ARTS[5]["path"]},
    {"path": cat_url("xay-dung-dang", 99), "status": 200, "contains": "Chưa có dữ liệu"},
    {"path": "/ChiTiet/%s-%d.html" % (duong_dan(DELETED[0][1], 80), DELETED[0][0]), "status": 404},
    {"path": "/LichCongTac?tuan=1990-W01", "status": 200, "contains": "Tuần sau"},
]
assert all(tu_tcvn3(tcvn3(p)) == p for d in LEGACY for p in d["doan"])
SUMMARY = {
    "chains": ["/ -> /ChuyenMuc/<alias>?page=N (dd/MM/yyyy) -> /ChiTiet/<slug>-<id>.html ('Ngày đăng: M/d/yyyy h:mm:ss tt', en-US)",
               "/ -> Văn kiện - Tư liệu -> /ChiTiet/… (body in TCVN3 code points, font .VnTime / .VnTimeH)"],
    "alias_kinds": ["print /InBai/<id> (200, no canonical)"],
    "quirks": ["article page date in en-US M/d/yyyy h:mm:ss tt; listings dd/MM/yyyy: day-first parsing swaps day and month (day 1-12) or fails (13-31)",
               "legacy documents pasted from TCVN3 Word files: Latin-1 look-alike text in .VnTime / .VnTimeH spans, entity-encoded",
               "wrong slug 301s", "deleted articles still in 'Xem nhiều' (404)", "week calendar trap"],
    "not_articles": ["/ChiTiet/%s-%d.html" % (duong_dan(t, 80), i) for i, t in DELETED],
    "us_dates": {a["path"]: {"published": a["ngay"].strftime("%Y-%m-%dT%H:%M"), "page_text": us_date(a["ngay"]), "listing_text": a["ngay"].strftime("%d/%m/%Y"),
                             "dmy_reading": dmy_reading(a["ngay"]).strftime("%Y-%m-%dT%H:%M") if dmy_reading(a["ngay"]) else None} for a in ARTS},
    "legacy_font": {d["path"]: {"font": ".VnTime (headings .VnTimeH)", "encoding": "TCVN3 (ABC)",
                                "blocks": [{"kind": "heading" if k == "h" else "paragraph", "unicode": b} for k, b in d["blocks"]]} for d in LEGACY},
}
