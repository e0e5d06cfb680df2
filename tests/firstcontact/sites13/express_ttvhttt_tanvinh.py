"""Replica site (set 13, D): Trang thông tin điện tử Trung tâm Văn hoá - Thông tin và Thể thao huyện Tân Vĩnh (tỉnh
Sa Đéc), a district broadcaster on a small local vendor's CMS (Node.js / Express with Nunjucks templates behind nginx).
An ordinary site: news sections, a 'Video' section and a 'Phát thanh' (radio) section whose items are media articles
(a line of text, an HTML5 <video> / <audio> player, a description), paged listings (`?trang=N`), home boxes, sidebar
'Tin mới' / 'Xem nhiều', 'Tin cùng chuyên mục', a podcast RSS with enclosures, a sitemap, a search form, a live page and
a day trap ('Lịch phát sóng').
QUIRK 1: the media pages' playlist boxes ('Video khác', 'Bản tin khác') link every item with `?autoplay=1`: 200, the
same page, canonical to the plain URL (listed aliases).  Each media item also has a bare player page `/embed/<id>`
(linked as 'Mở trình phát riêng'): the title and the player only, not an article (SUMMARY not_articles).
QUIRK 2: the daily radio bulletins are near-duplicates: 'Bản tin thời sự ngày dd/mm/yyyy', one templated paragraph that
differs only by the day's headlines and names.  Each is a separate article.
Ordinary mess: 'Video khác' still links two removed videos (404).
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

SITE = "Trung tâm Văn hoá - Thông tin và Thể thao huyện Tân Vĩnh"
# slug, name, parent, weight, kind
CATS = [
    ("tin-tuc", "Tin tức", "", 0, ""),
    ("thoi-su", "Thời sự", "tin-tuc", 4, "bai"),
    ("van-hoa-the-thao", "Văn hoá - Thể thao", "tin-tuc", 3, "bai"),
    ("video", "Video", "", 4, "media"),
    ("phat-thanh", "Phát thanh", "", 3, "media"),
]
CAT = {c[0]: c for c in CATS}
KIDS = {c[0]: [d[0] for d in CATS if d[2] == c[0]] for c in CATS}
NEWS = BienTap(13004, 126, [(c[0], c[3], "truyenhinh", c[4]) for c in CATS if c[3]],
               ["Tân Vĩnh", "Lấp Vò", "Châu Thành", "Sa Đéc"],
               ["Tân Phước", "Long Hậu", "Định Yên", "Hoà Long", "Vĩnh Thới", "Tân Thành"], ["Hoà Khánh", "An Thạnh", "Long Thắng", "Tân Lập"],
               tu_ngay=_dt.datetime(2024, 9, 2, 7, 0), id_dau=900, buoc=2, nguon="TTVHTTTTV", ky_hieu="TTVH")
ARTS = NEWS.items
BY_ID = NEWS.theo_id
_news = [a for a in ARTS if a["kieu"] == "bai"]
_days = {}
for _a in ARTS:
    if _a["cm"] == "phat-thanh":          # QUIRK 2: daily bulletins, one template
        d = _a["ngay"]
        n = _days.get(d.date(), 0)
        _days[d.date()] = n + 1
        _a["tieu_de"] = "Bản tin thời sự %sngày %s" % (("trưa ", "chiều ", "tối ")[n - 1] if n else "", ngay(d))
        _a["loai"] = "audio"
        heads = [b["tieu_de"] for b in _news if b["ngay"] <= d][:3] or [b["tieu_de"] for b in _news[-3:]]
        _a["doan"] = ["Bản tin thời sự ngày %s của Đài Truyền thanh huyện Tân Vĩnh gồm các nội dung: %s. Biên tập: %s; phát thanh "
                      "viên: %s; thời lượng %s." % (ngay(d), "; ".join(heads), NEWS.nguoi(), NEWS.nguoi(), _a["thoi_luong"])]
        _a["sapo"] = "Mời quý vị và các bạn nghe bản tin thời sự ngày %s." % ngay(d)
    _a["sec"] = "tin-tuc" if _a["kieu"] == "bai" else _a["cm"]
    _a["path"] = "/%s/%s-%d" % (_a["sec"], duong_dan(_a["tieu_de"], 80), _a["id"])
BY_PATH = {a["path"]: a for a in ARTS}
MEDIA = [a for a in ARTS if a["kieu"] == "media"]
PER = {"thoi-su": 10, "van-hoa-the-thao": 10, "tin-tuc": 10, "video": 12, "phat-thanh": 12}
REMOVED = ["/video/video-le-ra-quan-xay-dung-nong-thon-moi-nam-2025-877", "/video/phong-su-mua-xuan-tren-que-huong-862"]
XEM_NHIEU = sorted(ARTS[4:], key=lambda a: -a["xem"])[:6]
ROBOTS = "User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /tim-kiem\nAllow: /\n\nSitemap: {o}/sitemap.xml\n"


def in_cat(slug):
    ids = [slug] + KIDS[slug]
    return [a for a in ARTS if a["cm"] in ids]


def cat_url(slug, page=1):
    return "/chuyen-muc/%s" % slug + ("?trang=%d" % page if page > 1 else "")


def nav():
    out = ['<a href="/" class="nav-link active">Trang chủ</a>']
    for c in CATS:
        if not c[2]:
            out.append('<a href="%s" class="nav-link">%s</a>' % (cat_url(c[0]), x(c[1])))
        else:
            out.append('<a href="%s" class="nav-link sub">%s</a>' % (cat_url(c[0]), x(c[1])))
    out.append('<a href="/truc-tiep" class="nav-link live">● Trực tiếp</a><a href="/lich-phat-song?ngay=2025-03-10" class="nav-link">Lịch phát sóng</a>')
    return '<nav class="main-nav">%s</nav>' % "".join(out)


def aside():
    return """<aside class="sidebar">
