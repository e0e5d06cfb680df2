"""Replica site (set 9, D): ASP.NET 4.0 WebForms portal on IIS 7.5 (Tỉnh ủy Thủ Biên) whose category pages are empty
shells: the list is drawn by jQuery from an ASMX ScriptService that must be POSTed JSON.  The service URL, the
category id and the page size appear only in a JavaScript object literal inside an inline <script> (no data island);
the page number goes in the JSON request body and the page count comes back inside the double-encoded "d" string.
"""
# ==== KERNEL BEGIN (sites9 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Plumbing only (request object, WSGI wrapper, replies) plus a seeded generator of Vietnamese Party news ("Toasoan").
# No markup lives here: every site writes its own templates.  No clock: "now" is fixed to Monday 21/10/2024 09:00.
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

HOM_NAY = _dt.datetime(2024, 10, 21, 9, 0)          # fixed "now" of set 9 (UTC+7), a Monday
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_REASON = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
           400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 410: "Gone",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def e(s):
    """HTML-escape text and attribute values."""
    return _html.escape(str(s), quote=True)


def khong_dau(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if not _ud.combining(c))


def slug(s, maxlen=0):
    out = _re.sub(r"[^0-9a-z]+", "-", khong_dau(s).lower()).strip("-")
    if maxlen and len(out) > maxlen:
        out = out[:maxlen].rsplit("-", 1)[0]
    return out


def bam(*parts, n=16):
    return _hl.md5("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def urlq(s, safe=""):
    return _q(str(s), safe=safe)


class Request:
    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = (env.get("PATH_INFO") or "/").encode("latin-1", "replace")
        self.path = raw.decode("utf-8", "replace") or "/"
        self.query = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.origin = "%s://%s" % (env.get("wsgi.url_scheme") or "http", self.host)
        self.fast = bool(env.get("replica.nosleep"))
        self.q = {}
        self.qlist = _pqsl(self.query, keep_blank_values=True)
        for k, v in self.qlist:
            self.q.setdefault(k, v)
        self.cookies = {}
        for part in (env.get("HTTP_COOKIE") or "").split(";"):
            k, sep, v = part.partition("=")
            if sep:
                self.cookies[k.strip()] = v.strip()
        self._body = None

    def header(self, name, default=""):
        return self.env.get("HTTP_" + name.upper().replace("-", "_"), default)

    @property
    def full(self):
        return self.path + ("?" + self.query if self.query else "")

    def body(self):
        if self._body is None:
            try:
                n = int(self.env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            self._body = self.env["wsgi.input"].read(n) if n > 0 else b""
        return self._body

    def num(self, key, default=1, lo=1, hi=10 ** 6):
        try:
            v = int(self.q.get(key, default))
        except (TypeError, ValueError):
            return None
        return v if lo <= v <= hi else None

    def wait(self, seconds):
        if not self.fast:
            _time.sleep(seconds)


class Reply:
    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=()):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else str(body).encode("utf-8")


def moved(location, status=301, headers=()):
    return Reply("", status, "text/html; charset=utf-8", [("Location", location)] + list(headers))


def as_json(obj, status=200, headers=()):
    return Reply(_json.dumps(obj, ensure_ascii=False, separators=(",", ":")), status, "application/json; charset=utf-8", headers)


def plain(text, status=200, headers=()):
    return Reply(text, status, "text/plain; charset=utf-8", headers)


def wsgi(handler, server=(), methods=("GET", "HEAD")):
    def app(environ, start_response):
        req = Request(environ)
        if req.method not in methods:
            out = Reply("405 Method Not Allowed", 405, "text/plain; charset=utf-8", [("Allow", ", ".join(methods))])
        else:
            try:
                out = handler(req)
            except Exception:                      # authoring aid only; never expected
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Reply("Internal Server Error", 500, "text/plain; charset=utf-8")
        hdrs = list(server) + [("Content-Type", out.ctype)] + out.headers + [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _REASON.get(out.status, "Unknown")), hdrs)
        return [b"" if req.method == "HEAD" else out.body]
    return app


def pages_of(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)] or [[]]


def rfc822(d):
    return "%s, %02d %s %d %02d:%02d:00 +0700" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()], d.day,
                                                 ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                                  "Nov", "Dec")[d.month - 1], d.year, d.hour, d.minute)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


# ---------------------------------------------------------------- seeded newsroom
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
       "Đinh", "Lương", "Trịnh", "Cao", "Lưu", "Tô", "Hà", "Thái", "La", "Triệu", "Nông", "Lâm", "Khúc")
_LOT = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thế", "Xuân", "Thanh", "Mạnh", "Đình", "Việt", "Hoài",
        "Bảo", "Diệu", "Thùy", "Khắc", "Như", "Trung")
_TEN = ("Anh", "Bắc", "Chung", "Diệp", "Giang", "Hằng", "Hiếu", "Hoa", "Huy", "Kiên", "Linh", "Loan", "Minh", "Ngân",
        "Nhung", "Phú", "Quân", "Quyên", "Sáng", "Tài", "Thắm", "Thịnh", "Thơ", "Tiến", "Trang", "Trường", "Uyên",
        "Vinh", "Vượng", "Xuyến", "Yên", "Định", "Bích", "Cảnh", "Hưng", "Lợi", "Nhàn", "Sinh", "Thuận", "Tú")
_CHUC = ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
         "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
         "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy",
         "Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy", "Tỉnh ủy viên, Bí thư Huyện ủy {H}",
         "Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch HĐND tỉnh", "Bí thư Đảng ủy xã {X}",
         "Tỉnh ủy viên, Giám đốc Sở Nội vụ", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy")
