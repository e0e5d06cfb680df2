"""Blind replica, set 18 C: Liên minh Hợp tác xã tỉnh Nghĩa Lộ on an in-house CakePHP 2.10 portal (PHP 5.6, Apache; vendor
theme, hedged).  Every article page sends Last-Modified = the record's CREATED time and ETag = hash(id, created) and honours
conditional requests with them (CakeResponse::checkNotModified).  Day 2: an editor reused an old record for a NEW article
(the same URL /tin-tuc/view/<id> now serves a different article, no redirect), two articles were corrected — and all
three answer 304 Not Modified to a conditional re-fetch, since neither validator moved; three new articles.
Stdlib only; see README.md."""
# ==== KERNEL BEGIN (sites18 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 18 kernel: set 17's kernel (set 16's plumbing and generator unchanged; Truyvan = request, Dapung = reply, chay_app = WSGI wrapper,
# sitemap / RSS writers, SoanTin) with a NEW vocabulary (Thành uỷ, Ban Tuyên giáo và Dân vận Tỉnh uỷ,
# Liên minh Hợp tác xã tỉnh)) and the three body styles 'bai' (news: sapo + 4-5 paragraphs), 'dai' (long
# study piece: sapo + numbered headings, 1-2 paragraphs each) and 'thongbao' (notice: number + 3 paragraphs).
# Set 18 sites, like set 17's, have TWO days: each module builds both and switches with set_day(); "day 2" is Wednesday 25/06/2025 09:40.
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


# ---------------------------------------------------------------- seeded newsroom (set 18 vocabulary)
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Dương", "Châu", "Lâm", "Kiều", "Tạ", "Bùi", "Hồ", "Lục", "Trương",
       "Mai", "Cù", "Diệp", "Triệu", "Khưu", "Sơn")
_DEM = ("Văn", "Thị", "Minh", "Thanh", "Bích", "Hoàng", "Phước", "Mỹ", "Trọng", "Ngọc", "Hải", "Kim")
_TEN = ("Bình", "Cường", "Duyên", "Giàu", "Hạnh", "Khoa", "Lành", "Mẫn", "Nghĩa", "Phụng", "Quý", "Sơn", "Tài", "Thơ",
        "Toàn", "Vân", "Xuân", "Yến", "Hưng", "Lộc", "Nhàn", "Trung", "Đạt", "Kha")
_CHUC = ("Bí thư Thành uỷ", "Phó Bí thư Thường trực Thành uỷ", "Uỷ viên Ban Thường vụ Tỉnh uỷ",
         "Trưởng Ban Tuyên giáo và Dân vận Tỉnh uỷ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh uỷ", "Chủ tịch Liên minh Hợp tác xã tỉnh",
         "Phó Chủ tịch Liên minh Hợp tác xã tỉnh", "Bí thư Huyện uỷ {H}", "Chủ tịch UBND huyện {H}", "Trưởng Ban Dân vận Huyện uỷ {H}",
         "Chủ tịch Uỷ ban MTTQ huyện {H}", "Bí thư Đảng uỷ xã {X}", "Giám đốc Hợp tác xã nông nghiệp {X}", "Chủ tịch Hội Nông dân huyện {H}")
_DON_VI = ("Huyện uỷ {H}", "Đảng uỷ xã {X}", "Chi bộ thôn {A}", "Ban Dân vận Huyện uỷ {H}", "Uỷ ban MTTQ xã {X}",
           "Hợp tác xã dịch vụ nông nghiệp {X}", "Hợp tác xã chè {A}", "Đảng bộ phường {X}", "Chi bộ Hợp tác xã thuỷ sản {X}",
           "Tổ hợp tác rau an toàn {A}")
