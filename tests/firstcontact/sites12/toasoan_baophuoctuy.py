"""Replica site (set 12, B): Báo Phước Tuy điện tử, the provincial Party newspaper, on a vendor 'toà soạn điện tử'
press CMS (PHP 7.4 + nginx).  An ordinary newspaper site: eight sections, four of them with sub-sections, paged
listings `/<section>/<sub>/trang-N.html` (15 a page, 'Trang trước 1 … Trang sau'), section fronts with sub-section
boxes, tag pages, 'Tin liên quan' / 'Tin cùng chuyên mục', sidebar 'Tin mới' / 'Đọc nhiều', an E-magazine section
with its own template, RSS per section, a sitemap index, AMP copies, a search page (robots-disallowed) and the
lottery-results page ('Kết quả xổ số') found on many southern provincial papers.
QUIRKS: (1) the sitemap is stale and partial: the index lists monthly sub-sitemaps up to 12/2024 but the 12/2024 file
is a 404 and nothing newer exists; the news sitemap holds only the last two days; deleted articles are still listed;
(2) every article has an AMP copy `/amp/<path>` announced only by `<link rel="amphtml">` (200, canonical).
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

SITE = "Báo Phước Tuy điện tử"
TINH = "Phước Tuy"
TOPS = [
    ("thoi-su", "Thời sự", [("trong-tinh", "Trong tỉnh", 6, "tin"), ("trong-nuoc", "Trong nước", 2, "tin")]),
    ("chinh-tri", "Chính trị", [("xay-dung-dang", "Xây dựng Đảng", 4, "xaydung"), ("phong-chong-tham-nhung", "Phòng, chống tham nhũng", 1, "tin"),
                                ("bao-ve-nen-tang", "Bảo vệ nền tảng tư tưởng", 1, "xaydung")]),
    ("kinh-te", "Kinh tế", [("nong-nghiep", "Nông nghiệp", 3, "kinhte"), ("doanh-nghiep", "Doanh nghiệp", 2, "kinhte")]),
    ("xa-hoi", "Xã hội", [("giao-duc", "Giáo dục", 2, "xahoi"), ("y-te", "Y tế", 2, "xahoi")]),
    ("van-hoa-the-thao", "Văn hoá - Thể thao", [], 2, "xahoi"),
    ("quoc-phong-an-ninh", "Quốc phòng - An ninh", [], 2, "tin"),
    ("ban-doc", "Bạn đọc", [], 1, "guong"),
    ("emagazine", "E-magazine", [], 0, "guong"),
]
TOP_NAME = {t[0]: t[1] for t in TOPS}
LEAF = {}            # leaf path -> (name, top)
for _t in TOPS:
    if _t[2]:
        for _s in _t[2]:
            LEAF["%s/%s" % (_t[0], _s[0])] = (_s[1], _t[0])
    else:
        LEAF[_t[0]] = (_t[1], _t[0])
_mix = []
for _t in TOPS:
    _mix += [("%s/%s" % (_t[0], s[0]), s[2], s[3]) for s in _t[2]] if _t[2] else ([(_t[0], _t[3], _t[4])] if _t[3] else [])
NEWS = PhongVien(12002, 182, _mix, TINH, ["Long Điền", "Đất Đỏ", "Xuyên Mộc", "Châu Đức", "Tân Thành", "Côn Đảo"],
                 ["Phước Hưng", "Láng Dài", "Bình Châu", "Kim Long", "Hắc Dịch", "Long Sơn", "Bưng Riềng", "Xuân Sơn"],
                 ["Ấp Bến Đá", "Ấp Hải Sơn", "Ấp Tân Hoà", "Ấp Bình Sơn", "Ấp Phước Lộc", "Ấp Trang Định"],
                 tu_ngay=_dt.datetime(2024, 7, 1, 7, 0), id_dau=184000, buoc=5, nguon="BPT")
ARTS = NEWS.items
_r = _rnd.Random(77)
for _i, _a in enumerate(ARTS):
    if _i % 22 == 9:                      # long-form stories of the E-magazine desk
        _a["cm"] = "emagazine"
    _a["slug"] = duong_dan(_a["tieu_de"], 90)
    _a["path"] = "/%s/%d-%s.html" % (_a["cm"], _a["id"], _a["slug"])
    _a["top"] = LEAF[_a["cm"]][1]
BY_ID = NEWS.theo_id
BY_LEAF = {k: [a for a in ARTS if a["cm"] == k] for k in LEAF}
BY_TOP = {t[0]: [a for a in ARTS if a["top"] == t[0]] for t in TOPS}
PER_PAGE = 15
TAGS = {}
for _a in ARTS:
    for _t in _a["nhan"]:
        TAGS.setdefault(duong_dan(_t), (_t, []))[1].append(_a)
DOC_NHIEU = sorted(ARTS[:60], key=lambda a: -a["xem"])[:8]
DELETED = [("/thoi-su/trong-tinh/183871-xu-ly-nghiem-vu-sat-lo-bo-ke-tai-xa-phuoc-hung.html", "Xử lý nghiêm vụ sạt lở bờ kè tại xã Phước Hưng", _dt.datetime(2024, 9, 12, 9, 0)),
           ("/kinh-te/doanh-nghiep/183902-doanh-nghiep-no-bao-hiem-xa-hoi-keo-dai.html", "Doanh nghiệp nợ bảo hiểm xã hội kéo dài", _dt.datetime(2024, 10, 3, 15, 20)),
           ("/xa-hoi/y-te/183955-phat-hien-co-so-tham-my-khong-phep.html", "Phát hiện cơ sở thẩm mỹ không phép", _dt.datetime(2024, 11, 18, 10, 5)),
           ("/chinh-tri/xay-dung-dang/183990-bai-viet-da-go.html", "Bài viết đã gỡ", _dt.datetime(2024, 11, 29, 8, 30))]
DEL_PATHS = [d[0] for d in DELETED]
ROBOTS = """# robots.txt for Báo Phước Tuy điện tử
User-agent: *
Disallow: /tim-kiem
Disallow: /api/
Disallow: /admin/
Disallow: /quang-cao/

