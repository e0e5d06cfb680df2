"""Replica site (set 12, D): website of Hội Nông dân tỉnh Chương Thiện (the provincial farmers' union, a mass
organisation of the Party system) on WordPress 6.4 with a free magazine theme, Apache + PHP 8.1, permalinks
`/%postname%/`.  An ordinary WordPress site: home page of latest posts paged `/page/N/`, category archives with a
child level, tags, authors, month and day archives, the sidebar widgets (search, recent posts, categories, archives,
tag cloud, calendar, meta), related posts, previous / next post links, comments, feeds everywhere, the core
`wp-sitemap.xml`, shortlinks and WordPress's virtual robots.txt.
QUIRKS: (1) commented posts carry WordPress's comment 'Trả lời' links `/<post>/?replytocom=<id>#respond`, which
answer 200 with the whole post (canonical; listed as aliases); (2) every image in a post links to its attachment
page `/<post>/<image-name>/` (an HTML page with the image and its caption, no article text).  Ordinary mess: the
theme's 'Bài viết liên quan' still links three trashed posts (404); feed GUIDs are `/?p=<id>` shortlinks (301).
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

SITE = "Hội Nông dân tỉnh Chương Thiện"
CATS = [  # slug, name, parent, weight, voice
    ("tin-hoat-dong", "Tin hoạt động", None, 0, None),
    ("hoat-dong-tinh-hoi", "Hoạt động Tỉnh Hội", "tin-hoat-dong", 4, "nongdan"),
    ("hoat-dong-co-so", "Hoạt động cơ sở", "tin-hoat-dong", 5, "nongdan"),
    ("guong-dien-hinh", "Gương nông dân điển hình", None, 2, "guong"),
    ("khoa-hoc-ky-thuat", "Khoa học - Kỹ thuật", None, 2, "kinhte"),
    ("chinh-sach-phap-luat", "Chính sách - Pháp luật", None, 1, "tin"),
    ("quy-ho-tro-nong-dan", "Quỹ Hỗ trợ nông dân", None, 1, "nongdan"),
    ("tin-noi-bat", "Tin nổi bật", None, 0, None),
]
CAT = {c[0]: c for c in CATS}
NEWS = PhongVien(12004, 104, [(c[0], c[3], c[4]) for c in CATS if c[3]], "Chương Thiện",
                 ["Long Mỹ", "Vị Thuỷ", "Phụng Hiệp", "Vị Thanh", "Châu Thành A"],
                 ["Vĩnh Viễn", "Lương Tâm", "Vị Bình", "Hoả Lựu", "Tân Long", "Hiệp Hưng", "Xà Phiên", "Thuận Hoà"],
                 ["Ấp 3", "Ấp Long Trị", "Ấp Mười Tám", "Ấp Cái Nhúc", "Ấp Trà Lồng", "Ấp Tầm Vu"],
                 tu_ngay=_dt.datetime(2024, 6, 3, 7, 0), id_dau=2210, buoc=6, chu_de=CHU_DE_NONG_DAN)
POSTS = NEWS.items
AUTHORS = [("bbt-hoinongdan", "Ban Biên tập"), ("tuyenhuan", "Ban Tuyên huấn"), ("vanphong-hnd", "Văn phòng Tỉnh Hội")]
_r = _rnd.Random(4)
_used = set()
for _i, _p in enumerate(POSTS):
    s = duong_dan(_p["tieu_de"])
    while s in _used:
        s += "-2"
    _used.add(s)
    _p["slug"], _p["path"] = s, "/%s/" % s
    _p["cats"] = [_p["cm"]] + (["tin-noi-bat"] if _i % 5 == 0 else [])
    _p["author"] = AUTHORS[_p["id"] % 3]
    _p["img"] = "z%d%06d_%s" % (6 if _p["ngay"].year == 2025 else 5, _p["id"] * 37 % 999983, "%032x" % _r.getrandbits(128))
    _p["aid"] = _p["id"] + 1
    _p["tags"] = [(duong_dan(t), t) for t in _p["nhan"]]
    _p["comments"] = []
_cid = 310
for _i, _p in enumerate(POSTS):
    if _i % 7 == 2:
        for k in range(1 + _i % 2):
            _cid += 3
            _p["comments"].append((_cid, NEWS.nguoi(), _p["ngay"] + _dt.timedelta(hours=5 + k * 9),
                                   _r.choice(("Bài viết rất thiết thực, mong Hội tiếp tục nhân rộng mô hình.", "Cho hỏi thủ tục vay vốn Quỹ Hỗ trợ nông dân ở xã như thế nào ạ?",
                                              "Xin cảm ơn Hội đã quan tâm đến bà con vùng sâu.", "Mô hình hay, địa phương tôi cũng muốn học tập.")), _r.random() < 0.3))
BY_ID = NEWS.theo_id
BY_SLUG = {p["slug"]: p for p in POSTS}
ATTACH = {p["img"]: p for p in POSTS}
TAGS = {}
for _p in POSTS:
    for s, t in _p["tags"]:
        TAGS.setdefault(s, [t, []])[1].append(_p)
TRASHED = ["hoi-nong-dan-tinh-to-chuc-hoi-thi-nha-nong-dua-tai-2024", "thong-bao-tuyen-dung-vien-chuc-nam-2024", "danh-sach-hoi-vien-vay-von-dot-3"]
PER_PAGE = 10
ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {o}/wp-sitemap.xml\n"
THANG = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
         "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")


def cat_path(slug):
    c = CAT[slug]
    return "/category/%s%s/" % (c[2] + "/" if c[2] else "", slug)


def in_cat(slug):
    return [p for p in POSTS if slug in p["cats"] or CAT.get(p["cm"], (0, 0, None))[2] == slug]


def excerpt(p):
    words = (p["sapo"] + " " + " ".join(p["doan"])).split()
    return " ".join(words[:55]) + " [&hellip;]"


def sidebar():
    recent = "".join('<li><a href="%s">%s</a></li>' % (p["path"], x(p["tieu_de"])) for p in POSTS[:5])
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s">%s</a> (%d)%s</li>' % (
        i + 3, cat_path(c[0]), x(c[1]), len(in_cat(c[0])),
        "<ul class='children'>%s</ul>" % "".join('<li class="cat-item"><a href="%s">%s</a> (%d)</li>' % (cat_path(d[0]), x(d[1]), len(in_cat(d[0]))) for d in CATS if d[2] == c[0]) if any(d[2] == c[0] for d in CATS) else "")
        for i, c in enumerate(CATS) if not c[2])
    months = sorted({(p["ngay"].year, p["ngay"].month) for p in POSTS}, reverse=True)
    arch = "".join('<li><a href="/%d/%02d/">%s %d</a>&nbsp;(%d)</li>' % (y, m, THANG[m - 1], y, sum(1 for p in POSTS if (p["ngay"].year, p["ngay"].month) == (y, m))) for y, m in months)
    cloud = " ".join('<a href="/tag/%s/" class="tag-cloud-link tag-link-%d" style="font-size: %.1fpt;" aria-label="%s (%d mục)">%s</a>' % (
        s, 40 + i, 8 + min(14, len(v[1]) / 2), x(v[0]), len(v[1]), x(v[0])) for i, (s, v) in enumerate(sorted(TAGS.items())))
    days = {p["ngay"].day for p in POSTS if (p["ngay"].year, p["ngay"].month) == (2025, 2)}
    cells, first = [], _dt.date(2025, 2, 1).weekday()
    cells += ["<td class=\"pad\">&nbsp;</td>"] * first
    for d in range(1, 29):
        cells.append('<td><a href="/2025/02/%02d/" aria-label="Các bài viết đã được đăng vào %d/02/2025">%d</a></td>' % (d, d, d) if d in days else "<td>%d</td>" % d)
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    cal = '<table id="wp-calendar" class="wp-calendar-table"><caption>Tháng Hai 2025</caption><thead><tr><th>H</th><th>B</th><th>T</th><th>N</th><th>S</th><th>B</th><th>C</th></tr></thead><tbody>%s</tbody></table><nav aria-label="Tháng trước và tháng tới" class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/2025/01/">&laquo; Th1</a></span></nav>' % rows
    return """<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>%s</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>%s</ul></section>
