"""Replica site (set 13, A): Trang thông tin điện tử Ban Tuyên giáo Tỉnh uỷ Định Tường, on a Viettel-style provincial
e-portal product (Java / Spring MVC on Tomcat behind nginx; the product's markup and URL shapes are hedged).  An ordinary
site: parent / child categories, paged listings (`?page=N`, 12 a page), home boxes, sidebar 'Tin mới' / 'Xem nhiều',
'Tin liên quan' / 'Tin cùng chuyên mục', tag pages, print view, per-category RSS, sitemap, search, a day-archive trap.
QUIRK 1: every listing page after the first carries `<link rel="canonical">` to page 1 of its listing and
`<meta name="robots" content="noindex, follow">` (the product's SEO setting): a crawler that dedupes by canonical or
drops noindex pages unparsed loses older articles.
QUIRK 2: retitled articles: the route reads only the id, and 'Tin liên quan' boxes and the RSS feeds were cached with
the OLD slug, which answers 200 with the article and a canonical to the new slug.
Ordinary mess: 'Xem nhiều' and 'Tin liên quan' still link three deleted articles (404).
"""
# ==== KERNEL BEGIN (sites13 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 13 kernel: set 12's plumbing unchanged (Truyvan = request, Dapung = reply, chay_app = WSGI wrapper, sitemap /
# RSS writers) and a NEW seeded generator "BienTap" with its own vocabulary and three body styles: 'bai' (news article:
# sapo + 4-5 paragraphs), 'thongbao' (short notice: number, two short paragraphs, an attachment) and 'media' (video /
# audio item: a line of text + a description paragraph + duration).  No markup for pages: every site writes its own
# templates.  No clock: "now" is Monday 10/03/2025 09:45 (UTC+7).
import datetime as _dt
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2025, 3, 10, 9, 45)
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


# ---------------------------------------------------------------- seeded editorial desk
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đoàn", "Trương", "Lưu", "Hà", "Tô", "Cao", "La", "Thái", "Đinh",
       "Khổng", "Vương", "Từ", "Âu", "Mạc", "Quan")
_DEM = ("Văn", "Thị", "Đức", "Xuân", "Quốc", "Thuỳ", "Gia", "Hữu", "Diệu", "Công", "Như", "Trọng")
_TEN = ("Ái", "Bảo", "Châu", "Dũng", "Giang", "Hiền", "Huy", "Kiệt", "Linh", "Lợi", "Nhung", "Phát", "Quyên", "Sang",
        "Thiện", "Thuận", "Trang", "Tuyết", "Uyên", "Việt", "Xuyến", "Hào", "Luân", "Diễm")
_CHUC = ("Phó Bí thư Tỉnh uỷ", "Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Tuyên giáo Tỉnh uỷ", "Phó Trưởng Ban Tuyên giáo Tỉnh uỷ",
         "Bí thư Đảng uỷ Khối các cơ quan tỉnh", "Phó Bí thư Đảng uỷ Khối", "Giám đốc Sở Nội vụ", "Phó Giám đốc Sở Nội vụ",
         "Bí thư Huyện uỷ {H}", "Chủ tịch UBND huyện {H}", "Giám đốc Trung tâm Văn hoá - Thông tin và Thể thao huyện {H}",
         "Bí thư Chi bộ {D}", "Chủ tịch Công đoàn {D}", "Trưởng phòng Văn hoá - Thông tin huyện {H}")
_DON_VI = ("Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh", "Sở Xây dựng",
           "Văn phòng UBND tỉnh", "Bảo hiểm xã hội tỉnh", "Sở Tư pháp", "Thanh tra tỉnh", "Sở Công Thương", "Đài Phát thanh và Truyền hình tỉnh")
_CO_QUAN = ("Ban Thường vụ Tỉnh uỷ", "Ban Tuyên giáo Tỉnh uỷ", "Đảng uỷ Khối các cơ quan tỉnh", "Ban Dân vận Tỉnh uỷ",
            "Sở Nội vụ", "UBND tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh", "Ban Thi đua - Khen thưởng", "Liên đoàn Lao động tỉnh",
            "Huyện đoàn", "UBND huyện", "Trung tâm Văn hoá - Thông tin và Thể thao huyện")
