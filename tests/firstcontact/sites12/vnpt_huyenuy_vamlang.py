"""Replica site (set 12, A): Cổng thông tin điện tử Huyện uỷ Vàm Láng (tỉnh Gò Công), built on a VNPT-style vendor
portal product for district Party committees (ASP.NET MVC 5 on IIS 8.5, the '*.dcs.vn' kind).  An ordinary site:
two-level menu, paged category listings (`?page=N`, 10 a page, 'Đầu « 1 2 3 4 5 » Cuối'), home boxes, sidebar 'Tin mới'
/ 'Xem nhiều', 'Các tin khác', print view, e-mail form, per-category RSS, a documents list, a search form, a week
calendar and a visitor counter.
QUIRK: the article URL `/DetailView/<id>/<catId>/<Title-Case-Slug>.html` carries the category id of the listing that
linked it (the route ignores it): the parent-category listings ('Tin tức - Sự kiện', 'Xây dựng Đảng') link their
children's articles with the parent id, so those articles answer 200 under a second URL (with a canonical link).
Ordinary mess: 'Xem nhiều' and 'Các tin khác' still link three deleted articles (404).
"""
# ==== KERNEL BEGIN (sites12 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 12 kernel: plumbing (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap / RSS writers) and a
# seeded Vietnamese news generator ("PhongVien") with tags and two vocabularies (Party-system news; farmers' union).
# No markup for pages: every site writes its own templates.  No clock: "now" is Tuesday 25/02/2025 10:30 (UTC+7).
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 2, 25, 10, 30)
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
    """ASCII slug; hoa=True keeps Title-Case words and turns ' - ' into '---' (dcs-portal style)."""
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


def rss(origin, title, link, items, ctype="application/rss+xml; charset=utf-8"):
    """items: (title, path, datetime, description)."""
    def rfc(d):
        return "%s, %02d %s %d %s +0700" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()], d.day,
                                            ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[d.month - 1],
                                            d.year, d.strftime("%H:%M:%S"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', "<title>%s</title>" % x(title),
           "<link>%s</link>" % x(origin + link), "<description>%s</description>" % x(title), "<language>vi-VN</language>"]
    for t, p, d, desc in items:
        out.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate>"
                   "<description>%s</description></item>" % (x(t), x(origin + p), x(origin + p), rfc(d), x(desc)))
    out.append("</channel></rss>")
    return Dapung("\n".join(out), 200, ctype)


# ---------------------------------------------------------------- seeded newsroom
_HO = ("Nguyễn", "Trần", "Lê", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Dương", "Lâm", "Quách", "Châu", "Thạch", "Kim",
       "Danh", "Tăng", "Mai", "Ngô", "Hồ", "Lý")
_DEM = ("Văn", "Thị", "Hoàng", "Kim", "Thanh", "Ngọc", "Minh", "Hồng", "Phước", "Tấn", "Bảo", "Mỹ")
_TEN = ("An", "Bình", "Cường", "Duyên", "Đạt", "Hạnh", "Hậu", "Khoa", "Lộc", "Mến", "Nghĩa", "Oanh", "Phượng", "Quý",
        "Sơn", "Tâm", "Thắm", "Toàn", "Trí", "Vân", "Vũ", "Yến", "Khánh", "Nhã")
_CHUC = ("Bí thư Tỉnh uỷ", "Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh", "Phó Bí thư Thường trực Tỉnh uỷ",
         "Trưởng Ban Dân vận Tỉnh uỷ", "Trưởng Ban Tuyên giáo Tỉnh uỷ", "Uỷ viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh uỷ",
         "Bí thư Huyện uỷ {H}", "Phó Bí thư Thường trực Huyện uỷ {H}", "Chủ tịch UBND huyện {H}",
         "Bí thư Đảng uỷ xã {X}", "Chủ tịch UBMTTQ Việt Nam huyện {H}", "Chủ tịch Hội Nông dân tỉnh",
         "Phó Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân huyện {H}")
_CO_QUAN = ("Ban Thường vụ Huyện uỷ", "Thường trực Huyện uỷ", "Ban Tổ chức Tỉnh uỷ", "Ban Tuyên giáo Tỉnh uỷ",
            "Uỷ ban Kiểm tra Tỉnh uỷ", "Ban Dân vận Tỉnh uỷ", "Đảng uỷ Khối cơ quan và doanh nghiệp tỉnh",
            "UBMTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Bộ Chỉ huy Quân sự tỉnh")
