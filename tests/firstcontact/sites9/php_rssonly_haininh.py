"""Replica site (set 9, B): custom PHP 7.4 CMS on nginx (Trang thông tin điện tử Đảng bộ tỉnh Hải Ninh) whose HTML has
no pager at all: category pages show the six newest items, a 'Tin mới' box the ten newest; everything older is
reachable only through the per-category feeds, which are paged (RSS 2.0 with RFC 5005 <atom:link rel="next">, and one
Atom feed with <link rel="next">).
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

SITE = "Trang thông tin điện tử Đảng bộ tỉnh Hải Ninh"
SHOW, FEED_PS = 6, 8
SECTIONS = [("thoi-su", "Thời sự", 4, "chinhquyen"), ("xay-dung-dang", "Xây dựng Đảng", 4, "dang"),
            ("kinh-te", "Kinh tế", 3, "kinhte"), ("van-hoa-xa-hoi", "Văn hóa - Xã hội", 3, "xahoi"),
            ("bien-gioi-bien-dao", "Biên giới - Biển đảo", 2, "quocphong"), ("tin-co-so", "Tin cơ sở", 3, "coso")]
ATOM_ONLY = "tin-co-so"            # the one section whose feed is Atom (announced only in its own <head>)
SEC_NAME = {k: n for k, n, _, _ in SECTIONS}
HUYEN = ["Móng Cái", "Hải Hà", "Đầm Hà", "Tiên Yên", "Bình Liêu", "Ba Chẽ", "Quảng Hà", "Cô Tô"]
XA = ["Hải Xuân", "Vạn Ninh", "Quảng Đức", "Đồng Văn", "Hoành Mô", "Đại Dực", "Quảng Lâm", "Cái Chiên", "Thanh Lâm",
      "Hải Tiến", "Đồng Tiến", "Húc Động", "Quảng Sơn", "Lục Hồn"]
TS = Toasoan(55817, 88, [(k, w, fl) for k, _, w, fl in SECTIONS], "Hải Ninh", HUYEN, XA, id0=7700, buoc=11, nguon="HNO")
ARTS = TS.items
for _a in ARTS:
    _a["slug"] = slug(_a["title"], 80)
    _a["path"] = "/tin/%s-%d.html" % (_a["slug"], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
BY_SEC = {k: [a for a in ARTS if a["sec"] == k] for k in SEC_NAME}
FLAKY = {"/rss/xay-dung-dang.rss?page=2": 503}
_flaky_count = {}


def ngay(d):
    return d.strftime("%d/%m/%Y")


def capnhat(d):
    return "Cập nhật lúc %02d:%02d, %s, %s" % (d.hour, d.minute, THU[d.weekday()], ngay(d))


# ---------------------------------------------------------------- furniture
ICON = {
    "clock": '<svg class="ic" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.3a5.7 5.7 0 1 1 0 11.4A5.7 5.7 0 0 1 8 2.3zM7.4 4v4.3l3.3 2 .6-1-2.7-1.6V4z"/></svg>',
    "rss": '<svg class="ic ic-rss" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M2 2v2a10 10 0 0 1 10 10h2A12 12 0 0 0 2 2zm0 4v2a6 6 0 0 1 6 6h2a8 8 0 0 0-8-8zm1.5 5A1.5 1.5 0 1 0 5 12.5 1.5 1.5 0 0 0 3.5 11z"/></svg>',
    "home": '<svg class="ic" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 1.5 1 7.4l.9 1L3 7.5V14h4v-4h2v4h4V7.5l1.1.9.9-1z"/></svg>',
}
MENU = [k for k, _, _, _ in SECTIONS if k != "tin-co-so"]
LINKS = [("Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.example/"), ("Tạp chí Cộng sản", "https://tapchicongsan.example/"),
         ("Cổng TTĐT Chính phủ", "https://chinhphu.example/"), ("Báo Nhân Dân", "https://nhandan.example/"),
         ("Ban Tuyên giáo Trung ương", "https://tuyengiao.example/"), ("Báo Hải Ninh", "https://baohaininh.example/")]
UNITS = ["Huyện ủy " + h for h in HUYEN] + ["Đảng ủy Khối cơ quan tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh", "Đảng ủy Quân sự tỉnh",
                                           "Đảng ủy Công an tỉnh", "Đảng ủy Cảng Vạn Gia"]
CSS = "\n".join(".hn%s{%s}" % (bam("css", i, n=5), "display:%s;margin:0 0 %dpx;padding:%dpx %dpx;color:#%s;border-bottom:1px solid #%s;font-size:%.2frem;letter-spacing:.%02dem" % (
    ("block", "flex", "inline-block", "grid")[i % 4], i % 13, i % 7, i % 9, bam("fg", i, n=6), bam("bd", i, n=6), 0.75 + (i % 9) / 20, i % 6))
    for i in range(210))


def head_links(feeds):
    out = []
    for kind, title, href in feeds:
        out.append('<link rel="alternate" type="application/%s+xml" title="%s" href="%s">' % (kind, e(title), e(href)))
    return "\n".join(out)


def tin_moi_box():
    out = ['<section class="widget widget--latest"><h3 class="widget__title">Tin mới</h3><ol class="latest-list">']
    for a in ARTS[:10]:
        out.append('<li class="latest-list__item"><a class="latest-list__link" href="%s">%s</a><span class="latest-list__time">%s %s</span></li>'
                   % (a["path"], e(a["title"]), ICON["clock"], a["date"].strftime("%H:%M %d/%m")))
    out.append("</ol></section>")
    return "".join(out)


def sidebar():
    out = [tin_moi_box()]
    out.append('<section class="widget widget--sections"><h3 class="widget__title">Chuyên mục</h3><ul>')
    out += ['<li><a href="/chuyen-muc/%s.html">%s</a></li>' % (k, e(n)) for k, n, _, _ in SECTIONS]
    out.append('</ul></section><section class="widget widget--rss"><h3 class="widget__title">%s Nhận tin qua RSS</h3>'
               '<p class="widget__note">Đăng ký nhận tin mới của từng chuyên mục bằng phần mềm đọc RSS.</p><p><a class="btn-rss" href="/rss.html">Danh sách kênh RSS</a></p></section>' % ICON["rss"])
    out.append('<section class="widget widget--units"><h3 class="widget__title">Đảng bộ trực thuộc</h3><ul class="units">')
    out += ['<li><a href="https://%s.haininh.example/" target="_blank" rel="noopener">%s</a></li>' % (slug(u), e(u)) for u in UNITS]
    out.append('</ul></section><section class="widget widget--banner">')
    out += ['<a class="banner" href="%s" target="_blank" rel="noopener"><img src="/uploads/banner/%s.png" alt="%s" width="300" height="80" loading="lazy"></a>'
            % (u, slug(n), e(n)) for n, u in LINKS]
    out.append("</section>")
    return "".join(out)


SIDEBAR = sidebar()


def layout(req, title, main, canonical=None, feeds=(), status=200, crumbs=(), body_class="page"):
    feeds = list(feeds) or [("rss", "Tin mới - " + SITE, req.origin + "/rss/tin-moi.rss")]
    nav = ['<nav class="mainnav" aria-label="Chuyên mục"><ul class="mainnav__list"><li class="mainnav__item"><a href="/">%s Trang chủ</a></li>' % ICON["home"]]
    nav += ['<li class="mainnav__item"><a href="/chuyen-muc/%s.html">%s</a></li>' % (k, e(SEC_NAME[k])) for k in MENU]
    nav += ['<li class="mainnav__item"><a href="/van-ban.html">Văn bản</a></li><li class="mainnav__item"><a href="/lich-cong-tac/tuan-43-2024.html">Lịch công tác</a></li>'
            '<li class="mainnav__item"><a href="/rss.html">RSS</a></li></ul></nav>']
    bc = ""
    if crumbs:
        bc = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>' + "".join(
            '<li><a href="%s">%s</a></li>' % (h, e(t)) if h else '<li aria-current="page">%s</li>' % e(t) for h, t in crumbs) + "</ol>"
    foot = ['<footer class="site-footer"><div class="wrap"><div class="site-footer__cols"><div class="col"><h4>Liên kết</h4><ul>']
    foot += ['<li><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (u, e(n)) for n, u in LINKS]
    foot.append('</ul></div><div class="col"><h4>Kênh RSS</h4><ul>')
    foot += ['<li><a href="/rss/%s.rss">%s</a></li>' % (k, e(SEC_NAME[k])) for k in MENU]
    foot.append('</ul></div><div class="col col--wide"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HẢI NINH</strong></p>'
                '<p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Hải Ninh. Địa chỉ: số 2 đường Hữu Nghị, thị xã Móng Cái. '
                'Điện thoại: 0203.3881.xxx. Giấy phép số 27/GP-STTTT ngày 14/3/2022.</p><p>Ghi rõ nguồn "Trang thông tin điện tử '
                'Đảng bộ tỉnh Hải Ninh" khi phát hành lại thông tin từ website này.</p></div></div></div></footer>')
    html = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
%s%s
<link rel="stylesheet" href="/themes/haininh/css/style.min.css?v=3.2.7">
<style>
%s
</style>
</head>
<body class="%s">
<a class="skip-link" href="#noi-dung">Bỏ qua menu</a>
<header class="site-header"><div class="wrap"><div class="site-header__date">%s, ngày %d tháng %d năm %d</div>
<a class="site-header__brand" href="/"><img src="/themes/haininh/images/logo-dang.png" width="72" height="72" alt=""><span class="site-header__name">ĐẢNG BỘ TỈNH HẢI NINH</span>
<span class="site-header__sub">Trang thông tin điện tử</span></a>
<form class="site-search" action="/tim-kiem" method="get" role="search"><input type="search" name="q" placeholder="Nhập từ khóa…"><button type="submit">Tìm</button></form></div>
%s</header>
<div class="wrap layout"><main id="noi-dung" class="layout__main">%s
%s
</main><aside class="layout__side">%s</aside></div>
%s
<script src="/themes/haininh/js/app.min.js?v=3.2.7" defer></script>
</body>
</html>""" % (e(title), '<link rel="canonical" href="%s%s">\n' % (req.origin, e(canonical)) if canonical else "",
              head_links(feeds), CSS, body_class, THU[HOM_NAY.weekday()], HOM_NAY.day, HOM_NAY.month, HOM_NAY.year,
              "".join(nav), bc, main, SIDEBAR, "".join(foot))
    return Reply(html, status, "text/html; charset=UTF-8", [("X-Powered-By", "PHP/7.4.33")])


