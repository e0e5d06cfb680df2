"""Blind replica, set 18 B: Ban Tuyên giáo và Dân vận Tỉnh uỷ Hậu Nghĩa on MODX Revolution 2.8 + pdoTools (PHP 7.4; agency
template, hedged).  Day 2: every list re-sorted by view count (new articles fall to the LAST page; feed and sitemap are
stale cached copies), two mistyped publication dates corrected (a wrong year, day and month swapped), one long study split
into 'Bài 1' (same URL) and 'Bài 2' (new URL), two reports merged into one (the absorbed one 404s), three new articles,
and every page's view counter moved.  Stdlib only; see README.md."""
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

SITE = "Ban Tuyên giáo và Dân vận Tỉnh uỷ Hậu Nghĩa"
DAY2_NOW = _dt.datetime(2025, 6, 25, 9, 40)
SECTIONS = [
    ("tin-tuyen-giao", "Tin tuyên giáo", 4, "bai"),
    ("dan-van-kheo", "Dân vận khéo", 3, "bai"),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 2, "dai"),
    ("hoc-tap-lam-theo-bac", "Học tập và làm theo Bác", 2, "bai"),
    ("thong-bao", "Thông báo", 1, "thongbao"),
]
SECNAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Đức Hoà", "Đức Huệ", "Củ Chi", "Trảng Bàng", "Hiệp Hoà", "Hậu Nghĩa"]
XA = ["Lộc Giang", "An Ninh Tây", "Tân Mỹ", "Hoà Khánh", "Mỹ Hạnh", "Phước Hiệp"]
AP = ["Chánh", "Bàu Sen", "Lập Điền", "Rạch Tràm", "Gò Mối", "Tân Hội"]
PER_PAGE = 10
ROBOTS = ("User-agent: *\nDisallow: /manager/\nDisallow: /core/\nDisallow: /connectors/\nDisallow: /assets/components/\n"
          "Disallow: /tim-kiem.html\n\nSitemap: {o}/sitemap.xml\n")

_s = SoanTin(18201, 70, [(k, w, "tuyengiao", kieu) for k, _, w, kieu in SECTIONS], HUYEN, XA, AP, tu_ngay=_dt.datetime(2024, 9, 5, 7, 0),
             id_dau=1200, buoc=3, nguon="TGDV", chu_de=["tuyen-giao", "dan-van", "bao-chi", "xay-dung-dang"])
ARTS = _s.items
for i, a in enumerate(ARTS):
    if a["kieu"] == "thongbao":
        a["tieu_de"] = "Thông báo %s về %s" % (a["so_hieu"].replace("Số ", "số "), CHU_DE[a["chu_de"]][1][i % 3])
    a["xem2"] = a["xem"] + 3 + (a["id"] * 7) % 41                 # the counter moves overnight
_used = set()


def _alias(t):
    s = duong_dan(t, 90)
    while s in _used:
        s += "-1"
    _used.add(s)
    return s


for a in ARTS:
    a["alias"] = _alias(a["tieu_de"])
