"""Replica site (set 10, D): Django 2.2 portal by a local vendor (Trang TTĐT Đảng bộ tỉnh Quảng Nam - Đà Nẵng).
Section pages show the six newest items and nothing else: no pager, no archive, no feed, no sitemap.  Older articles
are reachable only from other ARTICLE pages: 'Các tin đã đưa' (the five next-older items of the section) and
'« Tin trước | Tin sau »'.  A crawler that treats article pages as leaves stops at the six newest of each section.
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

SITE = "Trang thông tin điện tử Đảng bộ tỉnh Quảng Nam - Đà Nẵng"
SHOW, OLDER = 6, 5
SECTIONS = [("thoi-su", "Thời sự", 4, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 3, "dang"),
            ("kinh-te", "Kinh tế", 3, "kinhte"), ("van-hoa-xa-hoi", "Văn hóa - Xã hội", 2, "xahoi"),
            ("quoc-phong-an-ninh", "Quốc phòng - An ninh", 2, "noichinh"), ("thong-bao", "Thông báo", 1, "thongbao")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Hòa Vang", "Điện Bàn", "Duy Xuyên", "Thăng Bình", "Quế Sơn", "Tiên Phước", "Trà My", "Hiên", "Giằng", "Núi Thành"]
XA = ["Hòa Bắc", "Điện Phương", "Duy Nghĩa", "Bình Triều", "Quế Châu", "Tiên Cảnh", "Trà Đốc", "A Tiêng", "Tam Hải", "Hòa Ninh",
      "Đại Lãnh", "Bình Lãnh"]
BBT = BanBienTap(90551, 97, [(k, w, s) for k, _, w, s in SECTIONS], "Quảng Nam - Đà Nẵng", HUYEN, XA, id0=8800, buoc=5, nguon="QNĐN")
ARTS = BBT.bai
for _a in ARTS:
    _a["slug"] = lam_slug(_a["title"], 70)
    _a["path"] = "/tin-tuc/%d/%s/" % (_a["id"], _a["slug"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
TIEU_DIEM = ARTS[:4]
DOC_NHIEU = sorted(ARTS[:20], key=lambda a: (-a["views"], a["id"]))[:5]
CO_CHU = 16                                   # default font size of the article body (px)


def csrf(rq):
    return ma_bam("csrf", rq.host, n=32)


def layout(rq, title, main, canonical=None, status=200, active="", desc=""):
    nav = ['<li class="%s"><a href="/">Trang chủ</a></li>' % ("active" if active == "home" else "")]
    nav += ['<li class="%s"><a href="/chuyen-muc/%s/">%s</a></li>' % ("active" if k == active else "", k, h(n)) for k, n, _, _ in SECTIONS]
    nav.append('<li><a href="/lich-lam-viec/">Lịch làm việc</a></li>')
    tm = "".join('<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in ARTS[:6])
    dn = "".join('<li><span class="stt">%02d</span> <a href="%s">%s</a></li>' % (i + 1, a["path"], h(a["title"])) for i, a in enumerate(DOC_NHIEU))
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="description" content="%s">
%s<link rel="stylesheet" href="/static/css/bootstrap.min.3d1f0a2.css">
<link rel="stylesheet" href="/static/css/main.8c41e07.css">
</head>
<body>
<div class="header"><div class="container"><div class="row"><div class="col-md-8"><a href="/" class="logo"><img src="/static/img/logo-qndn.png" alt="Logo"></a>
<div class="site-name"><span class="line1">ĐẢNG BỘ TỈNH QUẢNG NAM - ĐÀ NẴNG</span><span class="line2">Trang thông tin điện tử</span></div></div>
<div class="col-md-4 text-right"><p class="today">%s, %s</p><form class="search-form" action="/tim-kiem/" method="get"><input type="text" name="q" class="form-control input-sm" placeholder="Tìm kiếm..."><button class="btn btn-default btn-sm" type="submit"><i class="glyphicon glyphicon-search"></i></button></form></div></div></div></div>
<nav class="navbar navbar-default navbar-main"><div class="container"><ul class="nav navbar-nav">%s</ul></div></nav>
<div class="container main"><div class="row"><div class="col-md-8 content">%s</div>
<div class="col-md-4 sidebar"><div class="panel panel-danger"><div class="panel-heading">TIN MỚI NHẬN</div><div class="panel-body"><ul class="list-news">%s</ul></div></div>
<div class="panel panel-danger"><div class="panel-heading">ĐỌC NHIỀU</div><div class="panel-body"><ul class="list-top">%s</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">VIDEO</div><div class="panel-body"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.example/embed/qndn2024" allowfullscreen></iframe></div></div></div>
<div class="panel panel-default"><div class="panel-heading">LIÊN KẾT</div><div class="panel-body"><a href="https://dangcongsan.example/" target="_blank"><img src="/static/img/banner-dcs.jpg" alt="Đảng Cộng sản Việt Nam" class="img-responsive"></a>
<a href="https://quangnamdanang.gov.example/" target="_blank"><img src="/static/img/banner-ubnd.jpg" alt="UBND tỉnh" class="img-responsive"></a></div></div></div></div></div>
<footer class="footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG NAM - ĐÀ NẴNG</b></p>
<p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Địa chỉ: 22 Bạch Đằng, Đà Nẵng. Điện thoại: 0236.382x.xxx. Email: bbt@qndn.example</p>
<p>Giấy phép số 31/GP-TTĐT ngày 08/8/2019 của Sở Thông tin và Truyền thông.</p></div></footer>
<script src="/static/js/jquery-3.4.1.min.js"></script><script src="/static/js/bootstrap.min.js"></script>
</body>
</html>""" % (h(title), h(desc or SITE), '<link rel="canonical" href="%s">\n' % h(canonical) if canonical else "",
              THU_VN[BAY_GIO.weekday()], ngay_vn(BAY_GIO), "".join(nav), main, tm, dn)
    return Traloi(page, status, "text/html; charset=utf-8",
                  [("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Cookie"),
                   ("Set-Cookie", "csrftoken=%s; expires=Wed, 24 Dec 2025 01:30:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax" % csrf(rq))])


