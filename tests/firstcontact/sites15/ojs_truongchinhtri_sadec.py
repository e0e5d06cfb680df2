"""Replica (set 15, A): the research bulletin 'Thông tin Khoa học Chính trị' of the Trường Chính trị tỉnh Sa Đéc (provincial
political school) on Open Journal Systems 3.3 (PHP, PKP; default theme, markup hedged).  Quirk: the article landing page is
the ABSTRACT only; the full text lives in an uploaded Word-export HTML galley, shown by the galley viewer page inside an
<iframe> (`article/download/<aid>/<gid>/<fid>?inline=1`), with more text than the landing page and a <title> that is the
uploaded file's name.  A crawler that keeps the landing page keeps 1 paragraph of a 10-paragraph article."""
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

SITE = "Thông tin Khoa học Chính trị"
SCHOOL = "Trường Chính trị tỉnh Sa Đéc"
J = "/index.php/ttkh"
HUYEN = ["Cao Lãnh", "Lai Vung", "Lấp Vò", "Châu Thành", "Tháp Mười", "Hồng Ngự"]
XA = ["Tân Khánh Đông", "Long Hậu", "Định Yên", "An Hiệp", "Mỹ An", "Thường Thới"]
AP = ["Hoà Khánh", "Tân Lập", "Bình Hiệp", "Long Phú", "Mỹ Điền", "Phú Thạnh"]
SECTIONS = [("nghien-cuu", "Nghiên cứu - Trao đổi", 5), ("thuc-tien", "Thực tiễn - Kinh nghiệm", 3), ("tu-lieu", "Tư liệu - Tham khảo", 1)]
SEC = {s[0]: s[1] for s in SECTIONS}
RES = SoanTin(15001, 126, [(k, w, "truong", "dai") for k, _, w in SECTIONS], HUYEN, XA, AP,
              tu_ngay=_dt.datetime(2022, 1, 5, 7, 0), id_dau=300, buoc=2,
              chu_de=["ly-luan", "tu-tuong-hcm", "bao-ve-nen-tang", "dan-van-kheo", "quy-che-dan-chu", "giao-duc-truyen-thong"])
NEWS = SoanTin(15002, 14, [("thong-bao", 2, "truong", "thongbao"), ("tin", 1, "truong", "bai")], HUYEN, XA, AP,
               tu_ngay=_dt.datetime(2024, 3, 1, 7, 0), id_dau=40, buoc=1, nguon="TCT")
# 14 issues, quarterly: Số 1/2022 … Số 2/2025 (9 articles each, oldest issue = lowest id)
ISSUES = []
_res = sorted(RES.items, key=lambda a: (a["ngay"], a["id"]))
for i in range(14):
    y, q = 2022 + i // 4, i % 4 + 1
    d = _dt.datetime(y, 3 * q, 28, 9, 0) if (y, q) != (2025, 2) else _dt.datetime(2025, 6, 10, 9, 0)
    iss = {"id": 11 + i * 3, "so": q, "nam": y, "ngay": d, "arts": _res[i * 9:(i + 1) * 9]}
    iss["ten"] = "Số %d (%d)" % (q, y)
    ISSUES.append(iss)
    trang = 3
    for k, a in enumerate(sorted(iss["arts"], key=lambda a: [s[0] for s in SECTIONS].index(a["cm"]))):
        a["so"], a["ngay"] = iss, d
        a["trang"] = "%d-%d" % (trang, trang + 5 + k % 4)
        trang += 7 + k % 4
        a["gid"], a["pgid"] = a["id"] * 3 + 1, a["id"] * 3 + 2
        a["fid"], a["pfid"] = 1000 + a["id"] * 7, 1001 + a["id"] * 7
        a["path"] = "%s/article/view/%d" % (J, a["id"])
        a["tep"] = "bai%d_so%d_%d%s.docx" % (k + 1, q, y, " (ban sua)" if a["id"] % 5 == 0 else "")
