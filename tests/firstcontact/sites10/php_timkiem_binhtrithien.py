"""Replica site (set 10, A): custom PHP 5.6 CMS on Apache (Cổng thông tin điện tử Đảng bộ tỉnh Bình Trị Thiên).
Category pages show the eight newest items and no pager; the only archive is the search page: the 'Các tin đã đưa'
and header search forms submit GET /tim-kiem.html?tukhoa=&chuyenmuc=<c> with an EMPTY keyword, which lists every
article of the section (or of the site), paged ?trang=N.  No <a href> anywhere points at a results page.
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

SITE = "Cổng thông tin điện tử Đảng bộ tỉnh Bình Trị Thiên"
SHOW, PS = 8, 10
SECTIONS = [("thoi-su", "Thời sự", 4, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 4, "dang"),
            ("kinh-te", "Kinh tế", 3, "kinhte"), ("van-hoa-xa-hoi", "Văn hóa - Xã hội", 3, "xahoi"),
            ("noi-chinh", "Nội chính - Phòng chống tham nhũng", 2, "noichinh"), ("co-so", "Tin cơ sở", 2, "coso")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Lệ Thủy", "Quảng Ninh", "Bố Trạch", "Gio Linh", "Hải Lăng", "Triệu Phong", "Phong Điền", "A Lưới", "Hương Trà"]
XA = ["Hồng Thủy", "Vĩnh Linh", "Cam Lộ", "Trung Sơn", "Hải Ba", "Phong Hiền", "Hồng Hạ", "Sen Thủy", "Quảng Hòa",
      "Triệu Ái", "Hải Chánh", "Lộc Bổn"]
BBT = BanBienTap(100131, 96, [(k, w, s) for k, _, w, s in SECTIONS], "Bình Trị Thiên", HUYEN, XA, id0=31200, buoc=13,
                 nguon="BTT")
ARTS = BBT.bai
for _a in ARTS:
    _a["slug"] = lam_slug(_a["title"], 80)
    _a["path"] = "/tin-tuc/%s-%d.html" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
XEM_NHIEU = sorted(ARTS[:30], key=lambda a: (-a["views"], a["id"]))[:6]
SORTS = {"cu-nhat": "Cũ nhất", "xem-nhieu": "Xem nhiều"}


def tim(tukhoa, chuyenmuc, ngay=None, sapxep=None):
    kw = bo_dau(tukhoa).lower().strip()
    out = [a for a in ARTS if (not chuyenmuc or a["sec"] == chuyenmuc) and (not kw or kw in bo_dau(a["title"]).lower())
           and (ngay is None or a["date"].date() == ngay)]
    if sapxep == "cu-nhat":
        out = out[::-1]
    elif sapxep == "xem-nhieu":
        out = sorted(out, key=lambda a: (-a["views"], a["id"]))
    return out


# ---------------------------------------------------------------- furniture
def hop_tin_moi():
    li = "".join('<li><a href="%s" title="%s">%s</a> <span class="time">(%s)</span></li>' % (
        a["path"], h(a["title"]), h(a["title"]), a["date"].strftime("%d/%m")) for a in ARTS[:8])
    return '<div class="box box-tinmoi"><div class="box-title"><span>TIN MỚI</span></div><ul class="list-dot">%s</ul></div>' % li


def hop_xem_nhieu():
    li = "".join('<li><span class="num">%d</span><a href="%s">%s</a></li>' % (i + 1, a["path"], h(a["title"]))
                 for i, a in enumerate(XEM_NHIEU))
    return '<div class="box box-xemnhieu"><div class="box-title"><span>ĐỌC NHIỀU NHẤT</span></div><ol class="list-num">%s</ol></div>' % li


def form_tin_da_dua(chon=""):
    opts = ['<option value=""%s>-- Tất cả chuyên mục --</option>' % (' selected' if not chon else "")]
    opts += ['<option value="%s"%s>%s</option>' % (k, ' selected' if k == chon else "", h(n)) for k, n, _, _ in SECTIONS]
    return ('<div class="box box-tindadua"><div class="box-title"><span>CÁC TIN ĐÃ ĐƯA</span></div>'
            '<form name="frmTinDaDua" action="/tim-kiem.html" method="get" class="frm-tindadua">'
            '<p><label for="tkTinDaDua">Từ khóa</label><input type="text" id="tkTinDaDua" name="tukhoa" value="" maxlength="100" '
            'placeholder="(để trống để xem tất cả)"></p><p><label for="cmTinDaDua">Chuyên mục</label><select id="cmTinDaDua" name="chuyenmuc">%s</select></p>'
            '<p class="c"><input type="submit" class="btn" value="Xem tin"></p></form></div>' % "".join(opts))


LIENKET = [("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.example/"), ("Cổng TTĐT Chính phủ", "https://chinhphu.example/"),
           ("Tạp chí Cộng sản", "https://tapchicongsan.example/"), ("Báo Bình Trị Thiên", "https://baobinhtrithien.example/"),
           ("Đài PT-TH Bình Trị Thiên", "https://btv.example/")]


def sidebar(chon=""):
    lk = "".join('<option value="%s">%s</option>' % (u, h(n)) for n, u in LIENKET)
    return (hop_tin_moi() + form_tin_da_dua(chon) + hop_xem_nhieu() +
            '<div class="box box-lienket"><div class="box-title"><span>LIÊN KẾT WEBSITE</span></div>'
            '<select class="sel-lienket" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>%s</select></div>'
            '<div class="box box-thongke"><div class="box-title"><span>THỐNG KÊ TRUY CẬP</span></div><p>Đang trực tuyến: 37<br>Tổng lượt truy cập: 4.812.330</p></div>' % lk)


def layout(rq, title, main, canonical=None, status=200, chon="", crumbs=()):
    menu = ['<li class="home"><a href="/">Trang chủ</a></li>']
    menu += ['<li><a href="/chuyen-muc/%s.html">%s</a></li>' % (k, h(n if k != "noi-chinh" else "Nội chính")) for k, n, _, _ in SECTIONS]
    menu += ['<li><a href="/van-ban.html">Văn bản</a></li>', '<li><a href="/tim-kiem.html">Tìm kiếm</a></li>', '<li><a href="/lien-he.html">Liên hệ</a></li>']
    bc = ""
    if crumbs:
        bc = '<div class="breadcrumb"><a href="/">Trang chủ</a>' + "".join(
            ' &raquo; <a href="%s">%s</a>' % (u, h(t)) if u else ' &raquo; <span>%s</span>' % h(t) for u, t in crumbs) + "</div>"
    ticker = " &nbsp;&bull;&nbsp; ".join('<a href="%s">%s</a>' % (a["path"], h(a["title"])) for a in ARTS[:3])
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%s</title>
<meta name="keywords" content="Đảng bộ tỉnh Bình Trị Thiên, tin tức, xây dựng Đảng" />
%s<link rel="stylesheet" type="text/css" href="/templates/btt/css/style.css?v=20190412" />
<script type="text/javascript" src="/templates/btt/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><div class="banner"><a href="/"><img src="/templates/btt/images/banner.jpg" width="1000" height="150" alt="%s" /></a></div>
<div class="topbar"><span class="date">%s, %s</span>
<form name="frmSearch" action="/tim-kiem.html" method="get" class="frm-search"><input type="text" name="tukhoa" value="" class="txt-search" /><input type="submit" value="Tìm" class="btn-search" /></form></div>
<ul id="menu">%s</ul>
<div class="ticker"><span>Tin mới:</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">%s</marquee></div></div>
<div id="content"><div id="main">%s%s</div>
<div id="right">%s</div><div class="clear"></div></div>
<div id="footer"><ul class="menu-bottom"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li><li><a href="/lien-he.html">Liên hệ</a></li><li><a href="/so-do-site.html">Sơ đồ site</a></li></ul>
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH TRỊ THIÊN</strong><br />Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Bình Trị Thiên<br />
Địa chỉ: 16 Lê Lợi, thành phố Đông Hà. Điện thoại: 0233.385x.xxx. Email: bbt@binhtrithien.example<br />
Giấy phép số 112/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 02/6/2016.</p>
<p class="copy">Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh</p></div>
</div>
</body>
</html>""" % (h(title), '<link rel="canonical" href="%s%s" />\n' % (rq.goc, h(canonical)) if canonical else "", h(SITE),
              THU_VN[BAY_GIO.weekday()], ngay_vn(BAY_GIO), "".join(menu), ticker, bc, main, sidebar(chon))
    return Traloi(page, status, "text/html; charset=utf-8", [("X-Powered-By", "PHP/5.6.40")])