_CO_QUAN = ("Ban Thường vụ Thành uỷ", "Ban Tuyên giáo và Dân vận Tỉnh uỷ", "Liên minh Hợp tác xã tỉnh", "UBND thành phố", "Uỷ ban Kiểm tra Thành uỷ",
            "Huyện uỷ", "Uỷ ban MTTQ Việt Nam tỉnh", "Sở Nông nghiệp và Môi trường", "Trung tâm Chính trị thành phố", "Sở Văn hoá, Thể thao và Du lịch",
            "Hội Nông dân tỉnh", "Báo cáo viên Tỉnh uỷ")
CHU_DE = {
    "xay-dung-dang": ("Xây dựng Đảng", ("kết nạp đảng viên mới", "sinh hoạt chi bộ theo chuyên đề", "chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030")),
    "sap-xep": ("Sắp xếp bộ máy", ("sắp xếp đơn vị hành chính cấp xã", "tinh gọn tổ chức bộ máy", "bố trí cán bộ sau sắp xếp")),
    "do-thi": ("Phát triển đô thị", ("chỉnh trang đô thị văn minh", "xây dựng phường đạt chuẩn văn minh đô thị", "giải phóng mặt bằng các dự án trọng điểm")),
    "tuyen-giao": ("Tuyên giáo", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "bảo vệ nền tảng tư tưởng của Đảng", "định hướng dư luận xã hội")),
    "dan-van": ("Dân vận", ("công tác dân vận khéo", "thực hiện quy chế dân chủ ở cơ sở", "phong trào thi đua Dân vận khéo")),
    "bao-chi": ("Báo chí - Xuất bản", ("quản lý báo chí, xuất bản", "giải Búa liềm vàng", "thông tin đối ngoại")),
    "htx": ("Kinh tế tập thể", ("phát triển hợp tác xã kiểu mới", "chuyển đổi số trong hợp tác xã", "liên kết tiêu thụ sản phẩm OCOP")),
    "nong-nghiep": ("Nông nghiệp", ("sản xuất chè an toàn", "trồng quế theo chuỗi giá trị", "nuôi cá lồng trên hồ")),
    "von": ("Vốn - Tín dụng", ("Quỹ hỗ trợ phát triển hợp tác xã", "vay vốn ưu đãi cho thành viên", "thu hồi nợ quá hạn")),
}
_KHUON = {
    "thanhuy": ["{cq} triển khai {v}", "Thường trực Thành uỷ làm việc với {D} về {v}", "{H}: kết quả {v} năm 2024", "Đồng chí {chuc} chủ trì hội nghị về {v}",
                "{D} tập trung {v}", "Kiểm tra việc {v} tại {H}", "{n} đảng viên tham gia {v}"],
    "tuyengiao": ["{D} với {v}", "{cq} hướng dẫn {v}", "{n} mô hình hay trong {v}", "Ban Tuyên giáo và Dân vận Tỉnh uỷ sơ kết {v}",
                  "Xã {X} điểm sáng {v}", "Đồng chí {chuc} dự hội nghị {v} ở {H}", "Lan toả {v} tại thôn {A}"],
    "htx": ["{D} đẩy mạnh {v}", "{cq} chỉ đạo {v}", "{n} thành viên xã {X} hưởng lợi từ {v}", "Đồng chí {chuc} kiểm tra {v} tại {H}",
            "{D} sơ kết {v}", "Hợp tác xã ở {H} với {v}", "Tháo gỡ khó khăn trong {v} ở {H}"],
}
_DAI = ("Một số giải pháp nâng cao hiệu quả {v} trong giai đoạn hiện nay", "Vai trò của cấp uỷ cơ sở trong {v}",
        "Thực trạng và kiến nghị về {v} ở {H}", "Bàn về {v} gắn với xây dựng hệ thống chính trị tinh gọn", "Kinh nghiệm {v}: nhìn từ {H}",
        "Đổi mới phương thức {v} theo tinh thần Đại hội XIII", "Nâng cao chất lượng {v} - yêu cầu cấp thiết",
        "Vận dụng quan điểm của Đảng về {v} ở {H}", "Những vấn đề đặt ra đối với {v} sau khi sắp xếp bộ máy")
