"""Replica (set 16, B): site of the Hội Chữ thập đỏ tỉnh Gò Công (provincial Red Cross society), a static site built with
Eleventy 2 (eleventy-base-blog derived theme) on the webmaster's PC and uploaded to an nginx host with an FTP client that
overwrites but never deletes.  Quirk: stale copies.  When an editor corrected a published post (a wrong figure or name in
the title, a wrong organiser in the lead, a wrong month in the date, a post filed under the wrong section) the permalink
changed, the new file was uploaded, and the OLD file stayed online: 200, the pre-correction title / lead / date / section,
a canonical pointing to ITSELF, the old build stamp.  Hand-written 'Xem thêm:' links that other posts got before the
correction still lead there.  The current URL is the truth (sitemap, feed, listings); SUMMARY["stale_copies"]."""
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

SITE = "Hội Chữ thập đỏ tỉnh Gò Công"
# path, name, parent, weight, kieu
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", "", 6, "bai"),
    ("hien-mau", "Hiến máu tình nguyện", "", 3, "bai"),
    ("cuu-tro-nhan-dao", "Cứu trợ - Nhân đạo", "", 0, ""),
    ("cuu-tro-nhan-dao/tet-nhan-ai", "Tết Nhân ái", "cuu-tro-nhan-dao", 3, "bai"),
    ("cuu-tro-nhan-dao/thien-tai", "Phòng, chống thiên tai", "cuu-tro-nhan-dao", 2, "bai"),
    ("so-cap-cuu", "Sơ cấp cứu", "", 2, "bai"),
    ("guong-nhan-ai", "Gương nhân ái", "", 2, "bai"),
    ("thong-bao", "Thông báo", "", 1, "thongbao"),
]
SEC = {s[0]: s for s in SECTIONS}
KIDS = {s[0]: [t[0] for t in SECTIONS if t[2] == s[0]] for s in SECTIONS}
TOPS = [s[0] for s in SECTIONS if not s[2]]
HUYEN = ["Chợ Gạo", "Gò Công Đông", "Gò Công Tây", "Tân Phú Đông", "Tân Phước", "Châu Thành"]
NEWS = SoanTin(16002, 142, [(s[0], s[3], "nhandao", s[4]) for s in SECTIONS if s[3]], HUYEN,
               ["Vàm Láng", "Bình Nghị", "Tân Thới", "Long Bình", "Đồng Sơn", "Bình Xuân"],
               ["Rạch Già", "Kiểng Phước", "Thạnh Nhựt", "Giồng Tre", "Hoà Thơm", "Bình Ân"],
               tu_ngay=_dt.datetime(2024, 9, 5, 7, 0), id_dau=300, buoc=2, nguon="CTĐ",
               chu_de=["nhan-dao", "hien-mau", "so-cap-cuu", "thien-tai"])
ARTS = NEWS.items
BUILD_NOW = _dt.datetime(2025, 6, 24, 8, 5)


def permalink(sec, d, slug):
    return "/%s/%04d/%02d/%s/" % (sec, d.year, d.month, slug)


_slugs = set()
for a in ARTS:
    s = duong_dan(a["tieu_de"], 80)
    while s in _slugs:
        s += "-2"
    _slugs.add(s)
    a["slug"] = s
    a["path"] = permalink(a["cm"], a["ngay"], s)
    a["nhan"] = a["nhan"][:1]
BY_ID = {a["id"]: a for a in ARTS}

# ---------------------------------------------------------------- corrections: the old files stay online
_r = _rnd.Random(16020)
_pool = [a for a in ARTS if _dt.timedelta(days=14) < BAY_GIO - a["ngay"] and a["kieu"] == "bai"]


def _wrong_number(t, r):
    m = _re.search(r"\d+", t)
    if not m:
        return None
    n = int(m.group(0))
    w = int(m.group(0)[::-1]) if len(m.group(0)) > 1 and m.group(0)[::-1] != m.group(0) and m.group(0)[-1] != "0" else n + r.choice((10, 20, 50))
    return t[:m.start()] + str(w) + t[m.end():]