User-agent: Googlebot-News
Allow: /

Sitemap: {o}/sitemap.xml
Sitemap: {o}/sitemaps/news.xml
"""


def leaf_url(k, page=1):
    return "/%s/" % k if page == 1 else "/%s/trang-%d.html" % (k, page)


def header_menu():
    out = ['<li><a href="/" class="home">Trang chủ</a></li>']
    for t in TOPS:
        sub = "".join('<li><a href="/%s/%s/">%s</a></li>' % (t[0], s[0], x(s[1])) for s in t[2])
        out.append('<li><a href="/%s/">%s</a>%s</li>' % (t[0], x(t[1]), '<ul class="sub">%s</ul>' % sub if sub else ""))
    return '<ul class="menu">%s</ul>' % "".join(out)


def thumb(a, size="m"):
    return '<a href="%s" class="thumb"><img src="/uploads/%s/%d_%s.jpg" alt="%s" loading="lazy"></a>' % (
        a["path"], a["ngay"].strftime("%Y/%m/%d"), a["id"], size, x(a["tieu_de"]))


def side():
    tm = "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:8])
    dn = "".join('<li><span class="stt">%d</span>%s<h4><a href="%s">%s</a></h4></li>' % (i + 1, thumb(a, "s") if i == 0 else "", a["path"], x(a["tieu_de"]))
                 for i, a in enumerate(DOC_NHIEU))
    return """<aside class="col-sidebar">
