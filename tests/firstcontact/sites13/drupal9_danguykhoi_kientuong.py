"""Replica site (set 13, B): Trang thông tin điện tử Đảng uỷ Khối các cơ quan tỉnh Kiến Tường, on Drupal 9 (pathauto,
Views, taxonomy, a Bootstrap 4 sub-theme, simple_sitemap, core RSS, a Views calendar).  An ordinary site: a two-level
'Chuyên mục' vocabulary, Views listings paged by Drupal's zero-based full pager (`?page=N`, 10 a page), an exposed
'Lọc tin' form (title + year), front-page blocks, 'Tin mới' / 'Xem nhiều' blocks, 'Bài viết liên quan', tag pages,
core RSS per term, a sitemap, core search, Drupal's stock robots.txt and a month-calendar trap.
QUIRK: recurring titles.  The Khối's routine reports ('Hội nghị giao ban công tác xây dựng Đảng', …) are published
again and again under the SAME title; pathauto gives the later nodes `/tin-tuc/<slug>-0`, `-1`, `-2`.  They are
different articles (different date and body): a crawler that dedupes by title, or strips a trailing '-N', loses them.
Every node also answers on `/node/<nid>` (head `<link rel="shortlink">`; 200 with a canonical to the alias).
Ordinary mess: 'Bài viết liên quan' still links three deleted nodes (404).
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

SITE = "Đảng uỷ Khối các cơ quan tỉnh Kiến Tường"
# tid, slug, name, parent tid, weight
TERMS = [
    (11, "tin-hoat-dong", "Tin hoạt động", 0, 5),
    (12, "xay-dung-dang", "Xây dựng Đảng", 0, 0),
    (13, "to-chuc-dang-dang-vien", "Tổ chức đảng - Đảng viên", 12, 3),
    (14, "kiem-tra-giam-sat", "Kiểm tra - Giám sát", 12, 2),
    (15, "tuyen-giao-dan-van", "Tuyên giáo - Dân vận", 12, 2),
    (16, "dang-bo-doanh-nghiep", "Đảng bộ doanh nghiệp", 0, 2),
    (17, "doan-the", "Công đoàn - Đoàn thanh niên", 0, 2),
    (18, "guong-dien-hinh", "Gương điển hình", 0, 1),
]
TERM = {t[0]: t for t in TERMS}
BY_SLUG = {t[1]: t for t in TERMS}
KIDS = {t[0]: [u[0] for u in TERMS if u[3] == t[0]] for t in TERMS}
DON_VI = ("Sở Tài chính", "Sở Y tế", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh", "Văn phòng UBND tỉnh", "Bảo hiểm xã hội tỉnh",
          "Công ty Điện lực Kiến Tường", "Công ty Cấp nước Kiến Tường", "Ngân hàng Nông nghiệp chi nhánh tỉnh", "Sở Giao thông vận tải")
NEWS = BienTap(13002, 132, [(t[0], t[4], "khoi", "bai") for t in TERMS if t[4]],
               ["Mộc Hoá", "Tuyên Nhơn", "Thạnh Hoá", "Vĩnh Hưng", "Tân Thạnh"],
               ["Bình Hoà Tây", "Thạnh Phước", "Tuyên Bình", "Hưng Điền", "Nhơn Hoà"], ["Ấp 1", "Ấp Cả Cát", "Ấp Gò Thuyền"],
               don_vi=DON_VI, tu_ngay=_dt.datetime(2024, 5, 6, 7, 0), id_dau=3100, buoc=2, nguon="ĐUK", ky_hieu="ĐUK")
ARTS = NEWS.items
BY_NID = NEWS.theo_id
# QUIRK: routine reports published again under the same title (pathauto: -0, -1, -2)
RECURRING = ["Hội nghị giao ban công tác xây dựng Đảng", "Đảng uỷ Khối tổ chức lớp bồi dưỡng nhận thức về Đảng",
             "Sinh hoạt chuyên đề học tập và làm theo Bác", "Trao Huy hiệu Đảng cho đảng viên các đảng bộ cơ sở"]
for _i, _a in enumerate(ARTS):
    if _i % 9 == 2:
        _a["tieu_de"] = RECURRING[(_i // 9) % len(RECURRING)]
_seen = {}
for _a in reversed(ARTS):               # pathauto runs in creation order, oldest first
    s = duong_dan(_a["tieu_de"], 100)
    k = _seen.get(s, -1)
    _seen[s] = k + 1
    _a["path"] = "/tin-tuc/%s" % s + ("-%d" % k if k >= 0 else "")
BY_PATH = {a["path"]: a for a in ARTS}
PER = 10
TAGS = {}
for _a in ARTS:
    for _t in _a["nhan"]:
        TAGS.setdefault(duong_dan(_t), (_t, []))[1].append(_a)
DELETED = [(3095, "/tin-tuc/dang-bo-so-y-te-to-chuc-dai-hoi-chi-bo-diem"), (3071, "/tin-tuc/thong-bao-ve-viec-dieu-chinh-lich-giao-ban-thang-11"),
           (3042, "/tin-tuc/danh-sach-dang-vien-duoc-tang-huy-hieu-dot-2-9")]
DEL_PATHS = [d[1] for d in DELETED]
POPULAR = sorted(ARTS[4:], key=lambda a: -a["xem"])[:6]
ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.png
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
"""