CHU_DE_DANG = {
    "chuyen-doi-so": ("Chuyển đổi số", ("chuyển đổi số trong các cơ quan đảng", "sổ tay đảng viên điện tử", "thanh toán không dùng tiền mặt ở nông thôn")),
    "nong-thon-moi": ("Nông thôn mới", ("xây dựng xã nông thôn mới nâng cao", "ấp nông thôn mới kiểu mẫu", "bê tông hoá đường giao thông nông thôn")),
    "lam-theo-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "mô hình dân vận khéo", "nhân rộng gương điển hình tiên tiến")),
    "dai-hoi-dang": ("Đại hội Đảng các cấp", ("đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2030", "chuẩn bị văn kiện đại hội đảng bộ", "đại hội điểm đảng bộ cơ sở")),
    "tinh-gon-bo-may": ("Tinh gọn bộ máy", ("sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết 18", "hợp nhất các cơ quan tham mưu", "chính sách đối với cán bộ nghỉ việc do sắp xếp")),
    "xoa-nha-tam": ("Xoá nhà tạm", ("xoá nhà tạm, nhà dột nát cho hộ nghèo", "hỗ trợ nhà ở cho người có công", "ngày công giúp hộ khó khăn dựng nhà")),
    "ocop": ("Sản phẩm OCOP", ("phát triển sản phẩm OCOP", "xúc tiến tiêu thụ đặc sản địa phương", "cánh đồng lớn lúa chất lượng cao")),
    "phat-trien-dang-vien": ("Phát triển đảng viên", ("kết nạp đảng viên là đoàn viên ưu tú", "xoá ấp chưa có chi bộ", "bồi dưỡng nhận thức về Đảng cho quần chúng")),
    "chong-tham-nhung": ("Phòng, chống tham nhũng", ("phòng, chống tham nhũng, tiêu cực", "kê khai tài sản, thu nhập", "giám sát tổ chức đảng và đảng viên")),
    "an-sinh": ("An sinh xã hội", ("chăm lo Tết Ất Tỵ cho gia đình chính sách", "giảm nghèo đa chiều", "học bổng cho học sinh vượt khó")),
    "moi-truong": ("Môi trường", ("phân loại rác thải tại nguồn", "nạo vét kênh mương nội đồng", "trồng cây xanh trên các tuyến đường")),
    "quoc-phong": ("Quốc phòng địa phương", ("giao nhận quân năm 2025", "diễn tập khu vực phòng thủ", "xây dựng lực lượng dân quân")),
}
CHU_DE_NONG_DAN = {
    "sxkd-gioi": ("Nông dân sản xuất giỏi", ("phong trào nông dân thi đua sản xuất, kinh doanh giỏi", "mô hình trồng khóm xen dừa", "nuôi tôm càng xanh trên ruộng lúa")),
    "quy-ho-tro": ("Quỹ Hỗ trợ nông dân", ("nguồn vốn Quỹ Hỗ trợ nông dân", "vốn vay uỷ thác qua Ngân hàng Chính sách xã hội", "tổ tiết kiệm và vay vốn")),
    "chuyen-giao-ky-thuat": ("Chuyển giao kỹ thuật", ("chuyển giao kỹ thuật canh tác lúa giảm phát thải", "tập huấn sản xuất theo tiêu chuẩn VietGAP", "ứng dụng máy bay không người lái phun thuốc")),
    "to-chuc-hoi": ("Xây dựng tổ chức Hội", ("phát triển hội viên nông dân", "chi hội nông dân nghề nghiệp", "sinh hoạt chi, tổ hội")),
    "hop-tac-xa": ("Kinh tế tập thể", ("thành lập tổ hợp tác, hợp tác xã nông nghiệp", "liên kết tiêu thụ lúa hàng hoá", "hợp tác xã kiểu mới")),
    "dan-van": ("Nông dân với dân vận", ("nông dân tham gia xây dựng nông thôn mới", "hiến đất làm đường giao thông", "giữ gìn an ninh trật tự ở nông thôn")),
    "tu-van-phap-luat": ("Tư vấn pháp luật", ("trợ giúp pháp lý cho nông dân", "hoà giải mâu thuẫn đất đai", "tuyên truyền Luật Đất đai năm 2024")),
    "cham-lo-hoi-vien": ("Chăm lo hội viên", ("tặng quà Tết cho hội viên khó khăn", "mái ấm nghĩa tình cho hội viên nghèo", "hỗ trợ hội viên bị thiệt hại do triều cường")),
}
_KHUON = {
    "tin": ["{cq} triển khai {v}", "Đồng chí {chuc} kiểm tra {v} tại {H}", "{H} tổng kết {v} năm 2024",
            "Hội nghị chuyên đề về {v}", "{cq} làm việc với huyện {H} về {v}", "Tiếp xúc cử tri xã {X} trước kỳ họp, bàn về {v}"],
    "xaydung": ["Đảng uỷ xã {X} chú trọng {v}", "Chi bộ ấp {A} với {v}", "Trao Huy hiệu {y} năm tuổi Đảng cho đảng viên {H}",
                "Huyện uỷ {H} quán triệt {vb}", "{cq} sơ kết {n} năm thực hiện {vb}", "Nâng chất {v} ở {H}"],
    "kinhte": ["{H} đẩy mạnh {v}", "Xã {X}: hiệu quả từ {v}", "{n} mô hình {v} cho thu nhập cao ở {H}",
               "Nông dân ấp {A} phấn khởi với {v}", "{H} hoàn thành {p}% kế hoạch về {v}"],
    "xahoi": ["Ấm áp {v} ở xã {X}", "{cq} trao {n} phần quà trong chương trình {v}", "Chuyển biến tích cực từ {v} ở {H}",
              "Ấp {A} đồng lòng thực hiện {v}", "Thêm {n} hộ dân ở {H} được hỗ trợ qua {v}"],
    "guong": ["Bí thư chi bộ ấp {A} - người đi đầu trong {v}", "Cựu chiến binh ở {X} gương mẫu với {v}",
              "Nữ đảng viên trẻ ở {H} và câu chuyện {v}", "Người \"giữ lửa\" {v} ở xã {X}"],
    "nongdan": ["Hội Nông dân huyện {H} với {v}", "Chi hội ấp {A} nhân rộng {v}", "{n} hội viên xã {X} được hỗ trợ qua {v}",
                "Nông dân {H} thi đua {v}", "Hội Nông dân tỉnh sơ kết {v}", "Câu lạc bộ nông dân xã {X} và {v}"],
}
_VB = ("Nghị quyết số {n}-NQ/TU", "Chỉ thị số {n}-CT/TW", "Kết luận số {n}-KL/TW", "Nghị quyết số {n}-NQ/HU",
       "Kế hoạch số {n}-KH/HU", "Hướng dẫn số {n}-HD/BTCTU", "Quy định số {n}-QĐ/TW")