<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">%s</div></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>%s</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">%s</div></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="/wp-login.php">Đăng nhập</a></li><li><a href="/feed/">Entries feed</a></li><li><a href="/comments/feed/">Comments feed</a></li><li><a href="https://vi.wordpress.example/">WordPress.org</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Liên kết</h2><div class="textwidget"><p><a href="https://hoinongdan.org.example/" target="_blank" rel="noopener">Trung ương Hội Nông dân Việt Nam</a><br /><a href="https://tinhuychuongthien.example/" target="_blank" rel="noopener">Tỉnh uỷ Chương Thiện</a></p></div></section>
</aside>""" % (recent, cats, cal, arch, cloud)


def layout(tv, title, main, canonical=None, status=200, body_class="home blog", feeds=(), shortlink=None, robots_noindex=False):
    links = "".join('<link rel="alternate" type="application/rss+xml" title="%s &raquo; %s" href="%s" />\n' % (x(SITE), x(t), u) for t, u in
                    [("Dòng thông tin", "/feed/"), ("Dòng phản hồi", "/comments/feed/")] + list(feeds))
    can = '<link rel="canonical" href="%s%s" />\n' % (tv.origin, canonical) if canonical else ""
    sl = "<link rel='shortlink' href='%s/?p=%d' />\n" % (tv.origin, shortlink) if shortlink else ""
    nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (u, x(t)) for u, t in
                  [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")] + [(cat_path(c[0]), c[1]) for c in CATS if not c[2] and c[0] != "tin-noi-bat"] + [("/van-ban/", "Văn bản"), ("/lien-he/", "Liên hệ")])
    return Dapung("""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
