"""Replica site (set 9, A): Java/Struts 1 portal on Tomcat (Đảng bộ tỉnh Hồng Quảng) whose category listings are
displaytag HTML tables with sortable column headers, page-size and year selectors and export links.

MAIN DIFFICULTY: the table's default ordering ('thứ tự ưu tiên', a column that is 0 for almost every row) is unstable
between pages, so paging it shows some rows twice and never shows others; the column headers and the page-size and
year selectors multiply every listing into hundreds of URL combinations (trap).  One ordering
(header 'Ngày đăng', descending: d-1332085-s=2&d-1332085-o=1) pages through every row exactly once.
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

import math as _math

SITE = "Cổng Thông tin điện tử Đảng bộ tỉnh Hồng Quảng"
TID = "1332085"                    # displaytag table id hash of /WEB-INF/jsp/tintuc/danhsach.jsp
DID = "7730115"                    # ... of /WEB-INF/jsp/vanban/danhsach.jsp
PS, SIZES = 8, (8, 16, 24)
EXPORT = "6578706f7274"            # displaytag's export marker parameter ("export" in hex)
SECTIONS = [(21, "Thời sự - Chính trị", 4, "chinhquyen"), (22, "Xây dựng Đảng", 4, "dang"), (23, "Kinh tế", 3, "kinhte"),
            (24, "Văn hóa - Xã hội", 3, "xahoi"), (25, "Quốc phòng - An ninh", 2, "quocphong"),
            (26, "Tin cơ sở", 3, "coso"), (27, "Thông báo - Chỉ đạo", 2, "thongbao")]
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Hòn Gai", "Cẩm Phả", "Uông Bí", "Hoành Bồ", "Vân Đồn", "Cô Tô", "Yên Hưng", "Đông Triều", "Tiên Yên", "Bình Liêu"]
XA = ["Quảng La", "Dương Huy", "Vũ Oai", "Minh Châu", "Quan Lạn", "Thanh Lân", "Hà An", "Tràng An", "Bình Dương",
      "Yên Thanh", "Thống Nhất", "Đồng Rui", "Hải Lạng", "Đồng Tâm"]
TS = Toasoan(90325, 102, [(k, w, fl) for k, _, w, fl in SECTIONS], "Hồng Quảng", HUYEN, XA, id0=40110, buoc=13, nguon="(HQ)")
ARTS = TS.items
BY_ID = {a["id"]: a for a in ARTS}
for _a in ARTS:
    _a["path"] = "/tintuc/chitiet.do?id=%d" % _a["id"]
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
_pr = _rnd.Random(4417)
for k, lst in BY_SEC.items():                  # 'thứ tự ưu tiên': editors pinned one or two rows, the rest are 0
    for a in lst:
        a["prio"] = 0
    for a in _pr.sample(lst[3:], 2):
        a["prio"] = _pr.choice((5, 9))
TOP_VIEWS = sorted(ARTS, key=lambda a: (-a["views"], a["id"]))[:8]
AUTHORS = {}
for _a in ARTS:
    _a["tacgia"] = _a["author"].split(": ")[-1].split(" (")[0]


def ngay(d):
    return d.strftime("%d/%m/%Y")


def ngay_gio(d):
    return "%s, %s %02d:%02d" % (THU[d.weekday()], d.strftime("%d/%m/%Y"), d.hour, d.minute)


def so(n):
    return "{:,}".format(n).replace(",", ".")


# ---------------------------------------------------------------- ordering (the database side)
def priority_order(items, sec, page, size):
    """ORDER BY THU_TU_UU_TIEN DESC with ROWNUM paging: the tie order (almost every row is 0) depends on the
    execution plan, i.e. differs from one page query to the next."""
    pinned = sorted([a for a in items if a["prio"]], key=lambda a: (-a["prio"], a["id"]))
    rest = [a for a in items if not a["prio"]]
    _rnd.Random("%s/%s/%s" % (sec, page, size)).shuffle(rest)
    return pinned + rest


def ordered(items, sec, s, o, page, size):
    if s is None:
        return priority_order(items, sec, page, size)
    desc = (o == 1)
    if s == 1:
        key = lambda a: (khong_dau(a["title"]).lower(), a["id"])
    elif s == 2:
        key = lambda a: (a["date"], a["id"])
    else:
        key = lambda a: (a["views"], a["id"])
    return sorted(items, key=key, reverse=desc)


# ---------------------------------------------------------------- furniture
MENU = [("Giới thiệu", "/gioithieu.do?muc=1", ["Khái quát tỉnh Hồng Quảng", "Lịch sử Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh",
                                               "Ban Thường vụ Tỉnh ủy", "Các cơ quan tham mưu, giúp việc", "Các đảng bộ trực thuộc"]),
        ("Tin tức", "/tintuc/danhsach.do?maChuyenMuc=21", None),
        ("Văn bản", "/vanban/danhsach.do", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản hướng dẫn",
                                            "Văn bản của Ủy ban Kiểm tra", "Văn bản của các ban đảng"]),
        ("Chuyên đề", "/chuyende.do", ["Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030", "Học tập và làm theo Bác",
                                       "Bảo vệ nền tảng tư tưởng của Đảng", "Sắp xếp đơn vị hành chính", "Chuyển đổi số"]),
        ("Tư liệu", "/tulieu.do", ["Tư liệu ảnh", "Tư liệu video", "Văn kiện Đại hội", "Sách chính trị"]),
        ("Liên hệ", "/lienhe.do", None)]
UNITS = ["Huyện ủy " + h for h in HUYEN] + ["Thành ủy Hòn Gai", "Thị ủy Cẩm Phả", "Đảng ủy Khối các cơ quan tỉnh",
                                           "Đảng ủy Khối doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh", "Đảng ủy Công an tỉnh",
                                           "Đảng ủy Bộ đội Biên phòng tỉnh", "Đảng ủy Than Hồng Quảng"]
DOCS = []
_dr = _rnd.Random(771)
for _i in range(46):
    _kind = _dr.choice(("NQ", "CT", "KL", "HD", "KH", "TB", "QĐ"))
    _d = HOM_NAY - _dt.timedelta(days=3 + _i * 4 + _dr.randrange(3))
    DOCS.append({"so": "%d-%s/TU" % (380 - _i * 3, _kind), "date": _d,
                 "trich": "%s về %s" % ({"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "HD": "Hướng dẫn",
                                          "KH": "Kế hoạch", "TB": "Thông báo", "QĐ": "Quyết định"}[_kind],
                                         _dr.choice(["công tác cán bộ năm 2025", "tổ chức đại hội chi bộ trực thuộc",
                                                     "kiểm điểm, đánh giá, xếp loại tổ chức đảng", "phòng, chống thiên tai",
                                                     "chuẩn bị văn kiện đại hội", "công tác tuyên truyền biển, đảo",
                                                     "phát triển đảng viên năm 2024", "tinh gọn bộ máy các cơ quan đảng"])),
                 "cq": _dr.choice(["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
                                   "Ban Tuyên giáo Tỉnh ủy"])})

STYLE = "\n".join(".hq-%s{%s}" % (bam("st", i, n=7), ";".join((
    "margin:%dpx %dpx" % (i % 7, i % 5), "padding:%dpx" % (i % 11), "font:%s %dpx/1.%d Arial,Tahoma,sans-serif" % (("normal", "bold")[i % 2], 11 + i % 6, 3 + i % 5),
    "color:#%s" % bam("c", i, n=6), "background:#%s" % bam("b", i, n=6), "border:1px %s #%s" % (("solid", "dotted", "dashed")[i % 3], bam("d", i, n=6)))))
    for i in range(170))


def menu_html():
    out = ['<table class="menu-ngang" width="100%" cellpadding="0" cellspacing="0"><tr>',
           '<td class="mn"><a href="/trangchu.do">Trang chủ</a></td>']
    for label, href, subs in MENU:
        if label == "Tin tức":
            subs_html = "".join('<li><a href="/tintuc/danhsach.do?maChuyenMuc=%d">%s</a></li>' % (k, e(n)) for k, n, _, _ in SECTIONS)
        elif subs:
            subs_html = "".join('<li><a href="%s&amp;nhom=%d">%s</a></li>' % (href if "?" in href else href + "?x=1", i + 1, e(s))
                                for i, s in enumerate(subs))
        else:
            subs_html = ""
        out.append('<td class="mn" onmouseover="hienMenu(this)" onmouseout="anMenu(this)"><a href="%s">%s</a>%s</td>'
                   % (href, e(label), '<ul class="menu-con">%s</ul>' % subs_html if subs_html else ""))
    out.append("</tr></table>")
    return "".join(out)


MENU_HTML = menu_html()


def left_col():
    out = ['<div class="khoi"><div class="khoi-tieude">CHUYÊN MỤC</div><ul class="ds-chuyenmuc">']
    out += ['<li><img src="/images/bullet_do.gif" alt="" /> <a href="/tintuc/danhsach.do?maChuyenMuc=%d">%s</a> <span class="dem">(%d)</span></li>'
            % (k, e(n), len(BY_SEC[k])) for k, n, _, _ in SECTIONS]
    out.append('</ul></div><div class="khoi"><div class="khoi-tieude">VĂN BẢN MỚI</div><ul class="ds-vanban">')
    out += ['<li><a href="/upload/vanban/%s.pdf" target="_blank">Số %s</a> <span class="ngay">(%s)</span><br/>%s</li>'
            % (d["so"].replace("/", "-"), e(d["so"]), ngay(d["date"]), e(d["trich"])) for d in DOCS[:8]]
    out.append('</ul><div class="xemtiep"><a href="/vanban/danhsach.do">Xem tiếp »</a></div></div>')
    out.append('<div class="khoi"><div class="khoi-tieude">LIÊN KẾT WEBSITE</div><select class="lienket" onchange="if(this.value)window.open(this.value)">'
               '<option value="">--- Chọn đơn vị ---</option>')
    out += ['<option value="http://%s.hongquang.example/">%s</option>' % (slug(u), e(u)) for u in UNITS]
    out += ['<option value="http://%s.example/">%s</option>' % (s, n) for s, n in (
        ("dangcongsan", "Báo Điện tử Đảng Cộng sản Việt Nam"), ("tuyengiao", "Tạp chí Tuyên giáo"), ("xaydungdang", "Tạp chí Xây dựng Đảng"),
        ("baohongquang", "Báo Hồng Quảng"), ("chinhphu", "Cổng TTĐT Chính phủ"))]
    out.append('</select></div><div class="khoi"><div class="khoi-tieude">THỐNG KÊ TRUY CẬP</div><div class="thongke">'
               'Đang truy cập: 57<br/>Hôm nay: 2.318<br/>Tổng lượt truy cập: 8.402.117</div></div>')
    return "".join(out)


LEFT_HTML = left_col()


def right_col():
    out = ['<div class="khoi"><div class="khoi-tieude">TIN MỚI CẬP NHẬT</div><ul class="ds-tinmoi">']
    out += ['<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (a["path"], e(a["title"]), ngay(a["date"])) for a in ARTS[:10]]
    out.append('</ul></div><div class="khoi"><div class="khoi-tieude">TIN ĐỌC NHIỀU</div><ol class="ds-docnhieu">')
    out += ['<li><a href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in TOP_VIEWS]
    out.append('</ol></div><div class="khoi"><div class="khoi-tieude">CHUYÊN ĐỀ</div>')
    out += ['<div class="banner-cd"><a href="/chuyende.do?x=1&amp;nhom=%d"><img src="/images/chuyende/cd%d.jpg" alt="%s" width="220" /></a></div>'
            % (i + 1, i + 1, e(t)) for i, t in enumerate(MENU[3][2])]
    out.append("</div>")
    return "".join(out)


RIGHT_HTML = right_col()


def layout(req, title, main, canonical=None, status=200, crumbs=()):
    d = HOM_NAY
    bc = ""
    if crumbs:
        bc = '<div class="duongdan"><a href="/trangchu.do">Trang chủ</a>' + "".join(
            " » " + ('<a href="%s">%s</a>' % (h, e(t)) if h else '<span>%s</span>' % e(t)) for h, t in crumbs) + "</div>"
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>%(title)s</title>
%(canon)s<link rel="stylesheet" type="text/css" href="/css/portal.css" />
<link rel="stylesheet" type="text/css" href="/css/displaytag.css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/portal.js"></script>
<style type="text/css">
%(style)s
</style>
</head>
<body>
<div id="khung">
<div id="dau-trang"><div class="ngay-hientai">%(thu)s, ngày %(dd)02d/%(mm)02d/%(yy)d</div>
<a href="/trangchu.do"><img src="/images/banner_tinhuy.jpg" width="1000" height="150" alt="%(site)s" /></a></div>
<div id="menu">%(menu)s</div>
<div id="tim-kiem"><form name="timKiemForm" method="get" action="/tintuc/timkiem.do"><input type="text" name="tuKhoa" value="" size="30" />
<input type="submit" value="Tìm kiếm" class="nut" /></form></div>
<table id="than-trang" width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="cot-trai" width="200" valign="top">%(left)s</td>
<td id="cot-giua" width="560" valign="top">%(bc)s
%(main)s
</td>
<td id="cot-phai" width="240" valign="top">%(right)s</td>
</tr></table>
<div id="chan-trang"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HỒNG QUẢNG</b></p>
<p>Cơ quan chủ quản: Tỉnh ủy Hồng Quảng. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
<p>Địa chỉ: Phường Hồng Hà, thành phố Hòn Gai, tỉnh Hồng Quảng. Điện thoại: 0203.3835.xxx. Email: bbt@hongquang.example</p>
<p>Giấy phép số 112/GP-TTĐT do Cục Quản lý phát thanh, truyền hình và thông tin điện tử cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="lienket-chan"><a href="/lienhe.do">Liên hệ</a> | <a href="/gioithieu.do?muc=1">Giới thiệu</a> | <a href="/sodoweb.do">Sơ đồ website</a></p></div>
</div>
<script type="text/javascript">
function hienMenu(td){ $(td).find('ul.menu-con').show(); }
function anMenu(td){ $(td).find('ul.menu-con').hide(); }
$(document).ready(function(){ $('table.displaytag tbody tr:odd').addClass('le'); });
</script>
</body>
</html>""" % {"title": e(title), "canon": '<link rel="canonical" href="%s%s" />\n' % (req.origin, e(canonical)) if canonical else "",
              "style": STYLE, "thu": THU[d.weekday()], "dd": d.day, "mm": d.month, "yy": d.year, "site": e(SITE), "menu": MENU_HTML,
              "left": LEFT_HTML, "bc": bc, "main": main, "right": RIGHT_HTML}
    return Reply(html, status, "text/html;charset=UTF-8", [("Set-Cookie", "JSESSIONID=%s; Path=/; HttpOnly" % bam("js", req.full, n=32).upper())]
                 if "JSESSIONID" not in req.cookies else [])