class PhongVien:
    """`n` articles newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong)] with giong
    in tin / xaydung / kinhte / xahoi / guong / nongdan.  Article dict: id, cm, tieu_de, ngay, chu_de, nhan (tags),
    sapo, doan (body paragraphs, each longer than the sapo), chu_thich, tac_gia, xem."""

    def __init__(self, seed, n, chuyen_muc, tinh, huyen, xa, ap, tu_ngay=_dt.datetime(2024, 7, 1, 7, 0),
                 id_dau=1000, buoc=3, nguon="", chu_de=None):
        r = self.r = _rnd.Random(seed)
        self.tinh, self.huyen, self.xa, self.ap, self.nguon = tinh, huyen, xa, ap, nguon
        self.chu_de = chu_de or CHU_DE_DANG
        tui, self.giong = [], {}
        for k, w, g in chuyen_muc:
            tui += [k] * w
            self.giong[k] = g
        keys = sorted(self.chu_de)
        span = (BAY_GIO - _dt.timedelta(hours=2) - tu_ngay).total_seconds()
        used, items = set(), []
        for i in range(n):
            when = BAY_GIO - _dt.timedelta(hours=2, seconds=span * (i + r.uniform(0.1, 0.9)) / n)
            when = when.replace(hour=min(21, max(6, when.hour)), second=0, microsecond=0)
            if i % len(tui) == 0:
                r.shuffle(tui)
            k = tui[i % len(tui)]
            cd = r.choice(keys)
            for _ in range(100):
                t = self._tieu_de(k, cd)
                if t not in used and len(t) <= 130:
                    break
            used.add(t)
            nhan = [self.chu_de[cd][0], self.huyen_cua(t) or r.choice(huyen)]
            items.append({"id": id_dau + (n - i) * buoc + r.randrange(buoc), "cm": k, "tieu_de": t, "ngay": when,
                          "chu_de": cd, "nhan": list(dict.fromkeys(nhan)), "xem": 60 + int(r.expovariate(1 / 700.0))})
        items.sort(key=lambda a: (a["ngay"], a["id"]), reverse=True)
        for a in items:
            self._noi_dung(a)
        self.items = items
        self.theo_id = {a["id"]: a for a in items}

    def huyen_cua(self, t):
        for h in self.huyen:
            if h in t:
                return h
        return None

    def nguoi(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_DEM), self.r.choice(_TEN))

    def chuc(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.huyen), X=self.r.choice(self.xa))

    def vb(self):
        return self.r.choice(_VB).format(n=self.r.randint(5, 99))

    def _tieu_de(self, k, cd):
        r = self.r
        t = r.choice(_KHUON[self.giong.get(k, "tin")]).format(
            cq=r.choice(_CO_QUAN), H=r.choice(self.huyen), X=r.choice(self.xa), A=r.choice(self.ap),
            v=r.choice(self.chu_de[cd][1]), vb=self.vb(), n=r.randint(3, 60), y=r.choice((30, 40, 45, 50, 55, 60, 65)),
            p=r.randint(90, 126), chuc=self.chuc())
        return t[0].upper() + t[1:]

    def _noi_dung(self, a):
        r = self.r
        d, v = a["ngay"], r.choice(self.chu_de[a["chu_de"]][1])
        H, X, A = r.choice(self.huyen), r.choice(self.xa), r.choice(self.ap)
        p1, p2, p3 = self.nguoi(), self.nguoi(), self.nguoi()
        a["sapo"] = "%s%s %d-%d, %s tổ chức %s về %s năm 2024, triển khai nhiệm vụ năm 2025." % (
            "(%s) - " % self.nguon if self.nguon else "", r.choice(("Sáng", "Chiều", "Ngày")), d.day, d.month,
            r.choice(_CO_QUAN), r.choice(("hội nghị sơ kết", "hội nghị tổng kết", "buổi làm việc", "hội thảo")), v)
        a["doan"] = [
            "Tham dự có đồng chí %s, %s; đồng chí %s, %s; đại diện lãnh đạo các ban, ngành, đoàn thể huyện %s cùng %d "
            "đại biểu là bí thư chi bộ, trưởng ấp và người dân tiêu biểu của xã %s." % (p1, self.chuc(), p2, self.chuc(), H, r.randint(35, 420), X),
            "Theo báo cáo, thời gian qua các cấp uỷ đã cụ thể hoá %s bằng %d kế hoạch, %d chương trình; huy động hơn %s "
            "triệu đồng cho %s; ấp %s có %d/%d hộ đăng ký tham gia, đạt %d,%d%% so với chỉ tiêu đề ra." % (
                self.vb(), r.randint(4, 45), r.randint(2, 15), "{:,}".format(r.randint(180, 96000)).replace(",", "."), v, A,
                r.randint(40, 300), r.randint(301, 520), r.randint(71, 99), r.randint(0, 9)),
            "Phát biểu tại buổi làm việc, đồng chí %s ghi nhận những kết quả đạt được, đồng thời chỉ ra một số tồn tại như "
            "việc tuyên truyền về %s ở %d ấp vùng sâu chưa thường xuyên, nguồn lực còn hạn chế, sự phối hợp giữa các "
            "ngành ở huyện %s có lúc chưa đồng bộ." % (p1, v, r.randint(2, 19), r.choice(self.huyen)),
            "Đồng chí đề nghị thời gian tới các cấp uỷ, chính quyền tiếp tục bám sát %s, phát huy vai trò gương mẫu của "
            "cán bộ, đảng viên, phấn đấu hoàn thành %d chỉ tiêu trọng tâm trước ngày %d-%d-2025, góp phần thực hiện thắng "
            "lợi nghị quyết đại hội đảng bộ các cấp." % (self.vb(), r.randint(5, 21), r.randint(1, 28), r.randint(3, 11)),
        ]
        if r.random() < 0.5:
            a["doan"].append(
                "Dịp này, %s đã tặng giấy khen cho %d tập thể và %d cá nhân có thành tích xuất sắc; ông %s, ấp %s chia sẻ "
                "kinh nghiệm thực hiện %s trong suốt %d năm qua." % (r.choice(_CO_QUAN), r.randint(2, 24), r.randint(3, 41), p3, A, v, r.randint(3, 25)))
        a["chu_thich"] = "Đồng chí %s phát biểu tại hội nghị. Ảnh: %s" % (p1, r.choice(_HO) + " " + r.choice(_TEN))
        a["tac_gia"] = r.choice(("%s", "Tin, ảnh: %s", "%s - %s", "Bài, ảnh: %s")).replace("%s - %s", "%s - " + r.choice(_HO) + " " + r.choice(_TEN)) % (
            r.choice(_HO) + " " + r.choice(_TEN))
