# ==== KERNEL BEGIN (sites11 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Set 11 kernel: plumbing (Hoi = request, Dap = reply, lam_app = WSGI wrapper) and a seeded Vietnamese Party-news
# generator ("SoanTin").  No markup: every site writes its own templates.
# No clock: "now" is fixed to Thursday 16/01/2025 09:15 (UTC+7).
import datetime as _dt
import hashlib as _hl
import html as _html
import random as _rnd
import re as _re
import sys as _sys
import unicodedata as _ud
from urllib.parse import parse_qsl as _pqsl, quote as _q

HIEN_TAI = _dt.datetime(2025, 1, 16, 9, 15)
THU = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_CODE = {200: "OK", 301: "Moved Permanently", 302: "Found", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
         405: "Method Not Allowed", 500: "Internal Server Error"}


def esc(s):
    return _html.escape(str(s), quote=True)


def khong_dau(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if not _ud.combining(c))


def slugify(s, cap=0):
    out = _re.sub(r"[^0-9a-z]+", "-", khong_dau(s).lower()).strip("-")
    if cap and len(out) > cap:
        out = out[:cap].rsplit("-", 1)[0]
    return out


def pctq(s, safe=""):
    """Percent-encode as UTF-8 with upper-case hex."""
    return _q(str(s), safe=safe)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def thu(d):
    return THU[d.weekday()]


class Hoi:
    """One request: method, path (decoded UTF-8), raw query, parsed args, host and origin."""

    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = env.get("PATH_INFO") or "/"
        self.path = raw.encode("latin-1", "replace").decode("utf-8", "replace") or "/"
        self.query = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.origin = "%s://%s" % (env.get("wsgi.url_scheme") or "http", self.host)
        self.pairs = _pqsl(self.query, keep_blank_values=True)
        self.args = {}
        for k, v in self.pairs:
            self.args.setdefault(k, v)

    def num(self, key, default=1, lo=1, hi=9999):
        v = self.args.get(key)
        if v is None:
            return default
        if not _re.fullmatch(r"\d{1,5}", v):
            return None
        v = int(v)
        return v if lo <= v <= hi else None

    def keys(self):
        return [k for k, _ in self.pairs]


class Dap:
    """A reply.  ctype=None sends no Content-Type header at all."""

    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=()):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else str(body).encode("utf-8")


def redirect(location, status=301):
    return Dap("", status, "text/html; charset=iso-8859-1", [("Location", location)])


def plain(text, status=200):
    return Dap(text, status, "text/plain; charset=utf-8")


def lam_app(handler, server=(), methods=("GET", "HEAD")):
    def app(environ, start_response):
        rq = Hoi(environ)
        if rq.method not in methods:
            out = Dap("Method Not Allowed", 405, "text/plain", [("Allow", ", ".join(methods))])
        else:
            try:
                out = handler(rq)
            except Exception:                           # authoring aid only
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Dap("Internal Server Error", 500, "text/plain")
        hdrs = list(server) + ([("Content-Type", out.ctype)] if out.ctype else []) + out.headers + \
            [("Content-Length", str(len(out.body)))]
        start_response("%d %s" % (out.status, _CODE.get(out.status, "Unknown")), hdrs)
        return [b"" if rq.method == "HEAD" else out.body]
    return app


def pages_of(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)] or [[]]


# ---------------------------------------------------------------- seeded newsroom
_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đinh", "Trịnh", "Lương", "Cao", "Lục", "Hà", "Tô", "Nông", "Thái", "La",
       "Khổng", "Mạc", "Triệu", "Giang", "Lã")
_LOT = ("Đức", "Ngọc", "Minh", "Quang", "Thanh", "Xuân", "Diệu", "Hữu", "Khắc", "Như", "Bích", "Đình")
_TEN = ("Chiến", "Diệp", "Giang", "Hiền", "Hoà", "Kiên", "Linh", "Lợi", "Luân", "Nhung", "Ninh", "Phúc", "Quyên", "Sang",
        "Thịnh", "Thuỷ", "Trung", "Tú", "Uyên", "Vinh", "Xuyến", "Yên", "Hưng", "Cúc")
_CHUC = ("Bí thư Tỉnh uỷ", "Phó Bí thư Thường trực Tỉnh uỷ", "Chủ tịch UBND tỉnh", "Trưởng Ban Tuyên giáo Tỉnh uỷ",
         "Trưởng Ban Tổ chức Tỉnh uỷ", "Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ", "Bí thư Huyện uỷ {H}",
         "Chủ tịch UBND huyện {H}", "Bí thư Đảng uỷ xã {X}", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
         "Chủ tịch Hội Cựu chiến binh tỉnh", "Bí thư Tỉnh đoàn")
_DONVI = ("Thường trực Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", "Ban Tuyên giáo Tỉnh uỷ", "Ban Tổ chức Tỉnh uỷ",
          "Uỷ ban Kiểm tra Tỉnh uỷ", "Ban Dân vận Tỉnh uỷ", "Đảng uỷ Khối các cơ quan tỉnh", "UBND tỉnh",
          "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh")