# ---------------------------------------------------------------- table listing (displaytag)
def P(k):
    return "d-%s-%s" % (TID, k)


def list_href(sec, st, **ch):
    """The URL displaytag writes: the request's parameters in a fixed order with the changed ones replaced."""
    s = dict(st)
    s.update(ch)
    q = [("maChuyenMuc", sec)]
    for k in ("namDang", "soDong"):
        if s.get(k) is not None:
            q.append((k, s[k]))
    if s.get("s") is not None:
        q += [(P("s"), s["s"]), (P("o"), s["o"])]
    if s.get("p") not in (None, 1) or ch.get("p") == 1 and st.get("p") not in (None, 1):
        q.append((P("p"), s["p"]))
    return "/tintuc/danhsach.do?" + "&amp;".join("%s=%s" % kv for kv in q)


def state_of(req):
    st = {"s": None, "o": None, "p": 1, "soDong": None, "namDang": None}
    try:
        if P("s") in req.q:
            st["s"] = int(req.q[P("s")])
            st["o"] = int(req.q.get(P("o"), "2"))
            if st["s"] not in (1, 2, 3) or st["o"] not in (1, 2):
                return None
        st["p"] = int(req.q.get(P("p"), "1"))
        if "soDong" in req.q:
            st["soDong"] = int(req.q["soDong"])
            if st["soDong"] not in SIZES:
                return None
        if "namDang" in req.q:
            st["namDang"] = int(req.q["namDang"])
            if not 1900 <= st["namDang"] <= 2024:
                return None
    except ValueError:
        return None
    return st if st["p"] >= 1 else None