ISSUES.reverse()                      # newest first
CURRENT = ISSUES[0]
ARTS = sorted(RES.items, key=lambda a: (a["ngay"], -RES.items.index(a)), reverse=True)
_REFS_CHUNG = ["Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập I, Nxb Chính trị quốc gia Sự thật, Hà Nội.",
               "Hồ Chí Minh (2011), Toàn tập, tập 5, Nxb Chính trị quốc gia Sự thật, Hà Nội.",
               "Ban Chấp hành Trung ương (2021), Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
               "Tỉnh uỷ Sa Đéc (2020), Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025."]
for a in RES.items:
    r = _rnd.Random(a["id"])
    v = a["tieu_de"][0].lower() + a["tieu_de"][1:]
    a["tom_tat"] = ("Bài viết phân tích %s. Trên cơ sở khảo sát thực tiễn ở huyện %s giai đoạn 2020 - 2024, tác giả chỉ ra %d hạn chế "
                    "chủ yếu và đề xuất %d nhóm giải pháp phù hợp với điều kiện của tỉnh." % (v, r.choice(HUYEN), r.randint(2, 5), r.randint(3, 6)))
    a["tu_khoa"] = [CHU_DE[a["chu_de"]][0].lower(), r.choice(("hệ thống chính trị", "cơ sở", "cán bộ", "đảng viên")), "tỉnh Sa Đéc"]
    a["tltk"] = r.sample(_REFS_CHUNG, 2) + ["%s (%d), “%s”, Thông tin Khoa học Chính trị, số %d/%d, tr. %d-%d." % (
        RES.nguoi(), r.randint(2018, 2021), r.choice(("Một số vấn đề về công tác dân vận ở cơ sở", "Công tác bồi dưỡng lý luận cho đảng viên trẻ",
                                                      "Đổi mới phương pháp giảng dạy lý luận chính trị")), r.randint(1, 4), r.randint(2018, 2021), r.randint(3, 40), r.randint(41, 60))]
BY_ID = {a["id"]: a for a in RES.items}
ANN = NEWS.items
for a in ANN:
    a["path"] = "%s/announcement/view/%d" % (J, a["id"])
ANN_BY = {a["id"]: a for a in ANN}
DELETED = ["%s/article/view/%d" % (J, 297), "%s/article/view/%d" % (J, 299)]    # withdrawn before publication, still linked
PER_ARCHIVE = 6
ROBOTS = ("User-agent: *\nDisallow: /index.php/ttkh/search\nDisallow: /index.php/ttkh/user/\nDisallow: /index.php/ttkh/login\n"
          "Disallow: /index.php/ttkh/$$$call$$$/\nDisallow: /cache/\nDisallow: /lib/\n\nSitemap: {o}/index.php/ttkh/sitemap\n")


def tac_gia(a):
    return a["tac_gia"].split(",")[0]


