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
