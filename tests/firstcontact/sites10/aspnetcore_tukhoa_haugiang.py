"""Replica site (set 10, C): ASP.NET Core 6 MVC portal on Kestrel behind IIS (Cổng TTĐT Đảng bộ tỉnh Hậu Giang).
Section listings are capped at two pages ('TOP 12'); older articles are reachable only through topic-tag pages
/tu-khoa/<Vietnamese tag, percent-encoded>, linked from the sidebar tag cloud, the /tu-khoa index and each article's
'Từ khóa' line.  Tag pages carry 'Kết hợp với' links that AND further tags (?them=…): an endless combination trap.
"""
# ==== KERNEL BEGIN (sites10 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 10 kernel: plumbing (Yeucau = request, Traloi = response, mo_app = WSGI wrapper) and a seeded Vietnamese
# Party-news generator ("BanBienTap") with topic tags.  No markup: every site writes its own templates.
# No clock: "now" is fixed to Wednesday 25/12/2024 08:30 (UTC+7).
import datetime as _dt
import hashlib as _hl
import html as _html
import json as _json
import random as _rnd
import re as _re
import sys as _sys
import time as _time
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

BAY_GIO = _dt.datetime(2024, 12, 25, 8, 30)
THU_VN = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_LYDO = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden",
         404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable"}


def h(s):
    """HTML-escape text and attribute values."""
    return _html.escape(str(s), quote=True)


def bo_dau(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if not _ud.combining(c))


def lam_slug(s, toi_da=0):
    out = _re.sub(r"[^0-9a-z]+", "-", bo_dau(s).lower()).strip("-")
    if toi_da and len(out) > toi_da:
        out = out[:toi_da].rsplit("-", 1)[0]
    return out


def ma_bam(*parts, n=12):
    return _hl.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def pct(s, safe=""):
    """Percent-encode (UTF-8, upper-case hex)."""
    return _q(str(s), safe=safe)


def ngay_vn(d):
    return d.strftime("%d/%m/%Y")


def gio_vn(d):
    return d.strftime("%H:%M")


class Yeucau:
    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        self.path = (env.get("PATH_INFO") or "/").encode("latin-1", "replace").decode("utf-8", "replace") or "/"
        self.qs = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.goc = "%s://%s" % (env.get("wsgi.url_scheme") or "http", self.host)
        self.nhanh = bool(env.get("replica.nosleep"))
        self.ds = _pqsl(self.qs, keep_blank_values=True)
        self.q = {}
        for k, v in self.ds:
            self.q.setdefault(k, v)
        self.cookie = {}
        for part in (env.get("HTTP_COOKIE") or "").split(";"):
            k, sep, v = part.partition("=")
            if sep:
                self.cookie[k.strip()] = v.strip()

    def tat_ca(self, key):
        return [v for k, v in self.ds if k == key]

    def so(self, key, mac_dinh=1, lo=1, hi=10 ** 6):
        """Integer query parameter; None when malformed or out of range."""
        raw = self.q.get(key)
        if raw is None or raw == "":
            return mac_dinh
        if not _re.fullmatch(r"\d{1,7}", raw):
            return None
        v = int(raw)
        return v if lo <= v <= hi else None

    def cho(self, giay):
        if not self.nhanh:
            _time.sleep(giay)


class Traloi:
    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=()):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else str(body).encode("utf-8")


def chuyen(location, status=301, headers=()):
    return Traloi("", status, "text/html; charset=utf-8", [("Location", location)] + list(headers))


def van_ban(text, status=200, headers=()):
    return Traloi(text, status, "text/plain; charset=utf-8", headers)


def mo_app(xu_ly, server_headers=(), methods=("GET", "HEAD")):
    def app(environ, start_response):
        rq = Yeucau(environ)
        if rq.method not in methods:
            out = Traloi("Method Not Allowed", 405, "text/plain; charset=utf-8", [("Allow", ", ".join(methods))])
        else:
            try:
                out = xu_ly(rq)
            except Exception:                          # authoring aid only; never expected
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Traloi("Internal Server Error", 500, "text/plain; charset=utf-8")
        hdrs = list(server_headers) + [("Content-Type", out.ctype)] + out.headers + [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _LYDO.get(out.status, "Unknown")), hdrs)
        return [b"" if rq.method == "HEAD" else out.body]
    return app


def chia_trang(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)] or [[]]


# ---------------------------------------------------------------- seeded editorial office
_HO10 = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
         "Đoàn", "Mai", "Vi", "Tạ", "Chu", "Quách", "Kiều", "Hứa", "Âu")
_DEM10 = ("Văn", "Thị", "Công", "Trọng", "Kim", "Hồng", "Phương", "Tuấn", "Bá", "Nhật", "Gia", "Thu", "Hải", "Anh")
_TEN10 = ("An", "Bình", "Cường", "Dung", "Dũng", "Hạnh", "Hậu", "Khánh", "Lâm", "Lan", "Long", "Mai", "Nam", "Nga",
          "Phong", "Phượng", "Quế", "Sơn", "Tâm", "Thảo", "Thắng", "Toàn", "Tuyết", "Vân", "Yến", "Đạt", "Hùng", "Oanh")