HEADERS = [(None, "STT", None), (1, "Tiêu đề", 2), (2, "Ngày đăng", 1), (3, "Lượt xem", 1)]


def table_rows(sec, st):
    size = st["soDong"] or PS
    items = BY_SEC[sec] if st["namDang"] in (None, 2024) else []
    order = ordered(items, sec, st["s"], st["o"], st["p"], size)
    return items, order[(st["p"] - 1) * size:st["p"] * size], size


def listing(req, sec):
    st = state_of(req)
    if st is None:
        return error_page(req, 400)
    if EXPORT in req.q:
        return export(req, sec, st)
    items, rows, size = table_rows(sec, st)
    total = len(items)
    pages = max(1, _math.ceil(total / size))
    out = ['<div class="tieude-chuyenmuc"><h1>%s</h1></div>' % e(SEC_NAME[sec])]
    # filter bar: years (ten back from the selected one) + page size
    year = st["namDang"] or 2024
    out.append('<div class="loc-bang"><form name="locForm" method="get" action="/tintuc/danhsach.do">'
               '<input type="hidden" name="maChuyenMuc" value="%d" />Năm: <select name="namDang" onchange="this.form.submit()">' % sec)
    out += ['<option value="%d"%s>%d</option>' % (y, ' selected="selected"' if y == year else "", y) for y in range(2024, 2009, -1)]
    out.append('</select> Hiển thị: <select name="soDong" onchange="this.form.submit()">')
    out += ['<option value="%d"%s>%d</option>' % (n, ' selected="selected"' if n == size else "", n) for n in SIZES]
    out.append('</select> dòng/trang <noscript><input type="submit" value="Xem" /></noscript></form>'
               '<div class="nam-links">Lưu trữ theo năm: ')
    out += ['<a href="%s">%d</a>' % (list_href(sec, st, namDang=y, p=1), y) for y in range(year, year - 10, -1) if y != year]
    out.append('</div><div class="so-dong">Số dòng: ')
    out += ['<a href="%s">%d</a>' % (list_href(sec, st, soDong=n, p=1), n) if n != size else "<b>%d</b>" % n for n in SIZES]
    out.append("</div></div>")
    first = (st["p"] - 1) * size + 1
    if rows:
        out.append('<span class="pagebanner">Có %d tin bài. Hiển thị từ %d đến %d.</span>' % (total, first, first + len(rows) - 1))
    elif total:
        out.append('<span class="pagebanner">Có %d tin bài.</span>' % total)
    else:
        out.append('<span class="pagebanner">Không tìm thấy tin bài nào.</span>')
    out.append(pager(sec, st, pages) if total else "")
    out.append('<table class="displaytag" id="tinBai" cellspacing="0" cellpadding="4"><thead><tr>')
    for col, label, default_o in HEADERS:
        if col is None:
            out.append('<th class="stt">%s</th>' % label)
            continue
        cls = "sortable"
        if st["s"] == col:
            cls += " sorted order%d" % st["o"]
            nxt = 2 if st["o"] == 1 else 1
        else:
            nxt = default_o
        out.append('<th class="%s"><a href="%s">%s</a></th>' % (cls, list_href(sec, st, s=col, o=nxt), label))
    out.append("</tr></thead><tbody>")
    if not rows:
        out.append('<tr class="empty"><td colspan="4">Không có dữ liệu để hiển thị.</td></tr>')
    for i, a in enumerate(rows):
        out.append('<tr class="%s"><td class="stt">%d</td><td class="tieude"><a href="/tintuc/chitiet.do?maChuyenMuc=%d&amp;id=%d">%s</a>'
                   '<div class="tomtat">%s</div></td><td class="ngay">%s</td><td class="luotxem">%s</td></tr>'
                   % ("odd" if i % 2 == 0 else "even", first + i, sec, a["id"], e(a["title"]), e(a["lead"]), ngay(a["date"]), so(a["views"])))
    out.append("</tbody></table>")
    out.append(pager(sec, st, pages) if total else "")
    out.append('<div class="exportlinks">Xuất dữ liệu: <a href="%s&amp;%s=1&amp;%s=1"><span class="export csv">CSV</span></a> | '
               '<a href="%s&amp;%s=1&amp;%s=2"><span class="export excel">Excel</span></a> | '
               '<a href="%s&amp;%s=1&amp;%s=3"><span class="export xml">XML</span></a></div>'
               % tuple(x for t in (1, 2, 3) for x in (list_href(sec, st), EXPORT, P("e"))))
    canon = "/tintuc/danhsach.do?maChuyenMuc=%d" % sec
    return layout(req, "%s - %s" % (SEC_NAME[sec], SITE), "\n".join(out), canon, crumbs=[("/tintuc/danhsach.do?maChuyenMuc=21", "Tin tức"), (None, SEC_NAME[sec])])


