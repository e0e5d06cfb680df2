"""Replica (set 15, C): site of the Ban Dân vận Tỉnh uỷ Trấn Ninh (Party mass-mobilisation board) on an in-house ASP.NET Core 6
portal of the provincial IT service centre (Kestrel behind IIS; markup hedged).  Quirks: (1) every item of the home boxes,
listings and 'Tin mới' links through the click counter /go?u=<path>&b=<block> (302 to the clean URL), so one article has 2-6
tracker URLs and they change as it slides down the listings; (2) late-entered (backdated) articles: 12 pieces of the printed
bulletin entered this week carry their original dates 3-6 months earlier, and listings sort by that date, so they appear on page 2 and deeper."""
# ==== KERNEL BEGIN (sites15 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 15 kernel: set 14's plumbing and generator unchanged (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper,
# sitemap / RSS writers, SoanTin) with a NEW vocabulary (political school, labour federation, Party mass-mobilisation
# board, veterans' association) and three body styles: 'bai' (news: sapo + 4-5 paragraphs), 'dai' (long study piece:
# sapo + up to 7 numbered headings, 1-2 paragraphs each) and 'thongbao' (notice: number + 3 paragraphs).
# No markup for pages: every site writes its own templates.  No clock: "now" is Thursday 12/06/2025 10:20 (UTC+7).
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 6, 12, 10, 20)
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


# ---------------------------------------------------------------- seeded newsroom (set 15 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Đoàn", "Thái", "Quách", "Tô", "Lưu", "Hà", "Vương", "Từ",
       "La", "Cao", "Đinh", "Mạc", "Thạch", "Danh")
_DEM = ("Văn", "Thị", "Hữu", "Ngọc", "Công", "Kim", "Quốc", "Thuý", "Đức", "Tường", "Xuân", "Hồng")
_TEN = ("Ẩn", "Bảo", "Chánh", "Dũng", "Hiền", "Khải", "Lợi", "Mến", "Nguyên", "Phát", "Quang", "Sang", "Thắm", "Thiện",
        "Trí", "Uyên", "Vinh", "Xuyến", "Hoà", "Luân", "Nhung", "Tâm", "Diệu", "Kiệt")
_CHUC = ("Hiệu trưởng Trường Chính trị tỉnh", "Phó Hiệu trưởng Trường Chính trị tỉnh", "Trưởng khoa Xây dựng Đảng",
         "Chủ tịch Liên đoàn Lao động tỉnh", "Phó Chủ tịch Liên đoàn Lao động tỉnh", "Chủ tịch Công đoàn ngành Giáo dục",
         "Trưởng Ban Dân vận Tỉnh uỷ", "Phó Trưởng Ban Dân vận Tỉnh uỷ", "Chủ tịch Hội Cựu chiến binh tỉnh",
         "Phó Chủ tịch Hội Cựu chiến binh tỉnh", "Trưởng Ban Dân vận Huyện uỷ {H}", "Chủ tịch Liên đoàn Lao động huyện {H}",
         "Chủ tịch Hội Cựu chiến binh huyện {H}", "Bí thư Đảng uỷ xã {X}")
_DON_VI = ("Huyện uỷ {H}", "Đảng uỷ xã {X}", "Chi bộ ấp {A}", "Công đoàn cơ sở Công ty may {X}", "Ban Dân vận Huyện uỷ {H}",
           "Hội Cựu chiến binh xã {X}", "Chi hội Cựu chiến binh ấp {A}", "Tổ dân vận ấp {A}", "Trung tâm Chính trị huyện {H}",
           "Công đoàn viên chức huyện {H}")
_CO_QUAN = ("Trường Chính trị tỉnh", "Ban Thường vụ Tỉnh uỷ", "Liên đoàn Lao động tỉnh", "Ban Dân vận Tỉnh uỷ",
            "Hội Cựu chiến binh tỉnh", "Trung tâm Chính trị huyện", "Liên đoàn Lao động huyện", "Ban Dân vận Huyện uỷ",
            "Hội Cựu chiến binh huyện", "Ban Tuyên giáo Tỉnh uỷ", "Công đoàn Viên chức tỉnh", "Khối Dân vận tỉnh")
