"""Replica site (set 12, C): Cổng thông tin điện tử Đảng bộ tỉnh Vĩnh Bình on Liferay Portal 6.2 CE (vendor theme,
Tomcat 7): one portal holding the Tỉnh uỷ site (/web/guest) and five agency sub-sites (/web/bantochuc,
/web/bantuyengiao, /web/ubkt, /web/bandanvan, /web/dangbokhoi), each with a home page and two or three news pages.
An ordinary Liferay portal: asset publisher listings paged by the long portlet URLs (`p_p_id=101_INSTANCE_<x>&…
&_101_INSTANCE_<x>_delta=10&…&_101_INSTANCE_<x>_cur=N`) with the 6.2 pagination bar ('Đầu tiên', 'Trước', a page
drop-down, 'Tiếp theo', 'Cuối cùng') and an items-per-page drop-down (delta 5 … 75), full-content views
`/web/<site>/<page>/-/asset_publisher/<x>/content/<url-title>`, 'Tin khác' boxes, a sign-in link under /c/, a search
portlet (robots-disallowed), a week calendar portlet and a sitemap.
QUIRKS: (1) the Tỉnh uỷ site's 'Tin từ cơ sở' page aggregates the sub-sites' 'Tin hoạt động' and shows each article in
its own portlet: a second URL per sub-site article (200, canonical to the sub-site URL); (2) /sitemap.xml (robots
Sitemap line) lists only the Tỉnh uỷ site's pages (layouts), no articles and no sub-site.  Liferay 6.1/6.2 friendly
URL titles drop 'đ' ('Đại hội' -> '-ai-hoi'); the item-per-page links multiply the listing URLs (finite).
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

PORTAL = "Cổng thông tin điện tử Đảng bộ tỉnh Vĩnh Bình"
GROUPS = [
    ("guest", "Tỉnh uỷ Vĩnh Bình", 10181, [("tin-tuc-su-kien", "Tin tức - Sự kiện", 9, "tin"), ("xay-dung-dang", "Xây dựng Đảng", 5, "xaydung")]),
    ("bantochuc", "Ban Tổ chức Tỉnh uỷ", 20401, [("tin-hoat-dong", "Tin hoạt động", 3, "xaydung"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "guong")]),
    ("bantuyengiao", "Ban Tuyên giáo Tỉnh uỷ", 20433, [("tin-hoat-dong", "Tin hoạt động", 3, "tin"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "xaydung")]),
    ("ubkt", "Uỷ ban Kiểm tra Tỉnh uỷ", 20467, [("tin-hoat-dong", "Tin hoạt động", 2, "tin"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "xaydung")]),
    ("bandanvan", "Ban Dân vận Tỉnh uỷ", 20502, [("tin-hoat-dong", "Tin hoạt động", 3, "xahoi"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "guong")]),
    ("dangbokhoi", "Đảng uỷ Khối cơ quan và doanh nghiệp tỉnh", 20538, [("tin-hoat-dong", "Tin hoạt động", 2, "xaydung"), ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 1, "kinhte")]),
]
GNAME = {g[0]: g[1] for g in GROUPS}
GID = {g[0]: g[2] for g in GROUPS}
PAGES = {(g[0], p[0]): p[1] for g in GROUPS for p in g[3]}
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _inst(key):
    r = _rnd.Random("inst:" + key)
    return "".join(r.choice(_ALNUM) for _ in range(12))


INST = {k: _inst("%s/%s" % k) for k in PAGES}
INST[("guest", "tin-co-so")] = TCS_INST = _inst("guest/tin-co-so")
for _g in GROUPS:
    INST[(_g[0], "trang-chu")] = _inst(_g[0] + "/trang-chu")
NEWS = PhongVien(12003, 152, [("%s/%s" % (g[0], p[0]), p[2], p[3]) for g in GROUPS for p in g[3]], "Vĩnh Bình",
                 ["Càng Long", "Cầu Kè", "Tiểu Cần", "Trà Cú", "Duyên Hải", "Cầu Ngang"],
                 ["Long Hiệp", "Ngọc Biên", "Hoà Ân", "An Quảng Hữu", "Đôn Xuân", "Hiệp Mỹ", "Phong Thạnh", "Tập Sơn"],
                 ["Ấp Sóc Chuối", "Ấp Ba Se", "Ấp Đại Mong", "Ấp Chợ", "Ấp Kinh Xáng", "Ấp Ô Đùng"],
                 tu_ngay=_dt.datetime(2024, 5, 2, 7, 0), id_dau=30000, buoc=11)
ARTS = NEWS.items
_used = set()
for _a in ARTS:
    _a["g"], _a["pg"] = _a["cm"].split("/")
    t = _re.sub(r"[đĐ]", "-", _a["tieu_de"].lower())            # Liferay 6.x FriendlyURLNormalizer: 'đ' does not decompose
    t = _re.sub(r"[^0-9a-z]+", "-", bo_dau(t)).strip()
    t = _re.sub(r"-{2,}", "-", t.rstrip("-"))[:75].rstrip("-")
    base, n = t, 0
    while t in _used:
        n += 1
        t = "%s-%d" % (base, n)
    _used.add(t)
    _a["ut"] = t
    _a["path"] = "/web/%s/%s/-/asset_publisher/%s/content/%s" % (_a["g"], _a["pg"], INST[(_a["g"], _a["pg"])], t)
BY_UT = {a["ut"]: a for a in ARTS}
BY_PAGE = {k: [a for a in ARTS if (a["g"], a["pg"]) == k] for k in PAGES}
TCS = [a for a in ARTS if a["g"] != "guest" and a["pg"] == "tin-hoat-dong"]
BY_PAGE[("guest", "tin-co-so")] = TCS
PAGES[("guest", "tin-co-so")] = "Tin từ cơ sở"
DELTAS = (5, 10, 20, 30, 50, 75)
GONE = ["-ai-hoi-chi-bo-diem-nhiem-ky-2025-2027-tai-xa-long-hiep", "thong-bao-ket-qua-kiem-tra-dau-hieu-vi-pham-nam-2024",
        "hoi-nghi-bao-cao-vien-thang-9-nam-2024"]
THU_LR = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật")
ROBOTS = "User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /html/\nDisallow: /web/guest/tim-kiem\n\nSitemap: {o}/sitemap.xml\n"


def view_url(a, g=None, pg=None):
    g, pg = g or a["g"], pg or a["pg"]
    return "/web/%s/%s/-/asset_publisher/%s/content/%s" % (g, pg, INST[(g, pg)], a["ut"])


def tcs_url(a):
    return view_url(a, "guest", "tin-co-so")


def list_url(g, pg, cur=None, delta=10):
    if cur is None:
        return "/web/%s/%s" % (g, pg)
    ns = "_101_INSTANCE_%s_" % INST[(g, pg)]
    return ("/web/%s/%s?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1"
            "&{ns}delta=%d&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true&p_r_p_564233524_resetCur=false&{ns}cur=%d").replace(
        "{ns}", ns) % (g, pg, INST[(g, pg)], delta, cur)


def link_of(a, ctx):
    return tcs_url(a) if ctx == ("guest", "tin-co-so") else a["path"]


def nav(g):
    items = [("/web/%s/trang-chu" % g, "Trang chủ")] + [(list_url(g, p[0]), p[1]) for gg in GROUPS if gg[0] == g for p in gg[3]]
    if g == "guest":
        items += [(list_url("guest", "tin-co-so"), "Tin từ cơ sở"), ("/web/guest/lich-cong-tac", "Lịch công tác")]
    units = "".join('<li><a href="/web/%s">%s</a></li>' % (gg[0], x(gg[1])) for gg in GROUPS if gg[0] != "guest")
    lis = "".join('<li class="lfr-nav-item"><a href="%s"><span>%s</span></a></li>' % (u, x(t)) for u, t in items)
    return '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">%s<li class="lfr-nav-item dropdown"><a href="javascript:;" class="dropdown-toggle"><span>Các cơ quan</span></a><ul class="child-menu">%s</ul></li>%s</ul></nav>' % (
        lis, units, '' if g == "guest" else '<li><a href="/web/guest">Cổng Đảng bộ tỉnh</a></li>')


def portlet(inst, title, body, pid="101"):
    return """<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_%s_INSTANCE_%s_"><span id="p_%s_INSTANCE_%s"></span><section class="portlet" id="portlet_%s_INSTANCE_%s"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">%s</span></h2></header><div class="portlet-content"><div class="portlet-body">%s</div></div></section></div>""" % (
        pid, pid, inst, pid, inst, pid, inst, x(title), body)


def shell(tv, g, title, columns, canonical=None, status=200, plid=11001):
    can = '<link href="%s%s" rel="canonical" />' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title} - {gname}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{can}
<link href="/vinhbinh-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vinhbinh_WAR_vinhbinhtheme&amp;languageId=vi_VN&amp;b=6205&amp;t=1706155200000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vinhbinh_WAR_vinhbinhtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1706155200000" type="text/javascript"></script>
<script type="text/javascript">
var themeDisplay = {{getCDNHost: function() {{return "";}}, getPathContext: function() {{return "";}}, getPlid: function() {{return "{plid}";}}, getScopeGroupId: function() {{return "{gid}";}}, getLanguageId: function() {{return "vi_VN";}}, isSignedIn: function() {{return false;}}}};
Liferay.currentURL = '\\x2fweb\\x2f{g}';
</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/{g}" title="Đi đến {gname}"><img alt="{gname}" height="120" src="/image/layout_set_logo?img_id={logo}&amp;t=1706155200000" width="1000" /></a></h1></div>
<div class="top-links"><span class="today">{today}</span> <a href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a>
<form action="/web/guest/tim-kiem" method="get" name="_3_fm"><input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" /><input name="p_p_state" type="hidden" value="maximized" /><input name="_3_struts_action" type="hidden" value="/search/search" /><input class="search-input" name="_3_keywords" size="30" title="Tìm kiếm" type="text" value="" /><input type="submit" value="Tìm" /></form></div>
{nav}</header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{c1}</div></div><div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{c2}</div></div></div></div></div>
<footer id="footer" role="contentinfo"><p><strong>{portal}</strong><br />Cơ quan chủ quản: Văn phòng Tỉnh uỷ Vĩnh Bình. Chịu trách nhiệm chính: Chánh Văn phòng Tỉnh uỷ.<br />Địa chỉ: số 1 đường Nguyễn Thị Minh Khai, TP. Vĩnh Bình. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p><p class="powered-by">Được phát triển trên nền tảng <a href="https://www.liferay.example" rel="external">Liferay</a></p></footer>
</div>
</body>
</html>""".format(plid=plid, gid=GID[g], g=g, gname=x(GNAME[g]), logo=GID[g] + 7, today="%s, ngày %s" % (THU_LR[BAY_GIO.weekday()], ngay(BAY_GIO)),
                  nav=nav(g), c1=columns[0], c2=columns[1], portal=x(PORTAL), title=x(title), can=can), status, "text/html;charset=UTF-8")