def card(a, big=False):
    return ('<article class="card%s"><a class="card__thumb" href="%s"><img src="/uploads/news/%s/%d.jpg" alt="%s" loading="lazy"></a>'
            '<div class="card__body"><h%d class="card__title"><a href="%s">%s</a></h%d><div class="card__meta">%s %s</div>'
            '<div class="card__lead">%s</div></div></article>'
            % (" card--big" if big else "", a["path"], a["date"].strftime("%Y_%m"), a["id"], e(a["title"]), 2 if big else 3, a["path"],
               e(a["title"]), 2 if big else 3, ICON["clock"], ngay(a["date"]), e(a["lead"])))


# ---------------------------------------------------------------- pages
def home(req):
    out = ['<section class="featured">', card(ARTS[0], True), '<div class="featured__more">']
    out += [card(a) for a in ARTS[1:4]]
    out.append("</div></section>")
    for k, n, _, _ in SECTIONS:
        if k == ATOM_ONLY:
            continue
        lst = BY_SEC[k][:3]
        out.append('<section class="block"><h2 class="block__title"><a href="/chuyen-muc/%s.html">%s</a>'
                   '<a class="block__rss" href="/rss/%s.rss" title="RSS %s">%s</a></h2>' % (k, e(n), k, e(n), ICON["rss"]))
        out += [card(a) for a in lst]
        out.append("</section>")
    return layout(req, SITE, "\n".join(out), "/", body_class="home")