def layout(tv, title, main, status=200, canonical=None, extra_head=""):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!DOCTYPE html>
<html lang="vi-VN" xml:lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s</title>
<meta name="generator" content="Open Journal Systems 3.3.0.14">
%s%s
<link rel="alternate" type="application/rss+xml" href="%s/gateway/plugin/WebFeedGatewayPlugin/rss2">
<link rel="stylesheet" href="%s/$$$call$$$/page/page/css?name=stylesheet" type="text/css">
</head>
<body class="pkp_page_index pkp_op_index has_site_logo" dir="ltr">
<div class="pkp_structure_page">
<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
<div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper"><div class="pkp_site_name"><a href="%s/index" class="is_img"><img src="/public/journals/1/pageHeaderLogoImage_vi_VN.png" alt="%s"></a></div></div>
<nav class="pkp_site_nav_menu" aria-label="Điều hướng trang"><div class="pkp_navigation_primary_row"><div class="pkp_navigation_primary_wrapper">
<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
<li><a href="%s/issue/current">Số hiện tại</a></li><li><a href="%s/issue/archive">Lưu trữ</a></li>
<li><a href="%s/announcement">Thông báo</a></li><li><a href="%s/about">Giới thiệu</a></li></ul>
<div class="pkp_navigation_search_wrapper"><a href="%s/search/search" class="pkp_search pkp_search_desktop">Tìm kiếm</a></div>
</div></div>
<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper"><ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
<li><a href="%s/user/register">Đăng ký</a></li><li><a href="%s/login">Đăng nhập</a></li></ul></div></nav></div>
</header>
<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main">%s</div>
<div class="pkp_structure_sidebar left" role="complementary">
<div class="pkp_block block_information"><h2 class="title">Thông tin</h2><div class="content"><ul>
<li><a href="%s/information/readers">Cho bạn đọc</a></li><li><a href="%s/information/authors">Cho tác giả</a></li></ul></div></div>
<div class="pkp_block block_web_feed"><h2 class="title">Số mới nhất</h2><div class="content"><ul>
<li><a href="%s/gateway/plugin/WebFeedGatewayPlugin/atom"><img src="/lib/pkp/templates/images/atom.svg" alt="Atom"></a></li>
<li><a href="%s/gateway/plugin/WebFeedGatewayPlugin/rss2"><img src="/lib/pkp/templates/images/rss20_logo.svg" alt="RSS 2.0"></a></li></ul></div></div>
<div class="pkp_block block_language"><h2 class="title">Ngôn ngữ</h2><div class="content"><ul><li class="current"><a href="%s/user/setLocale/vi_VN">Tiếng Việt</a></li><li><a href="%s/user/setLocale/en_US">English</a></li></ul></div></div>
</div></div>
<div class="pkp_structure_footer_wrapper" role="contentinfo"><div class="pkp_structure_footer"><div class="pkp_footer_content">
<p>%s. Địa chỉ: 05 Hùng Vương, phường 1, thành phố Sa Đéc. Giấy phép xuất bản bản tin số 12/GP-STTTT.</p></div>
<div class="pkp_brand_footer"><a href="%s/about/aboutThisPublishingSystem"><img alt="Thông tin về hệ thống xuất bản này" src="/templates/images/ojs_brand.png"></a></div></div></div>
</div>
</body>
</html>""" % (x(title), can, extra_head, J, J, J, x(SITE), J, J, J, J, J, J, J, main, J, J, J, J, J, J, x(SCHOOL), J), status)


def toc_row(a):
    return """<li><div class="obj_article_summary"><h3 class="title"><a id="article-%d" href="%s">%s</a></h3>
<div class="meta"><div class="authors">%s</div><div class="pages">%s</div></div>
<ul class="galleys_links"><li><a class="obj_galley_link file" href="%s/article/view/%d/%d">HTML</a></li><li><a class="obj_galley_link pdf" href="%s/article/view/%d/%d">PDF</a></li></ul>
</div></li>""" % (a["id"], a["path"], x(a["tieu_de"]), x(tac_gia(a)), a["trang"], J, a["id"], a["gid"], J, a["id"], a["pgid"])


def issue_toc(iss):
    out = []
    for k, name, _ in SECTIONS:
        arts = [a for a in iss["arts"] if a["cm"] == k]
        arts.sort(key=lambda a: a["trang"])
        if arts:
            out.append('<div class="section"><h2>%s</h2><ul class="cmp_article_list articles">%s</ul></div>' % (x(name), "".join(toc_row(a) for a in sorted(arts, key=lambda a: int(a["trang"].split("-")[0])))))
    return """<div class="obj_issue_toc"><div class="heading"><a class="cover" href="%s/issue/view/%d"><img src="/public/journals/1/cover_issue_%d_vi_VN.jpg" alt=""></a>
<div class="published"><span class="label">Đã xuất bản:</span><span class="value">%s</span></div></div><div class="sections">%s</div></div>""" % (
        J, iss["id"], iss["id"], iss["ngay"].strftime("%Y-%m-%d"), "".join(out))


def ann_summary(a):
    return """<article class="obj_announcement_summary"><h2><a href="%s">%s</a></h2><div class="date">%s</div>