<div class="block"><h3 class="block-title">Tin mới</h3><ul class="list-new">%s</ul></div>
<div class="block"><h3 class="block-title">Đọc nhiều</h3><ul class="list-most">%s</ul></div>
<div class="block xoso"><h3 class="block-title">Kết quả xổ số</h3><p><a href="/xo-so/">Xổ số kiến thiết Phước Tuy</a></p></div>
<div class="block"><a href="https://baoinphuoctuy.example/"><img src="/images/banner-bao-in.png" alt="Đọc báo in"></a></div>
</aside>""" % (tm, dn)


def page(tv, title, main, canonical=None, status=200, head="", full=False, desc=""):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="description" content="%s">
%s%s
<link rel="alternate" type="application/rss+xml" title="Tin mới - Báo Phước Tuy" href="/rss/tin-moi.rss">
<link rel="stylesheet" href="/themes/bpt/css/main.min.css?v=3.8.2">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-PT2025"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="date">%s, %s</span><a href="https://baoinphuoctuy.example/">Báo in</a> <a href="/rss.html">RSS</a> <a href="/lien-he.html">Liên hệ</a>
<form class="search" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Nhập từ khoá..."><button type="submit">Tìm</button></form></div></div>
<header class="header"><div class="wrap"><a href="/" class="logo"><img src="/themes/bpt/images/logo.svg" alt="%s"></a></div></header>
<nav class="nav"><div class="wrap">%s</div></nav>
<div class="wrap main">%s</div>
<footer class="footer"><div class="wrap"><p><strong>BÁO PHƯỚC TUY ĐIỆN TỬ</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phước Tuy - Tiếng nói của Đảng bộ, chính quyền và nhân dân Phước Tuy.</p><p>Giấy phép số 112/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Lộc. Toà soạn: 89 đường 30/4, TP. Phước Tuy.</p><p>&copy; Bản quyền thuộc Báo Phước Tuy. Ghi rõ nguồn "Báo Phước Tuy điện tử" khi phát hành lại thông tin từ website này.</p><p><a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/quang-cao/bang-gia.html">Quảng cáo</a> | <a href="/lien-he.html">Liên hệ</a></p></div></footer>
</body>
</html>""" % (x(title), x(desc or SITE), can, head, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), header_menu(),
              main if full else '<div class="col-content">%s</div>%s' % (main, side())), status)


def story(a, lead=True, img=True):
    return '<article class="story">%s<h3 class="story-title"><a href="%s">%s</a></h3><div class="story-meta"><span class="cate">%s</span> <time>%s %s</time></div>%s</article>' % (
        thumb(a) if img else "", a["path"], x(a["tieu_de"]), x(LEAF[a["cm"]][0]), ngay(a["ngay"]), gio(a["ngay"]),
        '<div class="story-summary">%s</div>' % x(a["sapo"]) if lead else "")


def pager(url, cur, n):
    if n <= 1:
        return ""
    out = ['<div class="pagination">']
    if cur > 1:
        out.append('<a class="prev" href="%s">Trang trước</a>' % url(cur - 1))
    nums = sorted({1, n} | set(range(max(1, cur - 2), min(n, cur + 2) + 1)))
    last = 0
    for i in nums:
        if i - last > 1:
            out.append('<span class="dots">…</span>')
        out.append('<span class="active">%d</span>' % i if i == cur else '<a href="%s">%d</a>' % (url(i), i))
        last = i
    if cur < n:
        out.append('<a class="next" href="%s">Trang sau</a>' % url(cur + 1))
    out.append("</div>")
    return "".join(out)