def category(req, k):
    lst = BY_SEC[k][:SHOW]
    feed = ("atom", "%s - %s" % (SEC_NAME[k], SITE), req.origin + "/atom/%s.xml" % k) if k == ATOM_ONLY else \
        ("rss", "%s - %s" % (SEC_NAME[k], SITE), req.origin + "/rss/%s.rss" % k)
    out = ['<h1 class="section-title">%s</h1>' % e(SEC_NAME[k]), '<div class="section-list">']
    out += [card(a, i == 0) for i, a in enumerate(lst)]
    out.append("</div>")
    if k != ATOM_ONLY:
        out.append('<p class="section-rss">%s <a href="/rss/%s.rss">Theo dõi chuyên mục qua RSS</a></p>' % (ICON["rss"], k))
    out.append('<form class="archive-form" action="/tim-kiem/tin-da-dua" method="get"><label>Các tin đã đưa ngày: '
               '<input type="date" name="ngay" min="2024-05-01" max="2024-10-21" value="2024-10-21"></label><input type="hidden" name="cm" value="%s">'
               '<button type="submit">Xem</button></form>' % k)
    return layout(req, "%s - %s" % (SEC_NAME[k], SITE), "\n".join(out), "/chuyen-muc/%s.html" % k, feeds=[feed], crumbs=[(None, SEC_NAME[k])])


