"""Replica (set 14, C): site of the Uỷ ban MTTQ Việt Nam tỉnh Phong Dinh on Umbraco 8 (ASP.NET MVC 5, IIS 10; markup
hedged).  Quirks: the master template's <link rel=canonical> and og:url point to the HOME PAGE on every page, and the
route-hijacked article controller answers HEAD with 404 (GET 200)."""
# ==== KERNEL BEGIN (sites14 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 14 kernel: set 13's plumbing unchanged (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap /
# RSS writers) and a NEW seeded generator "SoanTin" with its own vocabulary (inspection committee, youth union,
# Fatherland Front, women's union) and three body styles: 'bai' (news: sapo + 4-6 paragraphs), 'dai' (long study
# piece: sapo + up to 7 numbered headings, 1-2 paragraphs each) and 'thongbao' (meeting notice: number + 3 paragraphs).
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


# ---------------------------------------------------------------- seeded newsroom (set 14 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Bùi", "Dương", "Lý", "Châu", "Kiều", "Lâm", "Hồ", "Giang", "Mai",
       "Tăng", "Phùng", "Diệp", "Ông", "Lục", "Triệu")
_DEM = ("Văn", "Thị", "Minh", "Ngọc", "Thanh", "Kim", "Hoàng", "Phương", "Bích", "Tấn", "Mỹ", "Chí")
_TEN = ("An", "Bình", "Cúc", "Đạt", "Hạnh", "Khoa", "Lành", "Mẫn", "Nghĩa", "Oanh", "Phúc", "Quế", "Sương", "Tài",
        "Thơ", "Toàn", "Vân", "Yến", "Hưng", "Lộc", "Nhàn", "Tín", "Duyên", "Kha")
_CHUC = ("Uỷ viên Ban Thường vụ Tỉnh uỷ, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ", "Phó Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ",
         "Uỷ viên Uỷ ban Kiểm tra Tỉnh uỷ", "Bí thư Tỉnh đoàn", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh",
         "Phó Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Phó Chủ tịch Hội LHPN tỉnh",
         "Chủ nhiệm Uỷ ban Kiểm tra Huyện uỷ {H}", "Bí thư Huyện đoàn {H}", "Chủ tịch Uỷ ban MTTQ huyện {H}",
         "Chủ tịch Hội LHPN huyện {H}", "Bí thư Đảng uỷ xã {X}")
_DON_VI = ("Huyện uỷ {H}", "Đảng uỷ xã {X}", "Chi bộ ấp {A}", "Đoàn xã {X}", "Uỷ ban MTTQ xã {X}", "Hội Phụ nữ xã {X}",
           "Ban Công tác Mặt trận ấp {A}", "Chi hội Phụ nữ ấp {A}", "Chi đoàn ấp {A}", "Đảng bộ Công an huyện {H}")
_CO_QUAN = ("Uỷ ban Kiểm tra Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh đoàn", "Ban Thường trực Uỷ ban MTTQ tỉnh",
            "Ban Thường vụ Hội LHPN tỉnh", "Uỷ ban Kiểm tra Huyện uỷ", "Huyện đoàn", "Uỷ ban MTTQ huyện", "Hội LHPN huyện",
            "Ban Dân vận Tỉnh uỷ", "Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh")