def _wrong_place(t, r):
    for h in HUYEN:
        if h in t:
            return t.replace(h, r.choice([k for k in HUYEN if k != h]), 1)
    return None


def _wrong_lead(s, r):
    for org in sorted(("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ huyện", "UBND huyện", "UBND tỉnh", "Sở Y tế", "Huyện uỷ",
                       "Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ban Tổ chức Tỉnh uỷ",
                       "Ban Thường vụ Tỉnh uỷ", "Sở Nội vụ", "Ban Tổ chức Huyện uỷ"), key=len, reverse=True):
        if org in s:
            return s.replace(org, r.choice(("Hội Chữ thập đỏ tỉnh", "Uỷ ban MTTQ huyện", "Hội Liên hiệp Phụ nữ tỉnh")) if org != "Hội Chữ thập đỏ tỉnh" else "Hội Chữ thập đỏ huyện", 1)
    return None


CORR = []
_retitle = [a for a in _pool if _wrong_number(a["tieu_de"], _r) or _wrong_place(a["tieu_de"], _r)]
_r.shuffle(_retitle)
_taken = {a["slug"] for a in ARTS}
for a in _retitle:
    if len(CORR) == 8:
        break
    old = _wrong_number(a["tieu_de"], _r) if _re.search(r"\d", a["tieu_de"]) else _wrong_place(a["tieu_de"], _r)
    if duong_dan(old, 80) in _taken:
        continue
    _taken.add(duong_dan(old, 80))
    a["corr"] = {"kind": "retitled", "title": old, "sec": a["cm"], "date": a["ngay"], "sapo": _wrong_lead(a["sapo"], _r) or a["sapo"],
                 "why": "tiêu đề ghi sai %s" % ("số liệu" if _re.search(r"\d", a["tieu_de"]) else "địa danh")}
    CORR.append(a)
_moved = [a for a in _pool if a["cm"] in ("cuu-tro-nhan-dao/tet-nhan-ai", "cuu-tro-nhan-dao/thien-tai", "hien-mau") and "corr" not in a]
for a in _moved[1:9:2]:
    a["corr"] = {"kind": "moved", "title": a["tieu_de"], "sec": "tin-hoat-dong", "date": a["ngay"], "sapo": _wrong_lead(a["sapo"], _r) or a["sapo"],
                 "why": "chuyển chuyên mục, sửa đơn vị tổ chức"}
    CORR.append(a)
_redate = [a for a in _pool if "corr" not in a and a["ngay"].day <= 28 and a["ngay"].month > 1 and a["cm"] != "thong-bao"]
for a in _redate[5:14:8]:
    od = a["ngay"].replace(month=a["ngay"].month - 1)
    a["corr"] = {"kind": "redated", "title": a["tieu_de"], "sec": a["cm"], "date": od,
                 "sapo": a["sapo"].replace("%d/%d," % (a["ngay"].day, a["ngay"].month), "%d/%d," % (od.day, od.month), 1), "why": "sửa ngày đăng"}
    CORR.append(a)
for a in CORR:
    c = a["corr"]
    c["path"] = permalink(c["sec"], c["date"], duong_dan(c["title"], 80))
    assert c["path"] != a["path"]

# hand-written 'Xem thêm:' lines (written when the host post was made: they point at whatever URL the target had then)
XEM_THEM = {}
for a in CORR:
    r = _rnd.Random(a["id"])
    hosts = [h for h in ARTS if a["ngay"] < h["ngay"] < a["ngay"] + _dt.timedelta(days=40) and "corr" not in h and h["id"] not in XEM_THEM]
    h = hosts[min(len(hosts) - 1, r.randint(0, 3))]
    XEM_THEM[h["id"]] = a["id"]
    a["corr"]["at"] = min(h["ngay"] + _dt.timedelta(days=r.randint(2, 9), hours=r.randint(1, 8)), BAY_GIO - _dt.timedelta(hours=20))
    a["corr"]["build"] = a["corr"]["at"] - _dt.timedelta(hours=r.randint(2, 30))
    a["corr"]["hosts"] = [h["path"]]