CHU_DE = {
    "nen-tang-tu-tuong": ("Bảo vệ nền tảng tư tưởng", ("đấu tranh phản bác quan điểm sai trái, thù địch", "bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng", "lực lượng nòng cốt 35 cấp tỉnh")),
    "du-luan-xa-hoi": ("Dư luận xã hội", ("nắm bắt dư luận xã hội", "cộng tác viên dư luận xã hội ở cơ sở", "định hướng thông tin trước sự kiện chính trị")),
    "bao-cao-vien": ("Báo cáo viên", ("hội nghị báo cáo viên định kỳ", "thông tin thời sự cho đội ngũ báo cáo viên", "tuyên truyền miệng ở khu dân cư")),
    "hoc-tap-nghi-quyet": ("Học tập nghị quyết", ("học tập, quán triệt nghị quyết Trung ương", "chuyên đề học tập và làm theo Bác năm 2025", "sinh hoạt chi bộ chuyên đề")),
    "dang-bo-khoi": ("Đảng bộ Khối", ("nâng chất sinh hoạt chi bộ ở cơ quan", "phát triển đảng viên trong doanh nghiệp ngoài nhà nước", "kiểm tra, giám sát tổ chức đảng trực thuộc")),
    "sap-xep-bo-may": ("Sắp xếp bộ máy", ("sắp xếp, hợp nhất các sở, ngành", "thực hiện chính sách tinh giản biên chế", "kiện toàn tổ chức đảng sau hợp nhất")),
    "cai-cach-hanh-chinh": ("Cải cách hành chính", ("cải cách thủ tục hành chính", "chỉ số hài lòng của người dân", "dịch vụ công trực tuyến toàn trình")),
    "thi-dua": ("Thi đua - Khen thưởng", ("phong trào thi đua yêu nước", "xét tặng danh hiệu chiến sĩ thi đua", "điển hình tiên tiến trong cơ quan")),
    "van-hoa-co-so": ("Văn hoá cơ sở", ("xây dựng đời sống văn hoá ở khu dân cư", "hội thi văn nghệ quần chúng", "thiết chế văn hoá ấp, khóm")),
    "the-thao": ("Thể dục thể thao", ("giải việt dã truyền thống", "ngày chạy Olympic vì sức khoẻ toàn dân", "giải bóng chuyền nông dân")),
    "ky-niem": ("Ngày lễ lớn", ("kỷ niệm 95 năm Ngày thành lập Đảng", "chào mừng 50 năm Ngày giải phóng miền Nam", "mừng Đảng, mừng Xuân Ất Tỵ")),
    "chuyen-doi-so": ("Chuyển đổi số", ("tổ công nghệ số cộng đồng", "số hoá hồ sơ đảng viên", "ứng dụng phần mềm quản lý văn bản")),
}
_KHUON = {
    "tuyengiao": ["{cq} tổ chức {v}", "Tăng cường {v} trong tình hình mới", "{H}: chú trọng {v}", "Nâng cao chất lượng {v} ở {H}",
                  "Đồng chí {chuc} dự {v} tại {H}", "{cq} sơ kết công tác {v} quý I", "Kinh nghiệm {v} của Đảng bộ {H}"],
    "khoi": ["Đảng bộ {D} với {v}", "Chi bộ {D} chú trọng {v}", "Đảng uỷ Khối kiểm tra {v} tại {D}", "{D} triển khai {v}",
             "Hội nghị chuyên đề về {v} trong Đảng bộ Khối", "Đảng viên {D} gương mẫu trong {v}", "{D}: {n} năm thực hiện {v}"],
    "noivu": ["Sở Nội vụ triển khai {v}", "Tập huấn nghiệp vụ về {v} năm 2025", "{H} thực hiện {v}", "Hướng dẫn {v} cho cán bộ cấp xã",
              "Sở Nội vụ làm việc với {D} về {v}", "Kiểm tra {v} tại UBND huyện {H}"],
    "truyenhinh": ["{H}: {v}", "Xã {X} sôi nổi {v}", "Ấp {A} với {v}", "Người dân {X} hưởng ứng {v}", "{n} đội tham gia {v} ở {H}",
                   "Rộn ràng {v} tại xã {X}", "Tuổi trẻ {X} với {v}"],
}
_VB = ("Nghị quyết số {n}-NQ/TW", "Chỉ thị số {n}-CT/TU", "Kết luận số {n}-KL/TW", "Quy định số {n}-QĐ/TW", "Kế hoạch số {n}-KH/BTGTU",
       "Hướng dẫn số {n}-HD/ĐUK", "Quyết định số {n}/QĐ-UBND", "Công văn số {n}/SNV-TCBC")
_TB = ("Thông báo kết quả xét tuyển viên chức {dv} năm 2024 (vòng {k})", "Thông báo lịch tiếp công dân tháng {m}/{y} của {cq}",
       "Thông báo tuyển dụng công chức {dv} năm 2025", "Thông báo danh sách thí sinh đủ điều kiện dự thi nâng ngạch đợt {k}",
       "Thông báo về việc nghỉ Tết Nguyên đán Ất Tỵ năm 2025 của {dv}", "Thông báo mời chào giá cung cấp {hh} cho {dv}",
       "Thông báo kết luận thanh tra công vụ tại {dv}", "Thông báo lấy ý kiến dự thảo Quyết định về {v}",
       "Thông báo chiêu sinh lớp bồi dưỡng {v} khoá {k}", "Thông báo công khai dự toán ngân sách năm 2025 của {dv}",
       "Quyết định phê duyệt danh sách trúng tuyển {dv} đợt {k}", "Công văn hướng dẫn {v} năm 2025 (lần {k})")
_HANG_HOA = ("thiết bị tin học", "văn phòng phẩm", "dịch vụ bảo trì máy chủ", "in ấn tài liệu", "bàn ghế hội trường", "dịch vụ vệ sinh")
_MEDIA = ("Bản tin thời sự ngày {d}", "Phóng sự: {V}", "Video: {V} tại xã {X}", "Chuyên mục Nông thôn mới: {V}",
          "Tiếng nói cơ sở: {V} ở ấp {A}", "Chương trình Văn hoá - Thể thao: {V}", "Ca khúc: {song}")
_BAI_HAT = ("Quê em mùa nước nổi", "Tình ca sông Cửu", "Mùa xuân trên quê hương", "Bến sông chiều", "Khúc hát người làm muối",
            "Con đường ra đồng", "Lời ru trên đất mới", "Hát về ấp nhỏ", "Đêm trăng Vàm Cỏ", "Cánh cò quê ngoại")