# ==== KERNEL END ====

SITE = "Huyện uỷ Vàm Láng"
TINH = "Gò Công"
# catId, slug, name, parent catId (0 = top), weight, voice
CATS = [
    (101, "tin-tuc-su-kien", "Tin tức - Sự kiện", 0, 0, ""),
    (1011, "tin-trong-huyen", "Tin trong huyện", 101, 6, "tin"),
    (1012, "tin-trong-tinh", "Tin trong tỉnh", 101, 3, "tin"),
    (102, "xay-dung-dang", "Xây dựng Đảng", 0, 0, ""),
    (1021, "to-chuc-kiem-tra", "Tổ chức - Kiểm tra", 102, 3, "xaydung"),
    (1022, "tuyen-giao-dan-van", "Tuyên giáo - Dân vận", 102, 3, "xaydung"),
    (103, "kinh-te-xa-hoi", "Kinh tế - Xã hội", 0, 3, "kinhte"),
    (104, "quoc-phong-an-ninh", "Quốc phòng - An ninh", 0, 1, "tin"),
    (105, "guong-nguoi-tot-viec-tot", "Gương người tốt - việc tốt", 0, 1, "guong"),
    (106, "dai-hoi-dang-bo-cac-cap", "Đại hội Đảng bộ các cấp", 0, 1, "xaydung"),
]
CAT = {c[0]: c for c in CATS}
LEAVES = [c for c in CATS if c[4]]
CHILDREN = {c[0]: [d[0] for d in CATS if d[3] == c[0]] for c in CATS}
NEWS = PhongVien(12001, 124, [(c[0], c[4], c[5]) for c in LEAVES], TINH,
                 ["Vàm Láng", "Chợ Gạo", "Tân Phước", "Gò Công Đông", "Cái Bè"],
                 ["Kiểng Phước", "Tân Điền", "Bình Ân", "Tân Thành", "Phước Trung", "Bình Xuân", "Tăng Hoà"],
                 ["Ấp Đông", "Ấp Bắc", "Rạch Bùn", "Cầu Muống", "Xóm Gò", "Lăng Hoàng Gia"],
                 id_dau=20480, buoc=7, nguon="HUVL")
ARTS = NEWS.items
for _a in ARTS:
    _a["slug"] = duong_dan(_a["tieu_de"], 110, hoa=True)
    _a["path"] = "/DetailView/%d/%d/%s.html" % (_a["id"], _a["cm"], _a["slug"])
BY_ID = NEWS.theo_id
PER_PAGE = 10


def in_cat(cid):
    ids = [cid] + CHILDREN[cid]
    return [a for a in ARTS if a["cm"] in ids]


def link(a, cid=None):
    return "/DetailView/%d/%d/%s.html" % (a["id"], cid or a["cm"], a["slug"])


def cat_url(cid, page=None):
    u = "/%s-c%d.html" % (CAT[cid][1], cid)
    return u + ("?page=%d" % page if page else "")


# deleted articles (still linked from 'Xem nhiều' and from 'Các tin khác')
DELETED = [(20391, "Huyen-Uy-Vam-Lang-Hop-Mat-Dau-Xuan-At-Ty-2025", 1011),
           (20377, "Thong-Bao-Ket-Luan-Cua-Ban-Thuong-Vu-Ve-Cong-Tac-Can-Bo", 1021),
           (20360, "Vam-Lang-Ra-Quan-Thang-Thanh-Nien-2025", 1012)]
DEL_PATHS = ["/DetailView/%d/%d/%s.html" % (i, c, s) for i, s, c in DELETED]
XEM_NHIEU = sorted(ARTS[6:], key=lambda a: -a["xem"])[:5]
NOI_BAT = ARTS[:5]
ROBOTS = "User-agent: *\nDisallow: /Admin/\nDisallow: /Account/\nDisallow: /bundles/\nDisallow: /Content/Uploads/Temp/\n"


def menu():
    out = ['<li class="active"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>',
           '<li><a href="/gioi-thieu.html">Giới thiệu</a><ul class="sub-menu"><li><a href="/gioi-thieu.html#lich-su">Lịch sử Đảng bộ</a></li><li><a href="/gioi-thieu.html#to-chuc">Cơ cấu tổ chức</a></li></ul></li>']
    for c in CATS:
        if c[3]:
            continue
        subs = "".join('<li><a href="%s">%s</a></li>' % (cat_url(d), x(CAT[d][2])) for d in CHILDREN[c[0]])
        out.append('<li><a href="%s">%s</a>%s</li>' % (cat_url(c[0]), x(c[2]), '<ul class="sub-menu">%s</ul>' % subs if subs else ""))
    out.append('<li><a href="/VanBan">Văn bản</a></li><li><a href="/LichCongTac">Lịch công tác</a></li>')
    return '<ul class="nav navbar-nav main-menu">%s</ul>' % "".join(out)