def article(req, a, printing=False):
    k = a["sec"]
    body = ['<p class="lead"><strong>%s</strong></p>' % e(a["lead"])]
    body += ["<p>%s</p>" % e(p) for p in a["paras"][:1]]
    body.append('<figure class="figure"><img src="/uploads/news/%s/%d_1.jpg" alt="%s" width="720"><figcaption>%s</figcaption></figure>'
                % (a["date"].strftime("%Y_%m"), a["id"], e(a["caption"]), e(a["caption"])))
    body += ["<p>%s</p>" % e(p) for p in a["paras"][1:]]
    body.append('<p class="author" style="text-align:right"><strong>%s</strong></p>' % e(a["author"]))
    if printing:
        return Reply('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s">'
                     '<meta name="robots" content="noindex"></head><body class="print" onload="print()"><h1>%s</h1><p class="meta">%s</p>%s</body></html>'
                     % (e(a["title"]), req.origin, e(a["path"]), e(a["title"]), capnhat(a["date"]), "\n".join(body)), 200, "text/html; charset=UTF-8")
    same = [x for x in BY_SEC[k] if x is not a][:3]
    feed = ("atom", SEC_NAME[k], req.origin + "/atom/%s.xml" % k) if k == ATOM_ONLY else ("rss", SEC_NAME[k], req.origin + "/rss/%s.rss" % k)
    out = ['<article class="post">', '<h1 class="post__title">%s</h1>' % e(a["title"]),
           '<div class="post__meta"><time datetime="%s">%s</time> <span class="post__views">Lượt xem: %d</span>'
           '<a class="post__print" href="/in-tin/%d.html" target="_blank" rel="nofollow">In tin</a></div>' % (iso(a["date"]), capnhat(a["date"]), a["views"], a["id"]),
           '<div class="post__body">' + "\n".join(body) + "</div>",
           '<div class="post__tags">Từ khóa: %s</div>' % ", ".join('<span class="tag">%s</span>' % e(t) for t in a["tags"]),
           '<div class="post__share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank" rel="noopener">Chia sẻ Facebook</a></div></article>' % (
               req.origin, a["path"]),
           '<section class="related"><h3>Tin cùng chuyên mục</h3><ul>']
    out += ['<li><a href="%s">%s</a> <span>(%s)</span></li>' % (x["path"], e(x["title"]), ngay(x["date"])) for x in same]
    out.append("</ul></section>")
    return layout(req, "%s - %s" % (a["title"], SITE), "\n".join(out), a["path"], feeds=[feed],
                  crumbs=[("/chuyen-muc/%s.html" % k, SEC_NAME[k])], body_class="single")