class BienTap:
    """`n` items newest first, dated between `tu_ngay` and BAY_GIO.  chuyen_muc: [(key, weight, giong, kieu)] with
    giong in tuyengiao / khoi / noivu / truyenhinh and kieu in bai / thongbao / media.  Item dict: id, cm, kieu,
    tieu_de, ngay, chu_de, nhan (tags), sapo, doan (paragraphs; for 'bai' each longer than the sapo), chu_thich,
    tac_gia, xem; 'thongbao' adds so_hieu and tep (attachment file name); 'media' adds loai (video / audio), thoi_luong."""

    def __init__(self, seed, n, chuyen_muc, huyen, xa, ap, don_vi=_DON_VI, tu_ngay=_dt.datetime(2024, 8, 1, 7, 0),
                 id_dau=1000, buoc=3, nguon="", ky_hieu="SNV"):
        r = self.r = _rnd.Random(seed)
        self.huyen, self.xa, self.ap, self.don_vi, self.nguon, self.ky_hieu = huyen, xa, ap, don_vi, nguon, ky_hieu
        tui, self.giong, self.kieu = [], {}, {}
        for k, w, g, kieu in chuyen_muc:
            tui += [k] * w
            self.giong[k], self.kieu[k] = g, kieu
        keys = sorted(CHU_DE)
        span = (BAY_GIO - _dt.timedelta(hours=3) - tu_ngay).total_seconds()
        used, items = set(), []
        for i in range(n):
            when = BAY_GIO - _dt.timedelta(hours=3, seconds=span * (i + r.uniform(0.1, 0.9)) / n)
            when = when.replace(hour=min(20, max(7, when.hour)), second=0, microsecond=0)
            if i % len(tui) == 0:
                r.shuffle(tui)
            k = tui[i % len(tui)]
            cd = r.choice(keys)
            for _ in range(200):
                t = self._tieu_de(k, cd, when)
                if t not in used and len(t) <= 125:
                    break
            used.add(t)
            items.append({"id": id_dau + (n - i) * buoc + r.randrange(buoc), "cm": k, "kieu": self.kieu[k], "tieu_de": t,
                          "ngay": when, "chu_de": cd, "nhan": [CHU_DE[cd][0]] + ([r.choice(huyen)] if r.random() < 0.6 else []),
                          "xem": 40 + int(r.expovariate(1 / 520.0))})
        items.sort(key=lambda a: (a["ngay"], a["id"]), reverse=True)
        for a in items:
            {"bai": self._bai, "thongbao": self._thong_bao, "media": self._media}[a["kieu"]](a)
        self.items = items
        self.theo_id = {a["id"]: a for a in items}

    def nguoi(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_DEM), self.r.choice(_TEN))

    def chuc(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.huyen), D=self.r.choice(self.don_vi))

    def vb(self):
        return self.r.choice(_VB).format(n=self.r.randint(3, 199))

    def _tieu_de(self, k, cd, when):
        r = self.r
        kieu = self.kieu[k]
        v = r.choice(CHU_DE[cd][1])
        if kieu == "thongbao":
            t = r.choice(_TB).format(dv=r.choice(self.don_vi), m=when.month, y=when.year, cq=r.choice(("Sở Nội vụ", "Lãnh đạo Sở Nội vụ", "Ban Thi đua - Khen thưởng tỉnh", "Ban Tôn giáo tỉnh")), k=r.randint(1, 4),
                                     hh=r.choice(_HANG_HOA), v=v)
        elif kieu == "media":
            t = r.choice(_MEDIA).format(d=ngay(when), V=v[0].upper() + v[1:], X=r.choice(self.xa), A=r.choice(self.ap),
                                        song=r.choice(_BAI_HAT))
        else:
            t = r.choice(_KHUON[self.giong[k]]).format(
                cq=r.choice(_CO_QUAN), H=r.choice(self.huyen), X=r.choice(self.xa), A=r.choice(self.ap), D=r.choice(self.don_vi),
                v=v, n=r.randint(2, 40), chuc=self.chuc())
        return t[0].upper() + t[1:]

    def _bai(self, a):
        r = self.r
        d, v = a["ngay"], r.choice(CHU_DE[a["chu_de"]][1])
        H, X, D = r.choice(self.huyen), r.choice(self.xa), r.choice(self.don_vi)
        p1, p2, p3 = self.nguoi(), self.nguoi(), self.nguoi()
        a["sapo"] = "%s%s %d/%d, %s đã %s về %s, với sự tham gia của cán bộ chủ chốt các cơ quan, đơn vị." % (
            "(%s) - " % self.nguon if self.nguon else "", r.choice(("Sáng", "Chiều", "Tối")), d.day, d.month, r.choice(_CO_QUAN),
            r.choice(("tổ chức hội nghị", "tổ chức toạ đàm", "có buổi làm việc", "mở lớp tập huấn")), v)
        a["doan"] = [
            "Chủ trì có đồng chí %s, %s và đồng chí %s, %s. Cùng dự có lãnh đạo %s, %s và %d đảng viên, "
            "cộng tác viên đang sinh hoạt tại các chi bộ trên địa bàn huyện %s." % (
                p1, self.chuc(), p2, self.chuc(), r.choice(self.don_vi), D, r.randint(28, 390), H),
            "Báo cáo cho thấy, từ đầu nhiệm kỳ đến nay, việc thực hiện %s gắn với %s đã có %d chuyển biến rõ nét; "
            "%d/%d chi bộ xây dựng kế hoạch riêng, %d tin, bài được đăng tải, thu hút khoảng %s lượt tiếp cận." % (
                self.vb(), v, r.randint(3, 12), r.randint(11, 60), r.randint(61, 95), r.randint(40, 900),
                "{:,}".format(r.randint(1200, 880000)).replace(",", ".")),
            "Tuy vậy, theo đồng chí %s, ở một số nơi việc %s còn hình thức; %d đơn vị chậm gửi báo cáo, nội dung "
            "sinh hoạt chưa phong phú, chưa khai thác tốt mạng xã hội để lan toả các gương tốt ở xã %s." % (
                p2, v, r.randint(2, 17), X),
            "Kết luận %s, đồng chí %s yêu cầu các cấp uỷ tiếp tục quán triệt %s, cụ thể hoá thành chương trình hành "
            "động, hoàn thành %d nhiệm vụ trọng tâm trong quý %s năm 2025 và báo cáo kết quả trước ngày %d/%d." % (
                r.choice(("hội nghị", "buổi làm việc", "toạ đàm")), p1, self.vb(), r.randint(4, 18),
                r.choice(("I", "II")), r.randint(2, 28), r.randint(4, 9)),
        ]
        if r.random() < 0.55:
            a["doan"].append(
                "Nhân dịp này, %s tặng giấy khen cho %d tập thể, %d cá nhân; đồng chí %s, %s chia sẻ cách làm sáng tạo "
                "sau %d năm gắn bó với %s." % (r.choice(_CO_QUAN), r.randint(2, 30), r.randint(4, 55), p3, D, r.randint(2, 30), v))
        a["chu_thich"] = "Quang cảnh %s. Ảnh: %s %s" % (r.choice(("hội nghị", "buổi làm việc", "lớp tập huấn")), r.choice(_HO), r.choice(_TEN))
        a["tac_gia"] = r.choice(("%s", "Tin, ảnh: %s", "Bài, ảnh: %s", "%s (CTV)")) % (r.choice(_HO) + " " + r.choice(_TEN))

    def _thong_bao(self, a):
        r = self.r
        d = a["ngay"]
        a["so_hieu"] = "Số: %d/TB-%s" % (r.randint(12, 980), self.ky_hieu)
        a["tep"] = "%s_%s.%s" % (d.strftime("%Y%m%d"), duong_dan(a["tieu_de"], 48).replace("-", "_"), r.choice(("pdf", "pdf", "pdf", "doc", "docx")))
        a["sapo"] = a["tieu_de"] + "."
        a["doan"] = [
            "Căn cứ %s, %s thông báo đến các cơ quan, đơn vị và cá nhân có liên quan nội dung nêu trên; thời hạn thực "
            "hiện đến hết ngày %d/%d/2025, đầu mối liên hệ: phòng %s, điện thoại 0277.38%02d.%03d." % (
                self.vb(), r.choice(_CO_QUAN[4:6]), r.randint(1, 28), r.randint(3, 6),
                r.choice(("Tổ chức - Biên chế", "Công chức - Viên chức", "Văn phòng Sở", "Xây dựng chính quyền")), r.randint(10, 99), r.randint(0, 999)),
            "Chi tiết xem tại văn bản đính kèm.",
        ]
        a["chu_thich"] = ""
        a["tac_gia"] = r.choice(("Văn phòng Sở", "Phòng Tổ chức - Biên chế", "Phòng Công chức - Viên chức", "Thanh tra Sở"))

    def _media(self, a):
        r = self.r
        v = r.choice(CHU_DE[a["chu_de"]][1])
        a["loai"] = "audio" if a["cm"] in ("phat-thanh",) or r.random() < 0.15 else "video"
        a["thoi_luong"] = "%02d:%02d" % (r.randint(1, 24), r.randint(0, 59))
        a["sapo"] = "%s - %s" % (a["tieu_de"], r.choice(("Đài Truyền thanh huyện", "Trung tâm VH-TT-TT huyện", "Phóng viên cơ sở")))
        a["doan"] = [
            "%s: phóng viên %s ghi nhận tại xã %s, nơi %d hộ dân cùng %s tham gia %s; chương trình dài %s, phát lúc %s "
            "trên sóng FM 99,3 MHz và hệ thống loa truyền thanh %d ấp." % (
                r.choice(("Nội dung chính", "Trong chương trình", "Tóm tắt")), self.nguoi(), r.choice(self.xa), r.randint(20, 600),
                r.choice(_CO_QUAN[9:]), v, a["thoi_luong"], r.choice(("6 giờ", "11 giờ", "17 giờ 30")), r.randint(5, 48)),
        ]
        a["chu_thich"] = ""
        a["tac_gia"] = "%s - %s" % (self.nguoi(), self.nguoi())