_CHUCVU10 = ("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
             "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức",
             "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra", "Tỉnh ủy viên, Bí thư Huyện ủy {H}",
             "Phó Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Đảng ủy thị trấn {X}", "Chủ tịch UBND huyện {H}",
             "Giám đốc Sở Thông tin và Truyền thông", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")
_COQUAN10 = ("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
             "Ủy ban Kiểm tra Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng đoàn HĐND tỉnh",
             "Ban cán sự đảng UBND tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Trường Chính trị tỉnh", "Tỉnh Đoàn",
             "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
# topic -> (tag label, phrases used in titles and bodies)
CHU_DE = {
    "dai-hoi": ("Đại hội Đảng các cấp", ("chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030", "xây dựng văn kiện đại hội", "công tác nhân sự đại hội")),
    "tinh-gon": ("Tinh gọn bộ máy", ("sắp xếp, tinh gọn tổ chức bộ máy", "tổng kết Nghị quyết số 18-NQ/TW", "hợp nhất các cơ quan tham mưu")),
    "chuyen-doi-so": ("Chuyển đổi số", ("chuyển đổi số trong các cơ quan đảng", "số hóa hồ sơ đảng viên", "xây dựng chính quyền số")),
    "phong-chong-tham-nhung": ("Phòng, chống tham nhũng", ("phòng, chống tham nhũng, lãng phí, tiêu cực", "kiểm soát tài sản, thu nhập", "thu hồi tài sản vụ án tham nhũng")),
    "nong-thon-moi": ("Nông thôn mới", ("xây dựng nông thôn mới nâng cao", "phát triển sản phẩm OCOP", "hạ tầng giao thông nông thôn")),
    "giam-ngheo": ("Giảm nghèo bền vững", ("xóa nhà tạm, nhà dột nát", "giảm nghèo đa chiều", "sinh kế cho hộ cận nghèo")),
    "hoc-tap-bac": ("Học tập và làm theo Bác", ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "gương điển hình làm theo Bác", "chuyên đề học tập năm 2024")),
    "dan-van": ("Dân vận khéo", ("mô hình dân vận khéo", "thực hiện dân chủ ở cơ sở", "đối thoại giữa người đứng đầu cấp ủy với nhân dân")),
    "kiem-tra-giam-sat": ("Kiểm tra, giám sát", ("kiểm tra dấu hiệu vi phạm", "giám sát chuyên đề", "thi hành kỷ luật đảng")),
    "quoc-phong": ("Quốc phòng - An ninh", ("diễn tập khu vực phòng thủ", "xây dựng thế trận lòng dân", "bảo vệ an ninh chính trị nội bộ")),
    "thu-hut-dau-tu": ("Thu hút đầu tư", ("cải thiện môi trường đầu tư", "giải phóng mặt bằng các dự án trọng điểm", "phát triển khu công nghiệp")),
    "bao-ve-nen-tang": ("Bảo vệ nền tảng tư tưởng", ("đấu tranh phản bác quan điểm sai trái", "bảo vệ nền tảng tư tưởng của Đảng", "định hướng thông tin trên mạng xã hội")),
    "phat-trien-dang-vien": ("Phát triển đảng viên", ("kết nạp đảng viên mới", "phát triển đảng viên trong doanh nghiệp ngoài nhà nước", "xóa thôn, bản chưa có đảng viên")),
    "van-hoa": ("Văn hóa - Du lịch", ("bảo tồn di sản văn hóa", "phát triển du lịch cộng đồng", "lễ hội truyền thống")),
    "bien-dao": ("Biển, đảo", ("phát triển kinh tế biển", "bảo vệ chủ quyền biển, đảo", "hỗ trợ ngư dân bám biển")),
}
_MAU10 = {
    "dang": ["{cq} quán triệt về {v}", "Đảng bộ huyện {H} đẩy mạnh {v}", "Chi bộ thôn {X} gắn {v} với nhiệm vụ chính trị",
             "Trao Huy hiệu {y} năm tuổi Đảng cho đảng viên huyện {H}", "Huyện ủy {H} tổng kết {v}", "Đảng ủy xã {X} làm tốt {v}",
             "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n} cho ý kiến về {v}"],
    "chinhquyen": ["{cq} làm việc với huyện {H} về {v}", "Tháo gỡ vướng mắc trong {v} ở {H}", "{cq} triển khai {vb}",
                   "Đoàn công tác của tỉnh kiểm tra {v} tại xã {X}", "Giao ban quý {qy} về {v}"],
    "kinhte": ["Huyện {H} tập trung {v}", "{H}: {n} dự án hoàn thành nhờ {v}", "Xã {X} bứt phá trong {v}",
               "Doanh nghiệp ở {H} hưởng lợi từ {v}", "{H} hoàn thành {p}% kế hoạch năm về {v}"],
    "xahoi": ["Lan tỏa {v} ở {H}", "Xã {X} ra mắt mô hình về {v}", "{cq} tôn vinh {n} điển hình trong {v}",
              "Người dân {X} đồng thuận với {v}", "Trao {n} phần quà trong chương trình {v}"],
    "noichinh": ["{cq} chỉ đạo {v}", "Ủy ban Kiểm tra Huyện ủy {H} thực hiện {v}", "Kết quả {v} {t} tháng năm 2024",
                 "Hội nghị chuyên đề về {v} tại {H}"],
    "coso": ["Chi bộ {X}: {n} năm kiên trì {v}", "Đảng ủy xã {X} ({H}) với {v}", "Bí thư chi bộ ở {X} đi đầu {v}",
             "Thôn, bản ở {H} đổi thay nhờ {v}"],
    "thongbao": ["Thông báo kết luận của Thường trực Tỉnh ủy về {v}", "Kế hoạch thực hiện {vb}", "Hướng dẫn về {v} năm 2025",
                 "Công văn của {cq} về {v}"],
}
_VB10 = ("Nghị quyết số {n}-NQ/TU", "Chỉ thị số {n}-CT/TU", "Kết luận số {n}-KL/TU", "Kế hoạch số {n}-KH/TU",
         "Quyết định số {n}-QĐ/TU", "Hướng dẫn số {n}-HD/BTGTU")


class BanBienTap:
    """`tong` articles newest first between `tu` and BAY_GIO.  chuyen_muc: [(key, weight, style)] with style one of
    dang / chinhquyen / kinhte / xahoi / noichinh / coso / thongbao.  Every article gets one main topic of CHU_DE
    (its phrase drives title and body) and 1-2 more topic tags."""

    def __init__(self, seed, tong, chuyen_muc, tinh, huyen, xa, tu=_dt.datetime(2024, 7, 1, 7, 0), id0=5000, buoc=7,
                 nguon="TTĐT"):
        r = self.r = _rnd.Random(seed)
        self.tinh, self.huyen, self.xa, self.nguon = tinh, huyen, xa, nguon
        luot = []
        self.kieu = {}
        for k, w, kieu in chuyen_muc:
            luot += [k] * w
            self.kieu[k] = kieu
        chu_de = sorted(CHU_DE)
        span = (BAY_GIO - _dt.timedelta(minutes=25) - tu).total_seconds()
        dung, bai = set(), []
        for i in range(tong):
            luc = BAY_GIO - _dt.timedelta(minutes=25, seconds=span * (i + r.uniform(0.1, 0.8)) / tong)
            luc = luc.replace(hour=min(21, max(6, luc.hour)), second=0, microsecond=0)
            if i % len(luot) == 0:
                r.shuffle(luot)                      # sections in proportion to their weights, in shuffled order
            k = luot[i % len(luot)]
            cd = r.choice(chu_de)
            for _ in range(60):
                t = self._tieu_de(k, cd)
                if t not in dung and len(t) <= 150:
                    break
            dung.add(t)
            tags = [cd] + r.sample([c for c in chu_de if c != cd], r.choice((1, 1, 2)))
            bai.append({"id": id0 + (tong - i) * buoc + r.randrange(buoc), "sec": k, "title": t, "date": luc, "topic": cd,
                        "tags": tags, "views": 60 + int(r.expovariate(1 / 700.0)) + r.randrange(40)})
        bai.sort(key=lambda a: (a["date"], a["id"]), reverse=True)
        for a in bai:
            self._than_bai(a)
        self.bai = bai

    def _nguoi(self):
        return "%s %s %s" % (self.r.choice(_HO10), self.r.choice(_DEM10), self.r.choice(_TEN10))

    def _chuc(self):
        return self.r.choice(_CHUCVU10).format(H=self.r.choice(self.huyen), X=self.r.choice(self.xa))

    def _vb(self):
        return self.r.choice(_VB10).format(n=self.r.randint(2, 96))

    def _tieu_de(self, k, cd):
        r = self.r
        v = r.choice(CHU_DE[cd][1])
        mau = r.choice(_MAU10[self.kieu.get(k, "chinhquyen")])
        t = mau.format(cq=r.choice(_COQUAN10), H=r.choice(self.huyen), X=r.choice(self.xa), v=v, vb=self._vb(),
                       n=r.randint(3, 58), y=r.choice((30, 40, 45, 50, 55, 60, 65, 70)), qy=r.choice(("III", "IV")),
                       p=r.randint(82, 126), t=r.choice((9, 10, 11)))
        return t[0].upper() + t[1:]

    def _than_bai(self, a):
        r = self.r
        d, v = a["date"], r.choice(CHU_DE[a["topic"]][1])
        H, X = r.choice(self.huyen), r.choice(self.xa)
        p1, p2 = self._nguoi(), self._nguoi()
        a["sapo"] = "(%s) - %s ngày %d/%d/%d, %s tổ chức hội nghị về %s tại huyện %s, tỉnh %s." % (
            self.nguon, r.choice(("Sáng", "Chiều", "Tối")), d.day, d.month, d.year, r.choice(_COQUAN10), v, H, self.tinh)
        a["doan"] = [
            "Tham dự có đồng chí %s, %s; đồng chí %s, %s cùng %d đại biểu là bí thư chi bộ, trưởng thôn và "
            "người có uy tín trên địa bàn xã %s." % (p1, self._chuc(), p2, self._chuc(), r.randint(35, 480), X),
            "Theo báo cáo, từ đầu năm đến nay toàn huyện đã ban hành %d văn bản triển khai %s; tổ chức %d cuộc kiểm tra, "
            "giám sát; %d/%d chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt tỷ lệ %d,%d%%; kinh phí huy động "
            "cho %s đạt %s triệu đồng." % (r.randint(5, 64), self._vb(), r.randint(2, 40), r.randint(40, 160),
                                           r.randint(161, 230), r.randint(70, 99), r.randint(0, 9), v,
                                           "{:,}".format(r.randint(300, 98000)).replace(",", ".")),
            "Tại hội nghị, các đại biểu đã thảo luận, chỉ ra những khó khăn như: nguồn lực còn hạn chế, một số cấp ủy "
            "ở %s chưa quyết liệt, việc tuyên truyền về %s ở %d thôn vùng sâu còn chưa thường xuyên." % (
                r.choice(self.huyen), v, r.randint(3, 27)),
            "Phát biểu chỉ đạo, đồng chí %s yêu cầu các cấp ủy, chính quyền tiếp tục quán triệt %s, phân công rõ người, "
            "rõ việc, rõ thời gian, hoàn thành %d nhiệm vụ trọng tâm trước ngày %d/%d/2025." % (
                p1, self._vb(), r.randint(4, 19), r.randint(1, 28), r.randint(1, 6)),
        ]
        if r.random() < 0.5:
            a["doan"].append("Dịp này, %s tặng giấy khen cho %d tập thể, %d cá nhân có thành tích trong %s." % (
                r.choice(_COQUAN10), r.randint(2, 24), r.randint(3, 41), v))
        a["chu_thich"] = "Đồng chí %s phát biểu tại hội nghị." % p1
        a["tac_gia"] = r.choice(("Tin, ảnh: %s", "%s", "Bài, ảnh: %s", "%s - Trung tâm TT-VH huyện " + H)) % (
            r.choice(_HO10) + " " + r.choice(_TEN10))
# ==== KERNEL END ====

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Hậu Giang"
PS, MAXP, TAG_PS = 6, 2, 8
SECTIONS = [("thoi-su", "Thời sự", 1, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 1, "dang"),
            ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 1, "kinhte"), ("phap-luat", "Nội chính - Pháp luật", 1, "noichinh"),
            ("co-so", "Đảng bộ cơ sở", 1, "coso")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Vị Thanh", "Ngã Bảy", "Long Mỹ", "Phụng Hiệp", "Châu Thành A", "Vị Thủy", "Sóc Trăng", "Mỹ Xuyên", "Kế Sách"]
XA = ["Tân Bình", "Vĩnh Viễn", "Hỏa Lựu", "Phương Phú", "Long Trị", "Đại Thành", "Thạnh Xuân", "Vị Đông", "Lương Tâm",
      "Xà Phiên", "Nhơn Mỹ", "An Lạc Thôn"]
BBT = BanBienTap(42077, 95, [(k, w, s) for k, _, w, s in SECTIONS], "Hậu Giang", HUYEN, XA, id0=60100, buoc=17, nguon="HGO")
ARTS = BBT.bai
for _a in ARTS:
    _a["slug"] = lam_slug(_a["title"], 90)
    _a["path"] = "/tin-tuc/%s-%d" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}