CHU_DE = {
    "kiem-tra": ("Kiểm tra, giám sát", ("kiểm tra tổ chức đảng cấp dưới", "giám sát chuyên đề việc thực hiện quy chế làm việc", "kiểm tra khi có dấu hiệu vi phạm")),
    "ky-luat": ("Thi hành kỷ luật đảng", ("xem xét, thi hành kỷ luật đảng viên vi phạm", "giải quyết tố cáo đối với đảng viên", "giải quyết khiếu nại kỷ luật đảng")),
    "tai-san": ("Kê khai tài sản", ("kiểm soát kê khai tài sản, thu nhập", "xác minh tài sản, thu nhập của cán bộ", "công khai bản kê khai tài sản")),
    "tai-chinh-dang": ("Tài chính đảng", ("kiểm tra thu, nộp đảng phí", "kiểm tra tài chính cấp uỷ cấp dưới", "quản lý ngân sách đảng")),
    "tinh-nguyen": ("Tình nguyện", ("chiến dịch Thanh niên tình nguyện hè 2025", "chương trình Tiếp sức mùa thi", "ngày Chủ nhật xanh")),
    "khoi-nghiep": ("Khởi nghiệp", ("cuộc thi ý tưởng khởi nghiệp thanh niên", "vốn vay Quỹ hỗ trợ thanh niên lập nghiệp", "mô hình kinh tế thanh niên")),
    "hien-mau": ("Hiến máu", ("ngày hội hiến máu tình nguyện", "hành trình Đỏ năm 2025", "lễ hội Xuân hồng")),
    "dai-doan-ket": ("Đại đoàn kết", ("ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "xây dựng khối đại đoàn kết toàn dân tộc", "đối thoại giữa người đứng đầu cấp uỷ với nhân dân")),
    "vi-nguoi-ngheo": ("Vì người nghèo", ("quỹ Vì người nghèo", "xoá nhà tạm, nhà dột nát", "trao nhà Đại đoàn kết")),
    "giam-sat-phan-bien": ("Giám sát, phản biện", ("giám sát và phản biện xã hội của Mặt trận", "lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp", "tiếp xúc cử tri")),
    "hang-viet": ("Hàng Việt", ("cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam", "phiên chợ hàng Việt về nông thôn", "sản phẩm OCOP của hội viên")),
    "phu-nu-khoi-nghiep": ("Phụ nữ khởi nghiệp", ("đề án hỗ trợ phụ nữ khởi nghiệp", "tổ hợp tác của hội viên phụ nữ", "mô hình tiết kiệm trong hội viên")),
    "gia-dinh": ("Gia đình", ("cuộc vận động xây dựng gia đình 5 không 3 sạch", "câu lạc bộ gia đình hạnh phúc", "phòng, chống bạo lực gia đình")),
    "binh-dang-gioi": ("Bình đẳng giới", ("tháng hành động vì bình đẳng giới", "nâng cao vị thế phụ nữ trong gia đình", "phòng, chống mua bán người")),
    "chuyen-doi-so": ("Chuyển đổi số", ("bình dân học vụ số", "cài đặt định danh điện tử VNeID", "thanh toán không dùng tiền mặt ở chợ quê")),
}
_KHUON = {
    "kiemtra": ["{cq} kiểm tra {v} tại {D}", "Uỷ ban Kiểm tra Tỉnh uỷ: nâng cao chất lượng {v}", "{H}: kết quả {v} 6 tháng đầu năm",
                "Đồng chí {chuc} làm việc với {D} về {v}", "Tập huấn nghiệp vụ {v} cho cán bộ kiểm tra cơ sở",
                "Những kinh nghiệm trong {v} ở {H}", "{D} khắc phục hạn chế sau {v}"],
    "doan": ["Tuổi trẻ {H} ra quân {v}", "{D} sôi nổi {v}", "{n} đoàn viên tham gia {v} tại xã {X}", "Tỉnh đoàn phát động {v}",
             "Thanh niên ấp {A} với {v}", "Đồng chí {chuc} thăm {v} ở {H}", "Tuyên dương {n} gương thanh niên tiêu biểu trong {v}"],
    "mattran": ["Mặt trận {H} với {v}", "{D} tổ chức {v}", "Ấp {A} rộn ràng {v}", "Uỷ ban MTTQ tỉnh triển khai {v}",
                "Đồng chí {chuc} dự {v} tại xã {X}", "Nhân rộng cách làm hay về {v} ở {H}", "{n} hộ được hỗ trợ qua {v}"],
    "phunu": ["Phụ nữ {H} chung tay {v}", "{D} với {v}", "Hội viên ấp {A} hưởng ứng {v}", "Hội LHPN tỉnh sơ kết {v}",
              "Đồng chí {chuc} trao hỗ trợ trong {v}", "Gương phụ nữ xã {X} trong {v}", "{n} chi hội tham gia {v}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp uỷ cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở {H}", "Bàn về mối quan hệ giữa {v} và xây dựng Đảng", "Kinh nghiệm {v}: nhìn từ {H}",
        "Đổi mới phương pháp {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết")
_MUC = ("Đặt vấn đề", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kiến nghị", "Kết luận")


class SoanTin:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in
    kiemtra / doan / mattran / phunu and kieu in bai / dai / thongbao.  Item dict: id, cm, kieu, tieu_de, ngay, chu_de,
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
                    "Giai đoạn %d - %d, toàn Đảng bộ đã thực hiện %d cuộc giám sát chuyên đề, trong đó %d%% nội dung liên quan "
                    "đến %s; tỷ lệ kết luận được thực hiện đúng hạn đạt %d%%, cao hơn nhiệm kỳ trước %d điểm phần trăm." % (
                        r.choice((2015, 2020)), r.choice((2020, 2025)), r.randint(40, 400), r.randint(10, 70), v, r.randint(70, 99), r.randint(2, 19)),
                    "Một bài học khác là phải gắn %s với công tác cán bộ: cán bộ làm công tác kiểm tra cần vững bản lĩnh, am hiểu "
                    "pháp luật và được bồi dưỡng thường xuyên; hiện nay mới có %d/%d cán bộ cấp huyện qua đào tạo chuyên sâu." % (
                        v, r.randint(10, 60), r.randint(61, 90)),
                    "Từ những phân tích trên, tác giả kiến nghị Trung ương sớm ban hành hướng dẫn về %s, bổ sung chế độ cho cán bộ "
                    "kiểm tra cơ sở và ứng dụng phần mềm quản lý hồ sơ, giảm ít nhất %d%% thời gian tổng hợp báo cáo định kỳ." % (
                        v, r.randint(15, 60)),
                    "Ở ấp %s, chi bộ đã đưa nội dung %s vào sinh hoạt định kỳ hằng tháng, phân công %d đảng viên theo dõi từng "
                    "địa bàn; nhờ vậy số đơn thư vượt cấp giảm %d%% so với cùng kỳ, không còn vụ việc tồn đọng kéo dài." % (
                        r.choice(self.ap), v, r.randint(3, 19), r.randint(10, 80)))))
        a["doan"], a["muc"] = doan, muc
        a["chu_thich"] = ""
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice(("Uỷ ban Kiểm tra Tỉnh uỷ", "Uỷ ban Kiểm tra Huyện uỷ %s" % r.choice(self.huyen), "Trường Chính trị tỉnh")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/UBKTTU" % r.randint(20, 480)
        a["sapo"] = "Uỷ ban Kiểm tra Tỉnh uỷ thông báo kết quả kỳ họp để các cấp uỷ, tổ chức đảng và đảng viên biết."
        who = self.dv()
        a["doan"] = [
            "Tại kỳ họp, Uỷ ban Kiểm tra Tỉnh uỷ đã xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ %s "
            "nhiệm kỳ 2020 - 2025 và %d đảng viên; kết luận đã có vi phạm, khuyết điểm trong việc %s." % (
                who, r.randint(2, 7), r.choice(CHU_DE[a["chu_de"]][1])),
            "Căn cứ Quy định số %d-QĐ/TW của Bộ Chính trị, Uỷ ban Kiểm tra Tỉnh uỷ quyết định thi hành kỷ luật bằng hình thức %s đối "
            "với đồng chí %s, nguyên %s, và yêu cầu %s kiểm điểm, rút kinh nghiệm sâu sắc, báo cáo trước ngày %d/%d/2025." % (
                r.choice((22, 69, 296)), r.choice(("khiển trách", "cảnh cáo")), self.nguoi(), self.chuc(), who, r.randint(1, 28), r.randint(6, 9)),
            "Kỳ họp cũng cho ý kiến về kết quả giám sát thường xuyên %d tổ chức đảng, việc kiểm soát kê khai tài sản, thu nhập năm "
            "2024 của %d cán bộ diện Ban Thường vụ Tỉnh uỷ quản lý và thông qua chương trình công tác tháng tới." % (r.randint(3, 12), r.randint(8, 70)),
        ]
        a["chu_thich"] = ""
        a["tac_gia"] = "Uỷ ban Kiểm tra Tỉnh uỷ"
# ==== KERNEL END ====

SITE = "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Phong Dinh"
# slug, name, parent, weight
CATS = [
    ("tin-tuc", "Tin tức - Sự kiện", "", 0),
    ("hoat-dong-mat-tran", "Hoạt động Mặt trận tỉnh", "tin-tuc", 5),
    ("mat-tran-co-so", "Mặt trận cơ sở", "tin-tuc", 4),
    ("dai-doan-ket", "Đại đoàn kết - Vì người nghèo", "", 3),
    ("giam-sat-phan-bien", "Giám sát - Phản biện xã hội", "", 3),
    ("hang-viet", "Ưu tiên dùng hàng Việt", "", 2),
    ("guong-nguoi-tot", "Gương người tốt, việc tốt", "", 2),
]
CAT = {c[0]: c for c in CATS}
KIDS = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
NEWS = SoanTin(14003, 164, [(c[0], c[3], "mattran", "bai") for c in CATS if c[3]],
               ["Châu Thành", "Phụng Hiệp", "Long Mỹ", "Vị Thanh", "Ô Môn", "Thốt Nốt"],
               ["Nhơn Ái", "Tân Bình", "Vĩnh Viễn", "Hoả Lựu", "Thới Thạnh", "Trung An"],
               ["Nhơn Lộc", "Mỹ Hiệp", "Cầu Đúc", "Thạnh Lợi", "Tân Phú", "Rạch Gòi"],
               tu_ngay=_dt.datetime(2024, 9, 10, 7, 0), id_dau=1200, buoc=3, nguon="MTTQ",
               chu_de=["dai-doan-ket", "vi-nguoi-ngheo", "giam-sat-phan-bien", "hang-viet", "chuyen-doi-so", "gia-dinh"])
ARTS = NEWS.items
BY_ID = NEWS.theo_id
for _a in ARTS:
    c = CAT[_a["cm"]]
    _a["path"] = "/%s%s/%s/" % (c[2] + "/" if c[2] else "", c[0], duong_dan(_a["tieu_de"], 80))
BY_PATH = {a["path"]: a for a in ARTS}
BY_BARE = {a["path"].rstrip("/"): a for a in ARTS}
TAGS = sorted({t for a in ARTS for t in a["nhan"]})
PER = 10
DELETED = ["/tin-tuc/hoat-dong-mat-tran/uy-ban-mttq-tinh-trao-nha-dai-doan-ket-tai-xa-nhon-ai-dot-1/",
           "/dai-doan-ket/quy-vi-nguoi-nghao-tinh-tiep-nhan-ung-ho-dip-tet-at-ty/",
           "/giam-sat-phan-bien/ket-qua-giam-sat-thuc-hien-chinh-sach-bao-hiem-y-te-hoc-sinh/"]
XEM_NHIEU = sorted(ARTS[6:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /umbraco/\nDisallow: /tim-kiem/\nDisallow: /App_Plugins/\nDisallow: /umbraco_client/\n\nSitemap: {o}/sitemap.xml\n"


def in_cat(slug):
    ids = [slug] + KIDS[slug]
    return [a for a in ARTS if a["cm"] in ids]


def cat_path(slug):
    c = CAT[slug]
    return "/%s%s/" % (c[2] + "/" if c[2] else "", slug)


def tag_url(t, page=1):
    return "/chu-de/?tag=%s" % ma_hoa(t) + ("&page=%d" % page if page > 1 else "")


def nav():
    out = ['<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>', '<li class="nav-item"><a class="nav-link" href="/gioi-thieu/">Giới thiệu</a></li>']
    for c in CATS:
        if c[2]:
            continue
        sub = "".join('<a class="dropdown-item" href="%s">%s</a>' % (cat_path(k), x(CAT[k][1])) for k in KIDS[c[0]])
        out.append('<li class="nav-item%s"><a class="nav-link" href="%s">%s</a>%s</li>' % (" dropdown" if sub else "", cat_path(c[0]), x(c[1]),
                                                                                          '<div class="dropdown-menu">%s</div>' % sub if sub else ""))
    out.append('<li class="nav-item"><a class="nav-link" href="/lich-lam-viec/?tuan=24&amp;nam=2025">Lịch làm việc</a></li>')
    return '<nav class="navbar navbar-expand-lg navbar-dark bg-mttq"><ul class="navbar-nav">%s</ul></nav>' % "".join(out)


def aside():
    return """<aside class="col-md-4 sidebar">
<div class="widget"><h4 class="widget-title">Tin mới</h4><ul class="list-unstyled">%s</ul></div>
<div class="widget"><h4 class="widget-title">Đọc nhiều</h4><ul class="list-unstyled">%s</ul></div>
<div class="widget"><h4 class="widget-title">Chủ đề</h4><div class="tags">%s</div></div>
<div class="widget"><h4 class="widget-title">Liên kết</h4><ul><li><a href="https://mattran.example/">Uỷ ban Trung ương MTTQ Việt Nam</a></li><li><a href="/rss/">RSS</a></li></ul></div>
</aside>""" % ("".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:8]),
               "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in XEM_NHIEU),
               " ".join('<a href="%s" class="badge badge-light">%s</a>' % (tag_url(t), x(t)) for t in TAGS))


def layout(tv, title, main, status=200, head="", side=True):
    # QUIRK 1: the master template writes the ROOT node's absolute URL into canonical and og:url on every page
    return Dapung("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | MTTQ Phong Dinh</title>
<link rel="canonical" href="%s/">
<meta property="og:url" content="%s/">
<meta property="og:title" content="%s">
<meta property="og:site_name" content="%s">
%s
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/">
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/site.css?v=2.3">
</head>
<body>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/media/1001/logo-mttq.png" alt="MTTQ"><span>%s</span></a>
<form action="/tim-kiem/" method="get" class="form-inline search"><input type="text" name="q" class="form-control" placeholder="Nhập từ khoá"><button type="submit" class="btn">Tìm</button></form></div>%s</header>
<div class="container main"><div class="row"><div class="col-md-%d">%s</div>%s</div></div>
<footer class="site-footer"><div class="container"><p class="ft">Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Phong Dinh. Địa chỉ: 12 Hoà Bình, thành phố Phong Dinh. Điện thoại: 0292.38.20.114. Email: mttq@phongdinh.example</p></div></footer>
<script src="/scripts/jquery-3.6.0.min.js"></script><script src="/scripts/bootstrap.bundle.min.js"></script>
</body>
</html>""" % (x(title), tv.origin, tv.origin, x(title), x(SITE), head, x(SITE.upper()), nav(), 8 if side else 12, main, aside() if side else ""), status)


def row(a):
    return '<div class="media news-item"><a href="%s"><img class="mr-3" src="/media/%d/thumb.jpg" alt=""></a><div class="media-body"><h5><a href="%s">%s</a></h5><small class="text-muted">%s</small><div class="summary">%s</div></div></div>' % (
        a["path"], a["id"], a["path"], x(a["tieu_de"]), ngay(a["ngay"]), x(a["sapo"]))


def home(tv):
    main = '<div id="carousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner">%s</div></div>' % "".join(
        '<div class="carousel-item%s"><a href="%s"><img src="/media/%d/anh.jpg" alt=""><div class="carousel-caption"><h3>%s</h3></div></a></div>' % (
            " active" if i == 0 else "", a["path"], a["id"], x(a["tieu_de"])) for i, a in enumerate(ARTS[:5]))
    for c in CATS:
        if c[2]:
            continue
        lst = in_cat(c[0])[:5]
        main += '<section class="home-box"><h2 class="box-title"><a href="%s">%s</a></h2>%s<ul>%s</ul></section>' % (
            cat_path(c[0]), x(c[1]), row(lst[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in lst[1:]))
    return layout(tv, "Trang chủ", main)


def pager(base, page, n, sep="?"):
    if n < 2:
        return ""
    u = lambda i: base + (sep + "page=%d" % i if i > 1 else "")
    items = ['<li class="page-item"><a class="page-link" href="%s">«</a></li>' % u(1)]
    for i in range(max(1, page - 3), min(n, page + 3) + 1):
        items.append('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if i == page else "", u(i), i))
    items.append('<li class="page-item"><a class="page-link" href="%s">»</a></li>' % u(n))
    return '<ul class="pagination">%s</ul>' % "".join(items)


def listing(tv, slug):
    page = tv.so("page", 1, 1, 9999)
    if page is None:
        page = 1
    chunks = chia(in_cat(slug), PER)
    c = CAT[slug]
    body = "".join(row(a) for a in chunks[page - 1]) if page <= len(chunks) else '<p class="empty">Chưa có tin bài.</p>'
    subs = "".join('<a href="%s" class="btn btn-sm btn-outline-secondary">%s</a> ' % (cat_path(k), x(CAT[k][1])) for k in KIDS[slug])
    crumbs = '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>%s<li class="breadcrumb-item active">%s</li></ol>' % (
        '<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (cat_path(c[2]), x(CAT[c[2]][1])) if c[2] else "", x(c[1]))
    return layout(tv, c[1], '%s<h1 class="page-title">%s</h1>%s<div class="news-list">%s</div>%s' % (crumbs, x(c[1]), subs, body, pager(cat_path(slug), page, len(chunks))))


def tag_page(tv):
    t = tv.q.get("tag", "")
    if t not in TAGS:
        return layout(tv, "Chủ đề", '<h1 class="page-title">Chủ đề</h1><p class="empty">Không có tin bài nào.</p>')
    page = tv.so("page", 1, 1, 9999) or 1
    chunks = chia([a for a in ARTS if t in a["nhan"]], PER)
    body = "".join(row(a) for a in chunks[page - 1]) if page <= len(chunks) else '<p class="empty">Không có tin bài nào.</p>'
    return layout(tv, "Chủ đề: " + t, '<h1 class="page-title">Chủ đề: %s</h1><div class="news-list">%s</div>%s' % (x(t), body, pager(tag_url(t), page, len(chunks), "&")))


def article_body(a):
    ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
    ps.insert(1, '<table class="image" align="center"><tbody><tr><td><img src="/media/%d/anh.jpg" alt="%s"></td></tr><tr><td class="image_desc">%s</td></tr></tbody></table>' % (
        a["id"], x(a["tieu_de"]), x(a["chu_thich"])))
    return "".join(ps)


def detail(tv, a):
    if tv.env.get("REQUEST_METHOD", "GET").upper() == "HEAD":
        # QUIRK 2: RenderMvcController hijack for the 'tinBai' document type: public ActionResult Index(...) with [HttpGet]
        return Dapung("", 404, "text/html; charset=utf-8")
    if tv.q.get("altTemplate", "").lower() == "inbai":
        return Dapung("""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s/"><link rel="stylesheet" href="/css/print.css"></head>
<body onload="window.print()"><div class="print-page"><div class="print-head">%s</div><h1>%s</h1><div class="date">%s %s</div><div class="sapo"><strong>%s</strong></div>%s<p style="text-align:right"><strong>%s</strong></p></div></body></html>""" % (
            x(a["tieu_de"]), tv.origin, x(SITE), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), article_body(a), x(a["tac_gia"])))
    c = CAT[a["cm"]]
    same = [b for b in ARTS if b["cm"] == a["cm"] and b["ngay"] < a["ngay"]][:6]
    rel = ['<li><a href="%s">%s</a> <small>(%s)</small></li>' % (b["path"], x(b["tieu_de"]), ngay(b["ngay"])) for b in same]
    i = ARTS.index(a)
    if i % 11 == 6:
        rel.insert(2, '<li><a href="%s">%s</a></li>' % (DELETED[i % 3], x(DELETED[i % 3].strip("/").rsplit("/", 1)[1].replace("-", " ").capitalize())))
    tags = " ".join('<a href="%s" class="badge badge-info">%s</a>' % (tag_url(t), x(t)) for t in a["nhan"])
    main = """<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="%s">%s</a></li></ol>
<article class="news-detail"><h1 class="news-title">%s</h1><div class="news-meta"><i class="fa fa-calendar"></i> %s, %s - %s | Lượt xem: %d</div>
<div class="news-sapo"><strong>%s</strong></div><div class="news-content">%s</div><p class="news-author" style="text-align:right"><strong>%s</strong></p>
<div class="news-tags">Từ khoá: %s</div>
<div class="news-tools"><a href="%s?altTemplate=InBai" target="_blank"><i class="fa fa-print"></i> In bài</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.me/share?url=%s">Zalo</a></div></article>
<div class="related"><h4>Tin liên quan</h4><ul>%s</ul></div>""" % (
        cat_path(a["cm"]), x(c[1]), x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], x(a["sapo"]), article_body(a), x(a["tac_gia"]),
        tags, a["path"], ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]), "".join(rel))
    return layout(tv, a["tieu_de"], main, head='<meta property="article:published_time" content="%s">' % a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))


def week_page(tv):
    w, y = tv.so("tuan", 0, 1, 53), tv.so("nam", 0, 1900, 2200)
    if not w or not y:
        return not_found(tv)
    pw, py = (w - 1, y) if w > 1 else (52, y - 1)
    nw, ny = (w + 1, y) if w < 52 else (1, y + 1)
    return layout(tv, "Lịch làm việc", '<h1 class="page-title">Lịch làm việc của Thường trực Uỷ ban MTTQ tỉnh - tuần %d/%d</h1><p><a href="/lich-lam-viec/?tuan=%d&amp;nam=%d">« Tuần trước</a> | <a href="/lich-lam-viec/?tuan=%d&amp;nam=%d">Tuần sau »</a></p><table class="table"><tr><td>Thứ Hai</td><td>Giao ban Thường trực</td></tr><tr><td>Thứ Tư</td><td>Tiếp công dân</td></tr></table>' % (
        w, y, pw, py, nw, ny), side=False)


def feed(tv):
    # the RSS template trims the trailing slash of every item URL
    return rss(tv.origin, SITE, "/", [(a["tieu_de"], a["path"].rstrip("/"), a["ngay"], a["sapo"]) for a in ARTS[:20]])


def not_found(tv):
    return layout(tv, "Không tìm thấy trang", '<div class="error-404"><h1>Trang không tồn tại</h1><p>Nội dung bạn tìm đã bị xoá hoặc chuyển sang địa chỉ khác.</p><a href="/">Về trang chủ</a></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv)
    if p in BY_PATH:
        return detail(tv, BY_PATH[p])
    if p in BY_BARE:                 # Umbraco serves a node with or without the trailing slash (no redirect)
        return detail(tv, BY_BARE[p])
    for c in CATS:
        if p in (cat_path(c[0]), cat_path(c[0]).rstrip("/")):
            return listing(tv, c[0])
    if p in ("/chu-de/", "/chu-de"):
        return tag_page(tv)
    if p in ("/lich-lam-viec/", "/lich-lam-viec"):
        return week_page(tv)
    if p in ("/rss/", "/rss"):
        return feed(tv)
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", None, "daily")] + [(cat_path(c[0]), None, "daily") for c in CATS] + [(a["path"], a["ngay"], None) for a in ARTS])
    if p in ("/gioi-thieu/", "/gioi-thieu"):
        return layout(tv, "Giới thiệu", '<h1 class="page-title">Giới thiệu</h1><div>Uỷ ban MTTQ Việt Nam tỉnh Phong Dinh, nhiệm kỳ 2024 - 2029.</div>')
    if p in ("/tim-kiem/", "/tim-kiem"):
        return layout(tv, "Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm</h1>')
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                        ("X-Umbraco-Version", "8.18.8"), ("Cache-Control", "private")])

# ---------------------------------------------------------------- manifest
MANIFEST = {
    "family": "Umbraco 8 (ASP.NET MVC 5, IIS 10) site of a provincial Fatherland Front committee (Uỷ ban MTTQ Việt Nam tỉnh Phong Dinh): "
              "ordinary site; canonical and og:url point to the home page on every page; HEAD on articles answers 404",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [a["path"].rstrip("/"), a["path"] + "?altTemplate=InBai"]} for a in ARTS},
    "robots_disallowed": ["/umbraco/", "/tim-kiem/", "/App_Plugins/"],
    "trap_prefixes": ["/lich-lam-viec"],
    "notes": (
        "Umbraco content tree: 'Tin tức - Sự kiện' (Hoạt động Mặt trận tỉnh, Mặt trận cơ sở), Đại đoàn kết - Vì người nghèo, "
        "Giám sát - Phản biện xã hội, Ưu tiên dùng hàng Việt, Gương người tốt, việc tốt. Articles /<section>[/<child>]/<url "
        "name>/ (trailing slash); listings /<section>/?page=N (10 a page; '« window ±3 »'; past the end 200 'Chưa có tin bài'; "
        "a parent lists its children's items). QUIRK 1: the master template writes the ROOT node's absolute URL into <link "
        "rel=canonical> and og:url on EVERY page (home, listings, articles, print views): a crawler that trusts canonical "
        "folds all %d articles into the home page. QUIRK 2: articles are served by a route-hijacking controller with "
        "[HttpGet]: HEAD on an article URL (and its variants) answers 404 with an empty body while GET answers 200; HEAD on "
        "other pages is 200. Variants: the same URL without the trailing slash answers 200 (Umbraco serves both; the RSS "
        "/rss/ lists the 20 newest without the slash; aliases), print ?altTemplate=InBai (200; alias). Home: carousel 5, a "
        "box per top section 5. Sidebar: 'Tin mới' 8, 'Đọc nhiều' 6, 'Chủ đề' tags /chu-de/?tag=<UTF-8 percent-encoded>"
        "[&page=N]. Article: 'Thứ Năm, 12/06/2025 - 10:20 | Lượt xem: N', two-row image table, 'Từ khoá', 'Tin liên quan' 6 "
        "(older, same section; some list an unpublished node: 404). /sitemap.xml complete (slash form; in robots.txt). Search "
        "/tim-kiem/?q= (robots-disallowed). Trap: 'Lịch làm việc' /lich-lam-viec/?tuan=&nam= weeks forever." % len(ARTS)),
}
SELFTEST = [
    {"path": ARTS[0]["path"], "status": 200, "contains": '<link rel="canonical" href="http://replica.test:8080/">'},
    {"path": ARTS[0]["path"], "method": "HEAD", "status": 404},
    {"path": ARTS[0]["path"].rstrip("/"), "method": "HEAD", "status": 404},
    {"path": cat_path("dai-doan-ket"), "method": "HEAD", "status": 200},
    {"path": "/", "method": "HEAD", "status": 200},
    {"path": cat_path("hoat-dong-mat-tran") + "?page=2", "status": 200, "contains": '<meta property="og:url" content="http://replica.test:8080/">'},
    {"path": cat_path("hoat-dong-mat-tran") + "?page=99", "status": 200, "contains": "Chưa có tin bài"},
    {"path": ARTS[3]["path"] + "?altTemplate=InBai", "status": 200, "contains": ARTS[3]["doan"][0]},
    {"path": DELETED[0], "status": 404},
    {"path": "/rss/", "status": 200, "contains": "<rss"},
    {"path": "/lich-lam-viec/?tuan=1&nam=1990", "status": 200, "contains": "Tuần sau"},
]
SUMMARY = {
    "chains": ["/ -> /<section>/?page=N -> /<section>/<name>/ (canonical link: the home page)",
               "/ -> 'Chủ đề' /chu-de/?tag=<tag>&page=N -> article"],
    "alias_kinds": ["same URL without the trailing slash (200)", "print ?altTemplate=InBai (200)"],
    "quirks": ["<link rel=canonical> and og:url point to the home page on every page", "HEAD on article URLs answers 404 (GET 200)",
               "trailing-slash and no-slash URLs both 200", "unpublished nodes still linked from 'Tin liên quan' (404)", "weekly schedule trap"],
    "not_articles": DELETED,
}