<section class="widget"><h3 class="widget-title">Tin mới</h3><ul>%s</ul></section>
<section class="widget"><h3 class="widget-title">Xem nhiều</h3><ol>%s</ol></section>
<section class="widget"><h3 class="widget-title">Nghe - Xem trực tiếp</h3><p><a href="/truc-tiep">Đài Truyền thanh huyện Tân Vĩnh - FM 99,3 MHz</a></p></section>
<section class="widget"><h3 class="widget-title">Podcast</h3><p><a href="/podcast.xml">Đăng ký nhận bản tin (RSS)</a></p></section>
</aside>""" % ("".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in ARTS[:8]),
               "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in XEM_NHIEU))


def layout(tv, title, main, canonical=None, status=200, head=""):
    can = '<link rel="canonical" href="%s%s">' % (tv.origin, canonical) if canonical else ""
    return Dapung("""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s - TTVHTTTT Tân Vĩnh</title>
%s%s
<link rel="alternate" type="application/rss+xml" title="Podcast Tân Vĩnh" href="/podcast.xml">
<link rel="stylesheet" href="/static/css/app.min.css?v=1.8.4">
</head>
<body>
<header class="site-header"><div class="wrap"><a href="/" class="brand"><img src="/static/img/logo-tvh.png" alt="TTVHTTTT"><span>TRUNG TÂM VĂN HOÁ - THÔNG TIN VÀ THỂ THAO HUYỆN TÂN VĨNH</span></a>
<form action="/tim-kiem" method="get" class="search"><input type="search" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div>%s</header>
<div class="wrap page"><main class="content">%s</main>%s</div>
<footer class="site-footer"><div class="wrap"><p class="ft">Trung tâm Văn hoá - Thông tin và Thể thao huyện Tân Vĩnh. Địa chỉ: khóm 1, thị trấn Tân Vĩnh, tỉnh Sa Đéc. Chịu trách nhiệm nội dung: Giám đốc Trung tâm.</p></div></footer>
<script src="/static/js/app.min.js?v=1.8.4" defer></script>
</body>
</html>""" % (x(title), can, head, nav(), main, aside()), status)


def thumb(a):
    return "/uploads/%s/%d-thumb.jpg" % (a["ngay"].strftime("%Y/%m"), a["id"])


def card(a):
    icon = {"video": '<span class="badge play">▶ %s</span>', "audio": '<span class="badge audio">♪ %s</span>'}.get(a.get("loai"), "%s")
    return '<article class="card"><a href="%s" class="card-img"><img src="%s" alt="">%s</a><h3 class="card-title"><a href="%s">%s</a></h3><time datetime="%s">%s</time></article>' % (
        a["path"], thumb(a), icon % a["thoi_luong"] if a.get("loai") else "", a["path"], x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M:00+07:00"), ngay(a["ngay"]))


def home(tv):
    news = _news[:4]
    vids = [a for a in MEDIA if a["cm"] == "video"][:6]
    radio = [a for a in MEDIA if a["cm"] == "phat-thanh"][:5]
    main = '<section class="hero">%s<ul>%s</ul></section>' % (card(news[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in news[1:]))
    main += '<section class="box"><h2 class="box-title"><a href="%s">Video</a></h2><div class="grid">%s</div></section>' % (cat_url("video"), "".join(card(a) for a in vids))
    main += '<section class="box"><h2 class="box-title"><a href="%s">Phát thanh</a></h2><ul class="radio-list">%s</ul></section>' % (
        cat_url("phat-thanh"), "".join('<li><a href="%s">%s</a><audio controls preload="none" src="/media/%s/%d.mp3"></audio></li>' % (
            a["path"], x(a["tieu_de"]), a["ngay"].strftime("%Y/%m"), a["id"]) for a in radio))
    for s in ("thoi-su", "van-hoa-the-thao"):
        main += '<section class="box"><h2 class="box-title"><a href="%s">%s</a></h2><div class="grid">%s</div></section>' % (cat_url(s), x(CAT[s][1]), "".join(card(a) for a in in_cat(s)[:4]))
    return layout(tv, "Trang chủ", main, canonical="/")


def listing(tv, slug):
    c = CAT[slug]
    page = tv.so("trang", 1, 1, 100000) or 1
    chunks = chia(in_cat(slug), PER[slug])
    if page > len(chunks):
        return not_found(tv)
    n = len(chunks)
    pg = ""
    if n > 1:
        pg = '<nav class="pagination">%s%s%s</nav>' % (
            '<a href="%s" class="prev">‹</a>' % cat_url(slug, page - 1) if page > 1 else "",
            "".join('<span class="current">%d</span>' % i if i == page else '<a href="%s">%d</a>' % (cat_url(slug, i), i) for i in range(1, n + 1)),
            '<a href="%s" class="next">›</a>' % cat_url(slug, page + 1) if page < n else "")
    subs = "".join('<a href="%s" class="chip">%s</a>' % (cat_url(k), x(CAT[k][1])) for k in KIDS[slug])
    return layout(tv, c[1], '<h1 class="page-title">%s</h1>%s<div class="grid">%s</div>%s' % (x(c[1]), subs, "".join(card(a) for a in chunks[page - 1]), pg),
                  canonical=cat_url(slug, page))


def media_src(a):
    base = "/media/%s/%d" % (a["ngay"].strftime("%Y/%m"), a["id"])
    if a["loai"] == "audio":
        return '<audio id="player" controls preload="metadata"><source src="%s.mp3" type="audio/mpeg">Trình duyệt không hỗ trợ audio.</audio>' % base
    return '<video id="player" controls preload="none" poster="%s" width="100%%"><source src="%s.mp4" type="video/mp4">Trình duyệt không hỗ trợ video.</video>' % (thumb(a), base)


def detail(tv, a):
    idx = ARTS.index(a)
    c = CAT[a["cm"]]
    if a["kieu"] == "media":
        pl = [b for b in MEDIA if b["cm"] == a["cm"] and b is not a and b["ngay"] < a["ngay"]][:8] or [b for b in MEDIA if b["cm"] == a["cm"] and b is not a][:8]
        rows = [(b["path"] + "?autoplay=1", b["tieu_de"], b["thoi_luong"]) for b in pl]
        if a["cm"] == "video" and idx % 5 == 2:
            rows.insert(2, (REMOVED[idx % 2], "Video đã gỡ", "03:10"))
        box = "Video khác" if a["cm"] == "video" else "Bản tin khác"
        main = """<article class="media-detail"><h1 class="title">%s</h1><div class="meta"><time datetime="%s">%s, %s %s</time> · <span>%d lượt xem</span> · <span>Thời lượng %s</span></div>