def tag_slug(label):
    """'Phòng, chống tham nhũng' -> 'phòng-chống-tham-nhũng' (lower case, diacritics kept)."""
    return _re.sub(r"[\s,/-]+", "-", label.lower()).strip("-")


TAGS = {tag_slug(CHU_DE[k][0]): k for k in CHU_DE}            # tag slug -> topic key
TAG_OF = {k: tag_slug(CHU_DE[k][0]) for k in CHU_DE}
BY_TAG = {t: [a for a in ARTS if k in a["tags"]] for t, k in TAGS.items()}
DOC_NHIEU = sorted(ARTS[:25], key=lambda a: (-a["views"], a["id"]))[:5]


def tag_url(t, extra=(), trang=1):
    u = "/tu-khoa/" + pct(t)
    q = [("them", pct(x)) for x in extra] + ([("trang", str(trang))] if trang > 1 else [])
    return u + ("?" + "&amp;".join("%s=%s" % kv for kv in q) if q else "")


# ---------------------------------------------------------------- layout (Bootstrap 4 + Razor partials)
def tag_cloud():
    counts = {t: len(v) for t, v in BY_TAG.items()}
    hi = max(counts.values())
    out = ['<div class="card widget-tags mb-3"><div class="card-header">Chủ đề nổi bật</div><div class="card-body tag-cloud">']
    for t in sorted(TAGS, key=lambda x: bo_dau(x)):
        out.append('<a class="tag-cloud__item" href="%s" style="font-size:%.2fem" title="%d bài viết">%s</a> ' % (
            tag_url(t), 0.8 + 0.8 * counts[t] / hi, counts[t], h(CHU_DE[TAGS[t]][0])))
    out.append('<p class="mt-2 mb-0 small"><a href="/tu-khoa">Tất cả chủ đề »</a></p></div></div>')
    return "".join(out)