<div class="summary">%s<a href="%s" class="read_more">Đọc thêm</a></div></article>""" % (a["path"], x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%d"), x(a["sapo"]), a["path"])


def home(tv):
    main = """<div class="page_index_journal"><section class="homepage_about"><h2>Giới thiệu bản tin</h2>
<p>Bản tin Thông tin Khoa học Chính trị của %s, xuất bản định kỳ 3 tháng/số, đăng tải kết quả nghiên cứu lý luận và tổng kết thực tiễn.</p></section>
<section class="cmp_announcements highlight_first"><h2>Thông báo</h2>%s<a href="%s/announcement" class="read_more">Xem tất cả thông báo</a></section>
<section class="current_issue"><h2>Số hiện tại</h2><div class="current_issue_title">%s</div>%s
<a href="%s/issue/archive" class="read_more">Xem tất cả các số</a></section></div>""" % (
        x(SCHOOL), "".join(ann_summary(a) for a in ANN[:3]), J, CURRENT["ten"], issue_toc(CURRENT), J)
    return layout(tv, SITE, main)


def archive(tv, n):
    pages = chia(ISSUES, PER_ARCHIVE)
    if n < 1 or n > len(pages):
        return layout(tv, "Lưu trữ", '<div class="page page_issue_archive"><h1>Lưu trữ</h1><p>Chưa có số nào được xuất bản.</p></div>')
    items = "".join('<li><div class="obj_issue_summary"><a class="cover" href="%s/issue/view/%d"><img src="/public/journals/1/cover_issue_%d_vi_VN.jpg" alt=""></a>'
                    '<h2><a class="title" href="%s/issue/view/%d">%s</a></h2><div class="series">Thông tin Khoa học Chính trị</div></div></li>' % (
                        J, i["id"], i["id"], J, i["id"], i["ten"]) for i in pages[n - 1])
    pager = ""
    if n > 1:
        pager += '<a class="prev" href="%s/issue/archive%s">Trang trước</a> ' % (J, "" if n == 2 else "/%d" % (n - 1))
    pager += '<span class="current">%d - %d của %d mục</span>' % ((n - 1) * PER_ARCHIVE + 1, (n - 1) * PER_ARCHIVE + len(pages[n - 1]), len(ISSUES))
    if n < len(pages):
        pager += ' <a class="next" href="%s/issue/archive/%d">Trang sau</a>' % (J, n + 1)
    return layout(tv, "Lưu trữ", '<div class="page page_issue_archive"><nav class="cmp_breadcrumbs"><a href="%s/index">Trang chủ</a> / Lưu trữ</nav><h1>Lưu trữ</h1><ul class="issues_archive">%s</ul><div class="cmp_pagination">%s</div></div>' % (J, items, pager))


def issue_page(tv, iss):
    return layout(tv, iss["ten"] + " | " + SITE, '<div class="page page_issue"><nav class="cmp_breadcrumbs"><a href="%s/index">Trang chủ</a> / <a href="%s/issue/archive">Lưu trữ</a> / %s</nav><h1>%s</h1>%s</div>' % (
        J, J, iss["ten"], iss["ten"], issue_toc(iss)))


def landing(tv, a):
    iss = a["so"]
    main = """<div class="page page_article"><nav class="cmp_breadcrumbs"><a href="%s/index">Trang chủ</a> / <a href="%s/issue/archive">Lưu trữ</a> / <a href="%s/issue/view/%d">%s</a> / Bài báo</nav>