def in_term(tid):
    ids = [tid] + KIDS[tid]
    return [a for a in ARTS if a["cm"] in ids]


def term_url(tid):
    return "/chuyen-muc/%s" % TERM[tid][1]


def pq(base, page, extra=""):
    q = extra + ("&" if extra and page else "") + ("page=%d" % page if page else "")
    return base + ("?" + q if q else "")


def nav():
    out = ['<li class="nav-item"><a href="/" class="nav-link is-active">Trang chủ</a></li>',
           '<li class="nav-item"><a href="/gioi-thieu" class="nav-link">Giới thiệu</a></li>']
    for t in TERMS:
        if t[3]:
            continue
        kids = "".join('<a href="%s" class="dropdown-item">%s</a>' % (term_url(k), x(TERM[k][2])) for k in KIDS[t[0]])
        out.append('<li class="nav-item%s"><a href="%s" class="nav-link">%s</a>%s</li>' % (
            " dropdown" if kids else "", term_url(t[0]), x(t[2]), '<div class="dropdown-menu">%s</div>' % kids if kids else ""))
    out.append('<li class="nav-item"><a href="/lich-cong-tac/2025-03" class="nav-link">Lịch công tác</a></li>')
    return '<ul class="clearfix nav navbar-nav">%s</ul>' % "".join(out)