%s<title>%s</title>
<meta name='robots' content='max-image-preview:large' />
%s<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='/wp-content/themes/colormag/style.css?ver=3.1.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
%s%s</head>
<body class="%s wp-embed-responsive">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="news-bar"><div class="date-in-header">%s, %s</div></div>
<div class="site-branding"><h1 id="site-title"><a href="/" title="%s" rel="home">%s</a></h1><p id="site-description">Vì giai cấp nông dân Việt Nam</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="menu">%s</ul></nav></header>
<div id="main" class="clearfix"><div class="inner-wrap"><div id="primary"><div id="content" class="clearfix">%s</div></div>%s</div></div>
<footer id="colophon"><div class="footer-info"><p>Bản quyền &copy; 2025 <a href="/" title="%s">%s</a>. Địa chỉ: số 5 đường Trần Hưng Đạo, TP. Vị Thanh, tỉnh Chương Thiện. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p><p>Được hỗ trợ bởi <a href="https://vi.wordpress.example/">WordPress</a>. Giao diện ColorMag.</p></div></footer>
</div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>""" % ("<meta name='robots' content='noindex, follow' />\n" if robots_noindex else "", x(title), links, tv.origin, tv.origin, can, sl, body_class,
              thu(BAY_GIO), ngay(BAY_GIO), x(SITE), x(SITE), nav, main, sidebar(), x(SITE), x(SITE)), status, "text/html; charset=UTF-8",
                  [("Link", '<%s/wp-json/>; rel="https://api.w.org/"' % tv.origin)])


def entry_summary(p):
    cats = ", ".join('<a href="%s" rel="category tag">%s</a>' % (cat_path(c), x(CAT[c][1])) for c in p["cats"])
    return """<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="featured-image"><a href="%s" title="%s"><img width="800" height="445" src="/wp-content/uploads/%s/%s-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" decoding="async" /></a></div>