# theme key -> (label, phrases)
DE_TAI = {
    "cai-cach-hanh-chinh": ("Cải cách hành chính", ("cải cách thủ tục hành chính", "dịch vụ công trực tuyến toàn trình", "chỉ số hài lòng của người dân")),
    "kinh-te-tap-the": ("Kinh tế tập thể", ("phát triển hợp tác xã kiểu mới", "liên kết chuỗi giá trị nông sản", "tổ hợp tác sản xuất chè")),
    "phong-chong-thien-tai": ("Phòng, chống thiên tai", ("khắc phục hậu quả bão số 3", "di dời dân khỏi vùng sạt lở", "phương án ứng phó mưa lũ")),
    "bao-ve-rung": ("Bảo vệ rừng", ("giao khoán bảo vệ rừng", "phòng cháy, chữa cháy rừng", "trồng rừng gỗ lớn")),
    "dao-tao-nghe": ("Đào tạo nghề", ("đào tạo nghề cho lao động nông thôn", "giải quyết việc làm cho thanh niên", "xuất khẩu lao động")),
    "gia-dinh-van-hoa": ("Gia đình văn hoá", ("xây dựng gia đình văn hoá", "khu dân cư kiểu mẫu", "hương ước, quy ước thôn bản")),
    "cong-tac-can-bo": ("Công tác cán bộ", ("quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "luân chuyển cán bộ chủ chốt", "đánh giá, xếp loại cán bộ")),
    "sinh-hoat-chi-bo": ("Sinh hoạt chi bộ", ("nâng cao chất lượng sinh hoạt chi bộ", "sinh hoạt chuyên đề ở chi bộ", "tự phê bình và phê bình")),
    "dan-toc-ton-giao": ("Dân tộc, tôn giáo", ("chính sách đối với đồng bào dân tộc thiểu số", "vận động chức sắc tôn giáo", "người có uy tín trong đồng bào")),
    "y-te-co-so": ("Y tế cơ sở", ("nâng cao năng lực trạm y tế xã", "bảo hiểm y tế toàn dân", "tiêm chủng mở rộng")),
    "giao-duc": ("Giáo dục", ("kiên cố hoá trường lớp", "phổ cập giáo dục mầm non", "khuyến học, khuyến tài")),
    "an-ninh-trat-tu": ("An ninh trật tự", ("phong trào toàn dân bảo vệ an ninh Tổ quốc", "tổ an ninh trật tự ở cơ sở", "phòng, chống tội phạm ma tuý")),
}
_KHUON = {
    "xaydung": ["{dv} triển khai {v}", "Huyện uỷ {H} sơ kết {v}", "Chi bộ bản {X} đổi mới {v}", "Đảng uỷ xã {X} chú trọng {v}",
                "Trao tặng Huy hiệu {y} năm tuổi Đảng tại {H}", "Hội nghị Tỉnh uỷ lần thứ {n} bàn về {v}"],
    "chidao": ["{dv} kiểm tra {v} tại {H}", "Đồng chí {chuc} làm việc tại {H} về {v}", "{dv} ban hành {vb}",
               "Chỉ đạo tháo gỡ khó khăn trong {v}", "Tiếp xúc cử tri {H} về {v}"],
    "phattrien": ["{H} đẩy nhanh {v}", "Xã {X} về đích trong {v}", "{H}: {n} mô hình hiệu quả về {v}",
                  "Nông dân {X} hưởng lợi từ {v}", "{H} đạt {p}% chỉ tiêu năm 2024 về {v}"],
    "doisong": ["Chuyển biến từ {v} ở {X}", "Bản {X} sôi nổi {v}", "{dv} khen thưởng {n} tập thể về {v}",
                "Thêm {n} hộ ở {H} được hỗ trợ qua {v}", "Ấm lòng người dân {X} nhờ {v}"],
    "tulieu": ["Tư liệu: {v} ở {H} giai đoạn 1996 - 2000", "Nhìn lại {v} ở {H} những năm đầu tái lập",
               "Ký ức về {v} ở xã {X}", "Văn kiện: {vb} về {v}", "Tư liệu lịch sử Đảng bộ huyện {H}: {v}"],
}
_VB = ("Nghị quyết số {n}-NQ/TU", "Chỉ thị số {n}-CT/TU", "Kết luận số {n}-KL/TU", "Chương trình hành động số {n}-CTr/TU",
       "Quy định số {n}-QĐi/TU", "Thông báo số {n}-TB/TU")


class SoanTin:
    """`n` articles newest first, dated between `start` and HIEN_TAI.  sections: [(key, weight, style)], style in
    xaydung / chidao / phattrien / doisong / tulieu.  Each article: id, sec, title, date, theme, sapo, paras, caption,
    byline, views."""

    def __init__(self, seed, n, sections, province, districts, communes, start=_dt.datetime(2024, 8, 1, 7, 0),
                 first_id=3000, step=5, agency="TTĐT"):
        r = self.r = _rnd.Random(seed)
        self.province, self.districts, self.communes, self.agency = province, districts, communes, agency
        bag, self.style = [], {}
        for k, w, st in sections:
            bag += [k] * w
            self.style[k] = st
        themes = sorted(DE_TAI)
        span = (HIEN_TAI - _dt.timedelta(minutes=40) - start).total_seconds()
        used, items = set(), []
        for i in range(n):
            when = HIEN_TAI - _dt.timedelta(minutes=40, seconds=span * (i + r.uniform(0.05, 0.9)) / n)
            when = when.replace(hour=min(20, max(6, when.hour)), second=0, microsecond=0)
            if i % len(bag) == 0:
                r.shuffle(bag)
            k = bag[i % len(bag)]
            th = r.choice(themes)
            for _ in range(80):
                t = self._title(k, th)
                if t not in used and len(t) <= 140:
                    break
            used.add(t)
            items.append({"id": first_id + (n - i) * step + r.randrange(step), "sec": k, "title": t, "date": when,
                          "theme": th, "views": 40 + int(r.expovariate(1 / 500.0)) + r.randrange(30)})
        items.sort(key=lambda a: (a["date"], a["id"]), reverse=True)
        for a in items:
            self._body(a)
        self.items = items
        self.by_id = {a["id"]: a for a in items}

    def person(self):
        return "%s %s %s" % (self.r.choice(_HO), self.r.choice(_LOT), self.r.choice(_TEN))

    def post(self):
        return self.r.choice(_CHUC).format(H=self.r.choice(self.districts), X=self.r.choice(self.communes))

    def doc(self):
        return self.r.choice(_VB).format(n=self.r.randint(3, 88))

    def _title(self, k, th):
        r = self.r
        t = r.choice(_KHUON[self.style.get(k, "chidao")]).format(
            dv=r.choice(_DONVI), H=r.choice(self.districts), X=r.choice(self.communes), v=r.choice(DE_TAI[th][1]),
            vb=self.doc(), n=r.randint(4, 47), y=r.choice((30, 40, 45, 50, 55, 60, 70, 75)), p=r.randint(85, 131),
            chuc=self.post())
        return t[0].upper() + t[1:]

    def _body(self, a):
        r = self.r
        d, v = a["date"], r.choice(DE_TAI[a["theme"]][1])
        H, X = r.choice(self.districts), r.choice(self.communes)
        p1, p2 = self.person(), self.person()
        a["sapo"] = "%s - %s %d/%d, tại %s, %s đã tổ chức hội nghị bàn giải pháp về %s trên địa bàn tỉnh %s." % (
            self.agency, r.choice(("Sáng", "Chiều", "Ngày")), d.day, d.month, H, r.choice(_DONVI), v, self.province)
        a["paras"] = [
            "Dự và chỉ đạo hội nghị có đồng chí %s, %s; đồng chí %s, %s; cùng %d đại biểu đại diện các chi bộ, "
            "đoàn thể và bà con tiêu biểu của xã %s." % (p1, self.post(), p2, self.post(), r.randint(28, 360), X),
            "Báo cáo cho biết, năm 2024 huyện %s đã cụ thể hoá %s bằng %d kế hoạch, %d đề án; huy động %s triệu đồng "
            "cho %s; %d/%d tổ chức cơ sở đảng đạt trong sạch, vững mạnh, tỷ lệ %d,%d%%." % (
                H, self.doc(), r.randint(3, 41), r.randint(1, 12), "{:,}".format(r.randint(250, 87000)).replace(",", "."),
                v, r.randint(30, 140), r.randint(141, 210), r.randint(68, 98), r.randint(0, 9)),
            "Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra hạn chế: nhận thức của một bộ phận cán bộ về %s "
            "chưa đầy đủ, nguồn lực đầu tư cho %d xã đặc biệt khó khăn còn thấp, sự phối hợp giữa các ngành ở %s có "
            "lúc chưa chặt chẽ." % (v, r.randint(3, 22), r.choice(self.districts)),
            "Kết luận hội nghị, đồng chí %s đề nghị cấp uỷ các cấp bám sát %s, phát huy vai trò nêu gương của người "
            "đứng đầu, phấn đấu hoàn thành %d chỉ tiêu chủ yếu trước ngày %d/%d/2025." % (
                p1, self.doc(), r.randint(5, 18), r.randint(1, 28), r.randint(2, 9)),
        ]
        if r.random() < 0.45:
            a["paras"].append("Nhân dịp này, %s trao bằng khen cho %d tập thể và %d cá nhân có thành tích xuất sắc trong %s." % (
                r.choice(_DONVI), r.randint(2, 19), r.randint(3, 33), v))
        a["caption"] = "Đồng chí %s phát biểu chỉ đạo hội nghị." % p1
        a["byline"] = r.choice(("Tin, ảnh: %s", "%s", "Bài, ảnh: %s", "%s (Trung tâm VH-TT huyện " + H + ")")) % (
            r.choice(_HO) + " " + r.choice(_TEN))
# ==== KERNEL END ====
