"""Replica (set 14, B): site of the Tỉnh đoàn Biên Hoà (provincial Youth Union) on Odoo 16 Website + Blog (Viindoo-style
hosting; markup hedged).  Quirks: the theme's first listing page shows 9 posts while the pager counts 12 a page (posts
10-12 of every listing are on no listing page), and Odoo's slug-id URLs (any slug with the right ids 301s to the current
slug; renamed posts are still linked under their old slug)."""
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

SITE = "Tỉnh đoàn Biên Hoà"
# blog id, slug, name, weight
BLOGS = [(1, "tin-hoat-dong", "Tin hoạt động", 6), (2, "tinh-nguyen-hien-mau", "Tình nguyện - Hiến máu", 4),
         (3, "thanh-nien-khoi-nghiep", "Thanh niên khởi nghiệp", 3), (4, "guong-sang-tuoi-tre", "Gương sáng tuổi trẻ", 3),
         (5, "thong-bao-ke-hoach", "Thông báo - Kế hoạch", 2)]
BLOG = {b[0]: b for b in BLOGS}
NEWS = SoanTin(14002, 156, [(str(b[0]), b[3], "doan", "bai") for b in BLOGS],
               ["Long Thành", "Nhơn Trạch", "Trảng Bom", "Vĩnh Cửu", "Thống Nhất", "Xuân Lộc"],
               ["Phước Thiền", "Long An", "Bình Sơn", "Tân An", "Bàu Hàm", "Xuân Bắc"],
               ["Ấp 3", "Xóm Gò", "Bến Cam", "Suối Đá", "Ấp Hiền Đức", "Bàu Cạn"],
               tu_ngay=_dt.datetime(2024, 8, 20, 7, 0), id_dau=300, buoc=2, nguon="TĐBH",
               chu_de=["tinh-nguyen", "khoi-nghiep", "hien-mau", "chuyen-doi-so", "dai-doan-ket", "hang-viet"])
ARTS = NEWS.items
BY_ID = NEWS.theo_id
TAGS = {}            # tag name -> id
for _a in ARTS:
    _a["blog"] = int(_a["cm"])
    for t in _a["nhan"]:
        TAGS.setdefault(t, 10 + len(TAGS))
TAG_BY_ID = {v: k for k, v in TAGS.items()}
RENAMED = {}         # post id -> old title (editors retitled these after publishing)
for _i, _a in enumerate(ARTS):
    if _i % 12 == 5:
        RENAMED[_a["id"]] = _a["tieu_de"]
        _a["tieu_de"] = ("Clip: " if _i % 24 == 5 else "[Ảnh] ") + _a["tieu_de"]


def slug(s, i):
    return "%s-%d" % (duong_dan(s, 70), i)


def blog_slug(bid):
    return slug(BLOG[bid][2], bid)


def post_url(a, title=None):
    return "/blog/%s/%s" % (blog_slug(a["blog"]), slug(title or a["tieu_de"], a["id"]))


for _a in ARTS:
    _a["path"] = post_url(_a)
    _a["old"] = post_url(_a, RENAMED[_a["id"]]) if _a["id"] in RENAMED else None
    assert _a["old"] != _a["path"]
BY_PATH = {a["path"]: a for a in ARTS}
FIRST, PER = 9, 12          # QUIRK 1: first page 9 (theme layout), pager arithmetic 12 a page
DELETED = ["/blog/tin-hoat-dong-1/tuoi-tre-long-thanh-ra-quan-chien-dich-mua-he-xanh-2024-97",
           "/blog/tinh-nguyen-hien-mau-2/ngay-hoi-hien-mau-tinh-nguyen-tai-xa-bau-ham-lan-thu-nhat-103",
           "/blog/thanh-nien-khoi-nghiep-3/ket-qua-cuoc-thi-y-tuong-khoi-nghiep-nam-2024-111"]
ROBOTS = "User-agent: *\nDisallow: /web/\nDisallow: /my\nDisallow: /website/\n\nSitemap: {o}/sitemap.xml\n"
MONTHS = sorted({(a["ngay"].year, a["ngay"].month) for a in ARTS}, reverse=True)


def posts(bid=None, tag=None, month=None):
    out = [a for a in ARTS if (bid is None or a["blog"] == bid) and (tag is None or tag in a["nhan"])]
    if month:
        out = [a for a in out if (a["ngay"].year, a["ngay"].month) == month]
    return out