_CQ = ("Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
       "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
       "Văn phòng Tỉnh ủy", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Trường Chính trị tỉnh",
       "Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Tỉnh Đoàn", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh")
_VIEC = ("công tác tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030", "sắp xếp đơn vị hành chính cấp xã",
         "tinh gọn tổ chức bộ máy của hệ thống chính trị", "phát triển kinh tế cửa khẩu", "kinh tế lâm nghiệp bền vững",
         "xây dựng đội ngũ cán bộ cấp chiến lược", "bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
         "thực hiện dân chủ ở cơ sở", "xóa nhà tạm, nhà dột nát", "chương trình mục tiêu quốc gia giảm nghèo bền vững",
         "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", "phòng, chống lãng phí",
         "kiểm soát quyền lực trong công tác cán bộ", "phát triển đảng viên ở thôn, bản chưa có chi bộ",
         "nâng cao chất lượng sinh hoạt chi bộ", "chuyển đổi số và cơ sở dữ liệu đảng viên", "thu hút đầu tư vào khu kinh tế",
         "xây dựng nông thôn mới kiểu mẫu", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         "bảo vệ chủ quyền biên giới quốc gia", "phát triển du lịch biển đảo", "quản lý tài nguyên khoáng sản",
         "công tác dân vận chính quyền", "phòng, chống tham nhũng, tiêu cực", "giải quyết đơn thư khiếu nại, tố cáo",
         "đào tạo nghề cho lao động nông thôn", "phát triển hợp tác xã kiểu mới", "bảo tồn văn hóa các dân tộc")
_VB = ("Nghị quyết số {n}-NQ/TU", "Chỉ thị số {n}-CT/TU", "Kết luận số {n}-KL/TW", "Quy định số {n}-QĐ/TW",
       "Nghị quyết số {n}-NQ/TW", "Chương trình hành động số {n}-CTr/TU", "Kế hoạch số {n}-KH/TU", "Đề án số {n}-ĐA/TU")
_SUKIEN = ("hội nghị sơ kết", "hội nghị tổng kết", "hội nghị chuyên đề", "buổi làm việc", "hội thảo khoa học",
           "lớp tập huấn", "hội nghị trực tuyến toàn tỉnh", "buổi đối thoại", "lễ kỷ niệm", "đợt kiểm tra, giám sát")
_DONVI_DV = ("thôn", "bản", "khu phố", "tổ dân phố")


class Toasoan:
    """A seeded newsroom: `total` articles, newest first, dated between `tu` and HOM_NAY.
    sections: [(key, weight, flavour)]; flavour in dang / chinhquyen / kinhte / xahoi / quocphong / thongbao / coso."""

    def __init__(self, seed, total, sections, tinh, huyen, xa, tu=_dt.datetime(2024, 5, 6, 7, 30),
                 id0=2100, buoc=9, nguon="TH"):
        self.r = _rnd.Random(seed)
        self.tinh, self.huyen, self.xa, self.nguon = tinh, huyen, xa, nguon
        pool, self.flavour = [], {}
        for key, w, fl in sections:
            pool += [key] * w
            self.flavour[key] = fl
        span = (HOM_NAY - _dt.timedelta(minutes=40) - tu).total_seconds()
        seen, out = set(), []
        for i in range(total):
            r = self.r
            when = HOM_NAY - _dt.timedelta(minutes=40, seconds=span * (i + r.uniform(0.05, 0.7)) / total)
            when = when.replace(hour=min(20, max(7, when.hour)), second=0, microsecond=0)
            sec = r.choice(pool)
            for _ in range(80):
                t = self.tieu_de(sec)
                if t not in seen and len(t) <= 140:
                    break
            seen.add(t)
            out.append({"n": i, "id": id0 + (total - i) * buoc + r.randrange(buoc), "sec": sec, "title": t, "date": when,
                        "views": int(90 + r.expovariate(1 / 900.0)) + r.randrange(7)})
        out.sort(key=lambda a: (a["date"], a["id"]), reverse=True)
        for a in out:
            self.noi_dung(a)
        self.items = out

    def nguoi(self):
        r = self.r
        return "%s %s %s" % (r.choice(_HO), r.choice(_LOT), r.choice(_TEN))

    def chuc(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.huyen), X=self.r.choice(self.xa))

    def vb(self):
        return self.r.choice(_VB).format(n=self.r.randint(3, 79))

    def tieu_de(self, sec):
        r = self.r
        H, X, V = r.choice(self.huyen), r.choice(self.xa), r.choice(_VIEC)
        kho = {
            "dang": ["{cq} cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội Đảng bộ huyện {H}",
                     "Đảng bộ xã {X} kết nạp {n} quần chúng ưu tú vào Đảng", "Trao Huy hiệu {y} năm tuổi Đảng cho đảng viên {H}",
                     "Chi bộ {dv} {X}: điểm sáng trong {V}", "Huyện ủy {H} sơ kết giữa nhiệm kỳ về {V}",
                     "Hội nghị Tỉnh ủy lần thứ {n} bàn về {V}", "Đại hội điểm chi bộ trực thuộc Đảng ủy xã {X}",
                     "Kiểm điểm tập thể Ban Thường vụ Huyện ủy {H} năm {nam}"],
            "chinhquyen": ["Ban Chỉ đạo tỉnh kiểm tra {V} tại huyện {H}", "Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy {H}",
                           "{cq} tổ chức {sk} về {V}", "Triển khai {vb} về {V}", "Giám sát chuyên đề về {V} ở {H}",
                           "Tháo gỡ vướng mắc trong {V} tại {H}"],
            "kinhte": ["Huyện {H} thu ngân sách đạt {p}% dự toán sau {th} tháng", "Xã {X} ({H}) đạt chuẩn nông thôn mới nâng cao",
                       "{H}: {n} dự án được tháo gỡ mặt bằng", "Hợp tác xã ở {X} mở rộng vùng nguyên liệu {n} ha",
                       "Đẩy nhanh giải ngân vốn đầu tư công ở {H}", "Kinh tế tập thể ở {H} khởi sắc nhờ {V}"],
            "xahoi": ["Bàn giao {n} nhà đại đoàn kết ở {H}", "Ra mắt mô hình dân vận khéo tại xã {X}",
                      "Trao {n} suất học bổng cho học sinh nghèo {H}", "{cq} phát động {V} năm {nam}",
                      "Người có uy tín ở {X} chung tay {V}", "Lan tỏa gương điển hình trong {V} ở {H}"],
            "quocphong": ["Diễn tập khu vực phòng thủ huyện {H} năm {nam}", "Bộ đội Biên phòng giúp dân xã {X} ổn định cuộc sống",
                          "Ra mắt tổ bảo vệ an ninh trật tự ở cơ sở tại {X}", "Huyện {H} giao ban công tác quân sự, quốc phòng quý {qy}"],
            "thongbao": ["Thông báo kết luận của Thường trực Tỉnh ủy về {V}", "Kế hoạch tổ chức {sk} về {V}",
                         "Hướng dẫn thực hiện {vb}", "Lịch làm việc của Thường trực Tỉnh ủy tuần {n}"],
            "coso": ["Đảng bộ xã {X}: {n} năm thực hiện {V}", "Chi bộ {dv} {X} làm tốt {V}",
                     "{H}: nâng chất lượng đảng viên ở {dv} vùng cao", "Bí thư chi bộ kiêm trưởng {dv} ở {X}",
                     "Xã {X} ({H}) hoàn thành {V} trước thời hạn"],
        }
        f = r.choice(kho[self.flavour.get(sec, "chinhquyen")])
        return f.format(cq=r.choice(_CQ), H=H, X=X, V=V, n=r.randint(2, 46), y=r.choice((30, 40, 45, 50, 55, 60, 65, 70, 75)),
                        dv=r.choice(_DONVI_DV), nam=r.choice((2024, 2025)), sk=r.choice(_SUKIEN), vb=self.vb(),
                        p=r.randint(78, 131), th=r.randint(6, 9), qy=r.choice(("III", "IV")))

    def noi_dung(self, a):
        r = self.r
        d = a["date"]
        H, X, V = r.choice(self.huyen), r.choice(self.xa), r.choice(_VIEC)
        n1, n2, n3, n4 = r.randint(14, 620), r.randint(4, 88), r.randint(2, 37), r.randint(105, 4800)
        a["lead"] = ("%s - %s ngày %d/%d, %s đã tổ chức %s nhằm đánh giá việc thực hiện %s trên địa bàn %s." % (
            self.nguon, r.choice(("Sáng", "Chiều", "Trong")), d.day, d.month, r.choice(_CQ), r.choice(_SUKIEN), V,
            "huyện " + H if r.random() < 0.7 else "tỉnh " + self.tinh))
        p1, p2 = self.nguoi(), self.nguoi()
        a["paras"] = [
            "Chủ trì hội nghị có đồng chí %s, %s. Cùng dự có đồng chí %s, %s và %d đại biểu đại diện các chi bộ, "
            "đoàn thể, %s trên địa bàn xã %s." % (p1, self.chuc(), p2, self.chuc(), n1, r.choice(_DONVI_DV), X),
            "Báo cáo tại hội nghị cho thấy, sau %d tháng triển khai %s, cấp ủy các cấp đã ban hành %d văn bản lãnh đạo, "
            "chỉ đạo; mở %d lớp bồi dưỡng cho %s lượt cán bộ, đảng viên; %d/%d chỉ tiêu chủ yếu đạt và vượt kế hoạch, "
            "trong đó tỷ lệ hộ dân được tiếp cận dịch vụ công trực tuyến đạt %d,%d%%, tăng %d,%d%% so với cùng kỳ." % (
                r.randint(6, 30), self.vb(), n2, n3, "{:,}".format(n4).replace(",", "."), r.randint(11, 19), r.randint(19, 24),
                r.randint(41, 97), r.randint(0, 9), r.randint(1, 12), r.randint(0, 9)),
            "Các ý kiến thảo luận tập trung làm rõ nguyên nhân của những hạn chế như: việc cụ thể hóa chủ trương ở "
            "%d chi bộ %s còn chậm; nguồn lực cho %s chưa tương xứng; sự phối hợp giữa Mặt trận và các đoàn thể ở "
            "%s có lúc chưa chặt chẽ." % (r.randint(2, 21), r.choice(_DONVI_DV), r.choice(_VIEC), r.choice(self.huyen)),
            "Kết luận %s, đồng chí %s đề nghị các cấp ủy, tổ chức đảng tiếp tục bám sát %s, phát huy vai trò nêu gương "
            "của người đứng đầu, tập trung giải quyết dứt điểm %d kiến nghị của cử tri, phấn đấu hoàn thành các mục tiêu "
            "trước ngày %d/%d/%d." % (r.choice(_SUKIEN), p1, self.vb(), r.randint(3, 29), r.randint(1, 28),
                                      r.randint(1, 12), r.choice((2024, 2025))),
        ]
        if r.random() < 0.6:
            a["paras"].append("Nhân dịp này, %s đã khen thưởng %d tập thể và %d cá nhân có thành tích tiêu biểu trong "
                              "%s giai đoạn 2021 - 2024." % (r.choice(_CQ), r.randint(3, 31), r.randint(4, 52), r.choice(_VIEC)))
        a["caption"] = "Đồng chí %s phát biểu kết luận %s." % (p1, r.choice(_SUKIEN))
        a["author"] = r.choice(("%s", "Tin, ảnh: %s", "%s (Trung tâm Chính trị huyện " + H + ")", "Bài, ảnh: %s")) % (
            r.choice(_HO) + " " + r.choice(_TEN))
        a["tags"] = sorted({H, V.split(",")[0][:40]})
        a["file"] = r.random() < 0.15
