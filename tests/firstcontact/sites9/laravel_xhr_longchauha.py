"""Replica site (set 9, C): Laravel 10 portal (Tỉnh ủy Long Châu Hà) whose 'Xem thêm' buttons fetch an HTML fragment
from the URL in their data-url attribute WITH the header X-Requested-With: XMLHttpRequest.  The same URL requested
without that header (what a link-following crawler does) answers the full page again: the first page of the listing,
whatever ?page= says.
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

SITE = "Cổng thông tin điện tử Tỉnh ủy Long Châu Hà"
PS = 10
SECTIONS = [("thoi-su-chinh-tri", "Thời sự - Chính trị", 4, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 5, "dang"),
            ("kinh-te-phat-trien", "Kinh tế - Phát triển", 3, "kinhte"), ("dan-van", "Dân vận - Mặt trận", 3, "xahoi"),
            ("quoc-phong-an-ninh", "Quốc phòng - An ninh", 2, "quocphong"), ("tin-dia-phuong", "Tin địa phương", 3, "coso")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Châu Đốc", "Tân Châu", "Châu Phú", "Tịnh Biên", "Tri Tôn", "Hà Tiên", "Kiên Lương", "An Phú", "Phú Tân"]
XA = ["Vĩnh Ngươn", "Núi Sam", "Khánh Bình", "Phú Hội", "Nhơn Hội", "Lạc Quới", "Ô Lâm", "Thuận Yên", "Mỹ Đức",
      "Bình Giang", "Vĩnh Gia", "Lương An Trà", "Tà Đảnh", "Phú Lâm"]
TS = Toasoan(31906, 96, [(k, w, fl) for k, _, w, fl in SECTIONS], "Long Châu Hà", HUYEN, XA, id0=51200, buoc=17, nguon="LCH")
ARTS = TS.items
for _a in ARTS:
    _a["slug"] = slug(_a["title"], 90)
    _a["path"] = "/bai-viet/%d-%s" % (_a["id"], _a["slug"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
DOC_NHIEU = sorted(ARTS, key=lambda a: (-a["views"], a["id"]))[:6]


def ngay_gio(d):
    return d.strftime("%d/%m/%Y %H:%M")


def b36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
    return s


# ---------------------------------------------------------------- furniture
SPRITE = "".join('<symbol id="i-%s" viewBox="0 0 24 24"><path d="%s"/></symbol>' % (n, d) for n, d in (
    ("home", "M3 11l9-8 9 8v10a1 1 0 0 1-1 1h-5v-7H9v7H4a1 1 0 0 1-1-1z"), ("search", "M10 2a8 8 0 1 1-5.3 14L2 18.6 3.4 20l2.7-2.7A8 8 0 0 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"),
    ("clock", "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 3h2v5.4l3.6 2.1-1 1.7L11 13.5z"),
    ("eye", "M12 5c5 0 9 4.5 10 7-1 2.5-5 7-10 7S3 14.5 2 12c1-2.5 5-7 10-7zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8z"),
    ("share", "M18 16a3 3 0 1 1-2.8 2l-7-3.6a3 3 0 1 1 0-4.8l7-3.6A3 3 0 1 1 16 7.4L9 11a3 3 0 0 1 0 2l7 3.6a3 3 0 0 1 2-.6z"),
    ("print", "M6 2h12v5H6zm-2 7h16a2 2 0 0 1 2 2v6h-4v5H6v-5H2v-6a2 2 0 0 1 2-2zm4 8v3h8v-3z"),
    ("chevron", "M9 6l6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6z"), ("phone", "M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.2 11 11 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.2.2 2.4.6 3.6a1 1 0 0 1-.3 1z"),
    ("mail", "M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm9 7L4 7v10h16V7z"),
    ("link", "M10.6 13.4a1 1 0 0 0 1.4 0l4-4a3 3 0 0 0-4.2-4.2l-1.3 1.3 1.4 1.4 1.3-1.3a1 1 0 0 1 1.4 1.4l-4 4a1 1 0 0 0 0 1.4zm2.8-2.8a1 1 0 0 0-1.4 0l-4 4a3 3 0 0 0 4.2 4.2l1.3-1.3-1.4-1.4-1.3 1.3a1 1 0 0 1-1.4-1.4l4-4a1 1 0 0 0 0-1.4z")))
MEGA = [("Giới thiệu", "/gioi-thieu", ["Lịch sử Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh khóa XI", "Ban Thường vụ Tỉnh ủy",
                                      "Các ban xây dựng Đảng", "Đảng bộ trực thuộc", "Điều kiện tự nhiên", "Danh nhân, di tích"]),
        ("Văn kiện - Văn bản", "/van-ban", ["Văn kiện Đại hội", "Nghị quyết Trung ương", "Nghị quyết Tỉnh ủy", "Chỉ thị",
                                             "Kết luận", "Hướng dẫn", "Thông báo"]),
        ("Chuyên đề", "/chuyen-de", ["Học tập và làm theo Bác", "Đại hội Đảng các cấp", "Phòng, chống tham nhũng",
                                     "Sắp xếp bộ máy", "Chuyển đổi số", "Biên giới Tây Nam"]),
        ("Đa phương tiện", "/da-phuong-tien", ["Ảnh", "Video", "Infographic", "Podcast", "E-magazine"])]
UNITS = ["Huyện ủy " + h for h in HUYEN] + ["Thành ủy Long Xuyên", "Đảng ủy Khối cơ quan - doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh",
                                           "Đảng ủy Công an tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh"]


def icon(n, cls="w-4 h-4"):
    return '<svg class="%s inline-block fill-current" aria-hidden="true"><use href="#i-%s"></use></svg>' % (cls, n)


def nav():
    out = ['<nav class="bg-red-800 text-white" x-data="{ open: null }"><div class="container mx-auto px-4"><ul class="flex flex-wrap items-center gap-1 text-sm font-semibold uppercase">',
           '<li><a class="block px-3 py-3 hover:bg-red-900" href="/">%s<span class="sr-only">Trang chủ</span></a></li>' % icon("home", "w-5 h-5")]
    out += ['<li><a class="block px-3 py-3 hover:bg-red-900" href="/danh-muc/%s">%s</a></li>' % (k, e(n)) for k, n, _, _ in SECTIONS]
    for label, href, subs in MEGA:
        out.append('<li class="relative" @mouseenter="open = %r" @mouseleave="open = null"><a class="block px-3 py-3 hover:bg-red-900" href="%s">%s %s</a>'
                   '<ul class="absolute left-0 z-30 w-72 bg-white text-gray-800 shadow-lg normal-case font-normal" x-show="open === %r" x-cloak>' % (
                       label, href, e(label), icon("chevron", "w-3 h-3 rotate-90"), label))
        out += ['<li><a class="block px-4 py-2 hover:bg-gray-100" href="%s/%s">%s</a></li>' % (href, slug(s), e(s)) for s in subs]
        out.append("</ul></li>")
    out.append("</ul></div></nav>")
    return "".join(out)


NAV = nav()


def aside():
    out = ['<aside class="space-y-6">', '<section class="border border-gray-200 rounded"><h2 class="px-4 py-2 bg-red-700 text-white font-bold uppercase text-sm">Tin mới</h2><ul class="divide-y divide-gray-100">']
    out += ['<li class="px-4 py-2"><a class="hover:text-red-700" href="%s">%s</a><div class="text-xs text-gray-500">%s %s</div></li>'
            % (a["path"], e(a["title"]), icon("clock", "w-3 h-3"), ngay_gio(a["date"])) for a in ARTS[:8]]
    out.append('</ul></section><section class="border border-gray-200 rounded"><h2 class="px-4 py-2 bg-red-700 text-white font-bold uppercase text-sm">Đọc nhiều</h2><ol class="list-decimal list-inside divide-y divide-gray-100">')
    out += ['<li class="px-4 py-2"><a class="hover:text-red-700" href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in DOC_NHIEU]
    out.append('</ol></section><section class="border border-gray-200 rounded p-4"><h2 class="font-bold uppercase text-sm mb-2">Lịch công tác</h2>'
               '<a class="text-red-700 underline" href="/lich-cong-tac?ngay=%s">Lịch công tác của Thường trực Tỉnh ủy</a></section>' % HOM_NAY.strftime("%Y-%m-%d"))
    out.append('<section class="border border-gray-200 rounded p-4"><h2 class="font-bold uppercase text-sm mb-2">Đảng bộ trực thuộc</h2>'
               '<select class="w-full border rounded p-2" onchange="if (this.value) window.open(this.value, \'_blank\')"><option value="">-- Chọn đơn vị --</option>')
    out += ['<option value="https://%s.longchauha.example">%s</option>' % (slug(u), e(u)) for u in UNITS]
    out.append("</select></section></aside>")
    return "".join(out)


ASIDE = aside()

SCRIPT = """<script>
  (function () {
    // 'Xem thêm': the controller returns a partial view only for AJAX requests (Request::ajax()).
    function loadMore(btn) {
      btn.disabled = true;
      btn.textContent = 'Đang tải…';
      fetch(btn.dataset.url, {
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'text/html' },
        credentials: 'same-origin'
      }).then(function (res) { return res.text(); }).then(function (html) {
        var wrap = btn.closest('[data-more-wrap]');
        wrap.insertAdjacentHTML('beforebegin', html);
        wrap.remove();
      }).catch(function () { btn.disabled = false; btn.textContent = 'Xem thêm'; });
    }
    document.addEventListener('click', function (ev) {
      var btn = ev.target.closest('button[data-url]');
      if (btn) { ev.preventDefault(); loadMore(btn); }
    });
  })();