# ==== KERNEL END ====

SITE = "Ban Tuyên giáo Tỉnh uỷ Định Tường"
# slug, name, parent slug, weight
CATS = [
    ("tin-tuc", "Tin tức", "", 0),
    ("hoat-dong-ban", "Hoạt động của Ban", "tin-tuc", 5),
    ("tin-trong-tinh", "Tin trong tỉnh", "tin-tuc", 4),
    ("tin-co-so", "Tin cơ sở", "tin-tuc", 4),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", "", 2),
    ("bao-ve-nen-tang-tu-tuong", "Bảo vệ nền tảng tư tưởng của Đảng", "", 3),
    ("hoc-tap-lam-theo-bac", "Học tập và làm theo Bác", "", 2),
    ("tai-lieu-tuyen-truyen", "Tài liệu tuyên truyền", "", 2),
    ("van-hoa-van-nghe", "Văn hoá - Văn nghệ", "", 1),
]
CAT = {c[0]: c for c in CATS}
CHILDREN = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
NEWS = BienTap(13001, 156, [(c[0], c[3], "tuyengiao", "bai") for c in CATS if c[3]],
               ["Cai Lậy", "Châu Thành", "Chợ Gạo", "Cái Bè", "Tân Phước", "Mỹ Tho"],
               ["Long Định", "Tam Hiệp", "Phú Mỹ", "Hậu Mỹ Bắc", "Thạnh Lộc", "Bình Trưng", "Mỹ Phong"],
               ["Ấp 3", "Ấp Mỹ Lợi", "Ấp Bắc", "Ấp Hoà Lạc", "Ấp Tân Hưng"], tu_ngay=_dt.datetime(2024, 6, 3, 7, 0),
               id_dau=71200, buoc=5, nguon="BTGTU", ky_hieu="BTGTU")