def home(tv):
    top, feat = ARTS[0], ARTS[1:5]
    parts = ['<section class="hl"><div class="hl-main">%s<h2><a href="%s">%s</a></h2><p class="sapo">%s</p></div><div class="hl-sub">%s</div></section>' % (
        thumb(top, "l"), top["path"], x(top["tieu_de"]), x(top["sapo"]), "".join(story(a, lead=False) for a in feat))]
    parts.append('<section class="block latest"><h3 class="block-title">Tin mới nhất</h3>%s</section>' % "".join(story(a, lead=False, img=False) for a in ARTS[5:15]))
    for t in TOPS:
        lst = BY_TOP[t[0]][:5]
        if not lst:
            continue
        subs = "".join('<a href="/%s/%s/">%s</a>' % (t[0], s[0], x(s[1])) for s in t[2])
        parts.append('<section class="block cate-box"><h3 class="block-title"><a href="/%s/">%s</a></h3><div class="subs">%s</div>%s<ul>%s</ul></section>' % (
            t[0], x(t[1]), subs, story(lst[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in lst[1:])))
    parts.append('<section class="block video"><h3 class="block-title">Video</h3><a href="https://www.youtube.example/@baophuoctuy">Kênh video Báo Phước Tuy</a></section>')
    return page(tv, "Báo Phước Tuy điện tử - Tin tức Phước Tuy mới nhất", "".join(parts), canonical="/")


def top_front(tv, t, cur):
    lst = BY_TOP[t[0]]
    chunks = chia(lst, PER_PAGE)
    url = lambda n: leaf_url(t[0], n)
    if cur > len(chunks):
        return not_found(tv)
    boxes = ""
    if cur == 1:
        for s in t[2]:
            sl = BY_LEAF["%s/%s" % (t[0], s[0])][:4]
            boxes += '<section class="block sub-box"><h3 class="block-title"><a href="/%s/%s/">%s</a></h3><ul>%s</ul></section>' % (
                t[0], s[0], x(s[1]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in sl))
    main = '<div class="breadcrumb"><a href="/">Trang chủ</a> › <h1><a href="/%s/">%s</a></h1></div>%s<section class="list">%s</section>%s' % (
        t[0], x(t[1]), boxes, "".join(story(a) for a in chunks[cur - 1]), pager(url, cur, len(chunks)))
    return page(tv, "%s%s - Báo Phước Tuy" % (t[1], "" if cur == 1 else " - Trang %d" % cur), main, canonical=url(cur))


def leaf_list(tv, k, cur):
    name, top = LEAF[k]
    chunks = chia(BY_LEAF[k], PER_PAGE)
    if cur > len(chunks):
        return not_found(tv)
    url = lambda n: leaf_url(k, n)
    main = '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/%s/">%s</a> › <h1>%s</h1></div><section class="list">%s</section>%s' % (
        top, x(TOP_NAME[top]), x(name), "".join(story(a) for a in chunks[cur - 1]), pager(url, cur, len(chunks)))
    return page(tv, "%s%s - Báo Phước Tuy" % (name, "" if cur == 1 else " - Trang %d" % cur), main, canonical=url(cur))


def tag_url(slug, n=1):
    return "/tag/%s.html" % slug + ("?trang=%d" % n if n > 1 else "")


def tag_page(tv, slug):
    name, lst = TAGS[slug]
    cur = tv.so("trang", 1, 1, 9999)
    chunks = chia(lst, 20)
    if cur is None or cur > len(chunks):
        return not_found(tv)
    main = '<div class="breadcrumb"><a href="/">Trang chủ</a> › Từ khoá: <h1>%s</h1></div><section class="list">%s</section>%s' % (
        x(name), "".join(story(a, lead=False) for a in chunks[cur - 1]), pager(lambda n: tag_url(slug, n), cur, len(chunks)))
    return page(tv, "%s - Báo Phước Tuy" % name, main, canonical=tag_url(slug, cur))


def body_html(a):
    fig = '<figure class="image"><img src="/uploads/%s/%d_l.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (
        a["ngay"].strftime("%Y/%m/%d"), a["id"], x(a["chu_thich"]), x(a["chu_thich"]))
    ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
    ps.insert(1, fig)
    return "".join(ps) + '<p class="author"><strong>%s</strong></p>' % x(a["tac_gia"])


def related(a):
    out, seen = [], {a["id"]}
    for t in a["nhan"]:
        for b in TAGS[duong_dan(t)][1]:
            if b["id"] not in seen and b["ngay"] < a["ngay"] and len(out) < 4:
                out.append((b["path"], b["tieu_de"]))
                seen.add(b["id"])
    i = ARTS.index(a)
    if i % 17 == 3:
        d = DELETED[i % len(DELETED)]
        out.insert(0, (d[0], d[1]))
    return out


def article(tv, a):
    name, top = LEAF[a["cm"]]
    amp = '<link rel="amphtml" href="%s/amp%s">' % (tv.origin, a["path"])
    head = amp + '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (
        x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))
    tags = " ".join('<a href="%s">%s</a>' % (tag_url(duong_dan(t)), x(t)) for t in a["nhan"])
    share = '<div class="share"><a href="https://www.facebook.com/sharer.php?u=%s" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u=%s" rel="nofollow">Zalo</a> <a href="javascript:window.print()">In</a></div>' % (
        ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]))
    rel = "".join('<li><a href="%s">%s</a></li>' % (u, x(t)) for u, t in related(a))
    same = "".join(story(b, lead=False) for b in [b for b in BY_LEAF[a["cm"]] if b is not a][:6])
    crumb = '<a href="/">Trang chủ</a> › <a href="/%s/">%s</a>' % (top, x(TOP_NAME[top])) + (' › <a href="/%s/">%s</a>' % (a["cm"], x(name)) if a["cm"] != top else "")
    if a["cm"] == "emagazine":
        main = '<div class="emag"><div class="emag-cover"><img src="/uploads/emagazine/%d/cover.jpg" alt=""><h1>%s</h1></div><div class="emag-meta">%s, %s - %s</div><h2 class="sapo">%s</h2><div class="emag-body">%s</div>%s<div class="tags">Từ khoá: %s</div><div class="block"><h3 class="block-title">E-magazine khác</h3>%s</div><p><a href="/">Về trang chủ</a></p></div>' % (
            a["id"], x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_html(a), share, tags, same)
        return page(tv, a["tieu_de"], main, canonical=a["path"], head=head, full=True, desc=a["sapo"])
    main = """<div class="breadcrumb">%s</div><article class="detail"><h1 class="detail-title">%s</h1>
<div class="detail-meta"><time datetime="%s">%s, %s - %s</time> <span class="gmt">(GMT+7)</span></div>%s
<h2 class="sapo">%s</h2><div class="detail-content">%s</div><div class="tags"><span>Từ khoá:</span> %s</div>
<div class="block related"><h3 class="block-title">Tin liên quan</h3><ul>%s</ul></div></article>
<div class="block same-cate"><h3 class="block-title">Tin cùng chuyên mục</h3>%s</div>""" % (
        crumb, x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), share,
        x(a["sapo"]), body_html(a), tags, rel, same)
    return page(tv, a["tieu_de"], main, canonical=a["path"], head=head, desc=a["sapo"])