<div class="article-content clearfix"><div class="above-entry-meta"><span class="cat-links">%s</span></div>
<header class="entry-header"><h2 class="entry-title"><a href="%s" title="%s">%s</a></h2></header>
<div class="below-entry-meta"><span class="posted-on"><a href="%s" title="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span> <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/%s/" title="%s">%s</a></span></span> <span class="comments"><a href="%s#respond">%s</a></span></div>
<div class="entry-content clearfix"><p>%s</p><a class="more-link" title="%s" href="%s"><span>Đọc thêm</span></a></div></div></article>""" % (
        p["id"], p["id"], p["path"], x(p["tieu_de"]), p["ngay"].strftime("%Y/%m"), p["img"], cats, p["path"], x(p["tieu_de"]), x(p["tieu_de"]),
        p["path"], gio(p["ngay"]), p["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(p["ngay"]), p["author"][0], x(p["author"][1]), x(p["author"][1]),
        p["path"], "%d bình luận" % len(p["comments"]) if p["comments"] else "Không có bình luận", excerpt(p), x(p["tieu_de"]), p["path"])


def paginate(base, cur, n, query=""):
    if n <= 1:
        return ""
    u = lambda i: (base if i == 1 else "%spage/%d/" % (base, i)) + query
    out = ['<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân trang bài viết</h2><div class="nav-links">']
    if cur > 1:
        out.append('<a class="prev page-numbers" href="%s">&laquo; Trước</a>' % u(cur - 1))
    shown, last = sorted({1, n} | set(range(max(1, cur - 2), min(n, cur + 2) + 1))), 0
    for i in shown:
        if i - last > 1:
            out.append('<span class="page-numbers dots">&hellip;</span>')
        out.append('<span aria-current="page" class="page-numbers current">%d</span>' % i if i == cur else '<a class="page-numbers" href="%s">%d</a>' % (u(i), i))
        last = i
    if cur < n:
        out.append('<a class="next page-numbers" href="%s">Sau &raquo;</a>' % u(cur + 1))
    out.append("</div></nav>")
    return "".join(out)


def archive(tv, title, lst, base, cur, body_class, header="", feeds=(), query="", canonical=True):
    chunks = chia(lst, PER_PAGE)
    if cur > len(chunks) or not lst:
        return not_found(tv)
    main = '%s%s%s' % (header, "".join(entry_summary(p) for p in chunks[cur - 1]), paginate(base, cur, len(chunks), query))
    return layout(tv, "%s%s - %s" % (title, " - Trang %d" % cur if cur > 1 else "", SITE), main,
                  canonical=(base if cur == 1 else "%spage/%d/" % (base, cur)) if canonical else None, body_class=body_class, feeds=feeds,
                  robots_noindex=not canonical)


def home(tv, cur):
    header = ""
    if cur == 1:
        feat = [p for p in POSTS if "tin-noi-bat" in p["cats"]][:5]
        header = '<section class="colormag-featured-posts"><div class="slider"><ul class="featured-slider">%s</ul></div></section><h2 class="page-title">Tin mới</h2>' % "".join(
            '<li><figure class="slider-featured-image"><a href="%s"><img src="/wp-content/uploads/%s/%s-800x445.jpg" alt="" /></a></figure><div class="slide-content"><h3 class="entry-title"><a href="%s">%s</a></h3></div></li>' % (
                p["path"], p["ngay"].strftime("%Y/%m"), p["img"], p["path"], x(p["tieu_de"])) for p in feat)
    return archive(tv, SITE if cur == 1 else "Tin mới", POSTS, "/", cur, "home blog", header)


def related(p):
    same = [q for q in POSTS if q["cm"] == p["cm"] and q is not p]
    r = _rnd.Random(p["id"])
    pick = [(q["path"], q["tieu_de"]) for q in r.sample(same, min(3, len(same)))]
    i = POSTS.index(p)
    if i % 13 == 4:
        t = TRASHED[i % 3]
        pick[-1] = ("/%s/" % t, t.replace("-", " ").capitalize())
    return pick


def single(tv, p):
    i = POSTS.index(p)
    newer, older = (POSTS[i - 1] if i > 0 else None), (POSTS[i + 1] if i + 1 < len(POSTS) else None)
    fig = '<figure id="attachment_%d" aria-describedby="caption-attachment-%d" style="width: 800px" class="wp-caption aligncenter"><a href="%s%s/"><img decoding="async" class="wp-image-%d size-full" src="/wp-content/uploads/%s/%s.jpg" alt="" width="800" height="533" /></a><figcaption id="caption-attachment-%d" class="wp-caption-text">%s</figcaption></figure>' % (
        p["aid"], p["aid"], p["path"], p["img"], p["aid"], p["ngay"].strftime("%Y/%m"), p["img"], p["aid"], x(p["chu_thich"]))
    body = '<p><strong>%s</strong></p>\n%s\n%s\n%s\n<p style="text-align: right;"><strong>%s</strong></p>' % (
        x(p["sapo"]), "<p>%s</p>" % x(p["doan"][0]), fig, "\n".join("<p>%s</p>" % x(d) for d in p["doan"][1:]), x(p["tac_gia"]))
    tags = ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (s, x(t)) for s, t in p["tags"])
    cats = ", ".join('<a href="%s" rel="category tag">%s</a>' % (cat_path(c), x(CAT[c][1])) for c in p["cats"])
    nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">%s%s</div></nav>' % (
        '<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">&larr;</span> %s</a></div>' % (older["path"], x(older["tieu_de"])) if older else "",
        '<div class="nav-next"><a href="%s" rel="next">%s <span class="meta-nav">&rarr;</span></a></div>' % (newer["path"], x(newer["tieu_de"])) if newer else "")
    rel = '<div class="related-posts-wrapper"><h3 class="related-posts-main-title"><span>Bài viết liên quan</span></h3><div class="related-posts">%s</div></div>' % "".join(
        '<div class="single-related-posts"><h3 class="entry-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3></div>' % (u, x(t), x(t)) for u, t in related(p))
    com = ""
    if p["comments"]:
        items = "".join('<li id="comment-%d" class="comment even thread-even depth-1"><article id="div-comment-%d" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b></div><div class="comment-metadata"><a href="%s#comment-%d"><time datetime="%s">%s lúc %s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%d#respond" data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" data-replyto="Trả lời %s" aria-label="Trả lời %s">Trả lời</a></div></article></li>' % (
            cid, cid, x(who), p["path"], cid, d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(d), gio(d), x(txt), p["path"], cid, cid, p["id"], cid, x(who), x(who))
            for cid, who, d, txt, _ in p["comments"])
        com = '<h3 class="comments-title">%d bình luận về &ldquo;%s&rdquo;</h3><ol class="comment-list">%s</ol>' % (len(p["comments"]), x(p["tieu_de"]), items)
    reply_to = tv.q.get("replytocom")
    form = '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond"%s>Hủy</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" /></p><p class="comment-form-email"><input id="email" name="email" type="email" value="" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="%s" /></p></form></div>' % (
        "Trả lời" if reply_to else "Để lại một bình luận", p["path"], "" if reply_to else ' style="display:none;"', tv.origin, p["id"], x(reply_to or "0"))
    main = """<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="article-content clearfix"><div class="above-entry-meta"><span class="cat-links">%s</span></div>