def pager(sec, st, pages):
    """displaytag pagelinks: [Đầu/Trước] 1, 2, 3 [Sau/Cuối] (all numbers)."""
    p = st["p"]
    if pages <= 1:
        return '<span class="pagelinks"><strong>1</strong></span>'
    parts = []
    if p > 1:
        parts.append('[<a href="%s">Đầu</a>/<a href="%s">Trước</a>]' % (list_href(sec, st, p=1), list_href(sec, st, p=p - 1)))
    else:
        parts.append("[Đầu/Trước]")
    nums = []
    for n in range(1, pages + 1):
        nums.append("<strong>%d</strong>" % n if n == p else '<a href="%s" title="Trang %d">%d</a>' % (list_href(sec, st, p=n), n, n))
    parts.append(", ".join(nums))
    if p < pages:
        parts.append('[<a href="%s">Sau</a>/<a href="%s">Cuối</a>]' % (list_href(sec, st, p=p + 1), list_href(sec, st, p=pages)))
    else:
        parts.append("[Sau/Cuối]")
    return '<span class="pagelinks">%s</span>' % " ".join(parts)


def export(req, sec, st):
    kind = req.q.get(P("e"), "1")
    items, rows, size = table_rows(sec, st)
    if kind == "3":
        body = ['<?xml version="1.0" encoding="UTF-8"?>', "<table>"]
        body += ["<row><column>%d</column><column>%s</column><column>%s</column><column>%d</column></row>"
                 % (i + 1, e(a["title"]), ngay(a["date"]), a["views"]) for i, a in enumerate(rows)]
        body.append("</table>")
        return Reply("\n".join(body), 200, "text/xml;charset=UTF-8", [("Content-Disposition", 'attachment; filename="danhsach.xml"')])
    lines = ['"STT","Tiêu đề","Ngày đăng","Lượt xem"'] + ['"%d","%s","%s","%d"' % (i + 1, a["title"].replace('"', '""'), ngay(a["date"]), a["views"])
                                                         for i, a in enumerate(rows)]
    if kind == "2":
        return Reply("\t".join(["STT", "Tiêu đề"]) + "\n" + "\n".join("%d\t%s" % (i + 1, a["title"]) for i, a in enumerate(rows)), 200,
                     "application/vnd.ms-excel;charset=UTF-8", [("Content-Disposition", 'attachment; filename="danhsach.xls"')])
    return Reply("\ufeff" + "\r\n".join(lines), 200, "text/csv;charset=UTF-8", [("Content-Disposition", 'attachment; filename="danhsach.csv"')])