for h in ARTS:
    r = _rnd.Random(h["id"] * 5)
    if h["id"] in XEM_THEM or r.random() > 0.18:
        continue
    older = [b for b in ARTS if b["ngay"] < h["ngay"] - _dt.timedelta(days=2)][:30]
    if older:
        XEM_THEM[h["id"]] = r.choice(older)["id"]


def url_at(a, when):
    """The URL (and title) an article had at time `when`."""
    c = a.get("corr")
    if c and when < c["at"]:
        return c["path"], c["title"]
    return a["path"], a["tieu_de"]


LINKS = {}                                            # host id -> (href, anchor text)
_ix = 0
for hid, tid in sorted(XEM_THEM.items()):
    href, t = url_at(BY_ID[tid], BY_ID[hid]["ngay"])
    if _ix % 9 == 4:
        href += "index.html"                         # some editors pasted the file URL
    _ix += 1
    LINKS[hid] = (href, t)
    c = BY_ID[tid].get("corr")
    if c and href.startswith(c["path"]) and BY_ID[hid]["path"] not in c["hosts"]:
        c["hosts"].append(BY_ID[hid]["path"])
DELETED = [("/tin-hoat-dong/2025/02/trao-qua-cho-nguoi-dan-bi-anh-huong-trieu-cuong-o-vam-lang/", "Trao quà cho người dân bị ảnh hưởng triều cường ở Vàm Láng"),
           ("/hien-mau/2024/11/danh-sach-tinh-nguyen-vien-hien-mau-dot-4-nam-2024/", "Danh sách tình nguyện viên hiến máu đợt 4 năm 2024")]
for k, (p, t) in enumerate(DELETED):
    h = [a for a in ARTS if a["id"] not in LINKS and a["ngay"] > _dt.datetime(2025, 3, 1)][3 + 7 * k]
    LINKS[h["id"]] = (p, t)
PATHS = {a["path"]: a for a in ARTS}
STALE = {a["corr"]["path"]: a for a in CORR}
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /pagefind/\n\nSitemap: {o}/sitemap.xml\n"


def in_sec(sec, when=None):
    ids = [sec] + KIDS[sec]
    out = []
    for a in ARTS:
        if when is not None and a["ngay"] > when:
            continue
        s = a["cm"]
        if when is not None and a.get("corr") and when < a["corr"]["at"]:
            s = a["corr"]["sec"]
        if s in ids:
            out.append(a)
    return out


def sec_url(sec, n=1):
    return "/%s/" % sec + ("trang/%d/" % n if n > 1 else "")


def nav():
    out = ['<li class="nav-item"><a href="/">Trang chủ</a></li>']
    for s in TOPS:
        sub = "".join('<li><a href="%s">%s</a></li>' % (sec_url(k), x(SEC[k][1])) for k in KIDS[s])
        out.append('<li class="nav-item%s"><a href="%s">%s</a>%s</li>' % (" has-sub" if sub else "", sec_url(s), x(SEC[s][1]), '<ul class="sub-nav">%s</ul>' % sub if sub else ""))
    out.append('<li class="nav-item"><a href="/gioi-thieu/">Giới thiệu</a></li>')
    return '<nav><h2 class="visually-hidden">Menu chính</h2><ul class="nav">%s</ul></nav>' % "".join(out)