def tin_the(a, lon=False):
    return ('<div class="news-item%s"><a class="thumb" href="%s"><img src="/upload/news/%s/%d.jpg" alt="" /></a>'
            '<h3><a href="%s">%s</a></h3><span class="date">%s %s</span><p class="sapo">%s</p><div class="clear"></div></div>'
            % (" news-item-big" if lon else "", a["path"], a["date"].strftime("%Y/%m"), a["id"], a["path"], h(a["title"]),
               gio_vn(a["date"]), ngay_vn(a["date"]), h(a["sapo"])))


# ---------------------------------------------------------------- pages
def trang_chu(rq):
    out = ['<div class="hot">', tin_the(ARTS[0], True), '<ul class="hot-list">']
    out += ['<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in ARTS[1:5]]
    out.append("</ul></div>")
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:3]
        out.append('<div class="cat-box"><div class="cat-title"><a href="/chuyen-muc/%s.html">%s</a></div>' % (k, h(n)))
        out.append(tin_the(lst[0]))
        out.append('<ul class="list-dot">%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in lst[1:]))
    return layout(rq, SITE, "\n".join(out), "/")


def chuyen_muc(rq, k):
    lst = BY_SEC[k][:SHOW]
    out = ['<h1 class="cat-name">%s</h1>' % h(SEC_NAME[k])]
    out += [tin_the(a, i == 0) for i, a in enumerate(lst)]
    out.append('<p class="note-archive">Xem các tin cũ hơn của chuyên mục tại ô <strong>Các tin đã đưa</strong> bên phải.</p>')
    return layout(rq, "%s - %s" % (SEC_NAME[k], SITE), "\n".join(out), "/chuyen-muc/%s.html" % k, chon=k, crumbs=[(None, SEC_NAME[k])])


def bai_viet(rq, a, in_bai=False):
    body = ['<p class="sapo"><strong>%s</strong></p>' % h(a["sapo"]), "<p>%s</p>" % h(a["doan"][0]),
            '<table class="image" align="center"><tr><td><img src="/upload/news/%s/%d_1.jpg" width="600" alt="" /></td></tr>'
            '<tr><td class="caption">%s</td></tr></table>' % (a["date"].strftime("%Y/%m"), a["id"], h(a["chu_thich"]))]
    body += ["<p>%s</p>" % h(p) for p in a["doan"][1:]]
    body.append('<p style="text-align:right"><strong>%s</strong></p>' % h(a["tac_gia"]))
    if in_bai:
        return Traloi('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>%s</title>'
                      '<link rel="canonical" href="%s%s" /></head><body onload="window.print()"><h2>%s</h2><p>%s</p>%s</body></html>'
                      % (h(a["title"]), rq.goc, a["path"], h(a["title"]), ngay_vn(a["date"]), "".join(body)))
    cung = [x for x in BY_SEC[a["sec"]] if x is not a][:4]
    tags = ", ".join('<span class="tag">%s</span>' % h(CHU_DE[t][0]) for t in a["tags"])
    out = ['<div class="detail"><h1 class="title">%s</h1><div class="info"><span class="date">Cập nhật: %s %s</span> | '
           '<span class="view">Lượt xem: %d</span> | <a href="/in-bai.php?id=%d" rel="nofollow" target="_blank">In bài</a></div>'
           % (h(a["title"]), gio_vn(a["date"]), ngay_vn(a["date"]), a["views"], a["id"]),
           '<div class="content">%s</div>' % "\n".join(body), '<div class="tags">Từ khóa: %s</div>' % tags,
           '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank">Chia sẻ</a></div></div>' % (rq.goc, a["path"]),
           '<div class="other"><div class="other-title">CÁC TIN CÙNG CHUYÊN MỤC</div><ul class="list-dot">%s</ul></div>' % "".join(
               '<li><a href="%s">%s</a> <span class="time">(%s)</span></li>' % (x["path"], h(x["title"]), ngay_vn(x["date"])) for x in cung)]
    return layout(rq, "%s - %s" % (a["title"], SITE), "\n".join(out), a["path"], chon=a["sec"],
                  crumbs=[("/chuyen-muc/%s.html" % a["sec"], SEC_NAME[a["sec"]])])


def url_tim(tukhoa, chuyenmuc, trang=1, sapxep=None, ngay=None):
    q = [("tukhoa", tukhoa), ("chuyenmuc", chuyenmuc)]
    if ngay:
        q.append(("ngay", ngay.isoformat()))
    if sapxep:
        q.append(("sapxep", sapxep))
    if trang > 1:
        q.append(("trang", str(trang)))
    return "/tim-kiem.html?" + "&amp;".join("%s=%s" % (k, pct(v)) for k, v in q)


def tim_kiem(rq):
    if "tukhoa" not in rq.q:
        form = form_tin_da_dua().replace("box-tindadua", "box-timkiem-nangcao").replace("CÁC TIN ĐÃ ĐƯA", "TÌM KIẾM NÂNG CAO")
        return layout(rq, "Tìm kiếm - " + SITE, '<h1 class="cat-name">Tìm kiếm</h1><p>Nhập từ khóa cần tìm, hoặc để trống '
                      'để xem toàn bộ tin đã đưa của chuyên mục.</p>' + form, "/tim-kiem.html", crumbs=[(None, "Tìm kiếm")])
    tukhoa, cm = rq.q.get("tukhoa", ""), rq.q.get("chuyenmuc", "")
    trang = rq.so("trang")
    sapxep = rq.q.get("sapxep") or None
    ngay = None
    if rq.q.get("ngay"):
        try:
            ngay = _dt.date.fromisoformat(rq.q["ngay"])
        except ValueError:
            return layout(rq, "Lỗi - " + SITE, "<p>Ngày không hợp lệ.</p>", status=400)
    if trang is None or (cm and cm not in SEC_NAME) or (sapxep and sapxep not in SORTS):
        return layout(rq, "Lỗi - " + SITE, "<p>Tham số không hợp lệ.</p>", status=400)
    res = tim(tukhoa, cm, ngay, sapxep)
    pages = chia_trang(res, PS)
    rows = pages[trang - 1] if trang <= len(pages) else []
    out = ['<h1 class="cat-name">Kết quả tìm kiếm</h1>',
           '<p class="search-info">Từ khóa: <strong>%s</strong> — Chuyên mục: <strong>%s</strong>%s — Tìm thấy <strong>%d</strong> kết quả</p>'
           % (h(tukhoa) or "(tất cả)", h(SEC_NAME.get(cm, "Tất cả")), " — Ngày %s" % ngay.strftime("%d/%m/%Y") if ngay else "", len(res))]
    out.append('<p class="sort">Sắp xếp: <a href="%s">Mới nhất</a> | %s</p>' % (
        url_tim(tukhoa, cm, ngay=ngay), " | ".join('<a href="%s">%s</a>' % (url_tim(tukhoa, cm, sapxep=s, ngay=ngay), n) for s, n in SORTS.items())))
    d = ngay or BAY_GIO.date()
    out.append('<p class="by-day">Tin theo ngày: <a href="%s">« Ngày trước</a> | <strong>%s</strong> | <a href="%s">Ngày sau »</a></p>' % (
        url_tim(tukhoa, cm, ngay=d - _dt.timedelta(days=1), sapxep=sapxep), d.strftime("%d/%m/%Y"),
        url_tim(tukhoa, cm, ngay=d + _dt.timedelta(days=1), sapxep=sapxep)))
    if not rows:
        out.append('<p class="empty">Không tìm thấy kết quả nào phù hợp.</p>')
    out.append('<ul class="search-result">')
    for a in rows:
        out.append('<li><a class="t" href="%s">%s</a><span class="date">%s</span><p>%s</p></li>' % (
            a["path"], h(a["title"]), ngay_vn(a["date"]), h(a["sapo"][:160])))
    out.append("</ul>")
    if rows and len(pages) > 1:
        nav = []
        if trang > 1:
            nav.append('<a href="%s">« Đầu</a> <a href="%s">‹</a>' % (url_tim(tukhoa, cm, 1, sapxep, ngay), url_tim(tukhoa, cm, trang - 1, sapxep, ngay)))
        for n in range(max(1, trang - 3), min(len(pages), trang + 3) + 1):
            nav.append('<span class="cur">%d</span>' % n if n == trang else '<a href="%s">%d</a>' % (url_tim(tukhoa, cm, n, sapxep, ngay), n))
        if trang < len(pages):
            nav.append('<a href="%s">›</a> <a href="%s">Cuối »</a>' % (url_tim(tukhoa, cm, trang + 1, sapxep, ngay), url_tim(tukhoa, cm, len(pages), sapxep, ngay)))
        out.append('<div class="paging">%s</div>' % " ".join(nav))
    return layout(rq, "Tìm kiếm - " + SITE, "\n".join(out), None, chon=cm, crumbs=[(None, "Tìm kiếm")])


def trang_tinh(rq, ten, noidung):
    return layout(rq, "%s - %s" % (ten, SITE), '<h1 class="cat-name">%s</h1>%s' % (h(ten), noidung), rq.path, crumbs=[(None, ten)])


def khong_thay(rq):
    return layout(rq, "Không tìm thấy - " + SITE, '<div class="error"><h1>Trang không tồn tại</h1><p>Đường dẫn bạn truy cập không '
                  'tồn tại hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p></div>', status=404)


ROBOTS = """User-agent: *
Disallow: /quan-tri/
Disallow: /includes/
Disallow: /gui-bai.php
Disallow: /templates/btt/tmp/
"""


def xu_ly(rq):
    p = rq.path
    if p in ("/", "/index.php"):
        return trang_chu(rq) if p == "/" else chuyen("/")
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    m = _re.match(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if not a:
            return khong_thay(rq)
        return bai_viet(rq, a) if m.group(1) == a["slug"] else chuyen(a["path"])
    if p == "/in-bai.php":
        a = BY_ID.get(rq.so("id", 0) or 0)
        return bai_viet(rq, a, True) if a else khong_thay(rq)
    m = _re.match(r"^/chuyen-muc/([a-z-]+)\.html$", p)
    if m and m.group(1) in SEC_NAME:
        return chuyen_muc(rq, m.group(1))
    if p == "/tim-kiem.html":
        return tim_kiem(rq)
    if p == "/van-ban.html":
        return trang_tinh(rq, "Văn bản", '<table class="tbl"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Tệp</th></tr>%s</table>' % "".join(
            '<tr><td>%d-CV/TU</td><td>Về việc triển khai nhiệm vụ tháng %d/2024</td><td><a href="/upload/vanban/%d.pdf">Tải về</a></td></tr>'
            % (800 + i, 1 + i % 12, 800 + i) for i in range(10)))
    if p in ("/gioi-thieu.html", "/lien-he.html", "/so-do-site.html"):
        return trang_tinh(rq, {"/gioi-thieu.html": "Giới thiệu", "/lien-he.html": "Liên hệ", "/so-do-site.html": "Sơ đồ site"}[p],
                          "<p>Ban Biên tập Cổng thông tin điện tử Đảng bộ tỉnh Bình Trị Thiên. Mọi ý kiến đóng góp xin gửi về "
                          "bbt@binhtrithien.example.</p>" + ("<ul>%s</ul>" % "".join('<li><a href="/chuyen-muc/%s.html">%s</a></li>' % (k, h(n)) for k, n, _, _ in SECTIONS) if "so-do" in p else ""))
    return khong_thay(rq)


app = mo_app(xu_ly, [("Server", "Apache/2.2.15 (CentOS)")])


# ---------------------------------------------------------------- manifest
def _plain():
    got = {a["path"] for a in ARTS[:8]} | {a["path"] for a in XEM_NHIEU} | {a["path"] for a in ARTS[:5]}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:SHOW]}
    return got