# ---------------------------------------------------------------- documents table (PDFs only: a second grid of the same kind)
def doc_href(st, **ch):
    s = dict(st)
    s.update(ch)
    q = []
    if s.get("s") is not None:
        q += [("d-%s-s" % DID, s["s"]), ("d-%s-o" % DID, s["o"])]
    if s.get("p", 1) != 1:
        q.append(("d-%s-p" % DID, s["p"]))
    return "/vanban/danhsach.do" + ("?" + "&amp;".join("%s=%s" % kv for kv in q) if q else "")


def documents(req):
    try:
        st = {"s": int(req.q["d-%s-s" % DID]) if "d-%s-s" % DID in req.q else None,
              "o": int(req.q.get("d-%s-o" % DID, "2")), "p": int(req.q.get("d-%s-p" % DID, "1"))}
    except ValueError:
        return error_page(req, 400)
    if st["s"] not in (None, 1, 2, 3) or st["p"] < 1:
        return error_page(req, 400)
    docs = list(DOCS)
    if st["s"] == 1:
        docs.sort(key=lambda d: d["so"], reverse=st["o"] == 1)
    elif st["s"] == 2:
        docs.sort(key=lambda d: d["date"], reverse=st["o"] == 1)
    elif st["s"] == 3:
        docs.sort(key=lambda d: d["cq"], reverse=st["o"] == 1)
    pages = _math.ceil(len(docs) / 15)
    rows = docs[(st["p"] - 1) * 15:st["p"] * 15]
    out = ['<div class="tieude-chuyenmuc"><h1>Văn bản</h1></div><table class="displaytag" id="vanBan"><thead><tr><th>STT</th>']
    for col, label in ((1, "Số ký hiệu"), (2, "Ngày ban hành"), (3, "Cơ quan ban hành")):
        nxt = (2 if st["o"] == 1 else 1) if st["s"] == col else 2
        out.append('<th class="sortable"><a href="%s">%s</a></th>' % (doc_href(st, s=col, o=nxt), label))
    out.append("<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>")
    for i, d in enumerate(rows):
        out.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td><a href="/upload/vanban/%s.pdf">PDF</a></td></tr>'
                   % ((st["p"] - 1) * 15 + i + 1, e(d["so"]), ngay(d["date"]), e(d["cq"]), e(d["trich"]), d["so"].replace("/", "-")))
    out.append("</tbody></table><span class=\"pagelinks\">")
    out.append(", ".join("<strong>%d</strong>" % n if n == st["p"] else '<a href="%s">%d</a>' % (doc_href(st, p=n), n) for n in range(1, pages + 1)))
    out.append("</span>")
    return layout(req, "Văn bản - " + SITE, "".join(out), "/vanban/danhsach.do", crumbs=[(None, "Văn bản")])