<header class="entry-header"><h1 class="entry-title">%s</h1></header>
<div class="below-entry-meta"><span class="posted-on"><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span> <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div>
<div class="entry-content clearfix">%s</div><div class="tags">Thẻ: %s</div></div></article>%s%s<div id="comments" class="comments-area">%s%s</div>""" % (
        p["id"], p["id"], cats, x(p["tieu_de"]), p["path"], p["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(p["ngay"]),
        (p["ngay"] + _dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+07:00"), ngay(p["ngay"]), p["author"][0], x(p["author"][1]),
        body, tags, nav, rel, com, form)
    return layout(tv, "%s - %s" % (p["tieu_de"], SITE), main, canonical=p["path"], body_class="post-template-default single single-post postid-%d single-format-standard" % p["id"],
                  feeds=[("%s Dòng phản hồi" % p["tieu_de"], "%sfeed/" % p["path"])], shortlink=p["id"])


def attachment(tv, p):
    main = '<article id="post-%d" class="post-%d attachment type-attachment status-inherit hentry"><header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="entry-content"><p class="attachment"><a href="/wp-content/uploads/%s/%s.jpg"><img width="800" height="533" src="/wp-content/uploads/%s/%s.jpg" class="attachment-medium size-medium" alt="" /></a></p><div class="wp-caption-text">%s</div></div><nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">Đăng trong</span> %s</a></div></div></nav></article>' % (
        p["aid"], p["aid"], x(p["img"]), p["ngay"].strftime("%Y/%m"), p["img"], p["ngay"].strftime("%Y/%m"), p["img"], x(p["chu_thich"]), p["path"], x(p["tieu_de"]))
    return layout(tv, "%s - %s" % (p["img"], SITE), main, canonical="%s%s/" % (p["path"], p["img"]), body_class="attachment attachment-template-default single single-attachment postid-%d" % p["aid"], shortlink=p["aid"])


def wp_rss(tv, title, lst, comments=False):
    def rfc(d):
        return "%s, %02d %s %d %s +0000" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()], d.day,
                                            ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[d.month - 1], d.year, (d - _dt.timedelta(hours=7)).strftime("%H:%M:%S"))
    items = []
    if comments:
        for p, (cid, who, d, txt, _) in lst:
            items.append("<item><title>Bình luận về %s bởi %s</title><link>%s%s#comment-%d</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate><guid isPermaLink=\"false\">%s%s#comment-%d</guid><description><![CDATA[%s]]></description></item>" % (
                x(p["tieu_de"]), x(who), tv.origin, p["path"], cid, who, rfc(d), tv.origin, p["path"], cid, txt))
    else:
        for p in lst:
            items.append("<item><title>%s</title><link>%s%s</link><comments>%s%s#respond</comments><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate>%s<guid isPermaLink=\"false\">%s/?p=%d</guid><description><![CDATA[%s]]></description></item>" % (
                x(p["tieu_de"]), tv.origin, p["path"], tv.origin, p["path"], p["author"][1], rfc(p["ngay"]),
                "".join("<category><![CDATA[%s]]></category>" % CAT[c][1] for c in p["cats"]), tv.origin, p["id"], excerpt(p)))
    body = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel><title>%s</title><atom:link href="%s%s" rel="self" type="application/rss+xml" /><link>%s</link><description>Vì giai cấp nông dân Việt Nam</description><lastBuildDate>%s</lastBuildDate><language>vi</language><sy:updatePeriod>hourly</sy:updatePeriod><generator>https://wordpress.org/?v=6.4.3</generator>
%s
</channel></rss>""" % (x(title), tv.origin, tv.path, tv.origin, rfc(POSTS[0]["ngay"]), "\n".join(items))
    return Dapung(body, 200, "application/rss+xml; charset=UTF-8")


def not_found(tv):
    return layout(tv, "Không tìm thấy trang - %s" % SITE, '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header><div class="page-content"><p>Có vẻ như không có gì được tìm thấy ở vị trí này. Có thể thử tìm kiếm?</p></div></section>',
                  status=404, body_class="error404")