def amp(tv, a):
    return Dapung("""<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s"><meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.example/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>
<body><header><a href="/">Báo Phước Tuy</a></header><article><h1>%s</h1><p class="time">%s %s</p><h2>%s</h2>%s</article><footer><a href="%s">Xem bản đầy đủ</a></footer></body></html>""" % (
        x(a["tieu_de"]), tv.origin, a["path"], x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), body_html(a), a["path"]))


def xoso(tv, d):
    import datetime as dt
    prev, nxt = d - dt.timedelta(days=1), d + dt.timedelta(days=1)
    r = _rnd.Random(d.toordinal())
    rows = "".join("<tr><td>Giải %s</td><td>%s</td></tr>" % (g, " - ".join("%0*d" % (w, r.randrange(10 ** w)) for _ in range(c)))
                   for g, w, c in (("ĐB", 6, 1), ("nhất", 5, 1), ("nhì", 5, 1), ("ba", 5, 2), ("tư", 5, 7), ("năm", 4, 1), ("sáu", 4, 3), ("bảy", 3, 1), ("tám", 2, 1)))
    main = '<div class="xoso-page"><h1>Kết quả xổ số kiến thiết ngày %s</h1><table class="kqxs">%s</table><p><a href="/xo-so/ket-qua-ngay-%s.html">« Kỳ trước</a> | <a href="/xo-so/ket-qua-ngay-%s.html">Kỳ sau »</a></p></div>' % (
        ngay(d), rows, ngay(prev, "-"), ngay(nxt, "-"))
    return page(tv, "Kết quả xổ số ngày %s" % ngay(d), main)


def search(tv):
    return page(tv, "Tìm kiếm", '<div class="search-page"><h1>Tìm kiếm</h1><p>Không tìm thấy kết quả nào phù hợp với từ khoá "%s".</p></div>' % x(tv.q.get("q", "")))


def rss_page(tv):
    li = '<li><a href="/rss/tin-moi.rss">Tin mới</a></li>' + "".join('<li><a href="/rss/%s.rss">%s</a></li>' % (t[0], x(t[1])) for t in TOPS)
    return page(tv, "RSS - Báo Phước Tuy", '<div class="static"><h1>RSS</h1><ul>%s</ul></div>' % li)


def feed(tv, k):
    if k == "tin-moi":
        lst, name = ARTS[:20], "Tin mới"
    elif k in TOP_NAME:
        lst, name = BY_TOP[k][:20], TOP_NAME[k]
    else:
        return None
    return rss(tv.origin, "%s - Báo Phước Tuy" % name, "/", [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in lst])


MONTHS = ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"]