def rss_index(req):
    out = ['<h1 class="section-title">Kênh RSS</h1><p>RSS (Really Simple Syndication) giúp bạn đọc nhận tin mới từ Trang thông tin '
           'điện tử Đảng bộ tỉnh Hải Ninh mà không cần truy cập website. Sao chép địa chỉ kênh vào phần mềm đọc tin.</p>'
           '<table class="rss-table"><thead><tr><th>Chuyên mục</th><th>Địa chỉ kênh</th></tr></thead><tbody>',
           '<tr><td>Tin mới nhất</td><td><a href="/rss/tin-moi.rss">%s/rss/tin-moi.rss</a></td></tr>' % e(req.origin)]
    out += ['<tr><td>%s</td><td><a href="/rss/%s.rss">%s/rss/%s.rss</a></td></tr>' % (e(SEC_NAME[k]), k, e(req.origin), k) for k in MENU]
    out.append("</tbody></table>")
    return layout(req, "Kênh RSS - " + SITE, "".join(out), "/rss.html", crumbs=[(None, "RSS")])


def rss(req, k, page):
    items = ARTS[:20] if k == "tin-moi" else BY_SEC[k]
    per = 20 if k == "tin-moi" else FEED_PS
    pages = max(1, -(-len(items) // per))
    rows = items[(page - 1) * per:page * per] if k != "tin-moi" else (items if page == 1 else [])
    base = req.origin + "/rss/%s.rss" % k
    u = lambda n: base + ("?page=%d" % n if n > 1 else "")
    name = "Tin mới" if k == "tin-moi" else SEC_NAME[k]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", "<title>%s - %s</title>" % (e(name), e(SITE)), "<link>%s/</link>" % e(req.origin),
           "<description>Tin tức %s</description>" % e(name.lower()), "<language>vi-vn</language>",
           "<copyright>Ban Tuyên giáo Tỉnh ủy Hải Ninh</copyright>", "<lastBuildDate>%s</lastBuildDate>" % rfc822(HOM_NAY),
           "<generator>CMS HNO 3.2</generator>", "<ttl>20</ttl>",
           '<atom:link rel="self" type="application/rss+xml" href="%s"/>' % e(u(page))]
    if k != "tin-moi":
        out.append('<atom:link rel="first" href="%s"/>' % e(u(1)))
        if page > 1:
            out.append('<atom:link rel="previous" href="%s"/>' % e(u(page - 1)))
        if page < pages:
            out.append('<atom:link rel="next" href="%s"/>' % e(u(page + 1)))
        out.append('<atom:link rel="last" href="%s"/>' % e(u(pages)))
    out.append("<image><url>%s/themes/haininh/images/logo-dang.png</url><title>%s</title><link>%s/</link></image>" % (e(req.origin), e(SITE), e(req.origin)))
    for a in rows:
        link = "%s%s?utm_source=rss&utm_medium=rss&utm_campaign=%s" % (req.origin, a["path"], a["sec"])
        out.append("<item><title>%s</title><link>%s</link><description><![CDATA[<img src=\"%s/uploads/news/%s/%d.jpg\" width=\"150\" align=\"left\"> %s]]></description>"
                   "<category>%s</category><dc:creator>%s</dc:creator><pubDate>%s</pubDate><guid isPermaLink=\"false\">hno-%d</guid></item>"
                   % (e(a["title"]), e(link), req.origin, a["date"].strftime("%Y_%m"), a["id"], a["lead"], e(SEC_NAME[a["sec"]]),
                      e(a["author"].split(": ")[-1]), rfc822(a["date"]), a["id"]))
    out += ["</channel>", "</rss>"]
    return Reply("\n".join(out), 200, "application/rss+xml; charset=UTF-8", [("X-Powered-By", "PHP/7.4.33")])


def atom(req, k, page):
    items = BY_SEC[k]
    pages = max(1, -(-len(items) // FEED_PS))
    rows = items[(page - 1) * FEED_PS:page * FEED_PS]
    base = req.origin + "/atom/%s.xml" % k
    u = lambda n: base + ("?trang=%d" % n if n > 1 else "")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
           "<title>%s - %s</title>" % (e(SEC_NAME[k]), e(SITE)), "<id>tag:haininh.example,2019:%s</id>" % k,
           "<updated>%s</updated>" % iso(items[0]["date"]), '<link rel="self" href="%s"/>' % e(u(page)),
           '<link rel="alternate" type="text/html" href="%s/chuyen-muc/%s.html"/>' % (e(req.origin), k),
           '<link rel="first" href="%s"/>' % e(u(1))]
    if page > 1:
        out.append('<link rel="previous" href="%s"/>' % e(u(page - 1)))
    if page < pages:
        out.append('<link rel="next" href="%s"/>' % e(u(page + 1)))
    out.append('<link rel="last" href="%s"/>' % e(u(pages)))
    out.append("<author><name>Ban Tuyên giáo Tỉnh ủy Hải Ninh</name></author>")
    for a in rows:
        out.append('<entry><title>%s</title><link rel="alternate" type="text/html" href="%s%s"/><id>tag:haininh.example,2024:tin-%d</id>'
                   "<published>%s</published><updated>%s</updated><summary type=\"text\">%s</summary><author><name>%s</name></author></entry>"
                   % (e(a["title"]), e(req.origin), a["path"], a["id"], iso(a["date"]), iso(a["date"]), e(a["lead"]), e(a["author"].split(": ")[-1])))
    out.append("</feed>")
    return Reply("\n".join(out), 200, "application/atom+xml; charset=utf-8", [("X-Powered-By", "PHP/7.4.33")])


def week_view(req, w, y):
    """'Lịch công tác' week view: ‹ Tuần trước | Tuần sau › forever (trap)."""
    monday = _dt.date.fromisocalendar(y, w, 1)
    prev, nxt = monday - _dt.timedelta(days=7), monday + _dt.timedelta(days=7)
    pw, nw = prev.isocalendar(), nxt.isocalendar()
    rows = []
    rr = _rnd.Random("lich%d-%d" % (y, w))
    for i in range(5):
        d = monday + _dt.timedelta(days=i)
        rows.append("<tr><td>%s<br>%s</td><td>%s</td></tr>" % (THU[i], d.strftime("%d/%m/%Y"),
                                                             "<br>".join("%02d:%s - %s" % (h, rr.choice(("00", "30")), e(rr.choice((
                                                                 "Thường trực Tỉnh ủy giao ban", "Làm việc với Huyện ủy " + rr.choice(HUYEN),
                                                                 "Dự hội nghị trực tuyến của Trung ương", "Tiếp công dân định kỳ",
                                                                 "Họp Ban Thường vụ Tỉnh ủy")))) for h in sorted(rr.sample(range(7, 17), 2)))))
    out = ['<h1 class="section-title">Lịch công tác tuần %d năm %d</h1>' % (w, y),
           '<p class="week-nav"><a href="/lich-cong-tac/tuan-%d-%d.html">‹ Tuần trước</a> | <a href="/lich-cong-tac/tuan-%d-%d.html">Tuần sau ›</a></p>'
           % (pw[1], pw[0], nw[1], nw[0]), '<table class="schedule"><tbody>%s</tbody></table>' % "".join(rows)]
    return layout(req, "Lịch công tác tuần %d/%d - %s" % (w, y, SITE), "".join(out), req.path, crumbs=[(None, "Lịch công tác")])


def not_found(req):
    return layout(req, "Không tìm thấy trang - " + SITE, '<div class="notfound"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>'
                  '<p><a href="/">Về trang chủ</a></p></div>', status=404)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /tim-kiem
Disallow: /in-tin/
Disallow: /system/

User-agent: GPTBot
Disallow: /
"""


def handle(req):
    p = req.path
    if p == "/":
        return home(req)
    if p == "/robots.txt":
        return plain(ROBOTS)
    m = _re.match(r"^/tin/([a-z0-9-]+)-(\d+)\.html$", p)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if not a:
            return not_found(req)
        if m.group(1) != a["slug"]:
            return moved(a["path"])
        return article(req, a)
    m = _re.match(r"^/in-tin/(\d+)\.html$", p)
    if m and int(m.group(1)) in BY_ID:
        return article(req, BY_ID[int(m.group(1))], printing=True)
    m = _re.match(r"^/chuyen-muc/([a-z-]+)\.html$", p)
    if m and m.group(1) in SEC_NAME:
        return category(req, m.group(1))
    m = _re.match(r"^/rss/([a-z-]+)\.rss$", p)
    if m and (m.group(1) in SEC_NAME and m.group(1) != ATOM_ONLY or m.group(1) == "tin-moi"):
        page = req.num("page")
        if page is None:
            return not_found(req)
        if req.full in FLAKY:
            n = _flaky_count[req.full] = _flaky_count.get(req.full, 0) + 1
            if n % 2 == 1:
                return Reply("<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service "
                             "Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", 503, "text/html",
                             [("Retry-After", "5")])
        return rss(req, m.group(1), page)
    m = _re.match(r"^/atom/([a-z-]+)\.xml$", p)
    if m and m.group(1) == ATOM_ONLY:
        page = req.num("trang")
        if page is None:
            return not_found(req)
        return atom(req, m.group(1), page)
    if p == "/rss.html":
        return rss_index(req)
    m = _re.match(r"^/lich-cong-tac/tuan-(\d{1,2})-(\d{4})\.html$", p)
    if m:
        w, y = int(m.group(1)), int(m.group(2))
        if 1 <= w <= _dt.date(y, 12, 28).isocalendar()[1] and 1900 < y < 2200:
            return week_view(req, w, y)
        return not_found(req)
    if p == "/van-ban.html":
        return layout(req, "Văn bản - " + SITE, '<h1 class="section-title">Văn bản</h1><ul class="docs">%s</ul>' % "".join(
            '<li><a href="/uploads/van-ban/%d.pdf">Văn bản số %d-CV/TU</a></li>' % (600 + i, 600 + i) for i in range(12)), "/van-ban.html", crumbs=[(None, "Văn bản")])
    if p.startswith("/tim-kiem"):
        return layout(req, "Tìm kiếm - " + SITE, '<h1 class="section-title">Kết quả tìm kiếm</h1><p>Không có kết quả phù hợp.</p>')
    return not_found(req)


app = wsgi(handle, [("Server", "nginx")])


# ---------------------------------------------------------------- manifest
def _html_reach():
    got = {a["path"] for a in ARTS[:10]}
    for k, lst in BY_SEC.items():
        got |= {a["path"] for a in lst[:max(SHOW, 4)]}
    return got


_PLAIN = _html_reach()
FEED_ONLY = [a["path"] for a in ARTS if a["path"] not in _PLAIN]
MANIFEST = {
    "family": "Custom PHP 7.4 CMS on nginx (Đảng bộ tỉnh Hải Ninh): no pager anywhere; older articles only through paged "
              "per-category feeds (RSS 2.0 + RFC 5005 atom:link rel=next, one Atom feed with link rel=next)",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": [
        "%s?utm_source=rss&utm_medium=rss&utm_campaign=%s" % (a["path"], a["sec"]), "/in-tin/%d.html" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/admin/", "/tim-kiem", "/in-tin/", "/system/"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {"feed": FEED_ONLY},
    "flaky": dict(FLAKY),
    "notes": (
        "Articles /tin/<slug>-<id>.html (wrong slug 301). MAIN DIFFICULTY: there is no pager and no archive in the HTML. "
        "Category pages /chuyen-muc/<c>.html show the %d newest items of the section; the home page 4 + 3 per section; "
        "the 'Tin mới' box on every page the 10 newest; 'Tin cùng chuyên mục' the 3 newest of the section. The other %d "
        "articles are reachable only through the feeds: RSS 2.0 /rss/<c>.rss (linked from /rss.html, the footer, the "
        "home blocks' RSS icons, the category pages and <link rel=alternate type=application/rss+xml>), %d items a page, "
        "paged ?page=N and announced ONLY by RFC 5005 <atom:link rel=\"next\"> (also first/previous/last) inside the "
        "channel; items' <link> carries ?utm_source=rss&utm_medium=rss&utm_campaign=<c> (alias, 200, canonical), "
        "<guid isPermaLink=false> is 'hno-<id>'. The section 'Tin cơ sở' is not in the menu and has no RSS feed: its "
        "feed is Atom /atom/tin-co-so.xml, paged ?trang=N with <link rel=\"next\">, announced only by <link "
        "rel=alternate type=application/atom+xml> in the head of its category page and its articles (not on /rss.html). "
        "/rss/tin-moi.rss = the 20 newest, unpaged. Past the last page: an empty channel / feed (200). HAZARD: "
        "/rss/xay-dung-dang.rss?page=2 answers nginx 503 (Retry-After: 5) to the 1st, 3rd … request of the process. "
        "'In tin' /in-tin/<id>.html (robots-disallowed; 200, canonical, noindex) is listed as an alias. The 'Các tin đã "
        "đưa ngày' date form submits to /tim-kiem/tin-da-dua (robots-disallowed). Trap: 'Lịch công tác' "
        "/lich-cong-tac/tuan-W-YYYY.html ‹ › weeks forever. robots.txt also blocks GPTBot entirely. No sitemap." % (
            SHOW, len(FEED_ONLY), FEED_PS)),
}
_a = BY_SEC["thoi-su"][-1]
_c = BY_SEC[ATOM_ONLY]
SELFTEST = [
    {"path": "/rss/thoi-su.rss", "status": 200, "contains": 'rel="next"'},
    {"path": "/rss/thoi-su.rss?page=%d" % (-(-len(BY_SEC["thoi-su"]) // FEED_PS)), "status": 200, "contains": _a["title"],
     "not_contains": 'rel="next"'},
    {"path": "/rss/thoi-su.rss?page=99", "status": 200, "not_contains": "<item>"},
    {"path": "/atom/tin-co-so.xml?trang=2", "status": 200, "contains": _c[FEED_PS]["title"]},
    {"path": "/rss/tin-co-so.rss", "status": 404},
    {"path": "/chuyen-muc/thoi-su.html?page=2", "status": 200, "not_contains": BY_SEC["thoi-su"][SHOW]["title"]},
    {"path": "/tin/sai-slug-%d.html" % _a["id"], "status": 301, "location": _a["path"]},
    {"path": "/tin/khong-co-1.html", "status": 404},
    {"path": "/lich-cong-tac/tuan-1-1990.html", "status": 200, "contains": "Tuần trước"},
]
SUMMARY = {
    "chains": ["/ -> menu /chuyen-muc/<c>.html (6 newest, no pager)",
               "/rss.html, footer, <link rel=alternate> -> /rss/<c>.rss -> <atom:link rel=next> ?page=N -> <item><link> (utm alias)",
               "/chuyen-muc/tin-co-so.html <head> <link rel=alternate type=application/atom+xml> -> /atom/tin-co-so.xml -> <link rel=next> ?trang=N"],
    "alias_kinds": ["?utm_source=rss&utm_medium=rss&utm_campaign=<c> (200)", "print /in-tin/<id>.html (200, robots-disallowed)",
                    "wrong slug (301, unlisted)"],
    "quirks": ["no pager, no archive: feeds only", "RFC 5005 paged RSS (atom:link rel=next)", "one Atom-only section announced only in <head>",
               "503 once on a feed page", "week-calendar trap", "robots blocks GPTBot"],
}