def list_base(bid=None, tid=None):
    base = "/blog" + ("/" + blog_slug(bid) if bid else "")
    return base + ("/tag/%s" % slug(TAG_BY_ID[tid], tid) if tid else "")


def page_url(base, page, qs=""):
    return base + ("/page/%d" % page if page > 1 else "") + ("?" + qs if qs else "")


def window(lst, page):
    if page == 1:
        return lst[:FIRST]
    return lst[(page - 1) * PER:page * PER]


def npages(lst):
    return max(1, -(-len(lst) // PER))


def odoo_date(d):
    return "%d tháng %d, %d" % (d.day, d.month, d.year)


def nav():
    sub = "".join('<li><a class="dropdown-item" href="/blog/%s">%s</a></li>' % (blog_slug(b[0]), x(b[2])) for b in BLOGS)
    return """<nav class="navbar navbar-expand-lg"><ul class="nav navbar-nav" id="top_menu">
<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/blog">Tin tức</a><ul class="dropdown-menu">%s</ul></li>
<li class="nav-item"><a class="nav-link" href="/lich-cong-tac?thang=2025-06">Lịch công tác</a></li>
<li class="nav-item"><a class="nav-link" href="/contactus">Liên hệ</a></li>
<li class="nav-item o_no_autohide_item"><a class="nav-link" href="/web/login">Đăng nhập</a></li></ul></nav>""" % sub


def layout(tv, title, main, canonical=None, status=200, head=""):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="%s" data-oe-company-name="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Odoo">
<title>%s | %s</title>
%s%s
<link type="text/css" rel="stylesheet" href="/web/assets/1-8c2e1f0/web.assets_frontend.min.css">
<script type="text/javascript" src="/web/assets/1-8c2e1f0/web.assets_frontend_lazy.min.js" defer></script>
</head>
<body>
<div id="wrapwrap" class="">
<header id="top" data-anchor="true" data-name="Header" class="o_header_standard"><a href="/" class="navbar-brand logo"><img src="/web/image/website/1/logo/Tinh%%20doan%%20Bien%%20Hoa" alt="%s"></a>%s</header>
<main>%s</main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer"><div id="footer" class="oe_structure"><section class="s_text_block"><p class="ft">Cơ quan chủ quản: Ban Thường vụ Tỉnh đoàn Biên Hoà. Địa chỉ: số 2 Nguyễn Văn Trị, thành phố Biên Hoà. Điện thoại: 0251.38.22.145.</p></section></div>
<div class="o_footer_copyright"><span class="o_footer_copyright_name">Bản quyền © Tỉnh đoàn Biên Hoà</span> <a class="o_brand_promotion" href="https://www.odoo.example/">Được hỗ trợ bởi Odoo</a></div></footer>
</div>
</body>
</html>""" % (x(title), x(SITE), x(title), x(SITE), can, head, x(SITE), nav(), main), status)


def home(tv):
    feat = [ARTS[1], ARTS[5], ARTS[17], ARTS[29]]
    links = []
    for a in feat:        # hand-edited block: links written when the posts were published (old slugs stay)
        links.append('<li><a href="%s">%s</a></li>' % (a["old"] or a["path"], x(RENAMED.get(a["id"], a["tieu_de"]))))
    links.insert(2, '<li><a href="%s">Tuổi trẻ Long Thành ra quân chiến dịch Mùa hè xanh 2024</a></li>' % DELETED[0])
    main = """<div id="wrap" class="oe_structure oe_empty">
<section class="s_banner pt96 pb96" data-name="Banner"><div class="container"><h1>Tuổi trẻ Biên Hoà xung kích, tình nguyện, sáng tạo</h1><p class="lead">Chào mừng Đại hội Đảng bộ tỉnh Biên Hoà lần thứ XII</p><a href="/blog" class="btn btn-primary">Xem tin tức</a></div></section>
<section class="s_text_block" data-name="Tiêu điểm"><div class="container"><h2>Tiêu điểm</h2><ul>%s</ul></div></section>
<section class="s_dynamic_snippet_blog_posts s_dynamic pt32 pb32" data-name="Tin mới" data-snippet="s_blog_posts" data-filter-id="3" data-number-of-records="8" data-template-key="website_blog.dynamic_filter_template_blog_post_big_picture"><div class="container"><h2>Tin mới</h2><div class="dynamic_snippet_template"></div></div></section>
<section class="s_references" data-name="Chuyên mục"><div class="container">%s</div></section>
</div>""" % ("".join(links), "".join('<a href="/blog/%s" class="btn btn-outline-primary">%s</a> ' % (blog_slug(b[0]), x(b[2])) for b in BLOGS))
    return layout(tv, "Trang chủ", main, canonical="/")


def sidebar(bid):
    lst = posts(bid)
    tags = sorted({t for a in lst for t in a["nhan"]})
    base = list_base(bid)
    arch = []
    for y, m in MONTHS:
        if any((a["ngay"].year, a["ngay"].month) == (y, m) for a in lst):
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            arch.append('<li><a href="%s?date_begin=%d-%02d-01+00%%3A00%%3A00&amp;date_end=%s+00%%3A00%%3A00">Tháng %d/%d</a></li>' % (base, y, m, nxt.isoformat(), m, y))
    return """<div class="col-lg-3 o_wblog_sidebar">
<div class="o_wblog_sidebar_block"><form action="%s" method="get" class="o_wblog_search"><input type="search" name="search" class="form-control" placeholder="Tìm kiếm…"><button type="submit" class="btn oe_search_button">Tìm</button></form></div>
<div class="o_wblog_sidebar_block"><h6 class="text-uppercase">Lưu trữ</h6><ul class="list-unstyled">%s</ul></div>
<div class="o_wblog_sidebar_block"><h6 class="text-uppercase">Thẻ</h6><div class="o_wblog_tags">%s</div></div>
<div class="o_wblog_sidebar_block"><h6 class="text-uppercase">Theo dõi</h6><a href="%s/feed" class="o_rss">RSS</a> <a href="https://www.facebook.com/tinhdoanbienhoa.example">Facebook</a></div>
</div>""" % (base, "".join(arch), "".join('<a href="%s" class="badge">%s</a> ' % (list_base(bid, TAGS[t]), x(t)) for t in tags), base if bid else "/blog/" + blog_slug(1))


def card(a, big=False):
    return """<article name="blog_post" class="o_wblog_post position-relative%s"><div class="o_record_cover_container"><div class="o_record_cover_image" style="background-image: url('/web/image/blog.post/%d/cover')"></div></div>
<a href="%s" class="text-reset text-decoration-none"><h3 class="o_blog_post_title">%s</h3></a><div class="o_wblog_post_short_tag_section">%s</div>
<div class="o_wblog_normalize_font">%s</div><div class="o_wblog_post_short_date"><span class="text-muted">%s</span> · <span>trong <a href="/blog/%s">%s</a></span></div></article>""" % (
        " o_wblog_post_big" if big else "", a["id"], a["path"], x(a["tieu_de"]), " ".join('<span class="badge">%s</span>' % x(t) for t in a["nhan"]),
        x(a["sapo"][:150]), odoo_date(a["ngay"]), blog_slug(a["blog"]), x(BLOG[a["blog"]][2]))


def listing(tv, bid, tid, page):
    month = None
    qs = ""
    if "date_begin" in tv.q:
        m = _re.fullmatch(r"(\d{4})-(\d{2})-01 00:00:00", tv.q["date_begin"])
        if not m:
            return not_found(tv)
        month = (int(m.group(1)), int(m.group(2)))
        qs = "date_begin=%s&date_end=%s" % (ma_hoa(tv.q["date_begin"]).replace("%20", "+"), ma_hoa(tv.q.get("date_end", "")).replace("%20", "+"))
    lst = posts(bid, TAG_BY_ID.get(tid), month)
    if tv.q.get("search"):
        lst = [a for a in lst if tv.q["search"].lower() in a["tieu_de"].lower()]
    shown = window(lst, page)
    n = npages(lst)
    base = list_base(bid, tid)
    pg = ""
    if n > 1:
        items = ['<li class="page-item%s"><a class="page-link" href="%s">Trước</a></li>' % (" disabled" if page == 1 else "", page_url(base, max(1, page - 1), qs))]
        for i in range(1, n + 1):
            items.append('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if i == page else "", page_url(base, i, qs), i))
        items.append('<li class="page-item%s"><a class="page-link" href="%s">Sau</a></li>' % (" disabled" if page >= n else "", page_url(base, min(n, page + 1), qs)))
        pg = '<ul class="pagination m-0 mt-4">%s</ul>' % "".join(items)
    head_t = BLOG[bid][2] if bid else "Tất cả tin bài"
    if tid:
        head_t += " · " + TAG_BY_ID[tid]
    body = "".join(card(a, big=(page == 1 and i == 0)) for i, a in enumerate(shown)) or '<p class="text-muted">Chưa có bài viết nào.</p>'
    crumbs = "".join('<a href="/blog/%s" class="nav-link%s">%s</a>' % (blog_slug(b[0]), " active" if b[0] == bid else "", x(b[2])) for b in BLOGS)
    main = """<div id="wrap" class="js_blog website_blog"><section id="o_wblog_index_content"><div class="container"><nav class="o_wblog_blogs_nav nav"><a href="/blog" class="nav-link%s">Tất cả</a>%s</nav>
<h1 class="o_wblog_title">%s</h1><div class="row"><div class="col-lg-9" id="o_wblog_posts_loop">%s%s</div>%s</div></div></section></div>""" % (
        " active" if not bid else "", crumbs, x(head_t), body, pg, sidebar(bid))
    head = '<link rel="alternate" type="application/atom+xml" href="%s/feed">' % list_base(bid) if bid else ""
    return layout(tv, head_t, main, canonical=page_url(base, page), head=head)


def detail(tv, a):
    nxt = [b for b in ARTS if b["blog"] == a["blog"] and b["ngay"] < a["ngay"]]
    nxt = nxt[0] if nxt else posts(a["blog"])[0]
    ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
    ps.insert(1, '<img src="/web/image/blog.post/%d/cover" class="img img-fluid" alt=""><p class="o_caption"><em>%s</em></p>' % (a["id"], x(a["chu_thich"])))
    i = ARTS.index(a)
    more = ""
    if i % 7 == 3 and i + 9 < len(ARTS):      # 'Xem thêm' written into the body by the editor
        b = ARTS[i + 9]
        more = '<p class="o_xem_them"><strong>Xem thêm: <a href="%s">%s</a></strong></p>' % (b["old"] or b["path"], x(RENAMED.get(b["id"], b["tieu_de"])))
    if i in (8, 40):
        more = '<p class="o_xem_them"><strong>Xem thêm: <a href="%s">Bài viết liên quan</a></strong></p>' % DELETED[1 if i == 8 else 2]
    tags = " ".join('<a href="%s" class="badge">%s</a>' % (list_base(a["blog"], TAGS[t]), x(t)) for t in a["nhan"])
    main = """<div id="wrap" class="js_blog website_blog"><section id="o_wblog_post_top"><div class="container"><div class="o_wblog_post_name"><h1 class="o_wblog_post_title" id="o_wblog_post_name" data-oe-model="blog.post" data-oe-id="%d">%s</h1></div>
<div class="o_wblog_post_subtitle"><strong>%s</strong></div><div class="text-muted"><span class="o_wblog_post_date">%s</span> · trong <a href="/blog/%s">%s</a> · %d lượt xem</div></div></section>
<section id="o_wblog_post_main"><div class="container"><div class="row"><div class="col-lg-9"><div class="o_wblog_post_content_field o_wblog_read_text">%s%s<p style="text-align: right"><strong>%s</strong></p></div>
<div class="o_wblog_post_tags">Thẻ: %s</div>
<div class="o_wblog_social_links"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.me/share?u=%s">Zalo</a></div></div>%s</div></div></section>
<section id="o_wblog_post_footer"><div class="o_wblog_next_container"><span class="text-muted">Bài tiếp theo</span><a href="%s" class="o_wblog_next"><h3>%s</h3></a></div></section></div>""" % (
        a["id"], x(a["tieu_de"]), x(a["sapo"]), odoo_date(a["ngay"]), blog_slug(a["blog"]), x(BLOG[a["blog"]][2]), a["xem"],
        "".join(ps), more, x(a["tac_gia"]), tags, ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]), sidebar(a["blog"]),
        nxt["path"], x(nxt["tieu_de"]))
    head = '<meta property="og:type" content="article"><meta property="og:url" content="%s%s"><meta property="article:published_time" content="%s">' % (
        tv.origin, a["path"], a["ngay"].strftime("%Y-%m-%d %H:%M:%S"))
    return layout(tv, a["tieu_de"], main, canonical=a["path"], head=head)


def atom(tv, bid):
    lst = posts(bid)[:15]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>%s</title>" % x(BLOG[bid][2]), '<link href="%s/blog/%s"/>' % (tv.origin, blog_slug(bid)), "<id>%s/blog/%s</id>" % (tv.origin, blog_slug(bid)),
           "<updated>%s</updated>" % lst[0]["ngay"].strftime("%Y-%m-%dT%H:%M:%SZ")]
    for a in lst:
        out.append('<entry><title>%s</title><link href="%s%s"/><id>%s%s</id><updated>%s</updated><summary>%s</summary></entry>' % (
            x(a["tieu_de"]), tv.origin, a["path"], tv.origin, a["path"], a["ngay"].strftime("%Y-%m-%dT%H:%M:%SZ"), x(a["sapo"])))
    out.append("</feed>")
    return Dapung("\n".join(out), 200, "application/atom+xml; charset=utf-8")


def calendar(tv):
    m = _re.fullmatch(r"(\d{4})-(\d{2})", tv.q.get("thang", ""))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return not_found(tv)
    y, mo = int(m.group(1)), int(m.group(2))
    prev = "%d-%02d" % (y - (mo == 1), (mo - 2) % 12 + 1)
    nxt = "%d-%02d" % (y + (mo == 12), mo % 12 + 1)
    return layout(tv, "Lịch công tác", '<div id="wrap"><div class="container"><h1>Lịch công tác tháng %d/%d</h1><p><a href="/lich-cong-tac?thang=%s">« Tháng trước</a> | <a href="/lich-cong-tac?thang=%s">Tháng sau »</a></p><table class="table"><tr><td>Thứ Hai</td><td>Giao ban Ban Thường vụ Tỉnh đoàn</td></tr><tr><td>Thứ Bảy</td><td>Ngày Chủ nhật xanh (theo kế hoạch)</td></tr></table></div></div>' % (mo, y, prev, nxt))


def not_found(tv):
    return layout(tv, "404: Không tìm thấy trang", '<div id="wrap"><div class="container"><h1 class="mt32">404: Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại.</p><a href="/">Trở về trang chủ</a></div></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=tv.origin))
    if p == "/":
        return home(tv)
    if p in BY_PATH:
        return detail(tv, BY_PATH[p])
    m = _re.fullmatch(r"/blog(?:/(?:[\w-]*-)?(\d+))?(?:/tag/(?:[\w-]*-)?(\d+))?(?:/page/(\d+))?", p)
    if m:
        bid, tid, page = (int(m.group(1)) if m.group(1) else None), (int(m.group(2)) if m.group(2) else None), int(m.group(3) or 1)
        if (bid is not None and bid not in BLOG) or (tid is not None and tid not in TAG_BY_ID) or page < 1:
            return not_found(tv)
        canon = page_url(list_base(bid, tid), page)
        if p != canon.split("?")[0] or (m.group(3) and page == 1):
            return chuyen(canon + ("?" + tv.query if tv.query else ""), 301)
        return listing(tv, bid, tid, page)
    m = _re.fullmatch(r"/blog/(?:[\w-]*-)?(\d+)/(?:[\w-]*-)?(\d+)", p)
    if m and int(m.group(2)) in BY_ID:        # QUIRK 2: Odoo slug-id routing -> 301 to the current slug
        return chuyen(BY_ID[int(m.group(2))]["path"], 301)
    m = _re.fullmatch(r"/blog/(?:[\w-]*-)?(\d+)/feed", p)
    if m and int(m.group(1)) in BLOG:
        return atom(tv, int(m.group(1)))
    if p == "/sitemap.xml":
        rows = [("/", None, None), ("/blog", None, None)] + [("/blog/" + blog_slug(b[0]), None, None) for b in BLOGS]
        rows += [(a["path"], a["ngay"], None) for a in ARTS]
        return urlset(tv.origin, rows)
    if p == "/lich-cong-tac":
        return calendar(tv)
    if p in ("/gioi-thieu", "/contactus"):
        return layout(tv, "Giới thiệu" if p == "/gioi-thieu" else "Liên hệ", '<div id="wrap"><div class="container"><h1>%s</h1><div>Tỉnh đoàn Biên Hoà, số 2 Nguyễn Văn Trị, thành phố Biên Hoà.</div></div></div>' % ("Giới thiệu" if p == "/gioi-thieu" else "Liên hệ"))
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx"), ("X-Content-Type-Options", "nosniff")])

# ---------------------------------------------------------------- manifest
GAP = sorted({a["path"] for bid in [None] + [b[0] for b in BLOGS] for a in posts(bid)[FIRST:PER]})
MANIFEST = {
    "family": "Odoo 16 Website + Blog site of a provincial Youth Union (Tỉnh đoàn Biên Hoà; Viindoo-style hosting): ordinary site; "
              "first listing page 9 posts, pager counting 12 a page; slug-id URLs that 301 to the current slug",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [a["old"]] if a["old"] else []} for a in ARTS},
    "robots_disallowed": ["/web/", "/my", "/website/"],
    "trap_prefixes": ["/lich-cong-tac"],
    "notes": (
        "Blogs (Odoo website_blog) /blog/<slug>-<id>: Tin hoạt động, Tình nguyện - Hiến máu, Thanh niên khởi nghiệp, Gương sáng "
        "tuổi trẻ, Thông báo - Kế hoạch; /blog = all. Posts /blog/<blog-slug>-<bid>/<post-slug>-<pid>. Listing pages /page/N "
        "(pager 'Trước 1 2 … Sau'; past the end 200 'Chưa có bài viết nào'; /page/1 301s to the bare URL). QUIRK 1: the theme "
        "shows 9 posts on page 1 (one big card + 8), but the pager (and page N's offset) counts 12 a page, so posts 10-12 of "
        "every listing (blog, /blog, tag, month filter) are on no listing page: %d posts are skipped by the pager of at least "
        "one listing (SUMMARY pager_gap); they are still reachable by 'Bài tiếp theo' (the next older post of the same blog), "
        "tag pages, the Atom feeds, /sitemap.xml. QUIRK 2: Odoo slug-id routing: any /blog/<x>-<bid>/<y>-<pid> 301s to the "
        "post's current URL; %d posts were retitled after publishing and the hand-edited home block 'Tiêu điểm' and editors' "
        "'Xem thêm:' lines in bodies still link the OLD slug (301; aliases). Home: banner, 'Tiêu điểm' (4 posts + one "
        "unpublished post: 404), a 'Tin mới' dynamic snippet that is empty in the HTML (filled by JSON-RPC POST in the "
        "browser), blog buttons. Sidebar: search form (GET ?search=), 'Lưu trữ' months ?date_begin=YYYY-MM-01+00:00:00&"
        "date_end=… (finite listing variants, pager keeps the query), tag badges /blog/<blog>/tag/<tag>-<tid>[/page/N], feed "
        "/blog/<blog>/feed (Atom, 15). Post: date 'd tháng m, yyyy', subtitle, cover, tags, share, 'Bài tiếp theo'. Two "
        "bodies link unpublished posts (404). /sitemap.xml complete (in robots.txt). Trap: /lich-cong-tac?thang=YYYY-MM "
        "« Tháng trước | Tháng sau » forever." % (len(GAP), len(RENAMED))),
}
_b1 = posts(1)
_ren = [a for a in ARTS if a["old"]]
SELFTEST = [
    {"path": "/blog/" + blog_slug(1), "status": 200, "contains": _b1[8]["tieu_de"], "not_contains": _b1[9]["tieu_de"]},
    {"path": "/blog/%s/page/2" % blog_slug(1), "status": 200, "contains": _b1[12]["tieu_de"], "not_contains": _b1[11]["tieu_de"]},
    {"path": "/blog/%s/page/2" % blog_slug(1), "status": 200, "not_contains": _b1[10]["tieu_de"]},
    {"path": "/blog/%s/page/40" % blog_slug(1), "status": 200, "contains": "Chưa có bài viết nào"},
    {"path": "/blog/%s/page/1" % blog_slug(1), "status": 301, "location": "/blog/" + blog_slug(1)},
    {"path": _ren[0]["old"], "status": 301, "location": _ren[0]["path"]},
    {"path": "/blog/sai-2/bat-ky-%d" % ARTS[0]["id"], "status": 301, "location": ARTS[0]["path"]},
    {"path": DELETED[0], "status": 404},
    {"path": "/blog/%s/feed" % blog_slug(2), "status": 200, "contains": "<feed"},
    {"path": "/lich-cong-tac?thang=1990-01", "status": 200, "contains": "Tháng sau"},
]
SUMMARY = {
    "chains": ["/ -> /blog/<blog>-<id> (9 posts) -> /page/2 (posts 13-24) ... : posts 10-12 only via 'Bài tiếp theo', tags, feed, sitemap",
               "/ -> 'Tiêu điểm' -> /blog/<blog>/<old-slug>-<pid> -> 301 -> current slug"],
    "alias_kinds": ["old slug of a retitled post (301 to the current slug)"],
    "quirks": ["first listing page shows 9 posts, the pager counts 12 a page (posts 10-12 of every listing on no listing page)",
               "Odoo slug-id routing: any slug with the right id 301s; old slugs of retitled posts still linked",
               "home 'Tin mới' snippet empty in the HTML (JSON-RPC)", "month-filter listing variants", "unpublished posts still linked (404)",
               "month calendar trap"],
    "not_articles": DELETED,
    "pager_gap": GAP,
}