# ==== KERNEL END ====

import base64 as _b64

SITE = "Cổng Thông tin điện tử Tỉnh ủy Thủ Biên"
PS, PS_MAX = 10, 20
SERVICE = "/Services/TinBai.asmx"
SECTIONS = [(11, "thoi-su", "Thời sự", 4, "chinhquyen"), (12, "xay-dung-dang", "Xây dựng Đảng", 4, "dang"),
            (13, "kinh-te-xa-hoi", "Kinh tế - Xã hội", 4, "kinhte"), (14, "dan-van-mat-tran", "Dân vận - Mặt trận", 3, "xahoi"),
            (15, "quoc-phong-an-ninh", "Quốc phòng - An ninh", 2, "quocphong"), (16, "thong-bao", "Thông báo", 2, "thongbao")]
SEC = {i: (s, n) for i, s, n, _, _ in SECTIONS}
SEC_BY_SLUG = {s: i for i, s, _, _, _ in SECTIONS}
HUYEN = ["Thủ Dầu Một", "Biên Hòa", "Bến Cát", "Tân Uyên", "Dĩ An", "Thuận An", "Long Thành", "Vĩnh Cửu", "Trảng Bom", "Dầu Tiếng"]
XA = ["Tân Định", "Bình Chuẩn", "Hóa An", "Tân Vạn", "Phước Tân", "Long Bình Tân", "Thạnh Phú", "Tân Bình", "Lai Uyên",
      "Định Hòa", "Tam Phước", "An Điền", "Thường Tân", "Bình Lợi"]