def sidebar():
    tm = "".join('<li class="list-group-item"><a href="%s">%s</a><small class="d-block text-muted">%s</small></li>' % (
        a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M")) for a in ARTS[:6])
    dn = "".join('<li class="list-group-item"><span class="badge badge-danger mr-1">%d</span><a href="%s">%s</a></li>' % (
        i + 1, a["path"], h(a["title"])) for i, a in enumerate(DOC_NHIEU))
    return ('<div class="card mb-3"><div class="card-header">Tin mới</div><ul class="list-group list-group-flush">%s</ul></div>' % tm +
            tag_cloud() +
            '<div class="card mb-3"><div class="card-header">Đọc nhiều</div><ul class="list-group list-group-flush">%s</ul></div>' % dn +
            '<div class="card mb-3"><div class="card-header">Lịch công tác</div><div class="card-body"><a href="/lich-cong-tac?tuan=52&amp;nam=2024">'
            'Lịch công tác tuần 52/2024</a></div></div>')


SIDEBAR = sidebar()


def layout(rq, title, main, canonical=None, status=200, active=""):
    nav = ['<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>']
    nav += ['<li class="nav-item%s"><a class="nav-link" href="/chuyen-muc/%s">%s</a></li>' % (" active" if k == active else "", k, h(n))
            for k, n, _, _ in SECTIONS]
    nav.append('<li class="nav-item"><a class="nav-link" href="/tu-khoa">Chủ đề</a></li>')
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%s</title>
%s<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
<link rel="stylesheet" href="/css/site.css?v=pQ7wz2Ck1bT3yqvXgS0rEJ4mfU9o8d5aNl6" />
</head>
<body>
<header>
<div class="topbar bg-danger text-white small py-1"><div class="container d-flex justify-content-between"><span>%s, ngày %s</span><span><a class="text-white" href="/Account/Login">Đăng nhập</a></span></div></div>
<div class="container py-2 d-flex align-items-center"><a class="navbar-brand" href="/"><img src="/images/logo-hg.png" height="70" alt="Logo" /></a>
<div class="ml-2"><div class="h5 mb-0 text-danger font-weight-bold">ĐẢNG BỘ TỈNH HẬU GIANG</div><div class="small">Cổng thông tin điện tử</div></div>
<form class="form-inline ml-auto" action="/tim-kiem" method="get"><input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm" /><button class="btn btn-sm btn-danger ml-1" type="submit">Tìm</button></form></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav">
<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">%s</ul></div></div></nav>
</header>
<div class="container mt-3"><div class="row"><main role="main" class="col-lg-8 pb-3">%s</main><aside class="col-lg-4">%s</aside></div></div>
<footer class="border-top footer bg-light py-3 mt-3"><div class="container small">
<p class="mb-1"><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HẬU GIANG</strong></p>
<p class="mb-1">Cơ quan chủ quản: Văn phòng Tỉnh ủy Hậu Giang. Số 9 Hòa Bình, phường 5, thành phố Vị Thanh. ĐT: 0293.387x.xxx</p>
<p class="mb-0">Giấy phép số 45/GP-TTĐT ngày 11/5/2021. &copy; 2024 - <a href="/Home/Privacy">Chính sách bảo mật</a></p></div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/site.js?v=4q1jwFhaPaZgr8WAUSrux6hAuh0XDg9kPS3xIVq36I0"></script>
</body>
</html>""" % (h(title), '<link rel="canonical" href="%s" />\n' % h(canonical) if canonical else "", THU_VN[BAY_GIO.weekday()],
              ngay_vn(BAY_GIO), "".join(nav), main, SIDEBAR)
    hdr = [("X-Powered-By", "ASP.NET"), ("Set-Cookie", ".AspNetCore.Antiforgery.k3T9=CfDJ8Lk2h; path=/; samesite=strict; httponly")]
    return Traloi(page, status, "text/html; charset=utf-8", hdr)


def media(a, lead=True):
    return ('<div class="media news-item mb-3"><a href="%s"><img class="mr-3" src="/uploads/%s/%d-thumb.jpg" width="160" alt="%s" /></a>'
            '<div class="media-body"><h5 class="mt-0"><a href="%s">%s</a></h5><small class="text-muted">%s</small>%s</div></div>'
            % (a["path"], a["date"].strftime("%Y/%m"), a["id"], h(a["title"]), a["path"], h(a["title"]),
               a["date"].strftime("%d/%m/%Y %H:%M"), '<p class="mb-0">%s</p>' % h(a["sapo"]) if lead else ""))


def pager_links(url_of, cur, n):
    if n < 2:
        return ""
    items = []
    items.append('<li class="page-item%s"><a class="page-link" href="%s">«</a></li>' % (" disabled" if cur == 1 else "", url_of(max(1, cur - 1))))
    for p in range(1, n + 1):
        items.append('<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if p == cur else "", url_of(p), p))
    items.append('<li class="page-item%s"><a class="page-link" href="%s">»</a></li>' % (" disabled" if cur == n else "", url_of(min(n, cur + 1))))
    return '<nav aria-label="Phân trang"><ul class="pagination pagination-sm">%s</ul></nav>' % "".join(items)


# ---------------------------------------------------------------- pages
def home(rq):
    out = ['<div class="row mb-3"><div class="col-md-7">%s</div><div class="col-md-5"><ul class="list-unstyled home-hot">%s</ul></div></div>' % (
        media(ARTS[0]), "".join('<li class="border-bottom py-1"><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in ARTS[1:5]))]
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:3]
        out.append('<section class="home-cat mb-3"><h4 class="home-cat__title border-bottom border-danger"><a href="/chuyen-muc/%s">%s</a></h4>%s'
                   '<ul class="list-unstyled">%s</ul></section>' % (k, h(n), media(lst[0], False), "".join(
                       '<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in lst[1:])))
    return layout(rq, SITE, "\n".join(out), rq.goc + "/")


def category(rq, k):
    trang = rq.so("trang")
    if trang is None:
        return khong_thay(rq)
    lst = BY_SEC[k][:PS * MAXP]                   # the repository's GetTinMoiNhat(chuyenMuc, top: 12)
    pages = chia_trang(lst, PS)
    rows = pages[trang - 1] if trang <= len(pages) else []
    out = ['<h1 class="h4 border-bottom border-danger pb-1">%s</h1>' % h(SEC_NAME[k])]
    out += [media(a) for a in rows] or ['<div class="alert alert-secondary">Không có dữ liệu.</div>']
    out.append(pager_links(lambda p: "/chuyen-muc/%s%s" % (k, "?trang=%d" % p if p > 1 else ""), trang, len(pages)))
    tags = sorted({t for a in BY_SEC[k] for t in a["tags"]})
    out.append('<div class="cat-topics small mt-2">Chủ đề trong chuyên mục: %s</div>' % ", ".join(
        '<a href="%s">%s</a>' % (tag_url(TAG_OF[t]), h(CHU_DE[t][0])) for t in tags))
    return layout(rq, "%s - %s" % (SEC_NAME[k], SITE), "\n".join(out), rq.goc + "/chuyen-muc/" + k + ("?trang=%d" % trang if trang > 1 else ""), active=k)


def article(rq, a):
    k = a["sec"]
    body = ['<p class="lead font-weight-bold">%s</p>' % h(a["sapo"]), "<p>%s</p>" % h(a["doan"][0]),
            '<figure class="figure d-block text-center"><img class="figure-img img-fluid" src="/uploads/%s/%d-1.jpg" alt="" />'
            '<figcaption class="figure-caption">%s</figcaption></figure>' % (a["date"].strftime("%Y/%m"), a["id"], h(a["chu_thich"]))]
    body += ["<p>%s</p>" % h(p) for p in a["doan"][1:]]
    body.append('<p class="text-right font-weight-bold">%s</p>' % h(a["tac_gia"]))
    lq = [x for x in BY_SEC[k] if x is not a][:4]
    out = ['<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
           '<li class="breadcrumb-item"><a href="/chuyen-muc/%s">%s</a></li></ol></nav>' % (k, h(SEC_NAME[k])),
           '<article class="news-detail"><h1 class="h3">%s</h1><p class="text-muted small"><time datetime="%s">%s, %s</time> · %d lượt xem</p>' % (
               h(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:00+07:00"), THU_VN[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), a["views"]),
           '<div class="news-content">%s</div>' % "\n".join(body),
           '<div class="news-tags mt-3"><strong>Từ khóa:</strong> %s</div>' % " ".join(
               '<a class="badge badge-light border" href="%s">#%s</a>' % (tag_url(TAG_OF[t]), h(CHU_DE[t][0])) for t in a["tags"]),
           '<div class="share mt-2"><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank">Facebook</a> '
           '<a class="btn btn-sm btn-info" href="https://zalo.example/share?url=%s%s" target="_blank">Zalo</a></div></article>' % (rq.goc, a["path"], rq.goc, a["path"]),
           '<section class="related mt-3"><h5 class="border-bottom">Tin liên quan</h5><ul>%s</ul></section>' % "".join(
               '<li><a href="%s">%s</a> <small class="text-muted">(%s)</small></li>' % (x["path"], h(x["title"]), ngay_vn(x["date"])) for x in lq)]
    return layout(rq, a["title"], "\n".join(out), rq.goc + a["path"], active=k)


def tag_index(rq):
    out = ['<h1 class="h4 border-bottom border-danger pb-1">Chủ đề</h1><ul class="list-inline tag-index">']
    out += ['<li class="list-inline-item mb-2"><a class="btn btn-outline-danger btn-sm" href="%s">%s <span class="badge badge-light">%d</span></a></li>' % (
        tag_url(t), h(CHU_DE[TAGS[t]][0]), len(BY_TAG[t])) for t in sorted(TAGS, key=bo_dau)]
    out.append("</ul>")
    return layout(rq, "Chủ đề - " + SITE, "".join(out), rq.goc + "/tu-khoa")


def tag_page(rq, t):
    trang = rq.so("trang")
    them = rq.tat_ca("them")
    if trang is None or any(x not in TAGS or x == t for x in them):
        return khong_thay(rq)
    keys = [TAGS[t]] + [TAGS[x] for x in them]
    lst = [a for a in ARTS if all(k in a["tags"] for k in keys)]
    pages = chia_trang(lst, TAG_PS)
    rows = pages[trang - 1] if trang <= len(pages) else []
    names = " + ".join(CHU_DE[k][0] for k in keys)
    out = ['<h1 class="h4 border-bottom border-danger pb-1">Chủ đề: %s</h1>' % h(names),
           '<p class="small text-muted">%d bài viết</p>' % len(lst)]
    out += [media(a) for a in rows] or ['<div class="alert alert-secondary">Chưa có bài viết thuộc chủ đề này.</div>']
    out.append(pager_links(lambda p: tag_url(t, them, p), trang, len(pages)))
    others = [x for x in sorted(TAGS, key=bo_dau) if x != t and x not in them]
    out.append('<div class="tag-combine small mt-3"><strong>Kết hợp với chủ đề:</strong> %s</div>' % " ".join(
        '<a class="badge badge-secondary" href="%s">+ %s</a>' % (tag_url(t, them + [x]), h(CHU_DE[TAGS[x]][0])) for x in others))
    canon = rq.goc + tag_url(t, (), trang).replace("&amp;", "&") if not them else None
    return layout(rq, "Chủ đề %s - %s" % (names, SITE), "\n".join(out), canon)


def week(rq, w, y):
    monday = _dt.date.fromisocalendar(y, w, 1)
    pv, nx = (monday - _dt.timedelta(days=7)).isocalendar(), (monday + _dt.timedelta(days=7)).isocalendar()
    rr = _rnd.Random("hg-lct-%d-%d" % (y, w))
    rows = "".join('<tr><td>%s<br />%s</td><td>%s</td></tr>' % (THU_VN[i], (monday + _dt.timedelta(days=i)).strftime("%d/%m/%Y"), h(rr.choice((
        "Thường trực Tỉnh ủy làm việc tại cơ quan", "Dự hội nghị trực tuyến toàn quốc", "Làm việc với Huyện ủy " + rr.choice(HUYEN),
        "Họp Ban Thường vụ Tỉnh ủy", "Tiếp công dân định kỳ")))) for i in range(5))
    out = ['<h1 class="h4">Lịch công tác tuần %d/%d</h1>' % (w, y),
           '<p><a class="btn btn-sm btn-light" href="/lich-cong-tac?tuan=%d&amp;nam=%d">‹ Tuần trước</a> <a class="btn btn-sm btn-light" href="/lich-cong-tac?tuan=%d&amp;nam=%d">Tuần sau ›</a></p>'
           % (pv[1], pv[0], nx[1], nx[0]), '<table class="table table-bordered table-sm"><tbody>%s</tbody></table>' % rows]
    return layout(rq, "Lịch công tác - " + SITE, "".join(out))


def khong_thay(rq):
    return layout(rq, "Không tìm thấy - " + SITE, '<div class="text-center py-5"><h1 class="display-4">404</h1><p>Không tìm thấy trang yêu cầu.</p>'
                  '<a class="btn btn-danger" href="/">Về trang chủ</a></div>', status=404)


ROBOTS = """User-agent: *
Disallow: /Account/
Disallow: /Admin/
Disallow: /tim-kiem
Disallow: /api/
"""


def handle(rq):
    p = rq.path
    if p == "/":
        return home(rq)
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    m = _re.match(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if not a:
            return khong_thay(rq)
        return article(rq, a) if m.group(1) == a["slug"] else chuyen(a["path"])
    m = _re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in SEC_NAME:
        return category(rq, m.group(1))
    if p == "/tu-khoa":
        return tag_index(rq)
    m = _re.match(r"^/tu-khoa/([^/]+)$", p)
    if m and m.group(1) in TAGS:
        return tag_page(rq, m.group(1))
    if p == "/lich-cong-tac":
        w, y = rq.so("tuan", 52, 1, 53), rq.so("nam", 2024, 1901, 2199)
        if w is None or y is None or w > _dt.date(y, 12, 28).isocalendar()[1]:
            return khong_thay(rq)
        return week(rq, w, y)
    if p == "/Home/Privacy":
        return layout(rq, "Chính sách bảo mật", "<h1 class=\"h4\">Chính sách bảo mật</h1><p>Cổng thông tin không thu thập dữ liệu cá nhân của bạn đọc.</p>")
    if p.startswith("/tim-kiem"):
        return layout(rq, "Tìm kiếm", "<p>Không có kết quả.</p>")
    return khong_thay(rq)


app = mo_app(handle, [("Server", "Microsoft-IIS/10.0")])


# ---------------------------------------------------------------- manifest
def _no_tags():
    got = {a["path"] for a in ARTS[:6] + DOC_NHIEU + ARTS[:5]}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:PS * MAXP]}
    return got


_N = _no_tags()
ONLY_TAGS = [a["path"] for a in ARTS if a["path"] not in _N]
MANIFEST = {
    "family": "ASP.NET Core 6 MVC on IIS (Đảng bộ tỉnh Hậu Giang): section listings capped at two pages; older articles only "
              "through Unicode topic-tag pages (tag cloud, /tu-khoa index, article 'Từ khóa'); tag-combination trap",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": []} for a in ARTS},
    "robots_disallowed": ["/Account/", "/Admin/", "/tim-kiem", "/api/"],
    "trap_prefixes": ["them=", "/lich-cong-tac"],
    "only_via": {"tag-pages": ONLY_TAGS},
    "notes": (
        "Articles /tin-tuc/<slug>-<id> (no extension; wrong slug 301). MAIN DIFFICULTY: section listings /chuyen-muc/<c> "
        "(?trang=2) show only the %d newest items of the section (%d a page, pager '« 1 2 »'; ?trang=3+ = 200 'Không có dữ "
        "liệu'). The other %d articles are reachable only through topic-tag pages /tu-khoa/<tag> where <tag> is the "
        "Vietnamese label in lower case with diacritics, hyphenated and percent-encoded (e.g. /tu-khoa/chuy%%E1%%BB%%83n-"
        "%%C4%%91%%E1%%BB%%95i-s%%E1%%BB%%91), %d a page (?trang=N, '« 1 2 »'), every article of that topic. Tag pages are "
        "linked from the sidebar 'Chủ đề nổi bật' cloud (all 15 tags, font-size by count) on every page, the /tu-khoa index "
        "('Chủ đề' in the menu), the 'Chủ đề trong chuyên mục' line of section pages and each article's 'Từ khóa' badges. "
        "Every article has 2-3 tags. TRAP: each tag page offers 'Kết hợp với chủ đề: + X' links ?them=<tag>[&them=<tag>…] "
        "(AND filter) for every other tag, and those pages again: 2^14 combinations per tag (substring them=). Trap: "
        "'Lịch công tác' /lich-cong-tac?tuan=&nam= ‹ › weeks forever. Home: 5 + 3 per section; sidebar 'Tin mới' (6), "
        "'Đọc nhiều' (5); 'Tin liên quan' = 4 newest of the section. No aliases. Antiforgery cookie set, never needed. "
        "Search /tim-kiem robots-disallowed. No sitemap, no feeds." % (PS * MAXP, PS, len(ONLY_TAGS), TAG_PS)),
}
_old = BY_SEC["thoi-su"][-1]
_t = TAG_OF[_old["tags"][0]]
SELFTEST = [
    {"path": "/chuyen-muc/thoi-su?trang=3", "status": 200, "contains": "Không có dữ liệu"},
    {"path": "/chuyen-muc/thoi-su?trang=2", "status": 200, "not_contains": BY_SEC["thoi-su"][PS * MAXP]["title"]},
    {"path": "/tu-khoa/" + pct(_t) + ("?trang=%d" % (BY_TAG[_t].index(_old) // TAG_PS + 1)), "status": 200, "contains": _old["title"]},
    {"path": "/tu-khoa/" + pct(_t) + "?trang=99", "status": 200, "contains": "Chưa có bài viết"},
    {"path": "/tu-khoa/khong-co", "status": 404},
    {"path": "/tin-tuc/sai-%d" % _old["id"], "status": 301, "location": _old["path"]},
    {"path": "/tin-tuc/khong-co-1", "status": 404},
    {"path": "/lich-cong-tac?tuan=1&nam=1950", "status": 200, "contains": "Tuần trước"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<c> -> ?trang=2 (12 newest only)",
               "sidebar tag cloud / /tu-khoa index / article 'Từ khóa' -> /tu-khoa/<percent-encoded Vietnamese tag> -> ?trang=N"],
    "alias_kinds": ["wrong slug (301, unlisted)"],
    "quirks": ["listing capped at 2 pages (TOP 12)", "tag URLs = percent-encoded Vietnamese with diacritics",
               "tag-combination trap ?them=", "week-calendar trap", "antiforgery cookie"],
    "tag_prefix": "/tu-khoa",
}