<div class="player-wrap">%s</div>
<div class="desc">%s</div>
<p class="credit"><em>%s</em></p>
<div class="tools"><a href="/embed/%d" target="_blank">Mở trình phát riêng</a> · <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Chia sẻ</a></div>
</article>
<section class="playlist"><h3>%s</h3><ul>%s</ul></section>""" % (
            x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M"), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), a["xem"], a["thoi_luong"], media_src(a),
            "".join("<p>%s</p>" % x(p) for p in a["doan"]), x(a["tac_gia"]), a["id"], ma_hoa(tv.origin + a["path"]), box,
            "".join('<li><a href="%s">%s</a> <span class="dur">%s</span></li>' % (u, x(t), d) for u, t, d in rows))
        head = '<meta property="og:type" content="video.other"><meta property="og:video" content="%s/embed/%d">' % (tv.origin, a["id"])
    else:
        same = [b for b in ARTS if b["cm"] == a["cm"] and b["ngay"] < a["ngay"]][:6]
        ps = ["<p>%s</p>" % x(p) for p in a["doan"]]
        ps.insert(2, '<figure><img src="/uploads/%s/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (a["ngay"].strftime("%Y/%m"), a["id"], x(a["chu_thich"])))
        main = """<article class="post"><div class="crumbs"><a href="/">Trang chủ</a> › <a href="%s">%s</a></div><h1 class="title">%s</h1>
