"""Replica (set 15, D): site of the Hội Cựu chiến binh tỉnh Hà Tiên (provincial veterans' association) on Adobe ColdFusion 2018
with a Fusebox 5 application written by a local vendor (IIS + SQL Server; markup hedged).  Quirk: article ids are
allocated with SELECT MAX(id)+1, so when the newest article is withdrawn its id goes to the next article: 6 URLs now show
another article than the one the hand-edited home box and older articles' 'Xem thêm' lines still name (old title as anchor
text).  Withdrawn articles that were not the newest leave a gap (404)."""
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

SITE = "Hội Cựu chiến binh tỉnh Hà Tiên"
# cm id, name, parent, weight
CATS = [
    (1, "Tin hoạt động Hội", 0, 0),
    (11, "Hoạt động cấp tỉnh", 1, 4),
    (12, "Cơ sở Hội", 1, 4),
    (2, "Cựu chiến binh làm kinh tế", 0, 3),
    (3, "Đền ơn đáp nghĩa", 0, 2),
    (4, "Giáo dục truyền thống", 0, 2),
    (5, "Gương cựu chiến binh", 0, 2),
]
CAT = {c[0]: c for c in CATS}
KIDS = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
TOPS = [c[0] for c in CATS if not c[2]]
_H = ["Kiên Lương", "Hòn Đất", "Giang Thành", "Phú Quốc", "Tân Hiệp", "Châu Thành"]
_X = ["Mỹ Đức", "Thuận Yên", "Dương Hoà", "Bình An", "Sơn Kiên", "Vĩnh Điều"]
_A = ["Ba Hòn", "Rạch Vược", "Tà Săng", "Hòn Chông", "Cỏ Ống", "Xà Xía"]
NEWS = SoanTin(15005, 138, [(c[0], c[3], "ccb", "bai") for c in CATS if c[3]], _H, _X, _A,
               tu_ngay=_dt.datetime(2024, 9, 3, 7, 0), id_dau=0, buoc=1, nguon="CCB",
               chu_de=["cuu-chien-binh", "tri-an", "giao-duc-truyen-thong", "tu-tuong-hcm", "dan-van-kheo", "an-toan-lao-dong"])
OLDGEN = SoanTin(15006, 6, [(12, 1, "ccb", "bai")], _H, _X, _A, tu_ngay=_dt.datetime(2024, 9, 3, 7, 0), chu_de=["cuu-chien-binh", "tri-an"])
# ids in entry order (MAX(id)+1): oldest = 1402; three gaps = withdrawn articles that were not the newest (404)
_asc = list(reversed(NEWS.items))
GAPS_AT = (17, 58, 101)
_id = 1402
for i, a in enumerate(_asc):
    if i in GAPS_AT:
        _id += 1
    a["id"] = _id
    _id += 1
ARTS = NEWS.items
BY_ID = {a["id"]: a for a in ARTS}
DELETED_IDS = [_asc[i]["id"] - 1 for i in GAPS_AT]
# QUIRK: ids reused: the article first published under the id was withdrawn while it was the newest, the next one got its id
REUSED = []
_old_titles = set(a["tieu_de"] for a in ARTS)
for k, i in enumerate((34, 49, 77, 96, 118, 131)):
    new, prev = _asc[i], _asc[i - 1]
    old = OLDGEN.items[k]
    if old["tieu_de"] in _old_titles:
        old["tieu_de"] += " (tiếp theo)"
    gap = (new["ngay"] - prev["ngay"]).total_seconds()
    REUSED.append({"id": new["id"], "new": new, "old_title": old["tieu_de"],
                   "old_date": prev["ngay"] + _dt.timedelta(minutes=50), "withdrawn": new["ngay"] - _dt.timedelta(minutes=40)})