def sidebar(when):
    moi = [a for a in ARTS if a["ngay"] <= when][:8]
    return """<aside class="sidebar">
<section class="widget"><h2 class="widget-title">Tin mới</h2><ul class="postlist-mini">%s</ul></section>
<section class="widget"><h2 class="widget-title">Chủ đề</h2><ul class="tag-cloud">%s</ul></section>
<section class="widget hotline"><h2 class="widget-title">Đường dây nóng hiến máu</h2><p>0273.3841.115 - 0918.115.273</p></section>
<section class="widget"><h2 class="widget-title">Liên kết</h2><ul><li><a href="https://redcross.example/">Trung ương Hội Chữ thập đỏ Việt Nam</a></li><li><a href="https://giotmauvang.example/">Giọt máu vàng</a></li></ul></section>
</aside>""" % ("".join('<li><a href="%s">%s</a> <time datetime="%s">%s</time></li>' % (url_at(a, when)[0], x(url_at(a, when)[1]), a["ngay"].strftime("%Y-%m-%d"), ngay(a["ngay"])) for a in moi),
       "".join('<li><a href="/the/%s/" class="post-tag">%s</a></li>' % (duong_dan(t), x(t)) for t in TAGS))


TAGS = sorted({a["nhan"][0] for a in ARTS})


def layout(tv, title, main, url, when=BUILD_NOW, desc="", og="website", extra_head="", status=200):
    return Dapung("""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s | %s</title>
<meta name="description" content="%s">
<meta name="generator" content="Eleventy v2.0.1">
<link rel="alternate" href="/feed.xml" type="application/atom+xml" title="%s">
<link rel="canonical" href="%s">
<meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:image" content="%s/img/og-chu-thap-do.jpg">
%s<link rel="stylesheet" href="/css/index.css?v=%s">
</head>
<body>
<a href="#skip" class="visually-hidden">Bỏ qua nội dung</a>
<header><div class="brand"><a href="/" class="home-link"><img src="/img/logo-chu-thap-do.png" alt="" width="64" height="64"> <span>HỘI CHỮ THẬP ĐỎ TỈNH GÒ CÔNG</span></a></div>%s</header>
<main id="skip"><div class="container"><div class="content">%s</div>%s</div></main>
<footer><p><strong>HỘI CHỮ THẬP ĐỎ TỈNH GÒ CÔNG</strong> - 52 Nguyễn Trãi, thành phố Gò Công. ĐT: 0273.3841.115. Email: chuthapdo@gocong.example</p>
<p><a href="/luu-tru/">Lưu trữ</a> · <a href="/the/">Chủ đề</a> · <a href="/lien-he/">Liên hệ</a> · <a href="/feed.xml">RSS</a></p>
<p class="build">Cập nhật trang lúc %s %s</p></footer>
</body>
</html>""" % (x(title), x(SITE), x(desc or SITE), x(SITE), x(tv.origin + url), og, x(title), x(tv.origin + url), tv.origin, extra_head,
              when.strftime("%Y%m%d%H%M"), nav(), main, sidebar(when), gio(when), ngay(when)), status)