# ---------------------------------------------------------------- pages
def home(req):
    out = ['<div class="tieudiem"><div class="khoi-tieude">TIN TIÊU ĐIỂM</div>']
    a0 = ARTS[0]
    out.append('<div class="tin-chinh"><a href="%s"><img src="/upload/anh/%d.jpg" width="300" alt="%s" /></a><h2><a href="%s">%s</a></h2>'
               '<div class="tomtat">%s</div></div><ul class="tin-phu">' % (a0["path"], a0["id"], e(a0["title"]), a0["path"], e(a0["title"]), e(a0["lead"])))
    out += ['<li><a href="%s">%s</a></li>' % (a["path"], e(a["title"])) for a in ARTS[1:5]]
    out.append("</ul></div>")
    for k, n, _, _ in SECTIONS:
        lst = BY_SEC[k][:3]
        out.append('<div class="khoi-chuyenmuc"><div class="khoi-tieude"><a href="/tintuc/danhsach.do?maChuyenMuc=%d">%s</a></div>' % (k, e(n.upper())))
        out.append('<table width="100%" cellpadding="3"><tr><td width="45%" valign="top"><a href="{0}"><img src="/upload/anh/{1}_t.jpg" width="200" alt="" /></a>'
                   '<div class="tieude-tin"><a href="{0}">{2}</a></div><div class="tomtat">{3}</div></td><td valign="top"><ul>'.format(
                       lst[0]["path"], lst[0]["id"], e(lst[0]["title"]), e(lst[0]["lead"])))
        out += ['<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (a["path"], e(a["title"]), ngay(a["date"])) for a in lst[1:]]
        out.append('</ul><div class="xemtiep"><a href="/tintuc/danhsach.do?maChuyenMuc=%d">Xem tất cả »</a></div></td></tr></table></div>' % k)
    return layout(req, SITE, "\n".join(out), "/trangchu.do")


def article(req, a, printing=False):
    same = [x for x in BY_SEC[a["sec"]] if x is not a][:5]
    body = ["<p>%s</p>" % e(p) for p in a["paras"][:2]]
    body.append('<table align="center" class="anh" cellpadding="2"><tr><td><img src="/upload/anh/%d_1.jpg" width="480" alt="%s" /></td></tr>'
                '<tr><td class="chuthich"><i>%s</i></td></tr></table>' % (a["id"], e(a["caption"]), e(a["caption"])))
    body += ["<p>%s</p>" % e(p) for p in a["paras"][2:]]
    body.append('<p align="right"><b>%s</b></p>' % e(a["author"]))
    if a["file"]:
        body.append('<div class="dinhkem">Tệp đính kèm: <a href="/upload/tailieu/%d.doc">%d.doc</a></div>' % (a["id"], a["id"]))
    head = '<h1 class="tieude-bai">%s</h1><div class="ngaydang">Ngày đăng: %s | Lượt xem: %s</div><div class="tomtat"><b>%s</b></div>' % (
        e(a["title"]), ngay_gio(a["date"]), so(a["views"]), e(a["lead"]))
    if printing:
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>%s</title>'
                '<link rel="canonical" href="%s%s" /></head><body onload="window.print()"><div class="in-bai">%s<div class="noidung">%s</div></div></body></html>'
                % (e(a["title"]), req.origin, e(a["path"]), head, "\n".join(body)))
        return Reply(html, 200, "text/html;charset=UTF-8")
    out = ['<div class="chitiet-tin">', head, '<div class="noidung">' + "\n".join(body) + "</div>",
           '<div class="congcu"><a href="/tintuc/inbai.do?id=%d" target="_blank"><img src="/images/print.gif" alt="" /> In bài</a> '
           '<a href="javascript:history.back()">Quay lại</a> <a href="#">Về đầu trang</a></div>' % a["id"],
           '<div class="tukhoa">Từ khóa: %s</div></div>' % ", ".join(e(t) for t in a["tags"]),
           '<div class="tinkhac"><div class="khoi-tieude">CÁC TIN KHÁC</div><ul>']
    out += ['<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (x["path"], e(x["title"]), ngay(x["date"])) for x in same]
    out.append("</ul></div>")
    return layout(req, "%s - %s" % (a["title"], SITE), "\n".join(out), a["path"],
                  crumbs=[("/tintuc/danhsach.do?maChuyenMuc=%d" % a["sec"], SEC_NAME[a["sec"]])])


def static(req, title, text):
    return layout(req, "%s - %s" % (title, SITE), '<div class="tieude-chuyenmuc"><h1>%s</h1></div><div class="noidung-tinh">%s</div>' % (e(title), text),
                  req.path, crumbs=[(None, title)])


def error_page(req, status=404):
    msg = "Không tìm thấy trang hoặc tin bài bạn yêu cầu." if status == 404 else "Tham số không hợp lệ."
    return layout(req, "Thông báo - " + SITE, '<div class="thongbao-loi"><h2>Thông báo</h2><p>%s</p><p><a href="/trangchu.do">Về trang chủ</a></p></div>' % msg,
                  status=status)


ROBOTS = """User-agent: *
Disallow: /quantri/
Disallow: /dangnhap.do
Disallow: /tintuc/timkiem.do
Disallow: /WEB-INF/
"""


def handle(req):
    p = req.path
    if p == "/":
        return moved("/trangchu.do", 302)
    if p == "/robots.txt":
        return plain(ROBOTS)
    if p == "/trangchu.do":
        return home(req)
    if p in ("/tintuc/chitiet.do", "/tintuc/inbai.do"):
        try:
            a = BY_ID.get(int(req.q.get("id", "")))
        except ValueError:
            a = None
        if a is None or ("maChuyenMuc" in req.q and req.q["maChuyenMuc"] != str(a["sec"])):
            return error_page(req)
        return article(req, a, printing=p.endswith("inbai.do"))
    if p == "/tintuc/danhsach.do":
        try:
            sec = int(req.q.get("maChuyenMuc", "21"))
        except ValueError:
            sec = 0
        if sec not in SEC_NAME:
            return error_page(req)
        return listing(req, sec)
    if p == "/vanban/danhsach.do":
        return documents(req)
    if p == "/gioithieu.do":
        return static(req, "Giới thiệu", "<p>Tỉnh Hồng Quảng được thành lập năm 1963 trên cơ sở hợp nhất khu Hồng Quảng và tỉnh Hải Ninh.</p>" * 3)
    if p in ("/chuyende.do", "/tulieu.do", "/lienhe.do", "/sodoweb.do"):
        return static(req, {"/chuyende.do": "Chuyên đề", "/tulieu.do": "Tư liệu", "/lienhe.do": "Liên hệ", "/sodoweb.do": "Sơ đồ website"}[p],
                      "<p>Nội dung đang được cập nhật.</p>")
    if p.startswith(("/quantri/", "/dangnhap.do")):
        return moved("/dangnhap.do?chuyenHuong=" + urlq(req.full), 302) if not p.startswith("/dangnhap.do") else static(req, "Đăng nhập", "<form method='post' action='/dangnhap.do'><input name='tenDangNhap'/><input type='password' name='matKhau'/></form>")
    if p == "/tintuc/timkiem.do":
        return static(req, "Tìm kiếm", "<p>Không tìm thấy kết quả.</p>")
    return error_page(req)


app = wsgi(handle, [("Server", "Apache-Coyote/1.1"), ("X-Powered-By", "Servlet 2.5; JBoss-5.0/JBossWeb-2.1")])

# ---------------------------------------------------------------- what a crawler can reach without the sort headers
def _default_reach():
    got = set(a["path"] for a in ARTS[:10]) | set(a["path"] for a in TOP_VIEWS)
    for k, lst in BY_SEC.items():
        got |= set(a["path"] for a in lst[:6])            # home box (3) + 'Các tin khác' (5 newest of the section)
        size = PS
        for pg in range(1, _math.ceil(len(lst) / size) + 1):
            got |= set(a["path"] for a in priority_order(lst, k, pg, size)[(pg - 1) * size:pg * size])
    return got


_PLAIN = _default_reach()
ONLY_SORT = [a["path"] for a in ARTS if a["path"] not in _PLAIN]
_missing_default = {k: [a for a in lst if not any(a in priority_order(lst, k, pg, PS)[(pg - 1) * PS:pg * PS]
                                                   for pg in range(1, _math.ceil(len(lst) / PS) + 1))] for k, lst in BY_SEC.items()}
TRAPS = [P("s") + "=1", P("s") + "=3", P("o") + "=2", "soDong=", "namDang=", "d-%s-" % DID]

MANIFEST = {
    "family": "Java/Struts 1 portal on Tomcat (Đảng bộ tỉnh Hồng Quảng): category listings are displaytag HTML tables with "
              "sortable headers, page-size / year selectors and export links; the default ordering is unstable between pages",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/tintuc/chitiet.do?maChuyenMuc=%d&id=%d" % (a["sec"], a["id"]),
                                                             "/tintuc/inbai.do?id=%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/quantri/", "/dangnhap.do", "/tintuc/timkiem.do", "/WEB-INF/"],
    "trap_prefixes": TRAPS,
    "only_via": {"table-sort": ONLY_SORT},
    "notes": (
        "Articles /tintuc/chitiet.do?id=<id> (canonical tag). '/' 302s to /trangchu.do. MAIN DIFFICULTY: the %d category "
        "listings /tintuc/danhsach.do?maChuyenMuc=<n> are displaytag tables (8 rows a page; pager '[Đầu/Trước] 1, 2, 3 "
        "[Sau/Cuối]' with d-%s-p=N). Their default ordering is the column THU_TU_UU_TIEN (editor priority; 2 rows per "
        "section pinned, every other row 0) paged with ROWNUM, so the tie order changes from one page query to the next: "
        "the default pages repeat some rows and never show others (%d articles are on no default page of their section; "
        "%d of them are not linked anywhere else: MANIFEST['only_via']['table-sort']). The column headers sort by "
        "Tiêu đề (d-%s-s=1), Ngày đăng (s=2, first click descending: o=1) and Lượt xem (s=3); o=1 descending, o=2 "
        "ascending; every header, pager, page-size (soDong=8|16|24, select + links), year (namDang=, select + 'Lưu trữ "
        "theo năm' links ten years back from the selected year, down to 1900, all but 2024 empty) and export link "
        "(%s=1&d-%s-e=1|2|3: CSV / Excel / XML files without links: dead ends, not traps) carries all the other "
        "parameters, so the sections multiply into ~1,500 listing and export URLs without the year filter and ~125 times "
        "that with it. Trap entries are substrings: every sort other than 'Ngày đăng ↓', every ascending order, every "
        "explicit page size and every year is a trap; what stays open is the default ordering and the 'Ngày đăng ↓' "
        "ordering (d-%s-s=2&d-%s-o=1, stable, the one open ordering that reaches every row) at the default size; the "
        "second table /vanban/danhsach.do (PDF documents, no articles): all its d-%s-* sort / page links are traps. Rows link "
        "/tintuc/chitiet.do?maChuyenMuc=<n>&id=<id> (alias, 200, canonical); 'In bài' /tintuc/inbai.do?id= (alias, 200, "
        "canonical). Home: 5 'Tin tiêu điểm' + 3 per section; sidebar 'Tin mới cập nhật' (10) and 'Tin đọc nhiều' (8); "
        "'Các tin khác' = the 5 newest of the section. Unknown ids / sections: 404 page; bad table parameters: 400. "
        "JSESSIONID cookie set, never needed. No sitemap, no feeds." % (
            len(SECTIONS), TID, sum(len(v) for v in _missing_default.values()), len(ONLY_SORT), TID, EXPORT, TID, TID, TID, DID)),
}
_a = BY_SEC[22][-1]
SELFTEST = [
    {"path": "/", "status": 302, "location": "/trangchu.do"},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=22&%s=99" % P("p"), "status": 200, "contains": "Không có dữ liệu để hiển thị"},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=22&namDang=2019", "status": 200, "contains": "Không tìm thấy tin bài nào"},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=22&%s=1&%s=2" % (EXPORT, P("e")), "status": 200, "contains": "Tiêu đề"},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=22&soDong=15", "status": 400},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=99", "status": 404},
    {"path": "/tintuc/chitiet.do?id=1", "status": 404},
    {"path": "/tintuc/chitiet.do?maChuyenMuc=21&id=%d" % _a["id"], "status": 404},
    {"path": "/tintuc/danhsach.do?maChuyenMuc=22&%s=2&%s=1&%s=%d" % (P("s"), P("o"), P("p"), _math.ceil(len(BY_SEC[22]) / PS)),
     "status": 200, "contains": _a["title"]},
]