def sitemaps(tv, name):
    if name == "wp-sitemap.xml":
        out = sitemapindex(tv.origin, [("/wp-sitemap-posts-post-1.xml", None), ("/wp-sitemap-posts-page-1.xml", None),
                                       ("/wp-sitemap-taxonomies-category-1.xml", None), ("/wp-sitemap-taxonomies-post_tag-1.xml", None), ("/wp-sitemap-users-1.xml", None)])
    elif name == "wp-sitemap-posts-post-1.xml":
        out = urlset(tv.origin, [(p["path"], p["ngay"] + _dt.timedelta(hours=1), None) for p in POSTS])
    elif name == "wp-sitemap-posts-page-1.xml":
        out = urlset(tv.origin, [("/", None, None), ("/gioi-thieu/", None, None), ("/van-ban/", None, None), ("/lien-he/", None, None)])
    elif name == "wp-sitemap-taxonomies-category-1.xml":
        out = urlset(tv.origin, [(cat_path(c[0]), None, None) for c in CATS])
    elif name == "wp-sitemap-taxonomies-post_tag-1.xml":
        out = urlset(tv.origin, [("/tag/%s/" % s, None, None) for s in sorted(TAGS)])
    elif name == "wp-sitemap-users-1.xml":
        out = urlset(tv.origin, [("/author/%s/" % a[0], None, None) for a in AUTHORS])
    else:
        return None
    out.body = out.body.replace(b"?>", b'?>\n<?xml-stylesheet type="text/xsl" href="' + (tv.origin + "/wp-sitemap.xsl").encode() + b'" ?>', 1)
    return out


STATIC = {
    "gioi-thieu": ("Giới thiệu", "<p>Hội Nông dân tỉnh Chương Thiện là tổ chức chính trị - xã hội của giai cấp nông dân, thành viên của Mặt trận Tổ quốc Việt Nam.</p><p>Toàn tỉnh hiện có 8 Hội Nông dân cấp huyện, 75 cơ sở Hội với hơn 98.000 hội viên.</p>"),
    "van-ban": ("Văn bản", "<ul>%s</ul>" % "".join('<li><a href="/wp-content/uploads/2025/0%d/%s.pdf">%s</a></li>' % (1 + i % 2, duong_dan(t), x(t)) for i, t in enumerate(
        ("Kế hoạch tổ chức Hội thi Nhà nông đua tài năm 2025", "Hướng dẫn bình xét hộ sản xuất, kinh doanh giỏi", "Thông báo lãi suất cho vay Quỹ Hỗ trợ nông dân", "Chương trình công tác Hội năm 2025")))),
    "lien-he": ("Liên hệ", '<p>Văn phòng Tỉnh Hội: số 5 đường Trần Hưng Đạo, TP. Vị Thanh.</p><div class="wpcf7" id="wpcf7-f12-o1"><form action="/lien-he/#wpcf7-f12-o1" method="post" class="wpcf7-form init"><input type="hidden" name="_wpcf7" value="12" /><p><input type="text" name="your-name" /></p><p><input type="email" name="your-email" /></p><p><textarea name="your-message"></textarea></p><p><input type="submit" value="Gửi đi" class="wpcf7-submit" /></p></form></div>'),
}


