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