def _ordering_pages(sort):
    out = []
    for k, lst in BY_SEC.items():
        for pg in range(1, _math.ceil(len(lst) / PS) + 1):
            q = "maChuyenMuc=%d" % k + ("&%s=2&%s=1" % (P("s"), P("o")) if sort else "") + ("&%s=%d" % (P("p"), pg) if pg > 1 else "")
            out.append("/tintuc/danhsach.do?" + q)
    return out


SUMMARY = {
    "chains": ["/ (302) -> /trangchu.do -> /tintuc/danhsach.do?maChuyenMuc=<n> (default 'ưu tiên' order, unstable) -> d-%s-p=N" % TID,
               "header 'Ngày đăng' -> &d-%s-s=2&d-%s-o=1 -> pager &d-%s-p=N (stable, complete)" % (TID, TID, TID),
               "headers / soDong / namDang: combinations (trap); export links: files without links"],
    "alias_kinds": ["table rows /tintuc/chitiet.do?maChuyenMuc=<n>&id= (200)", "print /tintuc/inbai.do?id= (200)"],
    "quirks": ["unstable default ordering (ties, ROWNUM paging): rows repeated and missing across pages",
               "displaytag d-<hash>-s/o/p/e parameters", "sort x size x year x page x export combinations",
               "year links ten back from the selected year (down to 1900)", "export links answer CSV / Excel / XML (dead ends)",
               "JSESSIONID cookie", "/ 302 -> /trangchu.do"],
    "sort_params": [P("s") + "=", P("o") + "="],
    "orderings": [
        {"name": "default (THU_TU_UU_TIEN, unstable)", "pages": _ordering_pages(False), "complete": False},
        {"name": "Ngày đăng descending (d-%s-s=2&o=1)" % TID, "pages": _ordering_pages(True), "complete": True},
    ],
}