def handle(tv):
    p, q = tv.path, tv.q
    if p == "/robots.txt":
        return Dapung(ROBOTS.format(o=tv.origin), 200, "text/plain; charset=utf-8")
    if p.startswith("/wp-sitemap") and p.endswith(".xml"):
        return sitemaps(tv, p[1:]) or not_found(tv)
    if p.startswith("/wp-admin/"):
        return chuyen("/wp-login.php?redirect_to=%s&reauth=1" % ma_hoa(tv.origin + p), 302)
    if p == "/wp-login.php":
        return Dapung('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; %s</title><meta name="robots" content="noindex, nofollow"></head><body class="login"><div id="login"><form name="loginform" id="loginform" action="/wp-login.php" method="post"><input type="text" name="log" /><input type="password" name="pwd" /><input type="submit" name="wp-submit" value="Đăng nhập" /></form><p id="backtoblog"><a href="/">&larr; Quay lại %s</a></p></div></body></html>' % (x(SITE), x(SITE)))
    m = _re.fullmatch(r"(/.*?)?(?:page/(\d+)/)?", p)
    cur = 1
    base = p
    m = _re.fullmatch(r"(/(?:.*/)?)page/(\d+)/", p)
    if m:
        base, cur = m.group(1), int(m.group(2))
        if cur == 1:
            return chuyen(base + ("?" + tv.query if tv.query else ""))
    if base == "/":
        if "p" in q:
            i = tv.so("p", None)
            post = BY_ID.get(i) if i else None
            if post:
                return chuyen(post["path"])
            att = next((x_ for x_ in POSTS if x_["aid"] == i), None)
            return chuyen("%s%s/" % (att["path"], att["img"])) if att else not_found(tv)
        if "s" in q:
            s = q["s"].strip().lower()
            lst = [x_ for x_ in POSTS if s in x_["tieu_de"].lower() or s in x_["sapo"].lower()]
            if not lst:
                return layout(tv, "Kết quả tìm kiếm cho “%s” - %s" % (q["s"], SITE), '<header class="page-header"><h1 class="page-title">Không tìm thấy</h1></header><p>Rất tiếc, không có kết quả phù hợp.</p>', body_class="search search-no-results", robots_noindex=True)
            return archive(tv, "Kết quả tìm kiếm cho “%s”" % q["s"], lst, "/", cur, "search search-results",
                           '<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>%s</span></h1></header>' % x(q["s"]), query="?s=" + ma_hoa(q["s"]), canonical=False)
        return home(tv, cur)
    if p == "/feed/":
        return wp_rss(tv, SITE, POSTS[:10])
    if p == "/comments/feed/":
        allc = sorted([(x_, c) for x_ in POSTS for c in x_["comments"]], key=lambda t: -t[1][0])[:10]
        return wp_rss(tv, "Bình luận cho %s" % SITE, allc, comments=True)
    m = _re.fullmatch(r"/category/(?:([a-z0-9-]+)/)?([a-z0-9-]+)/(feed/)?", base)
    if m and m.group(2) in CAT and CAT[m.group(2)][2] == m.group(1):
        c = CAT[m.group(2)]
        if m.group(3):
            return wp_rss(tv, "%s - %s" % (SITE, c[1]), in_cat(c[0])[:10])
        head = '<header class="page-header"><h1 class="page-title"><span>%s</span></h1></header>' % x(c[1])
        return archive(tv, c[1], in_cat(c[0]), base, cur, "archive category category-%s" % c[0], head, feeds=[("Dòng thông tin chuyên mục %s" % c[1], base + "feed/")])
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)/(feed/)?", base)
    if m and m.group(1) in TAGS:
        name, lst = TAGS[m.group(1)]
        if m.group(2):
            return wp_rss(tv, "%s - %s" % (SITE, name), lst[:10])
        return archive(tv, name, lst, base, cur, "archive tag", '<header class="page-header"><h1 class="page-title">Thẻ: <span>%s</span></h1></header>' % x(name),
                       feeds=[("Dòng thông tin cho Thẻ %s" % name, base + "feed/")])
    m = _re.fullmatch(r"/author/([a-z0-9-]+)/", base)
    if m and any(a[0] == m.group(1) for a in AUTHORS):
        a = next(a for a in AUTHORS if a[0] == m.group(1))
        return archive(tv, a[1], [x_ for x_ in POSTS if x_["author"] == a], base, cur, "archive author",
                       '<header class="page-header"><h1 class="page-title">Tác giả: <span class="vcard">%s</span></h1></header>' % x(a[1]))
    m = _re.fullmatch(r"/(\d{4})/(?:(\d{2})/)?(?:(\d{2})/)?", base)
    if m:
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        lst = [x_ for x_ in POSTS if x_["ngay"].year == y and (not mo or x_["ngay"].month == int(mo)) and (not d or x_["ngay"].day == int(d))]
        label = ("Ngày: %s/%s/%d" % (d, mo, y)) if d else ("Tháng: %s %d" % (THANG[int(mo) - 1], y) if mo else "Năm: %d" % y)
        return archive(tv, label, lst, base, cur, "archive date", '<header class="page-header"><h1 class="page-title">%s</h1></header>' % label)
    m = _re.fullmatch(r"/([a-z0-9-]+)/(?:([a-z0-9_]+)/|(feed)/)?", p)
    if m and m.group(1) in BY_SLUG:
        post = BY_SLUG[m.group(1)]
        if m.group(3):
            return wp_rss(tv, "Bình luận cho %s" % post["tieu_de"], [(post, c) for c in post["comments"]], comments=True)
        if m.group(2):
            return attachment(tv, post) if m.group(2) == post["img"] else not_found(tv)
        return single(tv, post)
    if m and m.group(1) in STATIC and not m.group(2) and not m.group(3):
        t, body = STATIC[m.group(1)]
        return layout(tv, "%s - %s" % (t, SITE), '<article class="page type-page"><header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s</div></article>' % (x(t), body),
                      canonical=p, body_class="page-template-default page")
    m = _re.fullmatch(r"/([a-z0-9-]+)", p)
    if m and (m.group(1) in BY_SLUG or m.group(1) in STATIC):
        return chuyen(p + "/")
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.57 (Debian)"), ("X-Powered-By", "PHP/8.1.27")])

# ---------------------------------------------------------------- manifest
_REPLY = {q_["path"]: ["%s?replytocom=%d" % (q_["path"], c[0]) for c in q_["comments"]] for q_ in POSTS}
_o = POSTS[-1]
_c = next(q_ for q_ in POSTS if q_["comments"])
_del = []
for _i, _p in enumerate(POSTS):
    if _i % 13 == 4:
        _del.append("/%s/" % TRASHED[_i % 3])