BY_ID = {a["id"]: a for a in ARTS}
NEWS = [a for a in ARTS if a["cm"] == "tin-tuyen-giao"]
# --- mistyped dates (day 1 prints the typo; day 2 the corrected, true date)
YEAR_TYPO = [a for a in ARTS if a["cm"] == "dan-van-kheo"][1]
YEAR_TYPO["ngay"] = _dt.datetime(2025, 6, 12, 14, 20)
YEAR_TYPO["ngay_d1"] = _dt.datetime(2024, 6, 12, 14, 20)
YEAR_TYPO["sua_luc"] = _dt.datetime(2025, 6, 24, 16, 5)
DM_SWAP = [a for a in ARTS if a["cm"] == "hoc-tap-lam-theo-bac" and _dt.datetime(2025, 2, 20) < a["ngay"] < _dt.datetime(2025, 3, 20)][0]
DM_SWAP["ngay"] = _dt.datetime(2025, 3, 6, 8, 15)
DM_SWAP["ngay_d1"] = _dt.datetime(2025, 6, 3, 8, 15)
DM_SWAP["sua_luc"] = _dt.datetime(2025, 6, 24, 17, 40)
# --- the study split into two parts
SPLIT = [a for a in ARTS if a["kieu"] == "dai" and len(a["doan"]) >= 6][0]
_cut = sorted(k for k in SPLIT["muc"] if 2 <= k <= len(SPLIT["doan"]) - 2)
_cut = _cut[len(_cut) // 2] if _cut else len(SPLIT["doan"]) // 2
PART2 = {"id": 1900, "cm": SPLIT["cm"], "kieu": "dai", "tieu_de": SPLIT["tieu_de"] + " (Bài 2)", "ngay": _dt.datetime(2025, 6, 24, 16, 30),
         "chu_de": SPLIT["chu_de"], "nhan": SPLIT["nhan"], "xem": 0, "xem2": 14, "sapo": "Tiếp theo Bài 1, bài viết nêu giải pháp và kiến nghị.",
         "doan": SPLIT["doan"][_cut:], "muc": {k - _cut: v for k, v in SPLIT["muc"].items() if k >= _cut}, "chu_thich": "", "tac_gia": SPLIT["tac_gia"],
         "alias": SPLIT["alias"] + "-bai-2"}
# --- two reports merged: MERGED_AWAY's text appended to MERGE_INTO, MERGED_AWAY unpublished (404)
MERGE_INTO, MERGED_AWAY = [a for a in NEWS if _dt.datetime(2025, 4, 1) < a["ngay"]][3:5][::-1]
MERGE_NOTE = "Cũng trong dịp này, các đại biểu đã thảo luận thêm những nội dung dưới đây (bài viết được cập nhật ngày 24/6/2025, gộp tin cùng sự kiện)."
NEW2 = SoanTin(18202, 3, [(k, w, "tuyengiao", kieu) for k, _, w, kieu in SECTIONS if kieu == "bai"], HUYEN, XA, AP,
               tu_ngay=_dt.datetime(2024, 6, 1), id_dau=1950, buoc=3, chu_de=["tuyen-giao", "dan-van"]).items
for i, a in enumerate(NEW2):
    a["ngay"] = (_dt.datetime(2025, 6, 24, 10, 55), _dt.datetime(2025, 6, 24, 15, 10), _dt.datetime(2025, 6, 25, 7, 45))[i]
    a["xem2"] = (31, 18, 6)[i]
    a["alias"] = _alias(a["tieu_de"])
DELETED1 = "/tin-tuyen-giao/hoi-nghi-bao-cao-vien-thang-5-2024.html"


class World:
    def __init__(self, day):
        self.day = day
        self.now = BAY_GIO if day == 1 else DAY2_NOW
        if day == 1:
            self.arts = sorted(ARTS, key=lambda a: (self.date(a), a["id"]), reverse=True)
            self.v = {a["id"]: a for a in ARTS}
        else:
            v = {}
            for a in ARTS:
                if a is MERGED_AWAY:
                    continue
                b = dict(a)
                if a is SPLIT:
                    b["tieu_de"] = SPLIT["tieu_de"] + " (Bài 1)"
                    b["doan"] = SPLIT["doan"][:_cut]
                    b["muc"] = {k: m for k, m in SPLIT["muc"].items() if k < _cut}
                    b["con_nua"] = True
                if a is MERGE_INTO:
                    b["doan"] = a["doan"] + [MERGE_NOTE] + MERGED_AWAY["doan"][1:3]
                v[a["id"]] = b
            for a in NEW2 + [PART2]:
                v[a["id"]] = a
            self.v = v
            # the administrator switched every list to 'Đọc nhiều nhất' (sortby views DESC)
            self.arts = sorted(v.values(), key=lambda a: (a["xem2"], a["id"]), reverse=True)
        self.path = {a["id"]: "/%s/%s.html" % (a["cm"], a["alias"]) for a in self.arts}
        self.by_path = {p: self.v[i] for i, p in self.path.items()}

    def date(self, a):
        return a.get("ngay_d1", a["ngay"]) if self.day == 1 else a["ngay"]

    def views(self, a):
        return a["xem"] if self.day == 1 else a["xem2"]

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


def stamp(w, a):
    d = w.date(a)
    return "%s %s" % (ngay(d), gio(d))


def shell(tv, w, title, main, canonical=None, status=200):
    nav = "".join('<li><a href="/%s/">%s</a></li>' % (k, x(n)) for k, n, _, _ in SECTIONS)
    top = sorted(w.arts, key=lambda a: (w.views(a), a["id"]), reverse=True)[:6]
    side = "".join('<li><a href="%s">%s</a><span class="view">%d lượt xem</span></li>' % (w.path[a["id"]], x(a["tieu_de"]), w.views(a)) for a in top)
    return Dapung(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><base href="%s/"><title>%s | %s</title>%s'
        '<link rel="alternate" type="application/rss+xml" href="rss.xml"><link rel="stylesheet" href="assets/templates/tgdv/css/style.css"></head><body>'
        '<div class="header"><a href="%s/" class="logo">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH UỶ HẬU NGHĨA</a><form action="tim-kiem.html" method="get">'
        '<input type="text" name="search"><input type="submit" value="Tìm kiếm"></form></div>'
        '<ul class="menu"><li><a href="%s/">Trang chủ</a></li>%s<li><a href="lich-lam-viec.html">Lịch làm việc</a></li></ul>'
        '<div class="wrap"><div class="content">%s</div><div class="sidebar"><div class="box"><h3>Đọc nhiều</h3><ul>%s</ul></div>'
        '<div class="box"><h3>Chuyên trang</h3><ul><li><a href="https://baocaovien.example/">Báo cáo viên</a></li></ul></div></div></div>'
        '<div class="footer">Ban Tuyên giáo và Dân vận Tỉnh uỷ Hậu Nghĩa — số 9 đường 30/4, thị xã Hậu Nghĩa. ĐT: 0272.3826.114</div></body></html>' % (
            tv.origin, x(title), x(SITE), '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else "",
            tv.origin, tv.origin, nav, main, side), status)


def item(w, a, lead=True):
    return '<div class="news-item"><a class="title" href="%s">%s</a><div class="date">%s | %d lượt xem</div>%s</div>' % (
        w.path[a["id"]].lstrip("/"), x(a["tieu_de"]), stamp(w, a), w.views(a), '<div class="intro">%s</div>' % x(a["sapo"]) if lead else "")


def home(tv, w):
    head = "Tin mới" if w.day == 1 else "Tin nổi bật"
    main = '<div class="block-hot"><h2>%s</h2>%s</div>' % (head, "".join(item(w, a) for a in w.arts[:8]))
    main += "".join('<div class="block-cat"><h2><a href="%s/">%s</a></h2>%s</div>' % (k, x(n), "".join(item(w, a, False) for a in w.in_sec(k)[:4]))
                    for k, n, _, _ in SECTIONS)
    return shell(tv, w, "Trang chủ", main, "/")


def listing(tv, w, sec):
    pages = chia(w.in_sec(sec), PER_PAGE)
    base = "/%s/" % sec
    n = tv.so("page", 1, 1, 9999)
    if "page" in tv.q and (n is None or n == 1 or n > len(pages)):
        return chuyen(base, 301)                       # pdoPage: ?page=1 and out-of-range pages go back to the list
    links = []
    if n > 1:
        links.append('<li><a href="%s">«</a></li>' % base)
    for i in range(1, len(pages) + 1):
        links.append('<li class="active"><span>%d</span></li>' % i if i == n else '<li><a href="%s%s">%d</a></li>' % (base, "?page=%d" % i if i > 1 else "", i))
    if n < len(pages):
        links.append('<li><a href="%s?page=%d">»</a></li>' % (base, len(pages)))
    return shell(tv, w, SECNAME[sec], '<h1>%s</h1>%s<ul class="pagination">%s</ul>' % (x(SECNAME[sec]), "".join(item(w, a) for a in pages[n - 1]), "".join(links)),
                 base + ("?page=%d" % n if n > 1 else ""))


def article(tv, w, a):
    paras = []
    for i, p in enumerate(a["doan"]):
        if a.get("muc", {}).get(i):
            paras.append("<h3>%s</h3>" % x(a["muc"][i]))
        paras.append("<p>%s</p>" % x(p))
    if a.get("chu_thich"):
        paras.insert(1, '<p style="text-align:center"><img src="assets/images/tin/%d.jpg" alt=""><br><em>%s</em></p>' % (a["id"], x(a["chu_thich"])))
    if a.get("con_nua"):
        paras.append('<p><em>(Còn nữa)</em> — Đọc tiếp: <a href="%s">%s</a></p>' % (w.path[PART2["id"]].lstrip("/"), x(PART2["tieu_de"])))
    if a is PART2:
        paras.insert(0, '<p><em>Bài 1: <a href="%s">%s</a></em></p>' % (w.path[SPLIT["id"]].lstrip("/"), x(w.v[SPLIT["id"]]["tieu_de"])))
    if a["id"] == NEWS[6]["id"]:
        paras.append('<p>Xem thêm: <a href="%s">Hội nghị báo cáo viên tháng 5/2024</a></p>' % DELETED1.lstrip("/"))
    rel = [b for b in w.in_sec(a["cm"]) if b["id"] != a["id"]][:5]
    main = ('<div class="breadcrumb"><a href="%s/">Trang chủ</a> / <a href="%s/">%s</a></div><h1 class="pagetitle">%s</h1>'
            '<div class="info">Ngày đăng: %s &nbsp;|&nbsp; Lượt xem: %d</div><div class="sapo"><b>%s</b></div><div class="text">%s</div>'
            '<p class="author" style="text-align:right"><b>%s</b></p><div class="tags">Từ khoá: %s</div>'
            '<div class="other"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></div>') % (
        tv.origin, a["cm"], x(SECNAME[a["cm"]]), x(a["tieu_de"]), stamp(w, a), w.views(a), x(a["sapo"]), "".join(paras), x(a["tac_gia"]),
        ", ".join(x(t) for t in a["nhan"]), "".join('<li><a href="%s">%s</a> (%s)</li>' % (w.path[b["id"]].lstrip("/"), x(b["tieu_de"]), ngay(w.date(b))) for b in rel))
    return shell(tv, w, a["tieu_de"], main, w.path[a["id"]])


def calendar(tv, w):
    m, y = tv.so("thang", 6, 1, 12), tv.so("nam", 2025, 1990, 2100)
    if m is None or y is None:
        m, y = 6, 2025
    pm, py = (m - 1, y) if m > 1 else (12, y - 1)
    nm, ny = (m + 1, y) if m < 12 else (1, y + 1)
    return shell(tv, w, "Lịch làm việc", '<h1>Lịch làm việc tháng %d/%d</h1><p><a href="lich-lam-viec.html?thang=%d&amp;nam=%d">« Tháng trước</a> | '
                 '<a href="lich-lam-viec.html?thang=%d&amp;nam=%d">Tháng sau »</a></p><p>Chưa có lịch.</p>' % (m, y, pm, py, nm, ny), "/lich-lam-viec.html")


def not_found(tv, w):
    return shell(tv, w, "Lỗi 404", "<h1>Lỗi 404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>", status=404)


def _feed_sitemap(tv):
    """getFeed and pdoSitemap are cached snippets: on day 2 both still answer the day-1 copy (cache not cleared)."""
    return WORLDS[1]


def handle(tv):
    w = W()
    p, o = tv.path, tv.origin
    if p == "/robots.txt":
        return van_ban(ROBOTS.format(o=o))
    if p == "/" or p == "/index.php" and not tv.q:
        return home(tv, w)
    if p == "/index.php" and "id" in tv.q:
        a = w.v.get(int(tv.q["id"])) if tv.q["id"].isdigit() else None
        return article(tv, w, a) if a is not None and a["id"] in w.path else not_found(tv, w)
    if p == "/rss.xml":
        w1 = _feed_sitemap(tv)
        return rss(o, SITE, "/", [(a["tieu_de"], "/index.php?id=%d" % a["id"], w1.date(a), a["sapo"]) for a in w1.arts[:20]])
    if p == "/sitemap.xml":
        w1 = _feed_sitemap(tv)
        return urlset(o, [("/", None, "daily")] + [("/%s/" % k, None, "daily") for k in SECNAME] +
                      [(w1.path[a["id"]], a.get("sua_luc") if a.get("ngay_d1") else w1.date(a), None) for a in w1.arts])
    if p == "/lich-lam-viec.html":
        return calendar(tv, w)
    m = _re.fullmatch(r"/([a-z-]+)/", p)
    if m and m.group(1) in SECNAME:
        return listing(tv, w, m.group(1))
    if _re.fullmatch(r"/([a-z-]+)", p) and p[1:] in SECNAME:
        return chuyen(p + "/", 301)
    a = w.by_path.get(p)
    if a is not None:
        return article(tv, w, a)
    return not_found(tv, w)


app = chay_app(handle, [("Server", "nginx/1.18.0"), ("X-Powered-By", "MODX Revolution")])

_w1, _w2 = WORLDS[1], WORLDS[2]


def _manifest(w):
    arts = {w.path[a["id"]]: {"title": a["tieu_de"], "aliases": ["/index.php?id=%d" % a["id"]]} for a in w.arts}
    return {
        "family": "MODX Revolution 2.8 + pdoTools (PHP 7.4, nginx; agency template, hedged) site of a provincial Party commission for "
                  "propaganda, education and mass mobilisation (Ban Tuyên giáo và Dân vận Tỉnh uỷ Hậu Nghĩa): ordinary site; day 2 "
                  "re-sorts every list by view count, corrects two mistyped dates, splits a study into two parts and merges two reports",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/manager/", "/core/", "/connectors/", "/tim-kiem.html"],
        "trap_prefixes": ["/lich-lam-viec.html"],
        "notes": (
            "MODX friendly URLs /<section>/<alias>.html (<base href> = the site root, relative links); every resource also answers at "
            "/index.php?id=<id> (200, canonical; alias, the RSS links it); section lists /<section>/ paged by pdoPage ?page=N (10 a page, "
            "every number, « first and » last; ?page=1 and out-of-range pages 301 to the list); home 'Tin mới' 8 + a box per section, "
            "sidebar 'Đọc nhiều' 6 (view counts), 'Tin cùng chuyên mục' 5; /rss.xml (getFeed, 20) and /sitemap.xml (pdoSitemap, "
            "lastmod = publication or last edit) are cached snippets; one deleted resource linked from a 'Xem thêm:' line (404); "
            "work calendar /lich-lam-viec.html?thang=&nam= « Tháng trước | Tháng sau » forever (trap). Dates 'dd/mm/yyyy HH:MM'. On day 1 "
            "two publication dates are mistyped (an article of 12/06/2025 printed 12/06/2024, so it is the LAST item of its list; one of "
            "06/03/2025 printed 03/06/2025).") + (" Day 1 of two (set_day)." if w.day == 1 else (
            " DAY 2: the administrator switched every list and home box to 'Đọc nhiều nhất' (views DESC): the newest items (few views) "
            "are on the LAST page of their list, none on page 1 or the home page, and the feed and sitemap still answer their cached "
            "day-1 copy (they list none of the new items, and still the merged-away one); both mistyped dates corrected (true dates "
            "12/06/2025 14:20 and 06/03/2025 08:15); the study '%s' split into 'Bài 1' (same URL, first half) and 'Bài 2' (new URL, "
            "second half, 24/06 16:30); report '%s' merged into '%s' (its URL 404s); three new articles; every page's view counter "
            "moved (all pages differ byte-wise from day 1)." % (SPLIT["tieu_de"], MERGED_AWAY["tieu_de"], MERGE_INTO["tieu_de"]))),
    }


MANIFEST = _manifest(_w1)
MANIFEST_DAY2 = _manifest(_w2)


def _e(kind, a, title, published, withdrawn, same, contains, lacks, why, url, checks):
    return {"kind": kind, "expect": {"title": title, "published": published.strftime("%Y-%m-%d %H:%M"), "withdrawn": withdrawn,
                                     "same_record_as": same, "body_contains": contains, "body_lacks": lacks},
            "why": why, "day2_url": url, "checks": checks}


def _last_page(sec):
    return "/%s/" % sec + ("?page=%d" % len(chia(_w2.in_sec(sec), PER_PAGE)) if len(_w2.in_sec(sec)) > PER_PAGE else "")


DAY2 = {}
for a, was in ((YEAR_TYPO, "12/06/2024 14:20"), (DM_SWAP, "03/06/2025 08:15")):
    p = _w1.path[a["id"]]
    DAY2[p] = _e("date_corrected", a, a["tieu_de"], a["ngay"], False, p, a["doan"][0], None,
                 "The editor mistyped the publication date (the page printed %s on day 1) and corrected it on 24/06 (%s); nothing else "
                 "changed. The record's publication time must become the corrected %s (the day-1 print was a typo), one record, same URL." % (
                     was, gio(a["sua_luc"]), stamp(_w2, a)), p,
                 [{"path": p, "status": 200, "contains": "Ngày đăng: %s" % stamp(_w2, a)}, {"path": p, "status": 200, "not_contains": "Ngày đăng: %s" % was}])
_sp = _w1.path[SPLIT["id"]]
DAY2[_sp] = _e("split_part1", SPLIT, SPLIT["tieu_de"] + " (Bài 1)", SPLIT["ngay"], False, _sp, SPLIT["doan"][0], SPLIT["doan"][-1],
               "On 24/06 16:30 the editors split this long study into a two-part series: the same URL now holds 'Bài 1' (new title, the first "
               "%d paragraphs, '(Còn nữa)') and the rest moved to a NEW article 'Bài 2'. The record takes the new title and shortened text "
               "(keep the old as history), publication date unchanged; the moved half must not stay in its current text." % _cut, _sp,
               [{"path": _sp, "status": 200, "contains": "(Còn nữa)"}, {"path": _sp, "status": 200, "not_contains": x(SPLIT["doan"][-1])}])
_p2 = _w2.path[PART2["id"]]
DAY2[_p2] = _e("split_part2", PART2, PART2["tieu_de"], PART2["ngay"], False, None, PART2["doan"][-1], None,
               "'Bài 2' of the split series: a NEW article (new record) published 24/06/2025 16:30 holding the second half of the day-1 "
               "study; its paragraphs were in the day-1 record of %s, which does not make it the same article. It has few views: the "
               "LAST page of its list on day 2 (and Bài 1's 'Đọc tiếp' link)." % _sp, _p2, [{"path": _last_page(PART2["cm"]), "status": 200, "contains": 'href="%s"' % _p2.lstrip("/")}])
_mi, _ma = _w1.path[MERGE_INTO["id"]], _w1.path[MERGED_AWAY["id"]]
DAY2[_mi] = _e("merged_into", MERGE_INTO, MERGE_INTO["tieu_de"], MERGE_INTO["ngay"], False, _mi, MERGED_AWAY["doan"][1], None,
               "Two reports of the same event were merged on 24/06: this one (same URL, title and date) now also carries two paragraphs "
               "of %s after a note; the record must take the longer text." % _ma, _mi,
               [{"path": _mi, "status": 200, "contains": MERGE_NOTE}])
DAY2[_ma] = _e("merged_away", MERGED_AWAY, MERGED_AWAY["tieu_de"], MERGED_AWAY["ngay"], True, _ma, MERGED_AWAY["doan"][0], None,
               "Merged into %s and unpublished on 24/06: 404, gone from the lists, still in the stale cached feed and sitemap. Keep the "
               "day-1 record and mark it withdrawn (its key text now lives in the other article, which stays a separate record)." % _mi, None,
               [{"path": _ma, "status": 404}, {"path": "/sitemap.xml", "status": 200, "contains": _ma}])
DAY2[_ma]["merged_into"] = _mi
for a in NEW2:
    p = _w2.path[a["id"]]
    DAY2[p] = _e("new_buried", a, a["tieu_de"], a["ngay"], False, None, a["doan"][0], None,
                 "New between the crawls, but every list is now sorted by view count: it is on the LAST page of its list (%s) only — not on "
                 "page 1, not on the home page, not in the stale feed or sitemap. A re-crawl that stops at page 1 of known links misses it." % _last_page(a["cm"]),
                 p, [{"path": _last_page(a["cm"]), "status": 200, "contains": 'href="%s"' % p.lstrip("/")},
                     {"path": "/%s/" % a["cm"], "status": 200, "not_contains": 'href="%s"' % p.lstrip("/")},
                     {"path": "/", "status": 200, "not_contains": 'href="%s"' % p.lstrip("/")},
                     {"path": "/rss.xml", "status": 200, "not_contains": "id=%d<" % a["id"]},
                     {"path": "/sitemap.xml", "status": 200, "not_contains": p}])
_a0 = _w1.arts[0]
SELFTEST = [
    {"path": "/tin-tuyen-giao/?page=1", "status": 301, "location": "/tin-tuyen-giao/"},
    {"path": "/tin-tuyen-giao/?page=99", "status": 301, "location": "/tin-tuyen-giao/"},
    {"path": "/tin-tuyen-giao", "status": 301, "location": "/tin-tuyen-giao/"},
    {"path": "/index.php?id=%d" % _a0["id"], "status": 200, "contains": x(_a0["tieu_de"])},
    {"path": DELETED1, "status": 404},
    {"path": "/%s/?page=%d" % (YEAR_TYPO["cm"], len(chia(_w1.in_sec(YEAR_TYPO["cm"]), PER_PAGE))), "status": 200, "contains": "12/06/2024 14:20"},
]
SELFTEST_DAY2 = [
    {"path": "/", "status": 200, "contains": "Tin nổi bật"},
    {"path": "/rss.xml", "status": 200, "contains": "id=%d<" % MERGED_AWAY["id"]},
    {"path": "/index.php?id=%d" % MERGED_AWAY["id"], "status": 404},
]
assert _w1.in_sec(YEAR_TYPO["cm"])[-1] is YEAR_TYPO
assert all(_w2.in_sec(a["cm"]).index(a) >= PER_PAGE for a in NEW2 + [PART2]), "new items must be past page 1"
SUMMARY = {
    "chains": ["/ -> /<section>/[?page=N] -> /<section>/<alias>.html", "/rss.xml -> /index.php?id=<id> (alias)"],
    "alias_kinds": ["/index.php?id=<id> (200, canonical; linked from the RSS)"],
    "quirks": ["<base href> with relative links", "pdoPage ?page=1 / out-of-range 301 to the list", "cached getFeed / pdoSitemap",
               "deleted resource linked from a 'Xem thêm:' line (404)", "work-calendar trap /lich-lam-viec.html?thang=&nam=",
               "two mistyped publication dates on day 1 (wrong year; day and month swapped)",
               "DAY 2: every list and home box sorted by views: new items only on the LAST list page; feed and sitemap stale",
               "DAY 2: both dates corrected", "DAY 2: a study split into Bài 1 (same URL) + Bài 2 (new URL)",
               "DAY 2: two reports merged (the absorbed one 404s)", "DAY 2: view counters change on every page"],
    "not_articles": [DELETED1],
    "not_articles_day2": [DELETED1, _ma],
    "day2": DAY2,
}