def item(a, lead=True):
    return ('<div class="news-item clearfix"><a href="%s" class="thumb pull-left"><img src="/media/tin-tuc/%s/%d.jpg" alt="" width="180"></a>'
            '<h3 class="title"><a href="%s">%s</a></h3><p class="meta">%s</p>%s</div>'
            % (a["path"], a["date"].strftime("%Y/%m/%d"), a["id"], a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"),
               '<p class="sapo">%s</p>' % h(a["sapo"]) if lead else ""))


def home(rq):
    out = ['<div class="tieu-diem row"><div class="col-md-7">%s</div><div class="col-md-5"><ul class="list-news">%s</ul></div></div>' % (
        item(TIEU_DIEM[0]), "".join('<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in TIEU_DIEM[1:]))]
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:3]
        out.append('<div class="box-cat"><h2 class="box-title"><a href="/chuyen-muc/%s/">%s</a></h2>%s<ul class="list-news">%s</ul></div>' % (
            k, h(n), item(lst[0], False), "".join('<li><a href="%s">%s</a></li>' % (a["path"], h(a["title"])) for a in lst[1:])))
    return layout(rq, SITE, "\n".join(out), rq.goc + "/", active="home")


def category(rq, k):
    out = ['<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">%s</li></ol>' % h(SEC_NAME[k]),
           '<h1 class="cat-title">%s</h1>' % h(SEC_NAME[k])]
    out += [item(a) for a in BY_SEC[k][:SHOW]]
    return layout(rq, "%s | %s" % (SEC_NAME[k], SITE), "\n".join(out), rq.goc + "/chuyen-muc/%s/" % k, active=k)


def article(rq, a, in_bai=False, co_chu=CO_CHU):
    k = a["sec"]
    lst = BY_SEC[k]
    i = lst.index(a)
    body = ['<p class="sapo"><strong>%s</strong></p>' % h(a["sapo"]), "<p>%s</p>" % h(a["doan"][0]),
            '<div class="img-box"><img src="/media/tin-tuc/%s/%d_1.jpg" alt="" class="img-responsive"><p class="img-caption">%s</p></div>' % (
                a["date"].strftime("%Y/%m/%d"), a["id"], h(a["chu_thich"]))]
    body += ["<p>%s</p>" % h(p) for p in a["doan"][1:]]
    body.append('<p class="author text-right"><strong>%s</strong></p>' % h(a["tac_gia"]))
    if in_bai:
        return Traloi('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s"></head>'
                      '<body class="print" onload="window.print()"><h1>%s</h1><p>%s</p>%s</body></html>'
                      % (h(a["title"]), rq.goc, a["path"], h(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), "".join(body)))
    newer = lst[i - 1] if i > 0 else None
    older = lst[i + 1] if i + 1 < len(lst) else None
    cu = lst[i + 1:i + 1 + OLDER]
    nav = []
    if newer:
        nav.append('<a class="btn btn-default btn-sm" href="%s" title="%s">« Tin trước</a>' % (newer["path"], h(newer["title"])))
    if older:
        nav.append('<a class="btn btn-default btn-sm" href="%s" title="%s">Tin sau »</a>' % (older["path"], h(older["title"])))
    out = ['<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/%s/">%s</a></li></ol>' % (k, h(SEC_NAME[k])),
           '<div class="article"><h1 class="article-title">%s</h1>' % h(a["title"]),
           '<div class="article-meta"><span class="date"><i class="glyphicon glyphicon-time"></i> %s, %s</span> '
           '<span class="tools">Cỡ chữ: <a href="?co-chu=%d" rel="nofollow">A-</a> <a href="?co-chu=%d" rel="nofollow">A+</a> | '
           '<a href="%sin/" target="_blank" rel="nofollow">In bài</a></span></div>' % (
               THU_VN[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), co_chu - 1, co_chu + 1, a["path"]),
           '<div class="article-body" style="font-size:%dpx">%s</div>' % (co_chu, "\n".join(body)),
           '<div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank">Chia sẻ Facebook</a></div>' % (rq.goc, a["path"]),
           '<div class="article-nav clearfix">%s</div></div>' % " ".join(nav)]
    if cu:
        out.append('<div class="box-other"><h3 class="box-title">Các tin đã đưa</h3><ul class="list-news">%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (x["path"], h(x["title"]), ngay_vn(x["date"])) for x in cu))
    return layout(rq, "%s | %s" % (a["title"], SITE), "\n".join(out), rq.goc + a["path"], active=k, desc=a["sapo"][:160])


def lich(rq, d):
    rr = _rnd.Random("qndn-%s" % d.isoformat())
    rows = "".join("<tr><td>%02d:%s</td><td>%s</td><td>%s</td></tr>" % (hh, rr.choice(("00", "30")), h(rr.choice((
        "Thường trực Tỉnh ủy giao ban", "Làm việc với Huyện ủy " + rr.choice(HUYEN), "Dự hội nghị trực tuyến", "Tiếp công dân"))),
        h(rr.choice(("Phòng họp số 1", "Hội trường Tỉnh ủy", "Tại cơ sở")))) for hh in sorted(rr.sample(range(7, 17), 3)))
    out = ['<h1 class="cat-title">Lịch làm việc ngày %s</h1>' % d.strftime("%d/%m/%Y"),
           '<p><a href="/lich-lam-viec/?ngay=%s">« Ngày trước</a> | <a href="/lich-lam-viec/?ngay=%s">Ngày sau »</a></p>' % (
               (d - _dt.timedelta(days=1)).isoformat(), (d + _dt.timedelta(days=1)).isoformat()),
           '<table class="table table-striped"><thead><tr><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>%s</tbody></table>' % rows]
    return layout(rq, "Lịch làm việc | " + SITE, "".join(out))


def not_found(rq):
    return Traloi('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head><body>'
                  '<h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>', 404)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /tim-kiem/
Disallow: /accounts/
Disallow: /media/private/
"""


def handle(rq):
    p = rq.path
    if p == "/":
        return home(rq)
    if p == "/robots.txt":
        return van_ban(ROBOTS)
    m = _re.match(r"^/tin-tuc/(\d+)/([a-z0-9-]+)(/(in/)?)?$", p)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if not a:
            return not_found(rq)
        if m.group(2) != a["slug"]:
            return chuyen(a["path"] + ("in/" if m.group(4) else ""))
        if not m.group(3):                                   # APPEND_SLASH
            return chuyen(p + "/" + ("?" + rq.qs if rq.qs else ""))
        if m.group(4):
            return article(rq, a, in_bai=True)
        cc = rq.so("co-chu", CO_CHU, 1, 10 ** 6)
        if cc is None:
            return not_found(rq)
        return article(rq, a, co_chu=cc)
    m = _re.match(r"^/chuyen-muc/([a-z-]+)/$", p)
    if m and m.group(1) in SEC_NAME:
        return category(rq, m.group(1))
    m = _re.match(r"^/chuyen-muc/([a-z-]+)$", p)
    if m and m.group(1) in SEC_NAME:
        return chuyen(p + "/")
    if p == "/lich-lam-viec/":
        try:
            d = _dt.date.fromisoformat(rq.q.get("ngay") or BAY_GIO.date().isoformat())
        except ValueError:
            return not_found(rq)
        return lich(rq, d)
    if p.startswith("/tim-kiem/"):
        return layout(rq, "Tìm kiếm", "<p>Không có kết quả.</p>")
    return not_found(rq)


app = mo_app(handle, [("Server", "nginx/1.14.0 (Ubuntu)")])


# ---------------------------------------------------------------- manifest
def _not_from_articles():
    got = {a["path"] for a in ARTS[:6] + DOC_NHIEU + TIEU_DIEM}
    for k in SEC_NAME:
        got |= {a["path"] for a in BY_SEC[k][:max(SHOW, 3)]}
    return got


_F = _not_from_articles()
ONLY_ARTICLES = [a["path"] for a in ARTS if a["path"] not in _F]
DEPTH = max((BY_SEC[k].index(a) - SHOW) // OLDER + 1 for k in SEC_NAME for a in BY_SEC[k] if a["path"] in ONLY_ARTICLES)
MANIFEST = {
    "family": "Django 2.2 portal on nginx (Đảng bộ tỉnh Quảng Nam - Đà Nẵng): section pages show the 6 newest items, no pager; "
              "older articles only through other article pages ('Các tin đã đưa', 'Tin trước / Tin sau')",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": [a["path"] + "in/"]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/tim-kiem/", "/accounts/", "/media/private/"],
    "trap_prefixes": ["co-chu=", "/lich-lam-viec/"],
    "only_via": {"article-links": ONLY_ARTICLES},
    "notes": (
        "Articles /tin-tuc/<id>/<slug>/ (Django; without the trailing slash 301 APPEND_SLASH; wrong slug 301). MAIN "
        "DIFFICULTY: section pages /chuyen-muc/<c>/ show the %d newest items and have no pager; there is no archive, feed "
        "or sitemap. Every article page links 'Các tin đã đưa' (the %d next-older items of its section) and "
        "'« Tin trước' (newer) / 'Tin sau »' (older). The other %d articles are therefore reachable only by following links "
        "found on ARTICLE pages, up to %d article hops beyond a section page (MANIFEST['only_via']['article-links']); "
        "a crawler that treats articles as leaves, or limits depth from listings, misses them. Home: 'Tiêu điểm' 4 + 3 per "
        "section; sidebar 'Tin mới nhận' (6) and 'Đọc nhiều' (5) on every page. Alias: 'In bài' <path>in/ (200, canonical). "
        "Traps: 'Cỡ chữ A- / A+' links ?co-chu=N on every article (N-1 / N+1, any size; the same article under endless "
        "URLs: substring co-chu=) and 'Lịch làm việc' /lich-lam-viec/?ngay=YYYY-MM-DD « » days forever. csrftoken cookie "
        "(never needed). Search /tim-kiem/ robots-disallowed. Django's bare 404 page." % (
            SHOW, OLDER, len(ONLY_ARTICLES), DEPTH)),
}
_k = "thoi-su"
_o = BY_SEC[_k][-1]
SELFTEST = [
    {"path": BY_SEC[_k][-2]["path"], "status": 200, "contains": 'Tin sau »'},
    {"path": _o["path"], "status": 200, "not_contains": "Tin sau »"},
    {"path": _o["path"][:-1], "status": 301, "location": _o["path"]},
    {"path": "/tin-tuc/%d/sai/" % _o["id"], "status": 301, "location": _o["path"]},
    {"path": "/chuyen-muc/%s/?page=2" % _k, "status": 200, "not_contains": BY_SEC[_k][SHOW]["title"]},
    {"path": "/chuyen-muc/%s" % _k, "status": 301, "location": "/chuyen-muc/%s/" % _k},
    {"path": _o["path"] + "?co-chu=40", "status": 200, "contains": "co-chu=41"},
    {"path": "/tin-tuc/1/khong-co/", "status": 404},
    {"path": "/lich-lam-viec/?ngay=1950-01-01", "status": 200, "contains": "Ngày trước"},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<c>/ (6 newest, no pager)",
               "article -> 'Các tin đã đưa' (5 next-older) / 'Tin sau »' -> article -> … (up to %d hops)" % DEPTH],
    "alias_kinds": ["print <path>in/ (200)", "no trailing slash (301, unlisted)", "wrong slug (301, unlisted)"],
    "quirks": ["no pager, no archive, no feed, no sitemap", "articles reachable only from article pages",
               "font-size links ?co-chu=N (trap)", "day-calendar trap", "csrftoken cookie", "Django bare 404"],
}