<div class="meta"><time datetime="%s">%s, %s %s</time></div><p class="lead"><strong>%s</strong></p>%s<p class="author"><strong>%s</strong></p></article>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>%s</ul></section>""" % (
            cat_url(c[0]), x(c[1]), x(a["tieu_de"]), a["ngay"].strftime("%Y-%m-%dT%H:%M"), thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]),
            "".join(ps), x(a["tac_gia"]), "".join('<li><a href="%s">%s</a></li>' % (b["path"], x(b["tieu_de"])) for b in same))
        head = ""
    return layout(tv, a["tieu_de"], main, canonical=a["path"], head=head)


def embed(tv, a):
    return Dapung('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/static/css/embed.css"></head><body class="embed"><div class="embed-title">%s</div>%s<a href="%s" target="_blank" class="logo">TTVHTTTT Tân Vĩnh</a></body></html>' % (
        x(a["tieu_de"]), x(a["tieu_de"]), media_src(a), a["path"]))


def schedule(tv):
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", tv.q.get("ngay", ""))
    try:
        d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        d = None
    if d is None:
        return not_found(tv)
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (h, t) for h, t in (("05:30", "Tiếp sóng Đài Tiếng nói Việt Nam"), ("06:00", "Bản tin thời sự buổi sáng"),
                                                                         ("11:00", "Chuyên mục Nông thôn mới"), ("17:30", "Bản tin thời sự buổi chiều")))
    p, n = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    return layout(tv, "Lịch phát sóng", '<h1 class="page-title">Lịch phát sóng ngày %s</h1><p class="day-nav"><a href="/lich-phat-song?ngay=%s">« Hôm trước</a> | <a href="/lich-phat-song?ngay=%s">Hôm sau »</a></p><table class="schedule">%s</table>' % (
        d.strftime("%d/%m/%Y"), p.isoformat(), n.isoformat(), rows))


def podcast(tv):
    lst = [a for a in MEDIA if a["loai"] == "audio"][:30]
    return rss(tv.origin, "Đài Truyền thanh huyện Tân Vĩnh", "/chuyen-muc/phat-thanh", [(a["tieu_de"], a["path"], a["ngay"], a["sapo"]) for a in lst],
               extra=lambda i: '<enclosure url="%s/media/%s/%d.mp3" length="%d" type="audio/mpeg"/>' % (tv.origin, lst[i]["ngay"].strftime("%Y/%m"), lst[i]["id"], 2400000 + i * 1000))


def not_found(tv):
    return layout(tv, "404", '<div class="notfound"><h1>404</h1><div>Nội dung không tồn tại hoặc đã bị gỡ.</div><a href="/">Trang chủ</a></div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS.format(o=tv.origin), 200, "text/plain; charset=utf-8")
    if p == "/":
        return home(tv)
    if len(p) > 1 and p.endswith("/") and p[:-1] in BY_PATH:
        return chuyen(p[:-1], 301)
    if p in BY_PATH:
        return detail(tv, BY_PATH[p])
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in CAT:
        return listing(tv, m.group(1))
    m = _re.fullmatch(r"/embed/(\d+)", p)
    if m and int(m.group(1)) in BY_ID and BY_ID[int(m.group(1))]["kieu"] == "media":
        return embed(tv, BY_ID[int(m.group(1))])
    if p == "/lich-phat-song":
        return schedule(tv)
    if p == "/podcast.xml":
        return podcast(tv)
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", BAY_GIO, "hourly")] + [(cat_url(c[0]), None, "daily") for c in CATS] + [(a["path"], a["ngay"], None) for a in ARTS])
    if p == "/truc-tiep":
        return layout(tv, "Trực tiếp", '<h1 class="page-title">Nghe trực tiếp FM 99,3 MHz</h1><audio controls src="https://stream.tanvinh.example/live.mp3"></audio><div>Phát sóng từ 5 giờ 30 đến 21 giờ hằng ngày.</div>')
    if p == "/tim-kiem":
        return layout(tv, "Tìm kiếm", '<h1 class="page-title">Tìm kiếm</h1>')
    return not_found(tv)


app = chay_app(handle, [("Server", "nginx/1.24.0"), ("X-Powered-By", "Express"), ("Cache-Control", "public, max-age=60")])

# ---------------------------------------------------------------- manifest
EMBEDS = ["/embed/%d" % a["id"] for a in MEDIA]
MANIFEST = {
    "family": "Node.js / Express CMS of a district broadcaster (Trung tâm VH-TT-TT huyện Tân Vĩnh, tỉnh Sa Đéc): ordinary site; "
              "video / radio items are articles; playlist ?autoplay=1 copies; near-duplicate daily bulletins",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": [a["path"] + "?autoplay=1"] if a["kieu"] == "media" else []} for a in ARTS},
    "robots_disallowed": ["/admin", "/api/", "/tim-kiem"],
    "trap_prefixes": ["/lich-phat-song"],
    "notes": (
        "Articles /tin-tuc/<slug>-<id> (news: Thời sự, Văn hoá - Thể thao under 'Tin tức'), /video/<slug>-<id>, /phat-thanh/<slug>-<id> "
        "(media: %d of %d; a line of text, an HTML5 <video> or <audio> player with /media/YYYY/MM/<id>.mp4|.mp3, one description "
        "paragraph, credit). Listings /chuyen-muc/<slug>?trang=N (news 10, media 12 a page; '‹ 1 2 … ›'; past the end 404); "
        "'Tin tức' shows both children. QUIRK 1: playlist boxes 'Video khác' / 'Bản tin khác' (8) link ?autoplay=1 (200, same "
        "page, canonical to the plain URL; listed aliases); 'Mở trình phát riêng' /embed/<id> = title + player only (not an "
        "article; SUMMARY not_articles). QUIRK 2: every 'Phát thanh' item is a daily bulletin 'Bản tin thời sự [trưa/chiều ]ngày "
        "dd/mm/yyyy' with one templated paragraph (headlines + names differ). Home: hero 4, Video 6, Phát thanh 5 (inline "
        "<audio>), a box per news section 4. Sidebar: 'Tin mới' 8, 'Xem nhiều' 6, live page /truc-tiep, podcast /podcast.xml "
        "(RSS 2.0 with <enclosure>, 30 audio items). News article: lead, figure, 'Tin cùng chuyên mục' 6. Two removed videos "
        "still in 'Video khác' (404). Trailing slash on an article 301s. Sitemap /sitemap.xml (complete; in robots.txt). Search "
        "/tim-kiem?q= (robots-disallowed). Trap: 'Lịch phát sóng' /lich-phat-song?ngay=YYYY-MM-DD « Hôm trước | Hôm sau » "
        "forever." % (len(MEDIA), len(ARTS))),
}
_bt = [a for a in MEDIA if a["cm"] == "phat-thanh"]
SELFTEST = [
    {"path": cat_url("video", len(chia(in_cat("video"), 12))), "status": 200, "contains": in_cat("video")[-1]["tieu_de"]},
    {"path": cat_url("video", len(chia(in_cat("video"), 12)) + 1), "status": 404},
    {"path": MEDIA[0]["path"] + "?autoplay=1", "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % MEDIA[0]["path"]},
    {"path": EMBEDS[0], "status": 200, "not_contains": MEDIA[0]["doan"][0]},
    {"path": _bt[0]["path"], "status": 200, "contains": "<audio"},
    {"path": REMOVED[0], "status": 404},
    {"path": _news[0]["path"] + "/", "status": 301, "location": _news[0]["path"]},
    {"path": "/podcast.xml", "status": 200, "contains": "<enclosure"},
    {"path": "/lich-phat-song?ngay=1990-01-01", "status": 200, "contains": "Hôm sau"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/video?trang=N -> /video/<slug>-<id> (media article) -> 'Video khác' ?autoplay=1 (alias)",
               "/ -> /chuyen-muc/phat-thanh -> /phat-thanh/ban-tin-thoi-su-ngay-dd-mm-yyyy-<id> (daily bulletin)"],
    "alias_kinds": ["playlist ?autoplay=1 (200, canonical)"],
    "quirks": ["video / radio items (short text + player) are articles", "playlist links ?autoplay=1 (duplicates)",
               "/embed/<id> player pages (title + player, not articles)", "near-duplicate daily radio bulletins",
               "removed videos still linked (404)", "broadcast-schedule day trap"],
    "not_articles": REMOVED + EMBEDS,
}