</script>"""


def layout(req, title, main, canonical=None, status=200, crumbs=()):
    bc = ""
    if crumbs:
        bc = '<nav class="text-sm text-gray-500 mb-4" aria-label="Breadcrumb"><ol class="flex flex-wrap gap-1"><li><a href="/" class="hover:text-red-700">Trang chủ</a></li>' + "".join(
            '<li>/ <a href="%s" class="hover:text-red-700">%s</a></li>' % (h, e(t)) if h else '<li aria-current="page">/ %s</li>' % e(t) for h, t in crumbs) + "</ol></nav>"
    foot = ['<footer class="bg-gray-900 text-gray-300 mt-10"><div class="container mx-auto px-4 py-8 grid grid-cols-1 md:grid-cols-4 gap-6 text-sm">']
    for label, href, subs in MEGA:
        foot.append('<div><h3 class="text-white font-bold uppercase mb-2">%s</h3><ul class="space-y-1">' % e(label))
        foot += ['<li><a class="hover:text-white" href="%s/%s">%s</a></li>' % (href, slug(s), e(s)) for s in subs]
        foot.append("</ul></div>")
    foot.append('</div><div class="border-t border-gray-700"><div class="container mx-auto px-4 py-4 text-xs"><p>© 2024 Tỉnh ủy Long Châu Hà. '
                'Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Địa chỉ: 12 Tôn Đức Thắng, thị xã Châu Đốc. %s 0296.3866.xxx %s bbt@longchauha.example</p>'
                '<p>Giấy phép số 09/GP-TTĐT. Ghi rõ nguồn khi trích dẫn lại thông tin từ cổng này.</p></div></div></footer>' % (icon("phone", "w-3 h-3"), icon("mail", "w-3 h-3")))
    html = """<!DOCTYPE html>
