"""Replica site (set 10, B): Drupal 7 + Views (Trang thông tin điện tử Đảng bộ tỉnh Hoàng Liên Sơn).  Every page of a
section listing starts with the same Views attachment 'Tiêu điểm' (three pinned stories with pictures and leads) and
carries the same sidebars; only four short title rows change from page to page, and the pager clamps past the end
(?page=99 = the last page again).  A crawler that judges pages by how many of their links (or which first link) it has
already seen takes pages 2+ for a looping pager.
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

SITE = "Đảng bộ tỉnh Hoàng Liên Sơn"
PINNED, PS = 3, 4
SECTIONS = [("thoi-su", "Thời sự", 4, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 4, "dang"),
            ("kinh-te", "Kinh tế - Xã hội", 3, "kinhte"), ("dan-van", "Dân vận", 2, "xahoi"),
            ("kiem-tra", "Kiểm tra - Giám sát", 2, "noichinh"), ("co-so", "Cơ sở Đảng", 3, "coso")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
TID = {k: 11 + i * 3 for i, (k, _, _, _) in enumerate(SECTIONS)}
HUYEN = ["Bát Xát", "Bảo Thắng", "Sa Pa", "Văn Bàn", "Mù Cang Chải", "Trạm Tấu", "Lục Yên", "Bắc Hà", "Than Uyên"]
XA = ["Y Tý", "A Mú Sung", "Tả Van", "Bản Hồ", "Khau Phạ", "Tà Xi Láng", "Minh Xuân", "Nậm Xé", "Lùng Phình", "Cốc Lầu",
      "Púng Luông", "Mường Khoa"]
BBT = BanBienTap(77123, 98, [(k, w, s) for k, _, w, s in SECTIONS], "Hoàng Liên Sơn", HUYEN, XA, id0=1400, buoc=3, nguon="HLS")
ARTS = BBT.bai
_used = set()
for _a in ARTS:
    s = lam_slug(_a["title"], 90)
    while s in _used:
        s += "-0"
    _used.add(s)
    _a["slug"] = s
    _a["path"] = "/tin-tuc/%s/%s" % (_a["date"].strftime("%Y/%m"), s)
BY_NID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
# the editors' pinned 'Tiêu điểm' stories of each section (older stories, kept pinned for weeks)
PIN = {k: [lst[i] for i in (1, 6, 9)] for k, lst in BY_SEC.items()}
LIST = {k: [a for a in lst if a not in PIN[k]] for k, lst in BY_SEC.items()}
NOI_BAT = [ARTS[i] for i in (0, 2, 3, 5, 8)]
XEM_NHIEU = sorted(ARTS[:40], key=lambda a: (-a["views"], a["id"]))[:5]
SORTS = [("created", "DESC", "Mới nhất"), ("created", "ASC", "Cũ nhất"), ("totalcount", "DESC", "Xem nhiều"), ("title", "ASC", "Theo tên")]


def dc_date(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def so_trang(k):
    return max(1, -(-len(LIST[k]) // PS))


# ---------------------------------------------------------------- theme
def block(title, inner, bid):
    return ('<div id="block-%s" class="block block-views"><h2 class="block-title">%s</h2><div class="content">%s</div></div>'
            % (bid, h(title), inner))


def sidebar():
    tm = "".join('<li class="views-row"><span class="views-field-title"><a href="%s">%s</a></span> <span class="views-field-created">%s</span></li>'
                 % (a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y")) for a in ARTS[:6])
    xn = "".join('<li class="views-row"><a href="%s">%s</a> <span class="totalcount">%d lượt xem</span></li>' % (a["path"], h(a["title"]), a["views"])
                 for a in XEM_NHIEU)
    return (block("Tin mới cập nhật", '<div class="view view-tin-moi"><div class="item-list"><ul>%s</ul></div></div>' % tm, "views-tin-moi-block") +
            block("Tin xem nhiều", '<div class="view view-xem-nhieu"><div class="item-list"><ol>%s</ol></div></div>' % xn, "views-xem-nhieu-block") +
            block("Lịch sự kiện", '<p><a href="/su-kien/thang/2024-12">Xem lịch sự kiện tháng 12/2024</a></p>', "views-su-kien-block") +
            '<div id="block-block-7" class="block block-block"><h2 class="block-title">Liên kết</h2><div class="content"><ul>'
            '<li><a href="https://dangcongsan.example/">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://tuyengiao.example/">'
            'Ban Tuyên giáo Trung ương</a></li><li><a href="https://hoanglienson.gov.example/">Cổng TTĐT tỉnh Hoàng Liên Sơn</a></li></ul></div></div>')


SIDEBAR = sidebar()


def layout(rq, title, main, canonical=None, status=200, body_class="", shortlink=None, crumbs=()):
    menu = ['<li class="first leaf"><a href="/" class="active">Trang chủ</a></li>']
    menu += ['<li class="leaf"><a href="/chuyen-muc/%s" title="">%s</a></li>' % (k, h(n)) for k, n, _, _ in SECTIONS]
    menu += ['<li class="last leaf"><a href="/lien-he">Liên hệ</a></li>']
    bc = ""
    if crumbs:
        bc = '<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » ' + " » ".join(
            '<a href="%s">%s</a>' % (u, h(t)) if u else h(t) for u, t in crumbs) + "</div>"
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:og="http://ogp.me/ns#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="%s/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
%s%s<title>%s | %s</title>
<style type="text/css" media="all">@import url("%s/sites/all/themes/hls/css/style.css?s3k2x9");</style>
<script type="text/javascript" src="%s/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"hls","theme_token":"Xq3v-2bO4mJ"}});</script>
</head>
<body class="html %s">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="%s/sites/default/files/logo-hls.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>ĐẢNG BỘ TỈNH HOÀNG LIÊN SƠN</span></a></strong></div>
<div id="site-slogan">Trang thông tin điện tử</div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">
<label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label><input title="Nhập từ khóa cần tìm." type="text" id="edit-search-block-form--2" name="keys" value="" size="15" maxlength="128" class="form-text" />
<input type="submit" id="edit-submit" value="Tìm kiếm" class="form-submit" /></div></form></div></div></div></div></div>
<div id="navigation"><div class="section"><h2 class="element-invisible">Main menu</h2><ul id="main-menu" class="links inline clearfix main-menu">%s</ul></div></div>
%s
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
%s
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">%s</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="content">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HOÀNG LIÊN SƠN</strong></p><p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Hoàng Liên Sơn. Địa chỉ: đường Hoàng Liên, phường Kim Tân, thành phố Lào Cai.</p>
<p>Giấy phép số 09/GP-TTĐT ngày 21/02/2018. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></div></div></div>
</div></div>
</body>
</html>""" % (rq.goc, '<link rel="canonical" href="%s" />\n' % h(canonical) if canonical else "",
              '<link rel="shortlink" href="%s" />\n' % h(shortlink) if shortlink else "", h(title), SITE, rq.goc, rq.goc, body_class,
              rq.goc, "".join(menu), bc, main, SIDEBAR)
    return Traloi(page, status, "text/html; charset=utf-8",
                  [("X-Powered-By", "PHP/5.4.45"), ("X-Generator", "Drupal 7 (http://drupal.org)"), ("Cache-Control", "no-cache, must-revalidate"),
                   ("Expires", "Sun, 19 Nov 1978 05:00:00 GMT")])


