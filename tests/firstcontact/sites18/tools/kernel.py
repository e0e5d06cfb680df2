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