_MUC = ("Đặt vấn đề", "Cơ sở lý luận", "Thực trạng", "Nguyên nhân", "Kinh nghiệm rút ra", "Giải pháp", "Kết luận")


class SoanTin:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with giong in
    thanhuy / tuyengiao / htx and kieu in bai / dai / thongbao.  Item dict: id, cm, kieu, tieu_de, ngay, chu_de,
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
        a["tac_gia"] = "%s, %s" % ("ThS. " + self.nguoi() if r.random() < 0.5 else self.nguoi(), r.choice(("Ban Tuyên giáo và Dân vận Tỉnh uỷ", "Trung tâm Chính trị huyện %s" % r.choice(self.huyen), "Trường Chính trị tỉnh", "Học viện Chính trị khu vực IV")))

    def _thong_bao(self, a):
        r = self.r
        a["so_hieu"] = "Số %d-TB/%s" % (r.randint(20, 480), r.choice(("TU", "BTGDVTU", "LMHTX", "BCĐ")))
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

SITE = "Liên minh Hợp tác xã tỉnh Nghĩa Lộ"
DAY2_NOW = _dt.datetime(2025, 6, 25, 9, 40)
SECTIONS = [
    ("tin-hoat-dong", "Tin hoạt động", 4, "bai"),
    ("kinh-te-tap-the", "Kinh tế tập thể", 3, "bai"),
    ("xay-dung-dang-doan-the", "Xây dựng Đảng - Đoàn thể", 2, "bai"),
    ("htx-tieu-bieu", "HTX tiêu biểu", 1, "bai"),
    ("thong-bao", "Thông báo", 2, "thongbao"),
]
SECNAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Văn Chấn", "Trạm Tấu", "Mù Cang Chải", "Văn Yên", "Lục Yên", "Nghĩa Lộ"]
XA = ["Sơn Thịnh", "Tú Lệ", "Nậm Búng", "Phù Nham", "Hạnh Sơn", "Sơn A"]
AP = ["Bản Lếch", "Đồng Lơi", "Khe Căng", "Bản Vệ", "Nà Làng", "Ả Thượng"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /users/\nDisallow: /tim-kiem\n"

_s = SoanTin(18301, 64, [(k, w, "htx", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, tu_ngay=_dt.datetime(2024, 9, 9, 7, 0),
             id_dau=3100, buoc=4, nguon="LMHTX", chu_de=["htx", "nong-nghiep", "von", "xay-dung-dang"])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    a["created"] = a["ngay"] - _dt.timedelta(minutes=7 + a["id"] % 50)          # the record is created, then published
    a["slug"] = duong_dan(a["tieu_de"], 80)
BY_ID = {a["id"]: a for a in ARTS}
_extra = SoanTin(18302, 4, [(k, w, "htx", kieu) for k, _, w, kieu in SECTIONS if kieu == "bai"], HUYEN, XA, AP,
                 tu_ngay=_dt.datetime(2024, 6, 1), id_dau=3500, buoc=4, chu_de=["htx", "von"]).items
# the reused record: an editor overwrote an old article's row with a new one (same id, same `created`)
REUSED_OLD = [a for a in ARTS if a["cm"] == "tin-hoat-dong" and _dt.datetime(2025, 3, 1) < a["ngay"] < _dt.datetime(2025, 4, 15)][0]
REUSED_NEW = dict(_extra[0], id=REUSED_OLD["id"], created=REUSED_OLD["created"], ngay=_dt.datetime(2025, 6, 24, 15, 10), cm="kinh-te-tap-the")
REUSED_NEW["slug"] = duong_dan(REUSED_NEW["tieu_de"], 80)
NEW2 = []
for i, a in enumerate(_extra[1:]):
    a["ngay"] = (_dt.datetime(2025, 6, 24, 10, 20), _dt.datetime(2025, 6, 24, 17, 5), _dt.datetime(2025, 6, 25, 8, 30))[i]
    a["created"] = a["ngay"] - _dt.timedelta(minutes=12)
    a["id"] = 3400 + 4 * i
    a["slug"] = duong_dan(a["tieu_de"], 80)
    NEW2.append(a)
# two corrections on 24/06 (`modified` moves, `created` does not)
CORR_T = [a for a in ARTS if a["cm"] == "kinh-te-tap-the" and a["ngay"] > _dt.datetime(2025, 5, 1)][1]
CORR_S = [a for a in ARTS if a["cm"] == "xay-dung-dang-doan-the" and a["ngay"] > _dt.datetime(2025, 1, 1)][2]


def _fix(a, title):
    b = dict(a)
    m = _re.search(r"vận động được ([\d.]+) đồng", a["doan"][1])
    amount = int(m.group(1).replace(".", ""))
    new_amount = "{:,}".format(amount * 10).replace(",", ".")
    b["doan"] = list(a["doan"])
    b["doan"][1] = a["doan"][1].replace(m.group(0), "vận động được %s đồng" % new_amount)
    if title:
        b["tieu_de"] = a["tieu_de"] + " năm 2025"
        b["ghi_chu"] = "Ghi chú: bài viết đã được biên tập lại lúc 16:40 ngày 24/6/2025 (sửa tiêu đề và số liệu ở đoạn 2)."
    return b


CORR_T2, CORR_S2 = _fix(CORR_T, True), _fix(CORR_S, False)


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else DAY2_NOW
        if day == 1:
            v = {a["id"]: a for a in ARTS}
        else:
            v = {a["id"]: a for a in ARTS}
            v[REUSED_NEW["id"]] = REUSED_NEW
            v[CORR_T["id"]], v[CORR_S["id"]] = CORR_T2, CORR_S2
            for a in NEW2:
                v[a["id"]] = a
        self.v = v
        self.arts = sorted(v.values(), key=lambda a: (a["ngay"], a["id"]), reverse=True)

    def in_sec(self, sec):
        return [a for a in self.arts if a["cm"] == sec]


WORLDS = {1: World(1), 2: World(2)}
_DAY = [1]


def set_day(day):
    """Switch the whole site to day 1 (Tuesday 24/06/2025) or day 2 (Wednesday 25/06/2025)."""
    if day not in WORLDS:
        raise ValueError("day must be 1 or 2")
    _DAY[0] = day


def W():
    return WORLDS[_DAY[0]]


def url(a, slug=False):
    return "/tin-tuc/view/%d" % a["id"] + ("/%s" % a["slug"] if slug else "")


def http_date(d):
    u = d - _dt.timedelta(hours=7)
    return "%s, %02d %s %d %s GMT" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[u.weekday()], u.day,
                                      ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[u.month - 1], u.year, u.strftime("%H:%M:%S"))


def etag(a):
    return '"%s"' % _hl.md5(("%d-%s" % (a["id"], a["created"].isoformat())).encode()).hexdigest()[:16]


def shell(tv, w, title, main, canonical=None, status=200, headers=()):
    nav = "".join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (k, x(n)) for k, n, _, _ in SECTIONS)
    side = "".join('<li><a href="%s">%s</a></li>' % (url(a), x(a["tieu_de"])) for a in w.in_sec("thong-bao")[:4])
    return Dapung(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s - %s</title>%s'
        '<link rel="alternate" type="application/rss+xml" href="/tin-tuc/index.rss"><link rel="stylesheet" type="text/css" href="/css/lmhtx.css"></head><body>'
        '<div id="container"><div id="header"><a href="/"><img src="/img/banner.jpg" alt="LIÊN MINH HỢP TÁC XÃ TỈNH NGHĨA LỘ"></a>'
        '<ul id="menu"><li><a href="/">Trang chủ</a></li>%s<li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/users/login">Đăng nhập</a></li></ul></div>'
        '<div id="content"><div class="main">%s</div><div class="right"><div class="box"><h3>Thông báo</h3><ul>%s</ul></div>'
        '<div class="box"><h3>Liên kết</h3><ul><li><a href="https://vca.example/">Liên minh HTX Việt Nam</a></li></ul></div></div></div>'
        '<div id="footer">Liên minh Hợp tác xã tỉnh Nghĩa Lộ. Địa chỉ: đường Điện Biên, thị xã Nghĩa Lộ. Giấy phép số 12/GP-TTĐT.</div></div>'
        '<!-- cake: 0.0412s --></body></html>' % (x(title), x(SITE), '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else "",
                                                  nav, main, side), status, headers=list(headers))


def row(a, lead=True):
    return '<div class="tin"><h3><a href="%s">%s</a></h3><span class="ngay">%s %s</span>%s</div>' % (
        url(a), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), '<p class="tomtat">%s</p>' % x(a["sapo"]) if lead else "")