def sidebar():
    tm = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (link(a), x(a["tieu_de"]), ngay(a["ngay"])) for a in ARTS[:8])
    xn = [(link(a), a["tieu_de"]) for a in XEM_NHIEU]
    xn.insert(2, (DEL_PATHS[0], "Huyện uỷ Vàm Láng họp mặt đầu Xuân Ất Tỵ 2025"))
    xn = "".join('<li><span class="num">%d</span><a href="%s">%s</a></li>' % (i + 1, u, x(t)) for i, (u, t) in enumerate(xn))
    lk = "".join('<option value="%s">%s</option>' % u for u in (
        ("https://dangcongsan.vn.example/", "Báo Điện tử Đảng Cộng sản Việt Nam"), ("https://tinhuygocong.dcs.example/", "Tỉnh uỷ Gò Công"),
        ("https://vamlang.gocong.gov.example/", "Cổng TTĐT huyện Vàm Láng"), ("https://baogocong.example/", "Báo Gò Công")))
    return """<div class="col-md-4 col-right">
<div class="box-right"><div class="box-title"><h3>Tin mới</h3></div><ul class="list-news-right">%s</ul></div>
<div class="box-right"><div class="box-title"><h3>Xem nhiều</h3></div><ul class="list-most-view">%s</ul></div>
<div class="box-right"><div class="box-title"><h3>Lịch công tác</h3></div><p><a href="/LichCongTac?tuan=9&amp;nam=2025">Lịch công tác tuần 9/2025</a></p></div>
<div class="box-right banner"><a href="https://hochiminh.vn.example/" target="_blank"><img src="/Content/Uploads/banner/hoc-tap-lam-theo-bac.jpg" alt="Học tập và làm theo Bác"></a><a href="/dai-hoi-dang-bo-cac-cap-c106.html"><img src="/Content/Uploads/banner/dai-hoi.jpg" alt="Đại hội Đảng bộ các cấp"></a></div>
<div class="box-right"><div class="box-title"><h3>Liên kết website</h3></div><select class="form-control" onchange="if(this.value!='') window.open(this.value,'_blank');"><option value="">-- Chọn liên kết --</option>%s</select></div>
<div class="box-right counter"><div class="box-title"><h3>Thống kê truy cập</h3></div><p>Đang truy cập: 27<br>Hôm nay: 1.204<br>Tổng lượt truy cập: 2.386.519</p></div>
</div>""" % (tm, xn, lk)


def layout(tv, title, main, canonical=None, status=200, crumbs=(), extra_head=""):
    can = '<link rel="canonical" href="%s%s" />' % (tv.origin, canonical) if canonical else ""
    bc = ""
    if crumbs:
        bc = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>%s</ol>' % "".join(
            '<li><a href="%s">%s</a></li>' % (u, x(t)) for u, t in crumbs)
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%s</title>
%s
<link rel="alternate" type="application/rss+xml" title="Tin mới - %s" href="/rss/0" />
<link href="/bundles/css?v=Wl0-0KfFCz0h9Cw3lAYZKuf1" rel="stylesheet"/>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
%s
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">%s, ngày %s</span><span class="pull-right"><a href="/Account/Login">Đăng nhập</a> | <a href="/rss.html">RSS</a></span></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/Content/themes/huyenuy/images/logo.png" alt="%s" /></a><div class="site-name"><h2>ĐẢNG BỘ TỈNH %s</h2><h1>HUYỆN UỶ VÀM LÁNG</h1></div></div></header>
<nav class="navbar navbar-default"><div class="container">%s
<form class="navbar-form navbar-right" action="/TimKiem" method="get"><input type="text" name="keyword" class="form-control" placeholder="Tìm kiếm..." /><button type="submit" class="btn"><i class="fa fa-search"></i></button></form></div></nav>
<div class="container main"><div class="row"><div class="col-md-8 col-left">%s%s</div>%s</div></div>
<footer class="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN UỶ VÀM LÁNG</b><br />Cơ quan chủ quản: Ban Thường vụ Huyện uỷ Vàm Láng. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Huyện uỷ.<br />Địa chỉ: Khu phố 2, thị trấn Vàm Láng, huyện Vàm Láng, tỉnh Gò Công. Điện thoại: 0273.3841.xxx<br />Ghi rõ nguồn "Cổng TTĐT Huyện uỷ Vàm Láng" khi phát hành lại thông tin từ website này.</p><p class="vendor">Thiết kế và phát triển bởi VNPT Gò Công</p></div></footer>
</body>
</html>""" % (x(title), can, x(SITE), extra_head, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), TINH.upper(), menu(), bc, main, sidebar())
    return Dapung(page, status)


def item(a, cid=None, lead=True):
    return """<div class="news-item clearfix"><a class="thumb" href="%s"><img src="/Content/Uploads/images/%s/%d_thumb.jpg" alt="%s" /></a><h3 class="title"><a href="%s">%s</a></h3><div class="meta"><i class="fa fa-clock-o"></i> %s | <i class="fa fa-eye"></i> %d</div>%s</div>""" % (
        link(a, cid), a["ngay"].strftime("%Y/%m"), a["id"], x(a["tieu_de"]), link(a, cid), x(a["tieu_de"]), ngay(a["ngay"]), a["xem"],
        '<div class="summary">%s</div>' % x(a["sapo"]) if lead else "")


def home(tv):
    hot = NOI_BAT[0]
    main = ['<div class="box-hot row"><div class="col-md-7 hot-main"><a href="%s"><img src="/Content/Uploads/images/%s/%d.jpg" alt="" /></a><h2><a href="%s">%s</a></h2><p>%s</p></div><div class="col-md-5 hot-list"><ul>%s</ul></div></div>' % (
        link(hot), hot["ngay"].strftime("%Y/%m"), hot["id"], link(hot), x(hot["tieu_de"]), x(hot["sapo"]),
        "".join('<li><a href="%s">%s</a></li>' % (link(a), x(a["tieu_de"])) for a in NOI_BAT[1:]))]
    for c in CATS:
        if c[3]:
            continue
        lst = in_cat(c[0])[:4]
        main.append('<div class="box-cat"><div class="box-title"><h3><a href="%s">%s</a></h3>%s</div><div class="row"><div class="col-md-6">%s</div><div class="col-md-6"><ul class="list-other">%s</ul></div></div></div>' % (
            cat_url(c[0]), x(c[2]), "".join('<a class="sub" href="%s">%s</a>' % (cat_url(d), x(CAT[d][2])) for d in CHILDREN[c[0]]),
            item(lst[0], c[0]), "".join('<li><a href="%s">%s</a></li>' % (link(a, c[0]), x(a["tieu_de"])) for a in lst[1:])))
    main.append('<div class="box-cat"><div class="box-title"><h3><a href="/VanBan">Văn bản mới</a></h3></div><ul class="list-doc">%s</ul></div>' % "".join(
        '<li><a href="/Content/Uploads/VanBan/%s.pdf" target="_blank">%s</a></li>' % (duong_dan(t), x(t)) for t in DOCS[:5]))
    return layout(tv, "Cổng thông tin điện tử Huyện uỷ Vàm Láng", "".join(main), canonical="/")


def pager(cid, page, n):
    if n <= 1:
        return ""
    out = ['<ul class="pagination">']
    if page > 1:
        out.append('<li><a href="%s">Đầu</a></li><li><a href="%s">&laquo;</a></li>' % (cat_url(cid, 1), cat_url(cid, page - 1)))
    lo = max(1, min(page - 2, n - 4))
    for i in range(lo, min(n, lo + 4) + 1):
        out.append('<li class="active"><span>%d</span></li>' % i if i == page else '<li><a href="%s">%d</a></li>' % (cat_url(cid, i), i))
    if page < n:
        out.append('<li><a href="%s">&raquo;</a></li><li><a href="%s">Cuối</a></li>' % (cat_url(cid, page + 1), cat_url(cid, n)))
    out.append("</ul>")
    return "".join(out)


def category(tv, cid):
    page = tv.so("page", 1, 1, 100000)
    if page is None:
        page = 1
    c = CAT[cid]
    lst = in_cat(cid)
    chunks = chia(lst, PER_PAGE)
    crumbs = ([(cat_url(c[3]), CAT[c[3]][2])] if c[3] else []) + [(cat_url(cid), c[2])]
    if page > len(chunks):
        body = '<div class="alert alert-info">Không có bài viết nào trong chuyên mục này.</div>'
    else:
        body = "".join(item(a, cid) for a in chunks[page - 1]) + pager(cid, page, len(chunks))
    subs = "".join('<a href="%s">%s</a> ' % (cat_url(d), x(CAT[d][2])) for d in CHILDREN[cid])
    main = '<div class="box-cat list"><div class="box-title"><h1>%s</h1>%s</div>%s</div>' % (x(c[2]), '<div class="subcats">%s</div>' % subs if subs else "", body)
    return layout(tv, c[2], main, canonical=cat_url(cid) if page == 1 and "page" not in tv.q else None, crumbs=crumbs)


def article_body(a):
    paras = a["doan"]
    img = '<table class="image" align="center" width="560"><tr><td><img src="/Content/Uploads/images/%s/%d.jpg" width="560" alt="" /></td></tr><tr><td class="image_desc"><em>%s</em></td></tr></table>' % (
        a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"]))
    return '<p style="text-align: justify;">%s</p>%s%s<p style="text-align: right;"><strong>%s</strong></p>' % (
        x(paras[0]), img, "".join('<p style="text-align: justify;">%s</p>' % x(p) for p in paras[1:]), x(a["tac_gia"]))


def article(tv, a, cid):
    c = CAT[a["cm"]]
    crumbs = ([(cat_url(c[3]), CAT[c[3]][2])] if c[3] else []) + [(cat_url(c[0]), c[2])]
    same = [b for b in ARTS if b["cm"] == a["cm"] and b["ngay"] < a["ngay"]][:8]
    others = [(link(b), b["tieu_de"], ngay(b["ngay"])) for b in same]
    idx = ARTS.index(a)
    if idx % 23 == 5:                      # stale box: a deleted article
        i, s, dc = DELETED[idx % 3]
        others.insert(1, ("/DetailView/%d/%d/%s.html" % (i, dc, s), s.replace("-", " "), "10/01/2025"))
    main = """<div class="news-detail"><h1 class="title-detail">%s</h1>