def sidebar():
    new = "".join('<div class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="%s" hreflang="vi">%s</a></span></span></div>' % (
        a["path"], x(a["tieu_de"])) for a in ARTS[:8])
    pop = "".join('<li><a href="%s" hreflang="vi">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in POPULAR)
    cloud = " ".join('<a href="/tu-khoa/%s" hreflang="vi">%s</a>' % (k, x(v[0])) for k, v in sorted(TAGS.items()))
    return """<aside class="col-md-4 region region-sidebar-second" role="complementary">
<div id="block-views-block-tin-moi-block-1" class="block block-views"><h2 class="block-title">Tin mới</h2><div class="view view-tin-moi view-display-id-block_1"><div class="view-content">%s</div></div></div>
<div id="block-popularcontent" class="block block-statistics"><h2 class="block-title">Xem nhiều</h2><div class="item-list"><ul>%s</ul></div></div>
<div id="block-tagcloud" class="block block-tagclouds"><h2 class="block-title">Từ khoá</h2><div class="tagclouds">%s</div></div>
<div id="block-lienket" class="block block-block-content"><h2 class="block-title">Liên kết</h2><div class="field--name-body"><a href="https://dangcongsan.vn.example/">Báo Điện tử Đảng Cộng sản Việt Nam</a><br><a href="https://kientuong.dcs.example/">Tỉnh uỷ Kiến Tường</a></div></div>
</aside>""" % (new, pop, cloud)


def page(tv, title, content, canonical=None, status=200, head="", node=None):
    can = '<link rel="canonical" href="%s%s" />' % (tv.origin, canonical) if canonical else ""
    short = '<link rel="shortlink" href="%s/node/%d" />' % (tv.origin, node) if node else ""
    return Dapung("""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
%s%s%s
<link rel="icon" href="/themes/custom/duk/favicon.ico" type="image/vnd.microsoft.icon" />
<title>%s | %s</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qv3bM2s0n7Wc9kD1.css" />
</head>
<body class="path-frontpage">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy đến nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header id="header" class="header" role="banner"><div class="container"><a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/sites/default/files/logo-duk.png" alt="Trang chủ" /><span class="site-name">ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH KIẾN TƯỜNG</span></a>
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="form-inline"><input title="Nhập từ khoá bạn muốn tìm." type="search" name="keys" size="15" maxlength="128" class="form-search" /><input type="submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form></div>
<nav class="navbar navbar-expand-lg" id="navbar-main">%s</nav></header>
<div role="main" class="main-container container js-quickedit-main-content"><div class="row">
<section class="col-md-8"><a id="main-content" tabindex="-1"></a><div data-drupal-messages-fallback class="hidden"></div>%s</section>
%s</div></div>
<footer class="site-footer"><div class="container"><div class="field--name-body"><p class="ft">Cơ quan chủ quản: Đảng uỷ Khối các cơ quan tỉnh Kiến Tường. Địa chỉ: 85 Hùng Vương, phường 2, thị xã Kiến Tường.</p><p class="ft">Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"vi"},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<script src="/sites/default/files/js/js_yUq9p0u2Bw0S9Qe8.js"></script>
</body>
</html>""" % (can, short, head, x(title), x(SITE), nav(), content, sidebar()), status)


def teaser(a):
    return """<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><div class="field field--name-field-image"><a href="%s" hreflang="vi"><img src="/sites/default/files/styles/teaser/public/%s/%d.jpg" alt="" loading="lazy" /></a></div>
<h2 class="node__title"><a href="%s" rel="bookmark" hreflang="vi"><span class="field field--name-title">%s</span></a></h2><div class="node__meta"><span class="field--name-created">%s - %s</span></div>
<div class="field field--name-body field--type-text-with-summary"><div class="trimmed">%s</div></div></article></div>""" % (
        a["path"], a["ngay"].strftime("%Y-%m"), a["id"], a["path"], x(a["tieu_de"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]))


def pager(base, cur, n, extra=""):
    if n <= 1:
        return ""
    out = ['<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">']
    if cur > 0:
        out.append('<li class="pager__item pager__item--first"><a href="%s" title="Đến trang đầu">« Đầu</a></li>' % pq(base, 0, extra))
        out.append('<li class="pager__item pager__item--previous"><a href="%s" title="Đến trang trước" rel="prev">‹ Trước</a></li>' % pq(base, cur - 1, extra))
    lo = max(0, min(cur - 4, n - 9))
    hi = min(n, lo + 9)
    if lo > 0:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    for i in range(lo, hi):
        out.append('<li class="pager__item is-active"><a href="%s" title="Trang hiện tại">%d</a></li>' % (pq(base, i, extra), i + 1) if i == cur else
                   '<li class="pager__item"><a href="%s" title="Đến trang %d">%d</a></li>' % (pq(base, i, extra), i + 1, i + 1))
    if hi < n:
        out.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
    if cur < n - 1:
        out.append('<li class="pager__item pager__item--next"><a href="%s" title="Đến trang sau" rel="next">Sau ›</a></li>' % pq(base, cur + 1, extra))
        out.append('<li class="pager__item pager__item--last"><a href="%s" title="Đến trang cuối">Cuối »</a></li>' % pq(base, n - 1, extra))
    return "".join(out) + "</ul></nav>"


def view_listing(tv, title, base, lst, exposed=True, feed=None):
    cur = tv.so("page", 0, 0, 100000)
    if cur is None:
        cur = 0
    title_q, nam = tv.q.get("title", "").strip(), tv.q.get("nam", "All")
    extra = ""
    if exposed and ("title" in tv.q or "nam" in tv.q):
        extra = "title=%s&nam=%s" % (ma_hoa(title_q), ma_hoa(nam))
        lst = [a for a in lst if (not title_q or title_q.lower() in a["tieu_de"].lower()) and (nam in ("All", "") or str(a["ngay"].year) == nam)]
    chunks = chia(lst, PER)
    form = ""
    if exposed:
        form = '<form class="views-exposed-form" action="%s" method="get" id="views-exposed-form-tin-tuc-page-1" accept-charset="UTF-8"><label for="edit-title">Tiêu đề</label><input type="text" id="edit-title" name="title" value="%s" size="30" maxlength="128" class="form-text" /><label for="edit-nam">Năm</label><select id="edit-nam" name="nam" class="form-select"><option value="All"%s>- Tất cả -</option><option value="2025"%s>2025</option><option value="2024"%s>2024</option></select><input type="submit" id="edit-submit-tin-tuc" value="Lọc tin" class="button js-form-submit form-submit" /></form>' % (
            base, x(title_q), *(' selected="selected"' if nam == v else "" for v in ("All", "2025", "2024")))
    if cur >= len(chunks) or not chunks[0]:
        rows = '<div class="view-empty">Chưa có nội dung.</div>'
    else:
        rows = '<div class="view-content">%s</div>%s' % ("".join(teaser(a) for a in chunks[cur]), pager(base, cur, len(chunks), extra))
    fe = '<a href="%s" class="feed-icon">Đăng ký %s</a>' % (feed, x(title)) if feed else ""
    head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s%s" />' % (x(title), tv.origin, feed) if feed else ""
    return page(tv, title, '<h1 class="page-header">%s</h1><div class="views-element-container"><div class="view view-tin-tuc view-id-tin_tuc js-view-dom-id-5f1c">%s%s</div></div>%s' % (
        x(title), form, rows, fe), canonical=base if cur == 0 and not extra else None, head=head)


def front(tv):
    top = ARTS[:5]
    slides = "".join('<div class="slide"><a href="%s"><img src="/sites/default/files/styles/slide/public/%s/%d.jpg" alt="%s" /></a><div class="caption"><a href="%s">%s</a></div></div>' % (
        a["path"], a["ngay"].strftime("%Y-%m"), a["id"], x(a["tieu_de"]), a["path"], x(a["tieu_de"])) for a in top)
    blocks = []
    for t in TERMS:
        if t[3]:
            continue
        lst = in_term(t[0])[:5]
        blocks.append('<div class="block block-views front-cat"><h2 class="block-title"><a href="%s">%s</a></h2>%s<div class="item-list"><ul>%s</ul></div></div>' % (
            term_url(t[0]), x(t[2]), teaser(lst[0]), "".join('<li><a href="%s" hreflang="vi">%s</a></li>' % (a["path"], x(a["tieu_de"])) for a in lst[1:])))
    docs = "".join('<li><a href="/sites/default/files/van-ban/%s.pdf">%s</a></li>' % (duong_dan(d), x(d)) for d in (
        "Kế hoạch số 112-KH/ĐUK tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030", "Hướng dẫn số 09-HD/ĐUK về sinh hoạt chi bộ định kỳ",
        "Thông báo số 418-TB/ĐUK kết luận hội nghị Ban Thường vụ"))
    return page(tv, "Trang chủ", '<div class="views-element-container block-slideshow">%s</div>%s<div class="block"><h2 class="block-title">Văn bản mới</h2><ul>%s</ul></div><a href="/rss.xml" class="feed-icon">Đăng ký RSS</a>' % (
        slides, "".join(blocks), docs), canonical="/", head='<link rel="alternate" type="application/rss+xml" title="%s" href="%s/rss.xml" />' % (x(SITE), tv.origin))


def node_view(tv, a):
    t = TERM[a["cm"]]
    idx = ARTS.index(a)
    rel = [b for b in ARTS[idx + 1:] if b["cm"] == a["cm"]][:4]
    rel_items = [(b["path"], b["tieu_de"]) for b in rel]
    if idx % 19 == 6:
        rel_items.insert(1, (DEL_PATHS[idx % 3], "Bài viết đã xoá"))
    ps = ['<p>%s</p>' % x(p) for p in a["doan"]]
    ps.insert(1, '<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/%d.jpg" alt="" /><figcaption>%s</figcaption></figure>' % (a["id"], x(a["chu_thich"])))
    tags = "".join('<div class="field__item"><a href="/tu-khoa/%s" hreflang="vi">%s</a></div>' % (duong_dan(n), x(n)) for n in a["nhan"])
    crumbs = '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>%s<li class="breadcrumb-item"><a href="%s">%s</a></li></ol>' % (
        '<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (term_url(t[3]), x(TERM[t[3]][2])) if t[3] else "", term_url(t[0]), x(t[2]))
    content = """%s<h1 class="page-header"><span class="field field--name-title field--type-string">%s</span></h1>
<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><span class="field field--name-uid">Đăng bởi <span lang="" typeof="schema:Person">bientap</span></span> vào <span class="field field--name-created">%s, %s - %s</span></div>
<div class="node__content"><div class="field field--name-field-tom-tat"><strong>%s</strong></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s<p class="text-align-right"><strong>%s</strong></p></div>
<div class="field field--name-field-chuyen-muc field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="%s" hreflang="vi">%s</a></div></div>
<div class="field field--name-field-tags field--label-inline"><div class="field__label">Từ khoá</div><div class="field__items">%s</div></div>
<div class="statistics-counter">%d lượt xem</div></div></article>
<div class="block block-views related"><h2 class="block-title">Bài viết liên quan</h2><div class="item-list"><ul>%s</ul></div></div>""" % (
        crumbs, x(a["tieu_de"]), a["path"], thu(a["ngay"]), ngay(a["ngay"]), gio(a["ngay"]), x(a["sapo"]), "".join(ps), x(a["tac_gia"]),
        term_url(t[0]), x(t[2]), tags, a["xem"], "".join('<li><a href="%s" hreflang="vi">%s</a></li>' % (u, x(tt)) for u, tt in rel_items))
    return page(tv, a["tieu_de"], content, canonical=a["path"], node=a["id"],
                head='<meta property="og:title" content="%s" /><meta name="description" content="%s" />' % (x(a["tieu_de"]), x(a["sapo"])))


def calendar(tv, ym):
    y, m = int(ym[:4]), int(ym[5:])
    if not (1 <= m <= 12 and 1900 <= y <= 2200):
        return not_found(tv)
    prev = "%04d-%02d" % ((y, m - 1) if m > 1 else (y - 1, 12))
    nxt = "%04d-%02d" % ((y, m + 1) if m < 12 else (y + 1, 1))
    evs = [a for a in ARTS if (a["ngay"].year, a["ngay"].month) == (y, m)][:6]
    rows = "".join("<li>%s: <a href=\"%s\">%s</a></li>" % (ngay(a["ngay"]), a["path"], x(a["tieu_de"])) for a in evs) or "<li>Không có lịch công tác.</li>"
    return page(tv, "Lịch công tác tháng %d/%d" % (m, y), '<h1 class="page-header">Lịch công tác tháng %d/%d</h1><div class="calendar-calendar"><div class="date-nav"><a href="/lich-cong-tac/%s" rel="nofollow">« Tháng trước</a> <a href="/lich-cong-tac/%s" rel="nofollow">Tháng sau »</a></div><ul>%s</ul></div>' % (
        m, y, prev, nxt, rows))


def feed(tv, lst, title, link):
    items = []
    for a in lst[:10]:
        items.append("<item><title>%s</title><link>%s%s</link><description>%s</description><pubDate>%s</pubDate><dc:creator>bientap</dc:creator><guid isPermaLink=\"false\">%d at %s</guid></item>" % (
            x(a["tieu_de"]), tv.origin, a["path"], x(a["sapo"]), rfc822(a["ngay"]), a["id"], tv.origin))
    return Dapung('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="%s" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s%s</link><description></description><language>vi</language>%s</channel></rss>' % (
        tv.origin, x(title), tv.origin, link, "".join(items)), 200, "application/rss+xml; charset=utf-8")


def not_found(tv):
    return page(tv, "Không tìm thấy trang", '<h1 class="page-header">Không tìm thấy trang</h1><div class="msg">Không tìm thấy trang được yêu cầu.</div>', status=404)


def handle(tv):
    p = tv.path
    if p == "/robots.txt":
        return Dapung(ROBOTS, 200, "text/plain; charset=UTF-8")
    if p in ("/", "/node"):
        return front(tv) if p == "/" else chuyen("/")
    if p in BY_PATH:
        return node_view(tv, BY_PATH[p])
    m = _re.fullmatch(r"/node/(\d+)", p)
    if m and int(m.group(1)) in BY_NID:
        return node_view(tv, BY_NID[int(m.group(1))])
    m = _re.fullmatch(r"/chuyen-muc/([a-z-]+)", p)
    if m and m.group(1) in BY_SLUG:
        t = BY_SLUG[m.group(1)]
        return view_listing(tv, t[2], term_url(t[0]), in_term(t[0]), feed="/taxonomy/term/%d/feed" % t[0])
    m = _re.fullmatch(r"/taxonomy/term/(\d+)(/feed)?", p)
    if m and int(m.group(1)) in TERM:
        t = TERM[int(m.group(1))]
        return feed(tv, in_term(t[0]), t[2], term_url(t[0])) if m.group(2) else chuyen(term_url(t[0]))
    m = _re.fullmatch(r"/tu-khoa/([a-z0-9-]+)", p)
    if m and m.group(1) in TAGS:
        name, lst = TAGS[m.group(1)]
        return view_listing(tv, name, "/tu-khoa/%s" % m.group(1), lst, exposed=False)
    if p == "/rss.xml":
        return feed(tv, ARTS, SITE, "/")
    if p == "/sitemap.xml":
        return urlset(tv.origin, [("/", BAY_GIO, "daily")] + [(term_url(t[0]), None, "daily") for t in TERMS] + [(a["path"], a["ngay"], None) for a in ARTS])
    m = _re.fullmatch(r"/lich-cong-tac/(\d{4}-\d{2})", p)
    if m:
        return calendar(tv, m.group(1))
    if p == "/gioi-thieu":
        return page(tv, "Giới thiệu", '<h1 class="page-header">Giới thiệu</h1><div class="field--name-body">Đảng bộ Khối các cơ quan tỉnh có 64 tổ chức cơ sở đảng trực thuộc.</div>')
    if p.startswith("/search/"):
        return page(tv, "Tìm kiếm", '<h1 class="page-header">Tìm kiếm</h1><div>Hãy nhập từ khoá.</div>')
    if p.startswith("/user/"):
        return page(tv, "Đăng nhập", '<form action="/user/login" method="post"><input name="name" /><input type="password" name="pass" /><input type="submit" value="Đăng nhập" /></form>')
    return not_found(tv)


app = chay_app(handle, [("Server", "Apache/2.4.57 (Ubuntu)"), ("X-Generator", "Drupal 9 (https://www.drupal.org)"),
                        ("X-Drupal-Cache", "HIT"), ("Cache-Control", "max-age=900, public"), ("X-Content-Type-Options", "nosniff")])

# ---------------------------------------------------------------- manifest
_dups = [a for a in ARTS if _re.search(r"-\d$", a["path"])]
_t = 11
_n = len(chia(in_term(_t), PER))
MANIFEST = {
    "family": "Drupal 9 site of a Đảng uỷ Khối (pathauto, Views, taxonomy; Đảng uỷ Khối các cơ quan tỉnh Kiến Tường): ordinary "
              "site; recurring titles -> pathauto '-0' / '-1' URLs of different articles",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["tieu_de"], "aliases": ["/node/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/search/", "/user/login", "/node/add/", "/comment/reply/", "/core/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "notes": (
        "Articles /tin-tuc/<pathauto slug>. QUIRK: %d articles share one of 4 recurring titles ('Hội nghị giao ban công tác xây "
        "dựng Đảng', …) with an earlier article: pathauto gives them /tin-tuc/<slug>-0, -1, -2 (different date and body; each "
        "a separate article). Every node also answers /node/<nid> (head rel=shortlink only; 200, canonical to the alias; listed "
        "as aliases). Vocabulary 'Chuyên mục': Tin hoạt động, Xây dựng Đảng (Tổ chức đảng - Đảng viên, Kiểm tra - Giám sát, "
        "Tuyên giáo - Dân vận), Đảng bộ doanh nghiệp, Công đoàn - Đoàn thanh niên, Gương điển hình. Listings /chuyen-muc/<term> "
        "(Views, %d a page, Drupal full pager ?page=N zero-based '« Đầu ‹ Trước … 9 numbers … Sau › Cuối »'; past the end 200 "
        "'Chưa có nội dung'), with an exposed GET form 'Lọc tin' (title text + year select All/2025/2024; its pager keeps "
        "?title=&nam=); /taxonomy/term/<tid> 301 to the alias, /taxonomy/term/<tid>/feed RSS (guid '<nid> at <origin>'). Front "
        "page: slideshow 5, a block per top term (5), 'Văn bản mới' (PDFs), /rss.xml. Blocks: 'Tin mới' 8, 'Xem nhiều' 6, tag "
        "cloud (/tu-khoa/<slug>, paged). Node: 'Đăng bởi bientap vào Thứ Hai, 10/03/2025 - 08:15', tags, 'Bài viết liên quan' "
        "4 (same term; some list a deleted node: 404). /sitemap.xml (simple_sitemap, complete; not in robots.txt). Search "
        "/search/node?keys= (robots-disallowed by Drupal's stock robots.txt). Trap: Views calendar /lich-cong-tac/YYYY-MM « » "
        "months forever (links rel=nofollow)." % (len(_dups), PER)),
}
SELFTEST = [
    {"path": term_url(_t) + "?page=%d" % (_n - 1), "status": 200, "contains": in_term(_t)[-1]["tieu_de"]},
    {"path": term_url(_t) + "?page=%d" % _n, "status": 200, "contains": "Chưa có nội dung"},
    {"path": _dups[0]["path"], "status": 200, "contains": _dups[0]["tieu_de"]},
    {"path": "/node/%d" % ARTS[0]["id"], "status": 200, "contains": 'rel="canonical" href="http://replica.test:8080%s"' % ARTS[0]["path"]},
    {"path": "/taxonomy/term/11", "status": 301, "location": "/chuyen-muc/tin-hoat-dong"},
    {"path": "/taxonomy/term/11/feed", "status": 200, "contains": " at http://replica.test:8080</guid>"},
    {"path": DEL_PATHS[0], "status": 404, "contains": "Không tìm thấy trang"},
    {"path": "/lich-cong-tac/1990-01", "status": 200, "contains": "Tháng sau"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<term> -> ?page=N (zero-based) -> /tin-tuc/<slug>[-N]",
               "/chuyen-muc/<term> -> 'Lọc tin' GET form -> ?title=&nam=<year>&page=N (listing variants)"],
    "alias_kinds": ["/node/<nid> (200, canonical; head rel=shortlink only)"],
    "quirks": ["recurring titles: pathauto '-0' / '-1' / '-2' URLs are different articles with the same title",
               "Views exposed filter form multiplies listing URLs (finite)", "Drupal stock robots.txt with Allow wildcards",
               "deleted nodes still linked from 'Bài viết liên quan' (404)", "month-calendar trap (rel=nofollow links)"],
    "not_articles": DEL_PATHS,
}