ARTS = NEWS.items
BY_ID = NEWS.theo_id
for _i, _a in enumerate(ARTS):
    _a["slug"] = duong_dan(_a["tieu_de"], 90)
    _a["path"] = "/tin-chi-tiet/%d/%s.html" % (_a["id"], _a["slug"])
    _a["old"] = None
    if _i % 11 == 4:          # retitled after publication: the first title survives in cached boxes
        _a["old"] = duong_dan(NEWS.r.choice(("Tin nhanh", "Ban Tuyen giao", "Cap nhat", "Tin moi")) + " " + _a["tieu_de"], 90) + "-" + str(_i)
        _a["old_path"] = "/tin-chi-tiet/%d/%s.html" % (_a["id"], _a["old"])
PER = 12
DELETED = [(71188, "dinh-chinh-thong-tin-ve-hoi-nghi-bao-cao-vien-thang-12"), (71161, "thong-bao-ket-qua-cuoc-thi-tim-hieu-lich-su-dang-bo-tinh"),
           (71139, "video-le-mit-tinh-ky-niem-ngay-thanh-lap-dang")]
DEL_PATHS = ["/tin-chi-tiet/%d/%s.html" % d for d in DELETED]
XEM_NHIEU = sorted(ARTS[5:], key=lambda a: -a["xem"])[:7]
TAGS = {}
for _a in ARTS:
    for _t in _a["nhan"]:
        TAGS.setdefault(duong_dan(_t), (_t, []))[1].append(_a)
ROBOTS = ("User-agent: *\nDisallow: /admin/\nDisallow: /in-bai/\nDisallow: /tim-kiem.html\nDisallow: /api/\nDisallow: /resources/tmp/\n"
          "\nSitemap: {o}/sitemap.xml\n")


def in_cat(slug):
    ids = [slug] + CHILDREN[slug]
    return [a for a in ARTS if a["cm"] in ids]


def cat_url(slug, page=1):
    return "/chuyen-muc/%s.html" % slug + ("?page=%d" % page if page > 1 else "")


def rel_link(a):
    """Cached boxes (Tin liên quan, RSS) keep the slug the article had when the box was built."""
    return a["old_path"] if a["old"] else a["path"]


def menu():
    out = ['<li class="nav-item active"><a class="nav-link" href="/"><i class="icon-home"></i></a></li>',
           '<li class="nav-item"><a class="nav-link" href="/gioi-thieu.html">Giới thiệu</a></li>']
    for c in CATS:
        if c[2]:
            continue
        subs = "".join('<li><a href="%s">%s</a></li>' % (cat_url(d), x(CAT[d][1])) for d in CHILDREN[c[0]])
        out.append('<li class="nav-item dropdown"><a class="nav-link" href="%s">%s</a>%s</li>' % (
            cat_url(c[0]), x(c[1]), '<ul class="dropdown-menu">%s</ul>' % subs if subs else ""))
    return '<ul class="navbar-nav vt-menu">%s</ul>' % "".join(out)


def sidebar():
    tm = "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:10])
    xn = [(a["path"], a["tieu_de"]) for a in XEM_NHIEU]
    xn.insert(3, (DEL_PATHS[0], "Đính chính thông tin về Hội nghị báo cáo viên tháng 12"))
    xn = "".join('<li><span class="stt">%02d</span><a href="%s">%s</a></li>' % (i + 1, u, x(t)) for i, (u, t) in enumerate(xn))
    return """<aside class="col-lg-4 vt-sidebar">
<div class="vt-box"><h3 class="vt-box-title">Tin mới</h3><ul class="vt-list">%s</ul></div>
<div class="vt-box"><h3 class="vt-box-title">Xem nhiều</h3><ul class="vt-list most">%s</ul></div>
<div class="vt-box"><h3 class="vt-box-title">Tin theo ngày</h3><p><a href="/tin-theo-ngay?ngay=%s">Xem tin ngày %s</a></p></div>
<div class="vt-box banner"><a href="%s"><img src="/resources/upload/banner/bao-ve-nen-tang.png" alt="Bảo vệ nền tảng tư tưởng của Đảng"></a><a href="https://tuyengiao.vn.example/" target="_blank"><img src="/resources/upload/banner/tctg.png" alt="Tạp chí Tuyên giáo"></a><a href="/rss.html"><img src="/resources/images/rss.png" alt="RSS"></a></div>
</aside>""" % (tm, xn, ngay(BAY_GIO, "-"), ngay(BAY_GIO), cat_url("bao-ve-nen-tang-tu-tuong"))