def card(a, when=BUILD_NOW, lead=True):
    href, t = url_at(a, when)
    return """<li class="postlist-item"><a href="%s" class="postlist-thumb"><img src="/img/bai-viet/%d.jpg" alt="" loading="lazy"></a>
<a href="%s" class="postlist-link">%s</a> <time class="postlist-date" datetime="%s">%s</time>%s</li>""" % (
        href, a["id"], href, x(t), a["ngay"].strftime("%Y-%m-%d"), ngay(a["ngay"]), '<p class="excerpt">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv):
    main = '<section class="featured"><h2>Tin nổi bật</h2><ol class="postlist">%s</ol></section>' % "".join(card(a) for a in ARTS[:3])
    for s in TOPS:
        main += '<section class="home-box"><h2><a href="%s">%s</a></h2><ol class="postlist">%s</ol></section>' % (
            sec_url(s), x(SEC[s][1]), "".join(card(a, lead=False) for a in in_sec(s)[:4]))
    return layout(tv, "Trang chủ", main, "/")


def pager(sec, n, last):
    if last <= 1:
        return ""
    out = []
    if n > 1:
        out.append('<li><a href="%s" rel="prev">« Trang trước</a></li>' % sec_url(sec, n - 1))
    for i in range(1, last + 1):
        out.append('<li><span aria-current="page">%d</span></li>' % i if i == n else '<li><a href="%s">%d</a></li>' % (sec_url(sec, i), i))
    if n < last:
        out.append('<li><a href="%s" rel="next">Trang sau »</a></li>' % sec_url(sec, n + 1))
    return '<nav class="pagination" aria-label="Phân trang"><ol>%s</ol></nav>' % "".join(out)


def listing(tv, sec, n):
    lst = in_sec(sec)
    last = max(1, (len(lst) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= n <= last:
        return not_found(tv)
    subs = " · ".join('<a href="%s">%s</a>' % (sec_url(k), x(SEC[k][1])) for k in KIDS[sec])
    main = '<h1>%s</h1>%s<ol class="postlist">%s</ol>%s' % (x(SEC[sec][1]), '<p class="sub-sections">%s</p>' % subs if subs else "",
                                                            "".join(card(a) for a in lst[(n - 1) * PER_PAGE:n * PER_PAGE]), pager(sec, n, last))
    return layout(tv, SEC[sec][1] + ("" if n == 1 else " - Trang %d" % n), main, sec_url(sec, n))


def body_html(a, with_note, title=None):
    ps = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc") and i in a["muc"]:
            ps.append("<h2>%s</h2>" % x(a["muc"][i]))
        ps.append("<p>%s</p>" % x(p))
        if i == 0 and a["kieu"] == "bai":
            ps.append('<figure><img src="/img/bai-viet/%d-1.jpg" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure>' % (a["id"], x(title or a["tieu_de"]), x(a["chu_thich"])))
    if a["id"] in LINKS:
        href, t = LINKS[a["id"]]
        ps.append('<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (href, x(t)))
    if with_note and a.get("corr"):
        c = a["corr"]
        ps.append('<p class="update-note"><em>Bài viết được cập nhật ngày %s (%s).</em></p>' % (ngay(c["at"]), c["why"]))
    return "".join(ps)


def article(tv, a, stale=False):
    c = a.get("corr") if stale else None
    when = c["build"] if stale else BUILD_NOW
    title, sec, d, sapo, url = (c["title"], c["sec"], c["date"], c["sapo"], c["path"]) if stale else (a["tieu_de"], a["cm"], a["ngay"], a["sapo"], a["path"])
    crumbs = '<a href="/">Trang chủ</a>'
    if SEC[sec][2]:
        crumbs += ' › <a href="%s">%s</a>' % (sec_url(SEC[sec][2]), x(SEC[SEC[sec][2]][1]))
    crumbs += ' › <a href="%s">%s</a>' % (sec_url(sec), x(SEC[sec][1]))
    chron = [b for b in ARTS if b["ngay"] <= when]
    i = chron.index(a) if a in chron else 0
    prev_, next_ = (chron[i + 1] if i + 1 < len(chron) else None), (chron[i - 1] if i > 0 else None)
    same = [b for b in in_sec(sec, when) if b["ngay"] < a["ngay"]][:5]
    upd = "" if stale or not a.get("corr") else '<li>Cập nhật: <time datetime="%s">%s</time></li>' % (a["corr"]["at"].strftime("%Y-%m-%d"), ngay(a["corr"]["at"]))
    main = """<p class="breadcrumbs">%s</p>
<article class="post"><h1>%s</h1>
<ul class="post-metadata"><li><time datetime="%s">%s</time></li>%s<li><a href="/the/%s/" class="post-tag">%s</a></li></ul>
<p class="lead"><strong>%s</strong></p>
%s
<p class="author">%s</p>
</article>
<ul class="links-nextprev">%s%s</ul>
<section class="related"><h2>Bài cùng chuyên mục</h2><ul>%s</ul></section>""" % (
        crumbs, x(title), d.strftime("%Y-%m-%d"), ngay(d), upd, duong_dan(a["nhan"][0]), x(a["nhan"][0]), x(sapo), body_html(a, not stale, title), x(a["tac_gia"]),
        '<li class="links-nextprev-prev">← Bài trước<br><a href="%s">%s</a></li>' % (url_at(prev_, when)[0], x(url_at(prev_, when)[1])) if prev_ else "",
        '<li class="links-nextprev-next">Bài sau →<br><a href="%s">%s</a></li>' % (url_at(next_, when)[0], x(url_at(next_, when)[1])) if next_ else "",
        "".join('<li><a href="%s">%s</a></li>' % (url_at(b, when)[0], x(url_at(b, when)[1])) for b in same))
    head = '<meta property="article:published_time" content="%s">' % d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    if not stale and a.get("corr"):
        head += '<meta property="article:modified_time" content="%s">' % a["corr"]["at"].strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return layout(tv, title, main, url, when, sapo, "article", head + "\n")


def tag_page(tv, slug):
    t = [t for t in TAGS if duong_dan(t) == slug]
    if not t:
        return not_found(tv)
    lst = [a for a in ARTS if a["nhan"][0] == t[0]]
    return layout(tv, "Chủ đề: " + t[0], '<h1>Chủ đề “%s”</h1><ol class="postlist">%s</ol><p><a href="/the/">Tất cả chủ đề</a></p>' % (
        x(t[0]), "".join(card(a, lead=False) for a in lst)), "/the/%s/" % slug)


def archive(tv, year=None):
    if year is None:
        years = sorted({a["ngay"].year for a in ARTS}, reverse=True)
        return layout(tv, "Lưu trữ", "<h1>Lưu trữ</h1><ul>%s</ul>" % "".join('<li><a href="/luu-tru/%d/">Năm %d</a></li>' % (y, y) for y in years), "/luu-tru/")
    lst = [a for a in ARTS if a["ngay"].year == year]
    if not lst:
        return not_found(tv)
    out, cur = [], None
    for a in lst:
        if a["ngay"].month != cur:
            cur = a["ngay"].month
            out.append("</ol><h2>Tháng %d/%d</h2><ol class=\"postlist\">" % (cur, year))
        out.append(card(a, lead=False))
    return layout(tv, "Lưu trữ năm %d" % year, "<h1>Lưu trữ năm %d</h1><ol>%s</ol>" % (year, "".join(out)), "/luu-tru/%d/" % year)


def feed(tv):
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="%s/">' % tv.origin,
           "<title>%s</title><subtitle>Tin hoạt động Hội Chữ thập đỏ tỉnh Gò Công</subtitle>" % x(SITE),
           '<link href="%s/feed.xml" rel="self"/><link href="%s/"/>' % (tv.origin, tv.origin),
           "<updated>%s</updated><id>%s/</id><author><name>Văn phòng Hội</name></author>" % (BUILD_NOW.strftime("%Y-%m-%dT%H:%M:%S+07:00"), tv.origin)]
    for a in ARTS[:20]:
        upd = a["corr"]["at"] if a.get("corr") else a["ngay"]
        out.append('<entry><title>%s</title><link href="%s"/><updated>%s</updated><id>%s</id><content type="html">%s</content></entry>' % (
            x(a["tieu_de"]), x(tv.origin + a["path"]), upd.strftime("%Y-%m-%dT%H:%M:%S+07:00"), x(tv.origin + a["path"]),
            x("<p><strong>%s</strong></p>" % x(a["sapo"]) + body_html(a, True))))
    out.append("</feed>")
    return Dapung("\n".join(out), 200, "application/xml")


def sitemap(tv):
    rows = [("/", BUILD_NOW, None)] + [(sec_url(s[0]), BUILD_NOW, None) for s in SECTIONS] + \
        [(a["path"], a["corr"]["at"] if a.get("corr") else a["ngay"], None) for a in ARTS]
    return urlset(tv.origin, rows)


def not_found(tv):
    return layout(tv, "Không tìm thấy trang", '<h1>404 - Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. <a href="/">Về trang chủ</a>.</p>', "/404.html", status=404)


def static_page(tv, url, title, text):
    return layout(tv, title, "<h1>%s</h1><p>%s</p>" % (x(title), x(text)), url)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/feed.xml":
        return feed(tv)
    if p == "/sitemap.xml":
        return sitemap(tv)
    if p.startswith(("/img/", "/css/")):
        return Dapung(b"", 200, "image/jpeg" if p.startswith("/img/") else "text/css")
    file_form = p.endswith("/index.html")
    q = p[:-10] if file_form else p
    if not q.endswith("/"):
        if not file_form and route(tv, q + "/").status == 200:
            return chuyen(tv.origin + q + "/", 301, body="<html><head><title>301 Moved Permanently</title></head><body><center><h1>301 Moved Permanently</h1></center><hr><center>nginx</center></body></html>")
        return not_found(tv)
    return route(tv, q)


def route(tv, q):
    if q == "/":
        return home(tv)
    if q in PATHS:
        return article(tv, PATHS[q])
    if q in STALE:
        return article(tv, STALE[q], stale=True)
    m = _re.fullmatch(r"/([a-z-]+(?:/[a-z-]+)?)/(?:trang/(\d+)/)?", q)
    if m and m.group(1) in SEC:
        return listing(tv, m.group(1), int(m.group(2) or 1))
    m = _re.fullmatch(r"/the/([a-z0-9-]+)/", q)
    if m:
        return tag_page(tv, m.group(1))
    if q == "/the/":
        return layout(tv, "Chủ đề", "<h1>Chủ đề</h1><ul>%s</ul>" % "".join('<li><a href="/the/%s/">%s</a></li>' % (duong_dan(t), x(t)) for t in TAGS), "/the/")
    if q == "/luu-tru/":
        return archive(tv)
    m = _re.fullmatch(r"/luu-tru/(\d{4})/", q)
    if m:
        return archive(tv, int(m.group(1)))
    if q == "/gioi-thieu/":
        return static_page(tv, q, "Giới thiệu", "Hội Chữ thập đỏ tỉnh Gò Công là tổ chức xã hội hoạt động nhân đạo, tập hợp mọi người Việt Nam vì mục tiêu nhân đạo, hoà bình và hữu nghị.")
    if q == "/lien-he/":
        return static_page(tv, q, "Liên hệ", "Văn phòng Hội Chữ thập đỏ tỉnh Gò Công, 52 Nguyễn Trãi, thành phố Gò Công. Điện thoại 0273.3841.115.")
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx/1.18.0 (Ubuntu)")])

# ---------------------------------------------------------------- manifest
MANIFEST = {
    "family": "Eleventy 2 static site (eleventy-base-blog derived theme; built on the webmaster's PC, uploaded to nginx by an FTP client "
              "that never deletes) of a provincial Red Cross society (Hội Chữ thập đỏ tỉnh Gò Công): ordinary site; corrected posts "
              "leave their pre-correction copy online at the old URL",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [a["path"] + "index.html"] + (
        [a["corr"]["path"], a["corr"]["path"] + "index.html"] if a.get("corr") else [])} for a in ARTS},
    "robots_disallowed": ["/admin/", "/pagefind/"],
    "trap_prefixes": [],
    "notes": (
        "Static files /<section>[/<sub>]/<yyyy>/<mm>/<slug>/ (index.html; the explicit /index.html form answers the same, the "
        "slash-less form 301s). Sections: Tin hoạt động, Hiến máu tình nguyện, Cứu trợ - Nhân đạo (Tết Nhân ái, Phòng, chống "
        "thiên tai), Sơ cấp cứu, Gương nhân ái, Thông báo; listings /<section>/trang/N/ (10 a page, every page number, '« Trang "
        "trước / Trang sau »'; past the end 404), tag pages /the/<tag>/, year archives /luu-tru/YYYY/, 'Bài trước / Bài sau' "
        "chronological links, Atom /feed.xml (20 newest, full content), /sitemap.xml (current URLs only). QUIRK: %d posts were "
        "corrected after publication (8 retitled: a wrong figure or place name in the title; 4 moved from 'Tin hoạt động' to "
        "their real section; 2 with a wrong month in the date; every one with a corrected lead). The permalink changed, and the "
        "old file is still served (200): pre-correction title, lead, date and section, <link rel=canonical> and og:url pointing "
        "to the OLD URL itself, an older build stamp 'Cập nhật trang lúc …' and the 'Tin mới' of that build. Hand-written "
        "'Xem thêm:' lines that other posts got before the correction link the old URL under the old title (a few with "
        "/index.html). The body paragraphs are the same, so both copies look like one article: the current URL is the truth "
        "(it carries 'Cập nhật: dd/mm/yyyy', article:modified_time and an update note; listings, sitemap and feed use it). "
        "SUMMARY stale_copies. Two posts deleted from the server are still linked from 'Xem thêm:' lines (404). robots: "
        "/admin/ (Decap CMS), /pagefind/. No calendar, no trap." % len(CORR)),
}
_s = CORR[0]
_m = [a for a in CORR if a["corr"]["kind"] == "moved"][0]
_d = [a for a in CORR if a["corr"]["kind"] == "redated"][0]
SELFTEST = [
    {"path": _s["corr"]["path"], "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s">' % _s["corr"]["path"]},
    {"path": _s["corr"]["path"], "status": 200, "contains": "<h1>%s</h1>" % x(_s["corr"]["title"])},
    {"path": _s["path"], "status": 200, "contains": "<h1>%s</h1>" % x(_s["tieu_de"])},
    {"path": _s["corr"]["hosts"][0], "status": 200, "contains": _s["corr"]["path"]},
    {"path": _m["corr"]["path"], "status": 200, "contains": '› <a href="/tin-hoat-dong/">Tin hoạt động</a>'},
    {"path": _d["corr"]["path"], "status": 200, "contains": '<time datetime="%s">' % _d["corr"]["date"].strftime("%Y-%m-%d")},
    {"path": "/sitemap.xml", "status": 200, "not_contains": _s["corr"]["path"]},
    {"path": _s["path"][:-1], "status": 301, "location": _s["path"]},
    {"path": sec_url("tin-hoat-dong", 99), "status": 404},
    {"path": DELETED[0][0], "status": 404},
]
SUMMARY = {
    "chains": ["/ -> /<section>/[trang/N/] -> /<section>/<yyyy>/<mm>/<slug>/ (current)",
               "/<section>/<yyyy>/<mm>/<slug>/ body 'Xem thêm:' -> OLD /<old section>/<yyyy>/<mm>/<old slug>/ (stale copy, self-canonical)"],
    "alias_kinds": ["/index.html file form (200, canonical)", "stale pre-correction copy at the old permalink (200, SELF-canonical, old title / lead / date / section)",
                    "/index.html form of a stale copy (200)"],
    "quirks": ["corrected posts leave their pre-correction copy at the old URL (200, self-canonical, old title / lead / date / section), linked from hand-written 'Xem thêm:' lines",
               "slash-less URLs 301 (nginx)", "deleted posts still linked from bodies (404)", "static site: no calendar, no trap"],
    "not_articles": [p for p, _ in DELETED],
    "stale_copies": {a["corr"]["path"]: {"current": a["path"], "kind": a["corr"]["kind"], "stale_title": a["corr"]["title"], "title": a["tieu_de"],
                                         "stale_date": a["corr"]["date"].strftime("%Y-%m-%dT%H:%M"), "date": a["ngay"].strftime("%Y-%m-%dT%H:%M"),
                                         "stale_section": a["corr"]["sec"], "section": a["cm"], "stale_lead": a["corr"]["sapo"], "lead": a["sapo"],
                                         "corrected_at": a["corr"]["at"].strftime("%Y-%m-%dT%H:%M"), "stale_build": a["corr"]["build"].strftime("%Y-%m-%dT%H:%M"),
                                         "linked_from": a["corr"]["hosts"]} for a in CORR},
}
