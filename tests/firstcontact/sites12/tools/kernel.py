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
