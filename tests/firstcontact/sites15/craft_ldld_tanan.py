"""Replica (set 15, B): site of the Liên đoàn Lao động tỉnh Tân An (provincial labour federation) on Craft CMS 4 (PHP / Yii 2,
Twig templates by a local agency; markup hedged).  Quirk: long pieces are split by the template into pages at
`/<section>/<slug>/2`, `/3` (a template route); each page repeats the title, has its own self-pointing canonical, and only
a plain 'Xem tiếp »' link at the foot of the text leads on: no page count, no 'view all', page 3 linked from page 2 only."""
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

SITE = "Liên đoàn Lao động tỉnh Tân An"
# channel handle, uri prefix, name, weight, giong, kieu
CHANNELS = [
    ("tinTuc", "tin-tuc", "Tin tức - Sự kiện", 0, "congdoan", "bai"),
    ("nghienCuu", "nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 3, "congdoan", "dai"),
    ("chinhSach", "chinh-sach-phap-luat", "Chính sách - Pháp luật", 2, "congdoan", "bai"),
    ("guongDienHinh", "guong-dien-hinh", "Gương điển hình", 2, "congdoan", "bai"),
]
# categories of the 'Tin tức' channel (category group 'chuyenMuc')
CATS = [("hoat-dong-cong-doan", "Hoạt động Công đoàn", 5), ("cong-doan-co-so", "Công đoàn cơ sở", 4), ("doi-song-cong-nhan", "Đời sống công nhân", 3)]
CH = {c[1]: c for c in CHANNELS}
CAT = {c[0]: c for c in CATS}
NEWS = SoanTin(15003, 152, [(c[0], c[2], "congdoan", "bai") for c in CATS] + [(c[1], c[3], c[4], c[5]) for c in CHANNELS if c[3]],
               ["Bến Lức", "Cần Giuộc", "Đức Hoà", "Thủ Thừa", "Tân Trụ", "Mộc Hoá"],
               ["Long Hiệp", "Mỹ Yên", "Hựu Thạnh", "Tân Kim", "Nhựt Chánh", "Thạnh Lợi"],
               ["Phước Tú", "Long Khê", "Bình Tả", "Rạch Kiến", "Tầm Vu", "Gò Đen"],
               tu_ngay=_dt.datetime(2024, 8, 20, 7, 0), id_dau=5100, buoc=4, nguon="LĐLĐ",
               chu_de=["cong-doan", "an-toan-lao-dong", "thi-dua-lao-dong", "quy-che-dan-chu", "tu-tuong-hcm", "tri-an"])
ARTS = NEWS.items
_slugs = set()
for a in ARTS:
    a["kenh"] = "tin-tuc" if a["cm"] in CAT else a["cm"]
    s = duong_dan(a["tieu_de"], 90)
    while s in _slugs:
        s += "-2"
    _slugs.add(s)
    a["slug"] = s
    a["path"] = "/%s/%s" % (a["kenh"], s)
    a["nhan"] = a["nhan"][:1]
BY_PATH = {a["path"]: a for a in ARTS}
PER_PART = 4
LONG = [a for a in ARTS if a["kieu"] == "dai"] + [a for a in ARTS if a["cm"] == "guong-dien-hinh"][:6]
for a in ARTS:
    if a in LONG and a["kieu"] == "bai":             # long 'Gương điển hình' features: two more paragraphs, two pages
        r = _rnd.Random(a["id"])
        a["doan"] = a["doan"] + [
            "Nói về dự định sắp tới, %s cho biết sẽ tiếp tục đề xuất với công ty mở thêm %d lớp nâng cao tay nghề, vận động %d công nhân "
            "tham gia bảo hiểm xã hội tự nguyện và giữ vững danh hiệu công đoàn cơ sở vững mạnh %d năm liền." % (NEWS.nguoi(), r.randint(2, 9), r.randint(20, 400), r.randint(3, 12)),
            "Ghi nhận những đóng góp đó, %s đã tặng bằng khen cho %d tập thể, %d cá nhân; câu chuyện về người thợ ở khu công nghiệp %s được "
            "chọn giới thiệu tại diễn đàn công nhân lao động năm 2025." % (r.choice(("Tổng Liên đoàn Lao động Việt Nam", "UBND tỉnh", "Liên đoàn Lao động tỉnh")), r.randint(2, 20), r.randint(3, 50), r.choice(NEWS.xa))]
for a in ARTS:
    n = len(a["doan"])
    if a in LONG:
        cuts = list(range(0, n, PER_PART)) if a["kieu"] == "dai" else [0, n - 3]
        if len(cuts) > 1 and n - cuts[-1] < 2:
            cuts.pop()
        a["parts"] = [(c, (cuts[i + 1] if i + 1 < len(cuts) else n)) for i, c in enumerate(cuts)]
    else:
        a["parts"] = [(0, n)]
LONG = [a for a in LONG if len(a["parts"]) > 1]
PER_PAGE = 12
DELETED = ["/tin-tuc/cong-doan-cong-ty-giay-tan-an-trao-qua-cho-doan-vien-kho-khan", "/guong-dien-hinh/nguoi-tho-han-20-nam-giu-lua-nghe"]
DOC_NHIEU = sorted(ARTS[4:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /admin\nDisallow: /cpresources/\nDisallow: /actions/\nDisallow: /tim-kiem\n\nSitemap: {o}/sitemaps-1-sitemap.xml\n"


def in_list(kenh, cat=None):
    return [a for a in ARTS if a["kenh"] == kenh and (cat is None or a["cm"] == cat)]


def list_url(base, n=1):
    return base + ("/p%d" % n if n > 1 else "")


def nav():
    sub = "".join('<li><a href="/tin-tuc/chuyen-muc/%s">%s</a></li>' % (c[0], x(c[1])) for c in CATS)
    out = ['<li><a href="/">Trang chủ</a></li>', '<li class="has-dropdown"><a href="/tin-tuc">Tin tức - Sự kiện</a><ul class="dropdown">%s</ul></li>' % sub]
    out += ['<li><a href="/%s">%s</a></li>' % (c[1], x(c[2])) for c in CHANNELS[1:]]
    out.append('<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li>')
    return '<nav class="main-nav"><ul class="menu">%s</ul></nav>' % "".join(out)


def aside():
    dn = ['<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in DOC_NHIEU]
    dn.insert(1, '<li><a href="%s">Công đoàn Công ty Giày Tân An trao quà cho đoàn viên khó khăn</a></li>' % DELETED[0])
    dn.insert(4, '<li><a href="%s">Người thợ hàn 20 năm giữ lửa nghề</a></li>' % DELETED[1])
    return """<aside class="sidebar">
<section class="widget"><h3 class="widget-title">Tin mới</h3><ul>%s</ul></section>
<section class="widget"><h3 class="widget-title">Đọc nhiều</h3><ul>%s</ul></section>
<section class="widget"><h3 class="widget-title">Lịch công tác</h3><a href="/lich-cong-tac/2025/06">Lịch công tác tháng 6/2025</a></section>
<section class="widget"><h3 class="widget-title">Văn bản mới</h3><ul><li><a href="/uploads/van-ban/ke-hoach-thang-cong-nhan-2025.pdf">Kế hoạch Tháng Công nhân năm 2025</a></li></ul></section>
</aside>""" % ("".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:8]), "".join(dn))


def layout(tv, title, main, status=200, canonical=None, desc=""):
    can = '<link rel="canonical" href="%s%s">\n<meta property="og:url" content="%s%s">' % (tv.origin, canonical, tv.origin, canonical) if canonical else ""
    return Dapung("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<meta name="description" content="%s">
%s
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss.xml">
<link rel="stylesheet" href="/assets/dist/css/app.3f9c1e.css">
</head>
<body class="template-%s">
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo-ldld.png" alt="%s"></a>
<form class="search" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Tìm kiếm..."></form></div>%s</header>
<main class="container"><div class="row"><div class="col-main">%s</div>%s</div></main>
<footer class="site-footer"><p>%s - Địa chỉ: 12 Nguyễn Huệ, phường 1, thành phố Tân An. Điện thoại: 0272.3826.115.</p><p>Powered by Craft CMS</p></footer>
<script src="/assets/dist/js/app.3f9c1e.js" defer></script>
</body>
</html>""" % (x(title), x(SITE), x(desc), can, "page" if not canonical else "entry", x(SITE), nav(), main, aside(), x(SITE)), status)


def card(a):
    return """<article class="card"><a href="%s" class="card-img"><img src="/uploads/tin-tuc/_380x250_crop_center-center/%s.jpg" alt="%s" loading="lazy"></a>
<div class="card-body"><h3 class="card-title"><a href="%s">%s</a></h3><time datetime="%s">%s</time><p class="card-excerpt">%s</p></div></article>""" % (
        a["path"], a["slug"][:40], x(a["tieu_de"]), a["path"], x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"), ngay(a["ngay"]), x(a["sapo"]))


def home(tv):
    main = '<section class="hero"><h2 class="section-title">Tin nổi bật</h2>%s<ul class="hero-list">%s</ul></section>' % (
        card(ARTS[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[1:5]))
    for c in CHANNELS:
        lst = in_list(c[1])[:4]
        main += '<section class="home-box"><h2 class="section-title"><a href="/%s">%s</a></h2>%s</section>' % (c[1], x(c[2]), "".join(card(a) for a in lst))
    return layout(tv, "Trang chủ", main, desc=SITE)


def pager(base, n, total):
    last = max(1, (total + PER_PAGE - 1) // PER_PAGE)
    out = []
    if n > 1:
        out.append('<a class="prev" href="%s">« Trước</a>' % list_url(base, n - 1))
    for i in range(1, last + 1):
        out.append('<span class="current">%d</span>' % i if i == n else '<a href="%s">%d</a>' % (list_url(base, i), i))
    if n < last:
        out.append('<a class="next" href="%s">Sau »</a>' % list_url(base, n + 1))
    return '<nav class="pagination">%s</nav>' % " ".join(out)


def listing(tv, base, name, lst, n):
    page = lst[(n - 1) * PER_PAGE:n * PER_PAGE]
    subs = ""
    if base == "/tin-tuc":
        subs = '<ul class="subnav">%s</ul>' % "".join('<li><a href="/tin-tuc/chuyen-muc/%s">%s</a></li>' % (c[0], x(c[1])) for c in CATS)
    body = "".join(card(a) for a in page) or '<p class="empty">Không có bài viết nào.</p>'
    return layout(tv, name + (" - Trang %d" % n if n > 1 else ""), '<nav class="breadcrumb"><a href="/">Trang chủ</a> / %s</nav><h1 class="page-title">%s</h1>%s<div class="card-list">%s</div>%s' % (
        x(name), x(name), subs, body, pager(base, n, len(lst)) if page else ""), canonical=list_url(base, n))


def article(tv, a, part):
    i, (lo, hi) = part, a["parts"][part - 1]
    paras = []
    for k in range(lo, hi):
        if k in a.get("muc", {}):
            paras.append("<h3>%s</h3>" % x(a["muc"][k]))
        paras.append("<p>%s</p>" % x(a["doan"][k]))
        if k == lo and part == 1 and a["chu_thich"]:
            paras.append('<figure class="image"><img src="/uploads/tin-tuc/%s-1.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (a["slug"][:40], x(a["tieu_de"]), x(a["chu_thich"])))
    more = ""
    if part < len(a["parts"]):
        more = '<p class="read-more"><a href="%s/%d">Xem tiếp »</a></p>' % (a["path"], part + 1)
    back = '<p class="read-prev"><a href="%s">« Trang trước</a></p>' % (a["path"] if part == 2 else "%s/%d" % (a["path"], part - 1)) if part > 1 else ""
    sapo = '<div class="entry-lead"><strong>%s</strong></div>' % x(a["sapo"]) if part == 1 else ""
    author = '<p class="entry-author" style="text-align:right"><strong>%s</strong></p>' % x(a["tac_gia"]) if part == len(a["parts"]) else ""
    kenh = CH[a["kenh"]]
    crumbs = '<a href="/">Trang chủ</a> / <a href="/%s">%s</a>' % (kenh[1], x(kenh[2]))
    if a["cm"] in CAT:
        crumbs += ' / <a href="/tin-tuc/chuyen-muc/%s">%s</a>' % (a["cm"], x(CAT[a["cm"]][1]))
    rel = [b for b in in_list(a["kenh"]) if b["ngay"] < a["ngay"]][:5]
    main = """<nav class="breadcrumb">%s</nav>
<article class="entry"><h1 class="entry-title">%s</h1><div class="entry-meta"><time datetime="%s">%s, %s</time> <span class="views">%d lượt xem</span></div>
%s<div class="entry-content">%s%s%s</div>%s
<div class="entry-tags">Chủ đề: %s</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.example/share?u=%s">Zalo</a> <a href="javascript:window.print()">In bài</a></div></article>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>""" % (
        crumbs, x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"), thu(a["ngay"]), ngay(a["ngay"]) + " " + gio(a["ngay"]), a["xem"],
        sapo, back, "".join(paras), more, author, ", ".join(x(t) for t in a["nhan"]), ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (b["path"], x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    here = a["path"] + ("/%d" % part if part > 1 else "")
    return layout(tv, a["tieu_de"], main, canonical=here, desc=a["sapo"])


def month_page(tv, y, mth):
    if not (1 <= mth <= 12 and 1900 <= y <= 2999):
        return not_found(tv)
    py, pm = (y, mth - 1) if mth > 1 else (y - 1, 12)
    ny, nm = (y, mth + 1) if mth < 12 else (y + 1, 1)
    return layout(tv, "Lịch công tác", '<h1 class="page-title">Lịch công tác tháng %d/%d</h1><div class="cal-nav"><a href="/lich-cong-tac/%d/%02d">« Tháng trước</a> | <a href="/lich-cong-tac/%d/%02d">Tháng sau »</a></div><table class="calendar"><tr><td>Thứ Hai</td><td>Giao ban Thường trực</td></tr></table>' % (
        mth, y, py, pm, ny, nm))


def not_found(tv):
    return layout(tv, "Không tìm thấy trang", '<div class="error-404"><h1>404</h1><p>Xin lỗi, trang bạn tìm không tồn tại.</p><a href="/">Về trang chủ</a></div>', status=404)


SECTION_SITEMAPS = [("tinTuc", "tin-tuc"), ("nghienCuu", "nghien-cuu-trao-doi"), ("chinhSach", "chinh-sach-phap-luat"), ("guongDienHinh", "guong-dien-hinh")]


def handle(tv):
    p = tv.path.rstrip("/") or "/"
    if tv.path != "/" and tv.path.endswith("/"):
        return chuyen(p + ("?" + tv.query if tv.query else ""), 301)       # Craft: addTrailingSlashesToUrls = false
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv)
    if p == "/index.php" and tv.q.get("p"):                             # Craft's path parameter (no rewrite)
        target = "/" + tv.q["p"].strip("/")
        if target in BY_PATH:
            return article(tv, BY_PATH[target], 1)
        return not_found(tv)
    m = _re.fullmatch(r"/([a-z-]+)(?:/chuyen-muc/([a-z-]+))?(?:/p(\d+))?", p)
    if m and m.group(1) in CH and (m.group(2) is None or (m.group(1) == "tin-tuc" and m.group(2) in CAT)):
        n = int(m.group(3) or 1)
        if m.group(3) == "1" or n < 1:
            return chuyen(p[:-3], 301)
        base = "/" + m.group(1) + ("/chuyen-muc/" + m.group(2) if m.group(2) else "")
        name = CAT[m.group(2)][1] if m.group(2) else CH[m.group(1)][2]
        return listing(tv, base, name, in_list(m.group(1), m.group(2)), n)
    if p in BY_PATH:
        return article(tv, BY_PATH[p], 1)
    m = _re.fullmatch(r"(/[a-z-]+/[a-z0-9-]+)/(\d+)", p)
    if m and m.group(1) in BY_PATH:
        a, k = BY_PATH[m.group(1)], int(m.group(2))
        if 2 <= k <= len(a["parts"]):
            return article(tv, a, k)
        return not_found(tv)
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4})/(\d{2})", p)
    if m:
        return month_page(tv, int(m.group(1)), int(m.group(2)))
    if p == "/rss.xml":
        return rss(tv.origin, SITE, "/", [(a["tieu_de"], "/index.php?p=" + a["path"][1:], a["ngay"], a["sapo"]) for a in ARTS[:20]])
    if p == "/sitemaps-1-sitemap.xml":
        return sitemapindex(tv.origin, [("/sitemaps-1-section-%s-1-sitemap.xml" % h, BAY_GIO) for h, _ in SECTION_SITEMAPS])
    m = _re.fullmatch(r"/sitemaps-1-section-(\w+)-1-sitemap\.xml", p)
    if m and m.group(1) in dict(SECTION_SITEMAPS):
        return urlset(tv.origin, [(a["path"], a["ngay"], None) for a in in_list(dict(SECTION_SITEMAPS)[m.group(1)])])
    if p in ("/van-ban", "/lien-he"):
        return layout(tv, "Văn bản" if p == "/van-ban" else "Liên hệ", '<h1 class="page-title">%s</h1><p>Đang cập nhật.</p>' % ("Văn bản" if p == "/van-ban" else "Liên hệ"))
    if p == "/tim-kiem":
        return layout(tv, "Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm</h1><p>Nhập từ khoá để tìm kiếm.</p>')
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx"), ("X-Powered-By", "Craft CMS")])

# ---------------------------------------------------------------- manifest
MANIFEST = {
    "family": "Craft CMS 4 (PHP / Yii 2, agency Twig templates; hedged) site of a provincial labour federation (Liên đoàn Lao động "
              "tỉnh Tân An): ordinary site; long pieces split over pages /<section>/<slug>/2, /3 reached only by 'Xem tiếp »'",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ["/index.php?p=" + a["path"][1:]]} for a in ARTS},
    "robots_disallowed": ["/admin", "/cpresources/", "/actions/", "/tim-kiem"],
    "trap_prefixes": ["/lich-cong-tac"],
    "notes": (
        "Channels (Craft sections) with entry URIs /<section>/<slug>: Tin tức - Sự kiện /tin-tuc (categories /tin-tuc/chuyen-muc/"
        "<cat>: Hoạt động Công đoàn, Công đoàn cơ sở, Đời sống công nhân), Nghiên cứu - Trao đổi, Chính sách - Pháp luật, Gương "
        "điển hình. Listings 12 a page, Craft pageTrigger 'p': /tin-tuc/p2 ('« Trước 1 2 … Sau »'; /p1 301s to the bare URL; "
        "past the end 200 'Không có bài viết nào'); trailing slash 301s to the slash-less URL. QUIRK: %d long pieces (every "
        "'Nghiên cứu - Trao đổi' study, 4 paragraphs a page, and 6 'Gương điển hình' features, last 3 paragraphs on page 2) are "
        "split by a template route into /<section>/<slug>/2, /3 …: each part repeats the <h1> title and <title>, carries a "
        "canonical pointing to ITSELF, has no page count and no 'view all'; the only link on is a plain 'Xem tiếp »' under the "
        "text (page 3 is linked from page 2 only; '« Trang trước' goes back). The parts are ONE article (SUMMARY article_parts); "
        "the sitemap and RSS list page 1 only. Home: 'Tin nổi bật' 5, a box per channel 4. Sidebar: 'Tin mới' 8, 'Đọc nhiều' 6 "
        "(two disabled entries: 404), 'Lịch công tác', PDF documents. Article: date '<Thứ>, dd/mm/yyyy HH:MM', N lượt xem, lead, "
        "figure + figcaption, 'Chủ đề', share, JS print, 'Tin cùng chuyên mục' 5 older. RSS /rss.xml (20 newest) links Craft's "
        "path-parameter form /index.php?p=<uri> (200, canonical = the clean URL; alias). SEOmatic-style sitemap index "
        "/sitemaps-1-sitemap.xml -> one urlset per section (complete). Search /tim-kiem?q= (robots). Trap: /lich-cong-tac/YYYY/MM "
        "« Tháng trước | Tháng sau » forever." % len(LONG)),
}
_l = [a for a in LONG if len(a["parts"]) >= 3][0]
SELFTEST = [
    {"path": _l["path"], "status": 200, "contains": "Xem tiếp »", "not_contains": _l["doan"][_l["parts"][1][0]]},
    {"path": _l["path"] + "/2", "status": 200, "contains": _l["doan"][_l["parts"][1][0]], "not_contains": "entry-lead"},
    {"path": _l["path"] + "/2", "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080%s/2">' % _l["path"]},
    {"path": _l["path"] + "/2", "status": 200, "contains": _l["path"] + "/3"},
    {"path": _l["path"] + "/9", "status": 404},
    {"path": "/tin-tuc/p1", "status": 301, "location": "/tin-tuc"},
    {"path": "/tin-tuc/p99", "status": 200, "contains": "Không có bài viết nào"},
    {"path": "/tin-tuc/", "status": 301, "location": "/tin-tuc"},
    {"path": DELETED[0], "status": 404},
    {"path": "/lich-cong-tac/1990/01", "status": 200, "contains": "Tháng sau"},
]
SUMMARY = {
    "chains": ["/ -> /<section>[/chuyen-muc/<cat>] /pN -> /<section>/<slug> -> 'Xem tiếp »' /<slug>/2 -> 'Xem tiếp »' /<slug>/3 (parts of one article)",
               "/rss.xml -> /index.php?p=<section>/<slug> (Craft path parameter; alias)"],
    "alias_kinds": ["Craft path parameter /index.php?p=<uri> (200, canonical)"],
    "quirks": ["long pieces split over /<slug>/2, /3: only a 'Xem tiep' link, self-canonical parts, same title, no page count, no view-all",
               "Craft pageTrigger /p2 listings; trailing slash 301", "disabled entries still in 'Đọc nhiều' (404)", "month calendar trap"],
    "not_articles": DELETED,
    "article_parts": {a["path"]: [a["path"] + "/%d" % i for i in range(2, len(a["parts"]) + 1)] for a in LONG},
}