CHU_DE = {
    "ly-luan": ("Lý luận chính trị", ("bồi dưỡng lý luận chính trị cho đảng viên mới", "đào tạo trung cấp lý luận chính trị - hành chính", "học tập chủ nghĩa Mác - Lênin")),
    "tu-tuong-hcm": ("Tư tưởng Hồ Chí Minh", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "vận dụng tư tưởng Hồ Chí Minh về cán bộ", "di chúc của Chủ tịch Hồ Chí Minh")),
    "bao-ve-nen-tang": ("Bảo vệ nền tảng tư tưởng", ("đấu tranh phản bác quan điểm sai trái, thù địch", "bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng", "xây dựng lực lượng nòng cốt bảo vệ nền tảng tư tưởng")),
    "cong-doan": ("Công đoàn", ("chăm lo Tết Sum vầy cho đoàn viên", "chương trình Mái ấm Công đoàn", "thương lượng thoả ước lao động tập thể")),
    "an-toan-lao-dong": ("An toàn lao động", ("tháng hành động về an toàn, vệ sinh lao động", "phòng chống cháy nổ tại doanh nghiệp", "phong trào Xanh - Sạch - Đẹp, bảo đảm an toàn lao động")),
    "thi-dua-lao-dong": ("Thi đua lao động", ("phong trào Lao động giỏi, lao động sáng tạo", "giải thưởng Tôn Đức Thắng", "sáng kiến cải tiến kỹ thuật của công nhân")),
    "dan-van-kheo": ("Dân vận khéo", ("phong trào thi đua Dân vận khéo", "mô hình dân vận khéo ở khu dân cư", "công tác dân vận chính quyền")),
    "quy-che-dan-chu": ("Dân chủ ở cơ sở", ("thực hiện dân chủ ở cơ sở", "đối thoại trực tiếp với nhân dân", "tiếp nhận, giải quyết kiến nghị của cử tri")),
    "ton-giao-dan-toc": ("Tôn giáo, dân tộc", ("công tác vận động đồng bào có đạo", "chăm lo đồng bào Khmer dịp Chôl Chnăm Thmây", "phát huy vai trò người có uy tín")),
    "cuu-chien-binh": ("Cựu chiến binh", ("phong trào Cựu chiến binh gương mẫu", "giúp nhau làm kinh tế trong hội viên", "truyền thống Bộ đội Cụ Hồ")),
    "tri-an": ("Đền ơn đáp nghĩa", ("tri ân các anh hùng liệt sĩ nhân ngày 27/7", "tìm kiếm, quy tập hài cốt liệt sĩ", "trao nhà Nghĩa tình đồng đội")),
    "giao-duc-truyen-thong": ("Giáo dục truyền thống", ("giáo dục truyền thống cách mạng cho thế hệ trẻ", "kể chuyện truyền thống tại trường học", "hành trình về địa chỉ đỏ")),
}
_KHUON = {
    "truong": ["{cq} khai giảng lớp {v} tại {H}", "Trường Chính trị tỉnh: nâng cao chất lượng {v}", "{H}: kết quả {v} năm 2024",
               "Đồng chí {chuc} dự lễ bế giảng lớp {v}", "Hội thảo khoa học về {v}", "Giảng viên Trường Chính trị tỉnh đi thực tế về {v} tại {D}",
               "Trao bằng tốt nghiệp cho {n} học viên lớp {v}"],
    "congdoan": ["Công đoàn {H} với {v}", "{D} sôi nổi {v}", "{n} đoàn viên công đoàn hưởng ứng {v}", "Liên đoàn Lao động tỉnh phát động {v}",
                 "Công nhân khu công nghiệp {X} với {v}", "Đồng chí {chuc} thăm {v} ở {H}", "Tuyên dương {n} công nhân tiêu biểu trong {v}"],
    "danvan": ["Dân vận {H} với {v}", "{D} triển khai {v}", "Ấp {A} chuyển biến nhờ {v}", "Ban Dân vận Tỉnh uỷ sơ kết {v}",
               "Đồng chí {chuc} làm việc với {D} về {v}", "Nhân rộng mô hình {v} ở {H}", "{n} mô hình được công nhận trong {v}"],
    "ccb": ["Cựu chiến binh {H} với {v}", "{D} tổ chức {v}", "Hội viên ấp {A} gương mẫu trong {v}", "Hội Cựu chiến binh tỉnh sơ kết {v}",
            "Đồng chí {chuc} dự {v} tại xã {X}", "Gương cựu chiến binh xã {X} trong {v}", "{n} hội viên được hỗ trợ qua {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của tổ chức cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở {H}", "Bàn về mối quan hệ giữa {v} và xây dựng hệ thống chính trị", "Kinh nghiệm {v}: nhìn từ {H}",
        "Đổi mới nội dung, phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở {H}", "Những vấn đề đặt ra đối với {v} trong bối cảnh chuyển đổi số")
_MUC = ("Đặt vấn đề", "Cơ sở lý luận", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kết luận")


class SoanTin:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in
    truong / congdoan / danvan / ccb and kieu in bai / dai / thongbao.  Item dict: id, cm, kieu, tieu_de, ngay, chu_de,
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
                    "Một bài học khác là phải gắn %s với công tác cán bộ: cán bộ làm công tác dân vận, công đoàn cần vững bản lĩnh, am "
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
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice(("Trường Chính trị tỉnh", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Ban Dân vận Tỉnh uỷ", "Học viện Chính trị khu vực IV")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("TCT", "LĐLĐ", "BDVTU", "CCB")))
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

SITE = "Ban Dân vận Tỉnh uỷ Trấn Ninh"
# slug, name, parent, weight
CATS = [
    ("tin-hoat-dong", "Tin hoạt động", "", 0),
    ("dan-van-chinh-quyen", "Dân vận chính quyền", "tin-hoat-dong", 5),
    ("dan-van-co-so", "Dân vận ở cơ sở", "tin-hoat-dong", 4),
    ("dan-van-kheo", "Dân vận khéo", "", 4),
    ("ton-giao-dan-toc", "Tôn giáo - Dân tộc", "", 2),
    ("dan-chu-co-so", "Dân chủ ở cơ sở", "", 2),
    ("khoi-dan-van", "Khối Dân vận", "", 1),
]
CAT = {c[0]: c for c in CATS}
KIDS = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
TOPS = [c[0] for c in CATS if not c[2]]
NEWS = SoanTin(15004, 164, [(c[0], c[3], "danvan", "bai") for c in CATS if c[3]],
               ["Phủ Lý", "Xuân Thuỷ", "Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân"],
               ["Thanh Hà", "Liêm Tuyền", "Đồng Hoá", "Nhân Mỹ", "Xuân Khê", "An Ninh"],
               ["Thôn Đông", "Thôn Trại", "Bầu Thượng", "Yên Lạc", "Đồng Lạc", "Vĩnh Trụ"],
               tu_ngay=_dt.datetime(2024, 8, 12, 7, 0), id_dau=20400, buoc=3, nguon="DVTU",
               chu_de=["dan-van-kheo", "quy-che-dan-chu", "ton-giao-dan-toc", "tu-tuong-hcm", "tri-an", "cong-doan"])
_items = NEWS.items
# QUIRK 2: 12 late-entered articles: entered 09-12/06/2025 (new, highest ids), dated 3-6 months earlier (their original dates)
def _pos(a):
    return [b for b in _items if b["cm"] == a["cm"]].index(a)


_pick = [a for a in _items if 12 <= _pos(a) <= 32 and _items.index(a) % 3 == 0][:12]
_top = max(a["id"] for a in _items)
for k, a in enumerate(_pick):
    a["nhap"] = _dt.datetime(2025, 6, 9 + k // 4, 8 + k % 4 * 2, 15)
    a["id"] = _top + 3 + k * 2
for a in _items:
    a.setdefault("nhap", a["ngay"])
    a["path"] = "/bai-viet/%d/%s" % (a["id"], duong_dan(a["tieu_de"], 90))
ARTS = sorted(_items, key=lambda a: (a["ngay"], a["id"]), reverse=True)      # listings: by the displayed date
BACKDATED = _pick
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
PER_PAGE = 10
DELETED = ["/bai-viet/20433/ban-dan-van-huyen-binh-luc-tap-huan-nghiep-vu", "/bai-viet/20502/xa-nhan-my-ra-mat-to-dan-van-kieu-mau",
           "/bai-viet/20611/doi-thoai-voi-nhan-dan-ve-giai-phong-mat-bang"]
DOC_NHIEU = sorted(ARTS[5:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /quan-tri/\nDisallow: /Account/\nDisallow: /tim-kiem\nDisallow: /api/\n\nSitemap: {o}/sitemap.xml\n"


def in_cat(slug):
    ids = [slug] + KIDS[slug]
    return [a for a in ARTS if a["cm"] in ids]


def cat_url(slug, n=1):
    return "/chuyen-muc/%s" % slug + ("?page=%d" % n if n > 1 else "")


def go(a, b):
    """The portal's click counter: every box and listing item links through it."""
    return x("/go?u=%s&b=%s" % (ma_hoa(a["path"]), b))


def blocks():
    """Every (article path, block code) the site renders through /go (home, sidebar, listings)."""
    out = collections.defaultdict(list)
    for a in ARTS[:5]:
        out[a["path"]].append("tc-noibat")
    for t in TOPS:
        for a in in_cat(t)[:4]:
            out[a["path"]].append("tc-" + t)
    for a in ARTS[:8]:
        out[a["path"]].append("tinmoi")
    for c in CATS:
        for i, a in enumerate(in_cat(c[0])):
            out[a["path"]].append("cm-%s-p%d" % (c[0], i // PER_PAGE + 1))
    return out


import collections                    # noqa: E402  (used by blocks())
BLOCKS = blocks()


def nav():
    out = ['<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>', '<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>']
    for t in TOPS:
        sub = "".join('<a class="dropdown-item" href="%s">%s</a>' % (cat_url(k), x(CAT[k][1])) for k in KIDS[t])
        out.append('<li class="nav-item%s"><a class="nav-link" href="%s">%s</a>%s</li>' % (" dropdown" if sub else "", cat_url(t), x(CAT[t][1]), '<div class="dropdown-menu">%s</div>' % sub if sub else ""))
    return '<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">%s</ul></nav>' % "".join(out)


def aside():
    dn = ['<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in DOC_NHIEU]
    for k, (d, t) in enumerate(zip(DELETED, ("Ban Dân vận huyện Bình Lục tập huấn nghiệp vụ", "Xã Nhân Mỹ ra mắt Tổ dân vận kiểu mẫu",
                                            "Đối thoại với nhân dân về giải phóng mặt bằng"))):
        dn.insert(1 + 2 * k, '<li><a href="%s">%s</a></li>' % (d, x(t)))
    return """<div class="col-lg-4 sidebar">
<div class="box"><div class="box-title">Tin mới</div><ul class="list-news">%s</ul></div>
<div class="box"><div class="box-title">Đọc nhiều</div><ul class="list-news">%s</ul></div>
<div class="box"><div class="box-title">Lịch công tác</div><a href="/lich-cong-tac?ngay=2025-06-12">Lịch công tác hôm nay</a></div>
<div class="box"><div class="box-title">Liên kết</div><ul><li><a href="https://dangcongsan.example/">Báo Điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://danvan.example/">Tạp chí Dân vận</a></li></ul></div>
</div>""" % ("".join('<li><a href="%s">%s</a></li>' % (go(a, "tinmoi"), x(a["tieu_de"])) for a in ARTS[:8]), "".join(dn))


def layout(tv, title, main, status=200, canonical=None):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s - %s</title>
%s
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css?v=pX9kQ2mZ7cT1">
<link rel="alternate" type="application/rss+xml" href="/rss" title="Tin mới">
</head>
<body>
<header><div class="container"><div class="banner"><a href="/"><img src="/images/banner-bdv.png" alt="%s"></a></div>%s
<form class="form-search" action="/tim-kiem" method="get"><input type="text" name="tukhoa" class="form-control" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div></header>
<div class="container main"><div class="row"><div class="col-lg-8">%s</div>%s</div></div>
<footer><div class="container"><p>BAN DÂN VẬN TỈNH UỶ TRẤN NINH</p><p>Địa chỉ: 02 Trần Phú, thành phố Phủ Lý. Điện thoại: 0226.3852.216. Phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh.</p></div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script><script src="/js/site.js?v=4f2aQ"></script>
</body>
</html>""" % (x(title), x(SITE), can, x(SITE), nav(), main, aside()), status)


def item(a, b, lead=True):
    return """<div class="news-item media"><a href="%s" class="thumb"><img src="/uploads/tin-tuc/%s/%d.jpg" alt=""></a><div class="media-body">
<h3 class="title"><a href="%s">%s</a></h3><div class="date"><i class="fa fa-clock-o"></i> %s</div>%s</div></div>""" % (
        go(a, b), a["ngay"].strftime("%Y/%m"), a["id"], go(a, b), x(a["tieu_de"]), ngay(a["ngay"]) + " " + gio(a["ngay"]), '<p class="sapo">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv):
    main = '<div class="box hot"><div class="box-title">Tin nổi bật</div>%s<ul>%s</ul></div>' % (
        item(ARTS[0], "tc-noibat"), "".join('<li><a href="%s">%s</a></li>' % (go(a, "tc-noibat"), x(a["tieu_de"])) for a in ARTS[1:5]))
    for t in TOPS:
        main += '<div class="box"><div class="box-title"><a href="%s">%s</a></div>%s</div>' % (cat_url(t), x(CAT[t][1]), "".join(item(a, "tc-" + t, False) for a in in_cat(t)[:4]))
    return layout(tv, "Trang chủ", main, canonical="/")


def listing(tv, slug):
    lst = in_cat(slug)
    n = tv.so("page", 1, 1, 9999)
    if n is None:
        return not_found(tv)
    last = max(1, (len(lst) + PER_PAGE - 1) // PER_PAGE)
    page = lst[(n - 1) * PER_PAGE:n * PER_PAGE]
    pg = []
    if page:
        pg.append('<li class="page-item"><a class="page-link" href="%s">Đầu</a></li>' % cat_url(slug))
        for i in range(max(1, n - 2), min(last, n + 2) + 1):
            pg.append('<li class="page-item active"><span class="page-link">%d</span></li>' % i if i == n else '<li class="page-item"><a class="page-link" href="%s">%d</a></li>' % (cat_url(slug, i), i))
        pg.append('<li class="page-item"><a class="page-link" href="%s">Cuối</a></li>' % cat_url(slug, last))
    subs = " | ".join('<a href="%s">%s</a>' % (cat_url(k), x(CAT[k][1])) for k in KIDS[slug])
    body = "".join(item(a, "cm-%s-p%d" % (slug, n)) for a in page) or '<div class="alert">Không có dữ liệu.</div>'
    return layout(tv, CAT[slug][1], '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>%s</li></ol><h1 class="cat-title">%s</h1><div class="sub-cat">%s</div><div class="list">%s</div><ul class="pagination">%s</ul>' % (
        x(CAT[slug][1]), x(CAT[slug][1]), subs, body, "".join(pg)), canonical=cat_url(slug, n))


def body_html(a):
    ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
    ps.insert(1, '<table class="image center"><tbody><tr><td><img src="/uploads/tin-tuc/%s/%d-1.jpg" alt=""></td></tr><tr><td class="image_desc">%s</td></tr></tbody></table>' % (
        a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
    return "".join(ps)


def detail(tv, a, in_bai=False):
    if in_bai:
        return Dapung('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s"></head><body onload="window.print()"><div class="print"><h1>%s</h1><div class="date">%s</div><p><b>%s</b></p>%s<p style="text-align:right"><b>%s</b></p></div></body></html>' % (
            x(a["tieu_de"]), tv.origin, a["path"], x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]), body_html(a), x(a["tac_gia"])))
    c = CAT[a["cm"]]
    same = [b for b in in_cat(a["cm"]) if b["ngay"] < a["ngay"]][:6]
    main = """<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="%s">%s</a></li></ol>
<div class="news-detail"><h1 class="title">%s</h1><div class="meta"><span class="date">%s, %s</span> <span class="view">Lượt xem: %d</span></div>
<div class="sapo"><strong>%s</strong></div><div class="content">%s</div><div class="author">%s</div>
<div class="tools"><a href="/bai-viet/in/%d" target="_blank">In bài</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a></div></div>
<div class="box other"><div class="box-title">Tin cùng chuyên mục</div><ul>%s</ul></div>""" % (
        cat_url(a["cm"]), x(c[1]), x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]) + " " + gio(a["ngay"]), a["xem"], x(a["sapo"]), body_html(a), x(a["tac_gia"]),
        a["id"], ma_hoa(tv.origin + a["path"]), "".join('<li><a href="%s">%s</a> (%s)</li>' % (b["path"], x(b["tieu_de"]), ngay(b["ngay"])) for b in same))
    return layout(tv, a["tieu_de"], main, canonical=a["path"])


def day_page(tv):
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", tv.q.get("ngay", ""))
    try:
        d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        d = None
    if d is None:
        return not_found(tv)
    return layout(tv, "Lịch công tác", '<h1 class="cat-title">Lịch công tác ngày %s</h1><div class="cal"><a href="/lich-cong-tac?ngay=%s">« Ngày trước</a> | <a href="/lich-cong-tac?ngay=%s">Ngày sau »</a></div><table class="table"><tr><td>07:30</td><td>Lãnh đạo Ban làm việc tại cơ quan</td></tr></table>' % (
        ngay(d), (d - _dt.timedelta(days=1)).isoformat(), (d + _dt.timedelta(days=1)).isoformat()))


def not_found(tv):
    return layout(tv, "Không tìm thấy", '<div class="error"><h1>404 - Không tìm thấy trang</h1><p>Đường dẫn không tồn tại hoặc bài viết đã bị gỡ.</p></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv)
    if p == "/go":                                  # click counter: 302 to a same-site path only
        u = tv.q.get("u", "")
        if u.startswith("/") and not u.startswith("//"):
            return chuyen(u, 302)
        return chuyen("/", 302)
    m = _re.fullmatch(r"/bai-viet/(\d+)/([a-z0-9-]+)", p)
    if m and p in BY_PATH:
        return detail(tv, BY_PATH[p])
    if m and int(m.group(1)) in BY_ID:              # wrong slug: 301 to the right one
        return chuyen(BY_ID[int(m.group(1))]["path"], 301)
    m = _re.fullmatch(r"/bai-viet/in/(\d+)", p)
    if m and int(m.group(1)) in BY_ID:
        return detail(tv, BY_ID[int(m.group(1))], True)
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in CAT:
        return listing(tv, m.group(1))
    if p == "/rss":
        return rss(tv.origin, SITE, "/", [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in ARTS[:20]])
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", BAY_GIO, "daily")] + [(cat_url(c[0]), BAY_GIO, "daily") for c in CATS] +
                      [(a["path"], a["nhap"], None) for a in sorted(ARTS, key=lambda a: -a["id"])])
    if p == "/lich-cong-tac":
        return day_page(tv)
    if p == "/gioi-thieu":
        return layout(tv, "Giới thiệu", '<h1 class="cat-title">Giới thiệu</h1><p>Ban Dân vận Tỉnh uỷ là cơ quan tham mưu của Tỉnh uỷ về công tác dân vận.</p>')
    if p == "/tim-kiem":
        return layout(tv, "Tìm kiếm", '<h1 class="cat-title">Tìm kiếm</h1><p>Vui lòng nhập từ khoá.</p>')
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET")])

# ---------------------------------------------------------------- manifest
MANIFEST = {
    "family": "in-house ASP.NET Core 6 portal of a provincial IT service centre (hedged) for a provincial Party mass-mobilisation "
              "board (Ban Dân vận Tỉnh uỷ Trấn Ninh): ordinary site; every listed item links through a /go click counter; "
              "articles entered late with their original (months-old) dates",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [_html.unescape(go(a, b)) for b in BLOCKS[a["path"]]] + ["/bai-viet/in/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/quan-tri/", "/Account/", "/tim-kiem", "/api/"],
    "trap_prefixes": ["/lich-cong-tac"],
    "notes": (
        "Articles /bai-viet/<id>/<slug> (a wrong slug 301s to the right one). Menu: Tin hoạt động (Dân vận chính quyền, Dân "
        "vận ở cơ sở), Dân vận khéo, Tôn giáo - Dân tộc, Dân chủ ở cơ sở, Khối Dân vận. Listings /chuyen-muc/<slug>?page=N (10 "
        "a page; 'Đầu ±2 Cuối'; past the end 200 'Không có dữ liệu'; a parent lists its children's items). QUIRK 1: every item "
        "of the home ('Tin nổi bật' 5, a box per top section 4), the sidebar 'Tin mới' 8 and every listing page links through "
        "the click counter /go?u=<percent-encoded path>&b=<block> (302 to the clean URL); the block code names the box or the "
        "listing page (b=cm-<section>-p<N>), so one article has 2-6 tracker URLs (all listed as 301/302 aliases) and they "
        "change every time the article moves down a page. Clean URLs appear only in 'Tin cùng chuyên mục' (6 older), 'Đọc "
        "nhiều', RSS and the sitemap. QUIRK 2: %d articles were entered this week (09-12/06/2025, highest ids, sitemap lastmod "
        "= entry time) but carry their ORIGINAL dates 3-6 months back (pieces of the quarterly printed 'Bản tin Dân vận' entered late); listings, 'Tin mới' and RSS sort by that date, so they sit on "
        "page 2 or deeper of their listings (SUMMARY backdated): a daily crawl that reads the first pages or stops at known "
        "items never sees them. Article: '<Thứ>, dd/mm/yyyy HH:MM', Lượt xem, sapo, two-row image table, author, print "
        "/bai-viet/in/<id> (200, canonical; alias). 'Đọc nhiều' lists 3 deleted articles (404). /sitemap.xml complete, newest "
        "id first. Search /tim-kiem?tukhoa= (robots). Trap: /lich-cong-tac?ngay=YYYY-MM-DD « Ngày trước | Ngày sau » forever." % len(BACKDATED)),
}
_b = BACKDATED[0]
_bpos = in_cat(_b["cm"]).index(_b)
SELFTEST = [
    {"path": _html.unescape(go(ARTS[0], "tc-noibat")), "status": 302, "location": ARTS[0]["path"]},
    {"path": "/go?u=https%3A%2F%2Fevil.example%2F&b=x", "status": 302, "location": "/"},
    {"path": cat_url(_b["cm"]), "status": 200, "not_contains": _b["tieu_de"]},
    {"path": cat_url(_b["cm"], _bpos // PER_PAGE + 1), "status": 200, "contains": go(_b, "cm-%s-p%d" % (_b["cm"], _bpos // PER_PAGE + 1))},
    {"path": "/sitemap.xml", "status": 200, "contains": "<loc>http://replica.test:8080%s</loc><lastmod>%s</lastmod>" % (_b["path"], _b["nhap"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))},
    {"path": "/bai-viet/%d/sai-duong-dan" % ARTS[3]["id"], "status": 301, "location": ARTS[3]["path"]},
    {"path": cat_url("dan-van-kheo", 99), "status": 200, "contains": "Không có dữ liệu"},
    {"path": DELETED[0], "status": 404},
    {"path": "/lich-cong-tac?ngay=1990-01-01", "status": 200, "contains": "Ngày sau"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<slug>?page=N -> /go?u=<path>&b=cm-<slug>-pN -> 302 -> /bai-viet/<id>/<slug>",
               "/sitemap.xml (newest id first, lastmod = entry time) -> backdated articles that the listings show on page 2+"],
    "alias_kinds": ["click counter /go?u=&b= (302 to the clean URL; 2-6 per article)", "print /bai-viet/in/<id> (200, canonical)"],
    "quirks": ["every listed item links through the /go click counter (302); block code in the URL (tracker URLs change as items move)",
               "late-entered articles (the printed bulletin's pieces, entered this week) keep their original dates 3-6 months back: listings put them on page 2+; only the sitemap lastmod / ids show them as new",
               "wrong slug 301s", "deleted articles still in 'Đọc nhiều' (404)", "day calendar trap"],
    "not_articles": DELETED,
    "backdated": {a["path"]: {"shown": a["ngay"].strftime("%Y-%m-%d %H:%M"), "entered": a["nhap"].strftime("%Y-%m-%d %H:%M"),
                              "listing_page": in_cat(a["cm"]).index(a) // PER_PAGE + 1} for a in BACKDATED},
}