def home(tv, w):
    main = '<div class="tinmoi"><h2>Tin mới</h2>%s</div>' % "".join(row(a) for a in w.arts[:8])
    main += '<div class="tieudiem"><h2>Tiêu điểm</h2><ul>%s</ul></div>' % "".join(
        '<li><a href="%s">%s</a></li>' % (url(a, True), x(a["tieu_de"])) for a in w.arts[8:12])
    main += "".join('<div class="chuyenmuc"><h2><a href="/chuyen-muc/%s">%s</a></h2>%s</div>' % (k, x(n), "".join(row(a, False) for a in w.in_sec(k)[:4]))
                    for k, n, _, _ in SECTIONS)
    return shell(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec, page, asc):
    items = w.in_sec(sec)
    if asc:
        items = items[::-1]
    pages = chia(items, PER_PAGE)
    if page > len(pages):
        return not_found(tv, w)
    base = "/chuyen-muc/%s" % sec
    srt = "/sort:created/direction:asc" if asc else ""
    nums = " | ".join('<span class="current">%d</span>' % i if i == page else '<span><a href="%s%s%s">%d</a></span>' % (
        base, "/page:%d" % i if i > 1 else "", srt, i) for i in range(1, len(pages) + 1))
    pager = '<div class="paging">%s %s %s</div>' % (
        '<span class="prev"><a href="%s/page:%d%s" rel="prev">&lt;&lt; Trước</a></span>' % (base, page - 1, srt) if page > 1 else '<span class="prev disabled">&lt;&lt; Trước</span>',
        nums, '<span class="next"><a href="%s/page:%d%s" rel="next">Sau &gt;&gt;</a></span>' % (base, page + 1, srt) if page < len(pages) else '<span class="next disabled">Sau &gt;&gt;</span>')
    order = 'Sắp xếp: <a href="%s">Mới nhất</a> | <a href="%s/sort:created/direction:asc">Cũ nhất</a>' % (base, base)
    return shell(tv, w, SECNAME[sec], '<h1>%s</h1><p class="sort">%s</p>%s%s<p>Trang %d/%d, tổng số %d tin</p>' % (
        x(SECNAME[sec]), order, "".join(row(a) for a in pages[page - 1]), pager, page, len(pages), len(items)),
        base + ("/page:%d" % page if page > 1 else "") + srt)