<div class="meta-detail"><span>Ngày đăng: %s %s</span> | <span>Lượt xem: %d</span>
<span class="tools pull-right"><a href="/PrintView/%d.html" target="_blank" title="In bài"><i class="fa fa-print"></i> In bài</a> <a href="/GuiEmail?id=%d" title="Gửi email"><i class="fa fa-envelope"></i></a> <a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-up">A+</a></span></div>
<div class="sapo"><strong>%s</strong></div>
<div class="content-detail">%s</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Chia sẻ Facebook</a> <a href="https://zalo.me/share?url=%s" target="_blank">Zalo</a></div>
<div class="other-news"><div class="box-title"><h3>Các tin khác</h3></div><ul>%s</ul></div></div>""" % (
        x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]), a["xem"], a["id"], a["id"], x(a["sapo"]), article_body(a),
        ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (u, x(t), d) for u, t, d in others))
    return layout(tv, a["tieu_de"], main, canonical=a["path"], crumbs=crumbs,
                  extra_head='<meta property="og:title" content="%s" />' % x(a["tieu_de"]))


def print_view(tv, a):
    return Dapung("""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>%s</title><link rel="canonical" href="%s%s" /><link href="/Content/print.css" rel="stylesheet" /></head>
<body onload="window.print();"><div class="print-header">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN UỶ VÀM LÁNG</div><h1>%s</h1><p class="date">Ngày đăng: %s %s</p><div class="sapo"><strong>%s</strong></div>%s
<div class="print-footer">Địa chỉ bài viết: %s%s</div></body></html>""" % (
        x(a["tieu_de"]), tv.origin, a["path"], x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]), x(a["sapo"]), article_body(a), tv.origin, a["path"]))


def email_form(tv):
    i = tv.so("id", None, 1)
    a = BY_ID.get(i) if i else None
    if not a:
        return layout(tv, "Gửi email", '<div class="alert alert-danger">Bài viết không tồn tại.</div>', status=404)
    main = '<div class="box-cat"><div class="box-title"><h3>Gửi bài viết qua email</h3></div><p>Bài viết: <a href="%s">%s</a></p><form action="/GuiEmail/Send" method="post"><input type="hidden" name="id" value="%d" /><label>Email người nhận</label><input type="email" name="to" /><label>Họ tên người gửi</label><input type="text" name="ten" /><textarea name="loinhan"></textarea><button type="submit">Gửi</button></form></div>' % (
        link(a), x(a["tieu_de"]), a["id"])
    return layout(tv, "Gửi email", main)


DOCS = ["Kế hoạch số %d-KH/HU về tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027" % n for n in (212, 205, 198)] + \
       ["Thông báo số %d-TB/HU kết luận của Ban Thường vụ Huyện uỷ" % n for n in (486, 471, 455, 440)] + \
       ["Nghị quyết số %d-NQ/HU về nhiệm vụ năm 2025" % n for n in (31, 30)] + \
       ["Hướng dẫn số %d-HD/BTGHU tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng" % n for n in (19, 18, 17, 16, 15, 14)]


def van_ban_list(tv):
    page = tv.so("page", 1, 1, 999) or 1
    chunks = chia(DOCS, 6)
    rows = "".join('<tr><td>%d</td><td><a href="/Content/Uploads/VanBan/%s.pdf">%s</a></td><td>%s</td></tr>' % (
        (page - 1) * 6 + i + 1, duong_dan(t), x(t), "Huyện uỷ") for i, t in enumerate(chunks[page - 1] if page <= len(chunks) else []))
    pg = " ".join('<a href="/VanBan?page=%d">%d</a>' % (n, n) for n in range(1, len(chunks) + 1))
    return layout(tv, "Văn bản", '<div class="box-cat"><div class="box-title"><h1>Văn bản</h1></div><table class="table"><tr><th>STT</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr>%s</table><div class="pagination">%s</div></div>' % (rows, pg))


def calendar(tv):
    import datetime as dt
    tuan, nam = tv.so("tuan", 9, 1, 53), tv.so("nam", 2025, 1900, 2100)
    if tuan is None or nam is None:
        return layout(tv, "Lịch công tác", '<div class="alert alert-danger">Tham số không hợp lệ.</div>', status=400)
    monday = dt.datetime.fromisocalendar(nam, tuan, 1) if tuan <= dt.date(nam, 12, 28).isocalendar()[1] else dt.datetime(nam, 12, 28)
    prev, nxt = monday - dt.timedelta(days=7), monday + dt.timedelta(days=7)
    rows = "".join("<tr><td>%s, %s</td><td>Sáng: Thường trực Huyện uỷ giao ban. Chiều: làm việc tại cơ quan.</td></tr>" % (
        TEN_THU[i], ngay(monday + dt.timedelta(days=i))) for i in range(5))
    main = '<div class="box-cat"><div class="box-title"><h1>Lịch công tác tuần %d/%d</h1></div><p><a href="/LichCongTac?tuan=%d&amp;nam=%d">&laquo; Tuần trước</a> | <a href="/LichCongTac?tuan=%d&amp;nam=%d">Tuần sau &raquo;</a></p><table class="table">%s</table></div>' % (
        tuan, nam, prev.isocalendar()[1], prev.isocalendar()[0], nxt.isocalendar()[1], nxt.isocalendar()[0], rows)
    return layout(tv, "Lịch công tác", main)


def search(tv):
    kw = tv.q.get("keyword", "").strip()
    if not kw:
        body = '<div class="alert alert-warning">Vui lòng nhập từ khoá tìm kiếm.</div>'
    else:
        hits = [a for a in ARTS if kw.lower() in a["tieu_de"].lower()][:20]
        body = "".join(item(a) for a in hits) or '<div class="alert alert-info">Không tìm thấy kết quả phù hợp.</div>'
    return layout(tv, "Tìm kiếm", '<div class="box-cat"><div class="box-title"><h1>Kết quả tìm kiếm</h1></div><form action="/TimKiem" method="get"><input type="text" name="keyword" value="%s" /><button type="submit">Tìm</button></form>%s</div>' % (x(kw), body))


def feeds(tv, cid):
    if cid == 0:
        lst, name = ARTS[:15], "Tin mới"
    elif cid in CAT:
        lst, name = in_cat(cid)[:15], CAT[cid][2]
    else:
        return None
    return rss(tv.origin, "%s - %s" % (name, SITE), cat_url(cid) if cid else "/",
               [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in lst], ctype="text/xml; charset=utf-8")


def rss_page(tv):
    rows = '<li><a href="/rss/0">Tin mới</a></li>' + "".join('<li><a href="/rss/%d">%s</a></li>' % (c[0], x(c[2])) for c in CATS)
    return layout(tv, "RSS", '<div class="box-cat"><div class="box-title"><h1>Kênh RSS</h1></div><p>Sao chép đường dẫn để sử dụng trong các chương trình đọc RSS.</p><ul>%s</ul></div>' % rows)


def not_found(tv):
    return layout(tv, "Không tìm thấy", '<div class="alert alert-danger">Bài viết không tồn tại hoặc đã bị gỡ bỏ. <a href="/">Quay về trang chủ</a></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS, 200, "text/plain")
    if p in ("/", "/Home", "/Home/Index"):
        return home(tv)
    if p.lower() == "/default.aspx":
        return chuyen("/")
    m = _re.fullmatch(r"/DetailView/(\d+)/(\d+)/([^/]*)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(1)))
        return article(tv, a, int(m.group(2))) if a else not_found(tv)
    m = _re.fullmatch(r"/PrintView/(\d+)\.html", p)
    if m and int(m.group(1)) in BY_ID:
        return print_view(tv, BY_ID[int(m.group(1))])
    m = _re.fullmatch(r"/([a-z-]+)-c(\d+)\.html", p)
    if m and int(m.group(2)) in CAT and CAT[int(m.group(2))][1] == m.group(1):
        return category(tv, int(m.group(2)))
    m = _re.fullmatch(r"/rss/(\d+)", p)
    if m:
        return feeds(tv, int(m.group(1))) or not_found(tv)
    if p == "/rss.html":
        return rss_page(tv)
    if p == "/GuiEmail":
        return email_form(tv)
    if p == "/VanBan":
        return van_ban_list(tv)
    if p == "/LichCongTac":
        return calendar(tv)
    if p == "/TimKiem":
        return search(tv)
    if p == "/gioi-thieu.html":
        return layout(tv, "Giới thiệu", '<div class="box-cat"><h1>Giới thiệu</h1><h3 id="lich-su">Lịch sử Đảng bộ</h3><div>Đảng bộ huyện Vàm Láng được thành lập năm 1930...</div><h3 id="to-chuc">Cơ cấu tổ chức</h3><div>Ban Chấp hành Đảng bộ huyện khoá XII gồm 37 đồng chí.</div></div>')
    if p.startswith("/Account/"):
        return layout(tv, "Đăng nhập", '<form action="/Account/Login" method="post"><input name="UserName" /><input type="password" name="Password" /><button type="submit">Đăng nhập</button></form>')
    return not_found(tv)


app = chay_app(handle, [("Server", "Microsoft-IIS/8.5"), ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"),
                        ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")])

# ---------------------------------------------------------------- manifest
PARENT_ALIASES = {}
for _a in ARTS:
    par = CAT[_a["cm"]][3]
    PARENT_ALIASES[_a["path"]] = [link(_a, par)] if par else []
_leaf = 1011
_n = len(chia(in_cat(_leaf), PER_PAGE))
_o = in_cat(_leaf)[-1]
_child = next(a for a in ARTS if CAT[a["cm"]][3])
MANIFEST = {
    "family": "VNPT-style vendor portal for a district Party committee (ASP.NET MVC 5 on IIS 8.5, Huyện uỷ Vàm Láng, "
              "tỉnh Gò Công): ordinary site; article URLs carry the linking listing's category id",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": PARENT_ALIASES[a["path"]] + ["/PrintView/%d.html" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Account/", "/bundles/"],
    "trap_prefixes": ["/LichCongTac"],
    "notes": (
        "Articles /DetailView/<id>/<catId>/<Title-Case-Slug>.html (' - ' in titles becomes '---'; the route reads the id "
        "only). Menu two levels: 'Tin tức - Sự kiện' (Tin trong huyện, Tin trong tỉnh), 'Xây dựng Đảng' (Tổ chức - Kiểm "
        "tra, Tuyên giáo - Dân vận) and four single-level categories. Listings /<slug>-c<catId>.html?page=N (%d a page, "
        "'Đầu « window of 5 » Cuối'; page 1 is also linked as ?page=1; past the end 200 'Không có bài viết'); a parent "
        "listing shows its children's articles too. QUIRK: the article URL carries the category id of the listing that "
        "linked it: parent listings and the home boxes of parent categories link child articles as "
        "/DetailView/<id>/<parentId>/…, which answer 200 with the same article and <link rel=canonical> to the child-id URL "
        "(listed as aliases, %d). Print /PrintView/<id>.html (200, canonical; not robots-disallowed; alias). Home: 'Tin nổi "
        "bật' 5, a box per top-level category (4, with parent id), 'Văn bản mới' (PDF links). Sidebar on every page: 'Tin "
        "mới' 8, 'Xem nhiều' 6 (one entry is a deleted article: 404), week calendar, 'Liên kết website' <select> "
        "(window.open, off-site). Article: 'Các tin khác' (8 older of the category; some also list a deleted article), "
        "e-mail form /GuiEmail?id= (no article text), Facebook/Zalo share. Deleted articles answer 404 in the layout "
        "(SUMMARY not_articles). RSS: /rss.html lists /rss/<catId> (text/xml, 15 newest; head link /rss/0). Search "
        "/TimKiem?keyword= (GET form; empty keyword = 'Vui lòng nhập từ khoá'). Documents /VanBan?page=N (PDFs). Trap: "
        "'Lịch công tác' /LichCongTac?tuan=&nam= « » weeks forever. /Default.aspx 301 to /. robots.txt: /Admin/, "
        "/Account/, /bundles/, /Content/Uploads/Temp/; no sitemap." % (PER_PAGE, sum(len(v) for v in PARENT_ALIASES.values()))),
}
SELFTEST = [
    {"path": cat_url(_leaf, _n), "status": 200, "contains": _o["tieu_de"]},
    {"path": cat_url(_leaf, _n + 1), "status": 200, "contains": "Không có bài viết"},
    {"path": link(_child, CAT[_child["cm"]][3]), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % _child["path"]},
    {"path": DEL_PATHS[0], "status": 404, "contains": "không tồn tại"},
    {"path": "/PrintView/%d.html" % _o["id"], "status": 200, "contains": _o["tieu_de"]},
    {"path": "/Default.aspx", "status": 301, "location": "/"},
    {"path": "/TimKiem?keyword=", "status": 200, "contains": "Vui lòng nhập"},
    {"path": "/rss/1011", "status": 200, "ctype": "text/xml; charset=utf-8", "contains": "<rss"},
    {"path": "/LichCongTac?tuan=1&nam=1990", "status": 200, "contains": "Tuần sau"},
]
SUMMARY = {
    "chains": ["/ -> /<slug>-c<catId>.html -> ?page=N -> /DetailView/<id>/<catId>/<Slug>.html",
               "parent listing /tin-tuc-su-kien-c101.html -> /DetailView/<id>/101/<Slug>.html (alias, canonical to the child id)"],
    "alias_kinds": ["parent-category id in the article URL (200, canonical)", "print /PrintView/<id>.html (200, canonical)"],
    "quirks": ["article URL carries the linking listing's category id (parent listings -> second URL)",
               "deleted articles still linked from 'Xem nhiều' / 'Các tin khác' (404)", "Title-Case slugs with '---'",
               "week-calendar trap", "per-category RSS as text/xml"],
    "not_articles": DEL_PATHS,
}
