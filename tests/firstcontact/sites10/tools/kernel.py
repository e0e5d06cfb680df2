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