def article(tv, w, a):
    lm, et = http_date(a["created"]), etag(a)
    hdrs = [("Last-Modified", lm), ("ETag", et), ("Cache-Control", "public, max-age=3600")]
    inm, ims = tv.env.get("HTTP_IF_NONE_MATCH"), tv.env.get("HTTP_IF_MODIFIED_SINCE")
    if (inm and et in [s.strip() for s in inm.split(",")]) or (not inm and ims and ims.strip() == lm):
        return Dapung(b"", 304, None, hdrs)                   # CakeResponse::checkNotModified on the CREATED time
    paras = ["<p>%s</p>" % x(p) for p in a["doan"]]
    if a.get("chu_thich"):
        paras.insert(1, '<table class="image" align="center"><tr><td><img src="/files/news/%d.jpg"></td></tr><tr><td class="image_desc">%s</td></tr></table>' % (
            a["id"], x(a["chu_thich"])))
    if a.get("ghi_chu"):
        paras.append('<p class="ghichu"><em>%s</em></p>' % x(a["ghi_chu"]))
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:5]
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chuyen-muc/%s">%s</a></div><div class="news-view"><h1>%s</h1>'
            '<div class="date">Ngày đăng: %s %s</div>%s<div class="sapo"><strong>%s</strong></div><div class="noidung">%s</div>'
            '<p class="tacgia" align="right"><strong>%s</strong></p></div><div class="tinkhac"><h3>Các tin khác</h3><ul>%s</ul></div>') % (
        a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]),
        '<p class="sohieu">%s</p>' % x(a["so_hieu"]) if a["kieu"] == "thongbao" else "", x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (url(b), x(b["tieu_de"]), ngay(b["ngay"])) for b in rel))
    return shell(tv, w, a["tieu_de"], main, url(a), headers=hdrs)