def teaser(a):
    return ('<div class="views-row"><div class="views-field views-field-field-image"><a href="%s"><img typeof="foaf:Image" src="/sites/default/files/styles/medium/public/tin/%d.jpg" width="220" height="146" alt="" /></a></div>'
            '<div class="views-field views-field-title"><h3 class="field-content"><a href="%s">%s</a></h3></div>'
            '<div class="views-field views-field-created"><span class="field-content">%s</span></div>'
            '<div class="views-field views-field-body"><div class="field-content">%s %s</div></div></div>'
            % (a["path"], a["id"], a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y - %H:%M"), h(a["sapo"]), h(a["doan"][0])))


def dong(a, i):
    return ('<tr class="%s"><td class="views-field views-field-title"><a href="%s">%s</a></td><td class="views-field views-field-created">%s</td></tr>'
            % ("odd" if i % 2 == 0 else "even", a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y")))


def pager(k, cur, sort=None):
    """theme_pager (zero-based ?page=), quantity 5."""
    n = so_trang(k)
    if n < 2:
        return ""
    sq = "sort_by=%s&amp;sort_order=%s&amp;" % sort if sort else ""
    u = lambda p: "/chuyen-muc/%s%s" % (k, ("?" + sq + "page=%d" % p) if p else ("?" + sq[:-5] if sq else ""))
    items = []
    if cur > 0:
        items.append('<li class="pager-first first"><a title="Đến trang đầu" href="%s">« đầu</a></li>' % u(0))
        items.append('<li class="pager-previous"><a title="Đến trang trước" href="%s">‹ trước</a></li>' % u(cur - 1))
    lo = max(0, min(cur - 2, n - 5))
    for p in range(lo, min(n, lo + 5)):
        items.append('<li class="pager-current">%d</li>' % (p + 1) if p == cur else
                     '<li class="pager-item"><a title="Đến trang %d" href="%s">%d</a></li>' % (p + 1, u(p), p + 1))
    if cur < n - 1:
        items.append('<li class="pager-next"><a title="Đến trang sau" href="%s">sau ›</a></li>' % u(cur + 1))
        items.append('<li class="pager-last last"><a title="Đến trang cuối" href="%s">cuối »</a></li>' % u(n - 1))
    return '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">%s</ul></div>' % "".join(items)


# ---------------------------------------------------------------- pages
def trang_chu(rq):
    out = ['<div class="region region-content"><div id="block-views-noi-bat-block" class="block block-views"><h2 class="block-title">Tin nổi bật</h2>'
           '<div class="content"><div class="view view-noi-bat flexslider"><ul class="slides">']
    out += ['<li><a href="%s"><img src="/sites/default/files/styles/slide/public/tin/%d.jpg" alt="" /></a><p class="flex-caption"><a href="%s">%s</a></p></li>'
            % (a["path"], a["id"], a["path"], h(a["title"])) for a in NOI_BAT]
    out.append("</ul></div></div></div>")
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:4]
        out.append('<div class="block block-views home-section"><h2 class="block-title"><a href="/chuyen-muc/%s">%s</a></h2><div class="content">' % (k, h(n)))
        out.append(teaser(lst[0]).replace(h(lst[0]["doan"][0]), ""))
        out.append('<ul>%s</ul><div class="more-link"><a href="/chuyen-muc/%s">Xem tiếp</a></div></div></div>' % (
            "".join('<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in lst[1:]), k))
    out.append("</div>")
    return layout(rq, "Trang chủ", "\n".join(out), None, body_class="front not-logged-in one-sidebar sidebar-second")


def chuyen_muc(rq, k):
    page = rq.so("page", 0, 0)
    sort = None
    if "sort_by" in rq.q or "sort_order" in rq.q:
        sort = (rq.q.get("sort_by", "created"), rq.q.get("sort_order", "DESC"))
        if sort[0] not in ("created", "totalcount", "title") or sort[1] not in ("ASC", "DESC"):
            sort = None
    if page is None:
        page = 0
    n = so_trang(k)
    page = min(page, n - 1)                     # Drupal 7 pager_default_initialize(): clamp to the last page
    lst = LIST[k]
    if sort and sort != ("created", "DESC"):
        keyf = {"created": lambda a: (a["date"], a["id"]), "totalcount": lambda a: (a["views"], a["id"]),
                "title": lambda a: bo_dau(a["title"]).lower()}[sort[0]]
        lst = sorted(lst, key=keyf, reverse=sort[1] == "DESC")
    rows = lst[page * PS:(page + 1) * PS]
    out = ['<h1 class="title" id="page-title">%s</h1>' % h(SEC_NAME[k]),
           '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
           '<div class="view view-chuyen-muc view-id-chuyen_muc view-display-id-page view-dom-id-%s">' % ma_bam(k, page, sort),
           '<div class="attachment attachment-before"><div class="view view-tieu-diem view-id-tieu_diem view-display-id-attachment_1">'
           '<h2 class="view-title">Tiêu điểm</h2><div class="view-content">']
    out += [teaser(a) for a in PIN[k]]
    out.append("</div></div></div>")
    out.append('<div class="view-header"><p class="sort-links">Sắp xếp: %s</p></div>' % " | ".join(
        '<a href="/chuyen-muc/%s?sort_by=%s&amp;sort_order=%s">%s</a>' % (k, s, o, t) for s, o, t in SORTS))
    out.append('<div class="view-content"><table class="views-table cols-2"><thead><tr><th class="views-field views-field-title">Tiêu đề</th>'
               '<th class="views-field views-field-created">Ngày đăng</th></tr></thead><tbody>')
    out += [dong(a, i) for i, a in enumerate(rows)]
    out.append("</tbody></table></div>")
    out.append(pager(k, page, sort))
    out.append('<div class="feed-icon"><a href="/taxonomy/term/%d/feed" class="feed-icon" title="Đăng ký RSS"><img typeof="foaf:Image" src="/misc/feed.png" width="16" height="16" alt="Đăng ký RSS" /></a></div>' % TID[k])
    out.append("</div></div></div></div>")
    canon = "%s/chuyen-muc/%s" % (rq.goc, k) + ("?page=%d" % page if page else "")
    return layout(rq, SEC_NAME[k], "\n".join(out), canon if not sort else None,
                  body_class="not-front not-logged-in page-taxonomy page-taxonomy-term page-taxonomy-term-%d one-sidebar sidebar-second" % TID[k],
                  crumbs=[(None, SEC_NAME[k])])


def node(rq, a, printing=False):
    body = ['<p><strong>%s</strong></p>' % h(a["sapo"]), "<p>%s</p>" % h(a["doan"][0]),
            '<p style="text-align:center"><img alt="" src="/sites/default/files/tin/%d_1.jpg" style="width:640px" /></p>'
            '<p style="text-align:center"><em>%s</em></p>' % (a["id"], h(a["chu_thich"]))]
    body += ["<p>%s</p>" % h(p) for p in a["doan"][1:]]
    body.append('<p style="text-align:right"><strong>%s</strong></p>' % h(a["tac_gia"]))
    if printing:
        return Traloi('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>%s</title><link rel="canonical" href="%s%s" />'
                      '<meta name="robots" content="noindex, nofollow" /></head><body class="print"><h1 class="print-title">%s</h1>'
                      '<div class="print-content">%s</div><div class="print-source">Nguồn: %s%s</div></body></html>'
                      % (h(a["title"]), rq.goc, a["path"], h(a["title"]), "".join(body), rq.goc, a["path"]))
    k = a["sec"]
    cung = [x for x in BY_SEC[k] if x is not a][:5]
    out = ['<h1 class="title" id="page-title">%s</h1>' % h(a["title"]),
           '<div id="node-%d" class="node node-article node-full clearfix" about="%s" typeof="sioc:Item foaf:Document">' % (a["id"], a["path"]),
           '<div class="submitted"><span property="dc:date dc:created" content="%s" datatype="xsd:dateTime">%s, %s</span></div>' % (
               dc_date(a["date"]), THU_VN[a["date"].weekday()], a["date"].strftime("%d/%m/%Y - %H:%M")),
           '<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%s</div></div></div>' % "\n".join(body),
           '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">%s</div></div></div>' % "".join(
               '<div class="field-item">%s</div>' % h(CHU_DE[t][0]) for t in a["tags"]),
           '<ul class="links inline"><li class="print_html first"><a href="/print/%d" title="Hiển thị phiên bản thân thiện máy in của trang này." class="print-page" rel="nofollow">Bản in</a></li>'
           '<li class="last"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s">Chia sẻ</a></li></ul></div>' % (a["id"], rq.goc, a["path"]),
           '<div class="block block-views"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="content"><div class="item-list"><ul>%s</ul></div></div></div>' % "".join(
               '<li><a href="%s">%s</a> <em>(%s)</em></li>' % (x["path"], h(x["title"]), x["date"].strftime("%d/%m/%Y")) for x in cung)]
    return layout(rq, a["title"], "\n".join(out), rq.goc + a["path"], shortlink=rq.goc + "/node/%d" % a["id"],
                  body_class="not-front not-logged-in page-node page-node-%d node-type-article one-sidebar sidebar-second" % a["id"],
                  crumbs=[("/chuyen-muc/%s" % k, SEC_NAME[k])])


def su_kien(rq, y, m):
    first = _dt.date(y, m, 1)
    prev = (first - _dt.timedelta(days=1)).replace(day=1)
    nxt = (first + _dt.timedelta(days=32)).replace(day=1)
    rr = _rnd.Random("sk%d-%d" % (y, m))
    cells = []
    d = first - _dt.timedelta(days=first.weekday())
    while d < nxt or d.weekday() != 0:
        if d.weekday() == 0:
            cells.append("<tr>")
        ev = '<div class="calendar-event">%s</div>' % h(rr.choice(("Hội nghị Ban Thường vụ", "Giao ban khối Đảng", "Tiếp công dân", "Kiểm tra tại cơ sở"))) \
            if d.month == m and rr.random() < 0.25 else ""
        cells.append('<td class="%s">%d%s</td>' % ("today" if d == BAY_GIO.date() else "", d.day, ev))
        if d.weekday() == 6:
            cells.append("</tr>")
        d += _dt.timedelta(days=1)
    out = ['<h1 class="title">Lịch sự kiện tháng %d/%d</h1>' % (m, y),
           '<div class="date-nav"><div class="date-prev"><a href="/su-kien/thang/%s">« Tháng trước</a></div><div class="date-next"><a href="/su-kien/thang/%s">Tháng sau »</a></div></div>'
           % (prev.strftime("%Y-%m"), nxt.strftime("%Y-%m")),
           '<table class="calendar month"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
               "".join("<th>%s</th>" % t for t in ("T2", "T3", "T4", "T5", "T6", "T7", "CN")), "".join(cells))]
    return layout(rq, "Lịch sự kiện", "\n".join(out), None, body_class="not-front page-su-kien")


def khong_thay(rq):
    return layout(rq, "Không tìm thấy trang", '<h1 class="title">Không tìm thấy trang</h1><p>Không tìm thấy trang yêu cầu.</p>',
                  status=404, body_class="not-front page-404")


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
Crawl-delay: 10
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /install.php
Disallow: /update.php
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
Disallow: /print/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=search/
"""


def rss(rq, tid):
    k = [x for x, t in TID.items() if t == tid][0]
    items = "".join("<item><title>%s</title><link>%s%s</link><description>%s</description><pubDate>%s</pubDate><guid isPermaLink=\"false\">%d at %s</guid></item>"
                    % (h(a["title"]), rq.goc, a["path"], h(a["sapo"]), a["date"].strftime("%a, %d %b %Y %H:%M:%S +0700"), a["id"], rq.goc)
                    for a in BY_SEC[k][:5])
    return Traloi('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="%s/chuyen-muc/%s"><channel><title>%s</title>'
                  "<link>%s/chuyen-muc/%s</link><description></description><language>vi</language>%s</channel></rss>"
                  % (rq.goc, k, h(SEC_NAME[k]), rq.goc, k, items), 200, "application/rss+xml; charset=utf-8")


def xu_ly(rq):
    p = rq.path
    if p == "/":
        return trang_chu(rq)
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    m = _re.match(r"^/tin-tuc/(\d{4})/(\d{2})/([a-z0-9-]+)$", p)
    if m:
        a = BY_PATH.get(p)
        return node(rq, a) if a else khong_thay(rq)
    m = _re.match(r"^/(node|print)/(\d+)$", p)
    if m and int(m.group(2)) in BY_NID:
        return node(rq, BY_NID[int(m.group(2))], printing=m.group(1) == "print")
    m = _re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in SEC_NAME:
        return chuyen_muc(rq, m.group(1))
    m = _re.match(r"^/taxonomy/term/(\d+)$", p)
    if m and int(m.group(1)) in TID.values():
        return chuyen("/chuyen-muc/" + [x for x, t in TID.items() if t == int(m.group(1))][0])
    m = _re.match(r"^/taxonomy/term/(\d+)/feed$", p)
    if m and int(m.group(1)) in TID.values():
        return rss(rq, int(m.group(1)))
    m = _re.match(r"^/su-kien/thang/(\d{4})-(\d{2})$", p)
    if m and 1 <= int(m.group(2)) <= 12 and 1900 <= int(m.group(1)) <= 2100:
        return su_kien(rq, int(m.group(1)), int(m.group(2)))
    if p == "/lien-he":
        return layout(rq, "Liên hệ", '<h1 class="title">Liên hệ</h1><p>Ban Biên tập: bbt@hoanglienson.example, điện thoại 0214.382x.xxx.</p>', rq.goc + "/lien-he")
    if p.startswith("/search/"):
        return layout(rq, "Tìm kiếm", '<h1 class="title">Tìm kiếm</h1><p>Hãy nhập từ khóa.</p>')
    return khong_thay(rq)


app = mo_app(xu_ly, [("Server", "Apache/2.4.6 (CentOS) PHP/5.4.45")])


# ---------------------------------------------------------------- manifest
def _without_pages():
    """Articles linked from the home page, sidebars, pinned attachments, the first page of each section and the
    'Tin cùng chuyên mục' boxes: what a crawler that skips 'repeat' listing pages still reaches."""
    got = {a["path"] for a in NOI_BAT + ARTS[:6] + XEM_NHIEU}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:6]}       # home 4 newest, 'Tin cùng chuyên mục' 5 newest (+ self)
        got |= {a["path"] for a in PIN[k] + LIST[k][:PS]}
    return got


_W = _without_pages()
ONLY_PAGES = [a["path"] for a in ARTS if a["path"] not in _W]
MANIFEST = {
    "family": "Drupal 7 + Views (Đảng bộ tỉnh Hoàng Liên Sơn): every page of a section listing repeats the same pinned "
              "'Tiêu điểm' attachment and sidebars; only four title rows change; the pager clamps past the end",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/node/%d" % a["id"], "/print/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/search/", "/print/", "/user/login/", "/node/add/", "/includes/"],
    "trap_prefixes": ["sort_by=", "/su-kien/"],
    "only_via": {"near-dup": ONLY_PAGES},
    "notes": (
        "Articles /tin-tuc/YYYY/MM/<slug> (pathauto, slug only; canonical + shortlink /node/<nid>). MAIN DIFFICULTY: section "
        "listings /chuyen-muc/<c> page with Drupal's zero-based ?page=N ('« đầu ‹ trước 1 2 3 sau › cuối »', %d rows a page). "
        "EVERY page starts with the same Views attachment 'Tiêu điểm': %d pinned stories of the section (picture, lead and "
        "first paragraph: most of the page's text) and carries the same sidebars ('Tin mới cập nhật' 6, 'Tin xem nhiều' 5); "
        "only a table of %d title rows differs. Pages 2+ therefore share ~75%% of their article links, their first article "
        "link and most of their text with page 1: a crawler that treats such a page as a loop / near-duplicate (and skips "
        "its links) loses %d articles (MANIFEST['only_via']['near-dup']). A real repeat exists too: past the end Drupal "
        "clamps (?page=99 = the last page, 200, same content). Pinned stories are excluded from the table. Home: 'Tin nổi bật' "
        "slider (5) + 4 per section; 'Tin cùng chuyên mục' = the 5 newest of the section. Aliases: /node/<nid> (200, "
        "canonical), 'Bản in' /print/<nid> (200, canonical, robots-disallowed). Traps: the 'Sắp xếp' links "
        "(?sort_by=created|totalcount|title&sort_order=ASC|DESC × page: substring sort_by=) and the month calendar "
        "/su-kien/thang/YYYY-MM (« Tháng trước | Tháng sau » forever). /taxonomy/term/<tid> 301 to the section; "
        "/taxonomy/term/<tid>/feed = 5 newest (RSS). Drupal's robots.txt (Crawl-delay: 10). Search /search/node (GET, "
        "robots-disallowed). No sitemap." % (PS, PINNED, PS, len(ONLY_PAGES))),
}
_k = "xay-dung-dang"
_last = so_trang(_k) - 1
SELFTEST = [
    {"path": "/chuyen-muc/%s?page=99" % _k, "status": 200, "same_as": "/chuyen-muc/%s?page=%d" % (_k, _last)},
    {"path": "/chuyen-muc/%s?page=%d" % (_k, _last), "status": 200, "contains": LIST[_k][-1]["title"]},
    {"path": "/chuyen-muc/%s?page=1" % _k, "status": 200, "contains": PIN[_k][0]["doan"][0]},
    {"path": "/chuyen-muc/%s?page=2" % _k, "status": 200, "contains": PIN[_k][2]["title"]},
    {"path": "/node/%d" % ARTS[7]["id"], "status": 200, "contains": ARTS[7]["title"]},
    {"path": "/taxonomy/term/%d" % TID[_k], "status": 301, "location": "/chuyen-muc/" + _k},
    {"path": "/tin-tuc/2024/01/khong-co", "status": 404},
    {"path": "/su-kien/thang/1950-01", "status": 200, "contains": "Tháng trước"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<c> -> ?page=1..N-1 (zero-based; each page = same pinned 'Tiêu điểm' + 4 new title rows)",
               "past the end: ?page=99 = the last page again (clamp)"],
    "alias_kinds": ["/node/<nid> (200, canonical + shortlink)", "print /print/<nid> (200, robots-disallowed)"],
    "quirks": ["pinned Views attachment repeated on every page", "~75% of a page's article links shared with page 1",
               "same first article link on every page", "real clamp past the end", "sort × order × page combinations (trap)",
               "month calendar trap", "Crawl-delay: 10", "per-section RSS (5 newest)"],
}