def sitemap(tv, name):
    if name == "sitemap.xml":
        return sitemapindex(tv.origin, [("/sitemaps/news.xml", BAY_GIO), ("/sitemaps/categories.xml", None)] +
                            [("/sitemaps/%s.xml" % m, None) for m in MONTHS])
    if name == "sitemaps/news.xml":
        return urlset(tv.origin, [(a["path"], a["ngay"], None) for a in ARTS if (BAY_GIO - a["ngay"]).days < 2])
    if name == "sitemaps/categories.xml":
        return urlset(tv.origin, [("/%s/" % k, None, "hourly") for k in list(TOP_NAME) + [k for k in LEAF if "/" in k]])
    m = _re.fullmatch(r"sitemaps/(\d{4}-\d{2})\.xml", name)
    if m and m.group(1) in MONTHS[:-1]:       # the generator stopped after 11/2024; the 12/2024 file was never written
        rows = [(a["path"], a["ngay"], None) for a in ARTS if a["ngay"].strftime("%Y-%m") == m.group(1)]
        rows += [(p, d, None) for p, t, d in DELETED if d.strftime("%Y-%m") == m.group(1)]
        return urlset(tv.origin, sorted(rows, key=lambda r: r[1]))
    return None


def not_found(tv):
    return page(tv, "Không tìm thấy nội dung", '<div class="e404"><h1>404</h1><p>Nội dung bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p><p><a href="/">Về trang chủ</a></p></div>', status=404)