_P = _plain()
ONLY_SEARCH = [a["path"] for a in ARTS if a["path"] not in _P]
MANIFEST = {
    "family": "Custom PHP 5.6 CMS on Apache (Đảng bộ tỉnh Bình Trị Thiên): category pages show the 8 newest items, no pager; "
              "the only archive is the search page reached by submitting a GET form with an empty keyword",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/in-bai.php?id=%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/quan-tri/", "/includes/", "/gui-bai.php", "/templates/btt/tmp/"],
    "trap_prefixes": ["sapxep=", "ngay="],
    "only_via": {"search-form": ONLY_SEARCH},
    "notes": (
        "Articles /tin-tuc/<slug>-<id>.html (wrong slug 301). MAIN DIFFICULTY: no listing has a pager. Category pages "
        "/chuyen-muc/<c>.html show the %d newest items of the section, the home page 5 + 3 per section, the sidebar 'Tin mới' "
        "(8) and 'Đọc nhiều nhất' (6), 'Các tin cùng chuyên mục' the 4 newest. The other %d articles are reachable only "
        "through the search page /tim-kiem.html, which no <a href> points at with a query: the sidebar form 'Các tin đã đưa' "
        "(GET, text input tukhoa left empty + <select name=chuyenmuc>, the current section pre-selected) and the header form "
        "(GET, tukhoa only) submit /tim-kiem.html?tukhoa=&chuyenmuc=<c> (or ?tukhoa=): an EMPTY keyword lists every article "
        "of the section (or of the site), %d a page, newest first, with a plain pager '« Đầu ‹ 1..7 › Cuối »' (&trang=N). "
        "/tim-kiem.html WITHOUT the tukhoa parameter (the menu link 'Tìm kiếm') is only the advanced form, no results. "
        "/tim-kiem.html is not robots-disallowed. Past the end: 200 'Không tìm thấy kết quả nào'; bad parameters 400. "
        "Keyword searches filter titles (accent-insensitive). Traps (substrings): the results' sort links &sapxep=cu-nhat|xem-nhieu "
        "(× page × section) and the 'Tin theo ngày' links &ngay=YYYY-MM-DD with « Ngày trước | Ngày sau » forever. "
        "Alias: 'In bài' /in-bai.php?id=<id> (200, canonical). Article tags are plain text. No sitemap, no feeds." % (
            SHOW, len(ONLY_SEARCH), PS)),
}
_old = BY_SEC["thoi-su"][-1]
SELFTEST = [
    {"path": "/tim-kiem.html?tukhoa=&chuyenmuc=thoi-su&trang=%d" % len(chia_trang(BY_SEC["thoi-su"], PS)), "status": 200, "contains": _old["title"]},
    {"path": "/tim-kiem.html?tukhoa=&chuyenmuc=thoi-su&trang=99", "status": 200, "contains": "Không tìm thấy kết quả nào"},
    {"path": "/tim-kiem.html?tukhoa=&trang=2", "status": 200, "contains": ARTS[PS]["title"]},
    {"path": "/tim-kiem.html", "status": 200, "contains": "TÌM KIẾM NÂNG CAO", "not_contains": ARTS[0]["title"] + "</a><span"},
    {"path": "/tim-kiem.html?tukhoa=&chuyenmuc=khong-co", "status": 400},
    {"path": "/chuyen-muc/thoi-su.html?trang=3", "status": 200, "not_contains": BY_SEC["thoi-su"][SHOW]["title"]},
    {"path": "/tin-tuc/sai-%d.html" % _old["id"], "status": 301, "location": _old["path"]},
    {"path": "/tin-tuc/khong-co-1.html", "status": 404},
    {"path": "/tim-kiem.html?tukhoa=&chuyenmuc=&ngay=1990-01-01", "status": 200, "contains": "Ngày trước"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<c>.html (8 newest, no pager)",
               "sidebar form 'Các tin đã đưa' (GET, tukhoa empty, select chuyenmuc) -> /tim-kiem.html?tukhoa=&chuyenmuc=<c> -> &trang=N",
               "header form (GET, tukhoa empty) -> /tim-kiem.html?tukhoa= (all sections) -> &trang=N"],
    "alias_kinds": ["print /in-bai.php?id= (200)", "wrong slug (301, unlisted)"],
    "quirks": ["search page is the archive (empty keyword = everything)", "bare /tim-kiem.html = form only",
               "search NOT robots-disallowed", "sort × page × section combinations (trap)", "'Tin theo ngày' day links forever (trap)",
               "XHTML 1.0 tables, marquee ticker", "link <select> opening off-site windows"],
    "search_forms": ["/chuyen-muc/thoi-su.html"],
}