PER_PAGE = 10
XEM_NHIEU = sorted(ARTS[4:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /CFIDE/\nDisallow: /quantri/\nDisallow: /index.cfm?fuseaction=timkiem\nDisallow: /index.cfm/timkiem\n\nSitemap: {o}/sitemap.xml\n"


def a_url(i):
    return "/index.cfm?fuseaction=tintuc.chitiet&id=%d" % i


def ses_url(i):
    return "/index.cfm/tintuc/chitiet/id/%d" % i


def cat_url(c, n=1):
    return "/index.cfm?fuseaction=tintuc.danhsach&cm=%d" % c + ("&trang=%d" % n if n > 1 else "")


def in_cat(c):
    ids = [c] + KIDS[c]
    return [a for a in ARTS if a["cm"] in ids]


def link(href, text):
    return '<a href="%s">%s</a>' % (x(href), x(text))


def nav():
    out = ['<td class="menu">%s</td>' % link("/index.cfm", "TRANG CHỦ"), '<td class="menu">%s</td>' % link("/index.cfm?fuseaction=gioithieu.xem", "GIỚI THIỆU")]
    out += ['<td class="menu">%s</td>' % link(cat_url(t), CAT[t][1].upper()) for t in TOPS]
    return '<table class="topmenu" width="100%%" cellpadding="0" cellspacing="0"><tr>%s</tr></table>' % "".join(out)


def aside():
    xn = ['<tr><td class="item">» %s</td></tr>' % link(a_url(a["id"]), a["tieu_de"]) for a in XEM_NHIEU]
    xn.insert(2, '<tr><td class="item">» %s</td></tr>' % link(a_url(DELETED_IDS[1]), "Hội CCB xã Thuận Yên trao sổ tiết kiệm cho hội viên nghèo"))
    xn.insert(5, '<tr><td class="item">» %s</td></tr>' % link(a_url(DELETED_IDS[2]), "Cựu chiến binh Giang Thành giúp nhau xây nhà"))
    xn.append('<tr><td class="item">» %s</td></tr>' % link(a_url(DELETED_IDS[0]), "Hội CCB huyện Hòn Đất tổng kết năm 2024"))
    return """<td width="260" valign="top" class="right">
<table class="box" width="100%%"><tr><td class="boxtitle">TIN MỚI</td></tr>%s</table>
<table class="box" width="100%%"><tr><td class="boxtitle">TIN XEM NHIỀU</td></tr>%s</table>
<table class="box" width="100%%"><tr><td class="boxtitle">LỊCH CÔNG TÁC</td></tr><tr><td>%s</td></tr></table>
</td>""" % ("".join('<tr><td class="item">» %s</td></tr>' % link(a_url(a["id"]), a["tieu_de"]) for a in ARTS[:6]), "".join(xn),
            link("/index.cfm?fuseaction=lich.tuan&tuan=2025-W24", "Lịch công tác tuần này"))


def layout(tv, title, main, status=200):
    return Dapung("""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<link rel="alternate" type="application/rss+xml" href="/rss.cfm" title="Tin mới">
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="wrap">
<tr><td colspan="2"><a href="/index.cfm"><img src="/images/banner_ccb.jpg" width="1000" height="160" alt="%s" border="0"></a></td></tr>
<tr><td colspan="2">%s</td></tr>
<tr><td colspan="2" class="searchbar"><form action="/index.cfm" method="get"><input type="hidden" name="fuseaction" value="timkiem.ketqua"><input type="text" name="tukhoa" size="30"><input type="submit" value="Tìm"></form></td></tr>
<tr><td valign="top" class="main">%s</td>%s</tr>
<tr><td colspan="2" class="footer">HỘI CỰU CHIẾN BINH TỈNH HÀ TIÊN<br>Địa chỉ: 30 Mạc Thiên Tích, thị xã Hà Tiên. Điện thoại: 0297.3852.330<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</td></tr>
</table>
</body>
</html>""" % (x(title), x(SITE), nav(), main, aside()), status)


def row(a, href=None):
    return '<table class="news" width="100%%"><tr><td width="130" valign="top"><img src="/uploads/tintuc/%d.jpg" width="120" alt=""></td><td valign="top"><span class="tieude">%s</span> <span class="ngay">(%s)</span><br><span class="trichdan">%s</span></td></tr></table>' % (
        a["id"], link(href or a_url(a["id"]), a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def home(tv):
    # 'Tiêu điểm': a hand-edited HTML block (SES links, typed in by an editor months ago and partly updated since)
    td = [(ses_url(ARTS[0]["id"]), ARTS[0]["tieu_de"]), (ses_url(REUSED[-1]["id"]), REUSED[-1]["old_title"]),
          (ses_url(ARTS[2]["id"]), ARTS[2]["tieu_de"]), (ses_url(REUSED[-2]["id"]), REUSED[-2]["old_title"]), (ses_url(ARTS[6]["id"]), ARTS[6]["tieu_de"])]
    main = '<table class="box" width="100%%"><tr><td class="boxtitle">TIÊU ĐIỂM</td></tr><tr><td><ul class="tieudiem">%s</ul></td></tr></table>' % "".join(
        "<li>%s</li>" % link(h, t) for h, t in td)
    for t in TOPS:
        main += '<table class="box" width="100%%"><tr><td class="boxtitle">%s</td></tr><tr><td>%s</td></tr></table>' % (link(cat_url(t), CAT[t][1].upper()), "".join(row(a) for a in in_cat(t)[:4]))
    return layout(tv, SITE, main)


def listing(tv, c):
    lst = in_cat(c)
    n = tv.so("trang", 1, 1, 9999)
    if n is None:
        n = 1
    last = max(1, (len(lst) + PER_PAGE - 1) // PER_PAGE)
    page = lst[(n - 1) * PER_PAGE:n * PER_PAGE]
    pg = " ".join("<b>[%d]</b>" % i if i == n else link(cat_url(c, i), str(i)) for i in range(1, last + 1))
    subs = " | ".join(link(cat_url(k), CAT[k][1]) for k in KIDS[c])
    return layout(tv, CAT[c][1], '<div class="path">%s » %s</div><div class="subcat">%s</div>%s<div class="trang">Trang: %s</div>' % (
        link("/index.cfm", "Trang chủ"), x(CAT[c][1]), subs, "".join(row(a) for a in page) or "<p>Chưa có tin.</p>", pg if page else ""))


def xem_them(a):
    """Editors' 'Xem thêm' line: the article published just before; 4 older articles were edited to point at a follow-up
    that was then withdrawn (its id now holds the next article)."""
    i = ARTS.index(a)
    for r in REUSED[:4]:
        if ARTS.index(r["new"]) == i - 2:            # edited while the withdrawn follow-up was online
            return '<p><b>Xem thêm:</b> %s</p>' % link(a_url(r["id"]), r["old_title"])
    if i + 1 < len(ARTS) and a["id"] % 4 == 0:
        b = ARTS[i + 1]
        return '<p><b>Xem thêm:</b> %s</p>' % link(a_url(b["id"]), b["tieu_de"])
    return ""


def detail(tv, a, in_bai=False):
    body = "".join("<p>%s</p>" % x(p) for p in a["doan"][:1]) + '<p align="center"><img src="/uploads/tintuc/%d_1.jpg" width="500" alt=""><br><i>%s</i></p>' % (a["id"], x(a["chu_thich"])) + \
        "".join("<p>%s</p>" % x(p) for p in a["doan"][1:])
    if in_bai:
        return Dapung('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head><body onload="window.print()"><h2>%s</h2><p><i>%s</i></p><p><b>%s</b></p>%s<p align="right"><b>%s</b></p></body></html>' % (
            x(a["tieu_de"]), x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]), body, x(a["tac_gia"])))
    others = [b for b in in_cat(a["cm"]) if b["ngay"] < a["ngay"]][:6]
    main = """<div class="path">%s » %s</div>
<table class="chitiet" width="100%%"><tr><td><h1 class="tieude">%s</h1><div class="ngay">Cập nhật: %s - %s</div><p class="trichdan"><b>%s</b></p>%s%s
<p align="right"><b>%s</b></p><div class="congcu">%s | %s</div></td></tr></table>
<table class="box" width="100%%"><tr><td class="boxtitle">CÁC TIN KHÁC</td></tr><tr><td><ul>%s</ul></td></tr></table>""" % (
        link("/index.cfm", "Trang chủ"), link(cat_url(a["cm"]), CAT[a["cm"]][1]), x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]), x(a["sapo"]), body, xem_them(a),
        x(a["tac_gia"]), link("/index.cfm?fuseaction=tintuc.inbai&id=%d" % a["id"], "In bài viết"), link("/index.cfm?fuseaction=tintuc.guiemail&id=%d" % a["id"], "Gửi email"),
        "".join("<li>%s <i>(%s)</i></li>" % (link(a_url(b["id"]), b["tieu_de"]), ngay(b["ngay"])) for b in others))
    return layout(tv, a["tieu_de"], main)


def week_page(tv):
    m = _re.fullmatch(r"(\d{4})-W(\d{2})", tv.q.get("tuan", ""))
    try:
        d = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:
        d = None
    if d is None:
        return not_found(tv)
    p, n = (d - _dt.timedelta(days=7)).isocalendar(), (d + _dt.timedelta(days=7)).isocalendar()
    return layout(tv, "Lịch công tác", '<h2>Lịch công tác tuần %d/%d</h2><p>%s | %s</p><table><tr><td>Thứ Hai</td><td>Thường trực Hội giao ban</td></tr></table>' % (
        d.isocalendar()[1], d.isocalendar()[0], link("/index.cfm?fuseaction=lich.tuan&tuan=%d-W%02d" % (p[0], p[1]), "« Tuần trước"),
        link("/index.cfm?fuseaction=lich.tuan&tuan=%d-W%02d" % (n[0], n[1]), "Tuần sau »")))


def not_found(tv):
    return layout(tv, "Thông báo", '<p class="loi">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</p><p>%s</p>' % link("/index.cfm", "Về trang chủ"), status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv)
    fa, q = tv.q.get("fuseaction", ""), dict(tv.q)
    m = _re.fullmatch(r"/index\.cfm/([a-z]+)/([a-z]+)((?:/[a-z]+/[^/]+)*)/?", p)
    if m:                                           # ColdFusion SES URL: /index.cfm/<circuit>/<fuse>/<name>/<value>…
        fa = m.group(1) + "." + m.group(2)
        bits = m.group(3).strip("/").split("/") if m.group(3) else []
        q = dict(zip(bits[::2], bits[1::2]))
    elif p != "/index.cfm":
        return not_found(tv)
    if fa in ("", "home.trangchu"):
        return home(tv)
    if fa in ("tintuc.chitiet", "tintuc.inbai"):
        i = q.get("id", "")
        if i.isdigit() and int(i) in BY_ID:
            return detail(tv, BY_ID[int(i)], fa == "tintuc.inbai")
        return not_found(tv)
    if fa == "tintuc.danhsach" and q.get("cm", "").isdigit() and int(q["cm"]) in CAT:
        return listing(tv, int(q["cm"]))
    if fa == "lich.tuan":
        return week_page(tv)
    if fa == "gioithieu.xem":
        return layout(tv, "Giới thiệu", "<h2>Giới thiệu</h2><p>Hội Cựu chiến binh tỉnh Hà Tiên được thành lập năm 1990.</p>")
    return not_found(tv)


def handle_all(tv):
    if tv.path == "/rss.cfm":
        return rss(tv.origin, SITE, "/index.cfm", [(a["tieu_de"], a_url(a["id"]), a["ngay"], a["sapo"]) for a in ARTS[:20]])
    if tv.path == "/sitemap.xml":
        return urlset(tv.origin, [("/index.cfm", BAY_GIO, "daily")] + [(a_url(a["id"]), a["ngay"], None) for a in ARTS])
    return handle(tv)


app = chay_app(handle_all, [("Server", "Microsoft-IIS/8.5"), ("X-Powered-By", "ASP.NET")])

# ---------------------------------------------------------------- manifest
MANIFEST = {
    "family": "Adobe ColdFusion 2018 + Fusebox 5 (local vendor; IIS + SQL Server; hedged) site of a provincial veterans' association "
              "(Hội Cựu chiến binh tỉnh Hà Tiên): ordinary site; MAX(id)+1 ids reused after a withdrawal",
    "start_urls": ["/"],
    "articles": {a_url(a["id"]): {"title": a["tieu_de"], "aliases": [ses_url(a["id"]), "/index.cfm?fuseaction=tintuc.inbai&id=%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/CFIDE/", "/quantri/", "/index.cfm?fuseaction=timkiem"],
    "trap_prefixes": ["/index.cfm?fuseaction=lich."],
    "notes": (
        "Fusebox URLs /index.cfm?fuseaction=<circuit>.<fuse>&…: articles tintuc.chitiet&id=<n>, listings tintuc.danhsach&cm=<n>"
        "[&trang=N] (10 a page, 'Trang: 1 2 … [n]' all pages listed; past the end 'Chưa có tin'; a parent lists its children's "
        "items), print tintuc.inbai&id= (alias, no canonical). ColdFusion SES URLs /index.cfm/<circuit>/<fuse>/id/<n> answer "
        "the same (the hand-edited 'Tiêu điểm' box uses them; alias). No <link rel=canonical> anywhere. Menu: Tin hoạt động "
        "Hội (Hoạt động cấp tỉnh, Cơ sở Hội), Cựu chiến binh làm kinh tế, Đền ơn đáp nghĩa, Giáo dục truyền thống, Gương cựu "
        "chiến binh. QUIRK: ids are allocated with SELECT MAX(id)+1. %d times the newest article was withdrawn and the next "
        "article got its id: the URL now shows the NEW article while the hand-edited home 'Tiêu điểm' (2) and the editors' "
        "'Xem thêm:' lines that editors added to 4 older articles still link it under the withdrawn article's title (SUMMARY "
        "reused_ids: old title, old date, withdrawal; the manifest title is the new one). The sitemap's lastmod is the new "
        "article's date. Withdrawn articles that were not the newest leave a gap: 3 ids answer 404 (all three still in "
        "'Tin xem nhiều'; SUMMARY not_articles). Home: 'Tiêu điểm' 5, a box per top section 4. Sidebar: 'Tin mới' 6, 'Tin xem nhiều' "
        "6, 'Lịch công tác'. Article: 'Cập nhật: HH:MM - dd/mm/yyyy', lead, centred image + <i> caption, 'Xem thêm:' line in "
        "some bodies, 'Các tin khác' 6 older. RSS /rss.cfm (20 newest). /sitemap.xml complete. Search form fuseaction="
        "timkiem.ketqua (robots). Trap: fuseaction=lich.tuan&tuan=YYYY-Www « Tuần trước | Tuần sau » forever." % len(REUSED)),
}
_r = REUSED[-1]
SELFTEST = [
    {"path": "/", "status": 200, "contains": ses_url(_r["id"]) + '">' + x(_r["old_title"])},
    {"path": a_url(_r["id"]), "status": 200, "contains": _r["new"]["tieu_de"], "not_contains": _r["old_title"]},
    {"path": ses_url(_r["id"]), "status": 200, "contains": _r["new"]["doan"][0]},
    {"path": a_url(REUSED[0]["new"]["id"]), "status": 200, "contains": REUSED[0]["new"]["tieu_de"]},
    {"path": a_url(DELETED_IDS[0]), "status": 404},
    {"path": cat_url(1, 99), "status": 200, "contains": "Chưa có tin"},
    {"path": "/index.cfm?fuseaction=lich.tuan&tuan=1990-W01", "status": 200, "contains": "Tuần sau"},
]
SUMMARY = {
    "chains": ["/ -> tintuc.danhsach&cm=<n>[&trang=N] -> tintuc.chitiet&id=<n>",
               "/ -> 'Tiêu điểm' /index.cfm/tintuc/chitiet/id/<n> (SES; old title of a withdrawn article, the id now holds a newer one)"],
    "alias_kinds": ["ColdFusion SES URL /index.cfm/tintuc/chitiet/id/<n> (200)", "print fuseaction=tintuc.inbai (200, no canonical)"],
    "quirks": ["MAX(id)+1 ids: a withdrawn newest article's id goes to the next article; old links keep the old title as anchor text",
               "withdrawn articles that were not the newest: id gaps (404), still in 'Tin xem nhiều'",
               "SES and query-string forms of every URL; no canonical", "weekly calendar trap"],
    "not_articles": [a_url(i) for i in DELETED_IDS],
    "reused_ids": {a_url(r["id"]): {"old_title": r["old_title"], "old_date": r["old_date"].strftime("%Y-%m-%d %H:%M"),
                                    "withdrawn": r["withdrawn"].strftime("%Y-%m-%d %H:%M"), "new_title": r["new"]["tieu_de"],
                                    "new_date": r["new"]["ngay"].strftime("%Y-%m-%d %H:%M"),
                                    "linked_with_old_title_from": "home 'Tiêu điểm'" if k >= 4 else "'Xem thêm:' line of %s" % a_url(ARTS[ARTS.index(r["new"]) + 2]["id"])}
                  for k, r in enumerate(REUSED)},
}