<article class="obj_article_details"><h1 class="page_title">%s</h1>
<div class="row"><div class="main_entry">
<section class="item authors"><h2 class="pkp_screen_reader">Tác giả</h2><ul class="authors"><li><span class="name">%s</span><span class="affiliation">%s</span></li></ul></section>
<section class="item keywords"><h2 class="label">Từ khoá:</h2><span class="value">%s</span></section>
<section class="item abstract"><h2 class="label">Tóm tắt</h2><p>%s</p></section>
<div class="item references"><h2 class="label">Tài liệu tham khảo</h2><div class="value">%s</div></div>
</div><div class="entry_details">
<div class="item galleys"><h2 class="pkp_screen_reader">Các tệp tải xuống</h2><ul class="value galleys_links">
<li><a class="obj_galley_link file" href="%s/article/view/%d/%d">HTML</a></li><li><a class="obj_galley_link pdf" href="%s/article/view/%d/%d">PDF</a></li></ul></div>
<div class="item published"><section class="sub_item"><h2 class="label">Đã xuất bản</h2><div class="value"><span>%s</span></div></section></div>
<div class="item citation"><section class="sub_item citation_display"><h2 class="label">Cách trích dẫn</h2><div class="value"><div class="csl-entry">%s (%d). %s. <i>Thông tin Khoa học Chính trị</i>, (%d), %s.</div></div></section></div>
<div class="item issue"><section class="sub_item"><h2 class="label">Số</h2><div class="value"><a class="title" href="%s/issue/view/%d">%s</a></div></section>
<section class="sub_item"><h2 class="label">Chuyên mục</h2><div class="value">%s</div></section></div>
</div></div></article></div>""" % (
        J, J, J, iss["id"], iss["ten"], x(a["tieu_de"]), x(tac_gia(a)), x(a["tac_gia"].split(", ", 1)[1]), x(", ".join(a["tu_khoa"])), x(a["tom_tat"]),
        "".join("<p>%s</p>" % x(t) for t in a["tltk"]), J, a["id"], a["gid"], J, a["id"], a["pgid"], a["ngay"].strftime("%Y-%m-%d"),
        x(tac_gia(a)), iss["nam"], x(a["tieu_de"]), iss["so"], a["trang"], J, iss["id"], iss["ten"], x(SEC[a["cm"]]))
    head = '<meta name="citation_title" content="%s"><meta name="citation_date" content="%s"><meta name="citation_fulltext_html_url" content="%s%s/article/view/%d/%d">' % (
        x(a["tieu_de"]), a["ngay"].strftime("%Y/%m/%d"), tv.origin, J, a["id"], a["gid"])
    return layout(tv, a["tieu_de"] + " | " + SITE, main, canonical=a["path"], extra_head=head)


def galley_view(tv, a, gid):
    if gid == a["gid"]:
        src, dl, label = "%s/article/download/%d/%d/%d?inline=1" % (J, a["id"], a["gid"], a["fid"]), "%s/article/download/%d/%d/%d" % (J, a["id"], a["gid"], a["fid"]), "HTML"
    else:
        src = "/plugins/generic/pdfJsViewer/pdf.js/web/viewer.html?file=%s" % ma_hoa("%s/article/download/%d/%d/%d" % (J, a["id"], a["pgid"], a["pfid"]))
        dl, label = "%s/article/download/%d/%d/%d" % (J, a["id"], a["pgid"], a["pfid"]), "PDF"
    return Dapung("""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8"><title>Xem %s: %s</title><link rel="stylesheet" href="%s/$$$call$$$/page/page/css?name=stylesheet"></head>