TS = Toasoan(60244, 94, [(i, w, fl) for i, _, _, w, fl in SECTIONS], "Thủ Biên", HUYEN, XA, id0=18800, buoc=23, nguon="(TUTB)")
ARTS = TS.items
for _a in ARTS:
    _a["slug"] = slug(_a["title"], 80)
    _a["path"] = "/tin-tuc/%s-%d.aspx" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {i: [a for a in ARTS if a["sec"] == i] for i in SEC}
XEM_NHIEU = sorted(ARTS, key=lambda a: (-a["views"], a["id"]))[:6]
SLOW = ["/chuyen-muc/16/thong-bao.aspx"]


def ngay(d):
    return d.strftime("%d/%m/%Y")


def ms(d):
    """/Date(ms)/ as DataContractJsonSerializer / JavaScriptSerializer writes it (UTC)."""
    return int((d - _dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 7 * 3600 * 1000


def cat_path(i):
    return "/chuyen-muc/%d/%s.aspx" % (i, SEC[i][0])


def viewstate(key, size):
    r = _rnd.Random("vs" + key)
    raw = b"\xff\x01\x0f\x0f\x05\n-" + bytes(r.randrange(256) for _ in range(size))
    return "/wEPDwUKLTk" + _b64.b64encode(raw).decode("ascii")


# ---------------------------------------------------------------- furniture
TOPMENU = [("Giới thiệu", "/Pages/GioiThieu.aspx", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Cơ quan tham mưu", "Đảng bộ trực thuộc"]),
           ("Tin tức", cat_path(11), None),
           ("Văn bản", "/Pages/VanBan.aspx", ["Văn bản Trung ương", "Văn bản Tỉnh ủy", "Văn bản hướng dẫn", "Văn bản UBKT"]),
           ("Hỏi - Đáp", "/Pages/HoiDap.aspx", ["Nghiệp vụ công tác đảng", "Chính sách, pháp luật"]),
           ("Lịch công tác", "/LichCongTac.aspx?tuan=43&nam=2024", None)]
UNITS = ["Huyện ủy " + h for h in HUYEN] + ["Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối doanh nghiệp", "Đảng ủy Quân sự tỉnh",
                                           "Đảng ủy Công an tỉnh", "Đảng ủy Khu công nghiệp"]
CSS = "\n".join("#ctl00_pn%s{%s}" % (bam("p", i, n=6), "float:%s;width:%dpx;margin:%dpx;padding:%dpx %dpx;background:#%s url(/App_Themes/TinhUy/images/bg%02d.png) repeat-x;color:#%s;font:%dpx Tahoma" % (
    ("left", "right", "none")[i % 3], 120 + i * 3 % 400, i % 6, i % 8, i % 10, bam("bg", i, n=6), i % 40, bam("fg", i, n=6), 11 + i % 4))
    for i in range(140))


def topmenu():
    out = ['<div id="ctl00_ucMenu_pnMenu" class="menu-chinh"><ul id="menu-ngang"><li class="trang-chu"><a href="/Default.aspx">TRANG CHỦ</a></li>']
    for label, href, subs in TOPMENU:
        out.append('<li><a href="%s">%s</a>' % (e(href), e(label.upper())))
        if label == "Tin tức":
            out.append("<ul>" + "".join('<li><a href="%s">%s</a></li>' % (cat_path(i), e(n)) for i, (s, n) in SEC.items()) + "</ul>")
        elif subs:
            out.append("<ul>" + "".join('<li><a href="%s?ID=%d">%s</a></li>' % (href, j + 1, e(s)) for j, s in enumerate(subs)) + "</ul>")
        out.append("</li>")
    out.append("</ul></div>")
    return "".join(out)


TOPMENU_HTML = topmenu()


def box_right():
    out = ['<div id="ctl00_ucTinMoi_pnTinMoi" class="khung-phai"><div class="tieu-de-khung">TIN MỚI</div><ul class="ds-tin-moi">']
    out += ['<li><a id="ctl00_ucTinMoi_rptTinMoi_ctl%02d_hplTieuDe" href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (n, a["path"], e(a["title"]), ngay(a["date"]))
            for n, a in enumerate(ARTS[:8])]
    out.append('</ul></div><div id="ctl00_ucXemNhieu_pnXemNhieu" class="khung-phai"><div class="tieu-de-khung">TIN XEM NHIỀU</div><ul class="ds-xem-nhieu">')
    out += ['<li><a id="ctl00_ucXemNhieu_rptXemNhieu_ctl%02d_hplTieuDe" href="/Pages/ChiTietTin.aspx?ID=%d">%s</a></li>' % (n, a["id"], e(a["title"]))
            for n, a in enumerate(XEM_NHIEU)]
    out.append('</ul></div><div id="ctl00_ucLienKet_pnLienKet" class="khung-phai"><div class="tieu-de-khung">LIÊN KẾT</div>'
               '<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" onchange="javascript:if(this.value!=\'\')window.open(this.value);">'
               '<option value="">-- Đảng bộ trực thuộc --</option>')
    out += ['<option value="http://%s.thubien.example">%s</option>' % (slug(u), e(u)) for u in UNITS]
    out.append("</select></div>")
    return "".join(out)


BOX_RIGHT = box_right()


def layout(req, title, main, canonical=None, status=200, crumbs=(), script=""):
    bc = ""
    if crumbs:
        bc = '<div id="ctl00_ucDuongDan_pnDuongDan" class="duong-dan"><a href="/Default.aspx">Trang chủ</a>' + "".join(
            " &gt; " + ('<a href="%s">%s</a>' % (h, e(t)) if h else "<span>%s</span>" % e(t)) for h, t in crumbs) + "</div>"
    action = "./" + req.path.rsplit("/", 1)[-1] + ("?" + e(req.query) if req.query else "")
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	%s
</title>%s<link href="/App_Themes/TinhUy/css/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/TinhUy/css/menu.css" type="text/css" rel="stylesheet" />
<script src="/Scripts/jquery-1.7.2.min.js" type="text/javascript"></script>
<style type="text/css">
%s
</style></head>
<body>
    <form method="post" action="%s" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>
<div class="aspNetHidden">
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
    <div id="khung-trang">
        <div id="dau-trang"><object type="application/x-shockwave-flash" data="/Uploads/Banner/banner.swf" width="1000" height="160"><img src="/Uploads/Banner/banner.jpg" width="1000" height="160" alt="Tỉnh ủy Thủ Biên" /></object>
        <div class="ngay-thang">%s, ngày %02d/%02d/%d</div>
        <div class="tim-kiem"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="o-tim-kiem" /><input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" class="nut-tim" /></div></div>
        %s
        <table id="than-trang" cellpadding="0" cellspacing="0" width="1000"><tr>
        <td valign="top" width="740" id="cot-trai">%s
%s
        </td>
        <td valign="top" width="260" id="cot-phai">%s</td></tr></table>
        <div id="chan-trang"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY THỦ BIÊN</strong></p>
        <p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Thủ Biên. Chịu trách nhiệm: Chánh Văn phòng Tỉnh ủy.</p>
        <p>Địa chỉ: Trung tâm Hành chính tỉnh, phường Hòa Phú, thành phố Thủ Dầu Một. ĐT: 0274.3822.xxx - Fax: 0274.3822.xxx</p>
        <p>Giấy phép số 79/GP-TTĐT. Thiết kế và phát triển: Trung tâm Công nghệ thông tin tỉnh.</p></div>
    </div>
    </form>
%s
</body>
</html>""" % (e(title), '<link rel="canonical" href="%s%s" />' % (req.origin, e(canonical)) if canonical else "", CSS, action,
              viewstate(req.path, 5200), viewstate("ev" + req.path, 120), THU[HOM_NAY.weekday()], HOM_NAY.day, HOM_NAY.month, HOM_NAY.year,
              TOPMENU_HTML, bc, main, BOX_RIGHT, script)
    hdrs = [("Cache-Control", "private")]
    if "ASP.NET_SessionId" not in req.cookies:
        hdrs.append(("Set-Cookie", "ASP.NET_SessionId=%s; path=/; HttpOnly" % bam("sid", req.full, n=24)))
    return Reply(html, status, "text/html; charset=utf-8", hdrs)


# ---------------------------------------------------------------- pages
def home(req):
    a0 = ARTS[0]
    out = ['<div id="ctl00_cphNoiDung_ucTieuDiem_pnTieuDiem" class="tieu-diem"><table width="100%" cellpadding="4"><tr><td width="55%" valign="top">'
           '<a href="{p}"><img src="/Uploads/Images/{i}.jpg" width="390" alt="" /></a><h2><a id="ctl00_cphNoiDung_ucTieuDiem_hplTinChinh" href="{p}">{t}</a></h2>'
           '<div class="tom-tat">{l}</div></td><td valign="top"><ul class="tin-tieu-diem">'.format(p=a0["path"], i=a0["id"], t=e(a0["title"]), l=e(a0["lead"]))]
    out += ['<li><a href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in ARTS[1:5]]
    out.append("</ul></td></tr></table></div>")
    for n, (i, (s, name)) in enumerate(SEC.items()):
        lst = BY_SEC[i][:4]
        out.append('<div id="ctl00_cphNoiDung_rptChuyenMuc_ctl%02d_pnChuyenMuc" class="khung-chuyen-muc"><div class="tieu-de-chuyen-muc">'
                   '<a href="%s">%s</a><a class="xem-tiep" href="%s">Xem tiếp »</a></div><table width="100%%"><tr><td width="50%%" valign="top">' % (
                       n, cat_path(i), e(name.upper()), cat_path(i)))
        out.append('<a href="%s"><img src="/Uploads/Images/%d_t.jpg" width="170" align="left" alt="" /></a><b><a href="%s">%s</a></b><div class="tom-tat">%s</div></td><td valign="top"><ul>'
                   % (lst[0]["path"], lst[0]["id"], lst[0]["path"], e(lst[0]["title"]), e(lst[0]["lead"])))
        out += ['<li><a href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in lst[1:]]
        out.append("</ul></td></tr></table></div>")
    return layout(req, SITE, "\n".join(out), "/")


LIST_SCRIPT = """<script type="text/javascript">
//<![CDATA[
    var cauHinhDanhSach = {
        dichVu: '%s/LayDanhSachTin',
        maChuyenMuc: %d,
        soTin: %d,
        vungTin: '#dsTinChuyenMuc',
        vungPhanTrang: '#phanTrangChuyenMuc'
    };

    function taiDanhSach(trang) {
        $(cauHinhDanhSach.vungTin).html('<div class="dang-tai"><img src="/App_Themes/TinhUy/images/loading.gif" alt="" /> Đang tải dữ liệu...</div>');
        $.ajax({
            type: 'POST',
            url: cauHinhDanhSach.dichVu,
            data: JSON.stringify({ maChuyenMuc: cauHinhDanhSach.maChuyenMuc, trang: trang, soTin: cauHinhDanhSach.soTin }),
            contentType: 'application/json; charset=utf-8',
            dataType: 'json',
            success: function (res) {
                var kq = JSON.parse(res.d);
                veDanhSach(kq.DanhSach);
                vePhanTrang(kq.Trang, kq.TongSoTrang);
            },
            error: function () {
                $(cauHinhDanhSach.vungTin).html('<p class="loi">Không tải được dữ liệu, vui lòng thử lại.</p>');
            }
        });
    }

    function veDanhSach(ds) {
        var html = '';
        $.each(ds, function (i, t) {
            html += '<div class="tin-item"><a href="' + t.LienKet + '"><img src="' + t.AnhDaiDien + '" width="150" alt="" /></a>' +
                    '<h3><a href="' + t.LienKet + '">' + t.TieuDe + '</a></h3><span class="ngay">' + ngayTuJson(t.NgayDang) + '</span>' +
                    '<div class="tom-tat">' + t.TomTat + '</div></div>';
        });
        $(cauHinhDanhSach.vungTin).html(html || '<p>Chưa có tin bài.</p>');
    }

    function vePhanTrang(trang, tong) {
        var html = '';
        for (var i = 1; i <= tong; i++) {
            html += (i === trang) ? '<span class="hien-tai">' + i + '</span> ' : '<a href="javascript:void(0)" onclick="taiDanhSach(' + i + ')">' + i + '</a> ';
        }
        $(cauHinhDanhSach.vungPhanTrang).html(html);
    }

    function ngayTuJson(s) {
        var d = new Date(parseInt(s.substr(6), 10));
        return ('0' + d.getDate()).slice(-2) + '/' + ('0' + (d.getMonth() + 1)).slice(-2) + '/' + d.getFullYear();
    }

    $(document).ready(function () { taiDanhSach(1); });
//]]>
</script>"""


def category(req, i):
    if req.path in SLOW:
        req.wait(1.2)
    s, name = SEC[i]
    main = ('<div id="ctl00_cphNoiDung_pnDanhSach" class="danh-sach"><h1 id="ctl00_cphNoiDung_lblTenChuyenMuc" class="ten-chuyen-muc">%s</h1>'
            '<div id="dsTinChuyenMuc" class="ds-tin"><div class="dang-tai">Đang tải dữ liệu...</div></div>'
            '<div id="phanTrangChuyenMuc" class="phan-trang"></div>'
            '<noscript><p class="loi">Trình duyệt của bạn đã tắt JavaScript. Vui lòng bật JavaScript để xem danh sách tin.</p></noscript></div>' % e(name))
    return layout(req, "%s - %s" % (name, SITE), main, cat_path(i), crumbs=[(None, name)], script=LIST_SCRIPT % (SERVICE, i, PS))


def article(req, a, printing=False):
    s, name = SEC[a["sec"]]
    body = ['<p>%s</p>' % e(p) for p in a["paras"][:2]]
    body.append('<table class="anh-bai" align="center" width="500"><tr><td><img src="/Uploads/Images/%d_1.jpg" width="500" alt="" /></td></tr>'
                '<tr><td class="chu-thich" align="center"><em>%s</em></td></tr></table>' % (a["id"], e(a["caption"])))
    body += ['<p>%s</p>' % e(p) for p in a["paras"][2:]]
    body.append('<p style="text-align: right;"><strong>%s</strong></p>' % e(a["author"]))
    head = ('<h1 id="ctl00_cphNoiDung_lblTieuDe" class="tieu-de-bai">%s</h1><div class="thong-tin-bai"><span id="ctl00_cphNoiDung_lblNgayDang">'
            'Cập nhật: %s %s</span> | <span id="ctl00_cphNoiDung_lblLuotXem">Lượt xem: %d</span></div>'
            '<div id="ctl00_cphNoiDung_pnTomTat" class="tom-tat-bai"><strong>%s</strong></div>' % (
                e(a["title"]), ngay(a["date"]), a["date"].strftime("%I:%M:%S %p"), a["views"], e(a["lead"])))
    if printing:
        return Reply('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>%s</title><link rel="canonical" href="%s%s" /></head>'
                     '<body onload="window.print();">%s<div class="noi-dung-bai">%s</div></body></html>' % (e(a["title"]), req.origin, e(a["path"]), head, "".join(body)),
                     200, "text/html; charset=utf-8")
    same = [x for x in BY_SEC[a["sec"]] if x is not a][:5]
    out = ['<div id="ctl00_cphNoiDung_pnChiTiet" class="chi-tiet">', head, '<div id="ctl00_cphNoiDung_pnNoiDung" class="noi-dung-bai">' + "\n".join(body) + "</div>",
           '<div class="cong-cu"><a href="javascript:window.open(\'/InBai.aspx?ID=%d\',\'InBai\',\'width=800,height=600,scrollbars=1\');void(0);">In bài</a> | '
           '<a href="javascript:history.go(-1);">Quay lại</a></div></div>' % a["id"],
           '<div id="ctl00_cphNoiDung_pnTinKhac" class="tin-khac"><div class="tieu-de-khung">CÁC TIN KHÁC</div><ul>']
    out += ['<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (x["path"], e(x["title"]), ngay(x["date"])) for x in same]
    out.append("</ul></div>")
    return layout(req, "%s - %s" % (a["title"], SITE), "\n".join(out), a["path"], crumbs=[(cat_path(a["sec"]), name)])


# ---------------------------------------------------------------- the ASMX ScriptService
def ysod(message, exc, status=500):
    html = """<!DOCTYPE html>
<html>
    <head>
        <title>%s</title>
        <meta name="viewport" content="width=device-width" />
        <style>body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;} p {font-family:"Verdana";font-weight:normal;color:black;margin-top: -5px}</style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100%% size=1 color=silver></H1>
            <h2> <i>%s</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.
            <br><br>
            <b> Exception Details: </b>%s: %s<br><br>
            <hr width=100%% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.42000
            </font>
    </body>
</html>""" % (e(message), e(message), exc, e(message))
    return Reply(html, status, "text/html; charset=utf-8")


def service(req, method):
    if method != "LayDanhSachTin":
        return ysod("Unknown web method %s." % method, "System.ArgumentException")
    if req.method != "POST":
        return ysod("Request format is unrecognized for URL unexpectedly ending in '/%s'." % method, "System.InvalidOperationException")
    if "application/json" not in req.env.get("CONTENT_TYPE", ""):
        return ysod("Request format is invalid: %s." % (req.env.get("CONTENT_TYPE") or "(none)"), "System.InvalidOperationException")
    try:
        args = _json.loads(req.body().decode("utf-8") or "{}")
        cm, trang, so = int(args["maChuyenMuc"]), int(args["trang"]), int(args.get("soTin", PS))
    except (ValueError, KeyError, TypeError):
        return as_json({"Message": "Invalid web service call, missing value for parameter: 'trang'.", "StackTrace": "   at System.Web.Script.Services.WebServiceMethodData.CallMethod(Object target, IDictionary`2 parameters)",
                        "ExceptionType": "System.InvalidOperationException"}, 500, [("jsonerror", "true")])
    so = max(1, min(PS_MAX, so))
    items = BY_SEC.get(cm, [])
    tong = -(-len(items) // so)
    rows = items[(trang - 1) * so:trang * so] if trang >= 1 else []
    d = {"TongSoTin": len(items), "TongSoTrang": tong, "Trang": trang, "SoTin": so, "DanhSach": [
        {"ID": a["id"], "TieuDe": a["title"], "TomTat": a["lead"], "AnhDaiDien": "/Uploads/Images/%d_t.jpg" % a["id"],
         "NgayDang": "/Date(%d)/" % ms(a["date"]), "LuotXem": a["views"], "LienKet": a["path"], "MaChuyenMuc": cm} for a in rows]}
    inner = _json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace('"/Date(', '"\\/Date(').replace(')/"', ')\\/"')
    return Reply(_json.dumps({"d": inner}, ensure_ascii=False, separators=(",", ":")), 200, "application/json; charset=utf-8",
                 [("Cache-Control", "private, max-age=0")])


def service_help(req):
    if "WSDL" in req.query.upper():
        return Reply('<?xml version="1.0" encoding="utf-8"?>\n<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="http://tempuri.org/" '
                     'xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="http://tempuri.org/"><wsdl:types/><wsdl:portType name="TinBaiSoap">'
                     '<wsdl:operation name="LayDanhSachTin"/></wsdl:portType><wsdl:service name="TinBai"><wsdl:port name="TinBaiSoap" binding="tns:TinBaiSoap">'
                     '<soap:address location="%s%s"/></wsdl:port></wsdl:service></wsdl:definitions>' % (req.origin, SERVICE), 200, "text/xml; charset=utf-8")
    op = req.q.get("op")
    if op:
        body = ('<span class="title">TinBai</span><p class="intro">Click <a href="TinBai.asmx">here</a> for a complete list of operations.</p>'
                '<h2>%s</h2><p class="intro"></p><h3>Test</h3>The test form is only available for requests from the local machine.'
                '<span><h3>SOAP 1.1</h3><p>The following is a sample SOAP 1.1 request and response. The <font class=value>placeholders</font> shown need to be replaced with actual values.</p>'
                '<pre>POST %s HTTP/1.1\nHost: %s\nContent-Type: text/xml; charset=utf-8\nSOAPAction: "http://tempuri.org/%s"\n\n&lt;maChuyenMuc&gt;<font class=value>int</font>&lt;/maChuyenMuc&gt;\n'
                '&lt;trang&gt;<font class=value>int</font>&lt;/trang&gt;\n&lt;soTin&gt;<font class=value>int</font>&lt;/soTin&gt;</pre></span>' % (e(op), SERVICE, e(req.host), e(op)))
    else:
        body = ('<span class="title">TinBai</span><p class="intro">The following operations are supported. For a formal definition, please review the '
                '<a href="TinBai.asmx?WSDL">Service Description</a>.</p><ul><li><a href="TinBai.asmx?op=LayDanhSachTin">LayDanhSachTin</a></li></ul>')
    return Reply('<html><head><link rel="alternate" type="text/xml" href="%s%s?disco" /><style type="text/css">BODY { color: #000000; background-color: white; font-family: Verdana; }'
                 '</style><title>TinBai Web Service</title></head><body><div id="content">%s</div></body></html>' % (req.origin, SERVICE, body), 200, "text/html; charset=utf-8")


def week_view(req):
    try:
        w, y = int(req.q.get("tuan", "43")), int(req.q.get("nam", "2024"))
        monday = _dt.date.fromisocalendar(y, w, 1)
    except ValueError:
        return not_found(req)
    pw, nw = (monday - _dt.timedelta(days=7)).isocalendar(), (monday + _dt.timedelta(days=7)).isocalendar()
    rr = _rnd.Random("lct%d/%d" % (w, y))
    rows = "".join("<tr><td>%s<br/>%s</td><td>%s</td></tr>" % (THU[i], (monday + _dt.timedelta(days=i)).strftime("%d/%m/%Y"), e(rr.choice((
        "Thường trực Tỉnh ủy giao ban", "Họp Ban Thường vụ Tỉnh ủy", "Làm việc với Huyện ủy " + rr.choice(HUYEN), "Tiếp công dân", "Dự hội nghị trực tuyến"))))
        for i in range(5))
    main = ('<h1 class="ten-chuyen-muc">Lịch công tác tuần %d/%d</h1><div class="dieu-huong-tuan"><a href="/LichCongTac.aspx?tuan=%d&amp;nam=%d">« Tuần trước</a> '
            '<a href="/LichCongTac.aspx?tuan=%d&amp;nam=%d">Tuần sau »</a></div><table class="lich" border="1" cellpadding="4">%s</table>' % (w, y, pw[1], pw[0], nw[1], nw[0], rows))
    return layout(req, "Lịch công tác - " + SITE, main, crumbs=[(None, "Lịch công tác")])


def not_found(req):
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/><title>404 - File or directory not found.</title></head><body><div id="header">'
            '<h1>Server Error</h1></div><div id="content"><div class="content-container"><fieldset><h2>404 - File or directory not found.</h2>'
            '<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3></fieldset></div></div></body></html>')
    return Reply(html, 404, "text/html")


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /DangNhap.aspx
Disallow: /TimKiem.aspx
Disallow: /WebResource.axd
Disallow: /ScriptResource.axd
"""


def handle(req):
    p = req.path
    pl = p.lower()
    if p == "/robots.txt":
        return plain(ROBOTS)
    if pl in ("/", "/default.aspx"):
        if req.method == "POST":
            return moved("/TimKiem.aspx?tukhoa=" + urlq(req.body().decode("utf-8", "replace")[:40]), 302)
        return home(req)
    if pl.startswith(SERVICE.lower()):
        rest = p[len(SERVICE):]
        if rest in ("", "/"):
            return service_help(req) if req.method != "POST" else ysod("Request format is invalid.", "System.InvalidOperationException")
        return service(req, rest.lstrip("/"))
    if req.method == "POST":
        return ysod("Validation of viewstate MAC failed.", "System.Web.HttpException")
    m = _re.match(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx$", pl)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if not a:
            return not_found(req)
        if m.group(1) != a["slug"]:
            return moved(a["path"])
        return article(req, a)
    if pl in ("/pages/chitiettin.aspx", "/inbai.aspx"):
        try:
            a = BY_ID.get(int(req.q.get("ID", req.q.get("id", ""))))
        except ValueError:
            a = None
        if not a:
            return moved("/Default.aspx", 302)
        return moved(a["path"]) if pl == "/pages/chitiettin.aspx" else article(req, a, printing=True)
    m = _re.match(r"^/chuyen-muc/(\d+)/([a-z-]+)\.aspx$", pl)
    if m and int(m.group(1)) in SEC:
        i = int(m.group(1))
        if m.group(2) != SEC[i][0]:
            return moved(cat_path(i))
        return category(req, i)
    if pl == "/lichcongtac.aspx":
        return week_view(req)
    if pl.startswith("/pages/") and pl.endswith(".aspx"):
        return layout(req, SITE, '<h1 class="ten-chuyen-muc">Thông tin</h1><p>Nội dung đang được cập nhật.</p>', crumbs=[(None, "Thông tin")])
    if pl in ("/timkiem.aspx", "/dangnhap.aspx"):
        return layout(req, SITE, "<p>Không có kết quả.</p>")
    return not_found(req)


app = wsgi(handle, [("Server", "Microsoft-IIS/7.5"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")],
           methods=("GET", "HEAD", "POST"))


# ---------------------------------------------------------------- manifest
def _plain_reach():
    got = {a["path"] for a in ARTS[:8]} | {a["path"] for a in XEM_NHIEU}
    for i, lst in BY_SEC.items():
        got |= {a["path"] for a in lst[:6]}
    return got


_PLAIN = _plain_reach()
ONLY_API = [a["path"] for a in ARTS if a["path"] not in _PLAIN]
MANIFEST = {
    "family": "ASP.NET 4.0 WebForms on IIS 7.5 (Tỉnh ủy Thủ Biên): category pages are empty shells filled by jQuery from an ASMX "
              "ScriptService POSTed as JSON; the service URL lives only in a JS object literal in an inline <script>",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/Pages/ChiTietTin.aspx?ID=%d" % a["id"], "/InBai.aspx?ID=%d" % a["id"]]}
                 for a in ARTS},
    "robots_disallowed": ["/Admin/", "/DangNhap.aspx", "/TimKiem.aspx", "/WebResource.axd", "/ScriptResource.axd"],
    "trap_prefixes": ["/LichCongTac.aspx"],
    "only_via": {"asmx-json": ONLY_API},
    "slow": SLOW,
    "notes": (
        "Articles /tin-tuc/<slug>-<id>.aspx (wrong slug 301). MAIN DIFFICULTY: the category pages /chuyen-muc/<n>/<c>.aspx "
        "contain no article link: an inline <script> (plain text/javascript, CDATA-wrapped) holds a JavaScript OBJECT "
        "LITERAL (unquoted keys, single quotes; not JSON) var cauHinhDanhSach = { dichVu: '/Services/TinBai.asmx/"
        "LayDanhSachTin', maChuyenMuc: <n>, soTin: %d, … } and taiDanhSach(trang) does $.ajax({type: 'POST', url: "
        "cauHinhDanhSach.dichVu, data: JSON.stringify({maChuyenMuc: …, trang: trang, soTin: …}), contentType: "
        "'application/json; charset=utf-8'}). The answer is ASP.NET's {\"d\": \"<JSON text>\"} wrapper: d is a STRING "
        "holding {TongSoTin, TongSoTrang, Trang, SoTin, DanhSach: [{ID, TieuDe, TomTat, AnhDaiDien, NgayDang: "
        "'/Date(ms)/', LuotXem, LienKet: '/tin-tuc/…aspx', MaChuyenMuc}]}; the page numbers 1..TongSoTrang exist only "
        "as that count (the pager is drawn with onclick=\"taiDanhSach(i)\"). soTin is capped at %d. GET on the method "
        "URL answers 500 ('Request format is unrecognized for URL unexpectedly ending in /LayDanhSachTin'); a POST "
        "without a JSON content type 500 too; /Services/TinBai.asmx (GET) is the ASMX help page (+ ?op=, ?WSDL). "
        "%d articles are reachable only through the service (MANIFEST['only_via']['asmx-json']). Server-rendered: home "
        "'Tin tiêu điểm' 5 + 4 per section, sidebar 'Tin mới' (8), 'Tin xem nhiều' (6, old URLs "
        "/Pages/ChiTietTin.aspx?ID= → 301), 'Các tin khác' (5 newest of the section). Aliases: /Pages/ChiTietTin.aspx?ID= "
        "(301), print /InBai.aspx?ID= (200, canonical; opened by javascript:window.open). Every page is one WebForms "
        "<form method=post> with __VIEWSTATE (~7 KB). Trap: /LichCongTac.aspx?tuan=&nam= « » weeks forever. "
        "/chuyen-muc/16/thong-bao.aspx answers after 1.2 s. IIS 404 for unknown paths. No sitemap, no feeds." % (
            PS, PS_MAX, len(ONLY_API))),
}
SELFTEST = [
    {"path": SERVICE + "/LayDanhSachTin", "status": 500, "contains": "Request format is unrecognized"},
    {"path": SERVICE + "/LayDanhSachTin", "method": "POST", "body": b"maChuyenMuc=12&trang=2", "status": 500, "contains": "Request format is invalid"},
    {"path": SERVICE, "status": 200, "contains": "LayDanhSachTin"},
    {"path": cat_path(12), "status": 200, "contains": "cauHinhDanhSach", "not_contains": [a for a in BY_SEC[12] if a["path"] in ONLY_API][0]["title"]},
    {"path": "/Pages/ChiTietTin.aspx?ID=%d" % ARTS[9]["id"], "status": 301, "location": ARTS[9]["path"]},
    {"path": "/InBai.aspx?ID=%d" % ARTS[9]["id"], "status": 200, "contains": ARTS[9]["title"]},
    {"path": "/tin-tuc/sai-%d.aspx" % ARTS[9]["id"], "status": 301, "location": ARTS[9]["path"]},
    {"path": "/tin-tuc/khong-co-1.aspx", "status": 404},
    {"path": "/LichCongTac.aspx?tuan=2&nam=1990", "status": 200, "contains": "Tuần trước"},
]
JSON_SELFTEST = [   # POST application/json to SERVICE + "/LayDanhSachTin" (check.py)
    {"body": {"maChuyenMuc": 12, "trang": 2, "soTin": PS}, "contains": BY_SEC[12][PS]["path"]},
    {"body": {"maChuyenMuc": 12, "trang": 99, "soTin": PS}, "items": 0},
    {"body": {"maChuyenMuc": 12, "trang": 1, "soTin": 500}, "items": PS_MAX},
]
SUMMARY = {
    "chains": ["/ -> /chuyen-muc/<n>/<c>.aspx (shell) -> inline var cauHinhDanhSach = {dichVu: …} -> POST JSON "
               "{maChuyenMuc, trang, soTin} -> {d: '{…TongSoTrang…, DanhSach[].LienKet}'} -> trang = 2..TongSoTrang"],
    "alias_kinds": ["old /Pages/ChiTietTin.aspx?ID= (301)", "print /InBai.aspx?ID= (200, via javascript:window.open)", "wrong slug (301, unlisted)"],
    "quirks": ["JS object literal config (not JSON, not a data island)", "POST application/json with the page number in the body",
               "double-encoded ASP.NET 'd' string", "Vietnamese keys (LienKet, TongSoTrang)", "GET on the web method = 500",
               "ASMX help page", "__VIEWSTATE form on every page", "slow category page", "week-calendar trap"],
    "json_selftest": JSON_SELFTEST,
    "service": SERVICE + "/LayDanhSachTin",
}