<html lang="vi" class="scroll-smooth">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="%s">
    <title>%s</title>
    %s<link rel="preload" as="style" href="%s/build/assets/app-8c1d3f0a.css" /><link rel="stylesheet" href="%s/build/assets/app-8c1d3f0a.css" />
    <link rel="modulepreload" href="%s/build/assets/app-2b7e9c41.js" /><script type="module" src="%s/build/assets/app-2b7e9c41.js"></script>
</head>
<body class="font-sans antialiased bg-white text-gray-900">
<svg xmlns="http://www.w3.org/2000/svg" class="hidden">%s</svg>
<header class="bg-gradient-to-r from-red-800 to-red-600"><div class="container mx-auto px-4 py-4 flex items-center justify-between">
<a href="/" class="flex items-center gap-3 text-yellow-300"><img src="%s/images/logo.png" alt="" class="w-16 h-16"><span class="text-2xl font-bold uppercase leading-tight">Tỉnh ủy Long Châu Hà<br><span class="text-sm font-normal text-white normal-case">Cổng thông tin điện tử</span></span></a>
<form action="/tim-kiem" method="GET" class="hidden md:flex"><input type="search" name="q" class="rounded-l px-3 py-2 text-sm" placeholder="Tìm kiếm"><button class="bg-yellow-400 px-3 rounded-r">%s</button></form>
</div></header>
%s
<main class="container mx-auto px-4 py-6 grid grid-cols-1 lg:grid-cols-3 gap-8"><div class="lg:col-span-2">%s
%s
</div>%s</main>
%s
%s
</body>
</html>""" % (bam("csrf", req.full, n=40), e(title), '<link rel="canonical" href="%s%s">\n    ' % (req.origin, e(canonical)) if canonical else "",
              req.origin, req.origin, req.origin, req.origin, SPRITE, req.origin, icon("search"), NAV, bc, main, ASIDE, "".join(foot), SCRIPT)
    hdrs = [("Vary", "X-Requested-With"), ("Cache-Control", "no-cache, private")]
    if "longchauha_session" not in req.cookies:
        hdrs += [("Set-Cookie", "XSRF-TOKEN=%s; expires=Mon, 21 Oct 2024 04:00:00 GMT; Max-Age=7200; path=/; samesite=lax" % bam("x", req.full, n=40)),
                 ("Set-Cookie", "longchauha_session=%s; expires=Mon, 21 Oct 2024 04:00:00 GMT; Max-Age=7200; path=/; httponly; samesite=lax" % bam("s", req.full, n=40))]
    return Reply(html, status, "text/html; charset=UTF-8", hdrs)


def item(a):
    return ('<article class="flex gap-4 py-4 border-b border-gray-100"><a href="{p}" class="shrink-0"><img src="{o}/storage/posts/{ym}/{i}-thumb.jpg" alt="{t}" class="w-48 h-32 object-cover rounded" loading="lazy"></a>'
            '<div><h3 class="text-lg font-semibold leading-snug"><a class="hover:text-red-700" href="{p}">{t}</a></h3>'
            '<div class="text-xs text-gray-500 mt-1">{c} <time datetime="{iso}">{d}</time> · {ey} {v}</div><div class="mt-2 text-sm text-gray-700 line-clamp-3">{l}</div></div></article>'
            ).format(p=a["path"], o="", ym=a["date"].strftime("%Y/%m"), i=a["id"], t=e(a["title"]), c=icon("clock", "w-3 h-3"), iso=iso(a["date"]),
                     d=ngay_gio(a["date"]), ey=icon("eye", "w-3 h-3"), v=a["views"], l=e(a["lead"]))


def more_button(req, url):
    return ('<div class="flex justify-center mt-6" data-more-wrap><button type="button" class="px-6 py-2 border border-red-700 text-red-700 rounded hover:bg-red-700 hover:text-white" '
            'data-url="%s%s">Xem thêm</button></div>' % (req.origin, e(url)))


def listing_fragment(req, items, base, page):
    chunk = items[(page - 1) * PS:page * PS]
    out = [item(a) for a in chunk]
    if chunk and page * PS < len(items):
        out.append(more_button(req, "%s?page=%d" % (base, page + 1)))
    return Reply("\n".join(out), 200, "text/html; charset=UTF-8", [("Vary", "X-Requested-With"), ("Cache-Control", "no-cache, private")])


def is_ajax(req):
    return req.header("X-Requested-With").lower() == "xmlhttprequest"


def listing(req, items, base, title, crumbs, intro=""):
    if is_ajax(req):
        page = req.num("page")
        if page is None:
            return Reply("", 200, "text/html; charset=UTF-8", [("Vary", "X-Requested-With")])
        return listing_fragment(req, items, base, page)
    # a normal request renders the full view with the first page, whatever ?page= says
    out = ['<h1 class="text-2xl font-bold text-red-800 border-b-2 border-red-700 pb-2 mb-2">%s</h1>' % e(title), intro,
           '<div id="danh-sach">' + "\n".join(item(a) for a in items[:PS]) + "</div>"]
    if len(items) > PS:
        out.append(more_button(req, base + "?page=2"))
    return layout(req, "%s | %s" % (title, SITE), "\n".join(out), base, crumbs=crumbs)


def home(req):
    a0 = ARTS[0]
    out = ['<section class="grid grid-cols-1 md:grid-cols-5 gap-6 mb-8"><div class="md:col-span-3"><a href="%s"><img src="/storage/posts/%s/%d.jpg" alt="%s" class="w-full rounded"></a>'
           '<h2 class="text-2xl font-bold mt-3"><a class="hover:text-red-700" href="%s">%s</a></h2><p class="text-gray-700 mt-2">%s</p></div><ul class="md:col-span-2 space-y-3">'
           % (a0["path"], a0["date"].strftime("%Y/%m"), a0["id"], e(a0["title"]), a0["path"], e(a0["title"]), e(a0["lead"]))]
    out += ['<li class="border-b border-gray-100 pb-2"><a class="font-semibold hover:text-red-700" href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in ARTS[1:5]]
    out.append("</ul></section>")
    out.append('<section class="mb-8"><h2 class="text-xl font-bold text-red-800 uppercase mb-2"><a href="/tin-moi">Tin mới nhất</a></h2><div id="tin-moi-nhat">')
    out += [item(a) for a in ARTS[5:5 + PS]]
    out.append("</div>" + more_button(req, "/tin-moi?page=2") + "</section>")
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:3]
        out.append('<section class="mb-8"><h2 class="flex justify-between items-center text-xl font-bold text-red-800 uppercase border-b-2 border-red-700 mb-3">'
                   '<a href="/danh-muc/%s">%s</a><a href="/danh-muc/%s" class="text-sm normal-case font-normal text-gray-600">Xem tất cả %s</a></h2>'
                   '<div class="grid grid-cols-1 md:grid-cols-3 gap-4">' % (k, e(n), k, icon("chevron", "w-3 h-3")))
        out += ['<div><a href="%s"><img src="/storage/posts/%s/%d-thumb.jpg" alt="" class="w-full h-36 object-cover rounded" loading="lazy"></a>'
                '<h3 class="font-semibold mt-2"><a class="hover:text-red-700" href="%s">%s</a></h3></div>'
                % (a["path"], a["date"].strftime("%Y/%m"), a["id"], a["path"], e(a["title"])) for a in lst]
        out.append("</div></section>")
    return layout(req, SITE, "\n".join(out), "/")


def article(req, a):
    rel = [x for x in BY_SEC[a["sec"]] if x is not a][:4]
    body = ['<p class="font-semibold text-lg">%s</p>' % e(a["lead"])]
    body += ["<p>%s</p>" % e(p) for p in a["paras"][:2]]
    body.append('<figure><img src="/storage/posts/%s/%d-1.jpg" alt="%s" class="w-full"><figcaption class="text-center text-sm italic text-gray-600">%s</figcaption></figure>'
                % (a["date"].strftime("%Y/%m"), a["id"], e(a["caption"]), e(a["caption"])))
    body += ["<p>%s</p>" % e(p) for p in a["paras"][2:]]
    body.append('<p class="text-right font-bold">%s</p>' % e(a["author"]))
    out = ['<article class="prose max-w-none"><h1 class="text-3xl font-bold text-gray-900">%s</h1>' % e(a["title"]),
           '<div class="not-prose flex flex-wrap items-center gap-4 text-sm text-gray-500 my-3">%s <time datetime="%s">%s, %s</time> %s %d lượt xem'
           '<a class="ml-auto hover:text-red-700" href="/b/%s" title="Link rút gọn">%s Link rút gọn</a>'
           '<button type="button" onclick="window.print()" class="hover:text-red-700">%s In bài</button></div>' % (
               icon("clock"), iso(a["date"]), THU[a["date"].weekday()], ngay_gio(a["date"]), icon("eye"), a["views"], b36(a["id"]), icon("link"), icon("print")),
           "\n".join(body),
           '<div class="not-prose mt-6 text-sm">Từ khóa: %s</div></article>' % " ".join(
               '<a class="inline-block px-2 py-1 bg-gray-100 rounded mr-1" href="/tim-kiem?q=%s" rel="nofollow">%s</a>' % (urlq(t), e(t)) for t in a["tags"]),
           '<section class="mt-8"><h2 class="text-xl font-bold text-red-800 uppercase border-b-2 border-red-700 mb-2">Tin liên quan</h2>']
    out += [item(x) for x in rel]
    out.append("</section>")
    return layout(req, "%s | %s" % (a["title"], SITE), "\n".join(out), a["path"],
                  crumbs=[("/danh-muc/%s" % a["sec"], SEC_NAME[a["sec"]])])


def calendar_day(req, d):
    prev, nxt = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    rr = _rnd.Random("lct%s" % d)
    rows = "".join('<tr><td class="p-2 border">%02d:%s</td><td class="p-2 border">%s</td></tr>' % (h, rr.choice(("00", "30")), e(rr.choice((
        "Thường trực Tỉnh ủy làm việc với Huyện ủy " + rr.choice(HUYEN), "Họp Ban Thường vụ Tỉnh ủy", "Tiếp công dân định kỳ",
        "Dự lễ kỷ niệm ngày thành lập Mặt trận", "Kiểm tra tiến độ xây dựng nhà đại đoàn kết")))) for h in sorted(rr.sample(range(7, 17), 3)))
    out = ('<h1 class="text-2xl font-bold text-red-800 mb-4">Lịch công tác ngày %s</h1><div class="flex justify-between mb-4">'
           '<a class="text-red-700" href="/lich-cong-tac?ngay=%s">‹ Ngày trước</a><input type="date" value="%s" onchange="location.href=\'/lich-cong-tac?ngay=\'+this.value">'
           '<a class="text-red-700" href="/lich-cong-tac?ngay=%s">Ngày sau ›</a></div><table class="w-full border-collapse">%s</table>'
           % (d.strftime("%d/%m/%Y"), prev.isoformat(), d.isoformat(), nxt.isoformat(), rows))
    return layout(req, "Lịch công tác | " + SITE, out, "/lich-cong-tac?ngay=" + d.isoformat(), crumbs=[(None, "Lịch công tác")])


def not_found(req):
    return layout(req, "404 | " + SITE, '<div class="text-center py-16"><h1 class="text-6xl font-bold text-red-700">404</h1><p class="mt-4">Không tìm thấy trang.</p>'
                  '<a class="text-red-700 underline" href="/">Về trang chủ</a></div>', status=404)


ROBOTS = """User-agent: *
Disallow: /admin
Disallow: /tim-kiem
Disallow: /api/
Disallow: /livewire/
"""


def handle(req):
    p = req.path
    if p != "/" and p.endswith("/"):
        return moved(p.rstrip("/") + ("?" + req.query if req.query else ""))
    if p == "/":
        return home(req)
    if p == "/robots.txt":
        return plain(ROBOTS)
    m = _re.match(r"^/bai-viet/(\d+)-([a-z0-9-]+)$", p)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if not a:
            return not_found(req)
        if m.group(2) != a["slug"]:
            return moved(a["path"])
        return article(req, a)
    m = _re.match(r"^/b/([0-9a-z]+)$", p)
    if m:
        a = BY_ID.get(int(m.group(1), 36))
        return moved(a["path"]) if a else not_found(req)
    m = _re.match(r"^/danh-muc/([a-z-]+)$", p)
    if m and m.group(1) in SEC_NAME:
        k = m.group(1)
        return listing(req, BY_SEC[k], "/danh-muc/" + k, SEC_NAME[k], [(None, SEC_NAME[k])])
    if p == "/tin-moi":
        return listing(req, ARTS[5:], "/tin-moi", "Tin mới nhất", [(None, "Tin mới nhất")])
    if p == "/lich-cong-tac":
        try:
            d = _dt.date.fromisoformat(req.q.get("ngay", HOM_NAY.date().isoformat()))
        except ValueError:
            return not_found(req)
        return calendar_day(req, d)
    if p.startswith("/tim-kiem"):
        return layout(req, "Tìm kiếm | " + SITE, '<h1 class="text-2xl font-bold">Tìm kiếm</h1><p>Không tìm thấy kết quả.</p>')
    for label, href, subs in MEGA:
        if p == href or p.startswith(href + "/"):
            return layout(req, "%s | %s" % (label, SITE), '<h1 class="text-2xl font-bold text-red-800">%s</h1><p class="mt-4">Nội dung đang được cập nhật.</p>' % e(label),
                          p, crumbs=[(None, label)])
    return not_found(req)


app = wsgi(handle, [("Server", "nginx/1.24.0"), ("X-Powered-By", "PHP/8.2.12")])


# ---------------------------------------------------------------- manifest
def _plain_reach():
    got = {a["path"] for a in ARTS[:5 + PS]} | {a["path"] for a in DOC_NHIEU}
    for k, lst in BY_SEC.items():
        got |= {a["path"] for a in lst[:max(PS, 5)]}
    return got


_PLAIN = _plain_reach()
ONLY_XHR = [a["path"] for a in ARTS if a["path"] not in _PLAIN]
MANIFEST = {
    "family": "Laravel 10 portal (Tỉnh ủy Long Châu Hà): 'Xem thêm' fetches an HTML fragment from data-url with "
              "X-Requested-With: XMLHttpRequest; without the header the same URL answers the full first page again",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/b/%s" % b36(a["id"])]} for a in ARTS},
    "robots_disallowed": ["/admin", "/tim-kiem", "/api/", "/livewire/"],
    "trap_prefixes": ["/lich-cong-tac"],
    "only_via": {"xhr-header": ONLY_XHR},
    "notes": (
        "Articles /bai-viet/<id>-<slug> (wrong slug 301; trailing slash 301). MAIN DIFFICULTY: listings have no pager. "
        "Category pages /danh-muc/<c> and 'Tin mới nhất' /tin-moi (also the home block) render %d items and a <button "
        "type=button data-url=\"http://<host>/danh-muc/<c>?page=2\">Xem thêm</button>; an inline script fetches "
        "btn.dataset.url with headers {'X-Requested-With': 'XMLHttpRequest'} and inserts the answer, an HTML fragment "
        "(%d items + the next button, page+1; none on the last page; empty past the end). The controller checks "
        "Request::ajax(): the same URL WITHOUT that header answers 200 with the full page of the FIRST %d items "
        "(canonical to the bare listing, Vary: X-Requested-With), so following data-url like a link gains nothing. "
        "%d articles are reachable only through the fragments (MANIFEST['only_via']['xhr-header']). Home: 5 top + "
        "'Tin mới nhất' %d + 3 per section; sidebar 'Tin mới' (8) and 'Đọc nhiều' (6); 'Tin liên quan' = 4 newest of the "
        "section. Alias: 'Link rút gọn' /b/<base36 id> (301). Keywords link /tim-kiem?q= (robots-disallowed). "
        "XSRF-TOKEN and session cookies are set, never needed. Trap: 'Lịch công tác' /lich-cong-tac?ngay=YYYY-MM-DD "
        "‹ Ngày trước | Ngày sau › forever. No sitemap, no feeds." % (PS, PS, PS, len(ONLY_XHR), PS)),
}
_k = "xay-dung-dang"
_last = -(-len(BY_SEC[_k]) // PS)
SELFTEST = [
    {"path": "/danh-muc/%s?page=2" % _k, "status": 200, "contains": BY_SEC[_k][0]["title"], "not_contains": BY_SEC[_k][PS]["title"]},
    {"path": "/danh-muc/%s?page=2" % _k, "status": 200, "same_as": "/danh-muc/%s" % _k},
    {"path": "/danh-muc/%s/" % _k, "status": 301, "location": "/danh-muc/%s" % _k},
    {"path": "/b/%s" % b36(ARTS[3]["id"]), "status": 301, "location": ARTS[3]["path"]},
    {"path": "/bai-viet/%d-sai" % ARTS[3]["id"], "status": 301, "location": ARTS[3]["path"]},
    {"path": "/bai-viet/1-khong-co", "status": 404},
    {"path": "/lich-cong-tac?ngay=1999-01-01", "status": 200, "contains": "Ngày trước"},
]
XHR_SELFTEST = [   # requests sent WITH X-Requested-With: XMLHttpRequest (check.py)
    {"path": "/danh-muc/%s?page=2" % _k, "contains": BY_SEC[_k][PS]["title"], "not_contains": "<html"},
    {"path": "/danh-muc/%s?page=%d" % (_k, _last), "contains": BY_SEC[_k][-1]["title"], "not_contains": "data-url"},
    {"path": "/danh-muc/%s?page=99" % _k, "empty": True},
]
SUMMARY = {
    "chains": ["/ -> /danh-muc/<c> (10 items) -> button data-url ?page=2 -> (X-Requested-With) fragment -> data-url ?page=3 …",
               "/ 'Tin mới nhất' -> data-url /tin-moi?page=2 -> (X-Requested-With) fragment … (every article)"],
    "alias_kinds": ["short link /b/<base36> (301)", "wrong slug / trailing slash (301, unlisted)"],
    "quirks": ["fragment only for X-Requested-With: XMLHttpRequest (Request::ajax())", "same URL without the header = full first page",
               "Vary: X-Requested-With", "absolute data-url", "XSRF-TOKEN / session cookies", "day-calendar trap"],
    "xhr_selftest": XHR_SELFTEST,
}