def side(g):
    newest = ARTS[:6] if g == "guest" else [a for a in ARTS if a["g"] == g][:6]
    box = portlet(_inst(g + "/side-new"), "Tin mới", '<ul class="title-list">%s</ul>' % "".join(
        '<li class="title-list"><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in newest))
    cal = portlet("lichcongtac", "Lịch công tác", '<p><a href="/web/guest/lich-cong-tac?p_p_id=lichcongtac_WAR_vbportlet&amp;_lichcongtac_WAR_vbportlet_tuan=9&amp;_lichcongtac_WAR_vbportlet_nam=2025">Lịch công tác tuần này</a></p>', pid="56")
    docs = portlet(_inst(g + "/docs"), "Văn bản mới", '<ul>%s</ul>' % "".join(
        '<li><a href="/documents/%d/0/%s.pdf/%s">%s</a></li>' % (GID[g], duong_dan(t), "%08x-%04x-4%03x-a%03x-%012x" % (i * 7919 + GID[g], i, i, i, GID[g] * 31 + i), x(t))
        for i, t in enumerate(("Kế hoạch tổ chức đại hội chi bộ trực thuộc", "Hướng dẫn kiểm điểm, đánh giá tập thể, cá nhân năm 2024", "Thông báo kết luận hội nghị")) ))
    units = portlet(_inst(g + "/units"), "Liên kết", '<ul>%s<li><a href="https://dangcongsan.vn.example/" target="_blank">Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul>' % "".join(
        '<li><a href="/web/%s">%s</a></li>' % (gg[0], x(gg[1])) for gg in GROUPS))
    return box + cal + docs + units


def abstracts(lst, ctx):
    out = []
    for a in lst:
        out.append('<div class="asset-abstract"><div class="lfr-meta-actions asset-actions"></div><h3 class="asset-title"><a href="%s"><img alt="" src="/vinhbinh-theme/images/file_system/small/article.png" /> %s</a></h3><div class="asset-content"><div class="asset-summary"><img class="asset-small-image" src="/image/journal/article?img_id=%d&amp;t=1706155200000" /> %s</div><div class="asset-more"><a href="%s">Xem thêm <span class="hide-accessible">về %s</span> &raquo; </a></div></div><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span></div></div>' % (
            link_of(a, ctx), x(a["tieu_de"]), a["id"] + 1, x(a["sapo"]), link_of(a, ctx), x(a["tieu_de"]), ngay(a["ngay"])))
    return "".join(out)


def pagination(g, pg, cur, delta, total):
    pages = max(1, -(-total // delta))
    u = lambda c, d=delta: list_url(g, pg, c, d)
    dd = "".join('<li><a href="%s">%d</a></li>' % (u(c), c) for c in range(1, pages + 1))
    ipp = "".join('<li><a href="%s">%d</a></li>' % (u(1, d), d) for d in DELTAS)
    first = '<li class="disabled"><a href="javascript:;">&larr; Đầu tiên</a></li><li class="disabled"><a href="javascript:;">Trước</a></li>' if cur == 1 else \
        '<li><a href="%s">&larr; Đầu tiên</a></li><li><a href="%s">Trước</a></li>' % (u(1), u(cur - 1))
    last = '<li class="disabled"><a href="javascript:;">Tiếp theo</a></li><li class="disabled"><a href="javascript:;">Cuối cùng &rarr;</a></li>' if cur >= pages else \
        '<li><a href="%s">Tiếp theo</a></li><li><a href="%s">Cuối cùng &rarr;</a></li>' % (u(cur + 1), u(pages))
    return """<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="Trang %d của %d"><span class="lfr-icon-menu-text">Trang %d của %d</span> <i class="caret"></i></a><ul class="dropdown-menu lfr-menu-list direction-down" role="menu">%s</ul></div></div>
<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="%d mục mỗi trang"><span class="lfr-icon-menu-text">%d mục mỗi trang</span> <i class="caret"></i></a><ul class="dropdown-menu lfr-menu-list direction-down" role="menu">%s</ul></div></div></div>
<small class="search-results">Hiển thị %d - %d của %d kết quả.</small><ul class="lfr-pagination-buttons pager">%s%s</ul></div></div>""" % (
        cur, pages, cur, pages, dd, delta, delta, ipp, (cur - 1) * delta + 1, min(total, cur * delta), total, first, last)


def listing(tv, g, pg):
    ns = "_101_INSTANCE_%s_" % INST[(g, pg)]
    cur, delta = tv.so(ns + "cur", 1, 1, 100000), tv.so(ns + "delta", 10, 1, 200)
    if cur is None or delta is None:
        cur, delta = 1, 10
    lst = BY_PAGE[(g, pg)]
    chunk = lst[(cur - 1) * delta: cur * delta]
    if not chunk:
        body = '<div class="alert alert-info">Không có kết quả nào.</div>'
    else:
        body = '<div class="asset-abstracts">%s</div>%s' % (abstracts(chunk, (g, pg)), pagination(g, pg, cur, delta, len(lst)))
    col1 = portlet(INST[(g, pg)], PAGES[(g, pg)], body)
    return shell(tv, g, PAGES[(g, pg)], (col1, side(g)), canonical=list_url(g, pg), plid=11000 + len(pg))


def home(tv, g):
    if g == "guest":
        hot = BY_PAGE[("guest", "tin-tuc-su-kien")][:5]
        slider = portlet(_inst("guest/slider"), "Tin nổi bật", '<div class="carousel slide" id="tinnoibat"><div class="carousel-inner">%s</div></div>' % "".join(
            '<div class="item%s"><a href="%s"><img src="/image/journal/article?img_id=%d" alt="" /></a><div class="carousel-caption"><h4><a href="%s">%s</a></h4></div></div>' % (
                " active" if i == 0 else "", a["path"], a["id"] + 1, a["path"], x(a["tieu_de"])) for i, a in enumerate(hot)))
        boxes = [slider]
        for pg in ("tin-tuc-su-kien", "xay-dung-dang", "tin-co-so"):
            lst = BY_PAGE[("guest", pg)][:6]
            boxes.append(portlet(_inst("guest/home/" + pg), PAGES[("guest", pg)], '<ul class="title-list">%s</ul><div class="more"><a href="%s">Xem tất cả</a></div>' % (
                "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (link_of(a, ("guest", pg)), x(a["tieu_de"]), ngay(a["ngay"])) for a in lst),
                list_url("guest", pg))))
        boxes.append(portlet(_inst("guest/units"), "Các cơ quan tham mưu, giúp việc", '<div class="units">%s</div>' % "".join(
            '<a href="/web/%s"><img src="/image/layout_set_logo?img_id=%d" alt="" /> %s</a>' % (gg[0], gg[2] + 7, x(gg[1])) for gg in GROUPS if gg[0] != "guest")))
    else:
        boxes = []
        for gg in GROUPS:
            if gg[0] == g:
                for p in gg[3]:
                    lst = BY_PAGE[(g, p[0])][:6 if p[0] == "tin-hoat-dong" else 3]
                    boxes.append(portlet(_inst("%s/home/%s" % (g, p[0])), p[1], abstracts(lst[:1], None) + '<ul class="title-list">%s</ul><div class="more"><a href="%s">Xem tất cả</a></div>' % (
                        "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in lst[1:]), list_url(g, p[0]))))
    return shell(tv, g, "Trang chủ", ("".join(boxes), side(g)), canonical="/web/%s" % g if g != "guest" else "/", plid=11000)


def journal(a):
    fig = '<table align="center" border="0" cellpadding="0" cellspacing="0" class="image" style="width: 560px;"><tbody><tr><td><img alt="" src="/documents/%d/0/%d.jpg" style="width: 560px;" /></td></tr><tr><td class="image_desc" style="text-align: center;"><em>%s</em></td></tr></tbody></table>' % (
        GID[a["g"]], a["id"], x(a["chu_thich"]))
    d = a["ngay"]
    return '<div class="journal-content-article"><div class="news-date">%s, ngày %s %s</div><div class="news-sapo"><strong>%s</strong></div>%s<p style="text-align: justify;">%s</p>%s<p style="text-align: right;"><strong>%s</strong></p></div>' % (
        THU_LR[d.weekday()], ngay(d), gio(d), x(a["sapo"]), "<p style=\"text-align: justify;\">%s</p>" % x(a["doan"][0]), "</p><p style=\"text-align: justify;\">".join(x(p) for p in a["doan"][1:2]),
        fig + "".join('<p style="text-align: justify;">%s</p>' % x(p) for p in a["doan"][2:]), x(a["tac_gia"]))


def full_view(tv, g, pg, a, printing=False):
    inst = INST[(g, pg)]
    back = list_url(g, pg)
    body = """<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%s" id="_101_INSTANCE_%s_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>%s</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-user-actions"><div class="print-action"><span class=""><a href="javascript:_101_INSTANCE_%s_printPage_0();" class="taglib-icon" id="_101_INSTANCE_%s_printLink"><i class="icon-print"></i> <span class="taglib-text">In</span></a></span></div>
<script type="text/javascript">function _101_INSTANCE_%s_printPage_0() {{ window.open('%s?p_p_state=pop_up&_101_INSTANCE_%s_viewMode=print', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640'); }}</script></div>
<div class="asset-content" id="_101_INSTANCE_%s_%d">%s</div><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span> <span class="metadata-entry metadata-view-count">%d Lượt xem</span></div></div>""".replace("{{", "{").replace("}}", "}") % (
        back, inst, x(a["tieu_de"]), inst, inst, inst, a["path"], INST[(a["g"], a["pg"])], inst, a["id"], journal(a), a["ngay"].strftime("%d/%m/%y"), a["xem"])
    if printing:
        return Dapung('<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>%s</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" /><link href="%s%s" rel="canonical" /></head><body class="portal-popup"><h3>%s</h3>%s<script type="text/javascript">print();</script></body></html>' % (
            x(a["tieu_de"]), tv.origin, a["path"], x(a["tieu_de"]), journal(a)), 200, "text/html;charset=UTF-8")
    col1 = portlet(inst, "Xuất bản nội dung", body)
    others = [b for b in BY_PAGE[(g, pg)] if b["ngay"] < a["ngay"]][:6]
    items = ['<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (link_of(b, (g, pg)), x(b["tieu_de"]), ngay(b["ngay"])) for b in others]
    i = ARTS.index(a)
    if i % 19 == 7:
        items.insert(2, '<li><a href="/web/%s/%s/-/asset_publisher/%s/content/%s">%s</a> <span class="date">(%s)</span></li>' % (
            g, pg, inst, GONE[i % 3], x(GONE[i % 3].replace("-", " ").strip()), "12/09/2024"))
    col1 += portlet(_inst("%s/%s/other" % (g, pg)), "Tin khác", '<ul class="title-list">%s</ul>' % "".join(items))
    return shell(tv, g, a["tieu_de"], (col1, side(g)), canonical=a["path"])


def gone(tv, g, pg):
    col1 = portlet(INST[(g, pg)], "Xuất bản nội dung", '<div class="alert alert-error">Không tìm thấy nội dung được yêu cầu. Nội dung đã bị xoá hoặc hết hạn.</div>')
    return shell(tv, g, PAGES[(g, pg)], (col1, side(g)))


def calendar(tv):
    import datetime as dt
    ns = "_lichcongtac_WAR_vbportlet_"
    tuan, nam = tv.so(ns + "tuan", 9, 1, 53), tv.so(ns + "nam", 2025, 1900, 2100)
    if tuan is None or nam is None:
        tuan, nam = 9, 2025
    try:
        monday = dt.datetime.fromisocalendar(nam, tuan, 1)
    except ValueError:
        monday = dt.datetime.fromisocalendar(nam, 52, 1)
    prev, nxt = (monday - dt.timedelta(days=7)).isocalendar(), (monday + dt.timedelta(days=7)).isocalendar()
    u = lambda c: "/web/guest/lich-cong-tac?p_p_id=lichcongtac_WAR_vbportlet&amp;%stuan=%d&amp;%snam=%d" % (ns, c[1], ns, c[0])
    rows = "".join("<tr><td>%s %s</td><td>Thường trực Tỉnh uỷ làm việc tại cơ quan.</td></tr>" % (THU_LR[i], ngay(monday + dt.timedelta(days=i))) for i in range(5))
    col1 = portlet("lichcongtac", "Lịch công tác", '<h3>Lịch công tác tuần %d năm %d</h3><p><a href="%s">&laquo; Tuần trước</a> <a href="%s">Tuần sau &raquo;</a></p><table class="table">%s</table>' % (
        tuan, nam, u(prev), u(nxt), rows), pid="lichcongtac_WAR_vbportlet")
    return shell(tv, "guest", "Lịch công tác", (col1, side("guest")))


def not_found(tv):
    return shell(tv, "guest", "Không tìm thấy trang", ('<div class="portlet-msg-error">Không tìm thấy trang được yêu cầu.</div><p><a href="/">Trở về trang chủ</a></p>', ""), status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS.format(o=tv.origin), 200, "text/plain;charset=UTF-8")
    if p == "/sitemap.xml":
        rows = [("/web/guest/trang-chu", None, "daily")] + [(list_url("guest", pg), None, "daily") for pg in ("tin-tuc-su-kien", "xay-dung-dang", "tin-co-so")] + \
               [("/web/guest/lich-cong-tac", None, "weekly")]
        return urlset(tv.origin, rows)
    if p == "/":
        return home(tv, "guest")
    m = _re.fullmatch(r"/web/([a-z]+)(?:/([a-z-]+))?/?", p)
    if m and m.group(1) in GNAME:
        g, pg = m.group(1), m.group(2)
        if pg in (None, "trang-chu"):
            return home(tv, g)
        if (g, pg) in PAGES:
            return listing(tv, g, pg)
        if g == "guest" and pg == "lich-cong-tac":
            return calendar(tv)
        if g == "guest" and pg == "tim-kiem":
            return shell(tv, "guest", "Tìm kiếm", (portlet("3", "Tìm kiếm", '<div class="alert alert-info">Không tìm thấy kết quả nào.</div>', pid="3"), ""))
        return not_found(tv)
    m = _re.fullmatch(r"/web/([a-z]+)/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)", p)
    if m and (m.group(1), m.group(2)) in PAGES and INST[(m.group(1), m.group(2))] == m.group(3):
        g, pg = m.group(1), m.group(2)
        a = BY_UT.get(m.group(4))
        if a and (a in BY_PAGE[(g, pg)]):
            printing = tv.q.get("p_p_state") == "pop_up" and tv.q.get("_101_INSTANCE_%s_viewMode" % INST[(a["g"], a["pg"])]) == "print" and (g, pg) == (a["g"], a["pg"])
            return full_view(tv, g, pg, a, printing)
        return gone(tv, g, pg)
    if p.startswith("/documents/"):
        return Dapung(b"%PDF-1.4\n% replica\n", 200, "application/pdf")
    if p.startswith("/c/portal/login"):
        return shell(tv, "guest", "Đăng nhập", (portlet("58", "Đăng nhập", '<form action="/c/portal/login" method="post"><input name="_58_login" type="text" /><input name="_58_password" type="password" /><button type="submit">Đăng nhập</button></form>', pid="58"), ""))
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache-Coyote/1.1"), ("Liferay-Portal", "Liferay Portal Community Edition 6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)")])

# ---------------------------------------------------------------- manifest
_print = lambda a: a["path"] + "?p_p_state=pop_up&_101_INSTANCE_%s_viewMode=print" % INST[(a["g"], a["pg"])]
_key = ("guest", "tin-tuc-su-kien")
_lst = BY_PAGE[_key]
_o = _lst[-1]
_np = -(-len(_lst) // 10)
_sub = TCS[-1]
MANIFEST = {
    "family": "Liferay Portal 6.2 CE multi-site Party portal (Tomcat 7, Đảng bộ tỉnh Vĩnh Bình: Tỉnh uỷ site + 5 agency "
              "sub-sites): ordinary site; sub-site news also shown in the Tỉnh uỷ site's aggregator; layout-only sitemap",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ([tcs_url(a)] if a in TCS else []) + [_print(a)]} for a in ARTS},
    "robots_disallowed": ["/c/", "/group/", "/user/", "/html/", "/web/guest/tim-kiem"],
    "trap_prefixes": ["/web/guest/lich-cong-tac"],
    "notes": (
        "One Liferay 6.2 portal, six sites: /web/guest (Tỉnh uỷ; also served at /) with 'Tin tức - Sự kiện', 'Xây dựng "
        "Đảng', 'Tin từ cơ sở', 'Lịch công tác'; five agency sub-sites /web/<site> (bantochuc, bantuyengiao, ubkt, "
        "bandanvan, dangbokhoi) with 'Tin hoạt động' and 'Nghiên cứu - Trao đổi'. Site home also at /web/<site>/trang-chu. "
        "Articles /web/<site>/<page>/-/asset_publisher/<12-char instance>/content/<url-title> (url-title: Liferay "
        "friendly URL, 'đ' turned into '-', so 'Đại hội' -> '-ai-hoi'). Listings /web/<site>/<page> (page 1), then the "
        "asset publisher's long portlet URLs ?p_p_id=101_INSTANCE_<x>&p_p_lifecycle=0&…&_101_INSTANCE_<x>_delta=10&…"
        "&_101_INSTANCE_<x>_cur=N; the 6.2 pagination bar has 'Đầu tiên', 'Trước', 'Tiếp theo', 'Cuối cùng', a page "
        "drop-down (<a> links to every page) and an items-per-page drop-down (delta 5/10/20/30/50/75: the listing URL "
        "space multiplies, finitely; every listing page has canonical = the page-1 URL). Past the end: 200 'Không có kết "
        "quả nào'. QUIRKS: (1) /web/guest/tin-co-so aggregates every sub-site's 'Tin hoạt động' (%d articles) and shows "
        "them in its own portlet: /web/guest/tin-co-so/-/asset_publisher/<x>/content/<url-title> (200, canonical to the "
        "sub-site URL; listed as aliases; the Tỉnh uỷ home box links these); (2) /sitemap.xml (robots Sitemap line) lists "
        "only the Tỉnh uỷ site's five layouts. Full view: back arrow, 'In' (JavaScript window.open of "
        "?p_p_state=pop_up&_101_INSTANCE_<x>_viewMode=print: 200, canonical; listed as aliases, no <a href>), 'Tin khác' "
        "(6 older of the page; a few also link a deleted article: 200 portlet message 'Không tìm thấy nội dung', SUMMARY "
        "not_articles). Sidebar on every page: 'Tin mới' 6, calendar link, 'Văn bản mới' (/documents/… PDFs), links to "
        "the sub-sites. Sign-in /c/portal/login (robots-disallowed). Search form (GET) -> /web/guest/tim-kiem "
        "(robots-disallowed). Trap: 'Lịch công tác' /web/guest/lich-cong-tac?…_tuan=&…_nam= « » weeks forever." % len(TCS)),
}
SELFTEST = [
    {"path": list_url(_key[0], _key[1], _np), "status": 200, "contains": _o["tieu_de"]},
    {"path": list_url(_key[0], _key[1], _np + 1), "status": 200, "contains": "Không có kết quả nào"},
    {"path": list_url(_key[0], _key[1], 1, 75), "status": 200, "contains": _o["tieu_de"]},
    {"path": tcs_url(_sub), "status": 200, "contains": 'href="http://replica.test:8080%s" rel="canonical"' % _sub["path"]},
    {"path": _print(_o), "status": 200, "contains": "portal-popup"},
    {"path": "/web/bantochuc/tin-hoat-dong/-/asset_publisher/%s/content/khong-co" % INST[("bantochuc", "tin-hoat-dong")], "status": 200, "contains": "Không tìm thấy nội dung"},
    {"path": "/sitemap.xml", "status": 200, "not_contains": "asset_publisher"},
    {"path": "/web/guest/lich-cong-tac?p_p_id=lichcongtac_WAR_vbportlet&_lichcongtac_WAR_vbportlet_tuan=3&_lichcongtac_WAR_vbportlet_nam=1999", "status": 200, "contains": "Tuần sau"},
]
_gone_paths = []
for _i, _a in enumerate(ARTS):
    if _i % 19 == 7:
        _gone_paths.append("/web/%s/%s/-/asset_publisher/%s/content/%s" % (_a["g"], _a["pg"], INST[(_a["g"], _a["pg"])], GONE[_i % 3]))
SUMMARY = {
    "chains": ["/ -> /web/guest/<page> -> ?p_p_id=101_INSTANCE_<x>&…_cur=N (and _delta=5…75) -> …/-/asset_publisher/<x>/content/<url-title>",
               "/ -> /web/<agency> -> /web/<agency>/tin-hoat-dong -> …/content/<url-title>",
               "/ -> /web/guest/tin-co-so -> /web/guest/tin-co-so/-/asset_publisher/<x>/content/<url-title> (alias)"],
    "alias_kinds": ["sub-site article in the Tỉnh uỷ aggregator's portlet (200, canonical)", "print pop-up ?p_p_state=pop_up&…_viewMode=print (200, canonical, JavaScript only)"],
    "quirks": ["agency sub-site articles shown again under /web/guest/tin-co-so (second URL, canonical)",
               "sitemap.xml lists only the Tỉnh uỷ site's layouts", "items-per-page links multiply the listing URLs (finite)",
               "'đ' dropped from friendly URL titles", "deleted article in 'Tin khác' answers 200 with a portlet message",
               "week-calendar portlet trap", "'Thứ Bẩy' spelling"],
    "not_articles": sorted(set(_gone_paths)),
}