def handle(tv):
    import datetime as dt
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS.format(o=tv.origin), 200, "text/plain; charset=utf-8")
    if p in ("/", "/index.html"):
        return home(tv) if p == "/" else chuyen("/")
    if p == "/sitemap.xml" or p.startswith("/sitemaps/"):
        return sitemap(tv, p[1:]) or Dapung("<html><body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>", 404, "text/html")
    if p.startswith("/amp/"):
        m = _re.fullmatch(r"/amp(/.+/(\d+)-[a-z0-9-]+\.html)", p)
        a = BY_ID.get(int(m.group(2))) if m else None
        return amp(tv, a) if a and a["path"] == m.group(1) else not_found(tv)
    m = _re.fullmatch(r"/(.+)/(\d+)-([a-z0-9-]+)\.html", p)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if p == a["path"]:
            return article(tv, a)
        return chuyen(a["path"])
    m = _re.fullmatch(r"/([a-z-]+(?:/[a-z-]+)?)/(?:trang-(\d+)\.html)?", p)
    if m and (m.group(1) in LEAF or m.group(1) in TOP_NAME):
        k, cur = m.group(1), int(m.group(2) or 1)
        if m.group(2) == "1":
            return chuyen(leaf_url(k))
        t = next((t for t in TOPS if t[0] == k and t[2]), None)
        return top_front(tv, t, cur) if t else leaf_list(tv, k, cur)
    if p.rstrip("/") in LEAF or p.rstrip("/") in TOP_NAME:
        return chuyen(leaf_url(p.strip("/")))
    m = _re.fullmatch(r"/tag/([a-z0-9-]+)\.html", p)
    if m and m.group(1) in TAGS:
        return tag_page(tv, m.group(1))
    if p in ("/xo-so/", "/xo-so"):
        return xoso(tv, BAY_GIO.replace(hour=0, minute=0))
    m = _re.fullmatch(r"/xo-so/ket-qua-ngay-(\d{2})-(\d{2})-(\d{4})\.html", p)
    if m:
        try:
            return xoso(tv, dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            return not_found(tv)
    if p == "/tim-kiem.html":
        return search(tv)
    if p == "/rss.html":
        return rss_page(tv)
    m = _re.fullmatch(r"/rss/([a-z-]+)\.rss", p)
    if m:
        return feed(tv, m.group(1)) or not_found(tv)
    if p in ("/gioi-thieu.html", "/lien-he.html", "/quang-cao/bang-gia.html"):
        return page(tv, "Báo Phước Tuy", '<div class="static"><h1>Báo Phước Tuy</h1><div>Toà soạn: 89 đường 30/4, TP. Phước Tuy. Điện thoại: 0254.3852.xxx. Email: toasoan@baophuoctuy.example</div></div>')
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx"), ("X-Powered-By", "PHP/7.4.33"), ("X-Cache-Status", "HIT")])

# ---------------------------------------------------------------- manifest
_k = "thoi-su/trong-tinh"
_n = len(chia(BY_LEAF[_k], PER_PAGE))
_o = BY_LEAF[_k][-1]
_em = [a for a in ARTS if a["cm"] == "emagazine"]
MANIFEST = {
    "family": "provincial Party newspaper on a vendor press CMS (PHP 7.4 + nginx, Báo Phước Tuy điện tử): ordinary site; "
              "stale, partial sitemap index; AMP copies",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ["/amp" + a["path"]]} for a in ARTS},
    "robots_disallowed": ["/tim-kiem", "/api/", "/admin/", "/quang-cao/"],
    "trap_prefixes": ["/xo-so/"],
    "notes": (
        "Articles /<section>[/<sub>]/<id>-<slug>.html (a wrong slug or section 301s to the right path). Sections: Thời sự "
        "(Trong tỉnh, Trong nước), Chính trị (Xây dựng Đảng, Phòng chống tham nhũng, Bảo vệ nền tảng tư tưởng), Kinh tế "
        "(Nông nghiệp, Doanh nghiệp), Xã hội (Giáo dục, Y tế), Văn hoá - Thể thao, Quốc phòng - An ninh, Bạn đọc, "
        "E-magazine (%d long-form stories, own full-width template, no sidebar). Listings /<path>/ then /<path>/trang-N.html "
        "(%d a page; 'Trang trước 1 … window … last Trang sau'; trang-1 301; past the end 404). A section front "
        "(/thoi-su/) has sub-section boxes (4 each, page 1 only) and pages through all of its articles. Tags "
        "/tag/<slug>.html?trang=N (20 a page). Article: 'Tin liên quan' (4 sharing a tag; some also a deleted article, "
        "404), 'Tin cùng chuyên mục' (6 newest of the sub-section), share links, javascript print. Home: headline + 4, "
        "'Tin mới nhất' 10, a box per section (5). Sidebar: 'Tin mới' 8, 'Đọc nhiều' 8, 'Kết quả xổ số'. QUIRKS: (1) "
        "sitemap index (robots Sitemap lines) -> /sitemaps/news.xml (last 2 days), /sitemaps/categories.xml and monthly "
        "/sitemaps/2024-07.xml … 2024-12.xml, of which 2024-12 is a 404 and nothing newer exists; the monthly files still "
        "list 4 deleted articles (404); (2) AMP copies /amp/<path> announced only by <link rel=amphtml> (200, canonical; "
        "listed as aliases). RSS /rss.html -> /rss/<section>.rss (20 newest). Search /tim-kiem.html?q= (robots-"
        "disallowed). Trap: 'Kết quả xổ số' /xo-so/ket-qua-ngay-DD-MM-YYYY.html « Kỳ trước / Kỳ sau » forever." % (len(_em), PER_PAGE)),
}
SELFTEST = [
    {"path": leaf_url(_k, _n), "status": 200, "contains": _o["tieu_de"]},
    {"path": leaf_url(_k, _n + 1), "status": 404},
    {"path": "/thoi-su/trong-tinh/trang-1.html", "status": 301, "location": "/thoi-su/trong-tinh/"},
    {"path": "/thoi-su/%d-sai.html" % _o["id"], "status": 301, "location": _o["path"]},
    {"path": "/amp" + _o["path"], "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % _o["path"]},
    {"path": DEL_PATHS[0], "status": 404},
    {"path": "/sitemaps/2024-12.xml", "status": 404},
    {"path": "/sitemaps/2024-09.xml", "status": 200, "contains": DEL_PATHS[0]},
    {"path": "/sitemaps/news.xml", "status": 200, "contains": ARTS[0]["path"]},
    {"path": _em[0]["path"], "status": 200, "not_contains": "Đọc nhiều"},
    {"path": "/xo-so/ket-qua-ngay-30-04-1990.html", "status": 200, "contains": "Kỳ sau"},
]
SUMMARY = {
    "chains": ["/ -> /<section>/<sub>/ -> /<section>/<sub>/trang-N.html -> /<section>/<sub>/<id>-<slug>.html",
               "/ -> /<section>/ (front: sub-section boxes) -> /<section>/trang-N.html",
               "robots Sitemap -> /sitemap.xml -> monthly sub-sitemaps (stale: up to 11/2024)"],
    "alias_kinds": ["AMP /amp/<path> (200, canonical, <link rel=amphtml> only)", "wrong slug / section (301, unlisted)"],
    "quirks": ["stale, partial sitemap index (12/2024 sub-sitemap 404, nothing newer, deleted articles listed)",
               "AMP copies announced only by <link rel=amphtml>", "E-magazine template without sidebar",
               "lottery-results day trap", "deleted articles in 'Tin liên quan' (404)"],
    "not_articles": DEL_PATHS,
}