def calendar(tv, w, key):
    y, wk = (int(key[:4]), int(key[5:])) if key else (2025, 26)
    if not 1 <= wk <= 53 or not 1990 <= y <= 2100:
        return not_found(tv, w)
    prev = (y, wk - 1) if wk > 1 else (y - 1, 52)
    nxt = (y, wk + 1) if wk < 52 else (y + 1, 1)
    return shell(tv, w, "Lịch công tác", '<h1>Lịch công tác tuần %d/%d</h1><p><a href="/lich-cong-tac/tuan:%d-%02d">« Tuần trước</a> | '
                 '<a href="/lich-cong-tac/tuan:%d-%02d">Tuần sau »</a></p><p>Chưa có lịch công tác.</p>' % (wk, y, prev[0], prev[1], nxt[0], nxt[1]), "/lich-cong-tac")


def not_found(tv, w):
    return shell(tv, w, "Lỗi", "<h2>Not Found</h2><p class=\"error\"><strong>Error: </strong>The requested address was not found on this server.</p>", status=404)


def handle(tv):
    w = W()
    p, o = tv.path, tv.origin
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    if p == "/":
        return home(tv, w)
    if p == "/tin-tuc/index.rss":
        return rss(o, SITE, "/", [(a["tieu_de"], url(a, True), a["ngay"], a["sapo"]) for a in w.arts[:20]])
    m = _re.fullmatch(r"/lich-cong-tac(?:/tuan:(\d{4}-\d{2}))?", p)
    if m:
        return calendar(tv, w, m.group(1))
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)(?:/page:(\d{1,4}))?(/sort:created/direction:asc)?", p)
    if m and m.group(1) in SECNAME:
        n = int(m.group(2) or 1)
        if n < 1:
            return not_found(tv, w)
        return listing(tv, w, m.group(1), n, bool(m.group(3)))
    m = _re.fullmatch(r"/tin-tuc/view/(\d{1,6})(?:/[^/]*)?", p)        # CakePHP passes the slug as an ignored extra argument
    if m and int(m.group(1)) in w.v:
        return article(tv, w, w.v[int(m.group(1))])
    return not_found(tv, w)