<body class="pkp_page_article pkp_op_view">
<header class="header_view"><a href="%s" class="return"><span class="pkp_screen_reader">Trở về Chi tiết bài báo</span></a>
<a href="%s" class="title">%s</a><a href="%s" class="download" download><span class="label">Tải xuống</span></a></header>
<div id="htmlContainer" class="galley_view" style="overflow:visible;-webkit-overflow-scrolling:touch">
<iframe id="htmlGalleyFrame" name="htmlFrame" src="%s" title="%s: %s" allowfullscreen webkitallowfullscreen></iframe></div>
</body></html>""" % (label, x(a["tieu_de"]), J, a["path"], a["path"], x(a["tieu_de"]), dl, src, label, x(a["tieu_de"])))


def galley_file(tv, a, inline):
    """The uploaded Word-export HTML (title = file name; the whole text)."""
    body = []
    for i, p in enumerate(a["doan"]):
        if i in a["muc"]:
            body.append('<p class=MsoNormal style="text-align:justify"><b>%s</b></p>' % x(a["muc"][i]))
        body.append('<p class=MsoNormal style="text-align:justify;text-indent:36.0pt">%s</p>' % x(p))
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Microsoft Word - %s</title>
<style>p.MsoNormal{margin:0cm;font-size:13.0pt;font-family:"Times New Roman",serif}</style></head>
<body lang=VI style="word-wrap:break-word"><div class=WordSection1>
<p class=MsoTitle align=center style="text-align:center"><b>%s</b></p>
<p class=MsoNormal align=right style="text-align:right"><i>%s</i></p>
<p class=MsoNormal><b>Tóm tắt</b></p><p class=MsoNormal style="text-align:justify"><i>%s</i></p>
<p class=MsoNormal><b>Từ khoá:</b> %s</p>
%s
<p class=MsoNormal><b>TÀI LIỆU THAM KHẢO</b></p>%s
</div></body></html>""" % (x(a["tep"]), x(a["tieu_de"].upper()), x(a["tac_gia"]), x(a["tom_tat"]), x(", ".join(a["tu_khoa"])), "\n".join(body),
                           "".join("<p class=MsoNormal>%s</p>" % x(t) for t in a["tltk"]))
    hd = [] if inline else [("Content-Disposition", 'attachment; filename="%s.html"' % bo_dau(a["tep"]).replace(" ", "_"))]
    return Dapung(html, 200, "text/html; charset=utf-8", hd)


def announcements(tv):
    return layout(tv, "Thông báo", '<div class="page page_announcements"><nav class="cmp_breadcrumbs"><a href="%s/index">Trang chủ</a> / Thông báo</nav><h1>Thông báo</h1><div class="cmp_announcements">%s</div></div>' % (
        J, "".join(ann_summary(a) for a in ANN)))