MANIFEST = {
    "family": "WordPress 6.4 (ColorMag theme, Apache + PHP 8.1) site of a provincial farmers' union (Hội Nông dân tỉnh "
              "Chương Thiện): ordinary site; comment reply links; attachment pages",
    "start_urls": ["/"],
    "articles": {q_["path"]: {"title": q_["tieu_de"], "aliases": _REPLY[q_["path"]] + ["/?p=%d" % q_["id"]]} for q_ in POSTS},
    "robots_disallowed": ["/wp-admin/"],
    "trap_prefixes": [],
    "notes": (
        "Posts /<slug>/ (permalinks /%%postname%%/; without the slash 301; /?p=<id> shortlink 301, named in <link "
        "rel=shortlink> and as the feed GUIDs). Home = latest posts, /page/N/ (%d a page, paginate_links '« Trước 1 … "
        "Sau »'; past the end 404), with a 'Tin nổi bật' slider. Categories /category/<slug>/ and "
        "/category/tin-hoat-dong/<child>/ (the parent lists its children's posts; a post may also be in 'Tin nổi bật'), "
        "tags /tag/<slug>/, authors /author/<login>/, month and day archives /YYYY/MM/, /YYYY/MM/DD/ — all paged "
        "/page/N/. Sidebar on every page: search form (GET /?s=; an empty query lists every post, paged "
        "/page/N/?s=, noindex), 'Bài viết mới' 5, category list, calendar (day links of 02/2025, '« Th1'), monthly "
        "archive list, tag cloud, meta (login, feeds). Post: categories, tags, previous / next post, 'Bài viết liên "
        "quan' (3 of the category; some also a trashed post: 404, SUMMARY not_articles), comments with 'Trả lời' links, "
        "comment form (POST). QUIRKS: (1) 'Trả lời' links /<post>/?replytocom=<id>#respond answer 200 with the whole "
        "post (canonical; listed as aliases, %d); (2) the image in every post links to its attachment page "
        "/<post>/<z…_hash>/ (Zalo-style file names; image + caption only, not an article). Feeds: /feed/, "
        "/comments/feed/, /category/…/feed/, /tag/…/feed/, /<post>/feed/ (head links). Sitemap: WordPress core "
        "/wp-sitemap.xml (robots Sitemap line) -> posts, pages, categories, tags, users. robots.txt: WordPress's "
        "virtual file (Disallow /wp-admin/, Allow admin-ajax.php). No trap (the calendar widget links only months with "
        "posts)." % (PER_PAGE, sum(len(v) for v in _REPLY.values()))),
}
SELFTEST = [
    {"path": "/page/%d/" % -(-len(POSTS) // PER_PAGE), "status": 200, "contains": _o["tieu_de"]},
    {"path": "/page/%d/" % (-(-len(POSTS) // PER_PAGE) + 1), "status": 404},
    {"path": "/page/1/", "status": 301, "location": "/"},
    {"path": "/?p=%d" % _o["id"], "status": 301, "location": _o["path"]},
    {"path": _o["path"][:-1], "status": 301, "location": _o["path"]},
    {"path": _REPLY[_c["path"]][0], "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % _c["path"]},
    {"path": "%s%s/" % (_o["path"], _o["img"]), "status": 200, "contains": "wp-caption-text"},
    {"path": _del[0], "status": 404},
    {"path": "/?s=", "status": 200, "contains": "noindex"},
    {"path": "/wp-sitemap-posts-post-1.xml", "status": 200, "contains": _o["path"]},
    {"path": "/feed/", "status": 200, "ctype": "application/rss+xml; charset=UTF-8", "contains": "/?p=%d" % POSTS[0]["id"]},
]
SUMMARY = {
    "chains": ["/ -> /page/N/ -> /<slug>/", "/ -> /category/<c>/ (also /category/tin-hoat-dong/<child>/) -> /page/N/ -> /<slug>/",
               "sidebar -> /tag/<t>/, /YYYY/MM/, /YYYY/MM/DD/, /author/<a>/ -> /<slug>/", "robots Sitemap -> /wp-sitemap.xml -> /wp-sitemap-posts-post-1.xml"],
    "alias_kinds": ["comment reply ?replytocom=<id> (200, canonical)", "shortlink /?p=<id> (301)", "no trailing slash (301, unlisted)"],
    "quirks": ["comment 'Trả lời' links ?replytocom= show the whole post", "attachment page per image (not an article)",
               "trashed posts still in 'Bài viết liên quan' (404)", "feed GUIDs are /?p= shortlinks (301)",
               "empty search lists every post (noindex)"],
    "not_articles": sorted(set(_del)),
}