def layout(tv, title, main, canonical=None, status=200, crumbs=(), head=""):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    bc = ""
    if crumbs:
        bc = '<nav class="vt-breadcrumb"><a href="/">Trang chủ</a>%s</nav>' % "".join(' <span>/</span> <a href="%s">%s</a>' % (u, x(t)) for u, t in crumbs)
    return Dapung("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
%s%s
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
<link rel="stylesheet" href="/resources/vtportal/css/bootstrap.min.css?v=3.2.1">
<link rel="stylesheet" href="/resources/vtportal/css/portal.css?v=3.2.1">
</head>
<body class="vt-portal">
<div class="vt-topbar"><div class="container"><span>%s, %s</span><a href="/admin/login" class="float-right">Đăng nhập</a></div></div>
<header class="vt-header"><div class="container"><a href="/" class="vt-logo"><img src="/resources/upload/logo-btg.png" alt="%s"></a><div class="vt-brand"><p class="l1">ĐẢNG BỘ TỈNH ĐỊNH TƯỜNG</p><p class="l2">BAN TUYÊN GIÁO TỈNH UỶ</p></div>
<form class="vt-search" action="/tim-kiem.html" method="get"><input type="text" name="tu-khoa" placeholder="Nhập từ khoá..."><button type="submit">Tìm</button></form></div></header>
<nav class="navbar navbar-expand-lg vt-nav"><div class="container">%s</div></nav>
<main class="container"><div class="row"><div class="col-lg-8 vt-main">%s%s</div>%s</div></main>
<footer class="vt-footer"><div class="container"><div>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH UỶ ĐỊNH TƯỜNG</div><div>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Chịu trách nhiệm: Trưởng Ban Tuyên giáo Tỉnh uỷ.</div><div>Địa chỉ: số 4 đường 30/4, phường 1, thành phố Mỹ Tho. Điện thoại: 0273.3872.xxx.</div><div class="vendor">Phát triển bởi Viettel Định Tường</div></div></footer>
<script src="/resources/vtportal/js/jquery-3.6.0.min.js"></script><script src="/resources/vtportal/js/portal.js?v=3.2.1"></script>
</body>
</html>""" % (x(title), x(SITE), can, head, thu(BAY_GIO), ngay(BAY_GIO), x(SITE), menu(), bc, main, sidebar()), status)


def card(a, lead=True):
    return """<article class="vt-item"><a class="thumb" href="%s"><img src="/resources/upload/%s/%d_s.jpg" alt="%s"></a><h3><a href="%s">%s</a></h3><div class="vt-meta"><span class="date">%s %s</span></div>%s</article>""" % (
        a["path"], a["ngay"].strftime("%Y/%m/%d"), a["id"], x(a["tieu_de"]), a["path"], x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]),
        '<div class="sapo">%s</div>' % x(a["sapo"]) if lead else "")


def home(tv):
    top = ARTS[:5]
    out = ['<section class="vt-focus"><div class="big">%s</div><ul>%s</ul></section>' % (
        card(top[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in top[1:]))]
    for c in CATS:
        if c[2]:
            continue
        lst = in_cat(c[0])[:5]
        subs = "".join('<a class="sub" href="%s">%s</a>' % (cat_url(d), x(CAT[d][1])) for d in CHILDREN[c[0]])
        out.append('<section class="vt-cat-box"><h2 class="vt-box-title"><a href="%s">%s</a>%s</h2><div class="row"><div class="col-md-6">%s</div><div class="col-md-6"><ul class="vt-list">%s</ul></div></div></section>' % (
            cat_url(c[0]), x(c[1]), subs, card(lst[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in lst[1:])))
    return layout(tv, "Trang chủ", "".join(out), canonical="/")


def pager(base, page, n):
    if n <= 1:
        return ""
    u = lambda i: base + ("?page=%d" % i if i > 1 else "")
    out = ['<ul class="pagination">']
    if page > 1:
        out.append('<li class="page-item"><a class="page-link" href="%s">« Trang trước</a></li>' % u(page - 1))
    shown = sorted({1, n} | set(range(max(1, page - 2), min(n, page + 2) + 1)))
    last = 0
    for i in shown:
        if i - last > 1:
            out.append('<li class="page-item disabled"><span>…</span></li>')
        out.append('<li class="page-item active"><span class="page-link">%d</span></li>' % i if i == page else
                   '<li class="page-item"><a class="page-link" href="%s">%d</a></li>' % (u(i), i))
        last = i
    if page < n:
        out.append('<li class="page-item"><a class="page-link" href="%s">Trang sau »</a></li>' % u(page + 1))
    return "".join(out) + "</ul>"


def listing(tv, title, base, lst, crumbs):
    page = tv.so("page", 1, 1, 100000) or 1
    chunks = chia(lst, PER)
    if page > len(chunks):
        body = '<p class="empty">Chưa có bài viết trong mục này.</p>'
    else:
        body = "".join(card(a) for a in chunks[page - 1]) + pager(base, page, len(chunks))
    # QUIRK 1: SEO setting of the product: every page of a listing is 'the same document' as its first page
    head = '<meta name="robots" content="noindex, follow">' if page > 1 else ""
    return layout(tv, title + (" - Trang %d" % page if page > 1 else ""), '<section class="vt-list-page"><h1>%s</h1>%s</section>' % (x(title), body),
                  canonical=base, crumbs=crumbs, head=head)


def category(tv, slug):
    c = CAT[slug]
    crumbs = ([(cat_url(c[2]), CAT[c[2]][1])] if c[2] else []) + [(cat_url(slug), c[1])]
    return listing(tv, c[1], cat_url(slug), in_cat(slug), crumbs)


def tag_page(tv, key):
    name, lst = TAGS[key]
    return listing(tv, "Từ khoá: " + name, "/tu-khoa/%s.html" % key, lst, [("/tu-khoa/%s.html" % key, name)])


def body_html(a):
    img = '<figure class="image"><img src="/resources/upload/%s/%d.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (
        a["ngay"].strftime("%Y/%m/%d"), a["id"], x(a["tieu_de"]), x(a["chu_thich"]))
    ps = ['<p style="text-align:justify">%s</p>' % x(p) for p in a["doan"]]
    ps.insert(1, img)
    if a["cm"] == "tai-lieu-tuyen-truyen":
        ps.append('<div class="attach"><b>Tài liệu đính kèm:</b> <a href="/resources/upload/tailieu/%d.pdf">De-cuong-tuyen-truyen-%d.pdf</a></div>' % (a["id"], a["id"]))
    return "".join(ps) + '<p class="author" style="text-align:right"><strong>%s</strong></p>' % x(a["tac_gia"])


def article(tv, a):
    c = CAT[a["cm"]]
    crumbs = ([(cat_url(c[2]), CAT[c[2]][1])] if c[2] else []) + [(cat_url(c[0]), c[1])]
    idx = ARTS.index(a)
    rel = [b for b in ARTS[idx + 1:] if b["chu_de"] == a["chu_de"]][:5]
    rel_items = [(rel_link(b), b["tieu_de"]) for b in rel]
    if idx % 17 == 3:
        rel_items.insert(2, (DEL_PATHS[1 + idx % 2], "Bài viết đã gỡ"))
    same = [b for b in ARTS[idx + 1:] if b["cm"] == a["cm"]][:6]
    tags = " ".join('<a href="/tu-khoa/%s.html">%s</a>' % (duong_dan(t), x(t)) for t in a["nhan"])
    main = """<article class="vt-detail"><h1 class="title">%s</h1>
<div class="vt-meta"><span class="date">%s, %s | %s</span> <span class="views">Lượt xem: %d</span>
<span class="tools"><a href="/in-bai/%d.html" target="_blank">In bài</a> <a href="javascript:void(0)" onclick="fontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span></div>
<div class="sapo"><strong>%s</strong></div>
<div class="content">%s</div>
<div class="tags">Từ khoá: %s</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Facebook</a> <a href="https://zalo.me/share?u=%s" target="_blank">Zalo</a></div>
</article>
<section class="vt-related"><h3 class="vt-box-title">Tin liên quan</h3><ul>%s</ul></section>
<section class="vt-related"><h3 class="vt-box-title">Tin cùng chuyên mục</h3><ul>%s</ul></section>""" % (
        x(a["tieu_de"]), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], a["id"], x(a["sapo"]), body_html(a), tags,
        ma_hoa(tv.origin + a["path"]), ma_hoa(tv.origin + a["path"]),
        "".join('<li><a href="%s">%s</a></li>' % (u, x(t)) for u, t in rel_items),
        "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (b["path"], x(b["tieu_de"]), ngay(b["ngay"])) for b in same))
    return layout(tv, a["tieu_de"], main, canonical=a["path"], crumbs=crumbs,
                  head='<meta property="og:title" content="%s"><meta property="og:url" content="%s%s">' % (x(a["tieu_de"]), tv.origin, a["path"]))


def print_view(tv, a):
    return Dapung("""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title><link rel="canonical" href="%s%s"></head>
<body onload="window.print()"><div class="print-head">BAN TUYÊN GIÁO TỈNH UỶ ĐỊNH TƯỜNG</div><h1>%s</h1><div>%s %s</div><div><strong>%s</strong></div>%s</body></html>""" % (
        x(a["tieu_de"]), tv.origin, a["path"], x(a["tieu_de"]), gio(a["ngay"]), ngay(a["ngay"]), x(a["sapo"]), body_html(a)))


def day_archive(tv):
    m = _re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", tv.q.get("ngay", ""))
    try:
        d = _dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:
        d = None
    if d is None:
        return layout(tv, "Tin theo ngày", '<p class="empty">Ngày không hợp lệ.</p>', status=400)
    lst = [a for a in ARTS if a["ngay"].date() == d.date()]
    prev, nxt = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    nav = '<p class="day-nav"><a href="/tin-theo-ngay?ngay=%s">« Ngày trước</a> | <a href="/tin-theo-ngay?ngay=%s">Ngày sau »</a></p>' % (ngay(prev, "-"), ngay(nxt, "-"))
    body = "".join(card(a, False) for a in lst) or '<p class="empty">Không có tin trong ngày này.</p>'
    return layout(tv, "Tin ngày " + ngay(d), '<section class="vt-list-page"><h1>Tin ngày %s</h1>%s%s</section>' % (ngay(d), nav, body))


def search(tv):
    kw = tv.q.get("tu-khoa", "").strip()
    hits = [a for a in ARTS if kw and kw.lower() in a["tieu_de"].lower()][:24]
    body = "".join(card(a, False) for a in hits) or '<p class="empty">Không tìm thấy kết quả.</p>'
    return layout(tv, "Tìm kiếm", '<section class="vt-list-page"><h1>Kết quả tìm kiếm: %s</h1>%s</section>' % (x(kw), body))


def feed(tv, key):
    if key == "tin-moi":
        lst, name = ARTS[:20], "Tin mới"
    elif key in CAT:
        lst, name = in_cat(key)[:20], CAT[key][1]
    else:
        return None
    return rss(tv.origin, "%s - %s" % (name, SITE), "/", [(a["tieu_de"], rel_link(a), a["ngay"], a["sapo"]) for a in lst])


def not_found(tv):
    return layout(tv, "Không tìm thấy trang", '<div class="vt-404"><h1>404</h1><p class="msg">Trang bạn tìm không tồn tại hoặc đã bị xoá.</p><a href="/">Về trang chủ</a></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS.format(o=tv.origin), 200, "text/plain;charset=UTF-8")
    if p in ("/", "/trang-chu.html"):
        return home(tv)
    if p == "/index.html":
        return chuyen("/", 301)
    m = _re.fullmatch(r"/tin-chi-tiet/(\d+)/([^/]+)\.html", p)
    if m:
        a = BY_ID.get(int(m.group(1)))
        return article(tv, a) if a else not_found(tv)
    m = _re.fullmatch(r"/in-bai/(\d+)\.html", p)
    if m and int(m.group(1)) in BY_ID:
        return print_view(tv, BY_ID[int(m.group(1))])
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)\.html", p)
    if m and m.group(1) in CAT:
        return category(tv, m.group(1))
    m = _re.fullmatch(r"/tu-khoa/([a-z0-9-]+)\.html", p)
    if m and m.group(1) in TAGS:
        return tag_page(tv, m.group(1))
    m = _re.fullmatch(r"/rss/([a-z-]+)\.rss", p)
    if m:
        return feed(tv, m.group(1)) or not_found(tv)
    if p == "/rss.html":
        rows = '<li><a href="/rss/tin-moi.rss">Tin mới</a></li>' + "".join('<li><a href="/rss/%s.rss">%s</a></li>' % (c[0], x(c[1])) for c in CATS)
        return layout(tv, "RSS", '<section><h1>Kênh RSS</h1><ul>%s</ul></section>' % rows)
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", BAY_GIO, "hourly")] + [(cat_url(c[0]), None, "daily") for c in CATS] +
                      [(a["path"], a["ngay"], None) for a in ARTS])
    if p == "/tin-theo-ngay":
        return day_archive(tv)
    if p == "/tim-kiem.html":
        return search(tv)
    if p == "/gioi-thieu.html":
        return layout(tv, "Giới thiệu", '<section><h1>Giới thiệu</h1><div>Ban Tuyên giáo Tỉnh uỷ là cơ quan tham mưu, giúp việc của Tỉnh uỷ về công tác tuyên giáo.</div></section>')
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx"), ("X-Frame-Options", "SAMEORIGIN")])

# ---------------------------------------------------------------- manifest
_old = [a for a in ARTS if a["old"]]
_leaf = "hoat-dong-ban"
_n = len(chia(in_cat(_leaf), PER))
MANIFEST = {
    "family": "Viettel-style provincial e-portal of a Ban Tuyên giáo Tỉnh uỷ (Java / Spring MVC behind nginx, Ban Tuyên giáo "
              "Tỉnh uỷ Định Tường): ordinary site; paged listings canonical to page 1 + noindex; retitled articles' old slugs",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ([a["old_path"]] if a["old"] else []) + ["/in-bai/%d.html" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/in-bai/", "/tim-kiem.html", "/api/"],
    "trap_prefixes": ["/tin-theo-ngay"],
    "notes": (
        "Articles /tin-chi-tiet/<id>/<slug>.html (the route reads the id only). Menu: 'Tin tức' (Hoạt động của Ban, Tin trong "
        "tỉnh, Tin cơ sở) and five single categories incl. 'Tài liệu tuyên truyền' (articles with a PDF attachment). Listings "
        "/chuyen-muc/<slug>.html?page=N (%d a page; '« Trang trước 1 … window … N Trang sau »'; past the end 200 'Chưa có bài "
        "viết'); a parent listing shows its children's articles. QUIRK 1: pages 2+ of every listing (categories and tags) carry "
        "<link rel=canonical> to page 1 and <meta name=robots content='noindex, follow'>. QUIRK 2: %d retitled articles: "
        "'Tin liên quan' and the RSS feeds link them under their OLD slug (200, canonical to the new slug; listed as aliases). "
        "Home: 'Tiêu điểm' 5, a box per top category (5 each). Sidebar: 'Tin mới' 10, 'Xem nhiều' 8 (one deleted: 404), 'Tin "
        "theo ngày' link. Article: date 'Thứ Hai, 10/03/2025 | 08:15', tags /tu-khoa/<slug>.html (paged like categories), 'Tin "
        "liên quan' 5 (same topic; some list a deleted article), 'Tin cùng chuyên mục' 6, print /in-bai/<id>.html "
        "(robots-disallowed; 200 canonical; alias). RSS /rss.html -> /rss/<slug>.rss (20 newest). Sitemap /sitemap.xml "
        "(complete, canonical URLs). Search /tim-kiem.html?tu-khoa= (robots-disallowed). Trap: /tin-theo-ngay?ngay=dd-mm-yyyy "
        "« Ngày trước | Ngày sau » forever. /index.html 301 to /." % (PER, len(_old))),
}
SELFTEST = [
    {"path": cat_url(_leaf, _n), "status": 200, "contains": in_cat(_leaf)[-1]["tieu_de"]},
    {"path": cat_url(_leaf, 2), "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % cat_url(_leaf)},
    {"path": cat_url(_leaf, 2), "status": 200, "contains": "noindex, follow"},
    {"path": cat_url(_leaf, _n + 1), "status": 200, "contains": "Chưa có bài viết"},
    {"path": _old[0]["old_path"], "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % _old[0]["path"]},
    {"path": DEL_PATHS[0], "status": 404, "contains": "không tồn tại"},
    {"path": "/index.html", "status": 301, "location": "/"},
    {"path": "/rss/tin-moi.rss", "status": 200, "contains": "<rss"},
    {"path": "/tin-theo-ngay?ngay=01-01-1999", "status": 200, "contains": "Không có tin"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<slug>.html -> ?page=N (canonical to page 1, noindex) -> /tin-chi-tiet/<id>/<slug>.html",
               "article -> 'Tin liên quan' -> /tin-chi-tiet/<id>/<old-slug>.html (alias, canonical to the new slug)"],
    "alias_kinds": ["old slug of a retitled article (200, canonical)", "print /in-bai/<id>.html (200, canonical, robots-disallowed)"],
    "quirks": ["listing pages 2+ canonical to page 1 with noindex, follow", "retitled articles linked under their old slug from cached boxes and RSS",
               "deleted articles still linked from 'Xem nhiều' / 'Tin liên quan' (404)", "day-archive trap"],
    "not_articles": DEL_PATHS,
}