def ann_page(tv, a):
    body = "".join("<p>%s</p>" % x(p) for p in a["doan"])
    extra = ""
    if a is ANN[5]:
        extra = '<p>Xem thêm: <a href="%s">Bài viết dự kiến đăng Số 1 (2025)</a></p>' % DELETED[0]
    if a is ANN[9]:
        extra = '<p>Xem thêm: <a href="%s">Bài viết dự kiến đăng Số 3 (2024)</a></p>' % DELETED[1]
    return layout(tv, a["tieu_de"], """<div class="page page_announcement"><nav class="cmp_breadcrumbs"><a href="%s/index">Trang chủ</a> / <a href="%s/announcement">Thông báo</a> / %s</nav>
<article class="obj_announcement_full"><h1>%s</h1><div class="date">%s</div><div class="description">%s%s<p style="text-align:right"><strong>%s</strong></p></div></article></div>""" % (
        J, J, x(a["tieu_de"]), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%d"), body, extra, x(a["tac_gia"])), canonical=a["path"])


def not_found(tv):
    return layout(tv, "Không tìm thấy", '<div class="page page_error"><h1>Không tìm thấy</h1><p>Không tìm thấy trang bạn yêu cầu.</p></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p in ("/", "/index.php", "/index.php/index"):
        return chuyen(J + "/index", 302)
    if p in (J, J + "/", J + "/index"):
        return home(tv)
    if p == J + "/issue/current":
        return issue_page(tv, CURRENT)
    m = _re.fullmatch(J + r"/issue/archive(?:/(\d+))?", p)
    if m:
        return archive(tv, int(m.group(1) or 1))
    m = _re.fullmatch(J + r"/issue/view/(\d+)", p)
    if m:
        iss = [i for i in ISSUES if i["id"] == int(m.group(1))]
        return issue_page(tv, iss[0]) if iss else not_found(tv)
    m = _re.fullmatch(J + r"/article/view/(\d+)(?:/(\d+))?", p)
    if m and int(m.group(1)) in BY_ID:
        a = BY_ID[int(m.group(1))]
        if not m.group(2):
            return landing(tv, a)
        if int(m.group(2)) in (a["gid"], a["pgid"]):
            return galley_view(tv, a, int(m.group(2)))
        return not_found(tv)
    m = _re.fullmatch(J + r"/article/download/(\d+)/(\d+)/(\d+)", p)
    if m and int(m.group(1)) in BY_ID:
        a = BY_ID[int(m.group(1))]
        if (int(m.group(2)), int(m.group(3))) == (a["gid"], a["fid"]) and tv.query in ("", "inline=1"):
            return galley_file(tv, a, tv.query == "inline=1")
        if (int(m.group(2)), int(m.group(3))) == (a["pgid"], a["pfid"]) and not tv.query:
            return Dapung(b"%PDF-1.4\n% placeholder galley\n%%EOF\n", 200, "application/pdf",
                          [("Content-Disposition", 'attachment; filename="%s.pdf"' % bo_dau(a["tep"][:-5]).replace(" ", "_"))])
        return not_found(tv)
    if p == "/plugins/generic/pdfJsViewer/pdf.js/web/viewer.html":
        return Dapung('<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title><script src="viewer.js"></script></head><body><div id="viewerContainer"></div></body></html>')
    if p == J + "/announcement":
        return announcements(tv)
    m = _re.fullmatch(J + r"/announcement/view/(\d+)", p)
    if m and int(m.group(1)) in ANN_BY:
        return ann_page(tv, ANN_BY[int(m.group(1))])
    if p in (J + "/gateway/plugin/WebFeedGatewayPlugin/rss2", J + "/gateway/plugin/WebFeedGatewayPlugin/atom"):
        return rss(tv.origin, SITE + " - " + CURRENT["ten"], J + "/issue/current", [(a["tieu_de"], a["path"], a["ngay"], a["tom_tat"]) for a in CURRENT["arts"]])
    if p == J + "/sitemap":
        rows = [(J + "/index", None, "daily"), (J + "/issue/archive", None, None)] + [(J + "/issue/view/%d" % i["id"], i["ngay"], None) for i in ISSUES]
        for a in ARTS:
            rows += [(a["path"], a["ngay"], None), (J + "/article/view/%d/%d" % (a["id"], a["gid"]), a["ngay"], None), (J + "/article/view/%d/%d" % (a["id"], a["pgid"]), a["ngay"], None)]
        return urlset(tv.origin, rows)
    if p in (J + "/about", J + "/information/readers", J + "/information/authors", J + "/about/aboutThisPublishingSystem"):
        return layout(tv, "Giới thiệu", '<div class="page"><h1>Giới thiệu</h1><p>Bản tin do %s xuất bản, mỗi năm 4 số.</p></div>' % x(SCHOOL))
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.41 (Ubuntu)"), ("X-Powered-By", "PHP/7.4.3")])

# ---------------------------------------------------------------- manifest
ARTICLES = {}
for a in ARTS:
    ARTICLES[a["path"]] = {"title": a["tieu_de"], "aliases": ["%s/article/download/%d/%d/%d?inline=1" % (J, a["id"], a["gid"], a["fid"]),
                                                             "%s/article/download/%d/%d/%d" % (J, a["id"], a["gid"], a["fid"])]}
for a in ANN:
    ARTICLES[a["path"]] = {"title": a["tieu_de"], "aliases": []}
MANIFEST = {
    "family": "Open Journal Systems 3.3 (PHP, PKP) research bulletin of a provincial political school (Trường Chính trị tỉnh Sa Đéc, "
              "'Thông tin Khoa học Chính trị'): ordinary journal site; the article page is the abstract, the full text is an "
              "HTML galley inside an iframe",
    "start_urls": ["/"],
    "articles": ARTICLES,
    "robots_disallowed": ["/index.php/ttkh/search", "/index.php/ttkh/user/", "/index.php/ttkh/login", "/cache/"],
    "trap_prefixes": [],
    "notes": (
        "/ 302 -> /index.php/ttkh/index (OJS without restful URLs). 14 quarterly issues (Số 1 (2022) … Số 2 (2025)), 9 articles "
        "each in sections Nghiên cứu - Trao đổi / Thực tiễn - Kinh nghiệm / Tư liệu - Tham khảo, plus 14 announcements "
        "(/announcement/view/<id>, full text on the page; all on /announcement, 3 on the home page). Archive /issue/archive[/N] "
        "(6 issues a page, 'Trang trước / Trang sau'), issue TOC /issue/view/<id> (title, author, pages, galley buttons HTML / "
        "PDF), home = 3 announcements + the current issue's TOC. Article landing /article/view/<aid>: title, author, keywords, "
        "ABSTRACT, references, galley buttons, 'Đã xuất bản: yyyy-mm-dd', citation, issue, section. QUIRK: the landing page "
        "has only the abstract; the full text (numbered headings, 6-14 paragraphs) is an uploaded Word-export HTML galley: the "
        "viewer /article/view/<aid>/<gid> (no article text) frames it in <iframe src=/article/download/<aid>/<gid>/<fid>"
        "?inline=1>, and its 'Tải xuống' link is the same file without ?inline (Content-Disposition: attachment). Both "
        "download URLs are aliases carrying MORE text than the canonical page; the galley's <title> is the uploaded file "
        "name ('Microsoft Word - bai3_so2_2024.docx') and it has no date: title and date come from the landing page (SUMMARY "
        "full_text). PDF galleys: pdf.js viewer page + a placeholder PDF (application/pdf, no text). Web feeds "
        "(WebFeedGatewayPlugin rss2 / atom: the current issue), /index.php/ttkh/sitemap (issues, landings, galley viewers). "
        "Two announcements link withdrawn articles (404). Search, user, login and $$$call$$$ robots-disallowed. No trap.")
}
_a = CURRENT["arts"][0]
SELFTEST = [
    {"path": "/", "status": 302, "location": J + "/index"},
    {"path": _a["path"], "status": 200, "contains": _a["tom_tat"], "not_contains": _a["doan"][-1]},
    {"path": J + "/article/view/%d/%d" % (_a["id"], _a["gid"]), "status": 200, "contains": "htmlGalleyFrame", "not_contains": _a["tom_tat"]},
    {"path": J + "/article/download/%d/%d/%d?inline=1" % (_a["id"], _a["gid"], _a["fid"]), "status": 200, "contains": _a["doan"][-1]},
    {"path": J + "/article/download/%d/%d/%d?inline=1" % (_a["id"], _a["gid"], _a["fid"]), "status": 200, "contains": "Microsoft Word - " + _a["tep"]},
    {"path": J + "/article/download/%d/%d/%d" % (_a["id"], _a["pgid"], _a["pfid"]), "status": 200, "contains": "%PDF-1.4"},
    {"path": J + "/issue/archive/3", "status": 200, "contains": "Trang trước", "not_contains": "Trang sau"},
    {"path": J + "/issue/archive/4", "status": 200, "contains": "Chưa có số nào"},
    {"path": DELETED[0], "status": 404},
]
SUMMARY = {
    "chains": ["/ -> 302 /index.php/ttkh/index -> Lưu trữ /issue/archive[/N] -> /issue/view/<id> -> /article/view/<aid> (abstract) "
               "-> galley 'HTML' /article/view/<aid>/<gid> -> <iframe> /article/download/<aid>/<gid>/<fid>?inline=1 (full text)",
               "/ -> Thông báo /announcement -> /announcement/view/<id>"],
    "alias_kinds": ["HTML galley file ?inline=1 (200, full text, no canonical)", "HTML galley download (200, attachment, full text)"],
    "quirks": ["article landing page = abstract only; full text only in the HTML galley (iframe of the galley viewer)",
               "galley <title> = uploaded file name, no date in the galley", "PDF galleys are placeholders",
               "withdrawn articles still linked from announcements (404)"],
    "not_articles": DELETED,
    "full_text": {a["path"]: "%s/article/download/%d/%d/%d?inline=1" % (J, a["id"], a["gid"], a["fid"]) for a in ARTS},
}