app = chay_app(handle, [("Server", "Apache/2.2.15 (CentOS)"), ("X-Powered-By", "PHP/5.6.40")])

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    home_slugs = {a["id"] for a in w.arts[8:12]}
    arts = {url(a): {"title": a["tieu_de"], "aliases": [url(a, True)]} for a in w.arts}
    return {
        "family": "In-house CakePHP 2.10 portal (PHP 5.6, Apache 2.2; vendor theme, hedged) of a provincial cooperative alliance (Liên minh "
                  "Hợp tác xã tỉnh Nghĩa Lộ): ordinary site whose article validators (Last-Modified = created, ETag = hash(id, created)) never "
                  "move; day 2 reuses a record for a different article at the same URL and corrects two articles, all three answering 304 "
                  "to a conditional re-fetch",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/users/", "/tim-kiem"],
        "trap_prefixes": ["/lich-cong-tac/tuan:"],
        "notes": (
            "Articles /tin-tuc/view/<id> (CakePHP default route; any extra path segment is ignored, so /tin-tuc/view/<id>/<slug> — used by "
            "the RSS and the home 'Tiêu điểm' box — is the same page: alias); section lists /chuyen-muc/<cat> paged with CakePHP 2 named "
            "parameters /page:N (10 a page, every number, « Trước / Sau »; past the end 404) and a 'Cũ nhất' ordering "
            "/sort:created/direction:asc (more list URLs, finite); home 'Tin mới' 8, 'Tiêu điểm' 4, a box per section; 'Các tin khác' 5; "
            "sidebar 'Thông báo' 4; /tin-tuc/index.rss (RequestHandler .rss extension, 20); no sitemap; week calendar "
            "/lich-cong-tac/tuan:<yyyy-ww> « Tuần trước | Tuần sau » forever (trap). Article pages send Last-Modified (the record's "
            "created time, GMT) and ETag (hash of id and created) and answer 304 to If-None-Match / If-Modified-Since with them "
            "(CakeResponse::checkNotModified).") + (" Day 1 of two (set_day)." if w.day == 1 else (
            " DAY 2: record %d (day 1: '%s', %s) was overwritten by an editor with a NEW article ('%s', 24/06/2025 15:10, section "
            "'Kinh tế tập thể'): /tin-tuc/view/%d now serves it, with no redirect, the old slug URL too; two articles corrected on 24/06 "
            "(one retitled with a note, one silent figure); none of the three changed its Last-Modified or ETag, so a conditional "
            "re-fetch gets 304 Not Modified; three new articles." % (REUSED_OLD["id"], REUSED_OLD["tieu_de"], ngay(REUSED_OLD["ngay"]),
                                                                    REUSED_NEW["tieu_de"], REUSED_OLD["id"]))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _e(kind, a, withdrawn, same, contains, lacks, why, u, checks):
    return {"kind": kind, "expect": {"title": a["tieu_de"], "published": a["ngay"].strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                                     "same_record_as": same, "body_contains": contains, "body_lacks": lacks},
            "why": why, "day2_url": u, "checks": checks}


def _cond(a):
    """Probes: the day-1 validators still match on day 2 (304), and the unconditional answer carries the same validators."""
    u = url(a)
    return [{"path": u, "status": 304, "headers": {"If-Modified-Since": http_date(a["created"])}},
            {"path": u, "status": 304, "headers": {"If-None-Match": etag(a)}},
            {"path": u, "status": 200, "expect_headers": {"Last-Modified": http_date(a["created"]), "ETag": etag(a)}}]


DAY2 = {}
_ru = url(REUSED_OLD)
DAY2[_ru] = _e("id_reused_same_url_old", REUSED_OLD, True, _ru, REUSED_OLD["doan"][0], None,
               "On 24/06 15:10 an editor reused this article's database record for a new, unrelated article: the SAME URL now serves another "
               "title, date, section and text, with no redirect, and its Last-Modified / ETag did not change (304 to a conditional "
               "re-fetch). This article is gone: keep its day-1 record and text, mark it withdrawn; the new article is a separate record.",
               None, _cond(REUSED_OLD) + [{"path": url(REUSED_OLD, True), "status": 200, "contains": x(REUSED_NEW["tieu_de"])},
                                          {"path": _ru, "status": 200, "not_contains": x(REUSED_OLD["tieu_de"])}])
DAY2[_ru]["url_reused"] = True
DAY2[_ru + "#ban-ghi-moi"] = _e("id_reused_same_url_new", REUSED_NEW, False, None, REUSED_NEW["doan"][0], REUSED_OLD["doan"][0],
                                "The new article written into record %d: a NEW record (published 24/06/2025 15:10) although its URL is the "
                                "day-1 URL of '%s' and its validators are that article's; never a new version of the old one. (Key = the "
                                "URL + '#ban-ghi-moi' because the URL is also the old article's key.)" % (REUSED_OLD["id"], REUSED_OLD["tieu_de"]),
                                _ru, [{"path": "/chuyen-muc/kinh-te-tap-the", "status": 200, "contains": 'href="%s"' % _ru}])
DAY2[_ru + "#ban-ghi-moi"]["url_reused"] = True
for a, b, stamped in ((CORR_T, CORR_T2, True), (CORR_S, CORR_S2, False)):
    u = url(a)
    DAY2[u] = _e("corrected_304", b, False, u, b["doan"][1], a["doan"][1],
                 "Corrected on 24/06 (%s; the 2nd paragraph's amount was ten times too small), but the portal's validators are built from the "
                 "record's CREATED time, so Last-Modified and ETag are those of day 1 and a conditional re-fetch (If-Modified-Since / "
                 "If-None-Match) answers 304 Not Modified. The record must take the new text%s (keep the old as history); an archive that "
                 "trusts the 304 keeps the wrong figure." % ("title extended, note at the end" if stamped else "silent: no note, same title",
                                                            " and title" if stamped else ""), u,
                 _cond(a) + [{"path": u, "status": 200, "contains": x(b["doan"][1])}])
    DAY2[u]["title_day1"] = a["tieu_de"]
for a in NEW2:
    DAY2[url(a)] = _e("new", a, False, None, a["doan"][0], None, "An ordinary article published between the two crawls.", url(a), [])
_a0 = _w1.arts[0]
SELFTEST = [
    {"path": url(_a0), "status": 304, "headers": {"If-None-Match": etag(_a0)}},
    {"path": url(_a0), "status": 200, "headers": {"If-None-Match": '"0000"'}, "contains": x(_a0["tieu_de"])},
    {"path": url(_a0, True), "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": url(_a0) + "/bat-ky", "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": "/chuyen-muc/tin-hoat-dong/page:99", "status": 404},
    {"path": "/chuyen-muc/tin-hoat-dong/page:2/sort:created/direction:asc", "status": 200},
    {"path": "/", "status": 200, "expect_headers": {"Last-Modified": None}},
]
SELFTEST_DAY2 = [
    {"path": url(REUSED_OLD), "status": 200, "contains": x(REUSED_NEW["tieu_de"])},
    {"path": url(CORR_T), "status": 200, "contains": x(CORR_T2["ghi_chu"])},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<cat>[/page:N][/sort:created/direction:asc] -> /tin-tuc/view/<id>",
               "/ 'Tiêu điểm' and /tin-tuc/index.rss -> /tin-tuc/view/<id>/<slug> (alias)"],
    "alias_kinds": ["/tin-tuc/view/<id>/<slug> (200, canonical; the slug is an ignored extra argument)"],
    "quirks": ["CakePHP 2 named-parameter pager /page:N and sort links /sort:created/direction:asc", "any slug accepted after the id",
               "RSS via the .rss extension", "no sitemap", "week-calendar trap /lich-cong-tac/tuan:<yyyy-ww>",
               "Last-Modified / ETag from the record's CREATED time, honoured for conditional requests",
               "DAY 2: a record reused for a different article at the SAME URL (no redirect; validators unchanged)",
               "DAY 2: two corrections invisible to conditional requests (304)", "DAY 2: three new articles"],
    "not_articles": [],
    "not_articles_day2": [],
    "day2": DAY2,
}
